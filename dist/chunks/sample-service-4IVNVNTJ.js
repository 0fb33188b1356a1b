import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import "./chunk-OLZTDE5K.js";

// src/demo/sample-service.ts
import { createServer } from "node:http";
import { parseArgs } from "node:util";
var ITEMS = [
  { id: 1, name: "anvil", price: 120, stock: 4 },
  { id: 2, name: "rocket skates", price: 75, stock: 12 },
  { id: 3, name: "giant magnet", price: 42, stock: 0 }
];
var BUCKETS = [5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
var LATENCY_MAX_MS = 6e4;
var BODY_MAX = 64 * 1024;
var Metrics = class {
  requests = /* @__PURE__ */ new Map();
  histograms = /* @__PURE__ */ new Map();
  record(method, route, status, seconds) {
    const key = `method="${method}",path="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    let h = this.histograms.get(route);
    if (!h) {
      h = { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.histograms.set(route, h);
    }
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.buckets[i] = (h.buckets[i] ?? 0) + 1;
    });
    h.sum += seconds;
    h.count++;
  }
  render(fault) {
    const lines = [
      "# HELP sample_http_requests_total HTTP requests served, by method, route and status.",
      "# TYPE sample_http_requests_total counter"
    ];
    for (const [labels, n] of [...this.requests].sort()) {
      lines.push(`sample_http_requests_total{${labels}} ${n}`);
    }
    lines.push(
      "# HELP sample_http_request_duration_seconds Time to answer a request, by route.",
      "# TYPE sample_http_request_duration_seconds histogram"
    );
    for (const [route, h] of [...this.histograms].sort(([a], [b]) => a.localeCompare(b))) {
      BUCKETS.forEach((le, i) => {
        lines.push(
          `sample_http_request_duration_seconds_bucket{path="${route}",le="${le}"} ${h.buckets[i] ?? 0}`
        );
      });
      lines.push(
        `sample_http_request_duration_seconds_bucket{path="${route}",le="+Inf"} ${h.count}`
      );
      lines.push(`sample_http_request_duration_seconds_sum{path="${route}"} ${h.sum}`);
      lines.push(`sample_http_request_duration_seconds_count{path="${route}"} ${h.count}`);
    }
    lines.push(
      "# HELP sample_fault_latency_ms Latency the fault switch adds to /api requests.",
      "# TYPE sample_fault_latency_ms gauge",
      `sample_fault_latency_ms ${fault.latency_ms}`,
      "# HELP sample_fault_error_rate Share of /api requests the fault switch fails.",
      "# TYPE sample_fault_error_rate gauge",
      `sample_fault_error_rate ${fault.error_rate}`
    );
    return `${lines.join("\n")}
`;
  }
};
function routeOf(pathname) {
  if (pathname === "/" || pathname === "/health" || pathname === "/metrics") return pathname;
  if (pathname === "/api/items" || pathname === "/admin/fault") return pathname;
  if (/^\/api\/items\/[^/]+$/.test(pathname)) return "/api/items/:id";
  return "other";
}
var BadRequest = class extends Error {
};
async function readBody(req) {
  const chunks = [];
  let length = 0;
  for await (const chunk of req) {
    length += chunk.length;
    if (length > BODY_MAX) throw new BadRequest(`body larger than ${BODY_MAX} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return {};
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest("body is not JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new BadRequest("body must be a JSON object");
  }
  return parsed;
}
function faultFrom(body) {
  const unknown = Object.keys(body).filter((k) => k !== "latency_ms" && k !== "error_rate");
  if (unknown.length > 0) {
    throw new BadRequest(
      `unknown field ${JSON.stringify(unknown[0])}: expected latency_ms, error_rate`
    );
  }
  const number = (key, max) => {
    const raw = body[key];
    if (raw === void 0 || raw === null || raw === "") return 0;
    const value = typeof raw === "string" ? Number(raw) : raw;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > max) {
      throw new BadRequest(`${key} must be a number from 0 to ${max}`);
    }
    return value;
  };
  return { latency_ms: number("latency_ms", LATENCY_MAX_MS), error_rate: number("error_rate", 1) };
}
async function startSampleService(options = {}) {
  let fault = { latency_ms: 0, error_rate: 0 };
  let apiRequests = 0;
  const metrics = new Metrics();
  const sockets = /* @__PURE__ */ new Set();
  const timers = /* @__PURE__ */ new Set();
  const delay = (ms) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      resolve();
    }, ms);
    timers.add(timer);
  });
  const send = (res, status, body, type = "application/json") => {
    const text = type === "application/json" ? JSON.stringify(body) : String(body);
    res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  };
  const serveApi = async (req, res, url, route) => {
    if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });
    const n = apiRequests++;
    const failing = Math.floor((n + 1) * fault.error_rate) > Math.floor(n * fault.error_rate);
    if (fault.latency_ms > 0) await delay(fault.latency_ms);
    if (failing) return send(res, 503, { error: "injected fault: service unavailable" });
    if (route === "/api/items") return send(res, 200, { count: ITEMS.length, items: ITEMS });
    const item = ITEMS.find((i) => String(i.id) === url.pathname.split("/").pop());
    if (item) send(res, 200, item);
    else send(res, 404, { error: "no such item" });
  };
  const handle = async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const route = routeOf(url.pathname);
    const method = req.method ?? "GET";
    if (route === "/api/items" || route === "/api/items/:id") {
      await serveApi(req, res, url, route);
      return route;
    }
    switch (route) {
      case "/":
        send(res, 200, {
          service: "chaos-action sample service",
          endpoints: ["/health", "/api/items", "/api/items/:id", "/metrics", "/admin/fault"]
        });
        return route;
      case "/health":
        send(res, 200, { status: "ok" });
        return route;
      case "/metrics":
        send(res, 200, metrics.render(fault), "text/plain; version=0.0.4; charset=utf-8");
        return route;
      case "/admin/fault":
        if (method === "GET") send(res, 200, fault);
        else if (method === "POST" || method === "PUT") {
          fault = faultFrom(await readBody(req));
          send(res, 200, fault);
        } else if (method === "DELETE") {
          fault = { latency_ms: 0, error_rate: 0 };
          send(res, 200, fault);
        } else send(res, 405, { error: "method not allowed" });
        return route;
      default:
        send(res, 404, { error: "not found" });
        return route;
    }
  };
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    handle(req, res).catch((error) => {
      if (res.headersSent) return "other";
      if (error instanceof BadRequest) send(res, 400, { error: error.message });
      else send(res, 500, { error: "internal error" });
      return routeOf(new URL(req.url ?? "/", "http://localhost").pathname);
    }).then((route) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.record(req.method ?? "GET", route, res.statusCode, seconds);
    }).catch(() => {
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = server.address().port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    fault: () => ({ ...fault }),
    close: () => new Promise((resolve) => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    })
  };
}
async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "0" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    process.stdout.write(
      "usage: sample-service [--port N] [--host ADDRESS]\nServes /health, /api/items, /metrics and POST|DELETE /admin/fault {latency_ms, error_rate}.\n"
    );
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`sample-service: --port must be 0..65535, got ${values.port}
`);
    process.exitCode = 2;
    return;
  }
  const service = await startSampleService({ port, host: values.host });
  process.stdout.write(`${service.url}
`);
  process.stderr.write("sample service running; Ctrl-C stops it\n");
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
if (import.meta.main) {
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(
      `sample-service: ${error instanceof Error ? error.message : String(error)}
`
    );
    process.exitCode = 1;
  });
}
export {
  startSampleService
};
