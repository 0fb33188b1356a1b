import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/engine/secret-masker.ts
var MASK = "***";
var MIN_SUBSTRING_SECRET = 3;
var WORD_CHAR = /[\p{L}\p{N}_]/u;
var SecretMasker = class {
  /** Text forms masked wherever they occur (3+ characters). */
  #substrings = /* @__PURE__ */ new Set();
  /** Text forms masked as whole values or whole tokens only (1 or 2 characters). */
  #tokens = /* @__PURE__ */ new Set();
  /** Texts masked when a whole string equals them (every form of every secret). */
  #whole = /* @__PURE__ */ new Set();
  /** Non-string scalars masked when a value equals them (numbers, booleans). */
  #scalars = /* @__PURE__ */ new Set();
  #version = 0;
  /** Registers a secret: a string, number or boolean, or every leaf of an array or object. */
  add(value) {
    if (typeof value === "string") this.#addText(value);
    else if (typeof value === "number" || typeof value === "bigint") {
      if (typeof value === "number" && !Number.isFinite(value)) return;
      this.#scalars.add(value);
      this.#addText(String(value));
    } else if (typeof value === "boolean") {
      this.#scalars.add(value);
      this.#whole.add(String(value));
      this.#whole.add(value ? "True" : "False");
      this.#version++;
    } else if (Array.isArray(value)) {
      for (const v of value) this.add(v);
    } else if (value !== null && typeof value === "object") {
      for (const v of Object.values(value)) this.add(v);
    }
  }
  #addText(text) {
    if (text === "") return;
    for (const form of textForms(text)) {
      this.#whole.add(form);
      if (form.length >= MIN_SUBSTRING_SECRET) this.#substrings.add(form);
      else this.#tokens.add(form);
    }
    this.#version++;
  }
  /** How many distinct secret forms are known (0: masking is a no-op). */
  get size() {
    return this.#whole.size + this.#scalars.size;
  }
  #sortedCache;
  #sorted() {
    if (this.#sortedCache?.version !== this.#version) {
      const byLength = (a, b) => b.length - a.length;
      this.#sortedCache = {
        version: this.#version,
        substrings: [...this.#substrings].sort(byLength),
        tokens: [...this.#tokens].sort(byLength)
      };
    }
    return this.#sortedCache;
  }
  /** Free text with every secret replaced by `***` (see the rules above). */
  mask(text) {
    if (this.size === 0 || text === "") return text;
    if (this.#whole.has(text)) return MASK;
    const { substrings, tokens } = this.#sorted();
    const spans = [];
    for (const secret of substrings) {
      for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
        spans.push([at, at + secret.length]);
      }
    }
    for (const secret of tokens) {
      for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
        const end = at + secret.length;
        if (!WORD_CHAR.test(text[at - 1] ?? "") && !WORD_CHAR.test(text[end] ?? ""))
          spans.push([at, end]);
      }
    }
    if (spans.length === 0) return text;
    return replaceSpans(text, spans);
  }
  /** A copy of a JSON-like value with every secret masked, keys included (see the rules above). */
  maskDeep(value) {
    if (this.size === 0) return value;
    return this.#maskValue(value);
  }
  /** Whether a scalar is, as a whole, a secret value. */
  isSecret(value) {
    if (typeof value === "string") return this.#whole.has(value);
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
      return this.#scalars.has(value) || typeof value !== "boolean" && this.#whole.has(String(value));
    return false;
  }
  #maskValue(value) {
    if (typeof value === "string") return this.mask(value);
    if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean")
      return this.isSecret(value) ? MASK : value;
    if (Array.isArray(value)) return value.map((v) => this.#maskValue(v));
    if (value !== null && typeof value === "object") {
      const entries = Object.entries(value).map(([key, v]) => [key, this.mask(key), v]);
      const taken = new Set(entries.filter(([key, name]) => key === name).map(([key]) => key));
      const out = {};
      for (const [key, masked, v] of entries) {
        let name = masked;
        if (key !== masked) {
          for (let n = 2; taken.has(name); n++) name = `${masked}${n}`;
          taken.add(name);
        }
        out[name] = this.#maskValue(v);
      }
      return out;
    }
    return value;
  }
};
function textForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  const json = JSON.stringify(secret).slice(1, -1);
  forms.add(json);
  try {
    forms.add(encodeURIComponent(secret));
  } catch {
  }
  return [...forms];
}
function replaceSpans(text, spans) {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let cursor = 0;
  let index = 0;
  while (index < spans.length) {
    const first = spans[index];
    let end = first[1];
    index++;
    while (index < spans.length && spans[index][0] <= end) {
      end = Math.max(end, spans[index][1]);
      index++;
    }
    out += text.slice(cursor, first[0]) + MASK;
    cursor = end;
  }
  return out + text.slice(cursor);
}

// src/engine/logger.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function stripControls(text) {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_CHARS, "");
}
var LineLogger = class {
  masker;
  #opts;
  #depth = 0;
  constructor(opts) {
    this.#opts = opts;
    this.masker = opts.masker ?? new SecretMasker();
  }
  #emit(level, message, location) {
    const where = location ? `${location.file}:${location.line}: ` : "";
    const stamp = this.#opts.timestamps ? `[${(/* @__PURE__ */ new Date()).toISOString().slice(0, 19).replace("T", " ")} ${level}] ` : "";
    const indent = "  ".repeat(this.#depth);
    for (const line of this.masker.mask(stripControls(`${where}${message}`)).split("\n")) {
      this.#opts.write(
        `${stamp}${indent}${level === "INFO" || stamp ? "" : `${level.toLowerCase()}: `}${line}`
      );
    }
  }
  debug(message) {
    if (this.#opts.debug) this.#emit("DEBUG", message);
  }
  info(message) {
    this.#emit("INFO", message);
  }
  warning(message, location) {
    this.#emit("WARNING", message, location);
  }
  error(message, location) {
    this.#emit("ERROR", message, location);
  }
  async group(name, fn) {
    this.#emit("INFO", `\u25B8 ${name}`);
    this.#depth++;
    try {
      return await fn();
    } finally {
      this.#depth--;
    }
  }
  addSecret(value) {
    this.masker.add(value);
  }
};
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  },
  group: (_name, fn) => fn(),
  addSecret() {
  }
};

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
var NEVER_FAILS = /* @__PURE__ */ new Set(["passed", ...NEUTRAL_VERDICTS]);
function overallVerdict(results) {
  if (results.length === 0) return "none";
  for (const v of VERDICTS_WORST_FIRST) if (results.some((r) => r.verdict === v)) return v;
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

// src/session/values.ts
var CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
function parseChaosMeshVersion(value) {
  const v = value.trim();
  if (/^(false|no|off|)$/i.test(v)) return false;
  if (/^(true|yes|on|latest)$/i.test(v)) return "latest";
  if (CHART_VERSION.test(v)) return v.replace(/^v/, "");
  return void 0;
}
var CHAOS_MESH_VERSION_HELP = "false, true (= the latest chart) or a Chaos Mesh chart version such as '2.8.3'";
var NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function parseNamespaces(value) {
  const out = value.split(/[\s,]+/).map((n) => n.trim()).filter((n) => n !== "" && !n.startsWith("#"));
  if (out.some((ns) => ns !== "*" && !NAMESPACE.test(ns))) return void 0;
  return [...new Set(out)];
}
var NAMESPACES_HELP = "Kubernetes namespace names (lowercase letters, digits and -) separated by commas or newlines, or '*' for every namespace (empty: the deploy's namespaces)";
function parseDryMode(value) {
  if (/^(false|)$/i.test(value)) return null;
  if (/^true$/i.test(value)) return "activities";
  return DRY_MODES.includes(value) ? value : void 0;
}
function parseNonNegative(value) {
  const n = Number(value.trim());
  return /^\d+(\.\d+)?$/.test(value.trim()) && Number.isFinite(n) ? n : void 0;
}
function parseWhole(value, min) {
  const n = Number(value.trim());
  return /^\d+$/.test(value.trim()) && Number.isSafeInteger(n) && n >= min ? n : void 0;
}
function parseShard(value) {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) return void 0;
  return { index, total };
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
  summaryVerdict,
  SecretMasker,
  stripControls,
  LineLogger,
  silentLogger,
  parseChaosMeshVersion,
  CHAOS_MESH_VERSION_HELP,
  parseNamespaces,
  NAMESPACES_HELP,
  parseDryMode,
  parseNonNegative,
  parseWhole,
  parseShard
};
