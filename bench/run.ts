/**
 * `npm run bench`: us against the real chaostoolkit, side by side in one run, on the same
 * generated experiments and the same loopback server. Prints medians, ratios and PASS/FAIL per
 * target. Exits 0 whatever the numbers (a benchmark, not a test) unless --strict.
 *
 *   node bench/run.ts [--runs N] [--only ID[,ID]] [--strict]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { markdownTable } from 'markdown-table'
import { ourCli, setupChaostoolkit } from '../parity/harness.ts'
import { startLoopbackServer } from '../parity/server.ts'
import { PLANNED, ROWS } from './rows.ts'
import { actionRows } from './action.ts'
import { evidenceRows } from './evidence.ts'
import { k8sRows } from './k8s.ts'
import { chaosMeshRealRows } from './chaos-mesh-real.ts'
import { realNodeRows } from './real-node.ts'
import { tunnelRows } from './tunnel.ts'
import type { BenchContext, BenchRow, RowResult } from './rows.ts'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    strict: { type: 'boolean', default: false }
  }
})
const runs = Math.max(1, Number(values.runs) || 5)
const only = values.only?.split(',').filter(Boolean)
// The real node's warm start-up comes before the other Kubernetes rows, which then reuse it.
const ALL_ROWS = [
  ...ROWS,
  ...evidenceRows,
  ...realNodeRows,
  ...k8sRows,
  ...tunnelRows,
  ...chaosMeshRealRows,
  ...actionRows
]
const rows = ALL_ROWS.filter((r) => !only || only.includes(r.id))

const chaos = setupChaostoolkit()
const ours = ourCli()
if (ours.label !== 'dist/cli.js') {
  console.log(
    `note: dist/cli.js not built, timing ours from ${ours.label} (type stripping at every start-up makes it slower than the bundle)`
  )
}
const server = await startLoopbackServer()
const scratch = await mkdtemp(join(tmpdir(), 'chaos-bench-'))
const ctx: BenchContext = {
  runs,
  chaos,
  ours: ours.argv,
  env: { ...process.env, PARITY_URL: server.runUrl('bench'), NO_COLOR: '1' },
  scratch,
  python: join(chaos, '..', 'python')
}

interface Outcome {
  row: BenchRow
  result?: RowResult
  error?: string
}

const fmt = (value: number | undefined, unit: string): string =>
  value === undefined || Number.isNaN(value)
    ? '-'
    : unit === 'MB'
      ? `${value.toFixed(1)} MB`
      : unit === 'req/s'
        ? `${Math.round(value)} req/s`
        : unit === '%'
          ? `${value.toFixed(1)} %`
          : value >= 1000
            ? `${(value / 1000).toFixed(2)} s`
            : `${value.toFixed(value < 10 ? 2 : 1)} ms`

function verdict(outcome: Outcome): { ratio: string; target: string; result: string } {
  const { row, result } = outcome
  if (!result) return { ratio: '-', target: targetText(row), result: 'ERROR' }
  const ratio = result.theirs ? result.ours / result.theirs : undefined
  const ratioText = ratio === undefined ? '-' : ratio.toFixed(2)
  switch (row.target.kind) {
    case 'ratio':
      return {
        ratio: ratioText,
        target: targetText(row, result.unit),
        result: ratio !== undefined && ratio <= row.target.max ? 'PASS' : 'FAIL'
      }
    case 'min-ratio':
      return {
        ratio: ratioText,
        target: targetText(row, result.unit),
        result: ratio !== undefined && ratio >= row.target.min ? 'PASS' : 'FAIL'
      }
    case 'band':
      return {
        ratio: ratioText,
        target: targetText(row, result.unit),
        result:
          ratio !== undefined && ratio >= row.target.min && ratio <= row.target.max
            ? 'PASS'
            : 'FAIL'
      }
    case 'absolute':
      return {
        ratio: ratioText,
        target: targetText(row, result.unit),
        result: result.ours < row.target.max ? 'PASS' : 'FAIL'
      }
    default:
      return { ratio: ratioText, target: '-', result: 'info' }
  }
}

function targetText(row: BenchRow, unit = 'ms'): string {
  const t = row.target
  if (t.kind === 'ratio') return `ratio <= ${t.max}`
  if (t.kind === 'min-ratio') return `ratio >= ${t.min}`
  if (t.kind === 'band') return `ratio ${t.min}-${t.max}`
  if (t.kind === 'absolute') {
    if (unit === 'ms' && t.max >= 1000) return `ours < ${t.max / 1000} s`
    return `ours < ${fmt(t.max, unit)}`
  }
  return '-'
}

const outcomes: Outcome[] = []
const started = performance.now()
try {
  console.log(
    `chaos-action bench: ${runs} timed runs per side (after one warm-up), medians; ours = ${ours.label}, chaostoolkit = ${chaos}`
  )
  for (const row of rows) {
    const t = performance.now()
    try {
      const result = await row.measure(ctx)
      outcomes.push({ row, result })
    } catch (error) {
      outcomes.push({ row, error: error instanceof Error ? error.message : String(error) })
    }
    console.log(`  measured ${row.id} in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  }
} finally {
  await server.close()
  await rm(scratch, { recursive: true, force: true })
}

const table = [['row', 'ours', 'peer (same run)', 'ours/peer', 'target', 'result']]
for (const outcome of outcomes) {
  const v = verdict(outcome)
  const unit = outcome.result?.unit ?? 'ms'
  table.push([
    outcome.row.title,
    fmt(outcome.result?.ours, unit),
    outcome.result?.theirs === undefined
      ? '-'
      : `${fmt(outcome.result.theirs, unit)} (${outcome.result.peer ?? 'chaostoolkit'})`,
    v.ratio,
    v.target,
    v.result
  ])
}
console.log(`\n${markdownTable(table, { align: ['l', 'r', 'r', 'r', 'l', 'l'] })}\n`)
for (const outcome of outcomes) {
  if (outcome.result?.note) console.log(`- ${outcome.row.id}: ${outcome.result.note}`)
  if (outcome.error)
    console.log(`- ${outcome.row.id}: ERROR ${outcome.error.split('\n').slice(0, 6).join(' | ')}`)
}
// What one activity costs once start-up is paid: (N-activity run - empty run) / N.
const empty = outcomes.find((o) => o.row.id === 'cli-empty')?.result
for (const [id, count] of [
  ['http-200', 200],
  ['process-200', 200]
] as const) {
  const row = outcomes.find((o) => o.row.id === id)?.result
  if (!empty || !row || empty.theirs === undefined || row.theirs === undefined) continue
  const ours = (row.ours - empty.ours) / count
  const theirs = (row.theirs - empty.theirs) / count
  console.log(
    `- ${id}: per activity after start-up ${ours.toFixed(2)} ms ours vs ${theirs.toFixed(2)} ms chaostoolkit (ratio ${(ours / theirs).toFixed(2)})`
  )
}
if (PLANNED.length > 0) console.log(`- not measured yet: ${PLANNED.join('; ')}`)
console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(1)} s`)

const failed = outcomes.filter((o) => ['FAIL', 'ERROR'].includes(verdict(o).result))
if (values.strict && failed.length > 0) process.exitCode = 1
