import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/reporters/escape.ts
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
function truncateText(text, max) {
  if (text.length <= max) return text;
  const keep = Math.max(0, max - 1);
  if (!/[\ud800-\udfff]/.test(text.slice(0, max))) return text.slice(0, keep) + "\u2026";
  let points = 0;
  let cutAt = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const pair = code >= 55296 && code <= 56319 && (text.charCodeAt(i + 1) & 64512) === 56320;
    i += pair ? 2 : 1;
    points++;
    if (points === keep) cutAt = i;
    if (points > max) return text.slice(0, cutAt) + "\u2026";
  }
  return text;
}
function oneLineCut(text, max) {
  return truncateText(oneLine(truncateText(text, max * 4)), max);
}
function oneLine(text) {
  return text.replace(CONTROL_CHARS, "").replace(/\s+/g, " ").trim();
}
function neutralizeMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u200B").replace(/#(?=\d)/g, "#\u200B").replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, "$1:\u200B").replace(/\b(www)\./gi, "$1\u200B.").replace(/\b(mailto|xmpp):/gi, "$1\u200B:");
}
function escapeHtml(text) {
  return neutralizeMentions(oneLine(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/`/g, "&#96;");
}
function escapeMarkdown(text) {
  return neutralizeMentions(oneLine(text)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~$]/g, (c) => `\\${c}`).replace(/^(\d+)([.)])/, "$1\\$2").replace(/^([-=])/, "\\$1");
}
function escapeXml(text) {
  return text.replace(CONTROL_CHARS, "").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "").replace(/[\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function sanitizeTerminal(text) {
  return text.replace(CONTROL_CHARS, "");
}
function escapeUrl(url) {
  return url.replace(
    /[\s()<>`|\\"']/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}

// src/reporters/format.ts
function toSummaryInput(input) {
  return isResultList(input) ? { results: input } : input;
}
function isResultList(input) {
  return Array.isArray(input);
}
var VERDICT_EMOJI = {
  passed: "\u2705",
  deviated: "\u274C",
  "not-steady": "\u26A0\uFE0F",
  failed: "\u{1F4A5}",
  aborted: "\u26D4",
  interrupted: "\u23F9\uFE0F",
  inconclusive: "\u2754",
  "dry-run": "\u{1F9EA}",
  skipped: "\u23ED\uFE0F"
};
var VERDICT_TEXT = {
  passed: "passed",
  deviated: "deviated",
  "not-steady": "not steady",
  failed: "failed",
  aborted: "aborted",
  interrupted: "interrupted",
  inconclusive: "inconclusive",
  "dry-run": "dry run",
  skipped: "skipped"
};
function countPassed(results) {
  return results.filter((r) => r.verdict === "passed").length;
}
function allDryRuns(results) {
  return results.length > 0 && results.every((r) => r.verdict === "dry-run");
}
function outcomeHeadline(results) {
  const total = results.length;
  const passed = countPassed(results);
  if (total === 0) return "No experiment ran";
  if (passed === total)
    return `${total === 1 ? "The experiment" : `All ${total} experiments`} passed`;
  if (allDryRuns(results))
    return `Dry run of ${total === 1 ? "the experiment" : `${total} experiments`}: no fault and no rollback ran, nothing was proven`;
  return `${total - passed} of ${total} experiment${total === 1 ? "" : "s"} did not pass`;
}
function formatDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 1) return `${Math.round(seconds * 1e3)} ms`;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return `${minutes} min ${String(rest).padStart(2, "0")} s`;
}
function steadyText(met) {
  if (met === null) return "not run";
  return met ? "met" : "not met";
}
function deviatingProbes(result) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const states = result.journal?.steady_states;
  const add = (phase, probes) => {
    for (const probe of probes) {
      if (probe.tolerance_met !== false) continue;
      const key = `${phase}\0${probe.activity.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ name: probe.activity.name, phase });
    }
  };
  if (states?.before) add("before", states.before.probes);
  for (const state of states?.during ?? []) add("during", state.probes);
  if (states?.after) add("after", states.after.probes);
  return out;
}
function listWithTail(items, max) {
  if (items.length <= max) return items.join(", ");
  return `${items.slice(0, max).join(", ")} +${items.length - max} more`;
}
function locationText(location) {
  return location ? `${location.file}:${location.line}` : "";
}

export {
  truncateText,
  oneLineCut,
  oneLine,
  escapeHtml,
  escapeMarkdown,
  escapeXml,
  sanitizeTerminal,
  escapeUrl,
  toSummaryInput,
  VERDICT_EMOJI,
  VERDICT_TEXT,
  countPassed,
  allDryRuns,
  outcomeHeadline,
  formatDuration,
  steadyText,
  deviatingProbes,
  listWithTail,
  locationText
};
