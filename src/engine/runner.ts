/**
 * runExperiments(): several experiment files in a row, each journal written to disk, stopping
 * cleanly on an interrupt (the current experiment ends `interrupted` with its rollbacks and its
 * journal; those not started are reported as interrupted, without a journal).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { declaredSecretValues } from './configuration.ts'
import { errorMessage } from './errors.ts'
import {
  chaoslibVersion,
  isoTimestamp,
  journalFileContent,
  journalFileName,
  maskJournal,
  newRunId,
  nodeName,
  platformString
} from './journal.ts'
import { SecretMasker, silentLogger } from './logger.ts'
import { registerSecrets, runExperiment } from './run.ts'
import type { RunOptions, RunnableExperiment } from './run.ts'
import type { ExperimentResult, ExperimentStatus, Journal } from './types.ts'
import { createTracer } from './tracing.ts'
import { judge } from './verdict.ts'

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
  verdict: 'passed' | 'failed'
  interrupted: boolean
  /** Seconds. */
  duration: number
}

/** A journal for an experiment that never ran (not started, or configuration failed). */
function placeholderJournal(loaded: RunnableExperiment, status: ExperimentStatus): Journal {
  const now = isoTimestamp()
  return {
    'chaoslib-version': chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...loaded.experiment, dry: null },
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
    maskJournal(placeholderJournal(loaded, status), masker)
  const results: ExperimentResult[] = []
  const usedNames = new Set<string>()
  let dirReady = false
  // Spans go out only when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise this is a no-op.
  const tracer =
    options.tracer ??
    (await createTracer(options.env ?? process.env, {
      onError: (message) => logger.warning(`tracing: ${message}`)
    }))

  const writeJournal = async (
    loaded: RunnableExperiment,
    journal: Journal,
    verdict: string
  ): Promise<string> => {
    if (!dirReady) {
      await mkdir(options.journalDir, { recursive: true })
      dirReady = true
    }
    const base = journalFileName(loaded.file)
    let name = base
    for (let n = 2; usedNames.has(name); n++)
      name = base.replace(/\.journal\.json$/, `-${n}.journal.json`)
    usedNames.add(name)
    const path = join(options.journalDir, name)
    await writeFile(path, journalFileContent(journal, { runId, verdict }))
    return path
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
    try {
      const journal = await runExperiment(loaded, {
        ...options,
        masker,
        runId,
        tracer,
        parentSpan: span
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
    try {
      result.journalPath = await writeJournal(loaded, result.journal, result.verdict)
    } catch (error) {
      logger.error(`could not write the journal of ${loaded.file}: ${errorMessage(error)}`)
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
    verdict: passed === results.length && results.length > 0 ? 'passed' : 'failed',
    interrupted: results.some((r) => r.verdict === 'interrupted'),
    duration: Math.round(performance.now() - started) / 1000
  }
}
