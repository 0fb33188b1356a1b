import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  KubeApiError,
  KubeClient,
  KubeConfig,
  isNotFound
} from "./chunk-K45IFRIT.js";
import {
  ActivityFailed,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/providers/kubernetes/run-sweep.ts
async function acrossNamespaces(runNamespaces, sweep) {
  try {
    return await sweep();
  } catch (error) {
    const forbidden = error instanceof KubeApiError && error.status === 403;
    if (!forbidden || runNamespaces.length === 0 || runNamespaces.includes("*")) throw error;
    return sweep(runNamespaces);
  }
}

// src/providers/kubernetes/blast-radius.ts
var SYSTEM_NAMESPACES = [
  "kube-system",
  "kube-public",
  "kube-node-lease"
];
var DEFAULT_MAX_PODS_PER_ACTION = 10;
var BlastRadiusRefused = class extends ActivityFailed {
  constructor(message) {
    super(message);
    this.name = "BlastRadiusRefused";
  }
};
var BlastRadius = class {
  allowed;
  allowKubeSystem;
  maxPods;
  dryRun;
  constructor(opts = {}) {
    this.allowed = opts.allowedNamespaces?.length ? [...opts.allowedNamespaces] : void 0;
    this.allowKubeSystem = opts.allowKubeSystem ?? false;
    this.maxPods = opts.maxPodsPerAction ?? DEFAULT_MAX_PODS_PER_ACTION;
    this.dryRun = opts.dryRun ?? false;
  }
  get allowsAll() {
    return this.allowed?.includes("*") ?? false;
  }
  describeAllowed() {
    const set = this.allowed ? `[${this.allowed.join(", ")}]` : "the namespaces the experiment names";
    return this.allowKubeSystem ? set : `${set}, never ${SYSTEM_NAMESPACES.join("/")}`;
  }
  /** Why a fault in `namespace` is refused, or undefined when it is allowed. */
  whyNot(namespace) {
    if (SYSTEM_NAMESPACES.includes(namespace) && !this.allowKubeSystem) {
      const explicitly = this.allowed?.includes(namespace) ?? false;
      if (!explicitly)
        return `namespace "${namespace}" is a system namespace and is outside the blast radius (allowed: ${this.describeAllowed()}); allow it explicitly with allow-kube-system (--allow-kube-system, or the action input) or by listing it in allowed-namespaces`;
      return void 0;
    }
    if (this.allowed === void 0 || this.allowsAll) return void 0;
    if (this.allowed.includes(namespace)) return void 0;
    return `namespace "${namespace}" is outside the blast radius (allowed namespaces: ${this.describeAllowed()}); add it to allowed-namespaces to run this fault there`;
  }
  /** Refuses a fault in any of `namespaces`, naming the first offender and the allowed set. */
  checkNamespaces(action, namespaces) {
    for (const ns of namespaces) {
      const why = this.whyNot(ns);
      if (why) throw new BlastRadiusRefused(`refused ${action}: ${why}`);
    }
  }
  /** Cluster-wide faults (all namespaces, cluster-scoped objects) need `*`. */
  checkClusterWide(action, what) {
    if (this.allowsAll) return;
    throw new BlastRadiusRefused(
      `refused ${action}: it would affect ${what}, which is outside the blast radius (allowed namespaces: ${this.describeAllowed()}); allow "*" to run cluster-wide faults`
    );
  }
  checkPodCount(action, count, what = "pods") {
    if (count > this.maxPods)
      throw new BlastRadiusRefused(
        `refused ${action}: it would affect ${count} ${what}, more than max-pods-per-action (${this.maxPods}); narrow the selection or raise max-pods-per-action`
      );
  }
};

// src/providers/kubernetes/runtime.ts
var KubeRuntime = class {
  options;
  radius;
  #clients = /* @__PURE__ */ new Map();
  #tracked = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.options = options;
    this.radius = new BlastRadius(options);
  }
  /** Total API requests (watch connections included) across every client so far. */
  get requests() {
    let n = 0;
    for (const c of this.#clients.values()) n += c.requests;
    return n;
  }
  get watchReconnects() {
    let n = 0;
    for (const c of this.#clients.values()) n += c.watchReconnects;
    return n;
  }
  /**
   * The client for these secrets. Like chaosk8s: KUBERNETES_HOST (+ KUBERNETES_API_KEY, optional
   * KUBERNETES_API_KEY_PREFIX, KUBERNETES_VERIFY_SSL) talks to that server directly;
   * KUBERNETES_CONTEXT picks a kubeconfig context; CHAOSTOOLKIT_IN_POD=true uses the pod's account.
   */
  client(secrets) {
    const env = this.options.env ?? process.env;
    const pick = (k) => {
      const v = secrets?.[k] ?? env[k];
      return v === void 0 || v === null || v === "" ? void 0 : String(v);
    };
    const host = pick("KUBERNETES_HOST");
    const context = pick("KUBERNETES_CONTEXT") ?? this.options.context;
    const inPod = pick("CHAOSTOOLKIT_IN_POD") === "true";
    const key = JSON.stringify([
      host,
      host ? pick("KUBERNETES_API_KEY") : void 0,
      context,
      inPod
    ]);
    let c = this.#clients.get(key);
    if (c) return c;
    let kubeConfig = this.options.kubeConfig;
    if (host) {
      kubeConfig = new KubeConfig();
      const token = pick("KUBERNETES_API_KEY");
      const prefix = pick("KUBERNETES_API_KEY_PREFIX") ?? "Bearer";
      kubeConfig.loadFromOptions({
        clusters: [
          {
            name: "secrets",
            server: host,
            skipTLSVerify: pick("KUBERNETES_VERIFY_SSL") === "false",
            ...pick("KUBERNETES_CA_CERT_FILE") ? { caFile: pick("KUBERNETES_CA_CERT_FILE") } : {}
          }
        ],
        users: [
          {
            name: "secrets",
            ...token && prefix === "Bearer" ? { token } : {},
            ...pick("KUBERNETES_USERNAME") ? { username: pick("KUBERNETES_USERNAME"), password: pick("KUBERNETES_PASSWORD") } : {}
          }
        ],
        contexts: [{ name: "secrets", cluster: "secrets", user: "secrets" }],
        currentContext: "secrets"
      });
    } else if (inPod) {
      kubeConfig = new KubeConfig();
      kubeConfig.loadFromCluster();
    }
    c = new KubeClient({
      ...kubeConfig ? { kubeConfig } : {},
      ...this.options.kubeconfig ? { kubeconfig: this.options.kubeconfig } : {},
      ...context && !host && !inPod ? { context } : {},
      ...this.options.env ? { env: this.options.env } : {},
      ...this.options.onRequest ? { onRequest: this.options.onRequest } : {},
      ...this.options.watchRetries !== void 0 ? { watchRetries: this.options.watchRetries } : {},
      ...this.options.requestTimeoutMs !== void 0 ? { requestTimeoutMs: this.options.requestTimeoutMs } : {}
    });
    this.#clients.set(key, c);
    return c;
  }
  env(ctx, secrets, dryRun) {
    const radius = dryRun === void 0 || dryRun === this.radius.dryRun ? this.radius : new BlastRadius({ ...this.options, dryRun });
    return { client: this.client(secrets), radius, logger: ctx.logger, signal: ctx.signal };
  }
  /** Tracks an object we created so the engine deletes it if the experiment doesn't. */
  trackObject(ctx, client, res, namespace, name) {
    if (ctx.inRollback) return;
    const id = objectId(client, res, namespace, name);
    this.#tracked.get(id)?.();
    const data = {
      kind: "object",
      res,
      namespace: namespace ?? null,
      name,
      server: client.server
    };
    const resource = {
      provider: "kubernetes",
      kind: "object",
      description: `${res.plural}${res.group ? `.${res.group}` : ""} ${namespace ? `${namespace}/` : ""}${name}`,
      data,
      undo: async (signal) => {
        try {
          await client.request("delete", { res, namespace, name }, { signal });
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
        this.#tracked.delete(id);
      }
    };
    this.#tracked.set(id, ctx.resources.track(resource));
  }
  /** Tracks a node we cordoned so it is uncordoned if the experiment doesn't. */
  trackCordon(ctx, client, node) {
    if (ctx.inRollback) return;
    const id = `${client.server}|cordon|${node}`;
    this.#tracked.get(id)?.();
    const data = { kind: "cordon", node, server: client.server };
    this.#tracked.set(
      id,
      ctx.resources.track({
        provider: "kubernetes",
        kind: "cordon",
        description: `node ${node} cordoned`,
        data,
        undo: async (signal) => {
          try {
            await client.request(
              "patch",
              { res: { group: "", version: "v1", plural: "nodes", namespaced: false }, name: node },
              { body: { spec: { unschedulable: false } }, signal }
            );
          } catch (error) {
            if (!isNotFound(error)) throw error;
          }
          this.#tracked.delete(id);
        }
      })
    );
  }
  /** The experiment undid it itself (deleted the object, uncordoned the node). */
  forget(client, res, namespace, name) {
    const id = res === "cordon" ? `${client.server}|cordon|${name}` : objectId(client, res, namespace, name);
    const untrack = this.#tracked.get(id);
    if (untrack) {
      untrack();
      this.#tracked.delete(id);
    }
  }
  /** Undo from persisted data (the action's post step, after a hard kill). */
  async cleanupPersisted(data, signal) {
    const d = data;
    const client = this.client();
    if (client.server !== d.server)
      throw new Error(
        `leftover on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
      );
    try {
      if (d.kind === "cordon")
        await client.request(
          "patch",
          { res: { group: "", version: "v1", plural: "nodes", namespaced: false }, name: d.node },
          { body: { spec: { unschedulable: false } }, signal }
        );
      else
        await client.request(
          "delete",
          { res: d.res, namespace: d.namespace ?? void 0, name: d.name },
          { signal }
        );
    } catch (error) {
      if (!isNotFound(error)) throw new Error(`cleanup failed: ${errorMessage(error)}`);
    }
  }
};
function objectId(client, res, namespace, name) {
  return `${client.server}|${res.group}/${res.plural}|${namespace ?? ""}|${name}`;
}

export {
  acrossNamespaces,
  SYSTEM_NAMESPACES,
  DEFAULT_MAX_PODS_PER_ACTION,
  BlastRadiusRefused,
  BlastRadius,
  KubeRuntime
};
