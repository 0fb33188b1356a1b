// chaosk8s modules beyond pods and workloads, through the python provider, against the local
// control plane with the Chaos Mesh CRDs (npm run test:k8s).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { silentLogger } from '../../src/engine/logger.ts'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  setup,
  skip,
  suffix
} from '../providers/kubernetes-fixtures.ts'

const NETWORKCHAOS = {
  group: 'chaos-mesh.org',
  version: 'v1alpha1',
  plural: 'networkchaos',
  namespaced: true
}

describe('chaosk8s modules', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''
  let dir = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-chaosk8s')
    dir = await mkdtemp(join(tmpdir(), 'k8s-chaosk8s-'))
    await deployment(client!, ns, 'web', 2)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('chaosmesh add_latency creates a NetworkChaos the probes read back; it is tracked until deleted', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const created = await python('chaosk8s.chaosmesh.network.actions', 'add_latency', {
      name: 'slow',
      ns,
      label_selectors: 'app=web',
      mode: 'fixed-percent',
      mode_value: '50',
      latency: '100ms',
      jitter: '10ms',
      external_targets: ['example.com']
    })
    const obj = created.output as KubeObject
    assert.equal(obj.kind, 'NetworkChaos')
    assert.equal(obj.metadata?.namespace, ns)
    assert.deepEqual(obj.spec, {
      action: 'delay',
      mode: 'fixed-percent',
      value: '50',
      direction: 'to',
      selector: { labelSelectors: { app: 'web' } },
      delay: { latency: '100ms', jitter: '10ms' },
      externalTargets: ['example.com']
    })
    assert.equal(created.tracked.size, 1, 'tracked for cleanup')
    const got = await python('chaosk8s.chaosmesh.network.probes', 'get_network_fault', {
      name: 'slow',
      ns
    })
    assert.equal((got.output as KubeObject).metadata?.uid, obj.metadata?.uid)
    const all = await python('chaosk8s.chaosmesh.network.probes', 'get_network_faults', { ns })
    assert.deepEqual(
      (all.output as { items: KubeObject[] }).items.map((o) => o.metadata?.name),
      ['slow']
    )
    // Creating it again answers like chaosk8s: the 409 body, not a failure.
    const again = await python('chaosk8s.chaosmesh.network.actions', 'add_latency', {
      name: 'slow',
      ns,
      latency: '1ms'
    })
    assert.equal((again.output as { code: number }).code, 409)
    // The tracked undo deletes it (the finalizer may keep it a moment while it recovers).
    await [...created.tracked][0]!.undo(new AbortController().signal)
    const gone = await client!.watchUntil(
      NETWORKCHAOS,
      ns,
      { timeoutMs: 30_000 },
      (objects) => !objects.has(`${ns}/slow`)
    )
    assert.equal(gone, true)
  })

  it('stress_cpu and crd create/get/patch/delete', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const s = await python('chaosk8s.chaosmesh.stress.actions', 'stress_cpu', {
      name: 'cpu',
      ns,
      workers: 2,
      load: 50,
      label_selectors: { app: 'web' },
      container_names: 'app'
    })
    const spec = (s.output as KubeObject).spec as Record<string, unknown>
    assert.deepEqual(spec.stressors, { cpu: { workers: 2, load: 50 } })
    assert.deepEqual(spec.containerNames, ['app'])
    assert.equal(spec.duration, '30s')
    const listed = await python('chaosk8s.chaosmesh.stress.probes', 'get_stressors', { ns })
    assert.equal((listed.output as { items: unknown[] }).items.length, 1)

    const group = { group: 'chaos-mesh.org', version: 'v1alpha1', plural: 'podchaos' }
    const resource = {
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'PodChaos',
      metadata: { name: 'kill' },
      spec: {
        action: 'pod-kill',
        mode: 'one',
        selector: { namespaces: [ns], labelSelectors: { app: 'web' } }
      }
    }
    const created = await python('chaosk8s.crd.actions', 'create_custom_object', {
      ...group,
      ns,
      resource
    })
    assert.equal((created.output as KubeObject).metadata?.name, 'kill')
    const patched = await python('chaosk8s.crd.actions', 'patch_custom_object', {
      ...group,
      name: 'kill',
      ns,
      resource: { metadata: { annotations: { 'experiment.chaos-mesh.org/pause': 'true' } } }
    })
    assert.equal(
      (patched.output as KubeObject).metadata?.annotations?.['experiment.chaos-mesh.org/pause'],
      'true'
    )
    const got = await python('chaosk8s.crd.probes', 'get_custom_object', {
      ...group,
      name: 'kill',
      ns
    })
    assert.equal((got.output as KubeObject).kind, 'PodChaos')
    await python('chaosk8s.crd.actions', 'delete_custom_object', { ...group, name: 'kill', ns })
    await python('chaosk8s.chaosmesh.stress.actions', 'delete_stressor', { name: 'cpu', ns })
  })

  it('namespace, service, secret and network policy actions and probes', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const extra = `k8s-extra-${suffix()}`
    try {
      const c = await python('chaosk8s.namespace.actions', 'create_namespace', { name: extra })
      assert.equal(c.tracked.size, 1)
      assert.equal(
        (await python('chaosk8s.namespace.probes', 'namespace_exists', { name: extra })).output,
        true
      )
      await assert.rejects(
        python('chaosk8s.namespace.actions', 'delete_namespace', { name: extra }),
        /outside the blast radius/,
        'a namespace we may not touch cannot be deleted either'
      )
    } finally {
      await client!.delete(R.namespaces, undefined, extra).catch(() => undefined)
    }

    const svcPath = join(dir, 'svc.yaml')
    await writeFile(
      svcPath,
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels: {app: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n'
    )
    await python('chaosk8s.service.actions', 'create_service_endpoint', { spec_path: svcPath, ns })
    assert.equal(
      (await python('chaosk8s.service.probes', 'service_is_initialized', { name: 'web', ns }))
        .output,
      true
    )
    await python('chaosk8s.service.actions', 'delete_service', { name: 'web', ns })
    await assert.rejects(
      python('chaosk8s.service.probes', 'service_is_initialized', { name: 'web', ns }),
      /service 'web' is not initialized/
    )

    const secretPath = join(dir, 'secret.json')
    await writeFile(
      secretPath,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 's1' },
        stringData: { a: 'b' }
      })
    )
    await python('chaosk8s.secret.actions', 'create_secret', { spec_path: secretPath, ns })
    assert.equal(
      (await python('chaosk8s.secret.probes', 'secret_exists', { name: 's1', ns })).output,
      true
    )
    await python('chaosk8s.secret.actions', 'delete_secret', { name: 's1', ns })
    assert.equal(
      (await python('chaosk8s.secret.probes', 'secret_exists', { name: 's1', ns })).output,
      false
    )

    const deny = await python('chaosk8s.networking.actions', 'deny_all_ingress', {
      ns,
      label_selectors: { app: 'web' }
    })
    assert.equal(deny.tracked.size, 1)
    const policy = await client!.get(R.networkpolicies, ns, 'chaostoolkit-deny-all-ingress')
    assert.deepEqual(policy.spec?.policyTypes, ['Ingress'])
    await python('chaosk8s.networking.actions', 'remove_deny_all_ingress', { ns })
    assert.equal(
      await client!.getOrNull(R.networkpolicies, ns, 'chaostoolkit-deny-all-ingress'),
      null
    )
  })

  it('events, nodes, apply_from_yaml and delete_deployment', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    const events = await python('chaosk8s.event.probes', 'get_events', {
      field_selector: `involvedObject.namespace=${ns}`,
      limit: 5
    })
    const items = (events.output as { items: { reason: string }[] }).items
    assert.ok(items.length > 0 && items.length <= 5)
    const nodes = await python('chaosk8s.node.probes', 'get_nodes', { label_selector: 'type=kwok' })
    assert.ok((nodes.output as { items: unknown[] }).items.length >= 1)
    assert.equal(
      (
        await python('chaosk8s.node.probes', 'nodes_must_be_healthy', {
          label_selector: 'type=kwok'
        })
      ).output,
      true
    )

    const applied = await python('chaosk8s.crd.actions', 'apply_from_yaml', {
      resource: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: ${ns}\ndata:\n  k: v\n`
    })
    assert.equal((applied.output as KubeObject).metadata?.name, 'cm')
    assert.equal(applied.tracked.size, 1)

    const deleted = await python('chaosk8s.deployment.actions', 'delete_deployment', {
      name: 'web',
      ns
    })
    assert.deepEqual((deleted.output as { deleted: string[] }).deleted, ['web'])
    assert.equal(await client!.getOrNull(R.deployments, ns, 'web'), null)
  })

  it('a leftover recorded by a killed run is undone from its persisted data alone', async () => {
    const first = setup({ allowedNamespaces: [ns] })
    const created = await first.python('chaosk8s.networking.actions', 'deny_all_egress', { ns })
    const [resource] = [...created.tracked]
    assert.ok(resource)
    assert.equal(resource.provider, 'kubernetes')
    // What the post step sees: a fresh process, the JSON round trip of the ledger.
    const persisted = JSON.parse(
      JSON.stringify({
        kind: resource.kind,
        description: resource.description,
        data: resource.data
      })
    )
    const second = setup({ allowedNamespaces: [ns] })
    await second.registry.get('kubernetes')!.cleanupPersisted!(persisted, {
      logger: silentLogger,
      signal: new AbortController().signal
    })
    assert.equal(
      await client!.getOrNull(R.networkpolicies, ns, 'chaostoolkit-deny-all-egress'),
      null
    )
    // Undoing twice is harmless.
    await second.registry.get('kubernetes')!.cleanupPersisted!(persisted, {
      logger: silentLogger,
      signal: new AbortController().signal
    })
  })
})
