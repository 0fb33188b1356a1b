import * as core from '@actions/core'
import * as glob from '@actions/glob'
import { copyFile, mkdir } from 'node:fs/promises'
import { writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { randomUUID } from 'node:crypto'
import {
  ExperimentValidationError,
  InterruptedError,
  UsageError,
  errorMessage,
  isUserError
} from '../engine/errors.ts'
import {
  EXPERIMENT_EXTENSIONS,
  findExperimentFiles,
  type LoadedExperiment
} from '../engine/load.ts'
import { loadAndValidate } from '../engine/validate.ts'
import { runExperiments, type RunSummary } from '../engine/runner.ts'
import { loadVarFile, mergeVars } from '../engine/configuration.ts'
import type { Configuration, DryMode, ExperimentResult, Secrets, Verdict } from '../engine/types.ts'
import type { ProviderRegistry } from '../providers/provider.ts'
import type { ClusterSession } from '../cluster/session.ts'
import { writeReports } from '../reporters/index.ts'
import { usesKubernetes as experimentUsesKubernetes } from '../cluster/uses-kubernetes.ts'
import { toJsonSummary } from '../reporters/json.ts'
import { annotateResults, annotateValidationIssues } from './annotations.ts'
import { kubernetesOptions, openActionCluster, runKubernetesOptions } from './cluster.ts'
import { createActionRegistry } from './registry.ts'
import { Cancel, Files, Inputs, TIMEOUT_ROLLBACK_GRACE_MS } from './constants.ts'
import { getInputs, type ActionInputs } from './inputs.ts'
import { ActionLogger } from './logger.ts'
import {
  failsStep,
  overallVerdict,
  publishToGitHub,
  pullRequestHeadSha,
  setOutputs,
  type OutputValues
} from './outputs.ts'
import { selectShard } from './shard.ts'
import { saveState, writeLedgerSync } from './state.ts'
import { actionReportLinks } from './report-links.ts'
import { renderJobSummary, writeJobSummary } from './summary.ts'

// Kept importable from here: post and tests build the same registry.
export { createActionRegistry } from './registry.ts'

const GLOB_CHARS = /[*?[\]{}]/

/**
 * Expands the `experiments` input: literal paths go through the engine's finder (directories
 * walked, missing paths reported), glob lines through @actions/glob (`!` lines exclude). Paths are
 * returned relative to the working directory, which is how annotations must name files.
 */
export async function expandExperiments(lines: readonly string[]): Promise<string[]> {
  const excludes = lines.filter((l) => l.startsWith('!'))
  const files: string[] = []
  for (const line of lines.filter((l) => !l.startsWith('!'))) {
    if (!GLOB_CHARS.test(line)) {
      files.push(...(await findExperimentFiles([line])))
      continue
    }
    const globber = await glob.create([line, ...excludes].join('\n'), { matchDirectories: false })
    const matched = (await globber.glob()).filter((f) =>
      EXPERIMENT_EXTENSIONS.some((ext) => f.toLowerCase().endsWith(ext))
    )
    if (matched.length === 0) {
      throw new UsageError(
        `Input '${Inputs.Experiments}': '${line}' matched no experiment file ` +
          `(${EXPERIMENT_EXTENSIONS.join(', ')})`,
        'check the pattern against the repository layout (paths are relative to the workspace)'
      )
    }
    files.push(...matched)
  }
  // Literal lines are not run through the globber, so apply the excludes to them too.
  let result = files.map(toRelative)
  if (excludes.length > 0) {
    const excluded = new Set<string>()
    const globber = await glob.create(excludes.map((e) => e.slice(1)).join('\n'), {
      matchDirectories: false
    })
    for (const f of await globber.glob()) excluded.add(toRelative(f))
    result = result.filter((f) => !excluded.has(f))
  }
  return [...new Set(result)]
}

function toRelative(file: string): string {
  if (!isAbsolute(file)) return file.split(sep).join('/')
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel.split(sep).join('/')
}

/** Whether an experiment needs a cluster (see src/cluster/uses-kubernetes.ts). */
export function usesKubernetes(loaded: LoadedExperiment, dry: DryMode | null = null): boolean {
  return experimentUsesKubernetes(loaded.experiment, dry)
}

/**
 * The `var-files` then the `vars`, merged like chaostoolkit (later files win, a file's secrets
 * scope replaces the whole scope, `vars` win over every file); `.env` files go into the
 * environment before validation, as chaostoolkit puts them into os.environ.
 */
async function resolveOverrides(
  inputs: ActionInputs,
  logger: ActionLogger
): Promise<{ configuration: Configuration; secrets: Secrets }> {
  const files = []
  for (const file of inputs.varFiles) {
    try {
      files.push(await loadVarFile(file))
    } catch (error) {
      throw new UsageError(`Input '${Inputs.VarFiles}': ${errorMessage(error)}`)
    }
  }
  const merged = mergeVars(files, inputs.vars)
  for (const [key, value] of Object.entries(merged.env)) {
    process.env[key] = value
    logger.debug(`var-files: set ${key} in the environment`)
  }
  return { configuration: merged.configuration, secrets: merged.secrets }
}

/** The state a run builds up; `finish` reports whatever of it exists. */
interface RunContext {
  logger: ActionLogger
  inputs?: ActionInputs
  journalDir?: string
  runId: string
  ledger?: string
  summary?: RunSummary
  /** Experiments this job was asked to run (after sharding). */
  selected: string[]
  error?: unknown
  /** Set on the first signal or the timeout. */
  interrupted?: string
  finished: boolean
  outputsDone: boolean
  summaryDone: boolean
  registry?: ProviderRegistry
}

function runIdFromEnv(): string {
  const id = process.env.GITHUB_RUN_ID
  if (!id) return randomUUID()
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1'
  const job = (process.env.GITHUB_JOB ?? 'job').replace(/[^A-Za-z0-9_.-]/g, '_')
  // Unique per matrix leg too: two shards of one job must not share a ledger or artifact.
  return `${id}-${attempt}-${job}-${randomUUID().slice(0, 8)}`
}

/** The main step. Never throws: every failure ends in setFailed, after summary and outputs. */
export async function run(): Promise<void> {
  const ctx: RunContext = {
    logger: new ActionLogger(),
    runId: runIdFromEnv(),
    selected: [],
    finished: false,
    outputsDone: false,
    summaryDone: false
  }
  const runAbort = new AbortController()
  const rollbackAbort = new AbortController()
  const timers: NodeJS.Timeout[] = []
  let signals = 0

  const onSignal = (signal: NodeJS.Signals): void => {
    signals++
    if (signals === 1) {
      ctx.interrupted = `received ${signal}`
      ctx.logger.annotate(
        'warning',
        `Received ${signal}: stopping the experiments; rollbacks still run, journals and the ` +
          'summary are still written'
      )
      runAbort.abort(new InterruptedError(`the run was cancelled (${signal})`))
      // GitHub's SIGTERM follows 7.5 s after SIGINT; don't count on it arriving.
      timers.push(unref(setTimeout(() => abortRollbacks('time is up'), Cancel.rollbackBudgetMs)))
      timers.push(unref(setTimeout(() => hardExit(ctx), Cancel.hardExitMs)))
    } else {
      abortRollbacks(`received ${signal} again`)
    }
  }
  const abortRollbacks = (why: string): void => {
    if (rollbackAbort.signal.aborted) return
    ctx.logger.warning(`${why}: aborting the rollbacks still running`)
    rollbackAbort.abort(new InterruptedError(`rollbacks were cancelled (${why})`))
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  try {
    const inputs = getInputs()
    ctx.inputs = inputs
    const journalDir = resolve(inputs.journalDir)
    ctx.journalDir = journalDir
    const ledger = join(journalDir, Files.Ledger)
    ctx.ledger = ledger
    await mkdir(journalDir, { recursive: true })
    ctx.logger.teeTo(join(journalDir, Files.Log))
    saveState.started(ctx.runId, journalDir, ledger)
    ctx.logger.info(`chaos-action run ${ctx.runId}; journals go to ${journalDir}`)

    if (inputs.timeoutMinutes > 0) {
      timers.push(
        unref(
          setTimeout(() => {
            ctx.interrupted = `timeout-minutes (${inputs.timeoutMinutes}) expired`
            ctx.logger.error(
              `${Inputs.TimeoutMinutes} (${inputs.timeoutMinutes}) expired: aborting`
            )
            runAbort.abort(new InterruptedError(`${Inputs.TimeoutMinutes} expired`))
            timers.push(
              unref(setTimeout(() => abortRollbacks('timeout grace'), TIMEOUT_ROLLBACK_GRACE_MS))
            )
          }, inputs.timeoutMinutes * 60_000)
        )
      )
    }

    const files = await ctx.logger.group('Find experiments', async () => {
      const all = await expandExperiments(inputs.experiments)
      const selected = selectShard(all, inputs.shard)
      if (inputs.shard) {
        ctx.logger.info(
          `shard ${inputs.shard.index}/${inputs.shard.total}: ${selected.length} of ${all.length} experiment files`
        )
      }
      for (const f of selected) ctx.logger.info(f)
      return selected
    })
    ctx.selected = files

    const overrides = await resolveOverrides(inputs, ctx.logger)
    // Validation has its own registry: the run's blast radius is known only after the deploy.
    const validation = createActionRegistry(kubernetesOptions(inputs))
    ctx.registry = validation
    const loaded = await ctx.logger.group('Validate experiments', async () => {
      try {
        const result = await loadAndValidate(files, {
          registry: validation,
          env: process.env,
          overrides
        })
        ctx.logger.info(`${result.length} experiment${result.length === 1 ? '' : 's'} valid`)
        return result
      } catch (error) {
        if (error instanceof ExperimentValidationError) annotateValidationIssues(error.issues)
        throw error
      }
    })
    await validation.close().catch(() => undefined)

    const needCluster = loaded.filter((l) => usesKubernetes(l, inputs.dryRun))
    if (needCluster.length > 0 && inputs.cluster === 'none') {
      throw new UsageError(
        `Input '${Inputs.Cluster}' is 'none' but ${needCluster.map((l) => l.file).join(', ')} ` +
          'use Kubernetes',
        `set ${Inputs.Cluster}: auto (the kubeconfig's cluster, else a new kind cluster), kind ` +
          'or existing'
      )
    }
    let session: ClusterSession | undefined
    if (
      needCluster.length > 0 ||
      inputs.deploy !== '' ||
      inputs.installChaosMesh !== false ||
      !['auto', 'none'].includes(inputs.cluster)
    ) {
      session = await ctx.logger.group('Cluster', () =>
        openActionCluster(inputs, {
          needsKubernetes: needCluster.length > 0,
          journalDir,
          runId: ctx.runId,
          logger: ctx.logger,
          signal: runAbort.signal
        })
      )
    }
    const registry = createActionRegistry(runKubernetesOptions(inputs, session))
    ctx.registry = registry
    if (session && needCluster.length > 0) {
      const radius = runKubernetesOptions(inputs, session).allowedNamespaces
      ctx.logger.info(
        `${needCluster.length} experiment(s) use Kubernetes; faults allowed in ` +
          (radius ? radius.join(', ') : 'the namespaces each experiment names')
      )
    }

    if (!runAbort.signal.aborted) {
      ctx.summary = await runExperiments(loaded, {
        registry,
        logger: ctx.logger,
        journalDir,
        runId: ctx.runId,
        signal: runAbort.signal,
        hardSignal: rollbackAbort.signal,
        // The first signal stops the method; rollbacks still run, inside GitHub's grace period.
        rollbackOnInterrupt: true,
        // Our own timers cut rollbacks through hardSignal: 7 s after a cancel, longer after a
        // timeout (the job is not being killed then).
        interruptRollbackBudgetMs: TIMEOUT_ROLLBACK_GRACE_MS,
        vars: overrides,
        ...(inputs.rollbackStrategy ? { rollbackStrategy: inputs.rollbackStrategy } : {}),
        ...(inputs.hypothesisStrategy ? { hypothesisStrategy: inputs.hypothesisStrategy } : {}),
        dry: inputs.dryRun,
        env: process.env,
        onResourcesChanged: (resources) => {
          try {
            writeLedgerSync(ledger, ctx.runId, resources)
          } catch (error) {
            ctx.logger.annotate(
              'warning',
              `Could not update the resource ledger: ${errorMessage(error)}`
            )
          }
        }
      })
    }
  } catch (error) {
    ctx.error = error
  } finally {
    try {
      await finish(ctx)
    } finally {
      for (const t of timers) clearTimeout(t)
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
      ctx.logger.close()
      await ctx.registry?.close().catch(() => undefined)
    }
  }
  // Sockets or watches a provider failed to close must not keep the step alive.
  unref(setTimeout(() => process.exit(), 2_000))
}

function unref(timer: NodeJS.Timeout): NodeJS.Timeout {
  timer.unref()
  return timer
}

function reportPaths(journalDir: string): {
  json: string
  junit: string
  report: string
  html: string
} {
  return {
    json: join(journalDir, Files.SummaryJson),
    junit: join(journalDir, Files.Junit),
    report: join(journalDir, Files.Report),
    html: join(journalDir, Files.Html)
  }
}

/** Why nothing ran, for the job summary. */
function errorSummary(ctx: RunContext): string {
  if (ctx.error === undefined) {
    return `### ⏹️ Chaos experiments: stopped before any experiment ran (${ctx.interrupted ?? 'no reason given'})\n`
  }
  const error = ctx.error
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
  const { logger, inputs, journalDir, summary } = ctx
  const results: readonly ExperimentResult[] = summary?.results ?? []
  const failOn = inputs?.failOn ?? 'not-passed'
  const interrupted = ctx.interrupted !== undefined || summary?.interrupted === true
  let reportPath: string | undefined

  if (ctx.error !== undefined && !(ctx.error instanceof ExperimentValidationError)) {
    logger.error(errorMessage(ctx.error))
    if (isUserError(ctx.error) && ctx.error.advice) logger.info(ctx.error.advice)
    if (!isUserError(ctx.error) && ctx.error instanceof Error && ctx.error.stack) {
      logger.debug(ctx.error.stack)
    }
  }

  // Absolute links, so report.md reads the same wherever it is posted (a fork-comment workflow).
  const links = actionReportLinks({
    artifactName: inputs?.artifactName ?? '',
    htmlReport: inputs?.htmlReport !== false,
    headSha: pullRequestHeadSha()
  })

  if (summary && journalDir) {
    const paths = reportPaths(journalDir)
    await step(logger, 'write the reports', async () => {
      await writeReports(summary, {
        links,
        json: paths.json,
        junit: paths.junit,
        report: paths.report,
        ...(inputs?.htmlReport === false ? {} : { html: paths.html })
      })
      reportPath = paths.report
      if (inputs?.junitPath) {
        await mkdir(dirname(resolve(inputs.junitPath)), { recursive: true })
        await copyFile(paths.junit, resolve(inputs.junitPath))
      }
    })
  }

  await step(logger, 'write the job summary', async () => {
    const markdown = summary
      ? renderJobSummary(summary, summaryNotes(ctx), links)
      : errorSummary(ctx)
    if (await writeJobSummary(markdown)) saveState.done('SummaryDone')
    ctx.summaryDone = true
  })

  if (summary) {
    await step(logger, 'annotate the findings', () => {
      annotateResults(results, (r) => failsStep([r], failOn))
      return Promise.resolve()
    })
  }

  const values: OutputValues = {
    verdict: summary
      ? overallVerdict(results)
      : ctx.error !== undefined
        ? 'error'
        : ctx.interrupted
          ? 'interrupted'
          : 'none',
    passed: results.filter((r) => r.verdict === 'passed').length,
    notPassed: results.filter((r) => r.verdict !== 'passed').length,
    summaryJson: summary ? summaryJsonOutput(summary) : '',
    journalsDir: journalDir ?? '',
    reportPath: reportPath ?? ''
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
          failed: failsStep(results, 'not-passed'),
          links
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
  if (ctx.inputs?.shard) {
    notes.push(
      `<sub>Shard ${ctx.inputs.shard.index}/${ctx.inputs.shard.total}: ${ctx.selected.length} experiment file(s).</sub>`
    )
  }
  if (ctx.interrupted) notes.push(`> [!WARNING]\n> The run was stopped early: ${ctx.interrupted}.`)
  if (ctx.error !== undefined) notes.push(errorSummary(ctx))
  return notes
}

function failureMessage(
  ctx: RunContext,
  results: readonly ExperimentResult[],
  failOn: ActionInputs['failOn']
): string | undefined {
  if (ctx.error !== undefined) {
    if (ctx.error instanceof ExperimentValidationError) return ctx.error.message
    return errorMessage(ctx.error)
  }
  if (ctx.interrupted) return `The chaos run was stopped: ${ctx.interrupted}`
  if (!failsStep(results, failOn)) return undefined
  const notPassed = results.filter((r) => r.verdict !== 'passed')
  const worst: Verdict = overallVerdict(results) as Verdict
  return (
    `${notPassed.length} of ${results.length} chaos experiment(s) did not pass (${worst}): ` +
    notPassed.map((r) => `${r.file} ${r.verdict}`).join(', ')
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
