import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  BlastRadius,
  BlastRadiusRefused,
  DEFAULT_MAX_PODS_PER_ACTION,
  KubeRuntime,
  SYSTEM_NAMESPACES,
  acrossNamespaces
} from "./chunk-RAD7AGPG.js";
import {
  isTerminating,
  labelSelectorString,
  parseSince,
  podPhase,
  podReady,
  selectPods,
  toLabelSelector,
  workloadStatus
} from "./chunk-F2KRWREI.js";
import "./chunk-E2IFONQR.js";
import {
  KubeApiError,
  KubeClient,
  R,
  isNotFound
} from "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import {
  pyTruthy
} from "./chunk-T4JOGF2H.js";
import {
  RUN_ID_LABEL,
  labelValue
} from "./chunk-SS4P2UWK.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ActivityFailed,
  InternalError,
  NoEffectError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/providers/kubernetes/chaosk8s/args.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
function str(v) {
  return v === void 0 || v === null ? "" : String(v);
}
function opt(v) {
  return v === void 0 || v === null || v === "" ? void 0 : String(v);
}
function int(v, what) {
  const n = typeof v === "string" && v.trim() !== "" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new ActivityFailed(`${what} must be a number, got ${JSON.stringify(v)}`);
  return n;
}
function optInt(v, what) {
  return v === void 0 || v === null ? void 0 : int(v, what);
}
function formatName(template, name) {
  if (template === void 0 || template === null) return void 0;
  return String(template).replaceAll(
    "{name}",
    name === void 0 || name === null ? "None" : String(name)
  );
}
function kvMap(v) {
  if (v === void 0 || v === null || v === "") return void 0;
  if (typeof v === "string")
    return Object.fromEntries(
      v.split(",").filter(Boolean).map((kv) => {
        const i = kv.indexOf("=");
        return i < 0 ? [kv, ""] : [kv.slice(0, i), kv.slice(i + 1)];
      })
    );
  return v;
}
function list(v) {
  if (v === void 0 || v === null || v === "") return void 0;
  return typeof v === "string" ? v.split(",") : v;
}
async function loadSpecFile(path) {
  const ext = extname(path);
  let text2;
  try {
    text2 = await readFile(path, "utf8");
  } catch (error) {
    throw new ActivityFailed(`cannot read ${path}: ${errorMessage(error)}`);
  }
  if (ext === ".json") return JSON.parse(text2);
  if (ext === ".yml" || ext === ".yaml") return (0, import_yaml.parse)(text2);
  throw new ActivityFailed(`cannot process ${path}`);
}
async function loadBody(resource, file) {
  if ((resource === void 0 || resource === null) && !file)
    throw new ActivityFailed("Either `resource` or `resource_as_yaml_file` must be set");
  if (resource !== void 0 && resource !== null) {
    if (typeof resource === "string") return (0, import_yaml.parse)(resource);
    return resource;
  }
  try {
    return (0, import_yaml.parse)(await readFile(String(file), "utf8"));
  } catch (error) {
    throw new ActivityFailed(
      `Path '${String(file)}' is not a valid resource file: ${errorMessage(error)}`
    );
  }
}
function customRes(group, version, plural, namespaced) {
  return { group: str(group), version: str(version), plural: str(plural), namespaced };
}
function summary(action, env, extra) {
  return { action, dry_run: env.radius.dryRun, ...extra };
}

// src/providers/kubernetes/chaosk8s/define.ts
function def(params, run, o = {}) {
  return {
    params: params.map(
      (p) => typeof p === "string" ? { name: p } : { name: p[0], default: p[1] }
    ),
    ...o.configuration ? { takesConfiguration: true } : {},
    run
  };
}
var UNSUPPORTED_CHAOSK8S = ["chaosk8s.pod.actions.exec_in_pods"];
function unsupportedMessage(qualified) {
  return `${qualified} is not supported natively yet`;
}
function unsupported(qualified, params) {
  return {
    ...def(params, async () => {
      throw new ActivityFailed(unsupportedMessage(qualified));
    }),
    unsupported: unsupportedMessage(qualified)
  };
}
function defaultsOf(f, except) {
  const out = {};
  for (const p of f.params) if ("default" in p && !except.includes(p.name)) out[p.name] = p.default;
  return out;
}

// src/providers/kubernetes/chaosk8s/objects.ts
function selectorNamespaces(body, ns) {
  const spec = body.spec ?? {};
  const out = new Set(ns ? [ns] : []);
  for (const n of spec.selector?.namespaces ?? []) out.add(n);
  for (const n of spec.target?.selector?.namespaces ?? []) out.add(n);
  return [...out];
}
async function createObject(k, env, ctx, res, ns, body, action, onConflict = "fail") {
  if (ns !== void 0) env.radius.checkNamespaces(action, selectorNamespaces(body, ns));
  else if (res.plural !== "namespaces")
    env.radius.checkClusterWide(action, `cluster-scoped ${res.plural}`);
  const meta = { ...body.metadata ?? {} };
  if (ns !== void 0 && res.namespaced) meta.namespace = ns;
  const obj = { ...body, metadata: meta };
  if (env.radius.dryRun)
    return summary(action, env, {
      would_create: `${res.plural}/${meta.name ?? meta.generateName ?? "?"}`,
      namespace: ns ?? null
    });
  try {
    const created = await env.client.create(res, res.namespaced ? ns : void 0, obj);
    k.rt.trackObject(
      ctx,
      env.client,
      res,
      res.namespaced ? ns : void 0,
      created.metadata?.name ?? ""
    );
    return created;
  } catch (error) {
    if (onConflict === "return" && error instanceof KubeApiError && error.status === 409) {
      env.logger.debug(`${res.plural} ${meta.name ?? ""} already exists`);
      return {
        kind: "Status",
        status: "Failure",
        reason: "AlreadyExists",
        code: 409,
        message: error.message
      };
    }
    throw error;
  }
}
async function deleteObject(k, env, res, ns, name, action, opts = {}) {
  if (ns !== void 0 && res.namespaced) env.radius.checkNamespaces(action, [ns]);
  else if (res.plural === "namespaces") env.radius.checkNamespaces(action, [name]);
  else env.radius.checkClusterWide(action, `cluster-scoped ${res.plural} "${name}"`);
  if (env.radius.dryRun)
    return summary(action, env, { would_delete: `${res.plural}/${name}`, namespace: ns ?? null });
  try {
    const r = await env.client.delete(res, res.namespaced ? ns : void 0, name, {
      ...opts.gracePeriodSeconds !== void 0 ? { gracePeriodSeconds: opts.gracePeriodSeconds } : {}
    });
    k.rt.forget(env.client, res, res.namespaced ? ns : void 0, name);
    return r;
  } catch (error) {
    if (opts.missingOk && isNotFound(error)) return null;
    throw error;
  }
}
async function deleteByNameOrSelector(k, env, res, a, action) {
  const ns = str(a.ns);
  env.radius.checkNamespaces(action, [ns]);
  let names;
  if (opt(a.name)) names = [str(a.name)];
  else if (opt(a.label_selector))
    names = (await env.client.list(res, ns, { labelSelector: opt(a.label_selector) })).items.map(
      (o) => o.metadata?.name ?? ""
    );
  else throw new ActivityFailed(`${action}: either name or label_selector must be set`);
  for (const n of names) await deleteObject(k, env, res, ns, n, action);
  const out = summary(action, env, {
    [env.radius.dryRun ? "would_delete" : "deleted"]: names,
    namespace: ns
  });
  if (names.length === 0 && !env.radius.dryRun)
    throw new NoEffectError(
      `0 ${res.plural} matched label_selector "${str(a.label_selector)}" in namespace "${ns}"`,
      out
    );
  return out;
}
async function listNamed(env, res, a) {
  return (await env.client.list(res, str(a.ns), {
    fieldSelector: `metadata.name=${str(a.name)}`,
    labelSelector: opt(a.label_selector)
  })).items;
}
async function listPods(env, ns, selector2) {
  return (await env.client.list(R.pods, ns, { labelSelector: selector2 })).items;
}
async function exists(env, res, ns, name) {
  return await env.client.getOrNull(res, ns, name) !== null;
}
function createFromSpec(res, action) {
  return def(["spec_path", ["ns", "default"]], async (a, ctx, env, k) => {
    const body = await loadSpecFile(str(a.spec_path));
    return createObject(k, env, ctx, res, res.namespaced ? str(a.ns) : void 0, body, action);
  });
}
function listIn(res) {
  return def(
    [["ns", "default"]],
    async (a, _ctx, env) => env.client.request("list", { res, namespace: str(a.ns) })
  );
}
function getIn(res) {
  return def(
    ["name", ["ns", "default"]],
    async (a, _ctx, env) => env.client.get(res, str(a.ns), str(a.name))
  );
}
function deleteIn(res, action) {
  return def(
    ["name", ["ns", "default"]],
    async (a, _ctx, env, k) => deleteObject(k, env, res, str(a.ns), str(a.name), action)
  );
}

// src/providers/kubernetes/chaosk8s/chaosmesh.ts
var CM_GROUP = "chaos-mesh.org";
var CM_VERSION = "v1alpha1";
var NETWORK = customRes(CM_GROUP, CM_VERSION, "networkchaos", true);
var STRESS = customRes(CM_GROUP, CM_VERSION, "stresschaos", true);
var CHAOS_SELECTOR_PARAMS = [
  ["ns", "default"],
  ["namespaces_selectors", null],
  ["label_selectors", null],
  ["annotations_selectors", null],
  ["mode", "one"],
  ["mode_value", null],
  ["direction", "to"]
];
var TARGET_PARAMS = [
  ["external_targets", null],
  ["target_mode", "one"],
  ["target_mode_value", null],
  ["target_namespaces_selectors", null],
  ["target_label_selectors", null],
  ["target_annotations_selectors", null]
];
function selector(namespaces, labels, annotations) {
  const s = {};
  const n = list(namespaces);
  if (n) s.namespaces = n;
  const l = kvMap(labels);
  if (l) s.labelSelectors = l;
  const an = kvMap(annotations);
  if (an) s.annotationSelectors = an;
  return s;
}
function modeValue(mode, value) {
  const m = str(mode) || "one";
  return m === "one" || m === "all" || value === void 0 || value === null ? { mode: m } : { mode: m, value: String(value) };
}
function chaosObject(kind, a, runId, spec) {
  return {
    apiVersion: `${CM_GROUP}/${CM_VERSION}`,
    kind,
    metadata: {
      name: str(a.name),
      namespace: str(a.ns),
      labels: {
        "app.kubernetes.io/managed-by": "chaos-action",
        [RUN_ID_LABEL]: labelValue(runId)
      }
    },
    spec
  };
}
function networkChaos(action, block, fields, build) {
  return def(
    [
      "name",
      ...CHAOS_SELECTOR_PARAMS.slice(0, 1),
      ...fields.filter((f) => typeof f === "string"),
      ...CHAOS_SELECTOR_PARAMS.slice(1),
      ...fields.filter((f) => typeof f !== "string"),
      ...TARGET_PARAMS
    ],
    async (a, ctx, env, k) => {
      const spec = {
        action,
        ...modeValue(a.mode, a.mode_value),
        direction: str(a.direction) || "to",
        selector: selector(a.namespaces_selectors, a.label_selectors, a.annotations_selectors),
        [block]: Object.fromEntries(
          Object.entries(build(a)).filter(([, v]) => v !== void 0 && v !== null && v !== "")
        )
      };
      const external = list(a.external_targets);
      if (external) spec.externalTargets = external;
      const targetSel = selector(
        a.target_namespaces_selectors,
        a.target_label_selectors,
        a.target_annotations_selectors
      );
      if (Object.keys(targetSel).length > 0)
        spec.target = { ...modeValue(a.target_mode, a.target_mode_value), selector: targetSel };
      const body = chaosObject("NetworkChaos", a, ctx.runId, spec);
      return createObject(k, env, ctx, NETWORK, str(a.ns), body, `chaosmesh ${action}`, "return");
    }
  );
}
function stressChaos(kind, required, optional, build) {
  return def(
    [
      "name",
      ...required,
      ...optional,
      ...CHAOS_SELECTOR_PARAMS,
      ["duration", "30s"],
      ["container_names", null],
      ["stressng_stressors", null]
    ],
    async (a, ctx, env, k) => {
      const spec = {
        ...modeValue(a.mode, a.mode_value),
        selector: selector(a.namespaces_selectors, a.label_selectors, a.annotations_selectors),
        duration: str(a.duration),
        stressors: {
          [kind]: Object.fromEntries(
            Object.entries(build(a)).filter(([, v]) => v !== void 0 && v !== null)
          )
        }
      };
      const containers = list(a.container_names);
      if (containers) spec.containerNames = containers;
      if (opt(a.stressng_stressors)) spec.stressngStressors = str(a.stressng_stressors);
      const body = chaosObject("StressChaos", a, ctx.runId, spec);
      return createObject(
        k,
        env,
        ctx,
        STRESS,
        str(a.ns),
        body,
        `chaosmesh stress_${kind}`,
        "return"
      );
    }
  );
}
var chaosmeshNetworkActions = {
  add_latency: networkChaos(
    "delay",
    "delay",
    [
      ["latency", null],
      ["correlation", null],
      ["jitter", null]
    ],
    (a) => ({
      latency: opt(a.latency),
      correlation: opt(a.correlation),
      jitter: opt(a.jitter)
    })
  ),
  set_loss: networkChaos(
    "loss",
    "loss",
    [
      ["loss", null],
      ["correlation", null]
    ],
    (a) => ({ loss: opt(a.loss), correlation: opt(a.correlation) })
  ),
  duplicate_packets: networkChaos(
    "duplicate",
    "duplicate",
    [
      ["duplicate", null],
      ["correlation", null]
    ],
    (a) => ({ duplicate: opt(a.duplicate), correlation: opt(a.correlation) })
  ),
  // Upstream sends `action: reorder` with a top-level `reorder`, which the NetworkChaos CRD
  // rejects (no such action) and would prune. Chaos Mesh expresses reordering as a delay
  // (netem reorders only delayed packets; `delay.latency` is required): the packets not
  // sent at once are held 10ms, the example value of Chaos Mesh's docs.
  reorder_packets: networkChaos(
    "delay",
    "delay",
    [
      ["reorder", null],
      ["correlation", null],
      ["gap", null]
    ],
    (a) => ({
      latency: "10ms",
      reorder: Object.fromEntries(
        Object.entries({
          reorder: opt(a.reorder),
          correlation: opt(a.correlation),
          gap: a.gap === void 0 || a.gap === null ? void 0 : int(a.gap, "gap")
        }).filter(([, v]) => v !== void 0)
      )
    })
  ),
  corrupt_packets: networkChaos(
    "corrupt",
    "corrupt",
    [
      ["corrupt", null],
      ["correlation", null]
    ],
    (a) => ({ corrupt: opt(a.corrupt), correlation: opt(a.correlation) })
  ),
  set_bandwidth: networkChaos(
    "bandwidth",
    "bandwidth",
    ["rate", "limit", "buffer", ["peakrate", null], ["minburst", null]],
    (a) => ({
      rate: a.rate,
      limit: a.limit,
      buffer: a.buffer,
      peakrate: a.peakrate ?? void 0,
      minburst: a.minburst ?? void 0
    })
  ),
  delete_network_fault: deleteIn(NETWORK, "delete_network_fault")
};
var chaosmeshNetworkProbes = {
  get_network_faults: listIn(NETWORK),
  get_network_fault: getIn(NETWORK)
};
var chaosmeshStressActions = {
  stress_cpu: stressChaos("cpu", ["workers", "load"], [], (a) => ({
    workers: a.workers,
    load: a.load
  })),
  stress_memory: stressChaos(
    "memory",
    [],
    [
      ["workers", null],
      ["size", null],
      ["oom_score", null],
      ["time_to_get_to_size", null]
    ],
    (a) => ({
      workers: a.workers,
      size: a.size,
      oomScoreAdj: a.oom_score,
      time: a.time_to_get_to_size
    })
  ),
  delete_stressor: deleteIn(STRESS, "delete_stressor")
};
var chaosmeshStressProbes = {
  get_stressors: listIn(STRESS),
  get_stressor: getIn(STRESS)
};

// src/providers/kubernetes/chaosk8s/crd.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/providers/kubernetes/chaosk8s/discovery.ts
async function resolveKind(cache, client, apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  const key = `${client.server}|${apiVersion}`;
  let p = cache.get(key);
  if (!p) {
    p = client.request("get", {
      res: { group, version, plural: "", namespaced: false }
    }).then((r) => r.resources ?? []);
    cache.set(key, p);
  }
  const found = (await p).find((r) => r.kind === kind && !r.name.includes("/"));
  if (!found) throw new ActivityFailed(`the API server does not know kind ${kind} in ${apiVersion}`);
  return { group, version, plural: found.name, namespaced: found.namespaced };
}

// src/providers/kubernetes/chaosk8s/crd.ts
async function patchCustom(env, res, ns, a, action, replace) {
  if (ns !== void 0) env.radius.checkNamespaces(action, [ns]);
  else env.radius.checkClusterWide(action, `cluster-scoped ${res.plural} "${str(a.name)}"`);
  const body = await loadBody(a.resource, a.resource_as_yaml_file);
  if (env.radius.dryRun)
    return summary(action, env, { would_change: `${res.plural}/${str(a.name)}` });
  return replace ? env.client.replace(res, ns, str(a.name), body) : env.client.patch(res, ns, str(a.name), body, Array.isArray(body) ? "json" : "merge");
}
async function applyResource(k, env, ctx, body, action) {
  if (!body.apiVersion || !body.kind)
    throw new ActivityFailed(`${action}: the resource needs apiVersion and kind`);
  const res = await resolveKind(k.discovery, env.client, body.apiVersion, body.kind);
  const ns = res.namespaced ? body.metadata?.namespace ?? "default" : void 0;
  try {
    return await createObject(k, env, ctx, res, ns, body, action);
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 409)
      return env.client.patch(res, ns, body.metadata?.name ?? "", body, "merge");
    throw error;
  }
}
var GVP = ["group", "version", "plural"];
var BODY_PARAMS = [
  ["resource", null],
  ["resource_as_yaml_file", null]
];
function change(namespaced, action, replace) {
  return def(
    [
      ...GVP,
      "name",
      ...namespaced ? [["ns", "default"]] : [],
      ["force", false],
      ...BODY_PARAMS
    ],
    (a, _ctx, env) => patchCustom(
      env,
      customRes(a.group, a.version, a.plural, namespaced),
      namespaced ? str(a.ns) : void 0,
      a,
      action,
      replace
    )
  );
}
var crdActions = {
  apply_from_json: def([["resource", null]], async (a, ctx, env, k) => {
    const body = typeof a.resource === "string" ? JSON.parse(a.resource) : a.resource;
    return applyResource(k, env, ctx, body, "apply_from_json");
  }),
  apply_from_yaml: def([["resource", null]], async (a, ctx, env, k) => {
    const body = typeof a.resource === "string" ? (0, import_yaml2.parse)(a.resource) : a.resource;
    return applyResource(k, env, ctx, body, "apply_from_yaml");
  }),
  create_custom_object: def(
    [...GVP, ["ns", "default"], ...BODY_PARAMS],
    async (a, ctx, env, k) => createObject(
      k,
      env,
      ctx,
      customRes(a.group, a.version, a.plural, true),
      str(a.ns),
      await loadBody(a.resource, a.resource_as_yaml_file),
      "create_custom_object",
      "return"
    )
  ),
  delete_custom_object: def(
    [...GVP, "name", ["ns", "default"]],
    (a, _ctx, env, k) => deleteObject(
      k,
      env,
      customRes(a.group, a.version, a.plural, true),
      str(a.ns),
      str(a.name),
      "delete_custom_object"
    )
  ),
  create_cluster_custom_object: def(
    [...GVP, ...BODY_PARAMS],
    async (a, ctx, env, k) => createObject(
      k,
      env,
      ctx,
      customRes(a.group, a.version, a.plural, false),
      void 0,
      await loadBody(a.resource, a.resource_as_yaml_file),
      "create_cluster_custom_object",
      "return"
    )
  ),
  delete_cluster_custom_object: def(
    [...GVP, "name"],
    (a, _ctx, env, k) => deleteObject(
      k,
      env,
      customRes(a.group, a.version, a.plural, false),
      void 0,
      str(a.name),
      "delete_cluster_custom_object"
    )
  ),
  patch_custom_object: change(true, "patch_custom_object", false),
  replace_custom_object: change(true, "replace_custom_object", true),
  patch_cluster_custom_object: change(false, "patch_cluster_custom_object", false),
  replace_cluster_custom_object: change(false, "replace_cluster_custom_object", true)
};
var crdProbes = {
  get_custom_object: def(
    [...GVP, "name", ["ns", "default"]],
    (a, _ctx, env) => env.client.get(customRes(a.group, a.version, a.plural, true), str(a.ns), str(a.name))
  ),
  list_custom_objects: def(
    [...GVP, ["ns", "default"]],
    (a, _ctx, env) => env.client.request("list", {
      res: customRes(a.group, a.version, a.plural, true),
      namespace: str(a.ns)
    })
  ),
  get_cluster_custom_object: def(
    [...GVP, "name"],
    (a, _ctx, env) => env.client.get(customRes(a.group, a.version, a.plural, false), void 0, str(a.name))
  ),
  list_cluster_custom_objects: def(
    [...GVP],
    (a, _ctx, env) => env.client.request("list", { res: customRes(a.group, a.version, a.plural, false) })
  )
};

// src/providers/kubernetes/ops.ts
var WORKLOAD_RESOURCES = {
  Deployment: R.deployments,
  StatefulSet: R.statefulsets,
  DaemonSet: R.daemonsets,
  ReplicaSet: R.replicasets
};
function workloadKind(kind) {
  const k = String(kind ?? "Deployment").toLowerCase();
  const found = Object.keys(WORKLOAD_RESOURCES).find(
    (w) => w.toLowerCase() === k || `${w.toLowerCase()}s` === k
  );
  if (!found)
    throw new ActivityFailed(
      `unknown workload kind '${String(kind)}' (expected Deployment, StatefulSet, DaemonSet or ReplicaSet)`
    );
  return found;
}
var MAX_EVENTS = 50;
function workloadEvents(env, o, current) {
  return collectEvents(
    env,
    o.namespace,
    current.metadata?.resourceVersion,
    (_k, n) => n === o.name || n.startsWith(`${o.name}-`)
  );
}
function collectEvents(env, namespace, resourceVersion, related) {
  const seen = /* @__PURE__ */ new Map();
  const controller = new AbortController();
  const since = Date.now() - 1e3;
  const onParent = () => controller.abort();
  env.signal.addEventListener("abort", onParent, { once: true });
  const running = env.client.watchUntil(
    R.events,
    namespace,
    {
      resourceVersion,
      initial: [],
      timeoutMs: 10 * 6e4,
      signal: controller.signal
    },
    (_objects, event) => {
      if (!event || event.type === "DELETED") return false;
      const e = event.object;
      const kind = e.involvedObject?.kind ?? "";
      const name = e.involvedObject?.name ?? "";
      const at = Date.parse(e.lastTimestamp ?? e.eventTime ?? "");
      if (!Number.isNaN(at) && at < since) return false;
      if (!related(kind, name)) return false;
      if (seen.size < MAX_EVENTS || seen.has(e.metadata?.uid ?? ""))
        seen.set(e.metadata?.uid ?? `${seen.size}`, {
          type: e.type ?? "Normal",
          reason: e.reason ?? "",
          object: `${kind}/${name}`,
          message: e.message ?? "",
          count: e.count ?? 1
        });
      return false;
    }
  ).catch((error) => {
    if (!controller.signal.aborted)
      env.logger.debug(`event watch in ${namespace} ended: ${errorMessage(error)}`);
  });
  return {
    async stop() {
      await new Promise((r) => setTimeout(r, 300));
      controller.abort();
      env.signal.removeEventListener("abort", onParent);
      await running;
      return [...seen.values()];
    }
  };
}
async function ownerOf(env, pod, cache) {
  const ns = pod.metadata?.namespace;
  const ref = pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  if (!ref || !ns) return void 0;
  const read = async (kind, name) => {
    const k = `${kind}/${name}`;
    if (!cache.has(k)) cache.set(k, await env.client.getOrNull(WORKLOAD_RESOURCES[kind], ns, name));
    return cache.get(k) ?? null;
  };
  if (ref.kind === "ReplicaSet") {
    const rs = await read("ReplicaSet", ref.name);
    if (!rs) return void 0;
    const dep = rs.metadata?.ownerReferences?.find((o) => o.kind === "Deployment");
    if (dep) {
      const d = await read("Deployment", dep.name);
      if (d) return { kind: "Deployment", obj: d };
    }
    return { kind: "ReplicaSet", obj: rs };
  }
  if (ref.kind === "StatefulSet" || ref.kind === "DaemonSet") {
    const o = await read(ref.kind, ref.name);
    return o ? { kind: ref.kind, obj: o } : void 0;
  }
  return void 0;
}
function killedPod(p, owner) {
  return {
    name: p.metadata?.name ?? "",
    namespace: p.metadata?.namespace ?? "",
    node: p.spec?.nodeName ?? null,
    phase: p.status?.phase ?? null,
    ready: podReady(p),
    owner
  };
}
async function killPods(env, o) {
  const action = o.action ?? "kill-pods";
  const startRequests = env.client.requests;
  env.radius.checkNamespaces(action, [o.namespace]);
  const list2 = await env.client.list(R.pods, o.namespace, { labelSelector: o.labelSelector });
  const candidates = o.skipTerminating ? list2.items.filter((p) => !isTerminating(p)) : list2.items;
  const chosen = selectPods(candidates, o);
  env.radius.checkPodCount(action, chosen.length);
  const cache = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  const ownerName = /* @__PURE__ */ new Map();
  const resolveOwners = (o.recoveryTimeout ?? 0) > 0;
  for (const p of resolveOwners ? chosen : []) {
    let owner;
    try {
      owner = await ownerOf(env, p, cache);
    } catch (error) {
      if (!(error instanceof KubeApiError) || error.status !== 403) throw error;
      env.logger.warning(`recovery of ${p.metadata?.name ?? ""} is not measured: ${error.message}`);
      continue;
    }
    if (!owner) continue;
    const id = `${owner.kind}/${owner.obj.metadata?.name ?? ""}`;
    ownerName.set(p.metadata?.uid ?? "", id);
    if (!owners.has(id))
      owners.set(id, {
        kind: owner.kind,
        name: owner.obj.metadata?.name ?? "",
        selector: labelSelectorString(owner.obj.spec?.selector),
        desired: workloadStatus(owner.kind, owner.obj).desired
      });
  }
  const pods = chosen.map((p) => killedPod(p, ownerName.get(p.metadata?.uid ?? "") ?? null));
  const base = {
    action: "kill-pods",
    namespace: o.namespace,
    selector: o.labelSelector ?? null,
    pods
  };
  if (env.radius.dryRun) {
    return {
      ...base,
      dry_run: true,
      workloads: [],
      recovery_seconds: null,
      recovered: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would kill ${pods.length} pod(s): ${pods.map((p) => p.name).join(", ") || "none"}`
    };
  }
  const names = new Set(pods.map((p) => p.name));
  const prefixes = [...owners.values()].map((w) => w.name);
  const events = chosen.length > 0 && resolveOwners ? collectEvents(
    env,
    o.namespace,
    list2.metadata?.resourceVersion,
    (_kind, name) => names.has(name) || prefixes.some((p) => name === p || name.startsWith(`${p}-`))
  ) : void 0;
  const killedUids = new Set(chosen.map((p) => p.metadata?.uid ?? ""));
  const existing = new Set(list2.items.map((p) => p.metadata?.uid ?? ""));
  const started = Date.now();
  try {
    for (const p of chosen) {
      try {
        await env.client.delete(R.pods, o.namespace, p.metadata?.name ?? "", {
          ...o.gracePeriod !== void 0 && o.gracePeriod >= 0 ? { gracePeriodSeconds: o.gracePeriod } : {}
        });
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      env.logger.info(
        `killed pod ${o.namespace}/${p.metadata?.name ?? ""} on node ${String(p.spec?.nodeName ?? "?")}`
      );
    }
    const timeoutMs = (o.recoveryTimeout ?? 0) * 1e3;
    const workloads = await Promise.all(
      [...owners.entries()].map(async ([id, w]) => {
        if (timeoutMs <= 0)
          return {
            workload: id,
            desired: w.desired,
            recovered: false,
            recovery_seconds: null,
            replacement_pods: []
          };
        let replacements = [];
        const ok = await env.client.watchUntil(
          R.pods,
          o.namespace,
          {
            labelSelector: w.selector,
            timeoutMs: Math.max(0, timeoutMs - (Date.now() - started)),
            signal: env.signal
          },
          (objects) => {
            const ready = [...objects.values()].filter(
              (p) => podReady(p) && !isTerminating(p) && !killedUids.has(p.metadata?.uid ?? "")
            );
            if (ready.length < w.desired) return false;
            replacements = ready.filter((p) => !existing.has(p.metadata?.uid ?? "")).map((p) => p.metadata?.name ?? "");
            return true;
          }
        );
        return {
          workload: id,
          desired: w.desired,
          recovered: ok,
          recovery_seconds: ok ? round((Date.now() - started) / 1e3) : null,
          replacement_pods: replacements
        };
      })
    );
    const seen = await events?.stop() ?? [];
    const waited = timeoutMs > 0 && workloads.length > 0;
    const recovered = waited ? workloads.every((w) => w.recovered) : null;
    const recovery = recovered ? Math.max(...workloads.map((w) => w.recovery_seconds ?? 0)) : null;
    const result = {
      ...base,
      dry_run: false,
      workloads,
      recovery_seconds: recovery,
      recovered,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message: `killed ${pods.length} pod(s) in ${o.namespace}` + (recovered === true ? `; workloads available again after ${recovery}s` : recovered === false ? `; NOT available again within ${o.recoveryTimeout}s` : "")
    };
    return result;
  } catch (error) {
    await events?.stop();
    throw error;
  }
}
function round(n) {
  return Math.round(n * 1e3) / 1e3;
}
async function waitWorkloadComplete(env, kind, namespace, name, timeoutS, opts = {}) {
  const since = opts.since ?? Date.now();
  let last;
  const ok = await env.client.watchUntil(
    WORKLOAD_RESOURCES[kind],
    namespace,
    { fieldSelector: `metadata.name=${name}`, timeoutMs: timeoutS * 1e3, signal: env.signal },
    (objects) => {
      const o = objects.get(`${namespace}/${name}`);
      last = o;
      if (!o) return false;
      if (opts.minGeneration !== void 0 && (o.metadata?.generation ?? 0) < opts.minGeneration)
        return false;
      const s = workloadStatus(kind, o);
      if (opts.replicas !== void 0 && s.desired !== opts.replicas) return false;
      return s.complete;
    }
  );
  return { seconds: ok ? round((Date.now() - since) / 1e3) : null, object: last };
}
async function waitPodsAtMost(env, namespace, object, count, timeoutMs) {
  const selector2 = labelSelectorString(object.spec?.selector);
  if (selector2 === "" || timeoutMs <= 0) return selector2 === "";
  return env.client.watchUntil(
    R.pods,
    namespace,
    { labelSelector: selector2, timeoutMs, signal: env.signal },
    (pods) => pods.size <= count
  );
}
async function scaleWorkload(env, o) {
  const action = o.action ?? "scale";
  const startRequests = env.client.requests;
  if (o.kind === "DaemonSet") throw new ActivityFailed("a DaemonSet cannot be scaled");
  if (!Number.isInteger(o.replicas) || o.replicas < 0)
    throw new ActivityFailed(`replicas must be a whole number >= 0, got ${String(o.replicas)}`);
  env.radius.checkNamespaces(action, [o.namespace]);
  const res = WORKLOAD_RESOURCES[o.kind];
  const current = await env.client.get(res, o.namespace, o.name);
  const before = workloadStatus(o.kind, current).desired;
  if (before > o.replicas)
    env.radius.checkPodCount(action, before - o.replicas, "pods (scale down)");
  const base = { action: "scale", kind: o.kind, name: o.name, namespace: o.namespace };
  if (env.radius.dryRun)
    return {
      ...base,
      dry_run: true,
      replicas_before: before,
      replicas_after: before,
      ready: null,
      ready_seconds: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would scale ${o.kind}/${o.name} from ${before} to ${o.replicas} replicas`
    };
  const events = (o.timeout ?? 0) > 0 ? workloadEvents(env, o, current) : void 0;
  const started = Date.now();
  try {
    await env.client.patch(
      res,
      o.namespace,
      o.name,
      { spec: { replicas: o.replicas } },
      "merge",
      "scale"
    );
    const timeout = o.timeout ?? 0;
    let waited = timeout > 0 ? await waitWorkloadComplete(env, o.kind, o.namespace, o.name, timeout, {
      replicas: o.replicas,
      since: started
    }) : void 0;
    if (waited && waited.seconds !== null && before > o.replicas && waited.object) {
      const left = Math.max(0, timeout * 1e3 - (Date.now() - started));
      const gone = await waitPodsAtMost(env, o.namespace, waited.object, o.replicas, left);
      waited = { ...waited, seconds: gone ? round((Date.now() - started) / 1e3) : null };
    }
    const seen = await events?.stop() ?? [];
    return {
      ...base,
      dry_run: false,
      replicas_before: before,
      replicas_after: o.replicas,
      ready: waited ? waited.seconds !== null : null,
      ready_seconds: waited?.seconds ?? null,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message: `scaled ${o.kind}/${o.name} from ${before} to ${o.replicas} replicas` + (waited ? waited.seconds !== null ? `; ready after ${waited.seconds}s` : `; NOT ready within ${timeout}s` : "")
    };
  } catch (error) {
    await events?.stop();
    throw error;
  }
}
async function rolloutRestart(env, o) {
  const action = o.action ?? "rollout-restart";
  const startRequests = env.client.requests;
  if (o.kind === "ReplicaSet")
    throw new ActivityFailed("a ReplicaSet cannot be restarted by a rollout");
  env.radius.checkNamespaces(action, [o.namespace]);
  const res = WORKLOAD_RESOURCES[o.kind];
  const current = await env.client.get(res, o.namespace, o.name);
  const replicas = workloadStatus(o.kind, current).desired;
  const at = (/* @__PURE__ */ new Date()).toISOString();
  const base = {
    action: "rollout-restart",
    kind: o.kind,
    name: o.name,
    namespace: o.namespace,
    replicas,
    restarted_at: at
  };
  if (env.radius.dryRun)
    return {
      ...base,
      dry_run: true,
      recovered: null,
      recovery_seconds: null,
      events: [],
      api_requests: env.client.requests - startRequests,
      message: `dry run: would restart ${o.kind}/${o.name} (${replicas} replicas)`
    };
  const events = (o.timeout ?? 0) > 0 ? workloadEvents(env, o, current) : void 0;
  const started = Date.now();
  try {
    const patched = await env.client.patch(res, o.namespace, o.name, {
      spec: { template: { metadata: { annotations: { "kubectl.kubernetes.io/restartedAt": at } } } }
    });
    const timeout = o.timeout ?? 0;
    const waited = timeout > 0 ? await waitWorkloadComplete(env, o.kind, o.namespace, o.name, timeout, {
      minGeneration: patched.metadata?.generation ?? 0,
      since: started
    }) : void 0;
    const seen = await events?.stop() ?? [];
    return {
      ...base,
      dry_run: false,
      recovered: waited ? waited.seconds !== null : null,
      recovery_seconds: waited?.seconds ?? null,
      events: seen,
      api_requests: env.client.requests - startRequests,
      message: `restarted ${o.kind}/${o.name}` + (waited ? waited.seconds !== null ? `; rollout complete after ${waited.seconds}s` : `; rollout NOT complete within ${timeout}s` : "")
    };
  } catch (error) {
    await events?.stop();
    throw error;
  }
}
async function selectNodes(env, s, random = Math.random) {
  const ret = await env.client.list(R.nodes, void 0, {
    labelSelector: s.labelSelector ?? void 0,
    fieldSelector: s.name ? `metadata.name=${s.name}` : void 0
  });
  let nodes = ret.items;
  if (s.podLabelSelector && s.podNamespace) {
    const pods = await env.client.list(R.pods, s.podNamespace, {
      labelSelector: s.podLabelSelector
    });
    const hosts = new Set(pods.items.map((p) => p.spec?.nodeName));
    nodes = nodes.filter((n) => hosts.has(n.metadata?.name));
  }
  if (nodes.length === 0)
    throw new NoEffectError(
      `0 nodes matched${s.labelSelector ? ` label selector "${s.labelSelector}"` : ""}${s.name ? ` name "${s.name}"` : ""} (failed to find a node that matches selector)`,
      []
    );
  if (s.first) nodes = nodes.slice(0, 1);
  else if (s.count !== void 0 && s.count !== null)
    nodes = Array.from(
      { length: s.count },
      () => nodes[Math.floor(random() * nodes.length)]
    );
  return nodes;
}
async function setSchedulable(env, nodes, cordon2, onCordoned) {
  const startRequests = env.client.requests;
  const action = cordon2 ? "cordon" : "uncordon";
  const out = [];
  for (const n of nodes) {
    const name = n.metadata?.name ?? "";
    const was = n.spec?.unschedulable === true;
    if (!env.radius.dryRun) {
      await env.client.patch(R.nodes, void 0, name, { spec: { unschedulable: cordon2 } });
      if (cordon2 && !was) onCordoned?.(name);
    }
    out.push({ name, was_unschedulable: was, unschedulable: env.radius.dryRun ? was : cordon2 });
  }
  return {
    action,
    dry_run: env.radius.dryRun,
    nodes: out,
    api_requests: env.client.requests - startRequests,
    message: `${env.radius.dryRun ? "dry run: would " : ""}${action} ${out.map((n) => n.name).join(", ")}`
  };
}
async function drainNodes(env, nodes, o) {
  const startRequests = env.client.requests;
  const candidates = [];
  const skipped = [];
  for (const node of nodes) {
    const nodeName = node.metadata?.name ?? "";
    const pods = await env.client.list(R.pods, void 0, {
      fieldSelector: `spec.nodeName=${nodeName}`
    });
    for (const pod of pods.items) {
      const name = pod.metadata?.name ?? "";
      const namespace = pod.metadata?.namespace ?? "";
      if (pod.metadata?.annotations?.["kubernetes.io/config.mirror"] !== void 0) {
        skipped.push({ name, namespace, why: "mirror pod" });
        continue;
      }
      const volumes = pod.spec?.volumes ?? [];
      if (volumes.some((v) => v.emptyDir !== void 0) && !o.deleteLocalStorage) {
        skipped.push({ name, namespace, why: "local storage (emptyDir)" });
        continue;
      }
      const phase = pod.status?.phase;
      const owners = pod.metadata?.ownerReferences ?? [];
      if (owners.some((r) => r.kind === "DaemonSet")) {
        skipped.push({ name, namespace, why: "DaemonSet pod" });
        continue;
      }
      if (phase !== "Succeeded" && phase !== "Failed" && !owners.some((r) => r.controller))
        throw new ActivityFailed(
          `Pod '${name}' on node '${nodeName}' is unmanaged, cannot drain this node. Delete it manually first?`
        );
      candidates.push(pod);
    }
  }
  env.radius.checkNamespaces("drain", new Set(candidates.map((p) => p.metadata?.namespace ?? "")));
  env.radius.checkPodCount("drain", candidates.length, "pods (evictions)");
  const evicted = candidates.map((p) => killedPod(p, null));
  const nodeNames = nodes.map((n) => n.metadata?.name ?? "");
  if (env.radius.dryRun)
    return {
      action: "drain",
      dry_run: true,
      nodes: nodeNames,
      evicted,
      skipped,
      drained_seconds: null,
      api_requests: env.client.requests - startRequests,
      message: `dry run: would cordon ${nodeNames.join(", ")} and evict ${evicted.length} pod(s)`
    };
  await setSchedulable(env, nodes, true, o.onCordoned);
  const started = Date.now();
  for (const pod of candidates) {
    const name = pod.metadata?.name ?? "";
    const namespace = pod.metadata?.namespace ?? "";
    try {
      await env.client.request(
        "create",
        { res: R.pods, namespace, name, subresource: "eviction" },
        {
          body: {
            apiVersion: "policy/v1",
            kind: "Eviction",
            metadata: { name, namespace }
          }
        }
      );
    } catch (error) {
      if (!isNotFound(error))
        throw new ActivityFailed(`Failed to evict pod ${name}: ${errorMessage(error)}`);
    }
  }
  const pending = new Map(
    candidates.map((p) => [`${p.metadata?.namespace}/${p.metadata?.name}`, p.metadata?.uid])
  );
  const namespaces = new Set(candidates.map((p) => p.metadata?.namespace ?? ""));
  const deadline = started + o.timeout * 1e3;
  for (const ns of namespaces) {
    const ok = await env.client.watchUntil(
      R.pods,
      ns,
      { timeoutMs: Math.max(0, deadline - Date.now()), signal: env.signal },
      (objects) => {
        for (const [k, uid] of pending) {
          if (!k.startsWith(`${ns}/`)) continue;
          const cur = objects.get(k);
          if (!cur || cur.metadata?.uid !== uid) pending.delete(k);
        }
        return ![...pending.keys()].some((k) => k.startsWith(`${ns}/`));
      }
    );
    if (!ok) break;
  }
  if (pending.size > 0)
    throw new ActivityFailed(
      `Draining nodes did not completed within ${o.timeout}s. Remaining pods are:
${[...pending.keys()].join("\n")}`
    );
  const seconds = round((Date.now() - started) / 1e3);
  return {
    action: "drain",
    dry_run: false,
    nodes: nodeNames,
    evicted,
    skipped,
    drained_seconds: seconds,
    api_requests: env.client.requests - startRequests,
    message: `drained ${nodeNames.join(", ")}: evicted ${evicted.length} pod(s) in ${seconds}s`
  };
}

// src/providers/kubernetes/chaosk8s/workload.ts
function verdict(ok, raise, message, env) {
  if (ok) return true;
  if (!pyTruthy(raise)) {
    env.logger.debug(message);
    return false;
  }
  throw new ActivityFailed(message);
}
async function readinessHasState(env, kind, a, ready) {
  const ns = str(a.ns);
  const name = str(a.name);
  const timeout = int(a.timeout, "timeout");
  return env.client.watchUntil(
    WORKLOAD_RESOURCES[kind],
    ns,
    {
      fieldSelector: `metadata.name=${name}`,
      labelSelector: formatName(a.label_selector, name),
      timeoutMs: timeout * 1e3,
      signal: env.signal
    },
    (objects) => {
      for (const o of objects.values()) {
        const readyReplicas = kind === "DaemonSet" ? o.status?.numberReady : o.status?.readyReplicas ?? null;
        const desired = kind === "DaemonSet" ? o.status?.desiredNumberScheduled : o.spec?.replicas;
        if ((readyReplicas ?? null) === desired === ready) return true;
      }
      return false;
    }
  );
}
function readinessProbes(kind, label2) {
  return {
    notFully: def(
      [
        "name",
        ["ns", "default"],
        ["label_selector", null],
        ["timeout", 30],
        ["raise_on_fully_available", true]
      ],
      async (a, _ctx, env) => verdict(
        await readinessHasState(env, kind, a, false),
        a.raise_on_fully_available,
        `${label2} '${str(a.name)}' failed to stop running within ${str(a.timeout)}s`,
        env
      )
    ),
    fully: def(
      [
        "name",
        ["ns", "default"],
        ["label_selector", null],
        ["timeout", 30],
        ["raise_on_not_fully_available", true]
      ],
      async (a, _ctx, env) => verdict(
        await readinessHasState(env, kind, a, true),
        a.raise_on_not_fully_available,
        `${label2} '${str(a.name)}' failed to recover within ${str(a.timeout)}s`,
        env
      )
    )
  };
}
function scale(kind, action) {
  return def(["name", "replicas", ["ns", "default"]], async (a, _ctx, env) => {
    try {
      return await scaleWorkload(env, {
        kind,
        name: str(a.name),
        namespace: str(a.ns),
        replicas: int(a.replicas, "replicas"),
        action
      });
    } catch (error) {
      if (error instanceof KubeApiError)
        throw new ActivityFailed(
          `failed to scale '${str(a.name)}' to ${str(a.replicas)} replicas: ${error.message}`
        );
      throw error;
    }
  });
}

// src/providers/kubernetes/chaosk8s/daemonset.ts
function healthy(partial) {
  return def(["name", ["ns", "default"], ["label_selector", null]], async (a, _ctx, env) => {
    const items = await listNamed(env, R.daemonsets, a);
    const name = str(a.name);
    if (items.length === 0) throw new ActivityFailed(`DaemonSet '${name}' was not found`);
    for (const d of items) {
      const s = workloadStatus("DaemonSet", d);
      const ok = partial ? s.available >= 1 : s.available === s.desired && s.ready === s.desired;
      if (!ok) throw new ActivityFailed(`DaemonSet '${name}' is not healthy`);
    }
    return true;
  });
}
var daemonsetActions = {
  create_daemon_set: createFromSpec(R.daemonsets, "create_daemon_set"),
  delete_daemon_set: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.daemonsets, a, "delete_daemon_set")
  ),
  update_daemon_set: def(["name", "spec", ["ns", "default"]], async (a, _ctx, env) => {
    env.radius.checkNamespaces("update_daemon_set", [str(a.ns)]);
    if (env.radius.dryRun)
      return summary("update_daemon_set", env, { would_change: `daemonsets/${str(a.name)}` });
    return env.client.patch(R.daemonsets, str(a.ns), str(a.name), a.spec, "strategic");
  })
};
var daemonsetProbes = {
  daemon_set_available_and_healthy: healthy(false),
  daemon_set_partially_available: healthy(true),
  daemon_set_not_fully_available: def(
    ["name", ["ns", "default"], ["label_selector", null], ["timeout", 30]],
    async (a, _ctx, env) => {
      if (await readinessHasState(env, "DaemonSet", a, false)) return true;
      throw new ActivityFailed(
        `daemon set '${str(a.name)}' failed to stop running within ${str(a.timeout)}s`
      );
    }
  ),
  daemon_set_fully_available: def(
    ["name", ["ns", "default"], ["label_selector", null], ["timeout", 30]],
    async (a, _ctx, env) => {
      if (await readinessHasState(env, "DaemonSet", a, true)) return true;
      throw new ActivityFailed(
        `daemon set '${str(a.name)}' failed to recover within ${str(a.timeout)}s`
      );
    }
  )
};

// src/providers/kubernetes/chaosk8s/deployment.ts
var readiness = readinessProbes("Deployment", "deployment");
var deploymentActions = {
  create_deployment: createFromSpec(R.deployments, "create_deployment"),
  delete_deployment: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.deployments, a, "delete_deployment")
  ),
  scale_deployment: scale("Deployment", "scale_deployment"),
  rollout_deployment: def(
    [
      ["name", null],
      ["ns", "default"]
    ],
    async (a, _ctx, env) => {
      if (!opt(a.name))
        throw new ActivityFailed("rollout_deployment needs the name of the deployment");
      return rolloutRestart(env, {
        kind: "Deployment",
        name: str(a.name),
        namespace: str(a.ns),
        action: "rollout_deployment"
      });
    }
  )
};
var deploymentProbes = {
  deployment_available_and_healthy: def(
    ["name", ["ns", "default"], ["label_selector", null], ["raise_on_unavailable", true]],
    async (a, _ctx, env) => {
      const items = await listNamed(env, R.deployments, a);
      const name = str(a.name);
      if (items.length === 0)
        return verdict(false, a.raise_on_unavailable, `Deployment '${name}' was not found`, env);
      for (const d of items)
        if ((d.status?.availableReplicas ?? null) !== (d.spec?.replicas ?? null))
          return verdict(false, a.raise_on_unavailable, `Deployment '${name}' is not healthy`, env);
      return true;
    }
  ),
  deployment_partially_available: def(
    [
      "name",
      ["ns", "default"],
      ["label_selector", null],
      ["raise_on_not_partially_available", true]
    ],
    async (a, _ctx, env) => {
      const items = await listNamed(env, R.deployments, a);
      const name = str(a.name);
      if (items.length === 0)
        return verdict(
          false,
          a.raise_on_not_partially_available,
          `Deployment '${name}' was not found`,
          env
        );
      const first = items[0];
      return verdict(
        Number(first.status?.availableReplicas ?? 0) >= 1,
        a.raise_on_not_partially_available,
        `Deployment '${name}' is not healthy`,
        env
      );
    }
  ),
  deployment_not_fully_available: readiness.notFully,
  deployment_fully_available: readiness.fully
};

// src/providers/kubernetes/chaosk8s/event.ts
var eventProbes = {
  get_events: def(
    [
      ["label_selector", null],
      ["field_selector", null],
      ["limit", 100]
    ],
    (a, _ctx, env) => env.client.request(
      "list",
      { res: R.events },
      {
        query: {
          labelSelector: opt(a.label_selector),
          fieldSelector: opt(a.field_selector),
          limit: int(a.limit, "limit")
        }
      }
    )
  )
};

// src/providers/kubernetes/chaosk8s/pod.ts
function podsWanted(a) {
  const parts = [
    opt(a.label_selector) ? `label_selector "${str(a.label_selector)}"` : "",
    opt(a.name_pattern) ? `name_pattern /${str(a.name_pattern)}/` : ""
  ].filter(Boolean);
  return `${parts.join(" and ") || "any pod"} in namespace "${str(a.ns)}"`;
}
async function podsMatching(env, a) {
  return listPods(env, str(a.ns), opt(a.label_selector));
}
var terminatePods = def(
  [
    ["label_selector", null],
    ["name_pattern", null],
    ["all", false],
    ["rand", false],
    ["mode", "fixed"],
    ["qty", 1],
    ["grace_period", -1],
    ["ns", "default"],
    ["order", "alphabetic"]
  ],
  async (a, _ctx, env) => {
    const r = await killPods(env, {
      action: "terminate_pods",
      namespace: str(a.ns),
      labelSelector: opt(a.label_selector),
      name_pattern: opt(a.name_pattern),
      all: pyTruthy(a.all),
      rand: pyTruthy(a.rand),
      mode: str(a.mode),
      qty: int(a.qty, "qty"),
      order: str(a.order),
      gracePeriod: int(a.grace_period, "grace_period")
    });
    if (r.dry_run)
      return { dry_run: true, would_terminate: r.pods.map((p) => p.name), message: r.message };
    if (r.pods.length === 0) throw new NoEffectError(`0 pods matched ${podsWanted(a)}`, []);
    return r.pods.map((p) => p.name);
  }
);
var podActions = {
  terminate_pods: terminatePods,
  delete_pods: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    (a, ctx, env, k) => terminatePods.run(
      {
        name_pattern: a.name,
        label_selector: a.label_selector,
        ns: a.ns,
        ...defaultsOf(terminatePods, ["name_pattern", "label_selector", "ns"])
      },
      ctx,
      env,
      k
    )
  ),
  exec_in_pods: unsupported("chaosk8s.pod.actions.exec_in_pods", [
    "cmd",
    ["label_selector", null],
    ["name_pattern", null],
    ["all", false],
    ["rand", false],
    ["mode", "fixed"],
    ["qty", 1],
    ["ns", "default"],
    ["order", "alphabetic"],
    ["container_name", null],
    ["request_timeout", 60]
  ])
};
var podProbes = {
  read_pod_logs: def(
    [
      ["name", null],
      ["last", null],
      ["ns", "default"],
      ["from_previous", false],
      ["label_selector", "name in ({name})"],
      ["container_name", null]
    ],
    async (a, _ctx, env) => {
      const ns = str(a.ns);
      const pods = await listPods(env, ns, formatName(a.label_selector, a.name) || void 0);
      const since = opt(a.last) ? parseSince(str(a.last)) : void 0;
      const logs = {};
      for (const p of pods) {
        const name = p.metadata?.name ?? "";
        logs[name] = await env.client.request(
          "get",
          { res: R.pods, namespace: ns, name, subresource: "log" },
          {
            text: true,
            query: {
              timestamps: true,
              previous: pyTruthy(a.from_previous),
              container: opt(a.container_name),
              sinceSeconds: since
            }
          }
        );
      }
      return logs;
    }
  ),
  pods_in_phase: def(
    ["label_selector", ["phase", "Running"], ["ns", "default"], ["raise_on_invalid_phase", true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a);
      const sel = str(a.label_selector);
      if (pods.length === 0)
        return verdict(false, a.raise_on_invalid_phase, `no pods '${sel}' were found`, env);
      for (const p of pods)
        if (podPhase(p) !== a.phase)
          return verdict(
            false,
            a.raise_on_invalid_phase,
            `pod '${sel}' is in phase '${podPhase(p) ?? "None"}' but should be '${str(a.phase)}'`,
            env
          );
      return true;
    }
  ),
  pods_in_conditions: def(
    ["label_selector", "conditions", ["ns", "default"], ["raise_on_invalid_conditions", true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a);
      const sel = str(a.label_selector);
      if (pods.length === 0)
        return verdict(false, a.raise_on_invalid_conditions, `no pods '${sel}' were found`, env);
      const wanted = Array.isArray(a.conditions) ? a.conditions : [];
      for (const p of pods) {
        const have = (p.status?.conditions ?? []).map(
          (c) => `${c.type}=${c.status}`
        );
        for (const c of wanted)
          if (!have.includes(`${c.type}=${c.status}`))
            return verdict(
              false,
              a.raise_on_invalid_conditions,
              `pod ${p.metadata?.name ?? ""} does not match the following given condition: {'type': '${str(c.type)}', 'status': '${str(c.status)}'}`,
              env
            );
      }
      return true;
    }
  ),
  pods_not_in_phase: def(
    ["label_selector", ["phase", "Running"], ["ns", "default"], ["raise_on_in_phase", true]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a);
      const sel = str(a.label_selector);
      if (pods.length === 0)
        return verdict(false, a.raise_on_in_phase, `no pods '${sel}' were found`, env);
      for (const p of pods)
        if (podPhase(p) === a.phase)
          return verdict(
            false,
            a.raise_on_in_phase,
            `pod '${sel}' should not be in phase '${str(a.phase)}'`,
            env
          );
      return true;
    }
  ),
  count_pods: def(["label_selector", ["phase", null], ["ns", "default"]], async (a, _ctx, env) => {
    const pods = await podsMatching(env, a);
    if (!opt(a.phase)) return pods.length;
    return pods.filter((p) => podPhase(p) === a.phase).length;
  }),
  pod_is_not_available: def(
    [
      "name",
      ["ns", "default"],
      ["label_selector", "name in ({name})"],
      ["raise_on_is_available", true]
    ],
    async (a, _ctx, env) => {
      const pods = await listPods(env, str(a.ns), formatName(a.label_selector, a.name) || void 0);
      for (const p of pods)
        if (podPhase(p) === "Running")
          return verdict(
            false,
            a.raise_on_is_available,
            `pod '${str(a.name)}' is actually running`,
            env
          );
      return true;
    }
  ),
  all_pods_healthy: def(
    [
      ["ns", "default"],
      ["raise_on_any_unhealthy", true]
    ],
    async (a, _ctx, env) => {
      const pods = await listPods(env, str(a.ns), void 0);
      const bad = pods.filter((p) => podPhase(p) !== "Running" && podPhase(p) !== "Succeeded");
      return verdict(bad.length === 0, a.raise_on_any_unhealthy, "the system is unhealthy", env);
    }
  ),
  count_min_pods: def(
    ["label_selector", ["phase", "Running"], ["min_count", 2], ["ns", "default"]],
    async (a, _ctx, env) => {
      const pods = await podsMatching(env, a);
      const n = opt(a.phase) ? pods.filter((p) => podPhase(p) === a.phase).length : pods.length;
      return n >= int(a.min_count, "min_count");
    }
  ),
  should_be_found_in_logs: def(
    ["pattern", ["all_containers", true], ["value", null]],
    async (a) => {
      const logs = a.value ?? {};
      if (typeof logs !== "object")
        throw new ActivityFailed("value must be the output of read_pod_logs");
      const re = new RegExp(str(a.pattern));
      const entries = Object.entries(logs);
      const found = entries.filter(([, text2]) => re.test(str(text2)));
      const ok = pyTruthy(a.all_containers) ? entries.length > 0 && found.length === entries.length : found.length > 0;
      if (!ok) throw new ActivityFailed(`pattern '${str(a.pattern)}' not found in the logs`);
      return true;
    }
  )
};

// src/providers/kubernetes/chaosk8s/legacy.ts
function from(table, name) {
  const f = table[name];
  if (!f) throw new InternalError(`chaosk8s function ${name} is not defined`);
  return f;
}
var deploymentAvailableAndHealthy = from(deploymentProbes, "deployment_available_and_healthy");
var deploymentNotFully = from(deploymentProbes, "deployment_not_fully_available");
var deploymentFully = from(deploymentProbes, "deployment_fully_available");
var podIsNotAvailable = from(podProbes, "pod_is_not_available");
var legacyActions = {
  start_microservice: createFromSpec(R.deployments, "start_microservice"),
  remove_service_endpoint: def(
    ["name", ["ns", "default"]],
    (a, _ctx, env, k) => deleteObject(k, env, R.services, str(a.ns), str(a.name), "remove_service_endpoint")
  ),
  scale_microservice: scale("Deployment", "scale_microservice"),
  kill_microservice: def(
    ["name", ["ns", "default"], ["label_selector", "name in ({name})"]],
    async (a, _ctx, env) => {
      const ns = str(a.ns);
      const sel = formatName(a.label_selector, a.name);
      env.radius.checkNamespaces("kill_microservice", [ns]);
      const deleted = [];
      for (const res of [R.deployments, R.replicasets, R.pods]) {
        const items = (await env.client.list(res, ns, { labelSelector: sel })).items;
        if (res === R.pods) env.radius.checkPodCount("kill_microservice", items.length);
        for (const o of items) {
          const name = o.metadata?.name ?? "";
          deleted.push(`${res.plural}/${name}`);
          if (!env.radius.dryRun)
            await env.client.delete(res, ns, name).catch((e) => {
              if (!isNotFound(e)) throw e;
            });
        }
      }
      const out = summary("kill_microservice", env, {
        [env.radius.dryRun ? "would_delete" : "deleted"]: deleted
      });
      if (deleted.length === 0 && !env.radius.dryRun)
        throw new NoEffectError(`0 objects matched "${sel}" in namespace "${ns}"`, out);
      return out;
    }
  )
};
var legacyProbes = {
  all_microservices_healthy: def([["ns", "default"]], async (a, _ctx, env) => {
    const pods = await listPods(env, str(a.ns), void 0);
    const failed = pods.filter((p) => podPhase(p) === "Failed");
    const notReady = pods.filter(
      (p) => podPhase(p) !== "Running" && podPhase(p) !== "Succeeded" && podPhase(p) !== "Failed"
    );
    if (failed.length || notReady.length) throw new ActivityFailed("the system is unhealthy");
    return true;
  }),
  microservice_available_and_healthy: def(
    ["name", ["ns", "default"], ["label_selector", null]],
    // Upstream calls deployment_available_and_healthy without returning its value: None.
    async (a, ctx, env, k) => {
      await deploymentAvailableAndHealthy.run({ ...a, raise_on_unavailable: true }, ctx, env, k);
      return null;
    }
  ),
  microservice_is_not_available: def(
    ["name", ["ns", "default"], ["label_selector", "name in ({name})"]],
    (a, ctx, env, k) => podIsNotAvailable.run({ ...a, raise_on_is_available: true }, ctx, env, k)
  ),
  service_endpoint_is_initialized: def(
    ["name", ["ns", "default"], ["label_selector", "name in ({name})"]],
    async (a, _ctx, env) => {
      const items = (await env.client.list(R.services, str(a.ns), {
        labelSelector: formatName(a.label_selector, a.name)
      })).items;
      if (items.length === 0)
        throw new ActivityFailed(`service '${str(a.name)}' is not initialized`);
      return true;
    }
  ),
  deployment_is_not_fully_available: def(
    ["name", ["ns", "default"], ["label_selector", null], ["timeout", 30]],
    (a, ctx, env, k) => deploymentNotFully.run({ ...a, raise_on_fully_available: true }, ctx, env, k)
  ),
  deployment_is_fully_available: def(
    ["name", ["ns", "default"], ["label_selector", null], ["timeout", 30]],
    (a, ctx, env, k) => deploymentFully.run({ ...a, raise_on_not_fully_available: true }, ctx, env, k)
  )
};

// src/providers/kubernetes/chaosk8s/namespace.ts
var namespaceActions = {
  create_namespace: def(
    [
      ["name", null],
      ["spec_path", null]
    ],
    async (a, ctx, env, k) => {
      const body = opt(a.spec_path) ? await loadSpecFile(str(a.spec_path)) : { apiVersion: "v1", kind: "Namespace", metadata: { name: str(a.name) } };
      if (!body.metadata?.name)
        throw new ActivityFailed("create_namespace needs a name or a spec_path");
      return createObject(k, env, ctx, R.namespaces, void 0, body, "create_namespace");
    }
  ),
  delete_namespace: def(
    ["name"],
    (a, _ctx, env, k) => deleteObject(k, env, R.namespaces, void 0, str(a.name), "delete_namespace")
  )
};
var namespaceProbes = {
  namespace_exists: def(
    ["name"],
    (a, _ctx, env) => exists(env, R.namespaces, void 0, str(a.name))
  )
};

// src/providers/kubernetes/chaosk8s/networking.ts
var DENY_INGRESS = "chaostoolkit-deny-all-ingress";
var DENY_EGRESS = "chaostoolkit-deny-all-egress";
var ALLOW_DNS = "chaostoolkit-allow-dns";
function policy(name, ns, podLabels, spec) {
  const matchLabels = typeof podLabels === "string" ? Object.fromEntries(
    podLabels.split(",").filter(Boolean).map((kv) => kv.split("=", 2))
  ) : podLabels ?? {};
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name, namespace: ns },
    spec: { podSelector: { matchLabels }, ...spec }
  };
}
function fixedPolicy(name, action, spec) {
  return def(
    [
      ["label_selectors", null],
      ["ns", "default"]
    ],
    (a, ctx, env, k) => createObject(
      k,
      env,
      ctx,
      R.networkpolicies,
      str(a.ns),
      policy(name, str(a.ns), a.label_selectors, spec),
      action
    )
  );
}
function removeFixedPolicy(name, action) {
  return def(
    [["ns", "default"]],
    (a, _ctx, env, k) => deleteObject(k, env, R.networkpolicies, str(a.ns), name, action, { missingOk: true })
  );
}
var networkingActions = {
  create_ingress: createFromSpec(R.ingresses, "create_ingress"),
  delete_ingress: deleteIn(R.ingresses, "delete_ingress"),
  update_ingress: def(["name", "spec", ["ns", "default"]], async (a, _ctx, env) => {
    env.radius.checkNamespaces("update_ingress", [str(a.ns)]);
    if (env.radius.dryRun)
      return summary("update_ingress", env, { would_change: `ingresses/${str(a.name)}` });
    return env.client.patch(R.ingresses, str(a.ns), str(a.name), a.spec, "strategic");
  }),
  create_network_policy: def(
    [
      ["spec", null],
      ["spec_path", null],
      ["ns", "default"]
    ],
    async (a, ctx, env, k) => {
      const body = a.spec ? a.spec : opt(a.spec_path) ? await loadSpecFile(str(a.spec_path)) : void 0;
      if (!body) throw new ActivityFailed("create_network_policy needs spec or spec_path");
      return createObject(k, env, ctx, R.networkpolicies, str(a.ns), body, "create_network_policy");
    }
  ),
  remove_network_policy: deleteIn(R.networkpolicies, "remove_network_policy"),
  deny_all_ingress: fixedPolicy(DENY_INGRESS, "deny_all_ingress", {
    policyTypes: ["Ingress"],
    ingress: []
  }),
  remove_deny_all_ingress: removeFixedPolicy(DENY_INGRESS, "remove_deny_all_ingress"),
  deny_all_egress: fixedPolicy(DENY_EGRESS, "deny_all_egress", {
    policyTypes: ["Egress"],
    egress: []
  }),
  remove_deny_all_egress: removeFixedPolicy(DENY_EGRESS, "remove_deny_all_egress"),
  allow_dns_access: fixedPolicy(ALLOW_DNS, "allow_dns_access", {
    policyTypes: ["Egress"],
    egress: [
      {
        ports: [
          { port: 53, protocol: "UDP" },
          { port: 53, protocol: "TCP" }
        ]
      }
    ]
  }),
  remove_allow_dns_access: removeFixedPolicy(ALLOW_DNS, "remove_allow_dns_access")
};
var networkingProbes = {
  ingress_exists: def(
    ["name", ["ns", "default"]],
    (a, _ctx, env) => exists(env, R.ingresses, str(a.ns), str(a.name))
  )
};

// src/providers/kubernetes/chaosk8s/node.ts
async function nodeConditions(env, labelSelector) {
  const nodes = await env.client.list(R.nodes, void 0, { labelSelector: opt(labelSelector) });
  return nodes.items.map((n) => {
    const out = { name: n.metadata?.name ?? "" };
    for (const c of n.status?.conditions ?? [])
      out[c.type] = c.status;
    return out;
  });
}
async function checkPodsOnNodes(env, nodes, action) {
  let count = 0;
  for (const n of nodes) {
    const affected = (await env.client.list(R.pods, void 0, {
      fieldSelector: `spec.nodeName=${n.metadata?.name ?? ""}`
    })).items;
    env.radius.checkNamespaces(action, new Set(affected.map((p) => p.metadata?.namespace ?? "")));
    count += affected.length;
  }
  env.radius.checkPodCount(action, count);
  return count;
}
function cordon(on) {
  return def(
    [
      ["name", null],
      ["label_selector", null]
    ],
    async (a, ctx, env, k) => {
      const nodes = await selectNodes(env, {
        name: opt(a.name),
        labelSelector: opt(a.label_selector)
      });
      const r = await setSchedulable(
        env,
        nodes,
        on,
        (node) => k.rt.trackCordon(ctx, env.client, node)
      );
      if (!on && !env.radius.dryRun)
        for (const n of r.nodes) k.rt.forget(env.client, "cordon", void 0, n.name);
      if (env.radius.dryRun) return r;
      return r.nodes.map((n) => n.name);
    }
  );
}
var nodeActions = {
  delete_nodes: def(
    [
      ["label_selector", null],
      ["all", false],
      ["rand", false],
      ["count", null],
      ["grace_period_seconds", null],
      ["pod_label_selector", null],
      ["pod_namespace", null]
    ],
    async (a, _ctx, env) => {
      const all = pyTruthy(a.all);
      let count = optInt(a.count, "count");
      const first = !all && !pyTruthy(a.rand) && (count === void 0 || count < 1);
      if (pyTruthy(a.rand)) count = 1;
      const nodes = await selectNodes(env, {
        labelSelector: all ? null : opt(a.label_selector),
        podLabelSelector: all ? null : opt(a.pod_label_selector),
        podNamespace: all ? null : opt(a.pod_namespace),
        count: all ? null : count ?? null,
        first
      });
      await checkPodsOnNodes(env, nodes, "delete_nodes");
      const names = nodes.map((n) => n.metadata?.name ?? "");
      if (env.radius.dryRun) return summary("delete_nodes", env, { would_delete: names });
      const deleted = [];
      for (const n of new Set(names)) {
        const grace = optInt(a.grace_period_seconds, "grace_period_seconds");
        await env.client.delete(R.nodes, void 0, n, {
          ...grace !== void 0 ? { gracePeriodSeconds: grace } : {}
        });
        deleted.push(n);
      }
      return deleted;
    }
  ),
  create_node: def(
    [
      ["meta", null],
      ["spec", null]
    ],
    async (a, ctx, env, k) => {
      const body = { apiVersion: "v1", kind: "Node" };
      if (a.meta) body.metadata = a.meta;
      if (a.spec) body.spec = a.spec;
      try {
        return await createObject(k, env, ctx, R.nodes, void 0, body, "create_node");
      } catch (error) {
        if (error instanceof KubeApiError)
          throw new ActivityFailed(`Creating new node failed: ${error.message}`);
        throw error;
      }
    }
  ),
  cordon_node: cordon(true),
  uncordon_node: cordon(false),
  drain_nodes: def(
    [
      ["name", null],
      ["label_selector", null],
      ["delete_pods_with_local_storage", false],
      ["timeout", 120],
      ["count", null],
      ["pod_label_selector", null],
      ["pod_namespace", null]
    ],
    async (a, ctx, env, k) => {
      const nodes = await selectNodes(env, {
        name: opt(a.name),
        labelSelector: opt(a.label_selector),
        count: optInt(a.count, "count") ?? null,
        podLabelSelector: opt(a.pod_label_selector),
        podNamespace: opt(a.pod_namespace)
      });
      const r = await drainNodes(env, nodes, {
        deleteLocalStorage: pyTruthy(a.delete_pods_with_local_storage),
        timeout: int(a.timeout, "timeout"),
        onCordoned: (node) => k.rt.trackCordon(ctx, env.client, node)
      });
      return r.dry_run ? r : r.nodes;
    }
  )
};
var nodeProbes = {
  get_nodes: def(
    [["label_selector", null]],
    async (a, _ctx, env) => env.client.request(
      "list",
      { res: R.nodes },
      { query: { labelSelector: opt(a.label_selector) } }
    ),
    { configuration: true }
  ),
  get_all_node_status_conditions: def(
    [["label_selector", null]],
    (a, _ctx, env) => nodeConditions(env, a.label_selector),
    { configuration: true }
  ),
  all_nodes_must_be_ready_to_schedule: def(
    [["label_selector", null]],
    async (a, _ctx, env) => {
      const nodes = await env.client.list(R.nodes, void 0, {
        labelSelector: opt(a.label_selector)
      });
      return nodes.items.every(
        (n) => n.spec?.unschedulable !== true && (n.status?.conditions ?? []).some(
          (c) => c.type === "Ready" && c.status === "True"
        )
      );
    },
    { configuration: true }
  ),
  verify_nodes_condition: def(
    [
      ["condition_type", "PIDPressure"],
      ["condition_value", "False"],
      ["label_selector", null]
    ],
    async (a, _ctx, env) => (await nodeConditions(env, a.label_selector)).every(
      (n) => n[str(a.condition_type)] === str(a.condition_value)
    ),
    { configuration: true }
  ),
  nodes_must_be_healthy: def(
    [["label_selector", null]],
    async (a, _ctx, env) => (await nodeConditions(env, a.label_selector)).every(
      (n) => n.Ready === "True" && (n.MemoryPressure ?? "False") === "False" && (n.DiskPressure ?? "False") === "False" && (n.PIDPressure ?? "False") === "False" && (n.NetworkUnavailable ?? "False") === "False"
    ),
    { configuration: true }
  )
};

// src/providers/kubernetes/chaosk8s/replicaset.ts
var replicasetActions = {
  delete_replica_set: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.replicasets, a, "delete_replica_set")
  )
};

// src/providers/kubernetes/chaosk8s/secret.ts
var secretActions = {
  create_secret: createFromSpec(R.secrets, "create_secret"),
  delete_secret: deleteIn(R.secrets, "delete_secret")
};
var secretProbes = {
  secret_exists: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    async (a, _ctx, env) => {
      if (opt(a.name)) return exists(env, R.secrets, str(a.ns), str(a.name));
      return (await env.client.list(R.secrets, str(a.ns), { labelSelector: opt(a.label_selector) })).items.length > 0;
    }
  )
};

// src/providers/kubernetes/chaosk8s/service.ts
var serviceActions = {
  create_service_endpoint: createFromSpec(R.services, "create_service_endpoint"),
  delete_service: def(
    ["name", ["ns", "default"]],
    (a, _ctx, env, k) => deleteObject(k, env, R.services, str(a.ns), str(a.name), "delete_service")
  )
};
var serviceProbes = {
  service_is_initialized: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null],
      ["raise_if_service_not_initialized", true]
    ],
    async (a, _ctx, env) => {
      const items = (await env.client.list(R.services, str(a.ns), {
        ...opt(a.name) ? { fieldSelector: `metadata.name=${str(a.name)}` } : {},
        labelSelector: opt(a.label_selector)
      })).items;
      return verdict(
        items.length > 0,
        a.raise_if_service_not_initialized,
        `service '${opt(a.name) ?? str(a.label_selector)}' is not initialized`,
        env
      );
    }
  )
};

// src/providers/kubernetes/chaosk8s/statefulset.ts
var readiness2 = readinessProbes("StatefulSet", "statefulset");
var statefulsetActions = {
  create_statefulset: createFromSpec(R.statefulsets, "create_statefulset"),
  scale_statefulset: scale("StatefulSet", "scale_statefulset"),
  remove_statefulset: def(
    [
      ["name", null],
      ["ns", "default"],
      ["label_selector", null]
    ],
    (a, _ctx, env, k) => deleteByNameOrSelector(k, env, R.statefulsets, a, "remove_statefulset")
  )
};
var statefulsetProbes = {
  statefulset_not_fully_available: readiness2.notFully,
  statefulset_fully_available: readiness2.fully
};

// src/providers/kubernetes/chaosk8s/index.ts
var CHAOSK8S_MODULES = {
  "chaosk8s.pod.actions": podActions,
  "chaosk8s.pod.probes": podProbes,
  "chaosk8s.deployment.actions": deploymentActions,
  "chaosk8s.deployment.probes": deploymentProbes,
  "chaosk8s.statefulset.actions": statefulsetActions,
  "chaosk8s.statefulset.probes": statefulsetProbes,
  "chaosk8s.daemonset.actions": daemonsetActions,
  "chaosk8s.daemonset.probes": daemonsetProbes,
  "chaosk8s.replicaset.actions": replicasetActions,
  "chaosk8s.node.actions": nodeActions,
  "chaosk8s.node.probes": nodeProbes,
  "chaosk8s.service.actions": serviceActions,
  "chaosk8s.service.probes": serviceProbes,
  "chaosk8s.namespace.actions": namespaceActions,
  "chaosk8s.namespace.probes": namespaceProbes,
  "chaosk8s.event.probes": eventProbes,
  "chaosk8s.crd.actions": crdActions,
  "chaosk8s.crd.probes": crdProbes,
  "chaosk8s.chaosmesh.network.actions": chaosmeshNetworkActions,
  "chaosk8s.chaosmesh.network.probes": chaosmeshNetworkProbes,
  "chaosk8s.chaosmesh.stress.actions": chaosmeshStressActions,
  "chaosk8s.chaosmesh.stress.probes": chaosmeshStressProbes,
  "chaosk8s.networking.actions": networkingActions,
  "chaosk8s.networking.probes": networkingProbes,
  "chaosk8s.secret.actions": secretActions,
  "chaosk8s.secret.probes": secretProbes,
  "chaosk8s.actions": legacyActions,
  "chaosk8s.probes": legacyProbes
};
function bind(f, k) {
  return {
    params: f.params,
    takesSecrets: true,
    ...f.takesConfiguration ? { takesConfiguration: true } : {},
    ...f.unsupported ? { unsupported: f.unsupported } : {},
    run: (args, ctx) => {
      const secrets = args.secrets ?? void 0;
      const a = { ...args };
      delete a.secrets;
      delete a.configuration;
      return f.run(a, ctx, k.rt.env(ctx, secrets), k);
    }
  };
}
function chaosk8sModules(rt) {
  const k = { rt, discovery: /* @__PURE__ */ new Map() };
  return Object.fromEntries(
    Object.entries(CHAOSK8S_MODULES).map(([module, table]) => [
      module,
      Object.fromEntries(Object.entries(table).map(([name, f]) => [name, bind(f, k)]))
    ])
  );
}
function supportedChaosk8s(modules) {
  const out = [];
  for (const [m, fns] of Object.entries(modules))
    for (const [f, def2] of Object.entries(fns)) if (!def2.unsupported) out.push(`${m}.${f}`);
  return out.sort();
}

// src/providers/kubernetes/traffic.ts
import { isDeepStrictEqual } from "node:util";
var HTTPROUTES = {
  group: "gateway.networking.k8s.io",
  version: "v1",
  plural: "httproutes",
  namespaced: true
};
var TRAFFICSPLITS = {
  group: "split.smi-spec.io",
  version: "v1alpha4",
  plural: "trafficsplits",
  namespaced: true
};
var KINDS = {
  HTTPRoute: {
    res: HTTPROUTES,
    key: "route",
    units: (o) => rulesOf(o).map((r, index) => ({ index, refs: r.backendRefs ?? [] })),
    path: (i) => `/spec/rules/${i}/backendRefs`,
    refName: (r) => String(r.name),
    // Defaults written out (group, kind) so what we store equals what the server keeps.
    errorRef: (name, port, weight) => ({ group: "", kind: "Service", name, port, weight }),
    sends: (o, service) => rulesOf(o).some((rule) => (rule.backendRefs ?? []).some((b) => refersTo(b, service, o)))
  },
  TrafficSplit: {
    res: TRAFFICSPLITS,
    key: "trafficSplit",
    units: (o) => [{ index: 0, refs: o.spec?.backends ?? [] }],
    path: () => "/spec/backends",
    refName: (r) => String(r.service),
    errorRef: (service, _port, weight) => ({ service, weight }),
    sends: (o, service) => o.spec?.service === service || (o.spec?.backends ?? []).some((b) => b.service === service)
  }
};
var TRAFFIC_SHIFT_KIND = "traffic-shift";
var ANNOTATION = "chaos-action.io/traffic-shift";
var FAULT_LABEL = "chaos-action.io/fault";
var MAX_WEIGHT = 1e6;
var DEFAULT_ERROR_IMAGE = "nginx:1.27-alpine";
var ERROR_PORT = 8080;
function checkShiftTraffic(s) {
  const issues = [];
  const literal = (v) => !(typeof v === "string" && v.includes("${"));
  const restore = s.restore === true;
  const named = ["route", "trafficSplit", "service"].filter((k) => s[k] !== void 0);
  if (named.length === 0)
    issues.push({
      key: "route",
      message: `shift-traffic needs 'route' (an HTTPRoute), 'trafficSplit' (an SMI TrafficSplit) or 'service' (a Service one of them sends traffic to)`
    });
  if (s.route !== void 0 && s.trafficSplit !== void 0)
    issues.push({ key: "trafficSplit", message: "give either 'route' or 'trafficSplit', not both" });
  if (!restore) {
    if (s.percentage === void 0 || s.percentage === null || s.percentage === "")
      issues.push({ key: "percentage", message: `shift-traffic needs 'percentage' (0-100)` });
    else if (literal(s.percentage)) {
      const p = Number(s.percentage);
      if (typeof s.percentage === "boolean" || !Number.isFinite(p) || p < 0 || p > 100)
        issues.push({
          key: "percentage",
          message: `'percentage' must be a number from 0 to 100, got ${JSON.stringify(s.percentage)}`
        });
    }
  }
  if (s.status !== void 0 && literal(s.status)) {
    const st = Number(s.status);
    if (!Number.isInteger(st) || st < 100 || st > 599)
      issues.push({
        key: "status",
        message: `'status' must be an HTTP status code (100-599), got ${JSON.stringify(s.status)}`
      });
  }
  if (s.rule !== void 0 && literal(s.rule) && !(Number.isInteger(Number(s.rule)) && Number(s.rule) >= 0))
    issues.push({ key: "rule", message: `'rule' must be a rule index (0, 1, ...)` });
  return issues;
}
function shiftWeights(weights, percentage) {
  const total = weights.reduce((a, b) => a + b, 0);
  const p = Math.round(percentage * 100);
  let all = [...weights.map((w) => w * (1e4 - p)), p * total];
  const g = all.reduce((a, b) => gcd(a, b), 0);
  if (g > 0) all = all.map((w) => w / g);
  const sum = all.reduce((a, b) => a + b, 0);
  if (sum > 0 && sum < 100 && 100 % sum === 0) all = all.map((w) => w * 100 / sum);
  const max = Math.max(...all);
  if (max > MAX_WEIGHT) {
    const f = MAX_WEIGHT / max;
    all = all.map((w) => {
      const r = Math.round(w * f);
      return r === 0 && w > 0 ? 1 : r;
    });
  }
  return { kept: all.slice(0, -1), error: all[all.length - 1] };
}
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
var weightOf = (r) => typeof r.weight === "number" ? r.weight : 1;
var isService = (r) => (r.group ?? "") === "" && (r.kind ?? "Service") === "Service";
var refersTo = (r, service, route) => isService(r) && r.name === service && (r.namespace ?? route.metadata?.namespace) === route.metadata?.namespace;
var refName = (r) => String(r.name ?? r.service);
function weightMap(refs) {
  const names = refs.map(refName);
  const out = {};
  refs.forEach((r, i) => {
    const dup = names.indexOf(names[i]) !== names.lastIndexOf(names[i]);
    out[dup ? `${names[i]}:${r.port ?? ""}` : names[i]] = weightOf(r);
  });
  return out;
}
function rulesOf(route) {
  const rules = route.spec?.rules;
  return Array.isArray(rules) ? rules : [];
}
var esc = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
function readRecord(o) {
  const raw = o.metadata?.annotations?.[ANNOTATION];
  if (raw === void 0) return void 0;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ActivityFailed(
      `${o.kind ?? "object"} ${o.metadata?.namespace}/${o.metadata?.name} has an unreadable ${ANNOTATION} annotation; restore its backends by hand and remove the annotation`
    );
  }
}
var kindOf = (o) => o.kind === "TrafficSplit" ? "TrafficSplit" : "HTTPRoute";
var label = (o) => `${kindOf(o)} ${o.metadata?.namespace}/${o.metadata?.name}`;
async function listKind(env, kind, namespace) {
  try {
    const items = (await env.client.list(KINDS[kind].res, namespace)).items;
    return items.map((o) => ({ ...o, kind }));
  } catch (error) {
    if (isNotFound(error)) return [];
    throw error;
  }
}
function serviceName(base) {
  const suffix = "-chaos-errors";
  return `${base.slice(0, 63 - suffix.length).replace(/-+$/, "")}${suffix}`;
}
function errorBackendManifests(o) {
  const labels = {
    "app.kubernetes.io/name": o.name,
    "app.kubernetes.io/managed-by": "chaos-action",
    [RUN_ID_LABEL]: labelValue(o.runId),
    [FAULT_LABEL]: "faulty-traffic"
  };
  const select = { "app.kubernetes.io/name": o.name, [RUN_ID_LABEL]: labelValue(o.runId) };
  const conf = `server { listen ${ERROR_PORT}; location / { return ${o.status} 'injected by chaos-action\\n'; } }`;
  return {
    deployment: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: o.name, namespace: o.namespace, labels },
      spec: {
        replicas: 1,
        selector: { matchLabels: select },
        template: {
          metadata: { labels },
          spec: {
            containers: [
              {
                name: "errors",
                image: o.image,
                command: ["sh", "-c"],
                args: [
                  `printf '%s\\n' "${conf}" > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'`
                ],
                ports: [{ containerPort: ERROR_PORT, name: "http" }],
                readinessProbe: { tcpSocket: { port: ERROR_PORT } }
              }
            ]
          }
        }
      }
    },
    service: {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: o.name, namespace: o.namespace, labels },
      spec: {
        selector: select,
        ports: o.ports.map((port) => ({
          name: `p${port}`,
          port,
          targetPort: ERROR_PORT,
          protocol: "TCP"
        }))
      }
    }
  };
}
var tracking = /* @__PURE__ */ new WeakMap();
function trackingOf(rt) {
  let m = tracking.get(rt);
  if (!m) tracking.set(rt, m = /* @__PURE__ */ new Map());
  return m;
}
var targetId = (client, kind, ns, name) => `${client.server}|${kind}|${ns}|${name}`;
async function findTargets(env, o, match) {
  for (const kind of ["HTTPRoute", "TrafficSplit"]) {
    const name = o[KINDS[kind].key];
    if (name === void 0) continue;
    const found = await env.client.getOrNull(KINDS[kind].res, o.namespace, name);
    if (!found)
      throw new ActivityFailed(
        `${kind} "${name}" not found in namespace "${o.namespace}" (are the ${kind === "HTTPRoute" ? "Gateway API" : "SMI"} CRDs installed?)`
      );
    return [{ ...found, kind }];
  }
  const service = o.service ?? "";
  return [
    ...await listKind(env, "HTTPRoute", o.namespace),
    ...await listKind(env, "TrafficSplit", o.namespace)
  ].filter((t) => match(t, service));
}
async function shiftTraffic(env, ctx, rt, o) {
  env.radius.checkNamespaces("shift-traffic", [o.namespace]);
  const targets = await findTargets(env, o, (t, service) => KINDS[kindOf(t)].sends(t, service));
  if (targets.length === 0)
    throw new ActivityFailed(
      `no HTTPRoute or TrafficSplit in namespace "${o.namespace}" sends traffic to Service "${o.service}"`
    );
  if (targets.length > 1)
    throw new ActivityFailed(
      `${targets.length} HTTPRoutes/TrafficSplits in namespace "${o.namespace}" send traffic to Service "${o.service}" (${targets.map(label).join(", ")}); name one with 'route' or 'trafficSplit'`
    );
  const target = targets[0];
  const kind = kindOf(target);
  const K = KINDS[kind];
  const name = target.metadata.name;
  const existing = readRecord(target);
  if (existing)
    throw new ActivityFailed(
      `${label(target)} is already shifted (run ${existing.runId}, ${existing.percentage} % to ${existing.backend}); restore it first`
    );
  const units = K.units(target);
  const picked = units.filter(({ index, refs }) => {
    if (o.rule !== void 0 && index !== o.rule) return false;
    if (refs.length === 0 || refs.reduce((a, r) => a + weightOf(r), 0) === 0) return false;
    return o.service === void 0 || kind === "TrafficSplit" || refs.some((b) => refersTo(b, o.service, target));
  });
  if (picked.length === 0)
    throw new ActivityFailed(
      o.rule !== void 0 && o.rule >= units.length ? `${label(target)} has ${units.length} rule(s); there is no rule ${o.rule}` : `${label(target)} has no weighted backends${o.service && kind === "HTTPRoute" ? ` to Service "${o.service}"` : ""} to shift`
    );
  const backend = o.backend ?? serviceName(name);
  const existingSvc = await env.client.getOrNull(R.services, o.namespace, backend);
  const apex = kind === "TrafficSplit" ? await env.client.getOrNull(R.services, o.namespace, String(target.spec?.service)) : null;
  const ports = kind === "TrafficSplit" ? (apex?.spec?.ports ?? [{ port: 80 }]).map((p) => p.port) : [
    ...new Set(
      picked.map(({ refs }) => refs.find((r) => typeof r.port === "number")?.port ?? 80)
    )
  ];
  const svcPorts = existingSvc?.spec?.ports ?? [];
  const portFor = (want) => !existingSvc || svcPorts.some((p) => p.port === want) ? want : svcPorts[0]?.port ?? want;
  const shifts = picked.map(({ index, refs }) => {
    const { kept, error } = shiftWeights(refs.map(weightOf), o.percentage);
    const port = portFor(refs.find((r) => typeof r.port === "number")?.port ?? ports[0] ?? 80);
    return {
      index,
      original: refs,
      applied: [
        ...refs.map((r, i) => ({ ...r, weight: kept[i] })),
        K.errorRef(backend, port, error)
      ]
    };
  });
  const record = {
    runId: ctx.runId,
    backend,
    percentage: o.percentage,
    created: existingSvc ? null : backend,
    annotationsCreated: target.metadata?.annotations === void 0,
    rules: shifts
  };
  const output = {
    action: "shift-traffic",
    dry_run: env.radius.dryRun,
    namespace: o.namespace,
    kind,
    [kind === "HTTPRoute" ? "route" : "traffic_split"]: name,
    backend,
    backend_created: !existingSvc,
    percentage: o.percentage,
    rules: shifts.map((s) => s.index),
    original_weights: Object.fromEntries(shifts.map((s) => [s.index, weightMap(s.original)])),
    new_weights: Object.fromEntries(shifts.map((s) => [s.index, weightMap(s.applied)])),
    message: ""
  };
  const what = `${o.percentage} % of ${label(target)} to ${backend}`;
  if (env.radius.dryRun) return { ...output, message: `dry run: would shift ${what}` };
  const data = {
    kind: TRAFFIC_SHIFT_KIND,
    server: env.client.server,
    namespace: o.namespace,
    target: kind,
    name,
    record
  };
  const id = targetId(env.client, kind, o.namespace, name);
  const client = env.client;
  if (!ctx.inRollback) {
    trackingOf(rt).get(id)?.();
    const untrack = ctx.resources.track({
      provider: "kubernetes",
      kind: TRAFFIC_SHIFT_KIND,
      description: `${what} (${kind} weights)`,
      data,
      undo: async (signal) => {
        await undoShift(client, data, signal);
        trackingOf(rt).delete(id);
      }
    });
    trackingOf(rt).set(id, untrack);
  }
  if (!existingSvc) {
    const m = errorBackendManifests({
      name: backend,
      namespace: o.namespace,
      runId: ctx.runId,
      image: o.image,
      status: o.status,
      ports
    });
    await env.client.create(R.deployments, o.namespace, m.deployment);
    await env.client.create(R.services, o.namespace, m.service);
    if (o.readyTimeout > 0) {
      const ready = await waitWorkloadComplete(
        env,
        "Deployment",
        o.namespace,
        backend,
        o.readyTimeout
      );
      if (ready.seconds === null)
        throw new ActivityFailed(
          `the error backend Deployment ${o.namespace}/${backend} was not ready within ${o.readyTimeout}s (image ${o.image}); traffic was not shifted`
        );
    }
  }
  const ops = [];
  if (record.annotationsCreated) ops.push({ op: "add", path: "/metadata/annotations", value: {} });
  ops.push({
    op: "add",
    path: `/metadata/annotations/${esc(ANNOTATION)}`,
    value: JSON.stringify(record)
  });
  for (const s of shifts) {
    const path = K.path(s.index);
    ops.push({ op: "test", path, value: s.original }, { op: "replace", path, value: s.applied });
  }
  await env.client.patch(K.res, o.namespace, name, ops, "json");
  env.logger.info(`shifted ${what}`);
  return { ...output, message: `shifted ${what}` };
}
async function undoShift(client, data, signal) {
  const { namespace, name } = data;
  const K = KINDS[data.target];
  const opts = signal ? { signal } : {};
  let target = null;
  try {
    target = await client.request("get", { res: K.res, namespace, name }, opts);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  const restored = [];
  const changed = [];
  const record = (target ? readRecord(target) : void 0) ?? data.record;
  if (target) {
    const units = K.units(target);
    const ops = [];
    for (const s of record.rules) {
      const current = units.find((u) => u.index === s.index)?.refs;
      const path = K.path(s.index);
      if (current === void 0) continue;
      if (isDeepStrictEqual(current, s.applied)) {
        ops.push({ op: "test", path, value: current }, { op: "replace", path, value: s.original });
        restored.push(s.index);
      } else {
        const without = current.filter((b) => K.refName(b) !== record.backend);
        changed.push(s.index);
        if (without.length !== current.length && without.length > 0)
          ops.push({ op: "test", path, value: current }, { op: "replace", path, value: without });
      }
    }
    const annotations = target.metadata?.annotations ?? {};
    if (annotations[ANNOTATION] !== void 0) {
      const onlyOurs = Object.keys(annotations).length === 1 && record.annotationsCreated;
      ops.push(
        onlyOurs ? { op: "remove", path: "/metadata/annotations" } : { op: "remove", path: `/metadata/annotations/${esc(ANNOTATION)}` }
      );
    }
    if (ops.length > 0)
      await client.request(
        "patch",
        { res: K.res, namespace, name },
        { body: ops, patch: "json", ...opts }
      );
  }
  if (record.created) {
    for (const res of [R.services, R.deployments])
      try {
        await client.request("delete", { res, namespace, name: record.created }, opts);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
  }
  return { restored, changed, found: target !== null, deleted: record.created };
}
async function restoreTraffic(env, rt, o) {
  env.radius.checkNamespaces("shift-traffic restore", [o.namespace]);
  const shifted = (await findTargets(
    env,
    o,
    (t, service) => t.spec?.service === service || (readRecord(t)?.rules.some(
      (x) => x.original.some((b) => KINDS[kindOf(t)].refName(b) === service && isService(b))
    ) ?? false)
  )).filter((t) => readRecord(t) !== void 0);
  const results = [];
  for (const target of shifted) {
    const kind = kindOf(target);
    const name = target.metadata.name;
    const record = readRecord(target);
    const units = KINDS[kind].units(target);
    const weightsBefore = Object.fromEntries(
      record.rules.map((s) => [
        s.index,
        weightMap(units.find((u) => u.index === s.index)?.refs ?? [])
      ])
    );
    if (env.radius.dryRun) {
      results.push({ kind, name, weights_before: weightsBefore });
      continue;
    }
    const data = {
      kind: TRAFFIC_SHIFT_KIND,
      server: env.client.server,
      namespace: o.namespace,
      target: kind,
      name,
      record
    };
    const r = await undoShift(env.client, data, env.signal);
    const id = targetId(env.client, kind, o.namespace, name);
    trackingOf(rt).get(id)?.();
    trackingOf(rt).delete(id);
    if (r.changed.length > 0)
      env.logger.warning(
        `${label(target)}: backends ${kind === "HTTPRoute" ? `of rule(s) ${r.changed.join(", ")} ` : ""}were changed after the shift; left as changed (minus the error backend) instead of restoring the originals`
      );
    results.push({
      kind,
      name,
      restored_rules: r.restored,
      changed_rules: r.changed,
      weights_before: weightsBefore,
      restored_weights: Object.fromEntries(
        record.rules.map((s) => [s.index, weightMap(s.original)])
      ),
      backend_deleted: r.deleted
    });
  }
  const names = results.map((r) => `${r.kind} ${r.name}`);
  return {
    action: "shift-traffic",
    restore: true,
    dry_run: env.radius.dryRun,
    namespace: o.namespace,
    restored: results,
    message: names.length === 0 ? `nothing shifted found in namespace "${o.namespace}"; nothing to restore` : `${env.radius.dryRun ? "dry run: would restore" : "restored"} ${names.join(", ")} in ${o.namespace}`
  };
}
async function cleanupTrafficShift(rt, data, signal) {
  const d = data;
  const client = rt.client();
  if (client.server !== d.server)
    throw new Error(
      `traffic shift on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
    );
  try {
    await undoShift(client, d, signal);
  } catch (error) {
    throw new Error(`restoring ${d.target} ${d.namespace}/${d.name} failed: ${errorMessage(error)}`);
  }
}
async function cleanupTrafficForRun(client, runId, o) {
  const scopes = o.namespaces?.length ? [...new Set(o.namespaces)] : [void 0];
  const opts = { signal: o.signal };
  const done = [];
  for (const kind of ["HTTPRoute", "TrafficSplit"]) {
    for (const ns of scopes) {
      let items;
      try {
        items = (await client.request("list", { res: KINDS[kind].res, namespace: ns }, opts)).items;
      } catch (error) {
        if (isNotFound(error)) break;
        throw error;
      }
      for (const item of items) {
        const record = ownRecord(item, runId);
        if (!record) continue;
        const namespace = item.metadata?.namespace ?? ns ?? "default";
        const name = item.metadata?.name ?? "";
        const data = {
          kind: TRAFFIC_SHIFT_KIND,
          server: client.server,
          namespace,
          target: kind,
          name,
          record
        };
        await undoShift(client, data, o.signal);
        done.push(`${kind} ${namespace}/${name} restored`);
      }
    }
  }
  const labelSelector = `${RUN_ID_LABEL}=${labelValue(runId)},${FAULT_LABEL}=faulty-traffic`;
  for (const res of [R.services, R.deployments])
    for (const ns of scopes) {
      const { items } = await client.request(
        "list",
        { res, namespace: ns },
        { query: { labelSelector }, ...opts }
      );
      for (const item of items) {
        const namespace = item.metadata?.namespace ?? ns ?? "default";
        const name = item.metadata?.name ?? "";
        try {
          await client.request("delete", { res, namespace, name }, opts);
          done.push(`${res.plural} ${namespace}/${name}`);
        } catch (error) {
          if (!isNotFound(error)) throw error;
        }
      }
    }
  return done;
}
function ownRecord(o, runId) {
  try {
    const record = readRecord(o);
    return record?.runId === runId ? record : void 0;
  } catch {
    return void 0;
  }
}

// src/providers/kubernetes/native.ts
var COMMON = ["dryRun", "secrets"];
var RECOVERIES = "kubernetes:recoveries";
function remember(ctx, r) {
  ctx.state.set(RECOVERIES, [...ctx.state.get(RECOVERIES) ?? [], r]);
}
function num(s, key, fallback) {
  const v = s[key];
  if (v === void 0 || v === null) return fallback;
  const n = typeof v === "string" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new ActivityFailed(`'${key}' must be a number, got ${JSON.stringify(v)}`);
  return n;
}
function text(s, key) {
  const v = s[key];
  if (typeof v !== "string" || v === "") throw new ActivityFailed(`'${key}' is required`);
  return v;
}
function nodeSelection(s) {
  if (s.node === void 0 && s.selector === void 0)
    throw new ActivityFailed("give 'node' (a node name) or 'selector' (node labels)");
  return {
    name: typeof s.node === "string" ? s.node : void 0,
    labelSelector: toLabelSelector(s.selector)
  };
}
var DELETABLE = {
  deployment: R.deployments,
  statefulset: R.statefulsets,
  daemonset: R.daemonsets,
  replicaset: R.replicasets,
  pod: R.pods,
  service: R.services
};
var ACTIONS = {
  "kill-pods": {
    required: ["namespace"],
    optional: [
      "selector",
      "name",
      "count",
      "percent",
      "all",
      "pick",
      "gracePeriod",
      "recoveryTimeout"
    ],
    namespaced: true,
    run: async (s, env, ctx, rt) => {
      const pick = String(s.pick ?? "random");
      if (!["random", "first", "oldest"].includes(pick))
        throw new ActivityFailed(`'pick' must be random, first or oldest, got '${pick}'`);
      const r = await killPods(env, {
        namespace: text(s, "namespace"),
        labelSelector: toLabelSelector(s.selector),
        name_pattern: typeof s.name === "string" ? s.name : void 0,
        all: s.all === true,
        mode: s.percent !== void 0 ? "percentage" : "fixed",
        qty: s.percent !== void 0 ? num(s, "percent", 0) : num(s, "count", 1),
        rand: pick === "random",
        order: pick === "oldest" ? "oldest" : "alphabetic",
        gracePeriod: s.gracePeriod === void 0 ? void 0 : num(s, "gracePeriod", 0),
        recoveryTimeout: num(s, "recoveryTimeout", rt.options.recoveryTimeout ?? 60),
        skipTerminating: true
      });
      const evidence = {
        pods_killed: r.dry_run ? 0 : r.pods.length,
        pods: r.pods.map((p) => p.name),
        replacements: r.workloads.flatMap((w) => w.replacement_pods)
      };
      if (r.pods.length === 0)
        throw new NoEffectError(
          `0 running pods matched${r.selector ? ` selector "${r.selector}"` : ""}${typeof s.name === "string" ? ` and name /${s.name}/` : ""} in namespace "${r.namespace}"`,
          { ...r, evidence }
        );
      if (!r.dry_run && r.recovered !== null)
        remember(ctx, {
          action: "kill-pods",
          recovered: r.recovered,
          recovery_seconds: r.recovery_seconds,
          workloads: r.workloads.map((w) => w.workload)
        });
      return { ...r, evidence };
    }
  },
  scale: {
    required: ["name", "namespace", "replicas"],
    optional: ["kind", "timeout"],
    namespaced: true,
    run: (s, env) => scaleWorkload(env, {
      kind: workloadKind(s.kind),
      name: text(s, "name"),
      namespace: text(s, "namespace"),
      replicas: num(s, "replicas", -1),
      timeout: num(s, "timeout", 60)
    })
  },
  "rollout-restart": {
    required: ["name", "namespace"],
    optional: ["kind", "timeout"],
    namespaced: true,
    run: (s, env) => rolloutRestart(env, {
      kind: workloadKind(s.kind),
      name: text(s, "name"),
      namespace: text(s, "namespace"),
      timeout: num(s, "timeout", 120)
    })
  },
  cordon: {
    required: [],
    optional: ["node", "selector"],
    namespaced: false,
    run: async (s, env, ctx, rt) => setSchedulable(
      env,
      await selectNodes(env, nodeSelection(s)),
      true,
      (n) => rt.trackCordon(ctx, env.client, n)
    )
  },
  uncordon: {
    required: [],
    optional: ["node", "selector"],
    namespaced: false,
    run: async (s, env, _ctx, rt) => {
      const r = await setSchedulable(env, await selectNodes(env, nodeSelection(s)), false);
      if (!r.dry_run) for (const n of r.nodes) rt.forget(env.client, "cordon", void 0, n.name);
      return r;
    }
  },
  drain: {
    required: [],
    optional: ["node", "selector", "timeout", "deleteLocalStorage"],
    namespaced: false,
    run: async (s, env, ctx, rt) => drainNodes(env, await selectNodes(env, nodeSelection(s)), {
      deleteLocalStorage: s.deleteLocalStorage === true,
      timeout: num(s, "timeout", 120),
      onCordoned: (n) => rt.trackCordon(ctx, env.client, n)
    })
  },
  "shift-traffic": {
    required: ["namespace"],
    optional: [
      "route",
      "trafficSplit",
      "service",
      "backend",
      "percentage",
      "status",
      "image",
      "rule",
      "readyTimeout",
      "restore"
    ],
    namespaced: true,
    check: checkShiftTraffic,
    run: (s, env, ctx, rt) => {
      const opt2 = (k) => s[k] === void 0 || s[k] === null ? void 0 : text(s, k);
      const where = {
        namespace: text(s, "namespace"),
        route: opt2("route"),
        trafficSplit: opt2("trafficSplit"),
        service: opt2("service")
      };
      if (!where.route && !where.trafficSplit && !where.service)
        throw new ActivityFailed("shift-traffic needs 'route', 'trafficSplit' or 'service'");
      if (s.restore === true) return restoreTraffic(env, rt, where);
      const percentage = num(s, "percentage", NaN);
      if (!(percentage >= 0 && percentage <= 100))
        throw new ActivityFailed(`'percentage' must be from 0 to 100, got ${String(s.percentage)}`);
      const status = num(s, "status", 503);
      if (!Number.isInteger(status) || status < 100 || status > 599)
        throw new ActivityFailed(`'status' must be an HTTP status code, got ${String(s.status)}`);
      return shiftTraffic(env, ctx, rt, {
        ...where,
        backend: opt2("backend"),
        percentage,
        rule: s.rule === void 0 ? void 0 : num(s, "rule", 0),
        status,
        image: opt2("image") ?? DEFAULT_ERROR_IMAGE,
        readyTimeout: num(s, "readyTimeout", 60)
      });
    }
  },
  delete: {
    required: ["name", "namespace"],
    optional: ["kind"],
    namespaced: true,
    run: async (s, env) => {
      const kind = String(s.kind ?? "Deployment");
      const res = DELETABLE[kind.toLowerCase()];
      if (!res)
        throw new ActivityFailed(
          `'kind' must be one of Deployment, StatefulSet, DaemonSet, ReplicaSet, Pod, Service; got '${kind}'`
        );
      const namespace = text(s, "namespace");
      const name = text(s, "name");
      env.radius.checkNamespaces("delete", [namespace]);
      const current = await env.client.get(res, namespace, name);
      if (res !== R.pods && res !== R.services) {
        const k = workloadKind(kind);
        env.radius.checkPodCount(
          "delete",
          workloadStatus(k, current).desired,
          `pods (${kind} replicas)`
        );
      }
      if (!env.radius.dryRun) await env.client.delete(res, namespace, name);
      return {
        action: "delete",
        dry_run: env.radius.dryRun,
        kind,
        name,
        namespace,
        message: `${env.radius.dryRun ? "dry run: would delete" : "deleted"} ${kind}/${name} in ${namespace}`
      };
    }
  }
};
var PROBES = {
  "workload-ready": {
    required: ["name", "namespace"],
    optional: ["kind", "timeout"],
    namespaced: false,
    run: async (s, env) => {
      const kind = workloadKind(s.kind);
      const namespace = text(s, "namespace");
      const name = text(s, "name");
      const timeout = num(s, "timeout", 0);
      if (timeout <= 0) {
        const o = await env.client.get(WORKLOAD_RESOURCES[kind], namespace, name);
        const st = workloadStatus(kind, o);
        env.logger.debug(
          `${kind}/${name}: ${st.ready}/${st.desired} ready, ${st.available} available`
        );
        return st.complete;
      }
      const r = await waitWorkloadComplete(env, kind, namespace, name, timeout);
      if (r.object) {
        const st = workloadStatus(kind, r.object);
        env.logger.debug(
          `${kind}/${name}: ${st.ready}/${st.desired} ready after ${r.seconds ?? timeout}s`
        );
      }
      return r.seconds !== null;
    }
  },
  "pods-ready": {
    required: ["namespace"],
    optional: ["selector", "min"],
    namespaced: false,
    run: async (s, env) => {
      const pods = (await env.client.list(R.pods, text(s, "namespace"), {
        labelSelector: toLabelSelector(s.selector)
      })).items.filter((p) => !isTerminating(p));
      return pods.length >= num(s, "min", 1) && pods.every(podReady);
    }
  },
  "pod-count": {
    required: ["namespace"],
    optional: ["selector", "phase", "ready"],
    namespaced: false,
    run: async (s, env) => {
      let pods = (await env.client.list(R.pods, text(s, "namespace"), {
        labelSelector: toLabelSelector(s.selector)
      })).items;
      if (typeof s.phase === "string") pods = pods.filter((p) => p.status?.phase === s.phase);
      if (typeof s.ready === "boolean") pods = pods.filter((p) => podReady(p) === s.ready);
      return pods.length;
    }
  },
  recovery: {
    required: [],
    optional: [],
    namespaced: false,
    run: async (_s, _env, ctx) => {
      const list2 = ctx.state.get(RECOVERIES) ?? [];
      const recovered = list2.length === 0 ? null : list2.every((r) => r.recovered === true);
      return {
        faults: list2.length,
        recovered,
        recovery_seconds: recovered ? Math.max(...list2.map((r) => r.recovery_seconds ?? 0)) : null,
        workloads: [...new Set(list2.flatMap((r) => r.workloads))]
      };
    }
  },
  "node-ready": {
    required: [],
    optional: ["node", "selector"],
    namespaced: false,
    run: async (s, env) => {
      const nodes = await selectNodes(env, nodeSelection(s));
      return nodes.every(
        (n) => n.spec?.unschedulable !== true && (n.status?.conditions ?? []).some(
          (c) => c.type === "Ready" && c.status === "True"
        )
      );
    }
  }
};
function flatten(spec) {
  const args = spec.arguments !== null && typeof spec.arguments === "object" && !Array.isArray(spec.arguments) ? spec.arguments : {};
  const out = { ...args };
  for (const [k, v] of Object.entries(spec)) if (k !== "arguments" && k !== "type") out[k] = v;
  return out;
}
function formOf(s) {
  if (typeof s.action === "string")
    return { kind: "action", name: s.action, def: ACTIONS[s.action] };
  if (typeof s.probe === "string") return { kind: "probe", name: s.probe, def: PROBES[s.probe] };
  return void 0;
}
function withPreviewSummary(output, namespace) {
  if (output === null || typeof output !== "object" || Array.isArray(output)) return output;
  const o = output;
  if (typeof o.summary === "string") return o;
  const ns = typeof o.namespace === "string" && o.namespace ? o.namespace : namespace;
  const where = typeof ns === "string" && ns ? ` in ${ns}` : "";
  if (typeof o.message === "string") {
    const what2 = o.message.replace(/^dry run:\s*(would\s+)?/i, "");
    const colon = what2.indexOf(": ");
    const summary2 = what2.includes(where) ? what2 : colon < 0 ? `${what2}${where}` : `${what2.slice(0, colon)}${where}${what2.slice(colon)}`;
    return { ...o, summary: summary2 };
  }
  const would = Object.entries(o).filter(([k]) => k.startsWith("would_"));
  if (would.length === 0) return o;
  const what = would.map(([k, v]) => `${k.slice(6)} ${Array.isArray(v) ? v.join(", ") || "nothing" : String(v)}`).join("; ");
  return { ...o, summary: `${what}${where}` };
}
function createKubernetesProvider(rt, dry) {
  async function exec(spec, ctx, runtime, preview) {
    const s = flatten(spec);
    const form = formOf(s);
    if (preview && form?.kind === "probe") return void 0;
    if (!form?.def)
      throw new ActivityFailed(
        `unknown kubernetes ${form?.kind ?? "action"} '${form?.name ?? String(s.action ?? s.probe)}'`
      );
    const secrets = {};
    if (Array.isArray(s.secrets))
      for (const scope of s.secrets) Object.assign(secrets, ctx.secrets[String(scope)]);
    const env = runtime.env(ctx, secrets, preview || s.dryRun === true ? true : void 0);
    return form.def.run(s, env, ctx, runtime);
  }
  return {
    type: "kubernetes",
    validate(spec, ctx) {
      const at = (key) => ({
        field: `/${[...ctx.path, key].join("/")}`,
        location: ctx.locate([...ctx.path, key])
      });
      const s = flatten(spec);
      const form = formOf(s);
      if (!form)
        return [
          {
            ...at("action"),
            message: `a kubernetes provider needs 'action' or 'probe' in activity '${ctx.activityName}'`,
            expected: `action: ${Object.keys(ACTIONS).join(" | ")}; or probe: ${Object.keys(PROBES).join(" | ")}`
          }
        ];
      if (s.action !== void 0 && s.probe !== void 0)
        return [{ ...at("probe"), message: "give either 'action' or 'probe', not both" }];
      if (!form.def)
        return [
          {
            ...at(form.kind),
            message: `unknown kubernetes ${form.kind} '${form.name}'`,
            expected: Object.keys(form.kind === "action" ? ACTIONS : PROBES).join(", ")
          }
        ];
      const issues = [];
      for (const key of form.def.required)
        if (s[key] === void 0 || s[key] === null || s[key] === "")
          issues.push({
            ...at(key),
            message: `kubernetes ${form.kind} '${form.name}' needs '${key}'`
          });
      const known = /* @__PURE__ */ new Set([form.kind, ...form.def.required, ...form.def.optional, ...COMMON]);
      for (const key of Object.keys(s))
        if (!known.has(key))
          issues.push({
            ...at(key),
            message: `unknown key '${key}' for kubernetes ${form.kind} '${form.name}'`,
            expected: [...form.def.required, ...form.def.optional, ...COMMON].join(", ")
          });
      for (const c of form.def.check?.(s) ?? []) issues.push({ ...at(c.key), message: c.message });
      const ns = s.namespace;
      if (form.kind === "action" && form.def.namespaced && typeof ns === "string" && !ns.includes("${")) {
        const why = rt.radius.whyNot(ns);
        if (why) issues.push({ ...at("namespace"), message: why });
      }
      return issues;
    },
    run: (spec, ctx) => exec(spec, ctx, rt, false),
    async preview(spec, ctx) {
      return withPreviewSummary(await exec(spec, ctx, dry ?? rt, true));
    },
    async cleanupPersisted(resource, ctx) {
      if (resource.kind === TRAFFIC_SHIFT_KIND)
        return cleanupTrafficShift(rt, resource.data, ctx.signal);
      await rt.cleanupPersisted(resource.data, ctx.signal);
    },
    async cleanupRun(runId, ctx) {
      const client = rt.client();
      return acrossNamespaces(
        ctx.namespaces,
        (namespaces) => cleanupTrafficForRun(client, runId, { namespaces, signal: ctx.signal })
      );
    }
  };
}

// src/providers/kubernetes/module-exports.ts
var CHAOSK8S_REEXPORTS = {
  "chaosk8s.actions": {
    create_deployment: "chaosk8s.deployment.actions.create_deployment",
    delete_deployment: "chaosk8s.deployment.actions.delete_deployment",
    scale_deployment: "chaosk8s.deployment.actions.scale_deployment",
    delete_pods: "chaosk8s.pod.actions.delete_pods",
    delete_replica_set: "chaosk8s.replicaset.actions.delete_replica_set",
    delete_service: "chaosk8s.service.actions.delete_service"
  },
  "chaosk8s.probes": {
    all_pods_healthy: "chaosk8s.pod.probes.all_pods_healthy",
    pod_is_not_available: "chaosk8s.pod.probes.pod_is_not_available",
    read_pod_logs: "chaosk8s.pod.probes.read_pod_logs",
    // `read_microservices_logs = read_pod_logs` upstream: a second name for the same function.
    read_microservices_logs: "chaosk8s.pod.probes.read_pod_logs",
    deployment_available_and_healthy: "chaosk8s.deployment.probes.deployment_available_and_healthy",
    deployment_fully_available: "chaosk8s.deployment.probes.deployment_fully_available",
    deployment_not_fully_available: "chaosk8s.deployment.probes.deployment_not_fully_available",
    secret_exists: "chaosk8s.secret.probes.secret_exists",
    service_is_initialized: "chaosk8s.service.probes.service_is_initialized"
  },
  "chaosk8s.chaosmesh.network.actions": {
    create_custom_object: "chaosk8s.crd.actions.create_custom_object",
    delete_custom_object: "chaosk8s.crd.actions.delete_custom_object"
  },
  "chaosk8s.chaosmesh.network.probes": {
    get_custom_object: "chaosk8s.crd.probes.get_custom_object",
    list_custom_objects: "chaosk8s.crd.probes.list_custom_objects"
  },
  "chaosk8s.chaosmesh.stress.actions": {
    create_custom_object: "chaosk8s.crd.actions.create_custom_object",
    delete_custom_object: "chaosk8s.crd.actions.delete_custom_object"
  },
  "chaosk8s.chaosmesh.stress.probes": {
    get_custom_object: "chaosk8s.crd.probes.get_custom_object",
    list_custom_objects: "chaosk8s.crd.probes.list_custom_objects"
  }
};
var CLIENT = "create_k8s_api_client";
var DEPRECATION_LOG = "_log_deprecated";
var CHAOSMESH_SPEC = ["add_common_spec", "dedent"];
var CHAOSK8S_HELPERS = {
  "chaosk8s.actions": [DEPRECATION_LOG],
  "chaosk8s.probes": [DEPRECATION_LOG],
  "chaosk8s.chaosmesh.network.actions": CHAOSMESH_SPEC,
  "chaosk8s.chaosmesh.stress.actions": CHAOSMESH_SPEC,
  "chaosk8s.crd.actions": [CLIENT, "get_plural", "load_body"],
  "chaosk8s.crd.probes": [CLIENT],
  "chaosk8s.daemonset.actions": [CLIENT],
  "chaosk8s.daemonset.probes": [CLIENT, "_daemon_set_readiness_has_state"],
  "chaosk8s.deployment.actions": [CLIENT],
  "chaosk8s.deployment.probes": [CLIENT, "_deployment_readiness_has_state"],
  "chaosk8s.event.probes": [CLIENT],
  "chaosk8s.namespace.actions": [CLIENT],
  "chaosk8s.namespace.probes": [CLIENT],
  "chaosk8s.networking.actions": [CLIENT],
  "chaosk8s.networking.probes": [CLIENT],
  "chaosk8s.node.actions": [CLIENT, "_select_nodes"],
  "chaosk8s.node.probes": [CLIENT],
  "chaosk8s.pod.actions": [
    CLIENT,
    DEPRECATION_LOG,
    "_select_pods",
    "_sort_by_pod_creation_timestamp"
  ],
  "chaosk8s.pod.probes": [CLIENT],
  "chaosk8s.replicaset.actions": [CLIENT],
  "chaosk8s.secret.actions": [CLIENT],
  "chaosk8s.secret.probes": [CLIENT],
  "chaosk8s.service.actions": [CLIENT],
  "chaosk8s.service.probes": [CLIENT],
  "chaosk8s.statefulset.actions": [CLIENT],
  "chaosk8s.statefulset.probes": [CLIENT, "_statefulset_readiness_has_state"]
};
function helperMessage(qualified) {
  return `${qualified} is a helper chaostoolkit-kubernetes uses internally, not an activity: chaos-action does not run it`;
}
function helper(qualified) {
  const message = helperMessage(qualified);
  return {
    params: [{ name: "kwargs", variadicKeywords: true }],
    unsupported: message,
    run: () => Promise.reject(new Error(message))
  };
}
function withModuleExports(modules) {
  const out = {};
  for (const [name, fns] of Object.entries(modules)) out[name] = { ...fns };
  for (const [module, names] of Object.entries(CHAOSK8S_REEXPORTS)) {
    const target = out[module] ??= {};
    for (const [name, qualified] of Object.entries(names)) {
      const dot = qualified.lastIndexOf(".");
      const fn = modules[qualified.slice(0, dot)]?.[qualified.slice(dot + 1)];
      if (fn === void 0)
        throw new InternalError(`${module}.${name} re-exports unknown ${qualified}`);
      target[name] ??= fn;
    }
  }
  for (const [module, names] of Object.entries(CHAOSK8S_HELPERS)) {
    const target = out[module] ??= {};
    for (const name of names) target[name] ??= helper(`${module}.${name}`);
  }
  return out;
}

// src/providers/kubernetes/index.ts
function registerKubernetes(registry, natives, options = {}) {
  const runtime = new KubeRuntime(options);
  const dryRuntime = new PreviewRuntime(runtime);
  const defined = chaosk8sModules(runtime);
  const modules = withModuleExports(defined);
  const twins = withModuleExports(chaosk8sModules(dryRuntime));
  for (const [name, fns] of Object.entries(modules)) {
    if (name.endsWith(".actions"))
      for (const [func, fn] of Object.entries(fns)) {
        const twin = twins[name]?.[func];
        if (twin && !fn.unsupported)
          fn.preview = async (args, ctx) => withPreviewSummary(await twin.run(args, ctx), args.ns);
      }
    natives.register(name, fns);
  }
  const provider = createKubernetesProvider(runtime, dryRuntime);
  registry.register(provider);
  return {
    runtime,
    dryRuntime,
    provider,
    supported: supportedChaosk8s(defined),
    stats: () => ({ requests: runtime.requests, watchReconnects: runtime.watchReconnects })
  };
}
var PreviewRuntime = class extends KubeRuntime {
  #live;
  constructor(live) {
    super({ ...live.options, dryRun: true });
    this.#live = live;
  }
  client(secrets) {
    return this.#live.client(secrets);
  }
};
export {
  BlastRadius,
  BlastRadiusRefused,
  DEFAULT_MAX_PODS_PER_ACTION,
  ACTIONS as KUBERNETES_ACTIONS,
  PROBES as KUBERNETES_PROBES,
  KubeApiError,
  KubeClient,
  KubeRuntime,
  SYSTEM_NAMESPACES,
  UNSUPPORTED_CHAOSK8S,
  registerKubernetes,
  UNSUPPORTED_CHAOSK8S as unsupportedChaosk8s,
  unsupportedMessage
};
