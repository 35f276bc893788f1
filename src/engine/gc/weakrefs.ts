/**
 * Weak references to cyclic trash (CPython 3.11 gcmodule.c: handle_weakrefs).
 *
 * Every weakref to an unreachable object is cleared before any finalizer or callback
 * runs, so nothing can reach the trash through a weakref. A callback is called only when
 * the weakref itself is *not* trash ("the weakref outlived the trash"); weakrefs that are
 * themselves trash are cleared silently. Callbacks run only after all clearing is done.
 */
import type { Heap } from "../heap.js";
import { GcFlag, type HeapObject } from "../object.js";
import { TypeFlag } from "../type.js";
import { clearRef } from "../weakref.js";
import { listAppend, listIsEmpty, listMove, newList } from "./list.js";

/** handle_weakrefs(unreachable, old): returns the number of weakrefs their callbacks freed. */
export function handleWeakrefs(heap: Heap, unreachable: HeapObject, old: HeapObject): number {
  const toCall = newList(); // wrcb_to_call
  let numFreed = 0;

  for (let obj = unreachable.gcNext!; obj !== unreachable; ) {
    const next = obj.gcNext!;
    // A weakref inside the trash must never call its callback.
    if (obj.type.flags & TypeFlag.Weakref) clearRef(obj);
    const list = obj.weakrefs;
    if (list !== null && obj.type.flags & TypeFlag.Weakrefable) {
      while (obj.weakrefs !== null) {
        const wr = obj.weakrefs[0]!;
        clearRef(wr);
        if (wr.p1 === null) continue; // no callback
        if (wr.gcFlags & GcFlag.Collecting) continue; // the weakref is trash too
        wr.refcnt++; // keep it alive until its callback has run
        if (wr.gcNext !== null) listMove(wr, toCall);
        else {
          listAppend(wr, toCall);
          heap.trackedCount++;
        }
      }
    }
    obj = next;
  }

  // Invoke the callbacks we decided to honor: they cannot reach the trash any more.
  while (!listIsEmpty(toCall)) {
    const wr = toCall.gcNext!;
    const callback = wr.p1 as HeapObject;
    try {
      heap.hooks.callCallback(callback, wr);
    } catch (error) {
      heap.hooks.reportUnraisable(error, "in", callback);
    }
    heap.decref(wr);
    if (toCall.gcNext === wr)
      listMove(wr, old); // still alive
    else numFreed++;
  }
  return numFreed;
}
