/**
 * The `array` module (CPython Modules/arraymodule.c): `array.array`, a sequence of C
 * numbers (or wchar_t characters, 'u') of one typecode stored as raw machine bytes, and
 * its iterator `array.arrayiterator`.
 *
 * Technique: an array's payload (p0) is an ArrayData holding the items as little-endian
 * bytes (x86-64 Linux: l/L/q/Q 8 bytes, u a 4-byte wchar_t) read and written through a
 * DataView; `allocated` models the C buffer's capacity exactly as array_resize grows and
 * shrinks it, which is what `sys.getsizeof` (array___sizeof__: 64 + allocated * itemsize,
 * plus the GC header) and tracemalloc (the object block and an items block, re-traced on
 * each reallocation) report. Items are not objects: every read makes a new int, float or
 * str. As in CPython 3.11 both types are heap types and their instances are GC-tracked
 * (array_traverse visits only the type).
 *
 *   array.array          p0 ArrayData                                GC, weakrefable
 *   array.arrayiterator  p0 the array (null once exhausted), p1 the index        GC
 *
 * Arrays export their items as a buffer (bufferProviders.exporters): bytes(a), file
 * writes, frombytes and memoryview read them; a memoryview holds an export, during which
 * the array cannot resize (BufferError).
 *
 * NOT-CPYTHON: no subclasses of array.array; memoryview(array) is limited to 'b' and 'B'
 * arrays; _array_reconstructor only rebuilds the machine formats of this platform.
 */
import type { HeapObject } from "../engine/index.js";
import { ObjectType } from "../engine/index.js";
import {
  addressHook,
  asExactIndex,
  asIndex,
  callMethod,
  compareBool,
  getIter,
  incRef,
  isInt,
  isStr,
  iterNext,
  nativeAttrs,
  nativeRepr,
  repr,
  richCompare,
} from "../runtime/abstract.js";
import { memoryError } from "../runtime/accounting.js";
import {
  cmpResult,
  defineIteratorSlots,
  defineMethod,
  extraIterators,
  sliceIndices,
} from "../runtime/bootstrap.js";
import { bufferProviders, newBytes } from "../runtime/bytes.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { sliceContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import {
  newBool,
  newBuiltin,
  newFloat,
  newInt,
  newList,
  newStr,
  newTuple,
  none,
} from "../runtime/objects.js";
import { nativeStorageSizes } from "../runtime/sizeof.js";
import { lookup, typeInfo, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { ssizeState } from "./builtins.js";
import { toDouble } from "./math.js";
import { installNativeType } from "./nativetype.js";
import { declareModule, loadBuiltinModule } from "./registry.js";
import { defineValue } from "./support.js";

/** A builtin function by name (a new reference). */
function builtin(name: string): HeapObject {
  const store = (loadBuiltinModule("builtins")!.p0 as HeapObject).p0 as DictStore;
  return incRef(store.getStr(name)!);
}

/** A raw item: a number (b B h H i I f d, u's code point) or a bigint (l L q Q). */
type Raw = number | bigint;

/** struct arraydescr: one typecode's size, storage and conversion. */
interface Descr {
  code: string;
  itemsize: number;
  /** The machine format code array_reconstructor and __reduce_ex__ use (little-endian). */
  mformat: number;
  /** Integer typecodes (compared as exact numbers); 'f' and 'd' are floats, 'u' chars. */
  kind: "int" | "float" | "char";
  load(dv: DataView, off: number): Raw;
  store(dv: DataView, off: number, v: Raw): void;
  /** The setitem function's conversion and range checks: the raw value, or raises. */
  convert(v: HeapObject): Raw;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyArg_Parse's integer formats start with PyLong_AsLong (an int or `__index__`). */
function asLong(v: HeapObject): Raw {
  const x = asExactIndex(v);
  if (x < LONG_MIN || x > LONG_MAX) {
    raise(T.OverflowError, "Python int too large to convert to C long");
  }
  return x;
}

/** A range check with PyArg_Parse's (or the setitem function's) messages. */
function inRange(x: Raw, lo: number, hi: number, what: string): number {
  if (x < lo) raise(T.OverflowError, `${what} is less than minimum`);
  if (x > hi) raise(T.OverflowError, `${what} is greater than maximum`);
  return Number(x);
}

/** PyArg_Parse 'h' (signed short). */
function asShort(v: HeapObject): number {
  return inRange(asLong(v), -32768, 32767, "signed short integer");
}

/** PyArg_Parse 'i' (signed int). */
function asCInt(v: HeapObject): number {
  return inRange(asLong(v), -(2 ** 31), 2 ** 31 - 1, "signed integer");
}

/** PyLong_AsUnsignedLong (II_setitem, LL_setitem). */
function asULong(v: HeapObject): bigint {
  const x = BigInt(asExactIndex(v));
  if (x < 0n) raise(T.OverflowError, "can't convert negative value to unsigned int");
  if (x > ULONG_MAX) raise(T.OverflowError, "Python int too large to convert to C unsigned long");
  return x;
}

function asLongLong(v: HeapObject): bigint {
  const x = BigInt(asExactIndex(v));
  if (x < LONG_MIN || x > LONG_MAX) raise(T.OverflowError, "int too big to convert");
  return x;
}

function asULongLong(v: HeapObject): bigint {
  const x = BigInt(asExactIndex(v));
  if (x < 0n) raise(T.OverflowError, "can't convert negative int to unsigned");
  if (x > ULONG_MAX) raise(T.OverflowError, "int too big to convert");
  return x;
}

/** u_setitem: a str of exactly one character (3.11's message for anything else). */
function asChar(v: HeapObject): number {
  if (isStr(v)) {
    const s = v.p0 as string;
    const cp = s.codePointAt(0);
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  raise(T.TypeError, "array item must be unicode character");
}

const LE = true;

/** The descriptors table (CPython's `descriptors`), in array.typecodes order. */
const DESCRS: Descr[] = [
  {
    code: "b",
    itemsize: 1,
    mformat: 1,
    kind: "int",
    load: (dv, o) => dv.getInt8(o),
    store: (dv, o, v) => dv.setInt8(o, v as number),
    convert: (v) => inRange(asShort(v), -128, 127, "signed char"),
  },
  {
    code: "B",
    itemsize: 1,
    mformat: 0,
    kind: "int",
    load: (dv, o) => dv.getUint8(o),
    store: (dv, o, v) => dv.setUint8(o, v as number),
    convert: (v) => inRange(asLong(v), 0, 255, "unsigned byte integer"),
  },
  {
    code: "u",
    itemsize: 4,
    mformat: 20,
    kind: "char",
    load: (dv, o) => dv.getUint32(o, LE),
    store: (dv, o, v) => dv.setUint32(o, v as number, LE),
    convert: asChar,
  },
  {
    code: "h",
    itemsize: 2,
    mformat: 4,
    kind: "int",
    load: (dv, o) => dv.getInt16(o, LE),
    store: (dv, o, v) => dv.setInt16(o, v as number, LE),
    convert: asShort,
  },
  {
    code: "H",
    itemsize: 2,
    mformat: 2,
    kind: "int",
    load: (dv, o) => dv.getUint16(o, LE),
    store: (dv, o, v) => dv.setUint16(o, v as number, LE),
    convert: (v) => inRange(asCInt(v), 0, 65535, "unsigned short"),
  },
  {
    code: "i",
    itemsize: 4,
    mformat: 8,
    kind: "int",
    load: (dv, o) => dv.getInt32(o, LE),
    store: (dv, o, v) => dv.setInt32(o, v as number, LE),
    convert: asCInt,
  },
  {
    code: "I",
    itemsize: 4,
    mformat: 6,
    kind: "int",
    load: (dv, o) => dv.getUint32(o, LE),
    store: (dv, o, v) => dv.setUint32(o, v as number, LE),
    convert: (v) => {
      const x = asULong(v);
      if (x > 0xffffffffn) raise(T.OverflowError, "unsigned int is greater than maximum");
      return Number(x);
    },
  },
  {
    code: "l",
    itemsize: 8,
    mformat: 12,
    kind: "int",
    load: (dv, o) => dv.getBigInt64(o, LE),
    store: (dv, o, v) => dv.setBigInt64(o, v as bigint, LE),
    convert: (v) => BigInt(asLong(v)),
  },
  {
    code: "L",
    itemsize: 8,
    mformat: 10,
    kind: "int",
    load: (dv, o) => dv.getBigUint64(o, LE),
    store: (dv, o, v) => dv.setBigUint64(o, v as bigint, LE),
    convert: asULong,
  },
  {
    code: "q",
    itemsize: 8,
    mformat: 12,
    kind: "int",
    load: (dv, o) => dv.getBigInt64(o, LE),
    store: (dv, o, v) => dv.setBigInt64(o, v as bigint, LE),
    convert: asLongLong,
  },
  {
    code: "Q",
    itemsize: 8,
    mformat: 10,
    kind: "int",
    load: (dv, o) => dv.getBigUint64(o, LE),
    store: (dv, o, v) => dv.setBigUint64(o, v as bigint, LE),
    convert: asULongLong,
  },
  {
    code: "f",
    itemsize: 4,
    mformat: 14,
    kind: "float",
    load: (dv, o) => dv.getFloat32(o, LE),
    store: (dv, o, v) => dv.setFloat32(o, v as number, LE),
    convert: (v) => Math.fround(toDouble(v)),
  },
  {
    code: "d",
    itemsize: 8,
    mformat: 16,
    kind: "float",
    load: (dv, o) => dv.getFloat64(o, LE),
    store: (dv, o, v) => dv.setFloat64(o, v as number, LE),
    convert: toDouble,
  },
];

const TYPECODES = DESCRS.map((d) => d.code).join("");
const BY_CODE = new Map(DESCRS.map((d) => [d.code, d]));

/** tp_basicsize of array.array (sizeof(arrayobject)), without the GC header. */
const ARRAY_BASIC = 64;
const GC_HEADER = 16;

/** An array's items (ob_item, ob_size, allocated) and its buffer exports. */
export class ArrayData {
  /** The items' bytes; at least allocated * itemsize long. */
  bytes: Uint8Array;
  dv: DataView;
  /** ob_size. */
  n = 0;
  /** The C buffer's capacity in items (0: no buffer, ob_item NULL). */
  allocated: number;
  /** ob_exports: buffers handed out (memoryviews) and not released. */
  exports = 0;

  constructor(
    readonly descr: Descr,
    allocated: number,
  ) {
    this.allocated = allocated;
    this.bytes = new Uint8Array(allocated * descr.itemsize);
    this.dv = new DataView(this.bytes.buffer);
  }

  get(i: number): Raw {
    return this.descr.load(this.dv, i * this.descr.itemsize);
  }

  set(i: number, v: Raw): void {
    this.descr.store(this.dv, i * this.descr.itemsize, v);
  }

  /** The items' bytes now (a view, not a copy). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.n * this.descr.itemsize);
  }

  /** Move items [from, from + count) to position `to` (memmove). */
  move(to: number, from: number, count: number): void {
    const s = this.descr.itemsize;
    this.bytes.copyWithin(to * s, from * s, (from + count) * s);
  }
}

/** Instances of a heap type hold a reference to it (array_traverse visits only that). */
function holdType(type: HeapObject): void {
  type.refcnt++;
}

export const arrayContract = new ObjectType({
  name: "array.array",
  gc: true,
  weakrefable: true,
  basicSize: ARRAY_BASIC + GC_HEADER,
  traverse: (_o, visit) => visit(Types.array),
  dealloc: () => {
    decref(Types.array);
    return undefined;
  },
});

const iterContract = new ObjectType({
  name: "array.arrayiterator",
  gc: true,
  basicSize: 48,
  traverse: (o, visit) => {
    visit(Types.iter);
    if (o.p0 !== null) visit(o.p0 as HeapObject);
  },
  dealloc: (o) => {
    const a = o.p0 as HeapObject | null;
    o.p0 = null;
    if (a !== null) decref(a);
    decref(Types.iter);
    return undefined;
  },
});

const Types = { array: null as unknown as HeapObject, iter: null as unknown as HeapObject };

export function isArray(o: HeapObject): boolean {
  return o.type.layout === arrayContract;
}

function data(o: HeapObject): ArrayData {
  return o.p0 as ArrayData;
}

/** newarrayobject: an array of `size` items (zeroed), allocated exactly. */
function newArray(descr: Descr, size: number): HeapObject {
  if (size * descr.itemsize > MAX_BYTES) memoryError();
  const d = new ArrayData(descr, size);
  d.n = size;
  const o = heap.alloc(arrayContract, d);
  holdType(Types.array);
  heap.track(o);
  return o;
}

/**
 * NOT-CPYTHON: the largest items buffer a JS typed array takes here; past it an array
 * raises MemoryError as CPython does when malloc fails.
 */
const MAX_BYTES = 2 ** 31;

/** The buffer's capacity becomes `alloc` items (realloc; the items block is re-traced). */
function reallocate(o: HeapObject, d: ArrayData, alloc: number): void {
  const bytes = alloc * d.descr.itemsize;
  if (bytes > MAX_BYTES) memoryError();
  const old = d.allocated;
  d.allocated = alloc;
  if (heap.observer !== null) {
    try {
      heap.resized(o);
    } catch (e) {
      d.allocated = old;
      throw e;
    }
  }
  if (bytes > d.bytes.length || bytes < d.bytes.length >> 1) {
    const next = new Uint8Array(bytes);
    next.set(d.bytes.subarray(0, Math.min(bytes, d.n * d.descr.itemsize)));
    d.bytes = next;
    d.dv = new DataView(next.buffer);
  }
}

/**
 * array_resize: a new size that fits the buffer, not 16 or more items below the old size,
 * keeps it; otherwise the buffer is freed (size 0) or reallocated with CPython's mild
 * over-allocation (newsize / 16 + 3 while the array is under 8 items, + 7 after).
 */
function resize(o: HeapObject, newsize: number): void {
  const d = data(o);
  if (d.exports > 0 && newsize !== d.n) {
    raise(T.BufferError, "cannot resize an array that is exporting buffers");
  }
  if (d.allocated > 0 && d.allocated >= newsize && d.n < newsize + 16) {
    d.n = newsize;
    return;
  }
  if (newsize === 0) {
    reallocate(o, d, 0);
    d.n = 0;
    return;
  }
  reallocate(o, d, (newsize >> 4) + (d.n < 8 ? 3 : 7) + newsize);
  if (newsize > d.n) d.bytes.fill(0, d.n * d.descr.itemsize, newsize * d.descr.itemsize);
  d.n = newsize;
}

/** An item as a new Python object (the getitem function). */
function box(d: ArrayData, i: number): HeapObject {
  const v = d.get(i);
  if (d.descr.kind === "float") return newFloat(v as number);
  if (d.descr.kind === "char") {
    const cp = v as number;
    if (cp > 0x10ffff) {
      raise(T.ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    }
    return newStr(String.fromCodePoint(cp));
  }
  return newInt(v);
}

/** ins1: convert first, then make room at `where` (clamped) and store. */
function ins1(o: HeapObject, where: number, v: HeapObject): void {
  const d = data(o);
  const raw = d.descr.convert(v);
  const n = d.n;
  resize(o, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  if (where < n) d.move(where + 1, where, n - where);
  d.set(where, raw);
}

/** array_iter_extend: append each item of the iterator (an error keeps those before it). */
function iterExtend(o: HeapObject, it: HeapObject): void {
  for (let v = iterNext(it); v !== null; v = iterNext(it)) {
    try {
      ins1(o, data(o).n, v);
    } finally {
      decref(v);
    }
  }
}

/** array_do_extend: another array of the same typecode, or any iterable. */
function doExtend(o: HeapObject, bb: HeapObject): void {
  if (!isArray(bb)) {
    const it = getIter(bb);
    try {
      iterExtend(o, it);
    } finally {
      decref(it);
    }
    return;
  }
  const d = data(o);
  const b = data(bb);
  if (b.descr !== d.descr) raise(T.TypeError, "can only extend with array of same kind");
  const old = d.n;
  const add = b.n;
  const src = b.view().slice();
  resize(o, old + add);
  d.bytes.set(src, old * d.descr.itemsize);
}

/** A slice of `o` as a new array, allocated exactly (array_slice / the stepped subscript). */
function sliceOf(o: HeapObject, start: number, step: number, length: number): HeapObject {
  const d = data(o);
  const r = newArray(d.descr, length);
  const s = d.descr.itemsize;
  const rd = data(r);
  if (step === 1) rd.bytes.set(d.bytes.subarray(start * s, (start + length) * s));
  else {
    for (let k = 0, i = start; k < length; k++, i += step) {
      rd.bytes.set(d.bytes.subarray(i * s, i * s + s), k * s);
    }
  }
  return r;
}

/** PyNumber_AsSsize_t(v, OverflowError) of an argument (insert's and pop's index). */
function asSsize(v: HeapObject): number {
  const x = asExactIndex(v);
  if (typeof x === "bigint") raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return x;
}

/** Python-level index to position, with `msg` for one outside the array. */
function position(d: ArrayData, key: HeapObject, msg: string): number {
  const x = asExactIndex(key);
  if (typeof x === "bigint") raise(T.IndexError, "cannot fit 'int' into an index-sized integer");
  let i = x;
  if (i < 0) i += d.n;
  if (i < 0 || i >= d.n) raise(T.IndexError, msg);
  return i;
}

function isIndexKey(key: HeapObject): boolean {
  return isInt(key) || lookup(typeOf(key), "__index__") !== null;
}

/** array_subscr. */
function subscript(o: HeapObject, key: HeapObject): HeapObject {
  const d = data(o);
  if (isIndexKey(key)) return box(d, position(d, key, "array index out of range"));
  if (key.type === sliceContract) {
    const b = sliceIndices(key, d.n);
    return sliceOf(o, b.start, b.step, b.length);
  }
  raise(T.TypeError, "array indices must be integers");
}

/** array_ass_subscr: `value` null deletes. */
function assignSubscript(o: HeapObject, key: HeapObject, value: HeapObject | null): void {
  const d = data(o);
  let start: number;
  let step: number;
  let length: number;
  let stop: number;
  if (isIndexKey(key)) {
    const i = position(d, key, "array assignment index out of range");
    if (value !== null) {
      d.set(i, d.descr.convert(value));
      return;
    }
    start = i;
    stop = i + 1;
    step = 1;
    length = 1;
  } else if (key.type === sliceContract) {
    const b = sliceIndices(key, d.n);
    ({ start, stop, step, length } = b);
  } else {
    raise(T.TypeError, "array indices must be integer");
  }
  let src: Uint8Array | null = null;
  let needed = 0;
  if (value !== null) {
    if (!isArray(value)) {
      raise(T.TypeError, `can only assign array (not "${typeName(value)}") to array slice`);
    }
    const v = data(value);
    if (v.descr !== d.descr) raise(T.TypeError, "bad argument type for built-in operation");
    src = v.view().slice(); // (a copy: the value may be this very array)
    needed = v.n;
  }
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (d.exports > 0 && needed !== length) {
    raise(T.BufferError, "cannot resize an array that is exporting buffers");
  }
  const s = d.descr.itemsize;
  if (step === 1) {
    const n = d.n;
    if (length > needed) {
      d.move(start + needed, stop, n - stop);
      resize(o, n + needed - length);
    } else if (length < needed) {
      resize(o, n + needed - length);
      d.move(start + needed, stop, n - stop);
    }
    if (src !== null) d.bytes.set(src, start * s);
    return;
  }
  if (needed === 0) {
    // Delete an extended slice: compact the kept items.
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (length - 1) - 1;
      step = -step;
    }
    const n = d.n;
    let w = start;
    for (let r = start; r < n; r++) {
      if (r >= start && (r - start) % step === 0 && (r - start) / step < length) continue;
      if (w !== r) d.move(w, r, 1);
      w++;
    }
    resize(o, n - length);
    return;
  }
  if (needed !== length) {
    raise(
      T.ValueError,
      `attempt to assign array of size ${needed} to extended slice of size ${length}`,
    );
  }
  for (let k = 0, i = start; k < length; k++, i += step) {
    d.bytes.set(src!.subarray(k * s, k * s + s), i * s);
  }
}

/**
 * Does item i equal `v` (PyObject_RichCompareBool(item, v, Py_EQ))? Plain numbers against
 * a numeric array, and str against 'u', compare without making the item.
 */
function itemEquals(d: ArrayData, i: number, v: HeapObject): boolean {
  const kind = d.descr.kind;
  if (kind !== "char" && (v.type === C.int || v.type === C.bool || v.type === C.float)) {
    // biome-ignore lint/suspicious/noDoubleEquals: a bigint and a number compare by value
    return d.get(i) == (v.p0 as Raw);
  }
  if (kind === "char" && v.type === C.str) return String.fromCodePoint(d.get(i) as number) === v.p0;
  const item = box(d, i);
  try {
    return compareBool(item, v, "==");
  } finally {
    decref(item);
  }
}

/** array_richcompare. */
function compare(
  a: HeapObject,
  b: HeapObject,
  op: "<" | "<=" | "==" | "!=" | ">" | ">=",
): HeapObject {
  const x = data(a);
  const y = data(b);
  if (x.n !== y.n && (op === "==" || op === "!=")) return newBool(op === "!=");
  const raw = (x.descr.kind === "char") === (y.descr.kind === "char");
  const n = Math.min(x.n, y.n);
  let i = 0;
  for (; i < n && i < x.n && i < y.n; i++) {
    if (raw) {
      // biome-ignore lint/suspicious/noDoubleEquals: a bigint and a number compare by value
      if (!(x.get(i) == y.get(i))) break;
      continue;
    }
    const p = box(x, i);
    const q = box(y, i);
    let eq: boolean;
    try {
      eq = compareBool(p, q, "==");
    } finally {
      decref(p);
      decref(q);
    }
    if (!eq) break;
  }
  if (i >= x.n || i >= y.n) {
    return newBool(cmpResult(x.n - y.n, op));
  }
  if (op === "==") return newBool(false);
  if (op === "!=") return newBool(true);
  if (raw) {
    const p = x.get(i);
    const q = y.get(i);
    return newBool(op === "<" ? p < q : op === "<=" ? p <= q : op === ">" ? p > q : p >= q);
  }
  const p = box(x, i);
  const q = box(y, i);
  try {
    return richCompare(p, q, op);
  } finally {
    decref(p);
    decref(q);
  }
}

/** array_repr: `array('i', [1, 2])`, `array('u', 'ab')`, `array('d')`. */
function arrayRepr(o: HeapObject): string {
  const d = data(o);
  const code = d.descr.code;
  if (d.n === 0) return `array('${code}')`;
  const v = code === "u" ? newStr(toUnicode(d)) : toList(d);
  try {
    return `array('${code}', ${repr(v)})`;
  } finally {
    decref(v);
  }
}

function toList(d: ArrayData): HeapObject {
  const items: HeapObject[] = [];
  for (let i = 0; i < d.n; i++) items.push(box(d, i));
  return newList(items);
}

function toUnicode(d: ArrayData): string {
  let s = "";
  for (let i = 0; i < d.n; i++) {
    const cp = d.get(i) as number;
    if (cp > 0x10ffff) {
      raise(T.ValueError, `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`);
    }
    s += String.fromCodePoint(cp);
  }
  return s;
}

/** array_array_frombytes: any bytes-like object, a whole number of items. */
function fromBytes(o: HeapObject, buffer: HeapObject): void {
  const src = bufferProviders.data(buffer);
  if (src === null) {
    raise(T.TypeError, `a bytes-like object is required, not '${typeName(buffer)}'`);
  }
  if (isArray(buffer) && data(buffer).descr.itemsize !== 1) {
    raise(T.TypeError, "a bytes-like object is required");
  }
  const d = data(o);
  const s = d.descr.itemsize;
  if (src.length % s !== 0) raise(T.ValueError, "bytes length not a multiple of item size");
  const n = src.length / s;
  if (n > 0) {
    const copy = src.slice();
    const old = d.n;
    resize(o, old + n);
    d.bytes.set(copy, old * s);
  }
}

/** Repeat the first `size` items to fill `total` items (_PyBytes_Repeat). */
function repeatFill(d: ArrayData, size: number, total: number): void {
  const s = d.descr.itemsize;
  for (let done = size; done < total; ) {
    const k = Math.min(done, total - done);
    d.bytes.copyWithin(done * s, 0, k * s);
    done += k;
  }
}

/** Does an operand's type define the reflected method in Python (so it answers first)? */
function pythonReflected(other: HeapObject, name: string): boolean {
  const f = lookup(typeOf(other), name);
  return f !== null && f.type === C.function;
}

/** The repeat count of `*` (sequence_repeat), or null to leave it to the other operand. */
function repeatCount(other: HeapObject): number | null {
  if (!isIndexKey(other)) {
    if (pythonReflected(other, "__rmul__")) return null;
    raise(T.TypeError, `can't multiply sequence by non-int of type '${typeName(other)}'`);
  }
  const n = asExactIndex(other);
  if (typeof n === "bigint" && (n < -(2n ** 63n) || n >= 2n ** 63n)) {
    raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return Math.max(0, Number(n));
}

/** array_repeat: a new array of the items n times, allocated exactly. */
function repeat(o: HeapObject, n: number): HeapObject {
  const d = data(o);
  const size = d.n;
  if (size > 0 && n > MAX_BYTES / (size * d.descr.itemsize)) memoryError();
  const r = newArray(d.descr, size * n);
  const rd = data(r);
  if (size * n > 0) {
    rd.bytes.set(d.view());
    repeatFill(rd, size, size * n);
  }
  return r;
}

// ---------------------------------------------------------------- argument checks

function noKeywords(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
}

/** METH_O. */
function one(name: string, args: HeapObject[], kw: string[] | null): HeapObject {
  noKeywords(`array.${name}`, kw);
  if (args.length !== 1) {
    raise(T.TypeError, `array.${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0]!;
}

/** METH_NOARGS. */
function noArgs(name: string, args: HeapObject[], kw: string[] | null): void {
  noKeywords(`array.${name}`, kw);
  if (args.length !== 0) {
    raise(T.TypeError, `array.${name}() takes no arguments (${args.length} given)`);
  }
}

/** _PyArg_CheckPositional. */
function positional(
  name: string,
  args: HeapObject[],
  kw: string[] | null,
  min: number,
  max: number,
): void {
  noKeywords(name, kw);
  const n = args.length;
  if (n < min) {
    raise(
      T.TypeError,
      min === max
        ? `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`
        : `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`,
    );
  }
  if (n > max) {
    raise(
      T.TypeError,
      min === max
        ? `${name} expected ${max} argument${max === 1 ? "" : "s"}, got ${n}`
        : `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`,
    );
  }
}

// ---------------------------------------------------------------- construction

/** array_new: array(typecode[, initializer]). */
function construct(_cls: HeapObject, args: HeapObject[], kw: string[] | null): HeapObject {
  if (kw !== null && kw.length > 0) raise(T.TypeError, "array.array() takes no keyword arguments");
  if (args.length < 1) {
    raise(T.TypeError, `array() takes at least 1 argument (${args.length} given)`);
  }
  if (args.length > 2) {
    raise(T.TypeError, `array() takes at most 2 arguments (${args.length} given)`);
  }
  const tc = args[0]!;
  const code = isStr(tc) ? (tc.p0 as string) : "";
  if (!isStr(tc) || [...code].length !== 1) {
    raise(T.TypeError, `array() argument 1 must be a unicode character, not ${typeName(tc)}`);
  }
  let initial: HeapObject | null = args[1] ?? null;
  if (initial !== null && code !== "u") {
    if (isStr(initial)) {
      raise(T.TypeError, `cannot use a str to initialize an array with typecode '${code}'`);
    }
    if (isArray(initial) && data(initial).descr.code === "u") {
      raise(
        T.TypeError,
        `cannot use a unicode array to initialize an array with typecode '${code}'`,
      );
    }
  }
  let it: HeapObject | null = null;
  if (
    initial !== null &&
    !(
      initial.type === C.list ||
      initial.type.layout === C.list ||
      initial.type.layout === C.tuple ||
      initial.type.layout === C.bytes ||
      initial.type.layout === C.bytearray ||
      (code === "u" && isStr(initial)) ||
      (isArray(initial) && data(initial).descr.code === code)
    )
  ) {
    it = getIter(initial);
    initial = null;
  }
  try {
    const descr = BY_CODE.get(code);
    if (descr === undefined) {
      raise(T.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    }
    let len = 0;
    if (initial !== null) {
      const l = initial.type.layout;
      if (l === C.list || l === C.tuple) len = (initial.p0 as HeapObject[]).length;
      else if (isArray(initial)) len = data(initial).n;
    }
    const a = newArray(descr, len);
    try {
      const d = data(a);
      if (initial === null) {
        // (an empty array, or one filled from the iterator below)
      } else if (isArray(initial)) {
        d.bytes.set(data(initial).view());
      } else if (initial.type.layout === C.list || initial.type.layout === C.tuple) {
        for (let i = 0; i < len; i++) {
          const items = initial.p0 as HeapObject[];
          if (i >= items.length) raise(T.IndexError, "list index out of range");
          d.set(i, descr.convert(items[i]!));
        }
      } else if (isStr(initial)) {
        const cps = Array.from(initial.p0 as string, (c) => c.codePointAt(0)!);
        if (cps.length > 0) {
          reallocate(a, d, cps.length);
          d.n = cps.length;
          for (let i = 0; i < cps.length; i++) d.set(i, cps[i]!);
        }
      } else {
        fromBytes(a, initial);
      }
      if (it !== null) iterExtend(a, it);
      return a;
    } catch (e) {
      decref(a);
      throw e;
    }
  } finally {
    if (it !== null) decref(it);
  }
}

// ---------------------------------------------------------------- the type

function installArrayType(): void {
  const t = installNativeType({
    module: "array",
    qualname: "array",
    contract: arrayContract,
    construct,
    dunders: true,
    fromSpec: true,
  });
  Types.array = t;
  const info = typeInfo(t);
  info.dict.set("__hash__", incRef(S.None));
  nativeStorageSizes.set(arrayContract, (o) => {
    const d = o.p0 as ArrayData | null;
    return d === null ? 0 : d.allocated * d.descr.itemsize;
  });

  bufferProviders.exporters.set(arrayContract, {
    data: (o) => data(o).view(),
    format: (o) => data(o).descr.code,
    acquire: (o) => {
      data(o).exports++;
    },
    release: (o) => {
      data(o).exports--;
    },
  });

  const it = installNativeType({
    module: "array",
    qualname: "arrayiterator",
    contract: iterContract,
    fromSpec: true,
  });
  Types.iter = it;
  defineIteratorSlots(it);
  extraIterators.set(iterContract, (iter) => {
    const a = iter.p0 as HeapObject | null;
    if (a === null) return null;
    const d = data(a);
    const k = iter.p1 as number;
    if (k < d.n) {
      iter.p1 = k + 1;
      return box(d, k);
    }
    iter.p0 = null;
    decref(a);
    return null;
  });

  defineMethod(it, "__reduce__", (args, kw, self) => {
    noArgs("arrayiterator.__reduce__", args, kw);
    const a = self!.p0 as HeapObject | null;
    const iter = builtin("iter");
    if (a === null) return newTuple([iter, newTuple([newTuple([])])]);
    return newTuple([iter, newTuple([incRef(a)]), newInt(self!.p1 as number)]);
  });
  defineMethod(it, "__setstate__", (args, kw, self) => {
    const state = one("arrayiterator.__setstate__", args, kw);
    let index = ssizeState(state);
    const a = self!.p0 as HeapObject | null;
    if (a !== null) {
      if (index < 0) index = 0;
      else if (index > data(a).n) index = data(a).n;
      self!.p1 = index;
    }
    return none();
  });

  const method = (
    name: string,
    impl: (self: HeapObject, args: HeapObject[], kw: string[] | null) => HeapObject,
  ) => defineMethod(t, name, (args, kw, self) => impl(self!, args, kw));

  nativeAttrs.set(
    arrayContract,
    new Map([
      ["typecode", (o: HeapObject) => newStr(data(o).descr.code)],
      ["itemsize", (o: HeapObject) => newInt(data(o).descr.itemsize)],
    ]),
  );
  nativeRepr.set(arrayContract, arrayRepr);

  // The sequence protocol (sq_*, mp_*), dispatched through the namespace.
  method("__len__", (self) => newInt(data(self).n));
  method("__getitem__", (self, args) => subscript(self, args[0]!));
  method("__setitem__", (self, args) => {
    assignSubscript(self, args[0]!, args[1]!);
    return none();
  });
  method("__delitem__", (self, args) => {
    assignSubscript(self, args[0]!, null);
    return none();
  });
  method("__contains__", (self, args) => {
    const d = data(self);
    for (let i = 0; i < d.n; i++) if (itemEquals(d, i, args[0]!)) return newBool(true);
    return newBool(false);
  });
  method("__iter__", (self) => {
    self.refcnt++;
    const iter = heap.alloc(iterContract, self, 0);
    holdType(Types.iter);
    heap.track(iter);
    return iter;
  });
  method("__repr__", (self) => newStr(arrayRepr(self)));
  method("__sizeof__", (self) => {
    const d = data(self);
    return newInt(ARRAY_BASIC + d.allocated * d.descr.itemsize);
  });
  method("__add__", (self, args) => {
    const other = args[0]!;
    if (!isArray(other)) {
      if (pythonReflected(other, "__radd__")) return incRef(S.NotImplemented);
      raise(T.TypeError, `can only append array (not "${typeName(other)}") to array`);
    }
    const d = data(self);
    const b = data(other);
    if (b.descr !== d.descr) raise(T.TypeError, "bad argument type for built-in operation");
    if ((d.n + b.n) * d.descr.itemsize > MAX_BYTES) memoryError();
    const r = newArray(d.descr, d.n + b.n);
    const rd = data(r);
    rd.bytes.set(d.view());
    rd.bytes.set(b.view(), d.n * d.descr.itemsize);
    return r;
  });
  method("__iadd__", (self, args) => {
    const other = args[0]!;
    if (!isArray(other)) {
      raise(T.TypeError, `can only extend array with array (not "${typeName(other)}")`);
    }
    doExtend(self, other);
    return incRef(self);
  });
  method("__mul__", (self, args) => {
    const n = repeatCount(args[0]!);
    return n === null ? incRef(S.NotImplemented) : repeat(self, n);
  });
  method("__rmul__", (self, args) => {
    const n = repeatCount(args[0]!);
    return n === null ? incRef(S.NotImplemented) : repeat(self, n);
  });
  method("__imul__", (self, args) => {
    const n = repeatCount(args[0]!);
    if (n === null) return incRef(S.NotImplemented);
    // array_inplace_repeat
    const d = data(self);
    const size = d.n;
    if (size > 0 && n !== 1) {
      if (n > 0 && n > MAX_BYTES / (size * d.descr.itemsize)) memoryError();
      resize(self, n * size);
      repeatFill(d, size, n * size);
    }
    return incRef(self);
  });
  for (const [name, op] of [
    ["__lt__", "<"],
    ["__le__", "<="],
    ["__eq__", "=="],
    ["__ne__", "!="],
    ["__gt__", ">"],
    ["__ge__", ">="],
  ] as const) {
    method(name, (self, args) => {
      const other = args[0]!;
      if (!isArray(self) || !isArray(other)) return incRef(S.NotImplemented);
      return compare(self, other, op);
    });
  }

  // Methods.
  method("append", (self, args, kw) => {
    ins1(self, data(self).n, one("append", args, kw));
    return none();
  });
  method("extend", (self, args, kw) => {
    doExtend(self, one("extend", args, kw));
    return none();
  });
  method("insert", (self, args, kw) => {
    positional("insert", args, kw, 2, 2);
    ins1(self, asSsize(args[0]!), args[1]!);
    return none();
  });
  method("pop", (self, args, kw) => {
    positional("pop", args, kw, 0, 1);
    const d = data(self);
    let i = args.length > 0 ? asSsize(args[0]!) : -1;
    if (d.n === 0) raise(T.IndexError, "pop from empty array");
    if (i < 0) i += d.n;
    if (i < 0 || i >= d.n) raise(T.IndexError, "pop index out of range");
    const v = box(d, i);
    try {
      delSlice(self, i, i + 1);
    } catch (e) {
      decref(v);
      throw e;
    }
    return v;
  });
  method("remove", (self, args, kw) => {
    const v = one("remove", args, kw);
    const d = data(self);
    for (let i = 0; i < d.n; i++) {
      if (itemEquals(d, i, v)) {
        delSlice(self, i, i + 1);
        return none();
      }
    }
    raise(T.ValueError, "array.remove(x): x not in array");
  });
  method("index", (self, args, kw) => {
    positional("index", args, kw, 1, 3);
    const d = data(self);
    const clampIndex = (o: HeapObject | undefined, dflt: number): number => {
      if (o === undefined) return dflt;
      let i = asIndex(o);
      if (i < 0) {
        i += d.n;
        if (i < 0) i = 0;
      }
      return i;
    };
    const start = clampIndex(args[1], 0);
    const stop = clampIndex(args[2], Number.MAX_SAFE_INTEGER);
    for (let i = start; i < stop && i < d.n; i++) {
      if (itemEquals(d, i, args[0]!)) return newInt(i);
    }
    raise(T.ValueError, "array.index(x): x not in array");
  });
  method("count", (self, args, kw) => {
    const v = one("count", args, kw);
    const d = data(self);
    let n = 0;
    for (let i = 0; i < d.n; i++) if (itemEquals(d, i, v)) n++;
    return newInt(n);
  });
  method("reverse", (self, args, kw) => {
    noArgs("reverse", args, kw);
    const d = data(self);
    for (let i = 0, j = d.n - 1; i < j; i++, j--) {
      const x = d.get(i);
      d.set(i, d.get(j));
      d.set(j, x);
    }
    return none();
  });
  method("byteswap", (self, args, kw) => {
    noArgs("byteswap", args, kw);
    const d = data(self);
    const s = d.descr.itemsize;
    for (let i = 0; i < d.n; i++) d.bytes.subarray(i * s, i * s + s).reverse();
    return none();
  });
  method("tobytes", (self, args, kw) => {
    noArgs("tobytes", args, kw);
    return newBytes(data(self).view().slice());
  });
  method("frombytes", (self, args, kw) => {
    fromBytes(self, one("frombytes", args, kw));
    return none();
  });
  method("tofile", (self, args, kw) => {
    const f = one("tofile", args, kw);
    // array_array_tofile: the items written in blocks of 64 KiB.
    const bytes = data(self).view().slice();
    const BLOCK = 64 * 1024;
    for (let at = 0; at < bytes.length; at += BLOCK) {
      const chunk = newBytes(bytes.slice(at, at + BLOCK));
      try {
        decref(callMethod(f, "write", [chunk]));
      } finally {
        decref(chunk);
      }
    }
    return none();
  });
  method("fromfile", (self, args, kw) => {
    positional("fromfile", args, kw, 2, 2);
    const n = asSsize(args[1]!);
    if (n < 0) raise(T.ValueError, "negative count");
    const itemsize = data(self).descr.itemsize;
    if (n > MAX_BYTES / itemsize) memoryError();
    const nbytes = n * itemsize;
    const want = newInt(nbytes);
    let b: HeapObject;
    try {
      b = callMethod(args[0]!, "read", [want]);
    } finally {
      decref(want);
    }
    try {
      if (b.type.layout !== C.bytes) raise(T.TypeError, "read() didn't return bytes");
      const short = (b.p0 as Uint8Array).length !== nbytes;
      fromBytes(self, b);
      if (short) raise(T.EOFError, "read() didn't return enough bytes");
    } finally {
      decref(b);
    }
    return none();
  });
  method("tolist", (self, args, kw) => {
    noArgs("tolist", args, kw);
    return toList(data(self));
  });
  method("fromlist", (self, args, kw) => {
    const list = one("fromlist", args, kw);
    if (list.type.layout !== C.list) raise(T.TypeError, "arg must be list");
    const items = list.p0 as HeapObject[];
    const n = items.length;
    if (n > 0) {
      const d = data(self);
      const old = d.n;
      resize(self, old + n);
      for (let i = 0; i < n; i++) {
        const v = items[i]!;
        let raw: Raw;
        try {
          raw = d.descr.convert(v);
        } catch (e) {
          resize(self, old);
          throw e;
        }
        d.set(old + i, raw);
      }
    }
    return none();
  });
  method("tounicode", (self, args, kw) => {
    noArgs("tounicode", args, kw);
    const d = data(self);
    if (d.descr.code !== "u") {
      raise(T.ValueError, "tounicode() may only be called on unicode type arrays");
    }
    return newStr(toUnicode(d));
  });
  method("fromunicode", (self, args, kw) => {
    const s = one("fromunicode", args, kw);
    if (!isStr(s)) raise(T.TypeError, `fromunicode() argument must be str, not ${typeName(s)}`);
    const d = data(self);
    if (d.descr.code !== "u") {
      raise(T.ValueError, "fromunicode() may only be called on unicode type arrays");
    }
    const cps = Array.from(s.p0 as string, (c) => c.codePointAt(0)!);
    if (cps.length > 0) {
      const old = d.n;
      resize(self, old + cps.length);
      for (let i = 0; i < cps.length; i++) d.set(old + i, cps[i]!);
    }
    return none();
  });
  method("buffer_info", (self, args, kw) => {
    noArgs("buffer_info", args, kw);
    // NOT-CPYTHON: the address is the object's own plus its header (stable per array, where
    // CPython's ob_item moves on reallocation).
    return newTuple([newInt(addressHook.of(self) + ARRAY_BASIC), newInt(data(self).n)]);
  });
  const copy = (self: HeapObject) => {
    const d = data(self);
    return sliceOf(self, 0, 1, d.n);
  };
  method("__copy__", (self, args, kw) => {
    noArgs("__copy__", args, kw);
    return copy(self);
  });
  method("__deepcopy__", (self, args, kw) => {
    one("__deepcopy__", args, kw);
    return copy(self);
  });
  method("__reduce_ex__", (self, args, kw) => {
    const p = one("__reduce_ex__", args, kw);
    if (!isInt(p)) raise(T.TypeError, "__reduce_ex__ argument should be an integer");
    const protocol = asIndex(p);
    const d = data(self);
    if (protocol < 3) {
      return newTuple([
        incRef(typeOf(self)),
        newTuple([newStr(d.descr.code), toList(d)]),
        incRef(S.None),
      ]);
    }
    return newTuple([
      incRef(Reconstructor.fn),
      newTuple([
        incRef(typeOf(self)),
        newStr(d.descr.code),
        newInt(d.descr.mformat),
        newBytes(d.view().slice()),
      ]),
      incRef(S.None),
    ]);
  });
}

/** array_del_slice: delete items [lo, hi) (pop and remove). */
function delSlice(o: HeapObject, lo: number, hi: number): void {
  const d = data(o);
  const n = d.n;
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  const k = hi - lo;
  if (k !== 0 && d.exports > 0) {
    raise(T.BufferError, "cannot resize an array that is exporting buffers");
  }
  if (k > 0) {
    d.move(lo, hi, n - hi);
    resize(o, n - k);
  }
}

const Reconstructor = { fn: null as unknown as HeapObject };

/**
 * array._array_reconstructor(arraytype, typecode, mformat_code, items): what
 * __reduce_ex__ (protocol 3 and up) pickles an array as.
 */
function reconstruct(args: HeapObject[]): HeapObject {
  if (args.length !== 4) {
    raise(T.TypeError, `_array_reconstructor expected 4 arguments, got ${args.length}`);
  }
  const [type, tc, mf, items] = args as [HeapObject, HeapObject, HeapObject, HeapObject];
  if (typeOf(type) !== T.type && !typeInfo(typeOf(type)).mro.includes(T.type!)) {
    raise(T.TypeError, `first argument must be a type object, not ${typeName(type)}`);
  }
  if (!typeInfo(type).mro.includes(Types.array)) {
    raise(T.TypeError, `${typeInfo(type).name} is not a subtype of array.array`);
  }
  const code = isStr(tc) ? (tc.p0 as string) : "";
  const descr = BY_CODE.get(code);
  if (descr === undefined) raise(T.ValueError, "second argument must be a valid type code");
  const m = asIndex(mf);
  if (m < 0 || m > 21) raise(T.ValueError, "third argument must be a valid machine format code.");
  if (items.type.layout !== C.bytes) {
    raise(T.TypeError, `fourth argument should be bytes, not ${typeName(items)}`);
  }
  if (m !== descr.mformat) {
    raise(
      T.NotImplementedError,
      "array._array_reconstructor: converting between machine formats is not supported here",
    );
  }
  const a = construct(type, [tc], null);
  try {
    fromBytes(a, items);
  } catch (e) {
    decref(a);
    throw e;
  }
  return a;
}

declareModule("array", (m) => {
  if (Types.array === null) {
    installArrayType();
    Reconstructor.fn = newBuiltin("_array_reconstructor", (args, kw) => {
      noKeywords("_array_reconstructor", kw);
      return reconstruct(args);
    });
  }
  defineValue(m, "array", Types.array);
  defineValue(m, "ArrayType", Types.array);
  const codes = newStr(TYPECODES);
  defineValue(m, "typecodes", codes);
  decref(codes);
  defineValue(m, "_array_reconstructor", Reconstructor.fn);
});
