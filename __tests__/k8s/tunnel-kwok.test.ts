// The Service tunnel against the real kube-apiserver (npm run test:k8s), on kwok's simulated pods:
// kwok serves pods/portforward for them by forwarding to a loopback server per pod (a kwok
// PortForward object), so the API server's upgrade, the EndpointSlices and the v4 channel framing
// are all real; only the pods' processes are stand-ins. The real node's suite is
// __tests__/k8s/tunnel-real-node.test.ts.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, request, type Server } from 'node:http'
import { ExperimentValidationError } from '../../src/engine/errors.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { validateExperiment } from '../../src/engine/validate.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { R, type KubeClient, type ResourceType } from '../../src/providers/kubernetes/client.ts'
import type { LoadReport } from '../../src/providers/load/stats.ts'
import { ServiceTunnels } from '../../src/cluster/tunnel/service-tunnels.ts'
import { parsePortForward } from '../../src/cluster/tunnel/port-forward.ts'
import { activityContext } from '../helpers/activity-context.ts'
import { kwokForwardedPod } from '../helpers/kwok-port-forward.ts'
import { loaded } from '../helpers/experiments.ts'
import { admin, createNamespace, deleteNamespace, skip } from '../providers/kubernetes-fixtures.ts'

const ENDPOINT_SLICES: ResourceType = {
  group: 'discovery.k8s.io',
  version: 'v1',
  plural: 'endpointslices',
  namespaced: true
}

/** A loopback server standing in for one pod's process: it answers with its pod's name. */
async function podServer(pod: string): Promise<Server> {
  const server = createServer((req, res) => {
    const body = JSON.stringify({ pod, path: req.url })
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

async function service(client: KubeClient, ns: string, name: string, app: string) {
  await client.create(R.services, ns, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { selector: { app }, ports: [{ name: 'http', port: 8080, targetPort: 'http' }] }
  })
}

/** Waits (bounded) until the Service's EndpointSlices list `n` Ready pods. */
async function readyEndpoints(client: KubeClient, ns: string, name: string, n: number) {
  const ok = await client.watchUntil(
    ENDPOINT_SLICES,
    ns,
    { labelSelector: `kubernetes.io/service-name=${name}`, timeoutMs: 60_000 },
    (slices) =>
      [...slices.values()]
        .flatMap(
          (s) => (s as { endpoints?: { conditions?: { ready?: boolean } }[] }).endpoints ?? []
        )
        .filter((e) => e.conditions?.ready !== false).length === n
  )
  assert.ok(ok, `${n} Ready endpoints for ${ns}/${name}`)
}

/** GET over a fresh connection; resolves with the body's pod or the error. */
function get(port: number, path = '/'): Promise<{ pod?: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, timeout: 10_000 }, (res) => {
      let text = ''
      res.on('data', (c: Buffer) => (text += c.toString()))
      res.on('end', () => resolve({ pod: (JSON.parse(text) as { pod: string }).pod }))
    })
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', (e) => resolve({ error: e.message }))
    req.end()
  })
}

const client = skip ? undefined : admin()
// kwok serves port-forwards only when its PortForward CRD is enabled (scripts/k8s/cluster-up.sh
// does; a cluster started by an older script does not have it). In CI this fails, never skips.
const unsupported =
  client &&
  (await client
    .getOrNull(
      {
        group: 'apiextensions.k8s.io',
        version: 'v1',
        plural: 'customresourcedefinitions',
        namespaced: false
      },
      undefined,
      'portforwards.kwok.x-k8s.io'
    )
    .catch(() => null)) === null
    ? 'kwok PortForward CRD missing: the cluster predates scripts/k8s/cluster-up.sh enabling it (npm run cluster:down && npm run cluster:up)'
    : undefined
const suiteSkip = skip || (unsupported && !process.env.CI ? unsupported : false)

describe('Service tunnel through pods/portforward (kwok pods)', { skip: suiteSkip }, () => {
  let ns = ''
  const servers = new Map<string, Server>()

  before(async () => {
    if (unsupported) throw new Error(unsupported)
    ns = await createNamespace(client!, 'tunnel')
    for (const pod of ['tun-a', 'tun-b']) {
      const server = await podServer(pod)
      servers.set(pod, server)
      await kwokForwardedPod(client!, ns, pod, 'tun', server)
    }
    await service(client!, ns, 'tun', 'tun')
    await service(client!, ns, 'empty', 'nothing-matches')
    await readyEndpoints(client!, ns, 'tun', 2)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
    for (const s of servers.values()) {
      s.closeAllConnections()
      s.close()
    }
  })

  it('carries http probes and load to the Service URL, a new stream per connection over Ready pods', async () => {
    const tunnels = new ServiceTunnels({ readyWaitMs: 5_000 })
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      const http = registry.get('http')!
      for (const host of [`tun.${ns}.svc`, `tun.${ns}.svc.cluster.local`]) {
        const out = (await http.run(
          { type: 'http', url: `http://${host}:8080/api/items` },
          ctx
        )) as {
          status: number
          body: { pod: string; path: string }
        }
        assert.equal(out.status, 200)
        assert.match(out.body.pod, /^tun-[ab]$/)
        assert.equal(out.body.path, '/api/items')
      }
      const report = (await registry.get('load')!.run(
        {
          type: 'load',
          url: `http://tun.${ns}.svc:8080/`,
          concurrency: 4,
          duration: 2
        },
        ctx
      )) as LoadReport
      assert.ok(report.requests > 10, `requests: ${report.requests}`)
      assert.equal(report.errors, 0)
      assert.deepEqual(report.endpoints, [`http://tun.${ns}.svc:8080/`])
      // Four connections, each its own stream, spread round robin over the two Ready pods.
      assert.deepEqual(Object.keys(report.pods ?? {}).sort(), ['tun-a', 'tun-b'])
      const [listener] = await tunnels.listeners()
      assert.ok(listener!.stats.connections >= 4)
      assert.equal(listener!.stats.failed, 0, JSON.stringify(listener!.stats))
    } finally {
      await registry.close()
      await tunnels.close()
    }
    assert.equal(tunnels.openStreams, 0)
  })

  it('a pod deleted mid-load costs only its requests: later connections go to the pod still Ready', async () => {
    const extra = await podServer('tun-c')
    servers.set('tun-c', extra)
    await kwokForwardedPod(client!, ns, 'tun-c', 'tun', extra)
    await readyEndpoints(client!, ns, 'tun', 3)
    const tunnels = new ServiceTunnels({ readyWaitMs: 5_000 })
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      const load = registry.get('load')!.run(
        {
          type: 'load',
          url: `http://tun.${ns}.svc:8080/`,
          concurrency: 6,
          rate: 100,
          duration: 5
        },
        ctx
      ) as Promise<LoadReport>
      await new Promise((r) => setTimeout(r, 1_500))
      // The pod dies: the API object goes and its process stops answering.
      const killedAt = Date.now()
      await client!.delete(R.pods, ns, 'tun-c', { gracePeriodSeconds: 0 })
      extra.closeAllConnections()
      extra.close()
      const report = await load
      const pods = report.pods ?? {}
      assert.ok(pods['tun-c'], 'the deleted pod served some requests before it died')
      const startedAt = Date.parse(report.started_at)
      const killedS = (killedAt - startedAt) / 1000
      // Requests kept being served after the kill, by the pods that stayed.
      const survivors = ['tun-a', 'tun-b'].map((p) => pods[p]?.last_s ?? 0)
      assert.ok(Math.max(...survivors) > killedS + 1, JSON.stringify({ killedS, pods }))
      assert.ok(report.requests - report.errors > report.requests / 2)
      // And the tunnel itself is fine: a fresh connection is served by a pod still Ready.
      const [listener] = await tunnels.listeners()
      for (let i = 0; i < 4; i++) {
        const answer = await get(listener!.port)
        assert.match(answer.pod ?? answer.error ?? '', /^tun-[ab]$/)
      }
    } finally {
      await registry.close()
      await tunnels.close()
    }
  })

  it('a Service with no Ready endpoint fails clearly within the bounded wait', async () => {
    const tunnels = new ServiceTunnels({ readyWaitMs: 1_500 })
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      const t0 = Date.now()
      await assert.rejects(
        registry.get('http')!.run({ type: 'http', url: `http://empty.${ns}.svc:8080/` }, ctx),
        new RegExp(`Service ${ns}/empty:8080 has no Ready endpoint \\(waited 1\\.5s\\)`)
      )
      assert.ok(Date.now() - t0 < 15_000, 'bounded')
      await assert.rejects(
        registry
          .get('load')!
          .run({ type: 'load', url: `http://empty.${ns}.svc:8080/`, duration: 1 }, ctx),
        /has no Ready endpoint/
      )
    } finally {
      await registry.close()
      await tunnels.close()
    }
  })

  it('a wrong namespace is a clear runtime error; a port the Service lacks is a validation error', async () => {
    const tunnels = new ServiceTunnels({ readyWaitMs: 1_000 })
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      await assert.rejects(
        registry.get('http')!.run({ type: 'http', url: `http://tun.${ns}-nope.svc:8080/` }, ctx),
        new RegExp(`no Service 'tun' in namespace '${ns}-nope'`)
      )
      await assert.rejects(
        registry.get('http')!.run({ type: 'http', url: `http://tun.${ns}.svc:9999/` }, ctx),
        new RegExp(`Service ${ns}/tun has no TCP port 9999 \\(its ports: 8080\\)`)
      )
      const experiment = loaded({
        method: [
          {
            type: 'action',
            name: 'load',
            provider: { type: 'load', url: `http://tun.${ns}.svc:9999/`, duration: 1 }
          },
          {
            type: 'probe',
            name: 'probe',
            provider: { type: 'http', url: 'http://web.svc:8080/' }
          }
        ]
      })
      const issues = await validateExperiment(experiment, { registry, env: {} })
      const messages = issues.map((i) => `${i.field}: ${i.message}`)
      assert.ok(
        messages.some(
          (m) => m.startsWith('/method/0/provider/url: ') && /has no TCP port 9999/.test(m)
        ),
        messages.join('\n')
      )
      assert.ok(
        messages.some(
          (m) => m.startsWith('/method/1/provider/url: ') && /<service>\.<namespace>\.svc/.test(m)
        ),
        messages.join('\n')
      )
      assert.ok(issues.every((i) => i.location !== undefined))
      void ExperimentValidationError
    } finally {
      await registry.close()
      await tunnels.close()
    }
  })

  it('the port-forward option listens locally and survives the pod it first used', async () => {
    const tunnels = new ServiceTunnels({ readyWaitMs: 5_000 })
    try {
      const spec = parsePortForward(`${ns}/svc/tun:0:8080`)
      const listener = await tunnels.listen(
        { name: spec.name, namespace: spec.namespace!, port: spec.port },
        { host: '127.0.0.1', port: spec.localPort }
      )
      const seen = new Set<string>()
      for (let i = 0; i < 4; i++) {
        const answer = await get(listener.port)
        assert.ok(answer.pod, answer.error)
        seen.add(answer.pod)
      }
      assert.deepEqual([...seen].sort(), ['tun-a', 'tun-b'])
    } finally {
      await tunnels.close()
    }
  })

  it('interrupting a run closes every stream, and closing the routes closes every listener', async () => {
    const tunnels = new ServiceTunnels({ readyWaitMs: 5_000 })
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    const controller = new AbortController()
    const experiment = loaded({
      method: [
        {
          type: 'action',
          name: 'traffic',
          background: true,
          provider: {
            type: 'load',
            url: `http://tun.${ns}.svc:8080/`,
            concurrency: 3,
            until: 'method-end',
            duration: 60
          }
        },
        {
          type: 'action',
          name: 'wait',
          provider: { type: 'process', path: 'sleep', arguments: ['30'] }
        }
      ],
      rollbacks: [
        {
          type: 'probe',
          name: 'after',
          provider: { type: 'http', url: `http://tun.${ns}.svc:8080/after`, timeout: 5 }
        }
      ]
    })
    let port = 0
    const timer = setTimeout(async () => {
      port = (await tunnels.listeners())[0]?.port ?? 0
      controller.abort()
    }, 2_000)
    try {
      const journal = await runExperiment(experiment, { registry, signal: controller.signal })
      assert.equal(journal.status, 'interrupted')
    } finally {
      clearTimeout(timer)
      await registry.close()
    }
    assert.ok(port > 0, 'the load had opened a tunnel')
    // Every client went away with the interruption: no stream is left open.
    for (let i = 0; i < 50 && tunnels.openStreams > 0; i++)
      await new Promise((r) => setTimeout(r, 100))
    assert.equal(tunnels.openStreams, 0)
    await tunnels.close()
    const after = await get(port)
    assert.match(after.error ?? '', /ECONNREFUSED/)
  })
})
