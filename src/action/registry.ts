import { createDefaultRegistry } from '../providers/index.ts'
import type { ProviderRegistry } from '../engine/provider.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import type { ServiceRoutes } from '../providers/service-routes.ts'

/**
 * Every provider the action offers (the CLI's; heavy ones load on first use). Post builds the same
 * registry to undo ledger entries. `kubernetes` is where the cluster is and the blast radius: main
 * builds one registry to validate and another to run once the deploy is known.
 */
export function createActionRegistry(
  kubernetes: KubernetesOptions = {},
  services?: ServiceRoutes
): ProviderRegistry {
  return createDefaultRegistry({ env: process.env, kubernetes, ...(services ? { services } : {}) })
}
