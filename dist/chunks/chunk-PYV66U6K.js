import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  NEUTRAL_VERDICTS,
  VERDICTS_WORST_FIRST
} from "./chunk-IFCBK53C.js";

// src/engine/policy.ts
var FAIL_ON = ["not-passed", "deviated", "never"];
var VERDICT_SEVERITY = VERDICTS_WORST_FIRST;
var NEVER_FAILS = /* @__PURE__ */ new Set(["passed", ...NEUTRAL_VERDICTS]);
function overallVerdict(results) {
  if (results.length === 0) return "none";
  for (const v of VERDICT_SEVERITY) if (results.some((r) => r.verdict === v)) return v;
  return "passed";
}
function verdictFails(verdict, failOn) {
  switch (failOn) {
    case "never":
      return false;
    case "deviated":
      return verdict === "deviated";
    case "not-passed":
      return !NEVER_FAILS.has(verdict);
  }
}
function failsGate(results, failOn) {
  return results.some((r) => verdictFails(r.verdict, failOn));
}
function notPassed(results) {
  return results.filter((r) => r.verdict !== "passed");
}
function summaryVerdict(results, unwrittenJournals) {
  if (unwrittenJournals > 0 || failsGate(results, "not-passed")) return "failed";
  return overallVerdict(results) === "passed" ? "passed" : "neutral";
}

export {
  FAIL_ON,
  overallVerdict,
  verdictFails,
  failsGate,
  notPassed,
  summaryVerdict
};
