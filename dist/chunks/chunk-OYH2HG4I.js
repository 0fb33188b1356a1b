import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  renderMarkdownReport
} from "./chunk-NQCTTHJ5.js";
import {
  SecretMasker,
  createDefaultRegistry,
  parseVar
} from "./chunk-VJPGQR7E.js";
import {
  DRY_MODES,
  HYPOTHESIS_STRATEGIES,
  ROLLBACK_STRATEGIES
} from "./chunk-7UC75VGD.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  debug,
  endGroup,
  error,
  exportVariable,
  getInput,
  getMultilineInput,
  getState,
  info,
  notice,
  saveState,
  setOutput,
  setSecret,
  startGroup,
  summary,
  warning
} from "./chunk-3TNAO2GV.js";
import {
  UsageError,
  errorMessage
} from "./chunk-M5F2XM67.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/action/constants.ts
var Inputs = {
  Experiments: "experiments",
  Cluster: "cluster",
  Vars: "vars",
  VarFiles: "var-files",
  RollbackStrategy: "rollback-strategy",
  HypothesisStrategy: "hypothesis-strategy",
  FailOn: "fail-on",
  Comment: "comment",
  GithubToken: "github-token",
  ArtifactName: "artifact-name",
  CheckRuns: "check-runs",
  HtmlReport: "html-report",
  TimeoutMinutes: "timeout-minutes",
  DryRun: "dry-run",
  Shard: "shard",
  JunitPath: "junit-path",
  JournalDir: "journal-dir",
  Kubeconfig: "kubeconfig",
  Context: "context",
  Deploy: "deploy",
  DeployTimeout: "deploy-timeout",
  AllowedNamespaces: "allowed-namespaces",
  AllowKubeSystem: "allow-kube-system",
  MaxPodsPerAction: "max-pods-per-action",
  KeepCluster: "keep-cluster",
  KindConfig: "kind-config",
  KindNodeImage: "kind-node-image",
  InstallChaosMesh: "install-chaos-mesh"
};
var Outputs = {
  Verdict: "verdict",
  Passed: "passed",
  NotPassed: "not-passed",
  SummaryJson: "summary-json",
  JournalsDir: "journals-dir",
  ReportPath: "report-path",
  ArtifactUrl: "artifact-url",
  CommentUrl: "comment-url"
};
var State = {
  /** Set as soon as main starts, so post can tell "main never ran" from "main ran". */
  MainStarted: "CHAOS_MAIN_STARTED",
  JournalDir: "CHAOS_JOURNAL_DIR",
  /** Absolute path of the ledger of live resources the engine keeps on disk. */
  Ledger: "CHAOS_LEDGER",
  RunId: "CHAOS_RUN_ID",
  SummaryDone: "CHAOS_SUMMARY_DONE",
  OutputsDone: "CHAOS_OUTPUTS_DONE",
  CommentDone: "CHAOS_COMMENT_DONE",
  CheckRunsDone: "CHAOS_CHECK_RUNS_DONE",
  UploadDone: "CHAOS_UPLOAD_DONE",
  /** The cluster this run used (JSON ClusterRecord): what post cleans up and tears down. */
  Cluster: "CHAOS_CLUSTER"
};
var FAIL_ON = ["not-passed", "deviated", "never"];
var COMMENT_POLICIES = ["auto", "always", "on-failure", "never"];
var CLUSTER_MODES = ["auto", "kind", "existing", "kwok", "none"];
var Files = {
  SummaryJson: "summary.json",
  Junit: "junit.xml",
  Report: "report.md",
  Html: "report.html",
  Log: "chaos-action.log",
  Ledger: "resources.ledger.json"
};
var Cancel = {
  /** After the first signal, give up on rollbacks if the second signal has not come by then. */
  rollbackBudgetMs: 7e3,
  /** From the first signal, the latest we exit, whatever is still pending. */
  hardExitMs: 9500,
  /** Network calls (comment, upload) made after a cancellation get at most this long. */
  networkBudgetMs: 1500
};
var TIMEOUT_ROLLBACK_GRACE_MS = 6e4;
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];

// src/action/state.ts
import { renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
var saveState2 = {
  started(runId, journalDir, ledger) {
    saveState(State.MainStarted, "true");
    saveState(State.RunId, runId);
    saveState(State.JournalDir, journalDir);
    saveState(State.Ledger, ledger);
  },
  done(flag) {
    saveState(State[flag], "true");
  },
  cluster(record) {
    saveState(State.Cluster, JSON.stringify(record));
  }
};
function readState() {
  const flag = (key) => getState(key) === "true";
  return {
    mainStarted: flag(State.MainStarted),
    journalDir: getState(State.JournalDir),
    ledger: getState(State.Ledger),
    runId: getState(State.RunId),
    summaryDone: flag(State.SummaryDone),
    outputsDone: flag(State.OutputsDone),
    commentDone: flag(State.CommentDone),
    checkRunsDone: flag(State.CheckRunsDone),
    uploadDone: flag(State.UploadDone),
    cluster: parseClusterRecord(getState(State.Cluster))
  };
}
function parseClusterRecord(text) {
  if (!text) return void 0;
  try {
    const r = JSON.parse(text);
    const kind = r.state?.kind;
    if (typeof kind !== "string") return void 0;
    return {
      state: r.state,
      keep: r.keep === true,
      ...typeof r.kubeconfigPath === "string" ? { kubeconfigPath: r.kubeconfigPath } : {},
      ...typeof r.context === "string" ? { context: r.context } : {},
      namespaces: Array.isArray(r.namespaces) ? r.namespaces.map(String) : []
    };
  } catch {
    return void 0;
  }
}
function writeLedgerSync(path, runId, resources) {
  const file = {
    runId,
    updated: (/* @__PURE__ */ new Date()).toISOString(),
    resources: resources.map(({ provider, kind, description, data }) => ({
      provider,
      kind,
      description,
      data
    }))
  };
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(file, null, 2)}
`);
  renameSync(tmp, path);
}
async function readLedger(path) {
  const file = JSON.parse(await readFile(path, "utf8"));
  if (!Array.isArray(file.resources)) throw new Error("no resources list in the ledger");
  return { runId: String(file.runId ?? ""), resources: file.resources };
}

// src/action/cluster.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
function kubernetesOptions(inputs) {
  return {
    ...inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {},
    ...inputs.context ? { context: inputs.context } : {},
    ...inputs.allowedNamespaces.length > 0 ? { allowedNamespaces: inputs.allowedNamespaces } : {},
    allowKubeSystem: inputs.allowKubeSystem,
    maxPodsPerAction: inputs.maxPodsPerAction
  };
}
function runKubernetesOptions(inputs, session) {
  const base = kubernetesOptions(inputs);
  if (!session) return base;
  const { context: _ignored, ...rest } = base;
  const cluster = session.cluster;
  return {
    ...rest,
    ...cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {},
    ...cluster.context ? { context: cluster.context } : {},
    ...inputs.allowedNamespaces.length === 0 && session.namespaces.length > 0 ? { allowedNamespaces: session.namespaces } : {}
  };
}
function kubeconfigSecrets(text) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch {
    return [];
  }
  const users = doc?.users;
  if (!Array.isArray(users)) return [];
  const out = /* @__PURE__ */ new Set();
  const add = (v) => {
    if (typeof v === "string" && v.trim().length >= 4) out.add(v.trim());
  };
  for (const entry of users) {
    const user = entry?.user;
    if (!user || typeof user !== "object") continue;
    for (const key of ["token", "password", "client-key-data"]) add(user[key]);
    const config = user["auth-provider"]?.config;
    for (const [key, value] of Object.entries(config ?? {}))
      if (/token|secret/i.test(key)) add(value);
  }
  return [...out];
}
function maskKubeconfig(path, logger) {
  try {
    for (const secret of kubeconfigSecrets(readFileSync(path, "utf8"))) logger.addSecret(secret);
  } catch (error2) {
    logger.warning(`could not read ${path} to mask its credentials: ${errorMessage(error2)}`);
  }
}
function created(record) {
  const s = record.state;
  return s.kind === "kind" || s.kind === "kwok" && s.started;
}
async function openActionCluster(inputs, ctx) {
  const { logger } = ctx;
  const mode = inputs.cluster;
  if (inputs.installChaosMesh !== false && mode !== "kind" && mode !== "auto") {
    throw new UsageError(
      `Input '${Inputs.InstallChaosMesh}' installs Chaos Mesh into a kind cluster this run creates, but input '${Inputs.Cluster}' is '${mode}'`,
      `set ${Inputs.Cluster}: kind, or install Chaos Mesh into your cluster yourself and set ${Inputs.InstallChaosMesh}: false`
    );
  }
  if (inputs.kindConfig && !existsSync(resolve(inputs.kindConfig))) {
    throw new UsageError(
      `Input '${Inputs.KindConfig}': '${inputs.kindConfig}' does not exist`,
      "give the path of a kind Cluster config file, relative to the workspace"
    );
  }
  const given = inputs.kubeconfig || process.env.KUBECONFIG?.split(":").find((f) => f !== "");
  if (given && existsSync(given)) maskKubeconfig(given, logger);
  const [{ openClusterSession }, { toolCacheFetcher }] = await Promise.all([
    import("./session-V53PHUAS.js"),
    import("./tool-fetcher-5AKKK6ON.js")
  ]);
  const logsDir = join(ctx.journalDir, "cluster-logs");
  const tempDir = process.env.RUNNER_TEMP || tmpdir();
  const kubeconfigPath = join(tempDir, `chaos-action-kind-${process.pid}.kubeconfig`);
  const fetcher = toolCacheFetcher();
  let binary;
  if (mode === "kind") {
    const kind = await import("./kind-BGOX3GEY.js");
    binary = await kind.resolveKind({ env: process.env, fetcher }, logger);
    saveState2.cluster({
      state: { kind: "kind", binary, name: kind.DEFAULT_KIND_CLUSTER, kubeconfigPath },
      keep: inputs.keepCluster,
      namespaces: []
    });
  }
  let session;
  try {
    session = await openClusterSession(
      {
        mode,
        needsKubernetes: ctx.needsKubernetes || inputs.installChaosMesh !== false,
        ...inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {},
        ...inputs.context ? { context: inputs.context } : {},
        keep: inputs.keepCluster,
        ...inputs.deploy ? { deploy: inputs.deploy } : {},
        deployTimeoutSeconds: inputs.deployTimeoutSeconds,
        logsDir,
        env: process.env,
        signal: ctx.signal,
        kind: {
          ...inputs.kindConfig ? { config: resolve(inputs.kindConfig) } : {},
          ...inputs.kindNodeImage ? { nodeImage: inputs.kindNodeImage } : {},
          // In RUNNER_TEMP: it lasts the whole job, for later steps and for post's kind delete.
          kubeconfigPath,
          // When creating fails, kind's node logs go into the artifact with the journals.
          logsDir,
          fetcher,
          ...binary ? { binary } : {}
        }
      },
      logger
    );
  } catch (error2) {
    if (binary) saveState2.cluster({ state: { kind: "none" }, keep: false, namespaces: [] });
    if (existsSync(logsDir))
      logger.info(`cluster logs were exported to ${logsDir} (in the artifact)`);
    throw error2;
  }
  if (!session) {
    if (inputs.installChaosMesh !== false)
      throw new UsageError(
        `Input '${Inputs.InstallChaosMesh}' is set but no cluster was created`,
        `set ${Inputs.Cluster}: kind`
      );
    return void 0;
  }
  const cluster = session.cluster;
  const record = {
    state: cluster.state,
    keep: inputs.keepCluster,
    ...cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {},
    ...cluster.context ? { context: cluster.context } : {},
    namespaces: inputs.allowedNamespaces.length > 0 ? inputs.allowedNamespaces : [...session.namespaces]
  };
  saveState2.cluster(record);
  if (cluster.kubeconfigPath) maskKubeconfig(cluster.kubeconfigPath, logger);
  if (created(record) && inputs.keepCluster && cluster.kubeconfigPath) {
    exportVariable("KUBECONFIG", cluster.kubeconfigPath);
    logger.info(`keep-cluster: later steps get KUBECONFIG=${cluster.kubeconfigPath}`);
  }
  if (inputs.installChaosMesh !== false) {
    if (cluster.kind !== "kind")
      throw new UsageError(
        `Input '${Inputs.InstallChaosMesh}' installs Chaos Mesh into a kind cluster this run creates, but '${Inputs.Cluster}: ${mode}' picked the ${cluster.kind} cluster`,
        `set ${Inputs.Cluster}: kind`
      );
    const version = inputs.installChaosMesh;
    const { installChaosMesh } = await import("./chaos-mesh-install-2ZQYIN3Z.js");
    await logger.group(
      `Install Chaos Mesh ${version}`,
      () => installChaosMesh(
        {
          version,
          ...cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {},
          timeoutSeconds: Math.max(300, inputs.deployTimeoutSeconds),
          env: process.env,
          signal: ctx.signal
        },
        logger
      )
    );
  }
  return session;
}
var SWEEP_TIMEOUT_MS = 9e4;
async function sweepChaosMesh(record, runId, logger) {
  if (!runId) return;
  if (record && created(record) && !record.keep) {
    logger.info("the cluster is deleted next: no Chaos Mesh objects to sweep first");
    return;
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SWEEP_TIMEOUT_MS);
  try {
    const { ChaosMeshProvider } = await import("./chaos-mesh-XTYLOE7L.js");
    const provider = new ChaosMeshProvider({
      env: process.env,
      ...record?.kubeconfigPath ? { kubeconfig: record.kubeconfigPath } : {},
      ...record?.context ? { context: record.context } : {}
    });
    const sweep = (namespaces) => provider.deleteAllForRun(runId, {
      ...namespaces ? { namespaces } : {},
      signal: abort.signal,
      logger,
      timeoutMs: 6e4
    });
    let deleted;
    try {
      ;
      ({ deleted } = await sweep());
    } catch (error2) {
      const status = error2.status;
      if (status !== 403 || !record?.namespaces.length || record.namespaces.includes("*"))
        throw error2;
      ({ deleted } = await sweep(record.namespaces));
    }
    logger.info(
      deleted.length ? `removed ${deleted.length} Chaos Mesh object(s) of run ${runId}: ${deleted.join(", ")}` : `no Chaos Mesh objects of run ${runId} left`
    );
  } catch (error2) {
    logger.annotate(
      "warning",
      `post: could not remove the Chaos Mesh objects labelled with run ${runId}: ${errorMessage(error2)}; delete them by hand (kubectl delete <kind> -A -l chaos-action.dev/run-id)`
    );
  } finally {
    clearTimeout(timer);
  }
}
async function teardownActionCluster(record, logger) {
  if (!record || !created(record)) return;
  if (record.keep) {
    logger.info(
      `keep-cluster: leaving the ${record.state.kind} cluster running` + (record.kubeconfigPath ? ` (KUBECONFIG=${record.kubeconfigPath})` : "")
    );
    return;
  }
  try {
    const { teardownCluster } = await import("./cluster-BB7XGPTT.js");
    await teardownCluster(record.state, logger, { env: process.env });
  } catch (error2) {
    const name = record.state.kind === "kind" ? record.state.name : record.state.kind;
    logger.annotate(
      "warning",
      `post: could not delete the ${record.state.kind} cluster ${name}: ${errorMessage(error2)}; ` + (record.state.kind === "kind" ? `delete it with \`kind delete cluster --name ${record.state.name}\`` : "stop it with `npm run cluster:down`")
    );
  }
}

// src/action/registry.ts
function createActionRegistry(kubernetes = {}) {
  return createDefaultRegistry({ env: process.env, kubernetes });
}

// src/action/inputs.ts
function invalid(name, value, allowed) {
  return new UsageError(`Invalid value for input '${name}': '${value}'. Allowed: ${allowed}.`);
}
function oneOf(name, allowed) {
  const value = getInput(name);
  if (!allowed.includes(value)) {
    throw invalid(name, value, allowed.join(", "));
  }
  return value;
}
function optionalOneOf(name, allowed) {
  const value = getInput(name);
  if (value === "") return void 0;
  if (!allowed.includes(value)) {
    throw invalid(name, value, `${allowed.join(", ")} (or empty to keep each experiment's own)`);
  }
  return value;
}
function bool(name) {
  const value = getInput(name);
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off|)$/i.test(value)) return false;
  throw invalid(name, value, "true, false");
}
function lines(name) {
  return getMultilineInput(name).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function parseVars() {
  const vars = {};
  for (const line of lines(Inputs.Vars)) {
    try {
      const { key, value } = parseVar(line);
      vars[key] = value;
    } catch (error2) {
      throw new UsageError(
        `Invalid value for input '${Inputs.Vars}': '${line}': ${errorMessage(error2)}. Allowed: one 'key=value' or 'key:type=value' per line.`
      );
    }
  }
  return vars;
}
function parseTimeout() {
  const value = getInput(Inputs.TimeoutMinutes);
  if (value === "") return 0;
  const minutes = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !Number.isFinite(minutes)) {
    throw invalid(Inputs.TimeoutMinutes, value, "a number of minutes >= 0 (0 means no limit)");
  }
  return minutes;
}
function parseDryRun() {
  const value = getInput(Inputs.DryRun);
  if (/^(false|)$/i.test(value)) return null;
  if (/^true$/i.test(value)) return "activities";
  if (DRY_MODES.includes(value)) return value;
  throw invalid(Inputs.DryRun, value, `false, true (= activities), ${DRY_MODES.join(", ")}`);
}
function parseShard(value) {
  if (value === "") return void 0;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const total = Number(m?.[2]);
  if (!m || total < 1 || index < 1 || index > total) {
    throw invalid(Inputs.Shard, value, "'i/n' with 1 <= i <= n, e.g. '1/3' (or empty for all)");
  }
  return { index, total };
}
function count(name, min, what) {
  const value = getInput(name).trim();
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) {
    throw invalid(name, value, `a whole number >= ${min} (${what})`);
  }
  return n;
}
function namespaceList(name) {
  const out = getInput(name).split(/[\s,]+/).map((n) => n.trim()).filter((n) => n !== "" && !n.startsWith("#"));
  for (const ns of out) {
    if (ns !== "*" && !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) {
      throw invalid(
        name,
        ns,
        "Kubernetes namespace names (lowercase letters, digits and -) separated by commas or newlines, or '*' for every namespace (empty: the deploy's namespaces)"
      );
    }
  }
  return [...new Set(out)];
}
var CHART_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
function parseInstallChaosMesh() {
  const value = getInput(Inputs.InstallChaosMesh).trim();
  if (/^(false|no|off|)$/i.test(value)) return false;
  if (/^(true|yes|on|latest)$/i.test(value)) return "latest";
  if (CHART_VERSION.test(value)) return value.replace(/^v/, "");
  throw invalid(
    Inputs.InstallChaosMesh,
    value,
    "false, true (= the latest chart) or a Chaos Mesh chart version such as '2.8.3'"
  );
}
function required(name) {
  const value = getInput(name);
  if (value === "") throw invalid(name, value, "a non-empty value");
  return value;
}
function getInputs() {
  const experiments = lines(Inputs.Experiments);
  if (experiments.length === 0) {
    throw invalid(Inputs.Experiments, "", "one or more paths, directories or globs, one per line");
  }
  const inputs = {
    experiments,
    cluster: oneOf(Inputs.Cluster, CLUSTER_MODES),
    vars: parseVars(),
    varFiles: lines(Inputs.VarFiles),
    rollbackStrategy: optionalOneOf(Inputs.RollbackStrategy, ROLLBACK_STRATEGIES),
    hypothesisStrategy: optionalOneOf(Inputs.HypothesisStrategy, HYPOTHESIS_STRATEGIES),
    failOn: oneOf(Inputs.FailOn, FAIL_ON),
    comment: oneOf(Inputs.Comment, COMMENT_POLICIES),
    githubToken: getInput(Inputs.GithubToken),
    artifactName: getInput(Inputs.ArtifactName),
    checkRuns: bool(Inputs.CheckRuns),
    htmlReport: bool(Inputs.HtmlReport),
    timeoutMinutes: parseTimeout(),
    dryRun: parseDryRun(),
    shard: parseShard(getInput(Inputs.Shard)),
    junitPath: getInput(Inputs.JunitPath),
    journalDir: required(Inputs.JournalDir),
    kubeconfig: getInput(Inputs.Kubeconfig),
    context: getInput(Inputs.Context),
    deploy: getInput(Inputs.Deploy),
    deployTimeoutSeconds: count(Inputs.DeployTimeout, 1, "seconds"),
    allowedNamespaces: namespaceList(Inputs.AllowedNamespaces),
    allowKubeSystem: bool(Inputs.AllowKubeSystem),
    maxPodsPerAction: count(Inputs.MaxPodsPerAction, 1, "pods one action may affect"),
    keepCluster: bool(Inputs.KeepCluster),
    kindConfig: getInput(Inputs.KindConfig),
    kindNodeImage: getInput(Inputs.KindNodeImage),
    installChaosMesh: parseInstallChaosMesh()
  };
  if (inputs.githubToken !== "") setSecret(inputs.githubToken);
  for (const [key, value] of Object.entries(inputs)) {
    if (key === "githubToken") {
      debug(`${key} = ${value === "" ? "(empty)" : "***"}`);
    } else if (key === "vars") {
      debug(`${key} = ${JSON.stringify(Object.keys(inputs.vars))}`);
    } else {
      debug(`${key} = ${JSON.stringify(value)}`);
    }
  }
  return inputs;
}

// src/action/logger.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var YELLOW = "\x1B[33m";
var RED = "\x1B[31m";
var RESET = "\x1B[0m";
function annotation(location) {
  return location ? { file: location.file, startLine: location.line, startColumn: location.column } : {};
}
var ActionLogger = class {
  masker = new SecretMasker();
  #fd;
  #inGroup = false;
  /** Starts teeing every line into `file` (created with its directory). */
  teeTo(file) {
    this.close();
    mkdirSync(dirname(file), { recursive: true });
    this.#fd = openSync(file, "a");
  }
  close() {
    if (this.#fd !== void 0) {
      try {
        closeSync(this.#fd);
      } catch {
      }
      this.#fd = void 0;
    }
  }
  #tee(level, message, location) {
    if (this.#fd === void 0) return;
    const where = location ? `${location.file}:${location.line}: ` : "";
    const stamp = (/* @__PURE__ */ new Date()).toISOString();
    const text = this.masker.mask(`${where}${message}`).split("\n").map((l) => `${stamp} ${level.padEnd(7)} ${l}
`).join("");
    try {
      writeSync(this.#fd, text);
    } catch {
    }
  }
  debug(message) {
    debug(this.masker.mask(message));
    this.#tee("DEBUG", message);
  }
  info(message) {
    info(this.masker.mask(message));
    this.#tee("INFO", message);
  }
  /**
   * The engine's warnings and errors become annotations only when they point into an experiment
   * file; the rest are log lines. GitHub shows 10 annotations of each level per step, and the
   * located ones (and the verdict) must not be crowded out by the run's running commentary.
   */
  warning(message, location) {
    if (location) warning(this.masker.mask(message), annotation(location));
    else info(`${YELLOW}Warning:${RESET} ${this.masker.mask(message)}`);
    this.#tee("WARNING", message, location);
  }
  error(message, location) {
    if (location) error(this.masker.mask(message), annotation(location));
    else info(`${RED}Error:${RESET} ${this.masker.mask(message)}`);
    this.#tee("ERROR", message, location);
  }
  /** Always an annotation: for what the action itself must tell the user. */
  annotate(level, message, location) {
    const text = this.masker.mask(message);
    if (level === "error") error(text, annotation(location));
    else if (level === "warning") warning(text, annotation(location));
    else notice(text, annotation(location));
    this.#tee(level.toUpperCase(), message, location);
  }
  /** This logger, except that every warning and error is an annotation (for the action's own code). */
  annotating() {
    return {
      debug: (m) => this.debug(m),
      info: (m) => this.info(m),
      warning: (m, l) => this.annotate("warning", m, l),
      error: (m, l) => this.annotate("error", m, l),
      group: (name, fn) => this.group(name, fn),
      addSecret: (v) => this.addSecret(v)
    };
  }
  async group(name, fn) {
    if (this.#inGroup) {
      this.info(`\u25B8 ${name}`);
      return fn();
    }
    this.#inGroup = true;
    startGroup(this.masker.mask(name));
    this.#tee("GROUP", name);
    try {
      return await fn();
    } finally {
      endGroup();
      this.#inGroup = false;
    }
  }
  addSecret(value) {
    if (value === "") return;
    setSecret(value);
    this.masker.add(value);
  }
};

// src/action/summary.ts
import { isAbsolute, relative, sep } from "node:path";
var STEP_SUMMARY_MAX_BYTES = 1e6;
function forDisplay(summary2, cwd = process.cwd()) {
  return {
    ...summary2,
    results: summary2.results.map((r) => {
      if (!r.journalPath || !isAbsolute(r.journalPath)) return r;
      const rel = relative(cwd, r.journalPath);
      return rel.startsWith("..") ? r : { ...r, journalPath: rel.split(sep).join("/") };
    })
  };
}
function renderJobSummary(summary2, extra = []) {
  const tail = extra.length > 0 ? `
${extra.join("\n\n")}
` : "";
  const report = renderMarkdownReport(forDisplay(summary2), {
    maxBytes: STEP_SUMMARY_MAX_BYTES - Buffer.byteLength(tail, "utf8")
  });
  return report + tail;
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await summary.addRaw(markdown, true).write();
  summary.emptyBuffer();
  return true;
}

// src/action/outputs.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { readdir } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join2, relative as relative2, resolve as resolve2 } from "node:path";
var VERDICT_ORDER = [
  "failed",
  "aborted",
  "interrupted",
  "deviated",
  "not-steady",
  "passed"
];
function overallVerdict(results) {
  if (results.length === 0) return "none";
  for (const v of VERDICT_ORDER) if (results.some((r) => r.verdict === v)) return v;
  return "passed";
}
function failsStep(results, failOn) {
  switch (failOn) {
    case "never":
      return false;
    case "deviated":
      return results.some((r) => r.verdict === "deviated");
    case "not-passed":
      return results.some((r) => r.verdict !== "passed");
  }
}
function setOutputs(values) {
  setOutput(Outputs.Verdict, values.verdict);
  setOutput(Outputs.Passed, String(values.passed));
  setOutput(Outputs.NotPassed, String(values.notPassed));
  setOutput(Outputs.SummaryJson, values.summaryJson);
  setOutput(Outputs.JournalsDir, values.journalsDir);
  setOutput(Outputs.ReportPath, values.reportPath);
}
function readEvent() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync2(path, "utf8"));
  } catch {
    return {};
  }
}
function pullRequestNumber(event = readEvent()) {
  if (typeof event.pull_request?.number === "number") return event.pull_request.number;
  if (event.issue?.pull_request && typeof event.issue.number === "number") return event.issue.number;
  return void 0;
}
function wantsComment(policy, failed, eventName) {
  switch (policy) {
    case "never":
      return false;
    case "auto":
      return PULL_REQUEST_EVENTS.includes(eventName);
    case "always":
      return true;
    case "on-failure":
      return failed;
  }
}
function repository() {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : void 0;
}
function runUrl() {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = process.env;
  return repo && id ? `${(server || "https://github.com").replace(/\/+$/, "")}/${repo}/actions/runs/${id}` : void 0;
}
async function filesUnder(dir, limit = 1e4) {
  const out = [];
  const walk = async (current, depth) => {
    if (depth > 16 || out.length >= limit) return;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      const path = join2(current, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && out.length < limit) out.push(relative2(dir, path));
    }
  };
  await walk(dir, 0);
  return out;
}
async function artifactFiles(journalDir, junitPath) {
  const files = (await filesUnder(journalDir)).map((f) => join2(journalDir, f));
  if (junitPath) {
    const junit = resolve2(junitPath);
    const rel = relative2(journalDir, junit);
    if (rel.startsWith("..") || isAbsolute2(rel)) {
      const root = commonParent(journalDir, junit);
      return { root, files: [...files, junit] };
    }
  }
  return { root: journalDir, files };
}
function commonParent(a, b) {
  const pa = resolve2(a).split(/[\\/]/);
  const pb = resolve2(b).split(/[\\/]/);
  const common = [];
  for (let i = 0; i < Math.min(pa.length, pb.length - 1) && pa[i] === pb[i]; i++) {
    common.push(pa[i]);
  }
  return common.join("/") || "/";
}
async function within(ms, work, fallback) {
  if (ms === void 0) return work;
  let timer;
  const late = new Promise((done) => {
    timer = setTimeout(() => done(fallback), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
async function publishToGitHub(params) {
  const { inputs, summary: summary2, logger, budgetMs } = params;
  const annotating = logger.annotating();
  const repo = repository();
  const event = readEvent();
  const eventName = process.env.GITHUB_EVENT_NAME ?? "";
  const token = inputs.githubToken;
  const apiUrl = process.env.GITHUB_API_URL;
  const link = runUrl();
  const jobKey = [
    process.env.GITHUB_JOB ?? "job",
    inputs.shard ? `shard ${inputs.shard.index}/${inputs.shard.total}` : ""
  ].filter(Boolean).join(" ");
  const pr = pullRequestNumber(event);
  if (wantsComment(inputs.comment, params.failed, eventName)) {
    if (!repo || pr === void 0) {
      logger.info(`No pull request comment: this ${eventName || "run"} is not about a pull request`);
      saveState2.done("CommentDone");
    } else if (!token) {
      logger.annotate("warning", `No pull request comment: input 'github-token' is empty`);
      saveState2.done("CommentDone");
    } else {
      try {
        const { COMMENT_BODY_LIMIT, commentMarker, upsertStickyComment } = await import("./comment-HAKK6RJP.js");
        const footer = link ? `

<sub>[Workflow run](${link}) \xB7 journals in the \`${inputs.artifactName || "journal dir"}\` artifact</sub>
` : "";
        const body = renderMarkdownReport(forDisplay(summary2), { maxBytes: COMMENT_BODY_LIMIT - 2e3 }) + footer;
        const result = await within(
          budgetMs,
          upsertStickyComment({
            token,
            ...apiUrl ? { apiUrl } : {},
            ...repo,
            issueNumber: pr,
            marker: commentMarker(process.env.GITHUB_WORKFLOW ?? "workflow", jobKey),
            body,
            logger: annotating
          }),
          void 0
        );
        if (result?.url) setOutput(Outputs.CommentUrl, result.url);
        if (result) saveState2.done("CommentDone");
        else logger.annotate("warning", "The pull request comment did not finish in time");
      } catch (error2) {
        logger.annotate("warning", `Could not comment on the pull request: ${errorMessage(error2)}`);
      }
    }
  }
  if (inputs.checkRuns && repo) {
    try {
      const { createCheckRuns } = await import("./checks-JOPE2A7O.js");
      const headSha = event.pull_request?.head?.sha ?? process.env.GITHUB_SHA ?? "";
      const result = await within(
        budgetMs,
        createCheckRuns({
          token,
          ...apiUrl ? { apiUrl } : {},
          ...repo,
          headSha,
          results: summary2.results,
          summaryMarkdown: renderMarkdownReport(forDisplay(summary2)),
          ...link ? { detailsUrl: link } : {},
          logger: annotating
        }),
        void 0
      );
      if (result) saveState2.done("CheckRunsDone");
    } catch (error2) {
      logger.annotate("warning", `Could not create the check runs: ${errorMessage(error2)}`);
    }
  }
  if (inputs.artifactName && budgetMs === void 0) {
    await uploadJournals(inputs, params.journalDir, logger);
  }
}
async function uploadJournals(inputs, journalDir, logger) {
  const { root, files } = await artifactFiles(journalDir, inputs.junitPath);
  const { uploadRunArtifact } = await import("./artifact-ZTSZHEBD.js");
  const uploaded = await uploadRunArtifact({
    name: inputs.artifactName,
    rootDirectory: root,
    files,
    logger: logger.annotating()
  });
  if (uploaded.url) setOutput(Outputs.ArtifactUrl, uploaded.url);
  if (uploaded.id !== void 0) {
    saveState2.done("UploadDone");
    return true;
  }
  return false;
}

export {
  Inputs,
  Files,
  Cancel,
  TIMEOUT_ROLLBACK_GRACE_MS,
  saveState2 as saveState,
  readState,
  writeLedgerSync,
  readLedger,
  kubernetesOptions,
  runKubernetesOptions,
  openActionCluster,
  sweepChaosMesh,
  teardownActionCluster,
  createActionRegistry,
  getInputs,
  ActionLogger,
  renderJobSummary,
  writeJobSummary,
  overallVerdict,
  failsStep,
  setOutputs,
  filesUnder,
  publishToGitHub,
  uploadJournals
};
