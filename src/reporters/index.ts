import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, sep } from 'node:path'
import type { ExperimentResult } from '../engine/types.ts'
import type { SummaryInput } from './format.ts'
import { renderHtmlReport } from './html.ts'
import { renderJsonSummary } from './json.ts'
import { renderJUnit } from './junit.ts'
import { renderMarkdownReport } from './markdown.ts'
import type { MarkdownReportOptions } from './markdown.ts'
import type { ReportLinks } from './links.ts'

export { renderConsoleReport } from './console.ts'
export type { ConsoleReportOptions } from './console.ts'
export { renderJsonSummary, toJsonList, toJsonSummary } from './json.ts'
export type { JsonExperiment, JsonExperimentDetail, JsonSummary } from './json.ts'
export { renderJUnit } from './junit.ts'
export { renderHtmlReport } from './html.ts'
export type { HtmlReportOptions } from './html.ts'
export { renderLoadCharts } from './mermaid.ts'
export { GITHUB_COMMENT_LIMIT, renderMarkdownReport } from './markdown.ts'
export type { MarkdownReportOptions } from './markdown.ts'
export type { SummaryInput } from './format.ts'

export interface ReportFiles {
  /** JUnit XML file. */
  junit?: string
  /** Markdown summary file. */
  report?: string
  /** Summary JSON file. */
  json?: string
  /** Self-contained HTML report (timelines, load charts, journals). */
  html?: string
  /** Journal links in the markdown; defaults to paths relative to the report file. */
  journalLink?: MarkdownReportOptions['journalLink']
  /** Links to experiment files, journals and the HTML report (links.ts); win over journalLink. */
  links?: ReportLinks
  maxBytes?: number
}

/** Writes whichever reports were asked for (parent directories created); returns their paths. */
export async function writeReports(
  summary: SummaryInput | readonly ExperimentResult[],
  files: ReportFiles
): Promise<string[]> {
  const written: string[] = []
  const write = async (path: string, text: string): Promise<void> => {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text, 'utf8')
    written.push(path)
  }
  if (files.junit) await write(files.junit, renderJUnit(summary))
  if (files.report) {
    const reportDir = dirname(files.report)
    const journalLink =
      files.journalLink ??
      ((r: ExperimentResult) =>
        r.journalPath ? relative(reportDir, r.journalPath).split(sep).join('/') : undefined)
    await write(
      files.report,
      renderMarkdownReport(summary, {
        journalLink,
        ...(files.links ? { links: files.links } : {}),
        ...(files.maxBytes === undefined ? {} : { maxBytes: files.maxBytes })
      })
    )
  }
  if (files.json) await write(files.json, renderJsonSummary(summary))
  if (files.html) {
    const htmlDir = dirname(files.html)
    await write(
      files.html,
      renderHtmlReport(summary, {
        // Inside the artifact the journals sit next to the report: relative links work there.
        journalLink: (r: ExperimentResult) =>
          r.journalPath ? relative(htmlDir, r.journalPath).split(sep).join('/') : undefined,
        ...(files.links?.source ? { links: { source: files.links.source } } : {})
      })
    )
  }
  return written
}
