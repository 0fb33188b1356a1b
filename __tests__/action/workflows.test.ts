// action.yml and the workflows, validated with GitHub's own parser (@actions/workflow-parser), and
// the README table generator.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { Inputs, Outputs } from '../../src/action/constants.ts'
import { renderReadme } from '../../scripts/update-readme.ts'
import { ROOT } from '../../__fixtures__/action-runner.ts'
import { actions, parseWorkflowFile, wp } from '../../__fixtures__/workflow-parser.ts'

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

interface RawStep {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  if?: string
}
interface RawWorkflow {
  jobs: Record<string, { steps: RawStep[] }>
}

void test('action.yml is a valid node24 action with a post step that always runs', () => {
  const parsed = actions.parseAction(
    { name: 'action.yml', content: read('action.yml') },
    new wp.NoOperationTraceWriter()
  )
  assert.deepEqual(
    parsed.context.errors.getErrors().map((e) => e.message),
    []
  )
  assert.ok(parsed.value)
  const action = actions.convertActionTemplate(parsed.context, parsed.value)
  const runs = JSON.parse(JSON.stringify(action.runs)) as Record<string, string>
  // No post-if: the post step's default condition is always(), which cleanup needs.
  assert.deepEqual(runs, { using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
  assert.ok(action.branding, 'branding is set')

  const inputIds = (action.inputs ?? []).map((i) => i.id).sort()
  assert.deepEqual(inputIds, Object.values(Inputs).sort(), 'action.yml inputs = Inputs constants')
  const outputIds = (action.outputs ?? []).map((o) => o.id).sort()
  assert.deepEqual(outputIds, Object.values(Outputs).sort(), 'action.yml outputs = Outputs')
  for (const item of [...(action.inputs ?? []), ...(action.outputs ?? [])]) {
    assert.ok((item.description ?? '').length > 20, `${item.id} is described`)
  }
  // Defaults live in action.yml: every input has one (an empty string counts).
  const raw = parse(read('action.yml')) as { inputs: Record<string, { default?: unknown }> }
  for (const [name, input] of Object.entries(raw.inputs)) {
    assert.notEqual(input.default, undefined, `${name} has a default in action.yml`)
  }
  assert.equal(raw.inputs['github-token']?.default, '${{ github.token }}')
})

void test('the parser used here rejects a broken workflow (so the checks below can fail)', async () => {
  const broken = read('.github/workflows/ci.yml').replace('runs-on: ubuntu-latest', 'runs_on: x')
  const { errors } = await parseWorkflowFile('broken.yml', broken)
  assert.ok(errors.length > 0, 'a job without runs-on is an error')
})

void test('ci.yml: lint, typecheck, test and dist freshness', async () => {
  const content = read('.github/workflows/ci.yml')
  const { errors, template } = await parseWorkflowFile('ci.yml', content)
  assert.deepEqual(errors, [])
  assert.ok('pull_request' in (template.events ?? {}))
  assert.ok('push' in (template.events ?? {}))

  const raw = parse(content) as RawWorkflow
  const runs = Object.values(raw.jobs).flatMap((j) => j.steps.map((s) => s.run ?? ''))
  const has = (pattern: RegExp): boolean => runs.some((r) => pattern.test(r))
  assert.ok(has(/^npm ci$/m), 'installs with npm ci')
  assert.ok(has(/npm run lint/), 'lints')
  assert.ok(has(/npm run typecheck/), 'typechecks')
  assert.ok(has(/npm test/), 'tests')
  assert.ok(has(/npm run docs -- --check/), 'README tables are checked')
  // dist freshness: build, then the committed dist must not differ.
  const dist = Object.values(raw.jobs).find((j) =>
    j.steps.some((s) => /npm run build/.test(s.run ?? ''))
  )
  assert.ok(dist, 'a job builds dist/')
  const distRuns = dist.steps.map((s) => s.run ?? '')
  const build = distRuns.findIndex((r) => /npm run build/.test(r))
  const diff = distRuns.findIndex((r) => /git diff --exit-code.*dist\//.test(r))
  assert.ok(diff > build, 'git diff --exit-code dist/ runs after the build')
})

void test('e2e.yml: on pull_request, uses: ./ creates kind, installs Chaos Mesh, deploys, runs the k8s example', async () => {
  const content = read('.github/workflows/e2e.yml')
  const { errors, template } = await parseWorkflowFile('e2e.yml', content)
  assert.deepEqual(errors, [])
  assert.ok('pull_request' in (template.events ?? {}))

  const raw = parse(content) as RawWorkflow
  const steps = raw.jobs.kind?.steps ?? []
  const self = steps.findIndex((s) => s.uses === './')
  assert.ok(self >= 0, 'the action runs')
  const w = steps[self]?.with ?? {}
  assert.equal(w[Inputs.Cluster], 'kind', 'the action makes the kind cluster itself')
  assert.notEqual(String(w[Inputs.InstallChaosMesh] ?? 'false'), 'false', 'and installs Chaos Mesh')
  // Later steps reach the cluster through the KUBECONFIG a kept cluster exports.
  assert.equal(String(w[Inputs.KeepCluster]), 'true')
  assert.ok(steps.slice(self + 1).some((s) => /kubectl /.test(s.run ?? '')))

  const declared = new Set<string>(Object.values(Inputs))
  for (const [name, job] of Object.entries(raw.jobs)) {
    const at = job.steps.findIndex((s) => s.uses === './')
    if (at < 0) continue
    const given = job.steps[at]?.with ?? {}
    // The paths it names exist in the repository (a renamed example must not break e2e unnoticed).
    for (const key of [Inputs.Deploy, Inputs.Experiments]) {
      const paths = String(given[key] ?? '')
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean)
      assert.ok(paths.length > 0, `${name}: e2e's ${key} is set`)
      for (const path of paths)
        assert.ok(existsSync(join(ROOT, path)), `${name}: e2e's ${key} '${path}' exists`)
    }
    // Every `with:` key given to the action must be one of its inputs.
    for (const key of Object.keys(given)) {
      assert.ok(
        declared.has(key),
        `${name}: e2e passes '${key}', which action.yml does not declare`
      )
    }
    // The output checks must run even when the chaos step fails.
    const after = job.steps.slice(at + 1)
    assert.ok(after.length > 0 && after.every((s) => /always\(\)/.test(s.if ?? '')), name)
  }
  // A Chaos Mesh fault users feel: the delay example the later step runs exists.
  const delay = steps.slice(self + 1).find((s) => /users-feel-network-delay/.test(s.run ?? ''))
  assert.ok(delay, 'e2e runs the Chaos Mesh delay example through a Service URL')
  assert.ok(existsSync(join(ROOT, 'examples/k8s/users-feel-network-delay.yaml')))
})

void test('update-readme regenerates the tables between the markers and --check catches drift', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'readme-'))
  const readme = join(dir, 'README.md')
  const original = [
    '# chaos-action',
    '',
    '## Inputs',
    '',
    '<!-- start inputs -->',
    'stale',
    '<!-- end inputs -->',
    '',
    '## Outputs',
    '',
    '<!-- start outputs -->',
    '<!-- end outputs -->',
    '',
    'Footer stays.',
    ''
  ].join('\n')
  await writeFile(readme, original)
  const script = join(ROOT, 'scripts', 'update-readme.ts')
  const node = join(ROOT, 'node_modules', '.bin', 'node')
  const run = promisify(execFile)

  // Stale: --check fails and leaves the file alone.
  await assert.rejects(
    run(node, [script, '--check', '--readme', readme]),
    (e: { code?: number }) => {
      assert.equal(e.code, 1)
      return true
    }
  )
  assert.equal(await readFile(readme, 'utf8'), original)

  await run(node, [script, '--readme', readme])
  const updated = await readFile(readme, 'utf8')
  assert.equal(updated, renderReadme(original, read('action.yml')))
  for (const name of Object.values(Inputs))
    assert.match(updated, new RegExp(`\\| \`${name}\` +\\|`))
  for (const name of Object.values(Outputs))
    assert.match(updated, new RegExp(`\\| \`${name}\` +\\|`))
  assert.doesNotMatch(updated, /stale/)
  assert.match(updated, /`\$\{\{ github\.token \}\}`/)
  assert.match(updated, /Footer stays\./)
  // Up to date now: --check passes, and a second run changes nothing.
  await run(node, [script, '--check', '--readme', readme])
  assert.equal(renderReadme(updated, read('action.yml')), updated)

  assert.throws(() => renderReadme('# no markers\n', read('action.yml')), /start inputs/)
})
