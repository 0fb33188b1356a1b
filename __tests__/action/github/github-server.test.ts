// The fixture is only worth trusting if it refuses what GitHub would refuse: these tests make
// deliberately wrong requests and check each is answered like GitHub and recorded as a violation.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { request } from 'node:http'
import { getOctokit } from '@actions/github'
import { githubDescription, startGitHubServer } from '../../../__fixtures__/github-server.ts'

const H = { authorization: 'token ghs_x', 'content-type': 'application/json' }

// node:http rather than fetch: fetch refuses a GET with a body, which is one of the cases.
function raw(
  url: string,
  method: string,
  body?: string
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const headers = { ...H, 'content-length': String(Buffer.byteLength(body ?? '')) }
    const req = request(url, { method, headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          json: JSON.parse(Buffer.concat(chunks).toString() || 'null')
        })
      )
    })
    req.on('error', reject)
    req.end(body)
  })
}

void test('malformed requests are refused with 422/404 and recorded', async (t) => {
  const gh = await startGitHubServer()
  t.after(() => gh.close())

  const cases: [string, string, unknown, number, string, RegExp][] = [
    [
      'POST',
      '/repos/o/r/issues/1/comments',
      { body: 123 },
      422,
      'body',
      /body\/body: must be string/
    ],
    [
      'POST',
      '/repos/o/r/issues/1/comments',
      { text: 'hi' },
      422,
      'body',
      /must have required property 'body'/
    ],
    [
      'PATCH',
      '/repos/o/r/issues/comments/not-a-number',
      { body: 'x' },
      422,
      'parameters',
      /comment_id: must be integer/
    ],
    [
      'GET',
      '/repos/o/r/issues/1/comments?per_pag=5',
      undefined,
      422,
      'parameters',
      /must NOT have additional properties \(per_pag\)/
    ],
    [
      'GET',
      '/repos/o/r/issues/1/comments?page=two',
      undefined,
      422,
      'parameters',
      /page: must be integer/
    ],
    [
      'GET',
      '/repos/o/r/issues/1/comments?since=yesterday',
      undefined,
      422,
      'parameters',
      /since: must match format "date-time"/
    ],
    ['GET', '/repos/o/r/issues/1/comments', {}, 422, 'body', /takes no request body/],
    [
      'DELETE',
      '/repos/o/r/issues/1/comments',
      undefined,
      404,
      'unknown-operation',
      /no operation for DELETE/
    ],
    ['GET', '/repos/o/r/sticky-comments', undefined, 404, 'unknown-operation', /no operation/],
    [
      'POST',
      '/repos/o/r/check-runs',
      { name: 'x', head_sha: 'abc', conclusion: 'great' },
      422,
      'body',
      /conclusion: must be equal to one of the allowed values/
    ],
    [
      'POST',
      '/repos/o/r/check-runs',
      { name: 'x', head_sha: 'abc', status: 'completed' },
      422,
      'rule',
      /conclusion is required/
    ],
    [
      'POST',
      '/repos/o/r/check-runs',
      { name: 'x', head_sha: 'abc', output: { title: 't' } },
      422,
      'body',
      /output: must have required property 'summary'/
    ]
  ]
  for (const [i, [method, path, body, status, kind, message]] of cases.entries()) {
    const res = await raw(
      `${gh.url}${path}`,
      method,
      body === undefined ? undefined : JSON.stringify(body)
    )
    assert.equal(res.status, status, `${method} ${path}: ${JSON.stringify(res.json)}`)
    const violation = gh.violations[i]
    assert.equal(violation?.kind, kind, `${method} ${path}`)
    assert.match(violation?.errors.join('\n') ?? '', message)
    if (status === 422) assert.match((res.json as { message: string }).message, /^Invalid request/)
  }
  assert.equal(gh.violations.length, cases.length)
  assert.equal(gh.comments.length + gh.checkRuns.length, 0, 'nothing refused was stored')
})

void test('a malformed request made through Octokit is flagged too', async (t) => {
  const gh = await startGitHubServer()
  t.after(() => gh.close())
  const octokit = getOctokit('ghs_x', { baseUrl: gh.url })
  await assert.rejects(
    // Octokit's types would refuse this at compile time; the server must refuse it at run time.
    octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      owner: 'o',
      repo: 'r',
      name: 'no sha'
    } as unknown as { owner: string; repo: string; name: string; head_sha: string }),
    (e: { status?: number }) => e.status === 422
  )
  await assert.rejects(
    octokit.request('PUT /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'o',
      repo: 'r',
      issue_number: 1
    }),
    (e: { status?: number }) => e.status === 404
  )
  assert.deepEqual(
    gh.violations.map((v) => [v.kind, v.operationId]),
    [
      ['body', 'checks/create'],
      ['unknown-operation', undefined]
    ]
  )
})

void test('comment lists paginate like GitHub: per_page capped at 100, Link header next/last/prev/first', async (t) => {
  const gh = await startGitHubServer()
  t.after(() => gh.close())
  gh.seedComments('o', 'r', 7, 250)
  const page = async (q: string) => {
    const res = await fetch(`${gh.url}/repos/o/r/issues/7/comments${q}`)
    return {
      res,
      items: (await res.json()) as { id: number; body: string }[],
      link: res.headers.get('link') ?? ''
    }
  }
  const first = await page('')
  assert.equal(first.items.length, 30)
  assert.equal(first.items[0]?.body, 'Seeded comment 1')
  assert.match(first.link, /[?&]page=2>; rel="next"/)
  assert.match(first.link, /[?&]page=9>; rel="last"/)
  assert.doesNotMatch(first.link, /rel="prev"/)

  const capped = await page('?per_page=500&page=3')
  assert.equal(capped.items.length, 50)
  assert.equal(capped.items[0]?.body, 'Seeded comment 201')
  assert.match(capped.link, /per_page=100&page=2>; rel="prev"/)
  assert.match(capped.link, /rel="first"/)
  assert.doesNotMatch(capped.link, /rel="next"/)

  // Octokit's paginate follows the links to the end.
  const octokit = getOctokit('ghs_x', { baseUrl: gh.url })
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: 'o',
    repo: 'r',
    issue_number: 7,
    per_page: 100
  })
  assert.deepEqual(
    all.map((c) => c.body),
    Array.from({ length: 250 }, (_, i) => `Seeded comment ${i + 1}`)
  )
  assert.deepEqual(gh.violations, [])
  assert.deepEqual(gh.responseViolations, [])
})

void test('writes need a token; reads do not', async (t) => {
  const gh = await startGitHubServer()
  t.after(() => gh.close())
  const res = await fetch(`${gh.url}/repos/o/r/issues/1/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'x' })
  })
  assert.equal(res.status, 401)
  assert.equal((await fetch(`${gh.url}/repos/o/r/issues/1/comments`)).status, 200)
  assert.deepEqual(gh.violations, [])
})

void test('the pull_request event fixture is a valid synchronize payload per GitHub webhook schema', async () => {
  const event = JSON.parse(
    await readFile(
      new URL('../../../__fixtures__/pull-request-event.json', import.meta.url),
      'utf8'
    )
  )
  const validate = githubDescription().schema('webhook-pull-request-synchronize')
  assert.equal(validate(event), true, JSON.stringify(validate.errors?.slice(0, 5)))
  assert.equal(event.number, event.pull_request.number)
  assert.equal(event.after, event.pull_request.head.sha)
  assert.equal(event.repository.full_name, event.pull_request.base.repo.full_name)
  // And the schema is not a rubber stamp.
  assert.equal(validate({ ...event, number: 'one' }), false)
})
