/**
 * type.__basicsize__, __itemsize__, __dictoffset__, __weakrefoffset__ and __flags__: the
 * numbers 64-bit CPython 3.11 gives a type's layout (tp_basicsize, tp_itemsize,
 * tp_dictoffset, tp_weaklistoffset, tp_flags), and __text_signature__.
 *
 * A builtin type's are data measured from python3 (typenamespace-data.ts, by
 * scripts/gen-type-namespaces.py). A class's follow type_new_descriptors from its tp_base's:
 * its own __slots__ after the base's basic size, then a weakref pointer and a dict (the
 * dict "managed", before the object, unless the base's items are of variable size), each
 * only when the base has none; what it does not add it inherits (inherit_special). Its
 * flags are type_new's plus what it inherits from tp_base.
 *
 * Py_TPFLAGS_VALID_VERSION_TAG is set when the type attribute cache gives a class a
 * version tag — its first lookup through the cache, which tags its bases too
 * (assign_version_tag) — and cleared when the class or a base is modified
 * (PyType_Modified). NOT-CPYTHON: a builtin type keeps the bit a fresh python3 start-up
 * shows, and the lookups that tag a class are pygc's, which are mostly but not always
 * CPython's.
 */
import { type HeapObject, TypeFlag } from "../engine/index.js";
import { TYPE_LAYOUT, TYPE_SIGNATURES } from "./typenamespace-data.js";
import { type TypeInfo, typeInfo } from "./typeobject.js";
import { T } from "./types.js";

/** Py_TPFLAGS bits (Include/object.h). */
const MANAGED_DICT = 1 << 4;
const SEQUENCE = 1 << 5;
const MAPPING = 1 << 6;
const IMMUTABLETYPE = 1 << 8;
const HEAPTYPE = 1 << 9;
const BASETYPE = 1 << 10;
const READY = 1 << 12;
const HAVE_GC = 1 << 14;
export const VALID_VERSION_TAG = 1 << 19;
const IS_ABSTRACT = 1 << 20;
const MATCH_SELF = 1 << 22;
/** Py_TPFLAGS_LONG_SUBCLASS … Py_TPFLAGS_TYPE_SUBCLASS (bits 24-31). */
const FAST_SUBCLASS = 0xff000000;

/** What a layout is made of, tp_flags included (a non-negative number: bit 31 may be set). */
interface Layout {
  basicsize: number;
  itemsize: number;
  dictoffset: number;
  weaklistoffset: number;
  flags: number;
}

/** tp_name after its last dot: the data's key. */
function shortName(info: TypeInfo): string {
  return info.name.slice(info.name.lastIndexOf(".") + 1);
}

/** A builtin type pygc has that python3's data lacks: a plain static type. */
function fallbackLayout(type: HeapObject): Layout {
  const info = typeInfo(type);
  const isGC = (info.contract.flags & TypeFlag.GC) !== 0;
  const base = info.acceptableBase ? BASETYPE : 0;
  return {
    basicsize: info.contract.basicSize - (isGC ? 16 : 0),
    itemsize: 0,
    dictoffset: 0,
    weaklistoffset: 0,
    flags: READY | IMMUTABLETYPE | base | (isGC ? HAVE_GC : 0),
  };
}

/** type_new_descriptors and inherit_special for a class (a heap type). */
function classLayout(info: TypeInfo): Layout {
  const base = layoutOf(info.base ?? T.object);
  let offset = base.basicsize + 8 * (info.slots?.length ?? 0);
  let weaklistoffset = base.weaklistoffset;
  let dictoffset = base.dictoffset;
  let flags = HEAPTYPE | BASETYPE | READY | HAVE_GC;
  if (info.weakrefable && base.weaklistoffset === 0 && base.itemsize === 0) {
    weaklistoffset = offset;
    offset += 8;
  }
  if (info.hasDict && base.dictoffset === 0) {
    if (base.itemsize !== 0) {
      dictoffset = -8;
      offset += 8;
    } else {
      flags |= MANAGED_DICT;
      dictoffset = -offset - 24;
    }
  } else flags |= base.flags & MANAGED_DICT;
  flags |= info.collectionFlags & (SEQUENCE | MAPPING);
  if (info.abstract) flags |= IS_ABSTRACT;
  if (info.versionTag) flags |= VALID_VERSION_TAG;
  // (>>> 0: bit 31, Py_TPFLAGS_TYPE_SUBCLASS, keeps the number positive)
  flags = (flags | (base.flags & (MATCH_SELF | FAST_SUBCLASS))) >>> 0;
  return { basicsize: offset, itemsize: base.itemsize, dictoffset, weaklistoffset, flags };
}

/**
 * A type a class statement (or type()) made: a heap type with its tp_bases tuple (some
 * builtin types pygc marks heapType to dispatch their special methods by namespace).
 */
function isClass(info: TypeInfo): boolean {
  return info.heapType && info.basesTuple !== null;
}

/** Py_TPFLAGS_MANAGED_DICT: the class's instances keep their __dict__ in its shared keys. */
export function managesDict(type: HeapObject): boolean {
  return (layoutOf(type).flags & MANAGED_DICT) !== 0;
}

/** The layout numbers of `type`. */
export function layoutOf(type: HeapObject): Layout {
  const info = typeInfo(type);
  if (isClass(info)) return classLayout(info);
  const data = TYPE_LAYOUT[shortName(info)];
  if (data === undefined) return fallbackLayout(type);
  const [basicsize, itemsize, dictoffset, weaklistoffset, flags] = data as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { basicsize, itemsize, dictoffset, weaklistoffset, flags };
}

/**
 * type_get_text_signature: the signature line of a builtin type's tp_doc (data), or of a
 * class's __doc__ when that starts with `Name(...)` and a `--` line
 * (_PyType_GetTextSignatureFromInternalDoc); null for None.
 */
export function typeTextSignature(type: HeapObject, doc: string | null): string | null {
  const info = typeInfo(type);
  if (!isClass(info)) return TYPE_SIGNATURES[shortName(info)] ?? null;
  return doc === null ? null : textSignatureFromDoc(info.name, doc);
}

/**
 * _PyType_GetTextSignatureFromInternalDoc (find_signature, skip_signature): `doc` starting
 * with `name(`, whose signature ends with ")\n--\n\n" before any blank line, gives the
 * text from "(" to ")"; otherwise null.
 */
export function textSignatureFromDoc(name: string, doc: string): string | null {
  const short = name.slice(name.lastIndexOf(".") + 1);
  if (!doc.startsWith(short) || doc[short.length] !== "(") return null;
  const start = short.length;
  const end = doc.indexOf(")\n--\n\n", start);
  if (end < 0) return null;
  const blank = doc.indexOf("\n\n", start);
  return blank >= 0 && blank < end ? null : doc.slice(start, end + 1);
}
