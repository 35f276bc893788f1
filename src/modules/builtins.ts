/**
 * The `builtins` module (CPython Python/bltinmodule.c) and the methods of the builtin
 * types (list, dict, str, int, float, tuple, object, type).
 */
import type { HeapObject } from "../engine/index.js";
import { builtinCompile, execOrEval } from "../interp/execeval.js";
import { formatValue, formatValueObject, raiseFormatError } from "../interp/formatting.js";
import type { Frame } from "../interp/frame.js";
import { importModule } from "../interp/imports.js";
import { frameLocals } from "../interp/trace.js";
import {
  asExactIndex,
  asIndex,
  type CmpOp,
  call,
  callable,
  callBorrowed,
  callMethod,
  callSpecial,
  callSpecialBound,
  cmpSwap,
  compareBool,
  contains,
  delAttr,
  descrGet,
  exactHash,
  floatHashExact,
  getAttr,
  getAttrOrNull,
  getItem,
  getIter,
  getsetDelete,
  getsetGet,
  getsetSet,
  incRef,
  intHashExact,
  isInstanceOf,
  isInt,
  isStr,
  iterNext,
  layoutHash,
  len,
  memberGet,
  memberSet,
  nativeAttrs,
  nativeBinary,
  nativeCompare,
  nativeHashDescriptors,
  pointerHash,
  propertySet,
  pyEq,
  pyEqHeld,
  pyHash,
  repr,
  setAttr,
  setItem,
  str,
  strFromMethod,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import { MAX_ITEMS, memoryError } from "../runtime/accounting.js";
import {
  buildClass,
  builtinIterHint,
  codePoints,
  compareStr,
  defineMethod,
  dictItemsContract,
  dictKeysContract,
  dictMergeHook,
  dictValuesContract,
  expectArgs,
  lengthHint,
  listBuiltByAppends,
  listExtend,
  listResize,
  listShrink,
  nativeConstructors,
  nativeNextSlots,
  newDictView,
  rangeLength,
  sequenceFastWhileObserved,
  setKeyRetry,
  splitPrealloc,
  vectorcallTypes,
} from "../runtime/bootstrap.js";
import { bytesData, isBytesLike } from "../runtime/bytes.js";
import { type DictEntry, type DictStore, ENTRY } from "../runtime/dictstore.js";
import { dirOf, installDirMethods, sortedList } from "../runtime/dir.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { listAppendHook } from "../runtime/excmembers.js";
import {
  asciiOf,
  formatFloat,
  formatInt,
  formatStr,
  parseSpec,
  roundToDecimal,
} from "../runtime/format.js";
import {
  classmethodContract,
  newSlice,
  propertyContract,
  propertyNames,
  rangeContract,
  rangeIterContract,
  staticmethodContract,
} from "../runtime/function.js";
import { installClassGetitem, unionArgs } from "../runtime/genericalias.js";
import { decref, heap, incref, xdecref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { checkParsedDigits } from "../runtime/intdigits.js";
import { newMappingProxy } from "../runtime/mappingproxy.js";
import { exposeNativeAttrs } from "../runtime/nativedescr.js";
import { nativeIter, nativeIterType, releaseIterRefs } from "../runtime/nativeiter.js";
import {
  internedName,
  internStr,
  type NativeFunction,
  newBool,
  newBuiltin,
  newDict,
  newFloat,
  newInt,
  newIntFromSsize,
  newList,
  newStr,
  newStrFresh,
  newTuple,
  none,
  releaseItemsBackwards,
  setListCapacity,
  strOrSelf,
} from "../runtime/objects.js";
import {
  isLongRange,
  newRange,
  rangeIndexOf,
  rangeLen,
  rangeLengthExact,
  rangeValueAt,
} from "../runtime/range.js";
import {
  frozensetContract,
  hasEntry,
  isExactSetLike,
  isSetLike,
  newSet,
  setAdd,
  setClear,
  setContract,
  setDifference,
  setDifferenceMulti,
  setDifferenceUpdate,
  setDiscard,
  setFrom,
  setIntersection,
  setIntersectionMulti,
  setIntersectionUpdate,
  setIsSubset,
  setPop,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
  storedMembers,
} from "../runtime/set.js";
import { newSuper } from "../runtime/super.js";
import {
  isSubtype,
  lookup,
  lookupSlot,
  typeInfo,
  typeName,
  typeOf,
} from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { DECIMAL_MASK, typeFlags } from "../runtime/unicodetype.js";
import { installBytes, strFromBytes } from "./bytesmethods.js";
import { complexContract, complexHash, installComplex } from "./complex.js";
import { installOpen } from "./fileio.js";
import { readLineHook, stdout } from "./io.js";
import { installIteratorState } from "./iterstate.js";
import { installMemoryview } from "./memoryview.js";
import { installNamespaceExtras } from "./namespaceextras.js";
import { installNumberMembers } from "./nummethods.js";
import { installReduceMethods } from "./reduce.js";
import { declareModule, sysModules } from "./registry.js";
import { installSlotWrappers, powHook } from "./slotwrappers.js";
import { isNativeStream } from "./streams.js";
import { installStrExtras, PY_SPACE, PY_WORD } from "./strmethods.js";
import {
  argTypeName,
  cIntArg,
  clinic,
  defineFunction,
  defineValue,
  exactly,
  noKw,
  range_,
  splitKw,
} from "./support.js";
import { stdoutPending } from "./textpending.js";
import { installModuleAndMethodConstructors } from "./types.js";

// ---------------------------------------------------------------- constructors

/**
 * PyLong_FromString: optional sign, a base prefix (base 0, or the base's own), digits with
 * single underscores between them (one may follow the prefix), surrounding whitespace.
 * Base 0 without a prefix is decimal, and then a leading 0 allows only zeros.
 */
function intFromString(s: string, base: number, bytes: HeapObject | null = null): HeapObject {
  const given = base;
  // (bytes: _PyLong_FromBytes, ASCII only)
  let t = bytes === null ? numberText(s) : s.replace(ASCII_SPACE_AROUND, "");
  let sign = 1n;
  if (t.startsWith("-")) (sign = -1n), (t = t.slice(1));
  else if (t.startsWith("+")) t = t.slice(1);
  const prefixes: Record<string, number> = { x: 16, o: 8, b: 2 };
  const marker = t.length > 1 && t[0] === "0" ? prefixes[t[1]!.toLowerCase()] : undefined;
  let zerosOnly = false;
  if (base === 0) {
    if (marker !== undefined) base = marker;
    else {
      base = 10;
      zerosOnly = t[0] === "0";
    }
  }
  if (marker !== undefined && marker === base) {
    t = t.slice(2);
    if (t[0] === "_") t = t.slice(1);
  }
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  const lower = t.toLowerCase();
  // The run of digits (and underscores) is measured against the length limit before
  // anything after it is looked at (long_from_string_base): "1" * 5000 + "x" exceeds it.
  let end = 0;
  let count = 0;
  while (end < lower.length && (lower[end] === "_" || digits.includes(lower[end]!))) {
    if (lower[end] !== "_") count++;
    end++;
  }
  checkParsedDigits(count, base);
  const run = lower.slice(0, end);
  const valid =
    end === lower.length &&
    count > 0 &&
    run[0] !== "_" &&
    run[run.length - 1] !== "_" &&
    !run.includes("__");
  let v = 0n;
  if (valid)
    for (const ch of run) if (ch !== "_") v = v * BigInt(base) + BigInt(digits.indexOf(ch));
  if (!valid || (zerosOnly && v !== 0n)) {
    // (%.200R: the repr cut to 200 characters)
    const shown = repr(bytes ?? newStrTemp(s)).slice(0, 200);
    raise(T.ValueError, `invalid literal for int() with base ${given}: ${shown}`);
  }
  return newInt(sign * v);
}

/** Whether code point cp is a decimal digit in CPython's Unicode 14.0 (str.isdecimal). */
function isDecimalCp(cp: number): boolean {
  return (typeFlags(cp) & DECIMAL_MASK) !== 0;
}

/**
 * A character as _PyUnicode_TransformDecimalAndSpaceToASCII leaves it for int()/float():
 * a decimal digit as its ASCII digit (each script's digits run 0 to 9 in consecutive code
 * points; the mathematical ones five such runs back to back), else itself.
 */
function asciiDigit(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 128 || !isDecimalCp(cp)) return ch;
  let zero = cp;
  while (isDecimalCp(zero - 1)) zero--;
  return String((cp - zero) % 10);
}

/** Py_ISSPACE's whitespace at either end of a number's text. */
const ASCII_SPACE_AROUND = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

/**
 * A str as int() and float() read it: _PyUnicode_TransformDecimalAndSpaceToASCII (a
 * non-ASCII space becomes ' ', a decimal digit its ASCII digit), then Py_ISSPACE's
 * whitespace around it stripped (U+FEFF is neither, U+0085 is a space).
 */
function numberText(s: string): string {
  const t = /[^\0-\x7f]/.test(s)
    ? s.replace(/[^\0-\x7f]/gu, (c) => (PY_SPACE.test(c) ? " " : asciiDigit(c)))
    : s;
  return t.replace(ASCII_SPACE_AROUND, "");
}

/** The text of a bytes-like object read as a number: its bytes as Latin-1 characters. */
function bytesText(o: HeapObject): string {
  let out = "";
  for (const b of bytesData(o)) out += String.fromCharCode(b);
  return out;
}

/** float() of the text `s` (stripped) of `x`: inf/nan, else a literal (FLOAT_LITERAL). */
function floatFromText(s: string, x: HeapObject): HeapObject {
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (special !== null) {
    const v = special[2]!.toLowerCase() === "nan" ? Number.NaN : Infinity;
    return newFloat(special[1] === "-" ? -v : v);
  }
  if (!FLOAT_LITERAL.test(s)) raise(T.ValueError, `could not convert string to float: ${repr(x)}`);
  return newFloat(Number(s.replace(/_/g, "")));
}

/** A float literal as float() reads it: underscores only between digits. */
const FLOAT_LITERAL = /^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/;

function newStrTemp(s: string): HeapObject {
  const o = newStr(s);
  o.refcnt = 1_000_000;
  return o;
}

/**
 * listreviter over a list's (or tuple's) items from the last: the sequence is let go once
 * the index leaves it.
 */
function reverseItemsIter(seq: HeapObject, name: string): HeapObject {
  const held = [incRef(seq)];
  let i = (seq.p0 as HeapObject[]).length - 1;
  return nativeIter(
    name,
    held,
    () => {
      const items = seq.p0 as HeapObject[];
      if (i >= 0 && i < items.length) return incRef(items[i--]!);
      i = -1;
      const s = held.pop();
      if (s !== undefined) decref(s);
      return null;
    },
    48,
    () => (held.length === 0 || (seq.p0 as HeapObject[]).length < i + 1 ? 0 : i + 1),
    // listreviter_setstate / reversed_setstate: the index clipped to -1 .. len - 1, while
    // the sequence is held.
    (state) => {
      const index = ssizeState(state);
      if (held.length > 0) i = Math.min(Math.max(index, -1), (seq.p0 as HeapObject[]).length - 1);
    },
  );
}

/** PyLong_AsSsize_t, as the iterators' __setstate__ read their state: an int only. */
export function ssizeState(state: HeapObject): number {
  if (!isInt(state)) raise(T.TypeError, "an integer is required");
  const v = state.p0 as number | bigint;
  if (typeof v === "bigint" && (v > 2n ** 63n - 1n || v < -(2n ** 63n)))
    raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

function installConstructors(): void {
  nativeConstructors.set(T.int, (_t, args, kwnames) => {
    // long_new (int(x=0, /, base=10)): the base checked before x's kind
    const [pos, kw] = splitKw(args, kwnames);
    for (const k of kw.keys())
      if (k !== "base") raise(T.TypeError, `'${k}' is an invalid keyword argument for int()`);
    if (args.length > 2)
      raise(T.TypeError, `int() takes at most 2 arguments (${args.length} given)`);
    const baseObj = kw.get("base") ?? pos[1];
    if (pos.length === 0) {
      if (baseObj !== undefined) raise(T.TypeError, "int() missing string argument");
      return newInt(0);
    }
    const x = pos[0]!;
    if (baseObj !== undefined) {
      const base = Number(asExactIndex(baseObj));
      if ((base !== 0 && base < 2) || base > 36)
        raise(T.ValueError, "int() base must be >= 2 and <= 36, or 0");
      if (isBytesLike(x)) return intFromString(bytesText(x), base, x);
      if (!isStr(x)) raise(T.TypeError, "int() can't convert non-string with explicit base");
      return intFromString(x.p0 as string, base);
    }
    if (x.type === C.int) return incRef(x);
    if (x.type === C.bool) return newInt(x.p0 as number);
    if (x.type.layout === C.float) {
      const v = x.p0 as number;
      if (!Number.isFinite(v))
        raise(
          Number.isNaN(v) ? T.ValueError : T.OverflowError,
          Number.isNaN(v)
            ? "cannot convert float NaN to integer"
            : "cannot convert float infinity to integer",
        );
      return newInt(BigInt(Math.trunc(v)));
    }
    if (isStr(x)) return intFromString(x.p0 as string, 10);
    // PyNumber_Long: the type's nb_int, else its nb_index (slots: looked up on the type and
    // called with self, no bound method).
    let r = callSpecial(x, "__int__");
    const via = r !== null ? "__int__" : "__index__";
    r ??= callSpecial(x, "__index__");
    if (r !== null) {
      if (!isInt(r)) {
        const tn = typeName(r);
        decref(r);
        raise(T.TypeError, `${via} returned non-int (type ${tn})`);
      }
      return r;
    }
    if (isBytesLike(x)) return intFromString(bytesText(x), 10, x);
    raise(
      T.TypeError,
      `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
    );
  });
  nativeConstructors.set(T.float, (_t, args, kwnames) => {
    range_("float", args, 0, 1, kwnames);
    if (args.length === 0) return newFloat(0);
    const x = args[0]!;
    if (x.type === C.float) return incRef(x);
    if (x.type.layout === C.float) return newFloat(x.p0 as number);
    if (isInt(x)) {
      // PyLong_AsDouble
      const v = Number(x.p0);
      if (!Number.isFinite(v)) raise(T.OverflowError, "int too large to convert to float");
      return newFloat(v);
    }
    if (isBytesLike(x)) {
      // PyFloat_FromString on a buffer: ASCII, no Unicode digits or spaces
      const s = bytesText(x).replace(ASCII_SPACE_AROUND, "");
      return floatFromText(s, x);
    }
    if (isStr(x)) {
      // PyFloat_FromString: underscores only between digits
      return floatFromText(numberText(x.p0 as string), x);
    }
    // PyNumber_Float: the type's nb_float (a slot, as in int()).
    const r = callSpecial(x, "__float__");
    if (r !== null) {
      if (r.type.layout !== C.float) {
        const tn = typeName(r);
        decref(r);
        raise(T.TypeError, `${typeName(x)}.__float__ returned non-float (type ${tn})`);
      }
      return r;
    }
    // else nb_index, the int as a float (PyLong_AsDouble)
    const i = callSpecial(x, "__index__");
    if (i !== null) {
      try {
        if (!isInt(i)) raise(T.TypeError, `__index__ returned non-int (type ${typeName(i)})`);
        const v = Number(i.p0);
        if (!Number.isFinite(v)) raise(T.OverflowError, "int too large to convert to float");
        return newFloat(v);
      } finally {
        decref(i);
      }
    }
    raise(T.TypeError, `float() argument must be a string or a real number, not '${typeName(x)}'`);
  });
  nativeConstructors.set(T.str, (_t, args, kwnames) => {
    const decoded = strFromBytes(args, kwnames);
    if (decoded !== null) return decoded;
    // (the object may come by its keyword: str(object=x))
    if (kwnames !== null && kwnames.length === 1 && kwnames[0] === "object" && args.length === 1)
      kwnames = null;
    range_("str", args, 0, 1, kwnames);
    if (args.length === 0) return newStr("");
    const x = args[0]!;
    if (x.type === C.str) return incRef(x);
    return strFromMethod(x) ?? strOfObject(x, str(x));
  });
  nativeConstructors.set(T.bool, (_t, args, kwnames) => {
    range_("bool", args, 0, 1, kwnames);
    return newBool(args.length > 0 && truthy(args[0]!));
  });
  nativeConstructors.set(T.list, (_t, args, kwnames) => {
    range_("list", args, 0, 1, kwnames);
    const l = newList([], false);
    if (args.length === 0) return l;
    try {
      listExtend(l, args[0]!);
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  });
  nativeConstructors.set(T.tuple, (_t, args, kwnames) => {
    range_("tuple", args, 0, 1, kwnames);
    if (args.length === 0) return newTuple([]);
    if (args[0]!.type === C.tuple) return incRef(args[0]!);
    if (lengthHint(args[0]!, 0) > MAX_ITEMS) memoryError(); // PySequence_Tuple's allocation
    return newTuple(toArray(args[0]!));
  });
  nativeConstructors.set(T.dict, (_t, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length > 1) raise(T.TypeError, `dict expected at most 1 argument, got ${pos.length}`);
    const d = newDict(undefined, false);
    try {
      if (pos.length > 0) dictUpdate(d, pos[0]!);
      for (const [k, v] of kw) {
        const key = internedName(k); // (the caller's keyword name, an interned constant)
        (d.p0 as DictStore).set(key, v);
        decref(key);
      }
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  nativeConstructors.set(T.slice, (_t, args, kwnames) => {
    range_("slice", args, 1, 3, kwnames);
    const [start, stop, step] =
      args.length === 1 ? [S.None, args[0]!, S.None] : [args[0]!, args[1]!, args[2] ?? S.None];
    for (const x of [start, stop, step]) incref(x);
    return newSlice(start, stop, step);
  });
  nativeConstructors.set(T.range, (_t, args, kwnames) => {
    range_("range", args, 1, 3, kwnames);
    const nums = args.map(asExactIndex);
    const [start, stop, step] =
      nums.length === 1 ? [0, nums[0]!, 1] : [nums[0]!, nums[1]!, nums[2] ?? 1];
    if (step === 0 || step === 0n) raise(T.ValueError, "range() arg 3 must not be zero");
    return newRange(start, stop, step);
  });
  for (const [type, frozen] of [
    [T.set, false],
    [T.frozenset, true],
  ] as const) {
    nativeConstructors.set(type, (_t, args, kwnames) => {
      range_(frozen ? "frozenset" : "set", args, 0, 1, kwnames);
      if (frozen && args.length === 1 && args[0]!.type === frozensetContract)
        return incRef(args[0]!);
      return setFrom(args.length === 0 ? null : args[0]!, frozen);
    });
  }
  // 3.11's list_vectorcall, tuple_vectorcall, set_vectorcall, …: no argument tuple.
  for (const t of [T.list, T.tuple, T.dict, T.set, T.frozenset, T.range, T.float, T.bool]) {
    vectorcallTypes.add(t);
  }
  for (const [t, single] of [
    [T.NoneType, S.None],
    [T.NotImplementedType, S.NotImplemented],
    [T.ellipsis, S.Ellipsis],
  ] as const) {
    nativeConstructors.set(t, (_t, args, kwnames) => {
      if (args.length > 0) raise(T.TypeError, `${typeInfo(t).name} takes no arguments`);
      void kwnames;
      return incRef(single);
    });
  }
  nativeConstructors.set(T.type, (_t, args, kwnames) => typeNew(T.type, args, kwnames));
  // type.__new__(metatype, name, bases, ns, **kwds): what a metaclass's __new__ calls.
  const typeNewFn = newBuiltin("__new__", (args, kwnames) => {
    if (args.length === 0) raise(T.TypeError, "type.__new__(): not enough arguments");
    const meta = args[0]!;
    if (!isSubtype(typeOf(meta), T.type) || !isSubtype(meta, T.type)) {
      const n = isSubtype(typeOf(meta), T.type) ? typeInfo(meta).name : typeName(meta);
      raise(T.TypeError, `type.__new__(${n}): ${n} is not a subtype of type`);
    }
    return typeNew(meta, args.slice(1), kwnames);
  });
  const typeNewSm = heap.alloc(staticmethodContract, typeNewFn, null, null);
  heap.track(typeNewSm);
  typeInfo(T.type).dict.set("__new__", typeNewSm);
  function typeNew(meta: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (npos === 1 && nkw === 0 && meta === T.type) return incRef(typeOf(args[0]!));
    if (npos !== 3) raise(T.TypeError, "type() takes 1 or 3 arguments");
    const [name, bases, ns] = args as [HeapObject, HeapObject, HeapObject];
    if (!isStr(name))
      raise(T.TypeError, `type.__new__() argument 1 must be str, not ${typeName(name)}`);
    if (bases.type !== C.tuple)
      raise(T.TypeError, `type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
    if (ns.type.layout !== C.dict)
      raise(T.TypeError, `type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
    // type_new copies the namespace, adding __module__ from the caller's globals.
    const copy = newDict();
    const store = copy.p0 as DictStore;
    for (const e of (ns.p0 as DictStore).live()) store.set(e.key, e.value);
    if (store.getStr("__module__") === undefined) {
      const mod = (frameHook.current() as unknown as Frame).gstore.getStr("__name__");
      if (mod !== undefined) {
        const k = newStr("__module__");
        store.set(k, mod);
        decref(k);
      }
    }
    const kwargs: [string, HeapObject][] = [];
    for (let i = 0; i < nkw; i++) kwargs.push([kwnames![i]!, args[npos + i]!]);
    try {
      const baseList = [...(bases.p0 as HeapObject[])];
      return buildClass(meta, name.p0 as string, baseList, copy, kwargs, bases);
    } finally {
      decref(copy);
    }
  }
  // cm_init / sm_init: the callable, then functools_wraps copies its __module__, __name__,
  // __qualname__, __doc__ and __annotations__ into the new object's __dict__.
  const wrapper =
    (contract: typeof classmethodContract) =>
    (_t: HeapObject, args: HeapObject[], kwnames: string[] | null) => {
      noKw(contract.name, kwnames);
      if (args.length !== 1)
        raise(T.TypeError, `${contract.name} expected 1 argument, got ${args.length}`);
      const callable = args[0]!;
      incref(callable);
      const o = heap.alloc(contract, callable, null, null);
      heap.track(o);
      try {
        for (const name of [
          "__module__",
          "__name__",
          "__qualname__",
          "__doc__",
          "__annotations__",
        ]) {
          const v = getAttrOrNull(callable, name);
          if (v === null) continue;
          try {
            setAttr(o, name, v);
          } finally {
            decref(v);
          }
        }
      } catch (e) {
        decref(o);
        throw e;
      }
      return o;
    };
  nativeConstructors.set(T.classmethod, wrapper(classmethodContract));
  installModuleAndMethodConstructors();
  nativeConstructors.set(T.staticmethod, wrapper(staticmethodContract));
  nativeConstructors.set(T.property, (_t, args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const parts = [
      pos[0] ?? kw.get("fget") ?? null,
      pos[1] ?? kw.get("fset") ?? null,
      pos[2] ?? kw.get("fdel") ?? null,
    ];
    for (const p of parts) if (p !== null) incref(p);
    const o = heap.alloc(propertyContract, parts[0], parts[1], parts[2]);
    heap.track(o);
    return o;
  });
}

let dictIterSlot: HeapObject | null = null;

/** dict.__iter__ (what a dict subclass that keeps dict's iteration finds). */
function dictIter(): HeapObject | null {
  return (dictIterSlot ??= lookup(T.dict, "__iter__"));
}

export function dictUpdate(d: HeapObject, other: HeapObject, mappingOnly = false): void {
  const store = d.p0 as DictStore;
  // dict_merge reads a dict's entries directly, a subclass's too unless it overrides
  // __iter__ (its keys() and __getitem__ are not called).
  if (
    other.type === C.dict ||
    (other.type.layout === C.dict && lookupSlot(typeOf(other), "__iter__") === dictIter())
  ) {
    store.mergeFrom(other.p0 as DictStore);
    return;
  }
  const keysFn = getAttrOrNull(other, "keys");
  // DICT_UPDATE (`{**m}`) takes mappings only.
  if (keysFn === null && mappingOnly)
    raise(T.TypeError, `'${typeName(other)}' object is not a mapping`);
  if (keysFn !== null) {
    // dict_update_arg lets the attribute go, then PyDict_Merge calls keys() afresh
    // (PyMapping_Keys: an unbound call) and makes a list of what it gives.
    decref(keysFn);
    let keys: HeapObject[];
    const keysObj = callMethod(other, "keys");
    try {
      keys = toArray(keysObj);
    } finally {
      decref(keysObj);
    }
    try {
      for (const k of keys) {
        const v = getItem(other, k);
        store.set(k, v);
        decref(v);
      }
    } finally {
      for (const k of keys) decref(k);
    }
    return;
  }
  mergeFromSeq2(store, other);
}

/**
 * PyDict_MergeFromSeq2: the pairs taken one at a time, each released once stored (so
 * dict(zip(a, b)) lets zip reuse its tuple, and a generator's pairs do not all live at
 * once).
 */
function mergeFromSeq2(store: DictStore, seq: HeapObject): void {
  const it = getIter(seq);
  let item: HeapObject | null = null;
  try {
    for (let i = 0; ; i++) {
      item = iterNext(it);
      if (item === null) break;
      const c = item.type;
      let pair: HeapObject[];
      if (c === C.list || c === C.tuple) pair = item.p0 as HeapObject[];
      else {
        // PySequence_Fast: a list made of any other iterable.
        try {
          pair = toArray(item);
        } catch (e) {
          if (!(e instanceof PyRaise && isInstanceOf(e.exc, T.TypeError))) throw e;
          decref(e.exc);
          raise(
            T.TypeError,
            `cannot convert dictionary update sequence element #${i} to a sequence`,
          );
        }
        decref(item);
        item = newList(pair);
      }
      if (pair.length !== 2) {
        raise(
          T.ValueError,
          `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
        );
      }
      const key = incRef(pair[0]!);
      const value = incRef(pair[1]!);
      try {
        store.set(key, value);
      } finally {
        decref(key);
        decref(value);
      }
      decref(item);
      item = null;
    }
  } finally {
    if (item !== null) decref(item);
    decref(it);
  }
}

// ---------------------------------------------------------------- methods of builtin types

/** sys.stdout when it is not the process's own stdout object (borrowed), else null. */
function redirectedStdout(): HeapObject | null {
  const sys = (sysModules.dict.p0 as DictStore).getStr("sys");
  if (sys === undefined) return null;
  const out = ((sys.p0 as HeapObject).p0 as DictStore).getStr("stdout");
  if (out === undefined || isNativeStream(out, 1)) return null;
  return out;
}

function listMethods(): void {
  const L = T.list;
  defineMethod(L, "append", (args, kw, self) => {
    exactly("list.append", args, 1, kw);
    listAppend(self!, args[0]!);
    return none();
  });
  defineMethod(L, "extend", (args, kw, self) => {
    exactly("list.extend", args, 1, kw);
    listExtend(self!, args[0]!);
    return none();
  });
  defineMethod(L, "pop", (args, kw, self) => {
    range_("pop", args, 0, 1, kw);
    const arr = self!.p0 as HeapObject[];
    if (arr.length === 0) raise(T.IndexError, "pop from empty list");
    let i = args.length > 0 ? asIndex(args[0]!) : arr.length - 1;
    if (i < 0) i += arr.length;
    if (i < 0 || i >= arr.length) raise(T.IndexError, "pop index out of range");
    const [v] = arr.splice(i, 1);
    listShrink(self!);
    return v!;
  });
  defineMethod(L, "insert", (args, kw, self) => {
    exactly("insert", args, 2, kw);
    const arr = self!.p0 as HeapObject[];
    let i = asIndex(args[0]!);
    if (i < 0) i = Math.max(0, i + arr.length);
    i = Math.min(i, arr.length);
    incref(args[1]!);
    arr.splice(i, 0, args[1]!);
    listResize(self!, arr.length, arr.length - 1);
    return none();
  });
  defineMethod(L, "remove", (args, kw, self) => {
    exactly("list.remove", args, 1, kw);
    const arr = self!.p0 as HeapObject[];
    for (let i = 0; i < arr.length; i++) {
      if (pyEqHeld(arr[i]!, args[0]!)) {
        const [v] = arr.splice(i, 1);
        listShrink(self!);
        decref(v!);
        return none();
      }
    }
    raise(T.ValueError, "list.remove(x): x not in list");
  });
  defineMethod(L, "__reversed__", (args, kw, self) => {
    exactly("list.__reversed__", args, 0, kw);
    return reverseItemsIter(self!, "list_reverseiterator");
  });
  defineMethod(L, "index", (args, kw, self) => {
    const [start, stop] = indexBounds("list", args, kw, self!);
    // (the length read at each step: __eq__ may shorten the list)
    for (let i = start; i < stop && i < (self!.p0 as HeapObject[]).length; i++)
      if (pyEqHeld((self!.p0 as HeapObject[])[i]!, args[0]!)) return newIntFromSsize(i);
    raise(T.ValueError, `${repr(args[0]!)} is not in list`);
  });
  defineMethod(L, "count", (args, kw, self) => {
    exactly("list.count", args, 1, kw);
    let n = 0;
    for (const x of self!.p0 as HeapObject[]) if (pyEqHeld(x, args[0]!)) n++;
    return newIntFromSsize(n);
  });
  defineMethod(L, "clear", (args, kw, self) => {
    exactly("list.clear", args, 0, kw);
    const items = self!.p0 as HeapObject[];
    // _list_clear: a list without storage (new and empty, or sorting) is left as it is
    if (items.length === 0 && (self!.p1 as number) <= 0) return none();
    self!.p0 = [];
    setListCapacity(self!, 0);
    releaseItemsBackwards(items);
    return none();
  });
  defineMethod(L, "copy", (args, kw, self) => {
    exactly("list.copy", args, 0, kw);
    const items = (self!.p0 as HeapObject[]).slice();
    for (const x of items) incref(x);
    return newList(items);
  });
  defineMethod(L, "reverse", (args, kw, self) => {
    exactly("list.reverse", args, 0, kw);
    (self!.p0 as HeapObject[]).reverse();
    return none();
  });
  defineMethod(L, "sort", (args, kwnames, self) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length > 0) raise(T.TypeError, "sort() takes no positional arguments");
    const [key, reverse] = sortOptions(kw);
    // list_sort_impl: the list is empty while it sorts (a key function or __lt__ sees
    // []); whatever they put in it is released after, and a list they changed is an error
    const list = self!;
    const saved = list.p0 as HeapObject[];
    const savedCap = list.p1 as number;
    list.p0 = [];
    list.p1 = -1; // any resize of the list sets it
    let failed = true;
    try {
      sortItems(saved, key, reverse);
      failed = false;
    } finally {
      const during = list.p0 as HeapObject[];
      const modified = list.p1 !== -1;
      list.p0 = saved;
      if (modified) setListCapacity(list, savedCap);
      else list.p1 = savedCap;
      releaseItemsBackwards(during);
      if (modified && !failed) raise(T.ValueError, "list modified during sort");
    }
    return none();
  });
}

export function listAppend(list: HeapObject, item: HeapObject): void {
  const arr = list.p0 as HeapObject[];
  if (arr.length >= (list.p1 as number)) listResize(list, arr.length + 1, arr.length);
  incref(item);
  arr.push(item);
}

/** list.sort's and sorted()'s keyword arguments: key (None: none) and reverse (an int). */
function sortOptions(kw: Map<string, HeapObject>): [HeapObject | null, boolean] {
  for (const k of kw.keys()) {
    if (k !== "key" && k !== "reverse")
      raise(T.TypeError, `'${k}' is an invalid keyword argument for sort()`);
  }
  const key = kw.get("key") ?? null;
  const reverse = kw.get("reverse");
  return [key === S.None ? null : key, reverse !== undefined && asIndex(reverse) !== 0];
}

/** Sort `items` in place by keyFn's keys (none: the items), each key made in turn. */
function sortItems(items: HeapObject[], keyFn: HeapObject | null, rev: boolean): void {
  const keys: HeapObject[] = keyFn === null ? items : [];
  try {
    // (a key function that raises leaves the keys made so far to release)
    if (keyFn !== null) for (const x of items) keys.push(callBorrowed(keyFn, [x]));
    sortByKeys(items, keys, rev);
  } finally {
    if (keys !== items) for (const k of keys) decref(k);
  }
}

/**
 * list.sort's ordering of `items` by `keys`: CPython's listsort. Lists shorter than 64 are one run — count_run, then a
 * binary insertion sort — so `__lt__` is called in exactly CPython's order. Reverse sorts
 * reverse, sort and reverse back (which keeps equal elements stable).
 * NOT-CPYTHON: longer lists use a stable merge sort instead of timsort's merges and
 * galloping (same result, different comparison sequence).
 */
function sortByKeys(items: HeapObject[], keys: HeapObject[], rev: boolean): void {
  const idx = items.map((_, i) => i);
  if (rev) idx.reverse();
  const lt = (a: number, b: number) => compareBool(keys[a]!, keys[b]!, "<");
  const n = idx.length;
  const fast = n >= 2 ? uniformKeyOrder(keys) : null;
  if (fast !== null) {
    // (a stable sort by an order that runs no Python code: the result is the one
    // CPython's unsafe_*_compare gives)
    idx.sort(fast);
  } else if (n < 64) {
    if (n >= 2) {
      let run = 2;
      if (lt(idx[1]!, idx[0]!)) {
        while (run < n && lt(idx[run]!, idx[run - 1]!)) run++;
        const head = idx.slice(0, run).reverse();
        for (let i = 0; i < run; i++) idx[i] = head[i]!;
      } else {
        while (run < n && !lt(idx[run]!, idx[run - 1]!)) run++;
      }
      for (let start = run; start < n; start++) {
        const pivot = idx[start]!;
        let l = 0;
        let r = start;
        do {
          const p = l + ((r - l) >> 1);
          if (lt(pivot, idx[p]!)) r = p;
          else l = p + 1;
        } while (l < r);
        idx.splice(start, 1);
        idx.splice(l, 0, pivot);
      }
    }
  } else {
    // V8's sort is CPython's timsort (listsort) ported: it asks only whether the order is
    // below 0, ISLT, so `<` is called once a comparison, where and as often as CPython's.
    idx.sort((a, b) => (lt(a, b) ? -1 : 0));
  }
  if (rev) idx.reverse();
  const sorted = idx.map((i) => items[i]!);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i]!;
}

/** A key's kind for uniformKeyOrder: a number (exact int or float, not NaN), a str. */
enum KeyKind {
  None = 0,
  Number = 1,
  Str = 2,
}

function keyKind(k: HeapObject): KeyKind {
  const c = k.type;
  if (c === C.float) return Number.isNaN(k.p0 as number) ? KeyKind.None : KeyKind.Number;
  if (c === C.int) return typeof k.p0 === "number" ? KeyKind.Number : KeyKind.None;
  if (c === C.str) return KeyKind.Str;
  return KeyKind.None;
}

/** Two keys' payloads of `kind` compared (-1, 0, 1; numbers by < and >, NaN excluded). */
function compareOfKind(kind: KeyKind): (x: HeapObject, y: HeapObject) => number {
  return kind === KeyKind.Number
    ? (x, y) => {
        const p = x.p0 as number;
        const q = y.p0 as number;
        return p < q ? -1 : p > q ? 1 : 0;
      }
    : (x, y) => compareStr(x.p0 as string, y.p0 as string);
}

/**
 * An order of the indexes of `keys` (payloads of `kind`): past a few keys the payloads are
 * read once, into an array.
 */
function orderOf(kind: KeyKind, keys: HeapObject[]): (a: number, b: number) => number {
  if (keys.length < 32) {
    const cmp = compareOfKind(kind);
    return (a, b) => cmp(keys[a]!, keys[b]!);
  }
  if (kind === KeyKind.Number) {
    const v = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i++) v[i] = keys[i]!.p0 as number;
    return (a, b) => (v[a]! < v[b]! ? -1 : v[a]! > v[b]! ? 1 : 0);
  }
  const v = keys.map((k) => k.p0 as string);
  return (a, b) => compareStr(v[a]!, v[b]!);
}

/**
 * list.sort's pre-scan (CPython's unsafe_float_compare, unsafe_latin_compare,
 * unsafe_tuple_compare …): when every key is a number, every key a str, or every key a
 * tuple whose items are such, one kind at each position, the keys compare without Python
 * code: an order of their indexes; otherwise null.
 */
function uniformKeyOrder(keys: HeapObject[]): ((a: number, b: number) => number) | null {
  const first = keys[0]!;
  if (first.type !== C.tuple) {
    const kind = keyKind(first);
    if (kind === KeyKind.None) return null;
    for (const k of keys) if (keyKind(k) !== kind) return null;
    return orderOf(kind, keys);
  }
  const kinds: KeyKind[] = [];
  let width = Number.POSITIVE_INFINITY;
  for (const k of keys) {
    if (k.type !== C.tuple) return null;
    const t = k.p0 as HeapObject[];
    width = Math.min(width, t.length);
    for (let i = 0; i < t.length; i++) {
      const kind = keyKind(t[i]!);
      if (kind === KeyKind.None) return null;
      if (i >= kinds.length) kinds.push(kind);
      else if (kinds[i] !== kind) return null;
    }
  }
  // (the first position decides most comparisons: ordered as keys of its own)
  const head =
    width > 0
      ? orderOf(
          kinds[0]!,
          keys.map((k) => (k.p0 as HeapObject[])[0]!),
        )
      : null;
  const rest = kinds.map(compareOfKind);
  return (a, b) => {
    if (head !== null) {
      const c = head(a, b);
      if (c !== 0) return c;
    }
    const x = keys[a]!.p0 as HeapObject[];
    const y = keys[b]!.p0 as HeapObject[];
    const n = Math.min(x.length, y.length);
    for (let i = head !== null ? 1 : 0; i < n; i++) {
      const c = rest[i]!(x[i]!, y[i]!);
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };
}

function dictMethods(): void {
  const D = T.dict;
  defineMethod(D, "get", (args, kw, self) => {
    range_("get", args, 1, 2, kw);
    const v = (self!.p0 as DictStore).get(args[0]!);
    return incRef(v ?? args[1] ?? S.None);
  });
  defineMethod(D, "keys", (args, kw, self) => {
    exactly("dict.keys", args, 0, kw);
    return newDictView(dictKeysContract, self!);
  });
  defineMethod(D, "values", (args, kw, self) => {
    exactly("dict.values", args, 0, kw);
    return newDictView(dictValuesContract, self!);
  });
  defineMethod(D, "items", (args, kw, self) => {
    exactly("dict.items", args, 0, kw);
    return newDictView(dictItemsContract, self!);
  });
  installViewSetOperations();
  // dict.__reversed__: the keys from the last (dictreviter_iternext). A size change is an
  // error, then and on every later call; the end lets go of the dict.
  defineMethod(D, "__reversed__", (args, kw, self) => {
    exactly("dict.__reversed__", args, 0, kw);
    const store = self!.p0 as DictStore;
    let used = store.size;
    let left = used; // (di->len)
    let at = store.table.length;
    let done = false;
    incref(self!);
    const it: HeapObject = nativeIter(
      "dict_reversekeyiterator",
      [self!],
      () => {
        if (done) return null;
        if (used !== store.size) {
          used = -1;
          raise(T.RuntimeError, "dictionary changed size during iteration");
        }
        const t = store.table;
        for (at = Math.min(at, t.length) - ENTRY; at >= 0; at -= ENTRY) {
          const k = t[at] as HeapObject | null;
          if (k !== null) {
            left--;
            return incRef(k);
          }
        }
        done = true;
        releaseIterRefs(it);
        return null;
      },
      72,
      // dictiter_len: what is left while the dict keeps its size, else 0
      () => (!done && used === store.size ? left : 0),
    );
    return it;
  });
  defineMethod(D, "pop", (args, kw, self) => {
    range_("pop", args, 1, 2, kw);
    const entry = (self!.p0 as DictStore).remove(args[0]!);
    if (entry === undefined) {
      if (args.length > 1) return incRef(args[1]!);
      throw new PyRaise(keyError(args[0]!));
    }
    decref(entry.key);
    return entry.value;
  });
  defineMethod(D, "setdefault", (args, kw, self) => {
    range_("setdefault", args, 1, 2, kw);
    const store = self!.p0 as DictStore;
    const v = store.get(args[0]!);
    if (v !== undefined) return incRef(v);
    const d = args[1] ?? S.None;
    store.set(args[0]!, d);
    return incRef(d);
  });
  defineMethod(D, "update", (args, kwnames, self) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length > 1) raise(T.TypeError, `update expected at most 1 argument, got ${pos.length}`);
    // dict_update is METH_VARARGS | METH_KEYWORDS: its positional arguments sit in a
    // tuple while it runs (a mapping's keys() and __getitem__ see that reference).
    for (const a of pos) a.refcnt++;
    const packed = newTuple(pos);
    try {
      if (pos.length > 0) dictUpdate(self!, pos[0]!);
      for (const [k, v] of kw) {
        const key = internedName(k); // (the caller's keyword name, an interned constant)
        (self!.p0 as DictStore).set(key, v);
        decref(key);
      }
    } finally {
      decref(packed);
    }
    return none();
  });
  defineMethod(D, "clear", (args, kw, self) => {
    exactly("dict.clear", args, 0, kw);
    (self!.p0 as DictStore).clear();
    return none();
  });
  // dict.fromkeys is a classmethod: the class comes first.
  const fromkeys = newBuiltin("fromkeys", (args, kw) => {
    range_("fromkeys", args, 2, 3, kw);
    // dict_fromkeys: the keys taken one at a time; a class other than dict gets them
    // through its __setitem__.
    const d = call(args[0]!, []);
    const value = args[2] ?? S.None;
    const src = args[1]!;
    try {
      if (d.type === C.dict && (src.type === C.dict || isExactSetLike(src))) {
        // A dict's or an exact set's keys go in with the hashes they were stored with
        // (_PyDict_SetItem_KnownHash): no __hash__ call.
        const store = d.p0 as DictStore;
        const keys = src.type === C.dict ? (src.p0 as DictStore).keysStored() : storedMembers(src);
        for (const { key, stand } of keys) store.setStored(key, value, stand);
        return d;
      }
      const it = getIter(src);
      try {
        for (let k = iterNext(it); k !== null; k = iterNext(it)) {
          try {
            if (d.type === C.dict) (d.p0 as DictStore).set(k, value);
            else setItem(d, k, value);
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  });
  const cm = heap.alloc(classmethodContract, fromkeys, null, null);
  cm.refcnt = 1_000_000;
  typeInfo(D).dict.set("fromkeys", cm);
  defineMethod(D, "popitem", (args, kw, self) => {
    exactly("dict.popitem", args, 0, kw);
    const store = self!.p0 as DictStore;
    let last: DictEntry | null = null;
    for (const e of store.live()) last = e;
    if (last === null) raise(T.KeyError, "popitem(): dictionary is empty");
    const entry = store.remove(last.key)!;
    return newTuple([entry.key, entry.value]);
  });
  defineMethod(D, "copy", (args, kw, self) => {
    exactly("dict.copy", args, 0, kw);
    const d = newDict();
    (d.p0 as DictStore).mergeFrom(self!.p0 as DictStore, true);
    return d;
  });
}

function keyError(key: HeapObject): HeapObject {
  incref(key);
  return call(T.KeyError, [key]);
}

/**
 * list.index / tuple.index (value, start=0, stop=maxsize, /): the bounds as
 * _PyEval_SliceIndexNotNone reads them (an int or __index__, clamped), negative ones
 * counted from the end.
 */
function indexBounds(
  type: string,
  args: HeapObject[],
  kwnames: string[] | null,
  self: HeapObject,
): [number, number] {
  if (kwnames !== null && kwnames.length > 0)
    raise(T.TypeError, `${type}.index() takes no keyword arguments`);
  range_("index", args, 1, 3);
  const n = (self.p0 as HeapObject[]).length;
  const bound = (o: HeapObject | undefined, dflt: number): number => {
    if (o === undefined) return dflt;
    if (!isInt(o) && lookupSlot(typeOf(o), "__index__") === null)
      raise(T.TypeError, "slice indices must be integers or have an __index__ method");
    const v = Number(asExactIndex(o));
    const clamped = Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, v));
    return clamped < 0 ? Math.max(0, clamped + n) : clamped;
  };
  return [bound(args[1], 0), bound(args[2], Number.MAX_SAFE_INTEGER)];
}

/** An attribute name given to getattr, setattr, delattr or hasattr: a str. */
function attrName(o: HeapObject): string {
  if (!isStr(o)) raise(T.TypeError, `attribute name must be string, not '${typeName(o)}'`);
  return o.p0 as string;
}

/**
 * str.format's result as its writer finishes it: a format string without fields is itself,
 * one that is a single field which formatted an exact str argument whole is that argument.
 */
function formatResult(fmt: HeapObject, out: string, args: HeapObject[]): HeapObject {
  const s = fmt.p0 as string;
  if (out === s && !s.includes("{") && !s.includes("}")) return strOrSelf(fmt, out);
  if (/^\{[^{}]*\}$/.test(s)) {
    const whole = args.find((a) => a.type === C.str && a.p0 === out);
    if (whole !== undefined) return strOrSelf(whole, out);
  }
  return newStr(out);
}

/** str() or repr() of `obj` as a str: an int's is made new (long_to_decimal_string), one digit or not. */
function strOfObject(obj: HeapObject, text: string): HeapObject {
  if (obj.type === C.int) return newStrFresh(text);
  // bool_repr returns the runtime's static identifier strs (_Py_ID(True)); none_repr and
  // the others make a new str (measured with tracemalloc)
  if (obj === S.True || obj === S.False) return internStr(text);
  return newStr(text);
}

/** unicode_result_unchanged: an exact str itself, a subclass's value as a new str. */
function unchanged(self: HeapObject): HeapObject {
  return strOrSelf(self, self.p0 as string);
}

function strMethods(): void {
  const S_ = T.str;
  const s = (self: HeapObject | null) => self!.p0 as string;
  defineMethod(S_, "join", (args, kw, self) => {
    exactly("str.join", args, 1, kw);
    const arg = args[0]!;
    // PySequence_Fast: alive until the result is made (tracemalloc's peak sees it)
    const seq = sequenceFastWhileObserved(arg);
    const items = toArray(seq ?? arg);
    try {
      // _PyUnicode_JoinArray: one exact str is the result itself; more make a new str.
      if (items.length === 1 && items[0]!.type === C.str) return incRef(items[0]!);
      return newStrFresh(
        items
          .map((x, i) => {
            if (!isStr(x))
              raise(T.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
            return x.p0 as string;
          })
          .join(s(self)),
      );
    } finally {
      for (const x of items) decref(x);
      if (seq !== null) decref(seq);
    }
  });
  const strip = (name: string, mode: "both" | "left" | "right") =>
    defineMethod(S_, name, (args, kw, self) => {
      range_(name, args, 0, 1, kw);
      const arg = args.length > 0 && args[0] !== S.None ? args[0]! : null;
      if (arg !== null && !isStr(arg)) raise(T.TypeError, `${name} arg must be None or str`);
      const text = s(self);
      // (by code points; a string without surrogates is indexed as it is)
      const cps = codePoints(text);
      const x = cps ?? text;
      const chars = arg === null ? null : new Set(arg.p0 as string);
      const isStrip = (c: string) => (chars === null ? PY_SPACE.test(c) : chars.has(c));
      let i = 0;
      let j = x.length;
      if (mode !== "right") while (i < j && isStrip(x[i]!)) i++;
      if (mode !== "left") while (j > i && isStrip(x[j - 1]!)) j--;
      if (i === 0 && j === x.length) return unchanged(self!);
      return newStr(cps === null ? text.slice(i, j) : cps.slice(i, j).join(""));
    });
  strip("strip", "both");
  strip("lstrip", "left");
  strip("rstrip", "right");
  defineMethod(S_, "split", (args, kwnames, self) => {
    const [sepArg, maxsplit] = clinic("split", ["sep", "maxsplit"], 0, args, kwnames);
    const sep = sepArg ?? S.None;
    const max = maxsplit === undefined ? -1 : asIndex(maxsplit);
    const x = s(self);
    let parts: string[];
    if (sep === S.None) {
      // (the rest, once maxsplit is reached, keeps its trailing whitespace)
      parts = [];
      const re = PY_WORD;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(x)) !== null) {
        if (max >= 0 && parts.length === max) {
          parts.push(x.slice(m.index));
          break;
        }
        parts.push(m[0]);
      }
    } else {
      if (!isStr(sep)) raise(T.TypeError, `must be str or None, not ${typeName(sep)}`);
      const sp = sep.p0 as string;
      if (sp === "") raise(T.ValueError, "empty separator");
      parts = x.split(sp);
      if (max >= 0 && parts.length > max + 1)
        parts = [...parts.slice(0, max), parts.slice(max).join(sp)];
    }
    return listBuiltByAppends(
      parts.map((t) => strOrSelf(self!, t)),
      splitPrealloc(max),
    );
  });
  defineMethod(S_, "replace", (args, kw, self) => {
    range_("replace", args, 2, 3, kw);
    for (const k of [0, 1]) {
      if (!isStr(args[k]!))
        raise(T.TypeError, `replace() argument ${k + 1} must be str, not ${argTypeName(args[k]!)}`);
    }
    const count = args.length > 2 ? asIndex(args[2]!) : -1;
    const [a, b] = [args[0]!.p0 as string, args[1]!.p0 as string];
    let x = s(self);
    if (a === "") {
      // An empty pattern matches before each character and at the end.
      const chars = [...x];
      const n = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
      let out = "";
      for (let i = 0; i < chars.length; i++) out += (i < n ? b : "") + chars[i];
      if (n > chars.length) out += b;
      return n === 0 ? unchanged(self!) : newStrFresh(out);
    }
    // (nothing to replace: the str itself, as replace() returns it)
    if (count === 0 || !x.includes(a)) return unchanged(self!);
    if (count < 0) x = x.split(a).join(b);
    else {
      const parts = x.split(a);
      x =
        parts.slice(0, count + 1).join(b) +
        (parts.length > count + 1 ? a + parts.slice(count + 1).join(a) : "");
    }
    return newStrFresh(x);
  });
  const justify = (name: string, fn: (x: string, n: number, c: string, w: number) => string) =>
    defineMethod(S_, name, (args, kw, self) => {
      range_(name, args, 1, 2, kw);
      const w = cIntArg(args[0]!);
      let c = " ";
      if (args.length > 1) {
        const f = args[1]!;
        if (!isStr(f))
          raise(T.TypeError, `The fill character must be a unicode character, not ${typeName(f)}`);
        c = f.p0 as string;
        if ([...c].length !== 1)
          raise(T.TypeError, "The fill character must be exactly one character long");
      }
      const x = s(self);
      // (widths count characters, not UTF-16 units)
      const n = w - (codePoints(x) ?? x).length;
      return n <= 0 ? unchanged(self!) : newStr(fn(x, n, c, w));
    });
  justify("ljust", (x, n, c) => x + c.repeat(n));
  justify("rjust", (x, n, c) => c.repeat(n) + x);
  justify("center", (x, n, c, w) => {
    const left = Math.floor(n / 2) + (n & w & 1);
    return c.repeat(left) + x + c.repeat(n - left);
  });
  defineMethod(S_, "zfill", (args, kw, self) => {
    exactly("str.zfill", args, 1, kw);
    const x = s(self);
    const w = cIntArg(args[0]!);
    const n = w - (codePoints(x) ?? x).length;
    if (n <= 0) return unchanged(self!);
    const sign = x[0] === "-" || x[0] === "+" ? x[0] : "";
    return newStr(sign + "0".repeat(n) + x.slice(sign.length));
  });
  defineMethod(S_, "format", (args, kwnames, self) => {
    const [pos, kw] = splitKw(args, kwnames);
    // (METH_VARARGS | METH_KEYWORDS)
    return asVarargsCall(args, pos.length, 0, () =>
      formatResult(self!, strFormat(s(self), pos, kw), [...pos, ...kw.values()]),
    );
  });
  defineMethod(S_, "format_map", (args, kw, self) => {
    exactly("str.format_map", args, 1, kw);
    return newStr(strFormat(s(self), [], args[0]!));
  });
  installStrExtras();
}

/**
 * str.format: replacement fields with auto/explicit numbering, attributes, indexes, specs.
 * `kw` is the keyword arguments, or (str.format_map) a mapping to subscript.
 */
export function strFormat(
  fmt: string,
  pos: HeapObject[],
  kw: Map<string, HeapObject> | HeapObject,
): string {
  let out = "";
  let auto = 0;
  let numbering: "auto" | "manual" | null = null;
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      if (i + 1 >= fmt.length) raise(T.ValueError, "Single '{' encountered in format string");
      // parse_field: the name runs to '}', ':' or '!' (a '[' skips to its ']'), then a
      // conversion character, then a spec whose braces nest
      let j = i + 1;
      let c = "";
      while (j < fmt.length) {
        c = fmt[j++]!;
        if (c === "{") raise(T.ValueError, "unexpected '{' in field name");
        if (c === "}" || c === ":" || c === "!") break;
        if (c === "[") while (j < fmt.length && fmt[j] !== "]") j++;
        c = "";
      }
      const name = fmt.slice(i + 1, c === "" ? j : j - 1);
      let conv = "";
      let spec = "";
      if (c === "!" || c === ":") {
        let done = false;
        if (c === "!") {
          if (j >= fmt.length)
            raise(T.ValueError, "end of string while looking for conversion specifier");
          conv = fmt[j++]!;
          if (j < fmt.length) {
            const d = fmt[j++];
            if (d === "}") done = true;
            else if (d !== ":") raise(T.ValueError, "expected ':' after conversion specifier");
          }
        }
        if (!done) {
          // (the spec's braces nest; a conversion at the very end comes here too)
          const specStart = j;
          let count = 1;
          while (j < fmt.length) {
            const d = fmt[j++];
            if (d === "{") count++;
            else if (d === "}" && --count === 0) break;
          }
          if (count !== 0) raise(T.ValueError, "unmatched '{' in format spec");
          spec = fmt.slice(specStart, j - 1);
        }
      } else if (c !== "}") raise(T.ValueError, "expected '}' before end of string");
      i = j;
      const m = /^([^.[]*)(.*)$/s.exec(name)!;
      const first = m[1]!;
      let obj: HeapObject;
      if (first === "" || /^\d+$/.test(first)) {
        const mode = first === "" ? "auto" : "manual";
        if (numbering !== null && numbering !== mode) {
          raise(
            T.ValueError,
            mode === "manual"
              ? "cannot switch from automatic field numbering to manual field specification"
              : "cannot switch from manual field specification to automatic field numbering",
          );
        }
        numbering = mode;
      }
      if (!(kw instanceof Map) && (first === "" || /^\d+$/.test(first))) {
        raise(T.ValueError, "Format string contains positional fields");
      }
      if (first === "") {
        if (auto >= pos.length)
          raise(T.IndexError, `Replacement index ${auto} out of range for positional args tuple`);
        obj = incRef(pos[auto++]!);
      } else if (/^\d+$/.test(first)) {
        const k = Number(first);
        if (k >= pos.length)
          raise(T.IndexError, `Replacement index ${k} out of range for positional args tuple`);
        obj = incRef(pos[k]!);
      } else if (kw instanceof Map) {
        const v = kw.get(first);
        if (v === undefined) throw new PyRaise(keyError(newStrTemp(first)));
        obj = incRef(v);
      } else {
        const key = newStr(first);
        try {
          obj = getItem(kw, key);
        } finally {
          decref(key);
        }
      }
      // FieldNameIterator: .attribute and [key] parts
      let rest = m[2]!;
      while (rest.length > 0) {
        let next: HeapObject;
        try {
          if (rest[0] === ".") {
            const end = rest.slice(1).search(/[.[]/);
            const attr = end < 0 ? rest.slice(1) : rest.slice(1, end + 1);
            if (attr === "") raise(T.ValueError, "Empty attribute in format string");
            next = getAttr(obj, attr);
            rest = rest.slice(attr.length + 1);
          } else if (rest[0] === "[") {
            const close = rest.indexOf("]");
            if (close < 0) raise(T.ValueError, "Missing ']' in format string");
            const key = rest.slice(1, close);
            if (key === "") raise(T.ValueError, "Empty attribute in format string");
            rest = rest.slice(close + 1);
            next = subscriptStr(obj, key);
          } else {
            raise(T.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
          }
        } catch (e) {
          decref(obj);
          throw e;
        }
        decref(obj);
        obj = next;
      }
      try {
        if (spec.includes("{")) spec = strFormat(spec, pos.slice(auto), kw);
        let v = obj;
        if (conv !== "" && conv !== "r" && conv !== "s" && conv !== "a") {
          // do_conversion, once the object is found
          const code = conv.codePointAt(0)!;
          const shown = code > 32 && code < 127 ? conv : `\\x${code.toString(16)}`;
          raise(T.ValueError, `Unknown conversion specifier ${shown}`);
        }
        if (conv === "r" || conv === "s" || conv === "a") {
          v = newStr(conv === "s" ? str(obj) : conv === "a" ? asciiOf(repr(obj)) : repr(obj));
          decref(obj);
          obj = v;
        }
        out += formatValue(obj, spec);
      } finally {
        decref(obj);
      }
      continue;
    }
    if (ch === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      raise(T.ValueError, "Single '}' encountered in format string");
    }
    out += ch;
    i++;
  }
  return out;
}

function subscriptStr(obj: HeapObject, key: string): HeapObject {
  const k = /^\d+$/.test(key) ? newInt(Number(key)) : newStr(key);
  try {
    return getItem(obj, k);
  } finally {
    decref(k);
  }
}

function setMethods(): void {
  for (const type of [T.set, T.frozenset]) {
    const frozen = type === T.frozenset;
    const name = frozen ? "frozenset" : "set";
    const method = (m: string, impl: (self: HeapObject, args: HeapObject[]) => HeapObject) =>
      defineMethod(type, m, (args, kw, self) => {
        noKw(`${name}.${m}`, kw);
        return impl(self!, args);
      });
    // set_union, set_intersection_multi, set_difference_multi (a copy when given nothing).
    method("union", (self, args) => setUnion(self, args, frozen));
    method("intersection", (self, args) => setIntersectionMulti(self, args, frozen));
    method("difference", (self, args) => setDifferenceMulti(self, args, frozen));
    method("symmetric_difference", (self, args) => {
      exactly(`${name}.symmetric_difference`, args, 1);
      return setSymmetricDifference(self, args[0]!, frozen);
    });
    const relation = (m: string, test: (a: HeapObject, b: HeapObject) => boolean) =>
      defineMethod(type, m, (args, kw, self) => {
        exactly(`${name}.${m}`, args, 1, kw);
        const o = isSetLike(args[0]!) ? incRef(args[0]!) : newSet(toArray(args[0]!));
        try {
          return newBool(test(self!, o));
        } finally {
          decref(o);
        }
      });
    // set_issubset, set_isdisjoint: each member looked up by the hash its set stored.
    relation("issubset", setIsSubset);
    relation("issuperset", (a, b) => setIsSubset(b, a));
    relation("isdisjoint", (a, b) =>
      storedMembers(a).every(({ key, stand }) => !hasEntry(b, key, stand)),
    );
    defineMethod(type, "copy", (args, kw, self) => {
      exactly(`${name}.copy`, args, 0, kw);
      if (frozen && self!.type === frozensetContract) return incRef(self!);
      return setFrom(self!, frozen);
    });
  }
  const S_ = T.set;
  defineMethod(S_, "add", (args, kw, self) => {
    exactly("set.add", args, 1, kw);
    setAdd(self!, args[0]!);
    return none();
  });
  defineMethod(S_, "discard", (args, kw, self) => {
    exactly("set.discard", args, 1, kw);
    setKeyRetry(args[0]!, (k) => setDiscard(self!, k));
    return none();
  });
  defineMethod(S_, "remove", (args, kw, self) => {
    exactly("set.remove", args, 1, kw);
    if (!setKeyRetry(args[0]!, (k) => setDiscard(self!, k))) throw new PyRaise(keyError(args[0]!));
    return none();
  });
  defineMethod(S_, "pop", (args, kw, self) => {
    exactly("set.pop", args, 0, kw);
    return setPop(self!);
  });
  defineMethod(S_, "clear", (args, kw, self) => {
    exactly("set.clear", args, 0, kw);
    setClear(self!);
    return none();
  });
  defineMethod(S_, "update", (args, kw, self) => {
    noKw("set.update", kw);
    for (const other of args) setUpdate(self!, other);
    return none();
  });
  defineMethod(S_, "intersection_update", (args, kw, self) => {
    noKw("set.intersection_update", kw);
    setIntersectionUpdate(self!, args);
    return none();
  });
  defineMethod(S_, "symmetric_difference_update", (args, kw, self) => {
    exactly("set.symmetric_difference_update", args, 1, kw);
    setSymmetricDifferenceUpdate(self!, args[0]!);
    return none();
  });
  defineMethod(S_, "difference_update", (args, kw, self) => {
    noKw("set.difference_update", kw);
    for (const other of args) setDifferenceUpdate(self!, other);
    return none();
  });
}

function propertyMethods(): void {
  // property.getter/setter/deleter: a copy of the property with one function replaced.
  const replace =
    (slot: 0 | 1 | 2) => (args: HeapObject[], _kw: string[] | null, self: HeapObject | null) => {
      const parts = [self!.p0, self!.p1, self!.p2] as (HeapObject | null)[];
      parts[slot] = args[0]!;
      for (const p of parts) if (p !== null) incref(p);
      const o = heap.alloc(propertyContract, parts[0], parts[1], parts[2]);
      heap.track(o);
      const name = propertyNames.get(self!);
      if (name !== undefined) propertyNames.set(o, name);
      return o;
    };
  defineMethod(T.property, "getter", replace(0));
  defineMethod(T.property, "setter", replace(1));
  defineMethod(T.property, "deleter", replace(2));
  defineMethod(T.property, "__set_name__", (args, kw, self) => {
    range_("__set_name__", args, 2, 2, kw);
    if (args[1]!.type === C.str) propertyNames.set(self!, args[1]!.p0 as string);
    return none();
  });
  // The descriptor protocol called by name: func.__get__(obj, cls) binds as attribute
  // lookup does (descrGet); a property also sets and deletes.
  for (const t of [
    T.function,
    T.classmethod,
    T.staticmethod,
    T.property,
    T.method_descriptor,
    T.wrapper_descriptor,
  ]) {
    defineMethod(t!, "__get__", (args, kw, self) => {
      range_("__get__", args, 1, 2, kw);
      const obj = args[0]!;
      const type = args[1] ?? S.None;
      if (obj === S.None && type === S.None) raise(T.TypeError, "__get__(None, None) is invalid");
      return descrGet(self!, obj === S.None ? null : obj, type === S.None ? typeOf(obj) : type);
    });
  }
  defineMethod(T.property, "__set__", (args, kw, self) => {
    exactly("__set__", args, 2, kw);
    propertySet(self!, args[0]!, args[1]!);
    return none();
  });
  defineMethod(T.property, "__delete__", (args, kw, self) => {
    exactly("__delete__", args, 1, kw);
    propertySet(self!, args[0]!, null);
    return none();
  });
  // getset_descriptor (a class's __dict__ / __weakref__) called from Python.
  defineMethod(T.getset_descriptor!, "__get__", (args, kw, self) => {
    range_("__get__", args, 1, 2, kw);
    const obj = args[0]!;
    if (obj === S.None) return incRef(self!);
    return getsetGet(self!, obj);
  });
  defineMethod(T.getset_descriptor!, "__set__", (args, kw, self) => {
    exactly("__set__", args, 2, kw);
    getsetSet(self!, args[0]!, args[1]!);
    return none();
  });
  defineMethod(T.getset_descriptor!, "__delete__", (args, kw, self) => {
    exactly("__delete__", args, 1, kw);
    getsetDelete(self!, args[0]!);
    return none();
  });
  installHashes();
  // member_descriptor (a __slots__ name, a struct sequence's field) called from Python.
  defineMethod(T.member_descriptor!, "__get__", (args, kw, self) => {
    range_("__get__", args, 1, 2, kw);
    const obj = args[0]!;
    if (obj === S.None) {
      if ((args[1] ?? S.None) === S.None) raise(T.TypeError, "__get__(None, None) is invalid");
      return incRef(self!);
    }
    return memberGet(self!, obj);
  });
  defineMethod(T.member_descriptor!, "__set__", (args, kw, self) => {
    exactly("__set__", args, 2, kw);
    memberSet(self!, args[0]!, args[1]!);
    return none();
  });
  defineMethod(T.member_descriptor!, "__delete__", (args, kw, self) => {
    exactly("__delete__", args, 1, kw);
    memberSet(self!, args[0]!, null);
    return none();
  });
}

/**
 * The builtin types' __hash__ (tp_hash's slot wrappers): object's by address, int's, float's,
 * str's, tuple's, frozenset's and range's by value; None for the unhashable containers.
 */
function installHashes(): void {
  const define = (type: HeapObject, hash: (o: HeapObject) => number | bigint) => {
    defineMethod(type, "__hash__", (args, kw, self) => {
      noKw("__hash__", kw);
      expectArgs(args, 0);
      return newInt(hash(self!));
    });
    nativeHashDescriptors.add(typeInfo(type).dict.get("__hash__")!);
  };
  define(T.object, pointerHash);
  for (const t of [T.int, T.float, T.str, T.tuple, T.frozenset, T.range]) define(t!, layoutHash);
  for (const t of [T.list, T.dict, T.set, T.slice, T.dict_keys, T.dict_items])
    typeInfo(t!).dict.set("__hash__", incRef(S.None));
}

function miscMethods(): void {
  dictMergeHook.merge = dictUpdate;
  installNumberMembers();
  powHook.ternary = ternaryPow;
  installSlotWrappers();
  nativeAttrs.set(
    rangeContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["start", (o) => newInt(o.p0 as number)],
      ["stop", (o) => newInt(o.p1 as number)],
      ["step", (o) => newInt(o.p2 as number)],
    ]),
  );
  // The iterators over a sized sequence tell how many items are left (0 once exhausted).
  for (const name of [
    "list_iterator",
    "tuple_iterator",
    "range_iterator",
    "str_ascii_iterator",
    "reversed",
    "list_reverseiterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "dict_reversekeyiterator",
  ]) {
    // (dict_reversekeyiterator made here first: its size as dict.__reversed__ makes it)
    const type = T[name] ?? nativeIterType(name, name === "dict_reversekeyiterator" ? 72 : 48);
    defineMethod(type, "__length_hint__", (args, kw, self) => {
      exactly(`${name}.__length_hint__`, args, 0, kw);
      return newInt(builtinIterHint(self!) ?? 0);
    });
  }
  // range.index / range.count answer an exact int or bool arithmetically; anything else
  // (a float, an int subclass, an object with __eq__) is compared with each item, as
  // _PySequence_IterSearch does.
  const exactInt = (v: HeapObject) => v.type === C.int || v.type === C.bool;
  const searchItems = (r: HeapObject, v: HeapObject, all: boolean): number => {
    const it = getIter(r);
    let n = 0;
    let i = 0;
    try {
      for (let item = iterNext(it); item !== null; item = iterNext(it), i++) {
        let eq: boolean;
        try {
          eq = pyEq(item, v);
        } finally {
          decref(item);
        }
        if (eq && !all) return i;
        if (eq) n++;
      }
    } finally {
      decref(it);
    }
    return all ? n : -1;
  };
  defineMethod(T.range, "index", (args, kw, self) => {
    exactly("range.index", args, 1, kw);
    const v = args[0]!;
    if (!exactInt(v)) {
      const i = searchItems(self!, v, false);
      if (i < 0) raise(T.ValueError, "sequence.index(x): x not in sequence");
      return newInt(i);
    }
    const i = rangeIndexOf(self!, v.p0 as number | bigint);
    if (i < 0) raise(T.ValueError, `${repr(v)} is not in range`);
    return newInt(i);
  });
  defineMethod(T.range, "count", (args, kw, self) => {
    exactly("range.count", args, 1, kw);
    const v = args[0]!;
    if (!exactInt(v)) return newInt(searchItems(self!, v, true));
    return newInt(rangeIndexOf(self!, v.p0 as number | bigint) < 0 ? 0 : 1);
  });
  defineMethod(T.tuple, "count", (args, kw, self) => {
    exactly("tuple.count", args, 1, kw);
    let n = 0;
    for (const x of self!.p0 as HeapObject[]) if (x === args[0] || pyEq(x, args[0]!)) n++;
    return newIntFromSsize(n);
  });
  defineMethod(T.tuple, "index", (args, kw, self) => {
    const [start, stop] = indexBounds("tuple", args, kw, self!);
    const arr = self!.p0 as HeapObject[];
    for (let i = start; i < Math.min(stop, arr.length); i++)
      if (arr[i] === args[0] || pyEq(arr[i]!, args[0]!)) return newIntFromSsize(i);
    raise(T.ValueError, "tuple.index(x): x not in tuple");
  });
  defineMethod(T.float, "is_integer", (args, kw, self) => {
    exactly("float.is_integer", args, 0, kw);
    return newBool(Number.isInteger(self!.p0));
  });
  // int/float/str.__format__: what format() does with their values (an empty spec is
  // str(self), so a subclass's __str__ shows).
  const formatters: [HeapObject, (v: HeapObject, spec: string) => string][] = [
    [T.int, (v, spec) => formatInt(BigInt(v.p0 as number | bigint), parseSpec(spec))],
    [T.float, (v, spec) => formatFloat(v.p0 as number, parseSpec(spec))],
    [T.str, (v, spec) => formatStr(v.p0 as string, parseSpec(spec))],
  ];
  for (const [t, format] of formatters) {
    defineMethod(t, "__format__", (args, kw, self) => {
      exactly("__format__", args, 1, kw);
      const spec = args[0]!;
      if (!isStr(spec)) {
        const tn = spec === S.None ? "None" : typeName(spec); // _PyArg_BadArgument
        raise(T.TypeError, `__format__() argument must be str, not ${tn}`);
      }
      if ((spec.p0 as string) === "") return newStr(str(self!));
      try {
        return newStr(format(self!, spec.p0 as string));
      } catch (e) {
        raiseFormatError(e);
      }
    });
  }
  // unicode_str: an exact str is itself, a subclass's value a new str.
  defineMethod(T.str, "__str__", (args, kw, self) => {
    exactly("__str__", args, 0, kw);
    return self!.type === C.str ? incRef(self!) : newStr(self!.p0 as string);
  });
  defineMethod(T.int, "bit_length", (args, kw, self) => {
    exactly("int.bit_length", args, 0, kw);
    const v = BigInt(self!.p0 as number | bigint);
    return newInt((v < 0n ? -v : v).toString(2).replace(/^0$/, "").length);
  });
  defineMethod(T.BaseException, "with_traceback", (args, _kw, self) => {
    const st = excState(self!)!;
    const old = st.traceback;
    st.traceback = args[0] === S.None ? null : incRef(args[0]!);
    xdecref(old);
    return incRef(self!);
  });
}

// ---------------------------------------------------------------- builtin functions

function builtinFunctions(b: DictStore): void {
  defineFunction(b, "print", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    // print's *args: Argument Clinic packs the positional arguments into a tuple (3.11),
    // which holds a reference to each while print runs. NOT-CPYTHON: the references are
    // taken without allocating the tuple. Our free lists drift from CPython's (library
    // modules compile from source here), so a tuple taken from an emptied free list would
    // stay traced by tracemalloc where CPython's comes off a well-stocked one.
    for (const o of pos) o.refcnt++;
    try {
      return printImpl(pos, kw);
    } finally {
      for (const o of pos) decref(o);
    }
  });
  const printImpl = (pos: HeapObject[], kw: Map<string, HeapObject>): HeapObject => {
    for (const k of kw.keys()) {
      if (k !== "sep" && k !== "end" && k !== "file" && k !== "flush")
        raise(T.TypeError, `'${k}' is an invalid keyword argument for print()`);
    }
    const sepObj = kw.get("sep");
    const endObj = kw.get("end");
    const file = kw.get("file");
    const textArg = (o: HeapObject | undefined, name: string, dflt: string) => {
      if (o === undefined || o === S.None) return dflt;
      if (!isStr(o)) raise(T.TypeError, `${name} must be None or a string, not ${typeName(o)}`);
      return o.p0 as string;
    };
    const sep = textArg(sepObj, "sep", " ");
    const end = textArg(endObj, "end", "\n");
    // print writes each piece as soon as it has it: str(arg), then sep, …, then end, each
    // as the str object PyObject_Str makes (an exact str is itself): the file's write()
    // gets that object, and CPython's stdout keeps it pending (textpending.ts). Straight
    // to our stdout on a terminal, where nothing of it stays.
    let w: HeapObject | null = null;
    // Without file=, print writes to whatever sys.stdout is now (None: nothing at all).
    const target = file !== undefined && file !== S.None ? file : redirectedStdout();
    if (target === S.None) return none();
    let writeObj: ((piece: HeapObject) => void) | null = null;
    if (target !== null) {
      w = getAttr(target, "write");
      const fw = w;
      writeObj = (piece) => decref(call(fw, [incRef(piece)])); // (call takes the reference)
    } else if (stdoutPending.active) writeObj = (piece) => stdoutPending.write(piece);
    // (str(o) first: a __str__ that raises writes nothing of this argument)
    const pieceOf = (o: HeapObject) =>
      o.type === C.str ? incRef(o) : (strFromMethod(o) ?? strOfObject(o, str(o)));
    const write = (o: HeapObject | undefined, text: string | null) => {
      if (writeObj === null) {
        stdout.write(text ?? str(o!));
        return;
      }
      // (text given: sep or end, whose None or absence is the default text)
      const piece = text !== null && (o === undefined || o === S.None) ? newStr(text) : pieceOf(o!);
      try {
        writeObj(piece);
      } finally {
        decref(piece);
      }
    };
    try {
      pos.forEach((o, i) => {
        if (i > 0) write(sepObj, sep);
        write(o, null);
      });
      write(endObj, end);
    } finally {
      if (w !== null) decref(w);
    }
    const flush = kw.get("flush");
    if (flush !== undefined && truthy(flush)) {
      if (target !== null) decref(callMethod(target, "flush"));
      else stdout.flush();
    }
    return none();
  };
  defineFunction(b, "len", (args, kw) => {
    exactly("len", args, 1, kw);
    const o = args[0]!;
    // (a range's length may be past 2**53: exact)
    const n = o.type === rangeContract ? rangeLen(o) : len(o);
    return typeof n === "number" ? newIntFromSsize(n) : newInt(n); // PyLong_FromSsize_t
  });
  defineFunction(b, "repr", (args, kw) => {
    exactly("repr", args, 1, kw);
    return strFromMethod(args[0]!, true) ?? strOfObject(args[0]!, repr(args[0]!));
  });
  defineFunction(b, "ascii", (args, kw) => {
    exactly("ascii", args, 1, kw);
    return newStr(asciiOf(repr(args[0]!)));
  });
  defineFunction(b, "id", (args, kw) => {
    exactly("id", args, 1, kw);
    return newInt(heap.addressOf(args[0]!));
  });
  defineFunction(b, "hash", (args, kw) => {
    exactly("hash", args, 1, kw);
    const x = args[0]!;
    if (x.type === complexContract) return newInt(complexHash(x));
    const h = exactHash(x);
    return typeof h === "number" ? newIntFromSsize(h) : newInt(h); // PyLong_FromSsize_t
  });
  defineFunction(b, "abs", (args, kw) => {
    exactly("abs", args, 1, kw);
    const x = args[0]!;
    if (x.type.layout === C.float) return newFloat(Math.abs(x.p0 as number));
    if (isInt(x)) {
      const v = x.p0 as number | bigint;
      return newInt(typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v);
    }
    // PyNumber_Absolute: the type's __abs__ slot, else TypeError
    const r = callSpecial(x, "__abs__");
    if (r === null) raise(T.TypeError, `bad operand type for abs(): '${typeName(x)}'`);
    return r;
  });
  defineFunction(b, "isinstance", (args, kw) => {
    exactly("isinstance", args, 2, kw);
    return newBool(isinstanceCheck(args[0]!, args[1]!));
  });
  defineFunction(b, "issubclass", (args, kw) => {
    exactly("issubclass", args, 2, kw);
    return newBool(issubclassCheck(args[0]!, args[1]!));
  });
  defineFunction(b, "callable", (args, kw) => {
    exactly("callable", args, 1, kw);
    return newBool(callable(args[0]!));
  });
  defineFunction(b, "getattr", (args, kw) => {
    range_("getattr", args, 2, 3, kw);
    const name = attrName(args[1]!);
    if (args.length === 3) {
      const v = getAttrOrNull(args[0]!, name);
      return v ?? incRef(args[2]!);
    }
    return getAttr(args[0]!, name);
  });
  defineFunction(b, "setattr", (args, kw) => {
    exactly("setattr", args, 3, kw);
    setAttr(args[0]!, attrName(args[1]!), args[2]!);
    return none();
  });
  defineFunction(b, "delattr", (args, kw) => {
    exactly("delattr", args, 2, kw);
    delAttr(args[0]!, attrName(args[1]!));
    return none();
  });
  defineFunction(b, "hasattr", (args, kw) => {
    exactly("hasattr", args, 2, kw);
    const v = getAttrOrNull(args[0]!, attrName(args[1]!));
    if (v === null) return newBool(false);
    decref(v);
    return newBool(true);
  });
  defineFunction(b, "next", (args, kw) => {
    range_("next", args, 1, 2, kw);
    const it = args[0]!;
    const nextFn = lookupSlot(typeOf(it), "__next__");
    if (nextFn !== null && !nativeNextSlots.has(nextFn)) {
      try {
        return callSpecial(it, "__next__")!;
      } catch (e) {
        if (args.length > 1 && e instanceof PyRaise && isInstanceOf(e.exc, T.StopIteration)) {
          decref(e.exc);
          return incRef(args[1]!);
        }
        throw e;
      }
    }
    const v = iterNext(it);
    if (v !== null) return v;
    if (args.length > 1) return incRef(args[1]!);
    raise(T.StopIteration);
  });
  defineFunction(b, "sum", builtinSum);
  const minmax = (name: string, op: "<" | ">") =>
    defineFunction(b, name, (args, kwnames) => minMax(name, op, args, kwnames));
  minmax("min", "<");
  minmax("max", ">");
  defineFunction(b, "sorted", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length !== 1) raise(T.TypeError, `sorted expected 1 argument, got ${pos.length}`);
    const l = newList([]);
    try {
      listExtend(l, pos[0]!);
      const [key, reverse] = sortOptions(kw);
      sortItems(l.p0 as HeapObject[], key, reverse);
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  });
  defineFunction(b, "any", (args, kw) => {
    exactly("any", args, 1, kw);
    const it = getIter(args[0]!);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x);
        decref(x);
        if (t) return newBool(true);
      }
      return newBool(false);
    } finally {
      decref(it);
    }
  });
  defineFunction(b, "all", (args, kw) => {
    exactly("all", args, 1, kw);
    const it = getIter(args[0]!);
    try {
      for (let x = iterNext(it); x !== null; x = iterNext(it)) {
        const t = truthy(x);
        decref(x);
        if (!t) return newBool(false);
      }
      return newBool(true);
    } finally {
      decref(it);
    }
  });
  defineFunction(b, "chr", (args, kw) => {
    exactly("chr", args, 1, kw);
    const c = cIntArg(args[0]!, 32);
    if (c < 0 || c > 0x10ffff) raise(T.ValueError, "chr() arg not in range(0x110000)");
    return newStr(String.fromCodePoint(c));
  });
  defineFunction(b, "ord", (args, kw) => {
    exactly("ord", args, 1, kw);
    const x = args[0]!;
    // builtin_ord: a str of one character, or bytes / bytearray of one byte.
    let n: number;
    if (isStr(x)) {
      const s = x.p0 as string;
      n = (codePoints(s) ?? s).length;
      if (n === 1) return newInt(s.codePointAt(0)!);
    } else if (isBytesLike(x)) {
      const data = bytesData(x);
      n = data.length;
      if (n === 1) return newInt(data[0]!);
    } else {
      raise(T.TypeError, `ord() expected string of length 1, but ${typeName(x)} found`);
    }
    raise(T.TypeError, `ord() expected a character, but string of length ${n} found`);
  });
  for (const [name, radix, prefix] of [
    ["hex", 16, "0x"],
    ["oct", 8, "0o"],
    ["bin", 2, "0b"],
  ] as const) {
    defineFunction(b, name, (args, kw) => {
      exactly(name, args, 1, kw);
      // (exact past 2**53: hex(2**20000) had been an internal error)
      const v = BigInt(asExactIndex(args[0]!));
      return newStr(`${v < 0n ? "-" : ""}${prefix}${(v < 0n ? -v : v).toString(radix)}`);
    });
  }
  defineFunction(b, "round", (args, kw) => {
    const [x, ndigits] = clinic("round", ["number", "ndigits"], 1, args, kw) as [
      HeapObject,
      HeapObject | undefined,
    ];
    const given = ndigits !== undefined && ndigits !== S.None;
    if (!isInt(x) && x.type.layout !== C.float) {
      const r = callSpecialBound(x, "__round__", given ? [ndigits] : []);
      if (r === null) raise(T.TypeError, `type ${typeName(x)} doesn't define __round__ method`);
      return r;
    }
    const nd = given ? asIndex(ndigits) : null;
    if (isInt(x)) {
      const v = BigInt(x.p0 as number | bigint);
      if (nd === null || nd >= 0) return x.type === C.int ? incRef(x) : newInt(v);
      // long_round: to a multiple of 10**-nd, ties to even.
      const m = 10n ** BigInt(-nd);
      let q = v / m;
      let r = v % m;
      if (r < 0n) {
        q -= 1n;
        r += m;
      }
      if (2n * r > m || (2n * r === m && q % 2n !== 0n)) q += 1n;
      return newInt(q * m);
    }
    const v = x.p0 as number;
    if (nd === null) {
      if (Number.isNaN(v)) raise(T.ValueError, "cannot convert float NaN to integer");
      if (!Number.isFinite(v)) raise(T.OverflowError, "cannot convert float infinity to integer");
      let r = Math.round(v);
      if (Math.abs(v % 1) === 0.5 && r % 2 !== 0) r -= Math.sign(v) || 1;
      return newInt(Number.isSafeInteger(r) ? r : BigInt(r));
    }
    return newFloat(roundToDecimal(v, nd));
  });
  defineFunction(b, "divmod", (args, kw) => {
    exactly("divmod", args, 2, kw);
    return binaryOpHook.op(args[0]!, args[1]!, "divmod");
  });
  defineFunction(b, "pow", (args, kw) => {
    const [base, exp, mod] = clinic("pow", ["base", "exp", "mod"], 2, args, kw) as HeapObject[];
    if (mod === undefined || mod === S.None) return binaryOpHook.op(base!, exp!, "**");
    return ternaryPow(base!, exp!, mod);
  });
  defineFunction(b, "format", (args, kw) => {
    range_("format", args, 1, 2, kw);
    return formatValueObject(args[0]!, args.length > 1 ? (args[1]!.p0 as string) : "");
  });
  defineFunction(b, "vars", (args, kw) => {
    range_("vars", args, 0, 1, kw);
    if (args.length === 0) return frameLocals(frameHook.current() as unknown as Frame);
    const d = asVarargsCall(args, 1, 0, () => getAttrOrNull(args[0]!, "__dict__"));
    if (d === null) raise(T.TypeError, "vars() argument must have __dict__ attribute");
    return d;
  });
  for (const mode of ["exec", "eval"] as const) {
    defineFunction(b, mode, (args, kwnames) =>
      execOrEval(mode, args, kwnames, () => frameLocals(frameHook.current() as unknown as Frame)),
    );
  }
  defineFunction(b, "compile", (args, kwnames) => builtinCompile(args, kwnames));
  defineFunction(b, "__import__", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const nameObj = pos[0] ?? kw.get("name");
    if (nameObj === undefined)
      raise(T.TypeError, "__import__() missing required argument 'name' (pos 1)");
    if (!isStr(nameObj))
      raise(T.TypeError, `__import__() argument 1 must be str, not ${typeName(nameObj)}`);
    const name = nameObj.p0 as string;
    const fromlist = pos[3] ?? kw.get("fromlist");
    const mod = importModule(name, frameHook.current() as unknown as Frame);
    // Without a fromlist, __import__('a.b') answers the top package.
    if (name.includes(".") && (fromlist === undefined || !truthy(fromlist))) {
      decref(mod);
      return importModule(name.split(".")[0]!, frameHook.current() as unknown as Frame);
    }
    return mod;
  });
  defineFunction(b, "locals", (args, kw) => {
    exactly("locals", args, 0, kw);
    return frameLocals(frameHook.current() as unknown as Frame);
  });
  defineFunction(b, "iter", (args, kw) => {
    range_("iter", args, 1, 2, kw);
    if (args.length === 1) return getIter(args[0]!);
    const [fn, sentinel] = args as [HeapObject, HeapObject];
    if (!callable(fn)) raise(T.TypeError, "iter(v, w): v must be callable");
    let done = false;
    return nativeIter("callable_iterator", [incRef(fn), incRef(sentinel)], () => {
      if (done) return null;
      const v = callBorrowed(fn, []);
      let stop: boolean;
      try {
        stop = compareBool(v, sentinel, "==");
      } catch (e) {
        decref(v);
        throw e;
      }
      if (!stop) return v;
      decref(v);
      done = true;
      return null;
    });
  });
  defineFunction(b, "globals", (args, kw) => {
    exactly("globals", args, 0, kw);
    return incRef(frameHook.current().globals);
  });
  defineIterClass(b, "enumerate", (args, kwnames) => {
    // enum_vectorcall's checks, then enum_new's (Argument Clinic) with keywords
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (nkw === 0 && npos === 0)
      raise(T.TypeError, "enumerate() missing required argument 'iterable'");
    if (npos === 0 && !kwnames!.includes("iterable")) {
      raise(T.TypeError, `'${kwnames![0]}' is an invalid keyword argument for enumerate()`);
    }
    const [iterable, startObj] = clinic("enumerate", ["iterable", "start"], 1, args, kwnames);
    // the start is an index first (PyNumber_Index), then the iterator is made
    let n: number | bigint = startObj === undefined ? 0 : asExactIndex(startObj);
    const it = getIter(iterable!);
    // enum_new packs a result tuple that enum_next refills when nobody else holds it.
    const result = newTuple([none(), none()]);
    return nativeIter("enumerate", [it, result], () => {
      const v = iterNext(it);
      if (v === null) return null;
      // enum_next: PyLong_FromSsize_t while the index fits a C long
      const index = typeof n === "number" ? newIntFromSsize(n) : newInt(n);
      // (a C long, then a Python int past it: exact either way)
      n = typeof n === "number" && n < Number.MAX_SAFE_INTEGER ? n + 1 : BigInt(n) + 1n;
      return reuseResult(result, [index, v]);
    });
  });
  defineIterClass(b, "zip", (allArgs, kwnames) => {
    const [args, kw] = splitKw(allArgs, kwnames);
    for (const k of kw.keys())
      if (k !== "strict") raise(T.TypeError, `zip() got an unexpected keyword argument '${k}'`);
    let strict = kw.has("strict") && truthy(kw.get("strict")!);
    const its = args.map(getIter);
    // zip_new packs a result tuple that zip_next refills when nobody else holds it.
    const result = newTuple(its.map(() => none()));
    return nativeIter(
      "zip",
      [...its, result],
      () => {
        if (its.length === 0) return null;
        const vals = strict ? nextOfEachStrict(its) : nextOfEach(its);
        return vals === null ? null : reuseResult(result, vals);
      },
      48,
      null,
      // zip_setstate: the state's truth is the strict flag.
      (state) => {
        strict = truthy(state);
      },
    );
  });
  defineIterClass(b, "map", (args, kw) => {
    noKw("map", kw);
    if (args.length < 2) raise(T.TypeError, "map() must have at least two arguments.");
    const fn = incRef(args[0]!);
    const its = args.slice(1).map(getIter);
    return nativeIter("map", [fn, ...its], () => {
      const vals = nextOfEach(its);
      if (vals === null) return null;
      // map_next keeps the items it got while the function runs; a Python function's frame
      // takes references of its own, a builtin borrows them (vectorcall).
      const held = vals.slice();
      try {
        return callBorrowed(fn, vals);
      } finally {
        for (const v of held) decref(v);
      }
    });
  });
  defineIterClass(b, "filter", (args, kw) => {
    exactly("filter", args, 2, kw);
    const fn = incRef(args[0]!);
    const it = getIter(args[1]!);
    return nativeIter("filter", [fn, it], () => {
      for (;;) {
        const v = iterNext(it);
        if (v === null) return null;
        let keep: boolean;
        if (fn === S.None) keep = truthy(v);
        else {
          const r = callBorrowed(fn, [v]);
          keep = truthy(r);
          decref(r);
        }
        if (keep) return v;
        decref(v);
      }
    });
  });
  defineIterClass(b, "reversed", (args, kw) => {
    exactly("reversed", args, 1, kw);
    const seq = args[0]!;
    if (seq.type === C.list || seq.type === C.tuple) {
      // (a tuple: the sequence protocol's reversed, the same steps)
      return reverseItemsIter(seq, seq.type === C.list ? "list_reverseiterator" : "reversed");
    }
    if (seq.type === rangeContract) {
      if (isLongRange(seq)) {
        let k = BigInt(rangeLengthExact(seq)) - 1n;
        incref(seq);
        return nativeIter(
          "range_iterator",
          [seq],
          () => (k < 0n ? null : rangeValueAt(seq, k--)),
          48,
          () => Number(k + 1n),
        );
      }
      // range_reverse: a range iterator from the last item down.
      const [start, step] = [seq.p0 as number, seq.p2 as number];
      const n = rangeLength(start, seq.p1, step);
      const last = start + (n - 1) * step;
      return heap.alloc(rangeIterContract, null, last, [start - step, -step, last]);
    }
    // reversed() calls a __reversed__ method first (a deque's, a class's).
    const rev = lookup(typeOf(seq), "__reversed__");
    if (rev !== null) {
      if (rev === S.None) raise(T.TypeError, `'${typeName(seq)}' object is not reversible`);
      return callSpecialBound(seq, "__reversed__")!;
    }
    // reversed_new: else the sequence protocol, __getitem__ and __len__.
    if (lookupSlot(typeOf(seq), "__getitem__") === null)
      raise(T.TypeError, `'${typeName(seq)}' object is not reversible`);
    // reversed_next: __getitem__ from len - 1 down, one call per step; an IndexError or
    // StopIteration ends it, and the sequence is let go at the end.
    let index = len(seq) - 1; // (PySequence_Size: "object of type 'X' has no len()")
    const held = [incRef(seq)];
    return nativeIter(
      "reversed",
      held,
      () => {
        if (index >= 0) {
          const key = newInt(index);
          try {
            const item = getItem(seq, key);
            index--;
            return item;
          } catch (e) {
            if (
              !(e instanceof PyRaise) ||
              !(isInstanceOf(e.exc, T.IndexError) || isInstanceOf(e.exc, T.StopIteration))
            )
              throw e;
            decref(e.exc);
          } finally {
            decref(key);
          }
        }
        index = -1;
        const s = held.pop();
        if (s !== undefined) decref(s);
        return null;
      },
      48,
      () => {
        // reversed_len: what is left, asking the sequence its length again.
        if (held.length === 0) return 0;
        const size = len(seq);
        return size < index + 1 ? 0 : index + 1;
      },
      // reversed_setstate: the index clipped to -1 .. len - 1 while the sequence is held.
      (state) => {
        const i = ssizeState(state);
        if (held.length > 0) index = Math.min(Math.max(i, -1), len(seq) - 1);
      },
    );
  });
  // site.py's Quitter: exit(code) and quit(code) raise SystemExit(code), as sys.exit does.
  for (const name of ["exit", "quit"]) {
    defineFunction(b, name, (args) => {
      for (const a of args) incref(a);
      throw new PyRaise(call(T.SystemExit, args));
    });
  }
  defineFunction(b, "input", (args) => {
    const prompt = args.length > 0 ? str(args[0]!) : "";
    stdout.flush();
    const line = readLineHook.read(prompt);
    if (line === null) raise(T.EOFError!, "EOF when reading a line");
    return newStr(line);
  });
  defineClassConstructor(b, T.super, (args, kw) => {
    range_("super", args, 0, 2, kw);
    if (args.length > 0) {
      const type = args[0]!;
      if (!isSubtype(typeOf(type), T.type))
        raise(T.TypeError, `super() argument 1 must be a type, not ${typeName(type)}`);
      if (args.length === 1) return newSuper(type, null, type);
      const obj = args[1]!;
      const objType = isSubtype(typeOf(obj), T.type) && isSubtype(obj, type) ? obj : typeOf(obj);
      if (!isSubtype(objType, type))
        raise(T.TypeError, "super(type, obj): obj must be an instance or subtype of type");
      return newSuper(type, obj, objType);
    }
    const f = frameHook.current() as unknown as {
      code: {
        varnames: string[];
        argcount: number;
        cellvars: string[];
        freevars: string[];
        cellArgs: [number, number][];
      };
      locals: (HeapObject | null)[];
      cells: HeapObject[];
    };
    if (f.code.argcount === 0) raise(T.RuntimeError, "super(): no arguments");
    const cellArg = f.code.cellArgs.find(([, slot]) => slot === 0);
    const first =
      cellArg === undefined ? f.locals[0] : (f.cells[cellArg[0]]!.p0 as HeapObject | null);
    if (first == null) raise(T.RuntimeError, "super(): arg[0] deleted");
    const ci = f.code.freevars.indexOf("__class__");
    if (ci < 0) raise(T.RuntimeError, "super(): __class__ cell not found");
    const cls = f.cells[f.code.cellvars.length + ci]!.p0 as HeapObject | null;
    if (cls === null) raise(T.RuntimeError, "super(): empty __class__ cell");
    const objType =
      isSubtype(typeOf(first), T.type) && isSubtype(first, cls) ? first : typeOf(first);
    return newSuper(cls, first, objType);
  });
  defineFunction(b, "dir", (args, kw) => {
    range_("dir", args, 0, 1, kw);
    if (args.length === 1) return asVarargsCall(args, 1, 0, () => dirOf(args[0]!));
    // _dir_locals: the names of the current scope, sorted.
    const scope = frameLocals(frameHook.current() as unknown as Frame);
    const keys: HeapObject[] = [];
    for (const e of (scope.p0 as DictStore).live()) keys.push(incRef(e.key));
    decref(scope);
    return sortedList(keys);
  });
}

/**
 * A builtin class whose instances a native function makes (map, zip, enumerate, filter,
 * reversed, super): `name` in builtins is the type itself — isinstance(x, map),
 * `<class 'map'>` — and calling it runs `make`.
 */
function defineClassConstructor(b: DictStore, type: HeapObject, make: NativeFunction): void {
  nativeConstructors.set(type, (_t, args, kwnames) => make(args, kwnames, null));
  // (all but zip have their own vectorcall in 3.11: no argument tuple)
  if (typeInfo(type).name !== "zip") vectorcallTypes.add(type);
  defineValue(b, typeInfo(type).name, type);
}

/** defineClassConstructor for a native iterator's type (nativeIter's, made here first). */
function defineIterClass(b: DictStore, name: string, make: NativeFunction): void {
  defineClassConstructor(b, nativeIterType(name), make);
}

/** One item from each iterator (new references), or null as soon as one is exhausted. */
function nextOfEach(its: HeapObject[]): HeapObject[] | null {
  const vals: HeapObject[] = [];
  for (const it of its) {
    const v = iterNext(it);
    if (v === null) {
      for (const x of vals) decref(x);
      return null;
    }
    vals.push(v);
  }
  return vals;
}

/** zip(strict=True)'s next: every iterator must end together. */
function nextOfEachStrict(its: HeapObject[]): HeapObject[] | null {
  const vals: HeapObject[] = [];
  for (let i = 0; i < its.length; i++) {
    const v = iterNext(its[i]!);
    if (v === null) {
      for (const x of vals) decref(x);
      if (i > 0) {
        const plural = i === 1 ? " " : "s 1-";
        raise(T.ValueError, `zip() argument ${i + 1} is shorter than argument${plural}${i}`);
      }
      for (let j = 1; j < its.length; j++) {
        const extra = iterNext(its[j]!);
        if (extra !== null) {
          decref(extra);
          const plural = j === 1 ? " " : "s 1-";
          raise(T.ValueError, `zip() argument ${j + 1} is longer than argument${plural}${j}`);
        }
      }
      return null;
    }
    vals.push(v);
  }
  return vals;
}

/**
 * enum_next / zip_next: refill `result` in place (taking `items`) when the iterator holds
 * its only reference, else return a new tuple of `items`.
 */
function reuseResult(result: HeapObject, items: HeapObject[]): HeapObject {
  if (result.refcnt !== 1) return newTuple(items);
  incref(result);
  const old = result.p0 as HeapObject[];
  result.p0 = items;
  for (const x of old) decref(x);
  if (result.gcNext === null) heap.track(result);
  return result;
}

/** pow(base, exp, mod): ints natively (negative exponents through the modular inverse),
 * else base's __pow__(exp, mod). */
function ternaryPow(a: HeapObject, e: HeapObject, m: HeapObject): HeapObject {
  if (isInt(a) && isInt(e) && isInt(m)) {
    let base = BigInt(a.p0 as number | bigint);
    let exp = BigInt(e.p0 as number | bigint);
    const mod = BigInt(m.p0 as number | bigint);
    if (mod === 0n) raise(T.ValueError, "pow() 3rd argument cannot be 0");
    const am = mod < 0n ? -mod : mod;
    base = ((base % am) + am) % am;
    if (exp < 0n) {
      // extended Euclid for the inverse of base mod |m|
      let [r0, r1, s0, s1] = [base, am, 1n, 0n];
      while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
      }
      if (r0 !== 1n) raise(T.ValueError, "base is not invertible for the given modulus");
      base = ((s0 % am) + am) % am;
      exp = -exp;
    }
    let r = 1n % am;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % am;
      base = (base * base) % am;
      exp >>= 1n;
    }
    if (mod < 0n && r !== 0n) r += mod;
    return newInt(r);
  }
  const f = lookupSlot(typeOf(a), "__pow__");
  if (f !== null && typeInfo(typeOf(a)).heapType) {
    const r = callSpecial(a, "__pow__", [e, m])!;
    if (r !== S.NotImplemented) return r;
    decref(r);
  }
  // complex's power (the slot of the exponent or the modulus) refuses any modulus.
  const num = (o: HeapObject) => isInt(o) || o.type === C.float || o.type === complexContract;
  if ((e.type === complexContract || m.type === complexContract) && num(a) && num(e))
    raise(T.ValueError, "complex modulo");
  raise(
    T.TypeError,
    `unsupported operand type(s) for ** or pow(): '${typeName(a)}', '${typeName(e)}', '${typeName(m)}'`,
  );
}

export const frameHook = { current: null as unknown as () => { globals: HeapObject } };
export const binaryOpHook = {
  op: null as unknown as (
    a: HeapObject,
    b: HeapObject,
    op: "+" | "//" | "%" | "**" | "divmod",
  ) => HeapObject,
};

/**
 * sum(iterable, /, start=0), as builtin_sum_impl: the items taken one at a time (each
 * released once added). While the running sum is an exact int and the items exact ints
 * or bools, it is kept as a number (C's long: until it would pass 2**63); while it is an
 * exact float and the items floats or ints that fit a long, as a double — no object made
 * and no __add__ called for those steps (sum([1.5, I(2)]) never calls I.__radd__, and
 * sum([2**53, 1.0, 1.0]) adds 1.0 to a float twice). Anything else, from then on, goes
 * through the + operator.
 */
function builtinSum(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (args.length > 2) raise(T.TypeError, `sum() takes at most 2 arguments (${args.length} given)`);
  if (npos < 1) raise(T.TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (nkw === 1 && kwnames![0] !== "start")
    raise(T.TypeError, `'${kwnames![0]}' is an invalid keyword argument for sum()`);
  const it = getIter(args[0]!);
  let result: HeapObject | null = null;
  let item: HeapObject | null = null;
  try {
    const start = args[1];
    if (start === undefined) result = newInt(0);
    else {
      const c = start.type.layout;
      if (c === C.str) raise(T.TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      if (c === C.bytes) raise(T.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      if (c === C.bytearray)
        raise(T.TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      result = incRef(start);
    }
    if (result.type === C.int && fitsLong(result.p0 as number | bigint)) {
      // The exact-int loop: a number while it is safe, a bigint past that.
      let acc: number | bigint = result.p0 as number | bigint;
      decref(result);
      result = null;
      while (result === null) {
        item = iterNext(it);
        if (item === null) return newInt(acc);
        if (item.type === C.int || item.type === C.bool) {
          const b = item.p0 as number | bigint;
          if (typeof acc === "number" && typeof b === "number") {
            const r = acc + b;
            if (Number.isSafeInteger(r)) {
              acc = r;
              decref(item);
              item = null;
              continue;
            }
          }
          const r = BigInt(acc) + BigInt(b);
          if (fitsLong(b) && fitsLong(r)) {
            acc = r;
            decref(item);
            item = null;
            continue;
          }
        }
        const x = item;
        item = null;
        result = addReleasing(newInt(acc), x);
      }
    }
    if (result.type === C.float) {
      let acc = result.p0 as number;
      decref(result);
      result = null;
      while (result === null) {
        item = iterNext(it);
        if (item === null) return newFloat(acc);
        if (item.type === C.float) {
          acc += item.p0 as number;
          decref(item);
          item = null;
          continue;
        }
        if (isInt(item)) {
          const v = item.p0 as number | bigint;
          if (fitsLong(v)) {
            acc += Number(v);
            decref(item);
            item = null;
            continue;
          }
        }
        const x = item;
        item = null;
        result = addReleasing(newFloat(acc), x);
      }
    }
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      const r = result;
      result = null;
      result = addReleasing(r, x);
    }
    const r = result;
    result = null;
    return r;
  } finally {
    if (item !== null) decref(item);
    if (result !== null) decref(result);
    decref(it);
  }
}

/**
 * `fn()` as a METH_VARARGS (| METH_KEYWORDS) builtin runs (dir, vars, min, max,
 * str.format): the call's argument tuple holds the positional arguments from `from` on,
 * and its kwargs dict the keyword values, one more reference each while it runs (Python
 * code it calls — a key function, __format__, __dir__ — sees them). Released as
 * _PyObject_MakeTpCall releases them: the tuple, last item first, then the dict.
 */
function asVarargsCall<R>(args: HeapObject[], npos: number, from: number, fn: () => R): R {
  for (let i = from; i < args.length; i++) args[i]!.refcnt++;
  try {
    return fn();
  } finally {
    for (let i = npos - 1; i >= from; i--) decref(args[i]!);
    for (let i = npos; i < args.length; i++) decref(args[i]!);
  }
}

/**
 * min() and max(), METH_VARARGS | METH_KEYWORDS (asVarargsCall). Several positional
 * arguments: minMaxItems makes the tuple itself, to iterate it.
 */
function minMax(
  name: string,
  op: "<" | ">",
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const npos = args.length - (kwnames?.length ?? 0);
  return asVarargsCall(args, npos, npos === 1 ? 0 : npos, () =>
    minMaxItems(name, op, args, kwnames),
  );
}

/**
 * min_max: the items taken one at a time, holding only the best so far (and its key) and
 * the item at hand — an item that loses is released at once. key=None is no key;
 * `default` only with one positional argument.
 */
function minMaxItems(
  name: string,
  op: "<" | ">",
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos === 0) raise(T.TypeError, `${name} expected at least 1 argument, got 0`);
  let keyFn: HeapObject | null = null;
  let dflt: HeapObject | null = null;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i]!;
    if (k === "key") keyFn = args[npos + i]!;
    else if (k === "default") dflt = args[npos + i]!;
    else raise(T.TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
  }
  if (npos > 1 && dflt !== null) {
    raise(T.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  // Several positional arguments: CPython iterates its argument tuple.
  const seq = npos > 1 ? newTuple(args.slice(0, npos).map(incRef)) : null;
  let it: HeapObject;
  try {
    it = getIter(seq ?? args[0]!);
  } finally {
    if (seq !== null) decref(seq);
  }
  if (keyFn === S.None) keyFn = null;
  let best: HeapObject | null = null;
  let bestVal: HeapObject | null = null;
  let item: HeapObject | null = null;
  let val: HeapObject | null = null;
  try {
    for (;;) {
      item = iterNext(it);
      if (item === null) break;
      val = keyFn !== null ? callBorrowed(keyFn, [item]) : incRef(item);
      if (bestVal === null) {
        best = item;
        bestVal = val;
      } else if (compareBool(val, bestVal, op)) {
        decref(bestVal);
        decref(best!);
        bestVal = val;
        best = item;
      } else {
        decref(item);
        decref(val);
      }
      item = val = null;
    }
    if (bestVal === null) {
      if (dflt !== null) return incRef(dflt);
      raise(T.ValueError, `${name}() arg is an empty sequence`);
    }
    decref(bestVal);
    bestVal = null;
    const r = best!;
    best = null;
    return r;
  } finally {
    if (val !== null) decref(val);
    if (item !== null) decref(item);
    if (bestVal !== null) decref(bestVal);
    if (best !== null) decref(best);
    decref(it);
  }
}

/** PyNumber_Add(result, item), then both released (as builtin_sum_impl does, either way). */
function addReleasing(result: HeapObject, item: HeapObject): HeapObject {
  try {
    return binaryOpHook.op(result, item, "+");
  } finally {
    decref(result);
    decref(item);
  }
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** Whether an int's value fits C's long (PyLong_AsLongAndOverflow does not overflow). */
function fitsLong(v: number | bigint): boolean {
  return typeof v === "number" || (v >= LONG_MIN && v <= LONG_MAX);
}

function newIntTemp(v: number): HeapObject {
  const o = newInt(v);
  o.refcnt--;
  return o;
}

/**
 * The set operations of dict_keys and dict_items (dictviews_sub/or/xor and
 * _PyDictView_Intersect): a new set from the view (a keys view: from its dict), then the
 * set operation with the other operand, any iterable; either side may be the view.
 */
function installViewSetOperations(): void {
  const isView = (o: HeapObject) => o.type === dictKeysContract || o.type === dictItemsContract;
  // dictviews_to_set: set(dict) for a keys view, set(view) otherwise.
  const toSet = (o: HeapObject): HeapObject =>
    callBorrowed(T.set!, [o.type === dictKeysContract ? (o.p0 as HeapObject) : o]);
  const update = (self: HeapObject, other: HeapObject, method: string): HeapObject => {
    const result = toSet(self);
    try {
      decref(callMethod(result, method, [other]));
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
  const intersect = (a: HeapObject, b: HeapObject): HeapObject => {
    let self = a;
    let other = b;
    if (!isView(self)) [self, other] = [other, self];
    const lenSelf = len(self);
    if (other.type === setContract && lenSelf <= len(other)) {
      return callMethod(other, "intersection", [self]);
    }
    if (isView(other) && len(other) > lenSelf) [self, other] = [other, self];
    const result = callBorrowed(T.set!, []);
    const it = getIter(other);
    try {
      for (let key = iterNext(it); key !== null; key = iterNext(it)) {
        try {
          if (contains(self, key)) setAdd(result, key);
        } finally {
          decref(key);
        }
      }
    } catch (e) {
      decref(result);
      throw e;
    } finally {
      decref(it);
    }
    return result;
  };
  // A view's `mapping`: a read-only proxy of its dict.
  for (const c of [dictKeysContract, dictValuesContract, dictItemsContract]) {
    nativeAttrs.set(
      c,
      new Map([["mapping", (o: HeapObject) => newMappingProxy(o.p0 as HeapObject)]]),
    );
  }
  // dictviews_isdisjoint: over the other iterable (the shorter side, for sets and views).
  for (const t of [T.dict_keys!, T.dict_items!]) {
    defineMethod(t, "isdisjoint", (args, kw, self) => {
      exactly("isdisjoint", args, 1, kw);
      let a = self!;
      let b = args[0]!;
      if (a === b) return newBool(len(a) === 0);
      if ((isSetLike(b) || isView(b)) && len(b) > len(a)) [a, b] = [b, a];
      const it = getIter(b);
      try {
        for (let item = iterNext(it); item !== null; item = iterNext(it)) {
          try {
            if (contains(a, item)) return newBool(false);
          } finally {
            decref(item);
          }
        }
      } finally {
        decref(it);
      }
      return newBool(true);
    });
  }
  // dictview_richcompare: against a set or another view, by size and containment.
  const containedIn = (x: HeapObject, y: HeapObject): boolean => {
    const it = getIter(x);
    try {
      for (let item = iterNext(it); item !== null; item = iterNext(it)) {
        try {
          if (!contains(y, item)) return false;
        } finally {
          decref(item);
        }
      }
    } finally {
      decref(it);
    }
    return true;
  };
  const viewCompare = (a: HeapObject, b: HeapObject, o: CmpOp): boolean => {
    const la = len(a);
    const lb = len(b);
    switch (o) {
      case "==":
        return la === lb && containedIn(a, b);
      case "!=":
        return !(la === lb && containedIn(a, b));
      case "<":
        return la < lb && containedIn(a, b);
      case "<=":
        return la <= lb && containedIn(a, b);
      case ">":
        return la > lb && containedIn(b, a);
      case ">=":
        return la >= lb && containedIn(b, a);
    }
  };
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, o) => {
    if (isView(a) && (isSetLike(b) || isView(b))) return viewCompare(a, b, o);
    if (isView(b) && isSetLike(a)) return viewCompare(b, a, cmpSwap[o]);
    return cmp(a, b, o);
  };
  const op = nativeBinary.op;
  nativeBinary.op = (a, b, o) => {
    if ((isView(a) || isView(b)) && (o === "-" || o === "|" || o === "^" || o === "&")) {
      // (A view's own operations take any iterable; a set on the left declines first.)
      if (o === "&") return intersect(a, b);
      const method =
        o === "-" ? "difference_update" : o === "|" ? "update" : "symmetric_difference_update";
      return update(a, b, method);
    }
    return op(a, b, o);
  };
}

/**
 * PyObject_IsInstance: a tuple or a union is any of its members; a class whose metaclass
 * defines __instancecheck__ (a GenericAlias refusing) answers through it; else by type.
 */
export function isinstanceCheck(obj: HeapObject, t: HeapObject): boolean {
  if (typeOf(obj) === t) return true;
  if (typeOf(t) === T.type) return objectIsinstance(obj, t);
  const members = t.type === C.tuple ? (t.p0 as HeapObject[]) : unionArgs(t);
  if (members !== null) return members.some((x) => isinstanceCheck(obj, x));
  // (_PyObject_LookupSpecial: the checker bound to t, a bound method while it runs)
  const r = callSpecialBound(t, "__instancecheck__", [obj]);
  if (r !== null) {
    try {
      return truthy(r);
    } finally {
      decref(r);
    }
  }
  return objectIsinstance(obj, t);
}

/** PyObject_IsSubclass: as isinstanceCheck, with __subclasscheck__. */
export function issubclassCheck(derived: HeapObject, t: HeapObject): boolean {
  if (typeOf(t) !== T.type) {
    const members = t.type === C.tuple ? (t.p0 as HeapObject[]) : unionArgs(t);
    if (members !== null) return members.some((x) => issubclassCheck(derived, x));
    const r = callSpecialBound(t, "__subclasscheck__", [derived]);
    if (r !== null) {
      try {
        return truthy(r);
      } finally {
        decref(r);
      }
    }
  }
  return realIsSubclass(derived, t);
}

/** _PyObject_RealIsSubclass (recursive_issubclass): by the classes' MROs. */
export function realIsSubclass(derived: HeapObject, t: HeapObject): boolean {
  if (!isSubtype(typeOf(derived), T.type)) raise(T.TypeError, "issubclass() arg 1 must be a class");
  if (!isSubtype(typeOf(t), T.type)) {
    raise(T.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return isSubtype(derived, t);
}

/**
 * object_isinstance (_PyObject_RealIsInstance): by type, then by obj.__class__ (a weak
 * proxy passes for its referent).
 */
export function objectIsinstance(obj: HeapObject, t: HeapObject): boolean {
  if (!isSubtype(typeOf(t), T.type))
    raise(T.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (isInstanceOf(obj, t)) return true;
  // object_isinstance falls back to obj.__class__: a weak proxy passes for its referent.
  if ((obj.type.flags & 32) === 0) return false;
  const cls = getAttrOrNull(obj, "__class__");
  if (cls === null) return false;
  decref(cls);
  return isSubtype(typeOf(cls), T.type) && isSubtype(cls, t);
}

/**
 * Slot methods CPython's types have in their namespaces that structural checks look for
 * (collections.abc.Callable: __call__; Reversible: the dict views' __reversed__).
 */
function installSlotMethods(): void {
  for (const t of [T.function, T.builtin_function_or_method, T.method, T.method_descriptor]) {
    defineMethod(t!, "__call__", (args, kwnames, self) => callBorrowed(self!, args, kwnames));
  }
  for (const t of [T.dict_keys, T.dict_values, T.dict_items]) {
    defineMethod(t!, "__reversed__", (args, kw, self) => {
      exactly("__reversed__", args, 0, kw);
      // NOT-CPYTHON: a snapshot, not a dict_reverse*iterator over the live dict.
      const items = toArray(self!);
      return nativeIter(
        "reversed",
        items,
        () => (items.length === 0 ? null : incRef(items.pop()!)),
        48,
        () => items.length,
      );
    });
  }
}

// ---------------------------------------------------------------- module

declareModule("builtins", (b) => {
  listAppendHook.append = listAppend;
  // (type[int] is PyObject_GetItem's own case: type has no __class_getitem__)
  for (const t of [T.list, T.dict, T.tuple, T.set, T.frozenset]) installClassGetitem(t!);
  installBytes();
  installMemoryview(b);
  installDirMethods();
  installConstructors();
  listMethods();
  dictMethods();
  setMethods();
  propertyMethods();
  strMethods();
  miscMethods();
  builtinFunctions(b);
  installSlotMethods();
  installReduceMethods();
  installNamespaceExtras();
  installIteratorState();
  installOpen(b);
  installComplex(b);
  for (const name of [
    "object",
    "type",
    "int",
    "float",
    "str",
    "bool",
    "list",
    "tuple",
    "dict",
    "range",
    "slice",
    "set",
    "frozenset",
    "bytes",
    "bytearray",
    "classmethod",
    "staticmethod",
    "property",
  ]) {
    defineValue(b, name, T[name]!);
  }
  defineValue(b, "None", S.None);
  defineValue(b, "True", S.True);
  defineValue(b, "False", S.False);
  defineValue(b, "NotImplemented", S.NotImplemented);
  defineValue(b, "Ellipsis", S.Ellipsis);
  // (code reads __debug__ as a constant: the compiler folds it, as CPython's AST optimizer)
  defineValue(b, "__debug__", S.True);
  for (const name of Object.keys(T)) {
    const t = T[name]!;
    if (typeInfo(t).name === name && isSubtype(t, T.BaseException)) defineValue(b, name, t);
  }
  defineValue(b, "EnvironmentError", T.OSError!);
  defineValue(b, "IOError", T.OSError!);
  defineValue(b, "__name__", newStrTemp("builtins"));
  exposeNativeAttrs();
});
