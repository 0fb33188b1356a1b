import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  workloadStatus
} from "./chunk-F2KRWREI.js";
import {
  runCommand,
  tail
} from "./chunk-AWYZMPVQ.js";
import {
  loadTarget
} from "./chunk-LHEWBLHD.js";
import {
  KubeClient,
  KubernetesObjectApi,
  PatchStrategy,
  R
} from "./chunk-K45IFRIT.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ClusterError,
  UserError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/cluster/deploy.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
var import_yaml = __toESM(require_dist(), 1);
var FIELD_MANAGER = "chaos-action";
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
async function manifestFiles(path) {
  const st = await stat(path);
  if (st.isFile()) return [path];
  const out = [];
  const walk = async (dir, depth) => {
    if (depth > 8) return;
    const entries = (await readdir(dir, { withFileTypes: true })).sort(
      (a, b) => a.name.localeCompare(b.name)
    );
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p, depth + 1);
      else if (MANIFEST_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
    }
  };
  await walk(path, 0);
  return out;
}
function parseManifests(text, file) {
  const out = [];
  (0, import_yaml.parseAllDocuments)(text).forEach((doc, index) => {
    if (doc.errors.length)
      throw new UserError(
        `${file}: document ${index + 1}: invalid YAML: ${doc.errors[0]?.message ?? ""}`
      );
    const value = doc.toJS();
    if (value === null || value === void 0) return;
    const push = (o) => {
      if (!o || typeof o !== "object" || Array.isArray(o))
        throw new UserError(`${file}: document ${index + 1} is not a Kubernetes object`);
      const obj = o;
      if (typeof obj.kind !== "string" || typeof obj.apiVersion !== "string" || !obj.metadata?.name) {
        if (obj.kind?.endsWith("List") && Array.isArray(obj.items)) {
          obj.items.forEach(push);
          return;
        }
        throw new UserError(
          `${file}: document ${index + 1} needs apiVersion, kind and metadata.name`
        );
      }
      out.push({ file, index: index + 1, object: obj });
    };
    push(value);
  });
  return out;
}
function applyOrder(docs) {
  const rank = (d) => d.object.kind === "Namespace" ? 0 : d.object.kind === "CustomResourceDefinition" ? 1 : 2;
  return docs.map((d, i) => ({ d, i })).sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i).map((x) => x.d);
}
function describeApiError(error) {
  const e = error;
  if (typeof e.code === "number") {
    let message = "";
    try {
      const body = typeof e.body === "string" ? JSON.parse(e.body) : e.body;
      message = body?.message ?? "";
    } catch {
      message = String(e.body).slice(0, 300);
    }
    return `HTTP ${e.code}${message ? `: ${message}` : ""}`;
  }
  return errorMessage(error);
}
var WORKLOADS = [
  ["Deployment", R.deployments],
  ["StatefulSet", R.statefulsets],
  ["DaemonSet", R.daemonsets]
];
async function snapshotWorkloads(client) {
  const out = /* @__PURE__ */ new Map();
  for (const [kind, res] of WORKLOADS) {
    const l = await client.list(res, void 0);
    for (const o of l.items)
      out.set(
        `${o.metadata?.namespace ?? ""}/${kind}/${o.metadata?.name ?? ""}`,
        String(o.metadata?.generation ?? "")
      );
  }
  return out;
}
async function deploy(target, options, logger) {
  const started = Date.now();
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const kubeConfig = options.kubeConfig ?? loadTarget({ kubeconfig: options.kubeconfigPath, context: options.context, env }).kubeConfig;
  const client = new KubeClient({ kubeConfig });
  const timeoutS = options.timeoutSeconds ?? 300;
  const path = resolve(cwd, target);
  const isPath = await stat(path).then(
    () => true,
    () => false
  );
  let applied = [];
  let namespaces;
  let how;
  if (isPath) {
    how = "manifests";
    const r = await applyManifests(
      target.startsWith("/") ? target : path,
      kubeConfig,
      client,
      logger,
      cwd
    );
    applied = r.applied;
    namespaces = r.namespaces;
  } else {
    how = "command";
    const seen = async () => {
      try {
        const workloads2 = await snapshotWorkloads(client);
        const ns = (await client.list(R.namespaces, void 0)).items.map(
          (n) => n.metadata?.name ?? ""
        );
        return { workloads: workloads2, namespaces: new Set(ns) };
      } catch (error) {
        logger.warning(
          `cannot list workloads cluster-wide (${errorMessage(error)}): no namespaces will count as touched`
        );
        return void 0;
      }
    };
    const before = await seen();
    logger.info(`deploying with: ${target}`);
    const r = await runCommand("/bin/sh", ["-c", target], {
      cwd,
      env: { ...env, ...options.kubeconfigPath ? { KUBECONFIG: options.kubeconfigPath } : {} },
      timeoutMs: timeoutS * 1e3,
      logger,
      echoStdout: true,
      ...options.signal ? { signal: options.signal } : {}
    });
    if (r.code !== 0)
      throw new UserError(
        `the deploy command ${r.timedOut ? `did not finish within ${timeoutS}s` : `failed (exit ${String(r.code)})`}: ${target}
${tail(r.stderr || r.stdout)}`,
        {
          code: "CHAOS_DEPLOY",
          advice: "run the command locally against the same cluster to see why"
        }
      );
    const after = before ? await seen() : void 0;
    const touched = /* @__PURE__ */ new Set();
    if (before && after) {
      for (const [key, gen] of after.workloads)
        if (before.workloads.get(key) !== gen) touched.add(key.split("/")[0] ?? "");
      for (const name of after.namespaces) if (!before.namespaces.has(name)) touched.add(name);
    }
    namespaces = [...touched].filter(Boolean).sort();
  }
  const workloads = await waitRollouts(client, namespaces, timeoutS * 1e3, logger, options.signal);
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  logger.info(
    `deployed in ${seconds}s: namespaces ${namespaces.join(", ") || "(none)"}; ${workloads.length} workload(s) rolled out`
  );
  return { how, applied, namespaces, workloads, seconds };
}
async function applyManifests(path, kubeConfig, client, logger, cwd) {
  const files = await manifestFiles(path);
  if (files.length === 0)
    throw new UserError(`no .yaml, .yml or .json manifests in ${path}`, { code: "CHAOS_DEPLOY" });
  const docs = [];
  for (const f of files)
    docs.push(...parseManifests(await readFile(f, "utf8"), relative(cwd, f) || f));
  const api = KubernetesObjectApi.makeApiClient(kubeConfig);
  const applied = [];
  const namespaces = /* @__PURE__ */ new Set();
  const declared = new Set(
    docs.filter((d) => d.object.kind === "Namespace").map((d) => d.object.metadata?.name ?? "")
  );
  for (const ns of new Set(
    docs.map((d) => d.object.metadata?.namespace).filter((n) => !!n)
  )) {
    if (declared.has(ns)) continue;
    if (!await client.getOrNull(R.namespaces, void 0, ns)) {
      await client.create(R.namespaces, void 0, {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: ns }
      });
      logger.info(`created namespace ${ns}`);
    }
  }
  let crdsApplied = false;
  for (const d of applyOrder(docs)) {
    if (d.object.kind !== "CustomResourceDefinition" && crdsApplied) {
      await waitCrdsEstablished(client, docs);
      crdsApplied = false;
    }
    let result;
    try {
      result = await api.patch(
        structuredClone(d.object),
        void 0,
        void 0,
        FIELD_MANAGER,
        true,
        PatchStrategy.ServerSideApply
      );
    } catch (error) {
      throw new ClusterError(
        `cannot apply ${d.object.kind} ${d.object.metadata?.namespace ? `${d.object.metadata.namespace}/` : ""}${d.object.metadata?.name ?? ""} (${d.file}, document ${d.index}): ${describeApiError(error)}`,
        "fix the manifest, or check the credentials may create it"
      );
    }
    const ns = result.metadata?.namespace;
    const name = `${d.object.kind} ${ns ? `${ns}/` : ""}${d.object.metadata?.name ?? ""}`;
    applied.push(name);
    logger.info(`applied ${name}`);
    if (d.object.kind === "Namespace") namespaces.add(d.object.metadata?.name ?? "");
    else if (ns) namespaces.add(ns);
    if (d.object.kind === "CustomResourceDefinition") crdsApplied = true;
  }
  return { applied, namespaces: [...namespaces].filter(Boolean).sort() };
}
async function waitCrdsEstablished(client, docs) {
  const res = {
    group: "apiextensions.k8s.io",
    version: "v1",
    plural: "customresourcedefinitions",
    namespaced: false
  };
  const names = new Set(
    docs.filter((d) => d.object.kind === "CustomResourceDefinition").map((d) => d.object.metadata?.name ?? "")
  );
  await client.watchUntil(
    res,
    void 0,
    { timeoutMs: 3e4 },
    (objects) => [...names].every(
      (n) => (objects.get(`/${n}`)?.status?.conditions ?? []).some((c) => c.type === "Established" && c.status === "True")
    )
  );
}
function readiness(kind, o) {
  const s = workloadStatus(kind, o);
  return `${s.ready}/${s.desired} ready, ${s.updated} updated, ${s.available} available${s.observed ? "" : ", not yet observed by its controller"}`;
}
async function waitRollouts(client, namespaces, timeoutMs, logger, signal) {
  const deadline = Date.now() + timeoutMs;
  const latest = /* @__PURE__ */ new Map();
  await Promise.all(
    namespaces.flatMap(
      (ns) => WORKLOADS.map(async ([kind, res]) => {
        await client.watchUntil(
          res,
          ns,
          { timeoutMs: Math.max(0, deadline - Date.now()), signal },
          (objects) => {
            for (const o of objects.values())
              latest.set(`${kind}/${ns}/${o.metadata?.name ?? ""}`, {
                kind,
                namespace: ns,
                name: o.metadata?.name ?? "",
                obj: o
              });
            return [...objects.values()].every((o) => workloadStatus(kind, o).complete);
          }
        );
      })
    )
  );
  const all = [...latest.values()];
  const stuck = all.filter((p) => !workloadStatus(p.kind, p.obj).complete);
  if (stuck.length > 0) {
    const lines = [];
    for (const p of stuck) {
      const why = await warningsFor(client, p.namespace, p.name);
      lines.push(
        `${p.kind} ${p.namespace}/${p.name}: ${readiness(p.kind, p.obj)}${why.length ? `; ${why.join("; ")}` : ""}`
      );
    }
    throw new ClusterError(
      `not rolled out within ${Math.round(timeoutMs / 1e3)}s:
  ${lines.join("\n  ")}`,
      "check the images, resources and scheduling constraints; raise the deploy timeout if it is just slow"
    );
  }
  for (const p of all) logger.debug(`${p.kind} ${p.namespace}/${p.name} rolled out`);
  return all.map((p) => ({
    kind: p.kind,
    namespace: p.namespace,
    name: p.name,
    ready: readiness(p.kind, p.obj)
  })).sort(
    (a, b) => `${a.namespace}/${a.kind}/${a.name}`.localeCompare(`${b.namespace}/${b.kind}/${b.name}`)
  );
}
async function warningsFor(client, namespace, name) {
  try {
    const l = await client.list(R.events, namespace, { fieldSelector: "type=Warning" });
    const grouped = /* @__PURE__ */ new Map();
    for (const e of l.items) {
      const n = e.involvedObject?.name ?? "";
      if (n !== name && !n.startsWith(`${name}-`)) continue;
      const key = `${e.reason ?? ""}: ${(e.message ?? "").trim()}`;
      const at = e.lastTimestamp ?? e.eventTime ?? "";
      const g = grouped.get(key) ?? {
        first: `${e.involvedObject?.kind ?? ""} ${n}`,
        objects: /* @__PURE__ */ new Set(),
        at
      };
      g.objects.add(n);
      if (at > g.at) g.at = at;
      grouped.set(key, g);
    }
    return [...grouped.entries()].sort((a, b) => a[1].at.localeCompare(b[1].at)).slice(-3).map(
      ([key, g]) => `${g.first}${g.objects.size > 1 ? ` (and ${g.objects.size - 1} more)` : ""}: ${key}`
    );
  } catch {
    return [];
  }
}

export {
  deploy,
  waitRollouts
};
