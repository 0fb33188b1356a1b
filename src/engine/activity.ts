/**
 * Runs one activity the way chaoslib's `execute_activity` does: pauses, dry modes, provider call,
 * timing, and the journal entry. An `ActivityFailed` (or an interrupt) becomes a failed entry;
 * anything else is thrown as an `ActivityAborted` for the caller to abort the experiment.
 */
import { ActivityFailed, InterruptedError, NoEffectError, errorMessage } from './errors.ts'
import { formatException, isoTimestamp, preciseNow, secondsBetween } from './journal.ts'
import type { Logger } from './logger.ts'
import { activityEndAttributes, activityStartAttributes } from './tracing.ts'
import type { SpanHandle, Tracer } from './tracing.ts'
import { substitute } from './substitute.ts'
import type {
  Activity,
  ActivityOrRef,
  ActivityRun,
  Configuration,
  DocPath,
  DryMode,
  ProviderSpec,
  Secrets,
  SourceLocation
} from './types.ts'
import type {
  ActivityContext,
  ProviderRegistry,
  ResourceTracker,
  RunState
} from '../providers/provider.ts'

/** What every activity of one run shares. */
export interface RunContext {
  registry: ProviderRegistry
  configuration: Configuration
  secrets: Secrets
  logger: Logger
  dry: DryMode | null
  runId: string
  experimentFile: string
  resources: ResourceTracker
  state: RunState
  locate(path: DocPath): SourceLocation | undefined
  /** Resolves `{"ref": name}` against the method and hypothesis probes. */
  resolve(entry: ActivityOrRef): Activity
  tracer: Tracer
  /** The span of the phase running now: the parent of activity spans. */
  span?: SpanHandle | undefined
}

/** A provider raised something other than ActivityFailed: chaostoolkit aborts the experiment. */
export class ActivityAborted extends Error {
  readonly run: ActivityRun | undefined
  constructor(message: string, run: ActivityRun | undefined, cause: unknown) {
    super(message, { cause })
    this.name = 'ActivityAborted'
    this.run = run
  }
}

export function isRef(entry: ActivityOrRef): entry is { ref: string } {
  return typeof (entry as { ref?: unknown }).ref === 'string' && !('provider' in entry)
}

/** Where chaostoolkit applies `${}` substitution in each built-in provider block. */
const SUBSTITUTED: Record<string, { always: string[]; withVars: string[] }> = {
  process: { always: [], withVars: ['arguments'] },
  http: { always: ['url', 'headers', 'timeout'], withVars: ['arguments'] },
  python: { always: [], withVars: ['arguments'] }
}

/**
 * The provider block with substitution applied where chaostoolkit applies it. Providers that
 * chaostoolkit doesn't have (ours) get every field but `type` substituted.
 */
export function substituteProvider(
  spec: ProviderSpec,
  configuration: Configuration,
  secrets: Secrets
): ProviderSpec {
  const hasVars = Object.keys(configuration).length > 0 || Object.keys(secrets).length > 0
  const rule = SUBSTITUTED[spec.type]
  const out: ProviderSpec = { ...spec }
  for (const key of Object.keys(spec)) {
    if (key === 'type' || spec[key] === undefined) continue
    const apply = rule
      ? rule.always.includes(key) || (hasVars && rule.withVars.includes(key))
      : hasVars
    if (apply) out[key] = substitute(spec[key], configuration, secrets)
  }
  return out
}

export function skipsExecution(dry: DryMode | null, kind: Activity['type']): boolean {
  return (
    dry === 'activities' ||
    (dry === 'probes' && kind === 'probe') ||
    (dry === 'actions' && kind === 'action')
  )
}

function skipsPauses(dry: DryMode | null, kind: Activity['type']): boolean {
  return dry === 'pause' || skipsExecution(dry, kind)
}

/** Sleeps, waking early when the signal aborts. Resolves true when it slept the whole time. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!signal?.aborted)
  if (signal?.aborted) return Promise.resolve(false)
  return new Promise((resolve) => {
    const done = (full: boolean): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      resolve(full)
    }
    const onAbort = (): void => done(false)
    const timer = setTimeout(() => done(true), ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function pauseSeconds(value: unknown, ctx: RunContext, which: string, name: string): number {
  const v = typeof value === 'string' ? substitute(value, ctx.configuration, ctx.secrets) : value
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN
  // time.sleep() raises on what isn't a number, which aborts the experiment in chaostoolkit.
  if (!Number.isFinite(n))
    throw new Error(`activity '${name}' ${which} pause is not a number: ${String(v)}`)
  return Math.max(0, n)
}

export interface RunActivityOptions {
  path: DocPath
  signal: AbortSignal
  inRollback: boolean
  /** Called with the journal entry as soon as the activity starts (background ordering). */
  onStart?: (run: ActivityRun) => void
  /** W3C traceparent of the activity's span, for providers that make requests. */
  traceparent?: string | undefined
}

export async function runActivity(
  activity: Activity,
  ctx: RunContext,
  opts: RunActivityOptions
): Promise<ActivityRun> {
  const { logger } = ctx
  const kind = activity.type
  const label = kind === 'probe' ? 'Probe' : 'Action'
  const skipPauses = skipsPauses(ctx.dry, kind)
  const pauses = activity.pauses ?? {}

  if (pauses.before !== undefined && !skipPauses) {
    const seconds = pauseSeconds(pauses.before, ctx, 'before', activity.name)
    logger.info(`Pausing before next activity for ${seconds}s...`)
    if (!(await sleep(seconds * 1000, opts.signal))) throw new InterruptedError()
  }

  logger.info(`${label}: ${activity.name}`)
  const startMs = preciseNow()
  const run: ActivityRun = { activity: { ...activity }, output: null, start: isoTimestamp(startMs) }
  opts.onStart?.(run)
  const span = ctx.tracer.startSpan(
    `${kind} ${activity.name}`,
    activityStartAttributes(activity),
    ctx.span
  )
  const traceparent = ctx.tracer.traceparent(span)
  if (traceparent) opts = { ...opts, traceparent }

  let aborted: unknown
  if (skipsExecution(ctx.dry, kind)) {
    run.status = 'succeeded'
    if (kind === 'action') {
      const preview = await previewAction(activity, ctx, opts)
      if (preview !== undefined) run.output = preview
    }
  } else if (opts.signal.aborted) {
    run.status = 'failed'
    run.exception = formatException(
      new ActivityFailed('activity was interrupted'),
      `${kind} '${activity.name}'`
    )
  } else {
    try {
      const output = await execute(activity, ctx, opts)
      run.status = 'succeeded'
      run.output = output
    } catch (error) {
      const where = `${activity.provider?.type ?? 'unknown'} provider of ${kind} '${activity.name}'`
      run.status = 'failed'
      if (error instanceof NoEffectError && activity.expect_effect === false) {
        // The experiment said a fault that reaches nothing is fine: a warning, not a failure.
        run.status = 'succeeded'
        run.output = error.evidence ?? null
        run.warnings = [error.message]
        logger.warning(`  => ${error.message} (expect_effect is false: not a failure)`)
      } else if (error instanceof ActivityFailed) {
        run.exception = formatException(error, where)
        logger.error(`  => failed: ${error.message}`)
      } else if (opts.signal.aborted) {
        run.exception = formatException(new ActivityFailed('activity was interrupted'), where)
      } else {
        // chaostoolkit keeps such an entry with neither status nor exception, and aborts.
        delete run.status
        aborted = error
      }
    }
  }
  const endMs = preciseNow()
  run.end = isoTimestamp(endMs)
  run.duration = secondsBetween(startMs, endMs)
  ctx.tracer.end(
    span,
    activityEndAttributes(run),
    aborted ?? (run.status === 'failed' ? run.exception?.at(-1) : undefined)
  )

  if (aborted !== undefined) {
    throw new ActivityAborted(
      `${kind} '${activity.name}' raised: ${errorMessage(aborted)}`,
      run,
      aborted
    )
  }

  if (pauses.after !== undefined && !skipPauses && !opts.signal.aborted) {
    const seconds = pauseSeconds(pauses.after, ctx, 'after', activity.name)
    logger.info(`Pausing after activity for ${seconds}s...`)
    await sleep(seconds * 1000, opts.signal)
  }
  return run
}

function activityContext(
  activity: Activity,
  ctx: RunContext,
  opts: RunActivityOptions
): ActivityContext {
  const location = ctx.locate(opts.path)
  return {
    activity,
    configuration: ctx.configuration,
    secrets: ctx.secrets,
    logger: ctx.logger,
    signal: opts.signal,
    runId: ctx.runId,
    experimentFile: ctx.experimentFile,
    ...(location ? { location } : {}),
    resources: ctx.resources,
    state: ctx.state,
    inRollback: opts.inRollback,
    ...(opts.traceparent ? { traceparent: opts.traceparent } : {})
  }
}

async function execute(
  activity: Activity,
  ctx: RunContext,
  opts: RunActivityOptions
): Promise<unknown> {
  const spec = activity.provider
  const provider = spec && typeof spec.type === 'string' ? ctx.registry.get(spec.type) : undefined
  if (provider === undefined) throw new Error(`unknown provider type '${String(spec?.type)}'`)
  return provider.run(
    substituteProvider(spec, ctx.configuration, ctx.secrets),
    activityContext(activity, ctx, opts)
  )
}

/**
 * A dry mode skips the action, but a provider that can say what it would affect (Provider.preview)
 * does so, touching nothing. Unlike chaostoolkit (output null) the preview becomes the output; a
 * preview that fails fails nothing: its error becomes the output. Undefined: nothing to preview.
 */
async function previewAction(
  activity: Activity,
  ctx: RunContext,
  opts: RunActivityOptions
): Promise<unknown> {
  const spec = activity.provider
  const provider = spec && typeof spec.type === 'string' ? ctx.registry.get(spec.type) : undefined
  if (provider?.preview === undefined || opts.signal.aborted) return undefined
  try {
    const output = await provider.preview(
      substituteProvider(spec, ctx.configuration, ctx.secrets),
      activityContext(activity, ctx, opts)
    )
    if (output !== undefined) ctx.logger.info(`  => would affect: ${previewSummary(output)}`)
    return output
  } catch (error) {
    const message = errorMessage(error)
    ctx.logger.warning(`  => cannot preview: ${message}`)
    return {
      dry_run: true,
      error: message,
      error_type: error instanceof Error ? error.name : typeof error
    }
  }
}

function previewSummary(output: unknown): string {
  const o = output !== null && typeof output === 'object' ? (output as Record<string, unknown>) : {}
  const text =
    typeof o.summary === 'string'
      ? o.summary
      : typeof o.message === 'string'
        ? o.message
        : typeof output === 'string'
          ? output
          : JSON.stringify(output)
  return text.length > 300 ? `${text.slice(0, 297)}...` : text
}

/**
 * Runs an activity's provider with no journal entry, no pauses and no dry mode: what chaostoolkit
 * does for a probe used as a tolerance and for dynamic configuration.
 */
export async function runProviderOnly(
  activity: Activity,
  ctx: RunContext,
  opts: Omit<RunActivityOptions, 'onStart'>
): Promise<unknown> {
  return execute(activity, ctx, opts)
}
