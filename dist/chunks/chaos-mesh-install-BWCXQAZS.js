import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  waitRollouts
} from "./chunk-BGMACWSA.js";
import "./chunk-F2KRWREI.js";
import "./chunk-E2IFONQR.js";
import {
  findOnPath,
  runCommand,
  tail
} from "./chunk-AWYZMPVQ.js";
import {
  loadTarget
} from "./chunk-LHEWBLHD.js";
import {
  KubeClient,
  R
} from "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-SPQMYGCA.js";
import {
  ClusterError
} from "./chunk-2OZ6HILO.js";
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
  await checkComponents(client, namespace);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  logger.info(
    `Chaos Mesh ${o.version ?? "latest"} ready in ${namespace} after ${seconds}s: ` + (workloads.map((w) => `${w.kind} ${w.name}`).join(", ") || "no workloads found")
  );
  return { namespace, version: o.version ?? "latest", workloads, seconds };
}
var CHAOS_MESH_CONTROLLER = "chaos-controller-manager";
var CHAOS_MESH_DAEMON = "chaos-daemon";
async function checkComponents(client, namespace) {
  const advice = "look at `kubectl -n " + namespace + " get deploy,ds,pods` and the chaos-daemon pod events (node taints, the containerd socket)";
  const controller = await client.getOrNull(R.deployments, namespace, CHAOS_MESH_CONTROLLER);
  if (!controller)
    throw new ClusterError(
      `Chaos Mesh has no ${CHAOS_MESH_CONTROLLER} Deployment in ${namespace}`,
      advice
    );
  const daemon = await client.getOrNull(R.daemonsets, namespace, CHAOS_MESH_DAEMON);
  if (!daemon)
    throw new ClusterError(
      `Chaos Mesh has no ${CHAOS_MESH_DAEMON} DaemonSet in ${namespace}`,
      advice
    );
  const st = daemon.status ?? {};
  const desired = st.desiredNumberScheduled ?? 0;
  const ready = st.numberReady ?? 0;
  if (desired === 0 || ready < desired)
    throw new ClusterError(
      `Chaos Mesh's ${CHAOS_MESH_DAEMON} is ready on ${ready} of ${desired} node(s)` + (desired === 0 ? ": it is scheduled to no node, so no fault can be injected" : ""),
      advice
    );
}
export {
  CHAOS_MESH_CHART_REPO,
  CHAOS_MESH_CONTROLLER,
  CHAOS_MESH_DAEMON,
  CHAOS_MESH_NAMESPACE,
  CHAOS_MESH_RELEASE,
  KIND_CHAOS_MESH_VALUES,
  checkComponents,
  helmInstallArgs,
  installChaosMesh
};
