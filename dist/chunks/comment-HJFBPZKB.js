import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  COMMENT_BODY_LIMIT,
  commentMarker,
  isOurComment,
  truncateBody,
  upsertStickyComment
} from "./chunk-SUOKSCLQ.js";
import "./chunk-P4YS7JV2.js";
import "./chunk-B55SEROJ.js";
import "./chunk-PVFK6F35.js";
import "./chunk-OLZTDE5K.js";
export {
  COMMENT_BODY_LIMIT,
  commentMarker,
  isOurComment,
  truncateBody,
  upsertStickyComment
};
