import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  readField,
  sloObjectives,
  writeFileAtomicSync
} from "./chunk-QBFQIVR3.js";
import {
  VERDICT_EMOJI,
  VERDICT_TEXT,
  allDryRuns,
  countPassed,
  escapeHtml,
  escapeMarkdown,
  escapeUrl,
  formatDuration,
  listWithTail,
  locationText,
  steadyText,
  toSummaryInput,
  truncateText
} from "./chunk-4NCWL2DP.js";
import {
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/providers/ledger.ts
import { createHash } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
function writeLedgerSync(path, runId, resources) {
  const file = {
    runId,
    pid: process.pid,
    updated: (/* @__PURE__ */ new Date()).toISOString(),
    resources: resources.map(({ provider, kind, description, data }) => ({
      provider,
      kind,
      description,
      data
    }))
  };
  writeFileAtomicSync(path, `${JSON.stringify(file, null, 2)}
`);
}
async function readLedger(path) {
  const file = JSON.parse(await readFile(path, "utf8"));
  if (!Array.isArray(file.resources)) throw new Error("no resources list in the ledger");
  return {
    runId: String(file.runId ?? ""),
    pid: typeof file.pid === "number" ? file.pid : void 0,
    resources: file.resources
  };
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function sweepLeftovers(path, registry, logger, timeoutMs = 3e4) {
  if (!existsSync(path)) return;
  let ledger;
  try {
    ledger = await readLedger(path);
  } catch (error) {
    logger.warning(`could not read the resource ledger ${path}: ${errorMessage(error)}`);
    return;
  }
  if (ledger.resources.length === 0) return;
  if (ledger.pid !== void 0 && ledger.pid !== process.pid && isAlive(ledger.pid)) {
    logger.warning(
      `${path} lists ${ledger.resources.length} resource(s) of run ${ledger.runId}, which is still running (pid ${ledger.pid}): left alone`
    );
    return;
  }
  logger.info(`Undoing ${ledger.resources.length} resource(s) left by run ${ledger.runId}`);
  const left = [];
  for (const entry of ledger.resources) {
    const provider = registry.get(entry.provider);
    try {
      if (provider?.cleanupPersisted === void 0)
        throw new Error(`provider '${entry.provider}' cannot undo it`);
      await provider.cleanupPersisted(entry, { logger, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      left.push(entry);
      logger.warning(`could not undo ${entry.description}: ${errorMessage(error)}`);
    }
  }
  writeLedgerSync(path, ledger.runId, left);
}
function ledgerPathFor(journalDir, env = process.env) {
  const key = createHash("sha256").update(resolve(journalDir)).digest("hex").slice(0, 16);
  return join(env.RUNNER_TEMP || tmpdir(), "chaos-action-ledgers", `${key}.json`);
}
var LEDGER_INTERVAL_MS = 50;
function ledgerKeeper(path, runId, logger) {
  mkdirSync(dirname(path), { recursive: true });
  let warned = false;
  let last = Number.NEGATIVE_INFINITY;
  let latest;
  let timer;
  const write = () => {
    clearTimeout(timer);
    timer = void 0;
    const resources = latest;
    latest = void 0;
    if (resources === void 0) return;
    last = performance.now();
    try {
      writeLedgerSync(path, runId, resources);
    } catch (error) {
      if (!warned) logger.warning(`could not update the resource ledger: ${errorMessage(error)}`);
      warned = true;
    }
  };
  const keeper = (resources) => {
    latest = [...resources];
    if (timer !== void 0) return;
    const wait = LEDGER_INTERVAL_MS - (performance.now() - last);
    if (wait <= 0) write();
    else timer = setTimeout(write, wait);
  };
  return Object.assign(keeper, { flush: write });
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell2 = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size2 = stringLength(cell2);
        sizes2[columnIndex2] = size2;
        if (longestCellByColumn[columnIndex2] === void 0 || size2 > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size2;
        }
      }
      row2.push(cell2);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size2 = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell2 = before + "-".repeat(size2) + after;
    if (settings.alignDelimiters !== false) {
      size2 = before.length + size2 + after.length;
      if (size2 > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size2;
      }
      sizes[columnIndex] = size2;
    }
    row[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size2 = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size2);
        } else if (code === 99) {
          const half = size2 / 2;
          if (size2 % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size2);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/reporters/glance.ts
function isDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var OP_TEXT = {
  "<=": "\u2264",
  "<": "<",
  ">=": "\u2265",
  ">": ">",
  "==": "=",
  "!=": "\u2260"
};
function roundForReading(value) {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 100 || Number.isInteger(value)) return String(Math.round(value));
  const digits = abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return String(Number(value.toFixed(digits)));
}
function isPercent(objective) {
  return /%\s*$/.test(objective.text);
}
function unitOf(field) {
  if (/(_ms|Ms)$/.test(field)) return " ms";
  if (/(_seconds|_s|Seconds)$/.test(field)) return " s";
  return "";
}
function formatObjectiveValue(objective, value) {
  if (isPercent(objective)) return `${roundForReading(value * 100)} %`;
  return `${roundForReading(value)}${unitOf(objective.field)}`;
}
function objectiveText(objective) {
  return `${objective.field} ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)}`;
}
function scalarText(value) {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
}
function targetText(tolerance) {
  return typeof tolerance.target === "string" ? ` in ${tolerance.target}` : "";
}
function describeTolerance(tolerance) {
  if (typeof tolerance === "number") return String(tolerance);
  if (typeof tolerance === "boolean") return String(tolerance);
  if (typeof tolerance === "string") return JSON.stringify(tolerance);
  if (Array.isArray(tolerance)) {
    const [low, high] = tolerance;
    if (tolerance.length === 2 && typeof low === "number" && typeof high === "number")
      return `between ${low} and ${high}`;
    return `one of ${tolerance.map(scalarText).join(", ")}`;
  }
  if (!isDict(tolerance)) return "a tolerance";
  switch (tolerance.type) {
    case "slo":
      return sloObjectives(tolerance).map(objectiveText).join(", ") || "an empty SLO";
    case "jsonpath": {
      const path = String(tolerance.path ?? "$");
      if ("expect" in tolerance)
        return `${path}${targetText(tolerance)} = ${scalarText(tolerance.expect)}`;
      if (Array.isArray(tolerance.range))
        return `${path}${targetText(tolerance)} ${describeTolerance(tolerance.range)}`;
      if ("count" in tolerance)
        return `${path}${targetText(tolerance)} matches ${scalarText(tolerance.count)} values`;
      return `${path}${targetText(tolerance)} matches`;
    }
    case "regex":
      return `${tolerance.target === void 0 ? "output" : String(tolerance.target)} matches /${String(tolerance.pattern ?? "")}/`;
    case "range":
      return `${tolerance.target === void 0 ? "value" : String(tolerance.target)} ${describeTolerance(tolerance.range)}`;
    case "probe":
      return `checked by probe ${String(tolerance.name ?? "?")}`;
    default:
      return `a ${String(tolerance.type ?? "custom")} tolerance`;
  }
}
function outputTarget(tolerance, output) {
  if (typeof tolerance.target === "string" && isDict(output)) return output[tolerance.target];
  return output;
}
function sloOutcome(tolerance, runs) {
  const parts = [];
  const held = [];
  for (const objective of sloObjectives(tolerance)) {
    const values = runs.map((r) => readField(outputTarget(tolerance, r.output), objective.field)).filter((v) => v !== void 0);
    if (values.length === 0) {
      parts.push(
        `${objective.field} not measured (SLO ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)})`
      );
      continue;
    }
    const lowerIsBetter = objective.op === "<=" || objective.op === "<";
    const worst = lowerIsBetter ? Math.max(...values) : Math.min(...values);
    const text = `${objective.field} ${formatObjectiveValue(objective, worst)} (SLO ${OP_TEXT[objective.op]} ${formatObjectiveValue(objective, objective.bound)})`;
    if (breaks(objective, worst)) parts.push(text);
    else held.push(text);
  }
  return (parts.length > 0 ? parts : held).join(", ");
}
function breaks(objective, value) {
  switch (objective.op) {
    case "<=":
      return value > objective.bound;
    case "<":
      return value >= objective.bound;
    case ">=":
      return value < objective.bound;
    case ">":
      return value <= objective.bound;
    case "==":
      return value !== objective.bound;
    case "!=":
      return value === objective.bound;
  }
}
function outputText(output) {
  if (isDict(output) && "stdout" in output && typeof output.status === "number")
    return `exit ${output.status}`;
  if (isDict(output) && typeof output.status === "number") return `status ${output.status}`;
  return scalarText(output);
}
var PHASE_WORDS = {
  before: "before the method",
  during: "during the method",
  after: "after the method",
  method: "in the method",
  rollback: "in the rollbacks"
};
function probeRuns(journal, finding) {
  const states = journal?.steady_states;
  if (!states) return [];
  const all = finding.phase === "before" ? states.before?.probes ?? [] : finding.phase === "after" ? states.after?.probes ?? [] : finding.phase === "during" ? (states.during ?? []).flatMap((s) => s.probes) : [];
  return all.filter((r) => r.activity?.name === finding.activity);
}
function findingText(result, finding) {
  if (finding.kind !== "probe") return finding.message;
  const runs = probeRuns(result.journal, finding);
  const tolerance = runs[0]?.activity?.tolerance;
  if (runs.length === 0 || tolerance === void 0) return finding.message;
  if (runs.every((r) => r.status === "failed")) return finding.message;
  const judged = runs.filter((r) => typeof r.tolerance_met === "boolean");
  const missed = judged.filter((r) => r.tolerance_met === false);
  const counted = judged.length > 1 ? `, ${missed.length} of ${judged.length} checks missed` : "";
  const shown = missed.length > 0 ? missed : judged;
  if (isDict(tolerance) && tolerance.type === "slo") {
    return `${missed.length > 0 ? "broke" : "held"} the SLO${counted}: ${sloOutcome(tolerance, shown)}`;
  }
  const got = shown[0] ? outputText(outputTarget(isDict(tolerance) ? tolerance : {}, shown[0].output)) : "?";
  return `expected ${describeTolerance(tolerance)}, got ${got}${counted}`;
}
function unmetProbes(result) {
  return (result.findings ?? []).filter((f) => f.kind === "probe" && f.met === false);
}
function whyLine(result, max = 220) {
  const unmet = unmetProbes(result);
  const first = unmet[0];
  let text;
  if (first) {
    text = `${first.activity} ${PHASE_WORDS[first.phase]}: ${findingText(result, first)}`;
    if (unmet.length > 1) text += ` (+${unmet.length - 1} more)`;
  } else {
    text = result.reason ?? "";
  }
  const points = [...text];
  return points.length <= max ? text : `${points.slice(0, max - 1).join("")}\u2026`;
}
function sloThresholds(journal, loadName) {
  const hypothesis = journal.experiment?.["steady-state-hypothesis"];
  const out = {};
  for (const probe of hypothesis?.probes ?? []) {
    const provider = probe.provider;
    const tolerance = probe.tolerance;
    if (!isDict(provider) || provider.type !== "load" || !isDict(tolerance)) continue;
    if (tolerance.type !== "slo") continue;
    if (provider.name !== void 0 && provider.name !== loadName) continue;
    for (const o of sloObjectives(tolerance)) {
      if (o.op !== "<=" && o.op !== "<") continue;
      if (o.field === "p95_ms") out.p95Ms = Math.min(out.p95Ms ?? Infinity, o.bound);
      if (o.field === "error_rate") out.errorRate = Math.min(out.errorRate ?? Infinity, o.bound);
    }
  }
  return out;
}

// src/reporters/baseline-render.ts
var LABEL_MAX = 80;
function figureText(value, unit) {
  switch (unit) {
    case "ratio":
      return `${roundForReading(value * 100)} %`;
    case "ms":
      return `${roundForReading(value)} ms`;
    case "s":
      return `${roundForReading(value)} s`;
    case "number":
      return roundForReading(value);
  }
}
function signed(text, negative) {
  return `${negative ? "\u2212" : "+"}${text.replace(/^-/, "")}`;
}
function deltaText(f) {
  if (f.delta === void 0 || f.base === void 0) return "\u2014";
  if (f.delta === 0) return "\xB10";
  const abs = signed(figureText(f.delta, f.unit === "ratio" ? "ratio" : f.unit), f.delta < 0);
  if (f.base === 0) return abs;
  const rel = f.delta / Math.abs(f.base) * 100;
  return `${abs} (${signed(`${roundForReading(Math.abs(rel))} %`, rel < 0)})`;
}
function marginText(f) {
  if (f.bound === void 0 || f.current === void 0) return "";
  const margin = f.better === "lower" ? f.bound - f.current : f.current - f.bound;
  return figureText(margin, f.unit);
}
function toleranceText(t) {
  return `worse by more than ${roundForReading(t.relative * 100)} % and by more than ${roundForReading(t.absolute.ms)} ms (latencies), ${roundForReading(t.absolute.s)} s (durations), ${roundForReading(t.absolute.ratio * 100)} points (rates)`;
}
function verdictWord(verdict) {
  if (verdict === void 0) return "new";
  const emoji = VERDICT_EMOJI[verdict] ?? "";
  return `${emoji} ${verdict}`.trim();
}
function rowOf(f) {
  return {
    label: truncateText(f.label, LABEL_MAX),
    base: f.base === void 0 ? "\u2014" : figureText(f.base, f.unit),
    now: f.current === void 0 ? "\u2014" : figureText(f.current, f.unit),
    delta: deltaText(f),
    margin: marginText(f),
    regressed: f.regressed
  };
}
function headline(c) {
  if (c.regressions === 0) return "no figure got worse beyond the tolerance";
  return `${c.regressions} figure${c.regressions === 1 ? "" : "s"} got worse beyond the tolerance`;
}
function experimentMarkdown(e) {
  const title = `**${escapeMarkdown(truncateText(e.title, LABEL_MAX))}**: base ${verdictWord(e.baseVerdict)} \u2192 now ${verdictWord(e.verdict)}`;
  if (e.figures.length === 0) return `${title}; no figures to compare.
`;
  const rows = e.figures.map(rowOf).map((r) => [
    `${r.regressed ? "\u{1F53A} " : ""}${escapeMarkdown(r.label)}`,
    r.base,
    r.now,
    r.regressed ? `**${r.delta}**` : r.delta,
    r.margin
  ]);
  const table = markdownTable([["Figure", "Base", "Now", "\u0394", "SLO margin"], ...rows], {
    alignDelimiters: false
  });
  return `${title}

${table}
`;
}
function baselineMarkdown(c) {
  const heading = "\n\n### Compared with the baseline\n\n";
  if (c.note !== void 0) return `${heading}> [!NOTE]
> ${escapeMarkdown(c.note)}
`;
  const name = c.source ? escapeMarkdown(truncateText(c.source, 300)) : "";
  const linked = c.sourceUrl && name ? `[${name}](${escapeUrl(c.sourceUrl)})` : name;
  const source = linked ? `Baseline: ${linked}. ` : "";
  const lead = `${source}${c.regressions > 0 ? "\u{1F53A} " : ""}${headline(c)} (a regression is a figure ${toleranceText(c.tolerance)}).

`;
  return heading + lead + c.experiments.map(experimentMarkdown).join("\n");
}
function experimentHtml(e) {
  const title = `<p><strong>${escapeHtml(truncateText(e.title, LABEL_MAX))}</strong>: base ${escapeHtml(verdictWord(e.baseVerdict))} \u2192 now ${escapeHtml(verdictWord(e.verdict))}</p>`;
  if (e.figures.length === 0) return `${title}<p>No figures to compare.</p>`;
  const rows = e.figures.map(rowOf).map(
    (r) => `<tr${r.regressed ? ' class="regressed"' : ""}><td>${r.regressed ? "\u{1F53A} " : ""}${escapeHtml(r.label)}</td><td>${escapeHtml(r.base)}</td><td>${escapeHtml(r.now)}</td><td>${escapeHtml(r.delta)}</td><td>${escapeHtml(r.margin)}</td></tr>`
  ).join("");
  return `${title}<table class="baseline"><thead><tr><th>Figure</th><th>Base</th><th>Now</th><th>\u0394</th><th>SLO margin</th></tr></thead><tbody>${rows}</tbody></table>`;
}
function baselineHtml(c) {
  const heading = '<section class="baseline"><h2>Compared with the baseline</h2>';
  if (c.note !== void 0) return `${heading}<p class="note">${escapeHtml(c.note)}</p></section>`;
  const name = c.source ? escapeHtml(truncateText(c.source, 300)) : "";
  const source = name ? `Baseline: ${name}${c.sourceUrl ? ` (${escapeHtml(c.sourceUrl)})` : ""}. ` : "";
  return `${heading}<p>${source}${escapeHtml(headline(c))} (a regression is a figure ${escapeHtml(toleranceText(c.tolerance))}).</p>${c.experiments.map(experimentHtml).join("")}</section>`;
}
function regressionLines(c, max = 10) {
  const lines = [];
  for (const e of c.experiments) {
    for (const f of e.figures) {
      if (!f.regressed || f.base === void 0 || f.current === void 0) continue;
      lines.push(
        `regression: ${truncateText(e.title, LABEL_MAX)}: ${truncateText(f.label, LABEL_MAX)} ${figureText(f.base, f.unit)} -> ${figureText(f.current, f.unit)} (${deltaText(f)})`
      );
    }
  }
  if (lines.length > max) return [...lines.slice(0, max), `regression: ${lines.length - max} more`];
  return lines;
}

// src/reporters/timeline.ts
function parseTime(value) {
  if (typeof value !== "string" || value === "") return void 0;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? ms : void 0;
}
function providerOf(run) {
  const provider = run.activity?.provider;
  return provider && typeof provider === "object" ? provider : {};
}
function isFaultAction(run) {
  if (run.activity?.type !== "action") return false;
  const provider = providerOf(run);
  const type = provider.type;
  if (type === "load") return false;
  if (type === "proxy") return provider.action === "add-fault";
  if (type === "kubernetes") return provider.action !== "uncordon" && provider.restore !== true;
  return true;
}
function proxyRemoval(run) {
  const provider = providerOf(run);
  if (provider.type !== "proxy") return void 0;
  const proxy = typeof provider.proxy === "string" ? provider.proxy : "default";
  if (provider.action === "clear-faults" || provider.action === "stop")
    return { proxy, names: "all" };
  if (provider.action === "remove-fault")
    return { proxy, names: [String(provider.fault_name ?? "")] };
  return void 0;
}
function proxyFaultKey(run) {
  const provider = providerOf(run);
  const proxy = typeof provider.proxy === "string" ? provider.proxy : "default";
  const fault = provider.fault;
  const name = fault && typeof fault === "object" ? fault.name ?? fault.type : void 0;
  return `${proxy}\0${String(name ?? "")}`;
}
function spanOf(run, phase, fallback) {
  const start = parseTime(run.start) ?? fallback;
  let end = parseTime(run.end);
  if (end === void 0 && typeof run.duration === "number") end = start + run.duration * 1e3;
  return {
    phase,
    name: String(run.activity?.name ?? "?"),
    kind: run.activity?.type === "probe" ? "probe" : "action",
    start,
    end: Math.max(start, end ?? start),
    status: run.status === "failed" ? "failed" : "succeeded",
    ...typeof run.tolerance_met === "boolean" ? { met: run.tolerance_met } : {},
    background: run.activity?.background === true,
    fault: phase === "method" && isFaultAction(run) && run.status !== "failed"
  };
}
function faultWindows(method, rollbacks, journalEnd, journalStart) {
  const windows = [];
  const active = /* @__PURE__ */ new Set();
  let current;
  const events = method.map((run) => ({ run, start: parseTime(run.start) ?? journalStart })).sort((a, b) => a.start - b.start);
  for (const { run, start } of events) {
    const span = spanOf(run, "method", journalStart);
    if (span.fault) {
      const provider = providerOf(run);
      active.add(provider.type === "proxy" ? proxyFaultKey(run) : `other\0${span.name}`);
      if (!current) {
        current = { start, end: journalEnd, actions: [], open: true };
        windows.push(current);
      }
      if (!current.actions.includes(span.name)) current.actions.push(span.name);
      continue;
    }
    const removal = proxyRemoval(run);
    if (!removal || !current) continue;
    for (const key of [...active]) {
      const [proxy, name] = key.split("\0");
      if (proxy !== removal.proxy) continue;
      if (removal.names === "all" || removal.names.includes(name ?? "")) active.delete(key);
    }
    if (active.size === 0) {
      current.end = span.end;
      current.open = false;
      current = void 0;
    }
  }
  if (current) {
    const ends = rollbacks.map((r) => spanOf(r, "rollbacks", journalStart).end);
    if (ends.length > 0) {
      current.end = Math.max(...ends);
      current.open = false;
    }
  }
  return windows;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var num = (value) => typeof value === "number" && Number.isFinite(value) ? value : 0;
function loadSeriesOf(run) {
  const output = run.output;
  if (!isRecord(output) || !Array.isArray(output.series)) return void 0;
  const start = parseTime(output.started_at);
  if (start === void 0) return void 0;
  const points = [];
  for (const raw of output.series) {
    if (!isRecord(raw) || typeof raw.t !== "number") continue;
    const requests = num(raw.requests);
    const errors = num(raw.errors);
    points.push({
      t: raw.t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: num(raw.p95_ms)
    });
  }
  points.sort((a, b) => a.t - b.t);
  while (points.length > 0 && points[points.length - 1].requests === 0) points.pop();
  return {
    name: typeof output.load === "string" ? output.load : String(run.activity?.name ?? "load"),
    activity: String(run.activity?.name ?? "?"),
    start,
    points,
    requests: num(output.requests),
    errorRate: num(output.error_rate),
    p95: num(output.p95_ms),
    p99: num(output.p99_ms)
  };
}
function buildTimeline(journal) {
  const journalStart = parseTime(journal.start) ?? 0;
  const runs = [];
  const states = journal.steady_states;
  for (const run of states?.before?.probes ?? []) runs.push({ run, phase: "before" });
  for (const run of journal.run ?? []) runs.push({ run, phase: "method" });
  for (const state of states?.during ?? [])
    for (const run of state.probes ?? []) runs.push({ run, phase: "during" });
  for (const run of states?.after?.probes ?? []) runs.push({ run, phase: "after" });
  for (const run of journal.rollbacks ?? []) runs.push({ run, phase: "rollbacks" });
  const activities = runs.map(({ run, phase }) => spanOf(run, phase, journalStart));
  const lastEnd = Math.max(journalStart, ...activities.map((a) => a.end));
  const end = Math.max(parseTime(journal.end) ?? lastEnd, lastEnd);
  const phases = [];
  for (const phase of ["before", "method", "during", "after", "rollbacks"]) {
    const mine = activities.filter((a) => a.phase === phase);
    if (mine.length === 0) continue;
    phases.push({
      phase,
      start: Math.min(...mine.map((a) => a.start)),
      end: Math.max(...mine.map((a) => a.end))
    });
  }
  const loads = [];
  for (const { run } of runs) {
    const series = loadSeriesOf(run);
    if (series && series.points.length > 0) loads.push(series);
  }
  return {
    start: journalStart,
    end,
    phases,
    activities,
    faults: faultWindows(journal.run ?? [], journal.rollbacks ?? [], end, journalStart),
    loads
  };
}
function downsample(points, max) {
  if (points.length <= max) return [...points];
  const size2 = Math.ceil(points.length / max);
  const out = [];
  for (let i = 0; i < points.length; i += size2) {
    const group = points.slice(i, i + size2);
    const requests = group.reduce((n, p) => n + p.requests, 0);
    const errors = group.reduce((n, p) => n + p.errors, 0);
    out.push({
      t: group[0].t,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : 0,
      p95: Math.max(...group.map((p) => p.p95))
    });
  }
  return out;
}
function niceMax(value, floor) {
  const v = Math.max(value, floor);
  const exp = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * exp >= v) return step * exp;
  return 10 * exp;
}

// src/reporters/mermaid.ts
var FAULT_COLOR = "#f2b8b5";
var P95_COLOR = "#1f5fbf";
var ERROR_COLOR = "#c62828";
var SLO_COLOR = "#2e7d32";
function label(text, max = 60) {
  return truncateText(text.replace(/[^\w .,:()%/+-]+/g, " ").replace(/\s+/g, " "), max).trim();
}
function fmt(value) {
  if (!Number.isFinite(value)) return "0";
  return value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}
function faultMask(series, points, faults) {
  return points.map((p, i) => {
    const from = series.start + p.t * 1e3;
    const next = points[i + 1];
    const to = series.start + (next ? next.t : p.t + 1) * 1e3;
    return faults.some((f) => f.start < to && f.end > from);
  });
}
function chart(options) {
  const colors = [options.color, ...options.threshold === void 0 ? [] : [SLO_COLOR]];
  const palette = (options.mask ? [FAULT_COLOR, ...colors] : colors).join(", ");
  const lines = [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${label(options.title, 80)}"`,
    // Categories rather than a numeric range: each second gets a band the fault bar fills.
    `  x-axis "seconds since the experiment started" [${options.seconds.map((t) => `"${fmt(t)}"`).join(", ")}]`,
    `  y-axis "${label(options.yLabel)}" 0 --> ${fmt(options.yMax)}`
  ];
  if (options.mask) {
    lines.push(`  bar [${options.mask.map((on) => on ? fmt(options.yMax) : "0").join(", ")}]`);
  }
  lines.push(`  line [${options.values.map(fmt).join(", ")}]`);
  if (options.threshold !== void 0) {
    lines.push(`  line [${options.values.map(() => fmt(options.threshold)).join(", ")}]`);
  }
  lines.push("```");
  return lines.join("\n");
}
function journalThresholds(journal, load) {
  try {
    return sloThresholds(journal, load);
  } catch {
    return {};
  }
}
function sloNote(slo) {
  const parts = [];
  if (slo.p95Ms !== void 0) parts.push(`p95 \u2264 ${fmt(slo.p95Ms)} ms`);
  if (slo.errorRate !== void 0) parts.push(`error rate \u2264 ${fmt(slo.errorRate * 100)} %`);
  return parts.length ? ` Green line: the SLO (${parts.join(", ")}).` : "";
}
function secondsText(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function renderLoadCharts(journal, options = {}) {
  const maxPoints = Math.max(2, options.maxPoints ?? 60);
  const maxLoads = Math.max(1, options.maxLoads ?? 2);
  let timeline;
  try {
    timeline = buildTimeline(journal);
  } catch {
    return "";
  }
  const loads = timeline.loads.slice(0, maxLoads);
  if (loads.length === 0) return "";
  const parts = [];
  for (const series of loads) {
    const points = downsample(series.points, maxPoints);
    const mask = faultMask(series, points, timeline.faults);
    const shaded = mask.some(Boolean) ? mask : void 0;
    const offset = (series.start - timeline.start) / 1e3;
    const seconds = points.map((p) => p.t + offset);
    const name = series.name === "default" ? series.activity : series.name;
    const p95s = points.map((p) => p.p95);
    const errors = points.map((p) => p.errorRate * 100);
    const slo = journalThresholds(journal, series.name);
    const sloP95 = slo.p95Ms;
    const sloErrors = slo.errorRate === void 0 ? void 0 : slo.errorRate * 100;
    parts.push(
      `**Load ${escapeMarkdown(truncateText(name, 80))}**: ${series.requests} requests, error rate ${fmt(series.errorRate * 100)} %, p95 ${fmt(series.p95)} ms, p99 ${fmt(series.p99)} ms.`
    );
    const windows = timeline.faults.filter((f) => f.end > series.start).map(
      (f) => `${secondsText(Math.max(0, f.start - timeline.start))} to ${secondsText(f.end - timeline.start)}` + (f.actions.length ? ` (${escapeMarkdown(truncateText(f.actions.join(", "), 120))})` : "")
    );
    parts.push(
      windows.length > 0 ? `Shaded: fault in force from ${windows.slice(0, 3).join("; ")}${windows.length > 3 ? ` +${windows.length - 3} more` : ""}, counted from the experiment's start.${sloNote(slo)}` : "No fault window overlaps this load."
    );
    parts.push(
      chart({
        title: `p95 latency (ms), ${name}`,
        yLabel: "ms",
        yMax: niceMax(Math.max(...p95s, sloP95 ?? 0) * 1.1, 10),
        seconds,
        values: p95s,
        mask: shaded,
        color: P95_COLOR,
        threshold: sloP95
      }),
      chart({
        title: `error rate (%), ${name}`,
        yLabel: "%",
        yMax: Math.min(100, niceMax(Math.max(...errors, sloErrors ?? 0) * 1.1, 1)),
        seconds,
        values: errors,
        mask: shaded,
        color: ERROR_COLOR,
        threshold: sloErrors
      })
    );
  }
  if (timeline.loads.length > loads.length) {
    parts.push(`${timeline.loads.length - loads.length} more load(s) in the journal.`);
  }
  return parts.join("\n\n");
}

// src/reporters/markdown.ts
import { basename } from "node:path";
var GITHUB_COMMENT_LIMIT = 65536;
var CELL_MAX = 200;
var MESSAGE_MAX = 500;
function renderMarkdownReport(input, options = {}) {
  const summary = toSummaryInput(input);
  const maxBytes = Math.max(256, options.maxBytes ?? GITHUB_COMMENT_LIMIT);
  const results = summary.results;
  const links = {
    ...options.links,
    journal: options.links?.journal ?? options.journalLink
  };
  const head = `${options.heading ?? defaultHeading(summary)}

${runLine(summary, links)}`;
  const rows = results.map((r) => summaryRow(r, links));
  const baseline = summary.baseline ? baselineMarkdown(summary.baseline) : "";
  const sections = results.map((r) => detailsSection(r, links));
  const whole = `${head}${renderTable(rows)}${baseline}${sections.join("")}
`;
  if (size(whole) <= maxBytes) return whole;
  const note = (omitted) => `

> [!NOTE]
> Report truncated to stay under ${maxBytes} bytes: ${omitted} left out. The journals have every detail.
`;
  const reserve = size(note(`${results.length} of ${results.length} table rows and every section`));
  let shownRows = rows.length;
  let table = renderTable(rows);
  while (shownRows > 0 && size(head) + size(table) + reserve > maxBytes) {
    shownRows = Math.max(0, Math.min(shownRows - 1, Math.floor(shownRows * 0.9)));
    table = renderTable(rows.slice(0, shownRows));
  }
  let out = head + table;
  if (shownRows === rows.length && size(out) + size(baseline) + reserve <= maxBytes) out += baseline;
  let shownSections = 0;
  if (shownRows === rows.length) {
    for (const section of sections) {
      if (size(out) + size(section) + reserve > maxBytes) break;
      out += section;
      shownSections++;
    }
  }
  const missing = [];
  if (shownRows < rows.length)
    missing.push(`${rows.length - shownRows} of ${rows.length} table rows`);
  if (shownSections < sections.length) {
    missing.push(
      shownSections === 0 ? "every details section" : `${sections.length - shownSections} of ${sections.length} details sections`
    );
  }
  return out + note(missing.length > 0 ? missing.join(" and ") : "nothing");
}
function size(text) {
  return Buffer.byteLength(text, "utf8");
}
function defaultHeading(summary) {
  const total = summary.results.length;
  const passed = countPassed(summary.results);
  const interrupted = summary.interrupted ? " (interrupted)" : "";
  if (total === 0) return `### Chaos experiments: none ran${interrupted}`;
  if (passed === total) {
    return `### ${VERDICT_EMOJI.passed} Chaos experiments: ${total === 1 ? "the experiment" : `all ${total}`} passed${interrupted}`;
  }
  if (allDryRuns(summary.results)) {
    return `### ${VERDICT_EMOJI["dry-run"]} Chaos experiments: dry run, no fault and no rollback ran (nothing was proven)${interrupted}`;
  }
  return `### ${VERDICT_EMOJI.deviated} Chaos experiments: ${total - passed} of ${total} did not pass${interrupted}`;
}
function runLine(summary, links) {
  const parts = [];
  if (summary.runId) parts.push(`Run ${escapeMarkdown(truncateText(summary.runId, 80))}`);
  if (summary.duration !== void 0) parts.push(`took ${formatDuration(summary.duration)}`);
  const html = links.htmlReport;
  if (html) {
    const name = `\`${escapeMarkdown(truncateText(html.name, 80)).replace(/`/g, "'")}\``;
    const artifact = html.artifact ? ` (artifact ${escapeMarkdown(truncateText(html.artifact, 80))})` : "";
    parts.push(
      html.href ? `timelines and charts in [${name}](${escapeUrl(html.href)})${artifact}` : `timelines and charts in ${name}${artifact}`
    );
  }
  return parts.length ? `<sub>${parts.join(", ")}.</sub>

` : "";
}
var HEADER = ["Verdict", "Experiment", "Why", "Time"];
function renderTable(rows) {
  return markdownTable([HEADER, ...rows], { alignDelimiters: false });
}
function cell(text, max = CELL_MAX) {
  return escapeMarkdown(truncateText(text, max));
}
function summaryRow(result, links) {
  const href = links.source?.(result.file);
  const title = href ? `[${cell(result.title)}](${escapeUrl(href)})` : cell(result.title);
  return [
    `${VERDICT_EMOJI[result.verdict] ?? ""} ${VERDICT_TEXT[result.verdict] ?? cell(String(result.verdict))}`,
    href ? title : `${title}<br><sub>${cell(result.file)}</sub>`,
    cell(whyLine(result)) || "\u2014",
    formatDuration(result.duration)
  ];
}
function steadyCell(met) {
  if (met === null) return steadyText(met);
  return `${met ? "\u2705" : "\u274C"} ${steadyText(met)}`;
}
function journalCell(result, links) {
  const link = links.journal?.(result);
  const name = result.journalPath ? basename(result.journalPath) : "journal";
  if (link) return `[${cell(name)}](${escapeUrl(link)})`;
  return result.journalPath ? cell(result.journalPath) : "\u2014";
}
function whereCell(location, links) {
  if (!location) return "\u2014";
  const href = links.source?.(location.file, location.line);
  const text = cell(locationText(location));
  return href ? `[${text}](${escapeUrl(href)})` : text;
}
function detailsSection(result, links) {
  const summaryLine = `${VERDICT_EMOJI[result.verdict] ?? ""} ${escapeHtml(truncateText(result.title, CELL_MAX))}: ${escapeHtml(VERDICT_TEXT[result.verdict] ?? String(result.verdict))}`;
  const parts = [`

<details>
<summary>${summaryLine}</summary>

`];
  const facts = [
    `Steady state before: ${steadyCell(result.steadyBefore)}`,
    `after: ${steadyCell(result.steadyAfter)}`,
    `rollbacks run: ${result.rollbacksRun.length ? cell(listWithTail(result.rollbacksRun, 5)) : "none"}`,
    `journal: ${journalCell(result, links)}`
  ];
  parts.push(`${facts.join(" \xB7 ")}

`);
  const findings = result.findings ?? [];
  if (result.reason && !findings.some((f) => f.kind === "probe" && f.met === false)) {
    parts.push(`${cell(result.reason, MESSAGE_MAX)}

`);
  }
  if (findings.length > 0) {
    const rows = findings.map((f) => [
      cell(f.phase),
      `${cell(f.kind)} ${cell(f.activity)}`,
      `${f.met === void 0 ? "" : f.met ? "\u2705 " : "\u274C "}${cell(findingText(result, f), MESSAGE_MAX)}`,
      whereCell(f.location, links)
    ]);
    parts.push(
      markdownTable([["Phase", "Activity", "Result", "Where"], ...rows], {
        alignDelimiters: false
      }),
      "\n\n"
    );
  } else {
    parts.push("No probe or activity findings were recorded.\n\n");
  }
  const charts = result.journal ? renderLoadCharts(result.journal) : "";
  if (charts) parts.push(charts, "\n\n");
  parts.push("</details>");
  return parts.join("");
}

export {
  writeLedgerSync,
  readLedger,
  sweepLeftovers,
  ledgerPathFor,
  ledgerKeeper,
  findingText,
  whyLine,
  sloThresholds,
  baselineHtml,
  regressionLines,
  buildTimeline,
  downsample,
  niceMax,
  renderMarkdownReport
};
