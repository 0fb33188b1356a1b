/**
 * A self-contained HTML report: inline CSS and hand-drawn inline SVG, no script and no external
 * resource (a Content-Security-Policy forbids them), so it opens offline and from an artifact.
 * Summary table, then per experiment: findings, a timeline of phases and activities with the
 * fault windows shaded, the load charts (p95 latency and error rate), and the journal.
 */
import { baselineHtml } from './baseline-render.ts'
import { basename } from 'node:path'
import type { ExperimentResult, SourceLocation } from '../engine/types.ts'
import { truncateText } from './escape.ts'
import { findingText, sloThresholds, whyLine } from './glance.ts'
import type { ReportLinks } from './links.ts'
import {
  VERDICT_TEXT,
  outcomeHeadline,
  formatDuration,
  listWithTail,
  locationText,
  steadyText,
  toSummaryInput
} from './format.ts'
import type { SummaryInput } from './format.ts'
import { buildTimeline, downsample, niceMax } from './timeline.ts'
import type {
  ActivitySpan,
  ExperimentTimeline,
  FaultWindow,
  LoadSeries,
  TimelinePhase
} from './timeline.ts'

export interface HtmlReportOptions {
  /** Where a result's journal can be read; linked from the table. Only http(s) and relative. */
  journalLink?: (result: ExperimentResult) => string | undefined
  /** Characters of each journal shown at most (the rest is cut with a note). */
  maxJournalChars?: number
  /** Characters of all journals together at most, so a run of hundreds stays openable. */
  maxTotalJournalChars?: number
  /** Rows of a timeline at most. */
  maxTimelineRows?: number
  /** The time printed as "generated at"; now by default. */
  generatedAt?: Date
  /** Links to the experiment files (file:line on the commit) and journals (see links.ts). */
  links?: ReportLinks
  /**
   * Upper bound on the UTF-8 size of the report. Rows, then sections, that would pass it are left
   * out with a note saying how many (the journals have everything). Default 10 MB.
   */
  maxBytes?: number
}

/** Bounds on text from experiments and responses, so one chatty experiment can't bloat the file. */
const TITLE_MAX = 300
const NAME_MAX = 200
const TEXT_MAX = 1_000
const FINDINGS_MAX = 50
const DEFAULT_MAX_BYTES = 10_000_000

/** `esc` of text cut to `max` characters. */
function escCut(value: string, max: number): string {
  return esc(truncateText(value, max))
}

function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/** Text and attribute values: nothing from an experiment or a response can become markup. */
export function esc(value: unknown): string {
  return String(value)
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Links we are willing to emit: http(s) or a relative path; nothing else (javascript:, data:). */
function safeHref(link: string | undefined): string | undefined {
  if (!link) return undefined
  const trimmed = link.trim()
  if (/^https?:\/\//i.test(trimmed)) return trimmed
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined
  return trimmed
}

const num = (n: number, digits = 1): string =>
  Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : '0'

const PHASE_TITLE: Record<TimelinePhase, string> = {
  before: 'Steady state before',
  method: 'Method',
  during: 'Steady state during',
  after: 'Steady state after',
  rollbacks: 'Rollbacks'
}
const PHASE_ORDER: readonly TimelinePhase[] = ['before', 'method', 'during', 'after', 'rollbacks']

const CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--fault:rgba(207,34,46,.13)}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0 0 8px}h3{font-size:15px;margin:18px 0 6px}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{white-space:nowrap}td code,td a,td small{overflow-wrap:anywhere}
.ok{color:var(--pass);font-weight:700}.ko{color:var(--fail);font-weight:700}
main{max-width:1060px}
th{background:#f6f8fa;font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px;color:#fff;white-space:nowrap}
.v-passed{background:var(--pass)}.v-deviated,.v-failed,.v-aborted{background:var(--fail)}.v-not-steady,.v-interrupted,.v-inconclusive{background:var(--warn)}.v-dry-run,.v-skipped{background:var(--muted)}
section.experiment{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
.charts{display:flex;flex-wrap:wrap;gap:16px}
svg{max-width:100%;height:auto;font:11px -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;background:#fff}
svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
svg .fault{fill:var(--fault)}svg .fault-label{fill:#a40e26;font-weight:600}
svg .phase-band{fill:#f6f8fa}svg .phase-title{font-weight:600;fill:var(--fg)}
svg .bar-action{fill:#4a78c2}svg .bar-probe{fill:#2da44e}svg .bar-fault{fill:#a40e26}
svg .bar-failed{fill:#cf222e}svg .bar-unmet{fill:#d4a72c}
svg .p95{fill:none;stroke:#1f5fbf;stroke-width:2}svg .errors{fill:none;stroke:#cf222e;stroke-width:2}
svg .slo{stroke:#2e7d32;stroke-width:1.5;stroke-dasharray:6 4}svg .slo-label{fill:#2e7d32;font-weight:600}
td.verdict{white-space:nowrap}td.time{white-space:nowrap;text-align:right}.facts{margin:4px 0 8px}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
tr.regressed td{background:#ffebe9}
details.journal pre{max-height:480px;overflow:auto;background:#f6f8fa;padding:10px;border-radius:6px;font-size:12px;white-space:pre-wrap;word-break:break-word}
`

export function renderHtmlReport(
  input: SummaryInput | readonly ExperimentResult[],
  options: HtmlReportOptions = {}
): string {
  const summary = toSummaryInput(input)
  const results = summary.results
  const budget = { left: options.maxTotalJournalChars ?? 4_000_000 }
  const generated = (options.generatedAt ?? new Date()).toISOString()
  const headline = outcomeHeadline(results)
  const run = [
    summary.runId ? `run ${esc(summary.runId)}` : '',
    summary.duration === undefined ? '' : `took ${esc(formatDuration(summary.duration))}`,
    summary.interrupted ? '<strong>interrupted</strong>' : '',
    `generated ${esc(generated)}`
  ].filter(Boolean)

  const head = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Belt and braces: even if something slipped through escaping, nothing could load or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Chaos experiments: ${esc(headline)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
    `<header><h1>Chaos experiments: ${esc(headline)}</h1><p class="muted">${run.join(' · ')}</p></header>`
  ].join('\n')
  const tail = '\n</main></body></html>\n'
  const maxBytes = Math.max(4096, options.maxBytes ?? DEFAULT_MAX_BYTES)
  // Room for the note and the table's own markup.
  const baseline = summary.baseline ? baselineHtml(summary.baseline) : ''
  let left = maxBytes - byteSize(head) - byteSize(tail) - byteSize(baseline) - 1024
  const rows: string[] = []
  for (const [i, r] of results.entries()) {
    const row = summaryRow(r, i, options)
    if (byteSize(row) > left) break
    rows.push(row)
    left -= byteSize(row)
  }
  const sections: string[] = []
  if (rows.length === results.length) {
    for (const [i, r] of results.entries()) {
      budget.left = Math.min(budget.left, Math.max(0, left - 200_000))
      const section = experimentSection(r, i, options, budget)
      if (byteSize(section) > left) continue
      sections.push(section)
      left -= byteSize(section)
    }
  }
  const missing: string[] = []
  if (rows.length < results.length)
    missing.push(`${results.length - rows.length} of ${results.length} table rows`)
  if (sections.length < results.length)
    missing.push(`${results.length - sections.length} of ${results.length} experiment sections`)
  const note = missing.length
    ? `<p class="muted truncated">Report cut to stay under ${maxBytes} bytes: ${esc(missing.join(' and '))} left out. The journals have every detail.</p>`
    : ''
  return [head, summaryTable(rows), note, baseline, ...sections].join('\n') + tail
}

function badge(result: ExperimentResult): string {
  const verdict = String(result.verdict)
  const text = VERDICT_TEXT[result.verdict] ?? verdict
  return `<span class="badge v-${esc(verdict)}">${esc(text)}</span>`
}

/** Check marks from common text fonts: emoji need a colour font many machines lack. */
function mark(ok: boolean): string {
  return ok ? '<span class="ok">✓</span>' : '<span class="ko">✗</span>'
}

function steady(met: boolean | null): string {
  return met === null ? esc(steadyText(met)) : `${mark(met)} ${esc(steadyText(met))}`
}

function summaryRow(r: ExperimentResult, i: number, options: HtmlReportOptions): string {
  return (
    `<tr class="experiment-row" data-verdict="${esc(r.verdict)}">` +
    `<td class="verdict">${badge(r)}</td>` +
    `<td><a href="#experiment-${i + 1}">${escCut(r.title, TITLE_MAX)}</a><br><small class="muted">${fileLink(r.file, options)}</small></td>` +
    `<td class="why">${escCut(whyLine(r), TEXT_MAX) || '—'}</td>` +
    `<td class="time">${esc(formatDuration(r.duration))}</td></tr>`
  )
}

function summaryTable(rows: readonly string[]): string {
  return (
    '<table id="summary"><thead><tr><th>Verdict</th><th>Experiment</th><th>Why</th><th>Time</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  )
}

function journalHref(result: ExperimentResult, options: HtmlReportOptions): string | undefined {
  return safeHref(options.links?.journal?.(result) ?? options.journalLink?.(result))
}

function whereCell(location: SourceLocation | undefined, options: HtmlReportOptions): string {
  if (!location) return '—'
  const href = safeHref(options.links?.source?.(location.file, location.line))
  const text = escCut(locationText(location), TITLE_MAX)
  return href ? `<a href="${esc(href)}">${text}</a>` : text
}

function fileLink(file: string, options: HtmlReportOptions): string {
  const href = safeHref(options.links?.source?.(file))
  return href ? `<a href="${esc(href)}">${escCut(file, TITLE_MAX)}</a>` : escCut(file, TITLE_MAX)
}

function facts(result: ExperimentResult, options: HtmlReportOptions): string {
  const href = journalHref(result, options)
  const name = result.journalPath ? basename(result.journalPath) : 'journal'
  const journal = href
    ? `<a href="${esc(href)}">${escCut(name, TITLE_MAX)}</a>`
    : result.journalPath
      ? `<code>${escCut(result.journalPath, TITLE_MAX)}</code>`
      : 'none'
  return (
    `<p class="facts">Steady state before: ${steady(result.steadyBefore)} · after: ${steady(result.steadyAfter)}` +
    ` · rollbacks run: ${result.rollbacksRun.length ? escCut(listWithTail(result.rollbacksRun, 5), TEXT_MAX) : 'none'}` +
    ` · journal: ${journal}</p>`
  )
}

function experimentSection(
  result: ExperimentResult,
  index: number,
  options: HtmlReportOptions,
  budget: { left: number }
): string {
  const parts = [
    `<section class="experiment" id="experiment-${index + 1}" data-verdict="${esc(result.verdict)}">`,
    `<h2>${badge(result)} ${escCut(result.title, TITLE_MAX)}</h2>`,
    `<p class="why"><strong>Why:</strong> ${escCut(whyLine(result, TEXT_MAX), TEXT_MAX) || '—'}</p>`,
    `<p class="muted">${fileLink(result.file, options)} · ${esc(formatDuration(result.duration))}</p>`,
    facts(result, options)
  ]
  const findings = result.findings ?? []
  if (findings.length > 0) {
    const rows = findings
      .slice(0, FINDINGS_MAX)
      .map(
        (f) =>
          `<tr><td>${escCut(f.phase, NAME_MAX)}</td><td>${escCut(f.kind, NAME_MAX)} ${escCut(f.activity, NAME_MAX)}</td>` +
          `<td>${f.met === undefined ? '' : `${mark(f.met)} `}${escCut(findingText(result, f), TEXT_MAX)}</td>` +
          `<td>${whereCell(f.location, options)}</td></tr>`
      )
    if (findings.length > FINDINGS_MAX) {
      rows.push(
        `<tr><td colspan="4" class="muted">+${findings.length - FINDINGS_MAX} more findings (see the journal)</td></tr>`
      )
    }
    parts.push(
      '<table class="findings"><thead><tr><th>Phase</th><th>Activity</th><th>Result</th><th>Where</th></tr></thead>' +
        `<tbody>${rows.join('')}</tbody></table>`
    )
  }

  let timeline: ExperimentTimeline | undefined
  try {
    timeline = result.journal ? buildTimeline(result.journal) : undefined
  } catch {
    timeline = undefined
  }
  if (timeline && timeline.activities.length > 0) {
    parts.push('<h3>Timeline</h3>', timelineSvg(timeline, options.maxTimelineRows ?? 60))
    parts.push(legend())
  }
  if (timeline && timeline.loads.length > 0) {
    parts.push('<h3>Load</h3>')
    for (const load of timeline.loads.slice(0, 4)) {
      const slo = result.journal ? sloThresholds(result.journal, load.name) : {}
      parts.push(loadCharts(load, timeline, slo))
    }
  }
  if (result.journal) parts.push(journalBlock(result, options.maxJournalChars ?? 400_000, budget))
  parts.push('</section>')
  return parts.join('\n')
}

function legend(): string {
  const item = (cls: string, text: string): string =>
    `<span><i style="background:${cls}"></i>${esc(text)}</span>`
  return (
    '<p class="legend muted">' +
    item('#4a78c2', 'action') +
    item('#2da44e', 'probe') +
    item('#a40e26', 'fault injected') +
    item('#d4a72c', 'tolerance not met') +
    item('#cf222e', 'failed') +
    item('rgba(207,34,46,.25)', 'fault in force') +
    '</p>'
  )
}

/** A step for about `count` ticks over `span` seconds, from a round set. */
function tickStep(span: number, count: number): number {
  const steps = [
    0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600,
    1800, 3600
  ]
  return steps.find((s) => span / s <= count) ?? 3600 * Math.ceil(span / 3600 / count)
}

interface Row {
  phase: TimelinePhase
  name: string
  spans: ActivitySpan[]
}

/**
 * The one time axis of an experiment: the timeline and every load chart span the same seconds at
 * the same horizontal scale, so a spike lines up with the activity above it.
 */
const AXIS = { width: 1000, left: 240, right: 20 } as const

function timelineSvg(timeline: ExperimentTimeline, maxRows: number): string {
  const { width, left, right } = AXIS
  const rowHeight = 20
  const top = 24
  const plotWidth = width - left - right
  const t0 = timeline.start
  const span = Math.max(1, timeline.end - t0)
  const x = (ms: number): number => left + ((ms - t0) / span) * plotWidth

  // One row per activity name in a phase: a continuous hypothesis's probes share their row.
  const rows: Row[] = []
  const headers: { phase: TimelinePhase; row: number }[] = []
  let hidden = 0
  let used = 0
  for (const phase of PHASE_ORDER) {
    const spans = timeline.activities.filter((a) => a.phase === phase)
    if (spans.length === 0) continue
    headers.push({ phase, row: used++ })
    const byName = new Map<string, Row>()
    for (const a of [...spans].sort((p, q) => p.start - q.start)) {
      let row = byName.get(a.name)
      if (!row) {
        if (used >= maxRows) {
          hidden++
          continue
        }
        row = { phase, name: a.name, spans: [] }
        byName.set(a.name, row)
        rows.push(row)
        used++
      }
      row.spans.push(a)
    }
  }
  const rowIndex = new Map<Row, number>()
  {
    let i = 0
    for (const phase of PHASE_ORDER) {
      if (!headers.some((h) => h.phase === phase)) continue
      i++
      for (const r of rows.filter((r) => r.phase === phase)) rowIndex.set(r, i++)
    }
  }
  const totalRows = used + (hidden > 0 ? 1 : 0)
  const plotHeight = totalRows * rowHeight
  const height = top + plotHeight + 34
  const y = (row: number): number => top + row * rowHeight

  const out: string[] = [
    `<svg class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of the experiment">`
  ]
  // Time grid and axis.
  const seconds = span / 1000
  const step = tickStep(seconds, 10)
  for (let s = 0; s <= seconds + 1e-9; s += step) {
    const tx = x(t0 + s * 1000)
    out.push(
      `<line class="grid" x1="${num(tx)}" y1="${top}" x2="${num(tx)}" y2="${top + plotHeight}"/>`,
      `<text x="${num(tx)}" y="${top + plotHeight + 14}" text-anchor="middle">${esc(seconds < 2 ? `${num(s * 1000, 0)} ms` : `${num(s, 1)} s`)}</text>`
    )
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}"/>`,
    `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 30}" text-anchor="middle" class="muted">seconds since the experiment started</text>`
  )
  // Phases: a band over their time span on their header row.
  let headerRow = 0
  for (const phase of PHASE_ORDER) {
    const h = headers.find((p) => p.phase === phase)
    if (!h) continue
    const ps = timeline.phases.find((p) => p.phase === phase)
    const ry = y(headerRow)
    if (ps) {
      out.push(
        `<rect class="phase-band" data-phase="${phase}" x="${num(x(ps.start))}" y="${ry + 2}" width="${num(Math.max(2, x(ps.end) - x(ps.start)))}" height="${rowHeight - 4}"/>`
      )
    }
    out.push(`<text class="phase-title" x="8" y="${ry + 14}">${esc(PHASE_TITLE[phase])}</text>`)
    headerRow += 1 + rows.filter((r) => r.phase === phase).length
  }
  // Fault windows over the whole plot.
  for (const f of timeline.faults) {
    const fx = x(f.start)
    const fw = Math.max(2, x(f.end) - fx)
    out.push(
      `<rect class="fault" x="${num(fx)}" y="${top - 16}" width="${num(fw)}" height="${plotHeight + 16}"><title>${esc(faultTitle(f, t0))}</title></rect>`,
      `<text class="fault-label" x="${num(fx + 3)}" y="${top - 5}">fault${f.open ? ' (not removed)' : ''}</text>`
    )
  }
  // Activities.
  for (const row of rows) {
    const ry = y(rowIndex.get(row) ?? 0)
    out.push(
      `<text x="20" y="${ry + 14}">${esc(truncateText(row.name, 34))}<title>${escCut(row.name, NAME_MAX)}</title></text>`
    )
    for (const a of row.spans) {
      const bx = x(a.start)
      const bw = Math.max(2, x(a.end) - bx)
      const cls =
        a.status === 'failed'
          ? 'bar-failed'
          : a.met === false
            ? 'bar-unmet'
            : a.fault
              ? 'bar-fault'
              : a.kind === 'probe'
                ? 'bar-probe'
                : 'bar-action'
      const tip = `${a.kind} ${truncateText(a.name, NAME_MAX)} (${PHASE_TITLE[a.phase]}): ${formatDuration((a.end - a.start) / 1000)}, ${a.status}${a.met === undefined ? '' : a.met ? ', tolerance met' : ', tolerance not met'}${a.background ? ', background' : ''}`
      out.push(
        `<rect class="activity ${cls}" x="${num(bx)}" y="${ry + 4}" width="${num(bw)}" height="${rowHeight - 8}" rx="2"><title>${esc(tip)}</title></rect>`
      )
    }
  }
  if (hidden > 0) {
    out.push(
      `<text x="20" y="${y(used) + 14}" class="muted">+${hidden} more activities (see the journal)</text>`
    )
  }
  out.push('</svg>')
  return out.join('')
}

function faultTitle(f: FaultWindow, t0: number): string {
  const from = ((f.start - t0) / 1000).toFixed(1)
  const to = ((f.end - t0) / 1000).toFixed(1)
  const actions = truncateText(listWithTail(f.actions, 5), TEXT_MAX)
  return `fault from ${from} s to ${to} s${f.actions.length ? `: ${actions}` : ''}${f.open ? ' (never removed)' : ''}`
}

function loadCharts(
  load: LoadSeries,
  timeline: ExperimentTimeline,
  slo: ReturnType<typeof sloThresholds>
): string {
  const points = downsample(load.points, 300)
  const name = truncateText(load.name === 'default' ? load.activity : load.name, NAME_MAX)
  const summary =
    `<p><strong>${esc(name)}</strong>: ${esc(load.requests)} requests, error rate ` +
    `${esc(num(load.errorRate * 100, 2))} %, p95 ${esc(num(load.p95))} ms, p99 ${esc(num(load.p99))} ms</p>`
  const p95 = lineChart({
    kind: 'p95',
    title: 'p95 latency (ms)',
    load,
    timeline,
    values: points.map((p) => ({ t: p.t, v: p.p95 })),
    yMax: niceMax(Math.max(0, slo.p95Ms ?? 0, ...points.map((p) => p.p95)) * 1.1, 10),
    unit: 'ms',
    ...(slo.p95Ms === undefined ? {} : { threshold: slo.p95Ms })
  })
  const errorBound = slo.errorRate === undefined ? undefined : slo.errorRate * 100
  const errors = lineChart({
    kind: 'errors',
    title: 'error rate (%)',
    load,
    timeline,
    values: points.map((p) => ({ t: p.t, v: p.errorRate * 100 })),
    yMax: Math.min(
      100,
      niceMax(Math.max(0, errorBound ?? 0, ...points.map((p) => p.errorRate * 100)) * 1.1, 1)
    ),
    unit: '%',
    ...(errorBound === undefined ? {} : { threshold: errorBound })
  })
  return `<div class="load" data-load="${esc(name)}">${summary}<div class="charts">${p95}${errors}</div></div>`
}

/** A per-second series on the experiment's time axis (AXIS), fault windows shaded, SLO dashed. */
function lineChart(options: {
  kind: 'p95' | 'errors'
  title: string
  load: LoadSeries
  timeline: ExperimentTimeline
  values: { t: number; v: number }[]
  yMax: number
  unit: string
  threshold?: number
}): string {
  const { width, left, right } = AXIS
  const height = 170
  const top = 14
  const bottom = 34
  const pw = width - left - right
  const ph = height - top - bottom
  const t0 = options.timeline.start
  const span = Math.max(1000, options.timeline.end - t0)
  // Seconds since the experiment started -> x.
  const x = (s: number): number => left + (Math.min(Math.max(s * 1000, 0), span) / span) * pw
  const y = (v: number): number => top + ph - (Math.min(v, options.yMax) / options.yMax) * ph
  const offset = (options.load.start - t0) / 1000
  const out = [
    `<svg class="load-chart chart-${options.kind}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(options.title)}">`,
    `<text x="20" y="${top + 12}" class="phase-title">${esc(options.title)}</text>`
  ]
  for (const f of options.timeline.faults) {
    const from = (f.start - t0) / 1000
    const to = (f.end - t0) / 1000
    out.push(
      `<rect class="fault" x="${num(x(from))}" y="${top}" width="${num(Math.max(2, x(to) - x(from)))}" height="${ph}"><title>${esc(faultTitle(f, t0))}</title></rect>`
    )
  }
  for (const frac of [0, 0.5, 1]) {
    const v = options.yMax * frac
    out.push(
      `<line class="grid" x1="${left}" y1="${num(y(v))}" x2="${left + pw}" y2="${num(y(v))}"/>`,
      `<text x="${left - 6}" y="${num(y(v) + 4)}" text-anchor="end">${esc(num(v, 2))}</text>`
    )
  }
  const seconds = span / 1000
  const step = tickStep(seconds, 10)
  for (let s = 0; s <= seconds + 1e-9; s += step) {
    out.push(
      `<text x="${num(x(s))}" y="${top + ph + 14}" text-anchor="middle">${esc(seconds < 2 ? `${num(s * 1000, 0)} ms` : `${num(s, 1)} s`)}</text>`
    )
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}"/>`,
    `<text x="${left + pw / 2}" y="${height - 4}" text-anchor="middle">seconds since the experiment started</text>`
  )
  if (options.threshold !== undefined) {
    const ty = num(y(options.threshold))
    out.push(
      `<line class="slo" x1="${left}" y1="${ty}" x2="${left + pw}" y2="${ty}"><title>SLO</title></line>`,
      `<text class="slo-label" x="${left + pw - 4}" y="${num(y(options.threshold) - 4)}" text-anchor="end">SLO ≤ ${esc(num(options.threshold, 2))} ${esc(options.unit)}</text>`
    )
  }
  // Each value is the second [t, t+1) of the load: plotted at its middle.
  const at = (t: number): number => x(offset + t + 0.5)
  const coords = options.values.map((p) => `${num(at(p.t))},${num(y(p.v))}`).join(' ')
  out.push(`<polyline class="${options.kind}" points="${coords}"/>`)
  for (const p of options.values) {
    out.push(
      `<circle cx="${num(at(p.t))}" cy="${num(y(p.v))}" r="2" class="${options.kind === 'p95' ? 'bar-action' : 'bar-failed'}"><title>${esc(`${num(offset + p.t)} s: ${num(p.v, 2)} ${options.unit}`)}</title></circle>`
    )
  }
  out.push('</svg>')
  return out.join('')
}

function journalBlock(
  result: ExperimentResult,
  maxChars: number,
  budget: { left: number }
): string {
  let text = JSON.stringify(result.journal, null, 2) ?? 'null'
  let note = ''
  const room = Math.max(0, Math.min(maxChars, budget.left))
  if (text.length > room) {
    note =
      room === 0
        ? '<p class="muted">Left out to keep this report small; the journal file has it.</p>'
        : `<p class="muted">Shown: the first ${room} of ${text.length} characters; the journal file has the rest.</p>`
    text = text.slice(0, room)
  }
  budget.left -= text.length
  return `<details class="journal"><summary>Journal${result.journalPath ? ` (${esc(result.journalPath)})` : ''}</summary>${note}<pre>${esc(text)}</pre></details>`
}
