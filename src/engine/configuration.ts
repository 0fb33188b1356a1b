/**
 * Configuration and secrets as chaostoolkit loads them (chaostoolkit-semantics.md §1.4, §1.5, §7):
 * literals, `{type: env}` lookups, `--var key[:type]=value` and `--var-file` overrides, and
 * dynamic configuration (`{type: probe}` values run before the experiment).
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { InterruptedError, UsageError, UserError, errorMessage } from './errors.ts'
import { silentLogger, type Logger } from './logger.ts'
import type { Activity, Configuration, Secrets } from './types.ts'

export type Env = Record<string, string | undefined>

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

// ---------------------------------------------------------------------------------------------
// Type conversion (chaoslib's convert_to_type)

export const VAR_TYPES = [
  'str',
  'string',
  'int',
  'integer',
  'float',
  'number',
  'bytes',
  'bool',
  'json'
] as const

const INT_RE = /^[+-]?\d+(?:_\d+)*$/
const FLOAT_RE =
  /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/
const FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i

/** Thrown by convertToType with Python's own wording of the failure. */
class ConversionError extends Error {}

function pyRepr(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}

/**
 * Python's `convert_to_type(type, value)`. `bytes` stay a JS string (Python would make bytes, which
 * chaostoolkit can't even write to the journal); floats are JS numbers, so `1.0` becomes `1`.
 */
export function convertToType(type: string | null | undefined, value: unknown): unknown {
  if (type === null || type === undefined || type === 'str' || type === 'string') return value
  switch (type) {
    case 'int':
    case 'integer': {
      if (typeof value === 'boolean') return value ? 1 : 0
      if (typeof value === 'number') {
        if (!Number.isFinite(value))
          throw new ConversionError(`cannot convert float ${value} to integer`)
        return Math.trunc(value)
      }
      if (typeof value !== 'string')
        throw new ConversionError(`int() can't convert ${typeName(value)}`)
      const text = value.trim()
      if (!INT_RE.test(text)) {
        throw new ConversionError(`invalid literal for int() with base 10: ${pyRepr(value)}`)
      }
      return Number(text.replaceAll('_', ''))
    }
    case 'float':
    case 'number': {
      if (typeof value === 'boolean') return value ? 1 : 0
      if (typeof value === 'number') return value
      if (typeof value !== 'string') {
        throw new ConversionError(
          `float() argument must be a string or a real number, not '${typeName(value)}'`
        )
      }
      const text = value.trim()
      const special = FLOAT_SPECIAL_RE.exec(text)
      if (special) {
        if (special[2]!.toLowerCase() === 'nan') return Number.NaN
        return special[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
      }
      if (!FLOAT_RE.test(text)) {
        throw new ConversionError(`could not convert string to float: ${pyRepr(value)}`)
      }
      return Number(text.replaceAll('_', ''))
    }
    case 'bytes':
      if (typeof value !== 'string') {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'encode'`)
      }
      return value
    case 'bool':
      if (typeof value === 'boolean') return value
      if (typeof value !== 'string') {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'lower'`)
      }
      return !['false', '0', 'no'].includes(value.toLowerCase())
    case 'json':
      if (value === '' || value === null || value === undefined) return value
      if (typeof value !== 'string') return value
      try {
        return JSON.parse(value)
      } catch (error) {
        throw new ConversionError(`invalid JSON: ${errorMessage(error)}`)
      }
    default:
      throw new ConversionError('variable type can only be: bool, str, int, float, bytes or json')
  }
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'string') return 'str'
  return Array.isArray(value) ? 'list' : 'dict'
}

// ---------------------------------------------------------------------------------------------
// --var and --var-file

/** Parses one `--var key[:type]=value`. Throws UsageError with a one-line reason. */
export function parseVar(text: string): { key: string; value: unknown } {
  const eq = text.indexOf('=')
  if (eq < 0) {
    throw new UsageError(
      `invalid --var '${text}': var needs to be in the format name[:type]=value`,
      `e.g. --var port:int=8080 (types: ${VAR_TYPES.join(', ')})`
    )
  }
  let key = text.slice(0, eq)
  const raw = text.slice(eq + 1)
  let type: string | undefined
  const colon = key.lastIndexOf(':')
  if (colon >= 0) {
    type = key.slice(colon + 1)
    key = key.slice(0, colon)
  }
  if (!key) {
    throw new UsageError(`invalid --var '${text}': the name before '=' is empty`)
  }
  try {
    return { key, value: convertToType(type, raw) }
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error
    throw new UsageError(
      `invalid --var '${text}': ${error.message}`,
      `types: ${VAR_TYPES.join(', ')}`
    )
  }
}

export interface VarFileContent {
  /** Configuration overrides; values may be full definitions (`{type: env, ...}`). */
  configuration: Configuration
  /** Secret overrides by scope; a scope given here replaces the experiment's whole scope. */
  secrets: Secrets
  /** From a `.env`-style file: variables to put in the environment before validation. */
  env: Record<string, string>
}

/**
 * Reads a `--var-file`: `.json`, `.yaml` or `.yml` holding `{configuration?, secrets?}`; any other
 * file is `.env` style (`K=V` lines, `#` comments). Like chaostoolkit, a JSON/YAML file whose data
 * is empty (`{}`, null) is read as `.env` lines too. Unlike chaostoolkit (which logs and skips
 * it), a file that doesn't parse is a UsageError: a CI run should not go on without its variables.
 */
export async function loadVarFile(path: string): Promise<VarFileContent> {
  let content: string
  try {
    content = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `var file '${path}' does not exist`
        : `cannot read var file '${path}': ${errorMessage(error)}`
    )
  }
  const empty: VarFileContent = { configuration: {}, secrets: {}, env: {} }
  if (!content) return empty
  const ext = extname(path)
  let data: unknown
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') {
    try {
      data = ext === '.json' ? JSON.parse(content) : parseYaml(content)
    } catch (error) {
      throw new UsageError(`failed to parse var file '${path}': ${errorMessage(error)}`)
    }
  }
  if (!pyTruthyData(data)) return { ...empty, env: parseEnvLines(path, content) }
  if (!isDict(data)) {
    throw new UsageError(
      `var file '${path}' must hold an object with 'configuration' and/or 'secrets'`
    )
  }
  const configuration = data.configuration ?? {}
  const secrets = data.secrets ?? {}
  if (!isDict(configuration))
    throw new UsageError(`var file '${path}': 'configuration' must be an object`)
  if (!isDict(secrets) || !Object.values(secrets).every(isDict)) {
    throw new UsageError(`var file '${path}': 'secrets' must map scope names to objects`)
  }
  return { configuration, secrets: secrets as Secrets, env: {} }
}

function pyTruthyData(data: unknown): boolean {
  if (data === null || data === undefined || data === false || data === 0 || data === '')
    return false
  if (Array.isArray(data)) return data.length > 0
  if (isDict(data)) return Object.keys(data).length > 0
  return true
}

function parseEnvLines(path: string, content: string): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [i, rawLine] of content.split('\n').entries()) {
    const line = rawLine.trim()
    if (!line || line.startsWith('#')) continue
    const eq = line.indexOf('=')
    if (eq < 0) throw new UsageError(`var file '${path}' line ${i + 1}: expected KEY=VALUE`)
    // As chaostoolkit: no quote handling, no `export`, the value is everything after the first `=`.
    env[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return env
}

/**
 * Merges var files (later files win) and `--var` values (which win over files) into the
 * overrides handed to loadConfiguration / loadSecrets, plus the env entries to inject.
 */
export function mergeVars(files: readonly VarFileContent[], vars: Record<string, unknown> = {}) {
  const merged: VarFileContent = { configuration: {}, secrets: {}, env: {} }
  for (const file of files) {
    Object.assign(merged.configuration, file.configuration)
    Object.assign(merged.secrets, file.secrets)
    Object.assign(merged.env, file.env)
  }
  Object.assign(merged.configuration, vars)
  return merged
}

// ---------------------------------------------------------------------------------------------
// Configuration and secrets

export interface LoadConfigurationOptions {
  /**
   * Also add override keys the experiment does not declare. chaostoolkit ignores them (issues
   * chaostoolkit#269, #314); off by default for parity.
   */
  allowUndeclared?: boolean
}

/**
 * Resolves the experiment's configuration. An override (from --var / --var-file) replaces the
 * declared value of the same key before it is resolved, so it may itself be an env definition.
 * Other values, nested objects included, are kept as they are (env lookups are top-level only).
 */
export function loadConfiguration(
  declared: Record<string, unknown> | null | undefined,
  overrides: Record<string, unknown> | null | undefined,
  env: Env,
  options: LoadConfigurationOptions = {}
): Configuration {
  const extra = { ...overrides }
  const conf: Configuration = {}
  const resolve = (key: string, value: unknown) => {
    if (isDict(value) && value.type === 'env') {
      const envKey = value.key
      if (typeof envKey !== 'string' || !envKey) {
        throw new UserError(`configuration '${key}' has type env but no 'key' naming the variable`)
      }
      const present = Object.hasOwn(env, envKey) && env[envKey] !== undefined
      if (!present && !Object.hasOwn(value, 'default')) {
        throw new UserError(
          `Configuration makes reference to an environment key that does not exist: ${envKey}`,
          {
            code: 'CHAOS_MISSING_ENV',
            advice: `set ${envKey}, give the configuration a default, or override '${key}' with --var`
          }
        )
      }
      const raw = present ? env[envKey] : value.default
      try {
        conf[key] = convertToType(value.env_var_type as string | undefined, raw)
      } catch (error) {
        if (!(error instanceof ConversionError)) throw error
        throw new UserError(
          `configuration '${key}': cannot convert ${present ? `environment variable ${envKey}` : 'the default'} to ${String(value.env_var_type)}: ${error.message}`
        )
      }
      return
    }
    conf[key] = value
  }
  for (const [key, value] of Object.entries(declared ?? {})) {
    if (Object.hasOwn(extra, key)) {
      resolve(key, extra[key])
      delete extra[key]
    } else {
      resolve(key, value)
    }
  }
  if (options.allowUndeclared) for (const [key, value] of Object.entries(extra)) resolve(key, value)
  return conf
}

/**
 * Resolves secrets: `{type: env, key}` at any depth (no default), a scope replaced whole by an
 * override of the same name, vault refused.
 */
export function loadSecrets(
  declared: Record<string, unknown> | null | undefined,
  overrides: Record<string, unknown> | null | undefined,
  env: Env
): Secrets {
  const walk = (info: Dict, extra: Dict | undefined, path: string): Dict => {
    const out: Dict = {}
    for (const [key, value] of Object.entries(info)) {
      if (!isDict(value)) {
        out[key] = value
        continue
      }
      const override = extra?.[key]
      if (override !== undefined && override !== null) out[key] = override
      else if (value.type === 'env') out[key] = secretFromEnv(value, env)
      else if (value.type === 'vault') {
        throw new UserError(`vault secrets are not supported yet (secret '${path}${key}')`, {
          code: 'CHAOS_UNSUPPORTED',
          advice: 'read the value from an environment variable instead: {type: env, key: VAR}'
        })
      } else out[key] = walk(value, isDict(override) ? override : undefined, `${path}${key}.`)
    }
    return out
  }
  return walk(declared ?? {}, overrides ?? {}, '') as Secrets
}

function secretFromEnv(info: Dict, env: Env): string {
  const envKey = info.key
  const value = typeof envKey === 'string' ? env[envKey] : undefined
  if (value === undefined) {
    throw new UserError(
      `Secrets make reference to an environment key that does not exist: ${String(envKey)}`,
      { code: 'CHAOS_MISSING_ENV', advice: `set ${String(envKey)} in the environment of the run` }
    )
  }
  return value
}

/**
 * Every secret value an experiment could hold, found without resolving anything and without ever
 * throwing: inline values, the environment variables `{type: env}` secrets name (as the raw text,
 * even when they would not load), and the overrides. Registered before the run starts, so an
 * experiment that fails to load its configuration still has its secrets masked.
 */
export function declaredSecretValues(declared: unknown, overrides: unknown, env: Env): unknown[] {
  const out: unknown[] = []
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (isDict(value)) {
      if (value.type === 'env' && typeof value.key === 'string') {
        const raw = env[value.key]
        if (raw !== undefined) out.push(raw)
      } else if (value.type !== 'vault') Object.values(value).forEach(visit)
    } else if (value !== null && value !== undefined) out.push(value)
  }
  visit(declared)
  visit(overrides)
  return out
}

// ---------------------------------------------------------------------------------------------
// Dynamic configuration

/** Runs a configuration probe; `configuration` holds only the keys resolved before it. */
export type RunConfigurationProbe = (
  activity: Activity,
  configuration: Configuration,
  secrets: Secrets
) => Promise<unknown>

/**
 * Replaces each `{type: probe, name, provider}` configuration value by what its probe returns:
 * process -> stdout stripped (only when it exits 0), http -> body, any other provider -> the
 * output itself. A probe that fails leaves its key out, with a warning, as chaostoolkit does.
 * Keys are resolved in order, so a probe can use `${...}` of the keys before it.
 */
export async function loadDynamicConfiguration(
  configuration: Configuration,
  secrets: Secrets,
  runProbe: RunConfigurationProbe,
  logger: Logger = silentLogger
): Promise<Configuration> {
  const conf: Configuration = {}
  for (const [key, value] of Object.entries(configuration)) {
    if (!(isDict(value) && value.type === 'probe')) {
      conf[key] = value
      continue
    }
    const name = typeof value.name === 'string' ? value.name : key
    const provider = isDict(value.provider) ? value.provider : {}
    let output: unknown
    try {
      output = await runProbe(value as unknown as Activity, { ...conf }, secrets)
    } catch (error) {
      if (error instanceof InterruptedError) throw error
      logger.warning(
        `dynamic configuration '${key}' (probe '${name}') failed: ${errorMessage(error)}`
      )
      continue
    }
    if (provider.type === 'process') {
      const out = isDict(output) ? output : {}
      if (out.status !== 0) {
        const stderr = typeof out.stderr === 'string' ? out.stderr.trim() : ''
        logger.warning(
          `dynamic configuration '${key}' (probe '${name}') exited with status ${String(out.status)}${stderr ? `: ${stderr}` : ''}`
        )
        continue
      }
      conf[key] = typeof out.stdout === 'string' ? out.stdout.trim() : ''
    } else if (provider.type === 'http') {
      conf[key] = isDict(output) ? (output.body ?? null) : null
    } else {
      conf[key] = output
    }
  }
  return conf
}
