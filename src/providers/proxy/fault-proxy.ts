import http from 'node:http'
import net from 'node:net'
import { Transform, type TransformCallback } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { EvenSampler, faultName, type Fault } from './faults.ts'

export type ProxyMode = 'http' | 'tcp'

export interface FaultProxyOptions {
  name: string
  /** host:port to listen on; port 0 picks a free one. */
  listen: string
  /** host:port or http://host:port of the service. */
  upstream: string
  mode: ProxyMode
}

export interface FaultStats {
  name: string
  type: Fault['type']
  /** Requests (http) or connections (tcp) the fault affected. */
  affected: number
}

export interface ProxyStats {
  name: string
  mode: ProxyMode
  listen: string
  upstream: string
  /** Requests (http) or connections (tcp) seen. */
  total: number
  faults: FaultStats[]
}

/** What the sampled faults do to one request or connection. */
interface Hit {
  latency: number
  error?: Extract<Fault, { type: 'http-error' }>
  reset: boolean
  blackhole: boolean
  /** Bytes per second. */
  bandwidth?: number
}

interface ActiveFault {
  fault: Fault
  sampler: EvenSampler
  affected: number
}

export function parseHostPort(
  value: string,
  defaultHost = '127.0.0.1'
): { host: string; port: number } {
  const text = value.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(text)
  if (match) {
    return { host: match[1] ?? (match[2] || defaultHost), port: Number(match[3]) }
  }
  if (/^\d+$/.test(text)) return { host: defaultHost, port: Number(text) }
  throw new Error(`expected host:port, got ${JSON.stringify(value)}`)
}

/** Delays each chunk so the stream averages at most `bytesPerSecond`. */
class Throttle extends Transform {
  readonly #bytesPerSecond: number
  #nextAt = 0

  constructor(bytesPerSecond: number) {
    super()
    this.#bytesPerSecond = bytesPerSecond
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const now = Date.now()
    const start = Math.max(now, this.#nextAt)
    this.#nextAt = start + (chunk.length / this.#bytesPerSecond) * 1000
    const wait = start - now
    if (wait <= 0) done(null, chunk)
    else setTimeout(() => done(null, chunk), wait).unref()
  }
}

/**
 * A proxy in front of one service that injects faults users would feel: latency, HTTP errors,
 * connection resets, bandwidth limits and blackholes. Faults are switched on and off while it runs.
 */
export class FaultProxy {
  readonly options: FaultProxyOptions
  readonly #faults = new Map<string, ActiveFault>()
  readonly #held = new Set<net.Socket>()
  readonly #sockets = new Set<net.Socket>()
  readonly #upstream: { host: string; port: number }
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 256 })
  #server: net.Server | undefined
  #total = 0
  #address = ''

  constructor(options: FaultProxyOptions) {
    this.options = options
    this.#upstream = parseHostPort(options.upstream)
  }

  /** The address it listens on, `host:port`, once started. */
  get address(): string {
    return this.#address
  }

  get url(): string {
    return `http://${this.#address}`
  }

  async start(): Promise<string> {
    const { host, port } = parseHostPort(this.options.listen)
    const server =
      this.options.mode === 'http'
        ? http.createServer(
            { keepAliveTimeout: 5000 },
            (req, res) => void this.#onRequest(req, res)
          )
        : net.createServer((socket) => void this.#onConnection(socket))
    server.on('connection', (socket: net.Socket) => {
      this.#sockets.add(socket)
      socket.setNoDelay(true)
      socket.on('close', () => this.#sockets.delete(socket))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve())
    })
    const addr = server.address() as net.AddressInfo
    this.#address = `${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`
    this.#server = server
    return this.#address
  }

  addFault(fault: Fault): void {
    const percentage =
      'percentage' in fault && fault.percentage !== undefined ? fault.percentage : 100
    this.#faults.set(faultName(fault), { fault, sampler: new EvenSampler(percentage), affected: 0 })
  }

  /** Removes a fault; returns its stats, or undefined when no fault had that name. */
  removeFault(name: string): FaultStats | undefined {
    const active = this.#faults.get(name)
    if (!active) return undefined
    this.#faults.delete(name)
    if (active.fault.type === 'blackhole') this.#releaseHeld()
    return { name, type: active.fault.type, affected: active.affected }
  }

  clearFaults(): FaultStats[] {
    return [...this.#faults.keys()]
      .map((name) => this.removeFault(name))
      .filter((s): s is FaultStats => !!s)
  }

  stats(): ProxyStats {
    return {
      name: this.options.name,
      mode: this.options.mode,
      listen: this.#address,
      upstream: this.options.upstream,
      total: this.#total,
      faults: [...this.#faults.entries()].map(([name, a]) => ({
        name,
        type: a.fault.type,
        affected: a.affected
      }))
    }
  }

  async stop(): Promise<ProxyStats> {
    const stats = this.stats()
    this.#faults.clear()
    const server = this.#server
    this.#server = undefined
    if (server) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const socket of this.#sockets) socket.destroy()
      await closed
    }
    this.#agent.destroy()
    return stats
  }

  /** Which faults hit this request or connection, each sampled once. */
  #pick(): Hit {
    const hit: Hit = { latency: 0, reset: false, blackhole: false }
    for (const active of this.#faults.values()) {
      const f = active.fault
      if (f.type === 'bandwidth') {
        active.affected++
        hit.bandwidth = Math.min(hit.bandwidth ?? Infinity, f.kilobytes_per_second * 1024)
        continue
      }
      if (!active.sampler.next()) continue
      active.affected++
      if (f.type === 'latency') {
        const jitter = f.jitter_ms ? (Math.random() * 2 - 1) * f.jitter_ms : 0
        hit.latency += Math.max(0, f.latency_ms + jitter)
      } else if (f.type === 'http-error') hit.error = f
      else if (f.type === 'reset') hit.reset = true
      else hit.blackhole = true
    }
    return hit
  }

  #hold(socket: net.Socket): void {
    this.#held.add(socket)
    socket.once('close', () => this.#held.delete(socket))
  }

  #releaseHeld(): void {
    // A blackhole that ends drops what it swallowed, as a dead network path would.
    for (const socket of this.#held) socket.destroy()
    this.#held.clear()
  }

  #onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.#total++
    // The common case, no fault switched on, goes straight through: no sampling, no promise.
    if (this.#faults.size === 0) return this.#forward(req, res, undefined)
    const hit = this.#pick()
    if (hit.blackhole) {
      this.#hold(req.socket)
      req.resume()
      return
    }
    if (hit.reset) {
      req.socket.resetAndDestroy()
      return
    }
    if (hit.latency > 0) setTimeout(() => this.#afterLatency(req, res, hit), hit.latency)
    else this.#afterLatency(req, res, hit)
  }

  #afterLatency(req: http.IncomingMessage, res: http.ServerResponse, hit: Hit): void {
    if (hit.error) {
      const body = hit.error.body ?? `chaos-action proxy injected HTTP ${hit.error.status ?? 503}\n`
      req.resume()
      res.writeHead(hit.error.status ?? 503, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'x-chaos-fault': faultName(hit.error)
      })
      res.end(body)
      return
    }
    this.#forward(req, res, hit.bandwidth)
  }

  #forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    bandwidth: number | undefined
  ): void {
    const upstreamReq = http.request(
      {
        host: this.#upstream.host,
        port: this.#upstream.port,
        method: req.method,
        path: req.url,
        // As received (order, case, repeats); the client's Host goes through unchanged.
        headers: req.rawHeaders,
        agent: this.#agent
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.rawHeaders)
        if (bandwidth) upstreamRes.pipe(new Throttle(bandwidth)).pipe(res)
        else upstreamRes.pipe(res)
      }
    )
    upstreamReq.on('error', (err) => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' })
        res.end(`chaos-action proxy: upstream ${this.options.upstream} failed: ${err.message}\n`)
      } else res.destroy()
    })
    // A request that declares no body (most GETs) is ended at once rather than piped.
    if (
      req.headers['content-length'] === undefined &&
      req.headers['transfer-encoding'] === undefined
    ) {
      req.resume()
      upstreamReq.end()
    } else req.pipe(upstreamReq)
  }

  async #onConnection(client: net.Socket): Promise<void> {
    this.#total++
    const hit = this.#pick()
    if (hit.blackhole) {
      this.#hold(client)
      client.resume()
      return
    }
    if (hit.reset) {
      client.resetAndDestroy()
      return
    }
    client.pause()
    if (hit.latency > 0) await sleep(hit.latency)
    const upstream = net.connect(this.#upstream.port, this.#upstream.host)
    upstream.setNoDelay(true)
    const fail = (): void => {
      client.destroy()
      upstream.destroy()
    }
    upstream.on('error', fail)
    client.on('error', fail)
    upstream.on('connect', () => {
      client.pipe(upstream)
      if (hit.bandwidth) upstream.pipe(new Throttle(hit.bandwidth)).pipe(client)
      else upstream.pipe(client)
      client.resume()
    })
  }
}
