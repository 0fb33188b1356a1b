/**
 * Tunnels to in-cluster Services: one local listener per Service port, and for every connection
 * accepted there a new pods/portforward stream to a pod Ready at that moment. A pod that dies
 * costs the connections it was serving; the listener stays and the next connection goes to a pod
 * that is still Ready (kubectl port-forward, bound to one pod, dies with it).
 */
import { createServer } from 'node:net'
import type { Server, Socket } from 'node:net'
import { errorMessage } from '../../engine/errors.ts'
import type { Logger } from '../../engine/logger.ts'
import { KubeClient } from '../../providers/kubernetes/client.ts'
import { describeTarget } from '../../providers/service-routes.ts'
import type { ServedBy, ServiceRoutes, ServiceTarget } from '../../providers/service-routes.ts'
import { loadTarget } from '../kube.ts'
import { openPodStream, type PodStream } from './pod-stream.ts'
import { ServiceEndpoints, ServiceLookupError } from './service-endpoints.ts'

export interface ServiceTunnelOptions {
  kubeconfig?: string | undefined
  context?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  /** A ready client (tests); wins over kubeconfig/context. */
  client?: KubeClient
  /** How long `open` (the first use of a Service) waits for a Ready endpoint. Default 10 s. */
  readyWaitMs?: number
  /**
   * How long each later connection waits for one before it is reset. Default 250 ms: a Service
   * with no Ready endpoint refuses connections, as kube-proxy does, after a moment's grace for
   * EndpointSlice churn (and so a client that reconnects at once cannot spin).
   */
  connectionWaitMs?: number
  /** Bound on one port-forward upgrade. Default 10 s. */
  connectTimeoutMs?: number
  /** Bound on the validation-time look-up of a Service. Default 3 s. */
  checkTimeoutMs?: number
  logger?: Logger
}

/** What one listener has carried: per pod, connections opened and connections that failed. */
export interface TunnelStats {
  connections: number
  failed: number
  /** Connections refused for want of a Ready endpoint. */
  noEndpoint: number
  pods: Record<string, { connections: number; failed: number; lastError?: string }>
}

export interface TunnelListener {
  target: ServiceTarget
  host: string
  port: number
  endpoints: ServiceEndpoints
  stats: TunnelStats
}

interface Live extends TunnelListener {
  server: Server
  sockets: Set<Socket>
}

/** How many recent connections remember who served them (for failure attribution). */
const SERVED_MEMORY = 4096

export class ServiceTunnels implements ServiceRoutes {
  readonly #options: ServiceTunnelOptions
  #client: KubeClient | undefined
  readonly #listeners = new Map<string, Promise<Live>>()
  readonly #served = new Map<number, ServedBy>()
  readonly #streams = new Set<PodStream>()
  #closed = false

  constructor(options: ServiceTunnelOptions = {}) {
    this.#options = options
  }

  /** Streams open right now (0 once every client went away or after close). */
  get openStreams(): number {
    return this.#streams.size
  }

  /** Every listener opened so far (settled ones). */
  async listeners(): Promise<TunnelListener[]> {
    return this.#live()
  }

  async #live(): Promise<Live[]> {
    const settled = await Promise.allSettled(this.#listeners.values())
    return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
  }

  async open(target: ServiceTarget, signal?: AbortSignal): Promise<{ host: string; port: number }> {
    const live = await this.#listener(target, { host: '127.0.0.1', port: 0 })
    const waitMs = this.#options.readyWaitMs ?? 10_000
    if ((await live.endpoints.pick(waitMs, signal)) === undefined) {
      if (signal?.aborted)
        throw new Error(`interrupted while waiting for ${describeTarget(target)}`)
      throw new Error(live.endpoints.describeEmpty(waitMs))
    }
    return { host: live.host, port: live.port }
  }

  /** A listener at a chosen local address (the port-forward option); `port` 0 picks one. */
  async listen(target: ServiceTarget, at: { host: string; port: number }): Promise<TunnelListener> {
    return this.#listener(target, at, `${at.host}:${at.port}`)
  }

  servedBy(localPort: number): ServedBy | undefined {
    return this.#served.get(localPort)
  }

  async check(target: ServiceTarget): Promise<string | undefined> {
    const client = this.#kubeClient(this.#options.checkTimeoutMs ?? 3_000)
    if (client === undefined) return undefined
    try {
      const { servicePortName } = await import('./service-endpoints.ts')
      await servicePortName(client, target)
      return undefined
    } catch (error) {
      // Only a port the Service does not have is certain now: the deploy may still create the
      // Service or its namespace, and an unreachable cluster is checked again at run time.
      if (error instanceof ServiceLookupError && / has no TCP port /.test(error.message))
        return error.message
      return undefined
    }
  }

  async close(): Promise<void> {
    this.#closed = true
    const live = await this.#live()
    for (const l of live) {
      l.endpoints.stop()
      for (const socket of l.sockets) socket.destroy()
    }
    const streams = [...this.#streams]
    for (const stream of streams) stream.close()
    // Bounded: a stream whose close handshake never completes is dropped anyway.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      Promise.allSettled(streams.map((s) => s.closed)),
      new Promise((resolve) => (timer = setTimeout(resolve, 2_000)))
    ])
    clearTimeout(timer)
    this.#streams.clear()
    await Promise.all(
      live.map((l) => new Promise<void>((resolve) => l.server.close(() => resolve())))
    )
    this.#listeners.clear()
  }

  /** The client, or undefined when no cluster is configured (ClusterError with `orThrow`). */
  #kubeClient(requestTimeoutMs?: number, orThrow = false): KubeClient | undefined {
    if (this.#options.client) return this.#options.client
    try {
      if (requestTimeoutMs === undefined && this.#client) return this.#client
      const { kubeConfig } = loadTarget({
        kubeconfig: this.#options.kubeconfig,
        context: this.#options.context,
        ...(this.#options.env ? { env: this.#options.env } : {})
      })
      if (requestTimeoutMs !== undefined) return new KubeClient({ kubeConfig, requestTimeoutMs })
      this.#client = new KubeClient({ kubeConfig })
      return this.#client
    } catch (error) {
      if (orThrow) throw error
      return undefined
    }
  }

  #listener(
    target: ServiceTarget,
    at: { host: string; port: number },
    keySuffix = ''
  ): Promise<Live> {
    if (this.#closed) return Promise.reject(new Error('the Service tunnels are closed'))
    const key = `${describeTarget(target)}${keySuffix ? `@${keySuffix}` : ''}`
    let live = this.#listeners.get(key)
    if (live === undefined) {
      live = this.#start(target, at)
      // A failed start is not cached: the Service may appear (a deploy) and the next call retries.
      live.catch(() => this.#listeners.delete(key))
      this.#listeners.set(key, live)
    }
    return live
  }

  async #start(target: ServiceTarget, at: { host: string; port: number }): Promise<Live> {
    const client = this.#kubeClient(undefined, true) as KubeClient
    let endpoints: ServiceEndpoints
    try {
      endpoints = await ServiceEndpoints.start(client, target)
    } catch (error) {
      if (error instanceof ServiceLookupError) throw error
      throw new Error(`cannot look up Service ${describeTarget(target)}: ${errorMessage(error)}`, {
        cause: error
      })
    }
    const stats: TunnelStats = { connections: 0, failed: 0, noEndpoint: 0, pods: {} }
    const sockets = new Set<Socket>()
    const server = createServer({ noDelay: true }, (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      void this.#carry(socket, endpoints, stats, client)
    })
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(at.port, at.host, () => resolve())
      })
    } catch (error) {
      endpoints.stop()
      throw new Error(
        `cannot listen on ${at.host}:${at.port} for ${describeTarget(target)}: ${errorMessage(error)}`
      )
    }
    const address = server.address()
    const port = typeof address === 'object' && address ? address.port : at.port
    this.#options.logger?.debug(
      `tunnel ${describeTarget(target)} listening on ${at.host}:${port} (through pods/portforward)`
    )
    return { target, host: at.host, port, endpoints, stats, server, sockets }
  }

  /** One accepted connection: a Ready pod now, a stream to it, its outcome recorded. */
  async #carry(
    socket: Socket,
    endpoints: ServiceEndpoints,
    stats: TunnelStats,
    client: KubeClient
  ): Promise<void> {
    const clientPort = socket.remotePort ?? 0
    // Until the stream is joined, a client error (a reset) must not crash the process.
    socket.on('error', () => undefined)
    const waitMs = this.#options.connectionWaitMs ?? 250
    const endpoint = await endpoints.pick(waitMs)
    if (endpoint === undefined || this.#closed) {
      stats.noEndpoint++
      this.#remember(clientPort, { pod: '', error: endpoints.describeEmpty(waitMs) })
      socket.resetAndDestroy()
      return
    }
    stats.connections++
    const pod = (stats.pods[endpoint.pod] ??= { connections: 0, failed: 0 })
    pod.connections++
    this.#remember(clientPort, { pod: endpoint.pod })
    let stream: PodStream
    try {
      stream = await openPodStream(
        client.kubeConfig,
        { namespace: endpoints.target.namespace, pod: endpoint.pod, port: endpoint.port },
        socket,
        this.#options.connectTimeoutMs ?? 10_000
      )
    } catch (error) {
      this.#failed(stats, pod, clientPort, endpoint.pod, errorMessage(error))
      if (!socket.destroyed) socket.resetAndDestroy()
      return
    }
    if (this.#closed) stream.close()
    this.#streams.add(stream)
    const outcome = await stream.closed
    this.#streams.delete(stream)
    if (outcome.error !== undefined)
      this.#failed(stats, pod, clientPort, endpoint.pod, outcome.error)
  }

  #failed(
    stats: TunnelStats,
    pod: TunnelStats['pods'][string],
    clientPort: number,
    name: string,
    error: string
  ): void {
    stats.failed++
    pod.failed++
    pod.lastError = error
    this.#remember(clientPort, { pod: name, error })
    this.#options.logger?.debug(`tunnel: connection to pod ${name} failed: ${error}`)
  }

  #remember(clientPort: number, served: ServedBy): void {
    this.#served.delete(clientPort)
    this.#served.set(clientPort, served)
    if (this.#served.size > SERVED_MEMORY) {
      const oldest = this.#served.keys().next().value
      if (oldest !== undefined) this.#served.delete(oldest)
    }
  }
}
