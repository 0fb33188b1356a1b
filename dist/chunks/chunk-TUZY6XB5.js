import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/engine/types.ts
var ROLLBACK_STRATEGIES = [
  "default",
  "always",
  "never",
  "deviated"
];
var HYPOTHESIS_STRATEGIES = [
  "default",
  "before-method-only",
  "after-method-only",
  "during-method-only",
  "continuously"
];
var DRY_MODES = ["probes", "actions", "activities", "pause"];
var VERDICTS_WORST_FIRST = [
  "failed",
  "aborted",
  "interrupted",
  "deviated",
  "not-steady",
  "inconclusive",
  "skipped",
  "dry-run",
  "passed"
];
var VERDICTS = [
  "passed",
  "deviated",
  "not-steady",
  "failed",
  "aborted",
  "interrupted",
  "inconclusive",
  "dry-run",
  "skipped"
];
var NEUTRAL_VERDICTS = ["dry-run", "skipped"];

// src/engine/policy.ts
var FAIL_ON = ["not-passed", "deviated", "regression", "never"];
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
    case "regression":
      return !NEVER_FAILS.has(verdict);
  }
}
function failsGate(results, failOn, regressions = 0) {
  if (failOn === "regression" && regressions > 0) return true;
  return results.some((r) => verdictFails(r.verdict, failOn));
}
var DEFAULT_REGRESSION_TOLERANCE = {
  relative: 0.1,
  absolute: { ms: 5, s: 1, ratio: 1e-3, number: 0 }
};
var DEFAULT_REGRESSION_TOLERANCE_TEXT = "10%,5ms,1s,0.1pp";
var TOLERANCE_TOKEN = /^(\d+(?:\.\d+)?|\.\d+)\s*(%|ms|s|pp)?$/;
function parseRegressionTolerance(text) {
  const parts = text.split(/[\s,]+/).filter((p) => p !== "");
  if (parts.length === 0) return void 0;
  const absolute = { ...DEFAULT_REGRESSION_TOLERANCE.absolute };
  let relative = DEFAULT_REGRESSION_TOLERANCE.relative;
  for (const part of parts) {
    const m = TOLERANCE_TOKEN.exec(part.trim());
    if (!m) return void 0;
    const n = Number(m[1]);
    if (m[2] === "%") relative = n / 100;
    else if (m[2] === "ms") absolute.ms = n;
    else if (m[2] === "s") absolute.s = n;
    else if (m[2] === "pp") absolute.ratio = n / 100;
    else absolute.number = n;
  }
  return { relative, absolute };
}
function isRegression(figure, base, current, tolerance = DEFAULT_REGRESSION_TOLERANCE) {
  const worse = figure.better === "lower" ? current - base : base - current;
  if (!(worse > 0)) return false;
  return worse > tolerance.relative * Math.abs(base) && worse > tolerance.absolute[figure.unit];
}
function notPassed(results) {
  return results.filter((r) => r.verdict !== "passed");
}
function summaryVerdict(results, unwrittenJournals) {
  if (unwrittenJournals > 0 || failsGate(results, "not-passed")) return "failed";
  return overallVerdict(results) === "passed" ? "passed" : "neutral";
}

export {
  ROLLBACK_STRATEGIES,
  HYPOTHESIS_STRATEGIES,
  DRY_MODES,
  VERDICTS,
  NEUTRAL_VERDICTS,
  FAIL_ON,
  overallVerdict,
  verdictFails,
  failsGate,
  DEFAULT_REGRESSION_TOLERANCE,
  DEFAULT_REGRESSION_TOLERANCE_TEXT,
  parseRegressionTolerance,
  isRegression,
  notPassed,
  summaryVerdict
};
