import * as core from '@actions/core'
import { isAbsolute, relative, sep } from 'node:path'
import type { SummaryInput } from '../reporters/format.ts'
import type { ReportLinks } from '../reporters/links.ts'
import { renderMarkdownReport } from '../reporters/markdown.ts'

/** GITHUB_STEP_SUMMARY takes up to 1 MiB per step; stay clear of it. */
const STEP_SUMMARY_MAX_BYTES = 1_000_000

/**
 * The summary with journal paths relative to the workspace: the reader knows the artifact's
 * layout, not the runner's disk.
 */
export function forDisplay(summary: SummaryInput, cwd: string = process.cwd()): SummaryInput {
  return {
    ...summary,
    results: summary.results.map((r) => {
      if (!r.journalPath || !isAbsolute(r.journalPath)) return r
      const rel = relative(cwd, r.journalPath)
      return rel.startsWith('..') ? r : { ...r, journalPath: rel.split(sep).join('/') }
    })
  }
}

/** The job summary: the results table, then one collapsible section of findings per experiment. */
export function renderJobSummary(
  summary: SummaryInput,
  extra: string[] = [],
  links?: ReportLinks
): string {
  const tail = extra.length > 0 ? `\n${extra.join('\n\n')}\n` : ''
  const report = renderMarkdownReport(forDisplay(summary), {
    maxBytes: STEP_SUMMARY_MAX_BYTES - Buffer.byteLength(tail, 'utf8'),
    ...(links ? { links } : {})
  })
  return report + tail
}

/** Appends to the job summary (a no-op outside a runner, where GITHUB_STEP_SUMMARY is unset). */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false
  await core.summary.addRaw(markdown, true).write()
  core.summary.emptyBuffer()
  return true
}
