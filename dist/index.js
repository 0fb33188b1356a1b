import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-YGOEYDWW.js";
import "./chunks/chunk-VOG7LMI2.js";
import "./chunks/chunk-KW2RE5IH.js";
import "./chunks/chunk-WHWQ6FRE.js";
import "./chunks/chunk-HZRKRT66.js";
import "./chunks/chunk-WFO3T2C5.js";
import "./chunks/chunk-OLZTDE5K.js";

// src/index.ts
await run();
