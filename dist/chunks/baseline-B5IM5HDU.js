import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  unzipSync
} from "./chunk-CKQIDB63.js";
import {
  createGitHubClient,
  errorMessage,
  httpStatus
} from "./chunk-P4YS7JV2.js";
import "./chunk-B55SEROJ.js";
import "./chunk-PVFK6F35.js";
import "./chunk-OLZTDE5K.js";

// src/action/github/baseline.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
var SUMMARY = "summary.json";
var MAX_RUNS = 5;
var MAX_ARTIFACTS = 16;
var MAX_ZIP_BYTES = 200 * 1024 * 1024;
var MAX_SUMMARY_BYTES = 32 * 1024 * 1024;
var DEFAULT_BUDGET_MS = 6e4;
var NON_BASE_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function matchesArtifact(name, wanted) {
  return name === wanted || name.startsWith(`${wanted}-`);
}
async function baseRuns(octokit, params, signal) {
  const { owner, repo } = params;
  const { data: run } = await octokit.rest.actions.getWorkflowRun({
    owner,
    repo,
    run_id: params.runId,
    request: { signal }
  });
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner,
    repo,
    workflow_id: run.workflow_id,
    branch: params.baseBranch,
    status: "completed",
    per_page: 20,
    request: { signal }
  });
  return data.workflow_runs.filter((r) => r.id !== params.runId && !NON_BASE_EVENTS.has(r.event)).slice(0, MAX_RUNS);
}
function summariesIn(zip) {
  const files = unzipSync(zip, {
    filter: (f) => (f.name === SUMMARY || f.name.endsWith(`/${SUMMARY}`)) && f.originalSize <= MAX_SUMMARY_BYTES
  });
  return Object.keys(files).sort().map((name) => files[name]);
}
async function downloadSummaries(octokit, params, run, signal) {
  const { owner, repo } = params;
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
    owner,
    repo,
    run_id: run.id,
    per_page: 100,
    request: { signal }
  });
  const artifacts = data.artifacts.filter((a) => !a.expired && matchesArtifact(a.name, params.artifactName)).filter((a) => a.size_in_bytes <= MAX_ZIP_BYTES).slice(0, MAX_ARTIFACTS);
  if (artifacts.length === 0) return void 0;
  let found = 0;
  for (const artifact of artifacts) {
    const response = await octokit.rest.actions.downloadArtifact({
      owner,
      repo,
      artifact_id: artifact.id,
      archive_format: "zip",
      request: { signal }
    });
    const zip = new Uint8Array(response.data);
    if (zip.byteLength > MAX_ZIP_BYTES) continue;
    for (const [i, summary] of summariesIn(zip).entries()) {
      const dir = join(params.destination, `${artifact.id}-${i}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, SUMMARY), summary);
      found++;
    }
  }
  return found;
}
function failureNote(error) {
  const status = httpStatus(error);
  if (status === 401 || status === 403)
    return `no baseline: the token may not read Actions runs (give the job \`actions: read\`): ${errorMessage(error)}`;
  return `no baseline: could not read the base branch's runs: ${errorMessage(error)}`;
}
async function fetchBaseline(params) {
  const signal = AbortSignal.timeout(params.budgetMs ?? DEFAULT_BUDGET_MS);
  const octokit = createGitHubClient(params.token, params.apiUrl);
  try {
    const runs = await baseRuns(octokit, params, signal);
    if (runs.length === 0)
      return { note: `no baseline: no completed run of this workflow on ${params.baseBranch}` };
    for (const run of runs) {
      const found = await downloadSummaries(octokit, params, run, signal);
      if (found === void 0) continue;
      if (found === 0)
        return { note: `no baseline: the artifact of run ${run.html_url} holds no ${SUMMARY}` };
      params.logger.info(`baseline: ${params.baseBranch} run ${run.html_url} (${found} summary)`);
      return {
        path: params.destination,
        source: `${params.baseBranch} at ${run.head_sha.slice(0, 7)}, run ${run.run_number}`,
        sourceUrl: run.html_url
      };
    }
    return {
      note: `no baseline: the last runs on ${params.baseBranch} kept no \`${params.artifactName}\` artifact`
    };
  } catch (error) {
    return { note: failureNote(error) };
  }
}
export {
  fetchBaseline
};
