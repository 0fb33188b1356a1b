import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import type { ExperimentResult, Verdict } from '../engine/types.ts'
import type { SummaryInput } from '../reporters/format.ts'
import type { ReportLinks } from '../reporters/links.ts'
import { renderMarkdownReport } from '../reporters/markdown.ts'
import { Outputs, PULL_REQUEST_EVENTS, type CommentPolicy, type FailOn } from './constants.ts'
import type { ActionInputs } from './inputs.ts'
import type { ActionLogger } from './logger.ts'
import { saveState } from './state.ts'
import { forDisplay } from './summary.ts'

/** Order of the `verdict` output when experiments disagree: the first present wins. */
const VERDICT_ORDER: readonly Verdict[] = [
  'failed',
  'aborted',
  'interrupted',
  'deviated',
  'not-steady',
  'passed'
]

/** `passed` when all passed, else the worst verdict; `none` when nothing ran. */
export function overallVerdict(results: readonly ExperimentResult[]): Verdict | 'none' {
  if (results.length === 0) return 'none'
  for (const v of VERDICT_ORDER) if (results.some((r) => r.verdict === v)) return v
  return 'passed'
}

/** Whether these results fail the step under `failOn`. */
export function failsStep(results: readonly ExperimentResult[], failOn: FailOn): boolean {
  switch (failOn) {
    case 'never':
      return false
    case 'deviated':
      return results.some((r) => r.verdict === 'deviated')
    case 'not-passed':
      return results.some((r) => r.verdict !== 'passed')
  }
}

export interface OutputValues {
  verdict: string
  passed: number
  notPassed: number
  summaryJson: string
  journalsDir: string
  reportPath: string
}

export function setOutputs(values: OutputValues): void {
  core.setOutput(Outputs.Verdict, values.verdict)
  core.setOutput(Outputs.Passed, String(values.passed))
  core.setOutput(Outputs.NotPassed, String(values.notPassed))
  core.setOutput(Outputs.SummaryJson, values.summaryJson)
  core.setOutput(Outputs.JournalsDir, values.journalsDir)
  core.setOutput(Outputs.ReportPath, values.reportPath)
}

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } }
  issue?: { number?: number; pull_request?: unknown }
}

function readEvent(): EventPayload {
  const path = process.env.GITHUB_EVENT_PATH
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch {
    return {}
  }
}

/** The pull request this run belongs to, if any. */
export function pullRequestNumber(event: EventPayload = readEvent()): number | undefined {
  if (typeof event.pull_request?.number === 'number') return event.pull_request.number
  // issue_comment on a pull request (e.g. a "/chaos" command workflow)
  if (event.issue?.pull_request && typeof event.issue.number === 'number') return event.issue.number
  return undefined
}

/** The pull request's head commit, when the run is about one (GITHUB_SHA is then a merge). */
export function pullRequestHeadSha(event: EventPayload = readEvent()): string | undefined {
  return event.pull_request?.head?.sha
}

/** Whether the comment policy asks for a comment on this run. */
export function wantsComment(policy: CommentPolicy, failed: boolean, eventName: string): boolean {
  switch (policy) {
    case 'never':
      return false
    case 'auto':
      return (PULL_REQUEST_EVENTS as readonly string[]).includes(eventName)
    case 'always':
      return true
    case 'on-failure':
      return failed
  }
}

function repository(): { owner: string; repo: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo ? { owner, repo } : undefined
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env
  return repo && id
    ? `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`
    : undefined
}

/** Every file under `dir` (the journals, reports and log), relative paths, bounded walk. */
export async function filesUnder(dir: string, limit = 10_000): Promise<string[]> {
  const out: string[] = []
  const walk = async (current: string, depth: number): Promise<void> => {
    if (depth > 16 || out.length >= limit) return
    const entries = await readdir(current, { withFileTypes: true }).catch(() => [])
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(current, e.name)
      if (e.isDirectory()) await walk(path, depth + 1)
      else if (e.isFile() && out.length < limit) out.push(relative(dir, path))
    }
  }
  await walk(dir, 0)
  return out
}

/** The artifact's content: the whole journal dir, plus the JUnit copy when it lives elsewhere. */
export async function artifactFiles(
  journalDir: string,
  junitPath: string
): Promise<{ root: string; files: string[] }> {
  const files = (await filesUnder(journalDir)).map((f) => join(journalDir, f))
  if (junitPath) {
    const junit = resolve(junitPath)
    const rel = relative(journalDir, junit)
    if (rel.startsWith('..') || isAbsolute(rel)) {
      // Outside the journal dir: the artifact root becomes their common parent.
      const root = commonParent(journalDir, junit)
      return { root, files: [...files, junit] }
    }
  }
  return { root: journalDir, files }
}

function commonParent(a: string, b: string): string {
  const pa = resolve(a).split(/[\\/]/)
  const pb = resolve(b).split(/[\\/]/)
  const common: string[] = []
  for (let i = 0; i < Math.min(pa.length, pb.length - 1) && pa[i] === pb[i]; i++) {
    common.push(pa[i]!)
  }
  return common.join('/') || '/'
}

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
