// The post step after a main step that was killed outright (no chance to clean up): it undoes the
// fault still in the ledger, writes the job summary and uploads the artifact main never got to,
// and never fails the job for what it could not clean.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  annotations,
  createWorkspace,
  experimentYaml,
  pullRequestEvent,
  runMain,
  runPost,
  startTargetService,
  type TargetService,
  type Workspace
} from '../../__fixtures__/action-runner.ts'
import { startArtifactServer, type ArtifactServer } from '../../__fixtures__/artifact-server.ts'
import { groupIsLive } from '../../src/providers/process/group.ts'
import { ledgerPathFor } from '../../src/providers/ledger.ts'

/** Just enough of Toxiproxy's HTTP API: toxics are added and deleted per proxy. */
interface FakeToxiproxy {
  url: string
  toxics: Map<string, unknown>
  calls: string[]
  close(): Promise<void>
}

async function startToxiproxy(): Promise<FakeToxiproxy> {
  const toxics = new Map<string, unknown>()
  const calls: string[] = []
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (d: Buffer) => (body += d.toString()))
    req.on('end', () => {
      const path = req.url ?? '/'
      calls.push(`${req.method} ${path}`)
      const add = /^\/proxies\/([^/]+)\/toxics$/.exec(path)
      const del = /^\/proxies\/([^/]+)\/toxics\/([^/]+)$/.exec(path)
      if (req.method === 'POST' && add) {
        const toxic = JSON.parse(body) as { name: string }
        toxics.set(`${add[1]}/${toxic.name}`, toxic)
        res.writeHead(200, { 'content-type': 'application/json' }).end(body)
      } else if (req.method === 'DELETE' && del) {
        const found = toxics.delete(`${del[1]}/${del[2]}`)
        res.writeHead(found ? 204 : 404).end()
      } else if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(add ? '[]' : '{}')
      } else {
        res.writeHead(404).end()
      }
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    toxics,
    calls,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
  }
}

let target: TargetService
let artifacts: ArtifactServer
before(async () => {
  target = await startTargetService()
  artifacts = await startArtifactServer()
})
after(async () => {
  await target.close()
  await artifacts.close()
})

const API = 'http://127.0.0.1:9' // no GitHub API calls are expected (comment: never)

async function waitFor(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Runs main on an experiment that adds a Toxiproxy fault, and SIGKILLs it mid-method. */
async function killedMidFault(
  toxiproxy: FakeToxiproxy,
  artifactName: string
): Promise<Workspace & { sleepGroup: { pgid: number; runId: string } }> {
  const ws = await createWorkspace(await pullRequestEvent())
  await mkdir(join(ws.dir, 'experiments'), { recursive: true })
  const yaml = experimentYaml(target, {
    title: 'Latency on the dependency',
    extraMethod: `  - type: action
    name: add-latency
    provider:
      type: proxy
      action: add-fault
      proxy: payments
      toxiproxy_url: ${toxiproxy.url}
      fault:
        type: latency
        name: slow-payments
        latency_ms: 500
  - type: action
    name: hold-the-fault
    provider:
      type: process
      path: sleep
      arguments: '120'
`
  })
  await writeFile(join(ws.dir, 'experiments', 'latency.yaml'), yaml)
  const result = await runMain(ws, API, {
    inputs: { comment: 'never', 'artifact-name': artifactName },
    env: artifacts.env,
    timeoutMs: 30_000,
    onSpawn: (child) => {
      void waitFor('the fault', () => toxiproxy.toxics.size > 0).then(async () => {
        // The ledger is written synchronously when a resource is tracked: once it lists the
        // `sleep 120` process group, both the fault and the sleep are recorded.
        const ledger = ledgerPathFor(join(ws.dir, 'chaos-journals'), {
          RUNNER_TEMP: join(ws.dir, '_runner')
        })
        await waitFor(
          'the process group in the ledger',
          () => existsSync(ledger) && readFileSync(ledger, 'utf8').includes('"process-group"'),
          10_000
        )
        child.kill('SIGKILL')
      })
    }
  })
  assert.equal(result.signal, 'SIGKILL', `main was killed:\n${result.stdout}`)
  assert.equal(toxiproxy.toxics.size, 1, 'the fault outlived main')
  assert.equal(result.state.CHAOS_SUMMARY_DONE, undefined, 'main never wrote its summary')
  // The `sleep 120` runs on in its own process group, recorded in the ledger.
  // Outside the journal directory (the artifact): the ledger holds undo data unmasked.
  assert.equal(existsSync(join(ws.dir, 'chaos-journals', 'resources.ledger.json')), false)
  const ledger = JSON.parse(
    await readFile(
      ledgerPathFor(join(ws.dir, 'chaos-journals'), { RUNNER_TEMP: join(ws.dir, '_runner') }),
      'utf8'
    )
  ) as { runId: string; resources: { kind: string; data: { pgid: number } }[] }
  const group = ledger.resources.find((r) => r.kind === 'process-group')
  assert.ok(group, 'the running process group is in the ledger')
  const sleepGroup = { pgid: group.data.pgid, runId: ledger.runId }
  assert.equal(groupIsLive(sleepGroup.pgid, sleepGroup.runId), true, 'the sleep outlived main')
  return { ...ws, sleepGroup }
}

void test('after a kill, post undoes the fault from the ledger, writes the summary, uploads', async () => {
  const toxiproxy = await startToxiproxy()
  try {
    const ws = await killedMidFault(toxiproxy, 'killed-run')
    const post = await runPost(ws, API, {
      inputs: { comment: 'never', 'artifact-name': 'killed-run' },
      env: artifacts.env
    })
    assert.equal(post.code, 0, post.stdout + post.stderr)

    assert.equal(toxiproxy.toxics.size, 0, 'post removed the fault')
    assert.equal(
      groupIsLive(ws.sleepGroup.pgid, ws.sleepGroup.runId),
      false,
      'post ended the process group main left'
    )
    assert.ok(toxiproxy.calls.includes('DELETE /proxies/payments/toxics/slow-payments'))
    const ledger = JSON.parse(
      await readFile(
        ledgerPathFor(join(ws.dir, 'chaos-journals'), { RUNNER_TEMP: join(ws.dir, '_runner') }),
        'utf8'
      )
    ) as { resources: unknown[] }
    assert.deepEqual(ledger.resources, [], 'nothing left in the ledger')

    // The summary main never wrote.
    assert.match(post.summary, /stopped before it finished/)
    assert.equal(post.state.CHAOS_SUMMARY_DONE, 'true')
    // The artifact main never uploaded: the log main wrote up to the kill, never the ledger.
    const files = artifacts.files('killed-run')
    assert.ok(files.has('chaos-action.log'), [...files.keys()].join(', '))
    const log = files.get('chaos-action.log')!.toString()
    assert.match(log, /add-latency/, 'what main logged before the kill')
    assert.match(log, /undid proxy payments fault slow-payments/, 'and what post did')
    assert.ok(![...files.keys()].some((f) => f.includes('ledger')), [...files.keys()].join(', '))
    assert.deepEqual(
      annotations(post.stdout).filter((a) => a.level !== 'notice'),
      [],
      'a clean post has nothing to warn about'
    )
  } finally {
    await toxiproxy.close()
  }
})

void test('post warns about what it could not clean, keeps it in the ledger, and still passes', async () => {
  const toxiproxy = await startToxiproxy()
  const ws = await killedMidFault(toxiproxy, 'unreachable-run')
  // The fault's backend is gone by the time post runs.
  await toxiproxy.close()
  const post = await runPost(ws, API, {
    inputs: { comment: 'never', 'artifact-name': 'unreachable-run' },
    env: artifacts.env
  })
  assert.equal(post.code, 0, 'cleanup trouble never fails the job')
  const warnings = annotations(post.stdout).filter((a) => a.level === 'warning')
  assert.ok(
    warnings.some((w) => /could not clean up proxy payments fault slow-payments/.test(w.message)),
    post.stdout
  )
  assert.ok(warnings.some((w) => /1 resource\(s\) .* could not be cleaned up/.test(w.message)))
  // Outside the journal directory (the artifact): the ledger holds undo data unmasked.
  assert.equal(existsSync(join(ws.dir, 'chaos-journals', 'resources.ledger.json')), false)
  const ledger = JSON.parse(
    await readFile(
      ledgerPathFor(join(ws.dir, 'chaos-journals'), { RUNNER_TEMP: join(ws.dir, '_runner') }),
      'utf8'
    )
  ) as { resources: { provider: string; kind: string }[] }
  assert.deepEqual(
    ledger.resources.map((r) => [r.provider, r.kind]),
    [['proxy', 'fault']]
  )
})

void test('post after a main step that never started does nothing and passes', async () => {
  const ws = await createWorkspace(await pullRequestEvent())
  const post = await runPost(ws, API)
  assert.equal(post.code, 0)
  assert.match(post.stdout, /did not start a run/)
  assert.equal(post.summary, '')
})

void test('post writes the job summary from summary.json when main died right before writing it', async () => {
  target.faulty = false
  const ws = await createWorkspace(await pullRequestEvent())
  await mkdir(join(ws.dir, 'experiments'), { recursive: true })
  await writeFile(
    join(ws.dir, 'experiments', 'ok.yaml'),
    experimentYaml(target, { title: 'Rebuilt summary' })
  )
  const main = await runMain(ws, API, { inputs: { comment: 'never', 'artifact-name': '' } })
  assert.equal(main.code, 0, main.stdout)
  // As if main had been killed between the reports and the job summary.
  const state = (await readFile(ws.stateFile, 'utf8')).replace(
    /CHAOS_SUMMARY_DONE<<[^\n]+\ntrue\n[^\n]+\n/g,
    ''
  )
  assert.doesNotMatch(state, /CHAOS_SUMMARY_DONE/)
  await writeFile(ws.stateFile, state)
  await writeFile(ws.summaryFile, '')

  const post = await runPost(ws, API, { inputs: { comment: 'never', 'artifact-name': '' } })
  assert.equal(post.code, 0, post.stdout)
  assert.match(post.summary, /\| Verdict \| Experiment \| Why \| Time \|/)
  assert.match(post.summary, /Rebuilt summary/)
  assert.match(post.summary, /post step wrote it/)
})
