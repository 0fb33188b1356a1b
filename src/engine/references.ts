/**
 * `${name}` references that name nothing. chaostoolkit looks names up in
 * ChainMap(configuration, *secrets.values()) and defines no names of its own at run time, so a
 * braced reference to anything else is left verbatim and fails later ("invalid URL '${baseurl}/'")
 * or, worse, quietly probes the wrong thing. We report it at validation, at its file:line.
 *
 * Only the places chaostoolkit (or our provider) substitutes are read. Text handed to a shell is
 * not: a process's `arguments` and a `cmd`/`command`/`script` argument (chaosk8s exec_in_pods) may
 * carry the shell's own `${HOME}`. Unbraced `$name` is never reported (shells, regexes, prices).
 */
import type { DocPath } from './types.ts'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

// string.Template's alternation: `$$` (escaped) is consumed first, so `$${x}` names nothing.
const BRACED = /\$(?:\$|\{([_a-z][_a-z0-9]*)\})/gi

/** Provider fields chaostoolkit substitutes, per built-in type; ours substitute every field. */
const SUBSTITUTED: Readonly<Record<string, readonly string[]>> = {
  process: [],
  http: ['url', 'headers', 'timeout', 'arguments'],
  python: ['arguments']
}

/** Argument names whose value goes to a shell, where `${NAME}` is the shell's business. */
const SHELL_KEYS = new Set(['cmd', 'command', 'commands', 'script', 'shell'])

export interface UnknownReference {
  path: DocPath
  name: string
}

/** Every `${name}` in `value` (deep), with the path of the string that holds it. */
function collect(
  value: unknown,
  path: DocPath,
  out: { path: DocPath; name: string }[],
  depth = 0
): void {
  if (depth > 32) return
  if (typeof value === 'string') {
    for (const m of value.matchAll(BRACED)) if (m[1] !== undefined) out.push({ path, name: m[1] })
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path, i], out, depth + 1))
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!SHELL_KEYS.has(k.toLowerCase())) collect(v, [...path, k], out, depth + 1)
    }
  }
}

/** The references in one activity: its pauses, its provider's substituted fields, its tolerance. */
function activityReferences(activity: unknown, path: DocPath, out: UnknownReference[]): void {
  if (!isObject(activity)) return
  if (isObject(activity.pauses)) collect(activity.pauses, [...path, 'pauses'], out)
  const provider = activity.provider
  if (isObject(provider) && typeof provider.type === 'string') {
    const fields = SUBSTITUTED[provider.type]
    for (const [key, value] of Object.entries(provider)) {
      if (key === 'type' || (fields !== undefined && !fields.includes(key))) continue
      collect(value, [...path, 'provider', key], out)
    }
  }
  const tolerance = activity.tolerance
  if (typeof tolerance === 'string') collect(tolerance, [...path, 'tolerance'], out)
  else if (isObject(tolerance)) {
    if (tolerance.type === 'probe') activityReferences(tolerance, [...path, 'tolerance'], out)
    for (const key of ['pattern', 'path', 'expect']) {
      if (key in tolerance) collect(tolerance[key], [...path, 'tolerance', key], out)
    }
  }
}

/** Every `${name}` of the experiment that `known` does not define. */
export function unknownReferences(
  experiment: Json,
  known: ReadonlySet<string>
): UnknownReference[] {
  // The title is display text (chaostoolkit leaves an unknown name in it verbatim): not checked.
  const found: UnknownReference[] = []
  if (isObject(experiment.configuration)) {
    for (const [key, value] of Object.entries(experiment.configuration)) {
      if (isObject(value) && value.type === 'probe') {
        activityReferences(value, ['configuration', key], found)
      }
    }
  }
  const hypothesis = experiment['steady-state-hypothesis']
  const lists: [DocPath, unknown][] = [
    [['steady-state-hypothesis', 'probes'], isObject(hypothesis) ? hypothesis.probes : undefined],
    [['method'], experiment.method],
    [['rollbacks'], experiment.rollbacks]
  ]
  for (const [base, list] of lists) {
    if (Array.isArray(list)) list.forEach((a, i) => activityReferences(a, [...base, i], found))
  }
  return found.filter((r) => !known.has(r.name))
}

/** The names `${}` can use: configuration keys, then every secret scope's keys. */
export function definedNames(
  configuration: unknown,
  secrets: unknown,
  overrides: { configuration?: object; secrets?: object } = {}
): Set<string> {
  const names = new Set<string>()
  for (const source of [configuration, overrides.configuration]) {
    if (isObject(source)) for (const key of Object.keys(source)) names.add(key)
  }
  for (const source of [secrets, overrides.secrets]) {
    if (!isObject(source)) continue
    for (const scope of Object.values(source)) {
      if (isObject(scope)) for (const key of Object.keys(scope)) names.add(key)
    }
  }
  return names
}
