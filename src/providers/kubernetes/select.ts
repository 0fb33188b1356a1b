import { ActivityFailed } from '../../engine/errors.ts'
import { parseDurationSeconds } from '../durations.ts'
import type { KubeObject } from './client.ts'

export interface PodSelection {
  name_pattern?: string | null | undefined
  all?: boolean | undefined
  rand?: boolean | undefined
  mode?: string | undefined
  qty?: number | undefined
  order?: string | undefined
}

/**
 * chaosk8s's pod selection: filter by name pattern (Python `re.search`), order (`alphabetic` keeps
 * the API's order, which is by name; `oldest` sorts by creation), then unless `all` take `qty`
 * pods (or `qty` percent, rounded up), the first ones or a random sample.
 */
export function selectPods(
  pods: readonly KubeObject[],
  s: PodSelection,
  random: () => number = Math.random
): KubeObject[] {
  const mode = s.mode ?? 'fixed'
  const order = s.order ?? 'alphabetic'
  let qty = s.qty ?? 1
  if (typeof qty !== 'number' || Number.isNaN(qty))
    throw new ActivityFailed(`Cannot select pods. Quantity '${String(qty)}' is not a number.`)
  if (qty < 0) throw new ActivityFailed(`Cannot select pods. Quantity '${qty}' is negative.`)
  if (mode !== 'fixed' && mode !== 'percentage')
    throw new ActivityFailed(`Cannot select pods. Mode '${mode}' is invalid.`)
  if (order !== 'alphabetic' && order !== 'oldest')
    throw new ActivityFailed(`Cannot select pods. Order '${order}' is invalid.`)
  let out = [...pods]
  if (s.name_pattern) {
    let re: RegExp
    try {
      re = new RegExp(s.name_pattern)
    } catch (error) {
      throw new ActivityFailed(`invalid name_pattern '${s.name_pattern}': ${String(error)}`)
    }
    out = out.filter((p) => re.test(p.metadata?.name ?? ''))
  }
  if (order === 'oldest')
    out.sort((a, b) =>
      (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '')
    )
  if (!s.all) {
    if (mode === 'percentage') qty = Math.ceil((qty * out.length) / 100)
    qty = Math.min(Math.floor(qty), out.length)
    out = s.rand ? sample(out, qty, random) : out.slice(0, qty)
  }
  return out
}

function sample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = [...items]
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i))
    const tmp = pool[i] as T
    pool[i] = pool[j] as T
    pool[j] = tmp
  }
  return pool.slice(0, k)
}

export function podReady(pod: KubeObject): boolean {
  const conditions = (pod.status?.conditions ?? []) as { type?: string; status?: string }[]
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

export function podPhase(pod: KubeObject): string | undefined {
  return pod.status?.phase as string | undefined
}

export function isTerminating(o: KubeObject): boolean {
  return o.metadata?.deletionTimestamp !== undefined
}

export interface LabelSelector {
  matchLabels?: Record<string, string>
  matchExpressions?: { key: string; operator: string; values?: string[] }[]
}

/** A LabelSelector object in the `key=value,key in (a,b)` string form the API accepts. */
export function labelSelectorString(sel: LabelSelector | undefined): string {
  if (!sel) return ''
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`)
  for (const e of sel.matchExpressions ?? []) {
    const values = (e.values ?? []).join(',')
    switch (e.operator) {
      case 'In':
        parts.push(`${e.key} in (${values})`)
        break
      case 'NotIn':
        parts.push(`${e.key} notin (${values})`)
        break
      case 'Exists':
        parts.push(e.key)
        break
      case 'DoesNotExist':
        parts.push(`!${e.key}`)
        break
    }
  }
  return parts.join(',')
}

/** Accepts `app=web`, `{app: web}` or a LabelSelector object. */
export function toLabelSelector(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>
    if ('matchLabels' in v || 'matchExpressions' in v)
      return labelSelectorString(v as LabelSelector)
    return Object.entries(v)
      .map(([k, x]) => `${k}=${String(x)}`)
      .join(',')
  }
  throw new ActivityFailed(
    `a label selector must be a string or a mapping, got ${JSON.stringify(value)}`
  )
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet'

export interface WorkloadStatus {
  desired: number
  ready: number
  available: number
  updated: number
  /** The controller has seen the latest spec. */
  observed: boolean
  /** Every desired replica is updated, ready and available, and no old ones remain. */
  complete: boolean
}

function num(v: unknown): number {
  return typeof v === 'number' ? v : 0
}

/** The rollout-status rules kubectl uses, per workload kind. */
export function workloadStatus(kind: WorkloadKind, o: KubeObject): WorkloadStatus {
  const st = o.status ?? {}
  const observed = num(st.observedGeneration) >= num(o.metadata?.generation)
  if (kind === 'DaemonSet') {
    const desired = num(st.desiredNumberScheduled)
    const ready = num(st.numberReady)
    const available = num(st.numberAvailable)
    const updated = num(st.updatedNumberScheduled)
    return {
      desired,
      ready,
      available,
      updated,
      observed,
      complete: observed && updated === desired && available === desired && ready === desired
    }
  }
  const desired = typeof o.spec?.replicas === 'number' ? o.spec.replicas : 1
  const ready = num(st.readyReplicas)
  const available =
    kind === 'StatefulSet'
      ? num(st.availableReplicas ?? st.readyReplicas)
      : num(st.availableReplicas)
  const updated =
    kind === 'ReplicaSet' ? num(st.fullyLabeledReplicas ?? st.replicas) : num(st.updatedReplicas)
  const current = num(st.replicas)
  let complete = observed && ready === desired && available === desired && current === desired
  if (kind === 'Deployment') complete &&= updated === desired
  if (kind === 'StatefulSet') {
    const strategy = (o.spec?.updateStrategy as { type?: string } | undefined)?.type
    if (strategy !== 'OnDelete')
      complete &&= updated === desired && (st.currentRevision ?? '') === (st.updateRevision ?? '')
  }
  return { desired, ready, available, updated, observed, complete }
}

/** `10 minutes`, `30s`, `2h`, `1 day` (dateparser's relative phrases) -> seconds. */
export function parseSince(text: string): number {
  const seconds = parseDurationSeconds(text, { unitRequired: true })
  if (seconds === undefined)
    throw new ActivityFailed(`cannot understand the duration '${text}' (e.g. '10 minutes', '30s')`)
  return Math.max(1, Math.round(seconds))
}

/** Go-style or plain durations (`30s`, `1m30s`, `45`) in seconds. */
export function parseGoDuration(value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback
  if (typeof value === 'number') return value
  const text = String(value).trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  let total = 0
  let matched = ''
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    const n = Number(m[1])
    total += m[2] === 'ms' ? n / 1000 : m[2] === 's' ? n : m[2] === 'm' ? n * 60 : n * 3600
    matched += m[0]
  }
  if (matched !== text) throw new ActivityFailed(`invalid duration '${text}' (e.g. '30s', '1m30s')`)
  return total
}
