import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createCliLogger,
  loadOverrides
} from "./chunk-KS2HQLSY.js";
import {
  loadAndValidate
} from "./chunk-S3QTKGVT.js";
import {
  createDefaultRegistry
} from "./chunk-VJPGQR7E.js";
import "./chunk-T4JOGF2H.js";
import "./chunk-XZC23V6B.js";
import "./chunk-SPQMYGCA.js";
import "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";

// src/cli/validate-command.ts
async function validateCommand(parsed, io) {
  const { values, positionals } = parsed;
  const logger = createCliLogger(values);
  const overrides = await loadOverrides(values);
  const registry = createDefaultRegistry();
  try {
    const loaded = await loadAndValidate(positionals, {
      registry,
      env: process.env,
      overrides,
      onWarning: (w) => logger.warning(`${w.field || "/"}: ${w.message}`, w.location)
    });
    for (const experiment of loaded) {
      logger.debug(`${experiment.file}: ${experiment.experiment.title}`);
      io.stdout(`valid: ${experiment.file}
`);
    }
    const n = loaded.length;
    logger.info(`${n} experiment${n === 1 ? "" : "s"} valid`);
    return 0;
  } finally {
    await registry.close();
  }
}
export {
  validateCommand
};
