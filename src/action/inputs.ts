import * as core from '@actions/core'
import { UsageError, errorMessage } from '../engine/errors.ts'
import { parseVar } from '../engine/configuration.ts'
import {
  DRY_MODES,
  HYPOTHESIS_STRATEGIES,
  ROLLBACK_STRATEGIES,
  type DryMode,
  type HypothesisStrategy,
  type RollbackStrategy
} from '../engine/types.ts'
import {
  CLUSTER_MODES,
  COMMENT_POLICIES,
  FAIL_ON,
  Inputs,
  type ClusterMode,
  type CommentPolicy,
  type FailOn,
  type InputName
} from './constants.ts'
import { parsePortForwards } from '../cluster/tunnel/port-forward.ts'

/** One shard of the experiment files: `index` is 1-based, as written in the input. */
export interface Shard {
  index: number
  total: number
}

/** Every input of the action, parsed and checked. Defaults come from action.yml only. */
export interface ActionInputs {
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
  /** Which verdicts fail the step. */
  failOn: FailOn
  /** When to upsert the pull request comment. */
  comment: CommentPolicy
  /** Token for the comment, check runs and artifact; empty disables all three. */
  githubToken: string
  /** Name of the uploaded artifact; empty disables the upload. */
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
  const minutes = Number(value)
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(minutes)) {
    throw invalid(Inputs.TimeoutMinutes, value, 'a number of minutes >= 0 (0 means no limit)')
  }
  return minutes
}

function parseDryRun(): DryMode | null {
  const value = core.getInput(Inputs.DryRun)
  if (/^(false|)$/i.test(value)) return null
  // `true` is what people write first; chaostoolkit's closest mode skips every activity.
  if (/^true$/i.test(value)) return 'activities'
  if ((DRY_MODES as readonly string[]).includes(value)) return value as DryMode
  throw invalid(Inputs.DryRun, value, `false, true (= activities), ${DRY_MODES.join(', ')}`)
}

export function parseShard(value: string): Shard | undefined {
  if (value === '') return undefined
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value)
  const index = Number(m?.[1])
  const total = Number(m?.[2])
  if (!m || total < 1 || index < 1 || index > total) {
    throw invalid(Inputs.Shard, value, "'i/n' with 1 <= i <= n, e.g. '1/3' (or empty for all)")
  }
  return { index, total }
}

/** A whole number of seconds or items, at least `min`. */
function count(name: InputName, min: number, what: string): number {
  const value = core.getInput(name).trim()
  const n = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw invalid(name, value, `a whole number >= ${min} (${what})`)
  }
  return n
}

/** Namespaces, separated by commas, spaces or newlines; `*` allows all. */
function namespaceList(name: InputName): string[] {
  const out = core
    .getInput(name)
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('#'))
  for (const ns of out) {
    if (ns !== '*' && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) {
      throw invalid(
        name,
        ns,
        'Kubernetes namespace names (lowercase letters, digits and -) separated by commas or ' +
          "newlines, or '*' for every namespace (empty: the deploy's namespaces)"
      )
    }
  }
  return [...new Set(out)]
}

const CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/

function parseInstallChaosMesh(): false | string {
  const value = core.getInput(Inputs.InstallChaosMesh).trim()
  if (/^(false|no|off|)$/i.test(value)) return false
  if (/^(true|yes|on|latest)$/i.test(value)) return 'latest'
  if (CHART_VERSION.test(value)) return value.replace(/^v/, '')
  throw invalid(
    Inputs.InstallChaosMesh,
    value,
    "false, true (= the latest chart) or a Chaos Mesh chart version such as '2.8.3'"
  )
}

function required(name: InputName): string {
  const value = core.getInput(name)
  if (value === '') throw invalid(name, value, 'a non-empty value')
  return value
}

/** Reads and checks every input; throws a UsageError naming the first bad one. */
export function getInputs(): ActionInputs {
  const experiments = lines(Inputs.Experiments)
  if (experiments.length === 0) {
    throw invalid(Inputs.Experiments, '', 'one or more paths, directories or globs, one per line')
  }
  const inputs: ActionInputs = {
    experiments,
    cluster: oneOf(Inputs.Cluster, CLUSTER_MODES),
    vars: parseVars(),
    varFiles: lines(Inputs.VarFiles),
    rollbackStrategy: optionalOneOf(Inputs.RollbackStrategy, ROLLBACK_STRATEGIES),
    hypothesisStrategy: optionalOneOf(Inputs.HypothesisStrategy, HYPOTHESIS_STRATEGIES),
    failOn: oneOf(Inputs.FailOn, FAIL_ON),
    comment: oneOf(Inputs.Comment, COMMENT_POLICIES),
    githubToken: core.getInput(Inputs.GithubToken),
    artifactName: core.getInput(Inputs.ArtifactName),
    checkRuns: bool(Inputs.CheckRuns),
    htmlReport: bool(Inputs.HtmlReport),
    timeoutMinutes: parseTimeout(),
    dryRun: parseDryRun(),
    shard: parseShard(core.getInput(Inputs.Shard)),
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
