import type { SourceLocation } from './types.ts'

/**
 * A mistake in what the user gave us: a flag, an input, a file, an experiment, a cluster that
 * refuses. Reported as one clear message with advice and no stack trace.
 */
export class UserError extends Error {
  readonly code: string
  readonly advice?: string
  constructor(message: string, options: { code?: string; advice?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'UserError'
    this.code = options.code ?? 'CHAOS_USER_ERROR'
    if (options.advice !== undefined) this.advice = options.advice
  }
}

/** Bad command line or action input. CLI exit code 2. */
export class UsageError extends UserError {
  constructor(message: string, advice?: string) {
    super(message, { code: 'CHAOS_USAGE', ...(advice === undefined ? {} : { advice }) })
    this.name = 'UsageError'
  }
}

/** One problem found in an experiment file. */
export interface ValidationIssue {
  /** JSON-pointer-like path of the field, e.g. `/method/2/provider/url`. */
  field: string
  message: string
  /** What was expected there, for the user. */
  expected?: string
  location?: SourceLocation
}

/** Every problem of one or more experiment files, reported together. CLI exit code 2. */
export class ExperimentValidationError extends UserError {
  readonly issues: readonly ValidationIssue[]
  constructor(issues: readonly ValidationIssue[]) {
    super(formatIssues(issues), { code: 'CHAOS_INVALID_EXPERIMENT' })
    this.name = 'ExperimentValidationError'
    this.issues = issues
  }
}

export function formatIssue(issue: ValidationIssue): string {
  const where = issue.location
    ? `${issue.location.file}:${issue.location.line}:${issue.location.column}`
    : '(unknown location)'
  const expected = issue.expected ? ` (expected ${issue.expected})` : ''
  return `${where}: ${issue.field || '/'}: ${issue.message}${expected}`
}

function formatIssues(issues: readonly ValidationIssue[]): string {
  const files = new Set(issues.map((i) => i.location?.file ?? '?'))
  const head =
    issues.length === 1
      ? 'invalid experiment:'
      : `${issues.length} problems in ${files.size} experiment file${files.size === 1 ? '' : 's'}:`
  return [head, ...issues.map((i) => `  ${formatIssue(i)}`)].join('\n')
}

/** The cluster or a remote API refused or could not be reached. */
export class ClusterError extends UserError {
  constructor(message: string, advice?: string, cause?: unknown) {
    super(message, { code: 'CHAOS_CLUSTER', advice, cause })
    this.name = 'ClusterError'
  }
}

/**
 * An activity could not do its work (chaostoolkit's ActivityFailed): recorded in the journal as a
 * failed activity, never thrown out of the engine.
 */
export class ActivityFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ActivityFailed'
  }
}

/** What every NoEffectError message starts with, so journals and reports can recognise it. */
export const NO_EFFECT_PREFIX = 'the fault reached nothing: '

/**
 * A fault action whose injection evidence shows zero targets (no pod matched, no request went
 * through the proxy): it ran, but proved nothing. The engine fails the activity (verdict `failed`)
 * unless the action says `expect_effect: false`, then it records a warning and keeps `evidence` as
 * the output.
 */
export class NoEffectError extends ActivityFailed {
  /** The provider's injection evidence (counts, names): the output when the effect was optional. */
  readonly evidence: unknown
  /** `what` says what was looked for, e.g. "0 pods matched app=web in chaos-example". */
  constructor(what: string, evidence: unknown = null) {
    super(`${NO_EFFECT_PREFIX}${what}`)
    this.name = 'NoEffectError'
    this.evidence = evidence
  }
}

/** Whether a message (e.g. a journal exception line) is that of a NoEffectError. */
export function isNoEffectMessage(message: string | undefined): boolean {
  return message !== undefined && message.startsWith(NO_EFFECT_PREFIX)
}

/** The run was interrupted (SIGINT/SIGTERM or a cancelled job). */
export class InterruptedError extends Error {
  constructor(message = 'the run was interrupted') {
    super(message)
    this.name = 'InterruptedError'
  }
}

/** A bug of ours. The message says so. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`internal error (a bug in chaos-action, please report it): ${message}`, options)
    this.name = 'InternalError'
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error)
  } catch {
    return String(error)
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}
