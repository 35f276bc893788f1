/**
 * Small entries of builtin types' namespaces that CPython 3.11 has and nothing else in
 * pygc needed: super's members and __get__ (typeobject.c super_members, super_descr_get),
 * staticmethod.__call__ (sm_call), a function's __builtins__ (func_builtins),
 * float.__getformat__ (float___getformat___impl) and weakref.ref's __class_getitem__.
 * The members are nativeAttrs getters, so nativedescr.ts makes their descriptors.
 */
import type { HeapObject } from "../engine/index.js";
import { callBorrowed, incRef, isStr, nativeAttrs } from "../runtime/abstract.js";
import { defineMethod } from "../runtime/bootstrap.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { classmethodContract, functionContract, moduleContract } from "../runtime/function.js";
import { installClassGetitem } from "../runtime/genericalias.js";
import { heap } from "../runtime/heapref.js";
import { nativeIterType } from "../runtime/nativeiter.js";
import { newBool, newBuiltin, newDict, newStr } from "../runtime/objects.js";
import { superContract } from "../runtime/super.js";
import { typeInfo, typeName, typePrepare } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { objectIsinstance, realIsSubclass } from "./builtins.js";
import { loadBuiltinModule } from "./registry.js";
import { exactly, noKw, range_ } from "./support.js";

/** A builtin as a classmethod in `type`'s namespace (as METH_CLASS methods are). */
function defineClassMethod(
  type: HeapObject,
  name: string,
  impl: (cls: HeapObject, args: HeapObject[], kw: string[] | null) => HeapObject,
): void {
  const fn = newBuiltin(name, (args, kw) => impl(args[0]!, args.slice(1), kw));
  const cm = heap.alloc(classmethodContract, fn, null, null);
  heap.track(cm);
  typeInfo(type).dict.set(name, cm);
}

/** type.__instancecheck__, __subclasscheck__ (type___instancecheck___impl…) and __prepare__. */
function installTypeChecks(): void {
  defineMethod(T.type, "__instancecheck__", (args, kw, self) => {
    exactly("type.__instancecheck__", args, 1, kw);
    return newBool(objectIsinstance(args[0]!, self!));
  });
  defineMethod(T.type, "__subclasscheck__", (args, kw, self) => {
    exactly("type.__subclasscheck__", args, 1, kw);
    return newBool(realIsSubclass(args[0]!, self!));
  });
  // type_prepare: any arguments, a new dict.
  defineClassMethod(T.type, "__prepare__", () => newDict());
  typePrepare.descr = typeInfo(T.type).dict.get("__prepare__")!;
}

export function installNamespaceExtras(): void {
  installTypeChecks();
  // enum_methods' __class_getitem__: enumerate[int] (mappingproxy's: mappingproxy.ts).
  installClassGetitem(nativeIterType("enumerate"));
  // super_members: p0 the class to start after, p1 the object (or null), p2 its type.
  nativeAttrs.set(
    superContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__thisclass__", (o) => incRef((o.p0 as HeapObject | null) ?? S.None)],
      ["__self__", (o) => incRef((o.p1 as HeapObject | null) ?? S.None)],
      ["__self_class__", (o) => incRef((o.p2 as HeapObject | null) ?? S.None)],
    ]),
  );
  // super_descr_get: an unbound super bound to `obj` is super(thisclass, obj).
  defineMethod(T.super, "__get__", (args, kw, self) => {
    range_("__get__", args, 1, 2, kw);
    const obj = args[0]!;
    if (obj === S.None && (args[1] ?? S.None) === S.None)
      raise(T.TypeError, "__get__(None, None) is invalid");
    if (obj === S.None || self!.p1 !== null || self!.type !== superContract) return incRef(self!);
    return callBorrowed(T.super, [self!.p0 as HeapObject, obj]);
  });
  defineMethod(T.staticmethod, "__call__", (args, kw, self) =>
    callBorrowed(self!.p0 as HeapObject, args, kw),
  );
  // func_builtins (_PyEval_BuiltinsFromGlobals): globals' __builtins__ (a module's dict),
  // else the interpreter's.
  nativeAttrs.get(functionContract)!.set("__builtins__", (f) => {
    const globals = (f.p0 as { globals: HeapObject }).globals;
    const b = (globals.p0 as DictStore).getStr("__builtins__");
    if (b !== undefined) return incRef(b.type === moduleContract ? (b.p0 as HeapObject) : b);
    return incRef(loadBuiltinModule("builtins")!.p0 as HeapObject);
  });
  defineClassMethod(T.float, "__getformat__", (_cls, args, kw) => {
    noKw("__getformat__", kw);
    if (args.length !== 1)
      raise(T.TypeError, `float.__getformat__() takes exactly one argument (${args.length} given)`);
    const which = args[0]!;
    if (!isStr(which))
      raise(T.TypeError, `__getformat__() argument must be str, not ${typeName(which)}`);
    if (which.p0 !== "double" && which.p0 !== "float")
      raise(T.ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return newStr("IEEE, little-endian");
  });
}
