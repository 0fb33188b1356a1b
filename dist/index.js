import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  run
} from "./chunks/chunk-RGCAA4MH.js";
import "./chunks/chunk-VOG7LMI2.js";
import "./chunks/chunk-246MMKUO.js";
import "./chunks/chunk-PEFLLMP6.js";
import "./chunks/chunk-BPCR4TNJ.js";
import "./chunks/chunk-QNO6KSBG.js";
import "./chunks/chunk-BMGHAEFM.js";
import "./chunks/chunk-ZLTVGOQ7.js";
import "./chunks/chunk-T4JOGF2H.js";
import "./chunks/chunk-25EVSR2U.js";
import "./chunks/chunk-AERO5IEE.js";
import "./chunks/chunk-OLZTDE5K.js";

// src/index.ts
await run();
