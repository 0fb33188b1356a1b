import { loadVarFile, mergeVars, parseVar } from '../engine/configuration.ts'
import { LineLogger } from '../engine/logger.ts'
import type { Logger } from '../engine/logger.ts'
import type { Configuration, Secrets, SourceLocation } from '../engine/types.ts'
import type { OptionValues } from './options.ts'

/** Configuration and secrets given on the command line, applied over the experiments' own. */
export interface VarOverrides {
  configuration: Configuration
  secrets: Secrets
}

export function stringList(value: OptionValues[string]): string[] {
  if (value === undefined || typeof value === 'boolean') return []
  return Array.isArray(value) ? value : [value]
}

/**
 * `--var-file`s in order (later files win, a secrets scope is replaced whole), then `--var`s.
 * Variables from `.env`-style var files go into this process's environment, as chaostoolkit
 * does, so `type: env` configuration and spawned processes both see them.
 */
export async function loadOverrides(values: OptionValues): Promise<VarOverrides> {
  const files = []
  for (const file of stringList(values['var-file'])) files.push(await loadVarFile(file))
  const vars: Record<string, unknown> = {}
  for (const spec of stringList(values.var)) {
    const { key, value } = parseVar(spec)
    vars[key] = value
  }
  const merged = mergeVars(files, vars)
  Object.assign(process.env, merged.env)
  return { configuration: merged.configuration, secrets: merged.secrets }
}

/** Everything to stderr, so stdout stays for results (`--json`). */
export function createCliLogger(values: OptionValues): LineLogger | QuietLogger {
  const write = (line: string): void => void process.stderr.write(`${line}\n`)
  const inner = new LineLogger({
    write,
    debug: values.verbose === true,
    timestamps: values.verbose === true
  })
  return values.quiet ? new QuietLogger(inner) : inner
}

/** `--quiet`: warnings and errors only; phases run without headers. */
export class QuietLogger implements Logger {
  readonly #inner: Logger
  constructor(inner: Logger) {
    this.#inner = inner
  }
  debug(): void {}
  info(): void {}
  warning(message: string, location?: SourceLocation): void {
    this.#inner.warning(message, location)
  }
  error(message: string, location?: SourceLocation): void {
    this.#inner.error(message, location)
  }
  group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn()
  }
  addSecret(value: string): void {
    this.#inner.addSecret(value)
  }
}
