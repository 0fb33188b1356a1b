/**
 * executeRun(): the one place a run is carried out, for the CLI and the action alike:
 * stop handling (signals, time limit) -> selection, overrides, validation -> the cluster decision
 * (open, or skip the experiments that need one) -> the run's registry -> the experiments ->
 * reports -> teardown. The front doors only build the plan and present the outcome; the action's
 * extras (annotations, its resource ledger, state for post) come in through hooks.
 */
import { join } from 'node:path'
import { ExperimentValidationError, errorMessage } from '../engine/errors.ts'
import type { LoadedExperiment } from '../engine/load.ts'
import type { Logger } from '../engine/logger.ts'
import { failsGate, overallVerdict, summaryVerdict, type OverallVerdict } from '../engine/policy.ts'
import type { ProviderRegistry, TrackedResource } from '../engine/provider.ts'
import { runExperiments, type RunSummary } from '../engine/runner.ts'
import { newRunId } from '../engine/journal.ts'
import { prepareJournalDir } from '../engine/journal-dir.ts'
import {
  ledgerKeeper,
  ledgerPathFor,
  sweepLeftovers,
  type LedgerKeeper
} from '../providers/ledger.ts'
import type { ClusterSession } from '../cluster/session.ts'
import { writeReports, type SummaryInput } from '../reporters/index.ts'
import {
  checkClusterPlan,
  openRunCluster,
  partitionByKubernetes,
  sessionKubernetes,
  skipReason,
  wantsCluster,
  type OpenRunClusterContext,
  type OptionSpeller
} from './cluster.ts'
import type { ClusterPlan, ReportPlan, RunPlan } from './plan.ts'
import { journalDirOf, planRegistry, prepareRun, type RegistryFactory } from './prepare.ts'
import { openServiceRoutes } from '../cluster/tunnel/index.ts'
import type { ServiceRoutes } from '../providers/service-routes.ts'
import { skippedResult } from './skipped.ts'
import { loadBaseline } from './baseline.ts'
import type { BaselineComparison } from '../reporters/baseline.ts'
import { regressionLines } from '../reporters/baseline-render.ts'
import { installRunStop } from './stop.ts'

export interface RunHooks {
  logger: Logger
  /** How the front door spells an option, given its action input name. */
  spell: OptionSpeller
  /**
   * The run id, known before anything runs (labels, ledger); `plan.runId` or a new one. `ledger`
   * is the resource ledger's file (see ledgerPathFor), kept by the executor for both front doors.
   */
  onStart?: (info: { runId: string; journalDir: string; ledger: string }) => void | Promise<void>
  /** The files this run selected (after the shard). */
  onSelected?: (files: readonly string[]) => void
  onValidationError?: (error: ExperimentValidationError) => void
  /** Opens the cluster; the action wraps openRunCluster to hand its state to post. */
  openCluster?: (
    plan: ClusterPlan,
    ctx: OpenRunClusterContext
  ) => Promise<ClusterSession | undefined>
  /** Whether the executor deletes the cluster it made at the end (the action's post does it). */
  teardownCluster?: boolean
  createRegistry?: RegistryFactory
  /** The resources still tracked, each time that list changes (after the ledger is written). */
  onResourcesChanged?: (resources: readonly TrackedResource[]) => void
  /** Runs just before a forced exit after a signal (synchronous writes only). */
  onForcedExit?: () => void
}

export interface RunOutcome {
  runId: string
  journalDir: string
  /** Files selected for this run (after the shard). */
  selected: string[]
  /** The results, skipped experiments included; undefined when the run could not start. */
  summary?: RunSummary & { baseline?: BaselineComparison }
  /** The overall verdict; `error` when the run could not start. */
  verdict: OverallVerdict | 'error'
  /** Why the run was stopped early (a signal, the time limit). */
  stopped?: string
  /** What stopped the run from starting (validation, a cluster error...). */
  error?: unknown
  /** Report files written. */
  reports: string[]
  /** Why a report could not be written. */
  reportError?: string
  /** Experiments whose journal could not be written: no evidence, so the gate fails. */
  unwrittenJournals: string[]
  /** Whether the gate fails: the fail-on policy, or an error, a stop, a missing journal or report. */
  failed: boolean
}

interface RunState {
  selected: string[]
  summary?: RunSummary
  session?: ClusterSession
  registry?: ProviderRegistry
  /** `.svc` URL tunnels and port-forwards of the run (closed with the registry). */
  services?: ServiceRoutes
  /** Keeps the resource ledger; flushed at the end and before a forced exit. */
  ledger?: LedgerKeeper
}

export async function executeRun(plan: RunPlan, hooks: RunHooks): Promise<RunOutcome> {
  const { logger } = hooks
  const runId = plan.runId ?? newRunId()
  const journalDir = journalDirOf(plan)
  const ledger = ledgerPathFor(journalDir)
  const state: RunState = { selected: [] }
  const stop = installRunStop({
    logger,
    timeoutMinutes: plan.timeoutMinutes,
    timeoutName: hooks.spell('timeout-minutes'),
    onForcedExit: () => {
      state.ledger?.flush()
      hooks.onForcedExit?.()
    }
  })
  let error: unknown
  try {
    // Before any cluster or experiment: a run that cannot keep its journals must not start.
    await prepareJournalDir(journalDir)
    await hooks.onStart?.({ runId, journalDir, ledger })
    await runPlan(
      plan,
      hooks,
      { runId, journalDir, ledger, stop: stop.signal, hard: stop.hardSignal },
      state
    )
  } catch (caught) {
    error = caught
    if (caught instanceof ExperimentValidationError) hooks.onValidationError?.(caught)
  } finally {
    state.ledger?.flush()
    stop.dispose()
    await state.registry?.close().catch(() => undefined)
    await state.services?.close().catch(() => undefined)
    if (hooks.teardownCluster !== false) {
      await state.session?.cluster
        .teardown()
        .catch((e: unknown) => logger.warning(`cluster teardown: ${errorMessage(e)}`))
    }
  }
  const outcome: RunOutcome = {
    runId,
    journalDir,
    selected: state.selected,
    ...(state.summary ? { summary: state.summary } : {}),
    verdict: state.summary ? overallVerdict(state.summary.results) : error ? 'error' : 'none',
    ...(stop.reason ? { stopped: stop.reason } : {}),
    ...(error === undefined ? {} : { error }),
    reports: [],
    unwrittenJournals: state.summary?.unwrittenJournals ?? [],
    failed: false
  }
  if (state.summary && plan.baseline) {
    const baseline = await loadBaseline(
      plan.baseline,
      state.summary.results,
      plan.regressionTolerance
    )
    if (baseline.note !== undefined) logger.info(baseline.note)
    for (const line of regressionLines(baseline)) logger.warning(line)
    outcome.summary = { ...state.summary, baseline }
  }
  if (outcome.summary) await writePlannedReports(plan, outcome.summary, outcome, logger)
  outcome.failed =
    error !== undefined ||
    outcome.stopped !== undefined ||
    state.summary?.interrupted === true ||
    outcome.reportError !== undefined ||
    outcome.unwrittenJournals.length > 0 ||
    failsGate(
      state.summary?.results ?? [],
      plan.failOn,
      outcome.summary?.baseline?.regressions ?? 0
    )
  return outcome
}

interface RunContext {
  runId: string
  journalDir: string
  ledger: string
  stop: AbortSignal
  hard: AbortSignal
}

async function runPlan(
  plan: RunPlan,
  hooks: RunHooks,
  ctx: RunContext,
  state: RunState
): Promise<void> {
  const { logger } = hooks
  checkClusterPlan(plan.cluster, hooks.spell)
  const prepared = await prepareRun(plan, {
    logger,
    ...(hooks.createRegistry ? { createRegistry: hooks.createRegistry } : {})
  })
  state.selected = prepared.files
  hooks.onSelected?.(prepared.files)
  if (prepared.files.length === 0) logger.info('no experiment selected: nothing to run')

  const { kubernetes } = partitionByKubernetes(prepared.loaded, plan.dry ?? null)
  if (wantsCluster(plan.cluster, kubernetes.length > 0) && !ctx.stop.aborted) {
    state.session = await logger.group('Cluster', () =>
      (hooks.openCluster ?? openRunCluster)(plan.cluster, {
        needsKubernetes: kubernetes.length > 0,
        logsDir: join(ctx.journalDir, 'cluster-logs'),
        logger,
        signal: ctx.stop,
        spell: hooks.spell
      })
    )
  }
  const skipped = state.session ? [] : kubernetes
  const reason = skipReason(plan.cluster, hooks.spell)
  for (const l of skipped) logger.warning(`${l.file}: ${reason}`)
  const runnable = prepared.loaded.filter((l) => !skipped.includes(l))
  if (state.session && kubernetes.length > 0) {
    const radius = sessionKubernetes(plan, state.session).allowedNamespaces
    logger.info(
      `${kubernetes.length} experiment(s) use Kubernetes; faults allowed in ` +
        (radius ? radius.join(', ') : 'the namespaces each experiment names')
    )
  }

  const kube = sessionKubernetes(plan, state.session)
  // `.svc` URLs and port-forwards reach the cluster the run uses (the session's, if it made one).
  state.services = await openServiceRoutes({
    ...(kube.kubeconfig ? { kubeconfig: kube.kubeconfig } : {}),
    ...(kube.context ? { context: kube.context } : {}),
    portForwards: plan.cluster.portForwards,
    namespaces: state.session?.namespaces ?? [],
    logger
  })
  const registry = (hooks.createRegistry ?? planRegistry)(kube, state.services)
  state.registry = registry
  // A killed earlier run's leftovers (process groups, faults) go first; this run keeps its own.
  await sweepLeftovers(ctx.ledger, registry, logger)
  const keepLedger = ledgerKeeper(ctx.ledger, ctx.runId, logger)
  state.ledger = keepLedger
  const summary = await runExperiments(runnable, {
    journalDir: ctx.journalDir,
    runId: ctx.runId,
    registry,
    logger,
    signal: ctx.stop,
    hardSignal: ctx.hard,
    // The first signal stops the method; rollbacks still run, cut by our stop's hard signal.
    rollbackOnInterrupt: true,
    interruptRollbackBudgetMs: 60_000,
    vars: prepared.overrides,
    ...(plan.rollbackStrategy ? { rollbackStrategy: plan.rollbackStrategy } : {}),
    ...(plan.hypothesisStrategy ? { hypothesisStrategy: plan.hypothesisStrategy } : {}),
    ...(plan.hypothesisFrequency === undefined
      ? {}
      : { hypothesisFrequency: plan.hypothesisFrequency }),
    failFast: plan.failFast,
    dry: plan.dry ?? null,
    env: process.env,
    onResourcesChanged: (resources) => {
      keepLedger(resources)
      hooks.onResourcesChanged?.(resources)
    }
  })
  state.summary = withSkipped(summary, prepared.loaded, skipped, reason)
}

/** The summary with the skipped experiments put back in selection order. */
function withSkipped(
  summary: RunSummary,
  loaded: readonly LoadedExperiment[],
  skipped: readonly LoadedExperiment[],
  reason: string
): RunSummary {
  if (skipped.length === 0) return summary
  const ran = [...summary.results]
  const results = loaded.map((l) => (skipped.includes(l) ? skippedResult(l, reason) : ran.shift()!))
  const passed = results.filter((r) => r.verdict === 'passed').length
  return {
    ...summary,
    results,
    passed,
    notPassed: results.length - passed,
    verdict: summaryVerdict(results, summary.unwrittenJournals.length)
  }
}

async function writePlannedReports(
  plan: RunPlan,
  summary: RunSummary & { baseline?: BaselineComparison },
  outcome: RunOutcome,
  logger: Logger
): Promise<void> {
  const input = plan.shard ? { ...summary, shard: plan.shard } : summary
  const written = await writeReportPlan(plan.reports, input, logger)
  outcome.reports = written.reports
  if (written.error !== undefined) outcome.reportError = written.error
}

/** Writes the planned report files; a failure is returned (it fails the gate), never thrown. */
export async function writeReportPlan(
  reports: ReportPlan,
  summary: SummaryInput,
  logger: Logger
): Promise<{ reports: string[]; error?: string }> {
  const { json, junit, markdown, html, links } = reports
  try {
    const written = await writeReports(summary, {
      ...(links ? { links } : {}),
      ...(json ? { json } : {}),
      ...(junit ? { junit } : {}),
      ...(markdown ? { report: markdown } : {}),
      ...(html ? { html } : {})
    })
    for (const file of written) logger.info(`report written to ${file}`)
    return { reports: written }
  } catch (error) {
    // The verdicts are known and the journals written; a missing report still fails the run.
    const message = errorMessage(error)
    logger.error(`could not write a report: ${message}`)
    return { reports: [], error: message }
  }
}
