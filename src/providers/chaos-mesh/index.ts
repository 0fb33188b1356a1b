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
import { ActivityFailed } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import type { Json, ProviderSpec } from '../../engine/types.ts'
import type {
  ActivityContext,
  Provider,
  RunCleanupContext,
  ValidateContext
} from '../../engine/provider.ts'
import type { KubeClient } from '../kubernetes/client.ts'
import { KubeRuntime } from '../kubernetes/runtime.ts'
import { acrossNamespaces } from '../kubernetes/run-sweep.ts'
import type { KubernetesOptions } from '../kubernetes/runtime.ts'
import { CHAOS_MESH_KINDS, canonicalKind, chaosResource } from './kinds.ts'
import {
  applySettings,
  buildObject,
  isRecord,
  labelsOf,
  seconds,
  DEFAULT_RECOVER_TIMEOUT
} from './object.ts'
import type { ChaosObject, Spec } from './object.ts'
import {
  PhaseLog,
  chaosEvents,
  deleteAllForRun,
  deleteAndWait,
  describeRef,
  describeStuck,
  round,
  snapshotPods
} from './ops.ts'
import type { ChaosRef } from './ops.ts'
import type { ChaosOutput } from './output.ts'
import { ChaosRun } from './run.ts'
import { strategyFor } from './strategies.ts'
import { goDurationSeconds, recordPod, selectorNamespaces } from './status.ts'

export { deleteAllForRun } from './ops.ts'
export { RUN_ID_LABEL, CHAOS_MESH_KINDS } from './kinds.ts'

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

export type { ChaosOutput, ChaosEvidence } from './output.ts'

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
        !strategyFor(kind, s.spec).endsByItself(s.spec)
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
    const object = await buildObject(s, ctx, this.#defaultNamespace())
    const spec = object.spec ?? {}
    const settings = applySettings(s)
    const strategy = strategyFor(object.kind, spec)
    const ref: ChaosRef = {
      kind: object.kind,
      namespace: object.metadata.namespace ?? 'default',
      name: object.metadata.name ?? ''
    }
    if (settings.hold === undefined && !settings.keep && !strategy.endsByItself(spec))
      throw new ActivityFailed(
        `${describeRef(ref)} has no end: give 'duration' (seconds to hold it), 'spec.duration', or 'keep: true'`
      )
    // Blast radius, before anything is sent: the object's namespace and every selector's.
    const namespaces = [ref.namespace, ...selectorNamespaces(spec)]
    this.runtime.radius.checkNamespaces(`chaos-mesh ${ref.kind}`, namespaces)
    if (s.dryRun === true || this.runtime.radius.dryRun)
      return dryRunApply(client, object, { started, namespaces, strategy: strategy.name })
    const run = new ChaosRun({
      client,
      ctx,
      object,
      settings,
      strategy,
      hooks: {
        created: (r) => {
          this.#remember(ctx.runId, r.namespace)
          this.#track(ctx, client, r)
        },
        removed: (r) => this.#untrackRef(client, r)
      }
    })
    return run.execute()
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
   * ledger): in every namespace, or in the run's namespaces when listing everywhere is forbidden.
   */
  async cleanupRun(runId: string, ctx: RunCleanupContext): Promise<string[]> {
    const client = this.runtime.client()
    const { deleted } = await acrossNamespaces(ctx.namespaces, (namespaces) =>
      deleteAllForRun(client, runId, {
        namespaces,
        timeoutMs: 60_000,
        signal: ctx.signal,
        logger: ctx.logger
      })
    )
    return deleted
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

/** The API server validates the object against the CRD schema (dryRun=All) without storing it. */
async function dryRunApply(
  client: KubeClient,
  object: ChaosObject,
  o: { started: number; namespaces: string[]; strategy: ChaosOutput['strategy'] }
): Promise<ChaosOutput> {
  const namespace = object.metadata.namespace ?? 'default'
  const name = object.metadata.name ?? ''
  await client.request(
    'create',
    { res: chaosResource(object.kind), namespace },
    { body: object, query: { dryRun: 'All' } }
  )
  return {
    action: 'apply',
    kind: object.kind,
    name,
    namespace,
    strategy: o.strategy,
    one_shot: o.strategy === 'one-shot',
    kept: false,
    uid: null,
    dry_run: true,
    phases: [],
    records: [],
    injected: [],
    evidence: null,
    durations: {
      to_inject_seconds: null,
      held_seconds: null,
      to_recover_seconds: null,
      total_seconds: round((Date.now() - o.started) / 1000)
    },
    recovery_seconds: null,
    workloads: [],
    events: [],
    message: `dry run: the API server accepts ${describeRef({ kind: object.kind, namespace, name })}; nothing was created (namespaces: ${[...new Set(o.namespaces)].join(', ')})`
  }
}

export { recordPod }
