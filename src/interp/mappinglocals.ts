/**
 * Name operations on a namespace that is a mapping but not exactly a dict (exec/eval
 * locals, a class body's namespace from __prepare__ that is a dict subclass): CPython's
 * LOAD_NAME/STORE_NAME/DELETE_NAME use PyObject_GetItem/SetItem/DelItem there, so the
 * mapping's own __getitem__/__setitem__/__delitem__ run.
 */
import type { HeapObject } from "../engine/index.js";
import { delItem, getItem, isInstanceOf, setItem } from "../runtime/abstract.js";
import { DictStore } from "../runtime/dictstore.js";
import { PyRaise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { newStr } from "../runtime/objects.js";
import { T } from "../runtime/types.js";

/**
 * Locals that are a mapping but not a dict: each name operation is the mapping's item
 * operation (LOAD_NAME's PyObject_GetItem, STORE_NAME's PyObject_SetItem, DELETE_NAME's
 * PyObject_DelItem, whose failure is a NameError). The frame reads names as borrowed
 * references, so each value read is held until the exec, eval or class body ends.
 */
export class MappingLocals extends DictStore {
  readonly held: HeapObject[] = [];

  constructor(readonly mapping: HeapObject) {
    super();
  }

  override getStr(name: string): HeapObject | undefined {
    const k = newStr(name);
    try {
      const v = getItem(this.mapping, k);
      this.held.push(v);
      return v;
    } catch (e) {
      if (e instanceof PyRaise && isInstanceOf(e.exc, T.KeyError)) return undefined;
      throw e;
    } finally {
      decref(k);
    }
  }

  override set(key: HeapObject, value: HeapObject): void {
    setItem(this.mapping, key, value);
  }

  override delete(key: HeapObject): boolean {
    try {
      delItem(this.mapping, key);
      return true;
    } catch (e) {
      if (e instanceof PyRaise) return false;
      throw e;
    }
  }

  /** Release the values read (at the end of the exec, eval or class body). */
  release(): void {
    for (const v of this.held) decref(v);
    this.held.length = 0;
  }
}
