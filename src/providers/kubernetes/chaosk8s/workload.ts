/**
 * What the workload modules (deployment, statefulset, daemonset, the deprecated chaosk8s.probes)
 * share: chaosk8s's `raise_on_*` verdicts, the readiness watch and scaling.
 */
import { ActivityFailed } from '../../../engine/errors.ts'
import { pyTruthy } from '../../../engine/py.ts'
import { KubeApiError } from '../client.ts'
import { WORKLOAD_RESOURCES, scaleWorkload } from '../ops.ts'
import type { KubeEnv } from '../ops.ts'
import type { WorkloadKind } from '../select.ts'
import { formatName, int, str } from './args.ts'
import { def } from './define.ts'
import type { Args, Chaosk8sFunction } from './define.ts'

/** Fails (or returns false) like chaosk8s's `raise_on_*` flags. */
export function verdict(ok: boolean, raise: unknown, message: string, env: KubeEnv): boolean {
  if (ok) return true
  if (!pyTruthy(raise)) {
    env.logger.debug(message)
    return false
  }
  throw new ActivityFailed(message)
}

/** Watches until `ready_replicas == spec.replicas` has the wanted truth value (chaosk8s). */
export async function readinessHasState(
  env: KubeEnv,
  kind: WorkloadKind,
  a: Args,
  ready: boolean
): Promise<boolean> {
  const ns = str(a.ns)
  const name = str(a.name)
  const timeout = int(a.timeout, 'timeout')
  return env.client.watchUntil(
    WORKLOAD_RESOURCES[kind],
    ns,
    {
      fieldSelector: `metadata.name=${name}`,
      labelSelector: formatName(a.label_selector, name),
      timeoutMs: timeout * 1000,
      signal: env.signal
    },
    (objects) => {
      for (const o of objects.values()) {
        const readyReplicas =
          kind === 'DaemonSet' ? o.status?.numberReady : (o.status?.readyReplicas ?? null)
        const desired = kind === 'DaemonSet' ? o.status?.desiredNumberScheduled : o.spec?.replicas
        if (((readyReplicas ?? null) === desired) === ready) return true
      }
      return false
    }
  )
}

/** `*_not_fully_available` / `*_fully_available` of a Deployment or StatefulSet. */
export function readinessProbes(
  kind: WorkloadKind,
  label: string
): { notFully: Chaosk8sFunction; fully: Chaosk8sFunction } {
  return {
    notFully: def(
      [
        'name',
        ['ns', 'default'],
        ['label_selector', null],
        ['timeout', 30],
        ['raise_on_fully_available', true]
      ],
      async (a, _ctx, env) =>
        verdict(
          await readinessHasState(env, kind, a, false),
          a.raise_on_fully_available,
          `${label} '${str(a.name)}' failed to stop running within ${str(a.timeout)}s`,
          env
        )
    ),
    fully: def(
      [
        'name',
        ['ns', 'default'],
        ['label_selector', null],
        ['timeout', 30],
        ['raise_on_not_fully_available', true]
      ],
      async (a, _ctx, env) =>
        verdict(
          await readinessHasState(env, kind, a, true),
          a.raise_on_not_fully_available,
          `${label} '${str(a.name)}' failed to recover within ${str(a.timeout)}s`,
          env
        )
    )
  }
}

/** `scale_*(name, replicas, ns)`. */
export function scale(kind: WorkloadKind, action: string): Chaosk8sFunction {
  return def(['name', 'replicas', ['ns', 'default']], async (a, _ctx, env) => {
    try {
      return await scaleWorkload(env, {
        kind,
        name: str(a.name),
        namespace: str(a.ns),
        replicas: int(a.replicas, 'replicas'),
        action
      })
    } catch (error) {
      if (error instanceof KubeApiError)
        throw new ActivityFailed(
          `failed to scale '${str(a.name)}' to ${str(a.replicas)} replicas: ${error.message}`
        )
      throw error
    }
  })
}
