import { loadVarFile, mergeVars } from '../engine/configuration.ts'
import type { Logger } from '../engine/logger.ts'
import type { Configuration, Secrets } from '../engine/types.ts'

/** Configuration and secrets given by the front door, applied over the experiments' own. */
export interface VarOverrides {
  configuration: Configuration
  secrets: Secrets
}

/**
 * Var files in order (later files win, a file's secrets scope replaces the whole scope), then the
 * vars. Variables from `.env`-style var files go into this process's environment before
 * validation, as chaostoolkit puts them into os.environ, so `type: env` configuration and spawned
 * processes both see them.
 */
export async function loadOverrides(
  varFiles: readonly string[],
  vars: Record<string, unknown>,
  logger: Logger
): Promise<VarOverrides> {
  const files = []
  for (const file of varFiles) files.push(await loadVarFile(file))
  const merged = mergeVars(files, vars)
  for (const [key, value] of Object.entries(merged.env)) {
    process.env[key] = value
    logger.debug(`var file: set ${key} in the environment`)
  }
  return { configuration: merged.configuration, secrets: merged.secrets }
}
