import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  JsonPathEvalError,
  JsonPathSyntaxError,
  matchJsonPath as match,
  parseJsonPath
} from '../../src/engine/jsonpath.ts'

const doc = {
  foo: [{ baz: 1, name: 'a' }, { baz: 2, name: 'b' }, { other: 3 }],
  bar: { baz: 'hello', n: [10, 20, 30, 40, 50] },
  text: 'héllo'
}

describe('jsonpath2 dialect: navigation', () => {
  it('follows members, indexes and wildcards', () => {
    assert.deepEqual(match('$.bar.baz', doc), ['hello'])
    assert.deepEqual(match('$["bar"]["n"][0]', doc), [10])
    assert.deepEqual(match('$.bar.n[-1]', doc), [50])
    assert.deepEqual(match('$.bar.n[9]', doc), [])
    assert.deepEqual(match('$.foo[*].baz', doc), [1, 2])
    assert.deepEqual(match('$.foo.*.name', doc), ['a', 'b'])
    assert.deepEqual(match('$.bar.*', doc), ['hello', [10, 20, 30, 40, 50]])
    assert.deepEqual(match('$.bar.n[0,4]', doc), [10, 50])
    assert.deepEqual(match('$', 5), [5])
    assert.deepEqual(match('$.missing.deeper', doc), [])
  })

  it('slices with jsonpath2 range arithmetic', () => {
    assert.deepEqual(match('$.bar.n[1:3]', doc), [20, 30])
    assert.deepEqual(match('$.bar.n[-2:]', doc), [40, 50])
    assert.deepEqual(match('$.bar.n[::2]', doc), [10, 30, 50])
    assert.deepEqual(match('$.bar.n[:2]', doc), [10, 20])
    // A negative step from the default start (0) to the default end (len) is empty in jsonpath2.
    assert.deepEqual(match('$.bar.n[::-1]', doc), [])
    assert.deepEqual(match('$.bar.n[4:1:-2]', doc), [50, 30])
    // A start past the front is clamped to 0; an end is shifted once, then indices wrap again.
    assert.deepEqual(match('$.bar.n[-10:1]', doc), [10])
    assert.deepEqual(match('$.bar.n[4:-10:-1]', doc), [50, 40, 30, 20, 10, 50, 40, 30, 20])
    assert.throws(() => match('$.bar.n[::0]', doc), JsonPathEvalError)
  })

  it('descends recursively, node first then children in order', () => {
    assert.deepEqual(match('$..baz', doc), [1, 2, 'hello'])
    assert.deepEqual(match('$..[0]', { a: [1, [2, 3]] }), [1, 2])
  })

  it('supports the callable subscripts', () => {
    assert.deepEqual(match('$.foo.length()', doc), [3])
    assert.deepEqual(match('$.text.length()', doc), [5])
    assert.deepEqual(match('$.bar.keys()', doc), [['baz', 'n']])
    assert.deepEqual(match('$.foo[0].entries()', doc), [
      [
        ['baz', 1],
        ['name', 'a']
      ]
    ])
    assert.deepEqual(match('$.text.charAt(1)', doc), ['é'])
    assert.deepEqual(match('$.text.substring(1, -1)', doc), ['éll'])
    assert.deepEqual(match('$.bar[length()]', doc), [])
  })

  it('indexes by a computed path', () => {
    assert.deepEqual(match('$.items[$.pick]', { items: ['x', 'y'], pick: 1 }), ['y'])
    assert.deepEqual(match('$.map[$.key]', { map: { a: 1 }, key: 'a' }), [1])
  })
})

describe('jsonpath2 dialect: filters', () => {
  it('tests the current node itself, not its children', () => {
    assert.deepEqual(match('$.foo[?(@.baz)]', doc), [], 'foo is a list: it has no baz')
    assert.deepEqual(match('$.bar[?(@.baz)]', doc), [doc.bar])
    assert.deepEqual(match('$.foo.*[?(@.baz)].baz', doc), [1, 2])
  })

  it('compares with a single = and other operators', () => {
    assert.deepEqual(match('$.foo.*[?(@.baz=2)].name', doc), ['b'])
    assert.deepEqual(match('$.foo.*[?(@.name="a")].baz', doc), [1])
    assert.deepEqual(match('$.foo.*[?(@.baz!=2)].name', doc), ['a'])
    assert.deepEqual(match('$.foo.*[?(@.baz>=1)].name', doc), ['a', 'b'])
    assert.deepEqual(match('$.foo.*[?(@.name<"z")]', doc), [], '< only compares numbers')
    assert.deepEqual(match('$.foo.*[?(@.baz=true)].name', doc), ['a'], 'Python: 1 == True')
    assert.deepEqual(match('$[?(@.n=[10, 20])]', { n: [10, 20] }), [{ n: [10, 20] }])
  })

  it('is existential over matched values', () => {
    assert.deepEqual(match('$[?(@.n[*]=30)].baz', doc.bar), ['hello'])
    assert.deepEqual(match('$[?(@.n[*]=31)]', doc.bar), [])
  })

  it('combines with and/or/not, where or binds tighter than and', () => {
    const items = { xs: [{ a: 1 }, { b: 1 }, { a: 1, c: 1 }] }
    assert.equal(match('$.xs.*[?(@.a and not @.c)]', items).length, 1)
    assert.equal(match('$.xs.*[?(@.a or @.b)]', items).length, 3)
    // (@.b or @.c) and @.a
    assert.deepEqual(match('$.xs.*[?(@.b or @.c and @.a)]', items), [{ a: 1, c: 1 }])
    assert.equal(match('$.xs.*[?(not (@.a or @.b))]', items).length, 0)
  })
})

describe('jsonpath2 dialect: syntax', () => {
  it('rejects what jsonpath2 rejects', () => {
    for (const bad of [
      "$['single']",
      '$.a[?(@.x==1)]',
      '$.true',
      '$.a[1.5]',
      '$.',
      'a.b',
      '$.a[?(@.x=${v})]',
      '$.a[unknown()]',
      '$.a b'
    ]) {
      assert.throws(() => parseJsonPath(bad), JsonPathSyntaxError, bad)
    }
  })

  it('accepts whitespace between tokens', () => {
    assert.deepEqual(match(' $ . bar [ "baz" ] ', doc), ['hello'])
    assert.deepEqual(match('$.foo.*[?( @.baz = 1 )].name', doc), ['a'])
  })
})
