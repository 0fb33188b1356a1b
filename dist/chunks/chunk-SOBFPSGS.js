import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  describeTarget
} from "./chunk-FPYVVETA.js";
import {
  UsageError,
  errorMessage
} from "./chunk-2OZ6HILO.js";

// src/cluster/tunnel/port-forward.ts
var SPEC = /^(?:([a-z0-9][-a-z0-9]*)\/)?(?:svc|service|services)\/([a-z0-9][-a-z0-9]*)(?:\.([a-z0-9][-a-z0-9]*))?:(?:(\d+):)?(\d+)$/;
var port = (text, what, spec, min) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > 65535)
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)}: ${what} ${text} is not a port`,
      `use ${min}-65535`
    );
  return n;
};
function parsePortForward(text) {
  const spec = text.trim();
  const m = SPEC.exec(spec);
  if (!m) {
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)} is not [NAMESPACE/]svc/NAME:[LOCAL:]PORT`,
      "e.g. svc/web:8080:80 (local 8080 to port 80 of Service web) or chaos-example/svc/web:8080"
    );
  }
  const [, nsPrefix, name, nsSuffix, local, remote] = m;
  if (nsPrefix && nsSuffix)
    throw new UsageError(
      `port-forward ${JSON.stringify(spec)} names the namespace twice`,
      "write NAMESPACE/svc/NAME:... or svc/NAME.NAMESPACE:..."
    );
  const servicePort = port(remote, "the Service port", spec, 1);
  const namespace = nsPrefix ?? nsSuffix;
  return {
    text: spec,
    name,
    ...namespace ? { namespace } : {},
    localPort: local === void 0 ? servicePort : port(local, "the local port", spec, 0),
    port: servicePort
  };
}
function parsePortForwards(values) {
  const lines = values.flatMap((v) => v.split(/[\n,]/)).map((v) => v.trim()).filter(Boolean);
  const problems = [];
  const specs = [];
  for (const line of lines) {
    try {
      specs.push(parsePortForward(line));
    } catch (error) {
      problems.push(errorMessage(error));
    }
  }
  if (problems.length > 0)
    throw new UsageError(
      problems.join("; "),
      "e.g. svc/web:8080:80 (local 8080 to port 80 of Service web) or chaos-example/svc/web:8080"
    );
  return specs;
}
async function openPortForwards(tunnels, specs, defaultNamespace, logger) {
  const opened = [];
  for (const spec of specs) {
    const target = {
      name: spec.name,
      namespace: spec.namespace ?? defaultNamespace,
      port: spec.port
    };
    try {
      const listener = await tunnels.listen(target, { host: "127.0.0.1", port: spec.localPort });
      opened.push(listener);
      logger.info(
        `port-forward: 127.0.0.1:${listener.port} -> Service ${describeTarget(target)} (a Ready pod per connection)`
      );
    } catch (error) {
      throw new UsageError(
        `port-forward ${spec.text}: ${errorMessage(error)}`,
        "check the Service name, namespace and port (kubectl get svc -A), and that the local port is free"
      );
    }
  }
  return opened;
}

export {
  parsePortForward,
  parsePortForwards,
  openPortForwards
};
