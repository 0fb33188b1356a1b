#!/usr/bin/env node
import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/cli.ts
import { enableCompileCache } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
try {
  enableCompileCache(process.env.CHAOS_CACHE_DIR || join(tmpdir(), "chaos-action-compile-cache"));
} catch {
}
var { main } = await import("./chunks/main-F6VUQ7HR.js");
var code = await main(process.argv.slice(2));
process.exitCode = code;
setTimeout(() => process.exit(code), 2e3).unref();
