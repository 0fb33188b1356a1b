import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  executeReport
} from "./chunk-NXV5KZYJ.js";
import {
  createCliLogger
} from "./chunk-UGR4U6U3.js";
import {
  EXIT_NOT_PASSED,
  EXIT_PASSED
} from "./chunk-SMTWB7VB.js";
import {
  renderConsoleReport,
  toJsonSummary
} from "./chunk-77ZDLLZP.js";
import "./chunk-NRPIQSPR.js";
import "./chunk-HMZSNWLG.js";
import {
  newRunId
} from "./chunk-QBFQIVR3.js";
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

// src/cli/report-command.ts
import { resolve } from "node:path";
import { styleText } from "node:util";
var stringValue = (value) => typeof value === "string" && value !== "" ? resolve(value) : void 0;
async function reportCommand(parsed, io) {
  const { values } = parsed;
  const logger = createCliLogger(values);
  const junit = stringValue(values.junit);
  const markdown = stringValue(values.report);
  const html = stringValue(values.html);
  const outcome = await executeReport(
    {
      dirs: parsed.positionals.map((d) => resolve(d)),
      runId: newRunId(),
      failOn: values["fail-on"] ?? "not-passed",
      reports: {
        ...junit ? { junit } : {},
        ...markdown ? { markdown } : {},
        ...html ? { html } : {}
      }
    },
    logger
  );
  const json = values.json === true;
  const table = renderConsoleReport(outcome.summary, {
    colorVerdict: (text, passed) => styleText(passed ? "green" : "red", text, { stream: json ? process.stderr : process.stdout })
  });
  if (json) {
    io.stderr(`
${table}`);
    io.stdout(`${JSON.stringify(toJsonSummary(outcome.summary), null, 2)}
`);
  } else {
    io.stdout(`
${table}`);
  }
  for (const sentence of outcome.missing) io.stderr(`MISSING: ${sentence}
`);
  return outcome.failed ? EXIT_NOT_PASSED : EXIT_PASSED;
}
export {
  reportCommand
};
