import assert from 'node:assert/strict'
import { test } from 'node:test'
import { RUN_ID_LABEL, labelValue } from '../../src/providers/run-label.ts'
import { pyTruthy } from '../../src/engine/py.ts'

const VALID = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/

test('run ids become valid label values, distinct even past 63 characters', () => {
  assert.equal(RUN_ID_LABEL, 'chaos-action.dev/run-id')
  assert.equal(labelValue('123-1-build-ab12cd34'), '123-1-build-ab12cd34')
  const job = 'integration-tests-against-the-staging-cluster-with-a-long-name'
  const a = labelValue(`9876543210-1-${job}-aaaa1111`)
  const b = labelValue(`9876543210-1-${job}-bbbb2222`)
  for (const v of [a, b]) {
    assert.ok(v.length <= 63, `${v} is ${v.length} long`)
    assert.match(v, VALID)
  }
  assert.notEqual(a, b, 'two shards of one long-named job keep distinct labels')
  assert.match(labelValue('weird job/name!'), VALID)
  assert.match(labelValue('-'.repeat(80)), VALID)
})

test('one Python truthiness: empty list and dict are false', () => {
  assert.equal(pyTruthy([]), false)
  assert.equal(pyTruthy({}), false)
  assert.equal(pyTruthy([0]), true)
  assert.equal(pyTruthy(''), false)
  assert.equal(pyTruthy(0), false)
})
