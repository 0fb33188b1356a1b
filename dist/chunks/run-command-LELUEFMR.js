import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createCliLogger,
  planFromArgs,
  spellFlag
} from "./chunk-UGR4U6U3.js";
import {
  EXIT_NOT_PASSED,
  EXIT_PASSED
} from "./chunk-SMTWB7VB.js";
import {
  executeRun,
  renderConsoleReport,
  toJsonList
} from "./chunk-77ZDLLZP.js";
import "./chunk-NRPIQSPR.js";
import "./chunk-HMZSNWLG.js";
import "./chunk-QBFQIVR3.js";
import "./chunk-HQIZOGGG.js";
import "./chunk-4NCWL2DP.js";
import "./chunk-25EVSR2U.js";
import "./chunk-V5NIWFQ7.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-SOBFPSGS.js";
import "./chunk-FPYVVETA.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/cli/run-command.ts
import { resolve } from "node:path";
import { styleText } from "node:util";
async function runCommand(parsed, io) {
  const plan = planFromArgs(parsed);
  const logger = createCliLogger(parsed.values);
  const outcome = await executeRun(plan, { logger, spell: spellFlag });
  if (outcome.error !== void 0) throw outcome.error;
  const summary = outcome.summary;
  if (summary) {
    const json = parsed.values.json === true;
    const table = renderConsoleReport(summary, {
      journalDir: resolve(outcome.journalDir),
      colorVerdict: (text, passed) => styleText(passed ? "green" : "red", text, {
        stream: json ? process.stderr : process.stdout
      })
    });
    if (json) {
      io.stderr(`
${table}`);
      io.stdout(`${JSON.stringify(toJsonList(summary), null, 2)}
`);
    } else {
      io.stdout(`
${table}`);
    }
  }
  if (outcome.stopped) logger.warning(`the run was stopped: ${outcome.stopped}`);
  return outcome.failed ? EXIT_NOT_PASSED : EXIT_PASSED;
}
export {
  runCommand
};
