import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  readField,
  sloObjectives,
  substitute,
  withinTolerance
} from "./chunk-S3QTKGVT.js";
import {
  CHAOSLIB_COMPAT_VERSION,
  VERSION
} from "./chunk-25EVSR2U.js";
import {
  buildTimeline,
  downsample,
  niceMax,
  renderMarkdownReport
} from "./chunk-NQCTTHJ5.js";
import {
  VERDICT_TEXT,
  countPassed,
  deviatingProbes,
  escapeXml,
  formatDuration,
  listWithTail,
  locationText,
  oneLine,
  sanitizeTerminal,
  steadyText,
  toSummaryInput,
  truncateText
} from "./chunk-EMIRGZ6E.js";
import {
  SecretMasker,
  loadConfiguration,
  loadDynamicConfiguration,
  loadSecrets,
  secretValues,
  silentLogger
} from "./chunk-VJPGQR7E.js";
import {
  METHOD_FOREGROUND_DONE
} from "./chunk-XZC23V6B.js";
import {
  ActivityFailed,
  InterruptedError,
  errorMessage
} from "./chunk-M5F2XM67.js";

// src/engine/runner.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/engine/journal.ts
import { closeSync, openSync, readSync } from "node:fs";
import { hostname, machine, release, type } from "node:os";
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
  const withOurs = {
    ...journal,
    "x-chaos-action": { version: VERSION, run_id: extra.runId, verdict: extra.verdict }
  };
  return `${JSON.stringify(withOurs, null, 2)}
`;
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
        new Promise((resolve) => setTimeout(resolve, 15e3).unref())
      ]);
    }
  };
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
  return new Promise((resolve) => {
    const done = (full) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve(full);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function pauseSeconds(value, ctx, which, name) {
  const v = typeof value === "string" ? substitute(value, ctx.configuration, ctx.secrets) : value;
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n))
    throw new Error(`activity '${name}' ${which} pause is not a number: ${String(v)}`);
  return Math.max(0, n);
}
async function runActivity(activity, ctx, opts) {
  const { logger } = ctx;
  const kind = activity.type;
  const label = kind === "probe" ? "Probe" : "Action";
  const skipPauses = skipsPauses(ctx.dry, kind);
  const pauses = activity.pauses ?? {};
  if (pauses.before !== void 0 && !skipPauses) {
    const seconds2 = pauseSeconds(pauses.before, ctx, "before", activity.name);
    logger.info(`Pausing before next activity for ${seconds2}s...`);
    if (!await sleep(seconds2 * 1e3, opts.signal)) throw new InterruptedError();
  }
  logger.info(`${label}: ${activity.name}`);
  const startMs = preciseNow();
  const run = { activity: { ...activity }, output: null, start: isoTimestamp(startMs) };
  opts.onStart?.(run);
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
    run.exception = formatException(
      new ActivityFailed("activity was interrupted"),
      `${kind} '${activity.name}'`
    );
  } else {
    try {
      const output = await execute(activity, ctx, opts);
      run.status = "succeeded";
      run.output = output;
    } catch (error) {
      const where = `${activity.provider?.type ?? "unknown"} provider of ${kind} '${activity.name}'`;
      run.status = "failed";
      if (error instanceof ActivityFailed) {
        run.exception = formatException(error, where);
        logger.error(`  => failed: ${error.message}`);
      } else if (opts.signal.aborted) {
        run.exception = formatException(new ActivityFailed("activity was interrupted"), where);
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
  if (aborted !== void 0) {
    throw new ActivityAborted(
      `${kind} '${activity.name}' raised: ${errorMessage(aborted)}`,
      run,
      aborted
    );
  }
  if (pauses.after !== void 0 && !skipPauses && !opts.signal.aborted) {
    const seconds2 = pauseSeconds(pauses.after, ctx, "after", activity.name);
    logger.info(`Pausing after activity for ${seconds2}s...`);
    await sleep(seconds2 * 1e3, opts.signal);
  }
  return run;
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

// src/engine/hypothesis.ts
async function runSteadyState(hypothesis, ctx, opts) {
  const state = { steady_state_met: true, probes: [] };
  try {
    await evaluate(hypothesis, ctx, opts, state);
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    if (error instanceof ActivityAborted && error.run) state.probes.push(error.run);
    const last = state.probes[state.probes.length - 1];
    if (last) last.tolerance_met = false;
    state.steady_state_met = false;
    throw new HypothesisAborted(state, error);
  }
  if (state.steady_state_met) ctx.logger.info("Steady state hypothesis is met!");
  return state;
}
var HypothesisAborted = class extends Error {
  state;
  constructor(state, cause) {
    super(errorMessage(cause), { cause });
    this.name = "HypothesisAborted";
    this.state = state;
  }
};
async function evaluate(hypothesis, ctx, opts, state) {
  const probes = hypothesis.probes ?? [];
  for (const [index, entry] of probes.entries()) {
    if (opts.signal.aborted) throw new InterruptedError();
    const activity = ctx.resolve(entry);
    const path = ["steady-state-hypothesis", "probes", index];
    const run = await runActivity(activity, ctx, { path, signal: opts.signal, inRollback: false });
    state.probes.push(run);
    if (opts.signal.aborted) throw new InterruptedError();
    if (run.status === "failed") {
      run.tolerance_met = false;
      state.steady_state_met = false;
      ctx.logger.warning("Probe terminated unexpectedly, so its tolerance could not be validated");
      return;
    }
    run.tolerance_met = true;
    if (ctx.dry === "probes" || ctx.dry === "activities") continue;
    const declared = isRef(entry) ? entry.tolerance : entry.tolerance;
    const met = await withinTolerance(declared, run.output, {
      configuration: ctx.configuration,
      secrets: ctx.secrets,
      logger: ctx.logger,
      runProbe: (probe) => runToleranceProbe(probe, ctx, opts.signal)
    });
    if (!met) {
      run.tolerance_met = false;
      state.steady_state_met = false;
      ctx.logger.warning(`Probe '${activity.name}' is not in the given tolerance`);
      return;
    }
  }
}
async function runToleranceProbe(probe, ctx, signal) {
  return runProviderOnly(probe, ctx, {
    path: ["steady-state-hypothesis"],
    signal,
    inRollback: false
  });
}
function hasProbes(hypothesis) {
  return Array.isArray(hypothesis?.probes) && hypothesis.probes.length > 0;
}
async function runContinuously(ctx, opts) {
  ctx.logger.info(
    `Executing the steady-state hypothesis continuously every ${opts.frequencySeconds} seconds`
  );
  let iteration = 1;
  let failed = 0;
  const wake = AbortSignal.any([opts.methodDone, opts.signal]);
  while (!opts.methodDone.aborted && !opts.signal.aborted) {
    if (opts.stopped()) break;
    const state = await runSteadyState(opts.hypothesis, ctx, {
      phase: "during",
      signal: opts.signal
    });
    opts.onState(state);
    if (!state.steady_state_met) {
      failed += 1;
      const ratio = failed * 100 / iteration;
      const last = state.probes[state.probes.length - 1];
      ctx.logger.warning(
        `Continuous steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance`
      );
      if (opts.failFast) {
        ctx.logger.info(
          `Terminating immediately the experiment after ${ratio.toFixed(1)}% hypothesis deviated`
        );
        opts.onFailFast();
        break;
      }
    }
    iteration += 1;
    await sleep(opts.frequencySeconds * 1e3, wake);
  }
}

// src/engine/run.ts
function resolveStrategies(experiment, options, logger) {
  const runtime = experiment.runtime ?? {};
  let hypothesis = options.hypothesisStrategy ?? runtime.hypothesis?.strategy ?? "default";
  if (hypothesis === "continously") {
    logger.warning("the 'continously' hypothesis strategy is spelled 'continuously' now");
    hypothesis = "continuously";
  }
  if (hypothesis === "continuous") hypothesis = "continuously";
  const frequency = options.hypothesisFrequency ?? runtime.hypothesis?.frequency ?? 1;
  return {
    rollback: options.rollbackStrategy ?? runtime.rollbacks?.strategy ?? "default",
    hypothesis,
    frequency: typeof frequency === "number" && frequency >= 0 ? frequency : 1,
    failFast: options.failFast ?? runtime.hypothesis?.fail_fast ?? false,
    dry: options.dry ?? null
  };
}
var BEFORE = ["default", "before-method-only", "continuously"];
var AFTER = ["default", "after-method-only", "continuously"];
var DURING = ["during-method-only", "continuously"];
var STOPPING = ["failed", "aborted", "interrupted"];
function refCache(experiment) {
  const cache = /* @__PURE__ */ new Map();
  const entries = [
    ...Array.isArray(experiment.method) ? experiment.method : [],
    ...experiment["steady-state-hypothesis"]?.probes ?? []
  ];
  for (const entry of entries) {
    if (entry && !isRef(entry) && typeof entry.name === "string")
      cache.set(entry.name, entry);
  }
  return cache;
}
async function runExperiment(loaded, options) {
  const logger = options.logger ?? silentLogger;
  const experiment = loaded.experiment;
  const env = options.env ?? process.env;
  const runId = options.runId ?? newRunId();
  const interrupt = options.signal ?? new AbortController().signal;
  const hard = options.hardSignal ?? new AbortController().signal;
  const runSignal = AbortSignal.any([interrupt, hard]);
  const configuration = loadConfiguration(
    experiment.configuration ?? {},
    options.vars?.configuration ?? {},
    env
  );
  const secrets = loadSecrets(experiment.secrets ?? {}, options.vars?.secrets ?? {}, env);
  const masker = new SecretMasker();
  for (const value of secretValues(secrets)) {
    masker.add(value);
    logger.addSecret(value);
  }
  const strategies = resolveStrategies(experiment, options, logger);
  const title = String(substitute(experiment.title, configuration, secrets));
  logger.info(`Running experiment: ${title}`);
  if (strategies.dry) logger.warning(`Running experiment with dry ${strategies.dry}`);
  logger.info(`Steady-state strategy: ${strategies.hypothesis}`);
  logger.info(`Rollbacks strategy: ${strategies.rollback}`);
  const startMs = preciseNow();
  const start = isoTimestamp(startMs);
  const tracked = [];
  const notify = () => options.onResourcesChanged?.([...tracked]);
  const resources = {
    track(resource) {
      tracked.push(resource);
      notify();
      return () => {
        const at = tracked.indexOf(resource);
        if (at >= 0) {
          tracked.splice(at, 1);
          notify();
        }
      };
    }
  };
  const stateMap = /* @__PURE__ */ new Map();
  const state = {
    get: (k) => stateMap.get(k),
    set: (k, v) => void stateMap.set(k, v)
  };
  const cache = refCache(experiment);
  const tracer = options.tracer ?? noopTracer;
  const ctx = {
    registry: options.registry,
    configuration,
    secrets,
    logger,
    dry: strategies.dry,
    runId,
    experimentFile: loaded.file,
    resources,
    state,
    locate: (path) => loaded.locate(path),
    tracer,
    span: options.parentSpan,
    resolve(entry) {
      if (!isRef(entry)) return entry;
      const target = cache.get(entry.ref);
      if (target === void 0)
        throw new Error(`referenced activity '${entry.ref}' could not be found in the experiment`);
      return target;
    }
  };
  const phase = (name, fn) => logger.group(name, async () => {
    const span = tracer.startSpan(name, { "chaos.phase": name }, options.parentSpan);
    const outer = ctx.span;
    ctx.span = span;
    try {
      return await fn();
    } catch (error) {
      tracer.end(span, {}, error);
      throw error;
    } finally {
      tracer.end(span);
      ctx.span = outer;
    }
  });
  const dynamic = await loadDynamicConfiguration(
    configuration,
    secrets,
    (activity, soFar) => runProviderOnly(
      activity,
      { ...ctx, configuration: soFar },
      { path: ["configuration"], signal: runSignal, inRollback: false }
    ),
    logger
  );
  for (const key of Object.keys(configuration)) delete configuration[key];
  Object.assign(configuration, dynamic);
  const rollbackController = new AbortController();
  const budgetMs = options.interruptRollbackBudgetMs ?? 6e3;
  let budgetTimer;
  const startBudget = () => {
    if (budgetTimer === void 0 && !rollbackController.signal.aborted) {
      budgetTimer = setTimeout(
        () => rollbackController.abort(new InterruptedError("rollback budget exhausted")),
        budgetMs
      );
    }
  };
  const onHard = () => rollbackController.abort(new InterruptedError("stopped"));
  if (hard.aborted) onHard();
  else hard.addEventListener("abort", onHard, { once: true });
  if (interrupt.aborted) startBudget();
  else interrupt.addEventListener("abort", startBudget, { once: true });
  let status = null;
  let deviated = false;
  let before = null;
  let after = null;
  const during = [];
  const runSlots = [];
  let rollbacks = [];
  const ssh = experiment["steady-state-hypothesis"];
  const withSsh = strategies.hypothesis !== "skip" && hasProbes(ssh);
  if (!withSsh) logger.info("No steady state hypothesis defined. That's ok, just exploring.");
  let abortMessage;
  const markAborted = (error) => {
    status = "aborted";
    abortMessage ??= errorMessage(error);
    logger.error(
      `Experiment ran into an unexpected fatal error, aborting now: ${errorMessage(error)}`
    );
  };
  try {
    let gatePassed = true;
    if (withSsh && BEFORE.includes(strategies.hypothesis)) {
      await phase("Steady-state hypothesis (before)", async () => {
        try {
          before = await runSteadyState(ssh, ctx, { phase: "before", signal: runSignal });
        } catch (error) {
          if (error instanceof HypothesisAborted) before = error.state;
          throw error;
        }
        if (!before.steady_state_met) {
          gatePassed = false;
          const last = before.probes[before.probes.length - 1];
          if (last?.status === "failed") status = "failed";
          logger.error(
            `Steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance so failing this experiment`
          );
        }
      });
    }
    if (gatePassed) {
      const methodDone = new AbortController();
      let loop = Promise.resolve();
      if (withSsh && DURING.includes(strategies.hypothesis)) {
        loop = runContinuously(ctx, {
          hypothesis: ssh,
          frequencySeconds: strategies.frequency,
          failFast: strategies.failFast,
          methodDone: methodDone.signal,
          signal: runSignal,
          stopped: () => STOPPING.includes(status),
          onState: (s) => during.push(s),
          onFailFast: () => {
            status = "failed";
          }
        }).catch((error) => {
          if (runSignal.aborted || error instanceof InterruptedError) return;
          if (error instanceof HypothesisAborted) during.push(error.state);
          markAborted(error);
        });
      }
      let methodAborted = false;
      try {
        await phase("Method", async () => {
          try {
            await runMethod(experiment.method ?? [], ctx, runSignal, runSlots, () => status);
          } catch (error) {
            if (error instanceof InterruptedError || runSignal.aborted) throw new InterruptedError();
            methodAborted = true;
            markAborted(error);
          }
        });
      } finally {
        methodDone.abort();
        await loop;
      }
      if (runSignal.aborted) throw new InterruptedError();
      if (!methodAborted && status !== "interrupted" && status !== "aborted" && withSsh && AFTER.includes(strategies.hypothesis)) {
        await phase("Steady-state hypothesis (after)", async () => {
          try {
            after = await runSteadyState(ssh, ctx, { phase: "after", signal: runSignal });
          } catch (error) {
            if (error instanceof HypothesisAborted) after = error.state;
            throw error;
          }
          if (!after.steady_state_met) {
            deviated = true;
            const last = after.probes[after.probes.length - 1];
            status = last?.status === "failed" ? "failed" : "completed";
            logger.error(
              `Steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance so failing this experiment`
            );
          }
        });
      }
    }
  } catch (error) {
    if (error instanceof InterruptedError || runSignal.aborted) {
      status = "interrupted";
      logger.warning("Received an interruption: stopping the experiment");
    } else {
      markAborted(error);
    }
  }
  if (runSignal.aborted) status = "interrupted";
  const interrupted = status === "interrupted";
  let play;
  switch (strategies.rollback) {
    case "always":
      play = true;
      break;
    case "never":
      play = false;
      break;
    case "deviated":
      play = deviated;
      break;
    default:
      play = status !== "failed" && status !== "interrupted";
  }
  if (interrupted && strategies.rollback !== "never") play = options.rollbackOnInterrupt ?? true;
  if (interrupted && strategies.rollback === "always") play = true;
  if (hard.aborted) play = false;
  const declaredRollbacks = experiment.rollbacks ?? [];
  if (play && declaredRollbacks.length > 0) {
    await phase("Rollbacks", async () => {
      const outcome = await runRollbacks(declaredRollbacks, ctx, rollbackController.signal);
      rollbacks = outcome.runs;
      if (outcome.aborted !== void 0 && status !== "interrupted") markAborted(outcome.aborted);
      if (outcome.stopped) status = "interrupted";
    });
  } else if (declaredRollbacks.length > 0) {
    logger.info(
      `Rollbacks not played (strategy ${strategies.rollback}, status ${status ?? "completed"})`
    );
  }
  if (interrupt.aborted || hard.aborted) status = "interrupted";
  if (tracked.length > 0) {
    await phase("Cleanup", async () => {
      for (const resource of [...tracked].reverse()) {
        if (rollbackController.signal.aborted && hard.aborted) break;
        try {
          logger.info(`Undoing ${resource.kind}: ${resource.description}`);
          await resource.undo(rollbackController.signal);
          const at = tracked.indexOf(resource);
          if (at >= 0) {
            tracked.splice(at, 1);
            notify();
          }
        } catch (error) {
          logger.error(
            `Could not undo ${resource.kind} ${resource.description}: ${errorMessage(error)}`
          );
        }
      }
    });
  }
  clearTimeout(budgetTimer);
  hard.removeEventListener("abort", onHard);
  interrupt.removeEventListener("abort", startBudget);
  const endMs = preciseNow();
  const finalStatus = status ?? "completed";
  logger.info(`Experiment ended with status: ${deviated ? "deviated" : finalStatus}`);
  if (deviated) logger.info("The steady-state has deviated, a weakness may have been discovered");
  const journal = {
    "chaoslib-version": chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...experiment, title, dry: strategies.dry },
    start,
    status: finalStatus,
    deviated,
    steady_states: { before, after, during },
    run: runSlots.filter((r) => r !== void 0),
    rollbacks,
    end: isoTimestamp(endMs),
    duration: secondsBetween(startMs, endMs)
  };
  const masked = masker.maskDeep(journal);
  if (abortMessage !== void 0) {
    Object.defineProperty(masked, ABORT_REASON, {
      value: masker.mask(abortMessage),
      enumerable: false
    });
  }
  return masked;
}
async function runMethod(method, ctx, signal, slots, currentStatus) {
  ctx.logger.info("Playing your experiment's method now...");
  ctx.state.set(METHOD_FOREGROUND_DONE, false);
  const background = [];
  let backgroundError;
  try {
    for (const [index, entry] of method.entries()) {
      if (signal.aborted) throw new InterruptedError();
      const activity = ctx.resolve(entry);
      const slot = slots.length;
      slots.push(void 0);
      const started = runActivity(activity, ctx, {
        path: ["method", index],
        signal,
        inRollback: false,
        onStart: (run) => {
          slots[slot] = run;
        }
      });
      if (activity.background) {
        background.push(
          started.then(
            () => void 0,
            (error) => {
              backgroundError ??= error;
            }
          )
        );
      } else {
        await started;
      }
      if (STOPPING.includes(currentStatus())) break;
    }
  } finally {
    ctx.state.set(METHOD_FOREGROUND_DONE, true);
    await Promise.all(background);
  }
  if (signal.aborted) throw new InterruptedError();
  if (backgroundError !== void 0) throw backgroundError;
}
async function runRollbacks(declared, ctx, signal) {
  const slots = [];
  const background = [];
  let aborted;
  let stopped = false;
  const record = (error) => {
    if (error instanceof InterruptedError || signal.aborted) stopped = true;
    else aborted ??= error;
  };
  for (const [index, entry] of declared.entries()) {
    if (signal.aborted) {
      stopped = true;
      break;
    }
    let activity;
    try {
      activity = ctx.resolve(entry);
    } catch (error) {
      record(error);
      continue;
    }
    const slot = slots.length;
    slots.push(void 0);
    const started = runActivity(activity, ctx, {
      path: ["rollbacks", index],
      signal,
      inRollback: true,
      onStart: (run) => {
        slots[slot] = run;
      }
    }).then(
      () => void 0,
      (error) => record(error)
    );
    if (activity.background) background.push(started);
    else await started;
  }
  await Promise.all(background);
  if (signal.aborted) stopped = true;
  return {
    runs: slots.filter((r) => r !== void 0),
    stopped,
    ...aborted === void 0 ? {} : { aborted }
  };
}

// src/engine/verdict.ts
function compact(value, max = 80) {
  let text;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function describeOutput(output, tolerance) {
  if (tolerance !== null && typeof tolerance === "object" && !Array.isArray(tolerance)) {
    const t = tolerance;
    const targeted = typeof t.target === "string" && output !== null && typeof output === "object" && !Array.isArray(output) && t.target in output ? output[t.target] : void 0;
    if (t.type === "slo") {
      const base = targeted ?? output;
      const parts = sloObjectives(t).map(
        (o) => `${o.field} ${compact(readField(base, o.field) ?? null)}`
      );
      if (parts.length > 0) return parts.join(", ");
    }
    if (targeted !== void 0) return `${String(t.target)} ${compact(targeted)}`;
  }
  if (output !== null && typeof output === "object" && !Array.isArray(output) && "status" in output) {
    const o = output;
    return `status ${compact(o.status)}`;
  }
  return compact(output);
}
function entryName(entry) {
  if (entry === void 0 || entry === null) return void 0;
  const e = entry;
  return typeof e.ref === "string" && !("provider" in entry) ? e.ref : typeof e.name === "string" ? e.name : void 0;
}
function indexEntries(declared, runs) {
  const out = /* @__PURE__ */ new Map();
  let cursor = 0;
  for (const run of runs) {
    for (let i = cursor; i < declared.length; i++) {
      if (entryName(declared[i]) === run.activity.name) {
        out.set(run, i);
        cursor = i + 1;
        break;
      }
    }
  }
  return out;
}
function judge(journal, loaded) {
  const experiment = loaded.experiment;
  const probes = experiment["steady-state-hypothesis"]?.probes ?? [];
  const { before, after, during } = journal.steady_states;
  const loc = (path) => {
    const location = loaded.locate(path);
    return location ? { location } : {};
  };
  const probeFinding = (phase, state, index) => {
    const run = state.probes[index];
    const declared = probes[index];
    const tolerance = declared?.tolerance ?? run.activity.tolerance;
    let message;
    if (run.status === "failed")
      message = `failed: ${exceptionMessage(run.exception) ?? "unknown error"}`;
    else if (run.tolerance_met === false)
      message = `tolerance ${compact(tolerance)} not met by ${describeOutput(run.output, tolerance)}`;
    else message = `tolerance ${compact(tolerance)} met by ${describeOutput(run.output, tolerance)}`;
    return {
      phase,
      activity: run.activity.name,
      kind: "probe",
      message,
      met: run.tolerance_met === true,
      ...loc(["steady-state-hypothesis", "probes", index])
    };
  };
  const lastProbe = (phase, state) => state.probes.length === 0 ? void 0 : probeFinding(phase, state, state.probes.length - 1);
  const methodIndex = indexEntries(experiment.method ?? [], journal.run);
  const rollbackIndex = indexEntries(experiment.rollbacks ?? [], journal.rollbacks);
  const activityFinding = (phase, run) => {
    const index = (phase === "method" ? methodIndex : rollbackIndex).get(run);
    const message = run.status === "failed" ? `failed: ${exceptionMessage(run.exception) ?? "unknown error"}` : run.status === void 0 ? "did not finish" : "succeeded";
    return {
      phase,
      activity: run.activity.name,
      kind: run.activity.type === "probe" ? "probe" : "action",
      message,
      ...index === void 0 ? {} : loc([phase === "method" ? "method" : "rollbacks", index])
    };
  };
  const failedRuns = journal.run.filter((r) => r.status === "failed").map((r) => activityFinding("method", r));
  const failedRollbacks = journal.rollbacks.filter((r) => r.status === "failed").map((r) => activityFinding("rollback", r));
  const duringMisses = during.filter((s) => !s.steady_state_met);
  let verdict;
  let findings = [];
  let reason;
  if (journal.status === "interrupted") {
    verdict = "interrupted";
    findings = [...failedRuns, ...failedRollbacks];
    reason = `The run was interrupted before it finished${journal.rollbacks.length ? `; ${journal.rollbacks.length} rollback(s) ran` : ""}.`;
  } else if (journal.status === "aborted") {
    verdict = "aborted";
    const why = abortReason(journal) ?? "an unexpected error (see the log)";
    const states = [];
    if (before) states.push(["before", before]);
    for (const d of during) states.push(["during", d]);
    if (after) states.push(["after", after]);
    const culprits = [];
    for (const [phase, state] of states) {
      const i = state.probes.findIndex((r) => r.status === void 0);
      if (i >= 0) culprits.push({ ...probeFinding(phase, state, i), message: `raised: ${why}` });
    }
    for (const run of [...journal.run, ...journal.rollbacks]) {
      if (run.status !== void 0) continue;
      const phase = journal.run.includes(run) ? "method" : "rollback";
      culprits.push({ ...activityFinding(phase, run), message: `raised: ${why}` });
    }
    if (culprits.length === 0) {
      for (const [phase, state] of states) {
        const last = state.probes[state.probes.length - 1];
        if (last && last.status === "succeeded" && last.tolerance_met === false) {
          culprits.push({
            ...probeFinding(phase, state, state.probes.length - 1),
            message: `tolerance could not be evaluated: ${why}`
          });
          break;
        }
      }
    }
    findings = culprits;
    const first = culprits[0];
    reason = first ? `The run was aborted: ${first.kind} '${first.activity}' ${first.message}.` : `The run was aborted by ${why}.`;
  } else if (before && !before.steady_state_met) {
    verdict = "not-steady";
    const f = lastProbe("before", before);
    findings = f ? [f] : [];
    reason = f ? `The steady-state hypothesis was not met before the method (probe '${f.activity}' ${f.message}), so nothing was tested.` : "The steady-state hypothesis was not met before the method, so nothing was tested.";
  } else if (after && !after.steady_state_met || duringMisses.length > 0) {
    verdict = "deviated";
    if (after && !after.steady_state_met) {
      const f = lastProbe("after", after);
      if (f) findings.push(f);
    }
    const byName = /* @__PURE__ */ new Map();
    for (const state of duringMisses) {
      const f = lastProbe("during", state);
      if (!f) continue;
      const seen = byName.get(f.activity);
      if (seen) seen.count += 1;
      else byName.set(f.activity, { finding: f, count: 1 });
    }
    for (const { finding, count } of byName.values()) {
      findings.push({
        ...finding,
        message: `${finding.message} (${count} of ${during.length} iterations)`
      });
    }
    const first = findings[0];
    const when = after && !after.steady_state_met ? "after the method" : "during the method";
    reason = first ? `The steady-state hypothesis deviated ${when}: probe '${first.activity}' ${first.message}.` : `The steady-state hypothesis deviated ${when}.`;
  } else if (failedRuns.length > 0 || failedRollbacks.length > 0) {
    verdict = "failed";
    findings = [...failedRuns, ...failedRollbacks];
    const first = findings[0];
    reason = `${first.phase === "rollback" ? "Rollback" : first.kind === "probe" ? "Probe" : "Action"} '${first.activity}' ${first.message}, so the result can't be trusted.`;
  } else if (journal.status === "failed") {
    verdict = "failed";
    reason = "The run ended with status failed.";
  } else {
    verdict = "passed";
    const evidence = after ?? before;
    if (evidence)
      evidence.probes.forEach(
        (_, i) => findings.push(probeFinding(after ? "after" : "before", evidence, i))
      );
    reason = before || after || during.length ? "The steady-state hypothesis held and every activity succeeded." : "Every activity succeeded (there was no steady-state hypothesis to check).";
  }
  return {
    file: loaded.file,
    title: journal.experiment.title,
    verdict,
    status: journal.status,
    deviated: journal.deviated,
    duration: journal.duration,
    journal,
    steadyBefore: before ? before.steady_state_met : null,
    steadyAfter: after ? after.steady_state_met : null,
    findings,
    rollbacksRun: journal.rollbacks.map((r) => r.activity.name),
    reason
  };
}

// src/engine/runner.ts
function placeholderJournal(loaded, status) {
  const now = isoTimestamp();
  return {
    "chaoslib-version": chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...loaded.experiment, dry: null },
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
async function runExperiments(experiments, options) {
  const logger = options.logger ?? silentLogger;
  const runId = options.runId ?? newRunId();
  const started = performance.now();
  const results = [];
  const usedNames = /* @__PURE__ */ new Set();
  let dirReady = false;
  const tracer = options.tracer ?? await createTracer(options.env ?? process.env, {
    onError: (message) => logger.warning(`tracing: ${message}`)
  });
  const writeJournal = async (loaded, journal, verdict) => {
    if (!dirReady) {
      await mkdir(options.journalDir, { recursive: true });
      dirReady = true;
    }
    const base = journalFileName(loaded.file);
    let name = base;
    for (let n = 2; usedNames.has(name); n++)
      name = base.replace(/\.journal\.json$/, `-${n}.journal.json`);
    usedNames.add(name);
    const path = join(options.journalDir, name);
    await writeFile(path, journalFileContent(journal, { runId, verdict }));
    return path;
  };
  for (const [index, loaded] of experiments.entries()) {
    if (options.signal?.aborted || options.hardSignal?.aborted) {
      const result2 = {
        ...judge(placeholderJournal(loaded, "interrupted"), loaded),
        reason: "Not started: the run was interrupted before this experiment."
      };
      results.push(result2);
      options.onResult?.(result2);
      continue;
    }
    options.onExperimentStart?.(loaded, index);
    logger.info(`Experiment ${index + 1}/${experiments.length}: ${loaded.file}`);
    let result;
    const span = tracer.startSpan("experiment", {
      "chaos.experiment.file": loaded.file,
      "chaos.experiment.title": loaded.experiment.title,
      "chaos.run_id": runId
    });
    try {
      const journal = await runExperiment(loaded, { ...options, runId, tracer, parentSpan: span });
      result = judge(journal, loaded);
    } catch (error) {
      logger.error(`${loaded.file}: ${errorMessage(error)}`);
      result = {
        ...judge(placeholderJournal(loaded, "aborted"), loaded),
        reason: `The experiment could not start: ${errorMessage(error)}`
      };
    }
    try {
      result.journalPath = await writeJournal(loaded, result.journal, result.verdict);
    } catch (error) {
      logger.error(`could not write the journal of ${loaded.file}: ${errorMessage(error)}`);
    }
    tracer.end(span, {
      "chaos.experiment.title": result.title,
      "chaos.verdict": result.verdict,
      "chaos.status": result.status,
      "chaos.deviated": result.deviated,
      "chaos.reason": result.reason
    });
    logger.info(`${loaded.file}: ${result.verdict} (${result.reason})`);
    results.push(result);
    options.onResult?.(result);
  }
  await tracer.shutdown();
  const passed = results.filter((r) => r.verdict === "passed").length;
  return {
    runId,
    results,
    passed,
    notPassed: results.length - passed,
    verdict: passed === results.length && results.length > 0 ? "passed" : "failed",
    interrupted: results.some((r) => r.verdict === "interrupted"),
    duration: Math.round(performance.now() - started) / 1e3
  };
}

// src/reporters/json.ts
function toJsonExperiment(result) {
  return {
    file: result.file,
    title: result.title,
    status: result.status,
    deviated: result.deviated,
    verdict: result.verdict,
    journal: result.journalPath ?? null,
    duration: result.duration
  };
}
function toJsonList(input) {
  return toSummaryInput(input).results.map(toJsonExperiment);
}
function toJsonSummary(input) {
  const summary = toSummaryInput(input);
  const passed = countPassed(summary.results);
  const notPassed = summary.results.length - passed;
  return {
    runId: summary.runId ?? null,
    verdict: notPassed === 0 ? "passed" : "not-passed",
    passed,
    notPassed,
    interrupted: summary.interrupted ?? false,
    duration: summary.duration ?? null,
    experiments: summary.results.map((r) => ({
      ...toJsonExperiment(r),
      reason: r.reason,
      steadyBefore: r.steadyBefore,
      steadyAfter: r.steadyAfter,
      rollbacksRun: [...r.rollbacksRun],
      findings: [...r.findings ?? []]
    }))
  };
}
function renderJsonSummary(input) {
  return `${JSON.stringify(toJsonSummary(input), null, 2)}
`;
}

// src/reporters/console.ts
var COLUMNS = [
  "Experiment",
  "Verdict",
  "Before",
  "After",
  "Deviating probes",
  "Duration",
  "Rollbacks run"
];
var WIDTH_MAX = 60;
function renderConsoleReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const color = options.colorVerdict ?? ((text) => text);
  const results = summary.results;
  const rows = results.map((r) => {
    const deviating = deviatingProbes(r).map((p) => `${p.name} (${p.phase})`);
    return [
      r.title,
      VERDICT_TEXT[r.verdict] ?? String(r.verdict),
      steadyText(r.steadyBefore),
      steadyText(r.steadyAfter),
      deviating.length ? listWithTail(deviating, 3) : "-",
      formatDuration(r.duration),
      r.rollbacksRun.length ? listWithTail(r.rollbacksRun, 3) : "-"
    ].map((text) => truncateText(sanitizeTerminal(oneLine(text)), WIDTH_MAX));
  });
  const widths = COLUMNS.map(
    (head, i) => Math.max(head.length, ...rows.map((row) => [...row[i] ?? ""].length))
  );
  const line = (cells, verdictPassed) => cells.map((text, i) => {
    const padded = text + " ".repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
    return i === 1 && verdictPassed !== void 0 ? color(padded, verdictPassed) : padded;
  }).join("  ").trimEnd();
  const out = [line(COLUMNS), widths.map((w) => "-".repeat(w)).join("  ")];
  rows.forEach((row, i) => out.push(line(row, results[i]?.verdict === "passed")));
  const passed = countPassed(results);
  const total = results.length;
  out.push("");
  out.push(
    total === 0 ? "No experiment ran." : passed === total ? `${total === 1 ? "The experiment" : `All ${total} experiments`} passed.` : `${total - passed} of ${total} experiment${total === 1 ? "" : "s"} did not pass.`
  );
  if (summary.interrupted) out.push("The run was interrupted; the journals record how far it got.");
  for (const r of results) {
    if (r.verdict !== "passed" && r.reason) {
      out.push(`  ${sanitizeTerminal(oneLine(r.title))}: ${sanitizeTerminal(oneLine(r.reason))}`);
    }
  }
  const journals = results.filter((r) => r.journalPath);
  if (journals.length > 0) {
    out.push(
      options.journalDir ? `Journals in ${sanitizeTerminal(options.journalDir)}:` : "Journals:"
    );
    for (const r of journals) out.push(`  ${sanitizeTerminal(r.journalPath ?? "")}`);
  }
  return `${out.join("\n")}
`;
}

// src/reporters/index.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";

// src/reporters/html.ts
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function esc(value) {
  return String(value).replace(CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function safeHref(link) {
  if (!link) return void 0;
  const trimmed = link.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return void 0;
  return trimmed;
}
var num = (n, digits = 1) => Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : "0";
var PHASE_TITLE = {
  before: "Steady state before",
  method: "Method",
  during: "Steady state during",
  after: "Steady state after",
  rollbacks: "Rollbacks"
};
var PHASE_ORDER = ["before", "method", "during", "after", "rollbacks"];
var CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--fault:rgba(207,34,46,.13)}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0 0 8px}h3{font-size:15px;margin:18px 0 6px}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{white-space:nowrap}td code,td a,td small{overflow-wrap:anywhere}
.ok{color:var(--pass);font-weight:700}.ko{color:var(--fail);font-weight:700}
main{max-width:1060px}
th{background:#f6f8fa;font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px;color:#fff;white-space:nowrap}
.v-passed{background:var(--pass)}.v-deviated,.v-failed,.v-aborted{background:var(--fail)}.v-not-steady,.v-interrupted{background:var(--warn)}
section.experiment{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
.charts{display:flex;flex-wrap:wrap;gap:16px}
svg{max-width:100%;height:auto;font:11px -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;background:#fff}
svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
svg .fault{fill:var(--fault)}svg .fault-label{fill:#a40e26;font-weight:600}
svg .phase-band{fill:#f6f8fa}svg .phase-title{font-weight:600;fill:var(--fg)}
svg .bar-action{fill:#4a78c2}svg .bar-probe{fill:#2da44e}svg .bar-fault{fill:#a40e26}
svg .bar-failed{fill:#cf222e}svg .bar-unmet{fill:#d4a72c}
svg .p95{fill:none;stroke:#1f5fbf;stroke-width:2}svg .errors{fill:none;stroke:#cf222e;stroke-width:2}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
details.journal pre{max-height:480px;overflow:auto;background:#f6f8fa;padding:10px;border-radius:6px;font-size:12px;white-space:pre-wrap;word-break:break-word}
`;
function renderHtmlReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const results = summary.results;
  const budget = { left: options.maxTotalJournalChars ?? 4e6 };
  const passed = countPassed(results);
  const generated = (options.generatedAt ?? /* @__PURE__ */ new Date()).toISOString();
  const headline = results.length === 0 ? "No experiment ran" : passed === results.length ? `${results.length === 1 ? "The experiment" : `All ${results.length} experiments`} passed` : `${results.length - passed} of ${results.length} experiments did not pass`;
  const run = [
    summary.runId ? `run ${esc(summary.runId)}` : "",
    summary.duration === void 0 ? "" : `took ${esc(formatDuration(summary.duration))}`,
    summary.interrupted ? "<strong>interrupted</strong>" : "",
    `generated ${esc(generated)}`
  ].filter(Boolean);
  const body = [
    `<header><h1>Chaos experiments: ${esc(headline)}</h1><p class="muted">${run.join(" \xB7 ")}</p></header>`,
    summaryTable(results, options),
    ...results.map((r, i) => experimentSection(r, i, options, budget))
  ];
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    // Belt and braces: even if something slipped through escaping, nothing could load or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Chaos experiments: ${esc(headline)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
    ...body,
    "</main></body></html>",
    ""
  ].join("\n");
}
function badge(result) {
  const verdict = String(result.verdict);
  const text = VERDICT_TEXT[result.verdict] ?? verdict;
  return `<span class="badge v-${esc(verdict)}">${esc(text)}</span>`;
}
function mark(ok) {
  return ok ? '<span class="ok">\u2713</span>' : '<span class="ko">\u2717</span>';
}
function steady(met) {
  return met === null ? esc(steadyText(met)) : `${mark(met)} ${esc(steadyText(met))}`;
}
function summaryTable(results, options) {
  const rows = results.map((r, i) => {
    const deviating = deviatingProbes(r).map((p) => `${p.name} (${p.phase})`);
    const href = safeHref(options.journalLink?.(r));
    const journal = href ? `<a href="${esc(href)}">journal</a>` : r.journalPath ? `<code>${esc(r.journalPath)}</code>` : "\u2014";
    return `<tr class="experiment-row" data-verdict="${esc(r.verdict)}"><td><a href="#experiment-${i + 1}">${esc(r.title)}</a><br><small class="muted">${esc(r.file)}</small></td><td>${badge(r)}</td><td>${steady(r.steadyBefore)}</td><td>${steady(r.steadyAfter)}</td><td>${deviating.length ? esc(listWithTail(deviating, 5)) : "\u2014"}</td><td>${esc(formatDuration(r.duration))}</td><td>${r.rollbacksRun.length ? esc(listWithTail(r.rollbacksRun, 5)) : "\u2014"}</td><td>${journal}</td></tr>`;
  });
  return `<table id="summary"><thead><tr><th>Experiment</th><th>Verdict</th><th>Steady state before</th><th>Steady state after</th><th>Deviating probes</th><th>Duration</th><th>Rollbacks run</th><th>Journal</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function experimentSection(result, index, options, budget) {
  const parts = [
    `<section class="experiment" id="experiment-${index + 1}" data-verdict="${esc(result.verdict)}">`,
    `<h2>${esc(result.title)} ${badge(result)}</h2>`,
    `<p class="muted">${esc(result.file)} \xB7 ${esc(formatDuration(result.duration))}</p>`
  ];
  if (result.reason) parts.push(`<p>${esc(result.reason)}</p>`);
  const findings = result.findings ?? [];
  if (findings.length > 0) {
    const rows = findings.map(
      (f) => `<tr><td>${esc(f.phase)}</td><td>${esc(f.kind)} ${esc(f.activity)}</td><td>${f.met === void 0 ? "" : `${mark(f.met)} `}${esc(f.message)}</td><td>${f.location ? esc(locationText(f.location)) : "\u2014"}</td></tr>`
    );
    parts.push(
      `<table class="findings"><thead><tr><th>Phase</th><th>Activity</th><th>Result</th><th>Where</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    );
  }
  let timeline;
  try {
    timeline = result.journal ? buildTimeline(result.journal) : void 0;
  } catch {
    timeline = void 0;
  }
  if (timeline && timeline.activities.length > 0) {
    parts.push("<h3>Timeline</h3>", timelineSvg(timeline, options.maxTimelineRows ?? 60));
    parts.push(legend());
  }
  if (timeline && timeline.loads.length > 0) {
    parts.push("<h3>Load</h3>");
    for (const load of timeline.loads.slice(0, 4)) parts.push(loadCharts(load, timeline.faults));
  }
  if (result.journal) parts.push(journalBlock(result, options.maxJournalChars ?? 4e5, budget));
  parts.push("</section>");
  return parts.join("\n");
}
function legend() {
  const item = (cls, text) => `<span><i style="background:${cls}"></i>${esc(text)}</span>`;
  return '<p class="legend muted">' + item("#4a78c2", "action") + item("#2da44e", "probe") + item("#a40e26", "fault injected") + item("#d4a72c", "tolerance not met") + item("#cf222e", "failed") + item("rgba(207,34,46,.25)", "fault in force") + "</p>";
}
function tickStep(span, count) {
  const steps = [
    1e-3,
    2e-3,
    5e-3,
    0.01,
    0.02,
    0.05,
    0.1,
    0.2,
    0.5,
    1,
    2,
    5,
    10,
    15,
    30,
    60,
    120,
    300,
    600,
    1800,
    3600
  ];
  return steps.find((s) => span / s <= count) ?? 3600 * Math.ceil(span / 3600 / count);
}
function timelineSvg(timeline, maxRows) {
  const width = 1e3;
  const left = 240;
  const right = 20;
  const rowHeight = 20;
  const top = 24;
  const plotWidth = width - left - right;
  const t0 = timeline.start;
  const span = Math.max(1, timeline.end - t0);
  const x = (ms) => left + (ms - t0) / span * plotWidth;
  const rows = [];
  const headers = [];
  let hidden = 0;
  let used = 0;
  for (const phase of PHASE_ORDER) {
    const spans = timeline.activities.filter((a) => a.phase === phase);
    if (spans.length === 0) continue;
    headers.push({ phase, row: used++ });
    const byName = /* @__PURE__ */ new Map();
    for (const a of [...spans].sort((p, q) => p.start - q.start)) {
      let row = byName.get(a.name);
      if (!row) {
        if (used >= maxRows) {
          hidden++;
          continue;
        }
        row = { phase, name: a.name, spans: [] };
        byName.set(a.name, row);
        rows.push(row);
        used++;
      }
      row.spans.push(a);
    }
  }
  const rowIndex = /* @__PURE__ */ new Map();
  {
    let i = 0;
    for (const phase of PHASE_ORDER) {
      if (!headers.some((h) => h.phase === phase)) continue;
      i++;
      for (const r of rows.filter((r2) => r2.phase === phase)) rowIndex.set(r, i++);
    }
  }
  const totalRows = used + (hidden > 0 ? 1 : 0);
  const plotHeight = totalRows * rowHeight;
  const height = top + plotHeight + 34;
  const y = (row) => top + row * rowHeight;
  const out = [
    `<svg class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of the experiment">`
  ];
  const seconds2 = span / 1e3;
  const step = tickStep(seconds2, 10);
  for (let s = 0; s <= seconds2 + 1e-9; s += step) {
    const tx = x(t0 + s * 1e3);
    out.push(
      `<line class="grid" x1="${num(tx)}" y1="${top}" x2="${num(tx)}" y2="${top + plotHeight}"/>`,
      `<text x="${num(tx)}" y="${top + plotHeight + 14}" text-anchor="middle">${esc(seconds2 < 2 ? `${num(s * 1e3, 0)} ms` : `${num(s, 1)} s`)}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}"/>`,
    `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 30}" text-anchor="middle" class="muted">seconds since the experiment started</text>`
  );
  let headerRow = 0;
  for (const phase of PHASE_ORDER) {
    const h = headers.find((p) => p.phase === phase);
    if (!h) continue;
    const ps = timeline.phases.find((p) => p.phase === phase);
    const ry = y(headerRow);
    if (ps) {
      out.push(
        `<rect class="phase-band" data-phase="${phase}" x="${num(x(ps.start))}" y="${ry + 2}" width="${num(Math.max(2, x(ps.end) - x(ps.start)))}" height="${rowHeight - 4}"/>`
      );
    }
    out.push(`<text class="phase-title" x="8" y="${ry + 14}">${esc(PHASE_TITLE[phase])}</text>`);
    headerRow += 1 + rows.filter((r) => r.phase === phase).length;
  }
  for (const f of timeline.faults) {
    const fx = x(f.start);
    const fw = Math.max(2, x(f.end) - fx);
    out.push(
      `<rect class="fault" x="${num(fx)}" y="${top - 16}" width="${num(fw)}" height="${plotHeight + 16}"><title>${esc(faultTitle(f, t0))}</title></rect>`,
      `<text class="fault-label" x="${num(fx + 3)}" y="${top - 5}">fault${f.open ? " (not removed)" : ""}</text>`
    );
  }
  for (const row of rows) {
    const ry = y(rowIndex.get(row) ?? 0);
    out.push(
      `<text x="20" y="${ry + 14}">${esc(clip(row.name, 34))}<title>${esc(row.name)}</title></text>`
    );
    for (const a of row.spans) {
      const bx = x(a.start);
      const bw = Math.max(2, x(a.end) - bx);
      const cls = a.status === "failed" ? "bar-failed" : a.met === false ? "bar-unmet" : a.fault ? "bar-fault" : a.kind === "probe" ? "bar-probe" : "bar-action";
      const tip = `${a.kind} ${a.name} (${PHASE_TITLE[a.phase]}): ${formatDuration((a.end - a.start) / 1e3)}, ${a.status}${a.met === void 0 ? "" : a.met ? ", tolerance met" : ", tolerance not met"}${a.background ? ", background" : ""}`;
      out.push(
        `<rect class="activity ${cls}" x="${num(bx)}" y="${ry + 4}" width="${num(bw)}" height="${rowHeight - 8}" rx="2"><title>${esc(tip)}</title></rect>`
      );
    }
  }
  if (hidden > 0) {
    out.push(
      `<text x="20" y="${y(used) + 14}" class="muted">+${hidden} more activities (see the journal)</text>`
    );
  }
  out.push("</svg>");
  return out.join("");
}
function faultTitle(f, t0) {
  const from = ((f.start - t0) / 1e3).toFixed(1);
  const to = ((f.end - t0) / 1e3).toFixed(1);
  return `fault from ${from} s to ${to} s${f.actions.length ? `: ${f.actions.join(", ")}` : ""}${f.open ? " (never removed)" : ""}`;
}
function clip(text, max) {
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}
function loadCharts(load, faults) {
  const points = downsample(load.points, 300);
  const name = load.name === "default" ? load.activity : load.name;
  const summary = `<p><strong>${esc(name)}</strong>: ${esc(load.requests)} requests, error rate ${esc(num(load.errorRate * 100, 2))} %, p95 ${esc(num(load.p95))} ms, p99 ${esc(num(load.p99))} ms</p>`;
  const p95 = lineChart({
    kind: "p95",
    title: "p95 latency (ms)",
    load,
    values: points.map((p) => ({ t: p.t, v: p.p95 })),
    yMax: niceMax(Math.max(0, ...points.map((p) => p.p95)) * 1.1, 10),
    unit: "ms",
    faults
  });
  const errors = lineChart({
    kind: "errors",
    title: "error rate (%)",
    load,
    values: points.map((p) => ({ t: p.t, v: p.errorRate * 100 })),
    yMax: Math.min(100, niceMax(Math.max(0, ...points.map((p) => p.errorRate * 100)) * 1.1, 1)),
    unit: "%",
    faults
  });
  return `<div class="load" data-load="${esc(name)}">${summary}<div class="charts">${p95}${errors}</div></div>`;
}
function lineChart(options) {
  const width = 480;
  const height = 220;
  const left = 48;
  const right = 12;
  const top = 26;
  const bottom = 36;
  const pw = width - left - right;
  const ph = height - top - bottom;
  const last = options.values[options.values.length - 1]?.t ?? 0;
  const xMax = Math.max(1, last + 1);
  const x = (s) => left + Math.min(Math.max(s, 0), xMax) / xMax * pw;
  const y = (v) => top + ph - Math.min(v, options.yMax) / options.yMax * ph;
  const out = [
    `<svg class="load-chart chart-${options.kind}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(options.title)}">`,
    `<text x="${left}" y="16" class="phase-title">${esc(options.title)}</text>`
  ];
  for (const f of options.faults) {
    const from = (f.start - options.load.start) / 1e3;
    const to = (f.end - options.load.start) / 1e3;
    if (to <= 0 || from >= xMax) continue;
    out.push(
      `<rect class="fault" x="${num(x(from))}" y="${top}" width="${num(Math.max(2, x(to) - x(from)))}" height="${ph}"><title>fault in force</title></rect>`
    );
  }
  for (const frac of [0, 0.5, 1]) {
    const v = options.yMax * frac;
    out.push(
      `<line class="grid" x1="${left}" y1="${num(y(v))}" x2="${left + pw}" y2="${num(y(v))}"/>`,
      `<text x="${left - 6}" y="${num(y(v) + 4)}" text-anchor="end">${esc(num(v, 2))}</text>`
    );
  }
  const step = tickStep(xMax, 8);
  for (let s = 0; s <= xMax + 1e-9; s += step) {
    out.push(
      `<text x="${num(x(s))}" y="${top + ph + 14}" text-anchor="middle">${esc(num(s))}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}"/>`,
    `<text x="${left + pw / 2}" y="${height - 4}" text-anchor="middle">seconds since the load started</text>`
  );
  const coords = options.values.map((p) => `${num(x(p.t + 0.5))},${num(y(p.v))}`).join(" ");
  out.push(`<polyline class="${options.kind}" points="${coords}"/>`);
  for (const p of options.values) {
    out.push(
      `<circle cx="${num(x(p.t + 0.5))}" cy="${num(y(p.v))}" r="2" class="${options.kind === "p95" ? "bar-action" : "bar-failed"}"><title>${esc(`${num(p.t)} s: ${num(p.v, 2)} ${options.unit}`)}</title></circle>`
    );
  }
  out.push("</svg>");
  return out.join("");
}
function journalBlock(result, maxChars, budget) {
  let text = JSON.stringify(result.journal, null, 2) ?? "null";
  let note = "";
  const room = Math.max(0, Math.min(maxChars, budget.left));
  if (text.length > room) {
    note = room === 0 ? '<p class="muted">Left out to keep this report small; the journal file has it.</p>' : `<p class="muted">Shown: the first ${room} of ${text.length} characters; the journal file has the rest.</p>`;
    text = text.slice(0, room);
  }
  budget.left -= text.length;
  return `<details class="journal"><summary>Journal${result.journalPath ? ` (${esc(result.journalPath)})` : ""}</summary>${note}<pre>${esc(text)}</pre></details>`;
}

// src/reporters/junit.ts
function renderJUnit(input, options = {}) {
  const summary = toSummaryInput(input);
  const results = summary.results;
  const failures = results.filter((r) => r.verdict !== "passed").length;
  const time = seconds(
    summary.duration ?? results.reduce((total, r) => total + (Number.isFinite(r.duration) ? r.duration : 0), 0)
  );
  const name = options.suiteName ?? (summary.runId ? `chaos-action ${summary.runId}` : "chaos-action");
  const started = results[0]?.journal?.start;
  const timestamp = started ? ` timestamp="${escapeXml(started.slice(0, 19))}"` : "";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chaos-action" tests="${results.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${time}"${timestamp}>`
  ];
  for (const result of results) lines.push(...testcase(result));
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}
function seconds(value) {
  return (Number.isFinite(value) && value >= 0 ? value : 0).toFixed(3);
}
function testcase(result) {
  const open = `    <testcase name="${escapeXml(oneLine(result.title))}" classname="${escapeXml(result.file)}" file="${escapeXml(result.file)}" time="${seconds(result.duration)}"`;
  const out = [];
  if (result.verdict === "passed") {
    out.push(`${open}>`);
  } else {
    const verdict = VERDICT_TEXT[result.verdict] ?? String(result.verdict);
    const message = truncateText(oneLine(result.reason || verdict), 1e3);
    out.push(
      `${open}>`,
      `      <failure type="${escapeXml(String(result.verdict))}" message="${escapeXml(message)}">${escapeXml(failureBody(result))}</failure>`
    );
  }
  const journal = result.journalPath ? `journal: ${result.journalPath}
` : "";
  const rollbacks = result.rollbacksRun.length ? `rollbacks run: ${result.rollbacksRun.join(", ")}
` : "";
  if (journal || rollbacks)
    out.push(`      <system-out>${escapeXml(journal + rollbacks)}</system-out>`);
  out.push("    </testcase>");
  return out;
}
function failureBody(result) {
  const lines = [`verdict: ${VERDICT_TEXT[result.verdict] ?? result.verdict}`];
  if (result.reason) lines.push(`reason: ${result.reason}`);
  const deviating = deviatingProbes(result);
  if (deviating.length) {
    lines.push(`deviating probes: ${deviating.map((p) => `${p.name} (${p.phase})`).join(", ")}`);
  }
  for (const f of result.findings ?? []) {
    const where = locationText(f.location);
    lines.push(
      `- [${f.phase}] ${f.kind} ${f.activity}: ${truncateText(oneLine(f.message), 1e3)}${where ? ` (${where})` : ""}`
    );
  }
  return lines.join("\n");
}

// src/reporters/index.ts
async function writeReports(summary, files) {
  const written = [];
  const write = async (path, text) => {
    await mkdir2(dirname(path), { recursive: true });
    await writeFile2(path, text, "utf8");
    written.push(path);
  };
  if (files.junit) await write(files.junit, renderJUnit(summary));
  if (files.report) {
    const reportDir = dirname(files.report);
    const journalLink = files.journalLink ?? ((r) => r.journalPath ? relative(reportDir, r.journalPath).split(sep).join("/") : void 0);
    await write(
      files.report,
      renderMarkdownReport(summary, {
        journalLink,
        ...files.maxBytes === void 0 ? {} : { maxBytes: files.maxBytes }
      })
    );
  }
  if (files.json) await write(files.json, renderJsonSummary(summary));
  if (files.html) {
    const htmlDir = dirname(files.html);
    await write(
      files.html,
      renderHtmlReport(summary, {
        journalLink: (r) => r.journalPath ? relative(htmlDir, r.journalPath).split(sep).join("/") : void 0
      })
    );
  }
  return written;
}

// src/cluster/uses-kubernetes.ts
var KUBERNETES_PROVIDERS = /* @__PURE__ */ new Set(["kubernetes", "chaos-mesh"]);
var KUBERNETES_MODULE = /^(chaosk8s|chaosmesh|chaosistio)(\.|$)/;
function usesKubernetes(experiment) {
  const activities = [
    ...experiment["steady-state-hypothesis"]?.probes ?? [],
    ...experiment.method ?? [],
    ...experiment.rollbacks ?? []
  ];
  return activities.some((a) => {
    const provider = a.provider;
    if (!provider) return false;
    if (typeof provider.type === "string" && KUBERNETES_PROVIDERS.has(provider.type)) return true;
    return typeof provider.module === "string" && KUBERNETES_MODULE.test(provider.module);
  });
}

export {
  runExperiments,
  toJsonList,
  toJsonSummary,
  renderConsoleReport,
  writeReports,
  usesKubernetes
};
