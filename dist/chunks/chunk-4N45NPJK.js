import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/action/shard-artifacts.ts
function shardArtifactName(name, shard) {
  return name && shard ? `${name}-${shard.index}-of-${shard.total}` : name;
}
function isShardArtifact(candidate, name) {
  if (!candidate.startsWith(`${name}-`)) return false;
  const m = /^(\d+)-of-(\d+)$/.exec(candidate.slice(name.length + 1));
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

// src/action/event.ts
import { readFileSync } from "node:fs";

// src/action/constants.ts
var Inputs = {
  Experiments: "experiments",
  Cluster: "cluster",
  Vars: "vars",
  VarFiles: "var-files",
  RollbackStrategy: "rollback-strategy",
  HypothesisStrategy: "hypothesis-strategy",
  HypothesisFrequency: "hypothesis-frequency",
  FailFast: "fail-fast",
  Only: "only",
  FailOn: "fail-on",
  Baseline: "baseline",
  RegressionTolerance: "regression-tolerance",
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
  PortForward: "port-forward",
  AllowedNamespaces: "allowed-namespaces",
  AllowKubeSystem: "allow-kube-system",
  MaxPodsPerAction: "max-pods-per-action",
  KeepCluster: "keep-cluster",
  KindConfig: "kind-config",
  KindNodeImage: "kind-node-image",
  InstallChaosMesh: "install-chaos-mesh",
  Mode: "mode"
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
var MODES = ["run", "report"];
var COMMENT_POLICIES = ["auto", "always", "on-failure", "never"];
var Files = {
  SummaryJson: "summary.json",
  Junit: "junit.xml",
  Report: "report.md",
  Html: "report.html",
  Log: "chaos-action.log"
};
var Cancel = {
  /** After the first signal, give up on rollbacks if the second signal has not come by then. */
  rollbackBudgetMs: 7e3,
  /** From the first signal, the latest we exit, whatever is still pending. */
  hardExitMs: 9500,
  /** Network calls (comment, upload) made after a cancellation get at most this long. */
  networkBudgetMs: 1500
};
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target"];

// src/action/event.ts
function readEvent() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function pullRequestNumber(event = readEvent()) {
  if (typeof event.pull_request?.number === "number") return event.pull_request.number;
  if (event.issue?.pull_request && typeof event.issue.number === "number") return event.issue.number;
  return void 0;
}
function pullRequestHeadSha(event = readEvent()) {
  return event.pull_request?.head?.sha;
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

export {
  Inputs,
  Outputs,
  State,
  MODES,
  COMMENT_POLICIES,
  Files,
  Cancel,
  shardArtifactName,
  isShardArtifact,
  readEvent,
  pullRequestNumber,
  pullRequestHeadSha,
  wantsComment,
  repository,
  runUrl
};
