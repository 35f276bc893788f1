/**
 * The `collections` module: `deque` (CPython Modules/_collectionsmodule.c).
 *
 * A deque's items live in a JS array; CPython's block layout (blocks of 64 slots, the
 * left and right indexes inside the end blocks) is modelled by two counters so that
 * `sys.getsizeof` reports what deque_sizeof reports. Items are released left to right
 * after the deque is emptied, as deque_clear does, and `maxlen` trims after the append.
 * NOT-CPYTHON: no subclasses of deque yet. defaultdict, OrderedDict, Counter and namedtuple
 * are the module's Python-source half (collections-lib.ts).
 */
import { type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import {
  asIndex,
  compareBool,
  getIter,
  incRef,
  isInt,
  iterNext,
  nativeAttrs,
  nativeRepr,
  repr,
  richCompare,
  withReprGuard,
} from "../runtime/abstract.js";
import { accounting, type Trace } from "../runtime/accounting.js";
import { cmpResult, defineMethod, registerBuiltinType } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { staticmethodContract } from "../runtime/function.js";
import { installClassGetitem } from "../runtime/genericalias.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { nativeIter } from "../runtime/nativeiter.js";
import { newBool, newBuiltin, newInt, newStr, none } from "../runtime/objects.js";
import { PATMA_SEQUENCE, typeInfo, typeName } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { COLLECTIONS_LIBRARY } from "./collections-lib.js";
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { defineValue } from "./support.js";

const BLOCKLEN = 64;
const CENTER = (BLOCKLEN - 1) >> 1;
/** sizeof(block): 64 item pointers and two links. */
const BLOCK_SIZE = BLOCKLEN * 8 + 16;
/** deque's tp_basicsize (without the GC header). */
const DEQUE_BASIC = 216;
/** sizeof(dequeiterobject), and the GC header. */
const DEQUE_ITER_SIZE = 72;
/** MAXFREEBLOCKS: how many emptied blocks a deque keeps for reuse. */
const MAX_FREE_BLOCKS = 16;

/**
 * A deque's items, and CPython's blocks around them: the block list is modelled by the
 * indexes inside its end blocks (for __sizeof__) and by one entry per block, its
 * tracemalloc trace (null when it was allocated untraced) — tracemalloc traces each
 * block where newblock allocated it, and a block emptied by a pop waits in the deque's
 * free blocks for the next one rather than being freed.
 */
class DequeState {
  items: HeapObject[] = [];
  /** -1: unbounded. */
  maxlen = -1;
  /** CPython's leftindex / rightindex inside the end blocks. */
  left = CENTER + 1;
  right = CENTER;
  /** Bumped by every structural change (the iterators' mutation check). */
  state = 0;
  /** deque->freeblocks, newest last. */
  freeBlocks: (Trace | null)[] = [];
  /** The blocks, leftmost first (deque_new allocates the first). */
  blocks: (Trace | null)[] = [newBlock(this)];

  recenter(): void {
    this.left = CENTER + 1;
    this.right = CENTER;
  }
  noteAppend(): void {
    if (this.right === BLOCKLEN - 1) {
      this.blocks.push(newBlock(this));
      this.right = -1;
    }
    this.right++;
  }
  noteAppendLeft(): void {
    if (this.left === 0) {
      this.blocks.unshift(newBlock(this));
      this.left = BLOCKLEN;
    }
    this.left--;
  }
  notePop(): void {
    this.right--;
    if (this.right < 0) {
      if (this.items.length > 0) {
        freeBlock(this, this.blocks.pop()!);
        this.right = BLOCKLEN - 1;
      } else this.recenter();
    }
  }
  notePopLeft(): void {
    this.left++;
    if (this.left === BLOCKLEN) {
      if (this.items.length > 0) {
        freeBlock(this, this.blocks.shift()!);
        this.left = 0;
      } else this.recenter();
    }
  }
}

/** newblock: a kept free block if there is one, else a new allocation. */
function newBlock(s: DequeState): Trace | null {
  if (s.freeBlocks.length > 0) return s.freeBlocks.pop()!;
  return accounting.allocBlock(BLOCK_SIZE);
}

/** freeblock: kept for reuse while there are fewer than 16, else freed. */
function freeBlock(s: DequeState, block: Trace | null): void {
  if (s.freeBlocks.length < MAX_FREE_BLOCKS) s.freeBlocks.push(block);
  else accounting.freeBlock(block);
}

function st(d: HeapObject): DequeState {
  return d.p0 as DequeState;
}

/**
 * deque_clear: the deque is made empty first, on a new block, then the old items are
 * released left to right, each old block freed once its items are.
 */
function clearDeque(d: HeapObject): void {
  const s = st(d);
  if (s.items.length === 0) return;
  const old = s.items;
  const oldBlocks = s.blocks;
  let inBlock = BLOCKLEN - s.left;
  s.items = [];
  s.blocks = [newBlock(s)];
  s.recenter();
  s.state++;
  let b = 0;
  for (const v of old) {
    if (inBlock === 0) {
      freeBlock(s, oldBlocks[b++]!);
      inBlock = BLOCKLEN;
    }
    inBlock--;
    decref(v);
  }
  freeBlock(s, oldBlocks[b]!);
}

const dequeContract = new ObjectType({
  name: "collections.deque",
  gc: true,
  weakrefable: true,
  basicSize: DEQUE_BASIC + 16, // (the GC header: the object's own block)
  traverse: (d: HeapObject, visit: Visit) => {
    for (const v of st(d).items) visit(v);
  },
  clear: (d) => clearDeque(d),
  dealloc: (d) => {
    clearDeque(d);
    // deque_dealloc frees the last block and the kept ones.
    const s = st(d);
    for (const block of s.blocks) accounting.freeBlock(block);
    for (const block of s.freeBlocks) accounting.freeBlock(block);
    s.blocks = [];
    s.freeBlocks = [];
    return undefined;
  },
});

export const Deque = { type: null as unknown as HeapObject };

function isDeque(o: HeapObject): boolean {
  return o.type === dequeContract;
}

function newDeque(maxlen = -1): HeapObject {
  const s = new DequeState();
  s.maxlen = maxlen;
  const d = heap.alloc(dequeContract, s, null, null);
  heap.track(d);
  return d;
}

/** deque_append_internal: `v` is a new reference the deque takes. */
function append(d: HeapObject, v: HeapObject): void {
  const s = st(d);
  s.items.push(v);
  s.noteAppend();
  s.state++;
  if (s.maxlen >= 0 && s.items.length > s.maxlen) decref(popLeft(d));
}

function appendLeft(d: HeapObject, v: HeapObject): void {
  const s = st(d);
  s.items.unshift(v);
  s.noteAppendLeft();
  s.state++;
  if (s.maxlen >= 0 && s.items.length > s.maxlen) decref(pop(d));
}

function pop(d: HeapObject): HeapObject {
  const s = st(d);
  if (s.items.length === 0) raise(T.IndexError, "pop from an empty deque");
  const v = s.items.pop()!;
  s.notePop();
  s.state++;
  return v;
}

function popLeft(d: HeapObject): HeapObject {
  const s = st(d);
  if (s.items.length === 0) raise(T.IndexError, "pop from an empty deque");
  const v = s.items.shift()!;
  s.notePopLeft();
  s.state++;
  return v;
}

/** deque_extend / deque_extendleft. */
function extend(d: HeapObject, iterable: HeapObject, left: boolean): void {
  const s = st(d);
  if (iterable === d) {
    // Extending by itself: iterate over a copy.
    const items = s.items.slice();
    for (const v of items) incref(v);
    for (const v of items) (left ? appendLeft : append)(d, v);
    return;
  }
  const it = getIter(iterable);
  try {
    if (s.maxlen === 0) {
      for (let v = iterNext(it); v !== null; v = iterNext(it)) decref(v);
      return;
    }
    // Space-saving heuristic: an empty deque starts filling from the end it grows from.
    if (s.items.length === 0) {
      if (left) {
        s.left = BLOCKLEN - 1;
        s.right = BLOCKLEN - 2;
      } else {
        s.left = 1;
        s.right = 0;
      }
    }
    for (let v = iterNext(it); v !== null; v = iterNext(it)) (left ? appendLeft : append)(d, v);
  } finally {
    decref(it);
  }
}

/** _deque_rotate: n > 0 moves items from the right end to the left. */
function rotate(d: HeapObject, n: number): void {
  const s = st(d);
  const len = s.items.length;
  if (len <= 1) return;
  const half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  // An end block emptied on one side is the next one needed on the other (`spare`);
  // one left over at the end is freed.
  let spare: Trace | null | undefined;
  for (; n > 0; n--) {
    if (s.left === 0) {
      s.blocks.unshift(spare !== undefined ? spare : newBlock(s));
      spare = undefined;
      s.left = BLOCKLEN;
    }
    s.items.unshift(s.items.pop()!);
    s.left--;
    s.right--;
    if (s.right < 0) {
      spare = s.blocks.pop()!;
      s.right = BLOCKLEN - 1;
    }
  }
  for (; n < 0; n++) {
    if (s.right === BLOCKLEN - 1) {
      s.blocks.push(spare !== undefined ? spare : newBlock(s));
      spare = undefined;
      s.right = -1;
    }
    s.items.push(s.items.shift()!);
    s.right++;
    s.left++;
    if (s.left === BLOCKLEN) {
      spare = s.blocks.shift()!;
      s.left = 0;
    }
  }
  if (spare !== undefined) freeBlock(s, spare);
  s.state++;
}

function normIndex(d: HeapObject, key: HeapObject): number {
  if (!isInt(key)) raise(T.TypeError, `sequence index must be integer, not '${typeName(key)}'`);
  const n = st(d).items.length;
  let i = asIndex(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise(T.IndexError, "deque index out of range");
  return i;
}

/** Equality test with the mutation check of deque_count / deque_contains / deque_index. */
function eqChecked(d: HeapObject, item: HeapObject, v: HeapObject): boolean {
  const s = st(d);
  const state = s.state;
  incref(item);
  let r: boolean;
  try {
    r = compareBool(item, v, "==");
  } finally {
    decref(item);
  }
  if (s.state !== state) raise(T.RuntimeError, "deque mutated during iteration");
  return r;
}

function dequeIterator(d: HeapObject, reverse: boolean): HeapObject {
  const s = st(d);
  const state = s.state;
  let counter = s.items.length;
  let index = reverse ? s.items.length - 1 : 0;
  incref(d);
  return nativeIter(
    reverse ? "_deque_reverse_iterator" : "_deque_iterator",
    [d],
    () => {
      if (s.state !== state) {
        counter = 0;
        raise(T.RuntimeError, "deque mutated during iteration");
      }
      if (counter === 0) return null;
      counter--;
      const v = s.items[index]!;
      index += reverse ? -1 : 1;
      return incRef(v);
    },
    DEQUE_ITER_SIZE,
  );
}

function dequeRepr(d: HeapObject): string {
  const s = st(d);
  const name = typeInfo(d.type.owner as HeapObject).name.replace(/^collections\./, "");
  return withReprGuard(d, "[...]", () => {
    const parts: string[] = [];
    const items = s.items.slice();
    for (const v of items) incref(v);
    try {
      for (const v of items) parts.push(repr(v));
    } finally {
      for (const v of items) decref(v);
    }
    const body = `[${parts.join(", ")}]`;
    return s.maxlen >= 0 ? `${name}(${body}, maxlen=${s.maxlen})` : `${name}(${body})`;
  });
}

function argsMax(name: string, args: HeapObject[], max: number, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
  if (args.length > max)
    raise(
      T.TypeError,
      `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
    );
}

function one(name: string, args: HeapObject[], kw: string[] | null): HeapObject {
  if (kw !== null && kw.length > 0)
    raise(T.TypeError, `deque.${name}() takes no keyword arguments`);
  if (args.length !== 1)
    raise(T.TypeError, `deque.${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

function copyDeque(d: HeapObject): HeapObject {
  const c = newDeque(st(d).maxlen);
  extend(c, d, false);
  return c;
}

function installDeque(): HeapObject {
  const t = registerBuiltinType("deque", dequeContract);
  dequeContract.owner = t;
  const info = typeInfo(t);
  info.module = "collections";
  info.qualname = "deque";
  info.name = "collections.deque";
  installClassGetitem(t);
  // Special methods dispatch through the type's namespace, as for heap types.
  info.heapType = true;
  info.collectionFlags = PATMA_SEQUENCE;
  const newFn = newBuiltin("__new__", (args) => {
    if (args.length === 0) raise(T.TypeError, "deque.__new__(): not enough arguments");
    // NOT-CPYTHON: deque subclasses need a subclass layout (as weakref.ref has).
    if (args[0] !== Deque.type)
      raise(T.TypeError, "subclassing 'collections.deque' is not supported yet");
    return newDeque();
  });
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  heap.track(sm);
  info.dict.set("__new__", sm);
  defineMethod(t, "__init__", (args, kw, self) => {
    const d = self!;
    let iterable: HeapObject | null = args[0] ?? null;
    let maxlen: HeapObject | null = args[1] ?? null;
    const nkw = kw?.length ?? 0;
    const npos = args.length - nkw;
    if (npos > 2) raise(T.TypeError, `deque expected at most 2 arguments, got ${npos}`);
    iterable = npos >= 1 ? args[0]! : null;
    maxlen = npos >= 2 ? args[1]! : null;
    for (let i = 0; i < nkw; i++) {
      const k = kw![i]!;
      const v = args[npos + i]!;
      if (k === "iterable") iterable = v;
      else if (k === "maxlen") maxlen = v;
      else raise(T.TypeError, `deque() got an unexpected keyword argument '${k}'`);
    }
    let m = -1;
    if (maxlen !== null && maxlen !== S.None) {
      m = asIndex(maxlen);
      if (m < 0) raise(T.ValueError, "maxlen must be non-negative");
    }
    const s = st(d);
    s.maxlen = m;
    if (s.items.length > 0) clearDeque(d);
    if (iterable !== null) extend(d, iterable, false);
    return none();
  });
  defineMethod(t, "append", (args, kw, self) => {
    append(self!, incRef(one("append", args, kw)));
    return none();
  });
  defineMethod(t, "appendleft", (args, kw, self) => {
    appendLeft(self!, incRef(one("appendleft", args, kw)));
    return none();
  });
  defineMethod(t, "pop", (args, kw, self) => {
    argsMax("pop", args, 0, kw);
    return pop(self!);
  });
  defineMethod(t, "popleft", (args, kw, self) => {
    argsMax("popleft", args, 0, kw);
    return popLeft(self!);
  });
  defineMethod(t, "extend", (args, kw, self) => {
    extend(self!, one("extend", args, kw), false);
    return none();
  });
  defineMethod(t, "extendleft", (args, kw, self) => {
    extend(self!, one("extendleft", args, kw), true);
    return none();
  });
  defineMethod(t, "clear", (_a, _k, self) => {
    clearDeque(self!);
    return none();
  });
  defineMethod(t, "copy", (_a, _k, self) => copyDeque(self!));
  defineMethod(t, "__copy__", (_a, _k, self) => copyDeque(self!));
  defineMethod(t, "rotate", (args, kw, self) => {
    argsMax("rotate", args, 1, kw);
    rotate(self!, args.length > 0 ? asIndex(args[0]!) : 1);
    return none();
  });
  defineMethod(t, "reverse", (_a, _k, self) => {
    const s = st(self!);
    s.items.reverse();
    s.state++;
    return none();
  });
  defineMethod(t, "count", (args, kw, self) => {
    const v = one("count", args, kw);
    const s = st(self!);
    let n = 0;
    for (let i = 0; i < s.items.length; i++) if (eqChecked(self!, s.items[i]!, v)) n++;
    return newInt(n);
  });
  defineMethod(t, "index", (args, kw, self) => {
    argsMax("index", args, 3, kw);
    if (args.length === 0) raise(T.TypeError, "index expected at least 1 argument, got 0");
    const s = st(self!);
    const n = s.items.length;
    const clamp = (o: HeapObject | undefined, dflt: number) => {
      if (o === undefined) return dflt;
      let i = asIndex(o);
      if (i < 0) i = Math.max(0, i + n);
      return Math.min(i, n);
    };
    const start = clamp(args[1], 0);
    const stop = clamp(args[2], n);
    for (let i = start; i < stop && i < s.items.length; i++)
      if (eqChecked(self!, s.items[i]!, args[0]!)) return newInt(i);
    raise(T.ValueError, `${repr(args[0]!)} is not in deque`);
  });
  defineMethod(t, "insert", (args, kw, self) => {
    argsMax("insert", args, 2, kw);
    if (args.length < 2) raise(T.TypeError, `insert expected 2 arguments, got ${args.length}`);
    const d = self!;
    const s = st(d);
    const n = s.items.length;
    if (s.maxlen >= 0 && n >= s.maxlen) raise(T.IndexError, "deque already at its maximum size");
    const i = asIndex(args[0]!);
    const v = incRef(args[1]!);
    if (i >= n) append(d, v);
    else if (i <= -n || i === 0) appendLeft(d, v);
    else {
      rotate(d, -i);
      if (i < 0) append(d, v);
      else appendLeft(d, v);
      rotate(d, i);
    }
    return none();
  });
  defineMethod(t, "remove", (args, kw, self) => {
    const v = one("remove", args, kw);
    const d = self!;
    const s = st(d);
    const n = s.items.length;
    for (let i = 0; i < n; i++) {
      const item = s.items[i]!;
      incref(item);
      let eq: boolean;
      try {
        eq = compareBool(item, v, "==");
      } finally {
        decref(item);
      }
      if (s.items.length !== n) raise(T.IndexError, "deque mutated during remove().");
      if (eq) {
        delItem(d, i);
        return none();
      }
    }
    raise(T.ValueError, `${repr(v)} is not in deque`);
  });
  defineMethod(t, "__len__", (_a, _k, self) => newInt(st(self!).items.length));
  defineMethod(t, "__bool__", (_a, _k, self) => newBool(st(self!).items.length > 0));
  defineMethod(t, "__iter__", (_a, _k, self) => dequeIterator(self!, false));
  defineMethod(t, "__reversed__", (_a, _k, self) => dequeIterator(self!, true));
  defineMethod(t, "__contains__", (args, _k, self) => {
    const s = st(self!);
    for (let i = 0; i < s.items.length; i++)
      if (eqChecked(self!, s.items[i]!, args[0]!)) return newBool(true);
    return newBool(false);
  });
  defineMethod(t, "__getitem__", (args, _k, self) => {
    const i = normIndex(self!, args[0]!);
    return incRef(st(self!).items[i]!);
  });
  defineMethod(t, "__setitem__", (args, _k, self) => {
    const i = normIndex(self!, args[0]!);
    const items = st(self!).items;
    const old = items[i]!;
    items[i] = incRef(args[1]!);
    decref(old);
    return none();
  });
  defineMethod(t, "__delitem__", (args, _k, self) => {
    delItem(self!, normIndex(self!, args[0]!));
    return none();
  });
  defineMethod(t, "__repr__", (_a, _k, self) => newStr(dequeRepr(self!)));
  defineMethod(t, "__sizeof__", (_a, _k, self) => {
    return newInt(DEQUE_BASIC + st(self!).blocks.length * BLOCK_SIZE);
  });
  defineMethod(t, "__iadd__", (args, _k, self) => {
    extend(self!, args[0]!, false);
    return incRef(self!);
  });
  defineMethod(t, "__add__", (args, _k, self) => {
    const other = args[0]!;
    if (!isDeque(other))
      raise(T.TypeError, `can only concatenate deque (not "${typeName(other)}") to deque`);
    const c = copyDeque(self!);
    extend(c, other, false);
    return c;
  });
  const mul = (d: HeapObject, times: HeapObject): HeapObject => {
    const n = asIndex(times);
    const items = st(d).items.slice();
    for (const v of items) incref(v);
    try {
      if (n <= 0) clearDeque(d);
      else for (let k = 1; k < n; k++) for (const v of items) append(d, incRef(v));
    } finally {
      for (const v of items) decref(v);
    }
    return d;
  };
  defineMethod(t, "__imul__", (args, _k, self) => incRef(mul(self!, args[0]!)));
  defineMethod(t, "__mul__", (args, _k, self) => mul(copyDeque(self!), args[0]!));
  defineMethod(t, "__rmul__", (args, _k, self) => mul(copyDeque(self!), args[0]!));
  info.dict.set("__hash__", incRef(S.None));
  const ops = [
    ["__lt__", "<"],
    ["__le__", "<="],
    ["__eq__", "=="],
    ["__ne__", "!="],
    ["__gt__", ">"],
    ["__ge__", ">="],
  ] as const;
  for (const [name, op] of ops) {
    defineMethod(t, name, (args, _k, self) => {
      const a = self!;
      const b = args[0]!;
      if (!isDeque(b)) return incRef(S.NotImplemented);
      const x = st(a).items;
      const y = st(b).items;
      if ((op === "==" || op === "!=") && x.length !== y.length) return newBool(op === "!=");
      let i = 0;
      for (; i < x.length && i < y.length; i++) {
        if (!compareBool(x[i]!, y[i]!, "==")) break;
      }
      if (i >= x.length || i >= y.length) {
        return newBool(cmpResult(x.length - y.length, op));
      }
      if (op === "==") return newBool(false);
      if (op === "!=") return newBool(true);
      return richCompare(x[i]!, y[i]!, op);
    });
  }
  nativeAttrs.set(
    dequeContract,
    new Map([
      [
        "maxlen",
        (d: HeapObject) => {
          const m = st(d).maxlen;
          return m < 0 ? incRef(S.None) : newInt(m);
        },
      ],
    ]),
  );
  nativeRepr.set(dequeContract, dequeRepr);
  return t;
}

/** deque_del_item: rotate the item to the left end, pop it, rotate back. */
function delItem(d: HeapObject, i: number): void {
  rotate(d, -i);
  const v = popLeft(d);
  rotate(d, i);
  decref(v);
}

declareModule("collections", (m, module) => {
  if (Deque.type === null) Deque.type = installDeque();
  defineValue(m, "deque", Deque.type);
  runLibrarySource(module, m, COLLECTIONS_LIBRARY(), "<frozen collections>");
});
