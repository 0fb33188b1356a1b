import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/providers/durations.ts
var DURATION_UNITS = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800
};
function parseDurationSeconds(text, options = {}) {
  const t = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(t)) return options.unitRequired ? void 0 : Number(t);
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]+)(\s+ago)?$/.exec(t);
  const unit = m ? DURATION_UNITS[m[2]] : void 0;
  return m && unit !== void 0 ? Number(m[1]) * unit : void 0;
}

export {
  DURATION_UNITS,
  parseDurationSeconds
};
