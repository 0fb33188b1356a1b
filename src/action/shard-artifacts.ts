/**
 * The names of a matrix's shard artifacts: artifact names are unique within a workflow run, so a
 * shard uploads `<artifact-name>-<index>-of-<total>` and the report job finds them by that shape.
 */
import type { Shard } from '../session/plan.ts'

/** `chaos-journals` of shard 2/3 -> `chaos-journals-2-of-3`; unchanged without a shard or name. */
export function shardArtifactName(name: string, shard: Shard | undefined): string {
  return name && shard ? `${name}-${shard.index}-of-${shard.total}` : name
}

/** Whether `candidate` is a shard artifact of `name` (`<name>-<i>-of-<n>`, 1 <= i <= n). */
export function isShardArtifact(candidate: string, name: string): boolean {
  if (!candidate.startsWith(`${name}-`)) return false
  const m = /^(\d+)-of-(\d+)$/.exec(candidate.slice(name.length + 1))
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])
}
