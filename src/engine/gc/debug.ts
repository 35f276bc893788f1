/**
 * The collector's debug output (DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE) in
 * CPython's exact text, and validate_list, the between-phase invariant check that debug
 * builds of CPython run (here: when the heap's `debugChecks` is on).
 */
import { formatAddress } from "../address.js";
import { InternalError } from "../errors.js";
import type { Heap } from "../heap.js";
import { GC_REFS_ONE, GcFlag, type HeapObject } from "../object.js";
import { listSize } from "./list.js";
import type { ScratchArray } from "./scratch.js";

/** show_stats_each_generations */
export function showStatsEachGenerations(heap: Heap): void {
  const sizes = heap.generations.map((g) => ` ${listSize(g.head)}`).join("");
  heap.hooks.writeStderr(
    `gc: objects in each generation:${sizes}\n` +
      `gc: objects in permanent generation: ${listSize(heap.permanent)}\n`,
  );
}

/** debug_cycle: `gc: collectable <list 0x7f…>` */
export function debugCycle(heap: Heap, msg: string, obj: HeapObject): void {
  heap.hooks.writeStderr(
    `gc: ${msg} <${heap.hooks.typeName(obj)} ${formatAddress(heap.addressOf(obj))}>\n`,
  );
}

/**
 * validate_list: every member is linked both ways and has exactly the Collecting and
 * Unreachable flags expected at this point of the collection, no gc_refs bits unless it is
 * Collecting, and is not freed.
 */
export function validateList(head: HeapObject, flags: number, phase: string): void {
  const mask = GcFlag.Collecting | GcFlag.Unreachable;
  let prev = head;
  for (let obj = head.gcNext!; obj !== head; obj = obj.gcNext!) {
    if (obj.gcPrev !== prev)
      throw new InternalError(`${phase}: broken list link at ${obj.type.name}`);
    if (obj.gcFlags & GcFlag.Freed) throw new InternalError(`${phase}: freed object in a list`);
    if ((obj.gcFlags & GcFlag.Collecting) === 0 && obj.gcFlags >= GC_REFS_ONE) {
      throw new InternalError(`${phase}: ${obj.type.name} keeps gc_refs without Collecting`);
    }
    if ((obj.gcFlags & mask) !== flags) {
      throw new InternalError(
        `${phase}: ${obj.type.name} has flags ${obj.gcFlags & mask}, expected ${flags}`,
      );
    }
    prev = obj;
  }
  if (head.gcPrev !== prev) throw new InternalError(`${phase}: list tail link broken`);
}

/**
 * NOT-CPYTHON: an array the collector walks instead of a list holds exactly the list's
 * members, in the list's order.
 */
export function validateOrder(head: HeapObject, objs: ScratchArray, phase: string): void {
  let i = 0;
  for (let obj = head.gcNext!; obj !== head; obj = obj.gcNext!, i++) {
    if (i >= objs.length || objs.items[i] !== obj) {
      throw new InternalError(`${phase}: array and list differ at ${i} (${obj.type.name})`);
    }
  }
  if (i !== objs.length) {
    throw new InternalError(`${phase}: array has ${objs.length} objects, list ${i}`);
  }
}
