import * as core from '@actions/core'
import { UsageError, errorMessage } from '../engine/errors.ts'
import { parseVar } from '../engine/configuration.ts'
import { parseRegressionTolerance, type RegressionTolerance } from '../engine/policy.ts'
import {
  DRY_MODES,
  HYPOTHESIS_STRATEGIES,
  ROLLBACK_STRATEGIES,
  type DryMode,
  type HypothesisStrategy,
  type RollbackStrategy
} from '../engine/types.ts'
import type { Shard } from '../session/plan.ts'
import {
  CHAOS_MESH_VERSION_HELP,
  NAMESPACES_HELP,
  parseChaosMeshVersion,
  parseDryMode,
  parseNamespaces,
  parseNonNegative,
  parseShard as readShard,
  parseWhole
} from '../session/values.ts'
import {
  CLUSTER_MODES,
  COMMENT_POLICIES,
  FAIL_ON,
  Inputs,
  MODES,
  type Mode,
  type ClusterMode,
  type CommentPolicy,
  type FailOn,
  type InputName
} from './constants.ts'
import { parsePortForwards } from '../cluster/tunnel/port-forward.ts'
import { shardArtifactName } from './shard-artifacts.ts'

export type { Shard } from '../session/plan.ts'

/** Every input of the action, parsed and checked. Defaults come from action.yml only. */
export interface ActionInputs {
  /** `run` the experiments, or `report`: merge this workflow run's shard artifacts. */
  mode: Mode
  /** Paths, directories or globs (`!pattern` excludes), one per line. */
  experiments: string[]
  /** Where the Kubernetes experiments run. */
  cluster: ClusterMode
  /** `--var` overrides, already typed (`key:int=3`). */
  vars: Record<string, unknown>
  /** `--var-file` files, applied before `vars`. */
  varFiles: string[]
  /** Overrides the experiments' runtime block; undefined keeps what each experiment says. */
  rollbackStrategy: RollbackStrategy | undefined
  /** Overrides the experiments' runtime block; undefined keeps what each experiment says. */
  hypothesisStrategy: HypothesisStrategy | undefined
  /** Seconds between checks of a continuous hypothesis; undefined: the engine's default. */
  hypothesisFrequency: number | undefined
  /** Stop the method at the first deviation of a continuous hypothesis. */
  failFast: boolean
  /** Only the experiments with these titles or file names. */
  only: string[]
  /** Which verdicts fail the step. */
  failOn: FailOn
  /** `auto`: the base branch's last run on a pull request; `none`; else a directory or file. */
  baseline: string
  /** How much worse than the baseline a figure may get before it is a regression. */
  regressionTolerance: RegressionTolerance
  /** When to upsert the pull request comment. */
  comment: CommentPolicy
  /** Token for the comment, check runs and artifact; empty disables all three. */
  githubToken: string
  /**
   * Name of the uploaded artifact; empty disables the upload. A shard's is made unique
   * (`<name>-<i>-of-<n>`, see shard-artifacts.ts); `mode: report` finds the shards by it.
   */
  artifactName: string
  /** Create one check run per experiment. */
  checkRuns: boolean
  /** Minutes before the run is aborted like a cancellation; 0 means no limit. */
  timeoutMinutes: number
  /** Run without executing the given kind of activity; null runs everything. */
  dryRun: DryMode | null
  /** Run only this shard of the (sorted) experiment files. */
  shard: Shard | undefined
  /** Also write the self-contained HTML report into the journal dir (and so the artifact). */
  htmlReport: boolean
  /** Extra place to write the JUnit report; empty keeps only the copy in the journal dir. */
  junitPath: string
  /** Where journals, the summary JSON, the report and the log go. */
  journalDir: string
  /** `existing`/`auto`: the kubeconfig file; empty uses KUBECONFIG, ~/.kube/config, in-cluster. */
  kubeconfig: string
  /** The kubeconfig context; empty uses the current one. */
  context: string
  /** Manifests (file or directory) to apply, or a command, once the cluster is ready. */
  deploy: string
  /** Seconds for the deploy (and its rollouts). */
  deployTimeoutSeconds: number
  /** `[NS/]svc/NAME:[LOCAL:]PORT` lines: local ports tunnelled to Services (checked when read). */
  portForwards: string[]
  /** Namespaces faults may touch; empty: the deploy's namespaces, else each experiment's. */
  allowedNamespaces: string[]
  allowKubeSystem: boolean
  maxPodsPerAction: number
  /** Leave a cluster this run created running after the job (and export KUBECONFIG). */
  keepCluster: boolean
  kindConfig: string
  kindNodeImage: string
  /** Chaos Mesh to install into the kind cluster: false, or a chart version ('latest' for none). */
  installChaosMesh: false | string
}

function invalid(name: InputName, value: string, allowed: string): UsageError {
  return new UsageError(`Invalid value for input '${name}': '${value}'. Allowed: ${allowed}.`)
}

function oneOf<T extends string>(name: InputName, allowed: readonly T[]): T {
  const value = core.getInput(name)
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(name, value, allowed.join(', '))
  }
  return value as T
}

function optionalOneOf<T extends string>(name: InputName, allowed: readonly T[]): T | undefined {
  const value = core.getInput(name)
  if (value === '') return undefined
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(name, value, `${allowed.join(', ')} (or empty to keep each experiment's own)`)
  }
  return value as T
}

function bool(name: InputName): boolean {
  const value = core.getInput(name)
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off|)$/i.test(value)) return false
  throw invalid(name, value, 'true, false')
}

/** Non-blank lines that are not `#` comments. */
function lines(name: InputName): string[] {
  return core
    .getMultilineInput(name)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
}

function portForwardLines(): string[] {
  const values = lines(Inputs.PortForward)
  try {
    parsePortForwards(values)
  } catch (error) {
    throw new UsageError(`Invalid value for input '${Inputs.PortForward}': ${errorMessage(error)}`)
  }
  return values
}

function parseVars(): Record<string, unknown> {
  const vars: Record<string, unknown> = {}
  for (const line of lines(Inputs.Vars)) {
    try {
      const { key, value } = parseVar(line)
      vars[key] = value
    } catch (error) {
      throw new UsageError(
        `Invalid value for input '${Inputs.Vars}': '${line}': ${errorMessage(error)}. ` +
          `Allowed: one 'key=value' or 'key:type=value' per line.`
      )
    }
  }
  return vars
}

function parseTimeout(): number {
  const value = core.getInput(Inputs.TimeoutMinutes)
  if (value === '') return 0
  const minutes = parseNonNegative(value)
  if (minutes === undefined) {
    throw invalid(Inputs.TimeoutMinutes, value, 'a number of minutes >= 0 (0 means no limit)')
  }
  return minutes
}

function parseFrequency(): number | undefined {
  const value = core.getInput(Inputs.HypothesisFrequency)
  if (value.trim() === '') return undefined
  const seconds = parseNonNegative(value)
  if (seconds === undefined)
    throw invalid(Inputs.HypothesisFrequency, value, 'a number of seconds >= 0')
  return seconds
}

function parseDryRun(): DryMode | null {
  const value = core.getInput(Inputs.DryRun)
  const mode = parseDryMode(value)
  if (mode === undefined) {
    throw invalid(Inputs.DryRun, value, `false, true (= activities), ${DRY_MODES.join(', ')}`)
  }
  return mode
}

export function parseShard(value: string): Shard | undefined {
  if (value === '') return undefined
  const shard = readShard(value)
  if (!shard) {
    throw invalid(Inputs.Shard, value, "'i/n' with 1 <= i <= n, e.g. '1/3' (or empty for all)")
  }
  return shard
}

/** A whole number of seconds or items, at least `min`. */
function count(name: InputName, min: number, what: string): number {
  const value = core.getInput(name).trim()
  const n = parseWhole(value, min)
  if (n === undefined) throw invalid(name, value, `a whole number >= ${min} (${what})`)
  return n
}

/** Namespaces, separated by commas, spaces or newlines; `*` allows all. */
function namespaceList(name: InputName): string[] {
  const value = core.getInput(name)
  const out = parseNamespaces(value)
  if (!out) {
    const bad = value.split(/[\s,]+/).find((n) => parseNamespaces(n) === undefined) ?? value
    throw invalid(name, bad, NAMESPACES_HELP)
  }
  return out
}

function parseInstallChaosMesh(): false | string {
  const value = core.getInput(Inputs.InstallChaosMesh).trim()
  const version = parseChaosMeshVersion(value)
  if (version === undefined) throw invalid(Inputs.InstallChaosMesh, value, CHAOS_MESH_VERSION_HELP)
  return version
}

function required(name: InputName): string {
  const value = core.getInput(name)
  if (value === '') throw invalid(name, value, 'a non-empty value')
  return value
}

function parseTolerance(): RegressionTolerance {
  const value = core.getInput(Inputs.RegressionTolerance)
  const tolerance = parseRegressionTolerance(value)
  if (!tolerance) {
    throw invalid(
      Inputs.RegressionTolerance,
      value,
      'parts like 10%, 5ms, 1s, 0.1pp (relative; latencies, durations, rates)'
    )
  }
  return tolerance
}

/** Reads and checks every input; throws a UsageError naming the first bad one. */
export function getInputs(): ActionInputs {
  const experiments = lines(Inputs.Experiments)
  if (experiments.length === 0) {
    throw invalid(Inputs.Experiments, '', 'one or more paths, directories or globs, one per line')
  }
  const shard = parseShard(core.getInput(Inputs.Shard))
  const inputs: ActionInputs = {
    mode: oneOf(Inputs.Mode, MODES),
    experiments,
    cluster: oneOf(Inputs.Cluster, CLUSTER_MODES),
    vars: parseVars(),
    varFiles: lines(Inputs.VarFiles),
    rollbackStrategy: optionalOneOf(Inputs.RollbackStrategy, ROLLBACK_STRATEGIES),
    hypothesisStrategy: optionalOneOf(Inputs.HypothesisStrategy, HYPOTHESIS_STRATEGIES),
    hypothesisFrequency: parseFrequency(),
    failFast: bool(Inputs.FailFast),
    only: lines(Inputs.Only),
    failOn: oneOf(Inputs.FailOn, FAIL_ON),
    baseline: core.getInput(Inputs.Baseline) || 'auto',
    regressionTolerance: parseTolerance(),
    comment: oneOf(Inputs.Comment, COMMENT_POLICIES),
    githubToken: core.getInput(Inputs.GithubToken),
    artifactName: shardArtifactName(core.getInput(Inputs.ArtifactName), shard),
    checkRuns: bool(Inputs.CheckRuns),
    htmlReport: bool(Inputs.HtmlReport),
    timeoutMinutes: parseTimeout(),
    dryRun: parseDryRun(),
    shard,
    junitPath: core.getInput(Inputs.JunitPath),
    journalDir: required(Inputs.JournalDir),
    kubeconfig: core.getInput(Inputs.Kubeconfig),
    context: core.getInput(Inputs.Context),
    deploy: core.getInput(Inputs.Deploy),
    deployTimeoutSeconds: count(Inputs.DeployTimeout, 1, 'seconds'),
    portForwards: portForwardLines(),
    allowedNamespaces: namespaceList(Inputs.AllowedNamespaces),
    allowKubeSystem: bool(Inputs.AllowKubeSystem),
    maxPodsPerAction: count(Inputs.MaxPodsPerAction, 1, 'pods one action may affect'),
    keepCluster: bool(Inputs.KeepCluster),
    kindConfig: core.getInput(Inputs.KindConfig),
    kindNodeImage: core.getInput(Inputs.KindNodeImage),
    installChaosMesh: parseInstallChaosMesh()
  }
  if (inputs.mode === 'report' && shard) {
    // The report job merges every shard; a shard of it would look for the wrong artifacts.
    throw new UsageError(
      `input '${Inputs.Shard}' is set with '${Inputs.Mode}: report'`,
      `leave '${Inputs.Shard}' empty in the report job: it merges the artifacts of every shard`
    )
  }
  if (inputs.githubToken !== '') core.setSecret(inputs.githubToken)
  for (const [key, value] of Object.entries(inputs)) {
    if (key === 'githubToken') {
      core.debug(`${key} = ${value === '' ? '(empty)' : '***'}`)
    } else if (key === 'vars') {
      // Values may be credentials: name the keys only.
      core.debug(`${key} = ${JSON.stringify(Object.keys(inputs.vars))}`)
    } else {
      core.debug(`${key} = ${JSON.stringify(value)}`)
    }
  }
  return inputs
}
