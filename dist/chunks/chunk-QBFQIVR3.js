import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  silentLogger
} from "./chunk-HQIZOGGG.js";
import {
  CHAOSLIB_COMPAT_VERSION,
  VERSION
} from "./chunk-25EVSR2U.js";
import {
  NativeModuleRegistry,
  ProviderRegistry
} from "./chunk-V5NIWFQ7.js";
import {
  pyStr,
  pyTruthy
} from "./chunk-T4JOGF2H.js";
import {
  parsePortForwards
} from "./chunk-SOBFPSGS.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ActivityFailed,
  InternalError,
  InterruptedError,
  NoEffectError,
  UsageError,
  UserError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/engine/journal.ts
import { closeSync, openSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname, machine, release, type } from "node:os";

// src/engine/rollback-account.ts
var ROLLBACK_ACCOUNT = /* @__PURE__ */ Symbol.for("chaos-action.rollback-account");
function rollbackAccount(journal) {
  return journal[ROLLBACK_ACCOUNT];
}
function attachRollbackAccount(journal, account) {
  Object.defineProperty(journal, ROLLBACK_ACCOUNT, { value: account, enumerable: false });
}
function accountRollbacks(declared, cut, stoppedBy) {
  const account = { ran: [], cut: [], not_started: [] };
  for (const { name, run } of declared) {
    if (run === void 0) account.not_started.push(name);
    else if (cut.has(run)) account.cut.push(name);
    else account.ran.push(name);
  }
  if (stoppedBy !== void 0 && (account.cut.length > 0 || account.not_started.length > 0)) {
    account.stopped_by = stoppedBy;
  }
  return account;
}
function describeRollbacks(account) {
  const parts = [];
  const list = (names) => names.map((n) => `'${n}'`).join(", ");
  if (account.ran.length > 0) parts.push(`${account.ran.length} rollback(s) ran`);
  if (account.cut.length > 0) {
    const why = account.stopped_by ? ` by ${account.stopped_by}` : "";
    parts.push(`${account.cut.length} rollback(s) cut short${why} (${list(account.cut)})`);
  }
  if (account.not_started.length > 0) {
    parts.push(`${account.not_started.length} never started (${list(account.not_started)})`);
  }
  return parts.length > 0 ? parts.join("; ") : void 0;
}

// src/engine/journal.ts
var ABORT_REASON = /* @__PURE__ */ Symbol.for("chaos-action.abort-reason");
function abortReason(journal) {
  const value = journal[ABORT_REASON];
  return typeof value === "string" ? value : void 0;
}
function newRunId() {
  const bytes = Buffer.alloc(16);
  try {
    const fd = openSync("/dev/urandom", "r");
    try {
      if (readSync(fd, bytes, 0, 16, null) !== 16) return globalThis.crypto.randomUUID();
    } finally {
      closeSync(fd);
    }
  } catch {
    return globalThis.crypto.randomUUID();
  }
  bytes[6] = (bytes[6] ?? 0) & 15 | 64;
  bytes[8] = (bytes[8] ?? 0) & 63 | 128;
  const h = bytes.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function preciseNow() {
  return performance.timeOrigin + performance.now();
}
function isoTimestamp(ms = preciseNow()) {
  const whole = Math.floor(ms);
  const micros = Math.min(999, Math.floor((ms - whole) * 1e3));
  return `${new Date(whole).toISOString().slice(0, 23)}${String(micros).padStart(3, "0")}+00:00`;
}
function secondsBetween(startMs, endMs) {
  return Math.round((endMs - startMs) * 1e3) / 1e6;
}
function platformString() {
  return `${type()}-${release()}-${machine()}-with-node${process.versions.node}`;
}
function nodeName() {
  return hostname();
}
function formatException(error, where) {
  const lines = ["Traceback (most recent call last):\n", `  File "<chaos-action>", in ${where}
`];
  const message = errorMessage(error);
  if (error instanceof ActivityFailed) {
    lines.push(`chaoslib.exceptions.ActivityFailed: ${message}
`);
  } else {
    const name = error instanceof Error ? error.name || "Error" : "Error";
    lines.push(`${name}: ${message}
`);
  }
  return lines;
}
function exceptionMessage(exception) {
  const last = exception?.[exception.length - 1];
  if (last === void 0) return void 0;
  return last.replace(/\n$/, "").replace(/^chaoslib\.exceptions\.ActivityFailed: /, "");
}
function journalFileContent(journal, extra) {
  const rollbacks = rollbackAccount(journal);
  const withOurs = {
    ...journal,
    "x-chaos-action": {
      version: VERSION,
      run_id: extra.runId,
      verdict: extra.verdict,
      ...rollbacks === void 0 ? {} : { rollbacks }
    }
  };
  return `${JSON.stringify(withOurs, null, 2)}
`;
}
function partialJournalFileContent(journal, runId) {
  const withOurs = {
    ...journal,
    "x-chaos-action": { version: VERSION, run_id: runId, verdict: "running", partial: true }
  };
  return `${JSON.stringify(withOurs, null, 2)}
`;
}
function writeFileAtomicSync(path, content) {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
function chaoslibVersion() {
  return CHAOSLIB_COMPAT_VERSION;
}
function journalFileName(file) {
  const parts = file.replace(/\\/g, "/").split("/").filter((p) => p !== "" && p !== ".").map((p) => p === ".." ? "up" : p);
  const last = parts.pop() ?? "experiment";
  parts.push(last.replace(/\.(ya?ml|json)$/i, ""));
  return `${parts.join("__").replace(/[^A-Za-z0-9._-]/g, "_")}.journal.json`;
}
function maskJournal(journal, masker) {
  if (masker.size === 0) return journal;
  const masked = masker.maskDeep(journal);
  masked.deviated = journal.deviated;
  if ("duration" in journal && "duration" in masked) masked.duration = journal.duration;
  const states = journal.steady_states;
  const out = masked.steady_states;
  if (states.before && out.before) keepState(states.before, out.before);
  if (states.after && out.after) keepState(states.after, out.after);
  states.during.forEach((s, i) => {
    const o = out.during[i];
    if (o) keepState(s, o);
  });
  keepRuns(journal.run, masked.run);
  keepRuns(journal.rollbacks, masked.rollbacks);
  const reason = abortReason(journal);
  if (reason !== void 0) {
    Object.defineProperty(masked, ABORT_REASON, { value: masker.mask(reason), enumerable: false });
  }
  return masked;
}
function keepState(from, to) {
  to.steady_state_met = from.steady_state_met;
  keepRuns(from.probes, to.probes);
}
function keepRuns(from, to) {
  from.forEach((run, i) => {
    const o = to[i];
    if (!o) return;
    if (run.duration !== void 0) o.duration = run.duration;
    if (run.tolerance_met !== void 0) o.tolerance_met = run.tolerance_met;
  });
}
function notRunJournal(experiment, status) {
  const now = isoTimestamp();
  return {
    "chaoslib-version": chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...experiment, dry: null },
    start: now,
    status,
    deviated: false,
    steady_states: { before: null, after: null, during: [] },
    run: [],
    rollbacks: [],
    end: now,
    duration: 0
  };
}

// src/engine/configuration.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
function isDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var VAR_TYPES = [
  "str",
  "string",
  "int",
  "integer",
  "float",
  "number",
  "bytes",
  "bool",
  "json"
];
var INT_RE = /^[+-]?\d+(?:_\d+)*$/;
var FLOAT_RE = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
var FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;
var ConversionError = class extends Error {
};
function pyRepr(text) {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}
function convertToType(type2, value) {
  if (type2 === null || type2 === void 0 || type2 === "str" || type2 === "string") return value;
  switch (type2) {
    case "int":
    case "integer": {
      if (typeof value === "boolean") return value ? 1 : 0;
      if (typeof value === "number") {
        if (!Number.isFinite(value))
          throw new ConversionError(`cannot convert float ${value} to integer`);
        return Math.trunc(value);
      }
      if (typeof value !== "string")
        throw new ConversionError(`int() can't convert ${typeName(value)}`);
      const text = value.trim();
      if (!INT_RE.test(text)) {
        throw new ConversionError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
      }
      return Number(text.replaceAll("_", ""));
    }
    case "float":
    case "number": {
      if (typeof value === "boolean") return value ? 1 : 0;
      if (typeof value === "number") return value;
      if (typeof value !== "string") {
        throw new ConversionError(
          `float() argument must be a string or a real number, not '${typeName(value)}'`
        );
      }
      const text = value.trim();
      const special = FLOAT_SPECIAL_RE.exec(text);
      if (special) {
        if (special[2].toLowerCase() === "nan") return Number.NaN;
        return special[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      if (!FLOAT_RE.test(text)) {
        throw new ConversionError(`could not convert string to float: ${pyRepr(value)}`);
      }
      return Number(text.replaceAll("_", ""));
    }
    case "bytes":
      if (typeof value !== "string") {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'encode'`);
      }
      return value;
    case "bool":
      if (typeof value === "boolean") return value;
      if (typeof value !== "string") {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'lower'`);
      }
      return !["false", "0", "no"].includes(value.toLowerCase());
    case "json":
      if (value === "" || value === null || value === void 0) return value;
      if (typeof value !== "string") return value;
      try {
        return JSON.parse(value);
      } catch (error) {
        throw new ConversionError(`invalid JSON: ${errorMessage(error)}`);
      }
    default:
      throw new ConversionError("variable type can only be: bool, str, int, float, bytes or json");
  }
}
function typeName(value) {
  if (value === null || value === void 0) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  return Array.isArray(value) ? "list" : "dict";
}
function parseVar(text) {
  const eq = text.indexOf("=");
  if (eq < 0) {
    throw new UsageError(
      `invalid --var '${text}': var needs to be in the format name[:type]=value`,
      `e.g. --var port:int=8080 (types: ${VAR_TYPES.join(", ")})`
    );
  }
  let key = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  let type2;
  const colon = key.lastIndexOf(":");
  if (colon >= 0) {
    type2 = key.slice(colon + 1);
    key = key.slice(0, colon);
  }
  if (!key) {
    throw new UsageError(`invalid --var '${text}': the name before '=' is empty`);
  }
  try {
    return { key, value: convertToType(type2, raw) };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    throw new UsageError(
      `invalid --var '${text}': ${error.message}`,
      `types: ${VAR_TYPES.join(", ")}`
    );
  }
}
async function loadVarFile(path) {
  let content;
  try {
    content = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `var file '${path}' does not exist` : `cannot read var file '${path}': ${errorMessage(error)}`
    );
  }
  const empty = { configuration: {}, secrets: {}, env: {} };
  if (!content) return empty;
  const ext = extname(path);
  let data;
  if (ext === ".yaml" || ext === ".yml" || ext === ".json") {
    try {
      data = ext === ".json" ? JSON.parse(content) : (0, import_yaml.parse)(content);
    } catch (error) {
      throw new UsageError(`failed to parse var file '${path}': ${errorMessage(error)}`);
    }
  }
  if (!pyTruthy(data)) return { ...empty, env: parseEnvLines(path, content) };
  if (!isDict(data)) {
    throw new UsageError(
      `var file '${path}' must hold an object with 'configuration' and/or 'secrets'`
    );
  }
  const configuration = data.configuration ?? {};
  const secrets = data.secrets ?? {};
  if (!isDict(configuration))
    throw new UsageError(`var file '${path}': 'configuration' must be an object`);
  if (!isDict(secrets) || !Object.values(secrets).every(isDict)) {
    throw new UsageError(`var file '${path}': 'secrets' must map scope names to objects`);
  }
  return { configuration, secrets, env: {} };
}
function parseEnvLines(path, content) {
  const env = {};
  for (const [i, rawLine] of content.split("\n").entries()) {
    const line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) throw new UsageError(`var file '${path}' line ${i + 1}: expected KEY=VALUE`);
    env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}
function mergeVars(files, vars = {}) {
  const merged = { configuration: {}, secrets: {}, env: {} };
  for (const file of files) {
    Object.assign(merged.configuration, file.configuration);
    Object.assign(merged.secrets, file.secrets);
    Object.assign(merged.env, file.env);
  }
  Object.assign(merged.configuration, vars);
  return merged;
}
function loadConfiguration(declared, overrides, env, options = {}) {
  const extra = { ...overrides };
  const conf = {};
  const resolve3 = (key, value) => {
    if (isDict(value) && value.type === "env") {
      const envKey = value.key;
      if (typeof envKey !== "string" || !envKey) {
        throw new UserError(`configuration '${key}' has type env but no 'key' naming the variable`);
      }
      const present = Object.hasOwn(env, envKey) && env[envKey] !== void 0;
      if (!present && !Object.hasOwn(value, "default")) {
        throw new UserError(
          `Configuration makes reference to an environment key that does not exist: ${envKey}`,
          {
            code: "CHAOS_MISSING_ENV",
            advice: `set ${envKey}, give the configuration a default, or override '${key}' with --var`
          }
        );
      }
      const raw = present ? env[envKey] : value.default;
      try {
        conf[key] = convertToType(value.env_var_type, raw);
      } catch (error) {
        if (!(error instanceof ConversionError)) throw error;
        throw new UserError(
          `configuration '${key}': cannot convert ${present ? `environment variable ${envKey}` : "the default"} to ${String(value.env_var_type)}: ${error.message}`
        );
      }
      return;
    }
    conf[key] = value;
  };
  for (const [key, value] of Object.entries(declared ?? {})) {
    if (Object.hasOwn(extra, key)) {
      resolve3(key, extra[key]);
      delete extra[key];
    } else {
      resolve3(key, value);
    }
  }
  if (options.allowUndeclared) for (const [key, value] of Object.entries(extra)) resolve3(key, value);
  return conf;
}
function loadSecrets(declared, overrides, env) {
  const walk = (info, extra, path) => {
    const out = {};
    for (const [key, value] of Object.entries(info)) {
      if (!isDict(value)) {
        out[key] = value;
        continue;
      }
      const override = extra?.[key];
      if (override !== void 0 && override !== null) out[key] = override;
      else if (value.type === "env") out[key] = secretFromEnv(value, env);
      else if (value.type === "vault") {
        throw new UserError(`vault secrets are not supported yet (secret '${path}${key}')`, {
          code: "CHAOS_UNSUPPORTED",
          advice: "read the value from an environment variable instead: {type: env, key: VAR}"
        });
      } else out[key] = walk(value, isDict(override) ? override : void 0, `${path}${key}.`);
    }
    return out;
  };
  return walk(declared ?? {}, overrides ?? {}, "");
}
function secretFromEnv(info, env) {
  const envKey = info.key;
  const value = typeof envKey === "string" ? env[envKey] : void 0;
  if (value === void 0) {
    throw new UserError(
      `Secrets make reference to an environment key that does not exist: ${String(envKey)}`,
      { code: "CHAOS_MISSING_ENV", advice: `set ${String(envKey)} in the environment of the run` }
    );
  }
  return value;
}
function declaredSecretValues(declared, overrides, env) {
  const out = [];
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isDict(value)) {
      if (value.type === "env" && typeof value.key === "string") {
        const raw = env[value.key];
        if (raw !== void 0) out.push(raw);
      } else if (value.type !== "vault") Object.values(value).forEach(visit);
    } else if (value !== null && value !== void 0) out.push(value);
  };
  visit(declared);
  visit(overrides);
  return out;
}
async function loadDynamicConfiguration(configuration, secrets, runProbe, logger = silentLogger) {
  const conf = {};
  for (const [key, value] of Object.entries(configuration)) {
    if (!(isDict(value) && value.type === "probe")) {
      conf[key] = value;
      continue;
    }
    const name = typeof value.name === "string" ? value.name : key;
    const provider = isDict(value.provider) ? value.provider : {};
    let output;
    try {
      output = await runProbe(value, { ...conf }, secrets);
    } catch (error) {
      if (error instanceof InterruptedError) throw error;
      logger.warning(
        `dynamic configuration '${key}' (probe '${name}') failed: ${errorMessage(error)}`
      );
      continue;
    }
    if (provider.type === "process") {
      const out = isDict(output) ? output : {};
      if (out.status !== 0) {
        const stderr = typeof out.stderr === "string" ? out.stderr.trim() : "";
        logger.warning(
          `dynamic configuration '${key}' (probe '${name}') exited with status ${String(out.status)}${stderr ? `: ${stderr}` : ""}`
        );
        continue;
      }
      conf[key] = typeof out.stdout === "string" ? out.stdout.trim() : "";
    } else if (provider.type === "http") {
      conf[key] = isDict(output) ? output.body ?? null : null;
    } else {
      conf[key] = output;
    }
  }
  return conf;
}

// src/engine/tracing.ts
var NOOP_SPAN = Object.freeze({ name: "noop" });
var noopTracer = {
  enabled: false,
  startSpan: () => NOOP_SPAN,
  end: () => void 0,
  traceparent: () => void 0,
  shutdown: async () => void 0
};
var MAX_ATTRIBUTE_LENGTH = 8192;
function attributeValue(value) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value === "string") return truncate(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return truncate(text);
}
function truncate(text) {
  return text.length > MAX_ATTRIBUTE_LENGTH ? `${text.slice(0, MAX_ATTRIBUTE_LENGTH - 3)}...` : text;
}
function activityStartAttributes(activity) {
  return {
    "chaos.activity.type": activity.type,
    "chaos.activity.name": activity.name,
    "chaos.provider.type": typeof activity.provider?.type === "string" ? activity.provider.type : void 0,
    "chaos.activity.background": activity.background === true ? true : void 0
  };
}
function activityEndAttributes(run) {
  return {
    "chaos.activity.status": run.status,
    "chaos.activity.duration_s": run.duration,
    "chaos.tolerance_met": run.tolerance_met,
    "chaos.activity.output": attributeValue(run.output),
    "chaos.activity.exception": run.exception ? attributeValue(run.exception.join("")) : void 0
  };
}
function tracesEndpoint(env) {
  const specific = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (specific) return specific;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (!base) return void 0;
  return `${base.replace(/\/+$/, "")}/v1/traces`;
}
function parseHeaders(text) {
  const headers = {};
  for (const part of (text ?? "").split(",")) {
    const at = part.indexOf("=");
    if (at <= 0) continue;
    headers[decodeURIComponent(part.slice(0, at).trim())] = decodeURIComponent(
      part.slice(at + 1).trim()
    );
  }
  return headers;
}
var TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
async function createTracer(env = process.env, options = {}) {
  const url = tracesEndpoint(env);
  if (!url || env.OTEL_SDK_DISABLED === "true" || env.OTEL_TRACES_EXPORTER === "none")
    return noopTracer;
  try {
    return await sdkTracer(url, env);
  } catch (error) {
    options.onError?.(`tracing disabled: ${error.message}`);
    return noopTracer;
  }
}
async function sdkTracer(url, env) {
  const [api, sdk, exporterModule, resources] = await Promise.all([
    import("./esm-H5YBY26U.js"),
    import("./index-shim-CZPBGUOC.js"),
    import("./esm-4PRIIWPQ.js"),
    import("./esm-UGN5CKJQ.js")
  ]);
  const headers = {
    ...parseHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
    ...parseHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS)
  };
  const exporter = new exporterModule.OTLPTraceExporter({ url, headers, timeoutMillis: 1e4 });
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      "service.name": env.OTEL_SERVICE_NAME?.trim() || "chaos-action",
      "service.version": VERSION
    }),
    spanProcessors: [
      new sdk.BatchSpanProcessor(exporter, { scheduledDelayMillis: 1e3, maxExportBatchSize: 512 })
    ]
  });
  const tracer = provider.getTracer("chaos-action", VERSION);
  const spans = /* @__PURE__ */ new WeakMap();
  let remoteParent;
  const incoming = TRACEPARENT.exec(env.TRACEPARENT?.trim().toLowerCase() ?? "");
  if (incoming) {
    remoteParent = api.trace.setSpanContext(api.ROOT_CONTEXT, {
      traceId: incoming[1],
      spanId: incoming[2],
      traceFlags: Number.parseInt(incoming[3], 16),
      isRemote: true
    });
  }
  const clean = (attributes) => {
    const out = {};
    for (const [k, v] of Object.entries(attributes ?? {}))
      if (v !== void 0 && v !== null) out[k] = v;
    return out;
  };
  return {
    enabled: true,
    startSpan(name, attributes, parent) {
      const parentEntry = parent ? spans.get(parent) : void 0;
      const context = parentEntry ? api.trace.setSpan(api.ROOT_CONTEXT, parentEntry.span) : remoteParent ?? api.ROOT_CONTEXT;
      const span = tracer.startSpan(name, { attributes: clean(attributes) }, context);
      const handle = Object.freeze({ name });
      spans.set(handle, { span, ended: false });
      return handle;
    },
    end(handle, attributes, error) {
      const entry = spans.get(handle);
      if (!entry || entry.ended) return;
      entry.ended = true;
      entry.span.setAttributes(clean(attributes));
      if (error !== void 0) {
        const message = error instanceof Error ? error.message : String(error);
        entry.span.recordException(error instanceof Error ? error : { message });
        entry.span.setStatus({ code: api.SpanStatusCode.ERROR, message });
      }
      entry.span.end();
    },
    traceparent(handle) {
      const entry = spans.get(handle);
      if (!entry) return void 0;
      const sc = entry.span.spanContext();
      return `00-${sc.traceId}-${sc.spanId}-${sc.traceFlags.toString(16).padStart(2, "0")}`;
    },
    async shutdown() {
      await Promise.race([
        provider.shutdown(),
        new Promise((resolve3) => setTimeout(resolve3, 15e3).unref())
      ]);
    }
  };
}

// src/engine/substitute.ts
var TEMPLATE = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)/gi;
var WHOLE_BRACED = /^\$\{([_a-z][_a-z0-9]*)\}$/i;
function lookupName(name, configuration, secrets) {
  if (configuration && Object.hasOwn(configuration, name)) {
    return { found: true, value: configuration[name] };
  }
  for (const scope of Object.values(secrets ?? {})) {
    if (scope !== null && typeof scope === "object" && Object.hasOwn(scope, name)) {
      return { found: true, value: scope[name] };
    }
  }
  return { found: false };
}
function substituteString(text, configuration, secrets) {
  const whole = WHOLE_BRACED.exec(text);
  if (whole) {
    const hit = lookupName(whole[1], configuration, secrets);
    if (hit.found) return hit.value;
  }
  return text.replace(
    TEMPLATE,
    (match, escaped, named, braced) => {
      if (escaped !== void 0) return "$";
      const name = named ?? braced;
      if (name === void 0) return match;
      const hit = lookupName(name, configuration, secrets);
      return hit.found ? pyStr(hit.value) : match;
    }
  );
}
function substitute(value, configuration, secrets) {
  if (typeof value === "string") {
    return value === "" ? value : substituteString(value, configuration, secrets);
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, configuration, secrets));
  if (value !== null && typeof value === "object" && !(value instanceof Uint8Array)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, configuration, secrets);
    return out;
  }
  return value;
}

// src/engine/activity.ts
var ActivityAborted = class extends Error {
  run;
  constructor(message, run, cause) {
    super(message, { cause });
    this.name = "ActivityAborted";
    this.run = run;
  }
};
function isRef(entry) {
  return typeof entry.ref === "string" && !("provider" in entry);
}
var SUBSTITUTED = {
  process: { always: [], withVars: ["arguments"] },
  http: { always: ["url", "headers", "timeout"], withVars: ["arguments"] },
  python: { always: [], withVars: ["arguments"] }
};
function substituteProvider(spec, configuration, secrets) {
  const hasVars = Object.keys(configuration).length > 0 || Object.keys(secrets).length > 0;
  const rule = SUBSTITUTED[spec.type];
  const out = { ...spec };
  for (const key of Object.keys(spec)) {
    if (key === "type" || spec[key] === void 0) continue;
    const apply = rule ? rule.always.includes(key) || hasVars && rule.withVars.includes(key) : hasVars;
    if (apply) out[key] = substitute(spec[key], configuration, secrets);
  }
  return out;
}
function skipsExecution(dry, kind) {
  return dry === "activities" || dry === "probes" && kind === "probe" || dry === "actions" && kind === "action";
}
function skipsPauses(dry, kind) {
  return dry === "pause" || skipsExecution(dry, kind);
}
function sleep(ms, signal) {
  if (ms <= 0) return Promise.resolve(!signal?.aborted);
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve3) => {
    const done = (full) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve3(full);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function pauseSeconds(value, ctx, which2, name) {
  const v = typeof value === "string" ? substitute(value, ctx.configuration, ctx.secrets) : value;
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n))
    throw new Error(`activity '${name}' ${which2} pause is not a number: ${String(v)}`);
  if (n * 1e3 > MAX_TIMER_MS)
    throw new Error(
      `activity '${name}' ${which2} pause of ${n} s is longer than a timer can hold (${MAX_TIMER_MS / 1e3} s)`
    );
  return Math.max(0, n);
}
async function runActivity(activity, ctx, opts) {
  const { logger } = ctx;
  const kind = activity.type;
  const label = kind === "probe" ? "Probe" : "Action";
  const skipPauses = skipsPauses(ctx.dry, kind);
  const pauses = activity.pauses ?? {};
  if (pauses.before !== void 0 && !skipPauses) {
    const seconds = pauseSeconds(pauses.before, ctx, "before", activity.name);
    logger.info(`Pausing before next activity for ${seconds}s...`);
    if (!await sleep(seconds * 1e3, opts.signal)) throw new InterruptedError();
  }
  logger.info(`${label}: ${activity.name}`);
  const startMs = preciseNow();
  const run = { activity: { ...activity }, output: null, start: isoTimestamp(startMs) };
  opts.onStart?.(run);
  ctx.onActivity?.();
  const span = ctx.tracer.startSpan(
    `${kind} ${activity.name}`,
    activityStartAttributes(activity),
    ctx.span
  );
  const traceparent = ctx.tracer.traceparent(span);
  if (traceparent) opts = { ...opts, traceparent };
  let aborted;
  if (skipsExecution(ctx.dry, kind)) {
    run.status = "succeeded";
    if (kind === "action") {
      const preview = await previewAction(activity, ctx, opts);
      if (preview !== void 0) run.output = preview;
    }
  } else if (opts.signal.aborted) {
    run.status = "failed";
    run.exception = formatException(interruptedBy(opts.signal), `${kind} '${activity.name}'`);
  } else {
    try {
      const output = await execute(activity, ctx, opts);
      run.status = "succeeded";
      run.output = output;
    } catch (error) {
      const where = `${activity.provider?.type ?? "unknown"} provider of ${kind} '${activity.name}'`;
      run.status = "failed";
      if (opts.signal.aborted) {
        run.exception = formatException(interruptedBy(opts.signal), where);
        logger.warning(`  => cut short: ${errorMessage(opts.signal.reason)}`);
      } else if (error instanceof NoEffectError && activity.expect_effect === false) {
        run.status = "succeeded";
        run.output = error.evidence ?? null;
        run.warnings = [error.message];
        logger.warning(`  => ${error.message} (expect_effect is false: not a failure)`);
      } else if (error instanceof ActivityFailed) {
        run.exception = formatException(error, where);
        logger.error(`  => failed: ${error.message}`);
      } else {
        delete run.status;
        aborted = error;
      }
    }
  }
  const endMs = preciseNow();
  run.end = isoTimestamp(endMs);
  run.duration = secondsBetween(startMs, endMs);
  ctx.tracer.end(
    span,
    activityEndAttributes(run),
    aborted ?? (run.status === "failed" ? run.exception?.at(-1) : void 0)
  );
  ctx.onActivity?.();
  if (aborted !== void 0) {
    throw new ActivityAborted(
      `${kind} '${activity.name}' raised: ${errorMessage(aborted)}`,
      run,
      aborted
    );
  }
  if (pauses.after !== void 0 && !skipPauses && !opts.signal.aborted) {
    const seconds = pauseSeconds(pauses.after, ctx, "after", activity.name);
    logger.info(`Pausing after activity for ${seconds}s...`);
    await sleep(seconds * 1e3, opts.signal);
  }
  return run;
}
function interruptedBy(signal) {
  const reason = signal.reason;
  const why = reason instanceof Error && reason.name !== "AbortError" ? ` (${reason.message})` : "";
  return new ActivityFailed(`activity was interrupted${why}`);
}
function activityContext(activity, ctx, opts) {
  const location = ctx.locate(opts.path);
  return {
    activity,
    configuration: ctx.configuration,
    secrets: ctx.secrets,
    logger: ctx.logger,
    signal: opts.signal,
    runId: ctx.runId,
    experimentFile: ctx.experimentFile,
    ...location ? { location } : {},
    resources: ctx.resources,
    state: ctx.state,
    inRollback: opts.inRollback,
    ...opts.traceparent ? { traceparent: opts.traceparent } : {}
  };
}
async function execute(activity, ctx, opts) {
  const spec = activity.provider;
  const provider = spec && typeof spec.type === "string" ? ctx.registry.get(spec.type) : void 0;
  if (provider === void 0) throw new Error(`unknown provider type '${String(spec?.type)}'`);
  return provider.run(
    substituteProvider(spec, ctx.configuration, ctx.secrets),
    activityContext(activity, ctx, opts)
  );
}
async function previewAction(activity, ctx, opts) {
  const spec = activity.provider;
  const provider = spec && typeof spec.type === "string" ? ctx.registry.get(spec.type) : void 0;
  if (provider?.preview === void 0 || opts.signal.aborted) return void 0;
  try {
    const output = await provider.preview(
      substituteProvider(spec, ctx.configuration, ctx.secrets),
      activityContext(activity, ctx, opts)
    );
    if (output !== void 0) ctx.logger.info(`  => would affect: ${previewSummary(output)}`);
    return output;
  } catch (error) {
    const message = errorMessage(error);
    ctx.logger.warning(`  => cannot preview: ${message}`);
    return {
      dry_run: true,
      error: message,
      error_type: error instanceof Error ? error.name : typeof error
    };
  }
}
function previewSummary(output) {
  const o = output !== null && typeof output === "object" ? output : {};
  const text = typeof o.summary === "string" ? o.summary : typeof o.message === "string" ? o.message : typeof output === "string" ? output : JSON.stringify(output);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
async function runProviderOnly(activity, ctx, opts) {
  return execute(activity, ctx, opts);
}

// src/cluster/uses-kubernetes.ts
var KUBERNETES_PROVIDERS = /* @__PURE__ */ new Set(["kubernetes", "chaos-mesh"]);
var KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/;
var SERVICE_URL = /[a-z]+:\/\/[^/\s"'@]+\.svc(\.cluster\.local)?(:\d+)?(?=[/"'\s?]|$)/i;
function usesKubernetes(experiment, dry = null) {
  const executed = activitiesOf(experiment).filter((a) => !skipsExecution(dry, a.type));
  if (executed.some((a) => usesKubernetesProvider(a) || SERVICE_URL.test(JSON.stringify(a)))) {
    return true;
  }
  return executed.length > 0 && SERVICE_URL.test(JSON.stringify(experiment.configuration ?? {}));
}
function activitiesOf(experiment) {
  return [
    ...experiment["steady-state-hypothesis"]?.probes ?? [],
    ...experiment.method ?? [],
    ...experiment.rollbacks ?? []
  ].filter((a) => typeof a === "object" && a !== null);
}
function usesKubernetesProvider(activity) {
  const provider = activity.provider;
  if (!provider) return false;
  if (typeof provider.type === "string" && KUBERNETES_PROVIDERS.has(provider.type)) return true;
  return typeof provider.module === "string" && KUBERNETES_MODULE.test(provider.module);
}

// src/session/cluster.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
function plannedKubernetes(plan) {
  const { cluster, radius } = plan;
  return {
    ...cluster.kubeconfig ? { kubeconfig: cluster.kubeconfig } : {},
    ...cluster.context ? { context: cluster.context } : {},
    ...radius.allowedNamespaces?.length ? { allowedNamespaces: radius.allowedNamespaces } : {},
    allowKubeSystem: radius.allowKubeSystem,
    ...radius.maxPodsPerAction === void 0 ? {} : { maxPodsPerAction: radius.maxPodsPerAction }
  };
}
function sessionKubernetes(plan, session) {
  const base = plannedKubernetes(plan);
  if (!session) return base;
  const { context: _planned, kubeconfig: _given, ...rest } = base;
  const cluster = session.cluster;
  return {
    ...rest,
    ...cluster.kubeconfigPath ? { kubeconfig: cluster.kubeconfigPath } : {},
    ...cluster.context ? { context: cluster.context } : {},
    ...!plan.radius.allowedNamespaces?.length && session.namespaces.length > 0 ? { allowedNamespaces: session.namespaces } : {}
  };
}
function wantsCluster(cluster, needsKubernetes) {
  if (cluster.mode === "none") return false;
  return needsKubernetes || cluster.deploy !== void 0 || cluster.installChaosMesh !== false || cluster.portForwards.length > 0 || cluster.mode !== "auto";
}
function partitionByKubernetes(loaded, dry = null) {
  const kubernetes = loaded.filter((l) => usesKubernetes(l.experiment, dry));
  return { kubernetes, other: loaded.filter((l) => !kubernetes.includes(l)) };
}
function skipReason(cluster, spell) {
  if (cluster.mode === "none") {
    return `Skipped: it uses Kubernetes and ${spell("cluster")} is none (a dry run that skips every Kubernetes activity, e.g. ${spell("dry-run")} activities, needs no cluster).`;
  }
  return `Skipped: it uses Kubernetes and no cluster is reachable (KUBECONFIG, ~/.kube/config, in-cluster); set ${spell("cluster")} to kind to create one.`;
}
function checkClusterPlan(cluster, spell) {
  const { mode } = cluster;
  if (cluster.installChaosMesh !== false && mode !== "kind" && mode !== "auto") {
    throw new UsageError(
      `${spell("install-chaos-mesh")} installs Chaos Mesh into a kind cluster this run creates, but ${spell("cluster")} is '${mode}'`,
      `set ${spell("cluster")} to kind, or install Chaos Mesh into your cluster yourself and leave ${spell("install-chaos-mesh")} off`
    );
  }
  if (mode === "none" && cluster.deploy !== void 0) {
    throw new UsageError(
      `${spell("deploy")} is set but ${spell("cluster")} is none: there is nowhere to deploy to`,
      `set ${spell("cluster")} to auto, existing, kind or kwok`
    );
  }
  if (mode === "none" && cluster.portForwards.length > 0) {
    throw new UsageError(
      `${spell("port-forward")} is set but ${spell("cluster")} is none: there is nothing to forward to`,
      `set ${spell("cluster")} to auto, existing, kind or kwok`
    );
  }
  parsePortForwards(cluster.portForwards);
  if (cluster.kindConfig && !existsSync(resolve(cluster.kindConfig))) {
    throw new UsageError(
      `${spell("kind-config")}: '${cluster.kindConfig}' does not exist`,
      "give the path of a kind Cluster config file"
    );
  }
}
function kubeconfigSecrets(text) {
  let doc;
  try {
    doc = (0, import_yaml2.parse)(text);
  } catch {
    return [];
  }
  const users = doc?.users;
  if (!Array.isArray(users)) return [];
  const out = /* @__PURE__ */ new Set();
  const add = (v) => {
    if (typeof v === "string" && v.trim().length >= 4) out.add(v.trim());
  };
  for (const entry of users) {
    const user = entry?.user;
    if (!user || typeof user !== "object") continue;
    for (const key of ["token", "password", "client-key-data"]) add(user[key]);
    const config = user["auth-provider"]?.config;
    for (const [key, value] of Object.entries(config ?? {}))
      if (/token|secret/i.test(key)) add(value);
  }
  return [...out];
}
function maskKubeconfig(path, logger) {
  try {
    for (const secret of kubeconfigSecrets(readFileSync(path, "utf8"))) logger.addSecret(secret);
  } catch (error) {
    logger.warning(`could not read ${path} to mask its credentials: ${errorMessage(error)}`);
  }
}
async function openRunCluster(plan, ctx) {
  const { logger, spell } = ctx;
  checkClusterPlan(plan, spell);
  const given = plan.kubeconfig || process.env.KUBECONFIG?.split(":").find((f) => f !== "");
  if (given && existsSync(given)) maskKubeconfig(given, logger);
  const { openClusterSession } = await import("./session-ZFPGP7CC.js");
  const session = await openClusterSession(
    {
      mode: plan.mode,
      needsKubernetes: ctx.needsKubernetes || plan.installChaosMesh !== false,
      autoCreatesKind: plan.autoCreatesKind || plan.installChaosMesh !== false,
      ...plan.kubeconfig ? { kubeconfig: plan.kubeconfig } : {},
      ...plan.context ? { context: plan.context } : {},
      keep: plan.keep,
      ...plan.deploy ? { deploy: plan.deploy } : {},
      deployTimeoutSeconds: plan.deployTimeoutSeconds,
      logsDir: ctx.logsDir,
      env: process.env,
      signal: ctx.signal,
      kind: {
        ...plan.kindConfig ? { config: resolve(plan.kindConfig) } : {},
        ...plan.kindNodeImage ? { nodeImage: plan.kindNodeImage } : {},
        // When creating fails, kind's node logs go next to the journals.
        logsDir: ctx.logsDir,
        ...ctx.kind
      }
    },
    logger
  );
  if (!session) {
    if (plan.installChaosMesh !== false) {
      throw new UsageError(
        `${spell("install-chaos-mesh")} is set but no cluster was created`,
        `set ${spell("cluster")} to kind`
      );
    }
    return void 0;
  }
  const cluster = session.cluster;
  if (cluster.kubeconfigPath) maskKubeconfig(cluster.kubeconfigPath, logger);
  if (plan.installChaosMesh !== false) {
    if (cluster.kind !== "kind") {
      throw new UsageError(
        `${spell("install-chaos-mesh")} installs Chaos Mesh into a kind cluster this run creates, but ${spell("cluster")} ${plan.mode} picked the ${cluster.kind} cluster`,
        `set ${spell("cluster")} to kind`
      );
    }
    const version = plan.installChaosMesh;
    const { installChaosMesh } = await import("./chaos-mesh-install-BWCXQAZS.js");
    await logger.group(
      `Install Chaos Mesh ${version}`,
      () => installChaosMesh(
        {
          version,
          ...cluster.kubeconfigPath ? { kubeconfigPath: cluster.kubeconfigPath } : {},
          timeoutSeconds: Math.max(300, plan.deployTimeoutSeconds),
          env: process.env,
          signal: ctx.signal
        },
        logger
      )
    );
  }
  return session;
}

// src/providers/process/process.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { constants as osConstants, homedir } from "node:os";
import { delimiter, isAbsolute, join, resolve as resolve2 } from "node:path";

// src/providers/process/group.ts
import { readFileSync as readFileSync2, readdirSync } from "node:fs";
var RUN_ID_VAR = "CHAOS_ACTION_RUN_ID";
function groupMembers(pgid) {
  let entries;
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const members = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync2(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) members.push(Number(name));
    } catch {
    }
  }
  return members;
}
function carriesRunId(pid, runId) {
  try {
    return readFileSync2(`/proc/${pid}/environ`, "latin1").split("\0").includes(`${RUN_ID_VAR}=${runId}`);
  } catch {
    return false;
  }
}
function groupIsLive(pgid, runId) {
  return groupMembers(pgid).some((pid) => carriesRunId(pid, runId));
}
async function endGroup(pgid, runId, options = {}) {
  if (!Number.isInteger(pgid) || pgid <= 1 || !groupIsLive(pgid, runId)) return false;
  const send = (sig) => {
    try {
      process.kill(-pgid, sig);
    } catch {
    }
  };
  send("SIGTERM");
  const deadline = Date.now() + (options.graceMs ?? 1e3);
  while (Date.now() < deadline && groupMembers(pgid).length > 0) {
    if (!await sleep(50, options.signal)) break;
  }
  if (groupMembers(pgid).length > 0) send("SIGKILL");
  return true;
}

// src/providers/process/process.ts
function expandUser(path, home = homedir()) {
  if (path === "~") return home;
  if (path.startsWith("~/")) return join(home, path.slice(2));
  return path;
}
function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function which(command, env = process.env) {
  if (command === "") return void 0;
  if (command.includes("/")) {
    const full = isAbsolute(command) ? command : resolve2(command);
    return isExecutableFile(full) ? full : void 0;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir === "" ? "." : dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
var resolved = /* @__PURE__ */ new Map();
var RESOLVED_MAX = 1024;
function whichCached(command) {
  const key = `${process.env.PATH ?? ""}\0${command.includes("/") ? process.cwd() : ""}\0${command}`;
  const hit = resolved.get(key);
  if (hit !== void 0 && isExecutableFile(hit)) return hit;
  const found = which(command);
  if (found !== void 0) {
    if (resolved.size >= RESOLVED_MAX) resolved.clear();
    resolved.set(key, found);
  }
  return found;
}
function processArgv(args) {
  let items;
  if (args === void 0 || args === null) items = [];
  else if (Array.isArray(args)) items = args;
  else if (typeof args === "object") items = Object.entries(args).flat();
  else items = [args];
  return items.filter((a) => a !== null && a !== void 0 && a !== "").map((a) => pyStr(a));
}
var KILL_GRACE_MS = 1e3;
var processProvider = {
  type: "process",
  validate(spec, ctx) {
    const field = `/${[...ctx.path, "path"].join("/")}`;
    const location = ctx.locate([...ctx.path, "path"]);
    const raw = spec.path;
    if (typeof raw !== "string" || raw === "") {
      return [{ field, message: "a process activity must have a path", location }];
    }
    const found = whichCached(expandUser(raw));
    if (found !== void 0) return [];
    const direct = resolve2(expandUser(raw));
    let exists = false;
    try {
      exists = raw.includes("/") && statSync(direct).isFile();
    } catch {
      exists = false;
    }
    return [
      {
        field,
        message: exists ? `no access permission to '${raw}', in activity '${ctx.activityName}'` : `path '${raw}' cannot be found, in activity '${ctx.activityName}'`,
        expected: exists ? "an executable file (chmod +x)" : "a command on PATH or a path to an executable",
        location
      }
    ];
  },
  async run(spec, ctx) {
    const raw = typeof spec.path === "string" ? spec.path : "";
    const path = whichCached(expandUser(raw));
    if (path === void 0) throw new Error(`path '${raw}' cannot be found`);
    const args = spec.arguments;
    let file;
    let argv;
    if (typeof args === "string") {
      file = "/bin/sh";
      argv = ["-c", `${path} ${args}`];
    } else {
      if (args !== null && typeof args === "object" && !Array.isArray(args)) {
        ctx.logger.warning(
          `process arguments as a mapping are deprecated in activity '${ctx.activity.name}', use a list`
        );
      }
      file = path;
      argv = processArgv(args);
    }
    const timeoutSeconds = typeof spec.timeout === "number" && spec.timeout > 0 ? spec.timeout : null;
    ctx.logger.debug(`running: ${[file, ...argv].join(" ")}`);
    const result = await new Promise((done, fail) => {
      if (ctx.signal.aborted) return done("aborted");
      const job = startProcess(file, argv, ctx.runId);
      let pid;
      let untrack;
      let pendingSignal;
      let outcome;
      let killTimer;
      const killGroup = (sig) => {
        if (pid === void 0) {
          pendingSignal = sig;
          return;
        }
        try {
          process.kill(-pid, sig);
        } catch {
        }
      };
      void job.pid.then((p) => {
        pid = p;
        if (p !== void 0) untrack = trackGroup(ctx, p, raw);
        if (pendingSignal !== void 0) killGroup(pendingSignal);
      });
      const timer = timeoutSeconds === null ? void 0 : setTimeout(() => {
        outcome = "timeout";
        killGroup("SIGKILL");
      }, timeoutSeconds * 1e3);
      const onAbort = () => {
        outcome ??= "aborted";
        killGroup("SIGTERM");
        killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
      };
      ctx.signal.addEventListener("abort", onAbort, { once: true });
      const finish = () => {
        untrack?.();
        clearTimeout(timer);
        clearTimeout(killTimer);
        ctx.signal.removeEventListener("abort", onAbort);
      };
      job.result.then(
        ({ code, signal, stdout, stderr }) => {
          finish();
          if (outcome !== void 0 && !endedOnItsOwn(code, signal)) return done(outcome);
          done({
            // Python reports a process killed by a signal as the negative signal number.
            status: code ?? -signalNumber(signal),
            stdout: stdout.toString("utf8"),
            stderr: stderr.toString("utf8")
          });
        },
        (e) => {
          finish();
          fail(e);
        }
      );
    });
    if (result === "timeout") throw new ActivityFailed("process activity took too long to complete");
    if (result === "aborted") throw new ActivityFailed("process activity was interrupted");
    if (!("tolerance" in ctx.activity) && result.status > 0) {
      ctx.logger.warning(
        "This process returned a non-zero exit code. This may indicate some error and not what you expected. Please have a look at the logs."
      );
    }
    return result;
  },
  /** Ends a process group a killed run left (recorded by trackGroup), if it is still that run's. */
  async cleanupPersisted(resource, ctx) {
    const data = resource.data;
    if (typeof data?.pgid !== "number" || typeof data.run_id !== "string") {
      throw new Error(`unreadable process group record: ${JSON.stringify(resource.data)}`);
    }
    const ended = await endGroup(data.pgid, data.run_id, { signal: ctx.signal });
    ctx.logger.info(
      ended ? `ended process group ${data.pgid} left by run ${data.run_id}` : `process group ${data.pgid} of run ${data.run_id} is already gone`
    );
  }
};
function trackGroup(ctx, pgid, command) {
  return ctx.resources.track({
    provider: "process",
    kind: "process-group",
    description: `process group ${pgid} (${command}, activity '${ctx.activity.name}')`,
    data: { pgid, run_id: ctx.runId },
    undo: async (signal) => {
      await endGroup(pgid, ctx.runId, { signal });
    }
  });
}
function startProcess(file, argv, runId) {
  const child = spawn(file, argv, {
    // The run id marks the group as ours, for whoever ends it after a kill (see group.ts).
    env: { ...process.env, [RUN_ID_VAR]: runId },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
  let onPid = () => void 0;
  const pid = new Promise((resolve3) => onPid = resolve3);
  const result = new Promise((resolve3, reject) => {
    child.on("spawn", () => onPid(child.pid));
    child.on("error", (e) => {
      onPid(child.pid);
      reject(e);
    });
    child.on(
      "close",
      (code, signal) => resolve3({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) })
    );
  });
  return { pid, result };
}
function endedOnItsOwn(code, signal) {
  if (signal !== null || code === null) return false;
  return code !== 128 + signalNumber("SIGTERM") && code !== 128 + signalNumber("SIGKILL");
}
function signalNumber(signal) {
  if (signal === null) return 0;
  return osConstants.signals[signal] ?? 0;
}

// src/providers/python/bridge.ts
import { spawn as spawn2 } from "node:child_process";
var BRIDGE = String.raw`
import importlib, inspect, json, sys, traceback
req = json.loads(sys.stdin.read())
MARK = "\x1echaos-action-bridge:"
def emit(obj):
    sys.stdout.write(MARK + json.dumps(obj, default=str) + "\n")
    sys.stdout.flush()
mode = req["mode"]
try:
    mod = importlib.import_module(req["module"])
except Exception as x:
    emit({"kind": "import-error", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
if mode == "probe":
    emit({"kind": "ok"})
    sys.exit(0)
func_name = req["func"]
if mode == "validate":
    candidates = dict(inspect.getmembers(mod, inspect.isfunction))
    candidates.update(dict(inspect.getmembers(mod, inspect.isbuiltin)))
    cb = candidates.get(func_name)
    if cb is None:
        emit({"kind": "no-func"})
        sys.exit(0)
    args = dict(req.get("arguments") or {})
    try:
        sig = inspect.signature(cb)
    except (TypeError, ValueError):
        emit({"kind": "ok"})
        sys.exit(0)
    if "secrets" in sig.parameters:
        args["secrets"] = None
    if "configuration" in sig.parameters:
        args["configuration"] = None
    try:
        sig.bind(**args)
    except TypeError as x:
        msg = str(x)
        if "missing" in msg:
            emit({"kind": "missing", "arg": msg.rsplit(":", 1)[1].strip()})
        elif "unexpected" in msg:
            emit({"kind": "unexpected", "arg": msg.rsplit(" ", 1)[1].strip()})
        else:
            emit({"kind": "bind-error", "message": msg})
        sys.exit(0)
    emit({"kind": "ok"})
    sys.exit(0)
func = getattr(mod, func_name, None)
if func is None:
    emit({"kind": "import-error", "message": "AttributeError: module '%s' has no attribute '%s'" % (req["module"], func_name)})
    sys.exit(0)
arguments = dict(req.get("arguments") or {})
try:
    params = inspect.signature(func).parameters
except (TypeError, ValueError):
    params = {}
if req.get("secrets") is not None and "secrets" in params:
    arguments["secrets"] = req["secrets"]
if "configuration" in params:
    arguments["configuration"] = req.get("configuration") or {}
try:
    result = func(**arguments)
except Exception as x:
    emit({"kind": "raised", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
emit({"kind": "result", "value": result})
`;
var MARK = "chaos-action-bridge:";
var BridgeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BridgeError";
  }
};
function callBridge(python, req, opts = {}) {
  return new Promise((resolve3, reject) => {
    const child = spawn2(python, ["-c", BRIDGE], {
      env: opts.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    const kill = () => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      kill();
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (aborted) return reject(new BridgeError("python activity was interrupted"));
      const text = Buffer.concat(out).toString("utf8");
      const at = text.lastIndexOf(MARK);
      if (at < 0) {
        const stderr = Buffer.concat(err).toString("utf8").trim();
        return reject(
          new BridgeError(`python3 exited with code ${code}: ${stderr.split("\n").pop() ?? ""}`)
        );
      }
      const line = text.slice(at + MARK.length).split("\n")[0] ?? "";
      try {
        resolve3(JSON.parse(line));
      } catch (e) {
        reject(new BridgeError(`unreadable reply from python3: ${e.message}`));
      }
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(JSON.stringify(req));
  });
}

// src/providers/python/python.ts
function bindArguments(fn, given) {
  const names = /* @__PURE__ */ new Set();
  let variadic = false;
  const args = {};
  for (const p of fn.params) {
    if (p.variadicKeywords) {
      variadic = true;
      continue;
    }
    names.add(p.name);
    if (Object.hasOwn(given, p.name)) args[p.name] = given[p.name];
    else if ("default" in p) args[p.name] = structuredClone(p.default);
    else return { ok: false, kind: "missing", arg: `'${p.name}'` };
  }
  for (const [k, v] of Object.entries(given)) {
    if (names.has(k)) continue;
    if (!variadic) return { ok: false, kind: "unexpected", arg: `'${k}'` };
    args[k] = v;
  }
  return { ok: true, args };
}
function argumentsOf(spec) {
  const a = spec.arguments;
  return a !== null && typeof a === "object" && !Array.isArray(a) ? { ...a } : {};
}
function selectedSecrets(spec, ctx) {
  if (!Array.isArray(spec.secrets)) return void 0;
  const out = {};
  for (const scope of spec.secrets) {
    const values = ctx.secrets[String(scope)];
    if (values) Object.assign(out, values);
  }
  return out;
}
function createPythonProvider(options = {}) {
  const modules = options.modules ?? new NativeModuleRegistry();
  const python = options.python === void 0 ? "python3" : options.python;
  const validations = /* @__PURE__ */ new Map();
  function bridgeValidate(module, func, args) {
    const key = JSON.stringify([module, func, Object.keys(args).sort()]);
    let pending = validations.get(key);
    if (pending === void 0) {
      pending = python === false ? Promise.resolve({
        kind: "no-python",
        message: "the Python bridge is disabled"
      }) : callBridge(
        python,
        { mode: "validate", module, func, arguments: args },
        { env: options.env, timeoutMs: 6e4 }
      ).catch((e) => ({ kind: "no-python", message: errorMessage(e) }));
      validations.set(key, pending);
    }
    return pending;
  }
  function notFound(module, ctx, why, location) {
    const top = module.split(".")[0] ?? module;
    const native = modules.modules();
    return {
      field: `/${[...ctx.path, "module"].join("/")}`,
      message: `could not find Python module '${module}' in activity '${ctx.activityName}'`,
      expected: `a module chaos-action implements natively (${native.length ? native.join(", ") : "none registered"}), or '${module}' importable by ${python === false ? "python3" : python} (install the package that provides '${top}', e.g. pip install <package>; ${why})`,
      location
    };
  }
  return {
    type: "python",
    async validate(spec, ctx) {
      const at = (key) => ({
        field: `/${[...ctx.path, key].join("/")}`,
        location: ctx.locate([...ctx.path, key])
      });
      const module = spec.module;
      const func = spec.func;
      if (typeof module !== "string" || module === "") {
        return [{ ...at("module"), message: "a Python activity must have a module path" }];
      }
      if (typeof func !== "string" || func === "") {
        return [{ ...at("func"), message: "a Python activity must have a function name" }];
      }
      const args = argumentsOf(spec);
      const noFunc = () => ({
        ...at("func"),
        message: `The python module '${module}' does not expose a function called '${func}' in ${ctx.activityType} '${ctx.activityName}'`
      });
      const missing = (arg) => ({
        ...at("arguments"),
        message: `required argument ${arg} is missing from activity '${func}'`
      });
      const unexpected = (arg) => ({
        ...at("arguments"),
        message: `argument ${arg} is not part of the function signature in activity '${func}'`
      });
      await modules.ensure(module);
      if (modules.hasModule(module)) {
        const fn = modules.get(module, func);
        if (fn === void 0)
          return [{ ...noFunc(), expected: `one of ${modules.functions(module).join(", ")}` }];
        if (fn.unsupported)
          return [
            {
              ...at("func"),
              message: fn.unsupported,
              expected: "a function chaos-action implements (see the README)"
            }
          ];
        const bound = bindArguments(fn, args);
        if (bound.ok) return [];
        return [bound.kind === "missing" ? missing(bound.arg) : unexpected(bound.arg)];
      }
      const reply = await bridgeValidate(module, func, args);
      switch (reply.kind) {
        case "ok":
        case "result":
        case "raised":
          return [];
        case "no-func":
          return [noFunc()];
        case "missing":
          return [missing(reply.arg)];
        case "unexpected":
          return [unexpected(reply.arg)];
        case "bind-error":
          return [{ ...at("arguments"), message: reply.message }];
        case "import-error":
          return [notFound(module, ctx, reply.message, at("module").location)];
        case "no-python":
          return [
            notFound(
              module,
              ctx,
              `python3 could not be run: ${reply.message}`,
              at("module").location
            )
          ];
      }
    },
    async run(spec, ctx) {
      const module = String(spec.module);
      const func = String(spec.func);
      const args = argumentsOf(spec);
      const secrets = selectedSecrets(spec, ctx);
      await modules.ensure(module);
      const fn = modules.get(module, func);
      if (fn !== void 0) {
        const bound = bindNative(fn, func, args, secrets, ctx);
        try {
          return await fn.run(bound, ctx);
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed("python activity was interrupted");
          if (error instanceof NoEffectError) throw error;
          const kind = error instanceof ActivityFailed ? "chaoslib.exceptions.ActivityFailed" : errorName(error);
          throw new ActivityFailed(`${kind}: ${errorMessage(error)}`, { cause: error });
        }
      }
      if (modules.hasModule(module))
        throw new Error(`module '${module}' has no attribute '${func}'`);
      if (python === false) throw new Error(`No module named '${module}'`);
      let reply;
      try {
        reply = await callBridge(
          python,
          {
            mode: "run",
            module,
            func,
            arguments: args,
            secrets: secrets ?? null,
            configuration: ctx.configuration
          },
          { signal: ctx.signal, env: options.env }
        );
      } catch (error) {
        if (error instanceof BridgeError && ctx.signal.aborted) {
          throw new ActivityFailed("python activity was interrupted");
        }
        throw error;
      }
      switch (reply.kind) {
        case "result":
          return reply.value;
        case "raised":
          throw new ActivityFailed(reply.message);
        case "import-error":
          throw new Error(reply.message);
        default:
          throw new InternalError(
            `unexpected reply from the Python bridge: ${JSON.stringify(reply)}`
          );
      }
    },
    // Only native functions can say what they would affect: the bridge is never started for it.
    async preview(spec, ctx) {
      const module = String(spec.module);
      const func = String(spec.func);
      await modules.ensure(module);
      const fn = modules.get(module, func);
      if (fn?.preview === void 0) return void 0;
      return fn.preview(
        bindNative(fn, func, argumentsOf(spec), selectedSecrets(spec, ctx), ctx),
        ctx
      );
    }
  };
}
function bindNative(fn, func, args, secrets, ctx) {
  const bound = bindArguments(fn, args);
  if (!bound.ok) {
    throw new ActivityFailed(
      bound.kind === "missing" ? `TypeError: ${func}() missing 1 required positional argument: ${bound.arg}` : `TypeError: ${func}() got an unexpected keyword argument ${bound.arg}`
    );
  }
  if (fn.takesSecrets && secrets !== void 0) bound.args.secrets = secrets;
  if (fn.takesConfiguration) bound.args.configuration = { ...ctx.configuration };
  return bound.args;
}
function errorName(error) {
  if (error instanceof Error) return error.name || "Exception";
  return "Exception";
}

// src/providers/index.ts
function lazy(type2, load, o = {}) {
  let loading;
  let loaded;
  const get = () => {
    loading ??= load().then((provider) => {
      if (provider.type !== type2) {
        throw new InternalError(
          `provider module for '${type2}' loaded a '${provider.type}' provider`
        );
      }
      loaded = provider;
      return provider;
    });
    return loading;
  };
  return {
    type: type2,
    async validate(spec, ctx) {
      const provider = await get();
      return await provider.validate?.(spec, ctx) ?? [];
    },
    async run(spec, ctx) {
      return (loaded ?? await get()).run(spec, ctx);
    },
    async preview(spec, ctx) {
      return (loaded ?? await get()).preview?.(spec, ctx);
    },
    async cleanupPersisted(resource, ctx) {
      const provider = await get();
      if (provider.cleanupPersisted === void 0) {
        throw new Error(`the ${type2} provider cannot undo a persisted ${resource.kind}`);
      }
      return provider.cleanupPersisted(resource, ctx);
    },
    // Only where the provider may have left objects behind: post loads nothing else to sweep.
    ...o.createsClusterObjects ? {
      async cleanupRun(runId, ctx) {
        return await (await get()).cleanupRun?.(runId, ctx) ?? [];
      }
    } : {},
    async close() {
      await loaded?.close?.();
    }
  };
}
function createDefaultRegistry(options = {}) {
  let modules;
  if (options.nativeModules instanceof NativeModuleRegistry) modules = options.nativeModules;
  else {
    modules = new NativeModuleRegistry();
    for (const [name, fns] of Object.entries(options.nativeModules ?? {}))
      modules.register(name, fns);
  }
  const services = options.services === void 0 ? {} : { services: options.services };
  const registry = new ProviderRegistry().register(processProvider).register(
    lazy(
      "http",
      () => import("./http-XTRZZMQD.js").then((m) => m.createHttpProvider({ ...options.http, ...services }))
    )
  ).register(
    createPythonProvider({
      modules,
      ...options.python === void 0 ? {} : { python: options.python },
      ...options.env === void 0 ? {} : { env: options.env }
    })
  ).register(
    lazy("proxy", () => import("./proxy-I4VN6IWS.js").then((m) => new m.ProxyProvider(services)))
  ).register(
    lazy("load", () => import("./load-UBVFYFRD.js").then((m) => new m.LoadProvider(services)))
  ).register(
    lazy(
      "prometheus",
      () => import("./prometheus-GF7MFQMB.js").then((m) => new m.PrometheusProvider(services))
    )
  );
  modules.addLoader("chaosprometheus", async () => {
    const m = await import("./prometheus-GF7MFQMB.js");
    m.registerPrometheusModules(modules, options.services);
  });
  let kube;
  const loadKubernetes = async () => {
    const m = await import("./kubernetes-AKBZBUFM.js");
    const registration = m.registerKubernetes(new ProviderRegistry(), modules, {
      env: options.env,
      ...options.kubernetes
    });
    return { runtime: registration.runtime, provider: registration.provider };
  };
  const kubernetes = () => kube ??= loadKubernetes();
  modules.addLoader("chaosk8s", async () => void await kubernetes());
  const objects = { createsClusterObjects: true };
  registry.register(lazy("kubernetes", async () => (await kubernetes()).provider, objects)).register(
    lazy(
      "chaos-mesh",
      async () => {
        const [{ runtime }, m] = await Promise.all([
          kubernetes(),
          import("./chaos-mesh-DKRG3ZLD.js")
        ]);
        return new m.ChaosMeshProvider({ runtime });
      },
      objects
    )
  );
  for (const provider of options.providers ?? []) registry.register(provider);
  return registry;
}

// src/engine/slo.ts
var RESERVED = /* @__PURE__ */ new Set(["type", "target", "name", "description"]);
var COMPARISON = /^\s*(<=|>=|==|!=|<|>|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;
function isDict2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function parseObjective(field, spec) {
  if (typeof spec === "number" && Number.isFinite(spec)) {
    return { field, op: "<=", bound: spec, text: `<= ${spec}` };
  }
  if (typeof spec !== "string") return void 0;
  const m = COMPARISON.exec(spec);
  if (!m) return void 0;
  const op = m[1] === "=" ? "==" : m[1] ?? "<=";
  const bound = Number(m[2]) / (m[3] ? 100 : 1);
  return Number.isFinite(bound) ? { field, op, bound, text: spec.trim() } : void 0;
}
function sloObjectives(tolerance) {
  const out = [];
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue;
    const objective = parseObjective(field, spec);
    if (objective) out.push(objective);
  }
  return out;
}
function readField(value, field) {
  let current = value;
  const parts = Object.hasOwn(isDict2(value) ? value : {}, field) ? [field] : field.split(".");
  for (const part of parts) {
    if (!isDict2(current) || !Object.hasOwn(current, part)) return void 0;
    current = current[part];
  }
  if (typeof current === "number") return current;
  if (typeof current === "boolean") return current ? 1 : 0;
  if (typeof current === "string" && current.trim() !== "") {
    const n = Number(current);
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function compare(actual, op, bound) {
  switch (op) {
    case "<=":
      return actual <= bound;
    case "<":
      return actual < bound;
    case ">=":
      return actual >= bound;
    case ">":
      return actual > bound;
    case "==":
      return actual === bound;
    case "!=":
      return actual !== bound;
  }
}
function checkSlo(tolerance, value) {
  let subject = value;
  if (typeof subject === "string") {
    try {
      subject = JSON.parse(subject);
    } catch {
    }
  }
  const target = tolerance.target;
  if (typeof target === "string" && target && isDict2(subject) && Object.hasOwn(subject, target)) {
    subject = subject[target];
    if (typeof subject === "string") {
      try {
        subject = JSON.parse(subject);
      } catch {
      }
    }
  }
  return sloObjectives(tolerance).map((objective) => {
    const actual = readField(subject, objective.field);
    return {
      objective,
      actual,
      met: actual !== void 0 && compare(actual, objective.op, objective.bound)
    };
  });
}
function withinSlo(tolerance, value) {
  const checks = checkSlo(tolerance, value);
  return checks.length > 0 && checks.every((c) => c.met);
}
function validateSlo(tolerance) {
  const issues = [];
  let count = 0;
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue;
    count++;
    if (parseObjective(field, spec) === void 0) {
      issues.push({
        field: `/${field}`,
        message: `slo objective ${field} is not a comparison: ${JSON.stringify(spec)}`,
        expected: 'a comparison such as "<=0.01", "<= 1%", ">= 99.9%", "<300" or a number (<=)'
      });
    }
  }
  if (count === 0) {
    issues.push({
      field: "",
      message: "slo tolerance has no objectives",
      expected: 'fields of the probe output with comparisons, e.g. {type: slo, error_rate: "<=0.01", p95_ms: "<=300"}'
    });
  }
  if (tolerance.target !== void 0 && typeof tolerance.target !== "string") {
    issues.push({
      field: "/target",
      message: "slo tolerance target must be a key name",
      expected: "a string, e.g. body"
    });
  }
  return issues;
}

export {
  rollbackAccount,
  attachRollbackAccount,
  accountRollbacks,
  describeRollbacks,
  ABORT_REASON,
  abortReason,
  newRunId,
  preciseNow,
  isoTimestamp,
  secondsBetween,
  platformString,
  nodeName,
  exceptionMessage,
  journalFileContent,
  partialJournalFileContent,
  writeFileAtomicSync,
  chaoslibVersion,
  journalFileName,
  maskJournal,
  notRunJournal,
  convertToType,
  parseVar,
  loadVarFile,
  mergeVars,
  loadConfiguration,
  loadSecrets,
  declaredSecretValues,
  loadDynamicConfiguration,
  noopTracer,
  createTracer,
  substitute,
  ActivityAborted,
  isRef,
  skipsExecution,
  sleep,
  MAX_TIMER_MS,
  runActivity,
  runProviderOnly,
  sloObjectives,
  readField,
  withinSlo,
  validateSlo,
  usesKubernetes,
  plannedKubernetes,
  sessionKubernetes,
  wantsCluster,
  partitionByKubernetes,
  skipReason,
  checkClusterPlan,
  openRunCluster,
  createDefaultRegistry
};
