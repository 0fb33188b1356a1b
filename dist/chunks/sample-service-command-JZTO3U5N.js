import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/cli/sample-service-command.ts
import { parseArgs } from "node:util";
var SAMPLE_SERVICE_SUMMARY = "Serve the bundled sample service (/health, /api/items, /metrics, /admin/fault) until Ctrl-C.";
var SAMPLE_SERVICE_HELP = [
  "usage: chaos-action sample-service [--port N] [--host ADDRESS]",
  "",
  SAMPLE_SERVICE_SUMMARY,
  "The experiments in experiments/ probe it on http://127.0.0.1:8080.",
  "",
  "options:",
  "  --port N          Port to listen on; 0 picks a free one. (default: 8080)",
  "  --host ADDRESS    Address to listen on. (default: 127.0.0.1)",
  "",
  'POST /admin/fault {"latency_ms": 200, "error_rate": 0.5} breaks /api; DELETE /admin/fault repairs it.',
  "Prints the URL on stdout once listening; exits 0 on SIGINT or SIGTERM.",
  ""
].join("\n");
var ADVICE = "see chaos-action sample-service --help";
function parseSampleServiceArgs(argv) {
  let values;
  try {
    ;
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "127.0.0.1" }
      },
      strict: true,
      allowPositionals: false
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), ADVICE);
  }
  const port = Number(values.port);
  if (values.port.trim() === "" || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a whole number 0..65535, got ${values.port}`, ADVICE);
  }
  return { port, host: values.host };
}
async function sampleServiceCommand(argv, io) {
  const args = parseSampleServiceArgs(argv);
  const { startSampleService } = await import("./sample-service-4IVNVNTJ.js");
  let service;
  try {
    service = await startSampleService(args);
  } catch (error) {
    const code = error.code;
    if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new UsageError(
        `cannot listen on ${args.host}:${args.port} (${code})`,
        "pick another --port (0 picks a free one) or stop what holds it"
      );
    }
    throw error;
  }
  io.stdout(`${service.url}
`);
  io.stderr("sample service running; Ctrl-C stops it\n");
  const signal = await new Promise((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  await service.close();
  io.stderr(`sample service stopped (${signal})
`);
  return 0;
}
export {
  SAMPLE_SERVICE_HELP,
  SAMPLE_SERVICE_SUMMARY,
  parseSampleServiceArgs,
  sampleServiceCommand
};
