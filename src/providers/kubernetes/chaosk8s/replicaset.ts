/** chaosk8s.replicaset.actions. */
import { R } from '../client.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { deleteByNameOrSelector } from './objects.ts'

export const replicasetActions: Chaosk8sModule = {
  delete_replica_set: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.replicasets, a, 'delete_replica_set')
  )
}
