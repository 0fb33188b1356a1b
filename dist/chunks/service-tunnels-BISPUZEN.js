import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  ServiceEndpoints,
  ServiceLookupError
} from "./chunk-2KVIFLOP.js";
import {
  loadTarget
} from "./chunk-LHEWBLHD.js";
import {
  KubeClient,
  PortForward
} from "./chunk-K45IFRIT.js";
import "./chunk-53YMNVWJ.js";
import "./chunk-Y6FWESIH.js";
import {
  describeTarget
} from "./chunk-FPYVVETA.js";
import {
  errorMessage
} from "./chunk-2OZ6HILO.js";
import "./chunk-OLZTDE5K.js";

// src/cluster/tunnel/service-tunnels.ts
import { createServer } from "node:net";

// src/cluster/tunnel/pod-stream.ts
import { Writable } from "node:stream";
var ERROR_TEXT_MAX = 1024;
function errorSink() {
  let text = "";
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      if (text.length < ERROR_TEXT_MAX)
        text = (text + chunk.toString("utf8")).slice(0, ERROR_TEXT_MAX);
      callback();
    }
  });
  return { sink, text: () => text.trim() };
}
async function openPodStream(kubeConfig, target, socket, timeoutMs) {
  const errors = errorSink();
  const forward = new PortForward(kubeConfig);
  let timer;
  const opening = forward.portForward(
    target.namespace,
    target.pod,
    [target.port],
    socket,
    errors.sink,
    socket
  );
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the port-forward upgrade took longer than ${timeoutMs} ms`)),
      timeoutMs
    );
  });
  let ws;
  try {
    ws = await Promise.race([opening, timeout]);
  } catch (error) {
    void opening.then((late) => late.close()).catch(() => void 0);
    throw new Error(`pods/portforward to ${target.namespace}/${target.pod}: ${describe(error)}`, {
      cause: error
    });
  } finally {
    clearTimeout(timer);
  }
  const closed = new Promise((resolve) => {
    let done = false;
    let clientGone = false;
    const finish = () => {
      if (done) return;
      done = true;
      const text = clientGone ? "" : errors.text();
      if (!socket.destroyed) {
        if (text) socket.resetAndDestroy();
        else socket.end();
      }
      resolve(text ? { error: text } : {});
    };
    ws.on("close", finish);
    ws.on("error", (error) => {
      errors.sink.write(describe(error));
      finish();
    });
    socket.on("close", () => {
      clientGone = true;
      ws.close();
      finish();
    });
  });
  return { closed, close: () => ws.close() };
}
function describe(error) {
  if (error instanceof Error) return error.message;
  const message = error?.message;
  return typeof message === "string" ? message : String(error);
}

// src/cluster/tunnel/service-tunnels.ts
var SERVED_MEMORY = 4096;
var ServiceTunnels = class {
  #options;
  #client;
  #listeners = /* @__PURE__ */ new Map();
  #served = /* @__PURE__ */ new Map();
  #streams = /* @__PURE__ */ new Set();
  #closed = false;
  constructor(options = {}) {
    this.#options = options;
  }
  /** Streams open right now (0 once every client went away or after close). */
  get openStreams() {
    return this.#streams.size;
  }
  /** Every listener opened so far (settled ones). */
  async listeners() {
    return this.#live();
  }
  async #live() {
    const settled = await Promise.allSettled(this.#listeners.values());
    return settled.flatMap((s) => s.status === "fulfilled" ? [s.value] : []);
  }
  async open(target, signal) {
    const live = await this.#listener(target, { host: "127.0.0.1", port: 0 });
    const waitMs = this.#options.readyWaitMs ?? 1e4;
    if (await live.endpoints.pick(waitMs, signal) === void 0) {
      if (signal?.aborted)
        throw new Error(`interrupted while waiting for ${describeTarget(target)}`);
      throw new Error(live.endpoints.describeEmpty(waitMs));
    }
    return { host: live.host, port: live.port };
  }
  /** A listener at a chosen local address (the port-forward option); `port` 0 picks one. */
  async listen(target, at) {
    return this.#listener(target, at, `${at.host}:${at.port}`);
  }
  servedBy(localPort) {
    return this.#served.get(localPort);
  }
  async check(target) {
    const client = this.#kubeClient(this.#options.checkTimeoutMs ?? 3e3);
    if (client === void 0) return void 0;
    try {
      const { servicePortName } = await import("./service-endpoints-CX5QRI3A.js");
      await servicePortName(client, target);
      return void 0;
    } catch (error) {
      if (error instanceof ServiceLookupError && / has no TCP port /.test(error.message))
        return error.message;
      return void 0;
    }
  }
  async close() {
    this.#closed = true;
    const live = await this.#live();
    for (const l of live) {
      l.endpoints.stop();
      for (const socket of l.sockets) socket.destroy();
    }
    const streams = [...this.#streams];
    for (const stream of streams) stream.close();
    let timer;
    await Promise.race([
      Promise.allSettled(streams.map((s) => s.closed)),
      new Promise((resolve) => timer = setTimeout(resolve, 2e3))
    ]);
    clearTimeout(timer);
    this.#streams.clear();
    await Promise.all(
      live.map((l) => new Promise((resolve) => l.server.close(() => resolve())))
    );
    this.#listeners.clear();
  }
  /** The client, or undefined when no cluster is configured (ClusterError with `orThrow`). */
  #kubeClient(requestTimeoutMs, orThrow = false) {
    if (this.#options.client) return this.#options.client;
    try {
      if (requestTimeoutMs === void 0 && this.#client) return this.#client;
      const { kubeConfig } = loadTarget({
        kubeconfig: this.#options.kubeconfig,
        context: this.#options.context,
        ...this.#options.env ? { env: this.#options.env } : {}
      });
      if (requestTimeoutMs !== void 0) return new KubeClient({ kubeConfig, requestTimeoutMs });
      this.#client = new KubeClient({ kubeConfig });
      return this.#client;
    } catch (error) {
      if (orThrow) throw error;
      return void 0;
    }
  }
  #listener(target, at, keySuffix = "") {
    if (this.#closed) return Promise.reject(new Error("the Service tunnels are closed"));
    const key = `${describeTarget(target)}${keySuffix ? `@${keySuffix}` : ""}`;
    let live = this.#listeners.get(key);
    if (live === void 0) {
      live = this.#start(target, at);
      live.catch(() => this.#listeners.delete(key));
      this.#listeners.set(key, live);
    }
    return live;
  }
  async #start(target, at) {
    const client = this.#kubeClient(void 0, true);
    let endpoints;
    try {
      endpoints = await ServiceEndpoints.start(client, target);
    } catch (error) {
      if (error instanceof ServiceLookupError) throw error;
      throw new Error(`cannot look up Service ${describeTarget(target)}: ${errorMessage(error)}`, {
        cause: error
      });
    }
    const stats = { connections: 0, failed: 0, noEndpoint: 0, pods: {} };
    const sockets = /* @__PURE__ */ new Set();
    const server = createServer({ noDelay: true }, (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      void this.#carry(socket, endpoints, stats, client);
    });
    try {
      await new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(at.port, at.host, () => resolve());
      });
    } catch (error) {
      endpoints.stop();
      throw new Error(
        `cannot listen on ${at.host}:${at.port} for ${describeTarget(target)}: ${errorMessage(error)}`
      );
    }
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : at.port;
    this.#options.logger?.debug(
      `tunnel ${describeTarget(target)} listening on ${at.host}:${port} (through pods/portforward)`
    );
    return { target, host: at.host, port, endpoints, stats, server, sockets };
  }
  /** One accepted connection: a Ready pod now, a stream to it, its outcome recorded. */
  async #carry(socket, endpoints, stats, client) {
    const clientPort = socket.remotePort ?? 0;
    socket.on("error", () => void 0);
    const waitMs = this.#options.connectionWaitMs ?? 250;
    const endpoint = await endpoints.pick(waitMs);
    if (endpoint === void 0 || this.#closed) {
      stats.noEndpoint++;
      this.#remember(clientPort, { pod: "", error: endpoints.describeEmpty(waitMs) });
      socket.resetAndDestroy();
      return;
    }
    stats.connections++;
    const pod = stats.pods[endpoint.pod] ??= { connections: 0, failed: 0 };
    pod.connections++;
    this.#remember(clientPort, { pod: endpoint.pod });
    let stream;
    try {
      stream = await openPodStream(
        client.kubeConfig,
        { namespace: endpoints.target.namespace, pod: endpoint.pod, port: endpoint.port },
        socket,
        this.#options.connectTimeoutMs ?? 1e4
      );
    } catch (error) {
      this.#failed(stats, pod, clientPort, endpoint.pod, errorMessage(error));
      if (!socket.destroyed) socket.resetAndDestroy();
      return;
    }
    if (this.#closed) stream.close();
    this.#streams.add(stream);
    const outcome = await stream.closed;
    this.#streams.delete(stream);
    if (outcome.error !== void 0)
      this.#failed(stats, pod, clientPort, endpoint.pod, outcome.error);
  }
  #failed(stats, pod, clientPort, name, error) {
    stats.failed++;
    pod.failed++;
    pod.lastError = error;
    this.#remember(clientPort, { pod: name, error });
    this.#options.logger?.debug(`tunnel: connection to pod ${name} failed: ${error}`);
  }
  #remember(clientPort, served) {
    this.#served.delete(clientPort);
    this.#served.set(clientPort, served);
    if (this.#served.size > SERVED_MEMORY) {
      const oldest = this.#served.keys().next().value;
      if (oldest !== void 0) this.#served.delete(oldest);
    }
  }
};
export {
  ServiceTunnels
};
