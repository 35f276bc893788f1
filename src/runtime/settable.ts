/**
 * CPython 3.11's set hash table (Objects/setobject.c), modelled for the order it gives:
 * a set iterates, prints and pops in slot order, which depends on the members' hashes,
 * the table size and the history of insertions and deletions (linear probing of 9 slots,
 * then perturbed jumps; resizing at 3/5 full; deleted slots left as dummies). pygc keeps
 * the members in a DictStore; this table only records where CPython would have put them.
 *
 * It is kept while every member is an exact int, bool, float (not NaN), str (hashed with
 * the run's hash secret, see strhash.ts), or a tuple or frozenset of those, whose hashes
 * are CPython's.
 * Other keys' hashes are not modelled (None's is its address): a set that gains one drops
 * its table and iterates in insertion order (NOT-CPYTHON). A table is only trusted while
 * its store's version is the one it last saw, so a change made around it also drops it.
 */
import type { HeapObject } from "../engine/index.js";
import { floatHashExact, frozensetHashExact, intHashExact } from "./abstract.js";
import type { DictStore } from "./dictstore.js";
import { strObjectHalves } from "./strhash.js";
import { tupleHash } from "./tuplehash.js";
import { C } from "./types.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const U64 = (1n << 64n) - 1n;

/** A deleted slot (CPython's dummy key). */
const DUMMY = { dummy: true } as unknown as HeapObject;

/**
 * A member's hash as CPython's table uses it (size_t): a number when it is below 2**53,
 * else a bigint of the 64-bit value (negative hashes wrap). One value, one form, so
 * hashes compare with ===.
 */
export type Hash = number | bigint;

function canonical(h: bigint): Hash {
  const u = h & U64;
  return u < SAFE ? Number(u) : u;
}

const SAFE = 1n << 53n;

/**
 * The hash CPython gives a member whose hash is deterministic — an int or bool
 * (long_hash), a float other than NaN (_Py_HashDouble), a str, a tuple of those
 * (tuplehash) or a frozenset of those (frozenset_hash) — or null for anything else.
 */
export function memberHash(key: HeapObject): Hash | null {
  const t = key.type;
  if (t === C.int || t === C.bool) {
    const v = key.p0 as number | bigint;
    if (typeof v === "number" && v >= 0) return v; // below 2**53, so below the modulus
    return canonical(BigInt(intHashExact(v)));
  }
  if (t === C.float) {
    const x = key.p0 as number;
    if (Number.isNaN(x)) return null; // hashed by address in 3.11
    const h = floatHashExact(x);
    return typeof h === "number" && h >= 0 ? h : canonical(BigInt(h));
  }
  if (t === C.str) {
    const [hi, lo] = strObjectHalves(key, true);
    return hi < 0x200000 ? hi * 0x100000000 + lo : (BigInt(hi) << 32n) | BigInt(lo);
  }
  if (t === C.tuple) return tupleHash(key.p0 as HeapObject[], memberHash);
  if (t === C.frozenset) {
    // frozenset_hash over members whose own hashes are modelled
    for (const { key: k } of (key.p0 as DictStore).keysStored()) {
      if (memberHash(k) === null) return null;
    }
    return canonical(BigInt(frozensetHashExact(key)));
  }
  return null;
}

/** Members compare equal: numbers by value (1 == 1.0 == True), tuples item by item. */
function same(a: HeapObject, b: HeapObject): boolean {
  if (a === b) return true;
  const ta = a.type;
  const tb = b.type;
  if (ta === C.tuple || tb === C.tuple) {
    if (ta !== tb) return false;
    const x = a.p0 as HeapObject[];
    const y = b.p0 as HeapObject[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!same(x[i]!, y[i]!)) return false;
    return true;
  }
  if (ta === C.str || tb === C.str) return ta === tb && a.p0 === b.p0;
  if (ta === C.frozenset || tb === C.frozenset) {
    // (frozensets of modelled members: looking them up runs no Python code)
    if (ta !== tb) return false;
    const x = a.p0 as DictStore;
    const y = b.p0 as DictStore;
    return x.size === y.size && x.keysStored().every(({ key }) => y.has(key));
  }
  // (loose equality compares a bigint and a number by value)
  // biome-ignore lint/suspicious/noDoubleEquals: int, bool and float values, number or bigint
  return (a.p0 as number | bigint) == (b.p0 as number | bigint);
}

// A hash split by splitHash (module state: no pair objects).
let sHi = 0;
let sLo = 0;

/** A Hash as its 64-bit value's 32-bit halves, into sHi:sLo. */
function splitHash(h: Hash): void {
  if (typeof h === "number") {
    sLo = h >>> 0;
    sHi = h < 4294967296 ? 0 : Math.floor(h / 4294967296) >>> 0;
  } else {
    sLo = Number(h & 0xffffffffn);
    sHi = Number((h >> 32n) & 0xffffffffn);
  }
}

export class SetTable {
  mask = MINSIZE - 1;
  /** Active and dummy slots. */
  fill = 0;
  /** Active slots. */
  used = 0;
  /** Where set.pop looks first. */
  finger = 0;
  keys: (HeapObject | null)[] = new Array(MINSIZE).fill(null);
  /** Each slot's hash as 32-bit halves (a dummy's: all ones, CPython's -1). */
  hashHi = new Uint32Array(MINSIZE);
  hashLo = new Uint32Array(MINSIZE);
  /** The store's version when this table last matched it. */
  version = 0;

  /**
   * The first slot of the probe sequence of the hash hi:lo that `stop` accepts
   * (set_insert_clean's walk): linear probes, then perturbed jumps with the 64-bit
   * perturb kept as halves.
   */
  private probe(hi: number, lo: number, stop: (i: number) => boolean): number {
    const mask = this.mask;
    let i = lo & mask;
    let pHi = hi;
    let pLo = lo;
    for (;;) {
      if (stop(i)) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (stop(i + j)) return i + j;
      }
      // perturb >>= PERTURB_SHIFT; i = (i * 5 + 1 + perturb) & mask (only perturb's low
      // half reaches the masked bits)
      pLo = ((pLo >>> PERTURB_SHIFT) | (pHi << (32 - PERTURB_SHIFT))) >>> 0;
      pHi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + pLo) & mask;
    }
  }

  private setSlot(i: number, key: HeapObject, hi: number, lo: number): void {
    this.keys[i] = key;
    this.hashHi[i] = hi;
    this.hashLo[i] = lo;
  }

  /** set_insert_clean: into a table with no dummies and no equal member. */
  private insertClean(key: HeapObject, hi: number, lo: number): void {
    const keys = this.keys;
    this.setSlot(
      this.probe(hi, lo, (j) => keys[j] === null),
      key,
      hi,
      lo,
    );
  }

  /** set_table_resize: a table of the smallest size above `minused`, members reinserted. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys;
    const oldHi = this.hashHi;
    const oldLo = this.hashLo;
    this.mask = size - 1;
    this.keys = new Array(size).fill(null);
    this.hashHi = new Uint32Array(size);
    this.hashLo = new Uint32Array(size);
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k !== null && k !== DUMMY) this.insertClean(k, oldHi[i]!, oldLo[i]!);
    }
  }

  /**
   * set_add_entry for a member not in the set (the store has just taken it): the first
   * empty slot of its probe sequence, or the last dummy passed on the way there.
   */
  add(key: HeapObject, hash: Hash): void {
    splitHash(hash);
    this.addHalves(key, sHi, sLo);
  }

  private addHalves(key: HeapObject, hi: number, lo: number): void {
    const keys = this.keys;
    let free = -1;
    const i = this.probe(hi, lo, (j) => {
      const k = keys[j];
      if (k === null) return true;
      // The last dummy before the empty slot takes the member (checked against python3
      // 3.11.7 by reading its table: dummies at 4, 5, 6 and a member homed at 3 go to 6).
      if (k === DUMMY) free = j;
      return false;
    });
    if (free >= 0) {
      this.setSlot(free, key, hi, lo);
      this.used++;
      return;
    }
    this.setSlot(i, key, hi, lo);
    this.fill++;
    this.used++;
    if (this.fill * 5 < this.mask * 3) return;
    this.regrow();
  }

  /** set_table_resize's size rule after growth or deletions: 4 times the members, 2 past 50000. */
  regrow(): void {
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** The slot of member `key` (hash `hash`), or -1. */
  find(key: HeapObject, hash: Hash): number {
    splitHash(hash);
    return this.findHalves(key, sHi, sLo);
  }

  private findHalves(key: HeapObject, hi: number, lo: number): number {
    const keys = this.keys;
    const hashHi = this.hashHi;
    const hashLo = this.hashLo;
    const i = this.probe(hi, lo, (j) => {
      const k = keys[j];
      return k === null || (k !== DUMMY && hashLo[j] === lo && hashHi[j] === hi && same(k, key));
    });
    return keys[i] === null ? -1 : i;
  }

  /** set_discard_entry at slot `i` (find's answer): it becomes a dummy (hash all ones, -1). */
  discardAt(i: number): void {
    this.keys[i] = DUMMY;
    this.hashHi[i] = 0xffffffff;
    this.hashLo[i] = 0xffffffff;
    this.used--;
  }

  /** set_pop: the member at or after the finger (borrowed), now a dummy. */
  pop(): HeapObject {
    const keys = this.keys;
    let i = this.finger & this.mask;
    while (keys[i] === null || keys[i] === DUMMY) {
      i++;
      if (i > this.mask) i = 0;
    }
    const key = keys[i]!;
    this.discardAt(i);
    this.finger = i + 1;
    return key;
  }

  /**
   * set_merge into this (empty, fresh) table from `other`: one resize up front, then the
   * slots copied as they are when the sizes agree and `other` has no dummies, else its
   * members inserted in its slot order.
   */
  mergeFrom(other: SetTable): void {
    if (other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) {
      this.resize((this.used + other.used) * 2);
    }
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashHi = other.hashHi.slice();
      this.hashLo = other.hashLo.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i < other.keys.length; i++) {
        const k = other.keys[i]!;
        if (k !== null && k !== DUMMY) this.insertClean(k, other.hashHi[i]!, other.hashLo[i]!);
      }
      return;
    }
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i]!;
      const hi = other.hashHi[i]!;
      const lo = other.hashLo[i]!;
      if (k !== null && k !== DUMMY && this.findHalves(k, hi, lo) < 0) this.addHalves(k, hi, lo);
    }
  }

  /** The members in slot order (borrowed). */
  members(): HeapObject[] {
    const out: HeapObject[] = [];
    for (const k of this.keys) if (k !== null && k !== DUMMY) out.push(k);
    return out;
  }

  /** The first slot at or after `i` that holds a member, or -1 past the end. */
  nextSlot(i: number): number {
    const keys = this.keys;
    for (; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== null && k !== DUMMY) return i;
    }
    return -1;
  }

  /** Is this table still the store's? */
  matches(store: DictStore): boolean {
    return this.version === store.version && this.used === store.size;
  }
}
