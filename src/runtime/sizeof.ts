/**
 * The size model behind `sys.getsizeof` (64-bit CPython 3.11.7; memory-model §6).
 *
 * Technique: sizes are computed, never measured. Each builtin kind has CPython's formula
 * (`tp_basicsize + n * tp_itemsize` plus what its `__sizeof__` adds: a list's allocated
 * capacity, a dict's keys table, a set's table, a str's compact layout); instances of
 * Python classes use their layout (managed dict, `__slots__`, weakref slot). Like
 * `_PySys_GetSizeOf`, `getsizeof` is `__sizeof__()` plus the pre-header (the GC header,
 * 16 bytes, and the managed-dict pointers, 16 more) — so a class's own `__sizeof__` is
 * honoured — and it is shallow: nothing an object points to is counted.
 */
import { type HeapObject, isGCObject, type ObjectType } from "../engine/index.js";
import { callSpecialBound, isInt } from "./abstract.js";
import { DictStore, splitDicts, splitDictsUsed } from "./dictstore.js";
import { PyRaise, raise } from "./errors.js";
import { decref } from "./heapref.js";
import { frozensetContract, SET_BASIC, setContract, setTableBytes } from "./set.js";
import { managesDict } from "./typelayout.js";
import { lookup, type TypeInfo, typeInfo, typeOf } from "./typeobject.js";
import { C, T } from "./types.js";

const GC_HEADER = 16;
const MANAGED_DICT = 16;

/** _PyType_PreHeaderSize: what lies before the object (GC links, managed dict pointers). */
export function preHeaderSize(obj: HeapObject): number {
  const info = typeInfo(typeOf(obj));
  let size = isGCObject(obj) ? GC_HEADER : 0;
  if (info.heapType && info.hasDict && managesDict(typeOf(obj))) size += MANAGED_DICT;
  return size;
}

/**
 * __sizeof__ of the builtin payload kinds that can be subclassed, from the base's own size
 * rule (GC header excluded); `extra` is what the subclass adds to tp_basicsize.
 */
const layoutSizes = new Map<unknown, (obj: HeapObject, extra: number) => number>([
  [C.list, (o, extra) => 40 + extra + 8 * (o.p1 as number)],
  [C.dict, (o, extra) => dictSize(o.p0 as DictStore) - GC_HEADER + extra],
  [C.float, (_o, extra) => 24 + extra],
  // unicode_sizeof: a subclass instance is not compact (PyUnicodeObject + its data).
  [C.str, (o, _extra) => strSubclassSize(o.p0 as string)],
]);

function strSubclassSize(s: string): number {
  const { n, max } = strShape(s);
  return 80 + (n + 1) * charKind(max);
}

/** sys.getsizeof of an instance of a Python subclass of a builtin (layout ≠ its type). */
function subclassSize(obj: HeapObject, info: TypeInfo): number {
  const lc = obj.type.layout;
  const slots = 8 * info.slotLayout.length;
  let body: number;
  const sized = layoutSizes.get(lc);
  if (sized !== undefined) {
    // tp_basicsize grows by the slots and a weakref pointer the base lacks.
    body = sized(obj, slots + (info.weakrefable ? 8 : 0));
  } else if (lc === C.tuple) {
    body = 24 + slots + (info.hasDict ? 8 : 0) + 8 * (obj.p0 as HeapObject[]).length;
  } else if (lc === C.bytes) {
    body = 33 + (obj.p0 as Uint8Array).length + slots + (info.hasDict ? 8 : 0);
  } else if (lc === C.int) {
    body = intSize(obj.p0 as number | bigint); // int___sizeof__ ignores tp_basicsize
  } else {
    // set and frozenset are weakly referenceable already.
    body = SET_BASIC - GC_HEADER + setTableBytes(obj) + slots;
  }
  return body + preHeaderSize(obj);
}

/** int: 24 + 4 per 30-bit digit (zero has one digit). */
function intSize(v: number | bigint): number {
  let big = typeof v === "bigint" ? v : BigInt(v);
  if (big < 0n) big = -big;
  let digits = 0;
  while (big > 0n) {
    big >>= 30n;
    digits++;
  }
  return 24 + 4 * Math.max(1, digits);
}

/** PyUnicode compact layouts: ASCII 48 + n + 1, else 72 + (n + 1) * kind. */
function strSize(s: string): number {
  const { n, max } = strShape(s);
  if (max < 0x80) return 49 + n;
  return 72 + (n + 1) * charKind(max);
}

/** The code-point count and the largest code point of `s`. */
function strShape(s: string): { n: number; max: number } {
  let max = 0;
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > max) max = cp;
    n++;
  }
  return { n, max };
}

/** Bytes per character of a str whose largest code point is `max` (1, 2 or 4). */
function charKind(max: number): number {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
}

/** dict_sizeof: 48 + 16 (GC) + the keys object (header, indices, entries) when it has one. */
function dictSize(store: DictStore): number {
  const split = splitOf(store);
  // dict_sizeof of a split dict: the object and a values slot for each of the class's
  // shared keys as they are now (the keys themselves are the class's).
  if (split !== null) return 64 + 8 * split.sharedSize;
  const s = store.tableSize;
  return s === 0 ? 64 : 64 + keysSize(s, store.unicodeKeys);
}

/**
 * The `__dict__` of an instance with inline values (3.11 make_dict_from_instance_attributes)
 * is a split dict: the class's shared keys and the instance's values array, which it
 * takes over. It stays split while its keys are strings the shared keys can hold.
 */
/** The instance's attributes `store` become a split dict (before its dict object is made). */
export function noteSplitDict(store: DictStore, info: TypeInfo): void {
  splitDicts.set(store, info);
  splitDictsUsed.on = true;
}

/** The class of a split dict's store, while it is one (str keys the shared keys can hold). */
function splitOf(store: DictStore): TypeInfo | null {
  if (!splitDictsUsed.on) return null; // (no instance __dict__ asked for yet: no lookup)
  const info = splitDicts.get(store) as TypeInfo | undefined;
  if (info === undefined) return null;
  if (store.unicodeKeys && store.size <= info.sharedSize) return info;
  splitDicts.delete(store);
  return null;
}

function keysSize(s: number, unicode: boolean): number {
  const indexBytes = s <= 128 ? 1 : s <= 2 ** 15 ? 2 : 4;
  return 32 + s * indexBytes + Math.floor((2 * s) / 3) * (unicode ? 16 : 24);
}

/** Fixed sizes of builtin kinds (getsizeof values, GC header included), by type name. */
const FIXED: Record<string, number> = {
  NoneType: 16,
  NotImplementedType: 16,
  ellipsis: 16,
  object: 16,
  float: 24,
  complex: 32,
  function: 152,
  builtin_function_or_method: 72,
  method_descriptor: 72,
  method: 64,
  cell: 40,
  module: 72,
  range: 48,
  slice: 56,
  classmethod: 48,
  staticmethod: 48,
  property: 80,
  super: 56,
  list_iterator: 48,
  tuple_iterator: 48,
  str_ascii_iterator: 48,
  range_iterator: 48,
  iterator: 48,
  set_iterator: 64,
  dict_keyiterator: 72,
  dict_valueiterator: 72,
  dict_itemiterator: 72,
  dict_keys: 40,
  dict_values: 40,
  dict_items: 40,
  enumerate: 72,
  zip: 64,
  "types.SimpleNamespace": 40,
  "weakref.ReferenceType": 80,
  "weakref.ProxyType": 80,
  "weakref.CallableProxyType": 80,
};

// ---------------------------------------------------------------- memory blocks

/**
 * The inline values array of an instance with a managed dict (3.11 `new_values`): for
 * `size` slots (TypeInfo.sharedSize when the instance was made), a prefix of size + 2
 * bytes rounded up to pointers, and size + 1 pointers.
 */
function inlineValuesBytes(size: number): number {
  return Math.ceil((size + 2) / 8) * 8 + 8 * (size + 1);
}

/** The instance keeps its attributes in 3.11's inline values (no `__dict__` object yet). */
export function hasInlineValues(obj: HeapObject): boolean {
  if (!(obj.p0 instanceof DictStore)) return false;
  const info = typeInfo(typeOf(obj));
  return info.heapType && info.hasDict && info.solidBase === T.object && obj.p1 === null;
}

/**
 * What CPython allocates separately from the object (tracemalloc sees a second block): a
 * list's items array (`ob_item`, realloc'ed by list_resize), a dict's keys table
 * (replaced by dictresize), an instance's inline values. 0 when there is none.
 */
export function storageSize(obj: HeapObject): number {
  const c = obj.type.layout;
  const native = nativeStorageSizes.get(c);
  if (native !== undefined) return native(obj);
  if (c === C.list) return 8 * (obj.p1 as number);
  if (c === C.bytearray) return (obj.p0 as { alloc: number }).alloc;
  if (c === setContract || c === frozensetContract) return setTableBytes(obj);
  if (c === C.dict) {
    const store = obj.p0 as DictStore | null;
    // (A split dict's values are the instance's block, its keys the class's.)
    return store === null || store.tableSize === 0 || splitOf(store) !== null
      ? 0
      : keysSize(store.tableSize, store.unicodeKeys);
  }
  if (obj.type.owner !== null && hasInlineValues(obj)) {
    return inlineValuesBytes(typeInfo(typeOf(obj)).sharedSize);
  }
  return 0;
}

/**
 * Types defined above the runtime whose objects own a separately allocated block (an
 * array's items): its size in bytes, by the instances' layout. Their own block is the
 * contract's basicSize (GC header included).
 */
export const nativeStorageSizes = new Map<ObjectType, (obj: HeapObject) => number>();

/**
 * The object's own block as the allocator sees it: `getsizeof` minus the separate
 * storage (GC header and pre-header are part of the block). Fast paths for the kinds a
 * program allocates most; a payload not filled in yet counts as the type's basic size.
 */
export function objectBlockSize(obj: HeapObject): number {
  const c = obj.type;
  if (c === C.int) {
    // One-digit ints come from _PyLong_FromMedium: sizeof(PyLongObject), padded to 32;
    // those of PyLong_FromSsize_t are exact (28, in p1: see newIntFromSsize).
    const v = obj.p0 as number | bigint;
    if (typeof v === "number") return obj.p1 === null ? 32 : (obj.p1 as number);
    return intSize(v);
  }
  if (c === C.str) return strSize(obj.p0 as string);
  if (c === C.float) return 24;
  if (c === C.bytes) return 33 + (obj.p0 as Uint8Array).length;
  if (c === C.bytearray) return 56;
  if (c === C.tuple) return 40 + 8 * (obj.p0 as HeapObject[]).length;
  if (c === C.list) return 56;
  if (c === C.dict) return 64;
  if (c.owner === null || nativeStorageSizes.has(c.layout)) return c.basicSize;
  if (hasInlineValues(obj)) return 48;
  try {
    return sizeOf(obj) - storageSize(obj);
  } catch {
    return c.basicSize; // NOT-CPYTHON: the payload is filled in after the allocation
  }
}

/** What `sys.getsizeof(obj)` reports when the type keeps object.__sizeof__. */
export function sizeOf(obj: HeapObject): number {
  const c = obj.type;
  if (c === C.int || c === C.bool) return intSize(obj.p0 as number | bigint);
  if (c === C.str) return strSize(obj.p0 as string);
  if (c === C.tuple) return 40 + 8 * (obj.p0 as HeapObject[]).length;
  if (c === C.list) return 56 + 8 * (obj.p1 as number);
  if (c === C.dict) return dictSize(obj.p0 as DictStore);
  const type = typeOf(obj);
  const info = type.p0 as TypeInfo;
  // type.__sizeof__: a PyHeapTypeObject (920), plus the shared keys its instances' dicts
  // use (768, ht_cached_keys) when they have a managed __dict__; a static type 424. (Also
  // for a class of a metaclass.)
  if (isTypeObject(obj)) {
    const ti = typeInfo(obj);
    if (!ti.heapType) return 424;
    return managesDict(obj) ? 1688 : 920;
  }
  if (c.layout !== c) return subclassSize(obj, info);
  if (info.name === "set" || info.name === "frozenset") {
    return SET_BASIC + setTableBytes(obj);
  }
  if (c === C.bytes) return 33 + (obj.p0 as Uint8Array).length;
  if (c === C.bytearray) return 56 + (obj.p0 as { alloc: number }).alloc;
  // BaseException: 72 + 16 (GC); a Python subclass adds a weakref slot.
  if (info.mro.includes(T.BaseException!)) return info.heapType ? 96 : 88;
  const fixed = FIXED[info.name];
  if (fixed !== undefined && !info.heapType) return fixed;
  return c.basicSize;
}

function isTypeObject(obj: HeapObject): boolean {
  const t = typeOf(obj);
  return t === T.type || (t.p0 as TypeInfo).mro.includes(T.type);
}

/** object.__sizeof__: the size without the pre-header. */
export function objectSizeof(obj: HeapObject): number {
  return sizeOf(obj) - preHeaderSize(obj);
}

/** The native object.__sizeof__ descriptor, once installed (to skip calling it). */
export const sizeofDescriptor = { object: null as HeapObject | null };

/** sys.getsizeof(obj[, default]): `__sizeof__()` plus the pre-header. A JS number. */
export function getSizeOf(obj: HeapObject, dflt: HeapObject | null): number | HeapObject {
  const f = lookup(typeOf(obj), "__sizeof__");
  if (f === null || f === sizeofDescriptor.object) return sizeOf(obj);
  let r: HeapObject;
  try {
    r = callSpecialBound(obj, "__sizeof__")!;
  } catch (e) {
    if (dflt !== null && e instanceof PyRaise && typeOf(e.exc) === T.TypeError) {
      decref(e.exc);
      dflt.refcnt++;
      return dflt;
    }
    throw e;
  }
  try {
    if (!isInt(r)) {
      if (dflt !== null) {
        dflt.refcnt++;
        return dflt;
      }
      raise(T.TypeError, "an integer is required");
    }
    const n = Number(r.p0);
    if (n < 0) raise(T.ValueError, "__sizeof__() should return >= 0");
    return n + preHeaderSize(obj);
  } finally {
    decref(r);
  }
}
