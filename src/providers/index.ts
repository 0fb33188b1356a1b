import { InternalError } from '../engine/errors.ts'
import { NativeModuleRegistry, ProviderRegistry } from '../engine/provider.ts'
import type { NativeFunction, Provider, RunCleanupContext } from '../engine/provider.ts'
import type { ProviderSpec } from '../engine/types.ts'
import type { HttpProviderOptions } from './http/http.ts'
import type { KubeRuntime, KubernetesOptions } from './kubernetes/runtime.ts'
import type { ServiceRoutes } from './service-routes.ts'
import { processProvider } from './process/process.ts'
import { createPythonProvider } from './python/python.ts'

export interface DefaultRegistryOptions {
  /** More providers (kubernetes, chaos-mesh, load...); a type registered here replaces a built-in. */
  providers?: Provider[]
  /** Native implementations of Python modules, reached through the `python` provider. */
  nativeModules?: NativeModuleRegistry | Record<string, Record<string, NativeFunction>>
  /** Interpreter for Python modules we don't implement natively; `false` disables it. */
  python?: string | false
  http?: HttpProviderOptions
  env?: NodeJS.ProcessEnv
  /** Cluster access and blast radius for `kubernetes`, `chaos-mesh` and `chaosk8s.*`. */
  kubernetes?: KubernetesOptions
  /**
   * Reaches `.svc` URLs (in-cluster Services) from http, load, proxy and prometheus; the front
   * door creates it with the cluster session and closes it after the run.
   */
  services?: ServiceRoutes
}

/**
 * A provider whose module is imported the first time an experiment uses it (validate, run or
 * cleanup), so heavy clients (Kubernetes, OpenTelemetry, autocannon) cost nothing otherwise.
 * `close` only reaches a provider that was loaded.
 */
export function lazy(
  type: string,
  load: () => Promise<Provider>,
  o: { createsClusterObjects?: boolean } = {}
): Provider {
  let loading: Promise<Provider> | undefined
  let loaded: Provider | undefined
  const get = (): Promise<Provider> => {
    loading ??= load().then((provider) => {
      if (provider.type !== type) {
        throw new InternalError(
          `provider module for '${type}' loaded a '${provider.type}' provider`
        )
      }
      loaded = provider
      return provider
    })
    return loading
  }
  return {
    type,
    async validate(spec, ctx) {
      const provider = await get()
      return (await provider.validate?.(spec, ctx)) ?? []
    },
    async run(spec: ProviderSpec, ctx) {
      return (loaded ?? (await get())).run(spec, ctx)
    },
    async preview(spec: ProviderSpec, ctx) {
      return (loaded ?? (await get())).preview?.(spec, ctx)
    },
    async cleanupPersisted(resource, ctx) {
      const provider = await get()
      if (provider.cleanupPersisted === undefined) {
        throw new Error(`the ${type} provider cannot undo a persisted ${resource.kind}`)
      }
      return provider.cleanupPersisted(resource, ctx)
    },
    // Only where the provider may have left objects behind: post loads nothing else to sweep.
    ...(o.createsClusterObjects
      ? {
          async cleanupRun(runId: string, ctx: RunCleanupContext): Promise<string[]> {
            return (await (await get()).cleanupRun?.(runId, ctx)) ?? []
          }
        }
      : {}),
    async close() {
      await loaded?.close?.()
    }
  }
}

/**
 * Every built-in provider, plus what the caller adds. process and python are small and eager;
 * the rest load on first use. To add one: a `lazy('type', () => import(...))` line below.
 */
export function createDefaultRegistry(options: DefaultRegistryOptions = {}): ProviderRegistry {
  let modules: NativeModuleRegistry
  if (options.nativeModules instanceof NativeModuleRegistry) modules = options.nativeModules
  else {
    modules = new NativeModuleRegistry()
    for (const [name, fns] of Object.entries(options.nativeModules ?? {}))
      modules.register(name, fns)
  }
  const services = options.services === undefined ? {} : { services: options.services }
  const registry = new ProviderRegistry()
    .register(processProvider)
    .register(
      lazy('http', () =>
        import('./http/http.ts').then((m) => m.createHttpProvider({ ...options.http, ...services }))
      )
    )
    .register(
      createPythonProvider({
        modules,
        ...(options.python === undefined ? {} : { python: options.python }),
        ...(options.env === undefined ? {} : { env: options.env })
      })
    )
    .register(
      lazy('proxy', () => import('./proxy/index.ts').then((m) => new m.ProxyProvider(services)))
    )
    .register(
      lazy('load', () => import('./load/index.ts').then((m) => new m.LoadProvider(services)))
    )
    .register(
      lazy('prometheus', () =>
        import('./prometheus/index.ts').then((m) => new m.PrometheusProvider(services))
      )
    )
  modules.addLoader('chaosprometheus', async () => {
    const m = await import('./prometheus/index.ts')
    m.registerPrometheusModules(modules, options.services)
  })

  // One Kubernetes runtime (clients, blast radius, tracking) serves the `kubernetes` and
  // `chaos-mesh` providers and the chaosk8s functions, created when the first of them is used.
  let kube: ReturnType<typeof loadKubernetes> | undefined
  const loadKubernetes = async (): Promise<{ runtime: KubeRuntime; provider: Provider }> => {
    const m = await import('./kubernetes/index.ts')
    const registration = m.registerKubernetes(new ProviderRegistry(), modules, {
      env: options.env,
      ...options.kubernetes
    })
    return { runtime: registration.runtime, provider: registration.provider }
  }
  const kubernetes = (): ReturnType<typeof loadKubernetes> => (kube ??= loadKubernetes())
  modules.addLoader('chaosk8s', async () => void (await kubernetes()))
  const objects = { createsClusterObjects: true }
  registry
    .register(lazy('kubernetes', async () => (await kubernetes()).provider, objects))
    .register(
      lazy(
        'chaos-mesh',
        async () => {
          const [{ runtime }, m] = await Promise.all([
            kubernetes(),
            import('./chaos-mesh/index.ts')
          ])
          return new m.ChaosMeshProvider({ runtime })
        },
        objects
      )
    )
  for (const provider of options.providers ?? []) registry.register(provider)
  return registry
}

export { processProvider } from './process/process.ts'
export { createPythonProvider, bindArguments } from './python/python.ts'
export type { ServiceRoutes, ServiceTarget } from './service-routes.ts'
