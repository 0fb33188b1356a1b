/**
 * Where we differ from chaostoolkit on purpose. The parity suite fails on any difference that is
 * not listed here, and on any listed difference that no longer happens, so this table is always
 * the exact list of deliberate departures. `ours` and `theirs` are the values as the suite prints
 * them (JSON for journal fields; `exit N (verdicts)` for the CI gate).
 */

export interface Difference {
  case: string
  field: string
  ours: string
  theirs: string
  why: string
}

const NOT_STEADY_WHY =
  'chaostoolkit exits 0 when the hypothesis before the method is not met (status completed, ' +
  'nothing proven); our verdict is not-steady, which fails the gate'

/** Cases whose hypothesis before the method is not met while every probe ran fine. */
const BEFORE_NOT_MET = [
  'tol-bool-false',
  'tol-bool-true-http',
  'tol-string-plain',
  'tol-list-http-trap',
  'tol-list-process-trap',
  'tol-regex-not-met',
  'tol-jsonpath-expect',
  'tol-jsonpath-count-filters',
  'tol-jsonpath-no-match',
  'tol-range-not-numeric',
  'tol-range-out-of-bounds',
  'tol-probe-process',
  'subst-dollar-forms',
  'before-not-met'
]

const FAILED_ACTIVITY_WHY =
  'a method activity could not do its work (connection refused, timeout); chaostoolkit still ' +
  'completes and exits 0, our verdict is failed because the result cannot be trusted'

const INTERRUPTED_ENTRY_WHY =
  'the activity cut short by SIGINT gets a complete entry (status failed, "activity was ' +
  'interrupted"); chaostoolkit leaves its entry without a status'

export const DIFFERENCES: Difference[] = [
  ...BEFORE_NOT_MET.map((name) => ({
    case: name,
    field: 'ci',
    ours: 'exit 1 (not-steady)',
    theirs: 'exit 0',
    why: NOT_STEADY_WHY
  })),
  ...['fail-http-refused', 'timeout-process', 'timeout-http', 'bg-only'].map((name) => ({
    case: name,
    field: 'ci',
    ours: 'exit 1 (failed)',
    theirs: 'exit 0',
    why: FAILED_ACTIVITY_WHY
  })),
  {
    case: 'rb-rollback-fails',
    field: 'ci',
    ours: 'exit 1 (failed)',
    theirs: 'exit 0',
    why:
      'two rollbacks could not do their work, so the system may still carry the fault; ' +
      'chaostoolkit exits 0, our verdict is failed'
  },
  ...['hs-during-deviation/during-method-only', 'hs-during-deviation/continuously'].map((name) => ({
    case: name,
    field: 'ci',
    ours: 'exit 1 (deviated)',
    theirs: 'exit 0',
    why:
      'the hypothesis deviated during the method; chaostoolkit only records it in ' +
      'steady_states.during and exits 0, our verdict is deviated'
  })),
  {
    case: 'interrupt/default',
    field: 'run',
    ours: '[{"name":"mark-started","status":"succeeded"},{"name":"long-wait","status":"failed"}]',
    theirs: '[{"name":"mark-started","status":"succeeded"},{"name":"long-wait","status":null}]',
    why: INTERRUPTED_ENTRY_WHY
  },
  {
    case: 'interrupt/always',
    field: 'run',
    ours: '[{"name":"mark-started","status":"succeeded"},{"name":"long-wait","status":"failed"}]',
    theirs: '[{"name":"mark-started","status":"succeeded"},{"name":"long-wait","status":null}]',
    why: INTERRUPTED_ENTRY_WHY
  },
  {
    case: 'tol-regex-status-target',
    field: 'journal',
    ours: 'true',
    theirs: 'false',
    why:
      'a tolerance chaostoolkit cannot evaluate (regex on an int) crashes it with a traceback and ' +
      'no journal; we end the run as aborted and still write the journal'
  },
  {
    case: 'subst-secrets',
    field: 'secrets-in-journal',
    ours: '[]',
    theirs: '["inline-s3cret","env-s3cret"]',
    why: 'we mask secret values as *** everywhere in the journal; chaostoolkit writes them in clear'
  },
  {
    case: 'empty-no-hypothesis',
    field: 'ci',
    ours: 'exit 1 (inconclusive)',
    theirs: 'exit 0',
    why:
      'an experiment without a steady-state hypothesis proves nothing: our verdict is ' +
      'inconclusive, which fails the gate; chaostoolkit completes and exits 0'
  },
  {
    case: 'interrupt/default',
    field: 'rollbacks',
    ours: '[{"name":"undo-on-interrupt","status":"succeeded"}]',
    theirs: '[]',
    why:
      'on SIGINT we still play the rollbacks (the default strategy skips them on interrupted): ' +
      'a cancelled CI job should not leave the fault injected'
  }
]

/**
 * Differences that are NOT on purpose: bugs of ours found by the corpus and not fixed yet. Their
 * cases run as todo (reported, not failing the suite) until the fix lands; then the entry goes.
 */
export const KNOWN_GAPS: Difference[] = []
