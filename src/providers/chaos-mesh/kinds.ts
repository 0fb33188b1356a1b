import type { ResourceType } from '../kubernetes/client.ts'

export const CHAOS_MESH_GROUP = 'chaos-mesh.org'
export const CHAOS_MESH_VERSION = 'v1alpha1'
export const CHAOS_MESH_API_VERSION = `${CHAOS_MESH_GROUP}/${CHAOS_MESH_VERSION}`

/** Labels every object we create carries, so a run's leftovers can be found and removed. */
export { RUN_ID_LABEL } from '../run-label.ts'
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by'
export const MANAGED_BY = 'chaos-action'
/** The run id as given (the label value may have been shortened to fit label rules). */
export const RUN_ID_ANNOTATION = 'chaos-action.dev/run-id'
/** Chaos Mesh's escape hatch: the finalizer goes even when records are still injected. */
export const CLEAN_FINALIZER_ANNOTATION = 'chaos-mesh.chaos-mesh.org/cleanFinalizer'
export const RECORDS_FINALIZER = 'chaos-mesh/records'

/**
 * The kinds users create (Chaos Mesh's own internal kinds such as PodNetworkChaos are left out).
 * Pod-based kinds share one status shape (conditions derived from container records); Schedule and
 * Workflow have their own.
 */
export const POD_CHAOS_KINDS = [
  'PodChaos',
  'NetworkChaos',
  'StressChaos',
  'HTTPChaos',
  'IOChaos',
  'TimeChaos',
  'DNSChaos',
  'JVMChaos',
  'KernelChaos',
  'BlockChaos'
] as const
export const OTHER_CHAOS_KINDS = [
  'AWSChaos',
  'GCPChaos',
  'AzureChaos',
  'PhysicalMachineChaos'
] as const
export const ORCHESTRATION_KINDS = ['Schedule', 'Workflow'] as const
export const CHAOS_MESH_KINDS: readonly string[] = [
  ...POD_CHAOS_KINDS,
  ...OTHER_CHAOS_KINDS,
  ...ORCHESTRATION_KINDS
]

export type ChaosFamily = 'records' | 'schedule' | 'workflow'

export function familyOf(kind: string): ChaosFamily {
  if (kind === 'Schedule') return 'schedule'
  if (kind === 'Workflow') return 'workflow'
  return 'records'
}

/** `PodChaos` -> podchaos, `Schedule` -> schedules (the CRDs' plurals). */
export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase()
  return kind.endsWith('Chaos') ? lower : `${lower}s`
}

/** Accepts the kind in any case (`podchaos`, `PodChaos`); undefined when it is not a Chaos Mesh kind. */
export function canonicalKind(kind: unknown): string | undefined {
  if (typeof kind !== 'string') return undefined
  const k = kind.trim().toLowerCase()
  return CHAOS_MESH_KINDS.find((c) => c.toLowerCase() === k || pluralOf(c) === k)
}

export function chaosResource(kind: string): ResourceType {
  return {
    group: CHAOS_MESH_GROUP,
    version: CHAOS_MESH_VERSION,
    plural: pluralOf(kind),
    namespaced: true
  }
}

/**
 * Chaos Mesh's one-shot actions: injected once, never "recovered" by the controller, so recovery
 * means the workload being available again.
 */
export function isOneShot(kind: string, spec: Record<string, unknown> | undefined): boolean {
  if (kind !== 'PodChaos') return false
  const action = typeof spec?.action === 'string' ? spec.action : 'pod-kill'
  return action === 'pod-kill' || action === 'container-kill'
}

export { labelValue } from '../run-label.ts'
