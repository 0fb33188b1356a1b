/** chaosk8s.daemonset.actions and chaosk8s.daemonset.probes. */
import { ActivityFailed } from '../../../engine/errors.ts'
import { R } from '../client.ts'
import { workloadStatus } from '../select.ts'
import { str, summary } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sFunction, Chaosk8sModule } from './define.ts'
import { createFromSpec, deleteByNameOrSelector, listNamed } from './objects.ts'
import { readinessHasState } from './workload.ts'

/** Every pod of the DaemonSet available and ready, or (`partial`) at least one available. */
function healthy(partial: boolean): Chaosk8sFunction {
  return def(['name', ['ns', 'default'], ['label_selector', null]], async (a, _ctx, env) => {
    const items = await listNamed(env, R.daemonsets, a)
    const name = str(a.name)
    if (items.length === 0) throw new ActivityFailed(`DaemonSet '${name}' was not found`)
    for (const d of items) {
      const s = workloadStatus('DaemonSet', d)
      const ok = partial ? s.available >= 1 : s.available === s.desired && s.ready === s.desired
      if (!ok) throw new ActivityFailed(`DaemonSet '${name}' is not healthy`)
    }
    return true
  })
}

export const daemonsetActions: Chaosk8sModule = {
  create_daemon_set: createFromSpec(R.daemonsets, 'create_daemon_set'),
  delete_daemon_set: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.daemonsets, a, 'delete_daemon_set')
  ),
  update_daemon_set: def(['name', 'spec', ['ns', 'default']], async (a, _ctx, env) => {
    env.radius.checkNamespaces('update_daemon_set', [str(a.ns)])
    if (env.radius.dryRun)
      return summary('update_daemon_set', env, { would_change: `daemonsets/${str(a.name)}` })
    return env.client.patch(R.daemonsets, str(a.ns), str(a.name), a.spec, 'strategic')
  })
}

export const daemonsetProbes: Chaosk8sModule = {
  daemon_set_available_and_healthy: healthy(false),
  daemon_set_partially_available: healthy(true),
  daemon_set_not_fully_available: def(
    ['name', ['ns', 'default'], ['label_selector', null], ['timeout', 30]],
    async (a, _ctx, env) => {
      if (await readinessHasState(env, 'DaemonSet', a, false)) return true
      throw new ActivityFailed(
        `daemon set '${str(a.name)}' failed to stop running within ${str(a.timeout)}s`
      )
    }
  ),
  daemon_set_fully_available: def(
    ['name', ['ns', 'default'], ['label_selector', null], ['timeout', 30]],
    async (a, _ctx, env) => {
      if (await readinessHasState(env, 'DaemonSet', a, true)) return true
      throw new ActivityFailed(
        `daemon set '${str(a.name)}' failed to recover within ${str(a.timeout)}s`
      )
    }
  )
}
