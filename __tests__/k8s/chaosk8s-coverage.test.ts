// Every chaosk8s function the other suites leave out, called the way an experiment calls it (the
// `python` provider of createDefaultRegistry, module/func/arguments), with the effect read back
// from the local control plane through @kubernetes/client-node (npm run test:k8s).
import { describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  ApiException,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi
} from '@kubernetes/client-node'
import type { KubernetesObject } from '@kubernetes/client-node'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { activityContext } from '../helpers/activity-context.ts'
import {
  admin,
  fakeNode,
  kubeconfig,
  pinnedDeployment,
  skip
} from '../providers/kubernetes-fixtures.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const FIXTURES = join(import.meta.dirname, 'fixtures/chaosk8s')
const fixture = (name: string): string => join(FIXTURES, name)

type Obj = KubernetesObject & Record<string, unknown>

let clients: { objects: KubernetesObjectApi; custom: CustomObjectsApi } | undefined
function clientsOf() {
  if (!clients) {
    const kc = new KubeConfig()
    kc.loadFromFile(kubeconfig!)
    clients = {
      objects: KubernetesObjectApi.makeApiClient(kc),
      custom: kc.makeApiClient(CustomObjectsApi)
    }
  }
  return clients
}
function api(): KubernetesObjectApi {
  return clientsOf().objects
}

/** Plurals of the group kinds read back; those go through the raw (untyped) custom-object API. */
const PLURALS: Record<string, string> = {
  Deployment: 'deployments',
  DaemonSet: 'daemonsets',
  StatefulSet: 'statefulsets',
  ReplicaSet: 'replicasets',
  NetworkPolicy: 'networkpolicies',
  Ingress: 'ingresses',
  NetworkChaos: 'networkchaos',
  StressChaos: 'stresschaos',
  PodChaos: 'podchaos',
  RemoteCluster: 'remoteclusters'
}
function groupOf(apiVersion: string, kind: string) {
  const [group, version] = apiVersion.split('/') as [string, string]
  const plural = PLURALS[kind]
  assert.ok(plural, `no plural for ${kind}`)
  return { group, version, plural }
}

/** A nested field of an object read from the API (undefined when any step is missing). */
function dig(o: unknown, ...path: string[]): unknown {
  let v: unknown = o
  for (const k of path)
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined
  return v
}

/** The object as the API server stores it (plain JSON), or null when it does not exist. */
async function read(
  apiVersion: string,
  kind: string,
  name: string,
  namespace?: string
): Promise<Obj | null> {
  try {
    if (apiVersion.includes('/')) {
      const g = { ...groupOf(apiVersion, kind), name }
      const { custom } = clientsOf()
      return (await (namespace
        ? custom.getNamespacedCustomObject({ ...g, namespace })
        : custom.getClusterCustomObject(g))) as Obj
    }
    const o = await api().read({
      apiVersion,
      kind,
      metadata: { name, ...(namespace ? { namespace } : {}) }
    })
    // Plain JSON: client-node hands back model classes for built-in kinds.
    return JSON.parse(JSON.stringify(o)) as Obj
  } catch (error) {
    if (error instanceof ApiException && error.code === 404) return null
    throw error
  }
}

async function list(
  apiVersion: string,
  kind: string,
  namespace: string,
  labelSelector?: string
): Promise<Obj[]> {
  if (apiVersion.includes('/')) {
    const l = (await clientsOf().custom.listNamespacedCustomObject({
      ...groupOf(apiVersion, kind),
      namespace,
      ...(labelSelector ? { labelSelector } : {})
    })) as { items: Obj[] }
    return l.items
  }
  const l = await api().list(
    apiVersion,
    kind,
    namespace,
    undefined,
    undefined,
    undefined,
    undefined,
    labelSelector
  )
  return JSON.parse(JSON.stringify(l.items)) as Obj[]
}

/** Polls (every 100 ms, bounded by `ms`) until `check` holds; fails naming `what`. */
async function until(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  assert.fail(`timed out after ${ms} ms waiting for ${what}`)
}

/** Gone, or on its way out (kwok removes terminating pods a moment later). */
async function goneOrTerminating(
  apiVersion: string,
  kind: string,
  name: string,
  ns?: string
): Promise<boolean> {
  const o = await read(apiVersion, kind, name, ns)
  return o === null || Boolean(o.metadata?.deletionTimestamp)
}

async function podsOf(ns: string, selector: string): Promise<Obj[]> {
  return (await list('v1', 'Pod', ns, selector)).filter((p) => !p.metadata?.deletionTimestamp)
}

async function readyDeployment(ns: string, name: string, replicas: number): Promise<void> {
  await until(`deployment ${ns}/${name} to have ${replicas} available replicas`, async () => {
    const d = await read('apps/v1', 'Deployment', name, ns)
    return (
      dig(d, 'status', 'availableReplicas') === replicas &&
      dig(d, 'status', 'updatedReplicas') === replicas
    )
  })
}

/** A namespace of the test's own, deleted when the test ends. */
async function namespace(t: TestContext): Promise<string> {
  const name = `k8s-cov-${randomBytes(3).toString('hex')}`
  await api().create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
  t.after(() =>
    api()
      .delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } })
      .then(
        () => undefined,
        () => undefined
      )
  )
  return name
}

/** The registry the CLI and the action use; chaosk8s functions reached through `python`. */
function experiment(t: TestContext, allowedNamespaces: string[]) {
  const registry = createDefaultRegistry({ python: false, kubernetes: { allowedNamespaces } })
  t.after(() => registry.close())
  async function call(module: string, func: string, args: Record<string, unknown> = {}) {
    const { ctx, tracked } = activityContext()
    const python = registry.get('python')
    assert.ok(python)
    const output = await python.run({ type: 'python', module, func, arguments: args }, ctx)
    return { output, tracked }
  }
  return { call }
}

async function createDeployment(ns: string, name: string, replicas: number, extra = {}) {
  await api().create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, labels: { name, app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { name, app: name } },
        spec: { containers: [{ name: 'app', image: 'fake' }], ...extra }
      }
    }
  } as KubernetesObject)
}

const CM = 'chaos-mesh.org/v1alpha1'

describe('chaosk8s coverage: the functions the other k8s suites do not name', { skip }, () => {
  it('chaosmesh network faults: loss, duplicate, reorder, corrupt, bandwidth; delete; stress_memory', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const N = 'chaosk8s.chaosmesh.network.actions'
    const common = { ns, label_selectors: 'app=web', mode: 'fixed', mode_value: 1 }
    const cases: [string, Record<string, unknown>, string, Record<string, unknown>][] = [
      ['set_loss', { loss: '25', correlation: '10' }, 'loss', { loss: '25', correlation: '10' }],
      ['duplicate_packets', { duplicate: '5' }, 'duplicate', { duplicate: '5' }],
      // Chaos Mesh reorders as part of a delay (see reorder_packets in chaosk8s/chaosmesh.ts).
      [
        'reorder_packets',
        { reorder: '50', correlation: '20', gap: '3' },
        'delay',
        { latency: '10ms', reorder: { reorder: '50', correlation: '20', gap: 3 } }
      ],
      ['corrupt_packets', { corrupt: '15' }, 'corrupt', { corrupt: '15' }],
      [
        'set_bandwidth',
        { rate: '1mbps', limit: 20971520, buffer: 10000, peakrate: 2000000, minburst: 1500 },
        'bandwidth',
        { rate: '1mbps', limit: 20971520, buffer: 10000, peakrate: 2000000, minburst: 1500 }
      ]
    ]
    for (const [func, args, action, block] of cases) {
      const name = func.replaceAll('_', '-')
      const r = await call(N, func, { name, ...common, ...args })
      assert.equal(dig(r.output, 'kind'), 'NetworkChaos', func)
      assert.equal(r.tracked.size, 1, `${func} is tracked for cleanup`)
      // What the API server kept (the CRD schema prunes unknown fields: this proves the names).
      const got = await read(CM, 'NetworkChaos', name, ns)
      assert.ok(got, func)
      assert.equal(dig(got, 'spec', 'action'), action, func)
      assert.equal(dig(got, 'spec', 'mode'), 'fixed', func)
      assert.equal(dig(got, 'spec', 'value'), '1', func)
      assert.equal(dig(got, 'spec', 'direction'), 'to', func)
      assert.deepEqual(dig(got, 'spec', 'selector'), { labelSelectors: { app: 'web' } }, func)
      assert.deepEqual(dig(got, 'spec', action), block, func)
    }
    // A target side and external targets (set_loss with every selector argument).
    await call(N, 'set_loss', {
      name: 'targeted',
      ns,
      namespaces_selectors: ns,
      label_selectors: { app: 'web' },
      direction: 'both',
      loss: '50',
      external_targets: ['10.0.0.1'],
      target_mode: 'all',
      target_label_selectors: 'app=db'
    })
    const targeted = await read(CM, 'NetworkChaos', 'targeted', ns)
    assert.deepEqual(dig(targeted, 'spec', 'target'), {
      mode: 'all',
      selector: { labelSelectors: { app: 'db' } }
    })
    assert.deepEqual(dig(targeted, 'spec', 'selector', 'namespaces'), [ns])
    assert.deepEqual(dig(targeted, 'spec', 'externalTargets'), ['10.0.0.1'])
    assert.equal(dig(targeted, 'spec', 'direction'), 'both')

    // The emulated controller injects it; delete_network_fault removes it (finalizer included).
    await until('set-loss to be AllInjected', async () => {
      const conds = dig(await read(CM, 'NetworkChaos', 'set-loss', ns), 'status', 'conditions')
      return (
        Array.isArray(conds) && conds.some((c) => c.type === 'AllInjected' && c.status === 'True')
      )
    })
    const del = await call(N, 'delete_network_fault', { name: 'set-loss', ns })
    assert.equal(dig(del.output, 'kind'), 'NetworkChaos', 'the API answer to the delete')
    await until(
      'set-loss to be gone',
      async () => (await read(CM, 'NetworkChaos', 'set-loss', ns)) === null
    )
    await assert.rejects(
      call(N, 'delete_network_fault', { name: 'set-loss', ns }),
      /not ?found/i,
      'deleting it twice fails like the API does'
    )

    const mem = await call('chaosk8s.chaosmesh.stress.actions', 'stress_memory', {
      name: 'mem',
      ns,
      workers: 2,
      size: '256MB',
      oom_score: -100,
      time_to_get_to_size: '10s',
      label_selectors: 'app=web',
      container_names: ['app'],
      duration: '45s'
    })
    assert.equal(dig(mem.output, 'kind'), 'StressChaos')
    const stress = await read(CM, 'StressChaos', 'mem', ns)
    // `time` (time_to_get_to_size) is sent as upstream sends it, but Chaos Mesh 2.8.3's schema
    // has no such field: the API server prunes it.
    assert.deepEqual(dig(mem.output, 'spec', 'stressors'), dig(stress, 'spec', 'stressors'))
    assert.deepEqual(dig(stress, 'spec', 'stressors'), {
      memory: { workers: 2, size: '256MB', oomScoreAdj: -100 }
    })
    assert.equal(dig(stress, 'spec', 'duration'), '45s')
    assert.equal(dig(stress, 'spec', 'mode'), 'one', 'default mode')
    assert.deepEqual(dig(stress, 'spec', 'containerNames'), ['app'])
    assert.equal(mem.tracked.size, 1)
    // Defaults: duration 30s; arguments left out are not sent as nulls.
    await call('chaosk8s.chaosmesh.stress.actions', 'stress_memory', {
      name: 'mem2',
      ns,
      workers: 1
    })
    const mem2 = await read(CM, 'StressChaos', 'mem2', ns)
    assert.deepEqual(dig(mem2, 'spec', 'stressors'), { memory: { workers: 1, oomScoreAdj: 0 } })
    assert.equal(dig(mem2, 'spec', 'duration'), '30s')
    // workers defaults to None upstream, but Chaos Mesh requires it: the API's refusal surfaces.
    await assert.rejects(
      call('chaosk8s.chaosmesh.stress.actions', 'stress_memory', { name: 'mem3', ns, size: '1GB' }),
      /422 Invalid.*workers/
    )
    assert.equal(await read(CM, 'StressChaos', 'mem3', ns), null)
  })

  it('crd: apply_from_json, list/replace namespaced, and the cluster-scoped create/get/list/patch/replace/delete', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const C = 'chaosk8s.crd.actions'
    const P = 'chaosk8s.crd.probes'
    const podchaos = { group: 'chaos-mesh.org', version: 'v1alpha1', plural: 'podchaos' }

    const kill = {
      apiVersion: CM,
      kind: 'PodChaos',
      metadata: { name: 'kill', namespace: ns },
      spec: { action: 'pod-kill', mode: 'one', selector: { namespaces: [ns] } }
    }
    const applied = await call(C, 'apply_from_json', { resource: JSON.stringify(kill) })
    assert.equal(dig(applied.output, 'metadata', 'name'), 'kill')
    assert.equal(applied.tracked.size, 1)
    assert.equal(dig(await read(CM, 'PodChaos', 'kill', ns), 'spec', 'action'), 'pod-kill')
    // Applying again updates in place (apply semantics), here a core kind found by discovery too.
    const cm = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg', namespace: ns },
      data: { a: '1' }
    }
    await call(C, 'apply_from_json', { resource: JSON.stringify(cm) })
    await call(C, 'apply_from_json', { resource: JSON.stringify({ ...cm, data: { a: '2' } }) })
    assert.deepEqual(dig(await read('v1', 'ConfigMap', 'cfg', ns), 'data'), { a: '2' })

    const listed = await call(P, 'list_custom_objects', { ...podchaos, ns })
    assert.deepEqual(
      (dig(listed.output, 'items') as Obj[]).map((o) => o.metadata?.name),
      ['kill']
    )

    // replace: a whole object, with the resourceVersion the caller read (as with the Python client).
    const current = await read(CM, 'PodChaos', 'kill', ns)
    const replaced = await call(C, 'replace_custom_object', {
      ...podchaos,
      name: 'kill',
      ns,
      resource: {
        apiVersion: CM,
        kind: 'PodChaos',
        metadata: { name: 'kill', resourceVersion: current?.metadata?.resourceVersion },
        spec: {
          action: 'container-kill',
          mode: 'all',
          containerNames: ['app'],
          selector: { namespaces: [ns] }
        }
      }
    })
    assert.equal(dig(replaced.output, 'spec', 'action'), 'container-kill')
    const after = await read(CM, 'PodChaos', 'kill', ns)
    assert.equal(dig(after, 'spec', 'action'), 'container-kill')
    assert.equal(dig(after, 'spec', 'mode'), 'all')

    // Cluster-scoped objects are refused unless the blast radius is "*".
    const rc = { group: 'chaos-mesh.org', version: 'v1alpha1', plural: 'remoteclusters' }
    const name = `cov-${randomBytes(3).toString('hex')}`
    const remote = {
      apiVersion: CM,
      kind: 'RemoteCluster',
      metadata: { name },
      spec: {
        namespace: ns,
        version: '2.8.3',
        kubeConfig: { secretRef: { name: 'kc', namespace: ns, key: 'config' } }
      }
    }
    await assert.rejects(
      call(C, 'create_cluster_custom_object', { ...rc, resource: remote }),
      /outside the blast radius/
    )
    assert.equal(await read(CM, 'RemoteCluster', name), null, 'nothing created when refused')

    const wide = experiment(t, ['*'])
    t.after(() =>
      api()
        .delete({ apiVersion: CM, kind: 'RemoteCluster', metadata: { name } })
        .catch(() => undefined)
    )
    // From a YAML file, as resource_as_yaml_file.
    const dir = await mkdtemp(join(tmpdir(), 'k8s-cov-'))
    t.after(() => rm(dir, { recursive: true, force: true }))
    const file = join(dir, 'remote.yaml')
    await writeFile(file, JSON.stringify(remote))
    const created = await wide.call(C, 'create_cluster_custom_object', {
      ...rc,
      resource_as_yaml_file: file
    })
    assert.equal(dig(created.output, 'metadata', 'name'), name)
    assert.equal(dig(await read(CM, 'RemoteCluster', name), 'spec', 'version'), '2.8.3')

    const got = await wide.call(P, 'get_cluster_custom_object', { ...rc, name })
    assert.equal(
      dig(got.output, 'metadata', 'uid'),
      (await read(CM, 'RemoteCluster', name))?.metadata?.uid
    )
    const all = await wide.call(P, 'list_cluster_custom_objects', rc)
    assert.ok((dig(all.output, 'items') as Obj[]).some((o) => o.metadata?.name === name))

    const patched = await wide.call(C, 'patch_cluster_custom_object', {
      ...rc,
      name,
      resource: { metadata: { labels: { patched: 'yes' } }, spec: { version: '2.8.4' } }
    })
    assert.equal(dig(patched.output, 'spec', 'version'), '2.8.4')
    const p = await read(CM, 'RemoteCluster', name)
    assert.equal(p?.metadata?.labels?.patched, 'yes')
    assert.equal(dig(p, 'spec', 'namespace'), ns, 'a merge patch keeps the rest')

    await wide.call(C, 'replace_cluster_custom_object', {
      ...rc,
      name,
      resource: {
        ...remote,
        metadata: { name, resourceVersion: p?.metadata?.resourceVersion },
        spec: { ...remote.spec, version: '3.0.0' }
      }
    })
    const r = await read(CM, 'RemoteCluster', name)
    assert.equal(dig(r, 'spec', 'version'), '3.0.0')
    assert.equal(r?.metadata?.labels?.patched, undefined, 'replace drops what the new body lacks')

    await wide.call(C, 'delete_cluster_custom_object', { ...rc, name })
    await until(
      'the RemoteCluster to be gone',
      async () => (await read(CM, 'RemoteCluster', name)) === null
    )
    await assert.rejects(wide.call(P, 'get_cluster_custom_object', { ...rc, name }), /not ?found/i)
  })

  it('daemonset: create from a spec file, the four probes true and false, update, delete', async (t) => {
    const ns = await namespace(t)
    const node = await fakeNode(admin(), 'k8s-cov-ds')
    t.after(() =>
      api()
        .delete({ apiVersion: 'v1', kind: 'Node', metadata: { name: node } })
        .catch(() => undefined)
    )
    const { call } = experiment(t, [ns])
    const A = 'chaosk8s.daemonset.actions'
    const P = 'chaosk8s.daemonset.probes'
    const dir = await mkdtemp(join(tmpdir(), 'k8s-cov-'))
    t.after(() => rm(dir, { recursive: true, force: true }))
    const spec = join(dir, 'daemonset.yaml')
    await writeFile(
      spec,
      (await readFile(fixture('daemonset.yaml'), 'utf8')).replaceAll('__NODE__', node)
    )

    const created = await call(A, 'create_daemon_set', { spec_path: spec, ns })
    assert.equal(dig(created.output, 'kind'), 'DaemonSet')
    assert.equal(created.tracked.size, 1)
    assert.ok(await read('apps/v1', 'DaemonSet', 'agent', ns))
    await until('the agent pod to run on the fake node', async () => {
      const ds = await read('apps/v1', 'DaemonSet', 'agent', ns)
      return dig(ds, 'status', 'numberReady') === 1 && dig(ds, 'status', 'numberAvailable') === 1
    })
    assert.equal(
      (await call(P, 'daemon_set_fully_available', { name: 'agent', ns, timeout: 5 })).output,
      true
    )
    assert.equal(
      (await call(P, 'daemon_set_available_and_healthy', { name: 'agent', ns })).output,
      true
    )
    assert.equal(
      (await call(P, 'daemon_set_partially_available', { name: 'agent', ns })).output,
      true
    )
    // Healthy and stable: it never becomes "not fully available" within the timeout.
    await assert.rejects(
      call(P, 'daemon_set_not_fully_available', { name: 'agent', ns, timeout: 1 }),
      /daemon set 'agent' failed to stop running within 1s/
    )

    // update_daemon_set rolls the pod (the one pod is replaced): the not-fully probe sees it.
    const notFully = call(P, 'daemon_set_not_fully_available', { name: 'agent', ns, timeout: 20 })
    await new Promise((r) => setTimeout(r, 300)) // its watch is established before the change
    const before = (await podsOf(ns, 'app=agent')).map((p) => p.metadata?.name)
    const updated = await call(A, 'update_daemon_set', {
      name: 'agent',
      ns,
      spec: { spec: { template: { metadata: { annotations: { rev: '2' } } } } }
    })
    assert.equal(dig(updated.output, 'spec', 'template', 'metadata', 'annotations', 'rev'), '2')
    assert.equal((await notFully).output, true)
    assert.equal(
      dig(
        await read('apps/v1', 'DaemonSet', 'agent', ns),
        'spec',
        'template',
        'metadata',
        'annotations',
        'rev'
      ),
      '2'
    )
    assert.equal(
      (await call(P, 'daemon_set_fully_available', { name: 'agent', ns, timeout: 20 })).output,
      true
    )
    await until('the pod to be replaced', async () => {
      const now = (await podsOf(ns, 'app=agent')).map((p) => p.metadata?.name)
      return now.length === 1 && !before.includes(now[0])
    })

    // A daemon set that selects no node has nothing available: partially/healthy fail.
    await api().create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'nowhere', namespace: ns, labels: { app: 'nowhere' } },
      spec: {
        selector: { matchLabels: { app: 'nowhere' } },
        template: {
          metadata: { labels: { app: 'nowhere' } },
          spec: {
            nodeSelector: { 'chaos-action.test/node': 'no-such-node' },
            containers: [{ name: 'app', image: 'fake' }]
          }
        }
      }
    } as KubernetesObject)
    await assert.rejects(
      call(P, 'daemon_set_partially_available', { name: 'nowhere', ns }),
      /DaemonSet 'nowhere' is not healthy/
    )
    await assert.rejects(
      call(P, 'daemon_set_available_and_healthy', { name: 'missing', ns }),
      /DaemonSet 'missing' was not found/
    )

    const deleted = await call(A, 'delete_daemon_set', {
      ns,
      label_selector: 'app in (agent, nowhere)'
    })
    assert.deepEqual((dig(deleted.output, 'deleted') as string[]).sort(), ['agent', 'nowhere'])
    await until(
      'both daemon sets to be gone',
      async () => (await list('apps/v1', 'DaemonSet', ns)).length === 0
    )
    await assert.rejects(call(A, 'delete_daemon_set', { ns }), /either name or label_selector/)
  })

  it('deployment: create_deployment, rollout_deployment; deprecated deployment/microservice probes true and false', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const D = 'chaosk8s.deployment.actions'
    const OLD = 'chaosk8s.probes'

    const created = await call(D, 'create_deployment', {
      spec_path: fixture('deployment.yaml'),
      ns
    })
    assert.equal(dig(created.output, 'metadata', 'namespace'), ns)
    assert.equal(created.tracked.size, 1)
    assert.equal(dig(await read('apps/v1', 'Deployment', 'shop', ns), 'spec', 'replicas'), 2)
    assert.equal(
      (await call(OLD, 'deployment_is_fully_available', { name: 'shop', ns, timeout: 20 })).output,
      true
    )
    await readyDeployment(ns, 'shop', 2)
    // Healthy: no error, and None like upstream (it drops the value it computes).
    assert.equal(
      (await call(OLD, 'microservice_available_and_healthy', { name: 'shop', ns })).output,
      null
    )
    await assert.rejects(
      call(OLD, 'microservice_available_and_healthy', { name: 'nope', ns }),
      /Deployment 'nope' was not found/
    )
    await assert.rejects(
      call(OLD, 'deployment_is_not_fully_available', { name: 'shop', ns, timeout: 1 }),
      /deployment 'shop' failed to stop running within 1s/
    )

    // rollout_deployment restarts it: a new ReplicaSet, every old pod replaced.
    const oldPods = (await podsOf(ns, 'app=shop')).map((p) => p.metadata?.name)
    const notFully = call(OLD, 'deployment_is_not_fully_available', {
      name: 'shop',
      ns,
      timeout: 20
    })
    await new Promise((r) => setTimeout(r, 300))
    const rolled = await call(D, 'rollout_deployment', { name: 'shop', ns })
    assert.equal(dig(rolled.output, 'dry_run'), false)
    assert.equal(dig(rolled.output, 'name'), 'shop')
    assert.equal((await notFully).output, true)
    const d = await read('apps/v1', 'Deployment', 'shop', ns)
    assert.ok(
      dig(d, 'spec', 'template', 'metadata', 'annotations', 'kubectl.kubernetes.io/restartedAt'),
      'restartedAt stamped on the template like kubectl rollout restart'
    )
    await readyDeployment(ns, 'shop', 2)
    await until('every old pod to be replaced', async () => {
      const now = (await podsOf(ns, 'app=shop')).map((p) => p.metadata?.name)
      return now.length === 2 && now.every((n) => !oldPods.includes(n))
    })
    assert.equal((await list('apps/v1', 'ReplicaSet', ns, 'app=shop')).length, 2)
    await assert.rejects(call(D, 'rollout_deployment', { ns }), /needs the name/)

    // A deployment whose pods cannot be scheduled never becomes fully available.
    await createDeployment(ns, 'stuck', 1, {
      nodeSelector: { 'chaos-action.test/node': 'no-such-node' }
    })
    await assert.rejects(
      call(OLD, 'deployment_is_fully_available', { name: 'stuck', ns, timeout: 1 }),
      /deployment 'stuck' failed to recover within 1s/
    )
    assert.equal(
      (await call(OLD, 'deployment_is_not_fully_available', { name: 'stuck', ns, timeout: 5 }))
        .output,
      true
    )
    await assert.rejects(
      call(OLD, 'microservice_available_and_healthy', { name: 'stuck', ns }),
      /Deployment 'stuck' is not healthy/
    )
  })

  it('deprecated chaosk8s.actions and pod probes: start, scale, kill, remove endpoint; pods healthy or not', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const A = 'chaosk8s.actions'
    const OLD = 'chaosk8s.probes'
    const POD = 'chaosk8s.pod.probes'

    const started = await call(A, 'start_microservice', {
      spec_path: fixture('deployment.json'),
      ns
    })
    assert.equal(dig(started.output, 'metadata', 'name'), 'cart')
    await readyDeployment(ns, 'cart', 1)
    await assert.rejects(
      call(A, 'start_microservice', { spec_path: fixture('ingress.txt'), ns }),
      /cannot read|cannot process/
    )

    const scaled = await call(A, 'scale_microservice', { name: 'cart', replicas: 3, ns })
    assert.equal(dig(scaled.output, 'replicas_before'), 1)
    assert.equal(dig(scaled.output, 'replicas_after'), 3)
    assert.equal(dig(await read('apps/v1', 'Deployment', 'cart', ns), 'spec', 'replicas'), 3)
    await readyDeployment(ns, 'cart', 3)
    await assert.rejects(
      call(A, 'scale_microservice', { name: 'ghost', replicas: 1, ns }),
      /failed to scale 'ghost' to 1 replicas/
    )

    // Probes while everything runs.
    assert.equal((await call(OLD, 'all_microservices_healthy', { ns })).output, true)
    assert.equal((await call(POD, 'all_pods_healthy', { ns })).output, true)
    await assert.rejects(
      call(OLD, 'microservice_is_not_available', { name: 'cart', ns }),
      /pod 'cart' is actually running/
    )
    await assert.rejects(
      call(POD, 'pod_is_not_available', { name: 'cart', ns }),
      /pod 'cart' is actually running/
    )
    assert.equal(
      (await call(POD, 'pod_is_not_available', { name: 'cart', ns, raise_on_is_available: false }))
        .output,
      false
    )

    await api().create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'cart', namespace: ns, labels: { name: 'cart' } },
      spec: { selector: { app: 'cart' }, ports: [{ port: 80 }] }
    } as KubernetesObject)
    assert.equal(
      (await call(OLD, 'service_endpoint_is_initialized', { name: 'cart', ns })).output,
      true
    )
    await call(A, 'remove_service_endpoint', { name: 'cart', ns })
    assert.equal(await read('v1', 'Service', 'cart', ns), null)
    await assert.rejects(
      call(OLD, 'service_endpoint_is_initialized', { name: 'cart', ns }),
      /service 'cart' is not initialized/
    )

    // kill_microservice deletes what `name in (cart)` selects: deployments, replica sets, pods.
    // The deployment's own replica sets and pods may go to the garbage collector first, so a
    // bare ReplicaSet and a bare Pod carrying the label prove those two steps.
    const pods = (await podsOf(ns, 'name=cart')).map((p) => p.metadata?.name ?? '')
    assert.equal(pods.length, 3)
    await api().create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'cart-bare', namespace: ns, labels: { name: 'cart' } },
      spec: {
        replicas: 1,
        selector: { matchLabels: { which: 'cart-bare' } },
        template: {
          metadata: { labels: { which: 'cart-bare' } },
          spec: { containers: [{ name: 'app', image: 'fake' }] }
        }
      }
    } as KubernetesObject)
    await api().create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'cart-solo', namespace: ns, labels: { name: 'cart' } },
      spec: { containers: [{ name: 'app', image: 'fake' }] }
    } as KubernetesObject)
    const killed = await call(A, 'kill_microservice', { name: 'cart', ns })
    const deleted = dig(killed.output, 'deleted') as string[]
    assert.ok(deleted.includes('deployments/cart'), String(deleted))
    assert.ok(deleted.includes('replicasets/cart-bare'), String(deleted))
    assert.ok(deleted.includes('pods/cart-solo'), String(deleted))
    assert.ok(
      deleted.every((d) => /^(deployments|replicasets|pods)\/cart/.test(d)),
      String(deleted)
    )
    assert.equal(await goneOrTerminating('v1', 'Pod', 'cart-solo', ns), true)
    assert.equal(await goneOrTerminating('apps/v1', 'ReplicaSet', 'cart-bare', ns), true)
    assert.equal(await read('apps/v1', 'Deployment', 'cart', ns), null)
    await until('replica sets and pods to be gone', async () => {
      const rs = await list('apps/v1', 'ReplicaSet', ns, 'name=cart')
      return rs.length === 0 && (await podsOf(ns, 'name=cart')).length === 0
    })
    assert.equal(
      (await call(OLD, 'microservice_is_not_available', { name: 'cart', ns })).output,
      true
    )
    assert.equal((await call(POD, 'pod_is_not_available', { name: 'cart', ns })).output, true)

    // A pod that cannot be scheduled (Pending) makes the namespace unhealthy.
    await api().create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'pending', namespace: ns },
      spec: {
        nodeSelector: { 'chaos-action.test/node': 'no-such-node' },
        containers: [{ name: 'app', image: 'fake' }]
      }
    } as KubernetesObject)
    await assert.rejects(call(OLD, 'all_microservices_healthy', { ns }), /the system is unhealthy/)
    await assert.rejects(call(POD, 'all_pods_healthy', { ns }), /the system is unhealthy/)
    assert.equal(
      (await call(POD, 'all_pods_healthy', { ns, raise_on_any_unhealthy: false })).output,
      false
    )
  })

  it('pod actions and logs: delete_pods by name and by label; read_pod_logs on kwok pods', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    await createDeployment(ns, 'web', 3)
    await readyDeployment(ns, 'web', 3)
    const pods = (await podsOf(ns, 'app=web')).map((p) => p.metadata?.name ?? '').sort()
    assert.equal(pods.length, 3)

    // By name: chaosk8s passes it as a name pattern to terminate_pods (one pod, qty 1).
    const byName = await call('chaosk8s.pod.actions', 'delete_pods', { name: pods[1], ns })
    assert.deepEqual(byName.output, [pods[1]])
    await until(`${pods[1]} to be deleted`, () => goneOrTerminating('v1', 'Pod', pods[1]!, ns))
    assert.equal(await goneOrTerminating('v1', 'Pod', pods[0]!, ns), false, 'the others stay')

    // By label: the first matching pod in alphabetical order, like terminate_pods' defaults.
    const remaining = (await podsOf(ns, 'app=web')).map((p) => p.metadata?.name ?? '').sort()
    const byLabel = await call('chaosk8s.pod.actions', 'delete_pods', {
      label_selector: 'app=web',
      ns
    })
    assert.deepEqual(byLabel.output, [remaining[0]])
    await until(`${remaining[0]} to be deleted`, () =>
      goneOrTerminating('v1', 'Pod', remaining[0]!, ns)
    )

    // Outside the blast radius: refused before anything is touched.
    const other = experiment(t, ['somewhere-else'])
    await assert.rejects(
      other.call('chaosk8s.pod.actions', 'delete_pods', { label_selector: 'app=web', ns }),
      /outside the blast radius/
    )

    // kwok's fake nodes run no containers and serve no logs (the API server cannot reach a
    // kubelet at the node's name): read_pod_logs fails naming pods/log and the pod. No pod
    // selected: an empty result, as upstream.
    await readyDeployment(ns, 'web', 3)
    const none = await call('chaosk8s.pod.probes', 'read_pod_logs', { name: 'nobody', ns })
    assert.deepEqual(none.output, {})
    await assert.rejects(
      call('chaosk8s.pod.probes', 'read_pod_logs', {
        name: 'web',
        ns,
        last: '1m',
        container_name: 'app'
      }),
      /ActivityFailed: Kubernetes API \d+ .* on resource "pods\/log" .*\(object "web-/
    )
  })

  it('networking: ingress create/exists/update/delete, network policies, DNS and egress helpers', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const A = 'chaosk8s.networking.actions'
    const P = 'chaosk8s.networking.probes'
    const NET = 'networking.k8s.io/v1'

    assert.equal((await call(P, 'ingress_exists', { name: 'front', ns })).output, false)
    const created = await call(A, 'create_ingress', { spec_path: fixture('ingress.yaml'), ns })
    assert.equal(dig(created.output, 'kind'), 'Ingress')
    assert.equal(created.tracked.size, 1)
    assert.equal((await call(P, 'ingress_exists', { name: 'front', ns })).output, true)
    await call(A, 'update_ingress', {
      name: 'front',
      ns,
      spec: {
        metadata: { annotations: { updated: 'yes' } },
        spec: { rules: [{ host: 'new.example.test' }] }
      }
    })
    const ing = await read(NET, 'Ingress', 'front', ns)
    assert.equal(ing?.metadata?.annotations?.updated, 'yes')
    assert.equal(dig(ing, 'spec', 'rules', '0', 'host'), 'new.example.test')
    await call(A, 'delete_ingress', { name: 'front', ns })
    assert.equal(await read(NET, 'Ingress', 'front', ns), null)
    assert.equal((await call(P, 'ingress_exists', { name: 'front', ns })).output, false)

    const inline = await call(A, 'create_network_policy', {
      ns,
      spec: {
        apiVersion: NET,
        kind: 'NetworkPolicy',
        metadata: { name: 'inline' },
        spec: { podSelector: {}, policyTypes: ['Egress'], egress: [] }
      }
    })
    assert.equal(dig(inline.output, 'metadata', 'namespace'), ns)
    await call(A, 'create_network_policy', { ns, spec_path: fixture('network-policy.json') })
    const fromFile = await read(NET, 'NetworkPolicy', 'from-file', ns)
    assert.deepEqual(dig(fromFile, 'spec', 'podSelector'), { matchLabels: { app: 'shop' } })
    assert.deepEqual(dig(fromFile, 'spec', 'ingress', '0', 'from', '0', 'podSelector'), {
      matchLabels: { role: 'front' }
    })
    await assert.rejects(call(A, 'create_network_policy', { ns }), /needs spec or spec_path/)
    await call(A, 'remove_network_policy', { name: 'inline', ns })
    await call(A, 'remove_network_policy', { name: 'from-file', ns })
    assert.deepEqual(await list(NET, 'NetworkPolicy', ns), [])

    const dns = await call(A, 'allow_dns_access', { ns, label_selectors: 'app=shop' })
    assert.equal(dns.tracked.size, 1)
    const allow = await read(NET, 'NetworkPolicy', 'chaostoolkit-allow-dns', ns)
    assert.deepEqual(dig(allow, 'spec', 'podSelector'), { matchLabels: { app: 'shop' } })
    assert.deepEqual(dig(allow, 'spec', 'policyTypes'), ['Egress'])
    assert.deepEqual(
      (dig(allow, 'spec', 'egress', '0', 'ports') as { port: number; protocol: string }[])
        .map((p) => `${p.port}/${p.protocol}`)
        .sort(),
      ['53/TCP', '53/UDP']
    )
    await call(A, 'remove_allow_dns_access', { ns })
    assert.equal(await read(NET, 'NetworkPolicy', 'chaostoolkit-allow-dns', ns), null)

    await call('chaosk8s.networking.actions', 'deny_all_egress', { ns })
    const deny = await read(NET, 'NetworkPolicy', 'chaostoolkit-deny-all-egress', ns)
    assert.deepEqual(dig(deny, 'spec', 'policyTypes'), ['Egress'])
    await call(A, 'remove_deny_all_egress', { ns })
    assert.equal(await read(NET, 'NetworkPolicy', 'chaostoolkit-deny-all-egress', ns), null)
    // Removing what is not there is quiet, as it is upstream.
    await call(A, 'remove_deny_all_egress', { ns })
    await call(A, 'remove_allow_dns_access', { ns })
  })

  it('statefulset create/not-fully-available/remove, replica set delete', async (t) => {
    const ns = await namespace(t)
    const { call } = experiment(t, [ns])
    const S = 'chaosk8s.statefulset.actions'
    const created = await call(S, 'create_statefulset', {
      spec_path: fixture('statefulset.yaml'),
      ns
    })
    assert.equal(dig(created.output, 'kind'), 'StatefulSet')
    assert.equal(dig(await read('apps/v1', 'StatefulSet', 'db', ns), 'spec', 'replicas'), 2)
    // Just created: not all replicas ready yet.
    assert.equal(
      (
        await call('chaosk8s.statefulset.probes', 'statefulset_not_fully_available', {
          name: 'db',
          ns,
          timeout: 5
        })
      ).output,
      true
    )
    await until(
      'db to have 2 ready replicas',
      async () =>
        dig(await read('apps/v1', 'StatefulSet', 'db', ns), 'status', 'readyReplicas') === 2
    )
    await assert.rejects(
      call('chaosk8s.statefulset.probes', 'statefulset_not_fully_available', {
        name: 'db',
        ns,
        timeout: 1
      }),
      /statefulset 'db' failed to stop running within 1s/
    )
    assert.equal(
      (
        await call('chaosk8s.statefulset.probes', 'statefulset_not_fully_available', {
          name: 'db',
          ns,
          timeout: 1,
          raise_on_fully_available: false
        })
      ).output,
      false
    )
    const removed = await call(S, 'remove_statefulset', { ns, label_selector: 'tier=data' })
    assert.deepEqual(dig(removed.output, 'deleted'), ['db'])
    await until('db to be gone', () => goneOrTerminating('apps/v1', 'StatefulSet', 'db', ns))

    // A bare ReplicaSet (no Deployment would put it back).
    const rs = (name: string) =>
      ({
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name, namespace: ns, labels: { app: 'bare', which: name } },
        spec: {
          replicas: 1,
          selector: { matchLabels: { which: name } },
          template: {
            metadata: { labels: { app: 'bare', which: name } },
            spec: { containers: [{ name: 'app', image: 'fake' }] }
          }
        }
      }) as KubernetesObject
    await api().create(rs('one'))
    await api().create(rs('two'))
    const byName = await call('chaosk8s.replicaset.actions', 'delete_replica_set', {
      name: 'one',
      ns
    })
    assert.deepEqual(dig(byName.output, 'deleted'), ['one'])
    await until('replica set one to be gone', () =>
      goneOrTerminating('apps/v1', 'ReplicaSet', 'one', ns)
    )
    assert.ok(await read('apps/v1', 'ReplicaSet', 'two', ns), 'two stays')
    const byLabel = await call('chaosk8s.replicaset.actions', 'delete_replica_set', {
      ns,
      label_selector: 'app=bare'
    })
    assert.deepEqual(dig(byLabel.output, 'deleted'), ['two'])
    await until('replica set two to be gone', () =>
      goneOrTerminating('apps/v1', 'ReplicaSet', 'two', ns)
    )
  })

  it('nodes: drain_nodes evicts the pods and cordons the node; verify_nodes_condition', async (t) => {
    const ns = await namespace(t)
    const node = await fakeNode(admin(), 'k8s-cov-drain')
    t.after(() =>
      api()
        .delete({ apiVersion: 'v1', kind: 'Node', metadata: { name: node } })
        .catch(() => undefined)
    )
    const { call } = experiment(t, [ns])
    const P = 'chaosk8s.node.probes'
    const selector = `chaos-action.test/node=${node}`

    assert.equal(
      (
        await call(P, 'verify_nodes_condition', {
          condition_type: 'Ready',
          condition_value: 'True',
          label_selector: selector
        })
      ).output,
      true
    )
    assert.equal(
      (
        await call(P, 'verify_nodes_condition', {
          condition_type: 'Ready',
          condition_value: 'False',
          label_selector: selector
        })
      ).output,
      false
    )
    // The default: PIDPressure False (kwok nodes report no pressure).
    assert.equal(
      (await call(P, 'verify_nodes_condition', { label_selector: selector })).output,
      true
    )

    await pinnedDeployment(admin(), ns, 'web', 2, node)
    const before = (await podsOf(ns, 'app=web')).map((p) => p.metadata?.name ?? '')
    assert.equal(before.length, 2)
    const drained = await call('chaosk8s.node.actions', 'drain_nodes', { name: node, timeout: 30 })
    assert.equal(drained.tracked.size, 1, 'the cordon is tracked so the run can undo it')
    assert.deepEqual(drained.output, [node])
    const n = await read('v1', 'Node', node)
    assert.equal(dig(n, 'spec', 'unschedulable'), true, 'cordoned')
    for (const p of before)
      assert.equal(await goneOrTerminating('v1', 'Pod', p, ns), true, `${p} evicted`)
    // The replacements cannot land on the cordoned node (its taint keeps them off the others).
    const now = await podsOf(ns, 'app=web')
    assert.ok(
      now.every((p) => dig(p, 'spec', 'nodeName') !== node),
      'no pod left on the node'
    )
    assert.equal(
      (
        await call(P, 'verify_nodes_condition', {
          condition_type: 'Ready',
          condition_value: 'True',
          label_selector: selector
        })
      ).output,
      true,
      'a drained node is still Ready, only unschedulable'
    )
    // Undoing the tracked cordon makes it schedulable again.
    await [...drained.tracked][0]!.undo(new AbortController().signal)
    assert.notEqual(dig(await read('v1', 'Node', node), 'spec', 'unschedulable'), true)
  })

  it('an old experiment through the CLI: deprecated helpers, set_loss and its rollback', async (t) => {
    const ns = await namespace(t)
    await api().create({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'shop', namespace: ns, labels: { name: 'shop' } },
      spec: { selector: { app: 'shop' }, ports: [{ port: 80 }] }
    } as KubernetesObject)
    await createDeployment(ns, 'shop', 2)
    await readyDeployment(ns, 'shop', 2)
    const dir = await mkdtemp(join(tmpdir(), 'k8s-cov-cli-'))
    t.after(() => rm(dir, { recursive: true, force: true }))
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [
          join(ROOT, 'src/cli.ts'),
          'run',
          fixture('experiment.yaml'),
          '--json',
          '--cluster',
          'existing',
          '--allowed-namespaces',
          ns,
          '--journal-dir',
          dir,
          '--var',
          `namespace=${ns}`
        ],
        {
          cwd: ROOT,
          env: { ...process.env, KUBECONFIG: kubeconfig, NO_COLOR: '1' },
          timeout: 60_000
        },
        (error, stdout, stderr) =>
          done({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr
          })
      )
    })
    assert.equal(r.code, 0, `exit ${r.code}\n${r.stdout}\n${r.stderr}`)
    const [result] = JSON.parse(r.stdout) as { verdict: string; journal: string }[]
    assert.equal(result?.verdict, 'passed', r.stderr)
    const journal = JSON.parse(await readFile(resolve(ROOT, result.journal), 'utf8')) as {
      status: string
      run: { activity: { name: string }; status: string; output?: unknown }[]
      rollbacks: { activity: { name: string }; status: string }[]
    }
    assert.equal(journal.status, 'completed')
    const byName = new Map(journal.run.map((a) => [a.activity.name, a]))
    assert.equal(byName.get('scale-shop-to-3')?.status, 'succeeded')
    assert.equal(dig(byName.get('scale-shop-to-3')?.output, 'replicas_after'), 3)
    assert.equal(dig(byName.get('lose-packets')?.output, 'spec', 'loss', 'loss'), '25')
    assert.equal(byName.get('shop-endpoint-initialized')?.output, true)
    assert.deepEqual(
      journal.rollbacks.map((r) => [r.activity.name, r.status]),
      [['remove-packet-loss', 'succeeded']]
    )
    // The effect on the cluster: scaled, and the fault removed by the rollback.
    assert.equal(dig(await read('apps/v1', 'Deployment', 'shop', ns), 'spec', 'replicas'), 3)
    await until(
      'the NetworkChaos to be removed',
      async () => (await read(CM, 'NetworkChaos', 'lossy', ns)) === null
    )
  })
})
