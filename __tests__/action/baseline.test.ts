// The main step on a pull request with `baseline: auto`: it finds the base branch's last run of the
// workflow through the stand-in GitHub API (every request checked against GitHub's description),
// reads its summary.json out of the artifact zip, shows the deltas in the job summary and the
// comment, and `fail-on: regression` fails on a planted regression; no baseline is only a note.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import {
  REPOSITORY,
  createWorkspace,
  experimentYaml,
  pullRequestEvent,
  runMain,
  startTargetService,
  type TargetService
} from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'
import { baseSummaryJson, p95Figure } from '../helpers/base-summary.ts'

const WORKFLOW = 161335
/** GITHUB_RUN_ID as the action runner fixture sets it. */
const THIS_RUN = 4242

let target: TargetService
let github: GitHubServer

before(async () => {
  target = await startTargetService()
  github = await startGitHubServer()
  github.actions.addRun({
    id: THIS_RUN,
    workflowId: WORKFLOW,
    branch: 'feature',
    event: 'pull_request'
  })
})
after(async () => {
  await target.close()
  await github.close()
  assert.deepEqual(github.violations, [])
  assert.deepEqual(github.responseViolations, [])
})

const TITLE = 'Health holds under load'

/** A base summary whose load was (implausibly) fast: every run now is a regression against it. */
function baseSummary(p95: number): string {
  return baseSummaryJson([
    {
      file: 'experiments/load.yaml',
      title: TITLE,
      figures: [
        p95Figure('users', p95),
        {
          key: 'load:users:error_rate',
          label: 'load users error rate',
          value: 0,
          unit: 'ratio',
          better: 'lower'
        }
      ]
    }
  ])
}

async function workspace() {
  const ws = await createWorkspace(await pullRequestEvent(9))
  await mkdir(join(ws.dir, 'experiments'), { recursive: true })
  await writeFile(
    join(ws.dir, 'experiments', 'load.yaml'),
    experimentYaml(target, {
      title: TITLE,
      extraMethod: `  - type: action
    name: users
    provider: {type: load, name: users, url: "${target.url}/items", rate: 20, concurrency: 2, duration: 1}
`
    })
  )
  return ws
}

test('fail-on: regression fails on a planted regression; the summary and comment show the deltas', async () => {
  // The event's base branch is `master` (GitHub's example payload).
  const base = github.actions.addRun({
    workflowId: WORKFLOW,
    branch: 'master',
    headSha: 'badc0de'.padEnd(40, '1')
  })
  github.actions.addArtifact(
    base.id,
    'chaos-journals',
    Buffer.from(
      zipSync({ 'summary.json': strToU8(baseSummary(0.001)), 'report.md': strToU8('# base') })
    )
  )
  const ws = await workspace()
  const result = await runMain(ws, github.url, {
    inputs: { 'fail-on': 'regression', 'regression-tolerance': '1%,0ms' }
  })
  assert.equal(result.outputs.verdict, 'passed', 'every experiment passed')
  assert.equal(result.code, 1, result.stdout)
  assert.match(result.stdout, /::error::1 figure\(s\) got worse than the baseline's/)
  assert.match(result.summary, /### Compared with the baseline/)
  assert.match(
    result.summary,
    /Baseline: \[master at badc0de, run \d+\]\(https:\/\/github\.com\/octocat\/Hello-World\/actions\/runs\/\d+\)\./
  )
  assert.match(result.summary, /\| 🔺 load users p95 \| 0\.001 ms \| [\d.]+ ms \| \*\*\+[\d.]+ ms/)
  assert.match(result.summary, /\| load users error rate \| 0 % \| 0 % \| ±0 \|/)
  const comment = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, 9)[0]?.body ?? ''
  assert.match(comment, /### Compared with the baseline/)
  assert.match(comment, /🔺 load users p95/)
  const ops = github.requests.map((r) => r.operationId).filter((o) => o?.startsWith('actions/'))
  assert.deepEqual(ops, [
    'actions/get-workflow-run',
    'actions/list-workflow-runs',
    'actions/list-workflow-run-artifacts',
    'actions/download-artifact'
  ])
})

test('no baseline on the base branch: a note in the summary, and fail-on: regression passes', async () => {
  const ws = await workspace()
  const event = await pullRequestEvent(10)
  ;(event.pull_request as { base: { ref: string } }).base.ref = 'release-1'
  await writeFile(ws.eventFile, JSON.stringify(event))
  const result = await runMain(ws, github.url, {
    inputs: { 'fail-on': 'regression', 'artifact-name': 'chaos-journals' }
  })
  assert.equal(result.code, 0, result.stdout)
  assert.match(result.summary, /> no baseline: no completed run of this workflow on release-1/)
})

test('baseline: none asks GitHub nothing', async () => {
  const before = github.requests.length
  const ws = await workspace()
  const result = await runMain(ws, github.url, {
    inputs: { baseline: 'none', comment: 'never', 'artifact-name': '' }
  })
  assert.equal(result.code, 0, result.stdout)
  assert.doesNotMatch(result.summary, /Compared with the baseline/)
  assert.deepEqual(github.requests.slice(before), [])
})
