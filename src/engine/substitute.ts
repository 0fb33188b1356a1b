/**
 * `${name}` substitution with Python `string.Template.safe_substitute` rules, as chaostoolkit
 * applies it: `${name}` and `$name` (identifier `[_a-z][_a-z0-9]*`, ASCII, any case), `$$` -> `$`,
 * unknown names and anything else after a `$` left verbatim. A string that is exactly `${name}`
 * yields the value itself with its type; any other string gets Python `str()` of each value.
 * Names are looked up in the configuration, then in each secret scope in declaration order.
 */
import { pyStr } from './py.ts'
import type { Configuration, Secrets } from './types.ts'

// Same alternation as string.Template.pattern: escaped | named | braced | invalid (empty).
// Without the `u` flag, `i` never folds non-ASCII letters onto a-z, like Python's `(?a:...)`.
const TEMPLATE = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)/gi
const WHOLE_BRACED = /^\$\{([_a-z][_a-z0-9]*)\}$/i

export type Lookup = { found: true; value: unknown } | { found: false }

/** Finds `name` the way chaostoolkit's ChainMap(configuration, *secrets.values()) does. */
export function lookupName(
  name: string,
  configuration: Configuration | null | undefined,
  secrets: Secrets | null | undefined
): Lookup {
  if (configuration && Object.hasOwn(configuration, name)) {
    return { found: true, value: configuration[name] }
  }
  for (const scope of Object.values(secrets ?? {})) {
    if (scope !== null && typeof scope === 'object' && Object.hasOwn(scope, name)) {
      return { found: true, value: (scope as Record<string, unknown>)[name] }
    }
  }
  return { found: false }
}

/** Substitutes one string: typed when it is exactly `${name}` and the name is known. */
export function substituteString(
  text: string,
  configuration: Configuration | null | undefined,
  secrets: Secrets | null | undefined
): unknown {
  const whole = WHOLE_BRACED.exec(text)
  if (whole) {
    const hit = lookupName(whole[1]!, configuration, secrets)
    if (hit.found) return hit.value
  }
  return text.replace(
    TEMPLATE,
    (match: string, escaped?: string, named?: string, braced?: string) => {
      if (escaped !== undefined) return '$'
      const name = named ?? braced
      if (name === undefined) return match
      const hit = lookupName(name, configuration, secrets)
      return hit.found ? pyStr(hit.value) : match
    }
  )
}

/**
 * Deep substitution of strings inside objects and arrays; other values are returned as they are.
 * Never mutates its input.
 */
export function substitute(
  value: unknown,
  configuration: Configuration | null | undefined,
  secrets: Secrets | null | undefined
): unknown {
  if (typeof value === 'string') {
    return value === '' ? value : substituteString(value, configuration, secrets)
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, configuration, secrets))
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, configuration, secrets)
    return out
  }
  return value
}

/** True when `text` contains something substitution would act on (a name, or `$$`). */
export function hasPlaceholder(text: string): boolean {
  for (const m of text.matchAll(TEMPLATE)) if (m[1] ?? m[2] ?? m[3]) return true
  return false
}
