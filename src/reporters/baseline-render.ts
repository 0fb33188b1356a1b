/**
 * The baseline comparison (baseline.ts) in words, for the markdown report (comment, job summary)
 * and the HTML report alike: a note when there was no baseline, else one table per experiment
 * with the base verdict, each figure on the base and now, the delta, the SLO margin, and the
 * figures that regressed beyond the tolerance marked.
 */
import { markdownTable } from 'markdown-table'
import type { RegressionTolerance } from '../engine/policy.ts'
import type { BaselineComparison, ExperimentComparison, FigureComparison } from './baseline.ts'
import { escapeHtml, escapeMarkdown, escapeUrl, truncateText } from './escape.ts'
import type { FigureUnit } from './figures.ts'
import { VERDICT_EMOJI } from './format.ts'
import { roundForReading } from './glance.ts'

const LABEL_MAX = 80

/** A figure in its unit: `16.7 %`, `445 ms`, `12 s`. */
export function figureText(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'ratio':
      return `${roundForReading(value * 100)} %`
    case 'ms':
      return `${roundForReading(value)} ms`
    case 's':
      return `${roundForReading(value)} s`
    case 'number':
      return roundForReading(value)
  }
}

function signed(text: string, negative: boolean): string {
  return `${negative ? '−' : '+'}${text.replace(/^-/, '')}`
}

/** `+12 ms (+8 %)`; `±0` when nothing moved. */
export function deltaText(f: FigureComparison): string {
  if (f.delta === undefined || f.base === undefined) return '—'
  if (f.delta === 0) return '±0'
  const abs = signed(figureText(f.delta, f.unit === 'ratio' ? 'ratio' : f.unit), f.delta < 0)
  if (f.base === 0) return abs
  const rel = (f.delta / Math.abs(f.base)) * 100
  return `${abs} (${signed(`${roundForReading(Math.abs(rel))} %`, rel < 0)})`
}

/** The distance left to the SLO bound (negative: broken), in the figure's unit. */
export function marginText(f: FigureComparison): string {
  if (f.bound === undefined || f.current === undefined) return ''
  const margin = f.better === 'lower' ? f.bound - f.current : f.current - f.bound
  return figureText(margin, f.unit)
}

/** The tolerance in words: `10 % and 5 ms (latencies), 1 s, 0.1 pp (rates)`. */
export function toleranceText(t: RegressionTolerance): string {
  return (
    `worse by more than ${roundForReading(t.relative * 100)} % and by more than ` +
    `${roundForReading(t.absolute.ms)} ms (latencies), ${roundForReading(t.absolute.s)} s (durations), ` +
    `${roundForReading(t.absolute.ratio * 100)} points (rates)`
  )
}

function verdictWord(verdict: string | undefined): string {
  if (verdict === undefined) return 'new'
  const emoji = (VERDICT_EMOJI as Record<string, string>)[verdict] ?? ''
  return `${emoji} ${verdict}`.trim()
}

interface Row {
  label: string
  base: string
  now: string
  delta: string
  margin: string
  regressed: boolean
}

function rowOf(f: FigureComparison): Row {
  return {
    label: truncateText(f.label, LABEL_MAX),
    base: f.base === undefined ? '—' : figureText(f.base, f.unit),
    now: f.current === undefined ? '—' : figureText(f.current, f.unit),
    delta: deltaText(f),
    margin: marginText(f),
    regressed: f.regressed
  }
}

function headline(c: BaselineComparison): string {
  if (c.regressions === 0) return 'no figure got worse beyond the tolerance'
  return `${c.regressions} figure${c.regressions === 1 ? '' : 's'} got worse beyond the tolerance`
}

function experimentMarkdown(e: ExperimentComparison): string {
  const title = `**${escapeMarkdown(truncateText(e.title, LABEL_MAX))}**: base ${verdictWord(e.baseVerdict)} → now ${verdictWord(e.verdict)}`
  if (e.figures.length === 0) return `${title}; no figures to compare.\n`
  const rows = e.figures
    .map(rowOf)
    .map((r) => [
      `${r.regressed ? '🔺 ' : ''}${escapeMarkdown(r.label)}`,
      r.base,
      r.now,
      r.regressed ? `**${r.delta}**` : r.delta,
      r.margin
    ])
  const table = markdownTable([['Figure', 'Base', 'Now', 'Δ', 'SLO margin'], ...rows], {
    alignDelimiters: false
  })
  return `${title}\n\n${table}\n`
}

export function baselineMarkdown(c: BaselineComparison): string {
  const heading = '\n\n### Compared with the baseline\n\n'
  if (c.note !== undefined) return `${heading}> [!NOTE]\n> ${escapeMarkdown(c.note)}\n`
  const name = c.source ? escapeMarkdown(truncateText(c.source, 300)) : ''
  const linked = c.sourceUrl && name ? `[${name}](${escapeUrl(c.sourceUrl)})` : name
  const source = linked ? `Baseline: ${linked}. ` : ''
  const lead = `${source}${c.regressions > 0 ? '🔺 ' : ''}${headline(c)} (a regression is a figure ${toleranceText(c.tolerance)}).\n\n`
  return heading + lead + c.experiments.map(experimentMarkdown).join('\n')
}

function experimentHtml(e: ExperimentComparison): string {
  const title = `<p><strong>${escapeHtml(truncateText(e.title, LABEL_MAX))}</strong>: base ${escapeHtml(verdictWord(e.baseVerdict))} → now ${escapeHtml(verdictWord(e.verdict))}</p>`
  if (e.figures.length === 0) return `${title}<p>No figures to compare.</p>`
  const rows = e.figures
    .map(rowOf)
    .map(
      (r) =>
        `<tr${r.regressed ? ' class="regressed"' : ''}><td>${r.regressed ? '🔺 ' : ''}${escapeHtml(r.label)}</td>` +
        `<td>${escapeHtml(r.base)}</td><td>${escapeHtml(r.now)}</td><td>${escapeHtml(r.delta)}</td><td>${escapeHtml(r.margin)}</td></tr>`
    )
    .join('')
  return `${title}<table class="baseline"><thead><tr><th>Figure</th><th>Base</th><th>Now</th><th>Δ</th><th>SLO margin</th></tr></thead><tbody>${rows}</tbody></table>`
}

export function baselineHtml(c: BaselineComparison): string {
  const heading = '<section class="baseline"><h2>Compared with the baseline</h2>'
  if (c.note !== undefined) return `${heading}<p class="note">${escapeHtml(c.note)}</p></section>`
  const name = c.source ? escapeHtml(truncateText(c.source, 300)) : ''
  const source = name
    ? `Baseline: ${name}${c.sourceUrl ? ` (${escapeHtml(c.sourceUrl)})` : ''}. `
    : ''
  return (
    `${heading}<p>${source}${escapeHtml(headline(c))} (a regression is a figure ${escapeHtml(toleranceText(c.tolerance))}).</p>` +
    `${c.experiments.map(experimentHtml).join('')}</section>`
  )
}

/** One line per regressed figure, for logs: `title: load users p95 120 ms -> 180 ms (+60 ms (+50 %))`. */
export function regressionLines(c: BaselineComparison, max = 10): string[] {
  const lines: string[] = []
  for (const e of c.experiments) {
    for (const f of e.figures) {
      if (!f.regressed || f.base === undefined || f.current === undefined) continue
      lines.push(
        `regression: ${truncateText(e.title, LABEL_MAX)}: ${truncateText(f.label, LABEL_MAX)} ` +
          `${figureText(f.base, f.unit)} -> ${figureText(f.current, f.unit)} (${deltaText(f)})`
      )
    }
  }
  if (lines.length > max) return [...lines.slice(0, max), `regression: ${lines.length - max} more`]
  return lines
}
