import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-4DIA4MKQ.js";
import "./chunks/chunk-VOG7LMI2.js";
import "./chunks/chunk-RB6BYDRK.js";
import "./chunks/chunk-6USC3LYN.js";
import "./chunks/chunk-HZRKRT66.js";
import "./chunks/chunk-WFO3T2C5.js";
import "./chunks/chunk-OLZTDE5K.js";

// src/index.ts
await run();
