// Untrusted text cannot command the runner: an experiment whose title, activity names and probed
// process output are workflow commands and terminal escapes, run through the action like the
// runner runs it; its stdout is then read the way the runner reads it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createWorkspace, pullRequestEvent, runMain } from '../../__fixtures__/action-runner.ts'
import { startGitHubServer, type GitHubServer } from '../../__fixtures__/github-server.ts'
import { escapeWorkflowCommands } from '../../src/action/logger.ts'

let github: GitHubServer
before(async () => {
  github = await startGitHubServer()
})
after(async () => {
  await github.close()
})

/** Every line the runner would take as a command: `::name props::data`, after trimming. */
function runnerCommands(stdout: string): { name: string; rest: string }[] {
  const out: { name: string; rest: string }[] = []
  // The runner's reader ends a line at CR, LF or CRLF.
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart()
    const m = /^::([^\s:]+)(.*)$/.exec(line)
    if (m) out.push({ name: m[1]!, rest: m[2]! })
  }
  return out
}

const HOSTILE = [
  '::error::forged-1',
  '::warning file=README.md,line=1::forged-2',
  '::set-output name=verdict::passed',
  '  ::stop-commands::x',
  '::add-mask::forged-3',
  '##[error]forged-4',
  '\u001b[2J\u001b]0;forged-title\u0007cleared'
]

void test('escapeWorkflowCommands: no line of the result is a command, each still reads the same', () => {
  const text = [
    ...HOSTILE,
    'fine line',
    'a\r::error::forged-cr',
    'b\r\n::notice::forged-crlf'
  ].join('\n')
  const escaped = escapeWorkflowCommands(text)
  assert.deepEqual(runnerCommands(escaped), [])
  assert.ok(!escaped.includes('##['))
  assert.ok(!escaped.includes('\u001b'))
  assert.equal(escaped.replace(/\u200b/g, '').split('\n')[2], '::set-output name=verdict::passed')
  assert.ok(escaped.includes('fine line'))
})

void test('titles, activity names and process output in the action log never become workflow commands', async () => {
  const ws = await createWorkspace(await pullRequestEvent(9))
  // printf's own escapes for ESC and BEL, so the script itself stays printable.
  const printable = HOSTILE.map((l) =>
    l.replaceAll('\u001b', '\\033').replaceAll('\u0007', '\\007')
  )
  const script = `printf '${printable.join('\\n')}\\n::error::forged-5\\r::error::forged-6\\n'; exit 1`
  const experiment = {
    title: '::error::forged-title\n::set-output name=verdict::passed \u001b[2J',
    description: 'hostile text everywhere',
    'steady-state-hypothesis': {
      title: '::warning::forged-hypothesis',
      probes: [
        {
          type: 'probe',
          name: '::error::forged-probe\n::stop-commands::y',
          tolerance: 0,
          provider: { type: 'process', path: 'sh', arguments: ['-c', script] }
        }
      ]
    },
    method: [
      {
        type: 'action',
        name: 'say',
        provider: { type: 'process', path: 'sh', arguments: ['-c', script] }
      }
    ]
  }
  await mkdir(join(ws.dir, 'experiments'), { recursive: true })
  await writeFile(join(ws.dir, 'experiments', 'hostile.json'), JSON.stringify(experiment))
  const result = await runMain(ws, github.url, {
    inputs: { comment: 'never', 'check-runs': 'false', 'upload-artifact': 'false' }
  })
  assert.equal(result.outputs.verdict, 'not-steady', result.stdout + result.stderr)
  // The hostile text did reach the log (escaped), so the check below is not vacuous.
  assert.match(result.stdout, /:\u200b:set-output name=verdict::passed/)
  assert.match(result.stdout, /forged-5/)

  const commands = runnerCommands(result.stdout)
  // A forged command is one whose line the hostile text started: its data begins with `forged`
  // (`::error::forged-1`) or it names a command we never send.
  const forged = commands.filter(
    (c) =>
      ['set-output', 'stop-commands', 'save-state', 'add-path', 'set-env'].includes(c.name) ||
      (c.name === 'add-mask' && !c.rest.startsWith('::ghs_')) ||
      /^(?: file=README\.md,line=1)?::forged/.test(c.rest)
  )
  assert.deepEqual(forged, [])
  // What remains is ours: groups, debug, annotations whose data @actions/core escaped.
  for (const c of commands) {
    assert.ok(
      ['group', 'endgroup', 'error', 'warning', 'notice', 'debug', 'add-mask'].includes(c.name),
      c.name
    )
  }
  for (const line of result.stdout.split(/\r\n|\r|\n/)) {
    assert.ok(!line.includes('##['), line)
  }
  assert.ok(!result.stdout.includes('\u001b[2J'), 'no screen clear')
  assert.ok(!result.stdout.includes('\u001b]0;'), 'no OSC')
  assert.equal(result.outputs.verdict, 'not-steady')
})
