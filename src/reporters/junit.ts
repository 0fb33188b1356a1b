import type { ExperimentResult } from '../engine/types.ts'
import { escapeXml, oneLineCut, truncateText } from './escape.ts'
import {
  VERDICT_TEXT,
  deviatingProbes,
  listWithTail,
  locationText,
  toSummaryInput
} from './format.ts'
import type { SummaryInput } from './format.ts'

export interface JUnitOptions {
  /** The testsuite name; defaults to `chaos-action` plus the run id. */
  suiteName?: string
  /**
   * Upper bound on the UTF-8 size of the file, roughly: every experiment keeps its testcase and
   * failure message, but past this the failure details and output are left out. Default 5 MB.
   */
  maxBytes?: number
}

// Bounds on text from experiments and responses (the journal has it all).
const NAME_MAX = 300
const MESSAGE_MAX = 1000
const FINDING_MAX = 500
const FINDINGS_MAX = 20
const LIST_MAX = 20
const DEFAULT_MAX_BYTES = 5_000_000

/**
 * JUnit XML: one testsuite for the run, one testcase per experiment, a `failure` for every
 * experiment that did not pass (its type is the verdict, its message the reason).
 */
export function renderJUnit(
  input: SummaryInput | readonly ExperimentResult[],
  options: JUnitOptions = {}
): string {
  const summary = toSummaryInput(input)
  const results = summary.results
  const failures = results.filter((r) => r.verdict !== 'passed').length
  const time = seconds(
    summary.duration ??
      results.reduce((total, r) => total + (Number.isFinite(r.duration) ? r.duration : 0), 0)
  )
  const name =
    options.suiteName ?? (summary.runId ? `chaos-action ${summary.runId}` : 'chaos-action')
  const started = results[0]?.journal?.start
  const timestamp = started ? ` timestamp="${escapeXml(started.slice(0, 19))}"` : ''

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chaos-action" tests="${results.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${time}"${timestamp}>`
  ]
  let left = Math.max(0, (options.maxBytes ?? DEFAULT_MAX_BYTES) - 4096)
  for (const result of results) {
    // The details go only while there is room; the testcase and its verdict always do.
    let text = testcase(result, true).join('\n')
    if (Buffer.byteLength(text, 'utf8') > left) text = testcase(result, false).join('\n')
    left -= Buffer.byteLength(text, 'utf8')
    lines.push(text)
  }
  lines.push('  </testsuite>', '</testsuites>', '')
  return lines.join('\n')
}

function seconds(value: number): string {
  return (Number.isFinite(value) && value >= 0 ? value : 0).toFixed(3)
}

function testcase(result: ExperimentResult, details: boolean): string[] {
  const title = escapeXml(oneLineCut(result.title, NAME_MAX))
  const file = escapeXml(truncateText(result.file, NAME_MAX))
  const open = `    <testcase name="${title}" classname="${file}" file="${file}" time="${seconds(result.duration)}"`
  const out: string[] = []
  if (result.verdict === 'passed') {
    out.push(`${open}>`)
  } else {
    const verdict = VERDICT_TEXT[result.verdict] ?? String(result.verdict)
    const message = oneLineCut(result.reason || verdict, MESSAGE_MAX)
    const body = details ? escapeXml(failureBody(result)) : ''
    out.push(
      `${open}>`,
      `      <failure type="${escapeXml(String(result.verdict))}" message="${escapeXml(message)}">${body}</failure>`
    )
  }
  const journal = result.journalPath ? `journal: ${result.journalPath}\n` : ''
  const rollbacks = result.rollbacksRun.length
    ? `rollbacks run: ${truncateText(listWithTail(result.rollbacksRun, LIST_MAX), MESSAGE_MAX)}\n`
    : ''
  if (details && (journal || rollbacks))
    out.push(`      <system-out>${escapeXml(journal + rollbacks)}</system-out>`)
  out.push('    </testcase>')
  return out
}

function failureBody(result: ExperimentResult): string {
  const lines = [`verdict: ${VERDICT_TEXT[result.verdict] ?? result.verdict}`]
  if (result.reason) lines.push(`reason: ${truncateText(result.reason, MESSAGE_MAX)}`)
  const deviating = deviatingProbes(result).map((p) => `${p.name} (${p.phase})`)
  if (deviating.length) {
    lines.push(`deviating probes: ${truncateText(listWithTail(deviating, LIST_MAX), MESSAGE_MAX)}`)
  }
  const findings = result.findings ?? []
  for (const f of findings.slice(0, FINDINGS_MAX)) {
    const where = truncateText(locationText(f.location), NAME_MAX)
    const activity = oneLineCut(f.activity, NAME_MAX)
    lines.push(
      `- [${f.phase}] ${f.kind} ${activity}: ${oneLineCut(f.message, FINDING_MAX)}${where ? ` (${where})` : ''}`
    )
  }
  if (findings.length > FINDINGS_MAX) lines.push(`+${findings.length - FINDINGS_MAX} more findings`)
  return lines.join('\n')
}
