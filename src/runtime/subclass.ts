/**
 * Python subclasses of the builtin types that have a payload of their own (CPython: a
 * heap type whose solid base is list, dict, set, frozenset, tuple, int, float or str —
 * subtype_traverse / subtype_clear / subtype_dealloc around the base's slots).
 *
 * Technique: an instance keeps the base's payload exactly where the base keeps it (p0,
 * p1), so every native operation of the base serves it unchanged — native code checks
 * `obj.type.layout`, which is the base's contract for these instances — and an
 * InstanceExtra in p2 holds what the subclass adds: `__slots__` values and attributes.
 * The operations a subclass does not override are the base's own: `len`, indexing,
 * iteration, `in`, `repr`, comparison, hashing and the number operators fall back to
 * the native slot (abstract.ts), and the base's namespace offers `__new__`, `__init__`,
 * `__getitem__`, `__setitem__`, `__delitem__`, `__len__`, `__contains__`, `__iter__` and
 * `__repr__` for `super()` and explicit `dict.__setitem__(self, k, v)` calls.
 */
import { type HeapObject, ObjectType, TypeFlag, type Visit } from "../engine/index.js";
import { nativeRepr, nativeSeq } from "./abstract.js";
import {
  defineMethod,
  dictMergeHook,
  listExtend,
  nativeConstructors,
  subclassContracts,
} from "./bootstrap.js";
import { DictStore } from "./dictstore.js";
import { raise } from "./errors.js";
import { staticmethodContract } from "./function.js";
import { decref, heap } from "./heapref.js";
import { finalizeInstance, InstanceExtra } from "./instance.js";
import {
  dictContract,
  floatContract,
  intContract,
  listContract,
  newBool,
  newBuiltin,
  newDict,
  newInt,
  newList,
  newStr,
  none,
  releaseItemsBackwards,
  setListCapacity,
  strContract,
  tupleContract,
} from "./objects.js";
import { frozensetContract, newSet, setContract, setUpdate } from "./set.js";
import {
  decrefHeapType,
  increfHeapType,
  isSubtype,
  type TypeInfo,
  typeInfo,
  typeName,
  typeOf,
} from "./typeobject.js";
import { T } from "./types.js";

/** How a builtin base keeps its payload: what an instance releases when it dies. */
interface BaseLayout {
  type: HeapObject;
  contract: ObjectType;
  /** Mutable containers are made empty by __new__ and filled by __init__. */
  mutable: boolean;
  release(obj: HeapObject): void;
}

function releaseItems(obj: HeapObject): void {
  const items = obj.p0 as HeapObject[] | null;
  if (items === null) return;
  obj.p0 = [];
  releaseItemsBackwards(items);
}

function releaseStore(obj: HeapObject): void {
  (obj.p0 as DictStore).clear();
}

const atom = (): void => {};

/** The engine contract of a class whose solid base is the builtin `base`. */
function makeSubclassContract(base: BaseLayout, info: TypeInfo, hasDel: boolean): ObjectType {
  const baseContract = base.contract;
  const extraOf = (obj: HeapObject) => obj.p2 as InstanceExtra;
  const contract = new ObjectType({
    name: info.name,
    flags: TypeFlag.Extends,
    layout: baseContract,
    gc: true,
    // list, dict, tuple and set deallocs run in the trashcan; atoms' do not.
    trashcan: (baseContract.flags & TypeFlag.Trashcan) !== 0,
    weakrefable: info.weakrefable,
    basicSize: baseContract.basicSize + 8 * info.slotLayout.length,
    traverse: (obj: HeapObject, visit: Visit) => {
      baseContract.traverse(obj, visit);
      extraOf(obj).traverse(visit);
      visit(obj.type.owner as HeapObject);
    },
    // subtype_clear: the slots and the attributes, then the base's tp_clear.
    clear: (obj, h) => {
      extraOf(obj).release();
      baseContract.clear?.(obj, h);
    },
    finalize: hasDel ? finalizeInstance : undefined,
    // subtype_dealloc: slots and attributes, then the base's payload (no free lists:
    // those take exact instances only).
    dealloc: (obj) => {
      extraOf(obj).release();
      base.release(obj);
      decrefHeapType(obj.type.owner as HeapObject);
      return undefined;
    },
  });
  return contract;
}

/** A new, tracked instance of `type` (a subclass of a builtin) holding payload p0/p1. */
function allocSubclassInstance(type: HeapObject, p0: unknown, p1: unknown): HeapObject {
  const info = typeInfo(type);
  const obj = heap.alloc(info.contract, p0, p1, new InstanceExtra(info));
  if (p0 instanceof DictStore) p0.owner = obj;
  increfHeapType(type);
  heap.track(obj);
  return obj;
}

/** The checks tp_new's wrapper makes on `cls` (X.__new__(cls, …)). */
function checkNewType(base: BaseLayout, args: HeapObject[]): HeapObject {
  const name = typeInfo(base.type).name;
  if (args.length === 0) raise(T.TypeError, `${name}.__new__(): not enough arguments`);
  const cls = args[0]!;
  if (!isSubtype(typeOf(cls), T.type))
    raise(T.TypeError, `${name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!isSubtype(cls, base.type)) {
    const n = typeInfo(cls).name;
    raise(T.TypeError, `${name}.__new__(${n}): ${n} is not a subtype of ${name}`);
  }
  return cls;
}

/** list.__new__ / dict.__new__ / set.__new__: an empty container of `cls`. */
function newEmpty(base: BaseLayout, cls: HeapObject): HeapObject {
  const c = base.contract;
  if (cls === base.type) {
    if (c === listContract) return newList([], false);
    if (c === dictContract) return newDict(undefined, false);
    return newSet([]);
  }
  if (c === listContract) return allocSubclassInstance(cls, [], 0);
  return allocSubclassInstance(cls, new DictStore(), null);
}

/**
 * tuple/int/float/str/frozenset.__new__(cls, …): the builtin constructor makes the value;
 * an instance of a subclass gets a copy of its payload.
 */
function newImmutable(
  base: BaseLayout,
  cls: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const value = nativeConstructors.get(base.type)!(base.type, args, kwnames);
  if (cls === base.type) return value;
  try {
    const c = base.contract;
    if (c === tupleContract) {
      const items = (value.p0 as HeapObject[]).slice();
      for (const x of items) x.refcnt++;
      return allocSubclassInstance(cls, items, null);
    }
    if (c === frozensetContract) {
      // (the members with the hashes the new frozenset stored: no __hash__ call)
      const store = new DictStore();
      store.mergeFrom(value.p0 as DictStore);
      return allocSubclassInstance(cls, store, null);
    }
    return allocSubclassInstance(cls, value.p0, null);
  } finally {
    decref(value);
  }
}

function installNew(base: BaseLayout): void {
  const fn = newBuiltin("__new__", (args, kwnames) => {
    const cls = checkNewType(base, args);
    const rest = args.slice(1);
    // bool_new: bool.__new__(bool, x) is True or False itself (bool is int's subclass
    // here; NOT-CPYTHON: int.__new__(bool) gives it too, where CPython refuses it)
    if (cls === T.bool) return nativeConstructors.get(T.bool)!(T.bool, rest, kwnames);
    if (base.mutable) return newEmpty(base, cls);
    return newImmutable(base, cls, rest, kwnames);
  });
  const sm = heap.alloc(staticmethodContract, fn, null, null);
  heap.track(sm);
  typeInfo(base.type).dict.set("__new__", sm);
}

function noKeywords(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(T.TypeError, `${name}() takes no keyword arguments`);
}

function atMostOne(name: string, args: HeapObject[]): void {
  if (args.length > 1)
    raise(T.TypeError, `${name} expected at most 1 argument, got ${args.length}`);
}

/** list.__init__, dict.__init__, set.__init__: (re)fill the container from the arguments. */
function installInit(base: BaseLayout): void {
  const c = base.contract;
  if (c === listContract) {
    defineMethod(base.type, "__init__", (args, kwnames, self) => {
      noKeywords("list", kwnames);
      atMostOne("list", args);
      const items = self!.p0 as HeapObject[];
      if (items.length > 0) {
        self!.p0 = [];
        setListCapacity(self!, 0);
        releaseItemsBackwards(items);
      }
      if (args.length > 0) listExtend(self!, args[0]!);
      return none();
    });
  } else if (c === dictContract) {
    defineMethod(base.type, "__init__", (args, kwnames, self) => {
      const nkw = kwnames?.length ?? 0;
      const pos = args.slice(0, args.length - nkw);
      if (pos.length > 1) raise(T.TypeError, `dict expected at most 1 argument, got ${pos.length}`);
      if (pos.length > 0) dictMergeHook.merge(self!, pos[0]!);
      const store = self!.p0 as DictStore;
      for (let i = 0; i < nkw; i++) {
        const key = newStr(kwnames![i]!);
        store.set(key, args[pos.length + i]!);
        decref(key);
      }
      return none();
    });
  } else {
    defineMethod(base.type, "__init__", (args, kwnames, self) => {
      noKeywords("set", kwnames);
      atMostOne("set", args);
      // set_init: emptied, then set_update_internal (a set's members go in with the
      // hashes it stored; an iterable's items one at a time).
      (self!.p0 as DictStore).clear();
      if (args.length > 0) setUpdate(self!, args[0]!);
      return none();
    });
  }
}

/** The container protocol and repr as methods of the base (slot wrappers in CPython). */
function installProtocol(base: BaseLayout): void {
  const t = base.type;
  const c = base.contract;
  const sized = c !== intContract && c !== floatContract;
  if (sized) {
    defineMethod(t, "__len__", (_a, _k, self) => newInt(nativeSeq.len(self!)!));
    const containsName = `${typeInfo(t).name}.__contains__`;
    defineMethod(t, "__contains__", (args, kwnames, self) => {
      // (dict's and set's are METH_O methods; the sequences' slot wrappers replace this)
      if (kwnames !== null && kwnames.length > 0)
        raise(T.TypeError, `${containsName}() takes no keyword arguments`);
      if (args.length !== 1) {
        raise(T.TypeError, `${containsName}() takes exactly one argument (${args.length} given)`);
      }
      return newBool(nativeSeq.contains(self!, args[0]!)!);
    });
    defineMethod(t, "__iter__", (_a, _k, self) => nativeSeq.iter(self!)!);
  }
  if (c === listContract || c === tupleContract || c === dictContract || c === strContract) {
    const getitem = `${typeInfo(t).name}.__getitem__`;
    defineMethod(t, "__getitem__", (args, _k, self) => {
      if (args.length !== 1)
        raise(T.TypeError, `${getitem}() takes exactly one argument (${args.length} given)`);
      return nativeSeq.getItem(self!, args[0]!)!;
    });
  }
  if (c === listContract || c === dictContract) {
    defineMethod(t, "__setitem__", (args, _k, self) => {
      if (args.length !== 2) raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
      nativeSeq.setItem(self!, args[0]!, args[1]!);
      return none();
    });
    defineMethod(t, "__delitem__", (args, _k, self) => {
      if (args.length !== 1) raise(T.TypeError, `expected 1 argument, got ${args.length}`);
      nativeSeq.delItem(self!, args[0]!);
      return none();
    });
  }
  defineMethod(t, "__repr__", (_a, _k, self) => newStr(nativeRepr.get(c)!(self!)));
}

/** The builtin types made subclassable here (the solid bases of Extends layouts). */
const subclassable = new Set<HeapObject>();

/**
 * 3.11 gives a subclass a managed dict (two pointers before the object) when its solid
 * base is object or a builtin without items of variable size; under int, tuple and bytes
 * the __dict__ pointer is a member instead.
 */
export function hasManagedDict(solid: HeapObject | null): boolean {
  return solid === T.object || (solid !== null && subclassable.has(solid) && !isVarSized(solid));
}

/** The base's instances have items of variable size (tp_itemsize != 0): int, tuple, bytes. */
export function isVarSized(solid: HeapObject): boolean {
  return solid === T.int || solid === T.tuple || solid === T.bytes;
}

/** Make list, dict, set, frozenset, tuple, int, float and str subclassable. */
export function installBuiltinSubclassing(): void {
  const bases: [HeapObject, ObjectType, boolean, (obj: HeapObject) => void][] = [
    [T.list!, listContract, true, releaseItems],
    [T.dict!, dictContract, true, releaseStore],
    [T.set!, setContract, true, releaseStore],
    [T.frozenset!, frozensetContract, false, releaseStore],
    [T.tuple!, tupleContract, false, releaseItems],
    [T.int!, intContract, false, atom],
    [T.float!, floatContract, false, atom],
    [T.str!, strContract, false, atom],
  ];
  for (const [type, contract, mutable, release] of bases)
    makeSubclassable(type, contract, mutable, release);
}

/** Let Python classes derive from the builtin `type` whose instances have `contract`. */
export function makeSubclassable(
  type: HeapObject,
  contract: ObjectType,
  mutable: boolean,
  release: (obj: HeapObject) => void = atom,
): void {
  const base: BaseLayout = { type, contract, mutable, release };
  typeInfo(type).solidBase = type;
  subclassable.add(type);
  subclassContracts.set(type, (info, hasDel) => makeSubclassContract(base, info, hasDel));
  installNew(base);
  if (mutable) installInit(base);
  installProtocol(base);
}
