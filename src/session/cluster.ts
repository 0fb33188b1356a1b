/**
 * The cluster decision of a run, once for both front doors: which experiments need Kubernetes,
 * whether a cluster is opened (and which), which experiments are skipped when there is none, and
 * the Kubernetes options of the registries (validation before the cluster is known, the run after).
 * The cluster modules load only when a cluster is wanted: they pull in the Kubernetes client.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'
import { UsageError, errorMessage } from '../engine/errors.ts'
import type { LoadedExperiment } from '../engine/load.ts'
import type { Logger } from '../engine/logger.ts'
import type { DryMode } from '../engine/types.ts'
import type { ClusterSession } from '../cluster/session.ts'
import type { KindOptions } from '../cluster/kind.ts'
import { usesKubernetes } from '../cluster/uses-kubernetes.ts'
import { parsePortForwards } from '../cluster/tunnel/port-forward.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import type { ClusterPlan, RunPlan } from './plan.ts'

/** Names options the way the front door spells them (`--cluster`, `input 'cluster'`). */
export type OptionSpeller = (input: string) => string

/** The blast radius and cluster access the plan asks for, before any cluster is known. */
export function plannedKubernetes(plan: Pick<RunPlan, 'cluster' | 'radius'>): KubernetesOptions {
  const { cluster, radius } = plan
  return {
    ...(cluster.kubeconfig ? { kubeconfig: cluster.kubeconfig } : {}),
    ...(cluster.context ? { context: cluster.context } : {}),
    ...(radius.allowedNamespaces?.length ? { allowedNamespaces: radius.allowedNamespaces } : {}),
    allowKubeSystem: radius.allowKubeSystem,
    ...(radius.maxPodsPerAction === undefined ? {} : { maxPodsPerAction: radius.maxPodsPerAction })
  }
}

/**
 * The run's options once the cluster is known: the session's kubeconfig and context (a kind
 * cluster has its own; for an existing cluster they are the ones the user chose), and by default
 * the namespaces the deploy touched as the blast radius.
 */
export function sessionKubernetes(
  plan: Pick<RunPlan, 'cluster' | 'radius'>,
  session: ClusterSession | undefined
): KubernetesOptions {
  const base = plannedKubernetes(plan)
  if (!session) return base
  const { context: _planned, kubeconfig: _given, ...rest } = base
  const cluster = session.cluster
  return {
    ...rest,
    ...(cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {}),
    ...(cluster.context ? { context: cluster.context } : {}),
    ...(!plan.radius.allowedNamespaces?.length && session.namespaces.length > 0
      ? { allowedNamespaces: session.namespaces }
      : {})
  }
}

/** Whether the run must open a cluster session at all. */
export function wantsCluster(cluster: ClusterPlan, needsKubernetes: boolean): boolean {
  if (cluster.mode === 'none') return false
  return (
    needsKubernetes ||
    cluster.deploy !== undefined ||
    cluster.installChaosMesh !== false ||
    cluster.portForwards.length > 0 ||
    cluster.mode !== 'auto'
  )
}

/**
 * Splits the loaded experiments into those that need Kubernetes and the others. Under a dry mode
 * that skips every Kubernetes activity an experiment has, it needs no cluster.
 */
export function partitionByKubernetes(
  loaded: readonly LoadedExperiment[],
  dry: DryMode | null = null
): {
  kubernetes: LoadedExperiment[]
  other: LoadedExperiment[]
} {
  const kubernetes = loaded.filter((l) => usesKubernetes(l.experiment, dry))
  return { kubernetes, other: loaded.filter((l) => !kubernetes.includes(l)) }
}

/** Why the experiments that need Kubernetes are skipped when no cluster was opened. */
export function skipReason(cluster: ClusterPlan, spell: OptionSpeller): string {
  if (cluster.mode === 'none') {
    return (
      `Skipped: it uses Kubernetes and ${spell('cluster')} is none (a dry run that skips ` +
      `every Kubernetes activity, e.g. ${spell('dry-run')} activities, needs no cluster).`
    )
  }
  return (
    `Skipped: it uses Kubernetes and no cluster is reachable (KUBECONFIG, ~/.kube/config, ` +
    `in-cluster); set ${spell('cluster')} to kind to create one.`
  )
}

/** Checks the cluster options against each other before anything is created. */
export function checkClusterPlan(cluster: ClusterPlan, spell: OptionSpeller): void {
  const { mode } = cluster
  if (cluster.installChaosMesh !== false && mode !== 'kind' && mode !== 'auto') {
    throw new UsageError(
      `${spell('install-chaos-mesh')} installs Chaos Mesh into a kind cluster this run ` +
        `creates, but ${spell('cluster')} is '${mode}'`,
      `set ${spell('cluster')} to kind, or install Chaos Mesh into your cluster yourself and ` +
        `leave ${spell('install-chaos-mesh')} off`
    )
  }
  if (mode === 'none' && cluster.deploy !== undefined) {
    throw new UsageError(
      `${spell('deploy')} is set but ${spell('cluster')} is none: there is nowhere to deploy to`,
      `set ${spell('cluster')} to auto, existing, kind or kwok`
    )
  }
  if (mode === 'none' && cluster.portForwards.length > 0) {
    throw new UsageError(
      `${spell('port-forward')} is set but ${spell('cluster')} is none: there is nothing to forward to`,
      `set ${spell('cluster')} to auto, existing, kind or kwok`
    )
  }
  // A malformed port-forward is a usage error before anything starts.
  parsePortForwards(cluster.portForwards)
  if (cluster.kindConfig && !existsSync(resolve(cluster.kindConfig))) {
    throw new UsageError(
      `${spell('kind-config')}: '${cluster.kindConfig}' does not exist`,
      'give the path of a kind Cluster config file'
    )
  }
}

/** Credentials in a kubeconfig that must never reach the log: tokens, passwords, private keys. */
export function kubeconfigSecrets(text: string): string[] {
  let doc: unknown
  try {
    doc = parse(text)
  } catch {
    return []
  }
  const users = (doc as { users?: unknown } | null)?.users
  if (!Array.isArray(users)) return []
  const out = new Set<string>()
  const add = (v: unknown): void => {
    if (typeof v === 'string' && v.trim().length >= 4) out.add(v.trim())
  }
  for (const entry of users) {
    const user = (entry as { user?: Record<string, unknown> } | null)?.user
    if (!user || typeof user !== 'object') continue
    for (const key of ['token', 'password', 'client-key-data']) add(user[key])
    const config = (user['auth-provider'] as { config?: Record<string, unknown> } | undefined)
      ?.config
    for (const [key, value] of Object.entries(config ?? {}))
      if (/token|secret/i.test(key)) add(value)
  }
  return [...out]
}

/** Registers a kubeconfig's credentials as secrets (masked in every log). */
export function maskKubeconfig(path: string, logger: Logger): void {
  try {
    for (const secret of kubeconfigSecrets(readFileSync(path, 'utf8'))) logger.addSecret(secret)
  } catch (error) {
    logger.warning(`could not read ${path} to mask its credentials: ${errorMessage(error)}`)
  }
}

export interface OpenRunClusterContext {
  needsKubernetes: boolean
  logsDir: string
  logger: Logger
  signal: AbortSignal
  spell: OptionSpeller
  /** Extra kind options from the front door (the action's tool cache, kubeconfig place). */
  kind?: Omit<KindOptions, 'env' | 'signal'>
}

/**
 * Picks or creates the cluster, deploys, masks the kubeconfig's credentials and installs Chaos
 * Mesh when asked. Undefined when no cluster is wanted or none is reachable (and none may be made).
 */
export async function openRunCluster(
  plan: ClusterPlan,
  ctx: OpenRunClusterContext
): Promise<ClusterSession | undefined> {
  const { logger, spell } = ctx
  checkClusterPlan(plan, spell)
  // Before anything can print from it (errors quote the server; a client may log its config).
  const given = plan.kubeconfig || process.env.KUBECONFIG?.split(':').find((f) => f !== '')
  if (given && existsSync(given)) maskKubeconfig(given, logger)
  const { openClusterSession } = await import('../cluster/session.ts')
  const session = await openClusterSession(
    {
      mode: plan.mode,
      needsKubernetes: ctx.needsKubernetes || plan.installChaosMesh !== false,
      autoCreatesKind: plan.autoCreatesKind || plan.installChaosMesh !== false,
      ...(plan.kubeconfig ? { kubeconfig: plan.kubeconfig } : {}),
      ...(plan.context ? { context: plan.context } : {}),
      keep: plan.keep,
      ...(plan.deploy ? { deploy: plan.deploy } : {}),
      deployTimeoutSeconds: plan.deployTimeoutSeconds,
      logsDir: ctx.logsDir,
      env: process.env,
      signal: ctx.signal,
      kind: {
        ...(plan.kindConfig ? { config: resolve(plan.kindConfig) } : {}),
        ...(plan.kindNodeImage ? { nodeImage: plan.kindNodeImage } : {}),
        // When creating fails, kind's node logs go next to the journals.
        logsDir: ctx.logsDir,
        ...ctx.kind
      }
    },
    logger
  )
  if (!session) {
    if (plan.installChaosMesh !== false) {
      throw new UsageError(
        `${spell('install-chaos-mesh')} is set but no cluster was created`,
        `set ${spell('cluster')} to kind`
      )
    }
    return undefined
  }
  const cluster = session.cluster
  if (cluster.kubeconfigPath) maskKubeconfig(cluster.kubeconfigPath, logger)
  if (plan.installChaosMesh !== false) {
    if (cluster.kind !== 'kind') {
      throw new UsageError(
        `${spell('install-chaos-mesh')} installs Chaos Mesh into a kind cluster this run ` +
          `creates, but ${spell('cluster')} ${plan.mode} picked the ${cluster.kind} cluster`,
        `set ${spell('cluster')} to kind`
      )
    }
    const version = plan.installChaosMesh
    const { installChaosMesh } = await import('../cluster/chaos-mesh-install.ts')
    await logger.group(`Install Chaos Mesh ${version}`, () =>
      installChaosMesh(
        {
          version,
          ...(cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {}),
          timeoutSeconds: Math.max(300, plan.deployTimeoutSeconds),
          env: process.env,
          signal: ctx.signal
        },
        logger
      )
    )
  }
  return session
}
