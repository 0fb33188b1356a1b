import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createCliLogger,
  planFromArgs
} from "./chunk-UGR4U6U3.js";
import {
  EXIT_PASSED
} from "./chunk-SMTWB7VB.js";
import {
  loadExperimentFile,
  selectFiles,
  selectOnly
} from "./chunk-NRPIQSPR.js";
import {
  usesKubernetes
} from "./chunk-QBFQIVR3.js";
import "./chunk-HQIZOGGG.js";
import "./chunk-25EVSR2U.js";
import "./chunk-V5NIWFQ7.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-SOBFPSGS.js";
import "./chunk-FPYVVETA.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/session/needs.ts
function experimentNeeds(experiment) {
  const activities = [
    ...experiment["steady-state-hypothesis"]?.probes ?? [],
    ...experiment.method ?? [],
    ...experiment.rollbacks ?? []
  ];
  const providers = /* @__PURE__ */ new Set();
  for (const activity of activities) {
    const provider = activity.provider;
    if (!provider || typeof provider.type !== "string") continue;
    providers.add(
      provider.type === "python" && typeof provider.module === "string" ? `python:${provider.module}` : provider.type
    );
  }
  return { providers: [...providers].sort(), kubernetes: usesKubernetes(experiment) };
}

// src/cli/list-command.ts
async function listCommand(parsed, io) {
  const plan = planFromArgs(parsed);
  const logger = createCliLogger(parsed.values);
  const { files } = await selectFiles(plan, logger);
  const loaded = selectOnly(await Promise.all(files.map((f) => loadExperimentFile(f))), plan.only);
  const rows = loaded.map((l) => ({
    file: l.file,
    title: l.experiment.title,
    ...experimentNeeds(l.experiment)
  }));
  if (parsed.values.json === true) {
    io.stdout(`${JSON.stringify(rows, null, 2)}
`);
    return EXIT_PASSED;
  }
  for (const row of rows) {
    const cluster = row.kubernetes ? " (needs a Kubernetes cluster)" : "";
    io.stdout(
      `${row.file}	${row.title}
  providers: ${row.providers.join(", ") || "none"}${cluster}
`
    );
  }
  logger.info(`${rows.length} experiment${rows.length === 1 ? "" : "s"}`);
  return EXIT_PASSED;
}
export {
  listCommand
};
