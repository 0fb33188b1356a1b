// Shared set-up for the Kubernetes suites (__tests__/k8s/*.test.ts): they run against the local
// control plane `npm run test:k8s` starts (scripts/k8s/) and skip when KUBECONFIG is not set.
import { randomBytes } from 'node:crypto'
import { KubeClient, R } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import { registerKubernetes } from '../../src/providers/kubernetes/index.ts'
import type { KubernetesOptions } from '../../src/providers/kubernetes/index.ts'
import { NativeModuleRegistry, ProviderRegistry } from '../../src/engine/provider.ts'
import { activityContext } from '../helpers/activity-context.ts'
import type { Activity, ProviderSpec } from '../../src/engine/types.ts'
import { createPythonProvider } from '../../src/providers/python/python.ts'

export const kubeconfig = process.env.KUBECONFIG
export const skip: false | string = kubeconfig
  ? false
  : 'KUBECONFIG is not set: run `npm run test:k8s`'

export function suffix(): string {
  return randomBytes(3).toString('hex')
}

export function setup(options: KubernetesOptions = {}) {
  const registry = new ProviderRegistry()
  const natives = new NativeModuleRegistry()
  const reg = registerKubernetes(registry, natives, options)
  registry.register(createPythonProvider({ modules: natives, python: false }))
  async function run(spec: ProviderSpec, activity: Partial<Activity> = {}) {
    const { ctx, tracked } = activityContext({ activity })
    const provider = registry.get(spec.type)
    if (!provider) throw new Error(`no provider ${spec.type}`)
    const output = await provider.run(spec, ctx)
    return { output, tracked }
  }
  function python(module: string, func: string, args: Record<string, unknown> = {}) {
    return run({ type: 'python', module, func, arguments: args })
  }
  function kube(spec: Record<string, unknown>) {
    return run({ type: 'kubernetes', ...spec })
  }
  return { registry, natives, reg, run, python, kube }
}

/** A client of our own for arranging and checking, outside the code under test. */
export function admin(): KubeClient {
  return new KubeClient()
}

export async function createNamespace(client: KubeClient, prefix: string): Promise<string> {
  const name = `${prefix}-${suffix()}`
  await client.create(R.namespaces, undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name }
  })
  return name
}

export async function deleteNamespace(client: KubeClient, name: string): Promise<void> {
  await client.delete(R.namespaces, undefined, name).catch(() => undefined)
}

export function deploymentManifest(
  name: string,
  replicas: number,
  labels: Record<string, string> = {}
): KubeObject {
  const match = { app: name }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { ...match, ...labels } },
    spec: {
      replicas,
      selector: { matchLabels: match },
      template: {
        metadata: { labels: { ...match, ...labels } },
        spec: { containers: [{ name: 'app', image: 'fake' }] }
      }
    }
  }
}

export function statefulSetManifest(name: string, replicas: number): KubeObject {
  const match = { app: name }
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, labels: match },
    spec: {
      replicas,
      serviceName: name,
      selector: { matchLabels: match },
      template: {
        metadata: { labels: match },
        spec: { containers: [{ name: 'app', image: 'fake' }] }
      }
    }
  }
}

/** Creates a Deployment and waits (watching) until it is fully available. */
export async function deployment(
  client: KubeClient,
  ns: string,
  name: string,
  replicas: number
): Promise<void> {
  await client.create(R.deployments, ns, deploymentManifest(name, replicas))
  const ok = await client.watchUntil(
    R.deployments,
    ns,
    { fieldSelector: `metadata.name=${name}`, timeoutMs: 60_000 },
    (objects) => {
      const d = objects.get(`${ns}/${name}`)
      return d?.status?.availableReplicas === replicas && d.status.updatedReplicas === replicas
    }
  )
  if (!ok) throw new Error(`deployment ${ns}/${name} not available within 60s`)
}

/** A fake node of our own (kwok makes it Ready), so node faults touch nobody else's pods. */
export async function fakeNode(client: KubeClient, prefix: string): Promise<string> {
  const name = `${prefix}-${suffix()}`
  await client.create(R.nodes, undefined, {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
      labels: { type: 'kwok', 'kubernetes.io/hostname': name, 'chaos-action.test/node': name }
    },
    spec: { taints: [{ key: 'chaos-action.test/private', value: name, effect: 'NoSchedule' }] },
    status: {
      allocatable: { cpu: '32', memory: '256Gi', pods: '110' },
      capacity: { cpu: '32', memory: '256Gi', pods: '110' }
    }
  })
  const ok = await client.watchUntil(
    R.nodes,
    undefined,
    { fieldSelector: `metadata.name=${name}`, timeoutMs: 30_000 },
    (objects) => {
      const n = objects.get(`/${name}`)
      return ((n?.status?.conditions ?? []) as { type: string; status: string }[]).some(
        (c) => c.type === 'Ready' && c.status === 'True'
      )
    }
  )
  if (!ok) throw new Error(`fake node ${name} not Ready within 30s`)
  return name
}

/** A Deployment pinned to one of our fake nodes (it tolerates that node's taint). */
export async function pinnedDeployment(
  client: KubeClient,
  ns: string,
  name: string,
  replicas: number,
  node: string
): Promise<void> {
  const m = deploymentManifest(name, replicas)
  const podSpec = (m.spec as { template: { spec: Record<string, unknown> } }).template.spec
  podSpec.nodeSelector = { 'chaos-action.test/node': node }
  podSpec.tolerations = [
    { key: 'chaos-action.test/private', operator: 'Equal', value: node, effect: 'NoSchedule' }
  ]
  await client.create(R.deployments, ns, m)
  const ok = await client.watchUntil(
    R.deployments,
    ns,
    { fieldSelector: `metadata.name=${name}`, timeoutMs: 60_000 },
    (objects) => objects.get(`${ns}/${name}`)?.status?.availableReplicas === replicas
  )
  if (!ok) throw new Error(`deployment ${ns}/${name} not available within 60s`)
}
