/** Helpers for native functions: argument checking with CPython's messages, module creation. */
import { createRequire } from "node:module";
import type { HeapObject } from "../engine/index.js";
import { asIndex } from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { type NativeFunction, newBuiltin, newDict, newStr } from "../runtime/objects.js";
import { typeName } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { newFunctionModule } from "./registry.js";

export function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0)
    raise(T.TypeError, `${name}() takes no keyword arguments`);
}

export function exactly(
  name: string,
  args: HeapObject[],
  n: number,
  kwnames: string[] | null = null,
): void {
  noKw(name, kwnames);
  if (args.length !== n) {
    if (n === 1) raise(T.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
    if (n === 0) raise(T.TypeError, `${name}() takes no arguments (${args.length} given)`);
    raise(T.TypeError, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

export function range_(
  name: string,
  args: HeapObject[],
  min: number,
  max: number,
  kwnames: string[] | null = null,
): void {
  noKw(name, kwnames);
  if (args.length < min) {
    raise(
      T.TypeError,
      `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
  if (args.length > max) {
    raise(
      T.TypeError,
      `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
}

/**
 * An index argument that C reads into a Py_ssize_t (`bits` 64) or an int (32), as
 * Argument Clinic's converters do: OverflowError past its range.
 */
export function cIntArg(o: HeapObject, bits: 32 | 64 = 64): number {
  const v = asIndex(o);
  const limit = bits === 64 ? 2 ** 63 : 2 ** 31;
  if (v >= limit || v < -limit)
    raise(
      T.OverflowError,
      `Python int too large to convert to C ${bits === 64 ? "ssize_t" : "int"}`,
    );
  return v;
}

/**
 * PyArg_ParseTuple's count check ("O|OO:find"): "find() takes at least 1 argument (0
 * given)"; keywords are refused with the type's name (`qualname`: "str.find").
 */
export function tupleArgs(
  qualname: string,
  args: HeapObject[],
  min: number,
  max: number,
  kwnames: string[] | null,
): void {
  noKw(qualname, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const name = qualname.slice(qualname.lastIndexOf(".") + 1);
  const [word, k] = min === max ? ["exactly", min] : n < min ? ["at least", min] : ["at most", max];
  raise(T.TypeError, `${name}() takes ${word} ${k} argument${k === 1 ? "" : "s"} (${n} given)`);
}

/** _PyArg_BadArgument's name for an argument's type: None is "None". */
export function argTypeName(o: HeapObject): string {
  return o === S.None ? "None" : typeName(o);
}

/** Split positional and keyword arguments: kw values by name. */
export function splitKw(
  args: HeapObject[],
  kwnames: string[] | null,
): [HeapObject[], Map<string, HeapObject>] {
  const nkw = kwnames?.length ?? 0;
  const kw = new Map<string, HeapObject>();
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i]!, args[args.length - nkw + i]!);
  return [args.slice(0, args.length - nkw), kw];
}

/** Set `name` in a module dict store to a new builtin function. */
export function defineFunction(
  store: DictStore,
  name: string,
  impl: NativeFunction,
  self: HeapObject | null = null,
): void {
  const fn = newBuiltin(name, impl, self);
  const key = newStr(name);
  store.set(key, fn);
  decref(key);
  decref(fn);
}

/** Set `name` in a dict store (value borrowed). */
export function defineValue(store: DictStore, name: string, value: HeapObject): void {
  const key = newStr(name);
  store.set(key, value);
  decref(key);
}

export { newDict, newFunctionModule };

let crypto: typeof import("node:crypto") | null = null;

/**
 * node:crypto, loaded on first use: few programs need it, and a static import would make
 * every start-up load it (about 5 ms in the worker). createRequire needs some absolute
 * path; a node: module does not depend on it.
 */
export function nodeCrypto(): typeof import("node:crypto") {
  crypto ??= createRequire(process.execPath)("node:crypto") as typeof import("node:crypto");
  return crypto;
}

/**
 * Argument Clinic's keyword parser (_PyArg_UnpackKeywords): positional-or-keyword `names`
 * (the first `required` of them required), then keyword-only `kwOnly`, with its errors in
 * its order. Returns the values in that order (borrowed; undefined if absent).
 */
export function clinic(
  fname: string,
  names: string[],
  required: number,
  args: HeapObject[],
  kwnames: string[] | null,
  kwOnly: string[] = [],
): (HeapObject | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const all = kwOnly.length === 0 ? names : [...names, ...kwOnly];
  const maxpos = names.length;
  const s = (k: number) => (k === 1 ? "" : "s");
  if (args.length > all.length) {
    const kind = npos === 0 ? "keyword " : "";
    raise(
      T.TypeError,
      `${fname}() takes at most ${all.length} ${kind}argument${s(all.length)} (${args.length} given)`,
    );
  }
  if (npos > maxpos) {
    if (maxpos === 0) raise(T.TypeError, `${fname}() takes no positional arguments`);
    const word = required < maxpos ? "at most" : "exactly";
    raise(
      T.TypeError,
      `${fname}() takes ${word} ${maxpos} positional argument${s(maxpos)} (${npos} given)`,
    );
  }
  const out: (HeapObject | undefined)[] = new Array(all.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let left = nkw;
  for (let i = npos; i < all.length; i++) {
    const j = left > 0 ? kwnames!.indexOf(all[i]!) : -1;
    if (j >= 0) {
      out[i] = args[npos + j];
      left--;
    } else if (i < required) {
      raise(T.TypeError, `${fname}() missing required argument '${all[i]}' (pos ${i + 1})`);
    }
  }
  if (left > 0) {
    for (let i = 0; i < npos; i++)
      if (kwnames!.includes(all[i]!))
        raise(
          T.TypeError,
          `argument for ${fname}() given by name ('${all[i]}') and position (${i + 1})`,
        );
    const bad = kwnames!.find((k) => !all.includes(k))!;
    raise(T.TypeError, `'${bad}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}
