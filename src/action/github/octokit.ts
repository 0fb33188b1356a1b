/**
 * The REST client the action's GitHub calls share, and how their errors are read.
 */
import { getOctokit } from '@actions/github'

export type GitHubClient = ReturnType<typeof getOctokit>

/** The public API; GHES and tests set GITHUB_API_URL instead. */
export const DEFAULT_API_URL = 'https://api.github.com'

/**
 * An Octokit for `apiUrl` (GITHUB_API_URL on a runner), authenticated with `token`.
 * No retry plugin: a 403 from a fork's read-only token must surface at once.
 */
export function createGitHubClient(token: string, apiUrl: string | undefined): GitHubClient {
  return getOctokit(token, { baseUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, '') })
}

/** The HTTP status of an Octokit RequestError, if `error` is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * Whether the token may not write here: 403 is what a fork PR's read-only GITHUB_TOKEN (or a job
 * without `pull-requests: write` / `checks: write`) gets; 401 is a missing or revoked token.
 */
export function isPermissionError(error: unknown): boolean {
  const status = httpStatus(error)
  return status === 401 || status === 403
}

/** GitHub's own message of a failed request (`Resource not accessible by integration`). */
export function errorMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data
  const message = (data as { message?: unknown } | null | undefined)?.message
  if (typeof message === 'string' && message) return message
  return error instanceof Error ? error.message : String(error)
}
