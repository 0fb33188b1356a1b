/** The action's GitHub-facing clients: sticky PR comment, check runs, run artifact. */
export { COMMENT_BODY_LIMIT, commentMarker, truncateBody, upsertStickyComment } from './comment.ts'
export type { StickyCommentParams, StickyCommentResult } from './comment.ts'
export {
  CHECK_CONCLUSION,
  CHECK_OUTPUT_LIMIT,
  checkRunNames,
  checkSummary,
  createCheckRuns
} from './checks.ts'
export type {
  CheckConclusion,
  CheckRunsParams,
  CheckRunsResult,
  CreatedCheckRun
} from './checks.ts'
export { artifactUrl, safeArtifactName, uploadRunArtifact } from './artifact.ts'
export type { UploadArtifactParams, UploadedArtifact } from './artifact.ts'
export { DEFAULT_API_URL, createGitHubClient, httpStatus, isPermissionError } from './octokit.ts'
