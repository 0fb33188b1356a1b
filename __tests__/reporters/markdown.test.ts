import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ExperimentResult, Journal, SteadyState, Verdict } from '../../src/engine/types.ts'
import { GITHUB_COMMENT_LIMIT, renderMarkdownReport } from '../../src/reporters/markdown.ts'
import { checkSummary } from '../../src/action/github/checks.ts'

function state(met: boolean, probe: string): SteadyState {
  return {
    steady_state_met: met,
    probes: [
      {
        activity: { type: 'probe', name: probe, provider: { type: 'http' } },
        output: { status: met ? 200 : 503 },
        start: '2026-01-01T00:00:00+00:00',
        status: 'succeeded',
        tolerance_met: met
      }
    ]
  }
}

function result(
  title: string,
  verdict: Verdict,
  extra: Partial<ExperimentResult> = {}
): ExperimentResult {
  const deviated = verdict === 'deviated'
  const journal = {
    'chaoslib-version': '1.44.0',
    platform: 'test',
    node: 'test',
    experiment: { title, description: 'd', method: [], dry: null },
    start: '2026-01-01T00:00:00.000000+00:00',
    status: 'completed',
    deviated,
    steady_states: {
      before: state(verdict !== 'not-steady', 'api-answers'),
      after: verdict === 'not-steady' ? null : state(!deviated, 'api-answers'),
      during: []
    },
    run: [],
    rollbacks: [],
    end: '2026-01-01T00:00:01.000000+00:00',
    duration: 1.5
  } satisfies Journal
  return {
    file: 'experiments/x.yaml',
    title,
    verdict,
    status: 'completed',
    deviated,
    duration: 1.5,
    journalPath: 'chaos-journals/run/x.json',
    journal,
    steadyBefore: verdict !== 'not-steady',
    steadyAfter: verdict === 'not-steady' ? null : !deviated,
    findings: deviated
      ? [
          {
            phase: 'after',
            activity: 'api-answers',
            kind: 'probe',
            message: 'tolerance 200 not met by 503',
            met: false,
            location: { file: 'experiments/x.yaml', line: 12, column: 7 }
          }
        ]
      : [],
    rollbacksRun: ['remove-fault'],
    reason: deviated ? 'the steady state after the method was not met' : 'all good',
    ...extra
  }
}

/** The summary table rows (header and delimiter excluded). */
function tableRows(markdown: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((l) => l.startsWith('| Verdict'))
  const rows: string[] = []
  for (let i = start + 2; i < lines.length && lines[i]?.startsWith('|'); i++)
    rows.push(lines[i] ?? '')
  return rows
}

/** Cells of a GFM table row, honouring `\|` escapes as GitHub does. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
}

describe('renderMarkdownReport', () => {
  it('has one row per experiment: verdict first, then why; the rest in a details section each', () => {
    const md = renderMarkdownReport({
      runId: 'r1',
      results: [result('Latency', 'passed'), result('Errors', 'deviated')]
    })
    const rows = tableRows(md)
    assert.equal(rows.length, 2)
    for (const row of rows) assert.equal(cells(row).length, 4)
    const deviated = cells(rows[1] ?? '')
    assert.match(deviated[0] ?? '', /❌ deviated/)
    assert.match(deviated[1] ?? '', /Errors/)
    assert.match(deviated[2] ?? '', /api-answers after the method: tolerance 200 not met by 503/)
    assert.equal(deviated[3], '1.5 s')
    assert.match(cells(rows[0] ?? '')[0] ?? '', /✅ passed/)
    assert.match(cells(rows[0] ?? '')[2] ?? '', /all good/)
    assert.match(
      md,
      /Steady state before: ✅ met · after: ❌ not met · rollbacks run: remove-fault/
    )
    assert.equal(md.match(/<details>/g)?.length, 2)
    assert.match(md, /tolerance 200 not met by 503/)
    assert.match(md, /experiments\/x\.yaml:12/)
    assert.match(md, /1 of 2 did not pass/)
  })

  it('untrusted text becomes no link, no list, no rule and no heading (report and check run)', () => {
    const evil = 'see https://evil.example/x or www.evil.example, mail eve@evil.example'
    const md = renderMarkdownReport([
      result(`1. ${evil}`, 'deviated', {
        reason: `- ${evil}`,
        findings: [
          { phase: 'after', activity: '---', kind: 'probe', message: `=== ${evil}`, met: false }
        ]
      })
    ])
    const summary = checkSummary(result(`1) ${evil}`, 'deviated', { reason: `--- ${evil}` }))
    for (const text of [md, summary]) {
      assert.doesNotMatch(text, /https:\/\//)
      assert.doesNotMatch(text, /www\.evil/)
      assert.doesNotMatch(text, /eve@evil/)
      // No line from the experiment starts a list, a rule or a setext heading.
      for (const line of text.split('\n').filter((l) => l.includes('evil'))) {
        assert.doesNotMatch(line, /^\s*(?:[-*+=]|\d+[.)])(?:\s|-|=|$)/, line)
      }
    }
    assert.match(md, /https:\u200b\/\/evil\.example/)
    assert.match(md, /www\u200b\.evil/)
  })

  it('escapes pipes, backticks, HTML and mentions from experiment text', () => {
    const title =
      'a | b `code` <script>alert(1)</script> ping @org/team and @alice\nsecond line #12'
    const md = renderMarkdownReport([
      result(title, 'deviated', {
        reason: 'body was <img src=x onerror=alert(1)> | @bob',
        findings: [
          {
            phase: 'after',
            activity: 'probe|name',
            kind: 'probe',
            message: '`rm -rf` <b>bold</b> @org/team',
            met: false
          }
        ]
      })
    ])
    assert.doesNotMatch(md, /<script>/)
    assert.doesNotMatch(md, /<img/)
    assert.doesNotMatch(md, /<b>bold/)
    assert.doesNotMatch(md, /@org\/team/)
    assert.doesNotMatch(md, /@alice/)
    assert.doesNotMatch(md, /@bob/)
    assert.match(md, /@\u200borg\/team/)
    assert.match(md, /#\u200b12/)
    assert.match(md, /&lt;script&gt;/)
    // Every unescaped pipe is a cell boundary: the row still has exactly 4 cells.
    const rows = tableRows(md)
    assert.equal(rows.length, 1)
    assert.equal(cells(rows[0] ?? '').length, 4)
    // No raw backtick survives to open a code span.
    assert.doesNotMatch(md.replace(/\\`/g, ''), /`/)
    // The newline in the title did not break the row.
    assert.doesNotMatch(rows[0] ?? '', /\n/)
    // Inside <summary> markdown is not rendered, so HTML entities are used there, not backslashes.
    assert.match(md, /<summary>❌ a \| b &#96;code&#96; &lt;script&gt;/)
  })

  it('links journals through the link builder, keeping the link target intact', () => {
    const md = renderMarkdownReport([result('T', 'passed')], {
      journalLink: (r) => `https://example.test/artifacts/${r.journalPath} (1)`
    })
    assert.match(
      md,
      /\[x\.json\]\(https:\/\/example\.test\/artifacts\/chaos-journals\/run\/x\.json%20%281%29\)/
    )
  })

  it('stays under maxBytes with a truncation note, keeping the table first', () => {
    const results = Array.from({ length: 40 }, (_, i) =>
      result(`Experiment ${i} ${'x'.repeat(100)}`, 'deviated', {
        findings: Array.from({ length: 20 }, (_, j) => ({
          phase: 'after' as const,
          activity: `probe-${j}`,
          kind: 'probe' as const,
          message: 'y'.repeat(400),
          met: false
        }))
      })
    )
    const full = renderMarkdownReport(results, { maxBytes: 10_000_000 })
    assert.ok(Buffer.byteLength(full) > 65536, 'the fixture is big enough to need truncation')
    assert.doesNotMatch(full, /truncated/)

    const md = renderMarkdownReport(results)
    assert.ok(Buffer.byteLength(md) <= GITHUB_COMMENT_LIMIT)
    assert.match(
      md,
      /Report truncated to stay under 65536 bytes: \d+ of 40 details sections left out/
    )
    assert.equal(tableRows(md).length, 40)
    // Sections are whole: every opened <details> is closed.
    assert.equal(md.match(/<details>/g)?.length, md.match(/<\/details>/g)?.length)

    const tiny = renderMarkdownReport(results, { maxBytes: 3000 })
    assert.ok(Buffer.byteLength(tiny) <= 3000)
    assert.match(tiny, /of 40 table rows and every details section left out/)
    assert.ok(tableRows(tiny).length >= 1)
  })

  it('truncates a huge single cell instead of dropping the row', () => {
    const md = renderMarkdownReport([result('t'.repeat(10_000), 'passed')])
    const rows = tableRows(md)
    assert.equal(rows.length, 1)
    assert.ok((rows[0] ?? '').length < 2000)
    assert.match(rows[0] ?? '', /…/)
  })

  it('says when nothing ran', () => {
    assert.match(renderMarkdownReport([]), /none ran/)
  })
})
