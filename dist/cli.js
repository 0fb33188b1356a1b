#!/usr/bin/env node
import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import "./chunks/chunk-OLZTDE5K.js";

// src/cli.ts
import { mkdirSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/node-version.ts
var REQUIRED_NODE_MAJOR = 24;
function unsupportedNodeMessage(version) {
  const major = Number.parseInt(version.split(".")[0] ?? "", 10);
  if (Number.isInteger(major) && major >= REQUIRED_NODE_MAJOR) return void 0;
  return `chaos-action needs Node.js ${REQUIRED_NODE_MAJOR} or newer; this is Node.js ${version}. Install Node.js ${REQUIRED_NODE_MAJOR} (for example with nvm, or actions/setup-node with node-version: ${REQUIRED_NODE_MAJOR}) and run it again.`;
}

// src/cli.ts
var unsupported = unsupportedNodeMessage(process.versions.node);
if (unsupported) {
  process.stderr.write(`${unsupported}
`);
  process.exit(2);
}
function compileCache() {
  try {
    const enableCompileCache2 = nodeModule.enableCompileCache;
    const configured = process.env.CHAOS_CACHE_DIR;
    if (configured) {
      enableCompileCache2(configured);
      return;
    }
    const uid = process.getuid?.();
    const dir = join(tmpdir(), `chaos-action-compile-cache${uid === void 0 ? "" : `-${uid}`}`);
    mkdirSync(dir, { recursive: true, mode: 448 });
    const info = statSync(dir);
    if (uid !== void 0 && info.uid !== uid || (info.mode & 18) !== 0) return;
    enableCompileCache2(dir);
  } catch {
  }
}
compileCache();
var { main } = await import("./chunks/main-F2INRVHZ.js");
var code = await main(process.argv.slice(2));
process.exitCode = code;
setTimeout(() => process.exit(code), 2e3).unref();
