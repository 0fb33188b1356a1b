/**
 * One check run per experiment, so branch protection can require a named experiment to pass and
 * the PR's checks list shows which experiment deviated.
 */
import type { Logger } from '../../engine/logger.ts'
import type { ExperimentResult, Verdict } from '../../engine/types.ts'
import { escapeMarkdown, oneLine, truncateText } from '../../reporters/escape.ts'
import { VERDICT_EMOJI, VERDICT_TEXT, formatDuration, steadyText } from '../../reporters/format.ts'
import { truncateBody } from './comment.ts'
import { createGitHubClient, errorMessage, httpStatus } from './octokit.ts'

/** GitHub's limit on a check run's output summary and text. */
export const CHECK_OUTPUT_LIMIT = 65535

export type CheckConclusion = 'success' | 'failure' | 'cancelled' | 'neutral' | 'skipped'

/**
 * Only `passed` succeeds. A deviated, unsteady or failed experiment fails the check, and so does
 * an aborted one (a control stopped it: nothing was proven). An interrupted run was cancelled.
 */
export const CHECK_CONCLUSION: Readonly<Record<Verdict, CheckConclusion>> = {
  passed: 'success',
  deviated: 'failure',
  'not-steady': 'failure',
  failed: 'failure',
  aborted: 'failure',
  interrupted: 'cancelled',
  inconclusive: 'failure',
  'dry-run': 'neutral',
  skipped: 'skipped'
}

// Names and titles are one line in GitHub's UI; long ones only push the verdict out of view.
const NAME_MAX = 120
const TITLE_MAX = 200
const FINDINGS_MAX = 50

export interface CheckRunsParams {
  /** GITHUB_TOKEN (needs `checks: write`) or a PAT; empty means no check runs (skipped). */
  token: string
  /** GITHUB_API_URL. */
  apiUrl?: string
  owner: string
  repo: string
  /** The commit to attach the runs to: on pull_request events the PR head (not GITHUB_SHA). */
  headSha: string
  results: readonly ExperimentResult[]
  /** The whole run's markdown table (the reporters' output): each run's output text. */
  summaryMarkdown: string
  /** Link shown as "Details" (the workflow run or the artifact). */
  detailsUrl?: string
  logger: Logger
}

export interface CreatedCheckRun {
  name: string
  conclusion: CheckConclusion
  id?: number
  /** The check run's html_url. */
  url?: string
}

export interface CheckRunsResult {
  created: CreatedCheckRun[]
  skipped: boolean
  reason?: string
}

/** `chaos: <title>`; titles that repeat get their file added so each run has its own name. */
export function checkRunNames(results: readonly ExperimentResult[]): string[] {
  const titles = results.map((r) => oneLine(r.title) || r.file)
  const count = new Map<string, number>()
  for (const t of titles) count.set(t, (count.get(t) ?? 0) + 1)
  return titles.map((t, i) => {
    const title = (count.get(t) ?? 0) > 1 ? `${t} (${results[i]?.file ?? i})` : t
    return truncateText(`chaos: ${title}`, NAME_MAX)
  })
}

/**
 * Creates one completed check run per result, one at a time (GitHub's advice against secondary
 * rate limits). A 401/403 (fork PR token, no `checks: write`) or 404 logs a warning and returns
 * `skipped` with what was created so far; other failures throw.
 */
export async function createCheckRuns(params: CheckRunsParams): Promise<CheckRunsResult> {
  const { owner, repo, logger } = params
  const created: CreatedCheckRun[] = []
  if (!params.token) {
    logger.warning('Check runs skipped: no GitHub token was given')
    return { created, skipped: true, reason: 'no GitHub token was given' }
  }
  const octokit = createGitHubClient(params.token, params.apiUrl)
  const names = checkRunNames(params.results)
  const text = truncateBody(params.summaryMarkdown, CHECK_OUTPUT_LIMIT, params.detailsUrl)

  for (const [i, result] of params.results.entries()) {
    const name = names[i] ?? `chaos: ${i + 1}`
    const conclusion = CHECK_CONCLUSION[result.verdict]
    const started = isoSeconds(result.journal?.start)
    const completed = isoSeconds(result.journal?.end)
    try {
      const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: params.headSha,
        status: 'completed',
        conclusion,
        ...(started ? { started_at: started } : {}),
        ...(completed ? { completed_at: completed } : {}),
        ...(params.detailsUrl ? { details_url: params.detailsUrl } : {}),
        external_id: result.file,
        output: {
          title: truncateText(
            `${VERDICT_TEXT[result.verdict]}: ${oneLine(result.reason)}`,
            TITLE_MAX
          ),
          summary: truncateBody(checkSummary(result), CHECK_OUTPUT_LIMIT, params.detailsUrl),
          ...(text ? { text } : {})
        }
      })
      created.push({ name, conclusion, id: data.id, url: data.html_url ?? undefined })
      logger.info(`Check run "${name}": ${conclusion}`)
    } catch (error) {
      const status = httpStatus(error)
      if (status === 401 || status === 403 || status === 404) {
        const reason =
          status === 403
            ? 'the token may not create check runs (a fork PR gets a read-only GITHUB_TOKEN; ' +
              `otherwise grant \`checks: write\`): ${status} ${errorMessage(error)}`
            : `${status} ${errorMessage(error)}`
        logger.warning(`Check runs skipped: ${reason}`)
        return { created, skipped: true, reason }
      }
      throw new Error(`Could not create check run "${name}": ${errorMessage(error)}`, {
        cause: error
      })
    }
  }
  return { created, skipped: false }
}

/** The markdown of one experiment's check: verdict, why, and the findings behind it. */
export function checkSummary(result: ExperimentResult): string {
  const lines = [
    `### ${VERDICT_EMOJI[result.verdict]} ${escapeMarkdown(VERDICT_TEXT[result.verdict])}: ${escapeMarkdown(result.title)}`,
    '',
    escapeMarkdown(result.reason),
    '',
    `- File: ${escapeMarkdown(result.file)}`,
    `- Duration: ${formatDuration(result.duration)}`,
    `- Steady state before: ${steadyText(result.steadyBefore)}; after: ${steadyText(result.steadyAfter)}`
  ]
  if (result.rollbacksRun.length > 0) {
    lines.push(`- Rollbacks run: ${result.rollbacksRun.map(escapeMarkdown).join(', ')}`)
  }
  if (result.findings.length > 0) {
    lines.push('', '#### Findings', '')
    for (const f of result.findings.slice(0, FINDINGS_MAX)) {
      const mark = f.met === undefined ? '' : f.met ? '✅ ' : '❌ '
      const at = f.location ? ` (${escapeMarkdown(`${f.location.file}:${f.location.line}`)})` : ''
      lines.push(
        `- ${mark}${f.phase} ${f.kind} ${escapeMarkdown(f.activity)}: ${escapeMarkdown(f.message)}${at}`
      )
    }
    if (result.findings.length > FINDINGS_MAX) {
      lines.push(`- …and ${result.findings.length - FINDINGS_MAX} more in the journal`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** A journal timestamp as GitHub wants it (`YYYY-MM-DDTHH:MM:SSZ`); naive times are UTC. */
function isoSeconds(value: string | undefined): string | undefined {
  if (!value) return undefined
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`
  const ms = Date.parse(zoned)
  if (Number.isNaN(ms)) return undefined
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
