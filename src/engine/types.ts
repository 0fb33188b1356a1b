/**
 * The Chaos Toolkit experiment and journal shapes, as chaostoolkit's code reads and writes them
 * (see ../shared/reference/chaostoolkit-semantics.md), plus the verdict we add beside the journal.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A place in an experiment file. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

/** A path into a parsed document, e.g. `['method', 2, 'provider', 'url']`. */
export type DocPath = readonly (string | number)[]

export interface ProviderSpec {
  type: string
  [key: string]: unknown
}

export interface Pauses {
  before?: number | string
  after?: number | string
}

export interface Activity {
  type: 'probe' | 'action'
  name: string
  provider: ProviderSpec
  tolerance?: unknown
  background?: boolean
  /** Actions only: false when a fault that reaches nothing is fine (a warning, not a failure). */
  expect_effect?: boolean
  pauses?: Pauses
  timeout?: number
  controls?: unknown[]
  [key: string]: unknown
}

/** `{"ref": "name"}`: replaced at run time by the method or hypothesis activity of that name. */
export interface ActivityRef {
  ref: string
  tolerance?: unknown
  [key: string]: unknown
}

export type ActivityOrRef = Activity | ActivityRef

export interface Hypothesis {
  title: string
  probes?: ActivityOrRef[]
  [key: string]: unknown
}

export type RollbackStrategy = 'default' | 'always' | 'never' | 'deviated'
export type HypothesisStrategy =
  | 'default'
  | 'before-method-only'
  | 'after-method-only'
  | 'during-method-only'
  | 'continuously'
  | 'skip'
export type DryMode = 'probes' | 'actions' | 'activities' | 'pause'

export const ROLLBACK_STRATEGIES: readonly RollbackStrategy[] = [
  'default',
  'always',
  'never',
  'deviated'
]
export const HYPOTHESIS_STRATEGIES: readonly HypothesisStrategy[] = [
  'default',
  'before-method-only',
  'after-method-only',
  'during-method-only',
  'continuously'
]
export const DRY_MODES: readonly DryMode[] = ['probes', 'actions', 'activities', 'pause']

export interface Runtime {
  rollbacks?: { strategy?: RollbackStrategy }
  hypothesis?: { strategy?: HypothesisStrategy; frequency?: number; fail_fast?: boolean }
  [key: string]: unknown
}

export interface Experiment {
  title: string
  description: string
  version?: string
  tags?: string[]
  contributions?: Record<string, string>
  configuration?: Record<string, unknown>
  secrets?: Record<string, Record<string, unknown>>
  extensions?: unknown[]
  controls?: unknown[]
  'steady-state-hypothesis'?: Hypothesis
  method: ActivityOrRef[]
  rollbacks?: ActivityOrRef[]
  runtime?: Runtime
  [key: string]: unknown
}

/** Resolved configuration: `${name}` lookups see these first. */
export type Configuration = Record<string, unknown>
/** Resolved secrets, by scope. */
export type Secrets = Record<string, Record<string, unknown>>

export type ExperimentStatus = 'completed' | 'failed' | 'aborted' | 'interrupted'
export type ActivityStatus = 'succeeded' | 'failed'

export interface ActivityRun {
  activity: Activity
  output: unknown
  start: string
  status?: ActivityStatus
  exception?: string[]
  end?: string
  duration?: number
  tolerance_met?: boolean
  /** Ours (chaostoolkit has none): what went wrong without failing the activity. */
  warnings?: string[]
}

export interface SteadyState {
  steady_state_met: boolean
  probes: ActivityRun[]
}

export interface Journal {
  'chaoslib-version': string
  platform: string
  node: string
  experiment: Experiment & { dry: DryMode | null }
  start: string
  status: ExperimentStatus
  deviated: boolean
  steady_states: {
    before: SteadyState | null
    after: SteadyState | null
    during: SteadyState[]
  }
  run: ActivityRun[]
  rollbacks: ActivityRun[]
  end: string
  duration: number
}

/**
 * Our verdict, beside the journal. Only `passed` passes.
 * - `deviated`: the hypothesis after the method (or any iteration during it) was not met.
 * - `not-steady`: the hypothesis before the method was not met, so nothing was proven.
 * - `failed`: an action, probe or rollback could not do its work, so the result can't be trusted.
 */
export type Verdict = 'passed' | 'deviated' | 'not-steady' | 'failed' | 'aborted' | 'interrupted'
export const VERDICTS: readonly Verdict[] = [
  'passed',
  'deviated',
  'not-steady',
  'failed',
  'aborted',
  'interrupted'
]

/** One line of evidence for a verdict: a probe or activity and what it did. */
export interface Finding {
  phase: 'before' | 'during' | 'after' | 'method' | 'rollback'
  activity: string
  kind: 'probe' | 'action'
  /** Short human text: "tolerance 200 not met by 503", "failed: connection refused". */
  message: string
  met?: boolean
  location?: SourceLocation
}

export interface ExperimentResult {
  /** The experiment file as the user named it (relative to the working directory when possible). */
  file: string
  title: string
  verdict: Verdict
  status: ExperimentStatus
  deviated: boolean
  /** Seconds. */
  duration: number
  /** Where the journal was written, if it was. */
  journalPath?: string
  journal: Journal
  /** Whether each steady state was met: null when that phase did not run. */
  steadyBefore: boolean | null
  steadyAfter: boolean | null
  /** The probe and activity results that decided the verdict. */
  findings: Finding[]
  /** Names of the rollbacks that ran. */
  rollbacksRun: string[]
  /** One sentence on why the verdict is what it is. */
  reason: string
}
