import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  LOAD_ACTIONS,
  LOAD_LIMITS,
  LoadProvider,
  LoadRecorder,
  METHOD_FOREGROUND_DONE,
  loadStateKey,
  runLoad
} from "./chunk-PEFLLMP6.js";
import "./chunk-QNO6KSBG.js";
import "./chunk-AERO5IEE.js";
import "./chunk-OLZTDE5K.js";
export {
  LOAD_ACTIONS,
  LOAD_LIMITS,
  LoadProvider,
  LoadRecorder,
  METHOD_FOREGROUND_DONE,
  loadStateKey,
  runLoad
};
