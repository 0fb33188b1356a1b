import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { execFile } from 'node:child_process'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { directoryFetcher, installPinned, parseChecksum } from '../../src/cluster/download.ts'
import {
  KIND_VERSION,
  createKindCluster,
  kindCommands,
  kindPin,
  resolveKind
} from '../../src/cluster/kind.ts'
import { prepareCluster } from '../../src/cluster/index.ts'
import { ClusterError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import { writeFakeKind } from './fake-kind.ts'

const run = promisify(execFile)

describe('kind command lines', () => {
  it('builds create, delete and export-logs argv from the options', () => {
    const c = kindCommands({
      name: 'ci',
      kubeconfigPath: '/tmp/k.yaml',
      config: 'kind.yaml',
      nodeImage: 'kindest/node:v1.35.0',
      waitSeconds: 120,
      logsDir: '/tmp/logs'
    })
    assert.deepEqual(c.create, [
      'create',
      'cluster',
      '--name',
      'ci',
      '--kubeconfig',
      '/tmp/k.yaml',
      '--config',
      'kind.yaml',
      '--image',
      'kindest/node:v1.35.0',
      '--wait',
      '120s'
    ])
    assert.deepEqual(c.delete, ['delete', 'cluster', '--name', 'ci', '--kubeconfig', '/tmp/k.yaml'])
    assert.deepEqual(c.exportLogs, ['export', 'logs', '/tmp/logs', '--name', 'ci'])
    const plain = kindCommands({ name: 'x', kubeconfigPath: '/k', waitSeconds: 60 })
    assert.ok(!plain.create.includes('--config') && !plain.create.includes('--image'))
  })

  it('pins the release asset and its published checksum for this platform', () => {
    const pin = kindPin({}, 'linux', 'x64')
    assert.equal(
      pin.url,
      `https://github.com/kubernetes-sigs/kind/releases/download/${KIND_VERSION}/kind-linux-amd64`
    )
    assert.equal(pin.sha256Url, `${pin.url}.sha256sum`)
    assert.equal(kindPin({}, 'darwin', 'arm64').fileName, 'kind-darwin-arm64')
    assert.equal(kindPin({ sha256: 'ab'.repeat(32) }, 'linux', 'x64').sha256Url, undefined)
    assert.throws(() => kindPin({}, 'win32', 'x64'), ClusterError)
    assert.throws(() => kindPin({}, 'linux', 'ia32'), ClusterError)
  })

  it('reads sha256sum files', () => {
    const hex = 'a'.repeat(64)
    assert.equal(parseChecksum(`${hex}  kind-linux-amd64\n`, 'kind-linux-amd64'), hex)
    assert.equal(
      parseChecksum(`${'b'.repeat(64)}  other\n${hex} *dist/kind-linux-amd64`, 'kind-linux-amd64'),
      hex
    )
    assert.equal(parseChecksum(hex.toUpperCase(), 'anything'), hex)
    assert.equal(parseChecksum(`${hex}  other`, 'kind-linux-amd64'), undefined)
    assert.equal(parseChecksum('not a checksum', 'kind-linux-amd64'), undefined)
  })
})

describe('downloading a pinned kind with checksum verification (loopback release server)', () => {
  let server: Server
  let base: string
  let dir: string
  const requests: string[] = []
  const binary = '#!/bin/sh\necho "kind v0.31.0 go1.25 linux/amd64"\n'
  let published = createHash('sha256').update(binary).digest('hex')

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kind-dl-'))
    server = createServer((req, res) => {
      requests.push(req.url ?? '')
      if (req.url === `/${KIND_VERSION}/kind-linux-amd64`) res.end(binary)
      else if (req.url === `/${KIND_VERSION}/kind-linux-amd64.sha256sum`)
        res.end(`${published}  kind-linux-amd64\n`)
      else {
        res.statusCode = 404
        res.end('Not Found')
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  after(async () => {
    server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('downloads, verifies, caches and then reuses the binary', async () => {
    const cache = join(dir, 'cache-ok')
    const fetcher = directoryFetcher(cache)
    const pin = kindPin({ releasesUrl: base }, 'linux', 'x64')
    const logger = new RecordingLogger()
    const path = await installPinned(pin, fetcher, logger)
    assert.equal(path, join(cache, 'kind', KIND_VERSION, 'kind'))
    const { stdout } = await run(path, [])
    assert.match(stdout, /kind v0\.31\.0/)
    assert.ok(((await stat(path)).mode & 0o111) !== 0)
    assert.match(logger.text(), new RegExp(`verified \\(sha256 ${published}\\)`))
    const before = requests.length
    assert.equal(await installPinned(pin, fetcher), path)
    assert.equal(requests.length, before, 'a cached binary is not downloaded again')
  })

  it('refuses a binary whose checksum does not match and keeps nothing', async () => {
    const cache = join(dir, 'cache-bad')
    const saved = published
    published = 'f'.repeat(64)
    try {
      await assert.rejects(
        installPinned(kindPin({ releasesUrl: base }, 'linux', 'x64'), directoryFetcher(cache)),
        (e: Error) => {
          assert.ok(e instanceof ClusterError)
          assert.match(e.message, /checksum mismatch for kind v0\.31\.0/)
          assert.match(e.message, new RegExp(`expected sha256 f{64}, got ${saved}`))
          return true
        }
      )
      assert.equal(existsSync(join(cache, 'kind', KIND_VERSION, 'kind')), false)
    } finally {
      published = saved
    }
  })

  it('checks against an explicit sha256 too', async () => {
    await assert.rejects(
      installPinned(
        kindPin({ releasesUrl: base, sha256: '0'.repeat(64) }, 'linux', 'x64'),
        directoryFetcher(join(dir, 'c3'))
      ),
      /checksum mismatch/
    )
  })

  it('names the URL when the release is missing', async () => {
    await assert.rejects(
      installPinned(
        kindPin({ releasesUrl: base, version: 'v9.9.9' }, 'linux', 'x64'),
        directoryFetcher(join(dir, 'c4'))
      ),
      (e: Error) => {
        assert.ok(e instanceof ClusterError)
        assert.match(
          e.message,
          /cannot fetch the checksum of kind v9\.9\.9 from http:\/\/127\.0\.0\.1:\d+\/v9\.9\.9\/kind-linux-amd64\.sha256sum: HTTP 404/
        )
        return true
      }
    )
  })

  it('prefers a kind on PATH over a download', async () => {
    const bin = join(dir, 'bin')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(bin, { recursive: true })
    const fake = await writeFakeKind(bin)
    const before = requests.length
    const found = await resolveKind(
      { env: { PATH: `${bin}:/usr/bin` }, releasesUrl: base },
      new RecordingLogger()
    )
    assert.equal(found, fake)
    assert.equal(requests.length, before)
  })
})

describe('kind cluster creation failures', () => {
  it('exports the node logs, deletes the cluster and says where the logs are', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kind-fail-'))
    try {
      const kind = await writeFakeKind(dir)
      const log = join(dir, 'calls.log')
      const logs = join(dir, 'logs')
      const env = { ...process.env, FAKE_KIND_LOG: log, FAKE_KIND_MODE: 'fail' }
      await assert.rejects(
        createKindCluster(
          {
            binary: kind,
            name: 'ci',
            env,
            logsDir: logs,
            kubeconfigPath: join(dir, 'kc'),
            waitSeconds: 30
          },
          new RecordingLogger()
        ),
        (e: Error) => {
          assert.ok(e instanceof ClusterError)
          assert.match(e.message, /kind create cluster ci failed \(exit 1\)/)
          assert.match(e.message, /node\(s\) already exist/)
          assert.match(e.message, new RegExp(`node logs exported to ${logs}`))
          return true
        }
      )
      const calls = (await readFile(log, 'utf8')).trim().split('\n')
      assert.deepEqual(calls, [
        `create cluster --name ci --kubeconfig ${join(dir, 'kc')} --wait 30s`,
        `export logs ${logs} --name ci`,
        `delete cluster --name ci --kubeconfig ${join(dir, 'kc')}`
      ])
      assert.equal(await readFile(join(logs, 'kubelet.log'), 'utf8'), 'kubelet log\n')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('through prepareCluster: a ClusterError, never a half-made cluster', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kind-fail2-'))
    try {
      const kind = await writeFakeKind(dir)
      const log = join(dir, 'calls.log')
      await assert.rejects(
        prepareCluster(
          'kind',
          {
            env: { ...process.env, FAKE_KIND_LOG: log, FAKE_KIND_MODE: 'fail' },
            kind: { binary: kind, logsDir: join(dir, 'l') }
          },
          new RecordingLogger()
        ),
        ClusterError
      )
      assert.match(await readFile(log, 'utf8'), /^delete cluster --name chaos-action /m)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
