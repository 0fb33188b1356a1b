import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  PyTypeError,
  pyCompare,
  pyCompareOp,
  pyEquals,
  pyIn,
  pyRepr,
  pyStr,
  pyTruthy,
  pyTypeName
} from '../../src/engine/py.ts'

describe('pyEquals', () => {
  it('treats bool as int and int as float', () => {
    assert.equal(pyEquals(true, 1), true)
    assert.equal(pyEquals(false, 0), true)
    assert.equal(pyEquals(true, 2), false)
    assert.equal(pyEquals(1, 1.0), true)
    assert.equal(pyEquals(0.1 + 0.2, 0.3), false)
  })

  it('never equates a str with a number or None', () => {
    assert.equal(pyEquals('1', 1), false)
    assert.equal(pyEquals('True', true), false)
    assert.equal(pyEquals('', null), false)
    assert.equal(pyEquals(null, undefined), true)
    assert.equal(pyEquals(null, 0), false)
  })

  it('compares lists and dicts deeply', () => {
    assert.equal(pyEquals([1, [true, 'a']], [1.0, [1, 'a']]), true)
    assert.equal(pyEquals([1, 2], [2, 1]), false)
    assert.equal(pyEquals([1], [1, 1]), false)
    assert.equal(pyEquals({ a: 1, b: [1] }, { b: [true], a: 1 }), true)
    assert.equal(pyEquals({ a: 1 }, { a: 1, b: 2 }), false)
    assert.equal(pyEquals({ a: null }, { b: null }), false)
    assert.equal(pyEquals([], {}), false)
  })
})

describe('pyCompare', () => {
  it('orders numbers and bools together', () => {
    assert.ok(pyCompare(1, 2) < 0)
    assert.equal(pyCompare(true, 1), 0)
    assert.ok(pyCompare(2.5, false) > 0)
    assert.ok(Number.isNaN(pyCompare(Number.NaN, 1)))
    assert.equal(pyCompareOp(Number.NaN, '<=', Number.NaN), false)
  })

  it('orders strings lexicographically by code point', () => {
    assert.ok(pyCompare('10', '9') < 0, "'10' < '9' in Python")
    assert.ok(pyCompare('B', 'a') < 0)
    assert.ok(pyCompare('ab', 'abc') < 0)
    // U+FF5E sorts before U+1F600 by code point, but after it by UTF-16 unit.
    assert.ok(pyCompare('\uff5e', '\u{1f600}') < 0)
  })

  it('orders lists element by element, then by length', () => {
    assert.ok(pyCompare([1, 2], [1, 3]) < 0)
    assert.ok(pyCompare([1, 2, 0], [1, 2]) > 0)
    assert.equal(pyCompare([1, 'a'], [true, 'a']), 0)
    assert.ok(pyCompare([1, 'b'], [2, 3]) < 0, 'decided before reaching the str/int pair')
  })

  it('throws Python TypeErrors for incomparable types', () => {
    assert.throws(
      () => pyCompare('a', 1, '<='),
      (e: unknown) =>
        e instanceof PyTypeError &&
        e.message === "'<=' not supported between instances of 'str' and 'int'"
    )
    assert.throws(
      () => pyCompare(null, 1),
      /'<' not supported between instances of 'NoneType' and 'int'/
    )
    assert.throws(
      () => pyCompare({}, {}, '>='),
      /'>=' not supported between instances of 'dict' and 'dict'/
    )
    assert.throws(() => pyCompare(1.5, [1]), /'float' and 'list'/)
    assert.throws(() => pyCompare([1, 'a'], [1, 2], '<='), /'str' and 'int'/)
  })

  it('pyCompareOp applies each operator', () => {
    assert.equal(pyCompareOp(200, '<=', 200), true)
    assert.equal(pyCompareOp(200, '<', 200), false)
    assert.equal(pyCompareOp('b', '>', 'a'), true)
    assert.equal(pyCompareOp(1, '>=', 2), false)
  })
})

describe('pyIn', () => {
  it('uses Python equality for list membership', () => {
    assert.equal(pyIn(1, [true]), true)
    assert.equal(pyIn('1', [1]), false)
    assert.equal(pyIn([1], [[1.0], 2]), true)
  })

  it('handles str and dict containers', () => {
    assert.equal(pyIn('ell', 'hello'), true)
    assert.equal(pyIn('a', { a: 1 }), true)
    assert.equal(pyIn('b', { a: 1 }), false)
    assert.throws(() => pyIn(1, 'abc'), /'in <string>' requires string as left operand, not int/)
    assert.throws(() => pyIn(1, 5), /argument of type 'int' is not iterable/)
  })
})

describe('pyTruthy', () => {
  it('follows bool()', () => {
    for (const v of [null, undefined, false, 0, '', [], {}]) assert.equal(pyTruthy(v), false)
    for (const v of [true, -1, Number.NaN, 'False', [0], { a: 0 }]) assert.equal(pyTruthy(v), true)
  })
})

describe('pyStr', () => {
  it('prints scalars like Python', () => {
    assert.equal(pyStr(true), 'True')
    assert.equal(pyStr(false), 'False')
    assert.equal(pyStr(null), 'None')
    assert.equal(pyStr(8), '8')
    assert.equal(pyStr(-0), '0')
    assert.equal(pyStr('text'), 'text')
    assert.equal(pyStr(1e22), '10000000000000000000000')
  })

  it('prints floats like Python repr', () => {
    assert.equal(pyStr(0.1), '0.1')
    assert.equal(pyStr(2.5), '2.5')
    assert.equal(pyStr(0.0001), '0.0001')
    assert.equal(pyStr(1e-5), '1e-05')
    assert.equal(pyStr(-1.5e-7), '-1.5e-07')
    assert.equal(pyStr(0.1 + 0.2), '0.30000000000000004')
    assert.equal(pyStr(Number.POSITIVE_INFINITY), 'inf')
    assert.equal(pyStr(Number.NaN), 'nan')
  })

  it('prints containers as Python repr', () => {
    assert.equal(pyStr([1, 'x', null, true]), "[1, 'x', None, True]")
    assert.equal(pyStr({ a: 1, b: { c: [] } }), "{'a': 1, 'b': {'c': []}}")
    assert.equal(pyStr(["it's"]), `["it's"]`)
    assert.equal(pyStr(['a\'b"c']), `['a\\'b"c']`)
    assert.equal(pyStr(['line\nnext\\']), "['line\\nnext\\\\']")
    assert.equal(pyRepr('x'), "'x'")
  })

  it('names types like Python', () => {
    assert.equal(pyTypeName(1), 'int')
    assert.equal(pyTypeName(1.5), 'float')
    assert.equal(pyTypeName(false), 'bool')
    assert.equal(pyTypeName(null), 'NoneType')
    assert.equal(pyTypeName({}), 'dict')
  })
})
