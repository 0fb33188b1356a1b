/**
 * `install-chaos-mesh`: Chaos Mesh installed with helm (the binary on PATH) into a kind cluster,
 * then waited for like a deploy (its controller Deployment and chaos-daemon DaemonSet rolled out).
 * kind nodes run containerd, so chaos-daemon must be told that runtime and its socket (the chart's
 * default is docker at /var/run/docker.sock: the daemon then starts but every injection fails, the
 * field's most common Chaos Mesh-on-kind report). Ready means the controller is available and a
 * daemon is ready on every node it is scheduled to (at least one): without a daemon on a node,
 * chaos aimed at that node's pods is "injected" nowhere.
 */
import { ClusterError } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { KubeClient, R } from '../providers/kubernetes/client.ts'
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
  await checkComponents(client, namespace)
  const seconds = Math.round((Date.now() - started) / 100) / 10
  logger.info(
    `Chaos Mesh ${o.version ?? 'latest'} ready in ${namespace} after ${seconds}s: ` +
      (workloads.map((w) => `${w.kind} ${w.name}`).join(', ') || 'no workloads found')
  )
  return { namespace, version: o.version ?? 'latest', workloads, seconds }
}

/** The workloads Chaos Mesh cannot inject without: its controller, and a daemon per node. */
export const CHAOS_MESH_CONTROLLER = 'chaos-controller-manager'
export const CHAOS_MESH_DAEMON = 'chaos-daemon'

/**
 * After the rollouts: the controller Deployment and the daemon DaemonSet exist, and the daemon is
 * ready on as many nodes as it is scheduled to, which is at least one (a DaemonSet scheduled to
 * no node counts as rolled out, yet injects nothing).
 */
export async function checkComponents(client: KubeClient, namespace: string): Promise<void> {
  const advice =
    'look at `kubectl -n ' +
    namespace +
    ' get deploy,ds,pods` and the chaos-daemon pod events (node taints, the containerd socket)'
  const controller = await client.getOrNull(R.deployments, namespace, CHAOS_MESH_CONTROLLER)
  if (!controller)
    throw new ClusterError(
      `Chaos Mesh has no ${CHAOS_MESH_CONTROLLER} Deployment in ${namespace}`,
      advice
    )
  const daemon = await client.getOrNull(R.daemonsets, namespace, CHAOS_MESH_DAEMON)
  if (!daemon)
    throw new ClusterError(
      `Chaos Mesh has no ${CHAOS_MESH_DAEMON} DaemonSet in ${namespace}`,
      advice
    )
  const st = (daemon.status ?? {}) as { desiredNumberScheduled?: number; numberReady?: number }
  const desired = st.desiredNumberScheduled ?? 0
  const ready = st.numberReady ?? 0
  if (desired === 0 || ready < desired)
    throw new ClusterError(
      `Chaos Mesh's ${CHAOS_MESH_DAEMON} is ready on ${ready} of ${desired} node(s)` +
        (desired === 0 ? ': it is scheduled to no node, so no fault can be injected' : ''),
      advice
    )
}
