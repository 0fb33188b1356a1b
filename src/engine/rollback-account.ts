/**
 * Which declared rollbacks ran, which were cut short, and which never started. The journal's
 * `rollbacks` list (chaostoolkit's shape) only holds those that started, and a cut one looks like
 * any failed one; this account says exactly what happened to each, for the journal file
 * (`x-chaos-action.rollbacks`) and the verdict's reason.
 */
import type { ActivityRun } from './types.ts'

export interface RollbackAccount {
  /** Ran to their end (succeeded, or failed on their own). */
  ran: string[]
  /** Started, then stopped by an interrupt: the rollback budget, or a second signal. */
  cut: string[]
  /** Declared, never started. */
  not_started: string[]
  /** Why the rollbacks were stopped, when some were. */
  stopped_by?: string
}

/** Kept on the in-memory journal as a symbol: the JSON gets it under `x-chaos-action`. */
export const ROLLBACK_ACCOUNT: unique symbol = Symbol.for('chaos-action.rollback-account')

export function rollbackAccount(journal: object): RollbackAccount | undefined {
  return (journal as { [ROLLBACK_ACCOUNT]?: RollbackAccount })[ROLLBACK_ACCOUNT]
}

export function attachRollbackAccount(journal: object, account: RollbackAccount): void {
  Object.defineProperty(journal, ROLLBACK_ACCOUNT, { value: account, enumerable: false })
}

/** One declared rollback: its name and, when it started, its journal entry. */
export interface DeclaredRollback {
  name: string
  run?: ActivityRun | undefined
}

/** The account of rollbacks meant to run; `cut` holds the entries the rollbacks' signal stopped. */
export function accountRollbacks(
  declared: readonly DeclaredRollback[],
  cut: ReadonlySet<ActivityRun>,
  stoppedBy: string | undefined
): RollbackAccount {
  const account: RollbackAccount = { ran: [], cut: [], not_started: [] }
  for (const { name, run } of declared) {
    if (run === undefined) account.not_started.push(name)
    else if (cut.has(run)) account.cut.push(name)
    else account.ran.push(name)
  }
  if (stoppedBy !== undefined && (account.cut.length > 0 || account.not_started.length > 0)) {
    account.stopped_by = stoppedBy
  }
  return account
}

/** `2 rollback(s) ran; 1 cut short (slow-undo); 1 never started (undo-b)`, or undefined if none. */
export function describeRollbacks(account: RollbackAccount): string | undefined {
  const parts: string[] = []
  const list = (names: string[]): string => names.map((n) => `'${n}'`).join(', ')
  if (account.ran.length > 0) parts.push(`${account.ran.length} rollback(s) ran`)
  if (account.cut.length > 0) {
    const why = account.stopped_by ? ` by ${account.stopped_by}` : ''
    parts.push(`${account.cut.length} rollback(s) cut short${why} (${list(account.cut)})`)
  }
  if (account.not_started.length > 0) {
    parts.push(`${account.not_started.length} never started (${list(account.not_started)})`)
  }
  return parts.length > 0 ? parts.join('; ') : undefined
}
