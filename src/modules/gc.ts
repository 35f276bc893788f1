/** The `gc` module (CPython Modules/gcmodule.c) over the engine's collector. */
import type { HeapObject } from "../engine/index.js";
import { NUM_GENERATIONS } from "../engine/index.js";
import { asIndex } from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { newBool, newDict, newInt, newList, newStr, newTuple, none } from "../runtime/objects.js";
import { T } from "../runtime/types.js";
import { declareModule } from "./registry.js";
import { defineFunction, defineValue, exactly, splitKw, tupleArgs } from "./support.js";

export const gcState = { callbacks: null as HeapObject | null, garbage: null as HeapObject | null };

function intTuple(values: number[]): HeapObject {
  return newTuple(values.map(newInt));
}

declareModule("gc", (m) => {
  const callbacks = newList([]);
  const garbage = newList([]);
  gcState.callbacks = callbacks;
  gcState.garbage = garbage;
  defineValue(m, "callbacks", callbacks);
  defineValue(m, "garbage", garbage);
  decref(callbacks);
  decref(garbage);
  for (const [name, v] of [
    ["DEBUG_STATS", 1],
    ["DEBUG_COLLECTABLE", 2],
    ["DEBUG_UNCOLLECTABLE", 4],
    ["DEBUG_SAVEALL", 32],
    ["DEBUG_LEAK", 38],
  ] as const) {
    const o = newInt(v);
    defineValue(m, name, o);
    decref(o);
  }
  defineFunction(m, "collect", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const g = pos[0] ?? kw.get("generation");
    const gen = g === undefined ? 2 : asIndex(g);
    if (gen < 0 || gen >= NUM_GENERATIONS) raise(T.ValueError, "invalid generation");
    return newInt(heap.collect(gen));
  });
  defineFunction(m, "enable", (args, kw) => {
    exactly("enable", args, 0, kw);
    heap.enabled = true;
    return none();
  });
  defineFunction(m, "disable", (args, kw) => {
    exactly("disable", args, 0, kw);
    heap.enabled = false;
    return none();
  });
  defineFunction(m, "isenabled", (args, kw) => {
    exactly("isenabled", args, 0, kw);
    return newBool(heap.enabled);
  });
  defineFunction(m, "get_count", (args, kw) => {
    exactly("get_count", args, 0, kw);
    return intTuple(heap.getCount());
  });
  defineFunction(m, "get_threshold", (args, kw) => {
    exactly("get_threshold", args, 0, kw);
    return intTuple(heap.getThreshold());
  });
  defineFunction(m, "set_threshold", (args, kw) => {
    tupleArgs("set_threshold", args, 1, 3, kw); // PyArg_ParseTuple "i|ii:set_threshold"
    heap.setThreshold(...args.map(asIndex));
    return none();
  });
  defineFunction(m, "get_stats", (args, kw) => {
    exactly("get_stats", args, 0, kw);
    return newList(
      heap.getStats().map((s) => {
        const d = newDict();
        for (const [k, v] of Object.entries(s)) {
          const key = newStr(k);
          const val = newInt(v);
          (d.p0 as DictStore).set(key, val);
          decref(key);
          decref(val);
        }
        return d;
      }),
    );
  });
  defineFunction(m, "get_objects", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const g = pos[0] ?? kw.get("generation");
    let gen: number | undefined;
    if (g !== undefined && g.type.owner !== T.NoneType) {
      gen = asIndex(g);
      if (gen >= NUM_GENERATIONS)
        raise(
          T.ValueError,
          "generation parameter must be less than the number of available generations (3)",
        );
      if (gen === -1) gen = undefined;
      else if (gen < 0) raise(T.ValueError, "generation parameter cannot be negative");
    }
    const objs = heap.getObjects(gen);
    for (const o of objs) incref(o);
    return newList(objs);
  });
  defineFunction(m, "get_referrers", (args) => {
    const objs = heap.getReferrers(args).filter((o) => !args.includes(o));
    for (const o of objs) incref(o);
    return newList(objs);
  });
  defineFunction(m, "get_referents", (args) => {
    const objs = heap.getReferents(args);
    for (const o of objs) incref(o);
    return newList(objs);
  });
  defineFunction(m, "is_tracked", (args, kw) => {
    exactly("is_tracked", args, 1, kw);
    return newBool(heap.isTracked(args[0]!));
  });
  defineFunction(m, "is_finalized", (args, kw) => {
    exactly("is_finalized", args, 1, kw);
    return newBool(heap.isFinalized(args[0]!));
  });
  defineFunction(m, "freeze", (args, kw) => {
    exactly("freeze", args, 0, kw);
    heap.freeze();
    return none();
  });
  defineFunction(m, "unfreeze", (args, kw) => {
    exactly("unfreeze", args, 0, kw);
    heap.unfreeze();
    return none();
  });
  defineFunction(m, "get_freeze_count", (args, kw) => {
    exactly("get_freeze_count", args, 0, kw);
    return newInt(heap.getFreezeCount());
  });
  defineFunction(m, "set_debug", (args, kw) => {
    exactly("set_debug", args, 1, kw);
    heap.debug = asIndex(args[0]!);
    return none();
  });
  defineFunction(m, "get_debug", (args, kw) => {
    exactly("get_debug", args, 0, kw);
    return newInt(heap.debug);
  });
});
