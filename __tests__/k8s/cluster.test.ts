// Runs against the local control plane started by `npm run test:k8s` (scripts/k8s/): a real
// kube-apiserver with kwok fake nodes, the Chaos Mesh CRDs and kwok Stages emulating Chaos Mesh.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import * as k8s from '@kubernetes/client-node'

const GROUP = 'chaos-mesh.org'
const VERSION = 'v1alpha1'
const EMULATE = 'chaos-action.test/emulate'

type Condition = { type: string; status: string }
type ChaosEvent = { type: string; operation: string; message?: string; timestamp: string }
type ContainerRecord = {
  id: string
  selectorKey: string
  phase: string
  injectedCount: number
  recoveredCount: number
  events?: ChaosEvent[]
}
type ChaosObject = {
  apiVersion: string
  kind: string
  metadata: k8s.V1ObjectMeta
  spec: Record<string, unknown>
  status?: {
    conditions?: Condition[]
    experiment?: { desiredPhase?: string; containerRecords?: ContainerRecord[] }
  }
}

const kubeconfig = process.env.KUBECONFIG
const skip = kubeconfig ? false : 'KUBECONFIG is not set: run `npm run test:k8s`'

const kc = new k8s.KubeConfig()
if (kubeconfig) kc.loadFromFile(kubeconfig)
const core = kc.makeApiClient(k8s.CoreV1Api)
const apps = kc.makeApiClient(k8s.AppsV1Api)
const custom = kc.makeApiClient(k8s.CustomObjectsApi)

const ns = `chaos-k8s-${randomBytes(3).toString('hex')}`

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

// Polls until check() returns a value; bounded by time, and by count through the interval.
async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 60_000,
  intervalMs = 250
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  for (let i = 0; Date.now() < deadline && i < timeoutMs / intervalMs + 1; i++) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (err) {
      last = err
    }
    await sleep(intervalMs)
  }
  throw new Error(
    `timed out after ${timeoutMs}ms waiting for ${what}${last ? `: ${String(last)}` : ''}`
  )
}

function cond(obj: ChaosObject | undefined, type: string): string | undefined {
  return obj?.status?.conditions?.find((c) => c.type === type)?.status
}

function records(obj: ChaosObject | undefined): ContainerRecord[] {
  return obj?.status?.experiment?.containerRecords ?? []
}

function statusCode(err: unknown): number | undefined {
  return (err as { code?: number }).code
}

// Watches one chaos object and keeps every version the API server sent, so transient states
// (Selected before AllInjected, AllRecovered just before the finalizer goes) are not missed.
class ChaosWatch {
  readonly seen: ChaosObject[] = []
  deleted = false
  private abort: AbortController | undefined
  readonly plural: string
  readonly name: string

  constructor(plural: string, name: string) {
    this.plural = plural
    this.name = name
  }

  async start(): Promise<void> {
    const watch = new k8s.Watch(kc)
    this.abort = await watch.watch(
      `/apis/${GROUP}/${VERSION}/namespaces/${ns}/${this.plural}`,
      { fieldSelector: `metadata.name=${this.name}` },
      (type: string, obj: ChaosObject) => {
        if (type === 'DELETED') this.deleted = true
        else this.seen.push(obj)
      },
      () => {}
    )
  }

  stop(): void {
    this.abort?.abort()
  }

  get latest(): ChaosObject | undefined {
    return this.seen.at(-1)
  }

  async until(
    what: string,
    pred: (o: ChaosObject) => boolean,
    timeoutMs = 20_000
  ): Promise<ChaosObject> {
    return waitFor(
      `${this.plural}/${this.name} ${what}`,
      async () => this.seen.find(pred),
      timeoutMs,
      50
    )
  }

  async untilDeleted(timeoutMs = 20_000): Promise<void> {
    await waitFor(
      `${this.plural}/${this.name} to be deleted`,
      async () => (this.deleted ? true : undefined),
      timeoutMs,
      50
    )
  }
}

async function createChaos(
  kind: string,
  plural: string,
  name: string,
  spec: Record<string, unknown>,
  annotations: Record<string, string> = {}
): Promise<ChaosWatch> {
  const w = new ChaosWatch(plural, name)
  await w.start()
  await custom.createNamespacedCustomObject({
    group: GROUP,
    version: VERSION,
    namespace: ns,
    plural,
    body: { apiVersion: `${GROUP}/${VERSION}`, kind, metadata: { name, annotations }, spec }
  })
  return w
}

async function deleteChaos(plural: string, name: string): Promise<void> {
  await custom.deleteNamespacedCustomObject({
    group: GROUP,
    version: VERSION,
    namespace: ns,
    plural,
    name
  })
}

async function getChaos(plural: string, name: string): Promise<ChaosObject | undefined> {
  try {
    return (await custom.getNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace: ns,
      plural,
      name
    })) as ChaosObject
  } catch (err) {
    if (statusCode(err) === 404) return undefined
    throw err
  }
}

async function eventsFor(name: string): Promise<k8s.CoreV1Event[]> {
  const list = await core.listNamespacedEvent({
    namespace: ns,
    fieldSelector: `involvedObject.name=${name}`
  })
  return list.items
}

const labels = (app: string) => ({ app })
const container = (name: string) => [{ name, image: `registry.example/${name}:1` }]

describe('local Kubernetes control plane (kwok) with emulated Chaos Mesh', { skip }, () => {
  let nodeNames: string[] = []
  let webPods: string[] = []
  const watches: ChaosWatch[] = []

  before(async () => {
    await core.createNamespace({ body: { metadata: { name: ns } } })
    // The ServiceAccount admission plugin rejects pods until the namespace's default SA exists.
    await waitFor('default ServiceAccount', async () =>
      (await core.listNamespacedServiceAccount({ namespace: ns })).items.some(
        (sa) => sa.metadata?.name === 'default'
      )
        ? true
        : undefined
    )
    // The kwok nodes; the real node beside them (scripts/k8s/real-node/) is tainted, so neither
    // these workloads nor the DaemonSet land there.
    const nodes = await core.listNode({ labelSelector: 'type=kwok' })
    nodeNames = nodes.items.map((n) => n.metadata?.name ?? '').filter((n) => n !== '')
  })

  after(async () => {
    for (const w of watches) w.stop()
    // Chaos objects left stuck by a failed test would hold the namespace in Terminating.
    for (const plural of ['podchaos', 'networkchaos', 'stresschaos', 'httpchaos']) {
      try {
        const list = (await custom.listNamespacedCustomObject({
          group: GROUP,
          version: VERSION,
          namespace: ns,
          plural
        })) as { items: ChaosObject[] }
        for (const item of list.items) {
          await custom.patchNamespacedCustomObject(
            {
              group: GROUP,
              version: VERSION,
              namespace: ns,
              plural,
              name: item.metadata.name ?? '',
              body: { metadata: { finalizers: null } }
            },
            k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)
          )
        }
      } catch {
        // best effort: the cluster is torn down after the run anyway
      }
    }
    await core.deleteNamespace({ name: ns }).catch(() => {})
  })

  it('has Ready kwok nodes', async () => {
    assert.ok(nodeNames.length >= 2, `expected fake nodes, got ${JSON.stringify(nodeNames)}`)
    const nodes = await core.listNode({ labelSelector: 'type=kwok' })
    for (const node of nodes.items) {
      const ready = node.status?.conditions?.find((c) => c.type === 'Ready')
      assert.equal(ready?.status, 'True', `node ${node.metadata?.name} not Ready`)
      assert.equal(node.metadata?.annotations?.['kwok.x-k8s.io/node'], 'fake')
    }
  })

  it('runs a Deployment, a StatefulSet and a DaemonSet to Ready pods on the fake nodes', async () => {
    await apps.createNamespacedDeployment({
      namespace: ns,
      body: {
        metadata: { name: 'web' },
        spec: {
          replicas: 3,
          selector: { matchLabels: labels('web') },
          template: { metadata: { labels: labels('web') }, spec: { containers: container('web') } }
        }
      }
    })
    await core.createNamespacedService({
      namespace: ns,
      body: {
        metadata: { name: 'db' },
        spec: { clusterIP: 'None', selector: labels('db'), ports: [{ port: 5432 }] }
      }
    })
    await apps.createNamespacedStatefulSet({
      namespace: ns,
      body: {
        metadata: { name: 'db' },
        spec: {
          serviceName: 'db',
          replicas: 2,
          selector: { matchLabels: labels('db') },
          template: { metadata: { labels: labels('db') }, spec: { containers: container('db') } }
        }
      }
    })
    await apps.createNamespacedDaemonSet({
      namespace: ns,
      body: {
        metadata: { name: 'agent' },
        spec: {
          selector: { matchLabels: labels('agent') },
          template: {
            metadata: { labels: labels('agent') },
            spec: { containers: container('agent') }
          }
        }
      }
    })

    await waitFor('Deployment web available', async () => {
      const d = await apps.readNamespacedDeployment({ namespace: ns, name: 'web' })
      return d.status?.availableReplicas === 3 ? d : undefined
    })
    await waitFor('StatefulSet db ready', async () => {
      const s = await apps.readNamespacedStatefulSet({ namespace: ns, name: 'db' })
      return s.status?.readyReplicas === 2 ? s : undefined
    })
    await waitFor('DaemonSet agent ready on every node', async () => {
      const d = await apps.readNamespacedDaemonSet({ namespace: ns, name: 'agent' })
      const st = d.status
      return st &&
        st.desiredNumberScheduled === nodeNames.length &&
        st.numberReady === nodeNames.length
        ? d
        : undefined
    })

    const pods = (await core.listNamespacedPod({ namespace: ns })).items
    assert.equal(pods.length, 3 + 2 + nodeNames.length)
    for (const pod of pods) {
      const name = pod.metadata?.name
      assert.equal(pod.status?.phase, 'Running', `${name} phase`)
      assert.equal(
        pod.status?.conditions?.find((c) => c.type === 'Ready')?.status,
        'True',
        `${name} Ready`
      )
      assert.ok(nodeNames.includes(pod.spec?.nodeName ?? ''), `${name} scheduled on a kwok node`)
      assert.ok(pod.status?.podIP, `${name} has a pod IP`)
    }
    // StatefulSet pods get their stable ordinal names; the DaemonSet covers every node.
    assert.deepEqual(
      pods
        .filter((p) => p.metadata?.labels?.app === 'db')
        .map((p) => p.metadata?.name)
        .sort(),
      ['db-0', 'db-1']
    )
    assert.deepEqual(
      pods
        .filter((p) => p.metadata?.labels?.app === 'agent')
        .map((p) => p.spec?.nodeName)
        .sort(),
      [...nodeNames].sort()
    )
    webPods = pods
      .filter((p) => p.metadata?.labels?.app === 'web')
      .map((p) => p.metadata?.name ?? '')
      .sort()

    // Deleting a pod: kwok plays the kubelet and finishes the deletion; the ReplicaSet replaces it.
    await core.deleteNamespacedPod({ namespace: ns, name: webPods[0] ?? '' })
    await waitFor('replacement web pod', async () => {
      const now = (await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' })).items
      const names = now.map((p) => p.metadata?.name)
      return now.length === 3 &&
        !names.includes(webPods[0]) &&
        now.every((p) => p.status?.phase === 'Running')
        ? now
        : undefined
    })
    webPods = (await core.listNamespacedPod({ namespace: ns, labelSelector: 'app=web' })).items
      .map((p) => p.metadata?.name ?? '')
      .sort()
  })

  it('validates Chaos Mesh objects with the real CRD schema', async () => {
    const bad = (spec: Record<string, unknown>) =>
      custom.createNamespacedCustomObject({
        group: GROUP,
        version: VERSION,
        namespace: ns,
        plural: 'podchaos',
        body: {
          apiVersion: `${GROUP}/${VERSION}`,
          kind: 'PodChaos',
          metadata: { name: 'bad' },
          spec
        }
      })
    await assert.rejects(
      bad({ action: 'pod-explode', mode: 'one', selector: {} }),
      (err: unknown) => {
        assert.equal(statusCode(err), 422)
        assert.match(
          String((err as Error).message),
          /spec\.action.*Unsupported value.*pod-explode/s
        )
        return true
      }
    )
    await assert.rejects(bad({ action: 'pod-kill', selector: {} }), (err: unknown) => {
      assert.equal(statusCode(err), 422)
      assert.match(String((err as Error).message), /spec\.mode.*Required value/s)
      return true
    })
    // A valid object is accepted (dry run: nothing is stored).
    const ok = await custom.createNamespacedCustomObject({
      group: GROUP,
      version: VERSION,
      namespace: ns,
      plural: 'podchaos',
      dryRun: 'All',
      body: {
        apiVersion: `${GROUP}/${VERSION}`,
        kind: 'PodChaos',
        metadata: { name: 'fine' },
        spec: { action: 'pod-kill', mode: 'one', selector: { labelSelectors: { app: 'web' } } }
      }
    })
    assert.equal((ok as ChaosObject).kind, 'PodChaos')
  })

  it('emulates PodChaos: Selected, then AllInjected with records; AllRecovered on delete, then gone', async () => {
    assert.ok(webPods.length === 3, 'needs the web pods from the workload test')
    const w = await createChaos(
      'PodChaos',
      'podchaos',
      'pod-failure',
      { action: 'pod-failure', mode: 'all', duration: '1h', selector: { pods: { [ns]: webPods } } },
      // Slow enough that the intermediate states are surely observed.
      { 'chaos-action.test/inject-delay': '1s', 'chaos-action.test/recover-delay': '1s' }
    )
    watches.push(w)

    const selected = await w.until('Selected', (o) => cond(o, 'Selected') === 'True')
    assert.equal(cond(selected, 'AllInjected'), 'False')
    // Chaos Mesh derives AllRecovered from "every record is Not Injected", so it is True here.
    assert.equal(cond(selected, 'AllRecovered'), 'True')
    assert.deepEqual(selected.metadata.finalizers, ['chaos-mesh/records'])
    assert.equal(selected.status?.experiment?.desiredPhase, 'Run')
    assert.deepEqual(
      records(selected).map((r) => [r.id, r.selectorKey, r.phase, r.injectedCount]),
      webPods.map((p) => [`${ns}/${p}`, '.', 'Not Injected', 0])
    )

    const injected = await w.until('AllInjected', (o) => cond(o, 'AllInjected') === 'True')
    assert.equal(cond(injected, 'Selected'), 'True')
    assert.equal(cond(injected, 'AllRecovered'), 'False')
    assert.equal(cond(injected, 'Paused'), 'False')
    for (const r of records(injected)) {
      assert.equal(r.phase, 'Injected')
      assert.equal(r.injectedCount, 1)
      assert.equal(r.recoveredCount, 0)
      assert.deepEqual(
        r.events?.map((e) => [e.type, e.operation]),
        [['Succeeded', 'Apply']]
      )
    }
    // Stays injected: a 1h duration is far away.
    await sleep(1500)
    assert.equal(cond(await getChaos('podchaos', 'pod-failure'), 'AllInjected'), 'True')
    assert.ok((await eventsFor('pod-failure')).some((e) => e.reason === 'Applied'))

    await deleteChaos('podchaos', 'pod-failure')
    const recovered = await w.until(
      'AllRecovered after delete',
      (o) => o.metadata.deletionTimestamp !== undefined && cond(o, 'AllRecovered') === 'True'
    )
    assert.equal(cond(recovered, 'AllInjected'), 'False')
    assert.equal(recovered.status?.experiment?.desiredPhase, 'Stop')
    for (const r of records(recovered)) {
      assert.equal(r.phase, 'Not Injected')
      assert.equal(r.recoveredCount, 1)
      assert.deepEqual(r.events?.map((e) => [e.type, e.operation]).at(-1), ['Succeeded', 'Recover'])
    }
    await w.untilDeleted()
    assert.equal(await getChaos('podchaos', 'pod-failure'), undefined)
  })

  it('recovers duration-based chaos by itself once creationTimestamp + duration has passed', async () => {
    const w = await createChaos('NetworkChaos', 'networkchaos', 'delay', {
      action: 'delay',
      mode: 'one',
      selector: { labelSelectors: { app: 'web' } },
      delay: { latency: '10ms' },
      duration: '4s'
    })
    watches.push(w)
    const injected = await w.until('AllInjected', (o) => cond(o, 'AllInjected') === 'True')
    // No pods named in the selector and no targets annotation: one synthetic record.
    assert.deepEqual(
      records(injected).map((r) => r.id),
      [`${ns}/delay-target`]
    )
    // AllRecovered is also True right after selection (records not yet injected), as in Chaos
    // Mesh; what marks the end of the run is desiredPhase Stop.
    const recovered = await w.until(
      'recovered after the duration',
      (o) => o.status?.experiment?.desiredPhase === 'Stop' && cond(o, 'AllRecovered') === 'True'
    )
    assert.equal(recovered.metadata.deletionTimestamp, undefined, 'recovered without being deleted')
    assert.equal(cond(recovered, 'AllInjected'), 'False')
    assert.equal(records(recovered)[0]?.phase, 'Not Injected')
    const created = Date.parse(recovered.metadata.creationTimestamp as unknown as string)
    const recoverAt = Date.parse(records(recovered)[0]?.events?.at(-1)?.timestamp ?? '')
    assert.ok(recoverAt - created >= 4000, `recovered ${recoverAt - created}ms after creation`)
    assert.ok(recoverAt - created < 15_000, `recovered ${recoverAt - created}ms after creation`)

    await deleteChaos('networkchaos', 'delay')
    await w.untilDeleted()
  })

  it('keeps one-shot PodChaos (pod-kill) injected past its duration', async () => {
    const w = await createChaos('PodChaos', 'podchaos', 'kill', {
      action: 'pod-kill',
      mode: 'one',
      selector: { labelSelectors: { app: 'web' } },
      duration: '1s'
    })
    watches.push(w)
    await w.until('AllInjected', (o) => cond(o, 'AllInjected') === 'True')
    await sleep(2500)
    const later = await getChaos('podchaos', 'kill')
    assert.equal(later?.status?.experiment?.desiredPhase, 'Run')
    assert.equal(cond(later, 'AllInjected'), 'True')
    await deleteChaos('podchaos', 'kill')
    await w.untilDeleted()
  })

  it('emulates StressChaos and HTTPChaos too', async () => {
    const specs: [string, string, Record<string, unknown>][] = [
      [
        'StressChaos',
        'stresschaos',
        {
          mode: 'all',
          selector: { labelSelectors: { app: 'db' } },
          stressors: { cpu: { workers: 1, load: 50 } }
        }
      ],
      [
        'HTTPChaos',
        'httpchaos',
        {
          mode: 'all',
          selector: { labelSelectors: { app: 'web' } },
          target: 'Request',
          port: 80,
          abort: true
        }
      ]
    ]
    for (const [kind, plural, spec] of specs) {
      const w = await createChaos(kind, plural, 'basic', spec, {
        'chaos-action.test/targets': `${ns}/db-0, ${ns}/db-1`
      })
      watches.push(w)
      const injected = await w.until('AllInjected', (o) => cond(o, 'AllInjected') === 'True')
      assert.deepEqual(
        records(injected).map((r) => r.id),
        [`${ns}/db-0`, `${ns}/db-1`],
        kind
      )
      await deleteChaos(plural, 'basic')
      await w.untilDeleted()
    }
  })

  it('no-targets: Selected stays False with no records, a Failed event, and deletion completes', async () => {
    const w = await createChaos(
      'PodChaos',
      'podchaos',
      'nothing',
      { action: 'pod-kill', mode: 'one', selector: { labelSelectors: { app: 'missing' } } },
      { [EMULATE]: 'no-targets' }
    )
    watches.push(w)
    const st = await w.until('status', (o) => o.status?.experiment?.desiredPhase === 'Run')
    assert.equal(cond(st, 'Selected'), 'False')
    assert.equal(cond(st, 'AllInjected'), 'False')
    assert.equal(cond(st, 'AllRecovered'), 'False')
    assert.equal(st.status?.experiment?.containerRecords, undefined)
    await sleep(1500)
    assert.equal(cond(await getChaos('podchaos', 'nothing'), 'AllInjected'), 'False')
    const failed = (await eventsFor('nothing')).find(
      (e) => e.type === 'Warning' && e.reason === 'Failed'
    )
    assert.match(failed?.message ?? '', /no pod is selected/)
    await deleteChaos('podchaos', 'nothing')
    await w.untilDeleted()
  })

  it('injection-failed: records stay Not Injected with a Failed Apply event', async () => {
    const w = await createChaos(
      'PodChaos',
      'podchaos',
      'broken',
      {
        action: 'pod-failure',
        mode: 'one',
        duration: '1h',
        selector: { labelSelectors: { app: 'web' } }
      },
      { [EMULATE]: 'injection-failed' }
    )
    watches.push(w)
    const st = await w.until('a Failed Apply record event', (o) =>
      records(o).some((r) => r.events?.some((e) => e.type === 'Failed' && e.operation === 'Apply'))
    )
    assert.equal(cond(st, 'Selected'), 'True')
    assert.equal(cond(st, 'AllInjected'), 'False')
    assert.equal(records(st)[0]?.phase, 'Not Injected')
    assert.equal(records(st)[0]?.injectedCount, 0)
    await sleep(1500)
    assert.equal(cond(await getChaos('podchaos', 'broken'), 'AllInjected'), 'False')
    assert.ok(
      (await eventsFor('broken')).some((e) => e.type === 'Warning' && e.reason === 'Failed')
    )
    await deleteChaos('podchaos', 'broken')
    await w.untilDeleted()
  })

  it('never-recovers: deletion hangs on the finalizer until cleanFinalizer=forced', async () => {
    const w = await createChaos(
      'PodChaos',
      'podchaos',
      'sticky',
      {
        action: 'pod-failure',
        mode: 'one',
        duration: '1h',
        selector: { labelSelectors: { app: 'web' } }
      },
      { [EMULATE]: 'never-recovers' }
    )
    watches.push(w)
    await w.until('AllInjected', (o) => cond(o, 'AllInjected') === 'True')
    await deleteChaos('podchaos', 'sticky')
    const stuck = await w.until('a Failed Recover record event', (o) =>
      records(o).some((r) =>
        r.events?.some((e) => e.type === 'Failed' && e.operation === 'Recover')
      )
    )
    assert.equal(stuck.status?.experiment?.desiredPhase, 'Stop')
    assert.equal(cond(stuck, 'AllRecovered'), 'False')
    assert.equal(records(stuck)[0]?.phase, 'Injected')
    await sleep(2000)
    const still = await getChaos('podchaos', 'sticky')
    assert.ok(still?.metadata.deletionTimestamp, 'still present, being deleted')
    assert.deepEqual(still?.metadata.finalizers, ['chaos-mesh/records'])

    await custom.patchNamespacedCustomObject(
      {
        group: GROUP,
        version: VERSION,
        namespace: ns,
        plural: 'podchaos',
        name: 'sticky',
        body: {
          metadata: { annotations: { 'chaos-mesh.chaos-mesh.org/cleanFinalizer': 'forced' } }
        }
      },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)
    )
    await w.untilDeleted()
  })
})
