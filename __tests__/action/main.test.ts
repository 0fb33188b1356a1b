// The main step run like the runner runs it (node src/index.ts, INPUT_* variables, a pull_request
// event, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files) against a loopback service and
// a stand-in GitHub API, then the post step with the STATE_* it saved.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  annotations,
  createWorkspace,
  HEAD_SHA,
  REPOSITORY,
  experimentYaml,
  pullRequestEvent,
  runMain,
  runPost,
  startTargetService,
  type TargetService
} from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'
import { startArtifactServer, type ArtifactServer } from '../../__fixtures__/artifact-server.ts'

let target: TargetService
let github: GitHubServer
let artifacts: ArtifactServer

before(async () => {
  target = await startTargetService()
  github = await startGitHubServer()
  artifacts = await startArtifactServer()
})
after(async () => {
  await target.close()
  await github.close()
  await artifacts.close()
})

async function workspaceWith(files: Record<string, string>, eventNumber = 7) {
  const ws = await createWorkspace(await pullRequestEvent(eventNumber))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(ws.dir, path, '..'), { recursive: true })
    await writeFile(join(ws.dir, path), content)
  }
  return ws
}

void test('a passing run: outputs, job summary, reports, journals, comment; post has nothing to do', async () => {
  target.faulty = false
  const ws = await workspaceWith(
    { 'experiments/ok.yaml': experimentYaml(target, { title: 'Health holds' }) },
    7
  )
  const result = await runMain(ws, github.url, {
    inputs: { 'artifact-name': 'chaos-passing' },
    env: artifacts.env
  })
  assert.equal(result.code, 0, result.stdout + result.stderr)

  const { outputs } = result
  assert.equal(outputs.verdict, 'passed')
  assert.equal(outputs.passed, '1')
  assert.equal(outputs['not-passed'], '0')
  const journalsDir = join(ws.dir, 'chaos-journals')
  assert.equal(outputs['journals-dir'], journalsDir)
  assert.equal(outputs['report-path'], join(journalsDir, 'report.md'))
  const summaryJson = JSON.parse(outputs['summary-json']!) as {
    verdict: string
    experiments: { file: string; verdict: string; journal: string }[]
  }
  assert.equal(summaryJson.verdict, 'passed')
  assert.deepEqual(
    summaryJson.experiments.map((e) => [e.file, e.verdict]),
    [['experiments/ok.yaml', 'passed']]
  )

  // Reports and the journal on disk.
  for (const name of ['summary.json', 'junit.xml', 'report.md', 'chaos-action.log']) {
    assert.ok(existsSync(join(journalsDir, name)), `${name} written`)
  }
  const journal = JSON.parse(await readFile(summaryJson.experiments[0]!.journal, 'utf8')) as {
    status: string
    deviated: boolean
  }
  assert.equal(journal.status, 'completed')
  assert.equal(journal.deviated, false)
  const log = await readFile(join(journalsDir, 'chaos-action.log'), 'utf8')
  assert.match(log, /Health holds/)
  assert.doesNotMatch(log, /ghs_testtoken/, 'the token never reaches the log file')

  // Job summary: the table and the collapsible findings.
  assert.match(result.summary, /\| Verdict \| Experiment \| Why \| Time \|/)
  assert.match(result.summary, /Health holds/)
  assert.match(result.summary, /<details>/)
  // Links, not paths: the experiment at file:line on the commit, the journal and report.html
  // through the run holding the artifact; report.md carries the same absolute links.
  const run = 'https://github.com/octocat/Hello-World/actions/runs/4242'
  const blob =
    /\(https:\/\/github\.com\/octocat\/Hello-World\/blob\/[0-9a-f]{40}\/experiments\/ok\.yaml#L\d+\)/
  const reportMd = await readFile(join(journalsDir, 'report.md'), 'utf8')
  for (const text of [result.summary, reportMd]) {
    assert.match(text, blob)
    assert.ok(text.includes(`journal: [experiments\\_\\_ok.journal.json](${run})`), text)
    assert.ok(text.includes(`[\`report.html\`](${run}) (artifact chaos-passing)`), text)
  }

  // pull_request + comment: auto -> one sticky comment on PR 7, URL in the outputs.
  const comments = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, 7)
  assert.equal(comments.length, 1)
  assert.match(comments[0]!.body, /<!-- chaos-action:/)
  assert.match(comments[0]!.body, /Health holds/)
  assert.match(outputs['comment-url'] ?? '', /^https:\/\/github\.com\/.+#issuecomment-\d+$/)
  assert.deepEqual(github.violations, [])

  // The artifact holds the journal, the reports and the log, as they are on disk.
  const uploaded = artifacts.files('chaos-passing')
  const journalName = summaryJson.experiments[0]!.journal.split('/').pop()!
  for (const name of [journalName, 'summary.json', 'junit.xml', 'report.md', 'chaos-action.log']) {
    assert.ok(
      uploaded.has(name),
      `${name} in the artifact (has ${[...uploaded.keys()].join(', ')})`
    )
  }
  assert.equal(
    uploaded.get('summary.json')?.toString('utf8'),
    await readFile(join(journalsDir, 'summary.json'), 'utf8')
  )
  assert.match(outputs['artifact-url'] ?? '', /\/actions\/runs\/4242\/artifacts\/\d+$/)
  assert.deepEqual(artifacts.violations, [])
  assert.equal(result.state.CHAOS_UPLOAD_DONE, 'true')

  // The state for post, then post itself.
  assert.equal(result.state.CHAOS_MAIN_STARTED, 'true')
  assert.equal(result.state.CHAOS_SUMMARY_DONE, 'true')
  assert.equal(result.state.CHAOS_JOURNAL_DIR, journalsDir)
  assert.ok(result.state.CHAOS_RUN_ID)
  const post = await runPost(ws, github.url, { env: artifacts.env })
  assert.equal(post.code, 0, post.stdout + post.stderr)
  assert.equal(artifacts.artifacts.length, 1, 'post does not upload again')
  assert.equal(post.summary, result.summary, 'post does not write a second summary')
  assert.deepEqual(
    annotations(post.stdout).filter((a) => a.level !== 'notice'),
    [],
    'post has nothing to warn about'
  )

  // A second run updates the same comment instead of adding one.
  const again = await runMain(ws, github.url, { inputs: { 'artifact-name': '' } })
  assert.equal(again.code, 0)
  assert.equal(github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, 7).length, 1)
})

void test('a deviating run fails the step, still sets outputs, summary, annotations and check runs', async () => {
  target.faulty = false
  const yaml = experimentYaml(target, {
    title: 'Health survives the fault',
    methodPath: '/fault/on'
  })
  const ws = await workspaceWith({ 'experiments/breaks.yaml': yaml }, 8)
  target.hits.length = 0
  const result = await runMain(ws, github.url, {
    inputs: { 'check-runs': 'true', 'rollback-strategy': 'always' }
  })
  assert.equal(result.code, 1, 'fail-on: not-passed fails the step')
  assert.equal(result.outputs.verdict, 'deviated')
  assert.equal(result.outputs.passed, '0')
  assert.equal(result.outputs['not-passed'], '1')
  assert.ok(existsSync(result.outputs['report-path']!))
  assert.match(result.summary, /Health survives the fault/)
  assert.match(result.summary, /deviated/)
  assert.ok(target.hits.includes('POST /fault/off'), 'the rollback ran')
  assert.equal(target.faulty, false)

  // The deviating probe is annotated at its line in the experiment file.
  const probeLine = yaml.split('\n').findIndex((l) => l.includes('name: health-is-200')) + 1
  const errors = annotations(result.stdout).filter((a) => a.level === 'error')
  const probe = errors.find((a) => a.message.includes('health-is-200') && a.props.file)
  assert.ok(probe, `an annotation for the probe in:\n${result.stdout}`)
  assert.equal(probe.props.file, 'experiments/breaks.yaml')
  const line = Number(probe.props.line)
  assert.ok(line >= probeLine - 1 && line <= probeLine + 1, `line ${line} ~ ${probeLine}`)
  // setFailed names the experiment.
  assert.ok(errors.some((a) => /did not pass/.test(a.message) && /breaks\.yaml/.test(a.message)))

  // One check run, failed, on the PR head.
  const run = github.checkRuns.at(-1)
  assert.ok(run)
  assert.equal(run.request.conclusion, 'failure')
  assert.equal(run.request.head_sha, HEAD_SHA)
  assert.equal(github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, 8).length, 1)
  assert.deepEqual(github.violations, [])
})

void test('fail-on: never reports a deviation without failing the step', async () => {
  target.faulty = false
  const ws = await workspaceWith({
    'experiments/breaks.yaml': experimentYaml(target, {
      title: 'Tolerated',
      methodPath: '/fault/on'
    })
  })
  const result = await runMain(ws, github.url, {
    inputs: { 'fail-on': 'never', comment: 'never' },
    eventName: 'push'
  })
  assert.equal(result.code, 0, result.stdout)
  assert.equal(result.outputs.verdict, 'deviated')
  assert.equal(result.outputs['comment-url'], undefined)
  const levels = annotations(result.stdout).map((a) => a.level)
  assert.ok(levels.includes('warning') && !levels.includes('error'), levels.join())
  target.faulty = false
})

void test('an invalid input fails at once, naming the input and the allowed values', async () => {
  const ws = await workspaceWith({ 'experiments/ok.yaml': experimentYaml(target, { title: 'x' }) })
  target.hits.length = 0
  const result = await runMain(ws, github.url, { inputs: { 'fail-on': 'sometimes' } })
  assert.equal(result.code, 1)
  const errors = annotations(result.stdout).filter((a) => a.level === 'error')
  assert.ok(
    errors.some(
      (a) =>
        /'fail-on'/.test(a.message) && /not-passed, deviated, regression, never/.test(a.message)
    ),
    result.stdout
  )
  assert.deepEqual(target.hits, [], 'nothing ran')
  assert.equal(result.outputs.verdict, 'error')
  assert.match(result.summary, /could not run/)
})

void test('an invalid experiment is annotated at its file and line, and nothing runs', async () => {
  const broken = [
    'title: Broken',
    'description: a probe without a provider type',
    'method:',
    '  - type: probe',
    '    name: no-type',
    '    provider:',
    '      url: http://127.0.0.1:1/',
    ''
  ].join('\n')
  const ws = await workspaceWith({
    'experiments/good.yaml': experimentYaml(target, { title: 'Fine' }),
    'experiments/nested/broken.yaml': broken
  })
  target.hits.length = 0
  const result = await runMain(ws, github.url)
  assert.equal(result.code, 1)
  const located = annotations(result.stdout).filter(
    (a) => a.level === 'error' && a.props.file === 'experiments/nested/broken.yaml'
  )
  assert.ok(located.length > 0, result.stdout)
  const line = Number(located[0]!.props.line)
  assert.ok(line >= 4 && line <= 7, `annotated at line ${line}`)
  assert.deepEqual(target.hits, [], 'no experiment ran, not even the valid one')
  assert.equal(result.outputs.verdict, 'error')
})

void test('shard i/n runs the i-th share of the sorted files; globs and excludes expand', async () => {
  const names = ['e', 'c', 'a', 'd', 'b']
  const files: Record<string, string> = {}
  for (const n of names) files[`chaos/${n}.yaml`] = experimentYaml(target, { title: `exp ${n}` })
  files['chaos/skip.yaml'] = 'not: valid'
  const ran: string[][] = []
  for (const shard of ['1/2', '2/2']) {
    const ws = await workspaceWith(files)
    const result = await runMain(ws, github.url, {
      inputs: { experiments: 'chaos/*.yaml\n!chaos/skip.yaml', shard, comment: 'never' }
    })
    assert.equal(result.code, 0, result.stdout)
    const summary = JSON.parse(result.outputs['summary-json']!) as {
      experiments: { file: string }[]
    }
    ran.push(summary.experiments.map((e) => e.file))
    const journals = (await readdir(join(ws.dir, 'chaos-journals'))).filter(
      (f) => f.endsWith('.json') && f !== 'summary.json' && !f.includes('ledger')
    )
    assert.equal(journals.length, ran.at(-1)!.length, 'one journal per experiment of the shard')
    assert.match(result.summary, new RegExp(`Shard ${shard}`))
  }
  assert.deepEqual(ran, [
    ['chaos/a.yaml', 'chaos/c.yaml', 'chaos/e.yaml'],
    ['chaos/b.yaml', 'chaos/d.yaml']
  ])
})

void test('an empty shard (3/3 over 2 files) ends with verdict none and passes the step', async () => {
  const ws = await workspaceWith({
    'chaos/a.yaml': experimentYaml(target, { title: 'exp a' }),
    'chaos/b.yaml': experimentYaml(target, { title: 'exp b' })
  })
  target.hits.length = 0
  const result = await runMain(ws, github.url, {
    inputs: { experiments: 'chaos/', shard: '3/3', comment: 'never' }
  })
  assert.equal(result.code, 0, result.stdout)
  assert.equal(result.outputs.verdict, 'none')
  assert.equal(result.outputs.passed, '0')
  assert.equal(result.outputs['not-passed'], '0')
  assert.doesNotMatch(result.stdout, /::error/)
  assert.deepEqual(target.hits, [], 'nothing ran')
  assert.match(result.summary, /Shard 3\/3: 0 experiment file/)
})

void test('comment policy: auto comments on pull request events only', async () => {
  const { wantsComment, pullRequestNumber } = await import('../../src/action/event.ts')
  const { overallVerdict } = await import('../../src/engine/policy.ts')
  assert.equal(wantsComment('auto', false, 'pull_request'), true)
  assert.equal(wantsComment('auto', true, 'pull_request_target'), true)
  assert.equal(wantsComment('auto', true, 'push'), false)
  assert.equal(wantsComment('on-failure', false, 'pull_request'), false)
  assert.equal(wantsComment('on-failure', true, 'schedule'), true)
  assert.equal(wantsComment('never', true, 'pull_request'), false)
  assert.equal(pullRequestNumber(await pullRequestEvent(12)), 12)
  assert.equal(pullRequestNumber({ issue: { number: 5, pull_request: {} } }), 5)
  assert.equal(pullRequestNumber({ issue: { number: 5 } }), undefined)
  assert.equal(overallVerdict([]), 'none')
})
