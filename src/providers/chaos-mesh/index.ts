/**
 * The `chaos-mesh` provider: runs any Chaos Mesh experiment as a Chaos Toolkit action and proves
 * each step from the controller's status.
 *
 * | key | meaning |
 * |---|---|
 * | `action` | `apply` (default) or `delete` |
 * | `kind`, `spec` | inline object: PodChaos, NetworkChaos, StressChaos, HTTPChaos, IOChaos, TimeChaos, DNSChaos, Schedule, Workflow... |
 * | `file` | a manifest with one Chaos Mesh object instead, relative to the experiment file |
 * | `name`, `namespace`, `metadata` | override or complete the object's (default name: from the activity; default namespace: the first allowed namespace, else `default`) |
 * | `duration` | seconds (or `30s`) to hold the fault once injected, then delete it and wait for recovery |
 * | `keep` | `true`: leave it running once injected; a later `action: delete` (or the end of the run) removes it |
 * | `injectTimeout` (60), `recoverTimeout` (120) | seconds to wait for Selected+AllInjected, and for recovery |
 * | `dryRun` | validate with the API server (dryRun=All) and change nothing |
 * | `secrets` | secret scopes with KUBERNETES_* settings |
 *
 * Without `duration`: a one-shot PodChaos (pod-kill, container-kill) is deleted as soon as it is
 * injected and the provider waits for the workloads to be available again (`recovery_seconds`);
 * other chaos with a `spec.duration` is held until Chaos Mesh recovers it by itself
 * (creation + spec.duration); a Workflow is waited on until Accomplished (`recoverTimeout`);
 * anything else (a Schedule, chaos without spec.duration) needs `duration` or `keep`. The hold
 * ends early when the activity is interrupted or times out, and the object is still deleted.
 * Schedule and Workflow have no Selected/AllInjected: a Workflow must report it started, a
 * Schedule is only held (its spawned chaos is Chaos Mesh's). Each wait watches the object (with
 * re-list, and reads once a second if the watch gives up); a failure deletes the object first.
 *
 * `action: delete` with `kind` + `name` removes one object; without a name, everything labelled
 * with this run's id (`chaos-action.dev/run-id`).
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import type { Json, ProviderSpec } from '../../engine/types.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import type { KubeClient, KubeObject } from '../kubernetes/client.ts'
import { KubeRuntime } from '../kubernetes/runtime.ts'
import type { KubernetesOptions } from '../kubernetes/runtime.ts'
import {
  CHAOS_MESH_API_VERSION,
  CHAOS_MESH_KINDS,
  MANAGED_BY,
  MANAGED_BY_LABEL,
  RUN_ID_ANNOTATION,
  RUN_ID_LABEL,
  canonicalKind,
  chaosResource,
  familyOf,
  isOneShot,
  labelValue
} from './kinds.ts'
import {
  PhaseLog,
  chaosEvents,
  deleteAllForRun,
  deleteAndWait,
  describeRef,
  describeStuck,
  failureWithEvents,
  round,
  sleep,
  snapshotPods,
  waitInjected,
  waitObject,
  waitWorkloadsRecovered
} from './ops.ts'
import type { ChaosRef, SeenChaosEvent, WorkloadRecovery } from './ops.ts'
import { goDurationSeconds, readState, recordPod, selectorNamespaces } from './status.ts'
import type { ContainerRecord } from './status.ts'

export { deleteAllForRun } from './ops.ts'
export { RUN_ID_LABEL, CHAOS_MESH_KINDS } from './kinds.ts'

type Spec = Record<string, unknown>

const KEYS = [
  'type',
  'action',
  'kind',
  'spec',
  'file',
  'name',
  'namespace',
  'metadata',
  'duration',
  'keep',
  'injectTimeout',
  'recoverTimeout',
  'dryRun',
  'secrets'
]

const DEFAULT_INJECT_TIMEOUT = 60
const DEFAULT_RECOVER_TIMEOUT = 120

/** What `cleanupPersisted` needs to remove a chaos object from another process. */
export interface ChaosTrackedData {
  server: string
  runId: string
  kind: string
  namespace: string
  name: string
}

export interface ChaosMeshProviderOptions extends KubernetesOptions {
  /** Share the `kubernetes` provider's runtime (clients, blast radius) instead of making one. */
  runtime?: KubeRuntime
}

export interface ChaosOutput {
  action: 'apply' | 'delete'
  kind: string
  name: string
  namespace: string
  uid: string | null
  dry_run: boolean
  one_shot: boolean
  kept: boolean
  phases: { phase: string; at: string }[]
  records: { id: string; phase: string; injectedCount: number; recoveredCount: number }[]
  /** Targets Chaos Mesh injected (`namespace/pod[/container]`). */
  injected: string[]
  durations: {
    to_inject_seconds: number | null
    held_seconds: number | null
    to_recover_seconds: number | null
    total_seconds: number
  }
  recovery_seconds: number | null
  workloads: WorkloadRecovery[]
  events: SeenChaosEvent[]
  message: string
}

function seconds(s: Spec, key: string, fallback: number): number {
  const v = s[key]
  if (v === undefined || v === null) return fallback
  const n = goDurationSeconds(v)
  if (n === undefined || n < 0)
    throw new ActivityFailed(
      `'${key}' must be a number of seconds or a duration like '30s', got ${JSON.stringify(v)}`
    )
  return n
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** The object to create, from the inline form or a manifest file. */
async function buildObject(
  s: Spec,
  ctx: ActivityContext,
  defaultNamespace: string
): Promise<KubeObject & { kind: string; metadata: NonNullable<KubeObject['metadata']> }> {
  let base: KubeObject
  if (typeof s.file === 'string') {
    const path = resolve(dirname(ctx.experimentFile), s.file)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new ActivityFailed(
        `cannot read the Chaos Mesh manifest ${path}: ${errorMessage(error)}`
      )
    }
    const docs = parseAllDocuments(text)
      .map((d) => {
        if (d.errors.length)
          throw new ActivityFailed(`${path}: invalid YAML: ${d.errors[0]?.message ?? ''}`)
        return d.toJS() as unknown
      })
      .filter((d) => d !== null && d !== undefined)
    if (docs.length !== 1 || !isRecord(docs[0]))
      throw new ActivityFailed(
        `${path} must hold exactly one Chaos Mesh object (found ${docs.length} documents)`
      )
    base = docs[0] as KubeObject
  } else {
    base = { kind: s.kind as string, spec: (s.spec ?? {}) as Record<string, unknown> }
  }
  const kind = canonicalKind(base.kind)
  if (!kind)
    throw new ActivityFailed(
      `'${String(base.kind)}' is not a Chaos Mesh kind (expected one of ${CHAOS_MESH_KINDS.join(', ')})`
    )
  if (base.apiVersion !== undefined && base.apiVersion !== CHAOS_MESH_API_VERSION)
    throw new ActivityFailed(
      `apiVersion must be ${CHAOS_MESH_API_VERSION}, got ${String(base.apiVersion)}`
    )
  const extra = isRecord(s.metadata) ? s.metadata : {}
  const meta = { ...(base.metadata ?? {}), ...extra } as NonNullable<KubeObject['metadata']>
  const labels = {
    ...(base.metadata?.labels ?? {}),
    ...((extra.labels as Record<string, string> | undefined) ?? {}),
    [RUN_ID_LABEL]: labelValue(ctx.runId),
    [MANAGED_BY_LABEL]: MANAGED_BY
  }
  const annotations = {
    ...(base.metadata?.annotations ?? {}),
    ...((extra.annotations as Record<string, string> | undefined) ?? {}),
    [RUN_ID_ANNOTATION]: ctx.runId
  }
  const name =
    (typeof s.name === 'string' && s.name) ||
    meta.name ||
    `${slug(ctx.activity.name || kind)}-${Math.random().toString(36).slice(2, 7)}`
  const namespace =
    (typeof s.namespace === 'string' && s.namespace) || meta.namespace || defaultNamespace
  return {
    ...base,
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    metadata: { ...meta, name, namespace, labels, annotations },
    spec: isRecord(base.spec) ? base.spec : {}
  }
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '')
  return s || 'chaos'
}

function recordsOut(records: readonly ContainerRecord[]): ChaosOutput['records'] {
  return records.map((r) => ({
    id: r.id,
    phase: r.phase,
    injectedCount: r.injectedCount ?? 0,
    recoveredCount: r.recoveredCount ?? 0
  }))
}

export class ChaosMeshProvider implements Provider {
  readonly type = 'chaos-mesh'
  readonly runtime: KubeRuntime
  /** Namespaces this process created chaos objects in, per run id (for delete-all). */
  readonly #namespaces = new Map<string, Set<string>>()
  readonly #untrack = new Map<string, () => void>()

  constructor(options: ChaosMeshProviderOptions = {}) {
    const { runtime, ...rest } = options
    this.runtime = runtime ?? new KubeRuntime(rest)
  }

  validate(spec: ProviderSpec, ctx: ValidateContext): ValidationIssue[] {
    const issues: ValidationIssue[] = []
    const at = (key: string, message: string, expected?: string) =>
      issues.push({
        field: `/${[...ctx.path, key].join('/')}`,
        message,
        ...(expected ? { expected } : {}),
        ...(ctx.locate([...ctx.path, key]) ? { location: ctx.locate([...ctx.path, key])! } : {})
      })
    const s = spec as Spec
    for (const key of Object.keys(s))
      if (!KEYS.includes(key))
        at(key, `unknown key '${key}' for the chaos-mesh provider`, KEYS.slice(1).join(', '))
    const action = s.action ?? 'apply'
    if (action !== 'apply' && action !== 'delete') {
      at('action', `unknown chaos-mesh action '${String(action)}'`, 'apply or delete')
      return issues
    }
    const literal = (v: unknown) => typeof v === 'string' && v.includes('${')
    if (s.kind !== undefined && !literal(s.kind) && !canonicalKind(s.kind))
      at('kind', `'${String(s.kind)}' is not a Chaos Mesh kind`, CHAOS_MESH_KINDS.join(', '))
    for (const key of ['duration', 'injectTimeout', 'recoverTimeout'])
      if (s[key] !== undefined && !literal(s[key]) && (goDurationSeconds(s[key]) ?? -1) < 0)
        at(key, `'${key}' must be a number of seconds or a duration like '30s'`)
    if (s.keep !== undefined && typeof s.keep !== 'boolean')
      at('keep', "'keep' must be true or false")
    if (typeof s.namespace === 'string' && !literal(s.namespace)) {
      const why = this.runtime.radius.whyNot(s.namespace)
      if (why) at('namespace', why)
    }
    if (action === 'delete') {
      if (s.name !== undefined && s.kind === undefined)
        at('kind', "deleting one object by 'name' needs its 'kind' too")
      return issues
    }
    if (s.file !== undefined) {
      if (typeof s.file !== 'string') at('file', "'file' must be a path")
      if (s.spec !== undefined || s.kind !== undefined)
        at('file', "give either 'file' or 'kind' + 'spec', not both")
      return issues
    }
    if (s.kind === undefined) {
      at(
        'kind',
        `a chaos-mesh action in activity '${ctx.activityName}' needs 'kind' and 'spec', or 'file'`
      )
      return issues
    }
    if (!isRecord(s.spec)) {
      at('spec', "'spec' must be a mapping (the Chaos Mesh object's spec)")
      return issues
    }
    const kind = canonicalKind(s.kind)
    if (kind) {
      for (const ns of selectorNamespaces(s.spec)) {
        if (literal(ns)) continue // substituted at run time, checked then
        const why = this.runtime.radius.whyNot(ns)
        if (why) at('spec', `a selector reaches ${why}`)
      }
      const endless =
        s.duration === undefined &&
        s.keep !== true &&
        !isOneShot(kind, s.spec) &&
        kind !== 'Workflow' &&
        (kind === 'Schedule' || s.spec.duration === undefined)
      if (endless)
        at(
          'duration',
          `this ${kind} has no end: without 'spec.duration' it stays injected until deleted`,
          "'duration' (seconds to hold it), 'spec.duration', or 'keep: true' with a later delete"
        )
    }
    return issues
  }

  #client(s: Spec, ctx: ActivityContext): KubeClient {
    const secrets: Record<string, unknown> = {}
    const scopes = Array.isArray(s.secrets)
      ? s.secrets
      : Array.isArray(ctx.activity.secrets)
        ? (ctx.activity.secrets as unknown[])
        : []
    for (const scope of scopes) Object.assign(secrets, ctx.secrets[String(scope)])
    return this.runtime.client(secrets)
  }

  #defaultNamespace(): string {
    const allowed = this.runtime.radius.allowed?.filter((n) => n !== '*')
    return allowed?.[0] ?? 'default'
  }

  async run(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
    const s = spec as Spec
    const action = s.action ?? 'apply'
    const client = this.#client(s, ctx)
    if (action === 'delete') return this.#delete(s, ctx, client)
    if (action !== 'apply')
      throw new ActivityFailed(
        `unknown chaos-mesh action '${String(action)}' (expected apply or delete)`
      )
    return this.#apply(s, ctx, client)
  }

  /**
   * What the action would do, touching nothing: for `apply`, the blast radius and the API server's
   * dry run of the create (dryRun=All: CRD schema, admission), plus the pods the top-level
   * selector's namespaces and labelSelectors match now (Chaos Mesh then picks by `mode`).
   */
  async preview(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
    const s = spec as Spec
    if ((s.action ?? 'apply') !== 'apply') return this.#previewDelete(s, ctx)
    const client = this.#client(s, ctx)
    const obj = await buildObject(s, ctx, this.#defaultNamespace())
    const name = obj.metadata.name ?? ''
    const out = await this.#apply({ ...s, name, dryRun: true }, ctx, client)
    const sel = isRecord(obj.spec?.selector) ? obj.spec.selector : undefined
    if (sel === undefined) return { ...out, summary: out.message.replace(/^dry run: /, '') }
    let pods: string[]
    if (isRecord(sel.pods))
      pods = Object.entries(sel.pods).flatMap(([ns, names]) =>
        Array.isArray(names) ? names.map((n) => `${ns}/${String(n)}`) : []
      )
    else {
      const namespaces = Array.isArray(sel.namespaces) ? sel.namespaces.map(String) : []
      const found = await snapshotPods(
        client,
        namespaces.length ? namespaces : [out.namespace],
        labelsOf(obj.spec ?? {})
      )
      pods = [...found.keys()]
    }
    const partly = Object.keys(sel).filter(
      (k) => !['namespaces', 'labelSelectors', 'pods'].includes(k)
    )
    const shown = pods.slice(0, 10).join(', ') + (pods.length > 10 ? ', ...' : '')
    return {
      ...out,
      mode: obj.spec?.mode ?? null,
      selected_pods: pods,
      ...(partly.length ? { selector_not_applied: partly } : {}),
      summary:
        `${describeRef({ kind: out.kind, namespace: out.namespace, name })} (accepted by the API ` +
        `server), selector matches ${pods.length} pod(s)${pods.length ? `: ${shown}` : ''}` +
        (obj.spec?.mode ? ` (mode ${String(obj.spec.mode)})` : '')
    }
  }

  #previewDelete(s: Spec, ctx: ActivityContext): unknown {
    if (typeof s.name === 'string' && s.name) {
      const kind = canonicalKind(s.kind)
      if (!kind) throw new ActivityFailed(`deleting '${s.name}' needs a Chaos Mesh 'kind'`)
      const ref: ChaosRef = {
        kind,
        name: s.name,
        namespace: (typeof s.namespace === 'string' && s.namespace) || this.#defaultNamespace()
      }
      this.runtime.radius.checkNamespaces(`chaos-mesh delete ${kind}`, [ref.namespace])
      return {
        action: 'delete',
        dry_run: true,
        would_delete: [describeRef(ref)],
        summary: `delete ${describeRef(ref)}`
      }
    }
    return {
      action: 'delete',
      dry_run: true,
      would_delete: [],
      summary: `delete every Chaos Mesh object labelled with run ${ctx.runId}`
    }
  }

  async #apply(s: Spec, ctx: ActivityContext, client: KubeClient): Promise<ChaosOutput> {
    const started = Date.now()
    const obj = await buildObject(s, ctx, this.#defaultNamespace())
    const kind = obj.kind
    const ref: ChaosRef = {
      kind,
      namespace: obj.metadata.namespace ?? 'default',
      name: obj.metadata.name ?? ''
    }
    const what = describeRef(ref)
    const spec = obj.spec ?? {}
    const family = familyOf(kind)
    const oneShot = isOneShot(kind, spec)
    const hold = s.duration === undefined ? undefined : seconds(s, 'duration', 0)
    const keep = s.keep === true
    const injectMs = seconds(s, 'injectTimeout', DEFAULT_INJECT_TIMEOUT) * 1000
    const recoverMs = seconds(s, 'recoverTimeout', DEFAULT_RECOVER_TIMEOUT) * 1000
    const specDuration = goDurationSeconds(spec.duration)
    if (
      hold === undefined &&
      !keep &&
      !oneShot &&
      kind !== 'Workflow' &&
      (family === 'schedule' || specDuration === undefined)
    )
      throw new ActivityFailed(
        `${what} has no end: give 'duration' (seconds to hold it), 'spec.duration', or 'keep: true'`
      )

    // Blast radius, before anything is sent: the object's namespace and every selector's.
    const namespaces = [ref.namespace, ...selectorNamespaces(spec)]
    this.runtime.radius.checkNamespaces(`chaos-mesh ${kind}`, namespaces)
    const dryRun = s.dryRun === true || this.runtime.radius.dryRun
    const phases = new PhaseLog()
    const base = {
      action: 'apply' as const,
      kind,
      name: ref.name,
      namespace: ref.namespace,
      one_shot: oneShot,
      kept: false
    }
    const res = chaosResource(kind)
    if (dryRun) {
      // The API server validates the object against the CRD schema without storing it.
      await client.request(
        'create',
        { res, namespace: ref.namespace },
        { body: obj, query: { dryRun: 'All' } }
      )
      return {
        ...base,
        uid: null,
        dry_run: true,
        phases: [],
        records: [],
        injected: [],
        durations: {
          to_inject_seconds: null,
          held_seconds: null,
          to_recover_seconds: null,
          total_seconds: round((Date.now() - started) / 1000)
        },
        recovery_seconds: null,
        workloads: [],
        events: [],
        message: `dry run: the API server accepts ${what}; nothing was created (namespaces: ${[...new Set(namespaces)].join(', ')})`
      }
    }

    // One-shot faults remove their targets: note who owns them before they go.
    const snapshot = oneShot
      ? await snapshotPods(
          client,
          selectorNamespaces(spec).length ? selectorNamespaces(spec) : [ref.namespace],
          labelsOf(spec)
        )
      : new Map<string, KubeObject>()

    let created: KubeObject
    try {
      created = await client.create(res, ref.namespace, obj)
    } catch (error) {
      throw new ActivityFailed(`cannot create ${what}: ${errorMessage(error)}`, { cause: error })
    }
    phases.mark('created')
    ctx.logger.info(`created ${what}`)
    this.#remember(ctx.runId, ref.namespace)
    this.#track(ctx, client, ref)

    let deleted = false
    let toRecover: number | null = null
    let held: number | null = null
    let injectedAt: number | undefined
    let last: KubeObject | undefined = created
    let workloads: WorkloadRecovery[] = []
    let recovery: number | null = null
    try {
      if (family === 'records') {
        const outcome = await waitInjected(client, ref, {
          timeoutMs: injectMs,
          signal: ctx.signal,
          phases,
          ...(created.metadata?.resourceVersion
            ? { resourceVersion: created.metadata.resourceVersion, initial: created }
            : {})
        })
        last = outcome.object ?? last
        if (!outcome.ok) throw failureWithEvents(outcome.message, await chaosEvents(client, ref))
        injectedAt = phases.at('AllInjected') ?? Date.now()
        const injected = readState(outcome.object).records.map((r) => r.id)
        ctx.logger.info(
          `${what} injected into ${injected.length} target(s): ${injected.join(', ')}`
        )
        if (oneShot) {
          workloads = await waitWorkloadsRecovered(client, injected, snapshot, {
            since: injectedAt,
            timeoutMs: recoverMs,
            signal: ctx.signal,
            logger: ctx.logger
          })
          if (workloads.length > 0) {
            if (workloads.some((w) => !w.recovered))
              throw new ActivityFailed(
                `${what}: ${workloads
                  .filter((w) => !w.recovered)
                  .map((w) => `${w.namespace}/${w.workload}`)
                  .join(', ')} ` +
                  `not available again within ${Math.round(recoverMs / 1000)}s of the injection`
              )
            recovery = Math.max(...workloads.map((w) => w.recovery_seconds ?? 0))
          }
        }
      } else {
        // Schedule / Workflow: Chaos Mesh reports them started through their own status.
        const r = await waitObject(
          client,
          ref,
          { timeoutMs: injectMs, signal: ctx.signal, phases },
          (o) => {
            const st = (o.status ?? {}) as Record<string, unknown>
            return family === 'workflow'
              ? st.startTime !== undefined || st.entryNode !== undefined
              : Array.isArray(st.active) && st.active.length > 0
          }
        )
        last = r.object ?? last
        if (!r.done && family === 'workflow')
          throw failureWithEvents(
            `the Chaos Mesh controller did not start ${what} within ${Math.round(injectMs / 1000)}s: ` +
              'is Chaos Mesh installed and running in this cluster?',
            await chaosEvents(client, ref)
          )
        phases.mark(r.done ? 'Started' : 'Waiting')
        injectedAt = Date.now()
      }

      if (keep) {
        ctx.logger.info(`keeping ${what} running (remove it with a chaos-mesh 'delete' action)`)
        return this.#output(
          base,
          created,
          last,
          phases,
          started,
          injectedAt,
          null,
          null,
          true,
          workloads,
          recovery,
          client,
          ref
        )
      }

      if (hold !== undefined) {
        ctx.logger.info(`holding ${what} for ${hold}s`)
        const t0 = Date.now()
        await sleep(hold * 1000, ctx.signal)
        held = round((Date.now() - t0) / 1000)
        phases.mark('held')
      } else if (!oneShot && family === 'records' && specDuration !== undefined) {
        // Chaos Mesh ends it at creation + spec.duration by itself.
        const created_at = Date.parse(created.metadata?.creationTimestamp ?? '') || started
        const left = Math.max(0, created_at + specDuration * 1000 - Date.now())
        const t0 = Date.now()
        const r = await waitObject(
          client,
          ref,
          { timeoutMs: left + recoverMs, signal: ctx.signal, phases },
          (o) => {
            const st = readState(o)
            return st.desiredPhase === 'Stop' && (st.allRecovered || st.recoverFailures.length > 0)
          }
        )
        last = r.object ?? last
        held = round((Date.now() - t0) / 1000)
        const st = readState(last)
        if (st.recoverFailures.length > 0 || !r.done)
          throw failureWithEvents(
            `${what} did not recover when its duration (${spec.duration as string}) ended: ` +
              (st.recoverFailures.length
                ? st.recoverFailures.join('; ')
                : `still ${st.records.map((x) => `${x.id} ${x.phase}`).join(', ')}`),
            await chaosEvents(client, ref)
          )
      } else if (family === 'workflow') {
        const r = await waitObject(
          client,
          ref,
          { timeoutMs: recoverMs, signal: ctx.signal, phases },
          (o) =>
            ((o.status?.conditions ?? []) as { type?: string; status?: string }[]).some(
              (c) => c.type === 'Accomplished' && c.status === 'True'
            )
        )
        last = r.object ?? last
        if (!r.done && !ctx.signal.aborted)
          throw failureWithEvents(
            `${what} did not accomplish within ${Math.round(recoverMs / 1000)}s (recoverTimeout); ` +
              `conditions: ${JSON.stringify(last?.status?.conditions ?? [])}`,
            await chaosEvents(client, ref)
          )
        if (r.done) phases.mark('Accomplished')
      }

      const t0 = Date.now()
      const gone = await deleteAndWait(client, ref, {
        timeoutMs: recoverMs,
        signal: AbortSignal.timeout(recoverMs + 5_000),
        phases
      })
      deleted = true
      last = gone.last ?? last
      if (!gone.gone)
        throw new ActivityFailed(
          describeStuck(ref, gone.last, gone.seconds, await chaosEvents(client, ref))
        )
      toRecover = round((Date.now() - t0) / 1000)
      this.#untrackRef(client, ref)
      ctx.logger.info(`${what} removed; targets recovered after ${toRecover}s`)
      return this.#output(
        base,
        created,
        last,
        phases,
        started,
        injectedAt,
        held,
        toRecover,
        false,
        workloads,
        recovery,
        client,
        ref
      )
    } catch (error) {
      // Never leave a fault behind because a wait failed: delete now (the tracked resource is the
      // second chance, and rollbacks the third).
      if (!deleted && !keep) {
        try {
          const gone = await deleteAndWait(client, ref, {
            timeoutMs: recoverMs,
            signal: AbortSignal.timeout(recoverMs + 5_000),
            phases
          })
          if (gone.gone) this.#untrackRef(client, ref)
        } catch (cleanupError) {
          ctx.logger.warning(
            `could not delete ${what} after the failure: ${errorMessage(cleanupError)}`
          )
        }
      }
      throw error
    }
  }

  async #output(
    base: Pick<ChaosOutput, 'action' | 'kind' | 'name' | 'namespace' | 'one_shot'> & {
      kept: boolean
    },
    created: KubeObject,
    last: KubeObject | undefined,
    phases: PhaseLog,
    started: number,
    injectedAt: number | undefined,
    held: number | null,
    toRecover: number | null,
    kept: boolean,
    workloads: WorkloadRecovery[],
    recovery: number | null,
    client: KubeClient,
    ref: ChaosRef
  ): Promise<ChaosOutput> {
    const state = readState(last)
    const injected = state.records
      .filter((r) => (r.injectedCount ?? 0) > 0 || r.phase.startsWith('Injected'))
      .map((r) => r.id)
    const events = await chaosEvents(client, ref)
    const toInject = injectedAt === undefined ? null : round((injectedAt - started) / 1000)
    return {
      ...base,
      kept,
      uid: created.metadata?.uid ?? null,
      dry_run: false,
      phases: phases.marks,
      records: recordsOut(state.records),
      injected,
      durations: {
        to_inject_seconds: toInject,
        held_seconds: held,
        to_recover_seconds: toRecover,
        total_seconds: round((Date.now() - started) / 1000)
      },
      recovery_seconds: recovery,
      workloads,
      events,
      message: kept
        ? `${describeRef(ref)} injected into ${injected.length} target(s) and kept running`
        : `${describeRef(ref)} injected into ${injected.length} target(s)` +
          (held !== null ? `, held ${held}s` : '') +
          (recovery !== null ? `, workloads available again after ${recovery}s` : '') +
          (toRecover !== null ? `, recovered and removed in ${toRecover}s` : '')
    }
  }

  async #delete(s: Spec, ctx: ActivityContext, client: KubeClient): Promise<unknown> {
    const timeoutMs = seconds(s, 'recoverTimeout', DEFAULT_RECOVER_TIMEOUT) * 1000
    if (typeof s.name === 'string' && s.name) {
      const kind = canonicalKind(s.kind)
      if (!kind) throw new ActivityFailed(`deleting '${s.name}' needs a Chaos Mesh 'kind'`)
      const ref: ChaosRef = {
        kind,
        name: s.name,
        namespace: (typeof s.namespace === 'string' && s.namespace) || this.#defaultNamespace()
      }
      this.runtime.radius.checkNamespaces(`chaos-mesh delete ${kind}`, [ref.namespace])
      const phases = new PhaseLog()
      const r = await deleteAndWait(client, ref, {
        timeoutMs,
        signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs + 5_000)]),
        phases
      })
      if (!r.gone)
        throw new ActivityFailed(
          describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref))
        )
      this.#untrackRef(client, ref)
      return {
        action: 'delete',
        deleted: [describeRef(ref)],
        phases: phases.marks,
        to_recover_seconds: r.seconds,
        message: `${describeRef(ref)} removed after ${r.seconds}s`
      }
    }
    const known = this.#namespaces.get(ctx.runId)
    const namespaces =
      typeof s.namespace === 'string' && s.namespace
        ? [s.namespace]
        : known && known.size > 0
          ? [...known]
          : this.runtime.radius.allowed?.includes('*')
            ? undefined
            : this.runtime.radius.allowed
    const t0 = Date.now()
    const r = await deleteAllForRun(client, ctx.runId, {
      namespaces,
      timeoutMs,
      signal: ctx.signal,
      logger: ctx.logger
    })
    for (const key of [...this.#untrack.keys()])
      if (key.startsWith(`${client.server}|${ctx.runId}|`)) this.#untrackKey(key)
    return {
      action: 'delete',
      deleted: r.deleted,
      to_recover_seconds: round((Date.now() - t0) / 1000),
      message: r.deleted.length
        ? `removed ${r.deleted.join(', ')}`
        : `no Chaos Mesh objects of run ${ctx.runId} left`
    }
  }

  #remember(runId: string, namespace: string): void {
    const set = this.#namespaces.get(runId) ?? new Set<string>()
    set.add(namespace)
    this.#namespaces.set(runId, set)
  }

  #key(client: KubeClient, runId: string, ref: ChaosRef): string {
    return `${client.server}|${runId}|${ref.kind}|${ref.namespace}|${ref.name}`
  }

  #track(ctx: ActivityContext, client: KubeClient, ref: ChaosRef): void {
    if (ctx.inRollback) return
    const key = this.#key(client, ctx.runId, ref)
    const data: ChaosTrackedData = { server: client.server, runId: ctx.runId, ...ref }
    const untrack = ctx.resources.track({
      provider: 'chaos-mesh',
      kind: ref.kind,
      description: describeRef(ref),
      data: data as unknown as Json,
      undo: async (signal) => {
        const r = await deleteAndWait(client, ref, { timeoutMs: 60_000, signal })
        if (!r.gone)
          throw new Error(describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref)))
        this.#untrack.delete(key)
      }
    })
    this.#untrack.set(key, untrack)
  }

  #untrackRef(client: KubeClient, ref: ChaosRef): void {
    for (const key of [...this.#untrack.keys()])
      if (
        key.startsWith(`${client.server}|`) &&
        key.endsWith(`|${ref.kind}|${ref.namespace}|${ref.name}`)
      )
        this.#untrackKey(key)
  }

  #untrackKey(key: string): void {
    this.#untrack.get(key)?.()
    this.#untrack.delete(key)
  }

  /**
   * Removes every Chaos Mesh object labelled with `runId` (the action's post step, after the
   * tracked resources): in `namespaces`, or in every namespace when none are given.
   */
  async deleteAllForRun(
    runId: string,
    o: {
      namespaces?: readonly string[]
      signal?: AbortSignal
      logger?: Logger
      timeoutMs?: number
    } = {}
  ): Promise<{ deleted: string[] }> {
    return deleteAllForRun(this.runtime.client(), runId, {
      namespaces: o.namespaces,
      timeoutMs: o.timeoutMs ?? 60_000,
      ...(o.signal ? { signal: o.signal } : {}),
      ...(o.logger ? { logger: o.logger } : {})
    })
  }

  /** The post step: remove the object and anything else of its run in that namespace. */
  async cleanupPersisted(
    resource: { kind: string; description: string; data: Json },
    ctx: { logger: Logger; signal: AbortSignal }
  ): Promise<void> {
    const d = resource.data as unknown as ChaosTrackedData
    const client = this.runtime.client()
    if (client.server !== d.server)
      throw new Error(
        `leftover ${resource.description} is on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
      )
    const kind = canonicalKind(d.kind)
    if (kind) {
      const ref = { kind, namespace: d.namespace, name: d.name }
      const r = await deleteAndWait(client, ref, { timeoutMs: 60_000, signal: ctx.signal })
      if (!r.gone)
        throw new Error(describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref)))
    }
    await deleteAllForRun(client, d.runId, {
      namespaces: [d.namespace],
      timeoutMs: 60_000,
      signal: ctx.signal,
      logger: ctx.logger
    })
  }
}

/** `spec.selector.labelSelectors` as a selector string, to snapshot the pods a PodChaos may hit. */
function labelsOf(spec: Record<string, unknown>): string | undefined {
  const sel = spec.selector as { labelSelectors?: Record<string, string> } | undefined
  const entries = Object.entries(sel?.labelSelectors ?? {})
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : undefined
}

export { recordPod }
