/**
 * `range` past 2**53 (CPython Objects/rangeobject.c, whose fields are Python ints of any
 * size). A range object keeps start, stop and step in p0, p1, p2 as JS numbers when all
 * three are safe integers — the common case, which the interpreter steps on numbers —
 * and otherwise all three as bigints. Iteration works on either (comparisons and sums of
 * two bigints, newInt of a bigint); the operations here answer the rest exactly for
 * bigint ranges: length, indexing, slicing, membership, equality and hash.
 */
import type { HeapObject } from "../engine/index.js";
import { raise } from "./errors.js";
import { rangeContract } from "./function.js";
import { heap } from "./heapref.js";
import { newInt } from "./objects.js";
import { T } from "./types.js";

/** An exact integer: a number when it is a safe integer. */
export type ExactInt = number | bigint;

const SSIZE_MAX = (1n << 63n) - 1n;

/** `x` as a number when it is a safe integer, else null. */
function safe(x: ExactInt): number | null {
  if (typeof x === "number") return x;
  return x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(x)
    : null;
}

/** A bigint as a number when it is a safe integer. */
function exact(x: bigint): ExactInt {
  return safe(x) ?? x;
}

/** range(start, stop, step) (step not 0): numbers when all three are safe, else bigints. */
export function newRange(start: ExactInt, stop: ExactInt, step: ExactInt): HeapObject {
  const a = safe(start);
  const b = safe(stop);
  const c = safe(step);
  if (a !== null && b !== null && c !== null) return heap.alloc(rangeContract, a, b, c);
  return heap.alloc(rangeContract, BigInt(start), BigInt(stop), BigInt(step));
}

/** A range kept in bigints (its values reach past 2**53). */
export function isLongRange(r: HeapObject): boolean {
  return typeof r.p0 === "bigint";
}

/** compute_range_length on bigints. */
function lengthOf(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return stop > start ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function fields(r: HeapObject): [bigint, bigint, bigint] {
  return [BigInt(r.p0 as ExactInt), BigInt(r.p1 as ExactInt), BigInt(r.p2 as ExactInt)];
}

/** len(r), exact (a bigint past 2**53). */
export function rangeLengthExact(r: HeapObject): ExactInt {
  return exact(lengthOf(...fields(r)));
}

/** range_length: len() of a range, OverflowError past sys.maxsize. */
export function rangeLen(r: HeapObject): ExactInt {
  const n = lengthOf(...fields(r));
  if (n > SSIZE_MAX) raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return exact(n);
}

/** range_item: r[i] for an exact index `i`. */
export function rangeItem(r: HeapObject, i: ExactInt): HeapObject {
  const [start, stop, step] = fields(r);
  const n = lengthOf(start, stop, step);
  let k = BigInt(i);
  if (k < 0n) k += n;
  if (k < 0n || k >= n) raise(T.IndexError, "range object index out of range");
  return newInt(exact(start + k * step));
}

/** The slice's start, stop and step over a sequence of `n` items (_PySlice_GetLongIndices). */
function sliceBounds(
  s0: ExactInt | null,
  s1: ExactInt | null,
  s2: ExactInt | null,
  n: bigint,
): [bigint, bigint, bigint] {
  const step = s2 === null ? 1n : BigInt(s2);
  if (step === 0n) raise(T.ValueError, "slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? n - 1n : n;
  const clip = (v: ExactInt | null, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let x = BigInt(v);
    if (x < 0n) {
      x += n;
      return x < lower ? lower : x;
    }
    return x > upper ? upper : x;
  };
  return [clip(s0, step < 0n ? upper : lower), clip(s1, step < 0n ? lower : upper), step];
}

/** compute_slice: r[slice] as a range (the slice's fields exact ints or null for None). */
export function rangeSlice(
  r: HeapObject,
  s0: ExactInt | null,
  s1: ExactInt | null,
  s2: ExactInt | null,
): HeapObject {
  const [start, stop, step] = fields(r);
  const [a, b, k] = sliceBounds(s0, s1, s2, lengthOf(start, stop, step));
  return newRange(start + a * step, start + b * step, step * k);
}

/** range_contains for an exact int `v`. */
export function rangeContains(r: HeapObject, v: ExactInt): boolean {
  const [start, stop, step] = fields(r);
  const x = BigInt(v);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

/** range.index: the position of an exact int `v`, or -1 (a bigint past 2**53). */
export function rangeIndexOf(r: HeapObject, v: ExactInt): ExactInt {
  if (!rangeContains(r, v)) return -1;
  const [start, , step] = fields(r);
  return exact((BigInt(v) - start) / step);
}

/** range_equals: the same sequence of values (length, then start, then step). */
export function rangeEquals(a: HeapObject, b: HeapObject): boolean {
  const [s0, e0, k0] = fields(a);
  const [s1, e1, k1] = fields(b);
  const n = lengthOf(s0, e0, k0);
  if (n !== lengthOf(s1, e1, k1)) return false;
  if (n === 0n) return true;
  if (s0 !== s1) return false;
  return n === 1n || k0 === k1;
}

/** range_hash's tuple: (len, start, step), None for start and step when there are none. */
export function rangeHashItems(r: HeapObject): [ExactInt, ExactInt | null, ExactInt | null] {
  const [start, stop, step] = fields(r);
  const n = lengthOf(start, stop, step);
  if (n === 0n) return [0, null, null];
  return [exact(n), exact(start), n === 1n ? null : exact(step)];
}

/** The value `k` places from the start (reversed(), which counts down). */
export function rangeValueAt(r: HeapObject, k: bigint): HeapObject {
  const [start, , step] = fields(r);
  return newInt(exact(start + k * step));
}

/** A range iterator's remaining length (its fields as the iterator keeps them). */
export function rangeIterRemaining(current: ExactInt, stop: ExactInt, step: ExactInt): number {
  const n = lengthOf(BigInt(current), BigInt(stop), BigInt(step));
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}
