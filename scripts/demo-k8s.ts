// `npm run demo:k8s`: the three examples users feel on real pods (examples/k8s/users-*.yaml), on
// the local cluster: starts it with its real node (npm run cluster:up; the first build takes
// ~15 min, later starts seconds), deploys deploy/real-node/web.yaml through the CLI's --deploy,
// and runs them with the CLI as a user would. The load reaches web through its Service URL,
// tunnelled through the API server. Exits 0 when the verdicts are the expected ones: killing one
// of three pods passes, killing the only pod deviates, a rollout restart passes. The cluster is
// left running (npm run cluster:down stops it).
import { spawn, spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const EXPECTED: Record<string, string> = {
  'examples/k8s/users-survive-losing-one-of-three-pods.yaml': 'passed',
  'examples/k8s/users-feel-losing-the-only-pod.yaml': 'deviated',
  'examples/k8s/users-ride-out-a-rollout-restart.yaml': 'passed'
}

console.log('Starting the local cluster with its real node (the first build takes ~15 min)...')
const up = spawnSync('bash', [join(root, 'scripts/k8s/cluster-up.sh')], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  timeout: 60 * 60_000
})
const kubeconfig = up.stdout?.trim().split('\n').pop()
if (up.status !== 0 || !kubeconfig) {
  console.error('cluster:up failed (see above)')
  process.exit(1)
}

const journals = join(root, 'chaos-journals', 'demo-k8s')
const args = [
  join(root, 'src/cli.ts'),
  'run',
  '--cluster',
  'existing',
  '--kubeconfig',
  kubeconfig,
  '--deploy',
  join(root, 'deploy/real-node/web.yaml'),
  '--journal-dir',
  journals,
  '--html',
  join(journals, 'report.html'),
  '--json',
  ...Object.keys(EXPECTED)
]
const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)))
let results: { file: string; verdict: string }[] = []
try {
  results = JSON.parse(out) as { file: string; verdict: string }[]
} catch {
  console.error(`the CLI exited ${code} without a JSON summary`)
  process.exit(1)
}
let ok = results.length === Object.keys(EXPECTED).length
for (const r of results) {
  const expected = EXPECTED[r.file.replace(`${root}/`, '')]
  const as = r.verdict === expected
  ok &&= as
  console.log(`${as ? 'as expected' : 'UNEXPECTED '}  ${r.verdict.padEnd(9)} ${r.file}`)
}
console.log(`\njournals and the HTML report: ${journals}`)
process.exitCode = ok ? 0 : 1
