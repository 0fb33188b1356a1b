// install-chaos-mesh's readiness check against the local control plane (`npm run test:k8s`): the
// controller Deployment and the chaos-daemon DaemonSet exist, and a daemon is ready on every node
// it is scheduled to, which must be at least one (kwok runs the pods on its fake nodes).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { ClusterError } from '../../src/engine/errors.ts'
import {
  CHAOS_MESH_CONTROLLER,
  CHAOS_MESH_DAEMON,
  checkComponents
} from '../../src/cluster/chaos-mesh-install.ts'
import { KubeClient, R } from '../../src/providers/kubernetes/client.ts'

const kubeconfig = process.env.KUBECONFIG
const skip = kubeconfig ? false : 'KUBECONFIG is not set: run `npm run test:k8s`'
const ns = `cmi-${randomBytes(3).toString('hex')}`

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

const labels = (name: string) => ({ app: name })
const podSpec = (nodeSelector: Record<string, string>) => ({
  nodeSelector,
  tolerations: [{ operator: 'Exists' }],
  containers: [{ name: 'c', image: 'registry.k8s.io/pause:3.10' }]
})

describe('install-chaos-mesh: every daemon ready', { skip }, () => {
  let client: KubeClient

  before(async () => {
    client = new KubeClient({ kubeconfig: kubeconfig! })
    await client.create(R.namespaces, undefined, { metadata: { name: ns } })
    await client.create(R.deployments, ns, {
      metadata: { name: CHAOS_MESH_CONTROLLER },
      spec: {
        replicas: 1,
        selector: { matchLabels: labels('cm') },
        template: { metadata: { labels: labels('cm') }, spec: podSpec({ type: 'kwok' }) }
      }
    })
  })

  after(async () => {
    await client.delete(R.namespaces, undefined, ns).catch(() => {})
  })

  async function daemonSet(nodeSelector: Record<string, string>): Promise<void> {
    await client.delete(R.daemonsets, ns, CHAOS_MESH_DAEMON).catch(() => {})
    for (let i = 0; i < 100 && (await client.getOrNull(R.daemonsets, ns, CHAOS_MESH_DAEMON)); i++)
      await sleep(100)
    await client.create(R.daemonsets, ns, {
      metadata: { name: CHAOS_MESH_DAEMON },
      spec: {
        selector: { matchLabels: labels('cd') },
        template: { metadata: { labels: labels('cd') }, spec: podSpec(nodeSelector) }
      }
    })
  }

  /** Waits until the DaemonSet controller has observed it and counted its pods. */
  async function settled(wantReady: boolean): Promise<void> {
    for (let i = 0; i < 300; i++) {
      const ds = await client.getOrNull(R.daemonsets, ns, CHAOS_MESH_DAEMON)
      const st = (ds?.status ?? {}) as {
        observedGeneration?: number
        desiredNumberScheduled?: number
        numberReady?: number
      }
      const observed = st.observedGeneration === ds?.metadata?.generation
      if (
        observed &&
        (!wantReady || ((st.numberReady ?? 0) > 0 && st.numberReady === st.desiredNumberScheduled))
      )
        return
      await sleep(200)
    }
    assert.fail('the DaemonSet was not counted by its controller within 60s')
  }

  it('refuses a daemon scheduled to no node: rolled out, yet it injects nothing', async () => {
    await daemonSet({ 'chaos-action.dev/no-such-node': 'x' })
    await settled(false)
    await assert.rejects(
      checkComponents(client, ns),
      (e: unknown) =>
        e instanceof ClusterError &&
        /ready on 0 of 0 node\(s\): it is scheduled to no node/.test(e.message)
    )
  })

  it('accepts a daemon ready on every node it is scheduled to', async () => {
    await daemonSet({ type: 'kwok' })
    await settled(true)
    await checkComponents(client, ns)
  })

  it('names the missing controller', async () => {
    await client.delete(R.deployments, ns, CHAOS_MESH_CONTROLLER)
    await assert.rejects(
      checkComponents(client, ns),
      (e: unknown) => e instanceof ClusterError && e.message.includes(`no ${CHAOS_MESH_CONTROLLER}`)
    )
  })
})
