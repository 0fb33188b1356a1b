import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunk-25EVSR2U.js";
import {
  pyStr
} from "./chunk-T4JOGF2H.js";
import {
  checkServiceUrl,
  routeUrl
} from "./chunk-FPYVVETA.js";
import {
  ActivityFailed,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/providers/http/http.ts
import { createRequire } from "node:module";
import { TextDecoder } from "node:util";
var requireBuiltin = createRequire(import.meta.url);
var httpModule;
var httpsModule;
var nodeHttp = () => httpModule ??= requireBuiltin("node:http");
var nodeHttps = () => httpsModule ??= requireBuiltin("node:https");
var MAX_REDIRECTS = 30;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function withoutHeaders(headers, names) {
  const out = {};
  for (const [k, v] of Object.entries(headers)) if (!names.includes(k.toLowerCase())) out[k] = v;
  return out;
}
function parseTimeout(value) {
  const ms = (v) => typeof v === "number" && Number.isFinite(v) && v > 0 ? Math.max(1, Math.round(v * 1e3)) : void 0;
  if (Array.isArray(value)) return { connectMs: ms(value[0]), readMs: ms(value[1]) };
  const both = ms(typeof value === "string" && value.trim() !== "" ? Number(value) : value);
  return { connectMs: both, readMs: both };
}
function appendQuery(url, args) {
  if (args === null || typeof args !== "object" || Array.isArray(args)) return url;
  if (Object.keys(args).length === 0) return url;
  const u = new URL(url);
  for (const [k, v] of Object.entries(args)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === null || item === void 0) continue;
      u.searchParams.append(k, pyStr(item));
    }
  }
  return u.toString();
}
function formBody(args) {
  if (args === null || args === void 0) return void 0;
  if (typeof args === "string") return args === "" ? void 0 : { body: args };
  if (typeof args !== "object" || Array.isArray(args)) return void 0;
  const entries = Object.entries(args);
  if (entries.length === 0) return void 0;
  const form = new URLSearchParams();
  for (const [k, v] of entries) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (item === null || item === void 0) continue;
      form.append(k, pyStr(item));
    }
  }
  return { body: form.toString(), contentType: "application/x-www-form-urlencoded" };
}
function rawHeadersToDict(raw) {
  const out = {};
  const lower = /* @__PURE__ */ new Map();
  if (!Array.isArray(raw)) return out;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = String(raw[i]);
    const value = String(raw[i + 1]);
    const key = lower.get(name.toLowerCase());
    if (key !== void 0) out[key] = `${out[key]}, ${value}`;
    else {
      lower.set(name.toLowerCase(), name);
      out[name] = value;
    }
  }
  return out;
}
function headerValue(headers, name) {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return void 0;
}
function charsetOf(contentType) {
  const m = /charset\s*=\s*"?([^";]+)"?/i.exec(contentType ?? "");
  return m?.[1]?.trim().toLowerCase() ?? "utf-8";
}
var decoders = /* @__PURE__ */ new Map();
function decoder(charset) {
  let found = decoders.get(charset);
  if (found === void 0) {
    try {
      found = new TextDecoder(charset);
    } catch {
      found = decoder("utf-8");
    }
    if (decoders.size < 32) decoders.set(charset, found);
  }
  return found;
}
function decode(bytes, charset) {
  return decoder(charset).decode(bytes);
}
var CONNECT_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ETIMEDOUT",
  "CHAOS_CONNECT_TIMEOUT"
]);
function isConnectError(error) {
  const code = error?.code;
  const cause = error?.cause?.code;
  if (typeof code === "string" && (CONNECT_CODES.has(code) || code.startsWith("ERR_TLS") || code.includes("CERT"))) {
    return true;
  }
  if (typeof cause === "string" && CONNECT_CODES.has(cause)) return true;
  const message = error instanceof Error ? error.message : "";
  return /certificate|self[- ]signed|SSL|TLS/i.test(message);
}
var ReadTimeout = class extends Error {
  code = "CHAOS_READ_TIMEOUT";
};
var ConnectTimeout = class extends Error {
  code = "CHAOS_CONNECT_TIMEOUT";
};
function send(url, opts) {
  return new Promise((resolve, reject) => {
    const requestFn = url.protocol === "https:" ? nodeHttps().request : nodeHttp().request;
    let reused = false;
    let responded = false;
    let localPort;
    let connectTimer;
    const req = requestFn(url, { agent: opts.agent, method: opts.method, headers: opts.headers });
    const onAbort = () => {
      req.destroy(Object.assign(new Error("the request was aborted"), { name: "AbortError" }));
    };
    const done = () => {
      clearTimeout(connectTimer);
      opts.signal.removeEventListener("abort", onAbort);
    };
    const fail = (error) => {
      done();
      localPort ??= req.socket?.localPort;
      reject(Object.assign(error, { reused, responded, localPort }));
    };
    if (opts.signal.aborted) onAbort();
    else opts.signal.addEventListener("abort", onAbort, { once: true });
    req.on("error", fail);
    req.on("socket", (socket) => {
      reused = req.reusedSocket;
      if (socket.connecting) socket.once("connect", () => localPort = socket.localPort);
      else localPort = socket.localPort;
      if (opts.connectMs !== void 0 && socket.connecting) {
        connectTimer = setTimeout(
          () => req.destroy(new ConnectTimeout(`connection to ${url.host} timed out`)),
          opts.connectMs
        );
        socket.once("connect", () => clearTimeout(connectTimer));
      }
    });
    if (opts.readMs !== void 0) {
      req.setTimeout(opts.readMs, () => req.destroy(new ReadTimeout("read timed out")));
    }
    req.on("response", (res) => {
      responded = true;
      clearTimeout(connectTimer);
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("error", fail);
      res.on("end", () => {
        done();
        resolve({
          status: res.statusCode ?? 0,
          rawHeaders: res.rawHeaders,
          body: Buffer.concat(chunks),
          reused,
          responded,
          localPort
        });
      });
    });
    req.end(opts.body);
  });
}
function servedByNote(services, localPort) {
  if (services === void 0 || typeof localPort !== "number") return "";
  const served = services.servedBy(localPort);
  if (served === void 0) return "";
  if (served.pod === "") return served.error ? ` (${served.error})` : "";
  return ` (served by pod ${served.pod}${served.error ? `: ${served.error}` : ""})`;
}
function createHttpProvider(options = {}) {
  const agents = /* @__PURE__ */ new Map();
  function agentFor(https, verify) {
    const key = `${https}|${verify}`;
    let agent = agents.get(key);
    if (agent === void 0) {
      const base = {
        keepAlive: true,
        // Idle pooled sockets are closed after this long (they never keep the process alive).
        timeout: options.keepAliveTimeoutMs ?? 3e4
      };
      agent = https ? new (nodeHttps()).Agent({ ...base, rejectUnauthorized: verify }) : new (nodeHttp()).Agent(base);
      agents.set(key, agent);
    }
    return agent;
  }
  return {
    type: "http",
    async validate(spec, ctx) {
      const issues = [];
      const at = (key) => ({
        field: `/${[...ctx.path, key].join("/")}`,
        location: ctx.locate([...ctx.path, key])
      });
      if (typeof spec.url !== "string" || spec.url === "") {
        issues.push({ ...at("url"), message: "a HTTP activity must have a URL" });
      } else if (!spec.url.startsWith("$") && !/^https?:\/\//i.test(spec.url)) {
        issues.push({
          ...at("url"),
          message: `not an http(s) URL: ${JSON.stringify(spec.url.slice(0, 200))}`,
          expected: "a URL starting with http:// or https://"
        });
      } else {
        const problem = await checkServiceUrl(spec.url, options.services);
        if (problem !== void 0) issues.push({ ...at("url"), message: problem });
      }
      if (typeof spec.method === "string" && /[\r\n]/.test(spec.method)) {
        issues.push({
          ...at("method"),
          message: "the method contains a line break",
          expected: "an HTTP method such as GET or POST"
        });
      }
      const headers = spec.headers;
      if (headers !== void 0 && headers !== null && (typeof headers !== "object" || Array.isArray(headers))) {
        issues.push({ ...at("headers"), message: "a HTTP activities expect headers as a mapping" });
      } else if (headers !== void 0 && headers !== null) {
        for (const [name, value] of Object.entries(headers)) {
          if (!/[\r\n]/.test(name) && !(typeof value === "string" && /[\r\n]/.test(value))) continue;
          issues.push({
            field: `/${[...ctx.path, "headers", name].join("/")}`,
            location: ctx.locate([...ctx.path, "headers", name]),
            message: `header ${JSON.stringify(name.slice(0, 100))} contains a line break (CR or LF)`,
            expected: "a header name and value on one line"
          });
        }
      }
      return issues;
    },
    async run(spec, ctx) {
      const url = String(spec.url);
      const method = (typeof spec.method === "string" ? spec.method : "GET").toUpperCase();
      const userHeaders = {};
      if (spec.headers !== null && typeof spec.headers === "object") {
        for (const [k, v] of Object.entries(spec.headers)) {
          if (v !== null && v !== void 0) userHeaders[k] = pyStr(v);
        }
      }
      const args = spec.arguments ?? {};
      const { connectMs, readMs } = parseTimeout(spec.timeout);
      const verify = spec.verify_tls !== false;
      const maxRetries = typeof spec.max_retries === "number" ? Math.max(0, spec.max_retries) : 0;
      let target = url;
      let body;
      const headers = {
        "User-Agent": `chaos-action/${VERSION}`,
        Accept: "*/*",
        // The service's own spans join the experiment's trace (a header the user set wins).
        ...ctx.traceparent && headerValue(userHeaders, "traceparent") === void 0 ? { traceparent: ctx.traceparent } : {},
        ...userHeaders
      };
      if (method === "GET") {
        target = appendQuery(url, args);
      } else if (userHeaders["Content-Type"] === "application/json") {
        body = JSON.stringify(args);
      } else {
        const form = formBody(args);
        if (form !== void 0) {
          body = form.body;
          if (form.contentType && headerValue(userHeaders, "content-type") === void 0) {
            headers["Content-Type"] = form.contentType;
          }
        }
      }
      let parsed;
      try {
        parsed = new URL(target);
      } catch {
        throw new Error(`invalid URL '${url}': no scheme supplied or malformed`);
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        throw new Error(`no connection adapters were found for '${url}'`);
      }
      let currentMethod = method;
      let currentBody = body;
      let currentHeaders = headers;
      let redirects = 0;
      let staleRetried = false;
      for (let attempt = 0; ; attempt++) {
        let dial;
        try {
          dial = await routeUrl(parsed.toString(), options.services, ctx.signal);
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed("HTTP activity was interrupted");
          throw new ActivityFailed(`cannot reach ${parsed.toString()}: ${errorMessage(error)}`, {
            cause: error
          });
        }
        try {
          const res = await send(dial.url === parsed.toString() ? parsed : new URL(dial.url), {
            agent: agentFor(parsed.protocol === "https:", verify),
            method: currentMethod,
            headers: dial.host === void 0 || headerValue(currentHeaders, "host") !== void 0 ? currentHeaders : { ...currentHeaders, Host: dial.host },
            body: currentBody,
            connectMs,
            readMs,
            signal: ctx.signal
          });
          const responseHeaders = rawHeadersToDict(res.rawHeaders);
          const location = headerValue(responseHeaders, "location");
          if (REDIRECTS.has(res.status) && location !== void 0 && redirects < MAX_REDIRECTS) {
            redirects++;
            const next = new URL(location, parsed);
            if (res.status === 303 && currentMethod !== "HEAD" || res.status === 302 && currentMethod !== "HEAD" || res.status === 301 && currentMethod === "POST") {
              currentMethod = "GET";
              currentBody = void 0;
              currentHeaders = withoutHeaders(currentHeaders, ["content-type", "content-length"]);
            }
            if (next.host !== parsed.host)
              currentHeaders = withoutHeaders(currentHeaders, ["authorization"]);
            parsed = next;
            attempt = -1;
            continue;
          }
          const contentType = headerValue(responseHeaders, "content-type");
          let out;
          if (contentType === "application/json") {
            out = JSON.parse(decode(res.body, "utf-8"));
          } else {
            out = decode(res.body, charsetOf(contentType));
          }
          if (res.status >= 500 && dial.host !== void 0) {
            ctx.logger.info(
              `${currentMethod} ${parsed.toString()} answered ${res.status}${servedByNote(options.services, res.localPort)}`
            );
          }
          if (!("tolerance" in ctx.activity) && res.status >= 400) {
            ctx.logger.warning(
              `This HTTP call returned a response with a HTTP status code above 400 (${res.status}). This may indicate some error and not what you expected. Please have a look at the logs.`
            );
          }
          return { status: res.status, headers: responseHeaders, body: out };
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed("HTTP activity was interrupted");
          if (error instanceof ReadTimeout) {
            const served = servedByNote(
              options.services,
              error.localPort
            );
            throw new ActivityFailed(`activity took too long to complete${served}`);
          }
          const stale = error;
          if (stale.reused === true && stale.responded === false && (stale.code === "ECONNRESET" || stale.code === "EPIPE") && !staleRetried) {
            staleRetried = true;
            attempt--;
            continue;
          }
          if (isConnectError(error)) {
            if (attempt < maxRetries) continue;
            const why = error instanceof Error ? error.message : String(error);
            const served = servedByNote(
              options.services,
              error.localPort
            );
            throw new ActivityFailed(`failed to connect to ${url}: ${why}${served}`, {
              cause: error
            });
          }
          throw error;
        }
      }
    },
    async close() {
      for (const agent of agents.values()) agent.destroy();
      agents.clear();
    }
  };
}
export {
  appendQuery,
  createHttpProvider,
  parseTimeout
};
