import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  ATTR_SERVICE_NAME,
  ATTR_TELEMETRY_SDK_LANGUAGE,
  ATTR_TELEMETRY_SDK_NAME,
  ATTR_TELEMETRY_SDK_VERSION,
  SDK_INFO,
  getStringFromEnv
} from "./chunk-JQODYGES.js";
import {
  diag
} from "./chunk-U35VHDO4.js";

// node_modules/@opentelemetry/resources/build/esm/default-service-name.js
var serviceName;
function defaultServiceName() {
  if (serviceName === void 0) {
    try {
      const argv0 = globalThis.process.argv0;
      serviceName = argv0 ? `unknown_service:${argv0}` : "unknown_service";
    } catch {
      serviceName = "unknown_service";
    }
  }
  return serviceName;
}

// node_modules/@opentelemetry/resources/build/esm/utils.js
var isPromiseLike = (val) => {
  return val !== null && typeof val === "object" && typeof val.then === "function";
};

// node_modules/@opentelemetry/resources/build/esm/ResourceImpl.js
var ResourceImpl = class _ResourceImpl {
  _rawAttributes;
  _asyncAttributesPending = false;
  _schemaUrl;
  _memoizedAttributes;
  static FromAttributeList(attributes, options) {
    const res = new _ResourceImpl({}, options);
    res._rawAttributes = guardedRawAttributes(attributes);
    res._asyncAttributesPending = attributes.filter(([_, val]) => isPromiseLike(val)).length > 0;
    return res;
  }
  constructor(resource, options) {
    const attributes = resource.attributes ?? {};
    this._rawAttributes = Object.entries(attributes).map(([k, v]) => {
      if (isPromiseLike(v)) {
        this._asyncAttributesPending = true;
      }
      return [k, v];
    });
    this._rawAttributes = guardedRawAttributes(this._rawAttributes);
    this._schemaUrl = validateSchemaUrl(options?.schemaUrl);
  }
  get asyncAttributesPending() {
    return this._asyncAttributesPending;
  }
  async waitForAsyncAttributes() {
    if (!this.asyncAttributesPending) {
      return;
    }
    for (let i = 0; i < this._rawAttributes.length; i++) {
      const [k, v] = this._rawAttributes[i];
      this._rawAttributes[i] = [k, isPromiseLike(v) ? await v : v];
    }
    this._asyncAttributesPending = false;
  }
  get attributes() {
    if (this.asyncAttributesPending) {
      diag.error("Accessing resource attributes before async attributes settled");
    }
    if (this._memoizedAttributes) {
      return this._memoizedAttributes;
    }
    const attrs = {};
    for (const [k, v] of this._rawAttributes) {
      if (isPromiseLike(v)) {
        diag.debug(`Unsettled resource attribute ${k} skipped`);
        continue;
      }
      if (v != null) {
        attrs[k] ??= v;
      }
    }
    if (!this._asyncAttributesPending) {
      this._memoizedAttributes = attrs;
    }
    return attrs;
  }
  getRawAttributes() {
    return this._rawAttributes;
  }
  get schemaUrl() {
    return this._schemaUrl;
  }
  merge(resource) {
    if (resource == null)
      return this;
    const mergedSchemaUrl = mergeSchemaUrl(this, resource);
    const mergedOptions = mergedSchemaUrl ? { schemaUrl: mergedSchemaUrl } : void 0;
    return _ResourceImpl.FromAttributeList([...resource.getRawAttributes(), ...this.getRawAttributes()], mergedOptions);
  }
};
function resourceFromAttributes(attributes, options) {
  return ResourceImpl.FromAttributeList(Object.entries(attributes), options);
}
function resourceFromDetectedResource(detectedResource, options) {
  return new ResourceImpl(detectedResource, options);
}
function emptyResource() {
  return resourceFromAttributes({});
}
function defaultResource() {
  return resourceFromAttributes({
    [ATTR_SERVICE_NAME]: defaultServiceName(),
    [ATTR_TELEMETRY_SDK_LANGUAGE]: SDK_INFO[ATTR_TELEMETRY_SDK_LANGUAGE],
    [ATTR_TELEMETRY_SDK_NAME]: SDK_INFO[ATTR_TELEMETRY_SDK_NAME],
    [ATTR_TELEMETRY_SDK_VERSION]: SDK_INFO[ATTR_TELEMETRY_SDK_VERSION]
  });
}
function guardedRawAttributes(attributes) {
  return attributes.map(([k, v]) => {
    if (isPromiseLike(v)) {
      return [
        k,
        v.catch((err) => {
          diag.debug("promise rejection for resource attribute: %s - %s", k, err);
          return void 0;
        })
      ];
    }
    return [k, v];
  });
}
function validateSchemaUrl(schemaUrl) {
  if (typeof schemaUrl === "string" || schemaUrl === void 0) {
    return schemaUrl;
  }
  diag.warn("Schema URL must be string or undefined, got %s. Schema URL will be ignored.", schemaUrl);
  return void 0;
}
function mergeSchemaUrl(old, updating) {
  const oldSchemaUrl = old?.schemaUrl;
  const updatingSchemaUrl = updating?.schemaUrl;
  const isOldEmpty = oldSchemaUrl === void 0 || oldSchemaUrl === "";
  const isUpdatingEmpty = updatingSchemaUrl === void 0 || updatingSchemaUrl === "";
  if (isOldEmpty) {
    return updatingSchemaUrl;
  }
  if (isUpdatingEmpty) {
    return oldSchemaUrl;
  }
  if (oldSchemaUrl === updatingSchemaUrl) {
    return oldSchemaUrl;
  }
  diag.warn('Schema URL merge conflict: old resource has "%s", updating resource has "%s". Resulting resource will have undefined Schema URL.', oldSchemaUrl, updatingSchemaUrl);
  return void 0;
}

// node_modules/@opentelemetry/resources/build/esm/detect-resources.js
var detectResources = (config = {}) => {
  const resources = (config.detectors || []).map((d) => {
    try {
      const resource = resourceFromDetectedResource(d.detect(config));
      diag.debug(`${d.constructor.name} found resource.`, resource);
      return resource;
    } catch (e) {
      diag.debug(`${d.constructor.name} failed: ${e.message}`);
      return emptyResource();
    }
  });
  return resources.reduce((acc, resource) => acc.merge(resource), emptyResource());
};

// node_modules/@opentelemetry/resources/build/esm/detectors/EnvDetector.js
var EnvDetector = class {
  // Type, attribute keys, and attribute values should not exceed 256 characters.
  _MAX_LENGTH = 255;
  // OTEL_RESOURCE_ATTRIBUTES is a comma-separated list of attributes.
  _COMMA_SEPARATOR = ",";
  // OTEL_RESOURCE_ATTRIBUTES contains key value pair separated by '='.
  _LABEL_KEY_VALUE_SPLITTER = "=";
  /**
   * Returns a {@link Resource} populated with attributes from the
   * OTEL_RESOURCE_ATTRIBUTES environment variable. Note this is an async
   * function to conform to the Detector interface.
   *
   * @param config The resource detection config
   */
  detect(_config) {
    const attributes = {};
    const rawAttributes = getStringFromEnv("OTEL_RESOURCE_ATTRIBUTES");
    const serviceName2 = getStringFromEnv("OTEL_SERVICE_NAME");
    if (rawAttributes) {
      try {
        const parsedAttributes = this._parseResourceAttributes(rawAttributes);
        Object.assign(attributes, parsedAttributes);
      } catch (e) {
        diag.debug(`EnvDetector failed: ${e instanceof Error ? e.message : e}`);
      }
    }
    if (serviceName2) {
      attributes[ATTR_SERVICE_NAME] = serviceName2;
    }
    return { attributes };
  }
  /**
   * Creates an attribute map from the OTEL_RESOURCE_ATTRIBUTES environment
   * variable.
   *
   * OTEL_RESOURCE_ATTRIBUTES: A comma-separated list of attributes in the
   * format "key1=value1,key2=value2". The ',' and '=' characters in keys
   * and values MUST be percent-encoded. Other characters MAY be percent-encoded.
   *
   * Per the spec, on any error (e.g., decoding failure), the entire environment
   * variable value is discarded.
   *
   * @param rawEnvAttributes The resource attributes as a comma-separated list
   * of key/value pairs.
   * @returns The parsed resource attributes.
   * @throws Error if parsing fails (caller handles by discarding all attributes)
   */
  _parseResourceAttributes(rawEnvAttributes) {
    if (!rawEnvAttributes)
      return {};
    const attributes = {};
    const rawAttributes = rawEnvAttributes.split(this._COMMA_SEPARATOR).filter((attr) => attr.trim() !== "");
    for (const rawAttribute of rawAttributes) {
      const keyValuePair = rawAttribute.split(this._LABEL_KEY_VALUE_SPLITTER);
      if (keyValuePair.length !== 2) {
        throw new Error(`Invalid format for OTEL_RESOURCE_ATTRIBUTES: "${rawAttribute}". Expected format: key=value. The ',' and '=' characters must be percent-encoded in keys and values.`);
      }
      const [rawKey, rawValue] = keyValuePair;
      const key = rawKey.trim();
      const value = rawValue.trim();
      if (key.length === 0) {
        throw new Error(`Invalid OTEL_RESOURCE_ATTRIBUTES: empty attribute key in "${rawAttribute}".`);
      }
      let decodedKey;
      let decodedValue;
      try {
        decodedKey = decodeURIComponent(key);
        decodedValue = decodeURIComponent(value);
      } catch (e) {
        throw new Error(`Failed to percent-decode OTEL_RESOURCE_ATTRIBUTES entry "${rawAttribute}": ${e instanceof Error ? e.message : e}`, { cause: e });
      }
      if (decodedKey.length > this._MAX_LENGTH) {
        throw new Error(`Attribute key exceeds the maximum length of ${this._MAX_LENGTH} characters: "${decodedKey}".`);
      }
      if (decodedValue.length > this._MAX_LENGTH) {
        throw new Error(`Attribute value exceeds the maximum length of ${this._MAX_LENGTH} characters for key "${decodedKey}".`);
      }
      attributes[decodedKey] = decodedValue;
    }
    return attributes;
  }
};
var envDetector = new EnvDetector();

// node_modules/@opentelemetry/resources/build/esm/semconv.js
var ATTR_HOST_ARCH = "host.arch";
var ATTR_HOST_ID = "host.id";
var ATTR_HOST_NAME = "host.name";
var ATTR_OS_TYPE = "os.type";
var ATTR_OS_VERSION = "os.version";
var ATTR_PROCESS_COMMAND = "process.command";
var ATTR_PROCESS_COMMAND_ARGS = "process.command_args";
var ATTR_PROCESS_EXECUTABLE_NAME = "process.executable.name";
var ATTR_PROCESS_EXECUTABLE_PATH = "process.executable.path";
var ATTR_PROCESS_OWNER = "process.owner";
var ATTR_PROCESS_PID = "process.pid";
var ATTR_PROCESS_RUNTIME_DESCRIPTION = "process.runtime.description";
var ATTR_PROCESS_RUNTIME_NAME = "process.runtime.name";
var ATTR_PROCESS_RUNTIME_VERSION = "process.runtime.version";
var ATTR_SERVICE_INSTANCE_ID = "service.instance.id";

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/HostDetector.js
import { arch, hostname } from "os";

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/machine-id/getMachineId.js
import * as process2 from "process";
var getMachineIdImpl;
async function getMachineId() {
  if (!getMachineIdImpl) {
    switch (process2.platform) {
      case "darwin":
        getMachineIdImpl = (await import("./getMachineId-darwin-QRY624RA.js")).getMachineId;
        break;
      case "linux":
        getMachineIdImpl = (await import("./getMachineId-linux-IV7OV5XX.js")).getMachineId;
        break;
      case "freebsd":
        getMachineIdImpl = (await import("./getMachineId-bsd-TQTWOHV5.js")).getMachineId;
        break;
      case "win32":
        getMachineIdImpl = (await import("./getMachineId-win-I2OGKOUE.js")).getMachineId;
        break;
      default:
        getMachineIdImpl = (await import("./getMachineId-unsupported-ZWDNW7HN.js")).getMachineId;
        break;
    }
  }
  return getMachineIdImpl();
}

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/utils.js
var normalizeArch = (nodeArchString) => {
  switch (nodeArchString) {
    case "arm":
      return "arm32";
    case "ppc":
      return "ppc32";
    case "x64":
      return "amd64";
    default:
      return nodeArchString;
  }
};
var normalizeType = (nodePlatform) => {
  switch (nodePlatform) {
    case "sunos":
      return "solaris";
    case "win32":
      return "windows";
    default:
      return nodePlatform;
  }
};

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/HostDetector.js
var HostDetector = class {
  detect(_config) {
    const attributes = {
      [ATTR_HOST_NAME]: hostname(),
      [ATTR_HOST_ARCH]: normalizeArch(arch()),
      [ATTR_HOST_ID]: getMachineId()
    };
    return { attributes };
  }
};
var hostDetector = new HostDetector();

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/OSDetector.js
import { platform as platform2, release } from "os";
var OSDetector = class {
  detect(_config) {
    const attributes = {
      [ATTR_OS_TYPE]: normalizeType(platform2()),
      [ATTR_OS_VERSION]: release()
    };
    return { attributes };
  }
};
var osDetector = new OSDetector();

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/ProcessDetector.js
import * as os from "os";
var ProcessDetector = class {
  detect(_config) {
    const attributes = {
      [ATTR_PROCESS_PID]: process.pid,
      [ATTR_PROCESS_EXECUTABLE_NAME]: process.title,
      [ATTR_PROCESS_EXECUTABLE_PATH]: process.execPath,
      [ATTR_PROCESS_COMMAND_ARGS]: [
        process.argv[0],
        ...process.execArgv,
        ...process.argv.slice(1)
      ],
      [ATTR_PROCESS_RUNTIME_VERSION]: process.versions.node,
      [ATTR_PROCESS_RUNTIME_NAME]: "nodejs",
      [ATTR_PROCESS_RUNTIME_DESCRIPTION]: "Node.js"
    };
    if (process.argv.length > 1) {
      attributes[ATTR_PROCESS_COMMAND] = process.argv[1];
    }
    try {
      const userInfo2 = os.userInfo();
      attributes[ATTR_PROCESS_OWNER] = userInfo2.username;
    } catch (e) {
      diag.debug(`error obtaining process owner: ${e}`);
    }
    return { attributes };
  }
};
var processDetector = new ProcessDetector();

// node_modules/@opentelemetry/resources/build/esm/detectors/platform/node/ServiceInstanceIdDetector.js
import { randomUUID } from "crypto";
var ServiceInstanceIdDetector = class {
  // Multiple calls to ServiceInstanceIdDetector return the same ID.
  _serviceInstanceId;
  detect(_config) {
    if (!this._serviceInstanceId) {
      this._serviceInstanceId = randomUUID();
    }
    return {
      attributes: {
        [ATTR_SERVICE_INSTANCE_ID]: this._serviceInstanceId
      }
    };
  }
};
var serviceInstanceIdDetector = new ServiceInstanceIdDetector();

export {
  defaultServiceName,
  resourceFromAttributes,
  emptyResource,
  defaultResource,
  detectResources,
  envDetector,
  hostDetector,
  osDetector,
  processDetector,
  serviceInstanceIdDetector
};
