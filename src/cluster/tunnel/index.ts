/**
 * The Service routes a run hands its providers: cheap to create, the Kubernetes client and the
 * tunnels load only when an experiment first names a `.svc` URL or a port-forward is asked for.
 */
import type { Logger } from '../../engine/logger.ts'
import type { ServedBy, ServiceRoutes, ServiceTarget } from '../../providers/service-routes.ts'
import { parsePortForwards } from './port-forward.ts'
import type { ServiceTunnelOptions, ServiceTunnels } from './service-tunnels.ts'

export type { ServiceTunnelOptions, TunnelListener, TunnelStats } from './service-tunnels.ts'
export { parsePortForward, parsePortForwards, type PortForwardSpec } from './port-forward.ts'

export type LazyServiceRoutes = ServiceRoutes & { tunnels(): Promise<ServiceTunnels> }

/** ServiceRoutes backed by ServiceTunnels, loaded on first use. */
export function createServiceRoutes(options: ServiceTunnelOptions = {}): LazyServiceRoutes {
  let loading: Promise<ServiceTunnels> | undefined
  let loaded: ServiceTunnels | undefined
  const tunnels = (): Promise<ServiceTunnels> =>
    (loading ??= import('./service-tunnels.ts').then(
      (m) => (loaded = new m.ServiceTunnels(options))
    ))
  return {
    tunnels,
    async open(target: ServiceTarget, signal?: AbortSignal) {
      return (await tunnels()).open(target, signal)
    },
    servedBy(localPort: number): ServedBy | undefined {
      return loaded?.servedBy(localPort)
    },
    async check(target: ServiceTarget) {
      return (await tunnels()).check(target)
    },
    async close() {
      await loaded?.close()
    }
  }
}

/**
 * The run's routes, with the `port-forward` listeners open: a Service named without a namespace
 * is looked up in the deploy's namespace when it touched exactly one, else `default`. Malformed
 * values and unreachable Services are UsageErrors; on error nothing stays open.
 */
export async function openServiceRoutes(
  options: ServiceTunnelOptions & {
    portForwards: readonly string[]
    namespaces: readonly string[]
    logger: Logger
  }
): Promise<LazyServiceRoutes> {
  const specs = parsePortForwards(options.portForwards)
  const routes = createServiceRoutes(options)
  if (specs.length === 0) return routes
  const { openPortForwards } = await import('./port-forward.ts')
  const namespace = options.namespaces.length === 1 ? options.namespaces[0]! : 'default'
  try {
    await openPortForwards(await routes.tunnels(), specs, namespace, options.logger)
  } catch (error) {
    await routes.close()
    throw error
  }
  return routes
}
