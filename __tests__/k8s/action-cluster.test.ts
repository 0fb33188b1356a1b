// The action's cluster lifecycle run like the runner runs it (node src/index.ts and src/post.ts,
// INPUT_* variables, GITHUB_STATE) against the local control plane (`npm run test:k8s`):
// cluster: existing + deploy + chaosk8s experiments inside and outside the deploy's namespaces,
// post sweeping the objects labelled with the run id (Provider.cleanupRun), and cluster: kind through a
// stand-in kind that hands out this cluster's kubeconfig (kind itself needs Docker).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { R } from '../../src/providers/kubernetes/client.ts'
import type { KubeClient } from '../../src/providers/kubernetes/client.ts'
import { RUN_ID_LABEL, chaosResource, labelValue } from '../../src/providers/chaos-mesh/kinds.ts'
import {
  createWorkspace,
  parseFileCommands,
  pullRequestEvent,
  runMain,
  runPost,
  type Workspace
} from '../../__fixtures__/action-runner.ts'
import {
  admin,
  createNamespace,
  deleteNamespace,
  deployment,
  skip,
  suffix
} from '../providers/kubernetes-fixtures.ts'
import { writeFakeKind } from '../cluster/fake-kind.ts'

const kubeconfig = process.env.KUBECONFIG ?? ''
const API = 'http://127.0.0.1:9'
const QUIET = { comment: 'never', 'artifact-name': '', 'check-runs': 'false' }

function manifests(ns: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${ns}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: ${ns}
  labels: { app: web }
spec:
  replicas: 2
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: web
          image: registry.k8s.io/pause:3.10
`
}

function killExperiment(title: string, ns: string): string {
  return `title: ${title}
description: chaosk8s terminate_pods, natively
steady-state-hypothesis:
  title: web is available
  probes:
    - type: probe
      name: web-has-pods
      tolerance: 2
      provider:
        type: python
        module: chaosk8s.pod.probes
        func: count_pods
        arguments:
          label_selector: app=web
          phase: Running
          ns: ${ns}
method:
  - type: action
    name: kill-one-web-pod
    provider:
      type: python
      module: chaosk8s.pod.actions
      func: terminate_pods
      arguments:
        label_selector: app=web
        ns: ${ns}
        qty: 1
        grace_period: 0
    pauses:
      after: 3
`
}

interface SummaryJson {
  experiments: {
    file: string
    verdict: string
    findings: { activity: string; message: string; met: boolean }[]
  }[]
}

async function podUids(client: KubeClient, ns: string): Promise<string[]> {
  return (await client.list(R.pods, ns)).items.map((p) => p.metadata?.uid ?? '').sort()
}

function podChaos(ns: string, name: string, runId: string) {
  return {
    apiVersion: 'chaos-mesh.org/v1alpha1',
    kind: 'PodChaos',
    metadata: { name, namespace: ns, labels: { [RUN_ID_LABEL]: labelValue(runId) } },
    spec: {
      action: 'pod-failure',
      mode: 'one',
      duration: '10m',
      selector: { namespaces: [ns], labelSelectors: { app: 'web' } }
    }
  }
}

describe('the action on the kwok control plane', { skip }, () => {
  const client = skip ? undefined : admin()
  const ns = `action-deploy-${suffix()}`
  let other = ''
  let ws: Workspace

  before(async () => {
    other = await createNamespace(client!, 'action-outside')
    await deployment(client!, other, 'web', 2)
    ws = await createWorkspace(await pullRequestEvent(5))
    await mkdir(join(ws.dir, 'k8s'))
    await writeFile(join(ws.dir, 'k8s', 'app.yaml'), manifests(ns))
    await mkdir(join(ws.dir, 'experiments'))
    await writeFile(
      join(ws.dir, 'experiments', 'inside.yaml'),
      killExperiment('a pod of the deployed app dies', ns)
    )
    await writeFile(
      join(ws.dir, 'experiments', 'outside.yaml'),
      killExperiment('a pod outside the deploy dies', other)
    )
  })
  after(async () => {
    await deleteNamespace(client!, 'chaos-mesh')
    await deleteNamespace(client!, ns)
    if (other) await deleteNamespace(client!, other)
    if (ws) await rm(ws.dir, { recursive: true, force: true })
  })

  it('existing + deploy: the deployed app is fair game, a fault outside its namespaces is refused', async () => {
    const untouched = await podUids(client!, other)
    const result = await runMain(ws, API, {
      inputs: {
        ...QUIET,
        experiments: 'experiments/',
        cluster: 'existing',
        kubeconfig,
        deploy: 'k8s/',
        'deploy-timeout': '90'
      },
      timeoutMs: 180_000
    })
    assert.equal(result.code, 1, result.stdout + result.stderr)
    assert.match(result.stdout, new RegExp(`applied Deployment ${ns}/web`))
    assert.match(result.stdout, new RegExp(`faults allowed in ${ns}`))
    assert.equal(result.outputs.passed, '1')
    assert.equal(result.outputs['not-passed'], '1')

    const summary = JSON.parse(
      await readFile(join(ws.dir, 'chaos-journals', 'summary.json'), 'utf8')
    ) as SummaryJson
    const byFile = new Map(summary.experiments.map((e) => [e.file, e]))
    assert.equal(byFile.get('experiments/inside.yaml')?.verdict, 'passed')
    const outside = byFile.get('experiments/outside.yaml')
    assert.ok(outside && outside.verdict !== 'passed', JSON.stringify(outside))
    const refusal = outside.findings.find((f) => f.activity === 'kill-one-web-pod')
    assert.ok(refusal, JSON.stringify(outside.findings))
    assert.match(refusal.message, new RegExp(`namespace "${other}" is outside the blast radius`))
    assert.match(refusal.message, new RegExp(`\\[${ns}\\]`))
    assert.match(result.summary, /outside the blast radius/)
    assert.deepEqual(await podUids(client!, other), untouched, 'nothing outside was touched')

    // What post needs: the existing cluster (never deleted) and the run's namespaces.
    const record = JSON.parse(result.state.CHAOS_CLUSTER ?? '{}') as {
      state: { kind: string }
      kubeconfigPath: string
      namespaces: string[]
    }
    assert.equal(record.state.kind, 'existing')
    assert.equal(record.kubeconfigPath, kubeconfig)
    assert.deepEqual(record.namespaces, [ns])
  })

  it('post removes every Chaos Mesh object labelled with the run id, and only those', async () => {
    const state = parseFileCommands(await readFile(ws.stateFile, 'utf8'))
    const runId = state.CHAOS_RUN_ID ?? ''
    assert.ok(runId)
    const res = chaosResource('PodChaos')
    await client!.create(res, ns, podChaos(ns, 'left-behind', runId))
    await client!.create(res, other, podChaos(other, 'left-elsewhere', runId))
    await client!.create(res, ns, podChaos(ns, 'another-run', `${runId}-other`))
    try {
      const post = await runPost(ws, API, {
        inputs: { ...QUIET, cluster: 'existing', kubeconfig },
        timeoutMs: 150_000
      })
      assert.equal(post.code, 0, post.stdout + post.stderr)
      assert.match(post.stdout, /chaos-mesh: removed 2 object\(s\) of run/)
      // Every provider that creates cluster objects sweeps, through the same hook.
      assert.match(post.stdout, /kubernetes: no objects of run/)
      const selector = `${RUN_ID_LABEL}=${labelValue(runId)}`
      for (const n of [ns, other])
        assert.deepEqual((await client!.list(res, n, { labelSelector: selector })).items, [])
      assert.ok(await client!.getOrNull(res, ns, 'another-run'), "another run's object stays")
      assert.doesNotMatch(post.stdout, /::warning::/)
    } finally {
      await client!.delete(res, ns, 'another-run').catch(() => undefined)
    }
  })

  it('kind: created through kind, deployed into, KUBECONFIG exported when kept, deleted by post otherwise', async () => {
    const bin = join(ws.dir, '_bin')
    await mkdir(bin, { recursive: true })
    await writeFakeKind(bin)
    // A stand-in helm: records its argv and creates what the chart would (the controller and a
    // daemon on every kwok node), so the action's rollout and daemon checks have something real.
    const helmLog = join(ws.dir, 'helm.log')
    await writeFile(
      join(bin, 'helm'),
      `#!/bin/sh
echo "$*" > "${helmLog}"
kc=""; prev=""
for a in "$@"; do [ "$prev" = "--kubeconfig" ] && kc="$a"; prev="$a"; done
kubectl --kubeconfig "$kc" create namespace chaos-mesh >/dev/null 2>&1
kubectl --kubeconfig "$kc" -n chaos-mesh create deployment chaos-controller-manager --image=fake --replicas=1 >/dev/null
kubectl --kubeconfig "$kc" -n chaos-mesh apply -f - >/dev/null <<'YAML'
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: chaos-daemon }
spec:
  selector: { matchLabels: { app: chaos-daemon } }
  template:
    metadata: { labels: { app: chaos-daemon } }
    spec:
      nodeSelector: { type: kwok }
      tolerations: [{ operator: Exists }]
      containers: [{ name: chaos-daemon, image: fake }]
YAML
`
    )
    await chmod(join(bin, 'helm'), 0o755)
    const log = join(ws.dir, 'kind.log')
    const envFile = join(ws.dir, '_runner', 'env.txt')
    for (const keep of [true, false]) {
      await writeFile(log, '')
      await writeFile(envFile, '')
      await writeFile(ws.stateFile, '')
      const env = {
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        FAKE_KIND_LOG: log,
        FAKE_KIND_KUBECONFIG: kubeconfig,
        GITHUB_ENV: envFile
      }
      const inputs = {
        ...QUIET,
        experiments: 'experiments/inside.yaml',
        cluster: 'kind',
        deploy: 'k8s/',
        'keep-cluster': String(keep),
        // Once is enough: a second install would be an upgrade of the same release.
        'install-chaos-mesh': keep ? '2.8.3' : 'false'
      }
      const result = await runMain(ws, API, { inputs, env, timeoutMs: 180_000 })
      assert.equal(result.code, 0, result.stdout + result.stderr)
      assert.match(result.stdout, /kind cluster chaos-action ready: \d+ node\(s\) Ready/)
      const created = (await readFile(log, 'utf8')).trim().split('\n')
      assert.equal(created.length, 1)
      const kindConfig = /--kubeconfig (\S+)/.exec(created[0]!)?.[1] ?? ''
      assert.match(created[0]!, /^create cluster --name chaos-action --kubeconfig \S+ --wait 300s$/)
      assert.ok(existsSync(kindConfig))
      if (keep) {
        const helm = await readFile(helmLog, 'utf8')
        assert.match(helm, /^upgrade --install chaos-mesh chaos-mesh --repo \S+ --version 2\.8\.3 /)
        assert.match(helm, /--set chaosDaemon\.runtime=containerd/)
        assert.match(helm, /--set chaosDaemon\.socketPath=\/run\/containerd\/containerd\.sock/)
        assert.ok(helm.includes(`--kubeconfig ${kindConfig}`), helm)
        assert.match(
          result.stdout,
          /Chaos Mesh 2\.8\.3 ready in chaos-mesh after [\d.]+s: DaemonSet chaos-daemon, Deployment chaos-controller-manager/
        )
      }
      const exported = parseFileCommands(await readFile(envFile, 'utf8'))
      assert.equal(exported.KUBECONFIG, keep ? kindConfig : undefined)

      const post = await runPost(ws, API, { inputs, env, timeoutMs: 150_000 })
      assert.equal(post.code, 0, post.stdout)
      const calls = (await readFile(log, 'utf8')).trim().split('\n')
      if (keep) assert.equal(calls.length, 1, 'a kept cluster is not deleted')
      else assert.equal(calls[1], `delete cluster --name chaos-action --kubeconfig ${kindConfig}`)
    }
  })
})
