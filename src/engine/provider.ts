import type { ValidationIssue } from './errors.ts'
import type { Logger } from './logger.ts'
import type {
  Activity,
  Configuration,
  DocPath,
  Json,
  ProviderSpec,
  Secrets,
  SourceLocation
} from './types.ts'

/**
 * Something a provider started that outlives the activity that started it (a fault switched on, a
 * Chaos Mesh object, a proxy, background load). The engine undoes whatever is still tracked after
 * the rollbacks, and persists `data` so the action's post step can undo it after a hard kill.
 */
export interface TrackedResource {
  /** Registered provider type that can undo it from `data` alone (see Provider.cleanupPersisted). */
  provider: string
  kind: string
  description: string
  data: Json
  /** Undo in-process. */
  undo(signal: AbortSignal): Promise<void>
}

export interface ResourceTracker {
  /** Start tracking; the returned function stops tracking once the provider undid it itself. */
  track(resource: TrackedResource): () => void
}

/**
 * RunState key the engine sets to false when the method starts and true once its foreground
 * activities are done: background activities that last "until the method ends" watch it.
 */
export const METHOD_FOREGROUND_DONE = 'method:foreground-done'

/** Per-run shared state providers may use to talk to each other (e.g. load windows, proxies). */
export interface RunState {
  get<T>(key: string): T | undefined
  set(key: string, value: unknown): void
}

export interface ActivityContext {
  /** The activity as declared (after ref resolution), before substitution. */
  activity: Activity
  /** The provider block with `${...}` substitution already applied where chaostoolkit applies it. */
  configuration: Configuration
  secrets: Secrets
  logger: Logger
  /** Aborted when the run is interrupted or the activity's deadline passes. */
  signal: AbortSignal
  runId: string
  /** The experiment file this activity comes from. */
  experimentFile: string
  location?: SourceLocation
  resources: ResourceTracker
  state: RunState
  /** True while running rollbacks (providers may choose not to track new resources then). */
  inRollback: boolean
  /**
   * W3C `traceparent` of this activity's span when tracing is on (OTEL_EXPORTER_OTLP_ENDPOINT):
   * providers that send HTTP requests add it, so the service's traces join the experiment's.
   */
  traceparent?: string
}

export interface ValidateContext {
  /** Path of the provider block in the document, for issue fields. */
  path: DocPath
  /** Maps a path in the document to a line. */
  locate(path: DocPath): SourceLocation | undefined
  activityName: string
  activityType: 'probe' | 'action'
}

/**
 * Collects a provider's validation issues at fields of its block, each located at its line
 * (falling back to the nearest line that exists).
 */
export function issueCollector(ctx: ValidateContext): {
  issues: ValidationIssue[]
  add(field: string, message: string, expected: string): void
} {
  const issues: ValidationIssue[] = []
  const base = '/' + ctx.path.join('/')
  return {
    issues,
    add(field, message, expected) {
      const location = ctx.locate([...ctx.path, field])
      issues.push({
        field: `${base}/${field}`,
        message,
        expected,
        ...(location ? { location } : {})
      })
    }
  }
}

export interface Provider {
  /** The `provider.type` this handles: `process`, `http`, `python`, `kubernetes`, `load`... */
  readonly type: string
  /** Provider-specific checks beyond the JSON Schema. Return every problem found. */
  validate?(
    spec: ProviderSpec,
    ctx: ValidateContext
  ): ValidationIssue[] | Promise<ValidationIssue[]>
  /**
   * Runs the activity and returns its output (what goes into the journal). Throws ActivityFailed
   * when the activity could not do its work; other errors abort the experiment, as in chaostoolkit.
   */
  run(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown>
  /**
   * What `run` would do, touching nothing: called instead of `run` when a dry mode skips an
   * action. The result becomes the activity's output (a string `summary` in it is logged as
   * "would affect: ..."); `undefined` means nothing to preview and the output stays null. A throw
   * fails nothing: the engine records the error as the output.
   */
  preview?(spec: ProviderSpec, ctx: ActivityContext): Promise<unknown>
  /** Undoes a resource recorded by a process that no longer runs (the action's post step). */
  cleanupPersisted?(
    resource: { kind: string; description: string; data: Json },
    ctx: { logger: Logger; signal: AbortSignal }
  ): Promise<void>
  /**
   * Removes every object this provider created for run `runId` that is still there, found by the
   * run's label rather than the ledger (the action's post step: a kill between creating an object
   * and recording it leaves no ledger entry). Providers that create nothing outside the process
   * leave it out. Returns what it removed; throws naming what it could not remove.
   */
  cleanupRun?(runId: string, ctx: RunCleanupContext): Promise<string[]>
  /** Called once when the run ends, to close clients, watches and sockets. */
  close?(): Promise<void>
}

export interface RunCleanupContext {
  logger: Logger
  signal: AbortSignal
  /**
   * The namespaces the run was allowed to touch: where to look when listing every namespace is
   * forbidden. Empty (or holding `*`) means there is nowhere narrower to look.
   */
  namespaces: readonly string[]
}

/** Providers by type. The engine only ever looks providers up here. */
export class ProviderRegistry {
  readonly #providers = new Map<string, Provider>()

  register(provider: Provider): this {
    this.#providers.set(provider.type, provider)
    return this
  }

  get(type: string): Provider | undefined {
    return this.#providers.get(type)
  }

  has(type: string): boolean {
    return this.#providers.has(type)
  }

  types(): string[] {
    return [...this.#providers.keys()].sort()
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.#providers.values()].map((p) => p.close?.()))
  }
}

/**
 * A function exposed to experiments as a `python` provider (`module` + `func`), implemented
 * natively. `params` mirror the Python signature so argument binding errors match chaostoolkit's.
 */
export interface NativeFunction {
  params: readonly NativeParam[]
  /** Whether the Python function takes `secrets` / `configuration`. */
  takesSecrets?: boolean
  takesConfiguration?: boolean
  /**
   * Set when the function is known but not implemented natively: validation reports this message
   * (e.g. "chaosk8s.pod.actions.exec_in_pods is not supported natively yet") instead of binding.
   */
  unsupported?: string
  run(args: Record<string, unknown>, ctx: ActivityContext): Promise<unknown>
  /** What `run` would do, touching nothing (see Provider.preview); same bound arguments. */
  preview?(args: Record<string, unknown>, ctx: ActivityContext): Promise<unknown>
}

export interface NativeParam {
  name: string
  /** Absent means required. */
  default?: unknown
  /** Accepts **kwargs: any extra argument binds. */
  variadicKeywords?: boolean
}

/** Native implementations of Python modules, e.g. `chaosk8s.pod.actions`. */
export class NativeModuleRegistry {
  readonly #modules = new Map<string, Map<string, NativeFunction>>()
  readonly #loaders: { prefix: string; load: () => Promise<void>; loading?: Promise<void> }[] = []

  /**
   * Registers modules on first use: `load` runs (once) when a module under `prefix` is needed, so
   * heavy clients (Kubernetes, Prometheus) load only for experiments that name them.
   */
  addLoader(prefix: string, load: () => Promise<void>): this {
    this.#loaders.push({ prefix, load })
    return this
  }

  /** Runs the loaders whose prefix covers `module`; call before hasModule/get. */
  async ensure(module: string): Promise<void> {
    for (const loader of this.#loaders) {
      if (module === loader.prefix || module.startsWith(`${loader.prefix}.`)) {
        loader.loading ??= loader.load()
        await loader.loading
      }
    }
  }

  register(module: string, functions: Record<string, NativeFunction>): this {
    const existing = this.#modules.get(module) ?? new Map<string, NativeFunction>()
    for (const [name, fn] of Object.entries(functions)) existing.set(name, fn)
    this.#modules.set(module, existing)
    return this
  }

  hasModule(module: string): boolean {
    return this.#modules.has(module)
  }

  get(module: string, func: string): NativeFunction | undefined {
    return this.#modules.get(module)?.get(func)
  }

  functions(module: string): string[] {
    return [...(this.#modules.get(module)?.keys() ?? [])].sort()
  }

  modules(): string[] {
    return [...this.#modules.keys()].sort()
  }
}
