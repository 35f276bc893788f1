/**
 * Weak references on the refcount path (CPython weakrefobject.c). Expectations from python3.
 */
import assert from "node:assert/strict";
import {
  newProxy,
  newWeakref,
  referentOf,
  weakrefCount,
  weakrefsOf,
} from "../../src/engine/index.js";
import { scenario } from "./toys.js";

// o=W(); r=ref(o); p=proxy(o); r3=ref(o, cb); r4=ref(o, cb) -> getweakrefs(o) order
// ['ref', 'proxy', 'r4', 'r3'], getweakrefcount 4; ref(o) is r -> True.
// o2: c1=ref(o2, cb); b=ref(o2); c2=ref(o2, cb); pp=proxy(o2) -> ['basic', 'proxy', 'c2', 'c1']
scenario("weakref list order and basic-ref reuse", (t) => {
  const cb = t.fn(() => {});
  const o = t.instance("W");
  const r = newWeakref(t.heap, o);
  const p = newProxy(t.heap, o);
  const r3 = newWeakref(t.heap, o, cb);
  const r4 = newWeakref(t.heap, o, cb);
  const names = new Map([
    [r, "ref"],
    [p, "proxy"],
    [r3, "r3"],
    [r4, "r4"],
  ]);
  assert.deepEqual(
    weakrefsOf(o).map((w) => names.get(w)),
    ["ref", "proxy", "r4", "r3"],
  );
  assert.equal(weakrefCount(o), 4);
  const again = newWeakref(t.heap, o);
  assert.equal(again, r);
  assert.equal(newProxy(t.heap, o), p);
  const o2 = t.instance("W");
  const c1 = newWeakref(t.heap, o2, cb);
  const b = newWeakref(t.heap, o2);
  const c2 = newWeakref(t.heap, o2, cb);
  const pp = newProxy(t.heap, o2);
  const names2 = new Map([
    [c1, "c1"],
    [b, "basic"],
    [c2, "c2"],
    [pp, "proxy"],
  ]);
  assert.deepEqual(
    weakrefsOf(o2).map((w) => names2.get(w)),
    ["basic", "proxy", "c2", "c1"],
  );
  t.drop(o, o2);
  for (const w of [r, p, r3, r4, again, c1, b, c2, pp]) assert.equal(referentOf(w), null);
  t.drop(
    r,
    p,
    r3,
    r4,
    again,
    p /* the reused basic proxy, returned a second time */,
    c1,
    b,
    c2,
    pp,
    cb,
  );
});

// refs=[ref(o2, lambda x, i=i: log.append(i)) for i in range(4)]; del o2 -> [3, 2, 1, 0]
scenario("callbacks run newest first, after every ref is cleared", (t) => {
  const log: string[] = [];
  const o = t.instance("W");
  const refs = [0, 1, 2, 3].map((i) => {
    const cb = t.fn(() => log.push(`${i}: ${refs.every((r) => referentOf(r) === null)}`));
    const wr = newWeakref(t.heap, o, cb);
    t.drop(cb);
    return wr;
  });
  t.drop(o);
  assert.deepEqual(log, ["3: true", "2: true", "1: true", "0: true"]);
  t.drop(...refs);
});

// weakref.ref(C(9))() -> None: a ref to a temporary is dead at once.
scenario("a weakref to a temporary is dead at once; a dead weakref leaves the list", (t) => {
  const tmp = t.instance("C");
  const wr = newWeakref(t.heap, tmp);
  t.drop(tmp);
  assert.equal(referentOf(wr), null);
  t.drop(wr);
  const o = t.instance("C");
  const w2 = newWeakref(t.heap, o);
  t.drop(w2); // the weakref dies first: it leaves o's list
  assert.equal(weakrefCount(o), 0);
  t.drop(o);
});

// python3: a callback that raises prints "Exception ignored in: <function cb ...>" and the
// program goes on (reference check 05).
scenario("a callback error is reported as unraisable, never thrown into the freeing code", (t) => {
  const o = t.instance("C");
  const cb = t.fn(() => {
    throw new Error("boom");
  });
  const wr = newWeakref(t.heap, o, cb);
  t.drop(cb);
  assert.doesNotThrow(() => t.drop(o));
  assert.deepEqual(t.stderr, ["Exception ignored in: function: boom"]);
  t.drop(wr);
});

// python3: weakref.ref([]) -> TypeError: cannot create weak reference to 'list' object
scenario("objects whose type is not weakrefable refuse weakrefs", (t) => {
  const l = t.list();
  assert.throws(() => newWeakref(t.heap, l), /cannot create weak reference to 'list' object/);
  t.drop(l);
});

// python3: a finalizer that errors prints "Exception ignored in: <function C.__del__ ...>";
// deallocation completes.
scenario("a finalizer error is reported and deallocation goes on", (t) => {
  const attr = t.named("attr");
  const c = t.instance("C", {
    del: true,
    onDel: () => {
      throw new Error("boom in __del__");
    },
  });
  t.set(c, "a", attr);
  t.drop(attr, c);
  assert.deepEqual(t.stderr, ["Exception ignored in: C: boom in __del__"]);
  assert.deepEqual(t.log, ["__del__ attr"]);
});
