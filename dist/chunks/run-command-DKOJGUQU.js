import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createCliLogger,
  loadOverrides
} from "./chunk-KS2HQLSY.js";
import {
  renderConsoleReport,
  runExperiments,
  toJsonList,
  usesKubernetes,
  writeReports
} from "./chunk-3ZFH6V6L.js";
import {
  loadAndValidate
} from "./chunk-S3QTKGVT.js";
import "./chunk-25EVSR2U.js";
import "./chunk-NQCTTHJ5.js";
import "./chunk-EMIRGZ6E.js";
import {
  createDefaultRegistry
} from "./chunk-VJPGQR7E.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-XZC23V6B.js";
import "./chunk-SPQMYGCA.js";
import {
  errorMessage
} from "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";

// src/cli/run-command.ts
import { resolve } from "node:path";
import { styleText } from "node:util";

// src/cli/signals.ts
function installSignalHandlers(logger, options = {}) {
  const graceMs = options.graceMs ?? 7e3;
  const exitMs = options.exitMs ?? 9500;
  const soft = new AbortController();
  const hard = new AbortController();
  const timers = [];
  let count = 0;
  const onSignal = (name) => {
    count++;
    if (count === 1) {
      logger.warning(
        `${name} received: stopping the run; rollbacks run and journals are written. Send it again to stop at once.`
      );
      soft.abort(new Error(`interrupted by ${name}`));
      timers.push(
        setTimeout(() => {
          if (!hard.signal.aborted) {
            logger.warning(`still running ${graceMs / 1e3} s after ${name}: stopping at once`);
            hard.abort(new Error("grace period over"));
          }
        }, graceMs).unref(),
        setTimeout(() => {
          process.stderr.write(
            `chaos-action: did not stop within ${exitMs / 1e3} s of ${name}; exiting
`
          );
          process.exit(options.exitCode ?? 1);
        }, exitMs).unref()
      );
    } else if (count === 2) {
      logger.warning(`second signal (${name}): stopping at once`);
      hard.abort(new Error(`interrupted twice by ${name}`));
    } else {
      process.exit(options.exitCode ?? 1);
    }
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    get interrupted() {
      return count > 0;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

// src/cli/run-command.ts
async function runCommand(parsed, io) {
  const { values, positionals } = parsed;
  const logger = createCliLogger(values);
  const overrides = await loadOverrides(values);
  const kubernetes = kubernetesOptions(values);
  const journalDir = String(values["journal-dir"]);
  const signals = installSignalHandlers(logger);
  let session;
  const validation = createDefaultRegistry({ kubernetes });
  let registry = validation;
  try {
    const loaded = await loadAndValidate(positionals, {
      registry: validation,
      env: process.env,
      overrides,
      onWarning: (w) => logger.warning(`${w.field || "/"}: ${w.message}`, w.location)
    });
    await validation.close();
    const mode = String(values.cluster);
    const needsKubernetes = loaded.some((l) => usesKubernetes(l.experiment));
    if (needsKubernetes || typeof values.deploy === "string" || !["auto", "none"].includes(mode)) {
      const { openClusterSession } = await import("./session-V53PHUAS.js");
      session = await logger.group(
        "Cluster",
        () => openClusterSession(
          {
            mode,
            needsKubernetes,
            kubeconfig: kubernetes.kubeconfig,
            context: kubernetes.context,
            keep: values["keep-cluster"] === true,
            deploy: typeof values.deploy === "string" ? values.deploy : void 0,
            logsDir: resolve(journalDir, "cluster-logs"),
            signal: signals.signal
          },
          logger
        )
      );
    }
    registry = createDefaultRegistry({
      kubernetes: {
        ...kubernetes,
        // A cluster we made has its own kubeconfig, now in KUBECONFIG.
        ...session?.cluster.kubeconfigPath ? { kubeconfig: session.cluster.kubeconfigPath } : {},
        ...kubernetes.allowedNamespaces === void 0 && session?.namespaces.length ? { allowedNamespaces: session.namespaces } : {}
      }
    });
    const frequency = values["hypothesis-frequency"];
    const summary = await runExperiments(loaded, {
      journalDir,
      registry,
      logger,
      signal: signals.signal,
      hardSignal: signals.hardSignal,
      rollbackStrategy: values["rollback-strategy"],
      hypothesisStrategy: values["hypothesis-strategy"],
      hypothesisFrequency: typeof frequency === "string" ? Number(frequency) : void 0,
      failFast: values["fail-fast"] === true,
      dry: values.dry,
      vars: overrides
    });
    const json = values.json === true;
    const table = renderConsoleReport(summary, {
      journalDir: resolve(journalDir),
      colorVerdict: (text, passed) => styleText(passed ? "green" : "red", text, {
        stream: json ? process.stderr : process.stdout
      })
    });
    if (json) {
      io.stderr(`
${table}`);
      io.stdout(`${JSON.stringify(toJsonList(summary), null, 2)}
`);
    } else {
      io.stdout(`
${table}`);
    }
    let reportsWritten = true;
    try {
      const written = await writeReports(summary, {
        ...typeof values.junit === "string" ? { junit: values.junit } : {},
        ...typeof values.report === "string" ? { report: values.report } : {},
        ...typeof values.html === "string" ? { html: values.html } : {}
      });
      for (const file of written) logger.info(`report written to ${file}`);
    } catch (error) {
      logger.error(`could not write a report: ${errorMessage(error)}`);
      reportsWritten = false;
    }
    const allPassed = summary.results.length > 0 && summary.results.every((r) => r.verdict === "passed");
    return allPassed && reportsWritten && !summary.interrupted && !signals.interrupted ? 0 : 1;
  } finally {
    signals.dispose();
    await registry.close();
    await session?.cluster.teardown().catch((error) => logger.warning(`cluster teardown: ${errorMessage(error)}`));
  }
}
function kubernetesOptions(values) {
  const allowed = values["allowed-namespaces"];
  const maxPods = values["max-pods-per-action"];
  return {
    ...typeof values.kubeconfig === "string" ? { kubeconfig: values.kubeconfig } : {},
    ...typeof values.context === "string" ? { context: values.context } : {},
    ...typeof allowed === "string" ? {
      allowedNamespaces: allowed.split(",").map((n) => n.trim()).filter(Boolean)
    } : {},
    ...values["allow-kube-system"] === true ? { allowKubeSystem: true } : {},
    ...typeof maxPods === "string" ? { maxPodsPerAction: Number(maxPods) } : {}
  };
}
export {
  runCommand
};
