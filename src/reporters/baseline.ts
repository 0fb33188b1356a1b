/**
 * This run against a baseline (the summary.json of the same workflow on the base branch, or of
 * `--baseline DIR`): per experiment, the base verdict and every figure (figures.ts) side by side
 * with its delta, and which figures regressed beyond the tolerance (engine/policy.ts decides).
 * Pure: a parsed summary and results in, a comparison out. The base file is read defensively:
 * entries that do not have the expected shape are left out, never trusted.
 */
import { DEFAULT_REGRESSION_TOLERANCE, isRegression } from '../engine/policy.ts'
import type { RegressionTolerance } from '../engine/policy.ts'
import { VERDICTS } from '../engine/types.ts'
import type { ExperimentResult, Verdict } from '../engine/types.ts'
import { journalFigures } from './figures.ts'
import type { Figure, FigureUnit } from './figures.ts'

/** One experiment of a baseline summary, as far as it could be read. */
export interface BaseExperiment {
  file: string
  title: string
  verdict: Verdict
  figures: Figure[]
}

export interface FigureComparison {
  key: string
  label: string
  unit: FigureUnit
  better: 'lower' | 'higher'
  /** Absent when only one side measured it. */
  base?: number
  current?: number
  /** current - base, when both exist. */
  delta?: number
  /** This run's SLO bound, for slo figures. */
  bound?: number
  regressed: boolean
}

export interface ExperimentComparison {
  file: string
  title: string
  verdict: Verdict
  /** Absent when the baseline has no such experiment (a new one). */
  baseVerdict?: Verdict
  figures: FigureComparison[]
}

export interface BaselineComparison {
  /** Where the baseline came from, for people: `main at abc1234, run 17`, or a path. */
  source?: string
  /** The base run's page, when it came from GitHub. */
  sourceUrl?: string
  /** Set when there is no baseline to compare with: why. Never a failure. */
  note?: string
  tolerance: RegressionTolerance
  experiments: ExperimentComparison[]
  /** Figures that got worse beyond the tolerance, over every experiment. */
  regressions: number
}

type Dict = Record<string, unknown>

const isDict = (value: unknown): value is Dict =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const UNITS: ReadonlySet<string> = new Set<FigureUnit>(['ratio', 'ms', 's', 'number'])
/** Bounds on what a base file may make us hold (it is data from another run). */
const MAX_EXPERIMENTS = 1000
const MAX_FIGURES = 200
const MAX_TEXT = 500

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function readFigure(raw: unknown): Figure | undefined {
  if (!isDict(raw)) return undefined
  const key = text(raw.key)
  const value = finite(raw.value)
  const unit = raw.unit
  const better = raw.better
  if (key === undefined || value === undefined || typeof unit !== 'string' || !UNITS.has(unit))
    return undefined
  if (better !== 'lower' && better !== 'higher') return undefined
  const bound = finite(raw.bound)
  return {
    key,
    label: text(raw.label) ?? key,
    value,
    unit: unit as FigureUnit,
    better,
    ...(bound === undefined ? {} : { bound })
  }
}

function readExperiment(raw: unknown): BaseExperiment | undefined {
  if (!isDict(raw)) return undefined
  const file = text(raw.file)
  const title = text(raw.title) ?? ''
  const verdict = raw.verdict
  if (file === undefined || !VERDICTS.includes(verdict as Verdict)) return undefined
  const figures = Array.isArray(raw.figures)
    ? raw.figures
        .slice(0, MAX_FIGURES)
        .map(readFigure)
        .filter((f) => f !== undefined)
    : []
  return { file, title, verdict: verdict as Verdict, figures }
}

/**
 * The experiments of a summary.json (its `experiments` array); undefined when the text is not a
 * chaos-action summary at all.
 */
export function readBaselineSummary(json: string): BaseExperiment[] | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return undefined
  }
  if (!isDict(parsed) || !Array.isArray(parsed.experiments)) return undefined
  return parsed.experiments
    .slice(0, MAX_EXPERIMENTS)
    .map(readExperiment)
    .filter((e) => e !== undefined)
}

function compareFigures(
  current: readonly Figure[],
  base: readonly Figure[],
  tolerance: RegressionTolerance
): FigureComparison[] {
  const baseByKey = new Map(base.map((f) => [f.key, f]))
  const out: FigureComparison[] = current.map((now) => {
    const was = baseByKey.get(now.key)
    baseByKey.delete(now.key)
    const comparable = was !== undefined && was.unit === now.unit && was.better === now.better
    return {
      key: now.key,
      label: now.label,
      unit: now.unit,
      better: now.better,
      current: now.value,
      ...(now.bound === undefined ? {} : { bound: now.bound }),
      ...(comparable ? { base: was.value, delta: now.value - was.value } : {}),
      regressed: comparable && isRegression(now, was.value, now.value, tolerance)
    }
  })
  // Measured on the base only (a probe removed, a load that did not run this time).
  for (const was of baseByKey.values()) {
    out.push({
      key: was.key,
      label: was.label,
      unit: was.unit,
      better: was.better,
      base: was.value,
      regressed: false
    })
  }
  return out
}

/** The base experiment for a result: the same file, else the same title. */
function matchBase(
  result: ExperimentResult,
  base: readonly BaseExperiment[]
): BaseExperiment | undefined {
  return base.find((b) => b.file === result.file) ?? base.find((b) => b.title === result.title)
}

export function compareWithBaseline(
  results: readonly ExperimentResult[],
  base: readonly BaseExperiment[],
  options: { tolerance?: RegressionTolerance; source?: string; sourceUrl?: string } = {}
): BaselineComparison {
  const tolerance = options.tolerance ?? DEFAULT_REGRESSION_TOLERANCE
  const experiments = results.map((result): ExperimentComparison => {
    const was = matchBase(result, base)
    return {
      file: result.file,
      title: result.title,
      verdict: result.verdict,
      ...(was ? { baseVerdict: was.verdict } : {}),
      figures: compareFigures(journalFigures(result.journal), was?.figures ?? [], tolerance)
    }
  })
  const regressions = experiments.reduce(
    (n, e) => n + e.figures.filter((f) => f.regressed).length,
    0
  )
  return {
    ...(options.source === undefined ? {} : { source: options.source }),
    ...(options.sourceUrl === undefined ? {} : { sourceUrl: options.sourceUrl }),
    tolerance,
    experiments,
    regressions
  }
}

/** No baseline to compare with: a note for the reports, and no regression. */
export function noBaseline(note: string, tolerance?: RegressionTolerance): BaselineComparison {
  return {
    note,
    tolerance: tolerance ?? DEFAULT_REGRESSION_TOLERANCE,
    experiments: [],
    regressions: 0
  }
}
