/**
 * The links the reports carry when published from a workflow run: experiment files (and findings)
 * at file:line on the commit that ran, journals and the HTML report through the run that holds
 * the artifact. Read from the runner's environment; parts whose facts are missing stay paths.
 */
import { githubReportLinks } from '../reporters/links.ts'
import type { ReportLinks } from '../reporters/links.ts'
import { Files } from './constants.ts'

export interface ActionLinkOptions {
  /** The artifact's name ('' when no artifact is uploaded: journals stay paths). */
  artifactName: string
  /** Whether report.html is written (and so in the artifact). */
  htmlReport: boolean
  /** The pull request's head commit, when the run is about one (GITHUB_SHA is then a merge). */
  headSha?: string | undefined
}

export function actionReportLinks(
  options: ActionLinkOptions,
  env: NodeJS.ProcessEnv = process.env
): ReportLinks {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY
  const run =
    repository && env.GITHUB_RUN_ID
      ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined
  const artifact = options.artifactName && run ? run : undefined
  const sha = options.headSha || env.GITHUB_SHA
  return githubReportLinks(
    {
      serverUrl,
      ...(repository ? { repository } : {}),
      ...(sha ? { sha } : {}),
      ...(env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {}),
      ...(artifact ? { artifactUrl: artifact, artifactName: options.artifactName } : {})
    },
    options.htmlReport && options.artifactName
      ? {
          name: Files.Html,
          artifact: options.artifactName,
          ...(artifact ? { href: artifact } : {})
        }
      : undefined
  )
}
