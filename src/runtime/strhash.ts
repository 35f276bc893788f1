/**
 * The hash of str and bytes (CPython Python/pyhash.c: SipHash-1-3 over the object's data,
 * keyed by the interpreter's hash secret), so `hash('a')` and the order of a set of
 * strings are what python3 gives under the same PYTHONHASHSEED.
 *
 * The secret follows _Py_HashRandomization_Init: PYTHONHASHSEED=0 is all zeros, another
 * number N fills it from a linear congruential generator seeded with N (lcg_urandom),
 * and without the variable (or with "random") it is random for each run, as in CPython.
 * A str hashes the bytes of its compact representation: one byte per character when all
 * are below 256, else two (below 65536), else four, little-endian.
 *
 * 64-bit arithmetic is done on 32-bit halves (no BigInt on this path).
 */
import type { HeapObject } from "../engine/index.js";

/** The secret's SipHash key, as 32-bit halves: k0 = k0h:k0l, k1 = k1h:k1l. */
let keyReady = false;
let k0h = 0;
let k0l = 0;
let k1h = 0;
let k1l = 0;

/** sys.flags.hash_randomization: 0 only under PYTHONHASHSEED=0. */
export function hashRandomization(): number {
  const env = typeof process === "undefined" ? undefined : process.env.PYTHONHASHSEED;
  return env === "0" ? 0 : 1;
}

/** _Py_HashSecret from PYTHONHASHSEED (read once, at the first hash). */
function initKey(): void {
  keyReady = true;
  const env = typeof process === "undefined" ? undefined : process.env.PYTHONHASHSEED;
  const secret = new Uint8Array(24);
  if (env === undefined || env === "" || env === "random") {
    // (Math.random, not WebCrypto: the secret varies per run, which is all it is for here,
    // and WebCrypto's first use costs ~10 ms of start-up.)
    for (let i = 0; i < secret.length; i++) secret[i] = Math.floor(Math.random() * 256);
  } else {
    const seed = Number(env);
    if (Number.isInteger(seed) && seed > 0) {
      // lcg_urandom: x = x * 214013 + 2531011 (mod 2**32); each byte is bits 16..23.
      let x = seed >>> 0;
      for (let i = 0; i < secret.length; i++) {
        x = (Math.imul(x, 214013) + 2531011) >>> 0;
        secret[i] = (x >>> 16) & 0xff;
      }
    }
  }
  const word = (at: number) =>
    (secret[at]! | (secret[at + 1]! << 8) | (secret[at + 2]! << 16) | (secret[at + 3]! << 24)) >>>
    0;
  k0l = word(0);
  k0h = word(4);
  k1l = word(8);
  k1h = word(12);
}

// The four state words, as halves (module state: the hash is not re-entrant).
let v0h = 0;
let v0l = 0;
let v1h = 0;
let v1l = 0;
let v2h = 0;
let v2l = 0;
let v3h = 0;
let v3l = 0;

/** SINGLE_ROUND: HALF_ROUND(v0,v1,v2,v3,13,16) then HALF_ROUND(v2,v1,v0,v3,17,21). */
function round(): void {
  let lo: number;
  let h: number;
  let l: number;
  // v0 += v1; v2 += v3
  lo = (v0l + v1l) >>> 0;
  v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  lo = (v2l + v3l) >>> 0;
  v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  // v1 = rotl(v1, 13) ^ v0; v3 = rotl(v3, 16) ^ v2
  h = ((v1h << 13) | (v1l >>> 19)) >>> 0;
  l = ((v1l << 13) | (v1h >>> 19)) >>> 0;
  v1h = (h ^ v0h) >>> 0;
  v1l = (l ^ v0l) >>> 0;
  h = ((v3h << 16) | (v3l >>> 16)) >>> 0;
  l = ((v3l << 16) | (v3h >>> 16)) >>> 0;
  v3h = (h ^ v2h) >>> 0;
  v3l = (l ^ v2l) >>> 0;
  // v0 = rotl(v0, 32)
  h = v0h;
  v0h = v0l;
  v0l = h;
  // v2 += v1; v0 += v3
  lo = (v2l + v1l) >>> 0;
  v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
  v2l = lo;
  lo = (v0l + v3l) >>> 0;
  v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
  v0l = lo;
  // v1 = rotl(v1, 17) ^ v2; v3 = rotl(v3, 21) ^ v0
  h = ((v1h << 17) | (v1l >>> 15)) >>> 0;
  l = ((v1l << 17) | (v1h >>> 15)) >>> 0;
  v1h = (h ^ v2h) >>> 0;
  v1l = (l ^ v2l) >>> 0;
  h = ((v3h << 21) | (v3l >>> 11)) >>> 0;
  l = ((v3l << 21) | (v3h >>> 11)) >>> 0;
  v3h = (h ^ v0h) >>> 0;
  v3l = (l ^ v0l) >>> 0;
  // v2 = rotl(v2, 32)
  h = v2h;
  v2h = v2l;
  v2l = h;
}

/** The result's halves (set by siphash13). */
let outHi = 0;
let outLo = 0;

/** siphash13 of `n` bytes, byte i being `at(i)`; the 64-bit result in outHi:outLo. */
function siphash13(n: number, at: (i: number) => number): void {
  if (!keyReady) initKey();
  v0h = (k0h ^ 0x736f6d65) >>> 0;
  v0l = (k0l ^ 0x70736575) >>> 0;
  v1h = (k1h ^ 0x646f7261) >>> 0;
  v1l = (k1l ^ 0x6e646f6d) >>> 0;
  v2h = (k0h ^ 0x6c796765) >>> 0;
  v2l = (k0l ^ 0x6e657261) >>> 0;
  v3h = (k1h ^ 0x74656462) >>> 0;
  v3l = (k1l ^ 0x79746573) >>> 0;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    const ml = (at(i) | (at(i + 1) << 8) | (at(i + 2) << 16) | (at(i + 3) << 24)) >>> 0;
    const mh = (at(i + 4) | (at(i + 5) << 8) | (at(i + 6) << 16) | (at(i + 7) << 24)) >>> 0;
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    round();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  }
  // The last 0..7 bytes, and the length in the top byte.
  let bl = 0;
  let bh = ((n & 0xff) << 24) >>> 0;
  for (let j = 0; i + j < n; j++) {
    const byte = at(i + j);
    if (j < 4) bl = (bl | (byte << (8 * j))) >>> 0;
    else bh = (bh | (byte << (8 * (j - 4)))) >>> 0;
  }
  v3h = (v3h ^ bh) >>> 0;
  v3l = (v3l ^ bl) >>> 0;
  round();
  v0h = (v0h ^ bh) >>> 0;
  v0l = (v0l ^ bl) >>> 0;
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  outHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  outLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
}

/** The 64-bit hash's halves of str `s`: [hi, lo] (unicode_hash; 0 for ""). */
export function strHashHalves(s: string): [number, number] {
  if (s.length === 0) return [0, 0];
  let max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
  }
  if (max < 0x100) {
    siphash13(s.length, (i) => s.charCodeAt(i));
  } else if (max < 0xd800 || !/[\ud800-\udfff]/.test(s)) {
    siphash13(2 * s.length, (i) => {
      const c = s.charCodeAt(i >> 1);
      return i & 1 ? c >> 8 : c & 0xff;
    });
  } else {
    // Surrogates: by code point, UCS-2 unless one is past the BMP (then UCS-4).
    const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
    const wide = cps.some((c) => c > 0xffff);
    const width = wide ? 4 : 2;
    siphash13(width * cps.length, (i) => (cps[Math.floor(i / width)]! >> (8 * (i % width))) & 0xff);
  }
  return [outHi, outLo];
}

/**
 * The hash halves of str object `obj` (its value in p0), kept in its p1/p2 as CPython
 * keeps a str's hash in the object — only for an exact str (`exact`), whose p1 and p2
 * are otherwise unused (a freed header's are reset when it is reused).
 */
export function strObjectHalves(obj: HeapObject, exact: boolean): [number, number] {
  if (exact && typeof obj.p1 === "number") return [obj.p1, obj.p2 as number];
  const halves = strHashHalves(obj.p0 as string);
  if (exact) {
    obj.p1 = halves[0];
    obj.p2 = halves[1];
  }
  return halves;
}

/** The 64-bit hash's halves of bytes `b` (bytes_hash, _Py_HashBytes). */
export function bytesHashHalves(b: Uint8Array): [number, number] {
  if (b.length === 0) return [0, 0];
  siphash13(b.length, (i) => b[i]!);
  return [outHi, outLo];
}

/** Py_hash_t of 64-bit halves: signed, -1 becoming -2; a number when exact, else a bigint. */
export function signedOfHalves(hi: number, lo: number): number | bigint {
  if (hi === 0xffffffff && lo === 0xffffffff) return -2;
  if (hi < 0x200000) return hi * 0x100000000 + lo;
  if (hi >= 0xffe00000) return (hi - 0x100000000) * 0x100000000 + lo;
  return BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
}
