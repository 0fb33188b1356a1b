/**
 * Which experiment files a plan selects: literal paths (directories walked), glob patterns, `!`
 * excludes, then one shard of them. The same rules for the CLI and the action.
 */
import { glob } from 'node:fs/promises'
import { isAbsolute, relative, sep } from 'node:path'
import { UsageError } from '../engine/errors.ts'
import { EXPERIMENT_EXTENSIONS, findExperimentFiles } from '../engine/load.ts'
import type { LoadedExperiment } from '../engine/load.ts'
import type { Shard } from './plan.ts'

export { parseShard } from './values.ts'

const GLOB_CHARS = /[*?[\]{}]/

export function isGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern)
}

/** Paths relative to the working directory when inside it (how annotations name files). */
function toRelative(file: string): string {
  if (!isAbsolute(file)) return file.split(sep).join('/')
  const rel = relative(process.cwd(), file)
  return rel.startsWith('..') ? file : rel.split(sep).join('/')
}

async function globFiles(pattern: string): Promise<string[]> {
  const out: string[] = []
  for await (const file of glob(pattern)) {
    if (EXPERIMENT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) out.push(file)
  }
  return out.sort(byCodePoint)
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Expands paths and patterns into experiment files, in the order given, each once. A literal path
 * that does not exist and a pattern that matches nothing are UsageErrors; `!pattern` removes what
 * it matches from the result (literal paths included).
 */
export async function expandExperiments(entries: readonly string[]): Promise<string[]> {
  const includes = entries.filter((e) => !e.startsWith('!'))
  const excludes = entries.filter((e) => e.startsWith('!')).map((e) => e.slice(1))
  if (includes.length === 0) {
    throw new UsageError('no experiment path given', 'name an experiment file or a directory')
  }
  const files: string[] = []
  for (const entry of includes) {
    if (!isGlob(entry)) {
      files.push(...(await findExperimentFiles([entry])))
      continue
    }
    const matched = await globFiles(entry)
    if (matched.length === 0) {
      throw new UsageError(
        `'${entry}' matched no experiment file (${EXPERIMENT_EXTENSIONS.join(', ')})`,
        'check the pattern against the repository layout (paths are relative to the working directory)'
      )
    }
    files.push(...matched)
  }
  const excluded = new Set<string>()
  for (const pattern of excludes) {
    if (!isGlob(pattern)) excluded.add(toRelative(pattern))
    else for (const file of await globFiles(pattern)) excluded.add(toRelative(file))
  }
  return [...new Set(files.map(toRelative))].filter(
    (f) => !excluded.has(f) && ![...excluded].some((e) => f.startsWith(`${e}/`))
  )
}

/**
 * The files of one shard. Files are sorted by path (code-point order, independent of locale and of
 * the order a glob returned them) and dealt round-robin, so every job of a matrix computes the same
 * split and each file lands in exactly one shard. Without a shard, the files keep their order.
 */
export function selectShard(files: readonly string[], shard: Shard | undefined): string[] {
  const unique = [...new Set(files)]
  if (!shard) return unique
  return unique.sort(byCodePoint).filter((_, i) => i % shard.total === shard.index - 1)
}

/**
 * `--only` / `only`: the experiments whose title or file is one of `wanted` (a file matches by its
 * path as given or its base name). Each entry must match something: a typo must not silently run
 * nothing.
 */
export function selectOnly<T extends Pick<LoadedExperiment, 'file' | 'experiment'>>(
  loaded: readonly T[],
  wanted: readonly string[]
): T[] {
  if (wanted.length === 0) return [...loaded]
  const matches = (l: T, w: string): boolean =>
    l.experiment.title === w ||
    l.file === w ||
    toRelative(l.file) === toRelative(w) ||
    l.file.split('/').pop() === w
  const missing = wanted.filter((w) => !loaded.some((l) => matches(l, w)))
  if (missing.length > 0) {
    throw new UsageError(
      `only: ${missing.map((m) => JSON.stringify(m)).join(', ')} matched no selected experiment`,
      `name an experiment by its title or its file; selected: ${loaded
        .map((l) => JSON.stringify(l.experiment.title))
        .join(', ')}`
    )
  }
  return loaded.filter((l) => wanted.some((w) => matches(l, w)))
}
