/** What an experiment needs to run: the providers (and Python modules) its activities use. */
import type { Experiment } from '../engine/types.ts'
import { usesKubernetes } from '../cluster/uses-kubernetes.ts'

export interface ExperimentNeeds {
  /** Provider types, plus `python:<module>` for Python-module activities; sorted, each once. */
  providers: string[]
  /** Whether it needs a Kubernetes cluster. */
  kubernetes: boolean
}

export function experimentNeeds(experiment: Experiment): ExperimentNeeds {
  const activities = [
    ...(experiment['steady-state-hypothesis']?.probes ?? []),
    ...(experiment.method ?? []),
    ...(experiment.rollbacks ?? [])
  ]
  const providers = new Set<string>()
  for (const activity of activities) {
    const provider = (activity as { provider?: { type?: unknown; module?: unknown } }).provider
    if (!provider || typeof provider.type !== 'string') continue
    providers.add(
      provider.type === 'python' && typeof provider.module === 'string'
        ? `python:${provider.module}`
        : provider.type
    )
  }
  return { providers: [...providers].sort(), kubernetes: usesKubernetes(experiment) }
}
