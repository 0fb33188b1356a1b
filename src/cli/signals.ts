import type { Logger } from '../engine/logger.ts'

export interface SignalControl {
  /** Aborted by the first SIGINT/SIGTERM: the run stops, rollbacks run, journals are written. */
  signal: AbortSignal
  /** Aborted by a second signal or when the grace period runs out: stop everything now. */
  hardSignal: AbortSignal
  readonly interrupted: boolean
  dispose(): void
}

export interface SignalOptions {
  /** After the first signal, abort `hardSignal` after this long. */
  graceMs?: number
  /** After the first signal, exit the process after this long whatever is still running. */
  exitMs?: number
  /** Exit code for a forced exit. */
  exitCode?: number
}

/**
 * First SIGINT/SIGTERM: a graceful stop (rollbacks, journals). Second one, or `graceMs` later:
 * the hard stop. `exitMs` after the first signal the process exits regardless, which keeps us
 * inside GitHub's cancellation window (SIGINT, SIGTERM 7.5 s later, kill 2.5 s after that).
 */
export function installSignalHandlers(logger: Logger, options: SignalOptions = {}): SignalControl {
  const graceMs = options.graceMs ?? 7000
  const exitMs = options.exitMs ?? 9500
  const soft = new AbortController()
  const hard = new AbortController()
  const timers: NodeJS.Timeout[] = []
  let count = 0

  const onSignal = (name: NodeJS.Signals): void => {
    count++
    if (count === 1) {
      logger.warning(
        `${name} received: stopping the run; rollbacks run and journals are written. ` +
          'Send it again to stop at once.'
      )
      soft.abort(new Error(`interrupted by ${name}`))
      timers.push(
        setTimeout(() => {
          if (!hard.signal.aborted) {
            logger.warning(`still running ${graceMs / 1000} s after ${name}: stopping at once`)
            hard.abort(new Error('grace period over'))
          }
        }, graceMs).unref(),
        setTimeout(() => {
          process.stderr.write(
            `chaos-action: did not stop within ${exitMs / 1000} s of ${name}; exiting\n`
          )
          process.exit(options.exitCode ?? 1)
        }, exitMs).unref()
      )
    } else if (count === 2) {
      logger.warning(`second signal (${name}): stopping at once`)
      hard.abort(new Error(`interrupted twice by ${name}`))
    } else {
      process.exit(options.exitCode ?? 1)
    }
  }

  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    get interrupted() {
      return count > 0
    },
    dispose() {
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      // The exit timer stays: it is unref'd, and still bounds a process kept alive by a leak.
    }
  }
}
