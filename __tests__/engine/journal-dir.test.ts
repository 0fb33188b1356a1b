// Issue 12 item 5: a run that cannot keep its journals never starts, and one that loses a journal
// on the way never ends green. /proc is refused without calling mkdir (which spins there).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { JournalDirError, prepareJournalDir } from '../../src/engine/journal-dir.ts'
import { runExperiments } from '../../src/engine/runner.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { action, loaded, probe, tempDir } from '../helpers/experiments.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const registry = createDefaultRegistry({ python: false })
const hypothesis = { title: 'h', probes: [probe('ok', 'exit 0', 0)] }

describe('prepareJournalDir', () => {
  it('creates the directory and leaves nothing behind', async () => {
    const dir = tempDir()
    try {
      await prepareJournalDir(join(dir, 'a', 'b'), ['experiments/x.yaml'])
      assert.deepEqual(readdirSync(join(dir, 'a', 'b')), [])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a file in the way', async () => {
    const dir = tempDir()
    try {
      writeFileSync(join(dir, 'file'), 'x')
      await assert.rejects(prepareJournalDir(join(dir, 'file')), (e: Error) => {
        assert.ok(e instanceof JournalDirError)
        assert.match(e.message, /a file is in the way/)
        return true
      })
      await assert.rejects(prepareJournalDir(join(dir, 'file', 'below')), JournalDirError)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses /proc at once (Node recursive mkdir spins there)', async () => {
    const started = performance.now()
    for (const path of ['/proc/chaos-journals', '/proc/self/x/y', '/sys/kernel/chaos']) {
      await assert.rejects(prepareJournalDir(path), /pseudo|proc|sysfs/)
    }
    // Bounded, not timed: the call returns (a spin would hit the test timeout instead).
    assert.ok(performance.now() - started < 60_000)
  })

  it('refuses a journal name too long for the filesystem, before running', async () => {
    const dir = tempDir()
    try {
      const file = `experiments/${'a'.repeat(300)}.yaml`
      await assert.rejects(prepareJournalDir(dir, [file]), /too long/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('runExperiments and the journal dir', () => {
  it('nothing runs when the journal dir is unusable', async () => {
    const dir = tempDir()
    try {
      writeFileSync(join(dir, 'journals'), 'a file')
      await assert.rejects(
        runExperiments(
          [
            loaded({
              'steady-state-hypothesis': hypothesis,
              method: [action('a', `touch ${dir}/ran`)]
            })
          ],
          { journalDir: join(dir, 'journals'), registry }
        ),
        JournalDirError
      )
      assert.equal(existsSync(join(dir, 'ran')), false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a journal lost during the run makes the summary fail, though the experiment passed', async () => {
    const dir = tempDir()
    const journals = join(dir, 'journals')
    try {
      mkdirSync(journals)
      // The method replaces the journal dir by a file: the journal cannot be written after.
      const summary = await runExperiments(
        [
          loaded({
            'steady-state-hypothesis': hypothesis,
            method: [action('swap', `rm -rf ${journals} && echo x > ${journals}`)]
          })
        ],
        { journalDir: journals, registry }
      )
      assert.equal(summary.results[0]?.verdict, 'passed')
      assert.equal(summary.results[0]?.journalPath, undefined)
      assert.deepEqual(summary.unwrittenJournals, ['experiments/test.json'])
      assert.equal(summary.verdict, 'failed')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('chaos-action run and the journal dir', () => {
  it('exits non-zero, running nothing, when the journal dir is a file', () => {
    const dir = tempDir()
    try {
      const experiment = join(dir, 'e.json')
      writeFileSync(
        experiment,
        JSON.stringify({
          title: 't',
          description: 'd',
          'steady-state-hypothesis': hypothesis,
          method: [action('a', `touch ${dir}/ran`)]
        })
      )
      writeFileSync(join(dir, 'journals'), 'a file')
      const r = spawnSync(
        process.execPath,
        [join(ROOT, 'src/cli.ts'), 'run', experiment, '--journal-dir', join(dir, 'journals')],
        { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } }
      )
      assert.notEqual(r.status, 0, r.stdout + r.stderr)
      assert.match(r.stderr, /journal/)
      assert.doesNotMatch(r.stdout + r.stderr, /passed/)
      assert.equal(existsSync(join(dir, 'ran')), false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
