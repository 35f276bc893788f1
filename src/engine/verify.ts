/**
 * The debug heap verifier. Tests run it after every scenario; it throws an InternalError
 * naming every broken invariant:
 * - generation lists are well linked, hold no freed object, no object twice, and carry
 *   no collection-time flags outside a collection;
 * - every object reachable from a tracked object is alive (not freed);
 * - every such object's refcount is at least the number of references to it found by
 *   traversing all of them (a refcount lower than that means a missing incref: the
 *   collector would free a live object);
 * - weakrefs and their referents' lists agree.
 */
import { InternalError } from "./errors.js";
import type { Heap } from "./heap.js";
import { GC_REFS_ONE, GcFlag, type HeapObject } from "./object.js";
import { TypeFlag } from "./type.js";

export function verifyHeap(heap: Heap): void {
  const problems: string[] = [];
  const name = (obj: HeapObject) => obj.type.name;
  if (heap.collecting) problems.push("verifier called during a collection");

  const tracked: HeapObject[] = [];
  const seen = new Set<HeapObject>();
  const lists = [
    ...heap.generations.map((g, i) => [g.head, `generation ${i}`] as const),
    [heap.permanent, "permanent generation"] as const,
  ];
  for (const [head, label] of lists) {
    let prev = head;
    for (let obj = head.gcNext!; obj !== head; obj = obj.gcNext!) {
      if (obj.gcPrev !== prev) problems.push(`${label}: broken prev link at ${name(obj)}`);
      if (seen.has(obj)) problems.push(`${label}: ${name(obj)} is in a generation list twice`);
      seen.add(obj);
      if (obj.gcFlags & GcFlag.Freed)
        problems.push(`${label}: freed ${name(obj)} is still tracked`);
      if (obj.gcFlags & (GcFlag.Collecting | GcFlag.Unreachable) || obj.gcFlags >= GC_REFS_ONE) {
        problems.push(`${label}: ${name(obj)} keeps collection flags outside a collection`);
      }
      if ((obj.type.flags & TypeFlag.GC) === 0)
        problems.push(`${label}: non-GC ${name(obj)} is tracked`);
      tracked.push(obj);
      prev = obj;
      if (problems.length > 20) break;
    }
    if (head.gcPrev !== prev) problems.push(`${label}: tail link broken`);
  }
  if (heap.generations.some((g) => g.count < 0)) problems.push("negative generation count");
  if (heap.trackedCount !== tracked.length) {
    problems.push(`trackedCount is ${heap.trackedCount} but ${tracked.length} objects are tracked`);
  }

  // Count the references found by traversal from everything reachable from tracked objects.
  const found = new Map<HeapObject, number>();
  const visited = new Set<HeapObject>(tracked);
  const work = tracked.slice();
  while (work.length > 0) {
    const obj = work.pop()!;
    obj.type.traverse(obj, (child) => {
      if (child.gcFlags & GcFlag.Freed) {
        problems.push(`freed ${name(child)} is reachable from ${name(obj)}`);
        return;
      }
      found.set(child, (found.get(child) ?? 0) + 1);
      if (!visited.has(child)) {
        visited.add(child);
        work.push(child);
      }
    });
  }
  for (const obj of visited) {
    const refs = found.get(obj) ?? 0;
    if (obj.refcnt < Math.max(refs, 1)) {
      problems.push(`${name(obj)} has refcount ${obj.refcnt} but ${refs} references were found`);
    }
    if (obj.weakrefs !== null) {
      for (const wr of obj.weakrefs) {
        if (wr.p0 !== obj) problems.push(`weakref in ${name(obj)}'s list points elsewhere`);
        if (wr.gcFlags & GcFlag.Freed) problems.push(`freed weakref in ${name(obj)}'s list`);
      }
    }
    if (obj.type.flags & TypeFlag.Weakref && obj.p0 !== null) {
      const target = obj.p0 as HeapObject;
      if (target.gcFlags & GcFlag.Freed) problems.push(`weakref to freed ${name(target)}`);
      else if (!target.weakrefs?.includes(obj))
        problems.push(`weakref missing from ${name(target)}'s list`);
    }
  }
  if (problems.length > 0) {
    throw new InternalError(`heap verification failed:\n  ${problems.slice(0, 20).join("\n  ")}`);
  }
}
