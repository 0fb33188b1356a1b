import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { RecordingLogger } from '../../../src/engine/logger.ts'
import { fetchBaseline } from '../../../src/action/github/baseline.ts'
import { readBaselineSummary } from '../../../src/reporters/baseline.ts'
import { startGitHubServer } from '../../../__fixtures__/github-server.ts'
import type { GitHubServer } from '../../../__fixtures__/github-server.ts'
import { baseSummaryJson, p95Figure } from '../../helpers/base-summary.ts'

const OWNER = 'octocat'
const REPO = 'Hello-World'
const TOKEN = 'ghs_test_token_0123456789'
const WORKFLOW = 161335

async function server(t: { after: (fn: () => Promise<void>) => void }): Promise<GitHubServer> {
  const gh = await startGitHubServer()
  t.after(async () => {
    await gh.close()
    // Every request must be one GitHub's description accepts, every answer one it documents.
    assert.deepEqual(gh.violations, [])
    assert.deepEqual(gh.responseViolations, [])
  })
  return gh
}

function summary(title: string, p95: number): string {
  return baseSummaryJson([
    { file: `experiments/${title}.yaml`, title, figures: [p95Figure('users', p95)] }
  ])
}

function artifactZip(files: Record<string, string>): Buffer {
  return Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
  )
}

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-baseline-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

function fetchFrom(
  gh: GitHubServer,
  runId: number,
  destination: string,
  artifactName = 'chaos-journals'
) {
  return fetchBaseline({
    token: TOKEN,
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    runId,
    baseBranch: 'main',
    artifactName,
    destination,
    logger: new RecordingLogger()
  })
}

test('finds the latest completed push run on the base branch and keeps only its summaries', async (t) => {
  const gh = await server(t)
  const dir = await tempDir(t)
  const older = gh.actions.addRun({ workflowId: WORKFLOW, branch: 'main' })
  gh.actions.addArtifact(
    older.id,
    'chaos-journals',
    artifactZip({ 'summary.json': summary('old', 1) })
  )
  const base = gh.actions.addRun({
    workflowId: WORKFLOW,
    branch: 'main',
    headSha: 'abcdef1'.padEnd(40, '2')
  })
  // Two shards of the base run, and an artifact of another name that must be left alone.
  gh.actions.addArtifact(
    base.id,
    'chaos-journals-1-of-2',
    artifactZip({ 'summary.json': summary('one', 40), 'a.journal.json': '{}' })
  )
  gh.actions.addArtifact(
    base.id,
    'chaos-journals-2-of-2',
    artifactZip({ 'summary.json': summary('two', 50) })
  )
  gh.actions.addArtifact(base.id, 'coverage', artifactZip({ 'summary.json': summary('nope', 9) }))
  // Newer, but not a base run: a pull request's run from a branch named main, one still running,
  // another workflow's.
  gh.actions.addRun({ workflowId: WORKFLOW, branch: 'main', event: 'pull_request' })
  gh.actions.addRun({
    workflowId: WORKFLOW,
    branch: 'main',
    status: 'in_progress',
    conclusion: null
  })
  gh.actions.addRun({ workflowId: 42, branch: 'main' })
  const self = gh.actions.addRun({ workflowId: WORKFLOW, branch: 'feature', event: 'pull_request' })

  const fetched = await fetchFrom(gh, self.id, dir)
  assert.ok('path' in fetched, JSON.stringify(fetched))
  assert.match(fetched.source, /^main at abcdef1, run \d+$/)
  assert.match(fetched.sourceUrl, new RegExp(`/actions/runs/${base.id}$`))
  const titles: string[] = []
  for (const sub of (await readdir(dir)).sort()) {
    const read = readBaselineSummary(await readFile(join(dir, sub, 'summary.json'), 'utf8'))
    titles.push(...(read ?? []).map((e) => e.title))
  }
  assert.deepEqual(titles, ['one', 'two'])
  // Only summaries leave the zip.
  assert.deepEqual(
    (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.journal.json')),
    []
  )
  const ops = gh.requests.map((r) => r.operationId ?? r.url)
  assert.deepEqual(ops.slice(0, 3), [
    'actions/get-workflow-run',
    'actions/list-workflow-runs',
    'actions/list-workflow-run-artifacts'
  ])
  assert.equal(ops.filter((o) => o === 'actions/download-artifact').length, 2)
  // Every API request carried the token.
  assert.ok(gh.requests.filter((r) => r.operationId).every((r) => r.token === TOKEN))
})

test('no completed run on the base branch, or none that kept the artifact: a note', async (t) => {
  const gh = await server(t)
  const dir = await tempDir(t)
  const self = gh.actions.addRun({ workflowId: WORKFLOW, branch: 'feature', event: 'pull_request' })
  assert.deepEqual(await fetchFrom(gh, self.id, dir), {
    note: 'no baseline: no completed run of this workflow on main'
  })

  const base = gh.actions.addRun({ workflowId: WORKFLOW, branch: 'main' })
  gh.actions.addArtifact(
    base.id,
    'chaos-journals',
    artifactZip({ 'summary.json': summary('x', 1) }),
    true
  )
  const expired = await fetchFrom(gh, self.id, dir)
  assert.ok('note' in expired)
  assert.match(expired.note, /kept no `chaos-journals` artifact/)

  const empty = gh.actions.addRun({ workflowId: WORKFLOW, branch: 'main' })
  gh.actions.addArtifact(empty.id, 'chaos-journals', artifactZip({ 'report.md': '# hi' }))
  const none = await fetchFrom(gh, self.id, dir)
  assert.ok('note' in none)
  assert.match(none.note, /holds no summary\.json/)
})

test('an unknown run (or an API error) is a note, never a throw', async (t) => {
  const gh = await server(t)
  const dir = await tempDir(t)
  const fetched = await fetchFrom(gh, 123, dir)
  assert.ok('note' in fetched)
  assert.match(fetched.note, /^no baseline: could not read the base branch's runs/)
})
