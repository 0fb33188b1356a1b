import type { KubeObject } from '../kubernetes/client.ts'

export interface ChaosCondition {
  type: string
  status: string
  reason?: string
  message?: string
}

export interface RecordEvent {
  type: string
  operation: string
  message?: string
  timestamp?: string
}

export interface ContainerRecord {
  id: string
  selectorKey?: string
  phase: string
  injectedCount?: number
  recoveredCount?: number
  events?: RecordEvent[]
}

/** What a chaos object's status says, read defensively (the controller may not have written it). */
export interface ChaosState {
  /** The controller has written anything at all. */
  seen: boolean
  desiredPhase: string | undefined
  conditions: ChaosCondition[]
  records: ContainerRecord[]
  selected: boolean
  allInjected: boolean
  allRecovered: boolean
  /** Record events of a failed Apply (injection) and of a failed Recover. */
  applyFailures: string[]
  recoverFailures: string[]
  finalizers: string[]
  deleting: boolean
}

function asArray<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : []
}

export function conditionTrue(conditions: readonly ChaosCondition[], type: string): boolean {
  return conditions.some((c) => c.type === type && c.status === 'True')
}

export function readState(obj: KubeObject | undefined): ChaosState {
  const status = (obj?.status ?? {}) as {
    conditions?: unknown
    experiment?: { desiredPhase?: unknown; containerRecords?: unknown }
  }
  const conditions = asArray<ChaosCondition>(status.conditions).filter(
    (c) => c && typeof c.type === 'string'
  )
  const records = asArray<ContainerRecord>(status.experiment?.containerRecords).filter(
    (r) => r && typeof r.id === 'string'
  )
  const failures = (operation: string) =>
    records.flatMap((r) =>
      asArray<RecordEvent>(r.events)
        .filter((e) => e.type === 'Failed' && e.operation === operation)
        .map((e) => `${r.id}: ${e.message ?? 'failed'}`)
    )
  const desired = status.experiment?.desiredPhase
  return {
    seen: conditions.length > 0 || desired !== undefined,
    desiredPhase: typeof desired === 'string' ? desired : undefined,
    conditions,
    records,
    selected: conditionTrue(conditions, 'Selected'),
    allInjected: conditionTrue(conditions, 'AllInjected'),
    allRecovered: conditionTrue(conditions, 'AllRecovered'),
    applyFailures: failures('Apply'),
    recoverFailures: failures('Recover'),
    finalizers: asArray<string>(obj?.metadata?.finalizers),
    deleting: obj?.metadata?.deletionTimestamp !== undefined
  }
}

/** `Selected=True, AllInjected=False (reason)`: the conditions as one line for messages. */
export function describeConditions(conditions: readonly ChaosCondition[]): string {
  if (conditions.length === 0) return 'no conditions yet'
  return conditions
    .map(
      (c) =>
        `${c.type}=${c.status}${c.reason ? ` (${c.reason}${c.message ? `: ${c.message}` : ''})` : ''}`
    )
    .join(', ')
}

export function describeRecords(records: readonly ContainerRecord[]): string {
  if (records.length === 0) return 'no records'
  return records.map((r) => `${r.id} ${r.phase}`).join(', ')
}

/** The pod of a record id `ns/pod` or `ns/pod/container`. */
export function recordPod(
  id: string
): { namespace: string; pod: string; container?: string } | undefined {
  const [namespace, pod, container] = id.split('/')
  if (!namespace || !pod) return undefined
  return container ? { namespace, pod, container } : { namespace, pod }
}

/** Namespaces a chaos spec can reach through its selectors (PodSelectorSpec anywhere inside it). */
export function selectorNamespaces(spec: unknown): string[] {
  const out = new Set<string>()
  const visit = (v: unknown, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1)
      return
    }
    const o = v as Record<string, unknown>
    const sel = o.selector
    if (sel && typeof sel === 'object' && !Array.isArray(sel)) {
      const s = sel as Record<string, unknown>
      for (const ns of asArray<unknown>(s.namespaces)) if (typeof ns === 'string') out.add(ns)
      if (s.pods && typeof s.pods === 'object') for (const ns of Object.keys(s.pods)) out.add(ns)
    }
    for (const x of Object.values(o)) visit(x, depth + 1)
  }
  visit(spec, 0)
  return [...out]
}

/** Warning events that mean the controller gave up on this object (select/apply failures). */
export function isFailureEvent(e: { type?: string; reason?: string }): boolean {
  return e.type === 'Warning' && (e.reason === 'Failed' || e.reason === 'NotSupported')
}

/** Go-style durations as Chaos Mesh accepts them (`30s`, `1m30s`, `500ms`) in seconds. */
export function goDurationSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text)
  const units: Record<string, number> = {
    ns: 1e-9,
    us: 1e-6,
    µs: 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600
  }
  let total = 0
  let matched = ''
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(m[1]) * (units[m[2] ?? 's'] ?? 1)
    matched += m[0]
  }
  return matched === text && matched !== '' ? total : undefined
}
