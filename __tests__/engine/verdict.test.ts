import assert from 'node:assert/strict'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { runExperiment } from '../../src/engine/run.ts'
import type { RunOptions } from '../../src/engine/run.ts'
import { describeOutput, judge } from '../../src/engine/verdict.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { action, loaded, probe, tempDir } from '../helpers/experiments.ts'

const registry = createDefaultRegistry({ python: false })

async function verdictOf(experiment: Record<string, unknown>, options: Partial<RunOptions> = {}) {
  const exp = loaded(experiment)
  const journal = await runExperiment(exp, { registry, ...options })
  return {
    result: judge(journal, exp),
    text: JSON.stringify({ title: 't', description: 'd', method: [], ...experiment }, null, 2)
  }
}

/** 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1

const ok = probe('ok', 'exit 0', 0)

describe('judge', () => {
  it('passed: hypothesis held, every activity succeeded; findings are the probes that held', async () => {
    const { result } = await verdictOf({
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [action('a', 'true')],
      rollbacks: [action('r', 'true')]
    })
    assert.equal(result.verdict, 'passed')
    assert.equal(result.steadyBefore, true)
    assert.equal(result.steadyAfter, true)
    assert.deepEqual(result.rollbacksRun, ['r'])
    assert.equal(result.findings[0]?.met, true)
    assert.equal(result.findings[0]?.message, 'tolerance 0 met by status 0')
    assert.equal(result.file, 'experiments/test.json')
    assert.equal(result.title, 't')
  })

  it('not-steady: the hypothesis before missed (chaostoolkit says completed), pointing at the probe', async () => {
    const { result, text } = await verdictOf({
      'steady-state-hypothesis': { title: 'h', probes: [ok, probe('miss', 'exit 3', 0)] },
      method: [action('a', 'true')]
    })
    assert.equal(result.status, 'completed')
    assert.equal(result.verdict, 'not-steady')
    assert.equal(result.steadyBefore, false)
    assert.equal(result.steadyAfter, null)
    const f = result.findings[0]!
    assert.equal(f.activity, 'miss')
    assert.equal(f.phase, 'before')
    assert.equal(f.message, 'tolerance 0 not met by status 3')
    assert.equal(f.location?.file, 'experiments/test.json')
    assert.ok(
      Math.abs(f.location!.line - lineOf(text, '"name": "miss"')) <= 3,
      `line ${f.location?.line}`
    )
    assert.match(result.reason, /not met before the method/)
  })

  it('not-steady also when a probe before raised (status failed)', async () => {
    const { result } = await verdictOf({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('hang', 'sleep 5', 0, { timeout: 0.2 })]
      }
    })
    assert.equal(result.status, 'failed')
    assert.equal(result.verdict, 'not-steady')
    assert.equal(result.findings[0]?.message, 'failed: process activity took too long to complete')
  })

  it('deviated: the hypothesis after missed', async () => {
    const dir = tempDir()
    const m = join(dir, 'm')
    const { result } = await verdictOf({
      'steady-state-hypothesis': { title: 'h', probes: [probe('p', `test ! -f ${m}`, 0)] },
      method: [action('break', `touch ${m}`)]
    })
    assert.equal(result.verdict, 'deviated')
    assert.equal(result.findings[0]?.phase, 'after')
    assert.match(result.reason, /deviated after the method: probe 'p'/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('deviated when any continuous iteration missed, even without fail-fast (chaostoolkit: completed, not deviated)', async () => {
    const dir = tempDir()
    const m = join(dir, 'm')
    const { result } = await verdictOf(
      {
        'steady-state-hypothesis': { title: 'h', probes: [probe('p', `test ! -f ${m}`, 0)] },
        method: [
          action('break', `touch ${m}`),
          action('wait', 'sleep 0.4'),
          action('repair', `rm -f ${m}`)
        ]
      },
      { hypothesisStrategy: 'continuously', hypothesisFrequency: 0.1 }
    )
    assert.equal(result.status, 'completed')
    assert.equal(result.deviated, false)
    assert.equal(result.steadyAfter, true)
    assert.equal(result.verdict, 'deviated')
    assert.equal(result.findings[0]?.phase, 'during')
    assert.match(result.findings[0]!.message, /\(\d+ of \d+ iterations\)$/)
    rmSync(dir, { recursive: true, force: true })
  })

  it('failed: a method action failed although the hypothesis held', async () => {
    const { result, text } = await verdictOf({
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [action('fine', 'true'), action('inject', 'sleep 5', { timeout: 0.2 })]
    })
    assert.equal(result.status, 'completed')
    assert.equal(result.verdict, 'failed')
    const f = result.findings[0]!
    assert.equal(f.phase, 'method')
    assert.equal(f.activity, 'inject')
    assert.equal(f.kind, 'action')
    assert.ok(Math.abs(f.location!.line - lineOf(text, '"name": "inject"')) <= 3)
    assert.match(
      result.reason,
      /^Action 'inject' failed: process activity took too long to complete/
    )
  })

  it('failed: a rollback failed', async () => {
    const { result } = await verdictOf({
      method: [action('a', 'true')],
      rollbacks: [action('cleanup', 'sleep 5', { timeout: 0.2 })]
    })
    assert.equal(result.verdict, 'failed')
    assert.equal(result.findings[0]?.phase, 'rollback')
    assert.match(result.reason, /^Rollback 'cleanup'/)
  })

  it('aborted: names the activity that raised', async () => {
    const { result } = await verdictOf({
      method: [
        { type: 'action', name: 'bad', provider: { type: 'process', path: 'no-such-binary-xyz' } }
      ]
    })
    assert.equal(result.verdict, 'aborted')
    assert.equal(result.findings[0]?.activity, 'bad')
    assert.match(result.reason, /^The run was aborted: action 'bad' raised: .*no-such-binary-xyz/)
  })

  it('aborted by a tolerance chaostoolkit cannot evaluate: the reason carries the error', async () => {
    const { result } = await verdictOf({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('p', 'echo x', { type: 'regex', pattern: 'x' })]
      }
    })
    assert.equal(result.verdict, 'aborted')
    assert.match(
      result.reason,
      /^The run was aborted: probe 'p' tolerance could not be evaluated: .*regex/i
    )
    assert.equal(result.findings[0]?.phase, 'before')
    assert.equal(
      JSON.stringify(result.journal).includes('regex tolerance'),
      false,
      'not in the JSON'
    )
  })

  it('interrupted comes first', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 150)
    const { result } = await verdictOf(
      { method: [action('long', 'sleep 30')], rollbacks: [action('r', 'true')] },
      { signal: controller.signal }
    )
    assert.equal(result.verdict, 'interrupted')
    assert.deepEqual(result.rollbacksRun, ['r'])
  })
})

describe('finding text', () => {
  it('names what the tolerance judged: SLO fields, the target key, else the status', () => {
    const window = { requests: 240, error_rate: 0.176, p95_ms: 401.7, status: { '200': 14 } }
    assert.equal(
      describeOutput(window, { type: 'slo', error_rate: '<=1%', p95_ms: '<=300' }),
      'error_rate 0.176, p95_ms 401.7'
    )
    assert.equal(
      describeOutput(
        { status: 200, body: { up: false } },
        { type: 'jsonpath', path: '$.up', target: 'body' }
      ),
      'body {"up":false}'
    )
    assert.equal(describeOutput({ status: 503, body: 'x' }, 200), 'status 503')
  })
})
