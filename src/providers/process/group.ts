/**
 * Process groups a killed run left behind. Every process activity runs in its own session and
 * process group, with CHAOS_ACTION_RUN_ID=<run id> in its environment. When the run is killed
 * (SIGKILL, an OOM, a cancelled runner) that group lives on with parent PID 1; the action's post
 * step, or the next CLI run, ends it from the pgid the ledger recorded.
 *
 * A pgid alone is not proof: once the group is gone its number can be reused. A number is not
 * reused while any process still belongs to the group, so the group is ours when one of its
 * members carries our run id in its environment. Linux only (/proc); elsewhere nothing is ended.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { sleep } from '../../engine/activity.ts'

/** The environment variable that marks a process as started by run <id>. */
export const RUN_ID_VAR = 'CHAOS_ACTION_RUN_ID'

/** The pids whose process group is `pgid` (from /proc/<pid>/stat). */
function groupMembers(pgid: number): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const members: number[] = []
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // `pid (comm) state ppid pgrp ...`: comm may hold spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === pgid) members.push(Number(name))
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return members
}

function carriesRunId(pid: number, runId: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'latin1')
      .split('\0')
      .includes(`${RUN_ID_VAR}=${runId}`)
  } catch {
    return false
  }
}

/** Whether group `pgid` still has a member started by run `runId`. */
export function groupIsLive(pgid: number, runId: string): boolean {
  return groupMembers(pgid).some((pid) => carriesRunId(pid, runId))
}

/**
 * Ends group `pgid` if it is still run `runId`'s: SIGTERM, then SIGKILL after `graceMs`.
 * Returns whether there was anything to end.
 */
export async function endGroup(
  pgid: number,
  runId: string,
  options: { graceMs?: number; signal?: AbortSignal } = {}
): Promise<boolean> {
  if (!Number.isInteger(pgid) || pgid <= 1 || !groupIsLive(pgid, runId)) return false
  const send = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pgid, sig)
    } catch {
      // Already gone.
    }
  }
  send('SIGTERM')
  const deadline = Date.now() + (options.graceMs ?? 1000)
  while (Date.now() < deadline && groupMembers(pgid).length > 0) {
    if (!(await sleep(50, options.signal))) break
  }
  if (groupMembers(pgid).length > 0) send('SIGKILL')
  return true
}
