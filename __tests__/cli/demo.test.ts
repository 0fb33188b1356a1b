import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, it } from 'node:test'
import { EXPECTED_VERDICTS, runDemo } from '../../src/demo/run-demo.ts'

describe('npm run demo', () => {
  it('runs the examples against the sample service: one passes, one deviates, journals on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chaos-demo-'))
    const said: string[] = []
    try {
      const result = await runDemo({
        cli: 'src/cli.ts',
        journalDir: join(dir, 'journals'),
        cliOutput: 'capture',
        say: (line) => said.push(line)
      })
      assert.deepEqual(result.problems, [], result.log)
      assert.equal(result.ok, true)
      assert.equal(result.cliExitCode, 1)
      const verdicts = Object.fromEntries(
        result.experiments.map((e) => [basename(e.file), e.verdict])
      )
      assert.deepEqual(verdicts, EXPECTED_VERDICTS)
      for (const e of result.experiments) {
        const journal = JSON.parse(await readFile(e.journal ?? '', 'utf8')) as {
          status: string
          deviated: boolean
          rollbacks: { activity: { name: string } }[]
        }
        assert.equal(journal.deviated, e.verdict === 'deviated')
        assert.equal(journal.rollbacks.length, 1, 'the fault was rolled back')
      }
      // The newcomer sees the summary table and where the journals are.
      assert.match(result.log, /Experiment\s+Verdict/)
      assert.match(result.log, /Journals in /)
      assert.ok(said.some((l) => /Demo OK/.test(l)))
      assert.ok(said.some((l) => /Sample service stopped/.test(l)))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
