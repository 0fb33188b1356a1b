import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RecordingLogger } from '../../../src/engine/logger.ts'
import type { ExperimentResult, Journal, Verdict } from '../../../src/engine/types.ts'
import {
  CHECK_OUTPUT_LIMIT,
  checkRunNames,
  createCheckRuns
} from '../../../src/action/github/checks.ts'
import { startGitHubServer } from '../../../__fixtures__/github-server.ts'
import type { GitHubServer, GitHubServerOptions } from '../../../__fixtures__/github-server.ts'

const OWNER = 'octocat'
const REPO = 'Hello-World'
const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
const DETAILS = 'https://github.com/octocat/Hello-World/actions/runs/1658821493'

function result(
  verdict: Verdict,
  title: string,
  file = `experiments/${verdict}.yaml`
): ExperimentResult {
  const journal = {
    'chaoslib-version': '1.44.0',
    platform: 'linux',
    node: 'runner',
    experiment: { title, description: 'd', method: [], dry: null },
    start: '2026-04-26T00:12:46.036684+00:00',
    status:
      verdict === 'interrupted' ? 'interrupted' : verdict === 'aborted' ? 'aborted' : 'completed',
    deviated: verdict === 'deviated',
    steady_states: { before: null, after: null, during: [] },
    run: [],
    rollbacks: [],
    end: '2026-04-26T00:13:01.5',
    duration: 15.46
  } satisfies Journal
  return {
    file,
    title,
    verdict,
    status: journal.status,
    deviated: journal.deviated,
    duration: 15.46,
    journal,
    steadyBefore: verdict === 'not-steady' ? false : true,
    steadyAfter: verdict === 'deviated' ? false : verdict === 'not-steady' ? null : true,
    findings:
      verdict === 'deviated'
        ? [
            {
              phase: 'after',
              activity: 'api-<responds>|200',
              kind: 'probe',
              message: 'tolerance 200 not met by 503',
              met: false,
              location: { file, line: 12, column: 7 }
            }
          ]
        : [],
    rollbacksRun: verdict === 'deviated' ? ['restore-pods'] : [],
    reason: `the experiment ${verdict}`
  }
}

async function server(
  t: { after: (fn: () => Promise<void>) => void },
  options: GitHubServerOptions = {}
): Promise<GitHubServer> {
  const gh = await startGitHubServer(options)
  t.after(async () => {
    await gh.close()
    assert.deepEqual(gh.violations, [])
    assert.deepEqual(gh.responseViolations, [])
  })
  return gh
}

void test('one check run per experiment, concluded from its verdict', async (t) => {
  const gh = await server(t)
  const verdicts: Verdict[] = [
    'passed',
    'deviated',
    'not-steady',
    'failed',
    'interrupted',
    'aborted'
  ]
  const results = verdicts.map((v) => result(v, `Title ${v}`))
  const table = '| experiment | verdict |\n|---|---|\n| Title passed | ✅ |\n'
  const logger = new RecordingLogger()
  const out = await createCheckRuns({
    token: 'ghs_x',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    headSha: SHA,
    results,
    summaryMarkdown: table,
    detailsUrl: DETAILS,
    logger
  })
  assert.equal(out.skipped, false)
  const expected = ['success', 'failure', 'failure', 'failure', 'cancelled', 'failure']
  assert.deepEqual(
    out.created.map((c) => [c.name, c.conclusion]),
    verdicts.map((v, i) => [`chaos: Title ${v}`, expected[i]])
  )
  assert.equal(gh.checkRuns.length, 6)
  for (const [i, run] of gh.checkRuns.entries()) {
    const req = run.request as Record<string, unknown> & { output: Record<string, string> }
    assert.equal(req.name, `chaos: Title ${verdicts[i]}`)
    assert.equal(req.head_sha, SHA)
    assert.equal(req.status, 'completed')
    assert.equal(req.conclusion, expected[i])
    assert.equal(req.details_url, DETAILS)
    assert.equal(req.started_at, '2026-04-26T00:12:46Z')
    assert.equal(req.completed_at, '2026-04-26T00:13:01Z')
    assert.equal(
      req.output.title,
      `${verdicts[i] === 'not-steady' ? 'not steady' : verdicts[i]}: the experiment ${verdicts[i]}`
    )
    assert.equal(req.output.text, table)
    assert.match(req.output.summary ?? '', new RegExp(`the experiment ${verdicts[i]}`))
    assert.equal(out.created[i]?.id, run.id)
    assert.equal(out.created[i]?.url, `https://github.com/${OWNER}/${REPO}/runs/${run.id}`)
  }
  // The deviating probe and its source line are in the deviated run's summary, escaped.
  const deviated = (gh.checkRuns[1]?.request.output as { summary: string }).summary
  assert.match(
    deviated,
    /❌ after probe api-&lt;responds&gt;\\\|200: tolerance 200 not met by 503 \(experiments\/deviated\.yaml:12\)/
  )
  assert.match(deviated, /Rollbacks run: restore-pods/)
})

void test('repeated titles get distinct names', () => {
  assert.deepEqual(
    checkRunNames([
      result('passed', 'Same', 'a.yaml'),
      result('passed', 'Same', 'b.yaml'),
      result('passed', 'Other')
    ]),
    ['chaos: Same (a.yaml)', 'chaos: Same (b.yaml)', 'chaos: Other']
  )
})

void test('output text over 65535 characters is cut and GitHub accepts it', async (t) => {
  const gh = await server(t)
  const table = `| a |\n|---|\n${'| row with some text in it |\n'.repeat(5000)}`
  const out = await createCheckRuns({
    token: 'ghs_x',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    headSha: SHA,
    results: [result('passed', 'Big')],
    summaryMarkdown: table,
    detailsUrl: DETAILS,
    logger: new RecordingLogger()
  })
  assert.equal(out.created.length, 1)
  const text = (gh.checkRuns[0]?.request.output as { text: string }).text
  assert.ok(
    text.length <= CHECK_OUTPUT_LIMIT && text.length > CHECK_OUTPUT_LIMIT - 500,
    String(text.length)
  )
  assert.ok(text.includes(`[run artifact](${DETAILS})`))

  // The description's maxLength is what GitHub enforces: a longer text is refused.
  const res = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/check-runs`, {
    method: 'POST',
    headers: { authorization: 'token ghs_x', 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'n',
      head_sha: SHA,
      conclusion: 'success',
      output: { title: 't', summary: 's', text: 'x'.repeat(65536) }
    })
  })
  assert.equal(res.status, 422)
  assert.equal(gh.violations.length, 1)
  gh.violations.length = 0
})

void test('403 (fork PR, no checks: write) is a warning and a skip, not a throw', async (t) => {
  const gh = await server(t, { fork: true })
  const logger = new RecordingLogger()
  const out = await createCheckRuns({
    token: 'ghs_x',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    headSha: SHA,
    results: [result('passed', 'A'), result('deviated', 'B')],
    summaryMarkdown: 'table',
    logger
  })
  assert.equal(out.skipped, true)
  assert.deepEqual(out.created, [])
  assert.match(out.reason ?? '', /403 Resource not accessible by integration/)
  assert.equal(gh.requests.length, 1, 'stops at the first refusal')
  assert.match(logger.text(), /warning: Check runs skipped: .*checks: write/)
})
