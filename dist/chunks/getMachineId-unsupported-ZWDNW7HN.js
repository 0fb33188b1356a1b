import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  diag
} from "./chunk-U35VHDO4.js";
import "./chunk-OLZTDE5K.js";

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId-unsupported.js
async function getMachineId() {
  diag.debug("could not read machine-id: unsupported platform");
  return void 0;
}
export {
  getMachineId
};
