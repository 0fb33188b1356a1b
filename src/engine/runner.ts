/**
 * runExperiments(): several experiment files in a row, each journal written to disk, stopping
 * cleanly on an interrupt (the current experiment ends `interrupted` with its rollbacks and its
 * journal; those not started are reported as interrupted, without a journal).
 */
import { join } from 'node:path'
import { declaredSecretValues } from './configuration.ts'
import { errorMessage } from './errors.ts'
import { prepareJournalDir } from './journal-dir.ts'
import {
  journalFileContent,
  journalFileName,
  maskJournal,
  newRunId,
  notRunJournal,
  partialJournalFileContent,
  writeFileAtomicSync
} from './journal.ts'
import { SecretMasker, silentLogger } from './logger.ts'
import { registerSecrets, runExperiment } from './run.ts'
import type { RunOptions, RunnableExperiment } from './run.ts'
import type { ExperimentResult, ExperimentStatus, Journal, PartialJournal } from './types.ts'
import { createTracer } from './tracing.ts'
import { judge } from './verdict.ts'
import { summaryVerdict } from './policy.ts'

export interface RunAllOptions extends RunOptions {
  /** Where journals are written (created if missing). */
  journalDir: string
  /** Called before each experiment starts and after each result, e.g. for live reporting. */
  onExperimentStart?: (loaded: RunnableExperiment, index: number) => void
  onResult?: (result: ExperimentResult) => void
}

export interface RunSummary {
  runId: string
  results: ExperimentResult[]
  passed: number
  notPassed: number
  /** `neutral`: nothing failed, but not everything passed (dry runs, skipped experiments). */
  verdict: 'passed' | 'failed' | 'neutral'
  interrupted: boolean
  /** Seconds. */
  duration: number
  /** Experiment files whose journal could not be written: the run has no evidence for them. */
  unwrittenJournals: string[]
}

export async function runExperiments(
  experiments: readonly RunnableExperiment[],
  options: RunAllOptions
): Promise<RunSummary> {
  const logger = options.logger ?? silentLogger
  const runId = options.runId ?? newRunId()
  const started = performance.now()
  // One masker for the whole run, fed every experiment's secrets before anything runs: no
  // journal, reason or log line of one experiment can show another's, or its own before it loads.
  const masker = options.masker ?? logger.masker ?? new SecretMasker()
  for (const loaded of experiments) {
    const secrets = declaredSecretValues(
      loaded.experiment.secrets,
      options.vars?.secrets,
      options.env ?? process.env
    )
    registerSecrets(secrets, masker, logger)
  }
  const placeholder = (loaded: RunnableExperiment, status: ExperimentStatus): Journal =>
    maskJournal(notRunJournal(loaded.experiment, status), masker)
  const results: ExperimentResult[] = []
  const usedNames = new Set<string>()
  const unwrittenJournals: string[] = []
  // Before anything runs: a run that cannot keep its evidence must not start.
  await prepareJournalDir(
    options.journalDir,
    experiments.map((e) => e.file)
  )
  // Spans go out only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise this is a no-op.
  const tracer =
    options.tracer ??
    (await createTracer(options.env ?? process.env, {
      onError: (message) => logger.warning(`tracing: ${message}`)
    }))

  // Each experiment's journal file, chosen when it starts; the same file is rewritten as it runs.
  const journalPathFor = (loaded: RunnableExperiment): string => {
    const base = journalFileName(loaded.file)
    let name = base
    for (let n = 2; usedNames.has(name); n++)
      name = base.replace(/\.journal\.json$/, `-${n}.journal.json`)
    usedNames.add(name)
    return join(options.journalDir, name)
  }

  for (const [index, loaded] of experiments.entries()) {
    if (options.signal?.aborted || options.hardSignal?.aborted) {
      const result = {
        ...judge(placeholder(loaded, 'interrupted'), loaded),
        reason: 'Not started: the run was interrupted before this experiment.'
      }
      results.push(result)
      options.onResult?.(result)
      continue
    }
    options.onExperimentStart?.(loaded, index)
    logger.info(`Experiment ${index + 1}/${experiments.length}: ${loaded.file}`)
    let result: ExperimentResult
    const span = tracer.startSpan('experiment', {
      'chaos.experiment.file': loaded.file,
      'chaos.experiment.title': masker.mask(String(loaded.experiment.title)),
      'chaos.run_id': runId
    })
    let journalPath: string | undefined
    let progressFailed = false
    // Set once the experiment is over: a late partial write must never replace the final journal.
    let over = false
    const onProgress = (partial: PartialJournal): void => {
      if (journalPath === undefined || progressFailed || over) return
      try {
        writeFileAtomicSync(journalPath, partialJournalFileContent(partial, runId))
      } catch (error) {
        progressFailed = true
        logger.warning(`could not write the journal so far: ${errorMessage(error)}`)
      }
    }
    try {
      journalPath = journalPathFor(loaded)
    } catch (error) {
      logger.error(`could not prepare the journal of ${loaded.file}: ${errorMessage(error)}`)
    }
    try {
      const journal = await runExperiment(loaded, {
        ...options,
        masker,
        runId,
        tracer,
        parentSpan: span,
        onProgress
      })
      result = judge(journal, loaded)
    } catch (error) {
      // Could not even start (e.g. an environment variable the configuration needs is missing).
      logger.error(`${loaded.file}: ${errorMessage(error)}`)
      result = {
        ...judge(placeholder(loaded, 'aborted'), loaded),
        reason: masker.mask(`The experiment could not start: ${errorMessage(error)}`)
      }
    }
    over = true
    try {
      journalPath ??= journalPathFor(loaded)
      writeFileAtomicSync(
        journalPath,
        journalFileContent(result.journal, { runId, verdict: result.verdict })
      )
      result.journalPath = journalPath
    } catch (error) {
      logger.error(`could not write the journal of ${loaded.file}: ${errorMessage(error)}`)
      unwrittenJournals.push(loaded.file)
    }
    tracer.end(span, {
      'chaos.experiment.title': result.title,
      'chaos.verdict': result.verdict,
      'chaos.status': result.status,
      'chaos.deviated': result.deviated,
      'chaos.reason': result.reason
    })
    logger.info(`${loaded.file}: ${result.verdict} (${result.reason})`)
    results.push(result)
    options.onResult?.(result)
  }

  await tracer.shutdown()
  const passed = results.filter((r) => r.verdict === 'passed').length
  return {
    runId,
    results,
    passed,
    notPassed: results.length - passed,
    verdict: summaryVerdict(results, unwrittenJournals.length),
    interrupted: results.some((r) => r.verdict === 'interrupted'),
    duration: Math.round(performance.now() - started) / 1000,
    unwrittenJournals
  }
}
