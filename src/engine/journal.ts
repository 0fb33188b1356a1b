/**
 * Journal building blocks with chaostoolkit's exact shapes: ISO timestamps with microseconds and
 * `+00:00`, exceptions as traceback-like lists of lines, key order as chaoslib emits them.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, machine, release, type } from 'node:os'
import { ActivityFailed, errorMessage } from './errors.ts'
import { rollbackAccount } from './rollback-account.ts'
import type { SecretMasker } from './secret-masker.ts'
import type {
  ActivityRun,
  DocPath,
  Experiment,
  ExperimentStatus,
  Journal,
  PartialJournal,
  SteadyState
} from './types.ts'
import { CHAOSLIB_COMPAT_VERSION, VERSION } from '../version.ts'

/**
 * Why a run aborted, kept on the in-memory journal as a symbol property: it never reaches the
 * JSON (chaostoolkit's journal has no place for it) but lets the verdict name the error.
 */
export const ABORT_REASON: unique symbol = Symbol.for('chaos-action.abort-reason')

export function abortReason(journal: object): string | undefined {
  const value = (journal as { [ABORT_REASON]?: unknown })[ABORT_REASON]
  return typeof value === 'string' ? value : undefined
}

/**
 * A random (v4) UUID for a run. Read from /dev/urandom where there is one: loading node:crypto for
 * randomUUID costs a CLI start-up ~4 ms, a tenth of a short run.
 */
export function newRunId(): string {
  const bytes = Buffer.alloc(16)
  try {
    const fd = openSync('/dev/urandom', 'r')
    try {
      if (readSync(fd, bytes, 0, 16, null) !== 16) return globalThis.crypto.randomUUID()
    } finally {
      closeSync(fd)
    }
  } catch {
    return globalThis.crypto.randomUUID()
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const h = bytes.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Milliseconds since the epoch with sub-millisecond precision. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now()
}

/** `datetime.now(timezone.utc).isoformat()`: `2025-04-26T00:12:46.036684+00:00`. */
export function isoTimestamp(ms: number = preciseNow()): string {
  const whole = Math.floor(ms)
  const micros = Math.min(999, Math.floor((ms - whole) * 1000))
  return `${new Date(whole).toISOString().slice(0, 23)}${String(micros).padStart(3, '0')}+00:00`
}

/** Seconds between two `preciseNow()` readings, with microsecond precision like timedelta. */
export function secondsBetween(startMs: number, endMs: number): number {
  return Math.round((endMs - startMs) * 1000) / 1_000_000
}

/** `platform.platform()`-like: `Linux-6.8.0-1014-azure-x86_64-with-node24.1.0`. */
export function platformString(): string {
  return `${type()}-${release()}-${machine()}-with-node${process.versions.node}`
}

export function nodeName(): string {
  return hostname()
}

/**
 * The `exception` list of a failed activity. chaostoolkit stores `traceback.format_exception`
 * output; we keep its shape (a header, frames, and the exception line last) so tools that read
 * the last line keep working: `chaoslib.exceptions.ActivityFailed: <message>\n`.
 */
export function formatException(error: unknown, where: string): string[] {
  const lines = ['Traceback (most recent call last):\n', `  File "<chaos-action>", in ${where}\n`]
  const message = errorMessage(error)
  if (error instanceof ActivityFailed) {
    lines.push(`chaoslib.exceptions.ActivityFailed: ${message}\n`)
  } else {
    const name = error instanceof Error ? error.name || 'Error' : 'Error'
    lines.push(`${name}: ${message}\n`)
  }
  return lines
}

/** The last line of an `exception` list, without the type prefix, for messages. */
export function exceptionMessage(exception: readonly string[] | undefined): string | undefined {
  const last = exception?.[exception.length - 1]
  if (last === undefined) return undefined
  return last.replace(/\n$/, '').replace(/^chaoslib\.exceptions\.ActivityFailed: /, '')
}

/** The journal as written to disk: chaostoolkit's keys, then ours. */
export function journalFileContent(
  journal: Journal,
  extra: { runId: string; verdict: string }
): string {
  const rollbacks = rollbackAccount(journal)
  const withOurs = {
    ...journal,
    'x-chaos-action': {
      version: VERSION,
      run_id: extra.runId,
      verdict: extra.verdict,
      ...(rollbacks === undefined ? {} : { rollbacks })
    }
  }
  return `${JSON.stringify(withOurs, null, 2)}\n`
}

/**
 * The journal of a run still going (or killed): chaoslib's in-progress shape (`status: null`, no
 * `end`), marked `partial` with the verdict `running` under our key.
 */
export function partialJournalFileContent(journal: PartialJournal, runId: string): string {
  const withOurs = {
    ...journal,
    'x-chaos-action': { version: VERSION, run_id: runId, verdict: 'running', partial: true }
  }
  return `${JSON.stringify(withOurs, null, 2)}\n`
}

/** Writes through a temporary file and a rename: a kill leaves the old or the new file, whole. */
export function writeFileAtomicSync(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    writeFileSync(tmp, content)
    renameSync(tmp, path)
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
}

export function chaoslibVersion(): string {
  return CHAOSLIB_COMPAT_VERSION
}

/** A collision-free journal file name for an experiment path: `a/b/x.yaml` -> `a__b__x.journal.json`. */
export function journalFileName(file: string): string {
  const parts = file
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .map((p) => (p === '..' ? 'up' : p))
  const last = parts.pop() ?? 'experiment'
  parts.push(last.replace(/\.(ya?ml|json)$/i, ''))
  return `${parts.join('__').replace(/[^A-Za-z0-9._-]/g, '_')}.journal.json`
}

export function docPathKey(path: DocPath): string {
  return path.join('/')
}

/**
 * The journal with every secret masked (see SecretMasker), keeping the engine's own numbers and
 * booleans (durations, `deviated`, `steady_state_met`, `tolerance_met`) even when a secret happens
 * to equal one of them: they carry no secret and the verdict and reports are computed from them.
 * Every journal that leaves the engine, written, placeholder or in progress, goes through here.
 */
export function maskJournal<J extends Journal | PartialJournal>(
  journal: J,
  masker: SecretMasker
): J {
  if (masker.size === 0) return journal
  const masked = masker.maskDeep(journal)
  masked.deviated = journal.deviated
  if ('duration' in journal && 'duration' in masked) masked.duration = journal.duration
  const states = journal.steady_states
  const out = masked.steady_states
  if (states.before && out.before) keepState(states.before, out.before)
  if (states.after && out.after) keepState(states.after, out.after)
  states.during.forEach((s, i) => {
    const o = out.during[i]
    if (o) keepState(s, o)
  })
  keepRuns(journal.run, masked.run)
  keepRuns(journal.rollbacks, masked.rollbacks)
  const reason = abortReason(journal)
  if (reason !== undefined) {
    Object.defineProperty(masked, ABORT_REASON, { value: masker.mask(reason), enumerable: false })
  }
  return masked
}

function keepState(from: SteadyState, to: SteadyState): void {
  to.steady_state_met = from.steady_state_met
  keepRuns(from.probes, to.probes)
}

function keepRuns(from: readonly ActivityRun[], to: ActivityRun[]): void {
  from.forEach((run, i) => {
    const o = to[i]
    if (!o) return
    if (run.duration !== undefined) o.duration = run.duration
    if (run.tolerance_met !== undefined) o.tolerance_met = run.tolerance_met
  })
}

/**
 * The journal of an experiment that never ran (not started, configuration failed, skipped, a
 * missing shard): no steady state, no activity, started and ended now.
 */
export function notRunJournal(experiment: Experiment, status: ExperimentStatus): Journal {
  const now = isoTimestamp()
  return {
    'chaoslib-version': chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...experiment, dry: null },
    start: now,
    status,
    deviated: false,
    steady_states: { before: null, after: null, during: [] },
    run: [],
    rollbacks: [],
    end: now,
    duration: 0
  }
}
