/** What a chaos-mesh `apply` returns: the journal's activity output, with its injection evidence. */
import { readState } from './status.ts'
import type { ContainerRecord } from './status.ts'
import type { PhaseMark, SeenChaosEvent, WorkloadRecovery } from './ops.ts'
import type { KubeObject } from '../kubernetes/client.ts'

/** The four ways a chaos object runs (strategies.ts). */
export type StrategyName = 'one-shot' | 'records' | 'schedule' | 'workflow'

/**
 * Proof the fault took effect. Records kinds: what Chaos Mesh reported per target (a target is
 * `namespace/pod[/container]`); a one-shot PodChaos adds the workloads that had to replace their
 * pods; a Schedule the chaos objects it spawned; a Workflow whether it started and accomplished.
 */
export interface ChaosEvidence {
  strategy: StrategyName
  kind: string
  records_injected: number
  targets: { id: string; phase: string; injected_count: number; recovered_count: number }[]
  workloads_available_again?: number
  spawned?: number
  started?: boolean
  accomplished?: boolean
}

export interface ChaosOutput {
  action: 'apply' | 'delete'
  kind: string
  name: string
  namespace: string
  strategy: StrategyName
  uid: string | null
  dry_run: boolean
  one_shot: boolean
  kept: boolean
  phases: PhaseMark[]
  records: { id: string; phase: string; injectedCount: number; recoveredCount: number }[]
  /** Targets Chaos Mesh injected (`namespace/pod[/container]`). */
  injected: string[]
  evidence: ChaosEvidence | null
  durations: {
    to_inject_seconds: number | null
    held_seconds: number | null
    to_recover_seconds: number | null
    total_seconds: number
  }
  recovery_seconds: number | null
  workloads: WorkloadRecovery[]
  events: SeenChaosEvent[]
  message: string
}

export function recordsOut(records: readonly ContainerRecord[]): ChaosOutput['records'] {
  return records.map((r) => ({
    id: r.id,
    phase: r.phase,
    injectedCount: r.injectedCount ?? 0,
    recoveredCount: r.recoveredCount ?? 0
  }))
}

/** A record Chaos Mesh injected at least once (it may be recovered by now). */
export function wasInjected(r: ContainerRecord): boolean {
  return (r.injectedCount ?? 0) > 0 || r.phase.startsWith('Injected')
}

/** The records part of the evidence, from the newest version of the object seen. */
export function recordsEvidence(
  strategy: StrategyName,
  kind: string,
  last: KubeObject | undefined
): ChaosEvidence {
  const records = readState(last).records
  return {
    strategy,
    kind,
    records_injected: records.filter(wasInjected).length,
    targets: records.map((r) => ({
      id: r.id,
      phase: r.phase,
      injected_count: r.injectedCount ?? 0,
      recovered_count: r.recoveredCount ?? 0
    }))
  }
}
