/**
 * The cycle collector's driver (CPython 3.11 gcmodule.c: gc_collect_main,
 * gc_collect_with_callback, gc_collect_generations). `collectMain` reads as a table of
 * contents — one call per phase; the phases live beside this file:
 *   reachability.ts  update_refs, subtract_refs, move_unreachable, untrack_*
 *   weakrefs.ts      handle_weakrefs
 *   finalization.ts  legacy finalizers, finalize_garbage, handle_resurrected_objects
 *   garbage.ts       delete_garbage, handle_legacy_finalizers
 */
import { InternalError } from "../errors.js";
import type { Heap } from "../heap.js";
import { GcFlag } from "../object.js";
import {
  DEBUG_COLLECTABLE,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  NUM_GENERATIONS,
} from "./constants.js";
import { debugCycle, showStatsEachGenerations, validateList, validateOrder } from "./debug.js";
import {
  finalizeGarbage,
  handleResurrectedObjects,
  moveLegacyFinalizerReachable,
  moveLegacyFinalizers,
} from "./finalization.js";
import { deleteGarbage, handleLegacyFinalizers } from "./garbage.js";
import { listIsEmpty, listMerge, listSize, newList } from "./list.js";
import { deduceUnreachable, unreachableObjects, untrackDicts } from "./reachability.js";
import { handleWeakrefs } from "./weakrefs.js";

const NONE = 0;
const COLLECTING = GcFlag.Collecting;
const COLLECTING_UNREACHABLE = GcFlag.Collecting | GcFlag.Unreachable;

export interface CollectionResult {
  collected: number;
  uncollectable: number;
  /** Objects in the generations collected (counted only when a GcObserver watches). */
  examined: number;
}

/** gc_collect_main: collect generations 0..generation. The caller holds `collecting`. */
export function collectMain(heap: Heap, generation: number): CollectionResult {
  const check = heap.debugChecks;
  const gens = heap.generations;
  let m = 0; // objects collected
  let n = 0; // unreachable objects that could not be collected
  let t1 = 0;
  if (heap.debug & DEBUG_STATS) {
    heap.hooks.writeStderr(`gc: collecting generation ${generation}...\n`);
    showStatsEachGenerations(heap);
    t1 = performance.now();
  }

  // Update collection and allocation counters.
  if (generation + 1 < NUM_GENERATIONS) gens[generation + 1]!.count += 1;
  for (let i = 0; i <= generation; i++) gens[i]!.count = 0;

  // Merge younger generations with the one we are collecting.
  for (let i = 0; i < generation; i++) listMerge(gens[i]!.head, gens[generation]!.head);
  const young = gens[generation]!.head;
  const examined = heap.gcObserver === null ? 0 : listSize(young);
  const old = generation < NUM_GENERATIONS - 1 ? gens[generation + 1]!.head : young;
  if (check) validateList(old, NONE, "before collection (old)");

  // Split young into what is reachable from outside and what is not.
  const unreachable = newList();
  if (check) validateList(young, NONE, "before deduce_unreachable");
  const survivors = deduceUnreachable(young, unreachable, heap, young === old); // and untrack_tuples
  if (check) validateList(unreachable, COLLECTING_UNREACHABLE, "after move_unreachable");

  // Promote the survivors to the next generation.
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) heap.longLivedPending += survivors;
    listMerge(young, old);
  } else {
    // Dicts are untracked only in full collections, to avoid quadratic dict build-up.
    if (check && listSize(young) !== survivors) {
      throw new InternalError(`survivor count ${survivors} != ${listSize(young)}`);
    }
    heap.longLivedTotal = untrackDicts(heap, survivors);
    heap.longLivedPending = 0;
  }

  // Objects with legacy finalizers (tp_del), and all they reach, cannot be collected.
  const finalizers = newList();
  if (check) validateOrder(unreachable, unreachableObjects(), "move_unreachable");
  const trash = moveLegacyFinalizers(unreachableObjects(), finalizers); // and sums up the rest
  moveLegacyFinalizerReachable(finalizers);
  // NOT-CPYTHON: `trash` describes `unreachable` exactly until something leaves it.
  const summaryExact = listIsEmpty(finalizers) && !trash.weakrefs;
  if (check) {
    validateList(finalizers, NONE, "after move_legacy_finalizer_reachable");
    validateList(unreachable, COLLECTING, "after move_legacy_finalizers");
  }

  if (heap.debug & DEBUG_COLLECTABLE) {
    for (let obj = unreachable.gcNext!; obj !== unreachable; obj = obj.gcNext!) {
      debugCycle(heap, "collectable", obj);
    }
  }

  // Clear weakrefs to the trash and invoke the callbacks of weakrefs that outlive it.
  if (trash.weakrefs) m += handleWeakrefs(heap, unreachable, old);
  if (check) validateList(unreachable, COLLECTING, "after handle_weakrefs");

  // Call tp_finalize (__del__) on trash that has one, then drop what it resurrected.
  // (Weakref callbacks run Python code: after them, let finalize_garbage look again.)
  let finalUnreachable = unreachable;
  if ((trash.finalizers || trash.weakrefs) && finalizeGarbage(heap, unreachable) > 0) {
    finalUnreachable = newList();
    handleResurrectedObjects(unreachable, finalUnreachable, old);
  }

  // tp_clear breaks the cycles; refcounting frees the rest.
  if (check && summaryExact && finalUnreachable === unreachable) {
    if (listSize(unreachable) !== trash.size) throw new InternalError("trash size mismatch");
  }
  m += summaryExact && finalUnreachable === unreachable ? trash.size : listSize(finalUnreachable);
  deleteGarbage(heap, finalUnreachable, old);

  // Uncollectable objects: count and report them.
  for (let obj = finalizers.gcNext!; obj !== finalizers; obj = obj.gcNext!) {
    n++;
    if (heap.debug & DEBUG_UNCOLLECTABLE) debugCycle(heap, "uncollectable", obj);
  }
  if (heap.debug & DEBUG_STATS) {
    const seconds = (performance.now() - t1) / 1000;
    heap.hooks.writeStderr(
      `gc: done, ${n + m} unreachable, ${n} uncollectable, ${seconds.toFixed(4)}s elapsed\n`,
    );
  }
  handleLegacyFinalizers(heap, finalizers, old);
  if (check) validateList(old, NONE, "after collection (old)");

  const stats = heap.stats[generation]!;
  stats.collections++;
  stats.collected += m;
  stats.uncollectable += n;
  return { collected: m, uncollectable: n, examined };
}

/** gc_collect_with_callback: tell gc.callbacks before and after. Returns m + n. */
export function collectWithCallback(heap: Heap, generation: number): number {
  const onCollect = heap.hooks.onCollect;
  if (onCollect !== null) onCollect("start", generation, 0, 0);
  const observer = heap.gcObserver;
  if (observer !== null) observer.collectionStart(generation);
  const result = collectMain(heap, generation);
  if (observer !== null) observer.collectionEnd(generation, result);
  const { collected, uncollectable } = result;
  if (onCollect !== null) onCollect("stop", generation, collected, uncollectable);
  return collected + uncollectable;
}

/**
 * gc_collect_generations: collect the oldest generation whose count exceeds its
 * threshold — but skip a full collection until the objects promoted into generation 2
 * since the last one reach 25% of its population (issue #4074).
 */
export function collectGenerations(heap: Heap): number {
  const gens = heap.generations;
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (gens[i]!.count > gens[i]!.threshold) {
      if (
        i === NUM_GENERATIONS - 1 &&
        heap.longLivedPending < Math.floor(heap.longLivedTotal / 4)
      ) {
        continue;
      }
      return collectWithCallback(heap, i);
    }
  }
  return 0;
}
