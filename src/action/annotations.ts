import * as core from '@actions/core'
import { formatIssue, type ValidationIssue } from '../engine/errors.ts'
import type { ExperimentResult, Finding, SourceLocation } from '../engine/types.ts'
import { commandData, escapeWorkflowCommands } from './logger.ts'

/**
 * GitHub shows at most 10 error and 10 warning annotations per step (50 per job); beyond that
 * they are dropped silently, so we stop ourselves and say how many were left out.
 */
const MAX_PER_LEVEL = 9

type Level = 'error' | 'warning'

function props(title: string, location: SourceLocation | undefined): core.AnnotationProperties {
  return location
    ? { title, file: location.file, startLine: location.line, startColumn: location.column }
    : { title }
}

class Budget {
  readonly #used: Record<Level, number> = { error: 0, warning: 0 }
  readonly #dropped: Record<Level, number> = { error: 0, warning: 0 }

  emit(level: Level, text: string, properties: core.AnnotationProperties): void {
    // Titles, probe names and outputs are the experiment's text: no controls, no commands.
    const message = commandData(text)
    const title = properties.title === undefined ? {} : { title: commandData(properties.title) }
    if (this.#used[level] >= MAX_PER_LEVEL) {
      this.#dropped[level]++
      // Still in the log, just not as an annotation.
      core.info(escapeWorkflowCommands(`${level}: ${message}`))
      return
    }
    this.#used[level]++
    if (level === 'error') core.error(message, { ...properties, ...title })
    else core.warning(message, { ...properties, ...title })
  }

  dropped(): number {
    return this.#dropped.error + this.#dropped.warning
  }
}

/** One error annotation per validation problem, at its file and line. */
export function annotateValidationIssues(issues: readonly ValidationIssue[]): void {
  const budget = new Budget()
  for (const issue of issues) {
    const expected = issue.expected ? ` (expected ${issue.expected})` : ''
    const message = issue.location
      ? `${issue.field || '/'}: ${issue.message}${expected}`
      : formatIssue(issue)
    budget.emit('error', message, props('Invalid experiment', issue.location))
  }
  if (budget.dropped() > 0) {
    core.info(`${budget.dropped()} more validation problems are listed above`)
  }
}

/** A probe whose tolerance was not met, or an activity that could not do its work. */
export function isAnnotatedFinding(finding: Finding): boolean {
  if (finding.met === false) return true
  return /^failed\b/i.test(finding.message)
}

/**
 * One annotation per deviating probe and failed activity, at the line of the activity in its
 * experiment file (or the top of the file when the engine could not place it). Errors when the
 * experiment fails the step, warnings when fail-on lets it through.
 */
export function annotateResults(
  results: readonly ExperimentResult[],
  failsStep: (result: ExperimentResult) => boolean
): number {
  const budget = new Budget()
  let count = 0
  for (const result of results) {
    if (result.verdict === 'passed') continue
    const level: Level = failsStep(result) ? 'error' : 'warning'
    const fallback: SourceLocation = { file: result.file, line: 1, column: 1 }
    const findings = result.findings.filter(isAnnotatedFinding)
    if (findings.length === 0) {
      budget.emit(level, `${result.title}: ${result.reason}`, {
        ...props(`Chaos experiment ${result.verdict}`, fallback)
      })
      count++
      continue
    }
    for (const finding of findings) {
      const what = finding.kind === 'probe' ? 'probe' : 'action'
      budget.emit(
        level,
        `${finding.phase} ${what} '${finding.activity}': ${finding.message}`,
        props(`${result.title}: ${result.verdict}`, finding.location ?? fallback)
      )
      count++
    }
  }
  return count
}
