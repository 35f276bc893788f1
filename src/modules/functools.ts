/**
 * The `functools` module (CPython Modules/_functoolsmodule.c + Lib/functools.py).
 *
 * The C half is native: `partial`, `reduce`, `cmp_to_key` (KeyWrapper) and the
 * `_lru_cache_wrapper` type, with CPython's reference behaviour (a partial holds its
 * function, argument tuple and keyword dict; a bounded cache keeps one link object per
 * entry, reused on eviction; the key of a call with one exact int or str argument is the
 * argument itself, of a call without keywords the call's argument tuple). The Python half
 * (`update_wrapper`, `wraps`, `lru_cache`, `cache`, `total_ordering`, `cached_property`,
 * `singledispatch`) is Python source run in the module at import.
 * NOT-CPYTHON: no subclasses of partial; `cached_property` has no lock;
 * `singledispatch` dispatches along the MRO only (no ABC registration, no annotations);
 * no `partialmethod`, `__reduce__`/`__setstate__` pickling support.
 */
import { type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import {
  call,
  callable,
  callBorrowed,
  genericSetAttr,
  getIter,
  incRef,
  isInstanceOf,
  iterNext,
  nativeAttrs,
  nativeCalls,
  nativeRepr,
  nativeSetAttrs,
  repr,
  richCompare,
  truthy,
  withReprGuard,
} from "../runtime/abstract.js";
import { defineMethod } from "../runtime/bootstrap.js";
import { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { installClassGetitem } from "../runtime/genericalias.js";
import { decref, heap, incref, xdecref } from "../runtime/heapref.js";
import { instanceDict } from "../runtime/instance.js";
import { newDict, newInt, newMethod, newStr, newTuple, none } from "../runtime/objects.js";
import { typeInfo, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { runLibrarySource } from "./library.js";
import { installNativeType } from "./nativetype.js";
import { declareModule } from "./registry.js";
import { defineFunction, defineValue, range_ } from "./support.js";

// ---------------------------------------------------------------- instance __dict__

/** Native instances with a __dict__: p0 the attribute store, p1 the dict object once made. */
function traverseDict(o: HeapObject, visit: Visit): void {
  if (o.p1 !== null) visit(o.p1 as HeapObject);
  else (o.p0 as DictStore).traverse(visit);
}

function clearDict(o: HeapObject): void {
  const dict = o.p1 as HeapObject | null;
  if (dict !== null) {
    o.p1 = null;
    o.p0 = new DictStore();
    decref(dict);
  } else (o.p0 as DictStore).clear();
}

/**
 * Types with tp_dictoffset make their __dict__ object on the first attribute assignment
 * (one more GC object, as in CPython).
 */
function materialisingSetattr(t: HeapObject): void {
  defineMethod(t, "__setattr__", (args, _kw, self) => {
    if (args.length !== 2) raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
    const name = args[0]!;
    if (name.type !== C.str)
      raise(T.TypeError, `attribute name must be string, not '${typeName(name)}'`);
    if (!nativeSetAttrs.get(self!.type)?.has(name.p0 as string)) instanceDict(self!);
    genericSetAttr(self!, name.p0 as string, args[1]!);
    return none();
  });
}

function hasAttrs(o: HeapObject): boolean {
  return o.p1 !== null || (o.p0 as DictStore).size > 0;
}

// ---------------------------------------------------------------- partial

class PartialState {
  constructor(
    public fn: HeapObject | null,
    /** A tuple. */
    public args: HeapObject | null,
    /** A dict. */
    public kw: HeapObject | null,
  ) {}
}

function pst(o: HeapObject): PartialState {
  return o.p2 as PartialState;
}

function clearPartial(o: HeapObject): void {
  const s = pst(o);
  const refs = [s.fn, s.args, s.kw];
  s.fn = s.args = s.kw = null;
  for (const r of refs) xdecref(r);
  clearDict(o);
}

const partialContract = new ObjectType({
  name: "functools.partial",
  gc: true,
  weakrefable: true,
  basicSize: 80,
  traverse: (o, visit) => {
    const s = pst(o);
    if (s.fn !== null) visit(s.fn);
    if (s.args !== null) visit(s.args);
    if (s.kw !== null) visit(s.kw);
    traverseDict(o, visit);
  },
  clear: clearPartial,
  dealloc: (o) => {
    clearPartial(o);
    return undefined;
  },
});

function dictStore(d: HeapObject): DictStore {
  return d.p0 as DictStore;
}

/** partial_new: flattens a plain partial (one without instance attributes). */
function newPartial(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 1) raise(T.TypeError, "type 'partial' takes at least one argument");
  let fn = args[0]!;
  let pargs: HeapObject[] = [];
  let pkw: DictStore | null = null;
  if (fn.type === partialContract && !hasAttrs(fn)) {
    const inner = pst(fn);
    pargs = inner.args!.p0 as HeapObject[];
    pkw = dictStore(inner.kw!);
    fn = inner.fn!;
  }
  if (!callable(fn)) raise(T.TypeError, "the first argument must be callable");
  const items = [...pargs, ...args.slice(1, npos)];
  for (const x of items) incref(x);
  const tuple = newTuple(items);
  const kw = newDict();
  const store = dictStore(kw);
  if (pkw !== null) for (const e of pkw.live()) store.set(e.key, e.value);
  for (let i = 0; i < nkw; i++) {
    const k = newStr(kwnames![i]!);
    store.set(k, args[npos + i]!);
    decref(k);
  }
  incref(fn);
  const p = heap.alloc(partialContract, new DictStore(), null, new PartialState(fn, tuple, kw));
  heap.track(p);
  return p;
}

/**
 * partial_vectorcall (`args` consumed). Without stored keywords the function gets the
 * stored and the given arguments straight; with them CPython takes the tp_call path
 * (an argument tuple, the concatenated tuple, the merged keyword dict, the unpacked
 * stack), whose references the callee can see.
 */
function callPartial(p: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  const s = pst(p);
  const stored = s.args!.p0 as HeapObject[];
  const fn = s.fn!;
  incref(fn);
  try {
    if (dictStore(s.kw!).size === 0) {
      // The caller's references stay until the call returns; the callee gets its own.
      const all = [...stored, ...args];
      for (const x of all) incref(x);
      try {
        return call(fn, all, kwnames);
      } finally {
        for (const x of args) decref(x);
      }
    }
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    const temps: HeapObject[] = [];
    try {
      // _PyObject_MakeTpCall: the positional tuple and the keyword dict.
      const pos = args.slice(0, npos);
      for (const x of pos) incref(x);
      const tuple = newTuple(pos);
      temps.push(tuple);
      const callKw = new DictStore();
      for (let i = 0; i < nkw; i++) {
        const k = newStr(kwnames![i]!);
        callKw.set(k, args[npos + i]!);
        decref(k);
      }
      const callKwDict = newDict(callKw);
      temps.push(callKwDict);
      // partial_call: stored + given positional arguments, a copy of the keywords merged.
      let args2 = tuple;
      if (stored.length > 0) {
        const items = [...stored, ...pos];
        for (const x of items) incref(x);
        args2 = newTuple(items);
        temps.push(args2);
      }
      const kw2 = new DictStore();
      for (const e of dictStore(s.kw!).live()) kw2.set(e.key, e.value);
      for (const e of callKw.live()) kw2.set(e.key, e.value);
      const kw2Dict = newDict(kw2);
      temps.push(kw2Dict);
      // _PyStack_UnpackDict: one more reference to each argument while the call runs.
      const flat = [...(args2.p0 as HeapObject[])];
      const names: string[] = [];
      for (const e of kw2.live()) {
        flat.push(e.value);
        names.push(e.key.p0 as string);
      }
      for (const x of flat) incref(x);
      try {
        return callBorrowed(fn, flat, names.length > 0 ? names : null);
      } finally {
        for (const x of flat) decref(x);
      }
    } finally {
      for (let i = temps.length - 1; i >= 0; i--) decref(temps[i]!);
      for (const x of args) decref(x);
    }
  } finally {
    decref(fn);
  }
}

function partialRepr(p: HeapObject): string {
  return withReprGuard(p, "...", () => {
    const s = pst(p);
    const parts = [repr(s.fn!)];
    const stored = (s.args!.p0 as HeapObject[]).slice();
    for (const x of stored) incref(x);
    try {
      for (const x of stored) parts.push(repr(x));
    } finally {
      for (const x of stored) decref(x);
    }
    for (const e of [...dictStore(s.kw!).live()])
      parts.push(`${e.key.p0 as string}=${repr(e.value)}`);
    return `functools.partial(${parts.join(", ")})`;
  });
}

function installPartial(): HeapObject {
  const t = installNativeType({
    module: "functools",
    qualname: "partial",
    contract: partialContract,
    fromSpec: true,
    hasDict: true,
    construct: (_cls, args, kw) => newPartial(args, kw),
  });
  nativeCalls.set(partialContract, callPartial);
  installClassGetitem(t); // partial[int]
  materialisingSetattr(t);
  defineMethod(t, "__call__", (args, kw, self) => {
    for (const x of args) incref(x);
    return callPartial(self!, args, kw);
  });
  nativeRepr.set(partialContract, partialRepr);
  nativeAttrs.set(
    partialContract,
    new Map([
      ["func", (o: HeapObject) => incRef(pst(o).fn!)],
      ["args", (o: HeapObject) => incRef(pst(o).args!)],
      ["keywords", (o: HeapObject) => incRef(pst(o).kw!)],
      ["__dict__", (o: HeapObject) => incRef(instanceDict(o))],
    ]),
  );
  readonly(partialContract, ["func", "args", "keywords"]);
  return t;
}

/** T_OBJECT members with READONLY: assignment and deletion raise AttributeError. */
function readonly(contract: ObjectType, names: string[]): void {
  const m = nativeSetAttrsOf(contract);
  for (const n of names)
    m.set(n, () => {
      raise(T.AttributeError, "readonly attribute");
    });
}

function nativeSetAttrsOf(
  contract: ObjectType,
): Map<string, (obj: HeapObject, value: HeapObject) => void> {
  let m = nativeSetAttrs.get(contract);
  if (m === undefined) {
    m = new Map();
    nativeSetAttrs.set(contract, m);
  }
  return m;
}

// ---------------------------------------------------------------- reduce

function reduce(args: HeapObject[], kwnames: string[] | null): HeapObject {
  range_("reduce", args, 2, 3, kwnames);
  const fn = args[0]!;
  let it: HeapObject;
  try {
    it = getIter(args[1]!);
  } catch (e) {
    if (e instanceof PyRaise && isInstanceOf(e.exc, T.TypeError)) {
      decref(e.exc);
      raise(T.TypeError, "reduce() arg 2 must support iteration");
    }
    throw e;
  }
  let result: HeapObject | null = args.length > 2 ? incRef(args[2]!) : null;
  // The argument tuple is reused from call to call (its items replaced in place).
  const pair = newTuple([incRef(S.None), incRef(S.None)]);
  const items = pair.p0 as HeapObject[];
  try {
    for (;;) {
      const op2 = iterNext(it);
      if (op2 === null) break;
      if (result === null) {
        result = op2;
        continue;
      }
      const old0 = items[0]!;
      items[0] = result;
      result = null;
      decref(old0);
      const old1 = items[1]!;
      items[1] = op2;
      decref(old1);
      result = callBorrowed(fn, [items[0]!, items[1]!]);
      if (pair.gcNext === null) heap.track(pair);
    }
  } catch (e) {
    xdecref(result);
    throw e;
  } finally {
    decref(pair);
    decref(it);
  }
  if (result === null) raise(T.TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------- cmp_to_key

const keyContract = new ObjectType({
  name: "functools.KeyWrapper",
  gc: true,
  basicSize: 48,
  traverse: (o, visit) => {
    if (o.p0 !== null) visit(o.p0 as HeapObject);
    if (o.p1 !== null) visit(o.p1 as HeapObject);
  },
  clear: (o) => {
    const a = o.p0 as HeapObject | null;
    const b = o.p1 as HeapObject | null;
    o.p0 = null;
    o.p1 = null;
    xdecref(a);
    xdecref(b);
  },
  dealloc: (o) => {
    xdecref(o.p0 as HeapObject | null);
    xdecref(o.p1 as HeapObject | null);
    return undefined;
  },
});

function newKey(cmp: HeapObject, obj: HeapObject | null): HeapObject {
  incref(cmp);
  if (obj !== null) incref(obj);
  const k = heap.alloc(keyContract, cmp, obj, null);
  heap.track(k);
  return k;
}

/** One required argument `name` (positional or by keyword), as the clinic parsers check it. */
function oneArg(fname: string, pname: string, args: HeapObject[], kwnames: string[] | null) {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 1)
    raise(T.TypeError, `${fname}() takes at most 1 argument (${args.length} given)`);
  if (nkw === 1 && kwnames![0] !== pname)
    raise(T.TypeError, `${fname}() got an unexpected keyword argument '${kwnames![0]}'`);
  if (args.length === 0)
    raise(T.TypeError, `${fname}() missing required argument '${pname}' (pos 1)`);
  void npos;
  return args[0]!;
}

function installKeyWrapper(): HeapObject {
  const t = installNativeType({
    module: "functools",
    qualname: "KeyWrapper",
    contract: keyContract,
    dunders: true,
  });
  const callKey = (k: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject => {
    try {
      const obj = oneArg("K", "obj", args, kwnames);
      return newKey(k.p0 as HeapObject, obj);
    } finally {
      for (const x of args) decref(x);
    }
  };
  nativeCalls.set(keyContract, callKey);
  defineMethod(t, "__call__", (args, kw, self) => {
    for (const x of args) incref(x);
    return callKey(self!, args, kw);
  });
  const ops = [
    ["__lt__", "<"],
    ["__le__", "<="],
    ["__eq__", "=="],
    ["__ne__", "!="],
    ["__gt__", ">"],
    ["__ge__", ">="],
  ] as const;
  for (const [name, op] of ops) {
    defineMethod(t, name, (args, _kw, self) => {
      const other = args[0]!;
      if (other.type !== keyContract) raise(T.TypeError, "other argument must be K instance");
      const x = self!.p1 as HeapObject | null;
      const y = other.p1 as HeapObject | null;
      if (x === null || y === null || self!.p0 === null) raise(T.AttributeError, "object");
      const res = callBorrowed(self!.p0 as HeapObject, [x, y]);
      const zero = newInt(0);
      try {
        return richCompare(res, zero, op);
      } finally {
        decref(zero);
        decref(res);
      }
    });
  }
  typeInfoDictSet(t, "__hash__", S.None);
  nativeAttrs.set(
    keyContract,
    new Map([
      [
        "obj",
        (o: HeapObject) => {
          if (o.p1 === null) raise(T.AttributeError, "obj");
          return incRef(o.p1 as HeapObject);
        },
      ],
    ]),
  );
  nativeSetAttrsOf(keyContract).set("obj", (o, v) => {
    const old = o.p1 as HeapObject | null;
    o.p1 = incRef(v);
    xdecref(old);
  });
  return t;
}

function typeInfoDictSet(t: HeapObject, name: string, v: HeapObject): void {
  typeInfo(t).dict.set(name, incRef(v));
}

// ---------------------------------------------------------------- _lru_cache_wrapper

/** lru_list_elem: a link of the bounded cache (not a GC object). */
const linkContract = new ObjectType({
  name: "functools._lru_list_elem",
  basicSize: 56,
  dealloc: (o) => {
    xdecref(o.p0 as HeapObject | null);
    xdecref(o.p1 as HeapObject | null);
    return undefined;
  },
});

interface Link {
  obj: HeapObject;
  prev: Link;
  next: Link;
}

class LruState {
  hits = 0;
  misses = 0;
  /** The root of the circular list: next is the least recently used link. */
  root: Link;
  constructor(
    public fn: HeapObject | null,
    /** -1: unbounded. */
    public maxsize: number,
    public typed: boolean,
    public cache: HeapObject | null,
    public infoType: HeapObject | null,
  ) {
    const root = { obj: null as unknown as HeapObject } as Link;
    root.prev = root;
    root.next = root;
    this.root = root;
  }
  /** The links, oldest first; the list is left empty (lru_cache_unlink_list). */
  unlink(): Link[] {
    const out: Link[] = [];
    for (let l = this.root.next; l !== this.root; l = l.next) out.push(l);
    this.root.next = this.root.prev = this.root;
    return out;
  }
}

const linkOf = new WeakMap<HeapObject, Link>();

function lst(o: HeapObject): LruState {
  return o.p2 as LruState;
}

function clearLru(o: HeapObject): void {
  const s = lst(o);
  const links = s.unlink();
  const refs = [s.cache, s.fn, s.infoType];
  s.cache = s.fn = s.infoType = null;
  for (const r of refs) xdecref(r);
  clearDict(o);
  for (const l of links) decref(l.obj);
}

const lruContract = new ObjectType({
  name: "functools._lru_cache_wrapper",
  gc: true,
  weakrefable: true,
  basicSize: 168,
  traverse: (o, visit) => {
    const s = lst(o);
    for (let l = s.root.next; l !== s.root; l = l.next) {
      visit(l.obj.p0 as HeapObject);
      visit(l.obj.p1 as HeapObject);
    }
    if (s.fn !== null) visit(s.fn);
    if (s.cache !== null) visit(s.cache);
    if (s.infoType !== null) visit(s.infoType);
    traverseDict(o, visit);
  },
  clear: clearLru,
  dealloc: (o) => {
    clearLru(o);
    return undefined;
  },
});

let kwdMark: HeapObject | null = null;

/** lru_cache_make_key: a new reference. `args` are the call's; `tuple` its argument tuple. */
function makeKey(
  s: LruState,
  tuple: HeapObject,
  pos: HeapObject[],
  kwnames: string[],
  kwvalues: HeapObject[],
): HeapObject {
  if (!s.typed && kwnames.length === 0) {
    if (pos.length === 1 && (pos[0]!.type === C.int || pos[0]!.type === C.str))
      return incRef(pos[0]!);
    return incRef(tuple);
  }
  const items: HeapObject[] = pos.map(incRef);
  if (kwnames.length > 0) {
    items.push(incRef(kwdMark!));
    for (let i = 0; i < kwnames.length; i++) {
      items.push(newStr(kwnames[i]!));
      items.push(incRef(kwvalues[i]!));
    }
  }
  if (s.typed) {
    for (const x of pos) items.push(incRef(typeOf(x)));
    for (const v of kwvalues) items.push(incRef(typeOf(v)));
  }
  return newTuple(items);
}

function appendLink(s: LruState, l: Link): void {
  const root = s.root;
  l.prev = root.prev;
  l.next = root;
  root.prev.next = l;
  root.prev = l;
}

function extractLink(l: Link): void {
  l.prev.next = l.next;
  l.next.prev = l.prev;
}

/** lru_cache_call (tp_call): `args` consumed. */
function callLru(w: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  const s = lst(w);
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const pos = args.slice(0, npos);
  for (const x of pos) incref(x);
  // _PyObject_MakeTpCall's argument tuple (the key of a call without keywords).
  const tuple = newTuple(pos);
  const kwvalues = args.slice(npos);
  const names = kwnames ?? [];
  const fn = s.fn!;
  const callFn = (): HeapObject => {
    const a = [...pos, ...kwvalues];
    if (nkw === 0) return callBorrowed(fn, a);
    // PyObject_Call with keywords unpacks them onto a new stack (one more reference).
    for (const x of a) incref(x);
    try {
      return callBorrowed(fn, a, names);
    } finally {
      for (const x of a) decref(x);
    }
  };
  try {
    if (s.maxsize === 0) {
      s.misses++;
      return callFn();
    }
    const key = makeKey(s, tuple, pos, names, kwvalues);
    try {
      const cache = dictStore(s.cache!);
      const found = cache.get(key);
      if (s.maxsize < 0) {
        if (found !== undefined) {
          s.hits++;
          return incRef(found);
        }
        s.misses++;
        const result = callFn();
        try {
          cache.set(key, result);
        } catch (e) {
          decref(result);
          throw e;
        }
        return result;
      }
      if (found !== undefined) {
        const l = linkOf.get(found)!;
        extractLink(l);
        appendLink(s, l);
        s.hits++;
        return incRef(found.p1 as HeapObject);
      }
      s.misses++;
      const result = callFn();
      if (cache.get(key) !== undefined) return result; // added during the call
      if (cache.size < s.maxsize || s.root.next === s.root) {
        const obj = heap.alloc(linkContract, incRef(key), incRef(result), null);
        const l = { obj } as Link;
        linkOf.set(obj, l);
        cache.set(key, obj);
        appendLink(s, l);
        return result;
      }
      // Full: reuse the oldest link for the new entry.
      const l = s.root.next;
      const old = cache.remove(l.obj.p0 as HeapObject);
      extractLink(l);
      if (old !== undefined) {
        decref(old.key);
        decref(old.value);
      }
      const oldKey = l.obj.p0 as HeapObject;
      const oldResult = l.obj.p1 as HeapObject;
      l.obj.p0 = incRef(key);
      l.obj.p1 = incRef(result);
      cache.set(key, l.obj);
      appendLink(s, l);
      decref(oldKey);
      decref(oldResult);
      return result;
    } finally {
      decref(key);
    }
  } finally {
    decref(tuple);
    for (const x of args) decref(x);
  }
}

function newLru(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const nkw = kwnames?.length ?? 0;
  if (args.length - nkw !== 4 || nkw > 0)
    raise(T.TypeError, `_lru_cache_wrapper expected 4 arguments, got ${args.length}`);
  const [fn, maxsizeO, typedO, infoType] = args as [HeapObject, HeapObject, HeapObject, HeapObject];
  if (!callable(fn)) raise(T.TypeError, "the first argument must be callable");
  let maxsize = -1;
  if (maxsizeO !== S.None) {
    if (maxsizeO.type !== C.int && maxsizeO.type !== C.bool)
      raise(T.TypeError, "maxsize should be integer or None");
    maxsize = Math.max(0, Number(maxsizeO.p0));
  }
  incref(fn);
  incref(infoType);
  const cache = newDict();
  const s = new LruState(fn, maxsize, truthy(typedO), cache, infoType);
  const w = heap.alloc(lruContract, new DictStore(), null, s);
  heap.track(w);
  return w;
}

function installLru(): HeapObject {
  const t = installNativeType({
    module: "functools",
    qualname: "_lru_cache_wrapper",
    contract: lruContract,
    fromSpec: true,
    hasDict: true,
    construct: (_cls, args, kw) => newLru(args, kw),
  });
  nativeCalls.set(lruContract, callLru);
  materialisingSetattr(t);
  defineMethod(t, "__call__", (args, kw, self) => {
    for (const x of args) incref(x);
    return callLru(self!, args, kw);
  });
  defineMethod(t, "__get__", (args, _kw, self) => {
    const obj = args[0] ?? S.None;
    if (obj === S.None) return incRef(self!);
    return newMethod(self!, obj);
  });
  defineMethod(t, "cache_info", (_args, _kw, self) => {
    const s = lst(self!);
    const vals = [
      newInt(s.hits),
      newInt(s.misses),
      s.maxsize < 0 ? none() : newInt(s.maxsize),
      newInt(dictStore(s.cache!).size),
    ];
    try {
      return callBorrowed(s.infoType!, vals);
    } finally {
      for (const v of vals) decref(v);
    }
  });
  defineMethod(t, "cache_clear", (_args, _kw, self) => {
    const s = lst(self!);
    const links = s.unlink();
    s.hits = s.misses = 0;
    dictStore(s.cache!).clear();
    for (const l of links) decref(l.obj);
    return none();
  });
  nativeAttrs.set(lruContract, new Map([["__dict__", (o: HeapObject) => incRef(instanceDict(o))]]));
  return t;
}

// ---------------------------------------------------------------- the Python half

const LIBRARY = (): string =>
  `
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


from collections import namedtuple

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as a plain decorator: @lru_cache
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_derived = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    defined = set()
    for name in _derived:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The preferred root: __lt__, then __le__, __gt__, __ge__.
    root = max(defined)
    for name, func in _derived[root]:
        if name not in defined:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            d = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {name!r} property."
            ) from None
        value = d.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                d[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {name!r} property."
                ) from None
        return value

    __class_getitem__ = classmethod(type(list[int]))  # types.GenericAlias


def singledispatch(func):
    import weakref
    registry = {}
    cache = weakref.WeakKeyDictionary()

    def dispatch(cls):
        try:
            return cache[cls]
        except KeyError:
            pass
        impl = None
        for base in cls.__mro__:
            if base in registry:
                impl = registry[base]
                break
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        if isinstance(cls, type):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to \`register()\`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to \`register()\`: {cls!r}. "
                    f"Use either \`@register(some_class)\` or plain \`@register\` "
                    f"on an annotated function."
                )
            func = cls
            # (get_type_hints: the first annotation, a string one evaluated)
            argname, cls = next(iter(ann.items()))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not isinstance(cls, type):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class."
                )
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper
`;

const types = {
  partial: null as HeapObject | null,
  key: null as HeapObject | null,
  lru: null as HeapObject | null,
};

declareModule("functools", (m, module) => {
  if (types.partial === null) {
    types.partial = installPartial();
    types.key = installKeyWrapper();
    types.lru = installLru();
    kwdMark = callBorrowed(T.object!, []);
  }
  defineValue(m, "partial", types.partial);
  defineValue(m, "_lru_cache_wrapper", types.lru!);
  defineFunction(m, "reduce", reduce);
  defineFunction(m, "cmp_to_key", (args, kw) =>
    newKey(oneArg("cmp_to_key", "mycmp", args, kw), null),
  );
  runLibrarySource(module, m, LIBRARY(), "<frozen functools>");
});
