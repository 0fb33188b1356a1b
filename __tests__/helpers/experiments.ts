/** Builders for experiments made of real `process` and `http` activities, loaded like files. */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseExperimentText } from '../../src/engine/load.ts'
import type { LoadedExperiment } from '../../src/engine/load.ts'

export function sh(
  type: 'probe' | 'action',
  name: string,
  command: string,
  extra: Record<string, unknown> = {}
): Record<string, unknown> {
  const { timeout, ...rest } = extra
  return {
    type,
    name,
    provider: {
      type: 'process',
      path: 'sh',
      arguments: ['-c', command],
      ...(timeout === undefined ? {} : { timeout })
    },
    ...rest
  }
}

export const probe = (
  name: string,
  command: string,
  tolerance: unknown = 0,
  extra: Record<string, unknown> = {}
) => sh('probe', name, command, { tolerance, ...extra })

export const action = (name: string, command: string, extra: Record<string, unknown> = {}) =>
  sh('action', name, command, extra)

export function http(
  type: 'probe' | 'action',
  name: string,
  url: string,
  extra: Record<string, unknown> = {}
) {
  const { tolerance, ...provider } = extra
  return {
    type,
    name,
    provider: { type: 'http', url, ...provider },
    ...(tolerance === undefined ? {} : { tolerance })
  }
}

/** Parses the experiment from JSON text, so `locate` gives real lines. */
export function loaded(
  experiment: Record<string, unknown>,
  file = 'experiments/test.json'
): LoadedExperiment {
  return parseExperimentText(
    JSON.stringify({ title: 't', description: 'd', method: [], ...experiment }, null, 2),
    file,
    'json'
  )
}

export function tempDir(prefix = 'chaos-run-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}
