/**
 * mappingproxy (CPython Objects/descrobject.c, `types.MappingProxyType`): a read-only view
 * of a mapping. `cls.__dict__` is one over the class's namespace dict (tp_dict), so a
 * program can read the namespace but change it only through setattr/delattr on the class,
 * which keeps the type's caches right.
 *
 * Every operation is the mapping's own, called through the abstract API as
 * mappingproxy_* do: `p[k]`, `k in p`, len, iteration, get/keys/values/items/copy,
 * comparison and `|` (which gives the mapping's result, a dict for a dict). `str(p)` is
 * the mapping's str; `repr(p)` wraps its repr in `mappingproxy(…)`. Unhashable in 3.11.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  binaryOp,
  callMethod,
  cmpSwap,
  compareBool,
  contains,
  getItem,
  getIter,
  incRef,
  len,
  nativeBinary,
  nativeCompare,
  repr,
  str,
} from "./abstract.js";
import {
  defineMethod,
  expectArgs,
  makeViewContract,
  nativeConstructors,
  registerBuiltinType,
} from "./bootstrap.js";
import { raise } from "./errors.js";
import { installClassGetitem } from "./genericalias.js";
import { decref, heap } from "./heapref.js";
import { newBool, newInt, newStr } from "./objects.js";
import { isSubtype, lookup, lookupSlot, typeInfo, typeName, typeOf } from "./typeobject.js";
import { C, S, T } from "./types.js";

/** p0: the mapping (a strong reference), as a dict view holds its dict. */
export const mappingProxyContract = makeViewContract("mappingproxy");

let proxyType: HeapObject | null = null;

/** A mappingproxy over `mapping` (borrowed), which must be a mapping. */
export function newMappingProxy(mapping: HeapObject): HeapObject {
  mappingProxyType();
  mapping.refcnt++;
  const p = heap.alloc(mappingProxyContract, mapping);
  heap.track(p);
  return p;
}

/**
 * mappingproxy_check_mapping: PyMapping_Check (a `__getitem__`, which every builtin
 * mapping and sequence has), and not a list or tuple.
 */
function checkMapping(mapping: HeapObject): void {
  const type = typeOf(mapping);
  const subscriptable =
    lookupSlot(type, "__getitem__") !== null ||
    [C.dict, C.str, C.list, C.tuple].includes(mapping.type.layout) ||
    ["bytes", "bytearray", "range", "memoryview"].includes(typeInfo(type).name);
  if (!subscriptable || isSubtype(type, T.list) || isSubtype(type, T.tuple)) {
    raise(T.TypeError, `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  }
}

function mappingOf(self: HeapObject | null): HeapObject {
  return self!.p0 as HeapObject;
}

/** The mappingproxy type (made on first use, with its methods and operators). */
export function mappingProxyType(): HeapObject {
  if (proxyType !== null) return proxyType;
  const t = registerBuiltinType("mappingproxy", mappingProxyContract);
  mappingProxyContract.owner = t;
  proxyType = t;
  installClassGetitem(t); // mappingproxy[str, int]
  const info = typeInfo(t);
  nativeConstructors.set(t, (_type, args, kwnames) => {
    const nkw = kwnames?.length ?? 0;
    const npos = args.length - nkw;
    if (nkw > 1 || (nkw === 1 && kwnames![0] !== "mapping")) {
      const bad = kwnames!.find((k) => k !== "mapping") ?? "mapping";
      raise(T.TypeError, `mappingproxy() got an unexpected keyword argument '${bad}'`);
    }
    if (npos + nkw > 1) {
      raise(T.TypeError, `mappingproxy() takes at most 1 argument (${npos + nkw} given)`);
    }
    if (npos + nkw === 0) {
      raise(T.TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    const mapping = args[0]!;
    checkMapping(mapping);
    return newMappingProxy(mapping);
  });
  // Slot wrappers (`expected 1 argument, got 0`) and methods (`takes no arguments`).
  const wrapper = (
    name: string,
    n: number,
    impl: (self: HeapObject, args: HeapObject[]) => HeapObject,
  ) =>
    defineMethod(t, name, (args, kwnames, self) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise(T.TypeError, `wrapper ${name}() takes no keyword arguments`);
      }
      expectArgs(args, n);
      return impl(self!, args);
    });
  const method = (name: string, impl: (self: HeapObject) => HeapObject) =>
    defineMethod(t, name, (args, kwnames, self) => {
      if (kwnames !== null && kwnames.length > 0) {
        raise(T.TypeError, `mappingproxy.${name}() takes no keyword arguments`);
      }
      if (args.length !== 0) {
        raise(T.TypeError, `mappingproxy.${name}() takes no arguments (${args.length} given)`);
      }
      return impl(self!);
    });
  wrapper("__getitem__", 1, (self, args) => getItem(mappingOf(self), args[0]!));
  wrapper("__contains__", 1, (self, args) => newBool(contains(mappingOf(self), args[0]!)));
  wrapper("__len__", 0, (self) => newInt(len(mappingOf(self))));
  wrapper("__iter__", 0, (self) => getIter(mappingOf(self)));
  wrapper("__repr__", 0, (self) => newStr(`mappingproxy(${repr(mappingOf(self))})`));
  wrapper("__str__", 0, (self) => newStr(str(mappingOf(self))));
  // (The operators answer through the native hooks below; these are for calling by name.)
  wrapper("__or__", 1, (self, args) => proxyOr(self, args[0]!));
  wrapper("__ror__", 1, (self, args) => proxyOr(args[0]!, self));
  wrapper("__ior__", 1, (self) => iorRefused(self));
  method("__reversed__", (self) => callMethod(mappingOf(self), "__reversed__"));
  for (const name of ["keys", "values", "items", "copy"]) {
    method(name, (self) => callMethod(mappingOf(self), name));
  }
  defineMethod(t, "get", (args, kwnames, self) => {
    if (kwnames !== null && kwnames.length > 0) {
      raise(T.TypeError, "mappingproxy.get() takes no keyword arguments");
    }
    if (args.length < 1 || args.length > 2) {
      const n = args.length;
      raise(
        T.TypeError,
        n < 1
          ? `get expected at least 1 argument, got ${n}`
          : `get expected at most 2 arguments, got ${n}`,
      );
    }
    return callMethod(mappingOf(self), "get", [args[0]!, args[1] ?? S.None]);
  });
  info.dict.set("__hash__", incRef(S.None));

  // mappingproxy_richcompare: the mapping compared with the other operand (also when the
  // proxy is on the right: the left operand's comparison declined first).
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, op) => {
    if (a.type === mappingProxyContract) return compareBool(mappingOf(a), b, op);
    if (b.type === mappingProxyContract) return compareBool(mappingOf(b), a, cmpSwap[op]);
    return cmp(a, b, op);
  };
  // mappingproxy_or: either operand unwrapped, then the mapping's `|`.
  const op = nativeBinary.op;
  nativeBinary.op = (a, b, o) =>
    o === "|" && (a.type === mappingProxyContract || b.type === mappingProxyContract)
      ? proxyOr(a, b)
      : op(a, b, o);
  const inplace = nativeBinary.inplace;
  nativeBinary.inplace = (a, b, o) => {
    if (o === "|" && a.type === mappingProxyContract) iorRefused(a);
    return inplace(a, b, o);
  };
  return t;
}

function proxyOr(a: HeapObject, b: HeapObject): HeapObject {
  const left = a.type === mappingProxyContract ? mappingOf(a) : a;
  const right = b.type === mappingProxyContract ? mappingOf(b) : b;
  return binaryOp(left, right, "|");
}

/** mappingproxy_ior */
function iorRefused(self: HeapObject): never {
  raise(T.TypeError, `'|=' is not supported by ${typeName(self)}; use '|' instead`);
}
