/**
 * The docstrings and text signatures of builtin functions and methods (CPython's ml_doc /
 * slotdef docs, as meth_get__doc__, meth_get__text_signature__, method_get_doc,
 * wrapperdescr_get_doc … split them): `len.__doc__`, `list.append.__text_signature__`
 * ('($self, object, /)'), `os.getcwd.__module__` ('posix').
 *
 * The text is data measured from python3 (builtin-docs.txt beside this module, by
 * scripts/gen-type-namespaces.py), read the first time a program asks, keyed by
 * "Type.name" for what a builtin type's namespace holds and "module.name" for a builtin
 * module's functions. A builtin function knows neither its type nor its module: the key is
 * found from what it is bound to, else by looking for it in the builtin types' namespaces
 * and the loaded builtin modules (an index made on first use). Something pygc has that
 * CPython does not gets None.
 */
import { readFileSync } from "node:fs";
import type { HeapObject } from "../engine/index.js";
import type { DictStore } from "./dictstore.js";
import { classmethodContract, moduleContract, staticmethodContract } from "./function.js";
import {
  builtinContract,
  methodDescriptorContract,
  methodWrapperContract,
  wrapperDescriptorContract,
} from "./objects.js";
import { isSubtype, typeInfo, typeOf } from "./typeobject.js";
import { T } from "./types.js";

/** [__doc__, __text_signature__, __module__ (module functions only)] */
type DocEntry = [string | null, string | null, string | null];

let docs: Record<string, DocEntry> | null = null;

function table(): Record<string, DocEntry> {
  docs ??= JSON.parse(readFileSync(new URL("./builtin-docs.txt", import.meta.url), "utf8"));
  return docs!;
}

/** The builtin modules made so far, by name (their dicts' stores): registry.ts adds them. */
export const builtinModuleStores = new Map<string, DictStore>();

/** Builtin functions found in a type's namespace or a module, by key (made on first use). */
let unboundKeys: Map<HeapObject, string> | null = null;

function indexUnbound(): Map<HeapObject, string> {
  const index = new Map<HeapObject, string>();
  const add = (v: HeapObject, key: string) => {
    if (v.type === builtinContract && !index.has(v)) index.set(v, key);
  };
  for (const t of Object.values(T)) {
    if (t === undefined) continue;
    const info = typeInfo(t);
    for (const [name, v] of info.dict) {
      // (type's __new__ and the like: static and class methods wrapping builtins)
      const f = v.type === staticmethodContract || v.type === classmethodContract ? v.p0 : v;
      if (f !== null) add(f as HeapObject, `${info.qualname}.${name}`);
    }
  }
  for (const [modname, store] of builtinModuleStores) {
    for (const e of store.live()) {
      if (typeof e.key.p0 === "string") add(e.value, `${modname}.${e.key.p0}`);
    }
  }
  return index;
}

/** `Type.name` for the type in `type`'s MRO whose namespace has `name`. */
function ownerKey(type: HeapObject, name: string): string | null {
  for (const c of typeInfo(type).mro) {
    if (typeInfo(c).dict.has(name)) return `${typeInfo(c).qualname}.${name}`;
  }
  return null;
}

/** The data's key for a builtin function, method descriptor, slot wrapper or method-wrapper. */
function keyOf(obj: HeapObject): string | null {
  if (obj.type === methodWrapperContract) return keyOf(obj.p0 as HeapObject);
  if (obj.type === methodDescriptorContract || obj.type === wrapperDescriptorContract) {
    return `${typeInfo(obj.p2 as HeapObject).qualname}.${obj.p1 as string}`;
  }
  const name = obj.p1 as string;
  const self = obj.p2 as HeapObject | null;
  if (self === null) {
    if (unboundKeys === null || !unboundKeys.has(obj)) unboundKeys = indexUnbound();
    return unboundKeys.get(obj) ?? null;
  }
  if (self.type === moduleContract) return `${self.p1 as string}.${name}`;
  // A bound method: of a class (dict.fromkeys, type.__prepare__) or of an instance.
  return isSubtype(typeOf(self), T.type)
    ? (ownerKey(self, name) ?? ownerKey(typeOf(self), name))
    : ownerKey(typeOf(self), name);
}

function entryOf(obj: HeapObject): DocEntry | null {
  const key = keyOf(obj);
  return key === null ? null : (table()[key] ?? null);
}

/** The builtin's __doc__ (null: None). */
export function builtinDoc(obj: HeapObject): string | null {
  return entryOf(obj)?.[0] ?? null;
}

/** The builtin's __text_signature__ (null: None). */
export function builtinTextSignature(obj: HeapObject): string | null {
  return entryOf(obj)?.[1] ?? null;
}

/**
 * A builtin function's __module__ (m_module): its module's name for a module function
 * (CPython's, as `os.getcwd` is posix's), else null (None).
 */
export function builtinModule(obj: HeapObject): string | null {
  const self = obj.p2 as HeapObject | null;
  if (self !== null && self.type !== moduleContract) return null;
  const entry = entryOf(obj);
  if (entry !== null) return entry[2];
  if (self !== null) return self.p1 as string;
  const key = keyOf(obj);
  return key === null || !builtinModuleStores.has(key.slice(0, key.lastIndexOf(".")))
    ? null
    : key.slice(0, key.lastIndexOf("."));
}
