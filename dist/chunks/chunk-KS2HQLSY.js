import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  LineLogger,
  loadVarFile,
  mergeVars,
  parseVar
} from "./chunk-VJPGQR7E.js";

// src/cli/common.ts
function stringList(value) {
  if (value === void 0 || typeof value === "boolean") return [];
  return Array.isArray(value) ? value : [value];
}
async function loadOverrides(values) {
  const files = [];
  for (const file of stringList(values["var-file"])) files.push(await loadVarFile(file));
  const vars = {};
  for (const spec of stringList(values.var)) {
    const { key, value } = parseVar(spec);
    vars[key] = value;
  }
  const merged = mergeVars(files, vars);
  Object.assign(process.env, merged.env);
  return { configuration: merged.configuration, secrets: merged.secrets };
}
function createCliLogger(values) {
  const write = (line) => void process.stderr.write(`${line}
`);
  const inner = new LineLogger({
    write,
    debug: values.verbose === true,
    timestamps: values.verbose === true
  });
  return values.quiet ? new QuietLogger(inner) : inner;
}
var QuietLogger = class {
  #inner;
  constructor(inner) {
    this.#inner = inner;
  }
  debug() {
  }
  info() {
  }
  warning(message, location) {
    this.#inner.warning(message, location);
  }
  error(message, location) {
    this.#inner.error(message, location);
  }
  group(_name, fn) {
    return fn();
  }
  addSecret(value) {
    this.#inner.addSecret(value);
  }
};

export {
  loadOverrides,
  createCliLogger
};
