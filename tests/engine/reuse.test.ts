/**
 * Header reuse (HeapOptions.reuseHeaders): a freed object's HeapObject becomes the next
 * allocation's, and nothing of its old life (flags, address, weakrefs, tracking, payload)
 * comes with it.
 */
import assert from "node:assert/strict";
import { GcFlag, newWeakref, ObjectType } from "../../src/engine/index.js";
import { functionType, intType, listType, scenario } from "./toys.js";

const noReuseType = new ObjectType({ name: "double", reuseHeaders: false });

scenario(
  "a freed header is the next allocation's, made new",
  (t) => {
    const a = t.heap.alloc(listType, []);
    t.heap.track(a);
    const id = t.heap.addressOf(a);
    t.drop(a);
    assert.ok(a.gcFlags & GcFlag.Freed);
    assert.equal(a.p0, null);
    const items: never[] = [];
    const b = t.heap.alloc(listType, items);
    assert.equal(b, a);
    assert.equal(b.refcnt, 1);
    assert.equal(b.gcFlags, 0);
    assert.equal(b.p0, items);
    assert.equal(b.gcNext, null);
    assert.equal(b.gcPrev, null);
    assert.equal(t.heap.isTracked(b), false);
    // The address went back to the free addresses (b has none until asked): the same
    // size class hands it out again, as CPython's allocator does.
    assert.equal(t.heap.addressOf(b), id);
    assert.equal(t.heap.liveObjects, 1);
    t.drop(b);
  },
  { reuseHeaders: true },
);

scenario(
  "weakrefs die with the object, not with its header",
  (t) => {
    const target = t.heap.alloc(functionType);
    t.heap.track(target);
    const ref = newWeakref(t.heap, target, null);
    t.drop(target);
    const next = t.heap.alloc(intType, 1);
    assert.equal(next, target);
    assert.equal(next.weakrefs, null);
    assert.equal(ref.p0, null);
    t.drop(next, ref);
  },
  { reuseHeaders: true },
);

scenario(
  "types that opt out neither give nor take headers",
  (t) => {
    const x = t.heap.alloc(noReuseType, 1.5);
    t.drop(x);
    const y = t.heap.alloc(intType, 1);
    assert.notEqual(y, x);
    t.drop(y);
    const z = t.heap.alloc(noReuseType, 2.5);
    assert.notEqual(z, y);
    t.drop(z);
  },
  { reuseHeaders: true },
);

scenario("a heap does not reuse headers unless asked", (t) => {
  const a = t.heap.alloc(intType, 1);
  t.drop(a);
  const b = t.heap.alloc(intType, 2);
  assert.notEqual(b, a);
  assert.ok(a.gcFlags & GcFlag.Freed);
  t.drop(b);
});
