/**
 * The figures of one experiment that a later run can be compared with, read from its journal
 * alone and written into summary.json (`experiments[].figures`):
 *
 * - each load the method ran (the `load` provider's report, which spans the fault): `error_rate`,
 *   `p50_ms`, `p95_ms`, `p99_ms`;
 * - each action that measured a recovery (`recovery_seconds`, `to_recover_seconds`: Chaos Mesh);
 * - each objective of each `slo` probe: the worst value measured over all its checks, with the
 *   bound, so the margin to the SLO is `bound - value` (or the reverse for `>=` objectives).
 *
 * Keys are stable across runs of the same experiment (`load:<name>:p95_ms`,
 * `slo:<probe>:<field>`, `recovery:<action>:<field>`), which is what the baseline matches on.
 */
import type { FigureUnit } from '../engine/policy.ts'
import { readField, sloObjectives } from '../engine/slo.ts'
import type { SloObjective } from '../engine/slo.ts'
import type { ActivityRun, Journal } from '../engine/types.ts'

export type { FigureUnit }

export interface Figure {
  key: string
  /** For people: `load users p95`, `users-within-slo error_rate`. */
  label: string
  value: number
  unit: FigureUnit
  /** Which way is better: a latency is better lower, an availability higher. */
  better: 'lower' | 'higher'
  /** The SLO bound, for slo figures: the margin is the distance to it. */
  bound?: number
}

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const LOAD_FIELDS: readonly { field: string; unit: FigureUnit; label: string }[] = [
  { field: 'error_rate', unit: 'ratio', label: 'error rate' },
  { field: 'p50_ms', unit: 'ms', label: 'p50' },
  { field: 'p95_ms', unit: 'ms', label: 'p95' },
  { field: 'p99_ms', unit: 'ms', label: 'p99' }
]

const RECOVERY_FIELDS = ['recovery_seconds', 'to_recover_seconds'] as const

function providerOf(run: ActivityRun): Dict {
  const provider = run.activity?.provider as unknown
  return isDict(provider) ? provider : {}
}

function nameOf(run: ActivityRun): string {
  return String(run.activity?.name ?? '?')
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function loadFigures(run: ActivityRun): Figure[] {
  const output = run.output
  if (providerOf(run).type !== 'load' || !isDict(output) || !Array.isArray(output.series)) return []
  const load = typeof output.load === 'string' ? output.load : nameOf(run)
  const out: Figure[] = []
  for (const { field, unit, label } of LOAD_FIELDS) {
    const value = finite(output[field])
    if (value === undefined) continue
    out.push({
      key: `load:${load}:${field}`,
      label: `load ${load} ${label}`,
      value,
      unit,
      better: 'lower'
    })
  }
  return out
}

function recoveryFigures(run: ActivityRun): Figure[] {
  const output = run.output
  if (!isDict(output)) return []
  const out: Figure[] = []
  for (const field of RECOVERY_FIELDS) {
    const value = finite(output[field])
    if (value === undefined) continue
    const name = nameOf(run)
    out.push({
      key: `recovery:${name}:${field}`,
      label: `${name} ${field.replace(/_/g, ' ')}`,
      value,
      unit: 's',
      better: 'lower'
    })
  }
  return out
}

function unitOf(objective: SloObjective): FigureUnit {
  if (/%\s*$/.test(objective.text)) return 'ratio'
  if (/(_ms|Ms)$/.test(objective.field)) return 'ms'
  if (/(_seconds|_s|Seconds)$/.test(objective.field)) return 's'
  return 'number'
}

/** The worst value of each objective of one slo probe over all its checks. */
function sloFigures(name: string, runs: readonly ActivityRun[]): Figure[] {
  const tolerance = (runs[0]?.activity as { tolerance?: unknown } | undefined)?.tolerance
  if (!isDict(tolerance) || tolerance.type !== 'slo') return []
  const out: Figure[] = []
  for (const objective of sloObjectives(tolerance)) {
    if (objective.op === '==' || objective.op === '!=') continue
    const values = runs
      .map((r) => {
        const output =
          typeof tolerance.target === 'string' && isDict(r.output)
            ? r.output[tolerance.target]
            : r.output
        return readField(output, objective.field)
      })
      .filter((v): v is number => v !== undefined && Number.isFinite(v))
    if (values.length === 0) continue
    const better = objective.op === '<=' || objective.op === '<' ? 'lower' : 'higher'
    out.push({
      key: `slo:${name}:${objective.field}`,
      label: `${name} ${objective.field}`,
      value: better === 'lower' ? Math.max(...values) : Math.min(...values),
      unit: unitOf(objective),
      better,
      bound: objective.bound
    })
  }
  return out
}

/** Every probe run of the steady states, grouped by probe name, in first-seen order. */
function probeRunsByName(journal: Journal): Map<string, ActivityRun[]> {
  const states = journal.steady_states
  const all = [
    ...(states?.before?.probes ?? []),
    ...(states?.during ?? []).flatMap((s) => s.probes ?? []),
    ...(states?.after?.probes ?? [])
  ]
  const byName = new Map<string, ActivityRun[]>()
  for (const run of all) {
    if (run.status === 'failed') continue
    const name = nameOf(run)
    byName.set(name, [...(byName.get(name) ?? []), run])
  }
  return byName
}

/** The comparable figures of one journal (first occurrence of a key wins). */
export function journalFigures(journal: Journal | undefined): Figure[] {
  if (!journal) return []
  const figures: Figure[] = []
  for (const run of [...(journal.run ?? []), ...(journal.rollbacks ?? [])]) {
    figures.push(...loadFigures(run), ...recoveryFigures(run))
  }
  for (const [name, runs] of probeRunsByName(journal)) figures.push(...sloFigures(name, runs))
  const seen = new Set<string>()
  return figures.filter((f) => !seen.has(f.key) && seen.add(f.key))
}
