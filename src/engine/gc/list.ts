/**
 * Intrusive circular doubly linked lists of HeapObjects (CPython gcmodule.c gc_list_*).
 *
 * Each list has a sentinel head (a HeapObject of a private type that is never tracked or
 * refcounted). Order is observable — it decides the order of `__del__` calls, of debug
 * output and of `gc.get_objects()` — so every operation preserves it exactly as CPython's.
 * Unlike CPython we never reuse `gcPrev` for `gc_refs`, so lists stay doubly linked even
 * during a collection; the algorithms are otherwise the same.
 */
import { HeapObject } from "../object.js";
import { ObjectType } from "../type.js";

const listHeadType = new ObjectType({ name: "gc list head" });

/** gc_list_init: a new empty list (its sentinel head). */
export function newList(): HeapObject {
  const head = new HeapObject(listHeadType, null, null, null, 0);
  head.gcNext = head;
  head.gcPrev = head;
  return head;
}

export function listIsEmpty(list: HeapObject): boolean {
  return list.gcNext === list;
}

/** gc_list_append: link `node` (not in any list) at the tail of `list`. */
export function listAppend(node: HeapObject, list: HeapObject): void {
  const last = list.gcPrev!;
  last.gcNext = node;
  node.gcPrev = last;
  node.gcNext = list;
  list.gcPrev = node;
}

/** gc_list_remove: unlink `node`; it becomes untracked (gcNext = null). */
export function listRemove(node: HeapObject): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  node.gcNext = null;
  node.gcPrev = null;
}

/** gc_list_move: unlink `node` from its list and append it to `list`. */
export function listMove(node: HeapObject, list: HeapObject): void {
  const prev = node.gcPrev!;
  const next = node.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  const last = list.gcPrev!;
  last.gcNext = node;
  node.gcPrev = last;
  node.gcNext = list;
  list.gcPrev = node;
}

/** gc_list_merge: append all of `from` to the tail of `to`; `from` becomes empty. */
export function listMerge(from: HeapObject, to: HeapObject): void {
  if (from.gcNext === from) return;
  const toTail = to.gcPrev!;
  const fromHead = from.gcNext!;
  const fromTail = from.gcPrev!;
  toTail.gcNext = fromHead;
  fromHead.gcPrev = toTail;
  to.gcPrev = fromTail;
  fromTail.gcNext = to;
  from.gcNext = from;
  from.gcPrev = from;
}

/** gc_list_size: O(n), as in CPython. */
export function listSize(list: HeapObject): number {
  let n = 0;
  for (let node = list.gcNext!; node !== list; node = node.gcNext!) n++;
  return n;
}

/** The members of `list`, in order. */
export function listToArray(list: HeapObject): HeapObject[] {
  const out: HeapObject[] = [];
  for (let node = list.gcNext!; node !== list; node = node.gcNext!) out.push(node);
  return out;
}
