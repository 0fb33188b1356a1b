/**
 * A JSONPath evaluator for the dialect of the Python `jsonpath2` package, which chaostoolkit's
 * jsonpath tolerance uses. It differs from Goessner-style libraries (jsonpath-plus...) in ways that
 * change results, so it is written here rather than borrowed:
 * - a filter `[?(...)]` tests the CURRENT node itself and yields it (iterate first: `.*[?(...)]`);
 * - comparison uses a single `=`; `!=`, `<`, `<=`, `>`, `>=` (the last four on numbers only);
 *   a comparison is true when ANY matched left value and right value satisfy it;
 * - `and` / `or` / `not`, where `or` binds TIGHTER than `and` (as the jsonpath2 grammar does);
 * - strings are double-quoted only, and kept as written (escapes are not decoded);
 * - `.name`, `["name"]`, `[n]` (negative allowed), `[start:end:step]` with jsonpath2's own range
 *   arithmetic, `[*]` / `.*`, `..` (the node first, then its descendants depth-first), `[a,b]`,
 *   `[@.x]` / `[$.x]` (index by a computed int or string), and the functions `length()`,
 *   `keys()`, `values()`, `entries()`, `charAt(n)`, `substring(a[, b])`.
 * Words `and`, `or`, `not`, `true`, `false`, `null` can't be used as bare member names.
 */
import { pyEquals, pyTruthy } from './py.ts'

export class JsonPathSyntaxError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonPathSyntaxError'
  }
}

/** Raised while matching where jsonpath2 itself would raise (a slice step of 0). */
export class JsonPathEvalError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JsonPathEvalError'
  }
}

type Operand = { kind: 'path'; path: PathExpr } | { kind: 'value'; value: unknown }

type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>='

type Expr =
  | { kind: 'and' | 'or'; items: Expr[] }
  | { kind: 'not'; expr: Expr }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'some'; operand: Operand }

type CallName = 'length' | 'keys' | 'values' | 'entries' | 'charAt' | 'substring'

type Subscript =
  | { kind: 'key'; name: string }
  | { kind: 'index'; index: number }
  | { kind: 'slice'; start: number | null; end: number | null; step: number | null }
  | { kind: 'wildcard' }
  | { kind: 'filter'; expr: Expr }
  | { kind: 'node'; path: PathExpr }
  | { kind: 'call'; name: CallName; args: Operand[] }

interface Step {
  descent: boolean
  subscripts: Subscript[]
}

interface PathExpr {
  from: 'root' | 'current'
  steps: Step[]
}

/** A parsed path; reuse it to match many values. */
export interface JsonPath {
  readonly source: string
  readonly expr: PathExpr
}

// ---------------------------------------------------------------------------------------------
// Lexer

type TokenKind =
  | '$'
  | '@'
  | '..'
  | '.'
  | '*'
  | '['
  | ']'
  | '('
  | ')'
  | '{'
  | '}'
  | ':'
  | ','
  | '?'
  | CompareOp
  | 'and'
  | 'or'
  | 'not'
  | 'true'
  | 'false'
  | 'null'
  | 'id'
  | 'string'
  | 'number'
  | 'eof'

interface Token {
  kind: TokenKind
  text: string
  column: number
}

const KEYWORDS = new Set(['and', 'or', 'not', 'true', 'false', 'null'])
const PUNCTUATION = ['..', '!=', '<=', '>=', '$', '@', '.', '*', '[', ']', '(', ')', '{', '}']
const PUNCTUATION_2 = [':', ',', '?', '=', '<', '>']
// Control characters are excluded inside strings, as in JSON.
// eslint-disable-next-line no-control-regex
const STRING_RE = /"(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|[^"\\\u0000-\u001f])*"/y
const NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?(?:0|[1-9][0-9]*))?/y
const ID_RE = /[_A-Za-z][_A-Za-z0-9]*/y

function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  const sticky = (re: RegExp): string | undefined => {
    re.lastIndex = i
    return re.exec(source)?.[0]
  }
  while (i < source.length) {
    const ch = source[i]!
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++
      continue
    }
    const punct = [...PUNCTUATION, ...PUNCTUATION_2].find((p) => source.startsWith(p, i))
    if (punct) {
      tokens.push({ kind: punct as TokenKind, text: punct, column: i })
      i += punct.length
      continue
    }
    let text = sticky(STRING_RE)
    if (text !== undefined) {
      tokens.push({ kind: 'string', text, column: i })
      i += text.length
      continue
    }
    text = sticky(NUMBER_RE)
    if (text !== undefined) {
      tokens.push({ kind: 'number', text, column: i })
      i += text.length
      continue
    }
    text = sticky(ID_RE)
    if (text !== undefined) {
      tokens.push({ kind: KEYWORDS.has(text) ? (text as TokenKind) : 'id', text, column: i })
      i += text.length
      continue
    }
    throw new JsonPathSyntaxError(`column ${i}: unexpected character '${ch}'`)
  }
  tokens.push({ kind: 'eof', text: '<EOF>', column: source.length })
  return tokens
}

// ---------------------------------------------------------------------------------------------
// Parser (recursive descent over the jsonpath2 grammar)

const CALLS: Record<CallName, true> = {
  length: true,
  keys: true,
  values: true,
  entries: true,
  charAt: true,
  substring: true
}

class Parser {
  readonly #tokens: Token[]
  #pos = 0

  constructor(tokens: Token[]) {
    this.#tokens = tokens
  }

  get #peek(): Token {
    return this.#tokens[this.#pos]!
  }

  /** The next token's kind; a method so TypeScript doesn't narrow it across #next() calls. */
  #at(kind: TokenKind): boolean {
    return this.#tokens[this.#pos]!.kind === kind
  }

  #next(): Token {
    const token = this.#peek
    if (token.kind !== 'eof') this.#pos++
    return token
  }

  #fail(expected: string): never {
    const t = this.#peek
    throw new JsonPathSyntaxError(`column ${t.column}: expected ${expected}, found '${t.text}'`)
  }

  #expect(kind: TokenKind): Token {
    if (this.#peek.kind !== kind) this.#fail(`'${kind}'`)
    return this.#next()
  }

  parseJsonPath(): PathExpr {
    this.#expect('$')
    const path: PathExpr = { from: 'root', steps: this.#steps() }
    if (this.#peek.kind !== 'eof') this.#fail('end of path')
    return path
  }

  #steps(): Step[] {
    const steps: Step[] = []
    for (;;) {
      const kind = this.#peek.kind
      if (kind === '..') {
        this.#next()
        const subscripts = this.#peek.kind === '[' ? this.#bracket() : [this.#bareword()]
        steps.push({ descent: true, subscripts })
      } else if (kind === '.') {
        this.#next()
        steps.push({ descent: false, subscripts: [this.#bareword()] })
      } else if (kind === '[') {
        steps.push({ descent: false, subscripts: this.#bracket() })
      } else {
        return steps
      }
    }
  }

  #bareword(): Subscript {
    if (this.#peek.kind === '*') {
      this.#next()
      return { kind: 'wildcard' }
    }
    if (this.#peek.kind !== 'id') this.#fail('a member name or *')
    const name = this.#next().text
    if (this.#at('(')) return this.#call(name)
    return { kind: 'key', name }
  }

  #call(name: string): Subscript {
    if (!Object.hasOwn(CALLS, name)) this.#fail(`a known function, not ${name}()`)
    this.#expect('(')
    const args: Operand[] = []
    if (this.#peek.kind !== ')') {
      args.push(this.#operand())
      while (this.#peek.kind === ',') {
        this.#next()
        args.push(this.#operand())
      }
    }
    this.#expect(')')
    return { kind: 'call', name: name as CallName, args }
  }

  #bracket(): Subscript[] {
    this.#expect('[')
    const items = [this.#subscriptable()]
    while (this.#peek.kind === ',') {
      this.#next()
      items.push(this.#subscriptable())
    }
    this.#expect(']')
    return items
  }

  #integer(): number {
    const token = this.#peek
    // jsonpath2 accepts only NUMBER tokens that Python's int() can read here.
    if (token.kind !== 'number' || !/^-?\d+$/.test(token.text)) this.#fail('an integer')
    this.#next()
    return Number(token.text)
  }

  #sliceRest(start: number | null): Subscript {
    this.#expect(':')
    let end: number | null = null
    let step: number | null = null
    if (this.#peek.kind === 'number') end = this.#integer()
    if (this.#peek.kind === ':') {
      this.#next()
      if (this.#at('number')) step = this.#integer()
    }
    return { kind: 'slice', start, end, step }
  }

  #subscriptable(): Subscript {
    const token = this.#peek
    switch (token.kind) {
      case 'string':
        this.#next()
        return { kind: 'key', name: token.text.slice(1, -1) }
      case 'number': {
        const index = this.#integer()
        return this.#peek.kind === ':' ? this.#sliceRest(index) : { kind: 'index', index }
      }
      case ':':
        return this.#sliceRest(null)
      case '*':
        this.#next()
        return { kind: 'wildcard' }
      case '?': {
        this.#next()
        this.#expect('(')
        const expr = this.#expression()
        this.#expect(')')
        return { kind: 'filter', expr }
      }
      case '$':
      case '@':
        return { kind: 'node', path: this.#pathOperand() }
      case 'id': {
        this.#next()
        if (this.#peek.kind !== '(') this.#fail("'(' after a function name")
        return this.#call(token.text)
      }
      default:
        return this.#fail('a subscript')
    }
  }

  #pathOperand(): PathExpr {
    const from = this.#next().kind === '$' ? 'root' : 'current'
    return { from, steps: this.#steps() }
  }

  // expression: andExpression; andExpression: orExpression ('and' andExpression)?
  #expression(): Expr {
    const items = [this.#orExpression()]
    while (this.#peek.kind === 'and') {
      this.#next()
      items.push(this.#orExpression())
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items }
  }

  #orExpression(): Expr {
    const items = [this.#notExpression()]
    while (this.#peek.kind === 'or') {
      this.#next()
      items.push(this.#notExpression())
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items }
  }

  #notExpression(): Expr {
    if (this.#peek.kind === 'not') {
      this.#next()
      return { kind: 'not', expr: this.#notExpression() }
    }
    if (this.#peek.kind === '(') {
      this.#next()
      const expr = this.#expression()
      this.#expect(')')
      return expr
    }
    const left = this.#operand()
    const op = this.#peek.kind
    if (op === '=' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=') {
      this.#next()
      return { kind: 'compare', op, left, right: this.#operand() }
    }
    return { kind: 'some', operand: left }
  }

  #operand(): Operand {
    const kind = this.#peek.kind
    if (kind === '$' || kind === '@') return { kind: 'path', path: this.#pathOperand() }
    return { kind: 'value', value: this.#value() }
  }

  #value(): unknown {
    const token = this.#peek
    if (token.kind === 'eof') this.#fail('a path or a JSON value')
    this.#next()
    switch (token.kind) {
      case 'string':
        return token.text.slice(1, -1)
      case 'number':
        return Number(token.text)
      case 'true':
        return true
      case 'false':
        return false
      case 'null':
        return null
      case '[': {
        const items: unknown[] = []
        if (this.#peek.kind !== ']') {
          items.push(this.#value())
          while (this.#peek.kind === ',') {
            this.#next()
            items.push(this.#value())
          }
        }
        this.#expect(']')
        return items
      }
      case '{': {
        const obj: Record<string, unknown> = {}
        if (this.#peek.kind !== '}') {
          do {
            if (this.#peek.kind === ',') this.#next()
            const key = this.#expect('string').text.slice(1, -1)
            this.#expect(':')
            obj[key] = this.#value()
          } while (this.#peek.kind === ',')
        }
        this.#expect('}')
        return obj
      }
      default:
        this.#pos--
        return this.#fail('a path or a JSON value')
    }
  }
}

/** Parses a jsonpath2 path; throws JsonPathSyntaxError when jsonpath2 would reject it. */
export function parseJsonPath(source: string): JsonPath {
  return { source, expr: new Parser(tokenize(source)).parseJsonPath() }
}

// ---------------------------------------------------------------------------------------------
// Matching

type Dict = Record<string, unknown>

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function isNumber(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean'
}

function children(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (isDict(value)) return Object.values(value)
  return []
}

function atIndex(list: unknown[], index: number): unknown[] {
  const i = index < 0 ? index + list.length : index
  return i >= 0 && i < list.length ? [list[i]] : []
}

/**
 * jsonpath2 0.4.5's slice: a negative start is shifted by the length (or to 0 when it reaches past
 * the front), a negative end is shifted once, then Python range() feeds array indexing (which
 * wraps negative indices again).
 */
function slice(list: unknown[], s: Extract<Subscript, { kind: 'slice' }>): unknown[] {
  const n = list.length
  const start = s.start === null ? 0 : s.start < 0 ? (-s.start < n ? s.start + n : 0) : s.start
  const end = s.end === null ? n : s.end < 0 ? s.end + n : s.end
  const step = s.step ?? 1
  if (step === 0) throw new JsonPathEvalError('range() arg 3 must not be zero')
  const out: unknown[] = []
  // Only indices in [-n, n) can hit; skip the rest without walking them one by one.
  if (step > 0) {
    let i = start < -n ? start + Math.ceil((-n - start) / step) * step : start
    for (; i < Math.min(end, n); i += step) out.push(...atIndex(list, i))
  } else {
    let i = start > n - 1 ? start - Math.ceil((start - (n - 1)) / -step) * -step : start
    for (; i > Math.max(end, -n - 1); i += step) out.push(...atIndex(list, i))
  }
  return out
}

function codePoints(text: string): string[] {
  return Array.from(text)
}

/** Python slice bounds for text[a:b]. */
function pySliceText(text: string, a: number, b?: number): string {
  const chars = codePoints(text)
  const n = chars.length
  const norm = (x: number) => (x < 0 ? Math.max(0, x + n) : Math.min(x, n))
  return chars.slice(norm(a), b === undefined ? n : norm(b)).join('')
}

function isPyInt(value: unknown): value is number | boolean {
  return typeof value === 'boolean' || (typeof value === 'number' && Number.isInteger(value))
}

function callFunction(name: CallName, current: unknown, args: unknown[]): unknown[] {
  switch (name) {
    case 'length':
      if (Array.isArray(current)) return [current.length]
      if (typeof current === 'string') return [codePoints(current).length]
      return []
    case 'keys':
      return isDict(current) ? [Object.keys(current)] : []
    case 'values':
      return isDict(current) ? [Object.values(current)] : []
    case 'entries':
      return isDict(current) ? [Object.entries(current).map(([k, v]) => [k, v])] : []
    case 'charAt': {
      if (typeof current !== 'string' || args.length !== 1 || !isPyInt(args[0])) return []
      return atIndex(codePoints(current), Number(args[0]))
    }
    case 'substring': {
      if (typeof current !== 'string') return []
      const [a, b] = args
      if (args.length === 1 && isPyInt(a)) return [pySliceText(current, Number(a))]
      if (args.length === 2 && isPyInt(a) && isPyInt(b)) {
        return [pySliceText(current, Number(a), Number(b))]
      }
      return []
    }
  }
}

function operandValues(operand: Operand, root: unknown, current: unknown): unknown[] {
  if (operand.kind === 'value') return [operand.value]
  return matchPath(operand.path, root, current)
}

function cartesian(lists: unknown[][]): unknown[][] {
  return lists.reduce<unknown[][]>(
    (acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])),
    [[]]
  )
}

function compare(op: CompareOp, a: unknown, b: unknown): boolean {
  switch (op) {
    case '=':
      return pyEquals(a, b)
    case '!=':
      return !pyEquals(a, b)
  }
  if (!isNumber(a) || !isNumber(b)) return false
  const x = Number(a)
  const y = Number(b)
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y
}

function evaluate(expr: Expr, root: unknown, current: unknown): boolean {
  switch (expr.kind) {
    case 'and':
      return expr.items.every((e) => evaluate(e, root, current))
    case 'or':
      return expr.items.some((e) => evaluate(e, root, current))
    case 'not':
      return !evaluate(expr.expr, root, current)
    case 'some':
      return expr.operand.kind === 'value'
        ? pyTruthy(expr.operand.value)
        : matchPath(expr.operand.path, root, current).length > 0
    case 'compare': {
      const lefts = operandValues(expr.left, root, current)
      const rights = operandValues(expr.right, root, current)
      return lefts.some((l) => rights.some((r) => compare(expr.op, l, r)))
    }
  }
}

function applySubscript(sub: Subscript, root: unknown, current: unknown): unknown[] {
  switch (sub.kind) {
    case 'key':
      return isDict(current) && Object.hasOwn(current, sub.name) ? [current[sub.name]] : []
    case 'index':
      return Array.isArray(current) ? atIndex(current, sub.index) : []
    case 'slice':
      return Array.isArray(current) ? slice(current, sub) : []
    case 'wildcard':
      return children(current)
    case 'filter':
      return evaluate(sub.expr, root, current) ? [current] : []
    case 'node':
      return matchPath(sub.path, root, current).flatMap((key) => {
        if (isPyInt(key)) return Array.isArray(current) ? atIndex(current, Number(key)) : []
        if (typeof key === 'string') {
          return isDict(current) && Object.hasOwn(current, key) ? [current[key]] : []
        }
        return []
      })
    case 'call': {
      const argLists = sub.args.map((a) => operandValues(a, root, current))
      return cartesian(argLists).flatMap((args) => callFunction(sub.name, current, args))
    }
  }
}

function matchSteps(steps: Step[], i: number, root: unknown, current: unknown, out: unknown[]) {
  const step = steps[i]
  if (!step) {
    out.push(current)
    return
  }
  const here = (node: unknown) => {
    for (const sub of step.subscripts) {
      for (const value of applySubscript(sub, root, node))
        matchSteps(steps, i + 1, root, value, out)
    }
  }
  if (!step.descent) {
    here(current)
    return
  }
  // `..x`: the node itself first, then each descendant, depth-first in document order.
  const descend = (node: unknown) => {
    here(node)
    for (const child of children(node)) descend(child)
  }
  descend(current)
}

function matchPath(path: PathExpr, root: unknown, current: unknown): unknown[] {
  const out: unknown[] = []
  matchSteps(path.steps, 0, root, path.from === 'root' ? root : current, out)
  return out
}

/** Every value the path matches in `document`, in jsonpath2's order. */
export function matchJsonPath(path: JsonPath | string, document: unknown): unknown[] {
  const parsed = typeof path === 'string' ? parseJsonPath(path) : path
  return matchPath(parsed.expr, document, document)
}
