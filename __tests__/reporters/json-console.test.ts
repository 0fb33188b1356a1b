import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { XMLValidator } from 'fast-xml-parser'
import type { ExperimentResult, Verdict } from '../../src/engine/types.ts'
import {
  renderConsoleReport,
  toJsonList,
  toJsonSummary,
  writeReports
} from '../../src/reporters/index.ts'

function result(title: string, verdict: Verdict, journalPath?: string): ExperimentResult {
  return {
    file: `experiments/${title}.yaml`,
    title,
    verdict,
    status: 'completed',
    deviated: verdict === 'deviated',
    duration: 0.25,
    ...(journalPath ? { journalPath } : {}),
    journal: {
      'chaoslib-version': '1.44.0',
      platform: 'p',
      node: 'n',
      experiment: { title, description: 'd', method: [], dry: null },
      start: '2026-03-04T05:06:07+00:00',
      status: 'completed',
      deviated: verdict === 'deviated',
      steady_states: {
        before: { steady_state_met: true, probes: [] },
        after: {
          steady_state_met: verdict === 'passed',
          probes: [
            {
              activity: { type: 'probe', name: 'api-ok', provider: { type: 'http' } },
              output: null,
              start: '2026-03-04T05:06:07+00:00',
              tolerance_met: verdict === 'passed'
            }
          ]
        },
        during: []
      },
      run: [],
      rollbacks: [],
      end: '2026-03-04T05:06:08+00:00',
      duration: 0.25
    },
    steadyBefore: true,
    steadyAfter: verdict === 'passed',
    findings: [
      { phase: 'after', activity: 'api-ok', kind: 'probe', message: 'not met', met: false }
    ],
    rollbacksRun: [],
    reason: verdict === 'passed' ? 'ok' : 'the API \u001b[31mdid not\u001b[0m answer 200'
  }
}

describe('json reporter', () => {
  it('lists exactly the --json fields, in order', () => {
    const list = toJsonList([result('a', 'passed', 'j/a.json'), result('b', 'deviated')])
    assert.deepEqual(list, [
      {
        file: 'experiments/a.yaml',
        title: 'a',
        status: 'completed',
        deviated: false,
        verdict: 'passed',
        journal: 'j/a.json',
        duration: 0.25
      },
      {
        file: 'experiments/b.yaml',
        title: 'b',
        status: 'completed',
        deviated: true,
        verdict: 'deviated',
        journal: null,
        duration: 0.25
      }
    ])
  })

  it('adds counts and findings in the summary', () => {
    const summary = toJsonSummary({
      runId: 'r',
      interrupted: true,
      duration: 3,
      results: [result('a', 'passed'), result('b', 'deviated')]
    })
    assert.equal(summary.verdict, 'not-passed')
    assert.equal(summary.passed, 1)
    assert.equal(summary.notPassed, 1)
    assert.equal(summary.interrupted, true)
    assert.equal(summary.experiments[1]?.findings[0]?.message, 'not met')
    assert.equal(summary.experiments[1]?.steadyAfter, false)
  })
})

describe('console reporter', () => {
  it('aligns a row per experiment, names deviating probes and strips terminal escapes', () => {
    const text = renderConsoleReport(
      [result('latency', 'passed', 'j/1.json'), result('errors-burst', 'deviated', 'j/2.json')],
      { journalDir: 'j' }
    )
    const lines = text.split('\n')
    assert.match(
      lines[0] ?? '',
      /^Experiment\s+Verdict\s+Before\s+After\s+Deviating probes\s+Duration\s+Rollbacks run$/
    )
    const verdictColumn = (lines[0] ?? '').indexOf('Verdict')
    assert.equal((lines[2] ?? '').indexOf('passed'), verdictColumn)
    assert.equal((lines[3] ?? '').indexOf('deviated'), verdictColumn)
    assert.match(lines[3] ?? '', /api-ok \(after\)/)
    assert.match(text, /1 of 2 experiments did not pass/)
    assert.match(text, /errors-burst: the API \[31mdid not\[0m answer 200/)
    assert.ok(!text.includes('\u001b'), 'no escape character')
    assert.match(text, /Journals in j:\n {2}j\/1\.json\n {2}j\/2\.json/)
  })
})

describe('writeReports', () => {
  it('writes the files asked for, creating directories, with journal links relative to the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaos-reports-'))
    try {
      const results = [result('a', 'passed', join(dir, 'journals', 'a.json'))]
      const written = await writeReports(
        { runId: 'r', results },
        {
          junit: join(dir, 'out', 'junit.xml'),
          report: join(dir, 'out', 'report.md'),
          json: join(dir, 'summary.json')
        }
      )
      assert.equal(written.length, 3)
      assert.equal(
        XMLValidator.validate(await readFile(join(dir, 'out', 'junit.xml'), 'utf8')),
        true
      )
      assert.match(
        await readFile(join(dir, 'out', 'report.md'), 'utf8'),
        /journal: \[a\.json\]\(\.\.\/journals\/a\.json\)/
      )
      const json = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8')) as {
        runId: string
      }
      assert.equal(json.runId, 'r')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
