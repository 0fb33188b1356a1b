import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import {
  canonicalKind,
  isOneShot,
  labelValue,
  pluralOf
} from '../../src/providers/chaos-mesh/kinds.ts'
import {
  describeConditions,
  goDurationSeconds,
  readState,
  recordPod,
  selectorNamespaces
} from '../../src/providers/chaos-mesh/status.ts'

describe('Chaos Mesh kinds', () => {
  it('maps kinds to the CRD plurals and accepts any case', () => {
    assert.equal(pluralOf('PodChaos'), 'podchaos')
    assert.equal(pluralOf('Schedule'), 'schedules')
    assert.equal(pluralOf('Workflow'), 'workflows')
    assert.equal(canonicalKind('networkchaos'), 'NetworkChaos')
    assert.equal(canonicalKind('HTTPCHAOS'), 'HTTPChaos')
    assert.equal(canonicalKind('schedules'), 'Schedule')
    assert.equal(canonicalKind('PodNetworkChaos'), undefined)
    assert.equal(canonicalKind(3), undefined)
  })

  it('knows the one-shot actions', () => {
    assert.equal(isOneShot('PodChaos', {}), true)
    assert.equal(isOneShot('PodChaos', { action: 'container-kill' }), true)
    assert.equal(isOneShot('PodChaos', { action: 'pod-failure' }), false)
    assert.equal(isOneShot('NetworkChaos', { action: 'pod-kill' }), false)
  })

  it('makes label values from run ids', () => {
    assert.equal(
      labelValue('3f0c2a9e-1b2c-4d5e-8f90-123456789abc'),
      '3f0c2a9e-1b2c-4d5e-8f90-123456789abc'
    )
    assert.equal(labelValue('run #12/attempt 2'), 'run-12-attempt-2')
    // Too long: the start, then a hash of the whole (distinct values stay distinct), <= 63.
    const long = labelValue(`-${'x'.repeat(80)}`)
    assert.ok(long.length <= 63 && /^x+-[0-9a-f]{10}$/.test(long), long)
    assert.equal(labelValue('__a__'), 'a')
  })
})

describe('reading Chaos Mesh status', () => {
  it('derives selected / injected / recovered and failures from a status', () => {
    const s = readState({
      metadata: {
        name: 'x',
        finalizers: ['chaos-mesh/records'],
        deletionTimestamp: '2026-01-01T00:00:00Z'
      },
      status: {
        conditions: [
          { type: 'Selected', status: 'True' },
          { type: 'AllInjected', status: 'False' },
          { type: 'AllRecovered', status: 'False', reason: 'x' }
        ],
        experiment: {
          desiredPhase: 'Stop',
          containerRecords: [
            {
              id: 'shop/a',
              phase: 'Injected',
              events: [
                { type: 'Succeeded', operation: 'Apply' },
                { type: 'Failed', operation: 'Recover', message: 'daemon gone' }
              ]
            },
            {
              id: 'shop/b',
              phase: 'Not Injected',
              events: [{ type: 'Failed', operation: 'Apply', message: 'no such container' }]
            }
          ]
        }
      }
    })
    assert.equal(s.seen, true)
    assert.equal(s.selected, true)
    assert.equal(s.allInjected, false)
    assert.equal(s.allRecovered, false)
    assert.equal(s.desiredPhase, 'Stop')
    assert.deepEqual(s.applyFailures, ['shop/b: no such container'])
    assert.deepEqual(s.recoverFailures, ['shop/a: daemon gone'])
    assert.deepEqual(s.finalizers, ['chaos-mesh/records'])
    assert.equal(s.deleting, true)
    assert.equal(
      describeConditions(s.conditions),
      'Selected=True, AllInjected=False, AllRecovered=False (x)'
    )
  })

  it('treats a missing or malformed status as not seen', () => {
    const s = readState({ metadata: { name: 'x' } })
    assert.equal(s.seen, false)
    assert.deepEqual(s.records, [])
    assert.equal(
      readState({
        status: { conditions: 'nope', experiment: { containerRecords: [null, { id: 1 }] } }
      }).records.length,
      0
    )
    assert.equal(readState(undefined).selected, false)
  })

  it('finds every namespace a spec can reach through selectors', () => {
    assert.deepEqual(
      selectorNamespaces({
        selector: { namespaces: ['a', 'b'], pods: { c: ['p'] } },
        target: { selector: { namespaces: ['d'] } },
        podChaos: { selector: { namespaces: ['e'] } },
        templates: [{ networkChaos: { selector: { pods: { f: ['x'] } } } }]
      }).sort(),
      ['a', 'b', 'c', 'd', 'e', 'f']
    )
    assert.deepEqual(selectorNamespaces({ selector: { labelSelectors: { app: 'web' } } }), [])
  })

  it('parses record ids and Go durations', () => {
    assert.deepEqual(recordPod('shop/web-0'), { namespace: 'shop', pod: 'web-0' })
    assert.deepEqual(recordPod('shop/web-0/nginx'), {
      namespace: 'shop',
      pod: 'web-0',
      container: 'nginx'
    })
    assert.equal(recordPod('nonsense'), undefined)
    assert.equal(goDurationSeconds('1m30s'), 90)
    assert.equal(goDurationSeconds('500ms'), 0.5)
    assert.equal(goDurationSeconds(12), 12)
    assert.equal(goDurationSeconds('12'), 12)
    assert.equal(goDurationSeconds('soon'), undefined)
    assert.equal(goDurationSeconds('1x'), undefined)
  })
})
