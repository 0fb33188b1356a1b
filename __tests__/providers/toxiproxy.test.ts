/**
 * The proxy provider's Toxiproxy backend against a real Toxiproxy server, built from its Go module
 * by scripts/setup-toxiproxy.sh and started on loopback. Skipped only when Go is missing.
 */
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { ProxyProvider } from '../../src/providers/proxy/index.ts'
import { ToxiproxyClient } from '../../src/providers/proxy/toxiproxy.ts'
import type { Json } from '../../src/engine/types.ts'
import { activityContext } from '../helpers/activity-context.ts'

const SETUP = fileURLToPath(new URL('../../scripts/setup-toxiproxy.sh', import.meta.url))

function buildToxiproxy(): { bin?: string; skip?: string } {
  const hasGo = spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0
  if (!hasGo) return { skip: 'Go is not installed: cannot build Toxiproxy from its Go module' }
  const built = spawnSync('bash', [SETUP], { encoding: 'utf8', timeout: 600_000 })
  if (built.status !== 0) throw new Error(`setup-toxiproxy.sh failed:\n${built.stderr}`)
  const bin = built.stdout.trim().split('\n').pop()
  assert.ok(bin, 'setup-toxiproxy.sh printed the binary path')
  return { bin }
}

const toxiproxy = buildToxiproxy()

async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** One request on a fresh connection, so each sees the toxics in force when it connects. */
function get(url: string, timeoutMs = 3000): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started })
      )
      res.on('error', reject)
    })
    req.on('timeout', () => req.destroy(new Error('timed out')))
    req.on('error', reject)
  })
}

describe('proxy provider with a real Toxiproxy server', { skip: toxiproxy.skip }, () => {
  let server: ChildProcess | undefined
  let serverLog = ''
  let apiUrl = ''
  let upstream: http.Server
  let upstreamAddr = ''

  before(async () => {
    upstream = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ ok: true, path: req.url }))
    })
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
    upstreamAddr = `127.0.0.1:${(upstream.address() as AddressInfo).port}`

    // Toxiproxy does not report a port it chose, so we choose one; retried if it was taken.
    for (let attempt = 0; attempt < 3 && !apiUrl; attempt++) {
      const port = await freePort()
      const child = spawn(toxiproxy.bin!, ['-host', '127.0.0.1', '-port', String(port)], {
        stdio: ['ignore', 'pipe', 'pipe']
      })
      child.stdout?.on('data', (d: Buffer) => (serverLog += d.toString()))
      child.stderr?.on('data', (d: Buffer) => (serverLog += d.toString()))
      const url = `http://127.0.0.1:${port}`
      for (let i = 0; i < 100 && child.exitCode === null; i++) {
        const ok = await fetch(`${url}/version`, { signal: AbortSignal.timeout(500) }).then(
          (r) => r.ok,
          () => false
        )
        if (ok) {
          apiUrl = url
          break
        }
        await delay(100)
      }
      if (apiUrl) server = child
      else child.kill('SIGKILL')
    }
    assert.ok(apiUrl, `Toxiproxy did not start:\n${serverLog}`)
  })

  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r))
      server.kill('SIGTERM')
      await Promise.race([exited, delay(3000)])
      if (server.exitCode === null) server.kill('SIGKILL')
    }
    upstream?.closeAllConnections()
    upstream?.close()
  })

  it('starts a proxy, adds and removes latency and reset toxics, clears them, and stops', async () => {
    const provider = new ProxyProvider()
    const { ctx, tracked } = activityContext()
    const spec = { type: 'proxy', proxy: 'api', toxiproxy_url: apiUrl }
    const started = (await provider.run(
      { ...spec, action: 'start', listen: '127.0.0.1:0', upstream: `http://${upstreamAddr}` },
      ctx
    )) as { backend: string; toxiproxy: { listen: string; upstream: string; enabled: boolean } }
    assert.equal(started.backend, 'toxiproxy')
    assert.equal(started.toxiproxy.upstream, upstreamAddr)
    assert.match(started.toxiproxy.listen, /^127\.0\.0\.1:\d+$/)
    assert.notEqual(started.toxiproxy.listen, '127.0.0.1:0', 'Toxiproxy chose a real port')
    const url = `http://${started.toxiproxy.listen}/items`

    // Only lower bounds on time (a busy machine slows a healthy request too: 495 ms seen); that a
    // fault is gone is read from Toxiproxy's own list of toxics.
    const baseline = await get(url)
    assert.equal(baseline.status, 200)
    assert.deepEqual(JSON.parse(baseline.body), { ok: true, path: '/items' })

    // Latency: every response through the proxy is held back.
    await provider.run(
      { ...spec, action: 'add-fault', fault: { type: 'latency', latency_ms: 300 } },
      ctx
    )
    const client = new ToxiproxyClient(apiUrl)
    const toxics = await client.toxics('api')
    assert.deepEqual(
      toxics.map((t) => [t.name, t.type, t.attributes.latency]),
      [['latency', 'latency', 300]]
    )
    assert.equal(tracked.size, 1, 'the fault is tracked so a crash still removes it')
    const slow = await get(url)
    assert.equal(slow.status, 200)
    assert.ok(slow.ms >= 280, `latency in force (${slow.ms.toFixed(1)} ms)`)

    await provider.run({ ...spec, action: 'remove-fault', fault_name: 'latency' }, ctx)
    assert.deepEqual(await client.toxics('api'), [])
    assert.equal(tracked.size, 0)
    assert.equal((await get(url)).status, 200)

    // Reset: connections are cut before an answer arrives.
    await provider.run({ ...spec, action: 'add-fault', fault: { type: 'reset' } }, ctx)
    await assert.rejects(get(url), /ECONNRESET|socket hang up/)
    await provider.run({ ...spec, action: 'remove-fault', fault_name: 'reset' }, ctx)
    assert.equal((await get(url)).status, 200)

    // Two faults at once, then clear-faults (what a rollback does) removes both.
    await provider.run(
      { ...spec, action: 'add-fault', fault: { type: 'latency', latency_ms: 200, name: 'slow' } },
      ctx
    )
    await provider.run(
      { ...spec, action: 'add-fault', fault: { type: 'reset', percentage: 100, name: 'cut' } },
      ctx
    )
    assert.deepEqual((await client.toxics('api')).map((t) => t.name).sort(), ['cut', 'slow'])
    await assert.rejects(get(url))
    const cleared = (await provider.run({ ...spec, action: 'clear-faults' }, ctx)) as {
      removed: string[]
    }
    assert.deepEqual([...cleared.removed].sort(), ['cut', 'slow'])
    assert.equal(tracked.size, 0)
    const healed = await get(url)
    assert.equal(healed.status, 200)

    await provider.run({ ...spec, action: 'stop' }, ctx)
    await assert.rejects(get(url, 1000), /ECONNREFUSED/)
    const proxies = (await (await fetch(`${apiUrl}/proxies`)).json()) as Record<string, unknown>
    assert.equal('api' in proxies, false)
  })

  it('a fault left behind by a crashed run is removed from its persisted record', async () => {
    const provider = new ProxyProvider()
    const { ctx, tracked } = activityContext()
    const spec = { type: 'proxy', proxy: 'orphan', toxiproxy_url: apiUrl }
    const started = (await provider.run(
      { ...spec, action: 'start', listen: '127.0.0.1:0', upstream: upstreamAddr },
      ctx
    )) as { toxiproxy: { listen: string } }
    const url = `http://${started.toxiproxy.listen}/`
    try {
      await provider.run(
        { ...spec, action: 'add-fault', fault: { type: 'latency', latency_ms: 400 } },
        ctx
      )
      const record = [...tracked].find((r) => r.kind === 'fault')
      assert.ok(record, 'the fault was tracked with data for a later cleanup')
      assert.ok((await get(url)).ms >= 380)
      // A new process (a new provider) cleans up from the record alone.
      await new ProxyProvider().cleanupPersisted({ kind: 'fault', data: record.data as Json })
      assert.deepEqual(await new ToxiproxyClient(apiUrl).toxics('orphan'), [])
      assert.equal((await get(url)).status, 200)
    } finally {
      await new ToxiproxyClient(apiUrl).deleteProxy('orphan')
    }
  })

  it('reports an unreachable Toxiproxy as an activity failure naming the URL', async () => {
    const provider = new ProxyProvider()
    const { ctx } = activityContext()
    const dead = `http://127.0.0.1:${await freePort()}`
    await assert.rejects(
      provider.run(
        {
          type: 'proxy',
          action: 'add-fault',
          proxy: 'x',
          toxiproxy_url: dead,
          fault: { type: 'latency', latency_ms: 10 }
        },
        ctx
      ),
      (e: Error) => e.name === 'ActivityFailed' && e.message.includes(dead)
    )
  })
})
