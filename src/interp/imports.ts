/**
 * `import` (CPython Python/import.c, reduced): builtin modules come from the module table
 * (src/modules); `sys.modules` caches them.
 */
import type { HeapObject } from "../engine/index.js";
import { raise } from "../runtime/errors.js";
import { incref } from "../runtime/heapref.js";
import { T } from "../runtime/types.js";
import type { Frame } from "./frame.js";

export const moduleTable = {
  /** Create or fetch a module by name (set by src/modules); null when unknown. */
  load: (_name: string): HeapObject | null => null,
};

/** IMPORT_NAME: a new reference to the module. */
export function importModule(name: string, _f: Frame): HeapObject {
  const mod = moduleTable.load(name);
  if (mod === null) {
    raise(T.ModuleNotFoundError, `No module named '${name}'`);
  }
  incref(mod);
  return mod;
}
