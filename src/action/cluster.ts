/**
 * The action's side of the cluster lifecycle: the inputs turned into src/cluster's session options,
 * what main hands to post (the ClusterRecord in the step state), and post's cleanup: every Chaos
 * Mesh object labelled with the run id, then the cluster itself unless `keep-cluster`.
 * The cluster modules load only when a cluster is wanted: they pull in the Kubernetes client.
 */
import * as core from '@actions/core'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { UsageError, errorMessage } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import type { ClusterSession } from '../cluster/session.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import { Inputs } from './constants.ts'
import type { ActionInputs } from './inputs.ts'
import type { ActionLogger } from './logger.ts'
import { saveState, type ClusterRecord } from './state.ts'

/** The cluster access and blast radius the inputs ask for, before any cluster is known. */
export function kubernetesOptions(inputs: ActionInputs): KubernetesOptions {
  return {
    ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
    ...(inputs.context ? { context: inputs.context } : {}),
    ...(inputs.allowedNamespaces.length > 0 ? { allowedNamespaces: inputs.allowedNamespaces } : {}),
    allowKubeSystem: inputs.allowKubeSystem,
    maxPodsPerAction: inputs.maxPodsPerAction
  }
}

/**
 * The options of the run's registry, like the CLI's: the session's kubeconfig and context (a kind
 * cluster has its own), and by default the namespaces the deploy touched as the blast radius.
 */
export function runKubernetesOptions(
  inputs: ActionInputs,
  session: ClusterSession | undefined
): KubernetesOptions {
  const base = kubernetesOptions(inputs)
  if (!session) return base
  const { context: _ignored, ...rest } = base
  const cluster = session.cluster
  return {
    ...rest,
    ...(cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {}),
    ...(cluster.context ? { context: cluster.context } : {}),
    ...(inputs.allowedNamespaces.length === 0 && session.namespaces.length > 0
      ? { allowedNamespaces: session.namespaces }
      : {})
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

/** Registers a kubeconfig's credentials as secrets (masked in the runner log and our log file). */
function maskKubeconfig(path: string, logger: Logger): void {
  try {
    for (const secret of kubeconfigSecrets(readFileSync(path, 'utf8'))) logger.addSecret(secret)
  } catch (error) {
    logger.warning(`could not read ${path} to mask its credentials: ${errorMessage(error)}`)
  }
}

/** Whether this run created the cluster (so it is ours to keep or delete). */
function created(record: ClusterRecord): boolean {
  const s = record.state
  return s.kind === 'kind' || (s.kind === 'kwok' && s.started)
}

export interface OpenClusterContext {
  needsKubernetes: boolean
  journalDir: string
  runId: string
  logger: Logger
  signal: AbortSignal
}

/**
 * Picks or creates the cluster, deploys, saves what post needs, masks the kubeconfig's
 * credentials, exports KUBECONFIG for later steps (a kept cluster we created) and installs Chaos
 * Mesh when asked. Undefined when no cluster is wanted.
 */
export async function openActionCluster(
  inputs: ActionInputs,
  ctx: OpenClusterContext
): Promise<ClusterSession | undefined> {
  const { logger } = ctx
  const mode = inputs.cluster
  if (inputs.installChaosMesh !== false && mode !== 'kind' && mode !== 'auto') {
    throw new UsageError(
      `Input '${Inputs.InstallChaosMesh}' installs Chaos Mesh into a kind cluster this run ` +
        `creates, but input '${Inputs.Cluster}' is '${mode}'`,
      `set ${Inputs.Cluster}: kind, or install Chaos Mesh into your cluster yourself and set ` +
        `${Inputs.InstallChaosMesh}: false`
    )
  }
  if (inputs.kindConfig && !existsSync(resolve(inputs.kindConfig))) {
    throw new UsageError(
      `Input '${Inputs.KindConfig}': '${inputs.kindConfig}' does not exist`,
      'give the path of a kind Cluster config file, relative to the workspace'
    )
  }
  // Before anything can print from it (errors quote the server; a client may log its config).
  const given = inputs.kubeconfig || process.env.KUBECONFIG?.split(':').find((f) => f !== '')
  if (given && existsSync(given)) maskKubeconfig(given, logger)
  const [{ openClusterSession }, { toolCacheFetcher }] = await Promise.all([
    import('../cluster/session.ts'),
    import('./tool-fetcher.ts')
  ])
  const logsDir = join(ctx.journalDir, 'cluster-logs')
  const tempDir = process.env.RUNNER_TEMP || tmpdir()
  const kubeconfigPath = join(tempDir, `chaos-action-kind-${process.pid}.kubeconfig`)
  const fetcher = toolCacheFetcher()
  let binary: string | undefined
  if (mode === 'kind') {
    // Known before creating: if the step is killed while kind works, post can still delete it.
    const kind = await import('../cluster/kind.ts')
    binary = await kind.resolveKind({ env: process.env, fetcher }, logger)
    saveState.cluster({
      state: { kind: 'kind', binary, name: kind.DEFAULT_KIND_CLUSTER, kubeconfigPath },
      keep: inputs.keepCluster,
      namespaces: []
    })
  }
  let session: ClusterSession | undefined
  try {
    session = await openClusterSession(
      {
        mode,
        needsKubernetes: ctx.needsKubernetes || inputs.installChaosMesh !== false,
        ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
        ...(inputs.context ? { context: inputs.context } : {}),
        keep: inputs.keepCluster,
        ...(inputs.deploy ? { deploy: inputs.deploy } : {}),
        deployTimeoutSeconds: inputs.deployTimeoutSeconds,
        logsDir,
        env: process.env,
        signal: ctx.signal,
        kind: {
          ...(inputs.kindConfig ? { config: resolve(inputs.kindConfig) } : {}),
          ...(inputs.kindNodeImage ? { nodeImage: inputs.kindNodeImage } : {}),
          // In RUNNER_TEMP: it lasts the whole job, for later steps and for post's kind delete.
          kubeconfigPath,
          // When creating fails, kind's node logs go into the artifact with the journals.
          logsDir,
          fetcher,
          ...(binary ? { binary } : {})
        }
      },
      logger
    )
  } catch (error) {
    // The session deleted what it made: nothing is left for post.
    if (binary) saveState.cluster({ state: { kind: 'none' }, keep: false, namespaces: [] })
    if (existsSync(logsDir))
      logger.info(`cluster logs were exported to ${logsDir} (in the artifact)`)
    throw error
  }
  if (!session) {
    if (inputs.installChaosMesh !== false)
      throw new UsageError(
        `Input '${Inputs.InstallChaosMesh}' is set but no cluster was created`,
        `set ${Inputs.Cluster}: kind`
      )
    return undefined
  }
  const cluster = session.cluster
  const record: ClusterRecord = {
    state: cluster.state,
    keep: inputs.keepCluster,
    ...(cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {}),
    ...(cluster.context ? { context: cluster.context } : {}),
    namespaces:
      inputs.allowedNamespaces.length > 0 ? inputs.allowedNamespaces : [...session.namespaces]
  }
  saveState.cluster(record)
  if (cluster.kubeconfigPath) maskKubeconfig(cluster.kubeconfigPath, logger)
  if (created(record) && inputs.keepCluster && cluster.kubeconfigPath) {
    core.exportVariable('KUBECONFIG', cluster.kubeconfigPath)
    logger.info(`keep-cluster: later steps get KUBECONFIG=${cluster.kubeconfigPath}`)
  }
  if (inputs.installChaosMesh !== false) {
    if (cluster.kind !== 'kind')
      throw new UsageError(
        `Input '${Inputs.InstallChaosMesh}' installs Chaos Mesh into a kind cluster this run ` +
          `creates, but '${Inputs.Cluster}: ${mode}' picked the ${cluster.kind} cluster`,
        `set ${Inputs.Cluster}: kind`
      )
    const version = inputs.installChaosMesh
    const { installChaosMesh } = await import('../cluster/chaos-mesh-install.ts')
    await logger.group(`Install Chaos Mesh ${version}`, () =>
      installChaosMesh(
        {
          version,
          ...(cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {}),
          timeoutSeconds: Math.max(300, inputs.deployTimeoutSeconds),
          env: process.env,
          signal: ctx.signal
        },
        logger
      )
    )
  }
  return session
}

/** Each cleanup gets this long; post must not hang the job on a dead API. */
const SWEEP_TIMEOUT_MS = 90_000

/**
 * Post: removes every Chaos Mesh object labelled with the run id (cluster-wide, else in the run's
 * namespaces when listing cluster-wide is forbidden). A cluster about to be deleted is skipped.
 * Never throws: what could not be removed is a warning.
 */
export async function sweepChaosMesh(
  record: ClusterRecord | undefined,
  runId: string,
  logger: ActionLogger
): Promise<void> {
  if (!runId) return
  if (record && created(record) && !record.keep) {
    logger.info('the cluster is deleted next: no Chaos Mesh objects to sweep first')
    return
  }
  const abort = new AbortController()
  const timer = setTimeout(() => abort.abort(), SWEEP_TIMEOUT_MS)
  try {
    const { ChaosMeshProvider } = await import('../providers/chaos-mesh/index.ts')
    const provider = new ChaosMeshProvider({
      env: process.env,
      ...(record?.kubeconfigPath ? { kubeconfig: record.kubeconfigPath } : {}),
      ...(record?.context ? { context: record.context } : {})
    })
    const sweep = (namespaces?: readonly string[]) =>
      provider.deleteAllForRun(runId, {
        ...(namespaces ? { namespaces } : {}),
        signal: abort.signal,
        logger,
        timeoutMs: 60_000
      })
    let deleted: string[]
    try {
      ;({ deleted } = await sweep())
    } catch (error) {
      const status = (error as { status?: number }).status
      if (status !== 403 || !record?.namespaces.length || record.namespaces.includes('*'))
        throw error
      ;({ deleted } = await sweep(record.namespaces))
    }
    logger.info(
      deleted.length
        ? `removed ${deleted.length} Chaos Mesh object(s) of run ${runId}: ${deleted.join(', ')}`
        : `no Chaos Mesh objects of run ${runId} left`
    )
  } catch (error) {
    logger.annotate(
      'warning',
      `post: could not remove the Chaos Mesh objects labelled with run ${runId}: ${errorMessage(error)}; ` +
        `delete them by hand (kubectl delete <kind> -A -l chaos-action.dev/run-id)`
    )
  } finally {
    clearTimeout(timer)
  }
}

/** Post: deletes the cluster this run created unless `keep-cluster`; never throws. */
export async function teardownActionCluster(
  record: ClusterRecord | undefined,
  logger: ActionLogger
): Promise<void> {
  if (!record || !created(record)) return
  if (record.keep) {
    logger.info(
      `keep-cluster: leaving the ${record.state.kind} cluster running` +
        (record.kubeconfigPath ? ` (KUBECONFIG=${record.kubeconfigPath})` : '')
    )
    return
  }
  try {
    const { teardownCluster } = await import('../cluster/index.ts')
    await teardownCluster(record.state, logger, { env: process.env })
  } catch (error) {
    const name = record.state.kind === 'kind' ? record.state.name : record.state.kind
    logger.annotate(
      'warning',
      `post: could not delete the ${record.state.kind} cluster ${name}: ${errorMessage(error)}; ` +
        (record.state.kind === 'kind'
          ? `delete it with \`kind delete cluster --name ${record.state.name}\``
          : 'stop it with `npm run cluster:down`')
    )
  }
}
