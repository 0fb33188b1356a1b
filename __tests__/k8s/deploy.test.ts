// `deploy` against the local control plane (`npm run test:k8s`): server-side apply of manifests,
// a deploy command, and rollout waits that name what is stuck.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { deploy } from '../../src/cluster/deploy.ts'
import { ClusterError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { KubeClient, R } from '../../src/providers/kubernetes/client.ts'

const kubeconfig = process.env.KUBECONFIG
const skip = kubeconfig ? false : 'KUBECONFIG is not set: run `npm run test:k8s`'
const suffix = randomBytes(3).toString('hex')
const appNs = `deploy-app-${suffix}`
const stuckNs = `deploy-stuck-${suffix}`
const cmdNs = `deploy-cmd-${suffix}`

function deployment(
  ns: string | undefined,
  name: string,
  replicas: number,
  extra: string = ''
): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${ns ? `  namespace: ${ns}\n` : ''}spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
${extra}      containers:
      - name: ${name}
        image: registry.example/${name}:1
`
}

/** kubectl built with the local cluster (scripts/k8s/build.sh), if there is one. */
function findKubectl(): string | undefined {
  const root = join(process.env.CHAOS_CACHE_DIR ?? join(homedir(), '.cache', 'chaos-action'), 'k8s')
  if (!existsSync(root)) return undefined
  for (const d of readdirSync(root)) {
    const p = join(root, d, 'bin', 'kubectl')
    if (existsSync(p)) return p
  }
  return undefined
}

describe('deploy on the kwok control plane', { skip }, () => {
  let dir: string
  let client: KubeClient

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'deploy-test-'))
    client = new KubeClient({ kubeconfig: kubeconfig! })
  })

  after(async () => {
    await rm(dir, { recursive: true, force: true })
    for (const ns of [appNs, stuckNs, cmdNs])
      await client.delete(R.namespaces, undefined, ns).catch(() => {})
  })

  it('server-side applies a directory of multi-document manifests, namespaces first, and waits for rollouts', async () => {
    const manifests = join(dir, 'app')
    await mkdir(join(manifests, 'nested'), { recursive: true })
    // The Deployment comes first in file order: the Namespace must still be applied before it.
    await writeFile(
      join(manifests, 'a-app.yaml'),
      deployment(appNs, 'web', 2) +
        `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: ${appNs}\ndata:\n  mode: test\n---\n`
    )
    await writeFile(
      join(manifests, 'b-namespace.yml'),
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${appNs}\n`
    )
    await writeFile(
      join(manifests, 'nested', 'db.yaml'),
      `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: ${appNs}}
spec:
  serviceName: db
  replicas: 1
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: registry.example/db:1}]
`
    )
    await writeFile(join(manifests, 'README.md'), 'not a manifest')
    const logger = new RecordingLogger()
    const r = await deploy(manifests, { kubeconfigPath: kubeconfig!, timeoutSeconds: 90 }, logger)
    assert.equal(r.how, 'manifests')
    assert.deepEqual(r.namespaces, [appNs])
    assert.deepEqual(r.applied, [
      `Namespace ${appNs}`,
      `Deployment ${appNs}/web`,
      `ConfigMap ${appNs}/settings`,
      `StatefulSet ${appNs}/db`
    ])
    assert.deepEqual(
      r.workloads.map((w) => `${w.kind} ${w.name} ${w.ready.split(',')[0]}`),
      ['Deployment web 2/2 ready', 'StatefulSet db 1/1 ready']
    )
    const web = await client.get(R.deployments, appNs, 'web')
    assert.equal(web.status?.availableReplicas, 2)
    const managers = (
      web.metadata?.managedFields as { manager?: string; operation?: string }[]
    ).map((m) => `${m.manager}:${m.operation}`)
    assert.ok(managers.includes('chaos-action:Apply'), managers.join(', '))

    // Applying again is a no-op that still succeeds (server-side apply is idempotent).
    const again = await deploy(
      manifests,
      { kubeconfigPath: kubeconfig!, timeoutSeconds: 60 },
      logger
    )
    assert.equal(again.applied.length, 4)
  })

  it('fails a rollout that cannot finish, naming the workload and the reason', async () => {
    const file = join(dir, 'stuck.yaml')
    await writeFile(
      file,
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${stuckNs}\n---\n` +
        deployment(stuckNs, 'fine', 1) +
        '---\n' +
        deployment(stuckNs, 'stuck', 1, '      nodeSelector: {disk: does-not-exist}\n')
    )
    const started = Date.now()
    await assert.rejects(
      deploy(file, { kubeconfigPath: kubeconfig!, timeoutSeconds: 8 }, new RecordingLogger()),
      (e: Error) => {
        assert.ok(e instanceof ClusterError, String(e))
        assert.match(e.message, /not rolled out within 8s/)
        assert.match(e.message, new RegExp(`Deployment ${stuckNs}/stuck: 0/1 ready`))
        assert.match(e.message, /FailedScheduling/)
        assert.doesNotMatch(e.message, /Deployment [^ ]+\/fine/)
        return true
      }
    )
    const took = (Date.now() - started) / 1000
    assert.ok(took >= 8 && took < 30, `took ${took}s`)
  })

  it(
    'runs a deploy command with KUBECONFIG set and finds the namespaces it touched',
    { skip: findKubectl() ? false : 'no kubectl from scripts/k8s/build.sh' },
    async () => {
      const kubectl = findKubectl()!
      const file = join(dir, 'cmd.yaml')
      await writeFile(
        file,
        `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${cmdNs}\n---\n` +
          deployment(cmdNs, 'api', 1)
      )
      const r = await deploy(
        `"${kubectl}" apply -f "${file}" && echo applied`,
        {
          kubeconfigPath: kubeconfig!,
          timeoutSeconds: 60,
          env: { ...process.env, KUBECONFIG: '/nonexistent' }
        },
        new RecordingLogger()
      )
      assert.equal(r.how, 'command')
      assert.deepEqual(r.namespaces, [cmdNs])
      assert.deepEqual(
        r.workloads.map((w) => `${w.kind} ${w.namespace}/${w.name}`),
        [`Deployment ${cmdNs}/api`]
      )
    }
  )

  it('reports an invalid manifest with the file, document and the server message', async () => {
    const file = join(dir, 'bad.yaml')
    await writeFile(
      file,
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok, namespace: ${appNs}}\n---\n` +
        deployment(appNs, 'bad', -1)
    )
    await assert.rejects(
      deploy(file, { kubeconfigPath: kubeconfig! }, new RecordingLogger()),
      (e: Error) => {
        assert.ok(e instanceof ClusterError)
        assert.match(
          e.message,
          new RegExp(`cannot apply Deployment ${appNs}/bad \\(.*bad.yaml, document 2\\): HTTP 422`)
        )
        assert.match(e.message, /replicas/)
        return true
      }
    )
  })
})
