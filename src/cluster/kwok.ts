import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ClusterError } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { checkReachable, loadTarget } from './kube.ts'
import { runCommand, tail } from './process.ts'

export interface KwokOptions {
  /** Directory holding cluster-up.sh / cluster-down.sh (default: scripts/k8s of this checkout). */
  scriptsDir?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  signal?: AbortSignal | undefined
}

export interface KwokState {
  kind: 'kwok'
  scriptsDir: string
  kubeconfigPath: string
  /** Whether this run started it (only then is it stopped afterwards). */
  started: boolean
}

/** scripts/k8s of the checkout: searched upward from the working directory and from this module. */
export function findKwokScripts(o: KwokOptions = {}): string {
  if (o.scriptsDir) return o.scriptsDir
  const starts = [process.cwd(), dirname(fileURLToPath(import.meta.url))]
  for (const start of starts) {
    let dir = resolve(start)
    for (let i = 0; i < 6; i++) {
      const candidate = join(dir, 'scripts', 'k8s')
      if (existsSync(join(candidate, 'cluster-up.sh'))) return candidate
      const parent = dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  }
  throw new ClusterError(
    'cannot find scripts/k8s/cluster-up.sh: the kwok cluster is for local use from a chaos-action checkout',
    'run from the repository, or use --cluster existing / kind'
  )
}

/** Where cluster-up.sh writes the kubeconfig (same rule as scripts/k8s/env.sh). */
export function kwokKubeconfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.CHAOS_K8S_KUBECONFIG ??
    join(
      env.CHAOS_CACHE_DIR ?? join(env.HOME ?? homedir(), '.cache', 'chaos-action'),
      'k8s',
      'kubeconfig'
    )
  )
}

/** Starts (or reuses) the local kwok control plane with scripts/k8s/cluster-up.sh. */
export async function startKwok(o: KwokOptions, logger: Logger): Promise<KwokState> {
  const scriptsDir = findKwokScripts(o)
  const env = o.env ?? process.env
  const expected = kwokKubeconfigPath(env)
  let running = false
  if (existsSync(expected)) {
    try {
      await checkReachable(loadTarget({ kubeconfig: expected, env }), 3_000)
      running = true
    } catch {
      running = false
    }
  }
  logger.info(
    running
      ? 'reusing the running kwok cluster'
      : 'starting the kwok cluster (the first run builds Kubernetes from source)'
  )
  const r = await runCommand('bash', [join(scriptsDir, 'cluster-up.sh')], {
    env,
    timeoutMs: 60 * 60_000,
    logger,
    ...(o.signal ? { signal: o.signal } : {})
  })
  if (r.code !== 0)
    throw new ClusterError(
      `scripts/k8s/cluster-up.sh failed (exit ${String(r.code)}):\n${tail(r.stderr)}`,
      'see scripts/k8s/README.md (needs Go, bash, flock)'
    )
  const kubeconfigPath = r.stdout.trim().split('\n').pop()?.trim() || expected
  return { kind: 'kwok', scriptsDir, kubeconfigPath, started: !running }
}

export async function stopKwok(
  state: KwokState,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const r = await runCommand('bash', [join(state.scriptsDir, 'cluster-down.sh')], {
    env,
    timeoutMs: 120_000,
    logger
  })
  if (r.code !== 0) throw new ClusterError(`scripts/k8s/cluster-down.sh failed:\n${tail(r.stderr)}`)
}
