import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/providers/run-label.ts
import { createHash } from "node:crypto";
var RUN_ID_LABEL = "chaos-action.dev/run-id";
var MAX = 63;
var HASH = 10;
function trimEnds(text) {
  return text.replace(/^[^A-Za-z0-9]+/, "").replace(/[^A-Za-z0-9]+$/, "");
}
function labelValue(text) {
  const cleaned = trimEnds(text.replace(/[^A-Za-z0-9._-]+/g, "-"));
  if (cleaned.length > 0 && cleaned.length <= MAX) return cleaned;
  const hash = createHash("sha256").update(text).digest("hex").slice(0, HASH);
  const head = trimEnds(cleaned.slice(0, MAX - HASH - 1));
  return head ? `${head}-${hash}` : hash;
}

export {
  RUN_ID_LABEL,
  labelValue
};
