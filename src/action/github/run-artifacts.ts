/**
 * The shard artifacts of this workflow run, through the REST API: list the run's artifacts
 * (GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts), download each matching one as a zip
 * (GET .../actions/artifacts/{id}/zip, a redirect to storage) and unpack it into a directory of its
 * own. Needs `actions: read`. Nothing here throws: what could not be fetched is logged and left
 * out, and the merge then says which shard is missing.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, normalize, sep } from 'node:path'
import { unzipSync } from 'fflate'
import type { Logger } from '../../engine/logger.ts'
import { createGitHubClient, errorMessage } from './octokit.ts'

/** Bounds: pages of 100 artifacts listed, a zip's size, what one zip may unpack to. */
const MAX_PAGES = 10
const MAX_ZIP_BYTES = 512 * 1024 * 1024
const MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024
const MAX_ENTRIES = 20_000
const REQUEST_TIMEOUT_MS = 120_000

export interface RunArtifactsParams {
  token: string
  apiUrl?: string
  owner: string
  repo: string
  runId: number
  /** Which artifacts to fetch, by name. */
  select: (name: string) => boolean
  /** Each artifact is unpacked into `<into>/<artifact name>`. */
  into: string
  logger: Logger
}

export interface FetchedArtifact {
  name: string
  /** The directory it was unpacked into (created even when the download failed). */
  dir: string
  /** Why it could not be downloaded or unpacked. */
  problem?: string
}

interface ListedArtifact {
  id: number
  name: string
  size_in_bytes: number
  expired: boolean
  created_at: string | null
}

/** The newest artifact of each selected name (a re-run job may leave an older one). */
function newestByName(listed: readonly ListedArtifact[]): ListedArtifact[] {
  const byName = new Map<string, ListedArtifact>()
  for (const a of listed) {
    const seen = byName.get(a.name)
    if (!seen || a.id > seen.id) byName.set(a.name, a)
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
}

/** A zip entry's path, when it stays inside the directory (no `..`, no absolute path). */
function safeEntryPath(dir: string, entry: string): string | undefined {
  const path = normalize(entry)
  if (isAbsolute(path) || path === '..' || path.startsWith(`..${sep}`)) return undefined
  return join(dir, path)
}

async function unpack(zip: Uint8Array, dir: string, logger: Logger): Promise<void> {
  let entries = 0
  let bytes = 0
  const files = unzipSync(zip, {
    filter: (file) => {
      entries += 1
      bytes += file.originalSize
      return entries <= MAX_ENTRIES && bytes <= MAX_UNPACKED_BYTES
    }
  })
  if (entries > MAX_ENTRIES || bytes > MAX_UNPACKED_BYTES) {
    throw new Error(`it unpacks to more than ${MAX_ENTRIES} files or ${MAX_UNPACKED_BYTES} bytes`)
  }
  for (const [entry, data] of Object.entries(files)) {
    if (entry.endsWith('/')) continue
    const path = safeEntryPath(dir, entry)
    if (!path) {
      logger.warning(
        `artifact entry ${JSON.stringify(entry)} points outside its directory; left out`
      )
      continue
    }
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, data)
  }
}

export async function downloadRunArtifacts(params: RunArtifactsParams): Promise<FetchedArtifact[]> {
  const { logger } = params
  const client = createGitHubClient(params.token, params.apiUrl)
  const repo = { owner: params.owner, repo: params.repo }
  const listed: ListedArtifact[] = []
  try {
    let pages = 0
    for await (const page of client.paginate.iterator(
      client.rest.actions.listWorkflowRunArtifacts,
      {
        ...repo,
        run_id: params.runId,
        per_page: 100,
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
      }
    )) {
      listed.push(...page.data)
      if (++pages >= MAX_PAGES) break
    }
  } catch (error) {
    logger.error(
      `Could not list the artifacts of run ${params.runId} (the token needs actions: read): ${errorMessage(error)}`
    )
    return []
  }
  const wanted = newestByName(listed.filter((a) => params.select(a.name)))
  const fetched: FetchedArtifact[] = []
  for (const artifact of wanted) {
    const dir = join(params.into, artifact.name)
    await mkdir(dir, { recursive: true })
    try {
      if (artifact.expired) throw new Error('it has expired')
      if (artifact.size_in_bytes > MAX_ZIP_BYTES) {
        throw new Error(`it is ${artifact.size_in_bytes} bytes, more than ${MAX_ZIP_BYTES}`)
      }
      const response = await client.rest.actions.downloadArtifact({
        ...repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
      })
      await unpack(new Uint8Array(response.data as ArrayBuffer), dir, logger)
      logger.info(`Downloaded artifact ${artifact.name}`)
      fetched.push({ name: artifact.name, dir })
    } catch (error) {
      const problem = `could not download artifact ${artifact.name}: ${errorMessage(error)}`
      logger.error(problem)
      fetched.push({ name: artifact.name, dir, problem })
    }
  }
  return fetched
}
