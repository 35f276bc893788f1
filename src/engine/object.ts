/**
 * The object header: every object the engine manages is a `HeapObject`.
 *
 * CPython prefixes each object with `ob_refcnt`/`ob_type`, and GC-capable objects with the
 * two `PyGC_Head` words (`_gc_next`, `_gc_prev`) whose low bits double as flags. We keep
 * the same information in explicit fields instead of packed words: a refcount, the type
 * contract, intrusive doubly linked generation-list links, a flags word (whose high bits
 * hold the `gc_refs` scratch counter during a collection, as CPython packs it into
 * `_gc_prev`), and the weakref list.
 *
 * Technique: there is exactly ONE JavaScript class for every managed object, whatever its
 * type. V8 caches property access per hidden class; with one class every `refcnt++`, list
 * link and flag test in the engine and interpreter stays monomorphic (measured: a
 * refcount loop over twelve subclasses of a common base ran 10x slower than over one
 * class). Type-specific data lives in three payload slots `p0`–`p2`, owned by the type
 * (a list keeps its items array in `p0`, a toy node its children, …); types needing more
 * keep a record in a slot.
 */
import type { ObjectType } from "./type.js";

/** Bits of `HeapObject.gcFlags`. */
export enum GcFlag {
  /** `tp_finalize` (`__del__`) has run; survives untrack/re-track (CPython: PREV_MASK_FINALIZED). */
  Finalized = 1,
  /** Member of the generations being collected right now (CPython: PREV_MASK_COLLECTING). */
  Collecting = 2,
  /** Sits in move_unreachable's tentative-unreachable list (CPython: NEXT_MASK_UNREACHABLE). */
  Unreachable = 4,
  /** Memory released; any further use is an engine or embedder bug. */
  Freed = 8,
  /** An address (Python `id()`) has been handed out for this object. */
  HasAddress = 16,
  /** The object has weak references (kept in a side table: see `weakrefs`). */
  HasWeakrefs = 64,
}

/**
 * gc_refs lives in the bits of `gcFlags` above the flags (CPython: `_gc_prev >>
 * _PyGC_PREV_SHIFT`). Those bits are 0 whenever the Collecting flag is clear, so outside
 * a collection `gcFlags` holds only GcFlag bits. Counts above GC_REFS_MAX (an object with
 * more than 16 million references) set GC_REFS_OVERFLOW and keep the count in a side
 * table during subtract_refs (see reachability.ts); values stay small integers (Smis).
 */
export const GC_REFS_OVERFLOW = 32;
export const GC_REFS_SHIFT = 7;
export const GC_REFS_ONE = 1 << GC_REFS_SHIFT;
export const GC_REFS_MAX = 2 ** (31 - GC_REFS_SHIFT) - 1;
/** The flag bits proper (everything below the count). */
export const GC_FLAGS_MASK = GC_REFS_ONE - 1;
/** `gcFlags & NOT_COLLECTING` drops Collecting and the count that comes with it. */
export const NOT_COLLECTING = GC_FLAGS_MASK & ~(GcFlag.Collecting | GC_REFS_OVERFLOW);

/** HeapObject.weakrefs of the objects that have weakrefs (flag HasWeakrefs). */
const weakrefLists = new Map<HeapObject, HeapObject[]>();

export class HeapObject {
  // `declare`: the fields are the constructor's plain stores, not class-field definitions
  // (which V8 runs as a separate initializer before the constructor body).
  /** ob_refcnt: strong references held to this object. */
  declare refcnt: number;
  /** ob_type: the type contract that knows how to traverse, clear and free the payload. */
  declare type: ObjectType;
  /**
   * Generation-list links (PyGC_Head). `gcNext === null` means untracked. While an
   * untracked object waits in the trashcan, `gcPrev` chains the deferred objects.
   */
  declare gcNext: HeapObject | null;
  declare gcPrev: HeapObject | null;
  /** GcFlag bits; while Collecting is set, also gc_refs (see GC_REFS_SHIFT). */
  declare gcFlags: number;
  /** Payload slots owned by the type. */
  declare p0: any;
  declare p1: any;
  declare p2: any;
  /**
   * The heap's allocation count when this object was allocated: an id() freed before
   * then may be this object's (see address.ts), one freed after may not.
   */
  declare born: number;

  constructor(type: ObjectType, p0: any, p1: any, p2: any, born: number) {
    this.refcnt = 1;
    this.type = type;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcFlags = 0;
    this.p0 = p0;
    this.p1 = p1;
    this.p2 = p2;
    this.born = born;
  }

  /**
   * The weakrefs to this object, in CPython's list order (basic ref, basic proxy, then
   * callback refs newest first). Null when there are none. Few objects ever have any, so
   * the lists live in a side table and the HasWeakrefs flag says whether to look there:
   * every object is a field smaller.
   */
  get weakrefs(): HeapObject[] | null {
    return (this.gcFlags & GcFlag.HasWeakrefs) === 0 ? null : weakrefLists.get(this)!;
  }

  set weakrefs(list: HeapObject[] | null) {
    if (list === null) {
      if ((this.gcFlags & GcFlag.HasWeakrefs) !== 0) {
        weakrefLists.delete(this);
        this.gcFlags &= ~GcFlag.HasWeakrefs;
      }
    } else {
      weakrefLists.set(this, list);
      this.gcFlags |= GcFlag.HasWeakrefs;
    }
  }

  /**
   * gc_refs: scratch count of references from outside the collected set; meaningful only
   * while the Collecting flag is set (a debugging view of the bits in `gcFlags`; during
   * subtract_refs an overflowed count reads as 0).
   */
  get gcRefs(): number {
    return this.gcFlags >>> GC_REFS_SHIFT;
  }
}

/** The visitor a type's `traverse` calls once per strong reference it holds. */
export type Visit = (child: HeapObject) => void;
