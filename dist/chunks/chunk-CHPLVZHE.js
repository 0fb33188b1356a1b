import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  directoryFetcher,
  installPinned
} from "./chunk-Z222UF6H.js";
import {
  checkReachable,
  defaultKubeconfigPath,
  findOnPath,
  inCluster,
  loadTarget,
  runCommand,
  tail,
  waitNodesReady
} from "./chunk-ADH3FCBE.js";
import {
  ClusterError,
  errorMessage
} from "./chunk-M5F2XM67.js";

// src/cluster/kind.ts
import { mkdir } from "node:fs/promises";
import { arch as osArch, platform as osPlatform, tmpdir } from "node:os";
import { dirname, join } from "node:path";
var KIND_VERSION = "v0.31.0";
var KIND_RELEASES = "https://github.com/kubernetes-sigs/kind/releases/download";
var DEFAULT_KIND_CLUSTER = "chaos-action";
function kindArch(arch = osArch()) {
  if (arch === "x64") return "amd64";
  if (arch === "arm64") return "arm64";
  throw new ClusterError(
    `kind has no release for the ${arch} architecture`,
    "put a kind binary on PATH"
  );
}
function kindPin(o = {}, platform = osPlatform(), arch = osArch()) {
  if (platform !== "linux" && platform !== "darwin")
    throw new ClusterError(
      `kind releases cover linux and darwin, not ${platform}`,
      "put a kind binary on PATH"
    );
  const version = o.version ?? KIND_VERSION;
  const fileName = `kind-${platform}-${kindArch(arch)}`;
  const base = `${(o.releasesUrl ?? KIND_RELEASES).replace(/\/+$/, "")}/${version}/${fileName}`;
  return {
    tool: "kind",
    version,
    url: base,
    fileName,
    ...o.sha256 ? { sha256: o.sha256 } : { sha256Url: `${base}.sha256sum` }
  };
}
function kindCommands(o) {
  return {
    create: [
      "create",
      "cluster",
      "--name",
      o.name,
      "--kubeconfig",
      o.kubeconfigPath,
      ...o.config ? ["--config", o.config] : [],
      ...o.nodeImage ? ["--image", o.nodeImage] : [],
      "--wait",
      `${o.waitSeconds}s`
    ],
    delete: ["delete", "cluster", "--name", o.name, "--kubeconfig", o.kubeconfigPath],
    exportLogs: [
      "export",
      "logs",
      o.logsDir ?? join(tmpdir(), `kind-logs-${o.name}`),
      "--name",
      o.name
    ]
  };
}
async function resolveKind(o, logger) {
  if (o.binary) return o.binary;
  const onPath = await findOnPath("kind", o.env ?? process.env);
  if (onPath) {
    logger.info(`using kind from PATH: ${onPath}`);
    return onPath;
  }
  return installPinned(kindPin(o), o.fetcher ?? directoryFetcher(), logger);
}
async function createKindCluster(o, logger) {
  const binary = await resolveKind(o, logger);
  const name = o.name ?? DEFAULT_KIND_CLUSTER;
  const kubeconfigPath = o.kubeconfigPath ?? join(tmpdir(), `chaos-action-kind-${name}-${process.pid}.kubeconfig`);
  await mkdir(dirname(kubeconfigPath), { recursive: true });
  const waitSeconds = o.waitSeconds ?? 300;
  const logsDir = o.logsDir ?? join(tmpdir(), `chaos-action-kind-logs-${name}-${Date.now()}`);
  const cmds = kindCommands({
    name,
    kubeconfigPath,
    config: o.config,
    nodeImage: o.nodeImage,
    waitSeconds,
    logsDir
  });
  const env = { ...o.env ?? process.env, KUBECONFIG: kubeconfigPath };
  const state = { kind: "kind", binary, name, kubeconfigPath };
  const run = (args, timeoutMs) => runCommand(binary, args, { env, timeoutMs, logger, ...o.signal ? { signal: o.signal } : {} });
  logger.info(`creating kind cluster ${name}${o.nodeImage ? ` (image ${o.nodeImage})` : ""}`);
  const fail = async (message, cause) => {
    let saved;
    try {
      const r = await run(cmds.exportLogs, 12e4);
      if (r.code === 0) saved = logsDir;
      else logger.warning(`kind export logs failed: ${tail(r.stderr, 5)}`);
    } catch (error) {
      logger.warning(`kind export logs failed: ${errorMessage(error)}`);
    }
    await deleteKindCluster(state, logger, env).catch(
      (error) => logger.warning(`could not delete the failed kind cluster: ${errorMessage(error)}`)
    );
    throw new ClusterError(
      message + (saved ? `; node logs exported to ${saved}` : ""),
      "look at the exported kind logs; a node image that does not match the kind version is a common cause",
      cause
    );
  };
  let created;
  try {
    created = await run(cmds.create, (waitSeconds + 300) * 1e3);
  } catch (error) {
    return fail(`cannot run ${binary}: ${errorMessage(error)}`, error);
  }
  if (created.code !== 0)
    return fail(
      `kind create cluster ${name} ${created.timedOut ? "timed out" : `failed (exit ${String(created.code)})`}:
${tail(created.stderr || created.stdout)}`
    );
  try {
    const target = loadTarget({ kubeconfig: kubeconfigPath, env });
    const nodes = await waitNodesReady(target.kubeConfig, waitSeconds * 1e3, o.signal);
    logger.info(
      `kind cluster ${name} ready: ${nodes.length} node(s) Ready; KUBECONFIG=${kubeconfigPath}`
    );
    return { ...state, nodes };
  } catch (error) {
    return fail(`kind cluster ${name} did not become ready: ${errorMessage(error)}`, error);
  }
}
async function deleteKindCluster(state, logger, env = process.env) {
  const cmds = kindCommands({
    name: state.name,
    kubeconfigPath: state.kubeconfigPath,
    waitSeconds: 0
  });
  const r = await runCommand(state.binary, cmds.delete, { env, timeoutMs: 18e4, logger });
  if (r.code !== 0)
    throw new ClusterError(
      `kind delete cluster ${state.name} failed (exit ${String(r.code)}):
${tail(r.stderr)}`
    );
  logger.info(`deleted kind cluster ${state.name}`);
}
async function exportKindLogs(state, dir, logger, env = process.env) {
  const cmds = kindCommands({
    name: state.name,
    kubeconfigPath: state.kubeconfigPath,
    waitSeconds: 0,
    logsDir: dir
  });
  const r = await runCommand(state.binary, cmds.exportLogs, { env, timeoutMs: 12e4, logger });
  return r.code === 0 ? dir : void 0;
}

// src/cluster/kwok.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname2, join as join2, resolve } from "node:path";
import { fileURLToPath } from "node:url";
function findKwokScripts(o = {}) {
  if (o.scriptsDir) return o.scriptsDir;
  const starts = [process.cwd(), dirname2(fileURLToPath(import.meta.url))];
  for (const start of starts) {
    let dir = resolve(start);
    for (let i = 0; i < 6; i++) {
      const candidate = join2(dir, "scripts", "k8s");
      if (existsSync(join2(candidate, "cluster-up.sh"))) return candidate;
      const parent = dirname2(dir);
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
  return env.CHAOS_K8S_KUBECONFIG ?? join2(
    env.CHAOS_CACHE_DIR ?? join2(env.HOME ?? homedir(), ".cache", "chaos-action"),
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
  const r = await runCommand("bash", [join2(scriptsDir, "cluster-up.sh")], {
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
  const r = await runCommand("bash", [join2(state.scriptsDir, "cluster-down.sh")], {
    env,
    timeoutMs: 12e4,
    logger
  });
  if (r.code !== 0) throw new ClusterError(`scripts/k8s/cluster-down.sh failed:
${tail(r.stderr)}`);
}

// src/cluster/index.ts
var CLUSTER_MODES = ["auto", "kind", "existing", "kwok", "none"];
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
          if (!options.needsKubernetes) {
            logger.info(`no reachable cluster (${errorMessage(error)}); none is needed`);
            return none();
          }
          logger.info(
            `the configured cluster is not usable (${errorMessage(error)}): creating a kind cluster`
          );
        }
      }
      if (options.needsKubernetes) return prepareCluster("kind", options, logger);
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
  KIND_VERSION,
  kindPin,
  kindCommands,
  CLUSTER_MODES,
  prepareCluster,
  teardownCluster
};
