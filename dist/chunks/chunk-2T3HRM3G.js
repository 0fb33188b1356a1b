import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createKindCluster,
  deleteKindCluster,
  exportKindLogs
} from "./chunk-V2PT6JPO.js";
import {
  runCommand,
  tail
} from "./chunk-AWYZMPVQ.js";
import {
  checkReachable,
  defaultKubeconfigPath,
  inCluster,
  loadTarget
} from "./chunk-LHEWBLHD.js";
import {
  CLUSTER_MODES
} from "./chunk-UTFX6C4B.js";
import {
  ClusterError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/cluster/kwok.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function findKwokScripts(o = {}) {
  if (o.scriptsDir) return o.scriptsDir;
  const starts = [process.cwd(), dirname(fileURLToPath(import.meta.url))];
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 6; i++) {
      const candidate = join(dir, "scripts", "k8s");
      if (existsSync(join(candidate, "cluster-up.sh"))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  throw new ClusterError(
    "cannot find scripts/k8s/cluster-up.sh: the kwok cluster is for local use from a chaos-action checkout",
    "run from the repository, or use --cluster existing / kind"
  );
}
function kwokKubeconfigPath(env = process.env) {
  return env.CHAOS_K8S_KUBECONFIG ?? join(
    env.CHAOS_CACHE_DIR ?? join(env.HOME ?? homedir(), ".cache", "chaos-action"),
    "k8s",
    "kubeconfig"
  );
}
async function startKwok(o, logger) {
  const scriptsDir = findKwokScripts(o);
  const env = o.env ?? process.env;
  const expected = kwokKubeconfigPath(env);
  let running = false;
  if (existsSync(expected)) {
    try {
      await checkReachable(loadTarget({ kubeconfig: expected, env }), 3e3);
      running = true;
    } catch {
      running = false;
    }
  }
  logger.info(
    running ? "reusing the running kwok cluster" : "starting the kwok cluster (the first run builds Kubernetes from source)"
  );
  const r = await runCommand("bash", [join(scriptsDir, "cluster-up.sh")], {
    env,
    timeoutMs: 60 * 6e4,
    logger,
    ...o.signal ? { signal: o.signal } : {}
  });
  if (r.code !== 0)
    throw new ClusterError(
      `scripts/k8s/cluster-up.sh failed (exit ${String(r.code)}):
${tail(r.stderr)}`,
      "see scripts/k8s/README.md (needs Go, bash, flock)"
    );
  const kubeconfigPath = r.stdout.trim().split("\n").pop()?.trim() || expected;
  return { kind: "kwok", scriptsDir, kubeconfigPath, started: !running };
}
async function stopKwok(state, logger, env = process.env) {
  const r = await runCommand("bash", [join(state.scriptsDir, "cluster-down.sh")], {
    env,
    timeoutMs: 12e4,
    logger
  });
  if (r.code !== 0) throw new ClusterError(`scripts/k8s/cluster-down.sh failed:
${tail(r.stderr)}`);
}

// src/cluster/index.ts
var noop = async () => {
};
function none() {
  return {
    kind: "none",
    state: { kind: "none" },
    exportLogs: async () => void 0,
    teardown: noop
  };
}
async function existing(options, logger, timeoutS) {
  const env = options.env ?? process.env;
  const target = loadTarget({ kubeconfig: options.kubeconfig, context: options.context, env });
  await checkReachable(target, timeoutS * 1e3);
  logger.info(
    `using the existing cluster at ${target.server}` + (target.context ? ` (context ${target.context})` : "") + (target.kubeconfigPath ? ` from ${target.kubeconfigPath}` : " (in-cluster service account)")
  );
  return {
    kind: "existing",
    ...target.kubeconfigPath ? { kubeconfigPath: target.kubeconfigPath } : {},
    ...target.context ? { context: target.context } : {},
    server: target.server,
    state: { kind: "existing" },
    exportLogs: async () => void 0,
    teardown: noop
  };
}
function once(fn) {
  let done;
  return () => done ??= fn();
}
async function prepareCluster(mode, options, logger) {
  const env = options.env ?? process.env;
  switch (mode) {
    case "none":
      return none();
    case "existing":
      return existing(options, logger, options.reachTimeoutSeconds ?? 10);
    case "kind": {
      const state = await createKindCluster(
        { ...options.kind, env, ...options.signal ? { signal: options.signal } : {} },
        logger
      );
      const kindState = {
        kind: "kind",
        binary: state.binary,
        name: state.name,
        kubeconfigPath: state.kubeconfigPath
      };
      return {
        kind: "kind",
        kubeconfigPath: state.kubeconfigPath,
        state: kindState,
        exportLogs: (dir) => exportKindLogs(kindState, dir, logger, env),
        teardown: once(async () => {
          if (options.keep)
            logger.info(`keeping kind cluster ${state.name} (KUBECONFIG=${state.kubeconfigPath})`);
          else await deleteKindCluster(kindState, logger, env);
        })
      };
    }
    case "kwok": {
      const state = await startKwok(
        { ...options.kwok, env, ...options.signal ? { signal: options.signal } : {} },
        logger
      );
      return {
        kind: "kwok",
        kubeconfigPath: state.kubeconfigPath,
        state,
        exportLogs: async () => void 0,
        teardown: once(async () => {
          if (state.started && !options.keep) await stopKwok(state, logger, env);
        })
      };
    }
    case "auto": {
      const configured = options.kubeconfig ?? defaultKubeconfigPath(env);
      if (configured || inCluster(env)) {
        try {
          return await existing(options, logger, options.reachTimeoutSeconds ?? 5);
        } catch (error) {
          if (!options.needsKubernetes || options.autoCreatesKind === false) {
            logger.info(`no reachable cluster (${errorMessage(error)})`);
            return none();
          }
          logger.info(
            `the configured cluster is not usable (${errorMessage(error)}): creating a kind cluster`
          );
        }
      }
      if (options.needsKubernetes && options.autoCreatesKind !== false) {
        return prepareCluster("kind", options, logger);
      }
      return none();
    }
    default:
      throw new ClusterError(
        `unknown cluster mode '${String(mode)}'`,
        `use one of ${CLUSTER_MODES.join(", ")}`
      );
  }
}
async function teardownCluster(state, logger, o = {}) {
  if (o.keep) return;
  if (state.kind === "kind") await deleteKindCluster(state, logger, o.env);
  else if (state.kind === "kwok" && state.started) await stopKwok(state, logger, o.env);
}

export {
  prepareCluster,
  teardownCluster
};
