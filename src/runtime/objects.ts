/**
 * Constructors and engine contracts of the builtin object kinds (CPython Objects/*.c):
 * what each payload slot holds, how each kind traverses and releases its references.
 *
 *   int      p0 number (safe integer) | bigint            not GC
 *   float    p0 number                                     not GC
 *   str      p0 string                                     not GC
 *   list     p0 HeapObject[] (items), p1 allocated capacity GC, released last to first
 *   tuple    p0 HeapObject[]                               GC, untracked when atomic
 *   dict     p0 DictStore                                  GC, untracked when atomic
 *   cell     p0 HeapObject | null                          GC
 *   method   p0 function, p1 self                          GC
 *   builtin  p0 native impl, p1 name, p2 bound self | null GC
 *   object() instances: no payload                         not GC
 */
import {
  GcFlag,
  type HeapObject,
  InternalError,
  ObjectType,
  traverseItemArray,
} from "../engine/index.js";
import { DictStore } from "./dictstore.js";
import { decref, heap, incref, unaccounted } from "./heapref.js";
import { C, S } from "./types.js";

// ---------------------------------------------------------------- atoms

/**
 * The types whose freed headers are reused (TypeSpec.reuseHeaders; newInt, newStr and
 * newDict allocate with Heap.allocReusing): ints, strs and dicts. Nothing keys a side
 * table by one of them; other types may be (a property's name, a stream's fd, a Random's
 * generator live in WeakMaps keyed by the object), and a reused header would inherit the
 * entry. Lists and tuples are left out: their payload is a fresh items array each time,
 * which costs V8's write barrier in an old header (fannkuch and binary-trees ran 4-10%
 * slower).
 */
export const intContract = new ObjectType({ name: "int", basicSize: 28, reuseHeaders: true });
/**
 * None, True, False, NotImplemented and Ellipsis count their references as in 3.11 (they
 * are not immortal before 3.12), from the counts CPython has when `__main__` starts
 * (singletonsAtStartOfMain). Reaching zero is a refcount bug in pygc, as it is in CPython
 * (none_dealloc: a fatal error): reported, never freed.
 */
function neverFreed(obj: HeapObject): undefined {
  throw new InternalError(
    `deallocating ${obj.type.name === "bool" ? (obj.p0 === 1 ? "True" : "False") : obj.type.name}`,
  );
}

export const boolContract = new ObjectType({ name: "bool", basicSize: 28, dealloc: neverFreed });

/**
 * NOT-CPYTHON (calibration): the references CPython 3.11.7 holds to None, True, False,
 * Ellipsis and NotImplemented when a script's `__main__` starts (sys.getrefcount minus
 * its own argument, measured at a script's top: 5493, 408, 385, 15, 4, less the one
 * reference each that script's own None and `...` constants held; python3's None count
 * moves by ±10 from run to run). pygc's own
 * start-up holds other objects; from here on, the program's references count as CPython's.
 */
function singletonsAtStartOfMain(): void {
  S.None.refcnt = 5492;
  S.True.refcnt = 408;
  S.False.refcnt = 385;
  S.Ellipsis.refcnt = 14;
  S.NotImplemented.refcnt = 4;
}
/**
 * NOT-CPYTHON (calibration): the collector's state when `__main__` starts, as CPython
 * 3.11.7 on the development machine has it after its start-up (site and the .pth files of
 * its site-packages included): gc.get_count() (248, 0, 2) after `import gc` at the top of
 * a script (247 for `-c` and stdin), gc.get_stats() 22, 2 and 0 collections having found
 * 43 and 92. Importing gc allocates 20 objects in CPython (measured by importing it again),
 * 19 in pygc: the count starts at 229 so that the first thing a program can see is
 * CPython's. pygc's start-up allocates other objects; from here on the program's
 * allocations count as CPython's, so its automatic collections come when CPython's do.
 * (CPython's count also includes what compiling the script allocated, a few objects per
 * function or class, which pygc does not model; 100 small functions take it past a
 * collection.)
 */
export function collectorAtStartOfMain(script: boolean): void {
  // What start-up made (`__main__`'s module and namespace among it) is in generation 2,
  // as CPython's start-up collections leave it; the program's objects come after.
  heap.ageAll();
  const gens = heap.generations;
  gens[0]!.count = script ? 229 : 228;
  gens[1]!.count = 0;
  gens[2]!.count = 2;
  Object.assign(heap.stats[0]!, { collections: 22, collected: 43, uncollectable: 0 });
  Object.assign(heap.stats[1]!, { collections: 2, collected: 92, uncollectable: 0 });
  Object.assign(heap.stats[2]!, { collections: 0, collected: 0, uncollectable: 0 });
}

/** float_dealloc: up to 100 freed floats wait on CPython's free list (see freeLists). */
export const floatContract = new ObjectType({
  name: "float",
  basicSize: 24,
  dealloc: () => {
    if (freeLists.float < FLOAT_MAXFREELIST) {
      freeLists.float++;
      return true;
    }
    return undefined;
  },
});
const FLOAT_MAXFREELIST = 100;

/**
 * Py_DECREF's dealloc in compiled code (jsgen's decref): a float's inline — float_dealloc
 * only counts it onto the free list, so this is heap.dealloc's fast path without the call
 * through the type (n-body 11%, spectral-norm 9% faster) — anything else's through
 * heap.dealloc. (Ints the same way: no difference measured.)
 */
export function freeValue(o: HeapObject): void {
  const t = o.type;
  if (t === intContract && o.gcFlags === 0 && heap.observer === null) {
    // int: nothing to release but the header (dealloc's fast path without its calls)
    heap.releasePlain(o);
    return;
  }
  if (t === floatContract && o.gcFlags === 0 && heap.observer === null) {
    if (freeLists.float < FLOAT_MAXFREELIST) freeLists.float++;
    heap.releasePlain(o);
    return;
  }
  heap.dealloc(o);
}
export const strContract = new ObjectType({ name: "str", basicSize: 50, reuseHeaders: true });
export const noneContract = new ObjectType({
  name: "NoneType",
  basicSize: 16,
  dealloc: neverFreed,
});
export const notImplementedContract = new ObjectType({
  name: "NotImplementedType",
  basicSize: 16,
  dealloc: neverFreed,
});
export const ellipsisContract = new ObjectType({
  name: "ellipsis",
  basicSize: 16,
  dealloc: neverFreed,
});
export const objectContract = new ObjectType({ name: "object", basicSize: 16 });

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const smallInts: HeapObject[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = heap.alloc(intContract, i);
  // cached forever, like CPython's small ints: statically allocated in 3.11 with the count
  // 999,999,999 (not immortal: counts move)
  o.refcnt = 999_999_999;
  smallInts.push(o);
}

/** PyLong_FromLong & co.: a new reference to an int (small ints are cached). */
export function newInt(v: number | bigint): HeapObject {
  if (typeof v === "bigint") {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
    else return heap.allocReusing(intContract, v);
  }
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    const o = smallInts[v - SMALL_MIN]!;
    o.refcnt++;
    return o;
  }
  return heap.allocPlainReusing(intContract, v === 0 ? 0 : v);
}

/**
 * PyLong_FromSsize_t (len(), enumerate's index, sequence index() and count(), str.find,
 * hash(), sys.getsizeof): a one-digit int is allocated with its digit exactly, 28 bytes,
 * where PyLong_FromLong's medium ints and arithmetic results take sizeof(PyLongObject),
 * 32. Only tracemalloc sees the difference: the size is kept in p1 while an allocation
 * observer is installed (sizeof.ts objectBlockSize reads it).
 */
export function newIntFromSsize(v: number): HeapObject {
  // (small ints are shared, ints of two digits take 32 bytes either way)
  if (heap.observer === null || (v >= SMALL_MIN && v <= SMALL_MAX) || Math.abs(v) >= ONE_DIGIT)
    return newInt(v);
  return heap.allocReusing(intContract, v, EXACT_ONE_DIGIT_BYTES);
}
const ONE_DIGIT = 2 ** 30;
const EXACT_ONE_DIGIT_BYTES = 28;

/** PyFloat_FromDouble: from the free list when it has one. */
export function newFloat(x: number): HeapObject {
  if (freeLists.float > 0) {
    freeLists.float--;
    return heap.allocFromFreeList(floatContract, x);
  }
  return heap.alloc(floatContract, x);
}

/**
 * 3.11's static strs: the empty string and the 256 one-character latin-1 strings are
 * singletons (unicode_result, get_latin1_char), so every str of length 0, or of one
 * character below U+0100, that an operation makes is one of them (`s[1] is s[1]`).
 * Made on first use, not charged to the program, with the refcount CPython's statically
 * allocated objects start from (999,999,999, plus their users).
 */
const staticStrs: (HeapObject | undefined)[] = new Array(257);

export function newStr(s: string): HeapObject {
  if (s.length <= 1) {
    const k = s.length === 0 ? 256 : s.charCodeAt(0);
    if (s.length === 0 || k < 256) return staticStr(k, s);
  }
  return heap.allocReusing(strContract, s);
}

/**
 * A str made where CPython builds it in a new object of its own, one character or not
 * (int's str and repr, the case mappings, join of several items, replace): only the
 * empty string is the singleton (PyUnicode_New(0)).
 */
export function newStrFresh(s: string): HeapObject {
  return s.length === 0 ? newStr(s) : heap.allocReusing(strContract, s);
}

/**
 * `text` as a str result of an operation on `self`: `self` itself when it is an exact str
 * with that text (unicode_result_unchanged: CPython returns the object it was given when
 * nothing changed), else a new str.
 */
export function strOrSelf(self: HeapObject, text: string): HeapObject {
  if (self.type === strContract && self.p0 === text) {
    self.refcnt++;
    return self;
  }
  return newStr(text);
}

function staticStr(k: number, s: string): HeapObject {
  let o = staticStrs[k];
  if (o === undefined) {
    o = unaccounted(() => heap.alloc(strContract, canonicalName(s)));
    o.refcnt = 999_999_999;
    staticStrs[k] = o;
  }
  o.refcnt++;
  return o;
}

const interned = new Map<string, HeapObject>();
const canonical = new Map<string, string>();

/**
 * One JavaScript string per attribute name: the compiler's names and the interned keys
 * share it, so attribute caches compare names by identity (V8 compares equal strings
 * that are different objects character by character).
 */
export function canonicalName(name: string): string {
  const c = canonical.get(name);
  if (c !== undefined) return c;
  // A property key is V8's internalized copy: unequal names then differ by identity too.
  const key = Object.keys({ [name]: 0 })[0] ?? name;
  canonical.set(name, key);
  return key;
}

/**
 * PyUnicode_InternFromString for attribute names: one str per name, kept for the life of
 * the interpreter, so instances share their attribute keys as CPython's do. CPython makes
 * these while compiling, so they are not charged to the allocation accounting here.
 */
/**
 * The interned strs of Python code (PyUnicode_InternInPlace), by text: str constants made
 * only of name characters, and sys.intern's results, so `sys.intern(s) is "hello"` holds.
 * A constant's entry holds no reference (it goes with its last user, as CPython's mortal
 * interned strs do); an entry whose object was freed since, its header perhaps reused for
 * another str, is dropped when found.
 */
const internTable = new Map<string, HeapObject>();

/**
 * The one-character names CPython 3.11 has interned before a program runs (names in the
 * modules its start-up loads), each a str of its own rather than the latin-1 singleton:
 * measured with python3, `"hello"[1] is "e"` is False and `"hello"[2:3]*1 is "g"`-style
 * tests True only for the other characters. Made on first use, kept for good.
 */
const STARTUP_INTERNED = "abcdefhijklmnopqrstvwxyBCLST_";

function startupInterned(text: string): HeapObject {
  const o = unaccounted(() => heap.alloc(strContract, canonicalName(text)));
  o.refcnt = 999_999_999; // (static in 3.11, as the runtime's identifier strings are)
  internTable.set(text, o);
  return o;
}

/** The interned str of `text`, if there is one (borrowed). */
export function findInterned(text: string): HeapObject | undefined {
  const o = internTable.get(text);
  if (o === undefined) {
    return text.length === 1 && STARTUP_INTERNED.includes(text) ? startupInterned(text) : undefined;
  }
  if (o.type !== strContract || o.p0 !== text || (o.gcFlags & GcFlag.Freed) !== 0) {
    internTable.delete(text);
    return undefined;
  }
  return o;
}

/** Make `s` (an exact str) the interned str of its text. */
export function addInterned(s: HeapObject): void {
  internTable.set(s.p0 as string, s);
}

/**
 * The interned str of `text` (a new reference), made and interned when there is none:
 * the names compiled code holds (str constants of name characters, keyword names).
 */
export function internedName(text: string): HeapObject {
  const found = findInterned(text);
  if (found !== undefined) {
    found.refcnt++;
    return found;
  }
  const s = newStr(text);
  if (s.type === strContract && s.p0 === text) addInterned(s);
  return s;
}

export function internStr(name: string): HeapObject {
  if (name.length === 1 && name.charCodeAt(0) < 256) {
    // (a name's str is the interned one: a start-up name's own, else the singleton)
    const found = findInterned(name);
    if (found === undefined) return staticStr(name.charCodeAt(0), name);
    found.refcnt++;
    return found;
  }
  let s = interned.get(name);
  if (s === undefined) {
    s = unaccounted(() => heap.alloc(strContract, canonicalName(name)));
    s.refcnt = 1_000_000;
    interned.set(name, s);
  }
  s.refcnt++;
  return s;
}

export function newBool(b: boolean): HeapObject {
  const o = b ? S.True : S.False;
  o.refcnt++;
  return o;
}

export function none(): HeapObject {
  S.None.refcnt++;
  return S.None;
}

// ---------------------------------------------------------------- list

/**
 * list_clear / list_dealloc: items are released last to first. A run of one object
 * (`[0] * n`) is released in one step down to its last reference, which is dropped as
 * usual: nothing can observe the counts in between.
 */
export function releaseItemsBackwards(items: HeapObject[]): void {
  let i = items.length - 1;
  while (i >= 0) {
    const o = items[i]!;
    let j = i - 1;
    while (j >= 0 && items[j] === o) j--;
    const run = i - j;
    if (o.refcnt >= run) {
      o.refcnt -= run - 1;
      decref(o);
    } else for (let k = i; k > j; k--) decref(items[k]!);
    i = j;
  }
}

/**
 * CPython's free lists (3.11: Objects/listobject.c, dictobject.c, tupleobject.c). Only
 * their *accounting* is modelled: an object taken from a free list does not raise the
 * gen-0 count, one put back does not lower it, and a full collection empties them.
 * That is what makes gc.get_count() and automatic collections happen where CPython's do.
 */
export const freeLists = {
  list: 0,
  dict: 0,
  /** Floats (not GC: only tracemalloc sees this free list). */
  float: 0,
  /** Tuples by length 1..19. */
  tuple: new Array<number>(20).fill(0),
  /** The one cached slice (0 or 1; see function.ts sliceContract): not a free list that
   *  a collection empties, so clear() leaves it. */
  slice: 1,
  /** Told when the lists are emptied (allocation accounting frees their blocks). */
  onClear: null as (() => void) | null,
  clear(): void {
    this.onClear?.();
    this.list = 0;
    this.dict = 0;
    this.float = 0;
    this.tuple.fill(0);
  },
  /**
   * NOT-CPYTHON (calibration): what CPython 3.11.7's free lists hold when `__main__`
   * starts running, measured by allocating until gc.get_count() moves: 38 lists, 7
   * dicts, tuples of 1, 2, 4, 5 items: 4, 6, 2, 3 (3-tuples could not be measured that
   * way; 4 assumed); 4 floats (measured with tracemalloc: the first floats a program
   * makes are untraced). Our start-up differs from CPython's; its leftovers must not count.
   */
  startOfMain(): void {
    singletonsAtStartOfMain();
    this.onClear?.();
    this.list = 38;
    this.slice = 1;
    this.dict = 7;
    this.float = 4;
    this.tuple.fill(0);
    this.tuple[1] = 4;
    this.tuple[2] = 6;
    this.tuple[3] = 4;
    this.tuple[4] = 2;
    this.tuple[5] = 3;
  },
};
const LIST_MAXFREELIST = 80;
const DICT_MAXFREELIST = 80;
const TUPLE_MAXSAVESIZE = 20;
const TUPLE_MAXFREELIST = 2000;

export const listContract = new ObjectType({
  name: "list",
  gc: true,
  basicSize: 56,
  traverse: traverseItemArray,
  clear: (obj) => {
    const items = obj.p0 as HeapObject[];
    obj.p0 = [];
    setListCapacity(obj, 0);
    releaseItemsBackwards(items);
  },
  dealloc: (obj) => {
    const items = obj.p0 as HeapObject[];
    obj.p0 = null;
    releaseItemsBackwards(items);
    if (freeLists.list < LIST_MAXFREELIST) {
      freeLists.list++;
      return true;
    }
    return undefined;
  },
});

/**
 * Set a list's modelled capacity (list_resize's realloc of the items array): the
 * allocation accounting is told, and may refuse the growth with MemoryError.
 */
export function setListCapacity(list: HeapObject, cap: number): void {
  const old = list.p1 as number;
  list.p1 = cap;
  if (heap.observer !== null && cap !== old) {
    try {
      heap.resized(list);
    } catch (e) {
      list.p1 = old;
      throw e;
    }
  }
}

/**
 * A new list that takes ownership of `items` (BUILD_LIST: capacity exactly n). PyList_New
 * takes the object from the free list; `list()` itself does not (`freeList` false:
 * list_vectorcall allocates through tp_alloc).
 */
export function newList(items: HeapObject[], freeList = true): HeapObject {
  let obj: HeapObject;
  if (freeList && freeLists.list > 0) {
    freeLists.list--;
    obj = heap.allocFromFreeList(listContract, items, items.length);
  } else obj = heap.alloc(listContract, items, items.length);
  heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- tuple

/** _PyTuple_MaybeUntrack: untrack a tuple none of whose items may be tracked. */
function maybeUntrackTuple(obj: HeapObject): void {
  const items = obj.p0 as HeapObject[];
  for (let i = 0; i < items.length; i++) {
    if (mayBeTracked(items[i]!)) return;
  }
  heap.untrack(obj);
}

/**
 * _PyObject_GC_MAY_BE_TRACKED: a GC object (PyObject_IS_GC, so not a static type, whose
 * tp_is_gc says no) that is not a tuple already untracked.
 */
export function mayBeTracked(obj: HeapObject): boolean {
  const type = obj.type;
  if ((type.flags & 1) === 0) return false;
  if (type === tupleContract) return obj.gcNext !== null;
  return type.isGC === null || type.isGC(obj);
}

export const tupleContract = new ObjectType({
  name: "tuple",
  gc: true,
  basicSize: 40,
  traverse: traverseItemArray,
  dealloc: (obj) => {
    const items = obj.p0 as HeapObject[];
    obj.p0 = null;
    releaseItemsBackwards(items);
    const n = items.length;
    if (n > 0 && n < TUPLE_MAXSAVESIZE && freeLists.tuple[n]! < TUPLE_MAXFREELIST) {
      freeLists.tuple[n]!++;
      return true;
    }
    return undefined;
  },
  maybeUntrack: maybeUntrackTuple,
});

/** A new tuple that takes ownership of `items`. The empty tuple is a singleton. */
export function newTuple(items: HeapObject[]): HeapObject {
  if (items.length === 0 && S.emptyTuple !== undefined) {
    S.emptyTuple.refcnt++;
    return S.emptyTuple;
  }
  const n = items.length;
  let obj: HeapObject;
  if (n < TUPLE_MAXSAVESIZE && freeLists.tuple[n]! > 0) {
    freeLists.tuple[n]!--;
    obj = heap.allocFromFreeList(tupleContract, items);
  } else obj = heap.alloc(tupleContract, items);
  if (n > 0) heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- dict

export const dictContract = new ObjectType({
  name: "dict",
  gc: true,
  basicSize: 64,
  reuseHeaders: true,
  traverse: (obj, visit) => (obj.p0 as DictStore).traverse(visit),
  clear: (obj) => (obj.p0 as DictStore).clear(),
  dealloc: (obj) => {
    // Emptied (dict_dealloc's releases) and kept for the next dict. An instance's
    // materialised __dict__ shares the instance's store, but outlives the instance only
    // after it took a new one (releaseInstance, InstanceExtra.release).
    (obj.p0 as DictStore).recycle();
    if (freeLists.dict < DICT_MAXFREELIST) {
      freeLists.dict++;
      return true;
    }
    return undefined;
  },
  maybeUntrackInFullCollection: (obj) => {
    if (!(obj.p0 as DictStore).mayHoldTracked()) heap.untrack(obj);
  },
});

/** PyDict_New: a new, untracked, empty dict (`dict()` passes `freeList` false: tp_alloc). */
export function newDict(store: DictStore = DictStore.make(), freeList = true): HeapObject {
  let obj: HeapObject;
  if (freeList && freeLists.dict > 0) {
    freeLists.dict--;
    obj = heap.allocReusingFromFreeList(dictContract, store);
  } else obj = heap.allocReusing(dictContract, store);
  store.owner = obj;
  return obj;
}

// ---------------------------------------------------------------- cell

export const cellContract = new ObjectType({
  name: "cell",
  gc: true,
  basicSize: 40,
  traverse: (obj, visit) => {
    if (obj.p0 !== null) visit(obj.p0);
  },
  clear: (obj) => {
    const v = obj.p0 as HeapObject | null;
    obj.p0 = null;
    if (v !== null) decref(v);
  },
  dealloc: (obj) => {
    const v = obj.p0 as HeapObject | null;
    if (v !== null) decref(v);
    return undefined;
  },
});

/** A new cell taking ownership of `value` (or empty). */
export function newCell(value: HeapObject | null): HeapObject {
  const obj = heap.alloc(cellContract, value);
  heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- bound method

export const methodContract = new ObjectType({
  name: "method",
  gc: true,
  weakrefable: true,
  basicSize: 48,
  traverse: (obj, visit) => {
    visit(obj.p0);
    visit(obj.p1);
  },
  dealloc: (obj) => {
    decref(obj.p0);
    decref(obj.p1);
    return undefined;
  },
});

/** PyMethod_New: borrows func and self. */
export function newMethod(func: HeapObject, self: HeapObject): HeapObject {
  incref(func);
  incref(self);
  const obj = heap.alloc(methodContract, func, self);
  heap.track(obj);
  return obj;
}

// ---------------------------------------------------------------- builtin functions

export type NativeFunction = (
  args: HeapObject[],
  kwnames: string[] | null,
  self: HeapObject | null,
) => HeapObject;

/**
 * A builtin function's __module__ once a program assigned it (m_module, owned): the
 * builtin's own is computed (builtindocs.ts), so only assignments are kept.
 */
export const builtinModuleOverrides = new Map<HeapObject, HeapObject>();

export const builtinContract = new ObjectType({
  name: "builtin_function_or_method",
  gc: true,
  weakrefable: true,
  basicSize: 72,
  // meth_traverse: m_self, m_module
  traverse: (obj, visit) => {
    if (obj.p2 !== null) visit(obj.p2);
    if (builtinModuleOverrides.size !== 0) {
      const m = builtinModuleOverrides.get(obj);
      if (m !== undefined) visit(m);
    }
  },
  dealloc: (obj) => {
    if (obj.p2 !== null) decref(obj.p2);
    if (builtinModuleOverrides.size !== 0) {
      const m = builtinModuleOverrides.get(obj);
      if (m !== undefined) {
        builtinModuleOverrides.delete(obj);
        decref(m);
      }
    }
    return undefined;
  },
});

/** A builtin function (module-level: self null; bound builtin method: self borrowed). */
export function newBuiltin(
  name: string,
  impl: NativeFunction,
  self: HeapObject | null = null,
): HeapObject {
  if (self !== null) incref(self);
  const obj = heap.alloc(builtinContract, impl, name, self);
  heap.track(obj);
  return obj;
}

/** Method descriptors of builtin types (list.append, …): p0 impl(self, args), p1 name, p2 type. */
export const methodDescriptorContract = new ObjectType({
  name: "method_descriptor",
  basicSize: 80,
});

/**
 * A slot wrapper (wrapper_descriptor, `<slot wrapper '__add__' of 'int' objects>`): the
 * method of a type slot (__add__, __len__, __eq__, …), as a method descriptor holds the
 * implementation (p0), its name (p1) and the type it belongs to (p2).
 */
export const wrapperDescriptorContract = new ObjectType({
  name: "wrapper_descriptor",
  basicSize: 72,
});

export function newWrapperDescriptor(
  name: string,
  impl: NativeFunction,
  owner: HeapObject,
): HeapObject {
  const obj = heap.alloc(wrapperDescriptorContract, impl, name, owner);
  obj.refcnt = 1_000_000;
  return obj;
}

/** A slot wrapper bound to an object (method-wrapper): the descriptor (p0) and self (p1). */
export const methodWrapperContract = new ObjectType({
  name: "method-wrapper",
  gc: true,
  basicSize: 48,
  traverse: (obj, visit) => {
    visit(obj.p1 as HeapObject);
  },
  dealloc: (obj) => {
    decref(obj.p1 as HeapObject);
    return undefined;
  },
});

/** A method-wrapper of `descr` for `self` (a new reference to self is taken). */
export function newMethodWrapper(descr: HeapObject, self: HeapObject): HeapObject {
  incref(self);
  const obj = heap.alloc(methodWrapperContract, descr, self);
  heap.track(obj);
  return obj;
}

export function newMethodDescriptor(
  name: string,
  impl: NativeFunction,
  owner: HeapObject,
): HeapObject {
  const obj = heap.alloc(methodDescriptorContract, impl, name, owner);
  obj.refcnt = 1_000_000;
  return obj;
}

C.int = intContract;
C.bool = boolContract;
C.float = floatContract;
C.str = strContract;
C.list = listContract;
C.tuple = tupleContract;
C.dict = dictContract;
