// Dry modes with previews: a skipped action whose provider can say what it would affect records
// that as its output (a deliberate difference from chaostoolkit's null), touching nothing; a
// failed preview fails nothing; providers without a preview keep chaostoolkit's null.
import assert from 'node:assert/strict'
import { existsSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { runExperiment } from '../../src/engine/run.ts'
import type { RunOptions } from '../../src/engine/run.ts'
import type { ActivityRun, Journal, ProviderSpec } from '../../src/engine/types.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import type { ActivityContext, NativeFunction, Provider } from '../../src/engine/provider.ts'
import { action, loaded, probe, tempDir } from '../helpers/experiments.ts'

/** A port nothing listens on (taken from the OS, then released). */
async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  await new Promise((done) => server.close(done))
  return port
}

function refused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.setTimeout(2000, () => {
      socket.destroy()
      done(false)
    })
    socket.once('connect', () => {
      socket.destroy()
      done(false)
    })
    socket.once('error', (e: NodeJS.ErrnoException) => done(e.code === 'ECONNREFUSED'))
  })
}

/** A provider that writes a file when run and previews from its spec; `fail` makes preview throw. */
function fileProvider(calls: { run: number; preview: ProviderSpec[] }): Provider {
  return {
    type: 'file-writer',
    async run(spec) {
      calls.run++
      const { writeFile } = await import('node:fs/promises')
      await writeFile(String(spec.path), 'x')
      return { wrote: spec.path }
    },
    async preview(spec: ProviderSpec, ctx: ActivityContext) {
      calls.preview.push(spec)
      if (spec.fail === true) throw new TypeError(`cannot tell what ${ctx.activity.name} does`)
      if (spec.nothing === true) return undefined
      return { would_write: spec.path, summary: `write ${String(spec.path)}` }
    }
  }
}

const find = (j: Journal, name: string): ActivityRun => {
  const r = j.run.find((a) => a.activity.name === name)
  assert.ok(r, `activity ${name} in the journal`)
  return r
}

describe('dry modes: previews of skipped actions', () => {
  it('records what each action would affect, substituted, and changes nothing', async () => {
    const dir = tempDir()
    const port = await freePort()
    const calls = { run: 0, preview: [] as ProviderSpec[] }
    const nativeRuns: unknown[] = []
    const previewed: unknown[] = []
    const native: NativeFunction = {
      params: [{ name: 'target' }, { name: 'count', default: 1 }],
      run: async (args) => void nativeRuns.push(args),
      preview: async (args) => {
        previewed.push(args)
        return { would: args, summary: `hit ${String(args.count)} of ${String(args.target)}` }
      }
    }
    const registry = createDefaultRegistry({
      python: false,
      nativeModules: { 'fakechaos.actions': { hit: native } },
      providers: [fileProvider(calls)]
    })
    const logger = new RecordingLogger()
    try {
      const j = await runExperiment(
        loaded({
          configuration: { where: `127.0.0.1:${port}`, delay: 250, out: join(dir, 'written') },
          method: [
            {
              type: 'action',
              name: 'start-proxy',
              provider: {
                type: 'proxy',
                action: 'start',
                listen: '${where}',
                upstream: '127.0.0.1:1'
              }
            },
            {
              type: 'action',
              name: 'add-latency',
              provider: {
                type: 'proxy',
                action: 'add-fault',
                fault: { type: 'latency', latency_ms: '${delay}' }
              }
            },
            { type: 'action', name: 'write', provider: { type: 'file-writer', path: '${out}' } },
            {
              type: 'action',
              name: 'native',
              provider: {
                type: 'python',
                module: 'fakechaos.actions',
                func: 'hit',
                arguments: { target: 'web' }
              }
            },
            action('shell', `touch ${join(dir, 'shell-ran')}`),
            probe('looks', 'echo looking')
          ]
        }),
        { registry, logger, dry: 'actions' }
      )
      // Nothing ran: no proxy listens, no file, no native call, no shell command.
      assert.equal(await refused(port), true, 'no proxy was started')
      assert.equal(existsSync(join(dir, 'written')), false)
      assert.equal(existsSync(join(dir, 'shell-ran')), false)
      assert.equal(calls.run, 0)
      assert.deepEqual(nativeRuns, [])

      for (const r of j.run) assert.equal(r.status, 'succeeded', r.activity.name)
      const start = find(j, 'start-proxy').output as { summary: string; dry_run: boolean }
      assert.equal(start.dry_run, true)
      assert.equal(
        start.summary,
        `start proxy default on 127.0.0.1:${port} in front of 127.0.0.1:1`
      )
      const fault = find(j, 'add-latency').output as { fault: { latency_ms: unknown } }
      assert.equal(fault.fault.latency_ms, 250, 'the preview sees substituted values')
      assert.deepEqual(find(j, 'write').output, {
        would_write: join(dir, 'written'),
        summary: `write ${join(dir, 'written')}`
      })
      // The python provider binds arguments (defaults included) and asks the native function.
      assert.deepEqual(previewed, [{ target: 'web', count: 1 }])
      assert.equal((find(j, 'native').output as { summary: string }).summary, 'hit 1 of web')
      // Providers that cannot preview keep chaostoolkit's null; probes still run.
      assert.equal(find(j, 'shell').output, null)
      assert.equal((find(j, 'looks').output as { stdout: string }).stdout.trim(), 'looking')

      const infos = logger.lines.filter((l) => l.message.includes('would affect:'))
      assert.deepEqual(
        infos.map((l) => l.message.trim()),
        [
          `=> would affect: start proxy default on 127.0.0.1:${port} in front of 127.0.0.1:1`,
          '=> would affect: proxy default: inject fault latency (+250 ms)',
          `=> would affect: write ${join(dir, 'written')}`,
          '=> would affect: hit 1 of web'
        ]
      )
    } finally {
      await registry.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a failed preview fails nothing: the error is the output and a warning is logged', async () => {
    const calls = { run: 0, preview: [] as ProviderSpec[] }
    const registry = createDefaultRegistry({ python: false, providers: [fileProvider(calls)] })
    const logger = new RecordingLogger()
    const j = await runExperiment(
      loaded({
        method: [
          {
            type: 'action',
            name: 'broken',
            provider: { type: 'file-writer', path: '/x', fail: true }
          },
          {
            type: 'action',
            name: 'mute',
            provider: { type: 'file-writer', path: '/y', nothing: true }
          }
        ]
      }),
      { registry, logger, dry: 'activities' }
    )
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, false)
    const broken = find(j, 'broken')
    assert.equal(broken.status, 'succeeded')
    assert.equal(broken.exception, undefined)
    assert.deepEqual(broken.output, {
      dry_run: true,
      error: 'cannot tell what broken does',
      error_type: 'TypeError'
    })
    assert.ok(
      logger.lines.some(
        (l) =>
          l.level === 'warning' && l.message.includes('cannot preview: cannot tell what broken')
      ),
      logger.text()
    )
    assert.equal(find(j, 'mute').output, null, 'undefined from preview keeps null')
    assert.equal(calls.run, 0)
  })

  it('previews only skipped actions: not probes, not actions that run', async () => {
    const dir = tempDir()
    const calls = { run: 0, preview: [] as ProviderSpec[] }
    const registry = createDefaultRegistry({ python: false, providers: [fileProvider(calls)] })
    const make = (name: string) => ({
      method: [
        { type: 'action', name: 'a', provider: { type: 'file-writer', path: join(dir, name) } },
        {
          type: 'probe',
          name: 'p',
          provider: { type: 'file-writer', path: join(dir, `${name}-p`) }
        }
      ]
    })
    try {
      const probes = await runExperiment(loaded(make('probes')), { registry, dry: 'probes' })
      assert.equal(existsSync(join(dir, 'probes')), true, 'actions run under dry probes')
      assert.deepEqual(find(probes, 'p').output, null)
      assert.equal(calls.preview.length, 0)

      const all = await runExperiment(loaded(make('all')), {
        registry,
        dry: 'activities'
      } satisfies RunOptions)
      assert.equal(existsSync(join(dir, 'all')), false)
      assert.equal(existsSync(join(dir, 'all-p')), false)
      assert.equal(calls.preview.length, 1, 'the probe is not previewed')
      assert.equal(find(all, 'p').output, null)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
