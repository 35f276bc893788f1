/**
 * The abstract object protocol (CPython Objects/abstract.c, object.c): attribute access,
 * calls, repr/str, hashing, comparison, arithmetic, truth, iteration and subscription for
 * any object. Builtin kinds are handled natively on fast paths; everything else goes
 * through the type's namespace (`__add__`, `__getitem__`, …) as CPython's slot wrappers do.
 *
 * Reference conventions (CPython's): functions returning a HeapObject return a NEW
 * reference; arguments are borrowed, except `call`'s `args`, which the callee consumes.
 */
import { type HeapObject, TypeFlag } from "../engine/index.js";
import { MAX_ITEMS, memoryError } from "./accounting.js";
import type { DictStore } from "./dictstore.js";
import { PyRaise, raise } from "./errors.js";
import { layoutMember, setLayoutMember } from "./excmembers.js";
import { floatRepr, formatFloat } from "./format.js";
import {
  classmethodContract,
  getsetContract,
  memberContract,
  NativeAccessor,
  propertyNames,
  rangeContract,
  staticmethodContract,
} from "./function.js";
import { decref, incref, xdecref } from "./heapref.js";
import {
  attrsOf,
  EXTRA_ATTRS,
  ExcState,
  excState,
  instanceDict,
  setInstanceDict,
} from "./instance.js";
import {
  builtinContract,
  cellContract,
  intContract,
  internStr,
  listContract,
  methodContract,
  methodDescriptorContract,
  methodWrapperContract,
  type NativeFunction,
  newBool,
  newFloat,
  newInt,
  newMethod,
  newMethodWrapper,
  newStr,
  newTuple,
  tupleContract,
  wrapperDescriptorContract,
} from "./objects.js";
import { rangeHashItems, rangeLengthExact } from "./range.js";
import { enterRecursiveCall, leaveRecursiveCall } from "./recursion.js";
import { frozensetContract, setContract } from "./set.js";
import { signedOfHalves, strObjectHalves } from "./strhash.js";
import { superContract, superLookup } from "./super.js";
import { signedHash, tupleHash, tupleHashNumber, tupleHashOfHashes } from "./tuplehash.js";
import {
  decrefHeapType,
  increfHeapType,
  isSubtype,
  lookup,
  lookupEpoch,
  lookupSlot,
  type TypeInfo,
  typeInfo,
  typeName,
  typeOf,
} from "./typeobject.js";
import { C, S, T } from "./types.js";

// ---------------------------------------------------------------- calls

export interface CodeLike {
  /** Run a Python function; consumes `args`, borrows `func` (its frame takes a reference). */
  invoke(func: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject;
  /** invoke with `func` owned: the frame takes the caller's reference (CALL). */
  invokeOwned(func: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject;
  /**
   * invokeOwned on `self` followed by `args`, both borrowed (the frame takes references of
   * its own), no keywords: slot_tp_init's call of a Python __init__.
   */
  invokeOnSelf(func: HeapObject, self: HeapObject, args: HeapObject[]): HeapObject;
}

export interface FunctionData {
  code: CodeLike & { name: string; qualname: string };
  /** func_code: the code object of `code` (a strong reference, as CPython's). */
  codeObject: HeapObject;
  globals: HeapObject;
  /** func_builtins: the builtins module's dict (a strong reference, new in 3.11). */
  builtins: HeapObject;
  defaults: HeapObject | null;
  kwdefaults: HeapObject | null;
  closure: HeapObject | null;
  name: HeapObject;
  qualname: HeapObject;
  module: HeapObject;
  doc: HeapObject;
  dict: HeapObject | null;
  /**
   * func_annotations: null (none yet), the tuple MAKE_FUNCTION gave (name, value, name,
   * value, …), or the dict that tuple became when first asked for.
   */
  annotations: HeapObject | null;
}

/** tp_call of builtin types defined above the runtime (functools.partial, …): consumes args. */
export const nativeCalls = new Map<
  unknown,
  (callable: HeapObject, args: HeapObject[], kwnames: string[] | null) => HeapObject
>();

/** Call `callable` with `args` (consumed) and keyword names for the last len(kwnames). */
export function call(
  callable: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null = null,
): HeapObject {
  const contract = callable.type;
  if (contract === C.function) {
    return (callable.p0 as FunctionData).code.invoke(callable, args, kwnames);
  }
  // A class whose metaclass is type itself: type.__call__ (no metaclass __call__ to find).
  if (contract === (T.type as HeapObject).type) return typeCall(callable, args, kwnames);
  if (contract === methodContract) {
    incref(callable.p1);
    args.unshift(callable.p1);
    return call(callable.p0, args, kwnames);
  }
  if (contract === builtinContract) {
    try {
      return (callable.p0 as NativeFunction)(args, kwnames, callable.p2);
    } finally {
      for (let i = 0; i < args.length; i++) decref(args[i]!);
    }
  }
  if (contract === methodWrapperContract) {
    try {
      return (callable.p0.p0 as NativeFunction)(args, kwnames, callable.p1);
    } finally {
      for (let i = 0; i < args.length; i++) decref(args[i]!);
    }
  }
  if (contract === wrapperDescriptorContract) return callSlotWrapper(callable, args, kwnames);
  if (contract === methodDescriptorContract) {
    if (args.length === 0) {
      raise(
        T.TypeError,
        `unbound method ${typeInfo(callable.p2).name}.${callable.p1}() needs an argument`,
      );
    }
    const self = args[0]!;
    if (!isSubtype(typeOf(self), callable.p2)) {
      const msg = `descriptor '${callable.p1}' for '${typeInfo(callable.p2).name}' objects doesn't apply to a '${typeName(self)}' object`;
      for (const a of args) decref(a);
      raise(T.TypeError, msg);
    }
    try {
      return (callable.p0 as NativeFunction)(args.slice(1), kwnames, self);
    } finally {
      for (let i = 0; i < args.length; i++) decref(args[i]!);
    }
  }
  const native = nativeCalls.get(contract);
  if (native !== undefined) return native(callable, args, kwnames);
  const type = typeOf(callable);
  if (contract === typeOf(T.type).type || isSubtype(type, T.type)) {
    // A metaclass's own __call__ (slot_tp_call) wraps type.__call__.
    if ((type.p0 as TypeInfo).heapType) {
      const metaCall = lookupSlot(type, "__call__");
      if (metaCall !== null && metaCall !== typeCallSlot.descr) {
        if (!isPlainMethod(metaCall)) {
          // lookup_maybe_method: anything else is bound by its __get__, if it has one
          // (`__call__ = dict` is called as it is).
          const bound = descrGet(metaCall, callable, type);
          try {
            return call(bound, args, kwnames);
          } finally {
            decref(bound);
          }
        }
        incref(metaCall);
        incref(callable);
        args.unshift(callable);
        try {
          return call(metaCall, args, kwnames);
        } finally {
          decref(metaCall);
        }
      }
    }
    return typeCall(callable, args, kwnames);
  }
  const dunder = lookupSlot(type, "__call__");
  if (dunder === null) {
    for (const a of args) decref(a);
    raise(T.TypeError, `'${typeInfo(type).name}' object is not callable`);
  }
  // slot_tp_call through _PyObject_MakeTpCall: the arguments sit in a tuple for the call
  // (one more reference each), and __call__ gets its own references to self and them.
  // With keywords, _PyObject_Call_Prepend's call unpacks the kwargs dict onto a new stack
  // holding self and every argument once more (_PyStack_UnpackDict).
  const unpacked = kwnames !== null && kwnames.length > 0;
  incref(dunder);
  for (const a of args) incref(a);
  if (unpacked) {
    callable.refcnt++;
    for (const a of args) a.refcnt++;
  }
  try {
    return callBorrowed(dunder, [callable, ...args], kwnames);
  } finally {
    if (unpacked) {
      for (const a of args) decref(a);
      decref(callable);
    }
    for (let i = args.length - 1; i >= 0; i--) decref(args[i]!);
    for (const a of args) decref(a);
    decref(dunder);
  }
}

/**
 * A call made by Python code (3.11's CALL): `callable` is owned, and consumed. A Python
 * function's frame takes that reference (f_func) where call(), which borrows the callable
 * as C callers do, has the frame take one of its own: during the call the function's
 * refcount is one lower here than under map() or a slot call, as in CPython.
 */
export function callOwned(
  callable: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null = null,
): HeapObject {
  if (callable.type === C.function) {
    return (callable.p0 as FunctionData).code.invokeOwned(callable, args, kwnames);
  }
  try {
    return call(callable, args, kwnames);
  } finally {
    decref(callable);
  }
}

/** `self`, then `args`, into `out` from slot 0, each with a new reference (the callee's). */
export function storeSelfAndArgs(
  out: (HeapObject | null)[],
  self: HeapObject,
  args: readonly HeapObject[],
): void {
  self.refcnt++;
  out[0] = self;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    a.refcnt++;
    out[i + 1] = a;
  }
}

/** Call with borrowed arguments (a callee that keeps them takes its own references). */
export function callBorrowed(
  callable: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null = null,
): HeapObject {
  // A builtin takes them as they are, as C code's vectorcall passes them (a __repr__ that
  // map(repr, …) reaches sees no reference of the call's own); anything else gets its own
  // references (a Python function's frame takes them).
  if (callable.type === builtinContract) {
    return (callable.p0 as NativeFunction)(args, kwnames, callable.p2);
  }
  for (const a of args) incref(a);
  return call(callable, args, kwnames);
}

/** type.__call__, once installed (a metaclass that keeps it calls classes natively). */
export const typeCallSlot = { descr: null as HeapObject | null };

export const typeCallHook = {
  /** type_call: set by the bootstrap (it needs the class machinery). */
  call: null as unknown as (
    type: HeapObject,
    args: HeapObject[],
    kwnames: string[] | null,
  ) => HeapObject,
};

/** wrapperdescr_call: the first argument is self, an instance of the slot's type. */
function callSlotWrapper(
  descr: HeapObject,
  args: HeapObject[],
  kwnames: string[] | null,
): HeapObject {
  const owner = typeInfo(descr.p2).name;
  let msg: string | null = null;
  if (args.length === 0) msg = `descriptor '${descr.p1}' of '${owner}' object needs an argument`;
  else if (!isSubtype(typeOf(args[0]!), descr.p2)) {
    msg = `descriptor '${descr.p1}' requires a '${owner}' object but received a '${typeName(args[0]!)}'`;
  }
  try {
    if (msg !== null) raise(T.TypeError, msg);
    return (descr.p0 as NativeFunction)(args.slice(1), kwnames, args[0]!);
  } finally {
    for (let i = 0; i < args.length; i++) decref(args[i]!);
  }
}

function typeCall(type: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
  return typeCallHook.call(type, args, kwnames);
}

export function callable(obj: HeapObject): boolean {
  const c = obj.type;
  if (
    c === C.function ||
    c === methodContract ||
    c === builtinContract ||
    c === methodDescriptorContract ||
    c === wrapperDescriptorContract ||
    c === methodWrapperContract
  )
    return true;
  const type = typeOf(obj);
  // (a type whose tp_call is native: partial, lru_cache wrappers, list[int]…)
  if (nativeCalls.has(c)) return true;
  return isSubtype(type, T.type) || lookupSlot(type, "__call__") !== null;
}

/** Call a method by name with borrowed args: obj.name(*args). */
export function callMethod(obj: HeapObject, name: string, args: HeapObject[] = []): HeapObject {
  // _PyObject_GetMethod: under the generic attribute lookup, a Python function or a
  // builtin method descriptor found on the class and not shadowed by the instance dict is
  // called unbound, with obj first, as PyObject_CallMethod* do: no bound method holds obj
  // during the call (sys.getrefcount(self) in it is one less than through getattr).
  const type = typeOf(obj);
  const tinfo = type.p0 as TypeInfo;
  if (
    obj.type !== C.module &&
    obj.type !== superContract &&
    (obj.type.flags & TypeFlag.WeakProxy) === 0 &&
    !nativeGetattro.has(obj.type) &&
    nativeAttrs.get(obj.type)?.has(name) !== true &&
    !isSubtype(type, T.type) &&
    (!tinfo.heapType ||
      (getattributeOverride(type) === null && lookup(type, "__getattr__") === null))
  ) {
    const descr = lookup(type, name);
    if (descr !== null && (descr.type === C.function || descr.type === methodDescriptorContract)) {
      const attrs = tinfo.hasDict ? attrsOf(obj) : null;
      if (attrs === null || attrs.getStr(name) === undefined) {
        return callBorrowed(descr, [obj, ...args]);
      }
    }
  }
  const m = getAttr(obj, name);
  try {
    return callBorrowed(m, args);
  } finally {
    decref(m);
  }
}

/** Look a special method up on the type and call it with self (borrowed args), or null. */
export function callSpecial(
  obj: HeapObject,
  name: string,
  args: HeapObject[] = [],
): HeapObject | null {
  const f = lookupSlot(typeOf(obj), name);
  return f === null ? null : callLookedUp(obj, f, args);
}

/** callSpecial with the special method `f` already looked up on obj's type. */
function callLookedUp(obj: HeapObject, f: HeapObject, args: HeapObject[]): HeapObject {
  incref(f);
  try {
    if (isPlainMethod(f)) return callBorrowed(f, [obj, ...args]);
    const bound = descrGet(f, obj, typeOf(obj));
    try {
      return callBorrowed(bound, args);
    } finally {
      decref(bound);
    }
  } finally {
    decref(f);
  }
}

/**
 * _PyObject_LookupSpecial then call: the special method is found on the type and bound
 * to `obj` (a bound method holding obj, as CPython allocates it), then called with
 * borrowed `args`; null when the type has no such method.
 */
export function callSpecialBound(
  obj: HeapObject,
  name: string,
  args: HeapObject[] = [],
): HeapObject | null {
  const f = lookup(typeOf(obj), name);
  if (f === null) return null;
  incref(f);
  let bound: HeapObject;
  try {
    bound = descrGet(f, obj, typeOf(obj));
  } finally {
    decref(f);
  }
  try {
    return callBorrowed(bound, args);
  } finally {
    decref(bound);
  }
}

// ---------------------------------------------------------------- attributes

/** tp_descr_get for the descriptor kinds the runtime knows; a new reference. */
export function descrGet(descr: HeapObject, obj: HeapObject | null, type: HeapObject): HeapObject {
  const c = descr.type;
  if (c === C.function) {
    if (obj === null) return incRef(descr);
    return newMethod(descr, obj);
  }
  if (c === methodDescriptorContract) {
    if (obj === null) return incRef(descr);
    incref(obj);
    return bindBuiltin(descr, obj);
  }
  if (c === wrapperDescriptorContract) {
    return obj === null ? incRef(descr) : newMethodWrapper(descr, obj);
  }
  if (c === getsetContract) return obj === null ? incRef(descr) : getsetGet(descr, obj);
  if (c === memberContract) return obj === null ? incRef(descr) : memberGet(descr, obj);
  const dt = typeOf(descr);
  if (dt === T.classmethod) return newMethod(descr.p0, type);
  if (dt === T.staticmethod) return incRef(descr.p0);
  if (dt === T.property) {
    if (obj === null) return incRef(descr);
    const fget = descr.p0 as HeapObject | null;
    if (fget === null || fget === S.None) propertyMissing(descr, obj, "getter");
    return callBorrowed(fget, [obj]);
  }
  const get = lookupSlot(dt, "__get__");
  if (get !== null) {
    // _PyObject_GenericGetAttrWithDict holds the descriptor while __get__ runs.
    incref(descr);
    try {
      return callBorrowed(get, [descr, obj ?? S.None, type]);
    } finally {
      decref(descr);
    }
  }
  return incRef(descr);
}

export const builtinBinder = {
  bind: null as unknown as (descr: HeapObject, self: HeapObject) => HeapObject,
};

/**
 * A function, method descriptor or slot wrapper: what binding to an object only prepends
 * it to the arguments, so a caller may pass self instead of binding.
 */
export function isPlainMethod(f: HeapObject): boolean {
  const c = f.type;
  return c === C.function || c === methodDescriptorContract || c === wrapperDescriptorContract;
}

function bindBuiltin(descr: HeapObject, self: HeapObject): HeapObject {
  const b = builtinBinder.bind(descr, self);
  decref(self);
  return b;
}

function isDataDescriptor(descr: HeapObject): boolean {
  if (descr.type === getsetContract || descr.type === memberContract) return true;
  const dt = typeOf(descr);
  if (dt === T.property) return true;
  if (isPlainMethod(descr)) return false;
  return lookupSlot(dt, "__set__") !== null || lookupSlot(dt, "__delete__") !== null;
}

/** member_get: the slot's value (AttributeError while it is empty) or the item. */
export function memberGet(descr: HeapObject, obj: HeapObject): HeapObject {
  checkDescrOwner(descr, obj);
  if (descr.p2 instanceof NativeAccessor) return descr.p2.get(obj);
  const i = descr.p2 as number;
  if (i < 0) return incRef((obj.p0 as HeapObject[])[-1 - i]!);
  const v = slotsOf(obj)[i] ?? null;
  if (v === null) {
    raise(T.AttributeError, `'${typeName(obj)}' object has no attribute '${descr.p1 as string}'`);
  }
  return incRef(v);
}

/** member_set: `value` (borrowed) into the slot, or null to empty it (del). */
export function memberSet(descr: HeapObject, obj: HeapObject, value: HeapObject | null): void {
  checkDescrOwner(descr, obj);
  if (descr.p2 instanceof NativeAccessor) {
    // (deleting a writable one: genericDelAttr's own paths, as before it had descriptors)
    if (descr.p2.set === null || value === null) raise(T.AttributeError, "readonly attribute");
    descr.p2.set(obj, value);
    return;
  }
  const i = descr.p2 as number;
  if (i < 0) raise(T.AttributeError, "readonly attribute");
  const slots = slotsOf(obj);
  const old = slots[i] ?? null;
  if (value === null) {
    if (old === null) raise(T.AttributeError, descr.p1 as string);
    slots[i] = null;
    decref(old);
    return;
  }
  incref(value);
  slots[i] = value;
  xdecref(old);
}

/** A getset descriptor's __get__ (subtype_dict / subtype_getweakref) for an instance. */
export function getsetGet(descr: HeapObject, obj: HeapObject): HeapObject {
  const owner = descr.p0 as HeapObject;
  checkDescrOwner(descr, obj);
  if (descr.p2 instanceof NativeAccessor) return descr.p2.get(obj);
  if (descr.p1 === "__dict__" && isSubtype(typeOf(obj), T.type)) {
    // A metaclass with a base before type: that base's __dict__ applied to a class gives
    // the class's namespace (PyObject_GenericGetDict on a type).
    return nativeAttrs.get("type")!.get("__dict__")!(obj);
  }
  if (descr.p1 === "__dict__") {
    if (!typeInfo(typeOf(obj)).hasDict) raise(T.AttributeError, "This object has no __dict__");
    return incRef(instanceDict(obj));
  }
  void owner;
  return incRef(obj.weakrefs?.[0] ?? S.None);
}

/** A getset descriptor's __set__: `obj.__dict__ = d` replaces the instance dict. */
export function getsetSet(descr: HeapObject, obj: HeapObject, value: HeapObject): void {
  checkDescrOwner(descr, obj);
  const name = descr.p1 as string;
  const native = descr.p2 instanceof NativeAccessor ? descr.p2 : null;
  if (native?.set) {
    native.set(obj, value);
    return;
  }
  if (name !== "__dict__" || native !== null)
    raise(
      T.AttributeError,
      `attribute '${name}' of '${typeInfo(descr.p0 as HeapObject).name}' objects is not writable`,
    );
  if (value.type.layout !== C.dict)
    raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
  setInstanceDict(obj, value);
}

/**
 * getset_set with no value (`descr.__delete__(obj)`): object.__class__ and a read-only
 * attribute refuse as CPython's setters do; otherwise the attribute is deleted by the
 * object's own rules (genericDelAttr).
 */
export function getsetDelete(descr: HeapObject, obj: HeapObject): void {
  checkDescrOwner(descr, obj);
  const native = descr.p2 instanceof NativeAccessor ? descr.p2 : null;
  if (descr.p0 === T.object && descr.p1 === "__class__") {
    raise(T.TypeError, "can't delete __class__ attribute");
  }
  if (native !== null && native.set === null) getsetSet(descr, obj, S.None); // not writable
  genericDelAttr(obj, descr.p1 as string);
}

/** descr_check: a getset or member descriptor (p0 its class, p1 its name) applies to
 * instances of its class only. */
function checkDescrOwner(descr: HeapObject, obj: HeapObject): void {
  const owner = descr.p0 as HeapObject;
  if (!isSubtype(typeOf(obj), owner))
    raise(
      T.TypeError,
      `descriptor '${descr.p1 as string}' for '${typeInfo(owner).name}' objects doesn't apply to a '${typeName(obj)}' object`,
    );
}

export function incRef(obj: HeapObject): HeapObject {
  obj.refcnt++;
  return obj;
}

/** A classmethod or staticmethod (cm_dict: attributes in a __dict__ since 3.10). */
export function isCallableWrapper(obj: HeapObject): boolean {
  return obj.type === classmethodContract || obj.type === staticmethodContract;
}

/**
 * The attribute store of a classmethod or staticmethod's __dict__ (p1, the dict object),
 * made on first use when `create` (else null while there is none).
 */
export function wrapperDictStore(obj: HeapObject, create: boolean): DictStore | null {
  let d = obj.p1 as HeapObject | null;
  if (d === null) {
    if (!create) return null;
    d = newDictHook.make();
    obj.p1 = d;
  }
  return d.p0 as DictStore;
}

/** Special attributes answered natively (name → getter), per contract. */
export const nativeAttrs = new Map<unknown, Map<string, (obj: HeapObject) => HeapObject>>();

/**
 * tp_getattro of builtin types that answer attributes their own way before the generic
 * lookup (types.GenericAlias forwards to its origin): the attribute, null for a miss
 * when `swallow`, or undefined to go on with the generic lookup.
 */
export const nativeGetattro = new Map<
  unknown,
  (obj: HeapObject, name: string, swallow: boolean) => HeapObject | null | undefined
>();

/** Special attributes set natively (name → setter taking a borrowed value), per contract. */
export const nativeSetAttrs = new Map<
  unknown,
  Map<string, (obj: HeapObject, v: HeapObject) => void>
>();

/** PyObject_GetAttr: a new reference, or raises AttributeError. */
export function getAttr(obj: HeapObject, name: string): HeapObject {
  try {
    const r = getAttrOrNull(obj, name, false);
    if (r !== null) return r;
    const type = typeOf(obj);
    if (isSubtype(type, T.type) && obj.type.owner !== T.NoneType) {
      raise(T.AttributeError, `type object '${typeInfo(obj).name}' has no attribute '${name}'`);
    }
    if (obj.type === C.module) {
      raise(T.AttributeError, `module '${obj.p1 as string}' has no attribute '${name}'`);
    }
    raise(T.AttributeError, `'${typeInfo(type).name}' object has no attribute '${name}'`);
  } catch (e) {
    throw attributeErrorContext(e, obj, name);
  }
}

/** Weak proxies forward every attribute lookup to their referent (weakrefobject.ts). */
export const proxyHook = {
  getAttr: null as unknown as (proxy: HeapObject, name: string) => HeapObject | null,
};

/** object.__getattribute__, once installed (a class that keeps it has no override). */
export const objectGetattribute = { descr: null as HeapObject | null };

/** The class's own `__getattribute__` (slot_tp_getattr_hook applies), or null. */
export function getattributeOverride(type: HeapObject): HeapObject | null {
  const g = lookup(type, "__getattribute__");
  return g === null || g === objectGetattribute.descr ? null : g;
}

/** Attribute lookup that answers null instead of raising AttributeError (the common miss). */
export function getAttrOrNull(
  obj: HeapObject,
  name: string,
  swallowGetattrError = true,
): HeapObject | null {
  const type = typeOf(obj);
  if ((type.p0 as TypeInfo).heapType && !isSubtype(type, T.type)) {
    const override = getattributeOverride(type);
    if (override !== null) return slotGetattrHook(obj, name, override, swallowGetattrError);
  }
  return genericGetAttrOrNull(obj, name, swallowGetattrError, true);
}

/**
 * slot_tp_getattr_hook: the class's __getattribute__, then its __getattr__ when that
 * raised AttributeError. Null for an AttributeError when `swallow` (getattr's default).
 */
function slotGetattrHook(
  obj: HeapObject,
  name: string,
  getattribute: HeapObject,
  swallow: boolean,
): HeapObject | null {
  try {
    if (lookup(typeOf(obj), "__getattr__") !== null) return callAttribute(obj, name, getattribute);
    // No __getattr__: slot_tp_getattro, which calls __getattribute__ as vectorcall_method
    // does (held while it runs, unbound when it is a plain function).
    const key = newStr(name);
    try {
      return callLookedUp(obj, getattribute, [key]);
    } finally {
      decref(key);
    }
  } catch (e) {
    return getattrAfterError(e, obj, name, true, swallow);
  }
}

/**
 * PyObject_GenericGetAttr (object.__getattribute__), then the class's __getattr__ when
 * `withGetattr` (the default tp_getattro of a class that defines one).
 */
export function genericGetAttrOrNull(
  obj: HeapObject,
  name: string,
  swallowGetattrError: boolean,
  withGetattr: boolean,
): HeapObject | null {
  if ((obj.type.flags & TypeFlag.WeakProxy) !== 0) return proxyHook.getAttr(obj, name);
  const type = typeOf(obj);
  const tinfo = type.p0 as TypeInfo;
  if (isSubtype(type, T.type)) {
    // type_getattro, then a metaclass's __getattr__ (slot_tp_getattr_hook) for what it
    // misses or what a descriptor refused with AttributeError.
    const hook = withGetattr && tinfo.heapType;
    let r: HeapObject | null;
    try {
      r = typeGetAttr(obj, name);
    } catch (e) {
      return getattrAfterError(e, obj, name, hook, swallowGetattrError);
    }
    if (r !== null || !hook) return r;
    const getattr = lookup(type, "__getattr__");
    return getattr === null ? null : callGetattr(obj, name, getattr, swallowGetattrError);
  }
  if (obj.type === superContract) {
    const r = superLookup(obj, name, descrGet);
    if (r !== null) return r;
  }
  if (nativeGetattro.size !== 0) {
    const getattro = nativeGetattro.get(obj.type);
    if (getattro !== undefined) {
      const r = getattro(obj, name, swallowGetattrError);
      if (r !== undefined) return r;
    }
  }
  const native = nativeAttrs.get(obj.type)?.get(name);
  if (native !== undefined) return native(obj);
  if (
    obj.type === methodContract &&
    name !== "__class__" &&
    (name === "__doc__" || lookup(type, name) === null)
  ) {
    // method_getattro: what the method type lacks comes from the function (its errors too).
    const func = obj.p0 as HeapObject;
    return swallowGetattrError ? getAttrOrNull(func, name, true) : getAttr(func, name);
  }
  if (obj.p2 instanceof ExcState) {
    const v = exceptionMember(obj.p2, type, name);
    if (v !== undefined) return v;
  }
  const descr = lookup(type, name);
  if (descr !== null && isDataDescriptor(descr)) {
    return descrGetOrGetattr(obj, name, descr, swallowGetattrError, withGetattr);
  }
  if (name === "__dict__" && tinfo.hasDict) return incRef(instanceDict(obj));
  if (name === "__class__") return incRef(type);
  const attrs =
    obj.type === C.module
      ? ((obj.p0 as HeapObject).p0 as DictStore)
      : obj.type === C.function
        ? (((obj.p0 as FunctionData).dict?.p0 as DictStore | undefined) ?? null)
        : tinfo.hasDict
          ? attrsOf(obj)
          : isCallableWrapper(obj)
            ? wrapperDictStore(obj, false)
            : null;
  if (attrs !== null) {
    const v = attrs.getStr(name);
    if (v !== undefined) return incRef(v);
  }
  if (descr !== null) return descrGetOrGetattr(obj, name, descr, swallowGetattrError, withGetattr);
  if (obj.type === C.module) return moduleGetattr(obj, name, swallowGetattrError);
  const getattr = withGetattr ? lookup(type, "__getattr__") : null;
  return getattr === null ? null : callGetattr(obj, name, getattr, swallowGetattrError);
}

/** module_getattro's last resort: the module's own __getattr__(name) (PEP 562), if any. */
function moduleGetattr(mod: HeapObject, name: string, swallow: boolean): HeapObject | null {
  const hook = ((mod.p0 as HeapObject).p0 as DictStore).getStr("__getattr__");
  if (hook === undefined) return null;
  const key = newStr(name);
  incref(hook);
  try {
    return callBorrowed(hook, [key]);
  } catch (e) {
    if (swallow && e instanceof PyRaise && isInstanceOf(e.exc, T.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  } finally {
    decref(hook);
    decref(key);
  }
}

/**
 * A descriptor's __get__ for `obj`; when that raises AttributeError (an empty slot, a
 * property giving up), the class's __getattr__ as slot_tp_getattr_hook calls it — or
 * null when there is none and the caller swallows AttributeError (getattr's default,
 * hasattr).
 */
function descrGetOrGetattr(
  obj: HeapObject,
  name: string,
  descr: HeapObject,
  swallow: boolean,
  withGetattr: boolean,
): HeapObject | null {
  try {
    return descrGet(descr, obj, typeOf(obj));
  } catch (e) {
    return getattrAfterError(e, obj, name, withGetattr, swallow);
  }
}

/**
 * slot_tp_getattr_hook after the generic lookup raised `e`: an AttributeError goes to the
 * class's __getattr__ (when `withGetattr`), or is swallowed (null) for getattr's default
 * and hasattr; anything else is thrown on.
 */
function getattrAfterError(
  e: unknown,
  obj: HeapObject,
  name: string,
  withGetattr: boolean,
  swallow: boolean,
): HeapObject | null {
  if (!(e instanceof PyRaise && isInstanceOf(e.exc, T.AttributeError))) throw e;
  const getattr = withGetattr ? lookup(typeOf(obj), "__getattr__") : null;
  if (getattr === null && !swallow) throw e;
  decref(e.exc);
  return getattr === null ? null : callGetattr(obj, name, getattr, swallow);
}

/**
 * call_attribute: the class's `f` (__getattribute__ or __getattr__) called with `name`,
 * bound to `obj` first when it is a function (the bound method holds obj while it runs).
 * slot_tp_getattr_hook holds `f` for the call too.
 */
function callAttribute(obj: HeapObject, name: string, f: HeapObject): HeapObject {
  f.refcnt++;
  const key = newStr(name);
  const bound = f.type === C.function ? newMethod(f, obj) : incRef(f);
  try {
    return callBorrowed(bound, bound === f ? [obj, key] : [key]);
  } finally {
    decref(bound);
    decref(key);
    decref(f);
  }
}

/** The class's __getattr__(obj, name). */
function callGetattr(
  obj: HeapObject,
  name: string,
  getattr: HeapObject,
  swallow: boolean,
): HeapObject | null {
  try {
    return callAttribute(obj, name, getattr);
  } catch (e) {
    // getattr(o, n, default) and hasattr swallow it; plain attribute access lets
    // __getattr__'s own AttributeError through.
    if (swallow && e instanceof PyRaise && isInstanceOf(e.exc, T.AttributeError)) {
      decref(e.exc);
      return null;
    }
    throw e;
  }
}

/**
 * The members an exception answers from its state (BaseException's args, __traceback__,
 * __context__, __cause__, __suppress_context__; AttributeError's name and obj; NameError's
 * name), or undefined: what the instance lookup and their descriptors both read.
 */
export function exceptionMember(
  st: ExcState,
  type: HeapObject,
  name: string,
): HeapObject | undefined {
  const v = excAttr(st, name) ?? layoutMember(st, name);
  if (v !== undefined) return v;
  if ((name === "name" || name === "obj") && isSubtype(type, T.AttributeError)) {
    return incRef((name === "name" ? st.attrName : st.attrObj) ?? S.None);
  }
  if (name === "name" && isSubtype(type, T.NameError)) return incRef(st.attrName ?? S.None);
  return undefined;
}

/** BaseException's members: args, __traceback__, __context__, __cause__. */
function excAttr(st: ExcState, name: string): HeapObject | undefined {
  switch (name) {
    case "args":
      return incRef(st.args ?? S.emptyTuple);
    case "__traceback__":
      return incRef(st.traceback ?? S.None);
    case "__context__":
      return incRef(st.context ?? S.None);
    case "__cause__":
      return incRef(st.cause ?? S.None);
    case "__suppress_context__":
      return incRef(st.suppressContext ? S.True : S.False);

    default:
      return undefined;
  }
}

export function slotsOf(obj: HeapObject): (HeapObject | null)[] {
  const extra = obj.p2 as { slots?: (HeapObject | null)[] } | (HeapObject | null)[];
  return Array.isArray(extra) ? extra : extra.slots!;
}

function typeGetAttr(type: HeapObject, name: string): HeapObject | null {
  const meta = typeOf(type);
  const metaDescr = lookup(meta, name);
  // type's own attributes (__dict__, __name__, __mro__…) are data descriptors in its
  // namespace: one found in a class after type in the metaclass's MRO (a mixin's
  // __dict__) does not hide them.
  const native = nativeAttrs.get("type")?.get(name);
  if (metaDescr !== null && isDataDescriptor(metaDescr)) {
    if (native === undefined || definedBeforeType(meta, name)) {
      return descrGet(metaDescr, type, meta);
    }
  }
  if (native !== undefined) return native(type);
  const v = lookup(type, name);
  if (v !== null) return descrGet(v, null, type);
  if (metaDescr !== null) return descrGet(metaDescr, type, meta);
  return null;
}

/** Whether a class before `type` in metaclass `meta`'s MRO defines `name`. */
function definedBeforeType(meta: HeapObject, name: string): boolean {
  for (const c of typeInfo(meta).mro) {
    if (c === T.type) return false;
    if (typeInfo(c).dict.has(name)) return true;
  }
  return false;
}

/**
 * An attribute access site's cache (`o.name` in compiled code): for up to four instance
 * layouts (contracts, which determine the type), and while no type namespace has changed
 * (lookupEpoch), whether `name` on their instances is decided by the instance __dict__
 * alone — no native attribute, exception state, data descriptor, slot, __setattr__
 * override or __dict__/__class__ — so a hit in the instance dict is the answer
 * getAttrOrNull (or the store genericSetAttr) would reach. `i` remembers where the
 * attribute sat among the dict's entries (checked before use: a hint, never trusted).
 */
export class AttrSite {
  epoch = -1;
  c0: unknown = null;
  c1: unknown = null;
  c2: unknown = null;
  c3: unknown = null;
  f0 = 0;
  f1 = 0;
  f2 = 0;
  f3 = 0;
  /**
   * Where the attribute sat among the instance dict's entries last time, whatever the
   * layout (subclasses setting their base's attributes first share positions).
   */
  i = 0;
  /** The interned str of the name, once a store through this site added it to a dict. */
  key: HeapObject | null = null;
}

/**
 * The flags `site` holds for layout `c` while they are current, else 0 (what compiled
 * code tests before reading an attribute from the instance dict itself).
 */
export function siteHitFlags(site: AttrSite, c: unknown): number {
  if (site.epoch !== lookupEpoch.n) return 0;
  return c === site.c0
    ? site.f0
    : c === site.c1
      ? site.f1
      : c === site.c2
        ? site.f2
        : c === site.c3
          ? site.f3
          : 0;
}

/** AttrSite flags: a load / a store is plain (see AttrSite); attributes sit in p2's extra. */
export const PLAIN_GET = 1;
export const PLAIN_SET = 2;
export const EXTRA = 4;
/**
 * The attribute is a __slots__ member (LOAD_ATTR_SLOT / STORE_ATTR_SLOT): read and
 * written at slot `flags >>> SLOT_SHIFT` of the instance, the member descriptor skipped.
 */
const SLOT_GET = 8;
const SLOT_SET = 16;
const SLOT_SHIFT = 8;

function plainInstanceAttr(obj: HeapObject, type: HeapObject, name: string): boolean {
  const tinfo = type.p0 as TypeInfo;
  if (!tinfo.hasDict || tinfo.slotLayout.includes(name)) return false;
  if ((obj.type.flags & TypeFlag.WeakProxy) !== 0 || obj.type === C.module) return false;
  if (obj.type === superContract || isSubtype(type, T.type) || isSubtype(type, T.BaseException))
    return false;
  if (name === "__dict__" || name === "__class__") return false;
  if (getattributeOverride(type) !== null) return false;
  if (nativeAttrs.get(obj.type)?.has(name) || nativeSetAttrs.get(obj.type)?.has(name)) return false;
  const descr = lookup(type, name);
  return descr === null || !isDataDescriptor(descr);
}

/** SLOT_GET/SLOT_SET and the index when `name` is a slot read and written plainly, else 0. */
function slotFlags(obj: HeapObject, type: HeapObject, name: string): number {
  const descr = lookup(type, name);
  if (descr === null || descr.type !== memberContract) return 0;
  if (typeof descr.p2 !== "number" || descr.p2 < 0) return 0;
  if ((obj.type.flags & TypeFlag.WeakProxy) !== 0 || obj.p2 instanceof ExcState) return 0;
  if (getattributeOverride(type) !== null) return 0;
  if (nativeAttrs.get(obj.type)?.has(name) || nativeSetAttrs.get(obj.type)?.has(name)) return 0;
  if (!isSubtype(type, descr.p0 as HeapObject)) return 0;
  let flags = SLOT_GET | ((descr.p2 as number) << SLOT_SHIFT);
  const setattr = lookup(type, "__setattr__");
  if (setattr === null || setattr === lookup(T.object, "__setattr__")) flags |= SLOT_SET;
  return flags;
}

/**
 * The site's flags for obj's layout when it is not the first entry: a later entry's, or
 * decided now and put first (the others move down, the fourth drops out). Entries do not
 * move on a hit: a site that sees layouts in turn (a method of a base class called on
 * instances of its subclasses) finds each where it is.
 */
function siteFlags(obj: HeapObject, name: string, site: AttrSite): number {
  const c = obj.type;
  if (site.epoch !== lookupEpoch.n) {
    site.epoch = lookupEpoch.n;
    site.c0 = site.c1 = site.c2 = site.c3 = null;
  } else {
    if (site.c0 === c) return site.f0;
    if (site.c1 === c) return site.f1;
    if (site.c2 === c) return site.f2;
    if (site.c3 === c) return site.f3;
  }
  const type = c.owner as HeapObject;
  let flags = 0;
  if (plainInstanceAttr(obj, type, name)) {
    flags = PLAIN_GET;
    const setattr = lookup(type, "__setattr__");
    if (setattr === null || setattr === lookup(T.object, "__setattr__")) flags |= PLAIN_SET;
  } else flags = slotFlags(obj, type, name);
  if ((c.flags & EXTRA_ATTRS) !== 0) flags |= EXTRA;
  site.c3 = site.c2;
  site.f3 = site.f2;
  site.c2 = site.c1;
  site.f2 = site.f1;
  site.c1 = site.c0;
  site.f1 = site.f0;
  site.c0 = c;
  site.f0 = flags;
  return flags;
}

/** getAttr at a cached site (a new reference). */
export function getAttrAt(obj: HeapObject, name: string, site: AttrSite): HeapObject {
  const flags =
    site.c0 === obj.type && site.epoch === lookupEpoch.n ? site.f0 : siteFlags(obj, name, site);
  if ((flags & PLAIN_GET) !== 0) {
    const attrs = (flags & EXTRA) !== 0 ? attrsOf(obj) : (obj.p0 as DictStore | null);
    if (attrs !== null) {
      const t = attrs.table;
      let i = site.i;
      if (i >= t.length || t[i + 2] !== name) i = attrs.indexOfStr(name);
      if (i >= 0) {
        site.i = i;
        const v = attrs.table[i + 1] as HeapObject;
        v.refcnt++;
        return v;
      }
    }
    // Not the instance's own: a class attribute that is no descriptor is the value itself
    // (LOAD_ATTR_CLASS's case; the lookup is the type cache's).
    const v = lookup(typeOf(obj), name);
    if (v !== null && lookup(typeOf(v), "__get__") === null) {
      v.refcnt++;
      return v;
    }
  } else if ((flags & SLOT_GET) !== 0) {
    const v = slotsOf(obj)[flags >>> SLOT_SHIFT] ?? null;
    if (v !== null) {
      v.refcnt++;
      return v;
    }
  }
  return getAttr(obj, name);
}

/** setAttr at a cached site (value borrowed). */
export function setAttrAt(obj: HeapObject, name: string, value: HeapObject, site: AttrSite): void {
  const flags =
    site.c0 === obj.type && site.epoch === lookupEpoch.n ? site.f0 : siteFlags(obj, name, site);
  if ((flags & (PLAIN_SET | EXTRA)) === PLAIN_SET) {
    const attrs = obj.p0 as DictStore | null;
    if (attrs !== null) {
      const old = attrs.swapStrAt(site.i, name, value);
      if (old !== null) {
        value.refcnt++;
        decref(old);
        return;
      }
      // (a position made stale by a replaced value's __del__ fails the check next time)
      site.i = attrs.setStr(name, value, site);
      return;
    }
  } else if ((flags & SLOT_SET) !== 0) {
    // member_set: the new value in, then the old one released.
    const slots = slotsOf(obj);
    const i = flags >>> SLOT_SHIFT;
    const old = slots[i] ?? null;
    value.refcnt++;
    slots[i] = value;
    if (old !== null) decref(old);
    return;
  }
  setAttr(obj, name, value);
}

/** PyObject_SetAttr (value borrowed). */
export function setAttr(obj: HeapObject, name: string, value: HeapObject): void {
  const type = typeOf(obj);
  if (isSubtype(type, T.type)) {
    // A metaclass's own __setattr__ answers for its classes.
    if (!metaOverrides(type, "__setattr__")) typeSetAttr(obj, name, value);
    else {
      const key = newStr(name);
      try {
        decref(callBorrowed(lookup(type, "__setattr__")!, [obj, key, value]));
      } finally {
        decref(key);
      }
    }
    return;
  }
  const setattr = lookup(type, "__setattr__");
  if (setattr !== null && setattr !== lookup(T.object, "__setattr__")) {
    const key = newStr(name);
    try {
      decref(callBorrowed(setattr, [obj, key, value]));
    } finally {
      decref(key);
    }
    return;
  }
  genericSetAttr(obj, name, value);
}

/** Whether metaclass `meta` replaces type's `name` method (__setattr__, __delattr__). */
function metaOverrides(meta: HeapObject, name: string): boolean {
  if (!(meta.p0 as TypeInfo).heapType) return false;
  return lookup(meta, name) !== lookup(T.type, name);
}

/** type_setattro (value borrowed): a class's namespace, or its name fields. */
export function typeSetAttr(obj: HeapObject, name: string, value: HeapObject): void {
  if (!typeInfo(obj).heapType) {
    raise(T.TypeError, `cannot set '${name}' attribute of immutable type '${typeInfo(obj).name}'`);
  }
  const info = typeInfo(obj);
  // type_set_name / type_set_qualname / __module__: the type's own fields follow.
  if (name === "__name__" || name === "__qualname__") {
    if (value.type !== C.str)
      raise(
        T.TypeError,
        `can only assign string to ${info.name}.${name}, not '${typeName(value)}'`,
      );
    if (name === "__name__") info.name = value.p0 as string;
    else info.qualname = value.p0 as string;
    return;
  }
  if (name === "__module__" && value.type === C.str) info.module = value.p0 as string;
  if (name === "__abstractmethods__") {
    // type_set_abstractmethods: the value's truth is the Py_TPFLAGS_IS_ABSTRACT flag.
    const abstract = truthy(value);
    setTypeAttrHook.set(obj, name, value);
    info.abstract = abstract;
    info.ctorEpoch = -1;
    return;
  }
  setTypeAttrHook.set(obj, name, value);
}

export const setTypeAttrHook = {
  set: null as unknown as (type: HeapObject, name: string, value: HeapObject) => void,
};

/** BaseException's settable members (__traceback__, __context__, __cause__). */
export function setExcAttr(
  owner: HeapObject,
  st: ExcState,
  name: string,
  value: HeapObject,
): boolean {
  if (name === "args") {
    const items = toArray(value);
    const old = st.args;
    st.args = newTuple(items);
    xdecref(old);
    return true;
  }
  if (name === "__suppress_context__") {
    st.suppressContext = truthy(value);
    return true;
  }
  if (
    ((name === "name" || name === "obj") && isInstanceOf(owner, T.AttributeError)) ||
    (name === "name" && isInstanceOf(owner, T.NameError))
  ) {
    setAttributeErrorMember(st, name, value);
    return true;
  }
  if (setLayoutMember(st, name, value)) return true;
  if (name === "__traceback__") setExcRef(st, "traceback", value);
  else if (name === "__context__") setExcRef(st, "context", value);
  else if (name === "__cause__") {
    st.suppressContext = true;
    setExcRef(st, "cause", value);
  } else return false;
  return true;
}

/** An exception's reference member set to `value` (a new reference taken; None is null). */
function setExcRef(
  st: ExcState,
  field: "traceback" | "context" | "cause" | "attrName" | "attrObj",
  value: HeapObject,
): void {
  const v = value === S.None ? null : value;
  if (v !== null) incref(v);
  const old = st[field];
  st[field] = v;
  xdecref(old);
}

/** AttributeError's `name` or `obj` member set, or NameError's `name` (see setExcRef). */
export function setAttributeErrorMember(st: ExcState, name: string, value: HeapObject): void {
  setExcRef(st, name === "name" ? "attrName" : "attrObj", value);
}

/**
 * set_attribute_error_context: an AttributeError leaving PyObject_GetAttr gets the name
 * and the object asked about, unless it has either already.
 */
function attributeErrorContext(e: unknown, obj: HeapObject, name: string): unknown {
  if (!(e instanceof PyRaise) || !isInstanceOf(e.exc, T.AttributeError)) return e;
  const st = excState(e.exc);
  if (st === null || st.attrName !== null || st.attrObj !== null) return e;
  const key = newStr(name);
  setAttributeErrorMember(st, "name", key);
  decref(key);
  setAttributeErrorMember(st, "obj", obj);
  return e;
}

export const newDictHook = { make: null as unknown as () => HeapObject };

const FUNCTION_MEMBERS: Record<string, keyof FunctionData> = {
  __name__: "name",
  __qualname__: "qualname",
  __doc__: "doc",
  __module__: "module",
  __defaults__: "defaults",
  __kwdefaults__: "kwdefaults",
  __dict__: "dict",
  __annotations__: "annotations",
};

/** func_set_*: the writable members, else the function's __dict__ (made on first use). */
export function setFunctionAttr(fd: FunctionData, name: string, value: HeapObject): void {
  const field = FUNCTION_MEMBERS[name];
  if (field !== undefined) {
    const nullable = field === "defaults" || field === "kwdefaults" || field === "annotations";
    if ((field === "name" || field === "qualname") && value.type !== C.str)
      raise(T.TypeError, `${name} must be set to a string object`);
    if (field === "defaults" && value !== S.None && value.type !== C.tuple)
      raise(T.TypeError, "__defaults__ must be set to a tuple object");
    if (field === "kwdefaults" && value !== S.None && value.type !== C.dict)
      raise(T.TypeError, "__kwdefaults__ must be set to a dict object");
    if (field === "annotations" && value !== S.None && value.type !== C.dict)
      raise(T.TypeError, "__annotations__ must be set to a dict object");
    if (field === "dict" && value.type !== C.dict)
      raise(T.TypeError, `__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
    const slots = fd as unknown as Record<string, HeapObject | null>;
    const old = slots[field] ?? null;
    if (nullable && value === S.None) slots[field] = null;
    else slots[field] = incRef(value);
    xdecref(old);
    return;
  }
  fd.dict ??= newDictHook.make();
  const key = newStr(name);
  (fd.dict.p0 as DictStore).set(key, value);
  decref(key);
}

/** object.__setattr__ */
export function genericSetAttr(obj: HeapObject, name: string, value: HeapObject): void {
  const nativeSet = nativeSetAttrs.get(obj.type)?.get(name);
  if (nativeSet !== undefined) {
    nativeSet(obj, value);
    return;
  }
  if (obj.p2 instanceof ExcState && setExcAttr(obj, obj.p2, name, value)) return;
  const type = typeOf(obj);
  const tinfo = type.p0 as TypeInfo;
  const descr = lookup(type, name);
  if (descr === null && name === "__class__") {
    setClass(obj, value);
    return;
  }
  if (descr !== null) {
    if (descr.type === getsetContract) {
      getsetSet(descr, obj, value);
      return;
    }
    if (descr.type === memberContract) {
      memberSet(descr, obj, value);
      return;
    }
    const dt = typeOf(descr);
    if (dt === T.property) {
      propertySet(descr, obj, value);
      return;
    }
    const set = lookupSlot(dt, "__set__");
    if (set !== null) {
      // _PyObject_GenericSetAttrWithDict holds the descriptor, and slot_tp_descr_set's
      // vectorcall_method the __set__ it looked up.
      descr.refcnt++;
      set.refcnt++;
      try {
        decref(callBorrowed(set, [descr, obj, value]));
      } finally {
        decref(set);
        decref(descr);
      }
      return;
    }
  }
  if (obj.type === C.module) {
    const store = (obj.p0 as HeapObject).p0 as DictStore;
    const key = internStr(name);
    store.set(key, value);
    decref(key);
    return;
  }
  if (obj.type === C.function) {
    setFunctionAttr(obj.p0 as FunctionData, name, value);
    return;
  }
  if (isCallableWrapper(obj)) {
    const key = internStr(name);
    wrapperDictStore(obj, true)!.set(key, value);
    decref(key);
    return;
  }
  // An instance of a subclass of a builtin gets a real __dict__ at its first attribute
  // (3.11 keeps inline values for subclasses of object only); so does an exception
  // (BaseException's own `dict` member).
  if (tinfo.hasDict && ((obj.type.flags & TypeFlag.Extends) !== 0 || obj.p2 instanceof ExcState))
    instanceDict(obj);
  const attrs = tinfo.hasDict ? attrsOf(obj) : null;
  if (attrs === null) {
    if (lookup(type, name) !== null)
      raise(T.AttributeError, `'${tinfo.name}' object attribute '${name}' is read-only`);
    raise(T.AttributeError, `'${tinfo.name}' object has no attribute '${name}'`);
  }
  const key = internStr(name);
  attrs.set(key, value);
  decref(key);
}

export function delAttr(obj: HeapObject, name: string): void {
  const type = typeOf(obj);
  if (isSubtype(type, T.type)) {
    if (!metaOverrides(type, "__delattr__")) typeDelAttr(obj, name);
    else {
      const key = newStr(name);
      try {
        decref(callBorrowed(lookup(type, "__delattr__")!, [obj, key]));
      } finally {
        decref(key);
      }
    }
    return;
  }
  const delattr = lookup(type, "__delattr__");
  if (delattr !== null && delattr !== lookup(T.object, "__delattr__")) {
    const key = newStr(name);
    try {
      decref(callBorrowed(delattr, [obj, key]));
    } finally {
      decref(key);
    }
    return;
  }
  genericDelAttr(obj, name);
}

/** type_setattro deleting: the name leaves the class's namespace. */
export function typeDelAttr(obj: HeapObject, name: string): void {
  const info = typeInfo(obj);
  if (!info.heapType) {
    raise(T.TypeError, `cannot set '${name}' attribute of immutable type '${info.name}'`);
  }
  const old = info.dict.get(name);
  if (old === undefined) raise(T.AttributeError, name);
  info.dict.delete(name);
  info.version++;
  if (name === "__abstractmethods__") info.abstract = false;
  decref(old);
}

/**
 * object_set_class: `obj.__class__ = cls` between classes whose instances are laid out
 * alike (compatible_for_assignment: the same builtin base, slots, __dict__ and weakref
 * slot). The instance holds the new class instead of the old one.
 */
export function setClass(obj: HeapObject, value: HeapObject): void {
  if (!isSubtype(typeOf(value), T.type)) {
    raise(T.TypeError, `__class__ must be set to a class, not '${typeName(value)}' object`);
  }
  const oldto = typeOf(obj);
  const oldInfo = typeInfo(oldto);
  const newInfo = typeInfo(value);
  const modules = isSubtype(value, T.module) && isSubtype(oldto, T.module);
  if (!modules && (!oldInfo.heapType || !newInfo.heapType)) {
    raise(
      T.TypeError,
      "__class__ assignment only supported for mutable types or ModuleType subclasses",
    );
  }
  const sameLayout =
    newInfo.solidBase === oldInfo.solidBase &&
    newInfo.hasDict === oldInfo.hasDict &&
    newInfo.weakrefable === oldInfo.weakrefable &&
    newInfo.slotLayout.length === oldInfo.slotLayout.length &&
    newInfo.slotLayout.every((slot, i) => oldInfo.slotLayout[i] === slot);
  if (!sameLayout) {
    raise(
      T.TypeError,
      `__class__ assignment: '${newInfo.name}' object layout differs from '${oldInfo.name}'`,
    );
  }
  increfHeapType(value);
  obj.type = newInfo.contract;
  decrefHeapType(oldto);
}

/** property_descr_set: the setter (value) or the deleter (null) of property `prop`. */
export function propertySet(prop: HeapObject, obj: HeapObject, value: HeapObject | null): void {
  const fn = (value === null ? prop.p2 : prop.p1) as HeapObject | null;
  if (fn === null || fn === S.None)
    propertyMissing(prop, obj, value === null ? "deleter" : "setter");
  decref(callBorrowed(fn, value === null ? [obj] : [obj, value]));
}

/** property_descr_get/set's AttributeError for a missing function. */
function propertyMissing(prop: HeapObject, obj: HeapObject, what: string): never {
  const name = propertyNames.get(prop);
  const owner = (typeOf(obj).p0 as TypeInfo).qualname;
  raise(
    T.AttributeError,
    `property ${name === undefined ? "" : `'${name}' `}of '${owner}' object has no ${what}`,
  );
}

/** object.__delattr__ */
export function genericDelAttr(obj: HeapObject, name: string): void {
  if (obj.p2 instanceof ExcState && setLayoutMember(obj.p2, name, null)) return;
  const type = typeOf(obj);
  const tinfo = type.p0 as TypeInfo;
  const descr = lookup(type, name);
  // A builtin type's attribute (nativedescr.ts): a read-only one refuses; a writable one is
  // deleted by the object's own rules below, as before the type had descriptors.
  const native =
    descr !== null &&
    descr.p2 instanceof NativeAccessor &&
    (descr.type === memberContract || descr.type === getsetContract)
      ? descr.p2
      : null;
  if (name === "__class__" && (descr === null || (native !== null && descr.p0 === T.object))) {
    raise(T.TypeError, "can't delete __class__ attribute");
  }
  if (native !== null) {
    if (native.set === null) {
      if (descr!.type === memberContract) raise(T.AttributeError, "readonly attribute");
      getsetSet(descr!, obj, S.None); // "attribute '…' of '…' objects is not writable"
    }
  } else if (descr !== null && descr.type === memberContract) {
    memberSet(descr, obj, null);
    return;
  } else if (descr !== null && typeOf(descr) === T.property) {
    propertySet(descr, obj, null);
    return;
  } else if (descr !== null) {
    const del = lookupSlot(typeOf(descr), "__delete__");
    if (del !== null) {
      // (held as for __set__ above)
      descr.refcnt++;
      del.refcnt++;
      try {
        decref(callBorrowed(del, [descr, obj]));
      } finally {
        decref(del);
        decref(descr);
      }
      return;
    }
  }
  const attrs =
    obj.type === C.module
      ? ((obj.p0 as HeapObject).p0 as DictStore)
      : obj.type === C.function
        ? (((obj.p0 as FunctionData).dict?.p0 as DictStore | undefined) ?? null)
        : tinfo.hasDict
          ? attrsOf(obj)
          : isCallableWrapper(obj)
            ? wrapperDictStore(obj, false)
            : null;
  // Attributes kept as inline values (instances of plain classes) form a split table.
  if (attrs !== null && obj.p0 === attrs && !(obj.p2 instanceof ExcState)) attrs.keepSlots();
  const key = newStr(name);
  const ok = attrs !== null && attrs.delete(key);
  decref(key);
  if (!ok) raise(T.AttributeError, `'${tinfo.name}' object has no attribute '${name}'`);
}

// ---------------------------------------------------------------- repr / str

const reprStack: HeapObject[] = [];

/** Py_ReprEnter/Leave around container reprs: `[...]` for a list containing itself. */
export function withReprGuard(obj: HeapObject, placeholder: string, body: () => string): string {
  if (reprStack.includes(obj)) return placeholder;
  reprStack.push(obj);
  try {
    return body();
  } finally {
    reprStack.pop();
  }
}

export const nativeRepr = new Map<unknown, (obj: HeapObject) => string>();

/** PyObject_Repr, as a JS string (its recursion guarded: nested containers recurse here). */
export function repr(obj: HeapObject): string {
  enterRecursiveCall(" while getting the repr of an object");
  try {
    return reprUnguarded(obj);
  } finally {
    leaveRecursiveCall();
  }
}

function reprUnguarded(obj: HeapObject): string {
  const native = nativeRepr.get(obj.type);
  if (native !== undefined) return native(obj);
  const r = overrides(typeOf(obj), "__repr__") === null ? null : callSpecial(obj, "__repr__");
  if (r === null) {
    const inherited = nativeRepr.get(obj.type.layout);
    return inherited !== undefined ? inherited(obj) : defaultRepr(obj);
  }
  try {
    if (!isStr(r)) raise(T.TypeError, `__repr__ returned non-string (type ${typeName(r)})`);
    return r.p0 as string;
  } finally {
    decref(r);
  }
}

export const addressHook = { of: (_obj: HeapObject): number => 0 };

export function addressHex(obj: HeapObject): string {
  return `0x${addressHook.of(obj).toString(16)}`;
}

export function defaultRepr(obj: HeapObject): string {
  const info = typeInfo(typeOf(obj));
  const mod = info.module;
  const name = mod === "builtins" ? info.qualname : `${mod}.${info.qualname}`;
  return `<${name} object at ${addressHex(obj)}>`;
}

/** str(obj) as a JS string. */
export function str(obj: HeapObject): string {
  if (obj.type === C.str) return obj.p0 as string;
  const f = lookupSlot(typeOf(obj), "__str__");
  if (f === null || f === lookup(T.object, "__str__")) {
    // unicode_str: a str subclass's str() is its value.
    return obj.type.layout === C.str ? (obj.p0 as string) : repr(obj);
  }
  const r = callSpecial(obj, "__str__")!;
  try {
    if (!isStr(r)) raise(T.TypeError, `__str__ returned non-string (type ${typeName(r)})`);
    return r.p0 as string;
  } finally {
    decref(r);
  }
}

/**
 * PyObject_Str's (and PyObject_Repr's, `repr`) result when a class's Python `__str__` (or,
 * with object's `__str__`, its `__repr__`) made it: the str the method returned, passed
 * through as it is (a new reference; a str subclass's instance too); null for the other
 * objects, whose str the caller makes from their text.
 */
export function strFromMethod(obj: HeapObject, repr = false): HeapObject | null {
  const type = typeOf(obj);
  // (object.__str__ is repr(); another builtin type's own __str__ makes its text)
  const f = repr ? null : lookupSlot(type, "__str__");
  const objectStr = f === null || f === lookup(T.object, "__str__");
  // (only a method written in Python: a builtin one makes its text, as the callers do)
  let name: string;
  if (!objectStr && overrides(type, "__str__")?.type === C.function) name = "__str__";
  else if (objectStr && overrides(type, "__repr__")?.type === C.function) name = "__repr__";
  else return null;
  const r = callSpecial(obj, name)!;
  if (!isStr(r)) {
    decref(r);
    raise(T.TypeError, `${name} returned non-string (type ${typeName(r)})`);
  }
  return r;
}

export function isStr(obj: HeapObject): boolean {
  return obj.type === C.str || isSubtype(typeOf(obj), T.str);
}

export function isInt(obj: HeapObject): boolean {
  return obj.type === C.int || obj.type === C.bool || isSubtype(typeOf(obj), T.int);
}

export function isInstanceOf(obj: HeapObject, type: HeapObject): boolean {
  return isSubtype(typeOf(obj), type);
}

// ---------------------------------------------------------------- hashing and equality

/**
 * unicode_hash (SipHash-1-3, see strhash.ts) as a number: the signed 64-bit value rounded
 * as Number(bigint) rounds it, without making the bigint (-1 is -2).
 */
function strHash(obj: HeapObject): number {
  const [hi, lo] = strObjectHalves(obj, obj.type === C.str);
  if (hi === 0xffffffff && lo === 0xffffffff) return -2;
  return (hi | 0) * 0x100000000 + lo;
}

/**
 * The `__hash__` descriptors of object, int, float, str, tuple, frozenset and range, whose
 * hashes pyHash computes itself (nativeHash, pointerHash) instead of calling them.
 */
export const nativeHashDescriptors = new Set<HeapObject>();

/** Whether `type` keeps a builtin's hash (no Python `__hash__` of its own or a base's). */
export function keepsNativeHash(type: HeapObject): boolean {
  const f = lookupSlot(type, "__hash__");
  return f === null || isOwnNativeHash(type, f);
}

/**
 * Whether `f` is the native hash of the nearest builtin (static) class in `type`'s MRO —
 * not, say, object.__hash__ put into an int subclass, nor bytes.__hash__ (a method).
 */
function isOwnNativeHash(type: HeapObject, f: HeapObject): boolean {
  if (!nativeHashDescriptors.has(f)) return false;
  const base = typeInfo(type).mro.find((c) => !typeInfo(c).heapType) ?? T.object;
  return f === lookup(base, "__hash__");
}

/** hash(obj) through its class's own __hash__, exactly (a 64-bit value). */
function callHash(obj: HeapObject): number | bigint {
  const r = callSpecial(obj, "__hash__")!;
  try {
    if (!isInt(r)) raise(T.TypeError, "__hash__ method should return an integer");
    const v = BigInt(r.p0 as number | bigint);
    // (slot_tp_hash: a value past 64 bits is hashed as an int.)
    const h = v >= -(1n << 63n) && v < 1n << 63n ? v : BigInt(intHashExact(v));
    if (h === -1n) return -2;
    return h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h;
  } finally {
    decref(r);
  }
}

/** hash(obj) as a JS number (exact below 2**53; exactHash gives every bit). */
export function pyHash(obj: HeapObject): number {
  const c = obj.type;
  const h = nativeHash(obj, c);
  if (h !== null) return h;
  const type = typeOf(obj);
  const f = lookupSlot(type, "__hash__");
  if (f === S.None) raise(T.TypeError, `unhashable type: '${typeInfo(type).name}'`);
  if (f !== null && isPlainMethod(f) && !isOwnNativeHash(type, f)) {
    return Number(callHash(obj));
  }
  // A subclass of a builtin inherits its hash (or its unhashability).
  const lc = c.layout;
  if (lc !== c) {
    const inherited = nativeHash(obj, lc);
    if (inherited !== null) return inherited;
  }
  if (lc === C.list || lc === C.dict || lc === setContract || type === T.slice) {
    raise(T.TypeError, `unhashable type: '${typeInfo(type).name}'`);
  }
  return pointerHash(obj);
}

/**
 * _Py_HashPointer: the address rotated right by 4 bits — for 16-byte aligned addresses,
 * the address / 16 (a JS `>>` would cut it to 32 bits first).
 */
export function pointerHash(obj: HeapObject): number {
  return Math.floor(addressHook.of(obj) / 16);
}

/** The hash of a builtin kind's value (by layout `c`), or null when `c` is not hashed natively. */
function nativeHash(obj: HeapObject, c: HeapObject["type"]): number | null {
  if (c === C.int || c === C.bool) return intHash(obj.p0 as number | bigint);
  if (c === C.str) return strHash(obj);
  if (c === C.float) {
    const x = obj.p0 as number;
    // _Py_HashDouble: a NaN hashes by identity (3.10+).
    return Number.isNaN(x) ? pointerHash(obj) : floatHash(x);
  }
  // (tuplehash, as hash() gives it: an object whose __hash__ returns hash(t) must find t)
  if (c === C.tuple) return tupleHashNumber(obj.p0 as HeapObject[], exactHash);
  if (c === methodContract) {
    // meth_hash: the self's pointer hash XOR the function's hash, in 64 bits.
    const h = BigInt.asIntN(64, BigInt(pointerHash(obj.p1)) ^ BigInt(pyHash(obj.p0)));
    return h === -1n ? -2 : Number(h);
  }
  if (c === methodWrapperContract) {
    // wrapper_hash: the pointer hashes of self and of the slot wrapper, XORed in 64 bits.
    const h = BigInt.asIntN(
      64,
      BigInt(pointerHash(obj.p1 as HeapObject)) ^ BigInt(pointerHash(obj.p0 as HeapObject)),
    );
    return h === -1n ? -2 : Number(h);
  }
  if (c === builtinContract && obj.p2 !== null) {
    // meth_hash: the bound object's pointer hash XOR the C function's (here: its number).
    const h = pointerHash(obj.p2 as HeapObject) ^ nativeFunctionId(obj.p0 as object);
    return h === -1 ? -2 : h;
  }
  if (c === rangeContract) {
    // range_hash: the hash of (len, start, step), None for what a short range lacks.
    return Number(rangeHashExact(obj));
  }
  if (c === frozensetContract) return Number(frozensetHashExact(obj));
  return null;
}

const U64 = (1n << 64n) - 1n;

/** frozenset_hash's _shuffle_bits, in 64 bits. */
function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & U64;
}

/**
 * frozenset_hash: the members' shuffled hashes XORed (order-free), the size factored in,
 * then dispersed (CPython's value exactly). An exact frozenset keeps its hash (so->hash, in
 * p2), as it never changes. NOT-CPYTHON: a member stored by its hash alone (not an int,
 * str, float or None) is hashed again the first time (CPython reads the hash its table
 * stored): a Python __hash__ runs once more per member.
 */
export function frozensetHashExact(obj: HeapObject): number | bigint {
  const cached = obj.p2 as number | bigint | null;
  if (cached !== null && obj.type === frozensetContract) return cached;
  const store = obj.p0 as DictStore;
  let hash = 0n;
  for (const { key } of store.keysStored()) {
    hash ^= shuffleBits(BigInt.asUintN(64, BigInt(exactHash(key))));
  }
  hash ^= ((BigInt(store.size) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) hash = 590923713n;
  const signed = BigInt.asIntN(64, hash);
  const h = signed >= -(2n ** 53n) && signed <= 2n ** 53n ? Number(signed) : signed;
  if (obj.type === frozensetContract) obj.p2 = h;
  return h;
}

const nativeFunctionIds = new WeakMap<object, number>();

/** A small number standing for a native function's address in meth_hash. */
function nativeFunctionId(fn: object): number {
  let id = nativeFunctionIds.get(fn);
  if (id === undefined) nativeFunctionIds.set(fn, (id = nextNativeFunctionId++));
  return id;
}
let nextNativeFunctionId = 1;

/**
 * The hash a builtin type's own `__hash__` gives `obj` (int.__hash__(x), str.__hash__(x)…):
 * by its layout, whatever its class overrides; object.__hash__'s is the pointer hash.
 */
export function layoutHash(obj: HeapObject): number | bigint {
  const c = obj.type.layout;
  return exactValueHash(obj, c) ?? nativeHash(obj, c) ?? pointerHash(obj);
}

/** The exact hash of an int, bool, float (not NaN), tuple or range value (by layout `c`). */
function exactValueHash(x: HeapObject, c: HeapObject["type"]): number | bigint | null {
  if (c === C.int || c === C.bool) return intHashExact(x.p0 as number | bigint);
  if (c === C.float && !Number.isNaN(x.p0 as number)) return floatHashExact(x.p0 as number);
  if (c === C.tuple) return tupleHashExact(x);
  if (c === rangeContract) return rangeHashExact(x);
  if (c === frozensetContract) return frozensetHashExact(x);
  if (c === C.str) {
    const [hi, lo] = strObjectHalves(x, x.type === C.str);
    return signedOfHalves(hi, lo);
  }
  return null;
}

const HASH_MODULUS = (1n << 61n) - 1n;

/**
 * hash(x) exactly as CPython gives it for ints, bools, floats and tuples of those (pyHash
 * answers a number, which holds 53 bits); anything else as pyHash.
 */
export function exactHash(x: HeapObject): number | bigint {
  const c = x.type;
  const exact = exactValueHash(x, c); // (the builtin kinds themselves: no lookup)
  if (exact !== null) return exact;
  const type = typeOf(x);
  const f = lookupSlot(type, "__hash__");
  const native = f === null || isOwnNativeHash(type, f);
  // A Python-level (or another builtin's) __hash__, exactly.
  if (!native && isPlainMethod(f)) return callHash(x);
  // A subclass that keeps its base's hash hashes as the base (a namedtuple as a tuple).
  if (native && c.layout !== c) return exactValueHash(x, c.layout) ?? pyHash(x);
  return pyHash(x);
}

/** range_hash: tuplehash of (len, start, step), None for what a short range lacks. */
function rangeHashExact(r: HeapObject): number | bigint {
  const lanes = rangeHashItems(r).map((v) => (v === null ? pyHash(S.None) : intHashExact(v)));
  return signedHash(tupleHashOfHashes(lanes));
}

/** tuplehash (3.11's xxHash round, see tuplehash.ts) of an exact tuple, signed. */
export function tupleHashExact(t: HeapObject): number | bigint {
  return signedHash(tupleHash(t.p0 as HeapObject[], exactHash)!);
}

/** long_hash: sign * (|v| mod 2**61 - 1), with -1 answered as -2. */
export function intHashExact(v: number | bigint): number | bigint {
  if (typeof v === "number" && Math.abs(v) < 2 ** 52) return v === -1 ? -2 : v;
  const b = BigInt(v);
  const m = (b < 0n ? -b : b) % HASH_MODULUS;
  const h = b < 0n ? -m : m;
  return h === -1n ? -2 : h;
}

/** _Py_HashDouble: the hash of the exact rational value of x modulo 2**61 - 1. */
export function floatHashExact(x: number): number | bigint {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 52) return x === -1 ? -2 : x === 0 ? 0 : x;
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  // x = n / 2**k exactly.
  let k = 0;
  let y = Math.abs(x);
  while (!Number.isInteger(y)) {
    y *= 2;
    k++;
  }
  let n = BigInt(y) % HASH_MODULUS;
  // 2**61 ≡ 1 (mod P): dividing by 2**k multiplies by 2**(61 - k mod 61).
  const e = BigInt((61 - (k % 61)) % 61);
  n = (n << e) % HASH_MODULUS;
  const h = x < 0 ? -n : n;
  return h === -1n ? -2 : h;
}

function intHash(v: number | bigint): number {
  return Number(intHashExact(v));
}

function floatHash(x: number): number {
  return Number(floatHashExact(x));
}

/** a == b as a JS boolean (identity first, as containers do). */
export function pyEq(a: HeapObject, b: HeapObject): boolean {
  if (a === b) return true;
  const r = richCompare(a, b, "==");
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

/**
 * a == b for a container's own item `a`: list and dict lookups hold a new reference to
 * the item while its __eq__ runs (the container may drop it meanwhile).
 */
export function pyEqHeld(a: HeapObject, b: HeapObject): boolean {
  if (a === b) return true;
  a.refcnt++;
  try {
    return pyEq(a, b);
  } finally {
    decref(a);
  }
}

// ---------------------------------------------------------------- truth

export function truthy(obj: HeapObject): boolean {
  if (obj === S.True) return true;
  if (obj === S.False || obj === S.None) return false;
  const c = obj.type;
  if (c === C.int) return obj.p0 !== 0 && obj.p0 !== 0n;
  if (c === C.str) return (obj.p0 as string).length > 0;
  if (c === C.list || c === C.tuple) return (obj.p0 as HeapObject[]).length > 0;
  if (c === C.float) return obj.p0 !== 0;
  if (c === C.dict) return (obj.p0 as DictStore).size > 0;
  if (c === rangeContract) return rangeLengthExact(obj) !== 0; // range_bool: no overflow
  const type = typeOf(obj);
  if (overrides(type, "__bool__") !== null) {
    const r = callSpecial(obj, "__bool__")!;
    try {
      if (r.type !== C.bool)
        raise(T.TypeError, `__bool__ should return bool, returned ${typeName(r)}`);
      return r === S.True;
    } finally {
      decref(r);
    }
  }
  // A subclass of int or float inherits nb_bool, which answers before any __len__.
  const lc = c.layout;
  if (lc === C.int) return obj.p0 !== 0 && obj.p0 !== 0n;
  if (lc === C.float) return obj.p0 !== 0;
  if (lookupSlot(type, "__len__") !== null) return len(obj) > 0;
  const n = nativeSeq.len(obj);
  return n === null || n > 0;
}

// ---------------------------------------------------------------- numbers

export type BinOpName =
  | "+"
  | "-"
  | "*"
  | "/"
  | "//"
  | "%"
  | "**"
  | "<<"
  | ">>"
  | "&"
  | "|"
  | "^"
  | "@"
  | "divmod";

const dunders: Record<BinOpName, [string, string]> = {
  "+": ["__add__", "__radd__"],
  "-": ["__sub__", "__rsub__"],
  "*": ["__mul__", "__rmul__"],
  "/": ["__truediv__", "__rtruediv__"],
  "//": ["__floordiv__", "__rfloordiv__"],
  "%": ["__mod__", "__rmod__"],
  "**": ["__pow__", "__rpow__"],
  "<<": ["__lshift__", "__rlshift__"],
  ">>": ["__rshift__", "__rrshift__"],
  "&": ["__and__", "__rand__"],
  "|": ["__or__", "__ror__"],
  "^": ["__xor__", "__rxor__"],
  "@": ["__matmul__", "__rmatmul__"],
  divmod: ["__divmod__", "__rdivmod__"],
};

export const inplaceDunders: Record<BinOpName, string> = {
  "+": "__iadd__",
  "-": "__isub__",
  "*": "__imul__",
  "/": "__itruediv__",
  "//": "__ifloordiv__",
  "%": "__imod__",
  "**": "__ipow__",
  "<<": "__ilshift__",
  ">>": "__irshift__",
  "&": "__iand__",
  "|": "__ior__",
  "^": "__ixor__",
  "@": "__imatmul__",
  divmod: "", // (no in-place form)
};

/** Native implementations of binary operators for builtin kinds: null = NotImplemented. */
export const nativeBinary = {
  /** In-place forms of builtin types that mutate (set |= …, dict |= …), or null. */
  inplace: (_a: HeapObject, _b: HeapObject, _op: BinOpName): HeapObject | null => null,
  op: null as unknown as (a: HeapObject, b: HeapObject, op: BinOpName) => HeapObject | null,
};

/**
 * PyNumber_Add & co.: a op b, a new reference. `inplace`: the binary part of `a op= b`
 * (the error names the operator `op=`).
 */
export function binaryOp(a: HeapObject, b: HeapObject, op: BinOpName, inplace = false): HeapObject {
  const q = numberOpFast(a, b, op);
  if (q !== null) return q;
  const ta = typeOf(a);
  const tb = typeOf(b);
  const [name, rname] = dunders[op];
  const aUser = (ta.p0 as TypeInfo).heapType;
  const bUser = (tb.p0 as TypeInfo).heapType;
  // Builtin operands, and subclasses of builtins, have native slots.
  const aNative = !aUser || a.type.layout !== a.type;
  const bNative = !bUser || b.type.layout !== b.type;
  const rb = bUser && ta !== tb ? overrides(tb, rname) : null;
  const aOwn = aUser && overrides(ta, name) !== null;
  // A subclass's reflected method goes first (and only once).
  const rbDone = rb !== null && isSubtype(tb, ta);
  if (rbDone) {
    const r = callSpecial(b, rname, [a]);
    if (r !== null && r !== S.NotImplemented) return r;
    if (r !== null) decref(r);
  }
  if (aOwn) {
    const r = callSpecial(a, name, [b]);
    if (r !== null && r !== S.NotImplemented) return r;
    if (r !== null) decref(r);
  }
  // b's reflected method written in Python is b's slot. When a's own slot would return
  // NotImplemented for b (int's for a float, a sequence's `+`/`*`, which are not number
  // slots), b's slot answers before any native (int * FloatSub calls __rmul__).
  const rbFirst = rb !== null && rb.type === C.function && !nativeSlotTakes(a, b, op);
  if (!aOwn && (aNative || bNative) && !rbFirst) {
    const r = nativeBinary.op(a, b, op);
    if (r !== null) return r;
  }
  if (rb !== null && !rbDone) {
    const r = callSpecial(b, rname, [a]);
    if (r !== null && r !== S.NotImplemented) return r;
    if (r !== null) decref(r);
  }
  if (rbFirst && (op === "*" || op === "+") && isSequenceKind(a)) {
    // b's method said NotImplemented: a sequence's repeat or concatenation is tried next
    // (PyNumber_Multiply's sq_repeat, PyNumber_Add's sq_concat).
    const r = nativeBinary.op(a, b, op);
    if (r !== null) return r;
  }
  if (aOwn && bNative) {
    const r = nativeBinary.op(a, b, op);
    if (r !== null) return r;
  }
  const shown = inplace
    ? `${op}=`
    : op === "**"
      ? "** or pow()"
      : op === "divmod"
        ? "divmod()"
        : op;
  if (op === "*") {
    // sequence_repeat: a sequence times something that is not an index. (A class that
    // defines __mul__ or __rmul__ in Python has no sq_repeat left.)
    const aSeq = isSequenceKind(a) && !(aOwn && lookup(ta, name)?.type === C.function);
    const bSeq = isSequenceKind(b) && !(rb !== null && rb.type === C.function);
    const other = aSeq ? b : bSeq ? a : null;
    if (other !== null)
      raise(
        T.TypeError,
        `can't multiply sequence by non-int of type '${typeInfo(typeOf(other)).name}'`,
      );
  }
  if (op === "+" && (a.type === C.str || a.type === C.list || a.type === C.tuple)) {
    const n = typeInfo(ta).name;
    raise(T.TypeError, `can only concatenate ${n} (not "${typeInfo(tb).name}") to ${n}`);
  }
  raise(
    T.TypeError,
    `unsupported operand type(s) for ${shown}: '${typeInfo(ta).name}' and '${typeInfo(tb).name}'`,
  );
}

/** int (and bool) 0, float 1, complex 2: a number slot takes the kinds up to its own. */
function numberRank(x: HeapObject): number {
  const l = x.type.layout;
  if (l === C.int || l === C.bool) return 0;
  if (l === C.float) return 1;
  return l.name === "complex" ? 2 : -1;
}

/**
 * Whether a's native slot for `op` handles b rather than returning NotImplemented: number
 * slots take numbers of their own rank or lower; a builtin sequence's `+` and `*` are
 * sq_concat / sq_repeat, tried only after both number slots; anything else is assumed to.
 */
function nativeSlotTakes(a: HeapObject, b: HeapObject, op: BinOpName): boolean {
  const ra = numberRank(a);
  if (ra >= 0) return numberRank(b) >= 0 && numberRank(b) <= ra;
  return !((op === "+" || op === "*") && isSequenceKind(a));
}

/** An instance of a builtin sequence with sq_repeat and sq_concat (or a subclass). */
function isSequenceKind(x: HeapObject): boolean {
  const l = x.type.layout;
  return l === C.list || l === C.tuple || l === C.str || l === C.bytes || l === C.bytearray;
}

/**
 * The quotient x // y of ints with |x|, |y| <= 2**51 (y nonzero), exact: Math.floor(x / y)
 * may round across an integer, and q * y stays exact at these sizes (|q * y| <= |x| + |y|).
 */
export function floorQuotient(x: number, y: number): number {
  const q = Math.floor(x / y);
  const r = x - q * y;
  if (y > 0 ? r < 0 : r > 0) return q - 1;
  if (y > 0 ? r >= y : r <= y) return q + 1;
  return q + 0; // no -0
}

/**
 * binary_op1's answer for exact ints that are exact doubles and exact floats (an int
 * operand converted exactly), when no Python code can run and the double result is
 * CPython's: + - * / // % of ints, + - * / of floats. Null otherwise: the protocol decides,
 * raising ZeroDivisionError and the rest.
 */
export function numberOpFast(a: HeapObject, b: HeapObject, op: BinOpName): HeapObject | null {
  const ta = a.type;
  const tb = b.type;
  const x = a.p0;
  const y = b.p0;
  if (typeof x !== "number" || typeof y !== "number") return null;
  if (ta === C.int && tb === C.int) {
    switch (op) {
      case "+":
        return Number.isSafeInteger(x + y) ? newInt(x + y) : null;
      case "-":
        return Number.isSafeInteger(x - y) ? newInt(x - y) : null;
      case "*":
        return Number.isSafeInteger(x * y) ? newInt(x * y) : null;
      case "/":
        // Both exact doubles: one correctly rounded division, as long_true_divide does.
        return y === 0 ? null : newFloat(x / y);
      case "//":
      case "%": {
        if (y === 0 || !(Math.abs(x) <= 2 ** 51 && Math.abs(y) <= 2 ** 51)) return null;
        const q = floorQuotient(x, y);
        return newInt(op === "//" ? q : x - q * y + 0);
      }
      default:
        return null;
    }
  }
  if ((ta === C.float || ta === C.int) && (tb === C.float || tb === C.int))
    return floatFast(x, y, op);
  return null;
}

/**
 * float_add & co. for two doubles: + - * and / by nonzero (the others, and division by
 * zero with its error, go the long way). Null when not handled here.
 */
function floatFast(x: number, y: number, op: BinOpName): HeapObject | null {
  switch (op) {
    case "+":
      return newFloat(x + y);
    case "-":
      return newFloat(x - y);
    case "*":
      return newFloat(x * y);
    case "/":
      return y === 0 ? null : newFloat(x / y);
    default:
      return null;
  }
}

/** a op= b: __iadd__ & co. first, else the binary operator. A new reference. */
export function inplaceOp(a: HeapObject, b: HeapObject, op: BinOpName): HeapObject {
  // int and float have no in-place slots: straight to the binary operator.
  if (a.type === C.float || a.type === C.int) return binaryOp(a, b, op, true);
  const ta = typeOf(a);
  let dunder: HeapObject | null = null;
  if ((ta.p0 as TypeInfo).heapType) {
    dunder = overrides(ta, inplaceDunders[op]);
    if (dunder !== null) {
      const r = callSpecial(a, inplaceDunders[op], [b])!;
      if (r !== S.NotImplemented) return r;
      decref(r);
    }
  }
  if (dunder !== null) {
    // __iadd__ & co. said NotImplemented: the binary operator decides.
  } else if (a.type.layout === C.list && op === "+") {
    listExtendHook.extend(a, b);
    return incRef(a);
  } else if (a.type.layout === C.list && op === "*") {
    const r = nativeBinary.op(a, b, "**=" as BinOpName);
    if (r !== null) return r;
  } else {
    const r = nativeBinary.inplace(a, b, op);
    if (r !== null) return r;
  }
  return binaryOp(a, b, op, true);
}

export const listExtendHook = {
  extend: null as unknown as (list: HeapObject, iterable: HeapObject) => void,
};

export function unaryOp(a: HeapObject, op: "-" | "+" | "~"): HeapObject {
  const c = a.type;
  if (c === C.int || c === C.bool) {
    const v = a.p0 as number | bigint;
    if (op === "+") return newInt(v);
    if (op === "-") return typeof v === "number" ? newInt(-v) : newInt(-v);
    return typeof v === "number" ? newInt(-v - 1) : newInt(-v - 1n);
  }
  if (c === C.float) {
    const x = a.p0 as number;
    if (op === "+") return newFloat(x);
    if (op === "-") return newFloat(-x);
  }
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  const r = callSpecial(a, name);
  if (r !== null) return r;
  // A subclass of int or float inherits the slot: the result is an exact int or float.
  const lc = c.layout;
  if (lc === C.int || (lc === C.float && op !== "~")) {
    const value = lc === C.int ? newInt(a.p0 as number | bigint) : newFloat(a.p0 as number);
    try {
      return unaryOp(value, op);
    } finally {
      decref(value);
    }
  }
  raise(T.TypeError, `bad operand type for unary ${op}: '${typeName(a)}'`);
}

// ---------------------------------------------------------------- comparison

export type CmpOp = "<" | "<=" | "==" | "!=" | ">" | ">=";
const cmpDunder: Record<CmpOp, string> = {
  "<": "__lt__",
  "<=": "__le__",
  "==": "__eq__",
  "!=": "__ne__",
  ">": "__gt__",
  ">=": "__ge__",
};
/** The comparison with its operands swapped (the reflected operation). */
export const cmpSwap: Record<CmpOp, CmpOp> = {
  "<": ">",
  "<=": ">=",
  "==": "==",
  "!=": "!=",
  ">": "<",
  ">=": "<=",
};

export const nativeCompare = {
  cmp: null as unknown as (a: HeapObject, b: HeapObject, op: CmpOp) => boolean | null,
};

/**
 * The builtin types' own slot methods — object's __repr__, __eq__, __format__, …, int's
 * __add__ (slotwrappers.ts) — found by lookup on the classes that inherit them, but
 * standing for "no override": the inherited native slot answers, as in CPython.
 */
export const inheritedSlots = new Set<HeapObject>();

/** `name` on `type` unless what answers is an inherited builtin slot, else null. */
export function overrides(type: HeapObject, name: string): HeapObject | null {
  const f = lookupSlot(type, name);
  return f !== null && !inheritedSlots.has(f) ? f : null;
}

/** Whether a class answers `op` (object.__ne__ inverts a user __eq__). */
function hasCmp(t: HeapObject, op: CmpOp): boolean {
  return overrides(t, cmpDunder[op]) !== null || (op === "!=" && invertsEq(t));
}

/**
 * `!=` is `not ==` through a class's own __eq__: object.__ne__ is what the class has
 * (another builtin's __ne__, a subclass of int's, compares natively).
 */
function invertsEq(t: HeapObject): boolean {
  const ne = lookupSlot(t, "__ne__");
  if (ne !== null && inheritedSlots.has(ne) && ne.p2 !== T.object) return false;
  return overrides(t, "__eq__") !== null;
}

/**
 * object.__ne__ called on its own: self's type's `==` (a class's __eq__, a builtin's
 * comparison, else identity), inverted unless it is NotImplemented.
 */
export function objectNe(self: HeapObject, other: HeapObject): HeapObject {
  let r: HeapObject;
  if (overrides(typeOf(self), "__eq__") !== null) r = callSpecial(self, "__eq__", [other])!;
  else {
    const n = nativeCompare.cmp(self, other, "==");
    r = incRef(n === null ? (self === other ? S.True : S.NotImplemented) : n ? S.True : S.False);
  }
  if (r === S.NotImplemented) return r;
  try {
    return newBool(!truthy(r));
  } finally {
    decref(r);
  }
}

function callCmp(a: HeapObject, op: CmpOp, b: HeapObject): HeapObject | null {
  if (op !== "!=" || overrides(typeOf(a), "__ne__") !== null)
    return callSpecial(a, cmpDunder[op], [b]);
  const r = callSpecial(a, "__eq__", [b]);
  if (r === null || r === S.NotImplemented) return r;
  try {
    return newBool(!truthy(r));
  } finally {
    decref(r);
  }
}

/** PyObject_RichCompare: a new reference (usually a bool). */
export function richCompare(a: HeapObject, b: HeapObject, op: CmpOp): HeapObject {
  enterRecursiveCall(" in comparison");
  try {
    return richCompareUnguarded(a, b, op);
  } finally {
    leaveRecursiveCall();
  }
}

function richCompareUnguarded(a: HeapObject, b: HeapObject, op: CmpOp): HeapObject {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const aUser = (ta.p0 as TypeInfo).heapType;
  const bUser = (tb.p0 as TypeInfo).heapType;
  if (!aUser && !bUser) {
    const r = nativeCompare.cmp(a, b, op);
    if (r !== null) return newBool(r);
  } else {
    let checkedReflected = false;
    if (ta !== tb && isSubtype(tb, ta) && bUser && hasCmp(tb, cmpSwap[op])) {
      checkedReflected = true;
      const r = callCmp(b, cmpSwap[op], a);
      if (r !== null && r !== S.NotImplemented) return r;
      if (r !== null) decref(r);
    }
    if (aUser && hasCmp(ta, op)) {
      const r = callCmp(a, op, b);
      if (r !== null && r !== S.NotImplemented) return r;
      if (r !== null) decref(r);
    } else if (!aUser || a.type.layout !== a.type) {
      // A builtin, or a subclass of one that keeps its comparison.
      const r = nativeCompare.cmp(a, b, op);
      if (r !== null) return newBool(r);
    }
    if (!checkedReflected && bUser && hasCmp(tb, cmpSwap[op])) {
      const r = callCmp(b, cmpSwap[op], a);
      if (r !== null && r !== S.NotImplemented) return r;
      if (r !== null) decref(r);
    } else if (!bUser || b.type.layout !== b.type) {
      const r = nativeCompare.cmp(a, b, op);
      if (r !== null) return newBool(r);
    }
  }
  if (op === "==") return newBool(a === b);
  if (op === "!=") return newBool(a !== b);
  raise(
    T.TypeError,
    `'${op}' not supported between instances of '${typeInfo(ta).name}' and '${typeInfo(tb).name}'`,
  );
}

export function compareBool(a: HeapObject, b: HeapObject, op: CmpOp): boolean {
  if (op === "==" && a === b) return true;
  const r = richCompare(a, b, op);
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

// ---------------------------------------------------------------- containers

export const nativeSeq = {
  len: null as unknown as (obj: HeapObject) => number | null,
  getItem: null as unknown as (obj: HeapObject, key: HeapObject) => HeapObject | null,
  setItem: null as unknown as (obj: HeapObject, key: HeapObject, value: HeapObject) => boolean,
  delItem: null as unknown as (obj: HeapObject, key: HeapObject) => boolean,
  contains: null as unknown as (obj: HeapObject, item: HeapObject) => boolean | null,
  iter: null as unknown as (obj: HeapObject) => HeapObject | null,
  next: null as unknown as (it: HeapObject) => HeapObject | null | undefined,
};

export function len(obj: HeapObject): number {
  if (!(typeOf(obj).p0 as TypeInfo).heapType) {
    const n = nativeSeq.len(obj);
    if (n !== null) return n;
  }
  const r = callSpecial(obj, "__len__");
  if (r === null) {
    const n = nativeSeq.len(obj); // a subclass of a builtin sized type
    if (n !== null) return n;
    raise(T.TypeError, `object of type '${typeName(obj)}' has no len()`);
  }
  try {
    if (!isInt(r))
      raise(T.TypeError, `'${typeName(r)}' object cannot be interpreted as an integer`);
    const v = Number(r.p0);
    if (v < 0) raise(T.ValueError, "__len__() should return >= 0");
    return v;
  } finally {
    decref(r);
  }
}

export function getItem(obj: HeapObject, key: HeapObject): HeapObject {
  // Fast path: an exact list or tuple at an in-range int index.
  const c = obj.type;
  if ((c === listContract || c === tupleContract) && key.type === intContract) {
    const i = key.p0;
    if (typeof i === "number") {
      const items = obj.p0 as HeapObject[];
      const j = i < 0 ? i + items.length : i;
      if (j >= 0 && j < items.length) {
        const v = items[j]!;
        v.refcnt++;
        return v;
      }
    }
  }
  if (!(typeOf(obj).p0 as TypeInfo).heapType) {
    const r = nativeSeq.getItem(obj, key);
    if (r !== null) return r;
  }
  // A subclass of a builtin that keeps its base's __getitem__ has the base's mp_subscript
  // slot, called directly (no method call holding obj: a dict subclass's __missing__
  // sees what CPython's does).
  const solid = (typeOf(obj).p0 as TypeInfo).solidBase;
  if (
    solid !== null &&
    lookupSlot(typeOf(obj), "__getitem__") === lookupSlot(solid, "__getitem__")
  ) {
    const r = nativeSeq.getItem(obj, key);
    if (r !== null) return r;
  }
  const r = callSpecial(obj, "__getitem__", [key]);
  if (r !== null) return r;
  if (isSubtype(typeOf(obj), T.type)) {
    if (obj === T.type) return typeSubscript.alias(key); // Py_GenericAlias(type, key)
    const cg = lookup(obj, "__class_getitem__");
    if (cg !== null) return callBorrowed(descrGet(cg, null, obj), [key]);
  }
  const r2 = nativeSeq.getItem(obj, key);
  if (r2 !== null) return r2;
  raise(T.TypeError, `'${typeName(obj)}' object is not subscriptable`);
}

/** `type[key]`: a types.GenericAlias (genericalias.ts). */
export const typeSubscript = {
  alias: null as unknown as (key: HeapObject) => HeapObject,
};

export function setItem(obj: HeapObject, key: HeapObject, value: HeapObject): void {
  // Fast path: an exact list at an in-range int index (list_ass_item).
  if (obj.type === listContract && key.type === intContract) {
    const i = key.p0;
    if (typeof i === "number") {
      const items = obj.p0 as HeapObject[];
      const j = i < 0 ? i + items.length : i;
      if (j >= 0 && j < items.length) {
        const old = items[j]!;
        value.refcnt++;
        items[j] = value;
        decref(old);
        return;
      }
    }
  }
  if (!(typeOf(obj).p0 as TypeInfo).heapType && nativeSeq.setItem(obj, key, value)) return;
  const r = callSpecial(obj, "__setitem__", [key, value]);
  if (r !== null) {
    decref(r);
    return;
  }
  if (nativeSeq.setItem(obj, key, value)) return;
  raise(T.TypeError, `'${typeName(obj)}' object does not support item assignment`);
}

export function delItem(obj: HeapObject, key: HeapObject): void {
  if (!(typeOf(obj).p0 as TypeInfo).heapType && nativeSeq.delItem(obj, key)) return;
  const r = callSpecial(obj, "__delitem__", [key]);
  if (r !== null) {
    decref(r);
    return;
  }
  if (nativeSeq.delItem(obj, key)) return;
  // PyObject_DelItem: an index into a type with sequence slots fails in PySequence_DelItem
  // ("doesn't"); anything else at the end ("does not").
  const seq =
    hasSequenceSlots(typeOf(obj)) && (isInt(key) || lookupSlot(typeOf(key), "__index__") !== null);
  raise(
    T.TypeError,
    `'${typeName(obj)}' object ${seq ? "doesn't" : "does not"} support item deletion`,
  );
}

/**
 * Whether CPython's type has tp_as_sequence: every heap type (a class statement's, or a
 * builtin made from a spec), and the builtin sequences, sets and mappings (their
 * subclasses, such as the struct sequences, too).
 */
function hasSequenceSlots(type: HeapObject): boolean {
  const info = typeInfo(type);
  if (info.basesTuple !== null || info.gcType) return true;
  return info.mro.some((t) => SEQUENCE_SLOTTED.has(typeInfo(t).name));
}

/** Builtin types with sequence slots (tp_as_sequence), for delItem's message. */
const SEQUENCE_SLOTTED = new Set([
  "str",
  "bytes",
  "bytearray",
  "tuple",
  "list",
  "range",
  "set",
  "frozenset",
  "dict",
  "dict_keys",
  "dict_values",
  "dict_items",
  "mappingproxy",
  "memoryview",
]);

export function contains(container: HeapObject, item: HeapObject): boolean {
  if (!(typeOf(container).p0 as TypeInfo).heapType) {
    const r = nativeSeq.contains(container, item);
    if (r !== null) return r;
  }
  const r = callSpecial(container, "__contains__", [item]);
  if (r !== null) {
    try {
      return truthy(r);
    } finally {
      decref(r);
    }
  }
  const inherited = nativeSeq.contains(container, item);
  if (inherited !== null) return inherited;
  return iterSearch(container, item);
}

/** _PySequence_IterSearch: `item in container` by comparing each item the iterator gives. */
export function iterSearch(container: HeapObject, item: HeapObject): boolean {
  const it = getIter(container);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return false;
      const eq = x === item || pyEq(x, item);
      decref(x);
      if (eq) return true;
    }
  } finally {
    decref(it);
  }
}

/** iter(obj): a new reference to an iterator. */
export function getIter(obj: HeapObject): HeapObject {
  if (!(typeOf(obj).p0 as TypeInfo).heapType) {
    const r = nativeSeq.iter(obj);
    if (r !== null) return r;
  }
  const r = callSpecial(obj, "__iter__");
  if (r !== null) {
    if (lookupSlot(typeOf(r), "__next__") === null && !isNativeIterator(r)) {
      const name = typeName(r);
      decref(r);
      raise(T.TypeError, `iter() returned non-iterator of type '${name}'`);
    }
    return r;
  }
  if (lookupSlot(typeOf(obj), "__getitem__") !== null) return seqIterHook.make(obj);
  const r2 = nativeSeq.iter(obj);
  if (r2 !== null) return r2;
  raise(T.TypeError, `'${typeName(obj)}' object is not iterable`);
}

/** A builtin iterator is its own iterator (without consuming an item to find out). */
function isNativeIterator(obj: HeapObject): boolean {
  const it = nativeSeq.iter(obj);
  if (it === null) return false;
  decref(it);
  return it === obj;
}

export const seqIterHook = { make: null as unknown as (obj: HeapObject) => HeapObject };

/** next(it): a new reference, or null when exhausted (StopIteration swallowed). */
export function iterNext(it: HeapObject, onStop?: (exc: HeapObject) => void): HeapObject | null {
  const r = nativeSeq.next(it);
  if (r !== undefined) return r;
  try {
    const v = callSpecial(it, "__next__");
    if (v === null) raise(T.TypeError, `'${typeName(it)}' object is not an iterator`);
    return v;
  } catch (e) {
    if (e instanceof PyRaise && isInstanceOf(e.exc, T.StopIteration)) {
      // FOR_ITER under a tracer reports the StopIteration it clears (onStop).
      try {
        if (onStop !== undefined) onStop(e.exc);
      } finally {
        decref(e.exc);
      }
      return null;
    }
    throw e;
  }
}

/** Collect an iterable into a JS array of new references. */
export function toArray(iterable: HeapObject): HeapObject[] {
  if (iterable.type === C.list || iterable.type === C.tuple) {
    const items = (iterable.p0 as HeapObject[]).slice();
    for (const x of items) incref(x);
    return items;
  }
  const it = getIter(iterable);
  const out: HeapObject[] = [];
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return out;
      out.push(x);
      if (out.length >= MAX_ITEMS) memoryError(); // NOT-CPYTHON: a JS array's limit
    }
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  } finally {
    decref(it);
  }
}

/** An index from an int-like object, exact (PyNumber_Index): a bigint past 2**53. */
export function asExactIndex(obj: HeapObject): number | bigint {
  if (isInt(obj)) return obj.p0 as number | bigint;
  const r = callSpecial(obj, "__index__");
  if (r === null)
    raise(T.TypeError, `'${typeName(obj)}' object cannot be interpreted as an integer`);
  try {
    if (!isInt(r)) raise(T.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return r.p0 as number | bigint;
  } finally {
    decref(r);
  }
}

/** An index from an int-like object (PyNumber_AsSsize_t). */
export function asIndex(obj: HeapObject): number {
  if (obj.type === C.int || obj.type === C.bool) return Number(obj.p0);
  if (isInt(obj)) return Number(obj.p0);
  const r = callSpecial(obj, "__index__");
  if (r === null)
    raise(T.TypeError, `'${typeName(obj)}' object cannot be interpreted as an integer`);
  const v = Number(r.p0);
  decref(r);
  return v;
}

export { cellContract, floatRepr, formatFloat };
