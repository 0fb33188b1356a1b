/**
 * The benchmark's rows. Each row measures one thing for us and, where it makes sense, for
 * chaostoolkit on the same input in the same run, and states its target. To add a row (load vs
 * wrk, Kubernetes pod-kill cycles, action start-up...), append a BenchRow to ROWS, or name it in
 * PLANNED until it exists.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import {
  emptyExperiment,
  httpProbes,
  processActions,
  tenActivities,
  validateCorpus,
  writeExperiment
} from './experiments.ts'
import { median, peakRss, timeCommand, timeOne, timePair } from './lib.ts'
import type { Command } from './lib.ts'

export interface BenchContext {
  runs: number
  /** The `chaos` executable of the pinned virtualenv. */
  chaos: string
  /** How to start our CLI (node + dist/cli.js, or node + src/cli.ts). */
  ours: string[]
  /** Environment with PARITY_URL pointing at the loopback server. */
  env: NodeJS.ProcessEnv
  /** A scratch directory, removed after the run. */
  scratch: string
  python: string
}

export type Target =
  | { kind: 'ratio'; max: number }
  | { kind: 'min-ratio'; min: number }
  | { kind: 'band'; min: number; max: number }
  | { kind: 'absolute'; max: number }
  | { kind: 'info' }

export interface RowResult {
  ours: number
  /** The peer's number, measured in the same run. */
  theirs?: number
  /** Who `theirs` is; chaostoolkit when absent. */
  peer?: string
  unit: 'ms' | 'MB' | 'req/s' | '%'
  note?: string
}

export interface BenchRow {
  id: string
  title: string
  target: Target
  measure(ctx: BenchContext): Promise<RowResult>
}

/** Rows later issues will add; printed so the table shows what is not measured yet. */
export const PLANNED: string[] = []

function oursRun(ctx: BenchContext, file: string, journalDir: string): Command {
  return {
    // The floors' experiments have no hypothesis (verdict inconclusive, which fails the gate):
    // the bench measures the run, not the gate, so the exit status must not depend on it.
    argv: [...ctx.ours, 'run', file, '--journal-dir', journalDir, '--quiet', '--fail-on', 'never'],
    cwd: ctx.scratch,
    env: ctx.env
  }
}

function theirsRun(ctx: BenchContext, file: string, journal: string): Command {
  return {
    argv: [
      ctx.chaos,
      '--no-version-check',
      '--no-log-file',
      'run',
      '--journal-path',
      journal,
      file
    ],
    cwd: ctx.scratch,
    env: ctx.env
  }
}

async function wholeRun(ctx: BenchContext, name: string, experiment: unknown): Promise<RowResult> {
  const file = await writeExperiment(join(ctx.scratch, 'experiments'), `${name}.json`, experiment)
  const times = await timePair(
    oursRun(ctx, file, join(ctx.scratch, `journals-${name}`)),
    theirsRun(ctx, file, join(ctx.scratch, `${name}-journal.json`)),
    ctx.runs
  )
  return { ...times, unit: 'ms' }
}

/** Spawning `true` N times from inside each runtime: the floor for process activities. */
async function spawnFloor(ctx: BenchContext, count: number): Promise<RowResult> {
  const nodeScript =
    "const { spawn } = require('node:child_process');" +
    '(async () => { const t = performance.now();' +
    `for (let i = 0; i < ${count}; i++) await new Promise((res, rej) => {` +
    "const c = spawn('true', [], { stdio: ['ignore', 'pipe', 'pipe'] });" +
    "c.stdout.resume(); c.stderr.resume(); c.on('error', rej); c.on('close', res) });" +
    'console.log(performance.now() - t) })()'
  const pyScript =
    'import subprocess, time\n' +
    't = time.perf_counter()\n' +
    `for _ in range(${count}):\n` +
    "    subprocess.run(['true'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n" +
    'print((time.perf_counter() - t) * 1000)\n'
  const node = ctx.ours[0] ?? process.execPath
  const inner = async (argv: string[]): Promise<number> => {
    const samples: number[] = []
    for (let i = 0; i <= ctx.runs; i += 1) {
      const out = await new Promise<string>((resolve, reject) =>
        execFile(argv[0] ?? '', argv.slice(1), (err, stdout) =>
          err ? reject(err) : resolve(stdout)
        )
      )
      if (i > 0) samples.push(Number(out.trim()))
    }
    return median(samples)
  }
  const ours = await inner([node, '-e', nodeScript])
  const theirs = await inner([ctx.python, '-c', pyScript])
  return {
    ours,
    theirs,
    unit: 'ms',
    note: 'spawn loop only, no interpreter start-up: node child_process.spawn vs python subprocess.run'
  }
}

export const ROWS: BenchRow[] = [
  {
    id: 'cli-empty',
    title: 'floor: whole CLI, empty experiment',
    target: { kind: 'info' },
    measure: (ctx) => wholeRun(ctx, 'empty', emptyExperiment())
  },
  {
    id: 'cli-10',
    title: 'whole CLI, 10-activity experiment',
    target: { kind: 'ratio', max: 0.2 },
    measure: (ctx) => wholeRun(ctx, 'ten-activities', tenActivities())
  },
  {
    id: 'http-200',
    title: '200 HTTP probes to loopback',
    target: { kind: 'ratio', max: 0.5 },
    measure: (ctx) => wholeRun(ctx, 'http-200', httpProbes(200))
  },
  {
    id: 'process-200',
    title: '200 trivial process activities',
    target: { kind: 'ratio', max: 0.8 },
    measure: (ctx) => wholeRun(ctx, 'process-200', processActions(200))
  },
  {
    id: 'spawn-floor-200',
    title: 'floor: spawn `true` x200 (node vs python)',
    target: { kind: 'info' },
    measure: (ctx) => spawnFloor(ctx, 200)
  },
  {
    id: 'version',
    title: '--version start-up',
    target: { kind: 'ratio', max: 0.25 },
    measure: async (ctx) => {
      const times = await timePair(
        { argv: [...ctx.ours, '--version'], env: ctx.env },
        { argv: [ctx.chaos, '--no-version-check', '--version'], env: ctx.env },
        ctx.runs
      )
      return { ...times, unit: 'ms' }
    }
  },
  {
    id: 'validate-500',
    title: 'validate 500 experiment files (ours absolute)',
    target: { kind: 'absolute', max: 2000 },
    measure: async (ctx) => {
      const dir = join(ctx.scratch, 'validate-500')
      const files = await validateCorpus(dir, 500)
      const ours = await timeOne({ argv: [...ctx.ours, 'validate', dir], env: ctx.env }, ctx.runs)
      // chaostoolkit validates one file per process: time 10 files once and scale to 500.
      let tenMs = 0
      for (const file of files.slice(0, 10)) {
        const result = await timeCommand({
          argv: [ctx.chaos, '--no-version-check', '--no-log-file', 'validate', file],
          env: ctx.env
        })
        if (result.exitCode !== 0) throw new Error(`chaos validate ${file}: ${result.stderr}`)
        tenMs += result.ms
      }
      return {
        ours,
        theirs: tenMs * 50,
        unit: 'ms',
        note: 'chaostoolkit: 10 files timed one `chaos validate` each, scaled x50'
      }
    }
  },
  {
    id: 'rss-200',
    title: 'peak RSS, 200 process activities (ours absolute)',
    target: { kind: 'absolute', max: 100 },
    measure: async (ctx) => {
      const file = await writeExperiment(
        join(ctx.scratch, 'experiments'),
        'rss-200.json',
        processActions(200)
      )
      const ours = await peakRss(oursRun(ctx, file, join(ctx.scratch, 'journals-rss')), ctx.scratch)
      const theirs = await peakRss(
        theirsRun(ctx, file, join(ctx.scratch, 'rss-journal.json')),
        ctx.scratch
      )
      return { ours: ours.kib / 1024, theirs: theirs.kib / 1024, unit: 'MB', note: ours.method }
    }
  }
]
