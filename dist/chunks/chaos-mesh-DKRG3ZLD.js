import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  KubeRuntime,
  acrossNamespaces
} from "./chunk-RAD7AGPG.js";
import {
  isTerminating,
  labelSelectorString,
  podReady,
  workloadStatus
} from "./chunk-F2KRWREI.js";
import "./chunk-E2IFONQR.js";
import {
  KubeApiError,
  R,
  isNotFound,
  sleep
} from "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import {
  RUN_ID_LABEL,
  labelValue
} from "./chunk-SS4P2UWK.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ActivityFailed,
  NoEffectError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/providers/chaos-mesh/kinds.ts
var CHAOS_MESH_GROUP = "chaos-mesh.org";
var CHAOS_MESH_VERSION = "v1alpha1";
var CHAOS_MESH_API_VERSION = `${CHAOS_MESH_GROUP}/${CHAOS_MESH_VERSION}`;
var MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
var MANAGED_BY = "chaos-action";
var RUN_ID_ANNOTATION = "chaos-action.dev/run-id";
var CLEAN_FINALIZER_ANNOTATION = "chaos-mesh.chaos-mesh.org/cleanFinalizer";
var POD_CHAOS_KINDS = [
  "PodChaos",
  "NetworkChaos",
  "StressChaos",
  "HTTPChaos",
  "IOChaos",
  "TimeChaos",
  "DNSChaos",
  "JVMChaos",
  "KernelChaos",
  "BlockChaos"
];
var OTHER_CHAOS_KINDS = [
  "AWSChaos",
  "GCPChaos",
  "AzureChaos",
  "PhysicalMachineChaos"
];
var ORCHESTRATION_KINDS = ["Schedule", "Workflow"];
var CHAOS_MESH_KINDS = [
  ...POD_CHAOS_KINDS,
  ...OTHER_CHAOS_KINDS,
  ...ORCHESTRATION_KINDS
];
function familyOf(kind) {
  if (kind === "Schedule") return "schedule";
  if (kind === "Workflow") return "workflow";
  return "records";
}
function pluralOf(kind) {
  const lower = kind.toLowerCase();
  return kind.endsWith("Chaos") ? lower : `${lower}s`;
}
function canonicalKind(kind) {
  if (typeof kind !== "string") return void 0;
  const k = kind.trim().toLowerCase();
  return CHAOS_MESH_KINDS.find((c) => c.toLowerCase() === k || pluralOf(c) === k);
}
function chaosResource(kind) {
  return {
    group: CHAOS_MESH_GROUP,
    version: CHAOS_MESH_VERSION,
    plural: pluralOf(kind),
    namespaced: true
  };
}
function isOneShot(kind, spec) {
  if (kind !== "PodChaos") return false;
  const action = typeof spec?.action === "string" ? spec.action : "pod-kill";
  return action === "pod-kill" || action === "container-kill";
}

// src/providers/chaos-mesh/object.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/providers/chaos-mesh/status.ts
function asArray(v) {
  return Array.isArray(v) ? v : [];
}
function conditionTrue(conditions, type) {
  return conditions.some((c) => c.type === type && c.status === "True");
}
function readState(obj) {
  const status = obj?.status ?? {};
  const conditions = asArray(status.conditions).filter(
    (c) => c && typeof c.type === "string"
  );
  const records2 = asArray(status.experiment?.containerRecords).filter(
    (r) => r && typeof r.id === "string"
  );
  const failures = (operation) => records2.flatMap(
    (r) => asArray(r.events).filter((e) => e.type === "Failed" && e.operation === operation).map((e) => `${r.id}: ${e.message ?? "failed"}`)
  );
  const desired = status.experiment?.desiredPhase;
  return {
    seen: conditions.length > 0 || desired !== void 0,
    desiredPhase: typeof desired === "string" ? desired : void 0,
    conditions,
    records: records2,
    selected: conditionTrue(conditions, "Selected"),
    allInjected: conditionTrue(conditions, "AllInjected"),
    allRecovered: conditionTrue(conditions, "AllRecovered"),
    applyFailures: failures("Apply"),
    recoverFailures: failures("Recover"),
    finalizers: asArray(obj?.metadata?.finalizers),
    deleting: obj?.metadata?.deletionTimestamp !== void 0
  };
}
function describeConditions(conditions) {
  if (conditions.length === 0) return "no conditions yet";
  return conditions.map(
    (c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason}${c.message ? `: ${c.message}` : ""})` : ""}`
  ).join(", ");
}
function describeRecords(records2) {
  if (records2.length === 0) return "no records";
  return records2.map((r) => `${r.id} ${r.phase}`).join(", ");
}
function recordPod(id) {
  const [namespace, pod, container] = id.split("/");
  if (!namespace || !pod) return void 0;
  return container ? { namespace, pod, container } : { namespace, pod };
}
function selectorNamespaces(spec) {
  const out = /* @__PURE__ */ new Set();
  const visit = (v, depth) => {
    if (depth > 12 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v;
    const sel = o.selector;
    if (sel && typeof sel === "object" && !Array.isArray(sel)) {
      const s = sel;
      for (const ns of asArray(s.namespaces)) if (typeof ns === "string") out.add(ns);
      if (s.pods && typeof s.pods === "object") for (const ns of Object.keys(s.pods)) out.add(ns);
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  visit(spec, 0);
  return [...out];
}
function isFailureEvent(e) {
  return e.type === "Warning" && (e.reason === "Failed" || e.reason === "NotSupported");
}
function goDurationSeconds(value) {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const units = {
    ns: 1e-9,
    us: 1e-6,
    \u00B5s: 1e-6,
    ms: 1e-3,
    s: 1,
    m: 60,
    h: 3600
  };
  let total = 0;
  let matched = "";
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(m[1]) * (units[m[2] ?? "s"] ?? 1);
    matched += m[0];
  }
  return matched === text && matched !== "" ? total : void 0;
}

// src/providers/chaos-mesh/object.ts
var DEFAULT_INJECT_TIMEOUT = 60;
var DEFAULT_RECOVER_TIMEOUT = 120;
function isRecord(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function seconds(s, key, fallback) {
  const v = s[key];
  if (v === void 0 || v === null) return fallback;
  const n = goDurationSeconds(v);
  if (n === void 0 || n < 0)
    throw new ActivityFailed(
      `'${key}' must be a number of seconds or a duration like '30s', got ${JSON.stringify(v)}`
    );
  return n;
}
function applySettings(s) {
  return {
    hold: s.duration === void 0 ? void 0 : seconds(s, "duration", 0),
    keep: s.keep === true,
    injectMs: seconds(s, "injectTimeout", DEFAULT_INJECT_TIMEOUT) * 1e3,
    recoverMs: seconds(s, "recoverTimeout", DEFAULT_RECOVER_TIMEOUT) * 1e3
  };
}
async function readManifest(file, ctx) {
  const path = resolve(dirname(ctx.experimentFile), file);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ActivityFailed(`cannot read the Chaos Mesh manifest ${path}: ${errorMessage(error)}`);
  }
  const docs = (0, import_yaml.parseAllDocuments)(text).map((d) => {
    if (d.errors.length)
      throw new ActivityFailed(`${path}: invalid YAML: ${d.errors[0]?.message ?? ""}`);
    return d.toJS();
  }).filter((d) => d !== null && d !== void 0);
  if (docs.length !== 1 || !isRecord(docs[0]))
    throw new ActivityFailed(
      `${path} must hold exactly one Chaos Mesh object (found ${docs.length} documents)`
    );
  return docs[0];
}
async function buildObject(s, ctx, defaultNamespace) {
  const base = typeof s.file === "string" ? await readManifest(s.file, ctx) : { kind: s.kind, spec: s.spec ?? {} };
  const kind = canonicalKind(base.kind);
  if (!kind)
    throw new ActivityFailed(
      `'${String(base.kind)}' is not a Chaos Mesh kind (expected one of ${CHAOS_MESH_KINDS.join(", ")})`
    );
  if (base.apiVersion !== void 0 && base.apiVersion !== CHAOS_MESH_API_VERSION)
    throw new ActivityFailed(
      `apiVersion must be ${CHAOS_MESH_API_VERSION}, got ${String(base.apiVersion)}`
    );
  const extra = isRecord(s.metadata) ? s.metadata : {};
  const meta = { ...base.metadata ?? {}, ...extra };
  const labels = {
    ...base.metadata?.labels ?? {},
    ...extra.labels ?? {},
    [RUN_ID_LABEL]: labelValue(ctx.runId),
    [MANAGED_BY_LABEL]: MANAGED_BY
  };
  const annotations = {
    ...base.metadata?.annotations ?? {},
    ...extra.annotations ?? {},
    [RUN_ID_ANNOTATION]: ctx.runId
  };
  const name = typeof s.name === "string" && s.name || meta.name || `${slug(ctx.activity.name || kind)}-${Math.random().toString(36).slice(2, 7)}`;
  const namespace = typeof s.namespace === "string" && s.namespace || meta.namespace || defaultNamespace;
  return {
    ...base,
    apiVersion: CHAOS_MESH_API_VERSION,
    kind,
    metadata: { ...meta, name, namespace, labels, annotations },
    spec: isRecord(base.spec) ? base.spec : {}
  };
}
function slug(text) {
  const s = text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 50).replace(/-+$/, "");
  return s || "chaos";
}
function labelsOf(spec) {
  const sel = spec.selector;
  const entries = Object.entries(sel?.labelSelectors ?? {});
  return entries.length ? entries.map(([k, v]) => `${k}=${v}`).join(",") : void 0;
}

// src/providers/chaos-mesh/ops.ts
function describeRef(ref) {
  return `${ref.kind} ${ref.namespace}/${ref.name}`;
}
function now() {
  return (/* @__PURE__ */ new Date()).toISOString();
}
var PhaseLog = class {
  marks = [];
  mark(phase) {
    if (!this.marks.some((m) => m.phase === phase)) this.marks.push({ phase, at: now() });
  }
  at(phase) {
    const m = this.marks.find((x) => x.phase === phase);
    return m ? Date.parse(m.at) : void 0;
  }
  observe(state) {
    if (state.selected) this.mark("Selected");
    if (state.allInjected) this.mark("AllInjected");
    if (state.desiredPhase === "Stop") this.mark("Stop");
    if (state.allRecovered && this.at("AllInjected") !== void 0) this.mark("AllRecovered");
  }
};
async function chaosEvents(client, ref) {
  try {
    const list = await client.list(R.events, ref.namespace, {
      fieldSelector: `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`
    });
    return list.items.map(
      (e) => e
    ).sort(
      (a, b) => (a.lastTimestamp ?? a.eventTime ?? "").localeCompare(b.lastTimestamp ?? b.eventTime ?? "")
    ).map((e) => ({
      type: e.type ?? "Normal",
      reason: e.reason ?? "",
      message: e.message ?? "",
      count: e.count ?? 1
    }));
  } catch {
    return [];
  }
}
function quoteEvents(events, already = "") {
  const warnings = events.filter((e) => e.type === "Warning" && !already.includes(e.message));
  if (warnings.length === 0) return "";
  return `; events: ${warnings.map((e) => `${e.reason}: ${e.message}`).join(" | ")}`;
}
async function untilObject(client, ref, o, check) {
  const res = chaosResource(ref.kind);
  const key = `${ref.namespace}/${ref.name}`;
  const deadline = Date.now() + o.timeoutMs;
  try {
    return await client.watchUntil(
      res,
      ref.namespace,
      {
        fieldSelector: `metadata.name=${ref.name}`,
        timeoutMs: o.timeoutMs,
        signal: o.signal,
        ...o.resourceVersion && o.initial ? { resourceVersion: o.resourceVersion, initial: [o.initial] } : {}
      },
      (objects) => check(objects.get(key))
    );
  } catch (error) {
    if (o.signal.aborted || error instanceof KubeApiError && (error.status === 401 || error.status === 403))
      throw error;
    o.logger?.warning(
      `watch on ${describeRef(ref)} failed (${errorMessage(error)}); polling instead`
    );
  }
  for (let i = 0; i < 3600 && Date.now() < deadline && !o.signal.aborted; i++) {
    let obj;
    try {
      obj = await client.getOrNull(res, ref.namespace, ref.name);
    } catch (error) {
      if (error instanceof KubeApiError && (error.status === 401 || error.status === 403))
        throw error;
      await sleep(1e3, o.signal);
      continue;
    }
    if (check(obj ?? void 0)) return true;
    await sleep(Math.min(1e3, Math.max(0, deadline - Date.now())), o.signal);
  }
  return false;
}
async function waitInjected(client, ref, o) {
  const res = chaosResource(ref.kind);
  const stop = new AbortController();
  const signal = AbortSignal.any([o.signal, stop.signal]);
  let last = o.initial;
  let failureEvent;
  let sawObject = o.initial !== void 0;
  const objectWatch = untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal, resourceVersion: o.resourceVersion, initial: o.initial },
    (obj) => {
      if (!obj) return sawObject;
      sawObject = true;
      last = obj;
      const state2 = readState(obj);
      o.phases.observe(state2);
      return state2.applyFailures.length > 0 || state2.selected && state2.allInjected;
    }
  ).then((done) => ({ from: "object", done }));
  const eventWatch = client.watchUntil(
    R.events,
    ref.namespace,
    {
      fieldSelector: `involvedObject.name=${ref.name},involvedObject.kind=${ref.kind}`,
      timeoutMs: o.timeoutMs,
      signal
    },
    (objects) => {
      for (const e of objects.values()) {
        const ev = e;
        if (isFailureEvent(ev)) {
          failureEvent = {
            type: ev.type ?? "Warning",
            reason: ev.reason ?? "",
            message: ev.message ?? "",
            count: ev.count ?? 1
          };
          return true;
        }
      }
      return false;
    }
  ).then((done) => ({ from: "events", done })).catch(() => new Promise(() => {
  }));
  let first;
  try {
    first = await Promise.race([objectWatch, eventWatch]);
  } finally {
    stop.abort();
  }
  objectWatch.catch(() => {
  });
  if (o.signal.aborted)
    throw new ActivityFailed(`interrupted while waiting for ${describeRef(ref)} to be injected`);
  let state = readState(last);
  const what = describeRef(ref);
  const detail = () => `conditions: ${describeConditions(state.conditions)}; records: ${describeRecords(state.records)}`;
  if (first.from === "object" && first.done) {
    if (last === void 0)
      return {
        ok: false,
        reason: "gone",
        message: `${what} was deleted before it was injected`,
        object: void 0
      };
    if (state.applyFailures.length > 0)
      return {
        ok: false,
        reason: "injection-failed",
        message: `Chaos Mesh failed to inject ${what}: ${state.applyFailures.join("; ")} (${detail()})`,
        object: last
      };
    if (state.selected && state.allInjected) return { ok: true, object: last, state };
    return {
      ok: false,
      reason: "gone",
      message: `${what} was deleted before it was injected`,
      object: last
    };
  }
  if (first.from === "events" && failureEvent) {
    last = await client.getOrNull(res, ref.namespace, ref.name).catch(() => null) ?? last;
    if (!readState(last).seen && !o.signal.aborted) {
      const r = await waitObject(
        client,
        ref,
        { timeoutMs: 1500, signal: o.signal },
        (x) => readState(x).seen
      ).catch(() => void 0);
      last = r?.object ?? last;
    }
    state = readState(last);
    const selectFailure = /select/i.test(failureEvent.message) || !state.selected;
    return {
      ok: false,
      reason: selectFailure ? "no-targets" : "injection-failed",
      message: selectFailure ? `Chaos Mesh selected no targets for ${what}: ${failureEvent.reason}: ${failureEvent.message} (${detail()}); check the selector's namespaces and labels match running pods` : `Chaos Mesh failed to inject ${what}: ${failureEvent.reason}: ${failureEvent.message} (${detail()})`,
      object: last
    };
  }
  const seconds2 = Math.round(o.timeoutMs / 1e3);
  if (!state.seen)
    return {
      ok: false,
      reason: "no-status",
      message: `the Chaos Mesh controller wrote no status on ${what} within ${seconds2}s: is Chaos Mesh installed and running in this cluster (helm install chaos-mesh)?`,
      object: last
    };
  if (!state.selected)
    return {
      ok: false,
      reason: "no-targets",
      message: `Chaos Mesh selected no targets for ${what} within ${seconds2}s (${detail()}); check the selector's namespaces and labels match running pods`,
      object: last
    };
  return {
    ok: false,
    reason: "timeout",
    message: `${what} was not injected into every target within ${seconds2}s (${detail()})`,
    object: last
  };
}
async function waitObject(client, ref, o, pred) {
  let last;
  const done = await untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal: o.signal },
    (obj) => {
      if (!obj) return false;
      last = obj;
      o.phases?.observe(readState(obj));
      return pred(obj);
    }
  );
  return { done, object: last };
}
async function deleteAndWait(client, ref, o) {
  const res = chaosResource(ref.kind);
  const started = Date.now();
  if (o.force) {
    try {
      await client.patch(res, ref.namespace, ref.name, {
        metadata: { annotations: { [CLEAN_FINALIZER_ANNOTATION]: "forced" } }
      });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  try {
    await client.request(
      "delete",
      { res, namespace: ref.namespace, name: ref.name },
      { signal: o.signal }
    );
  } catch (error) {
    if (isNotFound(error)) {
      o.phases?.mark("removed");
      return { gone: true, seconds: 0, last: void 0 };
    }
    throw error;
  }
  o.phases?.mark("deleted");
  let last;
  const gone = await untilObject(
    client,
    ref,
    { timeoutMs: o.timeoutMs, signal: o.signal },
    (obj) => {
      if (!obj) return true;
      last = obj;
      o.phases?.observe(readState(obj));
      return false;
    }
  );
  if (gone) o.phases?.mark("removed");
  return { gone, seconds: round((Date.now() - started) / 1e3), last };
}
function describeStuck(ref, last, seconds2, events) {
  const state = readState(last);
  const injected = state.records.filter((r) => r.phase !== "Not Injected").map((r) => r.id);
  return `${describeRef(ref)} was still present ${seconds2}s after deletion` + (injected.length ? `: targets that never recovered (records still injected): ${injected.join(", ")}` : "") + (state.recoverFailures.length ? `; recovery failed: ${state.recoverFailures.join("; ")}` : "") + (state.finalizers.length ? `; finalizers: ${state.finalizers.join(", ")}` : "") + quoteEvents(events) + `. Chaos Mesh could not recover the targets: check chaos-daemon, or as a last resort annotate it ${CLEAN_FINALIZER_ANNOTATION}=forced (kubectl annotate -n ${ref.namespace} ${ref.kind.toLowerCase()} ${ref.name} ${CLEAN_FINALIZER_ANNOTATION}=forced)`;
}
function withEvents(message, events) {
  return message + quoteEvents(events, message);
}
var WORKLOADS = {
  Deployment: R.deployments,
  StatefulSet: R.statefulsets,
  DaemonSet: R.daemonsets,
  ReplicaSet: R.replicasets
};
async function ownerWorkload(client, pod) {
  const ns = pod.metadata?.namespace;
  let ref = pod.metadata?.ownerReferences?.find((r) => r.controller) ?? pod.metadata?.ownerReferences?.[0];
  if (!ns || !ref) return void 0;
  let obj = null;
  let kind;
  for (let hop = 0; hop < 2 && ref; hop++) {
    const res = WORKLOADS[ref.kind];
    if (!res) return void 0;
    obj = await client.getOrNull(res, ns, ref.name);
    if (!obj) return void 0;
    kind = ref.kind;
    if (ref.kind !== "ReplicaSet") break;
    ref = obj.metadata?.ownerReferences?.find((r) => r.kind === "Deployment");
  }
  if (!obj || !kind) return void 0;
  return {
    kind,
    namespace: ns,
    name: obj.metadata?.name ?? "",
    selector: labelSelectorString(obj.spec?.selector),
    desired: workloadStatus(kind, obj).desired
  };
}
async function snapshotPods(client, namespaces, labelSelector) {
  const out = /* @__PURE__ */ new Map();
  for (const ns of namespaces) {
    try {
      const l = await client.list(R.pods, ns, { labelSelector, limit: 500 });
      for (const p of l.items) out.set(`${ns}/${p.metadata?.name ?? ""}`, p);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 403) continue;
      throw error;
    }
  }
  return out;
}
async function waitWorkloadsRecovered(client, recordIds, snapshot, o) {
  const workloads = /* @__PURE__ */ new Map();
  for (const id of recordIds) {
    const p = recordPod(id);
    if (!p) continue;
    const pod = snapshot.get(`${p.namespace}/${p.pod}`) ?? await client.getOrNull(R.pods, p.namespace, p.pod);
    if (!pod) continue;
    const w = await ownerWorkload(client, pod);
    if (w) workloads.set(`${w.namespace}/${w.kind}/${w.name}`, w);
  }
  return Promise.all(
    [...workloads.values()].map(async (w) => {
      const ok = await client.watchUntil(
        R.pods,
        w.namespace,
        {
          labelSelector: w.selector,
          timeoutMs: Math.max(0, o.timeoutMs - (Date.now() - o.since)),
          signal: o.signal
        },
        (objects) => [...objects.values()].filter((p) => podReady(p) && !isTerminating(p)).length >= w.desired
      );
      const seconds2 = ok ? round((Date.now() - o.since) / 1e3) : null;
      o.logger.info(
        ok ? `${w.kind} ${w.namespace}/${w.name} available again after ${seconds2}s` : `${w.kind} ${w.namespace}/${w.name} NOT available again within ${Math.round(o.timeoutMs / 1e3)}s`
      );
      return {
        workload: `${w.kind}/${w.name}`,
        namespace: w.namespace,
        desired: w.desired,
        recovered: ok,
        recovery_seconds: seconds2
      };
    })
  );
}
async function deleteAllForRun(client, runId, o = {}) {
  const signal = o.signal ?? new AbortController().signal;
  const labelSelector = `${RUN_ID_LABEL}=${labelValue(runId)}`;
  const scopes = o.namespaces?.length ? [...new Set(o.namespaces)] : [void 0];
  const found = [];
  for (const kind of CHAOS_MESH_KINDS) {
    for (const ns of scopes) {
      try {
        const l = await client.list(chaosResource(kind), ns, { labelSelector });
        for (const item of l.items)
          found.push({
            kind,
            namespace: item.metadata?.namespace ?? ns ?? "default",
            name: item.metadata?.name ?? ""
          });
      } catch (error) {
        if (isNotFound(error)) break;
        throw error;
      }
    }
  }
  const timeoutMs = o.timeoutMs ?? 12e4;
  const results = await Promise.all(
    found.map(async (ref) => {
      try {
        const r = await deleteAndWait(client, ref, {
          timeoutMs,
          signal,
          ...o.force ? { force: true } : {}
        });
        if (r.gone) o.logger?.info(`deleted ${describeRef(ref)}`);
        return {
          ref,
          gone: r.gone,
          why: r.gone ? "" : describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref))
        };
      } catch (error) {
        return { ref, gone: false, why: `${describeRef(ref)}: ${errorMessage(error)}` };
      }
    })
  );
  const remaining = results.filter((r) => !r.gone);
  if (remaining.length > 0)
    throw new ActivityFailed(
      `${remaining.length} Chaos Mesh object(s) of run ${runId} could not be removed: ` + remaining.map((r) => r.why).join(" | ")
    );
  return { deleted: results.map((r) => describeRef(r.ref)), remaining: [] };
}
function round(n) {
  return Math.round(n * 1e3) / 1e3;
}

// src/providers/chaos-mesh/output.ts
function recordsOut(records2) {
  return records2.map((r) => ({
    id: r.id,
    phase: r.phase,
    injectedCount: r.injectedCount ?? 0,
    recoveredCount: r.recoveredCount ?? 0
  }));
}
function wasInjected(r) {
  return (r.injectedCount ?? 0) > 0 || r.phase.startsWith("Injected");
}
function recordsEvidence(strategy, kind, last) {
  const records2 = readState(last).records;
  return {
    strategy,
    kind,
    records_injected: records2.filter(wasInjected).length,
    targets: records2.map((r) => ({
      id: r.id,
      phase: r.phase,
      injected_count: r.injectedCount ?? 0,
      recovered_count: r.recoveredCount ?? 0
    }))
  };
}

// src/providers/chaos-mesh/run.ts
var ChaosRun = class {
  started = Date.now();
  phases = new PhaseLog();
  ref;
  what;
  created;
  /** The newest version of the object seen. */
  last;
  injectedAt;
  held = null;
  toRecover = null;
  workloads = [];
  recovery = null;
  /** Pods the selector reached before a one-shot chaos removed them. */
  snapshot = /* @__PURE__ */ new Map();
  #removed = false;
  client;
  ctx;
  object;
  settings;
  strategy;
  #hooks;
  constructor(o) {
    this.client = o.client;
    this.ctx = o.ctx;
    this.object = o.object;
    this.settings = o.settings;
    this.strategy = o.strategy;
    this.#hooks = o.hooks;
    this.ref = {
      kind: o.object.kind,
      namespace: o.object.metadata.namespace ?? "default",
      name: o.object.metadata.name ?? ""
    };
    this.what = describeRef(this.ref);
  }
  get spec() {
    return this.object.spec ?? {};
  }
  async execute() {
    await this.strategy.prepare?.(this);
    await this.#create();
    try {
      await this.strategy.inject(this);
      if (this.settings.keep) {
        this.ctx.logger.info(
          `keeping ${this.what} running (remove it with a chaos-mesh 'delete' action)`
        );
        return await this.output(true);
      }
      if (this.settings.hold !== void 0) await this.#hold(this.settings.hold);
      else await this.strategy.awaitEnd?.(this);
      await this.#remove();
      return await this.output(false);
    } catch (error) {
      if (!this.#removed && !this.settings.keep) await this.#removeAfterFailure();
      throw error;
    }
  }
  /** Watches the object until `pred` holds (or the time is up); keeps the newest version. */
  async watch(timeoutMs, pred) {
    const r = await waitObject(
      this.client,
      this.ref,
      { timeoutMs, signal: this.ctx.signal, phases: this.phases },
      pred
    );
    this.last = r.object ?? this.last;
    return r.done;
  }
  /** An ActivityFailed whose message quotes the object's Warning events. */
  async failure(message) {
    return new ActivityFailed(withEvents(message, await chaosEvents(this.client, this.ref)));
  }
  /** The fault reached no target: NoEffectError, carrying the evidence (zero targets). */
  async noEffect(message) {
    return new NoEffectError(
      withEvents(message, await chaosEvents(this.client, this.ref)),
      this.strategy.evidence(this)
    );
  }
  async #create() {
    try {
      this.created = await this.client.create(
        chaosResource(this.ref.kind),
        this.ref.namespace,
        this.object
      );
    } catch (error) {
      throw new ActivityFailed(`cannot create ${this.what}: ${errorMessage(error)}`, {
        cause: error
      });
    }
    this.last = this.created;
    this.phases.mark("created");
    this.ctx.logger.info(`created ${this.what}`);
    this.#hooks.created(this.ref);
  }
  async #hold(seconds2) {
    this.ctx.logger.info(`holding ${this.what} for ${seconds2}s`);
    const t0 = Date.now();
    await sleep(seconds2 * 1e3, this.ctx.signal);
    this.held = round((Date.now() - t0) / 1e3);
    this.phases.mark("held");
  }
  #deleteAndWait() {
    const { recoverMs } = this.settings;
    return deleteAndWait(this.client, this.ref, {
      timeoutMs: recoverMs,
      signal: AbortSignal.timeout(recoverMs + 5e3),
      phases: this.phases
    });
  }
  /** Deletes it and waits until it is gone: the finalizer goes once every target recovered. */
  async #remove() {
    const t0 = Date.now();
    const gone = await this.#deleteAndWait();
    this.#removed = true;
    this.last = gone.last ?? this.last;
    if (!gone.gone)
      throw new ActivityFailed(
        describeStuck(this.ref, gone.last, gone.seconds, await chaosEvents(this.client, this.ref))
      );
    this.toRecover = round((Date.now() - t0) / 1e3);
    this.#hooks.removed(this.ref);
    this.ctx.logger.info(`${this.what} removed; targets recovered after ${this.toRecover}s`);
  }
  /** Never leave a fault behind because a wait failed (the tracked resource is the second chance). */
  async #removeAfterFailure() {
    try {
      const gone = await this.#deleteAndWait();
      if (gone.gone) this.#hooks.removed(this.ref);
    } catch (cleanupError) {
      this.ctx.logger.warning(
        `could not delete ${this.what} after the failure: ${errorMessage(cleanupError)}`
      );
    }
  }
  async output(kept) {
    const state = readState(this.last);
    const injected = state.records.filter(wasInjected).map((r) => r.id);
    const toInject = this.injectedAt === void 0 ? null : round((this.injectedAt - this.started) / 1e3);
    const head = `${this.what} injected into ${injected.length} target(s)`;
    return {
      action: "apply",
      kind: this.ref.kind,
      name: this.ref.name,
      namespace: this.ref.namespace,
      strategy: this.strategy.name,
      one_shot: this.strategy.name === "one-shot",
      kept,
      uid: this.created?.metadata?.uid ?? null,
      dry_run: false,
      phases: this.phases.marks,
      records: recordsOut(state.records),
      injected,
      evidence: this.strategy.evidence(this),
      durations: {
        to_inject_seconds: toInject,
        held_seconds: this.held,
        to_recover_seconds: this.toRecover,
        total_seconds: round((Date.now() - this.started) / 1e3)
      },
      recovery_seconds: this.recovery,
      workloads: this.workloads,
      events: await chaosEvents(this.client, this.ref),
      message: kept ? `${head} and kept running` : head + (this.held !== null ? `, held ${this.held}s` : "") + (this.strategy.describe?.(this) ?? "") + (this.toRecover !== null ? `, recovered and removed in ${this.toRecover}s` : "")
    };
  }
};

// src/providers/chaos-mesh/strategies.ts
var NOTHING_REACHED = ["no-targets", "no-status", "timeout"];
async function injectRecords(run) {
  const created = run.created;
  const outcome = await waitInjected(run.client, run.ref, {
    timeoutMs: run.settings.injectMs,
    signal: run.ctx.signal,
    phases: run.phases,
    ...created?.metadata?.resourceVersion ? { resourceVersion: created.metadata.resourceVersion, initial: created } : {}
  });
  run.last = outcome.object ?? run.last;
  if (!outcome.ok) {
    const reached = readState(run.last).records.some((r) => (r.injectedCount ?? 0) > 0);
    if (NOTHING_REACHED.includes(outcome.reason) && !reached && !run.ctx.signal.aborted)
      throw await run.noEffect(outcome.message);
    throw await run.failure(outcome.message);
  }
  run.injectedAt = run.phases.at("AllInjected") ?? Date.now();
  const injected = readState(outcome.object).records.map((r) => r.id);
  run.ctx.logger.info(
    `${run.what} injected into ${injected.length} target(s): ${injected.join(", ")}`
  );
}
async function awaitSelfRecovery(run) {
  const specDuration = goDurationSeconds(run.spec.duration) ?? 0;
  const createdAt = Date.parse(run.created?.metadata?.creationTimestamp ?? "") || run.started;
  const left = Math.max(0, createdAt + specDuration * 1e3 - Date.now());
  const t0 = Date.now();
  const done = await run.watch(left + run.settings.recoverMs, (o) => {
    const st2 = readState(o);
    return st2.desiredPhase === "Stop" && (st2.allRecovered || st2.recoverFailures.length > 0);
  });
  run.held = round((Date.now() - t0) / 1e3);
  const st = readState(run.last);
  if (st.recoverFailures.length > 0 || !done)
    throw await run.failure(
      `${run.what} did not recover when its duration (${String(run.spec.duration)}) ended: ` + (st.recoverFailures.length ? st.recoverFailures.join("; ") : `still ${st.records.map((x) => `${x.id} ${x.phase}`).join(", ")}`)
    );
}
var records = {
  name: "records",
  endsByItself: (spec) => spec.duration !== void 0,
  inject: injectRecords,
  awaitEnd: async (run) => {
    if (run.spec.duration !== void 0) await awaitSelfRecovery(run);
  },
  evidence: (run) => recordsEvidence("records", run.ref.kind, run.last)
};
var oneShot = {
  name: "one-shot",
  endsByItself: () => true,
  // Its targets go away: note who owns them before they do.
  prepare: async (run) => {
    const namespaces = selectorNamespaces(run.spec);
    run.snapshot = await snapshotPods(
      run.client,
      namespaces.length ? namespaces : [run.ref.namespace],
      labelsOf(run.spec)
    );
  },
  inject: async (run) => {
    await injectRecords(run);
    const { recoverMs } = run.settings;
    run.workloads = await waitWorkloadsRecovered(
      run.client,
      readState(run.last).records.map((r) => r.id),
      run.snapshot,
      {
        since: run.injectedAt ?? Date.now(),
        timeoutMs: recoverMs,
        signal: run.ctx.signal,
        logger: run.ctx.logger
      }
    );
    if (run.workloads.length === 0) return;
    const late = run.workloads.filter((w) => !w.recovered);
    if (late.length > 0)
      throw new ActivityFailed(
        `${run.what}: ${late.map((w) => `${w.namespace}/${w.workload}`).join(", ")} not available again within ${Math.round(recoverMs / 1e3)}s of the injection`
      );
    run.recovery = Math.max(...run.workloads.map((w) => w.recovery_seconds ?? 0));
  },
  evidence: (run) => ({
    ...recordsEvidence("one-shot", run.ref.kind, run.last),
    workloads_available_again: run.workloads.filter((w) => w.recovered).length
  }),
  describe: (run) => run.recovery !== null ? `, workloads available again after ${run.recovery}s` : ""
};
function statusOf(run) {
  return run.last?.status ?? {};
}
var schedule = {
  name: "schedule",
  endsByItself: () => false,
  // Chaos Mesh reports it started through status.active; its spawned chaos is Chaos Mesh's.
  inject: async (run) => {
    const done = await run.watch(run.settings.injectMs, (o) => {
      const active = o.status?.active;
      return Array.isArray(active) && active.length > 0;
    });
    run.phases.mark(done ? "Started" : "Waiting");
    run.injectedAt = Date.now();
  },
  evidence: (run) => {
    const active = statusOf(run).active;
    return {
      ...recordsEvidence("schedule", "Schedule", run.last),
      spawned: Array.isArray(active) ? active.length : 0
    };
  }
};
function accomplished(o) {
  return (o?.status?.conditions ?? []).some(
    (c) => c.type === "Accomplished" && c.status === "True"
  );
}
var workflow = {
  name: "workflow",
  endsByItself: () => true,
  inject: async (run) => {
    const started = await run.watch(run.settings.injectMs, (o) => {
      const st = o.status ?? {};
      return st.startTime !== void 0 || st.entryNode !== void 0;
    });
    if (!started)
      throw await run.failure(
        `the Chaos Mesh controller did not start ${run.what} within ${Math.round(run.settings.injectMs / 1e3)}s: is Chaos Mesh installed and running in this cluster?`
      );
    run.phases.mark("Started");
    run.injectedAt = Date.now();
  },
  awaitEnd: async (run) => {
    const { recoverMs } = run.settings;
    const done = await run.watch(recoverMs, accomplished);
    if (!done && !run.ctx.signal.aborted)
      throw await run.failure(
        `${run.what} did not accomplish within ${Math.round(recoverMs / 1e3)}s (recoverTimeout); conditions: ${JSON.stringify(run.last?.status?.conditions ?? [])}`
      );
    if (done) run.phases.mark("Accomplished");
  },
  evidence: (run) => ({
    ...recordsEvidence("workflow", "Workflow", run.last),
    started: run.injectedAt !== void 0,
    accomplished: accomplished(run.last)
  })
};
function strategyFor(kind, spec) {
  if (isOneShot(kind, spec)) return oneShot;
  const family = familyOf(kind);
  return family === "schedule" ? schedule : family === "workflow" ? workflow : records;
}

// src/providers/chaos-mesh/index.ts
var KEYS = [
  "type",
  "action",
  "kind",
  "spec",
  "file",
  "name",
  "namespace",
  "metadata",
  "duration",
  "keep",
  "injectTimeout",
  "recoverTimeout",
  "dryRun",
  "secrets"
];
var ChaosMeshProvider = class {
  type = "chaos-mesh";
  runtime;
  /** Namespaces this process created chaos objects in, per run id (for delete-all). */
  #namespaces = /* @__PURE__ */ new Map();
  #untrack = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    const { runtime, ...rest } = options;
    this.runtime = runtime ?? new KubeRuntime(rest);
  }
  validate(spec, ctx) {
    const issues = [];
    const at = (key, message, expected) => issues.push({
      field: `/${[...ctx.path, key].join("/")}`,
      message,
      ...expected ? { expected } : {},
      ...ctx.locate([...ctx.path, key]) ? { location: ctx.locate([...ctx.path, key]) } : {}
    });
    const s = spec;
    for (const key of Object.keys(s))
      if (!KEYS.includes(key))
        at(key, `unknown key '${key}' for the chaos-mesh provider`, KEYS.slice(1).join(", "));
    const action = s.action ?? "apply";
    if (action !== "apply" && action !== "delete") {
      at("action", `unknown chaos-mesh action '${String(action)}'`, "apply or delete");
      return issues;
    }
    const literal = (v) => typeof v === "string" && v.includes("${");
    if (s.kind !== void 0 && !literal(s.kind) && !canonicalKind(s.kind))
      at("kind", `'${String(s.kind)}' is not a Chaos Mesh kind`, CHAOS_MESH_KINDS.join(", "));
    for (const key of ["duration", "injectTimeout", "recoverTimeout"])
      if (s[key] !== void 0 && !literal(s[key]) && (goDurationSeconds(s[key]) ?? -1) < 0)
        at(key, `'${key}' must be a number of seconds or a duration like '30s'`);
    if (s.keep !== void 0 && typeof s.keep !== "boolean")
      at("keep", "'keep' must be true or false");
    if (typeof s.namespace === "string" && !literal(s.namespace)) {
      const why = this.runtime.radius.whyNot(s.namespace);
      if (why) at("namespace", why);
    }
    if (action === "delete") {
      if (s.name !== void 0 && s.kind === void 0)
        at("kind", "deleting one object by 'name' needs its 'kind' too");
      return issues;
    }
    if (s.file !== void 0) {
      if (typeof s.file !== "string") at("file", "'file' must be a path");
      if (s.spec !== void 0 || s.kind !== void 0)
        at("file", "give either 'file' or 'kind' + 'spec', not both");
      return issues;
    }
    if (s.kind === void 0) {
      at(
        "kind",
        `a chaos-mesh action in activity '${ctx.activityName}' needs 'kind' and 'spec', or 'file'`
      );
      return issues;
    }
    if (!isRecord(s.spec)) {
      at("spec", "'spec' must be a mapping (the Chaos Mesh object's spec)");
      return issues;
    }
    const kind = canonicalKind(s.kind);
    if (kind) {
      for (const ns of selectorNamespaces(s.spec)) {
        if (literal(ns)) continue;
        const why = this.runtime.radius.whyNot(ns);
        if (why) at("spec", `a selector reaches ${why}`);
      }
      const endless = s.duration === void 0 && s.keep !== true && !strategyFor(kind, s.spec).endsByItself(s.spec);
      if (endless)
        at(
          "duration",
          `this ${kind} has no end: without 'spec.duration' it stays injected until deleted`,
          "'duration' (seconds to hold it), 'spec.duration', or 'keep: true' with a later delete"
        );
    }
    return issues;
  }
  #client(s, ctx) {
    const secrets = {};
    const scopes = Array.isArray(s.secrets) ? s.secrets : Array.isArray(ctx.activity.secrets) ? ctx.activity.secrets : [];
    for (const scope of scopes) Object.assign(secrets, ctx.secrets[String(scope)]);
    return this.runtime.client(secrets);
  }
  #defaultNamespace() {
    const allowed = this.runtime.radius.allowed?.filter((n) => n !== "*");
    return allowed?.[0] ?? "default";
  }
  async run(spec, ctx) {
    const s = spec;
    const action = s.action ?? "apply";
    const client = this.#client(s, ctx);
    if (action === "delete") return this.#delete(s, ctx, client);
    if (action !== "apply")
      throw new ActivityFailed(
        `unknown chaos-mesh action '${String(action)}' (expected apply or delete)`
      );
    return this.#apply(s, ctx, client);
  }
  /**
   * What the action would do, touching nothing: for `apply`, the blast radius and the API server's
   * dry run of the create (dryRun=All: CRD schema, admission), plus the pods the top-level
   * selector's namespaces and labelSelectors match now (Chaos Mesh then picks by `mode`).
   */
  async preview(spec, ctx) {
    const s = spec;
    if ((s.action ?? "apply") !== "apply") return this.#previewDelete(s, ctx);
    const client = this.#client(s, ctx);
    const obj = await buildObject(s, ctx, this.#defaultNamespace());
    const name = obj.metadata.name ?? "";
    const out = await this.#apply({ ...s, name, dryRun: true }, ctx, client);
    const sel = isRecord(obj.spec?.selector) ? obj.spec.selector : void 0;
    if (sel === void 0) return { ...out, summary: out.message.replace(/^dry run: /, "") };
    let pods;
    if (isRecord(sel.pods))
      pods = Object.entries(sel.pods).flatMap(
        ([ns, names]) => Array.isArray(names) ? names.map((n) => `${ns}/${String(n)}`) : []
      );
    else {
      const namespaces = Array.isArray(sel.namespaces) ? sel.namespaces.map(String) : [];
      const found = await snapshotPods(
        client,
        namespaces.length ? namespaces : [out.namespace],
        labelsOf(obj.spec ?? {})
      );
      pods = [...found.keys()];
    }
    const partly = Object.keys(sel).filter(
      (k) => !["namespaces", "labelSelectors", "pods"].includes(k)
    );
    const shown = pods.slice(0, 10).join(", ") + (pods.length > 10 ? ", ..." : "");
    return {
      ...out,
      mode: obj.spec?.mode ?? null,
      selected_pods: pods,
      ...partly.length ? { selector_not_applied: partly } : {},
      summary: `${describeRef({ kind: out.kind, namespace: out.namespace, name })} (accepted by the API server), selector matches ${pods.length} pod(s)${pods.length ? `: ${shown}` : ""}` + (obj.spec?.mode ? ` (mode ${String(obj.spec.mode)})` : "")
    };
  }
  #previewDelete(s, ctx) {
    if (typeof s.name === "string" && s.name) {
      const kind = canonicalKind(s.kind);
      if (!kind) throw new ActivityFailed(`deleting '${s.name}' needs a Chaos Mesh 'kind'`);
      const ref = {
        kind,
        name: s.name,
        namespace: typeof s.namespace === "string" && s.namespace || this.#defaultNamespace()
      };
      this.runtime.radius.checkNamespaces(`chaos-mesh delete ${kind}`, [ref.namespace]);
      return {
        action: "delete",
        dry_run: true,
        would_delete: [describeRef(ref)],
        summary: `delete ${describeRef(ref)}`
      };
    }
    return {
      action: "delete",
      dry_run: true,
      would_delete: [],
      summary: `delete every Chaos Mesh object labelled with run ${ctx.runId}`
    };
  }
  async #apply(s, ctx, client) {
    const started = Date.now();
    const object = await buildObject(s, ctx, this.#defaultNamespace());
    const spec = object.spec ?? {};
    const settings = applySettings(s);
    const strategy = strategyFor(object.kind, spec);
    const ref = {
      kind: object.kind,
      namespace: object.metadata.namespace ?? "default",
      name: object.metadata.name ?? ""
    };
    if (settings.hold === void 0 && !settings.keep && !strategy.endsByItself(spec))
      throw new ActivityFailed(
        `${describeRef(ref)} has no end: give 'duration' (seconds to hold it), 'spec.duration', or 'keep: true'`
      );
    const namespaces = [ref.namespace, ...selectorNamespaces(spec)];
    this.runtime.radius.checkNamespaces(`chaos-mesh ${ref.kind}`, namespaces);
    if (s.dryRun === true || this.runtime.radius.dryRun)
      return dryRunApply(client, object, { started, namespaces, strategy: strategy.name });
    const run = new ChaosRun({
      client,
      ctx,
      object,
      settings,
      strategy,
      hooks: {
        created: (r) => {
          this.#remember(ctx.runId, r.namespace);
          this.#track(ctx, client, r);
        },
        removed: (r) => this.#untrackRef(client, r)
      }
    });
    return run.execute();
  }
  async #delete(s, ctx, client) {
    const timeoutMs = seconds(s, "recoverTimeout", DEFAULT_RECOVER_TIMEOUT) * 1e3;
    if (typeof s.name === "string" && s.name) {
      const kind = canonicalKind(s.kind);
      if (!kind) throw new ActivityFailed(`deleting '${s.name}' needs a Chaos Mesh 'kind'`);
      const ref = {
        kind,
        name: s.name,
        namespace: typeof s.namespace === "string" && s.namespace || this.#defaultNamespace()
      };
      this.runtime.radius.checkNamespaces(`chaos-mesh delete ${kind}`, [ref.namespace]);
      const phases = new PhaseLog();
      const r2 = await deleteAndWait(client, ref, {
        timeoutMs,
        signal: AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs + 5e3)]),
        phases
      });
      if (!r2.gone)
        throw new ActivityFailed(
          describeStuck(ref, r2.last, r2.seconds, await chaosEvents(client, ref))
        );
      this.#untrackRef(client, ref);
      return {
        action: "delete",
        deleted: [describeRef(ref)],
        phases: phases.marks,
        to_recover_seconds: r2.seconds,
        message: `${describeRef(ref)} removed after ${r2.seconds}s`
      };
    }
    const known = this.#namespaces.get(ctx.runId);
    const namespaces = typeof s.namespace === "string" && s.namespace ? [s.namespace] : known && known.size > 0 ? [...known] : this.runtime.radius.allowed?.includes("*") ? void 0 : this.runtime.radius.allowed;
    const t0 = Date.now();
    const r = await deleteAllForRun(client, ctx.runId, {
      namespaces,
      timeoutMs,
      signal: ctx.signal,
      logger: ctx.logger
    });
    for (const key of [...this.#untrack.keys()])
      if (key.startsWith(`${client.server}|${ctx.runId}|`)) this.#untrackKey(key);
    return {
      action: "delete",
      deleted: r.deleted,
      to_recover_seconds: round((Date.now() - t0) / 1e3),
      message: r.deleted.length ? `removed ${r.deleted.join(", ")}` : `no Chaos Mesh objects of run ${ctx.runId} left`
    };
  }
  #remember(runId, namespace) {
    const set = this.#namespaces.get(runId) ?? /* @__PURE__ */ new Set();
    set.add(namespace);
    this.#namespaces.set(runId, set);
  }
  #key(client, runId, ref) {
    return `${client.server}|${runId}|${ref.kind}|${ref.namespace}|${ref.name}`;
  }
  #track(ctx, client, ref) {
    if (ctx.inRollback) return;
    const key = this.#key(client, ctx.runId, ref);
    const data = { server: client.server, runId: ctx.runId, ...ref };
    const untrack = ctx.resources.track({
      provider: "chaos-mesh",
      kind: ref.kind,
      description: describeRef(ref),
      data,
      undo: async (signal) => {
        const r = await deleteAndWait(client, ref, { timeoutMs: 6e4, signal });
        if (!r.gone)
          throw new Error(describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref)));
        this.#untrack.delete(key);
      }
    });
    this.#untrack.set(key, untrack);
  }
  #untrackRef(client, ref) {
    for (const key of [...this.#untrack.keys()])
      if (key.startsWith(`${client.server}|`) && key.endsWith(`|${ref.kind}|${ref.namespace}|${ref.name}`))
        this.#untrackKey(key);
  }
  #untrackKey(key) {
    this.#untrack.get(key)?.();
    this.#untrack.delete(key);
  }
  /**
   * Removes every Chaos Mesh object labelled with `runId` (the action's post step, after the
   * ledger): in every namespace, or in the run's namespaces when listing everywhere is forbidden.
   */
  async cleanupRun(runId, ctx) {
    const client = this.runtime.client();
    const { deleted } = await acrossNamespaces(
      ctx.namespaces,
      (namespaces) => deleteAllForRun(client, runId, {
        namespaces,
        timeoutMs: 6e4,
        signal: ctx.signal,
        logger: ctx.logger
      })
    );
    return deleted;
  }
  /** The post step: remove the object and anything else of its run in that namespace. */
  async cleanupPersisted(resource, ctx) {
    const d = resource.data;
    const client = this.runtime.client();
    if (client.server !== d.server)
      throw new Error(
        `leftover ${resource.description} is on ${d.server} but the current kubeconfig points at ${client.server}; not touching it`
      );
    const kind = canonicalKind(d.kind);
    if (kind) {
      const ref = { kind, namespace: d.namespace, name: d.name };
      const r = await deleteAndWait(client, ref, { timeoutMs: 6e4, signal: ctx.signal });
      if (!r.gone)
        throw new Error(describeStuck(ref, r.last, r.seconds, await chaosEvents(client, ref)));
    }
    await deleteAllForRun(client, d.runId, {
      namespaces: [d.namespace],
      timeoutMs: 6e4,
      signal: ctx.signal,
      logger: ctx.logger
    });
  }
};
async function dryRunApply(client, object, o) {
  const namespace = object.metadata.namespace ?? "default";
  const name = object.metadata.name ?? "";
  await client.request(
    "create",
    { res: chaosResource(object.kind), namespace },
    { body: object, query: { dryRun: "All" } }
  );
  return {
    action: "apply",
    kind: object.kind,
    name,
    namespace,
    strategy: o.strategy,
    one_shot: o.strategy === "one-shot",
    kept: false,
    uid: null,
    dry_run: true,
    phases: [],
    records: [],
    injected: [],
    evidence: null,
    durations: {
      to_inject_seconds: null,
      held_seconds: null,
      to_recover_seconds: null,
      total_seconds: round((Date.now() - o.started) / 1e3)
    },
    recovery_seconds: null,
    workloads: [],
    events: [],
    message: `dry run: the API server accepts ${describeRef({ kind: object.kind, namespace, name })}; nothing was created (namespaces: ${[...new Set(o.namespaces)].join(", ")})`
  };
}
export {
  CHAOS_MESH_KINDS,
  ChaosMeshProvider,
  RUN_ID_LABEL,
  deleteAllForRun,
  recordPod
};
