/**
 * Service tunnel rows of the benchmark (src/cluster/tunnel/): `.svc` URLs reached through the API
 * server's pods/portforward, a stream per connection.
 *
 * - tunnel-p50-added: p50 per request through the Service URL minus p50 to the same pod reached
 *   directly, at 200 req/s, paired runs alternating order. On the real node (real-node-0 Ready)
 *   "directly" is the pod's IP on the node's bridge; without it, a kwok pod whose port-forward
 *   kwok serves from a loopback server, "directly" being that server (the note says which).
 * - tunnel-pod-kill: real node only. One `web` replica under 100 req/s through the Service URL;
 *   the pod is deleted. Time from the delete to the first request served by its replacement,
 *   the errors users saw, and Kubernetes' own timestamps (deletion, replacement created, Ready)
 *   relative to the delete, for comparison.
 *
 *   node bench/tunnel.ts
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { ServiceTunnels } from '../src/cluster/tunnel/service-tunnels.ts'
import { KubeClient, R } from '../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../src/providers/kubernetes/client.ts'
import { runLoad } from '../src/providers/load/run-load.ts'
import type { LoadReport } from '../src/providers/load/stats.ts'
import { ensureCluster, k8sSkip } from './k8s.ts'
import { KWOK_POD_PORT, kwokForwardedPod } from '../__tests__/helpers/kwok-port-forward.ts'
import { median } from './lib.ts'
import type { BenchContext, BenchRow, RowResult } from './rows.ts'

const REAL_NODE = 'real-node-0'
const SAMPLE_IMAGE = 'chaos-action.local/sample-service:1'
const RATE = 200

interface Target {
  client: KubeClient
  namespace: string
  /** The Service URL and the same pod's direct URL. */
  serviceUrl: string
  directUrl: string
  where: string
  close(): Promise<void>
}

const ready = (o: KubeObject | undefined): boolean =>
  ((o?.status?.conditions ?? []) as { type: string; status: string }[]).some(
    (c) => c.type === 'Ready' && c.status === 'True'
  )

async function realNodeReady(client: KubeClient): Promise<boolean> {
  return ready(
    (await client.getOrNull(R.nodes, undefined, REAL_NODE).catch(() => null)) ?? undefined
  )
}

async function namespace(client: KubeClient): Promise<string> {
  const name = `chaos-bench-tunnel-${randomBytes(3).toString('hex')}`
  await client.create(R.namespaces, undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name }
  })
  return name
}

function service(name: string, targetPort: number): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { selector: { app: name }, ports: [{ name: 'http', port: 8080, targetPort }] }
  }
}

/** `web` with `replicas` sample-service pods on the real node, Ready; the first pod's IP. */
async function realNodeWeb(client: KubeClient, ns: string, replicas: number): Promise<string> {
  await client.create(R.deployments, ns, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          nodeSelector: { 'chaos-action.dev/node': 'real' },
          tolerations: [
            {
              key: 'chaos-action.dev/real-node',
              operator: 'Equal',
              value: 'true',
              effect: 'NoSchedule'
            }
          ],
          terminationGracePeriodSeconds: 10,
          containers: [
            {
              name: 'web',
              image: SAMPLE_IMAGE,
              imagePullPolicy: 'Never',
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { httpGet: { path: '/health', port: 'http' }, periodSeconds: 1 }
            }
          ]
        }
      }
    }
  })
  await client.create(R.services, ns, service('web', 8080))
  let ip = ''
  const ok = await client.watchUntil(
    R.pods,
    ns,
    { labelSelector: 'app=web', timeoutMs: 120_000 },
    (pods) => {
      const up = [...pods.values()].filter((p) => ready(p) && !p.metadata?.deletionTimestamp)
      ip = String(up[0]?.status?.podIP ?? '')
      return up.length === replicas
    }
  )
  if (!ok) throw new Error(`web's ${replicas} pod(s) on ${REAL_NODE} were not Ready within 120 s`)
  return ip
}

/** A loopback server standing in for a kwok pod's process. */
async function loopback(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume()
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '2' })
    res.end('ok')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

async function kwokWeb(client: KubeClient, ns: string): Promise<Server> {
  const server = await loopback()
  await kwokForwardedPod(client, ns, 'web-0', 'web', server)
  await client.create(R.services, ns, service('web', KWOK_POD_PORT))
  const ok = await client.watchUntil(
    R.pods,
    ns,
    { labelSelector: 'app=web', timeoutMs: 60_000 },
    (pods) => [...pods.values()].some(ready)
  )
  if (!ok) throw new Error('the kwok pod was not Ready within 60 s')
  return server
}

async function target(replicas: number, realOnly: boolean): Promise<Target | string> {
  const kubeconfig = await ensureCluster()
  const client = new KubeClient({ kubeconfig })
  const real = await realNodeReady(client)
  if (!real && realOnly)
    return `skipped: node ${REAL_NODE} is not Ready (npm run cluster:up starts it)`
  const ns = await namespace(client)
  const cleanup: (() => Promise<void>)[] = [
    () =>
      client.delete(R.namespaces, undefined, ns).then(
        () => undefined,
        () => undefined
      )
  ]
  const close = async () => {
    for (const step of cleanup.reverse()) await step()
  }
  try {
    const serviceUrl = `http://web.${ns}.svc:8080/`
    if (real) {
      const ip = await realNodeWeb(client, ns, replicas)
      return {
        client,
        namespace: ns,
        serviceUrl: `${serviceUrl}api/items`,
        directUrl: `http://${ip}:8080/api/items`,
        where: `the sample service on ${REAL_NODE}`,
        close
      }
    }
    const server = await kwokWeb(client, ns)
    cleanup.push(async () => {
      server.closeAllConnections()
      server.close()
    })
    return {
      client,
      namespace: ns,
      serviceUrl,
      directUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      where: 'a kwok pod (its port-forward served by kwok from a loopback server; no real node)',
      close
    }
  } catch (error) {
    await close()
    throw error
  }
}

async function load(
  url: string,
  seconds: number,
  rate: number,
  tunnels?: ServiceTunnels,
  signal?: AbortSignal
): Promise<LoadReport> {
  return runLoad({
    name: 'bench',
    urls: [url],
    method: 'GET',
    headers: {},
    concurrency: 4,
    rate,
    durationSeconds: seconds,
    maxRequests: rate * seconds * 2,
    timeoutSeconds: 5,
    ...(signal ? { signal } : {}),
    ...(tunnels ? { servedBy: (port: number) => tunnels.servedBy(port) } : {})
  })
}

async function measureOverhead(ctx: BenchContext): Promise<RowResult> {
  const t = await target(1, false)
  if (typeof t === 'string') return { ours: Number.NaN, unit: 'ms', note: t }
  const tunnels = new ServiceTunnels({ client: t.client })
  try {
    const target = new URL(t.serviceUrl)
    const local = await tunnels.open({ name: 'web', namespace: t.namespace, port: 8080 })
    const tunnelled = `http://${local.host}:${local.port}${target.pathname}`
    const direct: number[] = []
    const through: number[] = []
    await load(tunnelled, 1, RATE, tunnels)
    await load(t.directUrl, 1, RATE)
    for (let i = 0; i < Math.max(3, Math.min(ctx.runs, 5)); i++) {
      const pair = [
        async () => void direct.push(check(await load(t.directUrl, 3, RATE)).p50_ms),
        async () => void through.push(check(await load(tunnelled, 3, RATE, tunnels)).p50_ms)
      ]
      if (i % 2) pair.reverse()
      for (const step of pair) await step()
    }
    return {
      ours: median(through) - median(direct),
      unit: 'ms',
      note:
        `p50 direct ${median(direct).toFixed(3)} ms, through ${t.serviceUrl.replace(/\/[^/]*$/, '/...')} ` +
        `${median(through).toFixed(3)} ms (medians of ${direct.length} paired 3 s runs at ${RATE} req/s over 4 ` +
        `connections, each its own pods/portforward stream); pod: ${t.where}`
    }
  } finally {
    await tunnels.close()
    await t.close()
  }
}

function check(report: LoadReport): LoadReport {
  if (report.errors > 0) throw new Error(`${report.errors} errors in a run that should have none`)
  return report
}

const KILL_RATE = 100

async function measureKill(): Promise<RowResult> {
  const t = await target(1, true)
  if (typeof t === 'string') return { ours: Number.NaN, unit: 'ms', note: t }
  const tunnels = new ServiceTunnels({ client: t.client, connectionWaitMs: 500 })
  try {
    const before = (await t.client.list(R.pods, t.namespace, { labelSelector: 'app=web' })).items
    const victim = before[0]?.metadata?.name
    if (!victim) throw new Error('no web pod to kill')
    const local = await tunnels.open({ name: 'web', namespace: t.namespace, port: 8080 })
    const url = `http://${local.host}:${local.port}/api/items`
    let killedAt = 0
    const stopLoad = new AbortController()
    const running = load(url, 60, KILL_RATE, tunnels, stopLoad.signal)
    await new Promise((r) => setTimeout(r, 3_000))
    killedAt = Date.now()
    await t.client.delete(R.pods, t.namespace, victim)
    // Until the replacement is Ready (bounded by the load's 60 s), then 2 s more of traffic.
    let replacement: KubeObject | undefined
    await t.client.watchUntil(
      R.pods,
      t.namespace,
      { labelSelector: 'app=web', timeoutMs: 55_000 },
      (pods) => {
        replacement = [...pods.values()].find((p) => p.metadata?.name !== victim && ready(p))
        return replacement !== undefined
      }
    )
    await new Promise((r) => setTimeout(r, 2_000))
    stopLoad.abort()
    const report = await running
    const startedAt = Date.parse(report.started_at)
    const newPod = replacement?.metadata?.name ?? ''
    const firstServed = report.pods?.[newPod]?.first_s
    if (firstServed === undefined)
      throw new Error(`no request reached the replacement pod ${newPod || '(none Ready)'}`)
    const rel = (iso: unknown): string =>
      typeof iso === 'string' ? `${((Date.parse(iso) - killedAt) / 1000).toFixed(1)} s` : '?'
    const readyAt = (
      (replacement?.status?.conditions ?? []) as { type: string; lastTransitionTime?: string }[]
    ).find((c) => c.type === 'Ready')?.lastTransitionTime
    const victimErrors = report.pods?.[victim]?.errors ?? 0
    return {
      ours: startedAt + firstServed * 1000 - killedAt,
      unit: 'ms',
      note:
        `users saw ${report.errors} errors of ${report.requests} requests (${report.socket_errors} resets/refusals, ` +
        `${report.timeouts} timeouts; ${victimErrors} on connections the killed pod served) at ${KILL_RATE} req/s; ` +
        `Kubernetes' timestamps from the delete (1 s resolution): replacement created ${rel(replacement?.metadata?.creationTimestamp)}, ` +
        `Ready ${rel(readyAt)}; one replica, so every request in between had no pod to go to`
    }
  } finally {
    await tunnels.close()
    await t.close()
  }
}

function skipped(): RowResult {
  return { ours: Number.NaN, unit: 'ms', note: k8sSkip ?? 'skipped' }
}

export const tunnelRows: BenchRow[] = [
  {
    id: 'tunnel-p50-added',
    title: `tunnel: p50 added per request through a Service URL at ${RATE} req/s`,
    target: k8sSkip ? { kind: 'info' } : { kind: 'absolute', max: 2 },
    measure: (ctx) => (k8sSkip ? Promise.resolve(skipped()) : measureOverhead(ctx))
  },
  {
    id: 'tunnel-pod-kill',
    title: 'tunnel: pod killed under load -> first request served by its replacement',
    target: { kind: 'info' },
    measure: () => (k8sSkip ? Promise.resolve(skipped()) : measureKill())
  }
]

if (import.meta.main) {
  const ctx = { runs: 3 } as BenchContext
  for (const row of tunnelRows) {
    try {
      const r = await row.measure(ctx)
      console.log(
        `${row.id}: ${Number.isNaN(r.ours) ? '-' : `${r.ours.toFixed(2)} ${r.unit}`} ${r.note ?? ''}`
      )
    } catch (error) {
      console.log(`${row.id}: ERROR ${(error as Error).message}`)
    }
  }
  process.exit(0)
}
