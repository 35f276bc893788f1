/**
 * `npm run bench:engine`: the engine against CPython's C collector on the same object
 * graphs, in one session, alternating runs (engine in this process, CPython in a child
 * process timing itself). Prints the median of each and the ratio pygc / CPython.
 *
 *  1. allocate and free 1,000,000 tracked objects one by one;
 *  2. 500,000 two-object cycles, then one full collection;
 *  3. a full collection over ~1,000,000 live tracked objects in a tree (the pause);
 *  4. bytes per object (process.memoryUsage over the tree) against CPython's tracemalloc.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { Heap, type HeapObject, ObjectType } from "../src/engine/index.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const pyScript = join(import.meta.dirname, "..", "..", "bench", "engine_cpython.py");

/** A two-child GC node, like a `__slots__ = ("left", "right")` instance. */
const nodeType = new ObjectType({
  name: "Node",
  gc: true,
  traverse(obj, visit) {
    if (obj.p0 !== null) visit(obj.p0);
    if (obj.p1 !== null) visit(obj.p1);
  },
  clear(obj, heap) {
    const { p0, p1 } = obj;
    obj.p0 = obj.p1 = null;
    heap.xdecref(p0);
    heap.xdecref(p1);
  },
  dealloc(obj, heap) {
    heap.xdecref(obj.p0);
    heap.xdecref(obj.p1);
    return undefined;
  },
});

function node(heap: Heap, left: HeapObject | null, right: HeapObject | null): HeapObject {
  const obj = heap.alloc(nodeType, left, right);
  heap.track(obj);
  return obj;
}

function tree(heap: Heap, depth: number): HeapObject {
  if (depth === 0) return node(heap, null, null);
  return node(heap, tree(heap, depth - 1), tree(heap, depth - 1));
}

const DEPTH = 19; // 2^20 - 1 = 1,048,575 nodes

const engineCases: Record<string, () => Record<string, number>> = {
  alloc_free() {
    const heap = new Heap();
    const t = performance.now();
    for (let i = 0; i < 1_000_000; i++) heap.decref(node(heap, null, null));
    return { ms: performance.now() - t };
  },
  cycles() {
    const heap = new Heap();
    heap.enabled = false;
    const t = performance.now();
    for (let i = 0; i < 500_000; i++) {
      const a = node(heap, null, null);
      const b = node(heap, null, null);
      b.refcnt++;
      a.p0 = b;
      a.refcnt++;
      b.p0 = a;
      heap.decref(a);
      heap.decref(b);
    }
    const t1 = performance.now();
    const found = heap.collect();
    const t2 = performance.now();
    return { ms: t2 - t, collect_ms: t2 - t1, found };
  },
  full_collection() {
    const heap = new Heap();
    heap.enabled = false;
    const root = tree(heap, DEPTH);
    heap.collect();
    const t = performance.now();
    heap.collect();
    const ms = performance.now() - t;
    heap.decref(root);
    return { ms };
  },
  memory() {
    const heap = new Heap();
    heap.enabled = false;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const root = tree(heap, DEPTH);
    gc?.();
    const after = process.memoryUsage().heapUsed;
    const count = 2 ** (DEPTH + 1) - 1;
    const result = { bytes_per_object: (after - before) / count, objects: count };
    heap.decref(root);
    return result;
  },
};

const args: Record<string, number> = {
  alloc_free: 1_000_000,
  cycles: 500_000,
  full_collection: DEPTH,
  memory: DEPTH,
};

function python(name: string): Record<string, number> {
  return JSON.parse(
    execFileSync("python3", [pyScript, name, String(args[name])], { encoding: "utf8" }),
  );
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const labels: Record<string, string> = {
  alloc_free: "allocate+free 1,000,000 tracked objects",
  cycles: "500,000 two-object cycles + full collection",
  full_collection: "full collection, 1,048,575 live objects",
};

console.log(
  `engine vs CPython ${execFileSync("python3", ["-c", "import sys;print(sys.version.split()[0])"], { encoding: "utf8" }).trim()}, median of ${RUNS} alternating runs`,
);
console.log(
  `${"case".padEnd(46)} ${"pygc ms".padStart(9)} ${"CPython ms".padStart(11)} ${"ratio".padStart(6)}`,
);
for (const name of ["alloc_free", "cycles", "full_collection"]) {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(engineCases[name]!().ms!);
    theirs.push(python(name).ms!);
  }
  const a = median(ours);
  const b = median(theirs);
  console.log(
    `${labels[name]!.padEnd(46)} ${a.toFixed(1).padStart(9)} ${b.toFixed(1).padStart(11)} ${(a / b).toFixed(2).padStart(6)}`,
  );
}
const mem = engineCases.memory!();
const pyMem = python("memory");
console.log(
  `bytes per object (tree of ${mem.objects}): pygc ${mem.bytes_per_object!.toFixed(1)}, CPython ${pyMem.bytes_per_object!.toFixed(1)}, ratio ${(mem.bytes_per_object! / pyMem.bytes_per_object!).toFixed(2)}`,
);
