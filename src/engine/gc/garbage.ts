/**
 * Freeing cyclic trash (CPython 3.11 gcmodule.c: delete_garbage, handle_legacy_finalizers).
 *
 * `tp_clear` on one object of a cycle drops its references; ordinary refcounting then
 * frees the rest of the cycle. An object still first in the list after its clear is
 * alive (something resurrected it or its type cannot clear) and moves to the older
 * generation. Under DEBUG_SAVEALL nothing is cleared: everything goes to gc.garbage.
 */
import type { Heap } from "../heap.js";
import { type HeapObject, NOT_COLLECTING } from "../object.js";
import { DEBUG_SAVEALL } from "./constants.js";
import { listIsEmpty, listMerge, listMove } from "./list.js";

/** delete_garbage */
export function deleteGarbage(heap: Heap, collectable: HeapObject, old: HeapObject): void {
  while (!listIsEmpty(collectable)) {
    const obj = collectable.gcNext!;
    if (heap.debug & DEBUG_SAVEALL) {
      heap.hooks.appendGarbage(obj);
    } else {
      const clear = obj.type.clear;
      if (clear !== null) {
        obj.refcnt++;
        heap.callGuarded(clear, obj, "in tp_clear of");
        heap.decref(obj);
      }
    }
    if (collectable.gcNext === obj) {
      // Still alive: move it on; it may die later.
      obj.gcFlags &= NOT_COLLECTING;
      listMove(obj, old);
    }
  }
}

/** handle_legacy_finalizers: tp_del objects (everything, under SAVEALL) to gc.garbage. */
export function handleLegacyFinalizers(heap: Heap, finalizers: HeapObject, old: HeapObject): void {
  for (let obj = finalizers.gcNext!; obj !== finalizers; obj = obj.gcNext!) {
    if (heap.debug & DEBUG_SAVEALL || obj.type.legacyDel !== null) heap.hooks.appendGarbage(obj);
  }
  listMerge(finalizers, old);
}
