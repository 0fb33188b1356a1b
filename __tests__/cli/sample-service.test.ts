import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { after, before, describe, it } from 'node:test'
import { startSampleService } from '../../src/demo/sample-service.ts'
import type { SampleService } from '../../src/demo/sample-service.ts'

const NODE = process.execPath

describe('sample service', () => {
  let service: SampleService
  before(async () => {
    service = await startSampleService({ port: 0 })
  })
  after(async () => {
    await service.close()
  })

  const get = (path: string): Promise<Response> => fetch(`${service.url}${path}`)
  const setFault = (body: string, type = 'application/json'): Promise<Response> =>
    fetch(`${service.url}/admin/fault`, { method: 'POST', headers: { 'Content-Type': type }, body })

  it('serves health and items as exact application/json', async () => {
    const health = await get('/health')
    assert.equal(health.status, 200)
    assert.equal(health.headers.get('content-type'), 'application/json')
    assert.deepEqual(await health.json(), { status: 'ok' })
    const items = (await (await get('/api/items')).json()) as { count: number; items: unknown[] }
    assert.equal(items.count, 3)
    assert.equal(items.items.length, 3)
    assert.equal((await get('/api/items/2')).status, 200)
    assert.equal((await get('/api/items/99')).status, 404)
  })

  it('injects latency and an exact error rate into /api only, and removes them', async () => {
    let res = await setFault('{"latency_ms": 150, "error_rate": 0.5}')
    assert.deepEqual(await res.json(), { latency_ms: 150, error_rate: 0.5 })
    const started = performance.now()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await get('/api/items')).status)
    const perRequest = (performance.now() - started) / 4
    assert.ok(perRequest >= 140, `each /api request is delayed (${perRequest} ms)`)
    assert.equal(statuses.filter((s) => s === 503).length, 2)
    // Health is not part of the blast radius.
    assert.equal((await get('/health')).status, 200)

    // chaostoolkit form-encodes arguments without a JSON content type.
    res = await setFault('latency_ms=0&error_rate=1', 'application/x-www-form-urlencoded')
    assert.deepEqual(await res.json(), { latency_ms: 0, error_rate: 1 })
    assert.equal((await get('/api/items')).status, 503)

    res = await fetch(`${service.url}/admin/fault`, { method: 'DELETE' })
    assert.deepEqual(await res.json(), { latency_ms: 0, error_rate: 0 })
    assert.equal((await get('/api/items')).status, 200)
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 })
  })

  it('rejects bad faults with 400', async () => {
    assert.equal((await setFault('{"error_rate": 2}')).status, 400)
    assert.equal((await setFault('{"latency": 5}')).status, 400)
    assert.equal((await setFault('not json')).status, 400)
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 })
  })

  it('exposes Prometheus counters and a latency histogram', async () => {
    await get('/api/items')
    const res = await get('/metrics')
    assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    assert.match(text, /^# TYPE sample_http_requests_total counter$/m)
    assert.match(
      text,
      /^sample_http_requests_total\{method="GET",path="\/api\/items",status="503"\} \d+$/m
    )
    assert.match(text, /^# TYPE sample_http_request_duration_seconds histogram$/m)
    const bucket = (le: string): number =>
      Number(
        new RegExp(
          `^sample_http_request_duration_seconds_bucket\\{path="/api/items",le="${le.replace('+', '\\+')}"\\} (\\d+)$`,
          'm'
        ).exec(text)?.[1]
      )
    const count = Number(
      /^sample_http_request_duration_seconds_count\{path="\/api\/items"\} (\d+)$/m.exec(text)?.[1]
    )
    assert.ok(count >= 8)
    assert.equal(bucket('+Inf'), count)
    // Cumulative buckets: the slow requests (150 ms) are above 0.1 s and within 0.25 s.
    assert.ok(bucket('0.1') < bucket('0.25'))
    assert.ok(bucket('0.005') <= bucket('0.1'))
  })
})

describe('sample service standalone', () => {
  it('prints its URL and stops on SIGTERM', async () => {
    const child = spawn(NODE, ['src/demo/sample-service.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      let out = ''
      child.stdout.setEncoding('utf8')
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10_000)
        child.stdout.on('data', (d: string) => {
          out += d
          const m = /^(http:\/\/127\.0\.0\.1:\d+)\n/.exec(out)
          if (m?.[1]) {
            clearTimeout(timer)
            resolve(m[1])
          }
        })
      })
      assert.equal((await fetch(`${url}/health`)).status, 200)
      child.kill('SIGTERM')
      const [code] = (await once(child, 'exit')) as [number | null]
      assert.equal(code, 0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
