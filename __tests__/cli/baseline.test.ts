/**
 * `chaos-action run --baseline DIR [--fail-on regression]` with real runs against a loopback
 * service whose answers the test slows down between runs: the SLO still holds, the figures got
 * worse, and only `--fail-on regression` turns that into exit status 1.
 */
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { runCli } from '../helpers/cli.ts'

/** Milliseconds every answer waits: the planted regression. */
let delayMs = 0
const server = createServer((_req, res) => {
  setTimeout(() => res.end('ok'), delayMs)
})
let dir = ''
let experiment = ''

const EXPERIMENT = (url: string): string => `title: Users are served quickly
description: Load against a loopback service the test slows down between runs.
steady-state-hypothesis:
  title: within the SLO
  probes:
    - type: probe
      name: users-within-slo
      tolerance: {type: slo, error_rate: "<=1%", p95_ms: "<=3000"}
      provider: {type: load, action: window, name: users, last_seconds: 1, url: "${url}", rate: 10, concurrency: 2}
method:
  - type: action
    name: users
    provider: {type: load, name: users, url: "${url}", rate: 20, concurrency: 4, duration: 2}
`

interface Summary {
  verdict: string
  experiments: { verdict: string; figures: { key: string; value: number; unit: string }[] }[]
}

async function run(name: string, extra: string[]) {
  const journals = join(dir, name)
  const result = await runCli(
    [
      'run',
      experiment,
      '--journal-dir',
      journals,
      '--report',
      join(journals, 'report.md'),
      '--html',
      join(journals, 'report.html'),
      ...extra
    ],
    { timeoutMs: 90_000 }
  )
  const summary = JSON.parse(await readFile(join(journals, 'summary.json'), 'utf8')) as Summary
  const report = await readFile(join(journals, 'report.md'), 'utf8')
  const html = await readFile(join(journals, 'report.html'), 'utf8')
  return { ...result, summary, report, html, journals }
}

describe('chaos-action run --baseline', () => {
  let base = ''
  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    dir = await mkdtemp(join(tmpdir(), 'chaos-cli-baseline-'))
    experiment = join(dir, 'quick.yaml')
    const { port } = server.address() as AddressInfo
    await writeFile(experiment, EXPERIMENT(`http://127.0.0.1:${port}/`))
    delayMs = 1
    const first = await run('base', [])
    assert.equal(first.code, 0, first.stderr)
    base = first.journals
    const figures = first.summary.experiments[0]?.figures ?? []
    // summary.json carries what a later run compares with.
    for (const key of [
      'load:users:error_rate',
      'load:users:p50_ms',
      'load:users:p95_ms',
      'load:users:p99_ms',
      'slo:users-within-slo:p95_ms'
    ])
      assert.ok(
        figures.some((f) => f.key === key),
        `${key} in ${JSON.stringify(figures)}`
      )
    delayMs = 200
  })
  after(async () => {
    server.closeAllConnections()
    await new Promise<void>((r) => server.close(() => r()))
    await rm(dir, { recursive: true, force: true })
  })

  it('fails --fail-on regression on a planted regression while the SLO holds, and shows the deltas', async () => {
    const slow = await run('slow', ['--baseline', base, '--fail-on', 'regression'])
    assert.equal(slow.summary.experiments[0]?.verdict, 'passed', 'the SLO still holds')
    assert.equal(slow.code, 1, slow.stderr)
    assert.match(
      slow.stderr,
      /regression: Users are served quickly: load users p95 [\d.]+ ms -> [\d.]+ ms/
    )
    assert.match(slow.report, /### Compared with the baseline/)
    assert.match(slow.report, /base ✅ passed → now ✅ passed/)
    assert.match(
      slow.report,
      /\| 🔺 load users p95 \| [\d.]+ ms \| [\d.]+ ms \| \*\*\+[\d.]+ ms \(\+\d+ %\)\*\* \|/
    )
    // The SLO figure keeps its margin to the bound.
    assert.match(
      slow.report,
      /users-within-slo p95\\_ms \| [\d.]+ ms \| [\d.]+ ms \| [^|]+ \| [\d.]+ ms \|/
    )
    assert.match(slow.html, /<tr class="regressed"><td>🔺 load users p95<\/td>/)
  })

  it('passes the same run under the default fail-on, and under a wider tolerance', async () => {
    const plain = await run('plain', ['--baseline', base])
    assert.equal(plain.code, 0, plain.stderr)
    assert.match(plain.report, /🔺 load users p95/)
    const wide = await run('wide', [
      '--baseline',
      join(base, 'summary.json'),
      '--fail-on',
      'regression',
      '--regression-tolerance',
      '100000%,1000ms'
    ])
    assert.equal(wide.code, 0, wide.stderr)
    assert.match(wide.report, /no figure got worse beyond the tolerance/)
    assert.doesNotMatch(wide.report, /🔺/)
  })

  it('no baseline found: a note in the report, never a failure', async () => {
    const none = await run('none', ['--baseline', join(dir, 'missing'), '--fail-on', 'regression'])
    assert.equal(none.code, 0, none.stderr)
    assert.match(none.report, /> \[!NOTE\]\n> no baseline: .*missing does not exist/)
    assert.match(none.html, /<p class="note">no baseline: /)
  })

  it('refuses a tolerance it cannot read', async () => {
    const bad = await runCli(['run', experiment, '--regression-tolerance', 'ten percent'])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /regression-tolerance/)
  })
})
