/**
 * One strategy per way a Chaos Mesh object runs (chosen by `strategyFor`):
 *
 * | strategy | kinds | injected when | ends by itself |
 * |---|---|---|---|
 * | one-shot | PodChaos pod-kill, container-kill | Selected + AllInjected, then the workloads are available again | yes, once injected |
 * | records | every other chaos kind | Selected + AllInjected | at creation + `spec.duration` |
 * | schedule | Schedule | (held; its spawned chaos is Chaos Mesh's) | no |
 * | workflow | Workflow | it reports it started | when Accomplished |
 *
 * Records kinds prove their effect through Chaos Mesh's records: none injected within
 * `injectTimeout` is a NoEffectError ("the fault reached nothing").
 */
import { ActivityFailed } from '../../engine/errors.ts'
import { familyOf, isOneShot } from './kinds.ts'
import { labelsOf } from './object.ts'
import { round, snapshotPods, waitInjected, waitWorkloadsRecovered } from './ops.ts'
import type { InjectOutcome } from './ops.ts'
import type { KubeObject } from '../kubernetes/client.ts'
import { recordsEvidence } from './output.ts'
import type { ChaosEvidence } from './output.ts'
import type { ChaosRun, ChaosStrategy } from './run.ts'
import { goDurationSeconds, readState, selectorNamespaces } from './status.ts'

/** Outcomes that mean no target was ever injected (as opposed to Chaos Mesh failing to inject). */
const NOTHING_REACHED: readonly string[] = ['no-targets', 'no-status', 'timeout']

/** Waits for Selected + AllInjected; zero targets reached is a NoEffectError. */
async function injectRecords(run: ChaosRun): Promise<void> {
  const created = run.created
  const outcome: InjectOutcome = await waitInjected(run.client, run.ref, {
    timeoutMs: run.settings.injectMs,
    signal: run.ctx.signal,
    phases: run.phases,
    ...(created?.metadata?.resourceVersion
      ? { resourceVersion: created.metadata.resourceVersion, initial: created }
      : {})
  })
  run.last = outcome.object ?? run.last
  if (!outcome.ok) {
    const reached = readState(run.last).records.some((r) => (r.injectedCount ?? 0) > 0)
    if (NOTHING_REACHED.includes(outcome.reason) && !reached && !run.ctx.signal.aborted)
      throw await run.noEffect(outcome.message)
    throw await run.failure(outcome.message)
  }
  run.injectedAt = run.phases.at('AllInjected') ?? Date.now()
  const injected = readState(outcome.object).records.map((r) => r.id)
  run.ctx.logger.info(
    `${run.what} injected into ${injected.length} target(s): ${injected.join(', ')}`
  )
}

/** Chaos Mesh ends it at creation + spec.duration by itself: wait for that recovery. */
async function awaitSelfRecovery(run: ChaosRun): Promise<void> {
  const specDuration = goDurationSeconds(run.spec.duration) ?? 0
  const createdAt = Date.parse(run.created?.metadata?.creationTimestamp ?? '') || run.started
  const left = Math.max(0, createdAt + specDuration * 1000 - Date.now())
  const t0 = Date.now()
  const done = await run.watch(left + run.settings.recoverMs, (o) => {
    const st = readState(o)
    return st.desiredPhase === 'Stop' && (st.allRecovered || st.recoverFailures.length > 0)
  })
  run.held = round((Date.now() - t0) / 1000)
  const st = readState(run.last)
  if (st.recoverFailures.length > 0 || !done)
    throw await run.failure(
      `${run.what} did not recover when its duration (${String(run.spec.duration)}) ended: ` +
        (st.recoverFailures.length
          ? st.recoverFailures.join('; ')
          : `still ${st.records.map((x) => `${x.id} ${x.phase}`).join(', ')}`)
    )
}

const records: ChaosStrategy = {
  name: 'records',
  endsByItself: (spec) => spec.duration !== undefined,
  inject: injectRecords,
  awaitEnd: async (run) => {
    if (run.spec.duration !== undefined) await awaitSelfRecovery(run)
  },
  evidence: (run) => recordsEvidence('records', run.ref.kind, run.last)
}

const oneShot: ChaosStrategy = {
  name: 'one-shot',
  endsByItself: () => true,
  // Its targets go away: note who owns them before they do.
  prepare: async (run) => {
    const namespaces = selectorNamespaces(run.spec)
    run.snapshot = await snapshotPods(
      run.client,
      namespaces.length ? namespaces : [run.ref.namespace],
      labelsOf(run.spec)
    )
  },
  inject: async (run) => {
    await injectRecords(run)
    const { recoverMs } = run.settings
    run.workloads = await waitWorkloadsRecovered(
      run.client,
      readState(run.last).records.map((r) => r.id),
      run.snapshot,
      {
        since: run.injectedAt ?? Date.now(),
        timeoutMs: recoverMs,
        signal: run.ctx.signal,
        logger: run.ctx.logger
      }
    )
    if (run.workloads.length === 0) return
    const late = run.workloads.filter((w) => !w.recovered)
    if (late.length > 0)
      throw new ActivityFailed(
        `${run.what}: ${late.map((w) => `${w.namespace}/${w.workload}`).join(', ')} ` +
          `not available again within ${Math.round(recoverMs / 1000)}s of the injection`
      )
    run.recovery = Math.max(...run.workloads.map((w) => w.recovery_seconds ?? 0))
  },
  evidence: (run): ChaosEvidence => ({
    ...recordsEvidence('one-shot', run.ref.kind, run.last),
    workloads_available_again: run.workloads.filter((w) => w.recovered).length
  }),
  describe: (run) =>
    run.recovery !== null ? `, workloads available again after ${run.recovery}s` : ''
}

function statusOf(run: ChaosRun): Record<string, unknown> {
  return (run.last?.status ?? {}) as Record<string, unknown>
}

const schedule: ChaosStrategy = {
  name: 'schedule',
  endsByItself: () => false,
  // Chaos Mesh reports it started through status.active; its spawned chaos is Chaos Mesh's.
  inject: async (run) => {
    const done = await run.watch(run.settings.injectMs, (o) => {
      const active = (o.status as { active?: unknown } | undefined)?.active
      return Array.isArray(active) && active.length > 0
    })
    run.phases.mark(done ? 'Started' : 'Waiting')
    run.injectedAt = Date.now()
  },
  evidence: (run) => {
    const active = statusOf(run).active
    return {
      ...recordsEvidence('schedule', 'Schedule', run.last),
      spawned: Array.isArray(active) ? active.length : 0
    }
  }
}

function accomplished(o: KubeObject | undefined): boolean {
  return ((o?.status?.conditions ?? []) as { type?: string; status?: string }[]).some(
    (c) => c.type === 'Accomplished' && c.status === 'True'
  )
}

const workflow: ChaosStrategy = {
  name: 'workflow',
  endsByItself: () => true,
  inject: async (run) => {
    const started = await run.watch(run.settings.injectMs, (o) => {
      const st = (o.status ?? {}) as Record<string, unknown>
      return st.startTime !== undefined || st.entryNode !== undefined
    })
    if (!started)
      throw await run.failure(
        `the Chaos Mesh controller did not start ${run.what} within ${Math.round(run.settings.injectMs / 1000)}s: ` +
          'is Chaos Mesh installed and running in this cluster?'
      )
    run.phases.mark('Started')
    run.injectedAt = Date.now()
  },
  awaitEnd: async (run) => {
    const { recoverMs } = run.settings
    const done = await run.watch(recoverMs, accomplished)
    if (!done && !run.ctx.signal.aborted)
      throw await run.failure(
        `${run.what} did not accomplish within ${Math.round(recoverMs / 1000)}s (recoverTimeout); ` +
          `conditions: ${JSON.stringify(run.last?.status?.conditions ?? [])}`
      )
    if (done) run.phases.mark('Accomplished')
  },
  evidence: (run) => ({
    ...recordsEvidence('workflow', 'Workflow', run.last),
    started: run.injectedAt !== undefined,
    accomplished: accomplished(run.last)
  })
}

export function strategyFor(kind: string, spec: Record<string, unknown>): ChaosStrategy {
  if (isOneShot(kind, spec)) return oneShot
  const family = familyOf(kind)
  return family === 'schedule' ? schedule : family === 'workflow' ? workflow : records
}
