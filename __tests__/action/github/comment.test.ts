import { test } from 'node:test'
import assert from 'node:assert/strict'
import { RecordingLogger } from '../../../src/engine/logger.ts'
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  truncateBody,
  upsertStickyComment
} from '../../../src/action/github/comment.ts'
import { startGitHubServer } from '../../../__fixtures__/github-server.ts'
import type { GitHubServer } from '../../../__fixtures__/github-server.ts'

const OWNER = 'octocat'
const REPO = 'Hello-World'
const PR = 1347
const TOKEN = 'ghs_test_token_0123456789'

async function server(t: { after: (fn: () => Promise<void>) => void }): Promise<GitHubServer> {
  const gh = await startGitHubServer()
  t.after(async () => {
    await gh.close()
    // Every request the client made must be one GitHub's description accepts.
    assert.deepEqual(gh.violations, [])
    assert.deepEqual(gh.responseViolations, [])
  })
  return gh
}

function upsert(
  gh: GitHubServer,
  body: string,
  logger = new RecordingLogger(),
  extra: Partial<Parameters<typeof upsertStickyComment>[0]> = {}
) {
  return upsertStickyComment({
    token: TOKEN,
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    marker: commentMarker('CI', 'chaos', 'report'),
    body,
    logger,
    ...extra
  })
}

function listRequests(gh: GitHubServer): string[] {
  return gh.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.url)
}

void test('the comment is created on the first run and edited on the next: one comment after two runs', async (t) => {
  const gh = await server(t)
  const first = await upsert(gh, '## Chaos report\n\n1 of 2 passed')
  assert.equal(first.action, 'created')
  const [created] = gh.commentsOn(OWNER, REPO, PR)
  assert.ok(created)
  assert.equal(first.id, created.id)
  assert.equal(
    first.url,
    `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${created.id}`
  )
  assert.equal(created.user.login, 'github-actions[bot]')
  assert.equal(gh.requests.find((r) => r.operationId === 'issues/create-comment')?.token, TOKEN)

  const second = await upsert(gh, '## Chaos report\n\n2 of 2 passed')
  assert.equal(second.action, 'updated')
  assert.equal(second.id, created.id)
  const comments = gh.commentsOn(OWNER, REPO, PR)
  assert.equal(comments.length, 1)
  assert.equal(
    comments[0]?.body,
    '<!-- chaos-action:CI/chaos/report -->\n## Chaos report\n\n2 of 2 passed'
  )
  assert.deepEqual(
    gh.requests.map((r) => r.operationId),
    [
      'issues/list-comments',
      'issues/create-comment',
      'issues/list-comments',
      'issues/update-comment'
    ]
  )
})

void test('the comment is found beyond the first page (150 other comments before it, 60 after)', async (t) => {
  const gh = await server(t)
  // Other jobs' markers must not be mistaken for ours.
  gh.seedComments(OWNER, REPO, PR, 150, (i) =>
    i === 3 ? '<!-- chaos-action:CI/other-job -->\nnot ours' : `LGTM ${i}`
  )
  gh.seedComments(
    OWNER,
    'other-repo',
    PR,
    5,
    () => '<!-- chaos-action:CI/chaos/report -->\nanother repository'
  )
  const first = await upsert(gh, 'run 1')
  assert.equal(first.action, 'created')
  // Every page was read before deciding to create.
  assert.deepEqual(
    listRequests(gh).map((u) => new URL(u, gh.url).searchParams.get('page') ?? '1'),
    ['1', '2']
  )
  gh.seedComments(OWNER, REPO, PR, 60)
  const before = gh.requests.length
  const second = await upsert(gh, 'run 2')
  assert.equal(second.action, 'updated')
  assert.equal(second.id, first.id)
  const pages = gh.requests
    .slice(before)
    .filter((r) => r.operationId === 'issues/list-comments')
    .map((r) => new URL(r.url, gh.url).searchParams)
  assert.deepEqual(
    pages.map((p) => [p.get('per_page'), p.get('page') ?? '1']),
    [
      ['100', '1'],
      ['100', '2']
    ]
  )
  const all = gh.commentsOn(OWNER, REPO, PR)
  assert.equal(all.length, 211)
  const ours = all.filter((c) => c.body.includes('<!-- chaos-action:CI/chaos/report -->'))
  assert.equal(ours.length, 1)
  assert.equal(ours[0]?.body, '<!-- chaos-action:CI/chaos/report -->\nrun 2')
  assert.equal(all[3]?.body, '<!-- chaos-action:CI/other-job -->\nnot ours')
  assert.ok(
    gh.commentsOn(OWNER, 'other-repo', PR).every((c) => c.body.endsWith('another repository'))
  )
})

void test('a fork PR (403 on writes) is skipped with a warning, never thrown', async (t) => {
  const gh = await server(t)
  gh.denyCommentWrites = true
  const logger = new RecordingLogger()
  const created = await upsert(gh, 'report', logger)
  assert.equal(created.action, 'skipped')
  assert.match(created.reason ?? '', /403 Resource not accessible by integration/)
  assert.match(created.reason ?? '', /fork/)
  assert.equal(gh.comments.length, 0)
  const warnings = logger.lines.filter((l) => l.level === 'warning')
  assert.equal(warnings.length, 1)
  assert.match(warnings[0]?.message ?? '', /^Pull request comment skipped: .*403/)

  // The update path answers 403 the same way.
  gh.denyCommentWrites = false
  await upsert(gh, 'report')
  gh.denyCommentWrites = true
  const updated = await upsert(gh, 'report 2', logger)
  assert.equal(updated.action, 'skipped')
  assert.equal(gh.comments[0]?.body, '<!-- chaos-action:CI/chaos/report -->\nreport')
})

void test('without a token nothing is requested', async (t) => {
  const gh = await server(t)
  const logger = new RecordingLogger()
  const result = await upsertStickyComment({
    token: '',
    apiUrl: gh.url,
    owner: OWNER,
    repo: REPO,
    issueNumber: PR,
    marker: commentMarker('CI', 'chaos', 'report'),
    body: 'x',
    logger
  })
  assert.equal(result.action, 'skipped')
  assert.equal(gh.requests.length, 0)
  assert.match(logger.text(), /warning: Pull request comment skipped: no GitHub token/)
})

void test('an oversized body is cut under GitHub limit with a link to the artifact, and GitHub accepts it', async (t) => {
  const gh = await server(t)
  const row = '| experiment | ✅ passed | 1.2 s |\n'
  const body = `## Chaos report\n\n| a | b | c |\n|---|---|---|\n${row.repeat(4000)}`
  assert.ok(body.length > COMMENT_BODY_LIMIT)
  const artifact = 'https://github.com/octocat/Hello-World/actions/runs/1/artifacts/2'
  const result = await upsert(gh, body, new RecordingLogger(), { artifactUrl: artifact })
  assert.equal(result.action, 'created')
  const sent = gh.comments[0]?.body ?? ''
  assert.ok(sent.length <= COMMENT_BODY_LIMIT, `${sent.length}`)
  assert.ok(sent.length > COMMENT_BODY_LIMIT - 500, 'the cut keeps nearly all of the budget')
  assert.ok(sent.startsWith('<!-- chaos-action:CI/chaos/report -->\n## Chaos report'))
  assert.ok(sent.includes(`[run artifact](${artifact})`))
  // Cut at a line end: no half rows.
  const lastRow = sent.split('\n\n> [!NOTE]')[0]?.split('\n').at(-1)
  assert.equal(`${lastRow}\n`, row)

  // GitHub itself refuses a longer comment; the fixture enforces that rule.
  const res = await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/${PR}/comments`, {
    method: 'POST',
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) })
  })
  assert.equal(res.status, 422)
  assert.equal(gh.violations.length, 1)
  gh.violations.length = 0
})

void test('the body GitHub stores is exactly the body sent (markdown, HTML, unicode, CRLF)', async (t) => {
  const gh = await server(t)
  const body = [
    '## Chaos report <b>bold</b> & `code` | pipe',
    '',
    '| experiment | verdict |',
    '|---|---|',
    '| Täst 🚀 \\| escaped | ❌ deviated |',
    '<details><summary>probe &lt;x&gt;</summary>\r\n\r\n```json\n{"a": "\\u0000 \\" \' "}\n```\n</details>',
    '@\u200bsomeone #\u200b12 \u{1F9EA} \u00e9\u0301'
  ].join('\n')
  await upsert(gh, body)
  assert.equal(gh.comments[0]?.body, `<!-- chaos-action:CI/chaos/report -->\n${body}`)
  const listed = (await (
    await fetch(`${gh.url}/repos/${OWNER}/${REPO}/issues/${PR}/comments`, {
      headers: { authorization: `token ${TOKEN}` }
    })
  ).json()) as { body: string }[]
  assert.equal(listed[0]?.body, `<!-- chaos-action:CI/chaos/report -->\n${body}`)
})

void test('markers cannot end their HTML comment early', () => {
  assert.equal(commentMarker('CI', 'chaos', 'report'), '<!-- chaos-action:CI/chaos/report -->')
  assert.equal(
    commentMarker('my--flow -->', 'job\n(matrix)', '__org_chaos-action_2'),
    '<!-- chaos-action:my-flow -/job (matrix)/__org_chaos-action_2 -->'
  )
})

void test('truncateBody keeps short bodies, closes what the cut leaves open, never splits a pair', () => {
  assert.equal(truncateBody('short', 100), 'short')
  const exact = 'x'.repeat(300)
  assert.equal(truncateBody(exact, 300), exact)

  const fenced = `intro\n\`\`\`json\n${'{"k": 1}\n'.repeat(200)}\`\`\`\n`
  const cut = truncateBody(fenced, 500, 'https://example.test/a')
  assert.ok(cut.length <= 500)
  const fences = cut.split('\n').filter((l) => l.startsWith('```'))
  assert.equal(fences.length, 2, 'the open fence is closed before the note')
  assert.ok(cut.endsWith('The full report is in the [run artifact](https://example.test/a).\n'))

  const folded = `<details><summary>s</summary>\n\n${'line\n'.repeat(300)}</details>\n`
  const cutFold = truncateBody(folded, 400)
  assert.ok(cutFold.length <= 400)
  assert.match(cutFold, /<\/details>\n\n> \[!NOTE\]/)
  assert.match(cutFold, /in the run artifact\.\n$/)

  const emoji = '😀'.repeat(1000)
  for (let max = 300; max < 310; max++) {
    const out = truncateBody(emoji, max)
    assert.ok(out.length <= max)
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])/.test(out), 'no lone high surrogate')
  }
})

const MARKER = '<!-- chaos-action:CI/chaos/report -->'
const MALLORY = { login: 'mallory', id: 6666, type: 'User' as const }
const OTHER_BOT = { login: 'some-app[bot]', id: 7777, type: 'Bot' as const }

void test("a person's comment carrying the marker is never edited, whatever its position", async (t) => {
  const gh = await server(t)
  // Posted first, by a user, to capture the report: at the start, quoted, and after text.
  gh.seedComments(OWNER, REPO, PR, 1, () => `${MARKER}\nall experiments passed ✅`, MALLORY)
  gh.seedComments(OWNER, REPO, PR, 1, () => `> ${MARKER}\nquoted`, MALLORY)
  const first = await upsert(gh, 'run 1')
  assert.equal(first.action, 'created')
  const second = await upsert(gh, 'run 2')
  assert.equal(second.action, 'updated')
  assert.equal(second.id, first.id)
  const all = gh.commentsOn(OWNER, REPO, PR)
  assert.equal(all.length, 3)
  assert.equal(all[0]?.body, `${MARKER}\nall experiments passed ✅`, "mallory's untouched")
  assert.equal(all[2]?.body, `${MARKER}\nrun 2`)
  assert.equal(all[2]?.user.type, 'Bot')
  assert.ok(
    gh.requests
      .filter((r) => r.operationId === 'issues/update-comment')
      .every((r) => r.url.endsWith(`/comments/${first.id}`))
  )
})

void test('a bot comment that only contains the marker (not at the start) is not ours', async (t) => {
  const gh = await server(t)
  gh.seedComments(OWNER, REPO, PR, 1, () => `Summary of reports:\n${MARKER}\n`, OTHER_BOT)
  const result = await upsert(gh, 'run 1')
  assert.equal(result.action, 'created')
  assert.equal(gh.commentsOn(OWNER, REPO, PR)[0]?.body, `Summary of reports:\n${MARKER}\n`)
})

void test('two uses of the action in one job keep two comments (the step is in the marker)', async (t) => {
  const gh = await server(t)
  const as = (step: string, body: string) =>
    upsert(gh, body, new RecordingLogger(), { marker: commentMarker('CI', 'chaos', step) })
  const a1 = await as('__org_chaos-action', 'first use, run 1')
  const b1 = await as('__org_chaos-action_2', 'second use, run 1')
  assert.notEqual(a1.id, b1.id)
  const a2 = await as('__org_chaos-action', 'first use, run 2')
  const b2 = await as('__org_chaos-action_2', 'second use, run 2')
  assert.equal(a2.id, a1.id)
  assert.equal(b2.id, b1.id)
  assert.deepEqual(
    gh.commentsOn(OWNER, REPO, PR).map((c) => c.body.split('\n')[1]),
    ['first use, run 2', 'second use, run 2']
  )
})

void test('a 403 on editing is not called a fork: the comment is left and a new one written', async (t) => {
  const gh = await server(t)
  // Ours by the rules (a bot, marker first), but the token may not edit it.
  gh.seedComments(OWNER, REPO, PR, 1, () => `${MARKER}\nold report`, OTHER_BOT)
  gh.denyCommentUpdates = true
  const logger = new RecordingLogger()
  const result = await upsert(gh, 'new report', logger)
  assert.equal(result.action, 'created')
  const all = gh.commentsOn(OWNER, REPO, PR)
  assert.deepEqual(
    all.map((c) => c.body),
    [`${MARKER}\nold report`, `${MARKER}\nnew report`]
  )
  assert.doesNotMatch(logger.text(), /fork/)
  assert.match(logger.text(), /could not be edited \(403 Resource not accessible by integration\)/)
})

void test('a body that quotes the marker later still starts with it', async (t) => {
  const gh = await server(t)
  await upsert(gh, `report mentioning ${MARKER} in the middle`)
  assert.ok(gh.commentsOn(OWNER, REPO, PR)[0]?.body.startsWith(`${MARKER}\n`))
  const again = await upsert(gh, `report mentioning ${MARKER} in the middle, run 2`)
  assert.equal(again.action, 'updated')
})
