/** "Did you mean": the known name closest to a misspelt one, when it is close enough to help. */
import { distance } from 'fastest-levenshtein'

/**
 * The candidate nearest to `name` (case-insensitive edit distance), or undefined when none is
 * within a third of the name's length (at least 2 edits): a wild guess helps nobody.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}
