import { NativeModuleRegistry, ProviderRegistry } from './provider.ts'
import type { NativeFunction, Provider } from './provider.ts'
import { createHttpProvider } from './http/http.ts'
import type { HttpProviderOptions } from './http/http.ts'
import { processProvider } from './process/process.ts'
import { createPythonProvider } from './python/python.ts'

export interface DefaultRegistryOptions {
  /** More providers (kubernetes, chaos-mesh, load...); a type registered here replaces a built-in. */
  providers?: Provider[]
  /** Native implementations of Python modules, reached through the `python` provider. */
  nativeModules?: NativeModuleRegistry | Record<string, Record<string, NativeFunction>>
  /** Interpreter for Python modules we don't implement natively; `false` disables it. */
  python?: string | false
  http?: HttpProviderOptions
  env?: NodeJS.ProcessEnv
}

/** Every built-in provider (process, http, python), plus what the caller adds. */
export function createDefaultRegistry(options: DefaultRegistryOptions = {}): ProviderRegistry {
  let modules: NativeModuleRegistry
  if (options.nativeModules instanceof NativeModuleRegistry) modules = options.nativeModules
  else {
    modules = new NativeModuleRegistry()
    for (const [name, fns] of Object.entries(options.nativeModules ?? {}))
      modules.register(name, fns)
  }
  const registry = new ProviderRegistry()
    .register(processProvider)
    .register(createHttpProvider(options.http))
    .register(
      createPythonProvider({
        modules,
        ...(options.python === undefined ? {} : { python: options.python }),
        ...(options.env === undefined ? {} : { env: options.env })
      })
    )
  for (const provider of options.providers ?? []) registry.register(provider)
  return registry
}

export { processProvider } from './process/process.ts'
export { createHttpProvider } from './http/http.ts'
export { createPythonProvider, bindArguments } from './python/python.ts'
