/**
 * printf-style `str % args`: CPython's PyUnicode_Format (Objects/unicodeobject.c) step by
 * step — the argument cursor (one object when `args` is not a tuple, a mapping's item
 * for each `%(key)`), the flags, `*` widths and precisions, the conversions with their
 * type checks, then the padding with the sign and `0x` prefix placed as
 * unicode_format_arg_output places them.
 */
import type { HeapObject } from "../engine/index.js";
import {
  asExactIndex,
  callBorrowed,
  callSpecial,
  getItem,
  isInt,
  isStr,
  repr,
  str,
} from "../runtime/abstract.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { asciiOf, formatFloat, parseSpec } from "../runtime/format.js";
import { decref } from "../runtime/heapref.js";
import { intToDecimal } from "../runtime/intdigits.js";
import { internStr, newStr, strOrSelf } from "../runtime/objects.js";
import { isSubtype, lookup, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** unicode_formatter_t's argument cursor. */
interface Cursor {
  /** The current argument source: the tuple, the single object, or a mapping's item. */
  args: HeapObject;
  /** args is owned (a mapping's item), released when replaced or at the end. */
  owned: boolean;
  argidx: number;
  arglen: number;
  dict: HeapObject | null;
}

export function percentFormat(fmt: HeapObject, args: HeapObject): HeapObject {
  // (the syntax is ASCII: the string is read as it is; code points count only in an
  // error's index and in %c, %s widths and precisions)
  const s = fmt.p0 as string;
  const isTuple = args.type.layout === C.tuple;
  const layout = args.type.layout;
  const ctx: Cursor = {
    args,
    owned: false,
    argidx: isTuple ? 0 : -2,
    arglen: isTuple ? (args.p0 as HeapObject[]).length : -1,
    // PyMapping_Check, not a tuple nor a str: `%(key)` looks keys up in it, and it may
    // take no conversion at all
    dict:
      !isTuple && layout !== C.str && lookup(typeOf(args), "__getitem__") !== null ? args : null,
  };
  let out = "";
  try {
    let pos = 0;
    while (pos < s.length) {
      const at = s.indexOf("%", pos);
      if (at < 0) {
        out += s.slice(pos);
        break;
      }
      out += s.slice(pos, at);
      pos = at + 1;
      if (s[pos] === "%") {
        out += "%";
        pos++;
        continue;
      }
      const [piece, next] = formatArg(s, pos, ctx);
      out += piece;
      pos = next;
      if (ctx.dict !== null && ctx.argidx < ctx.arglen)
        raise(T.TypeError, "not all arguments converted during string formatting");
    }
    if (ctx.argidx < ctx.arglen && ctx.dict === null)
      raise(T.TypeError, "not all arguments converted during string formatting");
  } finally {
    if (ctx.owned) decref(ctx.args);
  }
  return wholeStr(fmt, args, isTuple, out);
}

/**
 * The result as PyUnicode_Format's writer finishes it: the writer keeps the one str it was
 * given whole while nothing else is written, so a format without conversions is the format
 * str itself, and a lone `%s` that pads nothing is its exact str argument (`"%s" % s is s`).
 */
function wholeStr(fmt: HeapObject, args: HeapObject, isTuple: boolean, out: string): HeapObject {
  const s = fmt.p0 as string;
  if (out === s && !s.includes("%")) return strOrSelf(fmt, out);
  if (/^%[-#0 +]*[0-9]*(\.[0-9]+)?s$/.test(s)) {
    const items = isTuple ? (args.p0 as HeapObject[]) : [args];
    if (items.length === 1 && items[0]!.type === C.str) return strOrSelf(items[0]!, out);
    // (str(True) is a static str, which the writer keeps whole too)
    if (items.length === 1 && (items[0] === S.True || items[0] === S.False)) {
      if (out === (items[0] === S.True ? "True" : "False")) return internStr(out);
    }
  }
  return newStr(out);
}

/** unicode_format_getnextarg: the next argument (borrowed). */
function nextArg(ctx: Cursor): HeapObject {
  const i = ctx.argidx;
  if (i < ctx.arglen) {
    ctx.argidx++;
    return ctx.arglen < 0 ? ctx.args : (ctx.args.p0 as HeapObject[])[i]!;
  }
  raise(T.TypeError, "not enough arguments for format string");
}

interface Arg {
  ch: string;
  flags: number;
  width: number;
  prec: number;
  /** A numeric conversion: its sign goes before the padding zeros. */
  sign: boolean;
}

/**
 * unicode_format_arg: parse one conversion from `pos` (just past its '%') and format it.
 * Returns the text and the position after the conversion.
 */
function formatArg(s: string, start: number, ctx: Cursor): [string, number] {
  const arg: Arg = { ch: "", flags: 0, width: -1, prec: -1, sign: false };
  let pos = start;
  const read = (): string | undefined => s[pos++];
  let ch = read();
  if (ch === "(") {
    // %(key): the item of the mapping, with balanced parentheses in the key
    if (ctx.dict === null) raise(T.TypeError, "format requires a mapping");
    const keyStart = pos;
    let depth = 1;
    while (depth > 0 && pos < s.length) {
      const c = read();
      if (c === ")") depth--;
      else if (c === "(") depth++;
    }
    if (depth > 0) raise(T.ValueError, "incomplete format key");
    const key = newStr(s.slice(keyStart, pos - 1));
    let item: HeapObject;
    try {
      item = getItem(ctx.dict, key);
    } finally {
      decref(key);
    }
    if (ctx.owned) decref(ctx.args);
    ctx.args = item;
    ctx.owned = true;
    ctx.arglen = -1;
    ctx.argidx = -2;
    ch = read();
  }
  for (; ; ch = read()) {
    if (ch === "-") arg.flags |= F_LJUST;
    else if (ch === "+") arg.flags |= F_SIGN;
    else if (ch === " ") arg.flags |= F_BLANK;
    else if (ch === "#") arg.flags |= F_ALT;
    else if (ch === "0") arg.flags |= F_ZERO;
    else break;
  }
  if (ch === "*") {
    const v = nextArg(ctx);
    if (!isInt(v)) raise(T.TypeError, "* wants int");
    arg.width = Number(v.p0);
    if (arg.width < 0) {
      arg.flags |= F_LJUST;
      arg.width = -arg.width;
    }
    ch = read();
  } else if (ch !== undefined && ch >= "0" && ch <= "9") {
    arg.width = 0;
    for (; ch !== undefined && ch >= "0" && ch <= "9"; ch = read()) {
      arg.width = arg.width * 10 + (ch.charCodeAt(0) - 48);
      if (arg.width > Number.MAX_SAFE_INTEGER) raise(T.ValueError, "width too big");
    }
  }
  if (ch === ".") {
    arg.prec = 0;
    ch = read();
    if (ch === "*") {
      const v = nextArg(ctx);
      if (!isInt(v)) raise(T.TypeError, "* wants int");
      arg.prec = Math.max(0, Number(v.p0));
      ch = read();
    } else if (ch !== undefined && ch >= "0" && ch <= "9") {
      for (; ch !== undefined && ch >= "0" && ch <= "9"; ch = read()) {
        arg.prec = arg.prec * 10 + (ch.charCodeAt(0) - 48);
        if (arg.prec > 2147483647) raise(T.ValueError, "precision too big");
      }
    }
  }
  if (ch === "h" || ch === "l" || ch === "L") ch = read();
  if (ch === undefined) raise(T.ValueError, "incomplete format");
  // (a conversion character outside the BMP is one character: for the error below)
  arg.ch = String.fromCodePoint(s.codePointAt(pos - 1)!);
  const at = pos - 1;
  pos += arg.ch.length - 1;
  const v = nextArg(ctx);
  const body = convert(v, arg, () => [...s.slice(0, at)].length);
  return [output(arg, body), pos];
}

/** unicode_format_arg_format: the conversion's text, before padding. */
function convert(v: HeapObject, arg: Arg, index: () => number): string {
  switch (arg.ch) {
    case "s":
      return str(v);
    case "r":
      return repr(v);
    case "a":
      return asciiOf(repr(v));
    case "i":
    case "d":
    case "u":
    case "o":
    case "x":
    case "X":
      arg.sign = true;
      return formatLong(v, arg);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      arg.sign = true;
      const spec = parseSpec("");
      spec.type = arg.ch;
      spec.precision = arg.prec < 0 ? 6 : arg.prec;
      spec.alt = (arg.flags & F_ALT) !== 0;
      return formatFloat(floatOf(v), spec);
    }
    case "c":
      return String.fromCodePoint(charOf(v));
    default: {
      const code = arg.ch.codePointAt(0)!;
      const shown = code >= 31 && code <= 126 ? arg.ch : "?";
      raise(
        T.ValueError,
        `unsupported format character '${shown}' (0x${code.toString(16)}) at index ${index()}`,
      );
    }
  }
}

/** mainformatlong and _PyUnicode_FormatLong: an int's digits, precision and prefix. */
function formatLong(v: HeapObject, arg: Arg): string {
  const type = arg.ch;
  const wrongType = (): never =>
    raise(
      T.TypeError,
      "oxX".includes(type)
        ? `%${type} format: an integer is required, not ${typeName(v)}`
        : `%${type} format: a real number is required, not ${typeName(v)}`,
    );
  let n: bigint;
  if (isInt(v)) n = BigInt(v.p0 as number | bigint);
  else {
    if (!isNumber(v)) wrongType();
    try {
      if ("oxX".includes(type)) n = BigInt(asExactIndex(v));
      else {
        const r = callBorrowed(T.int!, [v]); // PyNumber_Long
        n = BigInt(r.p0 as number | bigint);
        decref(r);
      }
    } catch (e) {
      if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.TypeError!)) {
        decref(e.exc);
        wrongType();
      }
      throw e;
    }
  }
  const base = type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  // (decimal digits under sys.set_int_max_str_digits' limit, as long_to_decimal_string)
  let digits = base === 10 ? intToDecimal(n < 0n ? -n : n) : (n < 0n ? -n : n).toString(base);
  if (type === "X") digits = digits.toUpperCase();
  if (arg.prec > digits.length) digits = digits.padStart(arg.prec, "0");
  const prefix = (arg.flags & F_ALT) !== 0 && base !== 10 ? `0${type}` : "";
  return (n < 0n ? "-" : "") + prefix + digits;
}

/** PyNumber_Check: an __index__, __int__ or __float__, or a complex. */
function isNumber(v: HeapObject): boolean {
  const t = typeOf(v);
  return (
    lookup(t, "__index__") !== null ||
    lookup(t, "__int__") !== null ||
    lookup(t, "__float__") !== null ||
    (T.complex !== undefined && isSubtype(t, T.complex))
  );
}

/** PyFloat_AsDouble: a float, an int, or what __float__ (else __index__) gives. */
function floatOf(v: HeapObject): number {
  if (v.type.layout === C.float) return v.p0 as number;
  if (isInt(v)) return intToFloat(v.p0 as number | bigint);
  const r = callSpecial(v, "__float__");
  if (r === null) {
    if (lookup(typeOf(v), "__index__") !== null) return intToFloat(asExactIndex(v));
    raise(T.TypeError, `must be real number, not ${typeName(v)}`);
  }
  try {
    if (r.type.layout !== C.float)
      raise(T.TypeError, `${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.p0 as number;
  } finally {
    decref(r);
  }
}

function intToFloat(n: number | bigint): number {
  const x = Number(n);
  if (!Number.isFinite(x)) raise(T.OverflowError, "int too large to convert to float");
  return x;
}

/** formatchar: a str of one character, or an int (or __index__) below 0x110000. */
function charOf(v: HeapObject): number {
  if (isStr(v)) {
    const chars = [...(v.p0 as string)];
    if (chars.length === 1) return chars[0]!.codePointAt(0)!;
    raise(T.TypeError, "%c requires int or char");
  }
  let n: number | bigint;
  try {
    n = asExactIndex(v);
  } catch (e) {
    if (e instanceof PyRaise && isSubtype(typeOf(e.exc), T.TypeError!)) {
      decref(e.exc);
      raise(T.TypeError, "%c requires int or char");
    }
    throw e;
  }
  if (n < 0 || n > 0x10ffff) raise(T.OverflowError, "%c arg not in range(0x110000)");
  return Number(n);
}

/**
 * unicode_format_arg_output: precision cuts %s/%r/%a; the width pads with spaces, or
 * with zeros after the sign and 0x prefix of a number under the 0 flag; - pads right.
 */
function output(arg: Arg, text: string): string {
  // (the fast path of unicode_format_arg_output: nothing to cut, pad or sign)
  if (arg.width < 0 && arg.prec < 0 && (arg.flags & (F_SIGN | F_BLANK)) === 0) return text;
  let chars = [...text];
  if ("sra".includes(arg.ch) && arg.prec >= 0 && chars.length > arg.prec)
    chars = chars.slice(0, arg.prec);
  let signchar = "";
  if (arg.sign) {
    if (chars[0] === "-" || chars[0] === "+") signchar = chars.shift()!;
    else if (arg.flags & F_SIGN) signchar = "+";
    else if (arg.flags & F_BLANK) signchar = " ";
  }
  let prefix = "";
  if (arg.flags & F_ALT && "xXo".includes(arg.ch) && arg.sign) {
    prefix = chars.slice(0, 2).join("");
    chars = chars.slice(2);
  }
  const body = chars.join("");
  const used = signchar.length + prefix.length + chars.length;
  const pad = Math.max(0, arg.width - used);
  if (arg.flags & F_LJUST) return signchar + prefix + body + " ".repeat(pad);
  if (arg.sign && arg.flags & F_ZERO) return signchar + prefix + "0".repeat(pad) + body;
  return " ".repeat(pad) + signchar + prefix + body;
}
