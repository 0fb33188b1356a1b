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
var NEUTRAL_VERDICTS = ["dry-run", "skipped"];

export {
  ROLLBACK_STRATEGIES,
  HYPOTHESIS_STRATEGIES,
  DRY_MODES,
  VERDICTS_WORST_FIRST,
  NEUTRAL_VERDICTS
};
