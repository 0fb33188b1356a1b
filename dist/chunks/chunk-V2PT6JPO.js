import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  directoryFetcher,
  installPinned
} from "./chunk-YXY46G64.js";
import {
  findOnPath,
  runCommand,
  tail
} from "./chunk-AWYZMPVQ.js";
import {
  loadTarget,
  waitNodesReady
} from "./chunk-LHEWBLHD.js";
import {
  ClusterError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

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

export {
  KIND_VERSION,
  KIND_RELEASES,
  DEFAULT_KIND_CLUSTER,
  kindArch,
  kindPin,
  kindCommands,
  resolveKind,
  createKindCluster,
  deleteKindCluster,
  exportKindLogs
};
