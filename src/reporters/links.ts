/**
 * Links instead of paths: where a reader of a comment, a job summary or the HTML report can open
 * the experiment file (at its line, on the commit that ran), the journal and the HTML report.
 * Pure: callers pass what they know (the action reads it from the runner's environment).
 */
import { isAbsolute, relative, sep } from 'node:path'
import type { ExperimentResult } from '../engine/types.ts'

export interface ReportLinks {
  /** The experiment file (or a finding's file) at a line; undefined prints the path. */
  source?: (file: string, line?: number) => string | undefined
  /** Where a result's journal can be read (an artifact or file URL); undefined prints the path. */
  journal?: (result: ExperimentResult) => string | undefined
  /** The HTML report, named in the summary: its file name and, when known, a link to it. */
  htmlReport?: { name: string; href?: string; artifact?: string }
}

export interface GitHubLinkContext {
  /** GITHUB_SERVER_URL, e.g. https://github.com. */
  serverUrl?: string
  /** GITHUB_REPOSITORY, owner/name. */
  repository?: string
  /** The commit the experiments were read from (a pull request's head, else GITHUB_SHA). */
  sha?: string
  /** The workspace the experiment paths are relative to (GITHUB_WORKSPACE). */
  workspace?: string
  /** Where the journals can be fetched: the artifact's URL, else the run's. */
  artifactUrl?: string
  /** The artifact's name, for link text. */
  artifactName?: string
}

/** Repository-relative, `/`-separated; undefined for a file outside the workspace. */
function repoPath(file: string, workspace: string | undefined): string | undefined {
  const rel = isAbsolute(file) ? relative(workspace ?? '', file) : file
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/').replace(/^\.\//, '')
}

/** `https://github.com/o/r/blob/<sha>/<path>#L<line>`, segments percent-encoded. */
export function blobUrl(
  context: GitHubLinkContext,
  file: string,
  line?: number
): string | undefined {
  const { serverUrl, repository, sha } = context
  if (!serverUrl || !repository || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return undefined
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined
  const path = repoPath(file, context.workspace)
  if (!path) return undefined
  const encoded = path.split('/').map(encodeURIComponent).join('/')
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : ''
  return `${serverUrl.replace(/\/+$/, '')}/${repository}/blob/${sha}/${encoded}${anchor}`
}

/** Links for reports published from a GitHub workflow run; each part only when its facts are known. */
export function githubReportLinks(
  context: GitHubLinkContext,
  htmlReport?: ReportLinks['htmlReport']
): ReportLinks {
  return {
    source: (file, line) => blobUrl(context, file, line),
    ...(context.artifactUrl ? { journal: () => context.artifactUrl } : {}),
    ...(htmlReport ? { htmlReport } : {})
  }
}
