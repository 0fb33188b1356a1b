import { loadAndValidate } from '../engine/validate.ts'
import { createDefaultRegistry } from '../providers/index.ts'
import { createCliLogger, loadOverrides } from './common.ts'
import type { CliIo } from './main.ts'
import type { ParsedCommand } from './options.ts'

/**
 * `chaos-action validate`: 0 when every experiment is valid. Problems are thrown as one
 * ExperimentValidationError and printed by main (exit 2), every issue with file:line:col.
 */
export async function validateCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const { values, positionals } = parsed
  const logger = createCliLogger(values)
  const overrides = await loadOverrides(values)
  const registry = createDefaultRegistry()
  try {
    const loaded = await loadAndValidate(positionals, {
      registry,
      env: process.env,
      overrides,
      onWarning: (w) => logger.warning(`${w.field || '/'}: ${w.message}`, w.location)
    })
    for (const experiment of loaded) {
      logger.debug(`${experiment.file}: ${experiment.experiment.title}`)
      io.stdout(`valid: ${experiment.file}\n`)
    }
    const n = loaded.length
    logger.info(`${n} experiment${n === 1 ? '' : 's'} valid`)
    return 0
  } finally {
    await registry.close()
  }
}
