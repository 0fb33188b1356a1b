import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  prepareCluster
} from "./chunk-2T3HRM3G.js";
import {
  deploy
} from "./chunk-BGMACWSA.js";
import "./chunk-F2KRWREI.js";
import "./chunk-E2IFONQR.js";
import "./chunk-V2PT6JPO.js";
import "./chunk-YXY46G64.js";
import "./chunk-AWYZMPVQ.js";
import "./chunk-LHEWBLHD.js";
import "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-UTFX6C4B.js";
import "./chunk-SPQMYGCA.js";
import {
  UsageError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
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
