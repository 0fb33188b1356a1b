import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, it } from 'node:test'
import { DEMO_PROVIDERS, EXPECTED_VERDICTS, runDemo } from '../../src/demo/run-demo.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'

interface JournalShape {
  status: string
  deviated: boolean
  experiment: { rollbacks?: unknown[] }
  rollbacks: { activity: { name: string }; status?: string }[]
  run: { activity: { name: string; provider: { type: string } }; output: unknown }[]
  steady_states: { during: { steady_state_met: boolean }[] }
}

const registry = createDefaultRegistry()
const missing = DEMO_PROVIDERS.filter((type) => !registry.has(type))
await registry.close()

describe('npm run demo', () => {
  it(
    'runs the examples against the sample service: verdicts as expected, journals and reports on disk',
    {
      skip:
        missing.length > 0
          ? `the CLI's registry lacks the ${missing.join(' and ')} provider(s) the demo needs`
          : false
    },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'chaos-demo-'))
      const said: string[] = []
      const started = performance.now()
      try {
        const result = await runDemo({
          cli: 'src/cli.ts',
          journalDir: join(dir, 'journals'),
          cliOutput: 'capture',
          say: (line) => said.push(line)
        })
        const seconds = (performance.now() - started) / 1000
        assert.deepEqual(result.problems, [], result.log)
        assert.equal(result.ok, true)
        assert.equal(result.cliExitCode, 1)
        const verdicts = Object.fromEntries(
          result.experiments.map((e) => [basename(e.file), e.verdict])
        )
        assert.deepEqual(verdicts, EXPECTED_VERDICTS)
        // A newcomer's first run stays short.
        assert.ok(seconds < 40, `the demo took ${seconds.toFixed(1)} s`)

        for (const e of result.experiments) {
          const journal = JSON.parse(await readFile(e.journal ?? '', 'utf8')) as JournalShape
          // A continuous hypothesis can deviate during the method while the one after holds.
          const deviated =
            journal.deviated || journal.steady_states.during.some((s) => !s.steady_state_met)
          assert.equal(deviated, e.verdict === 'deviated', e.file)
          assert.equal(
            journal.rollbacks.length,
            journal.experiment.rollbacks?.length,
            'every rollback ran: the faults were removed'
          )
          assert.ok(journal.rollbacks.every((r) => r.status === 'succeeded'))
        }

        // The proxy experiments ran load through the proxy and checked the SLO while it ran.
        for (const file of [
          'slo-holds-under-small-latency.yaml',
          'slo-breaks-under-large-fault.yaml'
        ]) {
          const e = result.experiments.find((x) => basename(x.file) === file)!
          const journal = JSON.parse(await readFile(e.journal ?? '', 'utf8')) as JournalShape
          const load = journal.run.find((r) => r.activity.provider.type === 'load')
          const report = load?.output as { requests: number; series: unknown[] } | undefined
          assert.ok(report && report.requests > 50, `${file}: load ran (${report?.requests})`)
          assert.ok(report.series.length >= 4, `${file}: a per-second series`)
          assert.ok(journal.steady_states.during.length >= 2, `${file}: checked during the method`)
        }

        // Reports: the markdown has a Mermaid chart pair per load; the HTML has every row.
        const md = await readFile(join(dir, 'journals', 'summary.md'), 'utf8')
        assert.equal(md.match(/```mermaid/g)?.length, 4)
        const html = await readFile(result.htmlReport, 'utf8')
        assert.equal(html.match(/<tr class="experiment-row"/g)?.length, 4)
        assert.equal(html.match(/<svg class="load-chart/g)?.length, 4)
        assert.equal(html.match(/<svg class="timeline"/g)?.length, 4)

        // The newcomer sees the summary table and where the journals and reports are.
        assert.match(result.log, /Experiment\s+Verdict/)
        assert.match(result.log, /Journals in /)
        assert.ok(said.some((l) => /Demo OK/.test(l)))
        assert.ok(said.some((l) => l.includes(result.htmlReport)))
        assert.ok(said.some((l) => /Sample service stopped/.test(l)))
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }
  )
})
