import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  ServiceEndpoints,
  ServiceLookupError,
  readyEndpoints,
  servicePortName
} from "./chunk-2KVIFLOP.js";
import "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import "./chunk-FPYVVETA.js";
import "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";
export {
  ServiceEndpoints,
  ServiceLookupError,
  readyEndpoints,
  servicePortName
};
