import { ActivityFailed, NoEffectError, errorMessage } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import type { BlastRadius } from './blast-radius.ts'
import { KubeApiError, R, isNotFound } from './client.ts'
import type { KubeClient, KubeObject, ResourceType } from './client.ts'
import {
  isTerminating,
  labelSelectorString,
  podReady,
  selectPods,
  workloadStatus
} from './select.ts'
import type { LabelSelector, PodSelection, WorkloadKind } from './select.ts'

/** What every operation needs: a client, the blast radius, where to log, when to stop. */
export interface KubeEnv {
  client: KubeClient
  radius: BlastRadius
  logger: Logger
  signal: AbortSignal
}

export const WORKLOAD_RESOURCES: Record<WorkloadKind, ResourceType> = {
  Deployment: R.deployments,
  StatefulSet: R.statefulsets,
  DaemonSet: R.daemonsets,
  ReplicaSet: R.replicasets
}

export function workloadKind(kind: unknown): WorkloadKind {
  const k = String(kind ?? 'Deployment').toLowerCase()
  const found = (Object.keys(WORKLOAD_RESOURCES) as WorkloadKind[]).find(
    (w) => w.toLowerCase() === k || `${w.toLowerCase()}s` === k
  )
  if (!found)
    throw new ActivityFailed(
      `unknown workload kind '${String(kind)}' (expected Deployment, StatefulSet, DaemonSet or ReplicaSet)`
    )
  return found
}

/** One Kubernetes event seen during an action, as evidence. */
export interface SeenEvent {
  type: string
  reason: string
  object: string
  message: string
  count: number
}

const MAX_EVENTS = 50

/**
 * Collects the namespace's events from `resourceVersion` on, in the background, until stopped.
 * Only events about objects `related` accepts are kept.
 */
/** Events about a workload and what it owns (`web`, `web-5d79…`, `web-0`), from its version on. */
function workloadEvents(
  env: KubeEnv,
  o: { namespace: string; name: string },
  current: KubeObject
): { stop(): Promise<SeenEvent[]> } {
  return collectEvents(
    env,
    o.namespace,
    current.metadata?.resourceVersion,
    (_k, n) => n === o.name || n.startsWith(`${o.name}-`)
  )
}

export function collectEvents(
  env: KubeEnv,
  namespace: string,
  resourceVersion: string | undefined,
  related: (kind: string, name: string) => boolean
): { stop(): Promise<SeenEvent[]> } {
  const seen = new Map<string, SeenEvent>()
  const controller = new AbortController()
  const since = Date.now() - 1_000
  const onParent = () => controller.abort()
  env.signal.addEventListener('abort', onParent, { once: true })
  const running = env.client
    .watchUntil(
      R.events,
      namespace,
      {
        resourceVersion,
        initial: [],
        timeoutMs: 10 * 60_000,
        signal: controller.signal
      },
      (_objects, event) => {
        if (!event || event.type === 'DELETED') return false
        const e = event.object as KubeObject & {
          involvedObject?: { kind?: string; name?: string }
          reason?: string
          message?: string
          type?: string
          count?: number
          lastTimestamp?: string
          eventTime?: string
        }
        const kind = e.involvedObject?.kind ?? ''
        const name = e.involvedObject?.name ?? ''
        const at = Date.parse(e.lastTimestamp ?? e.eventTime ?? '')
        if (!Number.isNaN(at) && at < since) return false
        if (!related(kind, name)) return false
        if (seen.size < MAX_EVENTS || seen.has(e.metadata?.uid ?? ''))
          seen.set(e.metadata?.uid ?? `${seen.size}`, {
            type: e.type ?? 'Normal',
            reason: e.reason ?? '',
            object: `${kind}/${name}`,
            message: e.message ?? '',
            count: e.count ?? 1
          })
        return false
      }
    )
    .catch((error: unknown) => {
      if (!controller.signal.aborted)
        env.logger.debug(`event watch in ${namespace} ended: ${errorMessage(error)}`)
    })
  return {
    async stop() {
      // Let events already on the wire arrive before closing.
      await new Promise((r) => setTimeout(r, 300))
      controller.abort()
      env.signal.removeEventListener('abort', onParent)
      await running
      return [...seen.values()]
    }
  }
}

export interface Owner {
  kind: WorkloadKind
  name: string
  selector: string
  desired: number
}

/** The workload that owns a pod (ReplicaSet -> Deployment), or undefined for bare pods. */
async function ownerOf(
  env: KubeEnv,
  pod: KubeObject,
  cache: Map<string, KubeObject | null>
): Promise<{ kind: WorkloadKind; obj: KubeObject } | undefined> {
  const ns = pod.metadata?.namespace
  const ref =
    pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0]
  if (!ref || !ns) return undefined
  const read = async (kind: WorkloadKind, name: string) => {
    const k = `${kind}/${name}`
    if (!cache.has(k)) cache.set(k, await env.client.getOrNull(WORKLOAD_RESOURCES[kind], ns, name))
    return cache.get(k) ?? null
  }
  if (ref.kind === 'ReplicaSet') {
    const rs = await read('ReplicaSet', ref.name)
    if (!rs) return undefined
    const dep = rs.metadata?.ownerReferences?.find((o) => o.kind === 'Deployment')
    if (dep) {
      const d = await read('Deployment', dep.name)
      if (d) return { kind: 'Deployment', obj: d }
    }
    return { kind: 'ReplicaSet', obj: rs }
  }
  if (ref.kind === 'StatefulSet' || ref.kind === 'DaemonSet') {
    const o = await read(ref.kind, ref.name)
    return o ? { kind: ref.kind, obj: o } : undefined
  }
  return undefined
}

export interface KilledPod {
  name: string
  namespace: string
  node: string | null
  phase: string | null
  ready: boolean
  owner: string | null
}

export interface WorkloadRecovery {
  workload: string
  desired: number
  recovered: boolean
  recovery_seconds: number | null
  replacement_pods: string[]
}

export interface KillPodsResult {
  action: 'kill-pods'
  namespace: string
  selector: string | null
  dry_run: boolean
  /** Pods deleted (or, in a dry run, that would be). */
  pods: KilledPod[]
  workloads: WorkloadRecovery[]
  /** Seconds from the first deletion until every affected workload was available again. */
  recovery_seconds: number | null
  recovered: boolean | null
  events: SeenEvent[]
  api_requests: number
  message: string
}

export interface KillPodsOptions extends PodSelection {
  namespace: string
  labelSelector?: string | undefined
  gracePeriod?: number | undefined
  /** Wait for the owning workloads to be available again (seconds); 0 = don't. */
  recoveryTimeout?: number | undefined
  /** Skip pods already terminating (the native form does; chaosk8s does not). */
  skipTerminating?: boolean
  action?: string
}

function killedPod(p: KubeObject, owner: string | null): KilledPod {
  return {
    name: p.metadata?.name ?? '',
    namespace: p.metadata?.namespace ?? '',
    node: (p.spec?.nodeName as string | undefined) ?? null,
    phase: (p.status?.phase as string | undefined) ?? null,
    ready: podReady(p),
    owner
  }
}

/** Kills pods and measures, by watching, how long their workloads take to be available again. */
export async function killPods(env: KubeEnv, o: KillPodsOptions): Promise<KillPodsResult> {
  const action = o.action ?? 'kill-pods'
  const startRequests = env.client.requests
  env.radius.checkNamespaces(action, [o.namespace])
  const list = await env.client.list(R.pods, o.namespace, { labelSelector: o.labelSelector })
  const candidates = o.skipTerminating ? list.items.filter((p) => !isTerminating(p)) : list.items
  const chosen = selectPods(candidates, o)
  env.radius.checkPodCount(action, chosen.length)

  // Owners are read before anything is deleted: they say how many replicas "recovered" means.
  const cache = new Map<string, KubeObject | null>()
  const owners = new Map<string, Owner>()
  const ownerName = new Map<string, string>()
  const resolveOwners = (o.recoveryTimeout ?? 0) > 0
  for (const p of resolveOwners ? chosen : []) {
    let owner: Awaited<ReturnType<typeof ownerOf>>
    try {
      owner = await ownerOf(env, p, cache)
    } catch (error) {
      // Reading owners is for evidence and recovery; a refusal there must not block the fault.
      if (!(error instanceof KubeApiError) || error.status !== 403) throw error
      env.logger.warning(`recovery of ${p.metadata?.name ?? ''} is not measured: ${error.message}`)
      continue
    }
    if (!owner) continue
    const id = `${owner.kind}/${owner.obj.metadata?.name ?? ''}`
    ownerName.set(p.metadata?.uid ?? '', id)
    if (!owners.has(id))
      owners.set(id, {
        kind: owner.kind,
        name: owner.obj.metadata?.name ?? '',
        selector: labelSelectorString(owner.obj.spec?.selector as LabelSelector | undefined),
        desired: workloadStatus(owner.kind, owner.obj).desired
      })
  }
  const pods = chosen.map((p) => killedPod(p, ownerName.get(p.metadata?.uid ?? '') ?? null))
  const base = {
    action: 'kill-pods' as const,
    namespace: o.namespace,
    selector: o.labelSelector ?? null,
    pods
  }
  if (env.radius.dryRun) {
    return {
      ...base,
      dry_run: true,
      workloads: [],
      recovery_seconds: null,
      recovered: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would kill ${pods.length} pod(s): ${pods.map((p) => p.name).join(', ') || 'none'}`
    }
  }

  const names = new Set(pods.map((p) => p.name))
  const prefixes = [...owners.values()].map((w) => w.name)
  const events =
    chosen.length > 0 && resolveOwners
      ? collectEvents(
          env,
          o.namespace,
          list.metadata?.resourceVersion,
          (_kind, name) =>
            names.has(name) || prefixes.some((p) => name === p || name.startsWith(`${p}-`))
        )
      : undefined
  const killedUids = new Set(chosen.map((p) => p.metadata?.uid ?? ''))
  // Pods that existed before the kill: anything else Ready afterwards is a replacement.
  const existing = new Set(list.items.map((p) => p.metadata?.uid ?? ''))
  const started = Date.now()
  try {
    for (const p of chosen) {
      try {
        await env.client.delete(R.pods, o.namespace, p.metadata?.name ?? '', {
          ...(o.gracePeriod !== undefined && o.gracePeriod >= 0
            ? { gracePeriodSeconds: o.gracePeriod }
            : {})
        })
      } catch (error) {
        // Already gone is what we wanted.
        if (!isNotFound(error)) throw error
      }
      env.logger.info(
        `killed pod ${o.namespace}/${p.metadata?.name ?? ''} on node ${String(p.spec?.nodeName ?? '?')}`
      )
    }

    const timeoutMs = (o.recoveryTimeout ?? 0) * 1000
    const workloads: WorkloadRecovery[] = await Promise.all(
      [...owners.entries()].map(async ([id, w]): Promise<WorkloadRecovery> => {
        if (timeoutMs <= 0)
          return {
            workload: id,
            desired: w.desired,
            recovered: false,
            recovery_seconds: null,
            replacement_pods: []
          }
        let replacements: string[] = []
        const ok = await env.client.watchUntil(
          R.pods,
          o.namespace,
          {
            labelSelector: w.selector,
            timeoutMs: Math.max(0, timeoutMs - (Date.now() - started)),
            signal: env.signal
          },
          (objects) => {
            const ready = [...objects.values()].filter(
              (p) => podReady(p) && !isTerminating(p) && !killedUids.has(p.metadata?.uid ?? '')
            )
            if (ready.length < w.desired) return false
            replacements = ready
              .filter((p) => !existing.has(p.metadata?.uid ?? ''))
              .map((p) => p.metadata?.name ?? '')
            return true
          }
        )
        return {
          workload: id,
          desired: w.desired,
          recovered: ok,
          recovery_seconds: ok ? round((Date.now() - started) / 1000) : null,
          replacement_pods: replacements
        }
      })
    )
    const seen = (await events?.stop()) ?? []
    const waited = timeoutMs > 0 && workloads.length > 0
    const recovered = waited ? workloads.every((w) => w.recovered) : null
    const recovery = recovered ? Math.max(...workloads.map((w) => w.recovery_seconds ?? 0)) : null
    const result: KillPodsResult = {
      ...base,
      dry_run: false,
      workloads,
      recovery_seconds: recovery,
      recovered,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message:
        `killed ${pods.length} pod(s) in ${o.namespace}` +
        (recovered === true
          ? `; workloads available again after ${recovery}s`
          : recovered === false
            ? `; NOT available again within ${o.recoveryTimeout}s`
            : '')
    }
    return result
  } catch (error) {
    await events?.stop()
    throw error
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

/**
 * Watches one workload until its rollout is complete (and, when given, at `replicas`).
 * Returns the seconds it took, or null on timeout.
 */
export async function waitWorkloadComplete(
  env: KubeEnv,
  kind: WorkloadKind,
  namespace: string,
  name: string,
  timeoutS: number,
  opts: { replicas?: number; minGeneration?: number; since?: number } = {}
): Promise<{ seconds: number | null; object: KubeObject | undefined }> {
  const since = opts.since ?? Date.now()
  let last: KubeObject | undefined
  const ok = await env.client.watchUntil(
    WORKLOAD_RESOURCES[kind],
    namespace,
    { fieldSelector: `metadata.name=${name}`, timeoutMs: timeoutS * 1000, signal: env.signal },
    (objects) => {
      const o = objects.get(`${namespace}/${name}`)
      last = o
      if (!o) return false
      if (opts.minGeneration !== undefined && (o.metadata?.generation ?? 0) < opts.minGeneration)
        return false
      const s = workloadStatus(kind, o)
      if (opts.replicas !== undefined && s.desired !== opts.replicas) return false
      return s.complete
    }
  )
  return { seconds: ok ? round((Date.now() - since) / 1000) : null, object: last }
}

/** Waits until at most `count` pods of the workload `object` exist (terminating ones included). */
async function waitPodsAtMost(
  env: KubeEnv,
  namespace: string,
  object: KubeObject,
  count: number,
  timeoutMs: number
): Promise<boolean> {
  const selector = labelSelectorString(object.spec?.selector as LabelSelector | undefined)
  if (selector === '' || timeoutMs <= 0) return selector === ''
  return env.client.watchUntil(
    R.pods,
    namespace,
    { labelSelector: selector, timeoutMs, signal: env.signal },
    (pods) => pods.size <= count
  )
}

export interface ScaleResult {
  action: 'scale'
  kind: WorkloadKind
  name: string
  namespace: string
  dry_run: boolean
  replicas_before: number
  replicas_after: number
  ready: boolean | null
  ready_seconds: number | null
  events: SeenEvent[]
  api_requests: number
  message: string
}

export async function scaleWorkload(
  env: KubeEnv,
  o: {
    kind: WorkloadKind
    name: string
    namespace: string
    replicas: number
    timeout?: number
    action?: string
  }
): Promise<ScaleResult> {
  const action = o.action ?? 'scale'
  const startRequests = env.client.requests
  if (o.kind === 'DaemonSet') throw new ActivityFailed('a DaemonSet cannot be scaled')
  if (!Number.isInteger(o.replicas) || o.replicas < 0)
    throw new ActivityFailed(`replicas must be a whole number >= 0, got ${String(o.replicas)}`)
  env.radius.checkNamespaces(action, [o.namespace])
  const res = WORKLOAD_RESOURCES[o.kind]
  const current = await env.client.get(res, o.namespace, o.name)
  const before = workloadStatus(o.kind, current).desired
  if (before > o.replicas)
    env.radius.checkPodCount(action, before - o.replicas, 'pods (scale down)')
  const base = { action: 'scale' as const, kind: o.kind, name: o.name, namespace: o.namespace }
  if (env.radius.dryRun)
    return {
      ...base,
      dry_run: true,
      replicas_before: before,
      replicas_after: before,
      ready: null,
      ready_seconds: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would scale ${o.kind}/${o.name} from ${before} to ${o.replicas} replicas`
    }
  const events = (o.timeout ?? 0) > 0 ? workloadEvents(env, o, current) : undefined
  const started = Date.now()
  try {
    await env.client.patch(
      res,
      o.namespace,
      o.name,
      { spec: { replicas: o.replicas } },
      'merge',
      'scale'
    )
    const timeout = o.timeout ?? 0
    let waited =
      timeout > 0
        ? await waitWorkloadComplete(env, o.kind, o.namespace, o.name, timeout, {
            replicas: o.replicas,
            since: started
          })
        : undefined
    // Scaled down: ready means the removed pods are gone too. A terminating pod may still serve
    // (for its grace period, and until its endpoint is withdrawn), so a fault that follows would
    // otherwise hit a workload that still has more pods than it says.
    if (waited && waited.seconds !== null && before > o.replicas && waited.object) {
      const left = Math.max(0, timeout * 1000 - (Date.now() - started))
      const gone = await waitPodsAtMost(env, o.namespace, waited.object, o.replicas, left)
      waited = { ...waited, seconds: gone ? round((Date.now() - started) / 1000) : null }
    }
    const seen = (await events?.stop()) ?? []
    return {
      ...base,
      dry_run: false,
      replicas_before: before,
      replicas_after: o.replicas,
      ready: waited ? waited.seconds !== null : null,
      ready_seconds: waited?.seconds ?? null,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message:
        `scaled ${o.kind}/${o.name} from ${before} to ${o.replicas} replicas` +
        (waited
          ? waited.seconds !== null
            ? `; ready after ${waited.seconds}s`
            : `; NOT ready within ${timeout}s`
          : '')
    }
  } catch (error) {
    await events?.stop()
    throw error
  }
}

export interface RestartResult {
  action: 'rollout-restart'
  kind: WorkloadKind
  name: string
  namespace: string
  dry_run: boolean
  replicas: number
  restarted_at: string
  recovered: boolean | null
  recovery_seconds: number | null
  events: SeenEvent[]
  api_requests: number
  message: string
}

/** `kubectl rollout restart`: a new template annotation, then (optionally) wait for the rollout. */
export async function rolloutRestart(
  env: KubeEnv,
  o: { kind: WorkloadKind; name: string; namespace: string; timeout?: number; action?: string }
): Promise<RestartResult> {
  const action = o.action ?? 'rollout-restart'
  const startRequests = env.client.requests
  if (o.kind === 'ReplicaSet')
    throw new ActivityFailed('a ReplicaSet cannot be restarted by a rollout')
  env.radius.checkNamespaces(action, [o.namespace])
  const res = WORKLOAD_RESOURCES[o.kind]
  const current = await env.client.get(res, o.namespace, o.name)
  const replicas = workloadStatus(o.kind, current).desired
  const at = new Date().toISOString()
  const base = {
    action: 'rollout-restart' as const,
    kind: o.kind,
    name: o.name,
    namespace: o.namespace,
    replicas,
    restarted_at: at
  }
  if (env.radius.dryRun)
    return {
      ...base,
      dry_run: true,
      recovered: null,
      recovery_seconds: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would restart ${o.kind}/${o.name} (${replicas} replicas)`
    }
  const events = (o.timeout ?? 0) > 0 ? workloadEvents(env, o, current) : undefined
  const started = Date.now()
  try {
    const patched = await env.client.patch(res, o.namespace, o.name, {
      spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } }
    })
    const timeout = o.timeout ?? 0
    const waited =
      timeout > 0
        ? await waitWorkloadComplete(env, o.kind, o.namespace, o.name, timeout, {
            minGeneration: patched.metadata?.generation ?? 0,
            since: started
          })
        : undefined
    const seen = (await events?.stop()) ?? []
    return {
      ...base,
      dry_run: false,
      recovered: waited ? waited.seconds !== null : null,
      recovery_seconds: waited?.seconds ?? null,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message:
        `restarted ${o.kind}/${o.name}` +
        (waited
          ? waited.seconds !== null
            ? `; rollout complete after ${waited.seconds}s`
            : `; rollout NOT complete within ${timeout}s`
          : '')
    }
  } catch (error) {
    await events?.stop()
    throw error
  }
}

export interface NodeSelection {
  name?: string | null | undefined
  labelSelector?: string | null | undefined
  count?: number | null | undefined
  podLabelSelector?: string | null | undefined
  podNamespace?: string | null | undefined
  first?: boolean
}

/** chaosk8s's node selection (name and/or label, hosting matching pods, `count` random picks). */
export async function selectNodes(
  env: KubeEnv,
  s: NodeSelection,
  random = Math.random
): Promise<KubeObject[]> {
  const ret = await env.client.list(R.nodes, undefined, {
    labelSelector: s.labelSelector ?? undefined,
    fieldSelector: s.name ? `metadata.name=${s.name}` : undefined
  })
  let nodes = ret.items
  if (s.podLabelSelector && s.podNamespace) {
    const pods = await env.client.list(R.pods, s.podNamespace, {
      labelSelector: s.podLabelSelector
    })
    const hosts = new Set(pods.items.map((p) => p.spec?.nodeName))
    nodes = nodes.filter((n) => hosts.has(n.metadata?.name))
  }
  if (nodes.length === 0)
    throw new NoEffectError(
      `0 nodes matched${s.labelSelector ? ` label selector "${s.labelSelector}"` : ''}${s.name ? ` name "${s.name}"` : ''}` +
        ' (failed to find a node that matches selector)',
      []
    )
  if (s.first) nodes = nodes.slice(0, 1)
  else if (s.count !== undefined && s.count !== null)
    nodes = Array.from(
      { length: s.count },
      () => nodes[Math.floor(random() * nodes.length)] as KubeObject
    )
  return nodes
}

export interface CordonResult {
  action: 'cordon' | 'uncordon'
  dry_run: boolean
  nodes: { name: string; was_unschedulable: boolean; unschedulable: boolean }[]
  api_requests: number
  message: string
}

export async function setSchedulable(
  env: KubeEnv,
  nodes: readonly KubeObject[],
  cordon: boolean,
  onCordoned?: (node: string) => void
): Promise<CordonResult> {
  const startRequests = env.client.requests
  const action = cordon ? 'cordon' : 'uncordon'
  const out: CordonResult['nodes'] = []
  for (const n of nodes) {
    const name = n.metadata?.name ?? ''
    const was = n.spec?.unschedulable === true
    if (!env.radius.dryRun) {
      await env.client.patch(R.nodes, undefined, name, { spec: { unschedulable: cordon } })
      if (cordon && !was) onCordoned?.(name)
    }
    out.push({ name, was_unschedulable: was, unschedulable: env.radius.dryRun ? was : cordon })
  }
  return {
    action,
    dry_run: env.radius.dryRun,
    nodes: out,
    api_requests: env.client.requests - startRequests,
    message: `${env.radius.dryRun ? 'dry run: would ' : ''}${action} ${out.map((n) => n.name).join(', ')}`
  }
}

export interface DrainResult {
  action: 'drain'
  dry_run: boolean
  nodes: string[]
  evicted: KilledPod[]
  skipped: { name: string; namespace: string; why: string }[]
  drained_seconds: number | null
  api_requests: number
  message: string
}

/** `kubectl drain --ignore-daemonsets`, refusing up front when evictions leave the blast radius. */
export async function drainNodes(
  env: KubeEnv,
  nodes: readonly KubeObject[],
  o: { deleteLocalStorage: boolean; timeout: number; onCordoned?: (node: string) => void }
): Promise<DrainResult> {
  const startRequests = env.client.requests
  const candidates: KubeObject[] = []
  const skipped: DrainResult['skipped'] = []
  for (const node of nodes) {
    const nodeName = node.metadata?.name ?? ''
    const pods = await env.client.list(R.pods, undefined, {
      fieldSelector: `spec.nodeName=${nodeName}`
    })
    for (const pod of pods.items) {
      const name = pod.metadata?.name ?? ''
      const namespace = pod.metadata?.namespace ?? ''
      if (pod.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined) {
        skipped.push({ name, namespace, why: 'mirror pod' })
        continue
      }
      const volumes = (pod.spec?.volumes ?? []) as { emptyDir?: unknown }[]
      if (volumes.some((v) => v.emptyDir !== undefined) && !o.deleteLocalStorage) {
        skipped.push({ name, namespace, why: 'local storage (emptyDir)' })
        continue
      }
      const phase = pod.status?.phase
      const owners = pod.metadata?.ownerReferences ?? []
      if (owners.some((r) => r.kind === 'DaemonSet')) {
        skipped.push({ name, namespace, why: 'DaemonSet pod' })
        continue
      }
      if (phase !== 'Succeeded' && phase !== 'Failed' && !owners.some((r) => r.controller))
        throw new ActivityFailed(
          `Pod '${name}' on node '${nodeName}' is unmanaged, cannot drain this node. Delete it manually first?`
        )
      candidates.push(pod)
    }
  }
  // Every eviction is checked before the first node is even cordoned.
  env.radius.checkNamespaces('drain', new Set(candidates.map((p) => p.metadata?.namespace ?? '')))
  env.radius.checkPodCount('drain', candidates.length, 'pods (evictions)')
  const evicted = candidates.map((p) => killedPod(p, null))
  const nodeNames = nodes.map((n) => n.metadata?.name ?? '')
  if (env.radius.dryRun)
    return {
      action: 'drain',
      dry_run: true,
      nodes: nodeNames,
      evicted,
      skipped,
      drained_seconds: null,
      api_requests: env.client.requests - startRequests,
      message: `dry run: would cordon ${nodeNames.join(', ')} and evict ${evicted.length} pod(s)`
    }
  await setSchedulable(env, nodes, true, o.onCordoned)
  const started = Date.now()
  for (const pod of candidates) {
    const name = pod.metadata?.name ?? ''
    const namespace = pod.metadata?.namespace ?? ''
    try {
      await env.client.request(
        'create',
        { res: R.pods, namespace, name, subresource: 'eviction' },
        {
          body: {
            apiVersion: 'policy/v1',
            kind: 'Eviction',
            metadata: { name, namespace }
          }
        }
      )
    } catch (error) {
      if (!isNotFound(error))
        throw new ActivityFailed(`Failed to evict pod ${name}: ${errorMessage(error)}`)
    }
  }
  // Gone means deleted, or replaced by a pod of the same name with another uid.
  const pending = new Map(
    candidates.map((p) => [`${p.metadata?.namespace}/${p.metadata?.name}`, p.metadata?.uid])
  )
  const namespaces = new Set(candidates.map((p) => p.metadata?.namespace ?? ''))
  const deadline = started + o.timeout * 1000
  for (const ns of namespaces) {
    const ok = await env.client.watchUntil(
      R.pods,
      ns,
      { timeoutMs: Math.max(0, deadline - Date.now()), signal: env.signal },
      (objects) => {
        for (const [k, uid] of pending) {
          if (!k.startsWith(`${ns}/`)) continue
          const cur = objects.get(k)
          if (!cur || cur.metadata?.uid !== uid) pending.delete(k)
        }
        return ![...pending.keys()].some((k) => k.startsWith(`${ns}/`))
      }
    )
    if (!ok) break
  }
  if (pending.size > 0)
    throw new ActivityFailed(
      `Draining nodes did not completed within ${o.timeout}s. Remaining pods are:\n${[...pending.keys()].join('\n')}`
    )
  const seconds = round((Date.now() - started) / 1000)
  return {
    action: 'drain',
    dry_run: false,
    nodes: nodeNames,
    evicted,
    skipped,
    drained_seconds: seconds,
    api_requests: env.client.requests - startRequests,
    message: `drained ${nodeNames.join(', ')}: evicted ${evicted.length} pod(s) in ${seconds}s`
  }
}
