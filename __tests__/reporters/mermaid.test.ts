/**
 * Load charts in the markdown report: a real experiment (service, proxy, background load, a
 * latency fault switched on and off) produces the journal; the charts drawn from it must place
 * the fault window where the journal says and must render in Mermaid itself (headless Chromium).
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { runExperiment } from '../../src/engine/run.ts'
import { judge } from '../../src/engine/verdict.ts'
import type { ExperimentResult, Journal } from '../../src/engine/types.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { LoadProvider } from '../../src/providers/load/index.ts'
import { ProxyProvider } from '../../src/providers/proxy/index.ts'
import { renderMarkdownReport } from '../../src/reporters/markdown.ts'
import { renderLoadCharts } from '../../src/reporters/mermaid.ts'
import { buildTimeline, parseTime } from '../../src/reporters/timeline.ts'
import { loaded } from '../helpers/experiments.ts'
import { freePort } from '../helpers/ports.ts'

const MERMAID = fileURLToPath(
  new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url)
)
const SETUP_CHROMIUM = fileURLToPath(new URL('../../scripts/setup-chromium.sh', import.meta.url))

let upstream: http.Server
let upstreamUrl = ''
let journal: Journal
let result: ExperimentResult

/** Service -> proxy -> background load; 150 ms latency from ~0.8 s to ~2 s of a 3 s load. */
function faultExperiment(proxyPort: number) {
  const proxy = { type: 'proxy', proxy: 'api' }
  return loaded({
    title: 'Latency <b>spike</b> "quoted"',
    method: [
      {
        type: 'action',
        name: 'start-proxy',
        provider: {
          ...proxy,
          action: 'start',
          listen: `127.0.0.1:${proxyPort}`,
          upstream: upstreamUrl
        }
      },
      {
        type: 'action',
        name: 'users',
        background: true,
        provider: {
          type: 'load',
          name: 'users',
          url: `http://127.0.0.1:${proxyPort}/`,
          concurrency: 4,
          rate: 200,
          duration: 3
        }
      },
      {
        type: 'action',
        name: 'add-latency',
        provider: { ...proxy, action: 'add-fault', fault: { type: 'latency', latency_ms: 150 } },
        pauses: { before: 0.8, after: 1.2 }
      },
      {
        type: 'action',
        name: 'remove-latency',
        provider: { ...proxy, action: 'remove-fault', fault_name: 'latency' }
      }
    ],
    rollbacks: [
      { type: 'action', name: 'clear', provider: { ...proxy, action: 'clear-faults' } },
      { type: 'action', name: 'stop-proxy', provider: { ...proxy, action: 'stop' } }
    ]
  })
}

before(async () => {
  upstream = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true}')
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  const registry = createDefaultRegistry({ providers: [new ProxyProvider(), new LoadProvider()] })
  const experiment = faultExperiment(await freePort())
  try {
    journal = await runExperiment(experiment, { registry })
  } finally {
    await registry.close()
  }
  result = { ...judge(journal, experiment), file: 'experiments/latency.json' } as ExperimentResult
})

after(() => {
  upstream?.closeAllConnections()
  upstream?.close()
})

describe('fault windows and load series from a journal', () => {
  it('places the fault window from add-fault start to remove-fault end', () => {
    assert.equal(journal.status, 'completed', JSON.stringify(journal.run.map((r) => r.exception)))
    const timeline = buildTimeline(journal)
    const add = journal.run.find((r) => r.activity.name === 'add-latency')!
    const remove = journal.run.find((r) => r.activity.name === 'remove-latency')!
    assert.equal(timeline.faults.length, 1)
    const [window] = timeline.faults
    assert.equal(window!.start, parseTime(add.start))
    assert.equal(window!.end, parseTime(remove.end))
    assert.deepEqual(window!.actions, ['add-latency'])
    assert.equal(window!.open, false)
    assert.deepEqual(
      timeline.phases.map((p) => p.phase),
      ['method', 'rollbacks']
    )
  })

  it('reads the per-second series: p95 is high inside the window and low outside', () => {
    const timeline = buildTimeline(journal)
    assert.equal(timeline.loads.length, 1)
    const load = timeline.loads[0]!
    assert.equal(load.name, 'users')
    assert.ok(load.points.length >= 3, `points: ${load.points.length}`)
    const window = timeline.faults[0]!
    const inside = load.points.filter((p) => {
      const from = load.start + p.t * 1000
      return from >= window.start && from + 1000 <= window.end
    })
    const outside = load.points.filter((p) => {
      const from = load.start + p.t * 1000
      return (from + 1000 <= window.start || from >= window.end) && p.requests > 0
    })
    // The fault covers ~1.2 s of a 3 s load: at least one whole second lies outside it. A whole
    // second inside it is only likely, so the inside check runs when there is one.
    assert.ok(
      outside.length >= 1,
      JSON.stringify({ window, points: load.points, start: load.start })
    )
    // Outside the window, some second is served faster than the fault's 150 ms (a busy machine may
    // slow one second, and responses to requests sent under the fault land just after it); inside
    // it, every second carries the latency.
    const fastest = Math.min(...outside.map((p) => p.p95))
    assert.ok(fastest < 150, `p95 outside the fault: ${outside.map((p) => p.p95).join(', ')}`)
    for (const p of inside) assert.ok(p.p95 >= 150, `p95 inside the fault: ${p.p95}`)
  })
})

describe('fault window rules', () => {
  const at = (s: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString()
  const run = (
    name: string,
    provider: Record<string, unknown>,
    from: number,
    to: number,
    status = 'succeeded'
  ) => ({
    activity: { type: 'action', name, provider },
    output: null,
    status,
    start: at(from),
    end: at(to),
    duration: to - from
  })
  const journalOf = (method: unknown[], rollbacks: unknown[] = []): Journal =>
    ({
      ...structuredClone(journal),
      start: at(0),
      end: at(20),
      run: method,
      rollbacks,
      steady_states: { before: null, after: null, during: [] }
    }) as unknown as Journal
  const proxy = (action: string, extra: Record<string, unknown> = {}) => ({
    type: 'proxy',
    proxy: 'p',
    action,
    ...extra
  })

  it('kubernetes and chaos-mesh faults last until the rollbacks end', () => {
    const { faults } = buildTimeline(
      journalOf(
        [
          run('kill-pods', { type: 'kubernetes', action: 'delete-pods' }, 1, 2),
          run('net-delay', { type: 'chaos-mesh' }, 3, 4)
        ],
        [run('undo', { type: 'process', path: 'true' }, 8, 9)]
      )
    )
    assert.deepEqual(
      faults.map((f) => [f.start, f.end, f.actions, f.open]),
      [[Date.parse(at(1)), Date.parse(at(9)), ['kill-pods', 'net-delay'], false]]
    )
  })

  it('a proxy window closes when its last fault is removed; a failed injection opens none', () => {
    const { faults } = buildTimeline(
      journalOf([
        run(
          'broken',
          proxy('add-fault', { fault: { type: 'latency', latency_ms: 1 } }),
          0,
          1,
          'failed'
        ),
        run('slow', proxy('add-fault', { fault: { type: 'latency', latency_ms: 1 } }), 2, 2),
        run('errors', proxy('add-fault', { fault: { type: 'http-error', name: 'e' } }), 3, 3),
        run('unslow', proxy('remove-fault', { fault_name: 'latency' }), 4, 4),
        run('unerror', proxy('remove-fault', { fault_name: 'e' }), 5, 6),
        run('again', proxy('add-fault', { fault: { type: 'reset' } }), 10, 10)
      ])
    )
    assert.deepEqual(
      faults.map((f) => [f.start, f.end, f.actions, f.open]),
      [
        [Date.parse(at(2)), Date.parse(at(6)), ['slow', 'errors'], false],
        // Never removed and no rollbacks: it runs to the journal's end.
        [Date.parse(at(10)), Date.parse(at(20)), ['again'], true]
      ]
    )
  })
})

describe('markdown report charts', () => {
  it('adds a p95 and an error-rate chart with the fault shaded, inside the details', () => {
    const md = renderMarkdownReport([result])
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)
    assert.equal(blocks.length, 2)
    const details = md.slice(md.indexOf('<details>'), md.indexOf('</details>'))
    for (const block of blocks) assert.ok(details.includes(block), 'charts sit in the details')
    assert.match(blocks[0]!, /title "p95 latency \(ms\), users"/)
    assert.match(blocks[1]!, /title "error rate \(%\), users"/)
    assert.match(
      md,
      /Shaded: fault in force from \d+\.\d s to \d+\.\d s \(add-latency\), counted from the experiment.s start\./
    )

    // Bars are at the axis top exactly for the seconds the window touches.
    const timeline = buildTimeline(journal)
    const load = timeline.loads[0]!
    const window = timeline.faults[0]!
    const yMax = /y-axis "ms" 0 --> (\d+(?:\.\d+)?)/.exec(blocks[0]!)![1]!
    const bars = /bar \[([^\]]*)\]/.exec(blocks[0]!)![1]!.split(', ')
    const expected = load.points.map((p) => {
      const from = load.start + p.t * 1000
      return window.start < from + 1000 && window.end > from ? yMax : '0'
    })
    assert.deepEqual(bars, expected)
    const line = /line \[([^\]]*)\]/.exec(blocks[0]!)![1]!.split(', ').map(Number)
    assert.equal(line.length, load.points.length)
    assert.ok(Math.max(...line) >= 150, `the chart shows the spike: ${line}`)
  })

  it('keeps charts bounded and labels safe', () => {
    const long = structuredClone(journal)
    const load = long.run.find((r) => r.activity.name === 'users')!
    const output = load.output as { load: string; series: { t: number }[] }
    output.load = 'us"ers\n```<script>'
    const first = output.series[0]!
    output.series = Array.from({ length: 600 }, (_, t) => ({ ...first, t }))
    const charts = renderLoadCharts(long)
    for (const m of charts.matchAll(/(?:line|bar) \[([^\]]*)\]/g)) {
      assert.ok(m[1]!.split(', ').length <= 60)
    }
    assert.ok(charts.length < 4000, `size ${charts.length}`)
    assert.equal(charts.match(/```/g)!.length, 4, 'no fence injected by the name')
    assert.doesNotMatch(charts, /<script>/)
    for (const t of charts.matchAll(/title "([^"\n]*)"/g)) assert.doesNotMatch(t[1]!, /["`<>]/)
  })

  it('draws nothing for an experiment without load', () => {
    const bare = structuredClone(journal)
    bare.run = bare.run.filter((r) => r.activity.name !== 'users')
    assert.equal(renderLoadCharts(bare), '')
    assert.doesNotMatch(renderMarkdownReport([{ ...result, journal: bare }]), /mermaid/)
  })
})

function chromiumPath(): string | undefined {
  const found = spawnSync('bash', [SETUP_CHROMIUM], { encoding: 'utf8', timeout: 600_000 })
  return found.status === 0 ? found.stdout.trim().split('\n').pop() : undefined
}

describe('the charts render in Mermaid', () => {
  it('every block parses and draws an SVG with the line and the fault bars', async (t) => {
    const executablePath = chromiumPath()
    if (!executablePath) return t.skip('chromium is not installed and could not be installed')
    const { chromium } = await import('playwright-core')
    const profile = await mkdtemp(join(tmpdir(), 'chaos-chromium-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    try {
      const page = await context.newPage()
      // Nothing leaves the machine: the page and the library are handed over inline.
      await page.route('**/*', (route) => route.abort())
      await page.setContent('<!doctype html><html><body></body></html>')
      await page.addScriptTag({ path: MERMAID })
      const blocks = [...renderMarkdownReport([result]).matchAll(/```mermaid\n([\s\S]*?)```/g)].map(
        (m) => m[1]!
      )
      const rendered = await page.evaluate(async (sources) => {
        // Runs in the page: its globals, typed loosely (no DOM lib in this project).
        const page = globalThis as unknown as {
          mermaid: {
            initialize(o: object): void
            render(id: string, text: string): Promise<{ svg: string }>
          }
          document: {
            createElement(tag: string): {
              innerHTML: string
              textContent: string | null
              querySelectorAll(s: string): { length: number }
            }
            body: { append(node: unknown): void }
          }
        }
        const { mermaid, document } = page
        mermaid.initialize({ startOnLoad: false })
        const out = []
        for (const [i, source] of sources.entries()) {
          try {
            const { svg } = await mermaid.render(`chart${i}`, source)
            const holder = document.createElement('div')
            holder.innerHTML = svg
            document.body.append(holder)
            out.push({
              ok: true,
              paths: holder.querySelectorAll('.line-plot-0 path, .line-plot-1 path, path').length,
              bars: holder.querySelectorAll('rect[class*="bar"], .bar-plot-0 rect').length,
              text: holder.textContent ?? ''
            })
          } catch (error) {
            out.push({ ok: false, error: String(error), paths: 0, bars: 0, text: '' })
          }
        }
        return out
      }, blocks)
      assert.equal(rendered.length, 2)
      for (const r of rendered) {
        assert.equal(r.ok, true, JSON.stringify(r))
        assert.ok(r.paths > 0, 'a line was drawn')
        assert.ok(r.bars > 0, 'fault bars were drawn')
      }
      assert.match(rendered[0]!.text, /p95 latency/)
      assert.match(rendered[1]!.text, /error rate/)
    } finally {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
  })
})
