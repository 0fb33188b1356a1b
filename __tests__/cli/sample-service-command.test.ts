/**
 * `chaos-action sample-service`: the bundled service in the foreground, as the README runs it.
 * A real process: it prints its URL once it listens, serves, and exits 0 on SIGTERM and SIGINT;
 * a bad port or a taken one is a usage error (exit 2) with advice, no stack trace.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { describe, it } from 'node:test'

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url))

function start(args: string[]): { child: ChildProcessWithoutNullStreams; output: () => string } {
  const child = spawn(process.execPath, [CLI, 'sample-service', ...args], { stdio: 'pipe' })
  let text = ''
  child.stdout.on('data', (d: Buffer) => (text += d.toString()))
  child.stderr.on('data', (d: Buffer) => (text += d.toString()))
  return { child, output: () => text }
}

/** The URL line, within a bound. */
async function urlOf(child: ChildProcessWithoutNullStreams): Promise<string> {
  let seen = ''
  const deadline = AbortSignal.timeout(60_000)
  for await (const chunk of child.stdout.iterator({ destroyOnReturn: false })) {
    seen += String(chunk)
    const line = /^(http:\/\/\S+)\n/m.exec(seen)
    if (line) return line[1]!
    if (deadline.aborted) break
  }
  throw new Error(`no URL printed: ${seen}`)
}

describe('chaos-action sample-service', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`serves until ${signal}, then exits 0`, async () => {
      const { child, output } = start(['--port', '0'])
      try {
        const url = await urlOf(child)
        assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/)
        const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(10_000) })
        assert.deepEqual(await health.json(), { status: 'ok' })
        child.kill(signal)
        const [code] = (await once(child, 'exit')) as [number | null]
        assert.equal(code, 0, output())
        assert.match(output(), new RegExp(`stopped \\(${signal}\\)`))
      } finally {
        child.kill('SIGKILL')
      }
    })
  }

  it('refuses a bad port and a taken one with exit 2 and advice', async () => {
    const bad = start(['--port', 'eighty'])
    const [badCode] = (await once(bad.child, 'exit')) as [number | null]
    assert.equal(badCode, 2)
    assert.match(bad.output(), /--port must be a whole number 0\.\.65535/)
    assert.match(bad.output(), /hint: /)

    const first = start(['--port', '0'])
    try {
      const port = new URL(await urlOf(first.child)).port
      const second = start(['--port', port])
      const [code] = (await once(second.child, 'exit')) as [number | null]
      assert.equal(code, 2)
      assert.match(second.output(), /cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\)/)
      assert.doesNotMatch(second.output(), /\n\s+at /, 'no stack trace')
    } finally {
      first.child.kill('SIGKILL')
    }
  })

  it('has help of its own and is listed in the main help', async () => {
    const help = start(['--help'])
    const [code] = (await once(help.child, 'exit')) as [number | null]
    assert.equal(code, 0)
    assert.match(help.output(), /usage: chaos-action sample-service \[--port N\]/)
    const main = spawn(process.execPath, [CLI, '--help'], { stdio: 'pipe' })
    let text = ''
    main.stdout.on('data', (d: Buffer) => (text += d.toString()))
    await once(main, 'exit')
    assert.match(text, /^ {2}sample-service {2}/m)
  })
})
