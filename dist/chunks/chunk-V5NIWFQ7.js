import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/engine/provider.ts
var METHOD_FOREGROUND_DONE = "method:foreground-done";
function issueCollector(ctx) {
  const issues = [];
  const base = "/" + ctx.path.join("/");
  return {
    issues,
    add(field, message, expected) {
      const location = ctx.locate([...ctx.path, field]);
      issues.push({
        field: `${base}/${field}`,
        message,
        expected,
        ...location ? { location } : {}
      });
    }
  };
}
var ProviderRegistry = class {
  #providers = /* @__PURE__ */ new Map();
  register(provider) {
    this.#providers.set(provider.type, provider);
    return this;
  }
  get(type) {
    return this.#providers.get(type);
  }
  has(type) {
    return this.#providers.has(type);
  }
  types() {
    return [...this.#providers.keys()].sort();
  }
  async close() {
    await Promise.allSettled([...this.#providers.values()].map((p) => p.close?.()));
  }
};
var NativeModuleRegistry = class {
  #modules = /* @__PURE__ */ new Map();
  #loaders = [];
  /**
   * Registers modules on first use: `load` runs (once) when a module under `prefix` is needed, so
   * heavy clients (Kubernetes, Prometheus) load only for experiments that name them.
   */
  addLoader(prefix, load) {
    this.#loaders.push({ prefix, load });
    return this;
  }
  /** Runs the loaders whose prefix covers `module`; call before hasModule/get. */
  async ensure(module) {
    for (const loader of this.#loaders) {
      if (module === loader.prefix || module.startsWith(`${loader.prefix}.`)) {
        loader.loading ??= loader.load();
        await loader.loading;
      }
    }
  }
  register(module, functions) {
    const existing = this.#modules.get(module) ?? /* @__PURE__ */ new Map();
    for (const [name, fn] of Object.entries(functions)) existing.set(name, fn);
    this.#modules.set(module, existing);
    return this;
  }
  hasModule(module) {
    return this.#modules.has(module);
  }
  get(module, func) {
    return this.#modules.get(module)?.get(func);
  }
  functions(module) {
    return [...this.#modules.get(module)?.keys() ?? []].sort();
  }
  modules() {
    return [...this.#modules.keys()].sort();
  }
};

export {
  METHOD_FOREGROUND_DONE,
  issueCollector,
  ProviderRegistry,
  NativeModuleRegistry
};
