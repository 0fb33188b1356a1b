import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "0.1.0-dev";
var CHAOSLIB_COMPAT_VERSION = "1.44.0";

export {
  VERSION,
  CHAOSLIB_COMPAT_VERSION
};
