/**
 * Raising Python exceptions from TypeScript.
 *
 * A Python exception travels through the evaluator as a thrown `PyRaise`, which owns one
 * reference to the exception object. Plain JS objects are thrown (not `Error`s), so a
 * raise captures no JavaScript stack trace and costs little.
 */
import type { HeapObject } from "../engine/index.js";

export class PyRaise {
  constructor(public exc: HeapObject) {}
}

/** Set by the runtime's bootstrap: build an exception instance of `type` with `msg`. */
export const errorFactory = {
  make: null as unknown as (type: HeapObject, msg: string | null) => HeapObject,
};

export function raise(type: HeapObject, msg: string | null = null): never {
  throw new PyRaise(errorFactory.make(type, msg));
}
