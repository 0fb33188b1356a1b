/**
 * What a chaosk8s module exposes beyond the functions it defines.
 *
 * chaostoolkit finds `func` with `inspect.getmembers(module, inspect.isfunction)`, which also
 * lists every function the module imports. So `chaosk8s.probes` exposes `all_pods_healthy`
 * (imported from `chaosk8s.pod.probes`) and experiments call it through there. This table is that
 * import list of chaostoolkit-kubernetes 0.39.0, read from the installed package (the test
 * __tests__/providers/module-exports.test.ts compares it with `inspect.getmembers` of every
 * module and fails when a name is missing here).
 *
 * Two kinds of imported names:
 * - REEXPORTS: activities of another chaosk8s module. The name resolves to the very same native
 *   function (same parameters, same behaviour): in Python it is the same function object.
 * - HELPERS: functions that are not activities (a Kubernetes client factory, private selectors,
 *   a deprecation logger, textwrap.dedent...). chaostoolkit would call them, but what they return
 *   (client objects, Python model lists) means nothing in an experiment. They resolve to a known
 *   name that validation refuses with a message saying so, instead of "does not expose".
 */
import { InternalError } from '../../engine/errors.ts'
import type { NativeFunction } from '../../engine/provider.ts'

type Modules = Record<string, Record<string, NativeFunction>>

/** module -> exposed name -> `module.func` it is in chaosk8s. */
export const CHAOSK8S_REEXPORTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'chaosk8s.actions': {
    create_deployment: 'chaosk8s.deployment.actions.create_deployment',
    delete_deployment: 'chaosk8s.deployment.actions.delete_deployment',
    scale_deployment: 'chaosk8s.deployment.actions.scale_deployment',
    delete_pods: 'chaosk8s.pod.actions.delete_pods',
    delete_replica_set: 'chaosk8s.replicaset.actions.delete_replica_set',
    delete_service: 'chaosk8s.service.actions.delete_service'
  },
  'chaosk8s.probes': {
    all_pods_healthy: 'chaosk8s.pod.probes.all_pods_healthy',
    pod_is_not_available: 'chaosk8s.pod.probes.pod_is_not_available',
    read_pod_logs: 'chaosk8s.pod.probes.read_pod_logs',
    // `read_microservices_logs = read_pod_logs` upstream: a second name for the same function.
    read_microservices_logs: 'chaosk8s.pod.probes.read_pod_logs',
    deployment_available_and_healthy: 'chaosk8s.deployment.probes.deployment_available_and_healthy',
    deployment_fully_available: 'chaosk8s.deployment.probes.deployment_fully_available',
    deployment_not_fully_available: 'chaosk8s.deployment.probes.deployment_not_fully_available',
    secret_exists: 'chaosk8s.secret.probes.secret_exists',
    service_is_initialized: 'chaosk8s.service.probes.service_is_initialized'
  },
  'chaosk8s.chaosmesh.network.actions': {
    create_custom_object: 'chaosk8s.crd.actions.create_custom_object',
    delete_custom_object: 'chaosk8s.crd.actions.delete_custom_object'
  },
  'chaosk8s.chaosmesh.network.probes': {
    get_custom_object: 'chaosk8s.crd.probes.get_custom_object',
    list_custom_objects: 'chaosk8s.crd.probes.list_custom_objects'
  },
  'chaosk8s.chaosmesh.stress.actions': {
    create_custom_object: 'chaosk8s.crd.actions.create_custom_object',
    delete_custom_object: 'chaosk8s.crd.actions.delete_custom_object'
  },
  'chaosk8s.chaosmesh.stress.probes': {
    get_custom_object: 'chaosk8s.crd.probes.get_custom_object',
    list_custom_objects: 'chaosk8s.crd.probes.list_custom_objects'
  }
}

const CLIENT = 'create_k8s_api_client'
const DEPRECATION_LOG = '_log_deprecated'
const CHAOSMESH_SPEC = ['add_common_spec', 'dedent']

/** module -> the non-activity functions it exposes. */
export const CHAOSK8S_HELPERS: Readonly<Record<string, readonly string[]>> = {
  'chaosk8s.actions': [DEPRECATION_LOG],
  'chaosk8s.probes': [DEPRECATION_LOG],
  'chaosk8s.chaosmesh.network.actions': CHAOSMESH_SPEC,
  'chaosk8s.chaosmesh.stress.actions': CHAOSMESH_SPEC,
  'chaosk8s.crd.actions': [CLIENT, 'get_plural', 'load_body'],
  'chaosk8s.crd.probes': [CLIENT],
  'chaosk8s.daemonset.actions': [CLIENT],
  'chaosk8s.daemonset.probes': [CLIENT, '_daemon_set_readiness_has_state'],
  'chaosk8s.deployment.actions': [CLIENT],
  'chaosk8s.deployment.probes': [CLIENT, '_deployment_readiness_has_state'],
  'chaosk8s.event.probes': [CLIENT],
  'chaosk8s.namespace.actions': [CLIENT],
  'chaosk8s.namespace.probes': [CLIENT],
  'chaosk8s.networking.actions': [CLIENT],
  'chaosk8s.networking.probes': [CLIENT],
  'chaosk8s.node.actions': [CLIENT, '_select_nodes'],
  'chaosk8s.node.probes': [CLIENT],
  'chaosk8s.pod.actions': [
    CLIENT,
    DEPRECATION_LOG,
    '_select_pods',
    '_sort_by_pod_creation_timestamp'
  ],
  'chaosk8s.pod.probes': [CLIENT],
  'chaosk8s.replicaset.actions': [CLIENT],
  'chaosk8s.secret.actions': [CLIENT],
  'chaosk8s.secret.probes': [CLIENT],
  'chaosk8s.service.actions': [CLIENT],
  'chaosk8s.service.probes': [CLIENT],
  'chaosk8s.statefulset.actions': [CLIENT],
  'chaosk8s.statefulset.probes': [CLIENT, '_statefulset_readiness_has_state']
}

export function helperMessage(qualified: string): string {
  return (
    `${qualified} is a helper chaostoolkit-kubernetes uses internally, not an activity: ` +
    'chaos-action does not run it'
  )
}

function helper(qualified: string): NativeFunction {
  const message = helperMessage(qualified)
  return {
    params: [{ name: 'kwargs', variadicKeywords: true }],
    unsupported: message,
    run: () => Promise.reject(new Error(message))
  }
}

/**
 * `modules` plus every name chaostoolkit would find through each module's imports. The functions
 * are shared, not copied, so a preview set on one is seen through every name.
 */
export function withModuleExports(modules: Modules): Modules {
  const out: Modules = {}
  for (const [name, fns] of Object.entries(modules)) out[name] = { ...fns }
  for (const [module, names] of Object.entries(CHAOSK8S_REEXPORTS)) {
    const target = (out[module] ??= {})
    for (const [name, qualified] of Object.entries(names)) {
      const dot = qualified.lastIndexOf('.')
      const fn = modules[qualified.slice(0, dot)]?.[qualified.slice(dot + 1)]
      if (fn === undefined)
        throw new InternalError(`${module}.${name} re-exports unknown ${qualified}`)
      target[name] ??= fn
    }
  }
  for (const [module, names] of Object.entries(CHAOSK8S_HELPERS)) {
    const target = (out[module] ??= {})
    for (const name of names) target[name] ??= helper(`${module}.${name}`)
  }
  return out
}
