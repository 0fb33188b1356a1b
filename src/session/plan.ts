/**
 * A run plan: everything a run needs, independent of where it came from. The CLI turns argv into
 * one (src/cli/plan.ts), the action turns its inputs into one (src/action/plan.ts); executeRun()
 * (./execute.ts) carries it out. Adding a front-door option means: a field here, its reading in
 * both front doors (or an entry in FRONT_DOOR_ONLY of __tests__/session/parity.test.ts), and its
 * use in the executor.
 */
import type { FailOn, RegressionTolerance } from '../engine/policy.ts'
import type { DryMode, HypothesisStrategy, RollbackStrategy } from '../engine/types.ts'
import type { ClusterMode } from '../cluster/modes.ts'
import type { ReportLinks } from '../reporters/links.ts'

/** One shard of the experiment files: `index` is 1-based, as written (`2/3`). */
export interface Shard {
  index: number
  total: number
}

export interface ClusterPlan {
  mode: ClusterMode
  /**
   * `auto` with no reachable cluster: create a kind cluster (the action: a runner has none) or
   * skip the experiments that need one (the CLI: a laptop must not download kind unasked).
   */
  autoCreatesKind: boolean
  kubeconfig?: string
  context?: string
  /** Leave a cluster this run created running. */
  keep: boolean
  /** Manifests (file or directory) or a command to deploy once the cluster is ready. */
  deploy?: string
  deployTimeoutSeconds: number
  kindConfig?: string
  kindNodeImage?: string
  /** A Chaos Mesh chart version to install into the kind cluster this run creates, or false. */
  installChaosMesh: false | string
  /** `[ns/]svc/name:[local:]port` listeners on 127.0.0.1 into the cluster, for tools not ours. */
  portForwards: string[]
}

/** The blast radius of the faults. */
export interface BlastRadius {
  /** Namespaces faults may touch; undefined: the deploy's namespaces, else each experiment's. */
  allowedNamespaces?: string[]
  allowKubeSystem: boolean
  maxPodsPerAction?: number
}

/** Report files to write besides the journals; each optional. */
export interface ReportPlan {
  json?: string
  junit?: string
  markdown?: string
  html?: string
  /** Absolute links in the reports (the action: files on the commit, the run's artifact). */
  links?: ReportLinks
}

/**
 * What to compare the run with: `path` is a summary.json or a directory holding some (the CLI's
 * --baseline DIR, the action's download of the base branch's artifact); `note` says why there is
 * none (the action found no run to compare with). Without a path, the reports carry the note.
 */
export interface BaselinePlan {
  path?: string
  /** Where it came from, for people (`main at abc1234, run 17`); defaults to the path. */
  source?: string
  /** The base run's page. */
  sourceUrl?: string
  note?: string
}

export interface RunPlan {
  /** Files, directories or globs; a `!pattern` entry excludes what it matches. */
  experiments: string[]
  /** Run only this shard of the sorted files. */
  shard?: Shard
  /** Run only the experiments whose title or file is one of these. */
  only: string[]
  /** `key[:type]=value` overrides, already typed; win over the var files. */
  vars: Record<string, unknown>
  /** Var files in order (later win). */
  varFiles: string[]
  journalDir: string
  /** The run id (journals, labels, ledger); generated when absent. */
  runId?: string
  rollbackStrategy?: RollbackStrategy
  hypothesisStrategy?: HypothesisStrategy
  /** Seconds between checks of a continuous hypothesis. */
  hypothesisFrequency?: number
  failFast: boolean
  dry?: DryMode
  failOn: FailOn
  /** Compare with a baseline (reports, and `fail-on: regression`); absent: no comparison. */
  baseline?: BaselinePlan
  /** How much worse than the baseline a figure may get before it is a regression. */
  regressionTolerance: RegressionTolerance
  /** Minutes before the run is stopped like a cancellation; 0: no limit. */
  timeoutMinutes: number
  cluster: ClusterPlan
  radius: BlastRadius
  reports: ReportPlan
}
