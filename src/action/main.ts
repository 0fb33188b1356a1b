import * as core from '@actions/core'
import { copyFile, mkdir } from 'node:fs/promises'
import { prepareJournalDir } from '../engine/journal-dir.ts'
import { writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { randomUUID } from 'node:crypto'
import { ExperimentValidationError, errorMessage, isUserError } from '../engine/errors.ts'
import { failsGate, notPassed, overallVerdict, verdictFails } from '../engine/policy.ts'
import type { RunSummary } from '../engine/runner.ts'
import type { ExperimentResult } from '../engine/types.ts'
import { executeRun, type RunOutcome } from '../session/execute.ts'
import { toJsonSummary } from '../reporters/json.ts'
import { annotateResults, annotateValidationIssues } from './annotations.ts'
import { actionClusterOpener } from './cluster.ts'
import { Cancel, Files } from './constants.ts'
import { getInputs, type ActionInputs } from './inputs.ts'
import { ActionLogger } from './logger.ts'
import { setOutputs, type OutputValues } from './outputs.ts'
import { publishToGitHub } from './publish.ts'
import { planFromInputs, spellInput } from './plan.ts'
import { saveState } from './state.ts'
import { renderJobSummary, writeJobSummary } from './summary.ts'
import { pullRequestHeadSha } from './event.ts'
import { actionBaseline } from './baseline.ts'
import { actionReportLinks } from './report-links.ts'
import type { ReportLinks } from '../reporters/links.ts'

// Kept importable from here: post and tests build the same registry.
export { createActionRegistry } from './registry.ts'

/** What the main step knows so far; `finish` reports whatever of it exists. */
interface RunContext {
  logger: ActionLogger
  inputs?: ActionInputs
  journalDir?: string
  runId: string
  outcome?: RunOutcome
  /** Links the reports, summary, comment and check runs use. */
  links?: ReportLinks
  /** Experiments this job was asked to run (after sharding). */
  selected: string[]
  /** An error before the run started (the inputs). */
  error?: unknown
  /** `mode: report`: one sentence per missing shard (a loud note; the step fails). */
  missing: string[]
  /** `mode: report`: the shards expected, merged and missing. */
  shards?: { total: number; merged: number[]; missing: number[] }
  finished: boolean
  outputsDone: boolean
  summaryDone: boolean
}

function runIdFromEnv(): string {
  const id = process.env.GITHUB_RUN_ID
  if (!id) return randomUUID()
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '_')
  // Unique per matrix leg too: two shards of one job must not share a ledger or artifact.
  return `${id}-${attempt}-${job}-${randomUUID().slice(0, 8)}`
}

/**
 * The main step: the inputs become a plan, the shared executor runs it, and this publishes the
 * outcome (summary, outputs, annotations, comment, check runs, artifact). Never throws: every
 * failure ends in setFailed, after summary and outputs.
 */
export async function run(): Promise<void> {
  const ctx: RunContext = {
    logger: new ActionLogger(),
    runId: runIdFromEnv(),
    selected: [],
    missing: [],
    finished: false,
    outputsDone: false,
    summaryDone: false
  }
  const { logger } = ctx
  try {
    const inputs = getInputs()
    ctx.inputs = inputs
    // Absolute links, so report.md reads the same wherever it is posted (a fork-comment workflow).
    ctx.links = actionReportLinks({
      artifactName: inputs.artifactName,
      htmlReport: inputs.htmlReport,
      headSha: pullRequestHeadSha()
    })
    if (inputs.mode === 'report') await mergeShards(ctx, inputs, ctx.links)
    else await runExperiments(ctx, inputs, ctx.links)
  } catch (error) {
    ctx.error = error
  } finally {
    try {
      await finish(ctx)
    } finally {
      logger.close()
    }
  }
  // Sockets or watches a provider failed to close must not keep the step alive.
  unref(setTimeout(() => process.exit(), 2_000))
}

/** `mode: run`: the inputs become a plan and the shared executor runs it. */
async function runExperiments(
  ctx: RunContext,
  inputs: ActionInputs,
  links: ReportLinks
): Promise<void> {
  const { logger } = ctx
  const planned = planFromInputs(inputs, ctx.runId)
  const baseline = await actionBaseline(inputs, logger)
  const plan = {
    ...planned,
    ...(baseline ? { baseline } : {}),
    reports: { ...planned.reports, links }
  }
  ctx.journalDir = plan.journalDir
  ctx.outcome = await executeRun(plan, {
    logger,
    spell: spellInput,
    onStart: ({ runId, journalDir, ledger }) => {
      logger.teeTo(join(journalDir, Files.Log))
      saveState.started(runId, journalDir, ledger)
      logger.info(`chaos-action run ${runId}; journals go to ${journalDir}`)
    },
    onSelected: (files) => {
      ctx.selected = [...files]
      for (const f of files) logger.info(f)
    },
    onValidationError: (error) => annotateValidationIssues(error.issues),
    openCluster: actionClusterOpener(inputs),
    // Post deletes the cluster, after sweeping what the run left in it.
    teardownCluster: false,
    onForcedExit: () => hardExit(ctx)
  })
}

/** `mode: report`: the matrix's shard artifacts, merged into one outcome (report-mode.ts). */
async function mergeShards(
  ctx: RunContext,
  inputs: ActionInputs,
  links: ReportLinks
): Promise<void> {
  const journalDir = resolve(inputs.journalDir)
  ctx.journalDir = journalDir
  await prepareJournalDir(journalDir)
  ctx.logger.teeTo(join(journalDir, Files.Log))
  ctx.logger.info(`chaos-action report ${ctx.runId}: merging the shards of this workflow run`)
  const { runReportMode } = await import('./report-mode.ts')
  const merged = await runReportMode(inputs, ctx.runId, links, ctx.logger)
  ctx.outcome = merged.outcome
  ctx.missing = merged.missing
  ctx.shards = merged.shards
}

function unref(timer: NodeJS.Timeout): NodeJS.Timeout {
  timer.unref()
  return timer
}

/** An error that kept the run from starting: the inputs, validation, the cluster... */
function runError(ctx: RunContext): unknown {
  return ctx.error ?? ctx.outcome?.error
}

/** Why nothing ran, for the job summary. */
function errorSummary(ctx: RunContext): string {
  const error = runError(ctx)
  if (error === undefined) {
    return `### ⏹️ Chaos experiments: stopped before any experiment ran (${ctx.outcome?.stopped ?? 'no reason given'})\n`
  }
  const advice = isUserError(error) && error.advice ? `\n\n${error.advice}` : ''
  const text = errorMessage(error)
  return (
    `### 💥 Chaos experiments could not run\n\n\`\`\`text\n${text.replace(/```/g, "'''")}\n\`\`\`` +
    `${advice}\n`
  )
}

/**
 * Everything the user sees, in the order that matters when time is short: the job summary and
 * outputs are local writes and come first; the network (comment, check runs, artifact) after.
 */
async function finish(ctx: RunContext): Promise<void> {
  const reportingStarted = performance.now()
  const { logger, inputs, journalDir, outcome } = ctx
  const summary = outcome?.summary
  const results: readonly ExperimentResult[] = summary?.results ?? []
  const failOn = inputs?.failOn ?? 'not-passed'
  const error = runError(ctx)
  const interrupted = outcome?.stopped !== undefined || summary?.interrupted === true
  const reportPath = journalDir ? join(journalDir, Files.Report) : undefined

  if (error !== undefined && !(error instanceof ExperimentValidationError)) {
    logger.error(errorMessage(error))
    if (isUserError(error) && error.advice) logger.info(error.advice)
    if (!isUserError(error) && error instanceof Error && error.stack) logger.debug(error.stack)
  }

  if (summary && journalDir && inputs?.junitPath && outcome?.reportError === undefined) {
    const junitPath = inputs.junitPath
    await step(logger, 'copy the JUnit report', async () => {
      await mkdir(dirname(resolve(junitPath)), { recursive: true })
      await copyFile(join(journalDir, Files.Junit), resolve(junitPath))
    })
  }

  await step(logger, 'write the job summary', async () => {
    const markdown = summary
      ? renderJobSummary(summary, summaryNotes(ctx), ctx.links)
      : errorSummary(ctx)
    if (await writeJobSummary(markdown)) saveState.done('SummaryDone')
    ctx.summaryDone = true
  })

  if (summary) {
    await step(logger, 'annotate the findings', () => {
      annotateResults(results, (r) => verdictFails(r.verdict, failOn))
      return Promise.resolve()
    })
  }

  const values: OutputValues = {
    verdict: summary
      ? overallVerdict(results)
      : error !== undefined
        ? 'error'
        : interrupted
          ? 'interrupted'
          : 'none',
    passed: results.filter((r) => r.verdict === 'passed').length,
    notPassed: notPassed(results).length,
    summaryJson: summary ? summaryJsonOutput(summary) : '',
    journalsDir: journalDir ?? '',
    reportPath: summary && outcome?.reportError === undefined ? (reportPath ?? '') : ''
  }
  await step(logger, 'set the outputs', () => {
    setOutputs(values)
    saveState.done('OutputsDone')
    ctx.outputsDone = true
    return Promise.resolve()
  })

  if (inputs && summary && journalDir) {
    await step(logger, 'publish the results', () =>
      logger.group('Publish the results', () =>
        publishToGitHub({
          inputs,
          summary,
          runId: ctx.runId,
          journalDir,
          logger,
          // After a cancellation the kill is seconds away: post finishes what this can't.
          budgetMs: interrupted ? Cancel.networkBudgetMs : undefined,
          failed:
            failsGate(results, 'not-passed') ||
            (failOn === 'regression' && (summary.baseline?.regressions ?? 0) > 0),
          ...(ctx.links ? { links: ctx.links } : {})
        })
      )
    )
  }

  const failure = failureMessage(ctx, results, failOn)
  if (failure) core.setFailed(failure)
  ctx.finished = true
  logTiming(logger, 'reporting', reportingStarted)
}

/** Step outputs share 1 MB per job: past this, the findings stay in summary.json only. */
const SUMMARY_OUTPUT_MAX = 256_000

function summaryJsonOutput(summary: RunSummary): string {
  const full = toJsonSummary(summary)
  const text = JSON.stringify(full)
  if (text.length <= SUMMARY_OUTPUT_MAX) return text
  return JSON.stringify({
    ...full,
    findingsOmitted: true,
    experiments: full.experiments.map((e) => ({ ...e, findings: [] }))
  })
}

function summaryNotes(ctx: RunContext): string[] {
  const notes: string[] = []
  const shard = ctx.inputs?.shard
  if (shard) {
    notes.push(
      `<sub>Shard ${shard.index}/${shard.total}: ${ctx.selected.length} experiment file(s).</sub>`
    )
  }
  const shards = ctx.shards
  if (shards) {
    notes.push(`<sub>Merged ${shards.merged.length} of ${shards.total} shard(s).</sub>`)
  }
  if (ctx.missing.length > 0) {
    notes.push(
      `> [!CAUTION]\n> ${ctx.missing.length} shard(s) missing: their experiments have no evidence, so the gate fails.\n` +
        ctx.missing.map((m) => `> - ${m}`).join('\n')
    )
  }
  const stopped = ctx.outcome?.stopped
  if (stopped) notes.push(`> [!WARNING]\n> The run was stopped early: ${stopped}.`)
  if (runError(ctx) !== undefined) notes.push(errorSummary(ctx))
  return notes
}

function failureMessage(
  ctx: RunContext,
  results: readonly ExperimentResult[],
  failOn: ActionInputs['failOn']
): string | undefined {
  const error = runError(ctx)
  if (error !== undefined) return errorMessage(error)
  const outcome = ctx.outcome
  if (outcome?.stopped) return `The chaos run was stopped: ${outcome.stopped}`
  if (outcome?.reportError) return `A report could not be written: ${outcome.reportError}`
  if (ctx.missing.length > 0) {
    return `${ctx.missing.length} shard(s) missing from the merge: ${ctx.missing.join('; ')}`
  }
  const unwritten = outcome?.unwrittenJournals ?? []
  if (unwritten.length > 0)
    return `The journal of ${unwritten.join(', ')} could not be written: the run has no evidence`
  const regressions = outcome?.summary?.baseline?.regressions ?? 0
  if (!failsGate(results, failOn, regressions)) return undefined
  const failing = results.filter((r) => verdictFails(r.verdict, failOn))
  if (failing.length === 0)
    return `${regressions} figure(s) got worse than the baseline's beyond the regression tolerance (fail-on: regression)`
  return (
    `${failing.length} of ${results.length} chaos experiment(s) did not pass ` +
    `(${overallVerdict(results)}): ` +
    failing.map((r) => `${r.file} ${r.verdict}`).join(', ')
  )
}

async function step(logger: ActionLogger, what: string, fn: () => Promise<void>): Promise<void> {
  const started = performance.now()
  try {
    await fn()
  } catch (error) {
    logger.annotate('warning', `Could not ${what}: ${errorMessage(error)}`)
  } finally {
    logTiming(logger, what, started)
  }
}

/** With RUNNER_DEBUG=1, how long each reporting phase took (read by bench/action.ts). */
function logTiming(logger: ActionLogger, what: string, started: number): void {
  if (!core.isDebug()) return
  logger.debug(`timing: ${what}: ${(performance.now() - started).toFixed(1)} ms`)
}

/**
 * The last resort when the kill is near and finish() has not got to the outputs: write what is
 * known synchronously, then exit. The post step finishes the rest.
 */
function hardExit(ctx: RunContext): void {
  if (ctx.finished) return
  try {
    if (!ctx.summaryDone && process.env.GITHUB_STEP_SUMMARY) {
      writeFileSync(
        process.env.GITHUB_STEP_SUMMARY,
        '### ⏹️ Chaos experiments: cancelled before the summary was ready\n\n' +
          'The post step adds what the journals recorded.\n',
        { flag: 'a' }
      )
    }
    if (!ctx.outputsDone) {
      setOutputs({
        verdict: 'interrupted',
        passed: 0,
        notPassed: ctx.selected.length,
        summaryJson: '',
        journalsDir: ctx.journalDir ?? '',
        reportPath: ''
      })
    }
  } finally {
    ctx.logger.close()
    process.exit(1)
  }
}
