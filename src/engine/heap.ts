/**
 * The heap: reference counting, allocation, deallocation (with CPython's trashcan) and
 * the collector's state (CPython: `struct _gc_runtime_state` plus `_Py_Dealloc`,
 * `_PyObject_GC_Link`, `PyObject_GC_Del` and the trashcan in object.c).
 *
 * Life of an object: `alloc` creates it with refcount 1, untracked; GC types bump the
 * gen-0 count there and may start an automatic collection *before* the new object is
 * tracked, so a collection never sees a half-built object. The owner then calls `track`.
 * When `decref` brings the count to zero, `dealloc` runs the generic shape of CPython's
 * container deallocators: untrack, trashcan, finalizer (which may resurrect), weakref
 * clearing with callbacks, the type's own release of its children, then free.
 *
 * The trashcan bounds the depth of nested deallocation: past 50 nested container
 * deallocs an object is parked on a LIFO chain (linked through `gcPrev`) and freed when
 * the outermost dealloc unwinds, so a chain of a million containers never overflows the
 * JavaScript stack and `__del__` order in long chains matches CPython's batches.
 */
import { AddressSpace } from "./address.js";
import { InternalError } from "./errors.js";
import { type CollectionResult, collectGenerations, collectWithCallback } from "./gc/collect.js";
import { DEFAULT_THRESHOLDS, NUM_GENERATIONS, TRASH_UNWIND_LEVEL } from "./gc/constants.js";
import { listAppend, listMerge, listRemove, listSize, listToArray, newList } from "./gc/list.js";
import { type AllocObserver, describeError, type HeapHooks, jsFunctionType } from "./hooks.js";
import { GcFlag, HeapObject, NOT_COLLECTING, type Visit } from "./object.js";
import { isGCObject, type ObjectType, TypeFlag } from "./type.js";
import { clearWeakRefs, clearWeakrefsSilently } from "./weakref.js";

/** Flags that send a dying object down dealloc's general path. */
const SLOW_DEALLOC = GcFlag.Freed | GcFlag.HasAddress | GcFlag.HasWeakrefs | GcFlag.Finalized;

/**
 * At most this many freed headers wait in Heap.spare (88 bytes each on V8): enough for a
 * program that frees and remakes a few hundred thousand objects (100,000 dicts with two
 * ints each, round after round) to make none anew.
 */
const SPARE_MAX = 1 << 19;

export class Generation {
  readonly head: HeapObject = newList();
  constructor(
    public threshold: number,
    public count: number,
  ) {}
}

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/**
 * Watches the collector from outside (profilers, `pygc --gc-report`, `--gc-trace`). The
 * observer reads what it needs from the heap (`trackedCount`, `liveObjects`, …) itself.
 */
export interface GcObserver {
  /** A collection of `generation` is about to start (after gc.callbacks' "start"). */
  collectionStart(generation: number): void;
  /** It ended; `examined` is the size of the generations it looked at. */
  collectionEnd(generation: number, result: CollectionResult): void;
  /** Called every `sampleInterval` allocations, for periodic counters. */
  sample(): void;
  readonly sampleInterval: number;
}

export interface HeapOptions {
  /** Collect on every GC allocation (debug): finds references the embedder forgot. */
  stress?: boolean;
  /** The generation a stress collection collects (default 2: everything). */
  stressGeneration?: number;
  /** Validate list membership and flags between collector phases (CPython's validate_list). */
  debugChecks?: boolean;
  /**
   * Reuse the headers (HeapObject) of freed objects for new ones (see Heap.spare). Off by
   * default: an embedder that keeps JS references to freed objects (say, as Map keys)
   * would see them come back as other objects.
   */
  reuseHeaders?: boolean;
  hooks?: Partial<HeapHooks>;
}

export class Heap {
  readonly generations: Generation[] = DEFAULT_THRESHOLDS.map((t) => new Generation(t, 0));
  /** gc.freeze() moves objects here; never collected. */
  readonly permanent: HeapObject = newList();
  readonly stats: GenerationStats[] = [0, 1, 2].map(() => ({
    collections: 0,
    collected: 0,
    uncollectable: 0,
  }));
  enabled = true;
  debug = 0;
  /** Re-entrancy guard: a collection is running. */
  collecting = false;
  /** Size of generation 2 after the last full collection. */
  longLivedTotal = 0;
  /** Objects promoted into generation 2 by gen-1 collections since the last full one. */
  longLivedPending = 0;
  /** The default `gc.garbage`, used when no appendGarbage hook is installed. */
  readonly garbage: HeapObject[] = [];
  readonly hooks: HeapHooks;
  stress: boolean;
  stressGeneration: number;
  debugChecks: boolean;

  /** Allocation accounting. */
  allocations = 0;
  deallocations = 0;
  /** Told of every allocation, free and resize when set (tracemalloc, a heap cap). */
  observer: AllocObserver | null = null;
  /** Objects in the generation lists (permanent generation included): gc.get_objects(). */
  trackedCount = 0;
  /** Told about every collection; see GcObserver. */
  gcObserver: GcObserver | null = null;
  private nextSample = Number.POSITIVE_INFINITY;

  /**
   * Headers of freed objects, reused by the next allocations (NOT-CPYTHON in mechanism,
   * CPython-like in effect: its free lists and pymalloc pools reuse memory the same way).
   * A JS object that lives on is never copied again by V8's young-generation collector,
   * while a fresh header for every object made V8's scavenges copy each one that outlived
   * a few thousand allocations (measured: 60% of a run building 100,000 dicts per round).
   */
  private readonly spare: HeapObject[] = [];
  /**
   * The headers waiting are spare[0 .. spareCount): a counted stack, since V8 shrinks an
   * array's store as pop empties it, and push then grows it again, round after round.
   */
  private spareCount = 0;
  /** How many headers `spare` keeps: 0 unless HeapOptions.reuseHeaders. */
  private spareMax: number;
  private trashNesting = 0;
  private trashDeleteLater: HeapObject | null = null;
  private readonly addresses = new AddressSpace();
  private readonly gen0: Generation;

  constructor(options: HeapOptions = {}) {
    this.gen0 = this.generations[0]!;
    this.stress = options.stress ?? false;
    this.stressGeneration = options.stressGeneration ?? 2;
    this.debugChecks = options.debugChecks ?? false;
    this.spareMax = options.reuseHeaders === true ? SPARE_MAX : 0;
    this.hooks = { ...defaultHooks(this), ...options.hooks };
  }

  // ---------------------------------------------------------------- refcounting

  incref(obj: HeapObject): void {
    obj.refcnt++;
  }

  decref(obj: HeapObject): void {
    if (--obj.refcnt === 0) this.dealloc(obj);
  }

  /** Py_XDECREF */
  xdecref(obj: HeapObject | null | undefined): void {
    if (obj != null && --obj.refcnt === 0) this.dealloc(obj);
  }

  // ---------------------------------------------------------------- allocation

  /**
   * Allocate an object with refcount 1, untracked (PyObject_GC_New / PyObject_New).
   * For GC types this is `_PyObject_GC_Link`: the gen-0 count goes up and an automatic
   * collection may run before the object is returned.
   */
  alloc(type: ObjectType, p0: any = null, p1: any = null, p2: any = null): HeapObject {
    const obj = new HeapObject(type, p0, p1, p2, this.allocations + 1);
    if (this.observer !== null) this.observer.alloc(obj, false);
    if (++this.allocations >= this.nextSample) this.sample();
    if (type.flags & TypeFlag.GC) this.gcLink();
    return obj;
  }

  /**
   * alloc for a type with TypeSpec.reuseHeaders: a freed header is taken when there is
   * one (see `spare`). A method of its own so that alloc, which every other type calls,
   * stays as small as it was (fannkuch ran 10% slower with the test inside alloc).
   */
  allocReusing(type: ObjectType, p0: any = null, p1: any = null, p2: any = null): HeapObject {
    const obj = this.take(type, p0, p1, p2);
    if (this.observer !== null) this.observer.alloc(obj, false);
    if (++this.allocations >= this.nextSample) this.sample();
    if (type.flags & TypeFlag.GC) this.gcLink();
    return obj;
  }

  /**
   * allocReusing for a type outside the collector whose objects use p0 only (ints): a
   * freed header's p1 and p2 are already null, and there is no gen-0 count to raise.
   */
  allocPlainReusing(type: ObjectType, p0: any): HeapObject {
    const n = this.spareCount;
    let obj: HeapObject;
    if (n === 0) obj = new HeapObject(type, p0, null, null, this.allocations + 1);
    else {
      this.spareCount = n - 1;
      obj = this.spare[n - 1]!;
      obj.refcnt = 1;
      obj.type = type;
      obj.gcFlags = 0;
      obj.p0 = p0;
      obj.born = this.allocations + 1;
    }
    if (this.observer !== null) this.observer.alloc(obj, false);
    if (++this.allocations >= this.nextSample) this.sample();
    return obj;
  }

  /** Allocate as if from a CPython free list: GC types do not touch the gen-0 count. */
  allocFromFreeList(type: ObjectType, p0: any = null, p1: any = null, p2: any = null): HeapObject {
    const obj = new HeapObject(type, p0, p1, p2, this.allocations + 1);
    if (this.observer !== null) this.observer.alloc(obj, true);
    this.allocations++;
    return obj;
  }

  /** allocFromFreeList for a type with TypeSpec.reuseHeaders (see allocReusing). */
  allocReusingFromFreeList(
    type: ObjectType,
    p0: any = null,
    p1: any = null,
    p2: any = null,
  ): HeapObject {
    const obj = this.take(type, p0, p1, p2);
    if (this.observer !== null) this.observer.alloc(obj, true);
    this.allocations++;
    return obj;
  }

  /**
   * A freed header from `spare`, made a new object as the HeapObject constructor does, or
   * a new header when there is none.
   */
  private take(type: ObjectType, p0: any, p1: any, p2: any): HeapObject {
    const n = this.spareCount;
    if (n === 0) return new HeapObject(type, p0, p1, p2, this.allocations + 1);
    this.spareCount = n - 1;
    const obj = this.spare[n - 1]!;
    // gcNext and gcPrev are null: a freed object is untracked and off the trash chain.
    obj.refcnt = 1;
    obj.type = type;
    obj.gcFlags = 0;
    obj.p0 = p0;
    obj.p1 = p1;
    obj.p2 = p2;
    obj.born = this.allocations + 1;
    return obj;
  }

  /**
   * The last step of every free: the header is marked freed and kept for reuse, unless an
   * allocation observer is watching. Observers key their records by object (tracemalloc's
   * Map of traces): one header freed and reused over and over piles the deleted entries of
   * a JS Map into one hash bucket, which every lookup then walks (measured: binary-trees
   * with tracemalloc 8x slower).
   */
  private release(obj: HeapObject, reusable = true): void {
    obj.gcFlags = GcFlag.Freed;
    obj.p0 = obj.p1 = obj.p2 = null;
    this.deallocations++;
    if (
      reusable &&
      obj.type.reuseHeaders &&
      this.observer === null &&
      this.spareCount < this.spareMax
    ) {
      this.spare[this.spareCount++] = obj;
    }
  }

  /**
   * The last step of dealloc's fast path, for a caller that has done the rest itself: `obj`
   * is plain, untracked, unflagged, its type's dealloc (if any) done, no observer installed.
   */
  releasePlain(obj: HeapObject): void {
    this.release(obj);
  }

  /**
   * From now on, freed objects keep their headers (and with them the Freed flag): for an
   * embedder that is about to test whether objects it did not hold have been freed.
   */
  stopReusingHeaders(): void {
    this.spareMax = 0;
    this.spare.length = 0;
    this.spareCount = 0;
  }

  /**
   * The storage `obj` owns outside its header was resized: realloc'ed (list_resize), or
   * `replaced` by a new block before the old was freed (dictresize).
   */
  resized(obj: HeapObject, replaced = false): void {
    if (this.observer !== null) this.observer.resize(obj, replaced);
  }

  /** Objects allocated and not yet freed (GC or not). */
  get liveObjects(): number {
    return this.allocations - this.deallocations;
  }

  /** Install (or remove, with null) the collection observer. */
  observeCollections(observer: GcObserver | null): void {
    this.gcObserver = observer;
    this.nextSample =
      observer === null ? Number.POSITIVE_INFINITY : this.allocations + observer.sampleInterval;
  }

  private sample(): void {
    const observer = this.gcObserver!;
    this.nextSample = this.allocations + observer.sampleInterval;
    observer.sample();
  }

  /** CPython 3.11 gcmodule.c: _PyObject_GC_Link */
  private gcLink(): void {
    const gen0 = this.gen0;
    gen0.count++;
    if (
      gen0.count > gen0.threshold &&
      this.enabled &&
      gen0.threshold !== 0 &&
      !this.collecting &&
      !this.hooks.errorPending()
    ) {
      this.collecting = true;
      try {
        collectGenerations(this);
      } finally {
        this.collecting = false;
      }
    }
    // NOT-CPYTHON: debug stress mode.
    if (this.stress && !this.collecting) {
      this.collecting = true;
      try {
        collectWithCallback(this, this.stressGeneration);
      } finally {
        this.collecting = false;
      }
    }
  }

  /** _PyObject_GC_TRACK: append to the tail of generation 0. */
  track(obj: HeapObject): void {
    if (obj.gcNext !== null) throw new InternalError(`object already tracked: ${obj.type.name}`);
    listAppend(obj, this.gen0.head);
    this.trackedCount++;
  }

  /** PyObject_GC_UnTrack: a no-op for untracked objects. */
  untrack(obj: HeapObject): void {
    if (obj.gcNext !== null) {
      listRemove(obj);
      this.trackedCount--;
      // _PyObject_GC_UNTRACK keeps only FINALIZED: an object untracked during a
      // collection (by a finalizer, say) must not keep its collection state.
      obj.gcFlags &= NOT_COLLECTING & ~GcFlag.Unreachable;
    }
  }

  isTracked(obj: HeapObject): boolean {
    return obj.gcNext !== null && isGCObject(obj);
  }

  isFinalized(obj: HeapObject): boolean {
    return isGCObject(obj) && (obj.gcFlags & GcFlag.Finalized) !== 0;
  }

  // ---------------------------------------------------------------- deallocation

  /**
   * _Py_Dealloc for every engine type: the common shape of CPython's deallocators
   * (subtype_dealloc, list_dealloc, set_dealloc, …) with the trashcan around it.
   */
  dealloc(obj: HeapObject): void {
    const t = obj.type;
    if (t.plain && obj.gcFlags === 0 && obj.gcNext === null && this.observer === null) {
      // Fast path (what free() does for an untracked object with no address, no
      // weakrefs and no observer): no flags means not freed before.
      t.dealloc(obj, this);
      this.release(obj);
      return;
    }
    if (t.simpleGC && (obj.gcFlags & SLOW_DEALLOC) === 0 && this.observer === null) {
      this.deallocSimpleGC(obj, t);
      return;
    }
    if (obj.gcFlags & GcFlag.Freed) {
      throw new InternalError(`object freed twice: ${obj.type.name}`);
    }
    if (obj.gcNext !== null) this.unlink(obj);
    const type = obj.type;
    if ((type.flags & TypeFlag.Trashcan) === 0) {
      this.deallocBody(obj, type);
      return;
    }
    // Py_TRASHCAN_BEGIN
    if (this.trashNesting >= TRASH_UNWIND_LEVEL) {
      obj.gcPrev = this.trashDeleteLater; // _PyTrash_thread_deposit_object
      this.trashDeleteLater = obj;
      return;
    }
    ++this.trashNesting;
    this.deallocBody(obj, type);
    // Py_TRASHCAN_END
    --this.trashNesting;
    if (this.trashDeleteLater !== null && this.trashNesting <= 0) this.destroyTrashChain();
  }

  /**
   * dealloc for a GC type with no finalizer and no tp_del (tuples, lists, dicts, most
   * instances) whose object has no address, no weakrefs and no observer watching: the
   * same steps as the general path — untrack, trashcan, the type's dealloc, free — with
   * the tests that cannot apply left out.
   */
  private deallocSimpleGC(obj: HeapObject, type: ObjectType): void {
    if (obj.gcNext !== null) this.unlink(obj);
    // Py_TRASHCAN_BEGIN
    if (this.trashNesting >= TRASH_UNWIND_LEVEL) {
      obj.gcPrev = this.trashDeleteLater; // _PyTrash_thread_deposit_object
      this.trashDeleteLater = obj;
      return;
    }
    ++this.trashNesting;
    const toFreeList = type.dealloc(obj, this) === true;
    if (obj.gcNext !== null || (obj.gcFlags & SLOW_DEALLOC) !== 0 || this.observer !== null) {
      this.free(obj, true, toFreeList); // the dealloc changed something: the full free
    } else {
      if (!toFreeList && this.gen0.count > 0) this.gen0.count--;
      this.release(obj);
    }
    // Py_TRASHCAN_END
    --this.trashNesting;
    if (this.trashDeleteLater !== null && this.trashNesting <= 0) this.destroyTrashChain();
  }

  /** CPython object.c: _PyTrash_thread_destroy_chain — newest deposit first. */
  private destroyTrashChain(): void {
    ++this.trashNesting;
    while (this.trashDeleteLater !== null) {
      const obj = this.trashDeleteLater;
      this.trashDeleteLater = obj.gcPrev;
      obj.gcPrev = null;
      this.dealloc(obj);
    }
    --this.trashNesting;
  }

  /** CPython typeobject.c: subtype_dealloc, from the finalizer to the base dealloc. */
  private deallocBody(obj: HeapObject, type: ObjectType): void {
    const isGC = (type.flags & TypeFlag.GC) !== 0;
    const hasFinalizer = type.finalize !== null || type.legacyDel !== null;
    if (type.finalize !== null && !(isGC && obj.gcFlags & GcFlag.Finalized)) {
      if (isGC) this.link(obj);
      if (this.callFinalizerFromDealloc(obj)) return; // resurrected: stays tracked
      if (obj.gcNext !== null) this.unlink(obj);
    }
    // Weakrefs are cleared (callbacks called) before the payload is released.
    if (obj.weakrefs !== null) clearWeakRefs(this, obj);
    if (type.legacyDel !== null) {
      if (isGC) this.link(obj);
      obj.refcnt = 1;
      this.callGuarded(type.legacyDel, obj, "in");
      if (--obj.refcnt !== 0) return; // resurrected
      if (obj.gcNext !== null) this.unlink(obj);
    }
    // Weakrefs created by the finalizer are cleared without calling their callbacks.
    if (hasFinalizer && obj.weakrefs !== null) clearWeakrefsSilently(this, obj);
    const toFreeList = type.dealloc(obj, this) === true;
    this.free(obj, isGC, toFreeList);
  }

  /** PyObject_GC_Del / PyObject_Free (or the push onto a free list). */
  private free(obj: HeapObject, isGC: boolean, toFreeList: boolean): void {
    if (obj.gcNext !== null) this.unlink(obj);
    if (isGC && !toFreeList && this.gen0.count > 0) this.gen0.count--;
    if (this.observer !== null) this.observer.free(obj, toFreeList);
    // An object that had an address or weakrefs keeps its header: those tables are JS
    // Maps keyed by object, and one key deleted and added again and again piles up
    // deleted entries in one hash bucket (see release).
    const keyed = obj.gcFlags & (GcFlag.HasAddress | GcFlag.HasWeakrefs);
    if (obj.gcFlags & GcFlag.HasAddress) {
      this.addresses.release(obj, obj.type.basicSize, this.allocations);
    }
    if (obj.gcFlags & GcFlag.HasWeakrefs) obj.weakrefs = null; // (left to dangle, as before)
    this.release(obj, keyed === 0);
  }

  /** Re-link a dying object into generation 0 while its finalizer runs. */
  private link(obj: HeapObject): void {
    listAppend(obj, this.gen0.head);
    this.trackedCount++;
  }

  private unlink(obj: HeapObject): void {
    listRemove(obj);
    this.trackedCount--;
  }

  /** PyObject_CallFinalizerFromDealloc: true when the finalizer resurrected the object. */
  private callFinalizerFromDealloc(obj: HeapObject): boolean {
    obj.refcnt = 1; // temporarily resurrect
    this.callFinalizer(obj);
    return --obj.refcnt !== 0;
  }

  /** PyObject_CallFinalizer: tp_finalize runs at most once per GC object. */
  callFinalizer(obj: HeapObject): void {
    const type = obj.type;
    if (type.finalize === null) return;
    const isGC = (type.flags & TypeFlag.GC) !== 0;
    if (isGC && obj.gcFlags & GcFlag.Finalized) return;
    this.callGuarded(type.finalize, obj, "in");
    if (isGC) obj.gcFlags |= GcFlag.Finalized;
  }

  /** Run a type hook that must not throw; report what it throws as unraisable. */
  callGuarded(fn: (obj: HeapObject, heap: Heap) => void, obj: HeapObject, where: string): void {
    try {
      fn(obj, this);
    } catch (error) {
      if (error instanceof InternalError) throw error;
      this.hooks.reportUnraisable(error, where, obj);
    }
  }

  // ---------------------------------------------------------------- addresses

  /** The object's address (Python's id()); lazily assigned, reused after free. */
  addressOf(obj: HeapObject): number {
    obj.gcFlags |= GcFlag.HasAddress;
    return this.addresses.addressOf(obj, obj.type.basicSize, obj.born);
  }

  // ---------------------------------------------------------------- the gc module's API

  /**
   * gc.collect(generation): collect generations 0..generation; returns the number of
   * unreachable objects found (collected + uncollectable), 0 when already collecting.
   */
  collect(generation = NUM_GENERATIONS - 1): number {
    if (!(generation >= 0 && generation < NUM_GENERATIONS) || !Number.isInteger(generation)) {
      throw new RangeError("invalid generation");
    }
    if (this.collecting) return 0;
    this.collecting = true;
    try {
      return collectWithCallback(this, generation);
    } finally {
      this.collecting = false;
    }
  }

  getCount(): [number, number, number] {
    const [g0, g1, g2] = this.generations as [Generation, Generation, Generation];
    return [g0.count, g1.count, g2.count];
  }

  getThreshold(): [number, number, number] {
    const [g0, g1, g2] = this.generations as [Generation, Generation, Generation];
    return [g0.threshold, g1.threshold, g2.threshold];
  }

  /** gc.set_threshold(t0[, t1[, t2]]): omitted values keep their current setting. */
  setThreshold(...thresholds: number[]): void {
    thresholds.slice(0, NUM_GENERATIONS).forEach((t, i) => {
      this.generations[i]!.threshold = t;
    });
  }

  getStats(): GenerationStats[] {
    return this.stats.map((s) => ({ ...s }));
  }

  /** gc.get_objects(generation?): tracked objects, youngest generation first. */
  getObjects(generation?: number): HeapObject[] {
    if (generation === undefined) {
      return this.generations.flatMap((g) => listToArray(g.head));
    }
    return listToArray(this.generations[generation]!.head);
  }

  /** gc.get_referrers(*objs): tracked objects that refer to any of `targets`. */
  getReferrers(targets: HeapObject[]): HeapObject[] {
    const wanted = new Set(targets);
    const result: HeapObject[] = [];
    for (const gen of this.generations) {
      for (let obj = gen.head.gcNext!; obj !== gen.head; obj = obj.gcNext!) {
        let found = false;
        obj.type.traverse(obj, (child) => {
          if (wanted.has(child)) found = true;
        });
        if (found) result.push(obj);
      }
    }
    return result;
  }

  /** gc.get_referents(*objs): what each GC object's traverse visits, in order. */
  getReferents(objs: HeapObject[]): HeapObject[] {
    const result: HeapObject[] = [];
    const visit: Visit = (child) => {
      result.push(child);
    };
    for (const obj of objs) if (isGCObject(obj)) obj.type.traverse(obj, visit);
    return result;
  }

  /**
   * Move every tracked object into the oldest generation (the younger ones' after its
   * own, oldest first), counters untouched: an embedder's start-up objects, made before
   * the program it runs, join the generation CPython's start-up collections leave its
   * own in.
   */
  ageAll(): void {
    const oldest = this.generations[NUM_GENERATIONS - 1]!.head;
    for (let g = NUM_GENERATIONS - 2; g >= 0; g--) listMerge(this.generations[g]!.head, oldest);
  }

  /** gc.freeze(): move everything tracked to the permanent generation. */
  freeze(): void {
    for (const gen of this.generations) {
      listMerge(gen.head, this.permanent);
      this.gen0.count = 0;
    }
  }

  /** gc.unfreeze(): the permanent generation goes back into the oldest generation. */
  unfreeze(): void {
    listMerge(this.permanent, this.generations[NUM_GENERATIONS - 1]!.head);
  }

  getFreezeCount(): number {
    return listSize(this.permanent);
  }
}

function defaultHooks(heap: Heap): HeapHooks {
  return {
    callCallback(callback, ref) {
      if (callback.type !== jsFunctionType) {
        throw new TypeError(`'${callback.type.name}' object is not callable`);
      }
      (callback.p0 as (ref: HeapObject) => void)(ref);
    },
    reportUnraisable(error, where, obj) {
      const subject =
        obj === null ? "" : ` <${obj.type.name} object at 0x${heap.addressOf(obj).toString(16)}>`;
      process.stderr.write(`Exception ignored ${where}:${subject}\n${describeError(error)}\n`);
    },
    writeStderr(text) {
      process.stderr.write(text);
    },
    onCollect: null,
    appendGarbage(obj) {
      obj.refcnt++;
      heap.garbage.push(obj);
    },
    errorPending: () => false,
    typeName: (obj) => obj.type.name,
  };
}
