import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-B55SEROJ.js";

// src/action/github/octokit.ts
var DEFAULT_API_URL = "https://api.github.com";
function createGitHubClient(token, apiUrl) {
  return getOctokit(token, { baseUrl: (apiUrl || DEFAULT_API_URL).replace(/\/+$/, "") });
}
function httpStatus(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function errorMessage(error) {
  const data = error?.response?.data;
  const message = data?.message;
  if (typeof message === "string" && message) return message;
  return error instanceof Error ? error.message : String(error);
}

export {
  createGitHubClient,
  httpStatus,
  errorMessage
};
