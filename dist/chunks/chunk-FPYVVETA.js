import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/providers/service-routes.ts
var SVC_SUFFIXES = [".svc.cluster.local", ".svc"];
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function serviceTargetOf(url) {
  let parsed;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return void 0;
  }
  const host = parsed.hostname.toLowerCase();
  const suffix = SVC_SUFFIXES.find((s) => host.endsWith(s));
  if (suffix === void 0) return void 0;
  const labels = host.slice(0, -suffix.length).split(".");
  const [name, namespace] = labels;
  if (labels.length !== 2 || name === void 0 || namespace === void 0) {
    return new Error(
      `${host} does not name a Service: expected <service>.<namespace>${suffix}, e.g. web.chaos-example${suffix}`
    );
  }
  for (const label of [name, namespace]) {
    if (!DNS_LABEL.test(label))
      return new Error(`${host}: '${label}' is not a valid Service or namespace name`);
  }
  const port = parsed.port === "" ? parsed.protocol === "https:" ? 443 : 80 : Number(parsed.port);
  return { name, namespace, port };
}
function describeTarget(target) {
  return `${target.namespace}/${target.name}:${target.port}`;
}
async function routeUrl(url, routes, signal) {
  if (routes === void 0) return { url };
  const target = serviceTargetOf(url);
  if (target === void 0) return { url };
  if (target instanceof Error) throw target;
  const local = await routes.open(target, signal);
  const rewritten = new URL(url);
  const host = rewritten.host;
  rewritten.hostname = local.host;
  rewritten.port = String(local.port);
  return { url: rewritten.toString(), host };
}
async function checkServiceUrl(url, routes) {
  if (url.includes("${")) return void 0;
  const target = serviceTargetOf(url);
  if (target === void 0) return void 0;
  if (target instanceof Error) return target.message;
  return routes?.check?.(target);
}

export {
  serviceTargetOf,
  describeTarget,
  routeUrl,
  checkServiceUrl
};
