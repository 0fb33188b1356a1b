import assert from 'node:assert/strict'
import { test } from 'node:test'
import { failsGate, notPassed, overallVerdict, verdictFails } from '../../src/engine/policy.ts'
import { VERDICTS, VERDICTS_WORST_FIRST, type Verdict } from '../../src/engine/types.ts'

const results = (...verdicts: Verdict[]) => verdicts.map((verdict) => ({ verdict }))

test('the overall verdict is the worst present, in the contract order; none when empty', () => {
  assert.deepEqual(
    [...VERDICTS_WORST_FIRST],
    [
      'failed',
      'aborted',
      'interrupted',
      'deviated',
      'not-steady',
      'inconclusive',
      'skipped',
      'dry-run',
      'passed'
    ]
  )
  assert.deepEqual([...VERDICTS_WORST_FIRST].sort(), [...VERDICTS].sort(), 'every verdict ranked')
  assert.equal(overallVerdict([]), 'none')
  assert.equal(overallVerdict(results('passed', 'passed')), 'passed')
  assert.equal(overallVerdict(results('passed', 'skipped')), 'skipped')
  assert.equal(overallVerdict(results('dry-run', 'skipped')), 'skipped')
  assert.equal(overallVerdict(results('dry-run', 'passed')), 'dry-run')
  assert.equal(overallVerdict(results('skipped', 'inconclusive')), 'inconclusive')
  assert.equal(overallVerdict(results('deviated', 'interrupted', 'passed')), 'interrupted')
  assert.equal(overallVerdict(results('not-steady', 'failed')), 'failed')
})

test('fail-on: not-passed fails on all but passed, skipped and dry-run', () => {
  const fails = VERDICTS.filter((v) => verdictFails(v, 'not-passed'))
  assert.deepEqual(fails.sort(), [
    'aborted',
    'deviated',
    'failed',
    'inconclusive',
    'interrupted',
    'not-steady'
  ])
  assert.equal(failsGate(results('passed', 'skipped', 'dry-run'), 'not-passed'), false)
  assert.equal(failsGate(results('passed', 'inconclusive'), 'not-passed'), true)
  assert.equal(failsGate([], 'not-passed'), false, 'an empty shard is not a failure')
})

test('fail-on: deviated fails only on deviated; never never fails', () => {
  assert.deepEqual(
    VERDICTS.filter((v) => verdictFails(v, 'deviated')),
    ['deviated']
  )
  assert.deepEqual(
    VERDICTS.filter((v) => verdictFails(v, 'never')),
    []
  )
  assert.deepEqual(notPassed(results('passed', 'skipped', 'failed')), results('skipped', 'failed'))
})
