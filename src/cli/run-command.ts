import { resolve } from 'node:path'
import { styleText } from 'node:util'
import { errorMessage } from '../engine/errors.ts'
import { loadAndValidate } from '../engine/validate.ts'
import { runExperiments } from '../engine/runner.ts'
import type { DryMode, HypothesisStrategy, RollbackStrategy } from '../engine/types.ts'
import { createDefaultRegistry } from '../providers/index.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import type { ClusterSession, ClusterSessionOptions } from '../cluster/session.ts'
import {
  createServiceRoutes,
  openServiceRoutes,
  parsePortForwards
} from '../cluster/tunnel/index.ts'
import type { ServiceRoutes } from '../providers/service-routes.ts'
import { usesKubernetes } from '../cluster/uses-kubernetes.ts'
import { renderConsoleReport, toJsonList, writeReports } from '../reporters/index.ts'
import { createCliLogger, loadOverrides } from './common.ts'
import type { CliIo } from './main.ts'
import type { ParsedCommand } from './options.ts'
import { installSignalHandlers } from './signals.ts'

/** `chaos-action run`: 0 when every experiment passed, 1 otherwise (interrupted included). */
export async function runCommand(parsed: ParsedCommand, io: CliIo): Promise<number> {
  const { values, positionals } = parsed
  const logger = createCliLogger(values)
  const overrides = await loadOverrides(values)
  const kubernetes = kubernetesOptions(values)
  const journalDir = String(values['journal-dir'])
  const signals = installSignalHandlers(logger)
  let session: ClusterSession | undefined
  let services: ServiceRoutes | undefined
  const portForwards = (values['port-forward'] as string[] | undefined) ?? []
  parsePortForwards(portForwards)
  // Validation has its own registry: the run's blast radius is only known after the deploy.
  const validation = createDefaultRegistry({
    kubernetes,
    services: createServiceRoutes({ ...kubernetes, checkTimeoutMs: 3_000 })
  })
  let registry = validation
  try {
    const loaded = await loadAndValidate(positionals, {
      registry: validation,
      env: process.env,
      overrides,
      onWarning: (w) => logger.warning(`${w.field || '/'}: ${w.message}`, w.location)
    })
    await validation.close()
    const mode = String(values.cluster)
    const needsKubernetes = loaded.some((l) => usesKubernetes(l.experiment))
    if (needsKubernetes || typeof values.deploy === 'string' || !['auto', 'none'].includes(mode)) {
      const { openClusterSession } = await import('../cluster/session.ts')
      session = await logger.group('Cluster', () =>
        openClusterSession(
          {
            mode: mode as ClusterSessionOptions['mode'],
            needsKubernetes,
            kubeconfig: kubernetes.kubeconfig,
            context: kubernetes.context,
            keep: values['keep-cluster'] === true,
            deploy: typeof values.deploy === 'string' ? values.deploy : undefined,
            logsDir: resolve(journalDir, 'cluster-logs'),
            signal: signals.signal
          },
          logger
        )
      )
    }
    // `.svc` URLs and port-forwards reach the cluster the run uses (the session's, if it made one).
    services = await openServiceRoutes({
      kubeconfig: session?.cluster.kubeconfigPath ?? kubernetes.kubeconfig,
      context: kubernetes.context,
      portForwards,
      namespaces: session?.namespaces ?? [],
      logger
    })
    registry = createDefaultRegistry({
      services,
      kubernetes: {
        ...kubernetes,
        // A cluster we made has its own kubeconfig, now in KUBECONFIG.
        ...(session?.cluster.kubeconfigPath ? { kubeconfig: session.cluster.kubeconfigPath } : {}),
        ...(kubernetes.allowedNamespaces === undefined && session?.namespaces.length
          ? { allowedNamespaces: session.namespaces }
          : {})
      }
    })
    const frequency = values['hypothesis-frequency']
    const summary = await runExperiments(loaded, {
      journalDir,
      registry,
      logger,
      signal: signals.signal,
      hardSignal: signals.hardSignal,
      rollbackStrategy: values['rollback-strategy'] as RollbackStrategy | undefined,
      hypothesisStrategy: values['hypothesis-strategy'] as HypothesisStrategy | undefined,
      hypothesisFrequency: typeof frequency === 'string' ? Number(frequency) : undefined,
      failFast: values['fail-fast'] === true,
      dry: values.dry as DryMode | undefined,
      vars: overrides
    })

    const json = values.json === true
    const table = renderConsoleReport(summary, {
      journalDir: resolve(journalDir),
      colorVerdict: (text, passed) =>
        styleText(passed ? 'green' : 'red', text, {
          stream: json ? process.stderr : process.stdout
        })
    })
    if (json) {
      io.stderr(`\n${table}`)
      io.stdout(`${JSON.stringify(toJsonList(summary), null, 2)}\n`)
    } else {
      io.stdout(`\n${table}`)
    }

    let reportsWritten = true
    try {
      const written = await writeReports(summary, {
        ...(typeof values.junit === 'string' ? { junit: values.junit } : {}),
        ...(typeof values.report === 'string' ? { report: values.report } : {}),
        ...(typeof values.html === 'string' ? { html: values.html } : {})
      })
      for (const file of written) logger.info(`report written to ${file}`)
    } catch (error) {
      // The verdicts are printed and the journals written; a missing report still fails the run.
      logger.error(`could not write a report: ${errorMessage(error)}`)
      reportsWritten = false
    }

    const allPassed =
      summary.results.length > 0 && summary.results.every((r) => r.verdict === 'passed')
    return allPassed && reportsWritten && !summary.interrupted && !signals.interrupted ? 0 : 1
  } finally {
    signals.dispose()
    await registry.close()
    await services?.close()
    await session?.cluster
      .teardown()
      .catch((error: unknown) => logger.warning(`cluster teardown: ${errorMessage(error)}`))
  }
}

/** The Kubernetes flags as provider options (the blast radius and where the cluster is). */
function kubernetesOptions(values: ParsedCommand['values']): KubernetesOptions {
  const allowed = values['allowed-namespaces']
  const maxPods = values['max-pods-per-action']
  return {
    ...(typeof values.kubeconfig === 'string' ? { kubeconfig: values.kubeconfig } : {}),
    ...(typeof values.context === 'string' ? { context: values.context } : {}),
    ...(typeof allowed === 'string'
      ? {
          allowedNamespaces: allowed
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
        }
      : {}),
    ...(values['allow-kube-system'] === true ? { allowKubeSystem: true } : {}),
    ...(typeof maxPods === 'string' ? { maxPodsPerAction: Number(maxPods) } : {})
  }
}
