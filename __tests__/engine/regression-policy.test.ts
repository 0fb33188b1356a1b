import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  DEFAULT_REGRESSION_TOLERANCE,
  DEFAULT_REGRESSION_TOLERANCE_TEXT,
  failsGate,
  isRegression,
  parseRegressionTolerance,
  verdictFails
} from '../../src/engine/policy.ts'

const ms = { better: 'lower', unit: 'ms' } as const
const rate = { better: 'lower', unit: 'ratio' } as const
const availability = { better: 'higher', unit: 'ratio' } as const

test('the default tolerance is what its text says', () => {
  assert.deepEqual(
    parseRegressionTolerance(DEFAULT_REGRESSION_TOLERANCE_TEXT),
    DEFAULT_REGRESSION_TOLERANCE
  )
  assert.deepEqual(parseRegressionTolerance('10%, 5ms'), DEFAULT_REGRESSION_TOLERANCE)
})

test('a tolerance reads its parts in any order; the rest keep their defaults', () => {
  assert.deepEqual(parseRegressionTolerance('20ms 25%'), {
    relative: 0.25,
    absolute: { ...DEFAULT_REGRESSION_TOLERANCE.absolute, ms: 20 }
  })
  assert.deepEqual(parseRegressionTolerance('2s,1pp,3'), {
    relative: 0.1,
    absolute: { ms: 5, s: 2, ratio: 0.01, number: 3 }
  })
  for (const bad of ['', ' , ', 'ten', '10 percent', '-5ms', '5 min', '10%%'])
    assert.equal(parseRegressionTolerance(bad), undefined, bad)
})

test('a latency regresses only past both the relative and the absolute part', () => {
  // +50 % but only +1 ms: noise at this scale.
  assert.equal(isRegression(ms, 2, 3), false)
  // +6 ms but only +3 %.
  assert.equal(isRegression(ms, 200, 206), false)
  // +11 % and +22 ms.
  assert.equal(isRegression(ms, 200, 222), true)
  // Better is never a regression.
  assert.equal(isRegression(ms, 200, 100), false)
  assert.equal(
    isRegression(ms, 200, 222, { relative: 0.2, absolute: { ms: 5, s: 1, ratio: 0, number: 0 } }),
    false
  )
})

test('rates: from 0 only past the points given; higher-is-better figures regress downwards', () => {
  assert.equal(isRegression(rate, 0, 0.0005), false)
  assert.equal(isRegression(rate, 0, 0.02), true)
  assert.equal(isRegression(availability, 0.999, 0.95), false, '-4.9 % is within 10 %')
  assert.equal(isRegression(availability, 0.999, 0.8), true)
  assert.equal(isRegression(availability, 0.95, 0.999), false)
})

test('fail-on: regression fails like not-passed, and on any regression even when all passed', () => {
  const passed = [{ verdict: 'passed' as const }]
  assert.equal(failsGate(passed, 'regression'), false)
  assert.equal(failsGate(passed, 'regression', 1), true)
  assert.equal(failsGate(passed, 'not-passed', 3), false, 'regressions count only under regression')
  assert.equal(failsGate([{ verdict: 'deviated' as const }], 'regression'), true)
  assert.equal(verdictFails('skipped', 'regression'), false)
  assert.equal(verdictFails('not-steady', 'regression'), true)
})
