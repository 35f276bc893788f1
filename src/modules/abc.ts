/**
 * The `abc` module (CPython Lib/abc.py) over its accelerator `_abc` (Modules/_abc.c).
 *
 * `_abc` is native here as in CPython, so ABC checks add no frames: each ABC's class
 * holds an `_abc._abc_data` (`_abc_impl`) with three sets of weak references — the
 * registry, the positive cache and the negative cache — whose members drop out through a
 * callback when the class they refer to dies, so neither registering nor checking keeps a
 * class alive. A module-wide counter, bumped by every register(), invalidates the negative
 * caches (get_cache_token). `_abc_init` computes `__abstractmethods__` (whose truth is the
 * type's Py_TPFLAGS_IS_ABSTRACT: object.__new__ refuses such a class) and takes
 * `__abc_tpflags__` (collections.abc's Sequence and Mapping, for match statements).
 *
 * `abc` is module source whose statements sit on abc.py's lines, so its frames read as
 * CPython's (`<frozen abc>`, line 123, in __subclasscheck__).
 *
 * NOT-CPYTHON: the classes and functions of `abc` carry no docstrings. pygc cannot
 * subclass classmethod, staticmethod or property yet, so the deprecated
 * abstractclassmethod, abstractstaticmethod and abstractproperty are descriptors written
 * here that bind as those do (isinstance(x, classmethod) is false for them).
 */
import { type HeapObject, ObjectType, TypeFlag } from "../engine/index.js";
import {
  callMethod,
  contains,
  delAttr,
  getAttr,
  getAttrOrNull,
  getIter,
  incRef,
  isStr,
  iterNext,
  setAttr,
  toArray,
  truthy,
} from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { newBool, newBuiltin, newInt, newTuple, none } from "../runtime/objects.js";
import { emptySet, setAdd, setClear, setDiscard, setMembers } from "../runtime/set.js";
import {
  isSubtype,
  liveSubclasses,
  PATMA_MAPPING,
  PATMA_SEQUENCE,
  typeInfo,
  typeName,
  typeOf,
} from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { installWeakrefTypes, newRef, referent } from "../runtime/weakrefobject.js";
import { issubclassCheck } from "./builtins.js";
import { runLibrarySource } from "./library.js";
import { installNativeType } from "./nativetype.js";
import { declareModule } from "./registry.js";
import { defineFunction, exactly } from "./support.js";

/** _abc_data's fields: the three weak sets (null until first used) and the cache version. */
class AbcData {
  registry: HeapObject | null = null;
  cache: HeapObject | null = null;
  negative: HeapObject | null = null;
  negativeVersion: number;
  constructor(version: number) {
    this.negativeVersion = version;
  }
}

/** abc_invalidation_counter */
const state = { counter: 0, dataType: null as HeapObject | null };

const dataOf = (o: HeapObject) => o.p0 as AbcData;

/** _abc._abc_data: p0 the AbcData. */
const abcDataContract = new ObjectType({
  name: "_abc._abc_data",
  gc: true,
  basicSize: 64, // with the GC header
  traverse: (o, visit) => {
    const d = dataOf(o);
    if (d.registry !== null) visit(d.registry);
    if (d.cache !== null) visit(d.cache);
    if (d.negative !== null) visit(d.negative);
    visit(o.type.owner as HeapObject);
  },
  clear: (o) => releaseData(dataOf(o)),
  dealloc: (o) => {
    releaseData(dataOf(o));
    decref(o.type.owner as HeapObject);
    return undefined;
  },
});

function releaseData(d: AbcData): void {
  const sets = [d.registry, d.cache, d.negative];
  d.registry = d.cache = d.negative = null;
  for (const s of sets) if (s !== null) decref(s);
}

function newAbcData(): HeapObject {
  const t = state.dataType!;
  incref(t);
  const o = heap.alloc(abcDataContract, new AbcData(state.counter), null, null);
  heap.track(o);
  return o;
}

/** _get_impl: the class's `_abc_impl` (a new reference), which must be an _abc_data. */
function getImpl(self: HeapObject): HeapObject {
  const impl = getAttr(self, "_abc_impl");
  if (impl.type !== abcDataContract) {
    decref(impl);
    raise(T.TypeError, "_abc_impl is set to a wrong type");
  }
  return impl;
}

/** _in_weak_set: whether a weak reference to `obj` is in `set` (unreferenceable: no). */
function inWeakSet(set: HeapObject | null, obj: HeapObject): boolean {
  if (set === null || (set.p0 as DictStore).size === 0) return false;
  if ((obj.type.flags & TypeFlag.Weakrefable) === 0) return false;
  const ref = newRef(obj, null);
  try {
    return contains(set, ref);
  } finally {
    decref(ref);
  }
}

type SetField = "registry" | "cache" | "negative";

/**
 * _add_to_weak_set: a weak reference to `obj` into the set (made on first use), whose
 * callback — `_destroy` bound to a weak reference to the set — removes it again.
 */
function addToWeakSet(d: AbcData, field: SetField, obj: HeapObject): void {
  d[field] ??= emptySet();
  const set = d[field]!;
  const setRef = newRef(set, null);
  const destroy = newBuiltin("_destroy", destroyEntry, setRef);
  decref(setRef);
  try {
    const ref = newRef(obj, destroy);
    try {
      setAdd(set, ref);
    } finally {
      decref(ref);
    }
  } finally {
    decref(destroy);
  }
}

/** _destroy(setweakref, objweakref): the dead class's entry leaves the set, if alive. */
function destroyEntry(args: HeapObject[], _kw: string[] | null, self: HeapObject | null) {
  const set = referent(self!);
  if (set !== null) {
    incref(set);
    try {
      setDiscard(set, args[0]!);
    } finally {
      decref(set);
    }
  }
  return none();
}

/** _PyObject_IsAbstract: getattr(obj, '__isabstractmethod__', False), as a truth. */
function isAbstract(obj: HeapObject): boolean {
  const v = getAttrOrNull(obj, "__isabstractmethod__");
  if (v === null) return false;
  try {
    return truthy(v);
  } finally {
    decref(v);
  }
}

/** compute_abstract_methods: the class's abstract names, its own and those it inherits. */
function computeAbstractMethods(self: HeapObject): void {
  const abstracts = emptySet(true);
  try {
    const ns = getAttr(self, "__dict__");
    let items: HeapObject[];
    try {
      const view = callMethod(ns, "items");
      try {
        items = toArray(view);
      } finally {
        decref(view);
      }
    } finally {
      decref(ns);
    }
    try {
      for (const item of items) {
        if (item.type !== C.tuple && item.type !== C.list)
          raise(T.TypeError, "items() returned item which is not a tuple");
        const [key, value] = item.p0 as HeapObject[];
        if (isAbstract(value!)) setAdd(abstracts, key!);
      }
    } finally {
      for (const x of items) decref(x);
    }
    const bases = getAttr(self, "__bases__");
    try {
      if (bases.type !== C.tuple) raise(T.TypeError, "__bases__ is not tuple");
      for (const base of bases.p0 as HeapObject[]) {
        const inherited = getAttrOrNull(base, "__abstractmethods__");
        if (inherited === null) continue;
        try {
          addStillAbstract(self, inherited, abstracts);
        } finally {
          decref(inherited);
        }
      }
    } finally {
      decref(bases);
    }
    setAttr(self, "__abstractmethods__", abstracts);
  } finally {
    decref(abstracts);
  }
}

/** The names of `inherited` whose value on `self` is still abstract, into `abstracts`. */
function addStillAbstract(self: HeapObject, inherited: HeapObject, abstracts: HeapObject): void {
  const it = getIter(inherited);
  try {
    for (let key = iterNext(it); key !== null; key = iterNext(it)) {
      try {
        if (!isStr(key))
          raise(T.TypeError, `attribute name must be string, not '${typeName(key)}'`);
        const value = getAttrOrNull(self, key.p0 as string);
        if (value === null) continue;
        try {
          if (isAbstract(value)) setAdd(abstracts, key);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** _abc_init(cls): __abstractmethods__, the _abc_impl, and the __abc_tpflags__ bits. */
function abcInit(self: HeapObject): void {
  computeAbstractMethods(self);
  const data = newAbcData();
  try {
    setAttr(self, "_abc_impl", data);
  } finally {
    decref(data);
  }
  if (!isSubtype(typeOf(self), T.type)) return;
  const flags = typeInfo(self).dict.get("__abc_tpflags__");
  if (flags === undefined) return;
  if (flags.type === C.int) {
    const info = typeInfo(self);
    info.collectionFlags = Number(flags.p0) & (PATMA_SEQUENCE | PATMA_MAPPING);
  }
  delAttr(self, "__abc_tpflags__");
}

/** set_collection_flag_recursive: a registered class (and its subclasses) takes the flag. */
function setCollectionFlag(child: HeapObject, flag: number): void {
  const info = typeInfo(child);
  if (!info.heapType || info.collectionFlags === flag) return;
  info.collectionFlags = flag;
  for (const sub of liveSubclasses(child)) setCollectionFlag(sub, flag);
}

/** _abc_register(cls, subclass) */
function abcRegister(self: HeapObject, subclass: HeapObject): HeapObject {
  if (!isSubtype(typeOf(subclass), T.type)) raise(T.TypeError, "Can only register classes");
  if (issubclassCheck(subclass, self)) return incRef(subclass); // already a subclass
  // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow
  // X.register(X) and interpret it as a no-op.
  if (issubclassCheck(self, subclass))
    raise(T.RuntimeError, "Refusing to create an inheritance cycle");
  const impl = getImpl(self);
  try {
    addToWeakSet(dataOf(impl), "registry", subclass);
  } finally {
    decref(impl);
  }
  state.counter++; // invalidates the negative caches
  if (isSubtype(typeOf(self), T.type)) {
    const flag = typeInfo(self).collectionFlags & (PATMA_SEQUENCE | PATMA_MAPPING);
    if (flag !== 0) setCollectionFlag(subclass, flag);
  }
  return incRef(subclass);
}

/** Call cls.<name>(arg): a new reference. */
function callOn(cls: HeapObject, name: string, arg: HeapObject): HeapObject {
  return callMethod(cls, name, [arg]);
}

/** _abc_instancecheck(cls, instance) */
function abcInstancecheck(self: HeapObject, instance: HeapObject): HeapObject {
  const impl = getImpl(self);
  try {
    const subclass = getAttr(instance, "__class__");
    try {
      const d = dataOf(impl);
      if (inWeakSet(d.cache, subclass)) return incRef(S.True);
      const subtype = typeOf(instance);
      if (subtype === subclass) {
        if (d.negativeVersion === state.counter && inWeakSet(d.negative, subclass))
          return incRef(S.False);
        return callOn(self, "__subclasscheck__", subclass);
      }
      const r = callOn(self, "__subclasscheck__", subclass);
      let yes: boolean;
      try {
        yes = truthy(r);
      } catch (e) {
        decref(r);
        throw e;
      }
      if (yes) return r;
      decref(r);
      return callOn(self, "__subclasscheck__", subtype);
    } finally {
      decref(subclass);
    }
  } finally {
    decref(impl);
  }
}

/** _abc_subclasscheck(cls, subclass) */
function abcSubclasscheck(self: HeapObject, subclass: HeapObject): HeapObject {
  if (!isSubtype(typeOf(subclass), T.type))
    raise(T.TypeError, "issubclass() arg 1 must be a class");
  const impl = getImpl(self);
  try {
    return newBool(subclassCheck(self, dataOf(impl), subclass));
  } finally {
    decref(impl);
  }
}

function subclassCheck(self: HeapObject, d: AbcData, subclass: HeapObject): boolean {
  // 1. The positive cache.
  if (inWeakSet(d.cache, subclass)) return true;
  // 2. The negative cache, emptied first when a register() has happened since.
  if (d.negativeVersion < state.counter) {
    if (d.negative !== null) setClear(d.negative);
    d.negativeVersion = state.counter;
  } else if (inWeakSet(d.negative, subclass)) return false;
  // 3. The subclass hook.
  const ok = callOn(self, "__subclasshook__", subclass);
  decref(ok);
  if (ok === S.True || ok === S.False) {
    addToWeakSet(d, ok === S.True ? "cache" : "negative", subclass);
    return ok === S.True;
  }
  if (ok !== S.NotImplemented)
    raise(T.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
  // 4. A direct subclass.
  if (typeInfo(subclass).mro.includes(self)) {
    addToWeakSet(d, "cache", subclass);
    return true;
  }
  // 5. A subclass of a registered class (recursive); a registered class itself needs no
  // cache entry.
  if (inWeakSet(d.registry, subclass)) return true;
  if (d.registry !== null) {
    const refs = setMembers(d.registry).slice();
    for (const r of refs) incref(r);
    try {
      for (const r of refs) {
        const key = referent(r);
        if (key === null) continue;
        incref(key);
        let yes: boolean;
        try {
          yes = issubclassCheck(subclass, key);
        } finally {
          decref(key);
        }
        if (yes) {
          addToWeakSet(d, "cache", subclass);
          return true;
        }
      }
    } finally {
      for (const r of refs) decref(r);
    }
  }
  // 6. A subclass of a subclass (recursive).
  const subclasses = callMethod(self, "__subclasses__");
  try {
    if (subclasses.type !== C.list) raise(T.TypeError, "__subclasses__() must return a list");
    for (const scls of (subclasses.p0 as HeapObject[]).slice()) {
      if (issubclassCheck(subclass, scls)) {
        addToWeakSet(d, "cache", subclass);
        return true;
      }
    }
  } finally {
    decref(subclasses);
  }
  // No dice: the negative cache.
  addToWeakSet(d, "negative", subclass);
  return false;
}

/** A new set holding what `set` holds (an empty one for null). */
function copySet(set: HeapObject | null): HeapObject {
  const copy = emptySet();
  if (set !== null) for (const x of setMembers(set).slice()) setAdd(copy, x);
  return copy;
}

function twoArgs(name: string, args: HeapObject[], kw: string[] | null): void {
  exactly(name, args, 2, kw);
}

function defineAbcNatives(m: DictStore): void {
  installWeakrefTypes();
  state.dataType ??= installNativeType({
    module: "_abc",
    qualname: "_abc_data",
    contract: abcDataContract,
    construct: () => newAbcData(),
    fromSpec: true,
  });
  defineFunction(m, "get_cache_token", (args, kw) => {
    exactly("get_cache_token", args, 0, kw);
    return newInt(state.counter);
  });
  defineFunction(m, "_abc_init", (args, kw) => {
    exactly("_abc_init", args, 1, kw);
    abcInit(args[0]!);
    return none();
  });
  defineFunction(m, "_abc_register", (args, kw) => {
    twoArgs("_abc_register", args, kw);
    return abcRegister(args[0]!, args[1]!);
  });
  defineFunction(m, "_abc_instancecheck", (args, kw) => {
    twoArgs("_abc_instancecheck", args, kw);
    return abcInstancecheck(args[0]!, args[1]!);
  });
  defineFunction(m, "_abc_subclasscheck", (args, kw) => {
    twoArgs("_abc_subclasscheck", args, kw);
    return abcSubclasscheck(args[0]!, args[1]!);
  });
  defineFunction(m, "_get_dump", (args, kw) => {
    exactly("_get_dump", args, 1, kw);
    const impl = getImpl(args[0]!);
    try {
      const d = dataOf(impl);
      return newTuple([
        copySet(d.registry),
        copySet(d.cache),
        copySet(d.negative),
        newInt(d.negativeVersion),
      ]);
    } finally {
      decref(impl);
    }
  });
  for (const [name, fields] of [
    ["_reset_registry", ["registry"]],
    ["_reset_caches", ["cache", "negative"]],
  ] as const) {
    defineFunction(m, name, (args, kw) => {
      exactly(name, args, 1, kw);
      const impl = getImpl(args[0]!);
      try {
        for (const f of fields) {
          const set = dataOf(impl)[f];
          if (set !== null) setClear(set);
        }
      } finally {
        decref(impl);
      }
      return none();
    });
  }
}

const ABC_LIBRARY = (): string =>
  `
from _abc import (get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
                  _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches)
from types import MethodType as _MethodType

# Statements sit on the lines CPython's abc.py has them on, for tracebacks.
















def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The three deprecated decorators below stand for classmethod, staticmethod and property
# subclasses (pygc cannot subclass those yet): the same binding, always abstract.

class abstractclassmethod:
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = self.__wrapped__ = callable

    def __get__(self, obj, cls=None):
        return _MethodType(self.__func__, type(obj) if cls is None else cls)


class abstractstaticmethod:
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = self.__wrapped__ = callable

    def __get__(self, obj, cls=None):
        return self.__func__

    def __call__(self, *args, **kwargs):
        return self.__func__(*args, **kwargs)


class abstractproperty:
    __isabstractmethod__ = True

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None or fget is None else fget.__doc__
        self._name = ''

    def __set_name__(self, owner, name):
        self._name = name

    def _missing(self, what, obj):
        name = f' {self._name!r}' if self._name else ''
        return AttributeError(f"property{name} of {type(obj).__name__!r} object has no {what}")

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        if self.fget is None:
            raise self._missing('getter', obj)
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise self._missing('setter', obj)
        self.fset(obj, value)

    def __delete__(self, obj):
        if self.fdel is None:
            raise self._missing('deleter', obj)
        self.fdel(obj)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)







class ABCMeta(type):

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls





    def register(cls, subclass):
        return _abc_register(cls, subclass)


    def __instancecheck__(cls, instance):
        return _abc_instancecheck(cls, instance)


    def __subclasscheck__(cls, subclass):
        return _abc_subclasscheck(cls, subclass)


    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative!r}", file=file)
        print(f"_abc_negative_cache_version: {version!r}", file=file)




    def _abc_registry_clear(cls):
        _reset_registry(cls)


    def _abc_caches_clear(cls):
        _reset_caches(cls)

















def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        # not an ABC


        return cls
    # Inherited names stay abstract while the class does not implement them.
    abstracts = set()


    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(name)
    # The class's own abstract names.
    for name, value in cls.__dict__.items():
        if getattr(value, '__isabstractmethod__', False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):



    __slots__ = ()
`;

declareModule("_abc", (m) => defineAbcNatives(m));

declareModule("abc", (m, module) => {
  runLibrarySource(module, m, ABC_LIBRARY(), "<frozen abc>");
});
