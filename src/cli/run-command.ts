import { resolve } from 'node:path'
import { styleText } from 'node:util'
import { renderConsoleReport, toJsonList } from '../reporters/index.ts'
import { executeRun } from '../session/execute.ts'
import { createCliLogger, spellFlag } from './common.ts'
import { EXIT_NOT_PASSED, EXIT_PASSED, type CliIo } from './io.ts'
import type { ParsedCommand } from './options.ts'
import { planFromArgs } from './plan.ts'

/**
 * `chaos-action run`: argv becomes a plan, the shared executor runs it, and this prints the table
 * (or JSON). 0 unless the --fail-on policy fails, the run was stopped or a report is missing.
 */
export async function runCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const plan = planFromArgs(parsed)
  const logger = createCliLogger(parsed.values)
  const outcome = await executeRun(plan, { logger, spell: spellFlag })
  if (outcome.error !== undefined) throw outcome.error
  const summary = outcome.summary
  if (summary) {
    const json = parsed.values.json === true
    const table = renderConsoleReport(summary, {
      journalDir: resolve(outcome.journalDir),
      colorVerdict: (text, passed) =>
        styleText(passed ? 'green' : 'red', text, {
          stream: json ? process.stderr : process.stdout
        })
    })
    if (json) {
      io.stderr(`\n${table}`)
      io.stdout(`${JSON.stringify(toJsonList(summary), null, 2)}\n`)
    } else {
      io.stdout(`\n${table}`)
    }
  }
  if (outcome.stopped) logger.warning(`the run was stopped: ${outcome.stopped}`)
  return outcome.failed ? EXIT_NOT_PASSED : EXIT_PASSED
}
