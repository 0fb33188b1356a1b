import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  EXIT_NOT_PASSED,
  EXIT_PASSED,
  EXIT_USAGE,
  processIo
} from "./chunk-SMTWB7VB.js";
import {
  CHAOS_MESH_VERSION_HELP,
  DEFAULT_REGRESSION_TOLERANCE_TEXT,
  DRY_MODES,
  FAIL_ON,
  HYPOTHESIS_STRATEGIES,
  NAMESPACES_HELP,
  ROLLBACK_STRATEGIES,
  parseChaosMeshVersion,
  parseNamespaces,
  parseRegressionTolerance,
  parseShard,
  stripControls
} from "./chunk-HQIZOGGG.js";
import {
  VERSION
} from "./chunk-25EVSR2U.js";
import {
  CLUSTER_MODES
} from "./chunk-UTFX6C4B.js";
import {
  ExperimentValidationError,
  InternalError,
  UsageError,
  UserError,
  formatIssue
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/cli/options.ts
import { parseArgs } from "node:util";
var COMMANDS = [
  {
    name: "run",
    summary: "Run experiments, write their journals and report their verdicts.",
    operands: "<paths...>"
  },
  {
    name: "validate",
    summary: "Check experiments without running them; lists every problem with file:line:col.",
    operands: "<paths...>"
  },
  {
    name: "list",
    summary: "List the experiments the paths select, with the providers each needs.",
    operands: "<paths...>"
  },
  {
    name: "report",
    summary: "Merge the journal directories of a matrix's shards into one report and verdict; a missing shard fails.",
    operands: "<dirs...>",
    operandsHelp: "Each dir is one shard's journal directory (with its summary.json and journals).",
    only: ["fail-on", "json", "junit", "report", "html", "quiet", "verbose", "help"]
  }
];
function parseNonNegativeMinutes(value) {
  const n = Number(value.trim());
  return value.trim() !== "" && Number.isFinite(n) && n >= 0 ? n : void 0;
}
var nonNegativeNumber = (value) => value.trim() !== "" && Number.isFinite(Number(value)) && Number(value) >= 0 ? void 0 : "expected a number of seconds (0 or more)";
var OPTIONS = [
  {
    name: "journal-dir",
    type: "string",
    arg: "DIR",
    default: "chaos-journals/",
    help: "Where journals are written, one per experiment.",
    commands: ["run"]
  },
  {
    name: "shard",
    type: "string",
    arg: "I/N",
    check: (value) => parseShard(value) ? void 0 : "expected 'i/n' with 1 <= i <= n, e.g. '1/3'",
    help: "Only one shard of the experiment files (sorted by path, dealt round-robin), e.g. 2/3."
  },
  {
    name: "only",
    type: "string",
    multiple: true,
    arg: "TITLE|FILE",
    help: "Only the experiments with this title or file name (each must match one). Repeatable."
  },
  {
    name: "var",
    type: "string",
    multiple: true,
    arg: "KEY[:TYPE]=VALUE",
    help: "Override a configuration value (TYPE: str, int, float, bool, json, bytes). Repeatable."
  },
  {
    name: "var-file",
    type: "string",
    multiple: true,
    arg: "FILE",
    help: "Configuration and secrets from a JSON or YAML file ({configuration, secrets}). Repeatable; later files win, --var wins over files."
  },
  {
    name: "rollback-strategy",
    type: "string",
    arg: "STRATEGY",
    choices: ROLLBACK_STRATEGIES,
    help: "When rollbacks run.",
    commands: ["run"]
  },
  {
    name: "hypothesis-strategy",
    type: "string",
    arg: "STRATEGY",
    choices: HYPOTHESIS_STRATEGIES,
    help: "When the steady-state hypothesis is checked.",
    commands: ["run"]
  },
  {
    name: "hypothesis-frequency",
    type: "string",
    arg: "SECONDS",
    check: nonNegativeNumber,
    help: "Pause between checks of a continuous hypothesis (default 1).",
    commands: ["run"]
  },
  {
    name: "fail-fast",
    type: "boolean",
    help: "Stop the method at the first deviation of a continuous hypothesis.",
    commands: ["run"]
  },
  {
    name: "dry",
    type: "string",
    arg: "MODE",
    choices: DRY_MODES,
    help: "Skip activities of a kind (probes, actions, activities) or every pause (pause).",
    commands: ["run"]
  },
  {
    name: "fail-on",
    type: "string",
    arg: "WHEN",
    choices: FAIL_ON,
    default: "not-passed",
    help: "Which verdicts make the exit status 1: not-passed (any but passed, skipped and dry-run), deviated, regression (not-passed, or a figure worse than the --baseline beyond --regression-tolerance), or never.",
    commands: ["run", "report"]
  },
  {
    name: "baseline",
    type: "string",
    arg: "DIR",
    help: "Compare with an earlier run: its summary.json, or a directory holding it (an artifact). The reports show each figure's delta; none found is a note, never a failure.",
    commands: ["run"]
  },
  {
    name: "regression-tolerance",
    type: "string",
    arg: "TOLERANCE",
    default: DEFAULT_REGRESSION_TOLERANCE_TEXT,
    check: (value) => parseRegressionTolerance(value) === void 0 ? "expected parts like 10%, 5ms, 1s, 0.1pp (relative, latencies, durations, rates)" : void 0,
    help: "How much worse than the baseline a figure may get: worse by more than N% and by more than the unit part (5ms latencies, 1s durations, 0.1pp rates).",
    commands: ["run"]
  },
  {
    name: "timeout",
    type: "string",
    arg: "MINUTES",
    check: (value) => parseNonNegativeMinutes(value) === void 0 ? "expected a number of minutes (0 or more)" : void 0,
    help: "Stop the run like a Ctrl-C after this many minutes (rollbacks still run); 0: no limit.",
    commands: ["run"]
  },
  {
    name: "json",
    type: "boolean",
    help: "Print only JSON to stdout (run: the results; validate: the files and problems; list: the experiments); the log goes to stderr."
  },
  {
    name: "junit",
    type: "string",
    arg: "FILE",
    help: "Also write a JUnit XML report.",
    commands: ["run"]
  },
  {
    name: "report",
    type: "string",
    arg: "FILE",
    help: "Also write the markdown summary table.",
    commands: ["run"]
  },
  {
    name: "html",
    type: "string",
    arg: "FILE",
    help: "Also write a self-contained HTML report: summary, timelines, load charts and journals.",
    commands: ["run"]
  },
  {
    name: "cluster",
    type: "string",
    arg: "MODE",
    choices: CLUSTER_MODES,
    default: "auto",
    help: "Cluster for Kubernetes experiments: existing (KUBECONFIG), kind (created, then deleted), kwok (the local control plane of npm run cluster:up), none (they are skipped), or auto (existing when reachable, else they are skipped; only --cluster kind creates a cluster).",
    commands: ["run"]
  },
  {
    name: "kubeconfig",
    type: "string",
    arg: "FILE",
    help: "Kubeconfig for cluster existing/auto (default KUBECONFIG, ~/.kube/config, in-cluster)."
  },
  {
    name: "context",
    type: "string",
    arg: "NAME",
    help: "Kubeconfig context to use instead of the current one."
  },
  {
    name: "deploy",
    type: "string",
    arg: "PATH|COMMAND",
    help: "Manifests (file or directory, server-side applied) or a command that deploys the app once the cluster is ready; its rollouts are awaited.",
    commands: ["run"]
  },
  {
    name: "deploy-timeout",
    type: "string",
    arg: "SECONDS",
    default: "300",
    check: (value) => /^[1-9]\d*$/.test(value.trim()) ? void 0 : "expected a whole number of seconds (1 or more)",
    help: "Seconds for the deploy and its rollouts.",
    commands: ["run"]
  },
  {
    name: "kind-config",
    type: "string",
    arg: "FILE",
    help: "A kind Cluster config file for --cluster kind (nodes, port mappings...).",
    commands: ["run"]
  },
  {
    name: "kind-node-image",
    type: "string",
    arg: "IMAGE",
    help: "The kind node image for --cluster kind (e.g. kindest/node:v1.35.0@sha256:...).",
    commands: ["run"]
  },
  {
    name: "install-chaos-mesh",
    type: "string",
    arg: "VERSION",
    check: (value) => parseChaosMeshVersion(value) === void 0 ? `expected ${CHAOS_MESH_VERSION_HELP}` : void 0,
    help: "Install Chaos Mesh (latest, or a chart version) into the kind cluster this run creates.",
    commands: ["run"]
  },
  {
    name: "port-forward",
    type: "string",
    multiple: true,
    arg: "[NS/]svc/NAME:[LOCAL:]PORT",
    help: "Open 127.0.0.1:LOCAL to port PORT of a Service (a Ready pod per connection, through the API server) for tools that are not ours; e.g. svc/web:8080:80. Repeatable.",
    commands: ["run"]
  },
  {
    name: "allowed-namespaces",
    type: "string",
    arg: "NS[,NS...]",
    check: (value) => parseNamespaces(value) === void 0 ? `expected ${NAMESPACES_HELP}` : void 0,
    help: "Namespaces faults may touch (* for all but the system ones). Default: the namespaces the deploy touched, else the ones each experiment names."
  },
  {
    name: "allow-kube-system",
    type: "boolean",
    help: "Let faults reach kube-system, kube-public and kube-node-lease."
  },
  {
    name: "max-pods-per-action",
    type: "string",
    arg: "N",
    check: (value) => /^[1-9]\d*$/.test(value.trim()) ? void 0 : "expected a whole number of pods (1 or more)",
    help: "Most pods one action may kill, evict or scale away (default 10)."
  },
  {
    name: "keep-cluster",
    type: "boolean",
    help: "Leave a cluster this run created (kind, kwok) running.",
    commands: ["run"]
  },
  { name: "quiet", short: "q", type: "boolean", help: "Only warnings, errors and the summary." },
  { name: "verbose", short: "v", type: "boolean", help: "Debug logging with timestamps." },
  { name: "help", short: "h", type: "boolean", help: "Show help." }
];
function optionsFor(command) {
  const only = COMMANDS.find((c) => c.name === command)?.only;
  if (only) return OPTIONS.filter((o) => only.includes(o.name));
  return OPTIONS.filter((o) => !o.commands || o.commands.includes(command));
}
function isCommand(name) {
  return COMMANDS.some((c) => c.name === name);
}
function parseCommand(command, args) {
  const specs = optionsFor(command);
  const config = {};
  for (const spec of specs) {
    config[spec.name] = {
      type: spec.type,
      ...spec.short ? { short: spec.short } : {},
      ...spec.multiple ? { multiple: true } : {}
    };
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: config,
      strict: true,
      allowPositionals: true
    });
  } catch (error) {
    throw new UsageError(
      `${command}: ${parseArgsReason(error)}`,
      `see chaos-action ${command} --help`
    );
  }
  const values = { ...parsed.values };
  for (const spec of specs) {
    const value = values[spec.name];
    if (value === void 0 && spec.default !== void 0) values[spec.name] = spec.default;
    if (typeof value !== "string") continue;
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(
        `${command}: --${spec.name} ${JSON.stringify(value)} is not one of ${spec.choices.join(", ")}`,
        `see chaos-action ${command} --help`
      );
    }
    const reason = spec.check?.(value);
    if (reason) {
      throw new UsageError(
        `${command}: --${spec.name} ${JSON.stringify(value)}: ${reason}`,
        `see chaos-action ${command} --help`
      );
    }
  }
  if (values.quiet && values.verbose) {
    throw new UsageError(`${command}: --quiet and --verbose cannot be used together`);
  }
  if (parsed.positionals.length === 0) {
    throw command === "report" ? new UsageError(
      "report: no shard directory given",
      "name the journal directories of the shards, e.g. chaos-action report shards/*/"
    ) : new UsageError(
      `${command}: no experiment path given`,
      `name files or directories, e.g. chaos-action ${command} experiments/`
    );
  }
  return { command, values, positionals: parsed.positionals };
}
function parseArgsReason(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error.code;
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '([^']+)' argument missing/.exec(message);
  if (missing) return `option ${missing[1]?.replace(/ <value>$/, "")} needs a value`;
  return message.split("\n")[0]?.replace(/\. To specify a positional argument.*$/, "") ?? message;
}
function flagText(spec) {
  const long = `--${spec.name}${spec.arg ? ` ${spec.arg}` : ""}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}
function commandHelp(command) {
  const spec = COMMANDS.find((c) => c.name === command);
  const options = optionsFor(command);
  const width = Math.max(...options.map((o) => flagText(o).length));
  const lines = [
    `usage: chaos-action ${command} [options] ${spec?.operands ?? ""}`,
    "",
    spec?.summary ?? "",
    spec?.operandsHelp ?? "Paths may be files (.json, .yaml, .yml) or directories, searched recursively.",
    "",
    "options:"
  ];
  for (const o of options) {
    let help = o.help;
    if (o.choices) help += ` One of: ${o.choices.join(", ")}.`;
    if (o.default !== void 0) help += ` Default: ${o.default}.`;
    const indent = width + 4;
    wrap(help, Math.max(40, 100 - indent)).forEach((text, i) => {
      lines.push(
        i === 0 ? `  ${flagText(o).padEnd(width)}  ${text}` : `${" ".repeat(indent)}${text}`
      );
    });
  }
  lines.push("", EXIT_CODES_HELP);
  return `${lines.join("\n")}
`;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
var EXIT_CODES_HELP = [
  "exit status:",
  "  0  no experiment failed the --fail-on policy (default: every one passed, was skipped or was",
  "     a dry run; none selected counts too); validate: every experiment is valid",
  "  1  at least one experiment failed the policy (deviated, not steady, failed, aborted,",
  "     interrupted or inconclusive; journals are still written), a figure regressed against",
  "     the --baseline under --fail-on regression, the run was stopped, a report could not be",
  "     written, a shard is missing (report), or an internal error",
  "  2  bad usage, a missing file or an invalid experiment"
].join("\n");
var SAMPLE_SERVICE = "sample-service";
function mainHelp() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), SAMPLE_SERVICE.length);
  return [
    "usage: chaos-action <command> [options] <paths...>",
    "",
    "Run Chaos Toolkit experiments natively and gate CI on their verdict.",
    "",
    "commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${SAMPLE_SERVICE.padEnd(width)}  Serve the bundled sample service on 127.0.0.1:8080 until Ctrl-C.`,
    "",
    "options:",
    "  -h, --help      Show help (chaos-action <command> --help for a command).",
    "  -V, --version   Print the version.",
    "",
    EXIT_CODES_HELP,
    ""
  ].join("\n");
}

// src/cli/main.ts
async function main(argv, io = processIo) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, io);
  }
}
async function dispatch(argv, io) {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-V" || first === "version") {
    io.stdout(`${VERSION}
`);
    return EXIT_PASSED;
  }
  if (first === void 0) {
    io.stderr(mainHelp());
    return EXIT_USAGE;
  }
  if (first === "sample-service" || first === "help" && rest[0] === "sample-service") {
    const command = await import("./sample-service-command-JZTO3U5N.js");
    if (first === "help" || rest.includes("--help") || rest.includes("-h")) {
      io.stdout(command.SAMPLE_SERVICE_HELP);
      return EXIT_PASSED;
    }
    return command.sampleServiceCommand(rest, io);
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : void 0;
    io.stdout(isCommand(topic) ? commandHelp(topic) : mainHelp());
    return EXIT_PASSED;
  }
  if (!isCommand(first)) {
    const reason = first.startsWith("-") ? `unknown option ${first}` : `unknown command ${JSON.stringify(first)}`;
    throw new UserErrorUsage(`${reason}; commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(commandHelp(first));
    return EXIT_PASSED;
  }
  const parsed = parseCommand(first, rest);
  switch (parsed.command) {
    case "run": {
      const { runCommand } = await import("./run-command-LELUEFMR.js");
      return runCommand(parsed, io);
    }
    case "validate": {
      const { validateCommand } = await import("./validate-command-BCZMCJBH.js");
      return validateCommand(parsed, io);
    }
    case "list": {
      const { listCommand } = await import("./list-command-PH7VMHLT.js");
      return listCommand(parsed, io);
    }
    case "report": {
      const { reportCommand } = await import("./report-command-QHA2CZC5.js");
      return reportCommand(parsed, io);
    }
  }
}
var UserErrorUsage = class extends UserError {
  constructor(message) {
    super(message, { code: "CHAOS_USAGE", advice: "see chaos-action --help" });
  }
};
function reportError(error, terminal) {
  const io = { stderr: (text2) => terminal.stderr(stripControls(text2)) };
  if (error instanceof ExperimentValidationError) {
    const files = new Set(error.issues.map((i) => i.location?.file ?? "?"));
    const count = error.issues.length;
    io.stderr(
      `error: ${count} problem${count === 1 ? "" : "s"} in ${files.size} experiment file${files.size === 1 ? "" : "s"}:
`
    );
    for (const issue of error.issues) io.stderr(`${formatIssue(issue)}
`);
    if (error.advice) io.stderr(`hint: ${error.advice}
`);
    return EXIT_USAGE;
  }
  if (error instanceof UserError) {
    io.stderr(`error: ${error.message}
`);
    if (error.advice) io.stderr(`hint: ${error.advice}
`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  const text = error instanceof InternalError ? message : `internal error (a bug in chaos-action, please report it): ${message}`;
  io.stderr(`${text}
`);
  if (process.env.CHAOS_ACTION_DEBUG && error instanceof Error && error.stack) {
    io.stderr(`${error.stack}
`);
  }
  return EXIT_NOT_PASSED;
}
export {
  EXIT_NOT_PASSED,
  EXIT_PASSED,
  EXIT_USAGE,
  main,
  processIo,
  reportError
};
