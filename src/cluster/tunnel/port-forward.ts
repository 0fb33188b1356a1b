/**
 * The `port-forward` option (CLI flag and action input): local ports for tools that are not ours,
 * each tunnelled like a `.svc` URL (a new stream per connection to a pod Ready at that moment).
 * Spelling, kubectl's with the ports joined: `[NAMESPACE/]svc/NAME:[LOCAL:]PORT`, e.g.
 * `svc/web:8080:80` (local 8080 to the Service's port 80) or `chaos-example/svc/web:8080`.
 */
import { UsageError, errorMessage } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import { describeTarget, type ServiceTarget } from '../../providers/service-routes.ts'
import type { ServiceTunnels, TunnelListener } from './service-tunnels.ts'

export interface PortForwardSpec {
  /** As written, for messages. */
  text: string
  name: string
  /** Absent: the caller's default namespace. */
  namespace?: string
  localPort: number
  /** The Service port. */
  port: number
}

const SPEC =
  /^(?:([a-z0-9][-a-z0-9]*)\/)?(?:svc|service|services)\/([a-z0-9][-a-z0-9]*)(?:\.([a-z0-9][-a-z0-9]*))?:(?:(\d+):)?(\d+)$/

const port = (text: string, what: string, spec: string, min: number): number => {
  const n = Number(text)
  if (!Number.isInteger(n) || n < min || n > 65535)
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)}: ${what} ${text} is not a port`,
      `use ${min}-65535`
    )
  return n
}

/** Parses one `port-forward` value; UsageError with the expected spelling when malformed. */
export function parsePortForward(text: string): PortForwardSpec {
  const spec = text.trim()
  const m = SPEC.exec(spec)
  if (!m) {
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)} is not [NAMESPACE/]svc/NAME:[LOCAL:]PORT`,
      'e.g. svc/web:8080:80 (local 8080 to port 80 of Service web) or chaos-example/svc/web:8080'
    )
  }
  const [, nsPrefix, name, nsSuffix, local, remote] = m
  if (nsPrefix && nsSuffix)
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)} names the namespace twice`,
      'write NAMESPACE/svc/NAME:... or svc/NAME.NAMESPACE:...'
    )
  const servicePort = port(remote!, 'the Service port', spec, 1)
  const namespace = nsPrefix ?? nsSuffix
  return {
    text: spec,
    name: name!,
    ...(namespace ? { namespace } : {}),
    localPort: local === undefined ? servicePort : port(local, 'the local port', spec, 0),
    port: servicePort
  }
}

/** Parses every value (one per entry or line); all malformed ones reported at once. */
export function parsePortForwards(values: readonly string[]): PortForwardSpec[] {
  const lines = values
    .flatMap((v) => v.split(/[\n,]/))
    .map((v) => v.trim())
    .filter(Boolean)
  const problems: string[] = []
  const specs: PortForwardSpec[] = []
  for (const line of lines) {
    try {
      specs.push(parsePortForward(line))
    } catch (error) {
      problems.push(errorMessage(error))
    }
  }
  if (problems.length > 0)
    throw new UsageError(
      problems.join('; '),
      'e.g. svc/web:8080:80 (local 8080 to port 80 of Service web) or chaos-example/svc/web:8080'
    )
  return specs
}

/**
 * Opens the listeners on 127.0.0.1; a Service or port that does not exist, or a local port in
 * use, fails here with a clear message (before any experiment runs).
 */
export async function openPortForwards(
  tunnels: ServiceTunnels,
  specs: readonly PortForwardSpec[],
  defaultNamespace: string,
  logger: Logger
): Promise<TunnelListener[]> {
  const opened: TunnelListener[] = []
  for (const spec of specs) {
    const target: ServiceTarget = {
      name: spec.name,
      namespace: spec.namespace ?? defaultNamespace,
      port: spec.port
    }
    try {
      const listener = await tunnels.listen(target, { host: '127.0.0.1', port: spec.localPort })
      opened.push(listener)
      logger.info(
        `port-forward: 127.0.0.1:${listener.port} -> Service ${describeTarget(target)} (a Ready pod per connection)`
      )
    } catch (error) {
      throw new UsageError(
        `port-forward ${spec.text}: ${errorMessage(error)}`,
        'check the Service name, namespace and port (kubectl get svc -A), and that the local port is free'
      )
    }
  }
  return opened
}
