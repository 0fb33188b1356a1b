import { ActivityFailed, type ValidationIssue } from '../../engine/errors.ts'
import type { ProviderSpec } from '../../engine/types.ts'
import { METHOD_FOREGROUND_DONE, issueCollector } from '../../engine/provider.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import { checkServiceUrl, routeUrl, type ServiceRoutes } from '../service-routes.ts'
import { runLoad, type LoadOptions } from './run-load.ts'
import { WINDOW_SECONDS_MAX, type LoadRecorder, type LoadWindow } from './stats.ts'

export { runLoad, type LoadOptions } from './run-load.ts'
export { LoadRecorder, type LoadReport, type LoadWindow, type SeriesPoint } from './stats.ts'

/**
 * RunState key the runner sets to false when the method starts and to true once its foreground
 * activities are done and only background ones remain: a load with `until: method-end` stops then.
 */
export { METHOD_FOREGROUND_DONE }
/** RunState key of a load's live recorder (`load:<name>`), and of the latest started. */
export const loadStateKey = (name: string): string => `load:${name}`
const LATEST = 'load:latest'

export const LOAD_ACTIONS = ['run', 'window'] as const
type LoadAction = (typeof LOAD_ACTIONS)[number]

/** Bounds: defaults apply when the experiment says nothing; caps apply whatever it says. */
export const LOAD_LIMITS = {
  defaultMaxRequests: 1_000_000,
  maxRequests: 10_000_000,
  /** Seconds a `until: method-end` load may run when no `duration` bounds it. */
  defaultUntilSeconds: 600,
  maxDurationSeconds: 3600,
  maxConcurrency: 1000,
  maxRate: 100_000,
  defaultConcurrency: 10,
  defaultTimeoutSeconds: 10,
  /** A window probe with nothing running measures this long at most. */
  maxSampleSeconds: 30
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

interface LoadSpec {
  action: LoadAction
  name: string | undefined
  urls: string[]
  method: string
  headers: Record<string, string>
  body: string | undefined
  concurrency: number
  rate: number | null
  duration: number | undefined
  until: 'duration' | 'method-end'
  maxRequests: number
  timeout: number
  lastSeconds: number
}

const num = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined
}

function urlsOf(spec: ProviderSpec): string[] {
  const raw = spec.endpoints ?? spec.urls ?? spec.url
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return list.map((u) => String(u))
}

function readSpec(spec: ProviderSpec): LoadSpec {
  const headers: Record<string, string> = {}
  if (spec.headers && typeof spec.headers === 'object' && !Array.isArray(spec.headers)) {
    for (const [k, v] of Object.entries(spec.headers)) headers[k] = String(v)
  }
  let body: string | undefined
  if (typeof spec.body === 'string') body = spec.body
  else if (spec.body !== undefined && spec.body !== null) {
    body = JSON.stringify(spec.body)
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json'
  }
  const rate = num(spec.rate)
  const duration = num(spec.duration)
  return {
    action: (spec.action ?? 'run') as LoadAction,
    name: typeof spec.name === 'string' && spec.name ? spec.name : undefined,
    urls: urlsOf(spec),
    method: typeof spec.method === 'string' ? spec.method.toUpperCase() : 'GET',
    headers,
    body,
    concurrency: Math.min(
      LOAD_LIMITS.maxConcurrency,
      Math.max(1, Math.floor(num(spec.concurrency) ?? LOAD_LIMITS.defaultConcurrency))
    ),
    rate: rate === undefined ? null : Math.min(LOAD_LIMITS.maxRate, Math.max(1, Math.floor(rate))),
    duration,
    until: spec.until === 'method-end' ? 'method-end' : 'duration',
    maxRequests: Math.min(
      LOAD_LIMITS.maxRequests,
      Math.max(1, Math.floor(num(spec.max_requests) ?? LOAD_LIMITS.defaultMaxRequests))
    ),
    timeout: Math.max(0.001, num(spec.timeout) ?? LOAD_LIMITS.defaultTimeoutSeconds),
    lastSeconds: Math.max(1, Math.min(WINDOW_SECONDS_MAX, num(spec.last_seconds) ?? 5))
  }
}

/**
 * `load`: HTTP load against one or more endpoints (usually a background activity), and the
 * `window` probe that reads what a running load measured over its last seconds, so steady-state
 * hypotheses can hold latency and error rate to an SLO.
 */
export class LoadProvider implements Provider {
  readonly type = 'load'
  readonly #running = new Set<AbortController>()
  readonly #services: ServiceRoutes | undefined

  /** `services` reaches `.svc` URLs (in-cluster Services) through the cluster. */
  constructor(options: { services?: ServiceRoutes | undefined } = {}) {
    this.#services = options.services
  }

  async validate(spec: ProviderSpec, ctx: ValidateContext): Promise<ValidationIssue[]> {
    const { issues, add } = issueCollector(ctx)
    const action = spec.action ?? 'run'
    if (!(LOAD_ACTIONS as readonly unknown[]).includes(action)) {
      add('action', `unknown load action ${JSON.stringify(action)}`, LOAD_ACTIONS.join(' or '))
      return issues
    }
    const urls = urlsOf(spec)
    const field =
      spec.endpoints !== undefined ? 'endpoints' : spec.urls !== undefined ? 'urls' : 'url'
    if (action === 'run' && urls.length === 0) {
      add(
        'url',
        'a load needs the endpoint(s) to send requests to',
        'url: http://host:port/path (or endpoints: [...])'
      )
    }
    for (const u of urls) {
      let ok = false
      try {
        ok = /^https?:$/.test(new URL(u).protocol)
      } catch {
        ok = false
      }
      if (!ok && !u.includes('${')) add(field, `not an http(s) URL: ${u}`, 'http://host:port/path')
      const problem = ok ? await checkServiceUrl(u, this.#services) : undefined
      if (problem !== undefined) add(field, problem, 'http://<service>.<namespace>.svc:<port>/path')
    }
    const positive = (key: string, max: number, what: string): void => {
      if (spec[key] === undefined) return
      const n = num(spec[key])
      const templated = typeof spec[key] === 'string' && String(spec[key]).includes('${')
      if (!templated && (n === undefined || n <= 0 || n > max))
        add(key, `${key} ${JSON.stringify(spec[key])} is out of bounds`, `${what}, at most ${max}`)
    }
    positive('concurrency', LOAD_LIMITS.maxConcurrency, 'a number of connections')
    positive('rate', LOAD_LIMITS.maxRate, 'requests per second')
    positive('duration', LOAD_LIMITS.maxDurationSeconds, 'seconds')
    positive('max_requests', LOAD_LIMITS.maxRequests, 'a request count')
    positive('timeout', 600, 'seconds per request')
    positive('last_seconds', WINDOW_SECONDS_MAX, 'seconds')
    if (spec.until !== undefined && spec.until !== 'method-end' && spec.until !== 'duration') {
      add('until', `unknown until ${JSON.stringify(spec.until)}`, 'method-end or duration')
    }
    if (action === 'run' && spec.duration === undefined && spec.until !== 'method-end') {
      add('duration', 'a load needs a bound in time', 'duration: seconds, or until: method-end')
    }
    if (spec.method !== undefined && !METHODS.includes(String(spec.method).toUpperCase())) {
      add('method', `unknown HTTP method ${JSON.stringify(spec.method)}`, METHODS.join(', '))
    }
    if (action === 'run' && urls.length > 1 && num(spec.concurrency) !== undefined) {
      if ((num(spec.concurrency) ?? 0) < urls.length)
        add(
          'concurrency',
          'fewer connections than endpoints: some would get no traffic',
          `at least ${urls.length}`
        )
    }
    return issues
  }

  async run(raw: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
    const spec = readSpec(raw)
    if (spec.action === 'window') return this.#window(spec, ctx)
    return this.#run(spec, ctx)
  }

  async close(): Promise<void> {
    for (const controller of this.#running) controller.abort()
    this.#running.clear()
  }

  async #run(spec: LoadSpec, ctx: ActivityContext): Promise<unknown> {
    if (spec.urls.length === 0) throw new ActivityFailed('load has no url to send requests to')
    const name = spec.name ?? 'default'
    const bound =
      spec.until === 'method-end'
        ? Math.min(spec.duration ?? LOAD_LIMITS.defaultUntilSeconds, LOAD_LIMITS.maxDurationSeconds)
        : Math.min(spec.duration ?? 0, LOAD_LIMITS.maxDurationSeconds)
    if (!(bound > 0))
      throw new ActivityFailed('load needs a duration (seconds) or until: method-end')
    const headers = { ...spec.headers }
    if (ctx.traceparent && !Object.keys(headers).some((h) => h.toLowerCase() === 'traceparent'))
      headers.traceparent = ctx.traceparent
    if (spec.until === 'method-end' && ctx.state.get(METHOD_FOREGROUND_DONE) === undefined) {
      // The runner sets the key to false when the method starts; unset, nothing will stop us early.
      ctx.logger.warning(
        `load ${name}: until: method-end outside a method (or the runner can't tell its end): it runs ${bound}s`
      )
    }
    const controller = new AbortController()
    this.#running.add(controller)
    const signal = AbortSignal.any([ctx.signal, controller.signal])
    let routed: Pick<LoadOptions, 'urls' | 'endpoints' | 'headers' | 'servedBy'>
    try {
      routed = await this.#route(spec, headers, signal)
    } catch (error) {
      this.#running.delete(controller)
      throw error
    }
    const mode = spec.rate === null ? `${spec.concurrency} connections` : `${spec.rate} req/s`
    ctx.logger.info(
      `load ${name}: ${spec.method} ${spec.urls.join(', ')} at ${mode} for ` +
        (spec.until === 'method-end' ? `the method (at most ${bound}s)` : `${bound}s`)
    )
    try {
      const report = await runLoad({
        name,
        ...routed,
        method: spec.method,
        ...(spec.body === undefined ? {} : { body: spec.body }),
        concurrency: spec.concurrency,
        rate: spec.rate,
        durationSeconds: bound,
        maxRequests: spec.maxRequests,
        timeoutSeconds: spec.timeout,
        signal,
        ...(spec.until === 'method-end'
          ? {
              stopWhen: () => ctx.state.get(METHOD_FOREGROUND_DONE) === true,
              stopWhenReason: 'method-end'
            }
          : {}),
        onStart: (recorder) => {
          ctx.state.set(loadStateKey(name), recorder)
          ctx.state.set(LATEST, recorder)
        },
        onTick: (recorder) => {
          const w = recorder.window(1)
          ctx.logger.debug(
            `load ${name} t=${w.to_s}s: ${w.requests} req, ${w.errors} errors, p95 ${w.p95_ms} ms`
          )
        }
      })
      ctx.logger.info(
        `load ${name}: ${report.requests} requests in ${report.duration_s}s (${report.rps}/s), ` +
          `error rate ${(report.error_rate * 100).toFixed(2)}%, p95 ${report.p95_ms} ms, p99 ${report.p99_ms} ms`
      )
      return report
    } catch (error) {
      throw new ActivityFailed(`load ${name} could not run: ${(error as Error).message}`, {
        cause: error
      })
    } finally {
      this.#running.delete(controller)
    }
  }

  /**
   * The URLs autocannon dials: `.svc` ones become their tunnels' local ends (one Host header when
   * every URL names the same authority), and who served each connection is attributed.
   */
  async #route(
    spec: LoadSpec,
    headers: Record<string, string>,
    signal: AbortSignal
  ): Promise<Pick<LoadOptions, 'urls' | 'endpoints' | 'headers' | 'servedBy'>> {
    let routed: { url: string; host?: string }[]
    try {
      routed = await Promise.all(spec.urls.map((u) => routeUrl(u, this.#services, signal)))
    } catch (error) {
      throw new ActivityFailed(`load ${spec.name ?? 'default'}: ${(error as Error).message}`, {
        cause: error
      })
    }
    const hosts = new Set(routed.map((r) => r.host))
    const host = hosts.size === 1 ? routed[0]?.host : undefined
    const tunnelled = routed.some((r) => r.host !== undefined)
    const services = this.#services
    return {
      urls: routed.map((r) => r.url),
      endpoints: spec.urls,
      headers:
        host === undefined || Object.keys(headers).some((h) => h.toLowerCase() === 'host')
          ? headers
          : { ...headers, host },
      ...(tunnelled && services ? { servedBy: (port: number) => services.servedBy(port) } : {})
    }
  }

  async #window(spec: LoadSpec, ctx: ActivityContext): Promise<LoadWindow> {
    const key = spec.name === undefined ? LATEST : loadStateKey(spec.name)
    const recorder = ctx.state.get<LoadRecorder>(key)
    if (recorder && (!recorder.ended || spec.urls.length === 0))
      return recorder.window(spec.lastSeconds)
    if (spec.urls.length === 0) {
      throw new ActivityFailed(
        `no load${spec.name === undefined ? '' : ` named '${spec.name}'`} has run yet, and the window probe has no url to measure itself`
      )
    }
    // Nothing running (e.g. the steady state before the method): measure a short sample now.
    const seconds = Math.min(spec.lastSeconds, LOAD_LIMITS.maxSampleSeconds)
    const headers = { ...spec.headers }
    if (ctx.traceparent && !Object.keys(headers).some((h) => h.toLowerCase() === 'traceparent'))
      headers.traceparent = ctx.traceparent
    let sample: LoadRecorder | undefined
    await runLoad({
      name: spec.name ?? 'sample',
      ...(await this.#route(spec, headers, ctx.signal)),
      method: spec.method,
      ...(spec.body === undefined ? {} : { body: spec.body }),
      concurrency: spec.concurrency,
      rate: spec.rate,
      durationSeconds: seconds,
      maxRequests: spec.maxRequests,
      timeoutSeconds: spec.timeout,
      signal: ctx.signal,
      onStart: (recorder) => {
        sample = recorder
      }
    })
    return sample!.window(seconds + 1)
  }
}
