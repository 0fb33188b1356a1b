/**
 * How a run stops, the same for the CLI and the action. GitHub cancels a job with SIGINT, SIGTERM
 * 7.5 s later and a kill 2.5 s after that; a terminal user presses Ctrl-C once, then again.
 * - First SIGINT/SIGTERM: the method stops (`signal`), rollbacks run and journals are written.
 * - `graceMs` later, or on a second signal: `hardSignal` stops the rollbacks too.
 * - `exitMs` after the first signal: `onForcedExit` writes what it can, then the process exits 1.
 * - The time limit: like a first signal, but the rollbacks get `timeoutGraceMs`.
 */
import { InterruptedError } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'

export interface RunStop {
  /** Aborted by the first signal or the time limit: the run stops, rollbacks still run. */
  signal: AbortSignal
  /** Aborted by a second signal or when the grace period runs out: stop everything now. */
  hardSignal: AbortSignal
  /** Why the run was stopped early ("received SIGINT"), or undefined. */
  readonly reason: string | undefined
  dispose(): void
}

export interface StopOptions {
  logger: Logger
  /** Minutes before the run is stopped; 0: no limit. */
  timeoutMinutes?: number
  /** How the front door names the time limit, for the message (`--timeout`, `timeout-minutes`). */
  timeoutName?: string
  /** After the first signal, abort `hardSignal` after this long. */
  graceMs?: number
  /** After the first signal, exit the process after this long whatever is still running. */
  exitMs?: number
  /** After the time limit, the rollbacks get this long. */
  timeoutGraceMs?: number
  /** Runs just before the forced exit (synchronous writes only). */
  onForcedExit?: () => void
}

export const STOP_DEFAULTS = {
  graceMs: 7_000,
  exitMs: 9_500,
  timeoutGraceMs: 60_000,
  // GitHub kills 2.5 s after its SIGTERM, whenever that comes: exit by then, on our own terms.
  afterSecondSignalMs: 2_000
} as const

export function installRunStop(options: StopOptions): RunStop {
  const { logger } = options
  const graceMs = options.graceMs ?? STOP_DEFAULTS.graceMs
  const exitMs = options.exitMs ?? STOP_DEFAULTS.exitMs
  const soft = new AbortController()
  const hard = new AbortController()
  const timers: NodeJS.Timeout[] = []
  let reason: string | undefined
  let count = 0

  const later = (ms: number, fn: () => void): void => {
    timers.push(setTimeout(fn, ms).unref())
  }
  const stopRollbacks = (why: string): void => {
    if (hard.signal.aborted) return
    logger.warning(`${why}: stopping the rollbacks still running`)
    // The reason becomes the journal's `stopped_by` and the cut rollback's exception.
    hard.abort(new InterruptedError(why))
  }
  let exiting = false
  const forcedExit = (after: string): void => {
    if (exiting) return
    exiting = true
    process.stderr.write(`chaos-action: did not stop within ${after}; exiting\n`)
    try {
      options.onForcedExit?.()
    } finally {
      process.exit(1)
    }
  }

  const onSignal = (name: NodeJS.Signals): void => {
    count++
    if (count === 1) {
      reason ??= `received ${name}`
      logger.warning(
        `${name} received: stopping the run; rollbacks run and journals are written. ` +
          'Send it again to stop at once.'
      )
      soft.abort(new InterruptedError(`the run was cancelled (${name})`))
      later(graceMs, () =>
        stopRollbacks(`the rollback budget of ${graceMs / 1000} s after ${name} running out`)
      )
      // The exit timer stays after dispose: it is unref'd, and bounds a process kept alive by a leak.
      setTimeout(() => forcedExit(`${exitMs / 1000} s`), exitMs).unref()
    } else if (count === 2) {
      stopRollbacks(`a second signal (${name})`)
      const bound = STOP_DEFAULTS.afterSecondSignalMs
      setTimeout(() => forcedExit(`${bound / 1000} s of the second signal`), bound).unref()
    } else {
      process.exit(1)
    }
  }

  const minutes = options.timeoutMinutes ?? 0
  if (minutes > 0) {
    later(minutes * 60_000, () => {
      const name = options.timeoutName ?? 'the time limit'
      reason ??= `${name} (${minutes} min) expired`
      logger.error(`${name} (${minutes} min) expired: stopping the run`)
      soft.abort(new InterruptedError(`${name} expired`))
      const graceAfterLimit = options.timeoutGraceMs ?? STOP_DEFAULTS.timeoutGraceMs
      later(graceAfterLimit, () =>
        stopRollbacks(
          `the rollback budget of ${graceAfterLimit / 1000} s after the time limit running out`
        )
      )
    })
  }

  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    get reason() {
      return reason
    },
    dispose() {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      for (const t of timers) clearTimeout(t)
    }
  }
}
