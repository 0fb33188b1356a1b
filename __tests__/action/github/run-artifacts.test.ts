// Downloading a workflow run's shard artifacts through the REST API, against the stand-in GitHub
// API (every request checked against @octokit/openapi): pagination, the selection by name, the
// newest of a repeated name, and zips whose entries try to leave their directory.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { RecordingLogger } from '../../../src/engine/logger.ts'
import { downloadRunArtifacts } from '../../../src/action/github/run-artifacts.ts'
import { isShardArtifact, shardArtifactName } from '../../../src/action/shard-artifacts.ts'
import { startGitHubServer, type RunArtifact } from '../../../__fixtures__/github-server.ts'

const zip = (files: Record<string, string>): Buffer =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))))

test('shard artifact names are unique per leg and recognised by the report', () => {
  assert.equal(shardArtifactName('chaos-journals', { index: 2, total: 3 }), 'chaos-journals-2-of-3')
  assert.equal(shardArtifactName('chaos-journals', undefined), 'chaos-journals')
  assert.equal(shardArtifactName('', { index: 1, total: 2 }), '')
  assert.ok(isShardArtifact('chaos-journals-2-of-3', 'chaos-journals'))
  for (const name of [
    'chaos-journals',
    'chaos-journals-4-of-3',
    'chaos-journals-x-2-of-3',
    'other-1-of-3'
  ]) {
    assert.ok(!isShardArtifact(name, 'chaos-journals'), name)
  }
})

test('lists every page, downloads the newest of each shard, keeps entries inside', async () => {
  const at = '2026-12-03T10:00:00Z'
  const artifacts: RunArtifact[] = [
    // More than one page of 100: the shards come last.
    ...Array.from({ length: 120 }, (_, i) => ({
      id: 100 + i,
      name: `noise-${i}`,
      zip: zip({ 'x.txt': 'x' }),
      createdAt: at
    })),
    { id: 300, name: 'chaos-journals-1-of-2', zip: zip({ 'summary.json': 'old' }), createdAt: at },
    {
      id: 301,
      name: 'chaos-journals-1-of-2',
      zip: zip({ 'summary.json': '{"new":true}', 'sub/journal.json': '{}' }),
      createdAt: at
    },
    {
      id: 302,
      name: 'chaos-journals-2-of-2',
      zip: zip({ '../escaped.txt': 'out', 'summary.json': '{}' }),
      createdAt: at
    }
  ]
  const github = await startGitHubServer({ runArtifacts: () => artifacts })
  try {
    const into = join(await mkdtemp(join(tmpdir(), 'run-artifacts-')), 'shards')
    const logger = new RecordingLogger()
    const fetched = await downloadRunArtifacts({
      token: 'ghs_test',
      apiUrl: github.url,
      owner: 'octocat',
      repo: 'Hello-World',
      runId: 4242,
      select: (name) => isShardArtifact(name, 'chaos-journals'),
      into,
      logger
    })
    assert.deepEqual(github.violations, [])
    assert.deepEqual(github.responseViolations, [])
    assert.deepEqual(
      fetched.map((f) => [f.name, f.problem]),
      [
        ['chaos-journals-1-of-2', undefined],
        ['chaos-journals-2-of-2', undefined]
      ]
    )
    const pages = github.requests.filter(
      (r) => r.operationId === 'actions/list-workflow-run-artifacts'
    )
    assert.equal(pages.length, 2, 'both pages of 100 listed')
    const downloads = github.requests.filter((r) => r.operationId === 'actions/download-artifact')
    assert.deepEqual(
      downloads.map((r) => r.url.match(/artifacts\/(\d+)\//)?.[1]),
      ['301', '302'],
      'only the shards, the newest of a repeated name'
    )
    const first = join(into, 'chaos-journals-1-of-2')
    assert.equal(await readFile(join(first, 'summary.json'), 'utf8'), '{"new":true}')
    assert.ok(existsSync(join(first, 'sub', 'journal.json')))
    assert.ok(!existsSync(join(into, 'escaped.txt')), 'no entry leaves its directory')
    assert.ok(existsSync(join(into, 'chaos-journals-2-of-2', 'summary.json')))
    assert.ok(logger.lines.some((m) => /points outside its directory/.test(m.message)))
  } finally {
    await github.close()
  }
})

test('a listing that fails (a 404 here, a 403 without actions: read) is logged, not thrown', async () => {
  const github = await startGitHubServer({ runArtifacts: () => [] })
  try {
    const logger = new RecordingLogger()
    const fetched = await downloadRunArtifacts({
      token: 'ghs_test',
      apiUrl: `${github.url}/nowhere`,
      owner: 'octocat',
      repo: 'Hello-World',
      runId: 4242,
      select: () => true,
      into: await mkdtemp(join(tmpdir(), 'run-artifacts-')),
      logger
    })
    assert.deepEqual(fetched, [])
    assert.ok(logger.lines.some((m) => /Could not list the artifacts of run 4242/.test(m.message)))
  } finally {
    await github.close()
  }
})
