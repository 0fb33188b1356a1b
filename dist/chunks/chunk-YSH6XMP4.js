import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  Files
} from "./chunk-4N45NPJK.js";

// src/action/plan.ts
import { join, resolve } from "node:path";
function spellInput(input) {
  return `input '${input}'`;
}
function planFromInputs(inputs, runId) {
  const journalDir = resolve(inputs.journalDir);
  return {
    experiments: inputs.experiments,
    ...inputs.shard ? { shard: inputs.shard } : {},
    only: inputs.only,
    vars: inputs.vars,
    varFiles: inputs.varFiles,
    journalDir,
    runId,
    ...inputs.rollbackStrategy ? { rollbackStrategy: inputs.rollbackStrategy } : {},
    ...inputs.hypothesisStrategy ? { hypothesisStrategy: inputs.hypothesisStrategy } : {},
    ...inputs.hypothesisFrequency === void 0 ? {} : { hypothesisFrequency: inputs.hypothesisFrequency },
    failFast: inputs.failFast,
    ...inputs.dryRun ? { dry: inputs.dryRun } : {},
    failOn: inputs.failOn,
    // `auto` is fetched by main (actionBaseline); a path is read like the CLI's --baseline.
    ...inputs.baseline === "auto" || inputs.baseline === "none" ? {} : { baseline: { path: inputs.baseline } },
    regressionTolerance: inputs.regressionTolerance,
    timeoutMinutes: inputs.timeoutMinutes,
    cluster: {
      mode: inputs.cluster,
      // A runner has no cluster of its own: auto makes a kind cluster when one is needed.
      autoCreatesKind: true,
      ...inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {},
      ...inputs.context ? { context: inputs.context } : {},
      keep: inputs.keepCluster,
      ...inputs.deploy ? { deploy: inputs.deploy } : {},
      deployTimeoutSeconds: inputs.deployTimeoutSeconds,
      ...inputs.kindConfig ? { kindConfig: inputs.kindConfig } : {},
      ...inputs.kindNodeImage ? { kindNodeImage: inputs.kindNodeImage } : {},
      installChaosMesh: inputs.installChaosMesh,
      portForwards: inputs.portForwards
    },
    radius: {
      ...inputs.allowedNamespaces.length > 0 ? { allowedNamespaces: inputs.allowedNamespaces } : {},
      allowKubeSystem: inputs.allowKubeSystem,
      maxPodsPerAction: inputs.maxPodsPerAction
    },
    reports: journalDirReports(journalDir, inputs.htmlReport)
  };
}
function journalDirReports(journalDir, html) {
  return {
    json: join(journalDir, Files.SummaryJson),
    junit: join(journalDir, Files.Junit),
    markdown: join(journalDir, Files.Report),
    ...html ? { html: join(journalDir, Files.Html) } : {}
  };
}

export {
  spellInput,
  planFromInputs,
  journalDirReports
};
