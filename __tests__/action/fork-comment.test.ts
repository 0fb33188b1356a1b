/**
 * The README's fork-comment workflow ("Pull requests from forks"): its comment step's script, taken
 * from the README as printed, run by bash with Debian's real `gh` (scripts/setup-gh.sh) against the
 * local GitHub API (__fixtures__/github-server.ts, every request checked against @octokit/openapi).
 * `gh` speaks HTTPS to any host but github.com, so a TLS front with a throw-away certificate
 * (trusted through SSL_CERT_FILE) serves the fixture under /api/v3 as GitHub Enterprise does.
 */
import assert from 'node:assert/strict'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, it } from 'node:test'
import { parse } from 'yaml'
import { startGitHubServer } from '../../__fixtures__/github-server.ts'
import type { GitHubServer } from '../../__fixtures__/github-server.ts'
import { parseWorkflowFile } from '../../__fixtures__/workflow-parser.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SHA = 'a'.repeat(40)
const OTHER_SHA = 'b'.repeat(40)
const STEP_TIMEOUT_MS = 60_000

interface Step {
  name?: string
  env?: Record<string, string>
  run?: string
}

/** The `yaml` block of the README that holds the fork-comment workflow. */
async function forkWorkflow(): Promise<{ text: string; step: Step }> {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
  const text = blocks.find((b) => b.includes('workflow_run:'))
  assert.ok(text, 'the README has the fork-comment workflow')
  const workflow = parse(text) as { jobs: Record<string, { steps: Step[] }> }
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps)
  const step = steps.find((s) => s.run?.includes('gh api'))
  assert.ok(step?.run, 'its comment step runs gh api')
  return { text, step }
}

const ghInstalled = spawnSync('bash', [join(ROOT, 'scripts', 'setup-gh.sh')], {
  encoding: 'utf8',
  timeout: 300_000
})
const GH = ghInstalled.status === 0 ? (ghInstalled.stdout.trim().split('\n').pop() ?? '') : ''

describe(
  'README fork-comment workflow',
  { skip: !GH && `gh unavailable: ${ghInstalled.stderr}` },
  () => {
    let github: GitHubServer
    let front: Server
    let dir = ''
    let host = ''

    before(async () => {
      dir = await mkdtemp(join(tmpdir(), 'chaos-fork-comment-'))
      const made = spawnSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          join(dir, 'key.pem'),
          '-out',
          join(dir, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=localhost',
          '-addext',
          'subjectAltName=DNS:localhost'
        ],
        { encoding: 'utf8', timeout: 30_000 }
      )
      assert.equal(made.status, 0, made.stderr)
      github = await startGitHubServer()
      front = createServer(
        { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) },
        (req, res) => {
          const chunks: Buffer[] = []
          req.on('data', (c: Buffer) => chunks.push(c))
          req.on('end', () => {
            const path = (req.url ?? '/').replace(/^\/api\/v3/, '')
            const headers = new Headers()
            for (const name of ['authorization', 'content-type', 'accept'])
              if (typeof req.headers[name] === 'string') headers.set(name, req.headers[name])
            const body = chunks.length ? Buffer.concat(chunks) : undefined
            fetch(`${github.url}${path}`, {
              method: req.method ?? 'GET',
              headers,
              ...(body ? { body } : {}),
              signal: AbortSignal.timeout(30_000)
            })
              .then(async (r) => {
                res.writeHead(r.status, {
                  'content-type': r.headers.get('content-type') ?? 'application/json'
                })
                res.end(Buffer.from(await r.arrayBuffer()))
              })
              .catch((error: unknown) => {
                res.writeHead(502)
                res.end(String(error))
              })
          })
        }
      )
      await new Promise<void>((r) => front.listen(0, '127.0.0.1', r))
      host = `localhost:${(front.address() as AddressInfo).port}`
    })

    after(async () => {
      await new Promise<void>((r) => (front ? front.close(() => r()) : r()))
      await github?.close()
      if (dir) await rm(dir, { recursive: true, force: true })
    })

    /** Runs the step's script as the runner would, with its env (expressions filled in). */
    async function runStep(step: Step, headSha: string): Promise<{ code: number; out: string }> {
      const values: Record<string, string> = {
        '${{ github.token }}': 'ghs_workflowruntoken',
        '${{ github.repository }}': 'octo/shop',
        '${{ github.event.workflow_run.head_sha }}': headSha,
        '${{ github.event.workflow_run.html_url }}': 'https://github.com/octo/shop/actions/runs/42'
      }
      const env: Record<string, string> = {}
      for (const [k, v] of Object.entries(step.env ?? {})) {
        assert.ok(v in values, `env ${k}: unexpected expression ${v}`)
        env[k] = values[v]!
      }
      return new Promise((resolve) => {
        execFile(
          'bash',
          ['-e', '-c', step.run!],
          {
            cwd: dir,
            timeout: STEP_TIMEOUT_MS,
            env: {
              PATH: process.env.PATH ?? '/usr/bin:/bin',
              HOME: dir,
              ...env,
              // gh on a GitHub Enterprise host: the same REST paths under https://HOST/api/v3.
              GH_HOST: host,
              GH_ENTERPRISE_TOKEN: env.GH_TOKEN ?? '',
              GH_CONFIG_DIR: join(dir, 'gh-config'),
              GH_NO_UPDATE_NOTIFIER: '1',
              SSL_CERT_FILE: join(dir, 'cert.pem')
            }
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, out: `${stdout}${stderr}` })
        )
      })
    }

    it('is a valid workflow that only reads the artifact (no checkout)', async () => {
      const { text } = await forkWorkflow()
      const { errors } = await parseWorkflowFile('chaos-comment.yml', text)
      assert.deepEqual(errors, [])
      assert.doesNotMatch(text, /actions\/checkout/)
    })

    it('posts the report once, then edits that same comment; no pull request: exit 0, no comment', async () => {
      const { step } = await forkWorkflow()
      const report =
        '### ❌ Chaos experiments: 1 of 1 did not pass\n\n| a | b |\n| --- | --- |\n| x | y |\n'
      await writeFile(join(dir, 'report.md'), report)

      // No pull request has the commit: the old guard let `null` through; now nothing is posted.
      const none = await runStep(step, OTHER_SHA)
      assert.equal(none.code, 0, none.out)
      assert.match(none.out, /nothing to comment/)
      assert.equal(github.comments.length, 0)

      github.pullsByCommit.set(SHA, [7])
      github.seedComments('octo', 'shop', 7, 3)
      const first = await runStep(step, SHA)
      assert.equal(first.code, 0, first.out)
      const mine = (): string[] =>
        github
          .commentsOn('octo', 'shop', 7)
          .map((c) => c.body)
          .filter((b) => b.includes('chaos-action:fork-comment'))
      assert.equal(mine().length, 1)
      assert.ok(mine()[0]!.includes(report.trim()), 'the report is posted as written')
      assert.match(mine()[0]!, /\]\(https:\/\/github\.com\/octo\/shop\/actions\/runs\/42\)/)

      await writeFile(join(dir, 'report.md'), report.replace('did not pass', 'passed'))
      const second = await runStep(step, SHA)
      assert.equal(second.code, 0, second.out)
      assert.equal(mine().length, 1, 'one comment, edited in place')
      assert.match(mine()[0]!, /passed/)
      assert.equal(github.commentsOn('octo', 'shop', 7).length, 4)

      assert.deepEqual(github.violations, [])
      assert.deepEqual(github.responseViolations, [])
      assert.ok(github.requests.every((r) => r.token === 'ghs_workflowruntoken'))
    })
  }
)

describe('README pull-request workflow', () => {
  it('is valid and starts the service the experiments probe before the chaos step', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
    const text = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .find((b) => /^on: pull_request$/m.test(b))
    assert.ok(text)
    const { errors } = await parseWorkflowFile('chaos.yml', text)
    assert.deepEqual(errors, [])
    const steps = Object.values(
      (parse(text) as { jobs: Record<string, { steps: (Step & { uses?: string })[] }> }).jobs
    ).flatMap((j) => j.steps)
    const chaos = steps.findIndex((s) => s.uses?.startsWith('chaos-action/chaos-action@'))
    const service = steps.findIndex((s) => /sample-service --port 8080/.test(s.run ?? ''))
    assert.ok(service >= 0 && service < chaos, 'the service starts first')
    // It waits (bounded) until the service answers, and Node 24 runs the CLI.
    assert.match(steps[service]!.run!, /--retry \d+ --retry-connrefused/)
    assert.ok(steps.slice(0, service).some((s) => s.uses?.startsWith('actions/setup-node@')))
  })
})
