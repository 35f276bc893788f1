/**
 * The generations' order arrays (gc/generation.ts) against their lists. Not python3
 * checks: an engine invariant. Random tracking, untracking, re-tracking, freeing,
 * collections of every generation and freeze/unfreeze; after each step the verifier
 * compares each generation's array with its list, and the collector's debug checks compare
 * the young list with what update_refs found through the arrays.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { GcFlag, type HeapObject, verifyHeap } from "../../src/engine/index.js";
import { listType, Toys } from "./toys.js";

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

for (const seed of [1, 2, 3]) {
  test(`order arrays follow their lists through random operations (seed ${seed})`, () => {
    const t = new Toys({ stress: false });
    const heap = t.heap;
    heap.setThreshold(40, 3, 3);
    const rand = random(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const held: HeapObject[] = []; // one reference each, owned by the test
    for (let step = 0; step < 6000; step++) {
      const r = rand();
      if (r < 0.3 || held.length < 5) {
        // A new list, maybe pointing at held objects (cycles form when they point back).
        const items = held.length > 0 && rand() < 0.6 ? [pick(held), pick(held)] : [];
        held.push(t.list(...items));
      } else if (r < 0.45) {
        const obj = pick(held);
        if (obj.gcNext !== null) heap.untrack(obj);
        else heap.track(obj);
      } else if (r < 0.55) {
        // Untrack and track again at once: a second entry for the same object.
        const obj = pick(held);
        if (obj.gcNext !== null) heap.untrack(obj);
        heap.track(obj);
      } else if (r < 0.65) {
        const obj = pick(held);
        if (held.length > 1) t.append(obj, pick(held));
      } else if (r < 0.85) {
        const i = Math.floor(rand() * held.length);
        const [obj] = held.splice(i, 1);
        heap.decref(obj!);
      } else if (r < 0.95) {
        heap.collect(Math.floor(rand() * 3));
      } else if (r < 0.975) {
        heap.freeze();
      } else {
        heap.unfreeze();
      }
      if (step % 97 === 0) verifyHeap(heap);
    }
    verifyHeap(heap);
    heap.unfreeze();
    for (const obj of held) heap.decref(obj);
    heap.collect();
    verifyHeap(heap);
  });
}

test("a long-lived generation drops the entries of objects freed without a collection", () => {
  const t = new Toys({ stress: false });
  const heap = t.heap;
  const objs: HeapObject[] = [];
  for (let i = 0; i < 5000; i++) objs.push(t.list());
  heap.collect(); // all in generation 2
  const gen2 = heap.generations[2]!;
  assert.equal(gen2.size, 5000);
  // Free them oldest first: never the last entry, so compaction has to drop them.
  for (const obj of objs) heap.decref(obj);
  assert.ok(gen2.size < 2000, `generation 2's array still has ${gen2.size} entries`);
  assert.ok(objs.every((obj) => obj.gcFlags & GcFlag.Freed));
  verifyHeap(heap);
  void listType;
});

test("compaction keeps each object's last entry only", () => {
  const t = new Toys({ stress: false });
  const heap = t.heap;
  heap.enabled = false;
  const objs: HeapObject[] = [];
  for (let i = 0; i < 3000; i++) objs.push(t.list());
  const gen0 = heap.generations[0]!;
  const rand = random(7);
  let compactions = 0;
  for (let i = 0; i < 20000; i++) {
    const obj = objs[Math.floor(rand() * 2900)]!; // rarely the last entry
    const before = gen0.size;
    heap.untrack(obj);
    heap.track(obj);
    if (gen0.size < before) compactions++;
    if (i % 1000 === 0) verifyHeap(heap);
  }
  assert.ok(compactions > 0);
  verifyHeap(heap);
  heap.collect();
  verifyHeap(heap);
  for (const obj of objs) heap.decref(obj);
  verifyHeap(heap);
});
