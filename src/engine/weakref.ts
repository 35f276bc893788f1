/**
 * Weak references (CPython Objects/weakrefobject.c).
 *
 * A weakref is an ordinary GC object: `p0` is its referent (a borrowed reference, null
 * once cleared), `p1` its callback (a strong reference, or null). The referent keeps its
 * weakrefs in `weakrefs`, an array in CPython's list order: the basic ref (exact type, no
 * callback) first, then the basic proxy, then callback refs newest first. That order is
 * observable (`getweakrefs`, callback order), and the reuse rules below reproduce it:
 * `ref(o)` without a callback returns the existing basic ref; a callback ref or a subclass
 * instance is always new and goes right after the basic ref/proxy.
 *
 * When the referent dies by refcount, `clearWeakRefs` clears every weakref first and only
 * then calls the callbacks, newest first (PyObject_ClearWeakRefs). The cycle collector has
 * its own rules (gc/weakrefs.ts: handle_weakrefs).
 */
import type { Heap } from "./heap.js";
import type { HeapObject, Visit } from "./object.js";
import { ObjectType, TypeFlag } from "./type.js";

/** The weakref type contract; runtime types (proxies, ref subclasses) reuse it. */
export const weakrefTypeSpec = {
  gc: true,
  trashcan: false,
  basicSize: 80,
  traverse(wr: HeapObject, visit: Visit) {
    if (wr.p1 !== null) visit(wr.p1);
  },
  clear(wr: HeapObject, heap: Heap) {
    clearWeakref(heap, wr);
  },
  dealloc(wr: HeapObject, heap: Heap) {
    clearWeakref(heap, wr);
    return undefined;
  },
};

/**
 * Build a weakref type. `kind` decides how its instances sit in the referent's list:
 * "ref" (the exact basic type), "subclass" (a ref subclass) or "proxy".
 */
export function makeWeakrefType(name: string, kind: "ref" | "subclass" | "proxy"): ObjectType {
  const flags =
    TypeFlag.Weakref |
    (kind === "ref" ? TypeFlag.WeakrefExact : 0) |
    (kind === "proxy" ? TypeFlag.WeakProxy : 0);
  return new ObjectType({ name, flags, ...weakrefTypeSpec });
}

/** The engine's own weakref type, for TypeScript embedders. */
export const weakrefType = makeWeakrefType("weakref.ReferenceType", "ref");
export const weakProxyType = makeWeakrefType("weakref.ProxyType", "proxy");

export function isWeakref(obj: HeapObject): boolean {
  return (obj.type.flags & TypeFlag.Weakref) !== 0;
}

/** The referent, or null once the weakref is dead. */
export function referentOf(wr: HeapObject): HeapObject | null {
  return wr.p0;
}

/** weakrefobject.c: get_basic_refs — the callback-less exact ref and proxy at the head. */
function basicRefs(list: HeapObject[] | null): [HeapObject | null, HeapObject | null] {
  let ref: HeapObject | null = null;
  let proxy: HeapObject | null = null;
  if (list !== null && list.length > 0 && list[0]!.p1 === null) {
    let i = 0;
    if (list[0]!.type.flags & TypeFlag.WeakrefExact) {
      ref = list[0]!;
      i = 1;
    }
    const next = list[i];
    if (next !== undefined && next.p1 === null && next.type.flags & TypeFlag.WeakProxy)
      proxy = next;
  }
  return [ref, proxy];
}

function insertAfter(wr: HeapObject, list: HeapObject[], prev: HeapObject | null): void {
  if (prev === null) list.unshift(wr);
  else list.splice(list.indexOf(prev) + 1, 0, wr);
}

/**
 * weakref___new__ / PyWeakref_NewRef: a new reference to `target` (the caller's
 * reference). `callback` is borrowed; the weakref takes its own reference to it.
 */
export function newWeakref(
  heap: Heap,
  target: HeapObject,
  callback: HeapObject | null = null,
  type: ObjectType = weakrefType,
): HeapObject {
  if ((target.type.flags & TypeFlag.Weakrefable) === 0) {
    throw new TypeError(`cannot create weak reference to '${target.type.name}' object`);
  }
  const exact = (type.flags & TypeFlag.WeakrefExact) !== 0;
  if (callback === null && exact) {
    const [ref] = basicRefs(target.weakrefs);
    if (ref !== null) {
      ref.refcnt++;
      return ref;
    }
  }
  // The allocation may run a collection that changes target's list: look again after.
  const wr = heap.alloc(type, target, callback, null);
  if (callback !== null) callback.refcnt++;
  const list = (target.weakrefs ??= []);
  if (callback === null && exact) list.unshift(wr);
  else {
    const [ref, proxy] = basicRefs(list);
    insertAfter(wr, list, proxy ?? ref);
  }
  heap.track(wr);
  return wr;
}

/** PyWeakref_NewProxy: like newWeakref, for proxy types (basic proxy reused). */
export function newProxy(
  heap: Heap,
  target: HeapObject,
  callback: HeapObject | null = null,
  type: ObjectType = weakProxyType,
): HeapObject {
  if ((target.type.flags & TypeFlag.Weakrefable) === 0) {
    throw new TypeError(`cannot create weak reference to '${target.type.name}' object`);
  }
  if (callback === null) {
    const [, proxy] = basicRefs(target.weakrefs);
    if (proxy !== null) {
      proxy.refcnt++;
      return proxy;
    }
  }
  const wr = heap.alloc(type, target, callback, null);
  if (callback !== null) callback.refcnt++;
  const list = (target.weakrefs ??= []);
  const [ref, proxy] = basicRefs(list);
  if (callback === null && proxy !== null) {
    // A basic proxy appeared during the allocation's collection: use that one.
    wr.p0 = null;
    heap.decref(wr);
    proxy.refcnt++;
    return proxy;
  }
  insertAfter(wr, list, callback === null ? ref : (proxy ?? ref));
  heap.track(wr);
  return wr;
}

/** Unlink `wr` from its referent's list; the referent becomes null. */
function unlink(wr: HeapObject): void {
  const target = wr.p0 as HeapObject | null;
  if (target === null) return;
  const list = target.weakrefs!;
  const i = list.indexOf(wr);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) target.weakrefs = null;
  wr.p0 = null;
}

/** weakrefobject.c: clear_weakref — unlink and drop the callback. */
export function clearWeakref(heap: Heap, wr: HeapObject): void {
  unlink(wr);
  const callback = wr.p1 as HeapObject | null;
  if (callback !== null) {
    wr.p1 = null;
    heap.decref(callback);
  }
}

/** _PyWeakref_ClearRef: unlink but keep the callback (the collector decides about it). */
export function clearRef(wr: HeapObject): void {
  unlink(wr);
}

/** subtype_dealloc: weakrefs made during a finalizer are cleared without callbacks. */
export function clearWeakrefsSilently(_heap: Heap, obj: HeapObject): void {
  while (obj.weakrefs !== null) clearRef(obj.weakrefs[0]!);
}

/** weakrefobject.c: handle_callback */
function handleCallback(heap: Heap, wr: HeapObject, callback: HeapObject): void {
  try {
    heap.hooks.callCallback(callback, wr);
  } catch (error) {
    heap.hooks.reportUnraisable(error, "in", callback);
  }
}

/**
 * PyObject_ClearWeakRefs: `obj` is being freed by refcount. Clear the basic ref and
 * proxy, then clear every callback ref before calling any callback (newest first).
 */
export function clearWeakRefs(heap: Heap, obj: HeapObject): void {
  let list = obj.weakrefs;
  if (list !== null && list[0]!.p1 === null) {
    clearWeakref(heap, list[0]!);
    list = obj.weakrefs;
    if (list !== null && list[0]!.p1 === null) clearWeakref(heap, list[0]!);
  }
  list = obj.weakrefs;
  if (list === null) return;
  if (list.length === 1) {
    const current = list[0]!;
    const callback = current.p1 as HeapObject | null;
    current.p1 = null;
    clearWeakref(heap, current);
    if (callback !== null) {
      if (current.refcnt > 0) handleCallback(heap, current, callback);
      heap.decref(callback);
    }
    return;
  }
  // CPython packs (ref, callback) pairs into a tuple and releases it afterwards, last
  // item first; we keep the pairs in an array and release them in the same order.
  // NOT-CPYTHON: that tuple's allocation bumps gen-0 and can trigger a collection.
  const pending: (HeapObject | null)[] = [];
  for (const current of list.slice()) {
    const callback = current.p1 as HeapObject | null;
    if (current.refcnt > 0) {
      current.refcnt++;
      pending.push(current, callback);
    } else if (callback !== null) heap.decref(callback);
    current.p1 = null;
    clearWeakref(heap, current);
  }
  for (let i = 0; i < pending.length; i += 2) {
    const callback = pending[i + 1];
    if (callback != null) handleCallback(heap, pending[i]!, callback);
  }
  for (let i = pending.length - 1; i >= 0; i--) heap.xdecref(pending[i]);
}

/** weakref.getweakrefcount */
export function weakrefCount(obj: HeapObject): number {
  return obj.weakrefs === null ? 0 : obj.weakrefs.length;
}

/** weakref.getweakrefs: in list order. */
export function weakrefsOf(obj: HeapObject): HeapObject[] {
  return obj.weakrefs === null ? [] : obj.weakrefs.slice();
}
