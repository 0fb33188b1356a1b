/**
 * The comparison with a baseline, on journals shaped like the providers write them: which figures
 * are read (loads, recoveries, SLO objectives), how a base summary is read when it is not what it
 * should be, how experiments and figures are matched, and that text from a base file cannot
 * break out of the markdown or the HTML.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ExperimentResult, Journal } from '../../src/engine/types.ts'
import { compareWithBaseline, readBaselineSummary } from '../../src/reporters/baseline.ts'
import { baselineHtml, baselineMarkdown, deltaText } from '../../src/reporters/baseline-render.ts'
import { journalFigures } from '../../src/reporters/figures.ts'

const SLO = { type: 'slo', error_rate: '<=1%', p95_ms: '<=300', availability: '>=0.99' }

function probe(output: unknown, status = 'succeeded') {
  return {
    activity: {
      type: 'probe',
      name: 'users-within-slo',
      tolerance: SLO,
      provider: { type: 'load' }
    },
    status,
    output,
    tolerance_met: true
  }
}

function journal(p95: number, recovery: number): Journal {
  return {
    steady_states: {
      before: {
        steady_state_met: true,
        probes: [probe({ error_rate: 0, p95_ms: 40, availability: 1 })]
      },
      during: [
        {
          steady_state_met: true,
          probes: [probe({ error_rate: 0.004, p95_ms: p95, availability: 0.995 })]
        },
        // A probe that could not measure says nothing about the figures.
        { steady_state_met: false, probes: [probe({ p95_ms: 9999 }, 'failed')] }
      ],
      after: {
        steady_state_met: true,
        probes: [probe({ error_rate: 0, p95_ms: 50, availability: 1 })]
      }
    },
    run: [
      {
        activity: { type: 'action', name: 'users', provider: { type: 'load', name: 'users' } },
        status: 'succeeded',
        output: {
          load: 'users',
          series: [],
          error_rate: 0.01,
          p50_ms: 20,
          p95_ms: p95,
          p99_ms: p95 * 2
        }
      },
      {
        activity: { type: 'action', name: 'kill-pod', provider: { type: 'chaos-mesh' } },
        status: 'succeeded',
        output: { recovery_seconds: recovery }
      }
    ],
    rollbacks: []
  } as unknown as Journal
}

function result(title: string, file: string, j: Journal): ExperimentResult {
  return { title, file, verdict: 'passed', journal: j } as unknown as ExperimentResult
}

describe('figures', () => {
  it('reads loads, recoveries and the worst value of every SLO objective', () => {
    const figures = journalFigures(journal(120, 7))
    const byKey = Object.fromEntries(figures.map((f) => [f.key, f]))
    assert.deepEqual(Object.keys(byKey), [
      'load:users:error_rate',
      'load:users:p50_ms',
      'load:users:p95_ms',
      'load:users:p99_ms',
      'recovery:kill-pod:recovery_seconds',
      'slo:users-within-slo:error_rate',
      'slo:users-within-slo:p95_ms',
      'slo:users-within-slo:availability'
    ])
    assert.equal(byKey['load:users:p99_ms']?.value, 240)
    assert.equal(byKey['recovery:kill-pod:recovery_seconds']?.unit, 's')
    // Worst over before, during and after; the failed check is left out.
    assert.deepEqual(byKey['slo:users-within-slo:p95_ms'], {
      key: 'slo:users-within-slo:p95_ms',
      label: 'users-within-slo p95_ms',
      value: 120,
      unit: 'ms',
      better: 'lower',
      bound: 300
    })
    assert.equal(byKey['slo:users-within-slo:error_rate']?.unit, 'ratio')
    // `>=`: the worst is the lowest, and higher is better.
    assert.equal(byKey['slo:users-within-slo:availability']?.value, 0.995)
    assert.equal(byKey['slo:users-within-slo:availability']?.better, 'higher')
  })
})

describe('a base summary', () => {
  it('is read defensively: not a summary is undefined, malformed entries are dropped', () => {
    assert.equal(readBaselineSummary('not json'), undefined)
    assert.equal(readBaselineSummary('[1, 2]'), undefined)
    assert.equal(readBaselineSummary('{"experiments": {}}'), undefined)
    const read = readBaselineSummary(
      JSON.stringify({
        experiments: [
          {
            file: 'a.yaml',
            title: 'A',
            verdict: 'passed',
            figures: [
              { key: 'load:users:p95_ms', value: 10, unit: 'ms', better: 'lower' },
              { key: 'bad', value: 'ten', unit: 'ms', better: 'lower' },
              { key: 'bad-unit', value: 1, unit: 'parsecs', better: 'lower' },
              { key: 'bad-way', value: 1, unit: 'ms', better: 'sideways' }
            ]
          },
          { file: 'b.yaml', title: 'B', verdict: 'exploded' },
          { title: 'no file', verdict: 'passed' },
          'a string'
        ]
      })
    )
    assert.deepEqual(read, [
      {
        file: 'a.yaml',
        title: 'A',
        verdict: 'passed',
        figures: [
          {
            key: 'load:users:p95_ms',
            label: 'load:users:p95_ms',
            value: 10,
            unit: 'ms',
            better: 'lower'
          }
        ]
      }
    ])
  })
})

describe('the comparison', () => {
  const base = readBaselineSummary(
    JSON.stringify({
      experiments: [
        {
          file: 'renamed-since.yaml',
          title: 'Users survive',
          verdict: 'deviated',
          figures: [
            ...journalFigures(journal(100, 5)),
            {
              key: 'load:gone:p95_ms',
              label: 'load gone p95',
              value: 3,
              unit: 'ms',
              better: 'lower'
            }
          ]
        }
      ]
    })
  )!

  it('matches by file, else by title; shows base-only figures; counts regressions', () => {
    const c = compareWithBaseline(
      [
        result('Users survive', 'survive.yaml', journal(130, 5)),
        result('Brand new', 'new.yaml', journal(1, 1))
      ],
      base
    )
    const [survive, fresh] = c.experiments
    assert.equal(survive?.baseVerdict, 'deviated')
    assert.equal(fresh?.baseVerdict, undefined)
    assert.ok(fresh?.figures.every((f) => f.base === undefined && !f.regressed))
    const p95 = survive?.figures.find((f) => f.key === 'load:users:p95_ms')
    assert.deepEqual([p95?.base, p95?.current, p95?.delta, p95?.regressed], [100, 130, 30, true])
    assert.equal(deltaText(p95!), '+30 ms (+30 %)')
    const gone = survive?.figures.find((f) => f.key === 'load:gone:p95_ms')
    assert.deepEqual([gone?.base, gone?.current, gone?.regressed], [3, undefined, false])
    // p95 and p99 of the load, and the SLO's p95: 3 figures past 10 % and 5 ms.
    assert.equal(c.regressions, 3)

    const md = baselineMarkdown(c)
    assert.match(md, /\*\*Users survive\*\*: base ❌ deviated → now ✅ passed/)
    assert.match(md, /\*\*Brand new\*\*: base new → now ✅ passed/)
    assert.match(md, /\| 🔺 load users p95 \| 100 ms \| 130 ms \| \*\*\+30 ms \(\+30 %\)\*\* \| \|/)
    assert.match(
      md,
      /\| 🔺 users-within-slo p95\\_ms \| 100 ms \| 130 ms \| \*\*\+30 ms \(\+30 %\)\*\* \| 170 ms \|/
    )
    assert.match(md, /\| load gone p95 \| 3 ms \| — \| — \|/)
    assert.match(md, /🔺 3 figures got worse beyond the tolerance/)
  })

  it('text from the base file cannot break out of the markdown table or the HTML', () => {
    const hostile = readBaselineSummary(
      JSON.stringify({
        experiments: [
          {
            file: 'x.yaml',
            title: 'X',
            verdict: 'passed',
            figures: [
              {
                key: 'k',
                label: '| [click](javascript:alert(1)) <script>alert(1)</script>\n# head',
                value: 1,
                unit: 'ms',
                better: 'lower'
              }
            ]
          }
        ]
      })
    )!
    const c = compareWithBaseline(
      [result('X', 'x.yaml', { run: [], rollbacks: [] } as unknown as Journal)],
      hostile,
      {
        source: '<img src=x onerror=alert(1)>'
      }
    )
    const md = baselineMarkdown(c)
    assert.doesNotMatch(md, /<script>|<img|\]\(javascript/)
    const row = md.split('\n').find((l) => l.includes('click'))!
    assert.equal(row.split(/(?<!\\)\|/).length, 7, `one row of five cells: ${row}`)
    const html = baselineHtml(c)
    assert.doesNotMatch(html, /<script>|<img/)
    assert.match(html, /&lt;script&gt;/)
  })

  it('no baseline is a note', () => {
    const md = baselineMarkdown({
      note: 'no baseline: nothing on main',
      tolerance: compareWithBaseline([], []).tolerance,
      experiments: [],
      regressions: 0
    })
    assert.match(md, /> \[!NOTE\]\n> no baseline: nothing on main/)
  })
})
