import { KubeConfig } from '@kubernetes/client-node'
import { errorMessage } from '../../engine/errors.ts'
import type { Json } from '../../engine/types.ts'
import type { ActivityContext, TrackedResource } from '../../engine/provider.ts'
import { BlastRadius } from './blast-radius.ts'
import type { BlastRadiusOptions } from './blast-radius.ts'
import { KubeClient, isNotFound } from './client.ts'
import type { RequestRecord, ResourceType } from './client.ts'
import type { KubeEnv } from './ops.ts'

export interface KubernetesOptions extends BlastRadiusOptions {
  /** Kubeconfig file; default KUBECONFIG, ~/.kube/config, then in-cluster. */
  kubeconfig?: string | undefined
  /** Kubeconfig context to use. */
  context?: string | undefined
  /** A ready KubeConfig (wins over `kubeconfig`/`context`). */
  kubeConfig?: KubeConfig | undefined
  env?: NodeJS.ProcessEnv | undefined
  /** Sees every API request (and watch connection); for benchmarks and tests. */
  onRequest?: ((record: RequestRecord) => void) | undefined
  /** Default seconds the native `kill-pods` waits for recovery. Default 60. */
  recoveryTimeout?: number | undefined
  /** Re-establishments of a dropped watch before giving up. Default 5. */
  watchRetries?: number | undefined
  requestTimeoutMs?: number | undefined
}

/** Data persisted for a tracked Kubernetes resource: enough to undo it from another process. */
export type TrackedData =
  | { kind: 'object'; res: ResourceType; namespace: string | null; name: string; server: string }
  | { kind: 'cordon'; node: string; server: string }

/** Shared state of the kubernetes provider and the chaosk8s functions: clients, limits, tracking. */
export class KubeRuntime {
  readonly options: KubernetesOptions
  readonly radius: BlastRadius
  readonly #clients = new Map<string, KubeClient>()
  readonly #tracked = new Map<string, () => void>()

  constructor(options: KubernetesOptions = {}) {
    this.options = options
    this.radius = new BlastRadius(options)
  }

  /** Total API requests (watch connections included) across every client so far. */
  get requests(): number {
    let n = 0
    for (const c of this.#clients.values()) n += c.requests
    return n
  }

  get watchReconnects(): number {
    let n = 0
    for (const c of this.#clients.values()) n += c.watchReconnects
    return n
  }

  /**
   * The client for these secrets. Like chaosk8s: KUBERNETES_HOST (+ KUBERNETES_API_KEY, optional
   * KUBERNETES_API_KEY_PREFIX, KUBERNETES_VERIFY_SSL) talks to that server directly;
   * KUBERNETES_CONTEXT picks a kubeconfig context; CHAOSTOOLKIT_IN_POD=true uses the pod's account.
   */
  client(secrets?: Record<string, unknown>): KubeClient {
    const env = this.options.env ?? process.env
    const pick = (k: string): string | undefined => {
      const v = secrets?.[k] ?? env[k]
      return v === undefined || v === null || v === '' ? undefined : String(v)
    }
    const host = pick('KUBERNETES_HOST')
    const context = pick('KUBERNETES_CONTEXT') ?? this.options.context
    const inPod = pick('CHAOSTOOLKIT_IN_POD') === 'true'
    const key = JSON.stringify([
      host,
      host ? pick('KUBERNETES_API_KEY') : undefined,
      context,
      inPod
    ])
    let c = this.#clients.get(key)
    if (c) return c
    let kubeConfig = this.options.kubeConfig
    if (host) {
      kubeConfig = new KubeConfig()
      const token = pick('KUBERNETES_API_KEY')
      const prefix = pick('KUBERNETES_API_KEY_PREFIX') ?? 'Bearer'
      kubeConfig.loadFromOptions({
        clusters: [
          {
            name: 'secrets',
            server: host,
            skipTLSVerify: pick('KUBERNETES_VERIFY_SSL') === 'false',
            ...(pick('KUBERNETES_CA_CERT_FILE') ? { caFile: pick('KUBERNETES_CA_CERT_FILE') } : {})
          }
        ],
        users: [
          {
            name: 'secrets',
            ...(token && prefix === 'Bearer' ? { token } : {}),
            ...(pick('KUBERNETES_USERNAME')
              ? { username: pick('KUBERNETES_USERNAME'), password: pick('KUBERNETES_PASSWORD') }
              : {})
          }
        ],
        contexts: [{ name: 'secrets', cluster: 'secrets', user: 'secrets' }],
        currentContext: 'secrets'
      })
    } else if (inPod) {
      kubeConfig = new KubeConfig()
      kubeConfig.loadFromCluster()
    }
    c = new KubeClient({
      ...(kubeConfig ? { kubeConfig } : {}),
      ...(this.options.kubeconfig ? { kubeconfig: this.options.kubeconfig } : {}),
      ...(context && !host && !inPod ? { context } : {}),
      ...(this.options.env ? { env: this.options.env } : {}),
      ...(this.options.onRequest ? { onRequest: this.options.onRequest } : {}),
      ...(this.options.watchRetries !== undefined
        ? { watchRetries: this.options.watchRetries }
        : {}),
      ...(this.options.requestTimeoutMs !== undefined
        ? { requestTimeoutMs: this.options.requestTimeoutMs }
        : {})
    })
    this.#clients.set(key, c)
    return c
  }

  env(ctx: ActivityContext, secrets?: Record<string, unknown>, dryRun?: boolean): KubeEnv {
    const radius =
      dryRun === undefined || dryRun === this.radius.dryRun
        ? this.radius
        : new BlastRadius({ ...this.options, dryRun })
    return { client: this.client(secrets), radius, logger: ctx.logger, signal: ctx.signal }
  }

  /** Tracks an object we created so the engine deletes it if the experiment doesn't. */
  trackObject(
    ctx: ActivityContext,
    client: KubeClient,
    res: ResourceType,
    namespace: string | undefined,
    name: string
  ): void {
    if (ctx.inRollback) return
    const id = objectId(client, res, namespace, name)
    this.#tracked.get(id)?.()
    const data: TrackedData = {
      kind: 'object',
      res,
      namespace: namespace ?? null,
      name,
      server: client.server
    }
    const resource: TrackedResource = {
      provider: 'kubernetes',
      kind: 'object',
      description: `${res.plural}${res.group ? `.${res.group}` : ''} ${namespace ? `${namespace}/` : ''}${name}`,
      data: data as unknown as Json,
      undo: async (signal) => {
        try {
          await client.request('delete', { res, namespace, name }, { signal })
        } catch (error) {
          if (!isNotFound(error)) throw error
        }
        this.#tracked.delete(id)
      }
    }
    this.#tracked.set(id, ctx.resources.track(resource))
  }

  /** Tracks a node we cordoned so it is uncordoned if the experiment doesn't. */
  trackCordon(ctx: ActivityContext, client: KubeClient, node: string): void {
    if (ctx.inRollback) return
    const id = `${client.server}|cordon|${node}`
    this.#tracked.get(id)?.()
    const data: TrackedData = { kind: 'cordon', node, server: client.server }
    this.#tracked.set(
      id,
      ctx.resources.track({
        provider: 'kubernetes',
        kind: 'cordon',
        description: `node ${node} cordoned`,
        data: data as unknown as Json,
        undo: async (signal) => {
          try {
            await client.request(
              'patch',
              { res: { group: '', version: 'v1', plural: 'nodes', namespaced: false }, name: node },
              { body: { spec: { unschedulable: false } }, signal }
            )
          } catch (error) {
            if (!isNotFound(error)) throw error
          }
          this.#tracked.delete(id)
        }
      })
    )
  }

  /** The experiment undid it itself (deleted the object, uncordoned the node). */
  forget(
    client: KubeClient,
    res: ResourceType | 'cordon',
    namespace: string | undefined,
    name: string
  ): void {
    const id =
      res === 'cordon' ? `${client.server}|cordon|${name}` : objectId(client, res, namespace, name)
    const untrack = this.#tracked.get(id)
    if (untrack) {
      untrack()
      this.#tracked.delete(id)
    }
  }

  /** Undo from persisted data (the action's post step, after a hard kill). */
  async cleanupPersisted(data: unknown, signal: AbortSignal): Promise<void> {
    const d = data as TrackedData
    const client = this.client()
    if (client.server !== d.server)
      throw new Error(
        `leftover on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
      )
    try {
      if (d.kind === 'cordon')
        await client.request(
          'patch',
          { res: { group: '', version: 'v1', plural: 'nodes', namespaced: false }, name: d.node },
          { body: { spec: { unschedulable: false } }, signal }
        )
      else
        await client.request(
          'delete',
          { res: d.res, namespace: d.namespace ?? undefined, name: d.name },
          { signal }
        )
    } catch (error) {
      if (!isNotFound(error)) throw new Error(`cleanup failed: ${errorMessage(error)}`)
    }
  }
}

function objectId(
  client: KubeClient,
  res: ResourceType,
  namespace: string | undefined,
  name: string
): string {
  return `${client.server}|${res.group}/${res.plural}|${namespace ?? ''}|${name}`
}
