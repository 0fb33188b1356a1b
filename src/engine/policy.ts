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
 * - `fail-on: regression` fails like not-passed, and also when a figure got worse than the
 *   baseline's (the same experiment on the base branch) beyond the regression tolerance, even
 *   when every SLO still holds. No baseline means no regression: never a failure by itself.
 */
import { NEUTRAL_VERDICTS, VERDICTS_WORST_FIRST } from './types.ts'
import type { ExperimentResult, Verdict } from './types.ts'

export const FAIL_ON = ['not-passed', 'deviated', 'regression', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export type OverallVerdict = Verdict | 'none'

/** Verdicts that do not fail `fail-on: not-passed` by themselves. */
const NEVER_FAILS: ReadonlySet<Verdict> = new Set<Verdict>(['passed', ...NEUTRAL_VERDICTS])

type Judged = Pick<ExperimentResult, 'verdict'>

export function overallVerdict(results: readonly Judged[]): OverallVerdict {
  if (results.length === 0) return 'none'
  for (const v of VERDICTS_WORST_FIRST) if (results.some((r) => r.verdict === v)) return v
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
    case 'regression':
      return !NEVER_FAILS.has(verdict)
  }
}

/**
 * Whether these results fail the gate (the step, the CLI's exit status) under `failOn`;
 * `regressions` counts the figures that got worse than the baseline beyond the tolerance.
 */
export function failsGate(results: readonly Judged[], failOn: FailOn, regressions = 0): boolean {
  if (failOn === 'regression' && regressions > 0) return true
  return results.some((r) => verdictFails(r.verdict, failOn))
}

/** The unit a figure is measured in: how its absolute tolerance is read. */
export type FigureUnit = 'ratio' | 'ms' | 's' | 'number'

/**
 * How much worse than the baseline a figure may get before it is a regression: worse by more
 * than `relative` of the base value AND by more than `absolute[unit]` (so 2 ms -> 3 ms is no
 * regression, however many percent that is, and a 0 % error rate may not grow by more than
 * `absolute.ratio`).
 */
export interface RegressionTolerance {
  /** A fraction: 0.1 is 10 %. */
  relative: number
  absolute: Readonly<Record<FigureUnit, number>>
}

export const DEFAULT_REGRESSION_TOLERANCE: RegressionTolerance = {
  relative: 0.1,
  absolute: { ms: 5, s: 1, ratio: 0.001, number: 0 }
}

/** The input and flag's default, as written: `10%,5ms,1s,0.1pp`. */
export const DEFAULT_REGRESSION_TOLERANCE_TEXT = '10%,5ms,1s,0.1pp'

const TOLERANCE_TOKEN = /^(\d+(?:\.\d+)?|\.\d+)\s*(%|ms|s|pp)?$/

/**
 * `10%,5ms` (comma or space separated): `N%` relative, `Nms` for latencies, `Ns` for seconds,
 * `Npp` percentage points for rates, a bare number for unitless figures. What is not given keeps
 * its default. Undefined when a part is not one of those.
 */
export function parseRegressionTolerance(text: string): RegressionTolerance | undefined {
  const parts = text.split(/[\s,]+/).filter((p) => p !== '')
  if (parts.length === 0) return undefined
  const absolute = { ...DEFAULT_REGRESSION_TOLERANCE.absolute }
  let relative = DEFAULT_REGRESSION_TOLERANCE.relative
  for (const part of parts) {
    const m = TOLERANCE_TOKEN.exec(part.trim())
    if (!m) return undefined
    const n = Number(m[1])
    if (m[2] === '%') relative = n / 100
    else if (m[2] === 'ms') absolute.ms = n
    else if (m[2] === 's') absolute.s = n
    else if (m[2] === 'pp') absolute.ratio = n / 100
    else absolute.number = n
  }
  return { relative, absolute }
}

/** Whether `current` is worse than `base` beyond the tolerance, in the figure's direction. */
export function isRegression(
  figure: { better: 'lower' | 'higher'; unit: FigureUnit },
  base: number,
  current: number,
  tolerance: RegressionTolerance = DEFAULT_REGRESSION_TOLERANCE
): boolean {
  const worse = figure.better === 'lower' ? current - base : base - current
  if (!(worse > 0)) return false
  return worse > tolerance.relative * Math.abs(base) && worse > tolerance.absolute[figure.unit]
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
