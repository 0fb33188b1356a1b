import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { KubeConfig } from '@kubernetes/client-node'
import { ClusterError, errorMessage } from '../engine/errors.ts'
import { KubeClient, R } from '../providers/kubernetes/client.ts'
import type { KubeObject } from '../providers/kubernetes/client.ts'

const SERVICE_ACCOUNT_TOKEN = '/var/run/secrets/kubernetes.io/serviceaccount/token'

export interface KubeTarget {
  /** The kubeconfig file used; undefined for the in-cluster service account. */
  kubeconfigPath: string | undefined
  context: string | undefined
  server: string
  kubeConfig: KubeConfig
}

/** The kubeconfig file kubectl would use, if any: KUBECONFIG's first entry, else ~/.kube/config. */
export function defaultKubeconfigPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.KUBECONFIG?.split(':').find((f) => f !== '')
  if (fromEnv) return fromEnv
  const home = join(env.HOME ?? homedir(), '.kube', 'config')
  return existsSync(home) ? home : undefined
}

export function inCluster(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.KUBERNETES_SERVICE_HOST) && existsSync(SERVICE_ACCOUNT_TOKEN)
}

/** Loads a kubeconfig (or the in-cluster account) and selects the context; ClusterError on failure. */
export function loadTarget(o: {
  kubeconfig?: string | undefined
  context?: string | undefined
  env?: NodeJS.ProcessEnv
}): KubeTarget {
  const env = o.env ?? process.env
  const path = o.kubeconfig ?? defaultKubeconfigPath(env)
  const kc = new KubeConfig()
  if (path) {
    if (!existsSync(path))
      throw new ClusterError(
        `the kubeconfig ${path} does not exist`,
        'set KUBECONFIG to a kubeconfig file, or use cluster: kind to create a cluster'
      )
    try {
      kc.loadFromFile(path)
    } catch (error) {
      throw new ClusterError(
        `cannot read the kubeconfig ${path}: ${errorMessage(error)}`,
        'check the file is a valid kubeconfig'
      )
    }
  } else if (inCluster(env)) {
    kc.loadFromCluster()
  } else {
    throw new ClusterError(
      'no Kubernetes cluster is configured: KUBECONFIG is not set, ~/.kube/config does not exist and this is not a pod',
      'point KUBECONFIG at your cluster, or use cluster: kind (CI) or --cluster kwok (local) to create one'
    )
  }
  if (o.context) {
    if (!kc.getContextObject(o.context))
      throw new ClusterError(
        `the kubeconfig ${path ?? '(in-cluster)'} has no context "${o.context}"`,
        `use one of: ${
          kc
            .getContexts()
            .map((c) => c.name)
            .join(', ') || '(none)'
        }`
      )
    kc.setCurrentContext(o.context)
  }
  const cluster = kc.getCurrentCluster()
  if (!cluster)
    throw new ClusterError(
      `the kubeconfig ${path ?? '(in-cluster)'} has no current cluster`,
      'set current-context, or name a context'
    )
  return {
    kubeconfigPath: path,
    context: kc.getCurrentContext() || undefined,
    server: cluster.server,
    kubeConfig: kc
  }
}

/**
 * Proves the API server answers: GET /version, bounded in time. Unreachable or rejected
 * credentials are a ClusterError with advice; a 403 still proves it is reachable.
 */
export async function checkReachable(
  target: KubeTarget,
  timeoutMs = 10_000
): Promise<{ nodes: number | undefined }> {
  const client = new KubeClient({ kubeConfig: target.kubeConfig, requestTimeoutMs: timeoutMs })
  const where = `${target.server}${target.context ? ` (context "${target.context}")` : ''}`
  try {
    // One cheap authenticated read; RBAC may forbid it, which still proves the server answers.
    const l = await client.request<{ items?: unknown[] }>(
      'list',
      { res: R.nodes },
      { query: { limit: 1 } }
    )
    return { nodes: l.items?.length }
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403) return { nodes: undefined }
    if (status === 401)
      throw new ClusterError(
        `the Kubernetes API server at ${where} rejected the credentials (401)`,
        'refresh the kubeconfig credentials (token, client certificate) or pick another context',
        error
      )
    throw new ClusterError(
      `cannot reach the Kubernetes API server at ${where}: ${errorMessage(error).replace(/ while attempting.*$/, '')}`,
      `check the cluster is running and KUBECONFIG${target.kubeconfigPath ? ` (${target.kubeconfigPath})` : ''} points at it; ` +
        'for a local cluster run `npm run cluster:up` (--cluster kwok); in CI use cluster: kind',
      error
    )
  }
}

function nodeReady(n: KubeObject): boolean {
  const conditions = (n.status?.conditions ?? []) as { type?: string; status?: string }[]
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

/** Watches nodes until at least one exists and every node is Ready; ClusterError naming the laggards. */
export async function waitNodesReady(
  kubeConfig: KubeConfig,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<string[]> {
  const client = new KubeClient({ kubeConfig })
  let last: KubeObject[] = []
  const ok = await client.watchUntil(R.nodes, undefined, { timeoutMs, signal }, (objects) => {
    last = [...objects.values()]
    return last.length > 0 && last.every(nodeReady)
  })
  if (!ok) {
    const notReady = last.filter((n) => !nodeReady(n)).map((n) => n.metadata?.name ?? '?')
    throw new ClusterError(
      last.length === 0
        ? `no nodes registered within ${Math.round(timeoutMs / 1000)}s`
        : `nodes not Ready within ${Math.round(timeoutMs / 1000)}s: ${notReady.join(', ')}`,
      'look at the node logs (kind export logs) for kubelet or CNI errors'
    )
  }
  return last.map((n) => n.metadata?.name ?? '')
}
