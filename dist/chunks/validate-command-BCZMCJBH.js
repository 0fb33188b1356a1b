import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createCliLogger,
  planFromArgs
} from "./chunk-UGR4U6U3.js";
import {
  EXIT_PASSED,
  EXIT_USAGE
} from "./chunk-SMTWB7VB.js";
import {
  prepareRun
} from "./chunk-NRPIQSPR.js";
import "./chunk-QBFQIVR3.js";
import "./chunk-HQIZOGGG.js";
import "./chunk-25EVSR2U.js";
import "./chunk-V5NIWFQ7.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-SOBFPSGS.js";
import "./chunk-FPYVVETA.js";
import "./chunk-SPQMYGCA.js";
import {
  ExperimentValidationError
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/cli/validate-command.ts
async function validateCommand(parsed, io) {
  const plan = planFromArgs(parsed);
  const logger = createCliLogger(parsed.values);
  const json = parsed.values.json === true;
  try {
    const { loaded } = await prepareRun(plan, { logger });
    if (json) {
      const valid = loaded.map((l) => ({ file: l.file, title: l.experiment.title }));
      io.stdout(`${JSON.stringify({ valid: true, experiments: valid, problems: [] }, null, 2)}
`);
    } else {
      for (const experiment of loaded) io.stdout(`valid: ${experiment.file}
`);
    }
    return EXIT_PASSED;
  } catch (error) {
    if (!json || !(error instanceof ExperimentValidationError)) throw error;
    const problems = error.issues.map((i) => ({
      file: i.location?.file ?? null,
      line: i.location?.line ?? null,
      column: i.location?.column ?? null,
      field: i.field,
      message: i.message,
      ...i.expected ? { expected: i.expected } : {}
    }));
    io.stdout(`${JSON.stringify({ valid: false, experiments: [], problems }, null, 2)}
`);
    return EXIT_USAGE;
  }
}
export {
  validateCommand
};
