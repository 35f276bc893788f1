/**
 * The `itertools` module (CPython Modules/itertoolsmodule.c), native: every iterator is
 * an instance of its own builtin type (`itertools.count`, …), tracked by the collector,
 * holding what CPython's holds (its source iterator, saved items, pools) and releasing
 * it when CPython does (an exhausted chain, islice or pairwise drops its iterator; tee
 * buffers items in linked blocks of 57 shared by its copies). zip_longest, product,
 * combinations, combinations_with_replacement and permutations reuse their result tuple
 * when nobody else holds it, as CPython does, so items die at the same moment.
 * NOT-CPYTHON: no pickling (`__reduce__`/`__setstate__`), no subclasses;
 * zip_longest keeps its iterators in a JS array rather than a tuple object.
 */
import { type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import {
  asIndex,
  binaryOp,
  callBorrowed,
  compareBool,
  getAttrOrNull,
  getIter,
  incRef,
  isInt,
  iterNext,
  nativeRepr,
  repr,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import { defineMethod } from "../runtime/bootstrap.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { classmethodContract } from "../runtime/function.js";
import { installClassGetitem } from "../runtime/genericalias.js";
import { decref, heap, incref, xdecref } from "../runtime/heapref.js";
import { nativeIterContracts } from "../runtime/nativeiter.js";
import { newBuiltin, newInt, newList, newTuple, none } from "../runtime/objects.js";
import { lookup, typeInfo, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { listAppend } from "./builtins.js";
import { installNativeType } from "./nativetype.js";
import { declareModule } from "./registry.js";
import { clinic, defineFunction, defineValue } from "./support.js";

const MAXSIZE = 2 ** 63 - 1;

// ---------------------------------------------------------------- the iterator types

/** What an itertools iterator holds and does; p1 of its heap object. */
interface IterImpl {
  next(): HeapObject | null;
  traverse(visit: Visit): void;
  /** Release every reference (dealloc). */
  release(): void;
}

/** sys.getsizeof of each iterator (tp_basicsize and the GC header), 64-bit CPython 3.11. */
const SIZES: Record<string, number> = {
  count: 56,
  cycle: 64,
  repeat: 48,
  accumulate: 64,
  chain: 48,
  compress: 48,
  dropwhile: 56,
  takewhile: 56,
  filterfalse: 48,
  starmap: 48,
  groupby: 80,
  _grouper: 48,
  islice: 72,
  pairwise: 48,
  _tee: 56,
  zip_longest: 72,
  product: 64,
  permutations: 80,
  combinations: 72,
  combinations_with_replacement: 72,
};

function iterContract(name: string, basicSize = 48): ObjectType {
  const c = new ObjectType({
    name: `itertools.${name}`,
    gc: true,
    basicSize,
    traverse: (o, visit) => (o.p1 as IterImpl).traverse(visit),
    dealloc: (o) => {
      (o.p1 as IterImpl).release();
      return undefined;
    },
  });
  nativeIterContracts.add(c);
  return c;
}

function make(contract: ObjectType, impl: IterImpl): HeapObject {
  const o = heap.alloc(contract, () => impl.next(), impl, null);
  heap.track(o);
  return o;
}

function impl<T extends IterImpl>(o: HeapObject): T {
  return o.p1 as T;
}

function visitAll(visit: Visit, ...refs: (HeapObject | null)[]): void {
  for (const r of refs) if (r !== null) visit(r);
}

function releaseAll(...refs: (HeapObject | null)[]): void {
  for (const r of refs) xdecref(r);
}

// ---------------------------------------------------------------- argument parsing

/** _PyArg_CheckPositional + _PyArg_NoKeywords. */
function positional(
  name: string,
  args: HeapObject[],
  kw: string[] | null,
  min: number,
  max: number,
) {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  const s = (k: number) => (k === 1 ? "" : "s");
  if (n < min)
    raise(
      T.TypeError,
      `${name} expected ${min === max ? "" : "at least "}${min} argument${s(min)}, got ${n}`,
    );
  if (n > max)
    raise(
      T.TypeError,
      `${name} expected ${min === max ? "" : "at most "}${max} argument${s(max)}, got ${n}`,
    );
}

// ---------------------------------------------------------------- count, cycle, repeat

class CountImpl implements IterImpl {
  constructor(
    public cnt: HeapObject | null,
    public step: HeapObject | null,
  ) {}
  next(): HeapObject {
    const old = this.cnt!;
    this.cnt = binaryOp(old, this.step!, "+");
    return old;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.cnt, this.step);
  }
  release(): void {
    const refs = [this.cnt, this.step];
    this.cnt = this.step = null;
    releaseAll(...refs);
  }
}

/** PyNumber_Check. */
function isNumber(o: HeapObject): boolean {
  if (isInt(o) || o.type === C.float) return true;
  const t = typeOf(o);
  return (
    lookup(t, "__index__") !== null ||
    lookup(t, "__int__") !== null ||
    lookup(t, "__float__") !== null ||
    lookup(t, "__complex__") !== null
  );
}

function isOne(o: HeapObject): boolean {
  return isInt(o) && Number(o.p0) === 1;
}

class CycleImpl implements IterImpl {
  index = 0;
  constructor(
    public it: HeapObject | null,
    public saved: HeapObject | null,
  ) {}
  next(): HeapObject | null {
    if (this.it !== null) {
      const v = iterNext(this.it);
      if (v !== null) {
        listAppend(this.saved!, v);
        return v;
      }
      const it = this.it;
      this.it = null;
      decref(it);
    }
    const items = this.saved!.p0 as HeapObject[];
    if (items.length === 0) return null;
    const v = items[this.index]!;
    this.index++;
    if (this.index >= items.length) this.index = 0;
    return incRef(v);
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.it, this.saved);
  }
  release(): void {
    const refs = [this.it, this.saved];
    this.it = this.saved = null;
    releaseAll(...refs);
  }
}

class RepeatImpl implements IterImpl {
  constructor(
    public element: HeapObject | null,
    /** -1: forever. */
    public cnt: number,
  ) {}
  next(): HeapObject | null {
    if (this.cnt === 0) return null;
    if (this.cnt > 0) this.cnt--;
    return incRef(this.element!);
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.element);
  }
  release(): void {
    const e = this.element;
    this.element = null;
    xdecref(e);
  }
}

// ---------------------------------------------------------------- accumulate, chain, compress

class AccumulateImpl implements IterImpl {
  constructor(
    public it: HeapObject | null,
    public binop: HeapObject | null,
    public total: HeapObject | null,
    public initial: HeapObject | null,
  ) {}
  next(): HeapObject | null {
    if (this.initial !== null) {
      this.total = this.initial;
      this.initial = null;
      return incRef(this.total);
    }
    const val = iterNext(this.it!);
    if (val === null) return null;
    if (this.total === null) {
      this.total = incRef(val);
      return val;
    }
    let sum: HeapObject;
    try {
      sum =
        this.binop === null
          ? binaryOp(this.total, val, "+")
          : callBorrowed(this.binop, [this.total, val]);
    } finally {
      decref(val);
    }
    const old = this.total;
    this.total = sum;
    decref(old);
    return incRef(sum);
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.binop, this.it, this.total, this.initial);
  }
  release(): void {
    const refs = [this.binop, this.total, this.it, this.initial];
    this.binop = this.total = this.it = this.initial = null;
    releaseAll(...refs);
  }
}

class ChainImpl implements IterImpl {
  constructor(
    public source: HeapObject | null,
    public active: HeapObject | null = null,
  ) {}
  next(): HeapObject | null {
    while (this.source !== null) {
      if (this.active === null) {
        const iterable = iterNext(this.source);
        if (iterable === null) {
          this.dropSource();
          return null;
        }
        try {
          this.active = getIter(iterable);
        } catch (e) {
          this.dropSource();
          throw e;
        } finally {
          decref(iterable);
        }
      }
      const v = iterNext(this.active);
      if (v !== null) return v;
      const a = this.active;
      this.active = null;
      decref(a);
    }
    return null;
  }
  private dropSource(): void {
    const s = this.source;
    this.source = null;
    xdecref(s);
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.source, this.active);
  }
  release(): void {
    const refs = [this.source, this.active];
    this.source = this.active = null;
    releaseAll(...refs);
  }
}

class CompressImpl implements IterImpl {
  constructor(
    public data: HeapObject | null,
    public selectors: HeapObject | null,
  ) {}
  next(): HeapObject | null {
    for (;;) {
      const datum = iterNext(this.data!);
      if (datum === null) return null;
      let selector: HeapObject | null;
      try {
        selector = iterNext(this.selectors!);
      } catch (e) {
        decref(datum);
        throw e;
      }
      if (selector === null) {
        decref(datum);
        return null;
      }
      let ok: boolean;
      try {
        ok = truthy(selector);
      } catch (e) {
        decref(datum);
        throw e;
      } finally {
        decref(selector);
      }
      if (ok) return datum;
      decref(datum);
    }
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.data, this.selectors);
  }
  release(): void {
    const refs = [this.data, this.selectors];
    this.data = this.selectors = null;
    releaseAll(...refs);
  }
}

// ---------------------------------------------------------------- predicates

/** Call `func(item)` and test the result (the item stays owned by the caller). */
function test(func: HeapObject, item: HeapObject): boolean {
  const r = callBorrowed(func, [item]);
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

class PredImpl implements IterImpl {
  /** dropwhile: started yielding; takewhile: stopped. */
  flag = false;
  constructor(
    public kind: "dropwhile" | "takewhile" | "filterfalse" | "starmap",
    public func: HeapObject | null,
    public it: HeapObject | null,
  ) {}
  next(): HeapObject | null {
    const func = this.func!;
    switch (this.kind) {
      case "dropwhile":
        for (;;) {
          const item = iterNext(this.it!);
          if (item === null) return null;
          if (this.flag) return item;
          let good: boolean;
          try {
            good = test(func, item);
          } catch (e) {
            decref(item);
            throw e;
          }
          if (!good) {
            this.flag = true;
            return item;
          }
          decref(item);
        }
      case "takewhile": {
        if (this.flag) return null;
        const item = iterNext(this.it!);
        if (item === null) return null;
        let good: boolean;
        try {
          good = test(func, item);
        } catch (e) {
          decref(item);
          throw e;
        }
        if (good) return item;
        decref(item);
        this.flag = true;
        return null;
      }
      case "filterfalse":
        for (;;) {
          const item = iterNext(this.it!);
          if (item === null) return null;
          let ok: boolean;
          try {
            ok = func === S.None ? truthy(item) : test(func, item);
          } catch (e) {
            decref(item);
            throw e;
          }
          if (!ok) return item;
          decref(item);
        }
      case "starmap": {
        const args = iterNext(this.it!);
        if (args === null) return null;
        let items: HeapObject[];
        try {
          items = toArray(args);
        } finally {
          decref(args);
        }
        // The argument tuple (PySequence_Tuple) for the call.
        const tuple = newTuple(items);
        try {
          return callBorrowed(func, tuple.p0 as HeapObject[]);
        } finally {
          decref(tuple);
        }
      }
    }
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.func, this.it);
  }
  release(): void {
    const refs = [this.func, this.it];
    this.func = this.it = null;
    releaseAll(...refs);
  }
}

// ---------------------------------------------------------------- groupby

class GroupbyImpl implements IterImpl {
  tgtkey: HeapObject | null = null;
  currkey: HeapObject | null = null;
  currvalue: HeapObject | null = null;
  /** The live _grouper (borrowed, compared by identity only). */
  currgrouper: HeapObject | null = null;
  self: HeapObject | null = null;
  constructor(
    public it: HeapObject | null,
    public keyfunc: HeapObject | null,
  ) {}
  /** groupby_step: false at the end of the input. */
  step(): boolean {
    const newvalue = iterNext(this.it!);
    if (newvalue === null) return false;
    let newkey: HeapObject;
    if (this.keyfunc === S.None) newkey = incRef(newvalue);
    else {
      try {
        newkey = callBorrowed(this.keyfunc!, [newvalue]);
      } catch (e) {
        decref(newvalue);
        throw e;
      }
    }
    const oldvalue = this.currvalue;
    this.currvalue = newvalue;
    const oldkey = this.currkey;
    this.currkey = newkey;
    xdecref(oldkey);
    xdecref(oldvalue);
    return true;
  }
  next(): HeapObject | null {
    this.currgrouper = null;
    for (;;) {
      if (this.currkey === null) {
        // fetch
      } else if (this.tgtkey === null) break;
      else if (!compareBool(this.tgtkey, this.currkey, "==")) break;
      if (!this.step()) return null;
    }
    const key = incRef(this.currkey!);
    const old = this.tgtkey;
    this.tgtkey = key;
    xdecref(old);
    const grouper = newGrouper(this.self!, this.tgtkey);
    return newTuple([incRef(this.currkey!), grouper]);
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.it, this.keyfunc, this.tgtkey, this.currkey, this.currvalue);
  }
  release(): void {
    const refs = [this.it, this.keyfunc, this.tgtkey, this.currkey, this.currvalue];
    this.it = this.keyfunc = this.tgtkey = this.currkey = this.currvalue = null;
    releaseAll(...refs);
  }
}

class GrouperImpl implements IterImpl {
  self: HeapObject | null = null;
  constructor(
    public parent: HeapObject | null,
    public tgtkey: HeapObject | null,
  ) {}
  next(): HeapObject | null {
    const gbo = impl<GroupbyImpl>(this.parent!);
    if (gbo.currgrouper !== this.self) return null;
    if (gbo.currvalue === null) {
      if (!gbo.step()) return null;
    }
    if (!compareBool(this.tgtkey!, gbo.currkey!, "==")) return null;
    const r = gbo.currvalue!;
    gbo.currvalue = null;
    const k = gbo.currkey;
    gbo.currkey = null;
    xdecref(k);
    return r;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.parent, this.tgtkey);
  }
  release(): void {
    const refs = [this.parent, this.tgtkey];
    this.parent = this.tgtkey = null;
    releaseAll(...refs);
  }
}

const K: Record<string, ObjectType> = {};

function newGrouper(parent: HeapObject, tgtkey: HeapObject): HeapObject {
  const g = new GrouperImpl(incRef(parent), incRef(tgtkey));
  const o = make(K._grouper!, g);
  g.self = o;
  impl<GroupbyImpl>(parent).currgrouper = o;
  return o;
}

// ---------------------------------------------------------------- islice, pairwise

class IsliceImpl implements IterImpl {
  cnt = 0;
  constructor(
    public it: HeapObject | null,
    public nextIndex: number,
    /** -1: None. */
    public stop: number,
    public step: number,
  ) {}
  next(): HeapObject | null {
    const it = this.it;
    if (it === null) return null;
    try {
      while (this.cnt < this.nextIndex) {
        const item = iterNext(it);
        if (item === null) return this.empty();
        decref(item);
        this.cnt++;
      }
      if (this.stop !== -1 && this.cnt >= this.stop) return this.empty();
      const item = iterNext(it);
      if (item === null) return this.empty();
      this.cnt++;
      const old = this.nextIndex;
      this.nextIndex += this.step;
      if (this.nextIndex < old || (this.stop !== -1 && this.nextIndex > this.stop))
        this.nextIndex = this.stop;
      return item;
    } catch (e) {
      this.empty();
      throw e;
    }
  }
  private empty(): null {
    const it = this.it;
    this.it = null;
    xdecref(it);
    return null;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.it);
  }
  release(): void {
    this.empty();
  }
}

class PairwiseImpl implements IterImpl {
  constructor(
    public it: HeapObject | null,
    public old: HeapObject | null = null,
  ) {}
  next(): HeapObject | null {
    const it = this.it;
    if (it === null) return null;
    if (this.old === null) {
      this.old = iterNext(it);
      if (this.old === null) {
        this.release();
        return null;
      }
    }
    const nw = iterNext(it);
    if (nw === null) {
      this.release();
      return null;
    }
    const result = newTuple([incRef(this.old), incRef(nw)]);
    const old = this.old;
    this.old = nw;
    decref(old);
    return result;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.it, this.old);
  }
  release(): void {
    const refs = [this.it, this.old];
    this.it = this.old = null;
    releaseAll(...refs);
  }
}

// ---------------------------------------------------------------- tee

const LINKCELLS = 57;

class TeeData {
  numread = 0;
  running = false;
  nextlink: HeapObject | null = null;
  values: HeapObject[] = [];
  constructor(public it: HeapObject | null) {}
}

function teeData(o: HeapObject): TeeData {
  return o.p0 as TeeData;
}

/** teedataobject_safe_decref: release a chain of blocks without recursion. */
function safeDecref(obj: HeapObject | null): void {
  while (obj !== null && obj.type === teedataContract && obj.refcnt === 1) {
    const d = teeData(obj);
    const nextlink = d.nextlink;
    d.nextlink = null;
    decref(obj);
    obj = nextlink;
  }
  if (obj !== null) decref(obj);
}

function clearTeeData(o: HeapObject): void {
  const d = teeData(o);
  const it = d.it;
  d.it = null;
  xdecref(it);
  const values = d.values;
  d.values = [];
  for (const v of values) decref(v);
  const nl = d.nextlink;
  d.nextlink = null;
  safeDecref(nl);
}

const teedataContract = new ObjectType({
  name: "itertools._tee_dataobject",
  gc: true,
  basicSize: 512,
  traverse: (o, visit) => {
    const d = teeData(o);
    if (d.it !== null) visit(d.it);
    for (const v of d.values) visit(v);
    if (d.nextlink !== null) visit(d.nextlink);
  },
  clear: clearTeeData,
  dealloc: (o) => {
    clearTeeData(o);
    return undefined;
  },
});

function newTeeData(it: HeapObject): HeapObject {
  const o = heap.alloc(teedataContract, new TeeData(incRef(it)), null, null);
  heap.track(o);
  return o;
}

function teeDataGet(o: HeapObject, i: number): HeapObject | null {
  const d = teeData(o);
  if (i < d.numread) return incRef(d.values[i]!);
  if (d.running) raise(T.RuntimeError, "cannot re-enter the tee iterator");
  d.running = true;
  let v: HeapObject | null;
  try {
    v = iterNext(d.it!);
  } finally {
    d.running = false;
  }
  if (v === null) return null;
  d.numread++;
  d.values.push(v);
  return incRef(v);
}

class TeeImpl implements IterImpl {
  constructor(
    public dataobj: HeapObject | null,
    public index: number,
  ) {}
  next(): HeapObject | null {
    if (this.index >= LINKCELLS) {
      const d = teeData(this.dataobj!);
      if (d.nextlink === null) d.nextlink = newTeeData(d.it!);
      const link = incRef(d.nextlink);
      const old = this.dataobj;
      this.dataobj = link;
      xdecref(old);
      this.index = 0;
    }
    const v = teeDataGet(this.dataobj!, this.index);
    if (v === null) return null;
    this.index++;
    return v;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.dataobj);
  }
  release(): void {
    const d = this.dataobj;
    this.dataobj = null;
    xdecref(d);
  }
}

function teeCopy(to: HeapObject): HeapObject {
  const t = impl<TeeImpl>(to);
  return makeTee(new TeeImpl(incRef(t.dataobj!), t.index));
}

function makeTee(t: TeeImpl): HeapObject {
  const o = heap.alloc(K._tee!, () => t.next(), t, null);
  heap.track(o);
  return o;
}

/** tee_fromiterable. */
function teeFromIterable(iterable: HeapObject): HeapObject {
  const it = getIter(iterable);
  try {
    if (it.type === K._tee) return teeCopy(it);
    return makeTee(new TeeImpl(newTeeData(it), 0));
  } finally {
    decref(it);
  }
}

function tee(args: HeapObject[], kw: string[] | null): HeapObject {
  positional("tee", args, kw, 1, 2);
  const n = args.length > 1 ? asIndex(args[1]!) : 2;
  if (n < 0) raise(T.ValueError, "n must be >= 0");
  if (n === 0) return newTuple([]);
  const items: HeapObject[] = [];
  try {
    const it = getIter(args[0]!);
    let copyable: HeapObject;
    let copyfunc: HeapObject | null;
    try {
      copyfunc = getAttrOrNull(it, "__copy__");
    } catch (e) {
      decref(it);
      throw e;
    }
    if (copyfunc !== null) copyable = it;
    else {
      try {
        copyable = teeFromIterable(it);
      } finally {
        decref(it);
      }
      copyfunc = getAttrOrNull(copyable, "__copy__")!;
    }
    items.push(copyable);
    try {
      for (let i = 1; i < n; i++) items.push(callBorrowed(copyfunc, []));
    } finally {
      decref(copyfunc);
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  return newTuple(items);
}

// ---------------------------------------------------------------- tuples reused

/**
 * The result tuple of zip_longest and the combinatoric iterators: updated in place when
 * the iterator holds the only reference, else copied (the caller kept the last one).
 */
function ownResult(result: HeapObject): HeapObject {
  if (result.refcnt > 1) {
    const items = (result.p0 as HeapObject[]).slice();
    for (const x of items) incref(x);
    return newTuple(items);
  }
  if (result.gcNext === null && (result.p0 as HeapObject[]).length > 0) heap.track(result);
  return result;
}

function setItem(result: HeapObject, i: number, v: HeapObject): void {
  const items = result.p0 as HeapObject[];
  const old = items[i]!;
  items[i] = incRef(v);
  decref(old);
}

class ZipLongestImpl implements IterImpl {
  numactive: number;
  result: HeapObject | null;
  constructor(
    public its: (HeapObject | null)[],
    public fillvalue: HeapObject | null,
  ) {
    this.numactive = its.length;
    this.result = newTuple(its.map(() => incRef(S.None)));
  }
  next(): HeapObject | null {
    const n = this.its.length;
    if (n === 0 || this.numactive === 0) return null;
    let result = this.result!;
    const reuse = result.refcnt === 1;
    const fresh: HeapObject[] = [];
    if (reuse) {
      incref(result);
      if (result.gcNext === null) heap.track(result);
    }
    for (let i = 0; i < n; i++) {
      const it = this.its[i]!;
      let item: HeapObject | null;
      if (it === null) item = incRef(this.fillvalue!);
      else {
        try {
          item = iterNext(it);
        } catch (e) {
          this.numactive = 0;
          if (reuse) decref(result);
          for (const x of fresh) decref(x);
          throw e;
        }
        if (item === null) {
          this.numactive--;
          if (this.numactive === 0) {
            if (reuse) decref(result);
            for (const x of fresh) decref(x);
            return null;
          }
          item = incRef(this.fillvalue!);
          this.its[i] = null;
          decref(it);
        }
      }
      if (reuse) {
        const items = result.p0 as HeapObject[];
        const old = items[i]!;
        items[i] = item;
        decref(old);
      } else fresh.push(item);
    }
    if (!reuse) {
      result = newTuple(fresh);
    }
    return result;
  }
  traverse(visit: Visit): void {
    for (const it of this.its) if (it !== null) visit(it);
    visitAll(visit, this.fillvalue, this.result);
  }
  release(): void {
    const its = this.its;
    this.its = [];
    for (const it of its) xdecref(it);
    const refs = [this.fillvalue, this.result];
    this.fillvalue = this.result = null;
    releaseAll(...refs);
  }
}

class CombImpl implements IterImpl {
  result: HeapObject | null = null;
  stopped = false;
  indices: number[] = [];
  cycles: number[] = [];
  constructor(
    public kind: "product" | "combinations" | "cwr" | "permutations",
    /** product: the tuple of pools; the others: the pool tuple. */
    public pools: HeapObject | null,
    public r: number,
  ) {
    const n = this.poolItems().length;
    if (kind === "product") this.indices = new Array(this.poolItems().length).fill(0);
    else if (kind === "combinations") {
      this.indices = Array.from({ length: r }, (_, i) => i);
      this.stopped = r > n;
    } else if (kind === "cwr") {
      this.indices = new Array(r).fill(0);
      this.stopped = n === 0 && r > 0;
    } else {
      this.indices = Array.from({ length: n }, (_, i) => i);
      this.cycles = Array.from({ length: r }, (_, i) => n - i);
      this.stopped = r > n;
    }
  }
  poolItems(): HeapObject[] {
    return this.pools!.p0 as HeapObject[];
  }
  next(): HeapObject | null {
    if (this.stopped) return null;
    const pool = this.poolItems();
    if (this.result === null) {
      let items: HeapObject[];
      if (this.kind === "product") {
        if (pool.some((p) => (p.p0 as HeapObject[]).length === 0)) return this.empty();
        items = pool.map((p) => incRef((p.p0 as HeapObject[])[0]!));
      } else if (this.kind === "cwr") {
        items = this.r > 0 ? new Array(this.r).fill(pool[0]).map(incRef) : [];
      } else items = this.indices.slice(0, this.r).map((i) => incRef(pool[i]!));
      this.result = newTuple(items);
      return incRef(this.result);
    }
    if (this.kind === "permutations" && pool.length === 0) return this.empty();
    const owned = ownResult(this.result);
    if (owned !== this.result) {
      const old = this.result;
      this.result = owned;
      decref(old);
    }
    const result = this.result;
    const idx = this.indices;
    const n = pool.length;
    const r = this.r;
    switch (this.kind) {
      case "product": {
        let i = pool.length - 1;
        for (; i >= 0; i--) {
          const p = pool[i]!.p0 as HeapObject[];
          idx[i]!++;
          if (idx[i] === p.length) {
            idx[i] = 0;
            setItem(result, i, p[0]!);
          } else {
            setItem(result, i, p[idx[i]!]!);
            break;
          }
        }
        if (i < 0) return this.empty();
        break;
      }
      case "combinations": {
        let i = r - 1;
        while (i >= 0 && idx[i] === i + n - r) i--;
        if (i < 0) return this.empty();
        idx[i]!++;
        for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1]! + 1;
        for (; i < r; i++) setItem(result, i, pool[idx[i]!]!);
        break;
      }
      case "cwr": {
        let i = r - 1;
        while (i >= 0 && idx[i] === n - 1) i--;
        if (i < 0) return this.empty();
        const index = idx[i]! + 1;
        const elem = pool[index]!;
        for (; i < r; i++) {
          idx[i] = index;
          setItem(result, i, elem);
        }
        break;
      }
      case "permutations": {
        const cycles = this.cycles;
        let i = r - 1;
        for (; i >= 0; i--) {
          cycles[i]!--;
          if (cycles[i] === 0) {
            const index = idx[i]!;
            for (let j = i; j < n - 1; j++) idx[j] = idx[j + 1]!;
            idx[n - 1] = index;
            cycles[i] = n - i;
          } else {
            const j = cycles[i]!;
            const index = idx[i]!;
            idx[i] = idx[n - j]!;
            idx[n - j] = index;
            for (let k = i; k < r; k++) setItem(result, k, pool[idx[k]!]!);
            break;
          }
        }
        if (i < 0) return this.empty();
        break;
      }
    }
    return incRef(result);
  }
  private empty(): null {
    this.stopped = true;
    return null;
  }
  traverse(visit: Visit): void {
    visitAll(visit, this.pools, this.result);
  }
  release(): void {
    const refs = [this.pools, this.result];
    this.pools = this.result = null;
    releaseAll(...refs);
  }
}

function rArg(fname: string, o: HeapObject): number {
  if (!isInt(o)) raise(T.TypeError, "Expected int as r");
  const r = asIndex(o);
  if (r < 0) raise(T.ValueError, "r must be non-negative");
  return r;
}

// ---------------------------------------------------------------- installation

interface Made {
  type: HeapObject;
  contract: ObjectType;
}

function install(
  m: Map<string, Made>,
  qualname: string,
  construct: ((args: HeapObject[], kw: string[] | null) => HeapObject) | undefined,
  contract: ObjectType = iterContract(qualname, SIZES[qualname]),
): Made {
  K[qualname] = contract;
  const t = installNativeType({
    module: "itertools",
    qualname,
    contract,
    construct: construct && ((_cls, args, kw) => construct(args, kw)),
  });
  defineMethod(t, "__iter__", (_a, _k, self) => incRef(self!));
  defineMethod(t, "__next__", (_a, _k, self) => {
    const v = impl<IterImpl>(self!).next();
    if (v === null) raise(T.StopIteration);
    return v;
  });
  const made = { type: t, contract };
  m.set(qualname, made);
  return made;
}

function installAll(): Map<string, Made> {
  const m = new Map<string, Made>();
  const count = install(m, "count", (args, kw) => {
    const [start, step] = clinic("count", ["start", "step"], 0, args, kw);
    const c = start ?? null;
    const s = step ?? null;
    if ((c !== null && !isNumber(c)) || (s !== null && !isNumber(s)))
      raise(T.TypeError, "a number is required");
    return make(
      K.count!,
      new CountImpl(c === null ? newInt(0) : incRef(c), s === null ? newInt(1) : incRef(s)),
    );
  });
  nativeRepr.set(count.contract, (o) => {
    const c = impl<CountImpl>(o);
    if (isOne(c.step!)) return `count(${repr(c.cnt!)})`;
    return `count(${repr(c.cnt!)}, ${repr(c.step!)})`;
  });
  install(m, "cycle", (args, kw) => {
    positional("cycle", args, kw, 1, 1);
    const it = getIter(args[0]!);
    return make(K.cycle!, new CycleImpl(it, newList([])));
  });
  const repeat = install(m, "repeat", (args, kw) => {
    const [element, times] = clinic("repeat", ["object", "times"], 1, args, kw);
    let cnt = -1;
    if (times !== undefined) cnt = Math.max(0, asIndex(times));
    return make(K.repeat!, new RepeatImpl(incRef(element!), cnt));
  });
  nativeRepr.set(repeat.contract, (o) => {
    const r = impl<RepeatImpl>(o);
    return r.cnt === -1 ? `repeat(${repr(r.element!)})` : `repeat(${repr(r.element!)}, ${r.cnt})`;
  });
  defineMethod(repeat.type, "__length_hint__", (_a, _k, self) => {
    const r = impl<RepeatImpl>(self!);
    if (r.cnt === -1) raise(T.TypeError, "len() of unsized object");
    return newInt(r.cnt);
  });
  install(m, "accumulate", (args, kw) => {
    const [iterable, func, initial] = clinic("accumulate", ["iterable", "func"], 1, args, kw, [
      "initial",
    ]);
    const it = getIter(iterable!);
    const binop = func === undefined || func === S.None ? null : incRef(func);
    const init = initial === undefined || initial === S.None ? null : incRef(initial);
    return make(K.accumulate!, new AccumulateImpl(it, binop, null, init));
  });
  const chain = install(m, "chain", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "chain() takes no keyword arguments");
    const tuple = newTuple(args.map(incRef));
    try {
      return make(K.chain!, new ChainImpl(getIter(tuple)));
    } finally {
      decref(tuple);
    }
  });
  const fromIterable = newBuiltin("from_iterable", (args, kw) => {
    const nkw = kw?.length ?? 0;
    if (nkw > 0) raise(T.TypeError, "chain.from_iterable() takes no keyword arguments");
    if (args.length !== 2)
      raise(
        T.TypeError,
        `chain.from_iterable() takes exactly one argument (${args.length - 1} given)`,
      );
    return make(K.chain!, new ChainImpl(getIter(args[1]!)));
  });
  const cm = heap.alloc(classmethodContract, fromIterable, null, null);
  heap.track(cm);
  typeInfo(chain.type).dict.set("from_iterable", cm);
  installClassGetitem(chain.type); // chain[int]
  install(m, "compress", (args, kw) => {
    const [data, selectors] = clinic("compress", ["data", "selectors"], 2, args, kw);
    const d = getIter(data!);
    let s: HeapObject;
    try {
      s = getIter(selectors!);
    } catch (e) {
      decref(d);
      throw e;
    }
    return make(K.compress!, new CompressImpl(d, s));
  });
  for (const kind of ["dropwhile", "takewhile", "filterfalse", "starmap"] as const) {
    install(m, kind, (args, kw) => {
      positional(kind, args, kw, 2, 2);
      const it = getIter(args[1]!);
      return make(K[kind]!, new PredImpl(kind, incRef(args[0]!), it));
    });
  }
  install(m, "groupby", (args, kw) => {
    const [iterable, key] = clinic("groupby", ["iterable", "key"], 1, args, kw);
    const it = getIter(iterable!);
    const g = new GroupbyImpl(it, incRef(key ?? S.None));
    const o = make(K.groupby!, g);
    g.self = o;
    return o;
  });
  install(m, "_grouper", (args, kw) => {
    positional("_grouper", args, kw, 2, 2);
    if (args[0]!.type !== K.groupby)
      raise(
        T.TypeError,
        `_grouper() argument 1 must be itertools.groupby, not ${typeInfo(typeOf(args[0]!)).name}`,
      );
    return newGrouper(args[0]!, args[1]!);
  });
  install(m, "islice", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "islice() takes no keyword arguments");
    positional("islice", args, null, 2, 4);
    const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    const toSize = (o: HeapObject): number | null => {
      try {
        const v = asIndex(o);
        return v > MAXSIZE ? null : v;
      } catch (e) {
        if (e instanceof PyRaise) {
          decref(e.exc);
          return null;
        }
        throw e;
      }
    };
    let start = 0;
    let stop = -1;
    let step = 1;
    const parseStop = (o: HeapObject) => {
      if (o === S.None) return;
      const v = toSize(o);
      if (v === null || v < 0) raise(T.ValueError, stopMsg);
      stop = v;
    };
    if (args.length === 2) parseStop(args[1]!);
    else {
      if (args[1] !== S.None) start = toSize(args[1]!) ?? -1;
      parseStop(args[2]!);
    }
    if (start < 0 || stop < -1)
      raise(
        T.ValueError,
        "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
      );
    if (args.length === 4 && args[3] !== S.None) step = toSize(args[3]!) ?? -1;
    if (step < 1) raise(T.ValueError, "Step for islice() must be a positive integer or None.");
    const it = getIter(args[0]!);
    return make(K.islice!, new IsliceImpl(it, start, stop, step));
  });
  install(m, "pairwise", (args, kw) => {
    positional("pairwise", args, kw, 1, 1);
    return make(K.pairwise!, new PairwiseImpl(getIter(args[0]!)));
  });
  const teeT = install(m, "_tee", (args, kw) => {
    positional("_tee", args, kw, 1, 1);
    return teeFromIterable(args[0]!);
  });
  defineMethod(teeT.type, "__copy__", (_a, _k, self) => teeCopy(self!));
  const data = installNativeType({
    module: "itertools",
    qualname: "_tee_dataobject",
    contract: teedataContract,
  });
  m.set("_tee_dataobject", { type: data, contract: teedataContract });
  install(m, "zip_longest", (args, kw) => {
    const nkw = kw?.length ?? 0;
    let fill: HeapObject = S.None;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== "fillvalue")
        raise(T.TypeError, "zip_longest() got an unexpected keyword argument");
      fill = args[args.length - nkw + i]!;
    }
    const its: HeapObject[] = [];
    try {
      for (const a of args.slice(0, args.length - nkw)) its.push(getIter(a));
    } catch (e) {
      for (const it of its) decref(it);
      throw e;
    }
    return make(K.zip_longest!, new ZipLongestImpl(its, incRef(fill)));
  });
  install(m, "product", (args, kw) => {
    const nkw = kw?.length ?? 0;
    let repeat = 1;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== "repeat")
        raise(T.TypeError, `'${kw![i]}' is an invalid keyword argument for product()`);
      repeat = asIndex(args[args.length - nkw + i]!);
      if (repeat < 0) raise(T.ValueError, "repeat argument cannot be negative");
    }
    const iterables = args.slice(0, args.length - nkw);
    const pools: HeapObject[] = [];
    try {
      for (const a of iterables) pools.push(newTuple(toArray(a)));
    } catch (e) {
      for (const p of pools) decref(p);
      throw e;
    }
    const all: HeapObject[] = [];
    for (let k = 0; k < repeat; k++) for (const p of pools) all.push(incRef(p));
    for (const p of pools) decref(p);
    return make(K.product!, new CombImpl("product", newTuple(all), 0));
  });
  install(m, "combinations", (args, kw) => {
    const [iterable, r] = clinic("combinations", ["iterable", "r"], 2, args, kw);
    const pool = newTuple(toArray(iterable!));
    let n: number;
    try {
      n = rArg("combinations", r!);
    } catch (e) {
      decref(pool);
      throw e;
    }
    return make(K.combinations!, new CombImpl("combinations", pool, n));
  });
  install(m, "combinations_with_replacement", (args, kw) => {
    const [iterable, r] = clinic("combinations_with_replacement", ["iterable", "r"], 2, args, kw);
    const pool = newTuple(toArray(iterable!));
    let n: number;
    try {
      n = rArg("combinations_with_replacement", r!);
    } catch (e) {
      decref(pool);
      throw e;
    }
    return make(K.combinations_with_replacement!, new CombImpl("cwr", pool, n));
  });
  install(m, "permutations", (args, kw) => {
    const [iterable, r] = clinic("permutations", ["iterable", "r"], 1, args, kw);
    const pool = newTuple(toArray(iterable!));
    let n = (pool.p0 as HeapObject[]).length;
    try {
      if (r !== undefined && r !== S.None) n = rArg("permutations", r);
    } catch (e) {
      decref(pool);
      throw e;
    }
    return make(K.permutations!, new CombImpl("permutations", pool, n));
  });
  for (const name of ["product", "permutations", "combinations", "combinations_with_replacement"]) {
    const made = m.get(name)!;
    // The index arrays (product: one per pool; permutations: indices and cycles).
    defineMethod(made.type, "__sizeof__", (_a, _k, self) => {
      const c = impl<CombImpl>(self!);
      const n = c.kind === "permutations" ? c.indices.length + c.cycles.length : c.indices.length;
      return newInt(SIZES[name]! - 16 + 8 * n);
    });
  }
  return m;
}

let installed: Map<string, Made> | null = null;

declareModule("itertools", (m) => {
  installed ??= installAll();
  for (const [name, made] of installed) defineValue(m, name, made.type);
  defineFunction(m, "tee", tee);
  void none;
});
