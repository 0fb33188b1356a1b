/**
 * Faulty traffic on Kubernetes without a service mesh: `action: shift-traffic` sends a percentage
 * of an HTTPRoute's traffic (Gateway API) or an SMI TrafficSplit's to an error-injecting backend by
 * rewriting the weights of its backends, and puts the original weights back on `restore: true`, on
 * rollback, when the engine cleans up, or from the action's post step.
 *
 * The object carries its own undo record (an annotation holding the original backends), so a
 * restore works from any process and a second shift cannot mistake shifted weights for originals.
 * Every write is a JSON patch of the touched backend lists guarded by `test` operations,
 * never a replacement of the object, so concurrent edits to the rest of the route survive.
 */
import { isDeepStrictEqual } from 'node:util'
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'
import type { Json } from '../../engine/types.ts'
import type { ActivityContext } from '../../engine/provider.ts'
import { R, isNotFound } from './client.ts'
import type { KubeClient, KubeList, KubeObject, ResourceType } from './client.ts'
import { waitWorkloadComplete } from './ops.ts'
import type { KubeEnv } from './ops.ts'
import type { KubeRuntime } from './runtime.ts'
import { RUN_ID_LABEL, labelValue } from '../run-label.ts'

export const HTTPROUTES: ResourceType = {
  group: 'gateway.networking.k8s.io',
  version: 'v1',
  plural: 'httproutes',
  namespaced: true
}

export const TRAFFICSPLITS: ResourceType = {
  group: 'split.smi-spec.io',
  version: 'v1alpha4',
  plural: 'trafficsplits',
  namespaced: true
}

type TargetKind = 'HTTPRoute' | 'TrafficSplit'

/** What differs between the two APIs: where the weighted backend lists are and how refs look. */
const KINDS: Record<
  TargetKind,
  {
    res: ResourceType
    /** The option naming one object. */
    key: 'route' | 'trafficSplit'
    units(o: KubeObject): { index: number; refs: BackendRef[] }[]
    path(index: number): string
    refName(r: BackendRef): string
    errorRef(backend: string, port: number, weight: number): BackendRef
    /** Whether the object sends traffic to (or for) this Service. */
    sends(o: KubeObject, service: string): boolean
  }
> = {
  HTTPRoute: {
    res: HTTPROUTES,
    key: 'route',
    units: (o) => rulesOf(o).map((r, index) => ({ index, refs: r.backendRefs ?? [] })),
    path: (i) => `/spec/rules/${i}/backendRefs`,
    refName: (r) => String(r.name),
    // Defaults written out (group, kind) so what we store equals what the server keeps.
    errorRef: (name, port, weight) => ({ group: '', kind: 'Service', name, port, weight }),
    sends: (o, service) =>
      rulesOf(o).some((rule) => (rule.backendRefs ?? []).some((b) => refersTo(b, service, o)))
  },
  TrafficSplit: {
    res: TRAFFICSPLITS,
    key: 'trafficSplit',
    units: (o) => [{ index: 0, refs: (o.spec?.backends ?? []) as BackendRef[] }],
    path: () => '/spec/backends',
    refName: (r) => String(r.service),
    errorRef: (service, _port, weight) => ({ service, weight }),
    sends: (o, service) =>
      o.spec?.service === service ||
      ((o.spec?.backends ?? []) as BackendRef[]).some((b) => b.service === service)
  }
}

/** TrackedResource kind (and persisted data tag) of a shift. */
export const TRAFFIC_SHIFT_KIND = 'traffic-shift'
const ANNOTATION = 'chaos-action.io/traffic-shift'
const FAULT_LABEL = 'chaos-action.io/fault'
const MAX_WEIGHT = 1_000_000
export const DEFAULT_ERROR_IMAGE = 'nginx:1.27-alpine'
const ERROR_PORT = 8080

type BackendRef = Record<string, unknown> & {
  name?: string
  service?: string
  namespace?: string
  kind?: string
  group?: string
  port?: number
  weight?: number
}

interface RuleShift {
  index: number
  original: BackendRef[]
  applied: BackendRef[]
}

/** The undo record, stored on the route (annotation) and in the tracked resource. */
interface ShiftRecord {
  runId: string
  backend: string
  percentage: number
  /** The error backend's Deployment+Service we created (deleted on restore), else null. */
  created: string | null
  /** The route had no annotations before we added ours. */
  annotationsCreated: boolean
  rules: RuleShift[]
}

interface ShiftData {
  kind: typeof TRAFFIC_SHIFT_KIND
  server: string
  namespace: string
  target: TargetKind
  name: string
  record: ShiftRecord
}

export interface ShiftOptions {
  namespace: string
  route?: string | undefined
  trafficSplit?: string | undefined
  service?: string | undefined
  backend?: string | undefined
  percentage: number
  rule?: number | undefined
  status: number
  image: string
  readyTimeout: number
}

/** Validation of a literal provider block: problems by key. */
export function checkShiftTraffic(s: Record<string, unknown>): { key: string; message: string }[] {
  const issues: { key: string; message: string }[] = []
  const literal = (v: unknown) => !(typeof v === 'string' && v.includes('${'))
  const restore = s.restore === true
  const named = ['route', 'trafficSplit', 'service'].filter((k) => s[k] !== undefined)
  if (named.length === 0)
    issues.push({
      key: 'route',
      message:
        `shift-traffic needs 'route' (an HTTPRoute), 'trafficSplit' (an SMI TrafficSplit) ` +
        `or 'service' (a Service one of them sends traffic to)`
    })
  if (s.route !== undefined && s.trafficSplit !== undefined)
    issues.push({ key: 'trafficSplit', message: "give either 'route' or 'trafficSplit', not both" })
  if (!restore) {
    if (s.percentage === undefined || s.percentage === null || s.percentage === '')
      issues.push({ key: 'percentage', message: `shift-traffic needs 'percentage' (0-100)` })
    else if (literal(s.percentage)) {
      const p = Number(s.percentage)
      if (typeof s.percentage === 'boolean' || !Number.isFinite(p) || p < 0 || p > 100)
        issues.push({
          key: 'percentage',
          message: `'percentage' must be a number from 0 to 100, got ${JSON.stringify(s.percentage)}`
        })
    }
  }
  if (s.status !== undefined && literal(s.status)) {
    const st = Number(s.status)
    if (!Number.isInteger(st) || st < 100 || st > 599)
      issues.push({
        key: 'status',
        message: `'status' must be an HTTP status code (100-599), got ${JSON.stringify(s.status)}`
      })
  }
  if (
    s.rule !== undefined &&
    literal(s.rule) &&
    !(Number.isInteger(Number(s.rule)) && Number(s.rule) >= 0)
  )
    issues.push({ key: 'rule', message: `'rule' must be a rule index (0, 1, ...)` })
  return issues
}

/**
 * New weights sending `percentage` % to the error backend while the existing backends keep their
 * proportions: originals scale by (100 - p), the error backend gets p x their total, reduced by the
 * common divisor (and scaled to total 100 when that is exact, so they read as percentages).
 */
export function shiftWeights(
  weights: number[],
  percentage: number
): { kept: number[]; error: number } {
  const total = weights.reduce((a, b) => a + b, 0)
  const p = Math.round(percentage * 100)
  let all = [...weights.map((w) => w * (10_000 - p)), p * total]
  const g = all.reduce((a, b) => gcd(a, b), 0)
  if (g > 0) all = all.map((w) => w / g)
  const sum = all.reduce((a, b) => a + b, 0)
  if (sum > 0 && sum < 100 && 100 % sum === 0) all = all.map((w) => (w * 100) / sum)
  const max = Math.max(...all)
  if (max > MAX_WEIGHT) {
    // Gateway API caps a weight at 1,000,000: keep the proportions as closely as integers allow.
    const f = MAX_WEIGHT / max
    all = all.map((w) => {
      const r = Math.round(w * f)
      return r === 0 && w > 0 ? 1 : r
    })
  }
  return { kept: all.slice(0, -1), error: all[all.length - 1]! }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b]
  return a
}

const weightOf = (r: BackendRef): number => (typeof r.weight === 'number' ? r.weight : 1)
const isService = (r: BackendRef): boolean =>
  (r.group ?? '') === '' && (r.kind ?? 'Service') === 'Service'
/** An HTTPRoute backendRef to this Service in the route's own namespace. */
const refersTo = (r: BackendRef, service: string, route: KubeObject): boolean =>
  isService(r) &&
  r.name === service &&
  (r.namespace ?? route.metadata?.namespace) === route.metadata?.namespace
const refName = (r: BackendRef): string => String(r.name ?? r.service)

/** `{name: weight}` for output (`name:port` when one name appears twice). */
function weightMap(refs: BackendRef[]): Record<string, number> {
  const names = refs.map(refName)
  const out: Record<string, number> = {}
  refs.forEach((r, i) => {
    const dup = names.indexOf(names[i]!) !== names.lastIndexOf(names[i]!)
    out[dup ? `${names[i]}:${r.port ?? ''}` : names[i]!] = weightOf(r)
  })
  return out
}

function rulesOf(route: KubeObject): { backendRefs?: BackendRef[] }[] {
  const rules = route.spec?.rules
  return Array.isArray(rules) ? (rules as { backendRefs?: BackendRef[] }[]) : []
}

/** JSON-pointer segment (RFC 6901). */
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')

function readRecord(o: KubeObject): ShiftRecord | undefined {
  const raw = o.metadata?.annotations?.[ANNOTATION]
  if (raw === undefined) return undefined
  try {
    return JSON.parse(raw) as ShiftRecord
  } catch {
    throw new ActivityFailed(
      `${o.kind ?? 'object'} ${o.metadata?.namespace}/${o.metadata?.name} has an unreadable ` +
        `${ANNOTATION} annotation; restore its backends by hand and remove the annotation`
    )
  }
}

const kindOf = (o: KubeObject): TargetKind =>
  o.kind === 'TrafficSplit' ? 'TrafficSplit' : 'HTTPRoute'
const label = (o: KubeObject) => `${kindOf(o)} ${o.metadata?.namespace}/${o.metadata?.name}`

/** Lists a kind; a CRD that is not installed lists as nothing. */
async function listKind(env: KubeEnv, kind: TargetKind, namespace: string): Promise<KubeObject[]> {
  try {
    const items = (await env.client.list(KINDS[kind].res, namespace)).items
    // List items carry no kind; the code below tells the APIs apart by it.
    return items.map((o) => ({ ...o, kind }))
  } catch (error) {
    if (isNotFound(error)) return []
    throw error
  }
}

/** Up to 63 characters, DNS-1035: what a Service name may be. */
function serviceName(base: string): string {
  const suffix = '-chaos-errors'
  return `${base.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`
}

function errorBackendManifests(o: {
  name: string
  namespace: string
  runId: string
  image: string
  status: number
  ports: number[]
}): { deployment: KubeObject; service: KubeObject } {
  const labels = {
    'app.kubernetes.io/name': o.name,
    'app.kubernetes.io/managed-by': 'chaos-action',
    [RUN_ID_LABEL]: labelValue(o.runId),
    [FAULT_LABEL]: 'faulty-traffic'
  }
  const select = { 'app.kubernetes.io/name': o.name, [RUN_ID_LABEL]: labelValue(o.runId) }
  // nginx answering every request with the chosen status: a stock image, no ConfigMap needed.
  const conf = `server { listen ${ERROR_PORT}; location / { return ${o.status} 'injected by chaos-action\\n'; } }`
  return {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: o.name, namespace: o.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: select },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: 'errors',
                image: o.image,
                command: ['sh', '-c'],
                args: [
                  `printf '%s\\n' "${conf}" > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'`
                ],
                ports: [{ containerPort: ERROR_PORT, name: 'http' }],
                readinessProbe: { tcpSocket: { port: ERROR_PORT } }
              }
            ]
          }
        }
      }
    },
    service: {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: o.name, namespace: o.namespace, labels },
      spec: {
        selector: select,
        ports: o.ports.map((port) => ({
          name: `p${port}`,
          port,
          targetPort: ERROR_PORT,
          protocol: 'TCP'
        }))
      }
    }
  }
}

/** In-process untrack functions by route, so a restore in the same run ends the tracking. */
const tracking = new WeakMap<KubeRuntime, Map<string, () => void>>()
function trackingOf(rt: KubeRuntime): Map<string, () => void> {
  let m = tracking.get(rt)
  if (!m) tracking.set(rt, (m = new Map()))
  return m
}
const targetId = (client: KubeClient, kind: TargetKind, ns: string, name: string) =>
  `${client.server}|${kind}|${ns}|${name}`

type Where = {
  namespace: string
  route?: string | undefined
  trafficSplit?: string | undefined
  service?: string | undefined
}

/** The HTTPRoutes / TrafficSplits a shift or restore is about. */
async function findTargets(
  env: KubeEnv,
  o: Where,
  match: (o: KubeObject, service: string) => boolean
): Promise<KubeObject[]> {
  for (const kind of ['HTTPRoute', 'TrafficSplit'] as const) {
    const name = o[KINDS[kind].key]
    if (name === undefined) continue
    const found = await env.client.getOrNull(KINDS[kind].res, o.namespace, name)
    if (!found)
      throw new ActivityFailed(
        `${kind} "${name}" not found in namespace "${o.namespace}"` +
          ` (are the ${kind === 'HTTPRoute' ? 'Gateway API' : 'SMI'} CRDs installed?)`
      )
    return [{ ...found, kind }]
  }
  const service = o.service ?? ''
  return [
    ...(await listKind(env, 'HTTPRoute', o.namespace)),
    ...(await listKind(env, 'TrafficSplit', o.namespace))
  ].filter((t) => match(t, service))
}

export async function shiftTraffic(
  env: KubeEnv,
  ctx: ActivityContext,
  rt: KubeRuntime,
  o: ShiftOptions
): Promise<unknown> {
  env.radius.checkNamespaces('shift-traffic', [o.namespace])
  const targets = await findTargets(env, o, (t, service) => KINDS[kindOf(t)].sends(t, service))
  if (targets.length === 0)
    throw new ActivityFailed(
      `no HTTPRoute or TrafficSplit in namespace "${o.namespace}" sends traffic to Service "${o.service}"`
    )
  if (targets.length > 1)
    throw new ActivityFailed(
      `${targets.length} HTTPRoutes/TrafficSplits in namespace "${o.namespace}" send traffic to ` +
        `Service "${o.service}" (${targets.map(label).join(', ')}); name one with 'route' or 'trafficSplit'`
    )
  const target = targets[0]!
  const kind = kindOf(target)
  const K = KINDS[kind]
  const name = target.metadata!.name!
  const existing = readRecord(target)
  if (existing)
    throw new ActivityFailed(
      `${label(target)} is already shifted (run ${existing.runId}, ` +
        `${existing.percentage} % to ${existing.backend}); restore it first`
    )
  const units = K.units(target)
  // A TrafficSplit has one list; the service filter picks HTTPRoute rules sending to it.
  const picked = units.filter(({ index, refs }) => {
    if (o.rule !== undefined && index !== o.rule) return false
    if (refs.length === 0 || refs.reduce((a, r) => a + weightOf(r), 0) === 0) return false
    return (
      o.service === undefined ||
      kind === 'TrafficSplit' ||
      refs.some((b) => refersTo(b, o.service!, target))
    )
  })
  if (picked.length === 0)
    throw new ActivityFailed(
      o.rule !== undefined && o.rule >= units.length
        ? `${label(target)} has ${units.length} rule(s); there is no rule ${o.rule}`
        : `${label(target)} has no weighted backends` +
            `${o.service && kind === 'HTTPRoute' ? ` to Service "${o.service}"` : ''} to shift`
    )

  // The error backend: an existing Service is used as is; otherwise we create one.
  const backend = o.backend ?? serviceName(name)
  const existingSvc = await env.client.getOrNull(R.services, o.namespace, backend)
  // The error Service listens where the traffic arrives: the rules' ports, or the apex Service's.
  const apex =
    kind === 'TrafficSplit'
      ? await env.client.getOrNull(R.services, o.namespace, String(target.spec?.service))
      : null
  const ports =
    kind === 'TrafficSplit'
      ? ((apex?.spec?.ports ?? [{ port: 80 }]) as { port: number }[]).map((p) => p.port)
      : [
          ...new Set(
            picked.map(({ refs }) => refs.find((r) => typeof r.port === 'number')?.port ?? 80)
          )
        ]
  const svcPorts = (existingSvc?.spec?.ports ?? []) as { port: number }[]
  const portFor = (want: number): number =>
    !existingSvc || svcPorts.some((p) => p.port === want) ? want : (svcPorts[0]?.port ?? want)

  const shifts: RuleShift[] = picked.map(({ index, refs }) => {
    const { kept, error } = shiftWeights(refs.map(weightOf), o.percentage)
    const port = portFor(refs.find((r) => typeof r.port === 'number')?.port ?? ports[0] ?? 80)
    return {
      index,
      original: refs,
      applied: [
        ...refs.map((r, i) => ({ ...r, weight: kept[i]! })),
        K.errorRef(backend, port, error)
      ]
    }
  })
  const record: ShiftRecord = {
    runId: ctx.runId,
    backend,
    percentage: o.percentage,
    created: existingSvc ? null : backend,
    annotationsCreated: target.metadata?.annotations === undefined,
    rules: shifts
  }
  const output = {
    action: 'shift-traffic',
    dry_run: env.radius.dryRun,
    namespace: o.namespace,
    kind,
    [kind === 'HTTPRoute' ? 'route' : 'traffic_split']: name,
    backend,
    backend_created: !existingSvc,
    percentage: o.percentage,
    rules: shifts.map((s) => s.index),
    original_weights: Object.fromEntries(shifts.map((s) => [s.index, weightMap(s.original)])),
    new_weights: Object.fromEntries(shifts.map((s) => [s.index, weightMap(s.applied)])),
    message: ''
  }
  const what = `${o.percentage} % of ${label(target)} to ${backend}`
  if (env.radius.dryRun) return { ...output, message: `dry run: would shift ${what}` }

  const data: ShiftData = {
    kind: TRAFFIC_SHIFT_KIND,
    server: env.client.server,
    namespace: o.namespace,
    target: kind,
    name,
    record
  }
  // Tracked before anything is created, so a failure half-way is still undone by the engine.
  const id = targetId(env.client, kind, o.namespace, name)
  const client = env.client
  if (!ctx.inRollback) {
    trackingOf(rt).get(id)?.()
    const untrack = ctx.resources.track({
      provider: 'kubernetes',
      kind: TRAFFIC_SHIFT_KIND,
      description: `${what} (${kind} weights)`,
      data: data as unknown as Json,
      undo: async (signal) => {
        await undoShift(client, data, signal)
        trackingOf(rt).delete(id)
      }
    })
    trackingOf(rt).set(id, untrack)
  }

  if (!existingSvc) {
    const m = errorBackendManifests({
      name: backend,
      namespace: o.namespace,
      runId: ctx.runId,
      image: o.image,
      status: o.status,
      ports
    })
    await env.client.create(R.deployments, o.namespace, m.deployment)
    await env.client.create(R.services, o.namespace, m.service)
    if (o.readyTimeout > 0) {
      const ready = await waitWorkloadComplete(
        env,
        'Deployment',
        o.namespace,
        backend,
        o.readyTimeout
      )
      if (ready.seconds === null)
        throw new ActivityFailed(
          `the error backend Deployment ${o.namespace}/${backend} was not ready within ` +
            `${o.readyTimeout}s (image ${o.image}); traffic was not shifted`
        )
    }
  }

  const ops: unknown[] = []
  if (record.annotationsCreated) ops.push({ op: 'add', path: '/metadata/annotations', value: {} })
  ops.push({
    op: 'add',
    path: `/metadata/annotations/${esc(ANNOTATION)}`,
    value: JSON.stringify(record)
  })
  for (const s of shifts) {
    const path = K.path(s.index)
    ops.push({ op: 'test', path, value: s.original }, { op: 'replace', path, value: s.applied })
  }
  await env.client.patch(K.res, o.namespace, name, ops, 'json')
  env.logger.info(`shifted ${what}`)
  return { ...output, message: `shifted ${what}` }
}

/**
 * Puts the original backends back on the lists we changed and deletes the backend we created. A
 * list someone changed since is left as they made it, minus any ref to our error backend.
 */
async function undoShift(
  client: KubeClient,
  data: ShiftData,
  signal?: AbortSignal
): Promise<{ restored: number[]; changed: number[]; found: boolean; deleted: string | null }> {
  const { namespace, name } = data
  const K = KINDS[data.target]
  const opts = signal ? { signal } : {}
  let target: KubeObject | null = null
  try {
    target = await client.request('get', { res: K.res, namespace, name }, opts)
  } catch (error) {
    if (!isNotFound(error)) throw error
  }
  const restored: number[] = []
  const changed: number[] = []
  // The record on the object wins: it is the one that matches what is there now.
  const record = (target ? readRecord(target) : undefined) ?? data.record
  if (target) {
    const units = K.units(target)
    const ops: unknown[] = []
    for (const s of record.rules) {
      const current = units.find((u) => u.index === s.index)?.refs
      const path = K.path(s.index)
      if (current === undefined) continue
      if (isDeepStrictEqual(current, s.applied)) {
        ops.push({ op: 'test', path, value: current }, { op: 'replace', path, value: s.original })
        restored.push(s.index)
      } else {
        const without = current.filter((b) => K.refName(b) !== record.backend)
        changed.push(s.index)
        if (without.length !== current.length && without.length > 0)
          ops.push({ op: 'test', path, value: current }, { op: 'replace', path, value: without })
      }
    }
    const annotations = target.metadata?.annotations ?? {}
    if (annotations[ANNOTATION] !== undefined) {
      const onlyOurs = Object.keys(annotations).length === 1 && record.annotationsCreated
      ops.push(
        onlyOurs
          ? { op: 'remove', path: '/metadata/annotations' }
          : { op: 'remove', path: `/metadata/annotations/${esc(ANNOTATION)}` }
      )
    }
    if (ops.length > 0)
      await client.request(
        'patch',
        { res: K.res, namespace, name },
        { body: ops, patch: 'json', ...opts }
      )
  }
  // Only after the traffic is back: deleting the backend first would turn errors into 5xx of
  // a missing Service.
  if (record.created) {
    for (const res of [R.services, R.deployments])
      try {
        await client.request('delete', { res, namespace, name: record.created }, opts)
      } catch (error) {
        if (!isNotFound(error)) throw error
      }
  }
  return { restored, changed, found: target !== null, deleted: record.created }
}

export async function restoreTraffic(env: KubeEnv, rt: KubeRuntime, o: Where): Promise<unknown> {
  env.radius.checkNamespaces('shift-traffic restore', [o.namespace])
  // By name, or by the Service the recorded original backends (or a TrafficSplit's apex) name.
  const shifted = (
    await findTargets(
      env,
      o,
      (t, service) =>
        t.spec?.service === service ||
        (readRecord(t)?.rules.some((x) =>
          x.original.some((b) => KINDS[kindOf(t)].refName(b) === service && isService(b))
        ) ??
          false)
    )
  ).filter((t) => readRecord(t) !== undefined)
  const results = []
  for (const target of shifted) {
    const kind = kindOf(target)
    const name = target.metadata!.name!
    const record = readRecord(target)!
    const units = KINDS[kind].units(target)
    const weightsBefore = Object.fromEntries(
      record.rules.map((s) => [
        s.index,
        weightMap(units.find((u) => u.index === s.index)?.refs ?? [])
      ])
    )
    if (env.radius.dryRun) {
      results.push({ kind, name, weights_before: weightsBefore })
      continue
    }
    const data: ShiftData = {
      kind: TRAFFIC_SHIFT_KIND,
      server: env.client.server,
      namespace: o.namespace,
      target: kind,
      name,
      record
    }
    const r = await undoShift(env.client, data, env.signal)
    const id = targetId(env.client, kind, o.namespace, name)
    trackingOf(rt).get(id)?.()
    trackingOf(rt).delete(id)
    if (r.changed.length > 0)
      env.logger.warning(
        `${label(target)}: backends ${kind === 'HTTPRoute' ? `of rule(s) ${r.changed.join(', ')} ` : ''}` +
          `were changed after the shift; left as changed (minus the error backend) instead of ` +
          `restoring the originals`
      )
    results.push({
      kind,
      name,
      restored_rules: r.restored,
      changed_rules: r.changed,
      weights_before: weightsBefore,
      restored_weights: Object.fromEntries(
        record.rules.map((s) => [s.index, weightMap(s.original)])
      ),
      backend_deleted: r.deleted
    })
  }
  const names = results.map((r) => `${r.kind} ${r.name}`)
  return {
    action: 'shift-traffic',
    restore: true,
    dry_run: env.radius.dryRun,
    namespace: o.namespace,
    restored: results,
    message:
      names.length === 0
        ? `nothing shifted found in namespace "${o.namespace}"; nothing to restore`
        : `${env.radius.dryRun ? 'dry run: would restore' : 'restored'} ${names.join(', ')} in ${o.namespace}`
  }
}

/** Undo from persisted data (the action's post step after a hard kill). */
export async function cleanupTrafficShift(
  rt: KubeRuntime,
  data: unknown,
  signal: AbortSignal
): Promise<void> {
  const d = data as ShiftData
  const client = rt.client()
  if (client.server !== d.server)
    throw new Error(
      `traffic shift on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
    )
  try {
    await undoShift(client, d, signal)
  } catch (error) {
    throw new Error(`restoring ${d.target} ${d.namespace}/${d.name} failed: ${errorMessage(error)}`)
  }
}

/**
 * Undoes every shift of run `runId` still on a route (found by its undo record) and deletes the
 * error backends labelled with the run (the action's post step: a kill between creating them and
 * recording the shift leaves no ledger entry). In `namespaces`, or in every namespace without.
 * Returns what it restored and removed.
 */
export async function cleanupTrafficForRun(
  client: KubeClient,
  runId: string,
  o: { namespaces?: readonly string[] | undefined; signal: AbortSignal }
): Promise<string[]> {
  const scopes = o.namespaces?.length ? [...new Set(o.namespaces)] : [undefined]
  const opts = { signal: o.signal }
  const done: string[] = []
  for (const kind of ['HTTPRoute', 'TrafficSplit'] as const) {
    for (const ns of scopes) {
      let items: KubeObject[]
      try {
        items = (
          await client.request<KubeList>('list', { res: KINDS[kind].res, namespace: ns }, opts)
        ).items
      } catch (error) {
        // The CRDs of this API are not installed: nothing of it was shifted.
        if (isNotFound(error)) break
        throw error
      }
      for (const item of items) {
        const record = ownRecord(item, runId)
        if (!record) continue
        const namespace = item.metadata?.namespace ?? ns ?? 'default'
        const name = item.metadata?.name ?? ''
        const data: ShiftData = {
          kind: TRAFFIC_SHIFT_KIND,
          server: client.server,
          namespace,
          target: kind,
          name,
          record
        }
        await undoShift(client, data, o.signal)
        done.push(`${kind} ${namespace}/${name} restored`)
      }
    }
  }
  const labelSelector = `${RUN_ID_LABEL}=${labelValue(runId)},${FAULT_LABEL}=faulty-traffic`
  for (const res of [R.services, R.deployments])
    for (const ns of scopes) {
      const { items } = await client.request<KubeList>(
        'list',
        { res, namespace: ns },
        { query: { labelSelector }, ...opts }
      )
      for (const item of items) {
        const namespace = item.metadata?.namespace ?? ns ?? 'default'
        const name = item.metadata?.name ?? ''
        try {
          await client.request('delete', { res, namespace, name }, opts)
          done.push(`${res.plural} ${namespace}/${name}`)
        } catch (error) {
          if (!isNotFound(error)) throw error
        }
      }
    }
  return done
}

/** The route's undo record when it is run `runId`'s (an unreadable one is nobody's we know). */
function ownRecord(o: KubeObject, runId: string): ShiftRecord | undefined {
  try {
    const record = readRecord(o)
    return record?.runId === runId ? record : undefined
  } catch {
    return undefined
  }
}
