// A matrix of three shards and a report job, run the way the runner runs the action (node
// src/index.ts, INPUT_* variables, a pull_request event) against a loopback service, the stand-in
// artifact service (the shards upload there) and the stand-in GitHub API (the report job lists
// and downloads the run's artifacts there, every request checked against @octokit/openapi).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import {
  annotations,
  createWorkspace,
  REPOSITORY,
  experimentYaml,
  pullRequestEvent,
  runMain,
  startTargetService,
  type TargetService
} from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'
import { startArtifactServer, type ArtifactServer } from '../../__fixtures__/artifact-server.ts'

let target: TargetService
let github: GitHubServer
let artifacts: ArtifactServer
/** Shard artifacts the stand-in GitHub API does not list (a shard whose job never uploaded). */
const hidden = new Set<string>()
const TITLES = ['Alpha holds', 'Bravo holds', 'Charlie holds']
const PR = 11

before(async () => {
  target = await startTargetService()
  artifacts = await startArtifactServer()
  github = await startGitHubServer({
    runArtifacts: () =>
      artifacts.artifacts
        .filter((a) => a.finalized && a.blob && !hidden.has(a.name))
        .map((a) => ({ id: a.id, name: a.name, zip: a.blob!, createdAt: a.createdAt }))
  })
  // The matrix: three legs, each its own checkout, `comment: never`.
  for (const i of [1, 2, 3]) {
    const ws = await workspace(PR)
    const files = TITLES.map((title, n) => [
      `experiments/e${n}.yaml`,
      experimentYaml(target, { title })
    ])
    for (const [path, content] of files) {
      await mkdir(join(ws.dir, 'experiments'), { recursive: true })
      await writeFile(join(ws.dir, path!), content!)
    }
    const leg = await runMain(ws, github.url, {
      inputs: { shard: `${i}/3`, comment: 'never' },
      env: artifacts.env
    })
    assert.equal(leg.code, 0, leg.stdout + leg.stderr)
  }
})
after(async () => {
  await target.close()
  await github.close()
  await artifacts.close()
})

async function workspace(pr: number) {
  return createWorkspace(await pullRequestEvent(pr))
}

interface SummaryJson {
  verdict: string
  shards?: { total: number; merged: number[]; missing: number[] }
  experiments: { title: string; verdict: string }[]
}

test('each shard uploads its own artifact and comments nothing', () => {
  assert.deepEqual(artifacts.artifacts.map((a) => a.name).sort(), [
    'chaos-journals-1-of-3',
    'chaos-journals-2-of-3',
    'chaos-journals-3-of-3'
  ])
  assert.deepEqual(artifacts.violations, [])
  for (const i of [1, 2, 3]) {
    const summary = JSON.parse(
      artifacts.files(`chaos-journals-${i}-of-3`).get('summary.json')!.toString('utf8')
    ) as SummaryJson & { shard: unknown }
    assert.deepEqual(summary.shard, { index: i, total: 3 })
    assert.equal(summary.experiments.length, 1)
  }
  assert.equal(github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR).length, 0)
})

test('the report job merges the shards: one summary, one comment, one check per experiment', async () => {
  const ws = await workspace(PR)
  const checksBefore = github.checkRuns.length
  const result = await runMain(ws, github.url, {
    inputs: { mode: 'report', 'check-runs': 'true' },
    env: artifacts.env
  })
  assert.equal(result.code, 0, result.stdout + result.stderr)
  assert.deepEqual(github.violations, [])
  assert.deepEqual(github.responseViolations, [])
  const listed = github.requests.filter(
    (r) => r.operationId === 'actions/list-workflow-run-artifacts'
  )
  assert.equal(listed.length, 1)
  assert.match(listed[0]!.url, /\/actions\/runs\/4242\/artifacts/)
  assert.equal(
    github.requests.filter((r) => r.operationId === 'actions/download-artifact').length,
    3
  )

  // One result set: outputs, summary.json, junit.xml.
  assert.equal(result.outputs.verdict, 'passed')
  const summary = JSON.parse(result.outputs['summary-json']!) as SummaryJson
  assert.deepEqual(summary.experiments.map((e) => e.title).sort(), TITLES)
  const journals = join(ws.dir, 'chaos-journals')
  const onDisk = JSON.parse(await readFile(join(journals, 'summary.json'), 'utf8')) as SummaryJson
  assert.deepEqual(onDisk.shards, { total: 3, merged: [1, 2, 3], missing: [] })
  const junit = new XMLParser({ ignoreAttributes: false }).parse(
    await readFile(join(journals, 'junit.xml'), 'utf8')
  ) as { testsuites: { '@_tests': string } }
  assert.equal(junit.testsuites['@_tests'], '3')
  assert.match(result.summary, /Merged 3 of 3 shard\(s\)/)
  for (const title of TITLES) assert.match(result.summary, new RegExp(title))

  // One sticky comment for the whole matrix; each experiment's check run once.
  const comments = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR)
  assert.equal(comments.length, 1)
  for (const title of TITLES) assert.match(comments[0]!.body, new RegExp(title))
  const checks = github.checkRuns.slice(checksBefore).map((c) => c.request.name as string)
  assert.deepEqual(checks.sort(), TITLES.map((t) => `chaos: ${t}`).sort())

  // The merged artifact: the merged reports and every shard's journals.
  const merged = artifacts.files('chaos-journals')
  for (const name of ['summary.json', 'junit.xml', 'report.md', 'report.html']) {
    assert.ok(merged.has(name), `${name} in the merged artifact`)
  }
  for (const i of [1, 2, 3]) assert.ok(merged.has(`shards/chaos-journals-${i}-of-3/summary.json`))
})

test('a missing shard is said loudly and fails the report job', async () => {
  hidden.add('chaos-journals-2-of-3')
  try {
    const ws = await workspace(PR + 1)
    const result = await runMain(ws, github.url, {
      inputs: { mode: 'report', 'fail-on': 'never', 'artifact-name': 'chaos-journals' },
      env: artifacts.env
    })
    assert.equal(result.code, 1, result.stdout)
    assert.equal(result.outputs.verdict, 'failed')
    assert.match(result.summary, /\[!CAUTION\]/)
    assert.match(result.summary, /shard 2\/3 is missing/)
    assert.match(result.summary, /Merged 2 of 3 shard\(s\)/)
    const errors = annotations(result.stdout).filter((a) => a.level === 'error')
    assert.ok(
      errors.some((e) =>
        /shard\(s\) missing from the merge: shard 2\/3 is missing/.test(e.message)
      ),
      JSON.stringify(errors)
    )
    const comments = github.commentsOn(REPOSITORY.owner, REPOSITORY.repo, PR + 1)
    assert.equal(comments.length, 1)
    assert.match(comments[0]!.body, /Missing shard 2\/3/)
    assert.deepEqual(github.violations, [])
  } finally {
    hidden.clear()
  }
})
