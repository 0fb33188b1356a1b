/**
 * Parity with the real chaostoolkit: every case of parity/cases.ts runs through `chaos run` and
 * through our CLI (side by side, against the same loopback server), and their journals must agree
 * on status, deviation, steady states, every activity's status and tolerance, the rollbacks that
 * ran and chaostoolkit's exit rule, except for the differences named in parity/differences.ts.
 *
 *   npm run test:parity          (installs chaostoolkit into a cached virtualenv on first use)
 *   PARITY_ONLY=hs- npm run test:parity    (cases whose name contains "hs-")
 */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { CASES } from './cases.ts'
import { DIFFERENCES, KNOWN_GAPS } from './differences.ts'
import type { Difference } from './differences.ts'
import {
  CORPUS_DIR,
  compareRuns,
  ourCli,
  ourVerdicts,
  runEngine,
  setupChaostoolkit
} from './harness.ts'
import type { EngineRun, FieldDiff } from './harness.ts'
import { startLoopbackServer } from './server.ts'
import type { LoopbackServer } from './server.ts'

const only = process.env.PARITY_ONLY ?? ''
const selected = CASES.filter((c) => c.name.includes(only))

function describeRun(run: EngineRun): string {
  const tail = run.stderr.trim().split('\n').slice(-8).join('\n    ')
  return `${run.engine}: exit ${run.exitCode}${run.signal ? ` (${run.signal})` : ''}, journal ${
    run.journal ? 'written' : 'MISSING'
  }, ${Math.round(run.ms)} ms${tail ? `\n    ${tail}` : ''}`
}

function formatDiff(d: FieldDiff): string {
  return `  ${d.field}:\n    ours:   ${d.ours}\n    theirs: ${d.theirs}`
}

describe('parity with chaostoolkit', { concurrency: 2 }, () => {
  let chaosPath = ''
  let chaosK8sPath: string | undefined
  let server: LoopbackServer | undefined

  before(async () => {
    chaosPath = setupChaostoolkit()
    if (selected.some((c) => c.chaostoolkit === 'kubernetes'))
      chaosK8sPath = setupChaostoolkit('kubernetes')
    server = await startLoopbackServer()
    console.log(`# chaostoolkit: ${chaosPath}; ours: ${ourCli().label}`)
  })
  after(async () => {
    await server?.close()
  })

  test('the differences table names only corpus cases and is unambiguous', () => {
    const names = new Set(CASES.map((c) => c.name))
    const seen = new Set<string>()
    for (const d of [...DIFFERENCES, ...KNOWN_GAPS]) {
      assert.ok(names.has(d.case), `differences.ts names unknown case ${d.case}`)
      assert.ok(d.why.length > 20, `difference ${d.case}/${d.field} needs a reason`)
      const key = `${d.case}\u0000${d.field}`
      assert.ok(!seen.has(key), `difference ${d.case}/${d.field} is listed twice`)
      seen.add(key)
    }
  })

  test('the comparison sees what it must see', () => {
    // Two journals that differ in a tolerance, a rollback and the status: each must be reported.
    const journal = (met: boolean, rollbacks: string[], status: string) => ({
      status,
      deviated: false,
      steady_states: {
        before: {
          steady_state_met: met,
          probes: [{ activity: { name: 'p' }, status: 'succeeded', tolerance_met: met }]
        },
        after: null,
        during: []
      },
      run: [],
      rollbacks: rollbacks.map((name) => ({ activity: { name }, status: 'succeeded' }))
    })
    const run = (j: Record<string, unknown>, exitCode: number): EngineRun => ({
      engine: 'ours',
      exitCode,
      signal: null,
      journal: j,
      stdout: '[{"verdict":"passed"}]',
      stderr: '',
      ms: 0
    })
    const kase = { name: 'self-check', file: 'none.json' }
    const same = compareRuns(kase, run(journal(true, ['r'], 'completed'), 0), {
      ...run(journal(true, ['r'], 'completed'), 0),
      engine: 'chaostoolkit'
    })
    assert.deepEqual(same, [])
    const diffs = compareRuns(kase, run(journal(true, ['r'], 'completed'), 0), {
      ...run(journal(false, [], 'failed'), 1),
      engine: 'chaostoolkit'
    })
    assert.deepEqual(
      diffs.map((d) => d.field),
      ['status', 'before.met', 'before.probes', 'rollbacks', 'exit', 'ci']
    )
  })

  for (const kase of selected) {
    const gaps = KNOWN_GAPS.filter((g) => g.case === kase.name)
    const todo = gaps.length > 0 ? `known gap: ${gaps.map((g) => g.why).join('; ')}` : undefined
    test(kase.name, { todo }, async (t) => {
      assert.ok(server, 'loopback server not started')
      const options = { chaosPath, server, ...(chaosK8sPath ? { chaosK8sPath } : {}) }
      // Side by side: both engines see the same machine load and the same server.
      const [theirs, ours] = await Promise.all([
        runEngine('chaostoolkit', kase, options),
        runEngine('ours', kase, options)
      ])
      const context = `\n${describeRun(theirs)}\n${describeRun(ours)}`

      if (kase.oursRefuses) {
        // A deliberate refusal: chaostoolkit runs the file, we exit 2 and say why.
        const expected = kase.oursRefuses.message.replaceAll('{file}', join(CORPUS_DIR, kase.file))
        assert.equal(ours.exitCode, 2, `we must refuse ${kase.file}${context}`)
        assert.ok(ours.stderr.includes(expected), `our refusal lacks: ${expected}${context}`)
        assert.ok(theirs.journal, `chaostoolkit wrote no journal${context}`)
        const wrong = kase.oursRefuses.theirs(theirs.journal)
        assert.equal(wrong, undefined, `${wrong ?? ''}${context}`)
        return
      }

      // Our own exit status follows our verdicts: 0 only when every experiment passed.
      const verdicts = ourVerdicts(ours.stdout)
      assert.ok(verdicts, `our CLI printed no --json verdicts${context}`)
      const expectedExit = verdicts.length > 0 && verdicts.every((v) => v === 'passed') ? 0 : 1
      assert.equal(
        ours.exitCode,
        expectedExit,
        `our exit status vs our verdicts ${verdicts.join(',')}`
      )

      const diffs = compareRuns(kase, ours, theirs)
      const named = DIFFERENCES.filter((d) => d.case === kase.name)
      const isNamed = (d: FieldDiff): Difference | undefined =>
        named.find((n) => n.field === d.field && n.ours === d.ours && n.theirs === d.theirs)

      for (const d of diffs) {
        const n = isNamed(d)
        if (n)
          t.diagnostic(`named difference ${d.field}: ours ${d.ours}, theirs ${d.theirs} (${n.why})`)
      }
      const unexpected = diffs.filter((d) => !isNamed(d))
      const stale = named.filter(
        (n) => !diffs.some((d) => d.field === n.field && d.ours === n.ours && d.theirs === n.theirs)
      )
      const problems: string[] = []
      if (unexpected.length > 0) {
        problems.push(`differs from chaostoolkit:\n${unexpected.map(formatDiff).join('\n')}`)
      }
      if (stale.length > 0) {
        problems.push(
          `named differences that did not happen (update parity/differences.ts):\n${stale
            .map((n) => formatDiff({ field: n.field, ours: n.ours, theirs: n.theirs }))
            .join('\n')}`
        )
      }
      assert.ok(problems.length === 0, `${kase.name} ${problems.join('\n')}${context}`)
    })
  }
})
