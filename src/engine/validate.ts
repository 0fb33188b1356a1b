import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv'
import { createRequire } from 'node:module'
import schema from '../../schema/experiment.schema.json' with { type: 'json' }
import type { Provider, ProviderRegistry, ValidateContext } from '../providers/provider.ts'
import { ExperimentValidationError, errorMessage, type ValidationIssue } from './errors.ts'
import {
  describeValue,
  findExperimentFiles,
  fromPointer,
  loadExperimentFile,
  toPointer,
  type LoadedExperiment
} from './load.ts'
import { AJV_OPTIONS, schemaHash } from './schema-options.ts'
import { declaredSecretValues } from './configuration.ts'
import { SecretMasker } from './secret-masker.ts'
import { SCHEMA_HASH, validate as precompiled } from './schema-validator.generated.ts'
import { validateTolerance } from './tolerance.ts'
import type { Configuration, DocPath, ProviderSpec, Secrets } from './types.ts'

export interface ValidateOptions {
  registry: ProviderRegistry
  /** The environment `{"type": "env"}` configuration and secrets will read. */
  env: Readonly<Record<string, string | undefined>>
  /** What --var / --var-file will supply: a key given here need not be in `env`. */
  overrides?: { configuration?: Configuration; secrets?: Secrets }
}

export interface LoadAndValidateOptions extends ValidateOptions {
  /** Called with each warning (accepted but ignored features), file by file. */
  onWarning?: (warning: ValidationIssue) => void
}

/** Problems (the file must not run) and warnings (accepted, but ignored by chaos-action). */
export interface CheckResult {
  issues: ValidationIssue[]
  warnings: ValidationIssue[]
}

// The published schema is the first line of defence and what editors see. The build compiles it
// ahead of time (schema-validator.generated.ts); compiling it here costs ~50 ms of every start-up,
// so that only happens when the schema changed since the last build (running from source).
declare const __CHAOS_ACTION_BUNDLED__: boolean | undefined
let compiled: ValidateFunction | undefined
function schemaValidator(): ValidateFunction {
  if (compiled === undefined) {
    // The build regenerates the module before bundling: a bundle never needs the check.
    const bundled = typeof __CHAOS_ACTION_BUNDLED__ === 'boolean' && __CHAOS_ACTION_BUNDLED__
    if (bundled || SCHEMA_HASH === schemaHash(schema)) {
      compiled = precompiled as unknown as ValidateFunction
    } else {
      // Synchronous on purpose (callers are); esbuild leaves this require alone, and dist/ is
      // always built with a fresh generated module, so the bundle never gets here.
      const { Ajv } = createRequire(import.meta.url)('ajv') as { Ajv: typeof AjvClass }
      compiled = new Ajv(AJV_OPTIONS).compile(schema)
    }
  }
  return compiled
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
// Python truthiness, which chaostoolkit's `if not x` checks rely on.
const truthy = (v: unknown): boolean =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (isObject(v) && Object.keys(v).length === 0)
  )

const NAMED_ACTIVITY = 'a non-empty string naming the activity'
const PAUSE_EXPECTED = 'a number of seconds or a `${name}` reference'

/**
 * Every problem of one experiment file: chaostoolkit's checks (its order, its messages), the
 * provider checks, then whatever else the JSON Schema finds.
 */
export async function validateExperiment(
  loaded: LoadedExperiment,
  options: ValidateOptions
): Promise<ValidationIssue[]> {
  return (await checkExperiment(loaded, options)).issues
}

/** Like validateExperiment, plus the warnings. */
export async function checkExperiment(
  loaded: LoadedExperiment,
  options: ValidateOptions
): Promise<CheckResult> {
  const checker = new Checker(loaded, options)
  await checker.run()
  return maskIssues(checker.result(), loaded, options)
}

/**
 * Problems quote the values they are about: a secret's among them is masked like in the run
 * (validation happens before the run registers the secrets with the logger).
 */
function maskIssues(
  result: CheckResult,
  loaded: LoadedExperiment,
  options: ValidateOptions
): CheckResult {
  const masker = new SecretMasker()
  masker.add(
    declaredSecretValues(loaded.experiment.secrets, options.overrides?.secrets, options.env)
  )
  if (masker.size === 0) return result
  const mask = (issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    field: masker.mask(issue.field),
    message: masker.mask(issue.message),
    ...(issue.expected === undefined ? {} : { expected: masker.mask(issue.expected) })
  })
  return { issues: result.issues.map(mask), warnings: result.warnings.map(mask) }
}

/** Warnings alone (no provider or environment needed). */
export function experimentWarnings(loaded: LoadedExperiment): ValidationIssue[] {
  const checker = new Checker(loaded, { registry: undefined, env: {} })
  checker.collectWarnings()
  checker.checkSchema()
  return checker.warnings
}

/**
 * Loads every experiment under `paths` and validates them all; throws one
 * ExperimentValidationError carrying every issue of every file, so nothing runs on a bad file.
 */
export async function loadAndValidate(
  paths: readonly string[],
  options: LoadAndValidateOptions
): Promise<LoadedExperiment[]> {
  const { experiments, warnings } = await loadAndCheck(paths, options)
  if (options.onWarning) for (const w of warnings) options.onWarning(w)
  return experiments
}

/** loadAndValidate that hands the warnings back instead of calling back. */
export async function loadAndCheck(
  paths: readonly string[],
  options: ValidateOptions
): Promise<{ experiments: LoadedExperiment[]; warnings: ValidationIssue[] }> {
  const files = await findExperimentFiles([...paths])
  const loadedOrIssues = await mapLimited(files, 16, async (file) => {
    try {
      return await loadExperimentFile(file)
    } catch (error) {
      if (error instanceof ExperimentValidationError) return [...error.issues]
      throw error
    }
  })
  const checks = await mapLimited(loadedOrIssues, 8, async (item) =>
    Array.isArray(item) ? { issues: item, warnings: [] } : checkExperiment(item, options)
  )
  const issues = checks.flatMap((c) => c.issues)
  if (issues.length > 0) throw new ExperimentValidationError(issues)
  return {
    experiments: loadedOrIssues.filter((x): x is LoadedExperiment => !Array.isArray(x)),
    warnings: checks.flatMap((c) => c.warnings)
  }
}

async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

class Checker {
  readonly issues: ValidationIssue[] = []
  readonly warnings: ValidationIssue[] = []
  readonly #loaded: LoadedExperiment
  readonly #registry: ProviderRegistry | undefined
  readonly #options: Omit<ValidateOptions, 'registry'>
  readonly #names = new Set<string>()
  readonly #seen = new Set<string>()

  constructor(
    loaded: LoadedExperiment,
    options: Omit<ValidateOptions, 'registry'> & { registry: ProviderRegistry | undefined }
  ) {
    this.#loaded = loaded
    this.#registry = options.registry
    this.#options = options
  }

  result(): CheckResult {
    return { issues: this.issues, warnings: this.warnings }
  }

  add(path: DocPath, message: string, expected?: string): void {
    this.push({ field: toPointer(path), message, ...(expected ? { expected } : {}) })
  }

  warn(path: DocPath, message: string, expected?: string): void {
    this.warnings.push({
      field: toPointer(path),
      message,
      ...(expected ? { expected } : {}),
      location: this.#loaded.locate(path)
    })
  }

  push(issue: ValidationIssue): void {
    const key = `${issue.field}\u0000${issue.message}`
    if (this.#seen.has(key)) return
    this.#seen.add(key)
    this.issues.push({
      ...issue,
      location: issue.location ?? this.#loaded.locate(fromPointer(issue.field))
    })
  }

  async run(): Promise<void> {
    const x = this.#loaded.experiment as unknown as Json
    this.collectWarnings()

    // chaostoolkit's order of concerns (ensure_experiment_is_valid).
    if (!truthy(x)) {
      this.add(
        [],
        'an empty experiment is not an experiment',
        'a mapping with `title`, `description` and `method`'
      )
    }
    if (!truthy(x.title)) this.add(['title'], 'experiment requires a title', 'a non-empty string')
    if (!truthy(x.description)) {
      this.add(['description'], 'experiment requires a description', 'a non-empty string')
    }
    if (Array.isArray(x.tags)) {
      x.tags.forEach((tag, i) => {
        if (typeof tag !== 'string' || tag === '') {
          this.add(['tags', i], 'experiment tags must be a non-empty string', 'a non-empty string')
        }
      })
    }
    if (Array.isArray(x.extensions)) {
      x.extensions.forEach((ext, i) => {
        if (!isObject(ext) || !truthy(ext.name)) {
          this.add(
            ['extensions', i, 'name'],
            'All extensions require a non-empty name',
            'a non-empty string'
          )
        }
      })
    }
    this.checkConfiguration(x.configuration)
    this.checkSecrets(x.secrets)

    const hypo = x['steady-state-hypothesis']
    const probes = isObject(hypo) && Array.isArray(hypo.probes) ? hypo.probes : []
    const method = Array.isArray(x.method) ? x.method : []
    // Refs resolve against the method and the hypothesis (chaostoolkit's lookup cache).
    for (const a of [...method, ...probes]) {
      if (isObject(a) && a.ref == null && typeof a.name === 'string') this.#names.add(a.name)
    }

    if (isObject(hypo)) {
      const base = ['steady-state-hypothesis']
      if (!truthy(hypo.title)) {
        this.add([...base, 'title'], 'hypothesis requires a title', 'a non-empty string')
      }
      for (const [i, probe] of probes.entries()) {
        const path = [...base, 'probes', i]
        await this.checkActivity(probe, path)
        if (!isObject(probe)) continue
        if (!('tolerance' in probe)) {
          this.add(
            [...path, 'tolerance'],
            'hypothesis probe must have a tolerance entry',
            'a tolerance: a boolean, an integer, a string, a list, or a regex/jsonpath/range/probe mapping'
          )
        } else {
          await this.checkTolerance(probe.tolerance, [...path, 'tolerance'])
        }
        this.checkRef(probe, path)
      }
    }

    if (x.method === undefined || x.method === null) {
      // chaostoolkit's text, trailing space included.
      this.add(
        ['method'],
        'an experiment requires a method, which can be empty for only checking steady state hypothesis ',
        'a list of activities (may be empty)'
      )
    }
    for (const [i, activity] of method.entries()) {
      await this.checkActivity(activity, ['method', i])
      this.checkRef(activity, ['method', i])
    }
    if (Array.isArray(x.rollbacks)) {
      for (const [i, activity] of x.rollbacks.entries()) {
        await this.checkActivity(activity, ['rollbacks', i])
        this.checkRef(activity, ['rollbacks', i])
      }
    }

    this.checkSchema()
  }

  checkRef(activity: unknown, path: DocPath): void {
    if (!isObject(activity) || typeof activity.ref !== 'string' || activity.ref === '') return
    if (this.#names.has(activity.ref)) return
    const names = [...this.#names]
    const known =
      names.length === 0
        ? 'no activity in the method or the hypothesis has a name'
        : `one of ${names
            .slice(0, 10)
            .map((n) => `'${n}'`)
            .join(', ')}${names.length > 10 ? ', ...' : ''}`
    this.add(
      [...path, 'ref'],
      `referenced activity '${activity.ref}' could not be found in the experiment`,
      `the name of an activity of the method or the steady-state hypothesis (${known})`
    )
  }

  /** chaostoolkit's ensure_activity_is_valid, reporting every problem instead of the first. */
  async checkActivity(activity: unknown, path: DocPath): Promise<void> {
    if (!truthy(activity)) {
      this.add(path, 'empty activity is no activity', 'an activity mapping or `{"ref": "name"}`')
      return
    }
    if (!isObject(activity)) return // a wrong type: the schema says so
    if (activity.ref !== undefined && activity.ref !== null) {
      if (typeof activity.ref !== 'string' || activity.ref === '') {
        this.add(
          [...path, 'ref'],
          'reference to activity must be non-empty strings',
          NAMED_ACTIVITY
        )
      }
      return
    }
    if (!truthy(activity.type)) {
      this.add([...path, 'type'], 'an activity must have a type', "'probe' or 'action'")
    } else if (activity.type !== 'probe' && activity.type !== 'action') {
      this.add(
        [...path, 'type'],
        `'${String(activity.type)}' is not a supported activity type`,
        "'probe' or 'action'"
      )
    }
    if (!truthy(activity.name))
      this.add([...path, 'name'], 'an activity must have a name', NAMED_ACTIVITY)

    let provider: Provider | undefined
    const spec = activity.provider
    if (!truthy(spec)) {
      this.add(
        [...path, 'provider'],
        'an activity requires a provider',
        'a mapping with a provider `type`'
      )
    } else if (isObject(spec)) {
      if (!truthy(spec.type)) {
        this.add([...path, 'provider', 'type'], 'a provider must have a type', this.providerTypes())
      } else if (typeof spec.type === 'string' && this.#registry !== undefined) {
        provider = this.#registry.get(spec.type)
        if (provider === undefined) {
          this.add(
            [...path, 'provider', 'type'],
            `unknown provider type '${spec.type}'`,
            this.providerTypes()
          )
        }
      }
    }

    if (
      activity.timeout !== undefined &&
      activity.timeout !== null &&
      !isNumber(activity.timeout)
    ) {
      this.add([...path, 'timeout'], 'activity timeout must be a number', 'a number of seconds')
    }
    if (isObject(activity.pauses)) {
      for (const when of ['before', 'after'] as const) {
        const pause = activity.pauses[when]
        if (pause === undefined || pause === null || isNumber(pause)) continue
        if (typeof pause === 'string' && pause.startsWith('${') && pause.endsWith('}')) continue
        this.add(
          [...path, 'pauses', when],
          `activity ${when} pause must be a number or a pattern to a variable from the configuration or secrets`,
          PAUSE_EXPECTED
        )
      }
    }
    if ('background' in activity && typeof activity.background !== 'boolean') {
      this.add([...path, 'background'], 'activity background must be a boolean', 'true or false')
    }

    if (provider?.validate !== undefined && isObject(spec)) {
      await this.checkProvider(provider, spec as ProviderSpec, activity, path)
    }
  }

  async checkProvider(
    provider: Provider,
    spec: ProviderSpec,
    activity: Json,
    path: DocPath
  ): Promise<void> {
    const ctx: ValidateContext = {
      path: [...path, 'provider'],
      locate: (p) => this.#loaded.locate(p),
      activityName: typeof activity.name === 'string' ? activity.name : '',
      activityType: activity.type === 'action' ? 'action' : 'probe'
    }
    try {
      for (const issue of (await provider.validate?.(spec, ctx)) ?? []) {
        const expected =
          issue.expected ??
          expectedFromSchema(spec.type, issue.field) ??
          `what the ${spec.type} provider accepts`
        this.push({ ...issue, expected })
      }
    } catch (error) {
      this.add(
        [...path, 'provider'],
        `the ${spec.type} provider could not check this activity: ${errorMessage(error)}`,
        'a provider block its provider accepts'
      )
    }
  }

  async checkTolerance(tolerance: unknown, path: DocPath): Promise<void> {
    const base = toPointer(path)
    for (const problem of validateTolerance(tolerance)) {
      this.push({
        ...problem,
        field: base + problem.field,
        expected: problem.expected ?? TOLERANCE_PART_EXPECTED[problem.field] ?? TOLERANCE_EXPECTED
      })
    }
    // chaostoolkit validates a probe tolerance as an activity of its own.
    if (isObject(tolerance) && tolerance.type === 'probe') {
      await this.checkActivity(tolerance, path)
      // The output is passed as provider.arguments.value; without `arguments` the run would crash.
      const provider = tolerance.provider
      if (isObject(provider) && !isObject(provider.arguments)) {
        this.add(
          [...path, 'provider', 'arguments'],
          `probe tolerance '${String(tolerance.name)}' needs provider.arguments to receive the probe output as \`value\``,
          'a mapping of arguments (may be empty: `{}`)'
        )
      }
    }
  }

  checkConfiguration(configuration: unknown): void {
    if (!isObject(configuration)) return
    const overridden = this.#options.overrides?.configuration ?? {}
    for (const [key, value] of Object.entries(configuration)) {
      if (!isObject(value) || value.type !== 'env') continue
      if (typeof value.key !== 'string' || value.key === '') continue // the schema says so
      if (key in overridden || 'default' in value) continue
      if (this.#options.env[value.key] !== undefined) continue
      this.add(
        ['configuration', key, 'key'],
        `Configuration makes reference to an environment key that does not exist: ${value.key}`,
        `the environment variable ${value.key} to be set, a \`default\`, or --var ${key}=...`
      )
    }
  }

  checkSecrets(secrets: unknown): void {
    if (!isObject(secrets)) return
    const overridden = this.#options.overrides?.secrets ?? {}
    const visit = (value: unknown, path: (string | number)[], depth: number): void => {
      if (!isObject(value) || depth > 32) return
      if (value.type === 'env' && typeof value.key === 'string') {
        if (this.#options.env[value.key] === undefined) {
          this.add(
            [...path, 'key'],
            `Secrets make reference to an environment key that does not exist: ${value.key}`,
            `the environment variable ${value.key} to be set, or the scope given in a --var-file`
          )
        }
        return
      }
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1)
    }
    for (const [scope, entries] of Object.entries(secrets)) {
      if (scope in overridden) continue // a var file replaces the whole scope
      visit(entries, ['secrets', scope], 0)
    }
  }

  providerTypes(): string {
    const types = this.#registry?.types() ?? []
    return types.length === 0
      ? 'a registered provider type (none are registered)'
      : `one of the registered provider types: ${types.join(', ')}`
  }

  /** Schema problems not already reported by the checks above, in file order. */
  checkSchema(): void {
    const validate = schemaValidator()
    if (validate(this.#loaded.experiment)) return
    const reported = this.issues.map((i) => i.field)
    const covered = (field: string): boolean =>
      reported.some((r) => field === r || field.startsWith(r === '' ? '/' : `${r}/`))
    const fresh: ValidationIssue[] = []
    for (const issue of schemaIssues(validate.errors ?? [])) {
      if (covered(issue.field)) continue
      // chaostoolkit never reads a method or rollback tolerance: a bad one only earns a warning.
      if (/^\/(method|rollbacks)\/\d+\/tolerance(\/|$)/.test(issue.field)) {
        this.warnings.push({
          ...issue,
          message: `${issue.message} (tolerances outside the hypothesis are ignored)`,
          location: this.#loaded.locate(fromPointer(issue.field))
        })
        continue
      }
      fresh.push(issue)
    }
    const line = (i: ValidationIssue): number => i.location?.line ?? 0
    const located = fresh.map((i) => ({
      ...i,
      location: this.#loaded.locate(fromPointer(i.field))
    }))
    located.sort((a, b) => line(a) - line(b))
    for (const issue of located) this.push(issue)
  }

  /** Things chaos-action accepts but does not act on. */
  collectWarnings(): void {
    this.warnings.push(...(this.#loaded.loadWarnings ?? []))
    const x = this.#loaded.experiment as unknown as Json
    const controls = (owner: unknown, path: DocPath): void => {
      if (isObject(owner) && Array.isArray(owner.controls) && owner.controls.length > 0) {
        this.warn(
          [...path, 'controls'],
          'controls are Python-only: chaos-action accepts them and does not run them',
          'no `controls` (they have no effect here)'
        )
      }
    }
    controls(x, [])
    controls(x['steady-state-hypothesis'], ['steady-state-hypothesis'])
    if (Array.isArray(x.contributions)) {
      this.warn(
        ['contributions'],
        '`contributions` is a list: it is metadata that neither chaostoolkit nor chaos-action ' +
          'reads, so it is accepted and ignored',
        'a mapping of quality to level, e.g. `contributions: {availability: high}`'
      )
    }
    const hypo = x['steady-state-hypothesis']
    const lists: [string[], unknown][] = [
      [['steady-state-hypothesis', 'probes'], isObject(hypo) ? hypo.probes : undefined],
      [['method'], x.method],
      [['rollbacks'], x.rollbacks]
    ]
    for (const [base, list] of lists) {
      if (!Array.isArray(list)) continue
      list.forEach((activity: unknown, i) => {
        if (!isObject(activity)) return
        const path = [...base, i]
        controls(activity, path)
        if (isNumber(activity.timeout)) {
          this.warn(
            [...path, 'timeout'],
            'activity-level `timeout` is accepted but never enforced (as in chaostoolkit)',
            'a `timeout` in the provider block, which is enforced'
          )
        }
        if (activity.configuration !== undefined) {
          this.warn(
            [...path, 'configuration'],
            'per-activity `configuration` is ignored (as in chaostoolkit)',
            'configuration at the top level of the experiment'
          )
        }
        const provider = activity.provider
        if (isObject(provider) && provider.type === 'process' && isObject(provider.arguments)) {
          this.warn(
            [...path, 'provider', 'arguments'],
            'process arguments as a mapping are deprecated (flattened to key, value, ...)',
            'a list of arguments or a string'
          )
        }
        if (
          isObject(provider) &&
          provider.type === 'http' &&
          provider.expected_status !== undefined
        ) {
          this.warn(
            [...path, 'provider', 'expected_status'],
            '`expected_status` is ignored (as in chaostoolkit)',
            'a `tolerance` on the probe, e.g. `tolerance: 200`'
          )
        }
      })
    }
  }
}

const TOLERANCE_EXPECTED =
  'a boolean, an integer, a string, a list (a pair is a range), or a mapping with `type` regex, jsonpath, range or probe'

// What each part of a tolerance should be, for issues that don't say.
const TOLERANCE_PART_EXPECTED: Record<string, string> = {
  '/pattern': 'a regular expression string',
  '/path': 'a non-empty jsonpath2 string, e.g. `$.items[*].status`',
  '/range': 'a list of two numbers, `[lower, upper]`',
  '/range/0': 'a number',
  '/range/1': 'a number'
}

// ---- ajv errors in words ------------------------------------------------------------------------

type SchemaNode = Record<string, unknown>
const definitions = (schema as { definitions: Record<string, SchemaNode> }).definitions

function resolveRef(node: unknown): SchemaNode | undefined {
  let current = node
  for (let i = 0; i < 8 && isObject(current) && typeof current.$ref === 'string'; i++) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1]
    current = name === undefined ? undefined : definitions[name]
  }
  return isObject(current) ? current : undefined
}

const A_TYPE: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'null'
}

function orList(words: string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value)
}

/** What a schema accepts, in words: "a non-empty string", "one of 'probe', 'action'". */
export function describeSchema(node: unknown, depth = 0): string {
  const s = resolveRef(node)
  if (s === undefined || depth > 4) return 'any value'
  if ('const' in s) return quote(s.const)
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(quote).join(', ')}`
  const branches = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined
  if (branches) return orList(branches.map((b) => describeSchema(b, depth + 1)))
  const types = Array.isArray(s.type)
    ? (s.type as string[])
    : typeof s.type === 'string'
      ? [s.type]
      : []
  if (types.length === 0) return 'any value'
  return orList(types.map((t) => describeType(t, s, depth)))
}

function describeType(type: string, s: SchemaNode, depth: number): string {
  switch (type) {
    case 'string':
      if (typeof s.pattern === 'string') return 'a `${name}` reference'
      return s.minLength === 1 ? 'a non-empty string' : 'a string'
    case 'number':
    case 'integer': {
      const base = type === 'number' ? 'number' : 'integer'
      if (s.exclusiveMinimum === 0) return `a positive ${base}`
      if (s.minimum === 0) return `a non-negative ${base}`
      return A_TYPE[type] ?? type
    }
    case 'array': {
      const parts: string[] = []
      if (typeof s.minItems === 'number' && s.minItems === s.maxItems)
        parts.push(`exactly ${s.minItems} items`)
      if (s.items !== undefined) parts.push(`each ${describeSchema(s.items, depth + 1)}`)
      return parts.length === 0 ? 'a list' : `a list (${parts.join(', ')})`
    }
    case 'object': {
      const required = Array.isArray(s.required) ? (s.required as string[]) : []
      return required.length === 0
        ? 'a mapping'
        : `a mapping with ${required.map((r) => `\`${r}\``).join(', ')}`
    }
    default:
      return A_TYPE[type] ?? type
  }
}

function expectedFromSchema(providerType: unknown, field: string): string | undefined {
  const key = field.split('/').pop()
  const def = typeof providerType === 'string' ? definitions[`${providerType}Provider`] : undefined
  const props = def && isObject(def.properties) ? def.properties : undefined
  return props && key !== undefined && key in props ? describeSchema(props[key]) : undefined
}

function lastName(pointer: string): string {
  const segments = fromPointer(pointer)
  const last = segments[segments.length - 1]
  return last === undefined
    ? 'the experiment'
    : typeof last === 'number'
      ? `item ${last}`
      : `\`${last}\``
}

/** ajv's errors as issues: one per problem, no if/anyOf branch noise. */
export function schemaIssues(errors: readonly ErrorObject[]): ValidationIssue[] {
  // An anyOf reports its own failure plus each branch's; keep only the anyOf.
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')
  const inBranch = (e: ErrorObject): boolean =>
    anyOfs.some(
      (a) =>
        a !== e &&
        e.instancePath.startsWith(a.instancePath) &&
        e.schemaPath.startsWith(`${a.schemaPath}/`)
    )
  const out: ValidationIssue[] = []
  const seen = new Set<string>()
  for (const e of errors) {
    if (e.keyword === 'if' || inBranch(e)) continue
    const issue = schemaIssue(e)
    const key = `${issue.field}\u0000${issue.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(issue)
  }
  return out
}

function schemaIssue(e: ErrorObject): ValidationIssue {
  const parent = e.parentSchema as SchemaNode | undefined
  const field = e.instancePath
  const name = lastName(field)
  switch (e.keyword) {
    case 'required': {
      const missing = String((e.params as { missingProperty: string }).missingProperty)
      const props = parent && isObject(parent.properties) ? parent.properties : {}
      return {
        field: `${field}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `missing required field \`${missing}\``,
        expected: describeSchema(props[missing])
      }
    }
    case 'type':
      return {
        field,
        message: `wrong type for ${name}: found ${describeValue(e.data)}`,
        expected: describeSchema(parent)
      }
    case 'enum':
    case 'const':
      return {
        field,
        message: `unsupported value ${quote(e.data)} for ${name}`,
        expected: describeSchema(parent)
      }
    case 'minLength':
      return { field, message: `${name} is empty`, expected: describeSchema(parent) }
    case 'pattern':
      return {
        field,
        message: `invalid value ${quote(e.data)} for ${name}`,
        expected: describeSchema(parent)
      }
    case 'minimum':
    case 'exclusiveMinimum':
      return {
        field,
        message: `${name} is too small: ${String(e.data)}`,
        expected: describeSchema(parent)
      }
    case 'minItems':
    case 'maxItems':
      return {
        field,
        message: `${name} has ${Array.isArray(e.data) ? e.data.length : '?'} items`,
        expected: describeSchema(parent)
      }
    case 'anyOf':
    case 'oneOf':
      return {
        field,
        message: `invalid value for ${name}: found ${describeValue(e.data)}`,
        expected: describeSchema(parent)
      }
    default:
      return {
        field,
        message: `${name} ${e.message ?? 'is invalid'}`,
        expected: describeSchema(parent)
      }
  }
}
