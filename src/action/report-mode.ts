/**
 * `mode: report`: the job after a matrix of shards. It downloads every shard artifact of this
 * workflow run (`<artifact-name>-<i>-of-<n>`) into `<journal-dir>/shards/`, merges them with the
 * shared executor (src/session/report.ts) and hands main an outcome shaped like a run's, so the
 * job summary, outputs, comment, check runs and artifact are published exactly as for a run.
 */
import { mkdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Logger } from '../engine/logger.ts'
import type { ReportLinks } from '../reporters/links.ts'
import type { RunOutcome } from '../session/execute.ts'
import { executeReport } from '../session/report.ts'
import { repository } from './event.ts'
import type { ActionInputs } from './inputs.ts'
import { journalDirReports } from './plan.ts'
import { isShardArtifact } from './shard-artifacts.ts'

export interface ReportModeOutcome {
  outcome: RunOutcome
  /** One sentence per missing shard: a loud note, and the step fails. */
  missing: string[]
  shards: { total: number; merged: number[]; missing: number[] }
}

/** Downloads the shard artifacts; the directories to merge (none when nothing could be listed). */
async function shardDirs(inputs: ActionInputs, into: string, logger: Logger): Promise<string[]> {
  const repo = repository()
  const runId = Number(process.env.GITHUB_RUN_ID)
  if (!inputs.artifactName) {
    logger.error(`mode: report needs input 'artifact-name': the shards' artifacts are named by it`)
    return []
  }
  if (!repo || !Number.isInteger(runId) || !inputs.githubToken) {
    logger.error(
      `mode: report needs GITHUB_REPOSITORY, GITHUB_RUN_ID and input 'github-token' to find the shards`
    )
    return []
  }
  const { downloadRunArtifacts } = await import('./github/run-artifacts.ts')
  const apiUrl = process.env.GITHUB_API_URL
  const fetched = await downloadRunArtifacts({
    token: inputs.githubToken,
    ...(apiUrl ? { apiUrl } : {}),
    ...repo,
    runId,
    select: (name) => isShardArtifact(name, inputs.artifactName),
    into,
    logger
  })
  if (fetched.length === 0) {
    logger.error(`No artifact named ${inputs.artifactName}-<i>-of-<n> in this workflow run`)
  }
  return fetched.map((f) => f.dir)
}

export async function runReportMode(
  inputs: ActionInputs,
  runId: string,
  links: ReportLinks,
  logger: Logger
): Promise<ReportModeOutcome> {
  const journalDir = resolve(inputs.journalDir)
  // Inside the journal dir, so the merged artifact carries every shard's journals and the
  // merged reports' relative journal links work in it.
  const into = join(journalDir, 'shards')
  await mkdir(into, { recursive: true })
  const dirs = await logger.group('Download the shard artifacts', () =>
    shardDirs(inputs, into, logger)
  )
  const merged = await executeReport(
    {
      dirs,
      runId,
      failOn: inputs.failOn,
      reports: { ...journalDirReports(journalDir, inputs.htmlReport), links }
    },
    logger
  )
  return {
    missing: merged.missing,
    shards: merged.summary.shards,
    outcome: {
      runId,
      journalDir,
      selected: merged.summary.results.map((r) => r.file),
      summary: merged.summary,
      verdict: merged.verdict,
      reports: merged.reports,
      ...(merged.reportError === undefined ? {} : { reportError: merged.reportError }),
      unwrittenJournals: [],
      failed: merged.failed
    }
  }
}
