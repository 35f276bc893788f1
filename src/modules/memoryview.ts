/**
 * memoryview (CPython Objects/memoryobject.c) over bytes, bytearray and other memoryviews:
 * one-dimensional views of unsigned bytes ('B'), signed bytes ('b') or chars ('c'),
 * sliced without copying. As in CPython a view holds a managed buffer (_PyManagedBuffer),
 * which holds the exporting object once for every view made from it (slices and
 * memoryview(m) share it), and a bytearray with a buffer exported cannot be resized until
 * the last view on it is released (BufferError).
 *
 *   managedbuffer  p0 the exporter (held until released), p1 MBuf             GC
 *   memoryview     p0 the managedbuffer (held), p1 View                        GC
 *
 * NOT-CPYTHON: formats other than 'B', 'b' and 'c', multi-dimensional shapes and casts
 * between item sizes are not supported (cast raises NotImplementedError); of the other
 * exporters (bufferProviders.exporters) only arrays of 'b' and 'B' items can be viewed.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  addressHex,
  asIndex,
  callMethod,
  incRef,
  isInt,
  nativeAttrs,
  nativeCompare,
  nativeRepr,
  nativeSeq,
} from "../runtime/abstract.js";
import {
  defineIteratorSlots,
  defineMethod,
  extraIterators,
  nativeConstructors,
  registerBuiltinType,
  sliceIndices,
} from "../runtime/bootstrap.js";
import {
  type ByteBuf,
  bufferProviders,
  bytearrayContract,
  bytesContract,
  bytesData,
  bytesHash,
  newBytes,
} from "../runtime/bytes.js";
import { raise } from "../runtime/errors.js";
import { sliceContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import { newBool, newInt, newList, newStr, newTuple, none } from "../runtime/objects.js";
import { lookup, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { defineValue } from "./support.js";

type Format = "B" | "b" | "c";

/** What a managed buffer knows besides its exporter: how many views use it. */
class MBuf {
  /** Views registered and not released (mbuf->exports). */
  views = 0;
  /** PyBuffer_Release done (the exporter's export count given back). */
  released = false;
}

/** A view's window on the exporter's bytes: items start, start + step, … (length of them). */
class View {
  released = false;
  constructor(
    public start: number,
    public length: number,
    public step: number,
    public readonly: boolean,
    public format: Format,
  ) {}
}

export const managedBufferContract = new ObjectType({
  name: "managedbuffer",
  gc: true,
  basicSize: 96,
  traverse: (o, visit) => {
    if (o.p0 !== null) visit(o.p0 as HeapObject);
  },
  clear: (o) => mbufRelease(o),
  dealloc: (o) => {
    mbufRelease(o);
    return undefined;
  },
});

export const memoryviewContract = new ObjectType({
  name: "memoryview",
  gc: true,
  weakrefable: true,
  basicSize: 184, // (with the GC header, as sys.getsizeof counts it)
  traverse: (o, visit) => {
    if (o.p0 !== null) visit(o.p0 as HeapObject);
  },
  clear: (o) => release(o, false),
  dealloc: (o) => {
    release(o, false);
    return undefined;
  },
});

/**
 * mbuf_release (PyBuffer_Release): the exporter gets its buffer back (a bytearray may
 * resize again) and the managed buffer lets go of it, when its last view is released.
 */
function mbufRelease(mbuf: HeapObject): void {
  const m = mbuf.p1 as MBuf;
  if (m.released) return;
  m.released = true;
  const obj = mbuf.p0 as HeapObject | null;
  mbuf.p0 = null;
  if (obj === null) return;
  if (obj.type.layout === bytearrayContract) (obj.p0 as ByteBuf).exports--;
  else bufferProviders.exporters.get(obj.type.layout)?.release(obj);
  decref(obj);
}

/** _PyManagedBuffer_FromObject: `obj` exports its buffer (bytes, bytearray). */
function newManagedBuffer(obj: HeapObject): HeapObject {
  obj.refcnt++;
  if (obj.type.layout === bytearrayContract) (obj.p0 as ByteBuf).exports++;
  else bufferProviders.exporters.get(obj.type.layout)?.acquire(obj);
  const mbuf = heap.alloc(managedBufferContract, obj, new MBuf());
  heap.track(mbuf);
  return mbuf;
}

/** mbuf_add_view: a new memoryview on `mbuf` (borrowed) with window `view`. */
function newView(mbuf: HeapObject, view: View): HeapObject {
  mbuf.refcnt++;
  (mbuf.p1 as MBuf).views++;
  const mv = heap.alloc(memoryviewContract, mbuf, view);
  heap.track(mv);
  return mv;
}

/** memory_release (`m.release()`, `with`, dealloc): the view lets go of its buffer. */
function release(mv: HeapObject, explicit: boolean): void {
  const view = mv.p1 as View | null;
  const mbuf = mv.p0 as HeapObject | null;
  if (explicit && view !== null && view.released) return;
  if (view !== null && !view.released) {
    view.released = true;
    if (mbuf !== null && --(mbuf.p1 as MBuf).views === 0) mbufRelease(mbuf);
  }
  if (!explicit) {
    mv.p0 = null;
    if (mbuf !== null) decref(mbuf);
  }
}

function isMemoryview(o: HeapObject): boolean {
  return o.type.layout === memoryviewContract;
}

/** The view's window, raising for a released one (CHECK_RELEASED). */
function live(mv: HeapObject): View {
  const view = mv.p1 as View;
  if (view.released) raise(T.ValueError, "operation forbidden on released memoryview object");
  return view;
}

function exporter(mv: HeapObject): HeapObject {
  return (mv.p0 as HeapObject).p0 as HeapObject;
}

/** The exporter's bytes now (a bytearray's current buffer). */
function base(mv: HeapObject): Uint8Array {
  const obj = exporter(mv);
  return bufferProviders.exporters.get(obj.type.layout)?.data(obj) ?? bytesData(obj);
}

/** The view's bytes, in order (a copy: tobytes). */
function viewBytes(mv: HeapObject): Uint8Array {
  const v = live(mv);
  const data = base(mv);
  if (v.step === 1) return data.slice(v.start, v.start + v.length);
  const out = new Uint8Array(v.length);
  for (let k = 0, i = v.start; k < v.length; k++, i += v.step) out[k] = data[i]!;
  return out;
}

/** The item at byte position i as Python sees it (struct.unpack of the format). */
function unpack(format: Format, byte: number): HeapObject {
  if (format === "B") return newInt(byte);
  if (format === "b") return newInt(byte >= 128 ? byte - 256 : byte);
  return newBytes(Uint8Array.of(byte));
}

/** struct.pack of one item: its byte, with CPython's errors for a bad value. */
function pack(format: Format, value: HeapObject): number {
  if (format === "c") {
    const layout = value.type.layout;
    if ((layout !== bytesContract && layout !== bytearrayContract) || bytesData(value).length !== 1)
      raise(T.ValueError, "memoryview: invalid value for format 'c'");
    return bytesData(value)[0]!;
  }
  if (!isInt(value) && typeOf(value) !== T.bool) {
    raise(T.TypeError, `memoryview: invalid type for format '${format}'`);
  }
  const v = asIndex(value);
  const [lo, hi] = format === "B" ? [0, 255] : [-128, 127];
  if (v < lo || v > hi) raise(T.ValueError, `memoryview: invalid value for format '${format}'`);
  return v & 0xff;
}

/** memory_item's index: negative from the end, IndexError outside. */
function itemIndex(view: View, key: HeapObject): number {
  let i = asIndex(key);
  if (i < 0) i += view.length;
  if (i < 0 || i >= view.length) raise(T.IndexError, "index out of bounds on dimension 1");
  return view.start + i * view.step;
}

/** An item index must be an int or have __index__ (memory_subscript's check). */
function checkIndexKey(key: HeapObject): void {
  if (!isInt(key) && lookup(typeOf(key), "__index__") === null) {
    raise(T.TypeError, "memoryview: invalid slice key");
  }
}

function getItem(mv: HeapObject, key: HeapObject): HeapObject {
  const view = live(mv);
  if (key.type === sliceContract) {
    const b = sliceIndices(key, view.length);
    return newView(
      mv.p0 as HeapObject,
      new View(
        view.start + b.start * view.step,
        b.length,
        view.step * b.step,
        view.readonly,
        view.format,
      ),
    );
  }
  if (key === S.Ellipsis) return incRef(mv);
  checkIndexKey(key);
  return unpack(view.format, base(mv)[itemIndex(view, key)]!);
}

function setItem(mv: HeapObject, key: HeapObject, value: HeapObject): void {
  const view = live(mv);
  if (view.readonly) raise(T.TypeError, "cannot modify read-only memory");
  const data = base(mv);
  if (key.type === sliceContract) {
    const b = sliceIndices(key, view.length);
    const src = bufferProviders.data(value);
    if (src === null) {
      raise(T.TypeError, `a bytes-like object is required, not '${typeName(value)}'`);
    }
    if (src.length !== b.length) {
      raise(T.ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    }
    const copy = src.slice(); // (the source may be this very buffer)
    for (let k = 0, i = view.start + b.start * view.step; k < b.length; k++) {
      data[i] = copy[k]!;
      i += view.step * b.step;
    }
    return;
  }
  checkIndexKey(key);
  const at = itemIndex(view, key);
  data[at] = pack(view.format, value);
}

/** An item's value as a number: 'b' signed, 'B' and 'c' as the byte. */
function itemValue(format: Format, byte: number): number {
  return format === "b" && byte >= 128 ? byte - 256 : byte;
}

/**
 * memory_richcompare for == and !=: the items unpacked and compared, for any buffer (one
 * that is not a memoryview is unsigned bytes, 'B'). A 'c' item (a bytes) never equals a
 * number; null when `other` has no buffer.
 */
function equalTo(mv: HeapObject, other: HeapObject): boolean | null {
  const view = mv.p1 as View;
  let otherFormat: Format = "B";
  let b: Uint8Array;
  if (isMemoryview(other)) {
    const ov = other.p1 as View;
    if (view.released || ov.released) return mv === other;
    otherFormat = ov.format;
    b = viewBytes(other);
  } else {
    const data = bufferProviders.data(other);
    if (data === null) return null;
    if (view.released) return false;
    b = data;
  }
  if (view.length !== b.length) return false;
  const a = viewBytes(mv);
  const mixed = (view.format === "c") !== (otherFormat === "c");
  for (let i = 0; i < a.length; i++) {
    if (mixed || itemValue(view.format, a[i]!) !== itemValue(otherFormat, b[i]!)) return false;
  }
  return true;
}

function formatOf(o: HeapObject): Format {
  const f = o.p0 as string;
  if (f === "B" || f === "b" || f === "c") return f;
  if (/^[@=<>!]?[BbcxhHiIlLqQnNefd?P]$/.test(f)) {
    raise(T.NotImplementedError, `memoryview: format ${f} not supported here`);
  }
  raise(
    T.ValueError,
    "memoryview: destination format must be a native single character format prefixed with an optional '@'",
  );
}

let installed = false;

/** The memoryview type (builtins calls it). */
export function installMemoryview(b: import("../runtime/dictstore.js").DictStore): void {
  if (installed) return;
  installed = true;
  const type = registerBuiltinType("memoryview", memoryviewContract);
  registerBuiltinType("managedbuffer", managedBufferContract);
  C.memoryview = memoryviewContract;
  defineValue(b, "memoryview", type);

  bufferProviders.view = (o, simple) => {
    if (!isMemoryview(o)) return null;
    if (simple && !contiguous(live(o))) return null;
    return viewBytes(o);
  };

  nativeConstructors.set(type, (_t, args, kwnames) => {
    const n = args.length - (kwnames?.length ?? 0);
    if (kwnames !== null && (kwnames.length > 1 || kwnames[0] !== "object")) {
      raise(
        T.TypeError,
        `memoryview() got an unexpected keyword argument '${kwnames.find((k) => k !== "object") ?? kwnames[0]}'`,
      );
    }
    if (args.length !== 1) {
      raise(
        T.TypeError,
        args.length === 0
          ? "memoryview() missing required argument 'object' (pos 1)"
          : `memoryview() takes at most 1 argument (${n} given)`,
      );
    }
    const obj = args[0]!;
    if (isMemoryview(obj)) {
      const v = live(obj);
      return newView(
        obj.p0 as HeapObject,
        new View(v.start, v.length, v.step, v.readonly, v.format),
      );
    }
    const layout = obj.type.layout;
    const other = bufferProviders.exporters.get(layout);
    if (other !== undefined) {
      const format = other.format(obj);
      if (format !== "B" && format !== "b") {
        raise(T.NotImplementedError, `memoryview: format '${format}' not supported here`);
      }
      const mbuf = newManagedBuffer(obj);
      try {
        return newView(mbuf, new View(0, other.data(obj).length, 1, false, format));
      } finally {
        decref(mbuf);
      }
    }
    if (layout !== bytesContract && layout !== bytearrayContract) {
      raise(T.TypeError, `memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
    }
    const mbuf = newManagedBuffer(obj);
    try {
      const n = bytesData(obj).length;
      return newView(mbuf, new View(0, n, 1, layout === bytesContract, "B"));
    } finally {
      decref(mbuf);
    }
  });

  nativeRepr.set(memoryviewContract, (o) =>
    (o.p1 as View).released
      ? `<released memory at ${addressHex(o)}>`
      : `<memory at ${addressHex(o)}>`,
  );
  nativeRepr.set(managedBufferContract, (o) => `<managedbuffer object at ${addressHex(o)}>`);

  const len = nativeSeq.len;
  // (each hook asks the types before it first: a memoryview check costs them nothing)
  nativeSeq.len = (o) => len(o) ?? (isMemoryview(o) ? live(o).length : null);
  const get = nativeSeq.getItem;
  nativeSeq.getItem = (o, key) => get(o, key) ?? (isMemoryview(o) ? getItem(o, key) : null);
  const set = nativeSeq.setItem;
  nativeSeq.setItem = (o, key, value) => {
    if (set(o, key, value)) return true;
    if (!isMemoryview(o)) return false;
    setItem(o, key, value);
    return true;
  };
  const del = nativeSeq.delItem;
  nativeSeq.delItem = (o, key) => {
    if (del(o, key)) return true;
    if (!isMemoryview(o)) return false;
    live(o);
    raise(T.TypeError, "cannot delete memory");
  };
  const iterContract = new ObjectType({
    name: "memory_iterator",
    gc: true,
    basicSize: 64,
    traverse: (o, visit) => {
      if (o.p0 !== null) visit(o.p0 as HeapObject);
    },
    dealloc: (o) => {
      const mv = o.p0 as HeapObject | null;
      o.p0 = null;
      if (mv !== null) decref(mv);
      return undefined;
    },
  });
  defineIteratorSlots(registerBuiltinType("memory_iterator", iterContract));
  extraIterators.set(iterContract, (it) => {
    const mv = it.p0 as HeapObject | null;
    if (mv === null) return null;
    const view = live(mv);
    const k = it.p1 as number;
    if (k >= view.length) {
      it.p0 = null;
      decref(mv);
      return null;
    }
    it.p1 = k + 1;
    return unpack(view.format, base(mv)[view.start + k * view.step]!);
  });
  const iter = nativeSeq.iter;
  nativeSeq.iter = (o) => {
    const other = iter(o);
    if (other !== null || !isMemoryview(o)) return other;
    live(o);
    o.refcnt++;
    const it = heap.alloc(iterContract, o, 0);
    heap.track(it);
    return it;
  };
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, op) => {
    const r = cmp(a, b, op);
    if (r !== null || (op !== "==" && op !== "!=") || (!isMemoryview(a) && !isMemoryview(b)))
      return r;
    const eq = isMemoryview(a) ? equalTo(a, b) : equalTo(b, a);
    if (eq === null) return op === "!=" ? a !== b : a === b;
    return op === "==" ? eq : !eq;
  };

  const getters = new Map<string, (o: HeapObject) => HeapObject>([
    ["obj", (o) => incRef((live(o), exporter(o)))],
    ["nbytes", (o) => newInt(live(o).length)],
    ["readonly", (o) => newBool(live(o).readonly)],
    ["itemsize", (o) => (live(o), newInt(1))],
    ["format", (o) => newStr(live(o).format)],
    ["ndim", (o) => (live(o), newInt(1))],
    ["shape", (o) => newTuple([newInt(live(o).length)])],
    ["strides", (o) => newTuple([newInt(live(o).step)])],
    ["suboffsets", (o) => (live(o), newTuple([]))],
    ["c_contiguous", (o) => newBool(contiguous(live(o)))],
    ["f_contiguous", (o) => newBool(contiguous(live(o)))],
    ["contiguous", (o) => newBool(contiguous(live(o)))],
  ]);
  nativeAttrs.set(memoryviewContract, getters);

  const method = (name: string, impl: (self: HeapObject, args: HeapObject[]) => HeapObject) =>
    defineMethod(type, name, (args, kw, self) => {
      if (kw !== null && kw.length > 0 && name !== "tobytes" && name !== "hex")
        raise(T.TypeError, `memoryview.${name}() takes no keyword arguments`);
      return impl(self!, args);
    });
  method("release", (self) => {
    release(self, true);
    return none();
  });
  method("__enter__", (self) => incRef((live(self), self)));
  method("__exit__", (self) => {
    release(self, true);
    return none();
  });
  method("tobytes", (self) => newBytes(viewBytes(self)));
  method("tolist", (self) => {
    const view = live(self);
    const data = viewBytes(self);
    return newList(Array.from(data, (x) => unpack(view.format, x)));
  });
  method("hex", (self, args) => {
    const bytes = newBytes(viewBytes(self));
    try {
      return callMethod(bytes, "hex", args);
    } finally {
      decref(bytes);
    }
  });
  method("toreadonly", (self) => {
    const v = live(self);
    return newView(self.p0 as HeapObject, new View(v.start, v.length, v.step, true, v.format));
  });
  method("cast", (self, args) => {
    const v = live(self);
    if (args.length < 1 || args.length > 2) raise(T.TypeError, "cast() takes 1 or 2 arguments");
    if (args[0]!.type !== C.str) raise(T.TypeError, "memoryview: format argument must be a string");
    if (!contiguous(v))
      raise(T.TypeError, "memoryview: casts are restricted to C-contiguous views");
    const format = formatOf(args[0]!);
    if (args.length === 2)
      raise(T.NotImplementedError, "memoryview: cast to a shape is not supported here");
    return newView(self.p0 as HeapObject, new View(v.start, v.length, v.step, v.readonly, format));
  });
  // The slot wrappers (the operators themselves go through the hooks above).
  method("__len__", (self) => newInt(live(self).length));
  method("__getitem__", (self, args) => getItem(self, oneArg(args)));
  method("__setitem__", (self, args) => {
    if (args.length !== 2) raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
    setItem(self, args[0]!, args[1]!);
    return none();
  });
  method("__delitem__", (self, args) => {
    oneArg(args);
    live(self);
    raise(T.TypeError, "cannot delete memory");
  });
  method("__iter__", (self) => nativeSeq.iter(self)!);
  for (const [name, op] of [
    ["__eq__", "=="],
    ["__ne__", "!="],
  ] as const) {
    method(name, (self, args) => {
      const eq = equalTo(self, oneArg(args));
      if (eq === null) return incRef(S.NotImplemented);
      return newBool(op === "==" ? eq : !eq);
    });
  }
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
    method(name, (_self, args) => {
      oneArg(args);
      return incRef(S.NotImplemented);
    });
  }
  method("__hash__", (self) => {
    const v = live(self);
    if (!v.readonly) raise(T.ValueError, "cannot hash writable memoryview object");
    const h = bytesHash(viewBytes(self));
    return newInt(h);
  });
}

function oneArg(args: HeapObject[]): HeapObject {
  if (args.length !== 1) raise(T.TypeError, `expected 1 argument, got ${args.length}`);
  return args[0]!;
}

function contiguous(v: View): boolean {
  return v.step === 1 || v.length <= 1;
}
