/** The action's inputs -> a RunPlan for the shared executor (src/session/execute.ts). */
import { join, resolve } from 'node:path'
import type { ReportPlan, RunPlan } from '../session/plan.ts'
import { Files } from './constants.ts'
import type { ActionInputs } from './inputs.ts'

/** The action names options as its inputs: `input 'cluster'`. */
export function spellInput(input: string): string {
  return `input '${input}'`
}

export function planFromInputs(inputs: ActionInputs, runId: string): RunPlan {
  const journalDir = resolve(inputs.journalDir)
  return {
    experiments: inputs.experiments,
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    only: inputs.only,
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    journalDir,
    runId,
    ...(inputs.rollbackStrategy ? { rollbackStrategy: inputs.rollbackStrategy } : {}),
    ...(inputs.hypothesisStrategy ? { hypothesisStrategy: inputs.hypothesisStrategy } : {}),
    ...(inputs.hypothesisFrequency === undefined
      ? {}
      : { hypothesisFrequency: inputs.hypothesisFrequency }),
    failFast: inputs.failFast,
    ...(inputs.dryRun ? { dry: inputs.dryRun } : {}),
    failOn: inputs.failOn,
    // `auto` is fetched by main (actionBaseline); a path is read like the CLI's --baseline.
    ...(inputs.baseline === 'auto' || inputs.baseline === 'none'
      ? {}
      : { baseline: { path: inputs.baseline } }),
    regressionTolerance: inputs.regressionTolerance,
    timeoutMinutes: inputs.timeoutMinutes,
    cluster: {
      mode: inputs.cluster,
      // A runner has no cluster of its own: auto makes a kind cluster when one is needed.
      autoCreatesKind: true,
      ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
      ...(inputs.context ? { context: inputs.context } : {}),
      keep: inputs.keepCluster,
      ...(inputs.deploy ? { deploy: inputs.deploy } : {}),
      deployTimeoutSeconds: inputs.deployTimeoutSeconds,
      ...(inputs.kindConfig ? { kindConfig: inputs.kindConfig } : {}),
      ...(inputs.kindNodeImage ? { kindNodeImage: inputs.kindNodeImage } : {}),
      installChaosMesh: inputs.installChaosMesh,
      portForwards: inputs.portForwards
    },
    radius: {
      ...(inputs.allowedNamespaces.length > 0
        ? { allowedNamespaces: inputs.allowedNamespaces }
        : {}),
      allowKubeSystem: inputs.allowKubeSystem,
      maxPodsPerAction: inputs.maxPodsPerAction
    },
    reports: journalDirReports(journalDir, inputs.htmlReport)
  }
}

/** Always into the journal dir (and so the artifact); junit-path gets a copy afterwards. */
export function journalDirReports(journalDir: string, html: boolean): ReportPlan {
  return {
    json: join(journalDir, Files.SummaryJson),
    junit: join(journalDir, Files.Junit),
    markdown: join(journalDir, Files.Report),
    ...(html ? { html: join(journalDir, Files.Html) } : {})
  }
}
