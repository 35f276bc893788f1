/**
 * CPython 3.11's tuplehash (Objects/tupleobject.c): xxHash's round over the members'
 * hashes, in unsigned 64-bit arithmetic. JavaScript numbers hold 53 bits, so the 64-bit
 * values are kept as 32-bit halves (a multiplication from 16-bit pieces), without BigInt
 * until the result. hash(), dict lookups (pyHash; DictStore folds it to 32 bits) and set
 * order (settable.ts) all take it.
 */

import type { HeapObject } from "../engine/index.js";
import { strObjectHalves } from "./strhash.js";
import { C } from "./types.js";

// _PyHASH_XXPRIME_1, _2 and _5 as high and low halves.
const P1_HI = 0x9e3779b1;
const P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d;
const P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f;
const P5_LO = 0x165667c5;
const TWO32 = 4294967296;

/** The high 32 bits of the 64-bit product of two 32-bit unsigned values. */
function mulHi(a: number, b: number): number {
  const a0 = a & 0xffff;
  const a1 = a >>> 16;
  const b0 = b & 0xffff;
  const b1 = b >>> 16;
  const w1 = a1 * b0 + ((a0 * b0) >>> 16);
  const w2 = a0 * b1 + (w1 & 0xffff);
  return a1 * b1 + (w1 >>> 16) + (w2 >>> 16);
}

// The accumulator after mix, as 32-bit halves.
let accHi = 0;
let accLo = 0;

/**
 * tuplehash of `items` into accHi:accLo; false when `lane` answers null for one. An int
 * member below 2**32 is its own hash (long_hash), and a str's hash is taken as its
 * halves, without asking `lane`. Each round:
 * acc += lane * PRIME_2; acc = rotl(acc, 31); acc *= PRIME_1 (mod 2**64, on halves).
 */
function mix<T>(items: readonly T[], lane: (item: T) => number | bigint | null): boolean {
  let hi = P5_HI;
  let lo = P5_LO;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let lHi: number;
    let lLo: number;
    const o = item as unknown as HeapObject;
    if (
      typeof item === "object" &&
      item !== null &&
      o.type === C.int &&
      typeof o.p0 === "number" &&
      o.p0 >= 0 &&
      o.p0 < TWO32
    ) {
      lHi = 0;
      lLo = o.p0;
    } else if (typeof item === "object" && item !== null && o.type === C.str) {
      // A str's hash, straight from its halves (no 64-bit value on the way).
      const halves = strObjectHalves(o, o.type === C.str);
      if (halves[0] === 0xffffffff && halves[1] === 0xffffffff) {
        lHi = 0xffffffff;
        lLo = 0xfffffffe; // (-1 is -2)
      } else {
        lHi = halves[0];
        lLo = halves[1];
      }
    } else {
      const h = lane(item);
      if (h === null) return false;
      if (typeof h === "number") {
        lLo = h >>> 0;
        lHi = h >= 0 && h < TWO32 ? 0 : Math.floor(h / TWO32) >>> 0;
      } else {
        lLo = Number(h & 0xffffffffn);
        lHi = Number((h >> 32n) & 0xffffffffn);
      }
    }
    // acc += lane * PRIME_2
    const tLo = Math.imul(lLo, P2_LO) >>> 0;
    const tHi = mulHi(lLo, P2_LO) + Math.imul(lHi, P2_LO) + Math.imul(lLo, P2_HI);
    const sum = lo + tLo;
    lo = sum >>> 0;
    hi = (hi + tHi + (sum >= TWO32 ? 1 : 0)) >>> 0;
    // acc = rotl(acc, 31)
    const rotHi = ((hi << 31) | (lo >>> 1)) >>> 0;
    lo = ((lo << 31) | (hi >>> 1)) >>> 0;
    hi = rotHi;
    // acc *= PRIME_1
    const nLo = Math.imul(lo, P1_LO) >>> 0;
    hi = (mulHi(lo, P1_LO) + Math.imul(hi, P1_LO) + Math.imul(lo, P1_HI)) >>> 0;
    lo = nLo;
  }
  // acc += len ^ (PRIME_5 ^ 3527539); all ones (-1) becomes 1546275796
  const sum = lo + ((items.length ^ (P5_LO ^ 3527539)) >>> 0);
  accLo = sum >>> 0;
  accHi = (hi + P5_HI + (sum >= TWO32 ? 1 : 0)) >>> 0;
  if (accHi === 0xffffffff && accLo === 0xffffffff) {
    accHi = 0;
    accLo = 1546275796;
  }
  return true;
}

/** The unsigned 64-bit value in accHi:accLo as a number below 2**53, else a bigint. */
function accValue(): number | bigint {
  return accHi < 0x200000 ? accHi * TWO32 + accLo : (BigInt(accHi) << 32n) | BigInt(accLo);
}

/**
 * tuplehash as a signed value in a double (rounded as Number(bigint) rounds it), without
 * a BigInt: what pyHash answers for a tuple.
 */
export function tupleHashNumber(
  items: readonly HeapObject[],
  lane: (item: HeapObject) => number | bigint,
): number {
  mix(items, lane);
  return (accHi | 0) * TWO32 + accLo;
}

/** tuplehash of members' hashes given as integers (range_hash's (len, start, step)). */
export function tupleHashOfHashes(hashes: readonly (number | bigint)[]): number | bigint {
  mix(hashes, (h) => h);
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
