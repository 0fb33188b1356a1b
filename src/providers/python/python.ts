import { ActivityFailed, InternalError, NoEffectError, errorMessage } from '../../engine/errors.ts'
import type { ValidationIssue } from '../../engine/errors.ts'
import type { ProviderSpec, SourceLocation } from '../../engine/types.ts'
import { NativeModuleRegistry } from '../../engine/provider.ts'
import type {
  ActivityContext,
  NativeFunction,
  Provider,
  ValidateContext
} from '../../engine/provider.ts'
import { BridgeError, callBridge } from './bridge.ts'
import type { BridgeReply } from './bridge.ts'

export interface PythonProviderOptions {
  /** Natively implemented Python modules (chaosk8s...). */
  modules?: NativeModuleRegistry
  /** Interpreter for modules we don't implement; `false` disables the bridge. Default `python3`. */
  python?: string | false
  env?: NodeJS.ProcessEnv
}

export type BindResult =
  | { ok: true; args: Record<string, unknown> }
  | { ok: false; kind: 'missing' | 'unexpected'; arg: string }

/**
 * Binds activity arguments to a native function's parameters the way `inspect.Signature.bind`
 * does: the first missing required parameter is reported before any unexpected keyword.
 * Defaults are applied to what was not given.
 */
export function bindArguments(fn: NativeFunction, given: Record<string, unknown>): BindResult {
  const names = new Set<string>()
  let variadic = false
  const args: Record<string, unknown> = {}
  for (const p of fn.params) {
    if (p.variadicKeywords) {
      variadic = true
      continue
    }
    names.add(p.name)
    if (Object.hasOwn(given, p.name)) args[p.name] = given[p.name]
    else if ('default' in p) args[p.name] = structuredClone(p.default)
    else return { ok: false, kind: 'missing', arg: `'${p.name}'` }
  }
  for (const [k, v] of Object.entries(given)) {
    if (names.has(k)) continue
    if (!variadic) return { ok: false, kind: 'unexpected', arg: `'${k}'` }
    args[k] = v
  }
  return { ok: true, args }
}

function argumentsOf(spec: ProviderSpec): Record<string, unknown> {
  const a = spec.arguments
  return a !== null && typeof a === 'object' && !Array.isArray(a)
    ? { ...(a as Record<string, unknown>) }
    : {}
}

/** The flat secrets dict chaostoolkit builds from the scopes listed in `provider.secrets`. */
function selectedSecrets(
  spec: ProviderSpec,
  ctx: ActivityContext
): Record<string, unknown> | undefined {
  if (!Array.isArray(spec.secrets)) return undefined
  const out: Record<string, unknown> = {}
  for (const scope of spec.secrets) {
    const values = ctx.secrets[String(scope)]
    if (values) Object.assign(out, values)
  }
  return out
}

export function createPythonProvider(options: PythonProviderOptions = {}): Provider {
  const modules = options.modules ?? new NativeModuleRegistry()
  const python = options.python === undefined ? 'python3' : options.python
  const validations = new Map<
    string,
    Promise<BridgeReply | { kind: 'no-python'; message: string }>
  >()

  function bridgeValidate(module: string, func: string, args: Record<string, unknown>) {
    const key = JSON.stringify([module, func, Object.keys(args).sort()])
    let pending = validations.get(key)
    if (pending === undefined) {
      pending =
        python === false
          ? Promise.resolve({
              kind: 'no-python' as const,
              message: 'the Python bridge is disabled'
            })
          : callBridge(
              python,
              { mode: 'validate', module, func, arguments: args },
              { env: options.env, timeoutMs: 60_000 }
            ).catch((e: unknown) => ({ kind: 'no-python' as const, message: errorMessage(e) }))
      validations.set(key, pending)
    }
    return pending
  }

  function notFound(
    module: string,
    ctx: ValidateContext,
    why: string,
    location?: SourceLocation
  ): ValidationIssue {
    const top = module.split('.')[0] ?? module
    const native = modules.modules()
    return {
      field: `/${[...ctx.path, 'module'].join('/')}`,
      message: `could not find Python module '${module}' in activity '${ctx.activityName}'`,
      expected:
        `a module chaos-action implements natively (${native.length ? native.join(', ') : 'none registered'}), ` +
        `or '${module}' importable by ${python === false ? 'python3' : python} ` +
        `(install the package that provides '${top}', e.g. pip install <package>; ${why})`,
      location
    }
  }

  return {
    type: 'python',

    async validate(spec: ProviderSpec, ctx: ValidateContext): Promise<ValidationIssue[]> {
      const at = (key: string): { field: string; location: SourceLocation | undefined } => ({
        field: `/${[...ctx.path, key].join('/')}`,
        location: ctx.locate([...ctx.path, key])
      })
      const module = spec.module
      const func = spec.func
      if (typeof module !== 'string' || module === '') {
        return [{ ...at('module'), message: 'a Python activity must have a module path' }]
      }
      if (typeof func !== 'string' || func === '') {
        return [{ ...at('func'), message: 'a Python activity must have a function name' }]
      }
      const args = argumentsOf(spec)
      const noFunc = (): ValidationIssue => ({
        ...at('func'),
        message:
          `The python module '${module}' does not expose a function called '${func}' in ` +
          `${ctx.activityType} '${ctx.activityName}'`
      })
      // chaostoolkit names the function where it means the activity in these two messages.
      const missing = (arg: string): ValidationIssue => ({
        ...at('arguments'),
        message: `required argument ${arg} is missing from activity '${func}'`
      })
      const unexpected = (arg: string): ValidationIssue => ({
        ...at('arguments'),
        message: `argument ${arg} is not part of the function signature in activity '${func}'`
      })

      await modules.ensure(module)
      if (modules.hasModule(module)) {
        const fn = modules.get(module, func)
        if (fn === undefined)
          return [{ ...noFunc(), expected: `one of ${modules.functions(module).join(', ')}` }]
        if (fn.unsupported)
          return [
            {
              ...at('func'),
              message: fn.unsupported,
              expected: 'a function chaos-action implements (see the README)'
            }
          ]
        const bound = bindArguments(fn, args)
        if (bound.ok) return []
        return [bound.kind === 'missing' ? missing(bound.arg) : unexpected(bound.arg)]
      }
      const reply = await bridgeValidate(module, func, args)
      switch (reply.kind) {
        case 'ok':
        case 'result':
        case 'raised':
          return []
        case 'no-func':
          return [noFunc()]
        case 'missing':
          return [missing(reply.arg)]
        case 'unexpected':
          return [unexpected(reply.arg)]
        case 'bind-error':
          return [{ ...at('arguments'), message: reply.message }]
        case 'import-error':
          return [notFound(module, ctx, reply.message, at('module').location)]
        case 'no-python':
          return [
            notFound(
              module,
              ctx,
              `python3 could not be run: ${reply.message}`,
              at('module').location
            )
          ]
      }
    },

    async run(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
      const module = String(spec.module)
      const func = String(spec.func)
      const args = argumentsOf(spec)
      const secrets = selectedSecrets(spec, ctx)

      await modules.ensure(module)
      const fn = modules.get(module, func)
      if (fn !== undefined) {
        const bound = bindNative(fn, func, args, secrets, ctx)
        try {
          return await fn.run(bound, ctx)
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed('python activity was interrupted')
          // A fault that reached nothing stays one, so the engine can judge (or excuse) it.
          if (error instanceof NoEffectError) throw error
          // The provider wraps whatever the function raised, so its type shows in the message.
          const kind =
            error instanceof ActivityFailed
              ? 'chaoslib.exceptions.ActivityFailed'
              : errorName(error)
          throw new ActivityFailed(`${kind}: ${errorMessage(error)}`, { cause: error })
        }
      }
      if (modules.hasModule(module))
        throw new Error(`module '${module}' has no attribute '${func}'`)
      if (python === false) throw new Error(`No module named '${module}'`)

      let reply: BridgeReply
      try {
        reply = await callBridge(
          python,
          {
            mode: 'run',
            module,
            func,
            arguments: args,
            secrets: secrets ?? null,
            configuration: ctx.configuration
          },
          { signal: ctx.signal, env: options.env }
        )
      } catch (error) {
        if (error instanceof BridgeError && ctx.signal.aborted) {
          throw new ActivityFailed('python activity was interrupted')
        }
        throw error
      }
      switch (reply.kind) {
        case 'result':
          return reply.value
        case 'raised':
          throw new ActivityFailed(reply.message)
        case 'import-error':
          // Import errors at run time are not wrapped by chaostoolkit: the experiment aborts.
          throw new Error(reply.message)
        default:
          throw new InternalError(
            `unexpected reply from the Python bridge: ${JSON.stringify(reply)}`
          )
      }
    },

    // Only native functions can say what they would affect: the bridge is never started for it.
    async preview(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown> {
      const module = String(spec.module)
      const func = String(spec.func)
      await modules.ensure(module)
      const fn = modules.get(module, func)
      if (fn?.preview === undefined) return undefined
      return fn.preview(
        bindNative(fn, func, argumentsOf(spec), selectedSecrets(spec, ctx), ctx),
        ctx
      )
    }
  }
}

/** The arguments a native function is called with, as Python would bind them. */
function bindNative(
  fn: NativeFunction,
  func: string,
  args: Record<string, unknown>,
  secrets: Record<string, unknown> | undefined,
  ctx: ActivityContext
): Record<string, unknown> {
  const bound = bindArguments(fn, args)
  if (!bound.ok) {
    // Python raises TypeError from the call, which chaostoolkit turns into ActivityFailed.
    throw new ActivityFailed(
      bound.kind === 'missing'
        ? `TypeError: ${func}() missing 1 required positional argument: ${bound.arg}`
        : `TypeError: ${func}() got an unexpected keyword argument ${bound.arg}`
    )
  }
  if (fn.takesSecrets && secrets !== undefined) bound.args.secrets = secrets
  if (fn.takesConfiguration) bound.args.configuration = { ...ctx.configuration }
  return bound.args
}

function errorName(error: unknown): string {
  if (error instanceof Error) return error.name || 'Exception'
  return 'Exception'
}
