/**
 * The Python face of weak references (CPython Objects/weakrefobject.c): the types
 * `weakref.ReferenceType`, `weakref.ProxyType` and `weakref.CallableProxyType`, and the
 * layout of Python subclasses of `ref` (KeyedRef, WeakMethod, user classes).
 *
 * The objects themselves are the engine's weakrefs (p0 referent, p1 callback, list order
 * and reuse rules in src/engine/weakref.ts). The runtime adds what Python sees:
 * - a basic ref keeps its cached hash in `p2` (null until first hashed);
 * - an instance of a Python subclass keeps a `WeakrefExtra` in `p2` (its `__slots__`
 *   values, attributes, `__dict__` and cached hash), because p0/p1 are the engine's;
 * - every protocol slot (call, ==, hash, operators of proxies) is a method descriptor in
 *   the type's namespace, and the types dispatch like heap types so the abstract layer
 *   finds them; proxies forward attribute access through `proxyHook` (abstract.ts).
 */
import {
  clearWeakref,
  type HeapObject,
  makeWeakrefType,
  newProxy,
  newWeakref,
  ObjectType,
  TypeFlag,
  type Visit,
} from "../engine/index.js";
import {
  addressHex,
  type BinOpName,
  binaryOp,
  type CmpOp,
  call,
  callable,
  contains,
  delAttr,
  delItem,
  genericSetAttr,
  getAttr,
  getAttrOrNull,
  getItem,
  getIter,
  incRef,
  iterNext,
  len,
  nativeAttrs,
  nativeRepr,
  proxyHook,
  pyHash,
  richCompare,
  setAttr,
  setItem,
  str,
  truthy,
  unaryOp,
} from "./abstract.js";
import { defineMethod, registerBuiltinType, subclassContracts } from "./bootstrap.js";
import { DictStore } from "./dictstore.js";
import { raise } from "./errors.js";
import { staticmethodContract } from "./function.js";
import { installClassGetitem } from "./genericalias.js";
import { decref, heap, incref } from "./heapref.js";
import { InstanceExtra } from "./instance.js";
import { newBool, newBuiltin, newDict, newInt, newStr, none } from "./objects.js";
import {
  decrefHeapType,
  increfHeapType,
  isSubtype,
  subclassHook,
  type TypeInfo,
  typeInfo,
  typeName,
  typeOf,
} from "./typeobject.js";
import { C, S, T } from "./types.js";

// ---------------------------------------------------------------- contracts

export const refContract = makeWeakrefType("weakref.ReferenceType", "ref");
export const proxyContract = makeWeakrefType("weakref.ProxyType", "proxy");
export const callableProxyContract = makeWeakrefType("weakref.CallableProxyType", "proxy");

/** What an instance of a Python subclass of `ref` keeps besides referent and callback. */
export class WeakrefExtra extends InstanceExtra {
  hash: number | null = null;
}

function traverseExtra(wr: HeapObject, visit: Visit): void {
  if (wr.p1 !== null) visit(wr.p1);
  (wr.p2 as WeakrefExtra | null)?.traverse(visit);
  visit(wr.type.owner as HeapObject);
}

function releaseExtra(wr: HeapObject): void {
  (wr.p2 as WeakrefExtra | null)?.release();
}

/** The engine contract of a Python class whose solid base is `ref` (subtype_* over weakref's). */
function makeRefSubclassContract(info: TypeInfo): ObjectType {
  // 3.11: a managed-dict pre-header (16) when instances have a __dict__, a weakref slot.
  const basicSize =
    80 + (info.hasDict ? 16 : 0) + 8 * info.slotLayout.length + (info.weakrefable ? 8 : 0);
  const contract = new ObjectType({
    name: info.name,
    flags: TypeFlag.Weakref,
    gc: true,
    trashcan: false,
    weakrefable: info.weakrefable,
    basicSize,
    traverse: traverseExtra,
    clear: (wr, h) => {
      clearWeakref(h, wr);
      releaseExtra(wr);
    },
    dealloc: (wr, h) => {
      clearWeakref(h, wr);
      releaseExtra(wr);
      decrefHeapType(wr.type.owner as HeapObject);
      return undefined;
    },
  });
  nativeAttrs.set(contract, refAttrs);
  return contract;
}

/** weakref_members: __callback__ (read-only). */
const refAttrs = new Map<string, (wr: HeapObject) => HeapObject>([
  ["__callback__", (wr) => incRef((wr.p1 as HeapObject | null) ?? S.None)],
]);

// ---------------------------------------------------------------- helpers

export function isWeakrefObject(obj: HeapObject): boolean {
  return (obj.type.flags & TypeFlag.Weakref) !== 0;
}

export function isProxy(obj: HeapObject): boolean {
  return (obj.type.flags & TypeFlag.WeakProxy) !== 0;
}

/** The referent (borrowed) or null. */
export function referent(wr: HeapObject): HeapObject | null {
  return wr.p0 as HeapObject | null;
}

/** A weakref can be made to `obj` (tp_weaklistoffset != 0), else TypeError. */
function checkWeakrefable(obj: HeapObject): void {
  if ((obj.type.flags & TypeFlag.Weakrefable) === 0) {
    raise(T.TypeError, `cannot create weak reference to '${typeName(obj)}' object`);
  }
}

/** weakref.ref(obj[, callback]) of the exact type: a new reference. */
export function newRef(obj: HeapObject, callback: HeapObject | null): HeapObject {
  checkWeakrefable(obj);
  return newWeakref(heap, obj, callback === S.None ? null : callback, refContract);
}

/** weakref.proxy(obj[, callback]): a new reference. */
export function newProxyOf(obj: HeapObject, callback: HeapObject | null): HeapObject {
  checkWeakrefable(obj);
  const contract = callable(obj) ? callableProxyContract : proxyContract;
  return newProxy(heap, obj, callback === S.None ? null : callback, contract);
}

/** proxy_checkref: the live referent of a proxy (borrowed), or ReferenceError. */
function liveReferent(p: HeapObject): HeapObject {
  const o = p.p0 as HeapObject | null;
  if (o === null) raise(T.ReferenceError, "weakly-referenced object no longer exists");
  return o;
}

/** UNWRAP: a proxy stands for its referent in operators. */
function unwrap(o: HeapObject): HeapObject {
  return isProxy(o) ? liveReferent(o) : o;
}

function cachedHash(wr: HeapObject): number | null {
  const extra = wr.p2;
  if (extra instanceof WeakrefExtra) return extra.hash;
  return extra as number | null;
}

function setCachedHash(wr: HeapObject, h: number): void {
  if (wr.p2 instanceof WeakrefExtra) wr.p2.hash = h;
  else wr.p2 = h;
}

/** weakref_repr */
function weakrefRepr(wr: HeapObject): string {
  const o = wr.p0 as HeapObject | null;
  if (o === null) return `<weakref at ${addressHex(wr)}; dead>`;
  incref(o);
  try {
    let name: string | null = null;
    const n = getAttrOrNull(o, "__name__");
    if (n !== null) {
      name = n.type === C.str ? (n.p0 as string) : null;
      decref(n);
    }
    const tail = name === null ? "" : ` (${name})`;
    return `<weakref at ${addressHex(wr)}; to '${typeName(o)}' at ${addressHex(o)}${tail}>`;
  } finally {
    decref(o);
  }
}

/** proxy_repr: a dead proxy shows None's type (CPython reads the cleared slot as None). */
function proxyRepr(p: HeapObject): string {
  const o = (p.p0 as HeapObject | null) ?? S.None;
  return `<weakproxy at ${addressHex(p)} to ${typeName(o)} at ${addressHex(o)}>`;
}

// ---------------------------------------------------------------- type objects

export const W = {} as { ref: HeapObject; proxy: HeapObject; callableProxy: HeapObject };

function weakrefType(name: string, contract: ObjectType): HeapObject {
  const t = registerBuiltinType(name, contract);
  const info = typeInfo(t);
  info.module = "weakref";
  info.qualname = name;
  info.name = `weakref.${name}`;
  // Dispatch special methods through the type's namespace, as for heap types.
  info.heapType = true;
  return t;
}

function argCount(name: string, args: HeapObject[], min: number, max: number): void {
  if (args.length < min) {
    raise(
      T.TypeError,
      `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
  if (args.length > max) {
    raise(
      T.TypeError,
      `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
}

/** weakref___new__ (tp_new): ref.__new__(type, ob, callback=None). */
function refNew(args: HeapObject[], kwnames: string[] | null): HeapObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(T.TypeError, "ref() takes no keyword arguments");
  if (args.length === 0)
    raise(T.TypeError, "weakref.ReferenceType.__new__(): not enough arguments");
  const type = args[0]!;
  argCount("__new__", args.slice(1), 1, 2);
  if (!isSubtype(typeOf(type), T.type)) {
    raise(
      T.TypeError,
      `weakref.ReferenceType.__new__(X): X is not a type object (${typeName(type)})`,
    );
  }
  if (!isSubtype(type, W.ref)) {
    const n = typeInfo(type).name;
    raise(
      T.TypeError,
      `weakref.ReferenceType.__new__(${n}): ${n} is not a subtype of weakref.ReferenceType`,
    );
  }
  const ob = args[1]!;
  const cb = args[2] ?? null;
  if (type === W.ref) return newRef(ob, cb);
  checkWeakrefable(ob);
  const info = typeInfo(type);
  const wr = newWeakref(heap, ob, cb === S.None ? null : cb, info.contract);
  wr.p2 = new WeakrefExtra(info);
  increfHeapType(type);
  return wr;
}

function installRefType(): void {
  const t = weakrefType("ReferenceType", refContract);
  W.ref = t;
  typeInfo(t).solidBase = t;
  subclassContracts.set(t, (info) => makeRefSubclassContract(info));
  const newFn = newBuiltin("__new__", refNew);
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  heap.track(sm);
  typeInfo(t).dict.set("__new__", sm);
  defineMethod(t, "__init__", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      raise(T.TypeError, "ref() takes no keyword arguments");
    argCount("__init__", args, 1, 2);
    return none();
  });
  defineMethod(t, "__call__", (args, kwnames, self) => {
    if (kwnames !== null && kwnames.length > 0)
      raise(T.TypeError, "weakref() takes no keyword arguments");
    if (args.length > 0) raise(T.TypeError, `weakref expected 0 arguments, got ${args.length}`);
    return incRef((self!.p0 as HeapObject | null) ?? S.None);
  });
  defineMethod(t, "__hash__", (_args, _kw, self) => {
    const wr = self!;
    const cached = cachedHash(wr);
    if (cached !== null) return newInt(cached);
    const o = wr.p0 as HeapObject | null;
    if (o === null) raise(T.TypeError, "weak object has gone away");
    const h = pyHash(o);
    setCachedHash(wr, h);
    return newInt(h);
  });
  for (const op of ["==", "!="] as const) {
    defineMethod(t, op === "==" ? "__eq__" : "__ne__", (args, _kw, self) => {
      const other = args[0]!;
      if (!isWeakrefObject(other) || isProxy(other)) return incRef(S.NotImplemented);
      const a = self!.p0 as HeapObject | null;
      const b = other.p0 as HeapObject | null;
      if (a === null || b === null) {
        const same = self === other;
        return newBool(op === "==" ? same : !same);
      }
      incref(a);
      incref(b);
      try {
        return richCompare(a, b, op);
      } finally {
        decref(a);
        decref(b);
      }
    });
  }
  nativeRepr.set(refContract, weakrefRepr);
  defineMethod(t, "__setattr__", (args, _kw, self) => {
    const name = args[0]!.p0 as string;
    if (name === "__callback__") raise(T.AttributeError, "readonly attribute");
    genericSetAttr(self!, name, args[1]!);
    return none();
  });
  nativeAttrs.set(refContract, refAttrs);
  installClassGetitem(t); // weakref_methods' __class_getitem__: weakref.ref[int]
  defineMethod(t, "__repr__", (_args, _kw, self) => newStr(weakrefRepr(self!)));
}

// ---------------------------------------------------------------- proxies

const BINARY: [string, string, BinOpName][] = [
  ["__add__", "__radd__", "+"],
  ["__sub__", "__rsub__", "-"],
  ["__mul__", "__rmul__", "*"],
  ["__truediv__", "__rtruediv__", "/"],
  ["__floordiv__", "__rfloordiv__", "//"],
  ["__mod__", "__rmod__", "%"],
  ["__pow__", "__rpow__", "**"],
  ["__lshift__", "__rlshift__", "<<"],
  ["__rshift__", "__rrshift__", ">>"],
  ["__and__", "__rand__", "&"],
  ["__or__", "__ror__", "|"],
  ["__xor__", "__rxor__", "^"],
  ["__matmul__", "__rmatmul__", "@"],
];

const COMPARE: [string, CmpOp][] = [
  ["__eq__", "=="],
  ["__ne__", "!="],
  ["__lt__", "<"],
  ["__le__", "<="],
  ["__gt__", ">"],
  ["__ge__", ">="],
];

/** Borrow the live referents of `objs` for the duration of `body`. */
function withReferents<R>(objs: HeapObject[], body: (xs: HeapObject[]) => R): R {
  const xs = objs.map(unwrap);
  for (const x of xs) incref(x);
  try {
    return body(xs);
  } finally {
    for (const x of xs) decref(x);
  }
}

function installProxyMethods(t: HeapObject, withCall: boolean): void {
  const m = (name: string, impl: (self: HeapObject, args: HeapObject[]) => HeapObject) =>
    defineMethod(t, name, (args, _kw, self) => impl(self!, args));
  for (const [name, rname, op] of BINARY) {
    m(name, (self, [b]) => withReferents([self, b!], ([x, y]) => binaryOp(x!, y!, op)));
    m(rname, (self, [a]) => withReferents([a!, self], ([x, y]) => binaryOp(x!, y!, op)));
  }
  for (const [name, op] of COMPARE) {
    m(name, (self, [b]) => withReferents([self, b!], ([x, y]) => richCompare(x!, y!, op)));
  }
  for (const [name, op] of [
    ["__neg__", "-"],
    ["__pos__", "+"],
    ["__invert__", "~"],
  ] as const) {
    m(name, (self) => withReferents([self], ([x]) => unaryOp(x!, op)));
  }
  m("__bool__", (self) => withReferents([self], ([x]) => newBool(truthy(x!))));
  m("__len__", (self) => withReferents([self], ([x]) => newInt(len(x!))));
  m("__str__", (self) => withReferents([self], ([x]) => newStr(str(x!))));
  m("__getitem__", (self, [k]) => withReferents([self], ([x]) => getItem(x!, k!)));
  m("__setitem__", (self, [k, v]) =>
    withReferents([self], ([x]) => {
      setItem(x!, k!, v!);
      return none();
    }),
  );
  m("__delitem__", (self, [k]) =>
    withReferents([self], ([x]) => {
      delItem(x!, k!);
      return none();
    }),
  );
  m("__contains__", (self, [k]) => withReferents([self], ([x]) => newBool(contains(x!, k!))));
  m("__iter__", (self) => withReferents([self], ([x]) => getIter(x!)));
  m("__next__", (self) =>
    withReferents([self], ([x]) => {
      const v = iterNext(x!);
      if (v === null) raise(T.StopIteration, null);
      return v;
    }),
  );
  m("__setattr__", (self, [k, v]) =>
    withReferents([self], ([x]) => {
      setAttr(x!, k!.p0 as string, v!);
      return none();
    }),
  );
  m("__delattr__", (self, [k]) =>
    withReferents([self], ([x]) => {
      delAttr(x!, k!.p0 as string);
      return none();
    }),
  );
  if (withCall) {
    defineMethod(t, "__call__", (args, kwnames, self) =>
      withReferents([self!], ([x]) => {
        for (const a of args) incref(a);
        return call(x!, args.slice(), kwnames);
      }),
    );
  }
  typeInfo(t).dict.set("__hash__", incRef(S.None));
}

function installProxyTypes(): void {
  W.proxy = weakrefType("ProxyType", proxyContract);
  W.callableProxy = weakrefType("CallableProxyType", callableProxyContract);
  installProxyMethods(W.proxy, false);
  installProxyMethods(W.callableProxy, true);
  nativeRepr.set(proxyContract, proxyRepr);
  nativeRepr.set(callableProxyContract, proxyRepr);
  // proxy_getattr: the referent's lookup, with the referent's AttributeError.
  proxyHook.getAttr = (p, name) => withReferents([p], ([x]) => getAttr(x!, name));
}

let installed = false;

/** Create the weakref types (once, when the `weakref` module is first imported). */
export function installWeakrefTypes(): void {
  subclassHook.weakref = (cls) => newRef(cls, null);
  if (installed) return;
  installed = true;
  installRefType();
  installProxyTypes();
}
