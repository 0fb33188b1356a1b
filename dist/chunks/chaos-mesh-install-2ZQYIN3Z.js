import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  waitRollouts
} from "./chunk-LWLNJAAP.js";
import "./chunk-6LDXLHAT.js";
import "./chunk-E2IFONQR.js";
import {
  findOnPath,
  loadTarget,
  runCommand,
  tail
} from "./chunk-OZGOOGHJ.js";
import {
  KubeClient
} from "./chunk-Q7NNMJ57.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-SPQMYGCA.js";
import {
  ClusterError
} from "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";

// src/cluster/chaos-mesh-install.ts
var CHAOS_MESH_CHART_REPO = "https://charts.chaos-mesh.org";
var CHAOS_MESH_RELEASE = "chaos-mesh";
var CHAOS_MESH_NAMESPACE = "chaos-mesh";
var KIND_CHAOS_MESH_VALUES = {
  "chaosDaemon.runtime": "containerd",
  "chaosDaemon.socketPath": "/run/containerd/containerd.sock",
  "dashboard.create": "false"
};
function helmInstallArgs(o = {}) {
  const version = o.version && o.version !== "latest" ? o.version : void 0;
  return [
    "upgrade",
    "--install",
    CHAOS_MESH_RELEASE,
    "chaos-mesh",
    "--repo",
    o.repo ?? CHAOS_MESH_CHART_REPO,
    ...version ? ["--version", version] : [],
    "--namespace",
    o.namespace ?? CHAOS_MESH_NAMESPACE,
    "--create-namespace",
    ...Object.entries(KIND_CHAOS_MESH_VALUES).flatMap(([k, v]) => ["--set", `${k}=${v}`]),
    ...o.kubeconfigPath ? ["--kubeconfig", o.kubeconfigPath] : [],
    ...o.context ? ["--kube-context", o.context] : [],
    "--timeout",
    `${o.timeoutSeconds ?? 300}s`
  ];
}
async function installChaosMesh(o, logger) {
  const started = Date.now();
  const env = o.env ?? process.env;
  const helm = o.helm ?? await findOnPath("helm", env);
  if (!helm)
    throw new ClusterError(
      "install-chaos-mesh needs helm, and there is none on PATH",
      "GitHub's Ubuntu runners have helm; elsewhere add a step such as azure/setup-helm before this one"
    );
  const timeoutS = o.timeoutSeconds ?? 300;
  const namespace = o.namespace ?? CHAOS_MESH_NAMESPACE;
  const args = helmInstallArgs(o);
  logger.info(`helm ${args.join(" ")}`);
  const r = await runCommand(helm, args, {
    env: { ...env, ...o.kubeconfigPath ? { KUBECONFIG: o.kubeconfigPath } : {} },
    timeoutMs: (timeoutS + 60) * 1e3,
    logger,
    echoStdout: true,
    ...o.signal ? { signal: o.signal } : {}
  });
  if (r.code !== 0)
    throw new ClusterError(
      `helm could not install Chaos Mesh ${r.timedOut ? `within ${timeoutS}s` : `(exit ${String(r.code)})`}:
${tail(r.stderr || r.stdout)}`,
      `check the chart version (${o.version ?? "latest"}) exists at ${o.repo ?? CHAOS_MESH_CHART_REPO} and the runner can reach it`
    );
  const kubeConfig = loadTarget({
    kubeconfig: o.kubeconfigPath,
    context: o.context,
    env
  }).kubeConfig;
  const client = new KubeClient({ kubeConfig });
  const remaining = Math.max(10, timeoutS - (Date.now() - started) / 1e3);
  let workloads;
  try {
    workloads = await waitRollouts(client, [namespace], remaining * 1e3, logger, o.signal);
  } catch (error) {
    if (error instanceof ClusterError)
      throw new ClusterError(
        `Chaos Mesh did not become ready: ${error.message}`,
        "kind nodes must run containerd at /run/containerd/containerd.sock; look at the chaos-daemon pod events",
        error
      );
    throw error;
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  logger.info(
    `Chaos Mesh ${o.version ?? "latest"} ready in ${namespace} after ${seconds}s: ` + (workloads.map((w) => `${w.kind} ${w.name}`).join(", ") || "no workloads found")
  );
  return { namespace, version: o.version ?? "latest", workloads, seconds };
}
export {
  CHAOS_MESH_CHART_REPO,
  CHAOS_MESH_NAMESPACE,
  CHAOS_MESH_RELEASE,
  KIND_CHAOS_MESH_VALUES,
  helmInstallArgs,
  installChaosMesh
};
