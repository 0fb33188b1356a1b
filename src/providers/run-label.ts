/**
 * The one label every object a provider creates for a run carries (`chaos-action.dev/run-id`), and
 * the one way to turn text into a valid Kubernetes label value: at most 63 characters of
 * [A-Za-z0-9._-], starting and ending alphanumeric. A longer run id (long job names) keeps its
 * start and gains a hash of the whole, so two runs never share a value.
 */
import { createHash } from 'node:crypto'

export const RUN_ID_LABEL = 'chaos-action.dev/run-id'

const MAX = 63
const HASH = 10

function trimEnds(text: string): string {
  return text.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '')
}

export function labelValue(text: string): string {
  const cleaned = trimEnds(text.replace(/[^A-Za-z0-9._-]+/g, '-'))
  if (cleaned.length > 0 && cleaned.length <= MAX) return cleaned
  const hash = createHash('sha256').update(text).digest('hex').slice(0, HASH)
  const head = trimEnds(cleaned.slice(0, MAX - HASH - 1))
  return head ? `${head}-${hash}` : hash
}
