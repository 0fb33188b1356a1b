import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  parseDurationSeconds
} from "./chunk-E2IFONQR.js";
import {
  ActivityFailed
} from "./chunk-2OZ6HILO.js";

// src/providers/kubernetes/select.ts
function selectPods(pods, s, random = Math.random) {
  const mode = s.mode ?? "fixed";
  const order = s.order ?? "alphabetic";
  let qty = s.qty ?? 1;
  if (typeof qty !== "number" || Number.isNaN(qty))
    throw new ActivityFailed(`Cannot select pods. Quantity '${String(qty)}' is not a number.`);
  if (qty < 0) throw new ActivityFailed(`Cannot select pods. Quantity '${qty}' is negative.`);
  if (mode !== "fixed" && mode !== "percentage")
    throw new ActivityFailed(`Cannot select pods. Mode '${mode}' is invalid.`);
  if (order !== "alphabetic" && order !== "oldest")
    throw new ActivityFailed(`Cannot select pods. Order '${order}' is invalid.`);
  let out = [...pods];
  if (s.name_pattern) {
    let re;
    try {
      re = new RegExp(s.name_pattern);
    } catch (error) {
      throw new ActivityFailed(`invalid name_pattern '${s.name_pattern}': ${String(error)}`);
    }
    out = out.filter((p) => re.test(p.metadata?.name ?? ""));
  }
  if (order === "oldest")
    out.sort(
      (a, b) => (a.metadata?.creationTimestamp ?? "").localeCompare(b.metadata?.creationTimestamp ?? "")
    );
  if (!s.all) {
    if (mode === "percentage") qty = Math.ceil(qty * out.length / 100);
    qty = Math.min(Math.floor(qty), out.length);
    out = s.rand ? sample(out, qty, random) : out.slice(0, qty);
  }
  return out;
}
function sample(items, k, random) {
  const pool = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const tmp = pool[i];
    pool[i] = pool[j];
    pool[j] = tmp;
  }
  return pool.slice(0, k);
}
function podReady(pod) {
  const conditions = pod.status?.conditions ?? [];
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}
function podPhase(pod) {
  return pod.status?.phase;
}
function isTerminating(o) {
  return o.metadata?.deletionTimestamp !== void 0;
}
function labelSelectorString(sel) {
  if (!sel) return "";
  const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel.matchExpressions ?? []) {
    const values = (e.values ?? []).join(",");
    switch (e.operator) {
      case "In":
        parts.push(`${e.key} in (${values})`);
        break;
      case "NotIn":
        parts.push(`${e.key} notin (${values})`);
        break;
      case "Exists":
        parts.push(e.key);
        break;
      case "DoesNotExist":
        parts.push(`!${e.key}`);
        break;
    }
  }
  return parts.join(",");
}
function toLabelSelector(value) {
  if (value === void 0 || value === null || value === "") return void 0;
  if (typeof value === "string") return value;
  if (typeof value === "object" && !Array.isArray(value)) {
    const v = value;
    if ("matchLabels" in v || "matchExpressions" in v)
      return labelSelectorString(v);
    return Object.entries(v).map(([k, x]) => `${k}=${String(x)}`).join(",");
  }
  throw new ActivityFailed(
    `a label selector must be a string or a mapping, got ${JSON.stringify(value)}`
  );
}
function num(v) {
  return typeof v === "number" ? v : 0;
}
function workloadStatus(kind, o) {
  const st = o.status ?? {};
  const observed = num(st.observedGeneration) >= num(o.metadata?.generation);
  if (kind === "DaemonSet") {
    const desired2 = num(st.desiredNumberScheduled);
    const ready2 = num(st.numberReady);
    const available2 = num(st.numberAvailable);
    const updated2 = num(st.updatedNumberScheduled);
    return {
      desired: desired2,
      ready: ready2,
      available: available2,
      updated: updated2,
      observed,
      complete: observed && updated2 === desired2 && available2 === desired2 && ready2 === desired2
    };
  }
  const desired = typeof o.spec?.replicas === "number" ? o.spec.replicas : 1;
  const ready = num(st.readyReplicas);
  const available = kind === "StatefulSet" ? num(st.availableReplicas ?? st.readyReplicas) : num(st.availableReplicas);
  const updated = kind === "ReplicaSet" ? num(st.fullyLabeledReplicas ?? st.replicas) : num(st.updatedReplicas);
  const current = num(st.replicas);
  let complete = observed && ready === desired && available === desired && current === desired;
  if (kind === "Deployment") complete &&= updated === desired;
  if (kind === "StatefulSet") {
    const strategy = o.spec?.updateStrategy?.type;
    if (strategy !== "OnDelete")
      complete &&= updated === desired && (st.currentRevision ?? "") === (st.updateRevision ?? "");
  }
  return { desired, ready, available, updated, observed, complete };
}
function parseSince(text) {
  const seconds = parseDurationSeconds(text, { unitRequired: true });
  if (seconds === void 0)
    throw new ActivityFailed(`cannot understand the duration '${text}' (e.g. '10 minutes', '30s')`);
  return Math.max(1, Math.round(seconds));
}

export {
  selectPods,
  podReady,
  podPhase,
  isTerminating,
  labelSelectorString,
  toLabelSelector,
  workloadStatus,
  parseSince
};
