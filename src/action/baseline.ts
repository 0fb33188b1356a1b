/**
 * The action's `baseline: auto` -> the run's BaselinePlan (`none` and a path are planFromInputs'
 * business: a path is read like the CLI's --baseline). `auto` fetches the base branch's last run's
 * summary on a pull request (github/baseline.ts) and does nothing on other events.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Logger } from '../engine/logger.ts'
import type { BaselinePlan } from '../session/plan.ts'
import { pullRequestNumber, readEvent, repository, type EventPayload } from './event.ts'
import type { ActionInputs } from './inputs.ts'

type BaselineInputs = Pick<ActionInputs, 'baseline' | 'githubToken' | 'artifactName'>

/** The pull request's base branch: GITHUB_BASE_REF, else the event's `pull_request.base.ref`. */
function baseBranchOf(event: EventPayload): string | undefined {
  return process.env.GITHUB_BASE_REF || event.pull_request?.base?.ref || undefined
}

export async function actionBaseline(
  inputs: BaselineInputs,
  logger: Logger,
  event: EventPayload = readEvent()
): Promise<BaselinePlan | undefined> {
  // `none`, or a path the plan already holds (planFromInputs).
  if (inputs.baseline !== 'auto') return undefined
  const baseBranch = baseBranchOf(event)
  // Not about a pull request: there is no base branch to compare with.
  if (pullRequestNumber(event) === undefined || !baseBranch) return undefined
  const repo = repository()
  const runId = Number(process.env.GITHUB_RUN_ID)
  if (!repo || !Number.isSafeInteger(runId) || runId <= 0)
    return { note: 'no baseline: GITHUB_REPOSITORY or GITHUB_RUN_ID is not set' }
  if (!inputs.githubToken) return { note: "no baseline: input 'github-token' is empty" }
  if (!inputs.artifactName)
    return { note: "no baseline: input 'artifact-name' is empty, so no run kept a summary" }
  const { fetchBaseline } = await import('./github/baseline.ts')
  const fetched = await fetchBaseline({
    token: inputs.githubToken,
    ...(process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {}),
    ...repo,
    runId,
    baseBranch,
    artifactName: inputs.artifactName,
    destination: join(
      process.env.RUNNER_TEMP || tmpdir(),
      `chaos-baseline-${runId}-${process.pid}`
    ),
    logger
  })
  return fetched
}
