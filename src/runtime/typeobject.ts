/**
 * Type objects (CPython Objects/typeobject.c).
 *
 * A Python type is a HeapObject whose engine contract is `type`'s and whose `p0` holds a
 * `TypeInfo`: name, bases, MRO, the class namespace, and the engine contract its own
 * instances use. Every type, builtin or defined by a `class` statement, gets its own
 * engine contract whose `owner` points back at the type object, so `type(obj)` is
 * `obj.type.owner`.
 *
 * Instances of Python classes (`subtype_*` in CPython) keep their attributes in a Map in
 * `p0` (insertion order = CPython's inline-values order, so attributes are released in
 * the order they were set); `p1` is the `__dict__` object once someone asks for it
 * (sharing that Map), `p2` the `__slots__` values.
 */
import { type Heap, type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import { NamespaceStore } from "./dictstore.js";
import { decref, heap, incref, xdecref } from "./heapref.js";

export type NativeMethod = (
  self: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null,
) => HeapObject;

export class TypeInfo {
  name: string;
  qualname: string;
  module: string;
  /** Strong references: through `basesTuple` when there is one. */
  bases: HeapObject[];
  /** A class's tp_bases: the tuple object holding `bases` (null for builtin types). */
  basesTuple: HeapObject | null = null;
  /**
   * The method resolution order, starting with the type itself. A class statement's type
   * owns it through `mroTuple`; otherwise its entries past self are strong references.
   */
  mro: HeapObject[];
  /**
   * A class's tp_mro: the tuple object holding `mro` (self included, so every class is in
   * a reference cycle, freed by the collector as in CPython). Null for builtin types.
   */
  mroTuple: HeapObject | null = null;
  /** type_clear released `mroTuple`: `mro` still lists the types, but holds none of them. */
  mroCleared = false;
  /** A class's tp_base, the base whose layout it extends (a strong reference). */
  base: HeapObject | null = null;
  /** The class namespace (tp_dict). */
  dict: TypeDict;
  /** The engine contract of this type's instances. */
  contract: ObjectType;
  heapType: boolean;
  /**
   * A builtin type made as CPython makes it from a spec (PyType_FromSpec: functools.partial):
   * a heap type there, so the type object is a GC object, tracked.
   */
  gcType = false;
  /**
   * tp_subclasses: for each class made with this one as a base, in order, the class
   * (for identity only, not a reference) and the weak reference to it this type holds.
   */
  subclasses: { cls: HeapObject; ref: HeapObject | null }[] = [];
  /** Py_TPFLAGS_BASETYPE: a class statement may name it as a base. */
  acceptableBase = true;
  /** The builtin ancestor whose layout instances have (object, int, list, Exception, …). */
  solidBase: HeapObject | null;
  /** __slots__ names declared by this class (null: instances have a __dict__). */
  slots: string[] | null;
  /** All slot names of the instance layout, bases first. */
  slotLayout: string[];
  /**
   * The slots' indices in the order subtype_traverse and clear_slots visit them: this
   * class's own first, then its base's, and so on up.
   */
  slotOrder: number[] = [];
  hasDict: boolean;
  weakrefable: boolean;
  /**
   * The class's shared keys (ht_cached_keys), as far as the size of its instances' inline
   * values depends on them: `sharedSize` is dk_nentries + dk_usable (30 for a new class,
   * one less for each instance made while dk_usable > 1), `sharedEntries` the attribute
   * names they hold, as many as the fullest instance made so far had (`lastValues`, the
   * previous instance's attributes, is looked at when the next one is made).
   */
  sharedSize = 30;
  sharedEntries = 0;
  lastValues: unknown = null;
  /** The shared keys are down to one spare slot: their size stays as it is. */
  sharedFloor = false;
  /** Bumped on every change to this type's namespace or a base's (method caches). */
  version = 0;
  /** `lookup` results (null: absent), valid while `cacheEpoch` equals `lookupEpoch.n`. */
  cache: Map<string, HeapObject | null> | null = null;
  cacheEpoch = -1;
  /**
   * Calling the class (type_call), valid while `ctorEpoch` equals `lookupEpoch.n`: its
   * instances come from object.__new__ as plain instances, and `ctorInit` is the __init__
   * to call (borrowed from the namespace), or null for object.__init__.
   */
  ctorEpoch = -1;
  ctorInit: HeapObject | null = null;
  /**
   * Py_TPFLAGS_IS_ABSTRACT: set by assigning a true `__abstractmethods__` (ABCMeta does),
   * cleared by a false one or its deletion; object.__new__ then refuses to make instances.
   */
  abstract = false;
  /**
   * A class's Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bits (PATMA_SEQUENCE, PATMA_MAPPING)
   * for match statements: its base's when made, then an ABC's (`__abc_tpflags__`, register).
   */
  collectionFlags = 0;
  /**
   * Py_TPFLAGS_VALID_VERSION_TAG of a class: the type attribute cache gave it a version
   * tag (its first lookup, which tags its bases too) and no change has since cleared it
   * (typelayout.ts).
   */
  versionTag = false;

  constructor(name: string, contract: ObjectType) {
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = [];
    this.mro = [];
    this.dict = new TypeDict();
    this.contract = contract;
    this.heapType = false;
    this.solidBase = null;
    this.slots = null;
    this.slotLayout = [];
    this.hasDict = false;
    this.weakrefable = false;
    this.dict.store.modified = () => typeModified(this);
  }
}

/** assign_version_tag: a class and its bases get a version tag (builtin types keep theirs). */
function assignVersionTag(info: TypeInfo): void {
  info.versionTag = true;
  for (const b of info.bases) {
    const bi = b.p0 as TypeInfo;
    if (bi.heapType && !bi.versionTag) assignVersionTag(bi);
  }
}

/** PyType_Modified: a tagged class and its subclasses lose their version tags. */
export function typeModified(info: TypeInfo): void {
  if (!info.versionTag) return;
  info.versionTag = false;
  for (const { cls, ref } of info.subclasses) {
    const c = ref === null ? cls : (ref.p0 as HeapObject | null);
    if (c !== null) typeModified(c.p0 as TypeInfo);
  }
}

/**
 * _Py_Mangle: private name `name` (`__spam`: two leading underscores, not two trailing
 * ones, no dot) as seen inside class `className`, `_Class__spam` with the class name's
 * leading underscores stripped. Other names, and every name in a class named only by
 * underscores, are unchanged.
 */
export function manglePrivate(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  return stripped === "" ? name : `_${stripped}${name}`;
}

export const PATMA_SEQUENCE = 1 << 5;
export const PATMA_MAPPING = 1 << 6;

/** The builtin types CPython gives Py_TPFLAGS_SEQUENCE or Py_TPFLAGS_MAPPING. */
const BUILTIN_PATMA = new Map([
  ["list", PATMA_SEQUENCE],
  ["tuple", PATMA_SEQUENCE],
  ["range", PATMA_SEQUENCE],
  ["memoryview", PATMA_SEQUENCE],
  ["dict", PATMA_MAPPING],
  ["mappingproxy", PATMA_MAPPING],
]);

/** tp_flags & (Py_TPFLAGS_SEQUENCE | Py_TPFLAGS_MAPPING) of `type`. */
export function patmaFlags(type: HeapObject): number {
  const info = type.p0 as TypeInfo;
  return info.heapType ? info.collectionFlags : (BUILTIN_PATMA.get(info.name) ?? 0);
}

export function typeInfo(type: HeapObject): TypeInfo {
  return type.p0 as TypeInfo;
}

/** type(obj) */
export function typeOf(obj: HeapObject): HeapObject {
  return obj.type.owner as HeapObject;
}

export function typeName(obj: HeapObject): string {
  return (typeOf(obj).p0 as TypeInfo).name;
}

/**
 * Any change to any type's namespace starts a new epoch and so invalidates every type's
 * lookup cache (CPython's type attribute cache, with one global version instead of one
 * tag per type): a type namespace is a TypeDict, so no change can bypass it.
 */
export const lookupEpoch = { n: 0 };

export class TypeDict {
  /** The entries (strong references: the type's, or its dict object's once it has one). */
  readonly store = new NamespaceStore();
  /**
   * tp_dict: the dict object over `store`. A class has it from its creation (the collector
   * counts it, and `cls.__dict__` is a view of it); a builtin type when first asked for.
   */
  obj: HeapObject | null = null;

  get size(): number {
    return this.store.size;
  }

  get(name: string): HeapObject | undefined {
    return this.store.getStr(name);
  }

  has(name: string): boolean {
    return this.store.indexOfStr(name) >= 0;
  }

  /**
   * Set `name`, taking over the caller's reference to `value`. A value it replaces is
   * not released: the caller does that once the namespace is consistent.
   */
  set(name: string, value: HeapObject): this {
    const s = this.store;
    const at = s.indexOfStr(name);
    if (at >= 0) s.swapStrAt(at, name, value);
    else {
      s.setStr(name, value);
      value.refcnt--;
    }
    return this;
  }

  /** Remove `name`; its value is not released (the caller holds it, as with `set`). */
  delete(name: string): boolean {
    const s = this.store;
    const at = s.indexOfStr(name);
    if (at < 0) return false;
    const key = s.table[at] as HeapObject;
    const entry = s.remove(key)!;
    decref(entry.key);
    return true;
  }

  // (Iteration skips keys that are not strings: only a program that reached the dict
  // object itself can have put one there.)
  *keys(): Generator<string> {
    for (const e of this.store.live()) if (typeof e.key.p0 === "string") yield e.key.p0;
  }

  *values(): Generator<HeapObject> {
    for (const e of this.store.live()) yield e.value;
  }

  *[Symbol.iterator](): Generator<[string, HeapObject]> {
    for (const e of this.store.live()) {
      if (typeof e.key.p0 === "string") yield [e.key.p0, e.value];
    }
  }
}

/**
 * _PyType_Lookup: a name in the MRO's namespaces (borrowed), or null. The type attribute
 * cache gives a class a version tag.
 */
export function lookup(type: HeapObject, name: string): HeapObject | null {
  const info = type.p0 as TypeInfo;
  if (!info.versionTag && info.heapType) assignVersionTag(info);
  return lookupCached(info, name);
}

/** lookup's cached search, which leaves version tags alone (a type slot's test). */
export function lookupQuiet(type: HeapObject, name: string): HeapObject | null {
  return lookupCached(type.p0 as TypeInfo, name);
}

function lookupCached(info: TypeInfo, name: string): HeapObject | null {
  let cache = info.cache;
  if (info.cacheEpoch !== lookupEpoch.n || cache === null) {
    cache = new Map();
    info.cache = cache;
    info.cacheEpoch = lookupEpoch.n;
  } else {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
  }
  const mro = info.mro;
  let found: HeapObject | null = null;
  for (let i = 0; i < mro.length; i++) {
    const v = (mro[i]!.p0 as TypeInfo).dict.get(name);
    if (v !== undefined) {
      found = v;
      break;
    }
  }
  cache.set(name, found);
  return found;
}

/**
 * find_name_in_mro: `name` in the MRO's namespaces (borrowed) without the type attribute
 * cache, so the type gets no version tag (what type_new and slot updates use).
 */
export function findNameInMro(type: HeapObject, name: string): HeapObject | null {
  const mro = (type.p0 as TypeInfo).mro;
  for (let i = 0; i < mro.length; i++) {
    const v = (mro[i]!.p0 as TypeInfo).dict.get(name);
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * A special method as a type slot finds it: where a class defines it, its slot function
 * (slot_tp_init, slot_tp_new…) looks it up through the cache, which tags the type; a
 * builtin type's own (object.__init__, BaseException.__new__) is called directly.
 */
export function lookupSlot(type: HeapObject, name: string): HeapObject | null {
  const info = type.p0 as TypeInfo;
  const v = lookupCached(info, name);
  if (v !== null && !info.versionTag && info.heapType) {
    for (const c of info.mro) {
      const ci = c.p0 as TypeInfo;
      if (ci.dict.has(name)) {
        if (ci.heapType) assignVersionTag(info);
        break;
      }
    }
  }
  return v;
}

/** type.__prepare__ (a classmethod), once installed: a class statement need not call it. */
export const typePrepare = { descr: null as HeapObject | null };

export function isSubtype(a: HeapObject, b: HeapObject): boolean {
  if (a === b) return true;
  return (a.p0 as TypeInfo).mro.includes(b);
}

export function isInstance(obj: HeapObject, type: HeapObject): boolean {
  return isSubtype(obj.type.owner as HeapObject, type);
}

// ---------------------------------------------------------------- the type of types

/** type_traverse: tp_dict, tp_mro, tp_bases, tp_base. */
function traverseType(t: HeapObject, visit: Visit): void {
  const info = t.p0 as TypeInfo;
  const dict = info.dict.obj;
  if (dict !== null) visit(dict);
  else for (const v of info.dict.values()) visit(v);
  if (info.mroTuple !== null) visit(info.mroTuple);
  else if (!info.mroCleared) for (let i = 1; i < info.mro.length; i++) visit(info.mro[i]!);
  if (info.basesTuple !== null) visit(info.basesTuple);
  else for (const b of info.bases) visit(b);
  if (info.base !== null) visit(info.base);
}

/**
 * type_clear: empty the namespace (PyDict_Clear on tp_dict) and drop tp_mro. `mro` still
 * lists the same types: the bases (still held) keep the ancestors alive, so lookups stay
 * safe until deallocation.
 */
function clearType(t: HeapObject): void {
  const info = t.p0 as TypeInfo;
  info.version++;
  info.dict.store.clear();
  const mroTuple = info.mroTuple;
  info.mroTuple = null;
  if (mroTuple !== null) {
    info.mroCleared = true;
    decref(mroTuple);
  }
}

/** The weak reference a base keeps to a new subclass (weakref.ref(cls), the basic one). */
export const subclassHook = {
  weakref: null as ((cls: HeapObject) => HeapObject) | null,
};

/**
 * add_subclass: each base records `t` by a weak reference (the builtin exception classes,
 * made before weak references exist and never freed, directly).
 */
export function addSubclass(t: HeapObject, bases: HeapObject[]): void {
  const weakref = subclassHook.weakref;
  for (const b of bases) typeInfo(b).subclasses.push({ cls: t, ref: weakref?.(t) ?? null });
}

/** type.__subclasses__(): the subclasses still alive, in the order they were made. */
export function liveSubclasses(t: HeapObject): HeapObject[] {
  const out: HeapObject[] = [];
  for (const { cls, ref } of typeInfo(t).subclasses) {
    const c = ref === null ? cls : (ref.p0 as HeapObject | null);
    if (c !== null) out.push(c);
  }
  return out;
}

/** remove_all_subclasses: the bases drop their weak references to `t`. */
function removeSubclass(t: HeapObject, bases: HeapObject[]): void {
  for (const b of bases) {
    const list = typeInfo(b).subclasses;
    const i = list.findIndex((e) => e.cls === t);
    if (i >= 0) xdecref(list.splice(i, 1)[0]!.ref);
  }
}

/** type_dealloc: tp_base, tp_dict, tp_bases, tp_mro are released in that order. */
function deallocType(t: HeapObject): undefined {
  const info = t.p0 as TypeInfo;
  removeSubclass(t, info.bases);
  const values: HeapObject[] = [];
  if (info.base !== null) values.push(info.base);
  info.base = null;
  // The namespace leaves with its dict object (which may outlive the type, when a program
  // holds it); the type keeps an empty store of its own.
  const ns = info.dict;
  info.dict = new TypeDict();
  if (ns.obj !== null) values.push(ns.obj);
  else ns.store.clear();
  if (info.basesTuple !== null) values.push(info.basesTuple);
  else values.push(...info.bases);
  info.basesTuple = null;
  if (info.mroTuple !== null) values.push(info.mroTuple);
  else if (!info.mroCleared) values.push(...info.mro.slice(1));
  info.bases = [];
  info.mro = [];
  info.mroTuple = null;
  for (const v of values) decref(v);
  decrefHeapType(t.type.owner as HeapObject);
  return undefined;
}

/** Instances hold a reference to their type only when it is a heap type (as in CPython). */
export function increfHeapType(type: HeapObject): void {
  if ((type.p0 as TypeInfo).heapType) type.refcnt++;
}

export function decrefHeapType(type: HeapObject): void {
  if ((type.p0 as TypeInfo).heapType) decref(type);
}

/** The engine contract shared by all type objects (instances of `type` and metaclasses). */
/**
 * The contract of type objects (`name` type, or a metaclass's: `layout` type's, with the
 * `finalize` that calls __del__ when the metaclass defines one, as for any instance).
 */
export function makeTypeContract(
  name: string,
  layout?: ObjectType,
  finalize?: (obj: HeapObject, heap: Heap) => void,
): ObjectType {
  return new ObjectType({
    name,
    layout,
    gc: true,
    weakrefable: true,
    basicSize: 1688,
    // (subtype_traverse for a class of a metaclass: the metaclass first, then type_traverse.)
    traverse: (t, visit) => {
      const meta = t.type.owner as HeapObject;
      if ((meta.p0 as TypeInfo).heapType) visit(meta);
      traverseType(t, visit);
    },
    clear: clearType,
    finalize,
    dealloc: deallocType,
    // Static (builtin) types are not GC objects (tp_is_gc).
    isGC: (t) => (t.p0 as TypeInfo).heapType || (t.p0 as TypeInfo).gcType,
  });
}

export const typeContract = makeTypeContract("type");

/**
 * Allocate a type object. Builtin types are created untracked and immortal in practice
 * (the runtime holds them); heap types are tracked.
 */
export function allocType(metatype: HeapObject | null, info: TypeInfo): HeapObject {
  const contract = metatype === null ? typeContract : (metatype.p0 as TypeInfo).contract;
  const t = heap.alloc(contract, info);
  info.contract.owner = t;
  if (metatype !== null) increfHeapType(metatype);
  info.mro = [t];
  return t;
}

// ---------------------------------------------------------------- MRO (C3)

/** mro_implementation: C3 linearization. Returns null when no consistent order exists. */
export function computeMro(type: HeapObject, bases: HeapObject[]): HeapObject[] | string {
  const seqs: HeapObject[][] = bases.map((b) => (b.p0 as TypeInfo).mro.slice());
  seqs.push(bases.slice());
  const result: HeapObject[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: HeapObject | null = null;
    for (const seq of nonEmpty) {
      const head = seq[0]!;
      if (!nonEmpty.some((s) => s.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) {
      // set_mro_error: the distinct heads that could not be placed.
      const heads: HeapObject[] = [];
      for (const seq of nonEmpty) if (!heads.includes(seq[0]!)) heads.push(seq[0]!);
      const names = heads.map((h) => (h.p0 as TypeInfo).name).join(", ");
      return `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`;
    }
    result.push(candidate);
    for (const seq of nonEmpty) if (seq[0] === candidate) seq.shift();
  }
}

export function setTypeAttr(type: HeapObject, name: string, value: HeapObject): void {
  const info = type.p0 as TypeInfo;
  incref(value);
  const old = info.dict.get(name);
  info.dict.set(name, value);
  bumpVersion(type);
  xdecref(old ?? null);
}

export function bumpVersion(type: HeapObject): void {
  (type.p0 as TypeInfo).version++;
}
