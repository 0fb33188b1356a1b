/**
 * Python value semantics that chaostoolkit's tolerances and substitution rely on: `==`, ordering,
 * `in`, truthiness and `str()`, applied to JSON-like JS values.
 *
 * Numbers: JS can't tell `1` from `1.0`, so an integral number is treated as a Python int and any
 * other number as a float. This only shows in `pyStr` (`1.0` from YAML prints `1`) and in type
 * names of error messages; `==` and ordering are the same for int and float in Python, so no
 * tolerance outcome depends on it. (The validator, which rejects float tolerances, can look at the
 * source text if it wants that distinction.)
 */

/** Python's TypeError, e.g. "'<=' not supported between instances of 'str' and 'int'". */
export class PyTypeError extends TypeError {
  constructor(message: string) {
    super(message)
    this.name = 'PyTypeError'
  }
}

export type PyOperator = '<' | '<=' | '>' | '>='

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isNumeric(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean'
}

/** Python's `type(value).__name__` for JSON-like values. */
export function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType'
  if (typeof value === 'boolean') return 'bool'
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float'
  if (typeof value === 'bigint') return 'int'
  if (typeof value === 'string') return 'str'
  if (Array.isArray(value)) return 'list'
  if (value instanceof Uint8Array) return 'bytes'
  if (typeof value === 'function') return 'function'
  return 'dict'
}

/** Python `a == b`: True == 1 == 1.0, deep list/dict equality, str never equals a number. */
export function pyEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b)
  if (a === undefined) a = null
  if (b === undefined) b = null
  if (a === null || b === null) return a === b
  if (typeof a === 'string' || typeof b === 'string') return a === b
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, i) => pyEquals(item, b[i]))
  }
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a)
    if (keys.length !== Object.keys(b).length) return false
    return keys.every((k) => Object.hasOwn(b, k) && pyEquals(a[k], b[k]))
  }
  return a === b
}

/** Compares code points, not UTF-16 units, as Python does for str. */
function compareStrings(a: string, b: string): number {
  if (a === b) return 0
  const ia = a[Symbol.iterator]()
  const ib = b[Symbol.iterator]()
  for (;;) {
    const x = ia.next()
    const y = ib.next()
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1
    if (x.value !== y.value) return x.value.codePointAt(0)! - y.value.codePointAt(0)!
  }
}

/**
 * Python ordering: <0, 0 or >0 (NaN when unordered, as with float('nan')). Numbers and bools
 * compare together, str with str by code point, list with list lexicographically. Anything else
 * throws PyTypeError worded for `op`, like Python would for that operator.
 */
export function pyCompare(a: unknown, b: unknown, op: PyOperator = '<'): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = Number(a)
    const y = Number(b)
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN
    return x < y ? -1 : x > y ? 1 : 0
  }
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b)
  if (Array.isArray(a) && Array.isArray(b)) {
    // Python finds the first pair that differs by ==, then orders that pair.
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) {
      if (!pyEquals(a[i], b[i])) return pyCompare(a[i], b[i], op)
    }
    return a.length - b.length
  }
  throw new PyTypeError(
    `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`
  )
}

/** Python `a <op> b`. */
export function pyCompareOp(a: unknown, op: PyOperator, b: unknown): boolean {
  const c = pyCompare(a, b, op)
  switch (op) {
    case '<':
      return c < 0
    case '<=':
      return c <= 0
    case '>':
      return c > 0
    case '>=':
      return c >= 0
  }
}

/** Python `value in container` for a list, a str (substring) or a dict (key). */
export function pyIn(value: unknown, container: unknown): boolean {
  if (Array.isArray(container)) return container.some((item) => pyEquals(item, value))
  if (typeof container === 'string') {
    if (typeof value !== 'string') {
      throw new PyTypeError(
        `'in <string>' requires string as left operand, not ${pyTypeName(value)}`
      )
    }
    return container.includes(value)
  }
  if (isDict(container)) return typeof value === 'string' && Object.hasOwn(container, value)
  throw new PyTypeError(`argument of type '${pyTypeName(container)}' is not iterable`)
}

/** Python `bool(value)`. */
export function pyTruthy(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'boolean') return value
  if (typeof value === 'number') return value !== 0 // NaN is truthy in Python too
  if (typeof value === 'string') return value.length > 0
  if (Array.isArray(value)) return value.length > 0
  if (value instanceof Uint8Array) return value.length > 0
  if (isDict(value)) return Object.keys(value).length > 0
  return true
}

/** Python `repr(float)` for a non-integral or non-finite number. */
function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan'
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf'
  // Both languages print the shortest round-tripping digits; only the exponent layout differs.
  const [mantissa = '', expText = '0'] = x.toExponential().split('e')
  const exp = Number(expText)
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? '-' : '+'
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  // JS also prints fixed notation here, and a non-integral number always has a '.'.
  return String(x)
}

function numberStr(x: number): string {
  if (Number.isInteger(x)) {
    // Large integral values are ints too (Python would print every digit).
    return Math.abs(x) < 1e21 ? String(x === 0 ? 0 : x) : BigInt(x).toString()
  }
  return floatRepr(x)
}

/** Python `repr(str)`: single quotes unless the text has a ' and no ". */
export function pyReprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (ch === quote || ch === '\\') out += `\\${ch}`
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) out += `\\x${cp.toString(16).padStart(2, '0')}`
    else if (cp >= 0xd800 && cp <= 0xdfff) out += `\\u${cp.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out + quote
}

/** Python `repr(value)`. */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return pyReprString(value)
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`
  if (value instanceof Uint8Array) return `b${pyReprString(Buffer.from(value).toString('latin1'))}`
  if (isDict(value)) {
    const items = Object.entries(value).map(([k, v]) => `${pyReprString(k)}: ${pyRepr(v)}`)
    return `{${items.join(', ')}}`
  }
  return pyStr(value)
}

/** Python `str(value)`: what substitution embeds when a value sits inside a larger string. */
export function pyStr(value: unknown): string {
  if (value === null || value === undefined) return 'None'
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  if (typeof value === 'number') return numberStr(value)
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'string') return value
  return pyRepr(value)
}
