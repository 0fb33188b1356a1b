import type { ValidationIssue } from '../../engine/errors.ts'

/**
 * Faults a proxy can inject. Names follow what the fault does, not a tool's vocabulary; the
 * Toxiproxy backend maps them onto toxics.
 */
export type Fault =
  | { type: 'latency'; name?: string; latency_ms: number; jitter_ms?: number; percentage?: number }
  | { type: 'http-error'; name?: string; status?: number; percentage?: number; body?: string }
  | { type: 'reset'; name?: string; percentage?: number }
  | { type: 'bandwidth'; name?: string; kilobytes_per_second: number }
  | { type: 'blackhole'; name?: string; percentage?: number }

export const FAULT_TYPES = ['latency', 'http-error', 'reset', 'bandwidth', 'blackhole'] as const

export function faultName(fault: Fault): string {
  return fault.name ?? fault.type
}

/**
 * Chooses exactly `percentage` % of events, spread evenly (the 50/50 split of a service mesh's
 * error injector), so a test or a journal can state precisely how many requests were hit.
 */
export class EvenSampler {
  #seen = 0
  readonly #ratio: number

  constructor(percentage: number) {
    this.#ratio = Math.min(100, Math.max(0, percentage)) / 100
  }

  next(): boolean {
    const before = Math.floor(this.#seen * this.#ratio)
    this.#seen++
    return Math.floor(this.#seen * this.#ratio) > before
  }
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** Checks a fault definition; `field` is the JSON pointer of the fault object. */
export function validateFault(value: unknown, field: string): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const push = (sub: string, message: string, expected: string): void => {
    issues.push({ field: `${field}${sub}`, message, expected })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    push(
      '',
      'a fault must be a mapping',
      `an object with a \`type\` among ${FAULT_TYPES.join(', ')}`
    )
    return issues
  }
  const fault = value as Record<string, unknown>
  if (typeof fault.type !== 'string' || !(FAULT_TYPES as readonly string[]).includes(fault.type)) {
    push(
      '/type',
      `unknown fault type ${JSON.stringify(fault.type)}`,
      `one of ${FAULT_TYPES.join(', ')}`
    )
    return issues
  }
  // Values given as "${var}" are substituted at run time; only literal values can be checked here.
  const literal = (v: unknown): boolean => !(typeof v === 'string' && v.includes('$'))
  const percentage = fault.percentage
  if (
    percentage !== undefined &&
    literal(percentage) &&
    (!isNumber(percentage) || percentage < 0 || percentage > 100)
  ) {
    push('/percentage', 'percentage out of range', 'a number from 0 to 100')
  }
  if (fault.name !== undefined && (typeof fault.name !== 'string' || fault.name === '')) {
    push('/name', 'fault name must be a non-empty string', 'a non-empty string')
  }
  switch (fault.type) {
    case 'latency':
      if (literal(fault.latency_ms) && (!isNumber(fault.latency_ms) || fault.latency_ms < 0)) {
        push('/latency_ms', 'latency fault needs `latency_ms`', 'a number of milliseconds ≥ 0')
      }
      if (
        fault.jitter_ms !== undefined &&
        literal(fault.jitter_ms) &&
        (!isNumber(fault.jitter_ms) || fault.jitter_ms < 0)
      ) {
        push('/jitter_ms', 'jitter must be a number of milliseconds', 'a number ≥ 0')
      }
      break
    case 'http-error':
      if (
        fault.status !== undefined &&
        literal(fault.status) &&
        (!Number.isInteger(fault.status) ||
          (fault.status as number) < 100 ||
          (fault.status as number) > 599)
      ) {
        push('/status', 'invalid HTTP status', 'an integer from 100 to 599')
      }
      break
    case 'bandwidth':
      if (
        literal(fault.kilobytes_per_second) &&
        (!isNumber(fault.kilobytes_per_second) || fault.kilobytes_per_second <= 0)
      ) {
        push(
          '/kilobytes_per_second',
          'bandwidth fault needs `kilobytes_per_second`',
          'a number > 0'
        )
      }
      break
    default:
      break
  }
  return issues
}
