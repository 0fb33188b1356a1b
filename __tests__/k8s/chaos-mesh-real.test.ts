// Real Chaos Mesh on the real node (`CHAOS_MESH=real npm run test:k8s`): the controller and daemon
// built from the chaos-mesh Go module (scripts/chaos-mesh/), namespace-scoped to chaos-real, inject
// faults into the sample service's pods, and each test measures what a user would see: a killed pod
// gone and replaced, a restarted container, a pod that stops serving, requests slowed by a
// bandwidth limit or failing behind a partition, a container's CPU usage (kubelet stats) rising.
// netem faults (delay, loss, ...) are not here: this machine's kernel has no sch_netem. The kwok
// emulation of the other suites never sees these objects (its Stages skip chaos-real).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { request } from 'node:http'
import { randomBytes } from 'node:crypto'
import { NoEffectError } from '../../src/engine/errors.ts'
import { ChaosMeshProvider, deleteAllForRun } from '../../src/providers/chaos-mesh/index.ts'
import type { ChaosOutput } from '../../src/providers/chaos-mesh/index.ts'
import { R, KubeClient } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import { activityContext } from '../helpers/activity-context.ts'
import {
  REAL_NODE,
  REAL_NODE_SELECTOR,
  REAL_NODE_TOLERATION,
  SAMPLE_IMAGE,
  containerStatus,
  kubectl,
  podReady,
  realNodeProblem
} from '../helpers/real-node.ts'

const kubeconfig = process.env.KUBECONFIG
const NS = process.env.CHAOS_MESH_REAL_NAMESPACE ?? 'chaos-real'
const SYSTEM_NS = process.env.CHAOS_MESH_REAL_SYSTEM_NS ?? 'chaos-mesh-real'
const skip = !kubeconfig
  ? 'KUBECONFIG is not set: run `npm run test:k8s`'
  : process.env.CHAOS_MESH !== 'real'
    ? 'real Chaos Mesh is opt-in: CHAOS_MESH=real npm run test:k8s'
    : false

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/** One GET on a fresh connection: milliseconds to the whole response, or the error. */
function timedGet(url: string, timeoutMs = 3_000): Promise<{ ms: number } | { error: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume()
      res.on('end', () =>
        resolve(
          res.statusCode === 200
            ? { ms: performance.now() - t0 }
            : { error: `HTTP ${res.statusCode}` }
        )
      )
    })
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs}ms`)))
    req.on('error', (e) => resolve({ error: e.message }))
    req.end()
  })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? Number.NaN
}

/** `n` sequential requests; the latencies of those that succeeded and the errors of the rest. */
async function sample(url: string, n: number): Promise<{ ms: number[]; errors: string[] }> {
  const ms: number[] = []
  const errors: string[] = []
  for (let i = 0; i < n; i++) {
    const r = await timedGet(url)
    if ('ms' in r) ms.push(r.ms)
    else errors.push(r.error)
  }
  return { ms, errors }
}

/** The container's CPU use in millicores, from the kubelet's summary API (through the API server). */
async function containerMillicores(pod: string): Promise<number | undefined> {
  const r = await kubectl(['get', '--raw', `/api/v1/nodes/${REAL_NODE}/proxy/stats/summary`])
  if (r.code !== 0) return undefined
  const summary = JSON.parse(r.stdout) as {
    pods?: {
      podRef: { name: string; namespace: string }
      containers?: { name: string; cpu?: { usageNanoCores?: number } }[]
    }[]
  }
  const p = summary.pods?.find((x) => x.podRef.namespace === NS && x.podRef.name === pod)
  const nano = p?.containers?.find((c) => c.name === 'app')?.cpu?.usageNanoCores
  return nano === undefined ? undefined : nano / 1e6
}

describe('real Chaos Mesh on the real node', { skip }, () => {
  let client: KubeClient
  let provider: ChaosMeshProvider
  const runIds: string[] = []
  const label = `web-${randomBytes(3).toString('hex')}`

  function ctx() {
    const made = activityContext({ activity: { name: 'real chaos' } })
    made.ctx.runId = `run-${randomBytes(4).toString('hex')}`
    runIds.push(made.ctx.runId)
    return made.ctx
  }

  async function pods(): Promise<KubeObject[]> {
    return (await client.list(R.pods, NS, { labelSelector: `app=${label}` })).items.filter(
      (p) => !p.metadata?.deletionTimestamp
    )
  }

  async function readyPods(n: number, timeoutMs = 120_000): Promise<KubeObject[]> {
    const deadline = Date.now() + timeoutMs
    for (let i = 0; i < 600 && Date.now() < deadline; i++) {
      const ready = (await pods()).filter(podReady)
      if (ready.length >= n) return ready
      await sleep(500)
    }
    assert.fail(`${n} Ready pod(s) of ${label} in ${NS} within ${timeoutMs / 1000}s`)
  }

  const url = (pod: KubeObject) => `http://${String(pod.status?.podIP)}:8080/health`
  const selector = () => ({ namespaces: [NS], labelSelectors: { app: label } })

  before(async () => {
    client = new KubeClient({ kubeconfig: kubeconfig! })
    const problem = await realNodeProblem(client)
    assert.equal(problem, undefined, problem)
    const controller = await client.getOrNull(R.deployments, SYSTEM_NS, 'chaos-controller-manager')
    assert.ok(
      controller && (controller.status?.availableReplicas as number | undefined) === 1,
      `Chaos Mesh's controller is not available in ${SYSTEM_NS} (scripts/chaos-mesh/install.sh)`
    )
    // The kwok Stages must leave chaos-real to the real controller (a cluster:up from a tree
    // without the split re-applies Stages that would race it).
    const stage = await client.get(
      { group: 'kwok.x-k8s.io', version: 'v1alpha1', plural: 'stages', namespaced: false },
      undefined,
      'chaos-podchaos-select'
    )
    assert.ok(
      JSON.stringify(stage.spec).includes(`"values":["${NS}"]`),
      `the kwok Stages on this cluster still emulate Chaos Mesh in ${NS}: re-run npm run cluster:up from this tree`
    )
    provider = new ChaosMeshProvider({ kubeconfig: kubeconfig!, allowedNamespaces: [NS] })
    await client.create(R.deployments, NS, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: label, namespace: NS },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: label } },
        template: {
          metadata: { labels: { app: label } },
          spec: {
            nodeSelector: REAL_NODE_SELECTOR,
            tolerations: [REAL_NODE_TOLERATION],
            terminationGracePeriodSeconds: 2,
            containers: [
              {
                name: 'app',
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
    await readyPods(2)
  })

  after(async () => {
    for (const id of runIds)
      await deleteAllForRun(client, id, { namespaces: [NS], timeoutMs: 30_000 }).catch(() => {})
    await client.delete(R.deployments, NS, label).catch(() => {})
  })

  it('PodChaos pod-kill: the pod is gone, a replacement serves, the evidence names the target', async () => {
    const before = await readyPods(2)
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'PodChaos',
        namespace: NS,
        spec: { action: 'pod-kill', mode: 'one', selector: selector() },
        injectTimeout: 60,
        recoverTimeout: 120
      },
      ctx()
    )) as ChaosOutput
    assert.equal(out.strategy, 'one-shot')
    assert.equal(out.evidence?.records_injected, 1)
    const killed = out.injected[0]?.split('/')[1]
    const victim = before.find((p) => p.metadata?.name === killed)
    assert.ok(victim, `the injected target ${String(out.injected[0])} was one of the Ready pods`)
    const now = await readyPods(2)
    assert.ok(
      now.every((p) => p.metadata?.uid !== victim.metadata?.uid),
      'the killed pod (its UID) is gone'
    )
    assert.equal(out.workloads[0]?.recovered, true)
    for (const p of now) assert.ok('ms' in (await timedGet(url(p))), 'every Ready pod serves')
  })

  it('PodChaos container-kill: the container restarts (restart count rises)', async () => {
    const [target] = await readyPods(2)
    const name = target!.metadata!.name!
    const restarts = containerStatus(target)?.restartCount ?? 0
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'PodChaos',
        namespace: NS,
        spec: {
          action: 'container-kill',
          mode: 'one',
          containerNames: ['app'],
          selector: { pods: { [NS]: [name] } }
        },
        injectTimeout: 60,
        recoverTimeout: 120
      },
      ctx()
    )) as ChaosOutput
    assert.equal(out.evidence?.records_injected, 1)
    let after = restarts
    for (let i = 0; i < 120 && after <= restarts; i++) {
      after = containerStatus(await client.getOrNull(R.pods, NS, name))?.restartCount ?? 0
      if (after <= restarts) await sleep(500)
    }
    assert.ok(after > restarts, `restart count of ${name} rose from ${restarts} (now ${after})`)
  })

  it('PodChaos pod-failure: the pod stops serving for the duration, then serves again', async () => {
    const [target] = await readyPods(2)
    const name = target!.metadata!.name!
    const context = ctx()
    const running = provider.run(
      {
        type: 'chaos-mesh',
        kind: 'PodChaos',
        namespace: NS,
        spec: { action: 'pod-failure', mode: 'one', selector: { pods: { [NS]: [name] } } },
        duration: 8,
        injectTimeout: 60,
        recoverTimeout: 120
      },
      context
    )
    let sawFailure = false
    for (let i = 0; i < 40 && !sawFailure; i++) {
      const pod = await client.getOrNull(R.pods, NS, name)
      const r = pod?.status?.podIP ? await timedGet(url(pod), 1_000) : { error: 'no IP' }
      sawFailure = 'error' in r || !podReady(pod ?? undefined)
      if (!sawFailure) await sleep(250)
    }
    const out = (await running) as ChaosOutput
    assert.ok(sawFailure, 'the pod stopped serving while the fault was held')
    assert.equal(out.evidence?.records_injected, 1)
    const again = await readyPods(2)
    assert.ok(
      again.some((p) => p.metadata?.name === name),
      `${name} is Ready again`
    )
  })

  // This machine's kernel has no sch_netem (nor prio): NetworkChaos delay, loss, duplicate and
  // corrupt cannot take effect here and stay emulated (chaos-mesh.test.ts); bandwidth (tbf) and
  // partition (iptables + ipset) are real. On kind (e2e.yml) the delay is felt for real.
  it('NetworkChaos bandwidth: requests to the pod slow down while it is held, and not after', async () => {
    const [target] = await readyPods(2)
    const name = target!.metadata!.name!
    const base = await sample(url(target!), 10)
    assert.equal(base.errors.length, 0, base.errors.join('; '))
    const running = provider.run(
      {
        type: 'chaos-mesh',
        kind: 'NetworkChaos',
        namespace: NS,
        spec: {
          action: 'bandwidth',
          mode: 'all',
          selector: { pods: { [NS]: [name] } },
          // 1 kB/s (tc's kbps is kilobytes) with a one-packet bucket: every response waits for tokens.
          bandwidth: { rate: '1kbps', limit: 10000, buffer: 1600 }
        },
        duration: 20,
        injectTimeout: 60
      },
      ctx()
    )
    // The first request that shows it, then a sample while it is held.
    let shown = false
    for (let i = 0; i < 60 && !shown; i++) {
      const r = await timedGet(url(target!))
      shown = 'ms' in r && r.ms >= median(base.ms) + 150
      if (!shown) await sleep(200)
    }
    const during = await sample(url(target!), 5)
    const out = (await running) as ChaosOutput
    assert.equal(out.evidence?.records_injected, 1)
    assert.ok(shown, 'a request showed the bandwidth limit')
    assert.ok(
      median(during.ms) >= median(base.ms) + 150,
      `median ${median(during.ms)}ms under the limit vs ${median(base.ms)}ms before`
    )
    const afterwards = await sample(url(target!), 10)
    assert.equal(afterwards.errors.length, 0)
    assert.ok(
      median(afterwards.ms) < median(base.ms) + 100,
      `after removal the median is ${median(afterwards.ms)}ms (before: ${median(base.ms)}ms)`
    )
  })

  it('NetworkChaos partition: requests from the node fail while it is held, succeed after', async () => {
    const [target] = await readyPods(2)
    const name = target!.metadata!.name!
    const running = provider.run(
      {
        type: 'chaos-mesh',
        kind: 'NetworkChaos',
        namespace: NS,
        spec: {
          action: 'partition',
          mode: 'all',
          direction: 'both',
          selector: { pods: { [NS]: [name] } },
          // The node's address on the pod bridge: where these requests (and the kubelet) come from.
          externalTargets: [String(target!.status?.hostIP ?? '10.213.0.1')]
        },
        duration: 8,
        injectTimeout: 60
      },
      ctx()
    )
    let failed = 0
    for (let i = 0; i < 20 && failed < 2; i++) {
      const r = await timedGet(url(target!), 1_000)
      if ('error' in r) failed++
      else await sleep(200)
    }
    const out = (await running) as ChaosOutput
    assert.equal(out.evidence?.records_injected, 1)
    assert.ok(failed >= 2, 'requests failed across the partition')
    await readyPods(2)
    const afterwards = await sample(url(target!), 5)
    assert.equal(afterwards.errors.length, 0, afterwards.errors.join('; '))
  })

  it('StressChaos CPU: the container uses more CPU (kubelet stats) while it is held', async () => {
    const [target] = await readyPods(2)
    const name = target!.metadata!.name!
    const before = (await containerMillicores(name)) ?? 0
    const running = provider.run(
      {
        type: 'chaos-mesh',
        kind: 'StressChaos',
        namespace: NS,
        spec: {
          mode: 'all',
          selector: { pods: { [NS]: [name] } },
          stressors: { cpu: { workers: 1, load: 100 } }
        },
        duration: 25,
        injectTimeout: 60
      },
      ctx()
    )
    let peak = 0
    for (let i = 0; i < 40 && peak < before + 200; i++) {
      await sleep(1_000)
      peak = Math.max(peak, (await containerMillicores(name)) ?? 0)
    }
    const out = (await running) as ChaosOutput
    assert.equal(out.evidence?.records_injected, 1)
    assert.ok(peak >= before + 200, `CPU rose from ${before}m to a peak of ${peak}m`)
  })

  it('a selector that matches no pod fails with NoEffectError and leaves nothing behind', async () => {
    const context = ctx()
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'NetworkChaos',
          namespace: NS,
          spec: {
            action: 'delay',
            mode: 'all',
            selector: { namespaces: [NS], labelSelectors: { app: 'nothing-here' } },
            delay: { latency: '10ms' }
          },
          duration: 5,
          injectTimeout: 20
        },
        context
      ),
      (e: unknown) => e instanceof NoEffectError && /reached nothing/.test(e.message)
    )
    const left = await client.list(
      { group: 'chaos-mesh.org', version: 'v1alpha1', plural: 'networkchaos', namespaced: true },
      NS,
      { labelSelector: `chaos-action.dev/run-id=${context.runId}` }
    )
    assert.equal(left.items.length, 0)
  })
})
