import { loadExperimentFile } from '../engine/load.ts'
import { selectFiles } from '../session/prepare.ts'
import { experimentNeeds } from '../session/needs.ts'
import { selectOnly } from '../session/select.ts'
import { createCliLogger } from './common.ts'
import { EXIT_PASSED, type CliIo } from './io.ts'
import type { ParsedCommand } from './options.ts'
import { planFromArgs } from './plan.ts'

/**
 * `chaos-action list`: the experiments the paths select (after --shard and --only), each with the
 * providers it needs and whether it needs a cluster. Loads the files; does not validate them.
 */
export async function listCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const plan = planFromArgs(parsed)
  const logger = createCliLogger(parsed.values)
  const { files } = await selectFiles(plan, logger)
  const loaded = selectOnly(await Promise.all(files.map((f) => loadExperimentFile(f))), plan.only)
  const rows = loaded.map((l) => ({
    file: l.file,
    title: l.experiment.title,
    ...experimentNeeds(l.experiment)
  }))
  if (parsed.values.json === true) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
    return EXIT_PASSED
  }
  for (const row of rows) {
    const cluster = row.kubernetes ? ' (needs a Kubernetes cluster)' : ''
    io.stdout(
      `${row.file}\t${row.title}\n  providers: ${row.providers.join(', ') || 'none'}${cluster}\n`
    )
  }
  logger.info(`${rows.length} experiment${rows.length === 1 ? '' : 's'}`)
  return EXIT_PASSED
}
