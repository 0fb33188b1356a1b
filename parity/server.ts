/**
 * The loopback HTTP server the parity corpus and the benchmark talk to. Both engines reach it
 * through the PARITY_URL environment variable, which the harness sets to
 * `http://127.0.0.1:PORT/r/<run-id>`: the run id keys the little state some routes keep (a service
 * that can be broken and fixed, a hit counter), so two engines running the same case side by side
 * never see each other's state.
 */
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` with no trailing slash. */
  origin: string
  /** A fresh `origin/r/<id>` base URL whose state no other run shares. */
  runUrl(id: string): string
  /** Requests served so far (all runs). */
  hits(): number
  close(): Promise<void>
}

interface RunState {
  broken: boolean
  flakyHits: number
}

/** A JSON document with enough shape for jsonpath filters, counts and nested lookups. */
export const SAMPLE_DOCUMENT = {
  service: 'up',
  version: 3,
  items: [
    { name: 'a', status: 'up', weight: 2 },
    { name: 'b', status: 'down', weight: 5 },
    { name: 'c', status: 'up', weight: 2 }
  ],
  nested: { flag: true, ratio: 0.75 }
}

const MAX_DELAY_MS = 10_000

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const states = new Map<string, RunState>()
  let served = 0

  const server = createServer((req, res) => {
    served += 1
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8'), states).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(String(err))
      })
    })
  })
  // Keep-alive on, so clients that pool connections can show it.
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    runUrl: (id) => `${origin}/r/${encodeURIComponent(id)}`,
    hits: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: string,
  contentType = 'text/plain'
): Promise<void> {
  if (status === 204 || status === 304 || status < 200) {
    // These carry no body, and no Content-Length either (RFC 9110).
    res.writeHead(status, { 'content-type': contentType })
    res.end()
  } else {
    res.writeHead(status, {
      'content-type': contentType,
      'content-length': Buffer.byteLength(body)
    })
    res.end(body)
  }
  return Promise.resolve()
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  body: string,
  states: Map<string, RunState>
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  let path = url.pathname
  let runId = ''
  const scoped = /^\/r\/([^/]+)(\/.*)?$/.exec(path)
  if (scoped) {
    runId = decodeURIComponent(scoped[1] ?? '')
    path = scoped[2] ?? '/'
  }
  let state = states.get(runId)
  if (!state) {
    state = { broken: false, flakyHits: 0 }
    states.set(runId, state)
  }

  const status = /^\/status\/(\d{3})$/.exec(path)
  if (status) return send(res, Number(status[1]), `status ${status[1]}`)

  switch (path) {
    case '/':
    case '/ok':
      return send(res, 200, 'ok')
    case '/json':
      // Exactly application/json: chaostoolkit parses the body only for this exact type.
      return send(res, 200, JSON.stringify(SAMPLE_DOCUMENT), 'application/json')
    case '/json-charset':
      // With a charset chaostoolkit keeps the body as a string.
      return send(res, 200, JSON.stringify(SAMPLE_DOCUMENT), 'application/json; charset=utf-8')
    case '/redirect': {
      // Relative to the run's base, so the run id survives the hop.
      const to = url.searchParams.get('to') ?? '/ok'
      const base = runId ? `/r/${encodeURIComponent(runId)}` : ''
      res.writeHead(302, { location: `${base}${to}`, 'content-length': '0' })
      res.end()
      return
    }
    case '/lying-204':
      // What Node's bare http API sends when told to: a 204 announcing a body it never sends.
      res.writeHead(204, { 'content-type': 'text/plain', 'content-length': '10' })
      res.end()
      return
    case '/number':
      return send(res, 200, '42.5')
    case '/text':
      return send(res, 200, 'hello parity')
    case '/slow': {
      const ms = Math.min(Number(url.searchParams.get('ms') ?? '1000') || 0, MAX_DELAY_MS)
      await new Promise((resolve) => setTimeout(resolve, ms))
      if (!res.destroyed) await send(res, 200, `slept ${ms}`)
      return
    }
    case '/echo': {
      const query: Record<string, string> = {}
      for (const [k, v] of url.searchParams) query[k] = v
      let parsed: unknown = body
      if ((req.headers['content-type'] ?? '') === 'application/json' && body !== '') {
        try {
          parsed = JSON.parse(body)
        } catch {
          parsed = body
        }
      }
      const echo = {
        method: req.method,
        query,
        token: req.headers['x-token'] ?? null,
        contentType: req.headers['content-type'] ?? null,
        body: parsed
      }
      return send(res, 200, JSON.stringify(echo), 'application/json')
    }
    case '/break':
      state.broken = true
      return send(res, 200, 'broken')
    case '/fix':
      state.broken = false
      return send(res, 200, 'fixed')
    case '/health':
      return state.broken ? send(res, 503, 'unhealthy') : send(res, 200, 'healthy')
    case '/health-or-hang':
      // Healthy until broken; once broken it answers too late for any sane timeout.
      if (state.broken) {
        await new Promise((resolve) => setTimeout(resolve, 3_000))
        if (res.destroyed) return
      }
      return send(res, 200, 'healthy')
    case '/flaky': {
      // 200 for the first `ok` hits of this run, 500 afterwards.
      const ok = Number(url.searchParams.get('ok') ?? '1')
      state.flakyHits += 1
      return state.flakyHits <= ok ? send(res, 200, 'ok') : send(res, 500, 'flaked')
    }
    default:
      return send(res, 404, `no route ${path}`)
  }
}
