/**
 * The cycle collector, phase by phase (CPython 3.11 gcmodule.c gc_collect_main). Each
 * expectation quotes the python3 (3.11.7) snippet it was checked with; the garbage is
 * built inside a function and dropped, after gc.disable(); gc.collect().
 */
import assert from "node:assert/strict";
import {
  DEBUG_COLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_STATS,
  DEBUG_UNCOLLECTABLE,
  GcFlag,
  type Heap,
  type HeapObject,
  newWeakref,
  ObjectType,
} from "../../src/engine/index.js";
import { GC_REFS_MAX } from "../../src/engine/object.js";
import { dictType, intType, listType, scenario, tupleType } from "./toys.js";

// def two(): a=C(); b=C(); a.o=b; b.o=a  ->  gc.collect() == 2
scenario("a two-object cycle is found and freed: collect() returns 2", (t) => {
  const a = t.instance("C");
  const b = t.instance("C");
  t.set(a, "o", b);
  t.set(b, "o", a);
  t.drop(a, b);
  assert.equal(a.refcnt, 1);
  assert.equal(t.heap.collect(), 2);
  assert.ok(a.gcFlags & GcFlag.Freed && b.gcFlags & GcFlag.Freed);
});

// def selfc(): a=C(); a.me=a -> 1
// def nested(): l=[]; l.append(l); l.append([1]); l.append([2]); l.append((3,[4])) -> 5
scenario("every tracked object reachable only from the trash counts", (t) => {
  const a = t.instance("C");
  t.set(a, "me", a);
  t.drop(a);
  assert.equal(t.heap.collect(), 1);
  const l = t.list();
  t.append(l, l);
  for (const inner of [t.list(t.int(1)), t.list(t.int(2))]) {
    t.append(l, inner);
    t.drop(inner);
  }
  const four = t.list(t.int(4));
  const tuple = t.container(tupleType, [t.int(3), four]);
  t.drop(four);
  t.append(l, tuple);
  t.drop(tuple, l);
  assert.equal(t.heap.collect(), 5);
});

// x=[]; in get_objects(0); gc.collect(0) -> in get_objects(1); gc.collect(1) -> get_objects(2)
// counts after collect(0), collect(1), collect(): (0, 1, 1) (0, 0, 2) (0, 0, 0)
scenario(
  "survivors are promoted; collect(g) merges younger generations and counts",
  (t) => {
    t.heap.collect(1); // leave generation 2's count at 1, as the python3 run did
    const x = t.list();
    assert.ok(t.heap.getObjects(0).includes(x));
    t.heap.collect(0);
    assert.ok(t.heap.getObjects(1).includes(x));
    assert.deepEqual(t.heap.getCount(), [0, 1, 1]);
    t.heap.collect(1);
    assert.ok(t.heap.getObjects(2).includes(x));
    assert.deepEqual(t.heap.getCount(), [0, 0, 2]);
    t.heap.collect();
    assert.deepEqual(t.heap.getCount(), [0, 0, 0]);
    t.drop(x);
  },
  { noStress: true },
);

// Reference check 08: a and b (with __del__) in a cycle; an external weakref to a with a
// callback and an inner weakref (a.inner -> b) with a callback. gc.collect() == 4 (a, b,
// the inner weakref, its callback); the external callback runs first, then __del__ a,
// __del__ b, both seeing the weakref to a dead; the inner callback never runs.
scenario("weakref callbacks run before finalizers, and only outside the trash", (t) => {
  const log: string[] = [];
  let ra = null as ReturnType<typeof t.list> | null;
  const mk = (name: string) =>
    t.instance("D", {
      del: true,
      onDel: () => log.push(`__del__ ${name} (weakref to a alive? ${ra!.p0 !== null})`),
    });
  const a = mk("a");
  const b = mk("b");
  t.set(a, "o", b);
  t.set(b, "o", a);
  const outerCb = t.fn(() => log.push("external weakref callback for a"));
  ra = newWeakref(t.heap, a, outerCb);
  const innerCb = t.fn(() => log.push("INNER weakref callback (should not run)"));
  const inner = newWeakref(t.heap, b, innerCb);
  t.set(a, "inner", inner);
  t.drop(outerCb, innerCb, inner, a, b);
  assert.equal(t.heap.collect(), 4);
  assert.deepEqual(log, [
    "external weakref callback for a",
    "__del__ a (weakref to a alive? false)",
    "__del__ b (weakref to a alive? false)",
  ]);
  t.drop(ra);
});

// Reference check 26 / §5.5: a self-cycle held as a WeakValueDictionary value: the KeyedRef
// dies through its own callback (the dict entry is removed), so gc.collect() == 2.
scenario("weakrefs freed by their own callback count towards collect()", (t) => {
  const holder = t.list();
  const obj = t.instance("C");
  t.set(obj, "me", obj);
  const cb = t.fn((ref) => {
    const items = holder.p0 as (typeof ref)[];
    items.splice(items.indexOf(ref), 1);
    t.heap.decref(ref);
  });
  const keyed = newWeakref(t.heap, obj, cb);
  t.append(holder, keyed);
  t.drop(keyed, cb, obj);
  assert.equal(t.heap.collect(), 2);
  t.drop(holder);
});

// Reference check 08, resurrection: a.__del__ saves self. gc.collect() == 0, both __del__
// ran, is_finalized True for both; saved.clear(); gc.collect() == 2 with no second __del__.
scenario(
  "resurrection in a cycle: survivors move on, finalizers never run twice",
  (t) => {
    const saved = t.list();
    const log: string[] = [];
    const mk = (name: string) =>
      t.instance("R", {
        del: true,
        onDel: (self) => {
          log.push(`__del__ ${name}`);
          if (name === "a") t.append(saved, self);
        },
      });
    const a = mk("a");
    const b = mk("b");
    t.set(a, "o", b);
    t.set(b, "o", a);
    t.drop(a, b);
    assert.equal(t.heap.collect(0), 0);
    assert.deepEqual(log, ["__del__ a", "__del__ b"]);
    assert.equal(t.heap.isFinalized(a) && t.heap.isFinalized(b), true);
    // A resurrected object goes to generation g+1 (reference check 26).
    assert.ok(t.heap.getObjects(1).includes(a));
    const items = saved.p0 as (typeof a)[];
    items.length = 0;
    t.drop(a);
    assert.equal(t.heap.collect(), 2);
    assert.deepEqual(log, ["__del__ a", "__del__ b"]);
    t.drop(saved);
  },
  { noStress: true },
); // checks generation placement, which stress collections change

// Reference check 09: Legacy (tp_del) <-> Plain, Plain.extra = [Plain c]: collect() == 4,
// gc.garbage == [Legacy], stats gen2 uncollectable 4, DEBUG_UNCOLLECTABLE lines in list order:
// <Legacy> <Plain> <list> <Plain>
scenario(
  "legacy tp_del objects and all they reach are uncollectable",
  (t) => {
    const a = t.instance("Legacy", {
      legacy: true,
      onDel: () => assert.fail("tp_del must not run"),
    });
    const b = t.instance("Plain");
    t.set(a, "o", b);
    t.set(b, "o", a);
    const c = t.instance("Plain");
    const extra = t.list(c);
    t.set(b, "extra", extra);
    t.drop(extra, a, b, c);
    t.heap.debug = DEBUG_UNCOLLECTABLE;
    assert.equal(t.heap.collect(), 4);
    t.heap.debug = 0;
    assert.deepEqual(
      t.heap.garbage.map((o) => o.type.name),
      ["Legacy"],
    );
    assert.deepEqual(t.heap.getStats()[2], { collections: 1, collected: 0, uncollectable: 4 });
    assert.deepEqual(
      t.stderr.map((line) => line.replace(/0x[0-9a-f]+/, "ADDR")),
      [
        "gc: uncollectable <Legacy ADDR>\n",
        "gc: uncollectable <Plain ADDR>\n",
        "gc: uncollectable <list ADDR>\n",
        "gc: uncollectable <Plain ADDR>\n",
      ],
    );
    // They stay alive (in gc.garbage); break the cycle so the heap can be verified empty-handed.
    t.del(b, "o");
    for (const obj of t.heap.garbage.splice(0)) t.drop(obj);
  },
  { noStress: true },
);

// gc.set_debug(gc.DEBUG_SAVEALL); l=[]; l.append(l); d={}; d['d']=d -> collect() == 2,
// gc.garbage == [list, dict], and they are not cleared.
scenario(
  "DEBUG_SAVEALL keeps the trash, uncleared, in gc.garbage",
  (t) => {
    const l = t.list();
    t.append(l, l);
    const d = t.container(dictType, []);
    (d.p0 as (typeof d)[]).push(d);
    d.refcnt++;
    t.drop(l, d);
    t.heap.debug = DEBUG_SAVEALL;
    assert.equal(t.heap.collect(), 2);
    t.heap.debug = 0;
    assert.deepEqual(
      t.heap.garbage.map((o) => o.type.name),
      ["list", "dict"],
    );
    assert.equal((l.p0 as unknown[]).length, 1);
    (l.p0 as unknown[]).length = 0;
    l.refcnt--;
    (d.p0 as unknown[]).length = 0;
    d.refcnt--;
    for (const obj of t.heap.garbage.splice(0)) t.drop(obj);
  },
  { noStress: true },
);

// Reference check 14: the exact DEBUG_STATS / DEBUG_COLLECTABLE text.
scenario(
  "debug output is CPython's text",
  (t) => {
    const l = t.list();
    t.append(l, l);
    const keep = t.list();
    t.drop(l);
    t.heap.debug = DEBUG_STATS | DEBUG_COLLECTABLE;
    t.heap.collect(0);
    t.heap.debug = 0;
    const text = t.stderr
      .join("")
      .replace(/0x[0-9a-f]+/g, "ADDR")
      .replace(/\d+\.\d{4}s/, "T.TTTTs");
    assert.equal(
      text,
      "gc: collecting generation 0...\n" +
        "gc: objects in each generation: 2 0 0\n" +
        "gc: objects in permanent generation: 0\n" +
        "gc: collectable <list ADDR>\n" +
        "gc: done, 1 unreachable, 0 uncollectable, T.TTTTs elapsed\n",
    );
    t.drop(keep);
  },
  { noStress: true },
);

// python3: t=tuple([1,2,3]) is tracked; after any gc.collect(0) it is not. A dict {'a':[]}
// stays tracked after del of the list through gen0 and gen1 collections and is untracked by
// the full one (reference check 01: after del list True / after gen0 True / after gen1 True
// / after full False).
scenario(
  "untrack hooks: atomic tuples leave at any collection, dicts only at full ones",
  (t) => {
    const tup = t.container(tupleType, [t.int(1), t.int(2), t.int(3)]);
    const nested = t.container(tupleType, [tup]);
    assert.equal(t.heap.isTracked(tup), true);
    t.heap.collect(0);
    assert.equal(t.heap.isTracked(tup), false);
    assert.equal(t.heap.isTracked(nested), false); // inner tuples sit earlier in the list
    const inner = t.list();
    const d = t.container(dictType, [inner]);
    (d.p0 as unknown[]).length = 0;
    t.drop(inner, inner);
    const states = [t.heap.isTracked(d)];
    t.heap.collect(0);
    states.push(t.heap.isTracked(d));
    t.heap.collect(1);
    states.push(t.heap.isTracked(d));
    t.heap.collect(2);
    states.push(t.heap.isTracked(d));
    assert.deepEqual(states, [true, true, true, false]);
    t.drop(tup, nested, d);
  },
  { noStress: true },
);

// Reference check 27: gc.collect() from a __del__ during a collection returns 0.
scenario("collection is never re-entrant", (t) => {
  let inner = -1;
  const a = t.instance("C", { del: true, onDel: () => (inner = t.heap.collect()) });
  t.set(a, "me", a);
  t.drop(a);
  assert.equal(t.heap.collect(), 1);
  assert.equal(inner, 0);
});

scenario("finalizers run in list order, before any tp_clear", (t) => {
  const log: string[] = [];
  const mk = (name: string) =>
    t.instance("D", {
      del: true,
      onDel: (self) => log.push(`__del__ ${name} peer=${t.get(t.get(self, "o")!, "o") === self}`),
    });
  const a = mk("a");
  const b = mk("b");
  t.set(a, "o", b);
  t.set(b, "o", a);
  t.drop(a, b);
  assert.equal(t.heap.collect(), 2);
  assert.deepEqual(log, ["__del__ a peer=true", "__del__ b peer=true"]);
});

scenario(
  "objects referenced from outside the generation survive a young collection",
  (t) => {
    const old = t.list();
    t.heap.collect(); // `old` is now in generation 2
    const young = t.list(old);
    t.append(old, young); // a cycle through an older generation
    t.drop(young);
    assert.equal(t.heap.collect(0), 0); // referenced from gen 2: reachable from outside
    assert.equal(t.heap.isTracked(young), true);
    t.drop(old);
    assert.equal(t.heap.collect(), 2);
  },
  { noStress: true },
);

scenario("a reference cycle through a non-GC object's owner is still found", (t) => {
  const n = t.int(7);
  const l = t.list(n, n);
  t.append(l, l);
  t.drop(n, l);
  assert.equal(t.heap.collect(), 1);
  assert.ok(n.gcFlags & GcFlag.Freed);
  assert.equal(n.type, intType);
});

// def f(): l=[]; [l.append(D(i)) for i in range(3)]; l.append(l)  ->  gc.collect() prints
// __del__ 0, 1, 2: the D objects are trash too, finalized in list (creation) order.
scenario("trash reachable only from a cycle is finalized in list order", (t) => {
  const l = t.container(listType, []);
  for (const name of ["0", "1", "2"]) {
    const x = t.named(name);
    t.append(l, x);
    t.drop(x);
  }
  t.append(l, l);
  t.drop(l);
  t.heap.collect();
  assert.deepEqual(t.log, ["__del__ 0", "__del__ 1", "__del__ 2"]);
});

// Not a python3 check: gc_refs lives in the bits of gcFlags above the flags; counts that do
// not fit (more than GC_REFS_MAX references to one object) overflow to a side table.
const fanType = new ObjectType({
  name: "fan",
  gc: true,
  traverse(obj, visit) {
    for (let i = 0; i < obj.p1; i++) visit(obj.p0);
  },
  clear: (obj, heap) => releaseFan(obj, heap),
  dealloc(obj, heap) {
    releaseFan(obj, heap);
    return undefined;
  },
});
/** Drop the `p1` references a fan holds to `p0`. */
function releaseFan(obj: HeapObject, heap: Heap): void {
  const child = obj.p0 as HeapObject | null;
  obj.p0 = null;
  if (child === null) return;
  child.refcnt -= obj.p1 - 1;
  heap.decref(child);
}
scenario(
  "gc_refs above GC_REFS_MAX: counted exactly in both directions",
  (t) => {
    const many = GC_REFS_MAX + 3;
    // A list referenced `many` times from inside the set (one fan reference stands for
    // `many`), in a cycle with the fan: trash.
    const l = t.list();
    const fan = t.heap.alloc(fanType, l, many);
    t.heap.track(fan);
    l.refcnt = many;
    t.append(l, fan);
    t.drop(fan);
    // The same with one reference from outside: reachable.
    const kept = t.list();
    const fan2 = t.heap.alloc(fanType, kept, many);
    t.heap.track(fan2);
    kept.refcnt = many + 1;
    t.append(kept, fan2);
    t.drop(fan2);
    // And an object referenced `many` times from outside only.
    const popular = t.list();
    popular.refcnt += many;
    assert.equal(t.heap.collect(), 2);
    assert.ok(l.gcFlags & GcFlag.Freed && fan.gcFlags & GcFlag.Freed);
    assert.equal(kept.gcFlags, 0);
    assert.equal(popular.gcFlags, 0);
    assert.equal(kept.gcRefs, 0);
    popular.refcnt -= many;
    t.drop(popular);
    t.drop(kept);
    assert.equal(t.heap.collect(), 2);
  },
  { noStress: true },
);
