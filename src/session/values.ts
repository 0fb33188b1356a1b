/**
 * Parsers of option values both front doors accept in the same spelling (a flag or an input):
 * each returns undefined for a value it cannot read, and the front door words the error its way.
 */
import { DRY_MODES, type DryMode } from '../engine/types.ts'
import type { Shard } from './plan.ts'

const CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/

/** `false`/empty: false; `true`/`latest`: 'latest'; `2.8.3` or `v2.8.3`: '2.8.3'. */
export function parseChaosMeshVersion(value: string): false | string | undefined {
  const v = value.trim()
  if (/^(false|no|off|)$/i.test(v)) return false
  if (/^(true|yes|on|latest)$/i.test(v)) return 'latest'
  if (CHART_VERSION.test(v)) return v.replace(/^v/, '')
  return undefined
}
export const CHAOS_MESH_VERSION_HELP =
  "false, true (= the latest chart) or a Chaos Mesh chart version such as '2.8.3'"

const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

/** Namespaces separated by commas, spaces or newlines; `*` allows all. Undefined if one is bad. */
export function parseNamespaces(value: string): string[] | undefined {
  const out = value
    .split(/[\s,]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !n.startsWith('#'))
  if (out.some((ns) => ns !== '*' && !NAMESPACE.test(ns))) return undefined
  return [...new Set(out)]
}
export const NAMESPACES_HELP =
  'Kubernetes namespace names (lowercase letters, digits and -) separated by commas or ' +
  "newlines, or '*' for every namespace (empty: the deploy's namespaces)"

/** `false`/empty: no dry run; `true`: activities (what people write first); else a dry mode. */
export function parseDryMode(value: string): DryMode | null | undefined {
  if (/^(false|)$/i.test(value)) return null
  if (/^true$/i.test(value)) return 'activities'
  return (DRY_MODES as readonly string[]).includes(value) ? (value as DryMode) : undefined
}

/** A number of minutes or seconds, 0 or more. */
export function parseNonNegative(value: string): number | undefined {
  const n = Number(value.trim())
  return /^\d+(\.\d+)?$/.test(value.trim()) && Number.isFinite(n) ? n : undefined
}

/** A whole number, at least `min`. */
export function parseWhole(value: string, min: number): number | undefined {
  const n = Number(value.trim())
  return /^\d+$/.test(value.trim()) && Number.isSafeInteger(n) && n >= min ? n : undefined
}

/** `1/3` -> { index: 1, total: 3 }; undefined when malformed or out of range. */
export function parseShard(value: string): Shard | undefined {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim())
  const index = Number(m?.[1])
  const total = Number(m?.[2])
  if (!m || total < 1 || index < 1 || index > total) return undefined
  return { index, total }
}
