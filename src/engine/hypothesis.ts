/**
 * The steady-state hypothesis (chaoslib `run_steady_state_hypothesis`) and the continuous loop
 * that repeats it while the method runs.
 */
import { InterruptedError, errorMessage } from './errors.ts'
import { ActivityAborted, isRef, runActivity, runProviderOnly, sleep } from './activity.ts'
import type { RunContext } from './activity.ts'
import { withinTolerance } from './tolerance.ts'
import type { Activity, Hypothesis, SteadyState } from './types.ts'

export type HypothesisPhase = 'before' | 'during' | 'after'

export interface HypothesisOptions {
  phase: HypothesisPhase
  signal: AbortSignal
}

/**
 * Runs every probe in order; the first one that fails or misses its tolerance ends the
 * hypothesis as not met. A tolerance that can't be evaluated (ToleranceError...) is thrown, as
 * chaostoolkit lets it crash the run. Throws InterruptedError when the signal aborts.
 */
export async function runSteadyState(
  hypothesis: Hypothesis,
  ctx: RunContext,
  opts: HypothesisOptions
): Promise<SteadyState> {
  const state: SteadyState = { steady_state_met: true, probes: [] }
  try {
    await evaluate(hypothesis, ctx, opts, state)
  } catch (error) {
    if (error instanceof InterruptedError) throw error
    // Keep what ran, so the journal shows where the hypothesis broke.
    if (error instanceof ActivityAborted && error.run) state.probes.push(error.run)
    const last = state.probes[state.probes.length - 1]
    if (last) last.tolerance_met = false
    state.steady_state_met = false
    throw new HypothesisAborted(state, error)
  }
  if (state.steady_state_met) ctx.logger.info('Steady state hypothesis is met!')
  return state
}

/** The hypothesis could not be evaluated (chaostoolkit crashes); `state` is what ran. */
export class HypothesisAborted extends Error {
  readonly state: SteadyState
  constructor(state: SteadyState, cause: unknown) {
    super(errorMessage(cause), { cause })
    this.name = 'HypothesisAborted'
    this.state = state
  }
}

async function evaluate(
  hypothesis: Hypothesis,
  ctx: RunContext,
  opts: HypothesisOptions,
  state: SteadyState
): Promise<void> {
  const probes = hypothesis.probes ?? []
  for (const [index, entry] of probes.entries()) {
    if (opts.signal.aborted) throw new InterruptedError()
    const activity = ctx.resolve(entry)
    const path = ['steady-state-hypothesis', 'probes', index]
    const run = await runActivity(activity, ctx, { path, signal: opts.signal, inRollback: false })
    state.probes.push(run)
    if (opts.signal.aborted) throw new InterruptedError()
    if (run.status === 'failed') {
      run.tolerance_met = false
      state.steady_state_met = false
      ctx.logger.warning('Probe terminated unexpectedly, so its tolerance could not be validated')
      return
    }
    run.tolerance_met = true
    // Dry probes have no output to check.
    if (ctx.dry === 'probes' || ctx.dry === 'activities') continue
    // A ref entry carries its own tolerance; the target's is not used.
    const declared = isRef(entry) ? entry.tolerance : (entry as Activity).tolerance
    // withinTolerance substitutes a string tolerance itself.
    const met = await withinTolerance(declared, run.output, {
      configuration: ctx.configuration,
      secrets: ctx.secrets,
      logger: ctx.logger,
      signal: opts.signal,
      runProbe: (probe: Activity) => runToleranceProbe(probe, ctx, opts.signal)
    })
    if (!met) {
      run.tolerance_met = false
      state.steady_state_met = false
      ctx.logger.warning(`Probe '${activity.name}' is not in the given tolerance`)
      return
    }
  }
}

async function runToleranceProbe(
  probe: Activity,
  ctx: RunContext,
  signal: AbortSignal
): Promise<unknown> {
  return runProviderOnly(probe, ctx, {
    path: ['steady-state-hypothesis'],
    signal,
    inRollback: false
  })
}

export function hasProbes(hypothesis: Hypothesis | undefined): hypothesis is Hypothesis {
  return Array.isArray(hypothesis?.probes) && hypothesis.probes.length > 0
}

export interface ContinuousOptions {
  hypothesis: Hypothesis
  frequencySeconds: number
  failFast: boolean
  /** Aborted when the method is over. */
  methodDone: AbortSignal
  signal: AbortSignal
  /** chaostoolkit stops when the journal status becomes failed, interrupted or aborted. */
  stopped(): boolean
  onState(state: SteadyState): void
  /** fail-fast tripped: the run's status becomes `failed`. */
  onFailFast(): void
}

/**
 * chaoslib `run_hypothesis_continuously`: the hypothesis right away, then again `frequency`
 * seconds after each iteration ends, until the method is done. With fail-fast, the first
 * iteration that is not met stops the loop (the fail-fast ratio is always 0 from the CLI).
 */
export async function runContinuously(ctx: RunContext, opts: ContinuousOptions): Promise<void> {
  ctx.logger.info(
    `Executing the steady-state hypothesis continuously every ${opts.frequencySeconds} seconds`
  )
  let iteration = 1
  let failed = 0
  const wake = AbortSignal.any([opts.methodDone, opts.signal])
  while (!opts.methodDone.aborted && !opts.signal.aborted) {
    if (opts.stopped()) break
    const state = await runSteadyState(opts.hypothesis, ctx, {
      phase: 'during',
      signal: opts.signal
    })
    opts.onState(state)
    if (!state.steady_state_met) {
      failed += 1
      const ratio = (failed * 100) / iteration
      const last = state.probes[state.probes.length - 1]
      ctx.logger.warning(
        `Continuous steady state probe '${last?.activity.name ?? '?'}' is not in the given tolerance`
      )
      if (opts.failFast) {
        ctx.logger.info(
          `Terminating immediately the experiment after ${ratio.toFixed(1)}% hypothesis deviated`
        )
        opts.onFailFast()
        break
      }
    }
    iteration += 1
    await sleep(opts.frequencySeconds * 1000, wake)
  }
}
