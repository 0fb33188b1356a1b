/**
 * Chaos Mesh objects on the API server: create, wait for the controller's status, delete and wait
 * for recovery, and remove everything a run left behind. Chaos Mesh's CRDs have no status
 * subresource, so objects are only ever created, merge-patched (metadata) and deleted: a PUT of
 * the whole object would overwrite the status the controller writes.
 */
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import { R, isNotFound, KubeApiError, sleep } from '../kubernetes/client.ts'
import type { KubeClient, KubeObject, ResourceType } from '../kubernetes/client.ts'
import {
  isTerminating,
  labelSelectorString,
  podReady,
  workloadStatus
} from '../kubernetes/select.ts'
import type { LabelSelector, WorkloadKind } from '../kubernetes/select.ts'
import {
  CHAOS_MESH_KINDS,
  CLEAN_FINALIZER_ANNOTATION,
  RUN_ID_LABEL,
  chaosResource,
  labelValue
} from './kinds.ts'
import {
  describeConditions,
  describeRecords,
  isFailureEvent,
  readState,
  recordPod
} from './status.ts'
import type { ChaosState } from './status.ts'

export interface ChaosRef {
  kind: string
  namespace: string
  name: string
}

export interface PhaseMark {
  phase: string
  at: string
}

export interface SeenChaosEvent {
  type: string
  reason: string
  message: string
  count: number
}

export function describeRef(ref: ChaosRef): string {
  return `${ref.kind} ${ref.namespace}/${ref.name}`
}

function now(): string {
  return new Date().toISOString()
}

/** Records each phase the first time it is seen. */
export class PhaseLog {
  readonly marks: PhaseMark[] = []
  mark(phase: string): void {
    if (!this.marks.some((m) => m.phase === phase)) this.marks.push({ phase, at: now() })
  }
  at(phase: string): number | undefined {
    const m = this.marks.find((x) => x.phase === phase)
    return m ? Date.parse(m.at) : undefined
  }
  observe(state: ChaosState): void {
    if (state.selected) this.mark('Selected')
    if (state.allInjected) this.mark('AllInjected')
    if (state.desiredPhase === 'Stop') this.mark('Stop')
    if (state.allRecovered && this.at('AllInjected') !== undefined) this.mark('AllRecovered')
  }
}

/** Events the API server holds about one chaos object (newest last); [] when they can't be read. */
export async function chaosEvents(client: KubeClient, ref: ChaosRef): Promise<SeenChaosEvent[]> {
  try {
    const list = await client.list(R.events, ref.namespace, {
      fieldSelector: `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`
    })
    return list.items
      .map(
        (e) =>
          e as KubeObject & {
            type?: string
            reason?: string
            message?: string
            count?: number
            lastTimestamp?: string
            eventTime?: string
          }
      )
      .sort((a, b) =>
        (a.lastTimestamp ?? a.eventTime ?? '').localeCompare(b.lastTimestamp ?? b.eventTime ?? '')
      )
      .map((e) => ({
        type: e.type ?? 'Normal',
        reason: e.reason ?? '',
        message: e.message ?? '',
        count: e.count ?? 1
      }))
  } catch {
    return []
  }
}

function quoteEvents(events: readonly SeenChaosEvent[], already = ''): string {
  const warnings = events.filter((e) => e.type === 'Warning' && !already.includes(e.message))
  if (warnings.length === 0) return ''
  return `; events: ${warnings.map((e) => `${e.reason}: ${e.message}`).join(' | ')}`
}

/**
 * Watches one chaos object until `check` (given the object, or undefined once it is gone) says so
 * or the time is up. The watch re-establishes itself and re-lists (KubeClient.watchUntil); if it
 * still gives up, this falls back to reading the object once a second until the deadline.
 */
export async function untilObject(
  client: KubeClient,
  ref: ChaosRef,
  o: {
    timeoutMs: number
    signal: AbortSignal
    resourceVersion?: string | undefined
    initial?: KubeObject | undefined
    logger?: Logger | undefined
  },
  check: (obj: KubeObject | undefined) => boolean
): Promise<boolean> {
  const res = chaosResource(ref.kind)
  const key = `${ref.namespace}/${ref.name}`
  const deadline = Date.now() + o.timeoutMs
  try {
    return await client.watchUntil(
      res,
      ref.namespace,
      {
        fieldSelector: `metadata.name=${ref.name}`,
        timeoutMs: o.timeoutMs,
        signal: o.signal,
        ...(o.resourceVersion && o.initial
          ? { resourceVersion: o.resourceVersion, initial: [o.initial] }
          : {})
      },
      (objects) => check(objects.get(key))
    )
  } catch (error) {
    if (
      o.signal.aborted ||
      (error instanceof KubeApiError && (error.status === 401 || error.status === 403))
    )
      throw error
    o.logger?.warning(
      `watch on ${describeRef(ref)} failed (${errorMessage(error)}); polling instead`
    )
  }
  for (let i = 0; i < 3600 && Date.now() < deadline && !o.signal.aborted; i++) {
    let obj: KubeObject | null
    try {
      obj = await client.getOrNull(res, ref.namespace, ref.name)
    } catch (error) {
      if (error instanceof KubeApiError && (error.status === 401 || error.status === 403))
        throw error
      await sleep(1_000, o.signal)
      continue
    }
    if (check(obj ?? undefined)) return true
    await sleep(Math.min(1_000, Math.max(0, deadline - Date.now())), o.signal)
  }
  return false
}

export type InjectOutcome =
  | { ok: true; object: KubeObject; state: ChaosState }
  | {
      ok: false
      reason: 'no-targets' | 'injection-failed' | 'no-status' | 'timeout' | 'gone'
      message: string
      object: KubeObject | undefined
    }

/**
 * Watches a pod-based chaos object until Chaos Mesh reports Selected and AllInjected, or a failure:
 * a Failed/Apply record event, a Warning `Failed` event on the object (selection or injection), or
 * the timeout. Events are watched beside the object because "no pod is selected" shows only there.
 */
export async function waitInjected(
  client: KubeClient,
  ref: ChaosRef,
  o: {
    timeoutMs: number
    signal: AbortSignal
    phases: PhaseLog
    resourceVersion?: string
    initial?: KubeObject
  }
): Promise<InjectOutcome> {
  const res = chaosResource(ref.kind)
  const stop = new AbortController()
  const signal = AbortSignal.any([o.signal, stop.signal])
  let last: KubeObject | undefined = o.initial
  let failureEvent: SeenChaosEvent | undefined
  let sawObject = o.initial !== undefined

  const objectWatch = untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal, resourceVersion: o.resourceVersion, initial: o.initial },
    (obj) => {
      if (!obj) return sawObject // deleted by someone else
      sawObject = true
      last = obj
      const state = readState(obj)
      o.phases.observe(state)
      return state.applyFailures.length > 0 || (state.selected && state.allInjected)
    }
  ).then((done) => ({ from: 'object' as const, done }))

  const eventWatch = client
    .watchUntil(
      R.events,
      ref.namespace,
      {
        fieldSelector: `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`,
        timeoutMs: o.timeoutMs,
        signal
      },
      (objects) => {
        for (const e of objects.values()) {
          const ev = e as KubeObject & {
            type?: string
            reason?: string
            message?: string
            count?: number
          }
          if (isFailureEvent(ev)) {
            failureEvent = {
              type: ev.type ?? 'Warning',
              reason: ev.reason ?? '',
              message: ev.message ?? '',
              count: ev.count ?? 1
            }
            return true
          }
        }
        return false
      }
    )
    .then((done) => ({ from: 'events' as const, done }))
    // Events are extra evidence: a failure to watch them must not fail the injection.
    .catch(() => new Promise<never>(() => {}))

  let first: { from: 'object' | 'events'; done: boolean }
  try {
    first = await Promise.race([objectWatch, eventWatch])
  } finally {
    stop.abort()
  }
  objectWatch.catch(() => {})
  if (o.signal.aborted)
    throw new ActivityFailed(`interrupted while waiting for ${describeRef(ref)} to be injected`)

  let state = readState(last)
  const what = describeRef(ref)
  const detail = () =>
    `conditions: ${describeConditions(state.conditions)}; records: ${describeRecords(state.records)}`
  if (first.from === 'object' && first.done) {
    if (last === undefined)
      return {
        ok: false,
        reason: 'gone',
        message: `${what} was deleted before it was injected`,
        object: undefined
      }
    if (state.applyFailures.length > 0)
      return {
        ok: false,
        reason: 'injection-failed',
        message: `Chaos Mesh failed to inject ${what}: ${state.applyFailures.join('; ')} (${detail()})`,
        object: last
      }
    if (state.selected && state.allInjected) return { ok: true, object: last, state }
    return {
      ok: false,
      reason: 'gone',
      message: `${what} was deleted before it was injected`,
      object: last
    }
  }
  if (first.from === 'events' && failureEvent) {
    // The event and the status are written together: read the status that goes with the event.
    last = (await client.getOrNull(res, ref.namespace, ref.name).catch(() => null)) ?? last
    if (!readState(last).seen && !o.signal.aborted) {
      const r = await waitObject(
        client,
        ref,
        { timeoutMs: 1_500, signal: o.signal },
        (x) => readState(x).seen
      ).catch(() => undefined)
      last = r?.object ?? last
    }
    state = readState(last)
    const selectFailure = /select/i.test(failureEvent.message) || !state.selected
    return {
      ok: false,
      reason: selectFailure ? 'no-targets' : 'injection-failed',
      message: selectFailure
        ? `Chaos Mesh selected no targets for ${what}: ${failureEvent.reason}: ${failureEvent.message} ` +
          `(${detail()}); check the selector's namespaces and labels match running pods`
        : `Chaos Mesh failed to inject ${what}: ${failureEvent.reason}: ${failureEvent.message} (${detail()})`,
      object: last
    }
  }
  const seconds = Math.round(o.timeoutMs / 1000)
  if (!state.seen)
    return {
      ok: false,
      reason: 'no-status',
      message:
        `the Chaos Mesh controller wrote no status on ${what} within ${seconds}s: ` +
        'is Chaos Mesh installed and running in this cluster (helm install chaos-mesh)?',
      object: last
    }
  if (!state.selected)
    return {
      ok: false,
      reason: 'no-targets',
      message: `Chaos Mesh selected no targets for ${what} within ${seconds}s (${detail()}); check the selector's namespaces and labels match running pods`,
      object: last
    }
  return {
    ok: false,
    reason: 'timeout',
    message: `${what} was not injected into every target within ${seconds}s (${detail()})`,
    object: last
  }
}

/** Waits (watching) until `pred` holds for the object; returns the last version seen. */
export async function waitObject(
  client: KubeClient,
  ref: ChaosRef,
  o: { timeoutMs: number; signal: AbortSignal; phases?: PhaseLog },
  pred: (obj: KubeObject) => boolean
): Promise<{ done: boolean; object: KubeObject | undefined }> {
  let last: KubeObject | undefined
  const done = await untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal: o.signal },
    (obj) => {
      if (!obj) return false
      last = obj
      o.phases?.observe(readState(obj))
      return pred(obj)
    }
  )
  return { done, object: last }
}

export interface DeleteOutcome {
  /** Whether the object is gone (finalizer removed). */
  gone: boolean
  seconds: number
  last: KubeObject | undefined
}

/**
 * Deletes a chaos object and waits until it is gone, which proves Chaos Mesh recovered every
 * target (its finalizer is removed only then). `force` sets Chaos Mesh's cleanFinalizer
 * annotation first, for leftovers whose daemon is gone.
 */
export async function deleteAndWait(
  client: KubeClient,
  ref: ChaosRef,
  o: { timeoutMs: number; signal: AbortSignal; phases?: PhaseLog; force?: boolean }
): Promise<DeleteOutcome> {
  const res = chaosResource(ref.kind)
  const started = Date.now()
  if (o.force) {
    try {
      await client.patch(res, ref.namespace, ref.name, {
        metadata: { annotations: { [CLEAN_FINALIZER_ANNOTATION]: 'forced' } }
      })
    } catch (error) {
      if (!isNotFound(error)) throw error
    }
  }
  try {
    await client.request(
      'delete',
      { res, namespace: ref.namespace, name: ref.name },
      { signal: o.signal }
    )
  } catch (error) {
    if (isNotFound(error)) {
      o.phases?.mark('removed')
      return { gone: true, seconds: 0, last: undefined }
    }
    throw error
  }
  o.phases?.mark('deleted')
  let last: KubeObject | undefined
  const gone = await untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal: o.signal },
    (obj) => {
      if (!obj) return true
      last = obj
      o.phases?.observe(readState(obj))
      return false
    }
  )
  if (gone) o.phases?.mark('removed')
  return { gone, seconds: round((Date.now() - started) / 1000), last }
}

/** Why a deleted object is still there, for the error message. */
export function describeStuck(
  ref: ChaosRef,
  last: KubeObject | undefined,
  seconds: number,
  events: readonly SeenChaosEvent[]
): string {
  const state = readState(last)
  const injected = state.records.filter((r) => r.phase !== 'Not Injected').map((r) => r.id)
  return (
    `${describeRef(ref)} was still present ${seconds}s after deletion` +
    (injected.length
      ? `: targets that never recovered (records still injected): ${injected.join(', ')}`
      : '') +
    (state.recoverFailures.length ? `; recovery failed: ${state.recoverFailures.join('; ')}` : '') +
    (state.finalizers.length ? `; finalizers: ${state.finalizers.join(', ')}` : '') +
    quoteEvents(events) +
    `. Chaos Mesh could not recover the targets: check chaos-daemon, or as a last resort annotate it ` +
    `${CLEAN_FINALIZER_ANNOTATION}=forced (kubectl annotate -n ${ref.namespace} ${ref.kind.toLowerCase()} ${ref.name} ${CLEAN_FINALIZER_ANNOTATION}=forced)`
  )
}

/** `message` followed by the Warning events it does not already quote. */
export function withEvents(message: string, events: readonly SeenChaosEvent[]): string {
  return message + quoteEvents(events, message)
}

export function failureWithEvents(
  message: string,
  events: readonly SeenChaosEvent[]
): ActivityFailed {
  return new ActivityFailed(withEvents(message, events))
}

export interface WorkloadRecovery {
  workload: string
  namespace: string
  desired: number
  recovered: boolean
  recovery_seconds: number | null
}

interface WorkloadRef {
  kind: WorkloadKind
  namespace: string
  name: string
  selector: string
  desired: number
}

const WORKLOADS: Record<string, ResourceType> = {
  Deployment: R.deployments,
  StatefulSet: R.statefulsets,
  DaemonSet: R.daemonsets,
  ReplicaSet: R.replicasets
}

/** The workload owning a pod (ReplicaSet -> Deployment), or undefined for a bare pod. */
async function ownerWorkload(
  client: KubeClient,
  pod: KubeObject
): Promise<WorkloadRef | undefined> {
  const ns = pod.metadata?.namespace
  let ref =
    pod.metadata?.ownerReferences?.find((r) => r.controller) ?? pod.metadata?.ownerReferences?.[0]
  if (!ns || !ref) return undefined
  let obj: KubeObject | null = null
  let kind: WorkloadKind | undefined
  for (let hop = 0; hop < 2 && ref; hop++) {
    const res = WORKLOADS[ref.kind]
    if (!res) return undefined
    obj = await client.getOrNull(res, ns, ref.name)
    if (!obj) return undefined
    kind = ref.kind as WorkloadKind
    if (ref.kind !== 'ReplicaSet') break
    ref = obj.metadata?.ownerReferences?.find((r) => r.kind === 'Deployment')
  }
  if (!obj || !kind) return undefined
  return {
    kind,
    namespace: ns,
    name: obj.metadata?.name ?? '',
    selector: labelSelectorString(obj.spec?.selector as LabelSelector | undefined),
    desired: workloadStatus(kind, obj).desired
  }
}

/**
 * Snapshot of the pods a selector may reach, taken before a one-shot chaos is created: a killed
 * pod may be gone by the time its record says Injected, and its owner says what "available again"
 * means.
 */
export async function snapshotPods(
  client: KubeClient,
  namespaces: readonly string[],
  labelSelector: string | undefined
): Promise<Map<string, KubeObject>> {
  const out = new Map<string, KubeObject>()
  for (const ns of namespaces) {
    try {
      const l = await client.list(R.pods, ns, { labelSelector, limit: 500 })
      for (const p of l.items) out.set(`${ns}/${p.metadata?.name ?? ''}`, p)
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 403) continue
      throw error
    }
  }
  return out
}

/**
 * After a one-shot chaos (pod-kill, container-kill): waits, watching pods, until every workload
 * owning an injected pod has `desired` Ready pods that are not terminating again.
 */
export async function waitWorkloadsRecovered(
  client: KubeClient,
  recordIds: readonly string[],
  snapshot: Map<string, KubeObject>,
  o: { since: number; timeoutMs: number; signal: AbortSignal; logger: Logger }
): Promise<WorkloadRecovery[]> {
  const workloads = new Map<string, WorkloadRef>()
  for (const id of recordIds) {
    const p = recordPod(id)
    if (!p) continue
    const pod =
      snapshot.get(`${p.namespace}/${p.pod}`) ??
      (await client.getOrNull(R.pods, p.namespace, p.pod))
    if (!pod) continue
    const w = await ownerWorkload(client, pod)
    if (w) workloads.set(`${w.namespace}/${w.kind}/${w.name}`, w)
  }
  return Promise.all(
    [...workloads.values()].map(async (w): Promise<WorkloadRecovery> => {
      const ok = await client.watchUntil(
        R.pods,
        w.namespace,
        {
          labelSelector: w.selector,
          timeoutMs: Math.max(0, o.timeoutMs - (Date.now() - o.since)),
          signal: o.signal
        },
        (objects) =>
          [...objects.values()].filter((p) => podReady(p) && !isTerminating(p)).length >= w.desired
      )
      const seconds = ok ? round((Date.now() - o.since) / 1000) : null
      o.logger.info(
        ok
          ? `${w.kind} ${w.namespace}/${w.name} available again after ${seconds}s`
          : `${w.kind} ${w.namespace}/${w.name} NOT available again within ${Math.round(o.timeoutMs / 1000)}s`
      )
      return {
        workload: `${w.kind}/${w.name}`,
        namespace: w.namespace,
        desired: w.desired,
        recovered: ok,
        recovery_seconds: seconds
      }
    })
  )
}

export interface RunCleanup {
  deleted: string[]
  remaining: string[]
}

/**
 * Deletes every Chaos Mesh object labelled with the run id (in `namespaces`, or in every namespace
 * when none are given) and waits until they are gone. Kinds whose CRD is not installed are skipped.
 * Throws ActivityFailed naming what is still there after the timeout.
 */
export async function deleteAllForRun(
  client: KubeClient,
  runId: string,
  o: {
    namespaces?: readonly string[] | undefined
    timeoutMs?: number
    signal?: AbortSignal
    logger?: Logger
    force?: boolean
  } = {}
): Promise<RunCleanup> {
  const signal = o.signal ?? new AbortController().signal
  const labelSelector = `${RUN_ID_LABEL}=${labelValue(runId)}`
  const scopes: (string | undefined)[] = o.namespaces?.length
    ? [...new Set(o.namespaces)]
    : [undefined]
  const found: ChaosRef[] = []
  for (const kind of CHAOS_MESH_KINDS) {
    for (const ns of scopes) {
      try {
        const l = await client.list(chaosResource(kind), ns, { labelSelector })
        for (const item of l.items)
          found.push({
            kind,
            namespace: item.metadata?.namespace ?? ns ?? 'default',
            name: item.metadata?.name ?? ''
          })
      } catch (error) {
        // The CRD of this kind is not installed: nothing of it to delete.
        if (isNotFound(error)) break
        throw error
      }
    }
  }
  const timeoutMs = o.timeoutMs ?? 120_000
  const results = await Promise.all(
    found.map(async (ref) => {
      try {
        const r = await deleteAndWait(client, ref, {
          timeoutMs,
          signal,
          ...(o.force ? { force: true } : {})
        })
        if (r.gone) o.logger?.info(`deleted ${describeRef(ref)}`)
        return {
          ref,
          gone: r.gone,
          why: r.gone ? '' : describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref))
        }
      } catch (error) {
        return { ref, gone: false, why: `${describeRef(ref)}: ${errorMessage(error)}` }
      }
    })
  )
  const remaining = results.filter((r) => !r.gone)
  if (remaining.length > 0)
    throw new ActivityFailed(
      `${remaining.length} Chaos Mesh object(s) of run ${runId} could not be removed: ` +
        remaining.map((r) => r.why).join(' | ')
    )
  return { deleted: results.map((r) => describeRef(r.ref)), remaining: [] }
}

export function round(n: number): number {
  return Math.round(n * 1000) / 1000
}

export { sleep }
