// The chaos-mesh provider against the local control plane (`npm run test:k8s`): a real
// kube-apiserver with the Chaos Mesh CRDs, and kwok Stages emulating the Chaos Mesh controller.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtemp, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActivityFailed, NoEffectError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { ChaosMeshProvider, deleteAllForRun } from '../../src/providers/chaos-mesh/index.ts'
import type { ChaosOutput } from '../../src/providers/chaos-mesh/index.ts'
import { R, KubeClient } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import { chaosResource } from '../../src/providers/chaos-mesh/kinds.ts'
import { PhaseLog, deleteAndWait, waitInjected } from '../../src/providers/chaos-mesh/ops.ts'
import { parseExperimentText } from '../../src/engine/load.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { validateExperiment } from '../../src/engine/validate.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { activityContext } from '../helpers/activity-context.ts'

const kubeconfig = process.env.KUBECONFIG
const skip = kubeconfig ? false : 'KUBECONFIG is not set: run `npm run test:k8s`'
const ns = `cm-${randomBytes(3).toString('hex')}`
const EMULATE = 'chaos-action.test/emulate'
const SERVICE_ACCOUNTS = { group: '', version: 'v1', plural: 'serviceaccounts', namespaced: true }

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (let i = 0; i < 1000 && Date.now() < deadline; i++) {
    const v = await check().catch(() => undefined)
    if (v !== undefined) return v
    await sleep(100)
  }
  throw new Error(`timed out waiting for ${what}`)
}

function context(runId: string, extra: { logger?: RecordingLogger; signal?: AbortSignal } = {}) {
  const made = activityContext({ ...extra, activity: { name: 'inject chaos' } })
  made.ctx.runId = runId
  return made
}

const netSpec = (extra: Record<string, unknown> = {}) => ({
  action: 'delay',
  mode: 'all',
  selector: { namespaces: [ns], labelSelectors: { app: 'web' } },
  delay: { latency: '50ms' },
  ...extra
})

describe('chaos-mesh provider on the kwok control plane', { skip }, () => {
  let client: KubeClient
  let provider: ChaosMeshProvider
  const runIds: string[] = []
  const runId = () => {
    const id = `run-${randomBytes(4).toString('hex')}`
    runIds.push(id)
    return id
  }

  before(async () => {
    client = new KubeClient({ kubeconfig: kubeconfig! })
    await client.create(R.namespaces, undefined, { metadata: { name: ns } })
    await until('default ServiceAccount', async () =>
      (await client.getOrNull(SERVICE_ACCOUNTS, ns, 'default')) ? true : undefined
    )
    provider = new ChaosMeshProvider({ kubeconfig: kubeconfig!, allowedNamespaces: [ns] })
  })

  after(async () => {
    for (const id of runIds)
      await deleteAllForRun(client, id, { namespaces: [ns], timeoutMs: 10_000, force: true }).catch(
        () => {}
      )
    await client.delete(R.namespaces, undefined, ns).catch(() => {})
  })

  async function listChaos(kind: string, run: string): Promise<KubeObject[]> {
    return (
      await client.list(chaosResource(kind), ns, {
        labelSelector: `chaos-action.dev/run-id=${run}`
      })
    ).items
  }

  it('creates, waits for Selected and AllInjected, holds, deletes and waits for AllRecovered', async () => {
    const run = runId()
    const { ctx, tracked } = context(run)
    const started = Date.now()
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'NetworkChaos',
        namespace: ns,
        metadata: { annotations: { 'chaos-action.test/targets': `${ns}/web-a,${ns}/web-b` } },
        spec: netSpec(),
        duration: 1
      },
      ctx
    )) as ChaosOutput
    assert.equal(out.kind, 'NetworkChaos')
    assert.equal(out.namespace, ns)
    assert.deepEqual(
      out.phases.map((p) => p.phase),
      ['created', 'Selected', 'AllInjected', 'held', 'deleted', 'Stop', 'AllRecovered', 'removed']
    )
    assert.deepEqual(out.injected.sort(), [`${ns}/web-a`, `${ns}/web-b`])
    // The evidence: records injected per target, each injected once and recovered once.
    assert.equal(out.strategy, 'records')
    assert.equal(out.evidence?.records_injected, 2)
    assert.deepEqual(
      out.evidence?.targets.map((t) => [t.id, t.injected_count, t.recovered_count]).sort(),
      [
        [`${ns}/web-a`, 1, 1],
        [`${ns}/web-b`, 1, 1]
      ]
    )
    assert.ok(
      out.records.every(
        (r) => r.phase === 'Not Injected' && r.injectedCount === 1 && r.recoveredCount === 1
      )
    )
    assert.ok(out.durations.held_seconds !== null && out.durations.held_seconds >= 1)
    assert.ok(out.durations.to_inject_seconds !== null && out.durations.to_inject_seconds >= 0.4)
    assert.ok(out.durations.to_recover_seconds !== null && out.durations.to_recover_seconds >= 0.2)
    assert.ok(out.durations.total_seconds <= (Date.now() - started) / 1000 + 0.01)
    assert.ok(out.events.some((e) => e.reason === 'Applied'))
    // Gone from the cluster, and no longer tracked for cleanup.
    assert.deepEqual(await listChaos('NetworkChaos', run), [])
    assert.equal(tracked.size, 0)
  })

  it('fails with NoEffectError when no targets are selected, and removes the object', async () => {
    const run = runId()
    const { ctx } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'PodChaos',
          namespace: ns,
          metadata: { annotations: { [EMULATE]: 'no-targets' } },
          spec: {
            action: 'pod-failure',
            mode: 'one',
            duration: '30s',
            selector: { labelSelectors: { app: 'nothing' } }
          },
          injectTimeout: 20
        },
        ctx
      ),
      (e: Error) => {
        assert.ok(e instanceof NoEffectError, String(e))
        assert.match(e.message, /^the fault reached nothing: /)
        assert.match(e.message, /selected no targets for PodChaos/)
        const evidence = e.evidence as { strategy: string; records_injected: number }
        assert.equal(evidence.strategy, 'records')
        assert.equal(evidence.records_injected, 0)
        assert.match(e.message, /no pod is selected/)
        assert.match(e.message, /Selected=False/)
        return true
      }
    )
    await until('the object to be gone', async () =>
      (await listChaos('PodChaos', run)).length === 0 ? true : undefined
    )
  })

  it('fails clearly when injection fails, quoting the record events', async () => {
    const run = runId()
    const { ctx } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'StressChaos',
          namespace: ns,
          metadata: { annotations: { [EMULATE]: 'injection-failed' } },
          spec: { mode: 'one', selector: { namespaces: [ns] }, stressors: { cpu: { workers: 1 } } },
          duration: 5,
          injectTimeout: 20
        },
        ctx
      ),
      (e: Error) => {
        // Chaos Mesh tried and failed: an error of the fault, not "reached nothing".
        assert.ok(e instanceof ActivityFailed && !(e instanceof NoEffectError), String(e))
        assert.match(e.message, /Chaos Mesh failed to inject StressChaos/)
        assert.match(e.message, /emulated injection failure/)
        return true
      }
    )
    await until('the object to be gone', async () =>
      (await listChaos('StressChaos', run)).length === 0 ? true : undefined
    )
  })

  it('reports a fault that never recovers, naming the injected records', async () => {
    const run = runId()
    const { ctx, tracked } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'HTTPChaos',
          namespace: ns,
          metadata: {
            annotations: { [EMULATE]: 'never-recovers', 'chaos-action.test/targets': `${ns}/api-0` }
          },
          spec: {
            mode: 'all',
            selector: { namespaces: [ns] },
            target: 'Request',
            port: 80,
            abort: true
          },
          duration: 0,
          recoverTimeout: 3
        },
        ctx
      ),
      (e: Error) => {
        assert.match(e.message, /still present \d+(\.\d+)?s after deletion/)
        assert.match(
          e.message,
          new RegExp(`targets that never recovered \\(records still injected\\): ${ns}/api-0`)
        )
        assert.match(e.message, /recovery failed: .*emulated recovery failure/)
        assert.match(e.message, /cleanFinalizer=forced/)
        return true
      }
    )
    // Still tracked: the engine tries again after the rollbacks.
    assert.equal(tracked.size, 1)
    const left = await listChaos('HTTPChaos', run)
    assert.equal(left.length, 1)
    // The escape hatch removes it.
    const r = await deleteAllForRun(client, run, {
      namespaces: [ns],
      timeoutMs: 15_000,
      force: true
    })
    assert.equal(r.deleted.length, 1)
    assert.deepEqual(await listChaos('HTTPChaos', run), [])
  })

  it('without a hold, waits for Chaos Mesh to end the chaos at spec.duration', async () => {
    const run = runId()
    const { ctx } = context(run)
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'TimeChaos',
        namespace: ns,
        spec: { mode: 'one', selector: { namespaces: [ns] }, timeOffset: '-1h', duration: '2s' }
      },
      ctx
    )) as ChaosOutput
    assert.ok(out.phases.map((p) => p.phase).includes('Stop'))
    // Held for a while, however slow the injection was on a busy machine: Chaos Mesh counts the
    // 2 s from creationTimestamp, which has whole seconds, so the whole can be just over 1 s.
    assert.ok(
      out.durations.held_seconds !== null && out.durations.held_seconds > 0,
      JSON.stringify(out.durations)
    )
    assert.ok(out.durations.total_seconds >= 1, JSON.stringify(out.durations))
    assert.deepEqual(await listChaos('TimeChaos', run), [])
  })

  it('keeps a fault running, then deletes it by name and everything else of the run', async () => {
    const run = runId()
    const { ctx, tracked } = context(run)
    const kept = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'DNSChaos',
        name: 'dns-kept',
        namespace: ns,
        spec: { action: 'error', mode: 'all', selector: { namespaces: [ns] } },
        keep: true
      },
      ctx
    )) as ChaosOutput
    assert.equal(kept.kept, true)
    assert.deepEqual(
      kept.phases.map((p) => p.phase),
      ['created', 'Selected', 'AllInjected']
    )
    await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'IOChaos',
        namespace: ns,
        spec: {
          action: 'latency',
          mode: 'one',
          selector: { namespaces: [ns] },
          volumePath: '/data',
          delay: '10ms'
        },
        keep: true
      },
      ctx
    )
    assert.equal(tracked.size, 2)
    assert.equal((await listChaos('DNSChaos', run)).length, 1)

    const byName = (await provider.run(
      { type: 'chaos-mesh', action: 'delete', kind: 'DNSChaos', name: 'dns-kept', namespace: ns },
      ctx
    )) as { deleted: string[] }
    assert.deepEqual(byName.deleted, [`DNSChaos ${ns}/dns-kept`])
    assert.deepEqual(await listChaos('DNSChaos', run), [])
    assert.equal(tracked.size, 1)

    const all = (await provider.run({ type: 'chaos-mesh', action: 'delete' }, ctx)) as {
      deleted: string[]
    }
    assert.equal(all.deleted.length, 1)
    assert.match(all.deleted[0] ?? '', /^IOChaos /)
    assert.deepEqual(await listChaos('IOChaos', run), [])
    assert.equal(tracked.size, 0)
  })

  it('cleans up a run from persisted data (the post step)', async () => {
    const run = runId()
    const { ctx, tracked } = context(run)
    await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'PodChaos',
        namespace: ns,
        spec: { action: 'pod-failure', mode: 'one', selector: { namespaces: [ns] } },
        keep: true
      },
      ctx
    )
    const [resource] = [...tracked]
    assert.ok(resource)
    // A fresh provider, as in another process.
    const post = new ChaosMeshProvider({ kubeconfig: kubeconfig! })
    await post.cleanupPersisted(resource, {
      logger: new RecordingLogger(),
      signal: AbortSignal.timeout(60_000)
    })
    assert.deepEqual(await listChaos('PodChaos', run), [])
  })

  it('removes everything of a run in every namespace (the post step helper)', async () => {
    const run = runId()
    const { ctx } = context(run)
    for (const kind of ['NetworkChaos', 'StressChaos'])
      await provider.run(
        {
          type: 'chaos-mesh',
          kind,
          namespace: ns,
          spec:
            kind === 'NetworkChaos'
              ? netSpec()
              : {
                  mode: 'one',
                  selector: { namespaces: [ns] },
                  stressors: { memory: { workers: 1, size: '10MB' } }
                },
          keep: true
        },
        ctx
      )
    // Another run's object is left alone.
    const other = runId()
    await provider.run(
      { type: 'chaos-mesh', kind: 'NetworkChaos', namespace: ns, spec: netSpec(), keep: true },
      context(other).ctx
    )
    const post = new ChaosMeshProvider({ kubeconfig: kubeconfig! })
    const deleted = await post.cleanupRun(run, {
      logger: context(run).ctx.logger,
      signal: AbortSignal.timeout(60_000),
      namespaces: []
    })
    assert.deepEqual(deleted.map((d) => d.split(' ')[0]).sort(), ['NetworkChaos', 'StressChaos'])
    assert.deepEqual(await listChaos('NetworkChaos', run), [])
    assert.deepEqual(await listChaos('StressChaos', run), [])
    assert.equal((await listChaos('NetworkChaos', other)).length, 1)
  })

  it('says so when no Chaos Mesh controller handles the object', async () => {
    // kwok emulates the pod-based kinds only: JVMChaos and Workflow get no status at all here.
    const run = runId()
    const { ctx } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'JVMChaos',
          namespace: ns,
          spec: { action: 'gc', mode: 'one', selector: { namespaces: [ns] } },
          duration: 1,
          injectTimeout: 2
        },
        ctx
      ),
      /the Chaos Mesh controller wrote no status on JVMChaos .* within 2s: is Chaos Mesh installed/
    )
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'Workflow',
          namespace: ns,
          spec: {
            entry: 'entry',
            templates: [
              { name: 'entry', templateType: 'Serial', deadline: '10s', children: ['kill'] },
              {
                name: 'kill',
                templateType: 'PodChaos',
                deadline: '5s',
                podChaos: { action: 'pod-kill', mode: 'one', selector: { namespaces: [ns] } }
              }
            ]
          },
          injectTimeout: 2
        },
        ctx
      ),
      /did not start Workflow .* within 2s/
    )
    assert.deepEqual(await listChaos('JVMChaos', run), [])
    assert.deepEqual(await listChaos('Workflow', run), [])
  })

  it('holds a Schedule for the duration and removes it', async () => {
    const run = runId()
    const { ctx } = context(run)
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'Schedule',
        namespace: ns,
        spec: {
          schedule: '@every 30s',
          type: 'NetworkChaos',
          historyLimit: 1,
          concurrencyPolicy: 'Forbid',
          networkChaos: netSpec({ duration: '5s' })
        },
        duration: 1,
        injectTimeout: 1
      },
      ctx
    )) as ChaosOutput
    assert.deepEqual(
      out.phases.map((p) => p.phase),
      ['created', 'Waiting', 'held', 'deleted', 'removed']
    )
    // Nothing emulates a Schedule's spawning: the evidence says it spawned no chaos.
    assert.equal(out.strategy, 'schedule')
    assert.equal(out.evidence?.spawned, 0)
    assert.deepEqual(await listChaos('Schedule', run), [])
  })

  it('runs inside an experiment: kept by the method, removed by the rollback, tracked leftovers undone', async () => {
    const registry = createDefaultRegistry({ python: false, providers: [provider] })
    const yaml = (rollbacks: string) => `title: latency
description: d
method:
  - type: action
    name: slow network
    provider:
      type: chaos-mesh
      kind: NetworkChaos
      namespace: ${ns}
      keep: true
      spec:
        action: delay
        mode: all
        selector: {namespaces: [${ns}], labelSelectors: {app: web}}
        delay: {latency: 20ms}
${rollbacks}`
    const withRollback = parseExperimentText(
      yaml(
        `rollbacks:\n  - type: action\n    name: stop chaos\n    provider: {type: chaos-mesh, action: delete}\n`
      ),
      'exp.yaml',
      'yaml'
    )
    assert.deepEqual(await validateExperiment(withRollback, { registry, env: {} }), [])
    const run = runId()
    const journal = await runExperiment(withRollback, { registry, runId: run })
    assert.equal(journal.status, 'completed')
    assert.equal((journal.run[0]?.output as ChaosOutput).kept, true)
    assert.equal(journal.rollbacks[0]?.status, 'succeeded')
    assert.equal((journal.rollbacks[0]?.output as { deleted: string[] }).deleted.length, 1)
    assert.deepEqual(await listChaos('NetworkChaos', run), [])

    // No rollback: the engine undoes the tracked object after the run.
    const run2 = runId()
    const logger = new RecordingLogger()
    const j2 = await runExperiment(parseExperimentText(yaml(''), 'exp.yaml', 'yaml'), {
      registry,
      runId: run2,
      logger
    })
    assert.equal(j2.status, 'completed')
    assert.deepEqual(await listChaos('NetworkChaos', run2), [])
  })

  it('falls back to reading the object when its watch gives up', async () => {
    // Reads go to the real API server; only the watch is broken, as after repeated drops.
    class DroppingWatches extends KubeClient {
      override async watchUntil(): Promise<boolean> {
        throw new ActivityFailed('the watch dropped 6 times in a row (ECONNRESET); gave up')
      }
    }
    const dropping = new DroppingWatches({ kubeconfig: kubeconfig! })
    const name = `poll-${randomBytes(3).toString('hex')}`
    await client.create(chaosResource('NetworkChaos'), ns, {
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'NetworkChaos',
      metadata: { name },
      spec: netSpec()
    })
    const ref = { kind: 'NetworkChaos', namespace: ns, name }
    const phases = new PhaseLog()
    const injected = await waitInjected(dropping, ref, {
      timeoutMs: 20_000,
      signal: AbortSignal.timeout(30_000),
      phases
    })
    assert.equal(injected.ok, true)
    const gone = await deleteAndWait(dropping, ref, {
      timeoutMs: 20_000,
      signal: AbortSignal.timeout(30_000),
      phases
    })
    assert.equal(gone.gone, true)
    // Polling once a second can miss short-lived states (Stop, AllRecovered) but not the outcome.
    assert.deepEqual(
      phases.marks.map((m) => m.phase).filter((p) => p !== 'Stop' && p !== 'AllRecovered'),
      ['Selected', 'AllInjected', 'deleted', 'removed']
    )
    assert.equal(await client.getOrNull(chaosResource('NetworkChaos'), ns, name), null)
  })

  it('measures recovery of the workload after a one-shot pod-kill', async () => {
    const run = runId()
    await client.create(R.deployments, ns, {
      metadata: { name: 'web' },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'web', image: 'registry.example/web:1' }] }
        }
      }
    })
    const ready = await until(
      'web to have 2 ready pods',
      async () => {
        const d = await client.get(R.deployments, ns, 'web')
        return d.status?.availableReplicas === 2 ? d : undefined
      },
      60_000
    )
    assert.ok(ready)
    const pods = (await client.list(R.pods, ns, { labelSelector: 'app=web' })).items
    const victim = pods[0]?.metadata?.name ?? ''
    const { ctx } = context(run)
    // Plays chaos-daemon: kills the selected pod between Selected and the emulated injection.
    const daemon = (async () => {
      const obj = await until('the PodChaos to be selected', async () => {
        const [o] = await listChaos('PodChaos', run)
        const conds = (o?.status?.conditions ?? []) as { type: string; status: string }[]
        return conds.some((c) => c.type === 'Selected' && c.status === 'True') ? o : undefined
      })
      assert.ok(obj)
      await client.delete(R.pods, ns, victim, { gracePeriodSeconds: 0 })
    })()
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'PodChaos',
        namespace: ns,
        metadata: { annotations: { 'chaos-action.test/inject-delay': '1s' } },
        spec: {
          action: 'pod-kill',
          mode: 'one',
          selector: { namespaces: [ns], labelSelectors: { app: 'web' }, pods: { [ns]: [victim] } }
        }
      },
      ctx
    )) as ChaosOutput
    await daemon
    assert.equal(out.one_shot, true)
    assert.deepEqual(out.injected, [`${ns}/${victim}`])
    assert.equal(out.workloads.length, 1)
    assert.equal(out.workloads[0]?.workload, 'Deployment/web')
    assert.equal(out.workloads[0]?.recovered, true)
    assert.equal(typeof out.recovery_seconds, 'number')
    assert.ok((out.recovery_seconds ?? -1) >= 0 && (out.recovery_seconds ?? 99) < 30)
    const after = (await client.list(R.pods, ns, { labelSelector: 'app=web' })).items
    assert.ok(!after.some((p) => p.metadata?.name === victim && !p.metadata?.deletionTimestamp))
    assert.deepEqual(await listChaos('PodChaos', run), [])
  })

  it('passes the API server rejection of an invalid spec on, creating nothing', async () => {
    const run = runId()
    const { ctx, tracked } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'PodChaos',
          namespace: ns,
          spec: { action: 'explode', mode: 'one', selector: { namespaces: [ns] }, duration: '5s' }
        },
        ctx
      ),
      (e: Error) => {
        assert.ok(e instanceof ActivityFailed)
        assert.match(e.message, /cannot create PodChaos/)
        assert.match(e.message, /422/)
        assert.match(e.message, /spec\.action/)
        assert.match(e.message, /explode/)
        return true
      }
    )
    assert.equal(tracked.size, 0)
    assert.deepEqual(await listChaos('PodChaos', run), [])
  })

  it('validates with the API server in a dry run and creates nothing', async () => {
    const run = runId()
    const { ctx } = context(run)
    const out = (await provider.run(
      {
        type: 'chaos-mesh',
        kind: 'NetworkChaos',
        namespace: ns,
        spec: netSpec(),
        duration: 5,
        dryRun: true
      },
      ctx
    )) as ChaosOutput
    assert.equal(out.dry_run, true)
    assert.deepEqual(await listChaos('NetworkChaos', run), [])
  })

  it('refuses a selector outside the allowed namespaces before creating anything', async () => {
    const run = runId()
    const { ctx } = context(run)
    await assert.rejects(
      provider.run(
        {
          type: 'chaos-mesh',
          kind: 'NetworkChaos',
          namespace: ns,
          spec: netSpec({ selector: { namespaces: ['kube-system'] } }),
          duration: 1
        },
        ctx
      ),
      /refused chaos-mesh NetworkChaos: namespace "kube-system"/
    )
    assert.deepEqual(await listChaos('NetworkChaos', run), [])
  })

  it('reads the object from a manifest file relative to the experiment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cm-file-'))
    try {
      await writeFile(
        join(dir, 'delay.yaml'),
        `apiVersion: chaos-mesh.org/v1alpha1\nkind: NetworkChaos\nmetadata:\n  name: from-file\nspec:\n  action: delay\n  mode: all\n  selector:\n    namespaces: [${ns}]\n  delay:\n    latency: 10ms\n`
      )
      const run = runId()
      const { ctx } = context(run)
      ctx.experimentFile = join(dir, 'experiment.yaml')
      const out = (await provider.run(
        { type: 'chaos-mesh', file: 'delay.yaml', namespace: ns, duration: 0 },
        ctx
      )) as ChaosOutput
      assert.equal(out.name, 'from-file')
      assert.ok(out.phases.some((p) => p.phase === 'AllRecovered'))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
