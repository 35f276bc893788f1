/** Helpers for native functions: argument checking with CPython's messages, module creation. */
import { createRequire } from "node:module";
import type { HeapObject } from "../engine/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { type NativeFunction, newBuiltin, newDict, newStr } from "../runtime/objects.js";
import { T } from "../runtime/types.js";
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
