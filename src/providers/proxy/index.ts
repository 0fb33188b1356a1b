import { ActivityFailed, NoEffectError, type ValidationIssue } from '../../engine/errors.ts'
import type { Json, ProviderSpec } from '../../engine/types.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import { routeUrl, serviceTargetOf, type ServiceRoutes } from '../service-routes.ts'
import { FaultProxy, parseHostPort, type FaultStats, type ProxyMode } from './fault-proxy.ts'
import { faultName, validateFault, type Fault } from './faults.ts'
import { faultToToxic, ToxiproxyClient } from './toxiproxy.ts'

export const PROXY_ACTIONS = [
  'start',
  'stop',
  'add-fault',
  'remove-fault',
  'clear-faults',
  'stats'
] as const
type ProxyAction = (typeof PROXY_ACTIONS)[number]

interface ProxySpec {
  action: ProxyAction
  proxy: string
  listen?: string
  upstream?: string
  /** Where the proxy connects: `upstream`, or the local end of its tunnel for a `.svc` host. */
  dial?: string
  mode?: ProxyMode
  fault?: Fault
  fault_name?: string
  toxiproxy_url?: string
}

interface PersistedFault {
  backend: 'toxiproxy' | 'builtin'
  proxy: string
  fault?: string
  toxiproxy_url?: string
}

/** `listen` as the proxy reads it: host:port or a port in range (a `${name}` is checked at run). */
function isListenAddress(value: unknown): boolean {
  if (typeof value === 'string' && value.includes('${')) return true
  if (typeof value !== 'string' && typeof value !== 'number') return false
  try {
    const { host, port } = parseHostPort(String(value))
    return Number.isInteger(port) && port >= 0 && port <= 65535 && !/[\s/]/.test(host)
  } catch {
    return false
  }
}

function readSpec(spec: ProviderSpec): ProxySpec {
  return {
    action: spec.action as ProxyAction,
    proxy: typeof spec.proxy === 'string' && spec.proxy ? spec.proxy : 'default',
    ...(typeof spec.listen === 'string' || typeof spec.listen === 'number'
      ? { listen: String(spec.listen) }
      : {}),
    ...(typeof spec.upstream === 'string' ? { upstream: spec.upstream } : {}),
    ...(spec.mode === 'tcp' || spec.mode === 'http' ? { mode: spec.mode } : {}),
    ...(spec.fault && typeof spec.fault === 'object' ? { fault: spec.fault as Fault } : {}),
    ...(typeof spec.fault_name === 'string' ? { fault_name: spec.fault_name } : {}),
    ...(typeof spec.toxiproxy_url === 'string' ? { toxiproxy_url: spec.toxiproxy_url } : {})
  }
}

/**
 * `proxy`: a fault-injecting proxy in front of a service, started and driven by activities, or the
 * same fault actions sent to a Toxiproxy server when `toxiproxy_url` is given.
 */
export class ProxyProvider implements Provider {
  readonly type = 'proxy'
  readonly #proxies = new Map<string, { proxy: FaultProxy; release: () => void }>()
  readonly #faultReleases = new Map<string, () => void>()
  readonly #expectEffect = new Map<string, boolean>()
  readonly #services: ServiceRoutes | undefined

  /** `services` reaches a `.svc` upstream (an in-cluster Service) through the cluster. */
  constructor(options: { services?: ServiceRoutes | undefined } = {}) {
    this.#services = options.services
  }

  validate(spec: ProviderSpec, ctx: ValidateContext): ValidationIssue[] {
    const issues: ValidationIssue[] = []
    const base = '/' + ctx.path.join('/')
    const at = (
      field: string
    ): { field: string; location?: ReturnType<ValidateContext['locate']> } => {
      const location = ctx.locate([...ctx.path, field])
      return { field: `${base}/${field}`, ...(location ? { location } : {}) }
    }
    if (!(PROXY_ACTIONS as readonly string[]).includes(spec.action as string)) {
      issues.push({
        ...at('action'),
        message: `unknown proxy action ${JSON.stringify(spec.action)}`,
        expected: `one of ${PROXY_ACTIONS.join(', ')}`
      })
      return issues
    }
    if (spec.action === 'start') {
      if (typeof spec.upstream !== 'string' || !spec.upstream) {
        issues.push({
          ...at('upstream'),
          message: 'a proxy needs the service it stands in front of',
          expected: 'host:port or http://host:port'
        })
      } else {
        // A malformed `.svc` host is certain now; the Service's ports are checked when it starts.
        const target = serviceTargetOf(asUrl(spec.upstream))
        if (target instanceof Error)
          issues.push({
            ...at('upstream'),
            message: target.message,
            expected: '<service>.<namespace>.svc:<port>'
          })
      }
      if (spec.listen === undefined) {
        issues.push({
          ...at('listen'),
          message: 'a proxy needs an address to listen on, so probes and load can reach it',
          expected: 'host:port, e.g. 127.0.0.1:18080'
        })
      } else if (!isListenAddress(spec.listen)) {
        issues.push({
          ...at('listen'),
          message: `not an address to listen on: ${JSON.stringify(spec.listen)}`,
          expected: 'host:port or a port (0-65535), e.g. 127.0.0.1:18080'
        })
      }
      if (spec.mode !== undefined && spec.mode !== 'http' && spec.mode !== 'tcp') {
        issues.push({
          ...at('mode'),
          message: `unknown proxy mode ${JSON.stringify(spec.mode)}`,
          expected: 'http or tcp'
        })
      }
    }
    if (spec.action === 'add-fault') {
      for (const issue of validateFault(spec.fault, `${base}/fault`)) {
        const location = ctx.locate([
          ...ctx.path,
          'fault',
          ...issue.field.slice(`${base}/fault`.length).split('/').filter(Boolean)
        ])
        issues.push({ ...issue, ...(location ? { location } : {}) })
      }
      const fault = spec.fault as Record<string, unknown> | undefined
      if (typeof spec.toxiproxy_url === 'string' && fault?.type === 'http-error') {
        issues.push({
          ...at('fault'),
          message: 'Toxiproxy cannot inject HTTP errors (it works on TCP bytes)',
          expected:
            'latency, reset, bandwidth or blackhole with toxiproxy_url, or drop toxiproxy_url'
        })
      }
    }
    if (
      spec.action === 'remove-fault' &&
      (typeof spec.fault_name !== 'string' || !spec.fault_name)
    ) {
      issues.push({
        ...at('fault_name'),
        message: 'which fault to remove',
        expected: 'the fault name (its `name`, or its type when unnamed)'
      })
    }
    return issues
  }

  async run(raw: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
    const spec = readSpec(raw)
    if (spec.action === 'start' && spec.upstream) spec.dial = await this.#dial(spec.upstream, ctx)
    if (spec.toxiproxy_url) return this.#runToxiproxy(spec, spec.toxiproxy_url, ctx)
    switch (spec.action) {
      case 'start':
        return this.#start(spec, ctx)
      case 'stop': {
        const entry = this.#proxies.get(spec.proxy)
        if (!entry) throw new ActivityFailed(`no proxy named '${spec.proxy}' is running`)
        this.#proxies.delete(spec.proxy)
        entry.release()
        this.#releaseFaultsOf(spec.proxy)
        return entry.proxy.stop()
      }
      case 'add-fault': {
        const proxy = this.#get(spec.proxy)
        const fault = spec.fault as Fault
        proxy.addFault(fault)
        // Whether a fault that faults no request fails: read when the fault is removed.
        this.#expectEffect.set(
          `${spec.proxy}/${faultName(fault)}`,
          ctx.activity.expect_effect !== false
        )
        this.#trackFault(
          spec.proxy,
          faultName(fault),
          ctx,
          async () => void proxy.removeFault(faultName(fault)),
          { backend: 'builtin', proxy: spec.proxy, fault: faultName(fault) }
        )
        ctx.logger.info(
          `proxy ${spec.proxy}: fault ${faultName(fault)} on (${describeFault(fault)})`
        )
        return { proxy: spec.proxy, fault: { ...fault, name: faultName(fault) } }
      }
      case 'remove-fault': {
        const proxy = this.#get(spec.proxy)
        const removed = proxy.removeFault(spec.fault_name as string)
        this.#untrackFault(spec.proxy, spec.fault_name as string)
        const output = {
          proxy: spec.proxy,
          removed: removed ?? null,
          evidence: faultEvidence(removed ? [removed] : [], proxy.stats().total)
        }
        this.#checkReached(spec.proxy, removed ? [removed] : [], output, ctx)
        return output
      }
      case 'clear-faults': {
        const entry = this.#proxies.get(spec.proxy)
        // Rollbacks clear faults; a proxy already gone has none left.
        if (!entry) return { proxy: spec.proxy, removed: [] }
        const removed = entry.proxy.clearFaults()
        this.#releaseFaultsOf(spec.proxy)
        const output = {
          proxy: spec.proxy,
          removed,
          evidence: faultEvidence(removed, entry.proxy.stats().total)
        }
        this.#checkReached(spec.proxy, removed, output, ctx)
        return output
      }
      case 'stats':
        return this.#get(spec.proxy).stats()
    }
  }

  /** What the action would do, from its spec alone: no proxy is started or contacted. */
  async preview(raw: ProviderSpec): Promise<unknown> {
    const spec = readSpec(raw)
    const at = spec.toxiproxy_url
      ? `Toxiproxy proxy ${spec.proxy} at ${spec.toxiproxy_url}`
      : `proxy ${spec.proxy}`
    const fault = spec.fault
    const summary =
      spec.action === 'start'
        ? `start ${at} on ${spec.listen ?? '127.0.0.1:0'} in front of ${spec.upstream ?? '?'}`
        : spec.action === 'add-fault' && fault
          ? `${at}: inject fault ${faultName(fault)} (${describeFault(fault)})`
          : spec.action === 'remove-fault'
            ? `${at}: remove fault ${spec.fault_name ?? '?'}`
            : `${at}: ${spec.action}`
    return {
      dry_run: true,
      action: spec.action,
      proxy: spec.proxy,
      ...(fault ? { fault: { ...fault, name: faultName(fault) } } : {}),
      summary
    }
  }

  async cleanupPersisted(resource: { kind: string; data: Json }): Promise<void> {
    const data = resource.data as unknown as PersistedFault
    // The built-in proxy lived in the process that ended; nothing of it survives.
    if (data.backend !== 'toxiproxy' || !data.toxiproxy_url) return
    const client = new ToxiproxyClient(data.toxiproxy_url)
    if (data.fault) await client.removeToxic(data.proxy, data.fault)
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.#proxies.values()].map((e) => e.proxy.stop()))
    this.#proxies.clear()
  }

  /** `host:port` to connect to for `upstream` (a `.svc` one through its tunnel). */
  async #dial(upstream: string, ctx: ActivityContext): Promise<string> {
    try {
      const routed = await routeUrl(asUrl(upstream), this.#services, ctx.signal)
      return routed.host === undefined ? upstream : new URL(routed.url).host
    } catch (error) {
      throw new ActivityFailed(`proxy upstream ${upstream}: ${(error as Error).message}`, {
        cause: error
      })
    }
  }

  async #start(spec: ProxySpec, ctx: ActivityContext): Promise<unknown> {
    if (this.#proxies.has(spec.proxy))
      throw new ActivityFailed(`a proxy named '${spec.proxy}' is already running`)
    const proxy = new FaultProxy({
      name: spec.proxy,
      listen: spec.listen ?? '127.0.0.1:0',
      upstream: spec.dial ?? spec.upstream ?? '',
      mode: spec.mode ?? 'http'
    })
    try {
      await proxy.start()
    } catch (error) {
      throw new ActivityFailed(
        `proxy '${spec.proxy}' could not listen on ${spec.listen}: ${(error as Error).message}`
      )
    }
    const release = ctx.resources.track({
      provider: this.type,
      kind: 'proxy',
      description: `proxy ${spec.proxy} ${proxy.address} -> ${spec.upstream}`,
      data: { backend: 'builtin', proxy: spec.proxy },
      undo: async () => {
        this.#proxies.delete(spec.proxy)
        this.#releaseFaultsOf(spec.proxy)
        await proxy.stop()
      }
    })
    this.#proxies.set(spec.proxy, { proxy, release })
    ctx.logger.info(
      `proxy ${spec.proxy} listening on ${proxy.address} in front of ${spec.upstream}`
    )
    return {
      proxy: spec.proxy,
      listen: proxy.address,
      url: proxy.url,
      upstream: spec.upstream,
      mode: proxy.options.mode
    }
  }

  async #runToxiproxy(spec: ProxySpec, url: string, ctx: ActivityContext): Promise<unknown> {
    const client = new ToxiproxyClient(url, ctx.signal)
    switch (spec.action) {
      case 'start': {
        const listen = spec.listen ?? '127.0.0.1:0'
        const upstream = (spec.dial ?? spec.upstream ?? '')
          .replace(/^[a-z]+:\/\//i, '')
          .replace(/\/.*$/, '')
        parseHostPort(upstream)
        const created = await client.ensureProxy(spec.proxy, listen, upstream)
        return { proxy: spec.proxy, backend: 'toxiproxy', toxiproxy: created as Json }
      }
      case 'stop':
        await client.deleteProxy(spec.proxy)
        this.#releaseFaultsOf(spec.proxy)
        return { proxy: spec.proxy, backend: 'toxiproxy', stopped: true }
      case 'add-fault': {
        const fault = spec.fault as Fault
        const toxic = faultToToxic(fault)
        await client.addToxic(spec.proxy, toxic)
        this.#trackFault(
          spec.proxy,
          toxic.name,
          ctx,
          () => client.removeToxic(spec.proxy, toxic.name),
          {
            backend: 'toxiproxy',
            proxy: spec.proxy,
            fault: toxic.name,
            toxiproxy_url: url
          }
        )
        return { proxy: spec.proxy, backend: 'toxiproxy', toxic: toxic as unknown as Json }
      }
      case 'remove-fault':
        await client.removeToxic(spec.proxy, spec.fault_name as string)
        this.#untrackFault(spec.proxy, spec.fault_name as string)
        return { proxy: spec.proxy, backend: 'toxiproxy', removed: spec.fault_name ?? null }
      case 'clear-faults': {
        const toxics = await client.toxics(spec.proxy)
        for (const toxic of toxics) await client.removeToxic(spec.proxy, toxic.name)
        this.#releaseFaultsOf(spec.proxy)
        return { proxy: spec.proxy, backend: 'toxiproxy', removed: toxics.map((t) => t.name) }
      }
      case 'stats':
        return {
          proxy: spec.proxy,
          backend: 'toxiproxy',
          toxics: (await client.toxics(spec.proxy)) as unknown as Json
        }
    }
  }

  #get(name: string): FaultProxy {
    const entry = this.#proxies.get(name)
    if (!entry)
      throw new ActivityFailed(
        `no proxy named '${name}' is running (start it with action: start first)`
      )
    return entry.proxy
  }

  /**
   * A fault is judged when it is removed: one that faulted no request proved nothing, and the
   * removal says so (NoEffectError) unless its add-fault action said `expect_effect: false`.
   */
  #checkReached(
    proxy: string,
    removed: FaultStats[],
    output: { evidence: FaultEvidence },
    ctx: ActivityContext
  ): void {
    const idle = removed.filter((f) => {
      const key = `${proxy}/${f.name}`
      const expected = this.#expectEffect.get(key) ?? true
      this.#expectEffect.delete(key)
      return f.affected === 0 && expected
    })
    if (idle.length === 0) return
    const names = idle.map((f) => f.name).join(', ')
    ctx.logger.warning(`proxy ${proxy}: fault ${names} faulted no request`)
    throw new NoEffectError(
      `proxy ${proxy} fault ${names} faulted 0 requests of ${output.evidence.requests_seen} seen`,
      output
    )
  }

  #trackFault(
    proxy: string,
    fault: string,
    ctx: ActivityContext,
    undo: () => Promise<void>,
    data: PersistedFault
  ): void {
    this.#untrackFault(proxy, fault)
    const release = ctx.resources.track({
      provider: this.type,
      kind: 'fault',
      description: `proxy ${proxy} fault ${fault}`,
      data: data as unknown as Json,
      undo: async () => {
        this.#faultReleases.delete(`${proxy}/${fault}`)
        await undo()
      }
    })
    this.#faultReleases.set(`${proxy}/${fault}`, release)
  }

  #untrackFault(proxy: string, fault: string): void {
    const key = `${proxy}/${fault}`
    this.#faultReleases.get(key)?.()
    this.#faultReleases.delete(key)
  }

  #releaseFaultsOf(proxy: string): void {
    for (const [key, release] of this.#faultReleases) {
      if (key.startsWith(`${proxy}/`)) {
        release()
        this.#faultReleases.delete(key)
      }
    }
  }
}

/** What removed faults did: requests (http) or connections (tcp) faulted, per fault and in all. */
interface FaultEvidence {
  requests_seen: number
  requests_faulted: number
  faults: { name: string; requests_faulted: number }[]
}

function faultEvidence(removed: readonly FaultStats[], seen: number): FaultEvidence {
  return {
    requests_seen: seen,
    requests_faulted: removed.reduce((n, f) => n + f.affected, 0),
    faults: removed.map((f) => ({ name: f.name, requests_faulted: f.affected }))
  }
}

function describeFault(fault: Fault): string {
  const share =
    'percentage' in fault && fault.percentage !== undefined ? ` on ${fault.percentage}%` : ''
  switch (fault.type) {
    case 'latency':
      return `+${fault.latency_ms} ms${fault.jitter_ms ? ` ±${fault.jitter_ms} ms` : ''}${share}`
    case 'http-error':
      return `HTTP ${fault.status ?? 503}${share}`
    case 'reset':
      return `connection reset${share}`
    case 'bandwidth':
      return `${fault.kilobytes_per_second} KB/s`
    case 'blackhole':
      return `blackhole${share}`
  }
}

/** An upstream written as `host:port` read as an http URL (for `.svc` detection and routing). */
function asUrl(upstream: string): string {
  return /^[a-z]+:\/\//i.test(upstream) ? upstream : `http://${upstream}`
}
