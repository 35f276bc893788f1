/** The collector's constants (CPython 3.11 gcmodule.c / pycore_gc.h). */

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export const NUM_GENERATIONS = 3;
/** Default thresholds (gc.get_threshold() on a fresh interpreter). */
export const DEFAULT_THRESHOLDS = [700, 10, 10] as const;
/** _PyTrash_UNWIND_LEVEL: nesting depth past which deallocation is deferred. */
export const TRASH_UNWIND_LEVEL = 50;
