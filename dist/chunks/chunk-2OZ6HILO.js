import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/engine/errors.ts
var UserError = class extends Error {
  code;
  advice;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "UserError";
    this.code = options.code ?? "CHAOS_USER_ERROR";
    if (options.advice !== void 0) this.advice = options.advice;
  }
};
var UsageError = class extends UserError {
  constructor(message, advice) {
    super(message, { code: "CHAOS_USAGE", ...advice === void 0 ? {} : { advice } });
    this.name = "UsageError";
  }
};
var ExperimentValidationError = class extends UserError {
  issues;
  constructor(issues) {
    super(formatIssues(issues), { code: "CHAOS_INVALID_EXPERIMENT" });
    this.name = "ExperimentValidationError";
    this.issues = issues;
  }
};
function formatIssue(issue) {
  const where = issue.location ? `${issue.location.file}:${issue.location.line}:${issue.location.column}` : "(unknown location)";
  const expected = issue.expected ? ` (expected ${issue.expected})` : "";
  return `${where}: ${issue.field || "/"}: ${issue.message}${expected}`;
}
function formatIssues(issues) {
  const files = new Set(issues.map((i) => i.location?.file ?? "?"));
  const head = issues.length === 1 ? "invalid experiment:" : `${issues.length} problems in ${files.size} experiment file${files.size === 1 ? "" : "s"}:`;
  return [head, ...issues.map((i) => `  ${formatIssue(i)}`)].join("\n");
}
var ClusterError = class extends UserError {
  constructor(message, advice, cause) {
    super(message, { code: "CHAOS_CLUSTER", advice, cause });
    this.name = "ClusterError";
  }
};
var ActivityFailed = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "ActivityFailed";
  }
};
var NO_EFFECT_PREFIX = "the fault reached nothing: ";
var NoEffectError = class extends ActivityFailed {
  /** The provider's injection evidence (counts, names): the output when the effect was optional. */
  evidence;
  /** `what` says what was looked for, e.g. "0 pods matched app=web in chaos-example". */
  constructor(what, evidence = null) {
    super(`${NO_EFFECT_PREFIX}${what}`);
    this.name = "NoEffectError";
    this.evidence = evidence;
  }
};
function isNoEffectMessage(message) {
  return message !== void 0 && message.startsWith(NO_EFFECT_PREFIX);
}
var InterruptedError = class extends Error {
  constructor(message = "the run was interrupted") {
    super(message);
    this.name = "InterruptedError";
  }
};
var InternalError = class extends Error {
  constructor(message, options) {
    super(`internal error (a bug in chaos-action, please report it): ${message}`, options);
    this.name = "InternalError";
  }
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}
function isUserError(error) {
  return error instanceof UserError;
}

export {
  UserError,
  UsageError,
  ExperimentValidationError,
  formatIssue,
  ClusterError,
  ActivityFailed,
  NO_EFFECT_PREFIX,
  NoEffectError,
  isNoEffectMessage,
  InterruptedError,
  InternalError,
  errorMessage,
  isUserError
};
