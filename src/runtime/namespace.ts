/**
 * types.SimpleNamespace (CPython Objects/namespaceobject.c): an object whose attributes are
 * the keywords it was made with, printed as `namespace(a=1, b='x')`. sys.implementation is
 * one.
 *
 * Technique: made as `class SimpleNamespace: __slots__ = ('__dict__',)` would be (an
 * instance with a __dict__ and no weakref slot, as in CPython), then turned static.
 * Equal when their __dict__s are; unhashable.
 */
import type { HeapObject } from "../engine/index.js";
import {
  compareBool,
  genericSetAttr,
  incRef,
  nativeCompare,
  repr,
  withReprGuard,
} from "./abstract.js";
import { buildClass, defineMethod, nativeConstructors } from "./bootstrap.js";
import type { DictStore } from "./dictstore.js";
import { raise } from "./errors.js";
import { decref, heap } from "./heapref.js";
import { allocInstance, instanceDict } from "./instance.js";
import { newDict, newStr, newTuple, none } from "./objects.js";
import { isInstance, typeInfo, typeOf } from "./typeobject.js";
import { S, T } from "./types.js";

let namespaceType: HeapObject | null = null;

function setStr(ns: HeapObject, key: string, value: HeapObject): void {
  const k = newStr(key);
  (ns.p0 as DictStore).set(k, value);
  decref(k);
}

/** namespace_init: the keywords become attributes; positional arguments are refused. */
function namespaceInit(obj: HeapObject, args: HeapObject[], kwnames: string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  if (args.length > nkw) raise(T.TypeError, "no positional arguments expected");
  for (let i = 0; i < nkw; i++) genericSetAttr(obj, kwnames![i]!, args[args.length - nkw + i]!);
}

/** The SimpleNamespace type (made on first use). */
export function simpleNamespaceType(): HeapObject {
  if (namespaceType !== null) return namespaceType;
  const ns = newDict();
  const strs = [
    "types",
    "SimpleNamespace",
    "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
  ].map(newStr);
  setStr(ns, "__module__", strs[0]!);
  setStr(ns, "__qualname__", strs[1]!);
  setStr(ns, "__doc__", strs[2]!);
  const slots = newTuple([newStr("__dict__")]);
  setStr(ns, "__slots__", slots);
  decref(slots);
  for (const s of strs) decref(s);
  let t: HeapObject;
  try {
    t = buildClass(T.type, "SimpleNamespace", [], ns);
  } finally {
    decref(ns);
  }
  const info = typeInfo(t);
  info.heapType = false;
  info.name = "types.SimpleNamespace";
  heap.untrack(t);
  t.refcnt = 1_000_000;
  info.dict.set("__hash__", incRef(S.None));
  defineMethod(t, "__init__", (args, kwnames, self) => {
    namespaceInit(self!, args, kwnames);
    return none();
  });
  // A static type's constructor makes and initializes in one (type_call for a builtin).
  nativeConstructors.set(t, (type, args, kwnames) => {
    const obj = allocInstance(type);
    try {
      namespaceInit(obj, args, kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
    return obj;
  });
  defineMethod(t, "__repr__", (_a, _k, self) => {
    const type = typeOf(self!);
    const name = type === t ? "namespace" : typeInfo(type).qualname;
    const text = withReprGuard(self!, `${name}(...)`, () => {
      const store = self!.p0 as DictStore;
      const parts: string[] = [];
      for (const e of store.live()) parts.push(`${e.key.p0 as string}=${repr(e.value)}`);
      return `${name}(${parts.join(", ")})`;
    });
    return newStr(text);
  });
  // namespace_richcompare: two namespaces compare as their __dict__s do.
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, op) =>
    isInstance(a, t) && isInstance(b, t)
      ? compareBool(instanceDict(a), instanceDict(b), op)
      : cmp(a, b, op);
  namespaceType = t;
  return t;
}

/** A SimpleNamespace holding `fields` (values borrowed), in order. */
export function newSimpleNamespace(fields: [string, HeapObject][]): HeapObject {
  const obj = allocInstance(simpleNamespaceType());
  for (const [name, value] of fields) genericSetAttr(obj, name, value);
  return obj;
}
