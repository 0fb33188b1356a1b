// The Chaos Mesh and faulty-traffic examples (examples/k8s/network-delay.yaml,
// examples/k8s/half-traffic-to-errors.yaml) end to end against the local control plane
// (npm run test:k8s): the manifests applied with client-node into a namespace of our own, each
// experiment run through the CLI as a user runs it, the verdict, the journal's evidence and the
// cluster afterwards checked. kwok Stages play the Chaos Mesh controller; the Gateway API CRDs are
// the real ones.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node'
import type { KubernetesObject } from '@kubernetes/client-node'
import { parseAllDocuments } from 'yaml'
import { R } from '../../src/providers/kubernetes/client.ts'
import { chaosResource } from '../../src/providers/chaos-mesh/kinds.ts'
import { HTTPROUTES } from '../../src/providers/kubernetes/traffic.ts'
import { admin, kubeconfig, skip, suffix } from '../providers/kubernetes-fixtures.ts'
import { runCli, type CliRun } from '../helpers/cli.ts'
import type { Journal } from '../helpers/journal.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const NETWORK_DELAY = join(ROOT, 'examples/k8s/network-delay.yaml')
const HALF_TRAFFIC = join(ROOT, 'examples/k8s/half-traffic-to-errors.yaml')
const MANIFESTS = [
  join(ROOT, 'deploy/kubernetes/web.yaml'),
  join(ROOT, 'deploy/gateway-api/web-route.yaml')
]

/** The CLI from the repository root, as a user runs it. */
function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { env: { KUBECONFIG: kubeconfig }, timeoutMs: 45_000 })
}

async function runExample(file: string, ns: string, journals: string) {
  const r = await cli([
    'run',
    file,
    '--json',
    '--cluster',
    'existing',
    '--journal-dir',
    journals,
    '--var',
    `namespace=${ns}`
  ])
  let results: { verdict: string; journal: string | null }[]
  try {
    results = JSON.parse(r.stdout) as typeof results
  } catch {
    assert.fail(`no JSON on stdout (exit ${r.code})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
  }
  assert.equal(results.length, 1, r.stderr)
  const result = results[0]!
  assert.ok(result.journal, `a journal path is reported\n${r.stderr}`)
  const journal = JSON.parse(await readFile(resolve(ROOT, result.journal), 'utf8')) as Journal
  const activity = (name: string, list = journal.run) => {
    const found = list.find((a) => a.activity.name === name)
    assert.ok(found, `the journal has ${name}\n${r.stderr}`)
    return found
  }
  return { r, verdict: result.verdict, journal, activity }
}

interface ChaosOutput {
  kind: string
  namespace: string
  phases: { phase: string }[]
  injected: string[]
  records: { phase: string; injectedCount: number; recoveredCount: number }[]
  durations: { held_seconds: number | null }
}

interface ShiftOutput {
  kind: string
  route: string
  backend: string
  backend_created: boolean
  percentage: number
  original_weights: Record<string, Record<string, number>>
  new_weights: Record<string, Record<string, number>>
}

describe('examples/k8s: Chaos Mesh network delay and faulty traffic', { skip }, () => {
  let ns = ''
  let scratch = ''
  let route = ''

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'chaos-k8s-examples-'))
    // Apply the manifests as written, into a namespace of our own.
    ns = `chaos-example-${suffix()}`
    const kc = new KubeConfig()
    kc.loadFromFile(kubeconfig!)
    const api = KubernetesObjectApi.makeApiClient(kc)
    for (const file of MANIFESTS) {
      for (const d of parseAllDocuments(await readFile(file, 'utf8'))) {
        const doc = d.toJS() as KubernetesObject
        if (doc.kind === 'Namespace') doc.metadata!.name = ns
        else doc.metadata!.namespace = ns
        await api.create(doc)
      }
    }
    const ok = await admin().watchUntil(
      R.deployments,
      ns,
      { fieldSelector: 'metadata.name=web', timeoutMs: 30_000 },
      (objects) => objects.get(`${ns}/web`)?.status?.availableReplicas === 3
    )
    assert.ok(ok, 'web is available before the experiments')
    route = JSON.stringify((await admin().get(HTTPROUTES, ns, 'web')).spec)
  })

  after(async () => {
    if (ns)
      await admin()
        .delete(R.namespaces, undefined, ns)
        .catch(() => undefined)
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  it('network-delay passes: the NetworkChaos is injected, held, recovered and removed', async () => {
    const started = Date.now()
    const { r, verdict, journal, activity } = await runExample(
      NETWORK_DELAY,
      ns,
      join(scratch, 'delay')
    )
    assert.equal(verdict, 'passed', r.stderr)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, true)
    const out = activity('delay-web-network').output as ChaosOutput
    assert.equal(out.kind, 'NetworkChaos')
    assert.equal(out.namespace, ns)
    assert.deepEqual(
      out.phases.map((p) => p.phase),
      ['created', 'Selected', 'AllInjected', 'held', 'deleted', 'Stop', 'AllRecovered', 'removed']
    )
    assert.ok(out.injected.length >= 1, 'Chaos Mesh reported injected targets')
    assert.ok(out.records.every((x) => x.injectedCount === 1 && x.recoveredCount === 1))
    // Held for the example's `duration: 5`.
    assert.ok((out.durations.held_seconds ?? 0) >= 5, `held ${out.durations.held_seconds}`)
    assert.ok(Date.now() - started >= 5000)
    // Nothing left behind in the cluster.
    const left = await admin().list(chaosResource('NetworkChaos'), ns)
    assert.deepEqual(
      left.items.map((o) => o.metadata?.name),
      []
    )
  })

  it('network-delay fails, and cleans up, when Chaos Mesh selects no pod', async () => {
    // The same experiment, with kwok's emulation told to select nothing (as Chaos Mesh does when
    // no pod matches).
    const text = await readFile(NETWORK_DELAY, 'utf8')
    const anchor = '      kind: NetworkChaos\n'
    assert.equal(text.split(anchor).length, 2, 'the example has one NetworkChaos')
    const broken = join(scratch, 'network-delay-no-targets.yaml')
    await writeFile(
      broken,
      text.replace(
        anchor,
        `${anchor}      metadata: {annotations: {chaos-action.test/emulate: no-targets}}\n`
      )
    )
    const { r, verdict, journal, activity } = await runExample(broken, ns, join(scratch, 'none'))
    assert.equal(verdict, 'failed', r.stderr)
    assert.notEqual(r.code, 0)
    // As in Chaos Toolkit, a failed action does not end the run (status completed); the verdict
    // says the experiment could not do what it set out to.
    assert.equal(journal.status, 'completed')
    const failed = activity('delay-web-network')
    assert.equal(failed.status, 'failed')
    assert.match(JSON.stringify(failed.exception), /the fault reached nothing: /)
    assert.match(
      JSON.stringify(failed.exception),
      /Chaos Mesh selected no targets for NetworkChaos/
    )

    const left = await admin().list(chaosResource('NetworkChaos'), ns)
    assert.equal(left.items.length, 0, 'the failed chaos object was deleted')
  })

  it('network-delay that selects no pod is only a warning under expect_effect: false', async () => {
    const text = await readFile(NETWORK_DELAY, 'utf8')
    const anchor = '      kind: NetworkChaos\n'
    const lenient = join(scratch, 'network-delay-optional.yaml')
    await writeFile(
      lenient,
      text
        .replace(
          anchor,
          `${anchor}      metadata: {annotations: {chaos-action.test/emulate: no-targets}}\n`
        )
        .replace(
          '    name: delay-web-network\n',
          '    name: delay-web-network\n    expect_effect: false\n'
        )
    )
    const { r, verdict, activity } = await runExample(lenient, ns, join(scratch, 'optional'))
    assert.equal(verdict, 'passed', r.stderr)
    const a = activity('delay-web-network') as {
      status: string
      output: unknown
      warnings?: string[]
    }
    assert.equal(a.status, 'succeeded')
    assert.equal((a.output as { records_injected: number }).records_injected, 0)
    assert.match(a.warnings?.join('\n') ?? '', /^the fault reached nothing: /)
    const left = await admin().list(chaosResource('NetworkChaos'), ns)
    assert.equal(left.items.length, 0, 'the chaos object was deleted')
  })

  it('half-traffic-to-errors passes: 50 % shifted to a 503 backend, then restored as it was', async () => {
    const { r, verdict, journal, activity } = await runExample(
      HALF_TRAFFIC,
      ns,
      join(scratch, 'traffic')
    )
    assert.equal(verdict, 'passed', r.stderr)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, true)
    const shift = activity('shift-half-to-errors').output as ShiftOutput
    assert.equal(shift.kind, 'HTTPRoute')
    assert.equal(shift.route, 'web')
    assert.equal(shift.backend, 'web-chaos-errors')
    assert.equal(shift.backend_created, true)
    assert.deepEqual(shift.original_weights, { '0': { web: 1 } })
    const shifted = shift.new_weights['0']!
    assert.equal(
      shifted.web,
      shifted['web-chaos-errors'],
      `half and half: ${JSON.stringify(shifted)}`
    )
    // The error backend was serving while the traffic was shifted.
    assert.equal(activity('error-backend-ready').output, true)
    const restored = activity('restore-weights').output as {
      restored: { restored_rules: number[]; backend_deleted: string | null }[]
    }
    assert.deepEqual(restored.restored[0]?.restored_rules, [0])
    assert.equal(restored.restored[0]?.backend_deleted, 'web-chaos-errors')
    // The rollback ran and found nothing left to restore.
    const rollback = activity('restore-weights-if-still-shifted', journal.rollbacks).output as {
      restored: unknown[]
    }
    assert.deepEqual(rollback.restored, [])
    // The route is exactly as applied, and the error backend is gone.
    const now = await admin().get(HTTPROUTES, ns, 'web')
    assert.equal(JSON.stringify(now.spec), route)
    assert.equal(now.metadata?.annotations?.['chaos-action.io/traffic-shift'], undefined)
    assert.equal(await admin().getOrNull(R.deployments, ns, 'web-chaos-errors'), null)
    assert.equal(await admin().getOrNull(R.services, ns, 'web-chaos-errors'), null)
  })
})
