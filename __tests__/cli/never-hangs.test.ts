// Nothing can hang the run (issue 12): real signals to the real CLI process. A backtracking regex
// tolerance can't block SIGINT; a second signal or the rollback budget leave an exact account of
// the rollbacks; a SIGKILL leaves a journal that parses and a process group the next run ends.
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { groupIsLive } from '../../src/providers/process/group.ts'
import { ledgerPathFor } from '../../src/providers/ledger.ts'
import { action, probe, tempDir } from '../helpers/experiments.ts'

const CLI = 'src/cli.ts'

interface Started {
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stderr: () => string
}

function startCli(args: string[]): Started {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stderr = ''
  child.stdout!.resume()
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  // A safety net: a hung CLI fails the test instead of hanging it.
  const net = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(net)
      resolve({ code, signal })
    })
  )
  return { child, exited, stderr: () => stderr }
}

async function waitFor(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

function writeExperiment(dir: string, name: string, experiment: Record<string, unknown>): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify({ title: name, description: 'd', ...experiment }, null, 2))
  return path
}

interface JournalFile {
  status: string | null
  run: { activity: { name: string }; status?: string }[]
  rollbacks: { activity: { name: string }; status?: string; exception?: string[] }[]
  'x-chaos-action': {
    verdict: string
    partial?: boolean
    rollbacks?: { ran: string[]; cut: string[]; not_started: string[]; stopped_by?: string }
  }
}

function journalIn(dir: string): JournalFile {
  const names = readdirSync(dir).filter((f) => f.endsWith('.journal.json'))
  assert.equal(names.length, 1, `one journal in ${dir}: ${names.join(', ')}`)
  return JSON.parse(readFileSync(join(dir, names[0]!), 'utf8')) as JournalFile
}

describe('nothing can hang the run (real CLI, real signals)', () => {
  it('SIGINT during a catastrophically backtracking regex tolerance: rollbacks run, journal written', async () => {
    const dir = tempDir('chaos-hang-')
    try {
      const evaluating = join(dir, 'evaluating')
      const rolledBack = join(dir, 'rolled-back')
      // 80 word characters then '!': `^(\w+\s?)*$` backtracks for longer than anyone waits.
      const file = writeExperiment(dir, 'regex.json', {
        'steady-state-hypothesis': {
          title: 'h',
          probes: [
            probe('out', `touch ${evaluating}; printf '${'a'.repeat(80)}!'`, {
              type: 'regex',
              pattern: '^(\\w+\\s?)*$',
              target: 'stdout'
            })
          ]
        },
        method: [action('m', 'true')],
        rollbacks: [action('undo', `touch ${rolledBack}`)]
      })
      const journals = join(dir, 'journals')
      const run = startCli(['run', file, '--journal-dir', journals])
      await waitFor('the probe to run', () => existsSync(evaluating))
      // Give the tolerance time to start backtracking, then interrupt.
      await new Promise((r) => setTimeout(r, 300))
      run.child.kill('SIGINT')
      const { code, signal } = await run.exited
      assert.equal(signal, null, `the CLI exited by itself:\n${run.stderr()}`)
      assert.equal(code, 1)
      assert.equal(existsSync(rolledBack), true, 'the rollback ran')
      const journal = journalIn(journals)
      // Interrupted, not aborted by the regex deadline: the signal worked during the search.
      assert.equal(journal.status, 'interrupted', run.stderr())
      assert.deepEqual(journal['x-chaos-action'].rollbacks?.ran, ['undo'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a rollback cut by the budget is reported cut, the next one never started', async () => {
    const dir = tempDir('chaos-hang-')
    try {
      const started = join(dir, 'started')
      const file = writeExperiment(dir, 'budget.json', {
        method: [action('start', `touch ${started}`), action('long', 'sleep 60')],
        rollbacks: [
          action('slow-undo', 'sleep 60'),
          action('second-undo', `touch ${join(dir, 'second')}`)
        ]
      })
      const journals = join(dir, 'journals')
      const run = startCli(['run', file, '--journal-dir', journals])
      await waitFor('the method to start', () => existsSync(started))
      run.child.kill('SIGINT')
      const { code } = await run.exited
      assert.equal(code, 1)
      assert.equal(existsSync(join(dir, 'second')), false)
      const journal = journalIn(journals)
      assert.equal(journal.status, 'interrupted')
      const account = journal['x-chaos-action'].rollbacks
      assert.deepEqual(
        { ran: account?.ran, cut: account?.cut, not_started: account?.not_started },
        { ran: [], cut: ['slow-undo'], not_started: ['second-undo'] }
      )
      assert.match(account?.stopped_by ?? '', /rollback budget/)
      assert.deepEqual(
        journal.rollbacks.map((r) => r.activity.name),
        ['slow-undo']
      )
      assert.match(
        journal.rollbacks[0]!.exception?.at(-1) ?? '',
        /interrupted \(the rollback budget/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a second SIGINT 1-300 ms after the first never misreports a rollback', async () => {
    const delays = [1, 40, 120, 300]
    for (const delay of delays) {
      const dir = tempDir('chaos-hang-')
      try {
        const started = join(dir, 'started')
        const marks = ['a', 'b', 'c'].map((n) => join(dir, `undo-${n}`))
        const file = writeExperiment(dir, 'twice.json', {
          method: [action('start', `touch ${started}`), action('long', 'sleep 60')],
          rollbacks: marks.map((m, i) => action(`undo-${i}`, `touch ${m}`))
        })
        const journals = join(dir, 'journals')
        const run = startCli(['run', file, '--journal-dir', journals])
        await waitFor('the method to start', () => existsSync(started))
        run.child.kill('SIGINT')
        await new Promise((r) => setTimeout(r, delay))
        run.child.kill('SIGINT')
        await run.exited
        const journal = journalIn(journals)
        const account = journal['x-chaos-action'].rollbacks
        assert.ok(account, `delay ${delay} ms: the journal accounts for the rollbacks`)
        // Each declared rollback is in exactly one list, in order.
        assert.deepEqual([...account.ran, ...account.cut, ...account.not_started].sort(), [
          'undo-0',
          'undo-1',
          'undo-2'
        ])
        for (const [i, mark] of marks.entries()) {
          const name = `undo-${i}`
          const entry = journal.rollbacks.find((r) => r.activity.name === name)
          if (account.ran.includes(name)) {
            assert.equal(entry?.status, 'succeeded', `delay ${delay}: ${name} ran`)
            assert.equal(existsSync(mark), true, `delay ${delay}: ${name} said ran, and did`)
          }
          if (entry?.status === 'failed') {
            assert.ok(account.cut.includes(name), `delay ${delay}: failed ${name} is listed cut`)
          }
          if (account.not_started.includes(name)) {
            assert.equal(entry, undefined, `delay ${delay}: ${name} never started`)
            assert.equal(existsSync(mark), false)
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
  })

  it('SIGKILL mid-run: the partial journal parses; the next run ends the leftover process group', async () => {
    const dir = tempDir('chaos-hang-')
    const journals = join(dir, 'journals')
    let pgid: number | undefined
    let runId = ''
    try {
      const started = join(dir, 'started')
      const file = writeExperiment(dir, 'killed.json', {
        method: [action('start', `touch ${started}`), action('long', 'sleep 67')]
      })
      const run = startCli(['run', file, '--journal-dir', journals])
      const ledgerPath = ledgerPathFor(journals)
      interface Ledger {
        runId: string
        resources: { description: string; data: { pgid: number } }[]
      }
      // The entry of the `sleep 67` (not the `touch`, which may still be listed for a moment).
      const sleepEntry = () =>
        (JSON.parse(readFileSync(ledgerPath, 'utf8')) as Ledger).resources.find((r) =>
          r.description.includes("activity 'long'")
        )
      // Both are written at most every 50 ms (ledger) and 100 ms (journal): wait for both.
      const journalShowsSleep = (): boolean => {
        try {
          return journalIn(journals).run.some((r) => r.activity.name === 'long')
        } catch {
          return false
        }
      }
      await waitFor(
        'the sleep to be recorded',
        () => existsSync(ledgerPath) && sleepEntry() !== undefined && journalShowsSleep()
      )
      pgid = sleepEntry()!.data.pgid
      runId = (JSON.parse(readFileSync(ledgerPath, 'utf8')) as Ledger).runId
      run.child.kill('SIGKILL')
      await run.exited
      assert.equal(groupIsLive(pgid, runId), true, 'the killed run left its sleep running')

      const journal = journalIn(journals)
      assert.equal(journal.status, null)
      assert.equal(journal['x-chaos-action'].partial, true)
      assert.equal(journal['x-chaos-action'].verdict, 'running')
      assert.deepEqual(
        journal.run.map((r) => [r.activity.name, r.status ?? 'running']),
        [
          ['start', 'succeeded'],
          ['long', 'running']
        ]
      )

      // The next run with the same journal directory ends what the killed one left.
      const next = writeExperiment(dir, 'next.json', { method: [action('ok', 'true')] })
      const second = startCli(['run', next, '--journal-dir', join(dir, 'journals')])
      await second.exited
      assert.match(second.stderr(), new RegExp(`ended process group ${pgid}`))
      await waitFor('the group to be gone', () => !groupIsLive(pgid!, runId), 5000)
    } finally {
      if (pgid !== undefined && groupIsLive(pgid, runId)) process.kill(-pgid, 'SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
