// Issue 12 items 1, 3 and 4: what used to validate and then run to a green (or a baffling)
// result is now refused at validation, at the file and line of the mistake.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseExperimentText } from '../../src/engine/load.ts'
import type { ValidationIssue } from '../../src/engine/errors.ts'
import { validateExperiment } from '../../src/engine/validate.ts'
import type { ValidateOptions } from '../../src/engine/validate.ts'
import { createDefaultRegistry } from '../../src/providers/index.ts'

const registry = createDefaultRegistry({ python: false })
const FILE = 'experiments/gate.yaml'

async function issuesOf(
  yaml: string,
  options: Partial<ValidateOptions> = {}
): Promise<ValidationIssue[]> {
  const loaded = parseExperimentText(yaml, FILE, 'yaml')
  const issues = await validateExperiment(loaded, { registry, env: {}, ...options })
  for (const issue of issues) {
    assert.equal(issue.location?.file, FILE, `no location for ${issue.field}`)
    assert.ok(issue.expected, `no expected for ${issue.field}: ${issue.message}`)
  }
  return issues
}

/** The 1-based line of the first line containing `needle`. */
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1

const HYPOTHESIS = `steady-state-hypothesis:
  title: up
  probes:
    - type: probe
      name: up
      tolerance: 0
      provider: {type: process, path: "true"}
`

describe('unknown top-level keys', () => {
  it('a misspelt key is an error with a did-you-mean, at its line', async () => {
    const text = `title: t
description: d
steady-state-hypotesis:
  title: up
  probes: []
method: []
`
    const issues = await issuesOf(text)
    assert.equal(issues.length, 1, JSON.stringify(issues))
    const [issue] = issues
    assert.equal(issue?.field, '/steady-state-hypotesis')
    assert.match(issue?.message ?? '', /unknown key `steady-state-hypotesis`/)
    assert.match(issue?.message ?? '', /did you mean `steady-state-hypothesis`\?/)
    assert.equal(issue?.location?.line, lineOf(text, 'steady-state-hypotesis'))
  })

  it('chaostoolkit keys, extensions and x- prefixed keys stay allowed', async () => {
    const text = `title: t
description: d
version: 1.0.0
tags: [a]
contributions: {reliability: high}
configuration: {a: 1}
secrets: {s: {k: v}}
extensions: [{name: ours, anything: 1}]
controls: []
runtime: {rollbacks: {strategy: always}}
x-team: payments
x-owner: {name: someone}
dry: null
${HYPOTHESIS}method: []
rollbacks: []
`
    assert.deepEqual(await issuesOf(text), [])
  })

  it('an unknown key far from every known one gets no guess', async () => {
    const issues = await issuesOf(`title: t\ndescription: d\nmethod: []\nbanana: 1\n`)
    assert.equal(issues.length, 1)
    assert.equal(issues[0]?.message, 'unknown key `banana`')
  })
})

describe('${name} references that name nothing', () => {
  const text = `title: t \${service}
description: d
configuration:
  base_url: http://127.0.0.1:1
secrets:
  api:
    token: abc
steady-state-hypothesis:
  title: up
  probes:
    - type: probe
      name: a
      tolerance: 200
      provider:
        type: http
        url: \${baseurl}/health
        headers: {Authorization: "Bearer \${token}", X-Id: "\${request_id}"}
method:
  - type: action
    name: shell
    provider:
      type: process
      path: sh
      arguments: ["-c", "echo \${HOME} \${base_url}"]
    pauses: {after: "\${pause_s}"}
  - type: probe
    name: escaped
    provider: {type: http, url: "\${base_url}/$\${literal}"}
`
  it('each is an error at its line, with the nearest defined name as a guess', async () => {
    const issues = await issuesOf(text)
    const byField = new Map(issues.map((i) => [i.field, i]))
    assert.deepEqual([...byField.keys()].sort(), [
      '/method/0/pauses/after',
      '/steady-state-hypothesis/probes/0/provider/headers/X-Id',
      '/steady-state-hypothesis/probes/0/provider/url'
    ])
    const url = byField.get('/steady-state-hypothesis/probes/0/provider/url')!
    assert.match(url.message, /`\$\{baseurl\}` names no configuration or secret value/)
    assert.match(url.message, /did you mean `\$\{base_url\}`\?/)
    assert.equal(url.location?.line, lineOf(text, 'url: ${baseurl}'))
  })

  it('--var and --var-file names count as defined', async () => {
    const issues = await issuesOf(text, {
      overrides: {
        configuration: { baseurl: 'x', request_id: '1', pause_s: 1 }
      }
    })
    assert.deepEqual(issues, [])
  })
})

describe('hostile values refused at validation', () => {
  const activity = (provider: string): string =>
    `title: t\ndescription: d\n${HYPOTHESIS}method:\n  - type: action\n    name: x\n    provider: ${provider}\n`

  it('an http URL that is not http(s)', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/x', 'localhost:8080/x']) {
      const issues = await issuesOf(activity(`{type: http, url: "${url}"}`))
      assert.equal(issues.length, 1, url)
      assert.equal(issues[0]?.field, '/method/0/provider/url')
      assert.match(issues[0]?.message ?? '', /not an http\(s\) URL/)
    }
    assert.deepEqual(await issuesOf(activity('{type: http, url: "HTTPS://example.com/"}')), [])
  })

  it('CR or LF in a header or the method', async () => {
    const header = await issuesOf(
      activity('{type: http, url: "http://127.0.0.1/", headers: {X-A: "v\\r\\nX-Injected: 1"}}')
    )
    assert.equal(header.length, 1, JSON.stringify(header))
    assert.equal(header[0]?.field, '/method/0/provider/headers/X-A')
    assert.match(header[0]?.message ?? '', /line break/)
    const method = await issuesOf(
      activity('{type: http, url: "http://127.0.0.1/", method: "GET / HTTP/1.1\\nHost: x"}')
    )
    assert.equal(method[0]?.field, '/method/0/provider/method')
  })

  it('a proxy listen that is not an address', async () => {
    const bad = await issuesOf(
      activity('{type: proxy, action: start, upstream: "127.0.0.1:1", listen: "not an address"}')
    )
    assert.equal(bad.length, 1, JSON.stringify(bad))
    assert.equal(bad[0]?.field, '/method/0/provider/listen')
    const range = await issuesOf(
      activity('{type: proxy, action: start, upstream: "127.0.0.1:1", listen: "127.0.0.1:70000"}')
    )
    assert.equal(range[0]?.field, '/method/0/provider/listen')
    const good = await issuesOf(
      activity('{type: proxy, action: start, upstream: "127.0.0.1:1", listen: "127.0.0.1:18080"}')
    )
    assert.deepEqual(good, [])
  })

  it('a Vault secret is refused: chaos-action never contacts Vault', async () => {
    const issues = await issuesOf(
      `title: t\ndescription: d\nsecrets:\n  db:\n    password: {type: vault, path: secret/db}\n${HYPOTHESIS}method: []\n`
    )
    assert.equal(issues.length, 1, JSON.stringify(issues))
    assert.equal(issues[0]?.field, '/secrets/db/password/type')
    assert.match(issues[0]?.message ?? '', /Vault secrets are not supported/)
  })

  it('an env value whose env_var_type conversion fails when the variable is set', async () => {
    const text = `title: t\ndescription: d\nconfiguration:\n  port: {type: env, key: PORT, env_var_type: int, default: 80}\n${HYPOTHESIS}method: []\n`
    const issues = await issuesOf(text, { env: { PORT: 'eighty' } })
    assert.equal(issues.length, 1, JSON.stringify(issues))
    assert.equal(issues[0]?.field, '/configuration/port/env_var_type')
    assert.match(issues[0]?.message ?? '', /PORT cannot be converted to int/)
    assert.deepEqual(await issuesOf(text, { env: { PORT: '8080' } }), [])
    assert.deepEqual(await issuesOf(text, { env: {} }), [])
  })

  it('pauses and timeouts a timer cannot hold (over 2^31 ms)', async () => {
    const text = `title: t\ndescription: d\n${HYPOTHESIS}method:
  - type: action
    name: long
    pauses: {before: 2937600}
    provider: {type: process, path: "true", timeout: 1e9}
  - type: probe
    name: h
    provider: {type: http, url: "http://127.0.0.1/", timeout: [1, 3000000]}
  - type: action
    name: fine
    pauses: {after: 2147483}
    provider: {type: process, path: "true", timeout: 2147483}
`
    const issues = await issuesOf(text)
    assert.deepEqual(issues.map((i) => i.field).sort(), [
      '/method/0/pauses/before',
      '/method/0/provider/timeout',
      '/method/1/provider/timeout/1'
    ])
    for (const issue of issues) assert.match(issue.message, /longer than a timer can hold/)
  })
})
