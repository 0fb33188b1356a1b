import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/cluster/process.ts
import { spawn } from "node:child_process";
import { access, constants } from "node:fs/promises";
import { delimiter, join } from "node:path";
var MAX_CAPTURE = 1024 * 1024;
function runCommand(file, args, o) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      env: o.env ?? process.env,
      ...o.cwd ? { cwd: o.cwd } : {},
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const lines = (chunk, into) => {
      const text = chunk.toString("utf8");
      if (into === "out") {
        if (stdout.length < MAX_CAPTURE) stdout += text;
        if (!o.echoStdout) return;
      } else if (stderr.length < MAX_CAPTURE) stderr += text;
      for (const line of text.split("\n")) if (line.trim()) o.logger?.info(line.trimEnd());
    };
    child.stdout.on("data", (c) => lines(c, "out"));
    child.stderr.on("data", (c) => lines(c, "err"));
    const kill = () => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, o.timeoutMs);
    const onAbort = () => kill();
    o.signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      o.signal?.removeEventListener("abort", onAbort);
      resolve({ code, signal, stdout, stderr, timedOut });
    });
  });
}
async function findOnPath(name, env = process.env) {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function tail(text, lines = 15) {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

export {
  runCommand,
  findOnPath,
  tail
};
