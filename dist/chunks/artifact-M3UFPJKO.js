import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import "./chunk-OLZTDE5K.js";

// src/action/github/artifact.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var BAD_PATH_CHARS = /[":<>|*?\r\n]/;
var BAD_NAME_CHARS = /[":<>|*?\r\n\\/]/g;
function safeArtifactName(name) {
  return name.replace(BAD_NAME_CHARS, "-").trim() || "chaos-results";
}
function artifactUrl(id, env = process.env) {
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return void 0;
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}
async function uploadRunArtifact(params) {
  const { logger } = params;
  if (!process.env.ACTIONS_RUNTIME_TOKEN || !process.env.ACTIONS_RESULTS_URL) {
    logger.warning(
      "Artifact upload skipped: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not running on a GitHub Actions runner)"
    );
    return {};
  }
  const root = resolve(params.rootDirectory);
  const files = [];
  for (const file of params.files) {
    const path = resolve(root, file);
    if (!existsSync(path)) {
      logger.warning(`Artifact: ${file} does not exist; left out`);
    } else if (BAD_PATH_CHARS.test(path.slice(root.length))) {
      logger.warning(`Artifact: ${file} has a character artifacts refuse (" : < > | * ?); left out`);
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) {
    logger.warning("Artifact upload skipped: no files to upload");
    return {};
  }
  const name = safeArtifactName(params.name);
  if (name !== params.name)
    logger.debug(`Artifact name ${JSON.stringify(params.name)} uploaded as ${JSON.stringify(name)}`);
  try {
    const { DefaultArtifactClient } = await import("./artifact-JC6ZW2A4.js");
    const client = new DefaultArtifactClient();
    const uploaded = await client.uploadArtifact(name, files, root, {
      ...params.retentionDays ? { retentionDays: params.retentionDays } : {}
    });
    const url = uploaded.id === void 0 ? void 0 : artifactUrl(uploaded.id);
    logger.info(`Uploaded artifact ${name} (${uploaded.size ?? "?"} bytes)${url ? `: ${url}` : ""}`);
    return {
      ...uploaded.id !== void 0 ? { id: uploaded.id } : {},
      ...uploaded.size !== void 0 ? { size: uploaded.size } : {},
      ...uploaded.digest ? { digest: uploaded.digest } : {},
      ...url ? { url } : {}
    };
  } catch (error) {
    logger.warning(
      `Artifact upload failed: ${error instanceof Error ? error.message : String(error)}`
    );
    return {};
  }
}
export {
  artifactUrl,
  safeArtifactName,
  uploadRunArtifact
};
