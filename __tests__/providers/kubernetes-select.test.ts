// Pure parts of the Kubernetes provider: pod selection (chaosk8s rules), workload status, blast
// radius decisions, durations and label selectors.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import { BlastRadius, BlastRadiusRefused } from '../../src/providers/kubernetes/blast-radius.ts'
import {
  labelSelectorString,
  parseGoDuration,
  parseSince,
  selectPods,
  toLabelSelector,
  workloadStatus
} from '../../src/providers/kubernetes/select.ts'

const pods: KubeObject[] = [
  { metadata: { name: 'web-a', creationTimestamp: '2024-01-01T00:00:03Z' } },
  { metadata: { name: 'web-b', creationTimestamp: '2024-01-01T00:00:01Z' } },
  { metadata: { name: 'api-c', creationTimestamp: '2024-01-01T00:00:02Z' } },
  { metadata: { name: 'web-d', creationTimestamp: '2024-01-01T00:00:04Z' } }
]
const names = (ps: KubeObject[]) => ps.map((p) => p.metadata?.name)

describe('selectPods', () => {
  it('takes the first qty in API order, filtered by name pattern (re.search)', () => {
    assert.deepEqual(names(selectPods(pods, {})), ['web-a'])
    assert.deepEqual(names(selectPods(pods, { qty: 2, name_pattern: '-(b|c)$' })), [
      'web-b',
      'api-c'
    ])
    assert.deepEqual(names(selectPods(pods, { name_pattern: '^web', all: true })), [
      'web-a',
      'web-b',
      'web-d'
    ])
    assert.deepEqual(names(selectPods(pods, { qty: 10 })), names(pods), 'capped at what exists')
  })
  it('percentage rounds up; oldest sorts by creation', () => {
    assert.equal(selectPods(pods, { mode: 'percentage', qty: 30 }).length, 2)
    assert.equal(selectPods(pods, { mode: 'percentage', qty: 0 }).length, 0)
    assert.deepEqual(names(selectPods(pods, { order: 'oldest', qty: 2 })), ['web-b', 'api-c'])
  })
  it('rand samples without repeats', () => {
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    const picked = names(selectPods(pods, { rand: true, qty: 3 }, random))
    assert.equal(new Set(picked).size, 3)
  })
  it('rejects what chaosk8s rejects, with its messages', () => {
    assert.throws(() => selectPods(pods, { qty: -1 }), /Quantity '-1' is negative/)
    assert.throws(() => selectPods(pods, { mode: 'half' }), /Mode 'half' is invalid/)
    assert.throws(() => selectPods(pods, { order: 'newest' }), /Order 'newest' is invalid/)
  })
})

describe('workloadStatus', () => {
  it('a Deployment is complete only when every replica is updated, ready and available', () => {
    const d = (status: Record<string, unknown>, generation = 2): KubeObject => ({
      metadata: { generation },
      spec: { replicas: 3 },
      status: { observedGeneration: 2, ...status }
    })
    const full = { replicas: 3, readyReplicas: 3, availableReplicas: 3, updatedReplicas: 3 }
    assert.equal(workloadStatus('Deployment', d(full)).complete, true)
    assert.equal(workloadStatus('Deployment', d({ ...full, updatedReplicas: 2 })).complete, false)
    assert.equal(
      workloadStatus('Deployment', d({ ...full, replicas: 4 })).complete,
      false,
      'old pod left'
    )
    assert.equal(workloadStatus('Deployment', d(full, 3)).complete, false, 'new spec not observed')
  })
  it('StatefulSet needs the update revision rolled out; DaemonSet counts scheduled pods', () => {
    const s: KubeObject = {
      metadata: { generation: 1 },
      spec: { replicas: 2 },
      status: {
        observedGeneration: 1,
        replicas: 2,
        readyReplicas: 2,
        availableReplicas: 2,
        updatedReplicas: 2,
        currentRevision: 'a',
        updateRevision: 'b'
      }
    }
    assert.equal(workloadStatus('StatefulSet', s).complete, false)
    s.status!.currentRevision = 'b'
    assert.equal(workloadStatus('StatefulSet', s).complete, true)
    const ds: KubeObject = {
      metadata: { generation: 1 },
      status: {
        observedGeneration: 1,
        desiredNumberScheduled: 3,
        numberReady: 2,
        numberAvailable: 2,
        updatedNumberScheduled: 3
      }
    }
    assert.deepEqual(
      { ...workloadStatus('DaemonSet', ds) },
      { desired: 3, ready: 2, available: 2, updated: 3, observed: true, complete: false }
    )
  })
})

describe('BlastRadius', () => {
  it('never allows the system namespaces unless told, even with *', () => {
    const r = new BlastRadius({ allowedNamespaces: ['*'] })
    assert.match(r.whyNot('kube-system') ?? '', /system namespace/)
    assert.equal(r.whyNot('shop'), undefined)
    assert.equal(new BlastRadius({ allowKubeSystem: true }).whyNot('kube-system'), undefined)
    assert.equal(
      new BlastRadius({ allowedNamespaces: ['kube-system'] }).whyNot('kube-system'),
      undefined
    )
  })
  it('names the namespace and the allowed set when refusing', () => {
    const r = new BlastRadius({ allowedNamespaces: ['shop', 'cart'] })
    assert.throws(
      () => r.checkNamespaces('kill-pods', ['billing']),
      (e: unknown) =>
        e instanceof BlastRadiusRefused &&
        /refused kill-pods: namespace "billing" is outside the blast radius/.test(e.message) &&
        e.message.includes('[shop, cart]')
    )
    assert.doesNotThrow(() => r.checkNamespaces('kill-pods', ['shop']))
  })
  it('limits pods per action and cluster-wide faults', () => {
    const r = new BlastRadius({ allowedNamespaces: ['shop'], maxPodsPerAction: 2 })
    assert.doesNotThrow(() => r.checkPodCount('x', 2))
    assert.throws(
      () => r.checkPodCount('x', 3),
      /would affect 3 pods, more than max-pods-per-action \(2\)/
    )
    assert.throws(() => r.checkClusterWide('create_node', 'cluster-scoped nodes'), /allow "\*"/)
    assert.doesNotThrow(() =>
      new BlastRadius({ allowedNamespaces: ['*'] }).checkClusterWide('x', 'y')
    )
    assert.equal(new BlastRadius().maxPods, 10)
  })
})

describe('selectors and durations', () => {
  it('turns LabelSelectors and mappings into the string form', () => {
    assert.equal(
      labelSelectorString({
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'canary', operator: 'DoesNotExist' }
        ]
      }),
      'app=web,tier in (a,b),!canary'
    )
    assert.equal(toLabelSelector({ app: 'web', tier: 'fe' }), 'app=web,tier=fe')
    assert.equal(toLabelSelector('app=web'), 'app=web')
    assert.equal(toLabelSelector(undefined), undefined)
  })
  it('parses relative and Go durations', () => {
    assert.equal(parseSince('10 minutes'), 600)
    assert.equal(parseSince('30s'), 30)
    assert.equal(parseSince('1 day ago'), 86400)
    assert.throws(() => parseSince('yesterday'), /cannot understand/)
    assert.equal(parseGoDuration('1m30s', 0), 90)
    assert.equal(parseGoDuration(undefined, 5), 5)
    assert.throws(() => parseGoDuration('1x', 0), /invalid duration/)
  })
})
