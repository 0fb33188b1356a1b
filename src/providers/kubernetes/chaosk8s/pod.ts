/** chaosk8s.pod.actions and chaosk8s.pod.probes. */
import { ActivityFailed, NoEffectError } from '../../../engine/errors.ts'
import { pyTruthy } from '../../../engine/py.ts'
import { R } from '../client.ts'
import type { KubeObject } from '../client.ts'
import { killPods } from '../ops.ts'
import type { KubeEnv } from '../ops.ts'
import { parseSince, podPhase } from '../select.ts'
import { formatName, int, opt, str } from './args.ts'
import { def, defaultsOf, unsupported } from './define.ts'
import type { Args, Chaosk8sModule } from './define.ts'
import { listPods } from './objects.ts'
import { verdict } from './workload.ts'

/** What terminate_pods looked for, in words: `label_selector "app=web" in namespace "shop"`. */
function podsWanted(a: Args): string {
  const parts = [
    opt(a.label_selector) ? `label_selector "${str(a.label_selector)}"` : '',
    opt(a.name_pattern) ? `name_pattern /${str(a.name_pattern)}/` : ''
  ].filter(Boolean)
  return `${parts.join(' and ') || 'any pod'} in namespace "${str(a.ns)}"`
}

async function podsMatching(env: KubeEnv, a: Args): Promise<KubeObject[]> {
  return listPods(env, str(a.ns), opt(a.label_selector))
}

const terminatePods = def(
  [
    ['label_selector', null],
    ['name_pattern', null],
    ['all', false],
    ['rand', false],
    ['mode', 'fixed'],
    ['qty', 1],
    ['grace_period', -1],
    ['ns', 'default'],
    ['order', 'alphabetic']
  ],
  async (a, _ctx, env) => {
    const r = await killPods(env, {
      action: 'terminate_pods',
      namespace: str(a.ns),
      labelSelector: opt(a.label_selector),
      name_pattern: opt(a.name_pattern),
      all: pyTruthy(a.all),
      rand: pyTruthy(a.rand),
      mode: str(a.mode),
      qty: int(a.qty, 'qty'),
      order: str(a.order),
      gracePeriod: int(a.grace_period, 'grace_period')
    })
    if (r.dry_run)
      return { dry_run: true, would_terminate: r.pods.map((p) => p.name), message: r.message }
    if (r.pods.length === 0) throw new NoEffectError(`0 pods matched ${podsWanted(a)}`, [])
    return r.pods.map((p) => p.name)
  }
)

export const podActions: Chaosk8sModule = {
  terminate_pods: terminatePods,
  delete_pods: def(
    [
      ['name', null],
      ['ns', 'default'],
      ['label_selector', null]
    ],
    (a, ctx, env, k) =>
      terminatePods.run(
        {
          name_pattern: a.name,
          label_selector: a.label_selector,
          ns: a.ns,
          ...defaultsOf(terminatePods, ['name_pattern', 'label_selector', 'ns'])
        },
        ctx,
        env,
        k
      )
  ),
  exec_in_pods: unsupported('chaosk8s.pod.actions.exec_in_pods', [
    'cmd',
    ['label_selector', null],
    ['name_pattern', null],
    ['all', false],
    ['rand', false],
    ['mode', 'fixed'],
    ['qty', 1],
    ['ns', 'default'],
    ['order', 'alphabetic'],
    ['container_name', null],
    ['request_timeout', 60]
  ])
}

export const podProbes: Chaosk8sModule = {
  read_pod_logs: def(
    [
      ['name', null],
      ['last', null],
      ['ns', 'default'],
      ['from_previous', false],
      ['label_selector', 'name in ({name})'],
      ['container_name', null]
    ],
    async (a, _ctx, env) => {
      const ns = str(a.ns)
      const pods = await listPods(env, ns, formatName(a.label_selector, a.name) || undefined)
      const since = opt(a.last) ? parseSince(str(a.last)) : undefined
      const logs: Record<string, string> = {}
      for (const p of pods) {
        const name = p.metadata?.name ?? ''
        logs[name] = await env.client.request<string>(
          'get',
          { res: R.pods, namespace: ns, name, subresource: 'log' },
          {
            text: true,
            query: {
              timestamps: true,
              previous: pyTruthy(a.from_previous),
              container: opt(a.container_name),
              sinceSeconds: since
            }
          }
        )
      }
      return logs
    }
  ),
  pods_in_phase: def(
    ['label_selector', ['phase', 'Running'], ['ns', 'default'], ['raise_on_invalid_phase', true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a)
      const sel = str(a.label_selector)
      if (pods.length === 0)
        return verdict(false, a.raise_on_invalid_phase, `no pods '${sel}' were found`, env)
      for (const p of pods)
        if (podPhase(p) !== a.phase)
          return verdict(
            false,
            a.raise_on_invalid_phase,
            `pod '${sel}' is in phase '${podPhase(p) ?? 'None'}' but should be '${str(a.phase)}'`,
            env
          )
      return true
    }
  ),
  pods_in_conditions: def(
    ['label_selector', 'conditions', ['ns', 'default'], ['raise_on_invalid_conditions', true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a)
      const sel = str(a.label_selector)
      if (pods.length === 0)
        return verdict(false, a.raise_on_invalid_conditions, `no pods '${sel}' were found`, env)
      const wanted = (Array.isArray(a.conditions) ? a.conditions : []) as {
        type?: string
        status?: string
      }[]
      for (const p of pods) {
        const have = ((p.status?.conditions ?? []) as { type?: string; status?: string }[]).map(
          (c) => `${c.type}=${c.status}`
        )
        for (const c of wanted)
          if (!have.includes(`${c.type}=${c.status}`))
            return verdict(
              false,
              a.raise_on_invalid_conditions,
              `pod ${p.metadata?.name ?? ''} does not match the following given condition: ` +
                `{'type': '${str(c.type)}', 'status': '${str(c.status)}'}`,
              env
            )
      }
      return true
    }
  ),
  pods_not_in_phase: def(
    ['label_selector', ['phase', 'Running'], ['ns', 'default'], ['raise_on_in_phase', true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a)
      const sel = str(a.label_selector)
      if (pods.length === 0)
        return verdict(false, a.raise_on_in_phase, `no pods '${sel}' were found`, env)
      for (const p of pods)
        if (podPhase(p) === a.phase)
          return verdict(
            false,
            a.raise_on_in_phase,
            `pod '${sel}' should not be in phase '${str(a.phase)}'`,
            env
          )
      return true
    }
  ),
  count_pods: def(['label_selector', ['phase', null], ['ns', 'default']], async (a, _ctx, env) => {
    const pods = await podsMatching(env, a)
    if (!opt(a.phase)) return pods.length
    return pods.filter((p) => podPhase(p) === a.phase).length
  }),
  pod_is_not_available: def(
    [
      'name',
      ['ns', 'default'],
      ['label_selector', 'name in ({name})'],
      ['raise_on_is_available', true]
    ],
    async (a, _ctx, env) => {
      const pods = await listPods(env, str(a.ns), formatName(a.label_selector, a.name) || undefined)
      for (const p of pods)
        if (podPhase(p) === 'Running')
          return verdict(
            false,
            a.raise_on_is_available,
            `pod '${str(a.name)}' is actually running`,
            env
          )
      return true
    }
  ),
  all_pods_healthy: def(
    [
      ['ns', 'default'],
      ['raise_on_any_unhealthy', true]
    ],
    async (a, _ctx, env) => {
      const pods = await listPods(env, str(a.ns), undefined)
      const bad = pods.filter((p) => podPhase(p) !== 'Running' && podPhase(p) !== 'Succeeded')
      return verdict(bad.length === 0, a.raise_on_any_unhealthy, 'the system is unhealthy', env)
    }
  ),
  count_min_pods: def(
    ['label_selector', ['phase', 'Running'], ['min_count', 2], ['ns', 'default']],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a)
      const n = opt(a.phase) ? pods.filter((p) => podPhase(p) === a.phase).length : pods.length
      return n >= int(a.min_count, 'min_count')
    }
  ),
  should_be_found_in_logs: def(
    ['pattern', ['all_containers', true], ['value', null]],
    async (a) => {
      const logs = (a.value ?? {}) as Record<string, unknown>
      if (typeof logs !== 'object')
        throw new ActivityFailed('value must be the output of read_pod_logs')
      const re = new RegExp(str(a.pattern))
      const entries = Object.entries(logs)
      const found = entries.filter(([, text]) => re.test(str(text)))
      const ok = pyTruthy(a.all_containers)
        ? entries.length > 0 && found.length === entries.length
        : found.length > 0
      if (!ok) throw new ActivityFailed(`pattern '${str(a.pattern)}' not found in the logs`)
      return true
    }
  )
}
