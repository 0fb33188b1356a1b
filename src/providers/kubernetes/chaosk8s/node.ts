/** chaosk8s.node.actions and chaosk8s.node.probes. */
import { pyTruthy } from '../../../engine/py.ts'
import { ActivityFailed } from '../../../engine/errors.ts'
import { KubeApiError, R } from '../client.ts'
import type { KubeObject } from '../client.ts'
import { drainNodes, selectNodes, setSchedulable } from '../ops.ts'
import type { KubeEnv } from '../ops.ts'
import { int, opt, optInt, str, summary } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sFunction, Chaosk8sModule } from './define.ts'
import { createObject } from './objects.ts'

/** Each node's name and `condition type -> status`. */
async function nodeConditions(
  env: KubeEnv,
  labelSelector: unknown
): Promise<Record<string, string>[]> {
  const nodes = await env.client.list(R.nodes, undefined, { labelSelector: opt(labelSelector) })
  return nodes.items.map((n) => {
    const out: Record<string, string> = { name: n.metadata?.name ?? '' }
    for (const c of (n.status?.conditions ?? []) as { type: string; status: string }[])
      out[c.type] = c.status
    return out
  })
}

/** Faults on nodes reach every pod they host: those pods' namespaces must all be allowed. */
async function checkPodsOnNodes(
  env: KubeEnv,
  nodes: readonly KubeObject[],
  action: string
): Promise<number> {
  let count = 0
  for (const n of nodes) {
    // Deleting a node takes every pod on it down, DaemonSet and system pods included.
    const affected = (
      await env.client.list(R.pods, undefined, {
        fieldSelector: `spec.nodeName=${n.metadata?.name ?? ''}`
      })
    ).items
    env.radius.checkNamespaces(action, new Set(affected.map((p) => p.metadata?.namespace ?? '')))
    count += affected.length
  }
  env.radius.checkPodCount(action, count)
  return count
}

/** cordon_node (`on`) / uncordon_node. */
function cordon(on: boolean): Chaosk8sFunction {
  return def(
    [
      ['name', null],
      ['label_selector', null]
    ],
    async (a, ctx, env, k) => {
      const nodes = await selectNodes(env, {
        name: opt(a.name),
        labelSelector: opt(a.label_selector)
      })
      const r = await setSchedulable(env, nodes, on, (node) =>
        k.rt.trackCordon(ctx, env.client, node)
      )
      if (!on && !env.radius.dryRun)
        for (const n of r.nodes) k.rt.forget(env.client, 'cordon', undefined, n.name)
      if (env.radius.dryRun) return r
      return r.nodes.map((n) => n.name)
    }
  )
}

export const nodeActions: Chaosk8sModule = {
  delete_nodes: def(
    [
      ['label_selector', null],
      ['all', false],
      ['rand', false],
      ['count', null],
      ['grace_period_seconds', null],
      ['pod_label_selector', null],
      ['pod_namespace', null]
    ],
    async (a, _ctx, env) => {
      const all = pyTruthy(a.all)
      let count = optInt(a.count, 'count')
      const first = !all && !pyTruthy(a.rand) && (count === undefined || count < 1)
      if (pyTruthy(a.rand)) count = 1
      const nodes = await selectNodes(env, {
        labelSelector: all ? null : opt(a.label_selector),
        podLabelSelector: all ? null : opt(a.pod_label_selector),
        podNamespace: all ? null : opt(a.pod_namespace),
        count: all ? null : (count ?? null),
        first
      })
      await checkPodsOnNodes(env, nodes, 'delete_nodes')
      const names = nodes.map((n) => n.metadata?.name ?? '')
      if (env.radius.dryRun) return summary('delete_nodes', env, { would_delete: names })
      const deleted: string[] = []
      for (const n of new Set(names)) {
        const grace = optInt(a.grace_period_seconds, 'grace_period_seconds')
        await env.client.delete(R.nodes, undefined, n, {
          ...(grace !== undefined ? { gracePeriodSeconds: grace } : {})
        })
        deleted.push(n)
      }
      return deleted
    }
  ),
  create_node: def(
    [
      ['meta', null],
      ['spec', null]
    ],
    async (a, ctx, env, k) => {
      const body: KubeObject = { apiVersion: 'v1', kind: 'Node' }
      if (a.meta) body.metadata = a.meta as KubeObject['metadata']
      if (a.spec) body.spec = a.spec as KubeObject['spec']
      try {
        return await createObject(k, env, ctx, R.nodes, undefined, body, 'create_node')
      } catch (error) {
        if (error instanceof KubeApiError)
          throw new ActivityFailed(`Creating new node failed: ${error.message}`)
        throw error
      }
    }
  ),
  cordon_node: cordon(true),
  uncordon_node: cordon(false),
  drain_nodes: def(
    [
      ['name', null],
      ['label_selector', null],
      ['delete_pods_with_local_storage', false],
      ['timeout', 120],
      ['count', null],
      ['pod_label_selector', null],
      ['pod_namespace', null]
    ],
    async (a, ctx, env, k) => {
      const nodes = await selectNodes(env, {
        name: opt(a.name),
        labelSelector: opt(a.label_selector),
        count: optInt(a.count, 'count') ?? null,
        podLabelSelector: opt(a.pod_label_selector),
        podNamespace: opt(a.pod_namespace)
      })
      const r = await drainNodes(env, nodes, {
        deleteLocalStorage: pyTruthy(a.delete_pods_with_local_storage),
        timeout: int(a.timeout, 'timeout'),
        onCordoned: (node) => k.rt.trackCordon(ctx, env.client, node)
      })
      return r.dry_run ? r : r.nodes
    }
  )
}

export const nodeProbes: Chaosk8sModule = {
  get_nodes: def(
    [['label_selector', null]],
    async (a, _ctx, env) =>
      env.client.request(
        'list',
        { res: R.nodes },
        { query: { labelSelector: opt(a.label_selector) } }
      ),
    { configuration: true }
  ),
  get_all_node_status_conditions: def(
    [['label_selector', null]],
    (a, _ctx, env) => nodeConditions(env, a.label_selector),
    { configuration: true }
  ),
  all_nodes_must_be_ready_to_schedule: def(
    [['label_selector', null]],
    async (a, _ctx, env) => {
      const nodes = await env.client.list(R.nodes, undefined, {
        labelSelector: opt(a.label_selector)
      })
      return nodes.items.every(
        (n) =>
          n.spec?.unschedulable !== true &&
          ((n.status?.conditions ?? []) as { type: string; status: string }[]).some(
            (c) => c.type === 'Ready' && c.status === 'True'
          )
      )
    },
    { configuration: true }
  ),
  verify_nodes_condition: def(
    [
      ['condition_type', 'PIDPressure'],
      ['condition_value', 'False'],
      ['label_selector', null]
    ],
    async (a, _ctx, env) =>
      (await nodeConditions(env, a.label_selector)).every(
        (n) => n[str(a.condition_type)] === str(a.condition_value)
      ),
    { configuration: true }
  ),
  nodes_must_be_healthy: def(
    [['label_selector', null]],
    async (a, _ctx, env) =>
      (await nodeConditions(env, a.label_selector)).every(
        (n) =>
          n.Ready === 'True' &&
          (n.MemoryPressure ?? 'False') === 'False' &&
          (n.DiskPressure ?? 'False') === 'False' &&
          (n.PIDPressure ?? 'False') === 'False' &&
          (n.NetworkUnavailable ?? 'False') === 'False'
      ),
    { configuration: true }
  )
}
