/**
 * super objects (CPython Objects/typeobject.c super_*): p0 the class to start after,
 * p1 the bound object (or null), p2 the type whose MRO is searched.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { decref, heap, incref, xdecref } from "./heapref.js";
import { typeInfo } from "./typeobject.js";

export const superContract = new ObjectType({
  name: "super",
  gc: true,
  basicSize: 48,
  traverse: (o, visit) => {
    for (const r of [o.p0, o.p1, o.p2]) if (r !== null) visit(r);
  },
  dealloc: (o) => {
    for (const r of [o.p0, o.p1, o.p2]) xdecref(r);
    return undefined;
  },
});

/** super(type, obj): borrows its arguments. */
export function newSuper(
  type: HeapObject,
  obj: HeapObject | null,
  objType: HeapObject,
): HeapObject {
  incref(type);
  if (obj !== null) incref(obj);
  incref(objType);
  const s = heap.alloc(superContract, type, obj, objType);
  heap.track(s);
  return s;
}

/** super_getattro: the attribute from the MRO after p0, bound to p1; null if absent. */
export function superLookup(
  sup: HeapObject,
  name: string,
  descrGet: (d: HeapObject, obj: HeapObject | null, type: HeapObject) => HeapObject,
): HeapObject | null {
  const start = sup.p0 as HeapObject;
  const objType = sup.p2 as HeapObject;
  const mro = typeInfo(objType).mro;
  const i = mro.indexOf(start);
  for (let k = i + 1; k < mro.length; k++) {
    const v = typeInfo(mro[k]!).dict.get(name);
    if (v !== undefined) {
      const obj = sup.p1 as HeapObject | null;
      return descrGet(v, obj === objType ? null : obj, objType);
    }
  }
  return null;
}

export { decref };
