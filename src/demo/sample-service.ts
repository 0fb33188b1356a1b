/**
 * A small HTTP service for the demo and the tests: a health check, a JSON API, Prometheus metrics
 * and an admin switch that injects latency and errors into the API, so experiments can break it
 * and repair it without a proxy.
 *
 * Standalone: `chaos-action sample-service [--port 8080] [--host 127.0.0.1]` (or this file run
 * directly, `--port 0` by default) prints its URL.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { parseArgs } from 'node:util'

export interface Fault {
  /** Added to every /api response. */
  latency_ms: number
  /** Share of /api requests answered with 503, 0..1; deterministic: exactly that share fails. */
  error_rate: number
}

export interface SampleService {
  url: string
  port: number
  /** The fault now in force (a copy). */
  fault(): Fault
  close(): Promise<void>
}

export interface SampleServiceOptions {
  port?: number
  host?: string
}

const ITEMS = [
  { id: 1, name: 'anvil', price: 120, stock: 4 },
  { id: 2, name: 'rocket skates', price: 75, stock: 12 },
  { id: 3, name: 'giant magnet', price: 42, stock: 0 }
]

/** Latency buckets in seconds; the fault switch adds up to a minute. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
const LATENCY_MAX_MS = 60_000
const BODY_MAX = 64 * 1024

type Route =
  '/' | '/health' | '/api/items' | '/api/items/:id' | '/metrics' | '/admin/fault' | 'other'

class Metrics {
  readonly requests = new Map<string, number>()
  readonly histograms = new Map<Route, { buckets: number[]; sum: number; count: number }>()

  record(method: string, route: Route, status: number, seconds: number): void {
    const key = `method="${method}",path="${route}",status="${status}"`
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1)
    let h = this.histograms.get(route)
    if (!h) {
      h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }
      this.histograms.set(route, h)
    }
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.buckets[i] = (h.buckets[i] ?? 0) + 1
    })
    h.sum += seconds
    h.count++
  }

  render(fault: Fault): string {
    const lines = [
      '# HELP sample_http_requests_total HTTP requests served, by method, route and status.',
      '# TYPE sample_http_requests_total counter'
    ]
    for (const [labels, n] of [...this.requests].sort()) {
      lines.push(`sample_http_requests_total{${labels}} ${n}`)
    }
    lines.push(
      '# HELP sample_http_request_duration_seconds Time to answer a request, by route.',
      '# TYPE sample_http_request_duration_seconds histogram'
    )
    for (const [route, h] of [...this.histograms].sort(([a], [b]) => a.localeCompare(b))) {
      BUCKETS.forEach((le, i) => {
        lines.push(
          `sample_http_request_duration_seconds_bucket{path="${route}",le="${le}"} ${h.buckets[i] ?? 0}`
        )
      })
      lines.push(
        `sample_http_request_duration_seconds_bucket{path="${route}",le="+Inf"} ${h.count}`
      )
      lines.push(`sample_http_request_duration_seconds_sum{path="${route}"} ${h.sum}`)
      lines.push(`sample_http_request_duration_seconds_count{path="${route}"} ${h.count}`)
    }
    lines.push(
      '# HELP sample_fault_latency_ms Latency the fault switch adds to /api requests.',
      '# TYPE sample_fault_latency_ms gauge',
      `sample_fault_latency_ms ${fault.latency_ms}`,
      '# HELP sample_fault_error_rate Share of /api requests the fault switch fails.',
      '# TYPE sample_fault_error_rate gauge',
      `sample_fault_error_rate ${fault.error_rate}`
    )
    return `${lines.join('\n')}\n`
  }
}

function routeOf(pathname: string): Route {
  if (pathname === '/' || pathname === '/health' || pathname === '/metrics') return pathname
  if (pathname === '/api/items' || pathname === '/admin/fault') return pathname
  if (/^\/api\/items\/[^/]+$/.test(pathname)) return '/api/items/:id'
  return 'other'
}

class BadRequest extends Error {}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    length += chunk.length
    if (length > BODY_MAX) throw new BadRequest(`body larger than ${BODY_MAX} bytes`)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (text === '') return {}
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  // chaostoolkit's http provider form-encodes arguments unless Content-Type is application/json.
  if (type === 'application/x-www-form-urlencoded') {
    return Object.fromEntries(new URLSearchParams(text))
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new BadRequest('body is not JSON')
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequest('body must be a JSON object')
  }
  return parsed as Record<string, unknown>
}

function faultFrom(body: Record<string, unknown>): Fault {
  const unknown = Object.keys(body).filter((k) => k !== 'latency_ms' && k !== 'error_rate')
  if (unknown.length > 0) {
    throw new BadRequest(
      `unknown field ${JSON.stringify(unknown[0])}: expected latency_ms, error_rate`
    )
  }
  const number = (key: keyof Fault, max: number): number => {
    const raw = body[key]
    if (raw === undefined || raw === null || raw === '') return 0
    const value = typeof raw === 'string' ? Number(raw) : raw
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
      throw new BadRequest(`${key} must be a number from 0 to ${max}`)
    }
    return value
  }
  return { latency_ms: number('latency_ms', LATENCY_MAX_MS), error_rate: number('error_rate', 1) }
}

/** Starts the service on loopback; `port: 0` picks a free port. */
export async function startSampleService(
  options: SampleServiceOptions = {}
): Promise<SampleService> {
  let fault: Fault = { latency_ms: 0, error_rate: 0 }
  let apiRequests = 0
  const metrics = new Metrics()
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()

  const delay = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer)
        resolve()
      }, ms)
      timers.add(timer)
    })

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    type = 'application/json'
  ): void => {
    const text = type === 'application/json' ? JSON.stringify(body) : String(body)
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
  }

  const serveApi = async (
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    route: Route
  ): Promise<void> => {
    if (req.method !== 'GET') return send(res, 405, { error: 'method not allowed' })
    // A deterministic error rate: request n fails when it crosses the next multiple of 1/rate.
    const n = apiRequests++
    const failing = Math.floor((n + 1) * fault.error_rate) > Math.floor(n * fault.error_rate)
    if (fault.latency_ms > 0) await delay(fault.latency_ms)
    if (failing) return send(res, 503, { error: 'injected fault: service unavailable' })
    if (route === '/api/items') return send(res, 200, { count: ITEMS.length, items: ITEMS })
    const item = ITEMS.find((i) => String(i.id) === url.pathname.split('/').pop())
    if (item) send(res, 200, item)
    else send(res, 404, { error: 'no such item' })
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<Route> => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const route = routeOf(url.pathname)
    const method = req.method ?? 'GET'

    if (route === '/api/items' || route === '/api/items/:id') {
      await serveApi(req, res, url, route)
      return route
    }
    switch (route) {
      case '/':
        send(res, 200, {
          service: 'chaos-action sample service',
          endpoints: ['/health', '/api/items', '/api/items/:id', '/metrics', '/admin/fault']
        })
        return route
      case '/health':
        send(res, 200, { status: 'ok' })
        return route
      case '/metrics':
        send(res, 200, metrics.render(fault), 'text/plain; version=0.0.4; charset=utf-8')
        return route
      case '/admin/fault':
        if (method === 'GET') send(res, 200, fault)
        else if (method === 'POST' || method === 'PUT') {
          fault = faultFrom(await readBody(req))
          send(res, 200, fault)
        } else if (method === 'DELETE') {
          fault = { latency_ms: 0, error_rate: 0 }
          send(res, 200, fault)
        } else send(res, 405, { error: 'method not allowed' })
        return route
      default:
        send(res, 404, { error: 'not found' })
        return route
    }
  }

  const server: Server = createServer((req, res) => {
    const started = process.hrtime.bigint()
    handle(req, res)
      .catch((error: unknown) => {
        if (res.headersSent) return 'other' as Route
        if (error instanceof BadRequest) send(res, 400, { error: error.message })
        else send(res, 500, { error: 'internal error' })
        return routeOf(new URL(req.url ?? '/', 'http://localhost').pathname)
      })
      .then((route) => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9
        metrics.record(req.method ?? 'GET', route, res.statusCode, seconds)
      })
      .catch(() => {})
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    url: `http://${urlHost}:${port}`,
    port,
    fault: () => ({ ...fault }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
  }
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      host: { type: 'string', default: '127.0.0.1' },
      help: { type: 'boolean', short: 'h' }
    },
    strict: true
  })
  if (values.help) {
    process.stdout.write(
      'usage: sample-service [--port N] [--host ADDRESS]\n' +
        'Serves /health, /api/items, /metrics and POST|DELETE /admin/fault {latency_ms, error_rate}.\n'
    )
    return
  }
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sample-service: --port must be 0..65535, got ${values.port}\n`)
    process.exitCode = 2
    return
  }
  const service = await startSampleService({ port, host: values.host })
  process.stdout.write(`${service.url}\n`)
  process.stderr.write('sample service running; Ctrl-C stops it\n')
  const stop = (): void => {
    void service.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(
      `sample-service: ${error instanceof Error ? error.message : String(error)}\n`
    )
    process.exitCode = 1
  })
}
