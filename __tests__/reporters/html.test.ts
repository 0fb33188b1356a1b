/**
 * The HTML report, rendered by headless Chromium (Debian's package): journals from real runs (a
 * service behind the proxy under background load with a latency fault; an experiment whose title
 * and probed response carry markup), checked in the DOM and in a screenshot.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { runExperiment } from '../../src/engine/run.ts'
import { judge } from '../../src/engine/verdict.ts'
import type { ExperimentResult } from '../../src/engine/types.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { LoadProvider } from '../../src/providers/load/index.ts'
import { ProxyProvider } from '../../src/providers/proxy/index.ts'
import { renderHtmlReport } from '../../src/reporters/html.ts'
import { loaded } from '../helpers/experiments.ts'
import { freePort } from '../helpers/ports.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SETUP_CHROMIUM = join(ROOT, 'scripts', 'setup-chromium.sh')
const EVIL = `<script>globalThis.pwned=1</script><img src=x onerror="globalThis.pwned=2">"'&`

let service: http.Server
let serviceUrl = ''
let dir = ''
const results: ExperimentResult[] = []

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaos-html-'))
  service = http.createServer((req, res) => {
    if (req.url === '/evil') {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end(`</pre></details>${EVIL}`)
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end('{"ok":true}')
  })
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r))
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}`

  const port = await freePort()
  const proxy = { type: 'proxy', proxy: 'api' }
  const slo = {
    type: 'probe',
    name: 'users-within-slo',
    provider: {
      type: 'load',
      action: 'window',
      name: 'users',
      url: `${serviceUrl}/`,
      last_seconds: 1,
      concurrency: 2
    },
    tolerance: { type: 'slo', error_rate: '<=1%', p95_ms: '<=100' }
  }
  const withFault = loaded(
    {
      title: 'Checkout survives a slow network',
      'steady-state-hypothesis': { title: 'users are served', probes: [slo] },
      method: [
        {
          type: 'action',
          name: 'start-proxy',
          provider: { ...proxy, action: 'start', listen: `127.0.0.1:${port}`, upstream: serviceUrl }
        },
        {
          type: 'action',
          name: 'users',
          background: true,
          provider: {
            type: 'load',
            name: 'users',
            url: `http://127.0.0.1:${port}/`,
            concurrency: 4,
            rate: 200,
            duration: 3
          }
        },
        {
          type: 'action',
          name: 'add-latency',
          provider: { ...proxy, action: 'add-fault', fault: { type: 'latency', latency_ms: 120 } },
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
    },
    'experiments/checkout.json'
  )
  const evil = loaded(
    {
      title: `Title ${EVIL}`,
      'steady-state-hypothesis': {
        title: 'evil',
        probes: [
          {
            type: 'probe',
            name: `probe ${EVIL}`,
            provider: { type: 'http', url: `${serviceUrl}/evil`, timeout: 2 },
            tolerance: 201
          }
        ]
      },
      method: [{ type: 'action', name: 'nothing', provider: { type: 'process', path: 'true' } }]
    },
    'experiments/evil.json'
  )
  const registry = createDefaultRegistry({ providers: [new ProxyProvider(), new LoadProvider()] })
  try {
    for (const experiment of [withFault, evil]) {
      const journal = await runExperiment(experiment, { registry })
      results.push({
        ...judge(journal, experiment),
        journalPath: join(dir, `${results.length}.json`)
      } as ExperimentResult)
    }
  } finally {
    await registry.close()
  }
})

after(async () => {
  service?.closeAllConnections()
  service?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

describe('HTML report text', () => {
  it('is one self-contained document: no external reference, no script', () => {
    const html = renderHtmlReport({ runId: 'r1', results, duration: 9 })
    assert.match(html, /^<!doctype html>/)
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/)
    assert.doesNotMatch(html, /<script|<link|<img|src=["']?http|@import|url\(/i)
    // The evil strings appear only escaped.
    assert.ok(html.includes('&lt;script&gt;globalThis.pwned=1&lt;/script&gt;'))
    assert.ok(!html.includes(EVIL))
    assert.ok(!html.includes('</pre></details><'), 'a response body cannot close the journal block')
  })

  it('bounds the journals it embeds, saying where the rest is', () => {
    const html = renderHtmlReport(results, { maxTotalJournalChars: 300 })
    const pres = [...html.matchAll(/<pre>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!)
    assert.equal(pres.length, 2)
    assert.ok(pres[0]!.length >= 300 && pres[0]!.length < 600, 'the first is cut near 300')
    assert.equal(pres[1], '', 'the budget is spent: the second is left out')
    assert.match(html, /Shown: the first 300 of \d+ characters; the journal file has the rest/)
    assert.match(html, /Left out to keep this report small; the journal file has it/)
  })

  it('drops link schemes that could run code', () => {
    const html = renderHtmlReport(results, {
      journalLink: (r) => (r.file.includes('evil') ? 'javascript:alert(1)' : 'journals/a.json')
    })
    assert.ok(!html.includes('javascript:'))
    assert.ok(html.includes('href="journals/a.json"'))
  })
})

function chromiumPath(): string | undefined {
  const found = spawnSync('bash', [SETUP_CHROMIUM], { encoding: 'utf8', timeout: 600_000 })
  return found.status === 0 ? found.stdout.trim().split('\n').pop() : undefined
}

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

describe('HTML report in headless Chromium', () => {
  it('shows the table rows, the timelines with fault windows and the load charts', async (t) => {
    const executablePath = chromiumPath()
    if (!executablePath) return t.skip('chromium is not installed and could not be installed')
    const file = join(dir, 'report.html')
    await writeFile(file, renderHtmlReport({ runId: 'run-1', results, duration: 9 }))
    const { chromium } = await import('playwright-core')
    const profile = await mkdtemp(join(tmpdir(), 'chaos-chromium-'))
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: FLAGS,
      viewport: { width: 1100, height: 900 }
    })
    try {
      const page = await context.newPage()
      const requested: string[] = []
      page.on('request', (r) => requested.push(r.url()))
      const consoleErrors: string[] = []
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()))
      await page.goto(pathToFileURL(file).href)

      assert.deepEqual(requested, [pathToFileURL(file).href], 'nothing but the file itself loads')
      assert.deepEqual(consoleErrors, [])
      const rows = await page.$$eval('#summary tbody tr', (trs) =>
        trs.map((tr) => ({
          verdict: tr.getAttribute('data-verdict'),
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')
        }))
      )
      assert.equal(rows.length, 2)
      assert.equal(rows[0]!.verdict, results[0]!.verdict)
      // Verdict first, then the experiment and why: four columns.
      for (const row of rows) assert.equal(row.cells.length, 4)
      assert.match(rows[0]!.cells[1]!, /Checkout survives a slow network/)
      assert.equal(rows[1]!.verdict, 'not-steady')
      assert.ok(rows[1]!.cells[1]!.includes(EVIL), 'markup shows as text')

      // Injection: no element came from the experiment's or the response's text.
      const injected = await page.evaluate(() => {
        // Runs in the page; typed loosely (no DOM lib in this project).
        const g = globalThis as unknown as {
          pwned?: number
          document: { querySelectorAll(s: string): { length: number } }
        }
        return {
          scripts: g.document.querySelectorAll('script').length,
          imgs: g.document.querySelectorAll('img').length,
          pwned: g.pwned ?? null
        }
      })
      assert.deepEqual(injected, { scripts: 0, imgs: 0, pwned: null })

      const timelines = await page.$$eval('section.experiment', (sections) =>
        sections.map((s) => ({
          activities: s.querySelectorAll('svg.timeline rect.activity').length,
          faults: s.querySelectorAll('svg.timeline rect.fault').length,
          faultBars: s.querySelectorAll('svg.timeline rect.bar-fault').length,
          phases: [...s.querySelectorAll('svg.timeline rect.phase-band')].map((r) =>
            r.getAttribute('data-phase')
          ),
          charts: [...s.querySelectorAll('svg.load-chart')].map((c) => ({
            kind: c.getAttribute('class'),
            points: (c.querySelector('polyline')?.getAttribute('points') ?? '').split(' ').length,
            faults: c.querySelectorAll('rect.fault').length
          })),
          journal: s.querySelector('details.journal pre')?.textContent ?? ''
        }))
      )
      const [loadSection, evilSection] = timelines
      assert.deepEqual(loadSection!.phases, ['before', 'method', 'after', 'rollbacks'])
      // 2 steady-state probes, 4 method actions, 2 rollbacks.
      assert.equal(loadSection!.activities, 8)
      assert.equal(loadSection!.faults, 1)
      assert.equal(loadSection!.faultBars, 1)
      assert.equal(loadSection!.charts.length, 2)
      assert.match(loadSection!.charts[0]!.kind!, /chart-p95/)
      assert.match(loadSection!.charts[1]!.kind!, /chart-errors/)
      for (const c of loadSection!.charts) {
        assert.ok(c.points >= 3, `points ${c.points}`)
        assert.equal(c.faults, 1)
      }
      assert.equal(evilSection!.charts.length, 0)
      assert.equal(evilSection!.faults, 0)
      // The journal is there, escaped: the response body reads as text.
      assert.ok(
        evilSection!.journal.includes(JSON.stringify(`</pre></details>${EVIL}`).slice(1, -1))
      )
      assert.deepEqual(
        JSON.parse(loadSection!.journal),
        JSON.parse(JSON.stringify(results[0]!.journal))
      )

      // Kept after the run (a stable name in the temp dir) for a person to look at.
      const png = join(tmpdir(), 'chaos-action-html-report.png')
      await page.screenshot({ path: png, fullPage: true })
      const size = (await stat(png)).size
      assert.ok(size > 20_000, `a screenshot with content (${size} bytes)`)
    } finally {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    }
  })

  it('chromium --dump-dom with the required flags sees the same report', async (t) => {
    const executablePath = chromiumPath()
    if (!executablePath) return t.skip('chromium is not installed and could not be installed')
    const file = join(dir, 'dump.html')
    await writeFile(file, renderHtmlReport(results))
    const profile = await mkdtemp(join(tmpdir(), 'chaos-chromium-'))
    try {
      const dom = await new Promise<string>((resolve, reject) => {
        const child = spawn(
          executablePath,
          [
            '--headless',
            ...FLAGS,
            `--user-data-dir=${profile}`,
            '--dump-dom',
            pathToFileURL(file).href
          ],
          { stdio: ['ignore', 'pipe', 'ignore'] }
        )
        let out = ''
        child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d))
        const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
        child.on('error', reject)
        child.on('close', () => {
          clearTimeout(timer)
          resolve(out)
        })
      })
      assert.equal((dom.match(/<tr class="experiment-row"/g) ?? []).length, 2)
      assert.equal((dom.match(/<svg class="timeline"/g) ?? []).length, 2)
      assert.equal((dom.match(/<svg class="load-chart/g) ?? []).length, 2)
      assert.doesNotMatch(dom, /<script/)
    } finally {
      await rm(profile, { recursive: true, force: true })
    }
  })
})

describe('chaos-action run --html', () => {
  it('writes the report next to the journals, linking them', async () => {
    const experiment = join(dir, 'tiny.json')
    await writeFile(
      experiment,
      JSON.stringify({
        title: 'tiny',
        description: 'one action',
        'steady-state-hypothesis': {
          title: 'true runs',
          probes: [
            { type: 'probe', name: 'up', tolerance: 0, provider: { type: 'process', path: 'true' } }
          ]
        },
        method: [{ type: 'action', name: 'ok', provider: { type: 'process', path: 'true' } }]
      })
    )
    const out = join(dir, 'out', 'report.html')
    const cli = spawnSync(
      process.execPath,
      [
        join(ROOT, 'src', 'cli.ts'),
        'run',
        experiment,
        '--journal-dir',
        join(dir, 'out', 'journals'),
        '--html',
        out,
        '-q'
      ],
      { encoding: 'utf8', cwd: dir, timeout: 60_000 }
    )
    assert.equal(cli.status, 0, cli.stderr + cli.stdout)
    const html = await readFile(out, 'utf8')
    assert.match(html, /<tr class="experiment-row" data-verdict="passed">/)
    assert.match(html, /href="journals\/[^"]+\.json"/)
  })
})
