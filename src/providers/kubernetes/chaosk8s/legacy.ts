/** chaosk8s.actions and chaosk8s.probes: deprecated upstream, kept because old experiments name them. */
import { ActivityFailed, InternalError, NoEffectError } from '../../../engine/errors.ts'
import { R, isNotFound } from '../client.ts'
import { podPhase } from '../select.ts'
import { formatName, str, summary } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sFunction, Chaosk8sModule } from './define.ts'
import { deploymentProbes } from './deployment.ts'
import { createFromSpec, deleteObject, listPods } from './objects.ts'
import { podProbes } from './pod.ts'
import { scale } from './workload.ts'

/** `f` from its module's table (the tables are ours: a missing name is a bug here). */
function from(table: Chaosk8sModule, name: string): Chaosk8sFunction {
  const f = table[name]
  if (!f) throw new InternalError(`chaosk8s function ${name} is not defined`)
  return f
}

const deploymentAvailableAndHealthy = from(deploymentProbes, 'deployment_available_and_healthy')
const deploymentNotFully = from(deploymentProbes, 'deployment_not_fully_available')
const deploymentFully = from(deploymentProbes, 'deployment_fully_available')
const podIsNotAvailable = from(podProbes, 'pod_is_not_available')

export const legacyActions: Chaosk8sModule = {
  start_microservice: createFromSpec(R.deployments, 'start_microservice'),
  remove_service_endpoint: def(['name', ['ns', 'default']], (a, _ctx, env, k) =>
    deleteObject(k, env, R.services, str(a.ns), str(a.name), 'remove_service_endpoint')
  ),
  scale_microservice: scale('Deployment', 'scale_microservice'),
  kill_microservice: def(
    ['name', ['ns', 'default'], ['label_selector', 'name in ({name})']],
    async (a, _ctx, env) => {
      const ns = str(a.ns)
      const sel = formatName(a.label_selector, a.name)
      env.radius.checkNamespaces('kill_microservice', [ns])
      const deleted: string[] = []
      for (const res of [R.deployments, R.replicasets, R.pods]) {
        const items = (await env.client.list(res, ns, { labelSelector: sel })).items
        if (res === R.pods) env.radius.checkPodCount('kill_microservice', items.length)
        for (const o of items) {
          const name = o.metadata?.name ?? ''
          deleted.push(`${res.plural}/${name}`)
          if (!env.radius.dryRun)
            await env.client.delete(res, ns, name).catch((e: unknown) => {
              if (!isNotFound(e)) throw e
            })
        }
      }
      const out = summary('kill_microservice', env, {
        [env.radius.dryRun ? 'would_delete' : 'deleted']: deleted
      })
      if (deleted.length === 0 && !env.radius.dryRun)
        throw new NoEffectError(`0 objects matched "${sel}" in namespace "${ns}"`, out)
      return out
    }
  )
}

export const legacyProbes: Chaosk8sModule = {
  all_microservices_healthy: def([['ns', 'default']], async (a, _ctx, env) => {
    const pods = await listPods(env, str(a.ns), undefined)
    const failed = pods.filter((p) => podPhase(p) === 'Failed')
    const notReady = pods.filter(
      (p) => podPhase(p) !== 'Running' && podPhase(p) !== 'Succeeded' && podPhase(p) !== 'Failed'
    )
    if (failed.length || notReady.length) throw new ActivityFailed('the system is unhealthy')
    return true
  }),
  microservice_available_and_healthy: def(
    ['name', ['ns', 'default'], ['label_selector', null]],
    // Upstream calls deployment_available_and_healthy without returning its value: None.
    async (a, ctx, env, k) => {
      await deploymentAvailableAndHealthy.run({ ...a, raise_on_unavailable: true }, ctx, env, k)
      return null
    }
  ),
  microservice_is_not_available: def(
    ['name', ['ns', 'default'], ['label_selector', 'name in ({name})']],
    (a, ctx, env, k) => podIsNotAvailable.run({ ...a, raise_on_is_available: true }, ctx, env, k)
  ),
  service_endpoint_is_initialized: def(
    ['name', ['ns', 'default'], ['label_selector', 'name in ({name})']],
    async (a, _ctx, env) => {
      const items = (
        await env.client.list(R.services, str(a.ns), {
          labelSelector: formatName(a.label_selector, a.name)
        })
      ).items
      if (items.length === 0)
        throw new ActivityFailed(`service '${str(a.name)}' is not initialized`)
      return true
    }
  ),
  deployment_is_not_fully_available: def(
    ['name', ['ns', 'default'], ['label_selector', null], ['timeout', 30]],
    (a, ctx, env, k) =>
      deploymentNotFully.run({ ...a, raise_on_fully_available: true }, ctx, env, k)
  ),
  deployment_is_fully_available: def(
    ['name', ['ns', 'default'], ['label_selector', null], ['timeout', 30]],
    (a, ctx, env, k) =>
      deploymentFully.run({ ...a, raise_on_not_fully_available: true }, ctx, env, k)
  )
}
