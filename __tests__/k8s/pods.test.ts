// Pod faults and probes against the local control plane (npm run test:k8s).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadExperimentFile } from '../../src/engine/load.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KillPodsResult } from '../../src/providers/kubernetes/ops.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  setup,
  skip
} from '../providers/kubernetes-fixtures.ts'

describe('kubernetes pods', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-pods')
    await deployment(client!, ns, 'web', 3)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  it('kill-pods deletes a pod, sees its replacement Ready and measures recovery by watching', async () => {
    const requests: string[] = []
    const { kube, reg } = setup({
      allowedNamespaces: [ns],
      onRequest: (r) => requests.push(`${r.verb} ${r.path}`)
    })
    const before = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items
    const { output } = await kube({
      action: 'kill-pods',
      namespace: ns,
      selector: 'app=web',
      count: 1,
      recoveryTimeout: 60
    })
    const r = output as KillPodsResult
    assert.equal(r.dry_run, false)
    assert.equal(r.pods.length, 1)
    const killed = r.pods[0]!
    assert.ok(
      before.some((p) => p.metadata?.name === killed.name),
      'killed one of the existing pods'
    )
    assert.match(killed.node ?? '', /^kwok-node-/)
    assert.equal(killed.owner, 'Deployment/web')
    assert.equal(r.recovered, true)
    assert.equal(typeof r.recovery_seconds, 'number')
    assert.ok(r.recovery_seconds! > 0 && r.recovery_seconds! < 60)
    assert.equal(r.workloads[0]?.desired, 3)
    assert.equal(r.workloads[0]?.replacement_pods.length, 1)
    assert.notEqual(r.workloads[0]?.replacement_pods[0], killed.name)
    // The old pod is gone or terminating; three Ready pods exist again.
    const now = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items.filter(
      (p) => p.metadata?.deletionTimestamp === undefined
    )
    assert.ok(!now.some((p) => p.metadata?.name === killed.name))
    assert.equal(now.length, 3)
    // Events seen during the action name the pods involved.
    assert.ok(r.events.length > 0, 'some events were seen')
    assert.ok(r.events.every((e) => e.reason !== '' && e.object.includes('/')))
    // Watch, not poll: a handful of requests per kill cycle.
    assert.equal(reg.stats().requests, requests.length)
    assert.ok(
      requests.length <= 10,
      `requests per kill: ${requests.length}\n${requests.join('\n')}`
    )
    assert.ok(requests.some((q) => q.startsWith('watch ')))
    assert.equal(r.api_requests, requests.length)
  })

  it('chaosk8s terminate_pods returns the names; probes see the pods', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const all = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items
      .filter((p) => p.metadata?.deletionTimestamp === undefined)
      .map((p) => p.metadata?.name ?? '')
      .sort()
    const { output } = await python('chaosk8s.pod.actions', 'terminate_pods', {
      label_selector: 'app=web',
      ns,
      qty: 1
    })
    assert.ok(Array.isArray(output))
    assert.deepEqual(output, [all[0]], 'alphabetic order, first pod')

    const count = await python('chaosk8s.pod.probes', 'count_pods', {
      label_selector: 'app=web',
      ns
    })
    assert.equal(typeof count.output, 'number')
    assert.ok((count.output as number) >= 3)
    const ok = await python('chaosk8s.deployment.probes', 'deployment_fully_available', {
      name: 'web',
      ns,
      timeout: 30
    })
    assert.equal(ok.output, true)
    const phase = await python('chaosk8s.pod.probes', 'pods_in_phase', {
      label_selector: 'app=web',
      ns,
      phase: 'Running'
    })
    assert.equal(phase.output, true)
    const notIn = await python('chaosk8s.pod.probes', 'pods_not_in_phase', {
      label_selector: 'app=web',
      ns,
      phase: 'Running',
      raise_on_in_phase: false
    })
    assert.equal(notIn.output, false)
    const cond = await python('chaosk8s.pod.probes', 'pods_in_conditions', {
      label_selector: 'app=web',
      ns,
      conditions: [{ type: 'Ready', status: 'True' }]
    })
    assert.equal(cond.output, true)
    await assert.rejects(
      python('chaosk8s.pod.probes', 'pods_in_phase', { label_selector: 'app=nothing', ns }),
      /no pods 'app=nothing' were found/
    )
    const min = await python('chaosk8s.pod.probes', 'count_min_pods', {
      label_selector: 'app=web',
      ns,
      min_count: 3
    })
    assert.equal(min.output, true)
  })

  it('kill-pods in percentage mode, dry run lists pods without touching them', async () => {
    const { kube } = setup({ allowedNamespaces: [ns] })
    const before = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items.map(
      (p) => p.metadata?.uid
    )
    const { output } = await kube({
      action: 'kill-pods',
      namespace: ns,
      selector: 'app=web',
      percent: 50,
      dryRun: true
    })
    const r = output as KillPodsResult
    assert.equal(r.dry_run, true)
    assert.equal(r.pods.length, 2, 'ceil(50% of 3)')
    assert.match(r.message, /^dry run: would kill 2 pod/)
    const after = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items.map(
      (p) => p.metadata?.uid
    )
    assert.deepEqual(after, before)
  })

  it('kill-pods that matches nothing fails instead of passing quietly', async () => {
    const { kube } = setup({ allowedNamespaces: [ns] })
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: ns, selector: 'app=ghost' }),
      new RegExp(
        `the fault reached nothing: 0 running pods matched selector "app=ghost" in namespace "${ns}"`
      )
    )
  })

  it('runs through the engine: steady state, kill, recovery evidence in the journal, leftovers cleaned', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'k8s-engine-'))
    try {
      const file = join(dir, 'exp.yaml')
      await writeFile(
        file,
        [
          'title: web survives a pod kill',
          'description: kill one pod, expect the deployment back',
          'steady-state-hypothesis:',
          '  title: web is ready',
          '  probes:',
          '    - type: probe',
          '      name: web-ready',
          '      tolerance: true',
          `      provider: {type: kubernetes, probe: workload-ready, kind: Deployment, name: web, namespace: ${ns}, timeout: 30}`,
          'method:',
          '  - type: action',
          '    name: slow-network',
          '    provider:',
          '      type: python',
          '      module: chaosk8s.chaosmesh.network.actions',
          '      func: add_latency',
          `      arguments: {name: engine-latency, ns: ${ns}, label_selectors: app=web, latency: 50ms}`,
          '  - type: action',
          '    name: kill-one',
          `    provider: {type: kubernetes, action: kill-pods, namespace: ${ns}, selector: app=web, count: 1}`,
          ''
        ].join('\n')
      )
      const { registry } = setup({ allowedNamespaces: [ns] })
      const loaded = await loadExperimentFile(file)
      const journal = await runExperiment(loaded, { registry })
      assert.equal(journal.status, 'completed')
      assert.equal(journal.deviated, false)
      const kill = journal.run.find((r) => r.activity.name === 'kill-one')
      assert.equal(kill?.status, 'succeeded')
      const out = kill?.output as KillPodsResult
      assert.equal(out.recovered, true)
      assert.equal(typeof out.recovery_seconds, 'number')
      // The NetworkChaos had no rollback: the engine undid the tracked resource.
      const left = await client!.getOrNull(
        { group: 'chaos-mesh.org', version: 'v1alpha1', plural: 'networkchaos', namespaced: true },
        ns,
        'engine-latency'
      )
      assert.ok(
        left === null || left.metadata?.deletionTimestamp !== undefined,
        'deleted (or finalizing)'
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
