import type { NativeModuleRegistry, Provider, ProviderRegistry } from '../../engine/provider.ts'
import { chaosk8sModules, supportedChaosk8s, UNSUPPORTED_CHAOSK8S } from './chaosk8s/index.ts'
import type { KubeClient } from './client.ts'
import { createKubernetesProvider, withPreviewSummary } from './native.ts'
import { withModuleExports } from './module-exports.ts'
import { KubeRuntime } from './runtime.ts'
import type { KubernetesOptions } from './runtime.ts'

export interface KubernetesRegistration {
  runtime: KubeRuntime
  /** The same clients and limits with a dry-run blast radius: what previews run through. */
  dryRuntime: KubeRuntime
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
  const dryRuntime = new PreviewRuntime(runtime)
  const defined = chaosk8sModules(runtime)
  // Every name chaostoolkit finds through a module, its imports included.
  const modules = withModuleExports(defined)
  // Each action's twin bound to the dry runtime previews it: same code, nothing changed.
  const twins = withModuleExports(chaosk8sModules(dryRuntime))
  for (const [name, fns] of Object.entries(modules)) {
    if (name.endsWith('.actions'))
      for (const [func, fn] of Object.entries(fns)) {
        const twin = twins[name]?.[func]
        if (twin && !fn.unsupported)
          fn.preview = async (args, ctx) => withPreviewSummary(await twin.run(args, ctx), args.ns)
      }
    natives.register(name, fns)
  }
  const provider = createKubernetesProvider(runtime, dryRuntime)
  registry.register(provider)
  return {
    runtime,
    dryRuntime,
    provider,
    supported: supportedChaosk8s(defined),
    stats: () => ({ requests: runtime.requests, watchReconnects: runtime.watchReconnects })
  }
}

/** A dry-run runtime that borrows the live runtime's clients (one connection pool, one count). */
class PreviewRuntime extends KubeRuntime {
  readonly #live: KubeRuntime

  constructor(live: KubeRuntime) {
    super({ ...live.options, dryRun: true })
    this.#live = live
  }

  override client(secrets?: Record<string, unknown>): KubeClient {
    return this.#live.client(secrets)
  }
}

export { UNSUPPORTED_CHAOSK8S, unsupportedMessage } from './chaosk8s/index.ts'
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
