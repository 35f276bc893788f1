/**
 * Builtin types of extension modules (CPython's static C types such as functools.partial
 * or itertools.count): a type object named `module.qualname` whose instances use a
 * TypeScript contract, constructed by a native `__new__`.
 */
import type { HeapObject, ObjectType } from "../engine/index.js";
import { registerBuiltinType } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { staticmethodContract } from "../runtime/function.js";
import { heap } from "../runtime/heapref.js";
import { type NativeFunction, newBuiltin } from "../runtime/objects.js";
import { typeInfo } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";

export interface NativeTypeSpec {
  module: string;
  qualname: string;
  contract: ObjectType;
  /** tp_new: `args` without the class (keyword values last, named by kwnames). */
  construct?: (cls: HeapObject, args: HeapObject[], kwnames: string[] | null) => HeapObject;
  /** Instances keep attributes in a __dict__ (p0: the attribute store, p1: the dict object). */
  hasDict?: boolean;
  /** Special methods are looked up in the type's namespace (rich comparison, hashing). */
  dunders?: boolean;
  /** CPython makes it from a spec (a heap type): the type object is a tracked GC object. */
  fromSpec?: boolean;
}

export function installNativeType(spec: NativeTypeSpec): HeapObject {
  const full = `${spec.module}.${spec.qualname}`;
  const t = registerBuiltinType(full, spec.contract);
  spec.contract.owner = t;
  const info = typeInfo(t);
  info.module = spec.module;
  info.qualname = spec.qualname;
  info.name = full;
  info.hasDict = spec.hasDict ?? false;
  if (spec.dunders) info.heapType = true;
  if (spec.fromSpec) {
    info.gcType = true;
    heap.track(t);
  }
  const construct = spec.construct;
  const newFn = newBuiltin("__new__", (args, kw) => {
    if (args.length === 0) raise(T.TypeError, `${full}.__new__(): not enough arguments`);
    const cls = args[0]!;
    // NOT-CPYTHON: subclasses of these types need a subclass layout.
    if (cls !== t) raise(T.TypeError, `subclassing '${full}' is not supported yet`);
    if (construct === undefined) raise(T.TypeError, `cannot create '${full}' instances`);
    return construct(cls, args.slice(1), kw);
  });
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  heap.track(sm);
  info.dict.set("__new__", sm);
  return t;
}

export type { NativeFunction };
