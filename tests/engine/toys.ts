/**
 * Toy object types for engine tests: enough of Python's object shapes to rebuild, without
 * a parser, the graphs whose behaviour we check against CPython.
 *
 * - `Instance`: a Python-class instance. Attributes are released in insertion order (as
 *   inline values/`__dict__` are); optional `__del__` (finalizer) and `__tp_del__` (legacy).
 *   Weakrefable, GC, trashcan — CPython's subtype_dealloc.
 * - `List`: releases items last to first. `Tuple`: same, plus untrack_tuples' rule.
 *   `Dict`: values in insertion order, untracked only by full collections.
 * - `Int`: a non-GC atom.
 *
 * Every test builds its heap through `scenario`, which turns on the collector's between-phase
 * checks, runs the heap verifier after the test body, and honours PYGC_STRESS=1 (the suite
 * is run once in stress mode: a full collection at every GC allocation).
 */
import { test } from "node:test";
import {
  Heap,
  type HeapObject,
  type HeapOptions,
  ObjectType,
  verifyHeap,
} from "../../src/engine/index.js";

export const STRESS = process.env.PYGC_STRESS === "1";

export interface InstanceData {
  name: string;
  attrs: Map<string, HeapObject>;
  onDel: ((self: HeapObject) => void) | null;
}

function releaseAttrs(obj: HeapObject, heap: Heap): void {
  const data = obj.p0 as InstanceData;
  const values = [...data.attrs.values()];
  data.attrs.clear();
  for (const v of values) heap.decref(v);
}

function traverseAttrs(obj: HeapObject, visit: (c: HeapObject) => void): void {
  for (const v of (obj.p0 as InstanceData).attrs.values()) visit(v);
}

function makeInstanceType(name: string, withDel: boolean, legacy = false): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    weakrefable: true,
    traverse: traverseAttrs,
    clear: releaseAttrs,
    dealloc: (obj, heap) => {
      releaseAttrs(obj, heap);
      return undefined;
    },
    finalize: withDel ? (obj) => (obj.p0 as InstanceData).onDel?.(obj) : undefined,
    legacyDel: legacy ? (obj) => (obj.p0 as InstanceData).onDel?.(obj) : undefined,
  });
}

const releaseItemsBackwards = (obj: HeapObject, heap: Heap): void => {
  const items = obj.p0 as HeapObject[];
  obj.p0 = [];
  for (let i = items.length - 1; i >= 0; i--) heap.decref(items[i]!);
};
const traverseItemsBackwards = (obj: HeapObject, visit: (c: HeapObject) => void): void => {
  const items = obj.p0 as HeapObject[];
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]!);
};

export const listType = new ObjectType({
  name: "list",
  gc: true,
  traverse: traverseItemsBackwards,
  clear: releaseItemsBackwards,
  dealloc: (obj, heap) => {
    releaseItemsBackwards(obj, heap);
    return undefined;
  },
});

/** _PyTuple_MaybeUntrack: untrack when no item may be tracked. */
function mayBeTracked(obj: HeapObject): boolean {
  return (obj.type.flags & 1) !== 0 && (obj.type !== tupleType || obj.gcNext !== null);
}

export const tupleType: ObjectType = new ObjectType({
  name: "tuple",
  gc: true,
  traverse: traverseItemsBackwards,
  dealloc: (obj, heap) => {
    releaseItemsBackwards(obj, heap);
    return undefined;
  },
  maybeUntrack: (obj, heap) => {
    if (!(obj.p0 as HeapObject[]).some(mayBeTracked)) heap.untrack(obj);
  },
});

export const dictType = new ObjectType({
  name: "dict",
  gc: true,
  traverse: (obj, visit) => {
    for (const v of obj.p0 as HeapObject[]) visit(v);
  },
  clear: (obj, heap) => {
    const items = obj.p0 as HeapObject[];
    obj.p0 = [];
    for (const v of items) heap.decref(v);
  },
  dealloc: (obj, heap) => {
    const items = obj.p0 as HeapObject[];
    obj.p0 = [];
    for (const v of items) heap.decref(v);
    return undefined;
  },
  maybeUntrackInFullCollection: (obj, heap) => {
    if (!(obj.p0 as HeapObject[]).some(mayBeTracked)) heap.untrack(obj);
  },
});

export const intType = new ObjectType({ name: "int" });

export class Toys {
  readonly heap: Heap;
  readonly log: string[] = [];
  readonly stderr: string[] = [];
  private readonly types = new Map<string, ObjectType>();

  constructor(options: HeapOptions = {}) {
    this.heap = new Heap({
      stress: STRESS,
      debugChecks: true,
      ...options,
      hooks: {
        writeStderr: (text) => this.stderr.push(text),
        callCallback: (callback, ref) => (callback.p0 as (ref: HeapObject) => void)(ref),
        reportUnraisable: (error, where, obj) =>
          this.stderr.push(
            `Exception ignored ${where}: ${obj?.type.name}: ${(error as Error).message}`,
          ),
        ...options.hooks,
      },
    });
  }

  /** An instance of class `cls` (a fresh type per class name, like a Python class). */
  instance(
    cls: string,
    opts: { del?: boolean; legacy?: boolean; onDel?: (self: HeapObject) => void } = {},
  ): HeapObject {
    const key = `${cls}/${opts.del ?? false}/${opts.legacy ?? false}`;
    let type = this.types.get(key);
    if (type === undefined) {
      type = makeInstanceType(cls, opts.del ?? false, opts.legacy ?? false);
      this.types.set(key, type);
    }
    const data: InstanceData = { name: cls, attrs: new Map(), onDel: opts.onDel ?? null };
    const obj = this.heap.alloc(type, data);
    this.heap.track(obj);
    return obj;
  }

  /** A Python-like instance whose __del__ logs `__del__ <name>`. */
  named(name: string, cls = "C"): HeapObject {
    const obj = this.instance(cls, { del: true, onDel: () => this.log.push(`__del__ ${name}`) });
    (obj.p1 as unknown) = name;
    return obj;
  }

  /** obj.attr = value (takes a new reference to value; drops the old one). */
  set(obj: HeapObject, attr: string, value: HeapObject): void {
    value.refcnt++;
    const attrs = (obj.p0 as InstanceData).attrs;
    const old = attrs.get(attr);
    attrs.set(attr, value);
    if (old !== undefined) this.heap.decref(old);
  }

  /** del obj.attr */
  del(obj: HeapObject, attr: string): void {
    const attrs = (obj.p0 as InstanceData).attrs;
    const old = attrs.get(attr)!;
    attrs.delete(attr);
    this.heap.decref(old);
  }

  get(obj: HeapObject, attr: string): HeapObject | undefined {
    return (obj.p0 as InstanceData).attrs.get(attr);
  }

  /** A container of `type` holding new references to `items`. */
  container(type: ObjectType, items: HeapObject[], track = true): HeapObject {
    for (const item of items) item.refcnt++;
    const obj = this.heap.alloc(type, items.slice());
    if (track) this.heap.track(obj);
    return obj;
  }

  list(...items: HeapObject[]): HeapObject {
    return this.container(listType, items);
  }

  append(list: HeapObject, item: HeapObject): void {
    item.refcnt++;
    (list.p0 as HeapObject[]).push(item);
  }

  int(value: number): HeapObject {
    return this.heap.alloc(intType, value);
  }

  /** A weakref callback (a JS function wrapped as a GC object, like a Python function). */
  fn(body: (ref: HeapObject) => void): HeapObject {
    const f = this.heap.alloc(functionType, body);
    this.heap.track(f);
    return f;
  }

  drop(...objs: HeapObject[]): void {
    for (const obj of objs) this.heap.decref(obj);
  }
}

/** Like a Python function: GC-tracked, weakrefable, callable as a weakref callback. */
export const functionType = new ObjectType({ name: "function", gc: true, weakrefable: true });

/** A test whose heap is verified afterwards (and which runs under stress mode when asked). */
export function scenario(
  name: string,
  body: (toys: Toys) => void,
  options: HeapOptions & { noStress?: boolean } = {},
): void {
  test(name, () => {
    const toys = new Toys(options.noStress ? { ...options, stress: false } : options);
    body(toys);
    verifyHeap(toys.heap);
  });
}
