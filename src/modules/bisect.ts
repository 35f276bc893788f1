/**
 * The `bisect` module (CPython Lib/bisect.py over the C _bisect, whose functions it
 * re-exports): bisect_left/right and insort_left/right on a sorted sequence, with lo, hi
 * and key, and the aliases bisect and insort. Native, as _bisect is: argument errors are
 * Argument Clinic's, hi=None (or -1) means len(a), the probe is a[(lo + hi) // 2] compared
 * with `<` (the key applied to the probed item only, insort applying it to x first), and
 * insort inserts with a.insert(i, x).
 * NOT-CPYTHON: a mapping's error is its own __getitem__'s, not PySequence_GetItem's.
 */
import type { HeapObject } from "../engine/index.js";
import {
  asExactIndex,
  callBorrowed,
  callMethod,
  compareBool,
  getItem,
  incRef,
  isInt,
  len,
} from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { newInt, none } from "../runtime/objects.js";
import { lookup, typeName, typeOf } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { declareModule } from "./registry.js";
import { clinic, defineFunction, defineValue } from "./support.js";

const SSIZE_MAX = 2 ** 63 - 1;

/** The Py_ssize_t converter: PyNumber_Index, then PyLong_AsSsize_t. */
function ssize(o: HeapObject): number {
  const v = asExactIndex(o);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1)
    raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** _Py_convert_optional_to_ssize_t: None is -1 (len(a) to the search). */
function optionalSsize(o: HeapObject): number {
  if (o === S.None) return -1;
  if (!isInt(o) && lookup(typeOf(o), "__index__") === null)
    raise(T.TypeError, `argument should be integer or None, not '${typeName(o)}'`);
  const v = asExactIndex(o);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1)
    raise(T.OverflowError, `cannot fit '${typeName(o)}' into an index-sized integer`);
  return Number(v);
}

/** internal_bisect_left/right: the insertion point of `item` (borrowed). */
function search(
  a: HeapObject,
  item: HeapObject,
  lo: number,
  hi: number,
  key: HeapObject,
  right: boolean,
): number {
  if (lo < 0) raise(T.ValueError, "lo must be non-negative");
  if (hi === -1) hi = len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const index = newInt(mid);
    let probe: HeapObject;
    try {
      probe = getItem(a, index);
    } finally {
      decref(index);
    }
    if (key !== S.None) {
      const item = probe;
      try {
        probe = callBorrowed(key, [item]);
      } finally {
        decref(item);
      }
    }
    let below: boolean;
    try {
      below = right ? compareBool(item, probe, "<") : compareBool(probe, item, "<");
    } finally {
      decref(probe);
    }
    if (below === right) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const NAMES = ["a", "x", "lo", "hi"];

function parse(fname: string, args: HeapObject[], kw: string[] | null) {
  const [a, x, lo, hi, key] = clinic(fname, NAMES, 2, args, kw, ["key"]);
  return {
    a: a!,
    x: x!,
    lo: lo === undefined ? 0 : ssize(lo),
    hi: hi === undefined ? -1 : optionalSsize(hi),
    key: key ?? S.None,
  };
}

function defineSearch(m: Parameters<typeof defineFunction>[0], name: string, right: boolean) {
  defineFunction(m, name, (args, kw) => {
    const p = parse(name, args, kw);
    return newInt(search(p.a, p.x, p.lo, p.hi, p.key, right));
  });
}

function defineInsort(m: Parameters<typeof defineFunction>[0], name: string, right: boolean) {
  defineFunction(m, name, (args, kw) => {
    const p = parse(name, args, kw);
    const keyed = p.key === S.None ? incRef(p.x) : callBorrowed(p.key, [p.x]);
    let i: number;
    try {
      i = search(p.a, keyed, p.lo, p.hi, p.key, right);
    } finally {
      decref(keyed);
    }
    const index = newInt(i);
    try {
      decref(callMethod(p.a, "insert", [index, p.x]));
    } finally {
      decref(index);
    }
    return none();
  });
}

declareModule("bisect", (m) => {
  defineSearch(m, "bisect_right", true);
  defineSearch(m, "bisect_left", false);
  defineInsort(m, "insort_right", true);
  defineInsort(m, "insort_left", false);
  defineValue(m, "bisect", m.getStr("bisect_right")!);
  defineValue(m, "insort", m.getStr("insort_right")!);
});
