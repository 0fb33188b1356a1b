/**
 * A stateful stand-in for the GitHub REST API, for tests only (127.0.0.1, port 0).
 *
 * Every request is checked against GitHub's own OpenAPI description (@octokit/openapi): the method
 * and path must name an operation, and the path parameters, query parameters and JSON body must
 * satisfy that operation's schemas. Anything else is answered like GitHub would (404 for an unknown
 * route, 422 for an invalid request) and recorded in `violations`, so a test can assert that the
 * code under test only ever made requests GitHub would accept.
 *
 * Responses are the description's own examples, patched with the state this server keeps: issue
 * comments (paginated with Link headers like GitHub) and check runs. Responses are validated too,
 * against the operation's response schema, so the fixture can't drift into lying
 * (`responseViolations`).
 */
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { Ajv } from 'ajv'
import type { ErrorObject, ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { ActionsRuns } from './github-actions-runs.ts'

type JsonObject = Record<string, unknown>

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonObject
}

interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: JsonObject
  responses: Record<string, JsonObject>
}

interface Route {
  template: string
  regex: RegExp
  names: string[]
  literals: number
  operations: Record<string, Operation>
}

interface CompiledOperation {
  operationId: string
  path: ValidateFunction
  query: ValidateFunction
  queryNames: Set<string>
  body?: ValidateFunction
  bodyRequired: boolean
  responses: Map<string, ValidateFunction | null>
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** The description is big (13 MB): parse it once per process, compile operations on first use. */
class OpenApiDescription {
  readonly spec: { paths: Record<string, Record<string, unknown>>; components: JsonObject }
  readonly routes: Route[] = []
  readonly #ajv: Ajv
  readonly #coercing: Ajv
  readonly #compiled = new Map<string, CompiledOperation>()

  constructor(file: string) {
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDescription['spec']
    for (const [template, item] of Object.entries(this.spec.paths)) {
      const names: string[] = []
      const segments = template.split('/')
      const pattern = segments
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
            if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
            names.push(name)
            return '([^/]+)'
          })
        )
        .join('/')
      const operations: Record<string, Operation> = {}
      for (const method of HTTP_METHODS) {
        const op = item[method] as Operation | undefined
        if (op) operations[method.toUpperCase()] = op
      }
      this.routes.push({
        template,
        regex: new RegExp(`^${pattern}$`),
        names,
        literals: segments.filter((s) => !s.includes('{')).length,
        operations
      })
    }
    // Most specific template first, so `/issues/comments/{id}` beats `/issues/{number}/...`.
    this.routes.sort((a, b) => b.literals - a.literals)
    // Schemas reference each other as `#/components/...`; they live in one document named `gh`
    // and operation-level schemas are rewritten to point into it.
    const components = { components: openApi30ToJsonSchema(this.spec.components) }
    const options = {
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false
    } as const
    this.#ajv = new Ajv(options)
    this.#coercing = new Ajv({ ...options, coerceTypes: true, useDefaults: false })
    for (const ajv of [this.#ajv, this.#coercing]) {
      addFormats(ajv)
      // OpenAPI's numeric formats are not string formats; declare them so they are accepted.
      for (const name of ['int32', 'int64', 'float', 'double']) {
        ajv.addFormat(name, { type: 'number', validate: () => true })
      }
      ajv.addSchema(components, 'gh')
    }
  }

  /** The operation a method and path name, with the decoded path parameters. */
  match(
    method: string,
    pathname: string
  ): { route: Route; operation?: Operation; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      const m = route.regex.exec(pathname)
      if (!m) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '')
      })
      return { route, operation: route.operations[method], params }
    }
    return undefined
  }

  resolve<T>(value: T | { $ref: string }): T {
    let current: unknown = value
    for (let depth = 0; depth < 10; depth++) {
      const ref = (current as { $ref?: unknown } | null)?.$ref
      if (typeof ref !== 'string') return current as T
      current = ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((node, key) => (node as JsonObject | undefined)?.[key], this.spec)
    }
    throw new Error(`$ref chain too deep at ${JSON.stringify(value)}`)
  }

  compile(method: string, route: Route, operation: Operation): CompiledOperation {
    const key = `${method} ${route.template}`
    const cached = this.#compiled.get(key)
    if (cached) return cached
    const params = (operation.parameters ?? []).map((p) => this.resolve<Parameter>(p))
    const objectSchema = (where: 'path' | 'query', extra: boolean): JsonObject => {
      const selected = params.filter((p) => p.in === where)
      return {
        type: 'object',
        properties: Object.fromEntries(
          selected.map((p) => [p.name, asParameterText(pointAtGh(p.schema ?? {}))])
        ),
        required: selected.filter((p) => p.required || where === 'path').map((p) => p.name),
        additionalProperties: extra
      }
    }
    const requestBody = operation.requestBody
      ? this.resolve<JsonObject>(operation.requestBody)
      : undefined
    const bodySchema = (
      requestBody?.content as Record<string, { schema?: JsonObject }> | undefined
    )?.['application/json']?.schema
    const compiled: CompiledOperation = {
      operationId: operation.operationId,
      path: this.#coercing.compile(objectSchema('path', false)),
      query: this.#coercing.compile(objectSchema('query', false)),
      queryNames: new Set(params.filter((p) => p.in === 'query').map((p) => p.name)),
      bodyRequired: requestBody?.required === true,
      responses: new Map(),
      ...(bodySchema ? { body: this.#ajv.compile(pointAtGh(bodySchema)) } : {})
    }
    this.#compiled.set(key, compiled)
    return compiled
  }

  /** The validator of an operation's JSON response for a status, or null when it declares none. */
  responseValidator(
    compiled: CompiledOperation,
    operation: Operation,
    status: number
  ): ValidateFunction | null {
    const key = String(status)
    if (!compiled.responses.has(key)) {
      const response = operation.responses[key]
        ? this.resolve<JsonObject>(operation.responses[key])
        : undefined
      const schema = (response?.content as Record<string, { schema?: JsonObject }> | undefined)?.[
        'application/json'
      ]?.schema
      compiled.responses.set(key, schema ? this.#ajv.compile(pointAtGh(schema)) : null)
    }
    return compiled.responses.get(key) ?? null
  }

  /** A validator for the component schema `#/components/schemas/<name>` (webhook payloads...). */
  schema(name: string): ValidateFunction {
    const ref = `gh#/components/schemas/${name}`
    return this.#ajv.getSchema(ref) ?? this.#ajv.compile({ $ref: ref })
  }

  /** The value of an operation's response example for a status (the first one listed). */
  example(operation: Operation, status: number): unknown {
    const response = operation.responses[String(status)]
    if (!response) return undefined
    const content = (this.resolve<JsonObject>(response).content ?? {}) as Record<string, JsonObject>
    const examples = (content['application/json']?.examples ?? {}) as Record<string, unknown>
    const first = Object.values(examples)[0]
    if (first === undefined) return undefined
    return structuredClone(this.resolve<{ value?: unknown }>(first as { value?: unknown }).value)
  }
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv

/** Deep copy of a schema with its document-local `$ref`s pointed at the `gh` document. */
function pointAtGh(schema: unknown): JsonObject {
  return openApi30ToJsonSchema(
    JSON.parse(
      JSON.stringify(schema, (key, value: unknown) =>
        key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `gh${value}` : value
      )
    )
  ) as JsonObject
}

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms: `null` joins the `type` list, or, where the
 * schema has no `type` (`nullable` beside `allOf`), the schema becomes `anyOf: [schema, null]`.
 * Ajv's own `nullable` support refuses the second form, which GitHub's description uses.
 */
function openApi30ToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApi30ToJsonSchema)
  if (node === null || typeof node !== 'object') return node
  const out: JsonObject = {}
  for (const [k, v] of Object.entries(node)) {
    // `example(s)` hold data, not schemas; leave them be.
    out[k] = k === 'example' || k === 'examples' ? v : openApi30ToJsonSchema(v)
  }
  if (out.nullable !== true) return out
  delete out.nullable
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null))
      out.enum = [...(out.enum as unknown[]), null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

let description: OpenApiDescription | undefined

/** GitHub's REST description (api.github.com) from @octokit/openapi, loaded once per process. */
export function githubDescription(): OpenApiDescription {
  if (!description) {
    const require = createRequire(import.meta.url)
    const pkg = require.resolve('@octokit/openapi/package.json')
    description = new OpenApiDescription(
      pkg.replace(/package\.json$/, 'generated/api.github.com.json')
    )
  }
  return description
}

export interface Violation {
  method: string
  url: string
  operationId?: string
  kind: 'unknown-operation' | 'parameters' | 'body' | 'rule'
  errors: string[]
}

export interface RecordedRequest {
  method: string
  url: string
  operationId?: string
  status: number
  /** The token from the Authorization header, if any. */
  token?: string
  body?: unknown
}

export interface StoredComment {
  id: number
  owner: string
  repo: string
  issueNumber: number
  body: string
  user: { login: string; id: number; type: 'User' | 'Bot' }
  createdAt: string
  updatedAt: string
}

export interface StoredCheckRun {
  id: number
  owner: string
  repo: string
  /** The request body as GitHub received it. */
  request: JsonObject
  createdAt: string
}

export interface GitHubServerOptions {
  /** Host of the web URLs in responses (html_url). */
  serverUrl?: string
  /** Who writes with the token: GITHUB_TOKEN comments come from the Actions bot. */
  actor?: StoredComment['user']
  /** Start as a fork PR's read-only token sees GitHub: comment and check-run writes answer 403. */
  fork?: boolean
  /**
   * The workflow run's artifacts (what an artifact server stored), served by
   * GET .../actions/runs/{run_id}/artifacts and GET .../actions/artifacts/{id}/zip (a 302 to the
   * zip, as GitHub redirects to its storage). Read on every request, so a test may change them.
   */
  runArtifacts?: () => RunArtifact[]
}

/** A finalized artifact of the workflow run: its zip as uploaded. */
export interface RunArtifact {
  id: number
  name: string
  zip: Buffer
  createdAt: string
}

/** Where the download redirect points: outside the API, like GitHub's storage. */
const ZIP_PATH = '/_artifact-zips/'

const BOT: StoredComment['user'] = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const MAX_COMMENT_BODY = 65536
const FORBIDDEN = 'Resource not accessible by integration'

export interface GitHubServer {
  /** Base URL of the API (what GITHUB_API_URL would hold). */
  readonly url: string
  readonly violations: Violation[]
  /** The fixture's own responses that don't match the description (a fixture bug). */
  readonly responseViolations: Violation[]
  readonly requests: RecordedRequest[]
  readonly comments: StoredComment[]
  readonly checkRuns: StoredCheckRun[]
  /** Comment writes answer 403 like a fork PR's read-only GITHUB_TOKEN. */
  denyCommentWrites: boolean
  /** Comment edits (only) answer 403, as for a comment the token's identity may not edit. */
  denyCommentUpdates: boolean
  /** Check-run writes answer 403 (no `checks: write`). */
  denyCheckRuns: boolean
  /**
   * Adds n comments by other users (reviewers, or `user`), oldest first, before anything the code
   * under test writes.
   */
  seedComments(
    owner: string,
    repo: string,
    issueNumber: number,
    n: number,
    body?: (i: number) => string,
    user?: StoredComment['user']
  ): void
  commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[]
  /**
   * Pull requests (by number) whose head is the commit `sha`, for
   * GET /repos/{owner}/{repo}/commits/{sha}/pulls; a commit not set here has none (`[]`).
   */
  readonly pullsByCommit: Map<string, number[]>
  /** Workflow runs, their artifacts and zips (github-actions-runs.ts). */
  readonly actions: ActionsRuns
  close(): Promise<void>
}

/** Starts the server on 127.0.0.1 (port 0); the OpenAPI description loads on the first call. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const api = githubDescription()
  const serverUrl = options.serverUrl ?? 'https://github.com'
  const actor = options.actor ?? BOT
  let nextCommentId = 2_000_000_001
  let nextCheckRunId = 30_000_000_001
  let clock = Date.parse('2026-01-01T00:00:00Z')
  const now = (): string => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z')

  const state = {
    url: '',
    violations: [] as Violation[],
    responseViolations: [] as Violation[],
    requests: [] as RecordedRequest[],
    comments: [] as StoredComment[],
    checkRuns: [] as StoredCheckRun[],
    pullsByCommit: new Map<string, number[]>(),
    denyCommentWrites: options.fork === true,
    denyCommentUpdates: false,
    denyCheckRuns: options.fork === true,
    seedComments(
      owner: string,
      repo: string,
      issueNumber: number,
      n: number,
      body?: (i: number) => string,
      user?: StoredComment['user']
    ) {
      for (let i = 0; i < n; i++) {
        const at = now()
        state.comments.push({
          id: nextCommentId++,
          owner,
          repo,
          issueNumber,
          body: body ? body(i) : `Seeded comment ${i + 1}`,
          user: user ?? { login: `reviewer-${i % 7}`, id: 5000 + (i % 7), type: 'User' },
          createdAt: at,
          updatedAt: at
        })
      }
    },
    commentsOn(owner: string, repo: string, issueNumber: number): StoredComment[] {
      return state.comments.filter(
        (c) => sameName(c.owner, owner) && sameName(c.repo, repo) && c.issueNumber === issueNumber
      )
    },
    actions: new ActionsRuns(),
    close: async () => {}
  }

  const commentJson = (c: StoredComment, template: unknown): JsonObject => {
    const base = state.url
    return {
      ...(template as JsonObject),
      id: c.id,
      node_id: Buffer.from(`IssueComment${c.id}`).toString('base64'),
      url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: `${serverUrl}/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
      issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
      body: c.body,
      user: {
        ...((template as JsonObject).user as JsonObject),
        login: c.user.login,
        id: c.user.id,
        type: c.user.type,
        url: `${base}/users/${encodeURIComponent(c.user.login)}`,
        // Bots' pages are their apps' pages; `[bot]` would not even be a valid URI.
        html_url:
          c.user.type === 'Bot'
            ? `${serverUrl}/apps/${c.user.login.replace(/\[bot\]$/, '')}`
            : `${serverUrl}/${c.user.login}`
      },
      author_association: c.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
      created_at: c.createdAt,
      updated_at: c.updatedAt
    }
  }

  interface Reply {
    status: number
    body?: unknown
    headers?: Record<string, string>
  }

  const handle = (
    url: URL,
    operation: Operation,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    token: string | undefined
  ): Reply => {
    const owner = params.owner ?? ''
    const repo = params.repo ?? ''
    const forbidden = (docs: string): Reply => ({
      status: 403,
      body: { message: FORBIDDEN, documentation_url: docs, status: '403' }
    })
    const needsToken = (): Reply | undefined =>
      token
        ? undefined
        : { status: 401, body: { message: 'Requires authentication', status: '401' } }
    const actionsReply = () =>
      state.actions.handle(
        operation.operationId,
        params,
        query,
        (status) => api.example(operation, status),
        { api: state.url, web: serverUrl }
      )
    switch (operation.operationId) {
      case 'issues/list-comments': {
        const all = state.commentsOn(owner, repo, Number(params.issue_number))
        const since = query.since ? Date.parse(query.since) : undefined
        const selected =
          since === undefined ? all : all.filter((c) => Date.parse(c.updatedAt) >= since)
        // GitHub caps per_page at 100 and treats page < 1 as page 1.
        const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), 100)
        const page = Math.max(Number(query.page ?? 1), 1)
        const last = Math.max(Math.ceil(selected.length / perPage), 1)
        const template = (api.example(operation, 200) as unknown[])[0]
        const items = selected
          .slice((page - 1) * perPage, page * perPage)
          .map((c) => commentJson(c, template))
        const link = (p: number, rel: string): string => {
          const next = new URL(url.pathname, state.url)
          for (const [k, v] of Object.entries(query)) next.searchParams.set(k, v)
          next.searchParams.set('per_page', String(perPage))
          next.searchParams.set('page', String(p))
          return `<${next.href}>; rel="${rel}"`
        }
        const rels: string[] = []
        if (page > 1) rels.push(link(page - 1, 'prev'))
        if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'))
        if (page > 1) rels.push(link(1, 'first'))
        return {
          status: 200,
          body: items,
          ...(rels.length ? { headers: { link: rels.join(', ') } } : {})
        }
      }
      case 'issues/create-comment': {
        const denied = needsToken()
        if (denied) return denied
        if (state.denyCommentWrites)
          return forbidden('https://docs.github.com/rest/issues/comments#create-an-issue-comment')
        const text = (body as { body: string }).body
        const tooLong = commentTooLong(text)
        if (tooLong) return tooLong
        const at = now()
        const comment: StoredComment = {
          id: nextCommentId++,
          owner,
          repo,
          issueNumber: Number(params.issue_number),
          body: text,
          user: actor,
          createdAt: at,
          updatedAt: at
        }
        state.comments.push(comment)
        return {
          status: 201,
          body: commentJson(comment, api.example(operation, 201)),
          headers: { location: `${state.url}/repos/${owner}/${repo}/issues/comments/${comment.id}` }
        }
      }
      case 'issues/get-comment':
      case 'issues/update-comment': {
        const comment = state.comments.find(
          (c) =>
            c.id === Number(params.comment_id) && sameName(c.owner, owner) && sameName(c.repo, repo)
        )
        if (!comment) return notFound()
        if (operation.operationId === 'issues/get-comment') {
          return { status: 200, body: commentJson(comment, api.example(operation, 200)) }
        }
        const denied = needsToken()
        if (denied) return denied
        if (state.denyCommentWrites || state.denyCommentUpdates)
          return forbidden('https://docs.github.com/rest/issues/comments#update-an-issue-comment')
        const text = (body as { body: string }).body
        const tooLong = commentTooLong(text)
        if (tooLong) return tooLong
        comment.body = text
        comment.updatedAt = now()
        return { status: 200, body: commentJson(comment, api.example(operation, 200)) }
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const template = (api.example(operation, 200) as JsonObject[])[0] ?? {}
        const numbers = state.pullsByCommit.get(params.commit_sha ?? '') ?? []
        const base = `${state.url}/repos/${owner}/${repo}`
        return {
          status: 200,
          body: numbers.map((n) => ({
            ...template,
            number: n,
            // The description's own example lists a team its schema rejects (no `type`).
            requested_teams: [],
            url: `${base}/pulls/${n}`,
            html_url: `${serverUrl}/${owner}/${repo}/pull/${n}`,
            issue_url: `${base}/issues/${n}`,
            comments_url: `${base}/issues/${n}/comments`
          }))
        }
      }
      case 'actions/list-workflow-run-artifacts': {
        // Without `runArtifacts`, the workflow runs of `state.actions` answer (the baseline's).
        if (!options.runArtifacts) return actionsReply() ?? notFound()
        const template = (api.example(operation, 200) as { artifacts: JsonObject[] }).artifacts[0]
        const all = (options.runArtifacts?.() ?? []).filter(
          (a) => query.name === undefined || a.name === query.name
        )
        const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), 100)
        const page = Math.max(Number(query.page ?? 1), 1)
        const base = `${state.url}/repos/${owner}/${repo}/actions/artifacts`
        const items = all.slice((page - 1) * perPage, page * perPage).map((a) => ({
          ...template,
          id: a.id,
          node_id: Buffer.from(`Artifact${a.id}`).toString('base64'),
          name: a.name,
          size_in_bytes: a.zip.length,
          url: `${base}/${a.id}`,
          archive_download_url: `${base}/${a.id}/zip`,
          expired: false,
          created_at: a.createdAt,
          updated_at: a.createdAt,
          expires_at: new Date(Date.parse(a.createdAt) + 90 * 86_400_000).toISOString(),
          workflow_run: { ...(template?.workflow_run as JsonObject), id: Number(params.run_id) }
        }))
        const next = new URL(url.pathname, state.url)
        next.searchParams.set('per_page', String(perPage))
        next.searchParams.set('page', String(page + 1))
        return {
          status: 200,
          body: { total_count: all.length, artifacts: items },
          ...(page * perPage < all.length
            ? { headers: { link: `<${next.href}>; rel="next"` } }
            : {})
        }
      }
      case 'actions/download-artifact': {
        if (!options.runArtifacts) return actionsReply() ?? notFound()
        const denied = needsToken()
        if (denied) return denied
        const artifact = options.runArtifacts?.().find((a) => a.id === Number(params.artifact_id))
        if (!artifact || params.archive_format !== 'zip') return notFound()
        return { status: 302, headers: { location: `${state.url}${ZIP_PATH}${artifact.id}` } }
      }
      case 'checks/create': {
        const denied = needsToken()
        if (denied) return denied
        if (state.denyCheckRuns)
          return forbidden('https://docs.github.com/rest/checks/runs#create-a-check-run')
        const request = body as JsonObject
        // A rule the schema can't express: a completed run needs a conclusion.
        if ((request.status === 'completed' || request.completed_at) && !request.conclusion) {
          return invalid([
            'conclusion is required when status is completed or completed_at is given'
          ])
        }
        const run: StoredCheckRun = { id: nextCheckRunId++, owner, repo, request, createdAt: now() }
        state.checkRuns.push(run)
        const template = api.example(operation, 201) as JsonObject
        const conclusion = (request.conclusion as string | undefined) ?? null
        const output = (request.output ?? {}) as JsonObject
        return {
          status: 201,
          body: {
            ...template,
            id: run.id,
            node_id: Buffer.from(`CheckRun${run.id}`).toString('base64'),
            name: request.name,
            head_sha: request.head_sha,
            external_id: (request.external_id as string | undefined) ?? '',
            url: `${state.url}/repos/${owner}/${repo}/check-runs/${run.id}`,
            html_url: `${serverUrl}/${owner}/${repo}/runs/${run.id}`,
            details_url: (request.details_url as string | undefined) ?? null,
            status: conclusion ? 'completed' : ((request.status as string | undefined) ?? 'queued'),
            conclusion,
            started_at: (request.started_at as string | undefined) ?? run.createdAt,
            completed_at: conclusion
              ? ((request.completed_at as string | undefined) ?? run.createdAt)
              : null,
            output: {
              title: (output.title as string | undefined) ?? null,
              summary: (output.summary as string | undefined) ?? null,
              text: (output.text as string | undefined) ?? null,
              annotations_count: 0,
              annotations_url: `${state.url}/repos/${owner}/${repo}/check-runs/${run.id}/annotations`
            },
            pull_requests: []
          }
        }
      }
      default: {
        const actions = actionsReply()
        if (actions) return actions
        // A real operation this fixture keeps no state for: answer with its documented example.
        const status = Object.keys(operation.responses).find((s) => /^2\d\d$/.test(s))
        if (!status) return notFound()
        return { status: Number(status), body: api.example(operation, Number(status)) }
      }
    }
  }

  const server: Server = createServer((req, res) => {
    readBody(req)
      .then((raw) => respond(req, res, raw))
      .catch((error: unknown) => {
        send(res, 500, { message: String(error) })
      })
  })

  const respond = (req: IncomingMessage, res: ServerResponse, raw: string): void => {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', state.url)
    const auth = req.headers.authorization
    const token = auth ? auth.replace(/^(token|bearer)\s+/i, '') : undefined
    const record: RecordedRequest = {
      method,
      url: url.pathname + url.search,
      status: 0,
      ...(token ? { token } : {})
    }
    state.requests.push(record)
    const blob = method === 'GET' ? state.actions.blob(url.pathname) : undefined
    if (blob) {
      // Blob storage, not the API: a zip, like the URL an artifact download redirects to.
      record.status = 200
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': blob.length })
      res.end(blob)
      return
    }
    const reply = (r: Reply): void => {
      record.status = r.status
      send(res, r.status, r.body, r.headers)
    }
    const violate = (v: Omit<Violation, 'method' | 'url'>): void => {
      state.violations.push({ method, url: record.url, ...v })
    }

    if (url.pathname.startsWith(ZIP_PATH) && method === 'GET') {
      const id = Number(url.pathname.slice(ZIP_PATH.length))
      const artifact = options.runArtifacts?.().find((a) => a.id === id)
      record.status = artifact ? 200 : 404
      res.writeHead(record.status, { 'content-type': 'application/zip' })
      res.end(artifact?.zip)
      return
    }
    const matched = api.match(method, url.pathname)
    if (!matched?.operation) {
      violate({ kind: 'unknown-operation', errors: [`no operation for ${method} ${url.pathname}`] })
      reply(notFound())
      return
    }
    const { route, operation, params } = matched
    record.operationId = operation.operationId
    const compiled = api.compile(method, route, operation)

    const pathParams: JsonObject = { ...params }
    if (!compiled.path(pathParams)) {
      const errors = ajvErrors(compiled.path.errors, 'path')
      violate({ operationId: operation.operationId, kind: 'parameters', errors })
      reply(invalid(errors))
      return
    }
    const query: Record<string, string> = {}
    const repeated: string[] = []
    for (const [k, v] of url.searchParams) {
      if (k in query) repeated.push(k)
      query[k] = v
    }
    const queryValues: JsonObject = { ...query }
    if (!compiled.query(queryValues) || repeated.length > 0) {
      const errors = [
        ...ajvErrors(compiled.query.errors, 'query'),
        ...repeated.map((k) => `query: ${k} is repeated`)
      ]
      violate({ operationId: operation.operationId, kind: 'parameters', errors })
      reply(invalid(errors))
      return
    }

    let body: unknown
    if (raw.length > 0) {
      const type = req.headers['content-type'] ?? ''
      if (!compiled.body) {
        const errors = [`${operation.operationId} takes no request body`]
        violate({ operationId: operation.operationId, kind: 'body', errors })
        reply(invalid(errors))
        return
      }
      if (!/^application\/json\b/.test(type)) {
        const errors = [`content-type must be application/json, got ${JSON.stringify(type)}`]
        violate({ operationId: operation.operationId, kind: 'body', errors })
        reply(invalid(errors))
        return
      }
      try {
        body = JSON.parse(raw)
      } catch {
        violate({ operationId: operation.operationId, kind: 'body', errors: ['body is not JSON'] })
        reply({ status: 400, body: { message: 'Problems parsing JSON', status: '400' } })
        return
      }
      record.body = body
      if (!compiled.body(body)) {
        const errors = ajvErrors(compiled.body.errors, 'body')
        violate({ operationId: operation.operationId, kind: 'body', errors })
        reply(invalid(errors))
        return
      }
    } else if (compiled.bodyRequired) {
      const errors = [`${operation.operationId} requires a JSON body`]
      violate({ operationId: operation.operationId, kind: 'body', errors })
      reply(invalid(errors))
      return
    }

    const result = handle(url, operation, params, query, body, token)
    if (result.status === 422) {
      const message = (result.body as { message?: string } | undefined)?.message ?? ''
      violate({ operationId: operation.operationId, kind: 'rule', errors: [message] })
    }
    if (result.body !== undefined) {
      const validate = api.responseValidator(compiled, operation, result.status)
      if (validate && !validate(result.body)) {
        state.responseViolations.push({
          method,
          url: record.url,
          operationId: operation.operationId,
          kind: 'body',
          errors: ajvErrors(validate.errors, `response ${result.status}`)
        })
      }
    }
    reply(result)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return state
}

/**
 * A URL parameter arrives as text, and coercion makes "161335" both an integer and a string: a
 * `oneOf` of the two (`workflow_id`: an id or a file name) would then match twice and fail, where
 * GitHub takes either. At the top of a parameter schema, `oneOf` is read as `anyOf`.
 */
function asParameterText(schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.oneOf)) return schema
  const { oneOf, ...rest } = schema
  return { ...rest, anyOf: oneOf }
}

function sameName(a: string, b: string): boolean {
  // Owner and repository names are not case sensitive on GitHub.
  return a.toLowerCase() === b.toLowerCase()
}

function commentTooLong(text: string): { status: number; body: unknown } | undefined {
  if ([...text].length <= MAX_COMMENT_BODY) return undefined
  return invalid([`body is too long (maximum is ${MAX_COMMENT_BODY} characters)`])
}

function notFound(): { status: number; body: unknown } {
  return {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
  }
}

function invalid(errors: string[]): { status: number; body: unknown } {
  return {
    status: 422,
    body: {
      message: `Invalid request.\n\n${errors.join('\n')}`,
      documentation_url: 'https://docs.github.com/rest',
      status: '422'
    }
  }
}

function ajvErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
        : ''
    return `${where}${e.instancePath || ''}: ${e.message ?? e.keyword}${extra}`
  })
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(
  res: ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {}
): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    ...headers
  })
  res.end(text)
}
