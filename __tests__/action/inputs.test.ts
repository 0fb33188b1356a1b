// getInputs() over INPUT_* variables as the runner sets them (hyphens kept), starting from the
// defaults in action.yml; selectShard's split.
import { afterEach, beforeEach, test } from 'node:test'
import assert from 'node:assert/strict'
import { getInputs, parseShard } from '../../src/action/inputs.ts'
import { selectShard } from '../../src/session/select.ts'
import { UsageError } from '../../src/engine/errors.ts'
import { DEFAULT_REGRESSION_TOLERANCE } from '../../src/engine/policy.ts'
import { actionDefaults } from '../../__fixtures__/action-runner.ts'

const saved = { ...process.env }
const defaults = await actionDefaults()

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) {
    process.env[`INPUT_${name.toUpperCase()}`] = value
  }
}

// core.setSecret and core.debug print workflow commands on stdout; keep the test output readable.
let write: typeof process.stdout.write
beforeEach(() => {
  write = process.stdout.write
  process.stdout.write = (() => true) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = write
  process.env = { ...saved }
})

void test('the action.yml defaults parse to the documented behaviour', () => {
  setInputs({})
  const inputs = getInputs()
  assert.deepEqual(inputs.experiments, ['experiments/'])
  assert.equal(inputs.cluster, 'auto')
  assert.equal(inputs.failOn, 'not-passed')
  assert.equal(inputs.comment, 'auto')
  assert.equal(inputs.rollbackStrategy, undefined)
  assert.equal(inputs.hypothesisStrategy, undefined)
  assert.equal(inputs.checkRuns, false)
  assert.equal(inputs.timeoutMinutes, 0)
  assert.equal(inputs.dryRun, null)
  assert.equal(inputs.shard, undefined)
  assert.equal(inputs.journalDir, 'chaos-journals')
  assert.equal(inputs.artifactName, 'chaos-journals')
  assert.deepEqual(inputs.vars, {})
  assert.match(inputs.githubToken, /^ghs_/)
  assert.equal(inputs.baseline, 'auto')
  assert.deepEqual(inputs.regressionTolerance, DEFAULT_REGRESSION_TOLERANCE)
})

void test('multiline and typed inputs', () => {
  setInputs({
    experiments: 'experiments/\n# a comment\n\nmore/*.yaml\n!more/skip.yaml',
    vars: 'url=http://127.0.0.1:8080\nretries:int=3\nratio:float=0.5',
    'var-files': 'vars/ci.yaml\nvars/.env',
    'rollback-strategy': 'always',
    'hypothesis-strategy': 'continuously',
    'fail-on': 'deviated',
    comment: 'on-failure',
    'check-runs': 'true',
    'timeout-minutes': '2.5',
    'dry-run': 'probes',
    shard: '2/3',
    'junit-path': 'reports/chaos.xml'
  })
  const inputs = getInputs()
  assert.deepEqual(inputs.experiments, ['experiments/', 'more/*.yaml', '!more/skip.yaml'])
  assert.deepEqual(inputs.vars, { url: 'http://127.0.0.1:8080', retries: 3, ratio: 0.5 })
  assert.deepEqual(inputs.varFiles, ['vars/ci.yaml', 'vars/.env'])
  assert.equal(inputs.rollbackStrategy, 'always')
  assert.equal(inputs.hypothesisStrategy, 'continuously')
  assert.equal(inputs.failOn, 'deviated')
  assert.equal(inputs.comment, 'on-failure')
  assert.equal(inputs.checkRuns, true)
  assert.equal(inputs.timeoutMinutes, 2.5)
  assert.equal(inputs.dryRun, 'probes')
  assert.deepEqual(inputs.shard, { index: 2, total: 3 })
  assert.equal(inputs.junitPath, 'reports/chaos.xml')
})

void test('dry-run: true means every activity is dry', () => {
  setInputs({ 'dry-run': 'true' })
  assert.equal(getInputs().dryRun, 'activities')
})

const bad: [string, string, RegExp][] = [
  ['fail-on', 'sometimes', /not-passed, deviated, regression, never/],
  ['regression-tolerance', '10 percent', /parts like 10%, 5ms/],
  ['comment', 'yes', /auto, always, on-failure, never/],
  ['cluster', 'minikube', /auto, kind, existing, kwok, none/],
  ['rollback-strategy', 'sometimes', /default, always, never, deviated/],
  ['hypothesis-strategy', 'weekly', /before-method-only/],
  ['check-runs', 'maybe', /true, false/],
  ['timeout-minutes', '-1', /minutes >= 0/],
  ['timeout-minutes', '5m', /minutes >= 0/],
  ['dry-run', 'everything', /probes, actions, activities, pause/],
  ['shard', '0/3', /1 <= i <= n/],
  ['shard', '4/3', /1 <= i <= n/],
  ['shard', 'first', /1 <= i <= n/],
  ['vars', 'no-equals-sign', /key=value/],
  ['vars', 'n:int=three', /key=value/],
  ['experiments', '', /one or more paths/],
  ['journal-dir', '', /non-empty/]
]
for (const [name, value, allowed] of bad) {
  void test(`a bad ${name} (${JSON.stringify(value)}) is refused, naming the input and what is allowed`, () => {
    setInputs({ [name]: value })
    assert.throws(
      () => getInputs(),
      (error: unknown) => {
        assert.ok(error instanceof UsageError)
        assert.match(error.message, new RegExp(`input '${name}'`))
        assert.match(error.message, allowed)
        return true
      }
    )
  })
}

void test('parseShard accepts spaces and rejects n = 0', () => {
  assert.deepEqual(parseShard('1 / 2'), { index: 1, total: 2 })
  assert.equal(parseShard(''), undefined)
  assert.throws(() => parseShard('1/0'), /shard/)
})

void test('shards partition the sorted files, whatever order they come in', () => {
  const files = ['e.yaml', 'a.yaml', 'd/x.json', 'b.yaml', 'c.yml', 'a.yaml']
  const shards = [1, 2, 3].map((index) => selectShard(files, { index, total: 3 }))
  assert.deepEqual(shards, [['a.yaml', 'd/x.json'], ['b.yaml', 'e.yaml'], ['c.yml']])
  assert.deepEqual(selectShard([...files].reverse(), { index: 2, total: 3 }), shards[1])
  assert.deepEqual(shards.flat().sort(), [...new Set(files)].sort())
  assert.deepEqual(selectShard(files, { index: 3, total: 8 }), ['c.yml'])
  assert.deepEqual(selectShard(files, { index: 7, total: 8 }), [])
  // Without a shard the files keep the order they were given in, each once.
  assert.deepEqual(selectShard(files, undefined), [
    'e.yaml',
    'a.yaml',
    'd/x.json',
    'b.yaml',
    'c.yml'
  ])
})

void test('mode and the shard artifact name: run by default, a shard names its own artifact', () => {
  setInputs({})
  assert.equal(getInputs().mode, 'run')
  assert.equal(getInputs().artifactName, 'chaos-journals')
  setInputs({ shard: '2/3' })
  assert.equal(getInputs().artifactName, 'chaos-journals-2-of-3')
  setInputs({ shard: '2/3', 'artifact-name': '' })
  assert.equal(getInputs().artifactName, '', 'an empty name still disables the upload')
  setInputs({ mode: 'report' })
  assert.equal(getInputs().mode, 'report')
  setInputs({ mode: 'merge' })
  assert.throws(() => getInputs(), UsageError)
  setInputs({ mode: 'report', shard: '1/3' })
  assert.throws(() => getInputs(), /input 'shard' is set with 'mode: report'/)
})
