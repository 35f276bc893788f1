/**
 * Header reuse (HeapOptions.reuseHeaders): a freed object's HeapObject becomes the next
 * allocReusing's, and nothing of its old life (flags, tracking, payload) comes with it.
 * Objects that were keyed in a table (an address, weakrefs) and types that do not opt in
 * keep their headers.
 */
import assert from "node:assert/strict";
import { GcFlag, newWeakref, ObjectType, traverseItemArray } from "../../src/engine/index.js";
import { scenario } from "./toys.js";

const boxType = new ObjectType({
  name: "box",
  gc: true,
  traverse: traverseItemArray,
  reuseHeaders: true,
});
const weakBoxType = new ObjectType({
  name: "weakbox",
  gc: true,
  weakrefable: true,
  traverse: traverseItemArray,
  reuseHeaders: true,
});
const atomType = new ObjectType({ name: "atom", reuseHeaders: true });
const plainType = new ObjectType({ name: "plain" });
const reuse = { reuseHeaders: true };

scenario(
  "a freed header is the next allocReusing's, made new",
  (t) => {
    const a = t.heap.alloc(boxType, []);
    t.heap.track(a);
    t.drop(a);
    assert.ok(a.gcFlags & GcFlag.Freed);
    assert.equal(a.p0, null);
    const b = t.heap.allocReusing(atomType, 7);
    assert.equal(b, a);
    assert.equal(b.refcnt, 1);
    assert.equal(b.type, atomType);
    assert.equal(b.gcFlags, 0);
    assert.equal(b.p0, 7);
    assert.equal(b.gcNext, null);
    assert.equal(b.gcPrev, null);
    assert.equal(t.heap.isTracked(b), false);
    assert.equal(t.heap.liveObjects, 1);
    t.drop(b);
  },
  reuse,
);

scenario(
  "objects that had an address, and weakrefable types, keep their headers",
  (t) => {
    const a = t.heap.alloc(boxType, []);
    t.heap.addressOf(a);
    t.drop(a);
    const target = t.heap.alloc(weakBoxType, []);
    const ref = newWeakref(t.heap, target, null);
    t.drop(target);
    assert.equal(ref.p0, null);
    const next = t.heap.allocReusing(atomType, 1);
    assert.notEqual(next, a);
    assert.notEqual(next, target);
    assert.ok(a.gcFlags & GcFlag.Freed && target.gcFlags & GcFlag.Freed);
    t.drop(next, ref);
  },
  reuse,
);

scenario(
  "types that do not opt in neither give nor take headers",
  (t) => {
    const x = t.heap.alloc(plainType, 1.5);
    t.drop(x);
    const y = t.heap.allocReusing(atomType, 1);
    assert.notEqual(y, x);
    t.drop(y);
    const z = t.heap.alloc(plainType, 2.5);
    assert.notEqual(z, y);
    t.drop(z);
  },
  reuse,
);

scenario("a heap does not reuse headers unless asked", (t) => {
  const a = t.heap.alloc(atomType, 1);
  t.drop(a);
  const b = t.heap.allocReusing(atomType, 2);
  assert.notEqual(b, a);
  assert.ok(a.gcFlags & GcFlag.Freed);
  t.drop(b);
});

scenario(
  "no reuse while an allocation observer watches",
  (t) => {
    t.heap.observer = { alloc: () => {}, free: () => {}, resize: () => {} };
    const a = t.heap.alloc(atomType, 1);
    t.drop(a);
    const b = t.heap.allocReusing(atomType, 2);
    assert.notEqual(b, a);
    t.drop(b);
    t.heap.observer = null;
  },
  reuse,
);
