/**
 * The Ready endpoints of one Service port, kept current by a watch on the Service's EndpointSlices:
 * which pods may take a new connection right now, and on which of their ports.
 */
import { errorMessage } from '../../engine/errors.ts'
import { R, isNotFound } from '../../providers/kubernetes/client.ts'
import type { KubeClient, KubeObject, ResourceType } from '../../providers/kubernetes/client.ts'
import { describeTarget, type ServiceTarget } from '../../providers/service-routes.ts'

const ENDPOINT_SLICES: ResourceType = {
  group: 'discovery.k8s.io',
  version: 'v1',
  plural: 'endpointslices',
  namespaced: true
}

/** One watch lasts this long before it is re-established (the client also re-lists on 410). */
const WATCH_SPAN_MS = 10 * 60_000

export interface ReadyEndpoint {
  pod: string
  /** The pod's port the Service port maps to. */
  port: number
}

/** Why a Service cannot be tunnelled to (not found, no such port): a clear message. */
export class ServiceLookupError extends Error {
  override readonly name = 'ServiceLookupError'
}

interface ServicePort {
  name?: string
  port?: number
  targetPort?: number | string
  protocol?: string
}

interface Slice extends KubeObject {
  ports?: { name?: string; port?: number; protocol?: string }[] | null
  endpoints?: {
    conditions?: { ready?: boolean | null; terminating?: boolean | null }
    targetRef?: { kind?: string; name?: string }
  }[]
}

/** Reads the Service and names the port entry its EndpointSlices carry for `target.port`. */
export async function servicePortName(client: KubeClient, target: ServiceTarget): Promise<string> {
  let service: KubeObject
  try {
    service = await client.get(R.services, target.namespace, target.name)
  } catch (error) {
    if (!isNotFound(error)) throw error
    const names = await client
      .list(R.services, target.namespace)
      .then((l) => l.items.map((s) => s.metadata?.name ?? '?'))
      .catch(() => [])
    throw new ServiceLookupError(
      `no Service '${target.name}' in namespace '${target.namespace}'` +
        (names.length > 0
          ? ` (Services there: ${names.slice(0, 10).join(', ')})`
          : ' (the namespace has no Services, or does not exist)')
    )
  }
  const ports = ((service.spec as { ports?: ServicePort[] } | undefined)?.ports ?? []).filter(
    (p) => (p.protocol ?? 'TCP') === 'TCP'
  )
  const found = ports.find((p) => p.port === target.port)
  if (found === undefined) {
    throw new ServiceLookupError(
      `Service ${target.namespace}/${target.name} has no TCP port ${target.port}` +
        ` (its ports: ${ports.map((p) => p.port).join(', ') || 'none'})`
    )
  }
  return found.name ?? ''
}

/** Pods Ready in these slices for the port named `portName`, in a stable order. */
export function readyEndpoints(slices: Iterable<KubeObject>, portName: string): ReadyEndpoint[] {
  const out = new Map<string, ReadyEndpoint>()
  for (const slice of slices as Iterable<Slice>) {
    const port = (slice.ports ?? []).find(
      (p) => (p.name ?? '') === portName && (p.protocol ?? 'TCP') === 'TCP'
    )?.port
    if (port === undefined) continue
    for (const endpoint of slice.endpoints ?? []) {
      const ref = endpoint.targetRef
      // An absent `ready` means ready (the API's rule); a terminating pod takes no new connection.
      const ready =
        endpoint.conditions?.ready !== false && endpoint.conditions?.terminating !== true
      if (ready && ref?.kind === 'Pod' && ref.name) out.set(ref.name, { pod: ref.name, port })
    }
  }
  return [...out.values()].sort((a, b) => a.pod.localeCompare(b.pod))
}

/** A live view of one Service port's Ready endpoints. */
export class ServiceEndpoints {
  readonly target: ServiceTarget
  readonly #client: KubeClient
  readonly #portName: string
  readonly #stop = new AbortController()
  #ready: ReadyEndpoint[] = []
  #synced = false
  #lastError: string | undefined
  #waiters = new Set<() => void>()
  #next = 0

  private constructor(client: KubeClient, target: ServiceTarget, portName: string) {
    this.#client = client
    this.target = target
    this.#portName = portName
  }

  /** Checks the Service and its port, then starts watching its EndpointSlices. */
  static async start(client: KubeClient, target: ServiceTarget): Promise<ServiceEndpoints> {
    const portName = await servicePortName(client, target)
    const endpoints = new ServiceEndpoints(client, target, portName)
    void endpoints.#watch()
    return endpoints
  }

  get ready(): readonly ReadyEndpoint[] {
    return this.#ready
  }

  /**
   * The next Ready endpoint (round robin over those Ready now), waiting up to `timeoutMs` for one;
   * undefined when none became Ready in time.
   */
  async pick(timeoutMs: number, signal?: AbortSignal): Promise<ReadyEndpoint | undefined> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      if (this.#synced && this.#ready.length > 0) {
        const endpoint = this.#ready[this.#next++ % this.#ready.length]
        if (endpoint) return endpoint
      }
      const left = deadline - Date.now()
      if (left <= 0 || signal?.aborted || this.#stop.signal.aborted) return undefined
      await this.#changed(left, signal)
    }
  }

  /** Why no endpoint was found, for the error message. */
  describeEmpty(waitedMs: number): string {
    const why = this.#lastError ? ` (watching its EndpointSlices failed: ${this.#lastError})` : ''
    return (
      `Service ${describeTarget(this.target)} has no Ready endpoint` +
      ` (waited ${Math.round(waitedMs / 100) / 10}s)${why}`
    )
  }

  stop(): void {
    this.#stop.abort()
    for (const wake of this.#waiters) wake()
  }

  #changed(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        this.#waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      signal?.addEventListener('abort', done, { once: true })
      this.#waiters.add(done)
    })
  }

  #update(slices: Map<string, KubeObject>): void {
    this.#ready = readyEndpoints(slices.values(), this.#portName)
    this.#synced = true
    for (const wake of [...this.#waiters]) wake()
  }

  async #watch(): Promise<void> {
    const selector = `kubernetes.io/service-name=${this.target.name}`
    while (!this.#stop.signal.aborted) {
      try {
        await this.#client.watchUntil(
          ENDPOINT_SLICES,
          this.target.namespace,
          { labelSelector: selector, timeoutMs: WATCH_SPAN_MS, signal: this.#stop.signal },
          (slices) => {
            this.#update(slices)
            return false
          }
        )
        this.#lastError = undefined
      } catch (error) {
        if (this.#stop.signal.aborted) return
        this.#lastError = errorMessage(error)
        // The cache is stale: wake waiters so they see the error, then try again shortly.
        for (const wake of [...this.#waiters]) wake()
        await new Promise((resolve) => setTimeout(resolve, 1_000).unref())
      }
    }
  }
}
