/**
 * Measuring helpers for the benchmark: wall time of a whole command, medians, peak RSS.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'

export interface CommandResult {
  ms: number
  exitCode: number | null
  stderr: string
}

export interface Command {
  argv: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
}

/** Wall time of one whole command, from spawn to exit. Output is drained, not kept (but stderr's tail). */
export function timeCommand(command: Command, timeoutMs = 120_000): Promise<CommandResult> {
  const [cmd, ...args] = command.argv
  const started = performance.now()
  const child = spawn(cmd ?? '', args, {
    cwd: command.cwd,
    env: command.env ?? process.env,
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr = (stderr + d).slice(-4000)
  })
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(killer)
      resolve({ ms: performance.now() - started, exitCode, stderr })
    })
  })
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? Number.NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/**
 * Runs two commands alternately (one warm-up each, then `runs` timed rounds) so drift in machine
 * load hits both alike. Throws when a command fails, so a broken run never passes for a fast one.
 */
export async function timePair(
  ours: Command,
  theirs: Command,
  runs: number,
  expectExit = 0
): Promise<{ ours: number; theirs: number }> {
  const samples = { ours: [] as number[], theirs: [] as number[] }
  for (let i = 0; i <= runs; i += 1) {
    for (const side of ['ours', 'theirs'] as const) {
      const result = await timeCommand(side === 'ours' ? ours : theirs)
      if (result.exitCode !== expectExit) {
        throw new Error(
          `${side} exited ${result.exitCode} (expected ${expectExit}): ${(side === 'ours' ? ours : theirs).argv.join(' ')}\n${result.stderr}`
        )
      }
      if (i > 0) samples[side].push(result.ms)
    }
  }
  return { ours: median(samples.ours), theirs: median(samples.theirs) }
}

export async function timeOne(command: Command, runs: number, expectExit = 0): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i <= runs; i += 1) {
    const result = await timeCommand(command)
    if (result.exitCode !== expectExit) {
      throw new Error(`exited ${result.exitCode}: ${command.argv.join(' ')}\n${result.stderr}`)
    }
    if (i > 0) samples.push(result.ms)
  }
  return median(samples)
}

export interface PeakRss {
  kib: number
  method: string
}

/**
 * Peak resident set size of a command (and the descendants it waited for), in KiB: GNU time's
 * %M when /usr/bin/time exists, else Python's getrusage(RUSAGE_CHILDREN), which reads the same
 * kernel counter.
 */
export async function peakRss(command: Command, scratch: string): Promise<PeakRss> {
  const out = join(scratch, `rss-${process.pid}-${Date.now()}.txt`)
  let argv: string[]
  let method: string
  if (existsSync('/usr/bin/time')) {
    argv = ['/usr/bin/time', '-f', '%M', '-o', out, ...command.argv]
    method = '/usr/bin/time -f %M'
  } else {
    const script =
      'import resource, subprocess, sys\n' +
      'code = subprocess.call(sys.argv[2:], stdout=subprocess.DEVNULL)\n' +
      'open(sys.argv[1], "w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n' +
      'sys.exit(code)\n'
    argv = ['python3', '-c', script, out, ...command.argv]
    method = 'python getrusage(RUSAGE_CHILDREN).ru_maxrss'
  }
  const result = await timeCommand({ ...command, argv })
  if (result.exitCode !== 0) {
    throw new Error(`exited ${result.exitCode}: ${command.argv.join(' ')}\n${result.stderr}`)
  }
  const text = await readFile(out, 'utf8')
  await rm(out, { force: true })
  const kib = Number(text.trim().split('\n').pop())
  return { kib, method }
}

/** Whether a program is on PATH (for optional rows). */
export function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0
}
