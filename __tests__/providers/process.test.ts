import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { ActivityFailed } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { processProvider, which } from '../../src/providers/process/process.ts'
import type { ProcessOutput } from '../../src/providers/process/process.ts'
import { activityContext } from '../helpers/activity-context.ts'

const run = (
  spec: Record<string, unknown>,
  signal?: AbortSignal,
  activity?: Record<string, unknown>
) =>
  processProvider.run(
    { type: 'process', ...spec },
    activityContext({ ...(signal ? { signal } : {}), ...(activity ? { activity } : {}) }).ctx
  ) as Promise<ProcessOutput>

/** Running, not a zombie waiting for a reaper (containers often lack a reaping init). */
/** Waits (bounded: 5 s) for `pid` to die; a busy machine takes longer than a fixed sleep. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50))
  return !alive(pid)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  } catch {
    return false
  }
}

describe('process provider', () => {
  let dir: string
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chaos-process-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('passes list arguments as argv, dropping null and empty strings, str() on the rest', async () => {
    const out = await run({ path: 'printf', arguments: ['%s|', 'a b', null, '', 1, true] })
    assert.deepEqual(out, { status: 0, stdout: 'a b|1|True|', stderr: '' })
  })

  it('runs string arguments through /bin/sh after the resolved path', async () => {
    const out = await run({ path: 'echo', arguments: 'hello world | tr a-z A-Z' })
    assert.equal(out.stdout, 'HELLO WORLD\n')
    assert.equal(out.status, 0)
  })

  it('reports a non-zero exit as output, not as a failure, and warns without a tolerance', async () => {
    const logger = new RecordingLogger()
    const { ctx } = activityContext({ logger })
    const out = (await processProvider.run(
      { type: 'process', path: 'sh', arguments: ['-c', 'echo oops >&2; exit 3'] },
      ctx
    )) as ProcessOutput
    assert.deepEqual(out, { status: 3, stdout: '', stderr: 'oops\n' })
    assert.match(logger.text(), /non-zero exit code/)
  })

  it('inherits the full environment', async () => {
    process.env.CHAOS_PROCESS_TEST = 'from-parent'
    try {
      const out = await run({ path: 'sh', arguments: ['-c', 'printf %s "$CHAOS_PROCESS_TEST"'] })
      assert.equal(out.stdout, 'from-parent')
    } finally {
      delete process.env.CHAOS_PROCESS_TEST
    }
  })

  it('expands ~ in the path', async () => {
    const script = join(dir, 'hello.sh')
    await writeFile(script, '#!/bin/sh\necho "hi $1"\n')
    await chmod(script, 0o755)
    const home = process.env.HOME
    process.env.HOME = dir
    try {
      const out = await run({ path: '~/hello.sh', arguments: ['there'] })
      assert.equal(out.stdout, 'hi there\n')
    } finally {
      process.env.HOME = home
    }
  })

  it("fails with chaostoolkit's message when the provider timeout passes, and kills the group", async () => {
    const pidFile = join(dir, 'timeout.pid')
    const t0 = Date.now()
    await assert.rejects(
      run({ path: 'sh', arguments: ['-c', `sleep 30 & echo $! > ${pidFile}; wait`], timeout: 0.5 }),
      (e: unknown) =>
        e instanceof ActivityFailed && e.message === 'process activity took too long to complete'
    )
    assert.ok(Date.now() - t0 < 5000)
    const pid = Number(await readFile(pidFile, 'utf8'))
    assert.equal(await gone(pid), true, 'the background sleep was killed with its group')
  })

  it('kills the process group when the signal aborts', async () => {
    const pidFile = join(dir, 'abort.pid')
    const controller = new AbortController()
    const t0 = Date.now()
    const pending = run(
      { path: 'sh', arguments: ['-c', `sleep 30 & echo $! > ${pidFile}; wait`] },
      controller.signal
    )
    // Bounded wait for the pid file.
    for (let i = 0; i < 50; i++) {
      const text = await readFile(pidFile, 'utf8').catch(() => '')
      if (text.trim()) break
      await new Promise((r) => setTimeout(r, 50))
    }
    controller.abort()
    await assert.rejects(pending, ActivityFailed)
    assert.ok(Date.now() - t0 < 5000)
    const pid = Number(await readFile(pidFile, 'utf8'))
    assert.equal(await gone(pid), true)
  })

  it('aborts (not ActivityFailed) on a path it cannot resolve', async () => {
    await assert.rejects(
      run({ path: 'no-such-command-xyz' }),
      (e: unknown) => !(e instanceof ActivityFailed)
    )
  })

  it('validates that the path exists and is executable', async () => {
    const vctx = {
      path: ['method', 0, 'provider'],
      locate: () => undefined,
      activityName: 'a',
      activityType: 'action' as const
    }
    assert.deepEqual(await processProvider.validate!({ type: 'process', path: 'sh' }, vctx), [])
    const missing = await processProvider.validate!(
      { type: 'process', path: 'no-such-command-xyz' },
      vctx
    )
    assert.equal(missing[0]?.message, "path 'no-such-command-xyz' cannot be found, in activity 'a'")
    assert.equal(missing[0]?.field, '/method/0/provider/path')
    const plain = join(dir, 'plain.txt')
    await writeFile(plain, 'x')
    const denied = await processProvider.validate!({ type: 'process', path: plain }, vctx)
    assert.equal(denied[0]?.message, `no access permission to '${plain}', in activity 'a'`)
    const none = await processProvider.validate!({ type: 'process' }, vctx)
    assert.equal(none[0]?.message, 'a process activity must have a path')
    assert.ok(which('sh'))
  })
})
