import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  createGitHubClient,
  errorMessage,
  httpStatus
} from "./chunk-P4YS7JV2.js";

// src/action/github/comment.ts
var COMMENT_BODY_LIMIT = 65536;
var MAX_COMMENT_PAGES = 100;
function commentMarker(workflow, job, step) {
  const clean = (s) => s.replace(/[\r\n]+/g, " ").replace(/-{2,}/g, "-").replace(/>/g, "").trim();
  const key = [workflow, job, ...step ? [step] : []].map(clean).join("/");
  return `<!-- chaos-action:${key} -->`;
}
function isOurComment(comment, marker) {
  return comment.user?.type === "Bot" && (comment.body ?? "").startsWith(marker);
}
function truncateBody(body, max = COMMENT_BODY_LIMIT, artifactUrl) {
  if (body.length <= max) return body;
  const where = artifactUrl ? `the [run artifact](${artifactUrl})` : "the run artifact";
  const note = `

> [!NOTE]
> This report was cut to fit GitHub's limit of ${max} characters. The full report is in ${where}.
`;
  if (note.length >= max) return safeSlice(body, max);
  let budget = max - note.length;
  for (let round = 0; round < 10; round++) {
    let cut = safeSlice(body, budget);
    const newline = cut.lastIndexOf("\n");
    if (newline > budget / 2) cut = cut.slice(0, newline);
    const closers = closeOpenBlocks(cut);
    const text = `${cut}${closers}${note}`;
    if (text.length <= max) return text;
    budget = cut.length - (text.length - max);
  }
  return safeSlice(body, max - note.length) + note;
}
function safeSlice(text, n) {
  if (n <= 0) return "";
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? n - 1 : n);
}
function closeOpenBlocks(text) {
  let fence;
  let details = 0;
  for (const line of text.split("\n")) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (m?.[1]) {
      if (fence === void 0) fence = m[1];
      else if (m[1].startsWith(fence[0] ?? "`") && m[1].length >= fence.length) fence = void 0;
      continue;
    }
    if (fence !== void 0) continue;
    details += (line.match(/<details[\s>]/gi) ?? []).length;
    details -= (line.match(/<\/details>/gi) ?? []).length;
  }
  let out = fence !== void 0 ? `
${fence}` : "";
  for (let i = 0; i < Math.min(Math.max(details, 0), 10); i++) out += "\n</details>";
  return out;
}
async function upsertStickyComment(params) {
  const { owner, repo, issueNumber, marker, logger } = params;
  const skip = (reason) => {
    logger.warning(`Pull request comment skipped: ${reason}`);
    return { action: "skipped", reason };
  };
  if (!params.token) return skip("no GitHub token was given");
  const max = params.maxLength ?? COMMENT_BODY_LIMIT;
  const text = params.body.startsWith(marker) ? truncateBody(params.body, max, params.artifactUrl) : `${marker}
${truncateBody(params.body, max - marker.length - 1, params.artifactUrl)}`;
  const octokit = createGitHubClient(params.token, params.apiUrl);
  const where = `${owner}/${repo}#${issueNumber}`;
  let phase = "list";
  try {
    let existing;
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100
    })) {
      existing = page.data.find((c) => isOurComment(c, marker));
      if (existing || ++pages >= MAX_COMMENT_PAGES) break;
    }
    if (existing) {
      phase = "update";
      try {
        const { data: data2 } = await octokit.rest.issues.updateComment({
          owner,
          repo,
          comment_id: existing.id,
          body: text
        });
        logger.info(`Updated the chaos report comment on ${where}: ${data2.html_url}`);
        return { action: "updated", url: data2.html_url, id: data2.id };
      } catch (error) {
        if (httpStatus(error) !== 403) throw error;
        logger.warning(
          `The chaos report comment ${existing.html_url} could not be edited (403 ${errorMessage(error)}); leaving it alone and writing a new one`
        );
      }
    }
    phase = "create";
    const { data } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: issueNumber,
      body: text
    });
    logger.info(`Commented the chaos report on ${where}: ${data.html_url}`);
    return { action: "created", url: data.html_url, id: data.id };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) {
      return skip(`${permissionAdvice(status, phase)}: ${status} ${errorMessage(error)}`);
    }
    throw new Error(`Could not comment on ${where}: ${errorMessage(error)}`, { cause: error });
  }
}
function permissionAdvice(status, phase) {
  if (status === 401) return "the token was refused";
  if (status === 404) return "the token cannot see this repository or pull request";
  if (phase === "create") {
    return "the token may not write to this pull request (a fork PR gets a read-only GITHUB_TOKEN; otherwise grant `pull-requests: write`)";
  }
  return phase === "list" ? "the token may not read the comments of this pull request (grant `pull-requests: read`)" : "the token may not edit the existing report comment";
}

export {
  COMMENT_BODY_LIMIT,
  commentMarker,
  isOurComment,
  truncateBody,
  upsertStickyComment
};
