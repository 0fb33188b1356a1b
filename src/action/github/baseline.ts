/**
 * The baseline of a pull request's run: the summary.json of the latest completed run of the same
 * workflow on the base branch, out of its artifact. REST only (the token needs `actions: read`):
 *
 *   GET /repos/{o}/{r}/actions/runs/{this run}                   -> the workflow's id
 *   GET /repos/{o}/{r}/actions/workflows/{id}/runs?branch=&status=completed
 *   GET /repos/{o}/{r}/actions/runs/{run}/artifacts              -> `artifact-name` (or its shards,
 *                                                                   `artifact-name-…`)
 *   GET /repos/{o}/{r}/actions/artifacts/{id}/zip                -> a redirect to the zip
 *
 * Only summary.json files leave the zip, each bounded. Nothing here throws: whatever goes wrong
 * is a note (no baseline), never a failure of the step.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Logger } from '../../engine/logger.ts'
import { createGitHubClient, errorMessage, httpStatus, type GitHubClient } from './octokit.ts'

const SUMMARY = 'summary.json'
/** Base runs looked at (newest first) for one that kept its artifact. */
const MAX_RUNS = 5
/** Artifacts read from that run (one per shard). */
const MAX_ARTIFACTS = 16
/** A zip bigger than this is not downloaded (journals can be big; the summary is not). */
const MAX_ZIP_BYTES = 200 * 1024 * 1024
const MAX_SUMMARY_BYTES = 32 * 1024 * 1024
const DEFAULT_BUDGET_MS = 60_000
const NON_BASE_EVENTS = new Set(['pull_request', 'pull_request_target'])

export interface FetchBaselineParams {
  token: string
  apiUrl?: string
  owner: string
  repo: string
  /** This run (GITHUB_RUN_ID): names the workflow, and is never its own baseline. */
  runId: number
  /** The pull request's base branch. */
  baseBranch: string
  /** The artifact the base run uploaded (`artifact-name`); `name-…` shards count too. */
  artifactName: string
  /** Where the summaries go: `<destination>/<artifact id>/summary.json`. */
  destination: string
  logger: Logger
  /** The whole search's time limit. */
  budgetMs?: number
}

export type FetchedBaseline = { path: string; source: string; sourceUrl: string } | { note: string }

interface BaseRun {
  id: number
  run_number: number
  html_url: string
  head_sha: string
  event: string
}

function matchesArtifact(name: string, wanted: string): boolean {
  return name === wanted || name.startsWith(`${wanted}-`)
}

/** The base branch's completed runs of this workflow, newest first (not this run, not PRs'). */
async function baseRuns(
  octokit: GitHubClient,
  params: FetchBaselineParams,
  signal: AbortSignal
): Promise<BaseRun[]> {
  const { owner, repo } = params
  const { data: run } = await octokit.rest.actions.getWorkflowRun({
    owner,
    repo,
    run_id: params.runId,
    request: { signal }
  })
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: run.workflow_id,
    branch: params.baseBranch,
    status: 'completed',
    per_page: 20,
    request: { signal }
  })
  return data.workflow_runs
    .filter((r) => r.id !== params.runId && !NON_BASE_EVENTS.has(r.event))
    .slice(0, MAX_RUNS)
}

/** The summary.json files of one artifact zip, bounded. */
function summariesIn(zip: Uint8Array): Uint8Array[] {
  const files = unzipSync(zip, {
    filter: (f) =>
      (f.name === SUMMARY || f.name.endsWith(`/${SUMMARY}`)) && f.originalSize <= MAX_SUMMARY_BYTES
  })
  return Object.keys(files)
    .sort()
    .map((name) => files[name]!)
}

async function downloadSummaries(
  octokit: GitHubClient,
  params: FetchBaselineParams,
  run: BaseRun,
  signal: AbortSignal
): Promise<number | undefined> {
  const { owner, repo } = params
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: run.id,
    per_page: 100,
    request: { signal }
  })
  const artifacts = data.artifacts
    .filter((a) => !a.expired && matchesArtifact(a.name, params.artifactName))
    .filter((a) => a.size_in_bytes <= MAX_ZIP_BYTES)
    .slice(0, MAX_ARTIFACTS)
  if (artifacts.length === 0) return undefined
  let found = 0
  for (const artifact of artifacts) {
    const response = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: 'zip',
      request: { signal }
    })
    const zip = new Uint8Array(response.data as ArrayBuffer)
    if (zip.byteLength > MAX_ZIP_BYTES) continue
    for (const [i, summary] of summariesIn(zip).entries()) {
      const dir = join(params.destination, `${artifact.id}-${i}`)
      await mkdir(dir, { recursive: true })
      await writeFile(join(dir, SUMMARY), summary)
      found++
    }
  }
  return found
}

function failureNote(error: unknown): string {
  const status = httpStatus(error)
  if (status === 401 || status === 403)
    return `no baseline: the token may not read Actions runs (give the job \`actions: read\`): ${errorMessage(error)}`
  return `no baseline: could not read the base branch's runs: ${errorMessage(error)}`
}

export async function fetchBaseline(params: FetchBaselineParams): Promise<FetchedBaseline> {
  const signal = AbortSignal.timeout(params.budgetMs ?? DEFAULT_BUDGET_MS)
  const octokit = createGitHubClient(params.token, params.apiUrl)
  try {
    const runs = await baseRuns(octokit, params, signal)
    if (runs.length === 0)
      return { note: `no baseline: no completed run of this workflow on ${params.baseBranch}` }
    for (const run of runs) {
      const found = await downloadSummaries(octokit, params, run, signal)
      if (found === undefined) continue
      if (found === 0)
        return { note: `no baseline: the artifact of run ${run.html_url} holds no ${SUMMARY}` }
      params.logger.info(`baseline: ${params.baseBranch} run ${run.html_url} (${found} summary)`)
      return {
        path: params.destination,
        source: `${params.baseBranch} at ${run.head_sha.slice(0, 7)}, run ${run.run_number}`,
        sourceUrl: run.html_url
      }
    }
    return {
      note: `no baseline: the last runs on ${params.baseBranch} kept no \`${params.artifactName}\` artifact`
    }
  } catch (error) {
    return { note: failureNote(error) }
  }
}
