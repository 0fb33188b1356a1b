import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  ActionLogger,
  createActionRegistry,
  filesUnder,
  getInputs,
  readState,
  renderJobSummary,
  saveState,
  sweepRun,
  teardownActionCluster,
  uploadJournals,
  writeJobSummary
} from "./chunks/chunk-GD7P4D4C.js";
import {
  Files
} from "./chunks/chunk-4N45NPJK.js";
import {
  readLedger,
  writeLedgerSync
} from "./chunks/chunk-HMZSNWLG.js";
import "./chunks/chunk-QBFQIVR3.js";
import "./chunks/chunk-HQIZOGGG.js";
import "./chunks/chunk-4NCWL2DP.js";
import {
  info
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
  errorMessage
} from "./chunks/chunk-2OZ6HILO.js";
import "./chunks/chunk-OLZTDE5K.js";

// src/action/post.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
var CLEANUP_TIMEOUT_MS = 6e4;
async function post() {
  const logger = new ActionLogger();
  const onStray = (error) => logger.annotate("warning", `post: ${errorMessage(error)}`);
  process.on("uncaughtException", onStray);
  process.on("unhandledRejection", onStray);
  try {
    const saved = readState();
    if (!saved.mainStarted) {
      info("The main step did not start a run: nothing to clean up.");
      return;
    }
    if (saved.journalDir && existsSync(saved.journalDir)) {
      logger.teeTo(join(saved.journalDir, Files.Log));
    }
    let inputs;
    try {
      inputs = getInputs();
    } catch (error) {
      logger.debug(`post: inputs unreadable (${errorMessage(error)}); using what main saved`);
    }
    const registry = createActionRegistry({
      ...saved.cluster?.kubeconfigPath ? { kubeconfig: saved.cluster.kubeconfigPath } : {},
      ...saved.cluster?.context ? { context: saved.cluster.context } : {}
    });
    try {
      const named = await cleanupLedger(saved, registry, logger);
      const touchedCluster = [...named].some((type) => registry.get(type)?.cleanupRun !== void 0) || saved.cluster !== void 0 && saved.cluster.state.kind !== "none";
      if (touchedCluster) {
        await logger.group(
          "Remove the objects of this run",
          () => sweepRun(registry, saved.cluster, saved.runId, logger)
        );
      }
    } finally {
      await registry.close().catch(() => void 0);
    }
    await teardownActionCluster(saved.cluster, logger);
    if (!saved.summaryDone) await finishSummary(saved, logger);
    if (!saved.uploadDone && inputs?.artifactName && saved.journalDir) {
      await step(logger, "upload the journals", async () => {
        if (!existsSync(saved.journalDir)) throw new Error(`${saved.journalDir} does not exist`);
        await uploadJournals(inputs, saved.journalDir, logger);
      });
    }
  } catch (error) {
    logger.annotate("warning", `post step: ${errorMessage(error)}`);
  } finally {
    logger.close();
    process.off("uncaughtException", onStray);
    process.off("unhandledRejection", onStray);
    process.exitCode = 0;
  }
  setTimeout(() => process.exit(0), 2e3).unref();
}
async function step(logger, what, fn) {
  try {
    await fn();
  } catch (error) {
    logger.annotate("warning", `post: could not ${what}: ${errorMessage(error)}`);
  }
}
async function withTimeout(ms, signal, work) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => {
      signal.abort();
      fail(new Error(`timed out after ${ms / 1e3} s`));
    }, ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
async function cleanupLedger(saved, registry, logger) {
  const providers = /* @__PURE__ */ new Set();
  if (!saved.ledger || !existsSync(saved.ledger)) return providers;
  let entries;
  let runId;
  try {
    ;
    ({ resources: entries, runId } = await readLedger(saved.ledger));
  } catch (error) {
    logger.annotate(
      "warning",
      `post: could not read the resource ledger ${saved.ledger} (${errorMessage(error)}); resources the run created may still be live`
    );
    return providers;
  }
  for (const entry of entries) providers.add(entry.provider);
  if (entries.length === 0) return providers;
  const left = [];
  await logger.group(`Clean up ${entries.length} resource(s) left by the run`, async () => {
    for (const entry of entries) {
      const provider = registry.get(entry.provider);
      if (!provider?.cleanupPersisted) {
        left.push(entry);
        logger.annotate(
          "warning",
          `post: could not clean up ${entry.description} (${entry.kind}): provider '${entry.provider}' cannot undo it from the ledger; undo it by hand`
        );
        continue;
      }
      const abort = new AbortController();
      try {
        await withTimeout(
          CLEANUP_TIMEOUT_MS,
          abort,
          provider.cleanupPersisted(
            { kind: entry.kind, description: entry.description, data: entry.data },
            { logger, signal: abort.signal }
          )
        );
        logger.info(`undid ${entry.description}`);
      } catch (error) {
        left.push(entry);
        logger.annotate(
          "warning",
          `post: could not clean up ${entry.description} (${entry.kind}): ${errorMessage(error)}`
        );
      }
    }
  });
  try {
    writeLedgerSync(saved.ledger, runId, left);
  } catch (error) {
    logger.annotate("warning", `post: could not update the ledger: ${errorMessage(error)}`);
  }
  if (left.length > 0) {
    logger.annotate(
      "warning",
      `post: ${left.length} resource(s) of run ${runId} could not be cleaned up; they are listed in ${saved.ledger} (in the artifact)`
    );
  }
  return providers;
}
async function finishSummary(saved, logger) {
  await step(logger, "write the job summary", async () => {
    const dir = saved.journalDir;
    const summaryPath = join(dir, Files.SummaryJson);
    let markdown;
    if (dir && existsSync(summaryPath)) {
      const json = JSON.parse(await readFile(summaryPath, "utf8"));
      const results = await Promise.all(json.experiments.map((e) => resultFromJson(e)));
      markdown = renderJobSummary({ results, interrupted: json.interrupted }, [
        "> [!WARNING]\n> The main step was stopped before it wrote this summary; the post step wrote it from the summary JSON."
      ]);
    } else {
      const journals = dir ? (await filesUnder(dir)).filter(isJournal) : [];
      markdown = "### \u23F9\uFE0F Chaos experiments: the run was stopped before it finished\n\n" + (journals.length > 0 ? `Journals written before it stopped (in the artifact):

${journals.map((j) => `- \`${j}\``).join("\n")}
` : "No journal was written.\n");
    }
    if (await writeJobSummary(markdown)) saveState.done("SummaryDone");
  });
}
function isJournal(file) {
  const name = basename(file);
  return name.endsWith(".journal.json");
}
async function resultFromJson(e) {
  let journal;
  if (e.journal) {
    journal = await readFile(e.journal, "utf8").then(JSON.parse, () => void 0);
  }
  return {
    file: e.file,
    title: e.title,
    verdict: e.verdict,
    status: e.status,
    deviated: e.deviated,
    duration: e.duration,
    ...e.journal ? { journalPath: e.journal } : {},
    journal,
    steadyBefore: e.steadyBefore,
    steadyAfter: e.steadyAfter,
    findings: e.findings,
    rollbacksRun: e.rollbacksRun,
    reason: e.reason
  };
}

// src/post.ts
await post();
