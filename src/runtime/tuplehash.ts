/**
 * CPython 3.11's tuplehash (Objects/tupleobject.c): xxHash's round over the members'
 * hashes, in unsigned 64-bit arithmetic. JavaScript numbers hold 53 bits, so the 64-bit
 * values are kept as 32-bit halves (a multiplication from 16-bit pieces), without BigInt
 * until the result. hash() and set order (settable.ts) take it; dict lookups take a
 * cheaper hash (pyHash), since only equal tuples need equal hashes there.
 */

import type { HeapObject } from "../engine/index.js";
import { C } from "./types.js";

// _PyHASH_XXPRIME_1, _2 and _5 as high and low halves.
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;
const TWO32 = 4294967296;

// The result of mul64 and of split (module state: no pair objects).
let rHi = 0;
let rLo = 0;

/** (aHi:aLo * bHi:bLo) mod 2**64 into rHi:rLo. */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  // The high half of aLo * bLo from 16-bit pieces (every partial sum below 2**32), the
  // cross terms' low halves from Math.imul.
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  const w1 = a1 * b0 + ((a0 * b0) >>> 16);
  const w2 = a0 * b1 + (w1 & 0xffff);
  const high = a1 * b1 + (w1 >>> 16) + (w2 >>> 16);
  rLo = Math.imul(aLo, bLo) >>> 0;
  rHi = (high + Math.imul(aHi, bLo) + Math.imul(aLo, bHi)) >>> 0;
}

/** A hash (a signed or unsigned integer, number or bigint) as 64-bit halves in rHi:rLo. */
function split(h: number | bigint): void {
  if (typeof h === "number") {
    rLo = h >>> 0;
    rHi = h >= 0 && h < TWO32 ? 0 : Math.floor(h / TWO32) >>> 0;
  } else {
    rLo = Number(h & 0xffffffffn);
    rHi = Number((h >> 32n) & 0xffffffffn);
  }
}

// The accumulator, as 32-bit halves.
let accHi = 0;
let accLo = 0;

/** One round: acc += lane * PRIME_2; acc = rotl(acc, 31); acc *= PRIME_1 (lane in rHi:rLo). */
function round(): void {
  mul64(rHi, rLo, P2_HI, P2_LO);
  const sum = accLo + rLo;
  let lo = sum >>> 0;
  let hi = (accHi + rHi + (sum >= TWO32 ? 1 : 0)) >>> 0;
  const rotHi = ((hi << 31) | (lo >>> 1)) >>> 0;
  lo = ((lo << 31) | (hi >>> 1)) >>> 0;
  hi = rotHi;
  mul64(hi, lo, P1_HI, P1_LO);
  accHi = rHi;
  accLo = rLo;
}

/** The finish: acc += len ^ (PRIME_5 ^ 3527539); all ones (-1) becomes 1546275796. */
function finish(len: number): void {
  const add = (len ^ (P5_LO ^ 3527539)) >>> 0;
  const sum = accLo + add;
  accLo = sum >>> 0;
  accHi = (accHi + P5_HI + (sum >= TWO32 ? 1 : 0)) >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) {
    accHi = 0;
    accLo = 1546275796;
  }
}

/**
 * tuplehash of `items` into accHi:accLo; false when `lane` answers null for one. An int
 * member below 2**32 is its own hash (long_hash), taken without asking `lane`.
 */
function mix(
  items: readonly HeapObject[],
  lane: (item: HeapObject) => number | bigint | null,
): boolean {
  // (the accumulator is kept here across lane, which may hash a nested tuple)
  let hi = P5_HI;
  let lo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const v = item.p0;
    if (item.type === C.int && typeof v === "number" && v >= 0 && v < TWO32) {
      rHi = 0;
      rLo = v;
    } else {
      const h = lane(item);
      if (h === null) return false;
      split(h);
    }
    accHi = hi;
    accLo = lo;
    round();
    hi = accHi;
    lo = accLo;
  }
  accHi = hi;
  accLo = lo;
  finish(items.length);
  return true;
}

/** The unsigned 64-bit value in accHi:accLo as a number below 2**53, else a bigint. */
function accValue(): number | bigint {
  return accHi < 0x200000 ? accHi * TWO32 + accLo : (BigInt(accHi) << 32n) | BigInt(accLo);
}

/** tuplehash of members' hashes given as integers (range_hash's (len, start, step)). */
export function tupleHashOfHashes(hashes: readonly (number | bigint)[]): number | bigint {
  accHi = P5_HI;
  accLo = P5_LO;
  for (const h of hashes) {
    split(h);
    round();
  }
  finish(hashes.length);
  return accValue();
}

/**
 * tuplehash of members whose hashes `lane` gives (any integer form; null: a member whose
 * hash is not known, and then null), as the unsigned 64-bit value: a number below 2**53,
 * else a bigint (the form settable.ts's Hash takes).
 */
export function tupleHash(
  items: readonly HeapObject[],
  lane: (item: HeapObject) => number | bigint | null,
): number | bigint | null {
  if (!mix(items, lane)) return null;
  return accValue();
}

/** An unsigned 64-bit hash as CPython's Py_hash_t (signed). */
export function signedHash(u: number | bigint): number | bigint {
  if (typeof u === "number") return u;
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}
