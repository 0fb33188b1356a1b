/**
 * In-cluster Service URLs (`http://web.chaos-example.svc:8080/...`, also `.svc.cluster.local`)
 * reached from the runner. Providers know only this interface: the cluster layer implements it by
 * tunnelling each connection through the API server to a Ready pod of the Service, and the front
 * door injects it into the registry. Without routes a `.svc` host resolves through DNS as usual.
 */

/** A Service named by a URL host, and the Service port the URL names. */
export interface ServiceTarget {
  name: string
  namespace: string
  port: number
}

/** Who served a tunnelled connection, and why it broke when it did. */
export interface ServedBy {
  pod: string
  /** What the API server or kubelet said when the stream failed. */
  error?: string
}

export interface ServiceRoutes {
  /**
   * A local address whose every connection is tunnelled to a pod Ready at that moment. Waits a
   * bounded time for a Ready endpoint; rejects with a message naming the Service when there is
   * none, the Service or its port does not exist, or the cluster cannot be reached.
   */
  open(target: ServiceTarget, signal?: AbortSignal): Promise<{ host: string; port: number }>
  /** The pod serving the tunnelled connection whose client side is the local port `port`. */
  servedBy(localPort: number): ServedBy | undefined
  /**
   * What validation can know: a problem with the target (a port the Service does not have), or
   * undefined when it looks right or the cluster cannot be asked now (checked again at run time).
   */
  check?(target: ServiceTarget): Promise<string | undefined>
  /** Closes every listener and stream. */
  close(): Promise<void>
}

const SVC_SUFFIXES = ['.svc.cluster.local', '.svc'] as const
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

/** Whether a URL host is spelled as an in-cluster Service (`*.svc`, `*.svc.cluster.local`). */
export function isServiceHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return SVC_SUFFIXES.some((s) => host.endsWith(s))
}

/**
 * The Service a URL names, undefined when its host is not a `.svc` name, or an Error explaining
 * what is wrong with a `.svc` host (it must be `<service>.<namespace>.svc[.cluster.local]`).
 */
export function serviceTargetOf(url: string | URL): ServiceTarget | Error | undefined {
  let parsed: URL
  try {
    parsed = typeof url === 'string' ? new URL(url) : url
  } catch {
    return undefined
  }
  const host = parsed.hostname.toLowerCase()
  const suffix = SVC_SUFFIXES.find((s) => host.endsWith(s))
  if (suffix === undefined) return undefined
  const labels = host.slice(0, -suffix.length).split('.')
  const [name, namespace] = labels
  if (labels.length !== 2 || name === undefined || namespace === undefined) {
    return new Error(
      `${host} does not name a Service: expected <service>.<namespace>${suffix}, e.g. web.chaos-example${suffix}`
    )
  }
  for (const label of [name, namespace]) {
    if (!DNS_LABEL.test(label))
      return new Error(`${host}: '${label}' is not a valid Service or namespace name`)
  }
  const port = parsed.port === '' ? (parsed.protocol === 'https:' ? 443 : 80) : Number(parsed.port)
  return { name, namespace, port }
}

/** `namespace/name:port`, for messages and keys. */
export function describeTarget(target: ServiceTarget): string {
  return `${target.namespace}/${target.name}:${target.port}`
}

/**
 * The URL to dial for `url`: a `.svc` URL becomes the local end of its tunnel (same path and
 * query), with `host` the original authority for a Host header. Other URLs come back unchanged.
 * Throws (with the routes' message) when a `.svc` URL cannot be reached.
 */
export async function routeUrl(
  url: string,
  routes: ServiceRoutes | undefined,
  signal?: AbortSignal
): Promise<{ url: string; host?: string }> {
  if (routes === undefined) return { url }
  const target = serviceTargetOf(url)
  if (target === undefined) return { url }
  if (target instanceof Error) throw target
  const local = await routes.open(target, signal)
  const rewritten = new URL(url)
  const host = rewritten.host
  rewritten.hostname = local.host
  rewritten.port = String(local.port)
  return { url: rewritten.toString(), host }
}

/** Validation issues for `.svc` URLs: a malformed host always, a missing port when known. */
export async function checkServiceUrl(
  url: string,
  routes: ServiceRoutes | undefined
): Promise<string | undefined> {
  if (url.includes('${')) return undefined
  const target = serviceTargetOf(url)
  if (target === undefined) return undefined
  if (target instanceof Error) return target.message
  return routes?.check?.(target)
}
