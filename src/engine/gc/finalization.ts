/**
 * Finalizers during a collection (CPython 3.11 gcmodule.c: move_legacy_finalizers,
 * move_legacy_finalizer_reachable, finalize_garbage, handle_resurrected_objects).
 *
 * PEP 442: every unreachable object with a `tp_finalize` that has not run yet is
 * finalized — all of them before anything is cleared, so a `__del__` sees its cycle
 * intact. A finalizer may resurrect objects; reachability is then computed again over the
 * trash alone, and whatever is now referenced from outside survives. Legacy `tp_del`
 * objects (and everything they reach) are never collected: they end up in gc.garbage.
 */
import type { Heap } from "../heap.js";
import { GcFlag, type HeapObject, NOT_COLLECTING, type Visit } from "../object.js";
import { TypeFlag } from "../type.js";
import { listIsEmpty, listMerge, listMove, newList } from "./list.js";
import { clearCollecting, clearUnreachableMask, deduceUnreachable } from "./reachability.js";
import type { ScratchArray } from "./scratch.js";

/**
 * What move_legacy_finalizers saw of the trash, so that later phases can skip passes that
 * would find nothing to do (NOT-CPYTHON: CPython walks the list in every phase).
 */
export interface TrashSummary {
  /** Objects left in `unreachable`. */
  size: number;
  /** Some object is a weakref or has weakrefs to it: handle_weakrefs has work. */
  weakrefs: boolean;
  /** Some object has a tp_finalize not run yet: finalize_garbage has work. */
  finalizers: boolean;
}

/**
 * move_legacy_finalizers: strips the Unreachable marks and moves tp_del objects.
 * NOT-CPYTHON: `unreachable` is the unreachable list as an array, in list order
 * (reachability.ts: unreachableObjects), walked instead of the list and emptied. Returns a
 * summary of what is left in the list.
 */
export function moveLegacyFinalizers(
  unreachable: ScratchArray,
  finalizers: HeapObject,
): TrashSummary {
  const trash = unreachable.items;
  let size = 0;
  let weakrefs = false;
  let pending = false;
  for (let i = 0; i < unreachable.length; i++) {
    const obj = trash[i]!;
    const type = obj.type;
    obj.gcFlags &= ~GcFlag.Unreachable;
    if (type.legacyDel !== null) {
      obj.gcFlags &= NOT_COLLECTING;
      listMove(obj, finalizers);
      continue;
    }
    size++;
    if (obj.weakrefs !== null || type.flags & TypeFlag.Weakref) weakrefs = true;
    if (type.finalize !== null && (obj.gcFlags & GcFlag.Finalized) === 0) pending = true;
  }
  unreachable.clear();
  return { size, weakrefs, finalizers: pending };
}

let moveTarget: HeapObject;
/** visit_move */
const visitMove: Visit = (child) => {
  if (child.gcFlags & GcFlag.Collecting) {
    listMove(child, moveTarget);
    child.gcFlags &= NOT_COLLECTING;
  }
};

/** move_legacy_finalizer_reachable: what legacy finalizers reach is uncollectable too. */
export function moveLegacyFinalizerReachable(finalizers: HeapObject): void {
  moveTarget = finalizers;
  // The list grows while we walk it.
  for (let obj = finalizers.gcNext!; obj !== finalizers; obj = obj.gcNext!) {
    obj.type.traverse(obj, visitMove);
  }
}

/**
 * finalize_garbage: call tp_finalize once on each unreachable object that has one.
 * Returns how many finalizers ran.
 */
export function finalizeGarbage(heap: Heap, collectable: HeapObject): number {
  // NOT-CPYTHON: a first look for pending finalizers. When there are none the walk below
  // would only reorder nothing, and the caller can skip handle_resurrected_objects (no
  // code ran that could resurrect anything: weakref callbacks cannot reach the trash).
  let pending = false;
  for (let obj = collectable.gcNext!; obj !== collectable; obj = obj.gcNext!) {
    if (obj.type.finalize !== null && (obj.gcFlags & GcFlag.Finalized) === 0) {
      pending = true;
      break;
    }
  }
  if (!pending) return 0;
  // Finalizers may free anything in the list by refcount, so always take the first
  // object and move it to `seen`; objects that vanish from either list do not matter.
  let calls = 0;
  const seen = newList();
  while (!listIsEmpty(collectable)) {
    const obj = collectable.gcNext!;
    listMove(obj, seen);
    const finalize = obj.type.finalize;
    if (finalize !== null && (obj.gcFlags & GcFlag.Finalized) === 0) {
      obj.gcFlags |= GcFlag.Finalized;
      obj.refcnt++;
      heap.callGuarded(finalize, obj, "in");
      heap.decref(obj);
      calls++;
    }
  }
  listMerge(seen, collectable);
  return calls;
}

/**
 * handle_resurrected_objects: recompute reachability over the trash alone; objects a
 * finalizer resurrected (and what they reach) go to `old`, the rest to stillUnreachable.
 */
export function handleResurrectedObjects(
  unreachable: HeapObject,
  stillUnreachable: HeapObject,
  old: HeapObject,
): void {
  clearCollecting(unreachable);
  const resurrected = unreachable;
  deduceUnreachable(resurrected, stillUnreachable, null, false);
  clearUnreachableMask(stillUnreachable);
  listMerge(resurrected, old);
}
