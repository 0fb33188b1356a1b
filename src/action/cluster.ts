/**
 * The action's side of the cluster lifecycle (the shared decision is src/session/cluster.ts): what
 * main hands to post (the ClusterRecord in the step state), and post's cleanup: every object a
 * provider created for the run (Provider.cleanupRun), then the cluster itself unless `keep-cluster`.
 * The cluster modules load only when a cluster is wanted: they pull in the Kubernetes client.
 */
import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import type { ClusterSession } from '../cluster/session.ts'
import type { ProviderRegistry } from '../engine/provider.ts'
import { RUN_ID_LABEL, labelValue } from '../providers/run-label.ts'
import { checkClusterPlan, openRunCluster, type OpenRunClusterContext } from '../session/cluster.ts'
import type { ClusterPlan } from '../session/plan.ts'
import type { ActionInputs } from './inputs.ts'
import type { ActionLogger } from './logger.ts'
import { saveState, type ClusterRecord } from './state.ts'

/** Whether this run created the cluster (so it is ours to keep or delete). */
function created(record: ClusterRecord): boolean {
  const s = record.state
  return s.kind === 'kind' || (s.kind === 'kwok' && s.started)
}

/**
 * The action's way to open the run's cluster (the executor's `openCluster` hook): the shared
 * openRunCluster with the runner's tool cache, plus what post needs in the step state (saved before
 * kind starts, so a step killed mid-create still gets its cluster deleted) and, for a kept cluster
 * this run created, KUBECONFIG for the later steps.
 */
export function actionClusterOpener(
  inputs: Pick<ActionInputs, 'keepCluster' | 'allowedNamespaces'>
): (plan: ClusterPlan, ctx: OpenRunClusterContext) => Promise<ClusterSession | undefined> {
  return async (plan, ctx) => {
    const { logger } = ctx
    checkClusterPlan(plan, ctx.spell)
    const { toolCacheFetcher } = await import('./tool-fetcher.ts')
    const tempDir = process.env.RUNNER_TEMP || tmpdir()
    // In RUNNER_TEMP: it lasts the whole job, for later steps and for post's kind delete.
    const kubeconfigPath = join(tempDir, `chaos-action-kind-${process.pid}.kubeconfig`)
    const fetcher = toolCacheFetcher()
    let binary: string | undefined
    if (plan.mode === 'kind') {
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
      session = await openRunCluster(plan, {
        ...ctx,
        kind: { kubeconfigPath, fetcher, ...(binary ? { binary } : {}) }
      })
    } catch (error) {
      // The session deleted what it made: nothing is left for post.
      if (binary) saveState.cluster({ state: { kind: 'none' }, keep: false, namespaces: [] })
      if (existsSync(ctx.logsDir)) {
        logger.info(`cluster logs were exported to ${ctx.logsDir} (in the artifact)`)
      }
      throw error
    }
    if (!session) return undefined
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
    if (created(record) && inputs.keepCluster && cluster.kubeconfigPath) {
      core.exportVariable('KUBECONFIG', cluster.kubeconfigPath)
      logger.info(`keep-cluster: later steps get KUBECONFIG=${cluster.kubeconfigPath}`)
    }
    return session
  }
}

/** Each provider's sweep gets this long; post must not hang the job on a dead API. */
const SWEEP_TIMEOUT_MS = 90_000

/**
 * Post: every provider that creates cluster objects removes those labelled with the run id
 * (cluster-wide, else in the run's namespaces when listing cluster-wide is forbidden), through
 * Provider.cleanupRun. A cluster about to be deleted is skipped. Never throws: what could not be
 * removed is a warning.
 */
export async function sweepRun(
  registry: ProviderRegistry,
  record: ClusterRecord | undefined,
  runId: string,
  logger: ActionLogger
): Promise<void> {
  if (!runId) return
  if (record && created(record) && !record.keep) {
    logger.info('the cluster is deleted next: no objects of this run to sweep first')
    return
  }
  for (const type of registry.types()) {
    const provider = registry.get(type)
    if (!provider?.cleanupRun) continue
    const abort = new AbortController()
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<never>((_, fail) => {
      timer = setTimeout(() => {
        abort.abort()
        fail(new Error(`timed out after ${SWEEP_TIMEOUT_MS / 1000} s`))
      }, SWEEP_TIMEOUT_MS)
    })
    try {
      const removed = await Promise.race([
        provider.cleanupRun(runId, {
          logger,
          signal: abort.signal,
          namespaces: record?.namespaces ?? []
        }),
        late
      ])
      logger.info(
        removed.length
          ? `${type}: removed ${removed.length} object(s) of run ${runId}: ${removed.join(', ')}`
          : `${type}: no objects of run ${runId} left`
      )
    } catch (error) {
      logger.annotate(
        'warning',
        `post: could not remove the ${type} objects labelled with run ${runId}: ${errorMessage(error)}; ` +
          `delete them by hand (kubectl delete <kind> -A -l ${RUN_ID_LABEL}=${labelValue(runId)})`
      )
    } finally {
      clearTimeout(timer)
    }
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
