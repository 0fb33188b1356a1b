import type { ExperimentResult } from '../engine/types.ts'
import { oneLine, sanitizeTerminal, truncateText } from './escape.ts'
import {
  VERDICT_TEXT,
  deviatingProbes,
  formatDuration,
  listWithTail,
  outcomeHeadline,
  steadyText,
  toSummaryInput
} from './format.ts'
import type { SummaryInput } from './format.ts'

export interface ConsoleReportOptions {
  /** Wraps a verdict word in colour; identity by default (tests, pipes, NO_COLOR). */
  colorVerdict?: (text: string, passed: boolean) => string
  /** The directory the journals were written under, shown after the table. */
  journalDir?: string
}

const COLUMNS = [
  'Experiment',
  'Verdict',
  'Before',
  'After',
  'Deviating probes',
  'Duration',
  'Rollbacks run'
]
const WIDTH_MAX = 60

/** The end-of-run table for a terminal, plain text with aligned columns. */
export function renderConsoleReport(
  input: SummaryInput | readonly ExperimentResult[],
  options: ConsoleReportOptions = {}
): string {
  const summary = toSummaryInput(input)
  const color = options.colorVerdict ?? ((text: string) => text)
  const results = summary.results
  const rows = results.map((r) => {
    const deviating = deviatingProbes(r).map((p) => `${p.name} (${p.phase})`)
    return [
      r.title,
      VERDICT_TEXT[r.verdict] ?? String(r.verdict),
      steadyText(r.steadyBefore),
      steadyText(r.steadyAfter),
      deviating.length ? listWithTail(deviating, 3) : '-',
      formatDuration(r.duration),
      r.rollbacksRun.length ? listWithTail(r.rollbacksRun, 3) : '-'
    ].map((text) => truncateText(sanitizeTerminal(oneLine(text)), WIDTH_MAX))
  })

  const widths = COLUMNS.map((head, i) =>
    Math.max(head.length, ...rows.map((row) => [...(row[i] ?? '')].length))
  )
  const line = (cells: readonly string[], verdictPassed?: boolean): string =>
    cells
      .map((text, i) => {
        const padded = text + ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length))
        return i === 1 && verdictPassed !== undefined ? color(padded, verdictPassed) : padded
      })
      .join('  ')
      .trimEnd()

  const out = [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  ')]
  rows.forEach((row, i) => out.push(line(row, results[i]?.verdict === 'passed')))

  out.push('')
  out.push(`${outcomeHeadline(results)}.`)
  if (summary.interrupted) out.push('The run was interrupted; the journals record how far it got.')
  for (const r of results) {
    if (r.verdict !== 'passed' && r.reason) {
      out.push(`  ${sanitizeTerminal(oneLine(r.title))}: ${sanitizeTerminal(oneLine(r.reason))}`)
    }
  }
  const journals = results.filter((r) => r.journalPath)
  if (journals.length > 0) {
    out.push(
      options.journalDir ? `Journals in ${sanitizeTerminal(options.journalDir)}:` : 'Journals:'
    )
    for (const r of journals) out.push(`  ${sanitizeTerminal(r.journalPath ?? '')}`)
  }
  return `${out.join('\n')}\n`
}
