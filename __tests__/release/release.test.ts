// The release story: LICENSE, CHANGELOG, the release workflow (GitHub's parser and actionlint, built
// from its Go module by scripts/setup-actionlint.sh) and the script that turns a tag into notes.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { ROOT } from '../../__fixtures__/action-runner.ts'
import { parseWorkflowFile } from '../../__fixtures__/workflow-parser.ts'
import {
  ReleaseCheckError,
  changelogSection,
  majorTag,
  releaseNotes
} from '../../scripts/release-notes.ts'

const run = promisify(execFile)
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

const CHANGELOG = `# Changelog

## [Unreleased]

### Added
- next thing

## [1.2.0] - 2026-11-30

### Fixed
- the 1.2.0 fix

## [1.1.0] - 2026-10-01

### Added
- older
`

void test('LICENSE is MIT, as package.json and the README say', () => {
  assert.match(read('LICENSE'), /^MIT License\n/)
  assert.equal((JSON.parse(read('package.json')) as { license: string }).license, 'MIT')
  assert.match(read('README.md'), /## License\s+\[MIT\]\(LICENSE\)/)
})

void test('CHANGELOG follows Keep a Changelog and has the current version', () => {
  const changelog = read('CHANGELOG.md')
  assert.match(changelog, /^## \[Unreleased\]$/m)
  const version = (JSON.parse(read('package.json')) as { version: string }).version
  assert.ok(changelogSection(changelog, version).length > 0)
  // Every release heading is `## [X.Y.Z] - YYYY-MM-DD`.
  for (const heading of changelog.match(/^## .*$/gm) ?? []) {
    assert.match(heading, /^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/)
  }
})

void test('release notes: the section of the tag, only when tag, package.json and changelog agree', () => {
  const pkg = (version: string): string => JSON.stringify({ version })
  assert.equal(releaseNotes('v1.2.0', pkg('1.2.0'), CHANGELOG), '### Fixed\n- the 1.2.0 fix')
  assert.throws(
    () => releaseNotes('v1.2.0', pkg('1.1.0'), CHANGELOG),
    /does not match package\.json version "1\.1\.0"/
  )
  assert.throws(() => releaseNotes('v1.3.0', pkg('1.3.0'), CHANGELOG), /no '## \[1\.3\.0\]/)
  assert.throws(() => releaseNotes('1.2.0', pkg('1.2.0'), CHANGELOG), ReleaseCheckError)
  assert.throws(
    () => releaseNotes('v1.2.0-rc.1', pkg('1.2.0-rc.1'), CHANGELOG),
    /not a release tag/
  )
  // A dot in the version is not a wildcard: 1x2x0 must not match [1.2.0].
  assert.throws(
    () => changelogSection('## [1x2x0] - 2026-01-01\n- a\n', '1.2.0'),
    /no '## \[1\.2\.0\]/
  )
  assert.throws(
    () => changelogSection('## [1.2.0] - 2026-01-01\n\n## [1.1.0]\n- a\n', '1.2.0'),
    /is empty/
  )
  assert.equal(majorTag('v1.4.2'), 'v1')
  assert.equal(majorTag('v12.0.0'), 'v12')
})

void test('release.yml: on vX.Y.Z tags, verifies, releases from the changelog, moves vX, publishes with provenance', async () => {
  const content = read('.github/workflows/release.yml')
  const { errors, template } = await parseWorkflowFile('release.yml', content)
  assert.deepEqual(errors, [])
  assert.ok('push' in (template.events ?? {}))
  interface Job {
    needs?: string | string[]
    permissions?: Record<string, string>
    steps: { run?: string; uses?: string }[]
  }
  const raw = parse(content) as {
    on: { push: { tags: string[]; branches?: unknown } }
    permissions: Record<string, string>
    jobs: Record<string, Job>
  }
  assert.deepEqual(raw.on.push.tags, ['v[0-9]+.[0-9]+.[0-9]+'])
  assert.equal(raw.on.push.branches, undefined)
  assert.deepEqual(raw.permissions, { contents: 'read' }, 'least privilege by default')
  const runs = (job: Job): string => job.steps.map((s) => s.run ?? '').join('\n')
  const jobs = Object.entries(raw.jobs)
  const verify = jobs.find(([, j]) => /git diff --exit-code --stat dist\//.test(runs(j)))
  assert.ok(verify, 'a job checks dist/ is fresh')
  assert.match(runs(verify[1]), /npm test/)
  assert.match(runs(verify[1]), /scripts\/release-notes\.ts "\$TAG"/)
  for (const [name, job] of jobs) {
    if (job === verify[1]) continue
    assert.deepEqual([job.needs].flat(), [verify[0]], `${name} runs only after the checks pass`)
  }
  const release = jobs.find(([, j]) => /gh release create/.test(runs(j)))?.[1]
  assert.ok(release)
  assert.equal(release.permissions?.contents, 'write')
  assert.match(runs(release), /--notes-file release-notes\.md/)
  assert.match(runs(release), /git push --force origin "refs\/tags\/\$major"/)
  const publish = jobs.find(([, j]) => /npm publish/.test(runs(j)))?.[1]
  assert.ok(publish)
  assert.equal(publish.permissions?.['id-token'], 'write', 'provenance needs an OIDC token')
  assert.match(runs(publish), /npm publish --provenance/)
  // Untrusted ref names never reach a shell through ${{ }}: they go through env.
  for (const [, job] of jobs) assert.doesNotMatch(runs(job), /\$\{\{/)
})

void test('actionlint finds nothing in any workflow', async () => {
  const { stdout } = await run('bash', [join(ROOT, 'scripts', 'setup-actionlint.sh')], {
    timeout: 900_000
  })
  const actionlint = stdout.trim()
  const dir = join(ROOT, '.github', 'workflows')
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
  assert.ok(files.includes('release.yml'))
  const result = await run(actionlint, ['-no-color', ...files.map((f) => join(dir, f))], {
    cwd: ROOT,
    timeout: 120_000
  }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({
      code: e.code,
      out: `${e.stdout ?? ''}${e.stderr ?? ''}`
    })
  )
  assert.equal(result.code, 0, result.out)
  // It can fail: a workflow whose job needs a job that does not exist is reported.
  const brokenDir = await mkdtemp(join(tmpdir(), 'actionlint-'))
  const broken = join(brokenDir, 'broken.yml')
  await writeFile(
    broken,
    'on: push\njobs:\n  a:\n    needs: nope\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n'
  )
  const bad = await run(actionlint, ['-no-color', broken], { timeout: 60_000 }).then(
    () => ({ code: 0, out: '' }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code, out: e.stdout ?? '' })
  )
  await rm(brokenDir, { recursive: true, force: true })
  assert.equal(bad.code, 1)
  assert.match(bad.out, /nope/)
})
