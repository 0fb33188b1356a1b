// The Service tunnel on real pods (the local cluster's real node, scripts/k8s/real-node/): the
// sample service in containers, readiness probed by the kubelet, pods killed for real. And the
// three examples users feel (examples/k8s/users-*.yaml) with their expected verdicts.
// In CI (CI set) a missing or unready real node fails this suite; elsewhere it is skipped when the
// cluster was started without it (CHAOS_K8S_REAL_NODE=0).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { loadExperimentFile } from '../../src/engine/load.ts'
import { runExperiment } from '../../src/engine/run.ts'
import { judge } from '../../src/engine/verdict.ts'
import { ServiceTunnels } from '../../src/cluster/tunnel/service-tunnels.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import type { LoadReport } from '../../src/providers/load/stats.ts'
import { activityContext } from '../helpers/activity-context.ts'
import {
  REAL_NODE_SELECTOR,
  REAL_NODE_TOLERATION,
  REPO_ROOT,
  SAMPLE_IMAGE,
  importImages,
  kubectl,
  podReady,
  realNodeProblem
} from '../helpers/real-node.ts'
import { admin, createNamespace, deleteNamespace, skip } from '../providers/kubernetes-fixtures.ts'

const client = skip ? undefined : admin()
const problem = client ? await realNodeProblem(client) : undefined
const suiteSkip = skip || (problem && !process.env.CI ? problem : false)

/** A Deployment of the sample service on the real node; `readyPath` is its readiness probe. */
function web(
  name: string,
  replicas: number,
  labels: Record<string, string>,
  readyPath = '/health'
) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { deployment: name } },
      template: {
        metadata: { labels: { deployment: name, ...labels } },
        spec: {
          nodeSelector: REAL_NODE_SELECTOR,
          tolerations: [REAL_NODE_TOLERATION],
          terminationGracePeriodSeconds: 5,
          containers: [
            {
              name: 'web',
              image: SAMPLE_IMAGE,
              imagePullPolicy: 'Never',
              ports: [{ name: 'http', containerPort: 8080 }],
              readinessProbe: { httpGet: { path: readyPath, port: 'http' }, periodSeconds: 1 }
            }
          ]
        }
      }
    }
  }
}

function service(name: string, selector: Record<string, string>): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name },
    spec: { selector, ports: [{ name: 'http', port: 8080, targetPort: 'http' }] }
  }
}

/** Pods of `selector` in `ns`, once `done` holds for them (bounded). */
async function pods(
  ns: string,
  selector: string,
  done: (pods: KubeObject[]) => boolean,
  timeoutMs = 120_000
): Promise<KubeObject[]> {
  let seen: KubeObject[] = []
  const ok = await client!.watchUntil(R.pods, ns, { labelSelector: selector, timeoutMs }, (all) => {
    seen = [...all.values()].filter((p) => !p.metadata?.deletionTimestamp)
    return done(seen)
  })
  assert.ok(ok, `pods ${selector} in ${ns}: ${seen.map((p) => p.metadata?.name).join(', ')}`)
  return seen
}

const names = (list: KubeObject[]) => list.map((p) => p.metadata?.name ?? '')

describe('the Service tunnel on real pods', { skip: suiteSkip }, () => {
  let ns = ''

  before(async () => {
    if (problem) throw new Error(problem)
    importImages()
    ns = await createNamespace(client!, 'tunnel-real')
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  it('a pod killed mid-load costs its requests; the tunnel goes on, later requests served by the others', async () => {
    await client!.create(R.deployments, ns, web('kill', 3, { app: 'kill' }))
    await client!.create(R.services, ns, service('kill', { app: 'kill' }))
    const before = await pods(ns, 'app=kill', (p) => p.length === 3 && p.every(podReady))
    const tunnels = new ServiceTunnels()
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      const running = registry.get('load')!.run(
        {
          type: 'load',
          url: `http://kill.${ns}.svc:8080/api/items`,
          rate: 60,
          concurrency: 6,
          duration: 10
        },
        ctx
      ) as Promise<LoadReport>
      await new Promise((r) => setTimeout(r, 3_000))
      const victim = names(before)[0]!
      const killedAt = Date.now()
      await client!.delete(R.pods, ns, victim, { gracePeriodSeconds: 0 })
      const report = await running
      const share = report.pods ?? {}
      assert.ok(share[victim], `the killed pod served requests before: ${JSON.stringify(share)}`)
      const killedS = (killedAt - Date.parse(report.started_at)) / 1000
      // After the kill, the other pods (and maybe the replacement) served on, through the same tunnel.
      const afterKill = Object.entries(share)
        .filter(([pod]) => pod !== victim)
        .reduce((last, [, s]) => Math.max(last, s.last_s), 0)
      assert.ok(afterKill > killedS + 3, JSON.stringify({ killedS, share }))
      assert.ok((share[victim]?.last_s ?? 0) < killedS + 2, 'nothing reaches the dead pod later')
      // The users' cost is bounded by what the dead pod was serving.
      assert.ok(report.errors <= 12, `errors ${report.errors} of ${report.requests}`)
      assert.ok(report.requests - report.errors > 300)
    } finally {
      await registry.close()
      await tunnels.close()
    }
    assert.equal(tunnels.openStreams, 0)
  })

  it('the readiness probe gates traffic: a pod that never becomes Ready never gets a request', async () => {
    await client!.create(R.deployments, ns, web('gate-ready', 1, { app: 'gate' }))
    // Same Service, same image, but its readiness probe asks for a path that answers 404.
    await client!.create(R.deployments, ns, web('gate-never', 1, { app: 'gate' }, '/not-ready'))
    await client!.create(R.services, ns, service('gate', { app: 'gate' }))
    const all = await pods(ns, 'app=gate', (p) => p.length === 2 && p.some(podReady))
    const never = all.find((p) => p.metadata?.labels?.deployment === 'gate-never')!
    // Running (the kubelet probes it) but not Ready.
    await pods(ns, 'deployment=gate-never', (p) => p[0]?.status?.phase === 'Running')
    assert.equal(podReady(never), false)
    const tunnels = new ServiceTunnels()
    const registry = createDefaultRegistry({ python: false, services: tunnels })
    try {
      const { ctx } = activityContext()
      const report = (await registry.get('load')!.run(
        {
          type: 'load',
          url: `http://gate.${ns}.svc:8080/`,
          rate: 40,
          concurrency: 4,
          duration: 3
        },
        ctx
      )) as LoadReport
      assert.equal(report.errors, 0)
      assert.deepEqual(Object.keys(report.pods ?? {}), [
        names(all.filter((p) => p.metadata?.labels?.deployment === 'gate-ready'))[0]
      ])
    } finally {
      await registry.close()
      await tunnels.close()
    }
  })
})

describe('examples users feel on real pods', { skip: suiteSkip }, () => {
  const EXAMPLES: [string, string][] = [
    ['users-survive-losing-one-of-three-pods.yaml', 'passed'],
    ['users-feel-losing-the-only-pod.yaml', 'deviated'],
    ['users-ride-out-a-rollout-restart.yaml', 'passed']
  ]

  before(async () => {
    if (problem) throw new Error(problem)
    importImages()
    const applied = await kubectl([
      'apply',
      '--server-side',
      '--force-conflicts',
      '-f',
      join(REPO_ROOT, 'deploy', 'real-node', 'web.yaml')
    ])
    assert.equal(applied.code, 0, applied.stderr)
  })

  for (const [file, expected] of EXAMPLES) {
    it(`${file}: ${expected}`, async () => {
      // Each starts from web fully rolled out: three Ready pods and none terminating.
      const scaled = await kubectl([
        '-n',
        'chaos-example',
        'scale',
        'deployment/web',
        '--replicas=3'
      ])
      assert.equal(scaled.code, 0, scaled.stderr)
      await pods('chaos-example', 'app=web', (p) => p.length === 3 && p.every(podReady))
      const loaded = await loadExperimentFile(join(REPO_ROOT, 'examples', 'k8s', file))
      const tunnels = new ServiceTunnels()
      const registry = createDefaultRegistry({
        python: false,
        services: tunnels,
        kubernetes: { allowedNamespaces: ['chaos-example'] }
      })
      try {
        const journal = await runExperiment(loaded, { registry })
        const result = judge(journal, loaded)
        assert.equal(result.verdict, expected, `${result.verdict}: ${result.reason}`)
      } finally {
        await registry.close()
        await tunnels.close()
      }
    })
  }
})
