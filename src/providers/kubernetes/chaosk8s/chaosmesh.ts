/**
 * chaosk8s.chaosmesh.network.* and chaosk8s.chaosmesh.stress.*: NetworkChaos and StressChaos
 * objects, labelled with the run so the post step's sweep finds them.
 */
import type { KubeObject } from '../client.ts'
import { RUN_ID_LABEL, labelValue } from '../../run-label.ts'
import { customRes, int, list, kvMap, opt, str } from './args.ts'
import { def } from './define.ts'
import type { Args, Chaosk8sFunction, Chaosk8sModule, Param } from './define.ts'
import { createObject, deleteIn, getIn, listIn } from './objects.ts'

const CM_GROUP = 'chaos-mesh.org'
const CM_VERSION = 'v1alpha1'
const NETWORK = customRes(CM_GROUP, CM_VERSION, 'networkchaos', true)
const STRESS = customRes(CM_GROUP, CM_VERSION, 'stresschaos', true)
const CHAOS_SELECTOR_PARAMS: Param[] = [
  ['ns', 'default'],
  ['namespaces_selectors', null],
  ['label_selectors', null],
  ['annotations_selectors', null],
  ['mode', 'one'],
  ['mode_value', null],
  ['direction', 'to']
]
const TARGET_PARAMS: Param[] = [
  ['external_targets', null],
  ['target_mode', 'one'],
  ['target_mode_value', null],
  ['target_namespaces_selectors', null],
  ['target_label_selectors', null],
  ['target_annotations_selectors', null]
]

function selector(
  namespaces: unknown,
  labels: unknown,
  annotations: unknown
): Record<string, unknown> {
  const s: Record<string, unknown> = {}
  const n = list(namespaces)
  if (n) s.namespaces = n
  const l = kvMap(labels)
  if (l) s.labelSelectors = l
  const an = kvMap(annotations)
  if (an) s.annotationSelectors = an
  return s
}

function modeValue(mode: unknown, value: unknown): Record<string, unknown> {
  const m = str(mode) || 'one'
  return m === 'one' || m === 'all' || value === undefined || value === null
    ? { mode: m }
    : { mode: m, value: String(value) }
}

function chaosObject(
  kind: string,
  a: Args,
  runId: string,
  spec: Record<string, unknown>
): KubeObject {
  return {
    apiVersion: `${CM_GROUP}/${CM_VERSION}`,
    kind,
    metadata: {
      name: str(a.name),
      namespace: str(a.ns),
      labels: {
        'app.kubernetes.io/managed-by': 'chaos-action',
        [RUN_ID_LABEL]: labelValue(runId)
      }
    },
    spec
  }
}

function networkChaos(
  action: string,
  block: string,
  fields: Param[],
  build: (a: Args) => Record<string, unknown>
): Chaosk8sFunction {
  return def(
    [
      'name',
      ...CHAOS_SELECTOR_PARAMS.slice(0, 1),
      ...fields.filter((f) => typeof f === 'string'),
      ...CHAOS_SELECTOR_PARAMS.slice(1),
      ...fields.filter((f) => typeof f !== 'string'),
      ...TARGET_PARAMS
    ],
    async (a, ctx, env, k) => {
      const spec: Record<string, unknown> = {
        action,
        ...modeValue(a.mode, a.mode_value),
        direction: str(a.direction) || 'to',
        selector: selector(a.namespaces_selectors, a.label_selectors, a.annotations_selectors),
        [block]: Object.fromEntries(
          Object.entries(build(a)).filter(([, v]) => v !== undefined && v !== null && v !== '')
        )
      }
      const external = list(a.external_targets)
      if (external) spec.externalTargets = external
      const targetSel = selector(
        a.target_namespaces_selectors,
        a.target_label_selectors,
        a.target_annotations_selectors
      )
      if (Object.keys(targetSel).length > 0)
        spec.target = { ...modeValue(a.target_mode, a.target_mode_value), selector: targetSel }
      const body = chaosObject('NetworkChaos', a, ctx.runId, spec)
      return createObject(k, env, ctx, NETWORK, str(a.ns), body, `chaosmesh ${action}`, 'return')
    }
  )
}

function stressChaos(
  kind: 'cpu' | 'memory',
  required: Param[],
  optional: Param[],
  build: (a: Args) => Record<string, unknown>
): Chaosk8sFunction {
  return def(
    [
      'name',
      ...required,
      ...optional,
      ...CHAOS_SELECTOR_PARAMS,
      ['duration', '30s'],
      ['container_names', null],
      ['stressng_stressors', null]
    ],
    async (a, ctx, env, k) => {
      const spec: Record<string, unknown> = {
        ...modeValue(a.mode, a.mode_value),
        selector: selector(a.namespaces_selectors, a.label_selectors, a.annotations_selectors),
        duration: str(a.duration),
        stressors: {
          [kind]: Object.fromEntries(
            Object.entries(build(a)).filter(([, v]) => v !== undefined && v !== null)
          )
        }
      }
      const containers = list(a.container_names)
      if (containers) spec.containerNames = containers
      if (opt(a.stressng_stressors)) spec.stressngStressors = str(a.stressng_stressors)
      const body = chaosObject('StressChaos', a, ctx.runId, spec)
      return createObject(
        k,
        env,
        ctx,
        STRESS,
        str(a.ns),
        body,
        `chaosmesh stress_${kind}`,
        'return'
      )
    }
  )
}

export const chaosmeshNetworkActions: Chaosk8sModule = {
  add_latency: networkChaos(
    'delay',
    'delay',
    [
      ['latency', null],
      ['correlation', null],
      ['jitter', null]
    ],
    (a) => ({
      latency: opt(a.latency),
      correlation: opt(a.correlation),
      jitter: opt(a.jitter)
    })
  ),
  set_loss: networkChaos(
    'loss',
    'loss',
    [
      ['loss', null],
      ['correlation', null]
    ],
    (a) => ({ loss: opt(a.loss), correlation: opt(a.correlation) })
  ),
  duplicate_packets: networkChaos(
    'duplicate',
    'duplicate',
    [
      ['duplicate', null],
      ['correlation', null]
    ],
    (a) => ({ duplicate: opt(a.duplicate), correlation: opt(a.correlation) })
  ),
  // Upstream sends `action: reorder` with a top-level `reorder`, which the NetworkChaos CRD
  // rejects (no such action) and would prune. Chaos Mesh expresses reordering as a delay
  // (netem reorders only delayed packets; `delay.latency` is required): the packets not
  // sent at once are held 10ms, the example value of Chaos Mesh's docs.
  reorder_packets: networkChaos(
    'delay',
    'delay',
    [
      ['reorder', null],
      ['correlation', null],
      ['gap', null]
    ],
    (a) => ({
      latency: '10ms',
      reorder: Object.fromEntries(
        Object.entries({
          reorder: opt(a.reorder),
          correlation: opt(a.correlation),
          gap: a.gap === undefined || a.gap === null ? undefined : int(a.gap, 'gap')
        }).filter(([, v]) => v !== undefined)
      )
    })
  ),
  corrupt_packets: networkChaos(
    'corrupt',
    'corrupt',
    [
      ['corrupt', null],
      ['correlation', null]
    ],
    (a) => ({ corrupt: opt(a.corrupt), correlation: opt(a.correlation) })
  ),
  set_bandwidth: networkChaos(
    'bandwidth',
    'bandwidth',
    ['rate', 'limit', 'buffer', ['peakrate', null], ['minburst', null]],
    (a) => ({
      rate: a.rate,
      limit: a.limit,
      buffer: a.buffer,
      peakrate: a.peakrate ?? undefined,
      minburst: a.minburst ?? undefined
    })
  ),
  delete_network_fault: deleteIn(NETWORK, 'delete_network_fault')
}

export const chaosmeshNetworkProbes: Chaosk8sModule = {
  get_network_faults: listIn(NETWORK),
  get_network_fault: getIn(NETWORK)
}

export const chaosmeshStressActions: Chaosk8sModule = {
  stress_cpu: stressChaos('cpu', ['workers', 'load'], [], (a) => ({
    workers: a.workers,
    load: a.load
  })),
  stress_memory: stressChaos(
    'memory',
    [],
    [
      ['workers', null],
      ['size', null],
      ['oom_score', null],
      ['time_to_get_to_size', null]
    ],
    (a) => ({
      workers: a.workers,
      size: a.size,
      oomScoreAdj: a.oom_score,
      time: a.time_to_get_to_size
    })
  ),
  delete_stressor: deleteIn(STRESS, 'delete_stressor')
}

export const chaosmeshStressProbes: Chaosk8sModule = {
  get_stressors: listIn(STRESS),
  get_stressor: getIn(STRESS)
}
