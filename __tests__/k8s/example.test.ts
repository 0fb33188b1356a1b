// The Kubernetes example (examples/k8s/) end to end against the local control plane (npm run
// test:k8s): its manifest applied with client-node, the experiment run through the CLI as a user
// runs it, the verdict, the evidence and the journal checked.
import { after, before, describe, it } from 'node:test'
import type { TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { KubeConfig, KubernetesObjectApi } from '@kubernetes/client-node'
import type { KubernetesObject } from '@kubernetes/client-node'
import { parseAllDocuments } from 'yaml'
import { R } from '../../src/providers/kubernetes/client.ts'
import { admin, kubeconfig, skip, suffix } from '../providers/kubernetes-fixtures.ts'
import { runCli, type CliRun } from '../helpers/cli.ts'
import type { Journal } from '../helpers/journal.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const EXAMPLE = join(ROOT, 'examples/k8s/pod-kill-recovers-within-slo.yaml')
const MANIFEST = join(ROOT, 'deploy/kubernetes/web.yaml')
/** The bound written in the example's recovered-within-slo tolerance. */
const SLO_SECONDS = 10

/** The CLI from the repository root, as a user runs it. */
function cli(args: string[]): Promise<CliRun> {
  return runCli(args, { env: { KUBECONFIG: kubeconfig }, timeoutMs: 45_000 })
}

interface JsonResult {
  file: string
  verdict: string
  journal: string | null
}

interface KillOutput {
  pods: { name: string; owner: string | null }[]
  recovered: boolean | null
  recovery_seconds: number | null
  workloads: { workload: string; replacement_pods: string[] }[]
}

async function runExample(file: string, ns: string, journals: string) {
  const r = await cli([
    'run',
    file,
    '--json',
    '--journal-dir',
    journals,
    '--var',
    `namespace=${ns}`
  ])
  let results: JsonResult[]
  try {
    results = JSON.parse(r.stdout) as JsonResult[]
  } catch {
    assert.fail(`no JSON on stdout (exit ${r.code})\nstdout: ${r.stdout}\nstderr: ${r.stderr}`)
  }
  assert.equal(results.length, 1, r.stderr)
  const result = results[0]!
  assert.ok(result.journal, `a journal path is reported\n${r.stderr}`)
  const journal = JSON.parse(await readFile(resolve(ROOT, result.journal), 'utf8')) as Journal
  const kill = journal.run.find((a) => a.activity.name === 'kill-one-web-pod')
  assert.ok(kill, `the journal has the kill action\n${r.stderr}`)
  return { r, result, journal, kill: kill.output as KillOutput }
}

describe('examples/k8s: pod kill with a recovery SLO', { skip }, () => {
  let ns = ''
  let scratch = ''
  /** Why the CLI cannot run the example yet (provider not wired): the tests skip with it. */
  let notRunnable: string | undefined

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'chaos-k8s-example-'))
    // Apply the manifest as written, into a namespace of our own.
    ns = `chaos-example-${suffix()}`
    const docs = parseAllDocuments(await readFile(MANIFEST, 'utf8')).map(
      (d) => d.toJS() as KubernetesObject
    )
    assert.deepEqual(
      docs.map((d) => d.kind),
      ['Namespace', 'Deployment'],
      'namespace first, then the workload'
    )
    const kc = new KubeConfig()
    kc.loadFromFile(kubeconfig!)
    const api = KubernetesObjectApi.makeApiClient(kc)
    for (const doc of docs) {
      if (doc.kind === 'Namespace') doc.metadata!.name = ns
      else doc.metadata!.namespace = ns
      await api.create(doc)
    }
    const ok = await admin().watchUntil(
      R.deployments,
      ns,
      { fieldSelector: 'metadata.name=web', timeoutMs: 60_000 },
      (objects) => objects.get(`${ns}/web`)?.status?.availableReplicas === 3
    )
    assert.ok(ok, 'web is available before the experiment')

    const v = await cli(['validate', EXAMPLE])
    if (v.code !== 0) {
      const unwired =
        /unknown provider type 'kubernetes'|unknown kubernetes probe '[^']+'|could not find Python module 'chaosk8s/.exec(
          v.stderr
        )
      // Anything else wrong with the example is a failure, not a reason to skip.
      assert.ok(unwired, `the example does not validate:\n${v.stderr}`)
      notRunnable = `the CLI cannot run the example yet: ${unwired[0]}`
    }
  })

  after(async () => {
    if (ns)
      await admin()
        .delete(R.namespaces, undefined, ns)
        .catch(() => undefined)
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  const pending = (t: TestContext): boolean => {
    if (notRunnable) t.skip(notRunnable)
    return notRunnable !== undefined
  }

  it('passes: one pod killed, recovery measured by watching and within the SLO', async (t) => {
    if (pending(t)) return
    const { r, result, journal, kill } = await runExample(EXAMPLE, ns, join(scratch, 'pass'))
    assert.equal(result.verdict, 'passed', r.stderr)
    assert.equal(r.code, 0, r.stderr)
    assert.equal(journal.status, 'completed')
    assert.equal(journal.deviated, false)
    // The evidence a person needs later.
    assert.equal(kill.pods.length, 1)
    assert.equal(kill.pods[0]?.owner, 'Deployment/web')
    assert.equal(kill.recovered, true)
    assert.equal(typeof kill.recovery_seconds, 'number')
    assert.ok(
      kill.recovery_seconds! > 0 && kill.recovery_seconds! <= SLO_SECONDS,
      `recovery_seconds ${kill.recovery_seconds}`
    )
    assert.equal(kill.workloads[0]?.replacement_pods.length, 1)
    assert.notEqual(kill.workloads[0]?.replacement_pods[0], kill.pods[0]?.name)
    // Both hypothesis checks held, and the SLO probe judged the measured recovery.
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, true)
    const slo = journal.steady_states.after?.probes.find(
      (p) => p.activity.name === 'recovered-within-slo'
    )
    assert.equal(slo?.tolerance_met, true)
    assert.equal(
      (slo?.output as { recovery_seconds?: unknown } | undefined)?.recovery_seconds,
      kill.recovery_seconds
    )
  })

  it('deviates when the SLO cannot be met, with the recovery still measured', async (t) => {
    if (pending(t)) return
    // The same experiment with the bound at 0 s: no recovery is that fast.
    const text = await readFile(EXAMPLE, 'utf8')
    const bound = `recovery_seconds <= ${SLO_SECONDS})]`
    assert.equal(text.split(bound).length, 2, 'the example has one recovery bound')
    const impossible = join(scratch, 'pod-kill-impossible-slo.yaml')
    await writeFile(impossible, text.replace(bound, 'recovery_seconds <= 0)]'))

    const { r, result, journal, kill } = await runExample(impossible, ns, join(scratch, 'deviate'))
    assert.equal(result.verdict, 'deviated', r.stderr)
    assert.equal(r.code, 1, r.stderr)
    assert.equal(journal.deviated, true)
    assert.equal(journal.steady_states.before?.steady_state_met, true)
    assert.equal(journal.steady_states.after?.steady_state_met, false)
    // The system recovered; it just was not fast enough for this SLO.
    assert.equal(kill.recovered, true)
    assert.ok((kill.recovery_seconds ?? 0) > 0, `recovery_seconds ${kill.recovery_seconds}`)
    const probes = journal.steady_states.after?.probes ?? []
    assert.equal(probes.at(-1)?.activity.name, 'recovered-within-slo')
    assert.equal(probes.at(-1)?.tolerance_met, false)
  })
})
