import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector
} from "./chunk-O7SWAHGI.js";
import "./chunk-JQODYGES.js";
import "./chunk-U35VHDO4.js";
import "./chunk-OLZTDE5K.js";
export {
  defaultResource,
  defaultServiceName,
  detectResources,
  emptyResource,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  resourceFromAttributes,
  serviceInstanceIdDetector
};
