import * as core from '@actions/core'
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { SecretMasker, type Logger } from '../engine/logger.ts'
import type { SourceLocation } from '../engine/types.ts'

const YELLOW = '\u001b[33m'
const RED = '\u001b[31m'
const RESET = '\u001b[0m'

function annotation(location: SourceLocation | undefined): core.AnnotationProperties {
  return location
    ? { file: location.file, startLine: location.line, startColumn: location.column }
    : {}
}

/**
 * The engine's Logger on top of @actions/core: groups per phase, annotations for located warnings
 * and errors, secrets masked by the runner (setSecret) and in our own log file, which is written
 * line by line (synchronously, so a killed step still leaves it complete) for the artifact.
 */
export class ActionLogger implements Logger {
  readonly masker = new SecretMasker()
  #fd: number | undefined
  #inGroup = false

  /** Starts teeing every line into `file` (created with its directory). */
  teeTo(file: string): void {
    this.close()
    mkdirSync(dirname(file), { recursive: true })
    this.#fd = openSync(file, 'a')
  }

  close(): void {
    if (this.#fd !== undefined) {
      try {
        closeSync(this.#fd)
      } catch {
        // Already closed: nothing to lose.
      }
      this.#fd = undefined
    }
  }

  #tee(level: string, message: string, location?: SourceLocation): void {
    if (this.#fd === undefined) return
    const where = location ? `${location.file}:${location.line}: ` : ''
    const stamp = new Date().toISOString()
    const text = this.masker
      .mask(`${where}${message}`)
      .split('\n')
      .map((l) => `${stamp} ${level.padEnd(7)} ${l}\n`)
      .join('')
    try {
      writeSync(this.#fd, text)
    } catch {
      // A full disk must not take the run down with it.
    }
  }

  debug(message: string): void {
    core.debug(this.masker.mask(message))
    this.#tee('DEBUG', message)
  }

  info(message: string): void {
    core.info(this.masker.mask(message))
    this.#tee('INFO', message)
  }

  /**
   * The engine's warnings and errors become annotations only when they point into an experiment
   * file; the rest are log lines. GitHub shows 10 annotations of each level per step, and the
   * located ones (and the verdict) must not be crowded out by the run's running commentary.
   */
  warning(message: string, location?: SourceLocation): void {
    if (location) core.warning(this.masker.mask(message), annotation(location))
    else core.info(`${YELLOW}Warning:${RESET} ${this.masker.mask(message)}`)
    this.#tee('WARNING', message, location)
  }

  error(message: string, location?: SourceLocation): void {
    if (location) core.error(this.masker.mask(message), annotation(location))
    else core.info(`${RED}Error:${RESET} ${this.masker.mask(message)}`)
    this.#tee('ERROR', message, location)
  }

  /** Always an annotation: for what the action itself must tell the user. */
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    location?: SourceLocation
  ): void {
    const text = this.masker.mask(message)
    if (level === 'error') core.error(text, annotation(location))
    else if (level === 'warning') core.warning(text, annotation(location))
    else core.notice(text, annotation(location))
    this.#tee(level.toUpperCase(), message, location)
  }

  /** This logger, except that every warning and error is an annotation (for the action's own code). */
  annotating(): Logger {
    return {
      debug: (m) => this.debug(m),
      info: (m) => this.info(m),
      warning: (m, l) => this.annotate('warning', m, l),
      error: (m, l) => this.annotate('error', m, l),
      group: (name, fn) => this.group(name, fn),
      addSecret: (v) => this.addSecret(v)
    }
  }

  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // The runner's log groups don't nest: inner groups become plain lines.
    if (this.#inGroup) {
      this.info(`▸ ${name}`)
      return fn()
    }
    this.#inGroup = true
    core.startGroup(this.masker.mask(name))
    this.#tee('GROUP', name)
    try {
      return await fn()
    } finally {
      core.endGroup()
      this.#inGroup = false
    }
  }

  addSecret(value: string): void {
    if (value === '') return
    core.setSecret(value)
    this.masker.add(value)
  }
}
