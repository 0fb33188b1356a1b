/**
 * The demo behind `npm run demo`: start the sample service, run examples/ through the CLI as a
 * newcomer would (two experiments through the service's own fault switch, two with the service
 * behind the fault-injecting proxy under background load, held to an SLO), check that the
 * verdicts are the expected ones, write the markdown and HTML reports, stop the service.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { access, readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { basename, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createDefaultRegistry } from '../providers/index.ts'
import { startSampleService } from './sample-service.ts'

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))

/** What each bundled example is expected to conclude. */
export const EXPECTED_VERDICTS: Readonly<Record<string, string>> = {
  'service-survives-latency.yaml': 'passed',
  'error-burst-deviates.yaml': 'deviated',
  'slo-holds-under-small-latency.yaml': 'passed',
  'slo-breaks-under-large-fault.yaml': 'deviated'
}

/** Providers the proxy-and-load examples need from the CLI's registry. */
export const DEMO_PROVIDERS = ['proxy', 'load'] as const

export interface DemoOptions {
  /** The CLI entry to run: dist/cli.js when built, src/cli.ts otherwise. */
  cli?: string
  examplesDir?: string
  journalDir?: string
  /** The HTML report; `report.html` in the journal directory by default. */
  htmlReport?: string
  /** The markdown report (with the Mermaid load charts); `summary.md` there by default. */
  markdownReport?: string
  cwd?: string
  /** Demo narration; the CLI's own output goes to `cliOutput`. */
  say?: (line: string) => void
  /** Where the CLI's human output (log and summary table) goes; the terminal by default. */
  cliOutput?: 'inherit' | 'capture'
  /** Upper bound on the CLI run. */
  timeoutMs?: number
}

export interface DemoResult {
  ok: boolean
  cliExitCode: number | null
  serviceUrl: string
  experiments: { file: string; title: string; verdict: string; journal: string | null }[]
  /** Mismatches between expected and actual verdicts, and missing journals. */
  problems: string[]
  /** The CLI's stderr when captured. */
  log: string
  /** Where the reports were written (as passed to the CLI, relative to cwd when relative). */
  htmlReport: string
  markdownReport: string
}

/** A port free right now on loopback, for the proxy the examples start. */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

export function defaultCliPath(): string {
  const built = join(ROOT, 'dist', 'cli.js')
  return existsSync(built) ? built : join(ROOT, 'src', 'cli.ts')
}

export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const say = options.say ?? ((line: string) => void process.stdout.write(`${line}\n`))
  const cwd = options.cwd ?? ROOT
  const cli = options.cli ?? defaultCliPath()
  // Relative to cwd, so file names and journal names read as a user would type them.
  const examplesDir = options.examplesDir ?? (cwd === ROOT ? 'examples/' : join(ROOT, 'examples'))
  const journalDir = options.journalDir ?? 'chaos-journals/'
  const htmlReport = options.htmlReport ?? join(journalDir, 'report.html')
  const markdownReport = options.markdownReport ?? join(journalDir, 'summary.md')

  // Fail with the reason rather than with the CLI's validation errors.
  const registry = createDefaultRegistry()
  const missing = DEMO_PROVIDERS.filter((type) => !registry.has(type))
  await registry.close()
  if (missing.length > 0) {
    const problem = `the CLI's provider registry lacks ${missing.join(' and ')} (src/providers/index.ts)`
    say(`✘ Demo cannot run: ${problem}`)
    return {
      ok: false,
      cliExitCode: null,
      serviceUrl: '',
      experiments: [],
      problems: [problem],
      log: '',
      htmlReport,
      markdownReport
    }
  }

  const service = await startSampleService({ port: 0 })
  try {
    say(`▶ Sample service listening on ${service.url}`)
    say(`▶ Running the experiments in ${examplesDir} with ${relative(cwd, cli) || cli}`)
    say(
      `  Expected: ${Object.entries(EXPECTED_VERDICTS)
        .map(([file, verdict]) => `${file} ${verdict}`)
        .join(', ')}`
    )
    say('')
    const run = await runCli(
      process.execPath,
      [
        cli,
        'run',
        // The demo's own examples by name: examples/ also holds ones that need a cluster.
        ...Object.keys(EXPECTED_VERDICTS).map((file) => join(examplesDir, file)),
        '--var',
        `base_url=${service.url}`,
        '--var',
        `proxy_port=${await freePort()}`,
        '--journal-dir',
        journalDir,
        '--report',
        markdownReport,
        '--html',
        htmlReport,
        '--json'
      ],
      { cwd, capture: options.cliOutput === 'capture', timeoutMs: options.timeoutMs ?? 120_000 }
    )

    const problems: string[] = []
    let experiments: DemoResult['experiments'] = []
    try {
      experiments = JSON.parse(run.stdout) as DemoResult['experiments']
      if (!Array.isArray(experiments)) throw new Error('not an array')
    } catch {
      problems.push(`the CLI did not print a JSON result list (exit ${run.code})`)
      experiments = []
    }
    for (const [file, expected] of Object.entries(EXPECTED_VERDICTS)) {
      const found = experiments.find((e) => basename(e.file) === file)
      if (!found) problems.push(`${file}: no result`)
      else if (found.verdict !== expected) {
        problems.push(`${file}: verdict ${found.verdict}, expected ${expected}`)
      }
    }
    for (const e of experiments) {
      if (!e.journal) problems.push(`${e.file}: no journal written`)
      else if (
        !(await access(resolve(cwd, e.journal)).then(
          () => true,
          () => false
        ))
      ) {
        problems.push(`${e.file}: journal ${e.journal} is missing`)
      }
    }
    // The CLI must exit 1: experiments deviated.
    if (run.code !== 1)
      problems.push(`the CLI exited ${run.code}, expected 1 (experiments deviated)`)
    for (const report of [htmlReport, markdownReport]) {
      const text = await readFile(resolve(cwd, report), 'utf8').catch(() => '')
      if (!text) problems.push(`the report ${report} was not written`)
    }
    if (service.fault().error_rate !== 0 || service.fault().latency_ms !== 0) {
      problems.push('the rollbacks did not remove the fault from the sample service')
    }

    say('')
    if (problems.length === 0) {
      say(
        '✔ Demo OK: the service survived 300 ms of latency and kept its SLO under a small proxy ' +
          'fault; the error burst and the large proxy fault deviated, as expected.'
      )
      say('  (The CLI exited 1 because experiments did not pass: that is what gates CI.)')
      say(`  Journals:     ${resolve(cwd, journalDir)}`)
      say(`  HTML report:  ${resolve(cwd, htmlReport)}  (open it in a browser; works offline)`)
      say(`  Markdown:     ${resolve(cwd, markdownReport)}  (what the PR comment shows)`)
    } else {
      say('✘ Demo failed: the verdicts are not the expected ones.')
      for (const p of problems) say(`  - ${p}`)
    }
    return {
      ok: problems.length === 0,
      cliExitCode: run.code,
      serviceUrl: service.url,
      experiments,
      problems,
      log: run.stderr,
      htmlReport,
      markdownReport
    }
  } finally {
    await service.close()
    say('▶ Sample service stopped')
  }
}

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

function runCli(
  node: string,
  args: string[],
  opts: { cwd: string; capture: boolean; timeoutMs: number }
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, args, {
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', opts.capture ? 'pipe' : 'inherit']
    })
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolvePromise({ code, stdout, stderr })
    })
  })
}
