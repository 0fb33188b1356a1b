/**
 * executeReport(): the merge of a matrix's shards, for both front doors (`chaos-action report` and
 * the action's `mode: report`): shard directories in, one result set and its reports out, and the
 * gate decided by the one policy (src/engine/policy.ts), plus: a missing shard always fails.
 */
import type { Logger } from '../engine/logger.ts'
import { failsGate, overallVerdict, type FailOn, type OverallVerdict } from '../engine/policy.ts'
import { writeReportPlan } from './execute.ts'
import { mergeShardDirs, type MergedShards } from './merge.ts'
import type { ReportPlan } from './plan.ts'

export interface MergePlan {
  /** Shard journal directories, each with its summary.json. */
  dirs: string[]
  /** The merged run's id. */
  runId: string
  failOn: FailOn
  reports: ReportPlan
}

export interface MergeOutcome {
  summary: MergedShards['summary']
  /** One sentence per missing shard (said loudly by the front doors). */
  missing: string[]
  verdict: OverallVerdict
  reports: string[]
  reportError?: string
  /** The fail-on policy, a missing shard, or a report that could not be written. */
  failed: boolean
}

export async function executeReport(plan: MergePlan, logger: Logger): Promise<MergeOutcome> {
  const { summary, missing } = await mergeShardDirs(plan.dirs, plan.runId)
  const { merged, total } = summary.shards
  logger.info(`merged ${merged.length} of ${total} shard(s): ${summary.results.length} result(s)`)
  for (const sentence of missing) logger.error(sentence)
  const written = await writeReportPlan(plan.reports, summary, logger)
  return {
    summary,
    missing,
    verdict: overallVerdict(summary.results),
    reports: written.reports,
    ...(written.error === undefined ? {} : { reportError: written.error }),
    failed:
      missing.length > 0 ||
      written.error !== undefined ||
      summary.interrupted ||
      failsGate(summary.results, plan.failOn)
  }
}
