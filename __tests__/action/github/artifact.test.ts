import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RecordingLogger } from '../../../src/engine/logger.ts'
import {
  artifactUrl,
  safeArtifactName,
  uploadRunArtifact
} from '../../../src/action/github/artifact.ts'
import { startArtifactServer } from '../../../__fixtures__/artifact-server.ts'

// The variables a runner gives a JavaScript action, pointed at the local results service.
async function withRunnerEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = new Map(Object.keys(env).map((k) => [k, process.env[k]]))
  Object.assign(process.env, env)
  try {
    return await fn()
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k]
      else process.env[k] = v
    }
  }
}

async function journalsDir(): Promise<{ dir: string; files: Record<string, Buffer> }> {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-artifact-'))
  const files: Record<string, Buffer> = {
    'journals/health-check.journal.json': Buffer.from(
      JSON.stringify(
        { status: 'completed', deviated: false, run: [], title: 'Health — ünïcode ✓' },
        null,
        2
      )
    ),
    'journals/nested/latency.journal.json': Buffer.from(
      JSON.stringify({ status: 'failed', deviated: true })
    ),
    'chaos-summary.json': Buffer.from(
      JSON.stringify({ passed: 1, total: 2, verdicts: ['passed', 'deviated'] })
    ),
    // Incompressible bytes, so the zip is not trivially small.
    'journals/blob.bin': createHash('sha512').update('seed').digest()
  }
  for (const [path, data] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), data)
  }
  return { dir, files }
}

void test('uploads journals and the summary; the zip read back holds the same bytes', async (t) => {
  const server = await startArtifactServer()
  t.after(() => server.close())
  const { dir, files } = await journalsDir()
  t.after(() => rm(dir, { recursive: true, force: true }))
  const logger = new RecordingLogger()

  const uploaded = await withRunnerEnv(
    {
      ...server.env,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'octocat/Hello-World',
      GITHUB_RUN_ID: '1658821493'
    },
    () =>
      uploadRunArtifact({
        name: 'chaos-results',
        rootDirectory: dir,
        files: Object.keys(files),
        logger,
        retentionDays: 3
      })
  )

  assert.deepEqual(server.violations, [])
  assert.equal(server.artifacts.length, 1)
  const stored = server.artifacts[0]!
  assert.equal(stored.finalized, true)
  assert.equal(uploaded.id, stored.id)
  assert.equal(uploaded.size, stored.blob?.length)
  assert.equal(
    uploaded.url,
    `https://github.com/octocat/Hello-World/actions/runs/1658821493/artifacts/${stored.id}`
  )
  assert.equal(stored.hash, `sha256:${createHash('sha256').update(stored.blob!).digest('hex')}`)
  assert.equal(stored.mimeType, 'application/zip')
  // Retention becomes an expiry about three days out.
  const days = (Date.parse(stored.expiresAt ?? '') - Date.now()) / 86_400_000
  assert.ok(days > 2.9 && days < 3.1, `expiresAt ${stored.expiresAt}`)
  assert.deepEqual(
    server.calls.filter((c) => !c.startsWith('Put')),
    ['CreateArtifact', 'FinalizeArtifact']
  )
  assert.ok(server.calls.includes('PutBlockList'), server.calls.join(' '))

  const unzipped = server.files('chaos-results')
  assert.deepEqual([...unzipped.keys()].sort(), Object.keys(files).sort())
  for (const [path, data] of Object.entries(files)) {
    assert.ok(unzipped.get(path)?.equals(data), `${path} differs after the round trip`)
  }
  assert.deepEqual(JSON.parse(unzipped.get('chaos-summary.json')!.toString('utf8')), {
    passed: 1,
    total: 2,
    verdicts: ['passed', 'deviated']
  })
  assert.equal(logger.lines.filter((l) => l.level === 'warning').length, 0, logger.text())
})

void test('missing files are left out with a warning; bad artifact names are made safe', async (t) => {
  const server = await startArtifactServer()
  t.after(() => server.close())
  const { dir } = await journalsDir()
  t.after(() => rm(dir, { recursive: true, force: true }))
  const logger = new RecordingLogger()

  const uploaded = await withRunnerEnv(server.env, () =>
    uploadRunArtifact({
      name: 'chaos: results/ci',
      rootDirectory: dir,
      files: [join(dir, 'chaos-summary.json'), 'journals/missing.json'],
      logger
    })
  )
  assert.deepEqual(server.violations, [])
  assert.equal(server.artifacts[0]?.name, 'chaos- results-ci')
  assert.equal(typeof uploaded.id, 'number')
  assert.deepEqual([...server.files('chaos- results-ci').keys()], ['chaos-summary.json'])
  assert.equal(
    server.files('chaos- results-ci').get('chaos-summary.json')?.toString('utf8'),
    await readFile(join(dir, 'chaos-summary.json'), 'utf8')
  )
  assert.match(logger.text(), /warning: Artifact: journals\/missing\.json does not exist/)
})

void test('outside a runner (no runtime token) it warns and uploads nothing', async () => {
  const logger = new RecordingLogger()
  const result = await withRunnerEnv({ ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' }, () =>
    uploadRunArtifact({ name: 'x', rootDirectory: tmpdir(), files: [], logger })
  )
  assert.deepEqual(result, {})
  assert.match(logger.text(), /warning: Artifact upload skipped: ACTIONS_RUNTIME_TOKEN/)
})

void test('a second upload under the same name is refused by the service and reported, not thrown', async (t) => {
  const server = await startArtifactServer()
  t.after(() => server.close())
  const { dir } = await journalsDir()
  t.after(() => rm(dir, { recursive: true, force: true }))
  const logger = new RecordingLogger()
  const upload = () =>
    withRunnerEnv(server.env, () =>
      uploadRunArtifact({ name: 'dup', rootDirectory: dir, files: ['chaos-summary.json'], logger })
    )
  assert.equal(typeof (await upload()).id, 'number')
  assert.deepEqual(await upload(), {})
  assert.match(logger.text(), /warning: Artifact upload failed: .*CreateArtifact/)
  assert.equal(server.artifacts.length, 1)
})

void test('artifact names and URLs', () => {
  assert.equal(safeArtifactName('a/b\\c:d*e?f|g<h>i"j'), 'a-b-c-d-e-f-g-h-i-j')
  assert.equal(
    artifactUrl(7, { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' }),
    'https://github.com/o/r/actions/runs/9/artifacts/7'
  )
  assert.equal(
    artifactUrl(7, {
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_RUN_ID: '9',
      GITHUB_SERVER_URL: 'https://ghe.example.com/'
    }),
    'https://ghe.example.com/o/r/actions/runs/9/artifacts/7'
  )
  assert.equal(artifactUrl(7, {}), undefined)
})
