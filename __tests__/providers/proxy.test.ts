import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { ProxyProvider } from '../../src/providers/proxy/index.ts'
import { EvenSampler, validateFault } from '../../src/providers/proxy/faults.ts'
import { faultToToxic } from '../../src/providers/proxy/toxiproxy.ts'
import { activityContext } from '../helpers/activity-context.ts'

let upstream: http.Server
let upstreamAddr = ''
const payload = 'x'.repeat(64 * 1024)

before(async () => {
  upstream = http.createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.end(payload)
      return
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ ok: true, path: req.url }))
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  upstreamAddr = `127.0.0.1:${(upstream.address() as AddressInfo).port}`
})
after(() => {
  upstream.closeAllConnections()
  upstream.close()
})

async function get(
  url: string,
  timeoutMs = 2000
): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now()
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })
  const body = await res.text()
  return { status: res.status, body, ms: performance.now() - started }
}

test('even sampler hits exactly the percentage over any full window', () => {
  const s = new EvenSampler(30)
  let hits = 0
  for (let i = 0; i < 1000; i++) if (s.next()) hits++
  assert.equal(hits, 300)
  const half = new EvenSampler(50)
  assert.deepEqual([half.next(), half.next(), half.next(), half.next()], [false, true, false, true])
})

test('http proxy forwards, then injects latency, exact error share, and removes faults', async () => {
  const provider = new ProxyProvider()
  const { ctx, tracked } = activityContext()
  const started = (await provider.run(
    { type: 'proxy', action: 'start', proxy: 'api', listen: '127.0.0.1:0', upstream: upstreamAddr },
    ctx
  )) as { url: string }
  assert.equal(tracked.size, 1)
  try {
    const ok = await get(`${started.url}/items`)
    assert.equal(ok.status, 200)
    assert.deepEqual(JSON.parse(ok.body), { ok: true, path: '/items' })

    await provider.run(
      {
        type: 'proxy',
        action: 'add-fault',
        proxy: 'api',
        fault: { type: 'latency', latency_ms: 400 }
      },
      ctx
    )
    const slow = await get(`${started.url}/`)
    assert.ok(slow.ms >= 390, `latency applied (${slow.ms.toFixed(1)} ms)`)
    await provider.run(
      { type: 'proxy', action: 'remove-fault', proxy: 'api', fault_name: 'latency' },
      ctx
    )
    const fast = await get(`${started.url}/`)
    // Under the injected 400 ms, not near a healthy request's few ms: a busy machine slows it.
    assert.ok(fast.ms < 390, `latency removed (${fast.ms.toFixed(1)} ms)`)

    await provider.run(
      {
        type: 'proxy',
        action: 'add-fault',
        proxy: 'api',
        fault: { type: 'http-error', status: 503, percentage: 50, name: 'half' }
      },
      ctx
    )
    assert.equal(tracked.size, 2, 'the fault is tracked so it is undone if nothing removes it')
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) statuses.push((await get(`${started.url}/`)).status)
    assert.equal(statuses.filter((s) => s === 503).length, 10)
    assert.equal(statuses.filter((s) => s === 200).length, 10)
    const stats = (await provider.run({ type: 'proxy', action: 'stats', proxy: 'api' }, ctx)) as {
      total: number
      faults: { name: string; affected: number }[]
    }
    assert.deepEqual(stats.faults, [{ name: 'half', type: 'http-error', affected: 10 }])
    const cleared = (await provider.run(
      { type: 'proxy', action: 'clear-faults', proxy: 'api' },
      ctx
    )) as {
      removed: unknown[]
    }
    assert.equal(cleared.removed.length, 1)
    assert.equal(tracked.size, 1)
    assert.equal((await get(`${started.url}/`)).status, 200)
  } finally {
    await provider.run({ type: 'proxy', action: 'stop', proxy: 'api' }, ctx)
  }
  assert.equal(tracked.size, 0)
  await assert.rejects(get(`${started.url}/`, 500))
})

test('reset and blackhole faults break requests the way a network would', async () => {
  const provider = new ProxyProvider()
  const { ctx } = activityContext()
  const { url } = (await provider.run(
    { type: 'proxy', action: 'start', proxy: 'net', listen: '127.0.0.1:0', upstream: upstreamAddr },
    ctx
  )) as { url: string }
  try {
    await provider.run(
      { type: 'proxy', action: 'add-fault', proxy: 'net', fault: { type: 'reset' } },
      ctx
    )
    await assert.rejects(get(url), /fetch failed/)
    await provider.run(
      { type: 'proxy', action: 'remove-fault', proxy: 'net', fault_name: 'reset' },
      ctx
    )

    await provider.run(
      { type: 'proxy', action: 'add-fault', proxy: 'net', fault: { type: 'blackhole' } },
      ctx
    )
    await assert.rejects(get(url, 300), (e: Error) => e.name === 'TimeoutError')
    await provider.run(
      { type: 'proxy', action: 'remove-fault', proxy: 'net', fault_name: 'blackhole' },
      ctx
    )
    assert.equal((await get(url)).status, 200)
  } finally {
    await provider.close()
  }
})

test('bandwidth limit slows a large response', async () => {
  const provider = new ProxyProvider()
  const { ctx } = activityContext()
  const { url } = (await provider.run(
    { type: 'proxy', action: 'start', proxy: 'bw', listen: '127.0.0.1:0', upstream: upstreamAddr },
    ctx
  )) as { url: string }
  try {
    await provider.run(
      {
        type: 'proxy',
        action: 'add-fault',
        proxy: 'bw',
        fault: { type: 'bandwidth', kilobytes_per_second: 256 }
      },
      ctx
    )
    const res = await get(`${url}/big`, 3000)
    assert.equal(res.body.length, payload.length)
    // 64 KiB at 256 KiB/s is about 250 ms; allow for chunking.
    assert.ok(res.ms >= 150, `throttled (${res.ms.toFixed(0)} ms)`)
  } finally {
    await provider.close()
  }
})

test('tcp mode proxies raw bytes and injects latency per connection', async () => {
  const echoSockets = new Set<net.Socket>()
  const echo = net.createServer((s) => {
    echoSockets.add(s)
    s.pipe(s)
  })
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r))
  const provider = new ProxyProvider()
  const { ctx } = activityContext()
  try {
    const { listen } = (await provider.run(
      {
        type: 'proxy',
        action: 'start',
        proxy: 'tcp',
        mode: 'tcp',
        listen: '127.0.0.1:0',
        upstream: `127.0.0.1:${(echo.address() as AddressInfo).port}`
      },
      ctx
    )) as { listen: string }
    await provider.run(
      {
        type: 'proxy',
        action: 'add-fault',
        proxy: 'tcp',
        fault: { type: 'latency', latency_ms: 120 }
      },
      ctx
    )
    const [host, port] = [listen.split(':')[0] ?? '', Number(listen.split(':')[1])]
    const started = performance.now()
    const reply = await new Promise<string>((resolve, reject) => {
      const c = net.connect(port, host, () => c.write('ping'))
      c.on('data', (d) => {
        resolve(d.toString())
        c.destroy()
      })
      c.on('error', reject)
    })
    assert.equal(reply, 'ping')
    assert.ok(performance.now() - started >= 110)
  } finally {
    await provider.close()
    for (const s of echoSockets) s.destroy()
    echo.close()
  }
})

test('validation names the field and what was expected', () => {
  const provider = new ProxyProvider()
  const ctx = {
    path: ['method', 0, 'provider'],
    locate: () => undefined,
    activityName: 'x',
    activityType: 'action' as const
  }
  const issues = provider.validate(
    { type: 'proxy', action: 'add-fault', fault: { type: 'latency' } },
    ctx
  )
  assert.deepEqual(
    issues.map((i) => i.field),
    ['/method/0/provider/fault/latency_ms']
  )
  assert.match(issues[0]?.expected ?? '', /milliseconds/)
  assert.deepEqual(
    provider.validate({ type: 'proxy', action: 'explode' }, ctx).map((i) => i.field),
    ['/method/0/provider/action']
  )
  assert.equal(provider.validate({ type: 'proxy', action: 'start' }, ctx).length, 2)
  assert.deepEqual(
    validateFault({ type: 'http-error', percentage: 150 }, '/f').map((i) => i.field),
    ['/f/percentage']
  )
  assert.equal(
    validateFault({ type: 'latency', latency_ms: '${delay}' }, '/f').length,
    0,
    'substituted later'
  )
})

test('faults map onto Toxiproxy toxics', () => {
  assert.deepEqual(
    faultToToxic({ type: 'latency', latency_ms: 100, jitter_ms: 10, percentage: 50 }),
    {
      name: 'latency',
      stream: 'downstream',
      toxicity: 0.5,
      type: 'latency',
      attributes: { latency: 100, jitter: 10 }
    }
  )
  assert.equal(faultToToxic({ type: 'blackhole' }).type, 'timeout')
  assert.equal(faultToToxic({ type: 'reset' }).type, 'reset_peer')
  assert.throws(() => faultToToxic({ type: 'http-error' }), /cannot answer with an HTTP status/)
})

test('request bodies and repeated headers pass through the http proxy unchanged', async () => {
  const echo = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      res.writeHead(201, [
        'content-type',
        req.headers['content-type'] ?? 'none',
        'set-cookie',
        'a=1',
        'set-cookie',
        'b=2',
        'x-method',
        req.method ?? ''
      ])
      res.end(Buffer.concat(chunks))
    })
  })
  await new Promise<void>((r) => echo.listen(0, '127.0.0.1', r))
  const provider = new ProxyProvider()
  const { ctx } = activityContext()
  try {
    const { url } = (await provider.run(
      {
        type: 'proxy',
        action: 'start',
        proxy: 'body',
        listen: '127.0.0.1:0',
        upstream: `127.0.0.1:${(echo.address() as AddressInfo).port}`
      },
      ctx
    )) as { url: string }
    const json = JSON.stringify({ items: [1, 2, 3], note: 'é' })
    const posted = await fetch(`${url}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: json
    })
    assert.equal(posted.status, 201)
    assert.equal(await posted.text(), json)
    assert.deepEqual(posted.headers.getSetCookie(), ['a=1', 'b=2'])
    // A streamed (chunked) body of unknown length.
    const big = 'z'.repeat(200_000)
    const put = await fetch(`${url}/blob`, {
      method: 'PUT',
      body: new Blob([big]).stream(),
      duplex: 'half'
    } as RequestInit)
    assert.equal(put.headers.get('x-method'), 'PUT')
    assert.equal((await put.text()).length, big.length)
  } finally {
    await provider.close()
    echo.closeAllConnections()
    echo.close()
  }
})
