/**
 * What the charts draw, read from a journal alone: phases, activities as time spans, the windows
 * during which a fault was in force, and the per-second series of every load that ran. Shared by
 * the Mermaid charts of the markdown report and the SVG of the HTML report.
 */
import type { ActivityRun, Journal } from '../engine/types.ts'

export type TimelinePhase = 'before' | 'method' | 'during' | 'after' | 'rollbacks'

export interface ActivitySpan {
  phase: TimelinePhase
  name: string
  kind: 'probe' | 'action'
  /** Epoch milliseconds. */
  start: number
  end: number
  status: 'succeeded' | 'failed'
  /** For steady-state probes: whether the tolerance held. */
  met?: boolean
  background: boolean
  /** Injects a fault (see isFaultAction). */
  fault: boolean
}

export interface PhaseSpan {
  phase: TimelinePhase
  start: number
  end: number
}

export interface FaultWindow {
  start: number
  end: number
  /** The fault actions that opened or joined the window. */
  actions: string[]
  /** True when nothing in the journal removed the fault: the window runs to the journal's end. */
  open: boolean
}

export interface LoadPoint {
  /** Seconds since the load started: the second [t, t+1). */
  t: number
  requests: number
  errors: number
  /** errors / requests, 0..1. */
  errorRate: number
  p95: number
}

export interface LoadSeries {
  name: string
  activity: string
  /** Epoch milliseconds of the load's start. */
  start: number
  points: LoadPoint[]
  requests: number
  errorRate: number
  p95: number
  p99: number
}

export interface ExperimentTimeline {
  start: number
  end: number
  phases: PhaseSpan[]
  activities: ActivitySpan[]
  faults: FaultWindow[]
  loads: LoadSeries[]
}

/** Journals carry ISO timestamps with microseconds and usually an offset; no offset means UTC. */
export function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '') return undefined
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`
  const ms = Date.parse(zoned)
  return Number.isFinite(ms) ? ms : undefined
}

function providerOf(run: ActivityRun): Record<string, unknown> {
  const provider = run.activity?.provider as unknown
  return provider && typeof provider === 'object' ? (provider as Record<string, unknown>) : {}
}

/**
 * Actions that inject a fault: every action of the method (the experiment's turbulence: a process,
 * an HTTP call to an admin switch, a Kubernetes or Chaos Mesh action, a chaostoolkit extension...)
 * except those known to do something else: load, the proxy's plumbing (only its add-fault is a
 * fault) and the Kubernetes actions that undo one (uncordon, a shift-traffic restore).
 */
export function isFaultAction(run: ActivityRun): boolean {
  if (run.activity?.type !== 'action') return false
  const provider = providerOf(run)
  const type = provider.type
  if (type === 'load') return false
  if (type === 'proxy') return provider.action === 'add-fault'
  if (type === 'kubernetes') return provider.action !== 'uncordon' && provider.restore !== true
  return true
}

/** Proxy actions that take faults away; returns the fault names removed, or 'all'. */
function proxyRemoval(run: ActivityRun): { proxy: string; names: string[] | 'all' } | undefined {
  const provider = providerOf(run)
  if (provider.type !== 'proxy') return undefined
  const proxy = typeof provider.proxy === 'string' ? provider.proxy : 'default'
  if (provider.action === 'clear-faults' || provider.action === 'stop')
    return { proxy, names: 'all' }
  if (provider.action === 'remove-fault')
    return { proxy, names: [String(provider.fault_name ?? '')] }
  return undefined
}

function proxyFaultKey(run: ActivityRun): string {
  const provider = providerOf(run)
  const proxy = typeof provider.proxy === 'string' ? provider.proxy : 'default'
  const fault = provider.fault as Record<string, unknown> | undefined
  const name = fault && typeof fault === 'object' ? (fault.name ?? fault.type) : undefined
  return `${proxy}\u0000${String(name ?? '')}`
}

function spanOf(run: ActivityRun, phase: TimelinePhase, fallback: number): ActivitySpan {
  const start = parseTime(run.start) ?? fallback
  let end = parseTime(run.end)
  if (end === undefined && typeof run.duration === 'number') end = start + run.duration * 1000
  return {
    phase,
    name: String(run.activity?.name ?? '?'),
    kind: run.activity?.type === 'probe' ? 'probe' : 'action',
    start,
    end: Math.max(start, end ?? start),
    status: run.status === 'failed' ? 'failed' : 'succeeded',
    ...(typeof run.tolerance_met === 'boolean' ? { met: run.tolerance_met } : {}),
    background: run.activity?.background === true,
    fault: phase === 'method' && isFaultAction(run) && run.status !== 'failed'
  }
}

/**
 * Fault windows: one opens at the start of a fault action that succeeded (while none is open) and
 * closes at the end of the action that removes the last fault in force (proxy remove-fault,
 * clear-faults or stop), or at the end of the rollbacks, or at the journal's end when nothing
 * removed it. Faults other than the proxy's have no removal action of their own: rollbacks undo them.
 */
function faultWindows(
  method: readonly ActivityRun[],
  rollbacks: readonly ActivityRun[],
  journalEnd: number,
  journalStart: number
): FaultWindow[] {
  const windows: FaultWindow[] = []
  const active = new Set<string>()
  let current: FaultWindow | undefined
  const events = method
    .map((run) => ({ run, start: parseTime(run.start) ?? journalStart }))
    .sort((a, b) => a.start - b.start)
  for (const { run, start } of events) {
    const span = spanOf(run, 'method', journalStart)
    if (span.fault) {
      const provider = providerOf(run)
      active.add(provider.type === 'proxy' ? proxyFaultKey(run) : `other\u0000${span.name}`)
      if (!current) {
        current = { start, end: journalEnd, actions: [], open: true }
        windows.push(current)
      }
      if (!current.actions.includes(span.name)) current.actions.push(span.name)
      continue
    }
    const removal = proxyRemoval(run)
    if (!removal || !current) continue
    for (const key of [...active]) {
      const [proxy, name] = key.split('\u0000')
      if (proxy !== removal.proxy) continue
      if (removal.names === 'all' || removal.names.includes(name ?? '')) active.delete(key)
    }
    if (active.size === 0) {
      current.end = span.end
      current.open = false
      current = undefined
    }
  }
  if (current) {
    const ends = rollbacks.map((r) => spanOf(r, 'rollbacks', journalStart).end)
    if (ends.length > 0) {
      current.end = Math.max(...ends)
      current.open = false
    }
  }
  return windows
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const num = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : 0

/** A load report (the `load` provider's run output): a start time and a per-second series. */
function loadSeriesOf(run: ActivityRun): LoadSeries | undefined {
  const output = run.output
  if (!isRecord(output) || !Array.isArray(output.series)) return undefined
  const start = parseTime(output.started_at)
  if (start === undefined) return undefined
  const points: LoadPoint[] = []
  for (const raw of output.series) {
    if (!isRecord(raw) || typeof raw.t !== 'number') continue
    const requests = num(raw.requests)
    const errors = num(raw.errors)
    points.push({
      t: raw.t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: num(raw.p95_ms)
    })
  }
  points.sort((a, b) => a.t - b.t)
  // A last second that saw no request (the load ended in it) is no measurement: not a 0.
  while (points.length > 0 && points[points.length - 1]!.requests === 0) points.pop()
  return {
    name: typeof output.load === 'string' ? output.load : String(run.activity?.name ?? 'load'),
    activity: String(run.activity?.name ?? '?'),
    start,
    points,
    requests: num(output.requests),
    errorRate: num(output.error_rate),
    p95: num(output.p95_ms),
    p99: num(output.p99_ms)
  }
}

export function buildTimeline(journal: Journal): ExperimentTimeline {
  const journalStart = parseTime(journal.start) ?? 0
  const runs: { run: ActivityRun; phase: TimelinePhase }[] = []
  const states = journal.steady_states
  for (const run of states?.before?.probes ?? []) runs.push({ run, phase: 'before' })
  for (const run of journal.run ?? []) runs.push({ run, phase: 'method' })
  for (const state of states?.during ?? [])
    for (const run of state.probes ?? []) runs.push({ run, phase: 'during' })
  for (const run of states?.after?.probes ?? []) runs.push({ run, phase: 'after' })
  for (const run of journal.rollbacks ?? []) runs.push({ run, phase: 'rollbacks' })

  const activities = runs.map(({ run, phase }) => spanOf(run, phase, journalStart))
  const lastEnd = Math.max(journalStart, ...activities.map((a) => a.end))
  const end = Math.max(parseTime(journal.end) ?? lastEnd, lastEnd)

  const phases: PhaseSpan[] = []
  for (const phase of ['before', 'method', 'during', 'after', 'rollbacks'] as const) {
    const mine = activities.filter((a) => a.phase === phase)
    if (mine.length === 0) continue
    phases.push({
      phase,
      start: Math.min(...mine.map((a) => a.start)),
      end: Math.max(...mine.map((a) => a.end))
    })
  }

  const loads: LoadSeries[] = []
  for (const { run } of runs) {
    const series = loadSeriesOf(run)
    if (series && series.points.length > 0) loads.push(series)
  }

  return {
    start: journalStart,
    end,
    phases,
    activities,
    faults: faultWindows(journal.run ?? [], journal.rollbacks ?? [], end, journalStart),
    loads
  }
}

/**
 * At most `max` points: consecutive seconds are merged (requests and errors summed, the worst
 * p95 kept, so a spike never disappears from a chart).
 */
export function downsample(points: readonly LoadPoint[], max: number): LoadPoint[] {
  if (points.length <= max) return [...points]
  const size = Math.ceil(points.length / max)
  const out: LoadPoint[] = []
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size)
    const requests = group.reduce((n, p) => n + p.requests, 0)
    const errors = group.reduce((n, p) => n + p.errors, 0)
    out.push({
      t: group[0]!.t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: Math.max(...group.map((p) => p.p95))
    })
  }
  return out
}

/** A round axis maximum at or above `value` (1, 2, 2.5, 5 × 10^n), at least `floor`. */
export function niceMax(value: number, floor: number): number {
  const v = Math.max(value, floor)
  const exp = 10 ** Math.floor(Math.log10(v))
  for (const step of [1, 2, 2.5, 5, 10]) if (step * exp >= v) return step * exp
  return 10 * exp
}
