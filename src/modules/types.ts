/**
 * The `types` module (CPython Lib/types.py): names for the interpreter's types, and the
 * constructors of two of them that programs call through it — ModuleType(name, doc=None)
 * (module_init) and MethodType(function, instance) (method_new).
 * NOT-CPYTHON: pygc has no distinct wrapper_descriptor, method-wrapper,
 * classmethod_descriptor, coroutine or async generator types, so those names are
 * missing, as are new_class, prepare_class, resolve_bases, coroutine,
 * and DynamicClassAttribute.
 */
import type { HeapObject } from "../engine/index.js";
import { callable, isStr } from "../runtime/abstract.js";
import { nativeConstructors } from "../runtime/bootstrap.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { genericAliasTypes } from "../runtime/genericalias.js";
import { mappingProxyType } from "../runtime/mappingproxy.js";
import { simpleNamespaceType } from "../runtime/namespace.js";
import { newMethod } from "../runtime/objects.js";
import { typeName } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { declareModule, newFunctionModule } from "./registry.js";
import { defineValue, splitKw } from "./support.js";

/** module(name, doc=None): __name__, __doc__ and None for __package__, __loader__, __spec__. */
function moduleNew(_t: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > 2)
    raise(T.TypeError, `module() takes at most 2 arguments (${pos.length} given)`);
  const name = pos[0] ?? kw.get("name");
  if (name === undefined) raise(T.TypeError, "module() missing required argument 'name' (pos 1)");
  if (!isStr(name)) {
    raise(T.TypeError, `module() argument 'name' must be str, not ${typeName(name)}`);
  }
  const doc = pos[1] ?? kw.get("doc") ?? S.None;
  const mod = newFunctionModule(name.p0 as string);
  const store = (mod.p0 as HeapObject).p0 as DictStore;
  defineValue(store, "__doc__", doc);
  for (const attr of ["__package__", "__loader__", "__spec__"]) defineValue(store, attr, S.None);
  return mod;
}

/** method(function, instance): a bound method. */
function methodNew(_t: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  if (kwnames !== null && kwnames.length > 0)
    raise(T.TypeError, "method() takes no keyword arguments");
  if (args.length !== 2) raise(T.TypeError, `method expected 2 arguments, got ${args.length}`);
  const [func, self] = args as [HeapObject, HeapObject];
  if (!callable(func)) raise(T.TypeError, "first argument must be callable");
  if (self === S.None) raise(T.TypeError, "instance must not be None");
  return newMethod(func, self);
}

/** Set up with the builtins: type(sys)("name") works without importing types. */
export function installModuleAndMethodConstructors(): void {
  nativeConstructors.set(T.module, moduleNew);
  nativeConstructors.set(T.method, methodNew);
}

declareModule("types", (m) => {
  const names: [string, HeapObject | undefined][] = [
    ["FunctionType", T.function],
    ["LambdaType", T.function],
    ["CodeType", T.code],
    ["GeneratorType", T.generator],
    ["MethodType", T.method],
    ["BuiltinFunctionType", T.builtin_function_or_method],
    ["BuiltinMethodType", T.builtin_function_or_method],
    ["MethodDescriptorType", T.method_descriptor],
    ["ModuleType", T.module],
    ["TracebackType", T.traceback],
    ["FrameType", T.frame],
    ["CellType", T.cell],
    ["GetSetDescriptorType", T.getset_descriptor],
    ["MemberDescriptorType", T.member_descriptor],
    ["NoneType", T.NoneType],
    ["EllipsisType", T.ellipsis],
    ["NotImplementedType", T.NotImplementedType],
    ["SimpleNamespace", simpleNamespaceType()],
    ["MappingProxyType", mappingProxyType()],
    ["GenericAlias", genericAliasTypes().GenericAlias],
    ["UnionType", genericAliasTypes().UnionType],
  ];
  for (const [name, type] of names) if (type !== undefined) defineValue(m, name, type);
});
