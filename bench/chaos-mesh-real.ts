/**
 * Real Chaos Mesh rows (CHAOS_MESH=real, on the local cluster's real node; scripts/chaos-mesh/):
 *
 * - chaos-mesh-install-warm: `scripts/chaos-mesh/install.sh` on the running cluster (images already
 *   built: import, apply, wait for the controller, every daemon and the webhook).
 * - chaos-mesh-delay-on: a NetworkChaos created -> the first request to the pod that shows it
 *   (requests every 20 ms, each on a fresh connection, from the host to the pod's IP).
 * - chaos-mesh-delay-off: the NetworkChaos deleted -> the first request without it.
 *
 * The fault is `bandwidth` (tc tbf), not `delay`: this machine's kernel has no sch_netem, so a
 * delay cannot take effect here; a 1 kB/s limit (tc kbps) with a one-packet bucket slows every response
 * by hundreds of milliseconds, which is what "shows the fault" means in these rows.
 *
 * Without CHAOS_MESH=real, or when the controller is not running, the rows print a skip note.
 *
 *   CHAOS_MESH=real node bench/run.ts --only chaos-mesh-install-warm,chaos-mesh-delay-on,chaos-mesh-delay-off
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { homedir } from 'node:os'
import { request } from 'node:http'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KubeClient, R } from '../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../src/providers/kubernetes/client.ts'
import { chaosResource } from '../src/providers/chaos-mesh/kinds.ts'
import { median } from './lib.ts'
import type { BenchRow, RowResult } from './rows.ts'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const NS = process.env.CHAOS_MESH_REAL_NAMESPACE ?? 'chaos-real'
const SYSTEM_NS = process.env.CHAOS_MESH_REAL_SYSTEM_NS ?? 'chaos-mesh-real'
/** A request slower than the baseline by this much shows the fault. */
const SHOWN_MS = 150
const POLL_MS = 20

const kubeconfig =
  process.env.CHAOS_K8S_KUBECONFIG ??
  join(
    process.env.CHAOS_CACHE_DIR ?? join(homedir(), '.cache', 'chaos-action'),
    'k8s',
    'kubeconfig'
  )

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

function get(url: string, timeoutMs = 3_000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume()
      res.on('end', () => resolve(performance.now() - t0))
    })
    req.on('timeout', () => req.destroy())
    req.on('error', () => resolve(undefined))
    req.end()
  })
}

async function skipReason(client: KubeClient): Promise<string | undefined> {
  if (process.env.CHAOS_MESH !== 'real')
    return 'skipped: real Chaos Mesh is opt-in (CHAOS_MESH=real)'
  const d = await client
    .getOrNull(R.deployments, SYSTEM_NS, 'chaos-controller-manager')
    .catch(() => null)
  if ((d?.status?.availableReplicas as number | undefined) !== 1)
    return `skipped: no available chaos-controller-manager in ${SYSTEM_NS} (npm run cluster:up with CHAOS_MESH=real)`
  return undefined
}

/** One Ready sample-service pod on the real node, for the delay rows. */
async function benchPod(client: KubeClient): Promise<KubeObject> {
  const name = `bench-delay-${randomBytes(3).toString('hex')}`
  await client.create(R.pods, NS, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name } },
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
      terminationGracePeriodSeconds: 1,
      containers: [
        {
          name: 'app',
          image: 'chaos-action.local/sample-service:1',
          imagePullPolicy: 'Never',
          readinessProbe: { httpGet: { path: '/health', port: 8080 }, periodSeconds: 1 }
        }
      ]
    }
  })
  for (let i = 0; i < 240; i++) {
    const pod = await client.getOrNull(R.pods, NS, name)
    const ready = ((pod?.status?.conditions ?? []) as { type: string; status: string }[]).some(
      (c) => c.type === 'Ready' && c.status === 'True'
    )
    if (pod && ready) return pod
    await sleep(500)
  }
  throw new Error(`pod ${NS}/${name} not Ready within 120s`)
}

/** Polls until `done(latency)` holds; milliseconds from `since`, bounded by `timeoutMs`. */
async function firstRequest(
  url: string,
  since: number,
  done: (ms: number | undefined) => boolean,
  timeoutMs = 60_000
): Promise<number> {
  for (let i = 0; i < timeoutMs / POLL_MS; i++) {
    const ms = await get(url, 2_000)
    if (done(ms)) return performance.now() - since
    await sleep(POLL_MS)
    if (performance.now() - since > timeoutMs) break
  }
  throw new Error(`no request met the condition within ${timeoutMs / 1000}s`)
}

interface DelayTimes {
  on: number
  off: number
  base: number
}

let delayTimes: Promise<DelayTimes> | undefined

async function measureDelay(client: KubeClient): Promise<DelayTimes> {
  const pod = await benchPod(client)
  const name = pod.metadata!.name!
  const url = `http://${String(pod.status?.podIP)}:8080/health`
  const res = chaosResource('NetworkChaos')
  try {
    const base: number[] = []
    for (let i = 0; i < 10; i++) base.push((await get(url)) ?? Number.NaN)
    const baseline = median(base)
    const chaosName = `bench-bw-${randomBytes(3).toString('hex')}`
    const t0 = performance.now()
    await client.create(res, NS, {
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'NetworkChaos',
      metadata: { name: chaosName, namespace: NS },
      spec: {
        action: 'bandwidth',
        mode: 'all',
        selector: { pods: { [NS]: [name] } },
        bandwidth: { rate: '1kbps', limit: 10000, buffer: 1600 }
      }
    })
    const on = await firstRequest(url, t0, (ms) => ms !== undefined && ms >= baseline + SHOWN_MS)
    const t1 = performance.now()
    await client.delete(res, NS, chaosName)
    const off = await firstRequest(
      url,
      t1,
      (ms) => ms !== undefined && ms < baseline + SHOWN_MS / 3
    )
    // Let the finalizer go before the pod does (Chaos Mesh recovers through the pod's netns).
    for (let i = 0; i < 120 && (await client.getOrNull(res, NS, chaosName)); i++) await sleep(500)
    return { on, off, base: baseline }
  } finally {
    await client.delete(R.pods, NS, name).catch(() => {})
  }
}

function delayRow(id: string, title: string, pick: (t: DelayTimes) => number): BenchRow {
  return {
    id,
    title,
    target: { kind: 'info' },
    measure: async (): Promise<RowResult> => {
      const client = new KubeClient({ kubeconfig })
      const skip = await skipReason(client)
      if (skip) return { ours: Number.NaN, unit: 'ms', note: skip }
      delayTimes ??= measureDelay(client)
      const t = await delayTimes
      return {
        ours: pick(t),
        unit: 'ms',
        note: `bandwidth 1 kB/s (no sch_netem in this kernel for a delay); requests every ${POLL_MS} ms on fresh connections to the pod IP; baseline ${t.base.toFixed(1)} ms`
      }
    }
  }
}

export const chaosMeshRealRows: BenchRow[] = [
  {
    id: 'chaos-mesh-install-warm',
    title:
      'chaos-mesh: real install on the warm cluster (import, apply, controller + daemons + webhook ready)',
    target: { kind: 'info' },
    measure: async (): Promise<RowResult> => {
      const client = new KubeClient({ kubeconfig })
      const skip = await skipReason(client)
      if (skip) return { ours: Number.NaN, unit: 'ms', note: skip }
      const t0 = performance.now()
      const r = spawnSync('bash', [join(repoRoot, 'scripts', 'chaos-mesh', 'install.sh')], {
        encoding: 'utf8',
        timeout: 600_000
      })
      if (r.status !== 0) throw new Error(`install.sh failed: ${r.stderr.slice(-500)}`)
      return { ours: performance.now() - t0, unit: 'ms' }
    }
  },
  delayRow(
    'chaos-mesh-delay-on',
    'chaos-mesh: NetworkChaos (bandwidth) created -> first slowed request',
    (t) => t.on
  ),
  delayRow(
    'chaos-mesh-delay-off',
    'chaos-mesh: NetworkChaos deleted -> first request at baseline speed',
    (t) => t.off
  )
]
