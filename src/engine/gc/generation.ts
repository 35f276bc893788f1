/**
 * A generation: its list (CPython's `struct gc_generation`: head, threshold, count) and,
 * NOT-CPYTHON, an order array that lets a collection visit the list's members without
 * walking the list.
 *
 * Why: on a JavaScript heap consecutive list members are scattered in memory, so a linked
 * walk pays one dependent cache miss per object (~120 ns over a million objects), while a
 * walk over an array of the same objects lets the CPU overlap the misses (~20 ns).
 *
 * How: the list stays the source of truth. Every append of an object to a generation's list
 * also pushes it on the generation's `objs` and records the generation in the object's
 * gcFlags (GC_GEN_SHIFT). Nothing is ever taken out of `objs`: an object that leaves the
 * list (untracked, moved elsewhere) leaves a stale entry, and one that comes back gets a
 * new entry at the end, just as it went to the list's tail. So at all times:
 *
 *   the list, in order  ==  the entries of `objs` whose object is tracked and records
 *                           this generation, keeping only the LAST entry of each object.
 *
 * A scan therefore runs backwards (the first entry met is an object's last) and marks what
 * it keeps. Objects outside any generation's array (the permanent generation, the
 * collector's own lists) record GEN_NONE. Untracking counts stale entries; when they reach
 * half the array, the array is compacted (so freed objects are not kept alive for long).
 * A collection takes the arrays of the generations it collects and rebuilds the older
 * generation's as it promotes survivors (reachability.ts).
 */
import {
  GC_GEN_MASK,
  GC_GEN_NONE,
  GC_GEN_SHIFT,
  GcFlag,
  type HeapObject,
  NOT_COLLECTING,
} from "../object.js";
import { listAppend, listMerge, listMove, newList } from "./list.js";

/** Stale entries tolerated before compaction, beyond half the array. */
const COMPACT_SLACK = 1024;

export class Generation {
  /** The list's sentinel head. */
  readonly head: HeapObject = newList();
  /**
   * The order array (see above): entries 0..size-1; the slots past `size` are null.
   * (A logical size, because V8 shrinks an array's storage when `pop` empties it.)
   */
  objs: (HeapObject | null)[] = [];
  size = 0;
  /** Entries known to be stale. */
  stale = 0;
  constructor(
    /** 0..NUM_GENERATIONS-1, or GC_GEN_NONE for the placeholder of objects in no array. */
    readonly index: number,
    public threshold: number,
    public count: number,
  ) {}
}

/** Add `obj`'s entry at the end of `gen`'s array and record the generation in it. */
export function pushEntry(obj: HeapObject, gen: Generation): void {
  const objs = gen.objs;
  const n = gen.size;
  if (n < objs.length) objs[n] = obj;
  else objs.push(obj);
  gen.size = n + 1;
  obj.gcFlags = (obj.gcFlags & ~GC_GEN_MASK) | (gen.index << GC_GEN_SHIFT);
}

/** Give `gen` a new array: `objs` (no slot past its length), of which `stale` are stale. */
export function setEntries(gen: Generation, objs: (HeapObject | null)[], stale: number): void {
  gen.objs = objs;
  gen.size = objs.length;
  gen.stale = stale;
}

/** gc_list_append to a generation's list. */
export function genAppend(obj: HeapObject, gen: Generation): void {
  listAppend(obj, gen.head);
  pushEntry(obj, gen);
}

/** gc_list_move to a generation's list. */
export function genMove(obj: HeapObject, gen: Generation): void {
  listMove(obj, gen.head);
  pushEntry(obj, gen);
}

/** gc_list_merge(from, gen): `from` is a list outside any generation. */
export function genMerge(from: HeapObject, gen: Generation): void {
  for (let obj = from.gcNext!; obj !== from; obj = obj.gcNext!) pushEntry(obj, gen);
  listMerge(from, gen.head);
}

/**
 * Objects moved from a generation's list into a list outside the arrays (gc.freeze):
 * walks `from` and records GEN_NONE. The caller merges the lists.
 */
export function leaveArrays(from: Generation): void {
  for (let obj = from.head.gcNext!; obj !== from.head; obj = obj.gcNext!) {
    obj.gcFlags = (obj.gcFlags & ~GC_GEN_MASK) | (GC_GEN_NONE << GC_GEN_SHIFT);
  }
  setEntries(from, [], 0);
}

/**
 * `obj` left `gen`'s list: drop its entry if it is the last one (the common case of a
 * short-lived container), else count a stale entry and compact if there are many.
 */
export function leaveGeneration(obj: HeapObject, gen: Generation): void {
  const objs = gen.objs;
  const n = gen.size;
  if (n > 0 && objs[n - 1] === obj) {
    objs[n - 1] = null;
    gen.size = n - 1;
  } else if (++gen.stale > (n >>> 1) + COMPACT_SLACK) {
    compactGeneration(gen);
  }
}

/** Whether `obj`, met in `gen`'s array, is (still) in that generation's list. */
function inGeneration(obj: HeapObject, gen: Generation): boolean {
  return obj.gcNext !== null && (obj.gcFlags & GC_GEN_MASK) >>> GC_GEN_SHIFT === gen.index;
}

/**
 * Append `gen`'s members, in list order REVERSED, to `out`, marking each Collecting (the
 * mark that keeps an object's earlier entries out). The caller clears or keeps the mark.
 */
function liveEntriesReversed(gen: Generation, out: HeapObject[]): void {
  const objs = gen.objs;
  const here = gen.index << GC_GEN_SHIFT;
  for (let i = gen.size - 1; i >= 0; i--) {
    const obj = objs[i]!;
    const flags = obj.gcFlags;
    if (obj.gcNext === null || flags & GcFlag.Collecting || (flags & GC_GEN_MASK) !== here) {
      continue;
    }
    obj.gcFlags = flags | GcFlag.Collecting;
    out.push(obj);
  }
}

/**
 * Drop the stale entries of `gen`'s array. No generation list holds a Collecting object
 * (only the collector's own lists do), so the Collecting bit is free to mark what is kept.
 */
export function compactGeneration(gen: Generation): void {
  const kept: HeapObject[] = [];
  liveEntriesReversed(gen, kept);
  kept.reverse();
  for (let i = 0; i < kept.length; i++) kept[i]!.gcFlags &= NOT_COLLECTING;
  setEntries(gen, kept, 0);
}

/** For the verifier: `gen`'s members according to its array, in order (no side effects). */
export function arrayMembers(gen: Generation): HeapObject[] {
  const seen = new Set<HeapObject>();
  const out: HeapObject[] = [];
  for (let i = gen.size - 1; i >= 0; i--) {
    const obj = gen.objs[i]!;
    if (!inGeneration(obj, gen) || seen.has(obj)) continue;
    seen.add(obj);
    out.push(obj);
  }
  for (let i = gen.size; i < gen.objs.length; i++) {
    if (gen.objs[i] !== null) out.push(gen.objs[i]!); // a slot past size must be null
  }
  return out.reverse();
}
