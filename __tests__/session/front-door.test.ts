// The CLI's front door over the shared executor: the cluster decision (none skips, auto never
// makes a cluster from the CLI), selection (globs, ! excludes, --only, an empty shard),
// validate --json and list. Real CLI processes, real experiment files.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { writeFakeKind } from '../cluster/fake-kind.ts'
import { runCli } from '../helpers/cli.ts'

interface JsonResult {
  file: string
  title: string
  verdict: string
}

const processExperiment = (title: string): string =>
  [
    `title: ${title}`,
    'description: d',
    'steady-state-hypothesis:',
    '  title: fine',
    '  probes:',
    '    - {type: probe, name: ok, tolerance: 0, provider: {type: process, path: "true"}}',
    'method:',
    '  - {type: action, name: act, provider: {type: process, path: "true"}}',
    ''
  ].join('\n')

const kubernetesExperiment = [
  'title: kill a web pod',
  'description: d',
  'method:',
  '  - type: action',
  '    name: kill',
  '    provider:',
  '      type: python',
  '      module: chaosk8s.pod.actions',
  '      func: terminate_pods',
  '      arguments: {label_selector: app=web, ns: shop}',
  ''
].join('\n')

let dir: string
let kindLog: string
let env: Record<string, string | undefined>

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chaos-front-door-'))
  await mkdir(join(dir, 'exp', 'k8s'), { recursive: true })
  await writeFile(join(dir, 'exp', 'a.yaml'), processExperiment('exp a'))
  await writeFile(join(dir, 'exp', 'b.yaml'), processExperiment('exp b'))
  await writeFile(join(dir, 'exp', 'k8s', 'kill.yaml'), kubernetesExperiment)
  // A kind on PATH that only logs: any attempt to make a cluster shows in the log.
  const bin = join(dir, 'bin')
  await mkdir(bin)
  await writeFakeKind(bin)
  kindLog = join(dir, 'kind-calls.log')
  env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    FAKE_KIND_LOG: kindLog,
    HOME: dir,
    KUBECONFIG: join(dir, 'no-such-kubeconfig'),
    KUBERNETES_SERVICE_HOST: undefined
  }
})
after(() => rm(dir, { recursive: true, force: true }))

const cli = (args: string[]) => runCli(args, { cwd: dir, env, timeoutMs: 90_000 })
const results = (stdout: string): JsonResult[] => JSON.parse(stdout) as JsonResult[]

describe('CLI front door', () => {
  it('--cluster none skips the Kubernetes experiments with the reason; the rest run', async () => {
    const r = await cli(['run', 'exp/', '--cluster', 'none', '--json', '--journal-dir', 'j1'])
    assert.equal(r.code, 0, r.stderr)
    const byFile = Object.fromEntries(results(r.stdout).map((x) => [x.file, x.verdict]))
    assert.deepEqual(byFile, {
      'exp/a.yaml': 'passed',
      'exp/b.yaml': 'passed',
      'exp/k8s/kill.yaml': 'skipped'
    })
    assert.match(
      r.stderr,
      /exp\/k8s\/kill\.yaml: Skipped: it uses Kubernetes and --cluster is none/
    )
    assert.equal(existsSync(join(dir, 'j1', 'exp__k8s__kill.journal.json')), false)
    assert.equal(existsSync(kindLog), false)
  })

  it('auto with no reachable cluster never makes one: skipped, naming --cluster kind', async () => {
    const r = await cli(['run', 'exp/', '--json', '--journal-dir', 'j2'])
    assert.equal(r.code, 0, r.stderr)
    const k8s = results(r.stdout).find((x) => x.file === 'exp/k8s/kill.yaml')
    assert.equal(k8s?.verdict, 'skipped')
    assert.match(r.stderr, /no cluster is reachable .*set --cluster to kind to create one/)
    assert.equal(existsSync(kindLog), false, 'kind was never called')
  })

  it('the examples directory runs without any cluster and without kind', async () => {
    // A dry run that skips every activity needs no cluster: the Kubernetes examples run dry.
    const dry = await runCli(
      ['run', 'examples/', '--dry', 'activities', '--json', '--journal-dir', join(dir, 'j3')],
      { env, timeoutMs: 90_000 }
    )
    const k8s = results(dry.stdout).filter((x) => x.file.startsWith('examples/k8s/'))
    assert.ok(k8s.length > 0, dry.stderr)
    assert.ok(
      k8s.every((x) => x.verdict !== 'skipped'),
      dry.stdout
    )
    // Listing them says which need a cluster; none of it touches kind.
    const listed = await runCli(['list', 'examples/', '--json'], { env })
    const rows = JSON.parse(listed.stdout) as { file: string; kubernetes: boolean }[]
    assert.deepEqual(
      rows.filter((x) => x.kubernetes).map((x) => x.file),
      k8s.map((x) => x.file)
    )
    assert.equal(existsSync(kindLog), false, 'kind was never called')
  })

  it('globs, ! excludes and --only select; each --only must match', async () => {
    const r = await cli([
      'run',
      'exp/*.yaml',
      'exp/k8s/',
      '!exp/k8s/**',
      '--json',
      '--journal-dir',
      'j4'
    ])
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(
      results(r.stdout).map((x) => x.file),
      ['exp/a.yaml', 'exp/b.yaml']
    )
    const only = await cli(['run', 'exp/', '--only', 'exp b', '--json', '--journal-dir', 'j5'])
    assert.equal(only.code, 0, only.stderr)
    assert.deepEqual(
      results(only.stdout).map((x) => x.title),
      ['exp b']
    )
    const typo = await cli(['run', 'exp/', '--only', 'exp z', '--journal-dir', 'j6'])
    assert.equal(typo.code, 2)
    assert.match(typo.stderr, /"exp z" matched no selected experiment/)
    const none = await cli(['run', 'exp/no-*.yaml', '--journal-dir', 'j7'])
    assert.equal(none.code, 2)
    assert.match(none.stderr, /'exp\/no-\*\.yaml' matched no experiment file/)
  })

  it('an empty shard is not a failure: exit 0, nothing run', async () => {
    const r = await cli([
      'run',
      'exp/a.yaml',
      'exp/b.yaml',
      '--shard',
      '3/3',
      '--json',
      '--journal-dir',
      'j8'
    ])
    assert.equal(r.code, 0, r.stderr)
    assert.deepEqual(results(r.stdout), [])
    assert.match(r.stderr, /shard 3\/3: 0 of 2 experiment files/)
  })

  it('--fail-on never turns a deviation into exit 0; the default fails it', async () => {
    await writeFile(
      join(dir, 'exp-bad.yaml'),
      processExperiment('bad').replace('path: "true"}}', 'path: "false"}}')
    )
    const strict = await cli(['run', 'exp-bad.yaml', '--journal-dir', 'j9'])
    assert.equal(strict.code, 1, strict.stderr)
    const lenient = await cli(['run', 'exp-bad.yaml', '--fail-on', 'never', '--journal-dir', 'j9'])
    assert.equal(lenient.code, 0, lenient.stderr)
  })

  it('validate --json lists the problems with file and line (exit 2), or the valid files', async () => {
    await writeFile(
      join(dir, 'broken.yaml'),
      'title: t\ndescription: d\nmethod:\n  - {type: nope}\n'
    )
    const bad = await cli(['validate', 'broken.yaml', '--json'])
    assert.equal(bad.code, 2)
    const report = JSON.parse(bad.stdout) as {
      valid: boolean
      problems: { file: string; line: number; message: string }[]
    }
    assert.equal(report.valid, false)
    assert.ok(report.problems.length > 0)
    assert.equal(report.problems[0]?.file, 'broken.yaml')
    assert.equal(report.problems[0]?.line, 4)
    const good = await cli(['validate', 'exp/', '--json'])
    assert.equal(good.code, 0, good.stderr)
    const ok = JSON.parse(good.stdout) as { valid: boolean; experiments: { file: string }[] }
    assert.equal(ok.valid, true)
    assert.equal(ok.experiments.length, 3)
  })

  it('list shows the selected experiments with the providers they need', async () => {
    const r = await cli(['list', 'exp/', '--json'])
    assert.equal(r.code, 0, r.stderr)
    const rows = JSON.parse(r.stdout) as {
      file: string
      providers: string[]
      kubernetes: boolean
    }[]
    assert.deepEqual(
      rows.map((x) => [x.file, x.providers, x.kubernetes]),
      [
        ['exp/a.yaml', ['process'], false],
        ['exp/b.yaml', ['process'], false],
        ['exp/k8s/kill.yaml', ['python:chaosk8s.pod.actions'], true]
      ]
    )
    const text = await cli(['list', 'exp/'])
    assert.match(
      text.stdout,
      /exp\/k8s\/kill\.yaml\tkill a web pod\n {2}providers: python:chaosk8s\.pod\.actions \(needs a Kubernetes cluster\)/
    )
  })
})
