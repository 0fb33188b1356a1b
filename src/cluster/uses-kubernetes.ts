import { skipsExecution } from '../engine/activity.ts'
import type { Activity, DryMode, Experiment } from '../engine/types.ts'

const KUBERNETES_PROVIDERS = new Set(['kubernetes', 'chaos-mesh'])
const KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/

/**
 * Whether an experiment needs a cluster: any activity using a Kubernetes provider or module that
 * the run will execute. Under a dry mode the activities it skips need nothing (`--dry activities`
 * skips all, `--dry actions` the actions, `--dry probes` the probes), as chaostoolkit never calls
 * them, so a dry run that skips every Kubernetes activity runs without a cluster. Kept apart from
 * the cluster code so deciding costs no Kubernetes client load.
 */
export function usesKubernetes(experiment: Experiment, dry: DryMode | null = null): boolean {
  return kubernetesActivities(experiment).some((a) => !skipsExecution(dry, a.type))
}

function kubernetesActivities(experiment: Experiment): Activity[] {
  const activities = [
    ...(experiment['steady-state-hypothesis']?.probes ?? []),
    ...(experiment.method ?? []),
    ...(experiment.rollbacks ?? [])
  ]
  return activities.filter((a): a is Activity => {
    const provider = (a as { provider?: { type?: unknown; module?: unknown } }).provider
    if (!provider) return false
    if (typeof provider.type === 'string' && KUBERNETES_PROVIDERS.has(provider.type)) return true
    return typeof provider.module === 'string' && KUBERNETES_MODULE.test(provider.module)
  })
}
