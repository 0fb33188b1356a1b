/**
 * chaostoolkit-kubernetes (`chaosk8s.*`) implemented natively: same modules, function names,
 * parameter names and defaults, reached through the `python` provider. Outputs follow chaosk8s
 * where it returns something (pod names, booleans, raw API JSON); where it returns None we return
 * a small evidence object instead.
 *
 * Each chaosk8s module is a table in the file named after it (pod.ts, deployment.ts, ...); this
 * file lists them under their Python names and binds them to a runtime.
 */
import type { NativeFunction } from '../../../engine/provider.ts'
import type { KubeRuntime } from '../runtime.ts'
import { chaosmeshNetworkActions, chaosmeshNetworkProbes } from './chaosmesh.ts'
import { chaosmeshStressActions, chaosmeshStressProbes } from './chaosmesh.ts'
import { crdActions, crdProbes } from './crd.ts'
import { daemonsetActions, daemonsetProbes } from './daemonset.ts'
import type { Args, Chaosk8sFunction, Chaosk8sModule, Chaosk8sRuntime } from './define.ts'
import { deploymentActions, deploymentProbes } from './deployment.ts'
import { eventProbes } from './event.ts'
import { legacyActions, legacyProbes } from './legacy.ts'
import { namespaceActions, namespaceProbes } from './namespace.ts'
import { networkingActions, networkingProbes } from './networking.ts'
import { nodeActions, nodeProbes } from './node.ts'
import { podActions, podProbes } from './pod.ts'
import { replicasetActions } from './replicaset.ts'
import { secretActions, secretProbes } from './secret.ts'
import { serviceActions, serviceProbes } from './service.ts'
import { statefulsetActions, statefulsetProbes } from './statefulset.ts'

export { UNSUPPORTED_CHAOSK8S, unsupportedMessage } from './define.ts'

/** Python module name -> its table. */
export const CHAOSK8S_MODULES: Readonly<Record<string, Chaosk8sModule>> = {
  'chaosk8s.pod.actions': podActions,
  'chaosk8s.pod.probes': podProbes,
  'chaosk8s.deployment.actions': deploymentActions,
  'chaosk8s.deployment.probes': deploymentProbes,
  'chaosk8s.statefulset.actions': statefulsetActions,
  'chaosk8s.statefulset.probes': statefulsetProbes,
  'chaosk8s.daemonset.actions': daemonsetActions,
  'chaosk8s.daemonset.probes': daemonsetProbes,
  'chaosk8s.replicaset.actions': replicasetActions,
  'chaosk8s.node.actions': nodeActions,
  'chaosk8s.node.probes': nodeProbes,
  'chaosk8s.service.actions': serviceActions,
  'chaosk8s.service.probes': serviceProbes,
  'chaosk8s.namespace.actions': namespaceActions,
  'chaosk8s.namespace.probes': namespaceProbes,
  'chaosk8s.event.probes': eventProbes,
  'chaosk8s.crd.actions': crdActions,
  'chaosk8s.crd.probes': crdProbes,
  'chaosk8s.chaosmesh.network.actions': chaosmeshNetworkActions,
  'chaosk8s.chaosmesh.network.probes': chaosmeshNetworkProbes,
  'chaosk8s.chaosmesh.stress.actions': chaosmeshStressActions,
  'chaosk8s.chaosmesh.stress.probes': chaosmeshStressProbes,
  'chaosk8s.networking.actions': networkingActions,
  'chaosk8s.networking.probes': networkingProbes,
  'chaosk8s.secret.actions': secretActions,
  'chaosk8s.secret.probes': secretProbes,
  'chaosk8s.actions': legacyActions,
  'chaosk8s.probes': legacyProbes
}

/** One function bound to `k`: it takes secrets (they pick the client) and gets its env. */
function bind(f: Chaosk8sFunction, k: Chaosk8sRuntime): NativeFunction {
  return {
    params: f.params,
    takesSecrets: true,
    ...(f.takesConfiguration ? { takesConfiguration: true } : {}),
    ...(f.unsupported ? { unsupported: f.unsupported } : {}),
    run: (args, ctx) => {
      const secrets = (args.secrets ?? undefined) as Record<string, unknown> | undefined
      const a: Args = { ...args }
      delete a.secrets
      delete a.configuration
      return f.run(a, ctx, k.rt.env(ctx, secrets), k)
    }
  }
}

/** Every chaosk8s module, its functions bound to `rt` (one discovery cache per call). */
export function chaosk8sModules(rt: KubeRuntime): Record<string, Record<string, NativeFunction>> {
  const k: Chaosk8sRuntime = { rt, discovery: new Map() }
  return Object.fromEntries(
    Object.entries(CHAOSK8S_MODULES).map(([module, table]) => [
      module,
      Object.fromEntries(Object.entries(table).map(([name, f]) => [name, bind(f, k)]))
    ])
  )
}

/** Every chaosk8s `module.func` we implement, for docs. */
export function supportedChaosk8s(
  modules: Record<string, Record<string, NativeFunction>>
): string[] {
  const out: string[] = []
  for (const [m, fns] of Object.entries(modules))
    for (const [f, def] of Object.entries(fns)) if (!def.unsupported) out.push(`${m}.${f}`)
  return out.sort()
}
