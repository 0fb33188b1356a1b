// The BUILT action, run the way the runner runs it: action.yml and dist/ copied into an
// `_actions/<owner>/<repo>/<ref>` directory with no node_modules beside them (the bundle must carry
// everything), `node dist/index.js` with Node 24 from the workspace, INPUT_* variables, GitHub's
// example pull_request payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_STATE files, the REST
// API on a loopback server that checks every request against GitHub's OpenAPI description, the
// artifact upload against a loopback results service; then `node dist/post.js` with the STATE_*
// the main step saved. dist/ is whatever the lead last built (built here only when missing).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import {
  ROOT,
  REPOSITORY,
  HEAD_SHA,
  annotations,
  createWorkspace,
  experimentYaml,
  installBuiltAction,
  pullRequestEvent,
  runMain,
  runPost,
  startTargetService,
  type StepResult,
  type TargetService,
  type Workspace
} from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'
import { startArtifactServer, type ArtifactServer } from '../../__fixtures__/artifact-server.ts'

/** One pull request for both runs: the second must update the first one's comment. */
const PR = 31
const ARTIFACT_FILES = ['summary.json', 'junit.xml', 'report.md', 'chaos-action.log']

let target: TargetService
let github: GitHubServer
let artifacts: ArtifactServer
let runnerDir: string | undefined
let main: string
let postEntry: string

function ensureDist(): void {
  if (existsSync(join(ROOT, 'dist', 'index.js')) && existsSync(join(ROOT, 'dist', 'post.js'))) {
    return
  }
  // Only when missing: the lead owns dist/ and a stale one is still what gets tested.
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000
  })
  assert.equal(built.status, 0, `npm run build failed:\n${built.stdout}\n${built.stderr}`)
}

before(async () => {
  ensureDist()
  // A copy, like the runner's checkout of the action: no node_modules to fall back on, and a
  // rebuild of dist/ during the run can't swap files under the test.
  runnerDir = await mkdtemp(join(tmpdir(), 'chaos-action-runner-'))
  ;({ main, post: postEntry } = await installBuiltAction(runnerDir))
  target = await startTargetService()
  github = await startGitHubServer()
  artifacts = await startArtifactServer()
})

after(async () => {
  await target.close()
  await github.close()
  await artifacts.close()
  if (runnerDir) await rm(runnerDir, { recursive: true, force: true })
})

async function workspaceWith(files: Record<string, string>): Promise<Workspace> {
  const ws = await createWorkspace(await pullRequestEvent(PR))
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(ws.dir, path, '..'), { recursive: true })
    await writeFile(join(ws.dir, path), content)
  }
  return ws
}

interface SummaryJson {
  verdict: string
  experiments: { file: string; title: string; verdict: string; journal: string }[]
}

function explain(result: StepResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`
}

/** The artifact as uploaded holds the journals, the reports and the log, byte for byte. */
async function assertArtifact(name: string, journalsDir: string, summary: SummaryJson) {
  const uploaded = artifacts.files(name)
  const journals = summary.experiments.map((e) => basename(e.journal))
  assert.ok(journals.length > 0)
  for (const file of [...journals, ...ARTIFACT_FILES]) {
    assert.ok(
      uploaded.has(file),
      `${file} in the artifact (has ${[...uploaded.keys()].join(', ')})`
    )
  }
  for (const file of [...journals, 'summary.json', 'junit.xml']) {
    assert.equal(
      uploaded.get(file)?.toString('utf8'),
      await readFile(join(journalsDir, file), 'utf8'),
      `${file} uploaded as written`
    )
  }
  return uploaded
}

void test('dist: a passing run sets outputs, writes the summary, comments once, uploads the artifact', async () => {
  target.faulty = false
  const ws = await workspaceWith({
    'experiments/ok.yaml': experimentYaml(target, { title: 'Health holds (dist)' })
  })
  const result = await runMain(ws, github.url, {
    entry: main,
    inputs: { 'artifact-name': 'dist-passing' },
    env: artifacts.env
  })
  assert.equal(result.code, 0, explain(result))
  assert.equal(result.stderr, '', 'nothing on stderr (no warnings from the bundle)')

  const { outputs } = result
  const journalsDir = join(ws.dir, 'chaos-journals')
  assert.equal(outputs.verdict, 'passed')
  assert.equal(outputs.passed, '1')
  assert.equal(outputs['not-passed'], '0')
  assert.equal(outputs['journals-dir'], journalsDir)
  assert.equal(outputs['report-path'], join(journalsDir, 'report.md'))
  const summary = JSON.parse(outputs['summary-json']!) as SummaryJson
  assert.deepEqual(
    summary.experiments.map((e) => [e.file, e.verdict]),
    [['experiments/ok.yaml', 'passed']]
  )
  assert.ok(target.hits.includes('GET /health'), 'the probe reached the service')

  assert.match(result.summary, /\| Verdict \| Experiment \| Why \| Time \|/)
  assert.match(result.summary, /Health holds \(dist\)/)

  const comments = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR)
  assert.equal(comments.length, 1)
  assert.match(comments[0]!.body, /<!-- chaos-action:/)
  assert.match(comments[0]!.body, /Health holds \(dist\)/)
  assert.match(outputs['comment-url'] ?? '', new RegExp(`#issuecomment-${comments[0]!.id}$`))

  await assertArtifact('dist-passing', journalsDir, summary)
  assert.match(outputs['artifact-url'] ?? '', /\/actions\/runs\/4242\/artifacts\/\d+$/)
  assert.equal(result.state.CHAOS_MAIN_STARTED, 'true')
  assert.equal(result.state.CHAOS_UPLOAD_DONE, 'true')

  const post = await runPost(ws, github.url, { entry: postEntry, env: artifacts.env })
  assert.equal(post.code, 0, explain(post))
  assert.equal(post.summary, result.summary, 'post adds no second summary')
  assert.equal(artifacts.artifacts.filter((a) => a.name === 'dist-passing').length, 1)
  assert.deepEqual(
    annotations(post.stdout).filter((a) => a.level !== 'notice'),
    [],
    'post has nothing to warn about'
  )

  assert.deepEqual(github.violations, [], 'every REST request matched GitHub’s description')
  assert.deepEqual(github.responseViolations, [])
  assert.deepEqual(artifacts.violations, [])
})

void test('dist: a deviating run fails the job, still reports everything, updates the one comment', async () => {
  target.faulty = false
  target.hits.length = 0
  const yaml = experimentYaml(target, {
    title: 'Health survives the fault (dist)',
    methodPath: '/fault/on'
  })
  const ws = await workspaceWith({ 'experiments/breaks.yaml': yaml })
  const before = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR)
  const checkRunsBefore = github.checkRuns.length

  const result = await runMain(ws, github.url, {
    entry: main,
    inputs: { 'check-runs': 'true', 'artifact-name': 'dist-deviating' },
    env: artifacts.env
  })
  assert.equal(result.code, 1, `fail-on: not-passed fails the job\n${explain(result)}`)
  assert.ok(target.hits.includes('POST /fault/on'), 'the method ran')
  assert.ok(target.hits.includes('POST /fault/off'), 'the rollback ran')
  assert.equal(target.faulty, false)

  // Outputs are set although the job fails.
  const { outputs } = result
  const journalsDir = join(ws.dir, 'chaos-journals')
  assert.equal(outputs.verdict, 'deviated')
  assert.equal(outputs.passed, '0')
  assert.equal(outputs['not-passed'], '1')
  assert.equal(outputs['journals-dir'], journalsDir)
  assert.ok(existsSync(outputs['report-path']!))
  const summary = JSON.parse(outputs['summary-json']!) as SummaryJson
  assert.equal(summary.verdict, 'not-passed')
  assert.equal(summary.experiments[0]?.verdict, 'deviated')
  assert.match(outputs['artifact-url'] ?? '', /\/artifacts\/\d+$/)

  // Job summary, failure annotation and the probe's annotation at its file.
  assert.match(result.summary, /Health survives the fault \(dist\)/)
  assert.match(result.summary, /deviated/)
  const errors = annotations(result.stdout).filter((a) => a.level === 'error')
  assert.ok(
    errors.some(
      (a) => a.props.file === 'experiments/breaks.yaml' && /health-is-200/.test(a.message)
    ),
    explain(result)
  )
  assert.ok(
    errors.some((a) => /did not pass/.test(a.message)),
    'setFailed says why'
  )

  // Still one sticky comment on the pull request: the passing run's, now showing this run.
  const comments = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR)
  assert.equal(comments.length, 1, 'the comment is updated, not added')
  if (before.length === 1) assert.equal(comments[0]!.id, before[0]!.id)
  assert.match(comments[0]!.body, /Health survives the fault \(dist\)/)
  assert.doesNotMatch(comments[0]!.body, /Health holds \(dist\)/)
  assert.match(outputs['comment-url'] ?? '', new RegExp(`#issuecomment-${comments[0]!.id}$`))

  // One check run, failed, on the pull request's head commit.
  const runs = github.checkRuns.slice(checkRunsBefore)
  assert.equal(runs.length, 1)
  assert.equal(runs[0]!.request.conclusion, 'failure')
  assert.equal(runs[0]!.request.head_sha, HEAD_SHA)

  // The artifact: journal, summary.json, junit.xml and the log, read back from the upload.
  const uploaded = await assertArtifact('dist-deviating', journalsDir, summary)
  const journal = JSON.parse(
    uploaded.get(basename(summary.experiments[0]!.journal))!.toString()
  ) as {
    status: string
    deviated: boolean
    rollbacks: unknown[]
  }
  assert.equal(journal.deviated, true)
  assert.equal(journal.rollbacks.length, 1)
  assert.match(uploaded.get('junit.xml')!.toString(), /<failure/)
  assert.match(uploaded.get('chaos-action.log')!.toString(), /health-is-200/)

  // Post: exit 0 (it never decides the job), nothing uploaded or summarised twice.
  const post = await runPost(ws, github.url, { entry: postEntry, env: artifacts.env })
  assert.equal(post.code, 0, explain(post))
  assert.equal(post.summary, result.summary)
  assert.equal(artifacts.artifacts.filter((a) => a.name === 'dist-deviating').length, 1)

  assert.deepEqual(github.violations, [], 'every REST request matched GitHub’s description')
  assert.deepEqual(github.responseViolations, [])
  assert.deepEqual(artifacts.violations, [])
})

void test('dist: after main is killed mid-method, dist/post.js writes the summary and uploads', async () => {
  target.faulty = false
  const ws = await workspaceWith({
    'experiments/slow.yaml': experimentYaml(target, {
      title: 'Killed while holding (dist)',
      extraMethod: `  - type: action
    name: hold-the-method
    provider:
      type: process
      path: sh
      arguments: ['-c', 'echo $$ > sleeper.pid; exec sleep 60']
`
    })
  })
  const inputs = { comment: 'never', 'artifact-name': 'dist-killed' }
  const killed = await runMain(ws, github.url, {
    entry: main,
    inputs,
    env: artifacts.env,
    timeoutMs: 30_000,
    onSpawn: (child, output) => {
      // Bounded: 400 polls of 50 ms; SIGKILL leaves main no chance to report.
      let polls = 0
      const poll = setInterval(() => {
        const holding =
          existsSync(join(ws.dir, 'sleeper.pid')) && /hold-the-method/.test(output.stdout())
        if (holding || ++polls > 400) {
          clearInterval(poll)
          child.kill('SIGKILL')
        }
      }, 50)
    }
  })
  // The activity's process outlives its killed parent, as on a runner: end it by its own pid.
  const sleeper = Number(await readFile(join(ws.dir, 'sleeper.pid'), 'utf8').catch(() => '0'))
  if (sleeper > 0) {
    try {
      process.kill(sleeper, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  assert.equal(killed.signal, 'SIGKILL')
  assert.match(killed.stdout, /hold-the-method/, 'killed during the method, not before')
  assert.equal(killed.state.CHAOS_MAIN_STARTED, 'true')
  assert.equal(killed.state.CHAOS_SUMMARY_DONE, undefined)
  assert.equal(killed.summary, '')

  const post = await runPost(ws, github.url, { entry: postEntry, inputs, env: artifacts.env })
  assert.equal(post.code, 0, explain(post))
  assert.match(post.summary, /stopped before it finished/)
  assert.equal(post.state.CHAOS_UPLOAD_DONE, 'true')
  const uploaded = artifacts.files('dist-killed')
  assert.ok(uploaded.has('chaos-action.log'), [...uploaded.keys()].join(', '))
  assert.match(uploaded.get('chaos-action.log')!.toString(), /hold-the-method/)
  assert.deepEqual(artifacts.violations, [])
})
