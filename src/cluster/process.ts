import { spawn } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import type { Logger } from '../engine/logger.ts'

export interface CommandResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
}

const MAX_CAPTURE = 1024 * 1024

/**
 * Runs a program (no shell unless the caller asks for /bin/sh), streaming its stderr lines to the
 * logger, with a hard time limit: the process group is killed when it passes.
 */
export function runCommand(
  file: string,
  args: readonly string[],
  o: {
    env?: NodeJS.ProcessEnv
    cwd?: string
    timeoutMs: number
    logger?: Logger
    signal?: AbortSignal
    /** Log stdout lines too (for user commands). */
    echoStdout?: boolean
  }
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      env: o.env ?? process.env,
      ...(o.cwd ? { cwd: o.cwd } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const lines = (chunk: Buffer, into: 'out' | 'err') => {
      const text = chunk.toString('utf8')
      if (into === 'out') {
        if (stdout.length < MAX_CAPTURE) stdout += text
        if (!o.echoStdout) return
      } else if (stderr.length < MAX_CAPTURE) stderr += text
      for (const line of text.split('\n')) if (line.trim()) o.logger?.info(line.trimEnd())
    }
    child.stdout.on('data', (c: Buffer) => lines(c, 'out'))
    child.stderr.on('data', (c: Buffer) => lines(c, 'err'))
    const kill = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
    const timer = setTimeout(() => {
      timedOut = true
      kill()
    }, o.timeoutMs)
    const onAbort = () => kill()
    o.signal?.addEventListener('abort', onAbort, { once: true })
    child.on('error', (error) => {
      clearTimeout(timer)
      o.signal?.removeEventListener('abort', onAbort)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      o.signal?.removeEventListener('abort', onAbort)
      resolve({ code, signal, stdout, stderr, timedOut })
    })
  })
}

/** The first executable called `name` on PATH, like `which`. */
export async function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env
): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, name)
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** The last lines of a command's output, for error messages. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}
