import { createRequire as __chaosCreateRequire } from 'node:module'; const require = __chaosCreateRequire(import.meta.url);
import {
  MAX_TIMER_MS,
  convertToType,
  createDefaultRegistry,
  declaredSecretValues,
  loadVarFile,
  mergeVars,
  plannedKubernetes,
  substitute,
  validateSlo,
  withinSlo
} from "./chunk-QBFQIVR3.js";
import {
  SecretMasker
} from "./chunk-HQIZOGGG.js";
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
  parsePortForwards
} from "./chunk-SOBFPSGS.js";
import {
  require_dist
} from "./chunk-SPQMYGCA.js";
import {
  ActivityFailed,
  ExperimentValidationError,
  InterruptedError,
  UsageError,
  errorMessage
} from "./chunk-2OZ6HILO.js";
import {
  __toESM
} from "./chunk-OLZTDE5K.js";

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
    const delimiter = c;
    let length = 1;
    c = this.#reader.peek();
    while (c !== -1 && c !== delimiter) {
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
    locate,
    ...parsed.warnings?.length ? { loadWarnings: parsed.warnings } : {}
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
  const duplicates = root === void 0 ? { issues: [], warnings: [] } : jsonDuplicateKeys(root, at);
  return {
    value,
    ...duplicates,
    offsetOf: (docPath) => root === void 0 ? 0 : jsonOffset(root, docPath)
  };
}
function jsonDuplicateKeys(root, at) {
  const issues = [];
  const warnings = [];
  const visit = (node, docPath, depth) => {
    if (depth > 200) return;
    if (node.type === "Object") {
      const byKey = /* @__PURE__ */ new Map();
      for (const member of node.members) {
        const key = member.name.type === "String" ? member.name.value : member.name.name;
        byKey.set(key, [...byKey.get(key) ?? [], member]);
      }
      for (const [key, members] of byKey) {
        const last = members[members.length - 1];
        if (last === void 0) continue;
        if (members.length > 1) {
          const found = duplicateFinding([...docPath, key], key, members, at);
          (found.conflict ? issues : warnings).push(found.issue);
        }
        visit(last.value, [...docPath, key], depth + 1);
      }
    } else if (node.type === "Array") {
      node.elements.forEach((element, i) => visit(element.value, [...docPath, i], depth + 1));
    }
  };
  visit(root, [], 0);
  return { issues, warnings };
}
var JSON_TYPE_NAMES = {
  Object: "an object",
  Array: "a list",
  String: "a string",
  Number: "a number",
  Boolean: "a boolean",
  Null: "null"
};
function duplicateFinding(docPath, key, members, at) {
  const where = (m) => at(m.name.loc.start.offset);
  const kind = (m) => JSON_TYPE_NAMES[m.value.type] ?? m.value.type;
  const last = members[members.length - 1];
  const lastAt = where(last);
  const earlier = members.slice(0, -1);
  const lines = earlier.map((m) => where(m).line).join(", ");
  const conflict = members.some((m) => m.value.type !== last.value.type);
  if (!conflict) {
    return {
      conflict,
      issue: {
        field: toPointer(docPath),
        message: `duplicate key \`${key}\` (also on line ${lines}): chaostoolkit uses the last value, on line ${lastAt.line}, and so does chaos-action; delete the one on line ${lines}`,
        expected: "each key once per object",
        location: lastAt
      }
    };
  }
  const values = members.map((m) => `${kind(m)} on ${lastAt.file}:${where(m).line}`).join(", ");
  return {
    conflict,
    issue: {
      field: toPointer(docPath),
      message: `duplicate key \`${key}\` with values of different types (${values}): chaostoolkit would silently use the last one, ${kind(last)} on line ${lastAt.line}`,
      expected: `each key once per object: delete the \`${key}\` you do not mean (line ${lines} or line ${lastAt.line})`,
      location: lastAt
    }
  };
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

// src/session/select.ts
import { glob } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";
var GLOB_CHARS = /[*?[\]{}]/;
function isGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
function toRelative(file) {
  if (!isAbsolute(file)) return file.split(sep).join("/");
  const rel = relative(process.cwd(), file);
  return rel.startsWith("..") ? file : rel.split(sep).join("/");
}
async function globFiles(pattern) {
  const out = [];
  for await (const file of glob(pattern)) {
    if (EXPERIMENT_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext))) out.push(file);
  }
  return out.sort(byCodePoint);
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function expandExperiments(entries) {
  const includes = entries.filter((e) => !e.startsWith("!"));
  const excludes = entries.filter((e) => e.startsWith("!")).map((e) => e.slice(1));
  if (includes.length === 0) {
    throw new UsageError("no experiment path given", "name an experiment file or a directory");
  }
  const files = [];
  for (const entry of includes) {
    if (!isGlob(entry)) {
      files.push(...await findExperimentFiles([entry]));
      continue;
    }
    const matched = await globFiles(entry);
    if (matched.length === 0) {
      throw new UsageError(
        `'${entry}' matched no experiment file (${EXPERIMENT_EXTENSIONS.join(", ")})`,
        "check the pattern against the repository layout (paths are relative to the working directory)"
      );
    }
    files.push(...matched);
  }
  const excluded = /* @__PURE__ */ new Set();
  for (const pattern of excludes) {
    if (!isGlob(pattern)) excluded.add(toRelative(pattern));
    else for (const file of await globFiles(pattern)) excluded.add(toRelative(file));
  }
  return [...new Set(files.map(toRelative))].filter(
    (f) => !excluded.has(f) && ![...excluded].some((e) => f.startsWith(`${e}/`))
  );
}
function selectShard(files, shard) {
  const unique = [...new Set(files)];
  if (!shard) return unique;
  return unique.sort(byCodePoint).filter((_, i) => i % shard.total === shard.index - 1);
}
function selectOnly(loaded, wanted) {
  if (wanted.length === 0) return [...loaded];
  const matches = (l, w) => l.experiment.title === w || l.file === w || toRelative(l.file) === toRelative(w) || l.file.split("/").pop() === w;
  const missing = wanted.filter((w) => !loaded.some((l) => matches(l, w)));
  if (missing.length > 0) {
    throw new UsageError(
      `only: ${missing.map((m) => JSON.stringify(m)).join(", ")} matched no selected experiment`,
      `name an experiment by its title or its file; selected: ${loaded.map((l) => JSON.stringify(l.experiment.title)).join(", ")}`
    );
  }
  return loaded.filter((l) => wanted.some((w) => matches(l, w)));
}

// src/session/prepare.ts
import { resolve } from "node:path";

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
      description: "How much the experiment contributes to each named system quality. Metadata: chaostoolkit never reads it; a list is accepted with a warning.",
      type: ["object", "array"],
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
    },
    dry: {
      title: "Dry mode",
      description: "Set by the runner in a journal's copy of the experiment; ignored in an experiment file.",
      type: ["string", "null"]
    }
  },
  patternProperties: {
    "^x-": {
      title: "Extension key",
      description: "Any `x-` prefixed key is carried along unchanged, for tools of your own."
    }
  },
  additionalProperties: false,
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
        expect_effect: {
          title: "Expect an effect",
          description: "Actions only. When true (the default) a fault whose provider finds nothing to act on (0 pods matched, 0 requests faulted) fails the activity and the verdict is `failed`; when false that is a warning.",
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
          description: "Any value is accepted and ignored, as in chaostoolkit: use a `tolerance`."
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
var SCHEMA_HASH = "b000a580e7d1eb59-16348";
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
      description: "How much the experiment contributes to each named system quality. Metadata: chaostoolkit never reads it; a list is accepted with a warning.",
      type: ["object", "array"],
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
    },
    dry: {
      title: "Dry mode",
      description: "Set by the runner in a journal's copy of the experiment; ignored in an experiment file.",
      type: ["string", "null"]
    }
  },
  patternProperties: {
    "^x-": {
      title: "Extension key",
      description: "Any `x-` prefixed key is carried along unchanged, for tools of your own."
    }
  },
  additionalProperties: false,
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
        expect_effect: {
          title: "Expect an effect",
          description: "Actions only. When true (the default) a fault whose provider finds nothing to act on (0 pods matched, 0 requests faulted) fails the activity and the verdict is `failed`; when false that is a warning.",
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
          description: "Any value is accepted and ignored, as in chaostoolkit: use a `tolerance`."
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
var func2 = Object.prototype.hasOwnProperty;
var func3 = ucs2length;
var pattern0 = new RegExp("^x-", "u");
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
          if (func3(data2) < 1) {
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
        if (func3(data0) < 1) {
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
      description: "Any value is accepted and ignored, as in chaostoolkit: use a `tolerance`."
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
var pattern1 = new RegExp("^\\$\\{[\\s\\S]*\\}$", "u");
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
          if (func3(data2) < 1) {
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
          if (func3(data9) < 1) {
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
          if (func3(data10) < 1) {
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
              if (!pattern1.test(data12)) {
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
      if (data.secrets !== void 0) {
        let data16 = data.secrets;
        if (Array.isArray(data16)) {
          const len2 = data16.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data17 = data16[i2];
            if (typeof data17 !== "string") {
              const err33 = {
                instancePath: instancePath + "/secrets/" + i2,
                schemaPath: "#/definitions/httpProvider/properties/secrets/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema28.properties.secrets.items.type,
                parentSchema: schema28.properties.secrets.items,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        } else {
          const err34 = {
            instancePath: instancePath + "/secrets",
            schemaPath: "#/definitions/httpProvider/properties/secrets/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema28.properties.secrets.type,
            parentSchema: schema28.properties.secrets,
            data: data16
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
        vErrors = [err35];
      } else {
        vErrors.push(err35);
      }
      errors++;
    }
    var _valid1 = _errs23 === errors;
    valid7 = _valid1;
  }
  if (!valid7) {
    const err36 = {
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
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  const _errs52 = errors;
  let valid16 = true;
  const _errs53 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type !== void 0) {
      if ("python" !== data.type) {
        const err37 = {};
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  }
  var _valid3 = _errs53 === errors;
  errors = _errs52;
  if (vErrors !== null) {
    if (_errs52) {
      vErrors.length = _errs52;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs55 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.module === void 0) {
        const err38 = {
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
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (data.func === void 0) {
        const err39 = {
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
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data19 = data.type;
        if ("python" !== data19) {
          const err40 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/definitions/pythonProvider/properties/type/const",
            keyword: "const",
            params: { allowedValue: "python" },
            message: "must be equal to constant",
            schema: "python",
            parentSchema: schema29.properties.type,
            data: data19
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
      if (data.module !== void 0) {
        let data20 = data.module;
        if (typeof data20 === "string") {
          if (func3(data20) < 1) {
            const err41 = {
              instancePath: instancePath + "/module",
              schemaPath: "#/definitions/pythonProvider/properties/module/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema29.properties.module,
              data: data20
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        } else {
          const err42 = {
            instancePath: instancePath + "/module",
            schemaPath: "#/definitions/pythonProvider/properties/module/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema29.properties.module.type,
            parentSchema: schema29.properties.module,
            data: data20
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.func !== void 0) {
        let data21 = data.func;
        if (typeof data21 === "string") {
          if (func3(data21) < 1) {
            const err43 = {
              instancePath: instancePath + "/func",
              schemaPath: "#/definitions/pythonProvider/properties/func/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema29.properties.func,
              data: data21
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        } else {
          const err44 = {
            instancePath: instancePath + "/func",
            schemaPath: "#/definitions/pythonProvider/properties/func/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema29.properties.func.type,
            parentSchema: schema29.properties.func,
            data: data21
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
      if (data.arguments !== void 0) {
        let data22 = data.arguments;
        if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
          const err45 = {
            instancePath: instancePath + "/arguments",
            schemaPath: "#/definitions/pythonProvider/properties/arguments/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema29.properties.arguments.type,
            parentSchema: schema29.properties.arguments,
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
      if (data.secrets !== void 0) {
        let data23 = data.secrets;
        if (Array.isArray(data23)) {
          const len3 = data23.length;
          for (let i3 = 0; i3 < len3; i3++) {
            let data24 = data23[i3];
            if (typeof data24 !== "string") {
              const err46 = {
                instancePath: instancePath + "/secrets/" + i3,
                schemaPath: "#/definitions/pythonProvider/properties/secrets/items/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema29.properties.secrets.items.type,
                parentSchema: schema29.properties.secrets.items,
                data: data24
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        } else {
          const err47 = {
            instancePath: instancePath + "/secrets",
            schemaPath: "#/definitions/pythonProvider/properties/secrets/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema29.properties.secrets.type,
            parentSchema: schema29.properties.secrets,
            data: data23
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
        vErrors = [err48];
      } else {
        vErrors.push(err48);
      }
      errors++;
    }
    var _valid3 = _errs55 === errors;
    valid16 = _valid3;
  }
  if (!valid16) {
    const err49 = {
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
      vErrors = [err49];
    } else {
      vErrors.push(err49);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err50 = {
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
        vErrors = [err50];
      } else {
        vErrors.push(err50);
      }
      errors++;
    }
    if (data.type !== void 0) {
      let data25 = data.type;
      if (typeof data25 === "string") {
        if (func3(data25) < 1) {
          const err51 = {
            instancePath: instancePath + "/type",
            schemaPath: "#/properties/type/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema26.properties.type,
            data: data25
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
      } else {
        const err52 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema26.properties.type.type,
          parentSchema: schema26.properties.type,
          data: data25
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = {
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
      vErrors = [err53];
    } else {
      vErrors.push(err53);
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
        if (func3(data0) < 1) {
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
        if (func3(data0) < 1) {
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
    expect_effect: {
      title: "Expect an effect",
      description: "Actions only. When true (the default) a fault whose provider finds nothing to act on (0 pods matched, 0 requests faulted) fails the activity and the verdict is `failed`; when false that is a warning.",
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
        if (func3(data1) < 1) {
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
    if (data.expect_effect !== void 0) {
      let data5 = data.expect_effect;
      if (typeof data5 !== "boolean") {
        const err7 = {
          instancePath: instancePath + "/expect_effect",
          schemaPath: "#/properties/expect_effect/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema32.properties.expect_effect.type,
          parentSchema: schema32.properties.expect_effect,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.pauses !== void 0) {
      let data6 = data.pauses;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.before !== void 0) {
          let data7 = data6.before;
          const _errs14 = errors;
          let valid3 = false;
          const _errs15 = errors;
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 0 || isNaN(data7)) {
              const err8 = {
                instancePath: instancePath + "/pauses/before",
                schemaPath: "#/definitions/pause/anyOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema33.anyOf[0],
                data: data7
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
              instancePath: instancePath + "/pauses/before",
              schemaPath: "#/definitions/pause/anyOf/0/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema33.anyOf[0].type,
              parentSchema: schema33.anyOf[0],
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs17 = errors;
            if (typeof data7 === "string") {
              if (!pattern1.test(data7)) {
                const err10 = {
                  instancePath: instancePath + "/pauses/before",
                  schemaPath: "#/definitions/pause/anyOf/1/pattern",
                  keyword: "pattern",
                  params: { pattern: "^\\$\\{[\\s\\S]*\\}$" },
                  message: 'must match pattern "^\\$\\{[\\s\\S]*\\}$"',
                  schema: "^\\$\\{[\\s\\S]*\\}$",
                  parentSchema: schema33.anyOf[1],
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = {
                instancePath: instancePath + "/pauses/before",
                schemaPath: "#/definitions/pause/anyOf/1/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema33.anyOf[1].type,
                parentSchema: schema33.anyOf[1],
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var _valid0 = _errs17 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err12 = {
              instancePath: instancePath + "/pauses/before",
              schemaPath: "#/definitions/pause/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema33.anyOf,
              parentSchema: schema33,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs14;
            if (vErrors !== null) {
              if (_errs14) {
                vErrors.length = _errs14;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.after !== void 0) {
          let data8 = data6.after;
          const _errs21 = errors;
          let valid5 = false;
          const _errs22 = errors;
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err13 = {
                instancePath: instancePath + "/pauses/after",
                schemaPath: "#/definitions/pause/anyOf/0/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema33.anyOf[0],
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/pauses/after",
              schemaPath: "#/definitions/pause/anyOf/0/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema33.anyOf[0].type,
              parentSchema: schema33.anyOf[0],
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid1 = _errs22 === errors;
          valid5 = valid5 || _valid1;
          if (!valid5) {
            const _errs24 = errors;
            if (typeof data8 === "string") {
              if (!pattern1.test(data8)) {
                const err15 = {
                  instancePath: instancePath + "/pauses/after",
                  schemaPath: "#/definitions/pause/anyOf/1/pattern",
                  keyword: "pattern",
                  params: { pattern: "^\\$\\{[\\s\\S]*\\}$" },
                  message: 'must match pattern "^\\$\\{[\\s\\S]*\\}$"',
                  schema: "^\\$\\{[\\s\\S]*\\}$",
                  parentSchema: schema33.anyOf[1],
                  data: data8
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
                instancePath: instancePath + "/pauses/after",
                schemaPath: "#/definitions/pause/anyOf/1/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema33.anyOf[1].type,
                parentSchema: schema33.anyOf[1],
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid1 = _errs24 === errors;
            valid5 = valid5 || _valid1;
          }
          if (!valid5) {
            const err17 = {
              instancePath: instancePath + "/pauses/after",
              schemaPath: "#/definitions/pause/anyOf",
              keyword: "anyOf",
              params: {},
              message: "must match a schema in anyOf",
              schema: schema33.anyOf,
              parentSchema: schema33,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs21;
            if (vErrors !== null) {
              if (_errs21) {
                vErrors.length = _errs21;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/pauses",
          schemaPath: "#/properties/pauses/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema32.properties.pauses.type,
          parentSchema: schema32.properties.pauses,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data9 = data.timeout;
      if (!(typeof data9 == "number" && isFinite(data9))) {
        const err19 = {
          instancePath: instancePath + "/timeout",
          schemaPath: "#/properties/timeout/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema32.properties.timeout.type,
          parentSchema: schema32.properties.timeout,
          data: data9
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.controls !== void 0) {
      let data10 = data.controls;
      if (Array.isArray(data10)) {
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data11 = data10[i0];
          if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
            const err20 = {
              instancePath: instancePath + "/controls/" + i0,
              schemaPath: "#/definitions/controls/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema15.items.type,
              parentSchema: schema15.items,
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
      } else {
        const err21 = {
          instancePath: instancePath + "/controls",
          schemaPath: "#/definitions/controls/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema15.type,
          parentSchema: schema15,
          data: data10
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.configuration !== void 0) {
      let data12 = data.configuration;
      if (!(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
        const err22 = {
          instancePath: instancePath + "/configuration",
          schemaPath: "#/properties/configuration/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema32.properties.configuration.type,
          parentSchema: schema32.properties.configuration,
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = {
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
      vErrors = [err23];
    } else {
      vErrors.push(err23);
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
    for (const key0 in data) {
      if (!(func2.call(schema11.properties, key0) || pattern0.test(key0))) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema11,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data0 = data.title;
      if (typeof data0 === "string") {
        if (func3(data0) < 1) {
          const err4 = {
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
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
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
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func3(data1) < 1) {
          const err6 = {
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
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
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
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data2 = data.version;
      if (typeof data2 !== "string" && !(typeof data2 == "number" && isFinite(data2))) {
        const err8 = {
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
          vErrors = [err8];
        } else {
          vErrors.push(err8);
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
            if (func3(data4) < 1) {
              const err9 = {
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
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
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
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
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
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.contributions !== void 0) {
      let data5 = data.contributions;
      if (!data5 || typeof data5 != "object") {
        const err12 = {
          instancePath: instancePath + "/contributions",
          schemaPath: "#/properties/contributions/type",
          keyword: "type",
          params: { type: schema11.properties.contributions.type },
          message: "must be object,array",
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
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          let data6 = data5[key1];
          if (!(data6 === "high" || data6 === "medium" || data6 === "low" || data6 === "none")) {
            const err13 = {
              instancePath: instancePath + "/contributions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
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
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      }
    }
    if (data.configuration !== void 0) {
      let data7 = data.configuration;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!validate11(data7[key2], {
            instancePath: instancePath + "/configuration/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data7,
            parentDataProperty: key2,
            rootData
          })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
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
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.secrets !== void 0) {
      let data9 = data.secrets;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          let data10 = data9[key3];
          if (!(data10 && typeof data10 == "object" && !Array.isArray(data10))) {
            const err15 = {
              instancePath: instancePath + "/secrets/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/secrets/additionalProperties/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema11.properties.secrets.additionalProperties.type,
              parentSchema: schema11.properties.secrets.additionalProperties,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
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
          vErrors = [err16];
        } else {
          vErrors.push(err16);
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
              const err17 = {
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
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data12.name !== void 0) {
              let data13 = data12.name;
              if (typeof data13 === "string") {
                if (func3(data13) < 1) {
                  const err18 = {
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
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = {
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
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
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
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
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
          vErrors = [err21];
        } else {
          vErrors.push(err21);
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
            const err22 = {
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
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = {
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
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data["steady-state-hypothesis"] !== void 0) {
      let data16 = data["steady-state-hypothesis"];
      if (!(data16 && typeof data16 == "object" && !Array.isArray(data16)) && data16 !== null) {
        const err24 = {
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
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.title === void 0) {
          const err25 = {
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
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data16.title !== void 0) {
          let data17 = data16.title;
          if (typeof data17 === "string") {
            if (func3(data17) < 1) {
              const err26 = {
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
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
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
              vErrors = [err27];
            } else {
              vErrors.push(err27);
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
            const err28 = {
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
              vErrors = [err28];
            } else {
              vErrors.push(err28);
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
                const err29 = {
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
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = {
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
              vErrors = [err30];
            } else {
              vErrors.push(err30);
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
        const err31 = {
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
          vErrors = [err31];
        } else {
          vErrors.push(err31);
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
        const err32 = {
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
          vErrors = [err32];
        } else {
          vErrors.push(err32);
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
                const err33 = {
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
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = {
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
              vErrors = [err34];
            } else {
              vErrors.push(err34);
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
                const err35 = {
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
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data29.frequency !== void 0) {
              let data31 = data29.frequency;
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 <= 0 || isNaN(data31)) {
                  const err36 = {
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
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = {
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
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data29.fail_fast !== void 0) {
              let data32 = data29.fail_fast;
              if (typeof data32 !== "boolean") {
                const err38 = {
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
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = {
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
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
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
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.dry !== void 0) {
      let data33 = data.dry;
      if (typeof data33 !== "string" && data33 !== null) {
        const err41 = {
          instancePath: instancePath + "/dry",
          schemaPath: "#/properties/dry/type",
          keyword: "type",
          params: { type: schema11.properties.dry.type },
          message: "must be string,null",
          schema: schema11.properties.dry.type,
          parentSchema: schema11.properties.dry,
          data: data33
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
  } else {
    const err42 = {
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
      vErrors = [err42];
    } else {
      vErrors.push(err42);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// src/engine/closest-name.ts
function closestName(name, candidates) {
  const wanted = name.toLowerCase();
  let best;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

// src/engine/references.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var BRACED = /\$(?:\$|\{([_a-z][_a-z0-9]*)\})/gi;
var SUBSTITUTED = {
  process: [],
  http: ["url", "headers", "timeout", "arguments"],
  python: ["arguments"]
};
var SHELL_KEYS = /* @__PURE__ */ new Set(["cmd", "command", "commands", "script", "shell"]);
function collect(value, path2, out, depth = 0) {
  if (depth > 32) return;
  if (typeof value === "string") {
    for (const m of value.matchAll(BRACED)) if (m[1] !== void 0) out.push({ path: path2, name: m[1] });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, [...path2, i], out, depth + 1));
  } else if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (!SHELL_KEYS.has(k.toLowerCase())) collect(v, [...path2, k], out, depth + 1);
    }
  }
}
function activityReferences(activity, path2, out) {
  if (!isObject(activity)) return;
  if (isObject(activity.pauses)) collect(activity.pauses, [...path2, "pauses"], out);
  const provider = activity.provider;
  if (isObject(provider) && typeof provider.type === "string") {
    const fields = SUBSTITUTED[provider.type];
    for (const [key, value] of Object.entries(provider)) {
      if (key === "type" || fields !== void 0 && !fields.includes(key)) continue;
      collect(value, [...path2, "provider", key], out);
    }
  }
  const tolerance = activity.tolerance;
  if (typeof tolerance === "string") collect(tolerance, [...path2, "tolerance"], out);
  else if (isObject(tolerance)) {
    if (tolerance.type === "probe") activityReferences(tolerance, [...path2, "tolerance"], out);
    for (const key of ["pattern", "path", "expect"]) {
      if (key in tolerance) collect(tolerance[key], [...path2, "tolerance", key], out);
    }
  }
}
function unknownReferences(experiment, known) {
  const found = [];
  if (isObject(experiment.configuration)) {
    for (const [key, value] of Object.entries(experiment.configuration)) {
      if (isObject(value) && value.type === "probe") {
        activityReferences(value, ["configuration", key], found);
      }
    }
  }
  const hypothesis = experiment["steady-state-hypothesis"];
  const lists = [
    [["steady-state-hypothesis", "probes"], isObject(hypothesis) ? hypothesis.probes : void 0],
    [["method"], experiment.method],
    [["rollbacks"], experiment.rollbacks]
  ];
  for (const [base, list] of lists) {
    if (Array.isArray(list)) list.forEach((a, i) => activityReferences(a, [...base, i], found));
  }
  return found.filter((r) => !known.has(r.name));
}
function definedNames(configuration, secrets, overrides = {}) {
  const names = /* @__PURE__ */ new Set();
  for (const source of [configuration, overrides.configuration]) {
    if (isObject(source)) for (const key of Object.keys(source)) names.add(key);
  }
  for (const source of [secrets, overrides.secrets]) {
    if (!isObject(source)) continue;
    for (const scope of Object.values(source)) {
      if (isObject(scope)) for (const key of Object.keys(scope)) names.add(key);
    }
  }
  return names;
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
function evaluate(expr, root, current) {
  switch (expr.kind) {
    case "and":
      return expr.items.every((e) => evaluate(e, root, current));
    case "or":
      return expr.items.some((e) => evaluate(e, root, current));
    case "not":
      return !evaluate(expr.expr, root, current);
    case "some":
      return expr.operand.kind === "value" ? pyTruthy(expr.operand.value) : matchPath(expr.operand.path, root, current).length > 0;
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

// src/engine/regex-search.ts
import { Worker } from "node:worker_threads";
var REGEX_DEADLINE_MS = 5e3;
var RegexTimeoutError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RegexTimeoutError";
  }
};
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id, source, flags, subject }) => {
  try {
    parentPort.postMessage({ id, found: new RegExp(source, flags).test(subject) })
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) })
  }
})
`;
var worker;
var nextId = 1;
var pending = /* @__PURE__ */ new Map();
function getWorker() {
  if (worker !== void 0) return worker;
  const w = new Worker(WORKER_SOURCE, { eval: true });
  w.on("message", (reply) => {
    pending.get(reply.id)?.answer(reply);
  });
  const fail = (message) => {
    if (worker === w) worker = void 0;
    for (const [id, entry] of pending) if (entry.worker === w) entry.answer({ id, error: message });
  };
  w.on("error", (error) => fail(`the regex worker failed: ${error.message}`));
  w.on("exit", () => fail("the regex worker exited"));
  w.unref();
  worker = w;
  return w;
}
function stopWorker() {
  const w = worker;
  worker = void 0;
  void w?.terminate();
}
function boundedSearch(rx, subject, options = {}) {
  const { signal } = options;
  const deadlineMs = options.deadlineMs ?? REGEX_DEADLINE_MS;
  if (signal?.aborted) return Promise.reject(new InterruptedError());
  const id = nextId++;
  const w = getWorker();
  return new Promise((resolve2, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      pending.delete(id);
    };
    const giveUp = (error) => {
      settle();
      stopWorker();
      reject(error);
    };
    const timer = setTimeout(
      () => giveUp(
        new RegexTimeoutError(
          `the search did not end within ${deadlineMs / 1e3} s on ${subject.length} characters (catastrophic backtracking? avoid nested quantifiers such as (\\w+\\s?)*)`
        )
      ),
      deadlineMs
    );
    const onAbort = () => giveUp(new InterruptedError());
    signal?.addEventListener("abort", onAbort, { once: true });
    pending.set(id, {
      worker: w,
      answer: (reply) => {
        settle();
        if (reply.error !== void 0) reject(new Error(reply.error));
        else resolve2(reply.found === true);
      }
    });
    w.postMessage({ id, source: rx.source, flags: rx.flags, subject });
  });
}

// src/engine/tolerance.ts
var ToleranceError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "ToleranceError";
  }
};
function isDict2(value) {
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
    if (isDict2(value) && Object.hasOwn(value, "status")) return pyEquals(value.status, tolerance);
    return pyEquals(value, tolerance);
  }
  if (Array.isArray(tolerance)) return listTolerance(tolerance, value);
  if (isDict2(tolerance)) {
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
  if (isDict2(value) && Object.hasOwn(value, "status")) return pyIn(value.status, tolerance);
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
  if (!isDict2(value)) {
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
  const args = isDict2(provider) ? provider.arguments : void 0;
  if (!isDict2(args)) {
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
async function regexTolerance(tolerance, value, ctx) {
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
      `regex tolerance needs a string to search, but the probe output is a ${pyTypeName(subject)}` + (isDict2(subject) ? " (set `target`, e.g. `target: stdout` or `target: body`)" : "")
    );
  }
  try {
    return await boundedSearch(rx, subject, {
      ...ctx.signal ? { signal: ctx.signal } : {},
      ...ctx.regexDeadlineMs === void 0 ? {} : { deadlineMs: ctx.regexDeadlineMs }
    });
  } catch (error) {
    if (!(error instanceof RegexTimeoutError)) throw error;
    throw new ToleranceError(`regex tolerance pattern ${pattern}: ${error.message}`, {
      cause: error
    });
  }
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
    `range tolerance needs a number or a numeric string as ${what}, got ${pyTypeName(value)}` + (isDict2(value) && what === "the probe output" ? " (set `target`, e.g. `target: body`)" : "")
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
  if (!isDict2(tolerance)) {
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
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isNumber2 = (v) => typeof v === "number" && Number.isFinite(v);
var truthy = (v) => !(v === void 0 || v === null || v === false || v === 0 || v === "" || Array.isArray(v) && v.length === 0 || isObject2(v) && Object.keys(v).length === 0);
var NAMED_ACTIVITY = "a non-empty string naming the activity";
var PAUSE_EXPECTED = "a number of seconds or a `${name}` reference";
async function checkExperiment(loaded, options) {
  const checker = new Checker(loaded, options);
  await checker.run();
  return maskIssues(checker.result(), loaded, options);
}
function maskIssues(result, loaded, options) {
  const masker = new SecretMasker();
  masker.add(
    declaredSecretValues(loaded.experiment.secrets, options.overrides?.secrets, options.env)
  );
  if (masker.size === 0) return result;
  const mask = (issue) => ({
    ...issue,
    field: masker.mask(issue.field),
    message: masker.mask(issue.message),
    ...issue.expected === void 0 ? {} : { expected: masker.mask(issue.expected) }
  });
  return { issues: result.issues.map(mask), warnings: result.warnings.map(mask) };
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
  const worker2 = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker2));
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
    if (!truthy(x)) {
      this.add(
        [],
        "an empty experiment is not an experiment",
        "a mapping with `title`, `description` and `method`"
      );
    }
    if (!truthy(x.title)) this.add(["title"], "experiment requires a title", "a non-empty string");
    if (!truthy(x.description)) {
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
        if (!isObject2(ext) || !truthy(ext.name)) {
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
    this.checkReferences(x);
    const hypo = x["steady-state-hypothesis"];
    const probes = isObject2(hypo) && Array.isArray(hypo.probes) ? hypo.probes : [];
    const method = Array.isArray(x.method) ? x.method : [];
    for (const a of [...method, ...probes]) {
      if (isObject2(a) && a.ref == null && typeof a.name === "string") this.#names.add(a.name);
    }
    if (isObject2(hypo)) {
      const base = ["steady-state-hypothesis"];
      if (!truthy(hypo.title)) {
        this.add([...base, "title"], "hypothesis requires a title", "a non-empty string");
      }
      for (const [i, probe] of probes.entries()) {
        const path2 = [...base, "probes", i];
        await this.checkActivity(probe, path2);
        if (!isObject2(probe)) continue;
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
    if (!isObject2(activity) || typeof activity.ref !== "string" || activity.ref === "") return;
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
    if (!truthy(activity)) {
      this.add(path2, "empty activity is no activity", 'an activity mapping or `{"ref": "name"}`');
      return;
    }
    if (!isObject2(activity)) return;
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
    if (!truthy(activity.type)) {
      this.add([...path2, "type"], "an activity must have a type", "'probe' or 'action'");
    } else if (activity.type !== "probe" && activity.type !== "action") {
      this.add(
        [...path2, "type"],
        `'${String(activity.type)}' is not a supported activity type`,
        "'probe' or 'action'"
      );
    }
    if (!truthy(activity.name))
      this.add([...path2, "name"], "an activity must have a name", NAMED_ACTIVITY);
    let provider;
    const spec = activity.provider;
    if (!truthy(spec)) {
      this.add(
        [...path2, "provider"],
        "an activity requires a provider",
        "a mapping with a provider `type`"
      );
    } else if (isObject2(spec)) {
      if (!truthy(spec.type)) {
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
    if (isObject2(activity.pauses)) {
      for (const when of ["before", "after"]) {
        const pause = activity.pauses[when];
        if (isNumber2(pause)) this.checkTimerSeconds(pause, [...path2, "pauses", when], "pause");
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
    if ("expect_effect" in activity) this.checkExpectEffect(activity, path2);
    if (isObject2(spec)) {
      const timeout = spec.timeout;
      const parts = Array.isArray(timeout) ? timeout : [timeout];
      parts.forEach((t, i) => {
        const at = Array.isArray(timeout) ? [...path2, "provider", "timeout", i] : [...path2, "provider", "timeout"];
        if (isNumber2(t)) this.checkTimerSeconds(t, at, "timeout");
      });
    }
    if (provider?.validate !== void 0 && isObject2(spec)) {
      await this.checkProvider(provider, spec, activity, path2);
    }
  }
  /** A pause or timeout a timer can hold: Node's timers fire at once past 2^31-1 ms. */
  checkTimerSeconds(seconds, path2, what) {
    if (seconds * 1e3 <= MAX_TIMER_MS) return;
    this.add(
      path2,
      `${what} of ${seconds} s is longer than a timer can hold (${MAX_TIMER_MS / 1e3} s, about 24.8 days)`,
      `at most ${MAX_TIMER_MS / 1e3} seconds`
    );
  }
  /** `expect_effect` (ours): a boolean, on actions only (a probe has no effect to expect). */
  checkExpectEffect(activity, path2) {
    if (typeof activity.expect_effect !== "boolean") {
      this.add([...path2, "expect_effect"], "expect_effect must be a boolean", "true or false");
    } else if (activity.type === "probe") {
      this.add(
        [...path2, "expect_effect"],
        "expect_effect applies to actions only: a probe changes nothing",
        "no `expect_effect` on a probe"
      );
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
    if (isObject2(tolerance) && tolerance.type === "probe") {
      await this.checkActivity(tolerance, path2);
      const provider = tolerance.provider;
      if (isObject2(provider) && !isObject2(provider.arguments)) {
        this.add(
          [...path2, "provider", "arguments"],
          `probe tolerance '${String(tolerance.name)}' needs provider.arguments to receive the probe output as \`value\``,
          "a mapping of arguments (may be empty: `{}`)"
        );
      }
    }
  }
  /** `${name}` that names no configuration or secret value: left verbatim at run time. */
  checkReferences(x) {
    const known = definedNames(x.configuration, x.secrets, this.#options.overrides);
    for (const { path: path2, name } of unknownReferences(x, known)) {
      const near = closestName(name, [...known]);
      this.add(
        path2,
        `\`\${${name}}\` names no configuration or secret value${near ? ` (did you mean \`\${${near}}\`?)` : ""}`,
        `a key of \`configuration\` or of a \`secrets\` scope, or --var ${name}=...`
      );
    }
  }
  checkConfiguration(configuration) {
    if (!isObject2(configuration)) return;
    const overridden = this.#options.overrides?.configuration ?? {};
    for (const [key, value] of Object.entries(configuration)) {
      if (!isObject2(value) || value.type !== "env") continue;
      if (typeof value.key !== "string" || value.key === "") continue;
      if (key in overridden) continue;
      const raw = this.#options.env[value.key];
      if (raw !== void 0) {
        this.checkConversion(value.env_var_type, raw, ["configuration", key], value.key);
        continue;
      }
      if ("default" in value) continue;
      this.add(
        ["configuration", key, "key"],
        `Configuration makes reference to an environment key that does not exist: ${value.key}`,
        `the environment variable ${value.key} to be set, a \`default\`, or --var ${key}=...`
      );
    }
  }
  /** The environment variable is set: its text must convert to `env_var_type`, as at run time. */
  checkConversion(type, raw, path2, envKey) {
    if (typeof type !== "string") return;
    try {
      convertToType(type, raw);
    } catch (error) {
      this.add(
        [...path2, "env_var_type"],
        `environment variable ${envKey} cannot be converted to ${type}: ${errorMessage(error)}`,
        `${envKey} to hold a${type.startsWith("int") ? "n" : ""} ${type}, or another \`env_var_type\``
      );
    }
  }
  checkSecrets(secrets) {
    if (!isObject2(secrets)) return;
    const overridden = this.#options.overrides?.secrets ?? {};
    const visit = (value, path2, depth) => {
      if (!isObject2(value) || depth > 32) return;
      if (value.type === "vault") {
        this.add(
          [...path2, "type"],
          "Vault secrets are not supported by chaos-action (it never contacts Vault)",
          "an `env` secret filled from your CI secret store, or the scope given in a --var-file"
        );
        return;
      }
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
    this.warnings.push(...this.#loaded.loadWarnings ?? []);
    const x = this.#loaded.experiment;
    const controls = (owner, path2) => {
      if (isObject2(owner) && Array.isArray(owner.controls) && owner.controls.length > 0) {
        this.warn(
          [...path2, "controls"],
          "controls are Python-only: chaos-action accepts them and does not run them",
          "no `controls` (they have no effect here)"
        );
      }
    };
    controls(x, []);
    controls(x["steady-state-hypothesis"], ["steady-state-hypothesis"]);
    if (Array.isArray(x.contributions)) {
      this.warn(
        ["contributions"],
        "`contributions` is a list: it is metadata that neither chaostoolkit nor chaos-action reads, so it is accepted and ignored",
        "a mapping of quality to level, e.g. `contributions: {availability: high}`"
      );
    }
    const hypo = x["steady-state-hypothesis"];
    const lists = [
      [["steady-state-hypothesis", "probes"], isObject2(hypo) ? hypo.probes : void 0],
      [["method"], x.method],
      [["rollbacks"], x.rollbacks]
    ];
    for (const [base, list] of lists) {
      if (!Array.isArray(list)) continue;
      list.forEach((activity, i) => {
        if (!isObject2(activity)) return;
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
        if (isObject2(provider) && provider.type === "process" && isObject2(provider.arguments)) {
          this.warn(
            [...path2, "provider", "arguments"],
            "process arguments as a mapping are deprecated (flattened to key, value, ...)",
            "a list of arguments or a string"
          );
        }
        if (isObject2(provider) && provider.type === "http" && provider.expected_status !== void 0) {
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
  for (let i = 0; i < 8 && isObject2(current) && typeof current.$ref === "string"; i++) {
    const name = /^#\/definitions\/(.+)$/.exec(current.$ref)?.[1];
    current = name === void 0 ? void 0 : definitions[name];
  }
  return isObject2(current) ? current : void 0;
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
  const props = def && isObject2(def.properties) ? def.properties : void 0;
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
      const props = parent && isObject2(parent.properties) ? parent.properties : {};
      return {
        field: `${field}/${missing.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        message: `missing required field \`${missing}\``,
        expected: describeSchema(props[missing])
      };
    }
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = parent && isObject2(parent.properties) ? Object.keys(parent.properties) : [];
      const near = closestName(key, known);
      return {
        field: `${field}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        message: `unknown key \`${key}\`${near ? `: did you mean \`${near}\`?` : ""}`,
        expected: `one of the keys chaostoolkit defines (${known.join(", ")}), or an \`x-\` prefixed key of your own`
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

// src/cluster/tunnel/index.ts
function createServiceRoutes(options = {}) {
  let loading;
  let loaded;
  const tunnels = () => loading ??= import("./service-tunnels-BISPUZEN.js").then(
    (m) => loaded = new m.ServiceTunnels(options)
  );
  return {
    tunnels,
    async open(target, signal) {
      return (await tunnels()).open(target, signal);
    },
    servedBy(localPort) {
      return loaded?.servedBy(localPort);
    },
    async check(target) {
      return (await tunnels()).check(target);
    },
    async close() {
      await loaded?.close();
    }
  };
}
async function openServiceRoutes(options) {
  const specs = parsePortForwards(options.portForwards);
  const routes = createServiceRoutes(options);
  if (specs.length === 0) return routes;
  const { openPortForwards } = await import("./port-forward-7RQFVOOC.js");
  const namespace = options.namespaces.length === 1 ? options.namespaces[0] : "default";
  try {
    await openPortForwards(await routes.tunnels(), specs, namespace, options.logger);
  } catch (error) {
    await routes.close();
    throw error;
  }
  return routes;
}

// src/session/overrides.ts
async function loadOverrides(varFiles, vars, logger) {
  const files = [];
  for (const file of varFiles) files.push(await loadVarFile(file));
  const merged = mergeVars(files, vars);
  for (const [key, value] of Object.entries(merged.env)) {
    process.env[key] = value;
    logger.debug(`var file: set ${key} in the environment`);
  }
  return { configuration: merged.configuration, secrets: merged.secrets };
}

// src/session/prepare.ts
function planRegistry(kubernetes, services) {
  return createDefaultRegistry({ env: process.env, kubernetes, ...services ? { services } : {} });
}
async function prepareRun(plan, hooks) {
  const { logger } = hooks;
  const overrides = await loadOverrides(plan.varFiles, plan.vars, logger);
  const { all, files } = await logger.group("Find experiments", () => selectFiles(plan, logger));
  if (files.length === 0) return { all, files, loaded: [], overrides };
  const kubernetes = plannedKubernetes(plan);
  const services = createServiceRoutes({ ...kubernetes, checkTimeoutMs: 3e3 });
  const registry = (hooks.createRegistry ?? planRegistry)(kubernetes, services);
  try {
    const valid = await logger.group("Validate experiments", async () => {
      const loaded = await loadAndValidate(files, {
        registry,
        env: process.env,
        overrides,
        onWarning: (w) => logger.warning(`${w.field || "/"}: ${w.message}`, w.location)
      });
      logger.info(`${loaded.length} experiment${loaded.length === 1 ? "" : "s"} valid`);
      return loaded;
    });
    return { all, files, loaded: selectOnly(valid, plan.only), overrides };
  } finally {
    await registry.close().catch(() => void 0);
    await services.close().catch(() => void 0);
  }
}
async function selectFiles(plan, logger) {
  const all = await expandExperiments(plan.experiments);
  const files = selectShard(all, plan.shard);
  if (plan.shard) {
    logger.info(
      `shard ${plan.shard.index}/${plan.shard.total}: ${files.length} of ${all.length} experiment files`
    );
  }
  for (const f of files) logger.debug(f);
  return { all, files };
}
function journalDirOf(plan) {
  return resolve(plan.journalDir);
}

export {
  withinTolerance,
  loadExperimentFile,
  openServiceRoutes,
  selectOnly,
  planRegistry,
  prepareRun,
  selectFiles,
  journalDirOf
};
