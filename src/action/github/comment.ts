/**
 * The sticky pull-request comment: one comment per workflow step, found again on every run by a
 * hidden marker and edited in place, so a PR that is pushed to ten times has one report, not ten.
 */
import type { Logger } from '../../engine/logger.ts'
import { createGitHubClient, errorMessage, httpStatus } from './octokit.ts'

/** GitHub rejects issue comments longer than this many characters. */
export const COMMENT_BODY_LIMIT = 65536

/** Upper bound on comment pages read (100 comments each) while looking for the marker. */
const MAX_COMMENT_PAGES = 100

/**
 * The hidden marker that identifies this step's comment:
 * `<!-- chaos-action:<workflow>/<job>/<step> -->`. The step is GITHUB_ACTION (the step's `id`, or
 * the runner's `__owner_repo`, `__owner_repo_2`... for each use without one), so two uses of the
 * action in one job keep two comments. Characters that would end the HTML comment early (`--`,
 * `>`) or break the line are replaced. Matrix legs share a job id: include the matrix values in
 * `job` to keep one comment per leg.
 */
export function commentMarker(workflow: string, job: string, step: string): string {
  const clean = (s: string): string =>
    s
      .replace(/[\r\n]+/g, ' ')
      .replace(/-{2,}/g, '-')
      .replace(/>/g, '')
      .trim()
  const key = [workflow, job, ...(step ? [step] : [])].map(clean).join('/')
  return `<!-- chaos-action:${key} -->`
}

/** The comment fields the search reads (a subset of what GitHub lists). */
interface ListedComment {
  id: number
  body?: string | undefined
  user?: { type?: string | undefined } | null | undefined
}

/**
 * Whether `comment` is this step's report: written by a bot (the GITHUB_TOKEN's
 * `github-actions[bot]`, or an app's) and starting with the marker. A person's comment that
 * quotes the marker, or has it anywhere but at the start, is never ours, so it is never edited.
 */
export function isOurComment(comment: ListedComment, marker: string): boolean {
  return comment.user?.type === 'Bot' && (comment.body ?? '').startsWith(marker)
}

/**
 * Bounds `body` to `max` characters (UTF-16 code units, which never undercounts GitHub's limit).
 * When it must cut, it cuts at a line end where it can, closes a code fence or `<details>` the cut
 * left open, and appends a note pointing at `artifactUrl` (the full report) when there is one.
 */
export function truncateBody(
  body: string,
  max: number = COMMENT_BODY_LIMIT,
  artifactUrl?: string
): string {
  if (body.length <= max) return body
  const where = artifactUrl ? `the [run artifact](${artifactUrl})` : 'the run artifact'
  const note = `\n\n> [!NOTE]\n> This report was cut to fit GitHub's limit of ${max} characters. The full report is in ${where}.\n`
  if (note.length >= max) return safeSlice(body, max)
  let budget = max - note.length
  // Closing what the cut leaves open costs characters too; a few rounds settle it.
  for (let round = 0; round < 10; round++) {
    let cut = safeSlice(body, budget)
    const newline = cut.lastIndexOf('\n')
    if (newline > budget / 2) cut = cut.slice(0, newline)
    const closers = closeOpenBlocks(cut)
    const text = `${cut}${closers}${note}`
    if (text.length <= max) return text
    // From the cut's own length: the line-end snap may already have given back some room.
    budget = cut.length - (text.length - max)
  }
  return safeSlice(body, max - note.length) + note
}

/** The first `n` code units of `text`, never splitting a surrogate pair. */
function safeSlice(text: string, n: number): string {
  if (n <= 0) return ''
  const code = text.charCodeAt(n - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n)
}

/** What to append so a cut markdown text doesn't swallow the note into a code block or fold. */
function closeOpenBlocks(text: string): string {
  let fence: string | undefined
  let details = 0
  for (const line of text.split('\n')) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    if (m?.[1]) {
      if (fence === undefined) fence = m[1]
      else if (m[1].startsWith(fence[0] ?? '`') && m[1].length >= fence.length) fence = undefined
      continue
    }
    if (fence !== undefined) continue
    details += (line.match(/<details[\s>]/gi) ?? []).length
    details -= (line.match(/<\/details>/gi) ?? []).length
  }
  let out = fence !== undefined ? `\n${fence}` : ''
  for (let i = 0; i < Math.min(Math.max(details, 0), 10); i++) out += '\n</details>'
  return out
}

export interface StickyCommentParams {
  /** GITHUB_TOKEN or a PAT; empty means no comment (skipped with a warning). */
  token: string
  /** GITHUB_API_URL (https://api.github.com, GHES's /api/v3, or a test server). */
  apiUrl?: string
  owner: string
  repo: string
  /** The pull request (or issue) number. */
  issueNumber: number
  /** From `commentMarker(workflow, job)`; put on the comment's first line. */
  marker: string
  /** Markdown; bounded to GitHub's limit here (see `truncateBody`). */
  body: string
  logger: Logger
  /** Where the full report is, for the note added when the body is cut. */
  artifactUrl?: string
  /** Defaults to GitHub's 65536. */
  maxLength?: number
}

export interface StickyCommentResult {
  /** The comment's html_url. */
  url?: string
  id?: number
  action: 'created' | 'updated' | 'skipped'
  /** Why it was skipped. */
  reason?: string
}

/**
 * Creates this step's comment on the PR, or edits it if one exists: a bot's comment starting with
 * `marker` (every page of the PR's comments is searched, up to 10,000 comments). A comment that
 * is ours by those rules but cannot be edited (403) is left alone and a new one is written.
 *
 * Never throws for lack of permission: a fork PR's read-only token (403), a bad token (401) or a
 * repository the token can't see (404) log a warning and return `{ action: 'skipped', reason }`.
 * Other failures (5xx, network) throw.
 */
export async function upsertStickyComment(
  params: StickyCommentParams
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, marker, logger } = params
  const skip = (reason: string): StickyCommentResult => {
    logger.warning(`Pull request comment skipped: ${reason}`)
    return { action: 'skipped', reason }
  }
  if (!params.token) return skip('no GitHub token was given')
  const max = params.maxLength ?? COMMENT_BODY_LIMIT
  const text = params.body.startsWith(marker)
    ? truncateBody(params.body, max, params.artifactUrl)
    : `${marker}\n${truncateBody(params.body, max - marker.length - 1, params.artifactUrl)}`
  const octokit = createGitHubClient(params.token, params.apiUrl)
  const where = `${owner}/${repo}#${issueNumber}`
  let phase: 'list' | 'update' | 'create' = 'list'

  try {
    let existing: { id: number; html_url: string } | undefined
    let pages = 0
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100
    })) {
      existing = page.data.find((c) => isOurComment(c, marker))
      if (existing || ++pages >= MAX_COMMENT_PAGES) break
    }
    if (existing) {
      phase = 'update'
      try {
        const { data } = await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: existing.id,
          body: text
        })
        logger.info(`Updated the chaos report comment on ${where}: ${data.html_url}`)
        return { action: 'updated', url: data.html_url, id: data.id }
      } catch (error) {
        if (httpStatus(error) !== 403) throw error
        // Another app's comment, or a token that may not edit: leave it, never call it a fork.
        logger.warning(
          `The chaos report comment ${existing.html_url} could not be edited (403 ` +
            `${errorMessage(error)}); leaving it alone and writing a new one`
        )
      }
    }
    phase = 'create'
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: text
    })
    logger.info(`Commented the chaos report on ${where}: ${data.html_url}`)
    return { action: 'created', url: data.html_url, id: data.id }
  } catch (error) {
    const status = httpStatus(error)
    if (status === 401 || status === 403 || status === 404) {
      return skip(`${permissionAdvice(status, phase)}: ${status} ${errorMessage(error)}`)
    }
    throw new Error(`Could not comment on ${where}: ${errorMessage(error)}`, { cause: error })
  }
}

/** Why a request was refused, in the words that fit what was being done. */
function permissionAdvice(status: 401 | 403 | 404, phase: 'list' | 'update' | 'create'): string {
  if (status === 401) return 'the token was refused'
  if (status === 404) return 'the token cannot see this repository or pull request'
  if (phase === 'create') {
    return (
      'the token may not write to this pull request (a fork PR gets a read-only GITHUB_TOKEN; ' +
      'otherwise grant `pull-requests: write`)'
    )
  }
  return phase === 'list'
    ? 'the token may not read the comments of this pull request (grant `pull-requests: read`)'
    : 'the token may not edit the existing report comment'
}
