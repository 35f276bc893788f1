/**
 * Finding the unreachable part of a generation (CPython 3.11 gcmodule.c: update_refs,
 * subtract_refs, move_unreachable, deduce_unreachable) and the untracking passes that run
 * on the survivors (untrack_tuples, untrack_dicts).
 *
 * The idea: copy each object's refcount into gc_refs, then subtract every reference that
 * comes from inside the collected set. What is left over counts references from outside
 * (stack, globals, older generations, untracked containers). Objects with gc_refs > 0
 * are reachable, and so is everything reachable from them; the rest is garbage.
 *
 * move_unreachable needs no recursion and no extra memory: a single forward walk over
 * `young` in which an object found reachable late is moved back to `young`'s tail, so
 * the walk reaches it again. Reachable objects keep the Collecting flag until scanned;
 * objects in the tentative-unreachable list also carry the Unreachable flag.
 *
 * gc_refs lives in the high bits of `gcFlags` (object.ts: GC_REFS_SHIFT): `flags >=
 * GC_REFS_ONE` reads "gc_refs > 0", and clearing Collecting (NOT_COLLECTING) drops it.
 */

import { InternalError } from "../errors.js";
import type { Heap } from "../heap.js";
import {
  GC_REFS_MAX,
  GC_REFS_ONE,
  GC_REFS_OVERFLOW,
  GcFlag,
  type HeapObject,
  NOT_COLLECTING,
  type Visit,
} from "../object.js";
import { TypeFlag } from "../type.js";
import { validateOrder } from "./debug.js";
import { listMove } from "./list.js";
import { ScratchArray } from "./scratch.js";

/**
 * The collected set in list order, filled by update_refs and extended by move_unreachable.
 * NOT-CPYTHON: CPython walks the linked list in every pass. On a JS heap consecutive list
 * members are scattered in memory, and a linked walk pays one dependent cache miss per
 * object; walking this array lets the CPU overlap those misses (measured ~5x faster per
 * pass over 1M objects). The list stays the source of truth and its order is unchanged.
 */
const order = new ScratchArray();

/**
 * Survivors whose type has `maybeUntrackInFullCollection`, in the order move_unreachable
 * scanned them (which is their final list order), for untrack_dicts.
 */
const fullCollectionCandidates = new ScratchArray();

/**
 * The tentative-unreachable list in order, filled by move_unreachable: the objects it
 * moved there, less those it moved back (`movedBack` of them) once the walk is over.
 * NOT-CPYTHON: lets the phases after it look at the trash without a linked walk.
 */
const unreachableOrder = new ScratchArray();
let movedBack = 0;

/**
 * gc_refs too large for the bits of gcFlags (GC_REFS_OVERFLOW set, count bits 0), only
 * during update_refs and subtract_refs.
 */
const bigRefs = new Map<HeapObject, number>();

/** The back half of the list, newest first, while update_refs walks it from both ends. */
const backHalf = new ScratchArray();

/**
 * update_refs: gc_refs = refcnt, and mark every object as being collected.
 * NOT-CPYTHON: the walk advances from both ends of the list at once and meets in the
 * middle. Each step of a linked walk waits for the previous load (a cache miss on a JS
 * heap); two independent chains let the CPU wait for two misses at a time. `order` still
 * receives the objects in list order.
 */
export function updateRefs(containers: HeapObject): void {
  order.clear();
  let front = containers.gcNext!;
  if (front === containers) return;
  let back = containers.gcPrev!;
  const objs = order.items;
  const backs = backHalf.items;
  let n = 0;
  let nb = 0;
  for (;;) {
    updateRef(front);
    objs[n++] = front;
    if (front === back) break; // odd length: the middle object
    updateRef(back);
    backs[nb++] = back;
    front = front.gcNext!;
    if (front === back) break; // even length: the halves met
    back = back.gcPrev!;
  }
  for (let i = nb - 1; i >= 0; i--) objs[n++] = backs[i]!;
  order.length = n;
  backHalf.length = nb;
  backHalf.clear();
}

/** update_refs on one object. */
function updateRef(obj: HeapObject): void {
  const refcnt = obj.refcnt;
  if (refcnt <= 0) {
    throw new InternalError(`update_refs: refcount ${refcnt} on tracked ${obj.type.name}`);
  }
  if (refcnt <= GC_REFS_MAX) {
    obj.gcFlags = (obj.gcFlags | GcFlag.Collecting) + refcnt * GC_REFS_ONE;
  } else {
    obj.gcFlags |= GcFlag.Collecting | GC_REFS_OVERFLOW;
    bigRefs.set(obj, refcnt);
  }
}

/** visit_decref: a reference from inside the set does not count. */
const visitDecref: Visit = (child) => {
  const flags = child.gcFlags;
  if (flags & GcFlag.Collecting) {
    if (flags >= GC_REFS_ONE) child.gcFlags = flags - GC_REFS_ONE;
    else decrefSlow(child, flags);
  }
};

/** visit_decref on a count that is 0 in the bits: overflowed, or already 0. */
function decrefSlow(child: HeapObject, flags: number): void {
  // A count that would go below 0 stays 0 (a traverse visiting a reference its refcount
  // does not hold; CPython asserts "refcount is too small" in debug builds).
  if ((flags & GC_REFS_OVERFLOW) === 0) return;
  const refs = bigRefs.get(child)! - 1;
  if (refs > GC_REFS_MAX) {
    bigRefs.set(child, refs);
  } else {
    bigRefs.delete(child);
    child.gcFlags = (flags & ~GC_REFS_OVERFLOW) + refs * GC_REFS_ONE;
  }
}

/** subtract_refs (over the set update_refs recorded) */
export function subtractRefs(): void {
  const objs = order.items;
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const obj = objs[i]!;
    const type = obj.type;
    if ((type.flags & TypeFlag.ItemArray) === 0) {
      type.traverse(obj, visitDecref);
      continue;
    }
    // traverseItemArray with visit_decref, inline.
    const items = obj.p0 as HeapObject[];
    for (let j = items.length - 1; j >= 0; j--) {
      const child = items[j]!;
      const flags = child.gcFlags;
      if (flags & GcFlag.Collecting) {
        if (flags >= GC_REFS_ONE) child.gcFlags = flags - GC_REFS_ONE;
        else decrefSlow(child, flags);
      }
    }
  }
  // Counts still too large for the bits are large: any positive count means the same.
  if (bigRefs.size > 0) {
    for (const obj of bigRefs.keys()) obj.gcFlags = (obj.gcFlags & ~GC_REFS_OVERFLOW) + GC_REFS_ONE;
    bigRefs.clear();
  }
}

/** The list move_unreachable is walking; visit_reachable's argument. */
let reachable: HeapObject;

/** visit_reachable */
const visitReachable: Visit = (child) => {
  const flags = child.gcFlags;
  // Objects in other generations, and those already scanned, are not Collecting.
  if ((flags & GcFlag.Collecting) === 0) return;
  if (flags & GcFlag.Unreachable) {
    // It had gc_refs 0 when the walk reached it, but it is reachable after all: back to
    // young's tail, where the walk will reach it again (gc_refs 1).
    child.gcFlags = (flags & ~GcFlag.Unreachable) | GC_REFS_ONE;
    listMove(child, reachable);
    order.push(child);
    movedBack++;
  } else if (flags < GC_REFS_ONE) {
    // gc_refs 0, still ahead in young; tell the walk it is reachable (gc_refs 1).
    child.gcFlags = flags | GC_REFS_ONE;
  }
};

/**
 * move_unreachable(young, unreachable). Returns how many objects stay in `young`.
 * The walk follows `order`, which mirrors young's list order including the objects
 * moved back to its tail.
 *
 * With `heap` given (the main pass, not the resurrection re-check) it also runs
 * untrack_tuples: CPython walks the survivors in list order right after this pass; the
 * survivors' final order is exactly the order in which this walk scans them, so calling
 * each `maybeUntrack` hook at scan time sees the same state and saves a pass. It also
 * records the survivors untrack_dicts will have to look at (see untrackDicts).
 */
export function moveUnreachable(
  young: HeapObject,
  unreachable: HeapObject,
  heap: Heap | null,
  full: boolean,
): number {
  const saved = reachable;
  reachable = young;
  let survivors = 0;
  const trash = unreachableOrder;
  trash.clear();
  movedBack = 0;
  const objs = order.items;
  // (order.length grows as visit_reachable moves objects back to young's tail.)
  for (let i = 0; i < order.length; i++) {
    const obj = objs[i]!;
    if (obj.gcFlags >= GC_REFS_ONE) {
      if ((obj.type.flags & TypeFlag.ItemArray) === 0) obj.type.traverse(obj, visitReachable);
      else {
        // traverseItemArray with visit_reachable, inline for the common case (a child
        // not being collected, or ahead in young with gc_refs > 0).
        const items = obj.p0 as HeapObject[];
        for (let j = items.length - 1; j >= 0; j--) {
          const child = items[j]!;
          const flags = child.gcFlags;
          if ((flags & GcFlag.Collecting) === 0 || flags >= GC_REFS_ONE) continue;
          visitReachable(child);
        }
      }
      obj.gcFlags &= NOT_COLLECTING; // scanned and reachable
      if (heap !== null) {
        const type = obj.type;
        const untrackHook = type.maybeUntrack;
        if (untrackHook !== null) {
          untrackHook(obj, heap);
          if (obj.gcNext === null) survivors--;
        }
        if (full && type.maybeUntrackInFullCollection !== null) fullCollectionCandidates.push(obj);
      }
      survivors++;
    } else {
      listMove(obj, unreachable);
      obj.gcFlags |= GcFlag.Unreachable;
      trash.push(obj);
    }
  }
  reachable = saved;
  order.clear();
  if (movedBack > 0) {
    // Those moved back to young are Unreachable no more; the rest keep their order.
    const items = trash.items;
    let kept = 0;
    for (let i = 0; i < trash.length; i++) {
      const obj = items[i]!;
      if (obj.gcFlags & GcFlag.Unreachable) items[kept++] = obj;
    }
    items.fill(null, kept, trash.length);
    trash.length = kept;
    movedBack = 0;
  }
  return survivors;
}

/**
 * The members of the unreachable list move_unreachable just built, in list order; valid
 * until anything moves objects out of that list (move_legacy_finalizers may use it).
 * The caller empties the array when done with it.
 */
export function unreachableObjects(): ScratchArray {
  return unreachableOrder;
}

/**
 * deduce_unreachable: afterwards `base` holds the reachable objects (Collecting clear),
 * `unreachable` the rest (Collecting and Unreachable set). With `heap`, survivors also
 * go through untrack_tuples (see moveUnreachable); with `full` (a full collection) the
 * survivors untrack_dicts must look at are recorded. Returns the survivor count.
 */
export function deduceUnreachable(
  base: HeapObject,
  unreachable: HeapObject,
  heap: Heap | null,
  full: boolean,
): number {
  fullCollectionCandidates.clear();
  updateRefs(base);
  if (heap?.debugChecks) validateOrder(base, order, "update_refs");
  subtractRefs();
  return moveUnreachable(base, unreachable, heap, full);
}

/** clear_unreachable_mask */
export function clearUnreachableMask(list: HeapObject): void {
  for (let obj = list.gcNext!; obj !== list; obj = obj.gcNext!) {
    obj.gcFlags &= ~GcFlag.Unreachable;
  }
}

/** gc_list_clear_collecting */
export function clearCollecting(list: HeapObject): void {
  for (let obj = list.gcNext!; obj !== list; obj = obj.gcNext!) {
    obj.gcFlags &= NOT_COLLECTING;
  }
}

/**
 * untrack_dicts: only full collections untrack dicts (issue #14775: quadratic build-up).
 * `survivors` is the size of the list now; returns its size afterwards.
 *
 * NOT-CPYTHON: CPython walks the whole list and tests each object's type. We call the
 * hooks on the survivors move_unreachable recorded for it, in the same (list) order: the
 * walk would skip every other object, and those that untrack_tuples untracked are no longer
 * in the list (gcNext === null), so the hooks run on the same objects in the same order
 * and see the same state, without a pass over a million-object list.
 */
export function untrackDicts(heap: Heap, survivors: number): number {
  const candidates = fullCollectionCandidates;
  let size = survivors;
  for (let i = 0; i < candidates.length; i++) {
    const obj = candidates.items[i]!;
    if (obj.gcNext === null) continue; // untracked by untrack_tuples or an earlier hook
    obj.type.maybeUntrackInFullCollection!(obj, heap);
    if (obj.gcNext === null) size--;
  }
  candidates.clear();
  return size;
}
