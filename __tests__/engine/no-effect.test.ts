// A fault that reached nothing (NoEffectError): the activity fails and the verdict is `failed`
// with "nothing was proven", unless the action says `expect_effect: false` (then a warning).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ActivityFailed, NoEffectError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { validateExperiment } from '../../src/engine/validate.ts'
import { NO_EFFECT_FINDING, judge } from '../../src/engine/verdict.ts'
import { ProviderRegistry } from '../../src/providers/provider.ts'
import type { Provider } from '../../src/providers/provider.ts'
import { loaded, probe } from '../helpers/experiments.ts'

/** A fault provider whose targets are `spec.targets`: none matched -> NoEffectError. */
function tinyFault(): Provider {
  return {
    type: 'tiny-fault',
    run(spec) {
      const targets = Array.isArray(spec.targets) ? spec.targets : []
      const evidence = { targets_hit: targets.length, names: targets }
      if (targets.length === 0) throw new NoEffectError('0 targets matched tier=web', evidence)
      return Promise.resolve({ evidence })
    }
  }
}

const registry = (): ProviderRegistry => new ProviderRegistry().register(tinyFault())

const withProcess = async (): Promise<ProviderRegistry> => {
  const { createDefaultRegistry } = await import('../../src/providers/index.ts')
  return createDefaultRegistry({ python: false, providers: [tinyFault()] })
}

const fault = (targets: string[], extra: Record<string, unknown> = {}) => ({
  type: 'action',
  name: 'kill-web',
  provider: { type: 'tiny-fault', targets },
  ...extra
})

const hypothesis = { title: 'h', probes: [probe('ok', 'exit 0', 0)] }

describe('NoEffectError', () => {
  it('is an ActivityFailed whose message starts with "the fault reached nothing: "', () => {
    const e = new NoEffectError('0 pods matched app=web in chaos-example', { pods_killed: 0 })
    assert.equal(e.message, 'the fault reached nothing: 0 pods matched app=web in chaos-example')
    assert.deepEqual(e.evidence, { pods_killed: 0 })
    assert.equal(e.name, 'NoEffectError')
    assert.ok(e instanceof ActivityFailed)
  })

  it('fails the action and the verdict (failed, "nothing was proven") though the hypothesis held', async () => {
    const exp = loaded({ 'steady-state-hypothesis': hypothesis, method: [fault([])] })
    const reg = await withProcess()
    const journal = await runExperiment(exp, { registry: reg })
    const run = journal.run[0]!
    assert.equal(run.status, 'failed')
    assert.match(run.exception?.at(-1) ?? '', /the fault reached nothing: 0 targets matched/)
    assert.equal(journal.steady_states.after?.steady_state_met, true)
    const result = judge(journal, exp)
    assert.equal(result.verdict, 'failed')
    const finding = result.findings[0]!
    assert.equal(finding.activity, 'kill-web')
    assert.ok(finding.message.startsWith(NO_EFFECT_FINDING), finding.message)
    assert.match(finding.message, /0 targets matched tier=web/)
    assert.equal(finding.location?.file, 'experiments/test.json')
    assert.match(result.reason, /reached nothing: nothing was proven/)
  })

  it('expect_effect: false makes it a warning: succeeded, evidence kept, verdict passed', async () => {
    const exp = loaded({
      'steady-state-hypothesis': hypothesis,
      method: [fault([], { expect_effect: false })]
    })
    const logger = new RecordingLogger()
    const journal = await runExperiment(exp, { registry: await withProcess(), logger })
    const run = journal.run[0]!
    assert.equal(run.status, 'succeeded')
    assert.equal(run.exception, undefined)
    assert.deepEqual(run.output, { targets_hit: 0, names: [] })
    assert.deepEqual(run.warnings, ['the fault reached nothing: 0 targets matched tier=web'])
    assert.ok(
      logger.lines.some((l) => l.level === 'warning' && /reached nothing/.test(l.message)),
      JSON.stringify(logger.lines)
    )
    assert.equal(judge(journal, exp).verdict, 'passed')
  })

  it('a fault that reached something is unaffected by expect_effect', async () => {
    const exp = loaded({
      'steady-state-hypothesis': hypothesis,
      method: [fault(['web-1'], { expect_effect: true })]
    })
    const journal = await runExperiment(exp, { registry: await withProcess() })
    assert.equal(journal.run[0]?.status, 'succeeded')
    assert.equal(journal.run[0]?.warnings, undefined)
    assert.equal(judge(journal, exp).verdict, 'passed')
  })
})

describe('expect_effect validation', () => {
  const issuesOf = async (activity: Record<string, unknown>) =>
    validateExperiment(loaded({ method: [activity] }), { registry: registry(), env: {} })

  it('is accepted on actions (true or false)', async () => {
    assert.deepEqual(await issuesOf(fault(['a'], { expect_effect: false })), [])
    assert.deepEqual(await issuesOf(fault(['a'], { expect_effect: true })), [])
  })

  it('is rejected on probes and when not a boolean, at file:line', async () => {
    const onProbe = await issuesOf({ ...fault(['a'], { expect_effect: false }), type: 'probe' })
    assert.equal(onProbe.length, 1, JSON.stringify(onProbe))
    assert.equal(onProbe[0]?.field, '/method/0/expect_effect')
    assert.match(onProbe[0]?.message ?? '', /actions only/)
    assert.ok((onProbe[0]?.location?.line ?? 0) > 1)
    const notBool = await issuesOf(fault(['a'], { expect_effect: 'no' }))
    assert.equal(notBool.length, 1, JSON.stringify(notBool))
    assert.equal(notBool[0]?.field, '/method/0/expect_effect')
  })
})
