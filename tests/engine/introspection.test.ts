/**
 * The gc module's introspection API on the engine (CPython gcmodule.c gc_*_impl), and the
 * heap verifier itself.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { Heap, InternalError, verifyHeap } from "../../src/engine/index.js";
import { dictType, listType, scenario, Toys, tupleType } from "./toys.js";

const noStress = { noStress: true };

scenario(
  "stats count collections, collected and uncollectable per generation",
  (t) => {
    const l = t.list();
    t.append(l, l);
    t.drop(l);
    t.heap.collect(0);
    t.heap.collect();
    assert.deepEqual(t.heap.getStats(), [
      { collections: 1, collected: 1, uncollectable: 0 },
      { collections: 0, collected: 0, uncollectable: 0 },
      { collections: 1, collected: 0, uncollectable: 0 },
    ]);
  },
  noStress,
);

// gc.callbacks: cb("start", {generation, collected: 0, uncollectable: 0}) then
// cb("stop", {generation, collected: m, uncollectable: n}) (reference check 16).
scenario(
  "collection callbacks see start and stop with the results",
  (t) => {
    const seen: string[] = [];
    (t.heap.hooks as { onCollect: unknown }).onCollect = (
      phase: string,
      g: number,
      c: number,
      u: number,
    ) => seen.push(`${phase} ${g} ${c} ${u}`);
    const l = t.list();
    t.append(l, l);
    t.drop(l);
    t.heap.collect(1);
    assert.deepEqual(seen, ["start 1 0 0", "stop 1 1 0"]);
  },
  noStress,
);

// gc.collect(); gc.freeze() -> get_objects() empty; get_freeze_count() > 0;
// gc.unfreeze() -> the objects are back, in generation 2.
scenario(
  "freeze moves everything to the permanent generation; unfreeze to gen 2",
  (t) => {
    const a = t.list();
    const b = t.list();
    t.heap.collect(0);
    t.heap.freeze();
    assert.deepEqual(t.heap.getObjects(), []);
    assert.equal(t.heap.getFreezeCount(), 2);
    assert.equal(t.heap.getCount()[0], 0);
    const c = t.list(a);
    t.drop(a);
    assert.equal(t.heap.collect(), 0); // frozen objects are never collected or examined
    t.heap.unfreeze();
    assert.deepEqual(t.heap.getObjects(2), [c, a, b]); // merged at gen 2's tail
    assert.equal(t.heap.getFreezeCount(), 0);
    t.drop(b, c);
  },
  noStress,
);

// gc.get_referents([1,'a',(2,),{'k':[]}]) -> [{'k': []}, (2,), 'a', 1] (a list walks from
// its end); get_referrers searches tracked objects only: an untracked tuple is invisible.
scenario(
  "referents in traverse order, referrers among tracked objects",
  (t) => {
    const one = t.int(1);
    const a = t.int(2);
    const tup = t.container(tupleType, [a]);
    const inner = t.list();
    const d = t.container(dictType, [inner]);
    const l = t.list(one, a, tup, d);
    assert.deepEqual(t.heap.getReferents([l]), [d, tup, a, one]);
    t.heap.untrack(tup);
    assert.deepEqual(t.heap.getReferrers([a]), [l]);
    assert.equal(t.heap.isTracked(one), false);
    assert.equal(t.heap.isTracked(l), true);
    t.drop(one, a, tup, d, l, inner);
  },
  noStress,
);

test("the verifier catches a missing incref", () => {
  const t = new Toys({ stress: false });
  const child = t.list();
  const parent = t.heap.alloc(listType, [child, child]); // two references, one incref
  t.heap.track(parent);
  assert.throws(
    () => verifyHeap(t.heap),
    (e: unknown) => e instanceof InternalError && /refcount 1 but 2/.test(e.message),
  );
});

test("the verifier catches a freed object that is still reachable", () => {
  const t = new Toys({ stress: false });
  const child = t.list();
  const parent = t.list(child);
  t.drop(child);
  t.heap.decref(child); // one decref too many: freed while parent holds it
  assert.throws(() => verifyHeap(t.heap), /freed list is reachable from list/);
  void parent;
});

test("validate_list checks run between phases when debugChecks is on", () => {
  const heap = new Heap({ debugChecks: true });
  const l = heap.alloc(listType, []);
  heap.track(l);
  l.gcFlags |= 2; // a stray Collecting flag outside a collection
  assert.throws(() => heap.collect(), /flags/);
});

// GcObserver (pygc --gc-report / --gc-trace): told of every collection with what it
// examined, and sampled every `sampleInterval` allocations; trackedCount is exact.
scenario(
  "a GcObserver sees each collection and periodic samples; trackedCount follows tracking",
  (t) => {
    const events: string[] = [];
    let samples = 0;
    t.heap.observeCollections({
      sampleInterval: 4,
      collectionStart: (g) => events.push(`start ${g} tracked ${t.heap.trackedCount}`),
      collectionEnd: (g, r) =>
        events.push(`end ${g} examined ${r.examined} collected ${r.collected}`),
      sample: () => {
        samples++;
      },
    });
    const base = t.heap.trackedCount;
    const a = t.list();
    const b = t.list();
    t.append(a, b);
    t.append(b, a);
    t.drop(a);
    t.drop(b);
    const keep = t.list();
    assert.equal(t.heap.trackedCount, base + 3);
    t.heap.collect(0);
    assert.equal(t.heap.trackedCount, base + 1);
    assert.deepEqual(events, [
      `start 0 tracked ${base + 3}`,
      `end 0 examined ${base + 3} collected 2`,
    ]);
    for (let i = 0; i < 8; i++) t.drop(t.list());
    assert.ok(samples >= 2, `samples: ${samples}`);
    t.heap.observeCollections(null);
    t.heap.untrack(keep);
    assert.equal(t.heap.trackedCount, base);
    t.heap.track(keep);
    t.drop(keep);
    assert.equal(t.heap.trackedCount, base);
  },
  noStress,
);
