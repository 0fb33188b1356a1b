import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { createHttpProvider } from '../../src/providers/http/http.ts'
import type { HttpOutput } from '../../src/providers/http/http.ts'
import { activityContext } from '../helpers/activity-context.ts'

// Connection handling of the node:http based provider: pooled sockets the server dropped, and
// bodies decoded with their declared charset.
describe('http provider connections', () => {
  const provider = createHttpProvider()
  let base: string
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    if (req.url === '/latin1') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=iso-8859-1' })
      res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9])) // "café" in latin-1
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' })
    res.end('ok')
  })
  // Idle keep-alive sockets are closed almost at once: the client's pooled socket goes stale.
  server.keepAliveTimeout = 1

  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    await provider.close?.()
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })

  const run = (url: string) =>
    provider.run({ type: 'http', url }, activityContext().ctx) as Promise<HttpOutput>

  it('keeps working when the server drops idle pooled connections between probes', async () => {
    for (let i = 0; i < 20; i++) {
      const out = await run(`${base}/ok`)
      assert.equal(out.body, 'ok')
      await new Promise((r) => setTimeout(r, i % 2 === 0 ? 15 : 0))
    }
    assert.equal(requests >= 20, true)
  })

  it('retries once on a fresh connection when a reused one was closed under it', async () => {
    // Answers the first request of each connection and drops the connection on the second,
    // without any keep-alive hint: what a server or proxy with a short idle timeout does.
    const sockets = new Set<Socket>()
    const flaky = createTcpServer((socket) => {
      sockets.add(socket)
      let seen = 0
      socket.on('data', () => {
        seen++
        if (seen === 1) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        else socket.destroy()
      })
      socket.on('error', () => undefined)
    })
    await new Promise<void>((r) => flaky.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}/`
    try {
      for (let i = 0; i < 5; i++) assert.equal((await run(url)).body, 'ok')
      assert.equal(sockets.size, 5, 'each probe after the first needed a fresh connection')
    } finally {
      for (const s of sockets) s.destroy()
      await new Promise((r) => flaky.close(r))
    }
  })

  it('decodes bodies with their charset, again and again', async () => {
    for (let i = 0; i < 3; i++) {
      const out = await run(`${base}/latin1`)
      assert.equal(out.body, 'café')
    }
    const plain = await run(`${base}/ok`)
    assert.equal(plain.body, 'ok')
  })
})
