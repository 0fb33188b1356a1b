import {
  KubeConfig,
  RequestContext,
  IsomorphicFetchHttpLibrary,
  Watch
} from '@kubernetes/client-node'
import type { HttpMethod } from '@kubernetes/client-node'
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'

/** A Kubernetes resource type, enough to build its REST path. */
export interface ResourceType {
  /** '' for the core group. */
  group: string
  version: string
  plural: string
  namespaced: boolean
}

export const R = {
  pods: { group: '', version: 'v1', plural: 'pods', namespaced: true },
  nodes: { group: '', version: 'v1', plural: 'nodes', namespaced: false },
  namespaces: { group: '', version: 'v1', plural: 'namespaces', namespaced: false },
  services: { group: '', version: 'v1', plural: 'services', namespaced: true },
  endpoints: { group: '', version: 'v1', plural: 'endpoints', namespaced: true },
  secrets: { group: '', version: 'v1', plural: 'secrets', namespaced: true },
  events: { group: '', version: 'v1', plural: 'events', namespaced: true },
  serviceaccounts: { group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true },
  roles: { group: 'rbac.authorization.k8s.io', version: 'v1', plural: 'roles', namespaced: true },
  rolebindings: {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    plural: 'rolebindings',
    namespaced: true
  },
  deployments: { group: 'apps', version: 'v1', plural: 'deployments', namespaced: true },
  statefulsets: { group: 'apps', version: 'v1', plural: 'statefulsets', namespaced: true },
  daemonsets: { group: 'apps', version: 'v1', plural: 'daemonsets', namespaced: true },
  replicasets: { group: 'apps', version: 'v1', plural: 'replicasets', namespaced: true },
  ingresses: { group: 'networking.k8s.io', version: 'v1', plural: 'ingresses', namespaced: true },
  networkpolicies: {
    group: 'networking.k8s.io',
    version: 'v1',
    plural: 'networkpolicies',
    namespaced: true
  },
  evictions: { group: 'policy', version: 'v1', plural: 'evictions', namespaced: true }
} as const satisfies Record<string, ResourceType>

/** A Kubernetes object as JSON; fields are read defensively. */
export interface KubeObject {
  apiVersion?: string
  kind?: string
  metadata?: {
    name?: string
    namespace?: string
    uid?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    resourceVersion?: string
    generation?: number
    creationTimestamp?: string
    deletionTimestamp?: string
    ownerReferences?: { kind: string; name: string; uid: string; controller?: boolean }[]
    [k: string]: unknown
  }
  spec?: Record<string, unknown> & { replicas?: number; unschedulable?: boolean; nodeName?: string }
  status?: Record<string, unknown>
  [k: string]: unknown
}

export interface KubeList<T = KubeObject> {
  items: T[]
  metadata?: { resourceVersion?: string; continue?: string }
}

export type Verb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete'

/** One API request, as the request counter hook sees it. */
export interface RequestRecord {
  verb: Verb
  method: string
  path: string
  /** HTTP status, absent when the server could not be reached. */
  status?: number
  watch: boolean
}

export interface KubeClientOptions {
  /** Path of a kubeconfig file; default KUBECONFIG, then ~/.kube/config, then in-cluster. */
  kubeconfig?: string
  /** Context to use instead of the kubeconfig's current context. */
  context?: string
  /** A ready KubeConfig (tests, callers that built one). Wins over `kubeconfig`. */
  kubeConfig?: KubeConfig
  env?: NodeJS.ProcessEnv
  /** Called for every request (and every watch connection) sent to the API server. */
  onRequest?: (record: RequestRecord) => void
  /** How often a dropped watch is re-established before giving up. Default 5. */
  watchRetries?: number
  /** Per-request timeout. Default 30 s. */
  requestTimeoutMs?: number
}

/** A request the API server answered with an error status. */
export class KubeApiError extends ActivityFailed {
  readonly status: number
  readonly reason: string
  constructor(message: string, status: number, reason: string) {
    super(message)
    this.name = 'KubeApiError'
    this.status = status
    this.reason = reason
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 404
}

export interface RequestTarget {
  res: ResourceType
  namespace?: string | undefined
  name?: string | undefined
  subresource?: string
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  /** Patch flavour; default merge. */
  patch?: 'merge' | 'strategic' | 'json'
  signal?: AbortSignal
  /** Return the body as text (pod logs). */
  text?: boolean
}

export function resourcePath(t: RequestTarget): string {
  const base =
    t.res.group === '' ? `/api/${t.res.version}` : `/apis/${t.res.group}/${t.res.version}`
  const ns =
    t.res.namespaced && t.namespace !== undefined
      ? `/namespaces/${encodeURIComponent(t.namespace)}`
      : ''
  const name = t.name === undefined ? '' : `/${encodeURIComponent(t.name)}`
  const sub = t.subresource === undefined ? '' : `/${t.subresource}`
  return `${base}${ns}/${t.res.plural}${name}${sub}`
}

const METHODS: Record<Verb, HttpMethod> = {
  get: 'GET',
  list: 'GET',
  watch: 'GET',
  create: 'POST',
  update: 'PUT',
  patch: 'PATCH',
  delete: 'DELETE'
}

const PATCH_TYPES = {
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  json: 'application/json-patch+json'
} as const

/** What a failed request was trying to do, in the words RBAC uses. */
export function describeTarget(verb: Verb, t: RequestTarget): string {
  const resource = t.subresource ? `${t.res.plural}/${t.subresource}` : t.res.plural
  const group = t.res.group === '' ? 'core' : t.res.group
  const where =
    t.res.namespaced && t.namespace !== undefined
      ? `in namespace "${t.namespace}"`
      : t.res.namespaced
        ? 'in all namespaces'
        : '(cluster-scoped)'
  return `verb "${verb}" on resource "${resource}" (API group "${group}") ${where}`
}

/** Turns a transport failure or an error status into a message a person can act on. */
export function describeFailure(
  server: string,
  verb: Verb,
  t: RequestTarget,
  failure: { status?: number; body?: string; error?: unknown }
): KubeApiError | ActivityFailed {
  const what = describeTarget(verb, t)
  if (failure.status === undefined) {
    return new ActivityFailed(
      `cannot reach the Kubernetes API server at ${server} (${transportReason(failure.error)}) ` +
        `while attempting ${what}`,
      { cause: failure.error }
    )
  }
  let status: { message?: string; reason?: string } = {}
  try {
    status = JSON.parse(failure.body ?? '') as typeof status
  } catch {
    status = { message: failure.body?.slice(0, 300) }
  }
  const serverMessage = status.message ?? ''
  const reason = status.reason ?? String(failure.status)
  if (failure.status === 403) {
    return new KubeApiError(
      `forbidden by the Kubernetes API server at ${server}: the credentials in use need ${what}` +
        `${t.name ? ` (object "${t.name}")` : ''}; grant it with a Role/ClusterRole binding` +
        `${serverMessage ? ` (server said: ${serverMessage})` : ''}`,
      403,
      reason
    )
  }
  if (failure.status === 401) {
    return new KubeApiError(
      `the Kubernetes API server at ${server} rejected the credentials (401 Unauthorized) ` +
        `while attempting ${what}: check the kubeconfig user/token`,
      401,
      reason
    )
  }
  return new KubeApiError(
    `Kubernetes API ${failure.status} ${reason} for ${what}${t.name ? ` (object "${t.name}")` : ''}` +
      `${serverMessage ? `: ${serverMessage}` : ''}`,
    failure.status,
    reason
  )
}

function transportReason(error: unknown): string {
  const parts: string[] = []
  let e: unknown = error
  for (let i = 0; i < 4 && e !== undefined && e !== null; i++) {
    const code = (e as { code?: unknown }).code
    const msg = errorMessage(e)
    parts.push(typeof code === 'string' && !msg.includes(code) ? `${code}: ${msg}` : msg)
    e = (e as { cause?: unknown }).cause
  }
  return [...new Set(parts)].join(': ') || 'unknown error'
}

/** Reads kubeconfig the way kubectl does, with an optional context override. */
export function loadKubeConfig(opts: KubeClientOptions = {}): KubeConfig {
  if (opts.kubeConfig) return opts.kubeConfig
  const kc = new KubeConfig()
  const env = opts.env ?? process.env
  try {
    const file = opts.kubeconfig ?? env.KUBECONFIG?.split(':').find((f) => f !== '')
    if (file) kc.loadFromFile(file)
    else kc.loadFromDefault()
  } catch (error) {
    throw new ActivityFailed(`cannot load the Kubernetes configuration: ${errorMessage(error)}`)
  }
  if (opts.context) {
    if (!kc.getContextObject(opts.context))
      throw new ActivityFailed(
        `the kubeconfig has no context "${opts.context}" (it has: ${kc
          .getContexts()
          .map((c) => c.name)
          .join(', ')})`
      )
    kc.setCurrentContext(opts.context)
  }
  if (!kc.getCurrentCluster())
    throw new ActivityFailed(
      'no Kubernetes cluster is configured: set KUBECONFIG, create ~/.kube/config or run in a pod'
    )
  return kc
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK'

export interface WatchOptions {
  labelSelector?: string | undefined
  fieldSelector?: string | undefined
  /** Start from this resourceVersion; when absent the client lists first. */
  resourceVersion?: string | undefined
  /** Initial objects that go with `resourceVersion`. */
  initial?: KubeObject[]
  timeoutMs: number
  signal?: AbortSignal | undefined
}

/**
 * Talks to one API server. Every request goes through here so they can be counted and so every
 * failure carries the server URL, the verb, the resource and the namespace.
 */
/** How often, and at most how long each time, a request the API server throttled (429) is retried. */
const THROTTLE_RETRIES = 5
const THROTTLE_MAX_WAIT_MS = 2000

export class KubeClient {
  readonly kubeConfig: KubeConfig
  readonly server: string
  /** Requests sent so far (watch connections count one each). */
  requests = 0
  /** Watches re-established after a drop. */
  watchReconnects = 0
  readonly #http = new IsomorphicFetchHttpLibrary()
  readonly #opts: KubeClientOptions

  constructor(opts: KubeClientOptions = {}) {
    this.#opts = opts
    this.kubeConfig = loadKubeConfig(opts)
    this.server = this.kubeConfig.getCurrentCluster()?.server ?? '(no server)'
  }

  #count(record: RequestRecord): void {
    this.requests++
    this.#opts.onRequest?.(record)
  }

  async request<T = KubeObject>(verb: Verb, t: RequestTarget, o: RequestOptions = {}): Promise<T> {
    const path = resourcePath(t)
    const url = new URL(this.server.replace(/\/+$/, '') + path)
    for (const [k, v] of Object.entries(o.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, String(v))
    const method = METHODS[verb]
    const ctx = new RequestContext(url.toString(), method)
    try {
      await this.kubeConfig.applySecurityAuthentication(ctx)
    } catch (error) {
      // Exec plugins, token files, TLS settings: the kubeconfig could not produce credentials.
      throw new ActivityFailed(
        `cannot prepare credentials for the Kubernetes API server at ${this.server}: ${errorMessage(error)}`,
        { cause: error }
      )
    }
    if (o.body !== undefined) {
      ctx.setHeaderParam(
        'Content-Type',
        verb === 'patch' ? PATCH_TYPES[o.patch ?? 'merge'] : 'application/json'
      )
      ctx.setBody(JSON.stringify(o.body))
    }
    ctx.setHeaderParam('Accept', o.text ? '*/*' : 'application/json')
    const timeout = AbortSignal.timeout(this.#opts.requestTimeoutMs ?? 30_000)
    ctx.setSignal(o.signal ? AbortSignal.any([o.signal, timeout]) : timeout)
    let status: number | undefined
    try {
      let response = await this.#http.send(ctx).toPromise()
      status = response.httpStatusCode
      let body = await response.body.text()
      this.#count({ verb, method, path, status, watch: false })
      // 429: the API server asks us to come back (priority and fairness, or a cache that is still
      // initializing, e.g. right after a CRD appears). Honour Retry-After, a few times, bounded.
      for (let attempt = 0; status === 429 && attempt < THROTTLE_RETRIES; attempt++) {
        if (o.signal?.aborted) break
        const retryAfter = Number(
          (response.headers as Record<string, string> | undefined)?.['retry-after']
        )
        const waitMs = Math.min(
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt,
          THROTTLE_MAX_WAIT_MS
        )
        await new Promise((resolve) => setTimeout(resolve, waitMs))
        response = await this.#http.send(ctx).toPromise()
        status = response.httpStatusCode
        body = await response.body.text()
        this.#count({ verb, method, path, status, watch: false })
      }
      if (status >= 400) throw describeFailure(this.server, verb, t, { status, body })
      if (o.text) return body as T
      return (body === '' ? {} : JSON.parse(body)) as T
    } catch (error) {
      if (error instanceof ActivityFailed) throw error
      if (status === undefined) {
        this.#count({ verb, method, path, watch: false })
        if (o.signal?.aborted) throw new ActivityFailed('the Kubernetes request was interrupted')
        throw describeFailure(this.server, verb, t, { error })
      }
      throw new ActivityFailed(
        `unreadable answer from ${this.server}${path}: ${errorMessage(error)}`
      )
    }
  }

  get(res: ResourceType, namespace: string | undefined, name: string): Promise<KubeObject> {
    return this.request('get', { res, namespace, name })
  }

  async getOrNull(
    res: ResourceType,
    namespace: string | undefined,
    name: string
  ): Promise<KubeObject | null> {
    try {
      return await this.get(res, namespace, name)
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }

  /** Lists every page (bounded), so large namespaces are read in chunks of 500. */
  async list(
    res: ResourceType,
    namespace: string | undefined,
    q: {
      labelSelector?: string | null | undefined
      fieldSelector?: string | undefined
      limit?: number
    } = {}
  ): Promise<KubeList> {
    const items: KubeObject[] = []
    let cont: string | undefined
    let resourceVersion: string | undefined
    for (let page = 0; page < 100; page++) {
      const r = await this.request<KubeList>(
        'list',
        { res, namespace },
        {
          query: {
            labelSelector: q.labelSelector || undefined,
            fieldSelector: q.fieldSelector,
            limit: q.limit ?? 500,
            continue: cont
          }
        }
      )
      items.push(...(r.items ?? []))
      resourceVersion ??= r.metadata?.resourceVersion
      cont = r.metadata?.continue || undefined
      if (!cont || (q.limit !== undefined && items.length >= q.limit)) break
    }
    return { items, metadata: resourceVersion ? { resourceVersion } : {} }
  }

  create(res: ResourceType, namespace: string | undefined, body: unknown): Promise<KubeObject> {
    return this.request('create', { res, namespace }, { body })
  }

  patch(
    res: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    patch: 'merge' | 'strategic' | 'json' = 'merge',
    subresource?: string
  ): Promise<KubeObject> {
    return this.request(
      'patch',
      { res, namespace, name, ...(subresource ? { subresource } : {}) },
      { body, patch }
    )
  }

  replace(
    res: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown
  ): Promise<KubeObject> {
    return this.request('update', { res, namespace, name }, { body })
  }

  delete(
    res: ResourceType,
    namespace: string | undefined,
    name: string,
    options: { gracePeriodSeconds?: number; propagationPolicy?: string } = {}
  ): Promise<KubeObject> {
    const body =
      options.gracePeriodSeconds !== undefined || options.propagationPolicy !== undefined
        ? { kind: 'DeleteOptions', apiVersion: 'v1', ...options }
        : undefined
    return this.request('delete', { res, namespace, name }, body === undefined ? {} : { body })
  }

  /**
   * Watches a collection until `done` says so or the time is up, re-establishing the watch from
   * the last resourceVersion when it drops (bounded), and re-listing when that version is gone.
   * `done` sees the current objects by `namespace/name` after each event.
   * Returns whether `done` was satisfied before the timeout.
   */
  async watchUntil(
    res: ResourceType,
    namespace: string | undefined,
    opts: WatchOptions,
    done: (
      objects: Map<string, KubeObject>,
      event?: { type: WatchEventType; object: KubeObject }
    ) => boolean
  ): Promise<boolean> {
    const deadline = Date.now() + opts.timeoutMs
    const objects = new Map<string, KubeObject>()
    const key = (o: KubeObject) => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`
    let rv = opts.resourceVersion
    const relist = async () => {
      const l = await this.list(res, namespace, {
        labelSelector: opts.labelSelector,
        fieldSelector: opts.fieldSelector
      })
      objects.clear()
      for (const o of l.items) objects.set(key(o), o)
      rv = l.metadata?.resourceVersion
    }
    if (rv === undefined) await relist()
    else for (const o of opts.initial ?? []) objects.set(key(o), o)
    if (done(objects)) return true

    const maxRetries = this.#opts.watchRetries ?? 5
    let failures = 0
    const path = resourcePath({ res, namespace })
    while (Date.now() < deadline) {
      if (opts.signal?.aborted) throw new ActivityFailed('the Kubernetes watch was interrupted')
      const remaining = deadline - Date.now()
      const outcome = await new Promise<
        | { kind: 'done' }
        | { kind: 'closed'; error?: unknown; progressed: boolean }
        | { kind: 'gone' }
      >((resolve) => {
        let settled = false
        let progressed = false
        let controller: AbortController | undefined
        const finish = (v: Parameters<typeof resolve>[0]) => {
          if (settled) return
          settled = true
          clearTimeout(timer)
          opts.signal?.removeEventListener('abort', onAbort)
          controller?.abort()
          resolve(v)
        }
        const timer = setTimeout(() => finish({ kind: 'closed', progressed: true }), remaining)
        const onAbort = () => finish({ kind: 'closed', progressed: true })
        opts.signal?.addEventListener('abort', onAbort, { once: true })
        const w = new Watch(this.kubeConfig)
        // The library aborts after 30 s without data; our own deadline is what counts.
        ;(w as unknown as { requestTimeoutMs: number }).requestTimeoutMs = remaining + 5_000
        this.#count({ verb: 'watch', method: 'GET', path, watch: true })
        w.watch(
          path,
          {
            labelSelector: opts.labelSelector || undefined,
            fieldSelector: opts.fieldSelector,
            resourceVersion: rv,
            allowWatchBookmarks: true,
            timeoutSeconds: Math.max(1, Math.ceil(remaining / 1000))
          },
          (type: string, obj: KubeObject) => {
            if (settled) return
            if (type === 'ERROR') {
              const code = (obj as { code?: number }).code
              if (code === 410) finish({ kind: 'gone' })
              else finish({ kind: 'closed', error: new Error(errorMessage(obj)), progressed })
              return
            }
            progressed = true
            const newRv = obj.metadata?.resourceVersion
            if (newRv) rv = newRv
            if (type === 'BOOKMARK') return
            if (type === 'DELETED') objects.delete(key(obj))
            else objects.set(key(obj), obj)
            if (done(objects, { type: type as WatchEventType, object: obj }))
              finish({ kind: 'done' })
          },
          (err: unknown) => finish({ kind: 'closed', error: err ?? undefined, progressed })
        )
          .then((c) => {
            controller = c
            if (settled) c.abort()
          })
          .catch((err: unknown) => finish({ kind: 'closed', error: err, progressed }))
      })
      if (outcome.kind === 'done') return true
      if (Date.now() >= deadline) break
      if (opts.signal?.aborted) throw new ActivityFailed('the Kubernetes watch was interrupted')
      if (outcome.kind === 'gone') {
        await relist()
        if (done(objects)) return true
        this.watchReconnects++
        continue
      }
      // A server-side close after some events is routine. A failure, or a close before anything
      // arrived, counts against the retry budget so a flapping server cannot make us spin.
      const status = (outcome.error as { statusCode?: number } | undefined)?.statusCode
      if (status === 403 || status === 401)
        throw describeFailure(
          this.server,
          'watch',
          { res, namespace },
          { status, body: errorMessage(outcome.error) }
        )
      if (outcome.error !== undefined || !outcome.progressed) {
        failures = outcome.progressed ? 1 : failures + 1
        if (failures > maxRetries)
          throw new ActivityFailed(
            `the watch on ${path} at ${this.server} dropped ${failures} times in a row ` +
              `(${outcome.error === undefined ? 'closed without events' : transportReason(outcome.error)}); gave up`
          )
        await sleep(Math.min(200 * 2 ** (failures - 1), 2_000), opts.signal)
      } else failures = 0
      this.watchReconnects++
    }
    return false
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms)
    function done() {
      clearTimeout(t)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
