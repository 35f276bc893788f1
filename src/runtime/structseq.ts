/**
 * Struct sequences (CPython Objects/structseq.c): the named tuples of the runtime itself,
 * such as sys.version_info, sys.flags and sys.float_info. A struct sequence type is a
 * static subclass of tuple whose fields are read-only member descriptors (p2 -1 - i: item i);
 * `repr` names every field (`sys.flags(debug=0, …)`).
 *
 * Technique: the type is made the way `class flags(tuple): __slots__ = ()` would be (so an
 * instance is a tuple subclass instance and every tuple operation serves it), then turned
 * static as the builtin exception types are: untracked, never freed, immutable. Instances
 * made here are not tracked by the collector: PyStructSequence_New does not track them.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { incRef, isInstanceOf, repr, toArray } from "./abstract.js";
import { buildClass, defineMethod } from "./bootstrap.js";
import type { DictStore } from "./dictstore.js";
import { PyRaise, raise } from "./errors.js";
import { memberContract, staticmethodContract } from "./function.js";
import { decref, heap } from "./heapref.js";
import { InstanceExtra } from "./instance.js";
import { newBuiltin, newDict, newInt, newStr, newTuple } from "./objects.js";
import { isSubtype, setTypeAttr, typeInfo, typeName, typeOf } from "./typeobject.js";
import { C, S, T } from "./types.js";

export interface StructSeqSpec {
  /** The module the type reports (`sys`); its name is `module.name`. */
  module: string;
  name: string;
  /** The type's __doc__, as CPython spells it (most start with the type's name). */
  doc: string;
  fields: readonly string[];
  /** Python code may make instances (structseq_new); sys's version_info and flags refuse. */
  constructible?: boolean;
}

function setStr(ns: HeapObject, key: string, value: HeapObject): void {
  const k = newStr(key);
  (ns.p0 as DictStore).set(k, value);
  decref(k);
}

/** PyStructSequence_InitType2: a new static struct sequence type. */
export function makeStructSeqType(spec: StructSeqSpec): HeapObject {
  // (a type of module builtins is named without it: UnraisableHookArgs)
  const full = spec.module === "builtins" ? spec.name : `${spec.module}.${spec.name}`;
  const ns = newDict();
  const strs = [spec.module, spec.name, spec.doc].map(newStr);
  setStr(ns, "__module__", strs[0]!);
  setStr(ns, "__qualname__", strs[1]!);
  setStr(ns, "__doc__", strs[2]!);
  for (const s of strs) decref(s);
  setStr(ns, "__slots__", S.emptyTuple);
  let t: HeapObject;
  try {
    t = buildClass(T.type, spec.name, [T.tuple], ns);
  } finally {
    decref(ns);
  }
  const info = typeInfo(t);
  info.heapType = false;
  info.acceptableBase = false;
  info.name = full;
  // structseq_traverse: the items in order (a tuple's go last to first); a static type
  // is not visited.
  const base = info.contract;
  info.contract = new ObjectType({
    name: full,
    flags: base.flags,
    layout: base.layout,
    gc: true,
    basicSize: base.basicSize,
    traverse: (obj, visit) => {
      for (const x of obj.p0 as HeapObject[]) visit(x);
    },
    clear: base.clear ?? undefined,
    dealloc: base.dealloc,
  });
  info.contract.owner = t;
  heap.untrack(t);
  t.refcnt = 1_000_000;
  spec.fields.forEach((field, i) => {
    t.refcnt++;
    const d = heap.alloc(memberContract, t, field, -1 - i);
    heap.track(d);
    setTypeAttr(t, field, d);
    decref(d);
  });
  const n = newInt(spec.fields.length);
  for (const attr of ["n_sequence_fields", "n_fields"]) setTypeAttr(t, attr, n);
  decref(n);
  const zero = newInt(0);
  setTypeAttr(t, "n_unnamed_fields", zero);
  decref(zero);
  const matchArgs = newTuple(spec.fields.map(newStr));
  setTypeAttr(t, "__match_args__", matchArgs);
  decref(matchArgs);
  const newFn = newBuiltin("__new__", (args, kwnames) => {
    if (spec.constructible !== true) raise(T.TypeError, `cannot create '${full}' instances`);
    return structseqNew(t, full, spec.fields.length, args.slice(1), kwnames);
  });
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  setTypeAttr(t, "__new__", sm);
  decref(sm);
  defineMethod(t, "__repr__", (_a, _k, self) => {
    const items = self!.p0 as HeapObject[];
    const parts = spec.fields.map((f, i) => `${f}=${repr(items[i]!)}`);
    return newStr(`${full}(${parts.join(", ")})`);
  });
  defineMethod(t, "__reduce__", (_a, _k, self) => {
    const items = self!.p0 as HeapObject[];
    for (const x of items) x.refcnt++;
    const values = newTuple(items.slice());
    const args = newTuple([values, newDict()]);
    return newTuple([incRef(t), args]);
  });
  return t;
}

/** structseq_new: `type(sequence, dict=None)`, a tracked instance. */
function structseqNew(
  t: HeapObject,
  full: string,
  n: number,
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const pos = args.slice(0, args.length - nkw);
  const kw = new Map(kwnames?.map((k, i) => [k, args[pos.length + i]!]) ?? []);
  if (pos.length + kw.size > 2) {
    raise(T.TypeError, `structseq() takes at most 2 arguments (${pos.length + kw.size} given)`);
  }
  for (const k of kw.keys()) {
    if (k !== "sequence" && k !== "dict") {
      raise(T.TypeError, `'${k}' is an invalid keyword argument for structseq()`);
    }
  }
  for (const [i, k] of ["sequence", "dict"].entries()) {
    if (kw.has(k) && pos.length > i) {
      raise(T.TypeError, `argument for structseq() given by name ('${k}') and position (${i + 1})`);
    }
  }
  const seq = pos[0] ?? kw.get("sequence");
  if (seq === undefined)
    raise(T.TypeError, "structseq() missing required argument 'sequence' (pos 1)");
  const dict = pos[1] ?? kw.get("dict");
  let items: HeapObject[];
  try {
    items = toArray(seq);
  } catch (e) {
    if (!(e instanceof PyRaise) || !isInstanceOf(e.exc, T.TypeError)) throw e;
    decref(e.exc);
    raise(T.TypeError, "constructor requires a sequence");
  }
  const fail = (msg: string): never => {
    for (const x of items) decref(x);
    raise(T.TypeError, msg);
  };
  if (dict !== undefined && dict.type.layout !== C.dict) {
    fail(`${full}() takes a dict as second arg, if any`);
  }
  if (items.length !== n) fail(`${full}() takes a ${n}-sequence (${items.length}-sequence given)`);
  const obj = newStructSeq(t, items);
  heap.track(obj);
  return obj;
}

/** PyStructSequence_New with its fields set: an instance of `type` holding `values`
 * (references taken over), untracked. */
export function newStructSeq(type: HeapObject, values: HeapObject[]): HeapObject {
  const info = typeInfo(type);
  return heap.alloc(info.contract, values, null, new InstanceExtra(info));
}
