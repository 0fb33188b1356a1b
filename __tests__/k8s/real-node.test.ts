// The real node (scripts/k8s/real-node/) beside the kwok nodes: a kubelet + containerd + runc
// node that runs the sample-service image for real. Probes, restarts, logs, exec and graceful
// termination are the kubelet's and the container's own here, not kwok's emulation.
// In CI (CI set) a missing or unready real node fails this suite; elsewhere it is skipped when the
// cluster was started without it (CHAOS_K8S_REAL_NODE=0).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KubeObject } from '../../src/providers/kubernetes/client.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deploymentManifest,
  skip
} from '../providers/kubernetes-fixtures.ts'
import {
  POD_SUBNET_PREFIX,
  REAL_NODE,
  REPO_ROOT,
  SAMPLE_IMAGE,
  containerStatus,
  importImages,
  kubectl,
  pinnedVersion,
  podReady,
  realNodePod,
  realNodeProblem,
  waitPod
} from '../helpers/real-node.ts'

const client = skip ? undefined : admin()
const problem = client ? await realNodeProblem(client) : undefined
const suiteSkip = skip || (problem && !process.env.CI ? problem : false)

describe('the real node', { skip: suiteSkip }, () => {
  let ns = ''

  before(async () => {
    // In CI the node must be there: fail loudly with why, never skip.
    if (problem) throw new Error(problem)
    importImages()
    ns = await createNamespace(client!, 'real-node')
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  async function createPod(pod: KubeObject): Promise<string> {
    await client!.create(R.pods, ns, pod)
    return pod.metadata!.name!
  }
  async function readyPod(pod: KubeObject): Promise<KubeObject> {
    const name = await createPod(pod)
    assert.ok(await waitPod(client!, ns, name, (p) => podReady(p)), `${name} Ready`)
    return (await client!.getOrNull(R.pods, ns, name))!
  }

  it('is a kubelet node (pinned version, containerd) with its label and taint, and kwok leaves it alone', async () => {
    const node = (await client!.getOrNull(R.nodes, undefined, REAL_NODE))!
    assert.equal(node.metadata?.labels?.['chaos-action.dev/node'], 'real')
    assert.equal(node.metadata?.annotations?.['kwok.x-k8s.io/node'], undefined)
    const taints = (node.spec?.taints ?? []) as { key: string; value?: string; effect: string }[]
    assert.ok(
      taints.some(
        (t) =>
          t.key === 'chaos-action.dev/real-node' && t.value === 'true' && t.effect === 'NoSchedule'
      ),
      JSON.stringify(taints)
    )
    const info = node.status?.nodeInfo as Record<string, string>
    assert.equal(info.kubeletVersion, pinnedVersion('KUBE_VERSION'))
    assert.match(info.containerRuntimeVersion ?? '', /^containerd:\/\/1\./)
    const addresses = node.status?.addresses as { type: string; address: string }[]
    assert.ok(
      addresses.some((a) => a.type === 'InternalIP' && a.address === `${POD_SUBNET_PREFIX}1`)
    )
    // The images were imported into the node's containerd, so the kubelet reports them.
    const images = (node.status?.images ?? []) as { names?: string[] }[]
    assert.ok(
      images.some((i) => i.names?.includes(SAMPLE_IMAGE)),
      'sample-service image present'
    )

    // A workload that does not tolerate the taint (every kwok-based test's) never lands here.
    await client!.create(R.deployments, ns, deploymentManifest('kwok-only', 6))
    const ok = await client!.watchUntil(
      R.pods,
      ns,
      { labelSelector: 'app=kwok-only', timeoutMs: 60_000 },
      (pods) => [...pods.values()].filter((p) => p.spec?.nodeName).length === 6
    )
    assert.ok(ok, 'six kwok-only pods scheduled')
    const pods = await client!.list(R.pods, ns, { labelSelector: 'app=kwok-only' })
    assert.ok(pods.items.every((p) => p.spec?.nodeName?.startsWith('kwok-node-')))
  })

  it('runs deploy/real-node/web.yaml: 3 Ready sample-service pods on the real node behind a Service', async () => {
    const apply = await kubectl(
      ['apply', '--server-side', '-f', join(REPO_ROOT, 'deploy', 'real-node', 'web.yaml')],
      60_000
    )
    assert.equal(apply.code, 0, apply.stderr)
    const rollout = await kubectl(
      ['rollout', 'status', '-n', 'chaos-example', 'deployment/web', '--timeout=150s'],
      160_000
    )
    assert.equal(rollout.code, 0, rollout.stderr)
    const pods = (
      await client!.list(R.pods, 'chaos-example', { labelSelector: 'app=web' })
    ).items.filter((p) => !p.metadata?.deletionTimestamp)
    assert.equal(pods.length, 3)
    for (const pod of pods) {
      assert.equal(pod.spec?.nodeName, REAL_NODE)
      assert.ok(String(pod.status?.podIP).startsWith(POD_SUBNET_PREFIX), String(pod.status?.podIP))
      assert.match(containerStatus(pod)?.containerID ?? '', /^containerd:\/\/[0-9a-f]{64}$/)
      assert.ok(podReady(pod))
    }
    const endpoints = await client!.getOrNull(R.endpoints, 'chaos-example', 'web')
    const ready = ((endpoints?.subsets ?? []) as { addresses?: { ip: string }[] }[]).flatMap(
      (s) => s.addresses ?? []
    )
    assert.deepEqual(ready.map((a) => a.ip).sort(), pods.map((p) => String(p.status?.podIP)).sort())
  })

  it('kubectl exec runs inside the container and reaches the service on its pod address', async () => {
    const pod = await readyPod(realNodePod('exec'))
    const name = await kubectl(['exec', '-n', ns, 'exec', '--', 'hostname'])
    assert.equal(name.code, 0, name.stderr)
    assert.equal(name.stdout.trim(), 'exec')
    const items = await kubectl([
      'exec',
      '-n',
      ns,
      'exec',
      '--',
      'wget',
      '-q',
      '-O-',
      `http://${String(pod.status?.podIP)}:8080/api/items`
    ])
    assert.equal(items.code, 0, items.stderr)
    assert.equal((JSON.parse(items.stdout) as { count: number }).count, 3)
    // The exit code of the command comes back through the API server.
    const failing = await kubectl(['exec', '-n', ns, 'exec', '--', 'sh', '-c', 'exit 7'])
    assert.equal(failing.code, 7)
  })

  it('kubectl logs shows what the container wrote', async () => {
    await readyPod(realNodePod('logs'))
    const logs = await kubectl(['logs', '-n', ns, 'logs'])
    assert.equal(logs.code, 0, logs.stderr)
    assert.match(logs.stdout, /http:\/\/0\.0\.0\.0:8080/)
    assert.match(logs.stdout, /sample service running/)
  })

  it('the readiness probe gates the pod: a failing API takes it out of the Service, a fixed one brings it back', async () => {
    const probe = {
      readinessProbe: {
        httpGet: { path: '/api/items', port: 'http' },
        periodSeconds: 1,
        failureThreshold: 1
      }
    }
    const pod = await readyPod(realNodePod('gate', probe))
    await client!.create(R.services, ns, {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'gate' },
      spec: { selector: { app: 'gate' }, ports: [{ port: 8080, targetPort: 'http' }] }
    })
    const ip = String(pod.status?.podIP)
    const fault = (body: string) =>
      kubectl([
        'exec',
        '-n',
        ns,
        'gate',
        '--',
        'wget',
        '-q',
        '-O-',
        '--header',
        'Content-Type: application/json',
        '--post-data',
        body,
        'http://127.0.0.1:8080/admin/fault'
      ])
    const endpointIps = async (field: 'addresses' | 'notReadyAddresses') => {
      const ep = await client!.getOrNull(R.endpoints, ns, 'gate')
      return ((ep?.subsets ?? []) as Record<string, { ip: string }[] | undefined>[]).flatMap((s) =>
        (s[field] ?? []).map((a) => a.ip)
      )
    }

    assert.equal((await fault('{"error_rate":1}')).code, 0)
    assert.ok(await waitPod(client!, ns, 'gate', (p) => !podReady(p), 60_000), 'gate unready')
    // The endpoints controller follows the Ready condition (bounded wait, no timing asserted).
    for (let i = 0; i < 30 && !(await endpointIps('notReadyAddresses')).includes(ip); i++)
      await new Promise((r) => setTimeout(r, 500))
    assert.deepEqual(await endpointIps('notReadyAddresses'), [ip])
    assert.deepEqual(await endpointIps('addresses'), [])
    // The container kept running: only readiness changed.
    assert.equal(containerStatus(await client!.getOrNull(R.pods, ns, 'gate'))?.restartCount, 0)

    assert.equal((await fault('{"error_rate":0}')).code, 0)
    assert.ok(await waitPod(client!, ns, 'gate', (p) => podReady(p), 60_000), 'gate Ready again')
    for (let i = 0; i < 30 && !(await endpointIps('addresses')).includes(ip); i++)
      await new Promise((r) => setTimeout(r, 500))
    assert.deepEqual(await endpointIps('addresses'), [ip])
  })

  it('a failing liveness probe makes the kubelet restart the container; kubectl logs --previous reads the last run', async () => {
    await createPod(
      realNodePod('live', {
        livenessProbe: {
          httpGet: { path: '/no-such-page', port: 'http' },
          initialDelaySeconds: 1,
          periodSeconds: 1,
          failureThreshold: 2
        }
      })
    )
    const restarted = await waitPod(
      client!,
      ns,
      'live',
      (p) => (containerStatus(p)?.restartCount ?? 0) >= 1,
      120_000
    )
    assert.ok(restarted, 'restarted within 120s')
    const events = await client!.list(R.events, ns, {
      fieldSelector: 'involvedObject.name=live'
    })
    const messages = events.items.map((e) => `${String(e.reason)}: ${String(e.message)}`)
    assert.ok(
      messages.some((m) =>
        /^Unhealthy: Liveness probe failed: HTTP probe failed with statuscode: 404/.test(m)
      ),
      messages.join('\n')
    )
    assert.ok(
      messages.some((m) => m.startsWith('Killing: ')),
      messages.join('\n')
    )
    const previous = await kubectl(['logs', '-n', ns, 'live', '--previous'])
    assert.equal(previous.code, 0, previous.stderr)
    assert.match(previous.stdout, /sample service running/)
  })

  it('graceful termination: the service exits 0 on SIGTERM; a process ignoring it is killed when the grace period ends', async () => {
    await readyPod(realNodePod('polite'))
    await readyPod(
      realNodePod(
        'stubborn',
        {
          command: [
            '/bin/sh',
            '-c',
            "trap '' TERM; echo ignoring TERM; while true; do sleep 1; done"
          ],
          ports: []
        },
        { terminationGracePeriodSeconds: 2 }
      )
    )
    const finalExit = async (name: string): Promise<number | undefined> => {
      let exit: number | undefined
      const gone = waitPod(
        client!,
        ns,
        name,
        (p, deleted) => {
          const code = containerStatus(p)?.state?.terminated?.exitCode
          if (code !== undefined) exit = code
          return deleted
        },
        90_000
      )
      await client!.delete(R.pods, ns, name)
      assert.ok(await gone, `${name} deleted`)
      return exit
    }
    const [polite, stubborn] = await Promise.all([finalExit('polite'), finalExit('stubborn')])
    assert.equal(polite, 0, 'the sample service shut down cleanly on SIGTERM')
    assert.equal(stubborn, 137, 'SIGKILL after the grace period')
  })

  it('pods live in network namespaces on our bridge, with no route anywhere else', async () => {
    await readyPod(realNodePod('net'))
    const routes = await kubectl(['exec', '-n', ns, 'net', '--', 'cat', '/proc/net/route'])
    assert.equal(routes.code, 0, routes.stderr)
    const destinations = routes.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s+/)[1])
    // Only the pod /24 (10.213.0.0 in the kernel's little-endian hex); no default route 00000000.
    assert.deepEqual(destinations, ['0000D50A'])
    // A packet to anywhere outside has no route: refused inside the pod, nothing leaves.
    const connect =
      "require('node:net').connect(80, '198.51.100.7').on('error', (e) => { console.error(e.code); process.exit(3) }).on('connect', () => process.exit(0))"
    const out = await kubectl(['exec', '-n', ns, 'net', '--', 'node', '-e', connect], 30_000)
    assert.equal(out.code, 3, out.stderr)
    assert.match(out.stderr, /ENETUNREACH/)
  })
})
