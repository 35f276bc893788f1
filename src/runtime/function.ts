/**
 * Function, code, module, property/classmethod/staticmethod and iterator objects
 * (CPython Objects/funcobject.c, moduleobject.c, descrobject.c, iterobject.c).
 */
import { type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import type { FunctionData } from "./abstract.js";
import { decref, heap, xdecref } from "./heapref.js";
import { freeLists } from "./objects.js";
import { C } from "./types.js";

/** func_traverse's order. */
function visitFunction(fd: FunctionData, visit: Visit): void {
  visit(fd.codeObject);
  visit(fd.globals);
  visit(fd.builtins);
  visit(fd.module);
  if (fd.defaults !== null) visit(fd.defaults);
  if (fd.kwdefaults !== null) visit(fd.kwdefaults);
  visit(fd.doc);
  visit(fd.name);
  if (fd.dict !== null) visit(fd.dict);
  if (fd.closure !== null) visit(fd.closure);
  if (fd.annotations !== null) visit(fd.annotations);
  visit(fd.qualname);
}

/**
 * func_clear, then the rest of func_dealloc: CPython's field order (the code object, which
 * func_clear leaves, goes with the name and qualname).
 */
function releaseFunction(obj: HeapObject): void {
  const fd = obj.p0 as FunctionData | null;
  if (fd === null) return;
  obj.p0 = null;
  const refs = [
    fd.globals,
    fd.builtins,
    fd.module,
    fd.defaults,
    fd.kwdefaults,
    fd.doc,
    fd.dict,
    fd.closure,
    fd.annotations,
    fd.codeObject,
    fd.name,
    fd.qualname,
  ];
  for (const r of refs) xdecref(r);
}

export const functionContract = new ObjectType({
  name: "function",
  gc: true,
  weakrefable: true,
  basicSize: 152,
  traverse: (obj, visit) => {
    if (obj.p0 !== null) visitFunction(obj.p0 as FunctionData, visit);
  },
  clear: releaseFunction,
  dealloc: (obj) => {
    releaseFunction(obj);
    return undefined;
  },
});
C.function = functionContract;

/** A function object; takes ownership of every reference in `fd`. */
export function newFunction(fd: FunctionData): HeapObject {
  const obj = heap.alloc(functionContract, fd);
  heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- module

export const moduleContract = new ObjectType({
  name: "module",
  gc: true,
  weakrefable: true,
  basicSize: 72,
  traverse: (obj, visit) => visit(obj.p0),
  dealloc: (obj) => {
    decref(obj.p0);
    return undefined;
  },
});
C.module = moduleContract;

/** A module: p0 its dict (owned), p1 its name. */
export function newModule(name: string, dict: HeapObject): HeapObject {
  const obj = heap.alloc(moduleContract, dict, name);
  heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- descriptors

function makeWrapperContract(name: string, slots: 1 | 3): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    basicSize: slots === 1 ? 56 : 72,
    traverse: (obj, visit) => {
      if (obj.p0 !== null) visit(obj.p0);
      if (obj.p1 !== null) visit(obj.p1);
      if (obj.p2 !== null) visit(obj.p2);
    },
    clear: (obj) => {
      const refs = [obj.p0, obj.p1, obj.p2];
      obj.p0 = obj.p1 = obj.p2 = null;
      for (const r of refs) xdecref(r);
    },
    dealloc: (obj) => {
      for (const r of [obj.p0, obj.p1, obj.p2]) xdecref(r);
      return undefined;
    },
  });
}

/**
 * How a builtin type's member or getset descriptor (nativedescr.ts) reads and writes its
 * attribute: the getter nativeAttrs answers instances with (a new reference), the setter
 * (value borrowed), or null for a read-only one; `doc` is the descriptor's __doc__.
 */
export class NativeAccessor {
  constructor(
    readonly get: (obj: HeapObject) => HeapObject,
    readonly set: ((obj: HeapObject, value: HeapObject) => void) | null,
    readonly doc: string | null,
  ) {}
}

/** A descriptor type holding its class in p0 (d_type, a strong reference). */
function descriptorContract(name: string): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    basicSize: 64,
    traverse: (obj, visit) => {
      if (obj.p0 !== null) visit(obj.p0);
    },
    dealloc: (obj) => {
      xdecref(obj.p0);
      return undefined;
    },
  });
}

/**
 * getset_descriptor, as type_new adds for a class's `__dict__` and `__weakref__`: p0 the
 * class (d_type, a strong reference), p1 the attribute name (a JS string), p2 null — or,
 * for a builtin type's attribute (a PyGetSetDef entry), its NativeAccessor.
 */
export const getsetContract = descriptorContract("getset_descriptor");

export const classmethodContract = makeWrapperContract("classmethod", 1);
export const staticmethodContract = makeWrapperContract("staticmethod", 1);
/**
 * member_descriptor (PyMemberDescrObject), what a class's `__slots__` names and a struct
 * sequence's fields are in its namespace: p0 the class (d_type, a strong reference), p1
 * the attribute name, p2 where the value is — slot i of the instance for i ≥ 0, item
 * -1 - i of a struct sequence (a tuple), read-only, or a NativeAccessor for a builtin
 * type's attribute (a PyMemberDef entry: range.start, complex.real).
 */
export const memberContract = descriptorContract("member_descriptor");

/** property: p0 fget, p1 fset, p2 fdel (doc is not kept). */
export const propertyContract = makeWrapperContract("property", 3);
/** A property's name, once `__set_name__` has given it one (3.11's prop_name). */
export const propertyNames = new WeakMap<HeapObject, string>();

// ---------------------------------------------------------------- iterators

/** Sequence iterators: p0 the sequence (null once exhausted), p1 the index. */
function makeSeqIterContract(name: string, reuseHeaders = false): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    basicSize: 48,
    reuseHeaders,
    traverse: (obj, visit) => {
      if (obj.p0 !== null) visit(obj.p0);
    },
    dealloc: (obj) => {
      xdecref(obj.p0);
      return undefined;
    },
  });
}

/** (A `for` over a list or tuple makes one each time: their headers are reused.) */
export const listIterContract = makeSeqIterContract("list_iterator", true);
export const tupleIterContract = makeSeqIterContract("tuple_iterator", true);
export const strIterContract = makeSeqIterContract("str_ascii_iterator");
export const dictIterContract = makeSeqIterContract("dict_keyiterator");
/** set_iterator: p0 the set, p1 the slot to look at next, p2 the size it must keep (-1: it changed). */
export const setIterContract = makeSeqIterContract("set_iterator");
export const dictValueIterContract = makeSeqIterContract("dict_valueiterator");
/**
 * dict_itemiterator: p0 the dict, p1 the index, p2 an ItemIterState. Like CPython's, it
 * keeps its last (key, value) tuple and refills it in place when nothing else holds it —
 * so during `for k, v in d.items()` the previous tuple still references k and v.
 */
export class ItemIterState {
  /** The dict's size when the iterator was made (di_used), -1 once a change was seen. */
  size = -1;
  result: HeapObject | null = null;
}

export const dictItemIterContract = new ObjectType({
  name: "dict_itemiterator",
  gc: true,
  basicSize: 64,
  traverse: (obj, visit) => {
    if (obj.p0 !== null) visit(obj.p0);
    const st = obj.p2 as ItemIterState | null;
    if (st?.result) visit(st.result);
  },
  dealloc: (obj) => {
    xdecref(obj.p0);
    const st = obj.p2 as ItemIterState | null;
    if (st?.result) decref(st.result);
    return undefined;
  },
});
export const seqIterContract = makeSeqIterContract("iterator");
/** range_iterator: p0 null, p1 next value, p2 [stop, step, first value] (not GC). */
export const rangeIterContract = new ObjectType({ name: "range_iterator", basicSize: 48 });
/** range: p0 start, p1 stop, p2 step (JS numbers; not GC). */
export const rangeContract = new ObjectType({ name: "range", basicSize: 48 });
/**
 * slice: p0 start, p1 stop, p2 step (HeapObjects). CPython 3.11 keeps one freed slice for
 * the next (interp->slice_cache): a slice made from it or freed into it leaves the gen-0
 * count alone, so slicing in a loop triggers no collection. Only that accounting is
 * modelled (freeLists.slice, 0 or 1; a collection does not empty it).
 */
const wrapper3 = makeWrapperContract("slice", 3);
export const sliceContract: ObjectType = new ObjectType({
  name: "slice",
  gc: true,
  basicSize: 72,
  traverse: wrapper3.traverse,
  clear: wrapper3.clear!,
  dealloc: (obj) => {
    // slice_dealloc: step, start, stop.
    xdecref(obj.p2);
    xdecref(obj.p0);
    xdecref(obj.p1);
    if (freeLists.slice === 0) {
      freeLists.slice = 1;
      return true;
    }
    return undefined;
  },
});

/** PySlice_New: a slice of three new references, from the cache when it holds one. */
export function newSlice(start: HeapObject, stop: HeapObject, step: HeapObject): HeapObject {
  let s: HeapObject;
  if (freeLists.slice === 1) {
    freeLists.slice = 0;
    s = heap.allocFromFreeList(sliceContract, start, stop, step);
  } else s = heap.alloc(sliceContract, start, stop, step);
  heap.track(s);
  return s;
}

export function newSeqIter(contract: ObjectType, seq: HeapObject): HeapObject {
  seq.refcnt++;
  const it = contract.reuseHeaders
    ? heap.allocReusing(contract, seq, 0)
    : heap.alloc(contract, seq, 0);
  heap.track(it);
  return it;
}
