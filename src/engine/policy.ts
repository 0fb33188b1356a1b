/**
 * The one pass/fail policy of a run, used by the runner, the CLI's exit status and the action's
 * outputs, annotations and step status. Pure: verdicts in, decisions out.
 *
 * - The overall verdict is the worst present, in this order: failed, aborted, interrupted,
 *   deviated, not-steady, inconclusive, skipped, dry-run, passed; `none` when nothing was selected
 *   (an empty shard is not a failure).
 * - `fail-on: not-passed` fails on every verdict but passed, skipped and dry-run: a skipped
 *   experiment or a dry run proves nothing, but is not a failure by itself either.
 * - `fail-on: deviated` fails only on deviated; `never` never fails.
 */
import { NEUTRAL_VERDICTS, VERDICTS_WORST_FIRST } from './types.ts'
import type { ExperimentResult, Verdict } from './types.ts'

export const FAIL_ON = ['not-passed', 'deviated', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export type OverallVerdict = Verdict | 'none'

/** Worst first: the first one present is the overall verdict. */
export const VERDICT_SEVERITY: readonly Verdict[] = VERDICTS_WORST_FIRST

/** Verdicts that do not fail `fail-on: not-passed` by themselves. */
const NEVER_FAILS: ReadonlySet<Verdict> = new Set<Verdict>(['passed', ...NEUTRAL_VERDICTS])

type Judged = Pick<ExperimentResult, 'verdict'>

export function overallVerdict(results: readonly Judged[]): OverallVerdict {
  if (results.length === 0) return 'none'
  for (const v of VERDICT_SEVERITY) if (results.some((r) => r.verdict === v)) return v
  return 'passed'
}

/** Whether one verdict fails the gate under `failOn`. */
export function verdictFails(verdict: Verdict, failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false
    case 'deviated':
      return verdict === 'deviated'
    case 'not-passed':
      return !NEVER_FAILS.has(verdict)
  }
}

/** Whether these results fail the gate (the step, the CLI's exit status) under `failOn`. */
export function failsGate(results: readonly Judged[], failOn: FailOn): boolean {
  return results.some((r) => verdictFails(r.verdict, failOn))
}

/** The results that did not pass (for counts and messages; skipped and dry runs included). */
export function notPassed<T extends Judged>(results: readonly T[]): T[] {
  return results.filter((r) => r.verdict !== 'passed')
}

/**
 * A run summary's verdict under the default policy: `failed` when the gate fails or a journal is
 * missing, `passed` when every experiment passed, `neutral` otherwise (dry runs, skipped, none).
 */
export function summaryVerdict(
  results: readonly Judged[],
  unwrittenJournals: number
): 'passed' | 'failed' | 'neutral' {
  if (unwrittenJournals > 0 || failsGate(results, 'not-passed')) return 'failed'
  return overallVerdict(results) === 'passed' ? 'passed' : 'neutral'
}
