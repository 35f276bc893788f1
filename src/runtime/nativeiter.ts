/**
 * Iterators implemented in TypeScript (enumerate, zip, map, filter, reversed, …): p0 is
 * the `next` function, p1 the references the iterator holds (traversed and released), p2
 * its __length_hint__ when it has one (else null) — or, for one whose state can be set
 * (zip's strict flag, reversed's index: __setstate__), a NativeIterOps with both.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { decref, heap, unaccounted } from "./heapref.js";

export const nativeIterContracts = new Set<ObjectType>();
const byName = new Map<string, ObjectType>();

export const nativeIterTypeHook = {
  /** Creates the Python type object for a native iterator kind (set by the runtime). */
  make: null as unknown as (name: string, contract: ObjectType) => HeapObject,
};

/** A native iterator's __length_hint__ and __setstate__ (the state borrowed). */
export class NativeIterOps {
  constructor(
    readonly hint: (() => number) | null,
    readonly setstate: (state: HeapObject) => void,
  ) {}
}

export function nativeIter(
  name: string,
  refs: HeapObject[],
  next: () => HeapObject | null,
  basicSize = 48,
  hint: (() => number) | null = null,
  setstate: ((state: HeapObject) => void) | null = null,
): HeapObject {
  const contract = nativeIterContract(name, basicSize);
  const it = heap.alloc(
    contract,
    next,
    refs,
    setstate === null ? hint : new NativeIterOps(hint, setstate),
  );
  heap.track(it);
  return it;
}

/** The Python type of the native iterators called `name` (made on first use). */
export function nativeIterType(name: string, basicSize = 48): HeapObject {
  return nativeIterContract(name, basicSize).owner as HeapObject;
}

function nativeIterContract(name: string, basicSize: number): ObjectType {
  let contract = byName.get(name);
  if (contract === undefined) {
    const made = new ObjectType({
      name,
      gc: true,
      basicSize,
      traverse: (o, visit) => {
        for (const r of o.p1 as HeapObject[]) visit(r);
      },
      dealloc: (o) => {
        const held = o.p1 as HeapObject[];
        o.p1 = [];
        for (const r of held) decref(r);
        return undefined;
      },
    });
    // (the type CPython has statically: made once, not charged to the program)
    made.owner = unaccounted(() => nativeIterTypeHook.make(name, made));
    byName.set(name, made);
    nativeIterContracts.add(made);
    contract = made;
  }
  return contract;
}

/** An exhausted native iterator lets go of what it held (`it` as nativeIter made it). */
export function releaseIterRefs(it: HeapObject): void {
  const held = it.p1 as HeapObject[];
  it.p1 = [];
  for (const r of held) decref(r);
}

/** A native iterator's own __length_hint__ (nativeIter's `hint`), or null: it has none. */
export function nativeIterHint(it: HeapObject): number | null {
  if (!nativeIterContracts.has(it.type)) return null;
  const p2 = it.p2 as (() => number) | NativeIterOps | null;
  const hint = p2 instanceof NativeIterOps ? p2.hint : p2;
  return hint === null ? null : hint();
}
