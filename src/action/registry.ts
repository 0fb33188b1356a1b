import { createDefaultRegistry } from '../providers/index.ts'
import type { ProviderRegistry } from '../providers/provider.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import { LoadProvider } from '../providers/load/index.ts'
import { ProxyProvider } from '../providers/proxy/index.ts'

/**
 * Every provider the action offers. Post builds the same registry to undo ledger entries, so a
 * provider that tracks resources must be here. `kubernetes` is where the cluster is and the blast
 * radius: main builds one registry to validate and another to run once the deploy is known.
 */
export function createActionRegistry(kubernetes: KubernetesOptions = {}): ProviderRegistry {
  return createDefaultRegistry({
    env: process.env,
    kubernetes,
    providers: [new ProxyProvider(), new LoadProvider()]
  })
}
