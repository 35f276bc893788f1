/**
 * Using the engine from TypeScript: deterministic lifetimes with cycle collection for your
 * own objects (here: "GPU buffers" that reference each other).
 *
 * Each Buffer holds strong references to the buffers it depends on. Dropping the last
 * reference to an acyclic buffer releases it at once (reference counting); a cycle of
 * buffers is found by the generational cycle collector, and each buffer's finalizer —
 * where a real program would free the GPU memory — runs exactly once.
 */
import {
  Heap,
  type HeapObject,
  jsFunctionType,
  newWeakref,
  ObjectType,
} from "../src/engine/index.js";

interface Buffer {
  label: string;
  deps: HeapObject[];
}

export function runResourceGraph(log: (line: string) => void = console.log): void {
  const heap = new Heap();
  const bufferType = new ObjectType({
    name: "Buffer",
    gc: true,
    weakrefable: true,
    traverse: (obj, visit) => (obj.p0 as Buffer).deps.forEach(visit),
    clear: (obj, h) => {
      const deps = (obj.p0 as Buffer).deps.splice(0);
      for (const d of deps) h.decref(d);
    },
    finalize: (obj) => log(`release GPU memory of ${(obj.p0 as Buffer).label}`),
    dealloc: (obj, h) => {
      for (const d of (obj.p0 as Buffer).deps.splice(0)) h.decref(d);
      return undefined;
    },
  });
  const buffer = (label: string): HeapObject => {
    const obj = heap.alloc(bufferType, { label, deps: [] } satisfies Buffer);
    heap.track(obj);
    return obj;
  };
  const dependsOn = (a: HeapObject, b: HeapObject) => {
    heap.incref(b);
    (a.p0 as Buffer).deps.push(b);
  };

  log("-- an acyclic buffer is released as soon as its last reference goes");
  const vertices = buffer("vertices");
  heap.decref(vertices);

  log("-- a cycle survives reference counting…");
  const a = buffer("mesh A");
  const b = buffer("mesh B");
  dependsOn(a, b);
  dependsOn(b, a);
  const watcher = heap.alloc(jsFunctionType, () => log("weakref callback: mesh A is gone"));
  const weak = newWeakref(heap, a, watcher);
  heap.decref(watcher);
  heap.decref(a);
  heap.decref(b);
  log(`tracked objects: ${heap.getObjects().length}`);

  log("-- …until the cycle collector finds it");
  const found = heap.collect();
  log(
    `collect() found ${found} unreachable objects; weakref now ${weak.p0 === null ? "dead" : "alive"}`,
  );
  heap.decref(weak);
  log(`stats: ${JSON.stringify(heap.getStats()[2])}`);
}

if (import.meta.url === `file://${process.argv[1]}`) runResourceGraph();
