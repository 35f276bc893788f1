/**
 * The table of builtin modules (CPython's PyImport_Inittab): each module is declared once
 * with the function that builds it; `sys.modules` caches the built module.
 */
import type { HeapObject } from "../engine/index.js";
import { builtinModuleStores } from "../runtime/builtindocs.js";
import type { DictStore } from "../runtime/dictstore.js";
import { newModule } from "../runtime/function.js";
import { decref } from "../runtime/heapref.js";
import { exposeNativeAttrs } from "../runtime/nativedescr.js";
import { newDict, newStr } from "../runtime/objects.js";
import { S } from "../runtime/types.js";

export type ModuleInit = (store: DictStore, module: HeapObject) => void;

const inittab = new Map<string, ModuleInit>();

/**
 * Declare a builtin module. A second declaration of the same name adds to the first:
 * both run, in declaration order (so two files can each contribute part of a module).
 */
export function declareModule(name: string, init: ModuleInit): void {
  const first = inittab.get(name);
  inittab.set(
    name,
    first === undefined
      ? init
      : (store, module) => {
          first(store, module);
          init(store, module);
        },
  );
}

/** The modules CPython 3.11 builds into the interpreter (sys.builtin_module_names on Linux). */
const CPYTHON_BUILTINS = new Set([
  "_abc",
  "_ast",
  "_codecs",
  "_collections",
  "_functools",
  "_imp",
  "_io",
  "_locale",
  "_operator",
  "_signal",
  "_sre",
  "_stat",
  "_string",
  "_symtable",
  "_thread",
  "_tokenize",
  "_tracemalloc",
  "_warnings",
  "_weakref",
  "atexit",
  "builtins",
  "errno",
  "faulthandler",
  "gc",
  "itertools",
  "marshal",
  "posix",
  "pwd",
  "sys",
  "time",
  "xxsubtype",
]);

/** sys.prefix (and exec_prefix): where a CPython install would keep its library. */
export const SYS_PREFIX = "/usr/local";

/**
 * The file CPython 3.11 imports each of pygc's library modules from, under
 * `{sys.prefix}/lib/python3.11/` (a package's `__init__.py`, an extension module's .so):
 * the module's `__file__`. Builtin modules (CPYTHON_BUILTINS) have none.
 */
const LIBRARY_FILES: Record<string, string> = {
  collections: "collections/__init__.py",
  "collections.abc": "collections/abc.py",
  logging: "logging/__init__.py",
  math: "lib-dynload/math.cpython-311-x86_64-linux-gnu.so",
  array: "lib-dynload/array.cpython-311-x86_64-linux-gnu.so",
};
const LIBRARY_SOURCES = new Set(
  (
    "__future__ _collections_abc abc bisect contextlib copy copyreg dataclasses enum " +
    "functools heapq io keyword linecache operator os posixpath random string timeit " +
    "traceback tracemalloc types typing warnings weakref"
  ).split(" "),
);

function libraryFile(name: string): string | null {
  const rel = LIBRARY_FILES[name] ?? (LIBRARY_SOURCES.has(name) ? `${name}.py` : null);
  return rel === null ? null : `${SYS_PREFIX}/lib/python3.11/${rel}`;
}

/** sys.builtin_module_names: those of CPython's builtin modules pygc has, sorted. */
export function builtinModuleNames(): string[] {
  return [...inittab.keys()].filter((name) => CPYTHON_BUILTINS.has(name)).sort();
}

/** sys.modules */
export const sysModules = { dict: null as unknown as HeapObject };

export function newFunctionModule(name: string): HeapObject {
  const dict = newDict();
  const store = dict.p0 as DictStore;
  for (const [k, v] of [
    ["__name__", newStr(name)],
    ["__doc__", S.None],
  ] as const) {
    const key = newStr(k);
    store.set(key, v);
    decref(key);
    if (v !== S.None) decref(v);
  }
  return newModule(name, dict);
}

/** Load a builtin module by name (created on first import, then cached in sys.modules). */
export function loadBuiltinModule(name: string): HeapObject | null {
  const modules = sysModules.dict.p0 as DictStore;
  const cached = modules.getStr(name);
  if (cached !== undefined) return cached;
  const init = inittab.get(name);
  if (init === undefined) return null;
  const mod = newFunctionModule(name);
  const key = newStr(name);
  modules.set(key, mod);
  decref(key);
  decref(mod);
  const store = (mod.p0 as HeapObject).p0 as DictStore;
  // (__file__ before the module's own code runs, as an imported file's is)
  const file = libraryFile(name);
  if (file !== null) {
    const value = newStr(file);
    store.setStr("__file__", value);
    decref(value);
  }
  init(store, mod);
  builtinModuleStores.set(name, store);
  // (the module may have made builtin types, or answered more of their attributes)
  exposeNativeAttrs();
  return mod;
}
