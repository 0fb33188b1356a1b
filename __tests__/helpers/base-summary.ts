/** A summary.json of a base run, as the reporters write it, for baseline tests. */
import type { Figure } from '../../src/reporters/figures.ts'

export interface BaseExperimentSpec {
  file: string
  title: string
  figures: Figure[]
}

/** The text of a summary.json where every experiment passed with these figures. */
export function baseSummaryJson(experiments: readonly BaseExperimentSpec[]): string {
  return JSON.stringify({
    runId: 'base',
    verdict: 'passed',
    overall: 'passed',
    passed: experiments.length,
    notPassed: 0,
    interrupted: false,
    duration: 2,
    experiments: experiments.map((e) => ({
      file: e.file,
      title: e.title,
      status: 'completed',
      deviated: false,
      verdict: 'passed',
      journal: null,
      duration: 2,
      reason: 'The steady-state hypothesis held and every activity succeeded.',
      steadyBefore: true,
      steadyAfter: true,
      rollbacksRun: [],
      findings: [],
      figures: e.figures
    }))
  })
}

/** A latency figure of a load. */
export function p95Figure(load: string, value: number): Figure {
  return {
    key: `load:${load}:p95_ms`,
    label: `load ${load} p95`,
    value,
    unit: 'ms',
    better: 'lower'
  }
}
