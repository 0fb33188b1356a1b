/**
 * Real-node rows of the benchmark (scripts/k8s/real-node/):
 *
 * - k8s-real-node-up: a warm `npm run cluster:up` (binaries and images cached, cluster stopped)
 *   until the real node is Ready beside the kwok nodes. Measured only when no cluster of the
 *   default name is running: a running one may be in use, and the bench never stops it.
 * - rss-real-node: resident memory of the node's kubelet + containerd (+ its shims in the note),
 *   read from /proc for the pids scripts/k8s/real-node/up.sh recorded.
 *
 * A cluster this file starts is stopped again at exit.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchRow, RowResult } from './rows.ts'

const k8sDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'k8s')
const runDir = process.env.CHAOS_REAL_NODE_RUN_DIR ?? '/run/chaos-action'

/** Runs a scripts/k8s script, bounded; resolves with its exit code and the tail of its output. */
function script(name: string, timeoutMs: number): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(k8sDir, name)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const keep = (d: Buffer) => {
      output = (output + d.toString('utf8')).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code: code ?? 1, output })
    })
  })
}

/** Why the start-up row cannot run here, or undefined. Decided once, before any row runs. */
function upSkip(): string | undefined {
  if (process.env.CHAOS_BENCH_K8S === 'off') return 'skipped: CHAOS_BENCH_K8S=off'
  const built = spawnSync('bash', [
    '-c',
    `source "${k8sDir}/env.sh"; [[ -f "$k8s_bin/.complete" && -x "$k8s_bin/kubelet" ]]`
  ])
  if (built.status !== 0)
    return 'skipped: binaries not built (bash scripts/k8s/build.sh, ~15 min cold)'
  const running = spawnSync('bash', ['-c', `source "${k8sDir}/env.sh"; k8s_cluster_healthy`])
  if (running.status === 0) {
    return 'skipped: the cluster is running (maybe in use); `npm run cluster:down` first to measure a warm start'
  }
  return undefined
}

const skipUp = upSkip()
let startedHere = false

/** RSS in MB of a process, from /proc/<pid>/status. */
function rssMb(pid: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN)
  return kb / 1024
}

function componentPid(name: string): string | undefined {
  const file = join(runDir, 'real-node', `${name}.pid`)
  if (!existsSync(file)) return undefined
  const pid = readFileSync(file, 'utf8').trim()
  return existsSync(`/proc/${pid}`) ? pid : undefined
}

/** containerd's shims (one per pod) for our socket, found by their command line. */
function shimPids(): string[] {
  const socket = join(runDir, 'containerd', 'containerd.sock')
  return readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      return cmd[0]?.endsWith('containerd-shim-runc-v2') === true && cmd.includes(socket)
    } catch {
      return false
    }
  })
}

async function measureUp(): Promise<RowResult> {
  if (skipUp) return { ours: Number.NaN, unit: 'ms', note: skipUp }
  // Stop whatever half-state is there (nothing healthy runs, see upSkip), then time a start.
  await script('cluster-down.sh', 120_000)
  const t = performance.now()
  const up = await script('cluster-up.sh', 5 * 60_000)
  const ms = performance.now() - t
  startedHere = true
  process.once('exit', () => {
    spawnSync('bash', [join(k8sDir, 'cluster-down.sh')], { stdio: 'ignore', timeout: 120_000 })
  })
  if (up.code !== 0) throw new Error(`cluster-up.sh exited ${up.code}:\n${up.output}`)
  return {
    ours: ms,
    unit: 'ms',
    note: 'control plane, 3 kwok nodes, CRDs, Stages and the real node Ready'
  }
}

async function measureRss(): Promise<RowResult> {
  const kubelet = componentPid('kubelet')
  const containerd = componentPid('containerd')
  if (!kubelet || !containerd) {
    return {
      ours: Number.NaN,
      unit: 'MB',
      note: 'skipped: the real node is not running (npm run cluster:up starts it)'
    }
  }
  const k = rssMb(kubelet)
  const c = rssMb(containerd)
  const shims = shimPids().map(rssMb)
  const shimTotal = shims.reduce((a, b) => a + b, 0)
  return {
    ours: k + c,
    unit: 'MB',
    note:
      `kubelet ${k.toFixed(1)} MB + containerd ${c.toFixed(1)} MB` +
      `${startedHere ? ' right after a fresh start' : ' (running cluster)'}; ` +
      `plus ${shims.length} shims ${shimTotal.toFixed(1)} MB`
  }
}

export const realNodeRows: BenchRow[] = [
  {
    id: 'k8s-real-node-up',
    title: 'k8s: warm cluster:up with the real node (until Ready)',
    target: skipUp ? { kind: 'info' } : { kind: 'absolute', max: 30_000 },
    measure: measureUp
  },
  {
    id: 'rss-real-node',
    title: 'k8s: real node memory (kubelet + containerd RSS)',
    target: { kind: 'info' },
    measure: measureRss
  }
]
