/**
 * `deploy`: puts the system under test into the cluster, then waits for it to be rolled out.
 * A path (file or directory of .yaml/.yml/.json, multi-document) is server-side applied with field
 * manager `chaos-action`, namespaces first; anything else is a shell command run with KUBECONFIG
 * set. Then every Deployment, StatefulSet and DaemonSet in the namespaces touched must finish its
 * rollout before the timeout, or the error names what is not ready and the Warning events why.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, relative, resolve } from 'node:path'
import { KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node'
import type { KubeConfig, KubernetesObject } from '@kubernetes/client-node'
import { parseAllDocuments } from 'yaml'
import { ClusterError, UserError, errorMessage } from '../engine/errors.ts'
import type { Logger } from '../engine/logger.ts'
import { KubeClient, R } from '../providers/kubernetes/client.ts'
import type { KubeObject, ResourceType } from '../providers/kubernetes/client.ts'
import { workloadStatus } from '../providers/kubernetes/select.ts'
import type { WorkloadKind } from '../providers/kubernetes/select.ts'
import { loadTarget } from './kube.ts'
import { runCommand, tail } from './process.ts'

export const FIELD_MANAGER = 'chaos-action'
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json'])

export interface DeployOptions {
  kubeconfigPath?: string | undefined
  context?: string | undefined
  /** A ready KubeConfig (wins over kubeconfigPath/context). */
  kubeConfig?: KubeConfig | undefined
  /** Where relative paths and the command are resolved. */
  cwd?: string | undefined
  env?: NodeJS.ProcessEnv | undefined
  /** Seconds for the rollouts (and for a command to run). Default 300. */
  timeoutSeconds?: number | undefined
  signal?: AbortSignal | undefined
}

export interface RolledOut {
  kind: WorkloadKind
  namespace: string
  name: string
  ready: string
}

export interface DeployResult {
  how: 'manifests' | 'command'
  /** Objects applied, `Kind namespace/name` (manifests only). */
  applied: string[]
  /** Namespaces the deploy touched: the default allowed namespaces for faults. */
  namespaces: string[]
  workloads: RolledOut[]
  seconds: number
}

export interface ManifestDoc {
  file: string
  index: number
  object: KubernetesObject
}

/** Every manifest file under a path (directories recursively, sorted by path). */
export async function manifestFiles(path: string): Promise<string[]> {
  const st = await stat(path)
  if (st.isFile()) return [path]
  const out: string[] = []
  const walk = async (dir: string, depth: number) => {
    if (depth > 8) return
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name)
    )
    for (const e of entries) {
      const p = join(dir, e.name)
      if (e.isDirectory()) await walk(p, depth + 1)
      else if (MANIFEST_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p)
    }
  }
  await walk(path, 0)
  return out
}

/** Multi-document YAML/JSON into objects (`kind: List` flattened, empty documents dropped). */
export function parseManifests(text: string, file: string): ManifestDoc[] {
  const out: ManifestDoc[] = []
  parseAllDocuments(text).forEach((doc, index) => {
    if (doc.errors.length)
      throw new UserError(
        `${file}: document ${index + 1}: invalid YAML: ${doc.errors[0]?.message ?? ''}`
      )
    const value = doc.toJS() as unknown
    if (value === null || value === undefined) return
    const push = (o: unknown) => {
      if (!o || typeof o !== 'object' || Array.isArray(o))
        throw new UserError(`${file}: document ${index + 1} is not a Kubernetes object`)
      const obj = o as KubernetesObject & { items?: unknown[] }
      if (
        typeof obj.kind !== 'string' ||
        typeof obj.apiVersion !== 'string' ||
        !obj.metadata?.name
      ) {
        if (obj.kind?.endsWith('List') && Array.isArray(obj.items)) {
          obj.items.forEach(push)
          return
        }
        throw new UserError(
          `${file}: document ${index + 1} needs apiVersion, kind and metadata.name`
        )
      }
      out.push({ file, index: index + 1, object: obj })
    }
    push(value)
  })
  return out
}

/** Apply order: Namespaces, then CRDs, then everything else in file order. */
export function applyOrder(docs: readonly ManifestDoc[]): ManifestDoc[] {
  const rank = (d: ManifestDoc) =>
    d.object.kind === 'Namespace' ? 0 : d.object.kind === 'CustomResourceDefinition' ? 1 : 2
  return docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => x.d)
}

function describeApiError(error: unknown): string {
  const e = error as { code?: number; body?: unknown }
  if (typeof e.code === 'number') {
    let message = ''
    try {
      const body =
        typeof e.body === 'string'
          ? (JSON.parse(e.body) as { message?: string })
          : (e.body as { message?: string })
      message = body?.message ?? ''
    } catch {
      message = String(e.body).slice(0, 300)
    }
    return `HTTP ${e.code}${message ? `: ${message}` : ''}`
  }
  return errorMessage(error)
}

const WORKLOADS: [WorkloadKind, ResourceType][] = [
  ['Deployment', R.deployments],
  ['StatefulSet', R.statefulsets],
  ['DaemonSet', R.daemonsets]
]

async function snapshotWorkloads(client: KubeClient): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const [kind, res] of WORKLOADS) {
    const l = await client.list(res, undefined)
    for (const o of l.items)
      out.set(
        `${o.metadata?.namespace ?? ''}/${kind}/${o.metadata?.name ?? ''}`,
        String(o.metadata?.generation ?? '')
      )
  }
  return out
}

export async function deploy(
  target: string,
  options: DeployOptions,
  logger: Logger
): Promise<DeployResult> {
  const started = Date.now()
  const env = options.env ?? process.env
  const cwd = options.cwd ?? process.cwd()
  const kubeConfig =
    options.kubeConfig ??
    loadTarget({ kubeconfig: options.kubeconfigPath, context: options.context, env }).kubeConfig
  const client = new KubeClient({ kubeConfig })
  const timeoutS = options.timeoutSeconds ?? 300
  const path = resolve(cwd, target)
  const isPath = await stat(path).then(
    () => true,
    () => false
  )
  let applied: string[] = []
  let namespaces: string[]
  let how: DeployResult['how']
  if (isPath) {
    how = 'manifests'
    const r = await applyManifests(
      target.startsWith('/') ? target : path,
      kubeConfig,
      client,
      logger,
      cwd
    )
    applied = r.applied
    namespaces = r.namespaces
  } else {
    how = 'command'
    // Cluster-wide reads to learn what the command touches; RBAC may forbid them.
    const seen = async () => {
      try {
        const workloads = await snapshotWorkloads(client)
        const ns = (await client.list(R.namespaces, undefined)).items.map(
          (n) => n.metadata?.name ?? ''
        )
        return { workloads, namespaces: new Set(ns) }
      } catch (error) {
        logger.warning(
          `cannot list workloads cluster-wide (${errorMessage(error)}): no namespaces will count as touched`
        )
        return undefined
      }
    }
    const before = await seen()
    logger.info(`deploying with: ${target}`)
    const r = await runCommand('/bin/sh', ['-c', target], {
      cwd,
      env: { ...env, ...(options.kubeconfigPath ? { KUBECONFIG: options.kubeconfigPath } : {}) },
      timeoutMs: timeoutS * 1000,
      logger,
      echoStdout: true,
      ...(options.signal ? { signal: options.signal } : {})
    })
    if (r.code !== 0)
      throw new UserError(
        `the deploy command ${r.timedOut ? `did not finish within ${timeoutS}s` : `failed (exit ${String(r.code)})`}: ${target}\n${tail(r.stderr || r.stdout)}`,
        {
          code: 'CHAOS_DEPLOY',
          advice: 'run the command locally against the same cluster to see why'
        }
      )
    // What the command touched: new namespaces, and namespaces whose workloads are new or changed.
    const after = before ? await seen() : undefined
    const touched = new Set<string>()
    if (before && after) {
      for (const [key, gen] of after.workloads)
        if (before.workloads.get(key) !== gen) touched.add(key.split('/')[0] ?? '')
      for (const name of after.namespaces) if (!before.namespaces.has(name)) touched.add(name)
    }
    namespaces = [...touched].filter(Boolean).sort()
  }
  const workloads = await waitRollouts(client, namespaces, timeoutS * 1000, logger, options.signal)
  const seconds = Math.round((Date.now() - started) / 100) / 10
  logger.info(
    `deployed in ${seconds}s: namespaces ${namespaces.join(', ') || '(none)'}; ${workloads.length} workload(s) rolled out`
  )
  return { how, applied, namespaces, workloads, seconds }
}

async function applyManifests(
  path: string,
  kubeConfig: KubeConfig,
  client: KubeClient,
  logger: Logger,
  cwd: string
): Promise<{ applied: string[]; namespaces: string[] }> {
  const files = await manifestFiles(path)
  if (files.length === 0)
    throw new UserError(`no .yaml, .yml or .json manifests in ${path}`, { code: 'CHAOS_DEPLOY' })
  const docs: ManifestDoc[] = []
  for (const f of files)
    docs.push(...parseManifests(await readFile(f, 'utf8'), relative(cwd, f) || f))
  const api = KubernetesObjectApi.makeApiClient(kubeConfig)
  const applied: string[] = []
  const namespaces = new Set<string>()
  // Namespaces named by namespaced objects but not declared are created too, before anything else.
  const declared = new Set(
    docs.filter((d) => d.object.kind === 'Namespace').map((d) => d.object.metadata?.name ?? '')
  )
  for (const ns of new Set(
    docs.map((d) => d.object.metadata?.namespace).filter((n): n is string => !!n)
  )) {
    if (declared.has(ns)) continue
    if (!(await client.getOrNull(R.namespaces, undefined, ns))) {
      await client.create(R.namespaces, undefined, {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: ns }
      })
      logger.info(`created namespace ${ns}`)
    }
  }
  let crdsApplied = false
  for (const d of applyOrder(docs)) {
    if (d.object.kind !== 'CustomResourceDefinition' && crdsApplied) {
      await waitCrdsEstablished(client, docs)
      crdsApplied = false
    }
    let result: KubernetesObject
    try {
      // Server-side apply: the server merges and owns the fields; force takes over conflicts like
      // `kubectl apply --server-side --force-conflicts`.
      result = await api.patch(
        structuredClone(d.object),
        undefined,
        undefined,
        FIELD_MANAGER,
        true,
        PatchStrategy.ServerSideApply
      )
    } catch (error) {
      throw new ClusterError(
        `cannot apply ${d.object.kind} ${d.object.metadata?.namespace ? `${d.object.metadata.namespace}/` : ''}${d.object.metadata?.name ?? ''} ` +
          `(${d.file}, document ${d.index}): ${describeApiError(error)}`,
        'fix the manifest, or check the credentials may create it'
      )
    }
    const ns = result.metadata?.namespace
    const name = `${d.object.kind} ${ns ? `${ns}/` : ''}${d.object.metadata?.name ?? ''}`
    applied.push(name)
    logger.info(`applied ${name}`)
    if (d.object.kind === 'Namespace') namespaces.add(d.object.metadata?.name ?? '')
    else if (ns) namespaces.add(ns)
    if (d.object.kind === 'CustomResourceDefinition') crdsApplied = true
  }
  return { applied, namespaces: [...namespaces].filter(Boolean).sort() }
}

async function waitCrdsEstablished(
  client: KubeClient,
  docs: readonly ManifestDoc[]
): Promise<void> {
  const res: ResourceType = {
    group: 'apiextensions.k8s.io',
    version: 'v1',
    plural: 'customresourcedefinitions',
    namespaced: false
  }
  const names = new Set(
    docs
      .filter((d) => d.object.kind === 'CustomResourceDefinition')
      .map((d) => d.object.metadata?.name ?? '')
  )
  await client.watchUntil(res, undefined, { timeoutMs: 30_000 }, (objects) =>
    [...names].every((n) =>
      (
        (objects.get(`/${n}`)?.status?.conditions ?? []) as { type?: string; status?: string }[]
      ).some((c) => c.type === 'Established' && c.status === 'True')
    )
  )
}

interface Pending {
  kind: WorkloadKind
  namespace: string
  name: string
  obj: KubeObject
}

function readiness(kind: WorkloadKind, o: KubeObject): string {
  const s = workloadStatus(kind, o)
  return `${s.ready}/${s.desired} ready, ${s.updated} updated, ${s.available} available${s.observed ? '' : ', not yet observed by its controller'}`
}

/**
 * Waits, watching each kind per namespace, until every Deployment, StatefulSet and DaemonSet is
 * rolled out. On timeout: ClusterError naming each one not ready and its recent Warning events
 * (and those of its pods).
 */
export async function waitRollouts(
  client: KubeClient,
  namespaces: readonly string[],
  timeoutMs: number,
  logger: Logger,
  signal?: AbortSignal
): Promise<RolledOut[]> {
  const deadline = Date.now() + timeoutMs
  const latest = new Map<string, Pending>()
  await Promise.all(
    namespaces.flatMap((ns) =>
      WORKLOADS.map(async ([kind, res]) => {
        await client.watchUntil(
          res,
          ns,
          { timeoutMs: Math.max(0, deadline - Date.now()), signal },
          (objects) => {
            for (const o of objects.values())
              latest.set(`${kind}/${ns}/${o.metadata?.name ?? ''}`, {
                kind,
                namespace: ns,
                name: o.metadata?.name ?? '',
                obj: o
              })
            return [...objects.values()].every((o) => workloadStatus(kind, o).complete)
          }
        )
      })
    )
  )
  const all = [...latest.values()]
  const stuck = all.filter((p) => !workloadStatus(p.kind, p.obj).complete)
  if (stuck.length > 0) {
    const lines: string[] = []
    for (const p of stuck) {
      const why = await warningsFor(client, p.namespace, p.name)
      lines.push(
        `${p.kind} ${p.namespace}/${p.name}: ${readiness(p.kind, p.obj)}${why.length ? `; ${why.join('; ')}` : ''}`
      )
    }
    throw new ClusterError(
      `not rolled out within ${Math.round(timeoutMs / 1000)}s:\n  ${lines.join('\n  ')}`,
      'check the images, resources and scheduling constraints; raise the deploy timeout if it is just slow'
    )
  }
  for (const p of all) logger.debug(`${p.kind} ${p.namespace}/${p.name} rolled out`)
  return all
    .map((p) => ({
      kind: p.kind,
      namespace: p.namespace,
      name: p.name,
      ready: readiness(p.kind, p.obj)
    }))
    .sort((a, b) =>
      `${a.namespace}/${a.kind}/${a.name}`.localeCompare(`${b.namespace}/${b.kind}/${b.name}`)
    )
}

/**
 * The most recent Warning events about a workload and the objects named after it (pods,
 * ReplicaSets), the same reason and message said once with how many objects reported it.
 */
async function warningsFor(client: KubeClient, namespace: string, name: string): Promise<string[]> {
  type Ev = KubeObject & {
    involvedObject?: { kind?: string; name?: string }
    reason?: string
    message?: string
    lastTimestamp?: string
    eventTime?: string
  }
  try {
    const l = await client.list(R.events, namespace, { fieldSelector: 'type=Warning' })
    const grouped = new Map<string, { first: string; objects: Set<string>; at: string }>()
    for (const e of l.items as Ev[]) {
      const n = e.involvedObject?.name ?? ''
      if (n !== name && !n.startsWith(`${name}-`)) continue
      const key = `${e.reason ?? ''}: ${(e.message ?? '').trim()}`
      const at = e.lastTimestamp ?? e.eventTime ?? ''
      const g = grouped.get(key) ?? {
        first: `${e.involvedObject?.kind ?? ''} ${n}`,
        objects: new Set<string>(),
        at
      }
      g.objects.add(n)
      if (at > g.at) g.at = at
      grouped.set(key, g)
    }
    return [...grouped.entries()]
      .sort((a, b) => a[1].at.localeCompare(b[1].at))
      .slice(-3)
      .map(
        ([key, g]) =>
          `${g.first}${g.objects.size > 1 ? ` (and ${g.objects.size - 1} more)` : ''}: ${key}`
      )
  } catch {
    return []
  }
}
