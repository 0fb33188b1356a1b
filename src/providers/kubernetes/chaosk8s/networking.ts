/** chaosk8s.networking.actions and chaosk8s.networking.probes: ingresses and network policies. */
import { ActivityFailed } from '../../../engine/errors.ts'
import { R } from '../client.ts'
import type { KubeObject } from '../client.ts'
import { loadSpecFile, opt, str, summary } from './args.ts'
import { def } from './define.ts'
import type { Chaosk8sFunction, Chaosk8sModule } from './define.ts'
import { createFromSpec, createObject, deleteIn, deleteObject, exists } from './objects.ts'

const DENY_INGRESS = 'chaostoolkit-deny-all-ingress'
const DENY_EGRESS = 'chaostoolkit-deny-all-egress'
const ALLOW_DNS = 'chaostoolkit-allow-dns'

/** A NetworkPolicy over the pods `podLabels` (`a=b,c=d` or a map) selects. */
function policy(
  name: string,
  ns: string,
  podLabels: unknown,
  spec: Record<string, unknown>
): KubeObject {
  const matchLabels =
    typeof podLabels === 'string'
      ? Object.fromEntries(
          podLabels
            .split(',')
            .filter(Boolean)
            .map((kv) => kv.split('=', 2) as [string, string])
        )
      : ((podLabels ?? {}) as Record<string, string>)
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace: ns },
    spec: { podSelector: { matchLabels }, ...spec }
  }
}

/** chaosk8s's fixed-name policies: create one (label_selectors, ns)... */
function fixedPolicy(
  name: string,
  action: string,
  spec: Record<string, unknown>
): Chaosk8sFunction {
  return def(
    [
      ['label_selectors', null],
      ['ns', 'default']
    ],
    (a, ctx, env, k) =>
      createObject(
        k,
        env,
        ctx,
        R.networkpolicies,
        str(a.ns),
        policy(name, str(a.ns), a.label_selectors, spec),
        action
      )
  )
}

/** ...and delete it by name. */
function removeFixedPolicy(name: string, action: string): Chaosk8sFunction {
  return def([['ns', 'default']], (a, _ctx, env, k) =>
    deleteObject(k, env, R.networkpolicies, str(a.ns), name, action, { missingOk: true })
  )
}

export const networkingActions: Chaosk8sModule = {
  create_ingress: createFromSpec(R.ingresses, 'create_ingress'),
  delete_ingress: deleteIn(R.ingresses, 'delete_ingress'),
  update_ingress: def(['name', 'spec', ['ns', 'default']], async (a, _ctx, env) => {
    env.radius.checkNamespaces('update_ingress', [str(a.ns)])
    if (env.radius.dryRun)
      return summary('update_ingress', env, { would_change: `ingresses/${str(a.name)}` })
    return env.client.patch(R.ingresses, str(a.ns), str(a.name), a.spec, 'strategic')
  }),
  create_network_policy: def(
    [
      ['spec', null],
      ['spec_path', null],
      ['ns', 'default']
    ],
    async (a, ctx, env, k) => {
      const body = a.spec
        ? (a.spec as KubeObject)
        : opt(a.spec_path)
          ? await loadSpecFile(str(a.spec_path))
          : undefined
      if (!body) throw new ActivityFailed('create_network_policy needs spec or spec_path')
      return createObject(k, env, ctx, R.networkpolicies, str(a.ns), body, 'create_network_policy')
    }
  ),
  remove_network_policy: deleteIn(R.networkpolicies, 'remove_network_policy'),
  deny_all_ingress: fixedPolicy(DENY_INGRESS, 'deny_all_ingress', {
    policyTypes: ['Ingress'],
    ingress: []
  }),
  remove_deny_all_ingress: removeFixedPolicy(DENY_INGRESS, 'remove_deny_all_ingress'),
  deny_all_egress: fixedPolicy(DENY_EGRESS, 'deny_all_egress', {
    policyTypes: ['Egress'],
    egress: []
  }),
  remove_deny_all_egress: removeFixedPolicy(DENY_EGRESS, 'remove_deny_all_egress'),
  allow_dns_access: fixedPolicy(ALLOW_DNS, 'allow_dns_access', {
    policyTypes: ['Egress'],
    egress: [
      {
        ports: [
          { port: 53, protocol: 'UDP' },
          { port: 53, protocol: 'TCP' }
        ]
      }
    ]
  }),
  remove_allow_dns_access: removeFixedPolicy(ALLOW_DNS, 'remove_allow_dns_access')
}

export const networkingProbes: Chaosk8sModule = {
  ingress_exists: def(['name', ['ns', 'default']], (a, _ctx, env) =>
    exists(env, R.ingresses, str(a.ns), str(a.name))
  )
}
