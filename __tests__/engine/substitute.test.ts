import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  hasPlaceholder,
  lookupName,
  substitute,
  substituteString
} from '../../src/engine/substitute.ts'

const configuration = {
  name: 'Jane',
  count: 8,
  enabled: true,
  nested: { a: [1, 'x'] },
  empty: null
}
const secrets = {
  first: { token: 'abc123', name: 'from-secret' },
  second: { token: 'later', password: 's3cret' }
}

describe('substituteString', () => {
  it('replaces ${name} inside a larger string with str() of the value', () => {
    assert.equal(substituteString('hello ${name}', configuration, secrets), 'hello Jane')
    assert.equal(substituteString('hello ${count}', configuration, {}), 'hello 8')
    assert.equal(substituteString('on=${enabled}', configuration, {}), 'on=True')
    assert.equal(substituteString('v=${empty}', configuration, {}), 'v=None')
    assert.equal(substituteString('n=${nested}', configuration, {}), "n={'a': [1, 'x']}")
  })

  it('keeps the type when the whole string is ${name}', () => {
    assert.equal(substituteString('${count}', configuration, {}), 8)
    assert.equal(substituteString('${enabled}', configuration, {}), true)
    assert.equal(substituteString('${empty}', configuration, {}), null)
    assert.deepEqual(substituteString('${nested}', configuration, {}), { a: [1, 'x'] })
  })

  it('substitutes unbraced $name, but only as a string', () => {
    assert.equal(substituteString('$count', configuration, {}), '8')
    assert.equal(substituteString('hi $name!', configuration, {}), 'hi Jane!')
    // The identifier runs as far as it can: $names is another name.
    assert.equal(substituteString('$names', configuration, {}), '$names')
  })

  it('turns $$ into $ and leaves stray dollars alone', () => {
    assert.equal(substituteString('$$count', configuration, {}), '$count')
    assert.equal(substituteString('cost: 5$', configuration, {}), 'cost: 5$')
    assert.equal(substituteString('$1 and ${ name }', configuration, {}), '$1 and ${ name }')
    assert.equal(substituteString('$$', configuration, {}), '$')
  })

  it('leaves unknown and non-identifier names verbatim', () => {
    assert.equal(substituteString('${firstname}', configuration, secrets), '${firstname}')
    assert.equal(
      substituteString('hello ${firstname}', configuration, secrets),
      'hello ${firstname}'
    )
    assert.equal(substituteString('${my-key}', { 'my-key': 1 }, {}), '${my-key}')
    assert.equal(substituteString('${a.b}', { 'a.b': 1 }, {}), '${a.b}')
    assert.equal(substituteString('${9lives}', { '9lives': 1 }, {}), '${9lives}')
  })

  it('accepts identifiers in any case and looks them up case-sensitively', () => {
    assert.equal(substituteString('${Name}', { Name: 'upper' }, {}), 'upper')
    assert.equal(substituteString('${NAME}', configuration, {}), '${NAME}')
  })

  it('looks in configuration first, then secret scopes in order', () => {
    assert.equal(substituteString('${name}', configuration, secrets), 'Jane')
    assert.equal(substituteString('${name}', {}, secrets), 'from-secret')
    assert.equal(substituteString('${token}', configuration, secrets), 'abc123')
    assert.equal(substituteString('${password}', configuration, secrets), 's3cret')
    assert.equal(
      substituteString('${token}', {}, { second: secrets.second, first: secrets.first }),
      'later'
    )
  })
})

describe('substitute', () => {
  it('recurses into objects and arrays without touching other leaves', () => {
    const input = {
      url: 'http://x/${name}',
      n: '${count}',
      list: ['${count}', ['$name', 3], { deep: '${enabled}' }],
      raw: 42,
      flag: false,
      none: null
    }
    const out = substitute(input, configuration, secrets)
    assert.deepEqual(out, {
      url: 'http://x/Jane',
      n: 8,
      list: [8, ['Jane', 3], { deep: true }],
      raw: 42,
      flag: false,
      none: null
    })
    assert.equal(input.n, '${count}', 'input is not mutated')
  })

  it('returns falsy and scalar inputs as they are', () => {
    assert.equal(substitute('', configuration, secrets), '')
    assert.equal(substitute(null, configuration, secrets), null)
    assert.equal(substitute(5, configuration, secrets), 5)
    assert.deepEqual(substitute({}, configuration, secrets), {})
  })

  it('works with no configuration or secrets at all', () => {
    assert.equal(substitute('${x} $$', undefined, undefined), '${x} $')
    assert.equal(substitute('${x}', null, null), '${x}')
  })
})

describe('lookupName and hasPlaceholder', () => {
  it('reports whether a name exists, even with a null value', () => {
    assert.deepEqual(lookupName('empty', configuration, secrets), { found: true, value: null })
    assert.deepEqual(lookupName('missing', configuration, secrets), { found: false })
  })

  it('detects placeholders', () => {
    assert.equal(hasPlaceholder('a ${b}'), true)
    assert.equal(hasPlaceholder('a $b'), true)
    assert.equal(hasPlaceholder('5$ ${a-b}'), false)
  })
})
