import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { journalFileName } from '../../src/engine/journal.ts'
import { runExperiments } from '../../src/engine/runner.ts'
import { CHAOSLIB_COMPAT_VERSION, VERSION } from '../../src/version.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { action, loaded, probe, tempDir } from '../helpers/experiments.ts'

const registry = createDefaultRegistry({ python: false })

describe('runExperiments', () => {
  it('derives collision-free journal names from the file path', () => {
    assert.equal(journalFileName('examples/a/x.yaml'), 'examples__a__x.journal.json')
    assert.equal(journalFileName('./x.json'), 'x.journal.json')
    assert.equal(journalFileName('../up/x.yml'), 'up__up__x.journal.json')
    assert.equal(journalFileName('/abs/dir/x.yaml'), 'abs__dir__x.journal.json')
  })

  it('runs in order, writes each journal with x-chaos-action last, and summarises', async () => {
    const dir = tempDir('chaos-runner-')
    try {
      const good = loaded(
        {
          'steady-state-hypothesis': { title: 'h', probes: [probe('ok', 'true', 0)] },
          method: [action('a', 'true')]
        },
        'examples/a/x.yaml'
      )
      const bad = loaded(
        { 'steady-state-hypothesis': { title: 'h', probes: [probe('miss', 'false', 0)] } },
        'examples/b/x.json'
      )
      const same = loaded(
        {
          'steady-state-hypothesis': { title: 'h', probes: [probe('ok', 'true', 0)] },
          method: [action('a', 'true')]
        },
        'examples/a/x.yaml'
      )
      const order: string[] = []
      const summary = await runExperiments([good, bad, same], {
        journalDir: join(dir, 'journals'),
        registry,
        runId: 'run-123',
        onResult: (r) => order.push(r.verdict)
      })
      assert.deepEqual(order, ['passed', 'not-steady', 'passed'])
      assert.equal(summary.runId, 'run-123')
      assert.equal(summary.passed, 2)
      assert.equal(summary.notPassed, 1)
      assert.equal(summary.verdict, 'failed')
      assert.equal(summary.interrupted, false)
      assert.ok(summary.duration >= 0)
      assert.deepEqual(readdirSync(join(dir, 'journals')).sort(), [
        'examples__a__x-2.journal.json',
        'examples__a__x.journal.json',
        'examples__b__x.journal.json'
      ])
      const text = readFileSync(summary.results[0]!.journalPath!, 'utf8')
      assert.ok(text.startsWith('{\n  "chaoslib-version": '), 'indent 2')
      const journal = JSON.parse(text) as Record<string, unknown>
      assert.equal(journal['chaoslib-version'], CHAOSLIB_COMPAT_VERSION)
      assert.deepEqual(Object.keys(journal).slice(-3), ['end', 'duration', 'x-chaos-action'])
      assert.deepEqual(journal['x-chaos-action'], {
        version: VERSION,
        run_id: 'run-123',
        verdict: 'passed'
      })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('an experiment that cannot start (missing env) is aborted and the others still run', async () => {
    const dir = tempDir('chaos-runner-')
    try {
      const broken = loaded(
        {
          configuration: { url: { type: 'env', key: 'CHAOS_SURELY_UNSET_VAR' } },
          method: [action('a', 'true')]
        },
        'broken.json'
      )
      const fine = loaded({ method: [action('a', 'true')] }, 'fine.json')
      const summary = await runExperiments([broken, fine], { journalDir: dir, registry, env: {} })
      assert.deepEqual(
        summary.results.map((r) => r.verdict),
        ['aborted', 'inconclusive']
      )
      assert.match(summary.results[0]!.reason, /CHAOS_SURELY_UNSET_VAR/)
      assert.equal(existsSync(join(dir, 'broken.journal.json')), true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('when interrupted before an experiment starts, reports it interrupted with no journal file', async () => {
    const dir = tempDir('chaos-runner-')
    try {
      const controller = new AbortController()
      controller.abort()
      const summary = await runExperiments(
        [loaded({ method: [action('a', `touch ${dir}/ran`)] })],
        { journalDir: join(dir, 'j'), registry, signal: controller.signal }
      )
      assert.equal(summary.results[0]!.verdict, 'interrupted')
      assert.equal(summary.results[0]!.journalPath, undefined)
      assert.equal(summary.interrupted, true)
      assert.equal(summary.verdict, 'failed')
      assert.equal(existsSync(join(dir, 'ran')), false)
      // The journal dir was checked (created) before anything ran; no journal went in.
      assert.deepEqual(readdirSync(join(dir, 'j')), [])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
