/**
 * A small client for Prometheus's HTTP API (`/api/v1/query`, `/api/v1/query_range`) returning the
 * response JSON as-is, as chaostoolkit-prometheus does, and the time phrases it accepts
 * ("now", "5 minutes ago", RFC 3339).
 */
import { Agent } from 'undici'
import { ActivityFailed } from '../../engine/errors.ts'
import { DURATION_UNITS, parseDurationSeconds } from '../durations.ts'
import { routeUrl, type ServiceRoutes } from '../service-routes.ts'

export const DEFAULT_PROMETHEUS_URL = 'http://localhost:9090'

/**
 * A point in time from the phrases experiments use: `now`, `5 minutes ago`, `2h ago`, `1d`
 * (a bare duration means that long ago, as dateparser reads it), `in 10 seconds`, RFC 3339 /
 * ISO 8601, or Unix seconds. Undefined when it can't be read.
 */
export function parseWhen(text: string, now = Date.now()): Date | undefined {
  const t = text.trim().toLowerCase()
  if (t === 'now' || t === 'right now' || t === 'today') return new Date(now)
  if (/^\d+(\.\d+)?$/.test(t)) return new Date(Number(t) * 1000)
  const relative = /^(in\s+)?(\d+(?:\.\d+)?|an?|one)\s*([a-z]+)(\s+ago)?$/.exec(t)
  if (relative) {
    const [, future, amount, unit] = relative
    const seconds = DURATION_UNITS[unit!]
    if (seconds === undefined) return undefined
    const n = amount === 'a' || amount === 'an' || amount === 'one' ? 1 : Number(amount)
    return new Date(now + (future ? 1 : -1) * n * seconds * 1000)
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const d = new Date(text.trim())
    return Number.isNaN(d.getTime()) ? undefined : d
  }
  return undefined
}

export { parseDurationSeconds }

/** RFC 3339 with a Z, as Prometheus takes it. */
export function rfc3339(date: Date): string {
  return date.toISOString()
}

export function when(text: string, now = Date.now()): Date {
  const date = parseWhen(text, now)
  if (!date) throw new ActivityFailed(`failed to parse '${text}'`)
  return date
}

export interface QueryOptions {
  timeout?: number | string | null
  verifyTls?: boolean
  signal?: AbortSignal
  headers?: Record<string, string>
}

let insecure: Agent | undefined

export class PrometheusClient {
  readonly baseUrl: string
  readonly #services: ServiceRoutes | undefined

  /** `services` reaches a `.svc` base URL (Prometheus in the cluster) through the cluster. */
  constructor(baseUrl: string = DEFAULT_PROMETHEUS_URL, services?: ServiceRoutes) {
    this.baseUrl = baseUrl.replace(/\/+$/, '')
    this.#services = services
  }

  /** An instant query; `time` is when to evaluate it (default: now, Prometheus's clock). */
  query(query: string, time?: Date, options: QueryOptions = {}): Promise<unknown> {
    const params: Record<string, string> = { query }
    if (time) params.time = rfc3339(time)
    return this.#get('/api/v1/query', params, options, 'Prometheus query')
  }

  /** A range query from `start` to `end` every `step` seconds (or a duration like `15s`). */
  queryRange(
    query: string,
    start: Date,
    end: Date,
    step: number | string,
    options: QueryOptions = {}
  ): Promise<unknown> {
    const params = { query, start: rfc3339(start), end: rfc3339(end), step: String(step) }
    return this.#get('/api/v1/query_range', params, options, 'Prometheus query range')
  }

  async #get(
    path: string,
    params: Record<string, string>,
    options: QueryOptions,
    what: string
  ): Promise<unknown> {
    if (options.timeout !== undefined && options.timeout !== null)
      params.timeout = String(options.timeout)
    const url = `${this.baseUrl}${path}?${new URLSearchParams(params).toString()}`
    const init: RequestInit & { dispatcher?: Agent } = {
      headers: { Accept: 'application/json', ...options.headers },
      // Bounded even when the server never answers.
      signal: AbortSignal.any([
        ...(options.signal ? [options.signal] : []),
        AbortSignal.timeout(60_000)
      ])
    }
    if (options.verifyTls === false) {
      insecure ??= new Agent({ connect: { rejectUnauthorized: false } })
      init.dispatcher = insecure
    }
    let res: Response
    try {
      res = await fetch((await routeUrl(url, this.#services, options.signal)).url, init)
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message
      throw new ActivityFailed(
        `${what} ${JSON.stringify(params)} failed: ${cause ?? (error as Error).message} (${this.baseUrl})`
      )
    }
    const text = await res.text()
    if (res.status !== 200)
      throw new ActivityFailed(`${what} ${JSON.stringify(params)} failed: ${text.trim()}`)
    try {
      return JSON.parse(text)
    } catch {
      throw new ActivityFailed(
        `${what} answered with something other than JSON: ${text.slice(0, 200)}`
      )
    }
  }
}

/**
 * The single number of an instant query: the first sample's value (Prometheus sends it as a
 * string), 0 when nothing matched, as chaostoolkit-prometheus's `query_value` did.
 */
export function firstValue(response: unknown): number {
  const data = (response as { data?: { resultType?: string; result?: unknown } }).data
  const result = data?.result
  if (data?.resultType === 'scalar' && Array.isArray(result)) return Number(result[1])
  if (!Array.isArray(result) || result.length === 0) return 0
  const first = result[0] as { value?: unknown[]; values?: unknown[][] }
  const sample = first.value ?? first.values?.[first.values.length - 1]
  if (!Array.isArray(sample) || sample.length !== 2)
    throw new ActivityFailed('Expected a Prometheus result with just one value')
  return Number(sample[1])
}
