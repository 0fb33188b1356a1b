import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ActivityFailed } from '../../src/engine/errors.ts'
import { createHttpProvider } from '../../src/providers/http/http.ts'
import type { HttpOutput } from '../../src/providers/http/http.ts'
import { activityContext } from '../helpers/activity-context.ts'

interface Seen {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve(`127.0.0.1:${(server.address() as AddressInfo).port}`)
    )
  })
}

describe('http provider', () => {
  const provider = createHttpProvider()
  const seen: Seen[] = []
  let connections = 0
  let base: string
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString()
      })
      const url = new URL(req.url ?? '/', 'http://x')
      if (url.pathname === '/json') {
        res.writeHead(200, { 'Content-Type': 'application/json', 'X-Custom-Header': 'yes' })
        res.end('{"ok": true, "n": [1, 2]}')
      } else if (url.pathname === '/json-charset') {
        res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' })
        res.end('{"ok": false}')
      } else if (url.pathname === '/slow') {
        setTimeout(() => res.end('late'), 2000).unref()
      } else if (url.pathname === '/redirect') {
        res.writeHead(302, { Location: '/json' })
        res.end()
      } else if (url.pathname === '/see-other') {
        res.writeHead(303, { Location: '/plain' })
        res.end()
      } else if (url.pathname === '/bad-json') {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        res.end('{not json')
      } else {
        res.writeHead(200, { 'Content-Type': 'text/plain' })
        res.end('plain')
      }
    })
  })
  server.on('connection', () => connections++)

  before(async () => {
    base = `http://${await listen(server)}`
  })
  after(async () => {
    await provider.close?.()
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })

  const run = (spec: Record<string, unknown>, signal?: AbortSignal) =>
    provider.run(
      { type: 'http', ...spec },
      activityContext(signal ? { signal } : {}).ctx
    ) as Promise<HttpOutput>

  it('parses the body only when the content-type is exactly application/json', async () => {
    const json = await run({ url: `${base}/json` })
    assert.equal(json.status, 200)
    assert.deepEqual(json.body, { ok: true, n: [1, 2] })
    assert.equal(json.headers['X-Custom-Header'], 'yes', 'header names keep their case')
    const charset = await run({ url: `${base}/json-charset` })
    assert.equal(charset.status, 503, 'a 5xx is output, not a failure')
    assert.equal(charset.body, '{"ok": false}')
  })

  it('sends GET arguments as the query string', async () => {
    await run({ url: `${base}/q`, arguments: { a: 1, b: ['x', 'y'], c: null } })
    assert.equal(seen.at(-1)?.url, '/q?a=1&b=x&b=y')
  })

  it('sends a JSON body only when Content-Type is exactly application/json, else a form', async () => {
    await run({
      url: `${base}/p`,
      method: 'post',
      headers: { 'Content-Type': 'application/json' },
      arguments: { a: 1 }
    })
    assert.equal(seen.at(-1)?.method, 'POST')
    assert.deepEqual(JSON.parse(seen.at(-1)?.body ?? ''), { a: 1 })
    await run({ url: `${base}/p`, method: 'PUT', arguments: { a: 1, b: 'two words' } })
    assert.equal(seen.at(-1)?.body, 'a=1&b=two+words')
    assert.equal(seen.at(-1)?.headers['content-type'], 'application/x-www-form-urlencoded')
  })

  it('follows redirects', async () => {
    const out = await run({ url: `${base}/redirect` })
    assert.equal(out.status, 200)
    assert.deepEqual(out.body, { ok: true, n: [1, 2] })
  })

  it('turns a POST into a GET without body on 303, as requests does', async () => {
    const out = await run({ url: `${base}/see-other`, method: 'POST', arguments: { a: 1 } })
    assert.equal(out.body, 'plain')
    assert.deepEqual(
      seen.slice(-2).map((r) => [r.method, r.url, r.body]),
      [
        ['POST', '/see-other', 'a=1'],
        ['GET', '/plain', '']
      ]
    )
  })

  it('reuses keep-alive connections across 200 probes', async () => {
    const before = connections
    for (let i = 0; i < 200; i++) {
      const out = await run({ url: `${base}/plain`, timeout: 5 })
      assert.equal(out.body, 'plain')
    }
    assert.ok(
      connections - before <= 2,
      `opened ${connections - before} connections for 200 probes`
    )
  })

  it('fails with "activity took too long to complete" on a read timeout', async () => {
    const t0 = Date.now()
    await assert.rejects(
      run({ url: `${base}/slow`, timeout: 0.3 }),
      (e: unknown) =>
        e instanceof ActivityFailed && e.message === 'activity took too long to complete'
    )
    assert.ok(Date.now() - t0 < 1800)
    await assert.rejects(run({ url: `${base}/slow`, timeout: [5, 0.3] }), /took too long/)
  })

  it('fails with "failed to connect to <url>" when nothing listens', async () => {
    const probe = createServer()
    const addr = await listen(probe)
    await new Promise((r) => probe.close(r))
    const url = `http://${addr}/health`
    await assert.rejects(run({ url, max_retries: 1 }), (e: unknown) => {
      assert.ok(e instanceof ActivityFailed)
      assert.ok(e.message.startsWith(`failed to connect to ${url}: `), e.message)
      return true
    })
  })

  it('aborts when the JSON body is invalid (chaostoolkit does not catch it)', async () => {
    await assert.rejects(
      run({ url: `${base}/bad-json` }),
      (e: unknown) => !(e instanceof ActivityFailed)
    )
  })

  it('aborts an in-flight request when the signal aborts', async () => {
    const controller = new AbortController()
    const t0 = Date.now()
    const pending = run({ url: `${base}/slow` }, controller.signal)
    setTimeout(() => controller.abort(), 100)
    await assert.rejects(pending, ActivityFailed)
    assert.ok(Date.now() - t0 < 1500)
  })

  it('validates the url and headers', async () => {
    const vctx = {
      path: ['method', 0, 'provider'],
      locate: () => undefined,
      activityName: 'a',
      activityType: 'probe' as const
    }
    const issues = (await provider.validate!({ type: 'http', headers: ['x'] }, vctx)) as {
      message: string
    }[]
    assert.deepEqual(
      issues.map((i) => i.message),
      ['a HTTP activity must have a URL', 'a HTTP activities expect headers as a mapping']
    )
  })

  it('honours verify_tls against a self-signed server', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'chaos-tls-'))
    try {
      try {
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'rsa:2048',
            '-nodes',
            '-subj',
            '/CN=127.0.0.1',
            '-keyout',
            join(dir, 'key.pem'),
            '-out',
            join(dir, 'cert.pem'),
            '-days',
            '1'
          ],
          { stdio: 'ignore' }
        )
      } catch {
        t.skip('openssl is not available')
        return
      }
      const tls = createHttpsServer(
        { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
        (_req, res) => res.end('secure')
      )
      const addr = await new Promise<string>((resolve) =>
        tls.listen(0, '127.0.0.1', () =>
          resolve(`127.0.0.1:${(tls.address() as AddressInfo).port}`)
        )
      )
      try {
        await assert.rejects(
          run({ url: `https://${addr}/` }),
          /^ActivityFailed: failed to connect to/
        )
        const ok = await run({ url: `https://${addr}/`, verify_tls: false })
        assert.equal(ok.body, 'secure')
      } finally {
        tls.closeAllConnections()
        await new Promise((r) => tls.close(r))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
