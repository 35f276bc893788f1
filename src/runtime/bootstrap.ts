/**
 * Bootstrapping the object model: the builtin type objects, the singletons, the native
 * implementations behind the abstract protocol (repr, arithmetic, comparison, sequences,
 * iteration), class creation (`type(name, bases, ns)`) and instance creation (type_call).
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  asExactIndex,
  asIndex,
  type BinOpName,
  builtinBinder,
  type CmpOp,
  callBorrowed,
  callMethod,
  call as callObject,
  callSpecial,
  callSpecialBound,
  compareBool,
  defaultRepr,
  delAttr,
  descrGet,
  type FunctionData,
  floorQuotient,
  genericDelAttr,
  genericGetAttrOrNull,
  genericSetAttr,
  getAttr,
  getAttrOrNull,
  incRef,
  inheritedSlots,
  isInstanceOf,
  isInt,
  isStr,
  len,
  listExtendHook,
  nativeAttrs,
  nativeBinary,
  nativeCompare,
  nativeRepr,
  nativeSeq,
  nativeSetAttrs,
  newDictHook,
  objectGetattribute,
  objectNe,
  pyEq,
  pyEqHeld,
  repr,
  seqIterHook,
  setAttr,
  setAttributeErrorMember,
  setTypeAttrHook,
  storeSelfAndArgs,
  str,
  toArray,
  truthy,
  typeCallHook,
  typeCallSlot,
  typeDelAttr,
  typeSetAttr,
  withReprGuard,
  wrapperDictStore,
} from "./abstract.js";
import { accounting, MAX_ITEMS, MAX_STR_LENGTH, memoryError } from "./accounting.js";
import { builtinDoc, builtinModule, builtinTextSignature } from "./builtindocs.js";
import { DictStore, ENTRY } from "./dictstore.js";
import { errorFactory, PyRaise, raise } from "./errors.js";
import { initMembers, installExceptionMembers } from "./excmembers.js";
import { powPositive } from "./floatpow.js";
import { cpLength, floatRepr, splitsPair } from "./format.js";
import {
  classmethodContract,
  dictItemIterContract,
  dictIterContract,
  dictValueIterContract,
  functionContract,
  getsetContract,
  ItemIterState,
  listIterContract,
  memberContract,
  moduleContract,
  NativeAccessor,
  newSeqIter,
  propertyContract,
  rangeContract,
  rangeIterContract,
  seqIterContract,
  setIterContract,
  sliceContract,
  staticmethodContract,
  strIterContract,
  tupleIterContract,
} from "./function.js";
import { decref, heap, incref } from "./heapref.js";
import { allocInstance, excState, finalizeInstance, makeInstanceContract } from "./instance.js";
import { intToDecimal } from "./intdigits.js";
import { newMappingProxy } from "./mappingproxy.js";
import { builtinTypeDoc, setBuiltinTypeDoc } from "./nativedescr.js";
import { nativeIterContracts, nativeIterHint } from "./nativeiter.js";
import {
  boolContract,
  builtinContract,
  builtinModuleOverrides,
  cellContract,
  dictContract,
  ellipsisContract,
  floatContract,
  freeLists,
  intContract,
  listContract,
  methodContract,
  methodDescriptorContract,
  methodWrapperContract,
  type NativeFunction,
  newBool,
  newBuiltin,
  newDict,
  newFloat,
  newInt,
  newList,
  newMethodDescriptor,
  newStr,
  newTuple,
  newWrapperDescriptor,
  noneContract,
  notImplementedContract,
  objectContract,
  releaseItemsBackwards,
  setListCapacity,
  strContract,
  strOrSelf,
  tupleContract,
  wrapperDescriptorContract,
} from "./objects.js";
import {
  isLongRange,
  rangeContains,
  rangeEquals,
  rangeItem,
  rangeIterRemaining,
  rangeLen,
  rangeSlice,
} from "./range.js";
import {
  frozensetContract,
  isSetLike,
  newSet,
  setContract,
  setDifference,
  setDifferenceUpdate,
  setFrom,
  setIntersection,
  setIntersectionUpdate,
  setIsSubset,
  setMembers,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
  tableOf,
} from "./set.js";
import { installBuiltinSubclassing, isVarSized } from "./subclass.js";
import { superContract } from "./super.js";
import { layoutOf, typeTextSignature } from "./typelayout.js";
import {
  addSubclass,
  allocType,
  computeMro,
  findNameInMro,
  isSubtype,
  liveSubclasses,
  lookup,
  lookupEpoch,
  lookupQuiet,
  lookupSlot,
  makeTypeContract,
  manglePrivate,
  patmaFlags,
  setTypeAttr,
  TypeInfo,
  typeContract,
  typeInfo,
  typeName,
  typeOf,
} from "./typeobject.js";
import { S, T } from "./types.js";
import { PRINTABLE_MASK, typeFlags } from "./unicodetype.js";

// ---------------------------------------------------------------- builtin types

function builtinType(
  name: string,
  contract: ObjectType,
  base: HeapObject | null,
  opts: Partial<TypeInfo> = {},
): HeapObject {
  const info = new TypeInfo(name, contract);
  Object.assign(info, opts);
  const t = allocType(null, info);
  t.refcnt = 1_000_000;
  if (base !== null) {
    info.bases = [base];
    info.mro = [t, ...typeInfo(base).mro];
    info.solidBase = typeInfo(base).solidBase ?? base;
    // (object's subclasses are not recorded: which builtin types pygc has differs.)
    if (base !== T.object) addSubclass(t, [base]);
  }
  T[name] = t;
  return t;
}

function strOf(o: HeapObject): string {
  return strHook.str(o);
}

export const dictMergeHook = { merge: null as unknown as (d: HeapObject, o: HeapObject) => void };

export const strHook = { str: null as unknown as (o: HeapObject) => string };

/**
 * Define a method of a builtin type: a slot wrapper for the names of type slots (as CPython
 * makes one for each slot a type fills: `<slot wrapper '__len__' of 'list' objects>`),
 * else a method descriptor.
 */
/**
 * A set's lookup of `key` (set_contains, set_discard, set.remove): a set, unhashable, is
 * looked for as the frozenset of its members — a temporary, as CPython makes one.
 */
export function setKeyRetry<R>(key: HeapObject, find: (k: HeapObject) => R): R {
  try {
    return find(key);
  } catch (e) {
    if (key.type.layout !== setContract || !(e instanceof PyRaise)) throw e;
    if (!isInstanceOf(e.exc, T.TypeError)) throw e;
    decref(e.exc);
  }
  const frozen = setFrom(key, true);
  try {
    return find(frozen);
  } finally {
    decref(frozen);
  }
}

export function defineMethod(type: HeapObject, name: string, impl: NativeFunction): void {
  typeInfo(type).dict.set(name, newTypeMethod(name, impl, type));
}

/** The descriptor for a builtin type's method `name` (see defineMethod). */
export function newTypeMethod(name: string, impl: NativeFunction, type: HeapObject): HeapObject {
  return SLOT_NAMES.has(name) && !COEXISTING.has(`${typeInfo(type).name}.${name}`)
    ? newWrapperDescriptor(name, checkedSlot(name, impl, type), type)
    : newMethodDescriptor(name, impl, type);
}

/**
 * A slot wrapper's own argument checks (wrapperdescr_raw_call, then the wrap_* function):
 * no keywords, and the slot's argument count — check_num_args' message, or
 * PyArg_UnpackTuple's (which starts with a space: its function name is "").
 */
function checkedSlot(name: string, impl: NativeFunction, type: HeapObject): NativeFunction {
  if (name === "__init__" || name === "__call__") return impl;
  let min = 1;
  let max = 1;
  let unpack = false;
  if (UNARY_SLOTS.has(name)) max = min = 0;
  else if (name === "__setitem__" || name === "__setattr__" || name === "__set__") {
    max = min = 2;
    unpack = true;
  } else if (
    name === "__pow__" ||
    name === "__rpow__" ||
    name === "__ipow__" ||
    name === "__get__"
  ) {
    max = 2;
    unpack = true;
  } else if (name === "__mul__" || name === "__rmul__" || name === "__imul__") {
    // sq_repeat (wrap_indexargfunc) for the sequences, nb_multiply for the rest
    unpack = ["str", "bytes", "bytearray", "list", "tuple"].includes(typeInfo(type).name);
  }
  const plural = (k: number) => (k === 1 ? "argument" : "arguments");
  return (args, kwnames, self) => {
    if (kwnames !== null && kwnames.length > 0) {
      raise(T.TypeError, `wrapper ${name}() takes no keyword arguments`);
    }
    const n = args.length;
    if (n < min || n > max) {
      const lead = unpack ? " " : "";
      if (min === max) raise(T.TypeError, `${lead}expected ${min} ${plural(min)}, got ${n}`);
      if (n < min) raise(T.TypeError, `${lead}expected at least ${min} ${plural(min)}, got ${n}`);
      raise(T.TypeError, `${lead}expected at most ${max} ${plural(max)}, got ${n}`);
    }
    return impl(args, kwnames, self);
  };
}

/** The slots called with no argument but self. */
const UNARY_SLOTS = new Set(
  (
    "__repr__ __str__ __hash__ __iter__ __next__ __len__ __neg__ __pos__ __abs__ __bool__ " +
    "__invert__ __int__ __float__ __index__ __del__ __await__ __aiter__ __anext__"
  ).split(" "),
);

/** The builtin types without Py_TPFLAGS_BASETYPE: no class may derive from them. */
const FINAL_TYPES = new Set(
  (
    "bool range slice NoneType NotImplementedType ellipsis function builtin_function_or_method " +
    "method method_descriptor wrapper_descriptor method-wrapper cell code frame traceback " +
    "generator list_iterator tuple_iterator range_iterator str_ascii_iterator " +
    "dict_keyiterator dict_valueiterator dict_itemiterator set_iterator getset_descriptor " +
    "member_descriptor dict_keys dict_values dict_items mappingproxy classmethod_descriptor " +
    "memoryview callable_iterator iterator coroutine async_generator UnionType"
  ).split(" "),
);

/** The method names of CPython's type slots (typeobject.c, slotdefs; not __new__). */
const SLOT_NAMES = new Set(
  (
    "__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ " +
    "__lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ " +
    "__init__ __del__ __await__ __aiter__ __anext__ __add__ __radd__ __sub__ __rsub__ __mul__ " +
    "__rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ " +
    "__abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ " +
    "__rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__ __iadd__ __isub__ __imul__ " +
    "__imod__ __ipow__ __ilshift__ __irshift__ __iand__ __ixor__ __ior__ __floordiv__ " +
    "__rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ __itruediv__ __index__ __matmul__ " +
    "__rmatmul__ __imatmul__ __len__ __getitem__ __setitem__ __delitem__ __contains__"
  ).split(" "),
);

/** Slot names a type defines as a plain method too, which then wins (METH_COEXIST). */
const COEXISTING = new Set([
  "dict.__contains__",
  "dict.__getitem__",
  "list.__getitem__",
  "set.__contains__",
  "frozenset.__contains__",
]);

function bootstrapTypes(): void {
  // type and object refer to each other.
  const typeType = builtinType("type", typeContract, null);
  const objectType = builtinType("object", objectContract, null);
  typeInfo(typeType).bases = [objectType];
  typeInfo(typeType).mro = [typeType, objectType];
  // type has tp_weaklistoffset: a metaclass adds no __weakref__ descriptor of its own.
  typeInfo(typeType).weakrefable = true;
  const plain: [string, ObjectType][] = [
    ["NoneType", noneContract],
    ["NotImplementedType", notImplementedContract],
    ["ellipsis", ellipsisContract],
    ["int", intContract],
    ["float", floatContract],
    ["str", strContract],
    ["list", listContract],
    ["tuple", tupleContract],
    ["dict", dictContract],
    ["function", functionContract],
    ["builtin_function_or_method", builtinContract],
    ["method_descriptor", methodDescriptorContract],
    ["wrapper_descriptor", wrapperDescriptorContract],
    ["method-wrapper", methodWrapperContract],
    ["method", methodContract],
    ["cell", cellContract],
    ["module", moduleContract],
    ["classmethod", classmethodContract],
    ["staticmethod", staticmethodContract],
    ["property", propertyContract],
    ["getset_descriptor", getsetContract],
    ["member_descriptor", memberContract],
    ["list_iterator", listIterContract],
    ["tuple_iterator", tupleIterContract],
    ["str_ascii_iterator", strIterContract],
    ["dict_keyiterator", dictIterContract],
    ["set_iterator", setIterContract],
    ["dict_valueiterator", dictValueIterContract],
    ["dict_itemiterator", dictItemIterContract],
    ["iterator", seqIterContract],
    ["range", rangeContract],
    ["range_iterator", rangeIterContract],
    ["slice", sliceContract],
    ["super", superContract],
    ["set", setContract],
    ["dict_keys", dictKeysContract],
    ["dict_values", dictValuesContract],
    ["dict_items", dictItemsContract],
    ["frozenset", frozensetContract],
  ];
  for (const [name, contract] of plain) builtinType(name, contract, objectType);
  builtinType("bool", boolContract, T.int);
  typeInfo(T.module).hasDict = true;
  for (const t of [T.classmethod, T.staticmethod, T.property]) typeInfo(t).heapType = false;
}

function bootstrapSingletons(): void {
  S.None = heap.alloc(noneContract);
  S.NotImplemented = heap.alloc(notImplementedContract);
  S.Ellipsis = heap.alloc(ellipsisContract);
  S.True = heap.alloc(boolContract, 1);
  S.False = heap.alloc(boolContract, 0);
  S.emptyTuple = heap.alloc(tupleContract, []);
  // (until __main__ starts: see singletonsAtStartOfMain; the empty tuple is static in 3.11)
  for (const s of [S.None, S.NotImplemented, S.Ellipsis, S.True, S.False]) s.refcnt = 1_000_000;
  S.emptyTuple.refcnt = 999_999_999;
}

// ---------------------------------------------------------------- repr

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c >= 0x80 && c < 0xa0) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c > 0x7f && (typeFlags(c) & PRINTABLE_MASK) === 0) {
      // Py_UNICODE_ISPRINTABLE (Unicode 14.0's, as str.isprintable: JavaScript's \p{C}
      // would print characters assigned since as themselves).
      if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
      else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
      else out += `\\U${c.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

function installRepr(): void {
  nativeRepr.set(noneContract, () => "None");
  // sm_repr / cm_repr: the callable's repr, named staticmethod or classmethod (not the
  // subclass's name)
  for (const [c, name] of [
    [staticmethodContract, "staticmethod"],
    [classmethodContract, "classmethod"],
  ] as const) {
    nativeRepr.set(c, (o) => `<${name}(${repr(o.p0 as HeapObject)})>`);
  }
  nativeRepr.set(
    getsetContract,
    (o) => `<attribute '${o.p1 as string}' of '${typeInfo(o.p0 as HeapObject).name}' objects>`,
  );
  nativeRepr.set(
    memberContract,
    (o) => `<member '${o.p1 as string}' of '${typeInfo(o.p0 as HeapObject).name}' objects>`,
  );
  nativeRepr.set(notImplementedContract, () => "NotImplemented");
  nativeRepr.set(ellipsisContract, () => "Ellipsis");
  // super_repr: the class it starts after, and the type of what it is bound to.
  nativeRepr.set(superContract, (o) => {
    const start = typeInfo(o.p0 as HeapObject).name;
    const bound = o.p1 === null ? "NULL" : `<${typeInfo(o.p2 as HeapObject).name} object>`;
    return `<super: <class '${start}'>, ${bound}>`;
  });
  nativeRepr.set(boolContract, (o) => (o.p0 ? "True" : "False"));
  nativeRepr.set(intContract, (o) => intToDecimal(o.p0));
  nativeRepr.set(floatContract, (o) => floatRepr(o.p0));
  nativeRepr.set(strContract, (o) => strRepr(o.p0));
  nativeRepr.set(listContract, (o) =>
    withReprGuard(o, "[...]", () => `[${(o.p0 as HeapObject[]).map(repr).join(", ")}]`),
  );
  nativeRepr.set(tupleContract, (o) => {
    const items = o.p0 as HeapObject[];
    if (items.length === 1) return `(${repr(items[0]!)},)`;
    return withReprGuard(o, "(...)", () => `(${items.map(repr).join(", ")})`);
  });
  nativeRepr.set(dictContract, (o) =>
    withReprGuard(o, "{...}", () => {
      const parts: string[] = [];
      for (const e of (o.p0 as DictStore).live()) parts.push(`${repr(e.key)}: ${repr(e.value)}`);
      return `{${parts.join(", ")}}`;
    }),
  );
  const setRepr = (o: HeapObject) => {
    const items = setMembers(o);
    const name = typeInfo(typeOf(o)).name;
    // set_repr: an exact set shows its items bare; frozenset and subclasses name the type.
    const named = o.type !== setContract;
    if (items.length === 0) return `${name}()`;
    return withReprGuard(o, `${name}(...)`, () => {
      const body = `{${items.map(repr).join(", ")}}`;
      return named ? `${name}(${body})` : body;
    });
  };
  nativeRepr.set(setContract, setRepr);
  for (const c of [dictKeysContract, dictValuesContract, dictItemsContract]) {
    nativeRepr.set(c, (o) => {
      const store = (o.p0 as HeapObject).p0 as DictStore;
      const parts = [...store.live()].map((e) =>
        c === dictKeysContract
          ? repr(e.key)
          : c === dictValuesContract
            ? repr(e.value)
            : `(${repr(e.key)}, ${repr(e.value)})`,
      );
      return `${c.name}([${parts.join(", ")}])`;
    });
  }
  nativeRepr.set(frozensetContract, setRepr);
  nativeRepr.set(
    functionContract,
    (o) => `<function ${(o.p0 as { qualname: HeapObject }).qualname.p0} at ${addr(o)}>`,
  );
  nativeRepr.set(builtinContract, (o) =>
    o.p2 === null || o.p2.type === moduleContract
      ? `<built-in function ${o.p1}>`
      : `<built-in method ${o.p1} of ${typeName(o.p2)} object at ${addr(o.p2)}>`,
  );
  nativeRepr.set(
    methodDescriptorContract,
    (o) => `<method '${o.p1}' of '${typeInfo(o.p2).name}' objects>`,
  );
  nativeRepr.set(
    wrapperDescriptorContract,
    (o) => `<slot wrapper '${o.p1}' of '${typeInfo(o.p2).name}' objects>`,
  );
  nativeRepr.set(
    methodWrapperContract,
    (o) => `<method-wrapper '${o.p0.p1}' of ${typeName(o.p1)} object at ${addr(o.p1)}>`,
  );
  nativeRepr.set(methodContract, (o) => {
    const fd = o.p0.p0 as { qualname: HeapObject } | null;
    const name = fd?.qualname?.p0 ?? "?";
    return `<bound method ${name} of ${repr(o.p1)}>`;
  });
  // _module_repr: the module's __name__ now ('?' without one), then where it came from.
  nativeRepr.set(moduleContract, (o) => {
    const attrs = (o.p0 as HeapObject).p0 as DictStore;
    const nameObj = attrs.getStr("__name__");
    const name = nameObj !== undefined && nameObj.type === strContract ? nameObj.p0 : "?";
    const file = attrs.getStr("__file__");
    if (o.p1 === "sys" || o.p1 === "builtins" || o.p1 === "gc" || o.p1 === "time") {
      return `<module '${name}' (built-in)>`;
    }
    if (file !== undefined && file.type === strContract)
      return `<module '${name}' from '${file.p0}'>`;
    return `<module '${name}'>`;
  });
  nativeRepr.set(cellContract, (o) =>
    o.p0 === null
      ? `<cell at ${addr(o)}: empty>`
      : `<cell at ${addr(o)}: ${typeName(o.p0)} object at ${addr(o.p0)}>`,
  );
  nativeRepr.set(rangeContract, (o) =>
    Number(o.p2) === 1 ? `range(${o.p0}, ${o.p1})` : `range(${o.p0}, ${o.p1}, ${o.p2})`,
  );
  nativeRepr.set(sliceContract, (o) => `slice(${repr(o.p0)}, ${repr(o.p1)}, ${repr(o.p2)})`);
  nativeRepr.set(objectContract, (o) => `<object object at ${addr(o)}>`);
  nativeRepr.set(typeContract, (o) => {
    const info = typeInfo(o);
    return info.module === "builtins"
      ? `<class '${info.qualname}'>`
      : `<class '${info.module}.${info.qualname}'>`;
  });
}

function addr(o: HeapObject): string {
  return `0x${heap.addressOf(o).toString(16)}`;
}

// ---------------------------------------------------------------- numbers

function toBig(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

function intValue(o: HeapObject): number | bigint {
  return o.p0 as number | bigint;
}

function isIntLike(o: HeapObject): boolean {
  const c = o.type.layout;
  return c === intContract || c === boolContract;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * float_floor_div (through _float_div_mod): the quotient from x - fmod(x, y), adjusted to
 * floor's direction, then rounded to the nearest integer; Math.floor(x / y) is wrong when
 * x / y rounds up to an integer (1 // 0.1 is 9.0). A zero result has x / y's sign.
 */
function floatFloorDiv(x: number, y: number): number {
  const mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0 && y < 0 !== mod < 0) div -= 1;
  if (div === 0) {
    const q = x / y;
    return q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  const floor = Math.floor(div);
  return div - floor > 0.5 ? floor + 1 : floor;
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * long_true_divide: a / b correctly rounded (half to even), for ints past 2**53 where
 * Number(a) / Number(b) would round twice. The integer quotient is taken to 55+ bits
 * with a sticky bit for the remainder, so Number()'s own rounding is the final one.
 */
function trueDivide(a: bigint, b: bigint): number {
  const neg = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a <= 2n ** 53n && b <= 2n ** 53n) return (neg ? -1 : 1) * (Number(a) / Number(b));
  if (a === 0n) return neg ? -0 : 0;
  const k = Math.max(0, bitLength(b) - bitLength(a) + 55);
  const scaled = a << BigInt(k);
  let q = scaled / b;
  if (q * b !== scaled) q |= 1n;
  let r = Number(q);
  // Scale by 2**-k in steps that stay exact while the result is a normal double.
  let e = k;
  while (e > 0) {
    const step = Math.min(e, 1000);
    r /= 2 ** step;
    e -= step;
  }
  if (!Number.isFinite(r)) raise(T.OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

function intOp(x: number | bigint, y: number | bigint, op: BinOpName): HeapObject | null {
  if (typeof x === "number" && typeof y === "number") {
    switch (op) {
      case "+": {
        const r = x + y;
        if (Number.isSafeInteger(r)) return newInt(r);
        break;
      }
      case "-": {
        const r = x - y;
        if (Number.isSafeInteger(r)) return newInt(r);
        break;
      }
      case "*": {
        const r = x * y;
        if (Number.isSafeInteger(r)) return newInt(r);
        break;
      }
      case "//":
        if (y === 0) raise(T.ZeroDivisionError, "integer division or modulo by zero");
        // Past 2**51 the BigInt path below decides (see floorQuotient).
        if (Math.abs(x) <= 2 ** 51 && Math.abs(y) <= 2 ** 51) return newInt(floorQuotient(x, y));
        break;
      case "%": {
        if (y === 0) raise(T.ZeroDivisionError, "integer modulo by zero");
        const r = x % y;
        return newInt(r !== 0 && r < 0 !== y < 0 ? r + y : r);
      }
      case "/":
        if (y === 0) raise(T.ZeroDivisionError, "division by zero");
        return newFloat(x / y);
      case "&":
      case "|":
      case "^":
        if (x >= -0x80000000 && x <= 0x7fffffff && y >= -0x80000000 && y <= 0x7fffffff) {
          return newInt(op === "&" ? x & y : op === "|" ? x | y : x ^ y);
        }
        break;
      default:
        break;
    }
  }
  const a = toBig(x);
  const b = toBig(y);
  switch (op) {
    case "+":
      return newInt(a + b);
    case "-":
      return newInt(a - b);
    case "*":
      return newInt(a * b);
    case "//":
      if (b === 0n) raise(T.ZeroDivisionError, "integer division or modulo by zero");
      return newInt(floorDiv(a, b));
    case "%": {
      if (b === 0n) raise(T.ZeroDivisionError, "integer modulo by zero");
      return newInt(a - floorDiv(a, b) * b);
    }
    case "/":
      if (b === 0n) raise(T.ZeroDivisionError, "division by zero");
      return newFloat(trueDivide(a, b));
    case "**":
      // long_pow hands a negative exponent to float_pow.
      if (b < 0n) return floatPow(Number(a), Number(b));
      return newInt(a ** b);
    case "<<":
      if (b < 0n) raise(T.ValueError, "negative shift count");
      return newInt(a << b);
    case ">>":
      if (b < 0n) raise(T.ValueError, "negative shift count");
      return newInt(a >> b);
    case "&":
      return newInt(a & b);
    case "|":
      return newInt(a | b);
    case "^":
      return newInt(a ^ b);
    default:
      return null;
  }
}

/** float_rem: the remainder has the divisor's sign (a zero one too). */
function pyFmod(x: number, y: number): number {
  const r = x % y;
  if (r === 0) return y < 0 || Object.is(y, -0) ? -0 : 0;
  return r < 0 !== y < 0 ? r + y : r;
}

function floatOp(x: number, y: number, op: BinOpName): HeapObject | null {
  switch (op) {
    case "+":
      return newFloat(x + y);
    case "-":
      return newFloat(x - y);
    case "*":
      return newFloat(x * y);
    case "/":
      if (y === 0) raise(T.ZeroDivisionError, "float division by zero");
      return newFloat(x / y);
    case "//":
      if (y === 0) raise(T.ZeroDivisionError, "float floor division by zero");
      return newFloat(floatFloorDiv(x, y));
    case "%":
      if (y === 0) raise(T.ZeroDivisionError, "float modulo");
      return newFloat(pyFmod(x, y));
    case "**":
      return floatPow(x, y);
    default:
      return null;
  }
}

/** The complex power for float_pow's negative base to a fractional power (complex.ts). */
export const floatPowHook = {
  complex: null as ((x: number, y: number) => HeapObject) | null,
};

/**
 * float_pow (Objects/floatobject.c): C99 pow's special cases where JavaScript's ** differs
 * (1 ** nan, (-1) ** ±inf, ±inf and ±0 bases), a negative base to a fractional power made
 * complex, and overflow raised.
 */
function floatPow(x: number, y: number): HeapObject {
  if (y === 0) return newFloat(1.0);
  if (Number.isNaN(x)) return newFloat(x);
  if (Number.isNaN(y)) return newFloat(x === 1 ? 1.0 : y);
  const oddInt = Number.isInteger(y) && Math.abs(y) % 2 === 1;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1) return newFloat(1.0);
    return newFloat(y > 0 === ax > 1 ? Number.POSITIVE_INFINITY : 0.0);
  }
  if (!Number.isFinite(x)) {
    if (y > 0) return newFloat(oddInt ? x : Math.abs(x));
    return newFloat(oddInt ? (x > 0 ? 0.0 : -0.0) : 0.0);
  }
  if (x === 0) {
    if (y < 0) raise(T.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return newFloat(oddInt ? x : 0.0);
  }
  let negate = false;
  if (x < 0) {
    if (!Number.isInteger(y) && floatPowHook.complex !== null) return floatPowHook.complex(x, y);
    x = -x;
    negate = oddInt;
  }
  if (x === 1) return newFloat(negate ? -1.0 : 1.0);
  const r = powPositive(x, y);
  if (!Number.isFinite(r)) raise(T.OverflowError, "(34, 'Numerical result out of range')");
  return newFloat(negate ? -r : r);
}

/**
 * A repeat count (PyNumber_AsSsize_t with OverflowError): counts past a machine word do
 * not fit, as in CPython.
 */
function repeatCount(n: HeapObject): number {
  const v = n.p0 as number | bigint;
  if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n))) {
    raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return Math.max(0, Number(v));
}

/** sequence * n for lists and tuples (list_repeat / tuple_repeat): new references. */
function repeat(items: HeapObject[], n: number): HeapObject[] {
  const out: HeapObject[] = [];
  if (n <= 0 || items.length === 0) return out;
  // list_repeat: PyErr_NoMemory when the items array cannot be had (or would pass the cap).
  const size = items.length * n;
  if (size > MAX_ITEMS) memoryError();
  accounting.reserve(8 * size);
  if (items.length === 1) {
    const x = items[0]!;
    x.refcnt += n;
    return new Array(n).fill(x);
  }
  for (let k = 0; k < n; k++) for (const x of items) out.push(x);
  for (const x of items) x.refcnt += n;
  return out;
}

/** PyLong_AsDouble for mixed arithmetic: OverflowError past the float range. */
function toFloat(o: HeapObject): number {
  const x = Number(o.p0);
  if (!Number.isFinite(x) && typeof o.p0 === "bigint")
    raise(T.OverflowError, "int too large to convert to float");
  return x;
}

function hasIndex(o: HeapObject): boolean {
  return typeInfo(typeOf(o)).heapType && lookupSlot(typeOf(o), "__index__") !== null;
}

function nativeBinaryImpl(a: HeapObject, b: HeapObject, op: BinOpName): HeapObject | null {
  const ca = a.type.layout;
  const cb = b.type.layout;
  if (op === "divmod") return numberDivmod(a, b);
  if (ca === boolContract && cb === boolContract && (op === "&" || op === "|" || op === "^")) {
    const x = a === S.True;
    const y = b === S.True;
    return incRef((op === "&" ? x && y : op === "|" ? x || y : x !== y) ? S.True : S.False);
  }
  if (isIntLike(a) && isIntLike(b)) return intOp(intValue(a), intValue(b), op);
  if ((ca === floatContract || isIntLike(a)) && (cb === floatContract || isIntLike(b))) {
    return floatOp(toFloat(a), toFloat(b), op);
  }
  if (ca === strContract) {
    if (op === "+" && cb === strContract) {
      // PyUnicode_Concat: with the empty string on one side, the other (itself if exact).
      if (a.type === strContract && a.p0 === "") return strOrSelf(b, b.p0 as string);
      if (b.type === strContract && b.p0 === "") return strOrSelf(a, a.p0 as string);
      if ((a.p0 as string).length + (b.p0 as string).length > MAX_STR_LENGTH) memoryError();
      return newStr((a.p0 as string) + (b.p0 as string));
    }
    if (op === "*" && isIntLike(b)) return strRepeat(a, repeatCount(b));
    if (op === "*" && hasIndex(b)) return strRepeat(a, Math.max(0, asIndex(b)));
    if (op === "%") return percentFormatHook.format(a, b);
  }
  if (cb === strContract && op === "*" && isIntLike(a)) return strRepeat(b, repeatCount(a));
  if (cb === strContract && op === "*" && hasIndex(a)) return strRepeat(b, Math.max(0, asIndex(a)));
  if (ca === listContract || ca === tupleContract) {
    const make = ca === listContract ? newList : newTuple;
    if (op === "+" && cb === ca) {
      const items = [...(a.p0 as HeapObject[]), ...(b.p0 as HeapObject[])];
      for (const x of items) incref(x);
      return make(items);
    }
    if (op === "*" && isIntLike(b)) return make(repeat(a.p0 as HeapObject[], repeatCount(b)));
    if (op === "*" && hasIndex(b))
      return make(repeat(a.p0 as HeapObject[], Math.max(0, asIndex(b))));
    if ((op as string) === "**=" && isIntLike(b) && ca === listContract) {
      // list_inplace_repeat: nothing to do for an empty list or once; cleared (the items
      // block freed) for n < 1; else list_resize to size * n, over-allocating as it does.
      const old = a.p0 as HeapObject[];
      const n = repeatCount(b);
      if (old.length === 0 || n === 1) return incRef(a);
      a.p0 = n < 1 ? [] : repeat(old, n);
      if (n < 1) setListCapacity(a, 0);
      else listResize(a, (a.p0 as HeapObject[]).length, old.length);
      releaseItemsBackwards(old);
      return incRef(a);
    }
  }
  if (isSetLike(a) && isSetLike(b) && (op === "|" || op === "&" || op === "-" || op === "^")) {
    // set_or, set_and, set_sub, set_xor: a new set of a's kind.
    const frozen = ca === frozensetContract;
    if (op === "|") return setUnion(a, [b], frozen);
    if (op === "&") return setIntersection(a, b, frozen);
    if (op === "-") return setDifference(a, b, frozen);
    return setSymmetricDifference(a, b, frozen);
  }
  if (ca === dictContract && cb === dictContract && op === "|") {
    // dict_or: a copy of a, updated from b (by the hashes they stored).
    const d = newDict();
    const store = d.p0 as DictStore;
    try {
      store.mergeFrom(a.p0 as DictStore);
      store.mergeFrom(b.p0 as DictStore);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  }
  if (
    (cb === listContract || cb === tupleContract) &&
    op === "*" &&
    (isIntLike(a) || hasIndex(a))
  ) {
    const n = isIntLike(a) ? repeatCount(a) : Math.max(0, asIndex(a));
    return (cb === listContract ? newList : newTuple)(repeat(b.p0 as HeapObject[], n));
  }
  return null;
}

/** long_divmod, float_divmod: the floor quotient and the remainder of two numbers. */
function numberDivmod(a: HeapObject, b: HeapObject): HeapObject | null {
  const number = (o: HeapObject) => isIntLike(o) || o.type.layout === floatContract;
  if (!number(a) || !number(b)) return null;
  const isFloat = a.type.layout === floatContract || b.type.layout === floatContract;
  if (isFloat && toFloat(b) === 0) raise(T.ZeroDivisionError, "float divmod()");
  const q = nativeBinaryImpl(a, b, "//")!;
  try {
    return newTuple([q, nativeBinaryImpl(a, b, "%")!]);
  } catch (e) {
    decref(q);
    throw e;
  }
}

/**
 * unicode_repeat: "repeated string is too long" past a machine word, MemoryError when the
 * string cannot be had (JavaScript's string limit, or the heap cap) — checked before the
 * string is built.
 */
function strRepeat(obj: HeapObject, n: number): HeapObject {
  const s = obj.p0 as string;
  // (one copy is the str itself: unicode_result_unchanged)
  if (n === 1) return strOrSelf(obj, s);
  const length = s.length * n;
  if (n > 0 && s.length > 0) {
    if (length >= 2 ** 63) raise(T.OverflowError, "repeated string is too long");
    if (length > MAX_STR_LENGTH) memoryError();
    accounting.reserve(49 + length);
  }
  return newStr(s.repeat(n));
}

export const percentFormatHook = {
  format: null as unknown as (fmt: HeapObject, args: HeapObject) => HeapObject,
};

// ---------------------------------------------------------------- comparison

/** Whether `op` holds between two values whose three-way comparison is `c`. */
export function cmpResult(c: number, op: CmpOp): boolean {
  switch (op) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case "==":
      return c === 0;
    case "!=":
      return c !== 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
  }
}

/** list_richcompare / tuplerichcompare; lists hold both items while their __eq__ runs. */
function seqCompare(x: HeapObject[], y: HeapObject[], op: CmpOp, hold: boolean): boolean {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x[i]!;
    const b = y[i]!;
    if (a === b) continue;
    if (hold) {
      b.refcnt++;
      try {
        if (pyEqHeld(a, b)) continue;
      } finally {
        decref(b);
      }
    } else if (pyEq(a, b)) continue;
    if (op === "==") return false;
    if (op === "!=") return true;
    return compareBool(x[i]!, y[i]!, op);
  }
  return cmpResult(x.length - y.length, op);
}

function nativeCompareImpl(a: HeapObject, b: HeapObject, op: CmpOp): boolean | null {
  if (a.type === builtinContract && b.type === builtinContract && (op === "==" || op === "!=")) {
    // meth_richcompare: the same C function bound to the same object (by identity).
    const same = a === b || (a.p0 === b.p0 && a.p2 !== null && a.p2 === b.p2);
    return op === "==" ? same : !same;
  }
  if (a.type === methodWrapperContract && b.type === methodWrapperContract) {
    // wrapper_richcompare: the same slot wrapper bound to the same object.
    if (op !== "==" && op !== "!=") return null;
    const same = a.p0 === b.p0 && a.p1 === b.p1;
    return op === "==" ? same : !same;
  }
  if (a.type === sliceContract && b.type === sliceContract) {
    const ta = newTuple([
      incRef(a.p0 as HeapObject),
      incRef(a.p1 as HeapObject),
      incRef(a.p2 as HeapObject),
    ]);
    const tb = newTuple([
      incRef(b.p0 as HeapObject),
      incRef(b.p1 as HeapObject),
      incRef(b.p2 as HeapObject),
    ]);
    try {
      return compareBool(ta, tb, op);
    } finally {
      decref(ta);
      decref(tb);
    }
  }
  if (a.type === rangeContract && b.type === rangeContract && (op === "==" || op === "!=")) {
    const same = rangeEquals(a, b);
    return op === "==" ? same : !same;
  }
  const ca = a.type.layout;
  const cb = b.type.layout;
  if ((isIntLike(a) || ca === floatContract) && (isIntLike(b) || cb === floatContract)) {
    const x = a.p0 as number | bigint;
    const y = b.p0 as number | bigint;
    // (NaN is unordered against any int, a big one included; a bigint and a double
    // compare exactly in JS, as float_richcompare does)
    if (Number.isNaN(x) || Number.isNaN(y)) return op === "!=";
    return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
  }
  if (ca === strContract && cb === strContract) {
    const x = a.p0 as string;
    const y = b.p0 as string;
    if (op === "==") return x === y;
    if (op === "!=") return x !== y;
    return cmpResult(compareStr(x, y), op);
  }
  if (ca === listContract && cb === listContract) {
    return seqCompare(a.p0 as HeapObject[], b.p0 as HeapObject[], op, true);
  }
  if (ca === tupleContract && cb === tupleContract) {
    return seqCompare(a.p0 as HeapObject[], b.p0 as HeapObject[], op, false);
  }
  if (ca === dictContract && cb === dictContract && (op === "==" || op === "!=")) {
    const x = a.p0 as DictStore;
    const y = b.p0 as DictStore;
    let eq = x.size === y.size;
    if (eq) {
      // dict_equal holds the key and both values while it looks up (by the hash x stored)
      // and compares; x's entries are read afresh each time (a comparison may change x).
      for (let i = 0; i < x.table.length; i += ENTRY) {
        const key = x.table[i] as HeapObject | null;
        if (key === null) continue;
        const aval = x.table[i + 1] as HeapObject;
        key.refcnt++;
        aval.refcnt++;
        try {
          const bval = y.getStored(key, x.table[i + 2]);
          if (bval === undefined) {
            eq = false;
            break;
          }
          bval.refcnt++;
          try {
            eq = aval === bval || pyEq(aval, bval);
          } finally {
            decref(bval);
          }
          if (!eq) break;
        } finally {
          decref(key);
          decref(aval);
        }
      }
    }
    return op === "==" ? eq : !eq;
  }
  if (ca === methodContract && cb === methodContract && (op === "==" || op === "!=")) {
    // meth_richcompare: same function and the very same self.
    const eq = a.p1 === b.p1 && (a.p0 === b.p0 || pyEq(a.p0, b.p0));
    return op === "==" ? eq : !eq;
  }
  if (isSetLike(a) && isSetLike(b)) {
    const sa = a.p0 as DictStore;
    const sb = b.p0 as DictStore;
    // set_richcompare over set_issubset (the hashes the sets stored, no __hash__ call).
    switch (op) {
      case "==":
        return sa.size === sb.size && setIsSubset(a, b);
      case "!=":
        return !(sa.size === sb.size && setIsSubset(a, b));
      case "<=":
        return setIsSubset(a, b);
      case "<":
        return sa.size < sb.size && setIsSubset(a, b);
      case ">=":
        return setIsSubset(b, a);
      case ">":
        return sb.size < sa.size && setIsSubset(b, a);
    }
  }
  if (op === "==")
    return ca === cb || !(isIntLike(a) || isIntLike(b)) ? (a === b ? true : null) : null;
  return null;
}

// ---------------------------------------------------------------- sequences

function normIndex(i: number, n: number, what: string): number {
  const j = i < 0 ? i + n : i;
  if (j < 0 || j >= n) raise(T.IndexError, `${what} index out of range`);
  return j;
}

export interface SliceBounds {
  start: number;
  stop: number;
  step: number;
  length: number;
}

/** One of a slice's start/stop/step as an index (null: None), a small int at once. */
function sliceField(o: HeapObject | null): number | null {
  if (o === null || o === S.None) return null;
  if (o.type === intContract && typeof o.p0 === "number") return o.p0;
  return asIndex(o);
}

/** PySlice_GetIndicesEx */
export function sliceIndices(slice: HeapObject, n: number): SliceBounds {
  const step = sliceField(slice.p2) ?? 1;
  if (step === 0) raise(T.ValueError, "slice step cannot be zero");
  const s0 = sliceField(slice.p0);
  const s1 = sliceField(slice.p1);
  return adjustSlice(s0, s1, step, n);
}

/** PySlice_AdjustIndices: unpacked bounds (null: None) clamped to a length of n. */
function adjustSlice(s0: number | null, s1: number | null, step: number, n: number): SliceBounds {
  let start: number;
  let stop: number;
  let length: number;
  if (step > 0) {
    start = boundUp(s0, 0, n);
    stop = boundUp(s1, n, n);
    length = stop <= start ? 0 : step === 1 ? stop - start : Math.ceil((stop - start) / step);
  } else {
    start = boundDown(s0, n - 1, n);
    stop = boundDown(s1, -1, n);
    length = start <= stop ? 0 : Math.ceil((start - stop) / -step);
  }
  step = step | 0 || step;
  return { start, stop, step, length };
}

/** A bound of a slice with a positive step over n items (None: `dflt`), clamped to 0..n. */
function boundUp(s: number | null, dflt: number, n: number): number {
  return s === null ? dflt : s < 0 ? Math.max(0, s + n) : Math.min(s, n);
}

/** A bound of a slice with a negative step over n items (None: `dflt`), clamped to -1..n-1. */
function boundDown(s: number | null, dflt: number, n: number): number {
  return s === null ? dflt : s < 0 ? Math.max(-1, s + n) : Math.min(s, n - 1);
}

/** A slice part that is None (null) or an exact int below 2**53, else undefined. */
function plainPart(x: HeapObject): number | null | undefined {
  if (x === S.None) return null;
  return x.type === intContract && typeof x.p0 === "number" ? x.p0 : undefined;
}

/**
 * The bounds of lo:hi:st over n items when each part is None or an exact int below 2**53
 * and the step is not 0 (nothing to call, nothing to raise), else null.
 */
function plainBounds(lo: HeapObject, hi: HeapObject, st: HeapObject, n: number) {
  const step = plainPart(st);
  const s0 = plainPart(lo);
  const s1 = plainPart(hi);
  if (step === undefined || step === 0 || s0 === undefined || s1 === undefined) return null;
  return adjustSlice(s0, s1, step ?? 1, n);
}

/**
 * BUILD_SLICE + BINARY_SUBSCR of an exact list or tuple by lo:hi:st (all borrowed), made
 * without the slice object: only while the one-slice cache holds its slice (CPython takes
 * it and gives it back, so no count moves) and no allocation observer watches, and when
 * plainBounds applies. A new reference, or null (then the caller makes the slice).
 */
export function sliceLoadQuick(
  o: HeapObject,
  lo: HeapObject,
  hi: HeapObject,
  st: HeapObject,
): HeapObject | null {
  if (freeLists.slice !== 1 || heap.observer !== null) return null;
  const c = o.type;
  if (c !== listContract && c !== tupleContract) return null;
  const items = o.p0 as HeapObject[];
  // plainBounds and adjustSlice without their object (this runs in inner loops:
  // fannkuch's perm[k::-1])
  const st1 = plainPart(st);
  const s0 = plainPart(lo);
  const s1 = plainPart(hi);
  if (st1 === undefined || st1 === 0 || s0 === undefined || s1 === undefined) return null;
  const step = st1 ?? 1;
  const n = items.length;
  let out: HeapObject[];
  if (step > 0) {
    const start = boundUp(s0, 0, n);
    const stop = boundUp(s1, n, n);
    if (step === 1) {
      // tuple_subscript: a full slice of an exact tuple is the tuple itself.
      if (c === tupleContract && start === 0 && stop === n) return incRef(o);
      out = stop <= start ? [] : items.slice(start, stop);
      for (let k = 0; k < out.length; k++) out[k]!.refcnt++;
    } else {
      const length = stop <= start ? 0 : Math.ceil((stop - start) / step);
      out = stridedItems(items, start, step, length);
    }
  } else {
    const start = boundDown(s0, n - 1, n);
    const stop = boundDown(s1, -1, n);
    const length = start <= stop ? 0 : Math.ceil((start - stop) / -step);
    out = stridedItems(items, start, step, length);
  }
  return c === listContract ? newList(out) : newTuple(out);
}

/** New references to `length` items from `start` by `step` (a packed array). */
function stridedItems(
  items: HeapObject[],
  start: number,
  step: number,
  length: number,
): HeapObject[] {
  const out = new Array<HeapObject>(length);
  for (let k = 0, i = start; k < length; k++, i += step) {
    const x = items[i]!;
    x.refcnt++;
    out[k] = x;
  }
  return out;
}

/** STORE_SUBSCR of an exact list by lo:hi:st, as sliceLoadQuick; false: not applicable. */
export function sliceStoreQuick(
  o: HeapObject,
  lo: HeapObject,
  hi: HeapObject,
  st: HeapObject,
  value: HeapObject,
): boolean {
  if (freeLists.slice !== 1 || heap.observer !== null || o.type !== listContract) return false;
  const items = o.p0 as HeapObject[];
  const n = items.length;
  const vc = value.type;
  if (st === S.None && (vc === listContract || vc === tupleContract) && value !== o) {
    // lo:hi from another list or tuple, the bounds worked out here (without plainBounds'
    // object: this runs in inner loops, fannkuch's perm[:k + 1] = ...)
    const s0 = plainPart(lo);
    const s1 = plainPart(hi);
    if (s0 === undefined || s1 === undefined) return false;
    const start = boundUp(s0, 0, n);
    const stop = boundUp(s1, n, n);
    if (stop - start === (value.p0 as HeapObject[]).length) {
      replaceRange(items, start, stop, value.p0 as HeapObject[]);
      return true;
    }
  }
  const b = plainBounds(lo, hi, st, n);
  if (b === null) return false;
  listAssignSlice(o, b, value);
  return true;
}

/**
 * items[start:stop] = src, of the same size (another list's or tuple's items): they go in
 * place, then the replaced ones are released, the last first — without a copy of them
 * when none goes (each held elsewhere too, as small ints are): nothing runs, order cannot
 * show. (The counts are lowered first to see that; raised back if one would go.)
 */
function replaceRange(items: HeapObject[], start: number, stop: number, src: HeapObject[]) {
  let held = true;
  for (let k = start; k < stop; k++) if (--items[k]!.refcnt === 0) held = false;
  if (held) {
    for (let k = start; k < stop; k++) {
      const x = src[k - start]!;
      x.refcnt++;
      items[k] = x;
    }
    return;
  }
  for (let k = start; k < stop; k++) items[k]!.refcnt++;
  const removed = items.slice(start, stop);
  for (let k = start; k < stop; k++) {
    const x = src[k - start]!;
    x.refcnt++;
    items[k] = x;
  }
  releaseItemsBackwards(removed);
}

/** list_ass_subscript by a slice's bounds (value borrowed). */
function listAssignSlice(o: HeapObject, b: SliceBounds, value: HeapObject): void {
  const items = o.p0 as HeapObject[];
  const vc = value.type;
  if (b.step === 1 && (vc === listContract || vc === tupleContract) && value !== o) {
    const src = value.p0 as HeapObject[];
    const n = Math.max(0, b.stop - b.start);
    // (an __index__ of the slice may have shortened the list: then the bounds are
    // clamped again, below)
    if (src.length === n && b.stop <= items.length) {
      replaceRange(items, b.start, b.stop, src);
      return;
    }
  }
  const repl = toArray(value);
  if (b.step === 1) {
    // list_ass_slice: the capacity moves only if the size does (list_resize), or
    // drops to nothing when the list ends up empty (_list_clear).
    const oldLen = items.length;
    const n = Math.max(0, b.stop - b.start);
    // (turning the value into items ran Python code that may have shortened the
    // list: splice clamps the bounds again, as list_ass_slice does)
    if (repl.length === n && b.stop <= items.length) {
      // Same size: the items are swapped in place.
      const removed = items.slice(b.start, b.stop);
      for (let k = 0; k < n; k++) items[b.start + k] = repl[k]!;
      releaseItemsBackwards(removed);
      return;
    }
    const removed = items.splice(b.start, n, ...repl);
    if (items.length === 0) setListCapacity(o, 0);
    else if (items.length !== oldLen) listResize(o, items.length, oldLen);
    releaseItemsBackwards(removed);
    return;
  }
  if (repl.length !== b.length) {
    for (const x of repl) decref(x);
    raise(
      T.ValueError,
      `attempt to assign sequence of size ${repl.length} to extended slice of size ${b.length}`,
    );
  }
  const old: HeapObject[] = [];
  for (let k = 0, i = b.start; k < b.length; k++, i += b.step) {
    old.push(items[i]!);
    items[i] = repl[k]!;
  }
  for (const x of old) decref(x);
}

/** list_subscript / tuple_subscript by a slice's bounds: a new list or tuple. */
function seqSlice(o: HeapObject, bounds: SliceBounds): HeapObject {
  const items = o.p0 as HeapObject[];
  // tuple_subscript: a full slice of an exact tuple is the tuple itself.
  if (
    o.type === tupleContract &&
    bounds.start === 0 &&
    bounds.step === 1 &&
    bounds.length === items.length
  ) {
    return incRef(o);
  }
  let items2: HeapObject[];
  if (bounds.step === 1) {
    items2 = items.slice(bounds.start, bounds.start + bounds.length);
    for (let k = 0; k < items2.length; k++) items2[k]!.refcnt++;
  } else items2 = stridedItems(items, bounds.start, bounds.step, bounds.length);
  return o.type.layout === listContract ? newList(items2) : newTuple(items2);
}

/** The last string whose code points were asked for, and them (null: no surrogates). */
let cpString = "";
let cpChars: string[] | null = null;

/**
 * A str's code points as an array, or null when it has no surrogates (then JS indices
 * are code point indices). One string is remembered, so a loop indexing the same string
 * does not split it on every access.
 */
export function codePoints(s: string): string[] | null {
  if (s === cpString) return cpChars;
  cpString = s;
  cpChars = /[\uD800-\uDFFF]/.test(s) ? [...s] : null;
  return cpChars;
}

/** The UTF-16 offset of code point k of a string whose code points are `cps`. */
function unitOffset(cps: string[], k: number): number {
  let u = 0;
  for (let j = 0; j < k; j++) u += cps[j]!.length;
  return u;
}

/**
 * str.find and str.rfind (`right`) by code points: the index of `sub` in x[start:end]
 * (code point bounds, already clamped), or -1. JS's indexOf works in UTF-16 units, so in
 * a string with astral characters the bounds and the answer are converted, and a match
 * that would cut a surrogate pair (a lone surrogate searched for) does not count, as the
 * pair is one code point to Python.
 */
export function strFind(
  x: string,
  sub: string,
  start: number,
  end: number,
  right: boolean,
): number {
  if (end - start < cpLength(sub)) return -1;
  const cps = codePoints(x);
  if (cps === null) {
    const seg = x.slice(start, end);
    const i = right ? seg.lastIndexOf(sub) : seg.indexOf(sub);
    return i < 0 ? -1 : i + start;
  }
  const us = unitOffset(cps, start);
  const ue = unitOffset(cps, end);
  const m = sub.length;
  const ok = (i: number) => !splitsPair(x, i) && !splitsPair(x, i + m);
  if (!right) {
    for (let i = x.indexOf(sub, us); i >= 0 && i + m <= ue; i = x.indexOf(sub, i + 1)) {
      if (ok(i)) return cpLength(x.slice(0, i));
    }
  } else {
    for (
      let i = x.lastIndexOf(sub, ue - m);
      i >= us;
      i = i === 0 ? -1 : x.lastIndexOf(sub, i - 1)
    ) {
      if (ok(i)) return cpLength(x.slice(0, i));
    }
  }
  return -1;
}

/** `sub in x` by code points: JS's includes, unless a match could cut a surrogate pair. */
export function strContains(x: string, sub: string): boolean {
  if (!x.includes(sub)) return false;
  const m = sub.length;
  const first = m === 0 ? 0 : sub.charCodeAt(0);
  const last = m === 0 ? 0 : sub.charCodeAt(m - 1);
  // (a match cuts a pair only if sub starts with a low surrogate or ends with a high one)
  if ((first < 0xdc00 || first > 0xdfff) && (last < 0xd800 || last > 0xdbff)) return true;
  return strFind(x, sub, 0, (codePoints(x) ?? x).length, false) >= 0;
}

/** str.count by code points (see strFind): non-overlapping matches in x[start:end]. */
export function strCount(x: string, sub: string, start: number, end: number): number {
  if (end < start) return 0;
  const cps = codePoints(x);
  if (sub === "") return end - start + 1;
  if (cps === null) return x.slice(start, end).split(sub).length - 1;
  const us = unitOffset(cps, start);
  const ue = unitOffset(cps, end);
  const m = sub.length;
  let n = 0;
  for (let i = x.indexOf(sub, us); i >= 0 && i + m <= ue; ) {
    if (!splitsPair(x, i) && !splitsPair(x, i + m)) {
      n++;
      i = x.indexOf(sub, i + m);
    } else i = x.indexOf(sub, i + 1);
  }
  return n;
}

/** x[start:end] by code points (bounds already clamped). */
export function strSlice(x: string, start: number, end: number): string {
  const cps = codePoints(x);
  if (cps === null) return x.slice(start, end);
  return x.slice(unitOffset(cps, start), unitOffset(cps, Math.max(start, end)));
}

/** Whether x (a code point slice) starts (`atEnd` false) or ends with p by code points. */
export function strAffix(x: string, p: string, atEnd: boolean): boolean {
  if (!atEnd) return x.startsWith(p) && !splitsPair(x, p.length);
  return x.endsWith(p) && !splitsPair(x, x.length - p.length);
}

/**
 * unicode_compare: -1, 0 or 1 by code points. JS's < compares UTF-16 units, which puts
 * an astral character (a high surrogate first) before U+E000..U+FFFF; the two differ
 * only where the first unequal units are not both below U+D800.
 */
export function compareStr(x: string, y: string): number {
  if (x === y) return 0;
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (i === n) return x.length < y.length ? -1 : 1;
  let a = x.charCodeAt(i);
  let b = y.charCodeAt(i);
  if (a >= 0xd800 || b >= 0xd800) {
    // The code points there (from the shared high surrogate when i is after one).
    if (splitsPair(x, i) || splitsPair(y, i)) i--;
    a = x.codePointAt(i)!;
    b = y.codePointAt(i)!;
  }
  return a < b ? -1 : 1;
}

/** setiter_iternext: the next member in table order (a new reference), or null. */
function setIterNext(it: HeapObject): HeapObject | null {
  const s = it.p0 as HeapObject | null;
  if (s === null) return null;
  const store = s.p0 as DictStore;
  if (it.p2 !== store.size) {
    it.p2 = -1; // sticky, as si_used = -1
    raise(T.RuntimeError, "Set changed size during iteration");
  }
  const i = it.p1 as number;
  const t = tableOf(s);
  if (t !== null) {
    const j = t.nextSlot(i);
    if (j >= 0) {
      it.p1 = j + 1;
      return incRef(t.keys[j]!);
    }
  } else {
    // An unmodelled set: its store's table, in insertion order.
    const table = store.table;
    let j = i;
    while (j < table.length && table[j] === null) j += ENTRY;
    if (j < table.length) {
      it.p1 = j + ENTRY;
      return incRef(table[j] as HeapObject);
    }
  }
  it.p0 = null;
  decref(s);
  return null;
}

function installSequences(): void {
  nativeSeq.len = (o) => {
    const c = o.type.layout;
    if (c === listContract || c === tupleContract) return (o.p0 as HeapObject[]).length;
    if (c === strContract) {
      const s = o.p0 as string;
      return (codePoints(s) ?? s).length;
    }
    if (c === dictContract) return (o.p0 as DictStore).size;
    if (c === rangeContract) {
      if (!isLongRange(o)) return rangeLength(o.p0, o.p1, o.p2);
      // NOT-CPYTHON: a length past 2**53 is not exact here (len() asks rangeLen itself).
      return Number(rangeLen(o));
    }
    if (isSetLike(o)) return (o.p0 as DictStore).size;
    if (dictViews.has(c)) return ((o.p0 as HeapObject).p0 as DictStore).size;
    return null;
  };
  nativeSeq.getItem = (o, key) => {
    const c = o.type.layout;
    if (c === listContract || c === tupleContract) {
      const items = o.p0 as HeapObject[];
      if (key.type === sliceContract) return seqSlice(o, sliceIndices(key, items.length));
      if (!isInt(key) && lookupSlot(typeOf(key), "__index__") === null) {
        raise(T.TypeError, `${c.name} indices must be integers or slices, not ${typeName(key)}`);
      }
      return incRef(items[normIndex(asIndex(key), items.length, c.name)]!);
    }
    if (c === dictContract) {
      const v = (o.p0 as DictStore).get(key);
      if (v === undefined) {
        // dict_subscript: _PyObject_LookupSpecial, so __missing__ runs as a bound method.
        const r = callSpecialBound(o, "__missing__", [key]);
        if (r !== null) return r;
        throw new PyRaise(makeKeyError(key));
      }
      return incRef(v);
    }
    if (c === strContract) {
      const str = o.p0 as string;
      const chars = codePoints(str) ?? str;
      if (key.type === sliceContract) {
        const b = sliceIndices(key, chars.length);
        // unicode_subscript: the whole of an exact str is the str itself.
        if (b.start === 0 && b.step === 1 && b.length === chars.length) return strOrSelf(o, str);
        let s = "";
        for (let k = 0, i = b.start; k < b.length; k++, i += b.step) s += chars[i];
        return newStr(s);
      }
      if (!isInt(key) && lookupSlot(typeOf(key), "__index__") === null) {
        raise(T.TypeError, `string indices must be integers, not '${typeName(key)}'`);
      }
      return newStr(chars[normIndex(asIndex(key), chars.length, "string")]!);
    }
    if (c === rangeContract) {
      if (key.type === sliceContract) {
        // compute_slice, on exact ints (the new range may reach past 2**53).
        const field = (x: HeapObject | null) =>
          x === null || x === S.None ? null : asExactIndex(x);
        return rangeSlice(o, field(key.p0), field(key.p1), field(key.p2));
      }
      if (!isInt(key) && lookupSlot(typeOf(key), "__index__") === null)
        raise(T.TypeError, `range indices must be integers or slices, not ${typeName(key)}`);
      if (isLongRange(o)) return rangeItem(o, asExactIndex(key));
      const n = rangeLength(o.p0, o.p1, o.p2);
      const i = normIndex(asIndex(key), n, "range object");
      return newInt(o.p0 + i * o.p2);
    }
    return null;
  };
  nativeSeq.setItem = (o, key, value) => {
    const c = o.type.layout;
    if (c === listContract) {
      const items = o.p0 as HeapObject[];
      if (key.type === sliceContract) {
        listAssignSlice(o, sliceIndices(key, items.length), value);
        return true;
      }
      if (!isInt(key))
        raise(T.TypeError, `list indices must be integers or slices, not ${typeName(key)}`);
      const i = normIndex(Number(key.p0), items.length, "list assignment");
      const old = items[i]!;
      incref(value);
      items[i] = value;
      decref(old);
      return true;
    }
    if (c === dictContract) {
      (o.p0 as DictStore).set(key, value);
      return true;
    }
    return false;
  };
  nativeSeq.delItem = (o, key) => {
    const c = o.type.layout;
    if (c === listContract) {
      const items = o.p0 as HeapObject[];
      if (key.type === sliceContract) {
        const b = sliceIndices(key, items.length);
        const idx: number[] = [];
        for (let k = 0, i = b.start; k < b.length; k++, i += b.step) idx.push(i);
        const removed = idx.map((i) => items[i]!);
        const keep = new Set(idx);
        const rest = items.filter((_, i) => !keep.has(i));
        items.length = 0;
        items.push(...rest);
        listShrink(o);
        // list_ass_slice releases a simple slice last to first; an extended slice's
        // garbage goes in slice order.
        if (b.step === 1) releaseItemsBackwards(removed);
        else for (const x of removed) decref(x);
        return true;
      }
      const i = normIndex(asIndex(key), items.length, "list assignment");
      const [old] = items.splice(i, 1);
      listShrink(o);
      decref(old!);
      return true;
    }
    if (c === dictContract) {
      if (!(o.p0 as DictStore).delete(key)) throw new PyRaise(makeKeyError(key));
      return true;
    }
    return false;
  };
  nativeSeq.contains = (o, item) => {
    const c = o.type.layout;
    if (c === listContract) {
      for (const x of o.p0 as HeapObject[]) if (pyEqHeld(x, item)) return true;
      return false;
    }
    if (c === tupleContract) {
      for (const x of o.p0 as HeapObject[]) if (x === item || pyEq(x, item)) return true;
      return false;
    }
    if (c === dictContract) return (o.p0 as DictStore).has(item);
    if (isSetLike(o)) return setKeyRetry(item, (k) => (o.p0 as DictStore).has(k));
    if (c === dictKeysContract) return ((o.p0 as HeapObject).p0 as DictStore).has(item);
    if (c === strContract) {
      if (item.type !== strContract)
        raise(T.TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
      return strContains(o.p0 as string, item.p0 as string);
    }
    if (c === rangeContract && isInt(item) && (isLongRange(o) || typeof item.p0 === "bigint"))
      return rangeContains(o, item.p0 as number | bigint);
    if (c === rangeContract && isInt(item)) {
      const v = Number(item.p0);
      const [start, stop, step] = [o.p0 as number, o.p1 as number, o.p2 as number];
      if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0;
    }
    return null;
  };
  nativeSeq.iter = (o) => {
    const c = o.type.layout;
    if (c === listContract) return newSeqIter(listIterContract, o);
    if (c === tupleContract) return newSeqIter(tupleIterContract, o);
    if (c === strContract) {
      const chars = newTuple([...(o.p0 as string)].map(newStr));
      const it = newSeqIter(strIterContract, chars);
      decref(chars);
      return it;
    }
    if (c === dictContract) return newDictIter(dictIterContract, o);
    if (isSetLike(o)) {
      // setiter: the size is taken now, and a change of it is an error from then on.
      const it = newSeqIter(setIterContract, o);
      it.p2 = (o.p0 as DictStore).size;
      return it;
    }
    const viewIter = dictViews.get(c);
    if (viewIter !== undefined) return newDictIter(viewIter, o.p0 as HeapObject);
    // (p2: stop, step and the first value, which __reduce__/__setstate__ count from)
    if (c === rangeContract) return heap.alloc(rangeIterContract, null, o.p0, [o.p1, o.p2, o.p0]);
    const t = typeOf(o);
    if (
      c === listIterContract ||
      c === tupleIterContract ||
      c === strIterContract ||
      c === dictIterContract ||
      c === setIterContract ||
      c === dictValueIterContract ||
      c === dictItemIterContract ||
      c === rangeIterContract ||
      c === seqIterContract ||
      nativeIterContracts.has(c) ||
      extraIterators.has(c)
    ) {
      return incRef(o);
    }
    return null;
  };
  nativeSeq.next = (it) => {
    const c = it.type;
    if (c === listIterContract || c === tupleIterContract || c === strIterContract) {
      const seq = it.p0 as HeapObject | null;
      if (seq === null) return null;
      const items = seq.p0 as HeapObject[];
      const i = it.p1 as number;
      if (i < items.length) {
        it.p1 = i + 1;
        return incRef(items[i]!);
      }
      it.p0 = null;
      decref(seq);
      return null;
    }
    if (c === rangeIterContract) {
      const v = it.p1 as number;
      const [stop, step] = it.p2 as [number, number];
      if (step > 0 ? v < stop : v > stop) {
        it.p1 = v + step;
        return newInt(v);
      }
      return null;
    }
    if (c === setIterContract) return setIterNext(it);
    if (c === dictIterContract || c === dictValueIterContract || c === dictItemIterContract) {
      return dictIterNext(it);
    }
    if (c === seqIterContract) {
      const seq = it.p0 as HeapObject | null;
      if (seq === null) return null;
      const idx = newInt(it.p1 as number);
      try {
        // iter_iternext's PySequence_GetItem: slot_sq_item, a vectorcall_method call.
        const v = callSpecial(seq, "__getitem__", [idx])!;
        it.p1 = (it.p1 as number) + 1;
        return v;
      } catch (e) {
        if (
          e instanceof PyRaise &&
          (isInstanceOf(e.exc, T.IndexError) || isInstanceOf(e.exc, T.StopIteration))
        ) {
          decref(e.exc);
          it.p0 = null;
          decref(seq);
          return null;
        }
        throw e;
      } finally {
        decref(idx);
      }
    }
    if (nativeIterContracts.has(c)) return (it.p0 as () => HeapObject | null)();
    const view = dictViews.get(c);
    if (view !== undefined) return undefined;
    const extra = extraIterators.get(c);
    if (extra !== undefined) return extra(it);
    return undefined;
  };
  seqIterHook.make = (o) => newSeqIter(seqIterContract, o);
}

/** A slot wrapper's argument count check (wrapperdescr_call): `expected 1 argument, got 0`. */
export function expectArgs(args: HeapObject[], n: number): void {
  if (args.length !== n) {
    raise(T.TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}

/**
 * The iterator protocol as methods of a builtin iterator type (slot wrappers in CPython),
 * what structural checks such as collections.abc.Iterator's look for in its namespace.
 */
export function defineIteratorSlots(t: HeapObject): void {
  const dict = typeInfo(t).dict;
  if (!dict.has("__iter__")) {
    defineMethod(t, "__iter__", (args, _k, self) => {
      expectArgs(args, 0);
      return incRef(self!);
    });
  }
  if (!dict.has("__next__")) {
    defineMethod(t, "__next__", (args, _k, self) => {
      expectArgs(args, 0);
      const v = nativeSeq.next(self!);
      if (v === null || v === undefined) raise(T.StopIteration);
      return v;
    });
    nativeNextSlots.add(dict.get("__next__")!);
  }
}

/** The __next__ methods defineIteratorSlots made (next() steps those iterators natively). */
export const nativeNextSlots = new Set<HeapObject>();

/** The iterators' and dict views' protocol methods (see defineIteratorSlots). */
function installIteratorSlots(): void {
  for (const c of [
    listIterContract,
    tupleIterContract,
    strIterContract,
    dictIterContract,
    setIterContract,
    dictValueIterContract,
    dictItemIterContract,
    rangeIterContract,
    seqIterContract,
  ]) {
    if (c.owner !== null && c.owner !== undefined) defineIteratorSlots(c.owner as HeapObject);
  }
  for (const c of dictViews.keys()) {
    const t = c.owner as HeapObject;
    defineMethod(t, "__iter__", (args, _k, self) => {
      expectArgs(args, 0);
      return nativeSeq.iter(self!)!;
    });
    defineMethod(t, "__len__", (args, _k, self) => {
      expectArgs(args, 0);
      return newInt(nativeSeq.len(self!)!);
    });
    if (c === dictValuesContract) continue; // (dict_values has no sq_contains)
    defineMethod(t, "__contains__", (args, _k, self) => {
      expectArgs(args, 1);
      const r = nativeSeq.contains(self!, args[0]!);
      if (r !== null) return newBool(r);
      const items = toArray(self!); // (an items view: compared pair by pair)
      try {
        return newBool(items.some((x) => x === args[0] || pyEq(x, args[0]!)));
      } finally {
        for (const x of items) decref(x);
      }
    });
  }
}

/**
 * dictiter_new: an iterator over `dict`'s keys, values or items that takes the dict's size
 * now (di_used), so a change before its first next() is an error too.
 */
function newDictIter(contract: ObjectType, dict: HeapObject): HeapObject {
  const it = newSeqIter(contract, dict);
  const size = (dict.p0 as DictStore).size;
  if (contract === dictItemIterContract) {
    const st = itemState(it);
    st.size = size;
    // di_result: the tuple next() fills in place while nothing else holds it, made now
    st.result = newTuple([incRef(S.None), incRef(S.None)]);
  } else it.p2 = size;
  return it;
}

function itemState(it: HeapObject): ItemIterState {
  if (!(it.p2 instanceof ItemIterState)) it.p2 = new ItemIterState();
  return it.p2 as ItemIterState;
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return Math.max(0, Math.ceil((stop - start) / step));
  return Math.max(0, Math.ceil((start - stop) / -step));
}

/** list_resize on shrink: capacity follows CPython's over-allocation rule. */
export function listShrink(list: HeapObject): void {
  listResize(list, (list.p0 as HeapObject[]).length, (list.p0 as HeapObject[]).length + 1);
}

/**
 * A list of `items` made as C code makes it: PyList_New(prealloc) then one append per item
 * past that, so its capacity is what list_resize grew it to (split preallocates 12 items,
 * splitlines none).
 */
export function listBuiltByAppends(items: HeapObject[], prealloc: number): HeapObject {
  const list = newList(items);
  let cap = prealloc;
  while (cap < items.length) {
    const n = cap + 1;
    cap = (n + (n >> 3) + 6) & ~3;
  }
  if (cap !== items.length) setListCapacity(list, cap);
  return list;
}

/** The preallocation of split and rsplit's list (PREALLOC_SIZE: at most 12 items). */
export function splitPrealloc(maxsplit: number): number {
  return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
}

/** list_resize(newsize): update the modelled capacity (p1) as CPython's list_resize does. */
export function listResize(list: HeapObject, newsize: number, oldsize: number): void {
  const allocated = list.p1 as number;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let cap = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > cap - newsize) cap = (newsize + 3) & ~3;
  if (newsize === 0) cap = 0;
  setListCapacity(list, cap);
}

/**
 * PyObject_LengthHint: len() for sized objects (a TypeError from a class's __len__ is
 * passed over), what a builtin iterator has left, else the type's __length_hint__ (a
 * TypeError or NotImplemented from it: `dflt`), else `dflt`.
 */
export function lengthHint(obj: HeapObject, dflt: number): number {
  const n = nativeSeq.len(obj);
  if (n !== null) return n;
  const builtin = builtinIterHint(obj);
  if (builtin !== null) return builtin;
  const type = typeOf(obj);
  if (lookupSlot(type, "__len__") !== null) {
    try {
      return len(obj);
    } catch (e) {
      if (!(e instanceof PyRaise && isInstanceOf(e.exc, T.TypeError))) throw e;
      decref(e.exc);
    }
  }
  const hintFn = lookup(type, "__length_hint__");
  if (hintFn === null) return dflt;
  let r: HeapObject;
  try {
    r = callBorrowed(hintFn, [obj]);
  } catch (e) {
    if (!(e instanceof PyRaise && isInstanceOf(e.exc, T.TypeError))) throw e;
    decref(e.exc);
    return dflt;
  }
  try {
    if (r === S.NotImplemented) return dflt;
    if (!isInt(r)) raise(T.TypeError, `__length_hint__ must be an integer, not ${typeName(r)}`);
    const v = asIndex(r);
    if (v < 0) raise(T.ValueError, "__length_hint__() should return >= 0");
    return v;
  } finally {
    decref(r);
  }
}

/**
 * What a builtin iterator has left (its __length_hint__), else null: not one, or a native
 * iterator without a hint.
 */
export function builtinIterHint(it: HeapObject): number | null {
  const c = it.type;
  if (c === listIterContract || c === tupleIterContract || c === strIterContract) {
    const seq = it.p0 as HeapObject | null;
    return seq === null ? 0 : Math.max(0, (seq.p0 as HeapObject[]).length - (it.p1 as number));
  }
  if (c === rangeIterContract) {
    const [stop, step] = it.p2 as [number, number];
    if (typeof step === "bigint") return rangeIterRemaining(it.p1 as bigint, stop, step);
    return rangeLength(it.p1 as number, stop, step);
  }
  if (c === dictIterContract || c === dictValueIterContract || c === dictItemIterContract) {
    // dictiter_len: 0 once exhausted or when the dict changed size
    const d = it.p0 as HeapObject | null;
    if (d === null) return 0;
    const store = d.p0 as DictStore;
    const seen = c === dictItemIterContract ? itemState(it).size : (it.p2 as number);
    if (seen !== store.size) return 0;
    return liveEntriesFrom(store, it.p1 as number);
  }
  if (c === setIterContract) {
    // setiter_len
    const s = it.p0 as HeapObject | null;
    if (s === null || it.p2 !== (s.p0 as DictStore).size) return 0;
    const t = tableOf(s);
    if (t === null) return liveEntriesFrom(s.p0 as DictStore, it.p1 as number);
    let left = 0;
    for (let j = t.nextSlot(it.p1 as number); j >= 0; j = t.nextSlot(j + 1)) left++;
    return left;
  }
  const extra = extraIterHints.get(c);
  if (extra !== undefined) return extra(it);
  return nativeIterHint(it);
}

/**
 * dictiter_iternextkey / value / item: the next of a dict's keys, values or (key, value)
 * items (a new reference), null at the end; RuntimeError if the dict changed size.
 * (Generated for-loops call it straight: see jsgen's next.)
 */
export function dictIterNext(it: HeapObject): HeapObject | null {
  const c = it.type;
  const d = it.p0 as HeapObject | null;
  if (d === null) return null;
  const store = d.p0 as DictStore;
  let i = it.p1 as number;
  // (the size taken by newDictIter; -1 once a change was reported: sticky, as
  // dictiter_iternextkey's di_used = -1, even if the size comes back)
  const seen = c === dictItemIterContract ? itemState(it).size : (it.p2 as number);
  if (seen !== store.size) {
    if (c === dictItemIterContract) itemState(it).size = -1;
    else it.p2 = -1;
    raise(T.RuntimeError, "dictionary changed size during iteration");
  }
  // it.p1 is a position in the store's table (ENTRY slots per entry).
  const table = store.table;
  while (i < table.length && table[i] === null) i += ENTRY;
  if (i < table.length) {
    it.p1 = i + ENTRY;
    const key = table[i] as HeapObject;
    const value = table[i + 1] as HeapObject;
    if (c === dictIterContract) return incRef(key);
    if (c === dictValueIterContract) return incRef(value);
    incref(key);
    incref(value);
    const st = itemState(it);
    const cached = st.result;
    if (cached !== null && cached.refcnt === 1) {
      // dictiter_iternextitem: reuse the result tuple nobody else holds, in place;
      // the old key is released before the old value.
      const items = cached.p0 as HeapObject[];
      const oldKey = items[0]!;
      const oldValue = items[1]!;
      items[0] = key;
      items[1] = value;
      incref(cached);
      decref(oldKey);
      decref(oldValue);
      return cached;
    }
    // (a new tuple; the iterator keeps the one it has, to reuse when it is free again)
    return newTuple([key, value]);
  }
  it.p0 = null;
  decref(d);
  return null;
}

/**
 * PySequence_Fast, for a caller that then reads the items as an array: anything but a
 * list or tuple is made into a list first — a real one (a new reference, or null when
 * none is needed) only while allocations are watched, since only tracemalloc's peak and
 * the heap cap can see it.
 */
export function sequenceFastWhileObserved(arg: HeapObject): HeapObject | null {
  if (heap.observer === null || arg.type === listContract || arg.type === tupleContract)
    return null;
  const seq = newList([], false);
  try {
    listExtend(seq, arg);
  } catch (e) {
    decref(seq);
    throw e;
  }
  return seq;
}

/**
 * list_extend (CPython 3.11): append the items of `iterable` (borrowed), following
 * CPython's capacity path — an empty list without storage is preallocated to the size
 * (or length hint, 8 when unknown) rounded up to even; otherwise it grows by list_resize;
 * an iterator's list is cut back when the hint was too large.
 */
export function listExtend(list: HeapObject, iterable: HeapObject): void {
  const fast =
    iterable.type === listContract || iterable.type === tupleContract || iterable === list;
  const hint = fast ? 0 : lengthHint(iterable, 8);
  // list_preallocate_exact / list_resize fail before anything is iterated.
  if (hint > MAX_ITEMS) memoryError();
  const items = toArray(iterable);
  const arr = list.p0 as HeapObject[];
  const m = arr.length;
  const noStorage = (list.p1 as number) === 0;
  if (fast) {
    const n = items.length;
    if (n === 0) return;
    if (noStorage)
      setListCapacity(list, (n + 1) & ~1); // list_preallocate_exact
    else listResize(list, m + n, m);
    for (const x of items) arr.push(x);
    return;
  }
  if (noStorage) {
    if (hint > 0) setListCapacity(list, (hint + 1) & ~1);
  } else listResize(list, m + hint, m);
  for (const x of items) {
    if (arr.length >= (list.p1 as number)) listResize(list, arr.length + 1, arr.length);
    arr.push(x);
  }
  if (arr.length < (list.p1 as number)) listResize(list, arr.length, arr.length);
}

/**
 * dict views (dict_keys, dict_values, dict_items): p0 the dict; iterated by the dict
 * iterators. (mappingproxy holds its mapping the same way.)
 */
export function makeViewContract(name: string): ObjectType {
  return new ObjectType({
    name,
    gc: true,
    basicSize: 40,
    traverse: (o, visit) => visit(o.p0),
    dealloc: (o) => {
      decref(o.p0);
      return undefined;
    },
  });
}
export const dictKeysContract = makeViewContract("dict_keys");
export const dictValuesContract = makeViewContract("dict_values");
export const dictItemsContract = makeViewContract("dict_items");
const dictViews = new Map<ObjectType, ObjectType>([
  [dictKeysContract, dictIterContract],
  [dictValuesContract, dictValueIterContract],
  [dictItemsContract, dictItemIterContract],
]);

/** A view of `dict` (borrowed). */
export function newDictView(contract: ObjectType, dict: HeapObject): HeapObject {
  incref(dict);
  const v = heap.alloc(contract, dict);
  heap.track(v);
  return v;
}

/** Iterator kinds defined above the runtime (generators): their `next`. */
export const extraIterators = new Map<ObjectType, (it: HeapObject) => HeapObject | null>();
/** The entries of a store's table from position `i` on that are not deleted. */
function liveEntriesFrom(store: DictStore, i: number): number {
  const table = store.table;
  let n = 0;
  for (; i < table.length; i += ENTRY) if (table[i] !== null) n++;
  return n;
}

/** The __length_hint__ of iterators whose next is in extraIterators (bytes'), by contract. */
export const extraIterHints = new Map<ObjectType, (it: HeapObject) => number>();

/**
 * tp_dict of type `t`: its namespace as a dict object (borrowed). A class has one from its
 * creation; a builtin type's is made when first asked for.
 */
export function namespaceDict(t: HeapObject): HeapObject {
  const ns = typeInfo(t).dict;
  if (ns.obj === null) {
    ns.obj = newDict(ns.store);
    if (ns.store.mayHoldTracked()) heap.track(ns.obj);
  }
  return ns.obj;
}

/**
 * object's slot methods that every class inherits (object_repr, object_richcompare,
 * object___format__, object___subclasshook__): what `super().__repr__()`,
 * `object.__eq__(a, b)` and the like call. The interpreter's own dispatch treats them as
 * no override (overrides() in abstract.ts), as CPython's slots do.
 */
function installObjectDefaults(): void {
  const def = (name: string, impl: NativeFunction) => {
    const d = newTypeMethod(name, impl, T.object);
    typeInfo(T.object).dict.set(name, d);
    inheritedSlots.add(d);
  };
  def("__repr__", (args, _k, self) => {
    expectArgs(args, 0);
    return newStr(defaultRepr(self!));
  });
  def("__eq__", (args, _k, self) => {
    expectArgs(args, 1);
    return incRef(self === args[0] ? S.True : S.NotImplemented);
  });
  def("__ne__", (args, _k, self) => {
    expectArgs(args, 1);
    return objectNe(self!, args[0]!);
  });
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
    def(name, (args) => {
      expectArgs(args, 1);
      return incRef(S.NotImplemented);
    });
  }
  def("__format__", (args, _k, self) => {
    // (a method, not a slot wrapper: METH_O's wording)
    if (args.length !== 1) {
      raise(T.TypeError, `object.__format__() takes exactly one argument (${args.length} given)`);
    }
    const spec = args[0]!;
    if (!isStr(spec)) {
      raise(T.TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    }
    if ((spec.p0 as string).length > 0) {
      raise(
        T.TypeError,
        `unsupported format string passed to ${typeInfo(typeOf(self!)).name}.__format__`,
      );
    }
    return newStr(str(self!));
  });
  // The builtin types' own tp_repr, callable by name (type.__repr__(int), a metaclass's
  // super().__repr__()), where their namespace has none yet.
  for (const name of [
    "type",
    "NoneType",
    "int",
    "bool",
    "float",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "frozenset",
    "range",
    "slice",
    "function",
    "builtin_function_or_method",
    "method",
    "cell",
    "dict_keys",
    "dict_values",
    "dict_items",
    "classmethod",
    "staticmethod",
    "module",
  ]) {
    const t = T[name];
    if (t === undefined || typeInfo(t).dict.has("__repr__")) continue;
    const native = nativeRepr.get(typeInfo(t).contract);
    if (native === undefined) continue;
    defineMethod(t, "__repr__", (args, _k, self) => {
      expectArgs(args, 0);
      return newStr(native(self!));
    });
  }
  const hook = newBuiltin("__subclasshook__", () => incRef(S.NotImplemented));
  const cm = heap.alloc(classmethodContract, hook, null, null);
  typeInfo(T.object).dict.set("__subclasshook__", cm);
  inheritedSlots.add(cm);
}

/**
 * func_get_annotations: the function's annotations as a dict (borrowed) — the tuple
 * MAKE_FUNCTION stored becomes one on first use, and a function without any gets an
 * empty one.
 */
function annotationDict(fd: FunctionData): HeapObject {
  const ann = fd.annotations;
  if (ann === null) {
    fd.annotations = newDict();
    return fd.annotations;
  }
  if (ann.type !== tupleContract) return ann;
  const d = newDict();
  const items = ann.p0 as HeapObject[];
  for (let i = 0; i + 1 < items.length; i += 2) (d.p0 as DictStore).set(items[i]!, items[i + 1]!);
  fd.annotations = d;
  decref(ann);
  return d;
}

/** Register a builtin type defined in a higher layer (generator, …). */
export function registerBuiltinType(name: string, contract: ObjectType): HeapObject {
  const t = builtinType(name, contract, T.object);
  setBuiltinTypeDoc(t);
  return t;
}

function makeKeyError(key: HeapObject): HeapObject {
  incref(key);
  const args = newTuple([key]);
  const exc = allocInstance(T.KeyError, true);
  excState(exc)!.args = args;
  return exc;
}

// ---------------------------------------------------------------- classes

/** Instance layouts of builtin solid bases defined above the core (weakref.ref): by base. */
export const subclassContracts = new Map<
  HeapObject,
  (info: TypeInfo, hasDel: boolean) => ObjectType
>();

function newGetset(owner: HeapObject, name: string): HeapObject {
  incref(owner);
  const d = heap.alloc(getsetContract, owner, name);
  heap.track(d);
  return d;
}

/**
 * best_base: the base whose instance layout the new class extends. A base's layout is
 * that of the nearest class in its MRO that added slots (else of its builtin solid base);
 * all of them must lie on one line of inheritance.
 */
function bestLayoutBase(bases: HeapObject[]): HeapObject {
  const layoutOf = (b: HeapObject): HeapObject => {
    for (const c of typeInfo(b).mro) if ((typeInfo(c).slots?.length ?? 0) > 0) return c;
    // (Exceptions extend BaseException's instance struct.)
    if (isSubtype(b, T.BaseException)) return T.BaseException;
    return typeInfo(b).solidBase ?? b;
  };
  let best = bases[0]!;
  let bestLayout = layoutOf(best);
  for (const b of bases.slice(1)) {
    const layout = layoutOf(b);
    if (isSubtype(layout, bestLayout)) {
      best = b;
      bestLayout = layout;
    } else if (!isSubtype(bestLayout, layout)) {
      raise(T.TypeError, "multiple bases have instance lay-out conflict");
    }
  }
  return best;
}

/**
 * A tuple of class creation (tp_bases, tp_mro; `items` borrowed): one of the tuple free
 * list's, so not counted by generation 0 (type_new: 4 GC allocations for `class K: pass`,
 * 2 for `class L(K): pass`). NOT-CPYTHON: the modelled list is not drawn from. CPython's
 * class creation gives back to that list as many tuples as it takes (measured: defining
 * classes does not empty it); ours makes no other tuples, so drawing these from the list
 * would drain it.
 */
function classTuple(items: HeapObject[]): HeapObject {
  const t = heap.allocFromFreeList(tupleContract, items.slice());
  heap.track(t);
  return t;
}

/**
 * type(name, bases, ns): create a class. `ns` is a dict object (borrowed); `basesTuple`, the
 * tuple object holding `bases` when the caller has one (it becomes tp_bases).
 */
export function buildClass(
  meta: HeapObject,
  name: string,
  bases: HeapObject[],
  ns: HeapObject,
  kwargs: [string, HeapObject][] = [],
  basesTuple: HeapObject | null = null,
): HeapObject {
  if (bases.length === 0) {
    bases = [T.object];
    basesTuple = null;
  }
  for (const b of bases) {
    if (!isSubtype(typeOf(b), T.type)) raise(T.TypeError, "bases must be types");
    const bi = typeInfo(b);
    if (!bi.acceptableBase || (!bi.heapType && FINAL_TYPES.has(bi.name))) {
      raise(T.TypeError, `type '${bi.name}' is not an acceptable base type`);
    }
  }
  const store = ns.p0 as DictStore;
  const info = new TypeInfo(name, null as unknown as ObjectType);
  info.heapType = true;
  const solid =
    bases.map((b) => typeInfo(b).solidBase ?? b).find((b) => b !== T.object) ?? T.object;
  info.solidBase = solid;
  const slotsDecl = store.getStr("__slots__");
  const baseHasDict = bases.some((b) => typeInfo(b).hasDict);
  const layoutBase = typeInfo(bestLayoutBase(bases));
  const inheritedSlots = layoutBase.slotLayout;
  let ownSlots: string[] = [];
  let weakref = bases.some((b) => typeInfo(b).weakrefable);
  if (slotsDecl !== undefined) {
    const names = slotsDecl.type === strContract ? [slotsDecl] : toArray(slotsDecl);
    if (slotsDecl.type !== strContract) for (const n of names) decref(n);
    for (const n of names) {
      if (n.type !== strContract) {
        raise(T.TypeError, `__slots__ items must be strings, not '${typeName(n)}'`);
      }
      if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(n.p0 as string)) {
        raise(T.TypeError, "__slots__ must be identifiers");
      }
    }
    ownSlots = names.map((n) => n.p0 as string);
    const count = (slot: string) => ownSlots.filter((s) => s === slot).length;
    if (count("__dict__") > (baseHasDict ? 0 : 1)) {
      raise(T.TypeError, "__dict__ slot disallowed: we already got one");
    }
    if (count("__weakref__") > (weakref || isVarSized(solid) ? 0 : 1)) {
      raise(
        T.TypeError,
        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
      );
    }
    info.hasDict = baseHasDict || ownSlots.includes("__dict__");
    if (ownSlots.includes("__weakref__")) weakref = true;
    // type_new_copy_slots: private names are mangled, then sorted: members are laid out
    // (and released) in sorted order.
    ownSlots = ownSlots
      .filter((s) => s !== "__dict__" && s !== "__weakref__")
      .map((s) => manglePrivate(name, s))
      .sort();
    if (names.length > 0 && (isVarSized(solid) || isSubtype(solid, T.type))) {
      const base = bases.find((b) => isSubtype(b, solid))!;
      raise(
        T.TypeError,
        `nonempty __slots__ not supported for subtype of '${typeInfo(base).name}'`,
      );
    }
    // type_new_copy_slots: a slot may not also be a class attribute.
    for (const slot of ownSlots) {
      if (store.getStr(slot) !== undefined) {
        raise(T.ValueError, `'${slot}' in __slots__ conflicts with class variable`);
      }
    }
    info.slots = ownSlots;
  } else {
    info.hasDict = true;
    // type_new: no weakref slot under a base with items of variable size (int, tuple).
    weakref = weakref || !isVarSized(solid);
  }
  if (solid !== T.object && !isSubtype(solid, T.BaseException))
    info.hasDict = info.hasDict || baseHasDict;
  info.weakrefable = weakref;
  info.slotLayout = [...inheritedSlots, ...ownSlots];
  info.slotOrder = [...ownSlots.map((_, i) => inheritedSlots.length + i), ...layoutBase.slotOrder];
  const hasDel =
    store.getStr("__del__") !== undefined ||
    bases.some((b) => findNameInMro(b, "__del__") !== null);
  info.contract =
    subclassContracts.get(solid)?.(info, hasDel) ?? makeInstanceContract(info, hasDel);
  // type_new_init: tp_dict, the namespace's copy, is made before the type object, and
  // tracked from the start when the namespace is (dict_copy): it precedes the class in
  // the collector's list.
  info.dict.obj = newDict(info.dict.store);
  if (heap.isTracked(ns)) heap.track(info.dict.obj);
  const t = allocType(meta === T.type ? null : meta, info);
  heap.track(t); // PyType_GenericAlloc: tracked before its mro tuple and wrappers exist
  info.bases = bases;
  if (basesTuple !== null) {
    // type(name, bases, ns): tp_bases is the tuple given (a class statement's is new).
    incref(basesTuple);
    info.basesTuple = basesTuple;
  } else {
    for (const b of bases) incref(b);
    info.basesTuple = classTuple(bases);
  }
  addSubclass(t, bases);
  // best_base: the first base laid out as the solid base (tp_base holds it).
  info.base = bases.find((b) => isSubtype(b, solid)) ?? bases[0]!;
  incref(info.base);
  info.collectionFlags = patmaFlags(info.base); // inherit_patma_flags
  const mro = computeMro(t, bases);
  if (typeof mro === "string") {
    decref(t);
    raise(T.TypeError, mro);
  }
  info.mro = mro;
  // mro_internal: tp_mro is a tuple, self first.
  for (const m of mro) incref(m);
  info.mroTuple = classTuple(mro);
  for (const e of store.live()) {
    const key = e.key.p0 as string;
    incref(e.value);
    info.dict.set(key, e.value);
  }
  // type_new_descriptors: a member descriptor (holding the class) per own slot.
  for (let i = 0; i < ownSlots.length; i++) {
    const slot = ownSlots[i]!;
    incref(t);
    const member = heap.alloc(memberContract, t, slot, inheritedSlots.length + i);
    heap.track(member);
    info.dict.set(slot, member);
  }
  const mod = store.getStr("__module__");
  if (mod !== undefined && mod.type === strContract) info.module = mod.p0 as string;
  const qn = store.getStr("__qualname__");
  info.qualname = qn !== undefined && qn.type === strContract ? (qn.p0 as string) : name;
  if (qn !== undefined) {
    info.dict.delete("__qualname__");
    decref(qn);
  }
  // type_new_descriptors: a class whose bases give no instance __dict__ (or no weakref
  // list) gets a getset descriptor for it in its namespace, holding the class.
  const excBase = isSubtype(solid, T.BaseException);
  // (type has tp_dictoffset: a metaclass gets no __dict__ descriptor either.)
  // (setdefault: a __dict__ or __weakref__ the class body defines stays.)
  if (info.hasDict && !baseHasDict && !excBase && !isSubtype(solid, T.type)) {
    if (!info.dict.has("__dict__")) info.dict.set("__dict__", newGetset(t, "__dict__"));
  }
  if (info.weakrefable && !bases.some((b) => typeInfo(b).weakrefable)) {
    if (!info.dict.has("__weakref__")) info.dict.set("__weakref__", newGetset(t, "__weakref__"));
  }
  if (!info.dict.has("__doc__")) info.dict.set("__doc__", incRef(S.None));
  // type_ready_set_hash: a class that defines __eq__ but not __hash__ is unhashable.
  if (info.dict.has("__eq__") && !info.dict.has("__hash__")) {
    info.dict.set("__hash__", incRef(S.None));
  }
  // type_new: __new__ is implicitly a staticmethod, __init_subclass__ and
  // __class_getitem__ classmethods (type_new_staticmethod, type_new_classmethod).
  const newFn = info.dict.get("__new__");
  if (newFn !== undefined && newFn.type === functionContract) {
    const sm = heap.alloc(staticmethodContract, newFn, null, null);
    heap.track(sm);
    info.dict.set("__new__", sm);
  }
  for (const implicit of ["__init_subclass__", "__class_getitem__"]) {
    const f = info.dict.get(implicit);
    if (f !== undefined && f.type === functionContract) {
      const cm = heap.alloc(classmethodContract, f, null, null);
      heap.track(cm);
      info.dict.set(implicit, cm);
    }
  }
  try {
    classReady(t, kwargs);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/** type_new_set_names + init_subclass: __set_name__ on the namespace's values, then the
 * parent's __init_subclass__ with the class keywords. */
function classReady(t: HeapObject, kwargs: [string, HeapObject][]): void {
  const info = typeInfo(t);
  for (const [key, value] of [...info.dict]) {
    if (lookup(typeOf(value), "__set_name__") === null) continue;
    incref(value);
    const k = newStr(key);
    try {
      // type_new_set_names: _PyObject_LookupSpecial, a bound method while it runs.
      decref(callSpecialBound(value, "__set_name__", [t, k])!);
    } finally {
      decref(k);
      decref(value);
    }
  }
  let parentHook: HeapObject | null = null;
  for (const base of info.mro.slice(1)) {
    const f = typeInfo(base).dict.get("__init_subclass__");
    if (f !== undefined) {
      parentHook = f;
      break;
    }
  }
  if (parentHook === null) return;
  const bound = descrGet(parentHook, null, t);
  try {
    decref(
      callBorrowed(
        bound,
        kwargs.map(([, v]) => v),
        kwargs.length > 0 ? kwargs.map(([k]) => k) : null,
      ),
    );
  } finally {
    decref(bound);
  }
}

function typeCallImpl(type: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  const info = type.p0 as TypeInfo;
  if (info.ctorEpoch === lookupEpoch.n && (info.ctorInit !== null || args.length === 0))
    return plainClassCall(type, info.ctorInit, args, kwnames);
  // A builtin type with its own vectorcall takes the arguments as they are (and, as every
  // call here, consumes them).
  if (vectorcallTypes.has(type)) {
    try {
      return nativeConstructors.get(type)!(type, args, kwnames);
    } finally {
      for (const a of args) decref(a);
    }
  }
  // _PyObject_MakeTpCall packs the arguments into a tuple for tp_call: one more reference
  // to each while the class is called (released last to first, as a tuple's dealloc does).
  for (const a of args) incref(a);
  try {
    if (info.heapType && info.ctorEpoch !== lookupEpoch.n) planClassCall(type, info);
    if (type === T.type && args.length === 1 && kwnames === null) return incRef(typeOf(args[0]!));
    if (!(type.p0 as TypeInfo).heapType) {
      // A builtin type's constructor does __new__ and __init__ in one.
      const ctor = nativeConstructors.get(type);
      if (ctor !== undefined) return ctor(type, args, kwnames);
    }
    const newFn = lookupSlot(type, "__new__");
    let obj: HeapObject;
    if (newFn === null || newFn === lookup(T.object, "__new__")) {
      obj = objectNew(type, args, kwnames);
    } else {
      // slot_tp_new: the function type.__new__ gives (a new reference, held for the call).
      const f = newFn.type === staticmethodContract ? newFn.p0 : newFn;
      incref(f);
      try {
        obj = callSlotWithKwargs(f, [type, ...args], kwnames);
      } finally {
        decref(f);
      }
    }
    if (!isSubtype(typeOf(obj), type)) return obj;
    const init = lookupSlot(typeOf(obj), "__init__");
    if (init !== null && init !== lookup(T.object, "__init__")) {
      let r: HeapObject;
      incref(init); // slot_tp_init's reference, as in plainClassCall
      try {
        r = callSlotWithKwargs(init, [obj, ...args], kwnames);
      } catch (e) {
        decref(obj);
        throw e;
      } finally {
        decref(init);
      }
      checkInitResult(r, obj);
    }
    return obj;
  } finally {
    for (let i = args.length - 1; i >= 0; i--) decref(args[i]!);
    for (const a of args) decref(a);
  }
}

/** type_call: __init__'s result must be None (it is released; on error, so is `obj`). */
function checkInitResult(r: HeapObject, obj: HeapObject): void {
  if (r !== S.None) {
    const tn = typeName(r);
    decref(r);
    decref(obj);
    raise(T.TypeError, `__init__() should return None, not '${tn}'`);
  }
  decref(r);
}

/**
 * Decide whether calling `type` is the plain case — object.__new__ making an instance of a
 * class whose solid base is object, not an exception — and remember its __init__ (see
 * TypeInfo.ctorEpoch). Anything else keeps the general path.
 */
function planClassCall(type: HeapObject, info: TypeInfo): void {
  const newFn = lookupSlot(type, "__new__");
  const objectNewFn = lookup(T.object, "__new__");
  if (newFn !== null && newFn !== objectNewFn) return;
  if (isSubtype(type, T.BaseException) || info.abstract) return;
  if (info.solidBase !== null && info.solidBase !== T.object) return;
  const init = lookupSlot(type, "__init__");
  info.ctorInit = init === null || init === lookup(T.object, "__init__") ? null : init;
  info.ctorEpoch = lookupEpoch.n;
}

/** typeCallImpl for a planned class: the same steps and reference effects, fewer lookups. */
function plainClassCall(
  type: HeapObject,
  init: HeapObject | null,
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const n = args.length;
  for (let i = 0; i < n; i++) args[i]!.refcnt++;
  try {
    const obj = allocInstance(type);
    if (init !== null) {
      let r: HeapObject;
      // slot_tp_init holds the __init__ it looked up while calling it.
      init.refcnt++;
      try {
        if (kwnames === null && init.type === functionContract) {
          // A Python __init__: the arguments go straight into its frame (the frame's
          // reference to the function is a second one).
          init.refcnt++;
          r = (init.p0 as FunctionData).code.invokeOnSelf(init, obj, args);
        } else {
          const argv = new Array<HeapObject>(n + 1);
          storeSelfAndArgs(argv, obj, args);
          r = kwnames === null ? callObject(init, argv, null) : callUnpacked(init, argv, kwnames);
        }
      } catch (e) {
        decref(obj);
        throw e;
      } finally {
        decref(init);
      }
      checkInitResult(r, obj);
    }
    return obj;
  } finally {
    for (let i = n - 1; i >= 0; i--) decref(args[i]!);
    for (let i = 0; i < n; i++) decref(args[i]!);
  }
}

/** callObject(f, argv, kwnames) as slot_tp_init does with a kwargs dict: see below. */
function callUnpacked(f: HeapObject, argv: HeapObject[], kwnames: string[]): HeapObject {
  if (kwnames.length === 0) return callObject(f, argv, kwnames);
  const held = argv.slice();
  for (const a of held) a.refcnt++;
  try {
    return callObject(f, argv, kwnames);
  } finally {
    for (const a of held) decref(a);
  }
}

/**
 * slot_tp_new / slot_tp_init call the Python method with the self-prepended arguments
 * (borrowed). With keyword arguments, _PyObject_FastCallDictTstate unpacks them from
 * the kwargs dict into a new argument array holding its own reference to each.
 */
function callSlotWithKwargs(
  f: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  if (kwnames === null || kwnames.length === 0) return callBorrowed(f, args, kwnames);
  for (const a of args) a.refcnt++;
  try {
    return callBorrowed(f, args.slice(), kwnames);
  } finally {
    for (const a of args) decref(a);
  }
}

/**
 * The builtin types called through their own tp_vectorcall in 3.11 (list_vectorcall,
 * map_vectorcall, …), which pass the caller's arguments on without packing a tuple.
 */
export const vectorcallTypes = new Set<HeapObject>();

export const nativeConstructors = new Map<
  HeapObject,
  (type: HeapObject, args: HeapObject[], kwnames: string[] | null) => HeapObject
>();

/** object.__new__ (and the builtin constructors for builtin solid bases). */
function objectNew(type: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  const info = typeInfo(type);
  if (!info.heapType && !isSubtype(type, T.BaseException)) {
    const ctor = nativeConstructors.get(type);
    if (ctor !== undefined) return ctor(type, args, kwnames);
    if (type === T.object) {
      if (args.length > 0) raise(T.TypeError, "object() takes no arguments");
      return heap.alloc(objectContract);
    }
    raise(T.TypeError, `cannot create '${info.name}' instances`);
  }
  if (isSubtype(type, T.BaseException)) {
    const exc = allocInstance(type, true);
    for (const a of args) incref(a);
    excState(exc)!.args = newTuple(args.slice(0, args.length - (kwnames?.length ?? 0)));
    return exc;
  }
  const solid = info.solidBase;
  if (solid !== null && solid !== T.object) {
    // tp_new_wrapper names the first class, going down the bases, whose __new__ is not
    // one written in Python (slot_tp_new), inherited or its own.
    let staticBase = type;
    while (staticBase !== solid) {
      const f = lookup(staticBase, "__new__");
      const fn = f !== null && f.type === staticmethodContract ? f.p0 : f;
      if (fn === null || fn.type !== functionContract) break;
      staticBase = typeInfo(staticBase).bases[0]!;
    }
    const base = typeInfo(staticBase).name;
    raise(T.TypeError, `object.__new__(${info.name}) is not safe, use ${base}.__new__()`);
  }
  const hasInit = lookupQuiet(type, "__init__") !== lookup(T.object, "__init__");
  if (args.length > 0 && !hasInit) raise(T.TypeError, `${info.name}() takes no arguments`);
  if (info.abstract) refuseAbstract(type);
  return allocInstance(type);
}

/** object_new's Py_TPFLAGS_IS_ABSTRACT refusal, naming the abstract methods sorted. */
function refuseAbstract(type: HeapObject): never {
  const methods = typeInfo(type).dict.get("__abstractmethods__");
  if (methods === undefined) raise(T.AttributeError, "__abstractmethods__");
  const sorted = newList(toArray(methods));
  let names: string[];
  try {
    decref(callMethod(sorted, "sort"));
    names = (sorted.p0 as HeapObject[]).map((x, i) => {
      if (!isStr(x))
        raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
      return x.p0 as string;
    });
  } finally {
    decref(sorted);
  }
  const s = names.length > 1 ? "s" : "";
  raise(
    T.TypeError,
    `Can't instantiate abstract class ${typeInfo(type).name} with abstract method${s} ${names.join(", ")}`,
  );
}

// ---------------------------------------------------------------- exceptions

const EXCEPTIONS: [string, string][] = [
  ["BaseException", "object"],
  ["Exception", "BaseException"],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["ArithmeticError", "Exception"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["RuntimeError", "Exception"],
  ["RecursionError", "RuntimeError"],
  ["NotImplementedError", "RuntimeError"],
  ["StopIteration", "Exception"],
  ["MemoryError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["OSError", "Exception"],
  ["FileNotFoundError", "OSError"],
  ["ReferenceError", "Exception"],
  ["SyntaxError", "Exception"],
  ["Warning", "Exception"],
  ["ResourceWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["UserWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"],
  ["EncodingWarning", "Warning"],
  ["StopAsyncIteration", "Exception"],
  ["EOFError", "Exception"],
  ["BufferError", "Exception"],
  ["SystemError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
];

function bootstrapExceptions(): void {
  for (const [name, baseName] of EXCEPTIONS) {
    const ns = newDict();
    const t = buildClass(T.type, name, [T[baseName]!], ns);
    decref(ns);
    const info = typeInfo(t);
    info.heapType = false;
    info.module = "builtins";
    info.hasDict = true;
    heap.untrack(t);
    t.refcnt = 1_000_000;
    T[name] = t;
  }
  for (const [name] of EXCEPTIONS) {
    const t = T[name]!;
    setBuiltinTypeDoc(t);
    // BaseException has no tp_weaklistoffset (weakref.ref(ValueError()) is a TypeError):
    // no __weakref__, and a subclass a class statement makes adds one. buildClass made the
    // instances' contract as a class statement's, with a weakref list: it is made again
    // without (the engine's Weakrefable flag is what weakref.ref checks).
    const info = typeInfo(t);
    info.weakrefable = false;
    info.contract = makeInstanceContract(info, false);
    info.contract.owner = t;
    dropTypeAttrs(t, ["__weakref__"]);
  }
  const be = T.BaseException!;
  const argsOf = (self: HeapObject) => (excState(self)?.args?.p0 as HeapObject[] | undefined) ?? [];
  defineMethod(be, "__str__", (_a, _k, self) => {
    const args = argsOf(self!);
    if (args.length === 0) return newStr("");
    if (args.length === 1) return newStr(strOf(args[0]!));
    return newStr(repr(excState(self!)!.args!));
  });
  defineMethod(be, "__repr__", (_a, _k, self) => {
    const args = argsOf(self!);
    const name = typeInfo(typeOf(self!)).name;
    if (args.length === 1) return newStr(`${name}(${repr(args[0]!)})`);
    return newStr(`${name}${args.length === 0 ? "()" : repr(excState(self!)!.args!)}`);
  });
  // BaseException.__init__ stores its arguments as args (no keyword arguments).
  defineMethod(be, "__init__", (args, kwnames, self) => {
    if ((kwnames?.length ?? 0) > 0)
      raise(T.TypeError, `${typeInfo(typeOf(self!)).name}() takes no keyword arguments`);
    const st = excState(self!)!;
    for (const a of args) incref(a);
    const old = st.args;
    st.args = newTuple([...args]);
    if (old !== null) decref(old);
    return incRef(S.None);
  });
  // AttributeError(*args, name=None, obj=None) and NameError(*args, name=None): their
  // keyword-only members.
  for (const [type, members] of [
    [T.AttributeError!, ["name", "obj"]],
    [T.NameError!, ["name"]],
  ] as const) {
    const typeName = typeInfo(type).name;
    defineMethod(type, "__init__", (args, kwnames, self) => {
      const nkw = kwnames?.length ?? 0;
      const npos = args.length - nkw;
      const st = excState(self!)!;
      for (let i = 0; i < nkw; i++) {
        const k = kwnames![i]!;
        if (!(members as readonly string[]).includes(k))
          raise(T.TypeError, `'${k}' is an invalid keyword argument for ${typeName}()`);
      }
      const pos = args.slice(0, npos);
      for (const a of pos) incref(a);
      const old = st.args;
      st.args = newTuple(pos);
      if (old !== null) decref(old);
      for (let i = 0; i < nkw; i++) setAttributeErrorMember(st, kwnames![i]!, args[npos + i]!);
      return incRef(S.None);
    });
  }
  defineMethod(T.KeyError!, "__str__", (_a, _k, self) => {
    const args = argsOf(self!);
    if (args.length === 1) return newStr(repr(args[0]!));
    return newStr(args.length === 0 ? "" : repr(excState(self!)!.args!));
  });
  // (CPython makes the exceptions it raises by calling their type: __init__ fills members)
  errorFactory.make = (type, msg) => {
    const exc = allocInstance(type, true);
    excState(exc)!.args = msg === null ? incRef(S.emptyTuple) : newTuple([newStr(msg)]);
    initMembers(exc);
    return exc;
  };
  installExceptionMembers();
}

/**
 * Take out of a builtin type's namespace the getset descriptors buildClass gave it as a
 * class statement's type (`__dict__`, `__weakref__`): static types have none.
 */
export function dropTypeAttrs(t: HeapObject, names: string[]): void {
  const info = typeInfo(t);
  for (const name of names) {
    const v = info.dict.get(name);
    if (v === undefined) continue;
    info.dict.delete(name);
    decref(v);
  }
  info.version++;
}

// ---------------------------------------------------------------- native attributes

/** _PyObject_IsAbstract: getattr(f, '__isabstractmethod__', False) is true (null: no). */
function isAbstract(f: HeapObject | null): boolean {
  if (f === null) return false;
  const v = getAttrOrNull(f, "__isabstractmethod__");
  if (v === null) return false;
  try {
    return truthy(v);
  } finally {
    decref(v);
  }
}

/** A str, or None for null (a new reference). */
function optionalStr(s: string | null): HeapObject {
  return s === null ? incRef(S.None) : newStr(s);
}

function installNativeAttrs(): void {
  const typeAttrs = new Map<string, (t: HeapObject) => HeapObject>([
    // type_name: a static type's tp_name after its last dot ('weakref.ReferenceType').
    ["__name__", (t) => newStr(typeInfo(t).name.slice(typeInfo(t).name.lastIndexOf(".") + 1))],
    ["__qualname__", (t) => newStr(typeInfo(t).qualname)],
    ["__module__", (t) => newStr(typeInfo(t).module)],
    // type_get_annotations: the class's own (a descriptor there is asked), else a new
    // empty dict stored in its namespace; builtin types have none.
    [
      "__annotations__",
      (t) => {
        const info = typeInfo(t);
        if (!info.heapType) {
          raise(T.AttributeError, `type object '${info.name}' has no attribute '__annotations__'`);
        }
        const own = info.dict.get("__annotations__");
        if (own !== undefined) return descrGet(own, null, t);
        const d = newDict();
        info.dict.set("__annotations__", incRef(d));
        info.version++;
        return d;
      },
    ],
    [
      "__mro__",
      (t) => {
        const mroTuple = typeInfo(t).mroTuple;
        return mroTuple !== null ? incRef(mroTuple) : newTuple(typeInfo(t).mro.map(incRef));
      },
    ],
    [
      "__bases__",
      (t) => {
        const info = typeInfo(t);
        return info.basesTuple !== null
          ? incRef(info.basesTuple)
          : newTuple(info.bases.map(incRef));
      },
    ],
    ["__base__", (t) => incRef(typeInfo(t).bases[0] ?? S.None)],
    ["__class__", (t) => incRef(typeOf(t))],
    ["__dict__", (t) => newMappingProxy(namespaceDict(t))],
    [
      // type_get_doc: a builtin type's tp_doc; a class's own __doc__ (a descriptor there
      // is asked), else None — not a base's.
      "__doc__",
      (t) => {
        const info = typeInfo(t);
        const own = info.dict.get("__doc__");
        const descriptor = own?.type === getsetContract || own?.type === memberContract;
        if (!info.heapType && (own === undefined || descriptor)) {
          const doc = builtinTypeDoc(t);
          // (no tp_doc: the namespace's __doc__, a descriptor's __get__(None, t) itself)
          if (doc === null) return incRef(own ?? S.None);
          return newStr(doc);
        }
        if (own === undefined) return incRef(S.None);
        return info.heapType ? descrGet(own, null, t) : incRef(own);
      },
    ],
    [
      // type_abstractmethods: the class's own entry only (type's is this descriptor).
      "__abstractmethods__",
      (t) => {
        const v = t === T.type ? undefined : typeInfo(t).dict.get("__abstractmethods__");
        if (v === undefined) raise(T.AttributeError, "__abstractmethods__");
        return incRef(v);
      },
    ],
  ]);
  // type_members and type_get_text_signature (typelayout.ts).
  typeAttrs.set("__basicsize__", (t) => newInt(layoutOf(t).basicsize));
  typeAttrs.set("__itemsize__", (t) => newInt(layoutOf(t).itemsize));
  typeAttrs.set("__flags__", (t) => newInt(layoutOf(t).flags));
  typeAttrs.set("__weakrefoffset__", (t) => newInt(layoutOf(t).weaklistoffset));
  typeAttrs.set("__dictoffset__", (t) => newInt(layoutOf(t).dictoffset));
  typeAttrs.set("__text_signature__", (t) => {
    const doc = typeInfo(t).dict.get("__doc__");
    const sig = typeTextSignature(t, doc?.type === strContract ? (doc.p0 as string) : null);
    return sig === null ? incRef(S.None) : newStr(sig);
  });
  nativeAttrs.set("type", typeAttrs);
  // getset and member descriptors: p0 the class, p1 the name; only their __doc__ differs.
  const descriptorAttrs = (doc: (o: HeapObject) => HeapObject) =>
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__name__", (o) => newStr(o.p1 as string)],
      ["__qualname__", (o) => newStr(`${typeInfo(o.p0 as HeapObject).qualname}.${o.p1 as string}`)],
      ["__objclass__", (o) => incRef(o.p0 as HeapObject)],
      ["__doc__", doc],
    ]);
  // (a builtin type's attribute carries CPython's docstring in its NativeAccessor)
  const nativeDoc = (o: HeapObject) => {
    const doc = (o.p2 as NativeAccessor).doc;
    return doc === null ? incRef(S.None) : newStr(doc);
  };
  nativeAttrs.set(
    getsetContract,
    descriptorAttrs((o) =>
      o.p2 instanceof NativeAccessor
        ? nativeDoc(o)
        : newStr(
            o.p1 === "__dict__"
              ? "dictionary for instance variables"
              : "list of weak references to the object",
          ),
    ),
  );
  nativeAttrs.set(
    memberContract,
    descriptorAttrs((o) => (o.p2 instanceof NativeAccessor ? nativeDoc(o) : incRef(S.None))),
  );
  const fd = (o: HeapObject) => o.p0 as FunctionData;
  nativeAttrs.set(
    functionContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__name__", (o) => incRef(fd(o).name)],
      ["__qualname__", (o) => incRef(fd(o).qualname)],
      ["__module__", (o) => incRef(fd(o).module)],
      ["__doc__", (o) => incRef(fd(o).doc)],
      ["__globals__", (o) => incRef(fd(o).globals)],
      ["__defaults__", (o) => incRef(fd(o).defaults ?? S.None)],
      ["__closure__", (o) => incRef(fd(o).closure ?? S.None)],
      ["__kwdefaults__", (o) => incRef(fd(o).kwdefaults ?? S.None)],
      [
        "__dict__",
        (o) => {
          fd(o).dict ??= newDict();
          return incRef(fd(o).dict!);
        },
      ],
      ["__annotations__", (o) => incRef(annotationDict(fd(o)))],
    ]),
  );
  nativeAttrs.set(
    builtinContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__name__", (o) => newStr(o.p1 as string)],
      // meth_get__qualname__: the name under its self's type (or class), unless bound to
      // nothing or to a module.
      [
        "__qualname__",
        (o) => {
          const self = o.p2 as HeapObject | null;
          if (self === null || self.type === moduleContract) return newStr(o.p1 as string);
          const t = isSubtype(typeOf(self), T.type) ? self : typeOf(self);
          return newStr(`${typeInfo(t).qualname}.${o.p1}`);
        },
      ],
      ["__self__", (o) => incRef(o.p2 ?? S.None)],
      // meth_get__doc__, meth_get__text_signature__ and m_module (builtindocs.ts)
      ["__doc__", (o) => optionalStr(builtinDoc(o))],
      ["__text_signature__", (o) => optionalStr(builtinTextSignature(o))],
      [
        "__module__",
        (o) => {
          const assigned = builtinModuleOverrides.get(o);
          return assigned !== undefined ? incRef(assigned) : optionalStr(builtinModule(o));
        },
      ],
    ]),
  );
  // (m_module is a writable member)
  nativeSetAttrs.set(
    builtinContract,
    new Map([
      [
        "__module__",
        (o: HeapObject, v: HeapObject) => {
          const old = builtinModuleOverrides.get(o);
          builtinModuleOverrides.set(o, incRef(v));
          if (old !== undefined) decref(old);
        },
      ],
    ]),
  );
  const slotOwner = (d: HeapObject) => typeInfo(d.p2 as HeapObject).name;
  for (const contract of [methodDescriptorContract, wrapperDescriptorContract]) {
    nativeAttrs.set(
      contract,
      new Map<string, (o: HeapObject) => HeapObject>([
        ["__name__", (o) => newStr(o.p1 as string)],
        ["__qualname__", (o) => newStr(`${slotOwner(o)}.${o.p1}`)],
        ["__objclass__", (o) => incRef(o.p2 as HeapObject)],
        ["__doc__", (o) => optionalStr(builtinDoc(o))],
        ["__text_signature__", (o) => optionalStr(builtinTextSignature(o))],
      ]),
    );
  }
  nativeAttrs.set(
    methodWrapperContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__name__", (o) => newStr(o.p0.p1 as string)],
      ["__qualname__", (o) => newStr(`${slotOwner(o.p0)}.${o.p0.p1}`)],
      ["__objclass__", (o) => incRef(o.p0.p2 as HeapObject)],
      ["__self__", (o) => incRef(o.p1 as HeapObject)],
      ["__doc__", (o) => optionalStr(builtinDoc(o))],
      ["__text_signature__", (o) => optionalStr(builtinTextSignature(o))],
    ]),
  );
  // wrapperdescr_call, wrapper_call: a slot wrapper or method-wrapper called by name.
  for (const t of [T.wrapper_descriptor!, T["method-wrapper"]!]) {
    defineMethod(t, "__call__", (args, kw, self) => callBorrowed(self!, args, kw));
  }
  nativeAttrs.set(
    methodContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__func__", (o) => incRef(o.p0)],
      ["__self__", (o) => incRef(o.p1)],
      // (the function's own: a builtin bound as a class method has no FunctionData)
      ["__name__", (o) => getAttr(o.p0 as HeapObject, "__name__")],
      ["__qualname__", (o) => getAttr(o.p0 as HeapObject, "__qualname__")],
    ]),
  );
  for (const c of [classmethodContract, staticmethodContract]) {
    nativeAttrs.set(
      c,
      new Map<string, (o: HeapObject) => HeapObject>([
        ["__func__", (o) => incRef(o.p0 as HeapObject)],
        ["__wrapped__", (o) => incRef(o.p0 as HeapObject)],
        ["__isabstractmethod__", (o) => newBool(isAbstract(o.p0 as HeapObject | null))],
        // cm_dict (PyObject_GenericGetDict): made when first asked for.
        [
          "__dict__",
          (o) => {
            wrapperDictStore(o, true);
            return incRef(o.p1 as HeapObject);
          },
        ],
      ]),
    );
    // PyObject_GenericSetDict
    nativeSetAttrs.set(
      c,
      new Map([
        [
          "__dict__",
          (o: HeapObject, v: HeapObject) => {
            if (v.type.layout !== dictContract)
              raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(v)}'`);
            const old = o.p1 as HeapObject | null;
            o.p1 = incRef(v);
            if (old !== null) decref(old);
          },
        ],
      ]),
    );
  }
  nativeAttrs.set(
    propertyContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["fget", (o) => incRef((o.p0 as HeapObject | null) ?? S.None)],
      ["fset", (o) => incRef((o.p1 as HeapObject | null) ?? S.None)],
      ["fdel", (o) => incRef((o.p2 as HeapObject | null) ?? S.None)],
      [
        "__isabstractmethod__",
        (o) => newBool([o.p0, o.p1, o.p2].some((f) => isAbstract(f as HeapObject | null))),
      ],
    ]),
  );
  nativeAttrs.set(
    cellContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      [
        "cell_contents",
        (o) => {
          if (o.p0 === null) raise(T.ValueError, "Cell is empty");
          return incRef(o.p0 as HeapObject);
        },
      ],
    ]),
  );
  nativeAttrs.set(
    sliceContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["start", (o) => incRef(o.p0 as HeapObject)],
      ["stop", (o) => incRef(o.p1 as HeapObject)],
      ["step", (o) => incRef(o.p2 as HeapObject)],
    ]),
  );
  defineMethod(T.slice, "indices", (args, _k, self) => {
    if (args.length !== 1)
      raise(T.TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
    const n = asIndex(args[0]!);
    if (n < 0) raise(T.ValueError, "length should not be negative");
    const b = sliceIndices(self!, n);
    let stop = b.stop;
    if (b.step < 0 && stop < -1) stop = -1;
    return newTuple([newInt(b.start), newInt(stop), newInt(b.step)]);
  });
  nativeAttrs.set(
    moduleContract,
    new Map<string, (o: HeapObject) => HeapObject>([["__dict__", (o) => incRef(o.p0)]]),
  );
}

function attrName(o: HeapObject): string {
  if (o.type !== strContract)
    raise(T.TypeError, `attribute name must be string, not '${typeName(o)}'`);
  return o.p0 as string;
}

// ---------------------------------------------------------------- entry

let booted = false;

export function bootstrap(): void {
  if (booted) return;
  booted = true;
  bootstrapTypes();
  bootstrapSingletons();
  // (the types made before None existed; later ones get theirs in registerBuiltinType)
  for (const t of Object.values(T)) if (t !== undefined) setBuiltinTypeDoc(t);
  installRepr();
  installSequences();
  installIteratorSlots();
  installBuiltinSubclassing();
  installNativeAttrs();
  nativeBinary.op = nativeBinaryImpl;
  nativeBinary.inplace = (a, b, op) => {
    if (a.type.layout === setContract && isSetLike(b) && "|&-^".includes(op) && op.length === 1) {
      // set_ior, set_iand, set_isub, set_ixor
      if (op === "|") setUpdate(a, b);
      else if (op === "-") setDifferenceUpdate(a, b);
      else if (op === "^") setSymmetricDifferenceUpdate(a, b);
      else setIntersectionUpdate(a, [b]);
      return incRef(a);
    }
    if (a.type.layout === dictContract && op === "|") {
      dictMergeHook.merge(a, b);
      return incRef(a);
    }
    return null;
  };
  nativeCompare.cmp = nativeCompareImpl;
  typeCallHook.call = typeCallImpl;
  setTypeAttrHook.set = (type, name, value) => setTypeAttr(type, name, value);
  builtinBinder.bind = (descr, self) =>
    newBuiltin(descr.p1 as string, descr.p0 as NativeFunction, self);
  listExtendHook.extend = listExtend;
  newDictHook.make = newDict;
  const objDict = typeInfo(T.object).dict;
  objDict.set(
    "__init__",
    newTypeMethod("__init__", () => incRef(S.None), T.object),
  );
  objDict.set(
    "__new__",
    // object.__new__(cls, ...): the class comes first, as with a staticmethod.
    newTypeMethod("__new__", (args, kwnames, self) => objectNew(self!, args, kwnames), T.object),
  );
  objDict.set(
    "__setattr__",
    newTypeMethod(
      "__setattr__",
      (args, _k, self) => {
        if (args.length !== 2) raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
        // hackcheck: type objects are set through type.__setattr__.
        if (isSubtype(typeOf(self!), T.type)) {
          raise(T.TypeError, `can't apply this __setattr__ to ${typeName(self!)} object`);
        }
        genericSetAttr(self!, attrName(args[0]!), args[1]!);
        return incRef(S.None);
      },
      T.object,
    ),
  );
  const getattribute = newTypeMethod(
    "__getattribute__",
    (args, _k, self) => {
      if (args.length !== 1) raise(T.TypeError, `expected 1 argument, got ${args.length}`);
      const name = attrName(args[0]!);
      const r = genericGetAttrOrNull(self!, name, false, false);
      if (r !== null) return r;
      raise(T.AttributeError, `'${typeName(self!)}' object has no attribute '${name}'`);
    },
    T.object,
  );
  objDict.set("__getattribute__", getattribute);
  objectGetattribute.descr = getattribute;
  objDict.set(
    "__delattr__",
    newTypeMethod(
      "__delattr__",
      (args, _k, self) => {
        if (args.length !== 1) raise(T.TypeError, `expected 1 argument, got ${args.length}`);
        if (isSubtype(typeOf(self!), T.type)) {
          raise(T.TypeError, `can't apply this __delattr__ to ${typeName(self!)} object`);
        }
        genericDelAttr(self!, attrName(args[0]!));
        return incRef(S.None);
      },
      T.object,
    ),
  );
  objDict.set(
    "__str__",
    newTypeMethod("__str__", (_a, _k, self) => newStr(repr(self!)), T.object),
  );
  installObjectDefaults();
  // Metaclasses: instances of a subclass of type are type objects (their own contract).
  subclassContracts.set(T.type, (info, hasDel) =>
    makeTypeContract(info.name, typeContract, hasDel ? finalizeInstance : undefined),
  );
  // type_setattro / type.__delattr__: a class's namespace (setAttr and delAttr's type paths).
  defineMethod(T.type, "__setattr__", (args, _k, self) => {
    if (args.length !== 2) raise(T.TypeError, `expected 2 arguments, got ${args.length}`);
    typeSetAttr(self!, attrName(args[0]!), args[1]!);
    return incRef(S.None);
  });
  defineMethod(T.type, "__delattr__", (args, _k, self) => {
    if (args.length !== 1) raise(T.TypeError, `expected 1 argument, got ${args.length}`);
    typeDelAttr(self!, attrName(args[0]!));
    return incRef(S.None);
  });
  defineMethod(T.type, "__subclasses__", (args, _k, self) => {
    if (args.length !== 0) {
      raise(
        T.TypeError,
        `${typeInfo(self!).name}.__subclasses__() takes no arguments (${args.length} given)`,
      );
    }
    return newList(liveSubclasses(self!).map(incRef));
  });
  // type.__init__ accepts what type.__new__ took and does nothing.
  defineMethod(T.type, "__init__", (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos !== 1 && npos !== 3) raise(T.TypeError, "type.__init__() takes 1 or 3 arguments");
    return incRef(S.None);
  });
  // type.__call__: what calling a class does (a metaclass's __call__ may wrap it).
  const typeCallDescr = newTypeMethod(
    "__call__",
    (args, kwnames, self) => typeCallImpl(self!, args, kwnames),
    T.type,
  );
  typeInfo(T.type).dict.set("__call__", typeCallDescr);
  typeCallSlot.descr = typeCallDescr;
  defineMethod(T.type, "mro", (args, _k, self) => {
    if (args.length > 0) raise(T.TypeError, `type.mro() takes no arguments (${args.length} given)`);
    return newList(typeInfo(self!).mro.map(incRef));
  });
  const initSub = newBuiltin(
    "__init_subclass__",
    (args, kwnames) => {
      if ((kwnames?.length ?? 0) > 0)
        raise(
          T.TypeError,
          `${typeInfo(args[0]!).qualname}.__init_subclass__() takes no keyword arguments`,
        );
      if (args.length > 1)
        raise(T.TypeError, `__init_subclass__() takes no arguments (${args.length - 1} given)`);
      return incRef(S.None);
    },
    null,
  );
  objDict.set("__init_subclass__", heap.alloc(classmethodContract, initSub, null, null));
  bootstrapExceptions();
}

export { newDict, newList, newTuple, newStr, newInt, newFloat, DictStore };
