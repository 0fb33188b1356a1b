/**
 * Steady-state tolerances, evaluated as chaostoolkit's `within_tolerance` does (see
 * chaostoolkit-semantics.md §2): dispatch on the tolerance's Python type, Python equality and
 * ordering, `re.search`, jsonpath2, Decimal ranges and probe tolerances.
 *
 * Where chaostoolkit crashes (a TypeError escapes and no journal is written) we throw
 * ToleranceError with a readable message instead; the runner turns it into a failed experiment.
 */
import { ActivityFailed, type ValidationIssue } from './errors.ts'
import { JsonPathSyntaxError, matchJsonPath, parseJsonPath, type JsonPath } from './jsonpath.ts'
import type { Logger } from './logger.ts'
import { RegexTimeoutError, boundedSearch } from './regex-search.ts'
import { PyTypeError, pyCompareOp, pyEquals, pyIn, pyStr, pyTruthy, pyTypeName } from './py.ts'
import { validateSlo, withinSlo } from './slo.ts'
import { substitute } from './substitute.ts'
import type { Activity, Configuration, Secrets } from './types.ts'

export interface ToleranceContext {
  configuration: Configuration
  secrets: Secrets
  /**
   * Runs a probe tolerance's activity (provider.arguments.value already set to `value`) without
   * journal entry, controls or pauses, and returns its output. Throws ActivityFailed when the
   * probe could not do its work.
   */
  runProbe(activity: Activity, value: unknown): Promise<unknown>
  logger?: Logger
  /** Aborting stops a regex search in flight (InterruptedError). */
  signal?: AbortSignal
  /** How long one regex search may take (default REGEX_DEADLINE_MS). */
  regexDeadlineMs?: number
}

/** chaostoolkit would crash here: the experiment can't be judged. */
export class ToleranceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ToleranceError'
  }
}

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array)
  )
}

/**
 * Whether the probe output `value` is within `tolerance`. A string tolerance is substituted
 * first and, when it becomes another type (`"${expected}"` -> 200), judged as that type.
 */
export async function withinTolerance(
  tolerance: unknown,
  value: unknown,
  ctx: ToleranceContext
): Promise<boolean> {
  const t =
    typeof tolerance === 'string'
      ? substitute(tolerance, ctx.configuration, ctx.secrets)
      : tolerance
  return dispatch(t, value, ctx)
}

async function dispatch(
  tolerance: unknown,
  value: unknown,
  ctx: ToleranceContext
): Promise<boolean> {
  if (typeof tolerance === 'boolean') return pyEquals(value, tolerance)
  if (typeof tolerance === 'string') return pyEquals(value, tolerance)
  if (typeof tolerance === 'number') {
    // A float tolerance has no handler in chaostoolkit: never met.
    if (!Number.isInteger(tolerance)) return false
    if (isDict(value) && Object.hasOwn(value, 'status')) return pyEquals(value.status, tolerance)
    return pyEquals(value, tolerance)
  }
  if (Array.isArray(tolerance)) return listTolerance(tolerance, value)
  if (isDict(tolerance)) {
    switch (tolerance.type) {
      case 'probe':
        return probeTolerance(tolerance, value, ctx)
      case 'regex':
        return regexTolerance(tolerance, value, ctx)
      case 'jsonpath':
        return jsonPathTolerance(tolerance, value, ctx)
      case 'range':
        return rangeTolerance(tolerance, value)
      case 'slo':
        return withinSlo(tolerance, value)
      default:
        return false
    }
  }
  return false
}

function listTolerance(tolerance: unknown[], value: unknown): boolean {
  if (isDict(value) && Object.hasOwn(value, 'status')) return pyIn(value.status, tolerance)
  if (tolerance.length === 2) {
    // `lo <= value <= hi`, short-circuiting like Python's chained comparison.
    try {
      return pyCompareOp(tolerance[0], '<=', value) && pyCompareOp(value, '<=', tolerance[1])
    } catch (error) {
      if (!(error instanceof PyTypeError)) throw error
      throw new ToleranceError(
        `tolerance ${pyStr(tolerance)} is a range, and ${error.message} (probe output: ${preview(value)})`,
        { cause: error }
      )
    }
  }
  return pyIn(value, tolerance)
}

/** `value.get(target, value)` as chaostoolkit does it, which needs a mapping. */
function pickTarget(kind: string, tolerance: Dict, value: unknown): unknown {
  const target = tolerance.target
  if (!pyTruthy(target)) return value
  if (!isDict(value)) {
    throw new ToleranceError(
      `${kind} tolerance has target '${pyStr(target)}' but the probe output is a ${pyTypeName(value)}, not an object`
    )
  }
  return typeof target === 'string' && Object.hasOwn(value, target) ? value[target] : value
}

function preview(value: unknown): string {
  const text = pyStr(value)
  return text.length > 120 ? `${text.slice(0, 117)}...` : text
}

async function probeTolerance(
  tolerance: Dict,
  value: unknown,
  ctx: ToleranceContext
): Promise<boolean> {
  const provider = tolerance.provider
  const args = isDict(provider) ? provider.arguments : undefined
  if (!isDict(args)) {
    throw new ToleranceError(
      `probe tolerance '${pyStr(tolerance.name)}' needs provider.arguments (an object) to receive the probe output as \`value\``
    )
  }
  // chaostoolkit writes the output into the declared tolerance itself, so it shows in the journal.
  args.value = value
  try {
    return pyTruthy(await ctx.runProbe(tolerance as unknown as Activity, value))
  } catch (error) {
    if (error instanceof ActivityFailed) return false
    throw error
  }
}

async function regexTolerance(
  tolerance: Dict,
  value: unknown,
  ctx: ToleranceContext
): Promise<boolean> {
  const pattern = substitute(tolerance.pattern, ctx.configuration, ctx.secrets)
  ctx.logger?.debug(`Applied pattern is: ${pyStr(pattern)}`)
  if (typeof pattern !== 'string') {
    throw new ToleranceError(`regex tolerance pattern must be a string, got ${pyTypeName(pattern)}`)
  }
  let rx: RegExp
  try {
    rx = pythonRegExp(pattern)
  } catch (error) {
    throw new ToleranceError(
      `regex tolerance pattern ${pattern} seems invalid: ${regexErrorText(error)}`
    )
  }
  const subject = pickTarget('regex', tolerance, value)
  if (typeof subject !== 'string') {
    throw new ToleranceError(
      `regex tolerance needs a string to search, but the probe output is a ${pyTypeName(subject)}` +
        (isDict(subject) ? ' (set `target`, e.g. `target: stdout` or `target: body`)' : '')
    )
  }
  // Off the main thread with a deadline: a backtracking pattern can't block signals or rollbacks.
  try {
    return await boundedSearch(rx, subject, {
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...(ctx.regexDeadlineMs === undefined ? {} : { deadlineMs: ctx.regexDeadlineMs })
    })
  } catch (error) {
    if (!(error instanceof RegexTimeoutError)) throw error
    throw new ToleranceError(`regex tolerance pattern ${pattern}: ${error.message}`, {
      cause: error
    })
  }
}

function decodeJsonish(value: unknown): unknown {
  let v = value
  if (v instanceof Uint8Array) v = new TextDecoder().decode(v)
  if (typeof v === 'string') {
    try {
      return JSON.parse(v)
    } catch {
      return v
    }
  }
  return v
}

function jsonPathTolerance(tolerance: Dict, value: unknown, ctx: ToleranceContext): boolean {
  const path = substitute(tolerance.path, ctx.configuration, ctx.secrets)
  ctx.logger?.debug(`Applied jsonpath is: ${pyStr(path)}`)
  if (typeof path !== 'string') {
    throw new ToleranceError(`jsonpath tolerance path must be a string, got ${pyTypeName(path)}`)
  }
  let parsed: JsonPath
  try {
    parsed = parseJsonPath(path)
  } catch (error) {
    if (!(error instanceof JsonPathSyntaxError)) throw error
    throw new ToleranceError(`jsonpath tolerance path ${path} is invalid: ${error.message}`)
  }
  const document = decodeJsonish(pickTarget('jsonpath', tolerance, value))
  let values: unknown[]
  try {
    values = matchJsonPath(parsed, document)
  } catch (error) {
    throw new ToleranceError(`jsonpath tolerance path ${path} failed: ${regexErrorText(error)}`)
  }
  let result = values.length > 0
  const count = tolerance.count
  if (count !== undefined && count !== null) result = pyEquals(values.length, count)
  if (Object.hasOwn(tolerance, 'expect')) {
    const expect = substitute(tolerance.expect, ctx.configuration, ctx.secrets)
    result = pyEquals(values, Array.isArray(expect) ? expect : [expect])
    if (!result) {
      ctx.logger?.debug(`jsonpath found '${pyStr(values)}' but expected '${pyStr(expect)}'`)
    }
  } else if (!result) {
    ctx.logger?.debug(`jsonpath found '${pyStr(values)}'`)
  }
  return result
}

// ---------------------------------------------------------------------------------------------
// Range: Python's Decimal compares exactly (a float bound is its exact binary value, a numeric
// string its exact decimal value), so we compare exact fractions with BigInt instead of doubles.

type Exact =
  { kind: 'finite'; num: bigint; den: bigint } | { kind: 'inf'; sign: 1 | -1 } | { kind: 'nan' }

const DECIMAL_RE =
  /^([+-])?(?:(\d+(?:_\d+)*)(?:\.(\d+(?:_\d+)*)?)?|\.(\d+(?:_\d+)*))(?:e([+-]?\d+(?:_\d+)*))?$/i
const SPECIAL_RE = /^([+-])?(inf|infinity|s?nan)$/i
const MAX_EXPONENT = 100_000

function exactFromDouble(x: number): Exact {
  if (Number.isNaN(x)) return { kind: 'nan' }
  if (!Number.isFinite(x)) return { kind: 'inf', sign: x > 0 ? 1 : -1 }
  if (Number.isSafeInteger(x)) return { kind: 'finite', num: BigInt(x), den: 1n }
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  const bits = view.getBigUint64(0)
  const negative = bits >> 63n === 1n
  const exponentBits = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  const mantissa = exponentBits === 0 ? fraction : fraction | (1n << 52n)
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075
  const signed = negative ? -mantissa : mantissa
  return exponent >= 0
    ? { kind: 'finite', num: signed << BigInt(exponent), den: 1n }
    : { kind: 'finite', num: signed, den: 1n << BigInt(-exponent) }
}

/** Python `Decimal(value)`: undefined for InvalidOperation, ToleranceError for a TypeError. */
function toExact(value: unknown, what: string): Exact | undefined {
  if (typeof value === 'boolean') return { kind: 'finite', num: value ? 1n : 0n, den: 1n }
  if (typeof value === 'number') return exactFromDouble(value)
  if (typeof value === 'string') {
    const text = value.trim()
    const special = SPECIAL_RE.exec(text)
    if (special) {
      if (special[2]!.toLowerCase().endsWith('nan')) return { kind: 'nan' }
      return { kind: 'inf', sign: special[1] === '-' ? -1 : 1 }
    }
    const m = DECIMAL_RE.exec(text)
    if (!m) return undefined
    const whole = (m[2] ?? '').replaceAll('_', '')
    const frac = (m[3] ?? m[4] ?? '').replaceAll('_', '')
    let exponent = Number((m[5] ?? '0').replaceAll('_', '')) - frac.length
    let digits = BigInt(whole + frac || '0')
    if (m[1] === '-') digits = -digits
    if (digits === 0n) return { kind: 'finite', num: 0n, den: 1n }
    // Beyond any double: keep the order against float bounds without building huge numbers.
    if (exponent > MAX_EXPONENT) return { kind: 'inf', sign: digits > 0n ? 1 : -1 }
    if (exponent < -MAX_EXPONENT) {
      digits = digits > 0n ? 1n : -1n
      exponent = -1000
    }
    return exponent >= 0
      ? { kind: 'finite', num: digits * 10n ** BigInt(exponent), den: 1n }
      : { kind: 'finite', num: digits, den: 10n ** BigInt(-exponent) }
  }
  throw new ToleranceError(
    `range tolerance needs a number or a numeric string as ${what}, got ${pyTypeName(value)}` +
      (isDict(value) && what === 'the probe output' ? ' (set `target`, e.g. `target: body`)' : '')
  )
}

function compareExact(a: Exact, b: Exact): number {
  if (a.kind === 'nan' || b.kind === 'nan') {
    throw new ToleranceError("range tolerance can't compare NaN (decimal.InvalidOperation)")
  }
  if (a.kind === 'inf' || b.kind === 'inf') {
    const x = a.kind === 'inf' ? a.sign * 2 : 0
    const y = b.kind === 'inf' ? b.sign * 2 : 0
    if (x !== y) return x - y
    if (x !== 0) return 0
    // One side infinite, the other finite: the finite side lies strictly between.
    return a.kind === 'inf' ? a.sign : b.kind === 'inf' ? -b.sign : 0
  }
  const left = a.num * b.den
  const right = b.num * a.den
  return left < right ? -1 : left > right ? 1 : 0
}

function rangeTolerance(tolerance: Dict, value: unknown): boolean {
  const subject = pickTarget('range', tolerance, value)
  const v = toExact(subject, 'the probe output')
  if (v === undefined) return false
  const bounds = tolerance.range
  if (!Array.isArray(bounds) || bounds.length < 2) {
    throw new ToleranceError('range tolerance needs `range: [lower, upper]`')
  }
  const lo = toExact(bounds[0], 'the lower bound')
  const hi = toExact(bounds[1], 'the upper bound')
  if (lo === undefined || hi === undefined) {
    throw new ToleranceError(`range tolerance bounds ${pyStr(bounds)} are not numbers`)
  }
  return compareExact(lo, v) <= 0 && compareExact(v, hi) <= 0
}

// ---------------------------------------------------------------------------------------------
// Python `re` patterns in JS

function regexErrorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')
}

/**
 * Compiles a Python `re` pattern into an equivalent RegExp for `re.search` (use `.test`).
 * Translated: `(?P<name>...)`, `(?P=name)`, `(?#...)`, leading global flags `(?imsx)`, `\A`,
 * `\Z`, `$` (also before a final newline), `^`/`$` under MULTILINE (only at `\n`), `.` (any but
 * `\n`), a leading `]` in a class, `{,n}`. Not translated: `\w`, `\d`, `\b` stay ASCII in JS;
 * atomic groups, possessive quantifiers and conditionals are rejected. Throws SyntaxError.
 */
export function pythonRegExp(pattern: string): RegExp {
  let flags = ''
  let rest = pattern
  // Global flags must lead the pattern (Python 3.11+ rejects them elsewhere).
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(rest); m; m = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
    flags += m[1]
    rest = rest.slice(m[0].length)
  }
  const multiline = flags.includes('m')
  const dotAll = flags.includes('s')
  const verbose = flags.includes('x')
  let out = ''
  let i = 0
  const n = rest.length
  while (i < n) {
    const ch = rest[i]!
    if (ch === '\\') {
      const next = rest[i + 1]
      if (next === undefined) throw new SyntaxError('bad escape (end of pattern)')
      if (next === 'A') out += '(?<![\\s\\S])'
      else if (next === 'Z') out += '(?![\\s\\S])'
      else if (next === 'N') throw new SyntaxError('\\N{...} escapes are not supported')
      else out += ch + next
      i += 2
      continue
    }
    if (ch === '[') {
      // Copy the class; a `]` right after `[` or `[^` is a literal in Python.
      let j = i + 1
      let cls = '['
      if (rest[j] === '^') cls += rest[j++]
      if (rest[j] === ']') {
        cls += '\\]'
        j++
      }
      while (j < n && rest[j] !== ']') {
        if (rest[j] === '\\' && j + 1 < n) {
          cls += rest.slice(j, j + 2)
          j += 2
        } else {
          cls += rest[j++]
        }
      }
      if (j >= n) throw new SyntaxError(`unterminated character set at position ${i}`)
      out += `${cls}]`
      i = j + 1
      continue
    }
    if (ch === '(' && rest[i + 1] === '?') {
      const head = rest.slice(i)
      let m: RegExpExecArray | null
      if ((m = /^\(\?P<([A-Za-z_]\w*)>/.exec(head))) {
        out += `(?<${m[1]}>`
        i += m[0].length
        continue
      }
      if ((m = /^\(\?P=([A-Za-z_]\w*)\)/.exec(head))) {
        out += `\\k<${m[1]}>`
        i += m[0].length
        continue
      }
      if ((m = /^\(\?#[^)]*\)/.exec(head))) {
        i += m[0].length
        continue
      }
      if ((m = /^\(\?([aiLmsux]*)(?:-([imsx]+))?:/.exec(head))) {
        // Scoped flags: JS knows i, m, s (and our `.`/`^`/`$` translation ignores them).
        const on = (m[1] ?? '').replace(/[^is]/g, '')
        const off = (m[2] ?? '').replace(/[^is]/g, '')
        out += on || off ? `(?${on}${off ? `-${off}` : ''}:` : '(?:'
        i += m[0].length
        continue
      }
      if (/^\(\?[>(]/.test(head))
        throw new SyntaxError('atomic groups and conditionals are not supported')
      if (/^\(\?[aiLmsux]+\)/.test(head))
        throw new SyntaxError('global flags not at the start of the expression')
    }
    if (verbose && /\s/.test(ch)) {
      i++
      continue
    }
    if (verbose && ch === '#') {
      while (i < n && rest[i] !== '\n') i++
      continue
    }
    if (ch === '.') out += dotAll ? '[\\s\\S]' : '[^\\n]'
    else if (ch === '$') out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))'
    else if (ch === '^') out += multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '^'
    else if (ch === '{' && /^\{,\d+\}/.test(rest.slice(i))) out += '{0'
    else if ((ch === '+' || ch === '*' || ch === '?' || ch === '}') && rest[i + 1] === '+') {
      throw new SyntaxError('possessive quantifiers are not supported')
    } else out += ch
    i++
  }
  return new RegExp(out, flags.includes('i') ? 'i' : '')
}

// ---------------------------------------------------------------------------------------------
// Validation (chaostoolkit's ensure_hypothesis_tolerance_is_valid, same messages)

const BAD_TYPE =
  'hypothesis probe tolerance must either be an integer, a string, a boolean or a pair of values for boundaries. It can also be a dictionary which is a probe activity definition that takes an argument called `value` with the value of the probe itself to be validated'

/**
 * Checks a hypothesis probe tolerance. Returns at most one issue (chaostoolkit stops at the
 * first), with `field` relative to the tolerance ('' for the tolerance itself, '/pattern'...).
 * A `type: probe` tolerance must also be validated as an activity by the caller.
 */
export function validateTolerance(tolerance: unknown): ValidationIssue[] {
  const issue = (field: string, message: string, expected?: string): ValidationIssue[] => [
    { field, message, ...(expected === undefined ? {} : { expected }) }
  ]
  const okScalar =
    typeof tolerance === 'boolean' ||
    typeof tolerance === 'string' ||
    (typeof tolerance === 'number' && Number.isInteger(tolerance))
  if (okScalar || Array.isArray(tolerance)) return []
  if (!isDict(tolerance)) {
    return issue('', BAD_TYPE, 'an integer, a string, a boolean, a list or an object')
  }
  switch (tolerance.type) {
    case 'probe':
      return []
    case 'regex': {
      if (!Object.hasOwn(tolerance, 'pattern')) {
        return issue('/pattern', 'hypothesis regex probe tolerance must have a `pattern` key')
      }
      const pattern = tolerance.pattern
      if (typeof pattern !== 'string') {
        return issue(
          '/pattern',
          `hypothesis probe tolerance pattern ${pyStr(pattern)} has an invalid type`,
          'a string'
        )
      }
      try {
        pythonRegExp(pattern)
      } catch (error) {
        return issue(
          '/pattern',
          `hypothesis probe tolerance pattern ${pattern} seems invalid: ${regexErrorText(error)}`,
          'a Python regular expression'
        )
      }
      return []
    }
    case 'jsonpath': {
      if (!Object.hasOwn(tolerance, 'path')) {
        return issue('/path', 'hypothesis jsonpath probe tolerance must have a `path` key')
      }
      const raw = tolerance.path
      if (typeof raw !== 'string') {
        return issue(
          '/path',
          `hypothesis probe tolerance JSON path ${pyStr(raw)} has an invalid type`,
          'a string'
        )
      }
      const path = raw.trim()
      if (!path) return issue('/path', 'hypothesis probe tolerance JSON path cannot be empty')
      try {
        parseJsonPath(path)
      } catch (error) {
        if (!(error instanceof JsonPathSyntaxError)) throw error
        return issue(
          '/path',
          `hypothesis probe tolerance JSON path ${path} is invalid`,
          `a jsonpath2 path (${error.message})`
        )
      }
      return []
    }
    case 'range': {
      if (!Object.hasOwn(tolerance, 'range')) {
        return issue('/range', 'hypothesis range probe tolerance must have a `range` key')
      }
      const range = tolerance.range
      if (!Array.isArray(range)) return issue('/range', 'hypothesis range must be a sequence')
      if (range.length !== 2) {
        return issue('/range', 'hypothesis range sequence must be made of two values')
      }
      const isNumber = (v: unknown) => typeof v === 'number' || typeof v === 'boolean'
      if (!isNumber(range[0])) {
        return issue('/range/0', 'hypothesis range lower boundary must be a number')
      }
      if (!isNumber(range[1])) {
        return issue('/range/1', 'hypothesis range upper boundary must be a number')
      }
      return []
    }
    case 'slo':
      return validateSlo(tolerance).slice(0, 1)
    default:
      return issue(
        '/type',
        `hypothesis probe tolerance type '${pyStr(tolerance.type)}' is unsupported`,
        'probe, regex, jsonpath or range'
      )
  }
}
