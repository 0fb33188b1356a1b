/**
 * Runs one parity case through chaostoolkit and through our CLI, and boils each journal down to
 * the fields the suite compares (statuses, verdict fields, which activities and rollbacks ran).
 */
import { spawn, execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ParityCase } from './cases.ts'
import { PARITY_ENV, PARITY_SECRETS } from './cases.ts'
import type { LoopbackServer } from './server.ts'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const CORPUS_DIR = join(REPO_ROOT, 'parity', 'corpus')

export type Engine = 'chaostoolkit' | 'ours'

export interface EngineRun {
  engine: Engine
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** The parsed journal, or null when the engine wrote none (chaostoolkit crashes do that). */
  journal: Record<string, unknown> | null
  stdout: string
  stderr: string
  ms: number
}

/**
 * Installs (or reuses) the chaostoolkit virtualenv and returns the `chaos` path. 'kubernetes' is
 * a second virtualenv that also holds chaostoolkit-kubernetes and chaostoolkit-prometheus.
 */
export function setupChaostoolkit(flavour: 'plain' | 'kubernetes' = 'plain'): string {
  const script = join(REPO_ROOT, 'scripts', 'setup-chaostoolkit.sh')
  const out = execFileSync('bash', [script, flavour], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 300_000
  })
  const path = out.trim().split('\n').pop() ?? ''
  if (!existsSync(path)) throw new Error(`setup-chaostoolkit.sh printed no chaos path: ${out}`)
  return path
}

/** How we start our own CLI: the bundle when the lead has built it, else the sources. */
export function ourCli(): { argv: string[]; label: string } {
  const dist = join(REPO_ROOT, 'dist', 'cli.js')
  const node = join(REPO_ROOT, 'node_modules', '.bin', 'node')
  const exe = existsSync(node) ? node : process.execPath
  if (process.env.PARITY_OURS !== 'src' && existsSync(dist)) {
    return { argv: [exe, dist], label: 'dist/cli.js' }
  }
  return { argv: [exe, join(REPO_ROOT, 'src', 'cli.ts')], label: 'src/cli.ts' }
}

export interface RunOptions {
  chaosPath: string
  /** chaostoolkit with chaostoolkit-kubernetes, for cases that ask for it. */
  chaosK8sPath?: string
  server: LoopbackServer
  /** Kill the engine after this long. */
  timeoutMs?: number
}

let runCounter = 0

/** Runs one case through one engine in a fresh working directory. */
export async function runEngine(
  engine: Engine,
  kase: ParityCase,
  options: RunOptions
): Promise<EngineRun> {
  // Taken before any await: concurrent runs must never share server state.
  runCounter += 1
  const runId = `${engine}-${process.pid}-${runCounter}`
  const cwd = await mkdtemp(join(tmpdir(), `parity-${engine}-`))
  try {
    for (const [name, content] of Object.entries(kase.executables ?? {})) {
      await writeFile(join(cwd, name), content)
      await chmod(join(cwd, name), 0o755)
    }
    const file = join(CORPUS_DIR, kase.file)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...PARITY_ENV,
      ...kase.env,
      PARITY_URL: options.server.runUrl(runId),
      // No colours or progress noise in captured output.
      NO_COLOR: '1'
    }
    let argv: string[]
    let journalPath: string
    if (engine === 'chaostoolkit') {
      journalPath = join(cwd, 'journal.json')
      const chaos = kase.chaostoolkit === 'kubernetes' ? options.chaosK8sPath : options.chaosPath
      if (chaos === undefined) throw new Error(`${kase.name} needs the kubernetes chaostoolkit`)
      argv = [
        chaos,
        '--no-version-check',
        '--no-log-file',
        '--settings',
        join(cwd, 'no-settings.yaml'),
        'run',
        '--journal-path',
        journalPath,
        ...(kase.args ?? []),
        file
      ]
    } else {
      journalPath = join(cwd, 'journals')
      await mkdir(journalPath)
      argv = [
        ...ourCli().argv,
        'run',
        file,
        '--journal-dir',
        journalPath,
        '--json',
        ...(kase.args ?? []),
        ...(kase.ourArgs ?? [])
      ]
    }
    const result = await spawnCase(argv, cwd, env, kase.interruptWhen, options.timeoutMs ?? 60_000)
    const journal =
      engine === 'chaostoolkit' ? await readJson(journalPath) : await findJournal(journalPath)
    return { engine, journal, ...result }
  } finally {
    await rm(cwd, { recursive: true, force: true })
  }
}

async function spawnCase(
  argv: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  interruptWhen: string | undefined,
  timeoutMs: number
): Promise<Omit<EngineRun, 'engine' | 'journal'>> {
  const started = performance.now()
  const [cmd, ...args] = argv
  const child = spawn(cmd ?? '', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  let poller: NodeJS.Timeout | undefined
  if (interruptWhen !== undefined) {
    const marker = join(cwd, interruptWhen)
    let polls = 0
    // Bounded: 25 ms polls for at most 30 s.
    poller = setInterval(() => {
      polls += 1
      if (existsSync(marker)) {
        clearInterval(poller)
        // Let the next activity start before interrupting it.
        setTimeout(() => child.kill('SIGINT'), 300)
      } else if (polls > 1200) {
        clearInterval(poller)
      }
    }, 25)
  }
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolveExit, reject) => {
      child.on('error', reject)
      child.on('close', (code, sig) => resolveExit([code, sig]))
    }
  )
  clearTimeout(killer)
  if (poller) clearInterval(poller)
  return { exitCode, signal, stdout, stderr, ms: performance.now() - started }
}

async function readJson(path: string): Promise<Record<string, unknown> | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
  } catch {
    return null
  }
}

/** Our CLI names its journals itself: take the one journal in the directory tree. */
async function findJournal(dir: string): Promise<Record<string, unknown> | null> {
  let entries: string[]
  try {
    entries = (await readdir(dir, { recursive: true })).map(String)
  } catch {
    return null
  }
  for (const entry of entries.filter((e) => e.endsWith('.json')).sort()) {
    const data = await readJson(join(dir, entry))
    if (data && 'steady_states' in data && 'run' in data) return data
  }
  return null
}

// ---------------------------------------------------------------------------------------------
// What we compare

export interface ActivitySummary {
  name: string
  status: string | null
  tolerance_met?: boolean | null
}

export interface StateSummary {
  met: boolean
  probes: ActivitySummary[]
}

export interface JournalSummary {
  status: string
  deviated: boolean
  before: StateSummary | null
  after: StateSummary | null
  during: StateSummary[]
  run: ActivitySummary[]
  rollbacks: ActivitySummary[]
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

function activitySummary(entry: unknown, withTolerance: boolean): ActivitySummary {
  const run = asRecord(entry)
  const activity = asRecord(run.activity)
  const summary: ActivitySummary = {
    name: typeof activity.name === 'string' ? activity.name : '?',
    status: typeof run.status === 'string' ? run.status : null
  }
  if (withTolerance) {
    summary.tolerance_met = typeof run.tolerance_met === 'boolean' ? run.tolerance_met : null
  }
  return summary
}

function stateSummary(state: unknown): StateSummary | null {
  if (state === null || state === undefined) return null
  const s = asRecord(state)
  const probes = Array.isArray(s.probes) ? s.probes : []
  return { met: s.steady_state_met === true, probes: probes.map((p) => activitySummary(p, true)) }
}

export function summarize(journal: Record<string, unknown>): JournalSummary {
  const states = asRecord(journal.steady_states)
  const during = Array.isArray(states.during) ? states.during : []
  const run = Array.isArray(journal.run) ? journal.run : []
  const rollbacks = Array.isArray(journal.rollbacks) ? journal.rollbacks : []
  return {
    status: String(journal.status),
    deviated: journal.deviated === true,
    before: stateSummary(states.before),
    after: stateSummary(states.after),
    during: during.map((d) => stateSummary(d)).filter((d): d is StateSummary => d !== null),
    run: run.map((r) => activitySummary(r, false)),
    rollbacks: rollbacks.map((r) => activitySummary(r, false))
  }
}

/** chaostoolkit's exit rule: 1 iff the status is not completed or the run deviated. */
export function chaostoolkitExit(summary: JournalSummary): number {
  return summary.status !== 'completed' || summary.deviated ? 1 : 0
}

export interface FieldDiff {
  field: string
  ours: string
  theirs: string
}

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined'

/**
 * Every compared field on which the two runs differ. `theirs` is chaostoolkit. A run without a
 * journal compares only on `journal` and `exit`.
 */
export function compareRuns(kase: ParityCase, ours: EngineRun, theirs: EngineRun): FieldDiff[] {
  const diffs: FieldDiff[] = []
  const add = (field: string, o: unknown, t: unknown): void => {
    if (show(o) !== show(t)) diffs.push({ field, ours: show(o), theirs: show(t) })
  }

  add('journal', ours.journal !== null, theirs.journal !== null)
  if (!ours.journal || !theirs.journal) {
    const ourExit = ours.journal ? chaostoolkitExit(summarize(ours.journal)) : ours.exitCode
    add('exit', ourExit, theirs.exitCode)
    addGate(diffs, ours, theirs)
    return diffs
  }
  const o = summarize(ours.journal)
  const t = summarize(theirs.journal)
  add('status', o.status, t.status)
  add('deviated', o.deviated, t.deviated)
  add('before.met', o.before?.met ?? null, t.before?.met ?? null)
  add('before.probes', o.before?.probes ?? null, t.before?.probes ?? null)
  add('after.met', o.after?.met ?? null, t.after?.met ?? null)
  add('after.probes', o.after?.probes ?? null, t.after?.probes ?? null)
  if ((kase.during ?? 'exact') === 'exact') {
    add('during.length', o.during.length, t.during.length)
    add('during', o.during, t.during)
  } else {
    add('during.present', o.during.length > 0, t.during.length > 0)
    add(
      'during.any-missed',
      o.during.some((d) => !d.met),
      t.during.some((d) => !d.met)
    )
  }
  if ((kase.runEntries ?? 'exact') === 'exact') {
    add('run', o.run, t.run)
  } else {
    // Timing decides how many activities start before fail-fast lands: compare what both ran.
    const n = Math.min(o.run.length, t.run.length)
    add('run.prefix', o.run.slice(0, n), t.run.slice(0, n))
    add('run.nonempty', o.run.length > 0, t.run.length > 0)
  }
  add('rollbacks', o.rollbacks, t.rollbacks)
  // Ours exits by verdict; compare the exit chaostoolkit would derive from our journal.
  add('exit', chaostoolkitExit(o), theirs.exitCode)
  add('secrets-in-journal', secretsIn(ours.journal), secretsIn(theirs.journal))
  addGate(diffs, ours, theirs)
  return diffs
}

/** Which of the corpus' secret values appear anywhere in a journal, in plain text. */
function secretsIn(journal: Record<string, unknown>): string[] {
  const text = JSON.stringify(journal)
  return Object.values(PARITY_SECRETS).filter((secret) => text.includes(secret))
}

/** The CI gate: does each tool's own exit status pass the job? */
function addGate(diffs: FieldDiff[], ours: EngineRun, theirs: EngineRun): void {
  if (ours.exitCode === theirs.exitCode) return
  const verdicts = ourVerdicts(ours.stdout)
  diffs.push({
    field: 'ci',
    ours: `exit ${ours.exitCode} (${verdicts ? verdicts.join(',') : 'no --json output'})`,
    theirs: `exit ${theirs.exitCode}`
  })
}

/** The verdicts our `run --json` printed, or null when stdout is not that JSON. */
export function ourVerdicts(stdout: string): string[] | null {
  try {
    const list = JSON.parse(stdout) as unknown
    if (!Array.isArray(list)) return null
    return list.map((item) => String(asRecord(item).verdict))
  } catch {
    return null
  }
}
