/**
 * format(value, spec) — builtin format() and f-string replacement fields
 * (CPython Objects/abstract.c PyObject_Format and the __format__ of int/float/str).
 */
import type { HeapObject } from "../engine/index.js";
import { callSpecialBound, isInt, overrides, repr, str } from "../runtime/abstract.js";
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
  const text = formatValue(v, spec);
  if (v.type === C.str) return strOrSelf(v, text);
  if (spec === "") {
    if (v.type === C.int) return newStrFresh(text);
    // (bool_repr: the runtime's static identifier strs)
    if (v.type === C.bool) return internStr(text);
  }
  return newStr(text);
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
  const type = typeOf(v);
  // (PyObject_Format finds __format__ as _PyObject_LookupSpecial does: a class gets its
  // version tag, typelayout.ts)
  if (typeInfo(type).heapType) lookup(type, "__format__");
  const f = overrides(type, "__format__");
  if (f !== null && typeInfo(type).heapType) {
    const s = newStr(spec);
    try {
      const r = callSpecialBound(v, "__format__", [s])!;
      try {
        if (r.type !== C.str)
          raise(T.TypeError, `__format__ must return a str, not ${typeName(r)}`);
        return r.p0 as string;
      } finally {
        decref(r);
      }
    } finally {
      decref(s);
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
