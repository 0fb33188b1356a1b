/**
 * The first half of every command (run, validate, list): select the files, apply the overrides,
 * load and validate with the registry the run will use (same blast-radius settings), then `only`.
 */
import { resolve } from 'node:path'
import type { LoadedExperiment } from '../engine/load.ts'
import type { Logger } from '../engine/logger.ts'
import { loadAndValidate } from '../engine/validate.ts'
import type { ProviderRegistry } from '../engine/provider.ts'
import { createDefaultRegistry } from '../providers/index.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import type { ServiceRoutes } from '../providers/service-routes.ts'
import { createServiceRoutes } from '../cluster/tunnel/index.ts'
import { plannedKubernetes } from './cluster.ts'
import { loadOverrides, type VarOverrides } from './overrides.ts'
import type { RunPlan } from './plan.ts'
import { expandExperiments, selectOnly, selectShard } from './select.ts'

/**
 * The registry of every built-in provider, with the plan's cluster access and blast radius, and
 * the routes that reach `.svc` URLs through the cluster.
 */
export function planRegistry(
  kubernetes: KubernetesOptions,
  services?: ServiceRoutes
): ProviderRegistry {
  return createDefaultRegistry({ env: process.env, kubernetes, ...(services ? { services } : {}) })
}

/** How a front door builds a registry (the default: planRegistry). */
export type RegistryFactory = (
  kubernetes: KubernetesOptions,
  services?: ServiceRoutes
) => ProviderRegistry

export interface Prepared {
  /** Every file the paths and patterns select, before the shard. */
  all: string[]
  /** The files of this shard. */
  files: string[]
  /** The experiments to run (after `only`), validated. */
  loaded: LoadedExperiment[]
  overrides: VarOverrides
}

export interface PrepareHooks {
  logger: Logger
  createRegistry?: RegistryFactory
}

export async function prepareRun(
  plan: Pick<
    RunPlan,
    'experiments' | 'shard' | 'only' | 'vars' | 'varFiles' | 'cluster' | 'radius'
  >,
  hooks: PrepareHooks
): Promise<Prepared> {
  const { logger } = hooks
  const overrides = await loadOverrides(plan.varFiles, plan.vars, logger)
  const { all, files } = await logger.group('Find experiments', () => selectFiles(plan, logger))
  if (files.length === 0) return { all, files, loaded: [], overrides }
  // The run's own registry comes later (the blast radius is known after the deploy), but it
  // validates with the same settings, so validate and run accept the same experiments.
  const kubernetes = plannedKubernetes(plan)
  // Validation checks that a named `.svc` Service exists (bounded), without opening a tunnel.
  const services = createServiceRoutes({ ...kubernetes, checkTimeoutMs: 3_000 })
  const registry = (hooks.createRegistry ?? planRegistry)(kubernetes, services)
  try {
    const valid = await logger.group('Validate experiments', async () => {
      const loaded = await loadAndValidate(files, {
        registry,
        env: process.env,
        overrides,
        onWarning: (w) => logger.warning(`${w.field || '/'}: ${w.message}`, w.location)
      })
      logger.info(`${loaded.length} experiment${loaded.length === 1 ? '' : 's'} valid`)
      return loaded
    })
    return { all, files, loaded: selectOnly(valid, plan.only), overrides }
  } finally {
    await registry.close().catch(() => undefined)
    await services.close().catch(() => undefined)
  }
}

/** The files the plan's paths, patterns and shard select. */
export async function selectFiles(
  plan: Pick<RunPlan, 'experiments' | 'shard'>,
  logger: Logger
): Promise<{ all: string[]; files: string[] }> {
  const all = await expandExperiments(plan.experiments)
  const files = selectShard(all, plan.shard)
  if (plan.shard) {
    logger.info(
      `shard ${plan.shard.index}/${plan.shard.total}: ${files.length} of ${all.length} experiment files`
    )
  }
  for (const f of files) logger.debug(f)
  return { all, files }
}

/** The journal dir as an absolute path. */
export function journalDirOf(plan: Pick<RunPlan, 'journalDir'>): string {
  return resolve(plan.journalDir)
}
