import type * as NodeHttp from 'node:http'
import type { Agent } from 'node:http'
import type * as NodeHttps from 'node:https'
import { createRequire } from 'node:module'
import { TextDecoder } from 'node:util'
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import { pyStr } from '../../engine/py.ts'
import type { ProviderSpec } from '../../engine/types.ts'
import { VERSION } from '../../version.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import { checkServiceUrl, routeUrl } from '../service-routes.ts'
import type { ServiceRoutes } from '../service-routes.ts'

export interface HttpOutput {
  status: number
  headers: Record<string, string>
  body: unknown
}

interface Timeouts {
  connectMs: number | undefined
  readMs: number | undefined
}

// require(), not import: an ES import of node:http enumerates its exports, which loads Node's
// internal undici (~20 ms) for the WebSocket getter. https (TLS) loads only for https URLs.
const requireBuiltin = createRequire(import.meta.url)
let httpModule: typeof NodeHttp | undefined
let httpsModule: typeof NodeHttps | undefined
const nodeHttp = (): typeof NodeHttp => (httpModule ??= requireBuiltin('node:http'))
const nodeHttps = (): typeof NodeHttps => (httpsModule ??= requireBuiltin('node:https'))

// requests follows up to 30 redirects.
const MAX_REDIRECTS = 30
const REDIRECTS = new Set([301, 302, 303, 307, 308])

function withoutHeaders(headers: Record<string, string>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(headers)) if (!names.includes(k.toLowerCase())) out[k] = v
  return out
}

/** `timeout`: seconds, or `[connect, read]` (requests semantics); absent means no timeout. */
export function parseTimeout(value: unknown): Timeouts {
  const ms = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && v > 0
      ? Math.max(1, Math.round(v * 1000))
      : undefined
  if (Array.isArray(value)) return { connectMs: ms(value[0]), readMs: ms(value[1]) }
  const both = ms(typeof value === 'string' && value.trim() !== '' ? Number(value) : value)
  return { connectMs: both, readMs: both }
}

/** requests' `params=`: mapping to query string, lists repeat the key, None dropped. */
export function appendQuery(url: string, args: unknown): string {
  if (args === null || typeof args !== 'object' || Array.isArray(args)) return url
  // Nothing to add: the URL is parsed (and normalised) once, by the caller.
  if (Object.keys(args).length === 0) return url
  const u = new URL(url)
  for (const [k, v] of Object.entries(args as Record<string, unknown>)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === null || item === undefined) continue
      u.searchParams.append(k, pyStr(item))
    }
  }
  return u.toString()
}

/** requests' `data=`: a mapping is form-encoded, a string is sent as is. */
function formBody(args: unknown): { body: string; contentType?: string } | undefined {
  if (args === null || args === undefined) return undefined
  if (typeof args === 'string') return args === '' ? undefined : { body: args }
  if (typeof args !== 'object' || Array.isArray(args)) return undefined
  const entries = Object.entries(args as Record<string, unknown>)
  if (entries.length === 0) return undefined
  const form = new URLSearchParams()
  for (const [k, v] of entries) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === null || item === undefined) continue
      form.append(k, pyStr(item))
    }
  }
  return { body: form.toString(), contentType: 'application/x-www-form-urlencoded' }
}

function rawHeadersToDict(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  const lower = new Map<string, string>()
  if (!Array.isArray(raw)) return out
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = String(raw[i])
    const value = String(raw[i + 1])
    const key = lower.get(name.toLowerCase())
    // Repeated headers are joined like urllib3 does.
    if (key !== undefined) out[key] = `${out[key]}, ${value}`
    else {
      lower.set(name.toLowerCase(), name)
      out[name] = value
    }
  }
  return out
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v
  return undefined
}

function charsetOf(contentType: string | undefined): string {
  const m = /charset\s*=\s*"?([^";]+)"?/i.exec(contentType ?? '')
  return m?.[1]?.trim().toLowerCase() ?? 'utf-8'
}

// Decoders by charset, reused: building one per response is a measurable part of a probe.
const decoders = new Map<string, TextDecoder>()

function decoder(charset: string): TextDecoder {
  let found = decoders.get(charset)
  if (found === undefined) {
    try {
      found = new TextDecoder(charset)
    } catch {
      found = decoder('utf-8')
    }
    if (decoders.size < 32) decoders.set(charset, found)
  }
  return found
}

function decode(bytes: Buffer, charset: string): string {
  return decoder(charset).decode(bytes)
}

// Connection-level failures: requests raises ConnectionError (or SSLError) for these.
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ETIMEDOUT',
  'CHAOS_CONNECT_TIMEOUT'
])

function isConnectError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code
  const cause = (error as { cause?: { code?: unknown } })?.cause?.code
  if (
    typeof code === 'string' &&
    (CONNECT_CODES.has(code) || code.startsWith('ERR_TLS') || code.includes('CERT'))
  ) {
    return true
  }
  if (typeof cause === 'string' && CONNECT_CODES.has(cause)) return true
  const message = error instanceof Error ? error.message : ''
  return /certificate|self[- ]signed|SSL|TLS/i.test(message)
}

class ReadTimeout extends Error {
  readonly code = 'CHAOS_READ_TIMEOUT'
}

class ConnectTimeout extends Error {
  readonly code = 'CHAOS_CONNECT_TIMEOUT'
}

interface Exchange {
  status: number
  rawHeaders: string[]
  body: Buffer
  /** Whether the request went out on a pooled connection (a stale one may be reset). */
  reused: boolean
  /** Whether any response byte arrived (a reset before that is safe to retry once). */
  responded: boolean
  /** The client side's local port (a tunnelled connection's key). */
  localPort: number | undefined
}

interface SendOptions {
  agent: Agent
  method: string
  headers: Record<string, string>
  body: string | undefined
  connectMs: number | undefined
  readMs: number | undefined
  signal: AbortSignal
}

/**
 * One request/response on node:http(s): the connect timeout runs until the TCP connection is up,
 * the read timeout is the socket's idle time afterwards (requests' `(connect, read)` semantics).
 */
function send(url: URL, opts: SendOptions): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const requestFn = url.protocol === 'https:' ? nodeHttps().request : nodeHttp().request
    let reused = false
    let responded = false
    let localPort: number | undefined
    let connectTimer: NodeJS.Timeout | undefined
    const req = requestFn(url, { agent: opts.agent, method: opts.method, headers: opts.headers })
    // Our own listener rather than the `signal` option, which costs an AbortError per request.
    const onAbort = (): void => {
      req.destroy(Object.assign(new Error('the request was aborted'), { name: 'AbortError' }))
    }
    const done = (): void => {
      clearTimeout(connectTimer)
      opts.signal.removeEventListener('abort', onAbort)
    }
    const fail = (error: Error): void => {
      done()
      localPort ??= req.socket?.localPort
      reject(Object.assign(error, { reused, responded, localPort }))
    }
    if (opts.signal.aborted) onAbort()
    else opts.signal.addEventListener('abort', onAbort, { once: true })
    req.on('error', fail)
    req.on('socket', (socket) => {
      reused = req.reusedSocket
      // Read once connected (and cached by the socket): which tunnel connection carried this.
      if (socket.connecting) socket.once('connect', () => (localPort = socket.localPort))
      else localPort = socket.localPort
      if (opts.connectMs !== undefined && socket.connecting) {
        connectTimer = setTimeout(
          () => req.destroy(new ConnectTimeout(`connection to ${url.host} timed out`)),
          opts.connectMs
        )
        socket.once('connect', () => clearTimeout(connectTimer))
      }
    })
    if (opts.readMs !== undefined) {
      // Starts once connected; fires after readMs without a byte.
      req.setTimeout(opts.readMs, () => req.destroy(new ReadTimeout('read timed out')))
    }
    req.on('response', (res) => {
      responded = true
      clearTimeout(connectTimer)
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', fail)
      res.on('end', () => {
        done()
        resolve({
          status: res.statusCode ?? 0,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
          reused,
          responded,
          localPort
        })
      })
    })
    req.end(opts.body)
  })
}

export interface HttpProviderOptions {
  /** Keep-alive idle time for pooled connections. */
  keepAliveTimeoutMs?: number
  /** Reaches `.svc` URLs (in-cluster Services) through the cluster; absent: plain DNS. */
  services?: ServiceRoutes
}

/** ` (served by pod web-1: why)` for a failure on a tunnelled connection, else ''. */
function servedByNote(services: ServiceRoutes | undefined, localPort: unknown): string {
  if (services === undefined || typeof localPort !== 'number') return ''
  const served = services.servedBy(localPort)
  if (served === undefined) return ''
  if (served.pod === '') return served.error ? ` (${served.error})` : ''
  return ` (served by pod ${served.pod}${served.error ? `: ${served.error}` : ''})`
}

/**
 * The `http` provider: one pooled keep-alive agent per (scheme, TLS verification) pair,
 * so repeated probes against one service reuse their connections.
 */
export function createHttpProvider(options: HttpProviderOptions = {}): Provider {
  const agents = new Map<string, Agent>()

  function agentFor(https: boolean, verify: boolean): Agent {
    const key = `${https}|${verify}`
    let agent = agents.get(key)
    if (agent === undefined) {
      const base = {
        keepAlive: true,
        // Idle pooled sockets are closed after this long (they never keep the process alive).
        timeout: options.keepAliveTimeoutMs ?? 30_000
      }
      agent = https
        ? new (nodeHttps().Agent)({ ...base, rejectUnauthorized: verify })
        : new (nodeHttp().Agent)(base)
      agents.set(key, agent)
    }
    return agent
  }

  return {
    type: 'http',

    async validate(spec: ProviderSpec, ctx: ValidateContext): Promise<ValidationIssue[]> {
      const issues: ValidationIssue[] = []
      const at = (
        key: string
      ): { field: string; location: ReturnType<ValidateContext['locate']> } => ({
        field: `/${[...ctx.path, key].join('/')}`,
        location: ctx.locate([...ctx.path, key])
      })
      if (typeof spec.url !== 'string' || spec.url === '') {
        issues.push({ ...at('url'), message: 'a HTTP activity must have a URL' })
      } else if (!spec.url.startsWith('$') && !/^https?:\/\//i.test(spec.url)) {
        // A `${base}` start is checked at run time, once substituted.
        issues.push({
          ...at('url'),
          message: `not an http(s) URL: ${JSON.stringify(spec.url.slice(0, 200))}`,
          expected: 'a URL starting with http:// or https://'
        })
      } else {
        const problem = await checkServiceUrl(spec.url, options.services)
        if (problem !== undefined) issues.push({ ...at('url'), message: problem })
      }
      if (typeof spec.method === 'string' && /[\r\n]/.test(spec.method)) {
        issues.push({
          ...at('method'),
          message: 'the method contains a line break',
          expected: 'an HTTP method such as GET or POST'
        })
      }
      const headers = spec.headers
      if (
        headers !== undefined &&
        headers !== null &&
        (typeof headers !== 'object' || Array.isArray(headers))
      ) {
        issues.push({ ...at('headers'), message: 'a HTTP activities expect headers as a mapping' })
      } else if (headers !== undefined && headers !== null) {
        for (const [name, value] of Object.entries(headers as Record<string, unknown>)) {
          if (!/[\r\n]/.test(name) && !(typeof value === 'string' && /[\r\n]/.test(value))) continue
          issues.push({
            field: `/${[...ctx.path, 'headers', name].join('/')}`,
            location: ctx.locate([...ctx.path, 'headers', name]),
            message: `header ${JSON.stringify(name.slice(0, 100))} contains a line break (CR or LF)`,
            expected: 'a header name and value on one line'
          })
        }
      }
      return issues
    },

    async run(spec: ProviderSpec, ctx: ActivityContext): Promise<HttpOutput> {
      const url = String(spec.url)
      const method = (typeof spec.method === 'string' ? spec.method : 'GET').toUpperCase()
      const userHeaders: Record<string, string> = {}
      if (spec.headers !== null && typeof spec.headers === 'object') {
        for (const [k, v] of Object.entries(spec.headers as Record<string, unknown>)) {
          if (v !== null && v !== undefined) userHeaders[k] = pyStr(v)
        }
      }
      const args = spec.arguments ?? {}
      const { connectMs, readMs } = parseTimeout(spec.timeout)
      const verify = spec.verify_tls !== false
      const maxRetries = typeof spec.max_retries === 'number' ? Math.max(0, spec.max_retries) : 0

      let target = url
      let body: string | undefined
      const headers: Record<string, string> = {
        'User-Agent': `chaos-action/${VERSION}`,
        Accept: '*/*',
        // The service's own spans join the experiment's trace (a header the user set wins).
        ...(ctx.traceparent && headerValue(userHeaders, 'traceparent') === undefined
          ? { traceparent: ctx.traceparent }
          : {}),
        ...userHeaders
      }
      if (method === 'GET') {
        target = appendQuery(url, args)
      } else if (userHeaders['Content-Type'] === 'application/json') {
        // chaostoolkit checks this exact key and value before sending `json=`.
        body = JSON.stringify(args)
      } else {
        const form = formBody(args)
        if (form !== undefined) {
          body = form.body
          if (form.contentType && headerValue(userHeaders, 'content-type') === undefined) {
            headers['Content-Type'] = form.contentType
          }
        }
      }
      let parsed: URL
      try {
        parsed = new URL(target)
      } catch {
        // requests raises MissingSchema/InvalidURL, which chaostoolkit does not catch.
        throw new Error(`invalid URL '${url}': no scheme supplied or malformed`)
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new Error(`no connection adapters were found for '${url}'`)
      }

      let currentMethod = method
      let currentBody = body
      let currentHeaders = headers
      let redirects = 0
      let staleRetried = false
      for (let attempt = 0; ; attempt++) {
        let dial: { url: string; host?: string }
        try {
          dial = await routeUrl(parsed.toString(), options.services, ctx.signal)
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed('HTTP activity was interrupted')
          throw new ActivityFailed(`cannot reach ${parsed.toString()}: ${errorMessage(error)}`, {
            cause: error
          })
        }
        try {
          const res = await send(dial.url === parsed.toString() ? parsed : new URL(dial.url), {
            agent: agentFor(parsed.protocol === 'https:', verify),
            method: currentMethod,
            headers:
              dial.host === undefined || headerValue(currentHeaders, 'host') !== undefined
                ? currentHeaders
                : { ...currentHeaders, Host: dial.host },
            body: currentBody,
            connectMs,
            readMs,
            signal: ctx.signal
          })
          const responseHeaders = rawHeadersToDict(res.rawHeaders)
          const location = headerValue(responseHeaders, 'location')
          if (REDIRECTS.has(res.status) && location !== undefined && redirects < MAX_REDIRECTS) {
            redirects++
            const next = new URL(location, parsed)
            // requests turns 303 (and 302, and a POST on 301) into a GET without a body.
            if (
              (res.status === 303 && currentMethod !== 'HEAD') ||
              (res.status === 302 && currentMethod !== 'HEAD') ||
              (res.status === 301 && currentMethod === 'POST')
            ) {
              currentMethod = 'GET'
              currentBody = undefined
              currentHeaders = withoutHeaders(currentHeaders, ['content-type', 'content-length'])
            }
            if (next.host !== parsed.host)
              currentHeaders = withoutHeaders(currentHeaders, ['authorization'])
            parsed = next
            attempt = -1
            continue
          }
          const contentType = headerValue(responseHeaders, 'content-type')
          let out: unknown
          if (contentType === 'application/json') {
            // An invalid JSON body here raises in requests and aborts the experiment.
            out = JSON.parse(decode(res.body, 'utf-8'))
          } else {
            out = decode(res.body, charsetOf(contentType))
          }
          if (res.status >= 500 && dial.host !== undefined) {
            ctx.logger.info(
              `${currentMethod} ${parsed.toString()} answered ${res.status}${servedByNote(options.services, res.localPort)}`
            )
          }
          if (!('tolerance' in ctx.activity) && res.status >= 400) {
            ctx.logger.warning(
              `This HTTP call returned a response with a HTTP status code above 400 (${res.status}). ` +
                'This may indicate some error and not what you expected. Please have a look at the logs.'
            )
          }
          return { status: res.status, headers: responseHeaders, body: out }
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed('HTTP activity was interrupted')
          if (error instanceof ReadTimeout) {
            const served = servedByNote(
              options.services,
              (error as { localPort?: unknown }).localPort
            )
            throw new ActivityFailed(`activity took too long to complete${served}`)
          }
          const stale = error as { reused?: boolean; responded?: boolean; code?: unknown }
          if (
            stale.reused === true &&
            stale.responded === false &&
            (stale.code === 'ECONNRESET' || stale.code === 'EPIPE') &&
            !staleRetried
          ) {
            // The server closed a pooled connection as we reused it: urllib3 would have opened a
            // fresh one, so this is not a retry in max_retries' sense.
            staleRetried = true
            attempt--
            continue
          }
          if (isConnectError(error)) {
            if (attempt < maxRetries) continue
            const why = error instanceof Error ? error.message : String(error)
            const served = servedByNote(
              options.services,
              (error as { localPort?: unknown }).localPort
            )
            throw new ActivityFailed(`failed to connect to ${url}: ${why}${served}`, {
              cause: error
            })
          }
          throw error
        }
      }
    },

    async close(): Promise<void> {
      for (const agent of agents.values()) agent.destroy()
      agents.clear()
    }
  }
}
