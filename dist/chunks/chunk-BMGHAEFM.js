import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  SecretMasker,
  loadConfiguration,
  loadDynamicConfiguration,
  loadSecrets,
  secretValues,
  silentLogger,
  substitute,
  withinTolerance
} from "./chunk-ZLTVGOQ7.js";
import {
  CHAOSLIB_COMPAT_VERSION,
  VERSION
} from "./chunk-25EVSR2U.js";
import {
  ActivityFailed,
  InterruptedError,
  errorMessage
} from "./chunk-AERO5IEE.js";

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
  const label2 = kind === "probe" ? "Probe" : "Action";
  const skipPauses = skipsPauses(ctx.dry, kind);
  const pauses = activity.pauses ?? {};
  if (pauses.before !== void 0 && !skipPauses) {
    const seconds2 = pauseSeconds(pauses.before, ctx, "before", activity.name);
    logger.info(`Pausing before next activity for ${seconds2}s...`);
    if (!await sleep(seconds2 * 1e3, opts.signal)) throw new InterruptedError();
  }
  logger.info(`${label2}: ${activity.name}`);
  const startMs = preciseNow();
  const run = { activity: { ...activity }, output: null, start: isoTimestamp(startMs) };
  opts.onStart?.(run);
  let aborted;
  if (skipsExecution(ctx.dry, kind)) {
    run.status = "succeeded";
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
    inRollback: opts.inRollback
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
    resolve(entry) {
      if (!isRef(entry)) return entry;
      const target = cache.get(entry.ref);
      if (target === void 0)
        throw new Error(`referenced activity '${entry.ref}' could not be found in the experiment`);
      return target;
    }
  };
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
      await logger.group("Steady-state hypothesis (before)", async () => {
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
        await logger.group("Method", async () => {
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
        await logger.group("Steady-state hypothesis (after)", async () => {
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
    await logger.group("Rollbacks", async () => {
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
    await logger.group("Cleanup", async () => {
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
function describeOutput(output) {
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
      message = `tolerance ${compact(tolerance)} not met by ${describeOutput(run.output)}`;
    else message = `tolerance ${compact(tolerance)} met by ${describeOutput(run.output)}`;
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
    try {
      const journal = await runExperiment(loaded, { ...options, runId });
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
    logger.info(`${loaded.file}: ${result.verdict} (${result.reason})`);
    results.push(result);
    options.onResult?.(result);
  }
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

// src/reporters/format.ts
function toSummaryInput(input) {
  return isResultList(input) ? { results: input } : input;
}
function isResultList(input) {
  return Array.isArray(input);
}
var VERDICT_EMOJI = {
  passed: "\u2705",
  deviated: "\u274C",
  "not-steady": "\u26A0\uFE0F",
  failed: "\u{1F4A5}",
  aborted: "\u26D4",
  interrupted: "\u23F9\uFE0F"
};
var VERDICT_TEXT = {
  passed: "passed",
  deviated: "deviated",
  "not-steady": "not steady",
  failed: "failed",
  aborted: "aborted",
  interrupted: "interrupted"
};
function countPassed(results) {
  return results.filter((r) => r.verdict === "passed").length;
}
function formatDuration(seconds2) {
  if (!Number.isFinite(seconds2) || seconds2 < 0) return "?";
  if (seconds2 < 1) return `${Math.round(seconds2 * 1e3)} ms`;
  if (seconds2 < 60) return `${seconds2.toFixed(1)} s`;
  const minutes = Math.floor(seconds2 / 60);
  const rest = Math.round(seconds2 - minutes * 60);
  return `${minutes} min ${String(rest).padStart(2, "0")} s`;
}
function steadyText(met) {
  if (met === null) return "not run";
  return met ? "met" : "not met";
}
function deviatingProbes(result) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const states = result.journal?.steady_states;
  const add = (phase, probes) => {
    for (const probe of probes) {
      if (probe.tolerance_met !== false) continue;
      const key = `${phase}\0${probe.activity.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: probe.activity.name, phase });
    }
  };
  if (states?.before) add("before", states.before.probes);
  for (const state of states?.during ?? []) add("during", state.probes);
  if (states?.after) add("after", states.after.probes);
  return out;
}
function listWithTail(items, max) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} +${items.length - max} more`;
}
function locationText(location) {
  return location ? `${location.file}:${location.line}` : "";
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

// src/reporters/escape.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function truncateText(text, max) {
  if (text.length <= max) return text;
  const points = [...text];
  if (points.length <= max) return text;
  return points.slice(0, Math.max(0, max - 1)).join("") + "\u2026";
}
function oneLine(text) {
  return text.replace(CONTROL_CHARS, "").replace(/\s+/g, " ").trim();
}
function neutralizeMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B");
}
function escapeHtml(text) {
  return neutralizeMentions(oneLine(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/`/g, "&#96;");
}
function escapeMarkdown(text) {
  return neutralizeMentions(oneLine(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~$]/g, (c) => `\\${c}`);
}
function escapeXml(text) {
  return text.replace(CONTROL_CHARS, "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "").replace(/[\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function sanitizeTerminal(text) {
  return text.replace(CONTROL_CHARS, "");
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

// src/reporters/timeline.ts
function parseTime(value) {
  if (typeof value !== "string" || value === "") return void 0;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : void 0;
}
function providerOf(run) {
  const provider = run.activity?.provider;
  return provider && typeof provider === "object" ? provider : {};
}
function isFaultAction(run) {
  if (run.activity?.type !== "action") return false;
  const provider = providerOf(run);
  const type2 = provider.type;
  if (type2 === "proxy") return provider.action === "add-fault";
  if (type2 === "chaos-mesh" || type2 === "kubernetes") return true;
  if (type2 === "python" && typeof provider.module === "string")
    return /^chaos(k8s|mesh)(\.|$)/.test(provider.module);
  return false;
}
function proxyRemoval(run) {
  const provider = providerOf(run);
  if (provider.type !== "proxy") return void 0;
  const proxy = typeof provider.proxy === "string" ? provider.proxy : "default";
  if (provider.action === "clear-faults" || provider.action === "stop")
    return { proxy, names: "all" };
  if (provider.action === "remove-fault")
    return { proxy, names: [String(provider.fault_name ?? "")] };
  return void 0;
}
function proxyFaultKey(run) {
  const provider = providerOf(run);
  const proxy = typeof provider.proxy === "string" ? provider.proxy : "default";
  const fault = provider.fault;
  const name = fault && typeof fault === "object" ? fault.name ?? fault.type : void 0;
  return `${proxy}\0${String(name ?? "")}`;
}
function spanOf(run, phase, fallback) {
  const start = parseTime(run.start) ?? fallback;
  let end = parseTime(run.end);
  if (end === void 0 && typeof run.duration === "number") end = start + run.duration * 1e3;
  return {
    phase,
    name: String(run.activity?.name ?? "?"),
    kind: run.activity?.type === "probe" ? "probe" : "action",
    start,
    end: Math.max(start, end ?? start),
    status: run.status === "failed" ? "failed" : "succeeded",
    ...typeof run.tolerance_met === "boolean" ? { met: run.tolerance_met } : {},
    background: run.activity?.background === true,
    fault: isFaultAction(run) && run.status !== "failed"
  };
}
function faultWindows(method, rollbacks, journalEnd, journalStart) {
  const windows = [];
  const active = /* @__PURE__ */ new Set();
  let current;
  const events = method.map((run) => ({ run, start: parseTime(run.start) ?? journalStart })).sort((a, b) => a.start - b.start);
  for (const { run, start } of events) {
    const span = spanOf(run, "method", journalStart);
    if (span.fault) {
      const provider = providerOf(run);
      active.add(provider.type === "proxy" ? proxyFaultKey(run) : `other\0${span.name}`);
      if (!current) {
        current = { start, end: journalEnd, actions: [], open: true };
        windows.push(current);
      }
      if (!current.actions.includes(span.name)) current.actions.push(span.name);
      continue;
    }
    const removal = proxyRemoval(run);
    if (!removal || !current) continue;
    for (const key of [...active]) {
      const [proxy, name] = key.split("\0");
      if (proxy !== removal.proxy) continue;
      if (removal.names === "all" || removal.names.includes(name ?? "")) active.delete(key);
    }
    if (active.size === 0) {
      current.end = span.end;
      current.open = false;
      current = void 0;
    }
  }
  if (current) {
    const ends = rollbacks.map((r) => spanOf(r, "rollbacks", journalStart).end);
    if (ends.length > 0) {
      current.end = Math.max(...ends);
      current.open = false;
    }
  }
  return windows;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var num = (value) => typeof value === "number" && Number.isFinite(value) ? value : 0;
function loadSeriesOf(run) {
  const output = run.output;
  if (!isRecord(output) || !Array.isArray(output.series)) return void 0;
  const start = parseTime(output.started_at);
  if (start === void 0) return void 0;
  const points = [];
  for (const raw of output.series) {
    if (!isRecord(raw) || typeof raw.t !== "number") continue;
    const requests = num(raw.requests);
    const errors = num(raw.errors);
    points.push({
      t: raw.t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: num(raw.p95_ms)
    });
  }
  points.sort((a, b) => a.t - b.t);
  return {
    name: typeof output.load === "string" ? output.load : String(run.activity?.name ?? "load"),
    activity: String(run.activity?.name ?? "?"),
    start,
    points,
    requests: num(output.requests),
    errorRate: num(output.error_rate),
    p95: num(output.p95_ms),
    p99: num(output.p99_ms)
  };
}
function buildTimeline(journal) {
  const journalStart = parseTime(journal.start) ?? 0;
  const runs = [];
  const states = journal.steady_states;
  for (const run of states?.before?.probes ?? []) runs.push({ run, phase: "before" });
  for (const run of journal.run ?? []) runs.push({ run, phase: "method" });
  for (const state of states?.during ?? [])
    for (const run of state.probes ?? []) runs.push({ run, phase: "during" });
  for (const run of states?.after?.probes ?? []) runs.push({ run, phase: "after" });
  for (const run of journal.rollbacks ?? []) runs.push({ run, phase: "rollbacks" });
  const activities = runs.map(({ run, phase }) => spanOf(run, phase, journalStart));
  const lastEnd = Math.max(journalStart, ...activities.map((a) => a.end));
  const end = Math.max(parseTime(journal.end) ?? lastEnd, lastEnd);
  const phases = [];
  for (const phase of ["before", "method", "during", "after", "rollbacks"]) {
    const mine = activities.filter((a) => a.phase === phase);
    if (mine.length === 0) continue;
    phases.push({
      phase,
      start: Math.min(...mine.map((a) => a.start)),
      end: Math.max(...mine.map((a) => a.end))
    });
  }
  const loads = [];
  for (const { run } of runs) {
    const series = loadSeriesOf(run);
    if (series && series.points.length > 0) loads.push(series);
  }
  return {
    start: journalStart,
    end,
    phases,
    activities,
    faults: faultWindows(journal.run ?? [], journal.rollbacks ?? [], end, journalStart),
    loads
  };
}
function downsample(points, max) {
  if (points.length <= max) return [...points];
  const size2 = Math.ceil(points.length / max);
  const out = [];
  for (let i = 0; i < points.length; i += size2) {
    const group = points.slice(i, i + size2);
    const requests = group.reduce((n, p) => n + p.requests, 0);
    const errors = group.reduce((n, p) => n + p.errors, 0);
    out.push({
      t: group[0].t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: Math.max(...group.map((p) => p.p95))
    });
  }
  return out;
}
function niceMax(value, floor) {
  const v = Math.max(value, floor);
  const exp = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * exp >= v) return step * exp;
  return 10 * exp;
}

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
var num2 = (n, digits = 1) => Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : "0";
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
      `<line class="grid" x1="${num2(tx)}" y1="${top}" x2="${num2(tx)}" y2="${top + plotHeight}"/>`,
      `<text x="${num2(tx)}" y="${top + plotHeight + 14}" text-anchor="middle">${esc(seconds2 < 2 ? `${num2(s * 1e3, 0)} ms` : `${num2(s, 1)} s`)}</text>`
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
        `<rect class="phase-band" data-phase="${phase}" x="${num2(x(ps.start))}" y="${ry + 2}" width="${num2(Math.max(2, x(ps.end) - x(ps.start)))}" height="${rowHeight - 4}"/>`
      );
    }
    out.push(`<text class="phase-title" x="8" y="${ry + 14}">${esc(PHASE_TITLE[phase])}</text>`);
    headerRow += 1 + rows.filter((r) => r.phase === phase).length;
  }
  for (const f of timeline.faults) {
    const fx = x(f.start);
    const fw = Math.max(2, x(f.end) - fx);
    out.push(
      `<rect class="fault" x="${num2(fx)}" y="${top - 16}" width="${num2(fw)}" height="${plotHeight + 16}"><title>${esc(faultTitle(f, t0))}</title></rect>`,
      `<text class="fault-label" x="${num2(fx + 3)}" y="${top - 5}">fault${f.open ? " (not removed)" : ""}</text>`
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
        `<rect class="activity ${cls}" x="${num2(bx)}" y="${ry + 4}" width="${num2(bw)}" height="${rowHeight - 8}" rx="2"><title>${esc(tip)}</title></rect>`
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
  const summary = `<p><strong>${esc(name)}</strong>: ${esc(load.requests)} requests, error rate ${esc(num2(load.errorRate * 100, 2))} %, p95 ${esc(num2(load.p95))} ms, p99 ${esc(num2(load.p99))} ms</p>`;
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
      `<rect class="fault" x="${num2(x(from))}" y="${top}" width="${num2(Math.max(2, x(to) - x(from)))}" height="${ph}"><title>fault in force</title></rect>`
    );
  }
  for (const frac of [0, 0.5, 1]) {
    const v = options.yMax * frac;
    out.push(
      `<line class="grid" x1="${left}" y1="${num2(y(v))}" x2="${left + pw}" y2="${num2(y(v))}"/>`,
      `<text x="${left - 6}" y="${num2(y(v) + 4)}" text-anchor="end">${esc(num2(v, 2))}</text>`
    );
  }
  const step = tickStep(xMax, 8);
  for (let s = 0; s <= xMax + 1e-9; s += step) {
    out.push(
      `<text x="${num2(x(s))}" y="${top + ph + 14}" text-anchor="middle">${esc(num2(s))}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}"/>`,
    `<text x="${left + pw / 2}" y="${height - 4}" text-anchor="middle">seconds since the load started</text>`
  );
  const coords = options.values.map((p) => `${num2(x(p.t + 0.5))},${num2(y(p.v))}`).join(" ");
  out.push(`<polyline class="${options.kind}" points="${coords}"/>`);
  for (const p of options.values) {
    out.push(
      `<circle cx="${num2(x(p.t + 0.5))}" cy="${num2(y(p.v))}" r="2" class="${options.kind === "p95" ? "bar-action" : "bar-failed"}"><title>${esc(`${num2(p.t)} s: ${num2(p.v, 2)} ${options.unit}`)}</title></circle>`
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

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell2 = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell2);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size2);
        } else if (code === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/reporters/mermaid.ts
var FAULT_COLOR = "#f2b8b5";
var P95_COLOR = "#1f5fbf";
var ERROR_COLOR = "#c62828";
function label(text, max = 60) {
  return truncateText(text.replace(/[^\w .,:()%/+-]+/g, " ").replace(/\s+/g, " "), max).trim();
}
function fmt(value) {
  if (!Number.isFinite(value)) return "0";
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
function faultMask(series, points, faults) {
  return points.map((p, i) => {
    const from = series.start + p.t * 1e3;
    const next = points[i + 1];
    const to = series.start + (next ? next.t : p.t + 1) * 1e3;
    return faults.some((f) => f.start < to && f.end > from);
  });
}
function chart(options) {
  const palette = options.mask ? `${FAULT_COLOR}, ${options.color}` : options.color;
  const lines = [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${label(options.title, 80)}"`,
    // Categories rather than a numeric range: each second gets a band the fault bar fills.
    `  x-axis "seconds since the load started" [${options.seconds.map((t) => `"${t}"`).join(", ")}]`,
    `  y-axis "${label(options.yLabel)}" 0 --> ${fmt(options.yMax)}`
  ];
  if (options.mask) {
    lines.push(`  bar [${options.mask.map((on) => on ? fmt(options.yMax) : "0").join(", ")}]`);
  }
  lines.push(`  line [${options.values.map(fmt).join(", ")}]`, "```");
  return lines.join("\n");
}
function secondsText(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function renderLoadCharts(journal, options = {}) {
  const maxPoints = Math.max(2, options.maxPoints ?? 60);
  const maxLoads = Math.max(1, options.maxLoads ?? 2);
  let timeline;
  try {
    timeline = buildTimeline(journal);
  } catch {
    return "";
  }
  const loads = timeline.loads.slice(0, maxLoads);
  if (loads.length === 0) return "";
  const parts = [];
  for (const series of loads) {
    const points = downsample(series.points, maxPoints);
    const mask = faultMask(series, points, timeline.faults);
    const shaded = mask.some(Boolean) ? mask : void 0;
    const seconds2 = points.map((p) => p.t);
    const name = series.name === "default" ? series.activity : series.name;
    const p95s = points.map((p) => p.p95);
    const errors = points.map((p) => p.errorRate * 100);
    parts.push(
      `**Load ${escapeMarkdown(truncateText(name, 80))}**: ${series.requests} requests, error rate ${fmt(series.errorRate * 100)} %, p95 ${fmt(series.p95)} ms, p99 ${fmt(series.p99)} ms.`
    );
    const windows = timeline.faults.filter((f) => f.end > series.start).map(
      (f) => `${secondsText(Math.max(0, f.start - series.start))} to ${secondsText(f.end - series.start)}` + (f.actions.length ? ` (${escapeMarkdown(truncateText(f.actions.join(", "), 120))})` : "")
    );
    parts.push(
      windows.length > 0 ? `Shaded: fault in force from ${windows.slice(0, 3).join("; ")}${windows.length > 3 ? ` +${windows.length - 3} more` : ""}, counted from the load's start.` : "No fault window overlaps this load."
    );
    parts.push(
      chart({
        title: `p95 latency (ms), ${name}`,
        yLabel: "ms",
        yMax: niceMax(Math.max(...p95s, 0) * 1.1, 10),
        seconds: seconds2,
        values: p95s,
        mask: shaded,
        color: P95_COLOR
      }),
      chart({
        title: `error rate (%), ${name}`,
        yLabel: "%",
        yMax: Math.min(100, niceMax(Math.max(...errors, 0) * 1.1, 1)),
        seconds: seconds2,
        values: errors,
        mask: shaded,
        color: ERROR_COLOR
      })
    );
  }
  if (timeline.loads.length > loads.length) {
    parts.push(`${timeline.loads.length - loads.length} more load(s) in the journal.`);
  }
  return parts.join("\n\n");
}

// src/reporters/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
var CELL_MAX = 200;
var MESSAGE_MAX = 500;
function renderMarkdownReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const maxBytes = Math.max(256, options.maxBytes ?? GITHUB_COMMENT_LIMIT);
  const results = summary.results;
  const head = `${options.heading ?? defaultHeading(summary)}

${runLine(summary)}`;
  const rows = results.map((r) => summaryRow(r, options.journalLink));
  const sections = results.map(detailsSection);
  const whole = `${head}${renderTable(rows)}${sections.join("")}
`;
  if (size(whole) <= maxBytes) return whole;
  const note = (omitted) => `

> [!NOTE]
> Report truncated to stay under ${maxBytes} bytes: ${omitted} left out. The journals have every detail.
`;
  const reserve = size(note(`${results.length} of ${results.length} table rows and every section`));
  let shownRows = rows.length;
  let table = renderTable(rows);
  while (shownRows > 0 && size(head) + size(table) + reserve > maxBytes) {
    shownRows = Math.max(0, Math.min(shownRows - 1, Math.floor(shownRows * 0.9)));
    table = renderTable(rows.slice(0, shownRows));
  }
  let out = head + table;
  let shownSections = 0;
  if (shownRows === rows.length) {
    for (const section of sections) {
      if (size(out) + size(section) + reserve > maxBytes) break;
      out += section;
      shownSections++;
    }
  }
  const missing = [];
  if (shownRows < rows.length)
    missing.push(`${rows.length - shownRows} of ${rows.length} table rows`);
  if (shownSections < sections.length) {
    missing.push(
      shownSections === 0 ? "every details section" : `${sections.length - shownSections} of ${sections.length} details sections`
    );
  }
  return out + note(missing.length > 0 ? missing.join(" and ") : "nothing");
}
function size(text) {
  return Buffer.byteLength(text, "utf8");
}
function defaultHeading(summary) {
  const total = summary.results.length;
  const passed = countPassed(summary.results);
  const interrupted = summary.interrupted ? " (interrupted)" : "";
  if (total === 0) return `### Chaos experiments: none ran${interrupted}`;
  if (passed === total) {
    return `### ${VERDICT_EMOJI.passed} Chaos experiments: ${total === 1 ? "the experiment" : `all ${total}`} passed${interrupted}`;
  }
  return `### ${VERDICT_EMOJI.deviated} Chaos experiments: ${total - passed} of ${total} did not pass${interrupted}`;
}
function runLine(summary) {
  const parts = [];
  if (summary.runId) parts.push(`Run ${escapeMarkdown(truncateText(summary.runId, 80))}`);
  if (summary.duration !== void 0) parts.push(`took ${formatDuration(summary.duration)}`);
  return parts.length ? `<sub>${parts.join(", ")}.</sub>

` : "";
}
var HEADER = [
  "Experiment",
  "Verdict",
  "Steady state before",
  "Steady state after",
  "Deviating probes",
  "Duration",
  "Rollbacks run",
  "Journal"
];
function renderTable(rows) {
  return markdownTable([HEADER, ...rows], { alignDelimiters: false });
}
function cell(text, max = CELL_MAX) {
  return escapeMarkdown(truncateText(text, max));
}
function summaryRow(result, journalLink) {
  const deviating = deviatingProbes(result).map((p) => `${p.name} (${p.phase})`);
  return [
    `${cell(result.title)}<br><sub>${cell(result.file)}</sub>`,
    `${VERDICT_EMOJI[result.verdict] ?? ""} ${VERDICT_TEXT[result.verdict] ?? cell(String(result.verdict))}`,
    steadyCell(result.steadyBefore),
    steadyCell(result.steadyAfter),
    deviating.length ? cell(listWithTail(deviating, 5)) : "\u2014",
    formatDuration(result.duration),
    result.rollbacksRun.length ? cell(listWithTail(result.rollbacksRun, 5)) : "\u2014",
    journalCell(result, journalLink)
  ];
}
function steadyCell(met) {
  if (met === null) return steadyText(met);
  return `${met ? "\u2705" : "\u274C"} ${steadyText(met)}`;
}
function journalCell(result, journalLink) {
  const link = journalLink?.(result);
  if (link) return `[journal](${escapeUrl(link)})`;
  return result.journalPath ? cell(result.journalPath) : "\u2014";
}
function escapeUrl(url) {
  return url.replace(
    /[\s()<>`|\\"']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function detailsSection(result) {
  const summaryLine = `${VERDICT_EMOJI[result.verdict] ?? ""} ${escapeHtml(truncateText(result.title, CELL_MAX))}: ${escapeHtml(VERDICT_TEXT[result.verdict] ?? String(result.verdict))}`;
  const parts = [`

<details>
<summary>${summaryLine}</summary>

`];
  if (result.reason) parts.push(`${cell(result.reason, MESSAGE_MAX)}

`);
  const findings = result.findings ?? [];
  if (findings.length > 0) {
    const rows = findings.map((f) => [
      cell(f.phase),
      `${cell(f.kind)} ${cell(f.activity)}`,
      `${f.met === void 0 ? "" : f.met ? "\u2705 " : "\u274C "}${cell(f.message, MESSAGE_MAX)}`,
      f.location ? cell(locationText(f.location)) : "\u2014"
    ]);
    parts.push(
      markdownTable([["Phase", "Activity", "Result", "Where"], ...rows], {
        alignDelimiters: false
      }),
      "\n\n"
    );
  } else {
    parts.push("No probe or activity findings were recorded.\n\n");
  }
  const charts = result.journal ? renderLoadCharts(result.journal) : "";
  if (charts) parts.push(charts, "\n\n");
  parts.push("</details>");
  return parts.join("");
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

export {
  runExperiments,
  VERDICT_EMOJI,
  VERDICT_TEXT,
  formatDuration,
  steadyText,
  toJsonList,
  toJsonSummary,
  truncateText,
  oneLine,
  escapeMarkdown,
  renderMarkdownReport,
  renderConsoleReport,
  writeReports
};
