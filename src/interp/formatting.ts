/**
 * format(value, spec) — builtin format() and f-string replacement fields
 * (CPython Objects/abstract.c PyObject_Format and the __format__ of int/float/str).
 */
import type { HeapObject } from "../engine/index.js";
import {
  callSpecialBound,
  isInt,
  isStr,
  overrides,
  repr,
  str,
  strFromMethod,
} from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { FormatOverflow, formatFloat, formatInt, formatStr, parseSpec } from "../runtime/format.js";
import { decref } from "../runtime/heapref.js";
import { internStr, newStr, newStrFresh, strOrSelf } from "../runtime/objects.js";
import { lookup, typeInfo, typeName, typeOf } from "../runtime/typeobject.js";
import { C, T } from "../runtime/types.js";

/**
 * A format spec's error (format.ts throws JS Errors with CPython's messages) raised as
 * the Python exception: OverflowError for FormatOverflow, else ValueError.
 */
export function raiseFormatError(e: unknown): never {
  if (e instanceof FormatOverflow) raise(T.OverflowError, e.message);
  if (e instanceof Error) raise(T.ValueError, e.message);
  throw e;
}

/**
 * PyObject_Format as an object (a new reference): an exact str whose formatting changes
 * nothing is the str itself (the writer that formats it keeps the one str it was given);
 * an int with no spec is its str(), made new.
 */
export function formatValueObject(v: HeapObject, spec: string): HeapObject {
  const made = formatOfClass(v, spec);
  if (made !== null) return made;
  const text = formatValue(v, spec);
  if (v.type === C.str) return strOrSelf(v, text);
  if (spec === "") {
    if (v.type === C.int) return newStrFresh(text);
    // (bool_repr: the runtime's static identifier strs)
    if (v.type === C.bool) return internStr(text);
  }
  return newStr(text);
}

/** `v.__format__(spec)`, which must be a str (a new reference). */
function callFormat(v: HeapObject, spec: string): HeapObject {
  const s = newStr(spec);
  try {
    const r = callSpecialBound(v, "__format__", [s])!;
    if (!isStr(r)) {
      decref(r);
      raise(T.TypeError, `__format__ must return a str, not ${typeName(r)}`);
    }
    return r;
  } finally {
    decref(s);
  }
}

/**
 * PyObject_Format of a class's instance when Python code makes the result: its
 * `__format__`'s str, or with object's `__format__` and an empty spec the str its
 * `__str__` (or `__repr__`) returned — passed through as they are (a new reference).
 * Null for anything else.
 */
function formatOfClass(v: HeapObject, spec: string): HeapObject | null {
  const type = typeOf(v);
  if (!typeInfo(type).heapType) return null;
  // (PyObject_Format finds __format__ as _PyObject_LookupSpecial does: a class gets its
  // version tag, typelayout.ts)
  lookup(type, "__format__");
  const f = overrides(type, "__format__");
  if (f !== null && f.type !== C.function) {
    // (a builtin base's __format__: its text, made as formatValue makes it)
    return null;
  }
  if (f !== null) return callFormat(v, spec);
  const c = v.type;
  const lc = c.layout;
  if (spec !== "" || (lc !== c && (lc === C.int || lc === C.float || lc === C.str))) return null;
  return strFromMethod(v);
}

export function formatValue(v: HeapObject, spec: string): string {
  const c = v.type;
  if (c === C.str && spec === "") return v.p0 as string;
  try {
    if (c === C.int) return formatInt(BigInt(v.p0 as number | bigint), parseSpec(spec));
    if (c === C.bool)
      return spec === "" ? str(v) : formatInt(BigInt(v.p0 as number), parseSpec(spec));
    if (c === C.float) return formatFloat(v.p0 as number, parseSpec(spec));
    if (c === C.str) return formatStr(v.p0 as string, parseSpec(spec));
  } catch (e) {
    raiseFormatError(e);
  }
  const made = formatOfClass(v, spec);
  if (made !== null) {
    try {
      return made.p0 as string;
    } finally {
      decref(made);
    }
  }
  const type = typeOf(v);
  if (typeInfo(type).heapType && overrides(type, "__format__") !== null) {
    // A builtin base's own __format__ (formatOfClass leaves it to the text).
    const r = callFormat(v, spec);
    try {
      return r.p0 as string;
    } finally {
      decref(r);
    }
  }
  // A subclass of int, float or str formats its value (an empty spec gives str(v)).
  const lc = c.layout;
  if (lc !== c && (lc === C.int || lc === C.float || lc === C.str)) {
    if (spec === "") return str(v);
    try {
      if (lc === C.int) return formatInt(BigInt(v.p0 as number | bigint), parseSpec(spec));
      if (lc === C.float) return formatFloat(v.p0 as number, parseSpec(spec));
      return formatStr(v.p0 as string, parseSpec(spec));
    } catch (e) {
      raiseFormatError(e);
    }
  }
  if (spec !== "")
    raise(T.TypeError, `unsupported format string passed to ${typeName(v)}.__format__`);
  return str(v);
}

export { repr };
