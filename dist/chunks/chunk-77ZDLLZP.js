import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  journalDirOf,
  openServiceRoutes,
  planRegistry,
  prepareRun,
  withinTolerance
} from "./chunk-NRPIQSPR.js";
import {
  baselineHtml,
  buildTimeline,
  downsample,
  findingText,
  ledgerKeeper,
  ledgerPathFor,
  niceMax,
  regressionLines,
  renderMarkdownReport,
  sloThresholds,
  sweepLeftovers,
  whyLine
} from "./chunk-HMZSNWLG.js";
import {
  ABORT_REASON,
  ActivityAborted,
  abortReason,
  accountRollbacks,
  attachRollbackAccount,
  chaoslibVersion,
  checkClusterPlan,
  createTracer,
  declaredSecretValues,
  describeRollbacks,
  exceptionMessage,
  isRef,
  isoTimestamp,
  journalFileContent,
  journalFileName,
  loadConfiguration,
  loadDynamicConfiguration,
  loadSecrets,
  maskJournal,
  newRunId,
  nodeName,
  noopTracer,
  notRunJournal,
  openRunCluster,
  partialJournalFileContent,
  partitionByKubernetes,
  platformString,
  preciseNow,
  readField,
  rollbackAccount,
  runActivity,
  runProviderOnly,
  secondsBetween,
  sessionKubernetes,
  skipReason,
  skipsExecution,
  sleep,
  sloObjectives,
  substitute,
  wantsCluster,
  writeFileAtomicSync
} from "./chunk-QBFQIVR3.js";
import {
  DEFAULT_REGRESSION_TOLERANCE,
  NEUTRAL_VERDICTS,
  SecretMasker,
  VERDICTS,
  failsGate,
  isRegression,
  overallVerdict,
  silentLogger,
  summaryVerdict
} from "./chunk-HQIZOGGG.js";
import {
  VERDICT_TEXT,
  countPassed,
  deviatingProbes,
  escapeXml,
  formatDuration,
  listWithTail,
  locationText,
  oneLine,
  oneLineCut,
  outcomeHeadline,
  sanitizeTerminal,
  steadyText,
  toSummaryInput,
  truncateText
} from "./chunk-4NCWL2DP.js";
import {
  METHOD_FOREGROUND_DONE
} from "./chunk-V5NIWFQ7.js";
import {
  ExperimentValidationError,
  InterruptedError,
  NO_EFFECT_PREFIX,
  UserError,
  errorMessage,
  isNoEffectMessage
} from "./chunk-2OZ6HILO.js";

// src/reporters/figures.ts
function isDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var LOAD_FIELDS = [
  { field: "error_rate", unit: "ratio", label: "error rate" },
  { field: "p50_ms", unit: "ms", label: "p50" },
  { field: "p95_ms", unit: "ms", label: "p95" },
  { field: "p99_ms", unit: "ms", label: "p99" }
];
var RECOVERY_FIELDS = ["recovery_seconds", "to_recover_seconds"];
function providerOf(run) {
  const provider = run.activity?.provider;
  return isDict(provider) ? provider : {};
}
function nameOf(run) {
  return String(run.activity?.name ?? "?");
}
function finite(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function loadFigures(run) {
  const output = run.output;
  if (providerOf(run).type !== "load" || !isDict(output) || !Array.isArray(output.series)) return [];
  const load = typeof output.load === "string" ? output.load : nameOf(run);
  const out = [];
  for (const { field, unit, label } of LOAD_FIELDS) {
    const value = finite(output[field]);
    if (value === void 0) continue;
    out.push({
      key: `load:${load}:${field}`,
      label: `load ${load} ${label}`,
      value,
      unit,
      better: "lower"
    });
  }
  return out;
}
function recoveryFigures(run) {
  const output = run.output;
  if (!isDict(output)) return [];
  const out = [];
  for (const field of RECOVERY_FIELDS) {
    const value = finite(output[field]);
    if (value === void 0) continue;
    const name = nameOf(run);
    out.push({
      key: `recovery:${name}:${field}`,
      label: `${name} ${field.replace(/_/g, " ")}`,
      value,
      unit: "s",
      better: "lower"
    });
  }
  return out;
}
function unitOf(objective) {
  if (/%\s*$/.test(objective.text)) return "ratio";
  if (/(_ms|Ms)$/.test(objective.field)) return "ms";
  if (/(_seconds|_s|Seconds)$/.test(objective.field)) return "s";
  return "number";
}
function sloFigures(name, runs) {
  const tolerance = runs[0]?.activity?.tolerance;
  if (!isDict(tolerance) || tolerance.type !== "slo") return [];
  const out = [];
  for (const objective of sloObjectives(tolerance)) {
    if (objective.op === "==" || objective.op === "!=") continue;
    const values = runs.map((r) => {
      const output = typeof tolerance.target === "string" && isDict(r.output) ? r.output[tolerance.target] : r.output;
      return readField(output, objective.field);
    }).filter((v) => v !== void 0 && Number.isFinite(v));
    if (values.length === 0) continue;
    const better = objective.op === "<=" || objective.op === "<" ? "lower" : "higher";
    out.push({
      key: `slo:${name}:${objective.field}`,
      label: `${name} ${objective.field}`,
      value: better === "lower" ? Math.max(...values) : Math.min(...values),
      unit: unitOf(objective),
      better,
      bound: objective.bound
    });
  }
  return out;
}
function probeRunsByName(journal) {
  const states = journal.steady_states;
  const all = [
    ...states?.before?.probes ?? [],
    ...(states?.during ?? []).flatMap((s) => s.probes ?? []),
    ...states?.after?.probes ?? []
  ];
  const byName = /* @__PURE__ */ new Map();
  for (const run of all) {
    if (run.status === "failed") continue;
    const name = nameOf(run);
    byName.set(name, [...byName.get(name) ?? [], run]);
  }
  return byName;
}
function journalFigures(journal) {
  if (!journal) return [];
  const figures = [];
  for (const run of [...journal.run ?? [], ...journal.rollbacks ?? []]) {
    figures.push(...loadFigures(run), ...recoveryFigures(run));
  }
  for (const [name, runs] of probeRunsByName(journal)) figures.push(...sloFigures(name, runs));
  const seen = /* @__PURE__ */ new Set();
  return figures.filter((f) => !seen.has(f.key) && seen.add(f.key));
}

// src/reporters/json.ts
function toJsonExperiment(result) {
  return {
    file: result.file,
    title: result.title,
    status: result.status,
    deviated: result.deviated,
    verdict: result.verdict,
    journal: result.journalPath ?? null,
    duration: result.duration
  };
}
function toJsonList(input) {
  return toSummaryInput(input).results.map(toJsonExperiment);
}
function toJsonSummary(input) {
  const summary = toSummaryInput(input);
  const passed = countPassed(summary.results);
  const notPassed = summary.results.length - passed;
  return {
    runId: summary.runId ?? null,
    verdict: failsGate(summary.results, "not-passed") ? "not-passed" : notPassed === 0 ? "passed" : "neutral",
    overall: overallVerdict(summary.results),
    passed,
    notPassed,
    interrupted: summary.interrupted ?? false,
    duration: summary.duration ?? null,
    ...summary.shard ? { shard: { ...summary.shard } } : {},
    ...summary.shards ? { shards: { ...summary.shards } } : {},
    experiments: summary.results.map((r) => ({
      ...toJsonExperiment(r),
      reason: r.reason,
      steadyBefore: r.steadyBefore,
      steadyAfter: r.steadyAfter,
      rollbacksRun: [...r.rollbacksRun],
      findings: [...r.findings ?? []],
      figures: journalFigures(r.journal)
    }))
  };
}
function renderJsonSummary(input) {
  return `${JSON.stringify(toJsonSummary(input), null, 2)}
`;
}

// src/reporters/console.ts
var COLUMNS = [
  "Experiment",
  "Verdict",
  "Before",
  "After",
  "Deviating probes",
  "Duration",
  "Rollbacks run"
];
var WIDTH_MAX = 60;
function renderConsoleReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const color = options.colorVerdict ?? ((text2) => text2);
  const results = summary.results;
  const rows = results.map((r) => {
    const deviating = deviatingProbes(r).map((p) => `${p.name} (${p.phase})`);
    return [
      r.title,
      VERDICT_TEXT[r.verdict] ?? String(r.verdict),
      steadyText(r.steadyBefore),
      steadyText(r.steadyAfter),
      deviating.length ? listWithTail(deviating, 3) : "-",
      formatDuration(r.duration),
      r.rollbacksRun.length ? listWithTail(r.rollbacksRun, 3) : "-"
    ].map((text2) => truncateText(sanitizeTerminal(oneLine(text2)), WIDTH_MAX));
  });
  const widths = COLUMNS.map(
    (head, i) => Math.max(head.length, ...rows.map((row) => [...row[i] ?? ""].length))
  );
  const line = (cells, verdictPassed) => cells.map((text2, i) => {
    const padded = text2 + " ".repeat(Math.max(0, (widths[i] ?? 0) - [...text2].length));
    return i === 1 && verdictPassed !== void 0 ? color(padded, verdictPassed) : padded;
  }).join("  ").trimEnd();
  const out = [line(COLUMNS), widths.map((w) => "-".repeat(w)).join("  ")];
  rows.forEach((row, i) => out.push(line(row, results[i]?.verdict === "passed")));
  out.push("");
  out.push(`${outcomeHeadline(results)}.`);
  if (summary.interrupted) out.push("The run was interrupted; the journals record how far it got.");
  for (const r of results) {
    if (r.verdict !== "passed" && r.reason) {
      out.push(`  ${sanitizeTerminal(oneLine(r.title))}: ${sanitizeTerminal(oneLine(r.reason))}`);
    }
  }
  const journals = results.filter((r) => r.journalPath);
  if (journals.length > 0) {
    out.push(
      options.journalDir ? `Journals in ${sanitizeTerminal(options.journalDir)}:` : "Journals:"
    );
    for (const r of journals) out.push(`  ${sanitizeTerminal(r.journalPath ?? "")}`);
  }
  return `${out.join("\n")}
`;
}

// src/reporters/index.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, sep } from "node:path";

// src/reporters/html.ts
import { basename } from "node:path";
var TITLE_MAX = 300;
var NAME_MAX = 200;
var TEXT_MAX = 1e3;
var FINDINGS_MAX = 50;
var DEFAULT_MAX_BYTES = 1e7;
function escCut(value, max) {
  return esc(truncateText(value, max));
}
function byteSize(text2) {
  return Buffer.byteLength(text2, "utf8");
}
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
function esc(value) {
  return String(value).replace(CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function safeHref(link) {
  if (!link) return void 0;
  const trimmed = link.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return void 0;
  return trimmed;
}
var num = (n, digits = 1) => Number.isFinite(n) ? String(Math.round(n * 10 ** digits) / 10 ** digits) : "0";
var PHASE_TITLE = {
  before: "Steady state before",
  method: "Method",
  during: "Steady state during",
  after: "Steady state after",
  rollbacks: "Rollbacks"
};
var PHASE_ORDER = ["before", "method", "during", "after", "rollbacks"];
var CSS = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--pass:#1a7f37;--fail:#cf222e;--warn:#9a6700;--fault:rgba(207,34,46,.13)}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0 0 8px}h3{font-size:15px;margin:18px 0 6px}
.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:8px 0 16px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th{white-space:nowrap}td code,td a,td small{overflow-wrap:anywhere}
.ok{color:var(--pass);font-weight:700}.ko{color:var(--fail);font-weight:700}
main{max-width:1060px}
th{background:#f6f8fa;font-weight:600}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;font-size:12px;color:#fff;white-space:nowrap}
.v-passed{background:var(--pass)}.v-deviated,.v-failed,.v-aborted{background:var(--fail)}.v-not-steady,.v-interrupted,.v-inconclusive{background:var(--warn)}.v-dry-run,.v-skipped{background:var(--muted)}
section.experiment{border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
.charts{display:flex;flex-wrap:wrap;gap:16px}
svg{max-width:100%;height:auto;font:11px -apple-system,"Segoe UI",Helvetica,Arial,"DejaVu Sans",sans-serif;background:#fff}
svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
svg .fault{fill:var(--fault)}svg .fault-label{fill:#a40e26;font-weight:600}
svg .phase-band{fill:#f6f8fa}svg .phase-title{font-weight:600;fill:var(--fg)}
svg .bar-action{fill:#4a78c2}svg .bar-probe{fill:#2da44e}svg .bar-fault{fill:#a40e26}
svg .bar-failed{fill:#cf222e}svg .bar-unmet{fill:#d4a72c}
svg .p95{fill:none;stroke:#1f5fbf;stroke-width:2}svg .errors{fill:none;stroke:#cf222e;stroke-width:2}
svg .slo{stroke:#2e7d32;stroke-width:1.5;stroke-dasharray:6 4}svg .slo-label{fill:#2e7d32;font-weight:600}
td.verdict{white-space:nowrap}td.time{white-space:nowrap;text-align:right}.facts{margin:4px 0 8px}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border-radius:2px}
tr.regressed td{background:#ffebe9}
details.journal pre{max-height:480px;overflow:auto;background:#f6f8fa;padding:10px;border-radius:6px;font-size:12px;white-space:pre-wrap;word-break:break-word}
`;
function renderHtmlReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const results = summary.results;
  const budget = { left: options.maxTotalJournalChars ?? 4e6 };
  const generated = (options.generatedAt ?? /* @__PURE__ */ new Date()).toISOString();
  const headline = outcomeHeadline(results);
  const run = [
    summary.runId ? `run ${esc(summary.runId)}` : "",
    summary.duration === void 0 ? "" : `took ${esc(formatDuration(summary.duration))}`,
    summary.interrupted ? "<strong>interrupted</strong>" : "",
    `generated ${esc(generated)}`
  ].filter(Boolean);
  const head = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    // Belt and braces: even if something slipped through escaping, nothing could load or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Chaos experiments: ${esc(headline)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
    `<header><h1>Chaos experiments: ${esc(headline)}</h1><p class="muted">${run.join(" \xB7 ")}</p></header>`
  ].join("\n");
  const tail = "\n</main></body></html>\n";
  const maxBytes = Math.max(4096, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const baseline = summary.baseline ? baselineHtml(summary.baseline) : "";
  let left = maxBytes - byteSize(head) - byteSize(tail) - byteSize(baseline) - 1024;
  const rows = [];
  for (const [i, r] of results.entries()) {
    const row = summaryRow(r, i, options);
    if (byteSize(row) > left) break;
    rows.push(row);
    left -= byteSize(row);
  }
  const sections = [];
  if (rows.length === results.length) {
    for (const [i, r] of results.entries()) {
      budget.left = Math.min(budget.left, Math.max(0, left - 2e5));
      const section = experimentSection(r, i, options, budget);
      if (byteSize(section) > left) continue;
      sections.push(section);
      left -= byteSize(section);
    }
  }
  const missing = [];
  if (rows.length < results.length)
    missing.push(`${results.length - rows.length} of ${results.length} table rows`);
  if (sections.length < results.length)
    missing.push(`${results.length - sections.length} of ${results.length} experiment sections`);
  const note = missing.length ? `<p class="muted truncated">Report cut to stay under ${maxBytes} bytes: ${esc(missing.join(" and "))} left out. The journals have every detail.</p>` : "";
  return [head, summaryTable(rows), note, baseline, ...sections].join("\n") + tail;
}
function badge(result) {
  const verdict = String(result.verdict);
  const text2 = VERDICT_TEXT[result.verdict] ?? verdict;
  return `<span class="badge v-${esc(verdict)}">${esc(text2)}</span>`;
}
function mark(ok) {
  return ok ? '<span class="ok">\u2713</span>' : '<span class="ko">\u2717</span>';
}
function steady(met) {
  return met === null ? esc(steadyText(met)) : `${mark(met)} ${esc(steadyText(met))}`;
}
function summaryRow(r, i, options) {
  return `<tr class="experiment-row" data-verdict="${esc(r.verdict)}"><td class="verdict">${badge(r)}</td><td><a href="#experiment-${i + 1}">${escCut(r.title, TITLE_MAX)}</a><br><small class="muted">${fileLink(r.file, options)}</small></td><td class="why">${escCut(whyLine(r), TEXT_MAX) || "\u2014"}</td><td class="time">${esc(formatDuration(r.duration))}</td></tr>`;
}
function summaryTable(rows) {
  return `<table id="summary"><thead><tr><th>Verdict</th><th>Experiment</th><th>Why</th><th>Time</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function journalHref(result, options) {
  return safeHref(options.links?.journal?.(result) ?? options.journalLink?.(result));
}
function whereCell(location, options) {
  if (!location) return "\u2014";
  const href = safeHref(options.links?.source?.(location.file, location.line));
  const text2 = escCut(locationText(location), TITLE_MAX);
  return href ? `<a href="${esc(href)}">${text2}</a>` : text2;
}
function fileLink(file, options) {
  const href = safeHref(options.links?.source?.(file));
  return href ? `<a href="${esc(href)}">${escCut(file, TITLE_MAX)}</a>` : escCut(file, TITLE_MAX);
}
function facts(result, options) {
  const href = journalHref(result, options);
  const name = result.journalPath ? basename(result.journalPath) : "journal";
  const journal = href ? `<a href="${esc(href)}">${escCut(name, TITLE_MAX)}</a>` : result.journalPath ? `<code>${escCut(result.journalPath, TITLE_MAX)}</code>` : "none";
  return `<p class="facts">Steady state before: ${steady(result.steadyBefore)} \xB7 after: ${steady(result.steadyAfter)} \xB7 rollbacks run: ${result.rollbacksRun.length ? escCut(listWithTail(result.rollbacksRun, 5), TEXT_MAX) : "none"} \xB7 journal: ${journal}</p>`;
}
function experimentSection(result, index, options, budget) {
  const parts = [
    `<section class="experiment" id="experiment-${index + 1}" data-verdict="${esc(result.verdict)}">`,
    `<h2>${badge(result)} ${escCut(result.title, TITLE_MAX)}</h2>`,
    `<p class="why"><strong>Why:</strong> ${escCut(whyLine(result, TEXT_MAX), TEXT_MAX) || "\u2014"}</p>`,
    `<p class="muted">${fileLink(result.file, options)} \xB7 ${esc(formatDuration(result.duration))}</p>`,
    facts(result, options)
  ];
  const findings = result.findings ?? [];
  if (findings.length > 0) {
    const rows = findings.slice(0, FINDINGS_MAX).map(
      (f) => `<tr><td>${escCut(f.phase, NAME_MAX)}</td><td>${escCut(f.kind, NAME_MAX)} ${escCut(f.activity, NAME_MAX)}</td><td>${f.met === void 0 ? "" : `${mark(f.met)} `}${escCut(findingText(result, f), TEXT_MAX)}</td><td>${whereCell(f.location, options)}</td></tr>`
    );
    if (findings.length > FINDINGS_MAX) {
      rows.push(
        `<tr><td colspan="4" class="muted">+${findings.length - FINDINGS_MAX} more findings (see the journal)</td></tr>`
      );
    }
    parts.push(
      `<table class="findings"><thead><tr><th>Phase</th><th>Activity</th><th>Result</th><th>Where</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    );
  }
  let timeline;
  try {
    timeline = result.journal ? buildTimeline(result.journal) : void 0;
  } catch {
    timeline = void 0;
  }
  if (timeline && timeline.activities.length > 0) {
    parts.push("<h3>Timeline</h3>", timelineSvg(timeline, options.maxTimelineRows ?? 60));
    parts.push(legend());
  }
  if (timeline && timeline.loads.length > 0) {
    parts.push("<h3>Load</h3>");
    for (const load of timeline.loads.slice(0, 4)) {
      const slo = result.journal ? sloThresholds(result.journal, load.name) : {};
      parts.push(loadCharts(load, timeline, slo));
    }
  }
  if (result.journal) parts.push(journalBlock(result, options.maxJournalChars ?? 4e5, budget));
  parts.push("</section>");
  return parts.join("\n");
}
function legend() {
  const item = (cls, text2) => `<span><i style="background:${cls}"></i>${esc(text2)}</span>`;
  return '<p class="legend muted">' + item("#4a78c2", "action") + item("#2da44e", "probe") + item("#a40e26", "fault injected") + item("#d4a72c", "tolerance not met") + item("#cf222e", "failed") + item("rgba(207,34,46,.25)", "fault in force") + "</p>";
}
function tickStep(span, count) {
  const steps = [
    1e-3,
    2e-3,
    5e-3,
    0.01,
    0.02,
    0.05,
    0.1,
    0.2,
    0.5,
    1,
    2,
    5,
    10,
    15,
    30,
    60,
    120,
    300,
    600,
    1800,
    3600
  ];
  return steps.find((s) => span / s <= count) ?? 3600 * Math.ceil(span / 3600 / count);
}
var AXIS = { width: 1e3, left: 240, right: 20 };
function timelineSvg(timeline, maxRows) {
  const { width, left, right } = AXIS;
  const rowHeight = 20;
  const top = 24;
  const plotWidth = width - left - right;
  const t0 = timeline.start;
  const span = Math.max(1, timeline.end - t0);
  const x = (ms) => left + (ms - t0) / span * plotWidth;
  const rows = [];
  const headers = [];
  let hidden = 0;
  let used = 0;
  for (const phase of PHASE_ORDER) {
    const spans = timeline.activities.filter((a) => a.phase === phase);
    if (spans.length === 0) continue;
    headers.push({ phase, row: used++ });
    const byName = /* @__PURE__ */ new Map();
    for (const a of [...spans].sort((p, q) => p.start - q.start)) {
      let row = byName.get(a.name);
      if (!row) {
        if (used >= maxRows) {
          hidden++;
          continue;
        }
        row = { phase, name: a.name, spans: [] };
        byName.set(a.name, row);
        rows.push(row);
        used++;
      }
      row.spans.push(a);
    }
  }
  const rowIndex = /* @__PURE__ */ new Map();
  {
    let i = 0;
    for (const phase of PHASE_ORDER) {
      if (!headers.some((h) => h.phase === phase)) continue;
      i++;
      for (const r of rows.filter((r2) => r2.phase === phase)) rowIndex.set(r, i++);
    }
  }
  const totalRows = used + (hidden > 0 ? 1 : 0);
  const plotHeight = totalRows * rowHeight;
  const height = top + plotHeight + 34;
  const y = (row) => top + row * rowHeight;
  const out = [
    `<svg class="timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Timeline of the experiment">`
  ];
  const seconds2 = span / 1e3;
  const step = tickStep(seconds2, 10);
  for (let s = 0; s <= seconds2 + 1e-9; s += step) {
    const tx = x(t0 + s * 1e3);
    out.push(
      `<line class="grid" x1="${num(tx)}" y1="${top}" x2="${num(tx)}" y2="${top + plotHeight}"/>`,
      `<text x="${num(tx)}" y="${top + plotHeight + 14}" text-anchor="middle">${esc(seconds2 < 2 ? `${num(s * 1e3, 0)} ms` : `${num(s, 1)} s`)}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + plotHeight}" x2="${left + plotWidth}" y2="${top + plotHeight}"/>`,
    `<text x="${left + plotWidth / 2}" y="${top + plotHeight + 30}" text-anchor="middle" class="muted">seconds since the experiment started</text>`
  );
  let headerRow = 0;
  for (const phase of PHASE_ORDER) {
    const h = headers.find((p) => p.phase === phase);
    if (!h) continue;
    const ps = timeline.phases.find((p) => p.phase === phase);
    const ry = y(headerRow);
    if (ps) {
      out.push(
        `<rect class="phase-band" data-phase="${phase}" x="${num(x(ps.start))}" y="${ry + 2}" width="${num(Math.max(2, x(ps.end) - x(ps.start)))}" height="${rowHeight - 4}"/>`
      );
    }
    out.push(`<text class="phase-title" x="8" y="${ry + 14}">${esc(PHASE_TITLE[phase])}</text>`);
    headerRow += 1 + rows.filter((r) => r.phase === phase).length;
  }
  for (const f of timeline.faults) {
    const fx = x(f.start);
    const fw = Math.max(2, x(f.end) - fx);
    out.push(
      `<rect class="fault" x="${num(fx)}" y="${top - 16}" width="${num(fw)}" height="${plotHeight + 16}"><title>${esc(faultTitle(f, t0))}</title></rect>`,
      `<text class="fault-label" x="${num(fx + 3)}" y="${top - 5}">fault${f.open ? " (not removed)" : ""}</text>`
    );
  }
  for (const row of rows) {
    const ry = y(rowIndex.get(row) ?? 0);
    out.push(
      `<text x="20" y="${ry + 14}">${esc(truncateText(row.name, 34))}<title>${escCut(row.name, NAME_MAX)}</title></text>`
    );
    for (const a of row.spans) {
      const bx = x(a.start);
      const bw = Math.max(2, x(a.end) - bx);
      const cls = a.status === "failed" ? "bar-failed" : a.met === false ? "bar-unmet" : a.fault ? "bar-fault" : a.kind === "probe" ? "bar-probe" : "bar-action";
      const tip = `${a.kind} ${truncateText(a.name, NAME_MAX)} (${PHASE_TITLE[a.phase]}): ${formatDuration((a.end - a.start) / 1e3)}, ${a.status}${a.met === void 0 ? "" : a.met ? ", tolerance met" : ", tolerance not met"}${a.background ? ", background" : ""}`;
      out.push(
        `<rect class="activity ${cls}" x="${num(bx)}" y="${ry + 4}" width="${num(bw)}" height="${rowHeight - 8}" rx="2"><title>${esc(tip)}</title></rect>`
      );
    }
  }
  if (hidden > 0) {
    out.push(
      `<text x="20" y="${y(used) + 14}" class="muted">+${hidden} more activities (see the journal)</text>`
    );
  }
  out.push("</svg>");
  return out.join("");
}
function faultTitle(f, t0) {
  const from = ((f.start - t0) / 1e3).toFixed(1);
  const to = ((f.end - t0) / 1e3).toFixed(1);
  const actions = truncateText(listWithTail(f.actions, 5), TEXT_MAX);
  return `fault from ${from} s to ${to} s${f.actions.length ? `: ${actions}` : ""}${f.open ? " (never removed)" : ""}`;
}
function loadCharts(load, timeline, slo) {
  const points = downsample(load.points, 300);
  const name = truncateText(load.name === "default" ? load.activity : load.name, NAME_MAX);
  const summary = `<p><strong>${esc(name)}</strong>: ${esc(load.requests)} requests, error rate ${esc(num(load.errorRate * 100, 2))} %, p95 ${esc(num(load.p95))} ms, p99 ${esc(num(load.p99))} ms</p>`;
  const p95 = lineChart({
    kind: "p95",
    title: "p95 latency (ms)",
    load,
    timeline,
    values: points.map((p) => ({ t: p.t, v: p.p95 })),
    yMax: niceMax(Math.max(0, slo.p95Ms ?? 0, ...points.map((p) => p.p95)) * 1.1, 10),
    unit: "ms",
    ...slo.p95Ms === void 0 ? {} : { threshold: slo.p95Ms }
  });
  const errorBound = slo.errorRate === void 0 ? void 0 : slo.errorRate * 100;
  const errors = lineChart({
    kind: "errors",
    title: "error rate (%)",
    load,
    timeline,
    values: points.map((p) => ({ t: p.t, v: p.errorRate * 100 })),
    yMax: Math.min(
      100,
      niceMax(Math.max(0, errorBound ?? 0, ...points.map((p) => p.errorRate * 100)) * 1.1, 1)
    ),
    unit: "%",
    ...errorBound === void 0 ? {} : { threshold: errorBound }
  });
  return `<div class="load" data-load="${esc(name)}">${summary}<div class="charts">${p95}${errors}</div></div>`;
}
function lineChart(options) {
  const { width, left, right } = AXIS;
  const height = 170;
  const top = 14;
  const bottom = 34;
  const pw = width - left - right;
  const ph = height - top - bottom;
  const t0 = options.timeline.start;
  const span = Math.max(1e3, options.timeline.end - t0);
  const x = (s) => left + Math.min(Math.max(s * 1e3, 0), span) / span * pw;
  const y = (v) => top + ph - Math.min(v, options.yMax) / options.yMax * ph;
  const offset = (options.load.start - t0) / 1e3;
  const out = [
    `<svg class="load-chart chart-${options.kind}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(options.title)}">`,
    `<text x="20" y="${top + 12}" class="phase-title">${esc(options.title)}</text>`
  ];
  for (const f of options.timeline.faults) {
    const from = (f.start - t0) / 1e3;
    const to = (f.end - t0) / 1e3;
    out.push(
      `<rect class="fault" x="${num(x(from))}" y="${top}" width="${num(Math.max(2, x(to) - x(from)))}" height="${ph}"><title>${esc(faultTitle(f, t0))}</title></rect>`
    );
  }
  for (const frac of [0, 0.5, 1]) {
    const v = options.yMax * frac;
    out.push(
      `<line class="grid" x1="${left}" y1="${num(y(v))}" x2="${left + pw}" y2="${num(y(v))}"/>`,
      `<text x="${left - 6}" y="${num(y(v) + 4)}" text-anchor="end">${esc(num(v, 2))}</text>`
    );
  }
  const seconds2 = span / 1e3;
  const step = tickStep(seconds2, 10);
  for (let s = 0; s <= seconds2 + 1e-9; s += step) {
    out.push(
      `<text x="${num(x(s))}" y="${top + ph + 14}" text-anchor="middle">${esc(seconds2 < 2 ? `${num(s * 1e3, 0)} ms` : `${num(s, 1)} s`)}</text>`
    );
  }
  out.push(
    `<line class="axis" x1="${left}" y1="${top + ph}" x2="${left + pw}" y2="${top + ph}"/>`,
    `<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${top + ph}"/>`,
    `<text x="${left + pw / 2}" y="${height - 4}" text-anchor="middle">seconds since the experiment started</text>`
  );
  if (options.threshold !== void 0) {
    const ty = num(y(options.threshold));
    out.push(
      `<line class="slo" x1="${left}" y1="${ty}" x2="${left + pw}" y2="${ty}"><title>SLO</title></line>`,
      `<text class="slo-label" x="${left + pw - 4}" y="${num(y(options.threshold) - 4)}" text-anchor="end">SLO \u2264 ${esc(num(options.threshold, 2))} ${esc(options.unit)}</text>`
    );
  }
  const at = (t) => x(offset + t + 0.5);
  const coords = options.values.map((p) => `${num(at(p.t))},${num(y(p.v))}`).join(" ");
  out.push(`<polyline class="${options.kind}" points="${coords}"/>`);
  for (const p of options.values) {
    out.push(
      `<circle cx="${num(at(p.t))}" cy="${num(y(p.v))}" r="2" class="${options.kind === "p95" ? "bar-action" : "bar-failed"}"><title>${esc(`${num(offset + p.t)} s: ${num(p.v, 2)} ${options.unit}`)}</title></circle>`
    );
  }
  out.push("</svg>");
  return out.join("");
}
function journalBlock(result, maxChars, budget) {
  let text2 = JSON.stringify(result.journal, null, 2) ?? "null";
  let note = "";
  const room = Math.max(0, Math.min(maxChars, budget.left));
  if (text2.length > room) {
    note = room === 0 ? '<p class="muted">Left out to keep this report small; the journal file has it.</p>' : `<p class="muted">Shown: the first ${room} of ${text2.length} characters; the journal file has the rest.</p>`;
    text2 = text2.slice(0, room);
  }
  budget.left -= text2.length;
  return `<details class="journal"><summary>Journal${result.journalPath ? ` (${esc(result.journalPath)})` : ""}</summary>${note}<pre>${esc(text2)}</pre></details>`;
}

// src/reporters/junit.ts
var NAME_MAX2 = 300;
var MESSAGE_MAX = 1e3;
var FINDING_MAX = 500;
var FINDINGS_MAX2 = 20;
var LIST_MAX = 20;
var DEFAULT_MAX_BYTES2 = 5e6;
function renderJUnit(input, options = {}) {
  const summary = toSummaryInput(input);
  const results = summary.results;
  const skipped = results.filter((r) => NEUTRAL_VERDICTS.includes(r.verdict)).length;
  const failures = results.filter((r) => r.verdict !== "passed").length - skipped;
  const time = seconds(
    summary.duration ?? results.reduce((total, r) => total + (Number.isFinite(r.duration) ? r.duration : 0), 0)
  );
  const name = options.suiteName ?? (summary.runId ? `chaos-action ${summary.runId}` : "chaos-action");
  const started = results[0]?.journal?.start;
  const timestamp = started ? ` timestamp="${escapeXml(started.slice(0, 19))}"` : "";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="chaos-action" tests="${results.length}" failures="${failures}" errors="0" time="${time}">`,
    `  <testsuite name="${escapeXml(name)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}"${timestamp}>`
  ];
  let left = Math.max(0, (options.maxBytes ?? DEFAULT_MAX_BYTES2) - 4096);
  for (const result of results) {
    let text2 = testcase(result, true).join("\n");
    if (Buffer.byteLength(text2, "utf8") > left) text2 = testcase(result, false).join("\n");
    left -= Buffer.byteLength(text2, "utf8");
    lines.push(text2);
  }
  lines.push("  </testsuite>", "</testsuites>", "");
  return lines.join("\n");
}
function seconds(value) {
  return (Number.isFinite(value) && value >= 0 ? value : 0).toFixed(3);
}
function testcase(result, details) {
  const title = escapeXml(oneLineCut(result.title, NAME_MAX2));
  const file = escapeXml(truncateText(result.file, NAME_MAX2));
  const open2 = `    <testcase name="${title}" classname="${file}" file="${file}" time="${seconds(result.duration)}"`;
  const out = [];
  if (result.verdict === "passed") {
    out.push(`${open2}>`);
  } else if (NEUTRAL_VERDICTS.includes(result.verdict)) {
    const message = oneLineCut(result.reason || result.verdict, MESSAGE_MAX);
    out.push(`${open2}>`, `      <skipped message="${escapeXml(message)}"/>`);
  } else {
    const verdict = VERDICT_TEXT[result.verdict] ?? String(result.verdict);
    const message = oneLineCut(result.reason || verdict, MESSAGE_MAX);
    const body = details ? escapeXml(failureBody(result)) : "";
    out.push(
      `${open2}>`,
      `      <failure type="${escapeXml(String(result.verdict))}" message="${escapeXml(message)}">${body}</failure>`
    );
  }
  const journal = result.journalPath ? `journal: ${result.journalPath}
` : "";
  const rollbacks = result.rollbacksRun.length ? `rollbacks run: ${truncateText(listWithTail(result.rollbacksRun, LIST_MAX), MESSAGE_MAX)}
` : "";
  if (details && (journal || rollbacks))
    out.push(`      <system-out>${escapeXml(journal + rollbacks)}</system-out>`);
  out.push("    </testcase>");
  return out;
}
function failureBody(result) {
  const lines = [`verdict: ${VERDICT_TEXT[result.verdict] ?? result.verdict}`];
  if (result.reason) lines.push(`reason: ${truncateText(result.reason, MESSAGE_MAX)}`);
  const deviating = deviatingProbes(result).map((p) => `${p.name} (${p.phase})`);
  if (deviating.length) {
    lines.push(`deviating probes: ${truncateText(listWithTail(deviating, LIST_MAX), MESSAGE_MAX)}`);
  }
  const findings = result.findings ?? [];
  for (const f of findings.slice(0, FINDINGS_MAX2)) {
    const where = truncateText(locationText(f.location), NAME_MAX2);
    const activity = oneLineCut(f.activity, NAME_MAX2);
    lines.push(
      `- [${f.phase}] ${f.kind} ${activity}: ${oneLineCut(f.message, FINDING_MAX)}${where ? ` (${where})` : ""}`
    );
  }
  if (findings.length > FINDINGS_MAX2) lines.push(`+${findings.length - FINDINGS_MAX2} more findings`);
  return lines.join("\n");
}

// src/reporters/index.ts
async function writeReports(summary, files) {
  const written = [];
  const write = async (path, text2) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text2, "utf8");
    written.push(path);
  };
  if (files.junit) await write(files.junit, renderJUnit(summary));
  if (files.report) {
    const reportDir = dirname(files.report);
    const journalLink = files.journalLink ?? ((r) => r.journalPath ? relative(reportDir, r.journalPath).split(sep).join("/") : void 0);
    await write(
      files.report,
      renderMarkdownReport(summary, {
        journalLink,
        ...files.links ? { links: files.links } : {},
        ...files.maxBytes === void 0 ? {} : { maxBytes: files.maxBytes }
      })
    );
  }
  if (files.json) await write(files.json, renderJsonSummary(summary));
  if (files.html) {
    const htmlDir = dirname(files.html);
    await write(
      files.html,
      renderHtmlReport(summary, {
        // Inside the artifact the journals sit next to the report: relative links work there.
        journalLink: (r) => r.journalPath ? relative(htmlDir, r.journalPath).split(sep).join("/") : void 0,
        ...files.links?.source ? { links: { source: files.links.source } } : {}
      })
    );
  }
  return written;
}

// src/session/execute.ts
import { join as join4 } from "node:path";

// src/engine/runner.ts
import { join as join2 } from "node:path";

// src/engine/journal-dir.ts
import { constants } from "node:fs";
import { mkdir as mkdir2, open, statfs, unlink } from "node:fs/promises";
import { dirname as dirname2, join, resolve } from "node:path";
var PSEUDO_FILESYSTEMS = /* @__PURE__ */ new Map([
  [40864, "proc"],
  [1650812274, "sysfs"],
  [1684170528, "debugfs"],
  [1935894131, "securityfs"],
  [2613483, "cgroup"],
  [1667723888, "cgroup2"]
]);
var JournalDirError = class extends UserError {
  constructor(message, cause) {
    super(message, {
      code: "CHAOS_JOURNAL_DIR",
      advice: "Give --journal-dir (the `journal-dir` input) a writable directory, e.g. chaos-journals.",
      cause
    });
    this.name = "JournalDirError";
  }
};
async function nearestExisting(path) {
  let current = path;
  for (let i = 0; i < 256; i++) {
    try {
      return { path: current, type: Number((await statfs(current)).type) };
    } catch {
      const parent = dirname2(current);
      if (parent === current) break;
      current = parent;
    }
  }
  return { path: current, type: 0 };
}
async function prepareJournalDir(dir, files = []) {
  const absolute = resolve(dir);
  const existing = await nearestExisting(absolute);
  const pseudo = PSEUDO_FILESYSTEMS.get(existing.type);
  if (pseudo !== void 0 || /^\/(proc|sys)(\/|$)/.test(absolute)) {
    throw new JournalDirError(
      `cannot write journals to ${absolute}: it is on a ${pseudo ?? "pseudo"} filesystem, where nothing is kept`
    );
  }
  try {
    await mkdir2(absolute, { recursive: true });
  } catch (error) {
    throw new JournalDirError(
      `cannot create the journal directory ${absolute}: ${reason(error)}`,
      error
    );
  }
  const names = files.map((f) => journalFileName(f));
  const longest = names.reduce((a, b) => b.length > a.length ? b : a, "x.journal.json");
  const probe = join(absolute, longest);
  try {
    const handle = await open(
      probe,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL
    ).catch(async (error) => {
      if (error.code !== "EEXIST") throw error;
      await (await open(probe, "a")).close();
      return void 0;
    });
    if (handle !== void 0) {
      await handle.close();
      await unlink(probe);
    }
  } catch (error) {
    throw new JournalDirError(`cannot write a journal in ${absolute}: ${reason(error)}`, error);
  }
}
function reason(error) {
  const code = error.code;
  switch (code) {
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way (not a directory)";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the filesystem is read-only";
    case "ENAMETOOLONG":
      return "the path or a journal file name is too long";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return errorMessage(error);
  }
}

// src/engine/hypothesis.ts
async function runSteadyState(hypothesis, ctx, opts) {
  const state = { steady_state_met: true, probes: [] };
  try {
    await evaluate(hypothesis, ctx, opts, state);
  } catch (error) {
    if (error instanceof InterruptedError) throw error;
    if (error instanceof ActivityAborted && error.run) state.probes.push(error.run);
    const last = state.probes[state.probes.length - 1];
    if (last) last.tolerance_met = false;
    state.steady_state_met = false;
    throw new HypothesisAborted(state, error);
  }
  if (state.steady_state_met) ctx.logger.info("Steady state hypothesis is met!");
  return state;
}
var HypothesisAborted = class extends Error {
  state;
  constructor(state, cause) {
    super(errorMessage(cause), { cause });
    this.name = "HypothesisAborted";
    this.state = state;
  }
};
async function evaluate(hypothesis, ctx, opts, state) {
  const probes = hypothesis.probes ?? [];
  for (const [index, entry] of probes.entries()) {
    if (opts.signal.aborted) throw new InterruptedError();
    const activity = ctx.resolve(entry);
    const path = ["steady-state-hypothesis", "probes", index];
    const run = await runActivity(activity, ctx, { path, signal: opts.signal, inRollback: false });
    state.probes.push(run);
    if (opts.signal.aborted) throw new InterruptedError();
    if (run.status === "failed") {
      run.tolerance_met = false;
      state.steady_state_met = false;
      ctx.logger.warning("Probe terminated unexpectedly, so its tolerance could not be validated");
      return;
    }
    run.tolerance_met = true;
    if (ctx.dry === "probes" || ctx.dry === "activities") continue;
    const declared = isRef(entry) ? entry.tolerance : entry.tolerance;
    const met = await withinTolerance(declared, run.output, {
      configuration: ctx.configuration,
      secrets: ctx.secrets,
      logger: ctx.logger,
      signal: opts.signal,
      runProbe: (probe) => runToleranceProbe(probe, ctx, opts.signal)
    });
    if (!met) {
      run.tolerance_met = false;
      state.steady_state_met = false;
      ctx.logger.warning(`Probe '${activity.name}' is not in the given tolerance`);
      return;
    }
  }
}
async function runToleranceProbe(probe, ctx, signal) {
  return runProviderOnly(probe, ctx, {
    path: ["steady-state-hypothesis"],
    signal,
    inRollback: false
  });
}
function hasProbes(hypothesis) {
  return Array.isArray(hypothesis?.probes) && hypothesis.probes.length > 0;
}
async function runContinuously(ctx, opts) {
  ctx.logger.info(
    `Executing the steady-state hypothesis continuously every ${opts.frequencySeconds} seconds`
  );
  let iteration = 1;
  let failed = 0;
  const wake = AbortSignal.any([opts.methodDone, opts.signal]);
  while (!opts.methodDone.aborted && !opts.signal.aborted) {
    if (opts.stopped()) break;
    const state = await runSteadyState(opts.hypothesis, ctx, {
      phase: "during",
      signal: opts.signal
    });
    opts.onState(state);
    if (!state.steady_state_met) {
      failed += 1;
      const ratio = failed * 100 / iteration;
      const last = state.probes[state.probes.length - 1];
      ctx.logger.warning(
        `Continuous steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance`
      );
      if (opts.failFast) {
        ctx.logger.info(
          `Terminating immediately the experiment after ${ratio.toFixed(1)}% hypothesis deviated`
        );
        opts.onFailFast();
        break;
      }
    }
    iteration += 1;
    await sleep(opts.frequencySeconds * 1e3, wake);
  }
}

// src/engine/run.ts
var PROGRESS_INTERVAL_MS = 100;
function resolveStrategies(experiment, options, logger) {
  const runtime = experiment.runtime ?? {};
  let hypothesis = options.hypothesisStrategy ?? runtime.hypothesis?.strategy ?? "default";
  if (hypothesis === "continously") {
    logger.warning("the 'continously' hypothesis strategy is spelled 'continuously' now");
    hypothesis = "continuously";
  }
  if (hypothesis === "continuous") hypothesis = "continuously";
  const frequency = options.hypothesisFrequency ?? runtime.hypothesis?.frequency ?? 1;
  return {
    rollback: options.rollbackStrategy ?? runtime.rollbacks?.strategy ?? "default",
    hypothesis,
    frequency: typeof frequency === "number" && frequency >= 0 ? frequency : 1,
    failFast: options.failFast ?? runtime.hypothesis?.fail_fast ?? false,
    dry: options.dry ?? null
  };
}
var BEFORE = ["default", "before-method-only", "continuously"];
var AFTER = ["default", "after-method-only", "continuously"];
var DURING = ["during-method-only", "continuously"];
var STOPPING = ["failed", "aborted", "interrupted"];
function refCache(experiment) {
  const cache = /* @__PURE__ */ new Map();
  const entries = [
    ...Array.isArray(experiment.method) ? experiment.method : [],
    ...experiment["steady-state-hypothesis"]?.probes ?? []
  ];
  for (const entry of entries) {
    if (entry && !isRef(entry) && typeof entry.name === "string")
      cache.set(entry.name, entry);
  }
  return cache;
}
async function runExperiment(loaded, options) {
  const logger = options.logger ?? silentLogger;
  const experiment = loaded.experiment;
  const env = options.env ?? process.env;
  const runId = options.runId ?? newRunId();
  const interrupt = options.signal ?? new AbortController().signal;
  const hard = options.hardSignal ?? new AbortController().signal;
  const runSignal = AbortSignal.any([interrupt, hard]);
  const configuration = loadConfiguration(
    experiment.configuration ?? {},
    options.vars?.configuration ?? {},
    env
  );
  const secrets = loadSecrets(experiment.secrets ?? {}, options.vars?.secrets ?? {}, env);
  const masker = options.masker ?? logger.masker ?? new SecretMasker();
  registerSecrets(secrets, masker, logger);
  const strategies = resolveStrategies(experiment, options, logger);
  const title = String(substitute(experiment.title, configuration, secrets));
  logger.info(`Running experiment: ${title}`);
  if (strategies.dry) logger.warning(`Running experiment with dry ${strategies.dry}`);
  logger.info(`Steady-state strategy: ${strategies.hypothesis}`);
  logger.info(`Rollbacks strategy: ${strategies.rollback}`);
  const startMs = preciseNow();
  const start = isoTimestamp(startMs);
  const tracked = [];
  const notify = () => options.onResourcesChanged?.([...tracked]);
  const resources = {
    track(resource) {
      tracked.push(resource);
      notify();
      return () => {
        const at = tracked.indexOf(resource);
        if (at >= 0) {
          tracked.splice(at, 1);
          notify();
        }
      };
    }
  };
  const stateMap = /* @__PURE__ */ new Map();
  const state = {
    get: (k) => stateMap.get(k),
    set: (k, v) => void stateMap.set(k, v)
  };
  const cache = refCache(experiment);
  const tracer = options.tracer ?? noopTracer;
  const ctx = {
    registry: options.registry,
    configuration,
    secrets,
    logger,
    dry: strategies.dry,
    runId,
    experimentFile: loaded.file,
    resources,
    state,
    locate: (path) => loaded.locate(path),
    tracer,
    span: options.parentSpan,
    resolve(entry) {
      if (!isRef(entry)) return entry;
      const target = cache.get(entry.ref);
      if (target === void 0)
        throw new Error(`referenced activity '${entry.ref}' could not be found in the experiment`);
      return target;
    }
  };
  const phase = (name, fn) => logger.group(name, async () => {
    const span = tracer.startSpan(name, { "chaos.phase": name }, options.parentSpan);
    const outer = ctx.span;
    ctx.span = span;
    try {
      return await fn();
    } catch (error) {
      tracer.end(span, {}, error);
      throw error;
    } finally {
      tracer.end(span);
      ctx.span = outer;
    }
  });
  const dynamic = await loadDynamicConfiguration(
    configuration,
    secrets,
    (activity, soFar) => runProviderOnly(
      activity,
      { ...ctx, configuration: soFar },
      { path: ["configuration"], signal: runSignal, inRollback: false }
    ),
    logger
  );
  for (const key of Object.keys(configuration)) delete configuration[key];
  Object.assign(configuration, dynamic);
  const rollbackController = new AbortController();
  const budgetMs = options.interruptRollbackBudgetMs ?? 6e3;
  let budgetTimer;
  const startBudget = () => {
    if (budgetTimer === void 0 && !rollbackController.signal.aborted) {
      budgetTimer = setTimeout(
        () => rollbackController.abort(
          new InterruptedError(`the rollback budget of ${budgetMs / 1e3} s running out`)
        ),
        budgetMs
      );
    }
  };
  const onHard = () => rollbackController.abort(
    hard.reason instanceof InterruptedError ? hard.reason : new InterruptedError("the hard stop (a second signal)")
  );
  if (hard.aborted) onHard();
  else hard.addEventListener("abort", onHard, { once: true });
  if (interrupt.aborted) startBudget();
  else interrupt.addEventListener("abort", startBudget, { once: true });
  let status = null;
  let deviated = false;
  let before = null;
  let after = null;
  const during = [];
  const runSlots = [];
  let rollbacks = [];
  let account;
  let rollbackEntries = [];
  const journalSoFar = (current) => ({
    "chaoslib-version": chaoslibVersion(),
    platform: platformString(),
    node: nodeName(),
    experiment: { ...experiment, title, dry: strategies.dry },
    start,
    status: current,
    deviated,
    steady_states: { before, after, during: [...during] },
    run: runSlots.filter((r) => r !== void 0),
    rollbacks: rollbackEntries.length ? rollbackEntries.flatMap((e) => e.run ? [e.run] : []) : rollbacks
  });
  let lastProgress = Number.NEGATIVE_INFINITY;
  let pendingProgress;
  const writeProgress = () => {
    pendingProgress = void 0;
    lastProgress = performance.now();
    try {
      options.onProgress?.(maskJournal(journalSoFar(null), masker));
    } catch (error) {
      logger.warning(`could not record the journal so far: ${errorMessage(error)}`);
    }
  };
  const progress = () => {
    if (options.onProgress === void 0 || pendingProgress !== void 0) return;
    const wait = PROGRESS_INTERVAL_MS - (performance.now() - lastProgress);
    if (wait <= 0) writeProgress();
    else pendingProgress = setTimeout(writeProgress, wait);
  };
  ctx.onActivity = progress;
  progress();
  const ssh = experiment["steady-state-hypothesis"];
  const withSsh = strategies.hypothesis !== "skip" && hasProbes(ssh);
  if (!withSsh) logger.info("No steady state hypothesis defined. That's ok, just exploring.");
  let abortMessage;
  const markAborted = (error) => {
    status = "aborted";
    abortMessage ??= errorMessage(error);
    logger.error(
      `Experiment ran into an unexpected fatal error, aborting now: ${errorMessage(error)}`
    );
  };
  try {
    let gatePassed = true;
    if (withSsh && BEFORE.includes(strategies.hypothesis)) {
      await phase("Steady-state hypothesis (before)", async () => {
        try {
          before = await runSteadyState(ssh, ctx, { phase: "before", signal: runSignal });
        } catch (error) {
          if (error instanceof HypothesisAborted) before = error.state;
          throw error;
        }
        if (!before.steady_state_met) {
          gatePassed = false;
          const last = before.probes[before.probes.length - 1];
          if (last?.status === "failed") status = "failed";
          logger.error(
            `Steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance so failing this experiment`
          );
        }
      });
    }
    if (gatePassed) {
      const methodDone = new AbortController();
      let loop = Promise.resolve();
      if (withSsh && DURING.includes(strategies.hypothesis)) {
        loop = runContinuously(ctx, {
          hypothesis: ssh,
          frequencySeconds: strategies.frequency,
          failFast: strategies.failFast,
          methodDone: methodDone.signal,
          signal: runSignal,
          stopped: () => STOPPING.includes(status),
          onState: (s) => during.push(s),
          onFailFast: () => {
            status = "failed";
          }
        }).catch((error) => {
          if (runSignal.aborted || error instanceof InterruptedError) return;
          if (error instanceof HypothesisAborted) during.push(error.state);
          markAborted(error);
        });
      }
      let methodAborted = false;
      try {
        await phase("Method", async () => {
          try {
            await runMethod(experiment.method ?? [], ctx, runSignal, runSlots, () => status);
          } catch (error) {
            if (error instanceof InterruptedError || runSignal.aborted) throw new InterruptedError();
            methodAborted = true;
            markAborted(error);
          }
        });
      } finally {
        methodDone.abort();
        await loop;
      }
      if (runSignal.aborted) throw new InterruptedError();
      if (!methodAborted && status !== "interrupted" && status !== "aborted" && withSsh && AFTER.includes(strategies.hypothesis)) {
        await phase("Steady-state hypothesis (after)", async () => {
          try {
            after = await runSteadyState(ssh, ctx, { phase: "after", signal: runSignal });
          } catch (error) {
            if (error instanceof HypothesisAborted) after = error.state;
            throw error;
          }
          if (!after.steady_state_met) {
            deviated = true;
            const last = after.probes[after.probes.length - 1];
            status = last?.status === "failed" ? "failed" : "completed";
            logger.error(
              `Steady state probe '${last?.activity.name ?? "?"}' is not in the given tolerance so failing this experiment`
            );
          }
        });
      }
    }
  } catch (error) {
    if (error instanceof InterruptedError || runSignal.aborted) {
      status = "interrupted";
      logger.warning("Received an interruption: stopping the experiment");
    } else {
      markAborted(error);
    }
  }
  if (runSignal.aborted) status = "interrupted";
  const interrupted = status === "interrupted";
  let play;
  switch (strategies.rollback) {
    case "always":
      play = true;
      break;
    case "never":
      play = false;
      break;
    case "deviated":
      play = deviated;
      break;
    default:
      play = status !== "failed" && status !== "interrupted";
  }
  if (interrupted && strategies.rollback !== "never") play = options.rollbackOnInterrupt ?? true;
  if (interrupted && strategies.rollback === "always") play = true;
  const stoppedBeforeRollbacks = play && hard.aborted;
  if (hard.aborted) play = false;
  const declaredRollbacks = experiment.rollbacks ?? [];
  if (play && declaredRollbacks.length > 0) {
    await phase("Rollbacks", async () => {
      rollbackEntries = declaredRollbacks.map((entry) => ({ name: rollbackName(entry) }));
      const outcome = await runRollbacks(
        declaredRollbacks,
        rollbackEntries,
        ctx,
        rollbackController.signal
      );
      rollbacks = outcome.runs;
      account = outcome.account;
      if (outcome.aborted !== void 0 && status !== "interrupted") markAborted(outcome.aborted);
      if (outcome.stopped) status = "interrupted";
    });
  } else if (declaredRollbacks.length > 0) {
    if (stoppedBeforeRollbacks) {
      const stoppedBy = errorMessage(rollbackController.signal.reason);
      account = accountRollbacks(
        declaredRollbacks.map((entry) => ({ name: rollbackName(entry) })),
        /* @__PURE__ */ new Set(),
        stoppedBy
      );
    }
    logger.info(
      `Rollbacks not played (strategy ${strategies.rollback}, status ${status ?? "completed"})`
    );
  }
  if (interrupt.aborted || hard.aborted) status = "interrupted";
  if (tracked.length > 0) {
    await phase("Cleanup", async () => {
      for (const resource of [...tracked].reverse()) {
        if (rollbackController.signal.aborted && hard.aborted) break;
        try {
          logger.info(`Undoing ${resource.kind}: ${resource.description}`);
          await resource.undo(rollbackController.signal);
          const at = tracked.indexOf(resource);
          if (at >= 0) {
            tracked.splice(at, 1);
            notify();
          }
        } catch (error) {
          logger.error(
            `Could not undo ${resource.kind} ${resource.description}: ${errorMessage(error)}`
          );
        }
      }
    });
  }
  clearTimeout(budgetTimer);
  clearTimeout(pendingProgress);
  hard.removeEventListener("abort", onHard);
  interrupt.removeEventListener("abort", startBudget);
  const endMs = preciseNow();
  const finalStatus = status ?? "completed";
  logger.info(`Experiment ended with status: ${deviated ? "deviated" : finalStatus}`);
  if (deviated) logger.info("The steady-state has deviated, a weakness may have been discovered");
  const journal = {
    ...journalSoFar(finalStatus),
    end: isoTimestamp(endMs),
    duration: secondsBetween(startMs, endMs)
  };
  if (abortMessage !== void 0) {
    Object.defineProperty(journal, ABORT_REASON, { value: abortMessage, enumerable: false });
  }
  const masked = maskJournal(journal, masker);
  if (account !== void 0) attachRollbackAccount(masked, masker.maskDeep(account));
  return masked;
}
function registerSecrets(values, masker, logger) {
  masker.add(values);
  logger.addSecret(values);
}
async function runMethod(method, ctx, signal, slots, currentStatus) {
  ctx.logger.info("Playing your experiment's method now...");
  ctx.state.set(METHOD_FOREGROUND_DONE, false);
  const background = [];
  let backgroundError;
  try {
    for (const [index, entry] of method.entries()) {
      if (signal.aborted) throw new InterruptedError();
      const activity = ctx.resolve(entry);
      const slot = slots.length;
      slots.push(void 0);
      const started = runActivity(activity, ctx, {
        path: ["method", index],
        signal,
        inRollback: false,
        onStart: (run) => {
          slots[slot] = run;
        }
      });
      if (activity.background) {
        background.push(
          started.then(
            () => void 0,
            (error) => {
              backgroundError ??= error;
            }
          )
        );
      } else {
        await started;
      }
      if (STOPPING.includes(currentStatus())) break;
    }
  } finally {
    ctx.state.set(METHOD_FOREGROUND_DONE, true);
    await Promise.all(background);
  }
  if (signal.aborted) throw new InterruptedError();
  if (backgroundError !== void 0) throw backgroundError;
}
function rollbackName(entry) {
  if (isRef(entry)) return entry.ref;
  return typeof entry.name === "string" ? entry.name : "?";
}
async function runRollbacks(declared, entries, ctx, signal) {
  const cut = /* @__PURE__ */ new Set();
  const background = [];
  let aborted;
  let stopped = false;
  const record = (error) => {
    if (error instanceof InterruptedError || signal.aborted) stopped = true;
    else aborted ??= error;
  };
  const settled = (entry) => {
    if (entry.run?.status === "failed" && signal.aborted) cut.add(entry.run);
  };
  for (const [index, item] of declared.entries()) {
    if (signal.aborted) {
      stopped = true;
      break;
    }
    const entry = entries[index];
    let activity;
    try {
      activity = ctx.resolve(item);
    } catch (error) {
      record(error);
      continue;
    }
    const started = runActivity(activity, ctx, {
      path: ["rollbacks", index],
      signal,
      inRollback: true,
      onStart: (run) => {
        entry.run = run;
      }
    }).then(
      () => settled(entry),
      (error) => {
        settled(entry);
        record(error);
      }
    );
    if (activity.background) background.push(started);
    else await started;
  }
  await Promise.all(background);
  if (signal.aborted) stopped = true;
  const stoppedBy = signal.aborted ? errorMessage(signal.reason) : void 0;
  return {
    runs: entries.flatMap((e) => e.run === void 0 ? [] : [e.run]),
    account: accountRollbacks(entries, cut, stoppedBy),
    stopped,
    ...aborted === void 0 ? {} : { aborted }
  };
}

// src/engine/verdict.ts
var NO_EFFECT_FINDING = "the fault reached nothing: nothing was proven";
function compact(value, max = 80) {
  let text2;
  try {
    text2 = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  } catch {
    text2 = String(value);
  }
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}
function describeOutput(output, tolerance) {
  if (tolerance !== null && typeof tolerance === "object" && !Array.isArray(tolerance)) {
    const t = tolerance;
    const targeted = typeof t.target === "string" && output !== null && typeof output === "object" && !Array.isArray(output) && t.target in output ? output[t.target] : void 0;
    if (t.type === "slo") {
      const base = targeted ?? output;
      const parts = sloObjectives(t).map(
        (o) => `${o.field} ${compact(readField(base, o.field) ?? null)}`
      );
      if (parts.length > 0) return parts.join(", ");
    }
    if (targeted !== void 0) return `${String(t.target)} ${compact(targeted)}`;
  }
  if (output !== null && typeof output === "object" && !Array.isArray(output) && "status" in output) {
    const o = output;
    return `status ${compact(o.status)}`;
  }
  return compact(output);
}
function entryName(entry) {
  if (entry === void 0 || entry === null) return void 0;
  const e = entry;
  return typeof e.ref === "string" && !("provider" in entry) ? e.ref : typeof e.name === "string" ? e.name : void 0;
}
function indexEntries(declared, runs) {
  const out = /* @__PURE__ */ new Map();
  let cursor = 0;
  for (const run of runs) {
    for (let i = cursor; i < declared.length; i++) {
      if (entryName(declared[i]) === run.activity.name) {
        out.set(run, i);
        cursor = i + 1;
        break;
      }
    }
  }
  return out;
}
function rollbacksRun(journal, dry) {
  const executed = journal.rollbacks.filter((r) => r.status !== void 0 && !skipsExecution(dry, r.activity.type)).map((r) => r.activity.name);
  const account = rollbackAccount(journal);
  return account ? account.ran.filter((name) => executed.includes(name)) : executed;
}
function dryReason(dry) {
  const what = {
    activities: "no fault, probe or rollback ran",
    actions: "no fault and no rollback ran",
    probes: "no probe ran, so no hypothesis was checked"
  };
  return `Dry run (--dry ${dry}): ${what[dry]}; nothing was proven (neither a pass nor a failure).`;
}
function judge(journal, loaded) {
  const experiment = loaded.experiment;
  const probes = experiment["steady-state-hypothesis"]?.probes ?? [];
  const { before, after, during } = journal.steady_states;
  const loc = (path) => {
    const location = loaded.locate(path);
    return location ? { location } : {};
  };
  const probeFinding = (phase, state, index) => {
    const run = state.probes[index];
    const declared = probes[index];
    const tolerance = declared?.tolerance ?? run.activity.tolerance;
    let message;
    if (run.status === "failed")
      message = `failed: ${exceptionMessage(run.exception) ?? "unknown error"}`;
    else if (run.tolerance_met === false)
      message = `tolerance ${compact(tolerance)} not met by ${describeOutput(run.output, tolerance)}`;
    else message = `tolerance ${compact(tolerance)} met by ${describeOutput(run.output, tolerance)}`;
    return {
      phase,
      activity: run.activity.name,
      kind: "probe",
      message,
      met: run.tolerance_met === true,
      ...loc(["steady-state-hypothesis", "probes", index])
    };
  };
  const lastProbe = (phase, state) => state.probes.length === 0 ? void 0 : probeFinding(phase, state, state.probes.length - 1);
  const methodIndex = indexEntries(experiment.method ?? [], journal.run);
  const rollbackIndex = indexEntries(experiment.rollbacks ?? [], journal.rollbacks);
  const activityFinding = (phase, run) => {
    const index = (phase === "method" ? methodIndex : rollbackIndex).get(run);
    const message = run.status === "failed" ? `failed: ${exceptionMessage(run.exception) ?? "unknown error"}` : run.status === void 0 ? "did not finish" : "succeeded";
    return {
      phase,
      activity: run.activity.name,
      kind: run.activity.type === "probe" ? "probe" : "action",
      message,
      ...index === void 0 ? {} : loc([phase === "method" ? "method" : "rollbacks", index])
    };
  };
  const failedRuns = journal.run.filter((r) => r.status === "failed").map((r) => activityFinding("method", r));
  const failedRollbacks = journal.rollbacks.filter((r) => r.status === "failed").map((r) => activityFinding("rollback", r));
  const duringMisses = during.filter((s) => !s.steady_state_met);
  const noEffect = [...journal.run, ...journal.rollbacks].filter((r) => r.status === "failed" && isNoEffectMessage(exceptionMessage(r.exception))).map((r) => {
    const finding = activityFinding(journal.run.includes(r) ? "method" : "rollback", r);
    const what = exceptionMessage(r.exception)?.slice(NO_EFFECT_PREFIX.length) ?? "";
    return { ...finding, message: `${NO_EFFECT_FINDING} (${what})` };
  });
  const dry = journal.experiment.dry ?? null;
  const dryRun = dry !== null && dry !== "pause";
  let verdict;
  let findings = [];
  let reason2;
  if (journal.status === "interrupted") {
    verdict = "interrupted";
    findings = [...failedRuns, ...failedRollbacks];
    const account = rollbackAccount(journal);
    const ran = rollbacksRun(journal, dry).length;
    const rollbacks = account ? describeRollbacks(account) : ran ? `${ran} rollback(s) ran` : void 0;
    reason2 = `The run was interrupted before it finished${rollbacks ? `; ${rollbacks}` : ""}.`;
  } else if (journal.status === "aborted") {
    verdict = "aborted";
    const why = abortReason(journal) ?? "an unexpected error (see the log)";
    const states = [];
    if (before) states.push(["before", before]);
    for (const d of during) states.push(["during", d]);
    if (after) states.push(["after", after]);
    const raised = (f) => {
      const prefix = `${f.kind} '${f.activity}' raised: `;
      return { ...f, message: `raised: ${why.startsWith(prefix) ? why.slice(prefix.length) : why}` };
    };
    const culprits = [];
    for (const [phase, state] of states) {
      const i = state.probes.findIndex((r) => r.status === void 0);
      if (i >= 0) culprits.push(raised(probeFinding(phase, state, i)));
    }
    for (const run of [...journal.run, ...journal.rollbacks]) {
      if (run.status !== void 0) continue;
      const phase = journal.run.includes(run) ? "method" : "rollback";
      culprits.push(raised(activityFinding(phase, run)));
    }
    if (culprits.length === 0) {
      for (const [phase, state] of states) {
        const last = state.probes[state.probes.length - 1];
        if (last && last.status === "succeeded" && last.tolerance_met === false) {
          culprits.push({
            ...probeFinding(phase, state, state.probes.length - 1),
            message: `tolerance could not be evaluated: ${why}`
          });
          break;
        }
      }
    }
    findings = culprits;
    const first = culprits[0];
    reason2 = first ? `The run was aborted: ${first.kind} '${first.activity}' ${first.message}.` : `The run was aborted by ${why}.`;
  } else if (dryRun) {
    verdict = "dry-run";
    findings = [...failedRuns, ...failedRollbacks];
    reason2 = dryReason(dry);
  } else if (before && !before.steady_state_met) {
    verdict = "not-steady";
    const f = lastProbe("before", before);
    findings = f ? [f] : [];
    reason2 = f ? `The steady-state hypothesis was not met before the method (probe '${f.activity}' ${f.message}), so nothing was tested.` : "The steady-state hypothesis was not met before the method, so nothing was tested.";
  } else if (noEffect.length > 0) {
    verdict = "failed";
    findings = [
      ...noEffect,
      ...failedRollbacks.filter(
        (f) => !noEffect.some((n) => n.activity === f.activity && n.phase === f.phase)
      )
    ];
    const first = noEffect[0];
    reason2 = `Action '${first.activity}': ${first.message}.`;
  } else if (after && !after.steady_state_met || duringMisses.length > 0) {
    verdict = "deviated";
    if (after && !after.steady_state_met) {
      const f = lastProbe("after", after);
      if (f) findings.push(f);
    }
    const byName = /* @__PURE__ */ new Map();
    for (const state of duringMisses) {
      const f = lastProbe("during", state);
      if (!f) continue;
      const seen = byName.get(f.activity);
      if (seen) seen.count += 1;
      else byName.set(f.activity, { finding: f, count: 1 });
    }
    for (const { finding, count } of byName.values()) {
      findings.push({
        ...finding,
        message: `${finding.message} (${count} of ${during.length} iterations)`
      });
    }
    const first = findings[0];
    const when = after && !after.steady_state_met ? "after the method" : "during the method";
    reason2 = first ? `The steady-state hypothesis deviated ${when}: probe '${first.activity}' ${first.message}.` : `The steady-state hypothesis deviated ${when}.`;
  } else if (failedRuns.length > 0 || failedRollbacks.length > 0) {
    verdict = "failed";
    findings = [...failedRuns, ...failedRollbacks];
    const first = findings[0];
    reason2 = `${first.phase === "rollback" ? "Rollback" : first.kind === "probe" ? "Probe" : "Action"} '${first.activity}' ${first.message}, so the result can't be trusted.`;
  } else if (journal.status === "failed") {
    verdict = "failed";
    reason2 = "The run ended with status failed.";
  } else if (!before && !after && during.length === 0) {
    verdict = "inconclusive";
    reason2 = "Every activity succeeded, but there was no steady-state hypothesis to check, so nothing was proven.";
  } else {
    verdict = "passed";
    const evidence = after ?? before;
    if (evidence)
      evidence.probes.forEach(
        (_, i) => findings.push(probeFinding(after ? "after" : "before", evidence, i))
      );
    reason2 = "The steady-state hypothesis held and every activity succeeded.";
  }
  return {
    file: loaded.file,
    title: journal.experiment.title,
    verdict,
    status: journal.status,
    deviated: journal.deviated,
    duration: journal.duration,
    journal,
    steadyBefore: before ? before.steady_state_met : null,
    steadyAfter: after ? after.steady_state_met : null,
    findings,
    rollbacksRun: rollbacksRun(journal, dry),
    reason: reason2
  };
}

// src/engine/runner.ts
async function runExperiments(experiments, options) {
  const logger = options.logger ?? silentLogger;
  const runId = options.runId ?? newRunId();
  const started = performance.now();
  const masker = options.masker ?? logger.masker ?? new SecretMasker();
  for (const loaded of experiments) {
    const secrets = declaredSecretValues(
      loaded.experiment.secrets,
      options.vars?.secrets,
      options.env ?? process.env
    );
    registerSecrets(secrets, masker, logger);
  }
  const placeholder = (loaded, status) => maskJournal(notRunJournal(loaded.experiment, status), masker);
  const results = [];
  const usedNames = /* @__PURE__ */ new Set();
  const unwrittenJournals = [];
  await prepareJournalDir(
    options.journalDir,
    experiments.map((e) => e.file)
  );
  const tracer = options.tracer ?? await createTracer(options.env ?? process.env, {
    onError: (message) => logger.warning(`tracing: ${message}`)
  });
  const journalPathFor = (loaded) => {
    const base = journalFileName(loaded.file);
    let name = base;
    for (let n = 2; usedNames.has(name); n++)
      name = base.replace(/\.journal\.json$/, `-${n}.journal.json`);
    usedNames.add(name);
    return join2(options.journalDir, name);
  };
  for (const [index, loaded] of experiments.entries()) {
    if (options.signal?.aborted || options.hardSignal?.aborted) {
      const result2 = {
        ...judge(placeholder(loaded, "interrupted"), loaded),
        reason: "Not started: the run was interrupted before this experiment."
      };
      results.push(result2);
      options.onResult?.(result2);
      continue;
    }
    options.onExperimentStart?.(loaded, index);
    logger.info(`Experiment ${index + 1}/${experiments.length}: ${loaded.file}`);
    let result;
    const span = tracer.startSpan("experiment", {
      "chaos.experiment.file": loaded.file,
      "chaos.experiment.title": masker.mask(String(loaded.experiment.title)),
      "chaos.run_id": runId
    });
    let journalPath;
    let progressFailed = false;
    let over = false;
    const onProgress = (partial) => {
      if (journalPath === void 0 || progressFailed || over) return;
      try {
        writeFileAtomicSync(journalPath, partialJournalFileContent(partial, runId));
      } catch (error) {
        progressFailed = true;
        logger.warning(`could not write the journal so far: ${errorMessage(error)}`);
      }
    };
    try {
      journalPath = journalPathFor(loaded);
    } catch (error) {
      logger.error(`could not prepare the journal of ${loaded.file}: ${errorMessage(error)}`);
    }
    try {
      const journal = await runExperiment(loaded, {
        ...options,
        masker,
        runId,
        tracer,
        parentSpan: span,
        onProgress
      });
      result = judge(journal, loaded);
    } catch (error) {
      logger.error(`${loaded.file}: ${errorMessage(error)}`);
      result = {
        ...judge(placeholder(loaded, "aborted"), loaded),
        reason: masker.mask(`The experiment could not start: ${errorMessage(error)}`)
      };
    }
    over = true;
    try {
      journalPath ??= journalPathFor(loaded);
      writeFileAtomicSync(
        journalPath,
        journalFileContent(result.journal, { runId, verdict: result.verdict })
      );
      result.journalPath = journalPath;
    } catch (error) {
      logger.error(`could not write the journal of ${loaded.file}: ${errorMessage(error)}`);
      unwrittenJournals.push(loaded.file);
    }
    tracer.end(span, {
      "chaos.experiment.title": result.title,
      "chaos.verdict": result.verdict,
      "chaos.status": result.status,
      "chaos.deviated": result.deviated,
      "chaos.reason": result.reason
    });
    logger.info(`${loaded.file}: ${result.verdict} (${result.reason})`);
    results.push(result);
    options.onResult?.(result);
  }
  await tracer.shutdown();
  const passed = results.filter((r) => r.verdict === "passed").length;
  return {
    runId,
    results,
    passed,
    notPassed: results.length - passed,
    verdict: summaryVerdict(results, unwrittenJournals.length),
    interrupted: results.some((r) => r.verdict === "interrupted"),
    duration: Math.round(performance.now() - started) / 1e3,
    unwrittenJournals
  };
}

// src/session/skipped.ts
function skippedResult(loaded, reason2) {
  const { title, description } = loaded.experiment;
  return {
    file: loaded.file,
    title,
    verdict: "skipped",
    status: "aborted",
    deviated: false,
    duration: 0,
    journal: notRunJournal({ title, description, method: [] }, "aborted"),
    steadyBefore: null,
    steadyAfter: null,
    findings: [],
    rollbacksRun: [],
    reason: reason2
  };
}

// src/session/baseline.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join as join3 } from "node:path";

// src/reporters/baseline.ts
var isDict2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var UNITS = /* @__PURE__ */ new Set(["ratio", "ms", "s", "number"]);
var MAX_EXPERIMENTS = 1e3;
var MAX_FIGURES = 200;
var MAX_TEXT = 500;
function text(value) {
  return typeof value === "string" && value.length <= MAX_TEXT ? value : void 0;
}
function finite2(value) {
  return typeof value === "number" && Number.isFinite(value) ? value : void 0;
}
function readFigure(raw) {
  if (!isDict2(raw)) return void 0;
  const key = text(raw.key);
  const value = finite2(raw.value);
  const unit = raw.unit;
  const better = raw.better;
  if (key === void 0 || value === void 0 || typeof unit !== "string" || !UNITS.has(unit))
    return void 0;
  if (better !== "lower" && better !== "higher") return void 0;
  const bound = finite2(raw.bound);
  return {
    key,
    label: text(raw.label) ?? key,
    value,
    unit,
    better,
    ...bound === void 0 ? {} : { bound }
  };
}
function readExperiment(raw) {
  if (!isDict2(raw)) return void 0;
  const file = text(raw.file);
  const title = text(raw.title) ?? "";
  const verdict = raw.verdict;
  if (file === void 0 || !VERDICTS.includes(verdict)) return void 0;
  const figures = Array.isArray(raw.figures) ? raw.figures.slice(0, MAX_FIGURES).map(readFigure).filter((f) => f !== void 0) : [];
  return { file, title, verdict, figures };
}
function readBaselineSummary(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (!isDict2(parsed) || !Array.isArray(parsed.experiments)) return void 0;
  return parsed.experiments.slice(0, MAX_EXPERIMENTS).map(readExperiment).filter((e) => e !== void 0);
}
function compareFigures(current, base, tolerance) {
  const baseByKey = new Map(base.map((f) => [f.key, f]));
  const out = current.map((now) => {
    const was = baseByKey.get(now.key);
    baseByKey.delete(now.key);
    const comparable = was !== void 0 && was.unit === now.unit && was.better === now.better;
    return {
      key: now.key,
      label: now.label,
      unit: now.unit,
      better: now.better,
      current: now.value,
      ...now.bound === void 0 ? {} : { bound: now.bound },
      ...comparable ? { base: was.value, delta: now.value - was.value } : {},
      regressed: comparable && isRegression(now, was.value, now.value, tolerance)
    };
  });
  for (const was of baseByKey.values()) {
    out.push({
      key: was.key,
      label: was.label,
      unit: was.unit,
      better: was.better,
      base: was.value,
      regressed: false
    });
  }
  return out;
}
function matchBase(result, base) {
  return base.find((b) => b.file === result.file) ?? base.find((b) => b.title === result.title);
}
function compareWithBaseline(results, base, options = {}) {
  const tolerance = options.tolerance ?? DEFAULT_REGRESSION_TOLERANCE;
  const experiments = results.map((result) => {
    const was = matchBase(result, base);
    return {
      file: result.file,
      title: result.title,
      verdict: result.verdict,
      ...was ? { baseVerdict: was.verdict } : {},
      figures: compareFigures(journalFigures(result.journal), was?.figures ?? [], tolerance)
    };
  });
  const regressions = experiments.reduce(
    (n, e) => n + e.figures.filter((f) => f.regressed).length,
    0
  );
  return {
    ...options.source === void 0 ? {} : { source: options.source },
    ...options.sourceUrl === void 0 ? {} : { sourceUrl: options.sourceUrl },
    tolerance,
    experiments,
    regressions
  };
}
function noBaseline(note, tolerance) {
  return {
    note,
    tolerance: tolerance ?? DEFAULT_REGRESSION_TOLERANCE,
    experiments: [],
    regressions: 0
  };
}

// src/session/baseline.ts
var SUMMARY = "summary.json";
var MAX_DEPTH = 3;
var MAX_SUMMARIES = 64;
var MAX_SUMMARY_BYTES = 32 * 1024 * 1024;
async function findSummaries(dir, depth = 0, out = []) {
  if (depth > MAX_DEPTH || out.length >= MAX_SUMMARIES) return out;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) if (e.isFile() && e.name === SUMMARY) out.push(join3(dir, e.name));
  for (const e of entries) {
    if (e.isDirectory() && out.length < MAX_SUMMARIES)
      await findSummaries(join3(dir, e.name), depth + 1, out);
  }
  return out;
}
async function readSummaries(path) {
  const info = await stat(path).catch(() => void 0);
  if (!info) return `no baseline: ${path} does not exist`;
  const files = info.isDirectory() ? await findSummaries(path) : [path];
  if (files.length === 0) return `no baseline: no ${SUMMARY} under ${path}`;
  const experiments = [];
  for (const file of files) {
    if ((await stat(file)).size > MAX_SUMMARY_BYTES) return `no baseline: ${file} is too big`;
    const read = readBaselineSummary(await readFile(file, "utf8"));
    if (!read) return `no baseline: ${file} is not a chaos-action summary`;
    experiments.push(...read);
  }
  return experiments;
}
async function loadBaseline(plan, results, tolerance) {
  if (plan.note !== void 0 || plan.path === void 0)
    return noBaseline(plan.note ?? "no baseline", tolerance);
  let base;
  try {
    base = await readSummaries(plan.path);
  } catch (error) {
    base = `no baseline: ${errorMessage(error)}`;
  }
  if (typeof base === "string") return noBaseline(base, tolerance);
  return compareWithBaseline(results, base, {
    tolerance,
    source: plan.source ?? plan.path,
    ...plan.sourceUrl === void 0 ? {} : { sourceUrl: plan.sourceUrl }
  });
}

// src/session/stop.ts
var STOP_DEFAULTS = {
  graceMs: 7e3,
  exitMs: 9500,
  timeoutGraceMs: 6e4,
  // GitHub kills 2.5 s after its SIGTERM, whenever that comes: exit by then, on our own terms.
  afterSecondSignalMs: 2e3
};
function installRunStop(options) {
  const { logger } = options;
  const graceMs = options.graceMs ?? STOP_DEFAULTS.graceMs;
  const exitMs = options.exitMs ?? STOP_DEFAULTS.exitMs;
  const soft = new AbortController();
  const hard = new AbortController();
  const timers = [];
  let reason2;
  let count = 0;
  const later = (ms, fn) => {
    timers.push(setTimeout(fn, ms).unref());
  };
  const stopRollbacks = (why) => {
    if (hard.signal.aborted) return;
    logger.warning(`${why}: stopping the rollbacks still running`);
    hard.abort(new InterruptedError(why));
  };
  let exiting = false;
  const forcedExit = (after) => {
    if (exiting) return;
    exiting = true;
    process.stderr.write(`chaos-action: did not stop within ${after}; exiting
`);
    try {
      options.onForcedExit?.();
    } finally {
      process.exit(1);
    }
  };
  const onSignal = (name) => {
    count++;
    if (count === 1) {
      reason2 ??= `received ${name}`;
      logger.warning(
        `${name} received: stopping the run; rollbacks run and journals are written. Send it again to stop at once.`
      );
      soft.abort(new InterruptedError(`the run was cancelled (${name})`));
      later(
        graceMs,
        () => stopRollbacks(`the rollback budget of ${graceMs / 1e3} s after ${name} running out`)
      );
      setTimeout(() => forcedExit(`${exitMs / 1e3} s`), exitMs).unref();
    } else if (count === 2) {
      stopRollbacks(`a second signal (${name})`);
      const bound = STOP_DEFAULTS.afterSecondSignalMs;
      setTimeout(() => forcedExit(`${bound / 1e3} s of the second signal`), bound).unref();
    } else {
      process.exit(1);
    }
  };
  const minutes = options.timeoutMinutes ?? 0;
  if (minutes > 0) {
    later(minutes * 6e4, () => {
      const name = options.timeoutName ?? "the time limit";
      reason2 ??= `${name} (${minutes} min) expired`;
      logger.error(`${name} (${minutes} min) expired: stopping the run`);
      soft.abort(new InterruptedError(`${name} expired`));
      const graceAfterLimit = options.timeoutGraceMs ?? STOP_DEFAULTS.timeoutGraceMs;
      later(
        graceAfterLimit,
        () => stopRollbacks(
          `the rollback budget of ${graceAfterLimit / 1e3} s after the time limit running out`
        )
      );
    });
  }
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: soft.signal,
    hardSignal: hard.signal,
    get reason() {
      return reason2;
    },
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
      for (const t of timers) clearTimeout(t);
    }
  };
}

// src/session/execute.ts
async function executeRun(plan, hooks) {
  const { logger } = hooks;
  const runId = plan.runId ?? newRunId();
  const journalDir = journalDirOf(plan);
  const ledger = ledgerPathFor(journalDir);
  const state = { selected: [] };
  const stop = installRunStop({
    logger,
    timeoutMinutes: plan.timeoutMinutes,
    timeoutName: hooks.spell("timeout-minutes"),
    onForcedExit: () => {
      state.ledger?.flush();
      hooks.onForcedExit?.();
    }
  });
  let error;
  try {
    await prepareJournalDir(journalDir);
    await hooks.onStart?.({ runId, journalDir, ledger });
    await runPlan(
      plan,
      hooks,
      { runId, journalDir, ledger, stop: stop.signal, hard: stop.hardSignal },
      state
    );
  } catch (caught) {
    error = caught;
    if (caught instanceof ExperimentValidationError) hooks.onValidationError?.(caught);
  } finally {
    state.ledger?.flush();
    stop.dispose();
    await state.registry?.close().catch(() => void 0);
    await state.services?.close().catch(() => void 0);
    if (hooks.teardownCluster !== false) {
      await state.session?.cluster.teardown().catch((e) => logger.warning(`cluster teardown: ${errorMessage(e)}`));
    }
  }
  const outcome = {
    runId,
    journalDir,
    selected: state.selected,
    ...state.summary ? { summary: state.summary } : {},
    verdict: state.summary ? overallVerdict(state.summary.results) : error ? "error" : "none",
    ...stop.reason ? { stopped: stop.reason } : {},
    ...error === void 0 ? {} : { error },
    reports: [],
    unwrittenJournals: state.summary?.unwrittenJournals ?? [],
    failed: false
  };
  if (state.summary && plan.baseline) {
    const baseline = await loadBaseline(
      plan.baseline,
      state.summary.results,
      plan.regressionTolerance
    );
    if (baseline.note !== void 0) logger.info(baseline.note);
    for (const line of regressionLines(baseline)) logger.warning(line);
    outcome.summary = { ...state.summary, baseline };
  }
  if (outcome.summary) await writePlannedReports(plan, outcome.summary, outcome, logger);
  outcome.failed = error !== void 0 || outcome.stopped !== void 0 || state.summary?.interrupted === true || outcome.reportError !== void 0 || outcome.unwrittenJournals.length > 0 || failsGate(
    state.summary?.results ?? [],
    plan.failOn,
    outcome.summary?.baseline?.regressions ?? 0
  );
  return outcome;
}
async function runPlan(plan, hooks, ctx, state) {
  const { logger } = hooks;
  checkClusterPlan(plan.cluster, hooks.spell);
  const prepared = await prepareRun(plan, {
    logger,
    ...hooks.createRegistry ? { createRegistry: hooks.createRegistry } : {}
  });
  state.selected = prepared.files;
  hooks.onSelected?.(prepared.files);
  if (prepared.files.length === 0) logger.info("no experiment selected: nothing to run");
  const { kubernetes } = partitionByKubernetes(prepared.loaded, plan.dry ?? null);
  if (wantsCluster(plan.cluster, kubernetes.length > 0) && !ctx.stop.aborted) {
    state.session = await logger.group(
      "Cluster",
      () => (hooks.openCluster ?? openRunCluster)(plan.cluster, {
        needsKubernetes: kubernetes.length > 0,
        logsDir: join4(ctx.journalDir, "cluster-logs"),
        logger,
        signal: ctx.stop,
        spell: hooks.spell
      })
    );
  }
  const skipped = state.session ? [] : kubernetes;
  const reason2 = skipReason(plan.cluster, hooks.spell);
  for (const l of skipped) logger.warning(`${l.file}: ${reason2}`);
  const runnable = prepared.loaded.filter((l) => !skipped.includes(l));
  if (state.session && kubernetes.length > 0) {
    const radius = sessionKubernetes(plan, state.session).allowedNamespaces;
    logger.info(
      `${kubernetes.length} experiment(s) use Kubernetes; faults allowed in ` + (radius ? radius.join(", ") : "the namespaces each experiment names")
    );
  }
  const kube = sessionKubernetes(plan, state.session);
  state.services = await openServiceRoutes({
    ...kube.kubeconfig ? { kubeconfig: kube.kubeconfig } : {},
    ...kube.context ? { context: kube.context } : {},
    portForwards: plan.cluster.portForwards,
    namespaces: state.session?.namespaces ?? [],
    logger
  });
  const registry = (hooks.createRegistry ?? planRegistry)(kube, state.services);
  state.registry = registry;
  await sweepLeftovers(ctx.ledger, registry, logger);
  const keepLedger = ledgerKeeper(ctx.ledger, ctx.runId, logger);
  state.ledger = keepLedger;
  const summary = await runExperiments(runnable, {
    journalDir: ctx.journalDir,
    runId: ctx.runId,
    registry,
    logger,
    signal: ctx.stop,
    hardSignal: ctx.hard,
    // The first signal stops the method; rollbacks still run, cut by our stop's hard signal.
    rollbackOnInterrupt: true,
    interruptRollbackBudgetMs: 6e4,
    vars: prepared.overrides,
    ...plan.rollbackStrategy ? { rollbackStrategy: plan.rollbackStrategy } : {},
    ...plan.hypothesisStrategy ? { hypothesisStrategy: plan.hypothesisStrategy } : {},
    ...plan.hypothesisFrequency === void 0 ? {} : { hypothesisFrequency: plan.hypothesisFrequency },
    failFast: plan.failFast,
    dry: plan.dry ?? null,
    env: process.env,
    onResourcesChanged: (resources) => {
      keepLedger(resources);
      hooks.onResourcesChanged?.(resources);
    }
  });
  state.summary = withSkipped(summary, prepared.loaded, skipped, reason2);
}
function withSkipped(summary, loaded, skipped, reason2) {
  if (skipped.length === 0) return summary;
  const ran = [...summary.results];
  const results = loaded.map((l) => skipped.includes(l) ? skippedResult(l, reason2) : ran.shift());
  const passed = results.filter((r) => r.verdict === "passed").length;
  return {
    ...summary,
    results,
    passed,
    notPassed: results.length - passed,
    verdict: summaryVerdict(results, summary.unwrittenJournals.length)
  };
}
async function writePlannedReports(plan, summary, outcome, logger) {
  const input = plan.shard ? { ...summary, shard: plan.shard } : summary;
  const written = await writeReportPlan(plan.reports, input, logger);
  outcome.reports = written.reports;
  if (written.error !== void 0) outcome.reportError = written.error;
}
async function writeReportPlan(reports, summary, logger) {
  const { json, junit, markdown, html, links } = reports;
  try {
    const written = await writeReports(summary, {
      ...links ? { links } : {},
      ...json ? { json } : {},
      ...junit ? { junit } : {},
      ...markdown ? { report: markdown } : {},
      ...html ? { html } : {}
    });
    for (const file of written) logger.info(`report written to ${file}`);
    return { reports: written };
  } catch (error) {
    const message = errorMessage(error);
    logger.error(`could not write a report: ${message}`);
    return { reports: [], error: message };
  }
}

export {
  prepareJournalDir,
  toJsonList,
  toJsonSummary,
  renderConsoleReport,
  executeRun,
  writeReportPlan
};
