/**
 * How a chaosk8s function is written: a parameter list in chaosk8s's order with its defaults, and
 * a body over the explicit runtime it is bound to (see bind.ts). The module tables (pod.ts,
 * deployment.ts, ...) hold these definitions; nothing here touches the cluster.
 */
import { ActivityFailed } from '../../../engine/errors.ts'
import type { ActivityContext, NativeParam } from '../../../engine/provider.ts'
import type { KubeEnv } from '../ops.ts'
import type { KubeRuntime } from '../runtime.ts'
import type { DiscoveredResource } from './discovery.ts'

export type Args = Record<string, unknown>
/** A required parameter's name, or `[name, default]`. */
export type Param = string | [string, unknown]

/** What one chaosk8s table is bound to: the runtime's clients and tracking, its discovery cache. */
export interface Chaosk8sRuntime {
  readonly rt: KubeRuntime
  /** apiVersion -> the resources the API server lists for it (one request per group version). */
  readonly discovery: Map<string, Promise<DiscoveredResource[]>>
}

export type Body = (
  a: Args,
  ctx: ActivityContext,
  env: KubeEnv,
  k: Chaosk8sRuntime
) => Promise<unknown>

/** One chaosk8s function, unbound. */
export interface Chaosk8sFunction {
  params: readonly NativeParam[]
  takesConfiguration?: boolean
  unsupported?: string
  run: Body
}

/** A chaosk8s module: function name -> definition. */
export type Chaosk8sModule = Record<string, Chaosk8sFunction>

export function def(
  params: readonly Param[],
  run: Body,
  o: { configuration?: boolean } = {}
): Chaosk8sFunction {
  return {
    params: params.map((p) =>
      typeof p === 'string' ? { name: p } : { name: p[0], default: p[1] }
    ),
    ...(o.configuration ? { takesConfiguration: true } : {}),
    run
  }
}

/** chaosk8s functions named by experiments that we do not implement natively (yet). */
export const UNSUPPORTED_CHAOSK8S: readonly string[] = ['chaosk8s.pod.actions.exec_in_pods']

export function unsupportedMessage(qualified: string): string {
  return `${qualified} is not supported natively yet`
}

/** A known chaosk8s function we do not implement: binds its parameters, then says so. */
export function unsupported(qualified: string, params: readonly Param[]): Chaosk8sFunction {
  return {
    ...def(params, async () => {
      throw new ActivityFailed(unsupportedMessage(qualified))
    }),
    unsupported: unsupportedMessage(qualified)
  }
}

/** The defaults of `f`'s parameters but those in `except`, for one function calling another. */
export function defaultsOf(f: Chaosk8sFunction, except: readonly string[]): Args {
  const out: Args = {}
  for (const p of f.params) if ('default' in p && !except.includes(p.name)) out[p.name] = p.default
  return out
}
