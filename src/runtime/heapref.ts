/**
 * The runtime's handle on the engine heap, and CPython's reference-counting macros
 * (Py_INCREF, Py_DECREF, Py_XDECREF, Py_NewRef) as functions small enough for V8 to inline.
 * There is one interpreter per process (as in CPython), so the heap is module state.
 */
import { Heap, type HeapObject } from "../engine/index.js";

/**
 * The interpreter's heap. Its hooks are filled in when the runtime starts. Freed headers
 * are reused: nothing in the runtime keeps a freed object.
 */
export const heap: Heap = new Heap({ reuseHeaders: true });

export function incref(obj: HeapObject): void {
  obj.refcnt++;
}

export function decref(obj: HeapObject): void {
  if (--obj.refcnt === 0) heap.dealloc(obj);
}

export function xdecref(obj: HeapObject | null): void {
  if (obj !== null && --obj.refcnt === 0) heap.dealloc(obj);
}

/** Py_NewRef: a new reference to obj. */
export function newRef(obj: HeapObject): HeapObject {
  obj.refcnt++;
  return obj;
}

/**
 * Run `make` with no allocation observer: what it allocates is the interpreter's own,
 * made once and kept (CPython has it statically or from start-up), so neither
 * tracemalloc nor the heap cap counts it.
 */
export function unaccounted<R>(make: () => R): R {
  const observer = heap.observer;
  heap.observer = null;
  try {
    return make();
  } finally {
    heap.observer = observer;
  }
}
