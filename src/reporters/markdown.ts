import { markdownTable } from 'markdown-table'
import { baselineMarkdown } from './baseline-render.ts'
import { basename } from 'node:path'
import type { ExperimentResult, SourceLocation } from '../engine/types.ts'
import { escapeHtml, escapeMarkdown, escapeUrl, truncateText } from './escape.ts'
import { findingText, whyLine } from './glance.ts'
import type { ReportLinks } from './links.ts'
import { renderLoadCharts } from './mermaid.ts'
import {
  VERDICT_EMOJI,
  VERDICT_TEXT,
  allDryRuns,
  countPassed,
  formatDuration,
  listWithTail,
  locationText,
  steadyText,
  toSummaryInput
} from './format.ts'
import type { SummaryInput } from './format.ts'

/** GitHub refuses issue and pull-request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65536

export interface MarkdownReportOptions {
  /** Where a result's journal can be read (an artifact or file URL); none prints the path. */
  journalLink?: (result: ExperimentResult) => string | undefined
  /** Upper bound on the UTF-8 size of the report, truncation note included. */
  maxBytes?: number
  /** Replaces the default heading line. Markdown, not escaped: callers own it. */
  heading?: string
  /** Links to the experiment files, journals and HTML report (see links.ts). */
  links?: ReportLinks
}

// Long enough for a sentence of context, short enough that one chatty probe can't fill a comment.
const CELL_MAX = 200
const MESSAGE_MAX = 500

/**
 * The summary table for a job summary or a pull-request comment, then one collapsible section per
 * experiment with the findings that decided its verdict.
 */
export function renderMarkdownReport(
  input: SummaryInput | readonly ExperimentResult[],
  options: MarkdownReportOptions = {}
): string {
  const summary = toSummaryInput(input)
  const maxBytes = Math.max(256, options.maxBytes ?? GITHUB_COMMENT_LIMIT)
  const results = summary.results

  const links: ReportLinks = {
    ...options.links,
    journal: options.links?.journal ?? options.journalLink
  }
  const head = `${options.heading ?? defaultHeading(summary)}\n\n${runLine(summary, links)}`
  const rows = results.map((r) => summaryRow(r, links))
  const baseline = summary.baseline ? baselineMarkdown(summary.baseline) : ''
  const sections = results.map((r) => detailsSection(r, links))

  const whole = `${head}${renderTable(rows)}${baseline}${sections.join('')}\n`
  if (size(whole) <= maxBytes) return whole

  const note = (omitted: string): string =>
    `\n\n> [!NOTE]\n> Report truncated to stay under ${maxBytes} bytes: ${omitted} left out. ` +
    'The journals have every detail.\n'
  // Room for the longest note we might need.
  const reserve = size(note(`${results.length} of ${results.length} table rows and every section`))

  let shownRows = rows.length
  let table = renderTable(rows)
  // The table is the point of the report; cut rows only if it alone would not fit.
  while (shownRows > 0 && size(head) + size(table) + reserve > maxBytes) {
    shownRows = Math.max(0, Math.min(shownRows - 1, Math.floor(shownRows * 0.9)))
    table = renderTable(rows.slice(0, shownRows))
  }

  let out = head + table
  if (shownRows === rows.length && size(out) + size(baseline) + reserve <= maxBytes) out += baseline
  let shownSections = 0
  if (shownRows === rows.length) {
    for (const section of sections) {
      if (size(out) + size(section) + reserve > maxBytes) break
      out += section
      shownSections++
    }
  }

  const missing: string[] = []
  if (shownRows < rows.length)
    missing.push(`${rows.length - shownRows} of ${rows.length} table rows`)
  if (shownSections < sections.length) {
    missing.push(
      shownSections === 0
        ? 'every details section'
        : `${sections.length - shownSections} of ${sections.length} details sections`
    )
  }
  return out + note(missing.length > 0 ? missing.join(' and ') : 'nothing')
}

function size(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

function defaultHeading(summary: SummaryInput): string {
  const total = summary.results.length
  const passed = countPassed(summary.results)
  const interrupted = summary.interrupted ? ' (interrupted)' : ''
  if (total === 0) return `### Chaos experiments: none ran${interrupted}`
  if (passed === total) {
    return `### ${VERDICT_EMOJI.passed} Chaos experiments: ${total === 1 ? 'the experiment' : `all ${total}`} passed${interrupted}`
  }
  if (allDryRuns(summary.results)) {
    return `### ${VERDICT_EMOJI['dry-run']} Chaos experiments: dry run, no fault and no rollback ran (nothing was proven)${interrupted}`
  }
  return `### ${VERDICT_EMOJI.deviated} Chaos experiments: ${total - passed} of ${total} did not pass${interrupted}`
}

function runLine(summary: SummaryInput, links: ReportLinks): string {
  const parts: string[] = []
  if (summary.runId) parts.push(`Run ${escapeMarkdown(truncateText(summary.runId, 80))}`)
  if (summary.duration !== undefined) parts.push(`took ${formatDuration(summary.duration)}`)
  const html = links.htmlReport
  if (html) {
    const name = `\`${escapeMarkdown(truncateText(html.name, 80)).replace(/`/g, "'")}\``
    const artifact = html.artifact
      ? ` (artifact ${escapeMarkdown(truncateText(html.artifact, 80))})`
      : ''
    parts.push(
      html.href
        ? `timelines and charts in [${name}](${escapeUrl(html.href)})${artifact}`
        : `timelines and charts in ${name}${artifact}`
    )
  }
  return parts.length ? `<sub>${parts.join(', ')}.</sub>\n\n` : ''
}

/** Verdict first, then why, in one line per experiment; the rest is in the details. */
const HEADER = ['Verdict', 'Experiment', 'Why', 'Time']

function renderTable(rows: readonly string[][]): string {
  return markdownTable([HEADER, ...rows], { alignDelimiters: false })
}

function cell(text: string, max = CELL_MAX): string {
  return escapeMarkdown(truncateText(text, max))
}

function summaryRow(result: ExperimentResult, links: ReportLinks): string[] {
  const href = links.source?.(result.file)
  const title = href ? `[${cell(result.title)}](${escapeUrl(href)})` : cell(result.title)
  return [
    `${VERDICT_EMOJI[result.verdict] ?? ''} ${VERDICT_TEXT[result.verdict] ?? cell(String(result.verdict))}`,
    href ? title : `${title}<br><sub>${cell(result.file)}</sub>`,
    cell(whyLine(result)) || '—',
    formatDuration(result.duration)
  ]
}

function steadyCell(met: boolean | null): string {
  if (met === null) return steadyText(met)
  return `${met ? '✅' : '❌'} ${steadyText(met)}`
}

/** `[journal name](link)`, else the path as code, else a dash. */
function journalCell(result: ExperimentResult, links: ReportLinks): string {
  const link = links.journal?.(result)
  const name = result.journalPath ? basename(result.journalPath) : 'journal'
  if (link) return `[${cell(name)}](${escapeUrl(link)})`
  return result.journalPath ? cell(result.journalPath) : '—'
}

function whereCell(location: SourceLocation | undefined, links: ReportLinks): string {
  if (!location) return '—'
  const href = links.source?.(location.file, location.line)
  const text = cell(locationText(location))
  return href ? `[${text}](${escapeUrl(href)})` : text
}

/** Keeps a link target inside its `(...)`: percent-encodes what would end or break it. */
function detailsSection(result: ExperimentResult, links: ReportLinks): string {
  const summaryLine = `${VERDICT_EMOJI[result.verdict] ?? ''} ${escapeHtml(truncateText(result.title, CELL_MAX))}: ${escapeHtml(VERDICT_TEXT[result.verdict] ?? String(result.verdict))}`
  const parts = [`\n\n<details>\n<summary>${summaryLine}</summary>\n\n`]
  const facts = [
    `Steady state before: ${steadyCell(result.steadyBefore)}`,
    `after: ${steadyCell(result.steadyAfter)}`,
    `rollbacks run: ${result.rollbacksRun.length ? cell(listWithTail(result.rollbacksRun, 5)) : 'none'}`,
    `journal: ${journalCell(result, links)}`
  ]
  parts.push(`${facts.join(' · ')}\n\n`)
  const findings = result.findings ?? []
  if (result.reason && !findings.some((f) => f.kind === 'probe' && f.met === false)) {
    parts.push(`${cell(result.reason, MESSAGE_MAX)}\n\n`)
  }
  if (findings.length > 0) {
    const rows = findings.map((f) => [
      cell(f.phase),
      `${cell(f.kind)} ${cell(f.activity)}`,
      `${f.met === undefined ? '' : f.met ? '✅ ' : '❌ '}${cell(findingText(result, f), MESSAGE_MAX)}`,
      whereCell(f.location, links)
    ])
    parts.push(
      markdownTable([['Phase', 'Activity', 'Result', 'Where'], ...rows], {
        alignDelimiters: false
      }),
      '\n\n'
    )
  } else {
    parts.push('No probe or activity findings were recorded.\n\n')
  }
  // Load during the experiment, charted against the fault window (none without a load).
  const charts = result.journal ? renderLoadCharts(result.journal) : ''
  if (charts) parts.push(charts, '\n\n')
  parts.push('</details>')
  return parts.join('')
}
