/** chaosk8s.statefulset.actions and chaosk8s.statefulset.probes. */
import { R } from '../client.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { createFromSpec, deleteByNameOrSelector } from './objects.ts'
import { readinessProbes, scale } from './workload.ts'

const readiness = readinessProbes('StatefulSet', 'statefulset')

export const statefulsetActions: Chaosk8sModule = {
  create_statefulset: createFromSpec(R.statefulsets, 'create_statefulset'),
  scale_statefulset: scale('StatefulSet', 'scale_statefulset'),
  remove_statefulset: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.statefulsets, a, 'remove_statefulset')
  )
}

export const statefulsetProbes: Chaosk8sModule = {
  statefulset_not_fully_available: readiness.notFully,
  statefulset_fully_available: readiness.fully
}
