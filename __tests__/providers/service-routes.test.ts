// `.svc` URLs in the providers: the host is parsed, a malformed one is a validation error, and the
// request goes to where the routes say (here a loopback server standing in for a tunnel) with the
// Service's authority as its Host. The tunnel itself is tested against the API server in
// __tests__/k8s/tunnel-*.test.ts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { usesKubernetes } from '../../src/cluster/uses-kubernetes.ts'
import { createHttpProvider } from '../../src/providers/http/http.ts'
import { LoadProvider } from '../../src/providers/load/index.ts'
import type { LoadReport } from '../../src/providers/load/stats.ts'
import {
  checkServiceUrl,
  routeUrl,
  serviceTargetOf,
  type ServiceRoutes,
  type ServiceTarget
} from '../../src/providers/service-routes.ts'
import { activityContext } from '../helpers/activity-context.ts'

describe('service URLs', () => {
  it('reads <service>.<namespace>.svc[.cluster.local] with the port (default by scheme)', () => {
    assert.deepEqual(serviceTargetOf('http://web.chaos-example.svc:8080/api/items'), {
      name: 'web',
      namespace: 'chaos-example',
      port: 8080
    })
    assert.deepEqual(serviceTargetOf('https://web.shop.svc.cluster.local/'), {
      name: 'web',
      namespace: 'shop',
      port: 443
    })
    assert.deepEqual(serviceTargetOf('http://web.shop.svc/'), {
      name: 'web',
      namespace: 'shop',
      port: 80
    })
    assert.equal(serviceTargetOf('http://127.0.0.1:8080/'), undefined)
    assert.equal(serviceTargetOf('http://svc.example.com/'), undefined)
    assert.match(
      String(serviceTargetOf('http://web.svc:8080/')),
      /expected <service>\.<namespace>\.svc/
    )
    assert.match(String(serviceTargetOf('http://a.b.c.svc/')), /does not name a Service/)
    assert.match(String(serviceTargetOf('http://web_1.ns.svc/')), /'web_1' is not a valid/)
  })

  it('checks: a malformed host always, the port through the routes, templated URLs never', async () => {
    const routes = {
      check: async (t: ServiceTarget) => (t.port === 9 ? `no port ${t.port}` : undefined)
    } as unknown as ServiceRoutes
    assert.equal(await checkServiceUrl('http://web.ns.svc:8080/', routes), undefined)
    assert.equal(await checkServiceUrl('http://web.ns.svc:9/', routes), 'no port 9')
    assert.match(String(await checkServiceUrl('http://web.svc/', undefined)), /<service>/)
    assert.equal(await checkServiceUrl('http://${host}.svc/', routes), undefined)
  })

  it('decides a cluster is needed for a .svc URL in an activity or the configuration', () => {
    const load = (url: string) => ({
      type: 'action' as const,
      name: 'l',
      provider: { type: 'load', url, duration: 1 }
    })
    assert.equal(
      usesKubernetes({
        title: 't',
        description: 'd',
        method: [load('http://web.ns.svc:8080/')]
      } as never),
      true
    )
    assert.equal(
      usesKubernetes({
        title: 't',
        description: 'd',
        method: [load('http://127.0.0.1:1/')]
      } as never),
      false
    )
    assert.equal(
      usesKubernetes({
        title: 't',
        description: 'd',
        configuration: { url: 'http://web.ns.svc.cluster.local/x' },
        method: [load('${url}')]
      } as never),
      true
    )
  })
})

describe('providers through routes', () => {
  let server: Server
  let port = 0
  const hosts: string[] = []
  const opened: ServiceTarget[] = []
  let failing = false

  before(async () => {
    server = createServer((req, res) => {
      hosts.push(String(req.headers.host))
      if (failing) {
        req.socket.destroy()
        return
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ path: req.url }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  after(() => {
    server.closeAllConnections()
    server.close()
  })

  const routes: ServiceRoutes = {
    async open(target) {
      opened.push(target)
      if (target.name === 'none')
        throw new Error(`Service ${target.namespace}/none:80 has no Ready endpoint`)
      return { host: '127.0.0.1', port }
    },
    servedBy: () => ({ pod: 'web-7d9f-abcde' }),
    close: async () => undefined
  }

  it('rewrites the URL to the route, keeps path and query, sends the Service authority as Host', async () => {
    assert.deepEqual(await routeUrl('http://web.ns.svc:8080/a?b=1', routes), {
      url: `http://127.0.0.1:${port}/a?b=1`,
      host: 'web.ns.svc:8080'
    })
    assert.deepEqual(await routeUrl('http://example.com/', routes), { url: 'http://example.com/' })
    const http = createHttpProvider({ services: routes })
    try {
      const { ctx } = activityContext()
      const out = (await http.run(
        { type: 'http', url: 'http://web.ns.svc:8080/api?x=1' },
        ctx
      )) as {
        status: number
        body: { path: string }
      }
      assert.equal(out.status, 200)
      assert.equal(out.body.path, '/api?x=1')
      assert.equal(hosts.at(-1), 'web.ns.svc:8080')
      await assert.rejects(
        http.run({ type: 'http', url: 'http://none.ns.svc/' }, ctx),
        /cannot reach http:\/\/none\.ns\.svc\/: Service ns\/none:80 has no Ready endpoint/
      )
      failing = true
      await assert.rejects(
        http.run({ type: 'http', url: 'http://web.ns.svc:8080/' }, ctx),
        /\(served by pod web-7d9f-abcde\)/
      )
    } finally {
      failing = false
      await http.close?.()
    }
  })

  it('load goes through the route, reports the URLs as written and requests by pod', async () => {
    const load = new LoadProvider({ services: routes })
    const { ctx } = activityContext()
    const report = (await load.run(
      { type: 'load', url: 'http://web.ns.svc:8080/items', rate: 50, concurrency: 2, duration: 1 },
      ctx
    )) as LoadReport
    assert.ok(report.requests > 10)
    assert.equal(report.errors, 0)
    assert.deepEqual(report.endpoints, ['http://web.ns.svc:8080/items'])
    assert.equal(report.pods?.['web-7d9f-abcde']?.requests, report.requests)
    assert.equal(hosts.at(-1), 'web.ns.svc:8080')
  })
})
