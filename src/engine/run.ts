/**
 * runExperiment(): chaostoolkit's run semantics (chaoslib `Runner._run`) producing its journal.
 *
 * Deliberate differences from chaostoolkit, kept few (each has a test in __tests__/engine):
 * 1. Interrupt (options.signal aborted): the method stops at once (in-flight providers see an
 *    aborted signal: processes are killed, requests aborted), the status is `interrupted`, and the
 *    rollbacks RUN unless the strategy is explicitly `never` (chaostoolkit plays them only with
 *    `always`). They get `interruptRollbackBudgetMs`; `hardSignal` stops everything now.
 * 2. Secret values are masked as `***` everywhere in the journal (chaostoolkit writes them).
 * 3. Errors chaostoolkit lets escape without a journal (a tolerance it can't evaluate, a bad ref
 *    in the hypothesis, a rollback raising something other than ActivityFailed) end the run as
 *    `aborted` with a journal, and the remaining rollbacks still run.
 * Activity timeouts are the providers' own `timeout`, as in chaostoolkit: nothing else.
 */
import { isRef, runActivity, runProviderOnly } from './activity.ts'
import type { RunContext } from './activity.ts'
import { loadConfiguration, loadDynamicConfiguration, loadSecrets } from './configuration.ts'
import { InterruptedError, errorMessage } from './errors.ts'
import { HypothesisAborted, hasProbes, runContinuously, runSteadyState } from './hypothesis.ts'
import {
  ABORT_REASON,
  chaoslibVersion,
  isoTimestamp,
  maskJournal,
  newRunId,
  nodeName,
  platformString,
  preciseNow,
  secondsBetween
} from './journal.ts'
import { SecretMasker, silentLogger } from './logger.ts'
import { accountRollbacks, attachRollbackAccount } from './rollback-account.ts'
import type { DeclaredRollback, RollbackAccount } from './rollback-account.ts'
import type { Logger } from './logger.ts'
import { substitute } from './substitute.ts'
import { noopTracer } from './tracing.ts'
import type { SpanHandle, Tracer } from './tracing.ts'
import type {
  Activity,
  ActivityOrRef,
  ActivityRun,
  Configuration,
  DocPath,
  DryMode,
  Experiment,
  ExperimentStatus,
  HypothesisStrategy,
  Journal,
  PartialJournal,
  RollbackStrategy,
  Secrets,
  SourceLocation,
  SteadyState
} from './types.ts'
import { METHOD_FOREGROUND_DONE } from './provider.ts'
import type { ProviderRegistry, ResourceTracker, RunState, TrackedResource } from './provider.ts'

/** What runExperiment needs of a loaded experiment (load.ts's LoadedExperiment fits). */
export interface RunnableExperiment {
  file: string
  experiment: Experiment
  locate(path: DocPath): SourceLocation | undefined
}

/** The most often the journal so far is rewritten during a run (a kill loses at most this much). */
export const PROGRESS_INTERVAL_MS = 100

export interface RunOptions {
  registry: ProviderRegistry
  logger?: Logger
  /** Interrupt: stop the method, run rollbacks (see the header), return the journal. */
  signal?: AbortSignal
  /**
   * Masks every journal and message that leaves the run; the logger's own masker by default, so
   * the log and the journals hide the same values.
   */
  masker?: SecretMasker
  /** Stop everything now, rollbacks included (a second signal). */
  hardSignal?: AbortSignal
  /** These override the experiment's `runtime` block. */
  rollbackStrategy?: RollbackStrategy
  hypothesisStrategy?: HypothesisStrategy | 'continuous' | 'continously'
  /** Seconds between continuous hypothesis iterations. Default 1. */
  hypothesisFrequency?: number
  failFast?: boolean
  dry?: DryMode | null
  /** `--var` / `--var-file` overrides. */
  vars?: { configuration?: Record<string, unknown>; secrets?: Secrets }
  env?: Record<string, string | undefined>
  runId?: string
  /** Run rollbacks when interrupted (unless the strategy is `never`). Default true. */
  rollbackOnInterrupt?: boolean
  /** Time the rollbacks and cleanups get after an interrupt. Default 6000 ms. */
  interruptRollbackBudgetMs?: number
  /** The resources still tracked, each time that list changes (for a ledger on disk). */
  onResourcesChanged?: (resources: readonly TrackedResource[]) => void
  /**
   * The journal so far (masked, `status: null`, no `end`): at the start and each time an activity
   * starts or ends. Synchronous on purpose: what it writes is on disk before the run goes on.
   */
  onProgress?: (journal: PartialJournal) => void
  /** Traces phases and activities (OpenTelemetry); no-op when absent. */
  tracer?: Tracer
  /** The experiment's span, parent of the phase spans. */
  parentSpan?: SpanHandle
}

export interface ResolvedStrategies {
  rollback: RollbackStrategy
  hypothesis: HypothesisStrategy
  frequency: number
  failFast: boolean
  dry: DryMode | null
}

/** Experiment `runtime` block first, then the options (CLI flags, action inputs) override it. */
export function resolveStrategies(
  experiment: Experiment,
  options: RunOptions,
  logger: Logger
): ResolvedStrategies {
  const runtime = experiment.runtime ?? {}
  let hypothesis: string = options.hypothesisStrategy ?? runtime.hypothesis?.strategy ?? 'default'
  if (hypothesis === 'continously') {
    logger.warning("the 'continously' hypothesis strategy is spelled 'continuously' now")
    hypothesis = 'continuously'
  }
  if (hypothesis === 'continuous') hypothesis = 'continuously'
  const frequency = options.hypothesisFrequency ?? runtime.hypothesis?.frequency ?? 1
  return {
    rollback: options.rollbackStrategy ?? runtime.rollbacks?.strategy ?? 'default',
    hypothesis: hypothesis as HypothesisStrategy,
    frequency: typeof frequency === 'number' && frequency >= 0 ? frequency : 1,
    failFast: options.failFast ?? runtime.hypothesis?.fail_fast ?? false,
    dry: options.dry ?? null
  }
}

const BEFORE: readonly HypothesisStrategy[] = ['default', 'before-method-only', 'continuously']
const AFTER: readonly HypothesisStrategy[] = ['default', 'after-method-only', 'continuously']
const DURING: readonly HypothesisStrategy[] = ['during-method-only', 'continuously']
const STOPPING: readonly (ExperimentStatus | null)[] = ['failed', 'aborted', 'interrupted']

/** chaostoolkit's ref cache: method and hypothesis probes (not rollbacks); later names win. */
function refCache(experiment: Experiment): Map<string, Activity> {
  const cache = new Map<string, Activity>()
  const entries: ActivityOrRef[] = [
    ...(Array.isArray(experiment.method) ? experiment.method : []),
    ...(experiment['steady-state-hypothesis']?.probes ?? [])
  ]
  for (const entry of entries) {
    if (entry && !isRef(entry) && typeof entry.name === 'string')
      cache.set(entry.name, entry as Activity)
  }
  return cache
}

export async function runExperiment(
  loaded: RunnableExperiment,
  options: RunOptions
): Promise<Journal> {
  const logger = options.logger ?? silentLogger
  const experiment = loaded.experiment
  const env = options.env ?? process.env
  const runId = options.runId ?? newRunId()
  const interrupt = options.signal ?? new AbortController().signal
  const hard = options.hardSignal ?? new AbortController().signal
  const runSignal = AbortSignal.any([interrupt, hard])

  const configuration: Configuration = loadConfiguration(
    experiment.configuration ?? {},
    options.vars?.configuration ?? {},
    env
  )
  const secrets: Secrets = loadSecrets(experiment.secrets ?? {}, options.vars?.secrets ?? {}, env)
  const masker = options.masker ?? logger.masker ?? new SecretMasker()
  registerSecrets(secrets, masker, logger)

  const strategies = resolveStrategies(experiment, options, logger)
  const title = String(substitute(experiment.title, configuration, secrets))
  logger.info(`Running experiment: ${title}`)
  if (strategies.dry) logger.warning(`Running experiment with dry ${strategies.dry}`)
  logger.info(`Steady-state strategy: ${strategies.hypothesis}`)
  logger.info(`Rollbacks strategy: ${strategies.rollback}`)

  const startMs = preciseNow()
  const start = isoTimestamp(startMs)

  // Resources providers started and have not undone yet.
  const tracked: TrackedResource[] = []
  const notify = (): void => options.onResourcesChanged?.([...tracked])
  const resources: ResourceTracker = {
    track(resource) {
      tracked.push(resource)
      notify()
      return () => {
        const at = tracked.indexOf(resource)
        if (at >= 0) {
          tracked.splice(at, 1)
          notify()
        }
      }
    }
  }
  const stateMap = new Map<string, unknown>()
  const state: RunState = {
    get: <T>(k: string) => stateMap.get(k) as T | undefined,
    set: (k, v) => void stateMap.set(k, v)
  }
  const cache = refCache(experiment)
  const tracer = options.tracer ?? noopTracer
  const ctx: RunContext = {
    registry: options.registry,
    configuration,
    secrets,
    logger,
    dry: strategies.dry,
    runId,
    experimentFile: loaded.file,
    resources,
    state,
    locate: (path) => loaded.locate(path),
    tracer,
    span: options.parentSpan,
    resolve(entry) {
      if (!isRef(entry)) return entry as Activity
      const target = cache.get(entry.ref)
      if (target === undefined)
        throw new Error(`referenced activity '${entry.ref}' could not be found in the experiment`)
      return target
    }
  }

  // One log group and one trace span per phase; activities started inside are the span's children.
  const phase = <T>(name: string, fn: () => Promise<T>): Promise<T> =>
    logger.group(name, async () => {
      const span = tracer.startSpan(name, { 'chaos.phase': name }, options.parentSpan)
      const outer = ctx.span
      ctx.span = span
      try {
        return await fn()
      } catch (error) {
        tracer.end(span, {}, error)
        throw error
      } finally {
        tracer.end(span)
        ctx.span = outer
      }
    })

  // Dynamic configuration: probes whose output becomes a configuration value, in key order.
  const dynamic = await loadDynamicConfiguration(
    configuration,
    secrets,
    (activity, soFar) =>
      runProviderOnly(
        activity,
        { ...ctx, configuration: soFar },
        { path: ['configuration'], signal: runSignal, inRollback: false }
      ),
    logger
  )
  for (const key of Object.keys(configuration)) delete configuration[key]
  Object.assign(configuration, dynamic)

  // The rollbacks' own signal: a hard stop, or the budget running out after an interrupt.
  const rollbackController = new AbortController()
  const budgetMs = options.interruptRollbackBudgetMs ?? 6000
  let budgetTimer: NodeJS.Timeout | undefined
  const startBudget = (): void => {
    if (budgetTimer === undefined && !rollbackController.signal.aborted) {
      budgetTimer = setTimeout(
        () =>
          rollbackController.abort(
            new InterruptedError(`the rollback budget of ${budgetMs / 1000} s running out`)
          ),
        budgetMs
      )
    }
  }
  // The front door's hard stop says why (a second signal, its own rollback budget).
  const onHard = (): void =>
    rollbackController.abort(
      hard.reason instanceof InterruptedError
        ? hard.reason
        : new InterruptedError('the hard stop (a second signal)')
    )
  if (hard.aborted) onHard()
  else hard.addEventListener('abort', onHard, { once: true })
  if (interrupt.aborted) startBudget()
  else interrupt.addEventListener('abort', startBudget, { once: true })

  let status = null as ExperimentStatus | null
  let deviated = false as boolean
  let before = null as SteadyState | null
  let after = null as SteadyState | null
  const during: SteadyState[] = []
  const runSlots: (ActivityRun | undefined)[] = []
  let rollbacks: ActivityRun[] = []
  let account: RollbackAccount | undefined

  let rollbackEntries: DeclaredRollback[] = []

  // The journal as it stands; written to disk after every activity so a kill leaves evidence.
  const journalSoFar = <S extends ExperimentStatus | null>(
    current: S
  ): Omit<Journal, 'status' | 'end' | 'duration'> & { status: S } => ({
    'chaoslib-version': chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...experiment, title, dry: strategies.dry },
    start,
    status: current,
    deviated,
    steady_states: { before, after, during: [...during] },
    run: runSlots.filter((r): r is ActivityRun => r !== undefined),
    rollbacks: rollbackEntries.length
      ? rollbackEntries.flatMap((e) => (e.run ? [e.run] : []))
      : rollbacks
  })
  // Written at most every PROGRESS_INTERVAL_MS (the latest state, by a trailing timer): rewriting
  // the whole journal after each of hundreds of quick activities would cost more than running them.
  let lastProgress = Number.NEGATIVE_INFINITY
  let pendingProgress: NodeJS.Timeout | undefined
  const writeProgress = (): void => {
    pendingProgress = undefined
    lastProgress = performance.now()
    try {
      options.onProgress?.(maskJournal(journalSoFar(null), masker))
    } catch (error) {
      logger.warning(`could not record the journal so far: ${errorMessage(error)}`)
    }
  }
  const progress = (): void => {
    if (options.onProgress === undefined || pendingProgress !== undefined) return
    const wait = PROGRESS_INTERVAL_MS - (performance.now() - lastProgress)
    if (wait <= 0) writeProgress()
    else pendingProgress = setTimeout(writeProgress, wait)
  }
  ctx.onActivity = progress
  progress()

  const ssh = experiment['steady-state-hypothesis']
  const withSsh = strategies.hypothesis !== 'skip' && hasProbes(ssh)
  if (!withSsh) logger.info("No steady state hypothesis defined. That's ok, just exploring.")

  let abortMessage: string | undefined
  const markAborted = (error: unknown): void => {
    status = 'aborted'
    abortMessage ??= errorMessage(error)
    logger.error(
      `Experiment ran into an unexpected fatal error, aborting now: ${errorMessage(error)}`
    )
  }

  try {
    let gatePassed = true
    if (withSsh && BEFORE.includes(strategies.hypothesis)) {
      await phase('Steady-state hypothesis (before)', async () => {
        try {
          before = await runSteadyState(ssh, ctx, { phase: 'before', signal: runSignal })
        } catch (error) {
          if (error instanceof HypothesisAborted) before = error.state
          throw error
        }
        if (!before.steady_state_met) {
          gatePassed = false
          const last = before.probes[before.probes.length - 1]
          // A probe that raised fails the run; a tolerance merely missed leaves it completed.
          if (last?.status === 'failed') status = 'failed'
          logger.error(
            `Steady state probe '${last?.activity.name ?? '?'}' is not in the given tolerance so failing this experiment`
          )
        }
      })
    }

    if (gatePassed) {
      const methodDone = new AbortController()
      let loop: Promise<void> = Promise.resolve()
      if (withSsh && DURING.includes(strategies.hypothesis)) {
        loop = runContinuously(ctx, {
          hypothesis: ssh,
          frequencySeconds: strategies.frequency,
          failFast: strategies.failFast,
          methodDone: methodDone.signal,
          signal: runSignal,
          stopped: () => STOPPING.includes(status),
          onState: (s) => during.push(s),
          onFailFast: () => {
            status = 'failed'
          }
        }).catch((error: unknown) => {
          if (runSignal.aborted || error instanceof InterruptedError) return
          if (error instanceof HypothesisAborted) during.push(error.state)
          markAborted(error)
        })
      }

      let methodAborted = false
      try {
        await phase('Method', async () => {
          try {
            await runMethod(experiment.method ?? [], ctx, runSignal, runSlots, () => status)
          } catch (error) {
            if (error instanceof InterruptedError || runSignal.aborted) throw new InterruptedError()
            methodAborted = true
            markAborted(error)
          }
        })
      } finally {
        methodDone.abort()
        await loop
      }

      if (runSignal.aborted) throw new InterruptedError()
      if (
        !methodAborted &&
        status !== 'interrupted' &&
        status !== 'aborted' &&
        withSsh &&
        AFTER.includes(strategies.hypothesis)
      ) {
        await phase('Steady-state hypothesis (after)', async () => {
          try {
            after = await runSteadyState(ssh, ctx, { phase: 'after', signal: runSignal })
          } catch (error) {
            if (error instanceof HypothesisAborted) after = error.state
            throw error
          }
          if (!after.steady_state_met) {
            deviated = true
            const last = after.probes[after.probes.length - 1]
            status = last?.status === 'failed' ? 'failed' : 'completed'
            logger.error(
              `Steady state probe '${last?.activity.name ?? '?'}' is not in the given tolerance so failing this experiment`
            )
          }
        })
      }
    }
  } catch (error) {
    if (error instanceof InterruptedError || runSignal.aborted) {
      status = 'interrupted'
      logger.warning('Received an interruption: stopping the experiment')
    } else {
      markAborted(error)
    }
  }
  if (runSignal.aborted) status = 'interrupted'

  // Rollbacks: chaostoolkit's strategy table, plus our interrupt rule (see the header).
  const interrupted = status === 'interrupted'
  let play: boolean
  switch (strategies.rollback) {
    case 'always':
      play = true
      break
    case 'never':
      play = false
      break
    case 'deviated':
      play = deviated
      break
    default:
      play = status !== 'failed' && status !== 'interrupted'
  }
  if (interrupted && strategies.rollback !== 'never') play = options.rollbackOnInterrupt ?? true
  if (interrupted && strategies.rollback === 'always') play = true
  // A hard stop before the rollbacks began: none starts, and the journal says so.
  const stoppedBeforeRollbacks = play && hard.aborted
  if (hard.aborted) play = false
  const declaredRollbacks = experiment.rollbacks ?? []
  if (play && declaredRollbacks.length > 0) {
    await phase('Rollbacks', async () => {
      rollbackEntries = declaredRollbacks.map((entry) => ({ name: rollbackName(entry) }))
      const outcome = await runRollbacks(
        declaredRollbacks,
        rollbackEntries,
        ctx,
        rollbackController.signal
      )
      rollbacks = outcome.runs
      account = outcome.account
      if (outcome.aborted !== undefined && status !== 'interrupted') markAborted(outcome.aborted)
      if (outcome.stopped) status = 'interrupted'
    })
  } else if (declaredRollbacks.length > 0) {
    if (stoppedBeforeRollbacks) {
      const stoppedBy = errorMessage(rollbackController.signal.reason)
      account = accountRollbacks(
        declaredRollbacks.map((entry) => ({ name: rollbackName(entry) })),
        new Set(),
        stoppedBy
      )
    }
    logger.info(
      `Rollbacks not played (strategy ${strategies.rollback}, status ${status ?? 'completed'})`
    )
  }

  // An interrupt that arrived while the rollbacks ran still ends the run interrupted.
  if (interrupt.aborted || hard.aborted) status = 'interrupted'

  if (tracked.length > 0) {
    await phase('Cleanup', async () => {
      for (const resource of [...tracked].reverse()) {
        if (rollbackController.signal.aborted && hard.aborted) break
        try {
          logger.info(`Undoing ${resource.kind}: ${resource.description}`)
          await resource.undo(rollbackController.signal)
          const at = tracked.indexOf(resource)
          if (at >= 0) {
            tracked.splice(at, 1)
            notify()
          }
        } catch (error) {
          // Kept in the list, so the post step can try again from the ledger.
          logger.error(
            `Could not undo ${resource.kind} ${resource.description}: ${errorMessage(error)}`
          )
        }
      }
    })
  }

  clearTimeout(budgetTimer)
  // The final journal is written by the caller: no partial one may land after it.
  clearTimeout(pendingProgress)
  hard.removeEventListener('abort', onHard)
  interrupt.removeEventListener('abort', startBudget)

  const endMs = preciseNow()
  const finalStatus: ExperimentStatus = status ?? 'completed'
  logger.info(`Experiment ended with status: ${deviated ? 'deviated' : finalStatus}`)
  if (deviated) logger.info('The steady-state has deviated, a weakness may have been discovered')

  const journal: Journal = {
    ...journalSoFar(finalStatus),
    end: isoTimestamp(endMs),
    duration: secondsBetween(startMs, endMs)
  }
  if (abortMessage !== undefined) {
    Object.defineProperty(journal, ABORT_REASON, { value: abortMessage, enumerable: false })
  }
  const masked = maskJournal(journal, masker)
  if (account !== undefined) attachRollbackAccount(masked, masker.maskDeep(account))
  return masked
}

/** Secret values (any type, any depth) go to the masker of the journals and to the logger. */
export function registerSecrets(values: unknown, masker: SecretMasker, logger: Logger): void {
  masker.add(values)
  logger.addSecret(values)
}

async function runMethod(
  method: ActivityOrRef[],
  ctx: RunContext,
  signal: AbortSignal,
  slots: (ActivityRun | undefined)[],
  currentStatus: () => ExperimentStatus | null
): Promise<void> {
  ctx.logger.info("Playing your experiment's method now...")
  // Background activities that last "until the method ends" (load) watch this key.
  ctx.state.set(METHOD_FOREGROUND_DONE, false)
  const background: Promise<void>[] = []
  let backgroundError: unknown
  try {
    for (const [index, entry] of method.entries()) {
      if (signal.aborted) throw new InterruptedError()
      const activity = ctx.resolve(entry)
      const slot = slots.length
      slots.push(undefined)
      const started = runActivity(activity, ctx, {
        path: ['method', index],
        signal,
        inRollback: false,
        onStart: (run) => {
          slots[slot] = run
        }
      })
      if (activity.background) {
        background.push(
          started.then(
            () => undefined,
            (error: unknown) => {
              backgroundError ??= error
            }
          )
        )
      } else {
        await started
      }
      if (STOPPING.includes(currentStatus())) break
    }
  } finally {
    ctx.state.set(METHOD_FOREGROUND_DONE, true)
    // The method waits for its background activities, as chaostoolkit's pool shutdown does.
    await Promise.all(background)
  }
  if (signal.aborted) throw new InterruptedError()
  if (backgroundError !== undefined) throw backgroundError
}

function rollbackName(entry: ActivityOrRef): string {
  if (isRef(entry)) return entry.ref
  return typeof entry.name === 'string' ? entry.name : '?'
}

async function runRollbacks(
  declared: ActivityOrRef[],
  entries: DeclaredRollback[],
  ctx: RunContext,
  signal: AbortSignal
): Promise<{
  runs: ActivityRun[]
  account: RollbackAccount
  stopped: boolean
  aborted?: unknown
}> {
  const cut = new Set<ActivityRun>()
  const background: Promise<void>[] = []
  let aborted: unknown
  let stopped = false
  const record = (error: unknown): void => {
    if (error instanceof InterruptedError || signal.aborted) stopped = true
    else aborted ??= error
  }
  // A rollback that failed while the rollbacks' signal was aborted was cut short, not failing.
  const settled = (entry: DeclaredRollback): void => {
    if (entry.run?.status === 'failed' && signal.aborted) cut.add(entry.run)
  }
  for (const [index, item] of declared.entries()) {
    if (signal.aborted) {
      stopped = true
      break
    }
    const entry = entries[index]!
    let activity: Activity
    try {
      activity = ctx.resolve(item)
    } catch (error) {
      record(error)
      continue
    }
    const started = runActivity(activity, ctx, {
      path: ['rollbacks', index],
      signal,
      inRollback: true,
      onStart: (run) => {
        entry.run = run
      }
    }).then(
      () => settled(entry),
      (error: unknown) => {
        settled(entry)
        record(error)
      }
    )
    if (activity.background) background.push(started)
    else await started
  }
  await Promise.all(background)
  if (signal.aborted) stopped = true
  const stoppedBy = signal.aborted ? errorMessage(signal.reason) : undefined
  return {
    runs: entries.flatMap((e) => (e.run === undefined ? [] : [e.run])),
    account: accountRollbacks(entries, cut, stoppedBy),
    stopped,
    ...(aborted === undefined ? {} : { aborted })
  }
}
