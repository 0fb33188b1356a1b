/**
 * Secrets never leave the process: the masker's rules, then a real run (process and http
 * activities against a loopback server) whose log, journals and every report are searched for
 * each secret: numeric, short, overlapping, used as a JSON key, and in an experiment that could
 * not start.
 */
import assert from 'node:assert/strict'
import { readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { LineLogger, SecretMasker } from '../../src/engine/logger.ts'
import { maskJournal } from '../../src/engine/journal.ts'
import { runExperiments } from '../../src/engine/runner.ts'
import { validateExperiment } from '../../src/engine/validate.ts'
import type { Journal } from '../../src/engine/types.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { writeReports } from '../../src/reporters/index.ts'
import { action, http, loaded, probe, tempDir } from '../helpers/experiments.ts'

const registry = createDefaultRegistry({ python: false })

describe('SecretMasker', () => {
  it('masks overlapping secrets whole, longest stretch first', () => {
    const m = new SecretMasker()
    m.add('abcdef')
    m.add('cdefgh')
    assert.equal(m.mask('x abcdefgh y'), 'x *** y')
    assert.equal(m.mask('cdefgh-abcdef'), '***-***')
    m.add('abcdefghij')
    assert.equal(m.mask('zabcdefghijz'), 'z***z')
  })

  it('masks a numeric secret as a number, as a numeric string and inside text', () => {
    const m = new SecretMasker()
    m.add(48213)
    assert.deepEqual(m.maskDeep({ pin: 48213, text: 'pin=48213;', s: '48213', other: 48214 }), {
      pin: '***',
      text: 'pin=***;',
      s: '***',
      other: 48214
    })
  })

  it('masks short secrets as whole values and whole tokens, never inside words', () => {
    const m = new SecretMasker()
    m.add('ab')
    m.add(7)
    assert.deepEqual(m.maskDeep({ a: 'ab', b: 'about', c: 7, d: 17, e: ['ab', 'cab'] }), {
      a: '***',
      b: 'about',
      c: '***',
      d: 17,
      e: ['***', 'cab']
    })
    assert.equal(m.mask('ab'), '***')
    assert.equal(
      m.mask('curl -u ab -H "x: ab" about 7 17 pin=7'),
      'curl -u *** -H "x: ***" about *** 17 pin=***'
    )
  })

  it('masks secrets used as object keys, without losing a colliding key', () => {
    const m = new SecretMasker()
    m.add('tok-9f2a')
    m.add('zz')
    assert.deepEqual(m.maskDeep({ 'tok-9f2a': 1, zz: 2, '***': 3, ok: { 'a tok-9f2a': 4 } }), {
      '***': 3,
      '***2': 1,
      '***3': 2,
      ok: { 'a ***': 4 }
    })
  })

  it('masks booleans only as whole values, and the URL-encoded and JSON-escaped forms', () => {
    const m = new SecretMasker()
    m.add(true)
    m.add('p@ss w"rd')
    assert.deepEqual(m.maskDeep({ flag: true, off: false, words: 'true story' }), {
      flag: '***',
      off: false,
      words: 'true story'
    })
    assert.equal(m.mask('u=p%40ss%20w%22rd&x'), 'u=***&x')
    assert.equal(m.mask('{"p":"p@ss w\\"rd"}'), '{"p":"***"}')
  })

  it('keeps the journal numbers and booleans the verdict is computed from', () => {
    const m = new SecretMasker()
    m.add(1)
    m.add(true)
    const run = {
      activity: { type: 'probe', name: 'p', provider: { type: 'process', path: 'x' } },
      output: { status: 1, ok: true },
      start: 's',
      end: 'e',
      status: 'succeeded',
      duration: 1,
      tolerance_met: true
    }
    const journal = {
      experiment: { title: 't', method: [] },
      status: 'completed',
      deviated: true,
      steady_states: { before: { steady_state_met: true, probes: [run] }, after: null, during: [] },
      run: [run],
      rollbacks: [],
      duration: 1
    } as unknown as Journal
    const masked = maskJournal(journal, m)
    assert.equal(masked.deviated, true)
    assert.equal(masked.duration, 1)
    assert.equal(masked.steady_states.before?.steady_state_met, true)
    assert.equal(masked.steady_states.before?.probes[0]?.tolerance_met, true)
    assert.equal(masked.run[0]?.duration, 1)
    assert.deepEqual(masked.run[0]?.output, { status: '***', ok: '***' })
  })
})

describe('secrets in a real run', () => {
  it('are masked in the -v log, the journals and every report, numeric, short, overlapping, keys', async (t) => {
    // A probed service that answers with the secrets as a key and as values.
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ abcdef: 'ab', n: 48213907, cdefgh: { ab: 'abcdefgh' } }))
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    t.after(() => server.close())
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const dir = tempDir('chaos-secrets-')
    t.after(() => rmSync(dir, { recursive: true, force: true }))
    process.env.CHAOS_TEST_INT = 'not-an-int'
    t.after(() => delete process.env.CHAOS_TEST_INT)

    const secrets = { app: { pin: 48213907, short: 'ab', one: 'abcdef', two: 'cdefgh' } }
    const ran = loaded(
      {
        title: 'pin ${pin} and ${short}',
        secrets,
        'steady-state-hypothesis': {
          title: 'h',
          probes: [http('probe', 'body', url, { tolerance: 200 })]
        },
        method: [
          action('echo', 'echo pin=${pin} short=${short} both=abcdefgh; echo ${short}'),
          probe('fails', 'echo key=${one} >&2; exit 3', 0)
        ]
      },
      'secrets.json'
    )
    // Cannot start: its configuration does not load; its inline secrets must not show either.
    const broken = loaded(
      {
        secrets: { other: { code: 'zq', pin: 77124599 } },
        configuration: { n: { type: 'env', key: 'CHAOS_TEST_INT', env_var_type: 'int' } },
        method: [action('a', 'true')]
      },
      'broken.json'
    )
    const lines: string[] = []
    const logger = new LineLogger({ write: (l) => lines.push(l), debug: true, timestamps: true })
    const summary = await runExperiments([ran, broken], {
      journalDir: join(dir, 'journals'),
      registry,
      logger
    })
    assert.equal(summary.results[1]?.verdict, 'aborted')
    const files = await writeReports(summary, {
      junit: join(dir, 'junit.xml'),
      report: join(dir, 'report.md'),
      json: join(dir, 'summary.json'),
      html: join(dir, 'report.html')
    })
    const journals = summary.results.map((r) => r.journalPath ?? '')
    assert.equal(journals.filter(Boolean).length, 2)

    const outputs: Record<string, string> = { log: lines.join('\n') }
    for (const file of [...files, ...journals]) outputs[file] = readFileSync(file, 'utf8')
    // The HTML report escapes quotes; compare its text as a reader would see it.
    for (const [name, text] of Object.entries(outputs)) {
      const plain = text.replace(/&quot;/g, '"').replace(/&#39;/g, "'")
      for (const leak of ['48213907', '77124599', 'abcdef', 'cdefgh', 'defg']) {
        assert.ok(!plain.includes(leak), `${name} shows ${leak}`)
      }
      for (const leak of [/short=ab\b/, /"ab"/, /"zq"/, /\bgh\b/, /pin ab\b/]) {
        assert.doesNotMatch(plain, leak, `${name} shows a short secret`)
      }
    }
    // What the run did is still there, masked.
    assert.match(outputs.log ?? '', /short=\*\*\* both=\*\*\*/)
    const journal = JSON.parse(outputs[journals[0] ?? ''] ?? '{}') as Journal
    assert.equal(journal.experiment.title, 'pin *** and ***')
    const body = (journal.steady_states.before?.probes[0]?.output as { body: unknown }).body
    assert.deepEqual(body, { '***': '***', n: '***', '***2': { '***': '***' } })
    assert.deepEqual(journal.experiment.secrets, {
      app: { pin: '***', short: '***', one: '***', two: '***' }
    })
    const placeholder = JSON.parse(outputs[journals[1] ?? ''] ?? '{}') as Journal
    assert.deepEqual(placeholder.experiment.secrets, { other: { code: '***', pin: '***' } })
  })
})

describe('secrets in validation problems', () => {
  it('are masked in the messages that quote them', async () => {
    process.env.CHAOS_TEST_SECRET_ENV = 'env-sekr3t-9'
    try {
      const issues = await validateExperiment(
        loaded({
          secrets: {
            s: { inline: 'inline-sekr3t-7', env: { type: 'env', key: 'CHAOS_TEST_SECRET_ENV' } }
          },
          method: [
            { type: 'action', name: 'a', provider: { type: 'inline-sekr3t-7' } },
            { type: 'action', name: 'b', provider: { type: 'env-sekr3t-9' } }
          ]
        }),
        { registry, env: process.env }
      )
      assert.ok(issues.length >= 2)
      const text = JSON.stringify(issues)
      assert.ok(!text.includes('sekr3t'), text)
      assert.match(text, /\*\*\*/)
    } finally {
      delete process.env.CHAOS_TEST_SECRET_ENV
    }
  })
})
