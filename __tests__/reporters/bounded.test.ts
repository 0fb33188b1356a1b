/**
 * The HTML and JUnit reports are bounded like the markdown: 200 experiments with 100k-character
 * titles, reasons and findings give files of a few megabytes that still list every experiment,
 * and an explicit bound is held with a note saying what was left out.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ExperimentResult } from '../../src/engine/types.ts'
import { renderHtmlReport } from '../../src/reporters/html.ts'
import { renderJUnit } from '../../src/reporters/junit.ts'
import { truncateText } from '../../src/reporters/escape.ts'

const HUGE = 100_000
// Shared between the experiments: building 12,000 distinct 100k strings would cost more than
// rendering them.
const ACTIVITIES = Array.from({ length: 60 }, (_, k) => `probe-${k}-${'a'.repeat(HUGE)}`)
const LONG = `${'r'.repeat(HUGE)} end`

function result(i: number): ExperimentResult {
  const title = `Experiment ${i} ${'t'.repeat(HUGE)}`
  const long = LONG
  return {
    file: `experiments/e${i}.yaml`,
    title,
    verdict: 'deviated',
    status: 'completed',
    deviated: true,
    duration: 1.5,
    journalPath: `chaos-journals/e${i}.journal.json`,
    journal: {
      'chaoslib-version': '1.44.0',
      platform: 'p',
      node: 'n',
      experiment: { title, description: long, method: [], dry: null },
      start: '2026-03-04T05:06:07.123456+00:00',
      status: 'completed',
      deviated: true,
      steady_states: { before: null, after: null, during: [] },
      run: [],
      rollbacks: [],
      end: '2026-03-04T05:06:09.123456+00:00',
      duration: 1.5
    },
    steadyBefore: true,
    steadyAfter: false,
    findings: Array.from({ length: 60 }, (_, k) => ({
      phase: 'after' as const,
      activity: ACTIVITIES[k] ?? '',
      kind: 'probe' as const,
      message: long,
      met: false
    })),
    rollbacksRun: Array.from({ length: 50 }, (_, k) => `rollback-${k}-${'b'.repeat(1000)}`),
    reason: long
  }
}

const results = Array.from({ length: 200 }, (_, i) => result(i))
const MB = 1_000_000

describe('report size bounds', () => {
  it('HTML: 200 experiments with 100k-character text stay a few MB and list every experiment', () => {
    const html = renderHtmlReport(results)
    const bytes = Buffer.byteLength(html)
    assert.ok(bytes <= 10 * MB, `${bytes} bytes`)
    assert.equal(html.match(/<tr class="experiment-row"/g)?.length, 200)
    assert.ok(html.endsWith('</main></body></html>\n'))
    assert.ok(html.includes('+10 more findings'))
  })

  it('HTML: an explicit maxBytes is held, with a note of what was left out', () => {
    for (const maxBytes of [50_000, 400_000, 3 * MB]) {
      const html = renderHtmlReport(results, { maxBytes })
      assert.ok(Buffer.byteLength(html) <= maxBytes, `${Buffer.byteLength(html)} > ${maxBytes}`)
      assert.match(html, /Report cut to stay under \d+ bytes: .* left out/)
      assert.ok(html.endsWith('</main></body></html>\n'))
    }
  })

  it('JUnit: every testcase is there, the file stays small and well-formed', () => {
    const xml = renderJUnit(results)
    const bytes = Buffer.byteLength(xml)
    assert.ok(bytes < 5 * MB, `${bytes} bytes`)
    assert.equal(XMLValidator.validate(xml), true)
    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'testcase'
    }).parse(xml) as { testsuites: { testsuite: { testcase: unknown[] } } }
    assert.equal(parsed.testsuites.testsuite.testcase.length, 200)
    assert.match(xml, /\+40 more findings/)
  })

  it('JUnit: past maxBytes the details go, the testcases and failure messages stay', () => {
    const xml = renderJUnit(results, { maxBytes: 300_000 })
    assert.ok(Buffer.byteLength(xml) < 300_000 + 200 * 2_500, `${Buffer.byteLength(xml)}`)
    assert.equal(XMLValidator.validate(xml), true)
    assert.equal(xml.match(/<testcase /g)?.length, 200)
    assert.equal(xml.match(/<failure type="deviated" message="r/g)?.length, 200)
  })

  it('truncateText never splits more than it keeps, and keeps astral characters whole', () => {
    assert.equal(truncateText('😀'.repeat(5), 5), '😀'.repeat(5))
    assert.equal(truncateText('😀'.repeat(6), 5), `${'😀'.repeat(4)}…`)
    assert.equal(truncateText('x'.repeat(HUGE * 10), 3), 'xx…')
  })
})
