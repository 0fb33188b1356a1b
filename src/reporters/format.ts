import type { BaselineComparison } from './baseline.ts'
import type { ExperimentResult, Verdict } from '../engine/types.ts'

/**
 * What every reporter needs from a run. The runner's RunSummary satisfies it; a bare list of
 * results is accepted too so reporters stay usable on their own.
 */
export interface SummaryInput {
  runId?: string
  results: readonly ExperimentResult[]
  /** Seconds. */
  duration?: number
  interrupted?: boolean
  /** This run against the base branch's (or `--baseline DIR`), when one was asked for. */
  baseline?: BaselineComparison
  /** The shard this run was (`2/3`), written to summary.json so a merge can tell what is missing. */
  shard?: { index: number; total: number }
  /** A merge of shards (`chaos-action report`): how many were expected and which are missing. */
  shards?: { total: number; merged: number[]; missing: number[] }
}

export function toSummaryInput(input: SummaryInput | readonly ExperimentResult[]): SummaryInput {
  return isResultList(input) ? { results: input } : input
}

function isResultList(
  input: SummaryInput | readonly ExperimentResult[]
): input is readonly ExperimentResult[] {
  return Array.isArray(input)
}

export const VERDICT_EMOJI: Readonly<Record<Verdict, string>> = {
  passed: '✅',
  deviated: '❌',
  'not-steady': '⚠️',
  failed: '💥',
  aborted: '⛔',
  interrupted: '⏹️',
  inconclusive: '❔',
  'dry-run': '🧪',
  skipped: '⏭️'
}

/** Short words for each verdict, used where emoji would not render (terminals, JUnit). */
export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  passed: 'passed',
  deviated: 'deviated',
  'not-steady': 'not steady',
  failed: 'failed',
  aborted: 'aborted',
  interrupted: 'interrupted',
  inconclusive: 'inconclusive',
  'dry-run': 'dry run',
  skipped: 'skipped'
}

export function countPassed(results: readonly ExperimentResult[]): number {
  return results.filter((r) => r.verdict === 'passed').length
}

/** Whether every result is a dry run (then nothing ran: no fault, no rollback). */
export function allDryRuns(results: readonly ExperimentResult[]): boolean {
  return results.length > 0 && results.every((r) => r.verdict === 'dry-run')
}

/** The run in one sentence (no final period): what passed, or that it was only a dry run. */
export function outcomeHeadline(results: readonly ExperimentResult[]): string {
  const total = results.length
  const passed = countPassed(results)
  if (total === 0) return 'No experiment ran'
  if (passed === total)
    return `${total === 1 ? 'The experiment' : `All ${total} experiments`} passed`
  if (allDryRuns(results))
    return `Dry run of ${total === 1 ? 'the experiment' : `${total} experiments`}: no fault and no rollback ran, nothing was proven`
  return `${total - passed} of ${total} experiment${total === 1 ? '' : 's'} did not pass`
}

/** `850 ms`, `12.3 s`, `4 min 05 s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?'
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds - minutes * 60)
  return `${minutes} min ${String(rest).padStart(2, '0')} s`
}

/** `met`, `not met` or `not run`. */
export function steadyText(met: boolean | null): string {
  if (met === null) return 'not run'
  return met ? 'met' : 'not met'
}

export interface DeviatingProbe {
  name: string
  phase: 'before' | 'during' | 'after'
}

/**
 * Steady-state probes whose tolerance was not met (or that failed), from the journal: the
 * evidence for `deviated` and `not-steady`. Each name is listed once per phase.
 */
export function deviatingProbes(result: ExperimentResult): DeviatingProbe[] {
  const out: DeviatingProbe[] = []
  const seen = new Set<string>()
  const states = result.journal?.steady_states
  const add = (
    phase: DeviatingProbe['phase'],
    probes: readonly { activity: { name: string }; tolerance_met?: boolean }[]
  ): void => {
    for (const probe of probes) {
      if (probe.tolerance_met !== false) continue
      const key = `${phase}\u0000${probe.activity.name}`
      if (seen.has(key)) continue
      seen.add(key)
      out.push({ name: probe.activity.name, phase })
    }
  }
  if (states?.before) add('before', states.before.probes)
  for (const state of states?.during ?? []) add('during', state.probes)
  if (states?.after) add('after', states.after.probes)
  return out
}

/** Names with a `+N more` tail, so one cell never lists hundreds of items. */
export function listWithTail(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(', ')
  return `${items.slice(0, max).join(', ')} +${items.length - max} more`
}

/** `file:line` of a finding or `''`. */
export function locationText(location?: { file: string; line: number }): string {
  return location ? `${location.file}:${location.line}` : ''
}
