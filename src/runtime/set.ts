/**
 * set and frozenset (CPython Objects/setobject.c). The members live in a DictStore used
 * as a hash table of keys (each value slot holds None). NOT-CPYTHON: members are
 * released and iterated in insertion order; CPython's order is its hash table's.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { DictStore } from "./dictstore.js";
import { decref, heap } from "./heapref.js";
import { S } from "./types.js";

function traverseSet(obj: HeapObject, visit: (o: HeapObject) => void): void {
  (obj.p0 as DictStore).traverseKeys(visit);
}

function makeSetContract(name: string): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    weakrefable: true,
    basicSize: 216,
    traverse: traverseSet,
    clear: (obj) => (obj.p0 as DictStore).clear(),
    dealloc: (obj) => {
      (obj.p0 as DictStore).clear();
      return undefined;
    },
  });
}

export const setContract = makeSetContract("set");
export const frozensetContract = makeSetContract("frozenset");

/** A new set (or frozenset) of `items`, consuming the item references. */
export function newSet(items: HeapObject[], frozen = false): HeapObject {
  const store = new DictStore();
  const obj = heap.alloc(frozen ? frozensetContract : setContract, store);
  try {
    for (const x of items) store.set(x, S.None);
  } finally {
    for (const x of items) decref(x);
  }
  heap.track(obj);
  return obj;
}

export function isSetLike(obj: HeapObject): boolean {
  const c = obj.type.layout;
  return c === setContract || c === frozensetContract;
}

export function setStore(obj: HeapObject): DictStore {
  return obj.p0 as DictStore;
}

/** set.add (borrowed item). */
export function setAdd(set: HeapObject, item: HeapObject): void {
  (set.p0 as DictStore).set(item, S.None);
}
