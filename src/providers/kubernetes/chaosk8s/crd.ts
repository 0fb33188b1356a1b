/** chaosk8s.crd.actions and chaosk8s.crd.probes: any object, custom ones included. */
import { parse as parseYaml } from 'yaml'
import { ActivityFailed } from '../../../engine/errors.ts'
import type { ActivityContext } from '../../../engine/provider.ts'
import { KubeApiError } from '../client.ts'
import type { KubeObject, ResourceType } from '../client.ts'
import type { KubeEnv } from '../ops.ts'
import { customRes, loadBody, str, summary } from './args.ts'
import { def } from './define.ts'
import type { Args, Chaosk8sFunction, Chaosk8sModule, Chaosk8sRuntime } from './define.ts'
import { createObject, deleteObject } from './objects.ts'
import { resolveKind } from './discovery.ts'

async function patchCustom(
  env: KubeEnv,
  res: ResourceType,
  ns: string | undefined,
  a: Args,
  action: string,
  replace: boolean
): Promise<unknown> {
  if (ns !== undefined) env.radius.checkNamespaces(action, [ns])
  else env.radius.checkClusterWide(action, `cluster-scoped ${res.plural} "${str(a.name)}"`)
  const body = await loadBody(a.resource, a.resource_as_yaml_file)
  if (env.radius.dryRun)
    return summary(action, env, { would_change: `${res.plural}/${str(a.name)}` })
  return replace
    ? env.client.replace(res, ns, str(a.name), body)
    : env.client.patch(res, ns, str(a.name), body, Array.isArray(body) ? 'json' : 'merge')
}

/** Creates the object, or merges it into the one that exists. */
async function applyResource(
  k: Chaosk8sRuntime,
  env: KubeEnv,
  ctx: ActivityContext,
  body: KubeObject,
  action: string
): Promise<unknown> {
  if (!body.apiVersion || !body.kind)
    throw new ActivityFailed(`${action}: the resource needs apiVersion and kind`)
  const res = await resolveKind(k.discovery, env.client, body.apiVersion, body.kind)
  const ns = res.namespaced ? (body.metadata?.namespace ?? 'default') : undefined
  try {
    return await createObject(k, env, ctx, res, ns, body, action)
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 409)
      return env.client.patch(res, ns, body.metadata?.name ?? '', body, 'merge')
    throw error
  }
}

const GVP = ['group', 'version', 'plural'] as const
const BODY_PARAMS: [string, unknown][] = [
  ['resource', null],
  ['resource_as_yaml_file', null]
]

/** `patch_*` / `replace_*` of a namespaced or cluster-scoped custom object. */
function change(namespaced: boolean, action: string, replace: boolean): Chaosk8sFunction {
  return def(
    [
      ...GVP,
      'name',
      ...(namespaced ? [['ns', 'default'] as [string, unknown]] : []),
      ['force', false],
      ...BODY_PARAMS
    ],
    (a, _ctx, env) =>
      patchCustom(
        env,
        customRes(a.group, a.version, a.plural, namespaced),
        namespaced ? str(a.ns) : undefined,
        a,
        action,
        replace
      )
  )
}

export const crdActions: Chaosk8sModule = {
  apply_from_json: def([['resource', null]], async (a, ctx, env, k) => {
    const body = (
      typeof a.resource === 'string' ? JSON.parse(a.resource) : a.resource
    ) as KubeObject
    return applyResource(k, env, ctx, body, 'apply_from_json')
  }),
  apply_from_yaml: def([['resource', null]], async (a, ctx, env, k) => {
    const body = (typeof a.resource === 'string' ? parseYaml(a.resource) : a.resource) as KubeObject
    return applyResource(k, env, ctx, body, 'apply_from_yaml')
  }),
  create_custom_object: def([...GVP, ['ns', 'default'], ...BODY_PARAMS], async (a, ctx, env, k) =>
    createObject(
      k,
      env,
      ctx,
      customRes(a.group, a.version, a.plural, true),
      str(a.ns),
      await loadBody(a.resource, a.resource_as_yaml_file),
      'create_custom_object',
      'return'
    )
  ),
  delete_custom_object: def([...GVP, 'name', ['ns', 'default']], (a, _ctx, env, k) =>
    deleteObject(
      k,
      env,
      customRes(a.group, a.version, a.plural, true),
      str(a.ns),
      str(a.name),
      'delete_custom_object'
    )
  ),
  create_cluster_custom_object: def([...GVP, ...BODY_PARAMS], async (a, ctx, env, k) =>
    createObject(
      k,
      env,
      ctx,
      customRes(a.group, a.version, a.plural, false),
      undefined,
      await loadBody(a.resource, a.resource_as_yaml_file),
      'create_cluster_custom_object',
      'return'
    )
  ),
  delete_cluster_custom_object: def([...GVP, 'name'], (a, _ctx, env, k) =>
    deleteObject(
      k,
      env,
      customRes(a.group, a.version, a.plural, false),
      undefined,
      str(a.name),
      'delete_cluster_custom_object'
    )
  ),
  patch_custom_object: change(true, 'patch_custom_object', false),
  replace_custom_object: change(true, 'replace_custom_object', true),
  patch_cluster_custom_object: change(false, 'patch_cluster_custom_object', false),
  replace_cluster_custom_object: change(false, 'replace_cluster_custom_object', true)
}

export const crdProbes: Chaosk8sModule = {
  get_custom_object: def([...GVP, 'name', ['ns', 'default']], (a, _ctx, env) =>
    env.client.get(customRes(a.group, a.version, a.plural, true), str(a.ns), str(a.name))
  ),
  list_custom_objects: def([...GVP, ['ns', 'default']], (a, _ctx, env) =>
    env.client.request('list', {
      res: customRes(a.group, a.version, a.plural, true),
      namespace: str(a.ns)
    })
  ),
  get_cluster_custom_object: def([...GVP, 'name'], (a, _ctx, env) =>
    env.client.get(customRes(a.group, a.version, a.plural, false), undefined, str(a.name))
  ),
  list_cluster_custom_objects: def([...GVP], (a, _ctx, env) =>
    env.client.request('list', { res: customRes(a.group, a.version, a.plural, false) })
  )
}
