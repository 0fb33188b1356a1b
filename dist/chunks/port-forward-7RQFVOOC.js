import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  openPortForwards,
  parsePortForward,
  parsePortForwards
} from "./chunk-SOBFPSGS.js";
import "./chunk-FPYVVETA.js";
import "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";
export {
  openPortForwards,
  parsePortForward,
  parsePortForwards
};
