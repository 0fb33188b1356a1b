/**
 * The parity corpus: which experiment file runs with which flags. Flags use chaostoolkit's names;
 * both engines get the same ones. Every case runs in a fresh working directory of its own.
 */

export interface ParityCase {
  /** Subtest name; unique. */
  name: string
  /** Experiment file under parity/corpus/. */
  file: string
  /** `chaos run` flags given to both engines, e.g. ['--rollback-strategy', 'always']. */
  args?: string[]
  /** Extra environment for both engines. */
  env?: Record<string, string>
  /** Executable files created in the working directory before the run. */
  executables?: Record<string, string>
  /** Send SIGINT once this file appears in the working directory. */
  interruptWhen?: string
  /**
   * How to compare `steady_states.during`: 'exact' (default) compares its length and every
   * iteration; 'some' only that both have at least one iteration and agree on whether any
   * iteration missed (the count, and which iterations straddle a change, depend on timing).
   */
  during?: 'exact' | 'some'
  /**
   * 'prefix': compare the method's run entries only as far as both got, for runs whose length
   * depends on timing (fail-fast stops the method after whichever activity is running).
   */
  runEntries?: 'exact' | 'prefix'
  /** Flags for our CLI only (after `args`), e.g. ['--cluster', 'none']. */
  ourArgs?: string[]
  /** Which chaostoolkit runs it: 'kubernetes' has chaostoolkit-kubernetes and -prometheus. */
  chaostoolkit?: 'plain' | 'kubernetes'
  /**
   * We refuse the file on purpose where chaostoolkit runs it: our CLI must exit 2 with this text
   * on stderr, and `theirs` must hold for chaostoolkit's journal (returns what is wrong, if any).
   */
  oursRefuses?: {
    message: string
    theirs: (journal: Record<string, unknown>) => string | undefined
  }
}

const ROLLBACK_STRATEGIES = ['default', 'always', 'never', 'deviated'] as const

function perRollbackStrategy(stem: string, file: string): ParityCase[] {
  return ROLLBACK_STRATEGIES.map((strategy) => ({
    name: `${stem}/${strategy}`,
    file,
    args: ['--rollback-strategy', strategy]
  }))
}

/**
 * A chaosk8s experiment run dry against the chaostoolkit that has chaostoolkit-kubernetes, and by
 * us with `--cluster none`; no kubeconfig anywhere, so nothing could reach a cluster.
 */
function dryWithoutCluster(name: string, file: string, dry: 'actions' | 'activities'): ParityCase {
  return {
    name,
    file,
    chaostoolkit: 'kubernetes',
    args: ['--dry', dry],
    ourArgs: ['--cluster', 'none'],
    env: { KUBECONFIG: '/nonexistent/kubeconfig' }
  }
}

/** Secret values the corpus uses (subst-secrets.json): inline in the file and from the env. */
export const PARITY_SECRETS = { inline: 'inline-s3cret', env: 'env-s3cret' }

export const PARITY_ENV: Record<string, string> = {
  PARITY_SECRET: PARITY_SECRETS.env,
  PARITY_NUMBER: '41'
}

export const CASES: ParityCase[] = [
  // tolerances
  { name: 'tol-bool-false', file: 'tol-bool-false.json' },
  { name: 'tol-bool-true-http', file: 'tol-bool-true-http.yaml' },
  { name: 'tol-int-process', file: 'tol-int-process.yaml' },
  { name: 'tol-int-http', file: 'tol-int-http.json' },
  { name: 'tol-string-plain', file: 'tol-string-plain.yaml' },
  { name: 'tol-string-typed', file: 'tol-string-typed.json' },
  { name: 'tol-list-membership', file: 'tol-list-membership.json' },
  { name: 'tol-list-http-trap', file: 'tol-list-http-trap.yaml' },
  { name: 'tol-list-process-trap', file: 'tol-list-process-trap.json' },
  { name: 'tol-regex-target', file: 'tol-regex-target.json' },
  { name: 'tol-regex-python-syntax', file: 'tol-regex-python-syntax.yaml' },
  { name: 'tol-regex-not-met', file: 'tol-regex-not-met.json' },
  { name: 'tol-regex-status-target', file: 'tol-regex-status-target.json' },
  { name: 'tol-jsonpath-expect', file: 'tol-jsonpath-expect.json' },
  { name: 'tol-jsonpath-count-filters', file: 'tol-jsonpath-count-filters.yaml' },
  { name: 'tol-jsonpath-string-body', file: 'tol-jsonpath-string-body.json' },
  { name: 'tol-jsonpath-no-match', file: 'tol-jsonpath-no-match.yaml' },
  { name: 'tol-range', file: 'tol-range.json' },
  { name: 'tol-range-not-numeric', file: 'tol-range-not-numeric.yaml' },
  { name: 'tol-range-out-of-bounds', file: 'tol-range-out-of-bounds.json' },
  { name: 'tol-probe-process', file: 'tol-probe-process.json' },
  // substitution
  { name: 'subst-typed', file: 'subst-typed.json' },
  { name: 'subst-embedded', file: 'subst-embedded.yaml' },
  { name: 'subst-dollar-forms', file: 'subst-dollar-forms.json' },
  { name: 'subst-secrets', file: 'subst-secrets.json' },
  { name: 'subst-http', file: 'subst-http.yaml' },
  { name: 'subst-title-pauses', file: 'subst-title-pauses.json' },
  { name: 'subst-env-default', file: 'subst-env-default.yaml' },
  {
    name: 'subst-var-override',
    file: 'subst-var-override.yaml',
    args: ['--var', 'name=from-cli', '--var', 'count:int=5', '--var', 'undeclared=x']
  },
  { name: 'config-dynamic', file: 'config-dynamic.json' },
  // rollback strategies in passing, deviating and failing runs
  ...perRollbackStrategy('rb-passing', 'rb-passing.json'),
  ...perRollbackStrategy('rb-deviating', 'rb-deviating.json'),
  ...perRollbackStrategy('rb-failing', 'rb-failing.yaml'),
  { name: 'rb-rollback-fails', file: 'rb-rollback-fails.json' },
  { name: 'rb-before-error', file: 'rb-before-error.json' },
  {
    name: 'rb-before-error/always',
    file: 'rb-before-error.json',
    args: ['--rollback-strategy', 'always']
  },
  // runtime blocks
  { name: 'rt-rollbacks-always', file: 'rt-rollbacks-always.yaml' },
  { name: 'rt-rollbacks-never', file: 'rt-rollbacks-never.json' },
  {
    name: 'rt-rollbacks-never/flag-always',
    file: 'rt-rollbacks-never.json',
    args: ['--rollback-strategy', 'always']
  },
  { name: 'rt-hypothesis', file: 'rt-hypothesis.yaml' },
  // hypothesis strategies
  { name: 'hs-simple/default', file: 'hs-simple.json' },
  {
    name: 'hs-simple/before-method-only',
    file: 'hs-simple.json',
    args: ['--hypothesis-strategy', 'before-method-only']
  },
  {
    name: 'hs-simple/after-method-only',
    file: 'hs-simple.json',
    args: ['--hypothesis-strategy', 'after-method-only']
  },
  {
    name: 'hs-simple/during-method-only',
    file: 'hs-simple.json',
    args: ['--hypothesis-strategy', 'during-method-only', '--hypothesis-frequency', '5'],
    during: 'exact'
  },
  {
    name: 'hs-simple/continuously',
    file: 'hs-simple.json',
    args: ['--hypothesis-strategy', 'continuously', '--hypothesis-frequency', '0.2'],
    during: 'some'
  },
  {
    name: 'hs-during-deviation/during-method-only',
    file: 'hs-during-deviation.json',
    args: ['--hypothesis-strategy', 'during-method-only', '--hypothesis-frequency', '0.2'],
    during: 'some'
  },
  {
    name: 'hs-during-deviation/continuously',
    file: 'hs-during-deviation.json',
    args: ['--hypothesis-strategy', 'continuously', '--hypothesis-frequency', '0.2'],
    during: 'some'
  },
  {
    name: 'hs-fail-fast/continuously',
    file: 'hs-fail-fast.yaml',
    args: ['--hypothesis-strategy', 'continuously', '--hypothesis-frequency', '5', '--fail-fast'],
    runEntries: 'prefix'
  },
  {
    name: 'hs-fail-fast/during-method-only',
    file: 'hs-fail-fast.yaml',
    args: [
      '--hypothesis-strategy',
      'during-method-only',
      '--hypothesis-frequency',
      '5',
      '--fail-fast'
    ],
    env: { PARITY_FLAKY_OK: '0' },
    runEntries: 'prefix'
  },
  // dry modes
  { name: 'dry-modes/none', file: 'dry-modes.json' },
  { name: 'dry-modes/probes', file: 'dry-modes.json', args: ['--dry', 'probes'] },
  { name: 'dry-modes/actions', file: 'dry-modes.json', args: ['--dry', 'actions'] },
  { name: 'dry-modes/activities', file: 'dry-modes.json', args: ['--dry', 'activities'] },
  { name: 'dry-modes/pause', file: 'dry-modes.json', args: ['--dry', 'pause'] },
  // background activities and references
  { name: 'bg-activities', file: 'bg-activities.yaml' },
  { name: 'bg-only', file: 'bg-only.json' },
  { name: 'ref-method', file: 'ref-method.json' },
  { name: 'ref-hypothesis', file: 'ref-hypothesis.yaml' },
  // failures and timeouts
  {
    name: 'fail-missing-binary',
    file: 'fail-missing-binary.json',
    executables: { vanish: '#!/bin/sh\necho "$@"\n' }
  },
  { name: 'fail-nonzero-exit', file: 'fail-nonzero-exit.yaml' },
  { name: 'fail-http-refused', file: 'fail-http-refused.json' },
  { name: 'timeout-process', file: 'timeout-process.json' },
  { name: 'timeout-http', file: 'timeout-http.yaml' },
  { name: 'before-not-met', file: 'before-not-met.json' },
  { name: 'after-error', file: 'after-error.yaml' },
  { name: 'empty-method', file: 'empty-method.json' },
  { name: 'empty-no-hypothesis', file: 'empty-no-hypothesis.yaml' },
  { name: 'mixed-method-probes', file: 'mixed-method-probes.yaml' },
  { name: 'http-quirks', file: 'http-quirks.json' },
  { name: 'http-form', file: 'http-form.yaml' },
  // real-world files (issue 13): what chaostoolkit runs, we run
  { name: 'rw-expected-status-any', file: 'rw-expected-status-any.json' },
  { name: 'rw-contributions-empty', file: 'rw-contributions-empty.json' },
  { name: 'rw-contributions-list', file: 'rw-contributions-list.yaml' },
  { name: 'rw-duplicate-same-type', file: 'rw-duplicate-same-type.json' },
  {
    name: 'rw-duplicate-conflicting-types',
    file: 'rw-duplicate-conflicting-types.json',
    oursRefuses: {
      message:
        'duplicate key `tolerance` with values of different types (a number on ' +
        '{file}:10, a list on {file}:11): chaostoolkit would silently use the last one, a list ' +
        'on line 11',
      theirs: (journal) => {
        const before = (journal.steady_states as { before?: { probes?: unknown[] } } | undefined)
          ?.before
        const probe = before?.probes?.[0] as { activity?: { tolerance?: unknown } } | undefined
        const tolerance = probe?.activity?.tolerance
        return Array.isArray(tolerance)
          ? undefined
          : `chaostoolkit used tolerance ${JSON.stringify(tolerance)}, not the list on line 11`
      }
    }
  },
  dryWithoutCluster('rw-k8s-reexports/dry-activities', 'rw-k8s-reexports.json', 'activities'),
  dryWithoutCluster('rw-k8s-dry-actions/no-cluster', 'rw-k8s-dry-actions.yaml', 'actions'),
  // signals
  { name: 'interrupt/default', file: 'interrupt.json', interruptWhen: 'started' },
  {
    name: 'interrupt/always',
    file: 'interrupt.json',
    args: ['--rollback-strategy', 'always'],
    interruptWhen: 'started'
  }
]
