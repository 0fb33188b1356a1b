// prepareCluster against the local control plane (`npm run test:k8s`). kind itself needs Docker,
// so a stand-in `kind` hands out this cluster's kubeconfig; everything around it is real.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareCluster, teardownCluster } from '../../src/cluster/index.ts'
import { ClusterError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { writeFakeKind } from '../cluster/fake-kind.ts'

const kubeconfig = process.env.KUBECONFIG
const skip = kubeconfig ? false : 'KUBECONFIG is not set: run `npm run test:k8s`'

describe('cluster lifecycle on the kwok control plane', { skip }, () => {
  let dir: string
  let bin: string
  let log: string
  let server: string

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lifecycle-'))
    bin = join(dir, 'bin')
    await mkdir(bin)
    await writeFakeKind(bin)
    log = join(dir, 'kind.log')
    const text = await readFile(kubeconfig!, 'utf8')
    server = /server:\s*(\S+)/.exec(text)?.[1] ?? ''
  })

  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const fakeEnv = (extra: Record<string, string> = {}) => ({
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    FAKE_KIND_LOG: log,
    FAKE_KIND_KUBECONFIG: kubeconfig!,
    ...extra
  })

  it('existing: uses KUBECONFIG after checking the API server answers', async () => {
    const logger = new RecordingLogger()
    const c = await prepareCluster(
      'existing',
      { env: { ...process.env, KUBECONFIG: kubeconfig! } },
      logger
    )
    assert.equal(c.kind, 'existing')
    assert.equal(c.kubeconfigPath, kubeconfig)
    assert.equal(c.server, server)
    assert.match(
      logger.text(),
      new RegExp(`using the existing cluster at ${server.replace(/[.]/g, '\\.')}`)
    )
    await c.teardown()
  })

  it('existing: an unreachable kubeconfig is a ClusterError', async () => {
    const bad = join(dir, 'bad.kubeconfig')
    // The real cluster's credentials, with the port of nothing.
    await writeFile(
      bad,
      (await readFile(kubeconfig!, 'utf8')).replace(
        /server:\s*https?:\/\/[^\s]+/,
        'server: https://127.0.0.1:9'
      )
    )
    await assert.rejects(
      prepareCluster('existing', { env: { KUBECONFIG: bad } }, new RecordingLogger()),
      (e: Error) => {
        assert.ok(e instanceof ClusterError)
        assert.match(
          e.message,
          /cannot reach the Kubernetes API server at https:\/\/127\.0\.0\.1:9/
        )
        assert.match(e.advice ?? '', /npm run cluster:up/)
        return true
      }
    )
  })

  it('auto: picks the reachable kubeconfig', async () => {
    const c = await prepareCluster(
      'auto',
      { env: { ...process.env, KUBECONFIG: kubeconfig! }, needsKubernetes: true },
      new RecordingLogger()
    )
    assert.equal(c.kind, 'existing')
  })

  it('kind: creates, waits for Ready nodes, exports the kubeconfig and deletes on teardown', async () => {
    await rm(log, { force: true })
    const out = join(dir, 'kind.kubeconfig')
    const logger = new RecordingLogger()
    const c = await prepareCluster(
      'kind',
      {
        env: fakeEnv(),
        kind: {
          name: 'e2e',
          kubeconfigPath: out,
          nodeImage: 'kindest/node:v1.35.0',
          waitSeconds: 60
        }
      },
      logger
    )
    assert.equal(c.kind, 'kind')
    assert.equal(c.kubeconfigPath, out)
    assert.deepEqual(c.state, {
      kind: 'kind',
      binary: join(bin, 'kind'),
      name: 'e2e',
      kubeconfigPath: out
    })
    assert.match(logger.text(), /kind cluster e2e ready: \d+ node\(s\) Ready/)
    const logs = join(dir, 'exported')
    assert.equal(await c.exportLogs(logs), logs)
    await c.teardown()
    await c.teardown()
    const calls = (await readFile(log, 'utf8')).trim().split('\n')
    assert.deepEqual(calls, [
      `create cluster --name e2e --kubeconfig ${out} --image kindest/node:v1.35.0 --wait 60s`,
      `export logs ${logs} --name e2e`,
      `delete cluster --name e2e --kubeconfig ${out}`
    ])
  })

  it('kind with keep leaves the cluster; the post step deletes it from the persisted state', async () => {
    await rm(log, { force: true })
    const c = await prepareCluster(
      'kind',
      { env: fakeEnv(), keep: true, kind: { kubeconfigPath: join(dir, 'k2') } },
      new RecordingLogger()
    )
    await c.teardown()
    assert.doesNotMatch(await readFile(log, 'utf8'), /delete cluster/)
    const persisted = JSON.parse(JSON.stringify(c.state)) as typeof c.state
    await teardownCluster(persisted, new RecordingLogger(), { env: fakeEnv() })
    assert.match(await readFile(log, 'utf8'), /^delete cluster --name chaos-action /m)
  })

  it('auto: creates a kind cluster when the kubeconfig is unreachable and Kubernetes is needed', async () => {
    const bad = join(dir, 'bad2.kubeconfig')
    await writeFile(
      bad,
      (await readFile(kubeconfig!, 'utf8')).replace(
        /server:\s*https?:\/\/[^\s]+/,
        'server: https://127.0.0.1:9'
      )
    )
    await rm(log, { force: true })
    const c = await prepareCluster(
      'auto',
      {
        env: fakeEnv({ KUBECONFIG: bad }),
        needsKubernetes: true,
        kind: { kubeconfigPath: join(dir, 'k3') }
      },
      new RecordingLogger()
    )
    assert.equal(c.kind, 'kind')
    await c.teardown()
    assert.match(await readFile(log, 'utf8'), /^create cluster --name chaos-action/m)
  })

  it('kwok: reuses the running local cluster and leaves it running', async () => {
    const logger = new RecordingLogger()
    const c = await prepareCluster('kwok', {}, logger)
    assert.equal(c.kind, 'kwok')
    assert.equal(c.kubeconfigPath, kubeconfig)
    assert.equal((c.state as { started: boolean }).started, false)
    assert.match(logger.text(), /reusing the running kwok cluster/)
    await c.teardown()
    const again = await prepareCluster(
      'existing',
      { env: { ...process.env, KUBECONFIG: kubeconfig! } },
      new RecordingLogger()
    )
    assert.equal(again.kind, 'existing')
  })
})
