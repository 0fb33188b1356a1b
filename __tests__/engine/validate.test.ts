import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { ExperimentValidationError, type ValidationIssue } from '../../src/engine/errors.ts'
import { findExperimentFiles, loadExperimentFile } from '../../src/engine/load.ts'
import {
  checkExperiment,
  experimentWarnings,
  loadAndCheck,
  loadAndValidate,
  validateExperiment,
  type ValidateOptions
} from '../../src/engine/validate.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { ProviderRegistry, type Provider } from '../../src/engine/provider.ts'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const valid = path.join(fixtures, 'valid')
const invalid = path.join(fixtures, 'invalid')

// The real built-in providers; python without an interpreter so nothing is spawned.
const registry = createDefaultRegistry({ python: false })
const options: ValidateOptions = { registry, env: {} }

type Row = [line: number | undefined, field: string, message: string]
const rows = (issues: readonly ValidationIssue[]): Row[] =>
  issues.map((i) => [i.location?.line, i.field, i.message])

async function issuesOf(file: string, opts: ValidateOptions = options): Promise<ValidationIssue[]> {
  const issues = await validateExperiment(await loadExperimentFile(file), opts)
  for (const issue of issues) {
    assert.equal(issue.location?.file, file, `no location for ${issue.field}`)
    assert.ok(issue.expected, `no expected for ${issue.field}: ${issue.message}`)
  }
  return issues
}

let tmp = ''
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'chaos-validate-'))
})
after(async () => {
  await rm(tmp, { recursive: true, force: true })
})

/** 1-based line of the nth line of `file` that contains `needle`. */
async function lineOf(file: string, needle: string, nth = 1): Promise<number> {
  const lines = (await readFile(file, 'utf8')).split('\n')
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i + 1] : []))
  const line = hits[nth - 1]
  assert.ok(line !== undefined, `${needle} #${nth} not in ${file}`)
  return line
}

async function experimentFile(name: string, experiment: unknown): Promise<string> {
  const file = path.join(tmp, name)
  await writeFile(file, JSON.stringify(experiment, null, 2))
  return file
}

const minimal = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 't',
  description: 'd',
  method: [],
  ...extra
})

describe('valid experiments', () => {
  it('every valid fixture passes, with warnings for what is accepted but ignored', async () => {
    const { experiments, warnings } = await loadAndCheck([valid], options)
    assert.deepEqual(
      experiments.map((e) => path.relative(valid, e.file)),
      [
        'every-tolerance.json',
        'hypothesis-only.json',
        'nested/anchors-and-warnings.yml',
        'simple.yaml'
      ]
    )
    assert.deepEqual(
      warnings.map((w) => [path.basename(w.location?.file ?? ''), w.location?.line, w.field]),
      [
        ['anchors-and-warnings.yml', 3, '/controls'],
        ['anchors-and-warnings.yml', 26, '/method/0/timeout'],
        ['anchors-and-warnings.yml', 27, '/method/0/configuration'],
        ['anchors-and-warnings.yml', 36, '/method/1/tolerance']
      ]
    )
    for (const file of await findExperimentFiles([valid])) {
      assert.deepEqual(await issuesOf(file), [], file)
    }
  })

  it('loadAndValidate hands warnings to onWarning and returns the experiments', async () => {
    const seen: string[] = []
    const loaded = await loadAndValidate([path.join(valid, 'nested')], {
      ...options,
      onWarning: (w) => seen.push(w.message)
    })
    assert.equal(loaded.length, 1)
    assert.equal(seen.length, 4)
    assert.match(seen[0] ?? '', /controls are Python-only/)
    assert.deepEqual(
      experimentWarnings(loaded[0]!).map((w) => w.message),
      seen
    )
  })
})

describe('invalid experiments', () => {
  it('reports every problem of a file at once, in chaostoolkit order, with lines', async () => {
    assert.deepEqual(rows(await issuesOf(path.join(invalid, 'many-problems.yaml'))), [
      [1, '/title', 'experiment requires a title'],
      [1, '/description', 'experiment requires a description'],
      [2, '/tags/1', 'experiment tags must be a non-empty string'],
      [
        6,
        '/configuration/host/key',
        'Configuration makes reference to an environment key that does not exist: CHAOS_ACTION_TEST_UNSET_HOST'
      ],
      [12, '/steady-state-hypothesis/probes/0/provider/url', 'a HTTP activity must have a URL'],
      [
        10,
        '/steady-state-hypothesis/probes/0/tolerance',
        'hypothesis probe must have a tolerance entry'
      ],
      [
        16,
        '/steady-state-hypothesis/probes/1/tolerance/pattern',
        'hypothesis regex probe tolerance must have a `pattern` key'
      ],
      [29, '/method/0/provider/type', "unknown provider type 'no-such-provider'"],
      [24, '/method/0/timeout', 'activity timeout must be a number'],
      [
        27,
        '/method/0/pauses/before',
        'activity before pause must be a number or a pattern to a variable from the configuration or secrets'
      ],
      [25, '/method/0/background', 'activity background must be a boolean'],
      [30, '/method/1', 'empty activity is no activity'],
      [31, '/method/2/type', "'experiment' is not a supported activity type"],
      [31, '/method/2/name', 'an activity must have a name'],
      [32, '/method/2/provider/path', 'a process activity must have a path'],
      [36, '/runtime/rollbacks/strategy', "unsupported value 'sometimes' for `strategy`"]
    ])
  })

  it('lists the registered provider types for an unknown one', async () => {
    const issues = await issuesOf(path.join(invalid, 'many-problems.yaml'))
    const unknown = issues.find((i) => i.field === '/method/0/provider/type')
    assert.equal(
      unknown?.expected,
      'one of the registered provider types: chaos-mesh, http, kubernetes, load, process, prometheus, proxy, python'
    )
  })

  it("uses chaostoolkit's texts for missing top-level fields", async () => {
    assert.deepEqual(rows(await issuesOf(path.join(invalid, 'missing-fields.json'))), [
      [1, '/title', 'experiment requires a title'],
      [1, '/description', 'experiment requires a description'],
      [
        1,
        '/method',
        'an experiment requires a method, which can be empty for only checking steady state hypothesis '
      ]
    ])
  })

  it('checks references against the method and the hypothesis', async () => {
    const issues = await issuesOf(path.join(invalid, 'bad-refs.json'))
    assert.deepEqual(rows(issues), [
      [
        13,
        '/steady-state-hypothesis/probes/1/ref',
        "referenced activity 'probe-two' could not be found in the experiment"
      ],
      [
        14,
        '/steady-state-hypothesis/probes/2/tolerance',
        'hypothesis probe must have a tolerance entry'
      ],
      [
        17,
        '/method/1/ref',
        "referenced activity 'no-such-activity' could not be found in the experiment"
      ],
      [17, '/method/2/ref', 'reference to activity must be non-empty strings'],
      [18, '/rollbacks/0/ref', "referenced activity 'undo-it' could not be found in the experiment"]
    ])
    assert.match(issues[2]?.expected ?? '', /'probe-one'/)
  })

  it('checks hypothesis tolerances with their own messages', async () => {
    const bad =
      'hypothesis probe tolerance must either be an integer, a string, a boolean or a pair of values for boundaries. ' +
      'It can also be a dictionary which is a probe activity definition that takes an argument called `value` with ' +
      'the value of the probe itself to be validated'
    const probes = '/steady-state-hypothesis/probes'
    assert.deepEqual(rows(await issuesOf(path.join(invalid, 'bad-tolerances.yaml'))), [
      [8, `${probes}/0/tolerance`, bad],
      [12, `${probes}/1/tolerance`, bad],
      [16, `${probes}/2/tolerance/type`, "hypothesis probe tolerance type 'glob' is unsupported"],
      [20, `${probes}/3/tolerance/range`, 'hypothesis range sequence must be made of two values'],
      [
        24,
        `${probes}/4/tolerance/path`,
        'hypothesis jsonpath probe tolerance must have a `path` key'
      ],
      [28, `${probes}/5/tolerance/provider`, 'an activity requires a provider'],
      [
        32,
        `${probes}/6/tolerance/provider/arguments`,
        "probe tolerance 'check' needs provider.arguments to receive the probe output as `value`"
      ]
    ])
  })

  it('turns schema errors into words, once per problem', async () => {
    const issues = await issuesOf(path.join(invalid, 'schema-problems.json'))
    assert.deepEqual(
      issues.map((i) => [i.location?.line, i.field, i.message, i.expected]),
      [
        [
          4,
          '/contributions/availability',
          "unsupported value 'very' for `availability`",
          "one of 'high', 'medium', 'low', 'none'"
        ],
        [
          5,
          '/runtime/hypothesis/strategy',
          "unsupported value 'sometimes' for `strategy`",
          "one of 'default', 'before-method-only', 'after-method-only', 'during-method-only', 'continuously', 'skip'"
        ],
        [5, '/runtime/hypothesis/frequency', '`frequency` is too small: 0', 'a positive number'],
        [
          13,
          '/method/0/provider/timeout',
          'invalid value for `timeout`: found a string',
          'a positive number, a list (exactly 2 items, each a positive number) or a `${name}` reference'
        ],
        [
          14,
          '/method/0/provider/max_retries',
          '`max_retries` is too small: -1',
          'a non-negative integer'
        ],
        [
          20,
          '/method/1/provider/arguments',
          'wrong type for `arguments`: found an integer (3)',
          'a string, a list or a mapping'
        ]
      ]
    )
  })

  it('says which required field is missing and what it should be', async () => {
    const file = await experimentFile('no-name.json', {
      ...minimal(),
      'steady-state-hypothesis': { title: 'h', probes: [{ ref: 'x', tolerance: 0 }] },
      method: [{ type: 'action', name: 'x', provider: { type: 'process', path: 'true' } }],
      extensions: [{ owner: 'me' }],
      runtime: { hypothesis: { fail_fast: 'yes' } }
    })
    assert.deepEqual(
      (await issuesOf(file)).map((i) => [i.field, i.message, i.expected]),
      [
        ['/extensions/0/name', 'All extensions require a non-empty name', 'a non-empty string'],
        [
          '/runtime/hypothesis/fail_fast',
          'wrong type for `fail_fast`: found a string',
          'true or false'
        ]
      ]
    )
  })

  it('loadAndValidate throws one error with every issue of every file', async () => {
    const files = await findExperimentFiles([invalid])
    await assert.rejects(loadAndValidate([invalid], options), (error: unknown) => {
      assert.ok(error instanceof ExperimentValidationError)
      const withIssues = new Set(error.issues.map((i) => i.location?.file))
      assert.deepEqual([...withIssues].sort(), [...files].sort())
      assert.match(
        error.message,
        new RegExp(`^${error.issues.length} problems in ${files.length} experiment files:`)
      )
      assert.ok(
        error.message.includes(`${path.join(invalid, 'bad-refs.json')}:17:40: /method/1/ref:`)
      )
      return true
    })
  })

  it('a single bad file among good ones stops them all', async () => {
    await assert.rejects(
      loadAndValidate([valid, path.join(invalid, 'missing-fields.json')], options),
      (error: unknown) => error instanceof ExperimentValidationError && error.issues.length === 3
    )
  })
})

describe('configuration and secrets from the environment', () => {
  const experiment = minimal({
    configuration: {
      host: { type: 'env', key: 'CHAOS_TEST_HOST' },
      port: { type: 'env', key: 'CHAOS_TEST_PORT', default: 80 }
    },
    secrets: { api: { token: { type: 'env', key: 'CHAOS_TEST_TOKEN' }, plain: 'x' } }
  })
  const problems = (issues: ValidationIssue[]): string[] => issues.map((i) => i.message)

  it('a missing variable without a default is an issue', async () => {
    const file = await experimentFile('env.json', experiment)
    assert.deepEqual(problems(await issuesOf(file)), [
      'Configuration makes reference to an environment key that does not exist: CHAOS_TEST_HOST',
      'Secrets make reference to an environment key that does not exist: CHAOS_TEST_TOKEN'
    ])
  })

  it('is satisfied by the environment', async () => {
    const file = await experimentFile('env.json', experiment)
    const env = { CHAOS_TEST_HOST: 'h', CHAOS_TEST_TOKEN: 's' }
    assert.deepEqual(await issuesOf(file, { registry, env }), [])
  })

  it('is satisfied by --var and --var-file overrides', async () => {
    const file = await experimentFile('env.json', experiment)
    const overrides = { configuration: { host: 'h' }, secrets: { api: { token: 's' } } }
    assert.deepEqual(await issuesOf(file, { registry, env: {}, overrides }), [])
  })
})

describe('pluggable providers', () => {
  const k8s: Provider = {
    type: 'example-cluster',
    validate(spec, ctx) {
      if (typeof spec.namespace === 'string') return []
      return [
        {
          field: `/${[...ctx.path, 'namespace'].join('/')}`,
          message: `'${ctx.activityName}' needs a namespace`
        }
      ]
    },
    run: async () => null
  }

  it("accepts a provider type beyond the core ones and runs the provider's own checks", async () => {
    const plugged = createDefaultRegistry({ python: false, providers: [k8s] })
    const file = await experimentFile('k8s.json', {
      ...minimal(),
      method: [
        {
          type: 'action',
          name: 'ok',
          provider: { type: 'example-cluster', namespace: 'x', anything: [1, { a: 2 }] }
        },
        {
          type: 'action',
          name: 'kill-pod',
          provider: { type: 'example-cluster', selector: 'app=x' }
        }
      ]
    })
    const issues = await issuesOf(file, { registry: plugged, env: {} })
    assert.deepEqual(rows(issues), [
      [
        await lineOf(file, '"provider"', 2),
        '/method/1/provider/namespace',
        "'kill-pod' needs a namespace"
      ]
    ])
    // Without the provider registered, the same file names the types that are.
    const unplugged = await validateExperiment(await loadExperimentFile(file), options)
    assert.deepEqual(
      unplugged.map((i) => i.message),
      ["unknown provider type 'example-cluster'", "unknown provider type 'example-cluster'"]
    )
  })

  it('a provider check that throws becomes an issue, not a crash', async () => {
    const broken = new ProviderRegistry().register({
      type: 'flaky',
      validate() {
        throw new Error('cannot reach the API')
      },
      run: async () => null
    })
    const file = await experimentFile('flaky.json', {
      ...minimal(),
      method: [{ type: 'probe', name: 'p', provider: { type: 'flaky' } }]
    })
    const { issues } = await checkExperiment(await loadExperimentFile(file), {
      registry: broken,
      env: {}
    })
    assert.deepEqual(rows(issues), [
      [
        await lineOf(file, '"provider"'),
        '/method/0/provider',
        'the flaky provider could not check this activity: cannot reach the API'
      ]
    ])
  })
})

describe('warnings', () => {
  it('flags controls, activity timeouts and configuration, and bad method tolerances', async () => {
    const file = await experimentFile('warn.json', {
      ...minimal(),
      'steady-state-hypothesis': { title: 'h', controls: [{ name: 'c' }] },
      method: [
        {
          type: 'probe',
          name: 'p',
          timeout: 3,
          configuration: { a: 1 },
          controls: [{ name: 'c' }],
          tolerance: null,
          provider: { type: 'process', path: 'true', arguments: { '-n': 'x' } }
        }
      ]
    })
    const { issues, warnings } = await checkExperiment(await loadExperimentFile(file), options)
    assert.deepEqual(issues, [])
    assert.deepEqual(
      warnings.map((w) => w.field),
      [
        '/steady-state-hypothesis/controls',
        '/method/0/controls',
        '/method/0/timeout',
        '/method/0/configuration',
        '/method/0/provider/arguments',
        '/method/0/tolerance'
      ]
    )
    assert.ok(warnings.every((w) => w.location?.file === file && w.expected))
  })

  it('accepts what chaostoolkit never reads, whatever its type, with a warning', async () => {
    const statuses = [[200, 201], '200', { code: 200 }, null, 200]
    for (const contributions of [[], ['availability'], { availability: 'high' }]) {
      const file = await experimentFile('ignored.json', {
        ...minimal(),
        contributions,
        method: statuses.map((expected_status, i) => ({
          type: 'probe',
          name: `p${i}`,
          provider: { type: 'http', url: 'http://127.0.0.1:9/', expected_status }
        }))
      })
      const { issues, warnings } = await checkExperiment(await loadExperimentFile(file), options)
      assert.deepEqual(issues, [], JSON.stringify(contributions))
      assert.deepEqual(
        warnings.map((w) => w.field),
        [
          ...(Array.isArray(contributions) ? ['/contributions'] : []),
          ...statuses.map((_, i) => `/method/${i}/provider/expected_status`)
        ]
      )
    }
  })
})
