/**
 * The run artifact: journals and reports, zipped and uploaded with @actions/artifact so a PR comment
 * or check run can link to the full evidence.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Logger } from '../../engine/logger.ts'

// Refused by the artifact service in names (NTFS limits); `/` and `\` only in names, not paths.
const BAD_PATH_CHARS = /[":<>|*?\r\n]/
const BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/g

/** `name` with the characters the artifact service refuses replaced by `-`. */
export function safeArtifactName(name: string): string {
  return name.replace(BAD_NAME_CHARS, '-').trim() || 'chaos-results'
}

/**
 * The web URL of an uploaded artifact:
 * `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`.
 */
export function artifactUrl(id: number, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const repository = env.GITHUB_REPOSITORY
  const runId = env.GITHUB_RUN_ID
  if (!repository || !runId) return undefined
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`
}

export interface UploadArtifactParams {
  /** Artifact name; characters the service refuses are replaced (see `safeArtifactName`). */
  name: string
  /** Common parent of `files`: stripped from the paths inside the zip. */
  rootDirectory: string
  /** Files to upload, absolute or relative to `rootDirectory`; missing ones are skipped. */
  files: readonly string[]
  logger: Logger
  /** Days to keep it; capped by the repository's setting. Default: the repository's. */
  retentionDays?: number
}

export interface UploadedArtifact {
  id?: number
  /** Bytes uploaded (the zip). */
  size?: number
  /** The artifact's page, when GITHUB_REPOSITORY and GITHUB_RUN_ID are known. */
  url?: string
  /** sha256 of the zip, hex. */
  digest?: string
}

/**
 * Zips `files` into the artifact `name` of this workflow run.
 *
 * Needs what a runner gives a JavaScript action: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL
 * (and GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_SERVER_URL for the URL). Evidence is a side
 * product of the verdict, so nothing here throws: without those variables, on GHES, or when the
 * upload fails it logs a warning and returns `{}`.
 */
export async function uploadRunArtifact(params: UploadArtifactParams): Promise<UploadedArtifact> {
  const { logger } = params
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    logger.warning(
      'Artifact upload skipped: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not running on a GitHub Actions runner)'
    )
    return {}
  }
  const root = resolve(params.rootDirectory)
  const files: string[] = []
  for (const file of params.files) {
    const path = resolve(root, file)
    if (!existsSync(path)) {
      logger.warning(`Artifact: ${file} does not exist; left out`)
    } else if (BAD_PATH_CHARS.test(path.slice(root.length))) {
      logger.warning(`Artifact: ${file} has a character artifacts refuse (" : < > | * ?); left out`)
    } else {
      files.push(path)
    }
  }
  if (files.length === 0) {
    logger.warning('Artifact upload skipped: no files to upload')
    return {}
  }
  const name = safeArtifactName(params.name)
  if (name !== params.name)
    logger.debug(`Artifact name ${JSON.stringify(params.name)} uploaded as ${JSON.stringify(name)}`)
  try {
    // Loaded on use: the artifact client pulls in the Azure SDK, which most runs never need.
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    const uploaded = await client.uploadArtifact(name, files, root, {
      ...(params.retentionDays ? { retentionDays: params.retentionDays } : {})
    })
    const url = uploaded.id === undefined ? undefined : artifactUrl(uploaded.id)
    logger.info(`Uploaded artifact ${name} (${uploaded.size ?? '?'} bytes)${url ? `: ${url}` : ''}`)
    return {
      ...(uploaded.id !== undefined ? { id: uploaded.id } : {}),
      ...(uploaded.size !== undefined ? { size: uploaded.size } : {}),
      ...(uploaded.digest ? { digest: uploaded.digest } : {}),
      ...(url ? { url } : {})
    }
  } catch (error) {
    logger.warning(
      `Artifact upload failed: ${error instanceof Error ? error.message : String(error)}`
    )
    return {}
  }
}
