/**
 * What a load run measured: HDR histograms of latency (whole run and each of the last seconds),
 * status and error counts, and a per-second series. Latencies are recorded in microseconds and
 * reported in milliseconds.
 */
import * as hdr from 'hdr-histogram-js'
import type { Histogram } from 'hdr-histogram-js'

/** Seconds of per-second histograms kept for windows (`last_seconds` can't exceed it). */
export const WINDOW_SECONDS_MAX = 60
/** A minute, in microseconds: slower answers are recorded as a minute. */
const HIGHEST_US = 60_000_000

function histogram(): Histogram {
  return hdr.build({
    bitBucketSize: 32,
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_US,
    numberOfSignificantValueDigits: 3,
    useWebAssembly: false
  })
}

export interface LatencySummary {
  p50_ms: number
  p90_ms: number
  p95_ms: number
  p99_ms: number
  max_ms: number
  mean_ms: number
}

export interface SeriesPoint {
  /** Seconds since the load started (the second [t, t+1)). */
  t: number
  requests: number
  errors: number
  p95_ms: number
}

export interface LoadWindow extends LatencySummary {
  load: string
  /** Whether the load was still running when the window was read. */
  live: boolean
  /** Seconds covered, and where they lie in the run (seconds since it started). */
  seconds: number
  from_s: number
  to_s: number
  requests: number
  errors: number
  error_rate: number
  rps: number
  status: Record<string, number>
}

export interface LoadReport extends LatencySummary {
  load: string
  endpoints: string[]
  method: string
  concurrency: number
  rate: number | null
  started_at: string
  ended_at: string
  duration_s: number
  /** Why it stopped: duration, method-end, max-requests, interrupted. */
  stopped_by: string
  requests: number
  errors: number
  error_rate: number
  rps: number
  status: Record<string, number>
  socket_errors: number
  timeouts: number
  series: SeriesPoint[]
  /**
   * Requests by the pod that served them, when the load went through a Service tunnel: errors
   * (responses >= 400, resets, timeouts) and the first and last second (since the start) it served.
   */
  pods?: Record<string, PodShare>
}

export interface PodShare {
  requests: number
  errors: number
  first_s: number
  last_s: number
}

interface Slot {
  second: number
  hist: Histogram
  requests: number
  errors: number
  status: Map<number, number>
}

const round = (n: number, digits = 3): number => {
  const f = 10 ** digits
  return Math.round(n * f) / f
}

function summarize(h: Histogram): LatencySummary {
  if (h.totalCount === 0)
    return { p50_ms: 0, p90_ms: 0, p95_ms: 0, p99_ms: 0, max_ms: 0, mean_ms: 0 }
  const ms = (us: number): number => round(us / 1000)
  // A percentile is read from its bucket's upper bound, which can pass the largest value seen:
  // clamp, so p50 <= p90 <= p95 <= p99 <= max always holds.
  const at = (p: number): number => ms(Math.min(h.getValueAtPercentile(p), h.maxValue))
  return {
    p50_ms: at(50),
    p90_ms: at(90),
    p95_ms: at(95),
    p99_ms: at(99),
    max_ms: ms(h.maxValue),
    mean_ms: ms(h.mean)
  }
}

function statusRecord(map: Map<number, number>): Record<string, number> {
  const out: Record<string, number> = {}
  for (const [code, n] of [...map].sort((a, b) => a[0] - b[0])) out[String(code)] = n
  return out
}

/**
 * Records responses and errors as they come. Memory stays flat: a fixed ring of per-second
 * histograms, one for the whole run, and one small series point per second.
 */
export class LoadRecorder {
  readonly name: string
  readonly startedAt = new Date()
  readonly #t0 = performance.now()
  readonly #total = histogram()
  readonly #scratch = histogram()
  readonly #ring: Slot[] = []
  readonly #status = new Map<number, number>()
  readonly #pods = new Map<string, PodShare>()
  readonly series: SeriesPoint[] = []
  #current: Slot
  requests = 0
  errors = 0
  socketErrors = 0
  timeouts = 0
  #endedAt: number | undefined

  constructor(name: string) {
    this.name = name
    for (let i = 0; i < WINDOW_SECONDS_MAX + 1; i++) {
      this.#ring.push({ second: -1, hist: histogram(), requests: 0, errors: 0, status: new Map() })
    }
    this.#current = this.#slotFor(0)
  }

  /** Seconds since the start (fractional). */
  elapsed(now = performance.now()): number {
    return ((this.#endedAt ?? now) - this.#t0) / 1000
  }

  get ended(): boolean {
    return this.#endedAt !== undefined
  }

  #slotFor(second: number): Slot {
    const slot = this.#ring[second % this.#ring.length]!
    slot.second = second
    slot.hist.reset()
    slot.requests = 0
    slot.errors = 0
    slot.status.clear()
    return slot
  }

  /** Closes the seconds that have passed (empty ones included) and opens the current one. */
  roll(now = performance.now()): void {
    if (this.#endedAt !== undefined) return
    const second = Math.floor((now - this.#t0) / 1000)
    while (this.#current.second < second) {
      this.#close(this.#current)
      this.#current = this.#slotFor(this.#current.second + 1)
    }
  }

  #close(slot: Slot): void {
    this.series.push({
      t: slot.second,
      requests: slot.requests,
      errors: slot.errors,
      p95_ms:
        slot.hist.totalCount === 0
          ? 0
          : round(Math.min(slot.hist.getValueAtPercentile(95), slot.hist.maxValue) / 1000)
    })
  }

  response(status: number, ms: number): void {
    this.roll()
    const us = Math.min(HIGHEST_US, Math.max(1, Math.round(ms * 1000)))
    const failed = status >= 400 || status < 100
    this.#total.recordValue(us)
    const slot = this.#current
    slot.hist.recordValue(us)
    slot.requests++
    this.requests++
    this.#status.set(status, (this.#status.get(status) ?? 0) + 1)
    slot.status.set(status, (slot.status.get(status) ?? 0) + 1)
    if (failed) {
      slot.errors++
      this.errors++
    }
  }

  /** Attributes one request (already counted) to the pod that served it. */
  servedBy(pod: string, failed: boolean): void {
    const t = round(this.elapsed())
    let share = this.#pods.get(pod)
    if (share === undefined) {
      share = { requests: 0, errors: 0, first_s: t, last_s: t }
      this.#pods.set(pod, share)
    }
    share.requests++
    if (failed) share.errors++
    share.last_s = t
  }

  /** A request that got no response: socket error or timeout. */
  failure(timeout: boolean): void {
    this.roll()
    this.requests++
    this.errors++
    this.#current.requests++
    this.#current.errors++
    if (timeout) this.timeouts++
    else this.socketErrors++
  }

  /** Stops the clock; the partial last second joins the series when anything happened in it. */
  end(): void {
    if (this.#endedAt !== undefined) return
    const now = performance.now()
    this.roll(now)
    if (this.#current.requests > 0) this.#close(this.#current)
    this.#endedAt = now
  }

  /**
   * The last `seconds` whole seconds (fewer at the start of a run, where the partial current
   * second counts so a probe right after the start still sees something).
   */
  window(seconds: number): LoadWindow {
    this.roll()
    const n = Math.max(1, Math.min(WINDOW_SECONDS_MAX, Math.floor(seconds)))
    const cur = this.#current.second
    let to = this.ended ? cur + (this.#current.requests > 0 ? 1 : 0) : cur
    if (to === 0) to = 1 // The first second: read it as it is.
    const from = Math.max(0, to - n)
    const h = this.#scratch
    h.reset()
    let requests = 0
    let errors = 0
    const status = new Map<number, number>()
    for (let s = from; s < to; s++) {
      const slot = this.#ring[s % this.#ring.length]!
      if (slot.second !== s) continue
      h.add(slot.hist)
      requests += slot.requests
      errors += slot.errors
      for (const [code, count] of slot.status) status.set(code, (status.get(code) ?? 0) + count)
    }
    const span = Math.max(0.001, Math.min(to, this.elapsed()) - from)
    return {
      load: this.name,
      live: !this.ended,
      seconds: to - from,
      from_s: from,
      to_s: to,
      requests,
      errors,
      error_rate: requests === 0 ? 0 : round(errors / requests, 6),
      rps: round(requests / span, 1),
      ...summarize(h),
      status: statusRecord(status)
    }
  }

  report(fields: {
    endpoints: string[]
    method: string
    concurrency: number
    rate: number | null
    stoppedBy: string
  }): LoadReport {
    const duration = this.elapsed()
    return {
      load: this.name,
      endpoints: fields.endpoints,
      method: fields.method,
      concurrency: fields.concurrency,
      rate: fields.rate,
      started_at: this.startedAt.toISOString(),
      ended_at: new Date(this.startedAt.getTime() + duration * 1000).toISOString(),
      duration_s: round(duration),
      stopped_by: fields.stoppedBy,
      requests: this.requests,
      errors: this.errors,
      error_rate: this.requests === 0 ? 0 : round(this.errors / this.requests, 6),
      rps: round(this.requests / Math.max(0.001, duration), 1),
      ...summarize(this.#total),
      status: statusRecord(this.#status),
      socket_errors: this.socketErrors,
      timeouts: this.timeouts,
      series: this.series,
      ...(this.#pods.size > 0 ? { pods: Object.fromEntries(this.#pods) } : {})
    }
  }
}
