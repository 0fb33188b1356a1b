import type { Shard } from './inputs.ts'

/**
 * The files of one shard. Files are sorted by path (code-point order, independent of locale and
 * of the order the glob returned them) and dealt round-robin, so every job of a matrix computes the
 * same split and each file lands in exactly one shard.
 */
export function selectShard(files: readonly string[], shard: Shard | undefined): string[] {
  const sorted = [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (!shard) return sorted
  return sorted.filter((_, i) => i % shard.total === shard.index - 1)
}
