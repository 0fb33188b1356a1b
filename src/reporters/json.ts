import { failsGate, overallVerdict } from '../engine/policy.ts'
import type { ExperimentResult, ExperimentStatus, Finding, Verdict } from '../engine/types.ts'
import { journalFigures, type Figure } from './figures.ts'
import { countPassed, toSummaryInput } from './format.ts'
import type { SummaryInput } from './format.ts'

/** One experiment as `chaos-action run --json` prints it. */
export interface JsonExperiment {
  file: string
  title: string
  status: ExperimentStatus
  deviated: boolean
  verdict: Verdict
  /** Path of the journal, or null when none was written. */
  journal: string | null
  /** Seconds. */
  duration: number
}

/** The `--json` shape plus the evidence, for the summary JSON file. */
export interface JsonExperimentDetail extends JsonExperiment {
  reason: string
  steadyBefore: boolean | null
  steadyAfter: boolean | null
  rollbacksRun: string[]
  findings: Finding[]
  /** What a later run compares with (figures.ts); absent in summaries older than baselines. */
  figures?: Figure[]
}

export interface JsonSummary {
  runId: string | null
  /** `neutral`: nothing failed the gate, but not everything passed (dry runs, skipped). */
  verdict: 'passed' | 'not-passed' | 'neutral'
  /** The worst verdict of the run (worst first), `none` when no experiment was selected. */
  overall: Verdict | 'none'
  passed: number
  notPassed: number
  interrupted: boolean
  /** Seconds. */
  duration: number | null
  /** The shard this run was, when it was one (`--shard 2/3`). */
  shard?: { index: number; total: number }
  /** A merged report: the shards expected, merged and missing. */
  shards?: { total: number; merged: number[]; missing: number[] }
  experiments: JsonExperimentDetail[]
}

export function toJsonExperiment(result: ExperimentResult): JsonExperiment {
  return {
    file: result.file,
    title: result.title,
    status: result.status,
    deviated: result.deviated,
    verdict: result.verdict,
    journal: result.journalPath ?? null,
    duration: result.duration
  }
}

/** What `--json` prints: an array, one object per experiment. */
export function toJsonList(input: SummaryInput | readonly ExperimentResult[]): JsonExperiment[] {
  return toSummaryInput(input).results.map(toJsonExperiment)
}

export function toJsonSummary(input: SummaryInput | readonly ExperimentResult[]): JsonSummary {
  const summary = toSummaryInput(input)
  const passed = countPassed(summary.results)
  const notPassed = summary.results.length - passed
  return {
    runId: summary.runId ?? null,
    verdict: failsGate(summary.results, 'not-passed')
      ? 'not-passed'
      : notPassed === 0
        ? 'passed'
        : 'neutral',
    overall: overallVerdict(summary.results),
    passed,
    notPassed,
    interrupted: summary.interrupted ?? false,
    duration: summary.duration ?? null,
    ...(summary.shard ? { shard: { ...summary.shard } } : {}),
    ...(summary.shards ? { shards: { ...summary.shards } } : {}),
    experiments: summary.results.map((r) => ({
      ...toJsonExperiment(r),
      reason: r.reason,
      steadyBefore: r.steadyBefore,
      steadyAfter: r.steadyAfter,
      rollbacksRun: [...r.rollbacksRun],
      findings: [...(r.findings ?? [])],
      figures: journalFigures(r.journal)
    }))
  }
}

export function renderJsonSummary(input: SummaryInput | readonly ExperimentResult[]): string {
  return `${JSON.stringify(toJsonSummary(input), null, 2)}\n`
}
