/**
 * The provider examples under examples/ run through the CLI as a user runs them, against real
 * servers on loopback: the sample service, a real Prometheus (Debian's package,
 * scripts/setup-prometheus.sh) scraping it, and a real Toxiproxy built from its Go module
 * (scripts/setup-toxiproxy.sh; skipped only when Go is missing). Verdicts and journal evidence are
 * checked, and every example under examples/ must validate.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { startSampleService, type SampleService } from '../../src/demo/sample-service.ts'
import { runCli, type CliRun } from '../helpers/cli.ts'
import type { Journal } from '../helpers/journal.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const PROMETHEUS_EXAMPLE = join(ROOT, 'examples/prometheus/error-rate-stays-low.yaml')
const TOXIPROXY_EXAMPLE = join(ROOT, 'examples/toxiproxy/latency-through-toxiproxy.yaml')

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

/** Polls `check` every 250 ms until it returns a value, for at most `ms`. */
async function eventually<T>(ms: number, what: string, check: () => Promise<T | undefined>) {
  const deadline = Date.now() + ms
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const v = await check()
      if (v !== undefined) return v
    } catch (error) {
      last = error
    }
    await sleep(250)
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((r) => child.once('exit', r))
  child.kill('SIGTERM')
  await Promise.race([exited, sleep(5000)])
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
}

/** The CLI from the repository root, as a user runs it. */
function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { timeoutMs: 45_000 })
}

/** Runs one experiment with --json and returns the CLI result, the verdict and the journal. */
async function runExample(file: string, journals: string, vars: string[]) {
  const r = await cli([
    'run',
    file,
    '--json',
    '--journal-dir',
    journals,
    ...vars.flatMap((v) => ['--var', v])
  ])
  let results: { verdict: string; journal: string | null }[]
  try {
    results = JSON.parse(r.stdout) as typeof results
  } catch {
    assert.fail(`no JSON on stdout (exit ${r.code})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
  }
  assert.equal(results.length, 1, r.stderr)
  const result = results[0]!
  assert.ok(result.journal, `a journal path is reported\n${r.stderr}`)
  const journal = JSON.parse(readFileSync(resolve(ROOT, result.journal), 'utf8')) as Journal
  const activity = (name: string) => {
    const found = journal.run.find((a) => a.activity.name === name)
    assert.ok(found, `the journal has activity ${name}\n${r.stderr}`)
    return found
  }
  return { r, verdict: result.verdict, journal, activity }
}

describe('examples/ validate', () => {
  it('every example in examples/ is valid', async () => {
    const r = await cli(['validate', join(ROOT, 'examples')])
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`)
    assert.match(r.stdout + r.stderr, /error-rate-stays-low\.yaml/)
    assert.match(r.stdout + r.stderr, /latency-through-toxiproxy\.yaml/)
  })
})

function prometheusBinary(): string {
  const find = () => {
    try {
      return execFileSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' }).trim()
    } catch {
      return ''
    }
  }
  if (find()) return find()
  execFileSync('bash', [join(ROOT, 'scripts/setup-prometheus.sh')], {
    stdio: 'inherit',
    timeout: 300_000
  })
  const installed = find()
  if (!installed) throw new Error('prometheus is not installed: run scripts/setup-prometheus.sh')
  return installed
}

describe('examples/prometheus/error-rate-stays-low.yaml (real Prometheus)', () => {
  let service: SampleService
  let prom: ChildProcess | undefined
  let promUrl = ''
  let dir = ''

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chaos-example-prom-'))
    service = await startSampleService({ port: 0, host: '127.0.0.1' })
    // The scrape config the example's header describes: job `sample`, every second.
    writeFileSync(
      join(dir, 'prometheus.yml'),
      [
        'global: {scrape_interval: 1s, evaluation_interval: 1s}',
        'scrape_configs:',
        '  - job_name: sample',
        '    scrape_interval: 1s',
        '    scrape_timeout: 900ms',
        `    static_configs: [{targets: ['${new URL(service.url).host}']}]`,
        ''
      ].join('\n')
    )
    const port = await freePort()
    let stderr = ''
    prom = spawn(
      prometheusBinary(),
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn'
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    prom.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)))
    promUrl = `http://127.0.0.1:${port}`
    // Ready, and the service scraped (the hypothesis's `up` probe needs a sample).
    await eventually(30_000, 'prometheus to scrape the sample service', async () => {
      if (prom!.exitCode !== null) throw new Error(`prometheus exited: ${stderr}`)
      const res = await fetch(
        `${promUrl}/api/v1/query?query=${encodeURIComponent('up{job="sample"}')}`
      )
      const body = (await res.json()) as { data?: { result?: { value: [number, string] }[] } }
      return body.data?.result?.[0]?.value[1] === '1' ? true : undefined
    })
  })

  after(async () => {
    await stop(prom)
    await service?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const vars = () => [`base_url=${service.url}`, `prometheus_base_url=${promUrl}`]

  it('passes: a 2 % error fault keeps the ratio Prometheus computes under 5 %', async () => {
    const { r, verdict, journal, activity } = await runExample(
      PROMETHEUS_EXAMPLE,
      join(dir, 'pass'),
      vars()
    )
    assert.equal(verdict, 'passed', r.stderr)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, true)
    // The fault was real and Prometheus saw it: a ratio above 0, within the range.
    const during = activity('error-ratio-during-fault').output as number
    assert.equal(typeof during, 'number', JSON.stringify(during))
    assert.ok(during > 0 && during <= 0.05, `error ratio during the fault: ${during}`)
    const after = journal.steady_states.after!.probes
    const ratio = after.find((p) => p.activity.name === 'api-error-ratio-at-most-5-percent')
    assert.equal(ratio?.tolerance_met, true)
    assert.ok((ratio?.output as number) > 0, `after-hypothesis ratio ${String(ratio?.output)}`)
    // chaosprometheus's query output is Prometheus's JSON, as the jsonpath tolerance read it.
    const up = after.find((p) => p.activity.name === 'service-is-scraped')?.output as {
      status: string
    }
    assert.equal(up.status, 'success')
    // The rollback switched the fault off.
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 })
  })

  it('deviates when half the requests fail', async () => {
    const { r, verdict, journal } = await runExample(PROMETHEUS_EXAMPLE, join(dir, 'deviate'), [
      ...vars(),
      'error_rate:float=0.5'
    ])
    assert.equal(verdict, 'deviated', r.stderr)
    assert.equal(r.code, 1, r.stderr)
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, false)
    const ratio = journal.steady_states.after!.probes.find(
      (p) => p.activity.name === 'api-error-ratio-at-most-5-percent'
    )
    assert.equal(ratio?.tolerance_met, false)
    assert.ok((ratio?.output as number) > 0.05, `ratio ${String(ratio?.output)}`)
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 })
  })
})

function buildToxiproxy(): { bin?: string; skip?: string } {
  if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0)
    return { skip: 'Go is not installed: cannot build Toxiproxy from its Go module' }
  const built = spawnSync('bash', [join(ROOT, 'scripts/setup-toxiproxy.sh')], {
    encoding: 'utf8',
    timeout: 600_000
  })
  if (built.status !== 0) throw new Error(`setup-toxiproxy.sh failed:\n${built.stderr}`)
  const bin = built.stdout.trim().split('\n').pop()
  assert.ok(bin, 'setup-toxiproxy.sh printed the binary path')
  return { bin }
}

const toxiproxy = buildToxiproxy()

interface LoadReport {
  requests: number
  errors: number
  series: { t: number; requests: number; errors: number; p95_ms: number }[]
}

describe(
  'examples/toxiproxy/latency-through-toxiproxy.yaml (real Toxiproxy)',
  { skip: toxiproxy.skip },
  () => {
    let service: SampleService
    let server: ChildProcess | undefined
    let apiUrl = ''
    let log = ''
    let dir = ''

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'chaos-example-toxi-'))
      service = await startSampleService({ port: 0, host: '127.0.0.1' })
      // Toxiproxy does not report a port it chose, so we choose one; retried if it was taken.
      for (let attempt = 0; attempt < 3 && !apiUrl; attempt++) {
        const port = await freePort()
        const child = spawn(toxiproxy.bin!, ['-host', '127.0.0.1', '-port', String(port)], {
          stdio: ['ignore', 'pipe', 'pipe']
        })
        child.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)))
        child.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)))
        const url = `http://127.0.0.1:${port}`
        for (let i = 0; i < 100 && child.exitCode === null && !apiUrl; i++) {
          const ok = await fetch(`${url}/version`, { signal: AbortSignal.timeout(500) }).then(
            (res) => res.ok,
            () => false
          )
          if (ok) apiUrl = url
          else await sleep(100)
        }
        if (apiUrl) server = child
        else child.kill('SIGKILL')
      }
      assert.ok(apiUrl, `Toxiproxy did not start:\n${log}`)
    })

    after(async () => {
      await stop(server)
      await service?.close()
      if (dir) rmSync(dir, { recursive: true, force: true })
    })

    it('passes: users keep the SLO through a 100 ms latency toxic, and the proxy is removed', async () => {
      const proxyPort = await freePort()
      const { r, verdict, journal, activity } = await runExample(TOXIPROXY_EXAMPLE, dir, [
        `base_url=${service.url}`,
        `toxiproxy_url=${apiUrl}`,
        `proxy_port=${proxyPort}`
      ])
      assert.equal(verdict, 'passed', `${r.stderr}\n${log}`)
      assert.equal(r.code, 0, r.stderr)
      assert.equal(journal.deviated, false)
      // Toxiproxy held the toxic while the method looked.
      const stats = activity('toxics-in-force').output as {
        backend: string
        toxics: { name: string; type: string; attributes: { latency: number } }[]
      }
      assert.equal(stats.backend, 'toxiproxy')
      assert.deepEqual(
        stats.toxics.map((t) => [t.name, t.type, t.attributes.latency]),
        [['slow-responses', 'latency', 100]]
      )
      // The users went through Toxiproxy and felt the latency, without errors.
      const load = activity('users').output as LoadReport
      assert.ok(load.requests >= 100, `${load.requests} requests`)
      assert.equal(load.errors, 0)
      const slowest = Math.max(...load.series.map((s) => s.p95_ms))
      assert.ok(slowest >= 100, `p95 per second: ${load.series.map((s) => s.p95_ms).join(', ')}`)
      // The rollbacks left the server as it was found: no proxies.
      const proxies = (await (await fetch(`${apiUrl}/proxies`)).json()) as Record<string, unknown>
      assert.deepEqual(Object.keys(proxies), [])
    })
  }
)
