import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  R,
  isNotFound
} from "./chunk-K45IFRIT.js";
import {
  describeTarget
} from "./chunk-FPYVVETA.js";
import {
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/cluster/tunnel/service-endpoints.ts
var ENDPOINT_SLICES = {
  group: "discovery.k8s.io",
  version: "v1",
  plural: "endpointslices",
  namespaced: true
};
var WATCH_SPAN_MS = 10 * 6e4;
var ServiceLookupError = class extends Error {
  name = "ServiceLookupError";
};
async function servicePortName(client, target) {
  let service;
  try {
    service = await client.get(R.services, target.namespace, target.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    const names = await client.list(R.services, target.namespace).then((l) => l.items.map((s) => s.metadata?.name ?? "?")).catch(() => []);
    throw new ServiceLookupError(
      `no Service '${target.name}' in namespace '${target.namespace}'` + (names.length > 0 ? ` (Services there: ${names.slice(0, 10).join(", ")})` : " (the namespace has no Services, or does not exist)")
    );
  }
  const ports = (service.spec?.ports ?? []).filter(
    (p) => (p.protocol ?? "TCP") === "TCP"
  );
  const found = ports.find((p) => p.port === target.port);
  if (found === void 0) {
    throw new ServiceLookupError(
      `Service ${target.namespace}/${target.name} has no TCP port ${target.port} (its ports: ${ports.map((p) => p.port).join(", ") || "none"})`
    );
  }
  return found.name ?? "";
}
function readyEndpoints(slices, portName) {
  const out = /* @__PURE__ */ new Map();
  for (const slice of slices) {
    const port = (slice.ports ?? []).find(
      (p) => (p.name ?? "") === portName && (p.protocol ?? "TCP") === "TCP"
    )?.port;
    if (port === void 0) continue;
    for (const endpoint of slice.endpoints ?? []) {
      const ref = endpoint.targetRef;
      const ready = endpoint.conditions?.ready !== false && endpoint.conditions?.terminating !== true;
      if (ready && ref?.kind === "Pod" && ref.name) out.set(ref.name, { pod: ref.name, port });
    }
  }
  return [...out.values()].sort((a, b) => a.pod.localeCompare(b.pod));
}
var ServiceEndpoints = class _ServiceEndpoints {
  target;
  #client;
  #portName;
  #stop = new AbortController();
  #ready = [];
  #synced = false;
  #lastError;
  #waiters = /* @__PURE__ */ new Set();
  #next = 0;
  constructor(client, target, portName) {
    this.#client = client;
    this.target = target;
    this.#portName = portName;
  }
  /** Checks the Service and its port, then starts watching its EndpointSlices. */
  static async start(client, target) {
    const portName = await servicePortName(client, target);
    const endpoints = new _ServiceEndpoints(client, target, portName);
    void endpoints.#watch();
    return endpoints;
  }
  get ready() {
    return this.#ready;
  }
  /**
   * The next Ready endpoint (round robin over those Ready now), waiting up to `timeoutMs` for one;
   * undefined when none became Ready in time.
   */
  async pick(timeoutMs, signal) {
    const deadline = Date.now() + timeoutMs;
    for (; ; ) {
      if (this.#synced && this.#ready.length > 0) {
        const endpoint = this.#ready[this.#next++ % this.#ready.length];
        if (endpoint) return endpoint;
      }
      const left = deadline - Date.now();
      if (left <= 0 || signal?.aborted || this.#stop.signal.aborted) return void 0;
      await this.#changed(left, signal);
    }
  }
  /** Why no endpoint was found, for the error message. */
  describeEmpty(waitedMs) {
    const why = this.#lastError ? ` (watching its EndpointSlices failed: ${this.#lastError})` : "";
    return `Service ${describeTarget(this.target)} has no Ready endpoint (waited ${Math.round(waitedMs / 100) / 10}s)${why}`;
  }
  stop() {
    this.#stop.abort();
    for (const wake of this.#waiters) wake();
  }
  #changed(ms, signal) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        this.#waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener("abort", done, { once: true });
      this.#waiters.add(done);
    });
  }
  #update(slices) {
    this.#ready = readyEndpoints(slices.values(), this.#portName);
    this.#synced = true;
    for (const wake of [...this.#waiters]) wake();
  }
  async #watch() {
    const selector = `kubernetes.io/service-name=${this.target.name}`;
    while (!this.#stop.signal.aborted) {
      try {
        await this.#client.watchUntil(
          ENDPOINT_SLICES,
          this.target.namespace,
          { labelSelector: selector, timeoutMs: WATCH_SPAN_MS, signal: this.#stop.signal },
          (slices) => {
            this.#update(slices);
            return false;
          }
        );
        this.#lastError = void 0;
      } catch (error) {
        if (this.#stop.signal.aborted) return;
        this.#lastError = errorMessage(error);
        for (const wake of [...this.#waiters]) wake();
        await new Promise((resolve) => setTimeout(resolve, 1e3).unref());
      }
    }
  }
};

export {
  ServiceLookupError,
  servicePortName,
  readyEndpoints,
  ServiceEndpoints
};
