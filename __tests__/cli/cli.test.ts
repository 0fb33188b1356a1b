import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { optionsFor } from '../../src/cli/options.ts'
import { startSampleService } from '../../src/demo/sample-service.ts'
import type { SampleService } from '../../src/demo/sample-service.ts'
import { VERSION } from '../../src/version.ts'
import { runCli, type CliRun } from '../helpers/cli.ts'

type Run = CliRun

// The examples default to $CHAOS_DEMO_URL; the tests always pass --var instead.
function cli(
  args: string[],
  opts: {
    onStderr?: (text: string, kill: (s: NodeJS.Signals) => void) => void
    timeoutMs?: number
  } = {}
): Promise<Run> {
  return runCli(args, { ...opts, env: { CHAOS_DEMO_URL: undefined } })
}

function noStackTrace(text: string): void {
  assert.doesNotMatch(text, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace for a user error')
}

describe('chaos-action CLI: usage', () => {
  it('--version prints the version, fast', async () => {
    const r = await cli(['--version'])
    assert.equal(r.code, 0)
    assert.equal(r.stdout, `${VERSION}\n`)
    assert.equal(r.stderr, '')
  })

  it('--version and --help load no engine module (static imports of src/cli.ts)', async () => {
    const seen = new Set<string>()
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return
      seen.add(file)
      const text = await readFile(file, 'utf8')
      // Value imports only: `import type` is erased, `await import()` is what run/validate use.
      for (const m of text.matchAll(/^import (?!type )[^'"]*?from '([^']+)'/gm)) {
        const spec = m[1] ?? ''
        if (spec.startsWith('.')) await visit(join(dirname(file), spec))
        else seen.add(spec)
      }
    }
    // src/cli.ts checks the Node version, then loads src/cli/main.ts with import(): both load up front.
    await visit('src/cli.ts')
    await visit('src/cli/main.ts')
    const loaded = [...seen].map((f) => f.replace(/\\/g, '/'))
    assert.ok(loaded.includes('src/cli/options.ts'), loaded.join(', '))
    for (const heavy of [
      /engine\/(runner|run|validate|load|configuration)\.ts$/,
      /providers\//,
      /^(yaml|ajv|markdown-table)$/
    ]) {
      assert.ok(
        !loaded.some((f) => heavy.test(f)),
        `${heavy} is not loaded up front: ${loaded.join(', ')}`
      )
    }
  })

  it('--help lists the commands; run --help lists every run option of the table', async () => {
    const main = await cli(['--help'])
    assert.equal(main.code, 0)
    assert.match(main.stdout, /^usage: chaos-action <command>/)
    assert.match(main.stdout, /\brun\b.*\n.*\bvalidate\b/)
    const run = await cli(['run', '--help'])
    assert.equal(run.code, 0)
    for (const o of optionsFor('run')) assert.match(run.stdout, new RegExp(`--${o.name}\\b`))
    assert.match(run.stdout, /exit status:\n {2}0 /)
    const validate = await cli(['validate', '-h'])
    assert.equal(validate.code, 0)
    assert.doesNotMatch(validate.stdout, /--junit/)
  })

  it('an unknown flag is a one-line usage error, exit 2', async () => {
    const r = await cli(['run', '--frobnicate', 'examples/'])
    assert.equal(r.code, 2)
    assert.equal(r.stdout, '')
    assert.match(
      r.stderr,
      /^error: run: unknown option --frobnicate\nhint: see chaos-action run --help\n$/
    )
  })

  it('bad option values and unknown commands are usage errors, exit 2', async () => {
    for (const args of [
      ['run', '--dry', 'sometimes', 'examples/'],
      ['run', '--hypothesis-frequency', 'often', 'examples/'],
      ['run', '--quiet', '--verbose', 'examples/'],
      ['run', '--var', 'no-equals-sign', 'examples/'],
      ['run', '--var', 'port:int=eighty', 'examples/'],
      ['run', '--var-file', 'no/such/vars.yaml', 'examples/'],
      ['run'],
      ['explode']
    ]) {
      const r = await cli(args)
      assert.equal(r.code, 2, args.join(' '))
      assert.match(r.stderr, /^error: /, args.join(' '))
      noStackTrace(r.stderr)
    }
  })

  it('a missing file is a usage error naming it, exit 2', async () => {
    const r = await cli(['run', 'no/such/experiment.yaml'])
    assert.equal(r.code, 2)
    assert.match(r.stderr, /no\/such\/experiment\.yaml/)
    noStackTrace(r.stderr)
  })
})

describe('chaos-action CLI: validate and run', () => {
  let dir: string
  let service: SampleService
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chaos-cli-'))
    service = await startSampleService({ port: 0 })
  })
  after(async () => {
    await service.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('lists every problem of an invalid experiment as file:line:col, exit 2', async () => {
    const bad = join(dir, 'bad.yaml')
    await writeFile(
      bad,
      [
        'title: broken',
        'description: two mistakes',
        'steady-state-hypothesis:',
        '  title: t',
        '  probes:',
        '    - type: probe',
        '      name: p',
        '      tolerance: 1.5',
        '      provider:',
        '        type: process',
        '        path: "true"',
        'method:',
        '  - type: action',
        '    provider:',
        '      type: process',
        '      path: "true"',
        ''
      ].join('\n')
    )
    for (const command of ['validate', 'run']) {
      const r = await cli([command, bad])
      assert.equal(r.code, 2, `${command}: ${r.stderr}`)
      const issues = r.stderr.split('\n').filter((l) => l.startsWith(`${bad}:`))
      assert.ok(issues.length >= 2, `every issue listed: ${r.stderr}`)
      for (const line of issues) assert.match(line, /^.+\.yaml:\d+:\d+: \/\S*: .+/)
      // The float tolerance is on line 8, the nameless action starts on line 13.
      assert.ok(
        issues.some((l) => l.startsWith(`${bad}:8:`)),
        r.stderr
      )
      assert.ok(
        issues.some((l) => /:1[3-6]:\d+: \/method\/0/.test(l)),
        r.stderr
      )
      noStackTrace(r.stderr)
    }
  })

  it('validate accepts the examples', async () => {
    const r = await cli(['validate', 'examples/', 'experiments/'])
    assert.equal(r.code, 0, r.stderr)
    assert.match(r.stdout, /valid: examples\/error-burst-deviates\.yaml/)
  })

  it('a passing run exits 0 and --json prints only the result array', async () => {
    const journals = join(dir, 'pass-journals')
    const r = await cli([
      'run',
      'examples/service-survives-latency.yaml',
      '--var',
      `base_url=${service.url}`,
      '--journal-dir',
      journals,
      '--json'
    ])
    assert.equal(r.code, 0, r.stderr)
    const list = JSON.parse(r.stdout) as Record<string, unknown>[]
    assert.equal(list.length, 1)
    const [entry] = list
    assert.deepEqual(Object.keys(entry ?? {}), [
      'file',
      'title',
      'status',
      'deviated',
      'verdict',
      'journal',
      'duration'
    ])
    assert.equal(entry?.verdict, 'passed')
    assert.equal(entry?.status, 'completed')
    assert.equal(entry?.deviated, false)
    assert.equal(typeof entry?.duration, 'number')
    const journal = JSON.parse(await readFile(String(entry?.journal), 'utf8')) as {
      status: string
      rollbacks: unknown[]
    }
    assert.equal(journal.status, 'completed')
    assert.equal(journal.rollbacks.length, 1)
    // The human log and the summary table went to stderr.
    assert.match(r.stderr, /Experiment\s+Verdict/)
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 }, 'rolled back')
  })

  it('--var-file supplies configuration; --quiet drops the phase log', async () => {
    const vars = join(dir, 'vars.yaml')
    await writeFile(vars, `configuration:\n  base_url: ${service.url}\n`)
    const r = await cli([
      'run',
      'examples/service-survives-latency.yaml',
      '--var-file',
      vars,
      '--journal-dir',
      join(dir, 'var-file-journals'),
      '--quiet'
    ])
    assert.equal(r.code, 0, r.stderr)
    assert.doesNotMatch(r.stderr, /Steady-state hypothesis/)
    assert.match(r.stdout, /The experiment passed\./)
  })

  it('the default experiments/ pass against the sample service', async () => {
    const r = await cli([
      'run',
      'experiments/',
      '--var',
      `base_url=${service.url}`,
      '--journal-dir',
      join(dir, 'default-journals'),
      '--json'
    ])
    assert.equal(r.code, 0, r.stderr)
    const list = JSON.parse(r.stdout) as { verdict: string }[]
    assert.ok(list.length >= 2)
    assert.ok(list.every((e) => e.verdict === 'passed'))
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 }, 'rolled back')
  })

  it('a deviating run exits 1 and writes the JUnit and markdown reports', async () => {
    const junit = join(dir, 'reports', 'junit.xml')
    const report = join(dir, 'reports', 'summary.md')
    // The two plain-HTTP examples: one passes, one deviates (the load examples are the demo's).
    const r = await cli([
      'run',
      'examples/service-survives-latency.yaml',
      'examples/error-burst-deviates.yaml',
      '--var',
      `base_url=${service.url}`,
      '--journal-dir',
      join(dir, 'mixed-journals'),
      '--junit',
      junit,
      '--report',
      report
    ])
    assert.equal(r.code, 1, r.stderr)
    // Without --json the summary table is the end of stdout.
    assert.match(r.stdout, /Experiment\s+Verdict/)
    assert.match(r.stdout, /1 of 2 experiments did not pass/)
    assert.match(r.stdout, /items-answer-200 \(after\)/)

    const xml = await readFile(junit, 'utf8')
    assert.equal(XMLValidator.validate(xml), true)
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml) as {
      testsuites: { testsuite: { '@tests': string; '@failures': string } }
    }
    assert.equal(doc.testsuites.testsuite['@tests'], '2')
    assert.equal(doc.testsuites.testsuite['@failures'], '1')
    assert.match(xml, /<failure type="deviated"/)

    const md = await readFile(report, 'utf8')
    assert.match(md, /\| Verdict \| Experiment \| Why \| Time \|/)
    assert.match(md, /❌ deviated/)
    assert.match(md, /✅ passed/)
    assert.match(md, /journal: \[[^\]]+\]\(\.\.\/mixed-journals\//)
    assert.deepEqual(service.fault(), { latency_ms: 0, error_rate: 0 }, 'rolled back')
  })

  it('the first SIGINT interrupts the run: journal written, exit 1, well within 10 s', async () => {
    const slow = join(dir, 'slow.yaml')
    await writeFile(
      slow,
      [
        'title: a slow method',
        'description: waits long enough to be interrupted',
        'method:',
        '  - type: action',
        '    name: wait-a-long-time',
        '    provider:',
        '      type: process',
        '      path: sleep',
        '      arguments: "30"',
        'rollbacks:',
        '  - type: action',
        '    name: say-done',
        '    provider:',
        '      type: process',
        '      path: echo',
        '      arguments: done',
        ''
      ].join('\n')
    )
    const journals = join(dir, 'interrupted-journals')
    let sent = false
    let sentAt = 0
    const r = await cli(['run', slow, '--journal-dir', journals, '--json'], {
      timeoutMs: 30_000,
      onStderr: (text, kill) => {
        if (!sent && /wait-a-long-time/.test(text)) {
          sent = true
          sentAt = performance.now()
          // Give the process a moment to actually start.
          setTimeout(() => kill('SIGINT'), 300)
        }
      }
    })
    assert.ok(sent, `the method started: ${r.stderr}`)
    assert.equal(r.signal, null, 'exited by itself, not killed')
    assert.equal(r.code, 1, r.stderr)
    const stoppedAfter = performance.now() - sentAt
    assert.ok(stoppedAfter < 10_000, `stopped ${stoppedAfter} ms after SIGINT`)
    const [entry] = JSON.parse(r.stdout) as { verdict: string; status: string; journal: string }[]
    assert.equal(entry?.verdict, 'interrupted')
    const journal = JSON.parse(await readFile(entry?.journal ?? '', 'utf8')) as { status: string }
    assert.equal(journal.status, 'interrupted')
    noStackTrace(r.stderr)
  })
})
