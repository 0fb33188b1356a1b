/**
 * The bodies many chaosk8s functions share: create an object (checked against the blast radius,
 * tracked for cleanup), delete one or every one a selector matches, list, read, probe existence.
 */
import { ActivityFailed, NoEffectError } from '../../../engine/errors.ts'
import type { ActivityContext } from '../../../engine/provider.ts'
import { KubeApiError, R, isNotFound } from '../client.ts'
import type { KubeList, KubeObject, ResourceType } from '../client.ts'
import type { KubeEnv } from '../ops.ts'
import { loadSpecFile, opt, str, summary } from './args.ts'
import { def } from './define.ts'
import type { Args, Chaosk8sFunction, Chaosk8sRuntime } from './define.ts'

/** Chaos Mesh objects reach into the namespaces their selectors name: those count too. */
function selectorNamespaces(body: KubeObject, ns: string | undefined): string[] {
  const spec = (body.spec ?? {}) as {
    selector?: { namespaces?: string[] }
    target?: { selector?: { namespaces?: string[] } }
  }
  const out = new Set<string>(ns ? [ns] : [])
  for (const n of spec.selector?.namespaces ?? []) out.add(n)
  for (const n of spec.target?.selector?.namespaces ?? []) out.add(n)
  return [...out]
}

export async function createObject(
  k: Chaosk8sRuntime,
  env: KubeEnv,
  ctx: ActivityContext,
  res: ResourceType,
  ns: string | undefined,
  body: KubeObject,
  action: string,
  onConflict: 'return' | 'fail' = 'fail'
): Promise<unknown> {
  if (ns !== undefined) env.radius.checkNamespaces(action, selectorNamespaces(body, ns))
  else if (res.plural !== 'namespaces')
    env.radius.checkClusterWide(action, `cluster-scoped ${res.plural}`)
  const meta = { ...(body.metadata ?? {}) }
  if (ns !== undefined && res.namespaced) meta.namespace = ns
  const obj = { ...body, metadata: meta }
  if (env.radius.dryRun)
    return summary(action, env, {
      would_create: `${res.plural}/${meta.name ?? meta.generateName ?? '?'}`,
      namespace: ns ?? null
    })
  try {
    const created = await env.client.create(res, res.namespaced ? ns : undefined, obj)
    k.rt.trackObject(
      ctx,
      env.client,
      res,
      res.namespaced ? ns : undefined,
      created.metadata?.name ?? ''
    )
    return created
  } catch (error) {
    if (onConflict === 'return' && error instanceof KubeApiError && error.status === 409) {
      env.logger.debug(`${res.plural} ${meta.name ?? ''} already exists`)
      return {
        kind: 'Status',
        status: 'Failure',
        reason: 'AlreadyExists',
        code: 409,
        message: error.message
      }
    }
    throw error
  }
}

export async function deleteObject(
  k: Chaosk8sRuntime,
  env: KubeEnv,
  res: ResourceType,
  ns: string | undefined,
  name: string,
  action: string,
  opts: { missingOk?: boolean; gracePeriodSeconds?: number } = {}
): Promise<unknown> {
  if (ns !== undefined && res.namespaced) env.radius.checkNamespaces(action, [ns])
  else if (res.plural === 'namespaces') env.radius.checkNamespaces(action, [name])
  else env.radius.checkClusterWide(action, `cluster-scoped ${res.plural} "${name}"`)
  if (env.radius.dryRun)
    return summary(action, env, { would_delete: `${res.plural}/${name}`, namespace: ns ?? null })
  try {
    const r = await env.client.delete(res, res.namespaced ? ns : undefined, name, {
      ...(opts.gracePeriodSeconds !== undefined
        ? { gracePeriodSeconds: opts.gracePeriodSeconds }
        : {})
    })
    k.rt.forget(env.client, res, res.namespaced ? ns : undefined, name)
    return r
  } catch (error) {
    if (opts.missingOk && isNotFound(error)) return null
    throw error
  }
}

/** Deletes objects by name, or every object the label selector matches. */
export async function deleteByNameOrSelector(
  k: Chaosk8sRuntime,
  env: KubeEnv,
  res: ResourceType,
  a: Args,
  action: string
): Promise<unknown> {
  const ns = str(a.ns)
  env.radius.checkNamespaces(action, [ns])
  let names: string[]
  if (opt(a.name)) names = [str(a.name)]
  else if (opt(a.label_selector))
    names = (await env.client.list(res, ns, { labelSelector: opt(a.label_selector) })).items.map(
      (o) => o.metadata?.name ?? ''
    )
  else throw new ActivityFailed(`${action}: either name or label_selector must be set`)
  for (const n of names) await deleteObject(k, env, res, ns, n, action)
  const out = summary(action, env, {
    [env.radius.dryRun ? 'would_delete' : 'deleted']: names,
    namespace: ns
  })
  if (names.length === 0 && !env.radius.dryRun)
    throw new NoEffectError(
      `0 ${res.plural} matched label_selector "${str(a.label_selector)}" in namespace "${ns}"`,
      out
    )
  return out
}

/** `<name>` in namespace `ns` (narrowed by `label_selector`, if any). */
export async function listNamed(env: KubeEnv, res: ResourceType, a: Args): Promise<KubeObject[]> {
  return (
    await env.client.list(res, str(a.ns), {
      fieldSelector: `metadata.name=${str(a.name)}`,
      labelSelector: opt(a.label_selector)
    })
  ).items
}

export async function listPods(
  env: KubeEnv,
  ns: string,
  selector: string | undefined
): Promise<KubeObject[]> {
  return (await env.client.list(R.pods, ns, { labelSelector: selector })).items
}

export async function exists(
  env: KubeEnv,
  res: ResourceType,
  ns: string | undefined,
  name: string
): Promise<boolean> {
  return (await env.client.getOrNull(res, ns, name)) !== null
}

/** chaosk8s's `create_*(spec_path, ns)`: the object in a JSON or YAML file. */
export function createFromSpec(res: ResourceType, action: string): Chaosk8sFunction {
  return def(['spec_path', ['ns', 'default']], async (a, ctx, env, k) => {
    const body = await loadSpecFile(str(a.spec_path))
    return createObject(k, env, ctx, res, res.namespaced ? str(a.ns) : undefined, body, action)
  })
}

/** `list_*(ns)`: the raw list the API returns. */
export function listIn(res: ResourceType): Chaosk8sFunction {
  return def([['ns', 'default']], async (a, _ctx, env) =>
    env.client.request<KubeList>('list', { res, namespace: str(a.ns) })
  )
}

/** `get_*(name, ns)`: the raw object. */
export function getIn(res: ResourceType): Chaosk8sFunction {
  return def(['name', ['ns', 'default']], async (a, _ctx, env) =>
    env.client.get(res, str(a.ns), str(a.name))
  )
}

/** `delete_*(name, ns)`. */
export function deleteIn(res: ResourceType, action: string): Chaosk8sFunction {
  return def(['name', ['ns', 'default']], async (a, _ctx, env, k) =>
    deleteObject(k, env, res, str(a.ns), str(a.name), action)
  )
}
