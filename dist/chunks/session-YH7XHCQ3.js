import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  prepareCluster
} from "./chunk-S5SNTSDY.js";
import {
  deploy
} from "./chunk-LWLNJAAP.js";
import "./chunk-6LDXLHAT.js";
import "./chunk-E2IFONQR.js";
import "./chunk-DLJ5S6RG.js";
import "./chunk-OZGOOGHJ.js";
import "./chunk-Q7NNMJ57.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-Z222UF6H.js";
import "./chunk-SPQMYGCA.js";
import {
  UsageError,
  errorMessage
} from "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";

// src/cluster/session.ts
async function openClusterSession(options, logger) {
  const { mode } = options;
  if (mode === "none") {
    if (options.needsKubernetes) {
      throw new UsageError(
        "cluster is 'none' but some experiments use Kubernetes",
        "use cluster auto, existing, kind or kwok, or remove those experiments (a dry run that skips every Kubernetes activity, e.g. --dry activities, needs no cluster)"
      );
    }
    if (options.deploy) throw new UsageError("cluster is 'none': there is nowhere to deploy to");
    return void 0;
  }
  if (mode === "auto" && !options.needsKubernetes && !options.deploy) return void 0;
  const cluster = await prepareCluster(mode, options, logger);
  if (cluster.kind === "none") {
    if (options.deploy) {
      await cluster.teardown();
      throw new UsageError(
        "no cluster is reachable to deploy to",
        "set cluster to kind or existing"
      );
    }
    return void 0;
  }
  const env = options.env ?? process.env;
  if (cluster.kubeconfigPath) env.KUBECONFIG = cluster.kubeconfigPath;
  logger.info(
    `cluster: ${cluster.kind}${cluster.server ? ` at ${cluster.server}` : ""}${cluster.context ? ` (context ${cluster.context})` : ""}`
  );
  if (!options.deploy) return { cluster, namespaces: [] };
  try {
    const deployed = await logger.group(
      `Deploy ${options.deploy}`,
      () => deploy(
        options.deploy,
        {
          kubeconfigPath: cluster.kubeconfigPath,
          context: cluster.context,
          env,
          timeoutSeconds: options.deployTimeoutSeconds,
          signal: options.signal
        },
        logger
      )
    );
    logger.info(`deployed into ${deployed.namespaces.join(", ") || "no namespace"}`);
    return { cluster, deployed, namespaces: deployed.namespaces };
  } catch (error) {
    if (options.logsDir) {
      const dir = await cluster.exportLogs(options.logsDir).catch(() => void 0);
      if (dir) logger.info(`cluster logs exported to ${dir}`);
    }
    await cluster.teardown().catch((e) => logger.warning(`teardown: ${errorMessage(e)}`));
    throw error;
  }
}
export {
  openClusterSession
};
