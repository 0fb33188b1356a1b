import type { NativeModuleRegistry, Provider, ProviderRegistry } from '../provider.ts'
import { chaosk8sModules, supportedChaosk8s, UNSUPPORTED_CHAOSK8S } from './chaosk8s.ts'
import { createKubernetesProvider } from './native.ts'
import { KubeRuntime } from './runtime.ts'
import type { KubernetesOptions } from './runtime.ts'

export interface KubernetesRegistration {
  runtime: KubeRuntime
  provider: Provider
  /** `module.func` names implemented natively. */
  supported: string[]
  /** API requests and watch re-establishments so far, across every client. */
  stats(): { requests: number; watchReconnects: number }
}

/**
 * Registers the `kubernetes` provider type and the natively implemented `chaosk8s.*` modules.
 * One runtime (clients, blast radius, tracking) serves both.
 */
export function registerKubernetes(
  registry: ProviderRegistry,
  natives: NativeModuleRegistry,
  options: KubernetesOptions = {}
): KubernetesRegistration {
  const runtime = new KubeRuntime(options)
  const modules = chaosk8sModules(runtime)
  for (const [name, fns] of Object.entries(modules)) natives.register(name, fns)
  const provider = createKubernetesProvider(runtime)
  registry.register(provider)
  return {
    runtime,
    provider,
    supported: supportedChaosk8s(modules),
    stats: () => ({ requests: runtime.requests, watchReconnects: runtime.watchReconnects })
  }
}

export { UNSUPPORTED_CHAOSK8S, unsupportedMessage } from './chaosk8s.ts'
export { ACTIONS as KUBERNETES_ACTIONS, PROBES as KUBERNETES_PROBES } from './native.ts'
export {
  BlastRadius,
  BlastRadiusRefused,
  DEFAULT_MAX_PODS_PER_ACTION,
  SYSTEM_NAMESPACES
} from './blast-radius.ts'
export type { BlastRadiusOptions } from './blast-radius.ts'
export { KubeClient, KubeApiError } from './client.ts'
export type { RequestRecord } from './client.ts'
export { KubeRuntime } from './runtime.ts'
export type { KubernetesOptions } from './runtime.ts'
export { UNSUPPORTED_CHAOSK8S as unsupportedChaosk8s }
