/**
 * The one way tests run the `chaos-action` CLI: src/cli.ts in a child process (type stripping),
 * from the repository root unless told otherwise, NO_COLOR set, bounded in time and output.
 */
import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const CLI_ENTRY = join(ROOT, 'src', 'cli.ts')

export interface CliRun {
  /** Exit status; -1 when it was killed (see `signal`). */
  code: number
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

export interface CliOptions {
  cwd?: string
  /** Added to (or, with undefined values, removed from) this process's environment. */
  env?: Record<string, string | undefined>
  /** Killed with SIGKILL after this long (default 60 s). */
  timeoutMs?: number
  /** Called on every stderr chunk with everything so far; `kill` sends a signal to the CLI. */
  onStderr?: (text: string, kill: (signal: NodeJS.Signals) => void) => void
}

const MAX_OUTPUT = 16 * 1024 * 1024

export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
      cwd: options.cwd ?? ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < MAX_OUTPUT) stdout += d
    })
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < MAX_OUTPUT) stderr += d
      options.onStderr?.(stderr, (s) => child.kill(s))
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code: code ?? -1, signal, stdout, stderr, ms: performance.now() - started })
    })
  })
}
