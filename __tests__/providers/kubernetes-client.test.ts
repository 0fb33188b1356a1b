// KubeClient against a scripted API server on loopback: error messages (403, 401, unreachable),
// paging, request counting and watch re-establishment (drop, 410 Gone, flapping server).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { KubeConfig } from '@kubernetes/client-node'
import { ActivityFailed } from '../../src/engine/errors.ts'
import { KubeApiError, KubeClient, R, isNotFound } from '../../src/providers/kubernetes/client.ts'
import type { RequestRecord } from '../../src/providers/kubernetes/client.ts'

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void

function config(server: string): KubeConfig {
  const kc = new KubeConfig()
  kc.loadFromOptions({
    clusters: [{ name: 'c', server, skipTLSVerify: true }],
    users: [{ name: 'u', token: 'secret-token' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x'
  })
  return kc
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

const pod = (name: string, rv: string, extra: Record<string, unknown> = {}) => ({
  metadata: { name, namespace: 'shop', resourceVersion: rv, uid: name },
  ...extra
})

describe('KubeClient', () => {
  let server: Server
  let base = ''
  let handler: Handler = (_q, r) => json(r, 404, {})
  const seen: string[] = []

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x')
      seen.push(
        `${req.method} ${url.pathname}${url.search} auth=${req.headers.authorization ?? ''}`
      )
      handler(req, res, url)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  function client(extra: { onRequest?: (r: RequestRecord) => void; watchRetries?: number } = {}) {
    seen.length = 0
    return new KubeClient({ kubeConfig: config(base), ...extra })
  }

  it('retries a throttled request (429) after its Retry-After, then succeeds', async () => {
    let calls = 0
    handler = (_q, res) => {
      calls++
      if (calls < 3) {
        // What kube-apiserver says while a new CRD's watch cache is still initializing.
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' })
        res.end(JSON.stringify({ kind: 'Status', reason: 'TooManyRequests', code: 429 }))
        return
      }
      json(res, 200, { kind: 'PodList', metadata: {}, items: [pod('a', '1')] })
    }
    const records: RequestRecord[] = []
    const started = Date.now()
    const list = await client({ onRequest: (r) => records.push(r) }).list(R.pods, 'shop')
    assert.deepEqual(
      list.items.map((p) => p.metadata?.name),
      ['a']
    )
    assert.deepEqual(
      records.map((r) => r.status),
      [429, 429, 200]
    )
    assert.ok(Date.now() - started >= 1900, 'waited as Retry-After asked, twice')
  })

  it('turns 403 into a message naming the verb, resource, group and namespace needed', async () => {
    handler = (_q, res) =>
      json(res, 403, {
        kind: 'Status',
        reason: 'Forbidden',
        message: 'pods "web-1" is forbidden: User "ci" cannot delete resource "pods"'
      })
    const c = client()
    await assert.rejects(c.delete(R.pods, 'shop', 'web-1'), (e: unknown) => {
      assert.ok(e instanceof KubeApiError)
      assert.equal(e.status, 403)
      assert.equal(
        e.message,
        `forbidden by the Kubernetes API server at ${base}: the credentials in use need verb "delete" on ` +
          'resource "pods" (API group "core") in namespace "shop" (object "web-1"); grant it with a ' +
          'Role/ClusterRole binding (server said: pods "web-1" is forbidden: User "ci" cannot delete resource "pods")'
      )
      return true
    })
    assert.match(
      seen[0]!,
      /^DELETE \/api\/v1\/namespaces\/shop\/pods\/web-1 auth=Bearer secret-token$/
    )
    await assert.rejects(
      c.list(R.deployments, undefined),
      /need verb "list" on resource "deployments" \(API group "apps"\) in all namespaces/
    )
    await assert.rejects(
      c.patch(R.nodes, undefined, 'n1', { spec: {} }),
      /need verb "patch" on resource "nodes" \(API group "core"\) \(cluster-scoped\) \(object "n1"\)/
    )
  })

  it('401, 404 and an unreachable server', async () => {
    handler = (_q, res) => json(res, 401, { kind: 'Status', reason: 'Unauthorized' })
    await assert.rejects(
      client().get(R.pods, 'shop', 'x'),
      /rejected the credentials \(401 Unauthorized\)/
    )
    handler = (_q, res) =>
      json(res, 404, { kind: 'Status', reason: 'NotFound', message: 'pods "x" not found' })
    const c = client()
    const err = await c.get(R.pods, 'shop', 'x').catch((e: unknown) => e)
    assert.ok(isNotFound(err))
    assert.equal(await c.getOrNull(R.pods, 'shop', 'x'), null)

    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const gone = new KubeClient({ kubeConfig: config(`http://127.0.0.1:${port}`) })
    await assert.rejects(
      gone.list(R.pods, 'shop'),
      (e: unknown) =>
        e instanceof ActivityFailed &&
        e.message.startsWith(
          `cannot reach the Kubernetes API server at http://127.0.0.1:${port} (`
        ) &&
        e.message.includes('ECONNREFUSED') &&
        e.message.endsWith(
          'while attempting verb "list" on resource "pods" (API group "core") in namespace "shop"'
        )
    )
    assert.equal(gone.requests, 1)
  })

  it('lists every page and counts each request through the hook', async () => {
    handler = (_q, res, url) => {
      const cont = url.searchParams.get('continue')
      if (!cont)
        json(res, 200, {
          items: [pod('a', '5')],
          metadata: { resourceVersion: '9', continue: 'p2' }
        })
      else json(res, 200, { items: [pod('b', '6')], metadata: { resourceVersion: '9' } })
    }
    const records: RequestRecord[] = []
    const c = client({ onRequest: (r) => records.push(r) })
    const l = await c.list(R.pods, 'shop', { labelSelector: 'app=web' })
    assert.deepEqual(
      l.items.map((p) => p.metadata?.name),
      ['a', 'b']
    )
    assert.equal(l.metadata?.resourceVersion, '9')
    assert.equal(c.requests, 2)
    assert.deepEqual(
      records.map((r) => [r.verb, r.status]),
      [
        ['list', 200],
        ['list', 200]
      ]
    )
    assert.match(seen[0]!, /labelSelector=app%3Dweb/)
  })

  it('re-establishes a dropped watch from the last resourceVersion, and re-lists on 410 Gone', async () => {
    let watches = 0
    const watchRvs: string[] = []
    handler = (_q, res, url) => {
      if (url.searchParams.get('watch') !== 'true') {
        json(res, 200, { items: [pod('a', '10')], metadata: { resourceVersion: '10' } })
        return
      }
      watches++
      watchRvs.push(url.searchParams.get('resourceVersion') ?? '')
      res.writeHead(200, { 'content-type': 'application/json' })
      if (watches === 1) {
        // One event, then the connection drops.
        res.write(JSON.stringify({ type: 'ADDED', object: pod('b', '11') }) + '\n')
        setTimeout(() => res.socket?.destroy(), 50)
      } else if (watches === 2) {
        res.write(
          JSON.stringify({
            type: 'ERROR',
            object: { kind: 'Status', code: 410, reason: 'Expired' }
          }) + '\n'
        )
        res.end()
      } else {
        res.write(
          JSON.stringify({ type: 'BOOKMARK', object: { metadata: { resourceVersion: '20' } } }) +
            '\n'
        )
        res.write(
          JSON.stringify({
            type: 'MODIFIED',
            object: pod('a', '21', { status: { phase: 'Running' } })
          }) + '\n'
        )
      }
    }
    const c = client()
    const ok = await c.watchUntil(R.pods, 'shop', { timeoutMs: 10_000 }, (objects) =>
      [...objects.values()].some((p) => p.status?.phase === 'Running')
    )
    assert.equal(ok, true)
    assert.deepEqual(
      watchRvs,
      ['10', '11', '10'],
      'resumed from the last event, then from the re-list'
    )
    assert.equal(c.watchReconnects, 2)
    // list, watch, watch, list (after 410), watch
    assert.equal(c.requests, 5)
  })

  it('gives up on a server that keeps closing watches at once, within the retry budget', async () => {
    handler = (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end()
    }
    const c = client({ watchRetries: 2 })
    const started = Date.now()
    await assert.rejects(
      c.watchUntil(
        R.pods,
        'shop',
        { resourceVersion: '1', initial: [], timeoutMs: 20_000 },
        () => false
      ),
      /dropped 3 times in a row \(closed without events\); gave up/
    )
    assert.equal(c.requests, 3)
    assert.ok(Date.now() - started < 5_000)
  })

  it('times out a watch whose condition never holds, with few requests', async () => {
    handler = (_q, res, url) => {
      if (url.searchParams.get('watch') !== 'true')
        return json(res, 200, { items: [], metadata: { resourceVersion: '3' } })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write(JSON.stringify({ type: 'ADDED', object: pod('x', '4') }) + '\n')
    }
    const c = client()
    const started = Date.now()
    assert.equal(await c.watchUntil(R.pods, 'shop', { timeoutMs: 700 }, () => false), false)
    assert.ok(Date.now() - started >= 650)
    assert.equal(c.requests, 2)
  })
})
