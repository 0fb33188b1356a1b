/**
 * The `slo` tolerance: service-level objectives on a probe's numeric outputs, written so they read
 * clearly in YAML:
 *
 *   tolerance: {type: slo, error_rate: "<=1%", p95_ms: "<=300"}
 *
 * Every other key names a field of the probe output (dots reach nested fields: `latency.p95`)
 * and holds a comparison (`<=`, `<`, `>=`, `>`, `==`, `!=`, then a number; a trailing `%` divides
 * by 100; a bare number means `<=`). All must hold. `target` picks a key of the output first, as
 * in the other tolerance kinds (`target: body` for an HTTP probe returning JSON).
 */
import type { ValidationIssue } from './errors.ts'

export type SloOperator = '<=' | '<' | '>=' | '>' | '==' | '!='

export interface SloObjective {
  field: string
  op: SloOperator
  bound: number
  /** As written, for messages. */
  text: string
}

/** Keys of an slo tolerance that are not objectives. */
const RESERVED = new Set(['type', 'target', 'name', 'description'])
const COMPARISON =
  /^\s*(<=|>=|==|!=|<|>|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Parses one objective; undefined when it is not a comparison. */
export function parseObjective(field: string, spec: unknown): SloObjective | undefined {
  if (typeof spec === 'number' && Number.isFinite(spec)) {
    return { field, op: '<=', bound: spec, text: `<= ${spec}` }
  }
  if (typeof spec !== 'string') return undefined
  const m = COMPARISON.exec(spec)
  if (!m) return undefined
  const op = (m[1] === '=' ? '==' : (m[1] ?? '<=')) as SloOperator
  const bound = Number(m[2]) / (m[3] ? 100 : 1)
  return Number.isFinite(bound) ? { field, op, bound, text: spec.trim() } : undefined
}

export function sloObjectives(tolerance: Dict): SloObjective[] {
  const out: SloObjective[] = []
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue
    const objective = parseObjective(field, spec)
    if (objective) out.push(objective)
  }
  return out
}

/** The field's value as a number: numbers, numeric strings and booleans; undefined otherwise. */
export function readField(value: unknown, field: string): number | undefined {
  let current: unknown = value
  const parts = Object.hasOwn(isDict(value) ? value : {}, field) ? [field] : field.split('.')
  for (const part of parts) {
    if (!isDict(current) || !Object.hasOwn(current, part)) return undefined
    current = current[part]
  }
  if (typeof current === 'number') return current
  if (typeof current === 'boolean') return current ? 1 : 0
  if (typeof current === 'string' && current.trim() !== '') {
    const n = Number(current)
    return Number.isFinite(n) ? n : undefined
  }
  return undefined
}

function compare(actual: number, op: SloOperator, bound: number): boolean {
  switch (op) {
    case '<=':
      return actual <= bound
    case '<':
      return actual < bound
    case '>=':
      return actual >= bound
    case '>':
      return actual > bound
    case '==':
      return actual === bound
    case '!=':
      return actual !== bound
  }
}

export interface SloCheck {
  objective: SloObjective
  /** undefined when the output has no such numeric field (the objective is then not met). */
  actual: number | undefined
  met: boolean
}

/** Each objective checked against the probe output. */
export function checkSlo(tolerance: Dict, value: unknown): SloCheck[] {
  let subject = value
  if (typeof subject === 'string') {
    try {
      subject = JSON.parse(subject)
    } catch {
      // Not JSON: no field can be read, every objective fails.
    }
  }
  const target = tolerance.target
  if (typeof target === 'string' && target && isDict(subject) && Object.hasOwn(subject, target)) {
    subject = subject[target]
    if (typeof subject === 'string') {
      try {
        subject = JSON.parse(subject)
      } catch {
        // As above.
      }
    }
  }
  return sloObjectives(tolerance).map((objective) => {
    const actual = readField(subject, objective.field)
    return {
      objective,
      actual,
      met: actual !== undefined && compare(actual, objective.op, objective.bound)
    }
  })
}

/** Whether the probe output meets every objective of an `slo` tolerance. */
export function withinSlo(tolerance: Dict, value: unknown): boolean {
  const checks = checkSlo(tolerance, value)
  return checks.length > 0 && checks.every((c) => c.met)
}

/** Short text of what missed, for logs: "p95_ms 412 not <= 300". */
export function describeSloMisses(tolerance: Dict, value: unknown): string {
  return checkSlo(tolerance, value)
    .filter((c) => !c.met)
    .map((c) =>
      c.actual === undefined
        ? `${c.objective.field} missing from the probe output`
        : `${c.objective.field} ${c.actual} not ${c.objective.text}`
    )
    .join('; ')
}

/** Validation issues of an `slo` tolerance, fields relative to the tolerance. */
export function validateSlo(tolerance: Dict): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  let count = 0
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue
    count++
    if (parseObjective(field, spec) === undefined) {
      issues.push({
        field: `/${field}`,
        message: `slo objective ${field} is not a comparison: ${JSON.stringify(spec)}`,
        expected: 'a comparison such as "<=0.01", "<= 1%", ">= 99.9%", "<300" or a number (<=)'
      })
    }
  }
  if (count === 0) {
    issues.push({
      field: '',
      message: 'slo tolerance has no objectives',
      expected:
        'fields of the probe output with comparisons, e.g. {type: slo, error_rate: "<=0.01", p95_ms: "<=300"}'
    })
  }
  if (tolerance.target !== undefined && typeof tolerance.target !== 'string') {
    issues.push({
      field: '/target',
      message: 'slo tolerance target must be a key name',
      expected: 'a string, e.g. body'
    })
  }
  return issues
}
