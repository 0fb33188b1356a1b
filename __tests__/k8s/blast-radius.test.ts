// The blast radius against the local control plane: refusals happen before any request that
// could change something, and dry runs change nothing (npm run test:k8s).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BlastRadiusRefused } from '../../src/providers/kubernetes/blast-radius.ts'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { RequestRecord } from '../../src/providers/kubernetes/client.ts'
import type { ScaleResult } from '../../src/providers/kubernetes/ops.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  setup,
  skip
} from '../providers/kubernetes-fixtures.ts'

const MUTATING = new Set(['create', 'update', 'patch', 'delete'])

describe('kubernetes blast radius', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''
  let other = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-radius')
    other = await createNamespace(client!, 'k8s-radius-other')
    await deployment(client!, ns, 'web', 3)
    await deployment(client!, other, 'web', 1)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
    if (other) await deleteNamespace(client!, other)
  })

  async function uids(namespace: string) {
    return (await client!.list(R.pods, namespace)).items.map((p) => p.metadata?.uid).sort()
  }

  it('refuses a namespace outside the allowed set before sending a single request', async () => {
    const requests: RequestRecord[] = []
    const { kube, python } = setup({ allowedNamespaces: [ns], onRequest: (r) => requests.push(r) })
    const before = await uids(other)
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: other, selector: 'app=web' }),
      (e: unknown) =>
        e instanceof BlastRadiusRefused &&
        e.message.includes(`namespace "${other}" is outside the blast radius`) &&
        e.message.includes(`[${ns}]`)
    )
    await assert.rejects(
      python('chaosk8s.pod.actions', 'terminate_pods', { ns: other, all: true }),
      /outside the blast radius/
    )
    await assert.rejects(
      python('chaosk8s.deployment.actions', 'scale_deployment', {
        name: 'web',
        replicas: 0,
        ns: other
      }),
      /outside the blast radius/
    )
    await assert.rejects(
      python('chaosk8s.chaosmesh.network.actions', 'add_latency', {
        name: 'x',
        ns,
        namespaces_selectors: other,
        latency: '10ms'
      }),
      new RegExp(`namespace "${other}" is outside`),
      'a Chaos Mesh selector reaching into another namespace counts'
    )
    assert.deepEqual(requests, [], 'nothing was sent')
    assert.deepEqual(await uids(other), before)
  })

  it('refuses kube-system unless explicitly allowed, even with *', async () => {
    const requests: RequestRecord[] = []
    const { kube } = setup({ allowedNamespaces: ['*'], onRequest: (r) => requests.push(r) })
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: 'kube-system', all: true }),
      /namespace "kube-system" is a system namespace/
    )
    assert.equal(requests.length, 0)
  })

  it('refuses more pods than maxPodsPerAction, before deleting any', async () => {
    const requests: RequestRecord[] = []
    const { kube } = setup({
      allowedNamespaces: [ns],
      maxPodsPerAction: 2,
      onRequest: (r) => requests.push(r)
    })
    const before = await uids(ns)
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: ns, selector: 'app=web', all: true }),
      /would affect 3 pods, more than max-pods-per-action \(2\)/
    )
    await assert.rejects(
      kube({ action: 'scale', name: 'web', namespace: ns, replicas: 0 }),
      /would affect 3 pods \(scale down\)/
    )
    assert.ok(!requests.some((r) => MUTATING.has(r.verb)), 'only reads happened')
    assert.deepEqual(await uids(ns), before)
  })

  it('dry run lists what would be affected and changes nothing', async () => {
    const requests: RequestRecord[] = []
    const { kube, python } = setup({
      allowedNamespaces: [ns],
      dryRun: true,
      onRequest: (r) => requests.push(r)
    })
    const before = await uids(ns)
    const s = (await kube({ action: 'scale', name: 'web', namespace: ns, replicas: 1 }))
      .output as ScaleResult
    assert.equal(s.dry_run, true)
    assert.match(s.message, /dry run: would scale Deployment\/web from 3 to 1/)
    const t = await python('chaosk8s.pod.actions', 'terminate_pods', {
      ns,
      label_selector: 'app=web',
      qty: 2
    })
    const out = t.output as { dry_run: boolean; would_terminate: string[] }
    assert.equal(out.dry_run, true)
    assert.equal(out.would_terminate.length, 2)
    const r = await kube({ action: 'rollout-restart', name: 'web', namespace: ns })
    assert.equal((r.output as { dry_run: boolean }).dry_run, true)
    assert.ok(!requests.some((q) => MUTATING.has(q.verb)))
    assert.deepEqual(await uids(ns), before)
    assert.equal((await client!.get(R.deployments, ns, 'web')).spec?.replicas, 3)
  })

  it('validation refuses a literal namespace outside the blast radius', async () => {
    const { registry } = setup({ allowedNamespaces: [ns] })
    const provider = registry.get('kubernetes')!
    const issues = await provider.validate!(
      { type: 'kubernetes', action: 'kill-pods', namespace: 'kube-system' },
      {
        path: ['method', 0, 'provider'],
        locate: () => undefined,
        activityName: 'kill',
        activityType: 'action'
      }
    )
    assert.equal(issues.length, 1)
    assert.match(issues[0]!.message, /kube-system/)
    assert.equal(issues[0]!.field, '/method/0/provider/namespace')
  })
})
