import { UsageError, errorMessage } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { deploy } from './deploy.ts'
import type { DeployResult } from './deploy.ts'
import { prepareCluster } from './index.ts'
import type { ClusterMode, ClusterOptions, PreparedCluster } from './index.ts'

export interface ClusterSessionOptions extends ClusterOptions {
  mode: ClusterMode
  /** Manifests (file or directory) to apply, or a command to run, once the cluster is ready. */
  deploy?: string | undefined
  /** Seconds for the deploy's rollouts. Default 300. */
  deployTimeoutSeconds?: number | undefined
  /** Where `kind export logs` goes when creating the cluster or deploying fails. */
  logsDir?: string | undefined
}

export interface ClusterSession {
  cluster: PreparedCluster
  deployed?: DeployResult
  /** Namespaces the deploy touched: the default blast radius. */
  namespaces: string[]
}

/**
 * The cluster step shared by the CLI and the action: pick or create the cluster, point KUBECONFIG
 * at it (for our providers and for any `kubectl` an experiment runs), deploy the app and wait for
 * its rollouts. Returns undefined when no cluster is wanted.
 */
export async function openClusterSession(
  options: ClusterSessionOptions,
  logger: Logger
): Promise<ClusterSession | undefined> {
  const { mode } = options
  if (mode === 'none') {
    if (options.needsKubernetes) {
      throw new UsageError(
        "cluster is 'none' but some experiments use Kubernetes",
        'use cluster auto, existing, kind or kwok, or remove those experiments (a dry run that ' +
          'skips every Kubernetes activity, e.g. --dry activities, needs no cluster)'
      )
    }
    if (options.deploy) throw new UsageError("cluster is 'none': there is nowhere to deploy to")
    return undefined
  }
  if (mode === 'auto' && !options.needsKubernetes && !options.deploy) return undefined

  const cluster = await prepareCluster(mode, options, logger)
  if (cluster.kind === 'none') {
    if (options.deploy) {
      await cluster.teardown()
      throw new UsageError(
        'no cluster is reachable to deploy to',
        'set cluster to kind or existing'
      )
    }
    return undefined
  }
  const env = options.env ?? process.env
  if (cluster.kubeconfigPath) env.KUBECONFIG = cluster.kubeconfigPath
  logger.info(
    `cluster: ${cluster.kind}${cluster.server ? ` at ${cluster.server}` : ''}${cluster.context ? ` (context ${cluster.context})` : ''}`
  )
  if (!options.deploy) return { cluster, namespaces: [] }
  try {
    const deployed = await logger.group(`Deploy ${options.deploy}`, () =>
      deploy(
        options.deploy as string,
        {
          kubeconfigPath: cluster.kubeconfigPath,
          context: cluster.context,
          env,
          timeoutSeconds: options.deployTimeoutSeconds,
          signal: options.signal
        },
        logger
      )
    )
    logger.info(`deployed into ${deployed.namespaces.join(', ') || 'no namespace'}`)
    return { cluster, deployed, namespaces: deployed.namespaces }
  } catch (error) {
    if (options.logsDir) {
      const dir = await cluster.exportLogs(options.logsDir).catch(() => undefined)
      if (dir) logger.info(`cluster logs exported to ${dir}`)
    }
    await cluster.teardown().catch((e: unknown) => logger.warning(`teardown: ${errorMessage(e)}`))
    throw error
  }
}
