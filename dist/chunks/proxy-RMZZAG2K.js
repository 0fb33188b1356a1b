import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  PROXY_ACTIONS,
  ProxyProvider
} from "./chunk-246MMKUO.js";
import "./chunk-AERO5IEE.js";
import "./chunk-OLZTDE5K.js";
export {
  PROXY_ACTIONS,
  ProxyProvider
};
