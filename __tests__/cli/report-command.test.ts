// `chaos-action report <dirs...>`: three real shards run by the CLI (`run --shard i/3`) against a
// loopback service, then merged: one result set, merged JUnit and markdown, the policy's exit
// status; a missing shard is said loudly and fails, whatever --fail-on says.
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { XMLParser } from 'fast-xml-parser'
import {
  experimentYaml,
  startTargetService,
  type TargetService
} from '../../__fixtures__/action-runner.ts'
import { runCli } from '../helpers/cli.ts'

let target: TargetService
let dir: string
const shardDirs: string[] = []

interface MergedJson {
  verdict: string
  overall: string
  shards?: { total: number; merged: number[]; missing: number[] }
  experiments: { title: string; verdict: string; journal: string | null }[]
}

before(async () => {
  target = await startTargetService()
  dir = await mkdtemp(join(tmpdir(), 'chaos-report-'))
  await mkdir(join(dir, 'experiments'))
  for (const name of ['alpha', 'bravo', 'charlie']) {
    await writeFile(
      join(dir, 'experiments', `${name}.yaml`),
      experimentYaml(target, { title: `Holds ${name}` })
    )
  }
  // Shards one after another: the machine is shared, and the order does not matter to the merge.
  for (const i of [1, 2, 3]) {
    const journals = join(dir, `shard-${i}`)
    const r = await runCli(['run', 'experiments', '--shard', `${i}/3`, '--journal-dir', journals], {
      cwd: dir
    })
    assert.equal(r.code, 0, r.stderr)
    shardDirs.push(journals)
  }
})
after(() => target.close())

test('three shards merge into one result set, one JUnit and one markdown report', async () => {
  const junit = join(dir, 'merged', 'junit.xml')
  const report = join(dir, 'merged', 'report.md')
  const r = await runCli(['report', ...shardDirs, '--json', '--junit', junit, '--report', report], {
    cwd: dir
  })
  assert.equal(r.code, 0, r.stderr)
  const merged = JSON.parse(r.stdout) as MergedJson
  assert.equal(merged.verdict, 'passed')
  assert.deepEqual(merged.shards, { total: 3, merged: [1, 2, 3], missing: [] })
  assert.deepEqual(merged.experiments.map((e) => e.title).sort(), [
    'Holds alpha',
    'Holds bravo',
    'Holds charlie'
  ])
  // Each journal is found inside its shard's directory.
  for (const e of merged.experiments) {
    assert.ok(e.journal && shardDirs.some((d) => e.journal!.startsWith(d)), String(e.journal))
    assert.equal(
      (JSON.parse(await readFile(e.journal!, 'utf8')) as { status: string }).status,
      'completed'
    )
  }
  const xml = new XMLParser({ ignoreAttributes: false }).parse(await readFile(junit, 'utf8')) as {
    testsuites: { '@_tests': string }
  }
  assert.equal(xml.testsuites['@_tests'], '3')
  const md = await readFile(report, 'utf8')
  for (const name of ['alpha', 'bravo', 'charlie']) assert.match(md, new RegExp(`Holds ${name}`))
  assert.doesNotMatch(r.stderr, /MISSING/)
})

test('a missing shard is said loudly and fails, even with --fail-on never', async () => {
  const r = await runCli(['report', shardDirs[0]!, shardDirs[2]!, '--json', '--fail-on', 'never'], {
    cwd: dir
  })
  assert.equal(r.code, 1, r.stderr)
  assert.match(r.stderr, /MISSING: shard 2\/3 is missing/)
  const merged = JSON.parse(r.stdout) as MergedJson
  assert.equal(merged.verdict, 'not-passed')
  assert.deepEqual(merged.shards, { total: 3, merged: [1, 3], missing: [2] })
  const missing = merged.experiments.find((e) => e.title === 'Missing shard 2/3')
  assert.equal(missing?.verdict, 'failed')
})

test('a directory without summary.json is a missing shard; no directory is a usage error', async () => {
  const empty = join(dir, 'chaos-journals-2-of-3')
  await mkdir(empty, { recursive: true })
  const r = await runCli(['report', shardDirs[0]!, empty, shardDirs[2]!, '--json'], { cwd: dir })
  assert.equal(r.code, 1, r.stderr)
  assert.match(r.stderr, /MISSING: shard 2\/3: no readable summary\.json in chaos-journals-2-of-3/)
  const merged = JSON.parse(r.stdout) as MergedJson
  assert.deepEqual(merged.shards?.missing, [2])
  assert.equal(merged.experiments.filter((e) => e.verdict === 'failed').length, 1)

  const none = await runCli(['report'], { cwd: dir })
  assert.equal(none.code, 2)
  assert.match(none.stderr, /report: no shard directory given/)
  // Run-only flags are not report flags.
  const bad = await runCli(['report', shardDirs[0]!, '--shard', '1/2'], { cwd: dir })
  assert.equal(bad.code, 2)
  assert.match(bad.stderr, /unknown option --shard/)
})

test('the merged verdict follows --fail-on: a deviating result fails by default, not with never', async () => {
  const plain = join(dir, 'plain')
  await writeFile(
    join(dir, 'deviates.yaml'),
    experimentYaml(target, { title: 'Breaks under fault', methodPath: '/fault/on' })
  )
  const run = await runCli(['run', 'deviates.yaml', '--journal-dir', plain, '--fail-on', 'never'], {
    cwd: dir
  })
  assert.equal(run.code, 0, run.stderr)
  // Not shards: merged as given, nothing is missing.
  const failing = await runCli(['report', plain, '--json'], { cwd: dir })
  assert.equal(failing.code, 1, failing.stderr)
  const merged = JSON.parse(failing.stdout) as MergedJson
  assert.equal(merged.overall, 'deviated')
  assert.deepEqual(
    merged.experiments.map((e) => [e.title, e.verdict]),
    [['Breaks under fault', 'deviated']]
  )
  assert.doesNotMatch(failing.stderr, /MISSING/)
  const never = await runCli(['report', plain, '--fail-on', 'never'], { cwd: dir })
  assert.equal(never.code, 0, never.stderr)
  assert.match(never.stdout, /Breaks under fault/)
})

test('the same shard twice is a mixed merge: said in the results and failed', async () => {
  const r = await runCli(['report', ...shardDirs, shardDirs[1]!, '--json'], { cwd: dir })
  assert.equal(r.code, 1, r.stderr)
  assert.match(r.stderr, /MISSING: shard 2\/3 appears twice: runs are mixed/)
  const merged = JSON.parse(r.stdout) as MergedJson
  assert.ok(merged.experiments.some((e) => e.title === 'Mixed shards'))
})
