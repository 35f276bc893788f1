/**
 * The thread's recursion budget (CPython's tstate recursion_limit and the depth counted
 * against it): Python frames (interp/eval.ts) and the recursions of C code guarded by
 * Py_EnterRecursiveCall — repr of nested containers, comparisons — count on one depth,
 * so a 3000-deep nested list's repr raises RecursionError as python3's does.
 */
import type { HeapObject } from "../engine/index.js";
import { raise } from "./errors.js";
import { T } from "./types.js";

export const threadState = {
  depth: 0,
  recursionLimit: 1000,
  /** The exceptions being handled (innermost last): sys.exc_info(), bare `raise`, __context__. */
  handled: [] as HeapObject[],
};

/** Py_EnterRecursiveCall(where): one level deeper, or RecursionError past the limit. */
export function enterRecursiveCall(where: string): void {
  if (++threadState.depth > threadState.recursionLimit) {
    threadState.depth--;
    raise(T.RecursionError, `maximum recursion depth exceeded${where}`);
  }
}

/** Py_LeaveRecursiveCall */
export function leaveRecursiveCall(): void {
  threadState.depth--;
}
