// Faults the provider must survive, against the local control plane (npm run test:k8s): an API
// server that is unreachable or goes away mid-action, RBAC refusals, and watches that drop.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer, connect } from 'node:net'
import type { Server, Socket } from 'node:net'
import { KubeConfig } from '@kubernetes/client-node'
import { ActivityFailed } from '../../src/engine/errors.ts'
import { KubeClient, R } from '../../src/providers/kubernetes/client.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  kubeconfig,
  setup,
  skip
} from '../providers/kubernetes-fixtures.ts'

function baseConfig(): KubeConfig {
  const kc = new KubeConfig()
  kc.loadFromFile(kubeconfig!)
  return kc
}

function withServer(kc: KubeConfig, server: string): KubeConfig {
  const out = new KubeConfig()
  out.loadFromOptions({
    clusters: kc.clusters.map((c) => ({ ...c, server })),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: kc.currentContext
  })
  return out
}

function withToken(kc: KubeConfig, token: string): KubeConfig {
  const out = new KubeConfig()
  const cluster = kc.getCurrentCluster()!
  out.loadFromOptions({
    clusters: [cluster],
    users: [{ name: 'sa', token }],
    contexts: [{ name: 'sa', cluster: cluster.name, user: 'sa' }],
    currentContext: 'sa'
  })
  return out
}

/** A TCP proxy to the API server whose connections the test can cut. */
async function proxy(target: URL): Promise<{ url: string; cut(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((down) => {
    const up = connect(Number(target.port), target.hostname)
    sockets.add(down).add(up)
    down.pipe(up).pipe(down)
    const drop = () => {
      down.destroy()
      up.destroy()
      sockets.delete(down)
      sockets.delete(up)
    }
    down.on('error', drop).on('close', drop)
    up.on('error', drop).on('close', drop)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as { port: number }).port
  const cut = () => {
    for (const s of sockets) s.destroy()
    sockets.clear()
  }
  return {
    url: `https://127.0.0.1:${port}`,
    cut,
    close: () =>
      new Promise<void>((resolve) => {
        cut()
        server.close(() => resolve())
      })
  }
}

async function closedPort(): Promise<number> {
  const s = createServer()
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))
  const port = (s.address() as { port: number }).port
  await new Promise<void>((resolve) => s.close(() => resolve()))
  return port
}

describe('kubernetes faults', { skip }, () => {
  const client = skip ? undefined : admin()
  let ns = ''

  before(async () => {
    ns = await createNamespace(client!, 'k8s-faults')
    await deployment(client!, ns, 'web', 2)
  })
  after(async () => {
    if (ns) await deleteNamespace(client!, ns)
  })

  it('an unreachable API server fails the activity with a message naming its URL', async () => {
    const port = await closedPort()
    const server = `https://127.0.0.1:${port}`
    const { kube, python } = setup({
      allowedNamespaces: [ns],
      kubeConfig: withServer(baseConfig(), server)
    })
    await assert.rejects(
      kube({ action: 'kill-pods', namespace: ns, selector: 'app=web' }),
      (e: unknown) =>
        e instanceof ActivityFailed &&
        e.message.includes(`cannot reach the Kubernetes API server at ${server}`) &&
        e.message.includes('ECONNREFUSED') &&
        e.message.includes(`verb "list" on resource "pods"`) &&
        e.message.includes(`in namespace "${ns}"`)
    )
    await assert.rejects(
      python('chaosk8s.pod.probes', 'count_pods', { label_selector: 'app=web', ns }),
      new RegExp(
        `ActivityFailed: cannot reach the Kubernetes API server at https://127\\.0\\.0\\.1:${port}`
      )
    )
  })

  it('an API server that goes away mid-action fails it clearly, after what was done', async () => {
    const target = new URL(baseConfig().getCurrentCluster()!.server)
    const p = await proxy(target)
    let requests = 0
    const { kube } = setup({
      allowedNamespaces: [ns],
      kubeConfig: withServer(baseConfig(), p.url),
      onRequest: () => {
        // The pod list went through; then the server "goes away".
        if (++requests === 1) void p.close()
      }
    })
    try {
      await assert.rejects(
        kube({ action: 'kill-pods', namespace: ns, selector: 'app=web', recoveryTimeout: 5 }),
        (e: unknown) =>
          e instanceof ActivityFailed &&
          e.message.includes(`cannot reach the Kubernetes API server at ${p.url}`)
      )
      assert.ok(requests >= 2)
    } finally {
      await p.close()
    }
  })

  it('RBAC refusals name the verb, resource and namespace that are needed', async () => {
    // A ServiceAccount that may read pods but not delete them, and one with no rights at all.
    for (const name of ['reader', 'nobody'])
      await client!.create(R.serviceaccounts, ns, {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name }
      })
    await client!.create(R.roles, ns, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'pod-reader' },
      rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] }]
    })
    await client!.create(R.rolebindings, ns, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'reader' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'reader', namespace: ns }]
    })
    const token = async (sa: string) =>
      (
        (await client!.request(
          'create',
          { res: R.serviceaccounts, namespace: ns, name: sa, subresource: 'token' },
          {
            body: {
              apiVersion: 'authentication.k8s.io/v1',
              kind: 'TokenRequest',
              spec: { expirationSeconds: 600 }
            }
          }
        )) as { status?: { token?: string } }
      ).status?.token ?? ''

    const nobody = setup({
      allowedNamespaces: [ns],
      kubeConfig: withToken(baseConfig(), await token('nobody'))
    })
    await assert.rejects(
      nobody.kube({ action: 'kill-pods', namespace: ns, selector: 'app=web' }),
      (e: unknown) =>
        e instanceof ActivityFailed &&
        /^forbidden by the Kubernetes API server at https:\/\/127\.0\.0\.1:\d+: the credentials in use need verb "list" on resource "pods" \(API group "core"\) in namespace "/.test(
          e.message
        ) &&
        e.message.includes(`system:serviceaccount:${ns}:nobody`)
    )

    const before = (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items.length
    const reader = setup({
      allowedNamespaces: [ns],
      kubeConfig: withToken(baseConfig(), await token('reader'))
    })
    await assert.rejects(
      reader.python('chaosk8s.pod.actions', 'terminate_pods', { label_selector: 'app=web', ns }),
      new RegExp(
        `need verb "delete" on resource "pods" \\(API group "core"\\) in namespace "${ns}" \\(object "web-`
      )
    )
    await assert.rejects(
      reader.kube({ action: 'scale', name: 'web', namespace: ns, replicas: 3 }),
      new RegExp(
        `need verb "get" on resource "deployments" \\(API group "apps"\\) in namespace "${ns}"`
      )
    )
    assert.equal(
      (await client!.list(R.pods, ns, { labelSelector: 'app=web' })).items.length,
      before
    )
  })

  it('a watch that drops is re-established, and gives up after bounded retries', async () => {
    const target = new URL(baseConfig().getCurrentCluster()!.server)
    const p = await proxy(target)
    try {
      const watcher = new KubeClient({
        kubeConfig: withServer(baseConfig(), p.url),
        watchRetries: 3
      })
      let events = 0
      const waiting = watcher.watchUntil(
        R.deployments,
        ns,
        { fieldSelector: 'metadata.name=web', timeoutMs: 30_000 },
        (objects, event) => {
          if (event) events++
          return objects.get(`${ns}/web`)?.spec?.replicas === 3
        }
      )
      // Let the watch connect, cut every connection, then make the change it waits for.
      await new Promise((r) => setTimeout(r, 500))
      p.cut()
      await new Promise((r) => setTimeout(r, 500))
      await client!.patch(R.deployments, ns, 'web', { spec: { replicas: 3 } }, 'merge', 'scale')
      assert.equal(await waiting, true)
      assert.ok(watcher.watchReconnects >= 1, `reconnects: ${watcher.watchReconnects}`)
      assert.ok(events >= 1)

      // The server stays away: the watch gives up with a clear message instead of spinning.
      await p.close()
      const started = Date.now()
      const gone = new KubeClient({ kubeConfig: withServer(baseConfig(), p.url), watchRetries: 2 })
      await assert.rejects(
        gone.watchUntil(
          R.deployments,
          ns,
          { resourceVersion: '1', initial: [], timeoutMs: 30_000 },
          () => false
        ),
        /dropped 3 times in a row .*gave up/
      )
      assert.ok(Date.now() - started < 10_000)
      assert.equal(gone.requests, 3, 'one connection per attempt')
    } finally {
      await p.close()
      await client!.patch(R.deployments, ns, 'web', { spec: { replicas: 2 } }, 'merge', 'scale')
    }
  })
})
