/**
 * types.GenericAlias and types.UnionType (CPython Objects/genericaliasobject.c and
 * unionobject.c): what `list[int]` and `int | None` make, mostly in annotations.
 *
 * A GenericAlias holds its origin and its arguments (a tuple); it prints as `list[int]`,
 * calls its origin, answers every attribute but a few of its own from the origin, compares
 * and hashes by origin and arguments, stands for its origin as a base class
 * (__mro_entries__), and refuses isinstance/issubclass. A UnionType holds its arguments,
 * flattened and without repeats (None as NoneType); `int | int` is just int. isinstance
 * and issubclass take a union as the tuple of its arguments.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  callBorrowed,
  compareBool,
  exactHash,
  getAttr,
  getAttrOrNull,
  incRef,
  nativeAttrs,
  nativeBinary,
  nativeCalls,
  nativeCompare,
  nativeGetattro,
  nativeRepr,
  pyEq,
  repr,
  str,
  typeSubscript,
} from "./abstract.js";
import { defineMethod, nativeConstructors, registerBuiltinType } from "./bootstrap.js";
import { raise } from "./errors.js";
import { classmethodContract } from "./function.js";
import { decref, heap } from "./heapref.js";
import { newBuiltin, newInt, newTuple } from "./objects.js";
import { newSet } from "./set.js";
import { isSubtype, typeInfo, typeName, typeOf } from "./typeobject.js";
import { C, S, T } from "./types.js";

/** p0: the origin, p1: the arguments (a tuple); both strong references. */
export const genericAliasContract = new ObjectType({
  name: "types.GenericAlias",
  gc: true,
  weakrefable: true,
  basicSize: 80,
  traverse: (o, visit) => {
    visit(o.p0);
    visit(o.p1);
  },
  dealloc: (o) => {
    decref(o.p0);
    decref(o.p1);
    return undefined;
  },
});

/** p0: the arguments (a tuple, a strong reference). */
export const unionContract = new ObjectType({
  name: "types.UnionType",
  gc: true,
  basicSize: 48,
  traverse: (o, visit) => visit(o.p0),
  dealloc: (o) => {
    decref(o.p0);
    return undefined;
  },
});

/** The attributes a GenericAlias answers itself; every other comes from its origin. */
const OWN_ATTRIBUTES = new Set([
  "__class__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

let installed = false;

/** `origin[args]`: a new GenericAlias (args borrowed: a tuple is the arguments). */
export function newGenericAlias(origin: HeapObject, args: HeapObject): HeapObject {
  installGenericAlias();
  const tuple = args.type === C.tuple ? incRef(args) : newTuple([incRef(args)]);
  const ga = heap.alloc(genericAliasContract, incRef(origin), tuple);
  heap.track(ga);
  return ga;
}

/** A union's arguments (borrowed), or null when `obj` is not a union. */
export function unionArgs(obj: HeapObject): HeapObject[] | null {
  return obj.type === unionContract ? ((obj.p0 as HeapObject).p0 as HeapObject[]) : null;
}

/** `cls.__class_getitem__` for builtin generic classes (list, dict, …): a GenericAlias. */
export function installClassGetitem(type: HeapObject): void {
  // (With the builtins: `int | None` needs type's `|` before anything is subscripted.)
  installGenericAlias();
  const fn = newBuiltin("__class_getitem__", (args) => {
    if (args.length !== 2) {
      raise(
        T.TypeError,
        `__class_getitem__() takes exactly one argument (${args.length - 1} given)`,
      );
    }
    return newGenericAlias(args[0]!, args[1]!);
  });
  const cm = heap.alloc(classmethodContract, fn, null, null);
  heap.track(cm);
  typeInfo(type).dict.set("__class_getitem__", cm);
}

/** ga_repr_item / union_repr_item: a class by its qualified name, others by repr. */
function reprItem(p: HeapObject, inUnion: boolean): string {
  if (p === S.Ellipsis) return "...";
  if (inUnion && p === T.NoneType) return "None";
  if (p.type === genericAliasContract) return repr(p);
  if (p.type === C.list && !inUnion) {
    return `[${(p.p0 as HeapObject[]).map((x) => reprItem(x, false)).join(", ")}]`;
  }
  const origin = getAttrOrNull(p, "__origin__");
  if (origin !== null) {
    decref(origin);
    const args = getAttrOrNull(p, "__args__");
    if (args !== null) {
      decref(args);
      return repr(p);
    }
  }
  const qualname = getAttrOrNull(p, "__qualname__");
  if (qualname === null) return repr(p);
  try {
    const module = getAttrOrNull(p, "__module__");
    if (module === null || module === S.None) {
      if (module !== null) decref(module);
      return repr(p);
    }
    try {
      const mod = str(module);
      return mod === "builtins" ? str(qualname) : `${mod}.${str(qualname)}`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

/** _is_param_expr: `...`, a list, or typing's ParamSpec or Concatenate[...]. */
function isParamExpr(p: HeapObject): boolean {
  if (p === S.Ellipsis || p.type === C.list) return true;
  const t = typeInfo(typeOf(p));
  return t.module === "typing" && (t.name === "ParamSpec" || t.name === "_ConcatenateGenericAlias");
}

function gaRepr(ga: HeapObject): string {
  const args = (ga.p1 as HeapObject).p0 as HeapObject[];
  const origin = ga.p0 as HeapObject;
  if (
    isSubtype(typeOf(origin), T.type) &&
    typeInfo(origin).module === "collections.abc" &&
    typeInfo(origin).qualname === "Callable" &&
    args.length > 0 &&
    !(args.length === 2 && isParamExpr(args[0]!))
  ) {
    // What _CallableGenericAlias shows: the argument types as a list.
    const params = args.slice(0, -1).map((a) => reprItem(a, false));
    return `collections.abc.Callable[[${params.join(", ")}], ${reprItem(args.at(-1)!, false)}]`;
  }
  const inner = args.length === 0 ? "()" : args.map((a) => reprItem(a, false)).join(", ");
  return `${reprItem(ga.p0 as HeapObject, false)}[${inner}]`;
}

function unionRepr(u: HeapObject): string {
  return unionArgs(u)!
    .map((a) => reprItem(a, true))
    .join(" | ");
}

/** is_unionable: None, a class, a GenericAlias or a union. */
function isUnionable(obj: HeapObject): boolean {
  return (
    obj === S.None ||
    isSubtype(typeOf(obj), T.type) ||
    obj.type === genericAliasContract ||
    obj.type === unionContract
  );
}

/** _Py_union_type_or: `a | b` of two unionable operands, or null (NotImplemented). */
function unionOr(a: HeapObject, b: HeapObject): HeapObject | null {
  if (!isUnionable(a) || !isUnionable(b)) return null;
  // dedup_and_flatten_args: unions opened, None as NoneType, repeats (equal aliases, the
  // same class) dropped.
  const out: HeapObject[] = [];
  for (const x of [a, b]) {
    for (const y of unionArgs(x) ?? [x]) {
      const arg = y === S.None ? T.NoneType! : y;
      const same = (z: HeapObject) =>
        z === arg ||
        (z.type === genericAliasContract && arg.type === genericAliasContract && pyEq(z, arg));
      if (!out.some(same)) out.push(arg);
    }
  }
  if (out.length === 1) return incRef(out[0]!);
  const u = heap.alloc(unionContract, newTuple(out.map(incRef)));
  heap.track(u);
  return u;
}

function refuseCheck(what: string): never {
  raise(T.TypeError, `${what}() argument 2 cannot be a parameterized generic`);
}

function installGenericAlias(): void {
  if (installed) return;
  installed = true;
  typeSubscript.alias = (key) => newGenericAlias(T.type, key);
  const ga = registerBuiltinType("types.GenericAlias", genericAliasContract);
  const un = registerBuiltinType("types.UnionType", unionContract);
  for (const [t, contract, name] of [
    [ga, genericAliasContract, "GenericAlias"],
    [un, unionContract, "UnionType"],
  ] as const) {
    contract.owner = t;
    const info = typeInfo(t);
    info.module = "types";
    info.qualname = name;
    info.name = `types.${name}`;
  }
  // GenericAlias(origin, args)
  nativeConstructors.set(ga, (_t, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      raise(T.TypeError, "GenericAlias() takes no keyword arguments");
    }
    if (args.length !== 2) {
      raise(T.TypeError, `GenericAlias expected 2 arguments, got ${args.length}`);
    }
    return newGenericAlias(args[0]!, args[1]!);
  });
  nativeRepr.set(genericAliasContract, gaRepr);
  nativeRepr.set(unionContract, unionRepr);
  nativeAttrs.set(
    genericAliasContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__origin__", (o) => incRef(o.p0 as HeapObject)],
      ["__args__", (o) => incRef(o.p1 as HeapObject)],
      ["__parameters__", () => incRef(S.emptyTuple)],
      ["__unpacked__", () => incRef(S.False)],
    ]),
  );
  nativeAttrs.set(
    unionContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__args__", (o) => incRef(o.p0 as HeapObject)],
      ["__parameters__", () => incRef(S.emptyTuple)],
    ]),
  );
  // ga_getattro: what the alias does not answer itself, its origin does.
  nativeGetattro.set(genericAliasContract, (o, name, swallow) => {
    if (OWN_ATTRIBUTES.has(name)) return undefined;
    const origin = o.p0 as HeapObject;
    return swallow ? getAttrOrNull(origin, name) : getAttr(origin, name);
  });
  // ga_call: the origin's instance, told its __orig_class__ where it can be.
  nativeCalls.set(genericAliasContract, (o, args, kwnames) => {
    const obj = callBorrowed(o.p0 as HeapObject, args, kwnames);
    for (const a of args) decref(a);
    return obj;
  });
  for (const name of ["__or__", "__ror__"]) {
    // type.__or__ / type.__ror__ (a metaclass's classes reach them by lookup).
    defineMethod(T.type, name, (args, _k, self) => {
      const [x, y] = name === "__or__" ? [self!, args[0]!] : [args[0]!, self!];
      return unionOr(x, y) ?? incRef(S.NotImplemented);
    });
  }
  defineMethod(ga, "__mro_entries__", (_args, _k, self) =>
    newTuple([incRef(self!.p0 as HeapObject)]),
  );
  defineMethod(ga, "__instancecheck__", () => refuseCheck("isinstance"));
  defineMethod(ga, "__subclasscheck__", () => refuseCheck("issubclass"));
  for (const t of [ga, un]) {
    defineMethod(
      t,
      "__or__",
      (args, _k, self) => unionOr(self!, args[0]!) ?? incRef(S.NotImplemented),
    );
    defineMethod(
      t,
      "__ror__",
      (args, _k, self) => unionOr(args[0]!, self!) ?? incRef(S.NotImplemented),
    );
  }
  // ga_hash / union_hash.
  // ga_hash: hash(origin) ^ hash(args), on the 64-bit values.
  defineMethod(ga, "__hash__", (_a, _k, self) => {
    const origin = BigInt(exactHash(self!.p0 as HeapObject));
    const h = BigInt.asIntN(64, origin ^ BigInt(exactHash(self!.p1 as HeapObject)));
    return newInt(h === -1n ? -2n : h);
  });
  // union_hash: the hash of frozenset(args).
  defineMethod(un, "__hash__", (_a, _k, self) => {
    const args = newSet(unionArgs(self!)!.map(incRef), true);
    try {
      return newInt(exactHash(args));
    } finally {
      decref(args);
    }
  });
  // ga_richcompare / union_richcompare: == and != only.
  const cmp = nativeCompare.cmp;
  nativeCompare.cmp = (a, b, op) => {
    const kind = a.type === genericAliasContract || a.type === unionContract ? a.type : null;
    if (kind === null || b.type !== kind || (op !== "==" && op !== "!=")) return cmp(a, b, op);
    let eq: boolean;
    if (kind === genericAliasContract) {
      eq =
        compareBool(a.p0 as HeapObject, b.p0 as HeapObject, "==") &&
        compareBool(a.p1 as HeapObject, b.p1 as HeapObject, "==");
    } else {
      const x = unionArgs(a)!;
      const y = unionArgs(b)!;
      eq = x.every((p) => y.some((q) => pyEq(p, q))) && y.every((q) => x.some((p) => pyEq(p, q)));
    }
    return op === "==" ? eq : !eq;
  };
  // `int | None`, `list[int] | None`: the `|` of a type, an alias or a union makes one
  // (None has no `|` of its own: None | None is a TypeError).
  const op = nativeBinary.op;
  nativeBinary.op = (a, b, o) => {
    if (o === "|" && a.type !== C.int && b.type !== C.int && (a !== S.None || b !== S.None)) {
      const u = unionOr(a, b);
      if (u !== null) return u;
    }
    return op(a, b, o);
  };
}

/** Types for the types module (made on first use). */
export function genericAliasTypes(): { GenericAlias: HeapObject; UnionType: HeapObject } {
  installGenericAlias();
  return {
    GenericAlias: genericAliasContract.owner as HeapObject,
    UnionType: unionContract.owner as HeapObject,
  };
}
