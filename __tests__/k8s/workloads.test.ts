// Scale, rollout restart, cordon/uncordon, drain and workload probes against the local control
// plane (npm run test:k8s).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { R } from '../../src/providers/kubernetes/client.ts'
import type {
  CordonResult,
  DrainResult,
  RestartResult,
  ScaleResult
} from '../../src/providers/kubernetes/ops.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  setup,
  fakeNode,
  pinnedDeployment,
  skip,
  statefulSetManifest
} from '../providers/kubernetes-fixtures.ts'

describe('kubernetes workloads', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-workloads')
    await deployment(client!, ns, 'api', 2)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  it('scale records replicas before and after and waits until ready', async () => {
    const { kube, python } = setup({ allowedNamespaces: [ns] })
    const up = (
      await kube({ action: 'scale', name: 'api', namespace: ns, replicas: 4, timeout: 60 })
    ).output as ScaleResult
    assert.equal(up.replicas_before, 2)
    assert.equal(up.replicas_after, 4)
    assert.equal(up.ready, true)
    assert.equal(typeof up.ready_seconds, 'number')
    const d = await client!.get(R.deployments, ns, 'api')
    assert.equal(d.spec?.replicas, 4)
    assert.equal(d.status?.availableReplicas, 4)
    assert.ok(
      up.events.some((e) => e.reason === 'ScalingReplicaSet' || e.reason === 'SuccessfulCreate')
    )

    // chaosk8s form, then its probes.
    await python('chaosk8s.deployment.actions', 'scale_deployment', {
      name: 'api',
      replicas: 2,
      ns
    })
    const full = await python('chaosk8s.deployment.probes', 'deployment_fully_available', {
      name: 'api',
      ns,
      timeout: 30
    })
    assert.equal(full.output, true)
    const healthy = await python('chaosk8s.deployment.probes', 'deployment_available_and_healthy', {
      name: 'api',
      ns
    })
    assert.equal(healthy.output, true)
    const partial = await python('chaosk8s.deployment.probes', 'deployment_partially_available', {
      name: 'api',
      ns
    })
    assert.equal(partial.output, true)
    await assert.rejects(
      python('chaosk8s.deployment.probes', 'deployment_available_and_healthy', {
        name: 'nope',
        ns
      }),
      /Deployment 'nope' was not found/
    )
    const ready = await kube({
      probe: 'workload-ready',
      kind: 'Deployment',
      name: 'api',
      namespace: ns,
      timeout: 30
    })
    assert.equal(ready.output, true)
  })

  it('deployment_not_fully_available sees the dip while a scale-up is in flight, and times out otherwise', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const quiet = python('chaosk8s.deployment.probes', 'deployment_not_fully_available', {
      name: 'api',
      ns,
      timeout: 2,
      raise_on_fully_available: false
    })
    // Nothing changes: the deployment stays fully available, the watch times out.
    assert.equal((await quiet).output, false)
    const started = Date.now()
    const dip = python('chaosk8s.deployment.probes', 'deployment_not_fully_available', {
      name: 'api',
      ns,
      timeout: 20
    })
    await client!.patch(R.deployments, ns, 'api', { spec: { replicas: 3 } }, 'merge', 'scale')
    assert.equal((await dip).output, true)
    assert.ok(Date.now() - started < 15_000)
    await client!.patch(R.deployments, ns, 'api', { spec: { replicas: 2 } }, 'merge', 'scale')
  })

  it('rollout restart replaces every pod and measures the rollout', async () => {
    const { kube } = setup({ allowedNamespaces: [ns] })
    const before = new Set(
      (await client!.list(R.pods, ns, { labelSelector: 'app=api' })).items.map(
        (p) => p.metadata?.uid
      )
    )
    const r = (await kube({ action: 'rollout-restart', name: 'api', namespace: ns, timeout: 90 }))
      .output as RestartResult
    assert.equal(r.recovered, true)
    assert.equal(typeof r.recovery_seconds, 'number')
    const d = await client!.get(R.deployments, ns, 'api')
    const annotations = (
      d.spec?.template as { metadata?: { annotations?: Record<string, string> } }
    ).metadata?.annotations
    assert.equal(annotations?.['kubectl.kubernetes.io/restartedAt'], r.restarted_at)
    const after = (await client!.list(R.pods, ns, { labelSelector: 'app=api' })).items.filter(
      (p) => p.metadata?.deletionTimestamp === undefined
    )
    assert.equal(after.length, 2)
    assert.ok(
      after.every((p) => !before.has(p.metadata?.uid)),
      'every pod was replaced'
    )
  })

  it('statefulset scale and probes', async () => {
    await client!.create(R.statefulsets, ns, statefulSetManifest('db', 1))
    const { python } = setup({ allowedNamespaces: [ns] })
    const ok = await python('chaosk8s.statefulset.probes', 'statefulset_fully_available', {
      name: 'db',
      ns,
      timeout: 60
    })
    assert.equal(ok.output, true)
    const r = (
      await python('chaosk8s.statefulset.actions', 'scale_statefulset', {
        name: 'db',
        replicas: 2,
        ns
      })
    ).output as ScaleResult
    assert.equal(r.replicas_before, 1)
    assert.equal(r.replicas_after, 2)
    const sts = await client!.get(R.statefulsets, ns, 'db')
    assert.equal(sts.spec?.replicas, 2)
  })

  it('cordon and uncordon a node; the cordon is tracked for cleanup', async (t) => {
    const { kube, python } = setup({ allowedNamespaces: [ns] })
    const node = await fakeNode(client!, 'k8s-cordon')
    t.after(() =>
      client!.delete(R.nodes, undefined, node).then(
        () => undefined,
        () => undefined
      )
    )
    const c = await kube({ action: 'cordon', node })
    const out = c.output as CordonResult
    assert.deepEqual(out.nodes, [{ name: node, was_unschedulable: false, unschedulable: true }])
    assert.equal((await client!.get(R.nodes, undefined, node)).spec?.unschedulable, true)
    assert.equal(c.tracked.size, 1)
    const ready = await kube({ probe: 'node-ready', node })
    assert.equal(ready.output, false, 'a cordoned node is not ready to schedule')
    const sched = await python('chaosk8s.node.probes', 'all_nodes_must_be_ready_to_schedule', {})
    assert.equal(sched.output, false)
    // The tracked undo is what the engine runs after rollbacks.
    const [resource] = [...c.tracked]
    await resource!.undo(new AbortController().signal)
    assert.notEqual((await client!.get(R.nodes, undefined, node)).spec?.unschedulable, true)

    const names = await python('chaosk8s.node.actions', 'cordon_node', { name: node })
    assert.deepEqual(names.output, [node])
    const un = await python('chaosk8s.node.actions', 'uncordon_node', { name: node })
    assert.deepEqual(un.output, [node])
    assert.notEqual((await client!.get(R.nodes, undefined, node)).spec?.unschedulable, true)
    const conditions = await python('chaosk8s.node.probes', 'get_all_node_status_conditions', {})
    assert.ok(
      (conditions.output as { name: string; Ready: string }[]).some(
        (n) => n.name === node && n.Ready === 'True'
      )
    )
  })

  it('drain cordons a node, evicts its pods and reports them', async () => {
    const node = await fakeNode(client!, 'k8s-drain')
    try {
      await pinnedDeployment(client!, ns, 'pinned', 2, node)
      const { kube } = setup({ allowedNamespaces: [ns] })
      const r = (await kube({ action: 'drain', node, timeout: 60 })).output as DrainResult
      assert.deepEqual(r.nodes, [node])
      assert.equal(r.evicted.length, 2)
      assert.ok(r.evicted.every((p) => p.namespace === ns && p.node === node))
      assert.equal(typeof r.drained_seconds, 'number')
      assert.equal((await client!.get(R.nodes, undefined, node)).spec?.unschedulable, true)
      const left = (
        await client!.list(R.pods, undefined, { fieldSelector: `spec.nodeName=${node}` })
      ).items
      assert.ok(left.every((p) => p.metadata?.deletionTimestamp !== undefined))
    } finally {
      await client!.delete(R.nodes, undefined, node).catch(() => undefined)
    }
  })

  it('delete_nodes checks every pod on the node against the blast radius, then deletes it', async () => {
    const node = await fakeNode(client!, 'k8s-delete')
    try {
      await pinnedDeployment(client!, ns, 'doomed', 1, node)
      const selector = `chaos-action.test/node=${node}`
      const narrow = setup({ allowedNamespaces: ['somewhere-else'] })
      await assert.rejects(
        narrow.python('chaosk8s.node.actions', 'delete_nodes', { label_selector: selector }),
        new RegExp(`refused delete_nodes: namespace "${ns}" is outside the blast radius`)
      )
      assert.ok(await client!.getOrNull(R.nodes, undefined, node), 'still there')
      const { python } = setup({ allowedNamespaces: [ns] })
      const r = await python('chaosk8s.node.actions', 'delete_nodes', { label_selector: selector })
      assert.deepEqual(r.output, [node])
      const gone = await client!.watchUntil(
        R.nodes,
        undefined,
        { fieldSelector: `metadata.name=${node}`, timeoutMs: 30_000 },
        (objects) => objects.size === 0
      )
      assert.equal(gone, true)
    } finally {
      await client!.delete(R.nodes, undefined, node).catch(() => undefined)
    }
  })
})
