/**
 * The type contract: all the engine knows about an object's type, as CPython's collector
 * knows only a handful of type slots (`tp_traverse`, `tp_clear`, `tp_finalize`, `tp_del`,
 * `tp_dealloc`, `tp_is_gc`, `tp_weaklistoffset`).
 *
 * Contract for implementers (written once, checked by the heap verifier):
 * - `traverse(obj, visit)` calls `visit(child)` exactly once for every strong reference
 *   `obj` holds to another HeapObject — no more (the collector would free live objects),
 *   no fewer for GC children (cycles through them would leak). It must not mutate anything.
 * - `clear(obj)` drops the references that could form cycles (tp_clear). It may run on
 *   an object that stays alive, so it must leave `obj` in a valid state. Optional: types
 *   without it can only be freed once something else in their cycle is cleared.
 * - `finalize(obj)` is PEP 442's `tp_finalize` (`__del__`): it runs at most once per GC
 *   object, may resurrect it, and must not throw (the engine reports what it throws as
 *   an unraisable error).
 * - `legacyDel(obj)` is a legacy `tp_del`: objects in cyclic trash that have one are
 *   uncollectable and go to `garbage`, as in CPython.
 * - `dealloc(obj)` releases every strong reference the payload holds, in the order the
 *   CPython type does (lists last to first, dicts in insertion order, …). The engine
 *   handles untracking, finalizer, weakrefs, the trashcan and freeing around it. Return
 *   `true` when the object went to a free list (CPython's free lists do not lower the
 *   gen-0 count).
 * - `maybeUntrack(obj)` runs on every survivor of every collection (untrack_tuples);
 *   `maybeUntrackInFullCollection(obj)` only in full collections (untrack_dicts).
 */
import type { Heap } from "./heap.js";
import type { HeapObject, Visit } from "./object.js";

export enum TypeFlag {
  /** Py_TPFLAGS_HAVE_GC: instances can be tracked by the cycle collector. */
  GC = 1,
  /** tp_weaklistoffset != 0: instances can be weakly referenced. */
  Weakrefable = 2,
  /** The dealloc is wrapped in CPython's trashcan (deep chains are deferred). */
  Trashcan = 4,
  /** Instances are weak references (PyWeakref_Check). */
  Weakref = 8,
  /** Instances are exactly the basic weakref type (PyWeakref_CheckRefExact). */
  WeakrefExact = 16,
  /** Instances are weak proxies (PyWeakref_CheckProxy). */
  WeakProxy = 32,
  /**
   * Instances extend another type's payload (`layout`) and keep what the subtype adds
   * (attributes, `__slots__`) beside it: a Python subclass of a builtin container or number.
   */
  Extends = 64,
  /**
   * `traverse` is `traverseItemArray`: the references are exactly the HeapObject[] in
   * p0, visited last to first (list, tuple). The collector walks such arrays inline.
   */
  ItemArray = 128,
}

/**
 * A ready-made `traverse` for types whose p0 is an array of strong references visited
 * last to first (CPython's list_traverse and tupletraverse). Types using it get
 * TypeFlag.ItemArray, and the collector's passes loop over their items without a call
 * per item.
 */
export function traverseItemArray(obj: HeapObject, visit: Visit): void {
  const items = obj.p0 as HeapObject[];
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
}

export interface TypeSpec {
  name: string;
  gc?: boolean;
  weakrefable?: boolean;
  /** Wrap the dealloc in the trashcan (default: true for GC types). */
  trashcan?: boolean;
  /** Approximate allocation size in bytes (size class for addresses and accounting). */
  basicSize?: number;
  traverse?: (obj: HeapObject, visit: Visit) => void;
  clear?: (obj: HeapObject, heap: Heap) => void;
  finalize?: (obj: HeapObject, heap: Heap) => void;
  legacyDel?: (obj: HeapObject, heap: Heap) => void;
  dealloc?: (obj: HeapObject, heap: Heap) => boolean | undefined;
  maybeUntrack?: (obj: HeapObject, heap: Heap) => void;
  maybeUntrackInFullCollection?: (obj: HeapObject, heap: Heap) => void;
  /** tp_is_gc: per-object override of the GC flag (CPython uses it for static types). */
  isGC?: (obj: HeapObject) => boolean;
  /** Internal: extra TypeFlag bits (weakref kinds). */
  flags?: number;
  /** The type whose payload layout instances share (tp_base's, for a subtype); default: itself. */
  layout?: ObjectType;
  /**
   * On a heap that reuses headers (HeapOptions.reuseHeaders), objects of this type take
   * and give back headers (default false). Only for types nothing keys a side table by
   * (a reused header would inherit the entry), and worth it only for objects that outlive
   * V8's young generation: a payload that is a fresh JS value each time (a float's double)
   * pays V8's write barrier in an old header (measured: n-body 10% slower). Ignored for
   * weakrefable types: the weakref table is a JS Map keyed by object (see Heap.release).
   */
  reuseHeaders?: boolean;
}

const noTraverse = (_obj: HeapObject, _visit: Visit): void => {};
const noDealloc = (_obj: HeapObject, _heap: Heap): boolean | undefined => undefined;

export class ObjectType {
  /** tp_name, as printed by the collector's debug output. */
  readonly name: string;
  readonly flags: number;
  readonly basicSize: number;
  readonly traverse: (obj: HeapObject, visit: Visit) => void;
  readonly clear: ((obj: HeapObject, heap: Heap) => void) | null;
  readonly finalize: ((obj: HeapObject, heap: Heap) => void) | null;
  readonly legacyDel: ((obj: HeapObject, heap: Heap) => void) | null;
  readonly dealloc: (obj: HeapObject, heap: Heap) => boolean | undefined;
  readonly maybeUntrack: ((obj: HeapObject, heap: Heap) => void) | null;
  readonly maybeUntrackInFullCollection: ((obj: HeapObject, heap: Heap) => void) | null;
  readonly isGC: ((obj: HeapObject) => boolean) | null;
  /**
   * The type whose payload layout (p0..p2 meaning) instances have: the type itself, or
   * for a subtype made with `layout`, the type it extends. Native code that reads a
   * payload checks `obj.type.layout`, so it also serves instances of subtypes.
   */
  readonly layout: ObjectType;
  /**
   * No collector, trashcan, finalizer or tp_del: freeing an object of this type is its
   * dealloc and the bookkeeping (Heap.dealloc's fast path for ints, floats, strings…).
   */
  readonly plain: boolean;
  /**
   * A GC type with the trashcan and neither tp_finalize nor tp_del: Heap.dealloc's
   * second fast path.
   */
  readonly simpleGC: boolean;
  /** See TypeSpec.reuseHeaders. */
  readonly reuseHeaders: boolean;
  /** The embedder's own type object (the runtime's Python class), if it has one. */
  owner: any = null;

  constructor(spec: TypeSpec) {
    this.name = spec.name;
    this.flags =
      (spec.flags ?? 0) |
      (spec.gc ? TypeFlag.GC : 0) |
      (spec.weakrefable ? TypeFlag.Weakrefable : 0) |
      ((spec.trashcan ?? spec.gc) ? TypeFlag.Trashcan : 0) |
      (spec.traverse === traverseItemArray ? TypeFlag.ItemArray : 0);
    this.basicSize = spec.basicSize ?? (spec.gc ? 48 : 32);
    this.traverse = spec.traverse ?? noTraverse;
    this.clear = spec.clear ?? null;
    this.finalize = spec.finalize ?? null;
    this.legacyDel = spec.legacyDel ?? null;
    this.dealloc = spec.dealloc ?? noDealloc;
    this.maybeUntrack = spec.maybeUntrack ?? null;
    this.maybeUntrackInFullCollection = spec.maybeUntrackInFullCollection ?? null;
    this.isGC = spec.isGC ?? null;
    this.layout = spec.layout?.layout ?? this;
    this.plain =
      (this.flags & (TypeFlag.GC | TypeFlag.Trashcan)) === 0 &&
      this.finalize === null &&
      this.legacyDel === null;
    this.reuseHeaders = (spec.reuseHeaders ?? false) && !spec.weakrefable;
    this.simpleGC =
      (this.flags & (TypeFlag.GC | TypeFlag.Trashcan)) === (TypeFlag.GC | TypeFlag.Trashcan) &&
      this.finalize === null &&
      this.legacyDel === null;
  }
}

/** _PyObject_IS_GC: the type has the GC flag and, if it has tp_is_gc, that says yes. */
export function isGCObject(obj: HeapObject): boolean {
  const type = obj.type;
  return (type.flags & TypeFlag.GC) !== 0 && (type.isGC === null || type.isGC(obj));
}
