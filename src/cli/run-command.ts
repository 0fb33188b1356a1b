import { join, resolve } from 'node:path'
import { styleText } from 'node:util'
import { errorMessage } from '../engine/errors.ts'
import { prepareJournalDir } from '../engine/journal-dir.ts'
import { loadAndValidate } from '../engine/validate.ts'
import { runExperiments } from '../engine/runner.ts'
import { NEUTRAL_VERDICTS } from '../engine/types.ts'
import { newRunId } from '../engine/journal.ts'
import { LEDGER_FILE, ledgerKeeper, sweepLeftovers } from '../providers/ledger.ts'
import type { DryMode, HypothesisStrategy, RollbackStrategy } from '../engine/types.ts'
import { createDefaultRegistry } from '../providers/index.ts'
import type { KubernetesOptions } from '../providers/kubernetes/runtime.ts'
import type { ClusterSession, ClusterSessionOptions } from '../cluster/session.ts'
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
  // Validation has its own registry: the run's blast radius is only known after the deploy.
  const validation = createDefaultRegistry({ kubernetes })
  let registry = validation
  try {
    const loaded = await loadAndValidate(positionals, {
      registry: validation,
      env: process.env,
      overrides,
      onWarning: (w) => logger.warning(`${w.field || '/'}: ${w.message}`, w.location)
    })
    await validation.close()
    // Before any cluster or experiment: a run that cannot keep its journals must not start.
    await prepareJournalDir(
      journalDir,
      loaded.map((l) => l.file)
    )
    const mode = String(values.cluster)
    const dry = (values.dry as DryMode | undefined) ?? null
    const needsKubernetes = loaded.some((l) => usesKubernetes(l.experiment, dry))
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
    registry = createDefaultRegistry({
      kubernetes: {
        ...kubernetes,
        // A cluster we made has its own kubeconfig, now in KUBECONFIG.
        ...(session?.cluster.kubeconfigPath ? { kubeconfig: session.cluster.kubeconfigPath } : {}),
        ...(kubernetes.allowedNamespaces === undefined && session?.namespaces.length
          ? { allowedNamespaces: session.namespaces }
          : {})
      }
    })
    // A killed earlier run's leftovers (process groups, faults) go first; this run keeps its own.
    const ledger = join(journalDir, LEDGER_FILE)
    await sweepLeftovers(ledger, registry, logger)
    const runId = newRunId()
    const frequency = values['hypothesis-frequency']
    const summary = await runExperiments(loaded, {
      journalDir,
      runId,
      onResourcesChanged: ledgerKeeper(ledger, runId, logger),
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

    // Dry runs and skipped experiments are neither passes nor failures; at least one must pass.
    const allPassed =
      summary.results.length > 0 &&
      summary.results.every((r) => r.verdict === 'passed' || NEUTRAL_VERDICTS.includes(r.verdict))
    if (summary.unwrittenJournals.length > 0)
      logger.error(
        `no journal for ${summary.unwrittenJournals.join(', ')}: the run has no evidence`
      )
    const journalsWritten = summary.unwrittenJournals.length === 0
    return allPassed &&
      reportsWritten &&
      journalsWritten &&
      !summary.interrupted &&
      !signals.interrupted
      ? 0
      : 1
  } finally {
    signals.dispose()
    await registry.close()
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
