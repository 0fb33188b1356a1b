/**
 * One bounded HTTP load run on autocannon: fixed concurrency (closed model) or a fixed overall
 * rate, stopped by its duration, its request budget, a stop condition or an abort signal,
 * whichever comes first. Each response is recorded in a LoadRecorder as it arrives.
 */
import autocannon from 'autocannon'
import { InternalError } from '../../engine/errors.ts'
import { LoadRecorder, type LoadReport } from './stats.ts'

export interface LoadOptions {
  name: string
  urls: string[]
  /** The URLs as the experiment wrote them, for the report (default `urls`). */
  endpoints?: string[]
  method: string
  headers: Record<string, string>
  body?: string
  /** Open connections. */
  concurrency: number
  /** Requests per second over all connections; null: as fast as the connections go. */
  rate: number | null
  /** Seconds; always bounded. */
  durationSeconds: number
  maxRequests: number
  /** Per-request timeout, seconds. */
  timeoutSeconds: number
  signal?: AbortSignal
  /** Polled a few times a second: true stops the load (e.g. the method ended). */
  stopWhen?: () => boolean
  stopWhenReason?: string
  /** Called about once a second while running. */
  onTick?: (recorder: LoadRecorder) => void
  /** Called once the recorder exists, before the first request. */
  onStart?: (recorder: LoadRecorder) => void
  /** The pod behind a tunnelled connection, by its local port (Service URLs); see ServiceRoutes. */
  servedBy?: (localPort: number) => { pod: string } | undefined
}

/** The parts of an autocannon 9 client (lib/httpClient.js) the pacer wraps. */
interface PacedClient {
  _doRequest: () => void
  destroyed: boolean
  /** The per-request timeout, ms, and the timer autocannon re-arms on each request. */
  timeout: number
  /** Created after setupClient runs. */
  timeoutTicker?: { reschedule(ms: number): void }
}

/**
 * Spreads requests evenly at `rate` per second over all connections: autocannon's own rate lets
 * each connection send its quota for a second back to back when that second starts, so a load at
 * 1,000 req/s on 16 connections arrives as bursts 16 deep, and its latencies measure the bursts.
 * A connection that is free takes the next slot and waits for it (with no request in flight, so
 * its timeout timer is pushed back by the wait). Latency still runs from the write of a request.
 */
export function pacer(rate: number): (client: unknown) => void {
  const gap = 1000 / rate
  let next = 0
  return (raw) => {
    const client = raw as PacedClient
    const send = client._doRequest
    if (typeof send !== 'function') {
      throw new InternalError('this autocannon version has no client._doRequest to pace')
    }
    client._doRequest = function paced(this: PacedClient): void {
      if (this.destroyed) return
      const now = performance.now()
      const at = Math.max(now, next)
      next = at + gap
      const wait = at - now
      if (wait < 0.5) return send.call(this)
      this.timeoutTicker?.reschedule(wait + this.timeout)
      // Unref'd: a slot still pending when the run stops must not hold the process open.
      setTimeout(() => {
        if (!this.destroyed) send.call(this)
      }, wait).unref()
    }
  }
}

/** The parts of an autocannon client the pod attribution reads. */
interface ConnClient {
  conn?: { localPort?: number }
  on(event: 'connError' | 'timeout', listener: () => void): void
}

/**
 * Attributes requests to the pod that served them: responses by the connection they came on, and
 * resets and timeouts by the connection that failed (known once it carried a response).
 */
function podAttribution(
  recorder: LoadRecorder,
  servedBy: (localPort: number) => { pod: string } | undefined
): { onResponse(client: unknown, status: number): void; setup(client: unknown): void } {
  const podOf = (client: unknown): string | undefined => {
    const port = (client as ConnClient).conn?.localPort
    const pod = port === undefined ? undefined : servedBy(port)?.pod
    return pod === '' ? undefined : pod
  }
  return {
    onResponse(client, status) {
      const pod = podOf(client)
      if (pod !== undefined) recorder.servedBy(pod, status >= 400 || status < 100)
    },
    setup(raw) {
      const client = raw as ConnClient
      const failed = (): void => {
        const pod = podOf(client)
        if (pod !== undefined) recorder.servedBy(pod, true)
      }
      client.on('connError', failed)
      client.on('timeout', failed)
    }
  }
}

/** Runs the load and resolves with its report once every connection is closed. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const recorder = new LoadRecorder(options.name)
  let stoppedBy = 'duration'
  const connections =
    options.rate === null ? options.concurrency : Math.min(options.concurrency, options.rate)

  let settle: (error: unknown) => void = () => undefined
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error as Error) : resolve())
  })
  const pods = options.servedBy && podAttribution(recorder, options.servedBy)
  const pace = options.rate === null ? undefined : pacer(options.rate)
  const setupClient =
    pods === undefined
      ? pace
      : (client: unknown): void => {
          pace?.(client)
          pods.setup(client)
        }
  const instance = autocannon(
    {
      url: options.urls.length === 1 ? options.urls[0]! : (options.urls as unknown as string),
      method: options.method as autocannon.Request['method'],
      headers: options.headers,
      ...(options.body === undefined ? {} : { body: options.body }),
      connections,
      ...(setupClient === undefined ? {} : { setupClient }),
      duration: options.durationSeconds,
      maxOverallRequests: options.maxRequests,
      timeout: options.timeoutSeconds,
      // autocannon checks its stop flag on this interval: it bounds how late a stop lands.
      sampleInt: 100,
      skipAggregateResult: true
    },
    (error) => settle(error)
  )
  options.onStart?.(recorder)
  instance.on('response', (client, statusCode, _bytes, responseTime) => {
    recorder.response(statusCode, responseTime)
    pods?.onResponse(client, statusCode)
  })
  instance.on('reqError', (error: { message?: string }) => {
    recorder.failure(error?.message === 'request timed out')
  })

  const stop = (reason: string): void => {
    if (stoppedBy === 'duration') stoppedBy = reason
    instance.stop()
  }
  const onAbort = (): void => stop('interrupted')
  if (options.signal?.aborted) onAbort()
  else options.signal?.addEventListener('abort', onAbort, { once: true })

  let lastTick = 0
  const ticker = setInterval(() => {
    recorder.roll()
    if (recorder.requests >= options.maxRequests) stop('max-requests')
    if (options.stopWhen?.()) stop(options.stopWhenReason ?? 'condition')
    const second = Math.floor(recorder.elapsed())
    if (second !== lastTick) {
      lastTick = second
      options.onTick?.(recorder)
    }
  }, 100)
  // A second, independent bound in case the library overran its duration.
  const guard = setTimeout(() => stop('duration'), options.durationSeconds * 1000 + 2000)

  try {
    await done
  } finally {
    clearInterval(ticker)
    clearTimeout(guard)
    options.signal?.removeEventListener('abort', onAbort)
    recorder.end()
  }
  if (recorder.requests >= options.maxRequests && stoppedBy === 'duration')
    stoppedBy = 'max-requests'
  return recorder.report({
    endpoints: options.endpoints ?? options.urls,
    method: options.method,
    concurrency: connections,
    rate: options.rate,
    stoppedBy
  })
}
