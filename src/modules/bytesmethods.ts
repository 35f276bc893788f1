/**
 * The constructors and methods of bytes and bytearray, str.encode, str(b, encoding), and
 * the UnicodeDecodeError / UnicodeEncodeError attributes and messages (CPython
 * Objects/bytesobject.c, bytearrayobject.c, bytes_methods.c, exceptions.c). Methods that
 * make a new sequence return the receiver's kind; arguments that take bytes accept any
 * bytes-like object.
 */
import type { HeapObject } from "../engine/index.js";
import {
  asIndex,
  call,
  callSpecialBound,
  getItem,
  getIter,
  incRef,
  isInt,
  isStr,
  iterNext,
  repr,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import { accounting } from "../runtime/accounting.js";
import {
  defineMethod,
  listBuiltByAppends,
  nativeConstructors,
  sequenceFastWhileObserved,
  splitPrealloc,
} from "../runtime/bootstrap.js";
import {
  type ByteBuf,
  bufferProviders,
  byteArrayIrepeat,
  byteArrayResize,
  byteArraySetSlice,
  bytesContract,
  bytesData,
  bytesFormatHook,
  bytesFromIterableHook,
  bytesHash,
  byteValue,
  checkResizable,
  findBytes,
  installBytesTypes,
  isBytesLike,
  newByteArray,
  newBytes,
  sameKind,
} from "../runtime/bytes.js";
import { codecErrorHook, decode, encode, lookupCodec } from "../runtime/codecs.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { asciiOf, formatFloat, formatInt, parseSpec } from "../runtime/format.js";
import { classmethodContract, staticmethodContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import { newBool, newBuiltin, newInt, newStr, newTuple, none } from "../runtime/objects.js";
import { lookup as lookupAttr, typeInfo, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { exactly, range_, splitKw } from "./support.js";

const EMPTY = new Uint8Array(0);

/** Parse `(pos..., kw...)` against parameter names; unknown keywords are TypeErrors. */
function params(
  fn: string,
  names: string[],
  args: HeapObject[],
  kwnames: string[] | null,
  max = names.length,
): (HeapObject | undefined)[] {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > max)
    raise(
      T.TypeError,
      `${fn}() takes at most ${max} argument${max === 1 ? "" : "s"} (${pos.length} given)`,
    );
  const out: (HeapObject | undefined)[] = names.map((_, i) => pos[i]);
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) raise(T.TypeError, `'${k}' is an invalid keyword argument for ${fn}()`);
    if (out[i] !== undefined)
      raise(T.TypeError, `argument for ${fn}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

function strParam(fn: string, what: string, o: HeapObject | undefined, dflt: string): string {
  if (o === undefined) return dflt;
  if (!isStr(o)) raise(T.TypeError, `${fn}() argument '${what}' must be str, not ${typeName(o)}`);
  return o.p0 as string;
}

/** A bytes-like argument, or TypeError with CPython's message. */
function buffer(o: HeapObject): Uint8Array {
  if (!isBytesLike(o)) raise(T.TypeError, `a bytes-like object is required, not '${typeName(o)}'`);
  return bytesData(o);
}

/** find/count/index's sub: bytes-like or an int in range(0, 256). */
function subArg(o: HeapObject): Uint8Array {
  if (isBytesLike(o)) return bytesData(o);
  if (isInt(o) || lookupAttr(typeOf(o), "__index__") !== null) {
    const v = asIndex(o);
    if (v < 0 || v > 255) raise(T.ValueError, "byte must be in range(0, 256)");
    return Uint8Array.of(v);
  }
  raise(T.TypeError, `argument should be integer or bytes-like object, not '${typeName(o)}'`);
}

/** start/end arguments as slices clamp them (None = open). */
function bounds(args: HeapObject[], from: number, n: number): [number, number] {
  const get = (o: HeapObject | undefined, dflt: number) => {
    if (o === undefined || o === S.None) return dflt;
    let v = asIndex(o);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  return [get(args[from], 0), get(args[from + 1], n)];
}

/** bytes(iterable of ints): _PyBytes_FromIterator & co. */
function fromIterable(o: HeapObject, what = "bytes"): Uint8Array {
  const items = toArray(o);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      if (!isInt(x) && lookupAttr(typeOf(x), "__index__") === null)
        raise(T.TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
      const v = asIndex(x);
      if (v < 0 || v > 255) raise(T.ValueError, `${what} must be in range(0, 256)`);
      out[i] = v;
    }
    return out;
  } finally {
    for (const x of items) decref(x);
  }
}

const SPACE = new Set([32, 9, 10, 11, 12, 13]);
const isSpace = (c: number) => SPACE.has(c);
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isDigit = (c: number) => c >= 48 && c <= 57;

function data(self: HeapObject | null): Uint8Array {
  return bytesData(self!);
}

// ---------------------------------------------------------------- constructors

/** bytes(source, encoding, errors) / bytearray(...): the initial contents. */
function sourceBytes(fn: string, args: HeapObject[], kwnames: string[] | null): Uint8Array | null {
  const [src, enc, errs] = params(fn, ["source", "encoding", "errors"], args, kwnames);
  if (src === undefined) {
    if (enc !== undefined || errs !== undefined)
      raise(
        T.TypeError,
        enc !== undefined
          ? "encoding without a string argument"
          : "errors without a string argument",
      );
    return null;
  }
  if (isStr(src)) {
    if (enc === undefined) raise(T.TypeError, "string argument without an encoding");
    const codec = lookupCodec(strParam(fn, "encoding", enc, "utf-8"));
    return encode(src.p0 as string, codec, strParam(fn, "errors", errs, "strict"));
  }
  if (enc !== undefined) raise(T.TypeError, "encoding without a string argument");
  if (errs !== undefined) raise(T.TypeError, "errors without a string argument");
  const buffer = bufferProviders.data(src);
  if (buffer !== null) return buffer.slice();
  if (isInt(src) || lookupAttr(typeOf(src), "__index__") !== null) {
    const n = asIndex(src);
    if (n < 0) raise(T.ValueError, "negative count");
    return new Uint8Array(n);
  }
  const it = iterOr(src, `cannot convert '${typeName(src)}' object to ${fn}`);
  try {
    return fromIterable(it, fn === "bytes" ? "bytes" : "byte");
  } finally {
    decref(it);
  }
}

function installConstructors(): void {
  nativeConstructors.set(T.bytes!, (_t, args, kwnames) => {
    // bytes(x) for an object with __bytes__ asks it first.
    if (args.length === 1 && kwnames === null && !isBytesLike(args[0]!)) {
      const r = callSpecialBound(args[0]!, "__bytes__");
      if (r !== null) {
        if (r.type !== bytesContract) {
          const n = typeName(r);
          decref(r);
          raise(T.TypeError, `__bytes__ returned non-bytes (type ${n})`);
        }
        return r;
      }
    }
    if (args.length === 1 && kwnames === null && args[0]!.type === bytesContract)
      return incRef(args[0]!);
    const d = sourceBytes("bytes", args, kwnames);
    return newBytes(d ?? EMPTY);
  });
  nativeConstructors.set(T.bytearray!, (_t, args, kwnames) => {
    const src = args.length - (kwnames?.length ?? 0) > 0 ? args[0]! : null;
    // list and tuple are sized up front; other iterables grow byte by byte (append).
    if (
      src !== null &&
      kwnames === null &&
      args.length === 1 &&
      bufferProviders.data(src) === null &&
      !isStr(src) &&
      !isInt(src) &&
      src.type !== C.list &&
      src.type !== C.tuple &&
      lookupAttr(typeOf(src), "__index__") === null
    ) {
      const d = fromIterableByte(
        iterOr(src, `cannot convert '${typeName(src)}' object to bytearray`),
      );
      const ba = newByteArray(EMPTY);
      const buf = ba.p0 as ByteBuf;
      for (let i = 0; i < d.length; i++) {
        byteArrayResize(ba, buf.n + 1);
        buf.data[buf.n - 1] = d[i]!;
      }
      return ba;
    }
    const d = sourceBytes("bytearray", args, kwnames);
    return newByteArray(d ?? EMPTY, false);
  });
  bytesFromIterableHook.from = fromIterable;
}

// ---------------------------------------------------------------- codecs

function installCodecErrors(): void {
  codecErrorHook.decode = (encoding, d, start, end, reason) =>
    call(T.UnicodeDecodeError!, [
      newStr(encoding),
      newBytes(d.slice()),
      newInt(start),
      newInt(end),
      newStr(reason),
    ]);
  codecErrorHook.encode = (encoding, text, start, end, reason) =>
    call(T.UnicodeEncodeError!, [
      newStr(encoding),
      newStr(text),
      newInt(start),
      newInt(end),
      newStr(reason),
    ]);
}

/** str.encode(encoding='utf-8', errors='strict') */
function installStrEncode(): void {
  defineMethod(T.str, "encode", (args, kwnames, self) => {
    const [enc, errs] = params("encode", ["encoding", "errors"], args, kwnames);
    const codec = lookupCodec(strParam("encode", "encoding", enc, "utf-8"));
    return newBytes(
      encode(self!.p0 as string, codec, strParam("encode", "errors", errs, "strict")),
    );
  });
}

/** str(object, encoding, errors): decoding when an encoding or errors is given. */
export function strFromBytes(args: HeapObject[], kwnames: string[] | null): HeapObject | null {
  if (kwnames === null && args.length <= 1) return null;
  const [obj, enc, errs] = params("str", ["object", "encoding", "errors"], args, kwnames);
  if (enc === undefined && errs === undefined) return null;
  // (the clinic converts encoding and errors before unicode_new looks at the object)
  const encoding = strParam("str", "encoding", enc, "utf-8");
  const errors = strParam("str", "errors", errs, "strict");
  if (obj === undefined) return newStr("");
  if (isStr(obj)) raise(T.TypeError, "decoding str is not supported");
  if (!isBytesLike(obj))
    raise(T.TypeError, `decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return newStr(decode(bytesData(obj), lookupCodec(encoding), errors));
}

// ---------------------------------------------------------------- methods

function splitWhitespace(d: Uint8Array, max: number, right: boolean): Uint8Array[] {
  const parts: Uint8Array[] = [];
  if (!right) {
    let i = 0;
    const n = d.length;
    while (true) {
      while (i < n && isSpace(d[i]!)) i++;
      if (i >= n) break;
      if (max >= 0 && parts.length === max) {
        parts.push(d.slice(i));
        break;
      }
      const s = i;
      while (i < n && !isSpace(d[i]!)) i++;
      parts.push(d.slice(s, i));
    }
    return parts;
  }
  let i = d.length;
  while (true) {
    while (i > 0 && isSpace(d[i - 1]!)) i--;
    if (i <= 0) break;
    if (max >= 0 && parts.length === max) {
      parts.push(d.slice(0, i));
      break;
    }
    const e = i;
    while (i > 0 && !isSpace(d[i - 1]!)) i--;
    parts.push(d.slice(i, e));
  }
  return parts.reverse();
}

function splitSep(d: Uint8Array, sep: Uint8Array, max: number, right: boolean): Uint8Array[] {
  if (sep.length === 0) raise(T.ValueError, "empty separator");
  const parts: Uint8Array[] = [];
  if (!right) {
    let i = 0;
    while (max < 0 || parts.length < max) {
      const j = findBytes(d, sep, i);
      if (j < 0) break;
      parts.push(d.slice(i, j));
      i = j + sep.length;
    }
    parts.push(d.slice(i));
    return parts;
  }
  let end = d.length;
  while (max < 0 || parts.length < max) {
    const j = findBytes(d, sep, 0, end, true);
    if (j < 0) break;
    parts.push(d.slice(j + sep.length, end));
    end = j;
  }
  parts.push(d.slice(0, end));
  return parts.reverse();
}

function hexOf(d: Uint8Array, sep: string | null, per: number): string {
  const hx = (b: number) => b.toString(16).padStart(2, "0");
  if (sep === null || per === 0 || d.length === 0) {
    let s = "";
    for (const b of d) s += hx(b);
    return s;
  }
  const size = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // Groups are counted from the right.
    let end = d.length;
    while (end > 0) {
      const start = Math.max(0, end - size);
      groups.unshift([...d.subarray(start, end)].map(hx).join(""));
      end = start;
    }
  } else {
    for (let start = 0; start < d.length; start += size)
      groups.push([...d.subarray(start, start + size)].map(hx).join(""));
  }
  return groups.join(sep);
}

function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  const hexVal = (ch: string | undefined) => {
    if (ch === undefined) return -1;
    const v = Number.parseInt(ch, 16);
    return /^[0-9a-fA-F]$/.test(ch) ? v : -1;
  };
  let i = 0;
  const err = (pos: number): never =>
    raise(T.ValueError, `non-hexadecimal number found in fromhex() arg at position ${pos}`);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hexVal(s[i]);
    if (hi < 0) err(i);
    const lo = hexVal(s[i + 1]);
    if (lo < 0) err(i + 1);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

function mapBytes(d: Uint8Array, f: (c: number) => number): Uint8Array {
  const out = new Uint8Array(d.length);
  for (let i = 0; i < d.length; i++) out[i] = f(d[i]!);
  return out;
}

const toUpper = (c: number) => (isLower(c) ? c - 32 : c);
const toLower = (c: number) => (isUpper(c) ? c + 32 : c);

function stripChars(args: HeapObject[]): (c: number) => boolean {
  if (args.length === 0 || args[0] === S.None) return isSpace;
  const set = new Set(buffer(args[0]!));
  return (c) => set.has(c);
}

function installMethods(t: HeapObject, kind: string): void {
  const def = (
    name: string,
    impl: (args: HeapObject[], kw: string[] | null, self: HeapObject) => HeapObject,
  ) => defineMethod(t, name, (args, kw, self) => impl(args, kw, self!));
  if (kind === "bytes") {
    def("__hash__", (_a, _k, self) => newInt(bytesHash(data(self))));
    // bytes___bytes___impl: an exact bytes is itself, a subclass's a new bytes
    def("__bytes__", (args, kw, self) => {
      exactly("bytes.__bytes__", args, 0, kw);
      return self.type === bytesContract ? incRef(self) : newBytes(data(self).slice());
    });
  } else typeInfo(t).dict.set("__hash__", incRef(S.None));
  def("decode", (args, kw, self) => {
    const [enc, errs] = params("decode", ["encoding", "errors"], args, kw);
    const codec = lookupCodec(strParam("decode", "encoding", enc, "utf-8"));
    return newStr(decode(data(self), codec, strParam("decode", "errors", errs, "strict")));
  });
  def("hex", (args, kw, self) => {
    const [sepObj, perObj] = params("hex", ["sep", "bytes_per_sep"], args, kw);
    let sep: string | null = null;
    if (sepObj !== undefined) {
      sep = isStr(sepObj)
        ? (sepObj.p0 as string)
        : isBytesLike(sepObj)
          ? String.fromCharCode(...bytesData(sepObj))
          : raise(T.TypeError, "sep must be str or bytes.");
      if (sep.length !== 1) raise(T.ValueError, "sep must be length 1.");
    }
    const per = perObj === undefined ? 1 : asIndex(perObj);
    return newStr(hexOf(data(self), sep, per));
  });
  const fromhex = newBuiltin("fromhex", (args, kw) => {
    range_("fromhex", args, 2, 2, kw);
    const s = args[1]!;
    if (!isStr(s)) raise(T.TypeError, `fromhex() argument must be str, not ${typeName(s)}`);
    const d = fromHex(s.p0 as string);
    return args[0] === T.bytearray ? newByteArray(d, false) : newBytes(d);
  });
  const cm = heap.alloc(classmethodContract, fromhex, null, null);
  cm.refcnt = 1_000_000;
  typeInfo(t).dict.set("fromhex", cm);
  def("join", (args, kw, self) => {
    range_(`${kind}.join`, args, 1, 1, kw);
    // stringlib join: PySequence_Fast, then past 10 items a Py_buffer (80 bytes) per item
    // in a PyMem block, both alive until the result is made (tracemalloc's peak).
    const seq = sequenceFastWhileObserved(args[0]!);
    const items = toArray(seq ?? args[0]!);
    const buffers = items.length > 10 ? accounting.allocBlock(80 * items.length) : null;
    try {
      const sep = data(self);
      const parts = items.map((x, i) => {
        const part = bufferProviders.data(x, true);
        if (part === null)
          raise(
            T.TypeError,
            `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`,
          );
        return part;
      });
      let size = 0;
      for (const p of parts) size += p.length;
      if (parts.length > 0) size += sep.length * (parts.length - 1);
      const out = new Uint8Array(size);
      let at = 0;
      parts.forEach((p, i) => {
        if (i > 0) {
          out.set(sep, at);
          at += sep.length;
        }
        out.set(p, at);
        at += p.length;
      });
      return sameKind(self, out);
    } finally {
      accounting.freeBlock(buffers);
      for (const x of items) decref(x);
      if (seq !== null) decref(seq);
    }
  });
  for (const [name, right] of [
    ["split", false],
    ["rsplit", true],
  ] as const) {
    def(name, (args, kw, self) => {
      const [sep, maxObj] = params(name, ["sep", "maxsplit"], args, kw);
      const max = maxObj === undefined ? -1 : asIndex(maxObj);
      const d = data(self);
      const parts =
        sep === undefined || sep === S.None
          ? splitWhitespace(d, max, right)
          : splitSep(d, buffer(sep), max, right);
      return listBuiltByAppends(
        parts.map((p) => sameKind(self, p)),
        splitPrealloc(max),
      );
    });
  }
  def("splitlines", (args, kw, self) => {
    const [keepObj] = params("splitlines", ["keepends"], args, kw);
    const keep = keepObj !== undefined && keepObj !== S.False && Number(keepObj.p0) !== 0;
    const d = data(self);
    const out: HeapObject[] = [];
    let i = 0;
    while (i < d.length) {
      let j = i;
      while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
      let eol = j;
      if (j < d.length) eol = d[j] === 13 && d[j + 1] === 10 ? j + 2 : j + 1;
      out.push(sameKind(self, d.slice(i, keep ? eol : j)));
      i = eol;
    }
    return listBuiltByAppends(out, 0);
  });
  for (const [name, left, right] of [
    ["strip", true, true],
    ["lstrip", true, false],
    ["rstrip", false, true],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 0, 1, kw);
      const strip = stripChars(args);
      const d = data(self);
      let i = 0;
      let j = d.length;
      if (left) while (i < j && strip(d[i]!)) i++;
      if (right) while (j > i && strip(d[j - 1]!)) j--;
      if (i === 0 && j === d.length && self.type === bytesContract) return incRef(self);
      return sameKind(self, d.slice(i, j));
    });
  }
  for (const [name, atEnd] of [
    ["startswith", false],
    ["endswith", true],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 1, 3, kw);
      const d = data(self);
      const [start, end] = bounds(args, 1, d.length);
      const test = (p: HeapObject): boolean => {
        if (!isBytesLike(p))
          raise(
            T.TypeError,
            `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`,
          );
        const sub = bytesData(p);
        if (end - start < sub.length) return false;
        const at = atEnd ? end - sub.length : start;
        for (let k = 0; k < sub.length; k++) if (d[at + k] !== sub[k]) return false;
        return true;
      };
      const a = args[0]!;
      if (a.type === C.tuple) return newBool((a.p0 as HeapObject[]).some(test));
      return newBool(test(a));
    });
  }
  for (const [name, right, raises] of [
    ["find", false, false],
    ["rfind", true, false],
    ["index", false, true],
    ["rindex", true, true],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 1, 3, kw);
      const d = data(self);
      const sub = subArg(args[0]!);
      const [start, end] = bounds(args, 1, d.length);
      const i = findBytes(d, sub, start, end, right);
      if (i < 0 && raises) raise(T.ValueError, "subsection not found");
      return newInt(i);
    });
  }
  def("count", (args, kw, self) => {
    range_("count", args, 1, 3, kw);
    const d = data(self);
    const sub = subArg(args[0]!);
    const [start, end] = bounds(args, 1, d.length);
    if (sub.length === 0) return newInt(end >= start ? end - start + 1 : 0);
    let n = 0;
    for (let i = findBytes(d, sub, start, end); i >= 0; i = findBytes(d, sub, i + sub.length, end))
      n++;
    return newInt(n);
  });
  def("replace", (args, kw, self) => {
    range_("replace", args, 2, 3, kw);
    const d = data(self);
    const old = buffer(args[0]!);
    const rep = buffer(args[1]!);
    let count = args.length > 2 ? asIndex(args[2]!) : -1;
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    const out: number[] = [];
    if (old.length === 0) {
      let done = 0;
      for (let i = 0; i <= d.length; i++) {
        if (done < count) {
          out.push(...rep);
          done++;
        }
        if (i < d.length) out.push(d[i]!);
      }
    } else {
      let i = 0;
      let done = 0;
      while (done < count) {
        const j = findBytes(d, old, i);
        if (j < 0) break;
        for (let k = i; k < j; k++) out.push(d[k]!);
        out.push(...rep);
        i = j + old.length;
        done++;
      }
      for (let k = i; k < d.length; k++) out.push(d[k]!);
    }
    return sameKind(self, Uint8Array.from(out));
  });
  for (const [name, right] of [
    ["partition", false],
    ["rpartition", true],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 1, 1, kw);
      const d = data(self);
      const sep = buffer(args[0]!);
      if (sep.length === 0) raise(T.ValueError, "empty separator");
      const i = findBytes(d, sep, 0, d.length, right);
      const mk = (x: Uint8Array) => sameKind(self, x);
      if (i < 0)
        return right
          ? newTuple([mk(EMPTY), mk(EMPTY), mk(d.slice())])
          : newTuple([mk(d.slice()), mk(EMPTY), mk(EMPTY)]);
      return newTuple([mk(d.slice(0, i)), mk(sep.slice()), mk(d.slice(i + sep.length))]);
    });
  }
  const maps: [string, (c: number) => number][] = [
    ["upper", toUpper],
    ["lower", toLower],
    ["swapcase", (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)],
  ];
  for (const [name, f] of maps) {
    def(name, (args, kw, self) => {
      range_(name, args, 0, 0, kw);
      return sameKind(self, mapBytes(data(self), f));
    });
  }
  def("capitalize", (args, kw, self) => {
    range_("capitalize", args, 0, 0, kw);
    return sameKind(
      self,
      mapBytes(data(self), toLower).map((c, i) => (i === 0 ? toUpper(c) : c)),
    );
  });
  def("title", (args, kw, self) => {
    range_("title", args, 0, 0, kw);
    let prevCased = false;
    const out = mapBytes(data(self), (c) => {
      const r = isAlpha(c) ? (prevCased ? toLower(c) : toUpper(c)) : c;
      prevCased = isAlpha(c);
      return r;
    });
    return sameKind(self, out);
  });
  const preds: [string, (d: Uint8Array) => boolean][] = [
    ["isdigit", (d) => d.length > 0 && d.every(isDigit)],
    ["isalpha", (d) => d.length > 0 && d.every(isAlpha)],
    ["isalnum", (d) => d.length > 0 && d.every((c) => isAlpha(c) || isDigit(c))],
    ["isspace", (d) => d.length > 0 && d.every(isSpace)],
    ["isascii", (d) => d.every((c) => c < 128)],
    ["islower", (d) => d.some(isLower) && !d.some(isUpper)],
    ["isupper", (d) => d.some(isUpper) && !d.some(isLower)],
    ["istitle", isTitle],
  ];
  for (const [name, p] of preds) {
    def(name, (args, kw, self) => {
      range_(name, args, 0, 0, kw);
      return newBool(p(data(self)));
    });
  }
  for (const [name, where] of [
    ["ljust", "left"],
    ["rjust", "right"],
    ["center", "center"],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 1, 2, kw);
      const width = asIndex(args[0]!);
      let fill = 32;
      if (args.length > 1) {
        const f = args[1]!;
        if (!isBytesLike(f) || bytesData(f).length !== 1)
          raise(
            T.TypeError,
            `${name}() argument 2 must be a byte string of length 1, not ${typeName(f)}`,
          );
        fill = bytesData(f)[0]!;
      }
      const d = data(self);
      if (width <= d.length) return sameKind(self, d.slice());
      const pad = width - d.length;
      // center: the extra byte goes left when the padding and length are both odd.
      const left = where === "left" ? 0 : where === "right" ? pad : (pad >> 1) + (pad & width & 1);
      const out = new Uint8Array(width).fill(fill);
      out.set(d, left);
      return sameKind(self, out);
    });
  }
  def("zfill", (args, kw, self) => {
    range_("zfill", args, 1, 1, kw);
    const width = asIndex(args[0]!);
    const d = data(self);
    if (width <= d.length) return sameKind(self, d.slice());
    const out = new Uint8Array(width).fill(48);
    out.set(d, width - d.length);
    if (d.length > 0 && (d[0] === 43 || d[0] === 45)) {
      out[0] = d[0]!;
      out[width - d.length] = 48;
    }
    return sameKind(self, out);
  });
  for (const [name, atEnd] of [
    ["removeprefix", false],
    ["removesuffix", true],
  ] as const) {
    def(name, (args, kw, self) => {
      range_(name, args, 1, 1, kw);
      const d = data(self);
      const p = buffer(args[0]!);
      const at = atEnd ? d.length - p.length : 0;
      let match = p.length <= d.length && p.length > 0;
      for (let k = 0; match && k < p.length; k++) if (d[at + k] !== p[k]) match = false;
      if (!match) return self.type === bytesContract ? incRef(self) : sameKind(self, d.slice());
      return sameKind(self, atEnd ? d.slice(0, at) : d.slice(p.length));
    });
  }
  def("__len__", (args, kw, self) => {
    range_("__len__", args, 0, 0, kw);
    return newInt(data(self).length);
  });
}

function installByteArrayMethods(): void {
  const t = T.bytearray!;
  const def = (
    name: string,
    impl: (args: HeapObject[], kw: string[] | null, self: HeapObject) => HeapObject,
  ) => defineMethod(t, name, (args, kw, self) => impl(args, kw, self!));
  const buf = (o: HeapObject) => o.p0 as ByteBuf;
  // bytearray_alloc: ob_alloc, the buffer PyByteArray_Resize keeps (bytes.ts models it).
  def("__alloc__", (args, kw, self) => {
    exactly("bytearray.__alloc__", args, 0, kw);
    return newInt(buf(self).alloc);
  });
  def("__imul__", (args, _kw, self) => byteArrayIrepeat(self, args[0]!));
  def("append", (args, kw, self) => {
    range_("append", args, 1, 1, kw);
    const v = byteValue(args[0]!);
    const b = buf(self);
    byteArrayResize(self, b.n + 1);
    b.data[b.n - 1] = v;
    return none();
  });
  def("extend", (args, kw, self) => {
    range_("extend", args, 1, 1, kw);
    const src = args[0]!;
    let add: Uint8Array;
    if (isBytesLike(src)) add = bytesData(src).slice();
    else {
      add = fromIterableByte(iterOr(src, `can't extend bytearray with ${typeName(src)}`));
    }
    const b = buf(self);
    const n = b.n;
    byteArraySetSlice(self, n, n, add);
    return none();
  });
  def("pop", (args, kw, self) => {
    range_("pop", args, 0, 1, kw);
    const b = buf(self);
    if (b.n === 0) raise(T.IndexError, "pop from empty bytearray");
    checkResizable(self!);
    let i = args.length > 0 ? asIndex(args[0]!) : b.n - 1;
    if (i < 0) i += b.n;
    if (i < 0 || i >= b.n) raise(T.IndexError, "pop index out of range");
    const v = b.data[i]!;
    b.data.copyWithin(i, i + 1, b.n);
    byteArrayResize(self, b.n - 1);
    return newInt(v);
  });
  def("insert", (args, kw, self) => {
    range_("insert", args, 2, 2, kw);
    const b = buf(self);
    let i = asIndex(args[0]!);
    const v = byteValue(args[1]!);
    if (i < 0) i = Math.max(0, i + b.n);
    i = Math.min(i, b.n);
    const n = b.n;
    byteArrayResize(self, n + 1);
    b.data.copyWithin(i + 1, i, n);
    b.data[i] = v;
    return none();
  });
  def("remove", (args, kw, self) => {
    range_("remove", args, 1, 1, kw);
    const v = byteValue(args[0]!);
    const b = buf(self);
    const i = b.view().indexOf(v);
    if (i < 0) raise(T.ValueError, "value not found in bytearray");
    checkResizable(self!);
    b.data.copyWithin(i, i + 1, b.n);
    byteArrayResize(self, b.n - 1);
    return none();
  });
  def("clear", (args, kw, self) => {
    range_("clear", args, 0, 0, kw);
    byteArrayResize(self, 0);
    return none();
  });
  def("copy", (args, kw, self) => {
    range_("copy", args, 0, 0, kw);
    return newByteArray(buf(self).view());
  });
  def("reverse", (args, kw, self) => {
    range_("reverse", args, 0, 0, kw);
    buf(self).view().reverse();
    return none();
  });
}

/** iter(o), with `msg` as the TypeError when `o` is not iterable. */
function iterOr(o: HeapObject, msg: string): HeapObject {
  try {
    return getIter(o);
  } catch (e) {
    if (e instanceof PyRaise && typeOf(e.exc) === T.TypeError) {
      decref(e.exc);
      raise(T.TypeError, msg);
    }
    throw e;
  }
}

/** bytearray.extend's iterator (consumed): "byte must be in range(0, 256)" like append. */
function fromIterableByte(it: HeapObject): Uint8Array {
  const out: number[] = [];
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      try {
        out.push(byteValue(x));
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------- printf-style formatting

/** The bytes %s / %b inserts: a bytes-like object or one with __bytes__. */
function bytesOfValue(v: HeapObject): Uint8Array {
  if (isBytesLike(v)) return bytesData(v);
  const r = callSpecialBound(v, "__bytes__");
  if (r !== null) {
    try {
      if (r.type !== bytesContract)
        raise(T.TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return bytesData(r).slice();
    } finally {
      decref(r);
    }
  }
  raise(
    T.TypeError,
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
  );
}

const latin1 = (d: Uint8Array) => decode(d, "latin-1");

/** _Py_bytes_istitle: cased, uppercase only after an uncased byte, lowercase only after a cased one. */
function isTitle(d: Uint8Array): boolean {
  let cased = false;
  let previousCased = false;
  for (const c of d) {
    if (isUpper(c)) {
      if (previousCased) return false;
      previousCased = cased = true;
    } else if (isLower(c)) {
      if (!previousCased) return false;
      previousCased = cased = true;
    } else previousCased = false;
  }
  return cased;
}

/** bytes % args (PEP 461): the str conversions, with %b/%s taking bytes and %r/%a ascii(). */
function bytesPercent(fmt: HeapObject, args: HeapObject): HeapObject {
  const s = latin1(bytesData(fmt));
  const items = args.type === C.tuple ? (args.p0 as HeapObject[]) : [args];
  // A mapping (anything with __getitem__ but a tuple, bytes, bytearray or str) may leave
  // arguments unused (bytes_format's dict case).
  const al = args.type.layout;
  const isMapping =
    al !== C.tuple &&
    al !== C.bytes &&
    al !== C.bytearray &&
    al !== C.str &&
    lookupAttr(typeOf(args), "__getitem__") !== null;
  let k = 0;
  let out = "";
  const re = /%(\([^)]*\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsab%])/g;
  let last = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out += s.slice(last, m.index);
    last = re.lastIndex;
    const [, key, flags, width, prec, conv] = m;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const w = width === "*" ? asIndex(items[k++]!) : width === undefined ? -1 : Number(width);
    const p = prec === "*" ? asIndex(items[k++]!) : prec === undefined ? -1 : Number(prec);
    let v: HeapObject;
    let owned = false;
    if (key !== undefined) {
      const kobj = newBytes(encode(key.slice(1, -1), "latin-1"));
      try {
        v = getItem(args, kobj);
      } finally {
        decref(kobj);
      }
      owned = true;
    } else {
      if (k >= items.length) raise(T.TypeError, "not enough arguments for format string");
      v = items[k++]!;
    }
    let body: string;
    const f = flags ?? "";
    const spec = parseSpec("");
    spec.sign = f.includes("+") ? "+" : f.includes(" ") ? " " : "";
    spec.alt = f.includes("#");
    try {
      if (conv === "s" || conv === "b") {
        body = latin1(bytesOfValue(v));
        if (p >= 0) body = body.slice(0, p);
      } else if (conv === "r" || conv === "a") {
        body = asciiOf(repr(v));
        if (p >= 0) body = body.slice(0, p);
      } else if ("diu".includes(conv!)) {
        if (!isInt(v) && v.type !== C.float)
          raise(T.TypeError, `%${conv} format: a real number is required, not ${typeName(v)}`);
        spec.type = "d";
        body = formatInt(
          isInt(v) ? BigInt(v.p0 as number | bigint) : BigInt(Math.trunc(Number(v.p0))),
          spec,
        );
      } else if ("oxX".includes(conv!)) {
        if (!isInt(v))
          raise(T.TypeError, `%${conv} format: an integer is required, not ${typeName(v)}`);
        spec.type = conv!;
        body = formatInt(BigInt(v.p0 as number | bigint), spec);
      } else if (conv === "c") {
        if (isBytesLike(v) && bytesData(v).length === 1) body = latin1(bytesData(v));
        else if (isInt(v)) {
          const c = Number(v.p0);
          if (c < 0 || c > 255) raise(T.OverflowError, "%c arg not in range(256)");
          body = String.fromCharCode(c);
        } else raise(T.TypeError, "%c requires an integer in range(256) or a single byte");
      } else {
        if (!isInt(v) && v.type !== C.float)
          raise(T.TypeError, `float argument required, not ${typeName(v)}`);
        spec.type = conv!;
        spec.precision = p < 0 ? 6 : p;
        body = formatFloat(Number(v.p0), spec);
      }
    } finally {
      if (owned) decref(v);
    }
    if (w > body.length) {
      if (f.includes("-")) body = body.padEnd(w);
      else if (f.includes("0") && !"srabc".includes(conv!)) {
        const sign = /^[+\- ]/.test(body) ? body[0]! : "";
        body = sign + body.slice(sign.length).padStart(w - sign.length, "0");
      } else body = body.padStart(w);
    }
    out += body;
  }
  out += s.slice(last);
  if (!isMapping && k < items.length && (args.type === C.tuple || k === 0))
    raise(T.TypeError, "not all arguments converted during bytes formatting");
  return sameKind(fmt, encode(out, "latin-1"));
}

// ---------------------------------------------------------------- int <-> bytes

function byteOrder(o: HeapObject | undefined): boolean {
  if (o === undefined) return false;
  if (!isStr(o))
    raise(T.TypeError, `to_bytes() argument 'byteorder' must be str, not ${typeName(o)}`);
  const s = o.p0 as string;
  if (s !== "little" && s !== "big")
    raise(T.ValueError, "byteorder must be either 'little' or 'big'");
  return s === "little";
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False) and int.from_bytes. */
function installIntBytes(): void {
  defineMethod(T.int, "to_bytes", (args, kwnames, self) => {
    const [lenObj, orderObj, signedObj] = params(
      "to_bytes",
      ["length", "byteorder", "signed"],
      args,
      kwnames,
      2,
    );
    const length = lenObj === undefined ? 1 : asIndex(lenObj);
    if (length < 0) raise(T.ValueError, "length argument must be non-negative");
    const little = byteOrder(orderObj);
    const signed = signedObj !== undefined && truthy(signedObj);
    let v = BigInt(self!.p0 as number | bigint);
    if (v < 0n && !signed) raise(T.OverflowError, "can't convert negative int to unsigned");
    const bits = BigInt(8 * length);
    const fits =
      length === 0
        ? v === 0n
        : signed
          ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n)
          : v < 1n << bits;
    if (!fits) raise(T.OverflowError, "int too big to convert");
    if (v < 0n) v += 1n << bits;
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return newBytes(out);
  });
  const fromBytes = newBuiltin("from_bytes", (args, kwnames) => {
    const cls = args[0]!;
    const [src, orderObj, signedObj] = params(
      "from_bytes",
      ["bytes", "byteorder", "signed"],
      args.slice(1),
      kwnames,
      2,
    );
    if (src === undefined)
      raise(T.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    const little = byteOrder(orderObj);
    const signed = signedObj !== undefined && truthy(signedObj);
    let d: Uint8Array;
    if (isBytesLike(src)) d = bytesData(src);
    else if (isStr(src)) raise(T.TypeError, "cannot convert 'str' object to bytes");
    else {
      const made = nativeConstructors.get(T.bytes!)!(T.bytes!, [src], null);
      d = bytesData(made).slice();
      decref(made);
    }
    let v = 0n;
    for (let i = 0; i < d.length; i++) v = (v << 8n) | BigInt(d[little ? d.length - 1 - i : i]!);
    if (signed && d.length > 0 && v >= 1n << BigInt(8 * d.length - 1))
      v -= 1n << BigInt(8 * d.length);
    const n = newInt(v);
    if (cls === T.int) return n;
    return call(cls, [n]);
  });
  const cm = heap.alloc(classmethodContract, fromBytes, null, null);
  cm.refcnt = 1_000_000;
  typeInfo(T.int).dict.set("from_bytes", cm);
}

// ---------------------------------------------------------------- translate, expandtabs

function installTranslate(t: HeapObject): void {
  const maketrans = newBuiltin("maketrans", (args, kw) => {
    range_("maketrans", args, 2, 2, kw);
    const from = buffer(args[0]!);
    const to = buffer(args[1]!);
    if (from.length !== to.length) raise(T.ValueError, "maketrans arguments must have same length");
    const table = new Uint8Array(256);
    for (let i = 0; i < 256; i++) table[i] = i;
    for (let i = 0; i < from.length; i++) table[from[i]!] = to[i]!;
    return newBytes(table);
  });
  const sm = heap.alloc(staticmethodContract, maketrans, null, null);
  sm.refcnt = 1_000_000;
  typeInfo(t).dict.set("maketrans", sm);
  defineMethod(t, "translate", (args, kwnames, self) => {
    const [tableObj, deleteObj] = params("translate", ["table", "delete"], args, kwnames, 2);
    let table: Uint8Array | null = null;
    if (tableObj !== undefined && tableObj !== S.None) {
      table = buffer(tableObj);
      if (table.length !== 256)
        raise(T.ValueError, "translation table must be 256 characters long");
    }
    const drop = new Set(deleteObj === undefined ? [] : buffer(deleteObj));
    const out: number[] = [];
    for (const c of data(self)) if (!drop.has(c)) out.push(table === null ? c : table[c]!);
    return sameKind(self!, Uint8Array.from(out));
  });
  defineMethod(t, "expandtabs", (args, kwnames, self) => {
    const [sizeObj] = params("expandtabs", ["tabsize"], args, kwnames);
    const size = sizeObj === undefined ? 8 : asIndex(sizeObj);
    const out: number[] = [];
    let col = 0;
    for (const c of data(self)) {
      if (c === 9) {
        if (size > 0) {
          const n = size - (col % size);
          for (let k = 0; k < n; k++) out.push(32);
          col += n;
        }
      } else {
        out.push(c);
        col = c === 10 || c === 13 ? 0 : col + 1;
      }
    }
    return sameKind(self!, Uint8Array.from(out));
  });
}

let done = false;

/** Called by the builtins module: the types, their methods, str.encode, codec errors. */
export function installBytes(): void {
  if (done) return;
  done = true;
  installBytesTypes();
  installConstructors();
  installMethods(T.bytes!, "bytes");
  installMethods(T.bytearray!, "bytearray");
  installByteArrayMethods();
  installCodecErrors();
  installStrEncode();
  installIntBytes();
  installTranslate(T.bytes!);
  installTranslate(T.bytearray!);
  bytesFormatHook.format = bytesPercent;
}
