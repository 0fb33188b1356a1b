import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  KubeClient,
  KubeConfig,
  R
} from "./chunk-K45IFRIT.js";
import {
  ClusterError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/cluster/kube.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
var SERVICE_ACCOUNT_TOKEN = "/var/run/secrets/kubernetes.io/serviceaccount/token";
function defaultKubeconfigPath(env = process.env) {
  const fromEnv = env.KUBECONFIG?.split(":").find((f) => f !== "");
  if (fromEnv) return fromEnv;
  const home = join(env.HOME ?? homedir(), ".kube", "config");
  return existsSync(home) ? home : void 0;
}
function inCluster(env = process.env) {
  return Boolean(env.KUBERNETES_SERVICE_HOST) && existsSync(SERVICE_ACCOUNT_TOKEN);
}
function loadTarget(o) {
  const env = o.env ?? process.env;
  const path = o.kubeconfig ?? defaultKubeconfigPath(env);
  const kc = new KubeConfig();
  if (path) {
    if (!existsSync(path))
      throw new ClusterError(
        `the kubeconfig ${path} does not exist`,
        "set KUBECONFIG to a kubeconfig file, or use cluster: kind to create a cluster"
      );
    try {
      kc.loadFromFile(path);
    } catch (error) {
      throw new ClusterError(
        `cannot read the kubeconfig ${path}: ${errorMessage(error)}`,
        "check the file is a valid kubeconfig"
      );
    }
  } else if (inCluster(env)) {
    kc.loadFromCluster();
  } else {
    throw new ClusterError(
      "no Kubernetes cluster is configured: KUBECONFIG is not set, ~/.kube/config does not exist and this is not a pod",
      "point KUBECONFIG at your cluster, or use cluster: kind (CI) or --cluster kwok (local) to create one"
    );
  }
  if (o.context) {
    if (!kc.getContextObject(o.context))
      throw new ClusterError(
        `the kubeconfig ${path ?? "(in-cluster)"} has no context "${o.context}"`,
        `use one of: ${kc.getContexts().map((c) => c.name).join(", ") || "(none)"}`
      );
    kc.setCurrentContext(o.context);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster)
    throw new ClusterError(
      `the kubeconfig ${path ?? "(in-cluster)"} has no current cluster`,
      "set current-context, or name a context"
    );
  return {
    kubeconfigPath: path,
    context: kc.getCurrentContext() || void 0,
    server: cluster.server,
    kubeConfig: kc
  };
}
async function checkReachable(target, timeoutMs = 1e4) {
  const client = new KubeClient({ kubeConfig: target.kubeConfig, requestTimeoutMs: timeoutMs });
  const where = `${target.server}${target.context ? ` (context "${target.context}")` : ""}`;
  try {
    const l = await client.request(
      "list",
      { res: R.nodes },
      { query: { limit: 1 } }
    );
    return { nodes: l.items?.length };
  } catch (error) {
    const status = error.status;
    if (status === 403) return { nodes: void 0 };
    if (status === 401)
      throw new ClusterError(
        `the Kubernetes API server at ${where} rejected the credentials (401)`,
        "refresh the kubeconfig credentials (token, client certificate) or pick another context",
        error
      );
    throw new ClusterError(
      `cannot reach the Kubernetes API server at ${where}: ${errorMessage(error).replace(/ while attempting.*$/, "")}`,
      `check the cluster is running and KUBECONFIG${target.kubeconfigPath ? ` (${target.kubeconfigPath})` : ""} points at it; for a local cluster run \`npm run cluster:up\` (--cluster kwok); in CI use cluster: kind`,
      error
    );
  }
}
function nodeReady(n) {
  const conditions = n.status?.conditions ?? [];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}
async function waitNodesReady(kubeConfig, timeoutMs, signal) {
  const client = new KubeClient({ kubeConfig });
  let last = [];
  const ok = await client.watchUntil(R.nodes, void 0, { timeoutMs, signal }, (objects) => {
    last = [...objects.values()];
    return last.length > 0 && last.every(nodeReady);
  });
  if (!ok) {
    const notReady = last.filter((n) => !nodeReady(n)).map((n) => n.metadata?.name ?? "?");
    throw new ClusterError(
      last.length === 0 ? `no nodes registered within ${Math.round(timeoutMs / 1e3)}s` : `nodes not Ready within ${Math.round(timeoutMs / 1e3)}s: ${notReady.join(", ")}`,
      "look at the node logs (kind export logs) for kubelet or CNI errors"
    );
  }
  return last.map((n) => n.metadata?.name ?? "");
}

export {
  defaultKubeconfigPath,
  inCluster,
  loadTarget,
  checkReachable,
  waitNodesReady
};
