import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  parseVar
} from "./chunk-QBFQIVR3.js";
import {
  DEFAULT_REGRESSION_TOLERANCE,
  LineLogger,
  parseChaosMeshVersion,
  parseNamespaces,
  parseRegressionTolerance,
  parseShard
} from "./chunk-HQIZOGGG.js";

// src/cli/plan.ts
import { join } from "node:path";
function stringList(value) {
  if (value === void 0 || typeof value === "boolean") return [];
  return Array.isArray(value) ? value : [value];
}
function text(values, name) {
  const value = values[name];
  return typeof value === "string" ? value : void 0;
}
function vars(values) {
  const out = {};
  for (const spec of stringList(values.var)) {
    const { key, value } = parseVar(spec);
    out[key] = value;
  }
  return out;
}
function planFromArgs({ values, positionals }) {
  const shard = text(values, "shard");
  const frequency = text(values, "hypothesis-frequency");
  const maxPods = text(values, "max-pods-per-action");
  const allowed = text(values, "allowed-namespaces");
  const baseline = text(values, "baseline");
  const journalDir = text(values, "journal-dir") ?? "chaos-journals/";
  const opt = (key, value) => value === void 0 ? {} : { [key]: value };
  return {
    experiments: positionals,
    ...opt("shard", shard === void 0 ? void 0 : parseShard(shard)),
    only: stringList(values.only),
    vars: vars(values),
    varFiles: stringList(values["var-file"]),
    journalDir,
    ...opt("rollbackStrategy", text(values, "rollback-strategy")),
    ...opt(
      "hypothesisStrategy",
      text(values, "hypothesis-strategy")
    ),
    ...opt("hypothesisFrequency", frequency === void 0 ? void 0 : Number(frequency)),
    failFast: values["fail-fast"] === true,
    ...opt("dry", text(values, "dry")),
    failOn: text(values, "fail-on") ?? "not-passed",
    ...opt("baseline", baseline === void 0 ? void 0 : { path: baseline }),
    regressionTolerance: parseRegressionTolerance(text(values, "regression-tolerance") ?? "") ?? DEFAULT_REGRESSION_TOLERANCE,
    timeoutMinutes: Number(text(values, "timeout") ?? 0),
    cluster: {
      mode: text(values, "cluster") ?? "auto",
      // A laptop must not download kind unasked: only --cluster kind creates a cluster.
      autoCreatesKind: false,
      ...opt("kubeconfig", text(values, "kubeconfig")),
      ...opt("context", text(values, "context")),
      keep: values["keep-cluster"] === true,
      ...opt("deploy", text(values, "deploy")),
      deployTimeoutSeconds: Number(text(values, "deploy-timeout") ?? 300),
      ...opt("kindConfig", text(values, "kind-config")),
      ...opt("kindNodeImage", text(values, "kind-node-image")),
      installChaosMesh: parseChaosMeshVersion(text(values, "install-chaos-mesh") ?? "") ?? false,
      portForwards: stringList(values["port-forward"])
    },
    radius: {
      ...opt("allowedNamespaces", allowed === void 0 ? void 0 : parseNamespaces(allowed)),
      allowKubeSystem: values["allow-kube-system"] === true,
      ...opt("maxPodsPerAction", maxPods === void 0 ? void 0 : Number(maxPods))
    },
    // summary.json always goes beside the journals, as in the action: `chaos-action report`
    // merges the directories of shards by it.
    reports: {
      json: join(journalDir, "summary.json"),
      ...opt("junit", text(values, "junit")),
      ...opt("markdown", text(values, "report")),
      ...opt("html", text(values, "html"))
    }
  };
}

// src/cli/counterparts.ts
var INPUT_TO_FLAG = {
  vars: "var",
  "var-files": "var-file",
  "timeout-minutes": "timeout",
  "dry-run": "dry",
  "junit-path": "junit",
  "html-report": "html",
  // Added by the tunnel work on both sides under one name.
  "port-forward": "port-forward"
};
function flagFor(input) {
  return `--${INPUT_TO_FLAG[input] ?? input}`;
}

// src/cli/common.ts
var spellFlag = flagFor;
function createCliLogger(values) {
  const write = (line) => void process.stderr.write(`${line}
`);
  const inner = new LineLogger({
    write,
    debug: values.verbose === true,
    timestamps: values.verbose === true
  });
  return values.quiet ? new QuietLogger(inner) : inner;
}
var QuietLogger = class {
  #inner;
  constructor(inner) {
    this.#inner = inner;
  }
  debug() {
  }
  info() {
  }
  warning(message, location) {
    this.#inner.warning(message, location);
  }
  error(message, location) {
    this.#inner.error(message, location);
  }
  group(_name, fn) {
    return fn();
  }
  addSecret(value) {
    this.#inner.addSecret(value);
  }
};

export {
  planFromArgs,
  spellFlag,
  createCliLogger
};
