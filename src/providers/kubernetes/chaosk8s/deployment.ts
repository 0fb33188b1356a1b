/** chaosk8s.deployment.actions and chaosk8s.deployment.probes. */
import { ActivityFailed } from '../../../engine/errors.ts'
import { R } from '../client.ts'
import type { KubeObject } from '../client.ts'
import { rolloutRestart } from '../ops.ts'
import { opt, str } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sModule } from './define.ts'
import { createFromSpec, deleteByNameOrSelector, listNamed } from './objects.ts'
import { readinessProbes, scale, verdict } from './workload.ts'

const readiness = readinessProbes('Deployment', 'deployment')

export const deploymentActions: Chaosk8sModule = {
  create_deployment: createFromSpec(R.deployments, 'create_deployment'),
  delete_deployment: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.deployments, a, 'delete_deployment')
  ),
  scale_deployment: scale('Deployment', 'scale_deployment'),
  rollout_deployment: def(
    [
      ['name', null],
      ['ns', 'default']
    ],
    async (a, _ctx, env) => {
      if (!opt(a.name))
        throw new ActivityFailed('rollout_deployment needs the name of the deployment')
      return rolloutRestart(env, {
        kind: 'Deployment',
        name: str(a.name),
        namespace: str(a.ns),
        action: 'rollout_deployment'
      })
    }
  )
}

export const deploymentProbes: Chaosk8sModule = {
  deployment_available_and_healthy: def(
    ['name', ['ns', 'default'], ['label_selector', null], ['raise_on_unavailable', true]],
    async (a, _ctx, env) => {
      const items = await listNamed(env, R.deployments, a)
      const name = str(a.name)
      if (items.length === 0)
        return verdict(false, a.raise_on_unavailable, `Deployment '${name}' was not found`, env)
      for (const d of items)
        if ((d.status?.availableReplicas ?? null) !== (d.spec?.replicas ?? null))
          return verdict(false, a.raise_on_unavailable, `Deployment '${name}' is not healthy`, env)
      return true
    }
  ),
  deployment_partially_available: def(
    [
      'name',
      ['ns', 'default'],
      ['label_selector', null],
      ['raise_on_not_partially_available', true]
    ],
    async (a, _ctx, env) => {
      const items = await listNamed(env, R.deployments, a)
      const name = str(a.name)
      if (items.length === 0)
        return verdict(
          false,
          a.raise_on_not_partially_available,
          `Deployment '${name}' was not found`,
          env
        )
      const first = items[0] as KubeObject
      return verdict(
        Number(first.status?.availableReplicas ?? 0) >= 1,
        a.raise_on_not_partially_available,
        `Deployment '${name}' is not healthy`,
        env
      )
    }
  ),
  deployment_not_fully_available: readiness.notFully,
  deployment_fully_available: readiness.fully
}
