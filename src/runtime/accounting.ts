/**
 * Allocation accounting: the memory blocks the program holds, by CPython 3.11's size model
 * (CPython Modules/_tracemalloc.c's trace table, and the allocator's view a heap cap needs).
 *
 * Technique: one observer on the engine heap (src/engine/hooks.ts AllocObserver), installed
 * only while something needs it — tracemalloc is tracing or a heap cap is set — so a
 * program that uses neither pays one null test per allocation. Each object is one block
 * (`objectBlockSize`) plus, for lists, dicts and instances, a separately allocated storage
 * block (`storageSize`), as CPython allocates them; a storage resize re-traces the block at
 * the current line (realloc semantics). Free lists keep their blocks: an object going to a
 * free list keeps its trace on a per-kind stack, and the next object taken from that free
 * list takes the trace over (still pointing at the original allocation site); a free list
 * entry made before accounting began is untraced, as in CPython.
 *
 * A trace's traceback is opaque here: the tracemalloc module captures it from the
 * interpreter's frames (`capture`). `used` counts every accounted block (the heap cap);
 * `traced`/`peak` only the traced ones (tracemalloc.get_traced_memory()).
 */
import type { AllocObserver, HeapObject } from "../engine/index.js";
import { raise } from "./errors.js";
import { sliceContract } from "./function.js";
import { heap } from "./heapref.js";
import { freeLists } from "./objects.js";
import { hasInlineValues, objectBlockSize, storageSize } from "./sizeof.js";
import { C, T } from "./types.js";

/** One traced (or, with tracing off, merely accounted) memory block. */
export class Trace {
  constructor(
    public size: number,
    /** The allocation's traceback (tracemalloc's); null when not traced. */
    public tb: unknown,
  ) {}
}

/**
 * NOT-CPYTHON: the largest list/tuple CPython could get on this machine still does not fit
 * a JavaScript array; past this many items an allocation raises MemoryError, as CPython
 * does when malloc fails (V8 arrays top out near 2^27 fast elements, strings at 2^29).
 */
export const MAX_ITEMS = 2 ** 27;
export const MAX_STR_LENGTH = 2 ** 29 - 24;

export class MemoryAccounting implements AllocObserver {
  /** tracemalloc is tracing: new blocks get a traceback. */
  tracing = false;
  /** The heap cap in bytes (0: none). */
  limit = 0;
  /**
   * sys.getallocatedblocks() has been called: from then on every block is accounted, so
   * that the count it reports moves as CPython's does (see allocatedBlocks).
   */
  countingBlocks = false;
  /** Captures the current traceback (set by the tracemalloc module). */
  capture: () => unknown = () => null;
  /** Object blocks and storage blocks of live objects. */
  readonly objects = new Map<HeapObject, Trace>();
  readonly storage = new Map<HeapObject, Trace>();
  /**
   * Blocks an object allocates besides its own and its storage, each on its own (a
   * deque's 64-item blocks): the object keeps their traces and gives them back.
   */
  readonly blocks = new Set<Trace>();
  /** Blocks held by free lists, by kind (list, dict, tuple length), newest last. */
  readonly freeListed = new Map<unknown, Trace[]>();
  /** Bytes of traced blocks, and their peak since the last reset. */
  traced = 0;
  peak = 0;
  /** Bytes of every accounted block (what the heap cap limits). */
  used = 0;
  /** A MemoryError is being raised: its own allocations must not fail. */
  raising = false;

  // ---------------------------------------------------------------- AllocObserver

  alloc(obj: HeapObject, fromFreeList: boolean): void {
    let tb: unknown = null;
    if (fromFreeList) {
      const trace = this.freeListed.get(freeListKind(obj, -1))?.pop();
      // An entry the free list had before accounting began is not accounted.
      // NOT-CPYTHON: _PyTraceMalloc_NewReference traces a reused traced block again where
      // the new object is made; done here, tests/py/tracemalloc/traceback_frames differs,
      // pygc's free lists holding traced entries where CPython's still hold untraced ones
      // (their start-up and import state is not modelled well enough yet).
      if (trace !== undefined) this.objects.set(obj, trace);
    } else {
      const size = objectBlockSize(obj);
      if (this.limit !== 0) this.charge(size, mayRefuse(obj));
      if (this.tracing) tb = this.capture();
      this.add(obj, this.objects, size, tb);
    }
    const st = storageSize(obj);
    if (st > 0) {
      if (this.limit !== 0) this.charge(st, false);
      if (this.tracing && tb === null) tb = this.capture();
      this.add(obj, this.storage, st, tb);
    }
  }

  free(obj: HeapObject, toFreeList: boolean): void {
    const st = this.storage.get(obj);
    if (st !== undefined) {
      this.storage.delete(obj);
      this.remove(st);
    }
    const trace = this.objects.get(obj);
    if (trace === undefined) return;
    this.objects.delete(obj);
    if (toFreeList) {
      const kind = freeListKind(obj, trace.size);
      let stack = this.freeListed.get(kind);
      if (stack === undefined) this.freeListed.set(kind, (stack = []));
      stack.push(trace);
    } else this.remove(trace);
  }

  /**
   * realloc: the storage block changes size and is traced again where this happens; or,
   * `replaced`, a new block is allocated before the old one is freed (dictresize,
   * set_table_resize: the peak sees both).
   */
  resize(obj: HeapObject, replaced: boolean): void {
    const size = storageSize(obj);
    const old = this.storage.get(obj);
    if (this.limit !== 0) this.charge(replaced ? size : size - (old?.size ?? 0), true);
    this.storage.delete(obj);
    const add = () => {
      if (size > 0) this.add(obj, this.storage, size, this.tracing ? this.capture() : null);
    };
    if (replaced) add();
    if (old !== undefined) this.remove(old);
    if (!replaced) add();
  }

  /**
   * PyMem_Malloc of a block of `size` bytes an object keeps apart (see `blocks`): its
   * trace, traced here when tracing; null when nothing is being accounted. It never
   * refuses: the caller's state is already changed (NOT-CPYTHON: newblock can fail).
   */
  allocBlock(size: number): Trace | null {
    if (heap.observer !== this) return null;
    const trace = new Trace(size, this.tracing ? this.capture() : null);
    this.blocks.add(trace);
    this.count(trace);
    return trace;
  }

  /** PyMem_Free of a block from allocBlock (null, or one accounting has forgotten since: nothing). */
  freeBlock(trace: Trace | null): void {
    if (trace !== null && this.blocks.delete(trace)) this.remove(trace);
  }

  // ---------------------------------------------------------------- the heap cap

  /**
   * Check an allocation of `bytes` against the cap; `refuse`: raise MemoryError when it
   * does not fit (allocations that cannot fail safely — containers built from items the
   * caller already owns, interpreter records — go over the cap instead).
   */
  private charge(bytes: number, refuse: boolean): void {
    if (refuse && bytes > 0 && this.used + bytes > this.limit && !this.raising) memoryError();
  }

  /** Would `bytes` more fit under the cap? Raises MemoryError if not (PyMem_Malloc failing). */
  reserve(bytes: number): void {
    if (this.limit !== 0) this.charge(bytes, true);
  }

  // ---------------------------------------------------------------- traces

  private add(obj: HeapObject, table: Map<HeapObject, Trace>, size: number, tb: unknown): void {
    const trace = new Trace(size, tb);
    table.set(obj, trace);
    this.count(trace);
  }

  private count(trace: Trace): void {
    this.used += trace.size;
    if (trace.tb !== null) {
      this.traced += trace.size;
      if (this.traced > this.peak) this.peak = this.traced;
    }
  }

  private remove(trace: Trace): void {
    this.used -= trace.size;
    if (trace.tb !== null) this.traced -= trace.size;
  }

  /** Every traced block, free-listed ones included (tracemalloc._get_traces). */
  *traces(): Generator<Trace> {
    for (const t of this.objects.values()) if (t.tb !== null) yield t;
    for (const t of this.storage.values()) if (t.tb !== null) yield t;
    for (const t of this.blocks) if (t.tb !== null) yield t;
    for (const stack of this.freeListed.values()) for (const t of stack) if (t.tb !== null) yield t;
  }

  /** The trace of `obj`'s own block, if it was traced (get_object_traceback). */
  traceOf(obj: HeapObject): Trace | null {
    const t = this.objects.get(obj);
    return t !== undefined && t.tb !== null ? t : null;
  }

  /**
   * Account the blocks of objects made before accounting began (untraced): those the
   * collector tracks, so that freeing or resizing them later moves the block count as
   * CPython's does. (Untracked ones — ints, strs, atomic dicts — stay unknown.)
   */
  adopt(objs: Iterable<HeapObject>): void {
    for (const obj of objs) {
      if (!this.objects.has(obj)) this.add(obj, this.objects, objectBlockSize(obj), null);
      const st = storageSize(obj);
      if (st > 0 && !this.storage.has(obj)) this.add(obj, this.storage, st, null);
    }
  }

  /**
   * The blocks accounted and still allocated: objects', storage, separate blocks and the
   * free lists' (a free-listed object keeps its memory, as in pymalloc's pools).
   */
  allocatedBlocks(): number {
    let n = this.objects.size + this.storage.size + this.blocks.size;
    for (const stack of this.freeListed.values()) n += stack.length;
    return n;
  }

  /**
   * tracemalloc_clear_traces: forget every traceback; accounting for the cap (or the
   * block count) goes on.
   */
  clearTraces(): void {
    if (this.limit === 0 && !this.countingBlocks) {
      this.objects.clear();
      this.storage.clear();
      this.blocks.clear();
      this.freeListed.clear();
      this.used = 0;
    } else {
      for (const table of [this.objects, this.storage]) for (const t of table.values()) t.tb = null;
      for (const t of this.blocks) t.tb = null;
      for (const stack of this.freeListed.values()) for (const t of stack) t.tb = null;
    }
    this.traced = 0;
    this.peak = 0;
  }

  /** A full collection emptied the free lists: their blocks are freed. */
  freeListsCleared(): void {
    // (A collection leaves the cached slice alone: it is not one of the free lists.)
    for (const [kind, stack] of this.freeListed) {
      if (kind === sliceContract) continue;
      for (const t of stack) this.remove(t);
      this.freeListed.delete(kind);
    }
  }

  /** An estimate of the trace table's own memory (get_tracemalloc_memory). */
  ownMemory(): number {
    return 64 * (this.objects.size + this.storage.size + this.blocks.size) + 4096;
  }
}

/**
 * The free list an object belongs to: tuples have one per length (a freed tuple's items
 * are gone; its block size tells the length).
 */
function freeListKind(obj: HeapObject, size: number): unknown {
  if (obj.type !== C.tuple) return obj.type;
  return size < 0 ? (obj.p0 as HeapObject[]).length : (size - 40) / 8;
}

/** Allocations that may fail with MemoryError: data objects whose payload owns no references. */
function mayRefuse(obj: HeapObject): boolean {
  const c = obj.type;
  return (
    c === C.int ||
    c === C.str ||
    c === C.float ||
    c === C.bytes ||
    (c.owner !== null && hasInlineValues(obj))
  );
}

/** The interpreter's accounting; installed on the heap while something needs it. */
export const accounting = new MemoryAccounting();

/** Install or remove the observer as tracing and the cap require. */
export function updateObserver(): void {
  const needed = accounting.tracing || accounting.limit !== 0 || accounting.countingBlocks;
  heap.observer = needed ? accounting : null;
  freeLists.onClear = needed ? () => accounting.freeListsCleared() : null;
  if (!needed) accounting.clearTraces();
}

/** Raise MemoryError without letting its own allocations fail. */
export function memoryError(): never {
  accounting.raising = true;
  try {
    raise(T.MemoryError);
  } finally {
    accounting.raising = false;
  }
}
