/**
 * The ledger of live resources: what a run started and has not undone yet (faults, Chaos Mesh
 * objects, process groups), rewritten each time that list changes. After a kill, the action's post
 * step or the next CLI run reads it and undoes what is left through each provider's
 * cleanupPersisted.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import { writeFileAtomicSync } from '../engine/journal.ts'
import type { Logger } from '../engine/logger.ts'
import type { Json } from '../engine/types.ts'
import type { ProviderRegistry, TrackedResource } from '../engine/provider.ts'

/** One live resource in the ledger: what a provider's cleanupPersisted needs to undo it. */
export interface LedgerEntry {
  provider: string
  kind: string
  description: string
  data: Json
}

interface LedgerFile {
  runId: string
  /** The process that keeps the ledger: while it lives, its resources are not leftovers. */
  pid?: number
  updated: string
  resources: LedgerEntry[]
}

/**
 * Rewrites the ledger with the resources still live. Synchronous, and replaced through a rename,
 * so a kill at any point leaves either the old or the new list on disk, never half of one.
 */
export function writeLedgerSync(
  path: string,
  runId: string,
  resources: readonly (LedgerEntry | TrackedResource)[]
): void {
  const file: LedgerFile = {
    runId,
    pid: process.pid,
    updated: new Date().toISOString(),
    resources: resources.map(({ provider, kind, description, data }) => ({
      provider,
      kind,
      description,
      data
    }))
  }
  writeFileAtomicSync(path, `${JSON.stringify(file, null, 2)}\n`)
}

export async function readLedger(
  path: string
): Promise<{ runId: string; pid: number | undefined; resources: LedgerEntry[] }> {
  const file = JSON.parse(await readFile(path, 'utf8')) as Partial<LedgerFile>
  if (!Array.isArray(file.resources)) throw new Error('no resources list in the ledger')
  return {
    runId: String(file.runId ?? ''),
    pid: typeof file.pid === 'number' ? file.pid : undefined,
    resources: file.resources
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * The CLI's start: undoes what a killed earlier run left in the ledger at `path` (a run still
 * alive is left alone). Whatever can't be undone stays in the ledger and is reported.
 */
export async function sweepLeftovers(
  path: string,
  registry: ProviderRegistry,
  logger: Logger,
  timeoutMs = 30_000
): Promise<void> {
  if (!existsSync(path)) return
  let ledger: Awaited<ReturnType<typeof readLedger>>
  try {
    ledger = await readLedger(path)
  } catch (error) {
    logger.warning(`could not read the resource ledger ${path}: ${errorMessage(error)}`)
    return
  }
  if (ledger.resources.length === 0) return
  if (ledger.pid !== undefined && ledger.pid !== process.pid && isAlive(ledger.pid)) {
    logger.warning(
      `${path} lists ${ledger.resources.length} resource(s) of run ${ledger.runId}, which is still running (pid ${ledger.pid}): left alone`
    )
    return
  }
  logger.info(`Undoing ${ledger.resources.length} resource(s) left by run ${ledger.runId}`)
  const left: LedgerEntry[] = []
  for (const entry of ledger.resources) {
    const provider = registry.get(entry.provider)
    try {
      if (provider?.cleanupPersisted === undefined)
        throw new Error(`provider '${entry.provider}' cannot undo it`)
      await provider.cleanupPersisted(entry, { logger, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      left.push(entry)
      logger.warning(`could not undo ${entry.description}: ${errorMessage(error)}`)
    }
  }
  writeLedgerSync(path, ledger.runId, left)
}

/**
 * Where the ledger of runs that write their journals to `journalDir` lives: outside the journal
 * directory, because the ledger holds what each provider needs to undo a fault (an HTTPRoute as it
 * was, a process group's command) unmasked, and the journal directory is what gets uploaded. The
 * same journal directory always maps to the same file, so the next run finds a killed run's ledger.
 * Under the action: the runner's temp directory (RUNNER_TEMP), else the system's.
 */
export function ledgerPathFor(journalDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const key = createHash('sha256').update(resolve(journalDir)).digest('hex').slice(0, 16)
  return join(env.RUNNER_TEMP || tmpdir(), 'chaos-action-ledgers', `${key}.json`)
}

/** The most often the ledger is rewritten while resources come and go quickly. */
export const LEDGER_INTERVAL_MS = 50

export interface LedgerKeeper {
  /** The engine's onResourcesChanged: records the resources still live. */
  (resources: readonly TrackedResource[]): void
  /** Writes a change still waiting for its turn (at the end of the run). */
  flush(): void
}

/**
 * Keeps the ledger at `path` (warns once on failure). A change is written at once unless the last
 * write was less than LEDGER_INTERVAL_MS ago; then the latest list is written when that time is
 * up. Each write is a file replaced by a rename, which costs about a millisecond on a real disk:
 * hundreds of quick process activities would otherwise spend more on their ledger than on running.
 * A resource is therefore on disk at most LEDGER_INTERVAL_MS after it is tracked.
 */
export function ledgerKeeper(path: string, runId: string, logger: Logger): LedgerKeeper {
  // Its directory (in the temp dir) is made once here, not on every write.
  mkdirSync(dirname(path), { recursive: true })
  let warned = false
  let last = Number.NEGATIVE_INFINITY
  let latest: readonly TrackedResource[] | undefined
  let timer: NodeJS.Timeout | undefined
  const write = (): void => {
    clearTimeout(timer)
    timer = undefined
    const resources = latest
    latest = undefined
    if (resources === undefined) return
    last = performance.now()
    try {
      writeLedgerSync(path, runId, resources)
    } catch (error) {
      if (!warned) logger.warning(`could not update the resource ledger: ${errorMessage(error)}`)
      warned = true
    }
  }
  const keeper = (resources: readonly TrackedResource[]): void => {
    latest = [...resources]
    if (timer !== undefined) return
    const wait = LEDGER_INTERVAL_MS - (performance.now() - last)
    if (wait <= 0) write()
    else timer = setTimeout(write, wait)
  }
  return Object.assign(keeper, { flush: write })
}
