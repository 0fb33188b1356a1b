import { ActivityFailed } from '../../engine/errors.ts'
import { faultName, type Fault } from './faults.ts'

/** A toxic as Toxiproxy's HTTP API takes it. */
export interface Toxic {
  name: string
  type: string
  stream: 'downstream' | 'upstream'
  toxicity: number
  attributes: Record<string, number>
}

/**
 * Maps our fault onto a Toxiproxy toxic. HTTP errors have no toxic: Toxiproxy only sees bytes.
 */
export function faultToToxic(fault: Fault): Toxic {
  const toxicity =
    'percentage' in fault && fault.percentage !== undefined ? fault.percentage / 100 : 1
  const base = { name: faultName(fault), stream: 'downstream' as const, toxicity }
  switch (fault.type) {
    case 'latency':
      return {
        ...base,
        type: 'latency',
        attributes: { latency: fault.latency_ms, jitter: fault.jitter_ms ?? 0 }
      }
    case 'bandwidth':
      return {
        ...base,
        type: 'bandwidth',
        toxicity: 1,
        attributes: { rate: fault.kilobytes_per_second }
      }
    case 'reset':
      return { ...base, type: 'reset_peer', attributes: { timeout: 0 } }
    case 'blackhole':
      // A timeout toxic of 0 holds the data and never closes: a blackhole.
      return { ...base, type: 'timeout', attributes: { timeout: 0 } }
    case 'http-error':
      throw new ActivityFailed(
        'Toxiproxy works on TCP bytes and cannot answer with an HTTP status; use the built-in proxy (omit toxiproxy_url) for http-error faults'
      )
  }
}

/** A small client for the Toxiproxy HTTP API. */
export class ToxiproxyClient {
  readonly baseUrl: string
  readonly #signal: AbortSignal | undefined

  constructor(baseUrl: string, signal?: AbortSignal) {
    this.baseUrl = baseUrl.replace(/\/+$/, '')
    this.#signal = signal
  }

  async #call(method: string, path: string, body?: unknown): Promise<unknown> {
    let res: Response
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
        signal: this.#signal ?? null
      })
    } catch (error) {
      throw new ActivityFailed(
        `failed to reach Toxiproxy at ${this.baseUrl}: ${(error as Error).message}`
      )
    }
    const text = await res.text()
    if (!res.ok) {
      throw new ActivityFailed(`Toxiproxy ${method} ${path} answered ${res.status}: ${text.trim()}`)
    }
    return text ? (JSON.parse(text) as unknown) : null
  }

  /** Creates the proxy, or updates it when one of that name exists. */
  async ensureProxy(name: string, listen: string, upstream: string): Promise<unknown> {
    const existing = (await this.#call('GET', '/proxies')) as Record<string, unknown>
    if (existing && name in existing) {
      return this.#call('POST', `/proxies/${encodeURIComponent(name)}`, {
        listen,
        upstream,
        enabled: true
      })
    }
    return this.#call('POST', '/proxies', { name, listen, upstream, enabled: true })
  }

  deleteProxy(name: string): Promise<unknown> {
    return this.#call('DELETE', `/proxies/${encodeURIComponent(name)}`)
  }

  addToxic(proxy: string, toxic: Toxic): Promise<unknown> {
    return this.#call('POST', `/proxies/${encodeURIComponent(proxy)}/toxics`, toxic)
  }

  async removeToxic(proxy: string, name: string): Promise<void> {
    try {
      await this.#call(
        'DELETE',
        `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(name)}`
      )
    } catch (error) {
      // Already gone is what a removal wants.
      if (!/answered 404/.test((error as Error).message)) throw error
    }
  }

  async toxics(proxy: string): Promise<Toxic[]> {
    return (await this.#call('GET', `/proxies/${encodeURIComponent(proxy)}/toxics`)) as Toxic[]
  }
}
