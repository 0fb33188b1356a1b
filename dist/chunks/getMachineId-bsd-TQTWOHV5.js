import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  execFileAsync
} from "./chunk-6HAXTLFD.js";
import {
  diag
} from "./chunk-U35VHDO4.js";
import "./chunk-OLZTDE5K.js";

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-bsd.js
import { promises as fs } from "fs";
var EXEC_TIMEOUT_MS = 5e3;
async function getMachineId() {
  try {
    const result = await fs.readFile("/etc/hostid", { encoding: "utf8" });
    return result.trim();
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  try {
    const result = await execFileAsync("/bin/kenv", ["-q", "smbios.system.uuid"], { timeout: EXEC_TIMEOUT_MS });
    return result.stdout.trim();
  } catch (e) {
    diag.debug(`error reading machine id: ${e}`);
  }
  return void 0;
}
export {
  getMachineId
};
