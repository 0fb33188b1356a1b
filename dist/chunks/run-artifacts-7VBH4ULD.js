import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  unzipSync
} from "./chunk-CKQIDB63.js";
import {
  createGitHubClient,
  errorMessage
} from "./chunk-P4YS7JV2.js";
import "./chunk-B55SEROJ.js";
import "./chunk-PVFK6F35.js";
import "./chunk-OLZTDE5K.js";

// src/action/github/run-artifacts.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
var MAX_PAGES = 10;
var MAX_ZIP_BYTES = 512 * 1024 * 1024;
var MAX_UNPACKED_BYTES = 2 * 1024 * 1024 * 1024;
var MAX_ENTRIES = 2e4;
var REQUEST_TIMEOUT_MS = 12e4;
function newestByName(listed) {
  const byName = /* @__PURE__ */ new Map();
  for (const a of listed) {
    const seen = byName.get(a.name);
    if (!seen || a.id > seen.id) byName.set(a.name, a);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}
function safeEntryPath(dir, entry) {
  const path = normalize(entry);
  if (isAbsolute(path) || path === ".." || path.startsWith(`..${sep}`)) return void 0;
  return join(dir, path);
}
async function unpack(zip, dir, logger) {
  let entries = 0;
  let bytes = 0;
  const files = unzipSync(zip, {
    filter: (file) => {
      entries += 1;
      bytes += file.originalSize;
      return entries <= MAX_ENTRIES && bytes <= MAX_UNPACKED_BYTES;
    }
  });
  if (entries > MAX_ENTRIES || bytes > MAX_UNPACKED_BYTES) {
    throw new Error(`it unpacks to more than ${MAX_ENTRIES} files or ${MAX_UNPACKED_BYTES} bytes`);
  }
  for (const [entry, data] of Object.entries(files)) {
    if (entry.endsWith("/")) continue;
    const path = safeEntryPath(dir, entry);
    if (!path) {
      logger.warning(
        `artifact entry ${JSON.stringify(entry)} points outside its directory; left out`
      );
      continue;
    }
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  }
}
async function downloadRunArtifacts(params) {
  const { logger } = params;
  const client = createGitHubClient(params.token, params.apiUrl);
  const repo = { owner: params.owner, repo: params.repo };
  const listed = [];
  try {
    let pages = 0;
    for await (const page of client.paginate.iterator(
      client.rest.actions.listWorkflowRunArtifacts,
      {
        ...repo,
        run_id: params.runId,
        per_page: 100,
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
      }
    )) {
      listed.push(...page.data);
      if (++pages >= MAX_PAGES) break;
    }
  } catch (error) {
    logger.error(
      `Could not list the artifacts of run ${params.runId} (the token needs actions: read): ${errorMessage(error)}`
    );
    return [];
  }
  const wanted = newestByName(listed.filter((a) => params.select(a.name)));
  const fetched = [];
  for (const artifact of wanted) {
    const dir = join(params.into, artifact.name);
    await mkdir(dir, { recursive: true });
    try {
      if (artifact.expired) throw new Error("it has expired");
      if (artifact.size_in_bytes > MAX_ZIP_BYTES) {
        throw new Error(`it is ${artifact.size_in_bytes} bytes, more than ${MAX_ZIP_BYTES}`);
      }
      const response = await client.rest.actions.downloadArtifact({
        ...repo,
        artifact_id: artifact.id,
        archive_format: "zip",
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
      });
      await unpack(new Uint8Array(response.data), dir, logger);
      logger.info(`Downloaded artifact ${artifact.name}`);
      fetched.push({ name: artifact.name, dir });
    } catch (error) {
      const problem = `could not download artifact ${artifact.name}: ${errorMessage(error)}`;
      logger.error(problem);
      fetched.push({ name: artifact.name, dir, problem });
    }
  }
  return fetched;
}
export {
  downloadRunArtifacts
};
