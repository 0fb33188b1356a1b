// The CLI's terminal output carries no escape sequence from an experiment or a probed process
// (a title with ESC[2J must not clear the screen), and `-v` shows no secret, short or numeric.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

// ESC, BEL and the C1 CSI: what any terminal sequence starts or ends with.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u001b\u0007\u009b\u0090\u009d\r]/

void test('run -v: no escape sequence from the experiment or its process, no secret', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-hostile-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'hostile.json')
  const script =
    "printf '\\033[2J\\033]0;owned\\007\\233?25l pin=%s key=%s\\r\\n' ${pin} ${key}; exit 1"
  await writeFile(
    file,
    JSON.stringify({
      title: 'Clear \u001b[2J\u001b[H screen \u009b31m',
      description: 'd',
      secrets: { s: { pin: 90817263, key: 'k9' } },
      'steady-state-hypothesis': {
        title: 'h \u001b]8;;https://evil.example\u0007link',
        probes: [
          {
            type: 'probe',
            name: 'p\u001b[2K',
            tolerance: 0,
            provider: { type: 'process', path: 'sh', arguments: ['-c', script] }
          }
        ]
      },
      method: []
    })
  )
  const run = await cli(['run', '-v', '--journal-dir', join(dir, 'journals'), file])
  assert.equal(run.code, 1, run.stderr)
  for (const [name, text] of Object.entries({ stdout: run.stdout, stderr: run.stderr })) {
    assert.doesNotMatch(text, CONTROLS, `${name} carries a control character`)
    assert.ok(!text.includes('90817263'), `${name} shows the numeric secret`)
    assert.doesNotMatch(text, /\bk9\b/, `${name} shows the short secret`)
  }
  // The experiment's text is still there, readable.
  assert.match(run.stdout + run.stderr, /Clear \[2J\[H screen/)
  assert.match(run.stderr, /key=%s\\r\\n' \*\*\* \*\*\*; exit 1/)
})

void test('validation errors quoting the experiment carry no escape sequence', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'chaos-hostile-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const file = join(dir, 'bad.json')
  await writeFile(
    file,
    JSON.stringify({
      title: 't',
      description: 'd',
      method: [{ type: 'action', name: 'a', provider: { type: 'nope\u001b[2J\u001b]0;x\u0007' } }]
    })
  )
  const run = await cli(['validate', file])
  assert.equal(run.code, 2, run.stderr)
  assert.match(run.stderr, /nope\[2J/)
  assert.doesNotMatch(run.stderr + run.stdout, CONTROLS)
})
