/**
 * CPython 3.11's set hash table (Objects/setobject.c), modelled for the order it gives:
 * a set iterates, prints and pops in slot order, which depends on the members' hashes,
 * the table size and the history of insertions and deletions (linear probing of 9 slots,
 * then perturbed jumps; resizing at 3/5 full; deleted slots left as dummies). pygc keeps
 * the members in a DictStore; this table only records where CPython would have put them.
 *
 * It is kept while every member is an exact int or bool, whose hashes are CPython's and
 * deterministic. Strings hash differently in every CPython process, and other keys'
 * hashes are not modelled: a set that gains one drops its table and iterates in insertion
 * order (NOT-CPYTHON, as before). A table is only trusted while its store's version is the
 * one it last saw, so a change made around it also drops it.
 */
import type { HeapObject } from "../engine/index.js";
import type { DictStore } from "./dictstore.js";
import { C } from "./types.js";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MODULUS = (1n << 61n) - 1n;
const U64 = (1n << 64n) - 1n;

/** A deleted slot (CPython's dummy key) and its hash (-1). */
const DUMMY = { dummy: true } as unknown as HeapObject;
const DUMMY_HASH: Hash = U64;

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

/** The hash CPython gives an int or bool (long_hash), or null for anything else. */
export function memberHash(key: HeapObject): Hash | null {
  const t = key.type;
  if (t !== C.int && t !== C.bool) return null;
  const v = key.p0 as number | bigint;
  if (typeof v === "number" && v >= 0) return v; // below 2**53, so below the modulus
  const b = BigInt(v);
  const a = b < 0n ? -b : b;
  let h = a < MODULUS ? a : a % MODULUS;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return canonical(h);
}

/** Members compare equal: ints and bools by value (1 == True). */
function same(a: HeapObject, b: HeapObject): boolean {
  const x = a.p0 as number | bigint;
  const y = b.p0 as number | bigint;
  if (typeof x === "number" && typeof y === "number") return x === y;
  return BigInt(x) === BigInt(y);
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
  hashes: Hash[] = new Array(MINSIZE).fill(0);
  /** The store's version when this table last matched it. */
  version = 0;

  /** The first slot of `hash`'s probe sequence that `stop` accepts (set_insert_clean's walk). */
  private probe(hash: Hash, stop: (i: number) => boolean): number {
    const mask = this.mask;
    const size = mask + 1;
    if (typeof hash === "number") {
      // Exact in doubles: hash < 2**53, and i * 5 + 1 + perturb stays below 2**54.
      let i = hash % size;
      let perturb = hash;
      for (;;) {
        if (stop(i)) return i;
        if (i + LINEAR_PROBES <= mask) {
          for (let j = 1; j <= LINEAR_PROBES; j++) if (stop(i + j)) return i + j;
        }
        perturb = Math.floor(perturb / 32);
        i = (i * 5 + 1 + perturb) % size;
      }
    }
    const bigMask = BigInt(mask);
    let i = Number(hash & bigMask);
    let perturb = hash;
    for (;;) {
      if (stop(i)) return i;
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) if (stop(i + j)) return i + j;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bigMask);
    }
  }

  /** set_insert_clean: into a table with no dummies and no equal member. */
  private insertClean(key: HeapObject, hash: Hash): void {
    const keys = this.keys;
    const i = this.probe(hash, (j) => keys[j] === null);
    keys[i] = key;
    this.hashes[i] = hash;
  }

  /** set_table_resize: a table of the smallest size above `minused`, members reinserted. */
  resize(minused: number): void {
    let size = MINSIZE;
    while (size <= minused) size *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    this.mask = size - 1;
    this.keys = new Array(size).fill(null);
    this.hashes = new Array(size).fill(0);
    this.fill = this.used;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k !== null && k !== DUMMY) this.insertClean(k, oldHashes[i]!);
    }
  }

  /**
   * set_add_entry for a member not in the set (the store has just taken it): the first
   * empty slot of its probe sequence, or the last dummy passed on the way there.
   */
  add(key: HeapObject, hash: Hash): void {
    const keys = this.keys;
    const hashes = this.hashes;
    let free = -1;
    const i = this.probe(hash, (j) => {
      const k = keys[j];
      if (k === null) return true;
      // The last dummy before the empty slot takes the member (checked against python3
      // 3.11.7 by reading its table: dummies at 4, 5, 6 and a member homed at 3 go to 6).
      if (k === DUMMY) free = j;
      return false;
    });
    if (free >= 0) {
      keys[free] = key;
      hashes[free] = hash;
      this.used++;
      return;
    }
    keys[i] = key;
    hashes[i] = hash;
    this.fill++;
    this.used++;
    if (this.fill * 5 < this.mask * 3) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** The slot of member `key` (hash `hash`), or -1. */
  find(key: HeapObject, hash: Hash): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const i = this.probe(hash, (j) => {
      const k = keys[j];
      return k === null || (k !== DUMMY && hashes[j] === hash && same(k, key));
    });
    return keys[i] === null ? -1 : i;
  }

  /** set_discard_entry: the member's slot becomes a dummy. */
  discard(key: HeapObject, hash: Hash): void {
    const i = this.find(key, hash);
    if (i < 0) return;
    this.keys[i] = DUMMY;
    this.hashes[i] = DUMMY_HASH;
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
    keys[i] = DUMMY;
    this.hashes[i] = DUMMY_HASH;
    this.used--;
    this.finger = i + 1;
    return key;
  }

  /** set_clear_internal: back to the small table (the finger stays). */
  clear(): void {
    this.mask = MINSIZE - 1;
    this.keys = new Array(MINSIZE).fill(null);
    this.hashes = new Array(MINSIZE).fill(0);
    this.fill = 0;
    this.used = 0;
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
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let i = 0; i < other.keys.length; i++) {
        const k = other.keys[i]!;
        if (k !== null && k !== DUMMY) this.insertClean(k, other.hashes[i]!);
      }
      return;
    }
    for (let i = 0; i < other.keys.length; i++) {
      const k = other.keys[i]!;
      if (k !== null && k !== DUMMY && this.find(k, other.hashes[i]!) < 0) {
        this.add(k, other.hashes[i]!);
      }
    }
  }

  /** The members in slot order (borrowed). */
  members(): HeapObject[] {
    const out: HeapObject[] = [];
    for (const k of this.keys) if (k !== null && k !== DUMMY) out.push(k);
    return out;
  }

  /** The member at slot `i` or after it, and the slot after that; null past the end. */
  nextFrom(i: number): [HeapObject, number] | null {
    const keys = this.keys;
    for (; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== null && k !== DUMMY) return [k, i + 1];
    }
    return null;
  }

  /** Is this table still the store's? */
  matches(store: DictStore): boolean {
    return this.version === store.version && this.used === store.size;
  }
}
