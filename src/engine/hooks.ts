/**
 * How the engine speaks to whoever embeds it. The engine knows nothing of Python: calling
 * a weakref callback, reporting an error nobody can catch, appending to `gc.garbage` or
 * telling `gc.callbacks` about a collection are all delegated through these hooks. The
 * defaults make the engine usable on its own from TypeScript (callbacks are JS functions
 * wrapped by `jsFunction`, errors go to stderr in CPython's "Exception ignored in" form).
 */
import type { HeapObject } from "./object.js";
import { ObjectType } from "./type.js";

export type CollectPhase = "start" | "stop";

export interface HeapHooks {
  /** Call a weakref callback as `callback(ref)`. May throw; the engine reports it. */
  callCallback(callback: HeapObject, ref: HeapObject): void;
  /** PyErr_WriteUnraisable: an error that cannot propagate (finalizers, callbacks). */
  reportUnraisable(error: unknown, where: string, obj: HeapObject | null): void;
  /** Debug output (DEBUG_STATS, DEBUG_COLLECTABLE, …) goes here; CPython writes stderr. */
  writeStderr(text: string): void;
  /** gc.callbacks: told before ("start") and after ("stop") each collection. */
  onCollect:
    | ((phase: CollectPhase, generation: number, collected: number, uncollectable: number) => void)
    | null;
  /** gc.garbage: receives (and must keep a reference to) uncollectable objects. */
  appendGarbage(obj: HeapObject): void;
  /** PyErr_Occurred at an allocation: automatic collections wait while an error is set. */
  errorPending(): boolean;
  /** The type name printed in `gc: collectable <NAME 0x…>` lines (tp_name). */
  typeName(obj: HeapObject): string;
}

/**
 * Watches the memory blocks the heap hands out (allocation accounting: tracemalloc, a heap
 * cap). Optional: the heap tests `observer !== null` once per allocation and free, so an
 * embedder that installs none pays nothing else. Sizes are the embedder's business (the
 * engine has no size model); `resize` is how the embedder reports that storage an object
 * owns outside its header grew or shrank (CPython: a realloc).
 */
export interface AllocObserver {
  /**
   * `obj` was just allocated (`fromFreeList`: it reuses a block a free list kept). May
   * throw to refuse the allocation (MemoryError); the object is then dropped unused.
   */
  alloc(obj: HeapObject, fromFreeList: boolean): void;
  /** `obj` is being freed; `toFreeList`: its block stays with a free list for reuse. */
  free(obj: HeapObject, toFreeList: boolean): void;
  /**
   * The storage `obj` owns outside its header changed size: realloc'ed, or `replaced` — a
   * new block allocated while the old one still existed, then the old one freed (both
   * count towards a peak). May throw (MemoryError).
   */
  resize(obj: HeapObject, replaced: boolean): void;
}

/** Wraps JS functions so TypeScript embedders can use them as weakref callbacks. */
export const jsFunctionType = new ObjectType({ name: "function" });

export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
