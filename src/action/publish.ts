/** Publishing a run to GitHub: the pull request comment, the check runs and the artifact. */
import * as core from '@actions/core'
import { errorMessage } from '../engine/errors.ts'
import type { SummaryInput } from '../reporters/format.ts'
import type { ReportLinks } from '../reporters/links.ts'
import { renderMarkdownReport } from '../reporters/markdown.ts'
import { artifactFiles } from './artifact-files.ts'
import { Outputs } from './constants.ts'
import { pullRequestNumber, readEvent, repository, runUrl, wantsComment } from './event.ts'
import type { ActionInputs } from './inputs.ts'
import type { ActionLogger } from './logger.ts'
import { saveState } from './state.ts'
import { forDisplay } from './summary.ts'

/** Resolves to `fallback` when `work` takes longer than `ms` (the work itself keeps going). */
async function within<T>(ms: number | undefined, work: Promise<T>, fallback: T): Promise<T> {
  if (ms === undefined) return work
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<T>((done) => {
    timer = setTimeout(() => done(fallback), ms)
    timer.unref()
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

export interface PublishParams {
  inputs: ActionInputs
  summary: SummaryInput
  runId: string
  journalDir: string
  logger: ActionLogger
  /** Set after a cancellation: each network call gets this long, and the upload is left to post. */
  budgetMs: number | undefined
  /** Whether some experiment did not pass (the `on-failure` comment policy). */
  failed: boolean
  /** Links in the comment and check runs (experiment files on the commit, the run's artifact). */
  links?: ReportLinks
}

/** Comment, check runs and artifact, each on its own: one failing never stops the others. */
export async function publishToGitHub(params: PublishParams): Promise<void> {
  const { inputs, summary, logger, budgetMs } = params
  // What the GitHub clients warn about (a fork's read-only token...) is for the user to see.
  const annotating = logger.annotating()
  const repo = repository()
  const event = readEvent()
  const eventName = process.env.GITHUB_EVENT_NAME ?? ''
  const token = inputs.githubToken
  const apiUrl = process.env.GITHUB_API_URL
  const link = runUrl()
  const jobKey = [
    process.env.GITHUB_JOB ?? 'job',
    inputs.shard ? `shard ${inputs.shard.index}/${inputs.shard.total}` : ''
  ]
    .filter(Boolean)
    .join(' ')

  const pr = pullRequestNumber(event)
  if (wantsComment(inputs.comment, params.failed, eventName)) {
    if (!repo || pr === undefined) {
      logger.info(`No pull request comment: this ${eventName || 'run'} is not about a pull request`)
      saveState.done('CommentDone')
    } else if (!token) {
      logger.annotate('warning', `No pull request comment: input 'github-token' is empty`)
      saveState.done('CommentDone')
    } else {
      try {
        // The GitHub clients load only when there is something to send (start-up stays fast).
        const { COMMENT_BODY_LIMIT, commentMarker, upsertStickyComment } =
          await import('./github/comment.ts')
        const footer = link
          ? `\n\n<sub>[Workflow run](${link}) · journals in the \`${inputs.artifactName || 'journal dir'}\` artifact</sub>\n`
          : ''
        const body =
          renderMarkdownReport(forDisplay(summary), {
            maxBytes: COMMENT_BODY_LIMIT - 2_000,
            ...(params.links ? { links: params.links } : {})
          }) + footer
        const result = await within(
          budgetMs,
          upsertStickyComment({
            token,
            ...(apiUrl ? { apiUrl } : {}),
            ...repo,
            issueNumber: pr,
            marker: commentMarker(
              process.env.GITHUB_WORKFLOW ?? 'workflow',
              jobKey,
              process.env.GITHUB_ACTION ?? ''
            ),
            body,
            logger: annotating
          }),
          undefined
        )
        if (result?.url) core.setOutput(Outputs.CommentUrl, result.url)
        if (result) saveState.done('CommentDone')
        else logger.annotate('warning', 'The pull request comment did not finish in time')
      } catch (error) {
        logger.annotate('warning', `Could not comment on the pull request: ${errorMessage(error)}`)
      }
    }
  }

  if (inputs.checkRuns && repo) {
    try {
      const { createCheckRuns } = await import('./github/checks.ts')
      const headSha = event.pull_request?.head?.sha ?? process.env.GITHUB_SHA ?? ''
      const result = await within(
        budgetMs,
        createCheckRuns({
          token,
          ...(apiUrl ? { apiUrl } : {}),
          ...repo,
          headSha,
          results: summary.results,
          summaryMarkdown: renderMarkdownReport(
            forDisplay(summary),
            params.links ? { links: params.links } : {}
          ),
          ...(link ? { detailsUrl: link } : {}),
          logger: annotating
        }),
        undefined
      )
      if (result) saveState.done('CheckRunsDone')
    } catch (error) {
      logger.annotate('warning', `Could not create the check runs: ${errorMessage(error)}`)
    }
  }

  if (inputs.artifactName && budgetMs === undefined) {
    await uploadJournals(inputs, params.journalDir, logger)
  }
}

/** Uploads the journal dir as the run artifact; shared by main and post. */
export async function uploadJournals(
  inputs: Pick<ActionInputs, 'artifactName' | 'junitPath'>,
  journalDir: string,
  logger: ActionLogger
): Promise<boolean> {
  const { root, files } = await artifactFiles(journalDir, inputs.junitPath)
  const { uploadRunArtifact } = await import('./github/artifact.ts')
  const uploaded = await uploadRunArtifact({
    name: inputs.artifactName,
    rootDirectory: root,
    files,
    logger: logger.annotating()
  })
  if (uploaded.url) core.setOutput(Outputs.ArtifactUrl, uploaded.url)
  if (uploaded.id !== undefined) {
    saveState.done('UploadDone')
    return true
  }
  return false
}
