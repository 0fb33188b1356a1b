import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  ClusterError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/cluster/download.ts
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { chmod, mkdir, rename, rm, stat } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file).on("error", reject).on("data", (c) => hash.update(c)).on("end", () => resolve(hash.digest("hex")));
  });
}
function parseChecksum(text, fileName) {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  for (const line of lines) {
    const m = /^([a-f0-9]{64})(?:\s+\*?(\S+))?$/i.exec(line);
    if (!m) continue;
    const name = m[2]?.split("/").pop();
    if (name === void 0 || name === fileName) return m[1]?.toLowerCase();
  }
  return void 0;
}
async function installPinned(pin, fetcher, logger) {
  const cached = await fetcher.find(pin.tool, pin.version);
  if (cached) return cached;
  let expected = pin.sha256?.toLowerCase();
  if (!expected && pin.sha256Url) {
    let text;
    try {
      text = await fetcher.text(pin.sha256Url);
    } catch (error) {
      throw new ClusterError(
        `cannot fetch the checksum of ${pin.tool} ${pin.version} from ${pin.sha256Url}: ${errorMessage(error)}`,
        `put ${pin.tool} on PATH instead, or check network access to ${new URL(pin.sha256Url).host}`
      );
    }
    expected = parseChecksum(text, pin.fileName);
    if (!expected)
      throw new ClusterError(
        `no sha256 for ${pin.fileName} in ${pin.sha256Url}`,
        `put ${pin.tool} on PATH instead`
      );
  }
  if (!expected)
    throw new ClusterError(
      `no checksum known for ${pin.tool} ${pin.version}: refusing an unverified download`
    );
  logger?.info(`downloading ${pin.tool} ${pin.version} from ${pin.url}`);
  let file;
  try {
    file = await fetcher.download(pin.url);
  } catch (error) {
    throw new ClusterError(
      `cannot download ${pin.tool} ${pin.version} from ${pin.url}: ${errorMessage(error)}`,
      `put ${pin.tool} on PATH instead, or check network access to ${new URL(pin.url).host}`
    );
  }
  const actual = await sha256File(file);
  if (actual !== expected) {
    await rm(file, { force: true });
    throw new ClusterError(
      `checksum mismatch for ${pin.tool} ${pin.version} from ${pin.url}: expected sha256 ${expected}, got ${actual}; the download was deleted`,
      "retry; if it persists the download is being tampered with or the pinned release changed"
    );
  }
  await chmod(file, 493);
  const final = await fetcher.cache(file, pin.tool, pin.version, pin.fileName);
  await chmod(final, 493);
  logger?.info(`${pin.tool} ${pin.version} verified (sha256 ${actual})`);
  return final;
}
function directoryFetcher(root = join(process.env.CHAOS_CACHE_DIR ?? join(homedir(), ".cache", "chaos-action"), "tools")) {
  const timeout = () => AbortSignal.timeout(5 * 6e4);
  return {
    async find(tool, version) {
      const dir = join(root, tool, version);
      try {
        const marker = join(dir, ".verified");
        await stat(marker);
        const bin = join(dir, tool);
        await stat(bin);
        return bin;
      } catch {
        return void 0;
      }
    },
    async download(url) {
      const response = await fetch(url, { redirect: "follow", signal: timeout() });
      if (!response.ok || !response.body)
        throw new Error(`HTTP ${response.status} ${response.statusText}`);
      const file = join(tmpdir(), `chaos-action-dl-${process.pid}-${Date.now()}`);
      await pipeline(Readable.fromWeb(response.body), createWriteStream(file));
      return file;
    },
    async text(url) {
      const response = await fetch(url, { redirect: "follow", signal: timeout() });
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
      return response.text();
    },
    async cache(file, tool, version) {
      const dir = join(root, tool, version);
      await mkdir(dir, { recursive: true });
      const bin = join(dir, tool);
      try {
        await rename(file, bin);
      } catch {
        await mkdir(dirname(bin), { recursive: true });
        await pipeline(createReadStream(file), createWriteStream(bin));
        await rm(file, { force: true });
      }
      await pipeline(Readable.from(["ok\n"]), createWriteStream(join(dir, ".verified")));
      return bin;
    }
  };
}

export {
  parseChecksum,
  installPinned,
  directoryFetcher
};
