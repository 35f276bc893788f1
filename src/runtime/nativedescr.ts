/**
 * The namespaces of builtin types as CPython 3.11 fills them beside their methods
 * (PyType_Ready: type_dict_set_doc, add_members, add_getset): each type's own `__doc__`,
 * and a member_descriptor (PyMemberDef) or getset_descriptor (PyGetSetDef) for each data
 * attribute — int.real, range.start, property.fget, BaseException.args, type.__name__,
 * object.__class__.
 *
 * pygc answers these attributes on an instance of the type itself from `nativeAttrs` (a
 * getter per name and instance layout), a lookup it keeps because it is quick. The
 * descriptors are built from the same getters, so the two cannot disagree: their __get__
 * calls the getter nativeAttrs holds (which also serves instances of subclasses, whose
 * layouts nativeAttrs does not list), their __set__ the type's setter or CPython's error
 * for a read-only attribute. Which names are members and which getsets, with their
 * docstrings and the types' own docstrings, is data measured from python3
 * (typenamespace-data.ts, by scripts/gen-type-namespaces.py); which of them may be
 * assigned is written below from CPython's tables (READONLY flags, NULL setters).
 *
 * A name the data lists but pygc has no getter for gets no descriptor (dir() then lacks
 * it, as before): nothing here answers an attribute pygc does not model.
 */
import type { HeapObject, ObjectType } from "../engine/index.js";
import {
  exceptionMember,
  type FunctionData,
  nativeAttrs,
  nativeSetAttrs,
  setClass,
  setExcAttr,
  setFunctionAttr,
  typeSetAttr,
} from "./abstract.js";
import { raise } from "./errors.js";
import { getsetContract, memberContract, NativeAccessor } from "./function.js";
import { decref, heap, incref } from "./heapref.js";
import { excState } from "./instance.js";
import { newStr } from "./objects.js";
import { TYPE_DESCRIPTORS, TYPE_DOCS } from "./typenamespace-data.js";
import { lookupEpoch, typeInfo, typeOf } from "./typeobject.js";
import { S, T } from "./types.js";

type Getter = (obj: HeapObject) => HeapObject;
type Setter = (obj: HeapObject, value: HeapObject) => void;

/** tp_name after its last dot ('weakref.ReferenceType' → 'ReferenceType'): the data's key. */
function shortName(type: HeapObject): string {
  const name = typeInfo(type).name;
  return name.slice(name.lastIndexOf(".") + 1);
}

/**
 * Of the descriptors the data lists, those CPython lets you assign (a member without the
 * READONLY flag, a getset with a setter), by type.
 */
const WRITABLE: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    object: "__class__",
    type: "__name__ __qualname__ __bases__ __module__ __abstractmethods__ __doc__ __annotations__",
    BaseException: "__suppress_context__ args __traceback__ __context__ __cause__ __dict__",
    AttributeError: "name obj",
    NameError: "name",
    StopIteration: "value",
    SystemExit: "code",
    ImportError: "msg name path",
    OSError: "errno strerror filename filename2 characters_written",
    SyntaxError: "msg filename lineno offset text end_lineno end_offset print_file_and_line",
    UnicodeEncodeError: "encoding object start end reason",
    UnicodeDecodeError: "encoding object start end reason",
    UnicodeTranslateError: "encoding object start end reason",
    function:
      "__doc__ __module__ __code__ __defaults__ __kwdefaults__ __annotations__ __dict__ " +
      "__name__ __qualname__",
    builtin_function_or_method: "__module__",
    cell: "cell_contents",
    module: "__annotations__",
    generator: "__name__ __qualname__",
    frame: "f_trace_lines f_trace_opcodes f_lineno f_trace",
    traceback: "tb_next",
    defaultdict: "default_factory",
    staticmethod: "__dict__",
    classmethod: "__dict__",
    partial: "__dict__",
    KeyWrapper: "obj",
  }).map(([type, names]) => [type, new Set(names.split(" "))]),
);

/**
 * How a writable attribute of `type` is assigned when its instances have no
 * nativeSetAttrs entry for it: the rules the instance path already applies.
 */
function fallbackSetter(type: HeapObject, name: string): Setter | null {
  if (type === T.object) return setClass; // object_set_class
  if (type === T.type) return (t, v) => typeSetAttr(t, name, v);
  if (type === T.function) return (f, v) => setFunctionAttr(f.p0 as FunctionData, name, v);
  if (typeInfo(type).mro.includes(T.BaseException!)) {
    return (e, v) => {
      const st = excState(e);
      if (st === null || !setExcAttr(e, st, name, v)) raise(T.AttributeError, "readonly attribute");
    };
  }
  return null;
}

/**
 * The descriptor's setter: the instances' nativeSetAttrs entry (looked up when called, as
 * modules add theirs after start-up), else the type's own rules; null when read-only.
 */
function setterFor(type: HeapObject, layout: unknown, name: string): Setter | null {
  if (WRITABLE[shortName(type)]?.has(name) !== true) return null;
  const fallback = fallbackSetter(type, name);
  return (obj, value) => {
    const native = nativeSetAttrs.get(layout)?.get(name);
    if (native !== undefined) native(obj, value);
    else if (fallback !== null) fallback(obj, value);
    else raise(T.AttributeError, "readonly attribute");
  };
}

/**
 * add_members / add_getset: a descriptor in `type`'s namespace for each member or getset
 * the data lists that `getters` answers and the namespace lacks. True when any was added.
 */
function addDescriptors(
  type: HeapObject,
  layout: unknown,
  getters: ReadonlyMap<string, Getter>,
): boolean {
  const entries = TYPE_DESCRIPTORS[shortName(type)];
  if (entries === undefined) return false;
  const dict = typeInfo(type).dict;
  let added = false;
  for (const [name, kind, doc] of entries) {
    const get = getters.get(name);
    if (get === undefined || dict.has(name)) continue;
    const accessor = new NativeAccessor(get, setterFor(type, layout, name), doc);
    incref(type);
    // (not tracked: a builtin type holds its descriptors for good, as the static
    // PyGetSetDef/PyMemberDef tables behind them last; tracking them would also make the
    // collector's first collection come earlier, during start-up)
    const descr = heap.alloc(kind === "m" ? memberContract : getsetContract, type, name, accessor);
    dict.set(name, descr);
    added = true;
  }
  return added;
}

/** object's only data attribute, object_getsets' __class__ (object_get_class/set_class). */
const objectGetters = new Map<string, Getter>([
  [
    "__class__",
    (o) => {
      const t = typeOf(o);
      incref(t);
      return t;
    },
  ],
]);

/**
 * The exception members pygc answers from an exception's state (BaseException's args,
 * __traceback__, ...; AttributeError's name, obj; NameError's name; SyntaxError's msg,
 * filename, lineno, ...): the same reads as the instance lookup.
 */
function exceptionGetters(type: HeapObject): Map<string, Getter> {
  const getters = new Map<string, Getter>();
  for (const [name] of TYPE_DESCRIPTORS[shortName(type)] ?? []) {
    getters.set(name, (e) => {
      const st = excState(e);
      const v = st === null ? undefined : exceptionMember(st, typeOf(e), name);
      if (v === undefined) raise(T.AttributeError, name);
      return v;
    });
  }
  return getters;
}

/** The exception types whose members pygc keeps in the exception's state. */
const STATE_EXCEPTIONS = [
  "BaseException",
  "AttributeError",
  "NameError",
  "StopIteration",
  "SystemExit",
  "ImportError",
  "OSError",
  "SyntaxError",
  "UnicodeEncodeError",
  "UnicodeDecodeError",
  "UnicodeTranslateError",
];

/**
 * Give every builtin type made so far the descriptors of its native attributes; run once
 * the builtins are set up and again after each builtin module (which may add types and
 * getters). Types already done keep theirs.
 */
export function exposeNativeAttrs(): void {
  let added = addDescriptors(T.object, null, objectGetters);
  for (const [layout, getters] of nativeAttrs) {
    const type = (layout === "type" ? T.type : (layout as ObjectType).owner) as HeapObject | null;
    // (builtin types only: a class statement's type owns its MRO tuple)
    if (type === null || typeInfo(type).mroTuple !== null) continue;
    if (typeInfo(type).contract !== layout && layout !== "type") continue;
    if (addDescriptors(type, layout, getters)) added = true;
  }
  for (const name of STATE_EXCEPTIONS) {
    const type = T[name]!;
    if (addDescriptors(type, typeInfo(type).contract, exceptionGetters(type))) added = true;
  }
  if (added) lookupEpoch.n++;
}

/** A builtin type's tp_doc: CPython's text for a type of that name, or null. */
export function builtinTypeDoc(type: HeapObject): string | null {
  return TYPE_DOCS[shortName(type)] ?? null;
}

/**
 * type_dict_set_doc: a builtin type's tp_doc (or None) as its namespace's `__doc__`, so an
 * instance's `__doc__` finds it before object's — unless the type has a `__doc__`
 * descriptor of its own (function, property), which add_getset / add_members put first.
 */
export function setBuiltinTypeDoc(type: HeapObject): void {
  const name = shortName(type);
  if (TYPE_DESCRIPTORS[name]?.some(([n]) => n === "__doc__")) return;
  const doc = TYPE_DOCS[name];
  const dict = typeInfo(type).dict;
  const old = dict.get("__doc__");
  const value = typeof doc === "string" ? newStr(doc) : S.None;
  if (value === S.None) incref(value);
  dict.set("__doc__", value);
  if (old !== undefined) decref(old);
}
