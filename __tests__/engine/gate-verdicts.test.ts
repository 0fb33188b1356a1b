// Issue 12, "a green verdict must mean something": a hypothesis-less experiment is inconclusive,
// a dry run is dry-run (neither pass nor failure), and neither is ever reported as passed; every
// reporter and the gate rules know the new verdicts.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { failsGate as failsStep, overallVerdict } from '../../src/engine/policy.ts'
import { CHECK_CONCLUSION } from '../../src/action/github/checks.ts'
import { runExperiment } from '../../src/engine/run.ts'
import type { RunOptions } from '../../src/engine/run.ts'
import type { ExperimentResult } from '../../src/engine/types.ts'
import { judge } from '../../src/engine/verdict.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { renderConsoleReport } from '../../src/reporters/console.ts'
import { toJsonSummary } from '../../src/reporters/json.ts'
import { renderJUnit } from '../../src/reporters/junit.ts'
import { renderMarkdownReport } from '../../src/reporters/markdown.ts'
import { renderHtmlReport } from '../../src/reporters/html.ts'
import { action, http, loaded, probe, tempDir } from '../helpers/experiments.ts'

const registry = createDefaultRegistry({ python: false })
const hypothesis = { title: 'h', probes: [probe('ok', 'exit 0', 0)] }

async function resultOf(
  experiment: Record<string, unknown>,
  options: Partial<RunOptions> = {}
): Promise<ExperimentResult> {
  const exp = loaded(experiment)
  return judge(await runExperiment(exp, { registry, ...options }), exp)
}

describe('inconclusive: no steady-state hypothesis proves nothing', () => {
  it('a method that succeeds without a hypothesis is inconclusive, not passed', async () => {
    const result = await resultOf({ method: [action('a', 'true')] })
    assert.equal(result.verdict, 'inconclusive')
    assert.match(result.reason, /no steady-state hypothesis/)
    assert.equal(failsStep([result], 'not-passed'), true)
    assert.equal(failsStep([result], 'deviated'), false)
    assert.equal(CHECK_CONCLUSION.inconclusive, 'failure')
  })

  it('a hypothesis with no probes, or a skipped one, is inconclusive too', async () => {
    const empty = await resultOf({
      'steady-state-hypothesis': { title: 'h', probes: [] },
      method: [action('a', 'true')]
    })
    assert.equal(empty.verdict, 'inconclusive')
    const skipped = await resultOf(
      { 'steady-state-hypothesis': hypothesis, method: [action('a', 'true')] },
      { hypothesisStrategy: 'skip' as RunOptions['hypothesisStrategy'] }
    )
    assert.equal(skipped.verdict, 'inconclusive')
  })

  it('a failure still wins over inconclusive', async () => {
    const result = await resultOf({
      method: [action('a', 'exit 0'), http('action', 'x', 'http://127.0.0.1:1/', { timeout: 1 })]
    })
    assert.equal(result.verdict, 'failed')
  })
})

describe('dry-run: a dry run never passes and never fails', () => {
  const experiment = {
    'steady-state-hypothesis': hypothesis,
    method: [action('fault', 'exit 3')],
    rollbacks: [action('undo', 'exit 0')]
  }

  for (const dry of ['actions', 'activities'] as const) {
    it(`--dry ${dry}: verdict dry-run, and no rollback is listed as run`, async () => {
      const result = await resultOf(experiment, { dry })
      assert.equal(result.verdict, 'dry-run')
      // The journal keeps chaostoolkit's skipped entry, but nothing was undone.
      assert.equal(result.journal.rollbacks.length, 1)
      assert.deepEqual(result.rollbacksRun, [])
      assert.match(result.reason, /no fault.*rollback ran/)
      assert.match(result.reason, /nothing was proven/)
    })
  }

  it('--dry pause only skips pauses: the faults ran, so the run is judged as usual', async () => {
    const result = await resultOf(experiment, { dry: 'pause' })
    assert.equal(result.verdict, 'passed')
    assert.deepEqual(result.rollbacksRun, ['undo'])
  })

  it('the gate: not a failure under not-passed, overall dry-run, check run neutral', async () => {
    const dry = await resultOf(experiment, { dry: 'actions' })
    assert.equal(failsStep([dry], 'not-passed'), false)
    assert.equal(overallVerdict([dry]), 'dry-run')
    assert.equal(CHECK_CONCLUSION['dry-run'], 'neutral')
    const passed = await resultOf({ 'steady-state-hypothesis': hypothesis, method: [] })
    assert.equal(passed.verdict, 'passed')
    // A dry run is not a pass: a run mixing both is overall dry-run, not passed.
    assert.equal(overallVerdict([passed, dry]), 'dry-run')
    const inconclusive = await resultOf({ method: [] })
    assert.equal(overallVerdict([dry, inconclusive, passed]), 'inconclusive')
  })

  it('every reporter says dry run, never passed, and lists no rollback as run', async () => {
    const dry = await resultOf(experiment, { dry: 'actions' })
    const markdown = renderMarkdownReport([dry])
    assert.match(markdown, /dry run, no fault and no rollback ran/)
    assert.doesNotMatch(markdown, /passed/)
    const consoleText = renderConsoleReport([dry])
    assert.match(consoleText, /Dry run of the experiment: no fault and no rollback ran/)
    assert.doesNotMatch(consoleText, /undo/)
    const junit = renderJUnit([dry])
    assert.match(junit, /<skipped message="Dry run/)
    assert.match(junit, /failures="0"/)
    assert.match(junit, /skipped="1"/)
    assert.doesNotMatch(junit, /rollbacks run/)
    const json = toJsonSummary([dry])
    assert.equal(json.verdict, 'neutral')
    assert.equal(json.overall, 'dry-run')
    assert.deepEqual(json.experiments[0]?.rollbacksRun, [])
    const html = renderHtmlReport([dry])
    assert.match(html, /data-verdict="dry-run"/)
    assert.match(html, /class="badge v-dry-run">dry run</)
  })
})

describe('the doubled prefix of an activity that raised', () => {
  it('says "probe \'a\' raised:" once', async () => {
    const result = await resultOf({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [http('probe', 'a', '${baseurl}/health', { tolerance: 200 })]
      }
    })
    assert.equal(result.verdict, 'aborted')
    assert.doesNotMatch(result.reason, /raised: .*raised:/)
    assert.match(result.reason, /probe 'a' raised: /)
    assert.doesNotMatch(result.findings[0]?.message ?? '', /raised: .*raised:/)
  })
})

describe('chaos-action run: exit status of the new verdicts', () => {
  const root = join(import.meta.dirname, '..', '..')
  const run = (experiment: Record<string, unknown>, extra: string[] = []) => {
    const dir = tempDir()
    try {
      const file = join(dir, 'e.json')
      writeFileSync(file, JSON.stringify({ title: 't', description: 'd', ...experiment }))
      const r = spawnSync(
        process.execPath,
        [
          join(root, 'src/cli.ts'),
          'run',
          file,
          '--json',
          '--journal-dir',
          join(dir, 'j'),
          ...extra
        ],
        { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }
      )
      return {
        code: r.status,
        verdicts: (JSON.parse(r.stdout) as { verdict: string }[]).map((e) => e.verdict)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('inconclusive exits 1; a dry run exits 0 with verdict dry-run', () => {
    assert.deepEqual(run({ method: [action('a', 'true')] }), {
      code: 1,
      verdicts: ['inconclusive']
    })
    assert.deepEqual(
      run({ 'steady-state-hypothesis': hypothesis, method: [action('a', 'exit 3')] }, [
        '--dry',
        'actions'
      ]),
      { code: 0, verdicts: ['dry-run'] }
    )
  })
})
