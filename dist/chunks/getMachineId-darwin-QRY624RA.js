import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  execFileAsync
} from "./chunk-6HAXTLFD.js";
import {
  diag
} from "./chunk-U35VHDO4.js";
import "./chunk-OLZTDE5K.js";

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-darwin.js
var EXEC_TIMEOUT_MS = 5e3;
async function getMachineId() {
  try {
    const result = await execFileAsync("/usr/sbin/ioreg", ["-rd1", "-c", "IOPlatformExpertDevice"], { timeout: EXEC_TIMEOUT_MS });
    const idLine = result.stdout.split("\n").find((line) => line.includes("IOPlatformUUID"));
    if (!idLine) {
      return void 0;
    }
    const parts = idLine.split('" = "');
    if (parts.length === 2) {
      return parts[1].slice(0, -1);
    }
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  return void 0;
}
export {
  getMachineId
};
