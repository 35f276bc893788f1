/**
 * pygc's memory engine: CPython 3.11's reference counting, generational cycle collector,
 * weak references and PEP 442 finalization for any object graph. It knows nothing of
 * Python; objects speak to it through a small type contract (see type.ts).
 */
export { formatAddress } from "./address.js";
export { InternalError } from "./errors.js";
export type { CollectionResult } from "./gc/collect.js";
export {
  DEBUG_COLLECTABLE,
  DEBUG_LEAK,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  DEFAULT_THRESHOLDS,
  NUM_GENERATIONS,
  TRASH_UNWIND_LEVEL,
} from "./gc/constants.js";
export { type GcObserver, type GenerationStats, Heap, type HeapOptions } from "./heap.js";
export { type AllocObserver, type CollectPhase, type HeapHooks, jsFunctionType } from "./hooks.js";
export { GcFlag, HeapObject, type Visit } from "./object.js";
export { isGCObject, ObjectType, TypeFlag, type TypeSpec, traverseItemArray } from "./type.js";
export { verifyHeap } from "./verify.js";
export {
  clearWeakref,
  isWeakref,
  makeWeakrefType,
  newProxy,
  newWeakref,
  referentOf,
  weakProxyType,
  weakrefCount,
  weakrefsOf,
  weakrefType,
  weakrefTypeSpec,
} from "./weakref.js";
