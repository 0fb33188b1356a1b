import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);

// src/engine/py.ts
var PyTypeError = class extends TypeError {
  constructor(message) {
    super(message);
    this.name = "PyTypeError";
  }
};
function isDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isNumeric(value) {
  return typeof value === "number" || typeof value === "boolean";
}
function pyTypeName(value) {
  if (value === null || value === void 0) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "bigint") return "int";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  if (value instanceof Uint8Array) return "bytes";
  if (typeof value === "function") return "function";
  return "dict";
}
function pyEquals(a, b) {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (a === void 0) a = null;
  if (b === void 0) b = null;
  if (a === null || b === null) return a === b;
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => pyEquals(item, b[i]));
  }
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && pyEquals(a[k], b[k]));
  }
  return a === b;
}
function compareStrings(a, b) {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    if (x.value !== y.value) return x.value.codePointAt(0) - y.value.codePointAt(0);
  }
}
function pyCompare(a, b, op = "<") {
  if (isNumeric(a) && isNumeric(b)) {
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!pyEquals(a[i], b[i])) return pyCompare(a[i], b[i], op);
    }
    return a.length - b.length;
  }
  throw new PyTypeError(
    `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`
  );
}
function pyCompareOp(a, op, b) {
  const c = pyCompare(a, b, op);
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}
function pyIn(value, container) {
  if (Array.isArray(container)) return container.some((item) => pyEquals(item, value));
  if (typeof container === "string") {
    if (typeof value !== "string") {
      throw new PyTypeError(
        `'in <string>' requires string as left operand, not ${pyTypeName(value)}`
      );
    }
    return container.includes(value);
  }
  if (isDict(container)) return typeof value === "string" && Object.hasOwn(container, value);
  throw new PyTypeError(`argument of type '${pyTypeName(container)}' is not iterable`);
}
function pyTruthy(value) {
  if (value === null || value === void 0) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string") return value.length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (value instanceof Uint8Array) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}
function floatRepr(x) {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const [mantissa = "", expText = "0"] = x.toExponential().split("e");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const sign = exp < 0 ? "-" : "+";
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  return String(x);
}
function numberStr(x) {
  if (Number.isInteger(x)) {
    return Math.abs(x) < 1e21 ? String(x === 0 ? 0 : x) : BigInt(x).toString();
  }
  return floatRepr(x);
}
function pyReprString(text) {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (cp < 32 || cp >= 127 && cp < 160) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp >= 55296 && cp <= 57343) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + quote;
}
function pyRepr(value) {
  if (typeof value === "string") return pyReprString(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (value instanceof Uint8Array) return `b${pyReprString(Buffer.from(value).toString("latin1"))}`;
  if (isDict(value)) {
    const items = Object.entries(value).map(([k, v]) => `${pyReprString(k)}: ${pyRepr(v)}`);
    return `{${items.join(", ")}}`;
  }
  return pyStr(value);
}
function pyStr(value) {
  if (value === null || value === void 0) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return numberStr(value);
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string") return value;
  return pyRepr(value);
}

export {
  PyTypeError,
  pyTypeName,
  pyEquals,
  pyCompareOp,
  pyIn,
  pyTruthy,
  pyStr
};
