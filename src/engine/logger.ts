import type { SourceLocation } from './types.ts'

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
  /** Values that must never be printed. */
  addSecret(value: string): void
}

/** Replaces each registered secret in text with `***`. Shared by every logger and the journal. */
export class SecretMasker {
  readonly #secrets = new Set<string>()

  add(value: string): void {
    // Very short values would mask ordinary words and numbers all over the output.
    if (value.length >= 3) this.#secrets.add(value)
  }

  get size(): number {
    return this.#secrets.size
  }

  mask(text: string): string {
    let out = text
    // Longest first, so a secret that contains another is masked whole.
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join('***')
    }
    return out
  }

  /** Masks every string inside a JSON-like value, returning a copy. */
  maskDeep<T>(value: T): T {
    if (this.#secrets.size === 0) return value
    return maskValue(value, this) as T
  }
}

function maskValue(value: unknown, masker: SecretMasker): unknown {
  if (typeof value === 'string') return masker.mask(value)
  if (Array.isArray(value)) return value.map((v) => maskValue(v, masker))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, masker)
    return out
  }
  return value
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
    for (const line of this.masker.mask(`${where}${message}`).split('\n')) {
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
  addSecret(value: string): void {
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
  addSecret(value: string): void {
    this.masker.add(value)
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n')
  }
}
