/**
 * `install-chaos-mesh`: Chaos Mesh installed with helm (the binary on PATH) into a kind cluster,
 * then waited for like a deploy (its controller Deployment and chaos-daemon DaemonSet rolled out).
 * kind nodes run containerd, so chaos-daemon must be told that runtime and its socket.
 */
import { ClusterError } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { KubeClient } from '../providers/kubernetes/client.ts'
import { waitRollouts } from './deploy.ts'
import type { RolledOut } from './deploy.ts'
import { loadTarget } from './kube.ts'
import { findOnPath, runCommand, tail } from './process.ts'

export const CHAOS_MESH_CHART_REPO = 'https://charts.chaos-mesh.org'
export const CHAOS_MESH_RELEASE = 'chaos-mesh'
export const CHAOS_MESH_NAMESPACE = 'chaos-mesh'

/** Chart values kind needs (containerd in the node containers), and no dashboard (unused in CI). */
export const KIND_CHAOS_MESH_VALUES: Readonly<Record<string, string>> = {
  'chaosDaemon.runtime': 'containerd',
  'chaosDaemon.socketPath': '/run/containerd/containerd.sock',
  'dashboard.create': 'false'
}

export interface ChaosMeshInstallOptions {
  /** Chart version; undefined or 'latest' installs the newest chart. */
  version?: string | undefined
  kubeconfigPath?: string | undefined
  context?: string | undefined
  namespace?: string | undefined
  /** Chart repository URL (tests point it elsewhere). */
  repo?: string | undefined
  /** Seconds for helm and then for the rollouts. Default 300. */
  timeoutSeconds?: number | undefined
  /** A helm binary instead of the one on PATH. */
  helm?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  signal?: AbortSignal | undefined
}

/**
 * The helm argv: one idempotent `upgrade --install` from the chart repository URL (no `helm repo
 * add`, so nothing is left in the runner's helm config). helm does not wait; we watch the rollouts.
 */
export function helmInstallArgs(o: ChaosMeshInstallOptions = {}): string[] {
  const version = o.version && o.version !== 'latest' ? o.version : undefined
  return [
    'upgrade',
    '--install',
    CHAOS_MESH_RELEASE,
    'chaos-mesh',
    '--repo',
    o.repo ?? CHAOS_MESH_CHART_REPO,
    ...(version ? ['--version', version] : []),
    '--namespace',
    o.namespace ?? CHAOS_MESH_NAMESPACE,
    '--create-namespace',
    ...Object.entries(KIND_CHAOS_MESH_VALUES).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    ...(o.kubeconfigPath ? ['--kubeconfig', o.kubeconfigPath] : []),
    ...(o.context ? ['--kube-context', o.context] : []),
    '--timeout',
    `${o.timeoutSeconds ?? 300}s`
  ]
}

export interface ChaosMeshInstalled {
  namespace: string
  version: string
  workloads: RolledOut[]
  seconds: number
}

export async function installChaosMesh(
  o: ChaosMeshInstallOptions,
  logger: Logger
): Promise<ChaosMeshInstalled> {
  const started = Date.now()
  const env = o.env ?? process.env
  const helm = o.helm ?? (await findOnPath('helm', env))
  if (!helm)
    throw new ClusterError(
      'install-chaos-mesh needs helm, and there is none on PATH',
      "GitHub's Ubuntu runners have helm; elsewhere add a step such as azure/setup-helm before this one"
    )
  const timeoutS = o.timeoutSeconds ?? 300
  const namespace = o.namespace ?? CHAOS_MESH_NAMESPACE
  const args = helmInstallArgs(o)
  logger.info(`helm ${args.join(' ')}`)
  const r = await runCommand(helm, args, {
    env: { ...env, ...(o.kubeconfigPath ? { KUBECONFIG: o.kubeconfigPath } : {}) },
    timeoutMs: (timeoutS + 60) * 1000,
    logger,
    echoStdout: true,
    ...(o.signal ? { signal: o.signal } : {})
  })
  if (r.code !== 0)
    throw new ClusterError(
      `helm could not install Chaos Mesh ${r.timedOut ? `within ${timeoutS}s` : `(exit ${String(r.code)})`}:\n${tail(r.stderr || r.stdout)}`,
      `check the chart version (${o.version ?? 'latest'}) exists at ${o.repo ?? CHAOS_MESH_CHART_REPO} and the runner can reach it`
    )
  const kubeConfig = loadTarget({
    kubeconfig: o.kubeconfigPath,
    context: o.context,
    env
  }).kubeConfig
  const client = new KubeClient({ kubeConfig })
  const remaining = Math.max(10, timeoutS - (Date.now() - started) / 1000)
  let workloads: RolledOut[]
  try {
    workloads = await waitRollouts(client, [namespace], remaining * 1000, logger, o.signal)
  } catch (error) {
    if (error instanceof ClusterError)
      throw new ClusterError(
        `Chaos Mesh did not become ready: ${error.message}`,
        'kind nodes must run containerd at /run/containerd/containerd.sock; look at the chaos-daemon pod events',
        error
      )
    throw error
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10
  logger.info(
    `Chaos Mesh ${o.version ?? 'latest'} ready in ${namespace} after ${seconds}s: ` +
      (workloads.map((w) => `${w.kind} ${w.name}`).join(', ') || 'no workloads found')
  )
  return { namespace, version: o.version ?? 'latest', workloads, seconds }
}
