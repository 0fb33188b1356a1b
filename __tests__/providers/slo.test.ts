import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse as parseYaml } from 'yaml'
import { describeSloMisses, parseObjective, validateSlo, withinSlo } from '../../src/engine/slo.ts'
import { validateTolerance, withinTolerance } from '../../src/engine/tolerance.ts'

const ctx = { configuration: {}, secrets: {}, runProbe: async () => true }
const window = { requests: 500, errors: 3, error_rate: 0.006, p95_ms: 240, latency: { p99: 410 } }

describe('slo tolerance', () => {
  it('reads clearly in YAML and holds when every objective holds', async () => {
    const tolerance = parseYaml('{type: slo, error_rate: "<=0.01", p95_ms: "<=300"}')
    assert.equal(await withinTolerance(tolerance, window, ctx), true)
    assert.equal(await withinTolerance(tolerance, { ...window, p95_ms: 301 }, ctx), false)
    assert.equal(await withinTolerance(tolerance, { ...window, error_rate: 0.02 }, ctx), false)
  })

  it('knows every comparison, percentages, bare numbers and nested fields', () => {
    assert.deepEqual(parseObjective('e', '<= 1%'), {
      field: 'e',
      op: '<=',
      bound: 0.01,
      text: '<= 1%'
    })
    assert.equal(parseObjective('x', 300)?.op, '<=')
    assert.equal(parseObjective('x', '=5')?.op, '==')
    assert.equal(parseObjective('x', 'fast'), undefined)
    assert.equal(withinSlo({ type: 'slo', requests: '>=100', errors: '<5' }, window), true)
    assert.equal(withinSlo({ type: 'slo', requests: '>500' }, window), false)
    assert.equal(withinSlo({ type: 'slo', errors: '!=3' }, window), false)
    assert.equal(withinSlo({ type: 'slo', errors: '==3' }, window), true)
    assert.equal(withinSlo({ type: 'slo', error_rate: '<1%' }, window), true)
    assert.equal(withinSlo({ type: 'slo', 'latency.p99': '<=400' }, window), false)
    assert.equal(withinSlo({ type: 'slo', 'latency.p99': '<=500' }, window), true)
  })

  it('fails an objective whose field is missing or not numeric, and says why', () => {
    const tolerance = { type: 'slo', p99_ms: '<=300', p95_ms: '<=200' }
    assert.equal(withinSlo(tolerance, window), false)
    assert.equal(
      describeSloMisses(tolerance, window),
      'p99_ms missing from the probe output; p95_ms 240 not <=200'
    )
    assert.equal(withinSlo({ type: 'slo', p95_ms: '<=300' }, 'not json'), false)
  })

  it('reads a target key, parsing a JSON body', async () => {
    const output = { status: 200, body: JSON.stringify({ error_rate: 0.001 }) }
    const tolerance = { type: 'slo', target: 'body', error_rate: '<=0.01' }
    assert.equal(await withinTolerance(tolerance, output, ctx), true)
  })

  it('is validated: objectives must be comparisons and there must be one', () => {
    assert.deepEqual(validateSlo({ type: 'slo', error_rate: '<=0.01' }), [])
    const bad = validateSlo({ type: 'slo', p95_ms: 'quick' })
    assert.equal(bad.length, 1)
    assert.equal(bad[0]!.field, '/p95_ms')
    assert.match(bad[0]!.message, /not a comparison/)
    assert.match(validateSlo({ type: 'slo' })[0]!.message, /no objectives/)
    // Through the general validation, which used to reject the unknown kind.
    assert.deepEqual(validateTolerance({ type: 'slo', p95_ms: '<300' }), [])
    assert.equal(validateTolerance({ type: 'slo', p95_ms: [1] })[0]!.field, '/p95_ms')
  })
})
