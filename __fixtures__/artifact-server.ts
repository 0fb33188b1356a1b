/**
 * A stand-in for the GitHub Actions results service that @actions/artifact (v2+) uploads to, for
 * tests only (127.0.0.1, port 0). It speaks both halves of the protocol:
 *
 * - the Twirp JSON ArtifactService at `${ACTIONS_RESULTS_URL}/twirp/github.actions.results.api.v1.
 *   ArtifactService/<Method>` (CreateArtifact, FinalizeArtifact, ListArtifacts, ...), authenticated
 *   by the job's ACTIONS_RUNTIME_TOKEN, a JWT whose `scp` claim carries the backend ids;
 * - the Azure Blob block upload to the signed URL CreateArtifact returns (Put Block, Put Block
 *   List, or a single Put Blob), as @azure/storage-blob's BlockBlobClient sends it.
 *
 * It keeps the uploaded bytes so a test can unzip the artifact and compare it with the files on
 * disk, and it checks what the client claims at finalize time (size, sha256) against them.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { unzipSync } from 'fflate'

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/'
const CONTAINER = '/devstoreaccount1/actions-results/'

export interface StoredArtifact {
  id: number
  name: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  /** From CreateArtifact. */
  version?: number
  mimeType?: string
  expiresAt?: string
  finalized: boolean
  /** Claimed by FinalizeArtifact. */
  size?: number
  hash?: string
  /** What reached the blob store. */
  blob?: Buffer
  blobContentType?: string
  createdAt: string
}

export interface ArtifactServer {
  /** The results service origin: ACTIONS_RESULTS_URL. */
  readonly url: string
  /**
   * What the action needs in its environment to upload here. Also needed: GITHUB_SERVER_URL unset,
   * `https://github.com`, `*.ghe.com` or `*.localhost` (any other host is GHES, where
   * @actions/artifact refuses to upload), and GITHUB_REPOSITORY + GITHUB_RUN_ID for the URL.
   */
  readonly env: { ACTIONS_RUNTIME_TOKEN: string; ACTIONS_RESULTS_URL: string }
  readonly workflowRunBackendId: string
  readonly workflowJobRunBackendId: string
  readonly artifacts: StoredArtifact[]
  /** Protocol errors the client made (bad token, unknown method, size/hash mismatch...). */
  readonly violations: string[]
  /** Method names and blob operations in the order they arrived. */
  readonly calls: string[]
  /** The files inside a finalized artifact's zip, by path. */
  files(name: string): Map<string, Buffer>
  close(): Promise<void>
}

/** A JWT shaped like a runner's ACTIONS_RUNTIME_TOKEN: the backend ids are in `scp`. */
export function runtimeToken(runId: string, jobId: string, key: Buffer): string {
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const head = b64({ typ: 'JWT', alg: 'HS256' })
  const body = b64({
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vstoken.actions.githubusercontent.com',
    nbf: now - 60,
    exp: now + 3600
  })
  const sig = createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')
  return `${head}.${body}.${sig}`
}

export async function startArtifactServer(): Promise<ArtifactServer> {
  const key = randomBytes(32)
  const runId = randomUUID()
  const jobId = randomUUID()
  const token = runtimeToken(runId, jobId, key)
  const signature = randomBytes(24).toString('base64url')
  const artifacts: StoredArtifact[] = []
  const violations: string[] = []
  const calls: string[] = []
  // Blocks staged per blob path, before the block list commits them.
  const staged = new Map<string, Map<string, Buffer>>()
  const blobs = new Map<string, { artifact: StoredArtifact }>()
  let nextId = 4_000_000_001
  let base = ''

  const twirp = (method: string, req: IncomingMessage, body: Buffer): [number, unknown] => {
    if (req.headers.authorization !== `Bearer ${token}`) {
      violations.push(`${method}: missing or wrong bearer token`)
      return [401, { code: 'unauthenticated', msg: 'invalid token' }]
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      violations.push(`${method}: content-type ${String(req.headers['content-type'])}`)
      return [400, { code: 'malformed', msg: 'expected application/json' }]
    }
    let msg: Record<string, unknown>
    try {
      msg = JSON.parse(body.toString('utf8')) as Record<string, unknown>
    } catch {
      violations.push(`${method}: body is not JSON`)
      return [400, { code: 'malformed', msg: 'body is not JSON' }]
    }
    const ids =
      method === 'ListArtifacts' || method.endsWith('Artifact') || method === 'GetSignedArtifactURL'
    if (
      ids &&
      (msg.workflow_run_backend_id !== runId || msg.workflow_job_run_backend_id !== jobId)
    ) {
      violations.push(`${method}: backend ids do not match the runtime token`)
      return [400, { code: 'invalid_argument', msg: 'backend ids do not match the token' }]
    }
    const find = (): StoredArtifact | undefined =>
      artifacts.find((a) => a.name === msg.name && a.workflowRunBackendId === runId)
    switch (method) {
      case 'CreateArtifact': {
        if (typeof msg.name !== 'string' || !msg.name) {
          violations.push('CreateArtifact: no name')
          return [400, { code: 'invalid_argument', msg: 'name is required' }]
        }
        if (find())
          return [
            409,
            {
              code: 'already_exists',
              msg: 'an artifact with this name already exists on the workflow run'
            }
          ]
        const artifact: StoredArtifact = {
          id: nextId++,
          name: msg.name,
          workflowRunBackendId: runId,
          workflowJobRunBackendId: jobId,
          finalized: false,
          createdAt: new Date().toISOString(),
          ...(typeof msg.version === 'number' ? { version: msg.version } : {}),
          ...(typeof msg.mime_type === 'string' ? { mimeType: msg.mime_type } : {}),
          ...(typeof msg.expires_at === 'string' ? { expiresAt: msg.expires_at } : {})
        }
        artifacts.push(artifact)
        const path = `${CONTAINER}${runId}/${artifact.id}/${encodeURIComponent(artifact.name)}.zip`
        blobs.set(path, { artifact })
        const expiry = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
        const query = new URLSearchParams({
          sv: '2023-11-03',
          se: expiry,
          sr: 'b',
          sp: 'cw',
          sig: signature
        })
        return [200, { ok: true, signed_upload_url: `${base}${path}?${query}` }]
      }
      case 'FinalizeArtifact': {
        const artifact = find()
        if (!artifact) return [404, { code: 'not_found', msg: 'artifact not found' }]
        artifact.finalized = true
        artifact.size = Number(msg.size ?? 0)
        if (typeof msg.hash === 'string') artifact.hash = msg.hash
        const blob = artifact.blob
        if (!blob) violations.push(`FinalizeArtifact ${artifact.name}: nothing was uploaded`)
        else {
          if (artifact.size !== blob.length) {
            violations.push(
              `FinalizeArtifact ${artifact.name}: size ${artifact.size} but ${blob.length} bytes uploaded`
            )
          }
          const digest = `sha256:${createHash('sha256').update(blob).digest('hex')}`
          if (artifact.hash !== undefined && artifact.hash !== digest) {
            violations.push(
              `FinalizeArtifact ${artifact.name}: hash ${artifact.hash} but uploaded ${digest}`
            )
          }
        }
        return [200, { ok: true, artifact_id: String(artifact.id) }]
      }
      case 'ListArtifacts': {
        const list = artifacts
          .filter((a) => a.finalized)
          .filter((a) => {
            const nameFilter = msg.name_filter
            const idFilter = msg.id_filter
            return (
              (nameFilter === undefined || a.name === nameFilter) &&
              (idFilter === undefined || String(a.id) === idFilter)
            )
          })
          .map((a) => ({
            workflow_run_backend_id: a.workflowRunBackendId,
            workflow_job_run_backend_id: a.workflowJobRunBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size ?? 0),
            created_at: a.createdAt
          }))
        return [200, { artifacts: list }]
      }
      default:
        violations.push(`unknown or unsupported method ${method}`)
        return [501, { code: 'unimplemented', msg: `${method} is not implemented here` }]
    }
  }

  const blob = (
    req: IncomingMessage,
    url: URL,
    body: Buffer
  ): [number, string, Record<string, string>] => {
    const target = blobs.get(url.pathname)
    if (!target) {
      violations.push(`blob ${req.method} ${url.pathname}: not a signed upload URL`)
      return [404, azureError('BlobNotFound'), {}]
    }
    if (url.searchParams.get('sig') !== signature) {
      violations.push(`blob ${req.method} ${url.pathname}: bad signature`)
      return [403, azureError('AuthenticationFailed'), {}]
    }
    if (req.method !== 'PUT') {
      violations.push(`blob ${req.method} ${url.pathname}: only PUT is expected`)
      return [405, azureError('UnsupportedHttpVerb'), {}]
    }
    const comp = url.searchParams.get('comp')
    const blocks = staged.get(url.pathname) ?? new Map<string, Buffer>()
    staged.set(url.pathname, blocks)
    const etag = `"0x${randomBytes(8).toString('hex').toUpperCase()}"`
    if (comp === 'block') {
      const id = url.searchParams.get('blockid')
      if (!id) return [400, azureError('InvalidQueryParameterValue'), {}]
      calls.push('PutBlock')
      blocks.set(id, body)
      return [201, '', { 'x-ms-request-server-encrypted': 'true' }]
    }
    if (comp === 'blocklist') {
      calls.push('PutBlockList')
      const ids = [
        ...body.toString('utf8').matchAll(/<(Latest|Committed|Uncommitted)>([^<]*)<\/\1>/g)
      ].map((m) => m[2] ?? '')
      const missing = ids.filter((id) => !blocks.has(id))
      if (missing.length > 0) {
        violations.push(`PutBlockList ${url.pathname}: unknown blocks ${missing.join(', ')}`)
        return [400, azureError('InvalidBlockList'), {}]
      }
      target.artifact.blob = Buffer.concat(ids.map((id) => blocks.get(id) ?? Buffer.alloc(0)))
      const type = req.headers['x-ms-blob-content-type']
      if (typeof type === 'string') target.artifact.blobContentType = type
      staged.delete(url.pathname)
      return [
        201,
        '',
        { etag, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' }
      ]
    }
    if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      calls.push('PutBlob')
      target.artifact.blob = body
      const type = req.headers['x-ms-blob-content-type']
      if (typeof type === 'string') target.artifact.blobContentType = type
      return [
        201,
        '',
        { etag, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' }
      ]
    }
    violations.push(`blob PUT ${url.pathname}: unexpected comp=${String(comp)}`)
    return [400, azureError('InvalidQueryParameterValue'), {}]
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('error', () => res.destroy())
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', base)
      try {
        if (url.pathname.startsWith(SERVICE) && req.method === 'POST') {
          const method = url.pathname.slice(SERVICE.length)
          calls.push(method)
          const [status, reply] = twirp(method, req, body)
          sendJson(res, status, reply)
        } else if (url.pathname.startsWith(CONTAINER)) {
          const [status, text, headers] = blob(req, url, body)
          sendBlob(res, status, text, headers)
        } else {
          violations.push(`unexpected ${req.method ?? '?'} ${url.pathname}`)
          sendJson(res, 404, { code: 'bad_route', msg: `no handler for ${url.pathname}` })
        }
      } catch (error) {
        violations.push(`server error: ${String(error)}`)
        sendJson(res, 500, { code: 'internal', msg: String(error) })
      }
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${base}/` },
    workflowRunBackendId: runId,
    workflowJobRunBackendId: jobId,
    artifacts,
    violations,
    calls,
    files(name: string): Map<string, Buffer> {
      const artifact = artifacts.find((a) => a.name === name)
      if (!artifact?.finalized || !artifact.blob)
        throw new Error(`no finalized artifact named ${name}`)
      const entries = unzipSync(new Uint8Array(artifact.blob))
      const out = new Map<string, Buffer>()
      for (const [path, data] of Object.entries(entries)) {
        // Directory entries end with `/` and carry no data.
        if (!path.endsWith('/')) out.set(path, Buffer.from(data))
      }
      return out
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

function azureError(code: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function sendBlob(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string>
): void {
  res.writeHead(status, {
    'x-ms-request-id': randomUUID(),
    'x-ms-version': '2023-11-03',
    date: new Date().toUTCString(),
    ...(text ? { 'content-type': 'application/xml' } : {}),
    ...headers
  })
  res.end(text)
}
