import { NEUTRAL_VERDICTS } from '../engine/types.ts'
import type { ExperimentResult } from '../engine/types.ts'
import { escapeXml, oneLine, truncateText } from './escape.ts'
import { VERDICT_TEXT, deviatingProbes, locationText, toSummaryInput } from './format.ts'
import type { SummaryInput } from './format.ts'

export interface JUnitOptions {
  /** The testsuite name; defaults to `chaos-action` plus the run id. */
  suiteName?: string
}

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
  const skipped = results.filter((r) => NEUTRAL_VERDICTS.includes(r.verdict)).length
  const failures = results.filter((r) => r.verdict !== 'passed').length - skipped
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
    `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}"${timestamp}>`
  ]
  for (const result of results) lines.push(...testcase(result))
  lines.push('  </testsuite>', '</testsuites>', '')
  return lines.join('\n')
}

function seconds(value: number): string {
  return (Number.isFinite(value) && value >= 0 ? value : 0).toFixed(3)
}

function testcase(result: ExperimentResult): string[] {
  const open = `    <testcase name="${escapeXml(oneLine(result.title))}" classname="${escapeXml(result.file)}" file="${escapeXml(result.file)}" time="${seconds(result.duration)}"`
  const out: string[] = []
  if (result.verdict === 'passed') {
    out.push(`${open}>`)
  } else if (NEUTRAL_VERDICTS.includes(result.verdict)) {
    // A dry run or a skipped experiment is neither a pass nor a failure.
    const message = truncateText(oneLine(result.reason || result.verdict), 1000)
    out.push(`${open}>`, `      <skipped message="${escapeXml(message)}"/>`)
  } else {
    const verdict = VERDICT_TEXT[result.verdict] ?? String(result.verdict)
    const message = truncateText(oneLine(result.reason || verdict), 1000)
    out.push(
      `${open}>`,
      `      <failure type="${escapeXml(String(result.verdict))}" message="${escapeXml(message)}">${escapeXml(failureBody(result))}</failure>`
    )
  }
  const journal = result.journalPath ? `journal: ${result.journalPath}\n` : ''
  const rollbacks = result.rollbacksRun.length
    ? `rollbacks run: ${result.rollbacksRun.join(', ')}\n`
    : ''
  if (journal || rollbacks)
    out.push(`      <system-out>${escapeXml(journal + rollbacks)}</system-out>`)
  out.push('    </testcase>')
  return out
}

function failureBody(result: ExperimentResult): string {
  const lines = [`verdict: ${VERDICT_TEXT[result.verdict] ?? result.verdict}`]
  if (result.reason) lines.push(`reason: ${result.reason}`)
  const deviating = deviatingProbes(result)
  if (deviating.length) {
    lines.push(`deviating probes: ${deviating.map((p) => `${p.name} (${p.phase})`).join(', ')}`)
  }
  for (const f of result.findings ?? []) {
    const where = locationText(f.location)
    lines.push(
      `- [${f.phase}] ${f.kind} ${f.activity}: ${truncateText(oneLine(f.message), 1000)}${where ? ` (${where})` : ''}`
    )
  }
  return lines.join('\n')
}
