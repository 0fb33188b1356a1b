/**
 * Words a reader takes in at a glance, shared by every report: tolerances as sentences rather
 * than JSON, measured values in the units the SLO was written in (`error_rate 16.7 % (SLO ≤ 1 %)`),
 * and one line per experiment saying why it got its verdict. Read from the journal alone.
 */
import { readField, sloObjectives } from '../engine/slo.ts'
import type { SloObjective } from '../engine/slo.ts'
import type { ActivityRun, ExperimentResult, Finding, Journal } from '../engine/types.ts'

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

const OP_TEXT: Readonly<Record<SloObjective['op'], string>> = {
  '<=': '≤',
  '<': '<',
  '>=': '≥',
  '>': '>',
  '==': '=',
  '!=': '≠'
}

/** A number for people: at most 3 significant digits below 100, whole numbers above. */
export function roundForReading(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  if (abs >= 100 || Number.isInteger(value)) return String(Math.round(value))
  const digits = abs >= 10 ? 1 : abs >= 1 ? 2 : 3
  return String(Number(value.toFixed(digits)))
}

/** Whether the objective was written as a percentage (`<=1%`): values then read in %. */
function isPercent(objective: SloObjective): boolean {
  return /%\s*$/.test(objective.text)
}

function unitOf(field: string): string {
  if (/(_ms|Ms)$/.test(field)) return ' ms'
  if (/(_seconds|_s|Seconds)$/.test(field)) return ' s'
  return ''
}

/** A value of the objective's field in the unit it was written in: `16.7 %`, `445 ms`. */
export function formatObjectiveValue(objective: SloObjective, value: number): string {
  if (isPercent(objective)) return `${roundForReading(value * 100)} %`
  return `${roundForReading(value)}${unitOf(objective.field)}`
}

/** `error_rate ≤ 1 %`. */
export function objectiveText(objective: SloObjective): string {
  return `${objective.field} ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)}`
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || typeof value !== 'object') return String(value)
  const text = JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 59)}…` : text
}

function targetText(tolerance: Dict): string {
  return typeof tolerance.target === 'string' ? ` in ${tolerance.target}` : ''
}

/** A tolerance as a short sentence fragment: `status 200`, `$.count in body = 3`, `between 1 and 5`. */
export function describeTolerance(tolerance: unknown): string {
  if (typeof tolerance === 'number') return String(tolerance)
  if (typeof tolerance === 'boolean') return String(tolerance)
  if (typeof tolerance === 'string') return JSON.stringify(tolerance)
  if (Array.isArray(tolerance)) {
    const [low, high] = tolerance as unknown[]
    if (tolerance.length === 2 && typeof low === 'number' && typeof high === 'number')
      return `between ${low} and ${high}`
    return `one of ${tolerance.map(scalarText).join(', ')}`
  }
  if (!isDict(tolerance)) return 'a tolerance'
  switch (tolerance.type) {
    case 'slo':
      return sloObjectives(tolerance).map(objectiveText).join(', ') || 'an empty SLO'
    case 'jsonpath': {
      const path = String(tolerance.path ?? '$')
      if ('expect' in tolerance)
        return `${path}${targetText(tolerance)} = ${scalarText(tolerance.expect)}`
      if (Array.isArray(tolerance.range))
        return `${path}${targetText(tolerance)} ${describeTolerance(tolerance.range)}`
      if ('count' in tolerance)
        return `${path}${targetText(tolerance)} matches ${scalarText(tolerance.count)} values`
      return `${path}${targetText(tolerance)} matches`
    }
    case 'regex':
      return `${tolerance.target === undefined ? 'output' : String(tolerance.target)} matches /${String(tolerance.pattern ?? '')}/`
    case 'range':
      return `${tolerance.target === undefined ? 'value' : String(tolerance.target)} ${describeTolerance(tolerance.range)}`
    case 'probe':
      return `checked by probe ${String(tolerance.name ?? '?')}`
    default:
      return `a ${String(tolerance.type ?? 'custom')} tolerance`
  }
}

function outputTarget(tolerance: Dict, output: unknown): unknown {
  if (typeof tolerance.target === 'string' && isDict(output)) return output[tolerance.target]
  return output
}

/**
 * How far the measured values were from each objective, worst first over `runs` (the checks of
 * one probe): `error_rate 16.7 % (SLO ≤ 1 %), p95_ms 445 ms (SLO ≤ 300 ms)`. Objectives that held
 * in every run are left out unless all did.
 */
export function sloOutcome(tolerance: Dict, runs: readonly ActivityRun[]): string {
  const parts: string[] = []
  const held: string[] = []
  for (const objective of sloObjectives(tolerance)) {
    const values = runs
      .map((r) => readField(outputTarget(tolerance, r.output), objective.field))
      .filter((v): v is number => v !== undefined)
    if (values.length === 0) {
      parts.push(
        `${objective.field} not measured (SLO ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)})`
      )
      continue
    }
    const lowerIsBetter = objective.op === '<=' || objective.op === '<'
    const worst = lowerIsBetter ? Math.max(...values) : Math.min(...values)
    const text = `${objective.field} ${formatObjectiveValue(objective, worst)} (SLO ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)})`
    if (breaks(objective, worst)) parts.push(text)
    else held.push(text)
  }
  return (parts.length > 0 ? parts : held).join(', ')
}

function breaks(objective: SloObjective, value: number): boolean {
  switch (objective.op) {
    case '<=':
      return value > objective.bound
    case '<':
      return value >= objective.bound
    case '>=':
      return value < objective.bound
    case '>':
      return value <= objective.bound
    case '==':
      return value !== objective.bound
    case '!=':
      return value === objective.bound
  }
}

/** What a probe returned, shortly: `status 503`, `{"count":3,…}`. */
function outputText(output: unknown): string {
  if (isDict(output) && 'stdout' in output && typeof output.status === 'number')
    return `exit ${output.status}`
  if (isDict(output) && typeof output.status === 'number') return `status ${output.status}`
  return scalarText(output)
}

const PHASE_WORDS: Readonly<Record<Finding['phase'], string>> = {
  before: 'before the method',
  during: 'during the method',
  after: 'after the method',
  method: 'in the method',
  rollback: 'in the rollbacks'
}

function probeRuns(journal: Journal | undefined, finding: Finding): ActivityRun[] {
  const states = journal?.steady_states
  if (!states) return []
  const all =
    finding.phase === 'before'
      ? (states.before?.probes ?? [])
      : finding.phase === 'after'
        ? (states.after?.probes ?? [])
        : finding.phase === 'during'
          ? (states.during ?? []).flatMap((s) => s.probes)
          : []
  return all.filter((r) => r.activity?.name === finding.activity)
}

/**
 * A probe finding in words, e.g. `users-within-slo during the method, 3 of 4 checks: error_rate
 * 20.8 % (SLO ≤ 1 %)`; other findings keep their message.
 */
export function findingText(result: ExperimentResult, finding: Finding): string {
  if (finding.kind !== 'probe') return finding.message
  const runs = probeRuns(result.journal, finding)
  const tolerance = (runs[0]?.activity as { tolerance?: unknown } | undefined)?.tolerance
  if (runs.length === 0 || tolerance === undefined) return finding.message
  if (runs.every((r) => r.status === 'failed')) return finding.message
  const judged = runs.filter((r) => typeof r.tolerance_met === 'boolean')
  const missed = judged.filter((r) => r.tolerance_met === false)
  const counted = judged.length > 1 ? `, ${missed.length} of ${judged.length} checks missed` : ''
  const shown = missed.length > 0 ? missed : judged
  if (isDict(tolerance) && tolerance.type === 'slo') {
    return `${missed.length > 0 ? 'broke' : 'held'} the SLO${counted}: ${sloOutcome(tolerance, shown)}`
  }
  const got = shown[0]
    ? outputText(outputTarget(isDict(tolerance) ? tolerance : {}, shown[0].output))
    : '?'
  return `expected ${describeTolerance(tolerance)}, got ${got}${counted}`
}

/** The probe findings that decided a deviation (tolerance not met), in journal order. */
function unmetProbes(result: ExperimentResult): Finding[] {
  return (result.findings ?? []).filter((f) => f.kind === 'probe' && f.met === false)
}

/** Why the verdict, in one line: the first unmet probe in words, else the runner's reason. */
export function whyLine(result: ExperimentResult, max = 220): string {
  const unmet = unmetProbes(result)
  const first = unmet[0]
  let text: string
  if (first) {
    text = `${first.activity} ${PHASE_WORDS[first.phase]}: ${findingText(result, first)}`
    if (unmet.length > 1) text += ` (+${unmet.length - 1} more)`
  } else {
    text = result.reason ?? ''
  }
  const points = [...text]
  return points.length <= max ? text : `${points.slice(0, max - 1).join('')}…`
}

/**
 * The SLO bounds a load is held to, from the steady-state probes that read it (`action: window`
 * with the same load name, or any load probe when there is one load): the p95 bound in ms and the
 * error-rate bound as a fraction, for drawing as threshold lines.
 */
export interface SloThresholds {
  p95Ms?: number
  errorRate?: number
}

export function sloThresholds(journal: Journal, loadName: string): SloThresholds {
  const hypothesis = journal.experiment?.['steady-state-hypothesis']
  const out: SloThresholds = {}
  for (const probe of hypothesis?.probes ?? []) {
    const provider = (probe as { provider?: unknown }).provider
    const tolerance = (probe as { tolerance?: unknown }).tolerance
    if (!isDict(provider) || provider.type !== 'load' || !isDict(tolerance)) continue
    if (tolerance.type !== 'slo') continue
    if (provider.name !== undefined && provider.name !== loadName) continue
    for (const o of sloObjectives(tolerance)) {
      if (o.op !== '<=' && o.op !== '<') continue
      if (o.field === 'p95_ms') out.p95Ms = Math.min(out.p95Ms ?? Infinity, o.bound)
      if (o.field === 'error_rate') out.errorRate = Math.min(out.errorRate ?? Infinity, o.bound)
    }
  }
  return out
}
