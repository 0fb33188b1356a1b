import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { constants as osConstants, homedir } from 'node:os'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { ActivityFailed } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import { pyStr } from '../../engine/py.ts'
import type { ProviderSpec } from '../../engine/types.ts'
import type { ActivityContext, Provider, ValidateContext } from '../../engine/provider.ts'
import { RUN_ID_VAR, endGroup } from './group.ts'

export interface ProcessOutput {
  status: number
  stdout: string
  stderr: string
}

/** `os.path.expanduser`: a leading `~` or `~/` is the home directory. */
export function expandUser(path: string, home = homedir()): string {
  if (path === '~') return home
  if (path.startsWith('~/')) return join(home, path.slice(2))
  return path
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * `shutil.which`: a name with a slash is checked as given (relative to the working directory),
 * a bare name is looked up on PATH. Returns undefined when nothing executable is found.
 */
export function which(command: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (command === '') return undefined
  if (command.includes('/')) {
    const full = isAbsolute(command) ? command : resolve(command)
    return isExecutableFile(full) ? full : undefined
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir === '' ? '.' : dir, command)
    if (isExecutableFile(candidate)) return candidate
  }
  return undefined
}

// Resolved paths by (PATH, cwd, command): 200 activities of `true` would otherwise stat every
// PATH directory 400 times (validation and run). Only hits are kept, and a hit is re-checked (one
// file, not the whole PATH), so a program removed since is reported as chaostoolkit does.
const resolved = new Map<string, string>()
const RESOLVED_MAX = 1024

function whichCached(command: string): string | undefined {
  const key = `${process.env.PATH ?? ''}\0${command.includes('/') ? process.cwd() : ''}\0${command}`
  const hit = resolved.get(key)
  if (hit !== undefined && isExecutableFile(hit)) return hit
  const found = which(command)
  if (found !== undefined) {
    if (resolved.size >= RESOLVED_MAX) resolved.clear()
    resolved.set(key, found)
  }
  return found
}

/** chaostoolkit turns list (and deprecated dict) arguments into argv, dropping None and "". */
export function processArgv(args: unknown): string[] {
  let items: unknown[]
  if (args === undefined || args === null) items = []
  else if (Array.isArray(args)) items = args
  else if (typeof args === 'object') items = Object.entries(args).flat()
  else items = [args]
  return items.filter((a) => a !== null && a !== undefined && a !== '').map((a) => pyStr(a))
}

// How long a process gets between SIGTERM and SIGKILL when the run is interrupted.
const KILL_GRACE_MS = 1000

export const processProvider: Provider = {
  type: 'process',

  validate(spec: ProviderSpec, ctx: ValidateContext): ValidationIssue[] {
    const field = `/${[...ctx.path, 'path'].join('/')}`
    const location = ctx.locate([...ctx.path, 'path'])
    const raw = spec.path
    if (typeof raw !== 'string' || raw === '') {
      return [{ field, message: 'a process activity must have a path', location }]
    }
    const found = whichCached(expandUser(raw))
    if (found !== undefined) return []
    // Distinguish "exists but not executable" the way chaostoolkit's messages do.
    const direct = resolve(expandUser(raw))
    let exists = false
    try {
      exists = raw.includes('/') && statSync(direct).isFile()
    } catch {
      exists = false
    }
    return [
      {
        field,
        message: exists
          ? `no access permission to '${raw}', in activity '${ctx.activityName}'`
          : `path '${raw}' cannot be found, in activity '${ctx.activityName}'`,
        expected: exists
          ? 'an executable file (chmod +x)'
          : 'a command on PATH or a path to an executable',
        location
      }
    ]
  },

  async run(spec: ProviderSpec, ctx: ActivityContext): Promise<ProcessOutput> {
    const raw = typeof spec.path === 'string' ? spec.path : ''
    const path = whichCached(expandUser(raw))
    // Not an ActivityFailed: chaostoolkit aborts the experiment on a path it can't resolve.
    if (path === undefined) throw new Error(`path '${raw}' cannot be found`)

    const args = spec.arguments
    let file: string
    let argv: string[]
    if (typeof args === 'string') {
      // String arguments go through the shell, after the resolved path, as chaostoolkit does.
      file = '/bin/sh'
      argv = ['-c', `${path} ${args}`]
    } else {
      if (args !== null && typeof args === 'object' && !Array.isArray(args)) {
        ctx.logger.warning(
          `process arguments as a mapping are deprecated in activity '${ctx.activity.name}', use a list`
        )
      }
      file = path
      argv = processArgv(args)
    }
    const timeoutSeconds =
      typeof spec.timeout === 'number' && spec.timeout > 0 ? spec.timeout : null
    ctx.logger.debug(`running: ${[file, ...argv].join(' ')}`)

    const result = await new Promise<ProcessOutput | 'timeout' | 'aborted'>((done, fail) => {
      if (ctx.signal.aborted) return done('aborted')
      const job = startProcess(file, argv, ctx.runId)
      let pid: number | undefined
      let untrack: (() => void) | undefined
      let pendingSignal: NodeJS.Signals | undefined
      let outcome: 'timeout' | 'aborted' | undefined
      let killTimer: NodeJS.Timeout | undefined
      // The command runs in its own session and process group: a timeout or an interrupt kills
      // the shell and whatever it started.
      const killGroup = (sig: NodeJS.Signals): void => {
        if (pid === undefined) {
          pendingSignal = sig
          return
        }
        try {
          process.kill(-pid, sig)
        } catch {
          // Already gone.
        }
      }
      void job.pid.then((p) => {
        pid = p
        if (p !== undefined) untrack = trackGroup(ctx, p, raw)
        if (pendingSignal !== undefined) killGroup(pendingSignal)
      })
      const timer =
        timeoutSeconds === null
          ? undefined
          : setTimeout(() => {
              outcome = 'timeout'
              killGroup('SIGKILL')
            }, timeoutSeconds * 1000)
      const onAbort = (): void => {
        outcome ??= 'aborted'
        killGroup('SIGTERM')
        killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS)
      }
      ctx.signal.addEventListener('abort', onAbort, { once: true })
      const finish = (): void => {
        untrack?.()
        clearTimeout(timer)
        clearTimeout(killTimer)
        ctx.signal.removeEventListener('abort', onAbort)
      }
      job.result.then(
        ({ code, signal, stdout, stderr }) => {
          finish()
          // A process that ended on its own before our signal reached it ran to its end: its
          // result stands (a rollback that ran is not reported as cut by a late signal).
          if (outcome !== undefined && !endedOnItsOwn(code, signal)) return done(outcome)
          done({
            // Python reports a process killed by a signal as the negative signal number.
            status: code ?? -signalNumber(signal),
            stdout: stdout.toString('utf8'),
            stderr: stderr.toString('utf8')
          })
        },
        (e: unknown) => {
          finish()
          fail(e)
        }
      )
    })
    if (result === 'timeout') throw new ActivityFailed('process activity took too long to complete')
    if (result === 'aborted') throw new ActivityFailed('process activity was interrupted')
    if (!('tolerance' in ctx.activity) && result.status > 0) {
      ctx.logger.warning(
        'This process returned a non-zero exit code. This may indicate some error and not what ' +
          'you expected. Please have a look at the logs.'
      )
    }
    return result
  },

  /** Ends a process group a killed run left (recorded by trackGroup), if it is still that run's. */
  async cleanupPersisted(resource, ctx): Promise<void> {
    const data = resource.data as { pgid?: unknown; run_id?: unknown } | null
    if (typeof data?.pgid !== 'number' || typeof data.run_id !== 'string') {
      throw new Error(`unreadable process group record: ${JSON.stringify(resource.data)}`)
    }
    const ended = await endGroup(data.pgid, data.run_id, { signal: ctx.signal })
    ctx.logger.info(
      ended
        ? `ended process group ${data.pgid} left by run ${data.run_id}`
        : `process group ${data.pgid} of run ${data.run_id} is already gone`
    )
  }
}

/**
 * Records the activity's process group while it runs, so the post step or the next run can end
 * it if this process is killed. Returns the function that stops tracking it.
 */
function trackGroup(ctx: ActivityContext, pgid: number, command: string): () => void {
  return ctx.resources.track({
    provider: 'process',
    kind: 'process-group',
    description: `process group ${pgid} (${command}, activity '${ctx.activity.name}')`,
    data: { pgid, run_id: ctx.runId },
    undo: async (signal) => {
      await endGroup(pgid, ctx.runId, { signal })
    }
  })
}

interface SpawnedJob {
  /** The pid once spawned (the process group to signal). */
  pid: Promise<number | undefined>
  result: Promise<{
    code: number | null
    signal: NodeJS.Signals | null
    stdout: Buffer
    stderr: Buffer
  }>
}

/**
 * Starts a command the way chaostoolkit's subprocess.run does (stdin /dev/null, stdout and stderr
 * read to EOF), in its own session so a timeout or an interrupt can kill its whole group.
 */
function startProcess(file: string, argv: string[], runId: string): SpawnedJob {
  const child = spawn(file, argv, {
    // The run id marks the group as ours, for whoever ends it after a kill (see group.ts).
    env: { ...process.env, [RUN_ID_VAR]: runId },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (b: Buffer) => out.push(b))
  child.stderr.on('data', (b: Buffer) => err.push(b))
  let onPid: (pid: number | undefined) => void = () => undefined
  const pid = new Promise<number | undefined>((resolve) => (onPid = resolve))
  const result = new Promise<Awaited<SpawnedJob['result']>>((resolve, reject) => {
    child.on('spawn', () => onPid(child.pid))
    child.on('error', (e) => {
      onPid(child.pid)
      reject(e)
    })
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) })
    )
  })
  return { pid, result }
}

/** Exited with a code, and not the 128+n a shell reports for a death by SIGTERM or SIGKILL. */
function endedOnItsOwn(code: number | null, signal: NodeJS.Signals | null): boolean {
  if (signal !== null || code === null) return false
  return code !== 128 + signalNumber('SIGTERM') && code !== 128 + signalNumber('SIGKILL')
}

function signalNumber(signal: NodeJS.Signals | null): number {
  if (signal === null) return 0
  return (osConstants.signals as Record<string, number>)[signal] ?? 0
}
