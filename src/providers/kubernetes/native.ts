/**
 * The `kubernetes` provider type: the same operations as chaosk8s in a short form for new
 * experiments. Keys sit in the provider block (or under `arguments`).
 *
 * | form | keys (default) | output |
 * |---|---|---|
 * | `action: kill-pods` | `namespace`, `selector`, `name` (regex on pod names), `count` (1) or `percent` or `all`, `pick` (`random` / `first` / `oldest`), `gracePeriod`, `recoveryTimeout` (60; 0 = don't wait), `dryRun` | pods killed (name, node, owner), workloads with `recovery_seconds`, events seen, `api_requests` |
 * | `action: scale` | `kind` (Deployment), `name`, `namespace`, `replicas`, `timeout` (60; 0 = don't wait) | `replicas_before`, `replicas_after`, `ready_seconds`, events |
 * | `action: rollout-restart` | `kind` (Deployment), `name`, `namespace`, `timeout` (120) | `recovery_seconds`, events |
 * | `action: cordon` / `uncordon` | `node` or `selector` (node labels) | nodes and their previous state |
 * | `action: drain` | `node` or `selector`, `timeout` (120), `deleteLocalStorage` (false) | evicted pods, skipped pods, `drained_seconds` |
 * | `action: shift-traffic` | `namespace`, `route` (an HTTPRoute) or `trafficSplit` (SMI) or `service` (a Service one of them sends to), `percentage`, `backend` (error Service; created when missing), `status` (503), `image`, `rule` (every weighted rule), `readyTimeout` (60), `restore` | `kind`, `route` / `traffic_split`, `backend`, `backend_created`, `percentage`, `original_weights`, `new_weights` by rule index; with `restore: true` what was `restored` |
 * | `action: delete` | `kind` (Deployment/StatefulSet/DaemonSet/ReplicaSet/Pod/Service), `name`, `namespace` | what was deleted |
 * | `probe: workload-ready` | `kind` (Deployment), `name`, `namespace`, `timeout` (0 = check now; else wait up to it) | `true` / `false` |
 * | `probe: pods-ready` | `namespace`, `selector`, `min` (1) | `true` when at least `min` pods match and all are Ready |
 * | `probe: pod-count` | `namespace`, `selector`, `phase`, `ready` | number of matching pods |
 * | `probe: node-ready` | `node` or `selector` | `true` when every selected node is Ready and schedulable |
 * | `probe: recovery` | (none) | the pod kills of this run that waited for recovery: `{faults, recovered, recovery_seconds, workloads}`; recovery_seconds is the slowest, null when none ran or one did not recover |
 *
 * Actions honour the blast radius (allowed namespaces, never kube-system unless allowed, at most
 * `maxPodsPerAction` pods) and refuse before touching anything.
 */
import { ActivityFailed, NoEffectError } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import type { ProviderSpec } from '../../engine/types.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import { R } from './client.ts'
import type { ResourceType } from './client.ts'
import {
  WORKLOAD_RESOURCES,
  drainNodes,
  killPods,
  rolloutRestart,
  scaleWorkload,
  selectNodes,
  setSchedulable,
  waitWorkloadComplete,
  workloadKind
} from './ops.ts'
import type { KubeEnv } from './ops.ts'
import type { KubeRuntime } from './runtime.ts'
import { acrossNamespaces } from './run-sweep.ts'
import {
  DEFAULT_ERROR_IMAGE,
  TRAFFIC_SHIFT_KIND,
  cleanupTrafficForRun,
  checkShiftTraffic,
  cleanupTrafficShift,
  restoreTraffic,
  shiftTraffic
} from './traffic.ts'
import { isTerminating, podReady, toLabelSelector, workloadStatus } from './select.ts'

type Spec = Record<string, unknown>

interface FormDef {
  required: string[]
  optional: string[]
  /** Keys that name a namespace the action touches (checked at validation when literal). */
  namespaced: boolean
  /** Checks beyond required/unknown keys, on the literal block. */
  check?(s: Spec): { key: string; message: string }[]
  run(s: Spec, env: KubeEnv, ctx: ActivityContext, rt: KubeRuntime): Promise<unknown>
}

const COMMON = ['dryRun', 'secrets']

/** Run-state key: the recoveries measured so far in this run, for `probe: recovery`. */
const RECOVERIES = 'kubernetes:recoveries'

interface Recovery {
  action: string
  recovered: boolean | null
  recovery_seconds: number | null
  workloads: string[]
}

/** Remembers a measured recovery so a later hypothesis probe can hold it to an SLO. */
function remember(ctx: ActivityContext, r: Recovery): void {
  ctx.state.set(RECOVERIES, [...(ctx.state.get<Recovery[]>(RECOVERIES) ?? []), r])
}

function num(s: Spec, key: string, fallback: number): number {
  const v = s[key]
  if (v === undefined || v === null) return fallback
  const n = typeof v === 'string' ? Number(v) : v
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new ActivityFailed(`'${key}' must be a number, got ${JSON.stringify(v)}`)
  return n
}

function text(s: Spec, key: string): string {
  const v = s[key]
  if (typeof v !== 'string' || v === '') throw new ActivityFailed(`'${key}' is required`)
  return v
}

function nodeSelection(s: Spec) {
  if (s.node === undefined && s.selector === undefined)
    throw new ActivityFailed("give 'node' (a node name) or 'selector' (node labels)")
  return {
    name: typeof s.node === 'string' ? s.node : undefined,
    labelSelector: toLabelSelector(s.selector)
  }
}

const DELETABLE: Record<string, ResourceType> = {
  deployment: R.deployments,
  statefulset: R.statefulsets,
  daemonset: R.daemonsets,
  replicaset: R.replicasets,
  pod: R.pods,
  service: R.services
}

export const ACTIONS: Record<string, FormDef> = {
  'kill-pods': {
    required: ['namespace'],
    optional: [
      'selector',
      'name',
      'count',
      'percent',
      'all',
      'pick',
      'gracePeriod',
      'recoveryTimeout'
    ],
    namespaced: true,
    run: async (s, env, ctx, rt) => {
      const pick = String(s.pick ?? 'random')
      if (!['random', 'first', 'oldest'].includes(pick))
        throw new ActivityFailed(`'pick' must be random, first or oldest, got '${pick}'`)
      const r = await killPods(env, {
        namespace: text(s, 'namespace'),
        labelSelector: toLabelSelector(s.selector),
        name_pattern: typeof s.name === 'string' ? s.name : undefined,
        all: s.all === true,
        mode: s.percent !== undefined ? 'percentage' : 'fixed',
        qty: s.percent !== undefined ? num(s, 'percent', 0) : num(s, 'count', 1),
        rand: pick === 'random',
        order: pick === 'oldest' ? 'oldest' : 'alphabetic',
        gracePeriod: s.gracePeriod === undefined ? undefined : num(s, 'gracePeriod', 0),
        recoveryTimeout: num(s, 'recoveryTimeout', rt.options.recoveryTimeout ?? 60),
        skipTerminating: true
      })
      const evidence = {
        pods_killed: r.dry_run ? 0 : r.pods.length,
        pods: r.pods.map((p) => p.name),
        replacements: r.workloads.flatMap((w) => w.replacement_pods)
      }
      // Killing nothing proves nothing: say so instead of passing quietly.
      if (r.pods.length === 0)
        throw new NoEffectError(
          `0 running pods matched${r.selector ? ` selector "${r.selector}"` : ''}` +
            `${typeof s.name === 'string' ? ` and name /${s.name}/` : ''} in namespace "${r.namespace}"`,
          { ...r, evidence }
        )
      if (!r.dry_run && r.recovered !== null)
        remember(ctx, {
          action: 'kill-pods',
          recovered: r.recovered,
          recovery_seconds: r.recovery_seconds,
          workloads: r.workloads.map((w) => w.workload)
        })
      return { ...r, evidence }
    }
  },
  scale: {
    required: ['name', 'namespace', 'replicas'],
    optional: ['kind', 'timeout'],
    namespaced: true,
    run: (s, env) =>
      scaleWorkload(env, {
        kind: workloadKind(s.kind),
        name: text(s, 'name'),
        namespace: text(s, 'namespace'),
        replicas: num(s, 'replicas', -1),
        timeout: num(s, 'timeout', 60)
      })
  },
  'rollout-restart': {
    required: ['name', 'namespace'],
    optional: ['kind', 'timeout'],
    namespaced: true,
    run: (s, env) =>
      rolloutRestart(env, {
        kind: workloadKind(s.kind),
        name: text(s, 'name'),
        namespace: text(s, 'namespace'),
        timeout: num(s, 'timeout', 120)
      })
  },
  cordon: {
    required: [],
    optional: ['node', 'selector'],
    namespaced: false,
    run: async (s, env, ctx, rt) =>
      setSchedulable(env, await selectNodes(env, nodeSelection(s)), true, (n) =>
        rt.trackCordon(ctx, env.client, n)
      )
  },
  uncordon: {
    required: [],
    optional: ['node', 'selector'],
    namespaced: false,
    run: async (s, env, _ctx, rt) => {
      const r = await setSchedulable(env, await selectNodes(env, nodeSelection(s)), false)
      if (!r.dry_run) for (const n of r.nodes) rt.forget(env.client, 'cordon', undefined, n.name)
      return r
    }
  },
  drain: {
    required: [],
    optional: ['node', 'selector', 'timeout', 'deleteLocalStorage'],
    namespaced: false,
    run: async (s, env, ctx, rt) =>
      drainNodes(env, await selectNodes(env, nodeSelection(s)), {
        deleteLocalStorage: s.deleteLocalStorage === true,
        timeout: num(s, 'timeout', 120),
        onCordoned: (n) => rt.trackCordon(ctx, env.client, n)
      })
  },
  'shift-traffic': {
    required: ['namespace'],
    optional: [
      'route',
      'trafficSplit',
      'service',
      'backend',
      'percentage',
      'status',
      'image',
      'rule',
      'readyTimeout',
      'restore'
    ],
    namespaced: true,
    check: checkShiftTraffic,
    run: (s, env, ctx, rt) => {
      const opt = (k: string) => (s[k] === undefined || s[k] === null ? undefined : text(s, k))
      const where = {
        namespace: text(s, 'namespace'),
        route: opt('route'),
        trafficSplit: opt('trafficSplit'),
        service: opt('service')
      }
      if (!where.route && !where.trafficSplit && !where.service)
        throw new ActivityFailed("shift-traffic needs 'route', 'trafficSplit' or 'service'")
      if (s.restore === true) return restoreTraffic(env, rt, where)
      const percentage = num(s, 'percentage', NaN)
      if (!(percentage >= 0 && percentage <= 100))
        throw new ActivityFailed(`'percentage' must be from 0 to 100, got ${String(s.percentage)}`)
      const status = num(s, 'status', 503)
      if (!Number.isInteger(status) || status < 100 || status > 599)
        throw new ActivityFailed(`'status' must be an HTTP status code, got ${String(s.status)}`)
      return shiftTraffic(env, ctx, rt, {
        ...where,
        backend: opt('backend'),
        percentage,
        rule: s.rule === undefined ? undefined : num(s, 'rule', 0),
        status,
        image: opt('image') ?? DEFAULT_ERROR_IMAGE,
        readyTimeout: num(s, 'readyTimeout', 60)
      })
    }
  },
  delete: {
    required: ['name', 'namespace'],
    optional: ['kind'],
    namespaced: true,
    run: async (s, env) => {
      const kind = String(s.kind ?? 'Deployment')
      const res = DELETABLE[kind.toLowerCase()]
      if (!res)
        throw new ActivityFailed(
          `'kind' must be one of Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, Service; got '${kind}'`
        )
      const namespace = text(s, 'namespace')
      const name = text(s, 'name')
      env.radius.checkNamespaces('delete', [namespace])
      const current = await env.client.get(res, namespace, name)
      if (res !== R.pods && res !== R.services) {
        const k = workloadKind(kind)
        env.radius.checkPodCount(
          'delete',
          workloadStatus(k, current).desired,
          `pods (${kind} replicas)`
        )
      }
      if (!env.radius.dryRun) await env.client.delete(res, namespace, name)
      return {
        action: 'delete',
        dry_run: env.radius.dryRun,
        kind,
        name,
        namespace,
        message: `${env.radius.dryRun ? 'dry run: would delete' : 'deleted'} ${kind}/${name} in ${namespace}`
      }
    }
  }
}

export const PROBES: Record<string, FormDef> = {
  'workload-ready': {
    required: ['name', 'namespace'],
    optional: ['kind', 'timeout'],
    namespaced: false,
    run: async (s, env) => {
      const kind = workloadKind(s.kind)
      const namespace = text(s, 'namespace')
      const name = text(s, 'name')
      const timeout = num(s, 'timeout', 0)
      if (timeout <= 0) {
        const o = await env.client.get(WORKLOAD_RESOURCES[kind], namespace, name)
        const st = workloadStatus(kind, o)
        env.logger.debug(
          `${kind}/${name}: ${st.ready}/${st.desired} ready, ${st.available} available`
        )
        return st.complete
      }
      const r = await waitWorkloadComplete(env, kind, namespace, name, timeout)
      if (r.object) {
        const st = workloadStatus(kind, r.object)
        env.logger.debug(
          `${kind}/${name}: ${st.ready}/${st.desired} ready after ${r.seconds ?? timeout}s`
        )
      }
      return r.seconds !== null
    }
  },
  'pods-ready': {
    required: ['namespace'],
    optional: ['selector', 'min'],
    namespaced: false,
    run: async (s, env) => {
      const pods = (
        await env.client.list(R.pods, text(s, 'namespace'), {
          labelSelector: toLabelSelector(s.selector)
        })
      ).items.filter((p) => !isTerminating(p))
      return pods.length >= num(s, 'min', 1) && pods.every(podReady)
    }
  },
  'pod-count': {
    required: ['namespace'],
    optional: ['selector', 'phase', 'ready'],
    namespaced: false,
    run: async (s, env) => {
      let pods = (
        await env.client.list(R.pods, text(s, 'namespace'), {
          labelSelector: toLabelSelector(s.selector)
        })
      ).items
      if (typeof s.phase === 'string') pods = pods.filter((p) => p.status?.phase === s.phase)
      if (typeof s.ready === 'boolean') pods = pods.filter((p) => podReady(p) === s.ready)
      return pods.length
    }
  },
  recovery: {
    required: [],
    optional: [],
    namespaced: false,
    run: async (_s, _env, ctx) => {
      const list = ctx.state.get<Recovery[]>(RECOVERIES) ?? []
      const recovered = list.length === 0 ? null : list.every((r) => r.recovered === true)
      return {
        faults: list.length,
        recovered,
        recovery_seconds: recovered ? Math.max(...list.map((r) => r.recovery_seconds ?? 0)) : null,
        workloads: [...new Set(list.flatMap((r) => r.workloads))]
      }
    }
  },
  'node-ready': {
    required: [],
    optional: ['node', 'selector'],
    namespaced: false,
    run: async (s, env) => {
      const nodes = await selectNodes(env, nodeSelection(s))
      return nodes.every(
        (n) =>
          n.spec?.unschedulable !== true &&
          ((n.status?.conditions ?? []) as { type: string; status: string }[]).some(
            (c) => c.type === 'Ready' && c.status === 'True'
          )
      )
    }
  }
}

/** Provider keys merged with `arguments` (provider keys win). */
function flatten(spec: ProviderSpec): Spec {
  const args =
    spec.arguments !== null && typeof spec.arguments === 'object' && !Array.isArray(spec.arguments)
      ? (spec.arguments as Spec)
      : {}
  const out: Spec = { ...args }
  for (const [k, v] of Object.entries(spec)) if (k !== 'arguments' && k !== 'type') out[k] = v
  return out
}

function formOf(
  s: Spec
): { kind: 'action' | 'probe'; name: string; def: FormDef | undefined } | undefined {
  if (typeof s.action === 'string')
    return { kind: 'action', name: s.action, def: ACTIONS[s.action] }
  if (typeof s.probe === 'string') return { kind: 'probe', name: s.probe, def: PROBES[s.probe] }
  return undefined
}

/**
 * A dry-run output with a one-line `summary` of what the action would affect, for the engine's
 * "would affect: ..." line (from the op's message, or its `would_*` keys).
 */
export function withPreviewSummary(output: unknown, namespace?: unknown): unknown {
  if (output === null || typeof output !== 'object' || Array.isArray(output)) return output
  const o = output as Record<string, unknown>
  if (typeof o.summary === 'string') return o
  const ns = typeof o.namespace === 'string' && o.namespace ? o.namespace : namespace
  const where = typeof ns === 'string' && ns ? ` in ${ns}` : ''
  if (typeof o.message === 'string') {
    // "dry run: would kill 2 pod(s): a, b" -> "kill 2 pod(s) in ns: a, b"
    const what = o.message.replace(/^dry run:\s*(would\s+)?/i, '')
    const colon = what.indexOf(': ')
    const summary = what.includes(where)
      ? what
      : colon < 0
        ? `${what}${where}`
        : `${what.slice(0, colon)}${where}${what.slice(colon)}`
    return { ...o, summary }
  }
  const would = Object.entries(o).filter(([k]) => k.startsWith('would_'))
  if (would.length === 0) return o
  const what = would
    .map(([k, v]) => `${k.slice(6)} ${Array.isArray(v) ? v.join(', ') || 'nothing' : String(v)}`)
    .join('; ')
  return { ...o, summary: `${what}${where}` }
}

/**
 * `dry`: a runtime whose blast radius is a dry run (sharing `rt`'s clients); `preview` runs the
 * same action through it, so it reports what it would affect and changes nothing.
 */
export function createKubernetesProvider(rt: KubeRuntime, dry?: KubeRuntime): Provider {
  async function exec(
    spec: ProviderSpec,
    ctx: ActivityContext,
    runtime: KubeRuntime,
    preview: boolean
  ): Promise<unknown> {
    const s = flatten(spec)
    const form = formOf(s)
    // Probes touch nothing already: a probe form used as an action has nothing to preview.
    if (preview && form?.kind === 'probe') return undefined
    if (!form?.def)
      throw new ActivityFailed(
        `unknown kubernetes ${form?.kind ?? 'action'} '${form?.name ?? String(s.action ?? s.probe)}'`
      )
    const secrets: Record<string, unknown> = {}
    if (Array.isArray(s.secrets))
      for (const scope of s.secrets) Object.assign(secrets, ctx.secrets[String(scope)])
    const env = runtime.env(ctx, secrets, preview || s.dryRun === true ? true : undefined)
    return form.def.run(s, env, ctx, runtime)
  }

  return {
    type: 'kubernetes',

    validate(spec: ProviderSpec, ctx: ValidateContext): ValidationIssue[] {
      const at = (key: string) => ({
        field: `/${[...ctx.path, key].join('/')}`,
        location: ctx.locate([...ctx.path, key])
      })
      const s = flatten(spec)
      const form = formOf(s)
      if (!form)
        return [
          {
            ...at('action'),
            message: `a kubernetes provider needs 'action' or 'probe' in activity '${ctx.activityName}'`,
            expected: `action: ${Object.keys(ACTIONS).join(' | ')}; or probe: ${Object.keys(PROBES).join(' | ')}`
          }
        ]
      if (s.action !== undefined && s.probe !== undefined)
        return [{ ...at('probe'), message: "give either 'action' or 'probe', not both" }]
      if (!form.def)
        return [
          {
            ...at(form.kind),
            message: `unknown kubernetes ${form.kind} '${form.name}'`,
            expected: Object.keys(form.kind === 'action' ? ACTIONS : PROBES).join(', ')
          }
        ]
      const issues: ValidationIssue[] = []
      for (const key of form.def.required)
        if (s[key] === undefined || s[key] === null || s[key] === '')
          issues.push({
            ...at(key),
            message: `kubernetes ${form.kind} '${form.name}' needs '${key}'`
          })
      const known = new Set([form.kind, ...form.def.required, ...form.def.optional, ...COMMON])
      for (const key of Object.keys(s))
        if (!known.has(key))
          issues.push({
            ...at(key),
            message: `unknown key '${key}' for kubernetes ${form.kind} '${form.name}'`,
            expected: [...form.def.required, ...form.def.optional, ...COMMON].join(', ')
          })
      for (const c of form.def.check?.(s) ?? []) issues.push({ ...at(c.key), message: c.message })
      // A literal namespace outside the blast radius is refused before the run starts.
      const ns = s.namespace
      if (
        form.kind === 'action' &&
        form.def.namespaced &&
        typeof ns === 'string' &&
        !ns.includes('${')
      ) {
        const why = rt.radius.whyNot(ns)
        if (why) issues.push({ ...at('namespace'), message: why })
      }
      return issues
    },

    run: (spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> => exec(spec, ctx, rt, false),

    async preview(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
      return withPreviewSummary(await exec(spec, ctx, dry ?? rt, true))
    },

    async cleanupPersisted(resource, ctx): Promise<void> {
      if (resource.kind === TRAFFIC_SHIFT_KIND)
        return cleanupTrafficShift(rt, resource.data, ctx.signal)
      await rt.cleanupPersisted(resource.data, ctx.signal)
    },

    async cleanupRun(runId, ctx): Promise<string[]> {
      const client = rt.client()
      return acrossNamespaces(ctx.namespaces, (namespaces) =>
        cleanupTrafficForRun(client, runId, { namespaces, signal: ctx.signal })
      )
    }
  }
}
