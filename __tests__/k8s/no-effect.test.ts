// Issue 11 item 3 for the kubernetes provider and the chaosk8s actions that delete or kill, on
// the real control plane: the evidence of what a fault reached is in its output, and a fault
// that reached nothing fails with NoEffectError (verdict `failed`) unless `expect_effect: false`.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { NoEffectError } from '../../src/engine/errors.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { judge, NO_EFFECT_FINDING } from '../../src/engine/verdict.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  setup,
  skip
} from '../providers/kubernetes-fixtures.ts'
import { processProvider } from '../../src/providers/process/process.ts'
import { loaded } from '../helpers/experiments.ts'

const reachedNothing = (pattern: RegExp) => (e: Error) => {
  assert.ok(e instanceof NoEffectError, `${e.name}: ${e.message}`)
  assert.match(e.message, pattern)
  return true
}

describe('kubernetes: a fault that reached nothing', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-noeffect')
    await deployment(client!, ns, 'web', 2)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  it('kill-pods: the evidence names the pods killed; zero matched is a NoEffectError', async () => {
    const { kube } = setup({ allowedNamespaces: [ns] })
    const { output } = await kube({
      action: 'kill-pods',
      namespace: ns,
      selector: 'app=web',
      count: 1,
      recoveryTimeout: 0
    })
    const evidence = (output as { evidence: { pods_killed: number; pods: string[] } }).evidence
    assert.equal(evidence.pods_killed, 1)
    assert.equal(evidence.pods.length, 1)
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: ns, selector: 'app=ghost' }),
      reachedNothing(/^the fault reached nothing: 0 running pods matched selector "app=ghost"/)
    )
  })

  it('chaosk8s terminate_pods, delete_pods, kill_microservice, delete_deployment: zero matched', async () => {
    const { python } = setup({ allowedNamespaces: [ns] })
    await assert.rejects(
      python('chaosk8s.pod.actions', 'terminate_pods', { ns, label_selector: 'app=ghost' }),
      reachedNothing(/0 pods matched label_selector "app=ghost" in namespace/)
    )
    await assert.rejects(
      python('chaosk8s.pod.actions', 'delete_pods', { ns, label_selector: 'app=ghost' }),
      reachedNothing(/0 pods matched/)
    )
    await assert.rejects(
      python('chaosk8s.actions', 'kill_microservice', { ns, name: 'ghost' }),
      reachedNothing(/0 objects matched "name in \(ghost\)"/)
    )
    await assert.rejects(
      python('chaosk8s.deployment.actions', 'delete_deployment', {
        ns,
        label_selector: 'app=ghost'
      }),
      reachedNothing(/0 deployments matched label_selector "app=ghost"/)
    )
    // A match still works and says what it killed.
    const { output } = await python('chaosk8s.pod.actions', 'terminate_pods', {
      ns,
      label_selector: 'app=web'
    })
    assert.equal((output as string[]).length, 1)
  })

  it('cordon and drain: no node matched is a NoEffectError', async () => {
    const { kube } = setup({ allowedNamespaces: [ns] })
    for (const action of ['cordon', 'drain']) {
      await assert.rejects(
        kube({ action, selector: 'chaos-action.dev/ghost=yes' }),
        reachedNothing(/^the fault reached nothing: 0 nodes matched label selector/)
      )
    }
  })

  const experiment = (expectEffect?: boolean) => ({
    'steady-state-hypothesis': {
      title: 'true runs',
      probes: [
        { type: 'probe', name: 'up', tolerance: 0, provider: { type: 'process', path: 'true' } }
      ]
    },
    method: [
      {
        type: 'action',
        name: 'kill-ghosts',
        provider: { type: 'kubernetes', action: 'kill-pods', namespace: ns, selector: 'app=ghost' },
        ...(expectEffect === undefined ? {} : { expect_effect: expectEffect })
      }
    ]
  })

  it('through the engine: failed, "nothing was proven"; expect_effect: false makes it a warning', async () => {
    const { registry } = setup({ allowedNamespaces: [ns] })
    registry.register(processProvider)
    const strict = loaded(experiment())
    const result = judge(await runExperiment(strict, { registry }), strict)
    assert.equal(result.verdict, 'failed')
    assert.ok(
      result.findings[0]?.message.startsWith(NO_EFFECT_FINDING),
      result.findings[0]?.message
    )
    const lenient = loaded(experiment(false))
    const journal = await runExperiment(lenient, { registry })
    assert.equal(journal.run[0]?.status, 'succeeded')
    assert.match(journal.run[0]?.warnings?.[0] ?? '', /0 running pods matched/)
    assert.equal(judge(journal, lenient).verdict, 'passed')
  })
})
