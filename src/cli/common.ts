import { LineLogger } from '../engine/logger.ts'
import type { Logger } from '../engine/logger.ts'
import type { SourceLocation } from '../engine/types.ts'
import { flagFor } from './counterparts.ts'
import type { OptionValues } from './options.ts'

export { stringList } from './plan.ts'

/** The CLI's spelling of an option in messages (`--cluster`), given its action input name. */
export const spellFlag = flagFor

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
