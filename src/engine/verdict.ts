/**
 * Our verdict on a journal (chaostoolkit itself only has status + deviated). Stricter than
 * chaostoolkit's exit code: a hypothesis not met before the method, any iteration of a continuous
 * hypothesis not met (even without fail-fast) and any failed action, probe or rollback all keep
 * the experiment from passing.
 */
import { readField, sloObjectives } from './slo.ts'
import { NO_EFFECT_PREFIX, isNoEffectMessage } from './errors.ts'
import { abortReason, exceptionMessage } from './journal.ts'
import type {
  ActivityOrRef,
  ActivityRun,
  DocPath,
  Experiment,
  ExperimentResult,
  Finding,
  Journal,
  SourceLocation,
  SteadyState,
  Verdict
} from './types.ts'

/** The finding of a fault action that reached nothing (its message starts with this). */
export const NO_EFFECT_FINDING = 'the fault reached nothing: nothing was proven'

/** What judge needs of a loaded experiment (load.ts's LoadedExperiment fits). */
export interface JudgedExperiment {
  file: string
  experiment: Experiment
  locate(path: DocPath): SourceLocation | undefined
}

export function compact(value: unknown, max = 80): string {
  let text: string
  try {
    text =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** A probe output in a few words: HTTP/process outputs by their status. */
/**
 * The part of a probe's output its tolerance judged: each objective's field for an `slo`, the
 * `target` key when there is one, else the status of a process/HTTP result, else the whole value.
 */
export function describeOutput(output: unknown, tolerance?: unknown): string {
  if (tolerance !== null && typeof tolerance === 'object' && !Array.isArray(tolerance)) {
    const t = tolerance as Record<string, unknown>
    const targeted =
      typeof t.target === 'string' &&
      output !== null &&
      typeof output === 'object' &&
      !Array.isArray(output) &&
      t.target in output
        ? (output as Record<string, unknown>)[t.target]
        : undefined
    if (t.type === 'slo') {
      const base = targeted ?? output
      const parts = sloObjectives(t).map(
        (o) => `${o.field} ${compact(readField(base, o.field) ?? null)}`
      )
      if (parts.length > 0) return parts.join(', ')
    }
    if (targeted !== undefined) return `${String(t.target)} ${compact(targeted)}`
  }
  if (
    output !== null &&
    typeof output === 'object' &&
    !Array.isArray(output) &&
    'status' in output
  ) {
    const o = output as { status: unknown; stdout?: unknown }
    return `status ${compact(o.status)}`
  }
  return compact(output)
}

function entryName(entry: ActivityOrRef | undefined): string | undefined {
  if (entry === undefined || entry === null) return undefined
  const e = entry as { ref?: unknown; name?: unknown }
  return typeof e.ref === 'string' && !('provider' in entry)
    ? e.ref
    : typeof e.name === 'string'
      ? e.name
      : undefined
}

/** Maps journal entries back to their declared index (entries run in declaration order). */
function indexEntries(
  declared: readonly ActivityOrRef[],
  runs: readonly ActivityRun[]
): Map<ActivityRun, number> {
  const out = new Map<ActivityRun, number>()
  let cursor = 0
  for (const run of runs) {
    for (let i = cursor; i < declared.length; i++) {
      if (entryName(declared[i]) === run.activity.name) {
        out.set(run, i)
        cursor = i + 1
        break
      }
    }
  }
  return out
}

export function judge(
  journal: Journal,
  loaded: JudgedExperiment
): Omit<ExperimentResult, 'journalPath'> {
  const experiment = loaded.experiment
  const probes = experiment['steady-state-hypothesis']?.probes ?? []
  const { before, after, during } = journal.steady_states
  const loc = (path: DocPath): { location?: SourceLocation } => {
    const location = loaded.locate(path)
    return location ? { location } : {}
  }

  const probeFinding = (
    phase: 'before' | 'during' | 'after',
    state: SteadyState,
    index: number
  ): Finding => {
    const run = state.probes[index]!
    const declared = probes[index] as { tolerance?: unknown } | undefined
    const tolerance = declared?.tolerance ?? run.activity.tolerance
    let message: string
    if (run.status === 'failed')
      message = `failed: ${exceptionMessage(run.exception) ?? 'unknown error'}`
    else if (run.tolerance_met === false)
      message = `tolerance ${compact(tolerance)} not met by ${describeOutput(run.output, tolerance)}`
    else message = `tolerance ${compact(tolerance)} met by ${describeOutput(run.output, tolerance)}`
    return {
      phase,
      activity: run.activity.name,
      kind: 'probe',
      message,
      met: run.tolerance_met === true,
      ...loc(['steady-state-hypothesis', 'probes', index])
    }
  }
  const lastProbe = (
    phase: 'before' | 'during' | 'after',
    state: SteadyState
  ): Finding | undefined =>
    state.probes.length === 0 ? undefined : probeFinding(phase, state, state.probes.length - 1)

  const methodIndex = indexEntries(experiment.method ?? [], journal.run)
  const rollbackIndex = indexEntries(experiment.rollbacks ?? [], journal.rollbacks)
  const activityFinding = (phase: 'method' | 'rollback', run: ActivityRun): Finding => {
    const index = (phase === 'method' ? methodIndex : rollbackIndex).get(run)
    const message =
      run.status === 'failed'
        ? `failed: ${exceptionMessage(run.exception) ?? 'unknown error'}`
        : run.status === undefined
          ? 'did not finish'
          : 'succeeded'
    return {
      phase,
      activity: run.activity.name,
      kind: run.activity.type === 'probe' ? 'probe' : 'action',
      message,
      ...(index === undefined ? {} : loc([phase === 'method' ? 'method' : 'rollbacks', index]))
    }
  }

  const failedRuns = journal.run
    .filter((r) => r.status === 'failed')
    .map((r) => activityFinding('method', r))
  const failedRollbacks = journal.rollbacks
    .filter((r) => r.status === 'failed')
    .map((r) => activityFinding('rollback', r))
  const duringMisses = during.filter((s) => !s.steady_state_met)
  // Faults whose provider found nothing to act on: whatever the hypothesis says, it tested nothing.
  const noEffect = journal.run
    .filter((r) => r.status === 'failed' && isNoEffectMessage(exceptionMessage(r.exception)))
    .map((r) => {
      const finding = activityFinding('method', r)
      const what = exceptionMessage(r.exception)?.slice(NO_EFFECT_PREFIX.length) ?? ''
      return { ...finding, message: `${NO_EFFECT_FINDING} (${what})` }
    })

  let verdict: Verdict
  let findings: Finding[] = []
  let reason: string

  if (journal.status === 'interrupted') {
    verdict = 'interrupted'
    findings = [...failedRuns, ...failedRollbacks]
    reason = `The run was interrupted before it finished${journal.rollbacks.length ? `; ${journal.rollbacks.length} rollback(s) ran` : ''}.`
  } else if (journal.status === 'aborted') {
    verdict = 'aborted'
    const why = abortReason(journal) ?? 'an unexpected error (see the log)'
    // The entry that raised has no status, as in chaostoolkit; a tolerance check that crashed
    // leaves a succeeded probe marked not met.
    const states: ['before' | 'during' | 'after', SteadyState][] = []
    if (before) states.push(['before', before])
    for (const d of during) states.push(['during', d])
    if (after) states.push(['after', after])
    const culprits: Finding[] = []
    for (const [phase, state] of states) {
      const i = state.probes.findIndex((r) => r.status === undefined)
      if (i >= 0) culprits.push({ ...probeFinding(phase, state, i), message: `raised: ${why}` })
    }
    for (const run of [...journal.run, ...journal.rollbacks]) {
      if (run.status !== undefined) continue
      const phase = journal.run.includes(run) ? 'method' : 'rollback'
      culprits.push({ ...activityFinding(phase, run), message: `raised: ${why}` })
    }
    if (culprits.length === 0) {
      for (const [phase, state] of states) {
        const last = state.probes[state.probes.length - 1]
        if (last && last.status === 'succeeded' && last.tolerance_met === false) {
          culprits.push({
            ...probeFinding(phase, state, state.probes.length - 1),
            message: `tolerance could not be evaluated: ${why}`
          })
          break
        }
      }
    }
    findings = culprits
    const first = culprits[0]
    reason = first
      ? `The run was aborted: ${first.kind} '${first.activity}' ${first.message}.`
      : `The run was aborted by ${why}.`
  } else if (before && !before.steady_state_met) {
    verdict = 'not-steady'
    const f = lastProbe('before', before)
    findings = f ? [f] : []
    reason = f
      ? `The steady-state hypothesis was not met before the method (probe '${f.activity}' ${f.message}), so nothing was tested.`
      : 'The steady-state hypothesis was not met before the method, so nothing was tested.'
  } else if (noEffect.length > 0) {
    verdict = 'failed'
    findings = [...noEffect, ...failedRollbacks]
    const first = noEffect[0]!
    reason = `Action '${first.activity}': ${first.message}.`
  } else if ((after && !after.steady_state_met) || duringMisses.length > 0) {
    verdict = 'deviated'
    if (after && !after.steady_state_met) {
      const f = lastProbe('after', after)
      if (f) findings.push(f)
    }
    // One finding per probe that missed during the method, with how often it did.
    const byName = new Map<string, { finding: Finding; count: number }>()
    for (const state of duringMisses) {
      const f = lastProbe('during', state)
      if (!f) continue
      const seen = byName.get(f.activity)
      if (seen) seen.count += 1
      else byName.set(f.activity, { finding: f, count: 1 })
    }
    for (const { finding, count } of byName.values()) {
      findings.push({
        ...finding,
        message: `${finding.message} (${count} of ${during.length} iterations)`
      })
    }
    const first = findings[0]
    const when = after && !after.steady_state_met ? 'after the method' : 'during the method'
    reason = first
      ? `The steady-state hypothesis deviated ${when}: probe '${first.activity}' ${first.message}.`
      : `The steady-state hypothesis deviated ${when}.`
  } else if (failedRuns.length > 0 || failedRollbacks.length > 0) {
    verdict = 'failed'
    findings = [...failedRuns, ...failedRollbacks]
    const first = findings[0]!
    reason = `${first.phase === 'rollback' ? 'Rollback' : first.kind === 'probe' ? 'Probe' : 'Action'} '${first.activity}' ${first.message}, so the result can't be trusted.`
  } else if (journal.status === 'failed') {
    verdict = 'failed'
    reason = 'The run ended with status failed.'
  } else {
    verdict = 'passed'
    const evidence = after ?? before
    if (evidence)
      evidence.probes.forEach((_, i) =>
        findings.push(probeFinding(after ? 'after' : 'before', evidence, i))
      )
    reason =
      before || after || during.length
        ? 'The steady-state hypothesis held and every activity succeeded.'
        : 'Every activity succeeded (there was no steady-state hypothesis to check).'
  }

  return {
    file: loaded.file,
    title: journal.experiment.title,
    verdict,
    status: journal.status,
    deviated: journal.deviated,
    duration: journal.duration,
    journal,
    steadyBefore: before ? before.steady_state_met : null,
    steadyAfter: after ? after.steady_state_met : null,
    findings,
    rollbacksRun: journal.rollbacks.map((r) => r.activity.name),
    reason
  }
}
