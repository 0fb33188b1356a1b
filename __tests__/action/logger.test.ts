// The action's logger: what it writes to the runner's stdout and to its log file, for secrets of
// any type and length and for lines that look like workflow commands.
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { ActionLogger } from '../../src/action/logger.ts'

/** Runs `fn` with process.stdout captured (what the runner would read). */
function captureStdout(fn: () => void): string {
  const write = process.stdout.write.bind(process.stdout)
  let out = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
    return true
  }) as typeof process.stdout.write
  try {
    fn()
  } finally {
    process.stdout.write = write
  }
  return out
}

void test('secrets of any type and length are masked in the runner log and the log file', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-logger-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const logger = new ActionLogger()
  logger.teeTo(join(dir, 'run.log'))
  const stdout = captureStdout(() => {
    logger.addSecret({ pin: 48213, short: 'ab', flag: true, pair: ['abcdef', 'cdefgh'] })
    logger.info('pin=48213 short=ab about abcdefgh')
    logger.warning('ab')
    logger.error('{"abcdef": 48213}')
  })
  logger.close()
  const file = await readFile(join(dir, 'run.log'), 'utf8')
  for (const text of [stdout.replace(/^::add-mask::.*$/gm, ''), file]) {
    assert.doesNotMatch(text, /48213|abcdef|cdefgh|=ab\b|\bgh\b/)
    assert.match(text, /pin=\*\*\* short=\*\*\* about \*\*\*/)
  }
  // The runner masks the strings and numbers too; `true` is not handed to it (it would hide
  // every "true" in the log).
  const masks = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1])
  assert.deepEqual(masks.sort(), ['48213', 'ab', 'abcdef', 'cdefgh'])
})

void test('a message cannot end a line early and start a command (LF, CR, CRLF, indentation)', () => {
  const logger = new ActionLogger()
  const stdout = captureStdout(() => {
    logger.info('ok\n::error::a\r::set-output name=verdict::passed\r\n   ::stop-commands::t')
    logger.warning('x\n::add-mask::y')
    logger.error('x\n##[error]z')
  })
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    assert.doesNotMatch(line.trimStart(), /^::/, line)
    assert.ok(!line.includes('##['), line)
  }
  assert.match(stdout, /:\u200b:set-output name=verdict::passed/)
})
