/** chaosk8s.namespace.actions and chaosk8s.namespace.probes. */
import { ActivityFailed } from '../../../engine/errors.ts'
import { R } from '../client.ts'
import { loadSpecFile, opt, str } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { createObject, deleteObject, exists } from './objects.ts'

export const namespaceActions: Chaosk8sModule = {
  create_namespace: def(
    [
      ['name', null],
      ['spec_path', null]
    ],
    async (a, ctx, env, k) => {
      const body = opt(a.spec_path)
        ? await loadSpecFile(str(a.spec_path))
        : { apiVersion: 'v1', kind: 'Namespace', metadata: { name: str(a.name) } }
      if (!body.metadata?.name)
        throw new ActivityFailed('create_namespace needs a name or a spec_path')
      return createObject(k, env, ctx, R.namespaces, undefined, body, 'create_namespace')
    }
  ),
  delete_namespace: def(['name'], (a, _ctx, env, k) =>
    deleteObject(k, env, R.namespaces, undefined, str(a.name), 'delete_namespace')
  )
}

export const namespaceProbes: Chaosk8sModule = {
  namespace_exists: def(['name'], (a, _ctx, env) =>
    exists(env, R.namespaces, undefined, str(a.name))
  )
}
