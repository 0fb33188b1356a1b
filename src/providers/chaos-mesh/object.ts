/**
 * The Chaos Mesh object an `apply` creates, from the action's inline `kind` + `spec` or a manifest
 * `file`, labelled with the run id; and the action's settings read from its keys.
 */
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseAllDocuments } from 'yaml'
import { ActivityFailed, errorMessage } from '../../engine/errors.ts'
import type { ActivityContext } from '../../engine/provider.ts'
import type { KubeObject } from '../kubernetes/client.ts'
import {
  CHAOS_MESH_API_VERSION,
  CHAOS_MESH_KINDS,
  MANAGED_BY,
  MANAGED_BY_LABEL,
  RUN_ID_ANNOTATION,
  RUN_ID_LABEL,
  canonicalKind,
  labelValue
} from './kinds.ts'
import { goDurationSeconds } from './status.ts'

export type Spec = Record<string, unknown>

export type ChaosObject = KubeObject & {
  kind: string
  metadata: NonNullable<KubeObject['metadata']>
}

export const DEFAULT_INJECT_TIMEOUT = 60
export const DEFAULT_RECOVER_TIMEOUT = 120

export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** A key holding seconds or a Go duration ('30s'); `fallback` when absent. */
export function seconds(s: Spec, key: string, fallback: number): number {
  const v = s[key]
  if (v === undefined || v === null) return fallback
  const n = goDurationSeconds(v)
  if (n === undefined || n < 0)
    throw new ActivityFailed(
      `'${key}' must be a number of seconds or a duration like '30s', got ${JSON.stringify(v)}`
    )
  return n
}

/** How long an apply waits and holds, from the action's keys. */
export interface ApplySettings {
  /** `duration`: seconds to hold the fault once injected. */
  hold: number | undefined
  keep: boolean
  injectMs: number
  recoverMs: number
}

export function applySettings(s: Spec): ApplySettings {
  return {
    hold: s.duration === undefined ? undefined : seconds(s, 'duration', 0),
    keep: s.keep === true,
    injectMs: seconds(s, 'injectTimeout', DEFAULT_INJECT_TIMEOUT) * 1000,
    recoverMs: seconds(s, 'recoverTimeout', DEFAULT_RECOVER_TIMEOUT) * 1000
  }
}

async function readManifest(file: string, ctx: ActivityContext): Promise<KubeObject> {
  const path = resolve(dirname(ctx.experimentFile), file)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ActivityFailed(`cannot read the Chaos Mesh manifest ${path}: ${errorMessage(error)}`)
  }
  const docs = parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length)
        throw new ActivityFailed(`${path}: invalid YAML: ${d.errors[0]?.message ?? ''}`)
      return d.toJS() as unknown
    })
    .filter((d) => d !== null && d !== undefined)
  if (docs.length !== 1 || !isRecord(docs[0]))
    throw new ActivityFailed(
      `${path} must hold exactly one Chaos Mesh object (found ${docs.length} documents)`
    )
  return docs[0] as KubeObject
}

/** The object to create, from the inline form or a manifest file. */
export async function buildObject(
  s: Spec,
  ctx: ActivityContext,
  defaultNamespace: string
): Promise<ChaosObject> {
  const base: KubeObject =
    typeof s.file === 'string'
      ? await readManifest(s.file, ctx)
      : { kind: s.kind as string, spec: (s.spec ?? {}) as Record<string, unknown> }
  const kind = canonicalKind(base.kind)
  if (!kind)
    throw new ActivityFailed(
      `'${String(base.kind)}' is not a Chaos Mesh kind (expected one of ${CHAOS_MESH_KINDS.join(', ')})`
    )
  if (base.apiVersion !== undefined && base.apiVersion !== CHAOS_MESH_API_VERSION)
    throw new ActivityFailed(
      `apiVersion must be ${CHAOS_MESH_API_VERSION}, got ${String(base.apiVersion)}`
    )
  const extra = isRecord(s.metadata) ? s.metadata : {}
  const meta = { ...(base.metadata ?? {}), ...extra } as NonNullable<KubeObject['metadata']>
  const labels = {
    ...(base.metadata?.labels ?? {}),
    ...((extra.labels as Record<string, string> | undefined) ?? {}),
    [RUN_ID_LABEL]: labelValue(ctx.runId),
    [MANAGED_BY_LABEL]: MANAGED_BY
  }
  const annotations = {
    ...(base.metadata?.annotations ?? {}),
    ...((extra.annotations as Record<string, string> | undefined) ?? {}),
    [RUN_ID_ANNOTATION]: ctx.runId
  }
  const name =
    (typeof s.name === 'string' && s.name) ||
    meta.name ||
    `${slug(ctx.activity.name || kind)}-${Math.random().toString(36).slice(2, 7)}`
  const namespace =
    (typeof s.namespace === 'string' && s.namespace) || meta.namespace || defaultNamespace
  return {
    ...base,
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    metadata: { ...meta, name, namespace, labels, annotations },
    spec: isRecord(base.spec) ? base.spec : {}
  }
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '')
  return s || 'chaos'
}

/** `spec.selector.labelSelectors` as a selector string, to snapshot the pods a PodChaos may hit. */
export function labelsOf(spec: Record<string, unknown>): string | undefined {
  const sel = spec.selector as { labelSelectors?: Record<string, string> } | undefined
  const entries = Object.entries(sel?.labelSelectors ?? {})
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(',') : undefined
}
