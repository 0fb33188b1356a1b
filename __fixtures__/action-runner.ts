/**
 * Runs the action's entry files the way the GitHub runner does, for tests: INPUT_* variables (with
 * the action.yml defaults filled in, hyphens kept), an event payload file, and the GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY and GITHUB_STATE files, whose contents are parsed back. The post step gets
 * STATE_* variables from the state file, like the runner gives them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { parse } from 'yaml'

export const ROOT = resolve(import.meta.dirname, '..')
/** Node 24, the version `runs.using: node24` gets. */
export const NODE = join(ROOT, 'node_modules', '.bin', 'node')

interface ActionYml {
  inputs: Record<string, { default?: string }>
}

/** The defaults the runner would pass for inputs the workflow leaves out. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const spec = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as ActionYml
  const out: Record<string, string> = {}
  for (const [name, input] of Object.entries(spec.inputs)) {
    let value = String(input.default ?? '')
    // The runner evaluates expressions in defaults; this is the only one we use.
    if (value === '${{ github.token }}') value = 'ghs_testtoken0000000000000000000000000000'
    out[name] = value
  }
  return out
}

export interface InstalledAction {
  /** The action's directory, like the runner's `_actions/<owner>/<repo>/<ref>`. */
  dir: string
  /** Its `runs.main` and `runs.post` entries. */
  main: string
  post: string
}

/**
 * Copies action.yml and dist/ under `parent`, laid out like the runner's checkout of the action:
 * no node_modules beside the bundle, so it must carry everything. A copy taken while dist/ is being
 * rebuilt has files importing chunks it lacks: then it copies again (bounded, 10 tries 1 s apart).
 */
export async function installBuiltAction(parent: string): Promise<InstalledAction> {
  const dir = join(parent, '_actions', 'org', 'chaos-action', 'v1')
  const action = { dir, main: join(dir, 'dist', 'index.js'), post: join(dir, 'dist', 'post.js') }
  let missing: string[] = []
  for (let attempt = 0; attempt < 10; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 1_000))
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await cp(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true })
    await cp(join(ROOT, 'action.yml'), join(dir, 'action.yml'))
    missing = [action.main, action.post].filter((f) => !existsSync(f))
    const files = await readdir(join(dir, 'dist'), { recursive: true })
    for (const file of files.filter((f) => f.endsWith('.js')).map((f) => join(dir, 'dist', f))) {
      const text = await readFile(file, 'utf8')
      // Only esbuild's own chunk names: bundled sources mention other paths in strings.
      for (const m of text.matchAll(/["'](\.\/(?:chunks\/)?[\w-]+-[A-Z0-9]{8}\.js)["']/g)) {
        const target = resolve(dirname(file), m[1]!)
        if (!existsSync(target)) missing.push(target)
      }
    }
    if (missing.length === 0) return action
  }
  throw new Error(`dist/ stayed incomplete (being rebuilt?): missing ${missing.join(', ')}`)
}

/** The repository of the event payload (__fixtures__/pull-request-event.json, GitHub's example). */
export const REPOSITORY = { owner: 'octocat', repo: 'Hello-World' }
export const HEAD_SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'

/** GitHub's example pull_request payload, for pull request `number`. */
export async function pullRequestEvent(number = 1347): Promise<Record<string, unknown>> {
  const text = await readFile(join(ROOT, '__fixtures__', 'pull-request-event.json'), 'utf8')
  const event = JSON.parse(text) as { number: number; pull_request: { number: number } }
  event.number = number
  event.pull_request.number = number
  return event as unknown as Record<string, unknown>
}

export interface Workspace {
  dir: string
  outputFile: string
  summaryFile: string
  stateFile: string
  eventFile: string
}

export async function createWorkspace(event: Record<string, unknown>): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-action-'))
  const ws: Workspace = {
    dir,
    outputFile: join(dir, '_runner', 'output.txt'),
    summaryFile: join(dir, '_runner', 'summary.md'),
    stateFile: join(dir, '_runner', 'state.txt'),
    eventFile: join(dir, '_runner', 'event.json')
  }
  await mkdir(join(dir, '_runner'), { recursive: true })
  await Promise.all([
    writeFile(ws.outputFile, ''),
    writeFile(ws.summaryFile, ''),
    writeFile(ws.stateFile, ''),
    writeFile(ws.eventFile, JSON.stringify(event, null, 2))
  ])
  return ws
}

/** Parses a GITHUB_OUTPUT / GITHUB_STATE file (`key<<delimiter` blocks); a later key wins. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (line === '') continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delimiter] = heredoc
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!)
      out[key!] = value.join('\n')
    } else {
      const eq = line.indexOf('=')
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1)
    }
  }
  return out
}

export interface StepResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** Milliseconds from spawn to exit. */
  elapsed: number
}

export interface StepOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  eventName?: string
  /** Called once the process is spawned (to send signals). */
  onSpawn?: (child: ChildProcess, output: { stdout: () => string }) => void
  /** Kill (SIGKILL) after this long: a test must never hang. */
  timeoutMs?: number
  /**
   * The entry file, absolute or relative to the repository root: the source entries by default,
   * or the bundles the runner runs (`dist/index.js`, `dist/post.js`).
   */
  entry?: string
}

function baseEnv(ws: Workspace, eventName: string, apiUrl: string): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']
  const env: Record<string, string> = {}
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key]!
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: ws.eventFile,
    GITHUB_OUTPUT: ws.outputFile,
    GITHUB_STEP_SUMMARY: ws.summaryFile,
    GITHUB_STATE: ws.stateFile,
    GITHUB_REPOSITORY: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
    GITHUB_REPOSITORY_OWNER: REPOSITORY.owner,
    // The merge commit: check runs must go to the PR head instead.
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/pull/1347/merge',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'chaos',
    GITHUB_WORKFLOW: 'E2E',
    GITHUB_ACTION: 'chaos',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    RUNNER_TEMP: join(ws.dir, '_runner'),
    RUNNER_OS: 'Linux'
  }
}

async function runEntry(
  entry: string,
  ws: Workspace,
  env: Record<string, string>,
  opts: StepOptions
): Promise<StepResult> {
  const started = Date.now()
  const child = spawn(NODE, [resolve(ROOT, entry)], { cwd: ws.dir, env, stdio: 'pipe' })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  opts.onSpawn?.(child, { stdout: () => stdout })
  const killer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000)
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('exit', (c, s) => done([c, s]))
  )
  clearTimeout(killer)
  await new Promise((r) => setImmediate(r))
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(await readFile(ws.outputFile, 'utf8')),
    state: parseFileCommands(await readFile(ws.stateFile, 'utf8')),
    summary: await readFile(ws.summaryFile, 'utf8'),
    elapsed: Date.now() - started
  }
}

function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  // The runner upper-cases the name and keeps hyphens (INPUT_FAIL-ON).
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

/**
 * The main step: `node src/index.ts` (or `opts.entry`) with inputs = action.yml defaults +
 * `opts.inputs`.
 */
export async function runMain(
  ws: Workspace,
  apiUrl: string,
  opts: StepOptions = {}
): Promise<StepResult> {
  return runEntry(opts.entry ?? 'src/index.ts', ws, await mainEnv(ws, apiUrl, opts), opts)
}

/**
 * The environment the runner gives the main step (runner variables, INPUT_* from the action.yml
 * defaults + `opts.inputs`, then `opts.env`), for callers that spawn the entry themselves.
 */
export async function mainEnv(
  ws: Workspace,
  apiUrl: string,
  opts: Pick<StepOptions, 'inputs' | 'env' | 'eventName'> = {}
): Promise<Record<string, string>> {
  const inputs = { ...(await actionDefaults()), ...opts.inputs }
  return {
    ...baseEnv(ws, opts.eventName ?? 'pull_request', apiUrl),
    ...inputEnv(inputs),
    ...opts.env
  }
}

/** The post step (`src/post.ts` or `opts.entry`): same inputs, plus STATE_* from what main saved. */
export async function runPost(
  ws: Workspace,
  apiUrl: string,
  opts: StepOptions = {}
): Promise<StepResult> {
  const inputs = { ...(await actionDefaults()), ...opts.inputs }
  const saved = parseFileCommands(await readFile(ws.stateFile, 'utf8'))
  const stateEnv: Record<string, string> = {}
  for (const [key, value] of Object.entries(saved)) stateEnv[`STATE_${key}`] = value
  // The post step gets a fresh state file of its own.
  await writeFile(ws.stateFile, '')
  const env = {
    ...baseEnv(ws, opts.eventName ?? 'pull_request', apiUrl),
    ...inputEnv(inputs),
    ...stateEnv,
    ...opts.env
  }
  return runEntry(opts.entry ?? 'src/post.ts', ws, env, opts)
}

/** The workflow commands (annotations) printed on stdout, parsed. */
export function annotations(
  stdout: string
): { level: string; props: Record<string, string>; message: string }[] {
  const out: { level: string; props: Record<string, string>; message: string }[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const props: Record<string, string> = {}
    for (const part of (m[2] ?? '').split(',')) {
      const eq = part.indexOf('=')
      if (eq > 0) props[part.slice(0, eq)] = decodeURIComponent(part.slice(eq + 1))
    }
    out.push({ level: m[1]!, props, message: decodeURIComponent(m[3]!) })
  }
  return out
}

/**
 * The service the test experiments probe: `/health` answers 200, or 503 while the fault is on;
 * `/fault/on` and `/fault/off` switch it (the method's action and the rollback). Every request is
 * recorded, so a test can tell which activities ran.
 */
export interface TargetService {
  url: string
  hits: string[]
  faulty: boolean
  close(): Promise<void>
}

export async function startTargetService(): Promise<TargetService> {
  const { createServer } = await import('node:http')
  const target: TargetService = { url: '', hits: [], faulty: false, close: async () => {} }
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!
    target.hits.push(`${req.method} ${path}`)
    if (path === '/fault/on') target.faulty = true
    if (path === '/fault/off') target.faulty = false
    const status = path === '/health' && target.faulty ? 503 : 200
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ ok: status === 200, path }))
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address() as { port: number }
  target.url = `http://127.0.0.1:${address.port}`
  target.close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections()
      server.close(() => done())
    })
  return target
}

export interface ExperimentSpec {
  title: string
  /** The method's action: which path it calls (`/fault/on` breaks the service). */
  methodPath?: string
  /** Extra method activities, as YAML list items (already indented by 2). */
  extraMethod?: string
  /** Rollbacks, as YAML list items; default: one that calls /fault/off. */
  rollbacks?: string
}

/** A YAML experiment: hypothesis "health is 200", a method action, a rollback. */
export function experimentYaml(target: TargetService, spec: ExperimentSpec): string {
  const rollbacks =
    spec.rollbacks ??
    `  - type: action
    name: switch-fault-off
    provider:
      type: http
      url: ${target.url}/fault/off
      method: POST
`
  return `title: ${spec.title}
description: the service answers while its dependency fails
steady-state-hypothesis:
  title: service is healthy
  probes:
    - type: probe
      name: health-is-200
      tolerance: 200
      provider:
        type: http
        url: ${target.url}/health
        timeout: 5
method:
  - type: action
    name: call-${(spec.methodPath ?? '/noop').replace(/\W+/g, '-').replace(/^-|-$/g, '')}
    provider:
      type: http
      url: ${target.url}${spec.methodPath ?? '/noop'}
      method: POST
${spec.extraMethod ?? ''}rollbacks:
${rollbacks}`
}
