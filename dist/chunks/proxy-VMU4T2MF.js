import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  PROXY_ACTIONS,
  ProxyProvider
} from "./chunk-JOFQICPU.js";
import "./chunk-M5F2XM67.js";
import "./chunk-OLZTDE5K.js";
export {
  PROXY_ACTIONS,
  ProxyProvider
};
