// Cancellation as GitHub does it: SIGINT to the step's node process, SIGTERM 7.5 s later, a kill
// 2.5 s after that. The run must stop, play its rollbacks, write journals, summary and outputs,
// and be gone before the kill. Also timeout-minutes, which aborts the same way.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  createWorkspace,
  experimentYaml,
  pullRequestEvent,
  runMain,
  runPost,
  startTargetService,
  type TargetService
} from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'

let target: TargetService
let github: GitHubServer
before(async () => {
  target = await startTargetService()
  github = await startGitHubServer()
})
after(async () => {
  await target.close()
  await github.close()
})

const sleepAction = (name: string, seconds: number): string => `  - type: action
    name: ${name}
    provider:
      type: process
      path: sleep
      arguments: '${seconds}'
`

async function waitFor(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

async function setup(yaml: string) {
  const ws = await createWorkspace(await pullRequestEvent(1347))
  await mkdir(join(ws.dir, 'experiments'), { recursive: true })
  await writeFile(join(ws.dir, 'experiments', 'long.yaml'), yaml)
  return ws
}

async function journalsIn(
  dir: string
): Promise<{ status: string; rollbacks: { activity: { name: string } }[] }[]> {
  const names = (await readdir(dir)).filter((f) => f.endsWith('.journal.json'))
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8'))))
}

void test('SIGINT then SIGTERM: rollbacks run, SIGTERM cuts the slow one, all is written in time', async () => {
  target.faulty = false
  target.hits.length = 0
  const yaml = experimentYaml(target, {
    title: 'Cancelled mid-method',
    methodPath: '/fault/on',
    extraMethod: sleepAction('wait-a-long-time', 120),
    rollbacks:
      `  - type: action
    name: switch-fault-off
    provider:
      type: http
      url: ${target.url}/fault/off
      method: POST
` + sleepAction('slow-rollback', 120)
  })
  const ws = await setup(yaml)
  let sigintAt = 0
  let sigtermSentAt = 0
  const result = await runMain(ws, github.url, {
    timeoutMs: 40_000,
    onSpawn: (child) => {
      void (async () => {
        // Cancel once the fault is on and the method is in its long action.
        await waitFor('the fault to be switched on', () => target.hits.includes('POST /fault/on'))
        await new Promise((r) => setTimeout(r, 300))
        sigintAt = Date.now()
        child.kill('SIGINT')
        // Sooner than GitHub's 7.5 s, so the engine's own rollback budget can't end it first.
        await new Promise((r) => setTimeout(r, 3_000))
        if (child.exitCode === null && child.signalCode === null) {
          sigtermSentAt = Date.now()
          child.kill('SIGTERM')
        }
      })()
    }
  })
  const exitedAfter = Date.now() - sigintAt
  assert.ok(sigintAt > 0, 'SIGINT was sent')
  assert.ok(exitedAfter < 10_000, `exited ${exitedAfter} ms after SIGINT (GitHub kills at 10 s)`)
  assert.notEqual(result.signal, 'SIGKILL', 'not killed by the test timeout')
  assert.notEqual(result.code, 0, 'a cancelled run fails the step')
  assert.ok(sigtermSentAt > 0, 'the slow rollback kept it alive until SIGTERM')
  const afterTerm = Date.now() - sigtermSentAt
  assert.ok(afterTerm < 2_500, `exited ${afterTerm} ms after SIGTERM (GitHub kills 2.5 s after it)`)

  // The first rollback ran: the fault is off again.
  assert.ok(target.hits.includes('POST /fault/off'), target.hits.join(', '))
  assert.equal(target.faulty, false)

  // Journal, summary, outputs.
  const journalsDir = join(ws.dir, 'chaos-journals')
  const [journal] = await journalsIn(journalsDir)
  assert.ok(journal, 'the journal was written')
  assert.equal(journal.status, 'interrupted')
  assert.ok(journal.rollbacks.some((r) => r.activity.name === 'switch-fault-off'))
  assert.equal(result.outputs.verdict, 'interrupted')
  assert.equal(result.outputs['not-passed'], '1')
  assert.ok(existsSync(join(journalsDir, 'summary.json')))
  assert.match(result.summary, /Cancelled mid-method/)
  assert.match(result.summary, /interrupted/i)
  assert.equal(result.state.CHAOS_SUMMARY_DONE, 'true')
  const log = await readFile(join(journalsDir, 'chaos-action.log'), 'utf8')
  assert.match(log, /SIGINT/)
  assert.match(log, /SIGTERM/)

  // Post: nothing left to undo; the summary is not written twice; it never fails the job.
  const post = await runPost(ws, github.url)
  assert.equal(post.code, 0, post.stdout + post.stderr)
  assert.equal(post.summary, result.summary)
})

void test('a lone SIGINT (no SIGTERM follows) still ends before the kill', async () => {
  target.faulty = false
  target.hits.length = 0
  const ws = await setup(
    experimentYaml(target, {
      title: 'One signal',
      methodPath: '/fault/on',
      extraMethod: sleepAction('wait-a-long-time', 120),
      rollbacks:
        `  - type: action
    name: switch-fault-off
    provider:
      type: http
      url: ${target.url}/fault/off
      method: POST
` + sleepAction('slow-rollback', 120)
    })
  )
  let sigintAt = 0
  const result = await runMain(ws, github.url, {
    timeoutMs: 30_000,
    onSpawn: (child) => {
      void waitFor('the fault', () => target.hits.includes('POST /fault/on')).then(() => {
        sigintAt = Date.now()
        child.kill('SIGINT')
      })
    }
  })
  const exitedAfter = Date.now() - sigintAt
  assert.ok(exitedAfter < 10_000, `exited ${exitedAfter} ms after SIGINT`)
  assert.notEqual(result.signal, 'SIGKILL')
  assert.equal(target.faulty, false, 'the first rollback switched the fault off')
  assert.equal(result.outputs.verdict, 'interrupted')
  assert.match(result.summary, /One signal/)
})

void test('timeout-minutes aborts the run like a cancellation', async () => {
  target.faulty = false
  target.hits.length = 0
  const ws = await setup(
    experimentYaml(target, {
      title: 'Too slow',
      methodPath: '/fault/on',
      extraMethod: sleepAction('wait-a-long-time', 120)
    })
  )
  const started = Date.now()
  // 0.05 min = 3 s.
  const result = await runMain(ws, github.url, {
    inputs: { 'timeout-minutes': '0.05' },
    timeoutMs: 30_000
  })
  const elapsed = Date.now() - started
  assert.ok(elapsed >= 3_000 && elapsed < 15_000, `ended after ${elapsed} ms`)
  assert.equal(result.code, 1)
  assert.equal(result.outputs.verdict, 'interrupted')
  assert.equal(target.faulty, false, 'the rollback ran')
  assert.match(result.stdout, /timeout-minutes/)
  const [journal] = await journalsIn(join(ws.dir, 'chaos-journals'))
  assert.equal(journal?.status, 'interrupted')
})
