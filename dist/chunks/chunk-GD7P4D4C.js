import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  COMMENT_POLICIES,
  Inputs,
  MODES,
  Outputs,
  State,
  pullRequestNumber,
  readEvent,
  repository,
  runUrl,
  shardArtifactName,
  wantsComment
} from "./chunk-4N45NPJK.js";
import {
  renderMarkdownReport
} from "./chunk-HMZSNWLG.js";
import {
  checkClusterPlan,
  createDefaultRegistry,
  openRunCluster,
  parseVar
} from "./chunk-QBFQIVR3.js";
import {
  CHAOS_MESH_VERSION_HELP,
  DRY_MODES,
  FAIL_ON,
  HYPOTHESIS_STRATEGIES,
  NAMESPACES_HELP,
  ROLLBACK_STRATEGIES,
  SecretMasker,
  parseChaosMeshVersion,
  parseDryMode,
  parseNamespaces,
  parseNonNegative,
  parseRegressionTolerance,
  parseShard,
  parseWhole,
  stripControls
} from "./chunk-HQIZOGGG.js";
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
  RUN_ID_LABEL,
  labelValue
} from "./chunk-SS4P2UWK.js";
import {
  parsePortForwards
} from "./chunk-SOBFPSGS.js";
import {
  CLUSTER_MODES
} from "./chunk-UTFX6C4B.js";
import {
  UsageError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/action/logger.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
var YELLOW = "\x1B[33m";
var RED = "\x1B[31m";
var RESET = "\x1B[0m";
function annotation(location) {
  return location ? { file: location.file, startLine: location.line, startColumn: location.column } : {};
}
var COMMAND_START = /^(\s*):(?=:)/;
var LEGACY_COMMAND = /##\[/g;
function escapeWorkflowCommands(text) {
  return commandData(text).split("\n").map((line) => line.replace(COMMAND_START, "$1:\u200B")).join("\n");
}
function commandData(text) {
  return stripControls(text).replace(LEGACY_COMMAND, "#\u200B#[");
}
function runnerSecretTexts(value) {
  if (typeof value === "string") return value === "" ? [] : [value];
  if (typeof value === "number" || typeof value === "bigint") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(runnerSecretTexts);
  if (value !== null && typeof value === "object")
    return Object.values(value).flatMap(runnerSecretTexts);
  return [];
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
    const text = this.masker.mask(stripControls(`${where}${message}`)).split("\n").map((l) => `${stamp} ${level.padEnd(7)} ${l}
`).join("");
    try {
      writeSync(this.#fd, text);
    } catch {
    }
  }
  /** Masked, without controls: for commands whose data @actions/core escapes (annotations). */
  #clean(message) {
    return commandData(this.masker.mask(stripControls(message)));
  }
  /** Masked and escaped: for plain log lines, which the runner would parse for commands. */
  #line(message) {
    return escapeWorkflowCommands(this.#clean(message));
  }
  debug(message) {
    debug(this.#clean(message));
    this.#tee("DEBUG", message);
  }
  info(message) {
    info(this.#line(message));
    this.#tee("INFO", message);
  }
  /**
   * The engine's warnings and errors become annotations only when they point into an experiment
   * file; the rest are log lines. GitHub shows 10 annotations of each level per step, and the
   * located ones (and the verdict) must not be crowded out by the run's running commentary.
   */
  warning(message, location) {
    if (location) warning(this.#clean(message), annotation(location));
    else info(`${YELLOW}Warning:${RESET} ${this.#line(message)}`);
    this.#tee("WARNING", message, location);
  }
  error(message, location) {
    if (location) error(this.#clean(message), annotation(location));
    else info(`${RED}Error:${RESET} ${this.#line(message)}`);
    this.#tee("ERROR", message, location);
  }
  /** Always an annotation: for what the action itself must tell the user. */
  annotate(level, message, location) {
    const text = this.#clean(message);
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
    startGroup(this.#clean(name));
    this.#tee("GROUP", name);
    try {
      return await fn();
    } finally {
      endGroup();
      this.#inGroup = false;
    }
  }
  addSecret(value) {
    for (const text of runnerSecretTexts(value)) setSecret(text);
    this.masker.add(value);
  }
};

// src/action/state.ts
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

// src/action/cluster.ts
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function created(record) {
  const s = record.state;
  return s.kind === "kind" || s.kind === "kwok" && s.started;
}
function actionClusterOpener(inputs) {
  return async (plan, ctx) => {
    const { logger } = ctx;
    checkClusterPlan(plan, ctx.spell);
    const { toolCacheFetcher } = await import("./tool-fetcher-BLOJB2IS.js");
    const tempDir = process.env.RUNNER_TEMP || tmpdir();
    const kubeconfigPath = join(tempDir, `chaos-action-kind-${process.pid}.kubeconfig`);
    const fetcher = toolCacheFetcher();
    let binary;
    if (plan.mode === "kind") {
      const kind = await import("./kind-QWJNU5GR.js");
      binary = await kind.resolveKind({ env: process.env, fetcher }, logger);
      saveState2.cluster({
        state: { kind: "kind", binary, name: kind.DEFAULT_KIND_CLUSTER, kubeconfigPath },
        keep: inputs.keepCluster,
        namespaces: []
      });
    }
    let session;
    try {
      session = await openRunCluster(plan, {
        ...ctx,
        kind: { kubeconfigPath, fetcher, ...binary ? { binary } : {} }
      });
    } catch (error2) {
      if (binary) saveState2.cluster({ state: { kind: "none" }, keep: false, namespaces: [] });
      if (existsSync(ctx.logsDir)) {
        logger.info(`cluster logs were exported to ${ctx.logsDir} (in the artifact)`);
      }
      throw error2;
    }
    if (!session) return void 0;
    const cluster = session.cluster;
    const record = {
      state: cluster.state,
      keep: inputs.keepCluster,
      ...cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {},
      ...cluster.context ? { context: cluster.context } : {},
      namespaces: inputs.allowedNamespaces.length > 0 ? inputs.allowedNamespaces : [...session.namespaces]
    };
    saveState2.cluster(record);
    if (created(record) && inputs.keepCluster && cluster.kubeconfigPath) {
      exportVariable("KUBECONFIG", cluster.kubeconfigPath);
      logger.info(`keep-cluster: later steps get KUBECONFIG=${cluster.kubeconfigPath}`);
    }
    return session;
  };
}
var SWEEP_TIMEOUT_MS = 9e4;
async function sweepRun(registry, record, runId, logger) {
  if (!runId) return;
  if (record && created(record) && !record.keep) {
    logger.info("the cluster is deleted next: no objects of this run to sweep first");
    return;
  }
  for (const type of registry.types()) {
    const provider = registry.get(type);
    if (!provider?.cleanupRun) continue;
    const abort = new AbortController();
    let timer;
    const late = new Promise((_, fail) => {
      timer = setTimeout(() => {
        abort.abort();
        fail(new Error(`timed out after ${SWEEP_TIMEOUT_MS / 1e3} s`));
      }, SWEEP_TIMEOUT_MS);
    });
    try {
      const removed = await Promise.race([
        provider.cleanupRun(runId, {
          logger,
          signal: abort.signal,
          namespaces: record?.namespaces ?? []
        }),
        late
      ]);
      logger.info(
        removed.length ? `${type}: removed ${removed.length} object(s) of run ${runId}: ${removed.join(", ")}` : `${type}: no objects of run ${runId} left`
      );
    } catch (error2) {
      logger.annotate(
        "warning",
        `post: could not remove the ${type} objects labelled with run ${runId}: ${errorMessage(error2)}; delete them by hand (kubectl delete <kind> -A -l ${RUN_ID_LABEL}=${labelValue(runId)})`
      );
    } finally {
      clearTimeout(timer);
    }
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
    const { teardownCluster } = await import("./cluster-IBQPZAUI.js");
    await teardownCluster(record.state, logger, { env: process.env });
  } catch (error2) {
    const name = record.state.kind === "kind" ? record.state.name : record.state.kind;
    logger.annotate(
      "warning",
      `post: could not delete the ${record.state.kind} cluster ${name}: ${errorMessage(error2)}; ` + (record.state.kind === "kind" ? `delete it with \`kind delete cluster --name ${record.state.name}\`` : "stop it with `npm run cluster:down`")
    );
  }
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
function portForwardLines() {
  const values = lines(Inputs.PortForward);
  try {
    parsePortForwards(values);
  } catch (error2) {
    throw new UsageError(`Invalid value for input '${Inputs.PortForward}': ${errorMessage(error2)}`);
  }
  return values;
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
  const minutes = parseNonNegative(value);
  if (minutes === void 0) {
    throw invalid(Inputs.TimeoutMinutes, value, "a number of minutes >= 0 (0 means no limit)");
  }
  return minutes;
}
function parseFrequency() {
  const value = getInput(Inputs.HypothesisFrequency);
  if (value.trim() === "") return void 0;
  const seconds = parseNonNegative(value);
  if (seconds === void 0)
    throw invalid(Inputs.HypothesisFrequency, value, "a number of seconds >= 0");
  return seconds;
}
function parseDryRun() {
  const value = getInput(Inputs.DryRun);
  const mode = parseDryMode(value);
  if (mode === void 0) {
    throw invalid(Inputs.DryRun, value, `false, true (= activities), ${DRY_MODES.join(", ")}`);
  }
  return mode;
}
function parseShard2(value) {
  if (value === "") return void 0;
  const shard = parseShard(value);
  if (!shard) {
    throw invalid(Inputs.Shard, value, "'i/n' with 1 <= i <= n, e.g. '1/3' (or empty for all)");
  }
  return shard;
}
function count(name, min, what) {
  const value = getInput(name).trim();
  const n = parseWhole(value, min);
  if (n === void 0) throw invalid(name, value, `a whole number >= ${min} (${what})`);
  return n;
}
function namespaceList(name) {
  const value = getInput(name);
  const out = parseNamespaces(value);
  if (!out) {
    const bad = value.split(/[\s,]+/).find((n) => parseNamespaces(n) === void 0) ?? value;
    throw invalid(name, bad, NAMESPACES_HELP);
  }
  return out;
}
function parseInstallChaosMesh() {
  const value = getInput(Inputs.InstallChaosMesh).trim();
  const version = parseChaosMeshVersion(value);
  if (version === void 0) throw invalid(Inputs.InstallChaosMesh, value, CHAOS_MESH_VERSION_HELP);
  return version;
}
function required(name) {
  const value = getInput(name);
  if (value === "") throw invalid(name, value, "a non-empty value");
  return value;
}
function parseTolerance() {
  const value = getInput(Inputs.RegressionTolerance);
  const tolerance = parseRegressionTolerance(value);
  if (!tolerance) {
    throw invalid(
      Inputs.RegressionTolerance,
      value,
      "parts like 10%, 5ms, 1s, 0.1pp (relative; latencies, durations, rates)"
    );
  }
  return tolerance;
}
function getInputs() {
  const experiments = lines(Inputs.Experiments);
  if (experiments.length === 0) {
    throw invalid(Inputs.Experiments, "", "one or more paths, directories or globs, one per line");
  }
  const shard = parseShard2(getInput(Inputs.Shard));
  const inputs = {
    mode: oneOf(Inputs.Mode, MODES),
    experiments,
    cluster: oneOf(Inputs.Cluster, CLUSTER_MODES),
    vars: parseVars(),
    varFiles: lines(Inputs.VarFiles),
    rollbackStrategy: optionalOneOf(Inputs.RollbackStrategy, ROLLBACK_STRATEGIES),
    hypothesisStrategy: optionalOneOf(Inputs.HypothesisStrategy, HYPOTHESIS_STRATEGIES),
    hypothesisFrequency: parseFrequency(),
    failFast: bool(Inputs.FailFast),
    only: lines(Inputs.Only),
    failOn: oneOf(Inputs.FailOn, FAIL_ON),
    baseline: getInput(Inputs.Baseline) || "auto",
    regressionTolerance: parseTolerance(),
    comment: oneOf(Inputs.Comment, COMMENT_POLICIES),
    githubToken: getInput(Inputs.GithubToken),
    artifactName: shardArtifactName(getInput(Inputs.ArtifactName), shard),
    checkRuns: bool(Inputs.CheckRuns),
    htmlReport: bool(Inputs.HtmlReport),
    timeoutMinutes: parseTimeout(),
    dryRun: parseDryRun(),
    shard,
    junitPath: getInput(Inputs.JunitPath),
    journalDir: required(Inputs.JournalDir),
    kubeconfig: getInput(Inputs.Kubeconfig),
    context: getInput(Inputs.Context),
    deploy: getInput(Inputs.Deploy),
    deployTimeoutSeconds: count(Inputs.DeployTimeout, 1, "seconds"),
    portForwards: portForwardLines(),
    allowedNamespaces: namespaceList(Inputs.AllowedNamespaces),
    allowKubeSystem: bool(Inputs.AllowKubeSystem),
    maxPodsPerAction: count(Inputs.MaxPodsPerAction, 1, "pods one action may affect"),
    keepCluster: bool(Inputs.KeepCluster),
    kindConfig: getInput(Inputs.KindConfig),
    kindNodeImage: getInput(Inputs.KindNodeImage),
    installChaosMesh: parseInstallChaosMesh()
  };
  if (inputs.mode === "report" && shard) {
    throw new UsageError(
      `input '${Inputs.Shard}' is set with '${Inputs.Mode}: report'`,
      `leave '${Inputs.Shard}' empty in the report job: it merges the artifacts of every shard`
    );
  }
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

// src/action/artifact-files.ts
import { readdir } from "node:fs/promises";
import { isAbsolute, join as join2, relative, resolve } from "node:path";
async function filesUnder(dir, limit = 1e4) {
  const out = [];
  const walk = async (current, depth) => {
    if (depth > 16 || out.length >= limit) return;
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      const path = join2(current, e.name);
      if (e.isDirectory()) await walk(path, depth + 1);
      else if (e.isFile() && out.length < limit) out.push(relative(dir, path));
    }
  };
  await walk(dir, 0);
  return out;
}
async function artifactFiles(journalDir, junitPath) {
  const files = (await filesUnder(journalDir)).map((f) => join2(journalDir, f));
  if (junitPath) {
    const junit = resolve(junitPath);
    const rel = relative(journalDir, junit);
    if (rel.startsWith("..") || isAbsolute(rel)) {
      const root = commonParent(journalDir, junit);
      return { root, files: [...files, junit] };
    }
  }
  return { root: journalDir, files };
}
function commonParent(a, b) {
  const pa = resolve(a).split(/[\\/]/);
  const pb = resolve(b).split(/[\\/]/);
  const common = [];
  for (let i = 0; i < Math.min(pa.length, pb.length - 1) && pa[i] === pb[i]; i++) {
    common.push(pa[i]);
  }
  return common.join("/") || "/";
}

// src/action/summary.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep } from "node:path";
var STEP_SUMMARY_MAX_BYTES = 1e6;
function forDisplay(summary2, cwd = process.cwd()) {
  return {
    ...summary2,
    results: summary2.results.map((r) => {
      if (!r.journalPath || !isAbsolute2(r.journalPath)) return r;
      const rel = relative2(cwd, r.journalPath);
      return rel.startsWith("..") ? r : { ...r, journalPath: rel.split(sep).join("/") };
    })
  };
}
function renderJobSummary(summary2, extra = [], links) {
  const tail = extra.length > 0 ? `
${extra.join("\n\n")}
` : "";
  const report = renderMarkdownReport(forDisplay(summary2), {
    maxBytes: STEP_SUMMARY_MAX_BYTES - Buffer.byteLength(tail, "utf8"),
    ...links ? { links } : {}
  });
  return report + tail;
}
async function writeJobSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await summary.addRaw(markdown, true).write();
  summary.emptyBuffer();
  return true;
}

// src/action/publish.ts
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
        const { COMMENT_BODY_LIMIT, commentMarker, upsertStickyComment } = await import("./comment-HJFBPZKB.js");
        const footer = link ? `

<sub>[Workflow run](${link}) \xB7 journals in the \`${inputs.artifactName || "journal dir"}\` artifact</sub>
` : "";
        const body = renderMarkdownReport(forDisplay(summary2), {
          maxBytes: COMMENT_BODY_LIMIT - 2e3,
          ...params.links ? { links: params.links } : {}
        }) + footer;
        const result = await within(
          budgetMs,
          upsertStickyComment({
            token,
            ...apiUrl ? { apiUrl } : {},
            ...repo,
            issueNumber: pr,
            marker: commentMarker(
              process.env.GITHUB_WORKFLOW ?? "workflow",
              jobKey,
              process.env.GITHUB_ACTION ?? ""
            ),
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
      const { createCheckRuns } = await import("./checks-GL4QPF4N.js");
      const headSha = event.pull_request?.head?.sha ?? process.env.GITHUB_SHA ?? "";
      const result = await within(
        budgetMs,
        createCheckRuns({
          token,
          ...apiUrl ? { apiUrl } : {},
          ...repo,
          headSha,
          results: summary2.results,
          summaryMarkdown: renderMarkdownReport(
            forDisplay(summary2),
            params.links ? { links: params.links } : {}
          ),
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
  const { uploadRunArtifact } = await import("./artifact-M3UFPJKO.js");
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

// src/action/registry.ts
function createActionRegistry(kubernetes = {}, services) {
  return createDefaultRegistry({ env: process.env, kubernetes, ...services ? { services } : {} });
}

export {
  escapeWorkflowCommands,
  commandData,
  ActionLogger,
  saveState2 as saveState,
  readState,
  actionClusterOpener,
  sweepRun,
  teardownActionCluster,
  getInputs,
  filesUnder,
  renderJobSummary,
  writeJobSummary,
  publishToGitHub,
  uploadJournals,
  createActionRegistry
};
