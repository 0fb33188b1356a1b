import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { KubeConfig } from '@kubernetes/client-node'
import { ChaosMeshProvider } from '../../src/providers/chaos-mesh/index.ts'
import type { ProviderSpec } from '../../src/engine/types.ts'
import type { ValidateContext } from '../../src/engine/provider.ts'
import { activityContext } from '../helpers/activity-context.ts'

// A kubeconfig that is never contacted: validation and refusals happen before any request.
function offlineConfig(): KubeConfig {
  const kc = new KubeConfig()
  kc.loadFromOptions({
    clusters: [{ name: 'c', server: 'https://127.0.0.1:9', skipTLSVerify: true }],
    users: [{ name: 'u', token: 't' }],
    contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    currentContext: 'x'
  })
  return kc
}

const vctx: ValidateContext = {
  path: ['method', 0, 'provider'],
  locate: () => ({ file: 'e.yaml', line: 3, column: 5 }),
  activityName: 'inject',
  activityType: 'action'
}

function issues(provider: ChaosMeshProvider, spec: Record<string, unknown>): string[] {
  return (
    provider.validate({ type: 'chaos-mesh', ...spec } as ProviderSpec, vctx) as {
      field: string
      message: string
    }[]
  ).map((i) => `${i.field}: ${i.message}`)
}

describe('chaos-mesh provider validation', () => {
  const provider = new ChaosMeshProvider({
    kubeConfig: offlineConfig(),
    allowedNamespaces: ['shop']
  })

  it('accepts the inline, file, keep and delete forms', () => {
    assert.deepEqual(
      issues(provider, {
        kind: 'NetworkChaos',
        spec: { action: 'delay', selector: { namespaces: ['shop'] } },
        duration: 30
      }),
      []
    )
    assert.deepEqual(
      issues(provider, { kind: 'podchaos', spec: { action: 'pod-kill', mode: 'one' } }),
      []
    )
    assert.deepEqual(issues(provider, { kind: 'StressChaos', spec: { duration: '30s' } }), [])
    assert.deepEqual(issues(provider, { kind: 'HTTPChaos', spec: {}, keep: true }), [])
    assert.deepEqual(
      issues(provider, { kind: 'Workflow', spec: { entry: 'a', templates: [] } }),
      []
    )
    assert.deepEqual(issues(provider, { file: 'chaos/delay.yaml', duration: '1m' }), [])
    assert.deepEqual(issues(provider, { action: 'delete' }), [])
    assert.deepEqual(issues(provider, { action: 'delete', kind: 'DNSChaos', name: 'd' }), [])
  })

  it('names unknown kinds, keys and actions', () => {
    assert.deepEqual(issues(provider, { kind: 'PodKiller', spec: {}, duration: 1 }), [
      "/method/0/provider/kind: 'PodKiller' is not a Chaos Mesh kind"
    ])
    assert.deepEqual(
      issues(provider, { kind: 'PodChaos', spec: { action: 'pod-kill' }, durration: 5 }),
      ["/method/0/provider/durration: unknown key 'durration' for the chaos-mesh provider"]
    )
    assert.deepEqual(issues(provider, { action: 'pause' }), [
      "/method/0/provider/action: unknown chaos-mesh action 'pause'"
    ])
  })

  it('requires a way to end a fault that would run forever', () => {
    assert.deepEqual(issues(provider, { kind: 'NetworkChaos', spec: { action: 'loss' } }), [
      "/method/0/provider/duration: this NetworkChaos has no end: without 'spec.duration' it stays injected until deleted"
    ])
    assert.equal(
      issues(provider, { kind: 'Schedule', spec: { schedule: '@every 10s', duration: '5s' } })
        .length,
      1
    )
    assert.deepEqual(
      issues(provider, { kind: 'PodChaos', spec: { action: 'pod-failure' } }).length,
      1
    )
  })

  it('checks shapes: spec, file vs spec, durations, keep, delete by name', () => {
    assert.deepEqual(issues(provider, { kind: 'PodChaos', spec: 'pod-kill' }), [
      "/method/0/provider/spec: 'spec' must be a mapping (the Chaos Mesh object's spec)"
    ])
    assert.deepEqual(issues(provider, { kind: 'PodChaos', file: 'x.yaml' }), [
      "/method/0/provider/file: give either 'file' or 'kind' + 'spec', not both"
    ])
    assert.deepEqual(issues(provider, { kind: 'PodChaos', spec: {}, duration: 'soon' }), [
      "/method/0/provider/duration: 'duration' must be a number of seconds or a duration like '30s'"
    ])
    assert.deepEqual(issues(provider, { kind: 'PodChaos', spec: {}, keep: 'yes' }), [
      "/method/0/provider/keep: 'keep' must be true or false"
    ])
    assert.deepEqual(issues(provider, { action: 'delete', name: 'x' }), [
      "/method/0/provider/kind: deleting one object by 'name' needs its 'kind' too"
    ])
    assert.deepEqual(issues(provider, {}), [
      "/method/0/provider/kind: a chaos-mesh action in activity 'inject' needs 'kind' and 'spec', or 'file'"
    ])
    // Substituted later: not judged now.
    assert.deepEqual(issues(provider, { kind: '${kind}', spec: {}, duration: '${d}' }), [])
  })

  it('refuses namespaces outside the blast radius at validation time', () => {
    const out = issues(provider, {
      kind: 'PodChaos',
      namespace: 'kube-system',
      spec: { action: 'pod-kill' }
    })
    assert.equal(out.length, 1)
    assert.match(
      out[0] ?? '',
      /^\/method\/0\/provider\/namespace: namespace "kube-system" is a system namespace/
    )
    const sel = issues(provider, {
      kind: 'NetworkChaos',
      spec: {
        action: 'delay',
        selector: { namespaces: ['shop'] },
        target: { selector: { pods: { payments: ['p-0'] } } }
      },
      duration: 5
    })
    assert.equal(sel.length, 1)
    assert.match(
      sel[0] ?? '',
      /spec: a selector reaches namespace "payments" is outside the blast radius/
    )
  })
})

describe('chaos-mesh provider refusals at run time (nothing is sent)', () => {
  const provider = new ChaosMeshProvider({
    kubeConfig: offlineConfig(),
    allowedNamespaces: ['shop']
  })

  it('refuses a Schedule selector outside the allowed namespaces before any request', async () => {
    const { ctx } = activityContext()
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'Schedule',
          namespace: 'shop',
          spec: {
            schedule: '@every 1m',
            type: 'PodChaos',
            podChaos: { action: 'pod-kill', mode: 'one', selector: { namespaces: ['default'] } }
          },
          duration: 1
        },
        ctx
      ),
      /refused chaos-mesh Schedule: namespace "default" is outside the blast radius/
    )
    assert.equal(provider.runtime.requests, 0)
  })

  it('rejects a manifest that is not a Chaos Mesh object', async () => {
    const { ctx } = activityContext()
    await assert.rejects(
      provider.run({ type: 'chaos-mesh', kind: 'Deployment', spec: {}, duration: 1 }, ctx),
      /'Deployment' is not a Chaos Mesh kind/
    )
  })

  it('will not clean up a leftover recorded on another cluster', async () => {
    await assert.rejects(
      provider.cleanupPersisted(
        {
          kind: 'PodChaos',
          description: 'PodChaos shop/x',
          data: {
            server: 'https://elsewhere:6443',
            runId: 'r',
            kind: 'PodChaos',
            namespace: 'shop',
            name: 'x'
          }
        },
        {
          logger: (await import('../../src/engine/logger.ts')).silentLogger,
          signal: AbortSignal.timeout(5_000)
        }
      ),
      /is on https:\/\/elsewhere:6443 but the current kubeconfig points at https:\/\/127\.0\.0\.1:9; not touching it/
    )
  })
})
