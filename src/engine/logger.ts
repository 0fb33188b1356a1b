import { SecretMasker } from './secret-masker.ts'
import type { SourceLocation } from './types.ts'

export { MASK, SecretMasker } from './secret-masker.ts'

// C0 and C1 controls except tab and newline: escape sequences (ESC[2J, OSC, CSI) start with them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/**
 * Text fit for a terminal or a log file: every control character except tab and newline removed
 * (a carriage return too, so nothing can rewrite a line already printed).
 */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')
}

/**
 * Where the engine reports progress. The CLI prints it; the action maps it onto workflow commands
 * (groups, annotations). Implementations must mask secrets they are told about.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string, location?: SourceLocation): void
  error(message: string, location?: SourceLocation): void
  /** One group per phase; nested calls are flattened by implementations that can't nest. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
  /** Values that must never be printed: a string, number or boolean, or every leaf of a tree. */
  addSecret(value: unknown): void
  /** The masker this logger applies, when it has one: the run's journals share it. */
  readonly masker?: SecretMasker
}

export interface LineLoggerOptions {
  write: (line: string) => void
  debug?: boolean
  masker?: SecretMasker
  /** Prefix each line with the time, chaostoolkit style. */
  timestamps?: boolean
}

/** A plain line logger for terminals and log files. */
export class LineLogger implements Logger {
  readonly masker: SecretMasker
  readonly #opts: LineLoggerOptions
  #depth = 0

  constructor(opts: LineLoggerOptions) {
    this.#opts = opts
    this.masker = opts.masker ?? new SecretMasker()
  }

  #emit(level: string, message: string, location?: SourceLocation): void {
    const where = location ? `${location.file}:${location.line}: ` : ''
    const stamp = this.#opts.timestamps
      ? `[${new Date().toISOString().slice(0, 19).replace('T', ' ')} ${level}] `
      : ''
    const indent = '  '.repeat(this.#depth)
    for (const line of this.masker.mask(stripControls(`${where}${message}`)).split('\n')) {
      this.#opts.write(
        `${stamp}${indent}${level === 'INFO' || stamp ? '' : `${level.toLowerCase()}: `}${line}`
      )
    }
  }

  debug(message: string): void {
    if (this.#opts.debug) this.#emit('DEBUG', message)
  }
  info(message: string): void {
    this.#emit('INFO', message)
  }
  warning(message: string, location?: SourceLocation): void {
    this.#emit('WARNING', message, location)
  }
  error(message: string, location?: SourceLocation): void {
    this.#emit('ERROR', message, location)
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.#emit('INFO', `▸ ${name}`)
    this.#depth++
    try {
      return await fn()
    } finally {
      this.#depth--
    }
  }
  addSecret(value: unknown): void {
    this.masker.add(value)
  }
}

/** Drops everything; for tests and benchmarks that only want results. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
  addSecret() {}
}

/** Records what was logged, for tests. */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string; location?: SourceLocation }[] = []
  readonly masker = new SecretMasker()
  debug(message: string): void {
    this.lines.push({ level: 'debug', message: this.masker.mask(message) })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message: this.masker.mask(message) })
  }
  warning(message: string, location?: SourceLocation): void {
    this.lines.push({
      level: 'warning',
      message: this.masker.mask(message),
      ...(location ? { location } : {})
    })
  }
  error(message: string, location?: SourceLocation): void {
    this.lines.push({
      level: 'error',
      message: this.masker.mask(message),
      ...(location ? { location } : {})
    })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name })
    return fn()
  }
  addSecret(value: unknown): void {
    this.masker.add(value)
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n')
  }
}
