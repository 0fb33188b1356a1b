/** argv -> RunPlan: the CLI's only job before the shared executor takes over. */
import { join } from 'node:path'
import { parseVar } from '../engine/configuration.ts'
import {
  DEFAULT_REGRESSION_TOLERANCE,
  parseRegressionTolerance,
  type FailOn
} from '../engine/policy.ts'
import type { DryMode, HypothesisStrategy, RollbackStrategy } from '../engine/types.ts'
import type { ClusterMode } from '../cluster/modes.ts'
import type { RunPlan } from '../session/plan.ts'
import { parseChaosMeshVersion, parseNamespaces, parseShard } from '../session/values.ts'
import type { OptionValues, ParsedCommand } from './options.ts'

export function stringList(value: OptionValues[string]): string[] {
  if (value === undefined || typeof value === 'boolean') return []
  return Array.isArray(value) ? value : [value]
}

function text(values: OptionValues, name: string): string | undefined {
  const value = values[name]
  return typeof value === 'string' ? value : undefined
}

function vars(values: OptionValues): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const spec of stringList(values.var)) {
    const { key, value } = parseVar(spec)
    out[key] = value
  }
  return out
}

/** The plan of `run` (validate and list use its selection, overrides and blast radius). */
export function planFromArgs({ values, positionals }: ParsedCommand): RunPlan {
  const shard = text(values, 'shard')
  const frequency = text(values, 'hypothesis-frequency')
  const maxPods = text(values, 'max-pods-per-action')
  const allowed = text(values, 'allowed-namespaces')
  const baseline = text(values, 'baseline')
  const journalDir = text(values, 'journal-dir') ?? 'chaos-journals/'
  const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>
  return {
    experiments: positionals,
    ...opt('shard', shard === undefined ? undefined : parseShard(shard)),
    only: stringList(values.only),
    vars: vars(values),
    varFiles: stringList(values['var-file']),
    journalDir,
    ...opt('rollbackStrategy', text(values, 'rollback-strategy') as RollbackStrategy | undefined),
    ...opt(
      'hypothesisStrategy',
      text(values, 'hypothesis-strategy') as HypothesisStrategy | undefined
    ),
    ...opt('hypothesisFrequency', frequency === undefined ? undefined : Number(frequency)),
    failFast: values['fail-fast'] === true,
    ...opt('dry', text(values, 'dry') as DryMode | undefined),
    failOn: (text(values, 'fail-on') ?? 'not-passed') as FailOn,
    ...opt('baseline', baseline === undefined ? undefined : { path: baseline }),
    regressionTolerance:
      parseRegressionTolerance(text(values, 'regression-tolerance') ?? '') ??
      DEFAULT_REGRESSION_TOLERANCE,
    timeoutMinutes: Number(text(values, 'timeout') ?? 0),
    cluster: {
      mode: (text(values, 'cluster') ?? 'auto') as ClusterMode,
      // A laptop must not download kind unasked: only --cluster kind creates a cluster.
      autoCreatesKind: false,
      ...opt('kubeconfig', text(values, 'kubeconfig')),
      ...opt('context', text(values, 'context')),
      keep: values['keep-cluster'] === true,
      ...opt('deploy', text(values, 'deploy')),
      deployTimeoutSeconds: Number(text(values, 'deploy-timeout') ?? 300),
      ...opt('kindConfig', text(values, 'kind-config')),
      ...opt('kindNodeImage', text(values, 'kind-node-image')),
      installChaosMesh: parseChaosMeshVersion(text(values, 'install-chaos-mesh') ?? '') ?? false,
      portForwards: stringList(values['port-forward'])
    },
    radius: {
      ...opt('allowedNamespaces', allowed === undefined ? undefined : parseNamespaces(allowed)),
      allowKubeSystem: values['allow-kube-system'] === true,
      ...opt('maxPodsPerAction', maxPods === undefined ? undefined : Number(maxPods))
    },
    // summary.json always goes beside the journals, as in the action: `chaos-action report`
    // merges the directories of shards by it.
    reports: {
      json: join(journalDir, 'summary.json'),
      ...opt('junit', text(values, 'junit')),
      ...opt('markdown', text(values, 'report')),
      ...opt('html', text(values, 'html'))
    }
  }
}
