import type { Experiment } from '../engine/types.ts'

const KUBERNETES_PROVIDERS = new Set(['kubernetes', 'chaos-mesh'])
const KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/

/**
 * Whether an experiment needs a cluster: any activity using a Kubernetes provider or module.
 * Kept apart from the cluster code so deciding costs no Kubernetes client load.
 */
export function usesKubernetes(experiment: Experiment): boolean {
  const activities = [
    ...(experiment['steady-state-hypothesis']?.probes ?? []),
    ...(experiment.method ?? []),
    ...(experiment.rollbacks ?? [])
  ]
  return activities.some((a) => {
    const provider = (a as { provider?: { type?: unknown; module?: unknown } }).provider
    if (!provider) return false
    if (typeof provider.type === 'string' && KUBERNETES_PROVIDERS.has(provider.type)) return true
    return typeof provider.module === 'string' && KUBERNETES_MODULE.test(provider.module)
  })
}
