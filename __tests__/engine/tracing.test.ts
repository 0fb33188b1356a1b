import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import {
  activityEndAttributes,
  activityStartAttributes,
  createTracer,
  noopTracer,
  tracesEndpoint
} from '../../src/engine/tracing.ts'
import { LoadProvider } from '../../src/providers/load/index.ts'
import { runExperiments } from '../../src/engine/runner.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { loaded } from '../helpers/experiments.ts'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { activityContext } from '../helpers/activity-context.ts'

interface ReceivedSpan {
  traceId: string
  spanId: string
  parentSpanId: string
  name: string
  attributes: Record<string, unknown>
  status: { code?: number; message?: string }
  service: unknown
}

/** An OTLP/HTTP (JSON) traces receiver: what a collector would get. */
async function startReceiver(): Promise<{
  url: string
  spans: ReceivedSpan[]
  paths: string[]
  server: Server
}> {
  const spans: ReceivedSpan[] = []
  const paths: string[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      paths.push(
        `${req.method} ${req.url} ${req.headers['content-type']} ${req.headers['x-team'] ?? ''}`
      )
      const hex = (v: unknown): string =>
        typeof v === 'string' && /^[0-9a-f]*$/i.test(v)
          ? v.toLowerCase()
          : Buffer.from(String(v ?? ''), 'base64').toString('hex')
      const value = (v: Record<string, unknown>): unknown =>
        v.stringValue ??
        v.boolValue ??
        (v.intValue === undefined ? v.doubleValue : Number(v.intValue))
      const payload = JSON.parse(body) as {
        resourceSpans: {
          resource: { attributes: { key: string; value: Record<string, unknown> }[] }
          scopeSpans: { spans: Record<string, unknown>[] }[]
        }[]
      }
      for (const rs of payload.resourceSpans) {
        const service = value(rs.resource.attributes.find((a) => a.key === 'service.name')!.value)
        for (const ss of rs.scopeSpans) {
          for (const s of ss.spans) {
            const attributes: Record<string, unknown> = {}
            for (const a of s.attributes as { key: string; value: Record<string, unknown> }[])
              attributes[a.key] = value(a.value)
            spans.push({
              traceId: hex(s.traceId),
              spanId: hex(s.spanId),
              parentSpanId: hex(s.parentSpanId ?? ''),
              name: String(s.name),
              attributes,
              status: (s.status ?? {}) as ReceivedSpan['status'],
              service
            })
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, paths, server }
}

describe('tracing', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  before(async () => {
    receiver = await startReceiver()
  })
  after(async () => {
    receiver.server.closeAllConnections()
    await new Promise((resolve) => receiver.server.close(resolve))
  })

  it('is a no-op without an endpoint', async () => {
    const tracer = await createTracer({})
    assert.equal(tracer, noopTracer)
    const span = tracer.startSpan('experiment')
    assert.equal(tracer.traceparent(span), undefined)
    tracer.end(span)
    await tracer.shutdown()
    assert.equal(
      tracesEndpoint({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318/' }),
      'http://c:4318/v1/traces'
    )
    assert.equal(
      tracesEndpoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t/x'
      }),
      'http://t/x'
    )
  })

  it('exports experiment, phase and activity spans with parent links and attributes over OTLP/HTTP', async () => {
    receiver.spans.length = 0
    const tracer = await createTracer({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-team=chaos',
      OTEL_SERVICE_NAME: 'ci-chaos'
    })
    assert.equal(tracer.enabled, true)
    const experiment = tracer.startSpan('experiment', { 'chaos.experiment.title': 'api holds' })
    const method = tracer.startSpan('method', { 'chaos.phase': 'method' }, experiment)
    const activity = { type: 'probe', name: 'health', provider: { type: 'http' } }
    const probe = tracer.startSpan('probe health', activityStartAttributes(activity), method)
    const traceparent = tracer.traceparent(probe)!
    assert.match(traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/)
    tracer.end(
      probe,
      activityEndAttributes({
        activity: activity as never,
        output: { status: 200, body: 'ok' },
        start: '',
        status: 'succeeded',
        duration: 0.01,
        tolerance_met: true
      })
    )
    const failing = tracer.startSpan('action break', { 'chaos.activity.name': 'break' }, method)
    tracer.end(failing, { 'chaos.activity.status': 'failed' }, new Error('connection refused'))
    tracer.end(method)
    tracer.end(experiment, { 'chaos.verdict': 'passed', 'chaos.deviated': false })
    await tracer.shutdown()

    const byName = new Map(receiver.spans.map((s) => [s.name, s]))
    const exp = byName.get('experiment')!
    const m = byName.get('method')!
    const p = byName.get('probe health')!
    const f = byName.get('action break')!
    assert.ok(exp && m && p && f, `got ${[...byName.keys()].join(', ')}`)
    assert.equal(exp.parentSpanId, '')
    assert.equal(m.parentSpanId, exp.spanId)
    assert.equal(p.parentSpanId, m.spanId)
    assert.equal(f.parentSpanId, m.spanId)
    assert.ok([m, p, f].every((s) => s.traceId === exp.traceId))
    assert.equal(traceparent, `00-${p.traceId}-${p.spanId}-01`)
    assert.equal(exp.attributes['chaos.verdict'], 'passed')
    assert.equal(exp.attributes['chaos.deviated'], false)
    assert.equal(exp.attributes['chaos.experiment.title'], 'api holds')
    assert.equal(p.attributes['chaos.activity.type'], 'probe')
    assert.equal(p.attributes['chaos.provider.type'], 'http')
    assert.equal(p.attributes['chaos.tolerance_met'], true)
    assert.deepEqual(JSON.parse(String(p.attributes['chaos.activity.output'])), {
      status: 200,
      body: 'ok'
    })
    assert.equal(f.status.code, 2)
    assert.equal(f.status.message, 'connection refused')
    assert.equal(exp.service, 'ci-chaos')
    assert.ok(
      receiver.paths.every((line) => line.startsWith('POST /v1/traces application/json chaos'))
    )
  })

  it("joins a CI job's TRACEPARENT, and load requests carry the activity's traceparent", async () => {
    receiver.spans.length = 0
    const incoming = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'
    const tracer = await createTracer({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      TRACEPARENT: incoming
    })
    const experiment = tracer.startSpan('experiment')
    const span = tracer.startSpan('action users', { 'chaos.provider.type': 'load' }, experiment)

    const seen = new Set<string>()
    const service = createServer((req, res) => {
      seen.add(String(req.headers.traceparent))
      res.end('ok')
    })
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    const { ctx } = activityContext()
    ctx.traceparent = tracer.traceparent(span)!
    const provider = new LoadProvider()
    await provider.run(
      {
        type: 'load',
        url: `http://127.0.0.1:${(service.address() as AddressInfo).port}/`,
        concurrency: 2,
        duration: 1,
        max_requests: 50
      },
      ctx
    )
    service.closeAllConnections()
    await new Promise((resolve) => service.close(resolve))
    tracer.end(span)
    tracer.end(experiment)
    await tracer.shutdown()

    const exp = receiver.spans.find((s) => s.name === 'experiment')!
    const load = receiver.spans.find((s) => s.name === 'action users')!
    assert.equal(exp.traceId, '4bf92f3577b34da6a3ce929d0e0e4736')
    assert.equal(exp.parentSpanId, '00f067aa0ba902b7')
    assert.deepEqual([...seen], [`00-${load.traceId}-${load.spanId}-01`])
  })

  it('a run exports experiment -> phase -> activity spans, and its HTTP probes carry their traceparent', async () => {
    receiver.spans.length = 0
    const seen: string[] = []
    const service = createServer((req, res) => {
      seen.push(String(req.headers.traceparent))
      res.end('ok')
    })
    await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}/health`
    const registry = createDefaultRegistry({ python: false })
    try {
      const summary = await runExperiments(
        [
          loaded({
            title: 'traced',
            description: 'spans for every phase',
            'steady-state-hypothesis': {
              title: 'up',
              probes: [
                { type: 'probe', name: 'health', tolerance: 200, provider: { type: 'http', url } }
              ]
            },
            method: [
              { type: 'action', name: 'poke', provider: { type: 'http', url, method: 'POST' } }
            ]
          })
        ],
        {
          registry,
          journalDir: await mkdtemp(join(tmpdir(), 'traced-')),
          env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'ci-chaos' }
        }
      )
      assert.equal(summary.results[0]?.verdict, 'passed')
    } finally {
      await registry.close()
      service.closeAllConnections()
      await new Promise((resolve) => service.close(resolve))
    }
    const byName = (name: string) => receiver.spans.filter((s) => s.name === name)
    const [experiment] = byName('experiment')
    assert.ok(experiment, receiver.spans.map((s) => s.name).join(', '))
    assert.equal(experiment.attributes['chaos.verdict'], 'passed')
    const phases = ['Steady-state hypothesis (before)', 'Method', 'Steady-state hypothesis (after)']
    for (const name of phases) {
      assert.equal(byName(name)[0]?.parentSpanId, experiment.spanId, `${name} under the experiment`)
    }
    const probes = byName('probe health')
    assert.equal(probes.length, 2, 'before and after')
    const poke = byName('action poke')[0]!
    assert.equal(poke.parentSpanId, byName('Method')[0]!.spanId)
    assert.ok(
      receiver.spans.every((s) => s.traceId === experiment.traceId),
      'one trace'
    )
    // Each request the service saw names the span of the activity that sent it.
    const expected = [...probes, poke].map((s) => `00-${s.traceId}-${s.spanId}-01`).sort()
    assert.deepEqual([...seen].sort(), expected)
  })
})
