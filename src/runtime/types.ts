/**
 * The registry of builtin types and singletons, filled once by `bootstrap()` (runtime.ts).
 * Every builtin type object is static (untracked, never freed), as in CPython.
 */
import type { HeapObject, ObjectType } from "../engine/index.js";

export interface BuiltinTypes {
  type: HeapObject;
  object: HeapObject;
  NoneType: HeapObject;
  NotImplementedType: HeapObject;
  ellipsis: HeapObject;
  int: HeapObject;
  bool: HeapObject;
  float: HeapObject;
  str: HeapObject;
  list: HeapObject;
  tuple: HeapObject;
  dict: HeapObject;
  set: HeapObject;
  range: HeapObject;
  slice: HeapObject;
  function: HeapObject;
  builtin_function_or_method: HeapObject;
  method_descriptor: HeapObject;
  method: HeapObject;
  cell: HeapObject;
  module: HeapObject;
  code: HeapObject;
  frame: HeapObject;
  traceback: HeapObject;
  classmethod: HeapObject;
  staticmethod: HeapObject;
  property: HeapObject;
  list_iterator: HeapObject;
  tuple_iterator: HeapObject;
  range_iterator: HeapObject;
  dict_keyiterator: HeapObject;
  str_iterator: HeapObject;
  [name: string]: HeapObject;
}

/** Builtin types by name (filled by bootstrap). */
export const T = {} as BuiltinTypes;

/** The engine contracts of the hot builtin types, for identity checks on hot paths. */
export const C = {} as Record<string, ObjectType>;

export interface Singletons {
  None: HeapObject;
  True: HeapObject;
  False: HeapObject;
  NotImplemented: HeapObject;
  Ellipsis: HeapObject;
  emptyTuple: HeapObject;
}

export const S = {} as Singletons;
