/**
 * Names shared by action.yml, the main and post steps and the tests. Inputs and outputs are
 * referenced only through these maps so a rename is one edit (and action.yml is checked against
 * them in __tests__/action/workflows.test.ts).
 */

export const Inputs = {
  Experiments: 'experiments',
  Cluster: 'cluster',
  Vars: 'vars',
  VarFiles: 'var-files',
  RollbackStrategy: 'rollback-strategy',
  HypothesisStrategy: 'hypothesis-strategy',
  HypothesisFrequency: 'hypothesis-frequency',
  FailFast: 'fail-fast',
  Only: 'only',
  FailOn: 'fail-on',
  Baseline: 'baseline',
  RegressionTolerance: 'regression-tolerance',
  Comment: 'comment',
  GithubToken: 'github-token',
  ArtifactName: 'artifact-name',
  CheckRuns: 'check-runs',
  HtmlReport: 'html-report',
  TimeoutMinutes: 'timeout-minutes',
  DryRun: 'dry-run',
  Shard: 'shard',
  JunitPath: 'junit-path',
  JournalDir: 'journal-dir',
  Kubeconfig: 'kubeconfig',
  Context: 'context',
  Deploy: 'deploy',
  DeployTimeout: 'deploy-timeout',
  PortForward: 'port-forward',
  AllowedNamespaces: 'allowed-namespaces',
  AllowKubeSystem: 'allow-kube-system',
  MaxPodsPerAction: 'max-pods-per-action',
  KeepCluster: 'keep-cluster',
  KindConfig: 'kind-config',
  KindNodeImage: 'kind-node-image',
  InstallChaosMesh: 'install-chaos-mesh',
  Mode: 'mode'
} as const
export type InputName = (typeof Inputs)[keyof typeof Inputs]

export const Outputs = {
  Verdict: 'verdict',
  Passed: 'passed',
  NotPassed: 'not-passed',
  SummaryJson: 'summary-json',
  JournalsDir: 'journals-dir',
  ReportPath: 'report-path',
  ArtifactUrl: 'artifact-url',
  CommentUrl: 'comment-url'
} as const

/** Keys handed from the main step to the post step (core.saveState / STATE_*). */
export const State = {
  /** Set as soon as main starts, so post can tell "main never ran" from "main ran". */
  MainStarted: 'CHAOS_MAIN_STARTED',
  JournalDir: 'CHAOS_JOURNAL_DIR',
  /** Absolute path of the ledger of live resources the engine keeps on disk. */
  Ledger: 'CHAOS_LEDGER',
  RunId: 'CHAOS_RUN_ID',
  SummaryDone: 'CHAOS_SUMMARY_DONE',
  OutputsDone: 'CHAOS_OUTPUTS_DONE',
  CommentDone: 'CHAOS_COMMENT_DONE',
  CheckRunsDone: 'CHAOS_CHECK_RUNS_DONE',
  UploadDone: 'CHAOS_UPLOAD_DONE',
  /** The cluster this run used (JSON ClusterRecord): what post cleans up and tears down. */
  Cluster: 'CHAOS_CLUSTER'
} as const

export { FAIL_ON, type FailOn } from '../engine/policy.ts'

/** `run` the experiments, or `report`: merge the shard artifacts of this workflow run. */
export const MODES = ['run', 'report'] as const
export type Mode = (typeof MODES)[number]

export const COMMENT_POLICIES = ['auto', 'always', 'on-failure', 'never'] as const
export type CommentPolicy = (typeof COMMENT_POLICIES)[number]

export { CLUSTER_MODES, type ClusterMode } from '../cluster/modes.ts'

/** File names inside the journal directory. */
export const Files = {
  SummaryJson: 'summary.json',
  Junit: 'junit.xml',
  Report: 'report.md',
  Html: 'report.html',
  Log: 'chaos-action.log'
} as const

/**
 * GitHub sends SIGINT, SIGTERM 7.5 s later and kills the process 2.5 s after that. Everything the
 * user must see (summary, outputs) has to be on disk before the kill; these budgets keep us inside.
 */
export const Cancel = {
  /** After the first signal, give up on rollbacks if the second signal has not come by then. */
  rollbackBudgetMs: 7_000,
  /** From the first signal, the latest we exit, whatever is still pending. */
  hardExitMs: 9_500,
  /** Network calls (comment, upload) made after a cancellation get at most this long. */
  networkBudgetMs: 1_500
} as const

/** After timeout-minutes, rollbacks get this long before they are aborted too. */
export const TIMEOUT_ROLLBACK_GRACE_MS = 60_000

/** Events on which `comment: auto` comments. */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const
