/**
 * set and frozenset (CPython Objects/setobject.c). The members live in a DictStore used
 * as a hash table of keys (each value slot holds None); p1 holds the SetTable that says
 * where CPython's table has them, while the set can be modelled (settable.ts), and the
 * operations below follow setobject.c's algorithms so that the table comes out as
 * CPython's: the same insertions, in the same order, with the same up-front resizes.
 * NOT-CPYTHON: a set with a member that is not an int, bool, float, str, or tuple or
 * frozenset of those iterates, prints and pops in insertion order.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { getIter, iterNext } from "./abstract.js";
import { DictStore, type StoredKey } from "./dictstore.js";
import { raise } from "./errors.js";
import { decref, heap, newRef } from "./heapref.js";
import { memberHash, SetTable } from "./settable.js";
import { C, S, T } from "./types.js";

function traverseSet(obj: HeapObject, visit: (o: HeapObject) => void): void {
  (obj.p0 as DictStore).traverseKeys(visit);
}

/** set_sizeof's start: the object with its inline 8-slot table (200), and the GC header. */
export const SET_BASIC = 216;

function makeSetContract(name: string): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    weakrefable: true,
    basicSize: SET_BASIC,
    traverse: traverseSet,
    clear: (obj) => (obj.p0 as DictStore).clear(),
    dealloc: (obj) => {
      (obj.p0 as DictStore).clear();
      return undefined;
    },
  });
}

export const setContract = makeSetContract("set");
export const frozensetContract = makeSetContract("frozenset");
C.set = setContract;
C.frozenset = frozensetContract;

export function isSetLike(obj: HeapObject): boolean {
  const c = obj.type.layout;
  return c === setContract || c === frozensetContract;
}

export function setStore(obj: HeapObject): DictStore {
  return obj.p0 as DictStore;
}

/** The set's table while it still describes its store, else null (and dropped). */
export function tableOf(set: HeapObject): SetTable | null {
  const t = set.p1 as SetTable | null;
  if (t === null) return null;
  if (t.matches(set.p0 as DictStore)) return t;
  set.p1 = null;
  return null;
}

/**
 * The bytes of the set's separately allocated table: 16 a slot once it has outgrown the 8
 * slots inside the object, else 0 (set_sizeof's addition, and the block tracemalloc
 * traces). The modelled table's size when there is one (it grows as CPython's and never
 * shrinks on discard); NOT-CPYTHON: otherwise the size reached by adding the members one
 * by one (set_add_entry's growth rule), not tracked through each building path.
 */
export function setTableBytes(set: HeapObject): number {
  const t = tableOf(set);
  const slots = t !== null ? t.mask + 1 : slotsAfterAdding((set.p0 as DictStore).size);
  return slots > 8 ? 16 * slots : 0;
}

/** The table size `n` members added one by one leave (no dummies: fill is the count). */
function slotsAfterAdding(n: number): number {
  let slots = 8;
  for (;;) {
    // The add that brings fill to 3/5 of the table resizes it to above 4 times the members
    // (2 times past 50,000).
    const at = Math.ceil(((slots - 1) * 3) / 5);
    if (at > n) return slots;
    const minused = at > 50000 ? at * 2 : at * 4;
    slots = 8;
    while (slots <= minused) slots *= 2;
  }
}

/**
 * After an operation that may have resized the set's table (`before`: setTableBytes then,
 * or -1 when no one watched allocations): tell the heap's observer, which traces the new
 * block where this happens (set_table_resize frees the old table and allocates the new).
 */
function noteTable(set: HeapObject, before: number): void {
  if (before >= 0 && setTableBytes(set) !== before) heap.resized(set, true);
}

/** setTableBytes for noteTable, when the heap has an observer (tracemalloc, a heap cap). */
function tableBefore(set: HeapObject): number {
  return heap.observer === null ? -1 : setTableBytes(set);
}

function adopt(set: HeapObject, table: SetTable): void {
  table.version = (set.p0 as DictStore).version;
  set.p1 = table;
}

/** A new, empty, tracked set (or frozenset) with a table. */
export function emptySet(frozen = false): HeapObject {
  const obj = heap.alloc(frozen ? frozensetContract : setContract, new DictStore());
  adopt(obj, new SetTable());
  heap.track(obj);
  return obj;
}

/** A new set (or frozenset) of `items`, added in order (BUILD_SET); consumes the items. */
export function newSet(items: HeapObject[], frozen = false): HeapObject {
  const obj = emptySet(frozen);
  try {
    for (const x of items) setAdd(obj, x);
  } catch (e) {
    decref(obj);
    throw e;
  } finally {
    for (const x of items) decref(x);
  }
  return obj;
}

/**
 * A display of three or more constants, as 3.11 compiles it: BUILD_SET 0, then SET_UPDATE
 * of a constant frozenset. The compiler made that frozenset from the items, and
 * merge_consts_recursive made it again from its own iteration order; the new set merges
 * it. Only the tables are built here (the frozenset is never a Python object at run
 * time in CPython either). Consumes the items.
 */
export function newSetOfConstants(items: HeapObject[]): HeapObject {
  const hashes = items.map(memberHash);
  if (hashes.some((h) => h === null)) return newSet(items);
  const first = new SetTable();
  for (let i = 0; i < items.length; i++) {
    if (first.find(items[i]!, hashes[i]!) < 0) first.add(items[i]!, hashes[i]!);
  }
  const constant = new SetTable();
  for (const k of first.members()) constant.add(k, memberHash(k)!);
  const obj = emptySet(false);
  const store = obj.p0 as DictStore;
  try {
    for (const k of constant.members()) store.set(k, S.None);
  } finally {
    for (const x of items) decref(x);
  }
  const t = new SetTable();
  const before = tableBefore(obj);
  t.mergeFrom(constant);
  adopt(obj, t);
  noteTable(obj, before);
  return obj;
}

/** set_add_key (borrowed item). */
export function setAdd(set: HeapObject, item: HeapObject): void {
  setAddEntry(set, item, UNKNOWN);
}

/** No stand-in known: the key is hashed (DictStore.findStored). */
const UNKNOWN = undefined;

/**
 * set_add_entry (borrowed item): with the stand-in another set or dict stores for `item`,
 * its hash is not computed again; with UNKNOWN, set_add_key's order (hash, then take the
 * reference).
 */
function setAddEntry(set: HeapObject, item: HeapObject, stand: unknown): void {
  const before = tableBefore(set);
  addEntry(set, item, stand);
  noteTable(set, before);
}

function addEntry(set: HeapObject, item: HeapObject, stand: unknown): void {
  const store = set.p0 as DictStore;
  const t = tableOf(set);
  const n = store.size;
  store.setStored(item, S.None, stand); // (unknown: set_add_key, hashed before held)
  if (t === null) return;
  if (store.size === n) {
    t.version = store.version; // a member already
    return;
  }
  // Only numbers and tuples of them are modelled; comparing keys runs no Python code for
  // those, so nothing can have changed the set meanwhile.
  const h = memberHash(item);
  if (h === null || store.size !== n + 1) {
    set.p1 = null;
    return;
  }
  t.add(item, h);
  t.version = store.version;
}

/** set_discard_key: true when `key` was a member. */
export function setDiscard(set: HeapObject, key: HeapObject): boolean {
  return setDiscardEntry(set, key, UNKNOWN);
}

/** set_discard_entry: setDiscard with the stand-in another store keeps for `key` (see setAddEntry). */
function setDiscardEntry(set: HeapObject, key: HeapObject, stand: unknown): boolean {
  const store = set.p0 as DictStore;
  const t = tableOf(set);
  const h = t === null ? null : memberHash(key);
  const remove = () => {
    const entry = store.removeStored(key, stand);
    if (entry === undefined) return false;
    decref(entry.key);
    decref(entry.value);
    return true;
  };
  if (t !== null && h !== null) {
    // The slot first: releasing the member may free it, and the table compares members.
    const slot = t.find(key, h);
    const found = slot >= 0;
    if (found) t.discardAt(slot);
    const removed = remove();
    if (removed !== found) set.p1 = null;
    else t.version = store.version;
    return removed;
  }
  const removed = remove();
  if (t !== null && removed) set.p1 = null;
  return removed;
}

/** set.pop: the member at CPython's finger (a new reference). */
export function setPop(set: HeapObject): HeapObject {
  const store = set.p0 as DictStore;
  if (store.size === 0) raise(T.KeyError, "pop from an empty set");
  const t = tableOf(set);
  const key = t !== null ? t.pop() : store.live().next().value!.key;
  const entry = store.remove(key)!;
  decref(entry.value);
  if (t !== null) t.version = store.version;
  return entry.key;
}

/** set_clear_internal: an empty table again (set.pop's finger stays where it was). */
export function setClear(set: HeapObject): void {
  const before = tableBefore(set);
  clearSet(set);
  noteTable(set, before);
}

function clearSet(set: HeapObject): void {
  const store = set.p0 as DictStore;
  const finger = (set.p1 as SetTable | null)?.finger ?? 0;
  set.p1 = null;
  store.clear();
  if (store.size !== 0) return; // refilled by a member's __del__: left unmodelled
  const t = new SetTable();
  t.finger = finger;
  adopt(set, t);
}

/**
 * The members in iteration order (borrowed), each with the stand-in the set's store keeps
 * for it, so that another table finds or adds it without hashing it again (set_next gives
 * setobject.c each entry's hash). A modelled table's members (numbers and tuples of them:
 * hashing them runs no Python code) come with UNKNOWN.
 */
export function storedMembers(set: HeapObject): StoredKey[] {
  const t = tableOf(set);
  if (t !== null) return t.members().map((key) => ({ key, stand: UNKNOWN }));
  return (set.p0 as DictStore).keysStored();
}

/** set_contains_entry: `key` is a member, found by `stand` (see storedMembers). */
export function hasEntry(set: HeapObject, key: HeapObject, stand: unknown): boolean {
  return (set.p0 as DictStore).hasStored(key, stand);
}

/** The members in iteration order (borrowed). */
export function setMembers(set: HeapObject): HeapObject[] {
  const t = tableOf(set);
  if (t !== null) return t.members();
  const out: HeapObject[] = [];
  for (const e of (set.p0 as DictStore).live()) out.push(e.key);
  return out;
}

/** set_merge: `other`'s members into `so` (one resize first; a straight copy when it can). */
function mergeSet(so: HeapObject, other: HeapObject): void {
  if (other === so) return;
  const before = tableBefore(so);
  mergeMembers(so, other);
  noteTable(so, before);
}

function mergeMembers(so: HeapObject, other: HeapObject): void {
  const store = so.p0 as DictStore;
  const t = tableOf(so);
  const ot = tableOf(other);
  if ((other.p0 as DictStore).size === 0) return;
  // Each key goes in with the hash `other` stored: no __hash__ call, as set_merge. (A
  // modelled table holds numbers and tuples of them, in CPython's order: no Python code.)
  if (ot === null) store.mergeFrom(other.p0 as DictStore);
  else for (const k of ot.members()) store.set(k, S.None, true);
  if (t === null) return;
  if (ot === null) {
    so.p1 = null;
    return;
  }
  t.mergeFrom(ot);
  t.version = store.version;
}

/** set_update_internal: a set merges, an exact dict gives its keys, anything else iterates. */
export function setUpdate(so: HeapObject, other: HeapObject): void {
  if (isSetLike(other)) {
    mergeSet(so, other);
    return;
  }
  if (other.type === C.dict) {
    const keys: HeapObject[] = [];
    for (const e of (other.p0 as DictStore).live()) keys.push(e.key);
    const t = tableOf(so);
    if (t !== null && (t.fill + keys.length) * 5 >= t.mask * 3) {
      const before = tableBefore(so);
      t.resize((t.used + keys.length) * 2);
      noteTable(so, before);
    }
    for (const k of keys) setAdd(so, k);
    return;
  }
  forEachItem(other, (x) => setAdd(so, x));
}

/**
 * Each item of an iterable, one at a time, released once `fn` has seen it (the loops of
 * set_update_internal, set_intersection and set_difference_update_internal: a generator's
 * items do not all live at once, a duplicate goes at once).
 */
function forEachItem(iterable: HeapObject, fn: (x: HeapObject) => void): void {
  const it = getIter(iterable);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      try {
        fn(x);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
  }
}

/** make_new_set_basetype(type, src): a new set or frozenset of `src`'s members. */
export function setFrom(src: HeapObject | null, frozen: boolean): HeapObject {
  const obj = emptySet(frozen);
  if (src === null) return obj;
  try {
    setUpdate(obj, src);
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function sizeOf(set: HeapObject): number {
  return (set.p0 as DictStore).size;
}

function has(set: HeapObject, key: HeapObject): boolean {
  return (set.p0 as DictStore).has(key);
}

/**
 * set_issubset: every member of `a` is in `b`, each looked up by the hash `a` stored and
 * held while it is (a member's __eq__ may drop it from `a`).
 */
export function setIsSubset(a: HeapObject, b: HeapObject): boolean {
  if (sizeOf(a) > sizeOf(b)) return false;
  return storedMembers(a).every(({ key, stand }) => {
    key.refcnt++;
    try {
      return hasEntry(b, key, stand);
    } finally {
      decref(key);
    }
  });
}

/** PyAnySet_CheckExact: a set or a frozenset, not a subclass. */
export function isExactSetLike(obj: HeapObject): boolean {
  return obj.type === setContract || obj.type === frozensetContract;
}

/** set_intersection: the members of both, the smaller set's walked. */
export function setIntersection(so: HeapObject, other: HeapObject, frozen: boolean): HeapObject {
  if (so === other) return setFrom(so, frozen);
  const result = emptySet(frozen);
  try {
    if (isSetLike(other)) {
      const [walked, probed] = sizeOf(other) > sizeOf(so) ? [so, other] : [other, so];
      for (const { key, stand } of storedMembers(walked)) {
        if (hasEntry(probed, key, stand)) setAddEntry(result, key, stand);
      }
      return result;
    }
    forEachItem(other, (x) => {
      if (has(so, x)) setAdd(result, x);
    });
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_difference_update_internal, with its resize when a quarter of the slots are dummies. */
export function setDifferenceUpdate(so: HeapObject, other: HeapObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isSetLike(other)) {
    // A much larger other is cut down to the intersection first.
    const walked = sizeOf(other) >> 3 > sizeOf(so) ? setIntersection(so, other, false) : other;
    try {
      for (const { key, stand } of storedMembers(walked)) setDiscardEntry(so, key, stand);
    } finally {
      if (walked !== other) decref(walked);
    }
  } else {
    forEachItem(other, (x) => setDiscard(so, x));
  }
  const t = tableOf(so);
  if (t !== null && t.fill - t.used > Math.floor(t.mask / 4)) {
    const before = tableBefore(so);
    t.regrow();
    noteTable(so, before);
  }
}

/** set_difference: a copy then discards when `so` is much the larger, else a walk of `so`. */
export function setDifference(so: HeapObject, other: HeapObject, frozen: boolean): HeapObject {
  let otherSize: number;
  if (isSetLike(other)) otherSize = sizeOf(other);
  else if (other.type === C.dict) otherSize = (other.p0 as DictStore).size;
  else otherSize = -1;
  if (otherSize < 0 || sizeOf(so) >> 2 > otherSize) {
    const result = setFrom(so, frozen);
    try {
      setDifferenceUpdate(result, other);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  }
  const result = emptySet(frozen);
  try {
    // (a set's or a dict's keys: both stores keep their stand-ins)
    for (const { key, stand } of storedMembers(so)) {
      if (!hasEntry(other, key, stand)) setAddEntry(result, key, stand);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_symmetric_difference_update: each of other's members is discarded, or else added. */
export function setSymmetricDifferenceUpdate(so: HeapObject, other: HeapObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  let walked: HeapObject;
  if (other.type === C.dict) {
    for (const { key, stand } of (other.p0 as DictStore).keysStored()) {
      if (!setDiscardEntry(so, key, stand)) setAddEntry(so, key, stand);
    }
    return;
  }
  if (isSetLike(other)) walked = other;
  else walked = setFrom(other, false);
  try {
    for (const { key, stand } of storedMembers(walked)) {
      if (!setDiscardEntry(so, key, stand)) setAddEntry(so, key, stand);
    }
  } finally {
    if (walked !== other) decref(walked);
  }
}

/** set_symmetric_difference: a copy of `other` (of so's kind), updated by `so`. */
export function setSymmetricDifference(
  so: HeapObject,
  other: HeapObject,
  frozen: boolean,
): HeapObject {
  const result = setFrom(other, frozen);
  try {
    setSymmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_union / set_or: a copy of `so`, updated by each of `others`. */
export function setUnion(so: HeapObject, others: HeapObject[], frozen: boolean): HeapObject {
  const result = setFrom(so, frozen);
  try {
    for (const o of others) if (o !== so) setUpdate(result, o);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_intersection_multi: intersected with each of `others` in turn (a copy for none). */
export function setIntersectionMulti(
  so: HeapObject,
  others: HeapObject[],
  frozen: boolean,
): HeapObject {
  if (others.length === 0) return setFrom(so, frozen);
  let result = newRef(so);
  for (const other of others) {
    let next: HeapObject;
    try {
      next = setIntersection(result, other, frozen);
    } finally {
      decref(result);
    }
    result = next;
  }
  return result;
}

/** set_difference_multi: the difference with the first, then the others taken away. */
export function setDifferenceMulti(
  so: HeapObject,
  others: HeapObject[],
  frozen: boolean,
): HeapObject {
  if (others.length === 0) return setFrom(so, frozen);
  const result = setDifference(so, others[0]!, frozen);
  try {
    for (const other of others.slice(1)) setDifferenceUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/**
 * set_intersection_update(_multi), `&=`: the intersection is made, then takes the set's
 * place (set_swap_bodies).
 */
export function setIntersectionUpdate(so: HeapObject, others: HeapObject[]): void {
  const tmp = setIntersectionMulti(so, others, false);
  takeBody(so, tmp);
  decref(tmp);
}

/** set_swap_bodies: `so` takes `tmp`'s members and table. */
function takeBody(so: HeapObject, tmp: HeapObject): void {
  const mineBefore = tableBefore(so);
  const theirsBefore = tableBefore(tmp);
  swapBodies(so, tmp);
  // (tmp's table was made just now, by the intersection; so's goes with tmp)
  noteTable(so, mineBefore);
  noteTable(tmp, theirsBefore);
}

function swapBodies(so: HeapObject, tmp: HeapObject): void {
  const mine = so.p0 as DictStore;
  const theirs = tmp.p0 as DictStore;
  const owner = mine.owner;
  mine.owner = theirs.owner;
  theirs.owner = owner;
  so.p0 = theirs;
  tmp.p0 = mine;
  // The tables swap, pop's finger stays (set_swap_bodies leaves it).
  const mineTable = so.p1 as SetTable | null;
  const theirTable = tmp.p1 as SetTable | null;
  if (mineTable !== null && theirTable !== null) {
    const finger = mineTable.finger;
    mineTable.finger = theirTable.finger;
    theirTable.finger = finger;
  }
  so.p1 = theirTable;
  tmp.p1 = mineTable;
}
