import { skipsExecution } from '../engine/activity.ts'
import type { Activity, DryMode, Experiment } from '../engine/types.ts'

const KUBERNETES_PROVIDERS = new Set(['kubernetes', 'chaos-mesh'])
const KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/
/** A URL naming an in-cluster Service (`http://web.ns.svc:8080/...`): reached through the cluster. */
const SERVICE_URL = /[a-z]+:\/\/[^/\s"'@]+\.svc(\.cluster\.local)?(:\d+)?(?=[/"'\s?]|$)/i

/**
 * Whether an experiment needs a cluster: an activity the run will execute that uses a Kubernetes
 * provider or module or names a `.svc` URL (reached through the cluster), or a `.svc` URL in the
 * configuration when anything executes at all. Under a dry mode the activities it skips need
 * nothing (`--dry activities` skips all, `--dry actions` the actions, `--dry probes` the probes),
 * as chaostoolkit never calls them, so a dry run that skips every such activity runs without a
 * cluster. Kept apart from the cluster code so deciding costs no Kubernetes client load.
 */
export function usesKubernetes(experiment: Experiment, dry: DryMode | null = null): boolean {
  const executed = activitiesOf(experiment).filter((a) => !skipsExecution(dry, a.type))
  if (executed.some((a) => usesKubernetesProvider(a) || SERVICE_URL.test(JSON.stringify(a)))) {
    return true
  }
  return executed.length > 0 && SERVICE_URL.test(JSON.stringify(experiment.configuration ?? {}))
}

function activitiesOf(experiment: Experiment): Activity[] {
  return [
    ...(experiment['steady-state-hypothesis']?.probes ?? []),
    ...(experiment.method ?? []),
    ...(experiment.rollbacks ?? [])
  ].filter((a): a is Activity => typeof a === 'object' && a !== null)
}

function usesKubernetesProvider(activity: Activity): boolean {
  const provider = (activity as { provider?: { type?: unknown; module?: unknown } }).provider
  if (!provider) return false
  if (typeof provider.type === 'string' && KUBERNETES_PROVIDERS.has(provider.type)) return true
  return typeof provider.module === 'string' && KUBERNETES_MODULE.test(provider.module)
}
