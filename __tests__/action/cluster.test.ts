// The action's cluster inputs and lifecycle without a cluster: input checks, the helm and kind
// command lines (fake binaries, no Docker), the tool-cache fetcher against a loopback release
// server, and main/post run like the runner runs them with a failing kind and a saved kind cluster.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getInputs } from '../../src/action/inputs.ts'
import { planFromInputs } from '../../src/action/plan.ts'
import {
  kubeconfigSecrets,
  plannedKubernetes,
  sessionKubernetes
} from '../../src/session/cluster.ts'
import type { RunPlan } from '../../src/session/plan.ts'
import { parseClusterRecord } from '../../src/action/state.ts'
import { toolCacheFetcher } from '../../src/action/tool-fetcher.ts'
import { helmInstallArgs, installChaosMesh } from '../../src/cluster/chaos-mesh-install.ts'
import { installPinned } from '../../src/cluster/download.ts'
import { KIND_VERSION, kindPin } from '../../src/cluster/kind.ts'
import type { ClusterSession } from '../../src/cluster/session.ts'
import { ClusterError, UsageError } from '../../src/engine/errors.ts'
import { RecordingLogger } from '../../src/engine/logger.ts'
import {
  actionDefaults,
  annotations,
  createWorkspace,
  pullRequestEvent,
  runMain,
  runPost,
  type Workspace
} from '../../__fixtures__/action-runner.ts'
import { writeFakeKind } from '../cluster/fake-kind.ts'

const defaults = await actionDefaults()
const saved = { ...process.env }

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    process.env[`INPUT_${name.toUpperCase()}`] = value
}

describe('cluster inputs', () => {
  // core.setSecret and core.debug print workflow commands on stdout.
  let write: typeof process.stdout.write
  beforeEach(() => {
    write = process.stdout.write
    process.stdout.write = (() => true) as typeof process.stdout.write
  })
  afterEach(() => {
    process.stdout.write = write
    process.env = { ...saved }
  })

  it('the action.yml defaults', () => {
    setInputs({})
    const i = getInputs()
    assert.equal(i.cluster, 'auto')
    assert.equal(i.kubeconfig, '')
    assert.equal(i.deploy, '')
    assert.equal(i.deployTimeoutSeconds, 300)
    assert.deepEqual(i.allowedNamespaces, [])
    assert.equal(i.allowKubeSystem, false)
    assert.equal(i.maxPodsPerAction, 10)
    assert.equal(i.keepCluster, false)
    assert.equal(i.installChaosMesh, false)
    assert.deepEqual(plannedKubernetes(planFromInputs(i, 'run')), {
      allowKubeSystem: false,
      maxPodsPerAction: 10
    })
  })

  it('lists, numbers and chart versions', () => {
    setInputs({
      cluster: 'kwok',
      'allowed-namespaces': 'shop, payments\nsearch,shop',
      'max-pods-per-action': '3',
      'deploy-timeout': '90',
      'install-chaos-mesh': 'v2.8.3',
      'keep-cluster': 'true',
      kubeconfig: '/tmp/k',
      context: 'ci'
    })
    const i = getInputs()
    assert.equal(i.cluster, 'kwok')
    assert.deepEqual(i.allowedNamespaces, ['shop', 'payments', 'search'])
    assert.equal(i.maxPodsPerAction, 3)
    assert.equal(i.deployTimeoutSeconds, 90)
    assert.equal(i.installChaosMesh, '2.8.3')
    assert.equal(i.keepCluster, true)
    assert.deepEqual(plannedKubernetes(planFromInputs(i, 'run')), {
      kubeconfig: '/tmp/k',
      context: 'ci',
      allowedNamespaces: ['shop', 'payments', 'search'],
      allowKubeSystem: false,
      maxPodsPerAction: 3
    })
    setInputs({ 'install-chaos-mesh': 'true' })
    assert.equal(getInputs().installChaosMesh, 'latest')
  })

  const bad: [string, string, RegExp][] = [
    ['cluster', 'minikube', /auto, kind, existing, kwok, none/],
    ['max-pods-per-action', '0', /whole number >= 1/],
    ['max-pods-per-action', 'zero', /whole number >= 1/],
    ['deploy-timeout', '-5', /whole number >= 1 \(seconds\)/],
    ['allowed-namespaces', 'shop,Bad_NS', /Kubernetes namespace names/],
    ['install-chaos-mesh', 'please', /false, true .* chart version/],
    ['keep-cluster', 'maybe', /true, false/],
    ['allow-kube-system', 'sure', /true, false/]
  ]
  for (const [name, value, allowed] of bad) {
    it(`refuses ${name}: ${JSON.stringify(value)}, naming the input and what is allowed`, () => {
      setInputs({ [name]: value })
      assert.throws(
        () => getInputs(),
        (e: unknown) => {
          assert.ok(e instanceof UsageError)
          assert.match(e.message, new RegExp(`input '${name}'`))
          assert.match(e.message, allowed)
          return true
        }
      )
    })
  }
})

describe('pure parts', () => {
  it('the run blast radius defaults to the deploy namespaces; an explicit list wins', () => {
    const session = {
      cluster: { kind: 'kind', kubeconfigPath: '/tmp/kind.kubeconfig' },
      namespaces: ['shop']
    } as unknown as ClusterSession
    const plan: Pick<RunPlan, 'cluster' | 'radius'> = {
      cluster: {
        mode: 'auto',
        autoCreatesKind: true,
        context: 'from-input',
        keep: false,
        deployTimeoutSeconds: 300,
        installChaosMesh: false,
        portForwards: []
      },
      radius: { allowKubeSystem: false, maxPodsPerAction: 5 }
    }
    // A kind cluster has its own kubeconfig and context: the input's context is not carried over.
    assert.deepEqual(sessionKubernetes(plan, session), {
      kubeconfig: '/tmp/kind.kubeconfig',
      allowedNamespaces: ['shop'],
      allowKubeSystem: false,
      maxPodsPerAction: 5
    })
    const explicit = { ...plan, radius: { ...plan.radius, allowedNamespaces: ['other'] } }
    assert.deepEqual(sessionKubernetes(explicit, session).allowedNamespaces, ['other'])
    const noDeploy = { ...session, namespaces: [] } as unknown as ClusterSession
    assert.equal(sessionKubernetes(plan, noDeploy).allowedNamespaces, undefined)
    assert.equal(sessionKubernetes(plan, undefined).context, 'from-input')
    // An existing cluster keeps the context the user chose: the session reports it back.
    const existing = {
      cluster: { kind: 'existing', kubeconfigPath: '/home/k', context: 'from-input' },
      namespaces: []
    } as unknown as ClusterSession
    assert.equal(sessionKubernetes(plan, existing).context, 'from-input')
  })

  it('finds the credentials of a kubeconfig to mask', () => {
    const text = [
      'apiVersion: v1',
      'kind: Config',
      'users:',
      '  - name: a',
      '    user:',
      '      token: eyJhbGciOiJSUzI1NiJ9.secret-token',
      '  - name: b',
      '    user:',
      '      client-certificate-data: Y2VydA==',
      '      client-key-data: a2V5LWRhdGEtc2VjcmV0',
      '  - name: c',
      '    user:',
      '      username: admin',
      '      password: hunter22',
      '      auth-provider:',
      '        config:',
      '          access-token: ya29.access',
      '          cmd-path: /usr/bin/gcloud',
      ''
    ].join('\n')
    assert.deepEqual(kubeconfigSecrets(text).sort(), [
      'a2V5LWRhdGEtc2VjcmV0',
      'eyJhbGciOiJSUzI1NiJ9.secret-token',
      'hunter22',
      'ya29.access'
    ])
    assert.deepEqual(kubeconfigSecrets('not: [yaml'), [])
    assert.deepEqual(kubeconfigSecrets('users: 3'), [])
  })

  it('the saved cluster record survives the state file and junk is ignored', () => {
    const record = {
      state: { kind: 'kind', binary: '/b/kind', name: 'chaos-action', kubeconfigPath: '/k' },
      keep: false,
      kubeconfigPath: '/k',
      namespaces: ['shop']
    }
    assert.deepEqual(parseClusterRecord(JSON.stringify(record)), record)
    assert.equal(parseClusterRecord(''), undefined)
    assert.equal(parseClusterRecord('kind'), undefined)
    assert.equal(parseClusterRecord('{"keep":true}'), undefined)
  })

  it('helm installs Chaos Mesh with the containerd settings kind needs', () => {
    const args = helmInstallArgs({
      version: '2.8.3',
      kubeconfigPath: '/tmp/kc',
      context: 'kind-ci',
      timeoutSeconds: 200
    })
    const text = args.join(' ')
    assert.match(
      text,
      /^upgrade --install chaos-mesh chaos-mesh --repo https:\/\/charts\.chaos-mesh\.org /
    )
    assert.match(text, / --version 2\.8\.3 /)
    assert.match(text, / --namespace chaos-mesh --create-namespace /)
    assert.match(text, / --set chaosDaemon\.runtime=containerd /)
    assert.match(text, / --set chaosDaemon\.socketPath=\/run\/containerd\/containerd\.sock /)
    assert.match(text, / --kubeconfig \/tmp\/kc --kube-context kind-ci --timeout 200s$/)
    const latest = helmInstallArgs({ version: 'latest' })
    assert.ok(!latest.includes('--version') && !latest.includes('--kubeconfig'))
  })

  it('installChaosMesh: no helm on PATH, and a failing helm, are ClusterErrors that say why', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'helm-'))
    try {
      await assert.rejects(
        installChaosMesh({ env: { PATH: dir } }, new RecordingLogger()),
        (e: unknown) => e instanceof ClusterError && /needs helm/.test(e.message)
      )
      const helm = join(dir, 'helm')
      await writeFile(
        helm,
        `#!/bin/sh\necho "$*" > "${join(dir, 'argv')}"\necho 'Error: chart "chaos-mesh" version "9.9.9" not found' >&2\nexit 1\n`
      )
      await chmod(helm, 0o755)
      await assert.rejects(
        installChaosMesh(
          { version: '9.9.9', env: { PATH: `${dir}:/usr/bin:/bin` } },
          new RecordingLogger()
        ),
        (e: unknown) => {
          assert.ok(e instanceof ClusterError)
          assert.match(e.message, /helm could not install Chaos Mesh \(exit 1\)/)
          assert.match(e.message, /version "9\.9\.9" not found/)
          assert.match(e.advice ?? '', /chart version \(9\.9\.9\)/)
          return true
        }
      )
      assert.equal(
        (await readFile(join(dir, 'argv'), 'utf8')).trim(),
        helmInstallArgs({ version: '9.9.9' }).join(' ')
      )
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('the tool-cache fetcher (loopback release server)', () => {
  let server: Server
  let base: string
  let dir: string
  const requests: string[] = []
  const binary = '#!/bin/sh\necho "kind from the release"\n'
  const sha = createHash('sha256').update(binary).digest('hex')

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'toolcache-'))
    server = createServer((req, res) => {
      requests.push(req.url ?? '')
      if (req.url === `/${KIND_VERSION}/kind-linux-amd64`) res.end(binary)
      else if (req.url === `/${KIND_VERSION}/kind-linux-amd64.sha256sum`)
        res.end(`${sha}  kind-linux-amd64\n`)
      else {
        res.statusCode = 404
        res.end()
      }
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    server.close()
    await rm(dir, { recursive: true, force: true })
    process.env = { ...saved }
  })

  it('downloads through @actions/tool-cache, keeps the verified binary there, and finds it next time', async () => {
    // tool-cache reads these from process.env, as on a runner.
    process.env.RUNNER_TOOL_CACHE = join(dir, 'cache')
    process.env.RUNNER_TEMP = join(dir, 'temp')
    await mkdir(process.env.RUNNER_TEMP, { recursive: true })
    const fetcher = toolCacheFetcher()
    const pin = kindPin({ releasesUrl: base }, 'linux', 'x64')
    // tool-cache's core.debug lines go to stdout as workflow commands: keep the output readable.
    const write = process.stdout.write
    process.stdout.write = (() => true) as typeof process.stdout.write
    let path: string
    try {
      path = await installPinned(pin, fetcher, new RecordingLogger())
    } finally {
      process.stdout.write = write
    }
    assert.ok(path.startsWith(join(dir, 'cache', 'kind')), path)
    assert.ok(
      existsSync(`${join(dir, 'cache', 'kind', KIND_VERSION.replace(/^v/, ''))}/x64.complete`)
    )
    assert.equal(await readFile(path, 'utf8'), binary)
    const count = requests.length
    process.stdout.write = (() => true) as typeof process.stdout.write
    try {
      assert.equal(await installPinned(pin, fetcher), path)
    } finally {
      process.stdout.write = write
    }
    assert.equal(requests.length, count, 'the cached binary is not downloaded again')
  })
})

describe('main and post with a stand-in kind (no Docker)', () => {
  let bin: string
  let root: string
  const api = 'http://127.0.0.1:9'
  const quiet = { comment: 'never', 'artifact-name': '', 'check-runs': 'false' }

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'action-kind-'))
    bin = join(root, 'bin')
    await mkdir(bin)
    await writeFakeKind(bin)
  })
  after(async () => {
    await rm(root, { recursive: true, force: true })
  })

  async function workspace(): Promise<Workspace> {
    const ws = await createWorkspace(await pullRequestEvent(3))
    await mkdir(join(ws.dir, 'experiments'))
    await writeFile(
      join(ws.dir, 'experiments', 'k8s.yaml'),
      [
        'title: pods come back',
        'description: a Kubernetes experiment',
        'method:',
        '  - type: probe',
        '    name: pods',
        '    provider:',
        '      type: python',
        '      module: chaosk8s.pod.probes',
        '      func: count_pods',
        '      arguments:',
        '        label_selector: app=web',
        '        ns: shop',
        ''
      ].join('\n')
    )
    await writeFile(
      join(ws.dir, 'kind.yaml'),
      'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n'
    )
    return ws
  }

  it('a kind cluster that cannot be created fails the step; its logs land in the journal dir', async () => {
    const ws = await workspace()
    const log = join(ws.dir, 'kind-calls.log')
    const result = await runMain(ws, api, {
      inputs: {
        ...quiet,
        cluster: 'kind',
        'kind-config': 'kind.yaml',
        'kind-node-image': 'kindest/node:v1.35.0'
      },
      env: {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        FAKE_KIND_LOG: log,
        FAKE_KIND_MODE: 'fail'
      }
    })
    assert.equal(result.code, 1, result.stdout)
    assert.equal(result.outputs.verdict, 'error')
    const errors = annotations(result.stdout).filter((a) => a.level === 'error')
    assert.ok(
      errors.some((a) => /kind create cluster chaos-action failed \(exit 1\)/.test(a.message)),
      result.stdout
    )
    const journals = join(ws.dir, 'chaos-journals')
    const logsDir = join(journals, 'cluster-logs')
    const calls = (await readFile(log, 'utf8')).trim().split('\n')
    assert.equal(calls.length, 3, calls.join('\n'))
    assert.match(
      calls[0]!,
      new RegExp(
        `^create cluster --name chaos-action --kubeconfig ${join(ws.dir, '_runner')}/chaos-action-kind-\\d+\\.kubeconfig ` +
          `--config ${join(ws.dir, 'kind.yaml')} --image kindest/node:v1\\.35\\.0 --wait 300s$`
      )
    )
    assert.equal(calls[1], `export logs ${logsDir} --name chaos-action`)
    assert.match(calls[2]!, /^delete cluster --name chaos-action /)
    assert.equal(await readFile(join(logsDir, 'kubelet.log'), 'utf8'), 'kubelet log\n')
    assert.match(result.summary, /could not run/)
    // Saved before kind ran (a kill mid-create leaves post something to delete), then cleared.
    assert.deepEqual(JSON.parse(result.state.CHAOS_CLUSTER ?? '{}'), {
      state: { kind: 'none' },
      keep: false,
      namespaces: []
    })

    const post = await runPost(ws, api, { inputs: quiet, env: { FAKE_KIND_LOG: log } })
    assert.equal(post.code, 0, post.stdout + post.stderr)
    assert.equal((await readFile(log, 'utf8')).trim().split('\n').length, 3, 'post deletes nothing')
  })

  it('main killed while kind creates the cluster: post still deletes it', async () => {
    const ws = await workspace()
    const slow = join(ws.dir, '_slow')
    await mkdir(slow)
    const log = join(ws.dir, 'kind-calls.log')
    // A kind that never finishes creating (until killed) and records the rest.
    await writeFile(
      join(slow, 'kind'),
      `#!/bin/sh\n[ "$1" = create ] && echo $$ > "${log}.pid"\necho "$*" >> "${log}"\n[ "$1" = create ] && exec sleep 60\nexit 0\n`
    )
    await chmod(join(slow, 'kind'), 0o755)
    const env = { PATH: `${slow}:${process.env.PATH ?? ''}` }
    const result = await runMain(ws, api, {
      inputs: { ...quiet, cluster: 'kind' },
      env,
      timeoutMs: 30_000,
      onSpawn: (child) => {
        const timer = setInterval(() => {
          if (existsSync(log)) {
            clearInterval(timer)
            child.kill('SIGKILL')
          }
        }, 50)
        child.on('exit', () => clearInterval(timer))
      }
    })
    assert.equal(result.signal, 'SIGKILL')
    // The killed step's kind lives on in its own process group, as it would on a runner: end it.
    try {
      process.kill(Number(await readFile(`${log}.pid`, 'utf8')), 'SIGKILL')
    } catch {
      // already gone
    }
    const post = await runPost(ws, api, { inputs: quiet, env })
    assert.equal(post.code, 0, post.stdout)
    const calls = (await readFile(log, 'utf8')).trim().split('\n')
    assert.match(calls[0]!, /^create cluster --name chaos-action /)
    assert.match(
      calls[1]!,
      /^delete cluster --name chaos-action --kubeconfig \S+kind-\d+\.kubeconfig$/
    )
  })

  it('post deletes the kind cluster main saved, and keeps it with keep-cluster', async () => {
    for (const keep of [false, true]) {
      const ws = await workspace()
      const log = join(ws.dir, 'kind-calls.log')
      await writeFile(log, '')
      const kubeconfigPath = join(ws.dir, '_runner', 'kind.kubeconfig')
      const record = {
        state: { kind: 'kind', binary: join(bin, 'kind'), name: 'ci-kind', kubeconfigPath },
        keep,
        kubeconfigPath,
        namespaces: ['shop']
      }
      await writeFile(
        ws.stateFile,
        [
          'CHAOS_MAIN_STARTED=true',
          'CHAOS_RUN_ID=4242-1-chaos-abc',
          `CHAOS_JOURNAL_DIR=${join(ws.dir, 'chaos-journals')}`,
          'CHAOS_SUMMARY_DONE=true',
          `CHAOS_CLUSTER=${JSON.stringify(record)}`,
          ''
        ].join('\n')
      )
      const post = await runPost(ws, api, {
        inputs: { ...quiet, 'keep-cluster': String(keep) },
        env: { FAKE_KIND_LOG: log }
      })
      assert.equal(post.code, 0, post.stdout)
      const calls = (await readFile(log, 'utf8')).trim()
      if (keep) {
        assert.equal(calls, '', 'a kept cluster is not deleted')
        assert.match(post.stdout, /keep-cluster: leaving the kind cluster running/)
      } else {
        assert.equal(calls, `delete cluster --name ci-kind --kubeconfig ${kubeconfigPath}`)
        assert.match(post.stdout, /deleted kind cluster ci-kind/)
        assert.match(post.stdout, /the cluster is deleted next: no objects of this run to sweep/)
      }
    }
  })

  it('a kind that cannot be deleted is a warning, never a failed post step', async () => {
    const ws = await workspace()
    const record = {
      state: {
        kind: 'kind',
        binary: join(root, 'no-such-kind'),
        name: 'gone',
        kubeconfigPath: '/x'
      },
      keep: false,
      namespaces: []
    }
    await writeFile(
      ws.stateFile,
      `CHAOS_MAIN_STARTED=true\nCHAOS_RUN_ID=r1\nCHAOS_SUMMARY_DONE=true\nCHAOS_CLUSTER=${JSON.stringify(record)}\n`
    )
    const post = await runPost(ws, api, { inputs: quiet })
    assert.equal(post.code, 0)
    const warnings = annotations(post.stdout).filter((a) => a.level === 'warning')
    assert.ok(
      warnings.some(
        (a) =>
          /could not delete the kind cluster gone/.test(a.message) &&
          /kind delete cluster --name gone/.test(a.message)
      ),
      post.stdout
    )
  })

  it('existing: the kubeconfig token is masked before anything is said about the cluster', async () => {
    const ws = await workspace()
    const token = 'sha256~' + 'Zk9'.repeat(12)
    await writeFile(
      join(ws.dir, 'kc.yaml'),
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: "https://127.0.0.1:9"}}]',
        `users: [{name: u, user: {token: "${token}"}}]`,
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x',
        ''
      ].join('\n')
    )
    const result = await runMain(ws, api, {
      inputs: { ...quiet, cluster: 'existing', kubeconfig: 'kc.yaml' }
    })
    assert.equal(result.code, 1)
    assert.ok(result.stdout.includes(`::add-mask::${token}`), result.stdout)
    assert.match(
      result.stdout,
      /cannot reach the Kubernetes API server at https:\/\/127\.0\.0\.1:9/
    )
    const log = await readFile(join(ws.dir, 'chaos-journals', 'chaos-action.log'), 'utf8')
    assert.ok(!log.includes(token))
  })

  it('bad combinations fail before anything is created, naming the inputs', async () => {
    const ws = await workspace()
    const log = join(ws.dir, 'kind-calls.log')
    const env = { PATH: `${bin}:${process.env.PATH ?? ''}`, FAKE_KIND_LOG: log }
    // cluster: none skips what needs Kubernetes, with the reason; skipping alone fails nothing.
    const none = await runMain(ws, api, { inputs: { ...quiet, cluster: 'none' }, env })
    assert.equal(none.code, 0, none.stdout)
    assert.equal(none.outputs.verdict, 'skipped')
    assert.match(
      none.stdout,
      /experiments\/k8s\.yaml: Skipped: it uses Kubernetes and input 'cluster' is none/
    )

    const chaos = await runMain(ws, api, {
      inputs: { ...quiet, cluster: 'existing', 'install-chaos-mesh': '2.8.3' },
      env
    })
    assert.equal(chaos.code, 1)
    assert.match(
      chaos.stdout,
      /input 'install-chaos-mesh' installs Chaos Mesh into a kind cluster/i
    )

    const config = await runMain(ws, api, {
      inputs: { ...quiet, cluster: 'kind', 'kind-config': 'missing.yaml' },
      env
    })
    assert.equal(config.code, 1)
    assert.match(config.stdout, /input 'kind-config': 'missing\.yaml' does not exist/i)
    assert.equal(existsSync(log), false, 'kind never ran')
  })
})
