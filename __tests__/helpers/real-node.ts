// The local cluster's real node (scripts/k8s/real-node/): what a pod needs to land on it, a
// check that it is up, its images, and kubectl (built with the control plane) for what users do
// with kubectl: logs, exec, apply.
import { execFile, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KubeClient, KubeObject } from '../../src/providers/kubernetes/client.ts'

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const K8S_SCRIPTS = join(REPO_ROOT, 'scripts', 'k8s')

export const REAL_NODE = 'real-node-0'
export const REAL_NODE_SELECTOR = { 'chaos-action.dev/node': 'real' }
export const REAL_NODE_TOLERATION = {
  key: 'chaos-action.dev/real-node',
  operator: 'Equal',
  value: 'true',
  effect: 'NoSchedule'
}
export const SAMPLE_IMAGE = 'chaos-action.local/sample-service:1'
/** The real node's pod network (scripts/k8s/real-node/lib.sh). */
export const POD_SUBNET_PREFIX = '10.213.0.'

/** A value of scripts/k8s/versions.env. */
export function pinnedVersion(name: string): string {
  const text = readFileSync(join(K8S_SCRIPTS, 'versions.env'), 'utf8')
  const value = new RegExp(`^${name}=(.*)$`, 'm').exec(text)?.[1]
  if (!value) throw new Error(`${name} not in scripts/k8s/versions.env`)
  return value.trim()
}

/** The binaries scripts/k8s/build.sh made for the pinned versions (same cache key). */
export function k8sBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const key = createHash('sha256')
    .update(readFileSync(join(K8S_SCRIPTS, 'versions.env')))
    .digest('hex')
    .slice(0, 16)
  const cache = env.CHAOS_CACHE_DIR ?? join(homedir(), '.cache', 'chaos-action')
  return join(cache, 'k8s', key, 'bin')
}

export interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs kubectl against $KUBECONFIG; never throws for a non-zero exit, always bounded. */
export function kubectl(args: string[], timeoutMs = 60_000): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      join(k8sBinDir(), 'kubectl'),
      [`--request-timeout=${Math.ceil(timeoutMs / 1000)}s`, ...args],
      { timeout: timeoutMs, maxBuffer: 8 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : '') })
      }
    )
  })
}

/** Imports the node's images unless containerd already holds them (a cached no-op then). */
export function importImages(): void {
  const r = spawnSync('bash', [join(K8S_SCRIPTS, 'real-node', 'images.sh'), '--import'], {
    encoding: 'utf8',
    timeout: 600_000
  })
  if (r.status !== 0) {
    throw new Error(`scripts/k8s/real-node/images.sh --import failed: ${r.stderr || r.error}`)
  }
}

/** Why the real node cannot take pods now, or undefined when it is registered and Ready. */
export async function realNodeProblem(client: KubeClient): Promise<string | undefined> {
  const node = await client.getOrNull(R.nodes, undefined, REAL_NODE).catch(() => null)
  if (!node) {
    return `node ${REAL_NODE} is not registered: the cluster was started without the real node (CHAOS_K8S_REAL_NODE=0) or it failed to start (see $CHAOS_CACHE_DIR/k8s/real-node/logs/)`
  }
  const conditions = (node.status?.conditions ?? []) as { type: string; status: string }[]
  if (!conditions.some((c) => c.type === 'Ready' && c.status === 'True')) {
    return `node ${REAL_NODE} is not Ready (kubelet log: $CHAOS_CACHE_DIR/k8s/real-node/logs/kubelet.log)`
  }
  return undefined
}

/** A pod pinned to the real node, running the sample service unless the container says otherwise. */
export function realNodePod(
  name: string,
  container: Record<string, unknown> = {},
  spec: Record<string, unknown> = {},
  labels: Record<string, string> = {}
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: { app: name, ...labels } },
    spec: {
      nodeSelector: REAL_NODE_SELECTOR,
      tolerations: [REAL_NODE_TOLERATION],
      terminationGracePeriodSeconds: 10,
      ...spec,
      containers: [
        {
          name: 'app',
          image: SAMPLE_IMAGE,
          imagePullPolicy: 'Never',
          ports: [{ name: 'http', containerPort: 8080 }],
          ...container
        }
      ]
    }
  }
}

interface ContainerStatus {
  ready?: boolean
  restartCount?: number
  containerID?: string
  state?: { terminated?: { exitCode?: number; reason?: string } }
  lastState?: { terminated?: { exitCode?: number; reason?: string } }
}

export function containerStatus(pod: KubeObject | null | undefined): ContainerStatus | undefined {
  return (pod?.status?.containerStatuses as ContainerStatus[] | undefined)?.[0]
}

export function podReady(pod: KubeObject | undefined): boolean {
  const conditions = (pod?.status?.conditions ?? []) as { type: string; status: string }[]
  return conditions.some((c) => c.type === 'Ready' && c.status === 'True')
}

/** Watches one pod until `done` holds (true) or the bound passes (false). */
export function waitPod(
  client: KubeClient,
  ns: string,
  name: string,
  done: (pod: KubeObject | undefined, deleted: boolean) => boolean,
  timeoutMs = 90_000
): Promise<boolean> {
  return client.watchUntil(
    R.pods,
    ns,
    { fieldSelector: `metadata.name=${name}`, timeoutMs },
    (objects, event) =>
      done(objects.get(`${ns}/${name}`) ?? event?.object, event?.type === 'DELETED')
  )
}
