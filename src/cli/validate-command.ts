import { ExperimentValidationError } from '../engine/errors.ts'
import { prepareRun } from '../session/prepare.ts'
import { createCliLogger } from './common.ts'
import { EXIT_PASSED, EXIT_USAGE, type CliIo } from './io.ts'
import type { ParsedCommand } from './options.ts'
import { planFromArgs } from './plan.ts'

/**
 * `chaos-action validate`: 0 when every experiment is valid. It selects and validates exactly as
 * `run` does (same registry settings: --allowed-namespaces, --allow-kube-system...). Problems are
 * thrown as one ExperimentValidationError and printed by main (exit 2), every issue with
 * file:line:col; with --json the problems are printed as JSON on stdout instead (still exit 2).
 */
export async function validateCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const plan = planFromArgs(parsed)
  const logger = createCliLogger(parsed.values)
  const json = parsed.values.json === true
  try {
    const { loaded } = await prepareRun(plan, { logger })
    if (json) {
      const valid = loaded.map((l) => ({ file: l.file, title: l.experiment.title }))
      io.stdout(`${JSON.stringify({ valid: true, experiments: valid, problems: [] }, null, 2)}\n`)
    } else {
      for (const experiment of loaded) io.stdout(`valid: ${experiment.file}\n`)
    }
    return EXIT_PASSED
  } catch (error) {
    if (!json || !(error instanceof ExperimentValidationError)) throw error
    const problems = error.issues.map((i) => ({
      file: i.location?.file ?? null,
      line: i.location?.line ?? null,
      column: i.location?.column ?? null,
      field: i.field,
      message: i.message,
      ...(i.expected ? { expected: i.expected } : {})
    }))
    io.stdout(`${JSON.stringify({ valid: false, experiments: [], problems }, null, 2)}\n`)
    return EXIT_USAGE
  }
}
