// Validation of the `kubernetes` provider's short form. No cluster needed: validation never
// talks to the API server.
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { registerKubernetes } from '../../src/providers/kubernetes/index.ts'
import type { KubernetesOptions } from '../../src/providers/kubernetes/index.ts'
import { NativeModuleRegistry, ProviderRegistry } from '../../src/engine/provider.ts'
import type { ValidateContext } from '../../src/engine/provider.ts'
import type { ProviderSpec } from '../../src/engine/types.ts'
import type { ValidationIssue } from '../../src/engine/errors.ts'

async function validate(
  spec: Record<string, unknown>,
  options: KubernetesOptions = {}
): Promise<ValidationIssue[]> {
  const registry = new ProviderRegistry()
  registerKubernetes(registry, new NativeModuleRegistry(), options)
  const ctx: ValidateContext = {
    path: ['method', 1, 'provider'],
    locate: (p) => ({ file: 'e.yaml', line: p.length, column: 1 }),
    activityName: 'chaos',
    activityType: 'action'
  }
  return await registry.get('kubernetes')!.validate!(
    { type: 'kubernetes', ...spec } as ProviderSpec,
    ctx
  )
}

describe('kubernetes provider validation', () => {
  it('accepts the documented forms, keys at the top or under arguments', async () => {
    assert.deepEqual(
      await validate({ action: 'kill-pods', namespace: 'shop', selector: 'app=web', count: 1 }),
      []
    )
    assert.deepEqual(
      await validate({
        probe: 'workload-ready',
        kind: 'Deployment',
        name: 'web',
        namespace: 'shop',
        timeout: 30
      }),
      []
    )
    assert.deepEqual(
      await validate({
        action: 'scale',
        arguments: { name: 'web', namespace: 'shop', replicas: 2 }
      }),
      []
    )
    assert.deepEqual(await validate({ action: 'cordon', node: 'n1' }), [])
  })

  it('reports unknown forms, missing and unknown keys, each at its field', async () => {
    const none = await validate({ namespace: 'shop' })
    assert.match(none[0]!.message, /needs 'action' or 'probe'/)
    const unknown = await validate({ action: 'explode', namespace: 'shop' })
    assert.equal(unknown[0]!.field, '/method/1/provider/action')
    assert.match(unknown[0]!.expected ?? '', /kill-pods/)
    const issues = await validate({ action: 'scale', name: 'web', replica: 2 })
    assert.deepEqual(
      issues.map((i) => [i.field, i.message]),
      [
        ['/method/1/provider/namespace', "kubernetes action 'scale' needs 'namespace'"],
        ['/method/1/provider/replicas', "kubernetes action 'scale' needs 'replicas'"],
        ['/method/1/provider/replica', "unknown key 'replica' for kubernetes action 'scale'"]
      ]
    )
    const both = await validate({ action: 'scale', probe: 'pod-count', namespace: 'x' })
    assert.match(both[0]!.message, /either 'action' or 'probe'/)
  })

  it('refuses a literal namespace outside the blast radius, but not a substituted one', async () => {
    const refused = await validate(
      { action: 'kill-pods', namespace: 'billing' },
      { allowedNamespaces: ['shop'] }
    )
    assert.equal(refused.length, 1)
    assert.match(
      refused[0]!.message,
      /namespace "billing" is outside the blast radius \(allowed namespaces: \[shop\]/
    )
    assert.deepEqual(
      await validate({ action: 'kill-pods', namespace: '${ns}' }, { allowedNamespaces: ['shop'] }),
      []
    )
    assert.deepEqual(
      await validate({ probe: 'pod-count', namespace: 'billing' }, { allowedNamespaces: ['shop'] }),
      []
    )
  })
})
