/**
 * Reports read at a glance (issue 10 item 5), in the pull-request comment and the HTML report:
 * the words (tolerances, SLO units, one line of why), the charts (SLO threshold, every method
 * fault shaded, no fake 0) and the layout, measured in headless Chromium at 1000 px wide on the
 * reports of a real run (the sample service, the proxy, background load): the summary table has
 * four columns, no table scrolls sideways and the page never overflows. Screenshots are kept in
 * the temp dir (chaos-action-comment.png, chaos-action-report.png) for a person to look at.
 */
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { startSampleService } from '../../src/demo/sample-service.ts'
import type { SampleService } from '../../src/demo/sample-service.ts'
import type { ActivityRun, Journal } from '../../src/engine/types.ts'
import { describeTolerance, sloOutcome } from '../../src/reporters/glance.ts'
import { blobUrl } from '../../src/reporters/links.ts'
import { buildTimeline, isFaultAction } from '../../src/reporters/timeline.ts'
import {
  chromiumPath,
  githubMarkdownPage,
  measurePage,
  mermaidSource
} from '../helpers/github-page.ts'
import { freePort } from '../helpers/ports.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const NODE = process.execPath
const WIDTH = 1000

describe('words at a glance', () => {
  it('tolerances read as words, not JSON', () => {
    assert.equal(describeTolerance(200), '200')
    assert.equal(describeTolerance([1, 5]), 'between 1 and 5')
    assert.equal(
      describeTolerance({ type: 'jsonpath', path: '$.count', expect: 3, target: 'body' }),
      '$.count in body = 3'
    )
    assert.equal(
      describeTolerance({ type: 'slo', error_rate: '<=1%', p95_ms: '<=300' }),
      'error_rate ≤ 1 %, p95_ms ≤ 300 ms'
    )
    assert.equal(
      describeTolerance({ type: 'regex', pattern: 'ok', target: 'stdout' }),
      'stdout matches /ok/'
    )
  })

  it('measured values in the units of the SLO, worst check first, only what broke', () => {
    const run = (error_rate: number, p95_ms: number): ActivityRun =>
      ({
        activity: { type: 'probe', name: 'p' },
        output: { error_rate, p95_ms },
        start: ''
      }) as ActivityRun
    const slo = { type: 'slo', error_rate: '<=1%', p95_ms: '<=300' }
    assert.equal(sloOutcome(slo, [run(0.05, 120), run(1 / 6, 80)]), 'error_rate 16.7 % (SLO ≤ 1 %)')
    assert.equal(
      sloOutcome(slo, [run(0.2, 445)]),
      'error_rate 20 % (SLO ≤ 1 %), p95_ms 445 ms (SLO ≤ 300 ms)'
    )
    assert.equal(
      sloOutcome(slo, [run(0, 12)]),
      'error_rate 0 % (SLO ≤ 1 %), p95_ms 12 ms (SLO ≤ 300 ms)'
    )
  })

  it('every method action is a fault except load, proxy plumbing and undoing actions', () => {
    const a = (provider: Record<string, unknown>): ActivityRun =>
      ({
        activity: { type: 'action', name: 'x', provider },
        output: null,
        start: ''
      }) as unknown as ActivityRun
    assert.equal(isFaultAction(a({ type: 'process', path: 'curl' })), true)
    assert.equal(isFaultAction(a({ type: 'http', url: 'http://x/admin/fault' })), true)
    assert.equal(isFaultAction(a({ type: 'kubernetes', action: 'kill-pods' })), true)
    assert.equal(isFaultAction(a({ type: 'kubernetes', action: 'uncordon' })), false)
    assert.equal(isFaultAction(a({ type: 'load', name: 'users' })), false)
    assert.equal(isFaultAction(a({ type: 'proxy', action: 'start' })), false)
    assert.equal(isFaultAction(a({ type: 'proxy', action: 'add-fault' })), true)
  })

  it('links the experiment at file:line on the commit, only when every fact is known', () => {
    const context = {
      serverUrl: 'https://github.com',
      repository: 'o/r',
      sha: 'a'.repeat(40),
      workspace: '/w'
    }
    assert.equal(
      blobUrl(context, '/w/experiments/my exp.yaml', 12),
      `https://github.com/o/r/blob/${'a'.repeat(40)}/experiments/my%20exp.yaml#L12`
    )
    assert.equal(
      blobUrl(context, 'experiments/x.yaml'),
      `https://github.com/o/r/blob/${'a'.repeat(40)}/experiments/x.yaml`
    )
    assert.equal(blobUrl(context, '/elsewhere/x.yaml'), undefined, 'outside the workspace')
    assert.equal(blobUrl({ ...context, sha: 'main; rm' }, 'x.yaml'), undefined)
    assert.equal(blobUrl({ ...context, repository: undefined }, 'x.yaml'), undefined)
  })
})

describe('reports of a real run at 1000 px', () => {
  let service: SampleService
  let dir = ''
  let markdown = ''
  let html = ''
  const journals: Journal[] = []

  before(async () => {
    service = await startSampleService({ port: 0 })
    dir = await mkdtemp(join(tmpdir(), 'chaos-glance-'))
    const files = [
      'examples/slo-breaks-under-large-fault.yaml',
      'examples/service-survives-latency.yaml',
      'examples/error-burst-deviates.yaml'
    ]
    const args = [
      join(ROOT, 'src', 'cli.ts'),
      'run',
      ...files,
      '--var',
      `base_url=${service.url}`,
      '--var',
      `proxy_port:int=${await freePort()}`,
      '--journal-dir',
      join(dir, 'journals'),
      '--report',
      join(dir, 'report.md'),
      '--html',
      join(dir, 'report.html'),
      '--json'
    ]
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(NODE, args, { cwd: ROOT, timeout: 120_000 }, (error, out, err) =>
        // Exit 1: two of the three deviate, as they are meant to.
        error && error.code !== 1 ? reject(new Error(`${String(error)}\n${err}`)) : resolve(out)
      )
    )
    const listed = JSON.parse(stdout) as { journal: string; verdict: string }[]
    assert.deepEqual(
      listed.map((e) => e.verdict),
      ['deviated', 'passed', 'deviated']
    )
    for (const e of listed) journals.push(JSON.parse(await readFile(e.journal, 'utf8')) as Journal)
    markdown = await readFile(join(dir, 'report.md'), 'utf8')
    html = await readFile(join(dir, 'report.html'), 'utf8')
  })

  after(async () => {
    await service?.close()
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('says why in SLO units and words: no raw tolerance JSON, no raw fractions', () => {
    const row = markdown.split('\n').find((l) => l.includes('A slow, failing network'))!
    assert.match(row, /^\| ❌ deviated \|/, 'the verdict comes first')
    assert.match(
      row,
      /users-within-slo during the method: broke the SLO.*error\\_rate \d+(\.\d)? % \\\(SLO ≤ 1 %\\\)/
    )
    for (const text of [markdown, html]) {
      assert.doesNotMatch(text, /\{\\?"type\\?":\\?"slo/, 'no tolerance as JSON')
      assert.doesNotMatch(text, /error\\?_rate 0\.\d{3,}/, 'no raw fraction')
    }
    // The Journal column moved into the details.
    assert.doesNotMatch(
      markdown.split('\n').find((l) => l.startsWith('| Verdict'))!,
      /Journal/
    )
    assert.match(markdown, /journal: \[/)
  })

  it('draws the SLO on the charts, shades process faults and has no empty last second', () => {
    const blocks = [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!)
    assert.equal(blocks.length, 2, 'p95 and error charts of the one load')
    assert.match(blocks[0]!, /line \[300(, 300)*\]/, 'p95 SLO line at 300 ms')
    assert.match(blocks[1]!, /line \[1(, 1)*\]/, 'error-rate SLO line at 1 %')
    for (const block of blocks) assert.match(block, /x-axis "seconds since the experiment started"/)
    for (const journal of journals) {
      for (const load of buildTimeline(journal).loads) {
        assert.ok(load.points.at(-1)!.requests > 0, 'the last charted second saw requests')
      }
    }
    // The latency example breaks the service through its admin switch (an http/process action):
    // its fault window is shaded too.
    const survives = journals[1]!
    assert.ok(buildTimeline(survives).faults.length >= 1)
  })

  it('the comment, rendered as GitHub does, fits 1000 px: four columns, nothing scrolls', async (t) => {
    const executablePath = chromiumPath()
    if (!executablePath) return t.skip('chromium is not installed and could not be installed')
    const png = join(tmpdir(), 'chaos-action-comment.png')
    const layout = await measurePage(
      executablePath,
      githubMarkdownPage(markdown, await mermaidSource()),
      WIDTH,
      png
    )
    assert.equal(layout.columns[0], 4, 'summary table: verdict, experiment, why, time')
    assert.deepEqual(layout.overflowingTables, [], 'no table scrolls sideways')
    assert.equal(layout.pageOverflow, 0)
    assert.equal(layout.mermaidSvgs, 2)
    assert.equal(layout.mermaidErrors, 0)
  })

  it('the HTML report fits 1000 px: four columns, SLO lines, charts on the timeline axis', async (t) => {
    const executablePath = chromiumPath()
    if (!executablePath) return t.skip('chromium is not installed and could not be installed')
    const png = join(tmpdir(), 'chaos-action-report.png')
    const layout = await measurePage(executablePath, html, WIDTH, png)
    assert.equal(layout.columns[0], 4)
    assert.deepEqual(layout.overflowingTables, [])
    assert.equal(layout.pageOverflow, 0)
    assert.equal((html.match(/<line class="slo"/g) ?? []).length, 2)
    // One axis: the timeline and the charts share the same plot box and the same axis title.
    assert.equal(
      (html.match(/seconds since the experiment started/g) ?? []).length,
      3 + 2,
      'three timelines and two charts'
    )
  })
})
