// The published package: `npm pack` of this checkout installed into an empty directory with no
// registry (the tarball must carry everything the CLI needs), run the way a user runs it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { NODE, ROOT } from '../../__fixtures__/action-runner.ts'
import { REQUIRED_NODE_MAJOR, unsupportedNodeMessage } from '../../src/node-version.ts'

const run = promisify(execFile)
let dir: string
let tarball: string

/** PATH with Node 24 (the devDependency's) first, as on a user's machine with Node 24. */
const node24Path = `${dirname(NODE)}${delimiter}${process.env.PATH ?? ''}`

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/ is built (npm run build)')
  dir = await mkdtemp(join(tmpdir(), 'chaos-pack-'))
  const packed = await run('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024
  })
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[]
  assert.ok(info)
  tarball = join(dir, info.filename)
  const project = join(dir, 'user-project')
  await run('mkdir', ['-p', project])
  await writeFile(join(project, 'package.json'), '{"name":"user-project","private":true}\n')
  // --offline: the package declares no dependencies, so installing it needs no registry at all.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], {
    cwd: project,
    timeout: 120_000,
    env: { ...process.env, PATH: node24Path }
  })
})

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

void test('the package is publishable: no private flag, bin, engines, files, no runtime dependencies', async () => {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  assert.equal(pkg.private, undefined)
  assert.deepEqual(pkg.bin, { 'chaos-action': 'dist/cli.js' })
  assert.deepEqual(pkg.engines, { node: `>=${REQUIRED_NODE_MAJOR}` })
  // dist/ is one bundle: anything in "dependencies" would be downloaded for nothing.
  assert.equal(pkg.dependencies, undefined)
  assert.ok(Array.isArray(pkg.files) && pkg.files.includes('dist/'))
  const listed = await run('tar', ['-tzf', tarball])
  const files = listed.stdout.split('\n')
  for (const f of [
    'package/dist/cli.js',
    'package/LICENSE',
    'package/README.md',
    'package/CHANGELOG.md'
  ])
    assert.ok(files.includes(f), `${f} is in the package`)
  assert.ok(!files.some((f) => f.startsWith('package/src/') || f.startsWith('package/__tests__/')))
})

void test('npx chaos-action --help runs from an empty directory after installing the tarball', async () => {
  const project = join(dir, 'user-project')
  const help = await run('npx', ['--no-install', 'chaos-action', '--help'], {
    cwd: project,
    timeout: 60_000,
    env: { ...process.env, PATH: node24Path, npm_config_offline: 'true' }
  })
  assert.match(help.stdout, /usage: chaos-action <command>/)
  const version = await run('npx', ['--no-install', 'chaos-action', '--version'], {
    cwd: project,
    timeout: 60_000,
    env: { ...process.env, PATH: node24Path }
  })
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  assert.match(version.stdout, new RegExp(pkg.version.replaceAll('.', '\\.')))
})

void test('on a Node older than 24 the CLI says so in one line and exits 2', async (t) => {
  assert.equal(unsupportedNodeMessage('24.0.0'), undefined)
  assert.equal(unsupportedNodeMessage('25.1.0'), undefined)
  assert.match(
    unsupportedNodeMessage('20.11.1') ?? '',
    /needs Node\.js 24 or newer; this is Node\.js 20\.11\.1/
  )
  // The machine's own Node, when it is older (Debian's and this workplace's images ship 20).
  const system = ['/usr/bin/node', '/usr/local/bin/node'].find((p) => existsSync(p))
  const systemVersion = system
    ? (await run(system, ['-p', 'process.versions.node'])).stdout.trim()
    : undefined
  if (!system || !systemVersion || Number(systemVersion.split('.')[0]) >= REQUIRED_NODE_MAJOR) {
    t.skip('no Node older than 24 on this machine')
    return
  }
  const cli = join(dir, 'user-project', 'node_modules', 'chaos-action', 'dist', 'cli.js')
  const result = await run(system, [cli, '--help']).then(
    () => assert.fail('the CLI ran on an old Node'),
    (e: { code?: number; stdout?: string; stderr?: string }) => e
  )
  assert.equal(result.code, 2)
  assert.equal(result.stdout, '')
  const lines = (result.stderr ?? '').trimEnd().split('\n')
  assert.equal(lines.length, 1, `one line, got:\n${result.stderr}`)
  assert.match(
    lines[0] ?? '',
    new RegExp(`needs Node\\.js 24 or newer; this is Node\\.js ${systemVersion}`)
  )
})
