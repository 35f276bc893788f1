/**
 * bytes and bytearray (CPython Objects/bytesobject.c, bytearrayobject.c): the object kinds
 * and their part of the abstract protocol (repr, hashing, comparison, concatenation and
 * repetition, indexing, slicing, item assignment, membership, iteration). Methods live in
 * src/modules/bytesmethods.ts.
 *
 *   bytes      p0 Uint8Array (never written after creation)     not GC, 33 + n bytes
 *   bytearray  p0 ByteBuf                                       not GC, 56 + its buffer
 *
 * A bytearray's buffer is modelled as CPython allocates it (`ob_alloc`): PyByteArray_Resize's
 * growth and shrink rules, including the logical start offset a deletion at the front
 * advances instead of moving the bytes; the buffer is a separate memory block for
 * tracemalloc and the heap cap, re-traced when its allocation changes (realloc). Like
 * CPython, the empty bytes and the 256 one-byte bytes are static singletons (never traced).
 */

import { type HeapObject, ObjectType } from "../engine/index.js";
import { bytesRepr } from "../parser/constants.js";
import {
  asIndex,
  type BinOpName,
  type CmpOp,
  incRef,
  isInt,
  nativeBinary,
  nativeCompare,
  nativeRepr,
  nativeSeq,
} from "./abstract.js";
import { accounting, MAX_STR_LENGTH, memoryError } from "./accounting.js";
import {
  defineIteratorSlots,
  extraIterators,
  extraIterHints,
  registerBuiltinType,
  type SliceBounds,
  sliceIndices,
} from "./bootstrap.js";
import { raise } from "./errors.js";
import { sliceContract } from "./function.js";
import { decref, heap, unaccounted, xdecref } from "./heapref.js";
import { newInt } from "./objects.js";
import { bytesHashHalves, signedOfHalves } from "./strhash.js";
import { makeSubclassable } from "./subclass.js";
import { lookup, lookupSlot, typeInfo, typeName, typeOf } from "./typeobject.js";
import { C, T } from "./types.js";

// ---------------------------------------------------------------- kinds

/** A bytearray's storage: `data[0, n)` are the bytes; `alloc`/`start` model CPython's buffer. */
export class ByteBuf {
  constructor(
    public data: Uint8Array,
    public n: number,
    /** ob_alloc: the bytes CPython's buffer holds (0: no buffer). */
    public alloc: number,
    /** ob_start - ob_bytes: bytes deleted at the front without moving the rest. */
    public start = 0,
  ) {}

  /** ob_exports: buffers handed out (memoryviews' managed buffers) and not released. */
  exports = 0;

  view(): Uint8Array {
    return this.data.subarray(0, this.n);
  }

  /** Make room for `size` bytes in the JS array (the model's alloc is separate). */
  reserve(size: number): void {
    if (size <= this.data.length) return;
    const next = new Uint8Array(Math.max(size, this.data.length * 2, 16));
    next.set(this.data.subarray(0, this.n));
    this.data = next;
  }
}

export const bytesContract = new ObjectType({ name: "bytes", basicSize: 33 });
export const bytearrayContract = new ObjectType({ name: "bytearray", basicSize: 56 });

/** bytes_iterator / bytearray_iterator: p0 the sequence (null once exhausted), p1 the index. */
function makeIterContract(name: string): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    basicSize: 48,
    traverse: (obj, visit) => {
      if (obj.p0 !== null) visit(obj.p0);
    },
    dealloc: (obj) => {
      xdecref(obj.p0);
      return undefined;
    },
  });
}
export const bytesIterContract = makeIterContract("bytes_iterator");
export const bytearrayIterContract = makeIterContract("bytearray_iterator");

const EMPTY = new Uint8Array(0);
const singletons: (HeapObject | undefined)[] = new Array(257);

/** A static object (never freed, not charged to the allocation accounting). */
function staticBytes(data: Uint8Array): HeapObject {
  const o = unaccounted(() => heap.alloc(bytesContract, data));
  o.refcnt = 1_000_000;
  return o;
}

/** PyBytes_FromStringAndSize: a new bytes that takes ownership of `data`. */
export function newBytes(data: Uint8Array): HeapObject {
  if (data.length <= 1) {
    const k = data.length === 0 ? 256 : data[0]!;
    let o = singletons[k];
    if (o === undefined) {
      o = staticBytes(data.length === 0 ? EMPTY : Uint8Array.of(data[0]!));
      singletons[k] = o;
    }
    o.refcnt++;
    return o;
  }
  if (data.length > MAX_STR_LENGTH) memoryError();
  return heap.alloc(bytesContract, data);
}

/** PyByteArray_FromStringAndSize: a copy of `data` in a buffer of exactly n + 1 bytes. */
export function newByteArray(data: Uint8Array, copy = true): HeapObject {
  const n = data.length;
  if (n > MAX_STR_LENGTH) memoryError();
  const buf = new ByteBuf(copy ? data.slice() : data, n, n === 0 ? 0 : n + 1);
  return heap.alloc(bytearrayContract, buf);
}

/**
 * Payload checks go by `type.layout`, so they would serve instances of subclasses too.
 * NOT-CPYTHON: bytearray is not subclassable yet (bytes is, through subclass.ts); identity shortcuts (`b[:] is b`) stay for exact bytes only, as in CPython.
 */
export function isBytes(o: HeapObject): boolean {
  return o.type.layout === bytesContract;
}

export function isByteArray(o: HeapObject): boolean {
  return o.type.layout === bytearrayContract;
}

/** A bytes-like object (the buffer protocol's users here: bytes and bytearray). */
export function isBytesLike(o: HeapObject): boolean {
  const l = o.type.layout;
  return l === bytesContract || l === bytearrayContract;
}

/**
 * Any object with the buffer protocol: bytes, bytearray, and what another module provides
 * (memoryview sets `view`). `data` gives the bytes (a memoryview's as a copy), or null for
 * an object without a buffer.
 */
export const bufferProviders = {
  view: null as ((o: HeapObject, simple: boolean) => Uint8Array | null) | null,
  /**
   * Exporters defined above the runtime whose buffer is their own contiguous storage
   * (array.array), by instance layout.
   */
  exporters: new Map<ObjectType, BufferExporter>(),
  /**
   * `simple`: PyBUF_SIMPLE, as concatenation and file writes ask — a view that is not
   * C-contiguous (a strided memoryview) has no such buffer (null).
   */
  data(o: HeapObject, simple = false): Uint8Array | null {
    if (isBytesLike(o)) return bytesData(o);
    const exporter = bufferProviders.exporters.get(o.type.layout);
    if (exporter !== undefined) return exporter.data(o);
    return bufferProviders.view === null ? null : bufferProviders.view(o, simple);
  },
};

/** A buffer exporter's getbufferproc and releasebufferproc (an array's ob_exports). */
export interface BufferExporter {
  /** The exported bytes now (a view of the storage, not a copy). */
  data(o: HeapObject): Uint8Array;
  /** The struct format of one item ('b', 'B', 'i', …). */
  format(o: HeapObject): string;
  /** A buffer is handed out (a memoryview's managed buffer): the object may not resize. */
  acquire(o: HeapObject): void;
  release(o: HeapObject): void;
}

/** _canresize: a bytearray whose buffer is exported (a memoryview on it) keeps its size. */
export function checkResizable(obj: HeapObject): void {
  if ((obj.p0 as ByteBuf).exports > 0) {
    raise(T.BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

/** The bytes of a bytes-like object (a view of a bytearray's current contents). */
export function bytesData(o: HeapObject): Uint8Array {
  return o.type.layout === bytearrayContract ? (o.p0 as ByteBuf).view() : (o.p0 as Uint8Array);
}

/** Same kind as `like` (bytearray methods return bytearrays, bytes methods bytes). */
export function sameKind(like: HeapObject, data: Uint8Array): HeapObject {
  return like.type.layout === bytearrayContract ? newByteArray(data, false) : newBytes(data);
}

// ---------------------------------------------------------------- bytearray buffer

function setAlloc(obj: HeapObject, buf: ByteBuf, alloc: number): void {
  const old = buf.alloc;
  if (alloc === old) return;
  if (alloc > MAX_STR_LENGTH) memoryError();
  buf.alloc = alloc;
  if (heap.observer !== null) {
    try {
      heap.resized(obj);
    } catch (e) {
      buf.alloc = old;
      throw e;
    }
  }
}

/**
 * PyByteArray_Resize: the new size fits the buffer (after the logical start): a small
 * shrink keeps it, one below half reallocates to exactly size + 1; growth within 1/8 of
 * the buffer over-allocates as lists do, more allocates exactly. A reallocation drops the
 * logical start.
 */
export function byteArrayResize(obj: HeapObject, size: number): void {
  const buf = obj.p0 as ByteBuf;
  if (size === buf.n) return;
  checkResizable(obj);
  let alloc = buf.alloc;
  if (size + buf.start + 1 <= alloc) {
    if (size >= Math.floor(alloc / 2)) {
      // (CPython's buffer has the room; the JS array, grown on its own terms, may not)
      buf.reserve(size);
      if (size > buf.n) buf.data.fill(0, buf.n, size);
      buf.n = size;
      return;
    }
    alloc = size + 1;
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else alloc = size + 1;
  setAlloc(obj, buf, alloc);
  buf.start = 0;
  buf.reserve(size);
  if (size > buf.n) buf.data.fill(0, buf.n, size);
  buf.n = size;
}

/** bytearray_setslice_linear: replace [lo, hi) by `repl` (already copied if it aliased). */
export function byteArraySetSlice(obj: HeapObject, lo: number, hi: number, repl: Uint8Array): void {
  const buf = obj.p0 as ByteBuf;
  const n = buf.n;
  if (hi < lo) hi = lo;
  const growth = repl.length - (hi - lo);
  if (growth !== 0) checkResizable(obj);
  if (growth < 0) {
    buf.data.copyWithin(lo + repl.length, hi, n);
    if (lo === 0) buf.start -= growth;
    byteArrayResize(obj, n + growth);
  } else if (growth > 0) {
    byteArrayResize(obj, n + growth);
    buf.data.copyWithin(lo + repl.length, hi, n);
  }
  buf.data.set(repl, lo);
}

/** Delete the bytes at the extended slice's positions, then resize. */
function byteArrayDelExtended(obj: HeapObject, b: SliceBounds): void {
  const buf = obj.p0 as ByteBuf;
  if (b.length > 0) checkResizable(obj);
  const drop = new Set<number>();
  for (let k = 0, i = b.start; k < b.length; k++, i += b.step) drop.add(i);
  let w = 0;
  for (let r = 0; r < buf.n; r++) if (!drop.has(r)) buf.data[w++] = buf.data[r]!;
  byteArrayResize(obj, w);
}

/** A byte value from an int-like object: ValueError outside range(0, 256). */
export function byteValue(o: HeapObject): number {
  if (!isInt(o) && lookupSlot(typeOf(o), "__index__") === null)
    raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  const v = asIndex(o);
  if (v < 0 || v > 255) raise(T.ValueError, "byte must be in range(0, 256)");
  return v;
}

// ---------------------------------------------------------------- protocol

function compareBytes(x: Uint8Array, y: Uint8Array): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}

/** The same FNV hash as str's (abstract.ts), so hash(b'abc') == hash('abc') as in CPython. */
/** bytes_hash (SipHash-1-3 with the str hash's key, see strhash.ts): exact. */
export function bytesHash(data: Uint8Array): number | bigint {
  const [hi, lo] = bytesHashHalves(data);
  return signedOfHalves(hi, lo);
}

function concat(x: Uint8Array, y: Uint8Array): Uint8Array {
  if (x.length + y.length > MAX_STR_LENGTH) memoryError();
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}

/** A repeat count (PyNumber_AsSsize_t): OverflowError past a machine word. */
function repeatCount(n: HeapObject): number {
  const v = n.p0 as number | bigint;
  if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n)))
    raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  return Math.max(0, Number(v));
}

function repeatData(x: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || x.length === 0) return EMPTY;
  const size = x.length * n;
  if (size >= 2 ** 63) raise(T.OverflowError, "repeated bytes are too long");
  if (size > MAX_STR_LENGTH) memoryError();
  accounting.reserve(33 + size);
  const out = new Uint8Array(size);
  for (let k = 0; k < n; k++) out.set(x, k * x.length);
  return out;
}

function isIndexable(o: HeapObject): boolean {
  return isInt(o) || lookupSlot(typeOf(o), "__index__") !== null;
}

function binary(a: HeapObject, b: HeapObject, op: BinOpName): HeapObject | null {
  const aBytes = isBytesLike(a);
  if (aBytes && op === "+") {
    const other = bufferProviders.data(b, true);
    if (other !== null) return sameKind(a, concat(bytesData(a), other));
    if (!typeInfo(typeOf(b)).heapType)
      raise(T.TypeError, `can't concat ${typeName(b)} to ${typeName(a)}`);
    return null;
  }
  if (op === "*") {
    const [seq, n] = aBytes ? [a, b] : isBytesLike(b) ? [b, a] : [null, null];
    if (seq === null || n === null) return null;
    if (isIndexable(n)) {
      const count = isInt(n) ? repeatCount(n) : Math.max(0, asIndex(n));
      const data = repeatData(bytesData(seq), count);
      // bytes * 1 is the bytes itself.
      if (seq.type === bytesContract && data.length === bytesData(seq).length && count === 1)
        return incRef(seq);
      return sameKind(seq, isByteArray(seq) ? data.slice() : data);
    }
    if (!typeInfo(typeOf(n)).heapType)
      raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
    return null;
  }
  if (aBytes && op === "%") return bytesFormatHook.format(a, b);
  return null;
}

/** printf-style `bytes % args` (set by the bytes methods module). */
export const bytesFormatHook = {
  format: (_fmt: HeapObject, _args: HeapObject): HeapObject | null => null,
};

function inplace(a: HeapObject, b: HeapObject, op: BinOpName): HeapObject | null {
  if (!isByteArray(a)) return null;
  if (op === "+") {
    const other = bufferProviders.data(b, true);
    if (other === null) raise(T.TypeError, `can't concat ${typeName(b)} to bytearray`);
    const buf = a.p0 as ByteBuf;
    // bytearray_iconcat holds a buffer export of the right operand while resizing.
    if (b === a && buf.n > 0)
      raise(T.BufferError, "Existing exports of data: object cannot be re-sized");
    const add = isBytesLike(b) ? other : other.slice();
    const n = buf.n;
    byteArrayResize(a, n + add.length);
    buf.data.set(add, n);
    return incRef(a);
  }
  if (op === "*" && isIndexable(b)) return byteArrayIrepeat(a, b);
  return null;
}

/**
 * bytearray_irepeat (`ba *= n`, bytearray.__imul__): the bytes repeated in place, through
 * PyByteArray_Resize; a negative count empties it. A new reference to `a`.
 */
export function byteArrayIrepeat(a: HeapObject, n: HeapObject): HeapObject {
  const count = isInt(n) ? repeatCount(n) : Math.max(0, asIndex(n));
  const data = repeatData((a.p0 as ByteBuf).view(), count).slice();
  byteArrayResize(a, data.length);
  (a.p0 as ByteBuf).data.set(data);
  return incRef(a);
}

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) raise(T.IndexError, what);
  return j;
}

function sliceData(data: Uint8Array, b: SliceBounds): Uint8Array {
  if (b.step === 1) return data.slice(b.start, b.start + b.length);
  const out = new Uint8Array(b.length);
  for (let k = 0, i = b.start; k < b.length; k++, i += b.step) out[k] = data[i]!;
  return out;
}

function getItem(o: HeapObject, key: HeapObject): HeapObject | null {
  if (!isBytesLike(o)) return null;
  const data = bytesData(o);
  const ba = isByteArray(o);
  if (key.type === sliceContract) {
    const b = sliceIndices(key, data.length);
    if (!ba && b.step === 1 && b.length === data.length && o.type === bytesContract)
      return incRef(o);
    return sameKind(o, sliceData(data, b));
  }
  if (!isIndexable(key)) {
    const what = ba ? "bytearray" : "byte";
    raise(T.TypeError, `${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  const i = normIndex(
    asIndex(key),
    data.length,
    ba ? "bytearray index out of range" : "index out of range",
  );
  return newInt(data[i]!);
}

function setItem(o: HeapObject, key: HeapObject, value: HeapObject): boolean {
  if (!isByteArray(o)) return false;
  const buf = o.p0 as ByteBuf;
  if (key.type === sliceContract) {
    const b = sliceIndices(key, buf.n);
    let repl: Uint8Array;
    if (isBytesLike(value)) repl = bytesData(value).slice();
    else if (isInt(value))
      raise(T.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else repl = bytesFromIterableHook.from(value);
    if (b.step === 1) {
      byteArraySetSlice(o, b.start, b.start + b.length, repl);
      return true;
    }
    if (repl.length !== b.length)
      raise(
        T.ValueError,
        `attempt to assign bytes of size ${repl.length} to extended slice of size ${b.length}`,
      );
    for (let k = 0, i = b.start; k < b.length; k++, i += b.step) buf.data[i] = repl[k]!;
    return true;
  }
  if (!isIndexable(key))
    raise(T.TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
  const i = normIndex(asIndex(key), buf.n, "bytearray index out of range");
  buf.data[i] = byteValue(value);
  return true;
}

function delItem(o: HeapObject, key: HeapObject): boolean {
  if (!isByteArray(o)) return false;
  const buf = o.p0 as ByteBuf;
  if (key.type === sliceContract) {
    const b = sliceIndices(key, buf.n);
    if (b.length === 0) return true;
    if (b.step === 1) byteArraySetSlice(o, b.start, b.start + b.length, EMPTY);
    else if (b.step === -1) byteArraySetSlice(o, b.start - b.length + 1, b.start + 1, EMPTY);
    else byteArrayDelExtended(o, b);
    return true;
  }
  if (!isIndexable(key))
    raise(T.TypeError, `bytearray indices must be integers or slices, not ${typeName(key)}`);
  const i = normIndex(asIndex(key), buf.n, "bytearray index out of range");
  byteArraySetSlice(o, i, i + 1, EMPTY);
  return true;
}

/** bytes.find & co.: the index of `sub` in data[start, end), or -1. */
export function findBytes(
  data: Uint8Array,
  sub: Uint8Array,
  start = 0,
  end = data.length,
  right = false,
): number {
  if (end - start < sub.length) return -1;
  if (right) {
    outer: for (let i = end - sub.length; i >= start; i--) {
      for (let k = 0; k < sub.length; k++) if (data[i + k] !== sub[k]) continue outer;
      return i;
    }
    return -1;
  }
  if (sub.length === 1) {
    const i = data.subarray(start, end).indexOf(sub[0]!);
    return i < 0 ? -1 : i + start;
  }
  outer: for (let i = start; i + sub.length <= end; i++) {
    for (let k = 0; k < sub.length; k++) if (data[i + k] !== sub[k]) continue outer;
    return i;
  }
  return -1;
}

function contains(o: HeapObject, item: HeapObject): boolean | null {
  if (!isBytesLike(o)) return null;
  const data = bytesData(o);
  if (isBytesLike(item)) return findBytes(data, bytesData(item)) >= 0;
  if (isIndexable(item)) {
    const v = asIndex(item);
    if (v < 0 || v > 255) raise(T.ValueError, "byte must be in range(0, 256)");
    return data.includes(v);
  }
  raise(T.TypeError, `a bytes-like object is required, not '${typeName(item)}'`);
}

function newIter(o: HeapObject): HeapObject {
  o.refcnt++;
  const it = heap.alloc(isByteArray(o) ? bytearrayIterContract : bytesIterContract, o, 0);
  heap.track(it);
  return it;
}

function iterNext(it: HeapObject): HeapObject | null {
  const seq = it.p0 as HeapObject | null;
  if (seq === null) return null;
  const data = bytesData(seq);
  const i = it.p1 as number;
  if (i < data.length) {
    it.p1 = i + 1;
    return newInt(data[i]!);
  }
  it.p0 = null;
  decref(seq);
  return null;
}

/** Turns an iterable of ints into bytes (set by the methods module: it needs iteration). */
export const bytesFromIterableHook = {
  from: null as unknown as (iterable: HeapObject) => Uint8Array,
};

/**
 * bytearray_repr: the quote is chosen as bytes' is, but a single quote is escaped even
 * inside double quotes (and a double quote never is).
 */
function byteArrayRepr(b: Uint8Array): string {
  const quote = b.includes(39) && !b.includes(34) ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    if (c === 39 || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

let installed = false;

/** Register the types and their protocol natives (each hook falls back to the previous). */
export function installBytesTypes(): void {
  if (installed) return;
  installed = true;
  const bytesType = registerBuiltinType("bytes", bytesContract);
  registerBuiltinType("bytearray", bytearrayContract);
  defineIteratorSlots(registerBuiltinType("bytes_iterator", bytesIterContract));
  defineIteratorSlots(registerBuiltinType("bytearray_iterator", bytearrayIterContract));
  makeSubclassable(bytesType, bytesContract, false);
  C.bytes = bytesContract;
  C.bytearray = bytearrayContract;
  nativeRepr.set(bytesContract, (o) => bytesRepr(o.p0 as Uint8Array));
  nativeRepr.set(bytearrayContract, (o) => `bytearray(${byteArrayRepr((o.p0 as ByteBuf).view())})`);
  extraIterators.set(bytesIterContract, iterNext);
  extraIterators.set(bytearrayIterContract, iterNext);
  // striter_len / bytearrayiter_length_hint: what is left, 0 once exhausted.
  const hint = (it: HeapObject) =>
    it.p0 === null ? 0 : Math.max(0, bytesData(it.p0 as HeapObject).length - (it.p1 as number));
  extraIterHints.set(bytesIterContract, hint);
  extraIterHints.set(bytearrayIterContract, hint);

  const len = nativeSeq.len;
  nativeSeq.len = (o) => {
    const r = len(o);
    if (r !== null) return r;
    const l = o.type.layout;
    if (l === bytesContract) return (o.p0 as Uint8Array).length;
    if (l === bytearrayContract) return (o.p0 as ByteBuf).n;
    return null;
  };
  const get = nativeSeq.getItem;
  nativeSeq.getItem = (o, key) => get(o, key) ?? getItem(o, key);
  const set = nativeSeq.setItem;
  nativeSeq.setItem = (o, key, value) => set(o, key, value) || setItem(o, key, value);
  const del = nativeSeq.delItem;
  nativeSeq.delItem = (o, key) => del(o, key) || delItem(o, key);
  const has = nativeSeq.contains;
  nativeSeq.contains = (o, item) => has(o, item) ?? contains(o, item);
  const iter = nativeSeq.iter;
  nativeSeq.iter = (o) => iter(o) ?? (isBytesLike(o) ? newIter(o) : null);
  const op = nativeBinary.op;
  nativeBinary.op = (a, b, name) => op(a, b, name) ?? binary(a, b, name);
  const inp = nativeBinary.inplace;
  nativeBinary.inplace = (a, b, name) => inp(a, b, name) ?? inplace(a, b, name);
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, name) => {
    const r = cmp(a, b, name);
    if (r !== null || !isBytesLike(a) || !isBytesLike(b)) return r;
    return cmpResult(compareBytes(bytesData(a), bytesData(b)), name);
  };
}
