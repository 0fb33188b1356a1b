import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  planFromInputs,
  spellInput
} from "./chunks/chunk-YSH6XMP4.js";
import {
  executeRun,
  prepareJournalDir,
  toJsonSummary
} from "./chunks/chunk-77ZDLLZP.js";
import "./chunks/chunk-NRPIQSPR.js";
import {
  ActionLogger,
  actionClusterOpener,
  commandData,
  escapeWorkflowCommands,
  getInputs,
  publishToGitHub,
  renderJobSummary,
  saveState,
  writeJobSummary
} from "./chunks/chunk-GD7P4D4C.js";
import {
  Cancel,
  Files,
  Outputs,
  pullRequestHeadSha,
  pullRequestNumber,
  readEvent,
  repository
} from "./chunks/chunk-4N45NPJK.js";
import "./chunks/chunk-HMZSNWLG.js";
import "./chunks/chunk-QBFQIVR3.js";
import {
  failsGate,
  notPassed,
  overallVerdict,
  verdictFails
} from "./chunks/chunk-HQIZOGGG.js";
import "./chunks/chunk-4NCWL2DP.js";
import {
  error,
  info,
  isDebug,
  setFailed,
  setOutput,
  warning
} from "./chunks/chunk-3TNAO2GV.js";
import "./chunks/chunk-PVFK6F35.js";
import "./chunks/chunk-25EVSR2U.js";
import "./chunks/chunk-V5NIWFQ7.js";
import "./chunks/chunk-T4JOGF2H.js";
import "./chunks/chunk-SS4P2UWK.js";
import "./chunks/chunk-SOBFPSGS.js";
import "./chunks/chunk-FPYVVETA.js";
import "./chunks/chunk-UTFX6C4B.js";
import "./chunks/chunk-SPQMYGCA.js";
import {
  ExperimentValidationError,
  errorMessage,
  formatIssue,
  isUserError
} from "./chunks/chunk-2OZ6HILO.js";
import "./chunks/chunk-OLZTDE5K.js";

// src/action/main.ts
import { copyFile, mkdir } from "node:fs/promises";
import { writeFileSync } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";
import { randomUUID } from "node:crypto";

// src/action/annotations.ts
var MAX_PER_LEVEL = 9;
function props(title, location) {
  return location ? { title, file: location.file, startLine: location.line, startColumn: location.column } : { title };
}
var Budget = class {
  #used = { error: 0, warning: 0 };
  #dropped = { error: 0, warning: 0 };
  emit(level, text, properties) {
    const message = commandData(text);
    const title = properties.title === void 0 ? {} : { title: commandData(properties.title) };
    if (this.#used[level] >= MAX_PER_LEVEL) {
      this.#dropped[level]++;
      info(escapeWorkflowCommands(`${level}: ${message}`));
      return;
    }
    this.#used[level]++;
    if (level === "error") error(message, { ...properties, ...title });
    else warning(message, { ...properties, ...title });
  }
  dropped() {
    return this.#dropped.error + this.#dropped.warning;
  }
};
function annotateValidationIssues(issues) {
  const budget = new Budget();
  for (const issue of issues) {
    const expected = issue.expected ? ` (expected ${issue.expected})` : "";
    const message = issue.location ? `${issue.field || "/"}: ${issue.message}${expected}` : formatIssue(issue);
    budget.emit("error", message, props("Invalid experiment", issue.location));
  }
  if (budget.dropped() > 0) {
    info(`${budget.dropped()} more validation problems are listed above`);
  }
}
function isAnnotatedFinding(finding) {
  if (finding.met === false) return true;
  return /^failed\b/i.test(finding.message);
}
function annotateResults(results, failsStep) {
  const budget = new Budget();
  let count = 0;
  for (const result of results) {
    if (result.verdict === "passed") continue;
    const level = failsStep(result) ? "error" : "warning";
    const fallback = { file: result.file, line: 1, column: 1 };
    const findings = result.findings.filter(isAnnotatedFinding);
    if (findings.length === 0) {
      budget.emit(level, `${result.title}: ${result.reason}`, {
        ...props(`Chaos experiment ${result.verdict}`, fallback)
      });
      count++;
      continue;
    }
    for (const finding of findings) {
      const what = finding.kind === "probe" ? "probe" : "action";
      budget.emit(
        level,
        `${finding.phase} ${what} '${finding.activity}': ${finding.message}`,
        props(`${result.title}: ${result.verdict}`, finding.location ?? fallback)
      );
      count++;
    }
  }
  return count;
}

// src/action/outputs.ts
function setOutputs(values) {
  setOutput(Outputs.Verdict, values.verdict);
  setOutput(Outputs.Passed, String(values.passed));
  setOutput(Outputs.NotPassed, String(values.notPassed));
  setOutput(Outputs.SummaryJson, values.summaryJson);
  setOutput(Outputs.JournalsDir, values.journalsDir);
  setOutput(Outputs.ReportPath, values.reportPath);
}

// src/action/baseline.ts
import { tmpdir } from "node:os";
import { join } from "node:path";
function baseBranchOf(event) {
  return process.env.GITHUB_BASE_REF || event.pull_request?.base?.ref || void 0;
}
async function actionBaseline(inputs, logger, event = readEvent()) {
  if (inputs.baseline !== "auto") return void 0;
  const baseBranch = baseBranchOf(event);
  if (pullRequestNumber(event) === void 0 || !baseBranch) return void 0;
  const repo = repository();
  const runId = Number(process.env.GITHUB_RUN_ID);
  if (!repo || !Number.isSafeInteger(runId) || runId <= 0)
    return { note: "no baseline: GITHUB_REPOSITORY or GITHUB_RUN_ID is not set" };
  if (!inputs.githubToken) return { note: "no baseline: input 'github-token' is empty" };
  if (!inputs.artifactName)
    return { note: "no baseline: input 'artifact-name' is empty, so no run kept a summary" };
  const { fetchBaseline } = await import("./chunks/baseline-B5IM5HDU.js");
  const fetched = await fetchBaseline({
    token: inputs.githubToken,
    ...process.env.GITHUB_API_URL ? { apiUrl: process.env.GITHUB_API_URL } : {},
    ...repo,
    runId,
    baseBranch,
    artifactName: inputs.artifactName,
    destination: join(
      process.env.RUNNER_TEMP || tmpdir(),
      `chaos-baseline-${runId}-${process.pid}`
    ),
    logger
  });
  return fetched;
}

// src/reporters/links.ts
import { isAbsolute, relative, sep } from "node:path";
function repoPath(file, workspace) {
  const rel = isAbsolute(file) ? relative(workspace ?? "", file) : file;
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/").replace(/^\.\//, "");
}
function blobUrl(context, file, line) {
  const { serverUrl, repository: repository2, sha } = context;
  if (!serverUrl || !repository2 || !sha || !/^[0-9a-f]{7,64}$/i.test(sha)) return void 0;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository2)) return void 0;
  const path = repoPath(file, context.workspace);
  if (!path) return void 0;
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  const anchor = line !== void 0 && Number.isInteger(line) && line > 0 ? `#L${line}` : "";
  return `${serverUrl.replace(/\/+$/, "")}/${repository2}/blob/${sha}/${encoded}${anchor}`;
}
function githubReportLinks(context, htmlReport) {
  return {
    source: (file, line) => blobUrl(context, file, line),
    ...context.artifactUrl ? { journal: () => context.artifactUrl } : {},
    ...htmlReport ? { htmlReport } : {}
  };
}

// src/action/report-links.ts
function actionReportLinks(options, env = process.env) {
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository2 = env.GITHUB_REPOSITORY;
  const run2 = repository2 && env.GITHUB_RUN_ID ? `${serverUrl}/${repository2}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  const artifact = options.artifactName && run2 ? run2 : void 0;
  const sha = options.headSha || env.GITHUB_SHA;
  return githubReportLinks(
    {
      serverUrl,
      ...repository2 ? { repository: repository2 } : {},
      ...sha ? { sha } : {},
      ...env.GITHUB_WORKSPACE ? { workspace: env.GITHUB_WORKSPACE } : {},
      ...artifact ? { artifactUrl: artifact, artifactName: options.artifactName } : {}
    },
    options.htmlReport && options.artifactName ? {
      name: Files.Html,
      artifact: options.artifactName,
      ...artifact ? { href: artifact } : {}
    } : void 0
  );
}

// src/action/main.ts
function runIdFromEnv() {
  const id = process.env.GITHUB_RUN_ID;
  if (!id) return randomUUID();
  const attempt = process.env.GITHUB_RUN_ATTEMPT ?? "1";
  const job = (process.env.GITHUB_JOB ?? "job").replace(/[^A-Za-z0-9_.-]/g, "_");
  return `${id}-${attempt}-${job}-${randomUUID().slice(0, 8)}`;
}
async function run() {
  const ctx = {
    logger: new ActionLogger(),
    runId: runIdFromEnv(),
    selected: [],
    missing: [],
    finished: false,
    outputsDone: false,
    summaryDone: false
  };
  const { logger } = ctx;
  try {
    const inputs = getInputs();
    ctx.inputs = inputs;
    ctx.links = actionReportLinks({
      artifactName: inputs.artifactName,
      htmlReport: inputs.htmlReport,
      headSha: pullRequestHeadSha()
    });
    if (inputs.mode === "report") await mergeShards(ctx, inputs, ctx.links);
    else await runExperiments(ctx, inputs, ctx.links);
  } catch (error2) {
    ctx.error = error2;
  } finally {
    try {
      await finish(ctx);
    } finally {
      logger.close();
    }
  }
  unref(setTimeout(() => process.exit(), 2e3));
}
async function runExperiments(ctx, inputs, links) {
  const { logger } = ctx;
  const planned = planFromInputs(inputs, ctx.runId);
  const baseline = await actionBaseline(inputs, logger);
  const plan = {
    ...planned,
    ...baseline ? { baseline } : {},
    reports: { ...planned.reports, links }
  };
  ctx.journalDir = plan.journalDir;
  ctx.outcome = await executeRun(plan, {
    logger,
    spell: spellInput,
    onStart: ({ runId, journalDir, ledger }) => {
      logger.teeTo(join2(journalDir, Files.Log));
      saveState.started(runId, journalDir, ledger);
      logger.info(`chaos-action run ${runId}; journals go to ${journalDir}`);
    },
    onSelected: (files) => {
      ctx.selected = [...files];
      for (const f of files) logger.info(f);
    },
    onValidationError: (error2) => annotateValidationIssues(error2.issues),
    openCluster: actionClusterOpener(inputs),
    // Post deletes the cluster, after sweeping what the run left in it.
    teardownCluster: false,
    onForcedExit: () => hardExit(ctx)
  });
}
async function mergeShards(ctx, inputs, links) {
  const journalDir = resolve(inputs.journalDir);
  ctx.journalDir = journalDir;
  await prepareJournalDir(journalDir);
  ctx.logger.teeTo(join2(journalDir, Files.Log));
  ctx.logger.info(`chaos-action report ${ctx.runId}: merging the shards of this workflow run`);
  const { runReportMode } = await import("./chunks/report-mode-DABYRGZS.js");
  const merged = await runReportMode(inputs, ctx.runId, links, ctx.logger);
  ctx.outcome = merged.outcome;
  ctx.missing = merged.missing;
  ctx.shards = merged.shards;
}
function unref(timer) {
  timer.unref();
  return timer;
}
function runError(ctx) {
  return ctx.error ?? ctx.outcome?.error;
}
function errorSummary(ctx) {
  const error2 = runError(ctx);
  if (error2 === void 0) {
    return `### \u23F9\uFE0F Chaos experiments: stopped before any experiment ran (${ctx.outcome?.stopped ?? "no reason given"})
`;
  }
  const advice = isUserError(error2) && error2.advice ? `

${error2.advice}` : "";
  const text = errorMessage(error2);
  return `### \u{1F4A5} Chaos experiments could not run

\`\`\`text
${text.replace(/```/g, "'''")}
\`\`\`${advice}
`;
}
async function finish(ctx) {
  const reportingStarted = performance.now();
  const { logger, inputs, journalDir, outcome } = ctx;
  const summary = outcome?.summary;
  const results = summary?.results ?? [];
  const failOn = inputs?.failOn ?? "not-passed";
  const error2 = runError(ctx);
  const interrupted = outcome?.stopped !== void 0 || summary?.interrupted === true;
  const reportPath = journalDir ? join2(journalDir, Files.Report) : void 0;
  if (error2 !== void 0 && !(error2 instanceof ExperimentValidationError)) {
    logger.error(errorMessage(error2));
    if (isUserError(error2) && error2.advice) logger.info(error2.advice);
    if (!isUserError(error2) && error2 instanceof Error && error2.stack) logger.debug(error2.stack);
  }
  if (summary && journalDir && inputs?.junitPath && outcome?.reportError === void 0) {
    const junitPath = inputs.junitPath;
    await step(logger, "copy the JUnit report", async () => {
      await mkdir(dirname(resolve(junitPath)), { recursive: true });
      await copyFile(join2(journalDir, Files.Junit), resolve(junitPath));
    });
  }
  await step(logger, "write the job summary", async () => {
    const markdown = summary ? renderJobSummary(summary, summaryNotes(ctx), ctx.links) : errorSummary(ctx);
    if (await writeJobSummary(markdown)) saveState.done("SummaryDone");
    ctx.summaryDone = true;
  });
  if (summary) {
    await step(logger, "annotate the findings", () => {
      annotateResults(results, (r) => verdictFails(r.verdict, failOn));
      return Promise.resolve();
    });
  }
  const values = {
    verdict: summary ? overallVerdict(results) : error2 !== void 0 ? "error" : interrupted ? "interrupted" : "none",
    passed: results.filter((r) => r.verdict === "passed").length,
    notPassed: notPassed(results).length,
    summaryJson: summary ? summaryJsonOutput(summary) : "",
    journalsDir: journalDir ?? "",
    reportPath: summary && outcome?.reportError === void 0 ? reportPath ?? "" : ""
  };
  await step(logger, "set the outputs", () => {
    setOutputs(values);
    saveState.done("OutputsDone");
    ctx.outputsDone = true;
    return Promise.resolve();
  });
  if (inputs && summary && journalDir) {
    await step(
      logger,
      "publish the results",
      () => logger.group(
        "Publish the results",
        () => publishToGitHub({
          inputs,
          summary,
          runId: ctx.runId,
          journalDir,
          logger,
          // After a cancellation the kill is seconds away: post finishes what this can't.
          budgetMs: interrupted ? Cancel.networkBudgetMs : void 0,
          failed: failsGate(results, "not-passed") || failOn === "regression" && (summary.baseline?.regressions ?? 0) > 0,
          ...ctx.links ? { links: ctx.links } : {}
        })
      )
    );
  }
  const failure = failureMessage(ctx, results, failOn);
  if (failure) setFailed(failure);
  ctx.finished = true;
  logTiming(logger, "reporting", reportingStarted);
}
var SUMMARY_OUTPUT_MAX = 256e3;
function summaryJsonOutput(summary) {
  const full = toJsonSummary(summary);
  const text = JSON.stringify(full);
  if (text.length <= SUMMARY_OUTPUT_MAX) return text;
  return JSON.stringify({
    ...full,
    findingsOmitted: true,
    experiments: full.experiments.map((e) => ({ ...e, findings: [] }))
  });
}
function summaryNotes(ctx) {
  const notes = [];
  const shard = ctx.inputs?.shard;
  if (shard) {
    notes.push(
      `<sub>Shard ${shard.index}/${shard.total}: ${ctx.selected.length} experiment file(s).</sub>`
    );
  }
  const shards = ctx.shards;
  if (shards) {
    notes.push(`<sub>Merged ${shards.merged.length} of ${shards.total} shard(s).</sub>`);
  }
  if (ctx.missing.length > 0) {
    notes.push(
      `> [!CAUTION]
> ${ctx.missing.length} shard(s) missing: their experiments have no evidence, so the gate fails.
` + ctx.missing.map((m) => `> - ${m}`).join("\n")
    );
  }
  const stopped = ctx.outcome?.stopped;
  if (stopped) notes.push(`> [!WARNING]
> The run was stopped early: ${stopped}.`);
  if (runError(ctx) !== void 0) notes.push(errorSummary(ctx));
  return notes;
}
function failureMessage(ctx, results, failOn) {
  const error2 = runError(ctx);
  if (error2 !== void 0) return errorMessage(error2);
  const outcome = ctx.outcome;
  if (outcome?.stopped) return `The chaos run was stopped: ${outcome.stopped}`;
  if (outcome?.reportError) return `A report could not be written: ${outcome.reportError}`;
  if (ctx.missing.length > 0) {
    return `${ctx.missing.length} shard(s) missing from the merge: ${ctx.missing.join("; ")}`;
  }
  const unwritten = outcome?.unwrittenJournals ?? [];
  if (unwritten.length > 0)
    return `The journal of ${unwritten.join(", ")} could not be written: the run has no evidence`;
  const regressions = outcome?.summary?.baseline?.regressions ?? 0;
  if (!failsGate(results, failOn, regressions)) return void 0;
  const failing = results.filter((r) => verdictFails(r.verdict, failOn));
  if (failing.length === 0)
    return `${regressions} figure(s) got worse than the baseline's beyond the regression tolerance (fail-on: regression)`;
  return `${failing.length} of ${results.length} chaos experiment(s) did not pass (${overallVerdict(results)}): ` + failing.map((r) => `${r.file} ${r.verdict}`).join(", ");
}
async function step(logger, what, fn) {
  const started = performance.now();
  try {
    await fn();
  } catch (error2) {
    logger.annotate("warning", `Could not ${what}: ${errorMessage(error2)}`);
  } finally {
    logTiming(logger, what, started);
  }
}
function logTiming(logger, what, started) {
  if (!isDebug()) return;
  logger.debug(`timing: ${what}: ${(performance.now() - started).toFixed(1)} ms`);
}
function hardExit(ctx) {
  if (ctx.finished) return;
  try {
    if (!ctx.summaryDone && process.env.GITHUB_STEP_SUMMARY) {
      writeFileSync(
        process.env.GITHUB_STEP_SUMMARY,
        "### \u23F9\uFE0F Chaos experiments: cancelled before the summary was ready\n\nThe post step adds what the journals recorded.\n",
        { flag: "a" }
      );
    }
    if (!ctx.outputsDone) {
      setOutputs({
        verdict: "interrupted",
        passed: 0,
        notPassed: ctx.selected.length,
        summaryJson: "",
        journalsDir: ctx.journalDir ?? "",
        reportPath: ""
      });
    }
  } finally {
    ctx.logger.close();
    process.exit(1);
  }
}

// src/index.ts
await run();
