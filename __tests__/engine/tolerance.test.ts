import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { describe, it } from 'node:test'
import { promisify } from 'node:util'
import { ActivityFailed, InterruptedError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import {
  ToleranceError,
  pythonRegExp,
  validateTolerance,
  withinTolerance,
  type ToleranceContext
} from '../../src/engine/tolerance.ts'
import type { Activity } from '../../src/engine/types.ts'

const run = promisify(execFile)

/** Runs a probe tolerance for real: `node -e <provider.arguments.script>` with the value as JSON. */
async function runNodeProbe(activity: Activity): Promise<unknown> {
  const args = activity.provider.arguments as { script: string; value: unknown }
  try {
    const { stdout } = await run(
      process.execPath,
      ['-e', args.script, JSON.stringify(args.value)],
      {
        timeout: 20_000
      }
    )
    return JSON.parse(stdout)
  } catch (error) {
    throw new ActivityFailed(`probe failed: ${(error as Error).message}`)
  }
}

function ctx(configuration: Record<string, unknown> = {}, secrets = {}): ToleranceContext {
  return { configuration, secrets, runProbe: runNodeProbe }
}

const within = (tolerance: unknown, value: unknown, c = ctx()) =>
  withinTolerance(tolerance, value, c)
const processOutput = (status: number, stdout = '', stderr = '') => ({ status, stdout, stderr })
const httpOutput = (status: number, body: unknown) => ({
  status,
  headers: { 'Content-Type': 'text/plain' },
  body
})

describe('scalar tolerances', () => {
  it('int: equality, or the status of a process/HTTP output', async () => {
    assert.equal(await within(6, 6), true)
    assert.equal(await within(6, 7), false)
    assert.equal(await within(0, processOutput(0)), true)
    assert.equal(await within(0, processOutput(1)), false)
    assert.equal(await within(200, httpOutput(200, 'x')), true)
    assert.equal(await within(200, httpOutput(503, 'x')), false)
    assert.equal(await within(1, true), true, 'Python: True == 1')
    assert.equal(await within(200, '200'), false, 'str never equals int')
    assert.equal(await within(6, { stdout: '6' }), false, 'a dict without status is compared whole')
  })

  it('bool: equality, with bool == int but no status lookup', async () => {
    assert.equal(await within(true, true), true)
    assert.equal(await within(true, false), false)
    assert.equal(await within(true, 1), true)
    assert.equal(await within(false, 0), true)
    assert.equal(await within(true, processOutput(1)), false)
  })

  it('str: exact equality', async () => {
    assert.equal(await within('hello', 'hello'), true)
    assert.equal(await within('hello', 'not hello'), false)
    assert.equal(await within('1', 1), false)
  })

  it('str: substituted first, then judged by its new type', async () => {
    const c = ctx({ expected: 200, word: 'ok', codes: [200, 201], pi: 3.5 })
    assert.equal(await within('${expected}', httpOutput(200, ''), c), true)
    assert.equal(await within('${expected}', httpOutput(500, ''), c), false)
    assert.equal(await within('${word}', 'ok', c), true)
    assert.equal(await within('say ${word}', 'say ok', c), true)
    assert.equal(await within('${codes}', httpOutput(201, ''), c), true)
    assert.equal(await within('${pi}', 3.5, c), false, 'a float tolerance is never met')
    assert.equal(await within('${missing}', '${missing}', c), true, 'unknown names stay verbatim')
  })

  it('other types are never met', async () => {
    assert.equal(await within(1.5, 1.5), false)
    assert.equal(await within(null, null), false)
    assert.equal(await within({ type: 'nope' }, 1), false)
  })
})

describe('list tolerances', () => {
  it('status membership for process and HTTP outputs', async () => {
    assert.equal(await within([5, 6], processOutput(6)), true)
    assert.equal(await within([5, 7], processOutput(6)), false)
    assert.equal(await within([200, 404], httpOutput(404, '')), true)
    assert.equal(await within([200, 404], httpOutput(302, '')), false, 'membership, not a range')
  })

  it('a two-element list is an inclusive range on a raw value', async () => {
    assert.equal(await within([200, 404], 302), true, 'range on a raw int')
    assert.equal(await within([200, 404], 200), true)
    assert.equal(await within([200, 404], 404), true)
    assert.equal(await within([200, 404], 405), false)
    assert.equal(await within([1, 2], 1.5), true)
    assert.equal(await within(['a', 'm'], 'hello'), true, 'strings compare lexicographically')
    assert.equal(await within(['10', '20'], '9'), false, "'9' > '20' by characters")
    assert.equal(await within(['10', '20'], '150'), true)
  })

  it('other lengths are membership with Python equality', async () => {
    assert.equal(await within([1, 2, 3], 2), true)
    assert.equal(await within([1, 2, 3], 4), false)
    assert.equal(await within(['a', 'b', 'c'], 'b'), true)
    assert.equal(await within([true], 1), true)
    assert.equal(await within([], 1), false)
  })

  it('a range between incomparable types is a ToleranceError', async () => {
    await assert.rejects(
      within([1, 10], 'abc'),
      (e: unknown) =>
        e instanceof ToleranceError &&
        e.message.includes("'<=' not supported between instances of 'int' and 'str'")
    )
    await assert.rejects(within(['a', 'z'], 5), ToleranceError)
    await assert.rejects(within([1, 2], { stdout: '1' }), ToleranceError)
    // Python's chained comparison stops at the first False, before the incomparable pair.
    assert.equal(await within([5, 'z'], 1), false)
  })
})

describe('regex tolerances', () => {
  it('searches anywhere in a string', async () => {
    assert.equal(await within({ type: 'regex', pattern: '[0-9]{2}' }, 'you are number 87'), true)
    assert.equal(await within({ type: 'regex', pattern: '[0-9]{2}' }, 'you are number 8'), false)
    assert.equal(await within({ type: 'regex', pattern: '^number' }, 'you are number 8'), false)
  })

  it('uses target to pick stdout, stderr or body', async () => {
    const t = (target: string) => ({ type: 'regex', target, pattern: '[0-9]{2}' })
    assert.equal(await within(t('stdout'), processOutput(0, 'number 87', 'number 8')), true)
    assert.equal(await within(t('stderr'), processOutput(0, 'number 87', 'number 8')), false)
    assert.equal(await within(t('stderr'), processOutput(0, '', 'number 87')), true)
    assert.equal(await within(t('body'), httpOutput(200, 'you are number 87')), true)
  })

  it('substitutes the pattern and speaks Python re', async () => {
    const c = ctx({ word: 'ready' })
    assert.equal(await within({ type: 'regex', pattern: '^${word}$' }, 'ready\n', c), true)
    const named = { type: 'regex', pattern: '(?P<w>ab)(?P=w)' }
    assert.equal(await within(named, 'xxababyy'), true)
    assert.equal(await within({ type: 'regex', pattern: 'ok\\Z' }, 'ok\n'), false)
    assert.equal(await within({ type: 'regex', pattern: '(?i)READY' }, 'ready'), true)
  })

  it('crashes like chaostoolkit on a dict without target or a missing-field non-string', async () => {
    await assert.rejects(
      within({ type: 'regex', pattern: 'x' }, processOutput(0, 'x')),
      /set `target`/
    )
    await assert.rejects(
      within({ type: 'regex', pattern: 'x', target: 'stdout' }, 'x'),
      ToleranceError
    )
    await assert.rejects(within({ type: 'regex', pattern: 'x' }, 5), /probe output is a int/)
    // A missing target key falls back to the whole output: still a dict.
    await assert.rejects(
      within({ type: 'regex', pattern: 'x', target: 'nope' }, { a: 'x' }),
      ToleranceError
    )
  })
})

describe('regex tolerances cannot hang the run', () => {
  // 80 word characters and a '!': `^(\w+\s?)*$` backtracks for longer than anyone waits.
  const pathological = { type: 'regex', pattern: '^(\\w+\\s?)*$', target: 'stdout' }
  const output = processOutput(0, `${'a'.repeat(80)}!`)

  it('gives up at the deadline with a ToleranceError that says why', async () => {
    await assert.rejects(
      within(pathological, output, { ...ctx(), regexDeadlineMs: 300 }),
      (e: unknown) =>
        e instanceof ToleranceError && /did not end within 0\.3 s on 81 characters/.test(e.message)
    )
  })

  it('stops at once when the signal aborts, and the event loop stays free meanwhile', async () => {
    const controller = new AbortController()
    // This timer can only fire if the search does not block the event loop.
    setTimeout(() => controller.abort(), 100)
    await assert.rejects(
      within(pathological, output, { ...ctx(), signal: controller.signal }),
      InterruptedError
    )
  })

  it('keeps Python semantics: lookarounds and backreferences still work', async () => {
    assert.equal(await within({ type: 'regex', pattern: '(?P<w>ab)(?P=w)' }, 'xabab'), true)
    assert.equal(await within({ type: 'regex', pattern: 'foo(?!bar)' }, 'foobar'), false)
    assert.equal(await within({ type: 'regex', pattern: '(?<=x)y$' }, 'xy\n'), true)
    // And a search after one that was given up gets a fresh worker.
    await assert.rejects(within(pathological, output, { ...ctx(), regexDeadlineMs: 100 }))
    assert.equal(
      await within({ type: 'regex', pattern: 'ok', target: 'stdout' }, processOutput(0, 'ok')),
      true
    )
  })
})

describe('jsonpath tolerances', () => {
  const foo = { foo: [{ baz: 1 }, { baz: 2 }] }

  it('is met when the path matches something', async () => {
    assert.equal(await within({ type: 'jsonpath', path: '$.foo.*[?(@.baz)]' }, foo), true)
    assert.equal(await within({ type: 'jsonpath', path: '$.notsofoo.*[?(@.baz)].baz' }, foo), false)
  })

  it('filters test the current node', async () => {
    const t = { type: 'jsonpath', path: '$.foo[?(@.baz)].baz', expect: 'hello' }
    assert.equal(await within(t, { foo: { baz: 'hello' } }), true)
    assert.equal(await within({ ...t, path: '$.foo[?(@.baz)]' }, foo), false)
  })

  it('expect: exact ordered list equality, scalars wrapped in a list', async () => {
    const t = (expect: unknown) => ({ type: 'jsonpath', path: '$.foo[?(@.baz)].baz', expect })
    assert.equal(
      await within(t([['hello', 'bonjour']]), { foo: { baz: ['hello', 'bonjour'] } }),
      true
    )
    assert.equal(
      await within(t([[['hello'], ['bonjour']]]), { foo: { baz: [['hello'], ['bonjour']] } }),
      true
    )
    assert.equal(
      await within(t(['hello', 'bonjour']), { foo: { baz: ['hello', 'bonjour'] } }),
      false
    )
    assert.equal(await within(t([]), { foo: { jon: 'boom' } }), true, 'expect [] means no match')
    const many = { type: 'jsonpath', path: '$.foo.*[?(@.baz)].baz' }
    const two = { foo: [{ baz: 'hello' }, { baz: 'bonjour' }] }
    assert.equal(await within({ ...many, expect: ['hello', 'bonjour'] }, two), true)
    assert.equal(await within({ ...many, expect: ['bonjour', 'hello'] }, two), false)
    const fours = { foo: [{ baz: 4 }, { baz: 4 }] }
    assert.equal(await within({ ...many, expect: 4 }, fours), false, 'two matches never equal [4]')
    assert.equal(await within({ ...many, expect: [4, 4.0] }, fours), true)
    assert.equal(
      await within({ ...many, expect: null }, { foo: [{ baz: null }] }),
      true,
      'a filter tests that @.baz exists, not that it is truthy; expect null == [None]'
    )
  })

  it('count compares the number of matches, and expect overrides it', async () => {
    const t = (path: string, count: number) => ({ type: 'jsonpath', path, count })
    assert.equal(await within(t('$.foo.*[?(@.baz=2)]', 1), foo), true)
    assert.equal(await within(t('$.foo.*[?(@.baz)]', 2), foo), true)
    assert.equal(await within(t('$.foo.*[?(@.baz)]', 3), foo), false)
    assert.equal(await within(t('$.foo.*[?(@.baz=4)]', 2), { foo: [{ baz: 4 }, { baz: 4 }] }), true)
    assert.equal(await within(t('$.foo[?(@.baz="bonjour")]', 1), { foo: { baz: 'hello' } }), false)
    assert.equal(await within(t('$.missing', 0), foo), true)
    assert.equal(await within({ ...t('$.foo.*.baz', 5), expect: [1, 2] }, foo), true)
  })

  it('parses JSON strings and bytes, after target', async () => {
    const t = { type: 'jsonpath', path: '$.foo[*].baz' }
    assert.equal(await within(t, '{"foo": [{"baz": 1}, {"baz": 2}]}'), true)
    assert.equal(await within(t, new TextEncoder().encode('{"foo": [{"baz": 1}]}')), true)
    const body = { type: 'jsonpath', path: '$.status', target: 'body', expect: 'ok' }
    assert.equal(await within(body, httpOutput(200, '{"status":"ok"}')), true)
    assert.equal(await within(body, httpOutput(200, '{"status":"down"}')), false)
    assert.equal(
      await within({ type: 'jsonpath', path: '$', expect: 'not json' }, 'not json'),
      true
    )
  })

  it('substitutes path and expect', async () => {
    const c = ctx({ field: 'status', want: 'ok' }, { s: { n: 2 } })
    const t = { type: 'jsonpath', path: '$.${field}', expect: '${want}' }
    assert.equal(await within(t, { status: 'ok' }, c), true)
    assert.equal(
      await within({ type: 'jsonpath', path: '$.a', expect: ['${n}'] }, { a: 2 }, c),
      true
    )
  })

  it('logs what it found when not met', async () => {
    const logger = new RecordingLogger()
    const t = { type: 'jsonpath', path: '$.a', expect: 1 }
    assert.equal(await withinTolerance(t, { a: 2 }, { ...ctx(), logger }), false)
    assert.match(logger.text(), /jsonpath found '\[2\]' but expected '1'/)
  })
})

describe('range tolerances', () => {
  const body = (range: unknown[]) => ({ type: 'range', target: 'body', range })

  it('accepts numbers and numeric strings, inclusively', async () => {
    assert.equal(await within(body([10, 800]), httpOutput(200, '580')), true)
    assert.equal(await within(body([10, 800]), httpOutput(200, '1230')), false)
    assert.equal(await within(body([10.5, 800.89]), httpOutput(200, '580.5')), true)
    assert.equal(await within(body([10.5, 800.89]), httpOutput(200, '1230.7')), false)
    assert.equal(await within(body([10, 800.8]), httpOutput(200, ' 800.7 ')), true)
    // Decimal(800.8) is 800.79999999999995...: the exact string "800.8" lies above it.
    assert.equal(await within(body([10, 800.8]), httpOutput(200, '800.8')), false)
    assert.equal(await within(body([10.5, 800]), httpOutput(200, '10.4')), false)
    assert.equal(await within({ type: 'range', range: [0, 1] }, 1), true)
    assert.equal(await within({ type: 'range', range: [0, 1] }, true), true)
    assert.equal(await within({ type: 'range', range: [0, 10] }, '1e1'), true)
    assert.equal(await within({ type: 'range', range: [0, 10] }, '1_0'), true)
    assert.equal(await within({ type: 'range', range: [0, 10] }, '-Infinity'), false)
  })

  it('compares exactly like Decimal, not like doubles', async () => {
    // Decimal(0.1) is 0.1000000000000000055511151231257827...: the string "0.1" is below it.
    assert.equal(await within({ type: 'range', range: [0.1, 1] }, '0.1'), false)
    assert.equal(await within({ type: 'range', range: [0, 0.1] }, '0.1'), true)
    assert.equal(await within({ type: 'range', range: [0.1, 1] }, 0.1), true)
    assert.equal(await within({ type: 'range', range: [0, 1] }, '1.0000000000000000001'), false)
  })

  it('is not met for non-numeric strings and crashes on other types', async () => {
    assert.equal(await within(body([6, 8]), httpOutput(200, 'bad')), false)
    assert.equal(await within(body([6, 8]), httpOutput(200, '')), false)
    await assert.rejects(
      within({ type: 'range', range: [6, 8] }, httpOutput(200, '7')),
      /set `target`/
    )
    await assert.rejects(within({ type: 'range', range: [6, 8] }, null), ToleranceError)
    await assert.rejects(within({ type: 'range', range: [6, 8] }, 'NaN'), ToleranceError)
  })
})

describe('probe tolerances', () => {
  const probe = () => ({
    type: 'probe',
    name: 'must-be-in-range',
    provider: {
      type: 'process',
      arguments: {
        a: 6,
        b: 8,
        value: undefined as unknown,
        // Prints whether the injected value's body is within [6, 8].
        script:
          'const v = JSON.parse(process.argv[1]); const n = Number(v.body); console.log(JSON.stringify(n >= 6 && n <= 8))'
      }
    }
  })

  it('runs the probe with the output as `value` and judges its truthiness', async () => {
    const t = probe()
    assert.equal(await within(t, httpOutput(200, '9')), false)
    assert.equal(await within(t, httpOutput(200, '7')), true)
    assert.deepEqual(
      t.provider.arguments.value,
      httpOutput(200, '7'),
      'value is written into the tolerance'
    )
  })

  it('treats falsy results and ActivityFailed as not met', async () => {
    const t = probe()
    t.provider.arguments.script = 'console.log(JSON.stringify([]))'
    assert.equal(await within(t, 1), false)
    t.provider.arguments.script = 'console.log(JSON.stringify({ ok: 0 }))'
    assert.equal(await within(t, 1), true)
    t.provider.arguments.script = 'process.exit(3)'
    assert.equal(await within(t, 1), false)
  })

  it('needs provider.arguments and lets other errors through', async () => {
    await assert.rejects(
      within({ type: 'probe', name: 'p', provider: { type: 'process' } }, 1),
      ToleranceError
    )
    const failing: ToleranceContext = {
      configuration: {},
      secrets: {},
      runProbe: () => Promise.reject(new RangeError('boom'))
    }
    await assert.rejects(withinTolerance(probe(), 1, failing), RangeError)
  })
})

describe('validateTolerance', () => {
  const message = (t: unknown) => validateTolerance(t)[0]?.message

  it('accepts the valid kinds', () => {
    for (const t of [
      0,
      true,
      'x',
      [200, 404],
      { type: 'regex', pattern: 'a+' },
      { type: 'jsonpath', path: '$.a' },
      { type: 'range', range: [1, 2.5] },
      { type: 'probe', name: 'p', provider: { type: 'process', path: 'true' } }
    ]) {
      assert.deepEqual(validateTolerance(t), [], JSON.stringify(t))
    }
  })

  it('rejects floats, null and unknown dict types with chaostoolkit messages', () => {
    assert.match(
      message(1.5) ?? '',
      /^hypothesis probe tolerance must either be an integer, a string/
    )
    assert.match(message(null) ?? '', /takes an argument called `value`/)
    assert.equal(message({ type: 'boom' }), "hypothesis probe tolerance type 'boom' is unsupported")
    assert.equal(message({}), "hypothesis probe tolerance type 'None' is unsupported")
  })

  it('checks regex patterns', () => {
    assert.equal(
      message({ type: 'regex', target: 'stdout' }),
      'hypothesis regex probe tolerance must have a `pattern` key'
    )
    assert.equal(
      message({ type: 'regex', pattern: null }),
      'hypothesis probe tolerance pattern None has an invalid type'
    )
    assert.match(
      message({ type: 'regex', pattern: '[0-9' }) ?? '',
      /^hypothesis probe tolerance pattern \[0-9 seems invalid: /
    )
    assert.equal(validateTolerance({ type: 'regex', pattern: '[0-9' })[0]?.field, '/pattern')
  })

  it('checks jsonpath paths', () => {
    assert.equal(
      message({ type: 'jsonpath' }),
      'hypothesis jsonpath probe tolerance must have a `path` key'
    )
    assert.equal(
      message({ type: 'jsonpath', path: '  ' }),
      'hypothesis probe tolerance JSON path cannot be empty'
    )
    assert.equal(
      message({ type: 'jsonpath', path: "$['a']" }),
      "hypothesis probe tolerance JSON path $['a'] is invalid"
    )
    assert.equal(
      message({ type: 'jsonpath', path: 5 }),
      'hypothesis probe tolerance JSON path 5 has an invalid type'
    )
  })

  it('checks ranges', () => {
    assert.equal(
      message({ type: 'range' }),
      'hypothesis range probe tolerance must have a `range` key'
    )
    assert.equal(message({ type: 'range', range: 5 }), 'hypothesis range must be a sequence')
    assert.equal(
      message({ type: 'range', range: [1] }),
      'hypothesis range sequence must be made of two values'
    )
    assert.equal(
      message({ type: 'range', range: ['a', 6] }),
      'hypothesis range lower boundary must be a number'
    )
    assert.equal(
      message({ type: 'range', range: [6, 'b'] }),
      'hypothesis range upper boundary must be a number'
    )
    assert.equal(validateTolerance({ type: 'range', range: [6, 'b'] })[0]?.field, '/range/1')
  })
})

describe('pythonRegExp', () => {
  it('translates Python-only syntax', () => {
    assert.equal(
      pythonRegExp('^ok$').test('ok\n'),
      true,
      "Python's $ also matches before a final newline"
    )
    assert.equal(pythonRegExp('a.b').test('a\nb'), false)
    assert.equal(pythonRegExp('(?s)a.b').test('a\nb'), true)
    assert.equal(pythonRegExp('(?m)^b$').test('a\nb\nc'), true)
    assert.equal(pythonRegExp('[]a]').test(']'), true)
    assert.equal(pythonRegExp('x{,2}y').test('xxy'), true)
    assert.equal(pythonRegExp('(?x) a b  # comment').test('ab'), true)
    assert.equal(pythonRegExp('\\Aab').test('ab'), true)
    assert.throws(() => pythonRegExp('(?>a)'), SyntaxError)
  })
})
