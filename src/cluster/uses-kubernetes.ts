import type { Experiment } from '../engine/types.ts'

const KUBERNETES_PROVIDERS = new Set(['kubernetes', 'chaos-mesh'])
const KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/
/** A URL naming an in-cluster Service (`http://web.ns.svc:8080/...`): reached through the cluster. */
const SERVICE_URL = /[a-z]+:\/\/[^/\s"'@]+\.svc(\.cluster\.local)?(:\d+)?(?=[/"'\s?]|$)/i

/**
 * Whether an experiment needs a cluster: any activity using a Kubernetes provider or module, or a
 * `.svc` URL (in an activity or the configuration) that is reached through the cluster.
 * Kept apart from the cluster code so deciding costs no Kubernetes client load.
 */
export function usesKubernetes(experiment: Experiment): boolean {
  const activities = [
    ...(experiment['steady-state-hypothesis']?.probes ?? []),
    ...(experiment.method ?? []),
    ...(experiment.rollbacks ?? [])
  ]
  const named = activities.some((a) => {
    const provider = (a as { provider?: { type?: unknown; module?: unknown } }).provider
    if (!provider) return false
    if (typeof provider.type === 'string' && KUBERNETES_PROVIDERS.has(provider.type)) return true
    return typeof provider.module === 'string' && KUBERNETES_MODULE.test(provider.module)
  })
  return named || SERVICE_URL.test(JSON.stringify([activities, experiment.configuration ?? {}]))
}
