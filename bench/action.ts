/**
 * The GitHub Action's benchmark rows (the "Speed" targets), run the way the runner runs
 * the action: `node dist/index.js` on Node 24 from the workspace, INPUT_* variables, a
 * pull_request event, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files.
 *
 * - action-startup: from just before the runner would spawn node to the first experiment activity,
 *   which is a process (`date +%s%N`) that prints its own wall-clock time into the journal.
 * - action-report-50: the whole reporting phase after 50 experiments (reports, job summary,
 *   annotations, outputs, sticky comment on a PR with 120 comments, 50 check runs, artifact)
 *   against the OpenAPI-checked GitHub server and the artifact server on loopback, as the action
 *   times it itself with RUNNER_DEBUG=1 (`::debug::timing: reporting: N ms`).
 *
 * Both run a copy of dist/ laid out like the runner's checkout (no node_modules beside it).
 * `node bench/action.ts [--runs N] [--strict]` runs just these rows; bench/run.ts runs them with
 * the rest once they are in ROWS.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import {
  NODE,
  ROOT,
  REPOSITORY,
  createWorkspace,
  experimentYaml,
  installBuiltAction,
  mainEnv,
  parseFileCommands,
  pullRequestEvent,
  startTargetService,
  type InstalledAction,
  type Workspace
} from '../__fixtures__/action-runner.ts'
import { startGitHubServer } from '../__fixtures__/github-server.ts'
import { startArtifactServer } from '../__fixtures__/artifact-server.ts'
import { median } from './lib.ts'
import type { BenchContext, BenchRow, RowResult } from './rows.ts'

const SRC_ENTRY = join(ROOT, 'src', 'index.ts')

let installed: InstalledAction | undefined

/** The built action, copied to the scratch dir like the runner's checkout (installBuiltAction). */
async function distEntry(ctx: BenchContext): Promise<string> {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    throw new Error('dist/index.js is missing: npm run build first')
  }
  installed ??= await installBuiltAction(ctx.scratch)
  return installed.main
}
/** The issue asks for the median of at least 7 start-ups. */
const MIN_STARTUP_RUNS = 7
const PR = 4711

interface Spawned {
  code: number | null
  stdout: string
  stderr: string
  /** performance.timeOrigin + performance.now() just before spawn: ms since the epoch. */
  spawnedAt: number
  /** Same clock, when the process exited. */
  exitedAt: number
}

/** Spawns an entry with `env` from the workspace; the clock is read right before spawn(). */
function spawnEntry(entry: string, ws: Workspace, env: Record<string, string>): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    const spawnedAt = performance.timeOrigin + performance.now()
    const child = spawn(NODE, [entry], { cwd: ws.dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      resolve({
        code,
        stdout,
        stderr,
        spawnedAt,
        exitedAt: performance.timeOrigin + performance.now()
      })
    })
  })
}

/** Spawn to exit of `node -e ''`: what any node24 action pays before its first line. */
async function spawnBare(): Promise<number> {
  const started = performance.now()
  await new Promise<void>((resolve, reject) => {
    const child = spawn(NODE, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolve())
  })
  return performance.now() - started
}

async function workspaceWith(files: Record<string, string>): Promise<Workspace> {
  const ws = await createWorkspace(await pullRequestEvent(PR))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(ws.dir, path, '..'), { recursive: true })
    await writeFile(join(ws.dir, path), content)
  }
  return ws
}

/** Journal of the only experiment of a finished run, via the summary-json output. */
async function onlyJournal(ws: Workspace): Promise<JournalShape> {
  const outputs = parseFileCommands(await readFile(ws.outputFile, 'utf8'))
  const summary = JSON.parse(outputs['summary-json'] ?? '{}') as {
    experiments?: { journal: string }[]
  }
  const path = summary.experiments?.[0]?.journal
  if (!path) throw new Error('no journal in the summary-json output')
  return JSON.parse(await readFile(path, 'utf8')) as JournalShape
}

interface JournalShape {
  run: { start: string; status: string; output: { status: number; stdout: string } | null }[]
}

/** The experiment whose first activity stamps the wall clock (ns since the epoch). */
const STAMP_EXPERIMENT = JSON.stringify(
  {
    title: 'start-up stamp',
    description: 'the first activity prints the time it started',
    method: [
      {
        type: 'action',
        name: 'stamp',
        provider: { type: 'process', path: 'date', arguments: ['+%s%N'] }
      }
    ]
  },
  null,
  2
)

async function startup(ctx: BenchContext): Promise<RowResult> {
  const dist = await distEntry(ctx)
  const runs = Math.max(MIN_STARTUP_RUNS, ctx.runs)
  const toActivity: number[] = []
  const toJournalStart: number[] = []
  const toExit: number[] = []
  const bareNode: number[] = []
  for (let i = 0; i <= runs; i++) {
    // Node's own start-up, interleaved so machine load weighs on both alike: the floor.
    const bare = await spawnBare()
    if (i > 0) bareNode.push(bare)
    const ws = await workspaceWith({ 'experiments/stamp.json': STAMP_EXPERIMENT })
    try {
      // Nothing to publish: this row is about getting to the first activity.
      const env = await mainEnv(ws, 'http://127.0.0.1:9', {
        inputs: { comment: 'never', 'artifact-name': '', 'check-runs': 'false' }
      })
      const run = await spawnEntry(dist, ws, env)
      if (run.code !== 0)
        throw new Error(`dist/index.js exited ${run.code}\n${run.stdout}\n${run.stderr}`)
      const activity = (await onlyJournal(ws)).run[0]
      const stamp = Number(activity?.output?.stdout.trim())
      if (activity?.status !== 'succeeded' || !Number.isFinite(stamp)) {
        throw new Error(`the stamp activity did not run: ${JSON.stringify(activity)}`)
      }
      if (i === 0) continue // warm-up: page cache, first-run effects
      toActivity.push(stamp / 1e6 - run.spawnedAt)
      // Journal times carry their zone (+00:00); chaostoolkit's own ones may not: those are UTC.
      const zoned = /(Z|[+-]\d\d:\d\d)$/.test(activity.start)
      const start = Date.parse(zoned ? activity.start : `${activity.start}Z`)
      if (Number.isFinite(start)) toJournalStart.push(start - run.spawnedAt)
      toExit.push(run.exitedAt - run.spawnedAt)
    } finally {
      await rm(ws.dir, { recursive: true, force: true })
    }
  }
  const ms = (v: number): string => `${v.toFixed(0)} ms`
  return {
    ours: median(toActivity),
    unit: 'ms',
    note:
      `median of ${runs} runs after a warm-up (min ${ms(Math.min(...toActivity))}, max ` +
      `${ms(Math.max(...toActivity))}): spawn of node dist/index.js to the first activity's own ` +
      `wall-clock stamp (date +%s%N); the journal's activity start says ${ms(median(toJournalStart))}; ` +
      `whole step to exit ${ms(median(toExit))}; floor: node -e '' spawn to exit ` +
      `${ms(median(bareNode))}`
  }
}

const TIMING = /^::debug::timing: (.+): ([\d.]+) ms$/gm

function timings(stdout: string): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of stdout.matchAll(TIMING)) out.set(m[1]!, Number(m[2]))
  return out
}

/** 50 experiments, 10 of them deviating (so there are annotations and failed check runs). */
const EXPERIMENTS = 50
const DEVIATING = 10

async function reporting50(ctx: BenchContext): Promise<RowResult> {
  const runs = Math.max(3, ctx.runs)
  // Before any server starts: a throw after that would leave them keeping the process alive.
  const dist = await distEntry(ctx)
  const target = await startTargetService()
  const github = await startGitHubServer().catch(async (error: unknown) => {
    await target.close()
    throw error
  })
  const artifacts = await startArtifactServer().catch(async (error: unknown) => {
    await Promise.all([target.close(), github.close()])
    throw error
  })
  // The sticky comment must be found among other people's comments, over more than one page.
  github.seedComments(REPOSITORY.owner, REPOSITORY.repo, PR, 120)
  const files: Record<string, string> = {}
  for (let i = 0; i < EXPERIMENTS; i++) {
    const n = String(i + 1).padStart(2, '0')
    files[`experiments/e${n}.yaml`] = experimentYaml(target, {
      title: `Experiment ${n}`,
      ...(i % (EXPERIMENTS / DEVIATING) === 0 ? { methodPath: '/fault/on' } : {})
    })
  }
  let entry = dist
  const samples: number[] = []
  const phases: Map<string, number>[] = []
  let checkRunsSeen = 0
  try {
    for (let i = 0; i <= runs; i++) {
      const ws = await workspaceWith(files)
      try {
        const env = await mainEnv(ws, github.url, {
          inputs: {
            comment: 'always',
            'check-runs': 'true',
            'artifact-name': `bench-${i}`,
            'rollback-strategy': 'always'
          },
          env: { ...artifacts.env, RUNNER_DEBUG: '1' }
        })
        const before = github.checkRuns.length
        const run = await spawnEntry(entry, ws, env)
        const outputs = parseFileCommands(await readFile(ws.outputFile, 'utf8'))
        if (
          run.code !== 1 ||
          outputs.verdict !== 'deviated' ||
          outputs['not-passed'] !== String(DEVIATING)
        ) {
          throw new Error(
            `expected a failed step with ${DEVIATING} deviations, got exit ${run.code}, verdict ` +
              `${outputs.verdict}, not-passed ${outputs['not-passed']}\n${run.stderr}`
          )
        }
        let phase = timings(run.stdout)
        if (!phase.has('reporting') && entry === dist) {
          // dist/ was built before the timing hook in src/action/main.ts: time the source.
          entry = SRC_ENTRY
          i--
          continue
        }
        const total = phase.get('reporting')
        if (total === undefined) throw new Error('no ::debug::timing: reporting line in the output')
        if (!outputs['comment-url'] || !outputs['artifact-url']) {
          throw new Error(`comment or artifact missing: ${JSON.stringify(outputs)}`)
        }
        checkRunsSeen = github.checkRuns.length - before
        if (checkRunsSeen !== EXPERIMENTS) {
          throw new Error(`${checkRunsSeen} check runs for ${EXPERIMENTS} experiments`)
        }
        if (i === 0) continue // warm-up: the server compiles its validators on first use
        samples.push(total)
        phase = new Map([...phase].filter(([k]) => k !== 'reporting'))
        phases.push(phase)
      } finally {
        await rm(ws.dir, { recursive: true, force: true })
      }
    }
    if (github.violations.length > 0) {
      throw new Error(`OpenAPI violations: ${JSON.stringify(github.violations.slice(0, 3))}`)
    }
    if (artifacts.violations.length > 0) {
      throw new Error(`artifact protocol violations: ${artifacts.violations.join('; ')}`)
    }
    if (github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR).length !== 121) {
      throw new Error('the sticky comment was not updated in place')
    }
  } finally {
    await target.close()
    await github.close()
    await artifacts.close()
  }
  const names = [...(phases[0]?.keys() ?? [])]
  const breakdown = names
    .map((name) => `${name} ${median(phases.map((p) => p.get(name) ?? 0)).toFixed(0)} ms`)
    .join(', ')
  return {
    ours: median(samples),
    unit: 'ms',
    note:
      `median of ${runs} runs after a warm-up, ${entry === dist ? 'dist/index.js' : 'src/index.ts (dist/ printed no timing lines)'}; ` +
      `${EXPERIMENTS} experiments (${DEVIATING} deviating), ${checkRunsSeen} check runs, comment found ` +
      `past 120 others; phases: ${breakdown}`
  }
}

export const actionRows: BenchRow[] = [
  {
    id: 'action-startup',
    title: 'action start-up: node dist/index.js to first activity (ours absolute)',
    target: { kind: 'absolute', max: 300 },
    measure: startup
  },
  {
    id: 'action-report-50',
    title: 'action reporting phase, 50 experiments, local GitHub (ours absolute)',
    target: { kind: 'absolute', max: 2000 },
    measure: reporting50
  }
]

if (import.meta.main) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, strict: { type: 'boolean', default: false } }
  })
  const scratch = await mkdtemp(join(tmpdir(), 'chaos-bench-action-'))
  const ctx: BenchContext = {
    runs: Math.max(1, Number(values.runs) || 7),
    chaos: '',
    ours: [NODE, join(ROOT, 'dist', 'cli.js')],
    env: process.env,
    scratch,
    python: ''
  }
  // Like bench/run.ts: a benchmark exits 0 whatever the numbers, unless --strict (or it broke).
  let failed = false
  let broken = false
  try {
    for (const row of actionRows) {
      const max = row.target.kind === 'absolute' ? row.target.max : Infinity
      try {
        const result = await row.measure(ctx)
        const pass = result.ours < max
        failed ||= !pass
        console.log(
          `${row.id}: ${result.ours.toFixed(1)} ${result.unit} (target < ${max} ms) ${pass ? 'PASS' : 'FAIL'}`
        )
        if (result.note) console.log(`  ${result.note}`)
      } catch (error) {
        broken = true
        console.log(`${row.id}: ERROR ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
  if (broken || (values.strict && failed)) process.exitCode = 1
}
