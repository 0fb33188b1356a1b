import * as core from '@actions/core'
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { SecretMasker, stripControls, type Logger } from '../engine/logger.ts'
import type { SourceLocation } from '../engine/types.ts'

const YELLOW = '\u001b[33m'
const RED = '\u001b[31m'
const RESET = '\u001b[0m'

function annotation(location: SourceLocation | undefined): core.AnnotationProperties {
  return location
    ? { file: location.file, startLine: location.line, startColumn: location.column }
    : {}
}

// What the runner would take for a workflow command: `::name ...::` at the start of a line (after
// whitespace, which the runner trims) and the legacy `##[name ...]` anywhere in a line.
const COMMAND_START = /^(\s*):(?=:)/
const LEGACY_COMMAND = /##\[/g

/**
 * Text that can go to the runner's log without becoming a workflow command: controls removed,
 * every line break one the runner also sees (CR alone ends a line there too), and in each line a
 * zero-width space between the two colons of a leading `::` and inside `##[`. The line reads the
 * same, but `::error::forged`, `::set-output name=verdict::passed`, `::stop-commands::x` or
 * `::add-mask::` in an experiment title, a probe's output or a response body does nothing.
 */
export function escapeWorkflowCommands(text: string): string {
  return commandData(text)
    .split('\n')
    .map((line) => line.replace(COMMAND_START, '$1:\u200b'))
    .join('\n')
}

/**
 * The data of a command @actions/core writes (annotations, debug, group names): it escapes the
 * line breaks itself; controls and the legacy `##[` go here.
 */
export function commandData(text: string): string {
  return stripControls(text).replace(LEGACY_COMMAND, '#\u200b#[')
}

/** Text forms of a secret the runner is asked to mask too (its own log masking). */
function runnerSecretTexts(value: unknown): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value]
  if (typeof value === 'number' || typeof value === 'bigint') return [String(value)]
  if (Array.isArray(value)) return value.flatMap(runnerSecretTexts)
  if (value !== null && typeof value === 'object')
    return Object.values(value).flatMap(runnerSecretTexts)
  // Booleans: `true` masked across the whole log would hide nothing and garble everything.
  return []
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
      .mask(stripControls(`${where}${message}`))
      .split('\n')
      .map((l) => `${stamp} ${level.padEnd(7)} ${l}\n`)
      .join('')
    try {
      writeSync(this.#fd, text)
    } catch {
      // A full disk must not take the run down with it.
    }
  }

  /** Masked, without controls: for commands whose data @actions/core escapes (annotations). */
  #clean(message: string): string {
    return commandData(this.masker.mask(stripControls(message)))
  }

  /** Masked and escaped: for plain log lines, which the runner would parse for commands. */
  #line(message: string): string {
    return escapeWorkflowCommands(this.#clean(message))
  }

  debug(message: string): void {
    core.debug(this.#clean(message))
    this.#tee('DEBUG', message)
  }

  info(message: string): void {
    core.info(this.#line(message))
    this.#tee('INFO', message)
  }

  /**
   * The engine's warnings and errors become annotations only when they point into an experiment
   * file; the rest are log lines. GitHub shows 10 annotations of each level per step, and the
   * located ones (and the verdict) must not be crowded out by the run's running commentary.
   */
  warning(message: string, location?: SourceLocation): void {
    if (location) core.warning(this.#clean(message), annotation(location))
    else core.info(`${YELLOW}Warning:${RESET} ${this.#line(message)}`)
    this.#tee('WARNING', message, location)
  }

  error(message: string, location?: SourceLocation): void {
    if (location) core.error(this.#clean(message), annotation(location))
    else core.info(`${RED}Error:${RESET} ${this.#line(message)}`)
    this.#tee('ERROR', message, location)
  }

  /** Always an annotation: for what the action itself must tell the user. */
  annotate(
    level: 'error' | 'warning' | 'notice',
    message: string,
    location?: SourceLocation
  ): void {
    const text = this.#clean(message)
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
    core.startGroup(this.#clean(name))
    this.#tee('GROUP', name)
    try {
      return await fn()
    } finally {
      core.endGroup()
      this.#inGroup = false
    }
  }

  addSecret(value: unknown): void {
    for (const text of runnerSecretTexts(value)) core.setSecret(text)
    this.masker.add(value)
  }
}
