import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  routeUrl,
  serviceTargetOf
} from "./chunk-FPYVVETA.js";
import {
  ActivityFailed,
  NoEffectError
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/providers/proxy/fault-proxy.ts
import http from "node:http";
import net from "node:net";
import { Transform } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";

// src/providers/proxy/faults.ts
var FAULT_TYPES = ["latency", "http-error", "reset", "bandwidth", "blackhole"];
function faultName(fault) {
  return fault.name ?? fault.type;
}
var EvenSampler = class {
  #seen = 0;
  #ratio;
  constructor(percentage) {
    this.#ratio = Math.min(100, Math.max(0, percentage)) / 100;
  }
  next() {
    const before = Math.floor(this.#seen * this.#ratio);
    this.#seen++;
    return Math.floor(this.#seen * this.#ratio) > before;
  }
};
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}
function validateFault(value, field) {
  const issues = [];
  const push = (sub, message, expected) => {
    issues.push({ field: `${field}${sub}`, message, expected });
  };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    push(
      "",
      "a fault must be a mapping",
      `an object with a \`type\` among ${FAULT_TYPES.join(", ")}`
    );
    return issues;
  }
  const fault = value;
  if (typeof fault.type !== "string" || !FAULT_TYPES.includes(fault.type)) {
    push(
      "/type",
      `unknown fault type ${JSON.stringify(fault.type)}`,
      `one of ${FAULT_TYPES.join(", ")}`
    );
    return issues;
  }
  const literal = (v) => !(typeof v === "string" && v.includes("$"));
  const percentage = fault.percentage;
  if (percentage !== void 0 && literal(percentage) && (!isNumber(percentage) || percentage < 0 || percentage > 100)) {
    push("/percentage", "percentage out of range", "a number from 0 to 100");
  }
  if (fault.name !== void 0 && (typeof fault.name !== "string" || fault.name === "")) {
    push("/name", "fault name must be a non-empty string", "a non-empty string");
  }
  switch (fault.type) {
    case "latency":
      if (literal(fault.latency_ms) && (!isNumber(fault.latency_ms) || fault.latency_ms < 0)) {
        push("/latency_ms", "latency fault needs `latency_ms`", "a number of milliseconds \u2265 0");
      }
      if (fault.jitter_ms !== void 0 && literal(fault.jitter_ms) && (!isNumber(fault.jitter_ms) || fault.jitter_ms < 0)) {
        push("/jitter_ms", "jitter must be a number of milliseconds", "a number \u2265 0");
      }
      break;
    case "http-error":
      if (fault.status !== void 0 && literal(fault.status) && (!Number.isInteger(fault.status) || fault.status < 100 || fault.status > 599)) {
        push("/status", "invalid HTTP status", "an integer from 100 to 599");
      }
      break;
    case "bandwidth":
      if (literal(fault.kilobytes_per_second) && (!isNumber(fault.kilobytes_per_second) || fault.kilobytes_per_second <= 0)) {
        push(
          "/kilobytes_per_second",
          "bandwidth fault needs `kilobytes_per_second`",
          "a number > 0"
        );
      }
      break;
    default:
      break;
  }
  return issues;
}

// src/providers/proxy/fault-proxy.ts
function parseHostPort(value, defaultHost = "127.0.0.1") {
  const text = value.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "");
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(text);
  if (match) {
    return { host: match[1] ?? (match[2] || defaultHost), port: Number(match[3]) };
  }
  if (/^\d+$/.test(text)) return { host: defaultHost, port: Number(text) };
  throw new Error(`expected host:port, got ${JSON.stringify(value)}`);
}
var Throttle = class extends Transform {
  #bytesPerSecond;
  #nextAt = 0;
  constructor(bytesPerSecond) {
    super();
    this.#bytesPerSecond = bytesPerSecond;
  }
  _transform(chunk, _enc, done) {
    const now = Date.now();
    const start = Math.max(now, this.#nextAt);
    this.#nextAt = start + chunk.length / this.#bytesPerSecond * 1e3;
    const wait = start - now;
    if (wait <= 0) done(null, chunk);
    else setTimeout(() => done(null, chunk), wait).unref();
  }
};
var FaultProxy = class {
  options;
  #faults = /* @__PURE__ */ new Map();
  #held = /* @__PURE__ */ new Set();
  #sockets = /* @__PURE__ */ new Set();
  #upstream;
  #agent = new http.Agent({ keepAlive: true, maxSockets: 512, maxFreeSockets: 256 });
  #server;
  #total = 0;
  #address = "";
  constructor(options) {
    this.options = options;
    this.#upstream = parseHostPort(options.upstream);
  }
  /** The address it listens on, `host:port`, once started. */
  get address() {
    return this.#address;
  }
  get url() {
    return `http://${this.#address}`;
  }
  async start() {
    const { host, port } = parseHostPort(this.options.listen);
    const server = this.options.mode === "http" ? http.createServer(
      { keepAliveTimeout: 5e3 },
      (req, res) => void this.#onRequest(req, res)
    ) : net.createServer((socket) => void this.#onConnection(socket));
    server.on("connection", (socket) => {
      this.#sockets.add(socket);
      socket.setNoDelay(true);
      socket.on("close", () => this.#sockets.delete(socket));
    });
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => resolve());
    });
    const addr = server.address();
    this.#address = `${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}`;
    this.#server = server;
    return this.#address;
  }
  addFault(fault) {
    const percentage = "percentage" in fault && fault.percentage !== void 0 ? fault.percentage : 100;
    this.#faults.set(faultName(fault), { fault, sampler: new EvenSampler(percentage), affected: 0 });
  }
  /** Removes a fault; returns its stats, or undefined when no fault had that name. */
  removeFault(name) {
    const active = this.#faults.get(name);
    if (!active) return void 0;
    this.#faults.delete(name);
    if (active.fault.type === "blackhole") this.#releaseHeld();
    return { name, type: active.fault.type, affected: active.affected };
  }
  clearFaults() {
    return [...this.#faults.keys()].map((name) => this.removeFault(name)).filter((s) => !!s);
  }
  stats() {
    return {
      name: this.options.name,
      mode: this.options.mode,
      listen: this.#address,
      upstream: this.options.upstream,
      total: this.#total,
      faults: [...this.#faults.entries()].map(([name, a]) => ({
        name,
        type: a.fault.type,
        affected: a.affected
      }))
    };
  }
  async stop() {
    const stats = this.stats();
    this.#faults.clear();
    const server = this.#server;
    this.#server = void 0;
    if (server) {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      for (const socket of this.#sockets) socket.destroy();
      await closed;
    }
    this.#agent.destroy();
    return stats;
  }
  /** Which faults hit this request or connection, each sampled once. */
  #pick() {
    const hit = { latency: 0, reset: false, blackhole: false };
    for (const active of this.#faults.values()) {
      const f = active.fault;
      if (f.type === "bandwidth") {
        active.affected++;
        hit.bandwidth = Math.min(hit.bandwidth ?? Infinity, f.kilobytes_per_second * 1024);
        continue;
      }
      if (!active.sampler.next()) continue;
      active.affected++;
      if (f.type === "latency") {
        const jitter = f.jitter_ms ? (Math.random() * 2 - 1) * f.jitter_ms : 0;
        hit.latency += Math.max(0, f.latency_ms + jitter);
      } else if (f.type === "http-error") hit.error = f;
      else if (f.type === "reset") hit.reset = true;
      else hit.blackhole = true;
    }
    return hit;
  }
  #hold(socket) {
    this.#held.add(socket);
    socket.once("close", () => this.#held.delete(socket));
  }
  #releaseHeld() {
    for (const socket of this.#held) socket.destroy();
    this.#held.clear();
  }
  #onRequest(req, res) {
    this.#total++;
    if (this.#faults.size === 0) return this.#forward(req, res, void 0);
    const hit = this.#pick();
    if (hit.blackhole) {
      this.#hold(req.socket);
      req.resume();
      return;
    }
    if (hit.reset) {
      req.socket.resetAndDestroy();
      return;
    }
    if (hit.latency > 0) setTimeout(() => this.#afterLatency(req, res, hit), hit.latency);
    else this.#afterLatency(req, res, hit);
  }
  #afterLatency(req, res, hit) {
    if (hit.error) {
      const body = hit.error.body ?? `chaos-action proxy injected HTTP ${hit.error.status ?? 503}
`;
      req.resume();
      res.writeHead(hit.error.status ?? 503, {
        "content-type": "text/plain; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "x-chaos-fault": faultName(hit.error)
      });
      res.end(body);
      return;
    }
    this.#forward(req, res, hit.bandwidth);
  }
  #forward(req, res, bandwidth) {
    const upstreamReq = http.request(
      {
        host: this.#upstream.host,
        port: this.#upstream.port,
        method: req.method,
        path: req.url,
        // As received (order, case, repeats); the client's Host goes through unchanged.
        headers: req.rawHeaders,
        agent: this.#agent
      },
      (upstreamRes) => {
        res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.rawHeaders);
        if (bandwidth) upstreamRes.pipe(new Throttle(bandwidth)).pipe(res);
        else upstreamRes.pipe(res);
      }
    );
    upstreamReq.on("error", (err) => {
      if (!res.headersSent) {
        res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
        res.end(`chaos-action proxy: upstream ${this.options.upstream} failed: ${err.message}
`);
      } else res.destroy();
    });
    if (req.headers["content-length"] === void 0 && req.headers["transfer-encoding"] === void 0) {
      req.resume();
      upstreamReq.end();
    } else req.pipe(upstreamReq);
  }
  async #onConnection(client) {
    this.#total++;
    const hit = this.#pick();
    if (hit.blackhole) {
      this.#hold(client);
      client.resume();
      return;
    }
    if (hit.reset) {
      client.resetAndDestroy();
      return;
    }
    client.pause();
    if (hit.latency > 0) await sleep(hit.latency);
    const upstream = net.connect(this.#upstream.port, this.#upstream.host);
    upstream.setNoDelay(true);
    const fail = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on("error", fail);
    client.on("error", fail);
    upstream.on("connect", () => {
      client.pipe(upstream);
      if (hit.bandwidth) upstream.pipe(new Throttle(hit.bandwidth)).pipe(client);
      else upstream.pipe(client);
      client.resume();
    });
  }
};

// src/providers/proxy/toxiproxy.ts
function faultToToxic(fault) {
  const toxicity = "percentage" in fault && fault.percentage !== void 0 ? fault.percentage / 100 : 1;
  const base = { name: faultName(fault), stream: "downstream", toxicity };
  switch (fault.type) {
    case "latency":
      return {
        ...base,
        type: "latency",
        attributes: { latency: fault.latency_ms, jitter: fault.jitter_ms ?? 0 }
      };
    case "bandwidth":
      return {
        ...base,
        type: "bandwidth",
        toxicity: 1,
        attributes: { rate: fault.kilobytes_per_second }
      };
    case "reset":
      return { ...base, type: "reset_peer", attributes: { timeout: 0 } };
    case "blackhole":
      return { ...base, type: "timeout", attributes: { timeout: 0 } };
    case "http-error":
      throw new ActivityFailed(
        "Toxiproxy works on TCP bytes and cannot answer with an HTTP status; use the built-in proxy (omit toxiproxy_url) for http-error faults"
      );
  }
}
var ToxiproxyClient = class {
  baseUrl;
  #signal;
  constructor(baseUrl, signal) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.#signal = signal;
  }
  async #call(method, path, body) {
    let res;
    try {
      res = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: body === void 0 ? {} : { "content-type": "application/json" },
        body: body === void 0 ? null : JSON.stringify(body),
        signal: this.#signal ?? null
      });
    } catch (error) {
      throw new ActivityFailed(
        `failed to reach Toxiproxy at ${this.baseUrl}: ${error.message}`
      );
    }
    const text = await res.text();
    if (!res.ok) {
      throw new ActivityFailed(`Toxiproxy ${method} ${path} answered ${res.status}: ${text.trim()}`);
    }
    return text ? JSON.parse(text) : null;
  }
  /** Creates the proxy, or updates it when one of that name exists. */
  async ensureProxy(name, listen, upstream) {
    const existing = await this.#call("GET", "/proxies");
    if (existing && name in existing) {
      return this.#call("POST", `/proxies/${encodeURIComponent(name)}`, {
        listen,
        upstream,
        enabled: true
      });
    }
    return this.#call("POST", "/proxies", { name, listen, upstream, enabled: true });
  }
  deleteProxy(name) {
    return this.#call("DELETE", `/proxies/${encodeURIComponent(name)}`);
  }
  addToxic(proxy, toxic) {
    return this.#call("POST", `/proxies/${encodeURIComponent(proxy)}/toxics`, toxic);
  }
  async removeToxic(proxy, name) {
    try {
      await this.#call(
        "DELETE",
        `/proxies/${encodeURIComponent(proxy)}/toxics/${encodeURIComponent(name)}`
      );
    } catch (error) {
      if (!/answered 404/.test(error.message)) throw error;
    }
  }
  async toxics(proxy) {
    return await this.#call("GET", `/proxies/${encodeURIComponent(proxy)}/toxics`);
  }
};

// src/providers/proxy/index.ts
var PROXY_ACTIONS = [
  "start",
  "stop",
  "add-fault",
  "remove-fault",
  "clear-faults",
  "stats"
];
function isListenAddress(value) {
  if (typeof value === "string" && value.includes("${")) return true;
  if (typeof value !== "string" && typeof value !== "number") return false;
  try {
    const { host, port } = parseHostPort(String(value));
    return Number.isInteger(port) && port >= 0 && port <= 65535 && !/[\s/]/.test(host);
  } catch {
    return false;
  }
}
function readSpec(spec) {
  return {
    action: spec.action,
    proxy: typeof spec.proxy === "string" && spec.proxy ? spec.proxy : "default",
    ...typeof spec.listen === "string" || typeof spec.listen === "number" ? { listen: String(spec.listen) } : {},
    ...typeof spec.upstream === "string" ? { upstream: spec.upstream } : {},
    ...spec.mode === "tcp" || spec.mode === "http" ? { mode: spec.mode } : {},
    ...spec.fault && typeof spec.fault === "object" ? { fault: spec.fault } : {},
    ...typeof spec.fault_name === "string" ? { fault_name: spec.fault_name } : {},
    ...typeof spec.toxiproxy_url === "string" ? { toxiproxy_url: spec.toxiproxy_url } : {}
  };
}
var ProxyProvider = class {
  type = "proxy";
  #proxies = /* @__PURE__ */ new Map();
  #faultReleases = /* @__PURE__ */ new Map();
  #expectEffect = /* @__PURE__ */ new Map();
  #services;
  /** `services` reaches a `.svc` upstream (an in-cluster Service) through the cluster. */
  constructor(options = {}) {
    this.#services = options.services;
  }
  validate(spec, ctx) {
    const issues = [];
    const base = "/" + ctx.path.join("/");
    const at = (field) => {
      const location = ctx.locate([...ctx.path, field]);
      return { field: `${base}/${field}`, ...location ? { location } : {} };
    };
    if (!PROXY_ACTIONS.includes(spec.action)) {
      issues.push({
        ...at("action"),
        message: `unknown proxy action ${JSON.stringify(spec.action)}`,
        expected: `one of ${PROXY_ACTIONS.join(", ")}`
      });
      return issues;
    }
    if (spec.action === "start") {
      if (typeof spec.upstream !== "string" || !spec.upstream) {
        issues.push({
          ...at("upstream"),
          message: "a proxy needs the service it stands in front of",
          expected: "host:port or http://host:port"
        });
      } else {
        const target = serviceTargetOf(asUrl(spec.upstream));
        if (target instanceof Error)
          issues.push({
            ...at("upstream"),
            message: target.message,
            expected: "<service>.<namespace>.svc:<port>"
          });
      }
      if (spec.listen === void 0) {
        issues.push({
          ...at("listen"),
          message: "a proxy needs an address to listen on, so probes and load can reach it",
          expected: "host:port, e.g. 127.0.0.1:18080"
        });
      } else if (!isListenAddress(spec.listen)) {
        issues.push({
          ...at("listen"),
          message: `not an address to listen on: ${JSON.stringify(spec.listen)}`,
          expected: "host:port or a port (0-65535), e.g. 127.0.0.1:18080"
        });
      }
      if (spec.mode !== void 0 && spec.mode !== "http" && spec.mode !== "tcp") {
        issues.push({
          ...at("mode"),
          message: `unknown proxy mode ${JSON.stringify(spec.mode)}`,
          expected: "http or tcp"
        });
      }
    }
    if (spec.action === "add-fault") {
      for (const issue of validateFault(spec.fault, `${base}/fault`)) {
        const location = ctx.locate([
          ...ctx.path,
          "fault",
          ...issue.field.slice(`${base}/fault`.length).split("/").filter(Boolean)
        ]);
        issues.push({ ...issue, ...location ? { location } : {} });
      }
      const fault = spec.fault;
      if (typeof spec.toxiproxy_url === "string" && fault?.type === "http-error") {
        issues.push({
          ...at("fault"),
          message: "Toxiproxy cannot inject HTTP errors (it works on TCP bytes)",
          expected: "latency, reset, bandwidth or blackhole with toxiproxy_url, or drop toxiproxy_url"
        });
      }
    }
    if (spec.action === "remove-fault" && (typeof spec.fault_name !== "string" || !spec.fault_name)) {
      issues.push({
        ...at("fault_name"),
        message: "which fault to remove",
        expected: "the fault name (its `name`, or its type when unnamed)"
      });
    }
    return issues;
  }
  async run(raw, ctx) {
    const spec = readSpec(raw);
    if (spec.action === "start" && spec.upstream) spec.dial = await this.#dial(spec.upstream, ctx);
    if (spec.toxiproxy_url) return this.#runToxiproxy(spec, spec.toxiproxy_url, ctx);
    switch (spec.action) {
      case "start":
        return this.#start(spec, ctx);
      case "stop": {
        const entry = this.#proxies.get(spec.proxy);
        if (!entry) throw new ActivityFailed(`no proxy named '${spec.proxy}' is running`);
        this.#proxies.delete(spec.proxy);
        entry.release();
        this.#releaseFaultsOf(spec.proxy);
        return entry.proxy.stop();
      }
      case "add-fault": {
        const proxy = this.#get(spec.proxy);
        const fault = spec.fault;
        proxy.addFault(fault);
        this.#expectEffect.set(
          `${spec.proxy}/${faultName(fault)}`,
          ctx.activity.expect_effect !== false
        );
        this.#trackFault(
          spec.proxy,
          faultName(fault),
          ctx,
          async () => void proxy.removeFault(faultName(fault)),
          { backend: "builtin", proxy: spec.proxy, fault: faultName(fault) }
        );
        ctx.logger.info(
          `proxy ${spec.proxy}: fault ${faultName(fault)} on (${describeFault(fault)})`
        );
        return { proxy: spec.proxy, fault: { ...fault, name: faultName(fault) } };
      }
      case "remove-fault": {
        const proxy = this.#get(spec.proxy);
        const removed = proxy.removeFault(spec.fault_name);
        this.#untrackFault(spec.proxy, spec.fault_name);
        const output = {
          proxy: spec.proxy,
          removed: removed ?? null,
          evidence: faultEvidence(removed ? [removed] : [], proxy.stats().total)
        };
        this.#checkReached(spec.proxy, removed ? [removed] : [], output, ctx);
        return output;
      }
      case "clear-faults": {
        const entry = this.#proxies.get(spec.proxy);
        if (!entry) return { proxy: spec.proxy, removed: [] };
        const removed = entry.proxy.clearFaults();
        this.#releaseFaultsOf(spec.proxy);
        const output = {
          proxy: spec.proxy,
          removed,
          evidence: faultEvidence(removed, entry.proxy.stats().total)
        };
        this.#checkReached(spec.proxy, removed, output, ctx);
        return output;
      }
      case "stats":
        return this.#get(spec.proxy).stats();
    }
  }
  /** What the action would do, from its spec alone: no proxy is started or contacted. */
  async preview(raw) {
    const spec = readSpec(raw);
    const at = spec.toxiproxy_url ? `Toxiproxy proxy ${spec.proxy} at ${spec.toxiproxy_url}` : `proxy ${spec.proxy}`;
    const fault = spec.fault;
    const summary = spec.action === "start" ? `start ${at} on ${spec.listen ?? "127.0.0.1:0"} in front of ${spec.upstream ?? "?"}` : spec.action === "add-fault" && fault ? `${at}: inject fault ${faultName(fault)} (${describeFault(fault)})` : spec.action === "remove-fault" ? `${at}: remove fault ${spec.fault_name ?? "?"}` : `${at}: ${spec.action}`;
    return {
      dry_run: true,
      action: spec.action,
      proxy: spec.proxy,
      ...fault ? { fault: { ...fault, name: faultName(fault) } } : {},
      summary
    };
  }
  async cleanupPersisted(resource) {
    const data = resource.data;
    if (data.backend !== "toxiproxy" || !data.toxiproxy_url) return;
    const client = new ToxiproxyClient(data.toxiproxy_url);
    if (data.fault) await client.removeToxic(data.proxy, data.fault);
  }
  async close() {
    await Promise.allSettled([...this.#proxies.values()].map((e) => e.proxy.stop()));
    this.#proxies.clear();
  }
  /** `host:port` to connect to for `upstream` (a `.svc` one through its tunnel). */
  async #dial(upstream, ctx) {
    try {
      const routed = await routeUrl(asUrl(upstream), this.#services, ctx.signal);
      return routed.host === void 0 ? upstream : new URL(routed.url).host;
    } catch (error) {
      throw new ActivityFailed(`proxy upstream ${upstream}: ${error.message}`, {
        cause: error
      });
    }
  }
  async #start(spec, ctx) {
    if (this.#proxies.has(spec.proxy))
      throw new ActivityFailed(`a proxy named '${spec.proxy}' is already running`);
    const proxy = new FaultProxy({
      name: spec.proxy,
      listen: spec.listen ?? "127.0.0.1:0",
      upstream: spec.dial ?? spec.upstream ?? "",
      mode: spec.mode ?? "http"
    });
    try {
      await proxy.start();
    } catch (error) {
      throw new ActivityFailed(
        `proxy '${spec.proxy}' could not listen on ${spec.listen}: ${error.message}`
      );
    }
    const release = ctx.resources.track({
      provider: this.type,
      kind: "proxy",
      description: `proxy ${spec.proxy} ${proxy.address} -> ${spec.upstream}`,
      data: { backend: "builtin", proxy: spec.proxy },
      undo: async () => {
        this.#proxies.delete(spec.proxy);
        this.#releaseFaultsOf(spec.proxy);
        await proxy.stop();
      }
    });
    this.#proxies.set(spec.proxy, { proxy, release });
    ctx.logger.info(
      `proxy ${spec.proxy} listening on ${proxy.address} in front of ${spec.upstream}`
    );
    return {
      proxy: spec.proxy,
      listen: proxy.address,
      url: proxy.url,
      upstream: spec.upstream,
      mode: proxy.options.mode
    };
  }
  async #runToxiproxy(spec, url, ctx) {
    const client = new ToxiproxyClient(url, ctx.signal);
    switch (spec.action) {
      case "start": {
        const listen = spec.listen ?? "127.0.0.1:0";
        const upstream = (spec.dial ?? spec.upstream ?? "").replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "");
        parseHostPort(upstream);
        const created = await client.ensureProxy(spec.proxy, listen, upstream);
        return { proxy: spec.proxy, backend: "toxiproxy", toxiproxy: created };
      }
      case "stop":
        await client.deleteProxy(spec.proxy);
        this.#releaseFaultsOf(spec.proxy);
        return { proxy: spec.proxy, backend: "toxiproxy", stopped: true };
      case "add-fault": {
        const fault = spec.fault;
        const toxic = faultToToxic(fault);
        await client.addToxic(spec.proxy, toxic);
        this.#trackFault(
          spec.proxy,
          toxic.name,
          ctx,
          () => client.removeToxic(spec.proxy, toxic.name),
          {
            backend: "toxiproxy",
            proxy: spec.proxy,
            fault: toxic.name,
            toxiproxy_url: url
          }
        );
        return { proxy: spec.proxy, backend: "toxiproxy", toxic };
      }
      case "remove-fault":
        await client.removeToxic(spec.proxy, spec.fault_name);
        this.#untrackFault(spec.proxy, spec.fault_name);
        return { proxy: spec.proxy, backend: "toxiproxy", removed: spec.fault_name ?? null };
      case "clear-faults": {
        const toxics = await client.toxics(spec.proxy);
        for (const toxic of toxics) await client.removeToxic(spec.proxy, toxic.name);
        this.#releaseFaultsOf(spec.proxy);
        return { proxy: spec.proxy, backend: "toxiproxy", removed: toxics.map((t) => t.name) };
      }
      case "stats":
        return {
          proxy: spec.proxy,
          backend: "toxiproxy",
          toxics: await client.toxics(spec.proxy)
        };
    }
  }
  #get(name) {
    const entry = this.#proxies.get(name);
    if (!entry)
      throw new ActivityFailed(
        `no proxy named '${name}' is running (start it with action: start first)`
      );
    return entry.proxy;
  }
  /**
   * A fault is judged when it is removed: one that faulted no request proved nothing, and the
   * removal says so (NoEffectError) unless its add-fault action said `expect_effect: false`.
   */
  #checkReached(proxy, removed, output, ctx) {
    const idle = removed.filter((f) => {
      const key = `${proxy}/${f.name}`;
      const expected = this.#expectEffect.get(key) ?? true;
      this.#expectEffect.delete(key);
      return f.affected === 0 && expected;
    });
    if (idle.length === 0) return;
    const names = idle.map((f) => f.name).join(", ");
    ctx.logger.warning(`proxy ${proxy}: fault ${names} faulted no request`);
    throw new NoEffectError(
      `proxy ${proxy} fault ${names} faulted 0 requests of ${output.evidence.requests_seen} seen`,
      output
    );
  }
  #trackFault(proxy, fault, ctx, undo, data) {
    this.#untrackFault(proxy, fault);
    const release = ctx.resources.track({
      provider: this.type,
      kind: "fault",
      description: `proxy ${proxy} fault ${fault}`,
      data,
      undo: async () => {
        this.#faultReleases.delete(`${proxy}/${fault}`);
        await undo();
      }
    });
    this.#faultReleases.set(`${proxy}/${fault}`, release);
  }
  #untrackFault(proxy, fault) {
    const key = `${proxy}/${fault}`;
    this.#faultReleases.get(key)?.();
    this.#faultReleases.delete(key);
  }
  #releaseFaultsOf(proxy) {
    for (const [key, release] of this.#faultReleases) {
      if (key.startsWith(`${proxy}/`)) {
        release();
        this.#faultReleases.delete(key);
      }
    }
  }
};
function faultEvidence(removed, seen) {
  return {
    requests_seen: seen,
    requests_faulted: removed.reduce((n, f) => n + f.affected, 0),
    faults: removed.map((f) => ({ name: f.name, requests_faulted: f.affected }))
  };
}
function describeFault(fault) {
  const share = "percentage" in fault && fault.percentage !== void 0 ? ` on ${fault.percentage}%` : "";
  switch (fault.type) {
    case "latency":
      return `+${fault.latency_ms} ms${fault.jitter_ms ? ` \xB1${fault.jitter_ms} ms` : ""}${share}`;
    case "http-error":
      return `HTTP ${fault.status ?? 503}${share}`;
    case "reset":
      return `connection reset${share}`;
    case "bandwidth":
      return `${fault.kilobytes_per_second} KB/s`;
    case "blackhole":
      return `blackhole${share}`;
  }
}
function asUrl(upstream) {
  return /^[a-z]+:\/\//i.test(upstream) ? upstream : `http://${upstream}`;
}
export {
  PROXY_ACTIONS,
  ProxyProvider
};
