/**
 * Mermaid `xychart-beta` charts of the loads in a journal: p95 latency and error rate per second,
 * with the fault window shaded by a bar series (xychart has no annotations; bars at the top of the
 * axis over the fault's seconds read as a band). GitHub renders these in comments and summaries.
 */
import type { Journal } from '../engine/types.ts'
import { escapeMarkdown, truncateText } from './escape.ts'
import { sloThresholds } from './glance.ts'
import { buildTimeline, downsample, niceMax } from './timeline.ts'
import type { FaultWindow, LoadPoint, LoadSeries } from './timeline.ts'

export interface MermaidChartOptions {
  /** Points per chart at most; longer series are merged into buckets of seconds. */
  maxPoints?: number
  /** Loads charted per experiment at most. */
  maxLoads?: number
}

const FAULT_COLOR = '#f2b8b5'
const P95_COLOR = '#1f5fbf'
const ERROR_COLOR = '#c62828'
const SLO_COLOR = '#2e7d32'

/** Mermaid labels are quoted strings: keep them to characters that can't end or confuse one. */
function label(text: string, max = 60): string {
  return truncateText(text.replace(/[^\w .,:()%/+-]+/g, ' ').replace(/\s+/g, ' '), max).trim()
}

function fmt(value: number): string {
  if (!Number.isFinite(value)) return '0'
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10)
}

/** For each point, whether a fault was in force during any part of its seconds. */
function faultMask(
  series: LoadSeries,
  points: readonly LoadPoint[],
  faults: readonly FaultWindow[]
): boolean[] {
  return points.map((p, i) => {
    const from = series.start + p.t * 1000
    const next = points[i + 1]
    const to = series.start + (next ? next.t : p.t + 1) * 1000
    return faults.some((f) => f.start < to && f.end > from)
  })
}

function chart(options: {
  title: string
  yLabel: string
  yMax: number
  seconds: readonly number[]
  values: readonly number[]
  mask: readonly boolean[] | undefined
  color: string
  /** The SLO bound, drawn as a flat line. */
  threshold?: number | undefined
}): string {
  const colors = [options.color, ...(options.threshold === undefined ? [] : [SLO_COLOR])]
  const palette = (options.mask ? [FAULT_COLOR, ...colors] : colors).join(', ')
  const lines = [
    '```mermaid',
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${label(options.title, 80)}"`,
    // Categories rather than a numeric range: each second gets a band the fault bar fills.
    `  x-axis "seconds since the experiment started" [${options.seconds.map((t) => `"${fmt(t)}"`).join(', ')}]`,
    `  y-axis "${label(options.yLabel)}" 0 --> ${fmt(options.yMax)}`
  ]
  if (options.mask) {
    lines.push(`  bar [${options.mask.map((on) => (on ? fmt(options.yMax) : '0')).join(', ')}]`)
  }
  lines.push(`  line [${options.values.map(fmt).join(', ')}]`)
  if (options.threshold !== undefined) {
    lines.push(`  line [${options.values.map(() => fmt(options.threshold!)).join(', ')}]`)
  }
  lines.push('```')
  return lines.join('\n')
}

function journalThresholds(journal: Journal, load: string): ReturnType<typeof sloThresholds> {
  try {
    return sloThresholds(journal, load)
  } catch {
    return {}
  }
}

function sloNote(slo: ReturnType<typeof sloThresholds>): string {
  const parts: string[] = []
  if (slo.p95Ms !== undefined) parts.push(`p95 ≤ ${fmt(slo.p95Ms)} ms`)
  if (slo.errorRate !== undefined) parts.push(`error rate ≤ ${fmt(slo.errorRate * 100)} %`)
  return parts.length ? ` Green line: the SLO (${parts.join(', ')}).` : ''
}

function secondsText(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * Markdown with two charts per load (p95 latency, error rate) and a line saying where the fault
 * window lies; '' when the journal has no load series.
 */
export function renderLoadCharts(journal: Journal, options: MermaidChartOptions = {}): string {
  const maxPoints = Math.max(2, options.maxPoints ?? 60)
  const maxLoads = Math.max(1, options.maxLoads ?? 2)
  let timeline
  try {
    timeline = buildTimeline(journal)
  } catch {
    // A journal we can't read the times of gets no chart rather than no report.
    return ''
  }
  const loads = timeline.loads.slice(0, maxLoads)
  if (loads.length === 0) return ''
  const parts: string[] = []
  for (const series of loads) {
    const points = downsample(series.points, maxPoints)
    const mask = faultMask(series, points, timeline.faults)
    const shaded = mask.some(Boolean) ? mask : undefined
    // One time axis for every chart and the HTML timeline: seconds since the experiment started.
    const offset = (series.start - timeline.start) / 1000
    const seconds = points.map((p) => p.t + offset)
    const name = series.name === 'default' ? series.activity : series.name
    const p95s = points.map((p) => p.p95)
    const errors = points.map((p) => p.errorRate * 100)
    const slo = journalThresholds(journal, series.name)
    const sloP95 = slo.p95Ms
    const sloErrors = slo.errorRate === undefined ? undefined : slo.errorRate * 100

    parts.push(
      `**Load ${escapeMarkdown(truncateText(name, 80))}**: ${series.requests} requests, ` +
        `error rate ${fmt(series.errorRate * 100)} %, p95 ${fmt(series.p95)} ms, p99 ${fmt(series.p99)} ms.`
    )
    const windows = timeline.faults
      .filter((f) => f.end > series.start)
      .map(
        (f) =>
          `${secondsText(Math.max(0, f.start - timeline.start))} to ${secondsText(f.end - timeline.start)}` +
          (f.actions.length ? ` (${escapeMarkdown(truncateText(f.actions.join(', '), 120))})` : '')
      )
    parts.push(
      windows.length > 0
        ? `Shaded: fault in force from ${windows.slice(0, 3).join('; ')}${windows.length > 3 ? ` +${windows.length - 3} more` : ''}, counted from the experiment's start.${sloNote(slo)}`
        : 'No fault window overlaps this load.'
    )
    parts.push(
      chart({
        title: `p95 latency (ms), ${name}`,
        yLabel: 'ms',
        yMax: niceMax(Math.max(...p95s, sloP95 ?? 0) * 1.1, 10),
        seconds,
        values: p95s,
        mask: shaded,
        color: P95_COLOR,
        threshold: sloP95
      }),
      chart({
        title: `error rate (%), ${name}`,
        yLabel: '%',
        yMax: Math.min(100, niceMax(Math.max(...errors, sloErrors ?? 0) * 1.1, 1)),
        seconds,
        values: errors,
        mask: shaded,
        color: ERROR_COLOR,
        threshold: sloErrors
      })
    )
  }
  if (timeline.loads.length > loads.length) {
    parts.push(`${timeline.loads.length - loads.length} more load(s) in the journal.`)
  }
  return parts.join('\n\n')
}
