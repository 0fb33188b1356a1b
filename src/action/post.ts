import * as core from '@actions/core'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import type { ExperimentResult, Journal } from '../engine/types.ts'
import { createActionRegistry } from './registry.ts'
import { sweepRun, teardownActionCluster } from './cluster.ts'
import type { ProviderRegistry } from '../engine/provider.ts'
import type { JsonSummary } from '../reporters/json.ts'
import { Files } from './constants.ts'
import { getInputs, type ActionInputs } from './inputs.ts'
import { ActionLogger } from './logger.ts'
import { filesUnder } from './artifact-files.ts'
import { uploadJournals } from './publish.ts'
import {
  readLedger,
  readState,
  saveState,
  writeLedgerSync,
  type LedgerEntry,
  type SavedState
} from './state.ts'
import { renderJobSummary, writeJobSummary } from './summary.ts'

/** Each cleanup gets this long; post must not hang the job on a dead API. */
const CLEANUP_TIMEOUT_MS = 60_000

/**
 * The post step: finishes what main could not (a cancel, a kill, a crash). It undoes resources
 * still in the ledger, writes the job summary and uploads the artifact if main did not, and never
 * fails the job for its own trouble: each thing it could not do is a warning saying what is left.
 */
export async function post(): Promise<void> {
  const logger = new ActionLogger()
  // A stray rejection in a provider's client must not turn cleanup into a failed job.
  const onStray = (error: unknown): void =>
    logger.annotate('warning', `post: ${errorMessage(error)}`)
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  try {
    const saved = readState()
    if (!saved.mainStarted) {
      core.info('The main step did not start a run: nothing to clean up.')
      return
    }
    if (saved.journalDir && existsSync(saved.journalDir)) {
      // The artifact's log tells the whole story, main's part and ours.
      logger.teeTo(join(saved.journalDir, Files.Log))
    }
    let inputs: ActionInputs | undefined
    try {
      inputs = getInputs()
    } catch (error) {
      logger.debug(`post: inputs unreadable (${errorMessage(error)}); using what main saved`)
    }
    // The cluster main used: a kind cluster's kubeconfig is not in this process's KUBECONFIG.
    const registry = createActionRegistry({
      ...(saved.cluster?.kubeconfigPath ? { kubeconfig: saved.cluster.kubeconfigPath } : {}),
      ...(saved.cluster?.context ? { context: saved.cluster.context } : {})
    })
    try {
      const named = await cleanupLedger(saved, registry, logger)
      // Objects of this run the ledger missed (a kill between create and record), from every
      // provider that creates them, once the run touched a cluster.
      const touchedCluster =
        [...named].some((type) => registry.get(type)?.cleanupRun !== undefined) ||
        (saved.cluster !== undefined && saved.cluster.state.kind !== 'none')
      if (touchedCluster) {
        await logger.group('Remove the objects of this run', () =>
          sweepRun(registry, saved.cluster, saved.runId, logger)
        )
      }
    } finally {
      await registry.close().catch(() => undefined)
    }
    await teardownActionCluster(saved.cluster, logger)
    if (!saved.summaryDone) await finishSummary(saved, logger)
    if (!saved.uploadDone && inputs?.artifactName && saved.journalDir) {
      await step(logger, 'upload the journals', async () => {
        if (!existsSync(saved.journalDir)) throw new Error(`${saved.journalDir} does not exist`)
        await uploadJournals(inputs, saved.journalDir, logger)
      })
    }
  } catch (error) {
    logger.annotate('warning', `post step: ${errorMessage(error)}`)
  } finally {
    logger.close()
    process.off('uncaughtException', onStray)
    process.off('unhandledRejection', onStray)
    // The post step reports; it never decides the job's result.
    process.exitCode = 0
  }
  setTimeout(() => process.exit(0), 2_000).unref()
}

async function step(logger: ActionLogger, what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn()
  } catch (error) {
    logger.annotate('warning', `post: could not ${what}: ${errorMessage(error)}`)
  }
}

async function withTimeout<T>(ms: number, signal: AbortController, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      signal.abort()
      fail(new Error(`timed out after ${ms / 1000} s`))
    }, ms)
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Undoes every resource main left in the ledger; whatever could not be undone stays in it.
 * Returns the providers the ledger named.
 */
async function cleanupLedger(
  saved: SavedState,
  registry: ProviderRegistry,
  logger: ActionLogger
): Promise<Set<string>> {
  const providers = new Set<string>()
  if (!saved.ledger || !existsSync(saved.ledger)) return providers
  let entries: LedgerEntry[]
  let runId: string
  try {
    ;({ resources: entries, runId } = await readLedger(saved.ledger))
  } catch (error) {
    logger.annotate(
      'warning',
      `post: could not read the resource ledger ${saved.ledger} (${errorMessage(error)}); ` +
        'resources the run created may still be live'
    )
    return providers
  }
  for (const entry of entries) providers.add(entry.provider)
  if (entries.length === 0) return providers
  const left: LedgerEntry[] = []
  await logger.group(`Clean up ${entries.length} resource(s) left by the run`, async () => {
    for (const entry of entries) {
      const provider = registry.get(entry.provider)
      if (!provider?.cleanupPersisted) {
        left.push(entry)
        logger.annotate(
          'warning',
          `post: could not clean up ${entry.description} (${entry.kind}): provider '${entry.provider}' ` +
            'cannot undo it from the ledger; undo it by hand'
        )
        continue
      }
      const abort = new AbortController()
      try {
        await withTimeout(
          CLEANUP_TIMEOUT_MS,
          abort,
          provider.cleanupPersisted(
            { kind: entry.kind, description: entry.description, data: entry.data },
            { logger, signal: abort.signal }
          )
        )
        logger.info(`undid ${entry.description}`)
      } catch (error) {
        left.push(entry)
        logger.annotate(
          'warning',
          `post: could not clean up ${entry.description} (${entry.kind}): ${errorMessage(error)}`
        )
      }
    }
  })
  try {
    writeLedgerSync(saved.ledger, runId, left)
  } catch (error) {
    logger.annotate('warning', `post: could not update the ledger: ${errorMessage(error)}`)
  }
  if (left.length > 0) {
    logger.annotate(
      'warning',
      `post: ${left.length} resource(s) of run ${runId} could not be cleaned up; they are listed in ${saved.ledger} (in the artifact)`
    )
  }
  return providers
}

/**
 * Main ended before its job summary (killed mid-run): build one from what reached the disk, the
 * summary JSON when it exists, else the journals themselves.
 */
async function finishSummary(saved: SavedState, logger: ActionLogger): Promise<void> {
  await step(logger, 'write the job summary', async () => {
    const dir = saved.journalDir
    const summaryPath = join(dir, Files.SummaryJson)
    let markdown: string
    if (dir && existsSync(summaryPath)) {
      const json = JSON.parse(await readFile(summaryPath, 'utf8')) as JsonSummary
      const results = await Promise.all(json.experiments.map((e) => resultFromJson(e)))
      markdown = renderJobSummary({ results, interrupted: json.interrupted }, [
        '> [!WARNING]\n> The main step was stopped before it wrote this summary; the post step wrote it from the summary JSON.'
      ])
    } else {
      const journals = dir ? (await filesUnder(dir)).filter(isJournal) : []
      markdown =
        '### ⏹️ Chaos experiments: the run was stopped before it finished\n\n' +
        (journals.length > 0
          ? `Journals written before it stopped (in the artifact):\n\n${journals.map((j) => `- \`${j}\``).join('\n')}\n`
          : 'No journal was written.\n')
    }
    if (await writeJobSummary(markdown)) saveState.done('SummaryDone')
  })
}

function isJournal(file: string): boolean {
  const name = basename(file)
  return name.endsWith('.journal.json')
}

async function resultFromJson(e: JsonSummary['experiments'][number]): Promise<ExperimentResult> {
  let journal: Journal | undefined
  if (e.journal) {
    journal = (await readFile(e.journal, 'utf8').then(JSON.parse, () => undefined)) as
      Journal | undefined
  }
  return {
    file: e.file,
    title: e.title,
    verdict: e.verdict,
    status: e.status,
    deviated: e.deviated,
    duration: e.duration,
    ...(e.journal ? { journalPath: e.journal } : {}),
    journal: journal as Journal,
    steadyBefore: e.steadyBefore,
    steadyAfter: e.steadyAfter,
    findings: e.findings,
    rollbacksRun: e.rollbacksRun,
    reason: e.reason
  }
}
