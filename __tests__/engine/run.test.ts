import assert from 'node:assert/strict'
import { existsSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { runExperiment } from '../../src/engine/run.ts'
import type { RunOptions } from '../../src/engine/run.ts'
import type { Journal } from '../../src/engine/types.ts'
import { CHAOSLIB_COMPAT_VERSION } from '../../src/version.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import type { Provider, TrackedResource } from '../../src/engine/provider.ts'
import { action, http, loaded, probe, tempDir } from '../helpers/experiments.ts'

const registry = createDefaultRegistry({ python: false })
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/
const run = (
  experiment: Record<string, unknown>,
  options: Partial<RunOptions> = {}
): Promise<Journal> => runExperiment(loaded(experiment), { registry, ...options })

const ok = probe('ok', 'exit 0', 0)
const miss = probe('miss', 'exit 1', 0)
// A probe whose process outlives its provider timeout: it raises ActivityFailed.
const raises = probe('raises', 'sleep 5', 0, { timeout: 0.2 })
const rollback = action('undo', 'echo undone')

describe('runExperiment: journal shape', () => {
  it('writes chaostoolkit keys in order, ISO timestamps, tolerance_met only on hypothesis probes', async () => {
    const j = await run({
      title: 'hello ${who}',
      configuration: { who: 'world' },
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [action('say', 'echo hi'), probe('look', 'echo look')],
      rollbacks: [rollback]
    })
    assert.deepEqual(Object.keys(j), [
      'chaoslib-version',
      'platform',
      'node',
      'experiment',
      'start',
      'status',
      'deviated',
      'steady_states',
      'run',
      'rollbacks',
      'end',
      'duration'
    ])
    assert.equal(j['chaoslib-version'], CHAOSLIB_COMPAT_VERSION)
    assert.equal(j.experiment.title, 'hello world')
    assert.equal(j.experiment.dry, null)
    assert.equal(Object.keys(j.experiment).at(-1), 'dry')
    assert.match(j.start, ISO)
    assert.match(j.end, ISO)
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, false)
    assert.deepEqual(j.steady_states.during, [])
    const first = j.run[0]!
    assert.deepEqual(Object.keys(first), [
      'activity',
      'output',
      'start',
      'status',
      'end',
      'duration'
    ])
    assert.deepEqual(first.output, { status: 0, stdout: 'hi\n', stderr: '' })
    assert.equal(first.activity.name, 'say')
    assert.match(first.start, ISO)
    assert.ok(typeof first.duration === 'number' && first.duration >= 0)
    assert.equal('tolerance_met' in j.run[1]!, false, 'method probes have no tolerance_met')
    const p = j.steady_states.before!.probes[0]!
    assert.deepEqual(Object.keys(p), [
      'activity',
      'output',
      'start',
      'status',
      'end',
      'duration',
      'tolerance_met'
    ])
    assert.equal(p.tolerance_met, true)
    assert.equal(j.steady_states.after!.steady_state_met, true)
    assert.deepEqual(
      j.rollbacks.map((r) => r.output),
      [{ status: 0, stdout: 'undone\n', stderr: '' }]
    )
  })

  it("records an ActivityFailed as a failed entry whose exception ends with chaostoolkit's line", async () => {
    const j = await run({ method: [action('slow', 'sleep 5', { timeout: 0.2 })] })
    const entry = j.run[0]!
    assert.equal(entry.status, 'failed')
    assert.equal(entry.output, null)
    assert.ok(Array.isArray(entry.exception))
    assert.equal(
      entry.exception!.at(-1),
      'chaoslib.exceptions.ActivityFailed: process activity took too long to complete\n'
    )
    assert.deepEqual(Object.keys(entry), [
      'activity',
      'output',
      'start',
      'status',
      'exception',
      'end',
      'duration'
    ])
  })
})

describe('runExperiment: status and deviation (chaostoolkit §3.3)', () => {
  it('all OK: completed, not deviated, rollbacks played', async () => {
    const j = await run({
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [action('a', 'true')],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, false)
    assert.equal(j.rollbacks.length, 1)
  })

  it('hypothesis before not met: completed, method and after skipped, rollbacks played', async () => {
    const j = await run({
      'steady-state-hypothesis': { title: 'h', probes: [ok, miss, ok] },
      method: [action('a', 'true')],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, false)
    assert.equal(j.steady_states.before!.steady_state_met, false)
    assert.equal(j.steady_states.before!.probes.length, 2, 'stops at the first miss')
    assert.equal(j.steady_states.before!.probes[1]!.tolerance_met, false)
    assert.equal(j.steady_states.after, null)
    assert.deepEqual(j.run, [])
    assert.equal(j.rollbacks.length, 1)
  })

  it('hypothesis before probe raised: failed, rollbacks not played', async () => {
    const j = await run({
      'steady-state-hypothesis': { title: 'h', probes: [raises] },
      method: [action('a', 'true')],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'failed')
    assert.equal(j.steady_states.before!.probes[0]!.tolerance_met, false)
    assert.deepEqual(j.run, [])
    assert.deepEqual(j.rollbacks, [])
  })

  it('method action raised ActivityFailed: completed, rest of the method runs, rollbacks played', async () => {
    const j = await run({
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [action('slow', 'sleep 5', { timeout: 0.2 }), action('next', 'true')],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'completed')
    assert.deepEqual(
      j.run.map((r) => r.status),
      ['failed', 'succeeded']
    )
    assert.equal(j.steady_states.after!.steady_state_met, true)
    assert.equal(j.rollbacks.length, 1)
  })

  it('method activity raised something else (bad path): aborted, after skipped, rollbacks played', async () => {
    const j = await run({
      'steady-state-hypothesis': { title: 'h', probes: [ok] },
      method: [
        { type: 'action', name: 'bad', provider: { type: 'process', path: 'no-such-binary-xyz' } },
        action('never', 'true')
      ],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'aborted')
    assert.equal(j.steady_states.after, null)
    assert.deepEqual(
      j.run.map((r) => r.activity.name),
      ['bad']
    )
    // As chaostoolkit: the entry is kept, with neither status nor exception.
    assert.deepEqual(Object.keys(j.run[0]!), ['activity', 'output', 'start', 'end', 'duration'])
    assert.equal(j.rollbacks.length, 1)
  })

  it('method ref that does not exist: aborted', async () => {
    const j = await run({ method: [{ ref: 'nowhere' }], rollbacks: [rollback] })
    assert.equal(j.status, 'aborted')
    assert.equal(j.rollbacks.length, 1)
  })

  it('hypothesis after not met: completed and deviated, rollbacks played', async () => {
    const dir = tempDir()
    const marker = join(dir, 'broken')
    const j = await run({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('healthy', `test ! -f ${marker}`, 0)]
      },
      method: [action('break', `touch ${marker}`)],
      rollbacks: [action('repair', `rm -f ${marker}`)]
    })
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, true)
    assert.equal(j.steady_states.after!.steady_state_met, false)
    assert.equal(j.rollbacks.length, 1)
    assert.equal(existsSync(marker), false)
    rmSync(dir, { recursive: true, force: true })
  })

  it('hypothesis after probe raised: failed and deviated, rollbacks not played', async () => {
    const dir = tempDir()
    const marker = join(dir, 'hang')
    const j = await run({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('p', `if [ -f ${marker} ]; then sleep 5; fi`, 0, { timeout: 0.3 })]
      },
      method: [action('hang', `touch ${marker}`)],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'failed')
    assert.equal(j.deviated, true)
    assert.deepEqual(j.rollbacks, [])
    rmSync(dir, { recursive: true, force: true })
  })

  it('a tolerance chaostoolkit cannot evaluate (regex on a dict) aborts with a journal', async () => {
    const j = await run({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('p', 'echo x', { type: 'regex', pattern: 'x' })]
      },
      method: [action('a', 'true')],
      rollbacks: [rollback]
    })
    assert.equal(j.status, 'aborted')
    assert.deepEqual(j.run, [])
    assert.equal(j.rollbacks.length, 1, 'the default strategy plays rollbacks on aborted')
  })
})

describe('runExperiment: rollback strategies', () => {
  const ssh = { title: 'h', probes: [ok] }
  const failing = { title: 'h', probes: [raises] }
  const cases: [string, Record<string, unknown>, string, number][] = [
    ['default on completed', ssh, 'default', 1],
    ['default on failed', failing, 'default', 0],
    ['always on failed', failing, 'always', 1],
    ['never on completed', ssh, 'never', 0],
    ['deviated on completed, not deviated', ssh, 'deviated', 0]
  ]
  for (const [label, hypothesis, strategy, count] of cases) {
    it(`${label}: ${count} rollback(s)`, async () => {
      const j = await run(
        {
          'steady-state-hypothesis': hypothesis,
          method: [action('a', 'true')],
          rollbacks: [rollback]
        },
        { rollbackStrategy: strategy as RunOptions['rollbackStrategy'] }
      )
      assert.equal(j.rollbacks.length, count)
    })
  }

  it('deviated plays rollbacks when the experiment deviated, and the runtime block is overridden by options', async () => {
    const dir = tempDir()
    const marker = join(dir, 'm')
    const exp = {
      runtime: { rollbacks: { strategy: 'never' } },
      'steady-state-hypothesis': { title: 'h', probes: [probe('p', `test ! -f ${marker}`, 0)] },
      method: [action('break', `touch ${marker}`)],
      rollbacks: [action('repair', `rm -f ${marker}`)]
    }
    const fromRuntime = await run(exp)
    assert.equal(fromRuntime.rollbacks.length, 0, 'runtime never')
    rmSync(marker, { force: true })
    const overridden = await run(exp, { rollbackStrategy: 'deviated' })
    assert.equal(overridden.deviated, true)
    assert.equal(overridden.rollbacks.length, 1)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('runExperiment: hypothesis strategies', () => {
  const exp = {
    'steady-state-hypothesis': { title: 'h', probes: [ok] },
    method: [action('a', 'sleep 0.5')]
  }
  const phases = (j: Journal) => [
    j.steady_states.before !== null,
    j.steady_states.during.length > 0,
    j.steady_states.after !== null
  ]
  const table: [string, boolean[]][] = [
    ['default', [true, false, true]],
    ['before-method-only', [true, false, false]],
    ['after-method-only', [false, false, true]],
    ['during-method-only', [false, true, false]],
    ['continuously', [true, true, true]],
    ['skip', [false, false, false]]
  ]
  for (const [strategy, expected] of table) {
    it(`${strategy}: before/during/after = ${expected.join('/')}`, async () => {
      const j = await run(exp, {
        hypothesisStrategy: strategy as RunOptions['hypothesisStrategy'],
        hypothesisFrequency: 0.1
      })
      assert.deepEqual(phases(j), expected)
      assert.equal(j.status, 'completed')
    })
  }

  it('continuous loop repeats every `frequency` seconds while the method runs', async () => {
    const j = await run(exp, { hypothesisStrategy: 'continuously', hypothesisFrequency: 0.1 })
    assert.ok(
      j.steady_states.during.length >= 2 && j.steady_states.during.length <= 8,
      `${j.steady_states.during.length} iterations`
    )
    assert.ok(j.steady_states.during.every((s) => s.steady_state_met))
  })

  it('reads the strategy, frequency and fail_fast from the runtime block', async () => {
    const j = await run({
      ...exp,
      runtime: { hypothesis: { strategy: 'during-method-only', frequency: 0.1 } }
    })
    assert.deepEqual(phases(j), [false, true, false])
  })

  it('during-method-only deviation without fail-fast: completed and not deviated (recorded in during only)', async () => {
    const dir = tempDir()
    const marker = join(dir, 'm')
    const j = await run(
      {
        'steady-state-hypothesis': { title: 'h', probes: [probe('p', `test ! -f ${marker}`, 0)] },
        method: [
          action('break', `touch ${marker}`),
          action('wait', 'sleep 0.5'),
          action('repair', `rm -f ${marker}`)
        ]
      },
      { hypothesisStrategy: 'during-method-only', hypothesisFrequency: 0.1 }
    )
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, false)
    assert.ok(j.steady_states.during.some((s) => !s.steady_state_met))
    assert.equal(j.run.length, 3)
    rmSync(dir, { recursive: true, force: true })
  })

  it('continuous + fail-fast: the method stops after the current activity; the after hypothesis sets completed + deviated', async () => {
    const dir = tempDir()
    const marker = join(dir, 'm')
    const j = await run(
      {
        'steady-state-hypothesis': { title: 'h', probes: [probe('p', `test ! -f ${marker}`, 0)] },
        method: [
          action('break', `touch ${marker}`),
          action('wait', 'sleep 0.8'),
          action('skipped', 'true')
        ],
        rollbacks: [action('repair', `rm -f ${marker}`)]
      },
      { hypothesisStrategy: 'continuously', hypothesisFrequency: 0.1, failFast: true }
    )
    assert.deepEqual(
      j.run.map((r) => r.activity.name),
      ['break', 'wait']
    )
    assert.equal(j.steady_states.during.at(-1)!.steady_state_met, false)
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, true)
    assert.equal(j.rollbacks.length, 1)
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('runExperiment: dry modes', () => {
  const make = (dir: string) => ({
    'steady-state-hypothesis': {
      title: 'h',
      probes: [probe('p', `touch ${dir}/probe-ran; exit 1`, 0)]
    },
    method: [action('act', `touch ${dir}/action-ran`, { pauses: { before: 0.7, after: 0.7 } })]
  })
  const timed = async (dry: RunOptions['dry']) => {
    const dir = tempDir()
    const logger = new RecordingLogger()
    const t0 = performance.now()
    const j = await run(make(dir), { dry, logger })
    const took = performance.now() - t0
    // Whether pauses were taken is read from the log, not from a clock a busy machine slows.
    const pauses = logger.lines.filter((l) => l.message.startsWith('Pausing')).length
    const ran = {
      probe: existsSync(join(dir, 'probe-ran')),
      action: existsSync(join(dir, 'action-ran'))
    }
    rmSync(dir, { recursive: true, force: true })
    return { j, took, ran, pauses }
  }

  it('probes: probes not run (output null, succeeded, tolerance met), actions run with pauses', async () => {
    const { j, took, ran } = await timed('probes')
    assert.deepEqual(ran, { probe: false, action: true })
    const p = j.steady_states.before!.probes[0]!
    assert.equal(p.output, null)
    assert.equal(p.status, 'succeeded')
    assert.equal(p.tolerance_met, true)
    assert.equal(j.experiment.dry, 'probes')
    assert.ok(took >= 1350, `pauses kept for actions (${took} ms)`)
  })

  it('actions: actions not run, probes run and checked', async () => {
    const { j, ran } = await timed('actions')
    assert.deepEqual(ran, { probe: true, action: false })
    assert.equal(j.steady_states.before!.steady_state_met, false)
  })

  it('activities: nothing runs, no pauses', async () => {
    const { j, ran, pauses } = await timed('activities')
    assert.deepEqual(ran, { probe: false, action: false })
    assert.equal(j.run.length, 1)
    assert.equal(j.run[0]!.output, null)
    assert.equal(pauses, 0)
  })

  it('pause: everything runs, pauses skipped', async () => {
    const { j, ran, pauses } = await timed('pause')
    assert.deepEqual(
      ran,
      { probe: true, action: false },
      'the before hypothesis missed, so the method was skipped'
    )
    assert.equal(j.status, 'completed')
    assert.equal(pauses, 0)
    const dir = tempDir()
    const logger = new RecordingLogger()
    const j2 = await run(
      { method: [action('act', `touch ${dir}/x`, { pauses: { before: 1, after: 1 } })] },
      { dry: 'pause', logger }
    )
    assert.equal(logger.lines.filter((l) => l.message.startsWith('Pausing')).length, 0)
    assert.equal(existsSync(join(dir, 'x')), true)
    assert.equal(j2.run[0]!.status, 'succeeded')
    rmSync(dir, { recursive: true, force: true })
  })
})

describe('runExperiment: background activities, refs, pauses', () => {
  it('runs background activities concurrently, keeps declaration order, waits for them', async () => {
    const j = await run({
      method: [
        action('bg', 'sleep 1; echo bg', { background: true }),
        action('fg', 'sleep 1; echo fg')
      ]
    })
    assert.deepEqual(
      j.run.map((r) => r.activity.name),
      ['bg', 'fg']
    )
    assert.deepEqual(
      j.run.map((r) => (r.output as { stdout: string }).stdout),
      ['bg\n', 'fg\n']
    )
    // Concurrent: the foreground one started before the background one (a 1 s sleep) ended.
    const at = (iso: string | undefined) => Date.parse(iso!.replace('+00:00', 'Z'))
    assert.ok(at(j.run[1]!.start) < at(j.run[0]!.end), 'fg started while bg still ran')
    assert.ok(
      Date.parse(j.end.replace('+00:00', 'Z')) >= Date.parse(j.run[0]!.end!.replace('+00:00', 'Z'))
    )
  })

  it('resolves refs to method and hypothesis activities; a hypothesis ref uses its own tolerance', async () => {
    const j = await run({
      'steady-state-hypothesis': {
        title: 'h',
        probes: [probe('shared', 'echo 7', 0), { ref: 'shared', tolerance: 1 }]
      },
      method: [{ ref: 'shared' }],
      rollbacks: [{ ref: 'shared' }]
    })
    const before = j.steady_states.before!
    assert.equal(before.probes.length, 2)
    assert.equal(before.probes[1]!.activity.name, 'shared')
    assert.equal(
      before.probes[1]!.tolerance_met,
      false,
      'tolerance 1 from the ref entry, not 0 from the target'
    )
    assert.equal(j.status, 'completed')
  })

  it('pauses before and after; the after pause is not part of the duration; ${var} pauses', async () => {
    const j = await run({
      configuration: { wait: 0.3 },
      method: [action('a', 'true', { pauses: { before: '${wait}', after: 1 } })]
    })
    // Lower bounds only (a busy machine lengthens, never shortens): the before pause lies between
    // the run's start and the activity's, the after pause after the activity's end.
    const at = (iso: string | undefined) => Date.parse(iso!.replace('+00:00', 'Z'))
    const activity = j.run[0]!
    assert.ok(at(activity.start) - at(j.start) >= 290, 'the ${wait} before pause')
    assert.ok(at(j.end) - at(activity.end) >= 990, 'the after pause is outside the duration')
  })

  it('substitutes configuration into process arguments and http urls', async () => {
    const server = createServer((req, res) => res.end(req.url))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as AddressInfo).port
    try {
      const j = await run({
        configuration: { base: `http://127.0.0.1:${port}`, word: 'there' },
        method: [action('a', 'echo hi ${word}'), http('probe', 'h', '${base}/x')]
      })
      assert.equal((j.run[0]!.output as { stdout: string }).stdout, 'hi there\n')
      assert.equal((j.run[1]!.output as { body: string }).body, '/x')
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })
})

describe('runExperiment: dynamic configuration and probe tolerances', () => {
  it('replaces a {type: probe} configuration value by the stripped stdout of its process', async () => {
    const j = await run({
      configuration: {
        zone: {
          type: 'probe',
          name: 'zone',
          provider: { type: 'process', path: 'echo', arguments: 'eu-west-1' }
        },
        broken: {
          type: 'probe',
          name: 'b',
          provider: { type: 'process', path: 'sh', arguments: ['-c', 'exit 2'] }
        }
      },
      method: [action('a', "echo '${zone}|${broken}'")]
    })
    assert.equal((j.run[0]!.output as { stdout: string }).stdout, 'eu-west-1|${broken}\n')
  })

  it('evaluates a probe tolerance through the provider registry with the output as `value`', async () => {
    const seen: unknown[] = []
    const reg = createDefaultRegistry({
      python: false,
      nativeModules: {
        'checks.health': {
          stdout_says: {
            params: [{ name: 'value' }, { name: 'word' }],
            async run(args) {
              seen.push(args.value)
              return String((args.value as { stdout: string }).stdout).includes(String(args.word))
            }
          }
        }
      }
    })
    const tolerance = (word: string) => ({
      type: 'probe',
      name: 'says',
      provider: {
        type: 'python',
        module: 'checks.health',
        func: 'stdout_says',
        arguments: { word }
      }
    })
    const exp = (word: string) =>
      loaded({
        'steady-state-hypothesis': {
          title: 'h',
          probes: [probe('p', 'echo ready', tolerance(word))]
        }
      })
    const yes = await runExperiment(exp('ready'), { registry: reg })
    assert.equal(yes.steady_states.before!.steady_state_met, true)
    assert.deepEqual(seen[0], { status: 0, stdout: 'ready\n', stderr: '' })
    const no = await runExperiment(exp('down'), { registry: reg })
    assert.equal(no.steady_states.before!.steady_state_met, false)
    assert.equal(no.status, 'completed')
  })
})

describe('runExperiment: http against a real service', () => {
  let healthy = true
  let base = ''
  const server = createServer((req, res) => {
    if (req.url === '/break' && req.method === 'POST') healthy = false
    if (req.url === '/repair' && req.method === 'POST') healthy = true
    if (req.url === '/slow') return void setTimeout(() => res.end('late'), 2000).unref()
    res.writeHead(healthy ? 200 : 503, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ healthy }))
  })
  before(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    await registry.close()
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })

  it('deviates when the service stops answering 200, then the rollback repairs it', async () => {
    healthy = true
    const j = await run({
      'steady-state-hypothesis': {
        title: 'up',
        probes: [http('probe', 'health', `${base}/health`, { tolerance: 200, timeout: 2 })]
      },
      method: [http('action', 'break', `${base}/break`, { method: 'POST' })],
      rollbacks: [http('action', 'repair', `${base}/repair`, { method: 'POST' })]
    })
    assert.equal(j.status, 'completed')
    assert.equal(j.deviated, true)
    assert.equal((j.steady_states.after!.probes[0]!.output as { status: number }).status, 503)
    assert.deepEqual((j.steady_states.after!.probes[0]!.output as { body: unknown }).body, {
      healthy: false
    })
    assert.equal(healthy, true, 'the rollback ran')
  })

  it('an http provider timeout in the method is a failed activity, the run completes', async () => {
    const j = await run({ method: [http('probe', 'slow', `${base}/slow`, { timeout: 0.3 })] })
    assert.equal(j.status, 'completed')
    assert.equal(
      j.run[0]!.exception!.at(-1),
      'chaoslib.exceptions.ActivityFailed: activity took too long to complete\n'
    )
  })
})

describe('runExperiment: secrets, resources, interrupts', () => {
  it('masks secret values everywhere in the journal and hands them to the logger', async () => {
    const logger = new RecordingLogger()
    process.env.CHAOS_TEST_TOKEN = 'env-secret-value-42'
    try {
      const j = await run(
        {
          secrets: {
            api: { token: 'inline-secret-123', other: { type: 'env', key: 'CHAOS_TEST_TOKEN' } }
          },
          'steady-state-hypothesis': {
            title: 'h',
            probes: [probe('p', 'echo ${token} ${other}', 0)]
          },
          method: [
            action('leak', 'echo ${token}; echo ${other} >&2; exit 0'),
            action('fail', 'sleep 3; echo ${token}', { timeout: 0.1 })
          ]
        },
        { logger }
      )
      const text = JSON.stringify(j)
      assert.ok(!text.includes('inline-secret-123'), 'inline secret masked')
      assert.ok(!text.includes('env-secret-value-42'), 'env secret masked')
      assert.equal((j.run[0]!.output as { stdout: string }).stdout, '***\n')
      assert.equal((j.run[0]!.output as { stderr: string }).stderr, '***\n')
      assert.equal(
        (j.experiment.secrets as Record<string, Record<string, unknown>>).api!.token,
        '***'
      )
      assert.equal(logger.masker.mask('x inline-secret-123 y'), 'x *** y')
    } finally {
      delete process.env.CHAOS_TEST_TOKEN
    }
  })

  it('undoes resources still tracked after the rollbacks and reports the list each time it changes', async () => {
    const undone: string[] = []
    const tracking: Provider = {
      type: 'tracking',
      async run(spec, ctx) {
        const name = String(spec.name)
        const stop = ctx.resources.track({
          provider: 'tracking',
          kind: 'fault',
          description: name,
          data: { name },
          async undo() {
            undone.push(name)
          }
        })
        if (spec.selfUndo) stop()
        return name
      }
    }
    const reg = createDefaultRegistry({ python: false, providers: [tracking] })
    const lists: string[][] = []
    const j = await runExperiment(
      loaded({
        method: [
          { type: 'action', name: 'a', provider: { type: 'tracking', name: 'kept' } },
          {
            type: 'action',
            name: 'b',
            provider: { type: 'tracking', name: 'self', selfUndo: true }
          }
        ]
      }),
      {
        registry: reg,
        onResourcesChanged: (list: readonly TrackedResource[]) =>
          lists.push(list.map((r) => r.description))
      }
    )
    assert.equal(j.status, 'completed')
    assert.deepEqual(undone, ['kept'])
    assert.deepEqual(lists, [['kept'], ['kept', 'self'], ['kept'], []])
  })

  it('interrupt (our difference): the method stops, in-flight processes die, status interrupted, rollbacks run', async () => {
    const controller = new AbortController()
    const t0 = performance.now()
    setTimeout(() => controller.abort(), 300)
    const j = await run(
      {
        'steady-state-hypothesis': { title: 'h', probes: [ok] },
        method: [action('long', 'sleep 30'), action('never', 'true')],
        rollbacks: [rollback]
      },
      { signal: controller.signal }
    )
    assert.ok(performance.now() - t0 < 3000)
    assert.equal(j.status, 'interrupted')
    assert.deepEqual(
      j.run.map((r) => r.activity.name),
      ['long']
    )
    assert.equal(j.run[0]!.status, 'failed')
    assert.equal(j.steady_states.after, null)
    assert.equal(j.rollbacks.length, 1, 'rollbacks run on interrupt with the default strategy')
    assert.equal(j.rollbacks[0]!.status, 'succeeded')
  })

  it('interrupt with strategy never, or rollbackOnInterrupt false: no rollbacks', async () => {
    for (const options of [
      { rollbackStrategy: 'never' as const },
      { rollbackOnInterrupt: false }
    ]) {
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 200)
      const j = await run(
        { method: [action('long', 'sleep 30')], rollbacks: [rollback] },
        { signal: controller.signal, ...options }
      )
      assert.equal(j.status, 'interrupted')
      assert.deepEqual(j.rollbacks, [])
    }
  })

  it('rollbacks after an interrupt get a budget; the hard signal stops them at once', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    const t0 = performance.now()
    const j = await run(
      {
        method: [action('long', 'sleep 30')],
        rollbacks: [action('slow-undo', 'sleep 30'), action('after', 'true')]
      },
      { signal: controller.signal, interruptRollbackBudgetMs: 500 }
    )
    assert.ok(performance.now() - t0 < 3000)
    assert.equal(j.status, 'interrupted')
    assert.equal(j.rollbacks[0]!.status, 'failed')
    assert.equal(
      j.rollbacks.length,
      1,
      'remaining rollbacks are not started once the budget is spent'
    )

    const soft = new AbortController()
    const hard = new AbortController()
    setTimeout(() => soft.abort(), 100)
    setTimeout(() => hard.abort(), 300)
    const t1 = performance.now()
    const j2 = await run(
      { method: [action('long', 'sleep 30')], rollbacks: [action('slow-undo', 'sleep 30')] },
      { signal: soft.signal, hardSignal: hard.signal }
    )
    assert.ok(performance.now() - t1 < 2500)
    assert.equal(j2.status, 'interrupted')
  })
})
