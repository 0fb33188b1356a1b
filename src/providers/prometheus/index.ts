import { ActivityFailed, type ValidationIssue } from '../../engine/errors.ts'
import type { ProviderSpec } from '../../engine/types.ts'
import { issueCollector } from '../../engine/provider.ts'
import { serviceTargetOf, type ServiceRoutes } from '../service-routes.ts'
import type {
  ActivityContext,
  NativeFunction,
  NativeModuleRegistry,
  Provider,
  ValidateContext
} from '../../engine/provider.ts'
import {
  DEFAULT_PROMETHEUS_URL,
  PrometheusClient,
  firstValue,
  parseDurationSeconds,
  parseWhen,
  when
} from './client.ts'

export { PrometheusClient, firstValue, parseWhen, parseDurationSeconds } from './client.ts'

export const PROMETHEUS_ACTIONS = ['query', 'query_range', 'query_interval', 'value'] as const

function baseUrl(explicit: unknown, configuration: Record<string, unknown>): string {
  if (typeof explicit === 'string' && explicit) return explicit
  const configured = configuration.prometheus_base_url
  return typeof configured === 'string' && configured ? configured : DEFAULT_PROMETHEUS_URL
}

function bearer(spec: ProviderSpec): Record<string, string> {
  const headers: Record<string, string> = {}
  if (spec.headers && typeof spec.headers === 'object' && !Array.isArray(spec.headers)) {
    for (const [k, v] of Object.entries(spec.headers)) headers[k] = String(v)
  }
  return headers
}

/**
 * `prometheus`: instant (`query`, `value`) and range (`query_range`) queries. `query` and
 * `query_range` return Prometheus's JSON unchanged, as chaosprometheus's `query` and
 * `query_interval` do, for `jsonpath` tolerances; `value` returns the first sample as a number,
 * for `range` and `slo` tolerances.
 */
export class PrometheusProvider implements Provider {
  readonly type = 'prometheus'
  readonly #services: ServiceRoutes | undefined

  /** `services` reaches a `.svc` Prometheus URL (in the cluster) through the cluster. */
  constructor(options: { services?: ServiceRoutes | undefined } = {}) {
    this.#services = options.services
  }

  validate(spec: ProviderSpec, ctx: ValidateContext): ValidationIssue[] {
    const { issues, add } = issueCollector(ctx)
    const action = spec.action ?? 'query'
    if (!(PROMETHEUS_ACTIONS as readonly unknown[]).includes(action)) {
      add(
        'action',
        `unknown prometheus action ${JSON.stringify(action)}`,
        PROMETHEUS_ACTIONS.join(', ')
      )
      return issues
    }
    if (typeof spec.query !== 'string' || !spec.query.trim())
      add(
        'query',
        'a prometheus probe needs a PromQL query',
        'query: a PromQL expression, e.g. up{job="api"}'
      )
    const timeField = (key: string): void => {
      const v = spec[key]
      if (v === undefined || (typeof v === 'string' && v.includes('${'))) return
      if (typeof v !== 'string' || parseWhen(v) === undefined)
        add(
          key,
          `${key} ${JSON.stringify(v)} is not a time`,
          '"now", "5 minutes ago" or an RFC 3339 date'
        )
    }
    timeField('when')
    if (action === 'query_range' || action === 'query_interval') {
      for (const key of ['start', 'end'])
        if (spec[key] === undefined)
          add(key, `a range query needs ${key}`, '"10 minutes ago", "now" or an RFC 3339 date')
      timeField('start')
      timeField('end')
    }
    if (spec.url !== undefined && typeof spec.url === 'string' && !spec.url.includes('${')) {
      try {
        new URL(spec.url)
      } catch {
        add('url', `not a URL: ${spec.url}`, 'the Prometheus base URL, e.g. http://prometheus:9090')
      }
      const target = serviceTargetOf(spec.url)
      if (target instanceof Error)
        add('url', target.message, 'http://<service>.<namespace>.svc:<port>')
    }
    return issues
  }

  async run(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
    const client = new PrometheusClient(baseUrl(spec.url, ctx.configuration), this.#services)
    const query = String(spec.query ?? '')
    const options = {
      timeout: (spec.timeout as number | string | undefined) ?? null,
      verifyTls: spec.verify_tls !== false,
      signal: ctx.signal,
      headers: bearer(spec)
    }
    const action = String(spec.action ?? 'query')
    ctx.logger.debug(`prometheus ${action}: ${query} at ${client.baseUrl}`)
    switch (action) {
      case 'query':
      case 'value': {
        const at = typeof spec.when === 'string' && spec.when ? when(spec.when) : undefined
        const response = await client.query(query, at, options)
        return action === 'value' ? firstValue(response) : response
      }
      case 'query_range':
      case 'query_interval': {
        const now = Date.now()
        return client.queryRange(
          query,
          when(String(spec.start ?? ''), now),
          when(String(spec.end ?? 'now'), now),
          (spec.step as number | string | undefined) ?? 1,
          options
        )
      }
      default:
        throw new ActivityFailed(`unknown prometheus action '${action}'`)
    }
  }
}

type Args = Record<string, unknown>
const config = (args: Args): Record<string, unknown> =>
  (args.configuration as Record<string, unknown> | undefined) ?? {}

const chaosprometheusProbes = (
  services: ServiceRoutes | undefined
): Record<string, NativeFunction> => ({
  query: {
    params: [
      { name: 'query' },
      { name: 'when', default: null },
      { name: 'timeout', default: null },
      { name: 'verify_tls', default: true }
    ],
    takesConfiguration: true,
    takesSecrets: true,
    async run(args, ctx) {
      const client = new PrometheusClient(baseUrl(undefined, config(args)), services)
      const at = typeof args.when === 'string' && args.when ? when(args.when) : undefined
      return client.query(String(args.query), at, {
        timeout: args.timeout as number | null,
        verifyTls: args.verify_tls !== false,
        signal: ctx.signal
      })
    }
  },
  query_interval: {
    params: [
      { name: 'query' },
      { name: 'start' },
      { name: 'end' },
      { name: 'step', default: 1 },
      { name: 'timeout', default: null },
      { name: 'verify_tls', default: true }
    ],
    takesConfiguration: true,
    takesSecrets: true,
    async run(args, ctx) {
      const client = new PrometheusClient(baseUrl(undefined, config(args)), services)
      const now = Date.now()
      const start = when(String(args.start), now)
      const end = when(String(args.end), now)
      // `if step:` in the Python: a falsy step is left to Prometheus (which then refuses it).
      const step = args.step ? (args.step as number | string) : ''
      return client.queryRange(String(args.query), start, end, step, {
        timeout: args.timeout as number | null,
        verifyTls: args.verify_tls !== false,
        signal: ctx.signal
      })
    }
  },
  compute_mean: {
    params: [
      { name: 'query' },
      { name: 'window', default: '1d' },
      { name: 'mean_type', default: 'arithmetic' }
    ],
    takesConfiguration: true,
    takesSecrets: true,
    run(args, ctx) {
      return computeMean(
        String(args.query),
        String(args.window),
        String(args.mean_type),
        config(args),
        ctx,
        services
      )
    }
  },
  nodes_cpu_usage_mean: {
    params: [{ name: 'window', default: '1d' }],
    takesConfiguration: true,
    takesSecrets: true,
    run(args, ctx) {
      return computeMean(
        '100 * (1 - avg(rate(node_cpu_seconds_total{mode="idle"}[1m])))',
        String(args.window),
        'arithmetic',
        config(args),
        ctx,
        services
      )
    }
  }
})

/** Mean of the first series of a range query over the last `window` (300 points). */
async function computeMean(
  query: string,
  window: string,
  meanType: string,
  configuration: Record<string, unknown>,
  ctx: ActivityContext,
  services: ServiceRoutes | undefined
): Promise<number> {
  const seconds = parseDurationSeconds(window)
  if (seconds === undefined || seconds <= 0) throw new ActivityFailed(`failed to parse '${window}'`)
  const end = new Date()
  const start = new Date(end.getTime() - seconds * 1000)
  const client = new PrometheusClient(baseUrl(undefined, configuration), services)
  const response = (await client.queryRange(query, start, end, Math.max(0.001, seconds / 300), {
    signal: ctx.signal
  })) as { status?: string; data?: { result?: { values?: [number, string][] }[] } }
  if (response.status !== 'success') throw new ActivityFailed('Prometheus query was not successful')
  const values = (response.data?.result?.[0]?.values ?? []).map((v) => Number(v[1]))
  if (values.length === 0) throw new ActivityFailed(`Prometheus query '${query}' returned no data`)
  if (meanType === 'geometric')
    return Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length)
  if (meanType === 'harmonic') return values.length / values.reduce((s, v) => s + 1 / v, 0)
  return values.reduce((s, v) => s + v, 0) / values.length
}

/** `chaosprometheus.probes` implemented natively, reached through the `python` provider. */
export function registerPrometheusModules(
  natives: NativeModuleRegistry,
  services?: ServiceRoutes
): NativeModuleRegistry {
  return natives.register('chaosprometheus.probes', chaosprometheusProbes(services))
}
