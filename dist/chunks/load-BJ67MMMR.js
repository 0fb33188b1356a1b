import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  LOAD_ACTIONS,
  LOAD_LIMITS,
  LoadProvider,
  LoadRecorder,
  loadStateKey,
  runLoad
} from "./chunk-DP2H6OXT.js";
import "./chunk-CQBDEYBY.js";
import {
  METHOD_FOREGROUND_DONE
} from "./chunk-HFMOTJHB.js";
import "./chunk-I6HAWIZO.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-M5F2XM67.js";
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
