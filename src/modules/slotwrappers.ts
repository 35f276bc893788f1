/**
 * The builtin types' operator methods: `int.__add__`, `(3).__add__(4)`, `[1].__eq__(x)`,
 * `super().__add__(other)` in a subclass of int — CPython's slot wrappers
 * (Objects/typeobject.c, slotdefs: wrap_binaryfunc_l/_r, wrap_ternaryfunc(_r),
 * wrap_richcmpfunc, wrap_unaryfunc, wrap_inquirypred, wrap_indexargfunc, wrap_lenfunc,
 * wrap_objobjproc, wrap_objobjargproc, wrap_delitem).
 *
 * Each calls the type's own slot, so it answers as that slot does, not as the operator
 * does: NotImplemented for an operand the slot does not take (`(3).__eq__(3.0)`,
 * `int.__radd__(3, 4.5)`), the sequence slots' own TypeErrors (`"a".__add__(1)`: can
 * only concatenate str (not "int") to str). The operators do not go through them (builtin
 * operands are dispatched natively, abstract.ts); on a subclass they stand for the slot it
 * inherits (abstract.ts, inheritedSlots), as CPython's inherited slots do.
 */
import type { HeapObject } from "../engine/index.js";
import {
  asIndex,
  type BinOpName,
  type CmpOp,
  callBorrowed,
  getAttr,
  incRef,
  inheritedSlots,
  iterSearch,
  listExtendHook,
  nativeBinary,
  nativeCompare,
  nativeSeq,
  truthy,
} from "../runtime/abstract.js";
import { defineMethod, expectArgs } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { type NativeFunction, newBool, newFloat, newInt, newTuple } from "../runtime/objects.js";
import { isSetLike } from "../runtime/set.js";
import { typeInfo, typeName } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { loadBuiltinModule } from "./registry.js";

/** The objects a slot takes as its operand; the slot answers NotImplemented for others. */
type Accepts = (o: HeapObject) => boolean;

const intLike: Accepts = (o) => o.type.layout === C.int || o.type.layout === C.bool;
const floatLike: Accepts = (o) => o.type.layout === C.float || intLike(o);
const layoutOf = (...kinds: HeapObject[]): Accepts => {
  const contracts = kinds.map((t) => typeInfo(t).contract);
  return (o) => contracts.includes(o.type.layout);
};

/**
 * A container slot's native answer (the wrapper calls the slot itself: the protocol
 * functions would find the wrapper again on a subclass); null means the layout has none.
 */
function native<R>(r: R | null): R {
  if (r === null) raise(T.SystemError, "a slot wrapper found no native slot");
  return r;
}

function notImplemented(): HeapObject {
  return incRef(S.NotImplemented);
}

/** Define a slot wrapper: the method, which stands for the inherited slot on subclasses. */
function slot(type: HeapObject, name: string, impl: NativeFunction): void {
  defineMethod(type, name, impl);
  inheritedSlots.add(typeInfo(type).dict.get(name)!);
}

/** A binary slot taking one operand: `__op__(self, other)`. */
function binary(
  type: HeapObject,
  name: string,
  fn: (self: HeapObject, other: HeapObject) => HeapObject,
): void {
  slot(type, name, (args, _kw, self) => {
    expectArgs(args, 1);
    return fn(self!, args[0]!);
  });
}

const numberOps: [BinOpName, string, string][] = [
  ["+", "__add__", "__radd__"],
  ["-", "__sub__", "__rsub__"],
  ["*", "__mul__", "__rmul__"],
  ["/", "__truediv__", "__rtruediv__"],
  ["//", "__floordiv__", "__rfloordiv__"],
  ["%", "__mod__", "__rmod__"],
  ["divmod", "__divmod__", "__rdivmod__"],
];
const bitOps: [BinOpName, string, string][] = [
  ["<<", "__lshift__", "__rlshift__"],
  [">>", "__rshift__", "__rrshift__"],
  ["&", "__and__", "__rand__"],
  ["^", "__xor__", "__rxor__"],
  ["|", "__or__", "__ror__"],
];

/** The slot's answer for operands it takes (nb_add(a, b)), else NotImplemented. */
function numberSlot(accepts: Accepts, a: HeapObject, b: HeapObject, op: BinOpName): HeapObject {
  if (!accepts(a) || !accepts(b)) return notImplemented();
  return nativeBinary.op(a, b, op) ?? notImplemented();
}

/** pow(a, b[, mod]) as nb_power: ints take a modulus, floats refuse one. */
function powerSlot(
  accepts: Accepts,
  a: HeapObject,
  b: HeapObject,
  mod: HeapObject | undefined,
): HeapObject {
  if (!accepts(a) || !accepts(b)) return notImplemented();
  if (mod === undefined || mod === S.None) return nativeBinary.op(a, b, "**") ?? notImplemented();
  if (accepts === intLike && intLike(mod)) return powHook.ternary(a, b, mod);
  if (accepts === intLike) return notImplemented();
  raise(T.TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
}

/** builtins' three-argument pow (builtins.ts sets it). */
export const powHook = {
  ternary: null as unknown as (a: HeapObject, e: HeapObject, m: HeapObject) => HeapObject,
};

function installNumberSlots(type: HeapObject, accepts: Accepts, bits: boolean): void {
  for (const [op, name, rname] of bits ? [...numberOps, ...bitOps] : numberOps) {
    binary(type, name, (self, other) => numberSlot(accepts, self, other, op));
    binary(type, rname, (self, other) => numberSlot(accepts, other, self, op));
  }
  slot(type, "__pow__", (args, _kw, self) => {
    ternaryArgs(args);
    return powerSlot(accepts, self!, args[0]!, args[1]);
  });
  slot(type, "__rpow__", (args, _kw, self) => {
    ternaryArgs(args);
    return powerSlot(accepts, args[0]!, self!, args[1]);
  });
}

/** wrap_ternaryfunc: one or two arguments. */
function ternaryArgs(args: HeapObject[]): void {
  if (args.length === 0) raise(T.TypeError, "expected at least 1 argument, got 0");
  if (args.length > 2) raise(T.TypeError, `expected at most 2 arguments, got ${args.length}`);
}

/** `__neg__`, `__pos__`, `__invert__`, `__bool__` of int and float (on the plain value). */
function installUnarySlots(type: HeapObject, isInt: boolean): void {
  const unary = (name: string, fn: (v: HeapObject) => HeapObject) =>
    slot(type, name, (args, _kw, self) => {
      expectArgs(args, 0);
      return fn(self!);
    });
  if (isInt) {
    const v = (o: HeapObject) => o.p0 as number | bigint;
    unary("__neg__", (o) => newInt(typeof v(o) === "number" ? -v(o) : -(v(o) as bigint)));
    unary("__pos__", (o) => newInt(v(o)));
    unary("__invert__", (o) => {
      const x = v(o);
      return newInt(typeof x === "number" ? -x - 1 : -x - 1n);
    });
    unary("__bool__", (o) => newBool(v(o) !== 0 && v(o) !== 0n));
  } else {
    unary("__neg__", (o) => newFloat(-(o.p0 as number)));
    unary("__pos__", (o) => newFloat(o.p0 as number));
    unary("__bool__", (o) => newBool((o.p0 as number) !== 0));
  }
}

const cmpOps: [CmpOp, string][] = [
  ["<", "__lt__"],
  ["<=", "__le__"],
  ["==", "__eq__"],
  ["!=", "__ne__"],
  [">", "__gt__"],
  [">=", "__ge__"],
];

/**
 * tp_richcompare's wrappers: the comparison when the slot takes `other` (and the
 * operator: `equalOnly` types order nothing), else NotImplemented.
 */
function installCompareSlots(type: HeapObject, accepts: Accepts, equalOnly = false): void {
  for (const [op, name] of cmpOps) {
    binary(type, name, (self, other) => {
      if (!accepts(other) || (equalOnly && op !== "==" && op !== "!=")) return notImplemented();
      const r = nativeCompare.cmp(self, other, op);
      return r === null ? notImplemented() : newBool(r);
    });
  }
}

/**
 * sq_concat and sq_repeat of a sequence (`__add__`, `__mul__`, `__rmul__`): concatenation
 * with its own kind only (`refuse` says what else gets), a repeat count that is an index.
 */
function installSequenceSlots(
  type: HeapObject,
  accepts: Accepts,
  refuse: (other: HeapObject) => string,
): void {
  binary(type, "__add__", (self, other) => {
    if (!accepts(other)) raise(T.TypeError, refuse(other));
    return native(nativeBinary.op(self, other, "+"));
  });
  // wrap_indexargfunc: the count is an index (`__index__`), as the operator's is.
  const repeat = (self: HeapObject, n: HeapObject) => {
    const count = newInt(asIndex(n));
    try {
      return native(nativeBinary.op(self, count, "*"));
    } finally {
      decref(count);
    }
  };
  binary(type, "__mul__", repeat);
  binary(type, "__rmul__", repeat);
}

/** The set operators: set_and & co. take sets and frozensets only. */
function installSetSlots(type: HeapObject, mutable: boolean): void {
  for (const [op, name, rname] of [
    ["&", "__and__", "__rand__"],
    ["|", "__or__", "__ror__"],
    ["^", "__xor__", "__rxor__"],
    ["-", "__sub__", "__rsub__"],
  ] as [BinOpName, string, string][]) {
    binary(type, name, (self, other) =>
      isSetLike(other) ? nativeBinary.op(self, other, op)! : notImplemented(),
    );
    binary(type, rname, (self, other) =>
      isSetLike(other) ? nativeBinary.op(other, self, op)! : notImplemented(),
    );
    if (mutable) {
      binary(type, `__i${name.slice(2)}`, (self, other) =>
        isSetLike(other) ? nativeBinary.inplace(self, other, op)! : notImplemented(),
      );
    }
  }
  installCompareSlots(type, isSetLike);
}

export function installSlotWrappers(): void {
  installNumberSlots(T.int, intLike, true);
  installUnarySlots(T.int, true);
  installCompareSlots(T.int, intLike);
  // bool's own &, |, ^ (bool_and & co.: a bool for two bools, else int's).
  for (const [op, name, rname] of bitOps.slice(2)) {
    binary(T.bool, name, (self, other) => numberSlot(intLike, self, other, op));
    binary(T.bool, rname, (self, other) => numberSlot(intLike, other, self, op));
  }
  installNumberSlots(T.float, floatLike, false);
  installUnarySlots(T.float, false);
  installCompareSlots(T.float, floatLike);

  const concatMessage = (kind: string) => (other: HeapObject) =>
    `can only concatenate ${kind} (not "${typeName(other)}") to ${kind}`;
  for (const type of [T.str, T.list, T.tuple]) {
    const kind = typeInfo(type).name;
    installSequenceSlots(type, layoutOf(type), concatMessage(kind));
    installCompareSlots(type, layoutOf(type));
  }
  binary(T.str, "__mod__", (self, other) => nativeBinary.op(self, other, "%")!);
  binary(T.str, "__rmod__", (self, other) =>
    other.type.layout === C.str ? nativeBinary.op(other, self, "%")! : notImplemented(),
  );
  binary(T.list, "__iadd__", (self, other) => {
    listExtendHook.extend(self, other);
    return incRef(self);
  });
  binary(T.list, "__imul__", (self, n) => {
    const count = newInt(asIndex(n));
    try {
      return nativeBinary.op(self, count, "**=" as BinOpName)!;
    } finally {
      decref(count);
    }
  });

  const bytesLike = layoutOf(T.bytes, T.bytearray);
  for (const type of [T.bytes, T.bytearray]) {
    const kind = typeInfo(type).name;
    installSequenceSlots(type, bytesLike, (other) => `can't concat ${typeName(other)} to ${kind}`);
    installCompareSlots(type, type === T.bytes ? layoutOf(T.bytes) : bytesLike);
    binary(type, "__mod__", (self, other) => native(nativeBinary.op(self, other, "%")));
    binary(type, "__rmod__", (self, other) =>
      bytesLike(other) ? native(nativeBinary.op(other, self, "%")) : notImplemented(),
    );
    binary(type, "__getitem__", (self, key) => native(nativeSeq.getItem(self, key)));
  }
  slot(T.bytearray, "__setitem__", (args, _kw, self) => {
    expectArgs(args, 2);
    native(nativeSeq.setItem(self!, args[0]!, args[1]!) || null);
    return incRef(S.None);
  });
  slot(T.bytearray, "__delitem__", (args, _kw, self) => {
    expectArgs(args, 1);
    native(nativeSeq.delItem(self!, args[0]!) || null);
    return incRef(S.None);
  });
  binary(T.bytearray, "__contains__", (self, item) =>
    newBool(native(nativeSeq.contains(self, item))),
  );
  slot(T.bytearray, "__iter__", (args, _kw, self) => {
    expectArgs(args, 0);
    return native(nativeSeq.iter(self!));
  });
  binary(T.bytearray, "__iadd__", (self, other) => {
    if (!bytesLike(other)) raise(T.TypeError, `can't concat ${typeName(other)} to bytearray`);
    return native(nativeBinary.inplace(self, other, "+"));
  });

  installCompareSlots(T.dict, layoutOf(T.dict), true);
  binary(T.dict, "__or__", (self, other) =>
    other.type.layout === C.dict ? nativeBinary.op(self, other, "|")! : notImplemented(),
  );
  binary(T.dict, "__ror__", (self, other) =>
    other.type.layout === C.dict ? nativeBinary.op(other, self, "|")! : notImplemented(),
  );
  binary(T.dict, "__ior__", (self, other) => nativeBinary.inplace(self, other, "|")!);

  installSetSlots(T.set, true);
  installSetSlots(T.frozenset, false);
  // dict_keys and dict_items: the set operators take any iterable (dictviews_or & co.),
  // the comparisons sets and views only (dictview_richcompare).
  const viewLike = layoutOf(T.set, T.frozenset, T.dict_keys, T.dict_items);
  for (const type of [T.dict_keys!, T.dict_items!]) {
    for (const [op, name, rname] of bitOps.slice(2).concat([["-", "__sub__", "__rsub__"]])) {
      binary(type, name, (self, other) => nativeBinary.op(self, other, op) ?? notImplemented());
      binary(type, rname, (self, other) => nativeBinary.op(other, self, op) ?? notImplemented());
    }
    installCompareSlots(type, viewLike);
  }

  installCompareSlots(T.range, layoutOf(T.range), true);
  slot(T.range, "__len__", (args, _kw, self) => {
    expectArgs(args, 0);
    return newInt(native(nativeSeq.len(self!)));
  });
  binary(T.range, "__getitem__", (self, key) => native(nativeSeq.getItem(self, key)));
  // range_contains: an int by arithmetic, anything else by comparing each item.
  binary(T.range, "__contains__", (self, item) =>
    newBool(nativeSeq.contains(self, item) ?? iterSearch(self, item)),
  );
  slot(T.range, "__iter__", (args, _kw, self) => {
    expectArgs(args, 0);
    return native(nativeSeq.iter(self!));
  });
  // (a method, not a slot: reversed() looks it up)
  defineMethod(T.range, "__reversed__", (args, _kw, self) => {
    expectArgs(args, 0);
    const reversed = getAttr(loadBuiltinModule("builtins")!, "reversed");
    try {
      return callBorrowed(reversed, [self!]);
    } finally {
      decref(reversed);
    }
  });
  for (const type of [T.range, T.NoneType]) {
    slot(type, "__bool__", (args, _kw, self) => {
      expectArgs(args, 0);
      return newBool(truthy(self!));
    });
  }
}
