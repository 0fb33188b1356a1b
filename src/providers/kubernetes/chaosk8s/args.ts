/**
 * chaosk8s takes Python values; experiments give us their JSON forms. These read them the way
 * chaosk8s does, and load the spec files some functions take.
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { ActivityFailed, errorMessage } from '../../../engine/errors.ts'
import type { KubeObject, ResourceType } from '../client.ts'
import type { KubeEnv } from '../ops.ts'

export function str(v: unknown): string {
  return v === undefined || v === null ? '' : String(v)
}

export function opt(v: unknown): string | undefined {
  return v === undefined || v === null || v === '' ? undefined : String(v)
}

export function int(v: unknown, what: string): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  if (typeof n !== 'number' || !Number.isFinite(n))
    throw new ActivityFailed(`${what} must be a number, got ${JSON.stringify(v)}`)
  return n
}

/** `null` or absent stays undefined, anything else is a number. */
export function optInt(v: unknown, what: string): number | undefined {
  return v === undefined || v === null ? undefined : int(v, what)
}

/** Python's str.format with a single `name` field, as chaosk8s applies to its selectors. */
export function formatName(template: unknown, name: unknown): string | undefined {
  if (template === undefined || template === null) return undefined
  return String(template).replaceAll(
    '{name}',
    name === undefined || name === null ? 'None' : String(name)
  )
}

/** `a=b,c=d` (or an object already) as a map; `''` or null is no map. */
export function kvMap(v: unknown): Record<string, string> | undefined {
  if (v === undefined || v === null || v === '') return undefined
  if (typeof v === 'string')
    return Object.fromEntries(
      v
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const i = kv.indexOf('=')
          return i < 0 ? [kv, ''] : [kv.slice(0, i), kv.slice(i + 1)]
        })
    )
  return v as Record<string, string>
}

/** `a,b` (or a list already) as a list; `''` or null is no list. */
export function list(v: unknown): string[] | undefined {
  if (v === undefined || v === null || v === '') return undefined
  return typeof v === 'string' ? v.split(',') : (v as string[])
}

export async function loadSpecFile(path: string): Promise<KubeObject> {
  const ext = extname(path)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ActivityFailed(`cannot read ${path}: ${errorMessage(error)}`)
  }
  if (ext === '.json') return JSON.parse(text) as KubeObject
  if (ext === '.yml' || ext === '.yaml') return parseYaml(text) as KubeObject
  throw new ActivityFailed(`cannot process ${path}`)
}

/** The crd functions' `resource` (object or YAML text) or `resource_as_yaml_file`. */
export async function loadBody(resource: unknown, file: unknown): Promise<KubeObject> {
  if ((resource === undefined || resource === null) && !file)
    throw new ActivityFailed('Either `resource` or `resource_as_yaml_file` must be set')
  if (resource !== undefined && resource !== null) {
    if (typeof resource === 'string') return parseYaml(resource) as KubeObject
    return resource as KubeObject
  }
  try {
    return parseYaml(await readFile(String(file), 'utf8')) as KubeObject
  } catch (error) {
    throw new ActivityFailed(
      `Path '${String(file)}' is not a valid resource file: ${errorMessage(error)}`
    )
  }
}

export function customRes(
  group: unknown,
  version: unknown,
  plural: unknown,
  namespaced: boolean
): ResourceType {
  return { group: str(group), version: str(version), plural: str(plural), namespaced }
}

/** The evidence object a function returns where chaosk8s returns None. */
export function summary(
  action: string,
  env: KubeEnv,
  extra: Record<string, unknown>
): Record<string, unknown> {
  return { action, dry_run: env.radius.dryRun, ...extra }
}
