/**
 * The cluster experiments run against (`--cluster` / the `cluster` input):
 * - `existing`: KUBECONFIG (or ~/.kube/config, or the pod's service account), the current or a
 *   named context; the API server must answer.
 * - `kind`: a new kind cluster (kind on PATH, else a pinned release verified by sha256), nodes
 *   Ready, kubeconfig exported; deleted on teardown unless `keep`.
 * - `kwok`: the local control plane of scripts/k8s (for use from a checkout).
 * - `auto`: `existing` when a kubeconfig is reachable, else `kind` when an experiment uses
 *   Kubernetes, else `none`.
 * Knows nothing of GitHub: the action passes a ToolFetcher built on @actions/tool-cache.
 */
import { ClusterError, errorMessage } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { createKindCluster, deleteKindCluster, exportKindLogs } from './kind.ts'
import type { KindOptions, KindState } from './kind.ts'
import { checkReachable, defaultKubeconfigPath, inCluster, loadTarget } from './kube.ts'
import { startKwok, stopKwok } from './kwok.ts'
import type { KwokOptions, KwokState } from './kwok.ts'

import { CLUSTER_MODES, type ClusterMode } from './modes.ts'

export { CLUSTER_MODES, type ClusterMode } from './modes.ts'
export type ClusterKind = Exclude<ClusterMode, 'auto'>

export interface ClusterOptions {
  env?: NodeJS.ProcessEnv
  /** `existing`: the kubeconfig file (default KUBECONFIG, ~/.kube/config, in-cluster). */
  kubeconfig?: string | undefined
  /** `existing`: the context to use instead of the current one. */
  context?: string | undefined
  /** Leave a cluster we created running on teardown. */
  keep?: boolean | undefined
  /** `auto`: whether any experiment uses Kubernetes (decides between kind and none). */
  needsKubernetes?: boolean | undefined
  /**
   * `auto` with no reachable cluster: create a kind cluster when one is needed (default true).
   * The CLI says false: a laptop must not download kind unless `--cluster kind` asks for it.
   */
  autoCreatesKind?: boolean | undefined
  /** Seconds to wait for the API server in `existing`/`auto`. Default 10 (auto: 5). */
  reachTimeoutSeconds?: number | undefined
  kind?: Omit<KindOptions, 'env' | 'signal'> | undefined
  kwok?: Omit<KwokOptions, 'env' | 'signal'> | undefined
  signal?: AbortSignal | undefined
}

/** What a later process (the action's post step) needs to tear the cluster down. */
export type ClusterState = KindState | KwokState | { kind: 'existing' | 'none' }

export interface PreparedCluster {
  kind: ClusterKind
  /** Set KUBECONFIG to this for the providers; undefined for none or the in-cluster account. */
  kubeconfigPath?: string
  context?: string
  server?: string
  /** Persist this for teardownCluster() in another process. */
  state: ClusterState
  /** `kind export logs` into `dir` (kind only); the directory, or undefined. */
  exportLogs(dir: string): Promise<string | undefined>
  /** Deletes what this run created, unless `keep`. Safe to call twice. */
  teardown(): Promise<void>
}

const noop = async () => {}

function none(): PreparedCluster {
  return {
    kind: 'none',
    state: { kind: 'none' },
    exportLogs: async () => undefined,
    teardown: noop
  }
}

async function existing(
  options: ClusterOptions,
  logger: Logger,
  timeoutS: number
): Promise<PreparedCluster> {
  const env = options.env ?? process.env
  const target = loadTarget({ kubeconfig: options.kubeconfig, context: options.context, env })
  await checkReachable(target, timeoutS * 1000)
  logger.info(
    `using the existing cluster at ${target.server}` +
      (target.context ? ` (context ${target.context})` : '') +
      (target.kubeconfigPath ? ` from ${target.kubeconfigPath}` : ' (in-cluster service account)')
  )
  return {
    kind: 'existing',
    ...(target.kubeconfigPath ? { kubeconfigPath: target.kubeconfigPath } : {}),
    ...(target.context ? { context: target.context } : {}),
    server: target.server,
    state: { kind: 'existing' },
    exportLogs: async () => undefined,
    teardown: noop
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined
  return () => (done ??= fn())
}

export async function prepareCluster(
  mode: ClusterMode,
  options: ClusterOptions,
  logger: Logger
): Promise<PreparedCluster> {
  const env = options.env ?? process.env
  switch (mode) {
    case 'none':
      return none()
    case 'existing':
      return existing(options, logger, options.reachTimeoutSeconds ?? 10)
    case 'kind': {
      const state = await createKindCluster(
        { ...options.kind, env, ...(options.signal ? { signal: options.signal } : {}) },
        logger
      )
      const kindState: KindState = {
        kind: 'kind',
        binary: state.binary,
        name: state.name,
        kubeconfigPath: state.kubeconfigPath
      }
      return {
        kind: 'kind',
        kubeconfigPath: state.kubeconfigPath,
        state: kindState,
        exportLogs: (dir) => exportKindLogs(kindState, dir, logger, env),
        teardown: once(async () => {
          if (options.keep)
            logger.info(`keeping kind cluster ${state.name} (KUBECONFIG=${state.kubeconfigPath})`)
          else await deleteKindCluster(kindState, logger, env)
        })
      }
    }
    case 'kwok': {
      const state = await startKwok(
        { ...options.kwok, env, ...(options.signal ? { signal: options.signal } : {}) },
        logger
      )
      return {
        kind: 'kwok',
        kubeconfigPath: state.kubeconfigPath,
        state,
        exportLogs: async () => undefined,
        teardown: once(async () => {
          // A cluster that was already running belongs to someone else (another terminal, test:k8s).
          if (state.started && !options.keep) await stopKwok(state, logger, env)
        })
      }
    }
    case 'auto': {
      const configured = options.kubeconfig ?? defaultKubeconfigPath(env)
      if (configured || inCluster(env)) {
        try {
          return await existing(options, logger, options.reachTimeoutSeconds ?? 5)
        } catch (error) {
          if (!options.needsKubernetes || options.autoCreatesKind === false) {
            logger.info(`no reachable cluster (${errorMessage(error)})`)
            return none()
          }
          logger.info(
            `the configured cluster is not usable (${errorMessage(error)}): creating a kind cluster`
          )
        }
      }
      if (options.needsKubernetes && options.autoCreatesKind !== false) {
        return prepareCluster('kind', options, logger)
      }
      return none()
    }
    default:
      throw new ClusterError(
        `unknown cluster mode '${String(mode)}'`,
        `use one of ${CLUSTER_MODES.join(', ')}`
      )
  }
}

/** Tears down a cluster described by a persisted state (the action's post step). */
export async function teardownCluster(
  state: ClusterState,
  logger: Logger,
  o: { keep?: boolean; env?: NodeJS.ProcessEnv } = {}
): Promise<void> {
  if (o.keep) return
  if (state.kind === 'kind') await deleteKindCluster(state, logger, o.env)
  else if (state.kind === 'kwok' && state.started) await stopKwok(state, logger, o.env)
}

export { deploy } from './deploy.ts'
export type { DeployOptions, DeployResult } from './deploy.ts'
export { KIND_VERSION, kindCommands, kindPin } from './kind.ts'
export type { KindOptions } from './kind.ts'
export { installPinned, parseChecksum, directoryFetcher } from './download.ts'
export type { ToolFetcher, PinnedTool } from './download.ts'
