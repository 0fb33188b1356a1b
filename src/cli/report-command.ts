import { resolve } from 'node:path'
import { styleText } from 'node:util'
import { newRunId } from '../engine/journal.ts'
import type { FailOn } from '../engine/policy.ts'
import { renderConsoleReport, toJsonSummary } from '../reporters/index.ts'
import { executeReport } from '../session/report.ts'
import { createCliLogger } from './common.ts'
import { EXIT_NOT_PASSED, EXIT_PASSED, type CliIo } from './io.ts'
import type { ParsedCommand } from './options.ts'

const stringValue = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? resolve(value) : undefined

/**
 * `chaos-action report <dirs...>`: merges the shards' journal directories into one result set,
 * prints its table (or with --json the merged summary), writes --junit/--report/--html, and exits
 * 1 when the --fail-on policy fails or a shard is missing.
 */
export async function reportCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const { values } = parsed
  const logger = createCliLogger(values)
  const junit = stringValue(values.junit)
  const markdown = stringValue(values.report)
  const html = stringValue(values.html)
  const outcome = await executeReport(
    {
      dirs: parsed.positionals.map((d) => resolve(d)),
      runId: newRunId(),
      failOn: (values['fail-on'] as FailOn | undefined) ?? 'not-passed',
      reports: {
        ...(junit ? { junit } : {}),
        ...(markdown ? { markdown } : {}),
        ...(html ? { html } : {})
      }
    },
    logger
  )
  const json = values.json === true
  const table = renderConsoleReport(outcome.summary, {
    colorVerdict: (text, passed) =>
      styleText(passed ? 'green' : 'red', text, { stream: json ? process.stderr : process.stdout })
  })
  if (json) {
    io.stderr(`\n${table}`)
    io.stdout(`${JSON.stringify(toJsonSummary(outcome.summary), null, 2)}\n`)
  } else {
    io.stdout(`\n${table}`)
  }
  // Said last and loudly: a missing shard is missing evidence, whatever the table shows.
  for (const sentence of outcome.missing) io.stderr(`MISSING: ${sentence}\n`)
  return outcome.failed ? EXIT_NOT_PASSED : EXIT_PASSED
}
