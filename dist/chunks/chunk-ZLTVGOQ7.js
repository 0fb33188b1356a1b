import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  PyTypeError,
  pyCompareOp,
  pyEquals,
  pyIn,
  pyStr,
  pyTruthy,
  pyTypeName
} from "./chunk-T4JOGF2H.js";
import {
  ActivityFailed,
  ExperimentValidationError,
  InterruptedError,
  UsageError,
  UserError,
  errorMessage
} from "./chunk-AERO5IEE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-OLZTDE5K.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path2) => {
      const parent = visit.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/engine/validate.ts
import { createRequire } from "node:module";

// schema/experiment.schema.json
var experiment_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:chaos-action:schema:experiment:1",
  title: "Chaos Toolkit experiment",
  description: "A Chaos Toolkit experiment as chaos-action runs it: a steady-state hypothesis, a method that disturbs the system, and rollbacks. Unknown top-level keys are allowed and ignored, as in chaostoolkit.",
  type: "object",
  required: ["title", "description", "method"],
  properties: {
    title: {
      title: "Title",
      description: "What the experiment shows, as one sentence. `${name}` is substituted from the configuration and secrets at run start.",
      type: "string",
      minLength: 1
    },
    description: {
      title: "Description",
      description: "Why the experiment exists and what it does.",
      type: "string",
      minLength: 1
    },
    version: {
      title: "Version",
      description: "Free-form version of the experiment; never read by the runner.",
      type: ["string", "number"]
    },
    tags: {
      title: "Tags",
      description: "Labels for the experiment; each a non-empty string.",
      type: "array",
      items: {
        $ref: "#/definitions/nonEmptyString"
      }
    },
    contributions: {
      title: "Contributions",
      description: "How much the experiment contributes to each named system quality (used by reports).",
      type: "object",
      additionalProperties: {
        title: "Contribution",
        description: "The level of contribution to this quality.",
        enum: ["high", "medium", "low", "none"]
      }
    },
    configuration: {
      title: "Configuration",
      description: 'Values that `${name}` substitution can use. A value may be read from the environment with `{"type": "env", "key": "VAR"}`.',
      type: "object",
      additionalProperties: {
        $ref: "#/definitions/configurationValue"
      }
    },
    secrets: {
      title: "Secrets",
      description: 'Secret values by scope: `{scope: {name: value}}`. A value may come from the environment with `{"type": "env", "key": "VAR"}`. Secrets are masked in logs and journals.',
      type: "object",
      additionalProperties: {
        title: "Secret scope",
        description: "The secrets of one scope, by name.",
        type: "object"
      }
    },
    extensions: {
      title: "Extensions",
      description: "Extra data for tools, carried along unchanged; each extension needs a non-empty `name`.",
      type: "array",
      items: {
        title: "Extension",
        description: "One extension block.",
        type: "object",
        required: ["name"],
        properties: {
          name: {
            title: "Extension name",
            description: "The name of the extension.",
            type: "string",
            minLength: 1
          }
        }
      }
    },
    controls: {
      $ref: "#/definitions/controls"
    },
    "steady-state-hypothesis": {
      title: "Steady-state hypothesis",
      description: "Probes that must be within tolerance before and after the method for the system to be called steady.",
      type: ["object", "null"],
      required: ["title"],
      properties: {
        title: {
          title: "Hypothesis title",
          description: "What steady means for this system.",
          type: "string",
          minLength: 1
        },
        probes: {
          title: "Hypothesis probes",
          description: "Probes run in order; each needs a `tolerance`. The first one out of tolerance ends the hypothesis.",
          type: "array",
          items: {
            $ref: "#/definitions/activityOrRef"
          }
        },
        controls: {
          $ref: "#/definitions/controls"
        }
      }
    },
    method: {
      title: "Method",
      description: "The actions and probes that disturb and observe the system, in order. May be empty to only check the hypothesis.",
      type: "array",
      items: {
        $ref: "#/definitions/activityOrRef"
      }
    },
    rollbacks: {
      title: "Rollbacks",
      description: "Actions that undo the method, played according to the rollback strategy.",
      type: "array",
      items: {
        $ref: "#/definitions/activityOrRef"
      }
    },
    runtime: {
      title: "Runtime",
      description: "Run strategies for this experiment; command-line flags and action inputs take precedence.",
      type: "object",
      properties: {
        rollbacks: {
          title: "Rollbacks runtime",
          description: "When rollbacks are played.",
          type: "object",
          properties: {
            strategy: {
              title: "Rollback strategy",
              description: "`default`: unless the run failed or was interrupted; `always`; `never`; `deviated`: only when the hypothesis deviated.",
              enum: ["default", "always", "never", "deviated"]
            }
          }
        },
        hypothesis: {
          title: "Hypothesis runtime",
          description: "When the steady-state hypothesis is checked.",
          type: "object",
          properties: {
            strategy: {
              title: "Hypothesis strategy",
              description: "`default`: before and after the method; `before-method-only`; `after-method-only`; `during-method-only`; `continuously`: before, during and after; `skip`: never.",
              enum: [
                "default",
                "before-method-only",
                "after-method-only",
                "during-method-only",
                "continuously",
                "skip"
              ]
            },
            frequency: {
              title: "Hypothesis frequency",
              description: "Seconds between two checks of the hypothesis while the method runs.",
              type: "number",
              exclusiveMinimum: 0
            },
            fail_fast: {
              title: "Fail fast",
              description: "Stop the method at the first deviation seen while it runs.",
              type: "boolean"
            }
          }
        }
      }
    }
  },
  definitions: {
    nonEmptyString: {
      title: "Non-empty string",
      description: "A string with at least one character.",
      type: "string",
      minLength: 1
    },
    controls: {
      title: "Controls",
      description: "Python control hooks. chaos-action accepts them but does not run them (they need Python).",
      type: "array",
      items: {
        title: "Control",
        description: "One Python control.",
        type: "object"
      }
    },
    configurationValue: {
      title: "Configuration value",
      description: 'A literal value, an environment lookup `{"type": "env", "key": "VAR"}`, or a dynamic value from a probe.',
      if: {
        type: "object",
        required: ["type"],
        properties: {
          type: {
            const: "env"
          }
        }
      },
      then: {
        $ref: "#/definitions/envConfiguration"
      }
    },
    envConfiguration: {
      title: "Environment configuration value",
      description: "Reads the value from an environment variable.",
      type: "object",
      required: ["type", "key"],
      properties: {
        type: {
          title: "Kind",
          description: "Always `env`.",
          const: "env"
        },
        key: {
          title: "Environment variable",
          description: "The name of the environment variable to read.",
          type: "string",
          minLength: 1
        },
        default: {
          title: "Default",
          description: "Used when the variable is not set (and no --var supplies the key)."
        },
        env_var_type: {
          title: "Environment variable type",
          description: "How to convert the variable's text.",
          enum: ["str", "string", "int", "integer", "float", "number", "bytes", "bool", "json"]
        }
      }
    },
    activityOrRef: {
      title: "Activity or reference",
      description: 'An activity (probe or action), or `{"ref": "name"}` to reuse a method or hypothesis activity by name.',
      if: {
        type: "object",
        required: ["ref"]
      },
      then: {
        $ref: "#/definitions/activityRef"
      },
      else: {
        $ref: "#/definitions/activity"
      }
    },
    activityRef: {
      title: "Activity reference",
      description: "Runs the method or hypothesis activity of that name in this place.",
      type: "object",
      required: ["ref"],
      properties: {
        ref: {
          title: "Referenced activity",
          description: "The name of an activity declared in the method or the steady-state hypothesis.",
          type: "string",
          minLength: 1
        },
        tolerance: {
          $ref: "#/definitions/tolerance"
        }
      }
    },
    activity: {
      title: "Activity",
      description: "A probe (observes) or an action (changes something), run by a provider.",
      type: "object",
      required: ["type", "name", "provider"],
      properties: {
        type: {
          title: "Activity type",
          description: "`probe` observes the system, `action` changes it.",
          enum: ["probe", "action"]
        },
        name: {
          title: "Activity name",
          description: "The activity's name, shown in logs and journals and used by `ref`.",
          type: "string",
          minLength: 1
        },
        provider: {
          $ref: "#/definitions/provider"
        },
        tolerance: {
          $ref: "#/definitions/tolerance"
        },
        background: {
          title: "Background",
          description: "Run without waiting for the activity to end; the method waits for it at its end.",
          type: "boolean"
        },
        pauses: {
          title: "Pauses",
          description: "Seconds to wait before and after the activity.",
          type: "object",
          properties: {
            before: {
              $ref: "#/definitions/pause"
            },
            after: {
              $ref: "#/definitions/pause"
            }
          }
        },
        timeout: {
          title: "Activity timeout",
          description: "Accepted for compatibility but never enforced (as in chaostoolkit): use the provider's `timeout`.",
          type: "number"
        },
        controls: {
          $ref: "#/definitions/controls"
        },
        configuration: {
          title: "Activity configuration",
          description: "Accepted for compatibility and ignored (as in chaostoolkit).",
          type: "object"
        }
      }
    },
    pause: {
      title: "Pause",
      description: "Seconds, or a `${name}` reference to a configuration or secret value.",
      anyOf: [
        {
          title: "Seconds",
          description: "A number of seconds.",
          type: "number",
          minimum: 0
        },
        {
          title: "Variable",
          description: "Exactly one `${name}` reference.",
          type: "string",
          pattern: "^\\$\\{[\\s\\S]*\\}$"
        }
      ]
    },
    provider: {
      title: "Provider",
      description: "What runs the activity: `process`, `http`, `python` or another registered provider type.",
      type: "object",
      required: ["type"],
      properties: {
        type: {
          title: "Provider type",
          description: "The provider that runs this activity.",
          type: "string",
          minLength: 1
        }
      },
      allOf: [
        {
          if: {
            properties: {
              type: {
                const: "process"
              }
            }
          },
          then: {
            $ref: "#/definitions/processProvider"
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "http"
              }
            }
          },
          then: {
            $ref: "#/definitions/httpProvider"
          }
        },
        {
          if: {
            properties: {
              type: {
                const: "python"
              }
            }
          },
          then: {
            $ref: "#/definitions/pythonProvider"
          }
        }
      ]
    },
    processProvider: {
      title: "Process provider",
      description: "Runs a program; the output is `{status, stdout, stderr}`.",
      type: "object",
      required: ["path"],
      properties: {
        type: {
          title: "Provider type",
          description: "Always `process`.",
          const: "process"
        },
        path: {
          title: "Program",
          description: "The program: looked up on PATH, `~` expanded, relative to the working directory.",
          type: "string",
          minLength: 1
        },
        arguments: {
          title: "Arguments",
          description: "A string (run through the shell), a list (passed as is, empty and null items dropped), or a deprecated mapping.",
          type: ["string", "array", "object"]
        },
        timeout: {
          title: "Timeout",
          description: "Seconds before the process is killed and the activity fails.",
          type: "number",
          exclusiveMinimum: 0
        },
        secrets: {
          title: "Secret scopes",
          description: "Accepted and ignored by this provider.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    httpProvider: {
      title: "HTTP provider",
      description: "Sends one HTTP request; the output is `{status, headers, body}`. 4xx and 5xx are not failures.",
      type: "object",
      required: ["url"],
      properties: {
        type: {
          title: "Provider type",
          description: "Always `http`.",
          const: "http"
        },
        url: {
          title: "URL",
          description: "The URL to request; `${name}` is substituted.",
          type: "string",
          minLength: 1
        },
        method: {
          title: "HTTP method",
          description: "The request method, `GET` by default.",
          type: "string",
          minLength: 1
        },
        headers: {
          title: "Headers",
          description: "Request headers by name.",
          type: "object"
        },
        arguments: {
          title: "Arguments",
          description: "Query parameters for GET; otherwise the body (JSON when `Content-Type` is exactly `application/json`, else form-encoded)."
        },
        timeout: {
          title: "Timeout",
          description: "Seconds, or `[connect, read]` seconds, or a `${name}` reference.",
          anyOf: [
            {
              type: "number",
              exclusiveMinimum: 0
            },
            {
              type: "array",
              items: {
                type: "number",
                exclusiveMinimum: 0
              },
              minItems: 2,
              maxItems: 2
            },
            {
              type: "string",
              pattern: "^\\$\\{[\\s\\S]*\\}$"
            }
          ]
        },
        verify_tls: {
          title: "Verify TLS",
          description: "Whether to check the server's certificate (true by default).",
          type: "boolean"
        },
        max_retries: {
          title: "Maximum retries",
          description: "Connection retries before failing (0 by default).",
          type: "integer",
          minimum: 0
        },
        expected_status: {
          title: "Expected status",
          description: "Accepted and ignored, as in chaostoolkit: use a `tolerance`.",
          type: "integer"
        },
        secrets: {
          title: "Secret scopes",
          description: "Accepted; substitution sees every secret scope anyway.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    pythonProvider: {
      title: "Python provider",
      description: "Calls a Python function; chaos-action runs the functions it implements natively.",
      type: "object",
      required: ["module", "func"],
      properties: {
        type: {
          title: "Provider type",
          description: "Always `python`.",
          const: "python"
        },
        module: {
          title: "Module",
          description: "The Python module, e.g. `chaosk8s.pod.actions`.",
          type: "string",
          minLength: 1
        },
        func: {
          title: "Function",
          description: "The function in the module.",
          type: "string",
          minLength: 1
        },
        arguments: {
          title: "Arguments",
          description: "Keyword arguments of the function.",
          type: "object"
        },
        secrets: {
          title: "Secret scopes",
          description: "Secret scopes merged into the function's `secrets` argument.",
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    tolerance: {
      title: "Tolerance",
      description: "What a hypothesis probe's output must be: a boolean, an integer (exit code or HTTP status), a string, a list (a pair is an inclusive range), or a `regex`, `jsonpath`, `range`, `probe` or `slo` check.",
      type: ["boolean", "integer", "string", "array", "object"],
      if: {
        type: "object"
      },
      then: {
        required: ["type"],
        properties: {
          type: {
            title: "Tolerance kind",
            description: "The kind of check.",
            enum: ["probe", "regex", "jsonpath", "range", "slo"]
          }
        },
        allOf: [
          {
            if: {
              properties: {
                type: {
                  const: "regex"
                }
              }
            },
            then: {
              $ref: "#/definitions/regexTolerance"
            }
          },
          {
            if: {
              properties: {
                type: {
                  const: "jsonpath"
                }
              }
            },
            then: {
              $ref: "#/definitions/jsonpathTolerance"
            }
          },
          {
            if: {
              properties: {
                type: {
                  const: "range"
                }
              }
            },
            then: {
              $ref: "#/definitions/rangeTolerance"
            }
          },
          {
            if: {
              properties: {
                type: {
                  const: "probe"
                }
              }
            },
            then: {
              $ref: "#/definitions/probeTolerance"
            }
          },
          {
            if: {
              properties: {
                type: {
                  const: "slo"
                }
              }
            },
            then: {
              $ref: "#/definitions/sloTolerance"
            }
          }
        ]
      }
    },
    target: {
      title: "Target",
      description: "The key of the probe's output to check, e.g. `body` or `stdout`.",
      type: "string"
    },
    regexTolerance: {
      title: "Regex tolerance",
      description: "Met when the pattern is found anywhere in the (targeted) output.",
      type: "object",
      required: ["pattern"],
      properties: {
        pattern: {
          title: "Pattern",
          description: "A regular expression; `${name}` is substituted.",
          type: "string"
        },
        target: {
          $ref: "#/definitions/target"
        }
      }
    },
    jsonpathTolerance: {
      title: "JSONPath tolerance",
      description: "Met when the path matches in the (targeted) output, optionally `count` times or with exactly the `expect`ed values.",
      type: "object",
      required: ["path"],
      properties: {
        path: {
          title: "JSON path",
          description: "A jsonpath2 expression, e.g. `$.items[*].status`.",
          type: "string",
          minLength: 1
        },
        target: {
          $ref: "#/definitions/target"
        },
        expect: {
          title: "Expected values",
          description: "The matched values must equal this (a scalar means exactly one match of that value)."
        },
        count: {
          title: "Count",
          description: "The number of matches required.",
          type: "integer",
          minimum: 0
        }
      }
    },
    rangeTolerance: {
      title: "Range tolerance",
      description: "Met when the (targeted) output is a number within the inclusive range.",
      type: "object",
      required: ["range"],
      properties: {
        range: {
          title: "Range",
          description: "`[lower, upper]`, both inclusive.",
          type: "array",
          items: {
            type: "number"
          },
          minItems: 2,
          maxItems: 2
        },
        target: {
          $ref: "#/definitions/target"
        }
      }
    },
    probeTolerance: {
      title: "Probe tolerance",
      description: "Runs another probe with the output passed as its `value` argument; met when it returns a truthy value.",
      type: "object",
      required: ["name", "provider"],
      properties: {
        name: {
          title: "Probe name",
          description: "The name of the checking probe.",
          type: "string",
          minLength: 1
        },
        provider: {
          $ref: "#/definitions/provider"
        }
      }
    },
    sloTolerance: {
      title: "SLO tolerance",
      description: 'Service-level objectives on the probe\'s numeric outputs, all of which must hold, e.g. `{type: slo, error_rate: "<=1%", p95_ms: "<=300"}`. Every key other than `type` and `target` names an output field (dots reach nested fields) and holds a comparison: `<=`, `<`, `>=`, `>`, `==` or `!=` then a number, a trailing `%` divides by 100, a bare number means `<=`.',
      type: "object",
      properties: {
        target: {
          $ref: "#/definitions/target"
        }
      },
      additionalProperties: {
        title: "Objective",
        description: "A comparison such as `<=300` or `<=1%`, or a number (an upper bound).",
        type: ["string", "number"]
      },
      minProperties: 2
    }
  }
};

// src/engine/load.ts
import { readFile, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

// node_modules/@humanwhocodes/momoa/dist/momoa.js
var CHAR_0 = 48;
var CHAR_1 = 49;
var CHAR_9 = 57;
var CHAR_BACKSLASH = 92;
var CHAR_DOLLAR = 36;
var CHAR_DOT = 46;
var CHAR_DOUBLE_QUOTE = 34;
var CHAR_LOWER_A = 97;
var CHAR_LOWER_E = 101;
var CHAR_LOWER_F = 102;
var CHAR_LOWER_N = 110;
var CHAR_LOWER_T = 116;
var CHAR_LOWER_U = 117;
var CHAR_LOWER_X = 120;
var CHAR_LOWER_Z = 122;
var CHAR_MINUS = 45;
var CHAR_NEWLINE = 10;
var CHAR_PLUS = 43;
var CHAR_RETURN = 13;
var CHAR_SINGLE_QUOTE = 39;
var CHAR_SLASH = 47;
var CHAR_SPACE = 32;
var CHAR_TAB = 9;
var CHAR_UNDERSCORE = 95;
var CHAR_UPPER_A = 65;
var CHAR_UPPER_E = 69;
var CHAR_UPPER_F = 70;
var CHAR_UPPER_N = 78;
var CHAR_UPPER_X = 88;
var CHAR_UPPER_Z = 90;
var CHAR_LOWER_B = 98;
var CHAR_LOWER_R = 114;
var CHAR_LOWER_V = 118;
var CHAR_LINE_SEPARATOR = 8232;
var CHAR_PARAGRAPH_SEPARATOR = 8233;
var CHAR_UPPER_I = 73;
var CHAR_STAR = 42;
var CHAR_VTAB = 11;
var CHAR_FORM_FEED = 12;
var CHAR_NBSP = 160;
var CHAR_BOM = 65279;
var CHAR_NON_BREAKING_SPACE = 160;
var CHAR_EN_QUAD = 8192;
var CHAR_EM_QUAD = 8193;
var CHAR_EN_SPACE = 8194;
var CHAR_EM_SPACE = 8195;
var CHAR_THREE_PER_EM_SPACE = 8196;
var CHAR_FOUR_PER_EM_SPACE = 8197;
var CHAR_SIX_PER_EM_SPACE = 8198;
var CHAR_FIGURE_SPACE = 8199;
var CHAR_PUNCTUATION_SPACE = 8200;
var CHAR_THIN_SPACE = 8201;
var CHAR_HAIR_SPACE = 8202;
var CHAR_NARROW_NO_BREAK_SPACE = 8239;
var CHAR_MEDIUM_MATHEMATICAL_SPACE = 8287;
var CHAR_IDEOGRAPHIC_SPACE = 12288;
var LBRACKET = "[";
var RBRACKET = "]";
var LBRACE = "{";
var RBRACE = "}";
var COLON = ":";
var COMMA = ",";
var TRUE = "true";
var FALSE = "false";
var NULL = "null";
var NAN$1 = "NaN";
var INFINITY$1 = "Infinity";
var QUOTE = '"';
var escapeToChar = /* @__PURE__ */ new Map([
  [CHAR_DOUBLE_QUOTE, QUOTE],
  [CHAR_BACKSLASH, "\\"],
  [CHAR_SLASH, "/"],
  [CHAR_LOWER_B, "\b"],
  [CHAR_LOWER_N, "\n"],
  [CHAR_LOWER_F, "\f"],
  [CHAR_LOWER_R, "\r"],
  [CHAR_LOWER_T, "	"]
]);
var json5EscapeToChar = new Map([
  ...escapeToChar,
  [CHAR_LOWER_V, "\v"],
  [CHAR_0, "\0"]
]);
var charToEscape = /* @__PURE__ */ new Map([
  [QUOTE, QUOTE],
  ["\\", "\\"],
  ["/", "/"],
  ["\b", "b"],
  ["\n", "n"],
  ["\f", "f"],
  ["\r", "r"],
  ["	", "t"]
]);
var json5CharToEscape = new Map([
  ...charToEscape,
  ["\v", "v"],
  ["\0", "0"],
  ["\u2028", "u2028"],
  ["\u2029", "u2029"]
]);
var knownTokenTypes = /* @__PURE__ */ new Map([
  [LBRACKET, "LBracket"],
  [RBRACKET, "RBracket"],
  [LBRACE, "LBrace"],
  [RBRACE, "RBrace"],
  [COLON, "Colon"],
  [COMMA, "Comma"],
  [TRUE, "Boolean"],
  [FALSE, "Boolean"],
  [NULL, "Null"]
]);
var knownJSON5TokenTypes = new Map([
  ...knownTokenTypes,
  [NAN$1, "Number"],
  [INFINITY$1, "Number"]
]);
var json5LineTerminators = /* @__PURE__ */ new Set([
  CHAR_NEWLINE,
  CHAR_RETURN,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR
]);
var ErrorWithLocation = class extends Error {
  /**
   * Creates a new instance.
   * @param {string} message The error message to report. 
   * @param {Location} loc The location information for the error.
   */
  constructor(message, { line, column, offset }) {
    super(`${message} (${line}:${column})`);
    this.line = line;
    this.column = column;
    this.offset = offset;
  }
};
var UnexpectedChar = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {number} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected character '${String.fromCharCode(unexpected)}' found.`, loc);
  }
};
var UnexpectedIdentifier = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {string} unexpected The character that was found.
   * @param {Location} loc The location information for the found character.
   */
  constructor(unexpected, loc) {
    super(`Unexpected identifier '${unexpected}' found.`, loc);
  }
};
var UnexpectedToken = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {Token} token The token that was found. 
   */
  constructor(token) {
    super(`Unexpected token ${token.type} found.`, token.loc.start);
  }
};
var UnexpectedEOF = class extends ErrorWithLocation {
  /**
   * Creates a new instance.
   * @param {Location} loc The location information for the found character.
   */
  constructor(loc) {
    super("Unexpected end of input found.", loc);
  }
};
var ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
var ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
var CHAR_CR = 13;
var CHAR_LF = 10;
var CharCodeReader = class {
  /**
   * The text to read from.
   * @type {string}
   */
  #text = "";
  /**
   * The current line number.
   * @type {number}
   */
  #line = 1;
  /**
   * The current column number.
   * @type {number}
   */
  #column = 0;
  /**
   * The current offset in the text.
   * @type {number}
   */
  #offset = -1;
  /**
   * Whether the last character read was a new line.
   * @type {boolean}
   */
  #newLine = false;
  /**
   * The last character code read.
   * @type {number}
   */
  #last = -1;
  /**
   * Whether the reader has ended.
   * @type {boolean}
   */
  #ended = false;
  /**
   * Creates a new instance.
   * @param {string} text The text to read from
   */
  constructor(text) {
    this.#text = text;
  }
  /**
   * Ends the reader.
   * @returns {void}
   */
  #end() {
    if (this.#ended) {
      return;
    }
    this.#column++;
    this.#offset++;
    this.#last = -1;
    this.#ended = true;
  }
  /**
   * Returns the current position of the reader.
   * @returns {Location} An object with line, column, and offset properties.
   */
  locate() {
    return {
      line: this.#line,
      column: this.#column,
      offset: this.#offset
    };
  }
  /**
   * Reads the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  next() {
    if (this.#offset >= this.#text.length - 1) {
      this.#end();
      return -1;
    }
    this.#offset++;
    const charCode = this.#text.charCodeAt(this.#offset);
    if (this.#newLine) {
      this.#line++;
      this.#column = 1;
      this.#newLine = false;
    } else {
      this.#column++;
    }
    if (charCode === CHAR_CR) {
      this.#newLine = true;
      if (this.peek() === CHAR_LF) {
        this.#offset++;
      }
    } else if (charCode === CHAR_LF) {
      this.#newLine = true;
    }
    this.#last = charCode;
    return charCode;
  }
  /**
   * Peeks at the next character code in the text.
   * @returns {number} The next character code, or -1 if there are no more characters.
   */
  peek() {
    if (this.#offset === this.#text.length - 1) {
      return -1;
    }
    return this.#text.charCodeAt(this.#offset + 1);
  }
  /**
   * Determines if the next character code in the text matches a specific character code.
   * @param {(number) => boolean} fn A function to call on the next character.
   * @returns {boolean} True if the next character code matches, false if not.
   */
  match(fn) {
    if (fn(this.peek())) {
      this.next();
      return true;
    }
    return false;
  }
  /**
   * Returns the last character code read.
   * @returns {number} The last character code read.
   */
  current() {
    return this.#last;
  }
};
var INFINITY = "Infinity";
var NAN = "NaN";
var keywordStarts = /* @__PURE__ */ new Set([CHAR_LOWER_T, CHAR_LOWER_F, CHAR_LOWER_N]);
var whitespace = /* @__PURE__ */ new Set([CHAR_SPACE, CHAR_TAB, CHAR_NEWLINE, CHAR_RETURN]);
var json5Whitespace = /* @__PURE__ */ new Set([
  ...whitespace,
  CHAR_VTAB,
  CHAR_FORM_FEED,
  CHAR_NBSP,
  CHAR_LINE_SEPARATOR,
  CHAR_PARAGRAPH_SEPARATOR,
  CHAR_BOM,
  CHAR_NON_BREAKING_SPACE,
  CHAR_EN_QUAD,
  CHAR_EM_QUAD,
  CHAR_EN_SPACE,
  CHAR_EM_SPACE,
  CHAR_THREE_PER_EM_SPACE,
  CHAR_FOUR_PER_EM_SPACE,
  CHAR_SIX_PER_EM_SPACE,
  CHAR_FIGURE_SPACE,
  CHAR_PUNCTUATION_SPACE,
  CHAR_THIN_SPACE,
  CHAR_HAIR_SPACE,
  CHAR_NARROW_NO_BREAK_SPACE,
  CHAR_MEDIUM_MATHEMATICAL_SPACE,
  CHAR_IDEOGRAPHIC_SPACE
]);
var DEFAULT_OPTIONS$1 = {
  mode: "json",
  ranges: false
};
var jsonKeywords = /* @__PURE__ */ new Set(["true", "false", "null"]);
var tt = {
  EOF: 0,
  Number: 1,
  String: 2,
  Boolean: 3,
  Null: 4,
  NaN: 5,
  Infinity: 6,
  Identifier: 7,
  Colon: 20,
  LBrace: 21,
  RBrace: 22,
  LBracket: 23,
  RBracket: 24,
  Comma: 25,
  LineComment: 40,
  BlockComment: 41
};
function isDigit(c) {
  return c >= CHAR_0 && c <= CHAR_9;
}
function isHexDigit(c) {
  return isDigit(c) || c >= CHAR_UPPER_A && c <= CHAR_UPPER_F || c >= CHAR_LOWER_A && c <= CHAR_LOWER_F;
}
function isPositiveDigit(c) {
  return c >= CHAR_1 && c <= CHAR_9;
}
function isKeywordStart(c) {
  return keywordStarts.has(c);
}
function isNumberStart(c) {
  return isDigit(c) || c === CHAR_DOT || c === CHAR_MINUS;
}
function isJSON5NumberStart(c) {
  return isNumberStart(c) || c === CHAR_PLUS;
}
function isStringStart(c, json5) {
  return c === CHAR_DOUBLE_QUOTE || json5 && c === CHAR_SINGLE_QUOTE;
}
function isJSON5IdentifierStart(c) {
  if (c === CHAR_DOLLAR || c === CHAR_UNDERSCORE || c === CHAR_BACKSLASH) {
    return true;
  }
  if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z || c >= CHAR_UPPER_A && c <= CHAR_UPPER_Z) {
    return true;
  }
  if (c === 8204 || c === 8205) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Start.test(ct);
}
function isJSON5IdentifierPart(c) {
  if (isJSON5IdentifierStart(c) || isDigit(c)) {
    return true;
  }
  const ct = String.fromCharCode(c);
  return ID_Continue.test(ct);
}
var Tokenizer = class {
  /**
   * Options for the tokenizer.
   * @type {TokenizeOptions}
   */
  #options;
  /**
   * The source text to tokenize.
   * @type {string}
   */
  #text;
  /**
   * The reader for the source text.
   * @type {CharCodeReader}
   */
  #reader;
  /**
   * Indicates if the tokenizer is in JSON5 mode.
   * @type {boolean}
   */
  #json5;
  /**
   * Indicates if comments are allowed.
   * @type {boolean}
   */
  #allowComments;
  /**
   * Indicates if ranges should be included in the tokens.
   * @type {boolean}
   */
  #ranges;
  /**
   * The last token type read.
   * @type {Token}
   */
  #token;
  /**
   * Determines if a character is an escaped character.
   * @type {(c:number) => boolean}
   */
  #isEscapedCharacter;
  /**
   * Determines if a character is a JSON5 line terminator.
   * @type {(c:number) => boolean}
   */
  #isJSON5LineTerminator;
  /**
   * Determines if a character is a JSON5 hex escape.
   * @type {(c:number) => boolean}
   */
  #isJSON5HexEscape;
  /**
   * Determines if a character is whitespace.
   * @type {(c:number) => boolean}
   */
  #isWhitespace;
  /**
   * Creates a new instance of the tokenizer.
   * @param {string} text The source text
   * @param {TokenizeOptions} [options] Options for the tokenizer.
   */
  constructor(text, options) {
    this.#text = text;
    this.#options = {
      ...DEFAULT_OPTIONS$1,
      ...options
    };
    this.#reader = new CharCodeReader(text);
    this.#json5 = this.#options.mode === "json5";
    this.#allowComments = this.#options.mode !== "json";
    this.#ranges = this.#options.ranges;
    this.#isEscapedCharacter = this.#json5 ? json5EscapeToChar.has.bind(json5EscapeToChar) : escapeToChar.has.bind(escapeToChar);
    this.#isJSON5LineTerminator = this.#json5 ? json5LineTerminators.has.bind(json5LineTerminators) : () => false;
    this.#isJSON5HexEscape = this.#json5 ? (c) => c === CHAR_LOWER_X : () => false;
    this.#isWhitespace = this.#json5 ? json5Whitespace.has.bind(json5Whitespace) : whitespace.has.bind(whitespace);
  }
  // #region Errors
  /**
   * Convenience function for throwing unexpected character errors.
   * @param {number} c The unexpected character.
   * @param {Location} [loc] The location of the unexpected character.
   * @returns {never}
   * @throws {UnexpectedChar} always.
   */
  #unexpected(c, loc = this.#reader.locate()) {
    throw new UnexpectedChar(c, loc);
  }
  /**
   * Convenience function for throwing unexpected identifier errors.
   * @param {string} identifier The unexpected identifier.
   * @param {Location} [loc] The location of the unexpected identifier.
   * @returns {never}
   * @throws {UnexpectedIdentifier} always.
   */
  #unexpectedIdentifier(identifier, loc = this.#reader.locate()) {
    throw new UnexpectedIdentifier(identifier, loc);
  }
  /**
  * Convenience function for throwing unexpected EOF errors.
  * @returns {never}
  * @throws {UnexpectedEOF} always.
  */
  #unexpectedEOF() {
    throw new UnexpectedEOF(this.#reader.locate());
  }
  // #endregion
  // #region Helpers
  /**
   * Creates a new token.
   * @param {TokenType} tokenType The type of token to create.
   * @param {number} length The length of the token.
   * @param {Location} startLoc The start location for the token.
   * @param {Location} [endLoc] The end location for the token.
   * @returns {Token} The token.
   */
  #createToken(tokenType, length, startLoc, endLoc) {
    const endOffset = startLoc.offset + length;
    let range = this.#options.ranges ? {
      range: (
        /** @type {Range} */
        [startLoc.offset, endOffset]
      )
    } : void 0;
    return {
      type: tokenType,
      loc: {
        start: startLoc,
        end: endLoc || {
          line: startLoc.line,
          column: startLoc.column + length,
          offset: endOffset
        }
      },
      ...range
    };
  }
  /**
   * Reads in a specific number of hex digits.
   * @param {number} count The number of hex digits to read.
   * @returns {string} The hex digits read.
   */
  #readHexDigits(count) {
    let value = "";
    let c;
    for (let i = 0; i < count; i++) {
      c = this.#reader.peek();
      if (isHexDigit(c)) {
        this.#reader.next();
        value += String.fromCharCode(c);
        continue;
      }
      this.#unexpected(c);
    }
    return value;
  }
  /**
   * Reads in a JSON5 identifier. Also used for JSON but we validate
   * the identifier later.
   * @param {number} c The first character of the identifier.
   * @returns {string} The identifier read.
   * @throws {UnexpectedChar} when the identifier cannot be read.
   */
  #readIdentifier(c) {
    let value = "";
    do {
      value += String.fromCharCode(c);
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.next();
        if (c !== CHAR_LOWER_U) {
          this.#unexpected(c);
        }
        value += String.fromCharCode(c);
        const hexDigits = this.#readHexDigits(4);
        const charCode = parseInt(hexDigits, 16);
        if (value.length === 2 && !isJSON5IdentifierStart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(CHAR_BACKSLASH, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        } else if (!isJSON5IdentifierPart(charCode)) {
          const loc = this.#reader.locate();
          this.#unexpected(charCode, { line: loc.line, column: loc.column - 5, offset: loc.offset - 5 });
        }
        value += hexDigits;
      }
      c = this.#reader.peek();
      if (!isJSON5IdentifierPart(c)) {
        break;
      }
      this.#reader.next();
    } while (true);
    return value;
  }
  /**
   * Reads in a string. Works for both JSON and JSON5.
   * @param {number} c The first character of the string (either " or ').
   * @returns {number} The length of the string.
   * @throws {UnexpectedChar} when the string cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the string is finalized.
   */
  #readString(c) {
    const delimiter2 = c;
    let length = 1;
    c = this.#reader.peek();
    while (c !== -1 && c !== delimiter2) {
      this.#reader.next();
      length++;
      if (c === CHAR_BACKSLASH) {
        c = this.#reader.peek();
        if (this.#isEscapedCharacter(c) || this.#isJSON5LineTerminator(c)) {
          this.#reader.next();
          length++;
        } else if (c === CHAR_LOWER_U) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(4);
          length += result.length;
        } else if (this.#isJSON5HexEscape(c)) {
          this.#reader.next();
          length++;
          const result = this.#readHexDigits(2);
          length += result.length;
        } else if (this.#json5) {
          this.#reader.next();
          length++;
        } else {
          this.#unexpected(c);
        }
      }
      c = this.#reader.peek();
    }
    if (c === -1) {
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    length++;
    return length;
  }
  /**
   * Reads a number. Works for both JSON and JSON5.
   * @param {number} c The first character of the number.
   * @returns {number} The length of the number.
   * @throws {UnexpectedChar} when the number cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the number is finalized.
   */
  #readNumber(c) {
    let length = 1;
    if (c === CHAR_MINUS || this.#json5 && c === CHAR_PLUS) {
      c = this.#reader.peek();
      if (this.#json5) {
        if (c === CHAR_UPPER_I || c === CHAR_UPPER_N) {
          this.#reader.next();
          const identifier = this.#readIdentifier(c);
          if (identifier !== INFINITY && identifier !== NAN) {
            this.#unexpected(c);
          }
          return length + identifier.length;
        }
      }
      if (!isDigit(c)) {
        this.#unexpected(c);
      }
      this.#reader.next();
      length++;
    }
    if (c === CHAR_0) {
      c = this.#reader.peek();
      if (this.#json5 && (c === CHAR_LOWER_X || c === CHAR_UPPER_X)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
        if (!isHexDigit(c)) {
          this.#reader.next();
          this.#unexpected(c);
        }
        do {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        } while (isHexDigit(c));
      } else if (isDigit(c)) {
        this.#unexpected(c);
      }
    } else {
      if (!this.#json5 || c !== CHAR_DOT) {
        if (!isPositiveDigit(c)) {
          this.#unexpected(c);
        }
        c = this.#reader.peek();
        while (isDigit(c)) {
          this.#reader.next();
          length++;
          c = this.#reader.peek();
        }
      }
    }
    if (c === CHAR_DOT) {
      let digitCount = -1;
      this.#reader.next();
      length++;
      digitCount++;
      c = this.#reader.peek();
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        digitCount++;
        c = this.#reader.peek();
      }
      if (!this.#json5 && digitCount === 0) {
        this.#reader.next();
        if (c) {
          this.#unexpected(c);
        } else {
          this.#unexpectedEOF();
        }
      }
    }
    if (c === CHAR_LOWER_E || c === CHAR_UPPER_E) {
      this.#reader.next();
      length++;
      c = this.#reader.peek();
      if (c === CHAR_PLUS || c === CHAR_MINUS) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
      if (c === -1) {
        this.#reader.next();
        this.#unexpectedEOF();
      }
      if (!isDigit(c)) {
        this.#reader.next();
        this.#unexpected(c);
      }
      while (isDigit(c)) {
        this.#reader.next();
        length++;
        c = this.#reader.peek();
      }
    }
    return length;
  }
  /**
   * Reads a comment. Works for both JSON and JSON5.
   * @param {number} c The first character of the comment.
   * @returns {{length: number, multiline: boolean}} The length of the comment, and whether the comment is multi-line.
   * @throws {UnexpectedChar} when the comment cannot be read.
   * @throws {UnexpectedEOF} when EOF is reached before the comment is finalized.
   */
  #readComment(c) {
    let length = 1;
    c = this.#reader.peek();
    if (c === CHAR_SLASH) {
      do {
        this.#reader.next();
        length += 1;
        c = this.#reader.peek();
      } while (c > -1 && c !== CHAR_RETURN && c !== CHAR_NEWLINE);
      return { length, multiline: false };
    }
    if (c === CHAR_STAR) {
      this.#reader.next();
      length += 1;
      while (c > -1) {
        c = this.#reader.peek();
        if (c === CHAR_STAR) {
          this.#reader.next();
          length += 1;
          c = this.#reader.peek();
          if (c === CHAR_SLASH) {
            this.#reader.next();
            length += 1;
            return { length, multiline: true };
          }
        } else {
          this.#reader.next();
          length += 1;
        }
      }
      this.#reader.next();
      this.#unexpectedEOF();
    }
    this.#reader.next();
    this.#unexpected(c);
  }
  // #endregion
  /**
   * Returns the next token in the source text.
   * @returns {number} The code for the next token.
   */
  next() {
    let c = this.#reader.next();
    while (this.#isWhitespace(c)) {
      c = this.#reader.next();
    }
    if (c === -1) {
      return tt.EOF;
    }
    const start = this.#reader.locate();
    const ct = String.fromCharCode(c);
    if (this.#json5) {
      if (knownJSON5TokenTypes.has(ct)) {
        this.#token = this.#createToken(knownJSON5TokenTypes.get(ct), 1, start);
      } else if (isJSON5IdentifierStart(c)) {
        const value = this.#readIdentifier(c);
        if (knownJSON5TokenTypes.has(value)) {
          this.#token = this.#createToken(knownJSON5TokenTypes.get(value), value.length, start);
        } else {
          this.#token = this.#createToken("Identifier", value.length, start);
        }
      } else if (isJSON5NumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken("String", result, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    } else {
      if (knownTokenTypes.has(ct)) {
        this.#token = this.#createToken(knownTokenTypes.get(ct), 1, start);
      } else if (isKeywordStart(c)) {
        const value = this.#readIdentifier(c);
        if (!jsonKeywords.has(value)) {
          this.#unexpectedIdentifier(value, start);
        }
        this.#token = this.#createToken(knownTokenTypes.get(value), value.length, start);
      } else if (isNumberStart(c)) {
        const result = this.#readNumber(c);
        this.#token = this.#createToken("Number", result, start);
      } else if (isStringStart(c, this.#json5)) {
        const result = this.#readString(c);
        this.#token = this.#createToken("String", result, start);
      } else if (c === CHAR_SLASH && this.#allowComments) {
        const result = this.#readComment(c);
        const lastCharLoc = this.#reader.locate();
        this.#token = this.#createToken(!result.multiline ? "LineComment" : "BlockComment", result.length, start, {
          line: lastCharLoc.line,
          column: lastCharLoc.column + 1,
          offset: lastCharLoc.offset + 1
        });
      } else {
        this.#unexpected(c);
      }
    }
    return tt[this.#token.type];
  }
  /**
   * Returns the current token in the source text.
   * @returns {Token} The current token.
   */
  get token() {
    return this.#token;
  }
};
var types = {
  /**
   * Creates a document node.
   * @param {ValueNode} body The body of the document.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {DocumentNode} The document node.
   */
  document(body, parts = {}) {
    return {
      type: "Document",
      body,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a string node.
   * @param {string} value The value for the string.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {StringNode} The string node.
   */
  string(value, parts = {}) {
    return {
      type: "String",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a number node.
   * @param {number} value The value for the number.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NumberNode} The number node.
   */
  number(value, parts = {}) {
    return {
      type: "Number",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a boolean node.
   * @param {boolean} value The value for the boolean.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {BooleanNode} The boolean node.
   */
  boolean(value, parts = {}) {
    return {
      type: "Boolean",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a null node.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {NullNode} The null node.
   */
  null(parts = {}) {
    return {
      type: "Null",
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an array node.
   * @param {Array<ElementNode>} elements The elements to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ArrayNode} The array node.
   */
  array(elements, parts = {}) {
    return {
      type: "Array",
      elements,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an element node.
   * @param {ValueNode} value The value for the element.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ElementNode} The element node.
   */
  element(value, parts = {}) {
    return {
      type: "Element",
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an object node.
   * @param {Array<MemberNode>} members The members to add.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {ObjectNode} The object node.
   */
  object(members, parts = {}) {
    return {
      type: "Object",
      members,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a member node.
   * @param {StringNode|IdentifierNode} name The name for the member.
   * @param {ValueNode} value The value for the member.
   * @param {NodeParts} parts Additional properties for the node. 
   * @returns {MemberNode} The member node.
   */
  member(name, value, parts = {}) {
    return {
      type: "Member",
      name,
      value,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an identifier node.
   * @param {string} name The name for the identifier.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {IdentifierNode} The identifier node.
   */
  identifier(name, parts = {}) {
    return {
      type: "Identifier",
      name,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates a NaN node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {NaNNode} The NaN node.
   */
  nan(sign = "", parts = {}) {
    return {
      type: "NaN",
      sign,
      loc: parts.loc,
      ...parts
    };
  },
  /**
   * Creates an Infinity node.
   * @param {Sign} sign The sign for the Infinity.
   * @param {NodeParts} parts Additional properties for the node.
   * @returns {InfinityNode} The Infinity node.
   */
  infinity(sign = "", parts = {}) {
    return {
      type: "Infinity",
      sign,
      loc: parts.loc,
      ...parts
    };
  }
};
var DEFAULT_OPTIONS = {
  mode: "json",
  ranges: false,
  tokens: false,
  allowTrailingCommas: false
};
var UNICODE_SEQUENCE = /\\u[\da-fA-F]{4}/gu;
function normalizeIdentifier(identifier) {
  return identifier.replace(UNICODE_SEQUENCE, (unicodeEscape) => {
    return String.fromCharCode(parseInt(unicodeEscape.slice(2), 16));
  });
}
function getEndLocation(text) {
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "\n") {
      line++;
      column = 1;
    } else if (char === "\r") {
      if (text[i + 1] === "\n") {
        i++;
      }
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  return {
    line,
    column,
    offset: text.length
  };
}
function getStringValue(value, token, json5 = false) {
  let result = "";
  let escapeIndex = value.indexOf("\\");
  let lastIndex = 0;
  while (escapeIndex >= 0) {
    result += value.slice(lastIndex, escapeIndex);
    const escapeChar = value.charAt(escapeIndex + 1);
    const escapeCharCode = escapeChar.charCodeAt(0);
    if (json5 && json5EscapeToChar.has(escapeCharCode)) {
      result += json5EscapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeToChar.has(escapeCharCode)) {
      result += escapeToChar.get(escapeCharCode);
      lastIndex = escapeIndex + 2;
    } else if (escapeChar === "u") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 6);
      if (hexCode.length < 4 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid unicode escape \\u${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 6;
    } else if (json5 && escapeChar === "x") {
      const hexCode = value.slice(escapeIndex + 2, escapeIndex + 4);
      if (hexCode.length < 2 || /[^0-9a-f]/i.test(hexCode)) {
        throw new ErrorWithLocation(
          `Invalid hex escape \\x${hexCode}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
      result += String.fromCharCode(parseInt(hexCode, 16));
      lastIndex = escapeIndex + 4;
    } else if (json5 && json5LineTerminators.has(escapeCharCode)) {
      lastIndex = escapeIndex + 2;
      if (escapeChar === "\r" && value.charAt(lastIndex) === "\n") {
        lastIndex++;
      }
    } else {
      if (json5) {
        result += escapeChar;
        lastIndex = escapeIndex + 2;
      } else {
        throw new ErrorWithLocation(
          `Invalid escape \\${escapeChar}.`,
          {
            line: token.loc.start.line,
            column: token.loc.start.column + escapeIndex,
            offset: token.loc.start.offset + escapeIndex
          }
        );
      }
    }
    escapeIndex = value.indexOf("\\", lastIndex);
  }
  result += value.slice(lastIndex);
  return result;
}
function getLiteralValue(value, token, json5 = false) {
  switch (token.type) {
    case "Boolean":
      return value === "true";
    case "Number":
      if (json5) {
        if (value.charCodeAt(0) === 45) {
          return -Number(value.slice(1));
        }
        if (value.charCodeAt(0) === 43) {
          return Number(value.slice(1));
        }
      }
      return Number(value);
    case "String":
      return getStringValue(value.slice(1, -1), token, json5);
    default:
      throw new TypeError(`Unknown token type "${token.type}.`);
  }
}
function parse(text, options) {
  options = Object.freeze({
    ...DEFAULT_OPTIONS,
    ...options
  });
  const tokens = [];
  const tokenizer = new Tokenizer(text, {
    mode: options.mode,
    ranges: options.ranges
  });
  const json5 = options.mode === "json5";
  const allowTrailingCommas = options.allowTrailingCommas || json5;
  function nextNoComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    return nextType;
  }
  function nextSkipComments() {
    const nextType = tokenizer.next();
    if (nextType && options.tokens) {
      tokens.push(tokenizer.token);
    }
    if (nextType >= tt.LineComment) {
      return nextSkipComments();
    }
    return nextType;
  }
  const next = options.mode === "json" ? nextNoComments : nextSkipComments;
  function assertTokenType(token, type) {
    if (token !== type) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function assertTokenTypes(token, types2) {
    if (!types2.includes(token)) {
      throw new UnexpectedToken(tokenizer.token);
    }
  }
  function createRange(start, end) {
    return options.ranges ? {
      range: [start.offset, end.offset]
    } : void 0;
  }
  function createLiteralNode(tokenType) {
    const token = tokenizer.token;
    const range = createRange(token.loc.start, token.loc.end);
    const value = getLiteralValue(
      text.slice(token.loc.start.offset, token.loc.end.offset),
      token,
      json5
    );
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    switch (tokenType) {
      case tt.String:
        return types.string(
          /** @type {string} */
          value,
          parts
        );
      case tt.Number:
        return types.number(
          /** @type {number} */
          value,
          parts
        );
      case tt.Boolean:
        return types.boolean(
          /** @type {boolean} */
          value,
          parts
        );
      default:
        throw new TypeError(`Unknown token type ${token.type}.`);
    }
  }
  function createJSON5IdentifierNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    const identifier = text.slice(token.loc.start.offset, token.loc.end.offset);
    const loc = {
      start: {
        ...token.loc.start
      },
      end: {
        ...token.loc.end
      }
    };
    const parts = { loc, ...range };
    if (token.type !== "Identifier") {
      let sign = "";
      if (identifier[0] === "+" || identifier[0] === "-") {
        sign = identifier[0];
      }
      return types[identifier.includes("NaN") ? "nan" : "infinity"](
        /** @type {Sign} */
        sign,
        parts
      );
    }
    return types.identifier(normalizeIdentifier(identifier), parts);
  }
  function createNullNode(token) {
    const range = createRange(token.loc.start, token.loc.end);
    return types.null({
      loc: {
        start: {
          ...token.loc.start
        },
        end: {
          ...token.loc.end
        }
      },
      ...range
    });
  }
  function parseProperty(tokenType) {
    if (json5) {
      assertTokenTypes(tokenType, [tt.String, tt.Identifier, tt.Number]);
    } else {
      assertTokenType(tokenType, tt.String);
    }
    const token = tokenizer.token;
    if (json5 && tokenType === tt.Number && /[+\-0-9]/.test(text[token.loc.start.offset])) {
      throw new UnexpectedToken(token);
    }
    let key = tokenType === tt.String ? (
      /** @type {StringNode} */
      createLiteralNode(tokenType)
    ) : (
      /** @type {IdentifierNode|NaNNode|InfinityNode} */
      createJSON5IdentifierNode(token)
    );
    if (json5 && (key.type === "NaN" || key.type === "Infinity")) {
      if (key.sign !== "") {
        throw new UnexpectedToken(tokenizer.token);
      }
      key = types.identifier(key.type, { loc: key.loc, ...createRange(key.loc.start, key.loc.end) });
    }
    tokenType = next();
    assertTokenType(tokenType, tt.Colon);
    const value = parseValue();
    const range = createRange(key.loc.start, value.loc.end);
    return types.member(
      /** @type {StringNode|IdentifierNode} */
      key,
      /** @type {ValueNode} */
      value,
      {
        loc: {
          start: {
            ...key.loc.start
          },
          end: {
            ...value.loc.end
          }
        },
        ...range
      }
    );
  }
  function parseObject(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBrace);
    const firstToken = tokenizer.token;
    const members = [];
    let tokenType = next();
    if (tokenType !== tt.RBrace) {
      do {
        members.push(parseProperty(tokenType));
        tokenType = next();
        if (!tokenType) {
          throw new UnexpectedEOF(members[members.length - 1].loc.end);
        }
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBrace) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBrace);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.object(members, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseArray(firstTokenType) {
    assertTokenType(firstTokenType, tt.LBracket);
    const firstToken = tokenizer.token;
    const elements = [];
    let tokenType = next();
    if (tokenType !== tt.RBracket) {
      do {
        const value = parseValue(tokenType);
        elements.push(types.element(
          /** @type {ValueNode} */
          value,
          { loc: value.loc }
        ));
        tokenType = next();
        if (tokenType === tt.Comma) {
          tokenType = next();
          if (allowTrailingCommas && tokenType === tt.RBracket) {
            break;
          }
        } else {
          break;
        }
      } while (tokenType);
    }
    assertTokenType(tokenType, tt.RBracket);
    const lastToken = tokenizer.token;
    const range = createRange(firstToken.loc.start, lastToken.loc.end);
    return types.array(elements, {
      loc: {
        start: {
          ...firstToken.loc.start
        },
        end: {
          ...lastToken.loc.end
        }
      },
      ...range
    });
  }
  function parseValue(tokenType) {
    tokenType = tokenType ?? next();
    const token = tokenizer.token;
    if (!tokenType) {
      throw new UnexpectedEOF({
        line: 1,
        column: 1,
        offset: 0
      });
    }
    switch (tokenType) {
      case tt.String:
      case tt.Boolean:
        return createLiteralNode(tokenType);
      case tt.Number:
        if (json5) {
          let tokenText = text.slice(token.loc.start.offset, token.loc.end.offset);
          if (tokenText[0] === "+" || tokenText[0] === "-") {
            tokenText = tokenText.slice(1);
          }
          if (tokenText === "NaN" || tokenText === "Infinity") {
            return createJSON5IdentifierNode(token);
          }
        }
        return createLiteralNode(tokenType);
      case tt.Null:
        return createNullNode(token);
      case tt.LBrace:
        return parseObject(tokenType);
      case tt.LBracket:
        return parseArray(tokenType);
      default:
        throw new UnexpectedToken(token);
    }
  }
  const docBody = parseValue();
  const unexpectedToken = next();
  if (unexpectedToken) {
    throw new UnexpectedToken(tokenizer.token);
  }
  const textEndLocation = getEndLocation(text);
  const docParts = {
    loc: {
      start: {
        line: 1,
        column: 1,
        offset: 0
      },
      end: {
        ...textEndLocation
      }
    }
  };
  if (options.tokens) {
    docParts.tokens = tokens;
  }
  if (options.ranges) {
    docParts.range = [
      docParts.loc.start.offset,
      docParts.loc.end.offset
    ];
  }
  return types.document(
    /** @type {ValueNode} */
    docBody,
    docParts
  );
}

// src/engine/load.ts
var import_yaml = __toESM(require_dist(), 1);
var EXPERIMENT_EXTENSIONS = [".json", ".yaml", ".yml"];
var UNSUPPORTED_EXTENSION = "only files with json, yaml or yml extensions are supported";
var MAX_DEPTH = 32;
function isExperimentFile(name) {
  return EXPERIMENT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}
async function findExperimentFiles(paths) {
  if (paths.length === 0) {
    throw new UsageError("no experiment path given", "name an experiment file or a directory");
  }
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    found.push(file);
  };
  for (const given of paths) {
    const info = await stat(given).catch((error) => {
      throw new UsageError(`experiment path '${given}' does not exist`, describeFsError(error));
    });
    if (info.isDirectory()) {
      const files = await walk(given, /* @__PURE__ */ new Set([await realpath(given)]), 0);
      if (files.length === 0) {
        throw new UsageError(
          `no experiment files (${EXPERIMENT_EXTENSIONS.join(", ")}) found under '${given}'`
        );
      }
      files.forEach(add);
    } else if (!isExperimentFile(given)) {
      throw new UsageError(`'${given}': ${UNSUPPORTED_EXTENSION}`);
    } else {
      add(given);
    }
  }
  return found;
}
function describeFsError(error) {
  const code = error?.code;
  if (code === "ENOENT") return "check the path: nothing exists there";
  if (code === "EACCES") return "the path is not readable by this user";
  return void 0;
}
async function walk(dir, visited, depth) {
  if (depth > MAX_DEPTH) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const out = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => void 0);
      if (target === void 0) continue;
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) {
      const real = await realpath(full);
      if (visited.has(real)) continue;
      visited.add(real);
      out.push(...await walk(full, visited, depth + 1));
    } else if (isFile && isExperimentFile(entry.name)) {
      out.push(full);
    }
  }
  return out;
}
async function loadExperimentFile(file) {
  const ext = path.extname(file).toLowerCase();
  if (!EXPERIMENT_EXTENSIONS.includes(ext)) {
    throw new UsageError(`'${file}': ${UNSUPPORTED_EXTENSION}`);
  }
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read experiment file '${file}'`, describeFsError(error));
  }
  return parseExperimentText(text, file, ext === ".json" ? "json" : "yaml");
}
function parseExperimentText(text, file, format) {
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  const lineCounter = new import_yaml.LineCounter();
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const parsed = format === "json" ? parseJson(text, file, lineCounter) : parseYaml(text, lineCounter, at);
  const { value, offsetOf } = parsed;
  const issues = parsed.issues;
  const locate = (docPath) => at(offsetOf(docPath));
  if (issues.length > 0) throw new ExperimentValidationError(sortByLocation(issues));
  if (value === null || value === void 0) {
    throw new ExperimentValidationError([
      {
        field: "",
        message: "an empty experiment is not an experiment",
        expected: "a mapping with at least `title`, `description` and `method`",
        location: { file, line: 1, column: 1 }
      }
    ]);
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new ExperimentValidationError([
      {
        field: "",
        message: `an experiment must be a mapping of fields, not ${describeValue(value)}`,
        expected: "a mapping with at least `title`, `description` and `method`",
        location: locate([])
      }
    ]);
  }
  return {
    file,
    absolutePath: path.resolve(file),
    format,
    experiment: value,
    locate
  };
}
function parseYaml(text, lineCounter, at) {
  const issues = [];
  const docs = (0, import_yaml.parseAllDocuments)(text, {
    lineCounter,
    // YAML 1.2 core schema, no YAML 1.1 extras: chaostoolkit's safe_load refuses unknown tags too.
    schema: "core",
    version: "1.2",
    resolveKnownTags: false,
    // safe_load honours `<<` merge keys, and experiments use them for shared provider blocks.
    merge: true,
    // We report duplicates ourselves, naming the key and where it was first defined.
    uniqueKeys: false,
    prettyErrors: false
  });
  const list = Array.isArray(docs) ? docs : [];
  const content = list.filter((d) => d.contents !== null || d.errors.length > 0);
  const doc = content[0];
  for (const d of list) {
    for (const e of d.errors) {
      issues.push({
        field: "",
        message: `YAML syntax error: ${e.message}`,
        expected: "valid YAML",
        location: at(e.pos[0])
      });
    }
    for (const w of d.warnings) {
      if (w.code !== "TAG_RESOLVE_FAILED") continue;
      const tag = w.message.replace(/^Unresolved tag:\s*/, "");
      issues.push({
        field: "",
        message: `unsupported YAML tag ${tag.replace(/^tag:yaml\.org,2002:/, "!!")}`,
        expected: "plain YAML values without custom tags (as with safe_load)",
        location: at(w.pos[0])
      });
    }
  }
  const second = content[1];
  if (second !== void 0) {
    issues.push({
      field: "",
      message: `a file holds one experiment, but this one has ${content.length} YAML documents`,
      expected: "a single YAML document (no second `---`)",
      location: at(second.range[0])
    });
  }
  if (doc !== void 0) issues.push(...duplicateKeyIssues(doc, at));
  let value;
  if (doc !== void 0 && issues.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      issues.push({
        field: "",
        message: `YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`,
        expected: "valid YAML",
        location: at(doc.range[0])
      });
    }
  }
  return {
    value,
    issues,
    offsetOf: (docPath) => doc === void 0 ? 0 : yamlOffset(doc, docPath)
  };
}
function parseJson(text, file, lineCounter) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { value: void 0, issues: [jsonSyntaxIssue(text, error, file)], offsetOf: () => 0 };
  }
  lineCounter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    lineCounter.addNewLine(i + 1);
  }
  let root;
  try {
    root = parse(text, { mode: "json" }).body;
  } catch {
    root = void 0;
  }
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  return {
    value,
    issues: root === void 0 ? [] : jsonDuplicateKeyIssues(root, at),
    offsetOf: (docPath) => root === void 0 ? 0 : jsonOffset(root, docPath)
  };
}
function jsonDuplicateKeyIssues(root, at) {
  const issues = [];
  const visit = (node, docPath, depth) => {
    if (depth > 200) return;
    if (node.type === "Object") {
      const seen = /* @__PURE__ */ new Map();
      for (const member of node.members) {
        const key = member.name.type === "String" ? member.name.value : member.name.name;
        const offset = member.name.loc.start.offset;
        const first = seen.get(key);
        if (first !== void 0) {
          issues.push(duplicateIssue([...docPath, key], key, at(first).line, at(offset)));
        } else {
          seen.set(key, offset);
        }
        visit(member.value, [...docPath, key], depth + 1);
      }
    } else if (node.type === "Array") {
      node.elements.forEach((element, i) => visit(element.value, [...docPath, i], depth + 1));
    }
  };
  visit(root, [], 0);
  return issues;
}
function jsonOffset(root, docPath) {
  let node = root;
  let offset = root.loc.start.offset;
  for (const segment of docPath) {
    let next;
    if (node.type === "Object") {
      const member = node.members.filter((m) => (m.name.type === "String" ? m.name.value : m.name.name) === String(segment)).pop();
      if (member !== void 0) next = { node: member.value, offset: member.name.loc.start.offset };
    } else if (node.type === "Array") {
      const element = node.elements[Number(segment)];
      if (element !== void 0)
        next = { node: element.value, offset: element.value.loc.start.offset };
    }
    if (next === void 0) break;
    node = next.node;
    offset = next.offset;
  }
  return offset;
}
function sortByLocation(issues) {
  const key = (i) => [i.location?.line ?? 0, i.location?.column ?? 0];
  return issues.map((issue, index) => ({ issue, index })).sort((a, b) => {
    const [la = 0, ca = 0] = key(a.issue);
    const [lb = 0, cb = 0] = key(b.issue);
    return la - lb || ca - cb || a.index - b.index;
  }).map((x) => x.issue);
}
function jsonSyntaxIssue(text, error, file) {
  if (text.trim() === "") {
    return {
      field: "",
      message: "an empty experiment is not an experiment",
      expected: "a JSON object with at least `title`, `description` and `method`",
      location: { file, line: 1, column: 1 }
    };
  }
  let line = 1;
  let column = 1;
  let located = "";
  try {
    parse(text, { mode: "json" });
  } catch (e) {
    const where = e;
    if (typeof where.line === "number" && typeof where.column === "number") {
      line = where.line;
      column = where.column;
    }
    located = typeof where.message === "string" ? where.message.replace(/\s*\(\d+:\d+\)$/, "") : "";
  }
  const raw = error instanceof Error ? error.message : String(error);
  let reason = raw.replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, "").replace(/ in JSON at position \d+[\s\S]*$/, "");
  if (reason === raw && located !== "") reason = located;
  return {
    field: "",
    message: `JSON syntax error: ${reason}`,
    expected: "valid JSON (no comments, no trailing commas, double-quoted keys and strings)",
    location: { file, line, column }
  };
}
function duplicateKeyIssues(doc, at) {
  const issues = [];
  const visit = (node, docPath, depth) => {
    if (depth > 200) return;
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Map();
      for (const pair of node.items) {
        const key = keyText(pair);
        if (key === void 0 || key === "<<") {
          visit(pair.value, docPath, depth + 1);
          continue;
        }
        const keyOffset = nodeOffset(pair.key);
        const first = seen.get(key);
        if (first !== void 0) {
          issues.push(duplicateIssue([...docPath, key], key, at(first).line, at(keyOffset ?? 0)));
        } else if (keyOffset !== void 0) {
          seen.set(key, keyOffset);
        }
        visit(pair.value, [...docPath, key], depth + 1);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => visit(item, [...docPath, i], depth + 1));
    }
  };
  visit(doc.contents, [], 0);
  return issues;
}
function duplicateIssue(docPath, key, firstLine, location) {
  return {
    field: toPointer(docPath),
    message: `duplicate key \`${key}\` (first defined on line ${firstLine})`,
    expected: "each key once per mapping",
    location
  };
}
function keyText(pair) {
  const key = pair.key;
  if ((0, import_yaml.isScalar)(key)) return typeof key.value === "symbol" ? "<<" : String(key.value);
  if (key === null || key === void 0) return void 0;
  if (typeof key !== "object") return String(key);
  return void 0;
}
function nodeOffset(node) {
  const range = node?.range;
  return range?.[0];
}
function yamlOffset(doc, docPath) {
  let node = doc.contents;
  let offset = nodeOffset(node) ?? doc.range[0];
  for (const segment of docPath) {
    node = deref(doc, node);
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = findPair(doc, node.items, String(segment), 0);
      if (pair !== void 0) next = { node: pair.value, offset: nodeOffset(pair.key) };
    } else if ((0, import_yaml.isSeq)(node)) {
      const index = typeof segment === "number" ? segment : Number(segment);
      const item = Number.isInteger(index) ? node.items[index] : void 0;
      if (item !== void 0) next = { node: item, offset: nodeOffset(item) };
    }
    if (next === void 0) break;
    node = next.node;
    if (next.offset !== void 0) offset = next.offset;
  }
  return offset;
}
function deref(doc, node) {
  for (let i = 0; i < 8 && (0, import_yaml.isAlias)(node); i++) node = node.resolve(doc);
  return node;
}
function findPair(doc, items, key, depth) {
  for (const pair of items) if (keyText(pair) === key) return pair;
  if (depth > 8) return void 0;
  for (const pair of items) {
    if (keyText(pair) !== "<<") continue;
    const sources = deref(doc, pair.value);
    const maps = (0, import_yaml.isSeq)(sources) ? sources.items.map((s) => deref(doc, s)) : [sources];
    for (const m of maps) {
      if (!(0, import_yaml.isMap)(m)) continue;
      const found = findPair(doc, m.items, key, depth + 1);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
function toPointer(docPath) {
  return docPath.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
function fromPointer(pointer) {
  if (pointer === "" || pointer === "/") return [];
  return pointer.replace(/^\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s);
}
function describeValue(value) {
  if (value === null || value === void 0) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return value === "" ? "an empty string" : "a string";
    case "boolean":
      return `a boolean (${String(value)})`;
    case "number":
      return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`;
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}

// src/engine/schema-options.ts
var AJV_OPTIONS = {
  allErrors: true,
  // Errors carry the failing data and schema: validate.ts words its messages from them.
  verbose: true,
  allowUnionTypes: true,
  strict: true,
  strictRequired: false
};
function schemaHash(schema) {
  const text = JSON.stringify(schema);
  let a = 2166136261;
  let b = 16777619;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2166136261) ^ b >>> 15;
  }
  const hex = (n) => (n >>> 0).toString(16).padStart(8, "0");
  return `${hex(a)}${hex(b)}-${text.length}`;
}

// src/engine/schema-validator.generated.ts
var SCHEMA_HASH = "de19431706a79a92-15680";
var ucs2length = (s) => [...s].length;
var validate = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:chaos-action:schema:experiment:1",
  title: "Chaos Toolkit experiment",
  description: "A Chaos Toolkit experiment as chaos-action runs it: a steady-state hypothesis, a method that disturbs the system, and rollbacks. Unknown top-level keys are allowed and ignored, as in chaostoolkit.",
  type: "object",
  required: ["title", "description", "method"],
  properties: {
    title: {
      title: "Title",
      description: "What the experiment shows, as one sentence. `${name}` is substituted from the configuration and secrets at run start.",
      type: "string",
      minLength: 1
    },
    description: {
      title: "Description",
      description: "Why the experiment exists and what it does.",
      type: "string",
      minLength: 1
    },
    version: {
      title: "Version",
      description: "Free-form version of the experiment; never read by the runner.",
      type: ["string", "number"]
    },
    tags: {
      title: "Tags",
      description: "Labels for the experiment; each a non-empty string.",
      type: "array",
      items: { $ref: "#/definitions/nonEmptyString" }
    },
    contributions: {
      title: "Contributions",
      description: "How much the experiment contributes to each named system quality (used by reports).",
      type: "object",
      additionalProperties: {
        title: "Contribution",
        description: "The level of contribution to this quality.",
        enum: ["high", "medium", "low", "none"]
      }
    },
    configuration: {
      title: "Configuration",
      description: 'Values that `${name}` substitution can use. A value may be read from the environment with `{"type": "env", "key": "VAR"}`.',
      type: "object",
      additionalProperties: { $ref: "#/definitions/configurationValue" }
    },
    secrets: {
      title: "Secrets",
      description: 'Secret values by scope: `{scope: {name: value}}`. A value may come from the environment with `{"type": "env", "key": "VAR"}`. Secrets are masked in logs and journals.',
      type: "object",
      additionalProperties: {
        title: "Secret scope",
        description: "The secrets of one scope, by name.",
        type: "object"
      }
    },
    extensions: {
      title: "Extensions",
      description: "Extra data for tools, carried along unchanged; each extension needs a non-empty `name`.",
      type: "array",
      items: {
        title: "Extension",
        description: "One extension block.",
        type: "object",
        required: ["name"],
        properties: {
          name: {
            title: "Extension name",
            description: "The name of the extension.",
            type: "string",
            minLength: 1
          }
        }
      }
    },
    controls: { $ref: "#/definitions/controls" },
    "steady-state-hypothesis": {
      title: "Steady-state hypothesis",
      description: "Probes that must be within tolerance before and after the method for the system to be called steady.",
      type: ["object", "null"],
      required: ["title"],
      properties: {
        title: {
          title: "Hypothesis title",
          description: "What steady means for this system.",
          type: "string",
          minLength: 1
        },
        probes: {
          title: "Hypothesis probes",
          description: "Probes run in order; each needs a `tolerance`. The first one out of tolerance ends the hypothesis.",
          type: "array",
          items: { $ref: "#/definitions/activityOrRef" }
        },
        controls: { $ref: "#/definitions/controls" }
      }
    },
    method: {
      title: "Method",
      description: "The actions and probes that disturb and observe the system, in order. May be empty to only check the hypothesis.",
      type: "array",
      items: { $ref: "#/definitions/activityOrRef" }
    },
    rollbacks: {
      title: "Rollbacks",
      description: "Actions that undo the method, played according to the rollback strategy.",
      type: "array",
      items: { $ref: "#/definitions/activityOrRef" }
    },
    runtime: {
      title: "Runtime",
      description: "Run strategies for this experiment; command-line flags and action inputs take precedence.",
      type: "object",
      properties: {
        rollbacks: {
          title: "Rollbacks runtime",
          description: "When rollbacks are played.",
          type: "object",
          properties: {
            strategy: {
              title: "Rollback strategy",
              description: "`default`: unless the run failed or was interrupted; `always`; `never`; `deviated`: only when the hypothesis deviated.",
              enum: ["default", "always", "never", "deviated"]
            }
          }
        },
        hypothesis: {
          title: "Hypothesis runtime",
          description: "When the steady-state hypothesis is checked.",
          type: "object",
          properties: {
            strategy: {
              title: "Hypothesis strategy",
              description: "`default`: before and after the method; `before-method-only`; `after-method-only`; `during-method-only`; `continuously`: before, during and after; `skip`: never.",
              enum: [
                "default",
                "before-method-only",
                "after-method-only",
                "during-method-only",
                "continuously",
                "skip"
              ]
            },
            frequency: {
              title: "Hypothesis frequency",
              description: "Seconds between two checks of the hypothesis while the method runs.",
              type: "number",
              exclusiveMinimum: 0
            },
            fail_fast: {
              title: "Fail fast",
              description: "Stop the method at the first deviation seen while it runs.",
              type: "boolean"
            }
          }
        }
      }
    }
  },
  definitions: {
    nonEmptyString: {
      title: "Non-empty string",
      description: "A string with at least one character.",
      type: "string",
      minLength: 1
    },
    controls: {
      title: "Controls",
      description: "Python control hooks. chaos-action accepts them but does not run them (they need Python).",
      type: "array",
      items: { title: "Control", description: "One Python control.", type: "object" }
    },
    configurationValue: {
      title: "Configuration value",
      description: 'A literal value, an environment lookup `{"type": "env", "key": "VAR"}`, or a dynamic value from a probe.',
      if: { type: "object", required: ["type"], properties: { type: { const: "env" } } },
      then: { $ref: "#/definitions/envConfiguration" }
    },
    envConfiguration: {
      title: "Environment configuration value",
      description: "Reads the value from an environment variable.",
      type: "object",
      required: ["type", "key"],
      properties: {
        type: { title: "Kind", description: "Always `env`.", const: "env" },
        key: {
          title: "Environment variable",
          description: "The name of the environment variable to read.",
          type: "string",
          minLength: 1
        },
        default: {
          title: "Default",
          description: "Used when the variable is not set (and no --var supplies the key)."
        },
        env_var_type: {
          title: "Environment variable type",
          description: "How to convert the variable's text.",
          enum: ["str", "string", "int", "integer", "float", "number", "bytes", "bool", "json"]
        }
      }
    },
    activityOrRef: {
      title: "Activity or reference",
      description: 'An activity (probe or action), or `{"ref": "name"}` to reuse a method or hypothesis activity by name.',
      if: { type: "object", required: ["ref"] },
      then: { $ref: "#/definitions/activityRef" },
      else: { $ref: "#/definitions/activity" }
    },
    activityRef: {
      title: "Activity reference",
      description: "Runs the method or hypothesis activity of that name in this place.",
      type: "object",
      required: ["ref"],
      properties: {
        ref: {
          title: "Referenced activity",
          description: "The name of an activity declared in the method or the steady-state hypothesis.",
          type: "string",
          minLength: 1
        },
        tolerance: { $ref: "#/definitions/tolerance" }
      }
    },
    activity: {
      title: "Activity",
      description: "A probe (observes) or an action (changes something), run by a provider.",
      type: "object",
      required: ["type", "name", "provider"],
      properties: {
        type: {
          title: "Activity type",
          description: "`probe` observes the system, `action` changes it.",
          enum: ["probe", "action"]
        },
        name: {
          title: "Activity name",
          description: "The activity's name, shown in logs and journals and used by `ref`.",
          type: "string",
          minLength: 1
        },
        provider: { $ref: "#/definitions/provider" },
        tolerance: { $ref: "#/definitions/tolerance" },
        background: {
          title: "Background",
          description: "Run without waiting for the activity to end; the method waits for it at its end.",
          type: "boolean"
        },
        pauses: {
          title: "Pauses",
          description: "Seconds to wait before and after the activity.",
          type: "object",
          properties: {
            before: { $ref: "#/definitions/pause" },
            after: { $ref: "#/definitions/pause" }
          }
        },
        timeout: {
          title: "Activity timeout",
          description: "Accepted for compatibility but never enforced (as in chaostoolkit): use the provider's `timeout`.",
          type: "number"
        },
        controls: { $ref: "#/definitions/controls" },
        configuration: {
          title: "Activity configuration",
          description: "Accepted for compatibility and ignored (as in chaostoolkit).",
          type: "object"
        }
      }
    },
    pause: {
      title: "Pause",
      description: "Seconds, or a `${name}` reference to a configuration or secret value.",
      anyOf: [
        { title: "Seconds", description: "A number of seconds.", type: "number", minimum: 0 },
        {
          title: "Variable",
          description: "Exactly one `${name}` reference.",
          type: "string",
          pattern: "^\\$\\{[\\s\\S]*\\}$"
        }
      ]
    },
    provider: {
      title: "Provider",
      description: "What runs the activity: `process`, `http`, `python` or another registered provider type.",
      type: "object",
      required: ["type"],
      properties: {
        type: {
          title: "Provider type",
          description: "The provider that runs this activity.",
          type: "string",
          minLength: 1
        }
      },
      allOf: [
        {
          if: { properties: { type: { const: "process" } } },
          then: { $ref: "#/definitions/processProvider" }
        },
        {
          if: { properties: { type: { const: "http" } } },
          then: { $ref: "#/definitions/httpProvider" }
        },
        {
          if: { properties: { type: { const: "python" } } },
          then: { $ref: "#/definitions/pythonProvider" }
        }
      ]
    },
    processProvider: {
      title: "Process provider",
      description: "Runs a program; the output is `{status, stdout, stderr}`.",
      type: "object",
      required: ["path"],
      properties: {
        type: { title: "Provider type", description: "Always `process`.", const: "process" },
        path: {
          title: "Program",
          description: "The program: looked up on PATH, `~` expanded, relative to the working directory.",
          type: "string",
          minLength: 1
        },
        arguments: {
          title: "Arguments",
          description: "A string (run through the shell), a list (passed as is, empty and null items dropped), or a deprecated mapping.",
          type: ["string", "array", "object"]
        },
        timeout: {
          title: "Timeout",
          description: "Seconds before the process is killed and the activity fails.",
          type: "number",
          exclusiveMinimum: 0
        },
        secrets: {
          title: "Secret scopes",
          description: "Accepted and ignored by this provider.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    httpProvider: {
      title: "HTTP provider",
      description: "Sends one HTTP request; the output is `{status, headers, body}`. 4xx and 5xx are not failures.",
      type: "object",
      required: ["url"],
      properties: {
        type: { title: "Provider type", description: "Always `http`.", const: "http" },
        url: {
          title: "URL",
          description: "The URL to request; `${name}` is substituted.",
          type: "string",
          minLength: 1
        },
        method: {
          title: "HTTP method",
          description: "The request method, `GET` by default.",
          type: "string",
          minLength: 1
        },
        headers: { title: "Headers", description: "Request headers by name.", type: "object" },
        arguments: {
          title: "Arguments",
          description: "Query parameters for GET; otherwise the body (JSON when `Content-Type` is exactly `application/json`, else form-encoded)."
        },
        timeout: {
          title: "Timeout",
          description: "Seconds, or `[connect, read]` seconds, or a `${name}` reference.",
          anyOf: [
            { type: "number", exclusiveMinimum: 0 },
            {
              type: "array",
              items: { type: "number", exclusiveMinimum: 0 },
              minItems: 2,
              maxItems: 2
            },
            { type: "string", pattern: "^\\$\\{[\\s\\S]*\\}$" }
          ]
        },
        verify_tls: {
          title: "Verify TLS",
          description: "Whether to check the server's certificate (true by default).",
          type: "boolean"
        },
        max_retries: {
          title: "Maximum retries",
          description: "Connection retries before failing (0 by default).",
          type: "integer",
          minimum: 0
        },
        expected_status: {
          title: "Expected status",
          description: "Accepted and ignored, as in chaostoolkit: use a `tolerance`.",
          type: "integer"
        },
        secrets: {
          title: "Secret scopes",
          description: "Accepted; substitution sees every secret scope anyway.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    pythonProvider: {
      title: "Python provider",
      description: "Calls a Python function; chaos-action runs the functions it implements natively.",
      type: "object",
      required: ["module", "func"],
      properties: {
        type: { title: "Provider type", description: "Always `python`.", const: "python" },
        module: {
          title: "Module",
          description: "The Python module, e.g. `chaosk8s.pod.actions`.",
          type: "string",
          minLength: 1
        },
        func: {
          title: "Function",
          description: "The function in the module.",
          type: "string",
          minLength: 1
        },
        arguments: {
          title: "Arguments",
          description: "Keyword arguments of the function.",
          type: "object"
        },
        secrets: {
          title: "Secret scopes",
          description: "Secret scopes merged into the function's `secrets` argument.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    tolerance: {
      title: "Tolerance",
      description: "What a hypothesis probe's output must be: a boolean, an integer (exit code or HTTP status), a string, a list (a pair is an inclusive range), or a `regex`, `jsonpath`, `range`, `probe` or `slo` check.",
      type: ["boolean", "integer", "string", "array", "object"],
      if: { type: "object" },
      then: {
        required: ["type"],
        properties: {
          type: {
            title: "Tolerance kind",
            description: "The kind of check.",
            enum: ["probe", "regex", "jsonpath", "range", "slo"]
          }
        },
        allOf: [
          {
            if: { properties: { type: { const: "regex" } } },
            then: { $ref: "#/definitions/regexTolerance" }
          },
          {
            if: { properties: { type: { const: "jsonpath" } } },
            then: { $ref: "#/definitions/jsonpathTolerance" }
          },
          {
            if: { properties: { type: { const: "range" } } },
            then: { $ref: "#/definitions/rangeTolerance" }
          },
          {
            if: { properties: { type: { const: "probe" } } },
            then: { $ref: "#/definitions/probeTolerance" }
          },
          {
            if: { properties: { type: { const: "slo" } } },
            then: { $ref: "#/definitions/sloTolerance" }
          }
        ]
      }
    },
    target: {
      title: "Target",
      description: "The key of the probe's output to check, e.g. `body` or `stdout`.",
      type: "string"
    },
    regexTolerance: {
      title: "Regex tolerance",
      description: "Met when the pattern is found anywhere in the (targeted) output.",
      type: "object",
      required: ["pattern"],
      properties: {
        pattern: {
          title: "Pattern",
          description: "A regular expression; `${name}` is substituted.",
          type: "string"
        },
        target: { $ref: "#/definitions/target" }
      }
    },
    jsonpathTolerance: {
      title: "JSONPath tolerance",
      description: "Met when the path matches in the (targeted) output, optionally `count` times or with exactly the `expect`ed values.",
      type: "object",
      required: ["path"],
      properties: {
        path: {
          title: "JSON path",
          description: "A jsonpath2 expression, e.g. `$.items[*].status`.",
          type: "string",
          minLength: 1
        },
        target: { $ref: "#/definitions/target" },
        expect: {
          title: "Expected values",
          description: "The matched values must equal this (a scalar means exactly one match of that value)."
        },
        count: {
          title: "Count",
          description: "The number of matches required.",
          type: "integer",
          minimum: 0
        }
      }
    },
    rangeTolerance: {
      title: "Range tolerance",
      description: "Met when the (targeted) output is a number within the inclusive range.",
      type: "object",
      required: ["range"],
      properties: {
        range: {
          title: "Range",
          description: "`[lower, upper]`, both inclusive.",
          type: "array",
          items: { type: "number" },
          minItems: 2,
          maxItems: 2
        },
        target: { $ref: "#/definitions/target" }
      }
    },
    probeTolerance: {
      title: "Probe tolerance",
      description: "Runs another probe with the output passed as its `value` argument; met when it returns a truthy value.",
      type: "object",
      required: ["name", "provider"],
      properties: {
        name: {
          title: "Probe name",
          description: "The name of the checking probe.",
          type: "string",
          minLength: 1
        },
        provider: { $ref: "#/definitions/provider" }
      }
    },
    sloTolerance: {
      title: "SLO tolerance",
      description: 'Service-level objectives on the probe\'s numeric outputs, all of which must hold, e.g. `{type: slo, error_rate: "<=1%", p95_ms: "<=300"}`. Every key other than `type` and `target` names an output field (dots reach nested fields) and holds a comparison: `<=`, `<`, `>=`, `>`, `==` or `!=` then a number, a trailing `%` divides by 100, a bare number means `<=`.',
      type: "object",
      properties: { target: { $ref: "#/definitions/target" } },
      additionalProperties: {
        title: "Objective",
        description: "A comparison such as `<=300` or `<=1%`, or a number (an upper bound).",
        type: ["string", "number"]
      },
      minProperties: 2
    }
  }
};
var schema12 = {
  title: "Non-empty string",
  description: "A string with at least one character.",
  type: "string",
  minLength: 1
};
var schema15 = {
  title: "Controls",
  description: "Python control hooks. chaos-action accepts them but does not run them (they need Python).",
  type: "array",
  items: { title: "Control", description: "One Python control.", type: "object" }
};
var func2 = ucs2length;
var schema13 = {
  title: "Configuration value",
  description: 'A literal value, an environment lookup `{"type": "env", "key": "VAR"}`, or a dynamic value from a probe.',
  if: { type: "object", required: ["type"], properties: { type: { const: "env" } } },
  then: { $ref: "#/definitions/envConfiguration" }
};
var schema14 = {
  title: "Environment configuration value",
  description: "Reads the value from an environment variable.",
  type: "object",
  required: ["type", "key"],
  properties: {
    type: { title: "Kind", description: "Always `env`.", const: "env" },
    key: {
      title: "Environment variable",
      description: "The name of the environment variable to read.",
      type: "string",
      minLength: 1
    },
    default: {
      title: "Default",
      description: "Used when the variable is not set (and no --var supplies the key)."
    },
    env_var_type: {
      title: "Environment variable type",
      description: "How to convert the variable's text.",
      enum: ["str", "string", "int", "integer", "float", "number", "bytes", "bool", "json"]
    }
  }
};
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.type === void 0 && (missing0 = "type")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.type !== void 0) {
          if ("env" !== data.type) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    } else {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err3 = {
          instancePath,
          schemaPath: "#/definitions/envConfiguration/required",
          keyword: "required",
          params: { missingProperty: "type" },
          message: "must have required property 'type'",
          schema: schema14.required,
          parentSchema: schema14,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.key === void 0) {
        const err4 = {
          instancePath,
          schemaPath: "#/definitions/envConfiguration/required",
          keyword: "required",
          params: { missingProperty: "key" },
          message: "must have required property 'key'",
          schema: schema14.required,
          parentSchema: schema14,
          data
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data1 = data.type;
        if ("env" !== data1) {
          const err5 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/envConfiguration/properties/type/const",
            keyword: "const",
            params: { allowedValue: "env" },
            message: "must be equal to constant",
            schema: "env",
            parentSchema: schema14.properties.type,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.key !== void 0) {
        let data2 = data.key;
        if (typeof data2 === "string") {
          if (func2(data2) < 1) {
            const err6 = {
              instancePath: instancePath + "/key",
              schemaPath: "#/definitions/envConfiguration/properties/key/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema14.properties.key,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = {
            instancePath: instancePath + "/key",
            schemaPath: "#/definitions/envConfiguration/properties/key/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema14.properties.key.type,
            parentSchema: schema14.properties.key,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.env_var_type !== void 0) {
        let data3 = data.env_var_type;
        if (!(data3 === "str" || data3 === "string" || data3 === "int" || data3 === "integer" || data3 === "float" || data3 === "number" || data3 === "bytes" || data3 === "bool" || data3 === "json")) {
          const err8 = {
            instancePath: instancePath + "/env_var_type",
            schemaPath: "#/definitions/envConfiguration/properties/env_var_type/enum",
            keyword: "enum",
            params: { allowedValues: schema14.properties.env_var_type.enum },
            message: "must be equal to one of the allowed values",
            schema: schema14.properties.env_var_type.enum,
            parentSchema: schema14.properties.env_var_type,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath,
        schemaPath: "#/definitions/envConfiguration/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema14.type,
        parentSchema: schema14,
        data
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err10 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema13.if,
      parentSchema: schema13,
      data
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema16 = {
  title: "Activity or reference",
  description: 'An activity (probe or action), or `{"ref": "name"}` to reuse a method or hypothesis activity by name.',
  if: { type: "object", required: ["ref"] },
  then: { $ref: "#/definitions/activityRef" },
  else: { $ref: "#/definitions/activity" }
};
var schema17 = {
  title: "Activity reference",
  description: "Runs the method or hypothesis activity of that name in this place.",
  type: "object",
  required: ["ref"],
  properties: {
    ref: {
      title: "Referenced activity",
      description: "The name of an activity declared in the method or the steady-state hypothesis.",
      type: "string",
      minLength: 1
    },
    tolerance: { $ref: "#/definitions/tolerance" }
  }
};
var schema18 = {
  title: "Tolerance",
  description: "What a hypothesis probe's output must be: a boolean, an integer (exit code or HTTP status), a string, a list (a pair is an inclusive range), or a `regex`, `jsonpath`, `range`, `probe` or `slo` check.",
  type: ["boolean", "integer", "string", "array", "object"],
  if: { type: "object" },
  then: {
    required: ["type"],
    properties: {
      type: {
        title: "Tolerance kind",
        description: "The kind of check.",
        enum: ["probe", "regex", "jsonpath", "range", "slo"]
      }
    },
    allOf: [
      {
        if: { properties: { type: { const: "regex" } } },
        then: { $ref: "#/definitions/regexTolerance" }
      },
      {
        if: { properties: { type: { const: "jsonpath" } } },
        then: { $ref: "#/definitions/jsonpathTolerance" }
      },
      {
        if: { properties: { type: { const: "range" } } },
        then: { $ref: "#/definitions/rangeTolerance" }
      },
      {
        if: { properties: { type: { const: "probe" } } },
        then: { $ref: "#/definitions/probeTolerance" }
      },
      {
        if: { properties: { type: { const: "slo" } } },
        then: { $ref: "#/definitions/sloTolerance" }
      }
    ]
  }
};
var schema19 = {
  title: "Regex tolerance",
  description: "Met when the pattern is found anywhere in the (targeted) output.",
  type: "object",
  required: ["pattern"],
  properties: {
    pattern: {
      title: "Pattern",
      description: "A regular expression; `${name}` is substituted.",
      type: "string"
    },
    target: { $ref: "#/definitions/target" }
  }
};
var schema20 = {
  title: "Target",
  description: "The key of the probe's output to check, e.g. `body` or `stdout`.",
  type: "string"
};
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.pattern === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "pattern" },
        message: "must have required property 'pattern'",
        schema: schema19.required,
        parentSchema: schema19,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pattern !== void 0) {
      let data0 = data.pattern;
      if (typeof data0 !== "string") {
        const err1 = {
          instancePath: instancePath + "/pattern",
          schemaPath: "#/properties/pattern/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema19.properties.pattern.type,
          parentSchema: schema19.properties.pattern,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data1 = data.target;
      if (typeof data1 !== "string") {
        const err2 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/definitions/target/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema20.type,
          parentSchema: schema20,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema19.type,
      parentSchema: schema19,
      data
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema21 = {
  title: "JSONPath tolerance",
  description: "Met when the path matches in the (targeted) output, optionally `count` times or with exactly the `expect`ed values.",
  type: "object",
  required: ["path"],
  properties: {
    path: {
      title: "JSON path",
      description: "A jsonpath2 expression, e.g. `$.items[*].status`.",
      type: "string",
      minLength: 1
    },
    target: { $ref: "#/definitions/target" },
    expect: {
      title: "Expected values",
      description: "The matched values must equal this (a scalar means exactly one match of that value)."
    },
    count: {
      title: "Count",
      description: "The number of matches required.",
      type: "integer",
      minimum: 0
    }
  }
};
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.path === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "path" },
        message: "must have required property 'path'",
        schema: schema21.required,
        parentSchema: schema21,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.path !== void 0) {
      let data0 = data.path;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = {
            instancePath: instancePath + "/path",
            schemaPath: "#/properties/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema21.properties.path,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + "/path",
          schemaPath: "#/properties/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema21.properties.path.type,
          parentSchema: schema21.properties.path,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data1 = data.target;
      if (typeof data1 !== "string") {
        const err3 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/definitions/target/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema20.type,
          parentSchema: schema20,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.count !== void 0) {
      let data2 = data.count;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err4 = {
          instancePath: instancePath + "/count",
          schemaPath: "#/properties/count/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema21.properties.count.type,
          parentSchema: schema21.properties.count,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err5 = {
            instancePath: instancePath + "/count",
            schemaPath: "#/properties/count/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema21.properties.count,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema21.type,
      parentSchema: schema21,
      data
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema23 = {
  title: "Range tolerance",
  description: "Met when the (targeted) output is a number within the inclusive range.",
  type: "object",
  required: ["range"],
  properties: {
    range: {
      title: "Range",
      description: "`[lower, upper]`, both inclusive.",
      type: "array",
      items: { type: "number" },
      minItems: 2,
      maxItems: 2
    },
    target: { $ref: "#/definitions/target" }
  }
};
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.range === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "range" },
        message: "must have required property 'range'",
        schema: schema23.required,
        parentSchema: schema23,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.range !== void 0) {
      let data0 = data.range;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err1 = {
            instancePath: instancePath + "/range",
            schemaPath: "#/properties/range/maxItems",
            keyword: "maxItems",
            params: { limit: 2 },
            message: "must NOT have more than 2 items",
            schema: 2,
            parentSchema: schema23.properties.range,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.length < 2) {
          const err2 = {
            instancePath: instancePath + "/range",
            schemaPath: "#/properties/range/minItems",
            keyword: "minItems",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 items",
            schema: 2,
            parentSchema: schema23.properties.range,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(typeof data1 == "number" && isFinite(data1))) {
            const err3 = {
              instancePath: instancePath + "/range/" + i0,
              schemaPath: "#/properties/range/items/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema23.properties.range.items.type,
              parentSchema: schema23.properties.range.items,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/range",
          schemaPath: "#/properties/range/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema23.properties.range.type,
          parentSchema: schema23.properties.range,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data2 = data.target;
      if (typeof data2 !== "string") {
        const err5 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/definitions/target/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema20.type,
          parentSchema: schema20,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema23.type,
      parentSchema: schema23,
      data
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
var schema25 = {
  title: "Probe tolerance",
  description: "Runs another probe with the output passed as its `value` argument; met when it returns a truthy value.",
  type: "object",
  required: ["name", "provider"],
  properties: {
    name: {
      title: "Probe name",
      description: "The name of the checking probe.",
      type: "string",
      minLength: 1
    },
    provider: { $ref: "#/definitions/provider" }
  }
};
var schema26 = {
  title: "Provider",
  description: "What runs the activity: `process`, `http`, `python` or another registered provider type.",
  type: "object",
  required: ["type"],
  properties: {
    type: {
      title: "Provider type",
      description: "The provider that runs this activity.",
      type: "string",
      minLength: 1
    }
  },
  allOf: [
    {
      if: { properties: { type: { const: "process" } } },
      then: { $ref: "#/definitions/processProvider" }
    },
    {
      if: { properties: { type: { const: "http" } } },
      then: { $ref: "#/definitions/httpProvider" }
    },
    {
      if: { properties: { type: { const: "python" } } },
      then: { $ref: "#/definitions/pythonProvider" }
    }
  ]
};
var schema27 = {
  title: "Process provider",
  description: "Runs a program; the output is `{status, stdout, stderr}`.",
  type: "object",
  required: ["path"],
  properties: {
    type: { title: "Provider type", description: "Always `process`.", const: "process" },
    path: {
      title: "Program",
      description: "The program: looked up on PATH, `~` expanded, relative to the working directory.",
      type: "string",
      minLength: 1
    },
    arguments: {
      title: "Arguments",
      description: "A string (run through the shell), a list (passed as is, empty and null items dropped), or a deprecated mapping.",
      type: ["string", "array", "object"]
    },
    timeout: {
      title: "Timeout",
      description: "Seconds before the process is killed and the activity fails.",
      type: "number",
      exclusiveMinimum: 0
    },
    secrets: {
      title: "Secret scopes",
      description: "Accepted and ignored by this provider.",
      type: "array",
      items: { type: "string" }
    }
  }
};
var schema28 = {
  title: "HTTP provider",
  description: "Sends one HTTP request; the output is `{status, headers, body}`. 4xx and 5xx are not failures.",
  type: "object",
  required: ["url"],
  properties: {
    type: { title: "Provider type", description: "Always `http`.", const: "http" },
    url: {
      title: "URL",
      description: "The URL to request; `${name}` is substituted.",
      type: "string",
      minLength: 1
    },
    method: {
      title: "HTTP method",
      description: "The request method, `GET` by default.",
      type: "string",
      minLength: 1
    },
    headers: { title: "Headers", description: "Request headers by name.", type: "object" },
    arguments: {
      title: "Arguments",
      description: "Query parameters for GET; otherwise the body (JSON when `Content-Type` is exactly `application/json`, else form-encoded)."
    },
    timeout: {
      title: "Timeout",
      description: "Seconds, or `[connect, read]` seconds, or a `${name}` reference.",
      anyOf: [
        { type: "number", exclusiveMinimum: 0 },
        { type: "array", items: { type: "number", exclusiveMinimum: 0 }, minItems: 2, maxItems: 2 },
        { type: "string", pattern: "^\\$\\{[\\s\\S]*\\}$" }
      ]
    },
    verify_tls: {
      title: "Verify TLS",
      description: "Whether to check the server's certificate (true by default).",
      type: "boolean"
    },
    max_retries: {
      title: "Maximum retries",
      description: "Connection retries before failing (0 by default).",
      type: "integer",
      minimum: 0
    },
    expected_status: {
      title: "Expected status",
      description: "Accepted and ignored, as in chaostoolkit: use a `tolerance`.",
      type: "integer"
    },
    secrets: {
      title: "Secret scopes",
      description: "Accepted; substitution sees every secret scope anyway.",
      type: "array",
      items: { type: "string" }
    }
  }
};
var schema29 = {
  title: "Python provider",
  description: "Calls a Python function; chaos-action runs the functions it implements natively.",
  type: "object",
  required: ["module", "func"],
  properties: {
    type: { title: "Provider type", description: "Always `python`.", const: "python" },
    module: {
      title: "Module",
      description: "The Python module, e.g. `chaosk8s.pod.actions`.",
      type: "string",
      minLength: 1
    },
    func: {
      title: "Function",
      description: "The function in the module.",
      type: "string",
      minLength: 1
    },
    arguments: {
      title: "Arguments",
      description: "Keyword arguments of the function.",
      type: "object"
    },
    secrets: {
      title: "Secret scopes",
      description: "Secret scopes merged into the function's `secrets` argument.",
      type: "array",
      items: { type: "string" }
    }
  }
};
var pattern0 = new RegExp("^\\$\\{[\\s\\S]*\\}$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("process" !== data.type) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.path === void 0) {
        const err1 = {
          instancePath,
          schemaPath: "#/definitions/processProvider/required",
          keyword: "required",
          params: { missingProperty: "path" },
          message: "must have required property 'path'",
          schema: schema27.required,
          parentSchema: schema27,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data1 = data.type;
        if ("process" !== data1) {
          const err2 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/processProvider/properties/type/const",
            keyword: "const",
            params: { allowedValue: "process" },
            message: "must be equal to constant",
            schema: "process",
            parentSchema: schema27.properties.type,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.path !== void 0) {
        let data2 = data.path;
        if (typeof data2 === "string") {
          if (func2(data2) < 1) {
            const err3 = {
              instancePath: instancePath + "/path",
              schemaPath: "#/definitions/processProvider/properties/path/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema27.properties.path,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = {
            instancePath: instancePath + "/path",
            schemaPath: "#/definitions/processProvider/properties/path/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema27.properties.path.type,
            parentSchema: schema27.properties.path,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.arguments !== void 0) {
        let data3 = data.arguments;
        if ((!data3 || typeof data3 != "object") && typeof data3 !== "string") {
          const err5 = {
            instancePath: instancePath + "/arguments",
            schemaPath: "#/definitions/processProvider/properties/arguments/type",
            keyword: "type",
            params: { type: schema27.properties.arguments.type },
            message: "must be string,array,object",
            schema: schema27.properties.arguments.type,
            parentSchema: schema27.properties.arguments,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.timeout !== void 0) {
        let data4 = data.timeout;
        if (typeof data4 == "number" && isFinite(data4)) {
          if (data4 <= 0 || isNaN(data4)) {
            const err6 = {
              instancePath: instancePath + "/timeout",
              schemaPath: "#/definitions/processProvider/properties/timeout/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema27.properties.timeout,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = {
            instancePath: instancePath + "/timeout",
            schemaPath: "#/definitions/processProvider/properties/timeout/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema27.properties.timeout.type,
            parentSchema: schema27.properties.timeout,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (data.secrets !== void 0) {
        let data5 = data.secrets;
        if (Array.isArray(data5)) {
          const len0 = data5.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data6 = data5[i0];
            if (typeof data6 !== "string") {
              const err8 = {
                instancePath: instancePath + "/secrets/" + i0,
                schemaPath: "#/definitions/processProvider/properties/secrets/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema27.properties.secrets.items.type,
                parentSchema: schema27.properties.secrets.items,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        } else {
          const err9 = {
            instancePath: instancePath + "/secrets",
            schemaPath: "#/definitions/processProvider/properties/secrets/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema27.properties.secrets.type,
            parentSchema: schema27.properties.secrets,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: "#/definitions/processProvider/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema27.type,
        parentSchema: schema27,
        data
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err11 = {
      instancePath,
      schemaPath: "#/allOf/0/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema26.allOf[0].if,
      parentSchema: schema26.allOf[0],
      data
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  const _errs20 = errors;
  let valid7 = true;
  const _errs21 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("http" !== data.type) {
        const err12 = {};
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  }
  var _valid1 = _errs21 === errors;
  errors = _errs20;
  if (vErrors !== null) {
    if (_errs20) {
      vErrors.length = _errs20;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.url === void 0) {
        const err13 = {
          instancePath,
          schemaPath: "#/definitions/httpProvider/required",
          keyword: "required",
          params: { missingProperty: "url" },
          message: "must have required property 'url'",
          schema: schema28.required,
          parentSchema: schema28,
          data
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data8 = data.type;
        if ("http" !== data8) {
          const err14 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/httpProvider/properties/type/const",
            keyword: "const",
            params: { allowedValue: "http" },
            message: "must be equal to constant",
            schema: "http",
            parentSchema: schema28.properties.type,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.url !== void 0) {
        let data9 = data.url;
        if (typeof data9 === "string") {
          if (func2(data9) < 1) {
            const err15 = {
              instancePath: instancePath + "/url",
              schemaPath: "#/definitions/httpProvider/properties/url/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema28.properties.url,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = {
            instancePath: instancePath + "/url",
            schemaPath: "#/definitions/httpProvider/properties/url/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema28.properties.url.type,
            parentSchema: schema28.properties.url,
            data: data9
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.method !== void 0) {
        let data10 = data.method;
        if (typeof data10 === "string") {
          if (func2(data10) < 1) {
            const err17 = {
              instancePath: instancePath + "/method",
              schemaPath: "#/definitions/httpProvider/properties/method/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema28.properties.method,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = {
            instancePath: instancePath + "/method",
            schemaPath: "#/definitions/httpProvider/properties/method/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema28.properties.method.type,
            parentSchema: schema28.properties.method,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.headers !== void 0) {
        let data11 = data.headers;
        if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
          const err19 = {
            instancePath: instancePath + "/headers",
            schemaPath: "#/definitions/httpProvider/properties/headers/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema28.properties.headers.type,
            parentSchema: schema28.properties.headers,
            data: data11
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.timeout !== void 0) {
        let data12 = data.timeout;
        const _errs34 = errors;
        let valid11 = false;
        const _errs35 = errors;
        if (typeof data12 == "number" && isFinite(data12)) {
          if (data12 <= 0 || isNaN(data12)) {
            const err20 = {
              instancePath: instancePath + "/timeout",
              schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/0/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema28.properties.timeout.anyOf[0],
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = {
            instancePath: instancePath + "/timeout",
            schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/0/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema28.properties.timeout.anyOf[0].type,
            parentSchema: schema28.properties.timeout.anyOf[0],
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        var _valid2 = _errs35 === errors;
        valid11 = valid11 || _valid2;
        if (!valid11) {
          const _errs37 = errors;
          if (Array.isArray(data12)) {
            if (data12.length > 2) {
              const err22 = {
                instancePath: instancePath + "/timeout",
                schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/1/maxItems",
                keyword: "maxItems",
                params: { limit: 2 },
                message: "must NOT have more than 2 items",
                schema: 2,
                parentSchema: schema28.properties.timeout.anyOf[1],
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data12.length < 2) {
              const err23 = {
                instancePath: instancePath + "/timeout",
                schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/1/minItems",
                keyword: "minItems",
                params: { limit: 2 },
                message: "must NOT have fewer than 2 items",
                schema: 2,
                parentSchema: schema28.properties.timeout.anyOf[1],
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            const len1 = data12.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data13 = data12[i1];
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 <= 0 || isNaN(data13)) {
                  const err24 = {
                    instancePath: instancePath + "/timeout/" + i1,
                    schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/1/items/exclusiveMinimum",
                    keyword: "exclusiveMinimum",
                    params: { comparison: ">", limit: 0 },
                    message: "must be > 0",
                    schema: 0,
                    parentSchema: schema28.properties.timeout.anyOf[1].items,
                    data: data13
                  };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = {
                  instancePath: instancePath + "/timeout/" + i1,
                  schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/1/items/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema28.properties.timeout.anyOf[1].items.type,
                  parentSchema: schema28.properties.timeout.anyOf[1].items,
                  data: data13
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/timeout",
              schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/1/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema28.properties.timeout.anyOf[1].type,
              parentSchema: schema28.properties.timeout.anyOf[1],
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          var _valid2 = _errs37 === errors;
          valid11 = valid11 || _valid2;
          if (!valid11) {
            const _errs41 = errors;
            if (typeof data12 === "string") {
              if (!pattern0.test(data12)) {
                const err27 = {
                  instancePath: instancePath + "/timeout",
                  schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/2/pattern",
                  keyword: "pattern",
                  params: { pattern: "^\\$\\{[\\s\\S]*\\}$" },
                  message: 'must match pattern "^\\$\\{[\\s\\S]*\\}$"',
                  schema: "^\\$\\{[\\s\\S]*\\}$",
                  parentSchema: schema28.properties.timeout.anyOf[2],
                  data: data12
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            } else {
              const err28 = {
                instancePath: instancePath + "/timeout",
                schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf/2/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema28.properties.timeout.anyOf[2].type,
                parentSchema: schema28.properties.timeout.anyOf[2],
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            var _valid2 = _errs41 === errors;
            valid11 = valid11 || _valid2;
          }
        }
        if (!valid11) {
          const err29 = {
            instancePath: instancePath + "/timeout",
            schemaPath: "#/definitions/httpProvider/properties/timeout/anyOf",
            keyword: "anyOf",
            params: {},
            message: "must match a schema in anyOf",
            schema: schema28.properties.timeout.anyOf,
            parentSchema: schema28.properties.timeout,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        } else {
          errors = _errs34;
          if (vErrors !== null) {
            if (_errs34) {
              vErrors.length = _errs34;
            } else {
              vErrors = null;
            }
          }
        }
      }
      if (data.verify_tls !== void 0) {
        let data14 = data.verify_tls;
        if (typeof data14 !== "boolean") {
          const err30 = {
            instancePath: instancePath + "/verify_tls",
            schemaPath: "#/definitions/httpProvider/properties/verify_tls/type",
            keyword: "type",
            params: { type: "boolean" },
            message: "must be boolean",
            schema: schema28.properties.verify_tls.type,
            parentSchema: schema28.properties.verify_tls,
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.max_retries !== void 0) {
        let data15 = data.max_retries;
        if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
          const err31 = {
            instancePath: instancePath + "/max_retries",
            schemaPath: "#/definitions/httpProvider/properties/max_retries/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
            schema: schema28.properties.max_retries.type,
            parentSchema: schema28.properties.max_retries,
            data: data15
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (typeof data15 == "number" && isFinite(data15)) {
          if (data15 < 0 || isNaN(data15)) {
            const err32 = {
              instancePath: instancePath + "/max_retries",
              schemaPath: "#/definitions/httpProvider/properties/max_retries/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema28.properties.max_retries,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      }
      if (data.expected_status !== void 0) {
        let data16 = data.expected_status;
        if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
          const err33 = {
            instancePath: instancePath + "/expected_status",
            schemaPath: "#/definitions/httpProvider/properties/expected_status/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
            schema: schema28.properties.expected_status.type,
            parentSchema: schema28.properties.expected_status,
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.secrets !== void 0) {
        let data17 = data.secrets;
        if (Array.isArray(data17)) {
          const len2 = data17.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data18 = data17[i2];
            if (typeof data18 !== "string") {
              const err34 = {
                instancePath: instancePath + "/secrets/" + i2,
                schemaPath: "#/definitions/httpProvider/properties/secrets/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema28.properties.secrets.items.type,
                parentSchema: schema28.properties.secrets.items,
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        } else {
          const err35 = {
            instancePath: instancePath + "/secrets",
            schemaPath: "#/definitions/httpProvider/properties/secrets/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema28.properties.secrets.type,
            parentSchema: schema28.properties.secrets,
            data: data17
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    } else {
      const err36 = {
        instancePath,
        schemaPath: "#/definitions/httpProvider/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema28.type,
        parentSchema: schema28,
        data
      };
      if (vErrors === null) {
        vErrors = [err36];
      } else {
        vErrors.push(err36);
      }
      errors++;
    }
    var _valid1 = _errs23 === errors;
    valid7 = _valid1;
  }
  if (!valid7) {
    const err37 = {
      instancePath,
      schemaPath: "#/allOf/1/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema26.allOf[1].if,
      parentSchema: schema26.allOf[1],
      data
    };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  const _errs54 = errors;
  let valid16 = true;
  const _errs55 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("python" !== data.type) {
        const err38 = {};
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  }
  var _valid3 = _errs55 === errors;
  errors = _errs54;
  if (vErrors !== null) {
    if (_errs54) {
      vErrors.length = _errs54;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs57 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.module === void 0) {
        const err39 = {
          instancePath,
          schemaPath: "#/definitions/pythonProvider/required",
          keyword: "required",
          params: { missingProperty: "module" },
          message: "must have required property 'module'",
          schema: schema29.required,
          parentSchema: schema29,
          data
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data.func === void 0) {
        const err40 = {
          instancePath,
          schemaPath: "#/definitions/pythonProvider/required",
          keyword: "required",
          params: { missingProperty: "func" },
          message: "must have required property 'func'",
          schema: schema29.required,
          parentSchema: schema29,
          data
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data20 = data.type;
        if ("python" !== data20) {
          const err41 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/pythonProvider/properties/type/const",
            keyword: "const",
            params: { allowedValue: "python" },
            message: "must be equal to constant",
            schema: "python",
            parentSchema: schema29.properties.type,
            data: data20
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
      if (data.module !== void 0) {
        let data21 = data.module;
        if (typeof data21 === "string") {
          if (func2(data21) < 1) {
            const err42 = {
              instancePath: instancePath + "/module",
              schemaPath: "#/definitions/pythonProvider/properties/module/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema29.properties.module,
              data: data21
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        } else {
          const err43 = {
            instancePath: instancePath + "/module",
            schemaPath: "#/definitions/pythonProvider/properties/module/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema29.properties.module.type,
            parentSchema: schema29.properties.module,
            data: data21
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
      if (data.func !== void 0) {
        let data22 = data.func;
        if (typeof data22 === "string") {
          if (func2(data22) < 1) {
            const err44 = {
              instancePath: instancePath + "/func",
              schemaPath: "#/definitions/pythonProvider/properties/func/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema29.properties.func,
              data: data22
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        } else {
          const err45 = {
            instancePath: instancePath + "/func",
            schemaPath: "#/definitions/pythonProvider/properties/func/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema29.properties.func.type,
            parentSchema: schema29.properties.func,
            data: data22
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
      if (data.arguments !== void 0) {
        let data23 = data.arguments;
        if (!(data23 && typeof data23 == "object" && !Array.isArray(data23))) {
          const err46 = {
            instancePath: instancePath + "/arguments",
            schemaPath: "#/definitions/pythonProvider/properties/arguments/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema29.properties.arguments.type,
            parentSchema: schema29.properties.arguments,
            data: data23
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      }
      if (data.secrets !== void 0) {
        let data24 = data.secrets;
        if (Array.isArray(data24)) {
          const len3 = data24.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data25 = data24[i3];
            if (typeof data25 !== "string") {
              const err47 = {
                instancePath: instancePath + "/secrets/" + i3,
                schemaPath: "#/definitions/pythonProvider/properties/secrets/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema29.properties.secrets.items.type,
                parentSchema: schema29.properties.secrets.items,
                data: data25
              };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        } else {
          const err48 = {
            instancePath: instancePath + "/secrets",
            schemaPath: "#/definitions/pythonProvider/properties/secrets/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema29.properties.secrets.type,
            parentSchema: schema29.properties.secrets,
            data: data24
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      }
    } else {
      const err49 = {
        instancePath,
        schemaPath: "#/definitions/pythonProvider/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema29.type,
        parentSchema: schema29,
        data
      };
      if (vErrors === null) {
        vErrors = [err49];
      } else {
        vErrors.push(err49);
      }
      errors++;
    }
    var _valid3 = _errs57 === errors;
    valid16 = _valid3;
  }
  if (!valid16) {
    const err50 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema26.allOf[2].if,
      parentSchema: schema26.allOf[2],
      data
    };
    if (vErrors === null) {
      vErrors = [err50];
    } else {
      vErrors.push(err50);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err51 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'",
        schema: schema26.required,
        parentSchema: schema26,
        data
      };
      if (vErrors === null) {
        vErrors = [err51];
      } else {
        vErrors.push(err51);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data26 = data.type;
      if (typeof data26 === "string") {
        if (func2(data26) < 1) {
          const err52 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema26.properties.type,
            data: data26
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema26.properties.type.type,
          parentSchema: schema26.properties.type,
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema26.type,
      parentSchema: schema26,
      data
    };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'",
        schema: schema25.required,
        parentSchema: schema25,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provider" },
        message: "must have required property 'provider'",
        schema: schema25.required,
        parentSchema: schema25,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema25.properties.name,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema25.properties.name.type,
          parentSchema: schema25.properties.name,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (!validate23(data.provider, {
        instancePath: instancePath + "/provider",
        parentData: data,
        parentDataProperty: "provider",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema25.type,
      parentSchema: schema25,
      data
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema30 = {
  title: "SLO tolerance",
  description: 'Service-level objectives on the probe\'s numeric outputs, all of which must hold, e.g. `{type: slo, error_rate: "<=1%", p95_ms: "<=300"}`. Every key other than `type` and `target` names an output field (dots reach nested fields) and holds a comparison: `<=`, `<`, `>=`, `>`, `==` or `!=` then a number, a trailing `%` divides by 100, a bare number means `<=`.',
  type: "object",
  properties: { target: { $ref: "#/definitions/target" } },
  additionalProperties: {
    title: "Objective",
    description: "A comparison such as `<=300` or `<=1%`, or a number (an upper bound).",
    type: ["string", "number"]
  },
  minProperties: 2
};
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 2) {
      const err0 = {
        instancePath,
        schemaPath: "#/minProperties",
        keyword: "minProperties",
        params: { limit: 2 },
        message: "must NOT have fewer than 2 properties",
        schema: 2,
        parentSchema: schema30,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "target")) {
        let data0 = data[key0];
        if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0))) {
          const err1 = {
            instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
            schemaPath: "#/additionalProperties/type",
            keyword: "type",
            params: { type: schema30.additionalProperties.type },
            message: "must be string,number",
            schema: schema30.additionalProperties.type,
            parentSchema: schema30.additionalProperties,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
    if (data.target !== void 0) {
      let data1 = data.target;
      if (typeof data1 !== "string") {
        const err2 = {
          instancePath: instancePath + "/target",
          schemaPath: "#/definitions/target/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema20.type,
          parentSchema: schema20,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema30.type,
      parentSchema: schema30,
      data
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if ((!data || typeof data != "object") && typeof data !== "boolean" && !(typeof data == "number" && !(data % 1) && !isNaN(data) && isFinite(data)) && typeof data !== "string") {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: schema18.type },
      message: "must be boolean,integer,string,array,object",
      schema: schema18.type,
      parentSchema: schema18,
      data
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err1 = {};
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs4 = errors;
    const _errs6 = errors;
    let valid2 = true;
    const _errs7 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("regex" !== data.type) {
          const err2 = {};
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs7 === errors;
    errors = _errs6;
    if (vErrors !== null) {
      if (_errs6) {
        vErrors.length = _errs6;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs9 = errors;
      if (!validate16(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs9 === errors;
      valid2 = _valid1;
    }
    if (!valid2) {
      const err3 = {
        instancePath,
        schemaPath: "#/then/allOf/0/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
        schema: schema18.then.allOf[0].if,
        parentSchema: schema18.then.allOf[0],
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const _errs11 = errors;
    let valid4 = true;
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("jsonpath" !== data.type) {
          const err4 = {};
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs12 === errors;
    errors = _errs11;
    if (vErrors !== null) {
      if (_errs11) {
        vErrors.length = _errs11;
      } else {
        vErrors = null;
      }
    }
    if (_valid2) {
      const _errs14 = errors;
      if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs14 === errors;
      valid4 = _valid2;
    }
    if (!valid4) {
      const err5 = {
        instancePath,
        schemaPath: "#/then/allOf/1/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
        schema: schema18.then.allOf[1].if,
        parentSchema: schema18.then.allOf[1],
        data
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    const _errs16 = errors;
    let valid6 = true;
    const _errs17 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("range" !== data.type) {
          const err6 = {};
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs17 === errors;
    errors = _errs16;
    if (vErrors !== null) {
      if (_errs16) {
        vErrors.length = _errs16;
      } else {
        vErrors = null;
      }
    }
    if (_valid3) {
      const _errs19 = errors;
      if (!validate20(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
        errors = vErrors.length;
      }
      var _valid3 = _errs19 === errors;
      valid6 = _valid3;
    }
    if (!valid6) {
      const err7 = {
        instancePath,
        schemaPath: "#/then/allOf/2/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
        schema: schema18.then.allOf[2].if,
        parentSchema: schema18.then.allOf[2],
        data
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    const _errs21 = errors;
    let valid8 = true;
    const _errs22 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("probe" !== data.type) {
          const err8 = {};
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs22 === errors;
    errors = _errs21;
    if (vErrors !== null) {
      if (_errs21) {
        vErrors.length = _errs21;
      } else {
        vErrors = null;
      }
    }
    if (_valid4) {
      const _errs24 = errors;
      if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var _valid4 = _errs24 === errors;
      valid8 = _valid4;
    }
    if (!valid8) {
      const err9 = {
        instancePath,
        schemaPath: "#/then/allOf/3/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
        schema: schema18.then.allOf[3].if,
        parentSchema: schema18.then.allOf[3],
        data
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    const _errs26 = errors;
    let valid10 = true;
    const _errs27 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type !== void 0) {
        if ("slo" !== data.type) {
          const err10 = {};
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs27 === errors;
    errors = _errs26;
    if (vErrors !== null) {
      if (_errs26) {
        vErrors.length = _errs26;
      } else {
        vErrors = null;
      }
    }
    if (_valid5) {
      const _errs29 = errors;
      if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs29 === errors;
      valid10 = _valid5;
    }
    if (!valid10) {
      const err11 = {
        instancePath,
        schemaPath: "#/then/allOf/4/if",
        keyword: "if",
        params: { failingKeyword: "then" },
        message: 'must match "then" schema',
        schema: schema18.then.allOf[4].if,
        parentSchema: schema18.then.allOf[4],
        data
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err12 = {
          instancePath,
          schemaPath: "#/then/required",
          keyword: "required",
          params: { missingProperty: "type" },
          message: "must have required property 'type'",
          schema: schema18.then.required,
          parentSchema: schema18.then,
          data
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data5 = data.type;
        if (!(data5 === "probe" || data5 === "regex" || data5 === "jsonpath" || data5 === "range" || data5 === "slo")) {
          const err13 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/then/properties/type/enum",
            keyword: "enum",
            params: { allowedValues: schema18.then.properties.type.enum },
            message: "must be equal to one of the allowed values",
            schema: schema18.then.properties.type.enum,
            parentSchema: schema18.then.properties.type,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
  }
  if (!valid0) {
    const err14 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema18.if,
      parentSchema: schema18,
      data
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ref === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "ref" },
        message: "must have required property 'ref'",
        schema: schema17.required,
        parentSchema: schema17,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ref !== void 0) {
      let data0 = data.ref;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err1 = {
            instancePath: instancePath + "/ref",
            schemaPath: "#/properties/ref/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema17.properties.ref,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + "/ref",
          schemaPath: "#/properties/ref/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema17.properties.ref.type,
          parentSchema: schema17.properties.ref,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      if (!validate15(data.tolerance, {
        instancePath: instancePath + "/tolerance",
        parentData: data,
        parentDataProperty: "tolerance",
        rootData
      })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema17.type,
      parentSchema: schema17,
      data
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema32 = {
  title: "Activity",
  description: "A probe (observes) or an action (changes something), run by a provider.",
  type: "object",
  required: ["type", "name", "provider"],
  properties: {
    type: {
      title: "Activity type",
      description: "`probe` observes the system, `action` changes it.",
      enum: ["probe", "action"]
    },
    name: {
      title: "Activity name",
      description: "The activity's name, shown in logs and journals and used by `ref`.",
      type: "string",
      minLength: 1
    },
    provider: { $ref: "#/definitions/provider" },
    tolerance: { $ref: "#/definitions/tolerance" },
    background: {
      title: "Background",
      description: "Run without waiting for the activity to end; the method waits for it at its end.",
      type: "boolean"
    },
    pauses: {
      title: "Pauses",
      description: "Seconds to wait before and after the activity.",
      type: "object",
      properties: {
        before: { $ref: "#/definitions/pause" },
        after: { $ref: "#/definitions/pause" }
      }
    },
    timeout: {
      title: "Activity timeout",
      description: "Accepted for compatibility but never enforced (as in chaostoolkit): use the provider's `timeout`.",
      type: "number"
    },
    controls: { $ref: "#/definitions/controls" },
    configuration: {
      title: "Activity configuration",
      description: "Accepted for compatibility and ignored (as in chaostoolkit).",
      type: "object"
    }
  }
};
var schema33 = {
  title: "Pause",
  description: "Seconds, or a `${name}` reference to a configuration or secret value.",
  anyOf: [
    { title: "Seconds", description: "A number of seconds.", type: "number", minimum: 0 },
    {
      title: "Variable",
      description: "Exactly one `${name}` reference.",
      type: "string",
      pattern: "^\\$\\{[\\s\\S]*\\}$"
    }
  ]
};
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provider" },
        message: "must have required property 'provider'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data0 = data.type;
      if (!(data0 === "probe" || data0 === "action")) {
        const err3 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema32.properties.type.enum },
          message: "must be equal to one of the allowed values",
          schema: schema32.properties.type.enum,
          parentSchema: schema32.properties.type,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err4 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema32.properties.name,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.name.type,
          parentSchema: schema32.properties.name,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      if (!validate23(data.provider, {
        instancePath: instancePath + "/provider",
        parentData: data,
        parentDataProperty: "provider",
        rootData
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.tolerance !== void 0) {
      if (!validate15(data.tolerance, {
        instancePath: instancePath + "/tolerance",
        parentData: data,
        parentDataProperty: "tolerance",
        rootData
      })) {
        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
        errors = vErrors.length;
      }
    }
    if (data.background !== void 0) {
      let data4 = data.background;
      if (typeof data4 !== "boolean") {
        const err6 = {
          instancePath: instancePath + "/background",
          schemaPath: "#/properties/background/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema32.properties.background.type,
          parentSchema: schema32.properties.background,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.pauses !== void 0) {
      let data5 = data.pauses;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.before !== void 0) {
          let data6 = data5.before;
          const _errs12 = errors;
          let valid3 = false;
          const _errs13 = errors;
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 0 || isNaN(data6)) {
              const err7 = {
                instancePath: instancePath + "/pauses/before",
                schemaPath: "#/definitions/pause/anyOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema33.anyOf[0],
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + "/pauses/before",
              schemaPath: "#/definitions/pause/anyOf/0/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema33.anyOf[0].type,
              parentSchema: schema33.anyOf[0],
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs13 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs15 = errors;
            if (typeof data6 === "string") {
              if (!pattern0.test(data6)) {
                const err9 = {
                  instancePath: instancePath + "/pauses/before",
                  schemaPath: "#/definitions/pause/anyOf/1/pattern",
                  keyword: "pattern",
                  params: { pattern: "^\\$\\{[\\s\\S]*\\}$" },
                  message: 'must match pattern "^\\$\\{[\\s\\S]*\\}$"',
                  schema: "^\\$\\{[\\s\\S]*\\}$",
                  parentSchema: schema33.anyOf[1],
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = {
                instancePath: instancePath + "/pauses/before",
                schemaPath: "#/definitions/pause/anyOf/1/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema33.anyOf[1].type,
                parentSchema: schema33.anyOf[1],
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            var _valid0 = _errs15 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err11 = {
              instancePath: instancePath + "/pauses/before",
              schemaPath: "#/definitions/pause/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema33.anyOf,
              parentSchema: schema33,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          } else {
            errors = _errs12;
            if (vErrors !== null) {
              if (_errs12) {
                vErrors.length = _errs12;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data5.after !== void 0) {
          let data7 = data5.after;
          const _errs19 = errors;
          let valid5 = false;
          const _errs20 = errors;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err12 = {
                instancePath: instancePath + "/pauses/after",
                schemaPath: "#/definitions/pause/anyOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema33.anyOf[0],
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/pauses/after",
              schemaPath: "#/definitions/pause/anyOf/0/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema33.anyOf[0].type,
              parentSchema: schema33.anyOf[0],
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          var _valid1 = _errs20 === errors;
          valid5 = valid5 || _valid1;
          if (!valid5) {
            const _errs22 = errors;
            if (typeof data7 === "string") {
              if (!pattern0.test(data7)) {
                const err14 = {
                  instancePath: instancePath + "/pauses/after",
                  schemaPath: "#/definitions/pause/anyOf/1/pattern",
                  keyword: "pattern",
                  params: { pattern: "^\\$\\{[\\s\\S]*\\}$" },
                  message: 'must match pattern "^\\$\\{[\\s\\S]*\\}$"',
                  schema: "^\\$\\{[\\s\\S]*\\}$",
                  parentSchema: schema33.anyOf[1],
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            } else {
              const err15 = {
                instancePath: instancePath + "/pauses/after",
                schemaPath: "#/definitions/pause/anyOf/1/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema33.anyOf[1].type,
                parentSchema: schema33.anyOf[1],
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            var _valid1 = _errs22 === errors;
            valid5 = valid5 || _valid1;
          }
          if (!valid5) {
            const err16 = {
              instancePath: instancePath + "/pauses/after",
              schemaPath: "#/definitions/pause/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema33.anyOf,
              parentSchema: schema33,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          } else {
            errors = _errs19;
            if (vErrors !== null) {
              if (_errs19) {
                vErrors.length = _errs19;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/pauses",
          schemaPath: "#/properties/pauses/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema32.properties.pauses.type,
          parentSchema: schema32.properties.pauses,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data8 = data.timeout;
      if (!(typeof data8 == "number" && isFinite(data8))) {
        const err18 = {
          instancePath: instancePath + "/timeout",
          schemaPath: "#/properties/timeout/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema32.properties.timeout.type,
          parentSchema: schema32.properties.timeout,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data9 = data.controls;
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
            const err19 = {
              instancePath: instancePath + "/controls/" + i0,
              schemaPath: "#/definitions/controls/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema15.items.type,
              parentSchema: schema15.items,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/controls",
          schemaPath: "#/definitions/controls/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.type,
          parentSchema: schema15,
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.configuration !== void 0) {
      let data11 = data.configuration;
      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
        const err21 = {
          instancePath: instancePath + "/configuration",
          schemaPath: "#/properties/configuration/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema32.properties.configuration.type,
          parentSchema: schema32.properties.configuration,
          data: data11
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema32.type,
      parentSchema: schema32,
      data
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (errors === _errs1) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.ref === void 0 && (missing0 = "ref")) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate14(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err2 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
      schema: schema16.if,
      parentSchema: schema16,
      data
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.title === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "title" },
        message: "must have required property 'title'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.description === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "description" },
        message: "must have required property 'description'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.method === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "method" },
        message: "must have required property 'method'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/title",
            schemaPath: "#/properties/title/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema11.properties.title,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/title",
          schemaPath: "#/properties/title/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.title.type,
          parentSchema: schema11.properties.title,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = {
            instancePath: instancePath + "/description",
            schemaPath: "#/properties/description/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema11.properties.description,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/description",
          schemaPath: "#/properties/description/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema11.properties.description.type,
          parentSchema: schema11.properties.description,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/properties/version/type",
          keyword: "type",
          params: { type: schema11.properties.version.type },
          message: "must be string,number",
          schema: schema11.properties.version.type,
          parentSchema: schema11.properties.version,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data3 = data.tags;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err8 = {
                instancePath: instancePath + "/tags/" + i0,
                schemaPath: "#/definitions/nonEmptyString/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema12,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + "/tags/" + i0,
              schemaPath: "#/definitions/nonEmptyString/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.type,
              parentSchema: schema12,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/tags",
          schemaPath: "#/properties/tags/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.tags.type,
          parentSchema: schema11.properties.tags,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.contributions !== void 0) {
      let data5 = data.contributions;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key0 in data5) {
          let data6 = data5[key0];
          if (!(data6 === "high" || data6 === "medium" || data6 === "low" || data6 === "none")) {
            const err11 = {
              instancePath: instancePath + "/contributions/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/contributions/additionalProperties/enum",
              keyword: "enum",
              params: {
                allowedValues: schema11.properties.contributions.additionalProperties.enum
              },
              message: "must be equal to one of the allowed values",
              schema: schema11.properties.contributions.additionalProperties.enum,
              parentSchema: schema11.properties.contributions.additionalProperties,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/contributions",
          schemaPath: "#/properties/contributions/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.contributions.type,
          parentSchema: schema11.properties.contributions,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.configuration !== void 0) {
      let data7 = data.configuration;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key1 in data7) {
          if (!validate11(data7[key1], {
            instancePath: instancePath + "/configuration/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data7,
            parentDataProperty: key1,
            rootData
          })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/configuration",
          schemaPath: "#/properties/configuration/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.configuration.type,
          parentSchema: schema11.properties.configuration,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data9 = data.secrets;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key2 in data9) {
          let data10 = data9[key2];
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
            const err14 = {
              instancePath: instancePath + "/secrets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/secrets/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.secrets.additionalProperties.type,
              parentSchema: schema11.properties.secrets.additionalProperties,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/secrets",
          schemaPath: "#/properties/secrets/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.secrets.type,
          parentSchema: schema11.properties.secrets,
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.extensions !== void 0) {
      let data11 = data.extensions;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data12 = data11[i1];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.name === void 0) {
              const err16 = {
                instancePath: instancePath + "/extensions/" + i1,
                schemaPath: "#/properties/extensions/items/required",
                keyword: "required",
                params: { missingProperty: "name" },
                message: "must have required property 'name'",
                schema: schema11.properties.extensions.items.required,
                parentSchema: schema11.properties.extensions.items,
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (data12.name !== void 0) {
              let data13 = data12.name;
              if (typeof data13 === "string") {
                if (func2(data13) < 1) {
                  const err17 = {
                    instancePath: instancePath + "/extensions/" + i1 + "/name",
                    schemaPath: "#/properties/extensions/items/properties/name/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema11.properties.extensions.items.properties.name,
                    data: data13
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = {
                  instancePath: instancePath + "/extensions/" + i1 + "/name",
                  schemaPath: "#/properties/extensions/items/properties/name/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema11.properties.extensions.items.properties.name.type,
                  parentSchema: schema11.properties.extensions.items.properties.name,
                  data: data13
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/extensions/" + i1,
              schemaPath: "#/properties/extensions/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.extensions.items.type,
              parentSchema: schema11.properties.extensions.items,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/extensions",
          schemaPath: "#/properties/extensions/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.extensions.type,
          parentSchema: schema11.properties.extensions,
          data: data11
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data14 = data.controls;
      if (Array.isArray(data14)) {
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data15 = data14[i2];
          if (!(data15 && typeof data15 == "object" && !Array.isArray(data15))) {
            const err21 = {
              instancePath: instancePath + "/controls/" + i2,
              schemaPath: "#/definitions/controls/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema15.items.type,
              parentSchema: schema15.items,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/controls",
          schemaPath: "#/definitions/controls/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.type,
          parentSchema: schema15,
          data: data14
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data["steady-state-hypothesis"] !== void 0) {
      let data16 = data["steady-state-hypothesis"];
      if (!(data16 && typeof data16 == "object" && !Array.isArray(data16)) && data16 !== null) {
        const err23 = {
          instancePath: instancePath + "/steady-state-hypothesis",
          schemaPath: "#/properties/steady-state-hypothesis/type",
          keyword: "type",
          params: { type: schema11.properties["steady-state-hypothesis"].type },
          message: "must be object,null",
          schema: schema11.properties["steady-state-hypothesis"].type,
          parentSchema: schema11.properties["steady-state-hypothesis"],
          data: data16
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.title === void 0) {
          const err24 = {
            instancePath: instancePath + "/steady-state-hypothesis",
            schemaPath: "#/properties/steady-state-hypothesis/required",
            keyword: "required",
            params: { missingProperty: "title" },
            message: "must have required property 'title'",
            schema: schema11.properties["steady-state-hypothesis"].required,
            parentSchema: schema11.properties["steady-state-hypothesis"],
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data16.title !== void 0) {
          let data17 = data16.title;
          if (typeof data17 === "string") {
            if (func2(data17) < 1) {
              const err25 = {
                instancePath: instancePath + "/steady-state-hypothesis/title",
                schemaPath: "#/properties/steady-state-hypothesis/properties/title/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema11.properties["steady-state-hypothesis"].properties.title,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = {
              instancePath: instancePath + "/steady-state-hypothesis/title",
              schemaPath: "#/properties/steady-state-hypothesis/properties/title/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties["steady-state-hypothesis"].properties.title.type,
              parentSchema: schema11.properties["steady-state-hypothesis"].properties.title,
              data: data17
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data16.probes !== void 0) {
          let data18 = data16.probes;
          if (Array.isArray(data18)) {
            const len3 = data18.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate13(data18[i3], {
                instancePath: instancePath + "/steady-state-hypothesis/probes/" + i3,
                parentData: data18,
                parentDataProperty: i3,
                rootData
              })) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/steady-state-hypothesis/probes",
              schemaPath: "#/properties/steady-state-hypothesis/properties/probes/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema11.properties["steady-state-hypothesis"].properties.probes.type,
              parentSchema: schema11.properties["steady-state-hypothesis"].properties.probes,
              data: data18
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data16.controls !== void 0) {
          let data20 = data16.controls;
          if (Array.isArray(data20)) {
            const len4 = data20.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data21 = data20[i4];
              if (!(data21 && typeof data21 == "object" && !Array.isArray(data21))) {
                const err28 = {
                  instancePath: instancePath + "/steady-state-hypothesis/controls/" + i4,
                  schemaPath: "#/definitions/controls/items/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema15.items.type,
                  parentSchema: schema15.items,
                  data: data21
                };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/steady-state-hypothesis/controls",
              schemaPath: "#/definitions/controls/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema15.type,
              parentSchema: schema15,
              data: data20
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      }
    }
    if (data.method !== void 0) {
      let data22 = data.method;
      if (Array.isArray(data22)) {
        const len5 = data22.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate13(data22[i5], {
            instancePath: instancePath + "/method/" + i5,
            parentData: data22,
            parentDataProperty: i5,
            rootData
          })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/method",
          schemaPath: "#/properties/method/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.method.type,
          parentSchema: schema11.properties.method,
          data: data22
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.rollbacks !== void 0) {
      let data24 = data.rollbacks;
      if (Array.isArray(data24)) {
        const len6 = data24.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate13(data24[i6], {
            instancePath: instancePath + "/rollbacks/" + i6,
            parentData: data24,
            parentDataProperty: i6,
            rootData
          })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/rollbacks",
          schemaPath: "#/properties/rollbacks/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema11.properties.rollbacks.type,
          parentSchema: schema11.properties.rollbacks,
          data: data24
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.runtime !== void 0) {
      let data26 = data.runtime;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.rollbacks !== void 0) {
          let data27 = data26.rollbacks;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            if (data27.strategy !== void 0) {
              let data28 = data27.strategy;
              if (!(data28 === "default" || data28 === "always" || data28 === "never" || data28 === "deviated")) {
                const err32 = {
                  instancePath: instancePath + "/runtime/rollbacks/strategy",
                  schemaPath: "#/properties/runtime/properties/rollbacks/properties/strategy/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema11.properties.runtime.properties.rollbacks.properties.strategy.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.runtime.properties.rollbacks.properties.strategy.enum,
                  parentSchema: schema11.properties.runtime.properties.rollbacks.properties.strategy,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = {
              instancePath: instancePath + "/runtime/rollbacks",
              schemaPath: "#/properties/runtime/properties/rollbacks/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.runtime.properties.rollbacks.type,
              parentSchema: schema11.properties.runtime.properties.rollbacks,
              data: data27
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data26.hypothesis !== void 0) {
          let data29 = data26.hypothesis;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.strategy !== void 0) {
              let data30 = data29.strategy;
              if (!(data30 === "default" || data30 === "before-method-only" || data30 === "after-method-only" || data30 === "during-method-only" || data30 === "continuously" || data30 === "skip")) {
                const err34 = {
                  instancePath: instancePath + "/runtime/hypothesis/strategy",
                  schemaPath: "#/properties/runtime/properties/hypothesis/properties/strategy/enum",
                  keyword: "enum",
                  params: {
                    allowedValues: schema11.properties.runtime.properties.hypothesis.properties.strategy.enum
                  },
                  message: "must be equal to one of the allowed values",
                  schema: schema11.properties.runtime.properties.hypothesis.properties.strategy.enum,
                  parentSchema: schema11.properties.runtime.properties.hypothesis.properties.strategy,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data29.frequency !== void 0) {
              let data31 = data29.frequency;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 <= 0 || isNaN(data31)) {
                  const err35 = {
                    instancePath: instancePath + "/runtime/hypothesis/frequency",
                    schemaPath: "#/properties/runtime/properties/hypothesis/properties/frequency/exclusiveMinimum",
                    keyword: "exclusiveMinimum",
                    params: { comparison: ">", limit: 0 },
                    message: "must be > 0",
                    schema: 0,
                    parentSchema: schema11.properties.runtime.properties.hypothesis.properties.frequency,
                    data: data31
                  };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = {
                  instancePath: instancePath + "/runtime/hypothesis/frequency",
                  schemaPath: "#/properties/runtime/properties/hypothesis/properties/frequency/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema11.properties.runtime.properties.hypothesis.properties.frequency.type,
                  parentSchema: schema11.properties.runtime.properties.hypothesis.properties.frequency,
                  data: data31
                };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data29.fail_fast !== void 0) {
              let data32 = data29.fail_fast;
              if (typeof data32 !== "boolean") {
                const err37 = {
                  instancePath: instancePath + "/runtime/hypothesis/fail_fast",
                  schemaPath: "#/properties/runtime/properties/hypothesis/properties/fail_fast/type",
                  keyword: "type",
                  params: { type: "boolean" },
                  message: "must be boolean",
                  schema: schema11.properties.runtime.properties.hypothesis.properties.fail_fast.type,
                  parentSchema: schema11.properties.runtime.properties.hypothesis.properties.fail_fast,
                  data: data32
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = {
              instancePath: instancePath + "/runtime/hypothesis",
              schemaPath: "#/properties/runtime/properties/hypothesis/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.runtime.properties.hypothesis.type,
              parentSchema: schema11.properties.runtime.properties.hypothesis,
              data: data29
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = {
          instancePath: instancePath + "/runtime",
          schemaPath: "#/properties/runtime/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.runtime.type,
          parentSchema: schema11.properties.runtime,
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/engine/jsonpath.ts
var JsonPathSyntaxError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "JsonPathSyntaxError";
  }
};
var JsonPathEvalError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "JsonPathEvalError";
  }
};
var KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "not", "true", "false", "null"]);
var PUNCTUATION = ["..", "!=", "<=", ">=", "$", "@", ".", "*", "[", "]", "(", ")", "{", "}"];
var PUNCTUATION_2 = [":", ",", "?", "=", "<", ">"];
var STRING_RE = /"(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})|[^"\\\u0000-\u001f])*"/y;
var NUMBER_RE = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?(?:0|[1-9][0-9]*))?/y;
var ID_RE = /[_A-Za-z][_A-Za-z0-9]*/y;
function tokenize(source) {
  const tokens = [];
  let i = 0;
  const sticky = (re) => {
    re.lastIndex = i;
    return re.exec(source)?.[0];
  };
  while (i < source.length) {
    const ch = source[i];
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
      i++;
      continue;
    }
    const punct = [...PUNCTUATION, ...PUNCTUATION_2].find((p) => source.startsWith(p, i));
    if (punct) {
      tokens.push({ kind: punct, text: punct, column: i });
      i += punct.length;
      continue;
    }
    let text = sticky(STRING_RE);
    if (text !== void 0) {
      tokens.push({ kind: "string", text, column: i });
      i += text.length;
      continue;
    }
    text = sticky(NUMBER_RE);
    if (text !== void 0) {
      tokens.push({ kind: "number", text, column: i });
      i += text.length;
      continue;
    }
    text = sticky(ID_RE);
    if (text !== void 0) {
      tokens.push({ kind: KEYWORDS.has(text) ? text : "id", text, column: i });
      i += text.length;
      continue;
    }
    throw new JsonPathSyntaxError(`column ${i}: unexpected character '${ch}'`);
  }
  tokens.push({ kind: "eof", text: "<EOF>", column: source.length });
  return tokens;
}
var CALLS = {
  length: true,
  keys: true,
  values: true,
  entries: true,
  charAt: true,
  substring: true
};
var Parser = class {
  #tokens;
  #pos = 0;
  constructor(tokens) {
    this.#tokens = tokens;
  }
  get #peek() {
    return this.#tokens[this.#pos];
  }
  /** The next token's kind; a method so TypeScript doesn't narrow it across #next() calls. */
  #at(kind) {
    return this.#tokens[this.#pos].kind === kind;
  }
  #next() {
    const token = this.#peek;
    if (token.kind !== "eof") this.#pos++;
    return token;
  }
  #fail(expected) {
    const t = this.#peek;
    throw new JsonPathSyntaxError(`column ${t.column}: expected ${expected}, found '${t.text}'`);
  }
  #expect(kind) {
    if (this.#peek.kind !== kind) this.#fail(`'${kind}'`);
    return this.#next();
  }
  parseJsonPath() {
    this.#expect("$");
    const path2 = { from: "root", steps: this.#steps() };
    if (this.#peek.kind !== "eof") this.#fail("end of path");
    return path2;
  }
  #steps() {
    const steps = [];
    for (; ; ) {
      const kind = this.#peek.kind;
      if (kind === "..") {
        this.#next();
        const subscripts = this.#peek.kind === "[" ? this.#bracket() : [this.#bareword()];
        steps.push({ descent: true, subscripts });
      } else if (kind === ".") {
        this.#next();
        steps.push({ descent: false, subscripts: [this.#bareword()] });
      } else if (kind === "[") {
        steps.push({ descent: false, subscripts: this.#bracket() });
      } else {
        return steps;
      }
    }
  }
  #bareword() {
    if (this.#peek.kind === "*") {
      this.#next();
      return { kind: "wildcard" };
    }
    if (this.#peek.kind !== "id") this.#fail("a member name or *");
    const name = this.#next().text;
    if (this.#at("(")) return this.#call(name);
    return { kind: "key", name };
  }
  #call(name) {
    if (!Object.hasOwn(CALLS, name)) this.#fail(`a known function, not ${name}()`);
    this.#expect("(");
    const args = [];
    if (this.#peek.kind !== ")") {
      args.push(this.#operand());
      while (this.#peek.kind === ",") {
        this.#next();
        args.push(this.#operand());
      }
    }
    this.#expect(")");
    return { kind: "call", name, args };
  }
  #bracket() {
    this.#expect("[");
    const items = [this.#subscriptable()];
    while (this.#peek.kind === ",") {
      this.#next();
      items.push(this.#subscriptable());
    }
    this.#expect("]");
    return items;
  }
  #integer() {
    const token = this.#peek;
    if (token.kind !== "number" || !/^-?\d+$/.test(token.text)) this.#fail("an integer");
    this.#next();
    return Number(token.text);
  }
  #sliceRest(start) {
    this.#expect(":");
    let end = null;
    let step = null;
    if (this.#peek.kind === "number") end = this.#integer();
    if (this.#peek.kind === ":") {
      this.#next();
      if (this.#at("number")) step = this.#integer();
    }
    return { kind: "slice", start, end, step };
  }
  #subscriptable() {
    const token = this.#peek;
    switch (token.kind) {
      case "string":
        this.#next();
        return { kind: "key", name: token.text.slice(1, -1) };
      case "number": {
        const index = this.#integer();
        return this.#peek.kind === ":" ? this.#sliceRest(index) : { kind: "index", index };
      }
      case ":":
        return this.#sliceRest(null);
      case "*":
        this.#next();
        return { kind: "wildcard" };
      case "?": {
        this.#next();
        this.#expect("(");
        const expr = this.#expression();
        this.#expect(")");
        return { kind: "filter", expr };
      }
      case "$":
      case "@":
        return { kind: "node", path: this.#pathOperand() };
      case "id": {
        this.#next();
        if (this.#peek.kind !== "(") this.#fail("'(' after a function name");
        return this.#call(token.text);
      }
      default:
        return this.#fail("a subscript");
    }
  }
  #pathOperand() {
    const from = this.#next().kind === "$" ? "root" : "current";
    return { from, steps: this.#steps() };
  }
  // expression: andExpression; andExpression: orExpression ('and' andExpression)?
  #expression() {
    const items = [this.#orExpression()];
    while (this.#peek.kind === "and") {
      this.#next();
      items.push(this.#orExpression());
    }
    return items.length === 1 ? items[0] : { kind: "and", items };
  }
  #orExpression() {
    const items = [this.#notExpression()];
    while (this.#peek.kind === "or") {
      this.#next();
      items.push(this.#notExpression());
    }
    return items.length === 1 ? items[0] : { kind: "or", items };
  }
  #notExpression() {
    if (this.#peek.kind === "not") {
      this.#next();
      return { kind: "not", expr: this.#notExpression() };
    }
    if (this.#peek.kind === "(") {
      this.#next();
      const expr = this.#expression();
      this.#expect(")");
      return expr;
    }
    const left = this.#operand();
    const op = this.#peek.kind;
    if (op === "=" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
      this.#next();
      return { kind: "compare", op, left, right: this.#operand() };
    }
    return { kind: "some", operand: left };
  }
  #operand() {
    const kind = this.#peek.kind;
    if (kind === "$" || kind === "@") return { kind: "path", path: this.#pathOperand() };
    return { kind: "value", value: this.#value() };
  }
  #value() {
    const token = this.#peek;
    if (token.kind === "eof") this.#fail("a path or a JSON value");
    this.#next();
    switch (token.kind) {
      case "string":
        return token.text.slice(1, -1);
      case "number":
        return Number(token.text);
      case "true":
        return true;
      case "false":
        return false;
      case "null":
        return null;
      case "[": {
        const items = [];
        if (this.#peek.kind !== "]") {
          items.push(this.#value());
          while (this.#peek.kind === ",") {
            this.#next();
            items.push(this.#value());
          }
        }
        this.#expect("]");
        return items;
      }
      case "{": {
        const obj = {};
        if (this.#peek.kind !== "}") {
          do {
            if (this.#peek.kind === ",") this.#next();
            const key = this.#expect("string").text.slice(1, -1);
            this.#expect(":");
            obj[key] = this.#value();
          } while (this.#peek.kind === ",");
        }
        this.#expect("}");
        return obj;
      }
      default:
        this.#pos--;
        return this.#fail("a path or a JSON value");
    }
  }
};
function parseJsonPath(source) {
  return { source, expr: new Parser(tokenize(source)).parseJsonPath() };
}
function isDict(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function isNumber(value) {
  return typeof value === "number" || typeof value === "boolean";
}
function children(value) {
  if (Array.isArray(value)) return value;
  if (isDict(value)) return Object.values(value);
  return [];
}
function atIndex(list, index) {
  const i = index < 0 ? index + list.length : index;
  return i >= 0 && i < list.length ? [list[i]] : [];
}
function slice(list, s) {
  const n = list.length;
  const start = s.start === null ? 0 : s.start < 0 ? -s.start < n ? s.start + n : 0 : s.start;
  const end = s.end === null ? n : s.end < 0 ? s.end + n : s.end;
  const step = s.step ?? 1;
  if (step === 0) throw new JsonPathEvalError("range() arg 3 must not be zero");
  const out = [];
  if (step > 0) {
    let i = start < -n ? start + Math.ceil((-n - start) / step) * step : start;
    for (; i < Math.min(end, n); i += step) out.push(...atIndex(list, i));
  } else {
    let i = start > n - 1 ? start - Math.ceil((start - (n - 1)) / -step) * -step : start;
    for (; i > Math.max(end, -n - 1); i += step) out.push(...atIndex(list, i));
  }
  return out;
}
function codePoints(text) {
  return Array.from(text);
}
function pySliceText(text, a, b) {
  const chars = codePoints(text);
  const n = chars.length;
  const norm = (x) => x < 0 ? Math.max(0, x + n) : Math.min(x, n);
  return chars.slice(norm(a), b === void 0 ? n : norm(b)).join("");
}
function isPyInt(value) {
  return typeof value === "boolean" || typeof value === "number" && Number.isInteger(value);
}
function callFunction(name, current, args) {
  switch (name) {
    case "length":
      if (Array.isArray(current)) return [current.length];
      if (typeof current === "string") return [codePoints(current).length];
      return [];
    case "keys":
      return isDict(current) ? [Object.keys(current)] : [];
    case "values":
      return isDict(current) ? [Object.values(current)] : [];
    case "entries":
      return isDict(current) ? [Object.entries(current).map(([k, v]) => [k, v])] : [];
    case "charAt": {
      if (typeof current !== "string" || args.length !== 1 || !isPyInt(args[0])) return [];
      return atIndex(codePoints(current), Number(args[0]));
    }
    case "substring": {
      if (typeof current !== "string") return [];
      const [a, b] = args;
      if (args.length === 1 && isPyInt(a)) return [pySliceText(current, Number(a))];
      if (args.length === 2 && isPyInt(a) && isPyInt(b)) {
        return [pySliceText(current, Number(a), Number(b))];
      }
      return [];
    }
  }
}
function operandValues(operand, root, current) {
  if (operand.kind === "value") return [operand.value];
  return matchPath(operand.path, root, current);
}
function cartesian(lists) {
  return lists.reduce(
    (acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])),
    [[]]
  );
}
function compare(op, a, b) {
  switch (op) {
    case "=":
      return pyEquals(a, b);
    case "!=":
      return !pyEquals(a, b);
  }
  if (!isNumber(a) || !isNumber(b)) return false;
  const x = Number(a);
  const y = Number(b);
  return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
}
function truthy(value) {
  if (value === null || value === void 0 || value === false || value === 0 || value === "") {
    return false;
  }
  if (Array.isArray(value)) return value.length > 0;
  if (isDict(value)) return Object.keys(value).length > 0;
  return true;
}
function evaluate(expr, root, current) {
  switch (expr.kind) {
    case "and":
      return expr.items.every((e) => evaluate(e, root, current));
    case "or":
      return expr.items.some((e) => evaluate(e, root, current));
    case "not":
      return !evaluate(expr.expr, root, current);
    case "some":
      return expr.operand.kind === "value" ? truthy(expr.operand.value) : matchPath(expr.operand.path, root, current).length > 0;
    case "compare": {
      const lefts = operandValues(expr.left, root, current);
      const rights = operandValues(expr.right, root, current);
      return lefts.some((l) => rights.some((r) => compare(expr.op, l, r)));
    }
  }
}
function applySubscript(sub, root, current) {
  switch (sub.kind) {
    case "key":
      return isDict(current) && Object.hasOwn(current, sub.name) ? [current[sub.name]] : [];
    case "index":
      return Array.isArray(current) ? atIndex(current, sub.index) : [];
    case "slice":
      return Array.isArray(current) ? slice(current, sub) : [];
    case "wildcard":
      return children(current);
    case "filter":
      return evaluate(sub.expr, root, current) ? [current] : [];
    case "node":
      return matchPath(sub.path, root, current).flatMap((key) => {
        if (isPyInt(key)) return Array.isArray(current) ? atIndex(current, Number(key)) : [];
        if (typeof key === "string") {
          return isDict(current) && Object.hasOwn(current, key) ? [current[key]] : [];
        }
        return [];
      });
    case "call": {
      const argLists = sub.args.map((a) => operandValues(a, root, current));
      return cartesian(argLists).flatMap((args) => callFunction(sub.name, current, args));
    }
  }
}
function matchSteps(steps, i, root, current, out) {
  const step = steps[i];
  if (!step) {
    out.push(current);
    return;
  }
  const here = (node) => {
    for (const sub of step.subscripts) {
      for (const value of applySubscript(sub, root, node))
        matchSteps(steps, i + 1, root, value, out);
    }
  };
  if (!step.descent) {
    here(current);
    return;
  }
  const descend = (node) => {
    here(node);
    for (const child of children(node)) descend(child);
  };
  descend(current);
}
function matchPath(path2, root, current) {
  const out = [];
  matchSteps(path2.steps, 0, root, path2.from === "root" ? root : current, out);
  return out;
}
function matchJsonPath(path2, document) {
  const parsed = typeof path2 === "string" ? parseJsonPath(path2) : path2;
  return matchPath(parsed.expr, document, document);
}

// src/engine/slo.ts
var RESERVED = /* @__PURE__ */ new Set(["type", "target", "name", "description"]);
var COMPARISON = /^\s*(<=|>=|==|!=|<|>|=)?\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%)?\s*$/i;
function isDict2(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function parseObjective(field, spec) {
  if (typeof spec === "number" && Number.isFinite(spec)) {
    return { field, op: "<=", bound: spec, text: `<= ${spec}` };
  }
  if (typeof spec !== "string") return void 0;
  const m = COMPARISON.exec(spec);
  if (!m) return void 0;
  const op = m[1] === "=" ? "==" : m[1] ?? "<=";
  const bound = Number(m[2]) / (m[3] ? 100 : 1);
  return Number.isFinite(bound) ? { field, op, bound, text: spec.trim() } : void 0;
}
function sloObjectives(tolerance) {
  const out = [];
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue;
    const objective = parseObjective(field, spec);
    if (objective) out.push(objective);
  }
  return out;
}
function readField(value, field) {
  let current = value;
  const parts = Object.hasOwn(isDict2(value) ? value : {}, field) ? [field] : field.split(".");
  for (const part of parts) {
    if (!isDict2(current) || !Object.hasOwn(current, part)) return void 0;
    current = current[part];
  }
  if (typeof current === "number") return current;
  if (typeof current === "boolean") return current ? 1 : 0;
  if (typeof current === "string" && current.trim() !== "") {
    const n = Number(current);
    return Number.isFinite(n) ? n : void 0;
  }
  return void 0;
}
function compare2(actual, op, bound) {
  switch (op) {
    case "<=":
      return actual <= bound;
    case "<":
      return actual < bound;
    case ">=":
      return actual >= bound;
    case ">":
      return actual > bound;
    case "==":
      return actual === bound;
    case "!=":
      return actual !== bound;
  }
}
function checkSlo(tolerance, value) {
  let subject = value;
  if (typeof subject === "string") {
    try {
      subject = JSON.parse(subject);
    } catch {
    }
  }
  const target = tolerance.target;
  if (typeof target === "string" && target && isDict2(subject) && Object.hasOwn(subject, target)) {
    subject = subject[target];
    if (typeof subject === "string") {
      try {
        subject = JSON.parse(subject);
      } catch {
      }
    }
  }
  return sloObjectives(tolerance).map((objective) => {
    const actual = readField(subject, objective.field);
    return {
      objective,
      actual,
      met: actual !== void 0 && compare2(actual, objective.op, objective.bound)
    };
  });
}
function withinSlo(tolerance, value) {
  const checks = checkSlo(tolerance, value);
  return checks.length > 0 && checks.every((c) => c.met);
}
function validateSlo(tolerance) {
  const issues = [];
  let count = 0;
  for (const [field, spec] of Object.entries(tolerance)) {
    if (RESERVED.has(field)) continue;
    count++;
    if (parseObjective(field, spec) === void 0) {
      issues.push({
        field: `/${field}`,
        message: `slo objective ${field} is not a comparison: ${JSON.stringify(spec)}`,
        expected: 'a comparison such as "<=0.01", "<= 1%", ">= 99.9%", "<300" or a number (<=)'
      });
    }
  }
  if (count === 0) {
    issues.push({
      field: "",
      message: "slo tolerance has no objectives",
      expected: 'fields of the probe output with comparisons, e.g. {type: slo, error_rate: "<=0.01", p95_ms: "<=300"}'
    });
  }
  if (tolerance.target !== void 0 && typeof tolerance.target !== "string") {
    issues.push({
      field: "/target",
      message: "slo tolerance target must be a key name",
      expected: "a string, e.g. body"
    });
  }
  return issues;
}

// src/engine/substitute.ts
var TEMPLATE = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|)/gi;
var WHOLE_BRACED = /^\$\{([_a-z][_a-z0-9]*)\}$/i;
function lookupName(name, configuration, secrets) {
  if (configuration && Object.hasOwn(configuration, name)) {
    return { found: true, value: configuration[name] };
  }
  for (const scope of Object.values(secrets ?? {})) {
    if (scope !== null && typeof scope === "object" && Object.hasOwn(scope, name)) {
      return { found: true, value: scope[name] };
    }
  }
  return { found: false };
}
function substituteString(text, configuration, secrets) {
  const whole = WHOLE_BRACED.exec(text);
  if (whole) {
    const hit = lookupName(whole[1], configuration, secrets);
    if (hit.found) return hit.value;
  }
  return text.replace(
    TEMPLATE,
    (match, escaped, named, braced) => {
      if (escaped !== void 0) return "$";
      const name = named ?? braced;
      if (name === void 0) return match;
      const hit = lookupName(name, configuration, secrets);
      return hit.found ? pyStr(hit.value) : match;
    }
  );
}
function substitute(value, configuration, secrets) {
  if (typeof value === "string") {
    return value === "" ? value : substituteString(value, configuration, secrets);
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, configuration, secrets));
  if (value !== null && typeof value === "object" && !(value instanceof Uint8Array)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, configuration, secrets);
    return out;
  }
  return value;
}

// src/engine/tolerance.ts
var ToleranceError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "ToleranceError";
  }
};
function isDict3(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Uint8Array);
}
async function withinTolerance(tolerance, value, ctx) {
  const t = typeof tolerance === "string" ? substitute(tolerance, ctx.configuration, ctx.secrets) : tolerance;
  return dispatch(t, value, ctx);
}
async function dispatch(tolerance, value, ctx) {
  if (typeof tolerance === "boolean") return pyEquals(value, tolerance);
  if (typeof tolerance === "string") return pyEquals(value, tolerance);
  if (typeof tolerance === "number") {
    if (!Number.isInteger(tolerance)) return false;
    if (isDict3(value) && Object.hasOwn(value, "status")) return pyEquals(value.status, tolerance);
    return pyEquals(value, tolerance);
  }
  if (Array.isArray(tolerance)) return listTolerance(tolerance, value);
  if (isDict3(tolerance)) {
    switch (tolerance.type) {
      case "probe":
        return probeTolerance(tolerance, value, ctx);
      case "regex":
        return regexTolerance(tolerance, value, ctx);
      case "jsonpath":
        return jsonPathTolerance(tolerance, value, ctx);
      case "range":
        return rangeTolerance(tolerance, value);
      case "slo":
        return withinSlo(tolerance, value);
      default:
        return false;
    }
  }
  return false;
}
function listTolerance(tolerance, value) {
  if (isDict3(value) && Object.hasOwn(value, "status")) return pyIn(value.status, tolerance);
  if (tolerance.length === 2) {
    try {
      return pyCompareOp(tolerance[0], "<=", value) && pyCompareOp(value, "<=", tolerance[1]);
    } catch (error) {
      if (!(error instanceof PyTypeError)) throw error;
      throw new ToleranceError(
        `tolerance ${pyStr(tolerance)} is a range, and ${error.message} (probe output: ${preview(value)})`,
        { cause: error }
      );
    }
  }
  return pyIn(value, tolerance);
}
function pickTarget(kind, tolerance, value) {
  const target = tolerance.target;
  if (!pyTruthy(target)) return value;
  if (!isDict3(value)) {
    throw new ToleranceError(
      `${kind} tolerance has target '${pyStr(target)}' but the probe output is a ${pyTypeName(value)}, not an object`
    );
  }
  return typeof target === "string" && Object.hasOwn(value, target) ? value[target] : value;
}
function preview(value) {
  const text = pyStr(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
async function probeTolerance(tolerance, value, ctx) {
  const provider = tolerance.provider;
  const args = isDict3(provider) ? provider.arguments : void 0;
  if (!isDict3(args)) {
    throw new ToleranceError(
      `probe tolerance '${pyStr(tolerance.name)}' needs provider.arguments (an object) to receive the probe output as \`value\``
    );
  }
  args.value = value;
  try {
    return pyTruthy(await ctx.runProbe(tolerance, value));
  } catch (error) {
    if (error instanceof ActivityFailed) return false;
    throw error;
  }
}
function regexTolerance(tolerance, value, ctx) {
  const pattern = substitute(tolerance.pattern, ctx.configuration, ctx.secrets);
  ctx.logger?.debug(`Applied pattern is: ${pyStr(pattern)}`);
  if (typeof pattern !== "string") {
    throw new ToleranceError(`regex tolerance pattern must be a string, got ${pyTypeName(pattern)}`);
  }
  let rx;
  try {
    rx = pythonRegExp(pattern);
  } catch (error) {
    throw new ToleranceError(
      `regex tolerance pattern ${pattern} seems invalid: ${regexErrorText(error)}`
    );
  }
  const subject = pickTarget("regex", tolerance, value);
  if (typeof subject !== "string") {
    throw new ToleranceError(
      `regex tolerance needs a string to search, but the probe output is a ${pyTypeName(subject)}` + (isDict3(subject) ? " (set `target`, e.g. `target: stdout` or `target: body`)" : "")
    );
  }
  return rx.test(subject);
}
function decodeJsonish(value) {
  let v = value;
  if (v instanceof Uint8Array) v = new TextDecoder().decode(v);
  if (typeof v === "string") {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}
function jsonPathTolerance(tolerance, value, ctx) {
  const path2 = substitute(tolerance.path, ctx.configuration, ctx.secrets);
  ctx.logger?.debug(`Applied jsonpath is: ${pyStr(path2)}`);
  if (typeof path2 !== "string") {
    throw new ToleranceError(`jsonpath tolerance path must be a string, got ${pyTypeName(path2)}`);
  }
  let parsed;
  try {
    parsed = parseJsonPath(path2);
  } catch (error) {
    if (!(error instanceof JsonPathSyntaxError)) throw error;
    throw new ToleranceError(`jsonpath tolerance path ${path2} is invalid: ${error.message}`);
  }
  const document = decodeJsonish(pickTarget("jsonpath", tolerance, value));
  let values;
  try {
    values = matchJsonPath(parsed, document);
  } catch (error) {
    throw new ToleranceError(`jsonpath tolerance path ${path2} failed: ${regexErrorText(error)}`);
  }
  let result = values.length > 0;
  const count = tolerance.count;
  if (count !== void 0 && count !== null) result = pyEquals(values.length, count);
  if (Object.hasOwn(tolerance, "expect")) {
    const expect = substitute(tolerance.expect, ctx.configuration, ctx.secrets);
    result = pyEquals(values, Array.isArray(expect) ? expect : [expect]);
    if (!result) {
      ctx.logger?.debug(`jsonpath found '${pyStr(values)}' but expected '${pyStr(expect)}'`);
    }
  } else if (!result) {
    ctx.logger?.debug(`jsonpath found '${pyStr(values)}'`);
  }
  return result;
}
var DECIMAL_RE = /^([+-])?(?:(\d+(?:_\d+)*)(?:\.(\d+(?:_\d+)*)?)?|\.(\d+(?:_\d+)*))(?:e([+-]?\d+(?:_\d+)*))?$/i;
var SPECIAL_RE = /^([+-])?(inf|infinity|s?nan)$/i;
var MAX_EXPONENT = 1e5;
function exactFromDouble(x) {
  if (Number.isNaN(x)) return { kind: "nan" };
  if (!Number.isFinite(x)) return { kind: "inf", sign: x > 0 ? 1 : -1 };
  if (Number.isSafeInteger(x)) return { kind: "finite", num: BigInt(x), den: 1n };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const exponentBits = Number(bits >> 52n & 0x7ffn);
  const fraction = bits & (1n << 52n) - 1n;
  const mantissa = exponentBits === 0 ? fraction : fraction | 1n << 52n;
  const exponent = (exponentBits === 0 ? 1 : exponentBits) - 1075;
  const signed = negative ? -mantissa : mantissa;
  return exponent >= 0 ? { kind: "finite", num: signed << BigInt(exponent), den: 1n } : { kind: "finite", num: signed, den: 1n << BigInt(-exponent) };
}
function toExact(value, what) {
  if (typeof value === "boolean") return { kind: "finite", num: value ? 1n : 0n, den: 1n };
  if (typeof value === "number") return exactFromDouble(value);
  if (typeof value === "string") {
    const text = value.trim();
    const special = SPECIAL_RE.exec(text);
    if (special) {
      if (special[2].toLowerCase().endsWith("nan")) return { kind: "nan" };
      return { kind: "inf", sign: special[1] === "-" ? -1 : 1 };
    }
    const m = DECIMAL_RE.exec(text);
    if (!m) return void 0;
    const whole = (m[2] ?? "").replaceAll("_", "");
    const frac = (m[3] ?? m[4] ?? "").replaceAll("_", "");
    let exponent = Number((m[5] ?? "0").replaceAll("_", "")) - frac.length;
    let digits = BigInt(whole + frac || "0");
    if (m[1] === "-") digits = -digits;
    if (digits === 0n) return { kind: "finite", num: 0n, den: 1n };
    if (exponent > MAX_EXPONENT) return { kind: "inf", sign: digits > 0n ? 1 : -1 };
    if (exponent < -MAX_EXPONENT) {
      digits = digits > 0n ? 1n : -1n;
      exponent = -1e3;
    }
    return exponent >= 0 ? { kind: "finite", num: digits * 10n ** BigInt(exponent), den: 1n } : { kind: "finite", num: digits, den: 10n ** BigInt(-exponent) };
  }
  throw new ToleranceError(
    `range tolerance needs a number or a numeric string as ${what}, got ${pyTypeName(value)}` + (isDict3(value) && what === "the probe output" ? " (set `target`, e.g. `target: body`)" : "")
  );
}
function compareExact(a, b) {
  if (a.kind === "nan" || b.kind === "nan") {
    throw new ToleranceError("range tolerance can't compare NaN (decimal.InvalidOperation)");
  }
  if (a.kind === "inf" || b.kind === "inf") {
    const x = a.kind === "inf" ? a.sign * 2 : 0;
    const y = b.kind === "inf" ? b.sign * 2 : 0;
    if (x !== y) return x - y;
    if (x !== 0) return 0;
    return a.kind === "inf" ? a.sign : b.kind === "inf" ? -b.sign : 0;
  }
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
function rangeTolerance(tolerance, value) {
  const subject = pickTarget("range", tolerance, value);
  const v = toExact(subject, "the probe output");
  if (v === void 0) return false;
  const bounds = tolerance.range;
  if (!Array.isArray(bounds) || bounds.length < 2) {
    throw new ToleranceError("range tolerance needs `range: [lower, upper]`");
  }
  const lo = toExact(bounds[0], "the lower bound");
  const hi = toExact(bounds[1], "the upper bound");
  if (lo === void 0 || hi === void 0) {
    throw new ToleranceError(`range tolerance bounds ${pyStr(bounds)} are not numbers`);
  }
  return compareExact(lo, v) <= 0 && compareExact(v, hi) <= 0;
}
function regexErrorText(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
}
function pythonRegExp(pattern) {
  let flags = "";
  let rest = pattern;
  for (let m = /^\(\?([aiLmsux]+)\)/.exec(rest); m; m = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
    flags += m[1];
    rest = rest.slice(m[0].length);
  }
  const multiline = flags.includes("m");
  const dotAll = flags.includes("s");
  const verbose = flags.includes("x");
  let out = "";
  let i = 0;
  const n = rest.length;
  while (i < n) {
    const ch = rest[i];
    if (ch === "\\") {
      const next = rest[i + 1];
      if (next === void 0) throw new SyntaxError("bad escape (end of pattern)");
      if (next === "A") out += "(?<![\\s\\S])";
      else if (next === "Z") out += "(?![\\s\\S])";
      else if (next === "N") throw new SyntaxError("\\N{...} escapes are not supported");
      else out += ch + next;
      i += 2;
      continue;
    }
    if (ch === "[") {
      let j = i + 1;
      let cls = "[";
      if (rest[j] === "^") cls += rest[j++];
      if (rest[j] === "]") {
        cls += "\\]";
        j++;
      }
      while (j < n && rest[j] !== "]") {
        if (rest[j] === "\\" && j + 1 < n) {
          cls += rest.slice(j, j + 2);
          j += 2;
        } else {
          cls += rest[j++];
        }
      }
      if (j >= n) throw new SyntaxError(`unterminated character set at position ${i}`);
      out += `${cls}]`;
      i = j + 1;
      continue;
    }
    if (ch === "(" && rest[i + 1] === "?") {
      const head = rest.slice(i);
      let m;
      if (m = /^\(\?P<([A-Za-z_]\w*)>/.exec(head)) {
        out += `(?<${m[1]}>`;
        i += m[0].length;
        continue;
      }
      if (m = /^\(\?P=([A-Za-z_]\w*)\)/.exec(head)) {
        out += `\\k<${m[1]}>`;
        i += m[0].length;
        continue;
      }
      if (m = /^\(\?#[^)]*\)/.exec(head)) {
        i += m[0].length;
        continue;
      }
      if (m = /^\(\?([aiLmsux]*)(?:-([imsx]+))?:/.exec(head)) {
        const on = (m[1] ?? "").replace(/[^is]/g, "");
        const off = (m[2] ?? "").replace(/[^is]/g, "");
        out += on || off ? `(?${on}${off ? `-${off}` : ""}:` : "(?:";
        i += m[0].length;
        continue;
      }
      if (/^\(\?[>(]/.test(head))
        throw new SyntaxError("atomic groups and conditionals are not supported");
      if (/^\(\?[aiLmsux]+\)/.test(head))
        throw new SyntaxError("global flags not at the start of the expression");
    }
    if (verbose && /\s/.test(ch)) {
      i++;
      continue;
    }
    if (verbose && ch === "#") {
      while (i < n && rest[i] !== "\n") i++;
      continue;
    }
    if (ch === ".") out += dotAll ? "[\\s\\S]" : "[^\\n]";
    else if (ch === "$") out += multiline ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))";
    else if (ch === "^") out += multiline ? "(?:(?<![\\s\\S])|(?<=\\n))" : "^";
    else if (ch === "{" && /^\{,\d+\}/.test(rest.slice(i))) out += "{0";
    else if ((ch === "+" || ch === "*" || ch === "?" || ch === "}") && rest[i + 1] === "+") {
      throw new SyntaxError("possessive quantifiers are not supported");
    } else out += ch;
    i++;
  }
  return new RegExp(out, flags.includes("i") ? "i" : "");
}
var BAD_TYPE = "hypothesis probe tolerance must either be an integer, a string, a boolean or a pair of values for boundaries. It can also be a dictionary which is a probe activity definition that takes an argument called `value` with the value of the probe itself to be validated";
function validateTolerance(tolerance) {
  const issue = (field, message, expected) => [
    { field, message, ...expected === void 0 ? {} : { expected } }
  ];
  const okScalar = typeof tolerance === "boolean" || typeof tolerance === "string" || typeof tolerance === "number" && Number.isInteger(tolerance);
  if (okScalar || Array.isArray(tolerance)) return [];
  if (!isDict3(tolerance)) {
    return issue("", BAD_TYPE, "an integer, a string, a boolean, a list or an object");
  }
  switch (tolerance.type) {
    case "probe":
      return [];
    case "regex": {
      if (!Object.hasOwn(tolerance, "pattern")) {
        return issue("/pattern", "hypothesis regex probe tolerance must have a `pattern` key");
      }
      const pattern = tolerance.pattern;
      if (typeof pattern !== "string") {
        return issue(
          "/pattern",
          `hypothesis probe tolerance pattern ${pyStr(pattern)} has an invalid type`,
          "a string"
        );
      }
      try {
        pythonRegExp(pattern);
      } catch (error) {
        return issue(
          "/pattern",
          `hypothesis probe tolerance pattern ${pattern} seems invalid: ${regexErrorText(error)}`,
          "a Python regular expression"
        );
      }
      return [];
    }
    case "jsonpath": {
      if (!Object.hasOwn(tolerance, "path")) {
        return issue("/path", "hypothesis jsonpath probe tolerance must have a `path` key");
      }
      const raw = tolerance.path;
      if (typeof raw !== "string") {
        return issue(
          "/path",
          `hypothesis probe tolerance JSON path ${pyStr(raw)} has an invalid type`,
          "a string"
        );
      }
      const path2 = raw.trim();
      if (!path2) return issue("/path", "hypothesis probe tolerance JSON path cannot be empty");
      try {
        parseJsonPath(path2);
      } catch (error) {
        if (!(error instanceof JsonPathSyntaxError)) throw error;
        return issue(
          "/path",
          `hypothesis probe tolerance JSON path ${path2} is invalid`,
          `a jsonpath2 path (${error.message})`
        );
      }
      return [];
    }
    case "range": {
      if (!Object.hasOwn(tolerance, "range")) {
        return issue("/range", "hypothesis range probe tolerance must have a `range` key");
      }
      const range = tolerance.range;
      if (!Array.isArray(range)) return issue("/range", "hypothesis range must be a sequence");
      if (range.length !== 2) {
        return issue("/range", "hypothesis range sequence must be made of two values");
      }
      const isNumber3 = (v) => typeof v === "number" || typeof v === "boolean";
      if (!isNumber3(range[0])) {
        return issue("/range/0", "hypothesis range lower boundary must be a number");
      }
      if (!isNumber3(range[1])) {
        return issue("/range/1", "hypothesis range upper boundary must be a number");
      }
      return [];
    }
    case "slo":
      return validateSlo(tolerance).slice(0, 1);
    default:
      return issue(
        "/type",
        `hypothesis probe tolerance type '${pyStr(tolerance.type)}' is unsupported`,
        "probe, regex, jsonpath or range"
      );
  }
}

// src/engine/validate.ts
var compiled;
function schemaValidator() {
  if (compiled === void 0) {
    const bundled = true;
    if (bundled || SCHEMA_HASH === schemaHash(experiment_schema_default)) {
      compiled = validate;
    } else {
      const { Ajv } = createRequire(import.meta.url)("ajv");
      compiled = new Ajv(AJV_OPTIONS).compile(experiment_schema_default);
    }
  }
  return compiled;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNumber2 = (v) => typeof v === "number" && Number.isFinite(v);
var truthy2 = (v) => !(v === void 0 || v === null || v === false || v === 0 || v === "" || Array.isArray(v) && v.length === 0 || isObject(v) && Object.keys(v).length === 0);
var NAMED_ACTIVITY = "a non-empty string naming the activity";
var PAUSE_EXPECTED = "a number of seconds or a `${name}` reference";
async function checkExperiment(loaded, options) {
  const checker = new Checker(loaded, options);
  await checker.run();
  return checker.result();
}
async function loadAndValidate(paths, options) {
  const { experiments, warnings } = await loadAndCheck(paths, options);
  if (options.onWarning) for (const w of warnings) options.onWarning(w);
  return experiments;
}
async function loadAndCheck(paths, options) {
  const files = await findExperimentFiles([...paths]);
  const loadedOrIssues = await mapLimited(files, 16, async (file) => {
    try {
      return await loadExperimentFile(file);
    } catch (error) {
      if (error instanceof ExperimentValidationError) return [...error.issues];
      throw error;
    }
  });
  const checks = await mapLimited(
    loadedOrIssues,
    8,
    async (item) => Array.isArray(item) ? { issues: item, warnings: [] } : checkExperiment(item, options)
  );
  const issues = checks.flatMap((c) => c.issues);
  if (issues.length > 0) throw new ExperimentValidationError(issues);
  return {
    experiments: loadedOrIssues.filter((x) => !Array.isArray(x)),
    warnings: checks.flatMap((c) => c.warnings)
  };
}
async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
var Checker = class {
  issues = [];
  warnings = [];
  #loaded;
  #registry;
  #options;
  #names = /* @__PURE__ */ new Set();
  #seen = /* @__PURE__ */ new Set();
  constructor(loaded, options) {
    this.#loaded = loaded;
    this.#registry = options.registry;
    this.#options = options;
  }
  result() {
    return { issues: this.issues, warnings: this.warnings };
  }
  add(path2, message, expected) {
    this.push({ field: toPointer(path2), message, ...expected ? { expected } : {} });
  }
  warn(path2, message, expected) {
    this.warnings.push({
      field: toPointer(path2),
      message,
      ...expected ? { expected } : {},
      location: this.#loaded.locate(path2)
    });
  }
  push(issue) {
    const key = `${issue.field}\0${issue.message}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.issues.push({
      ...issue,
      location: issue.location ?? this.#loaded.locate(fromPointer(issue.field))
    });
  }
  async run() {
    const x = this.#loaded.experiment;
    this.collectWarnings();
    if (!truthy2(x)) {
      this.add(
        [],
        "an empty experiment is not an experiment",
        "a mapping with `title`, `description` and `method`"
      );
    }
    if (!truthy2(x.title)) this.add(["title"], "experiment requires a title", "a non-empty string");
    if (!truthy2(x.description)) {
      this.add(["description"], "experiment requires a description", "a non-empty string");
    }
    if (Array.isArray(x.tags)) {
      x.tags.forEach((tag, i) => {
        if (typeof tag !== "string" || tag === "") {
          this.add(["tags", i], "experiment tags must be a non-empty string", "a non-empty string");
        }
      });
    }
    if (Array.isArray(x.extensions)) {
      x.extensions.forEach((ext, i) => {
        if (!isObject(ext) || !truthy2(ext.name)) {
          this.add(
            ["extensions", i, "name"],
            "All extensions require a non-empty name",
            "a non-empty string"
          );
        }
      });
    }
    this.checkConfiguration(x.configuration);
    this.checkSecrets(x.secrets);
    const hypo = x["steady-state-hypothesis"];
    const probes = isObject(hypo) && Array.isArray(hypo.probes) ? hypo.probes : [];
    const method = Array.isArray(x.method) ? x.method : [];
    for (const a of [...method, ...probes]) {
      if (isObject(a) && a.ref == null && typeof a.name === "string") this.#names.add(a.name);
    }
    if (isObject(hypo)) {
      const base = ["steady-state-hypothesis"];
      if (!truthy2(hypo.title)) {
        this.add([...base, "title"], "hypothesis requires a title", "a non-empty string");
      }
      for (const [i, probe] of probes.entries()) {
        const path2 = [...base, "probes", i];
        await this.checkActivity(probe, path2);
        if (!isObject(probe)) continue;
        if (!("tolerance" in probe)) {
          this.add(
            [...path2, "tolerance"],
            "hypothesis probe must have a tolerance entry",
            "a tolerance: a boolean, an integer, a string, a list, or a regex/jsonpath/range/probe mapping"
          );
        } else {
          await this.checkTolerance(probe.tolerance, [...path2, "tolerance"]);
        }
        this.checkRef(probe, path2);
      }
    }
    if (x.method === void 0 || x.method === null) {
      this.add(
        ["method"],
        "an experiment requires a method, which can be empty for only checking steady state hypothesis ",
        "a list of activities (may be empty)"
      );
    }
    for (const [i, activity] of method.entries()) {
      await this.checkActivity(activity, ["method", i]);
      this.checkRef(activity, ["method", i]);
    }
    if (Array.isArray(x.rollbacks)) {
      for (const [i, activity] of x.rollbacks.entries()) {
        await this.checkActivity(activity, ["rollbacks", i]);
        this.checkRef(activity, ["rollbacks", i]);
      }
    }
    this.checkSchema();
  }
  checkRef(activity, path2) {
    if (!isObject(activity) || typeof activity.ref !== "string" || activity.ref === "") return;
    if (this.#names.has(activity.ref)) return;
    const names = [...this.#names];
    const known = names.length === 0 ? "no activity in the method or the hypothesis has a name" : `one of ${names.slice(0, 10).map((n) => `'${n}'`).join(", ")}${names.length > 10 ? ", ..." : ""}`;
    this.add(
      [...path2, "ref"],
      `referenced activity '${activity.ref}' could not be found in the experiment`,
      `the name of an activity of the method or the steady-state hypothesis (${known})`
    );
  }
  /** chaostoolkit's ensure_activity_is_valid, reporting every problem instead of the first. */
  async checkActivity(activity, path2) {
    if (!truthy2(activity)) {
      this.add(path2, "empty activity is no activity", 'an activity mapping or `{"ref": "name"}`');
      return;
    }
    if (!isObject(activity)) return;
    if (activity.ref !== void 0 && activity.ref !== null) {
      if (typeof activity.ref !== "string" || activity.ref === "") {
        this.add(
          [...path2, "ref"],
          "reference to activity must be non-empty strings",
          NAMED_ACTIVITY
        );
      }
      return;
    }
    if (!truthy2(activity.type)) {
      this.add([...path2, "type"], "an activity must have a type", "'probe' or 'action'");
    } else if (activity.type !== "probe" && activity.type !== "action") {
      this.add(
        [...path2, "type"],
        `'${String(activity.type)}' is not a supported activity type`,
        "'probe' or 'action'"
      );
    }
    if (!truthy2(activity.name))
      this.add([...path2, "name"], "an activity must have a name", NAMED_ACTIVITY);
    let provider;
    const spec = activity.provider;
    if (!truthy2(spec)) {
      this.add(
        [...path2, "provider"],
        "an activity requires a provider",
        "a mapping with a provider `type`"
      );
    } else if (isObject(spec)) {
      if (!truthy2(spec.type)) {
        this.add([...path2, "provider", "type"], "a provider must have a type", this.providerTypes());
      } else if (typeof spec.type === "string" && this.#registry !== void 0) {
        provider = this.#registry.get(spec.type);
        if (provider === void 0) {
          this.add(
            [...path2, "provider", "type"],
            `unknown provider type '${spec.type}'`,
            this.providerTypes()
          );
        }
      }
    }
    if (activity.timeout !== void 0 && activity.timeout !== null && !isNumber2(activity.timeout)) {
      this.add([...path2, "timeout"], "activity timeout must be a number", "a number of seconds");
    }
    if (isObject(activity.pauses)) {
      for (const when of ["before", "after"]) {
        const pause = activity.pauses[when];
        if (pause === void 0 || pause === null || isNumber2(pause)) continue;
        if (typeof pause === "string" && pause.startsWith("${") && pause.endsWith("}")) continue;
        this.add(
          [...path2, "pauses", when],
          `activity ${when} pause must be a number or a pattern to a variable from the configuration or secrets`,
          PAUSE_EXPECTED
        );
      }
    }
    if ("background" in activity && typeof activity.background !== "boolean") {
      this.add([...path2, "background"], "activity background must be a boolean", "true or false");
    }
    if (provider?.validate !== void 0 && isObject(spec)) {
      await this.checkProvider(provider, spec, activity, path2);
    }
  }
  async checkProvider(provider, spec, activity, path2) {
    const ctx = {
      path: [...path2, "provider"],
      locate: (p) => this.#loaded.locate(p),
      activityName: typeof activity.name === "string" ? activity.name : "",
      activityType: activity.type === "action" ? "action" : "probe"
    };
    try {
      for (const issue of await provider.validate?.(spec, ctx) ?? []) {
        const expected = issue.expected ?? expectedFromSchema(spec.type, issue.field) ?? `what the ${spec.type} provider accepts`;
        this.push({ ...issue, expected });
      }
    } catch (error) {
      this.add(
        [...path2, "provider"],
        `the ${spec.type} provider could not check this activity: ${errorMessage(error)}`,
        "a provider block its provider accepts"
      );
    }
  }
  async checkTolerance(tolerance, path2) {
    const base = toPointer(path2);
    for (const problem of validateTolerance(tolerance)) {
      this.push({
        ...problem,
        field: base + problem.field,
        expected: problem.expected ?? TOLERANCE_PART_EXPECTED[problem.field] ?? TOLERANCE_EXPECTED
      });
    }
    if (isObject(tolerance) && tolerance.type === "probe") {
      await this.checkActivity(tolerance, path2);
      const provider = tolerance.provider;
      if (isObject(provider) && !isObject(provider.arguments)) {
        this.add(
          [...path2, "provider", "arguments"],
          `probe tolerance '${String(tolerance.name)}' needs provider.arguments to receive the probe output as \`value\``,
          "a mapping of arguments (may be empty: `{}`)"
        );
      }
    }
  }
  checkConfiguration(configuration) {
    if (!isObject(configuration)) return;
    const overridden = this.#options.overrides?.configuration ?? {};
    for (const [key, value] of Object.entries(configuration)) {
      if (!isObject(value) || value.type !== "env") continue;
      if (typeof value.key !== "string" || value.key === "") continue;
      if (key in overridden || "default" in value) continue;
      if (this.#options.env[value.key] !== void 0) continue;
      this.add(
        ["configuration", key, "key"],
        `Configuration makes reference to an environment key that does not exist: ${value.key}`,
        `the environment variable ${value.key} to be set, a \`default\`, or --var ${key}=...`
      );
    }
  }
  checkSecrets(secrets) {
    if (!isObject(secrets)) return;
    const overridden = this.#options.overrides?.secrets ?? {};
    const visit = (value, path2, depth) => {
      if (!isObject(value) || depth > 32) return;
      if (value.type === "env" && typeof value.key === "string") {
        if (this.#options.env[value.key] === void 0) {
          this.add(
            [...path2, "key"],
            `Secrets make reference to an environment key that does not exist: ${value.key}`,
            `the environment variable ${value.key} to be set, or the scope given in a --var-file`
          );
        }
        return;
      }
      for (const [k, v] of Object.entries(value)) visit(v, [...path2, k], depth + 1);
    };
    for (const [scope, entries] of Object.entries(secrets)) {
      if (scope in overridden) continue;
      visit(entries, ["secrets", scope], 0);
    }
  }
  providerTypes() {
    const types2 = this.#registry?.types() ?? [];
    return types2.length === 0 ? "a registered provider type (none are registered)" : `one of the registered provider types: ${types2.join(", ")}`;
  }
  /** Schema problems not already reported by the checks above, in file order. */
  checkSchema() {
    const validate2 = schemaValidator();
    if (validate2(this.#loaded.experiment)) return;
    const reported = this.issues.map((i) => i.field);
    const covered = (field) => reported.some((r) => field === r || field.startsWith(r === "" ? "/" : `${r}/`));
    const fresh = [];
    for (const issue of schemaIssues(validate2.errors ?? [])) {
      if (covered(issue.field)) continue;
      if (/^\/(method|rollbacks)\/\d+\/tolerance(\/|$)/.test(issue.field)) {
        this.warnings.push({
          ...issue,
          message: `${issue.message} (tolerances outside the hypothesis are ignored)`,
          location: this.#loaded.locate(fromPointer(issue.field))
        });
        continue;
      }
      fresh.push(issue);
    }
    const line = (i) => i.location?.line ?? 0;
    const located = fresh.map((i) => ({
      ...i,
      location: this.#loaded.locate(fromPointer(i.field))
    }));
    located.sort((a, b) => line(a) - line(b));
    for (const issue of located) this.push(issue);
  }
  /** Things chaos-action accepts but does not act on. */
  collectWarnings() {
    const x = this.#loaded.experiment;
    const controls = (owner, path2) => {
      if (isObject(owner) && Array.isArray(owner.controls) && owner.controls.length > 0) {
        this.warn(
          [...path2, "controls"],
          "controls are Python-only: chaos-action accepts them and does not run them",
          "no `controls` (they have no effect here)"
        );
      }
    };
    controls(x, []);
    controls(x["steady-state-hypothesis"], ["steady-state-hypothesis"]);
    const hypo = x["steady-state-hypothesis"];
    const lists = [
      [["steady-state-hypothesis", "probes"], isObject(hypo) ? hypo.probes : void 0],
      [["method"], x.method],
      [["rollbacks"], x.rollbacks]
    ];
    for (const [base, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((activity, i) => {
        if (!isObject(activity)) return;
        const path2 = [...base, i];
        controls(activity, path2);
        if (isNumber2(activity.timeout)) {
          this.warn(
            [...path2, "timeout"],
            "activity-level `timeout` is accepted but never enforced (as in chaostoolkit)",
            "a `timeout` in the provider block, which is enforced"
          );
        }
        if (activity.configuration !== void 0) {
          this.warn(
            [...path2, "configuration"],
            "per-activity `configuration` is ignored (as in chaostoolkit)",
            "configuration at the top level of the experiment"
          );
        }
        const provider = activity.provider;
        if (isObject(provider) && provider.type === "process" && isObject(provider.arguments)) {
          this.warn(
            [...path2, "provider", "arguments"],
            "process arguments as a mapping are deprecated (flattened to key, value, ...)",
            "a list of arguments or a string"
          );
        }
        if (isObject(provider) && provider.type === "http" && provider.expected_status !== void 0) {
          this.warn(
            [...path2, "provider", "expected_status"],
            "`expected_status` is ignored (as in chaostoolkit)",
            "a `tolerance` on the probe, e.g. `tolerance: 200`"
          );
        }
      });
    }
  }
};
var TOLERANCE_EXPECTED = "a boolean, an integer, a string, a list (a pair is a range), or a mapping with `type` regex, jsonpath, range or probe";
var TOLERANCE_PART_EXPECTED = {
  "/pattern": "a regular expression string",
  "/path": "a non-empty jsonpath2 string, e.g. `$.items[*].status`",
  "/range": "a list of two numbers, `[lower, upper]`",
  "/range/0": "a number",
  "/range/1": "a number"
};
var definitions = experiment_schema_default.definitions;
function resolveRef(node) {
  let current = node;
  for (let i = 0; i < 8 && isObject(current) && typeof current.$ref === "string"; i++) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    current = name === void 0 ? void 0 : definitions[name];
  }
  return isObject(current) ? current : void 0;
}
var A_TYPE = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "null"
};
function orList(words) {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}
function quote(value) {
  return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}
function describeSchema(node, depth = 0) {
  const s = resolveRef(node);
  if (s === void 0 || depth > 4) return "any value";
  if ("const" in s) return quote(s.const);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(quote).join(", ")}`;
  const branches = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : void 0;
  if (branches) return orList(branches.map((b) => describeSchema(b, depth + 1)));
  const types2 = Array.isArray(s.type) ? s.type : typeof s.type === "string" ? [s.type] : [];
  if (types2.length === 0) return "any value";
  return orList(types2.map((t) => describeType(t, s, depth)));
}
function describeType(type, s, depth) {
  switch (type) {
    case "string":
      if (typeof s.pattern === "string") return "a `${name}` reference";
      return s.minLength === 1 ? "a non-empty string" : "a string";
    case "number":
    case "integer": {
      const base = type === "number" ? "number" : "integer";
      if (s.exclusiveMinimum === 0) return `a positive ${base}`;
      if (s.minimum === 0) return `a non-negative ${base}`;
      return A_TYPE[type] ?? type;
    }
    case "array": {
      const parts = [];
      if (typeof s.minItems === "number" && s.minItems === s.maxItems)
        parts.push(`exactly ${s.minItems} items`);
      if (s.items !== void 0) parts.push(`each ${describeSchema(s.items, depth + 1)}`);
      return parts.length === 0 ? "a list" : `a list (${parts.join(", ")})`;
    }
    case "object": {
      const required = Array.isArray(s.required) ? s.required : [];
      return required.length === 0 ? "a mapping" : `a mapping with ${required.map((r) => `\`${r}\``).join(", ")}`;
    }
    default:
      return A_TYPE[type] ?? type;
  }
}
function expectedFromSchema(providerType, field) {
  const key = field.split("/").pop();
  const def = typeof providerType === "string" ? definitions[`${providerType}Provider`] : void 0;
  const props = def && isObject(def.properties) ? def.properties : void 0;
  return props && key !== void 0 && key in props ? describeSchema(props[key]) : void 0;
}
function lastName(pointer) {
  const segments = fromPointer(pointer);
  const last = segments[segments.length - 1];
  return last === void 0 ? "the experiment" : typeof last === "number" ? `item ${last}` : `\`${last}\``;
}
function schemaIssues(errors) {
  const anyOfs = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  const inBranch = (e) => anyOfs.some(
    (a) => a !== e && e.instancePath.startsWith(a.instancePath) && e.schemaPath.startsWith(`${a.schemaPath}/`)
  );
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword === "if" || inBranch(e)) continue;
    const issue = schemaIssue(e);
    const key = `${issue.field}\0${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}
function schemaIssue(e) {
  const parent = e.parentSchema;
  const field = e.instancePath;
  const name = lastName(field);
  switch (e.keyword) {
    case "required": {
      const missing = String(e.params.missingProperty);
      const props = parent && isObject(parent.properties) ? parent.properties : {};
      return {
        field: `${field}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        message: `missing required field \`${missing}\``,
        expected: describeSchema(props[missing])
      };
    }
    case "type":
      return {
        field,
        message: `wrong type for ${name}: found ${describeValue(e.data)}`,
        expected: describeSchema(parent)
      };
    case "enum":
    case "const":
      return {
        field,
        message: `unsupported value ${quote(e.data)} for ${name}`,
        expected: describeSchema(parent)
      };
    case "minLength":
      return { field, message: `${name} is empty`, expected: describeSchema(parent) };
    case "pattern":
      return {
        field,
        message: `invalid value ${quote(e.data)} for ${name}`,
        expected: describeSchema(parent)
      };
    case "minimum":
    case "exclusiveMinimum":
      return {
        field,
        message: `${name} is too small: ${String(e.data)}`,
        expected: describeSchema(parent)
      };
    case "minItems":
    case "maxItems":
      return {
        field,
        message: `${name} has ${Array.isArray(e.data) ? e.data.length : "?"} items`,
        expected: describeSchema(parent)
      };
    case "anyOf":
    case "oneOf":
      return {
        field,
        message: `invalid value for ${name}: found ${describeValue(e.data)}`,
        expected: describeSchema(parent)
      };
    default:
      return {
        field,
        message: `${name} ${e.message ?? "is invalid"}`,
        expected: describeSchema(parent)
      };
  }
}

// src/providers/provider.ts
var ProviderRegistry = class {
  #providers = /* @__PURE__ */ new Map();
  register(provider) {
    this.#providers.set(provider.type, provider);
    return this;
  }
  get(type) {
    return this.#providers.get(type);
  }
  has(type) {
    return this.#providers.has(type);
  }
  types() {
    return [...this.#providers.keys()].sort();
  }
  async close() {
    await Promise.allSettled([...this.#providers.values()].map((p) => p.close?.()));
  }
};
var NativeModuleRegistry = class {
  #modules = /* @__PURE__ */ new Map();
  #loaders = [];
  /**
   * Registers modules on first use: `load` runs (once) when a module under `prefix` is needed, so
   * heavy clients (Kubernetes, Prometheus) load only for experiments that name them.
   */
  addLoader(prefix, load) {
    this.#loaders.push({ prefix, load });
    return this;
  }
  /** Runs the loaders whose prefix covers `module`; call before hasModule/get. */
  async ensure(module) {
    for (const loader of this.#loaders) {
      if (module === loader.prefix || module.startsWith(`${loader.prefix}.`)) {
        loader.loading ??= loader.load();
        await loader.loading;
      }
    }
  }
  register(module, functions) {
    const existing = this.#modules.get(module) ?? /* @__PURE__ */ new Map();
    for (const [name, fn] of Object.entries(functions)) existing.set(name, fn);
    this.#modules.set(module, existing);
    return this;
  }
  hasModule(module) {
    return this.#modules.has(module);
  }
  get(module, func) {
    return this.#modules.get(module)?.get(func);
  }
  functions(module) {
    return [...this.#modules.get(module)?.keys() ?? []].sort();
  }
  modules() {
    return [...this.#modules.keys()].sort();
  }
};

// src/providers/process/process.ts
import { spawn } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import { constants as osConstants, homedir } from "node:os";
import { delimiter, isAbsolute, join, resolve } from "node:path";
function expandUser(path2, home = homedir()) {
  if (path2 === "~") return home;
  if (path2.startsWith("~/")) return join(home, path2.slice(2));
  return path2;
}
function isExecutableFile(path2) {
  try {
    if (!statSync(path2).isFile()) return false;
    accessSync(path2, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
function which(command, env = process.env) {
  if (command === "") return void 0;
  if (command.includes("/")) {
    const full = isAbsolute(command) ? command : resolve(command);
    return isExecutableFile(full) ? full : void 0;
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    const candidate = join(dir === "" ? "." : dir, command);
    if (isExecutableFile(candidate)) return candidate;
  }
  return void 0;
}
var resolved = /* @__PURE__ */ new Map();
var RESOLVED_MAX = 1024;
function whichCached(command) {
  const key = `${process.env.PATH ?? ""}\0${command.includes("/") ? process.cwd() : ""}\0${command}`;
  const hit = resolved.get(key);
  if (hit !== void 0 && isExecutableFile(hit)) return hit;
  const found = which(command);
  if (found !== void 0) {
    if (resolved.size >= RESOLVED_MAX) resolved.clear();
    resolved.set(key, found);
  }
  return found;
}
function processArgv(args) {
  let items;
  if (args === void 0 || args === null) items = [];
  else if (Array.isArray(args)) items = args;
  else if (typeof args === "object") items = Object.entries(args).flat();
  else items = [args];
  return items.filter((a) => a !== null && a !== void 0 && a !== "").map((a) => pyStr(a));
}
var KILL_GRACE_MS = 1e3;
var processProvider = {
  type: "process",
  validate(spec, ctx) {
    const field = `/${[...ctx.path, "path"].join("/")}`;
    const location = ctx.locate([...ctx.path, "path"]);
    const raw = spec.path;
    if (typeof raw !== "string" || raw === "") {
      return [{ field, message: "a process activity must have a path", location }];
    }
    const found = whichCached(expandUser(raw));
    if (found !== void 0) return [];
    const direct = resolve(expandUser(raw));
    let exists = false;
    try {
      exists = raw.includes("/") && statSync(direct).isFile();
    } catch {
      exists = false;
    }
    return [
      {
        field,
        message: exists ? `no access permission to '${raw}', in activity '${ctx.activityName}'` : `path '${raw}' cannot be found, in activity '${ctx.activityName}'`,
        expected: exists ? "an executable file (chmod +x)" : "a command on PATH or a path to an executable",
        location
      }
    ];
  },
  async run(spec, ctx) {
    const raw = typeof spec.path === "string" ? spec.path : "";
    const path2 = whichCached(expandUser(raw));
    if (path2 === void 0) throw new Error(`path '${raw}' cannot be found`);
    const args = spec.arguments;
    let file;
    let argv;
    if (typeof args === "string") {
      file = "/bin/sh";
      argv = ["-c", `${path2} ${args}`];
    } else {
      if (args !== null && typeof args === "object" && !Array.isArray(args)) {
        ctx.logger.warning(
          `process arguments as a mapping are deprecated in activity '${ctx.activity.name}', use a list`
        );
      }
      file = path2;
      argv = processArgv(args);
    }
    const timeoutSeconds = typeof spec.timeout === "number" && spec.timeout > 0 ? spec.timeout : null;
    ctx.logger.debug(`running: ${[file, ...argv].join(" ")}`);
    const result = await new Promise((done, fail) => {
      if (ctx.signal.aborted) return done("aborted");
      const child = spawn(file, argv, {
        env: process.env,
        stdio: ["ignore", "pipe", "pipe"],
        // Own process group, so a timeout or an interrupt kills the shell and what it started.
        detached: true
      });
      const out = [];
      const err = [];
      child.stdout.on("data", (b) => out.push(b));
      child.stderr.on("data", (b) => err.push(b));
      let outcome;
      let killTimer;
      const killGroup = (sig) => {
        if (child.pid === void 0) return;
        try {
          process.kill(-child.pid, sig);
        } catch {
        }
      };
      const timer = timeoutSeconds === null ? void 0 : setTimeout(() => {
        outcome = "timeout";
        killGroup("SIGKILL");
      }, timeoutSeconds * 1e3);
      const onAbort = () => {
        outcome ??= "aborted";
        killGroup("SIGTERM");
        killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
      };
      ctx.signal.addEventListener("abort", onAbort, { once: true });
      const finish = () => {
        clearTimeout(timer);
        clearTimeout(killTimer);
        ctx.signal.removeEventListener("abort", onAbort);
      };
      child.on("error", (e) => {
        finish();
        fail(e);
      });
      child.on("close", (code, signal) => {
        finish();
        if (outcome !== void 0) return done(outcome);
        done({
          // Python reports a process killed by a signal as the negative signal number.
          status: code ?? -signalNumber(signal),
          stdout: Buffer.concat(out).toString("utf8"),
          stderr: Buffer.concat(err).toString("utf8")
        });
      });
    });
    if (result === "timeout") throw new ActivityFailed("process activity took too long to complete");
    if (result === "aborted") throw new ActivityFailed("process activity was interrupted");
    if (!("tolerance" in ctx.activity) && result.status > 0) {
      ctx.logger.warning(
        "This process returned a non-zero exit code. This may indicate some error and not what you expected. Please have a look at the logs."
      );
    }
    return result;
  }
};
function signalNumber(signal) {
  if (signal === null) return 0;
  return osConstants.signals[signal] ?? 0;
}

// src/providers/python/bridge.ts
import { spawn as spawn2 } from "node:child_process";
var BRIDGE = String.raw`
import importlib, inspect, json, sys, traceback
req = json.loads(sys.stdin.read())
MARK = "\x1echaos-action-bridge:"
def emit(obj):
    sys.stdout.write(MARK + json.dumps(obj, default=str) + "\n")
    sys.stdout.flush()
mode = req["mode"]
try:
    mod = importlib.import_module(req["module"])
except Exception as x:
    emit({"kind": "import-error", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
if mode == "probe":
    emit({"kind": "ok"})
    sys.exit(0)
func_name = req["func"]
if mode == "validate":
    candidates = dict(inspect.getmembers(mod, inspect.isfunction))
    candidates.update(dict(inspect.getmembers(mod, inspect.isbuiltin)))
    cb = candidates.get(func_name)
    if cb is None:
        emit({"kind": "no-func"})
        sys.exit(0)
    args = dict(req.get("arguments") or {})
    try:
        sig = inspect.signature(cb)
    except (TypeError, ValueError):
        emit({"kind": "ok"})
        sys.exit(0)
    if "secrets" in sig.parameters:
        args["secrets"] = None
    if "configuration" in sig.parameters:
        args["configuration"] = None
    try:
        sig.bind(**args)
    except TypeError as x:
        msg = str(x)
        if "missing" in msg:
            emit({"kind": "missing", "arg": msg.rsplit(":", 1)[1].strip()})
        elif "unexpected" in msg:
            emit({"kind": "unexpected", "arg": msg.rsplit(" ", 1)[1].strip()})
        else:
            emit({"kind": "bind-error", "message": msg})
        sys.exit(0)
    emit({"kind": "ok"})
    sys.exit(0)
func = getattr(mod, func_name, None)
if func is None:
    emit({"kind": "import-error", "message": "AttributeError: module '%s' has no attribute '%s'" % (req["module"], func_name)})
    sys.exit(0)
arguments = dict(req.get("arguments") or {})
try:
    params = inspect.signature(func).parameters
except (TypeError, ValueError):
    params = {}
if req.get("secrets") is not None and "secrets" in params:
    arguments["secrets"] = req["secrets"]
if "configuration" in params:
    arguments["configuration"] = req.get("configuration") or {}
try:
    result = func(**arguments)
except Exception as x:
    emit({"kind": "raised", "message": traceback.format_exception_only(type(x), x)[0].strip()})
    sys.exit(0)
emit({"kind": "result", "value": result})
`;
var MARK = "chaos-action-bridge:";
var BridgeError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "BridgeError";
  }
};
function callBridge(python, req, opts = {}) {
  return new Promise((resolve2, reject) => {
    const child = spawn2(python, ["-c", BRIDGE], {
      env: opts.env ?? process.env,
      stdio: ["pipe", "pipe", "pipe"],
      detached: true
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (b) => out.push(b));
    child.stderr.on("data", (b) => err.push(b));
    const kill = () => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    };
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      kill();
    };
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (aborted) return reject(new BridgeError("python activity was interrupted"));
      const text = Buffer.concat(out).toString("utf8");
      const at = text.lastIndexOf(MARK);
      if (at < 0) {
        const stderr = Buffer.concat(err).toString("utf8").trim();
        return reject(
          new BridgeError(`python3 exited with code ${code}: ${stderr.split("\n").pop() ?? ""}`)
        );
      }
      const line = text.slice(at + MARK.length).split("\n")[0] ?? "";
      try {
        resolve2(JSON.parse(line));
      } catch (e) {
        reject(new BridgeError(`unreadable reply from python3: ${e.message}`));
      }
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(JSON.stringify(req));
  });
}

// src/providers/python/python.ts
function bindArguments(fn, given) {
  const names = /* @__PURE__ */ new Set();
  let variadic = false;
  const args = {};
  for (const p of fn.params) {
    if (p.variadicKeywords) {
      variadic = true;
      continue;
    }
    names.add(p.name);
    if (Object.hasOwn(given, p.name)) args[p.name] = given[p.name];
    else if ("default" in p) args[p.name] = structuredClone(p.default);
    else return { ok: false, kind: "missing", arg: `'${p.name}'` };
  }
  for (const [k, v] of Object.entries(given)) {
    if (names.has(k)) continue;
    if (!variadic) return { ok: false, kind: "unexpected", arg: `'${k}'` };
    args[k] = v;
  }
  return { ok: true, args };
}
function argumentsOf(spec) {
  const a = spec.arguments;
  return a !== null && typeof a === "object" && !Array.isArray(a) ? { ...a } : {};
}
function selectedSecrets(spec, ctx) {
  if (!Array.isArray(spec.secrets)) return void 0;
  const out = {};
  for (const scope of spec.secrets) {
    const values = ctx.secrets[String(scope)];
    if (values) Object.assign(out, values);
  }
  return out;
}
function createPythonProvider(options = {}) {
  const modules = options.modules ?? new NativeModuleRegistry();
  const python = options.python === void 0 ? "python3" : options.python;
  const validations = /* @__PURE__ */ new Map();
  function bridgeValidate(module, func, args) {
    const key = JSON.stringify([module, func, Object.keys(args).sort()]);
    let pending = validations.get(key);
    if (pending === void 0) {
      pending = python === false ? Promise.resolve({
        kind: "no-python",
        message: "the Python bridge is disabled"
      }) : callBridge(
        python,
        { mode: "validate", module, func, arguments: args },
        { env: options.env, timeoutMs: 6e4 }
      ).catch((e) => ({ kind: "no-python", message: errorMessage(e) }));
      validations.set(key, pending);
    }
    return pending;
  }
  function notFound(module, ctx, why, location) {
    const top = module.split(".")[0] ?? module;
    const native = modules.modules();
    return {
      field: `/${[...ctx.path, "module"].join("/")}`,
      message: `could not find Python module '${module}' in activity '${ctx.activityName}'`,
      expected: `a module chaos-action implements natively (${native.length ? native.join(", ") : "none registered"}), or '${module}' importable by ${python === false ? "python3" : python} (install the package that provides '${top}', e.g. pip install <package>; ${why})`,
      location
    };
  }
  return {
    type: "python",
    async validate(spec, ctx) {
      const at = (key) => ({
        field: `/${[...ctx.path, key].join("/")}`,
        location: ctx.locate([...ctx.path, key])
      });
      const module = spec.module;
      const func = spec.func;
      if (typeof module !== "string" || module === "") {
        return [{ ...at("module"), message: "a Python activity must have a module path" }];
      }
      if (typeof func !== "string" || func === "") {
        return [{ ...at("func"), message: "a Python activity must have a function name" }];
      }
      const args = argumentsOf(spec);
      const noFunc = () => ({
        ...at("func"),
        message: `The python module '${module}' does not expose a function called '${func}' in ${ctx.activityType} '${ctx.activityName}'`
      });
      const missing = (arg) => ({
        ...at("arguments"),
        message: `required argument ${arg} is missing from activity '${func}'`
      });
      const unexpected = (arg) => ({
        ...at("arguments"),
        message: `argument ${arg} is not part of the function signature in activity '${func}'`
      });
      await modules.ensure(module);
      if (modules.hasModule(module)) {
        const fn = modules.get(module, func);
        if (fn === void 0)
          return [{ ...noFunc(), expected: `one of ${modules.functions(module).join(", ")}` }];
        if (fn.unsupported) return [{ ...at("func"), message: fn.unsupported }];
        const bound = bindArguments(fn, args);
        if (bound.ok) return [];
        return [bound.kind === "missing" ? missing(bound.arg) : unexpected(bound.arg)];
      }
      const reply = await bridgeValidate(module, func, args);
      switch (reply.kind) {
        case "ok":
        case "result":
        case "raised":
          return [];
        case "no-func":
          return [noFunc()];
        case "missing":
          return [missing(reply.arg)];
        case "unexpected":
          return [unexpected(reply.arg)];
        case "bind-error":
          return [{ ...at("arguments"), message: reply.message }];
        case "import-error":
          return [notFound(module, ctx, reply.message, at("module").location)];
        case "no-python":
          return [
            notFound(
              module,
              ctx,
              `python3 could not be run: ${reply.message}`,
              at("module").location
            )
          ];
      }
    },
    async run(spec, ctx) {
      const module = String(spec.module);
      const func = String(spec.func);
      const args = argumentsOf(spec);
      const secrets = selectedSecrets(spec, ctx);
      await modules.ensure(module);
      const fn = modules.get(module, func);
      if (fn !== void 0) {
        const bound = bindArguments(fn, args);
        if (!bound.ok) {
          throw new ActivityFailed(
            bound.kind === "missing" ? `TypeError: ${func}() missing 1 required positional argument: ${bound.arg}` : `TypeError: ${func}() got an unexpected keyword argument ${bound.arg}`
          );
        }
        if (fn.takesSecrets && secrets !== void 0) bound.args.secrets = secrets;
        if (fn.takesConfiguration) bound.args.configuration = { ...ctx.configuration };
        try {
          return await fn.run(bound.args, ctx);
        } catch (error) {
          if (ctx.signal.aborted) throw new ActivityFailed("python activity was interrupted");
          const kind = error instanceof ActivityFailed ? "chaoslib.exceptions.ActivityFailed" : errorName(error);
          throw new ActivityFailed(`${kind}: ${errorMessage(error)}`, { cause: error });
        }
      }
      if (modules.hasModule(module))
        throw new Error(`module '${module}' has no attribute '${func}'`);
      if (python === false) throw new Error(`No module named '${module}'`);
      let reply;
      try {
        reply = await callBridge(
          python,
          {
            mode: "run",
            module,
            func,
            arguments: args,
            secrets: secrets ?? null,
            configuration: ctx.configuration
          },
          { signal: ctx.signal, env: options.env }
        );
      } catch (error) {
        if (error instanceof BridgeError && ctx.signal.aborted) {
          throw new ActivityFailed("python activity was interrupted");
        }
        throw error;
      }
      switch (reply.kind) {
        case "result":
          return reply.value;
        case "raised":
          throw new ActivityFailed(reply.message);
        case "import-error":
          throw new Error(reply.message);
        default:
          throw new Error(`unexpected reply from the Python bridge: ${JSON.stringify(reply)}`);
      }
    }
  };
}
function errorName(error) {
  if (error instanceof Error) return error.name || "Exception";
  return "Exception";
}

// src/providers/index.ts
function lazy(type, load) {
  let loading;
  let loaded;
  const get = () => {
    loading ??= load().then((provider) => {
      if (provider.type !== type) {
        throw new Error(`provider module for '${type}' loaded a '${provider.type}' provider`);
      }
      loaded = provider;
      return provider;
    });
    return loading;
  };
  return {
    type,
    async validate(spec, ctx) {
      const provider = await get();
      return await provider.validate?.(spec, ctx) ?? [];
    },
    async run(spec, ctx) {
      return (loaded ?? await get()).run(spec, ctx);
    },
    async cleanupPersisted(resource, ctx) {
      const provider = await get();
      if (provider.cleanupPersisted === void 0) {
        throw new Error(`the ${type} provider cannot undo a persisted ${resource.kind}`);
      }
      return provider.cleanupPersisted(resource, ctx);
    },
    async close() {
      await loaded?.close?.();
    }
  };
}
function createDefaultRegistry(options = {}) {
  let modules;
  if (options.nativeModules instanceof NativeModuleRegistry) modules = options.nativeModules;
  else {
    modules = new NativeModuleRegistry();
    for (const [name, fns] of Object.entries(options.nativeModules ?? {}))
      modules.register(name, fns);
  }
  const registry = new ProviderRegistry().register(processProvider).register(
    lazy("http", () => import("./http-G4T2ZENX.js").then((m) => m.createHttpProvider(options.http)))
  ).register(
    createPythonProvider({
      modules,
      ...options.python === void 0 ? {} : { python: options.python },
      ...options.env === void 0 ? {} : { env: options.env }
    })
  ).register(lazy("proxy", () => import("./proxy-RMZZAG2K.js").then((m) => new m.ProxyProvider()))).register(lazy("load", () => import("./load-XXNIRSZ5.js").then((m) => new m.LoadProvider())));
  for (const provider of options.providers ?? []) registry.register(provider);
  return registry;
}

// src/engine/logger.ts
var SecretMasker = class {
  #secrets = /* @__PURE__ */ new Set();
  add(value) {
    if (value.length >= 3) this.#secrets.add(value);
  }
  get size() {
    return this.#secrets.size;
  }
  mask(text) {
    let out = text;
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      if (out.includes(secret)) out = out.split(secret).join("***");
    }
    return out;
  }
  /** Masks every string inside a JSON-like value, returning a copy. */
  maskDeep(value) {
    if (this.#secrets.size === 0) return value;
    return maskValue(value, this);
  }
};
function maskValue(value, masker) {
  if (typeof value === "string") return masker.mask(value);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, masker));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, masker);
    return out;
  }
  return value;
}
var LineLogger = class {
  masker;
  #opts;
  #depth = 0;
  constructor(opts) {
    this.#opts = opts;
    this.masker = opts.masker ?? new SecretMasker();
  }
  #emit(level, message, location) {
    const where = location ? `${location.file}:${location.line}: ` : "";
    const stamp = this.#opts.timestamps ? `[${(/* @__PURE__ */ new Date()).toISOString().slice(0, 19).replace("T", " ")} ${level}] ` : "";
    const indent = "  ".repeat(this.#depth);
    for (const line of this.masker.mask(`${where}${message}`).split("\n")) {
      this.#opts.write(`${stamp}${indent}${level === "INFO" || stamp ? "" : `${level.toLowerCase()}: `}${line}`);
    }
  }
  debug(message) {
    if (this.#opts.debug) this.#emit("DEBUG", message);
  }
  info(message) {
    this.#emit("INFO", message);
  }
  warning(message, location) {
    this.#emit("WARNING", message, location);
  }
  error(message, location) {
    this.#emit("ERROR", message, location);
  }
  async group(name, fn) {
    this.#emit("INFO", `\u25B8 ${name}`);
    this.#depth++;
    try {
      return await fn();
    } finally {
      this.#depth--;
    }
  }
  addSecret(value) {
    this.masker.add(value);
  }
};
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  },
  group: (_name, fn) => fn(),
  addSecret() {
  }
};

// src/engine/configuration.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFile as readFile2 } from "node:fs/promises";
import { extname } from "node:path";
function isDict4(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
var VAR_TYPES = [
  "str",
  "string",
  "int",
  "integer",
  "float",
  "number",
  "bytes",
  "bool",
  "json"
];
var INT_RE = /^[+-]?\d+(?:_\d+)*$/;
var FLOAT_RE = /^[+-]?(?:(?:\d+(?:_\d+)*)?\.\d+(?:_\d+)*|\d+(?:_\d+)*\.?)(?:[eE][+-]?\d+(?:_\d+)*)?$/;
var FLOAT_SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;
var ConversionError = class extends Error {
};
function pyRepr(text) {
  return `'${text.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}'`;
}
function convertToType(type, value) {
  if (type === null || type === void 0 || type === "str" || type === "string") return value;
  switch (type) {
    case "int":
    case "integer": {
      if (typeof value === "boolean") return value ? 1 : 0;
      if (typeof value === "number") {
        if (!Number.isFinite(value))
          throw new ConversionError(`cannot convert float ${value} to integer`);
        return Math.trunc(value);
      }
      if (typeof value !== "string")
        throw new ConversionError(`int() can't convert ${typeName(value)}`);
      const text = value.trim();
      if (!INT_RE.test(text)) {
        throw new ConversionError(`invalid literal for int() with base 10: ${pyRepr(value)}`);
      }
      return Number(text.replaceAll("_", ""));
    }
    case "float":
    case "number": {
      if (typeof value === "boolean") return value ? 1 : 0;
      if (typeof value === "number") return value;
      if (typeof value !== "string") {
        throw new ConversionError(
          `float() argument must be a string or a real number, not '${typeName(value)}'`
        );
      }
      const text = value.trim();
      const special = FLOAT_SPECIAL_RE.exec(text);
      if (special) {
        if (special[2].toLowerCase() === "nan") return Number.NaN;
        return special[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      }
      if (!FLOAT_RE.test(text)) {
        throw new ConversionError(`could not convert string to float: ${pyRepr(value)}`);
      }
      return Number(text.replaceAll("_", ""));
    }
    case "bytes":
      if (typeof value !== "string") {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'encode'`);
      }
      return value;
    case "bool":
      if (typeof value === "boolean") return value;
      if (typeof value !== "string") {
        throw new ConversionError(`'${typeName(value)}' object has no attribute 'lower'`);
      }
      return !["false", "0", "no"].includes(value.toLowerCase());
    case "json":
      if (value === "" || value === null || value === void 0) return value;
      if (typeof value !== "string") return value;
      try {
        return JSON.parse(value);
      } catch (error) {
        throw new ConversionError(`invalid JSON: ${errorMessage(error)}`);
      }
    default:
      throw new ConversionError("variable type can only be: bool, str, int, float, bytes or json");
  }
}
function typeName(value) {
  if (value === null || value === void 0) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  return Array.isArray(value) ? "list" : "dict";
}
function parseVar(text) {
  const eq = text.indexOf("=");
  if (eq < 0) {
    throw new UsageError(
      `invalid --var '${text}': var needs to be in the format name[:type]=value`,
      `e.g. --var port:int=8080 (types: ${VAR_TYPES.join(", ")})`
    );
  }
  let key = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  let type;
  const colon = key.lastIndexOf(":");
  if (colon >= 0) {
    type = key.slice(colon + 1);
    key = key.slice(0, colon);
  }
  if (!key) {
    throw new UsageError(`invalid --var '${text}': the name before '=' is empty`);
  }
  try {
    return { key, value: convertToType(type, raw) };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    throw new UsageError(
      `invalid --var '${text}': ${error.message}`,
      `types: ${VAR_TYPES.join(", ")}`
    );
  }
}
async function loadVarFile(path2) {
  let content;
  try {
    content = await readFile2(path2, "utf8");
  } catch (error) {
    const code = error.code;
    throw new UsageError(
      code === "ENOENT" ? `var file '${path2}' does not exist` : `cannot read var file '${path2}': ${errorMessage(error)}`
    );
  }
  const empty = { configuration: {}, secrets: {}, env: {} };
  if (!content) return empty;
  const ext = extname(path2);
  let data;
  if (ext === ".yaml" || ext === ".yml" || ext === ".json") {
    try {
      data = ext === ".json" ? JSON.parse(content) : (0, import_yaml2.parse)(content);
    } catch (error) {
      throw new UsageError(`failed to parse var file '${path2}': ${errorMessage(error)}`);
    }
  }
  if (!pyTruthyData(data)) return { ...empty, env: parseEnvLines(path2, content) };
  if (!isDict4(data)) {
    throw new UsageError(
      `var file '${path2}' must hold an object with 'configuration' and/or 'secrets'`
    );
  }
  const configuration = data.configuration ?? {};
  const secrets = data.secrets ?? {};
  if (!isDict4(configuration))
    throw new UsageError(`var file '${path2}': 'configuration' must be an object`);
  if (!isDict4(secrets) || !Object.values(secrets).every(isDict4)) {
    throw new UsageError(`var file '${path2}': 'secrets' must map scope names to objects`);
  }
  return { configuration, secrets, env: {} };
}
function pyTruthyData(data) {
  if (data === null || data === void 0 || data === false || data === 0 || data === "")
    return false;
  if (Array.isArray(data)) return data.length > 0;
  if (isDict4(data)) return Object.keys(data).length > 0;
  return true;
}
function parseEnvLines(path2, content) {
  const env = {};
  for (const [i, rawLine] of content.split("\n").entries()) {
    const line = rawLine.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) throw new UsageError(`var file '${path2}' line ${i + 1}: expected KEY=VALUE`);
    env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}
function mergeVars(files, vars = {}) {
  const merged = { configuration: {}, secrets: {}, env: {} };
  for (const file of files) {
    Object.assign(merged.configuration, file.configuration);
    Object.assign(merged.secrets, file.secrets);
    Object.assign(merged.env, file.env);
  }
  Object.assign(merged.configuration, vars);
  return merged;
}
function loadConfiguration(declared, overrides, env, options = {}) {
  const extra = { ...overrides };
  const conf = {};
  const resolve2 = (key, value) => {
    if (isDict4(value) && value.type === "env") {
      const envKey = value.key;
      if (typeof envKey !== "string" || !envKey) {
        throw new UserError(`configuration '${key}' has type env but no 'key' naming the variable`);
      }
      const present = Object.hasOwn(env, envKey) && env[envKey] !== void 0;
      if (!present && !Object.hasOwn(value, "default")) {
        throw new UserError(
          `Configuration makes reference to an environment key that does not exist: ${envKey}`,
          {
            code: "CHAOS_MISSING_ENV",
            advice: `set ${envKey}, give the configuration a default, or override '${key}' with --var`
          }
        );
      }
      const raw = present ? env[envKey] : value.default;
      try {
        conf[key] = convertToType(value.env_var_type, raw);
      } catch (error) {
        if (!(error instanceof ConversionError)) throw error;
        throw new UserError(
          `configuration '${key}': cannot convert ${present ? `environment variable ${envKey}` : "the default"} to ${String(value.env_var_type)}: ${error.message}`
        );
      }
      return;
    }
    conf[key] = value;
  };
  for (const [key, value] of Object.entries(declared ?? {})) {
    if (Object.hasOwn(extra, key)) {
      resolve2(key, extra[key]);
      delete extra[key];
    } else {
      resolve2(key, value);
    }
  }
  if (options.allowUndeclared) for (const [key, value] of Object.entries(extra)) resolve2(key, value);
  return conf;
}
function loadSecrets(declared, overrides, env) {
  const walk2 = (info, extra, path2) => {
    const out = {};
    for (const [key, value] of Object.entries(info)) {
      if (!isDict4(value)) {
        out[key] = value;
        continue;
      }
      const override = extra?.[key];
      if (override !== void 0 && override !== null) out[key] = override;
      else if (value.type === "env") out[key] = secretFromEnv(value, env);
      else if (value.type === "vault") {
        throw new UserError(`vault secrets are not supported yet (secret '${path2}${key}')`, {
          code: "CHAOS_UNSUPPORTED",
          advice: "read the value from an environment variable instead: {type: env, key: VAR}"
        });
      } else out[key] = walk2(value, isDict4(override) ? override : void 0, `${path2}${key}.`);
    }
    return out;
  };
  return walk2(declared ?? {}, overrides ?? {}, "");
}
function secretFromEnv(info, env) {
  const envKey = info.key;
  const value = typeof envKey === "string" ? env[envKey] : void 0;
  if (value === void 0) {
    throw new UserError(
      `Secrets make reference to an environment key that does not exist: ${String(envKey)}`,
      { code: "CHAOS_MISSING_ENV", advice: `set ${String(envKey)} in the environment of the run` }
    );
  }
  return value;
}
function secretValues(secrets) {
  const out = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string") {
      if (value) out.add(value);
    } else if (typeof value === "number" || typeof value === "bigint") {
      out.add(String(value));
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (isDict4(value)) {
      Object.values(value).forEach(visit);
    }
  };
  visit(secrets);
  return [...out];
}
async function loadDynamicConfiguration(configuration, secrets, runProbe, logger = silentLogger) {
  const conf = {};
  for (const [key, value] of Object.entries(configuration)) {
    if (!(isDict4(value) && value.type === "probe")) {
      conf[key] = value;
      continue;
    }
    const name = typeof value.name === "string" ? value.name : key;
    const provider = isDict4(value.provider) ? value.provider : {};
    let output;
    try {
      output = await runProbe(value, { ...conf }, secrets);
    } catch (error) {
      if (error instanceof InterruptedError) throw error;
      logger.warning(
        `dynamic configuration '${key}' (probe '${name}') failed: ${errorMessage(error)}`
      );
      continue;
    }
    if (provider.type === "process") {
      const out = isDict4(output) ? output : {};
      if (out.status !== 0) {
        const stderr = typeof out.stderr === "string" ? out.stderr.trim() : "";
        logger.warning(
          `dynamic configuration '${key}' (probe '${name}') exited with status ${String(out.status)}${stderr ? `: ${stderr}` : ""}`
        );
        continue;
      }
      conf[key] = typeof out.stdout === "string" ? out.stdout.trim() : "";
    } else if (provider.type === "http") {
      conf[key] = isDict4(output) ? output.body ?? null : null;
    } else {
      conf[key] = output;
    }
  }
  return conf;
}

export {
  EXPERIMENT_EXTENSIONS,
  findExperimentFiles,
  substitute,
  withinTolerance,
  loadAndValidate,
  SecretMasker,
  LineLogger,
  silentLogger,
  parseVar,
  loadVarFile,
  mergeVars,
  loadConfiguration,
  loadSecrets,
  secretValues,
  loadDynamicConfiguration,
  createDefaultRegistry
};
