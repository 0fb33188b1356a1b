/** chaosk8s.service.actions and chaosk8s.service.probes. */
import { R } from '../client.ts'
import { opt, str } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { createFromSpec, deleteObject } from './objects.ts'
import { verdict } from './workload.ts'

export const serviceActions: Chaosk8sModule = {
  create_service_endpoint: createFromSpec(R.services, 'create_service_endpoint'),
  delete_service: def(['name', ['ns', 'default']], (a, _ctx, env, k) =>
    deleteObject(k, env, R.services, str(a.ns), str(a.name), 'delete_service')
  )
}

export const serviceProbes: Chaosk8sModule = {
  service_is_initialized: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null],
      ['raise_if_service_not_initialized', true]
    ],
    async (a, _ctx, env) => {
      const items = (
        await env.client.list(R.services, str(a.ns), {
          ...(opt(a.name) ? { fieldSelector: `metadata.name=${str(a.name)}` } : {}),
          labelSelector: opt(a.label_selector)
        })
      ).items
      return verdict(
        items.length > 0,
        a.raise_if_service_not_initialized,
        `service '${opt(a.name) ?? str(a.label_selector)}' is not initialized`,
        env
      )
    }
  )
}
