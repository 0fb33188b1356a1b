import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { prepareCluster } from '../../src/cluster/index.ts'
import { ClusterError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const port = (srv.address() as AddressInfo).port
  await new Promise<void>((r) => srv.close(() => r()))
  return port
}

function kubeconfigFor(server: string, contexts = ['main']): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: c
  cluster: {server: "${server}", insecure-skip-tls-verify: true}
users:
- name: u
  user: {token: abc}
contexts:
${contexts.map((c) => `- name: ${c}\n  context: {cluster: c, user: u}`).join('\n')}
current-context: ${contexts[0]}
`
}

describe('existing and auto clusters (no cluster needed)', () => {
  let dir: string
  let unreachable: string
  let port: number

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'existing-'))
    port = await closedPort()
    unreachable = join(dir, 'unreachable.kubeconfig')
    await writeFile(unreachable, kubeconfigFor(`https://127.0.0.1:${port}`, ['main', 'other']))
  })

  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('an unreachable kubeconfig is a ClusterError naming the server, with advice', async () => {
    const started = Date.now()
    await assert.rejects(
      prepareCluster(
        'existing',
        { env: { KUBECONFIG: unreachable, HOME: dir } },
        new RecordingLogger()
      ),
      (e: Error) => {
        assert.ok(e instanceof ClusterError, String(e))
        assert.match(
          e.message,
          new RegExp(
            `cannot reach the Kubernetes API server at https://127\\.0\\.0\\.1:${port} \\(context "main"\\)`
          )
        )
        assert.match(e.message, /ECONNREFUSED/)
        assert.match(
          e.advice ?? '',
          new RegExp(`KUBECONFIG \\(${unreachable.replace(/[.]/g, '\\.')}\\)`)
        )
        return true
      }
    )
    assert.ok(Date.now() - started < 10_000)
  })

  it('a named context that does not exist lists the ones that do', async () => {
    await assert.rejects(
      prepareCluster(
        'existing',
        { env: { KUBECONFIG: unreachable }, context: 'prod' },
        new RecordingLogger()
      ),
      (e: Error) => {
        assert.ok(e instanceof ClusterError)
        assert.match(e.message, /has no context "prod"/)
        assert.equal(e.advice, 'use one of: main, other')
        return true
      }
    )
  })

  it('no kubeconfig at all says how to get one', async () => {
    await assert.rejects(
      prepareCluster('existing', { env: { HOME: dir } }, new RecordingLogger()),
      (e: Error) =>
        e instanceof ClusterError && /no Kubernetes cluster is configured/.test(e.message)
    )
    await assert.rejects(
      prepareCluster(
        'existing',
        { env: { KUBECONFIG: join(dir, 'missing') } },
        new RecordingLogger()
      ),
      /the kubeconfig .*missing does not exist/
    )
  })

  it('auto falls back to none when nothing is reachable and no experiment needs Kubernetes', async () => {
    const logger = new RecordingLogger()
    const c = await prepareCluster(
      'auto',
      { env: { KUBECONFIG: unreachable, HOME: dir }, needsKubernetes: false },
      logger
    )
    assert.equal(c.kind, 'none')
    assert.equal(c.kubeconfigPath, undefined)
    await c.teardown()
    const none = await prepareCluster('auto', { env: { HOME: dir } }, logger)
    assert.equal(none.kind, 'none')
  })
})
