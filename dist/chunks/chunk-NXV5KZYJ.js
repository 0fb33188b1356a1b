import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  writeReportPlan
} from "./chunk-77ZDLLZP.js";
import {
  notRunJournal
} from "./chunk-QBFQIVR3.js";
import {
  failsGate,
  overallVerdict,
  summaryVerdict
} from "./chunk-HQIZOGGG.js";
import {
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/session/merge.ts
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
function shardOfName(name) {
  const m = /-(\d+)-of-(\d+)$/.exec(name);
  if (!m) return void 0;
  const index = Number(m[1]);
  const total = Number(m[2]);
  return index >= 1 && index <= total ? { index, total } : void 0;
}
async function readShardDir(dir) {
  const named = shardOfName(basename(dir));
  try {
    const summary = JSON.parse(await readFile(join(dir, "summary.json"), "utf8"));
    if (!Array.isArray(summary.experiments)) throw new Error("no experiments list");
    const shard = summary.shard ?? named;
    return { dir, summary, ...shard ? { index: shard.index, total: shard.total } : {} };
  } catch (error) {
    const problem = `no readable summary.json in ${basename(dir)} (${errorMessage(error)})`;
    return { dir, problem, ...named ? { index: named.index, total: named.total } : {} };
  }
}
async function readJournal(dir, detail) {
  if (!detail.journal) return void 0;
  try {
    return JSON.parse(await readFile(join(dir, basename(detail.journal)), "utf8"));
  } catch {
    return void 0;
  }
}
function emptyJournal(title, description) {
  return notRunJournal({ title, description, method: [] }, "failed");
}
async function toResult(dir, detail) {
  const journalPath = detail.journal ? join(dir, basename(detail.journal)) : void 0;
  const journal = await readJournal(dir, detail);
  return {
    file: detail.file,
    title: detail.title,
    verdict: detail.verdict,
    status: detail.status,
    deviated: detail.deviated,
    duration: detail.duration,
    ...journal && journalPath ? { journalPath } : {},
    journal: journal ?? emptyJournal(detail.title, detail.reason),
    steadyBefore: detail.steadyBefore,
    steadyAfter: detail.steadyAfter,
    findings: detail.findings ?? [],
    rollbacksRun: detail.rollbacksRun ?? [],
    reason: detail.reason
  };
}
function missingShardResult(label, reason, title = `Missing ${label}`) {
  return {
    file: label,
    title,
    verdict: "failed",
    status: "failed",
    deviated: false,
    duration: 0,
    journal: emptyJournal(title, reason),
    steadyBefore: null,
    steadyAfter: null,
    findings: [],
    rollbacksRun: [],
    reason
  };
}
function expectedTotal(dirs, missing) {
  const totals = [...new Set(dirs.flatMap((d) => d.total === void 0 ? [] : [d.total]))];
  if (totals.length > 1) {
    missing.push(`the shards disagree on their total (${totals.join(", ")}): runs are mixed`);
  }
  return totals.length === 0 ? void 0 : Math.max(...totals);
}
async function mergeShardDirs(dirs, runId) {
  const read = await Promise.all(dirs.map(readShardDir));
  const shards = read.map((d, i) => ({ d, i })).sort((a, b) => (a.d.index ?? Infinity) - (b.d.index ?? Infinity) || a.i - b.i).map(({ d }) => d);
  const missing = [];
  const total = expectedTotal(shards, missing);
  const results = [];
  const seen = /* @__PURE__ */ new Set();
  let duration = 0;
  let interrupted = false;
  for (const shard of shards) {
    const label = shard.index === void 0 ? basename(shard.dir) : `shard ${shard.index}/${shard.total}`;
    if (shard.index !== void 0) {
      if (seen.has(shard.index)) missing.push(`${label} appears twice: runs are mixed`);
      seen.add(shard.index);
    }
    if (!shard.summary) {
      const reason = `${label}: ${shard.problem ?? "no results"}; its experiments have no evidence`;
      missing.push(reason);
      results.push(missingShardResult(label, reason));
      continue;
    }
    for (const detail of shard.summary.experiments) results.push(await toResult(shard.dir, detail));
    duration = Math.max(duration, shard.summary.duration ?? 0);
    interrupted ||= shard.summary.interrupted === true;
  }
  for (const sentence of missing.filter((m) => m.endsWith("runs are mixed"))) {
    results.push(missingShardResult("mixed shards", sentence, "Mixed shards"));
  }
  const absent = [];
  for (let i = 1; i <= (total ?? 0); i++) {
    if (seen.has(i)) continue;
    absent.push(i);
    const label = `shard ${i}/${total}`;
    const reason = `${label} is missing: no artifact or directory holds its results, so its experiments have no evidence`;
    missing.push(reason);
    results.push(missingShardResult(label, reason));
  }
  if (dirs.length === 0) {
    const reason = "no shard results were found: nothing to merge, so there is no evidence";
    missing.push(reason);
    results.push(missingShardResult("every shard", reason));
  }
  const passed = results.filter((r) => r.verdict === "passed").length;
  return {
    summary: {
      runId,
      results,
      passed,
      notPassed: results.length - passed,
      verdict: summaryVerdict(results, 0),
      interrupted,
      duration,
      unwrittenJournals: [],
      shards: {
        total: total ?? shards.length,
        // Plain runs (no shard): their places in the merge.
        merged: total === void 0 ? shards.flatMap((s, i) => s.summary ? [i + 1] : []) : [...seen].filter((i) => shards.some((s) => s.index === i && s.summary)).sort((a, b) => a - b),
        missing: [
          ...absent,
          ...shards.flatMap((s) => !s.summary && s.index !== void 0 ? [s.index] : [])
        ].sort((a, b) => a - b)
      }
    },
    missing
  };
}

// src/session/report.ts
async function executeReport(plan, logger) {
  const { summary, missing } = await mergeShardDirs(plan.dirs, plan.runId);
  const { merged, total } = summary.shards;
  logger.info(`merged ${merged.length} of ${total} shard(s): ${summary.results.length} result(s)`);
  for (const sentence of missing) logger.error(sentence);
  const written = await writeReportPlan(plan.reports, summary, logger);
  return {
    summary,
    missing,
    verdict: overallVerdict(summary.results),
    reports: written.reports,
    ...written.error === void 0 ? {} : { reportError: written.error },
    failed: missing.length > 0 || written.error !== void 0 || summary.interrupted || failsGate(summary.results, plan.failOn)
  };
}

export {
  executeReport
};
