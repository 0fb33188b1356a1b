import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { usesKubernetes } from '../../src/cluster/uses-kubernetes.ts'
import type { DryMode, Experiment } from '../../src/engine/types.ts'

const k8sProbe = {
  type: 'probe',
  name: 'pods',
  tolerance: true,
  provider: { type: 'python', module: 'chaosk8s.probes', func: 'all_pods_healthy' }
}
const k8sAction = {
  type: 'action',
  name: 'kill',
  provider: { type: 'kubernetes', action: 'kill-pods', selector: 'app=web', namespace: 'x' }
}
const processProbe = {
  type: 'probe',
  name: 'ok',
  tolerance: 0,
  provider: { type: 'process', path: 'true' }
}

function experiment(probes: unknown[], method: unknown[], rollbacks: unknown[] = []): Experiment {
  return {
    title: 't',
    description: 'd',
    'steady-state-hypothesis': { title: 'h', probes },
    method,
    rollbacks
  } as unknown as Experiment
}

describe('usesKubernetes under dry modes', () => {
  // [experiment, none, probes, actions, activities, pause]
  const table: [string, Experiment, boolean[]][] = [
    ['no Kubernetes at all', experiment([processProbe], []), [false, false, false, false, false]],
    [
      'Kubernetes actions, process probes',
      experiment([processProbe], [k8sAction], [k8sAction]),
      [true, true, false, false, true]
    ],
    [
      'a Kubernetes probe and action',
      experiment([k8sProbe], [k8sAction]),
      [true, true, true, false, true]
    ],
    ['a Kubernetes probe only', experiment([k8sProbe], []), [true, false, true, false, true]]
  ]
  const modes: (DryMode | null)[] = [null, 'probes', 'actions', 'activities', 'pause']
  for (const [name, x, expected] of table)
    it(name, () => {
      assert.deepEqual(
        modes.map((dry) => usesKubernetes(x, dry)),
        expected
      )
    })
})

describe('run --cluster none with a Kubernetes experiment', () => {
  let dir = ''
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'uses-k8s-'))
  })
  after(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const run = (file: string, dry: string): Promise<{ code: number; stderr: string }> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ['src/cli.ts', 'run', file, '--cluster', 'none', '--dry', dry, '--journal-dir', dir],
        // No kubeconfig anywhere: anything that needed a cluster could not reach one.
        { env: { ...process.env, KUBECONFIG: join(dir, 'none'), HOME: dir }, timeout: 60_000 },
        (error, _stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? -1) : 0, stderr: String(stderr) })
      )
    })

  it('runs dry when the dry mode skips every Kubernetes activity, skips it otherwise', async () => {
    const file = join(dir, 'k8s.json')
    await writeFile(file, JSON.stringify(experiment([k8sProbe], [k8sAction])))
    const dry = await run(file, 'activities')
    assert.equal(dry.code, 0, dry.stderr)
    assert.doesNotMatch(dry.stderr, /Skipped/)
    // Its probes still need the cluster: skipped with the reason (not a failure by itself).
    const probesRun = await run(file, 'actions')
    assert.equal(probesRun.code, 0, probesRun.stderr)
    assert.match(probesRun.stderr, /Skipped: it uses Kubernetes and --cluster is none/)
    assert.match(probesRun.stderr, /--dry activities, needs no cluster/)
  })
})
