/** What the runner tells us about the triggering event: the pull request, the repository, the run. */
import { readFileSync } from 'node:fs'
import { PULL_REQUEST_EVENTS, type CommentPolicy } from './constants.ts'

export interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string }; base?: { ref?: string } }
  issue?: { number?: number; pull_request?: unknown }
}

export function readEvent(): EventPayload {
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

export function repository(): { owner: string; repo: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
  return owner && repo ? { owner, repo } : undefined
}

export function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env
  return repo && id
    ? `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${id}`
    : undefined
}
