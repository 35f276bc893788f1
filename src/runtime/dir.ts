/**
 * dir(): PyObject_Dir and the `__dir__` methods of object, type and module
 * (Objects/object.c _dir_object, typeobject.c object___dir___impl / type___dir___impl /
 * merge_class_dict, moduleobject.c module_dir). dir(obj) calls type(obj).__dir__ — so a
 * class's own `__dir__` answers — and sorts what it returns.
 */
import type { HeapObject } from "../engine/index.js";
import {
  callBorrowed,
  callMethod,
  callSpecialBound,
  type FunctionData,
  isCallableWrapper,
  toArray,
  wrapperDictStore,
} from "./abstract.js";
import { defineMethod } from "./bootstrap.js";
import { DictStore } from "./dictstore.js";
import { PyRaise, raise } from "./errors.js";
import { decref, incref } from "./heapref.js";
import { attrsOf } from "./instance.js";
import { newList, newStr } from "./objects.js";
import { isSubtype, typeInfo, typeOf } from "./typeobject.js";
import { C, T } from "./types.js";

/** Keys in first-insertion order, as a dict being updated keeps them (borrowed). */
class KeyList {
  private readonly strs = new Set<string>();
  private readonly others = new Set<HeapObject>();
  readonly keys: HeapObject[] = [];

  add(key: HeapObject): void {
    if (key.type === C.str) {
      const s = key.p0 as string;
      if (this.strs.has(s)) return;
      this.strs.add(s);
    } else {
      if (this.others.has(key)) return;
      this.others.add(key);
    }
    this.keys.push(key);
  }

  addName(name: string): void {
    if (this.strs.has(name)) return;
    const key = newStr(name);
    this.add(key);
    this.made.push(key);
  }

  /** The strs addName made (released once the result list holds its own references). */
  readonly made: HeapObject[] = [];

  /** A new list of the keys. */
  toList(): HeapObject {
    for (const k of this.keys) incref(k);
    const list = newList(this.keys.slice());
    for (const k of this.made) decref(k);
    return list;
  }
}

/**
 * merge_class_dict: the class's namespace, then its bases' (recursively). A builtin
 * type's data attributes (int.real, object.__class__) are descriptors there, as in
 * CPython (nativedescr.ts).
 */
function mergeClassDict(keys: KeyList, cls: HeapObject): void {
  const info = typeInfo(cls);
  for (const name of info.dict.keys()) keys.addName(name);
  for (const base of info.bases) mergeClassDict(keys, base);
}

/** object.__dir__: the instance's __dict__ keys, then its class's and the bases'. */
function objectDirList(obj: HeapObject): HeapObject {
  const keys = new KeyList();
  const type = typeOf(obj);
  if (isSubtype(type, T.type)) {
    // A class's __dict__ is its namespace.
    for (const name of typeInfo(obj).dict.keys()) keys.addName(name);
  } else if (obj.type === C.module) {
    for (const e of ((obj.p0 as HeapObject).p0 as DictStore).live()) keys.add(e.key);
  } else {
    const attrs = typeInfo(type).hasDict
      ? attrsOf(obj)
      : isCallableWrapper(obj)
        ? wrapperDictStore(obj, false)
        : obj.type === C.function
          ? (((obj.p0 as FunctionData).dict?.p0 as DictStore | undefined) ?? null)
          : null;
    if (attrs instanceof DictStore) for (const e of attrs.live()) keys.add(e.key);
  }
  mergeClassDict(keys, type);
  return keys.toList();
}

/** type.__dir__: the class's namespace and its bases', not the metaclass's. */
function typeDirList(cls: HeapObject): HeapObject {
  const keys = new KeyList();
  mergeClassDict(keys, cls);
  return keys.toList();
}

/** module.__dir__: `__dict__['__dir__']()` when the module defines one, else its names. */
function moduleDirList(mod: HeapObject): HeapObject {
  const store = (mod.p0 as HeapObject).p0 as DictStore;
  const custom = store.getStr("__dir__");
  if (custom !== undefined) return callBorrowed(custom, []);
  const keys = new KeyList();
  for (const e of store.live()) keys.add(e.key);
  return keys.toList();
}

export function installDirMethods(): void {
  defineMethod(T.object, "__dir__", (_args, _kw, self) => objectDirList(self!));
  defineMethod(T.type, "__dir__", (_args, _kw, self) => typeDirList(self!));
  defineMethod(T.module, "__dir__", (_args, _kw, self) => moduleDirList(self!));
}

/** PyObject_Dir(obj): `type(obj).__dir__(obj)` as a new sorted list. */
export function dirOf(obj: HeapObject): HeapObject {
  const result = callSpecialBound(obj, "__dir__");
  if (result === null) raise(T.TypeError, "object does not provide __dir__");
  let items: HeapObject[];
  try {
    items = toArray(result);
  } finally {
    decref(result);
  }
  return sortedList(items);
}

/** A new list of `items` (consumed), sorted as list.sort does (dir's PyList_Sort). */
export function sortedList(items: HeapObject[]): HeapObject {
  const list = newList(items);
  try {
    decref(callMethod(list, "sort"));
  } catch (e) {
    decref(list);
    throw e;
  }
  return list;
}

/**
 * dirOf's names as JS strings, or null when dir() raised (the error is dropped) or gave
 * something other than strs (calculate_suggestions gives up then too).
 */
export function dirNames(obj: HeapObject): string[] | null {
  let list: HeapObject;
  try {
    list = dirOf(obj);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return null;
  }
  const names: string[] = [];
  for (const item of list.p0 as HeapObject[]) {
    if (item.type !== C.str) break;
    names.push(item.p0 as string);
  }
  const complete = names.length === (list.p0 as HeapObject[]).length;
  decref(list);
  return complete ? names : null;
}
