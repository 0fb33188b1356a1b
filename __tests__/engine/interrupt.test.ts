import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, it } from 'node:test'
import { action, tempDir } from '../helpers/experiments.ts'

const NODE = resolve('node_modules/.bin/node')
const DRIVER = resolve('__tests__/helpers/run-driver.ts')

interface Outcome {
  code: number | null
  stdout: string
  stderr: string
  exitedAfterSigintMs: number
}

/** Starts the driver, waits for `ready` to exist, sends SIGINT then SIGTERM after `termAfterMs`. */
async function interruptRun(
  dir: string,
  files: string[],
  ready: string,
  termAfterMs: number
): Promise<Outcome> {
  const child = spawn(NODE, [DRIVER, join(dir, 'journals'), ...files], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()))
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()))
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)))
  const deadline = Date.now() + 20_000
  while (!existsSync(ready)) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`the method never started:\n${stderr}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  const sigintAt = Date.now()
  child.kill('SIGINT')
  const term = setTimeout(() => child.kill('SIGTERM'), termAfterMs)
  // A safety net so a hung driver can't hang the test.
  const kill = setTimeout(() => child.kill('SIGKILL'), 15_000)
  const code = await exited
  clearTimeout(term)
  clearTimeout(kill)
  return { code, stdout, stderr, exitedAfterSigintMs: Date.now() - sigintAt }
}

function writeExperiment(path: string, experiment: Record<string, unknown>): string {
  writeFileSync(path, JSON.stringify({ title: 't', description: 'd', ...experiment }, null, 2))
  return path
}

describe('interruption of a real run (SIGINT then SIGTERM, as GitHub cancels)', () => {
  it('stops the method, runs the rollbacks, writes the journal, skips the rest, exits fast', async () => {
    const dir = tempDir('chaos-int-')
    try {
      const started = join(dir, 'started')
      const rolledBack = join(dir, 'rolled-back')
      const first = writeExperiment(join(dir, 'first.json'), {
        method: [
          action('start', `touch ${started}`),
          action('long', 'sleep 60'),
          action('never', `touch ${dir}/never`)
        ],
        rollbacks: [action('undo', `touch ${rolledBack}`)]
      })
      const second = writeExperiment(join(dir, 'second.json'), {
        method: [action('x', `touch ${dir}/second-ran`)]
      })
      const out = await interruptRun(dir, [first, second], started, 7500)
      assert.ok(
        out.exitedAfterSigintMs < 10_000,
        `exited ${out.exitedAfterSigintMs} ms after SIGINT`
      )
      assert.equal(out.code, 1)
      assert.equal(existsSync(rolledBack), true, 'the rollback ran')
      assert.equal(existsSync(join(dir, 'never')), false)
      assert.equal(existsSync(join(dir, 'second-ran')), false)
      const summary = JSON.parse(out.stdout) as {
        interrupted: boolean
        results: { verdict: string; journalPath: string | null; rollbacks: string[] }[]
      }
      assert.equal(summary.interrupted, true)
      assert.deepEqual(
        summary.results.map((r) => r.verdict),
        ['interrupted', 'interrupted']
      )
      assert.equal(summary.results[1]!.journalPath, null, 'not started: no journal')
      const journal = JSON.parse(readFileSync(summary.results[0]!.journalPath!, 'utf8')) as Record<
        string,
        unknown
      >
      assert.equal(journal.status, 'interrupted')
      assert.equal((journal.rollbacks as unknown[]).length, 1)
      assert.equal(Object.keys(journal).at(-1), 'x-chaos-action')
      assert.equal((journal['x-chaos-action'] as { verdict: string }).verdict, 'interrupted')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('the second signal cuts a slow rollback short and the journal is still written', async () => {
    const dir = tempDir('chaos-int-')
    try {
      const started = join(dir, 'started')
      const file = writeExperiment(join(dir, 'slow-undo.json'), {
        method: [action('start', `touch ${started}`), action('long', 'sleep 60')],
        rollbacks: [action('slow-undo', 'sleep 60')]
      })
      const out = await interruptRun(dir, [file], started, 1000)
      assert.ok(out.exitedAfterSigintMs < 5000, `exited ${out.exitedAfterSigintMs} ms after SIGINT`)
      const summary = JSON.parse(out.stdout) as { results: { journalPath: string }[] }
      const journal = JSON.parse(readFileSync(summary.results[0]!.journalPath, 'utf8')) as {
        status: string
        rollbacks: { status: string }[]
      }
      assert.equal(journal.status, 'interrupted')
      assert.equal(journal.rollbacks[0]?.status, 'failed')
      assert.match(out.stderr, /received SIGTERM/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
