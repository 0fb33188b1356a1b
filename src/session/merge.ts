/**
 * Shards that add up: the journal directories of a matrix's shards (each with its summary.json and
 * journals) become one result set, for `chaos-action report <dirs...>` and the action's
 * `mode: report`. A shard that is missing (fewer shards than their `total`, a directory without a
 * readable summary.json, shards that disagree on the total) becomes a `failed` result that says so,
 * so every report shows it, and `missing` makes the gate fail whatever `fail-on` says: a missing
 * shard is missing evidence.
 */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { errorMessage } from '../engine/errors.ts'
import { notRunJournal } from '../engine/journal.ts'
import { summaryVerdict } from '../engine/policy.ts'
import type { RunSummary } from '../engine/runner.ts'
import type { ExperimentResult, Journal } from '../engine/types.ts'
import type { JsonExperimentDetail, JsonSummary } from '../reporters/json.ts'

export interface MergedShards {
  summary: RunSummary & { shards: { total: number; merged: number[]; missing: number[] } }
  /** One sentence per missing or unreadable shard; non-empty fails the gate. */
  missing: string[]
}

interface ShardDir {
  dir: string
  summary?: JsonSummary
  /** Why summary.json could not be read. */
  problem?: string
  /** The shard index, from summary.json or a `-<i>-of-<n>` directory name. */
  index?: number
  total?: number
}

/** `name-2-of-3` -> 2 of 3 (the action's shard artifact names). */
export function shardOfName(name: string): { index: number; total: number } | undefined {
  const m = /-(\d+)-of-(\d+)$/.exec(name)
  if (!m) return undefined
  const index = Number(m[1])
  const total = Number(m[2])
  return index >= 1 && index <= total ? { index, total } : undefined
}

async function readShardDir(dir: string): Promise<ShardDir> {
  const named = shardOfName(basename(dir))
  try {
    const summary = JSON.parse(await readFile(join(dir, 'summary.json'), 'utf8')) as JsonSummary
    if (!Array.isArray(summary.experiments)) throw new Error('no experiments list')
    const shard = summary.shard ?? named
    return { dir, summary, ...(shard ? { index: shard.index, total: shard.total } : {}) }
  } catch (error) {
    const problem = `no readable summary.json in ${basename(dir)} (${errorMessage(error)})`
    return { dir, problem, ...(named ? { index: named.index, total: named.total } : {}) }
  }
}

/** A shard's journal: by its file name inside the shard's directory (paths were the runner's). */
async function readJournal(
  dir: string,
  detail: JsonExperimentDetail
): Promise<Journal | undefined> {
  if (!detail.journal) return undefined
  try {
    return JSON.parse(await readFile(join(dir, basename(detail.journal)), 'utf8')) as Journal
  } catch {
    return undefined
  }
}

function emptyJournal(title: string, description: string): Journal {
  return notRunJournal({ title, description, method: [] }, 'failed')
}

async function toResult(dir: string, detail: JsonExperimentDetail): Promise<ExperimentResult> {
  const journalPath = detail.journal ? join(dir, basename(detail.journal)) : undefined
  const journal = await readJournal(dir, detail)
  return {
    file: detail.file,
    title: detail.title,
    verdict: detail.verdict,
    status: detail.status,
    deviated: detail.deviated,
    duration: detail.duration,
    ...(journal && journalPath ? { journalPath } : {}),
    journal: journal ?? emptyJournal(detail.title, detail.reason),
    steadyBefore: detail.steadyBefore,
    steadyAfter: detail.steadyAfter,
    findings: detail.findings ?? [],
    rollbacksRun: detail.rollbacksRun ?? [],
    reason: detail.reason
  }
}

/** The loud stand-in for a shard with no evidence: a failed result naming it. */
export function missingShardResult(
  label: string,
  reason: string,
  title = `Missing ${label}`
): ExperimentResult {
  return {
    file: label,
    title,
    verdict: 'failed',
    status: 'failed',
    deviated: false,
    duration: 0,
    journal: emptyJournal(title, reason),
    steadyBefore: null,
    steadyAfter: null,
    findings: [],
    rollbacksRun: [],
    reason
  }
}

/** The expected total: the shards' own, or undefined when none is a shard (plain runs merged). */
function expectedTotal(dirs: readonly ShardDir[], missing: string[]): number | undefined {
  const totals = [...new Set(dirs.flatMap((d) => (d.total === undefined ? [] : [d.total])))]
  if (totals.length > 1) {
    missing.push(`the shards disagree on their total (${totals.join(', ')}): runs are mixed`)
  }
  return totals.length === 0 ? undefined : Math.max(...totals)
}

/**
 * Merges shard directories, in shard order (then as given). `runId` names the merged run.
 * Never throws for a bad shard: it becomes a missing one.
 */
export async function mergeShardDirs(
  dirs: readonly string[],
  runId: string
): Promise<MergedShards> {
  const read = await Promise.all(dirs.map(readShardDir))
  const shards = read
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.index ?? Infinity) - (b.d.index ?? Infinity) || a.i - b.i)
    .map(({ d }) => d)
  const missing: string[] = []
  const total = expectedTotal(shards, missing)
  const results: ExperimentResult[] = []
  const seen = new Set<number>()
  let duration = 0
  let interrupted = false
  for (const shard of shards) {
    const label =
      shard.index === undefined ? basename(shard.dir) : `shard ${shard.index}/${shard.total}`
    if (shard.index !== undefined) {
      if (seen.has(shard.index)) missing.push(`${label} appears twice: runs are mixed`)
      seen.add(shard.index)
    }
    if (!shard.summary) {
      const reason = `${label}: ${shard.problem ?? 'no results'}; its experiments have no evidence`
      missing.push(reason)
      results.push(missingShardResult(label, reason))
      continue
    }
    for (const detail of shard.summary.experiments) results.push(await toResult(shard.dir, detail))
    duration = Math.max(duration, shard.summary.duration ?? 0)
    interrupted ||= shard.summary.interrupted === true
  }
  // Mixed runs (a total that differs, a shard twice) are said in every report too.
  for (const sentence of missing.filter((m) => m.endsWith('runs are mixed'))) {
    results.push(missingShardResult('mixed shards', sentence, 'Mixed shards'))
  }
  const absent: number[] = []
  for (let i = 1; i <= (total ?? 0); i++) {
    if (seen.has(i)) continue
    absent.push(i)
    const label = `shard ${i}/${total}`
    const reason = `${label} is missing: no artifact or directory holds its results, so its experiments have no evidence`
    missing.push(reason)
    results.push(missingShardResult(label, reason))
  }
  if (dirs.length === 0) {
    const reason = 'no shard results were found: nothing to merge, so there is no evidence'
    missing.push(reason)
    results.push(missingShardResult('every shard', reason))
  }
  const passed = results.filter((r) => r.verdict === 'passed').length
  return {
    summary: {
      runId,
      results,
      passed,
      notPassed: results.length - passed,
      verdict: summaryVerdict(results, 0),
      interrupted,
      duration,
      unwrittenJournals: [],
      shards: {
        total: total ?? shards.length,
        // Plain runs (no shard): their places in the merge.
        merged:
          total === undefined
            ? shards.flatMap((s, i) => (s.summary ? [i + 1] : []))
            : [...seen]
                .filter((i) => shards.some((s) => s.index === i && s.summary))
                .sort((a, b) => a - b),
        missing: [
          ...absent,
          ...shards.flatMap((s) => (!s.summary && s.index !== undefined ? [s.index] : []))
        ].sort((a, b) => a - b)
      }
    },
    missing
  }
}
