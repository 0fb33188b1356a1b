import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  executeReport
} from "./chunk-NXV5KZYJ.js";
import {
  journalDirReports
} from "./chunk-YSH6XMP4.js";
import "./chunk-77ZDLLZP.js";
import "./chunk-NRPIQSPR.js";
import {
  isShardArtifact,
  repository
} from "./chunk-4N45NPJK.js";
import "./chunk-HMZSNWLG.js";
import "./chunk-QBFQIVR3.js";
import "./chunk-HQIZOGGG.js";
import "./chunk-4NCWL2DP.js";
import "./chunk-25EVSR2U.js";
import "./chunk-V5NIWFQ7.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-SOBFPSGS.js";
import "./chunk-FPYVVETA.js";
import "./chunk-UTFX6C4B.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/action/report-mode.ts
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
async function shardDirs(inputs, into, logger) {
  const repo = repository();
  const runId = Number(process.env.GITHUB_RUN_ID);
  if (!inputs.artifactName) {
    logger.error(`mode: report needs input 'artifact-name': the shards' artifacts are named by it`);
    return [];
  }
  if (!repo || !Number.isInteger(runId) || !inputs.githubToken) {
    logger.error(
      `mode: report needs GITHUB_REPOSITORY, GITHUB_RUN_ID and input 'github-token' to find the shards`
    );
    return [];
  }
  const { downloadRunArtifacts } = await import("./run-artifacts-7VBH4ULD.js");
  const apiUrl = process.env.GITHUB_API_URL;
  const fetched = await downloadRunArtifacts({
    token: inputs.githubToken,
    ...apiUrl ? { apiUrl } : {},
    ...repo,
    runId,
    select: (name) => isShardArtifact(name, inputs.artifactName),
    into,
    logger
  });
  if (fetched.length === 0) {
    logger.error(`No artifact named ${inputs.artifactName}-<i>-of-<n> in this workflow run`);
  }
  return fetched.map((f) => f.dir);
}
async function runReportMode(inputs, runId, links, logger) {
  const journalDir = resolve(inputs.journalDir);
  const into = join(journalDir, "shards");
  await mkdir(into, { recursive: true });
  const dirs = await logger.group(
    "Download the shard artifacts",
    () => shardDirs(inputs, into, logger)
  );
  const merged = await executeReport(
    {
      dirs,
      runId,
      failOn: inputs.failOn,
      reports: { ...journalDirReports(journalDir, inputs.htmlReport), links }
    },
    logger
  );
  return {
    missing: merged.missing,
    shards: merged.summary.shards,
    outcome: {
      runId,
      journalDir,
      selected: merged.summary.results.map((r) => r.file),
      summary: merged.summary,
      verdict: merged.verdict,
      reports: merged.reports,
      ...merged.reportError === void 0 ? {} : { reportError: merged.reportError },
      unwrittenJournals: [],
      failed: merged.failed
    }
  };
}
export {
  runReportMode
};
