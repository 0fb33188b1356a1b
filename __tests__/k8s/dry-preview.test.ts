// `--dry actions` through the CLI against the local control plane (npm run test:k8s): each skipped
// fault reports what it would affect (kill-pods, chaosk8s terminate_pods, a Chaos Mesh PodChaos
// checked by the API server's dry run) and nothing is touched; a namespace outside the blast
// radius previews as refused.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { ResourceType } from '../../src/providers/kubernetes/client.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  kubeconfig,
  skip
} from '../providers/kubernetes-fixtures.ts'
import { runCli, type CliRun } from '../helpers/cli.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const POD_CHAOS: ResourceType = {
  group: 'chaos-mesh.org',
  version: 'v1alpha1',
  plural: 'podchaos',
  namespaced: true
}

/** The CLI from the repository root, as a user runs it. */
function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { env: { KUBECONFIG: kubeconfig }, timeoutMs: 60_000 })
}

interface ActivityRun {
  activity: { name: string }
  status?: string
  output?: unknown
  exception?: unknown
}

const EXPERIMENT = `
title: dry preview of Kubernetes faults
description: every action is skipped by --dry actions and previewed instead
configuration:
  ns: placeholder
  other: placeholder
method:
  - type: action
    name: kill-two
    provider:
      type: kubernetes
      action: kill-pods
      namespace: \${ns}
      selector: app=web
      count: 2
      pick: oldest
  - type: action
    name: terminate-all
    provider:
      type: python
      module: chaosk8s.pod.actions
      func: terminate_pods
      arguments:
        ns: \${ns}
        label_selector: app=web
        all: true
  - type: action
    name: pod-kill-chaos
    provider:
      type: chaos-mesh
      kind: PodChaos
      namespace: \${ns}
      spec:
        action: pod-kill
        mode: one
        selector:
          namespaces:
            - \${ns}
          labelSelectors: { app: web }
  - type: action
    name: kill-outside
    provider:
      type: kubernetes
      action: kill-pods
      namespace: \${other}
      selector: app=web
  - type: action
    name: terminate-outside
    provider:
      type: python
      module: chaosk8s.pod.actions
      func: terminate_pods
      arguments:
        ns: \${other}
        all: true
`

describe('--dry actions previews Kubernetes faults', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''
  let other = ''
  let scratch = ''

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'chaos-dry-preview-'))
    ns = await createNamespace(client!, 'dry-preview')
    other = await createNamespace(client!, 'dry-preview-other')
    await Promise.all([deployment(client!, ns, 'web', 3), deployment(client!, other, 'web', 1)])
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
    if (other) await deleteNamespace(client!, other)
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  async function pods(namespace: string) {
    return (await client!.list(R.pods, namespace)).items
      .map((p) => ({
        name: p.metadata?.name ?? '',
        uid: p.metadata?.uid ?? '',
        deleting: p.metadata?.deletionTimestamp !== undefined
      }))
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  it('lists the pods each fault would kill, deletes nothing, refuses outside the radius', async () => {
    const before = { ns: await pods(ns), other: await pods(other) }
    assert.equal(before.ns.length, 3)
    const names = before.ns.map((p) => p.name)
    const file = join(scratch, 'dry.yaml')
    await writeFile(file, EXPERIMENT)
    const r = await cli([
      'run',
      file,
      '--dry',
      'actions',
      '--json',
      '--cluster',
      'existing',
      '--allowed-namespaces',
      ns,
      '--journal-dir',
      join(scratch, 'journals'),
      '--var',
      `ns=${ns}`,
      '--var',
      `other=${other}`
    ])
    let results: { verdict: string; journal: string | null }[]
    try {
      results = JSON.parse(r.stdout) as typeof results
    } catch {
      assert.fail(`no JSON on stdout (exit ${r.code})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
    }
    assert.equal(results[0]?.verdict, 'dry-run', r.stderr)
    assert.equal(r.code, 0, r.stderr)
    const journal = JSON.parse(await readFile(resolve(ROOT, results[0]!.journal!), 'utf8')) as {
      run: ActivityRun[]
    }
    const out = (name: string) => {
      const a = journal.run.find((x) => x.activity.name === name)
      assert.ok(a, `${name} is in the journal`)
      assert.equal(a.status, 'succeeded', `${name}: a dry action succeeds`)
      assert.equal(a.exception, undefined)
      return a.output as Record<string, unknown>
    }

    // Native kill-pods: the two oldest pods, with the Deployment that owns them.
    const kill = out('kill-two') as {
      dry_run: boolean
      pods: { name: string; owner: string | null }[]
      summary: string
    }
    assert.equal(kill.dry_run, true)
    assert.equal(kill.pods.length, 2)
    for (const p of kill.pods) {
      assert.ok(names.includes(p.name), `${p.name} is one of the Deployment's pods`)
      assert.equal(p.owner, 'Deployment/web')
    }
    assert.match(kill.summary, new RegExp(`^kill 2 pod\\(s\\) in ${ns}: `))
    assert.match(r.stderr, new RegExp(`would affect: kill 2 pod\\(s\\) in ${ns}: `))

    // chaosk8s terminate_pods(all=True): every pod of the Deployment.
    const terminate = out('terminate-all') as { would_terminate: string[]; summary: string }
    assert.deepEqual([...terminate.would_terminate].sort(), names)
    assert.match(terminate.summary, new RegExp(`^kill 3 pod\\(s\\) in ${ns}: `))

    // Chaos Mesh: accepted by the API server's dry run, and the pods its selector matches.
    const chaos = out('pod-kill-chaos') as {
      dry_run: boolean
      kind: string
      selected_pods: string[]
      summary: string
    }
    assert.equal(chaos.dry_run, true)
    assert.equal(chaos.kind, 'PodChaos')
    assert.deepEqual(
      [...chaos.selected_pods].sort(),
      names.map((n) => `${ns}/${n}`)
    )
    assert.match(chaos.summary, /accepted by the API server\), selector matches 3 pod\(s\)/)

    // Outside the allowed namespaces: previewed as refused, and still nothing failed.
    for (const name of ['kill-outside', 'terminate-outside']) {
      const refused = out(name) as { error: string; error_type: string }
      assert.equal(refused.error_type, 'BlastRadiusRefused', name)
      assert.match(refused.error, new RegExp(`namespace "${other}" is outside the blast radius`))
    }
    assert.match(r.stderr, /cannot preview: refused kill-pods/)

    // Nothing was touched: the same pods, none terminating, and no chaos object left behind.
    assert.deepEqual(await pods(ns), before.ns)
    assert.deepEqual(await pods(other), before.other)
    assert.equal((await client!.list(POD_CHAOS, ns)).items.length, 0)
  })
})
