/** chaosk8s.secret.actions and chaosk8s.secret.probes. */
import { R } from '../client.ts'
import { opt, str } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { createFromSpec, deleteIn, exists } from './objects.ts'

export const secretActions: Chaosk8sModule = {
  create_secret: createFromSpec(R.secrets, 'create_secret'),
  delete_secret: deleteIn(R.secrets, 'delete_secret')
}

export const secretProbes: Chaosk8sModule = {
  secret_exists: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    async (a, _ctx, env) => {
      if (opt(a.name)) return exists(env, R.secrets, str(a.ns), str(a.name))
      return (
        (await env.client.list(R.secrets, str(a.ns), { labelSelector: opt(a.label_selector) }))
          .items.length > 0
      )
    }
  )
}
