/**
 * Reference counting and deallocation (CPython object.c _Py_Dealloc, typeobject.c
 * subtype_dealloc, the trashcan). Python snippets checked with python3 (3.11.7) are quoted
 * beside each expectation.
 */
import assert from "node:assert/strict";
import { GcFlag, newWeakref } from "../../src/engine/index.js";
import { dictType, listType, STRESS, scenario, tupleType } from "./toys.js";

scenario("alloc gives refcount 1, untracked until track()", (t) => {
  const obj = t.heap.alloc(listType, []);
  assert.equal(obj.refcnt, 1);
  assert.equal(t.heap.isTracked(obj), false);
  t.heap.track(obj);
  assert.equal(t.heap.isTracked(obj), true);
  assert.deepEqual(t.heap.getObjects(0).includes(obj), true);
  t.drop(obj);
  assert.ok(obj.gcFlags & GcFlag.Freed);
  assert.equal(t.heap.getObjects().includes(obj), false);
});

scenario("decref to zero frees the object and releases its children", (t) => {
  const child = t.named("child");
  const parent = t.list(child);
  t.drop(child);
  assert.deepEqual(t.log, []);
  t.drop(parent);
  assert.deepEqual(t.log, ["__del__ child"]);
});

// python3: class D: def __init__(s,n): s.n=n; def __del__(s): print(s.n)
//   L=[D(0),D(1),D(2)]; del L  -> 2 1 0 ;  t=(D(0),D(1),D(2)); del t -> 2 1 0
//   d={0:D(0),1:D(1),2:D(2)}; del d -> 0 1 2 ; attributes o.a,o.b,o.c -> a b c
scenario("release order: list and tuple last to first, dict and attributes first to last", (t) => {
  const order = (make: (items: ReturnType<typeof t.named>[]) => ReturnType<typeof t.named>) => {
    t.log.length = 0;
    const items = [0, 1, 2].map((i) => t.named(String(i)));
    const container = make(items);
    t.drop(...items);
    t.drop(container);
    return t.log.map((line) => line.slice(-1)).join("");
  };
  assert.equal(
    order((items) => t.container(listType, items)),
    "210",
  );
  assert.equal(
    order((items) => t.container(tupleType, items)),
    "210",
  );
  assert.equal(
    order((items) => t.container(dictType, items)),
    "012",
  );
  assert.equal(
    order((items) => {
      const o = t.instance("Holder");
      for (const [i, item] of items.entries()) t.set(o, "abc"[i]!, item);
      return o;
    }),
    "012",
  );
});

// python3 (reference check 04): __del__ (weakref alive? True, attr present? True),
// then the weakref callback with ref() -> None, then the attribute value is freed.
scenario("refcount death: __del__, then weakref callbacks, then attributes", (t) => {
  const c = t.instance("C", {
    del: true,
    onDel: (self) =>
      t.log.push(
        `__del__ weakref alive? ${wr.p0 === self} attr present? ${t.get(self, "attr") !== undefined}`,
      ),
  });
  const attr = t.named("attr value");
  t.set(c, "attr", attr);
  t.drop(attr);
  const cb = t.fn((ref) => t.log.push(`callback ref() -> ${ref.p0 === null ? "None" : "alive"}`));
  const wr = newWeakref(t.heap, c, cb);
  t.drop(cb);
  t.drop(c);
  assert.deepEqual(t.log, [
    "__del__ weakref alive? true attr present? true",
    "callback ref() -> None",
    "__del__ attr value",
  ]);
  t.drop(wr);
});

// python3: class R: def __del__(s): saved.append(s)   r=R(); del r -> resurrected;
//   gc.is_finalized(saved[0]) -> True; saved.clear() -> freed, no second __del__.
scenario("a finalizer runs once; resurrection stops deallocation", (t) => {
  const saved = t.list();
  let calls = 0;
  const r = t.instance("R", {
    del: true,
    onDel: (self) => {
      calls++;
      t.append(saved, self);
    },
  });
  t.drop(r);
  assert.equal(calls, 1);
  assert.equal(r.refcnt, 1);
  assert.equal(t.heap.isTracked(r), true);
  assert.equal(t.heap.isFinalized(r), true);
  // Drop it again: no second __del__.
  (saved.p0 as unknown[]).length = 0;
  t.drop(r);
  assert.equal(calls, 1);
  assert.ok(r.gcFlags & GcFlag.Freed);
  t.drop(saved);
});

// python3 (reference check 06): a 200-node __slots__ chain (slots next, tag), each tag a
// Probe with __del__, dropped at once. __del__ runs compressed into runs:
const TRASHCAN_RUNS =
  "[['N', 0, 49], ['P', 48, 0], ['P', 49, 49], ['N', 50, 98], ['P', 97, 50], ['P', 98, 98], " +
  "['N', 99, 147], ['P', 146, 99], ['P', 147, 147], ['N', 148, 196], ['P', 195, 148], " +
  "['P', 196, 196], ['N', 197, 199], ['P', 199, 197]]";
scenario("the trashcan defers deep deallocation in CPython's LIFO batches", (t) => {
  const events: [string, number][] = [];
  let head = null as ReturnType<typeof t.named> | null;
  for (let i = 199; i >= 0; i--) {
    const n = t.instance("Node", {
      del: true,
      onDel: (self) => events.push(["N", t.get(self, "tag")!.p1 as number]),
    });
    if (head !== null) {
      t.set(n, "next", head);
      t.drop(head);
    }
    const probe = t.instance("Probe", {
      del: true,
      onDel: (self) => events.push(["P", self.p1 as number]),
    });
    probe.p1 = i;
    t.set(n, "tag", probe);
    t.drop(probe);
    head = n;
  }
  t.drop(head!);
  const runs: [string, number, number][] = [];
  for (const [kind, i] of events) {
    const last = runs[runs.length - 1];
    if (last && last[0] === kind && last[2] + (kind === "N" ? 1 : -1) === i) last[2] = i;
    else runs.push([kind, i, i]);
  }
  const printed = `[${runs.map(([k, a, b]) => `['${k}', ${a}, ${b}]`).join(", ")}]`;
  assert.equal(printed, TRASHCAN_RUNS);
});

// python3: L=[] ; for _ in range(10**6): L=[L] ; del L  (also tuples, dicts) -> no crash
scenario(
  "a 1,000,000-deep chain of containers deallocates without overflowing the stack",
  (t) => {
    for (const type of [listType, tupleType, dictType]) {
      let chain = t.container(type, []);
      for (let i = 0; i < 1_000_000; i++) {
        const next = t.container(type, [chain]);
        t.drop(chain);
        chain = next;
      }
      const before = t.heap.deallocations;
      t.drop(chain);
      assert.equal(t.heap.deallocations - before, 1_000_001);
    }
  },
  // A million full collections would take hours, and validating generation 2 between the
  // phases of every collection while it grows is quadratic: neither checks this rule.
  { noStress: true, debugChecks: false },
);

scenario("freeing an object twice is an internal error, not silent corruption", (t) => {
  const obj = t.list();
  t.drop(obj);
  assert.throws(() => t.heap.dealloc(obj), /freed twice/);
});

if (STRESS) {
  scenario("stress mode collects at every GC allocation", (t) => {
    const before = t.heap.getStats()[2]!.collections;
    t.drop(t.list(), t.list());
    assert.equal(t.heap.getStats()[2]!.collections - before, 2);
  });
}
