import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  truncateBody
} from "./chunk-SUOKSCLQ.js";
import {
  createGitHubClient,
  errorMessage,
  httpStatus
} from "./chunk-P4YS7JV2.js";
import "./chunk-B55SEROJ.js";
import {
  VERDICT_EMOJI,
  VERDICT_TEXT,
  escapeMarkdown,
  formatDuration,
  oneLine,
  steadyText,
  truncateText
} from "./chunk-4NCWL2DP.js";
import "./chunk-PVFK6F35.js";
import "./chunk-OLZTDE5K.js";

// src/action/github/checks.ts
var CHECK_OUTPUT_LIMIT = 65535;
var CHECK_CONCLUSION = {
  passed: "success",
  deviated: "failure",
  "not-steady": "failure",
  failed: "failure",
  aborted: "failure",
  interrupted: "cancelled",
  inconclusive: "failure",
  "dry-run": "neutral",
  skipped: "skipped"
};
var NAME_MAX = 120;
var TITLE_MAX = 200;
var FINDINGS_MAX = 50;
function checkRunNames(results) {
  const titles = results.map((r) => oneLine(r.title) || r.file);
  const count = /* @__PURE__ */ new Map();
  for (const t of titles) count.set(t, (count.get(t) ?? 0) + 1);
  return titles.map((t, i) => {
    const title = (count.get(t) ?? 0) > 1 ? `${t} (${results[i]?.file ?? i})` : t;
    return truncateText(`chaos: ${title}`, NAME_MAX);
  });
}
async function createCheckRuns(params) {
  const { owner, repo, logger } = params;
  const created = [];
  if (!params.token) {
    logger.warning("Check runs skipped: no GitHub token was given");
    return { created, skipped: true, reason: "no GitHub token was given" };
  }
  const octokit = createGitHubClient(params.token, params.apiUrl);
  const names = checkRunNames(params.results);
  const text = truncateBody(params.summaryMarkdown, CHECK_OUTPUT_LIMIT, params.detailsUrl);
  for (const [i, result] of params.results.entries()) {
    const name = names[i] ?? `chaos: ${i + 1}`;
    const conclusion = CHECK_CONCLUSION[result.verdict];
    const started = isoSeconds(result.journal?.start);
    const completed = isoSeconds(result.journal?.end);
    try {
      const { data } = await octokit.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: params.headSha,
        status: "completed",
        conclusion,
        ...started ? { started_at: started } : {},
        ...completed ? { completed_at: completed } : {},
        ...params.detailsUrl ? { details_url: params.detailsUrl } : {},
        external_id: result.file,
        output: {
          title: truncateText(
            `${VERDICT_TEXT[result.verdict]}: ${oneLine(result.reason)}`,
            TITLE_MAX
          ),
          summary: truncateBody(checkSummary(result), CHECK_OUTPUT_LIMIT, params.detailsUrl),
          ...text ? { text } : {}
        }
      });
      created.push({ name, conclusion, id: data.id, url: data.html_url ?? void 0 });
      logger.info(`Check run "${name}": ${conclusion}`);
    } catch (error) {
      const status = httpStatus(error);
      if (status === 401 || status === 403 || status === 404) {
        const reason = status === 403 ? `the token may not create check runs (a fork PR gets a read-only GITHUB_TOKEN; otherwise grant \`checks: write\`): ${status} ${errorMessage(error)}` : `${status} ${errorMessage(error)}`;
        logger.warning(`Check runs skipped: ${reason}`);
        return { created, skipped: true, reason };
      }
      throw new Error(`Could not create check run "${name}": ${errorMessage(error)}`, {
        cause: error
      });
    }
  }
  return { created, skipped: false };
}
function checkSummary(result) {
  const lines = [
    `### ${VERDICT_EMOJI[result.verdict]} ${escapeMarkdown(VERDICT_TEXT[result.verdict])}: ${escapeMarkdown(result.title)}`,
    "",
    escapeMarkdown(result.reason),
    "",
    `- File: ${escapeMarkdown(result.file)}`,
    `- Duration: ${formatDuration(result.duration)}`,
    `- Steady state before: ${steadyText(result.steadyBefore)}; after: ${steadyText(result.steadyAfter)}`
  ];
  if (result.rollbacksRun.length > 0) {
    lines.push(`- Rollbacks run: ${result.rollbacksRun.map(escapeMarkdown).join(", ")}`);
  }
  if (result.findings.length > 0) {
    lines.push("", "#### Findings", "");
    for (const f of result.findings.slice(0, FINDINGS_MAX)) {
      const mark = f.met === void 0 ? "" : f.met ? "\u2705 " : "\u274C ";
      const at = f.location ? ` (${escapeMarkdown(`${f.location.file}:${f.location.line}`)})` : "";
      lines.push(
        `- ${mark}${f.phase} ${f.kind} ${escapeMarkdown(f.activity)}: ${escapeMarkdown(f.message)}${at}`
      );
    }
    if (result.findings.length > FINDINGS_MAX) {
      lines.push(`- \u2026and ${result.findings.length - FINDINGS_MAX} more in the journal`);
    }
  }
  return `${lines.join("\n")}
`;
}
function isoSeconds(value) {
  if (!value) return void 0;
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) return void 0;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
export {
  CHECK_CONCLUSION,
  CHECK_OUTPUT_LIMIT,
  checkRunNames,
  checkSummary,
  createCheckRuns
};
