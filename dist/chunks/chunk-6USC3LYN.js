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
} from "./chunk-HZRKRT66.js";
import {
  ActivityFailed,
  CHAOSLIB_COMPAT_VERSION,
  InterruptedError,
  VERSION,
  errorMessage
} from "./chunk-WFO3T2C5.js";

// src/engine/runner.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/engine/journal.ts
import { hostname, machine, release, type } from "node:os";
var ABORT_REASON = /* @__PURE__ */ Symbol.for("chaos-action.abort-reason");
function abortReason(journal) {
  const value = journal[ABORT_REASON];
  return typeof value === "string" ? value : void 0;
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

// src/engine/run.ts
import { randomUUID } from "node:crypto";

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
  const runId = options.runId ?? randomUUID();
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
  const runId = options.runId ?? randomUUID2();
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
