import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  pyStr
} from "./chunk-T4JOGF2H.js";
import {
  NativeModuleRegistry,
  ProviderRegistry
} from "./chunk-XZC23V6B.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ActivityFailed,
  InterruptedError,
  UsageError,
  UserError,
  errorMessage
} from "./chunk-M5F2XM67.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

// src/providers/process/process.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { constants as osConstants, homedir } from "node:os";
import { delimiter, isAbsolute, join, resolve } from "node:path";
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
    const full = isAbsolute(command) ? command : resolve(command);
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
    const direct = resolve(expandUser(raw));
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
      const job = startProcess(file, argv);
      let pid;
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
        clearTimeout(timer);
        clearTimeout(killTimer);
        ctx.signal.removeEventListener("abort", onAbort);
      };
      job.result.then(
        ({ code, signal, stdout, stderr }) => {
          finish();
          if (outcome !== void 0) return done(outcome);
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
  }
};
function startProcess(file, argv) {
  const child = spawn(file, argv, {
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
  let onPid = () => void 0;
  const pid = new Promise((resolve2) => onPid = resolve2);
  const result = new Promise((resolve2, reject) => {
    child.on("spawn", () => onPid(child.pid));
    child.on("error", (e) => {
      onPid(child.pid);
      reject(e);
    });
    child.on(
      "close",
      (code, signal) => resolve2({ code, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) })
    );
  });
  return { pid, result };
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
  return new Promise((resolve2, reject) => {
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
        resolve2(JSON.parse(line));
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
          throw new Error(`unexpected reply from the Python bridge: ${JSON.stringify(reply)}`);
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
function lazy(type, load) {
  let loading;
  let loaded;
  const get = () => {
    loading ??= load().then((provider) => {
      if (provider.type !== type) {
        throw new Error(`provider module for '${type}' loaded a '${provider.type}' provider`);
      }
      loaded = provider;
      return provider;
    });
    return loading;
  };
  return {
    type,
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
        throw new Error(`the ${type} provider cannot undo a persisted ${resource.kind}`);
      }
      return provider.cleanupPersisted(resource, ctx);
    },
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
  const registry = new ProviderRegistry().register(processProvider).register(
    lazy("http", () => import("./http-W4TY6M6G.js").then((m) => m.createHttpProvider(options.http)))
  ).register(
    createPythonProvider({
      modules,
      ...options.python === void 0 ? {} : { python: options.python },
      ...options.env === void 0 ? {} : { env: options.env }
    })
  ).register(lazy("proxy", () => import("./proxy-HSEU3K4E.js").then((m) => new m.ProxyProvider()))).register(lazy("load", () => import("./load-T4C5T7KT.js").then((m) => new m.LoadProvider()))).register(
    lazy(
      "prometheus",
      () => import("./prometheus-S7GAJ6VB.js").then((m) => new m.PrometheusProvider())
    )
  );
  modules.addLoader("chaosprometheus", async () => {
    const m = await import("./prometheus-S7GAJ6VB.js");
    m.registerPrometheusModules(modules);
  });
  let kube;
  const loadKubernetes = async () => {
    const m = await import("./kubernetes-3AZWWIFH.js");
    const registration = m.registerKubernetes(new ProviderRegistry(), modules, {
      env: options.env,
      ...options.kubernetes
    });
    return { runtime: registration.runtime, provider: registration.provider };
  };
  const kubernetes = () => kube ??= loadKubernetes();
  modules.addLoader("chaosk8s", async () => void await kubernetes());
  registry.register(lazy("kubernetes", async () => (await kubernetes()).provider)).register(
    lazy("chaos-mesh", async () => {
      const [{ runtime }, m] = await Promise.all([kubernetes(), import("./chaos-mesh-XTYLOE7L.js")]);
      return new m.ChaosMeshProvider({ runtime });
    })
  );
  for (const provider of options.providers ?? []) registry.register(provider);
  return registry;
}

// src/engine/logger.ts
var SecretMasker = class {
  #secrets = /* @__PURE__ */ new Set();
  add(value) {
    if (value.length >= 3) this.#secrets.add(value);
  }
  get size() {
    return this.#secrets.size;
  }
  mask(text) {
    let out = text;
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
  /** Masks every string inside a JSON-like value, returning a copy. */
  maskDeep(value) {
    if (this.#secrets.size === 0) return value;
    return maskValue(value, this);
  }
};
function maskValue(value, masker) {
  if (typeof value === "string") return masker.mask(value);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, masker));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, masker);
    return out;
  }
  return value;
}
var LineLogger = class {
  masker;
  #opts;
  #depth = 0;
  constructor(opts) {
    this.#opts = opts;
    this.masker = opts.masker ?? new SecretMasker();
  }
  #emit(level, message, location) {
    const where = location ? `${location.file}:${location.line}: ` : "";
    const stamp = this.#opts.timestamps ? `[${(/* @__PURE__ */ new Date()).toISOString().slice(0, 19).replace("T", " ")} ${level}] ` : "";
    const indent = "  ".repeat(this.#depth);
    for (const line of this.masker.mask(`${where}${message}`).split("\n")) {
      this.#opts.write(
        `${stamp}${indent}${level === "INFO" || stamp ? "" : `${level.toLowerCase()}: `}${line}`
      );
    }
  }
  debug(message) {
    if (this.#opts.debug) this.#emit("DEBUG", message);
  }
  info(message) {
    this.#emit("INFO", message);
  }
  warning(message, location) {
    this.#emit("WARNING", message, location);
  }
  error(message, location) {
    this.#emit("ERROR", message, location);
  }
  async group(name, fn) {
    this.#emit("INFO", `\u25B8 ${name}`);
    this.#depth++;
    try {
      return await fn();
    } finally {
      this.#depth--;
    }
  }
  addSecret(value) {
    this.masker.add(value);
  }
};
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  },
  group: (_name, fn) => fn(),
  addSecret() {
  }
};

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
function convertToType(type, value) {
  if (type === null || type === void 0 || type === "str" || type === "string") return value;
  switch (type) {
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
  let type;
  const colon = key.lastIndexOf(":");
  if (colon >= 0) {
    type = key.slice(colon + 1);
    key = key.slice(0, colon);
  }
  if (!key) {
    throw new UsageError(`invalid --var '${text}': the name before '=' is empty`);
  }
  try {
    return { key, value: convertToType(type, raw) };
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
  if (!pyTruthyData(data)) return { ...empty, env: parseEnvLines(path, content) };
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
function pyTruthyData(data) {
  if (data === null || data === void 0 || data === false || data === 0 || data === "")
    return false;
  if (Array.isArray(data)) return data.length > 0;
  if (isDict(data)) return Object.keys(data).length > 0;
  return true;
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
  const resolve2 = (key, value) => {
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
      resolve2(key, extra[key]);
      delete extra[key];
    } else {
      resolve2(key, value);
    }
  }
  if (options.allowUndeclared) for (const [key, value] of Object.entries(extra)) resolve2(key, value);
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
function secretValues(secrets) {
  const out = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      if (value) out.add(value);
    } else if (typeof value === "number" || typeof value === "bigint") {
      out.add(String(value));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isDict(value)) {
      Object.values(value).forEach(visit);
    }
  };
  visit(secrets);
  return [...out];
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

export {
  SecretMasker,
  LineLogger,
  silentLogger,
  parseVar,
  loadVarFile,
  mergeVars,
  loadConfiguration,
  loadSecrets,
  secretValues,
  loadDynamicConfiguration,
  createDefaultRegistry
};
