// Faulty traffic through Gateway API HTTPRoute weights, against the local control plane with the
// real Gateway API CRDs installed (npm run test:k8s): shift, read back, restore byte-for-byte,
// engine cleanup, post-step cleanup, blast radius, and an experiment run through the CLI.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { silentLogger } from '../../src/engine/logger.ts'
import { activityContext } from '../helpers/activity-context.ts'
import { BlastRadiusRefused } from '../../src/providers/kubernetes/blast-radius.ts'
import { KubeApiError, R } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject, RequestRecord } from '../../src/providers/kubernetes/client.ts'
import { HTTPROUTES, TRAFFICSPLITS, shiftWeights } from '../../src/providers/kubernetes/traffic.ts'
import { RUN_ID_LABEL } from '../../src/providers/run-label.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  kubeconfig,
  setup,
  skip,
  suffix
} from '../providers/kubernetes-fixtures.ts'

const ROOT = resolve(import.meta.dirname, '../..')

interface Shifted {
  route: string
  backend: string
  backend_created: boolean
  percentage: number
  original_weights: Record<string, Record<string, number>>
  new_weights: Record<string, Record<string, number>>
}

describe('shiftWeights', () => {
  it('sends exactly the percentage to the error backend and keeps the others in proportion', () => {
    for (const [weights, p] of [
      [[1], 50],
      [[3, 1], 25],
      [[80, 20], 10],
      [[1, 1, 1], 33.33],
      [[999_999, 1], 12.5],
      [[5], 0],
      [[5], 100]
    ] as [number[], number][]) {
      const { kept, error } = shiftWeights(weights, p)
      const total = kept.reduce((a, b) => a + b, 0) + error
      assert.ok(Number.isInteger(error) && kept.every(Number.isInteger), `${weights} ${p}`)
      assert.ok(Math.max(error, ...kept) <= 1_000_000, 'within the Gateway API maximum')
      assert.ok(Math.abs(error / total - p / 100) < 1e-4, `${weights} at ${p}%: ${kept} + ${error}`)
      const sumW = weights.reduce((a, b) => a + b, 0)
      const sumK = kept.reduce((a, b) => a + b, 0)
      if (sumK > 0)
        weights.forEach((w, i) => assert.ok(Math.abs(kept[i]! / sumK - w / sumW) < 1e-4))
    }
    assert.deepEqual(shiftWeights([1], 50), { kept: [50], error: 50 }, 'reads as percentages')
    assert.deepEqual(shiftWeights([3, 1], 50), { kept: [3, 1], error: 4 })
  })
})

describe('kubernetes shift-traffic (Gateway API HTTPRoute, SMI TrafficSplit)', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''
  let other = ''
  let scratch = ''

  const routeManifest = (name: string): KubeObject => ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, labels: { app: 'web' }, annotations: { team: 'payments' } },
    spec: {
      parentRefs: [{ name: 'edge' }],
      hostnames: ['web.example.test'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/api' } }],
          backendRefs: [{ name: 'web', port: 80 }]
        },
        {
          matches: [{ path: { type: 'PathPrefix', value: '/v2' } }],
          backendRefs: [
            { name: 'web', port: 80, weight: 3 },
            { name: 'web-canary', port: 80, weight: 1 }
          ]
        },
        {
          matches: [{ path: { type: 'PathPrefix', value: '/old' } }],
          filters: [
            {
              type: 'RequestRedirect',
              requestRedirect: { path: { type: 'ReplaceFullPath', replaceFullPath: '/api' } }
            }
          ]
        }
      ]
    }
  })

  /** The route as a user would compare it: no server bookkeeping. */
  function comparable(o: KubeObject): string {
    const { managedFields, resourceVersion, generation, ...meta } = o.metadata ?? {}
    void managedFields
    void resourceVersion
    void generation
    return JSON.stringify({ metadata: meta, spec: o.spec })
  }

  async function service(namespace: string, name: string): Promise<void> {
    await client!.create(R.services, namespace, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name },
      spec: { selector: { app: name }, ports: [{ port: 80, targetPort: 8080 }] }
    })
  }

  async function freshRoute(name: string, namespace = ns): Promise<KubeObject> {
    return client!.create(HTTPROUTES, namespace, routeManifest(name))
  }

  function errorShare(route: KubeObject, rule: number, backend: string): number {
    const refs = (route.spec!.rules as { backendRefs: { name: string; weight: number }[] }[])[rule]!
      .backendRefs
    const total = refs.reduce((a, r) => a + r.weight, 0)
    return refs.filter((r) => r.name === backend).reduce((a, r) => a + r.weight, 0) / total
  }

  before(async () => {
    ns = await createNamespace(client!, 'k8s-traffic')
    other = await createNamespace(client!, 'k8s-traffic-other')
    scratch = await mkdtemp(join(tmpdir(), 'chaos-traffic-'))
    await service(ns, 'web')
    await service(ns, 'web-canary')
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
    if (other) await deleteNamespace(client!, other)
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  it('the real Gateway API CRD validates routes (a Service backendRef needs a port)', async () => {
    const bad = routeManifest('bad')
    ;(bad.spec!.rules as { backendRefs?: unknown[] }[])[0]!.backendRefs = [{ name: 'web' }]
    await assert.rejects(client!.create(HTTPROUTES, ns, bad), (e: unknown) => {
      assert.ok(e instanceof KubeApiError && e.status === 422, String(e))
      assert.match(e.message, /port/i)
      return true
    })
  })

  it('shifts 50 % to a created error backend, then restores the route byte-for-byte', async () => {
    const created = await freshRoute('web')
    const original = comparable(created)
    const { kube } = setup({ allowedNamespaces: [ns] })

    const { output, tracked } = await kube({
      action: 'shift-traffic',
      namespace: ns,
      route: 'web',
      percentage: 50
    })
    const out = output as Shifted
    assert.equal(out.backend, 'web-chaos-errors')
    assert.equal(out.backend_created, true)
    assert.equal(out.percentage, 50)
    assert.deepEqual(out.original_weights, { 0: { web: 1 }, 1: { web: 3, 'web-canary': 1 } })
    assert.deepEqual(out.new_weights, {
      0: { web: 50, 'web-chaos-errors': 50 },
      1: { web: 3, 'web-canary': 1, 'web-chaos-errors': 4 }
    })
    assert.equal(tracked.size, 1, 'the shift is tracked for engine cleanup')

    // Read back from the API server: the weights really changed, nothing else did.
    const shifted = await client!.get(HTTPROUTES, ns, 'web')
    assert.equal(errorShare(shifted, 0, 'web-chaos-errors'), 0.5)
    assert.equal(errorShare(shifted, 1, 'web-chaos-errors'), 0.5)
    const rules = shifted.spec!.rules as Record<string, unknown>[]
    const before = created.spec!.rules as Record<string, unknown>[]
    assert.deepEqual(rules[2], before[2], 'a rule without backends is untouched')
    assert.deepEqual(rules[0]!.matches, before[0]!.matches)
    assert.deepEqual(shifted.spec!.hostnames, created.spec!.hostnames)
    // The error backend exists, labelled with the run, and listens on the route's port.
    const svc = await client!.get(R.services, ns, 'web-chaos-errors')
    assert.equal(svc.metadata?.labels?.[RUN_ID_LABEL], 'test-run')
    assert.deepEqual(
      (svc.spec!.ports as { port: number }[]).map((p) => p.port),
      [80]
    )
    const dep = await client!.get(R.deployments, ns, 'web-chaos-errors')
    assert.equal(dep.metadata?.labels?.[RUN_ID_LABEL], 'test-run')

    // A second shift would record shifted weights as the originals: refused.
    await assert.rejects(
      kube({ action: 'shift-traffic', namespace: ns, route: 'web', percentage: 10 }),
      /already shifted/
    )

    const r = await kube({ action: 'shift-traffic', namespace: ns, route: 'web', restore: true })
    const restoredOut = r.output as {
      restored: { kind: string; name: string; restored_rules: number[]; backend_deleted: string }[]
    }
    assert.equal(restoredOut.restored.length, 1)
    assert.equal(restoredOut.restored[0]!.name, 'web')
    assert.deepEqual(restoredOut.restored[0]!.restored_rules, [0, 1])
    assert.equal(restoredOut.restored[0]!.backend_deleted, 'web-chaos-errors')
    assert.equal(tracked.size, 0, 'restore ends the tracking')
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'web')), original)
    assert.equal(await client!.getOrNull(R.services, ns, 'web-chaos-errors'), null)
    assert.equal(await client!.getOrNull(R.deployments, ns, 'web-chaos-errors'), null)
  })

  it('finds the route by service, uses an existing backend, and the engine cleanup restores', async () => {
    await service(ns, 'pay')
    const manifest = routeManifest('by-service')
    manifest.metadata = { name: 'by-service' }
    const rules = manifest.spec!.rules as { backendRefs?: { name: string }[] }[]
    rules[1]!.backendRefs![1]!.name = 'pay'
    const original = comparable(await client!.create(HTTPROUTES, ns, manifest))
    await service(ns, 'errors')
    const { kube } = setup({ allowedNamespaces: [ns] })
    await assert.rejects(
      kube({ action: 'shift-traffic', namespace: ns, service: 'web', percentage: 20 }),
      /2 HTTPRoutes\/TrafficSplits in namespace "[^"]+" send traffic to Service "web" \(HTTPRoute [^)]*\/by-service, HTTPRoute [^)]*\/web\); name one with 'route'/
    )
    const { output, tracked } = await kube({
      action: 'shift-traffic',
      namespace: ns,
      service: 'pay',
      backend: 'errors',
      percentage: 20
    })
    const out = output as Shifted
    assert.equal(out.route, 'by-service')
    assert.equal(out.backend_created, false)
    assert.deepEqual(Object.keys(out.new_weights), ['1'], 'only the rule sending to pay')
    const shifted = await client!.get(HTTPROUTES, ns, 'by-service')
    assert.ok(Math.abs(errorShare(shifted, 1, 'errors') - 0.2) < 1e-9)
    assert.equal(
      (shifted.spec!.rules as { backendRefs: unknown[] }[])[0]!.backendRefs.length,
      1,
      'rule 0 untouched'
    )
    // What the engine does after the rollbacks when a shift is still tracked.
    assert.equal(tracked.size, 1)
    await [...tracked][0]!.undo(AbortSignal.timeout(30_000))
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'by-service')), original)
    assert.ok(
      await client!.getOrNull(R.services, ns, 'errors'),
      'a backend we did not create stays'
    )
  })

  it("restores from persisted data alone (the action's post step)", async () => {
    const original = comparable(await freshRoute('post-step'))
    const first = setup({ allowedNamespaces: [ns] })
    const { tracked } = await first.kube({
      action: 'shift-traffic',
      namespace: ns,
      route: 'post-step',
      percentage: 100
    })
    const shifted = await client!.get(HTTPROUTES, ns, 'post-step')
    assert.equal(errorShare(shifted, 0, 'post-step-chaos-errors'), 1)
    const resource = [...tracked][0]!
    // A new process: only the persisted JSON survives.
    const persisted = JSON.parse(
      JSON.stringify({
        kind: resource.kind,
        description: resource.description,
        data: resource.data
      })
    )
    const second = setup()
    await second.registry.get('kubernetes')!.cleanupPersisted!(persisted, {
      logger: silentLogger,
      signal: AbortSignal.timeout(30_000)
    })
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'post-step')), original)
    assert.equal(await client!.getOrNull(R.deployments, ns, 'post-step-chaos-errors'), null)
  })

  it("post's sweep finds a run's shifts and error backends by the run id alone (no ledger)", async () => {
    // A kill between creating and recording leaves no ledger entry: only the run id is known.
    const original = comparable(await freshRoute('swept'))
    await freshRoute('other-run')
    const runId = `sweep-${suffix()}`
    const { registry } = setup({ allowedNamespaces: [ns] })
    const shift = async (route: string, id: string) => {
      const { ctx } = activityContext({ activity: { name: `shift ${route}` } })
      ctx.runId = id
      await registry
        .get('kubernetes')!
        .run(
          { type: 'kubernetes', action: 'shift-traffic', namespace: ns, route, percentage: 100 },
          ctx
        )
    }
    await shift('swept', runId)
    await shift('other-run', `${runId}-other`)
    // An error backend created just before the kill, no route pointing at it yet.
    // The run id is a valid label value as it is.
    const labels = { [RUN_ID_LABEL]: runId, 'chaos-action.io/fault': 'faulty-traffic' }
    await client!.create(R.services, ns, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'orphan-chaos-errors', labels },
      spec: { selector: labels, ports: [{ port: 80, targetPort: 8080 }] }
    })

    const post = setup() // a new process: nothing tracked
    const removed = await post.registry.get('kubernetes')!.cleanupRun!(runId, {
      logger: silentLogger,
      signal: AbortSignal.timeout(60_000),
      namespaces: []
    })
    assert.deepEqual(removed.sort(), [
      `HTTPRoute ${ns}/swept restored`,
      `services ${ns}/orphan-chaos-errors`
    ])
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'swept')), original)
    assert.equal(await client!.getOrNull(R.deployments, ns, 'swept-chaos-errors'), null)
    assert.equal(await client!.getOrNull(R.services, ns, 'swept-chaos-errors'), null)
    assert.equal(await client!.getOrNull(R.services, ns, 'orphan-chaos-errors'), null)
    // Another run's shift is not this run's to undo.
    const other = await client!.get(HTTPROUTES, ns, 'other-run')
    assert.equal(errorShare(other, 0, 'other-run-chaos-errors'), 1)
    assert.ok(await client!.getOrNull(R.deployments, ns, 'other-run-chaos-errors'))
    assert.deepEqual(
      await post.registry.get('kubernetes')!.cleanupRun!(`${runId}-other`, {
        logger: silentLogger,
        signal: AbortSignal.timeout(60_000),
        namespaces: []
      }),
      [`HTTPRoute ${ns}/other-run restored`]
    )
  })

  it('refuses a namespace outside the blast radius before sending a request', async () => {
    await service(other, 'web')
    const original = comparable(await freshRoute('web', other))
    const requests: RequestRecord[] = []
    const { kube, registry } = setup({
      allowedNamespaces: [ns],
      onRequest: (r) => requests.push(r)
    })
    await assert.rejects(
      kube({ action: 'shift-traffic', namespace: other, route: 'web', percentage: 50 }),
      (e: unknown) =>
        e instanceof BlastRadiusRefused &&
        e.message.includes(`namespace "${other}" is outside the blast radius`)
    )
    assert.deepEqual(requests, [])
    assert.equal(comparable(await client!.get(HTTPROUTES, other, 'web')), original)
    const issues = await registry.get('kubernetes')!.validate!(
      {
        type: 'kubernetes',
        action: 'shift-traffic',
        namespace: other,
        route: 'web',
        percentage: 5
      },
      {
        path: ['method', 0, 'provider'],
        locate: () => undefined,
        activityName: 'x',
        activityType: 'action'
      }
    )
    assert.equal(issues.length, 1)
    assert.match(issues[0]!.message, /outside the blast radius/)
  })

  it('dry run reports the weights it would set and changes nothing', async () => {
    const original = comparable(await freshRoute('dry'))
    const requests: RequestRecord[] = []
    const { kube } = setup({ allowedNamespaces: [ns], onRequest: (r) => requests.push(r) })
    const { output, tracked } = await kube({
      action: 'shift-traffic',
      namespace: ns,
      route: 'dry',
      percentage: 30,
      dryRun: true
    })
    const out = output as Shifted & { dry_run: boolean; message: string }
    assert.equal(out.dry_run, true)
    assert.match(out.message, /dry run: would shift 30 % of HTTPRoute .*\/dry to dry-chaos-errors/)
    assert.deepEqual(out.new_weights[0], { web: 70, 'dry-chaos-errors': 30 })
    assert.deepEqual(
      requests.filter((r) => r.verb !== 'get' && r.verb !== 'list'),
      [],
      'only reads'
    )
    assert.equal(tracked.size, 0)
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'dry')), original)
    assert.equal(await client!.getOrNull(R.services, ns, 'dry-chaos-errors'), null)
  })

  it('validation names missing route, namespace and a percentage out of range', async () => {
    const { registry } = setup()
    const validate = (spec: Record<string, unknown>) =>
      registry.get('kubernetes')!.validate!(
        { type: 'kubernetes', action: 'shift-traffic', ...spec },
        {
          path: ['method', 0, 'provider'],
          locate: () => undefined,
          activityName: 'x',
          activityType: 'action'
        }
      )
    const a = await validate({ percentage: 150 })
    assert.deepEqual(a.map((i) => i.field).sort(), [
      '/method/0/provider/namespace',
      '/method/0/provider/percentage',
      '/method/0/provider/route'
    ])
    assert.match(a.find((i) => i.field.endsWith('percentage'))!.message, /0 to 100, got 150/)
    const b = await validate({ namespace: 'x', route: 'web' })
    assert.deepEqual(
      b.map((i) => i.message),
      ["shift-traffic needs 'percentage' (0-100)"]
    )
    assert.deepEqual(await validate({ namespace: 'x', route: 'web', restore: true }), [])
    assert.deepEqual(await validate({ namespace: 'x', service: 'web', percentage: '${p}' }), [])
    const c = await validate({ namespace: 'x', route: 'web', percentage: -1, status: 42 })
    assert.deepEqual(c.map((i) => i.field).sort(), [
      '/method/0/provider/percentage',
      '/method/0/provider/status'
    ])
  })

  it('shifts an SMI TrafficSplit the same way, found by its apex service', async () => {
    await service(ns, 'shop')
    await service(ns, 'shop-v1')
    await service(ns, 'shop-v2')
    const created = await client!.create(TRAFFICSPLITS, ns, {
      apiVersion: 'split.smi-spec.io/v1alpha4',
      kind: 'TrafficSplit',
      metadata: { name: 'shop-split' },
      spec: {
        service: 'shop',
        backends: [
          { service: 'shop-v1', weight: 900 },
          { service: 'shop-v2', weight: 100 }
        ]
      }
    })
    const original = comparable(created)
    const { kube } = setup({ allowedNamespaces: [ns] })
    const { output, tracked } = await kube({
      action: 'shift-traffic',
      namespace: ns,
      service: 'shop',
      percentage: 10
    })
    const out = output as Shifted & { kind: string; traffic_split: string }
    assert.equal(out.kind, 'TrafficSplit')
    assert.equal(out.traffic_split, 'shop-split')
    assert.deepEqual(out.new_weights, {
      0: { 'shop-v1': 81, 'shop-v2': 9, 'shop-split-chaos-errors': 10 }
    })
    const shifted = await client!.get(TRAFFICSPLITS, ns, 'shop-split')
    assert.deepEqual(shifted.spec!.backends, [
      { service: 'shop-v1', weight: 81 },
      { service: 'shop-v2', weight: 9 },
      { service: 'shop-split-chaos-errors', weight: 10 }
    ])
    assert.ok(await client!.getOrNull(R.services, ns, 'shop-split-chaos-errors'))
    const r = await kube({ action: 'shift-traffic', namespace: ns, service: 'shop', restore: true })
    assert.match((r.output as { message: string }).message, /restored TrafficSplit shop-split/)
    assert.equal(tracked.size, 0)
    assert.equal(comparable(await client!.get(TRAFFICSPLITS, ns, 'shop-split')), original)
    assert.equal(await client!.getOrNull(R.services, ns, 'shop-split-chaos-errors'), null)
  })

  it('runs through the CLI: shifted during the method, restored by the rollback', async () => {
    const original = comparable(await freshRoute('cli'))
    const reader = join(scratch, 'weights.ts')
    // A probe in its own process reads the route the way a user's check would.
    await writeFile(
      reader,
      `import { KubeClient } from ${JSON.stringify(join(ROOT, 'src/providers/kubernetes/client.ts'))}
import { HTTPROUTES } from ${JSON.stringify(join(ROOT, 'src/providers/kubernetes/traffic.ts'))}
const r = await new KubeClient().get(HTTPROUTES, process.argv[2], process.argv[3])
console.log(JSON.stringify(r.spec.rules.map((x) => (x.backendRefs ?? []).map((b) => [b.name, b.weight]))))
`
    )
    const file = join(scratch, 'faulty-traffic.yaml')
    const provider = (extra: string) =>
      `{type: kubernetes, action: shift-traffic, namespace: ${ns}, route: cli, ${extra}}`
    await writeFile(
      file,
      `title: Half of the API traffic fails
description: shifts 50 % of HTTPRoute cli to an error backend, restores it in the rollback
steady-state-hypothesis:
  title: the probe process runs
  probes:
    - {type: probe, name: node-runs, tolerance: 0, provider: {type: process, path: ${process.execPath}, arguments: ['-e', '0']}}
method:
  - type: action
    name: shift-half-to-errors
    provider: ${provider('percentage: 50, status: 503')}
  - type: probe
    name: read-weights
    provider:
      type: process
      path: ${process.execPath}
      arguments: [${JSON.stringify(reader)}, ${ns}, cli]
rollbacks:
  - type: action
    name: restore-weights
    provider: ${provider('restore: true')}
`
    )
    const r = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(
        process.execPath,
        [
          join(ROOT, 'src/cli.ts'),
          'run',
          file,
          '--json',
          '--journal-dir',
          scratch,
          '--cluster',
          'existing'
        ],
        {
          cwd: ROOT,
          env: { ...process.env, KUBECONFIG: kubeconfig, NO_COLOR: '1' },
          timeout: 90_000
        },
        (error, stdout, stderr) =>
          done({
            code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
            stdout,
            stderr
          })
      )
    )
    assert.equal(r.code, 0, `${r.stdout}\n${r.stderr}`)
    const [result] = JSON.parse(r.stdout) as { journal: string; verdict: string }[]
    const journal = JSON.parse(await readFile(resolve(ROOT, result!.journal), 'utf8')) as {
      run: { activity: { name: string }; status: string; output: unknown }[]
      rollbacks: { activity: { name: string }; status: string; output: unknown }[]
    }
    const shift = journal.run.find((a) => a.activity.name === 'shift-half-to-errors')!
    assert.equal(shift.status, 'succeeded')
    assert.deepEqual((shift.output as Shifted).new_weights[0], { web: 50, 'cli-chaos-errors': 50 })
    const probe = journal.run.find((a) => a.activity.name === 'read-weights')!
    const seen = JSON.parse((probe.output as { stdout: string }).stdout) as [string, number][][]
    assert.deepEqual(seen[0], [
      ['web', 50],
      ['cli-chaos-errors', 50]
    ])
    const rollback = journal.rollbacks.find((a) => a.activity.name === 'restore-weights')!
    assert.equal(rollback.status, 'succeeded')
    assert.equal(comparable(await client!.get(HTTPROUTES, ns, 'cli')), original)
    assert.equal(await client!.getOrNull(R.services, ns, 'cli-chaos-errors'), null)
  })
})
