/**
 * Against a real Prometheus (Debian's package, scripts/setup-prometheus.sh) started here on
 * loopback, scraping the sample service's /metrics every second.
 */
import assert from 'node:assert/strict'
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { startSampleService, type SampleService } from '../../src/demo/sample-service.ts'
import { withinTolerance } from '../../src/engine/tolerance.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { NativeModuleRegistry } from '../../src/engine/provider.ts'
import {
  PrometheusProvider,
  parseWhen,
  registerPrometheusModules
} from '../../src/providers/prometheus/index.ts'
import { activityContext } from '../helpers/activity-context.ts'

function prometheusBinary(): string {
  const find = (): string | undefined => {
    try {
      return (
        execFileSync('sh', ['-c', 'command -v prometheus'], { encoding: 'utf8' }).trim() ||
        undefined
      )
    } catch {
      return undefined
    }
  }
  const found = find()
  if (found) return found
  execFileSync('bash', [join(import.meta.dirname, '../../scripts/setup-prometheus.sh')], {
    stdio: 'inherit',
    timeout: 300_000
  })
  const installed = find()
  if (!installed) throw new Error('prometheus is not installed: run scripts/setup-prometheus.sh')
  return installed
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `check` every 250 ms until it returns a value, for at most `ms`. */
async function eventually<T>(
  ms: number,
  what: string,
  check: () => Promise<T | undefined>
): Promise<T> {
  const deadline = Date.now() + ms
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      last = error
    }
    await sleep(250)
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`)
}

interface Prometheus {
  url: string
  process: ChildProcess
  dir: string
}

async function startPrometheus(target: string): Promise<Prometheus> {
  const binary = prometheusBinary()
  const dir = mkdtempSync(join(tmpdir(), 'chaos-prom-'))
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      '  evaluation_interval: 1s',
      'scrape_configs:',
      '  - job_name: sample',
      '    scrape_interval: 1s',
      '    scrape_timeout: 900ms',
      '    static_configs:',
      `      - targets: ['${target}']`,
      ''
    ].join('\n')
  )
  const port = await freePort()
  const child = spawn(
    binary,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn'
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  )
  let stderr = ''
  child.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)))
  const url = `http://127.0.0.1:${port}`
  try {
    await eventually(30_000, 'prometheus to be ready', async () => {
      if (child.exitCode !== null) throw new Error(`prometheus exited: ${stderr}`)
      const res = await fetch(`${url}/-/ready`)
      return res.ok ? true : undefined
    })
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return { url, process: child, dir }
}

describe('prometheus provider (real Prometheus on loopback)', () => {
  let service: SampleService
  let prom: Prometheus
  const provider = new PrometheusProvider()

  before(async () => {
    service = await startSampleService({ port: 0, host: '127.0.0.1' })
    prom = await startPrometheus(new URL(service.url).host)
    // Some traffic and a fault the metrics reflect, then wait for scrapes to land.
    for (let i = 0; i < 20; i++) await fetch(`${service.url}/api/items`)
    await fetch(`${service.url}/admin/fault`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ latency_ms: 25, error_rate: 0 })
    })
    const { ctx } = activityContext()
    await eventually(30_000, 'the fault gauge to be scraped', async () => {
      const v = await provider.run(
        { type: 'prometheus', action: 'value', url: prom.url, query: 'sample_fault_latency_ms' },
        ctx
      )
      return v === 25 ? v : undefined
    })
    // A few scrapes in the database, for range queries to have points.
    await eventually(30_000, 'three scrapes', async () => {
      const n = await provider.run(
        {
          type: 'prometheus',
          action: 'value',
          url: prom.url,
          query: 'count_over_time(up{job="sample"}[1m])'
        },
        ctx
      )
      return (n as number) >= 3 ? n : undefined
    })
  })

  after(async () => {
    if (prom) {
      prom.process.kill('SIGTERM')
      await Promise.race([
        new Promise((resolve) => prom.process.once('exit', resolve)),
        sleep(5000).then(() => prom.process.kill('SIGKILL'))
      ])
      rmSync(prom.dir, { recursive: true, force: true })
    }
    await service?.close()
  })

  it('answers an instant query with Prometheus JSON that jsonpath and range tolerances judge', async () => {
    const { ctx } = activityContext({})
    ctx.configuration = { prometheus_base_url: prom.url }
    const output = (await provider.run(
      { type: 'prometheus', query: 'sum(sample_http_requests_total{path="/api/items"})' },
      ctx
    )) as { status: string; data: { resultType: string; result: { value: [number, string] }[] } }
    assert.equal(output.status, 'success')
    assert.equal(output.data.resultType, 'vector')
    const requests = Number(output.data.result[0]!.value[1])
    assert.ok(requests >= 20, `saw ${requests} requests`)
    const tctx = { configuration: {}, secrets: {}, runProbe: async () => true }
    assert.equal(
      await withinTolerance(
        { type: 'jsonpath', path: '$.status', expect: 'success' },
        output,
        tctx
      ),
      true
    )
    assert.equal(
      await withinTolerance(
        { type: 'jsonpath', path: '$.data.result[0].metric', count: 1 },
        output,
        tctx
      ),
      true
    )
    const gauge = await provider.run(
      { type: 'prometheus', action: 'value', query: 'sample_fault_latency_ms' },
      ctx
    )
    assert.equal(await withinTolerance({ type: 'range', range: [20, 30] }, gauge, tctx), true)
    assert.equal(await withinTolerance({ type: 'range', range: [0, 10] }, gauge, tctx), false)
  })

  it('answers a range query with a matrix over the interval', async () => {
    const { ctx } = activityContext()
    const output = (await provider.run(
      {
        type: 'prometheus',
        action: 'query_range',
        url: prom.url,
        query: 'up{job="sample"}',
        start: '1 minute ago',
        end: 'now',
        step: 1
      },
      ctx
    )) as { status: string; data: { resultType: string; result: { values: [number, string][] }[] } }
    assert.equal(output.status, 'success')
    assert.equal(output.data.resultType, 'matrix')
    const values = output.data.result[0]!.values
    assert.ok(values.length >= 2, `${values.length} points`)
    assert.ok(values.every(([, v]) => v === '1'))
  })

  it('serves chaosprometheus.probes query and query_interval through the python provider', async () => {
    const natives = registerPrometheusModules(new NativeModuleRegistry())
    assert.deepEqual(natives.functions('chaosprometheus.probes'), [
      'compute_mean',
      'nodes_cpu_usage_mean',
      'query',
      'query_interval'
    ])
    const registry = createDefaultRegistry({ python: false, nativeModules: natives })
    const python = registry.get('python')!
    const { ctx } = activityContext()
    ctx.configuration = { prometheus_base_url: prom.url }
    const instant = (await python.run(
      {
        type: 'python',
        module: 'chaosprometheus.probes',
        func: 'query',
        arguments: { query: 'sample_fault_latency_ms', when: 'now' }
      },
      ctx
    )) as { status: string; data: { result: { value: [number, string] }[] } }
    assert.equal(instant.status, 'success')
    assert.equal(instant.data.result[0]!.value[1], '25')
    const range = (await python.run(
      {
        type: 'python',
        module: 'chaosprometheus.probes',
        func: 'query_interval',
        arguments: {
          query: 'sample_fault_latency_ms',
          start: '30 seconds ago',
          end: 'now',
          step: 2
        }
      },
      ctx
    )) as { data: { resultType: string; result: { values: unknown[] }[] } }
    assert.equal(range.data.resultType, 'matrix')
    assert.ok(range.data.result[0]!.values.length >= 1)
    const mean = await python.run(
      {
        type: 'python',
        module: 'chaosprometheus.probes',
        func: 'compute_mean',
        arguments: { query: 'up{job="sample"}', window: '1m' }
      },
      ctx
    )
    assert.equal(mean, 1)
    // A date it can't read fails the activity with chaosprometheus's message.
    await assert.rejects(
      python.run(
        {
          type: 'python',
          module: 'chaosprometheus.probes',
          func: 'query',
          arguments: { query: 'up', when: '2 mns ago' }
        },
        ctx
      ),
      /failed to parse '2 mns ago'/
    )
    await registry.close()
  })

  it('fails the activity on a bad query or an unreachable server', async () => {
    const { ctx } = activityContext()
    await assert.rejects(
      provider.run({ type: 'prometheus', url: prom.url, query: 'sum(' }, ctx),
      (error: Error) =>
        error.name === 'ActivityFailed' &&
        /Prometheus query .* failed: .*parse error/.test(error.message)
    )
    const port = await freePort()
    await assert.rejects(
      provider.run({ type: 'prometheus', url: `http://127.0.0.1:${port}`, query: 'up' }, ctx),
      /ECONNREFUSED/
    )
  })

  it('reads the time phrases experiments use, and validates', () => {
    const now = Date.parse('2026-01-01T12:00:00Z')
    assert.equal(parseWhen('5 minutes ago', now)?.toISOString(), '2026-01-01T11:55:00.000Z')
    assert.equal(parseWhen('1d', now)?.toISOString(), '2025-12-31T12:00:00.000Z')
    assert.equal(parseWhen('in 10 seconds', now)?.toISOString(), '2026-01-01T12:00:10.000Z')
    assert.equal(parseWhen('an hour ago', now)?.toISOString(), '2026-01-01T11:00:00.000Z')
    assert.equal(parseWhen('2026-01-01T10:00:00+02:00')?.toISOString(), '2026-01-01T08:00:00.000Z')
    assert.equal(parseWhen('2 mns ago', now), undefined)
    const vctx = {
      path: ['p'],
      locate: () => undefined,
      activityName: 'q',
      activityType: 'probe' as const
    }
    assert.deepEqual(provider.validate({ type: 'prometheus', query: 'up' }, vctx), [])
    assert.deepEqual(
      provider
        .validate({ type: 'prometheus', action: 'query_range', query: 'up', end: 'whenever' }, vctx)
        .map((i) => i.field),
      ['/p/start', '/p/end']
    )
  })
})
