/**
 * The baseline a run compares with (RunPlan.baseline): a summary.json file, or a directory that
 * holds one or more (an artifact per shard, downloaded side by side), read and compared with this
 * run's results. Whatever goes wrong here (no such directory, no summary, a file that is not one)
 * becomes a note in the reports and never a failure: a missing baseline proves nothing.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import type { RegressionTolerance } from '../engine/policy.ts'
import type { ExperimentResult } from '../engine/types.ts'
import {
  compareWithBaseline,
  noBaseline,
  readBaselineSummary,
  type BaseExperiment,
  type BaselineComparison
} from '../reporters/baseline.ts'
import type { BaselinePlan } from './plan.ts'

const SUMMARY = 'summary.json'
/** Bounds on the search: directories deep, summaries read, bytes per summary. */
const MAX_DEPTH = 3
const MAX_SUMMARIES = 64
const MAX_SUMMARY_BYTES = 32 * 1024 * 1024

/** The summary.json files under `dir` (itself first, then subdirectories, sorted), bounded. */
async function findSummaries(dir: string, depth = 0, out: string[] = []): Promise<string[]> {
  if (depth > MAX_DEPTH || out.length >= MAX_SUMMARIES) return out
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const e of entries) if (e.isFile() && e.name === SUMMARY) out.push(join(dir, e.name))
  for (const e of entries) {
    if (e.isDirectory() && out.length < MAX_SUMMARIES)
      await findSummaries(join(dir, e.name), depth + 1, out)
  }
  return out
}

async function readSummaries(path: string): Promise<BaseExperiment[] | string> {
  const info = await stat(path).catch(() => undefined)
  if (!info) return `no baseline: ${path} does not exist`
  const files = info.isDirectory() ? await findSummaries(path) : [path]
  if (files.length === 0) return `no baseline: no ${SUMMARY} under ${path}`
  const experiments: BaseExperiment[] = []
  for (const file of files) {
    if ((await stat(file)).size > MAX_SUMMARY_BYTES) return `no baseline: ${file} is too big`
    const read = readBaselineSummary(await readFile(file, 'utf8'))
    if (!read) return `no baseline: ${file} is not a chaos-action summary`
    experiments.push(...read)
  }
  return experiments
}

/** This run compared with the planned baseline, or a note saying why there is none. */
export async function loadBaseline(
  plan: BaselinePlan,
  results: readonly ExperimentResult[],
  tolerance: RegressionTolerance
): Promise<BaselineComparison> {
  if (plan.note !== undefined || plan.path === undefined)
    return noBaseline(plan.note ?? 'no baseline', tolerance)
  let base: BaseExperiment[] | string
  try {
    base = await readSummaries(plan.path)
  } catch (error) {
    base = `no baseline: ${errorMessage(error)}`
  }
  if (typeof base === 'string') return noBaseline(base, tolerance)
  return compareWithBaseline(results, base, {
    tolerance,
    source: plan.source ?? plan.path,
    ...(plan.sourceUrl === undefined ? {} : { sourceUrl: plan.sourceUrl })
  })
}
