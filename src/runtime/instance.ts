/**
 * Instances of classes defined in Python (CPython typeobject.c subtype_traverse,
 * subtype_clear, subtype_dealloc, slot_tp_finalize) and exception state.
 *
 * Layout: p0 — the attribute Map (insertion order), or null for `__slots__`-only classes;
 * p1 — the `__dict__` dict object once materialised (it shares the Map), else null;
 * p2 — `__slots__` values (HeapObject | null)[] for plain instances, or an `ExcState` for
 * exceptions (which keeps its own slot values).
 */
import { type HeapObject, ObjectType, TypeFlag, type Visit } from "../engine/index.js";
import { DictStore } from "./dictstore.js";
import { decref, heap } from "./heapref.js";
import { newDict } from "./objects.js";
import { noteSplitDict } from "./sizeof.js";
import {
  decrefHeapType,
  increfHeapType,
  lookupSlot,
  type TypeInfo,
  typeInfo,
  typeOf,
} from "./typeobject.js";
import { T } from "./types.js";

export class ExcState {
  args: HeapObject | null = null;
  traceback: HeapObject | null = null;
  context: HeapObject | null = null;
  cause: HeapObject | null = null;
  suppressContext = false;
  slots: (HeapObject | null)[] | null = null;
  /** AttributeError's name and obj members (null: None). */
  attrName: HeapObject | null = null;
  attrObj: HeapObject | null = null;
  /**
   * The object members of the exception's builtin layout (StopIteration's value, OSError's
   * errno, strerror, filename, filename2, …: EXC_LAYOUTS), in CPython's struct order; null
   * where the C field is NULL (read as None). Null for BaseException's own layout.
   */
  members: (HeapObject | null)[] | null = null;
  /** Their names: the layout's EXC_LAYOUTS entry. */
  layout: readonly string[] | null = null;
  /** OSError's `written` (characters_written; -1: not set). */
  written = -1;
  /** UnicodeError's start and end (Py_ssize_t members). */
  start = 0;
  end = 0;
}

/**
 * The object members each builtin exception layout adds to BaseException's, by the type
 * that introduces the layout, in its struct's (and traverse's) order (Objects/exceptions.c:
 * PyStopIterationObject, PySystemExitObject, PyImportErrorObject, PyOSErrorObject,
 * PySyntaxErrorObject, PyUnicodeErrorObject).
 */
export const EXC_LAYOUTS: Readonly<Record<string, readonly string[]>> = {
  StopIteration: ["value"],
  SystemExit: ["code"],
  ImportError: ["msg", "name", "path"],
  OSError: ["errno", "strerror", "filename", "filename2"],
  SyntaxError: [
    "msg",
    "filename",
    "lineno",
    "offset",
    "end_lineno",
    "end_offset",
    "text",
    "print_file_and_line",
  ],
  UnicodeError: ["encoding", "object", "reason"],
};

const excLayouts = new WeakMap<TypeInfo, readonly string[] | null>();

/** The EXC_LAYOUTS entry of exception type `type` (its nearest builtin layout), or null. */
export function excLayoutOf(type: HeapObject): readonly string[] | null {
  const info = type.p0 as TypeInfo;
  let layout = excLayouts.get(info);
  if (layout === undefined) {
    layout = null;
    for (const c of info.mro) {
      const ci = c.p0 as TypeInfo;
      if (ci.heapType) continue;
      const own = EXC_LAYOUTS[ci.name];
      if (own !== undefined) {
        layout = own;
        break;
      }
    }
    excLayouts.set(info, layout);
  }
  return layout;
}

/**
 * What an instance of a Python subclass of a builtin with its own payload (list, dict,
 * int, weakref.ref, …) keeps in `p2` beside that payload: `__slots__` values and the
 * attributes (shared with the `__dict__` object once materialised).
 */
export class InstanceExtra {
  slots: (HeapObject | null)[];
  attrs: DictStore | null;
  dict: HeapObject | null = null;
  /** TypeInfo.slotOrder of the instance's class. */
  private readonly order: number[];
  constructor(info: TypeInfo) {
    this.slots = info.slotLayout.length > 0 ? new Array(info.slotLayout.length).fill(null) : [];
    this.attrs = info.hasDict ? new DictStore() : null;
    this.order = info.slotOrder;
  }

  traverse(visit: Visit): void {
    visitSlots(this.slots, this.order, visit);
    if (this.dict !== null) visit(this.dict);
    else if (this.attrs !== null) this.attrs.traverse(visit);
  }

  /** subtype_clear: slots, then the attributes. */
  release(): void {
    releaseSlots(this.slots, this.order);
    if (this.dict !== null) {
      const d = this.dict;
      this.dict = null;
      this.attrs = new DictStore();
      decref(d);
    } else this.attrs?.clear();
  }
}

/** Instances whose attributes live in an InstanceExtra (p2) rather than in p0. */
export const EXTRA_ATTRS = TypeFlag.Weakref | TypeFlag.Extends;

/** The attribute Map of an instance (shared with its __dict__ once materialised). */
export function attrsOf(obj: HeapObject): DictStore | null {
  if ((obj.type.flags & EXTRA_ATTRS) !== 0) return (obj.p2 as InstanceExtra | null)?.attrs ?? null;
  return obj.p0 as DictStore | null;
}

/** The slot values in `order` (TypeInfo.slotOrder): the most derived class's first. */
function visitSlots(slots: (HeapObject | null)[], order: number[], visit: Visit): void {
  for (let k = 0; k < order.length; k++) {
    const v = slots[order[k]!] ?? null;
    if (v !== null) visit(v);
  }
}

/** clear_slots for each class from the most derived up: each slot emptied, then released. */
function releaseSlots(slots: (HeapObject | null)[], order: number[]): void {
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const v = slots[i] ?? null;
    if (v !== null) {
      slots[i] = null;
      decref(v);
    }
  }
}

function slotValues(obj: HeapObject): (HeapObject | null)[] | null {
  const extra = obj.p2;
  if (extra === null) return null;
  if (extra instanceof ExcState) return extra.slots;
  return extra as (HeapObject | null)[];
}

/**
 * subtype_traverse: the slots, then the base's traverse — for an exception its layout's
 * members (OSError_traverse…, AttributeError_traverse: obj, name) before
 * BaseException_traverse (dict, args, traceback, cause, context) — then the class.
 */
function traverseInstance(obj: HeapObject, visit: Visit): void {
  const extra = obj.p2 as ExcState | (HeapObject | null)[] | null;
  if (extra !== null) {
    const slots = extra instanceof ExcState ? extra.slots : extra;
    if (slots !== null) visitSlots(slots, (obj.type.owner!.p0 as TypeInfo).slotOrder, visit);
  }
  if (extra instanceof ExcState) {
    const members = extra.members;
    if (members !== null) for (const m of members) if (m !== null) visit(m);
    if (extra.attrObj !== null) visit(extra.attrObj);
    if (extra.attrName !== null) visit(extra.attrName);
  }
  const dict = obj.p1 as HeapObject | null;
  if (dict !== null) visit(dict);
  else if (obj.p0 !== null) (obj.p0 as DictStore).traverse(visit);
  if (extra instanceof ExcState) {
    if (extra.args !== null) visit(extra.args);
    if (extra.traceback !== null) visit(extra.traceback);
    if (extra.cause !== null) visit(extra.cause);
    if (extra.context !== null) visit(extra.context);
  }
  const type = obj.type.owner as HeapObject;
  if ((type.p0 as TypeInfo).heapType) visit(type);
}

/**
 * subtype_clear + the exception's clear (its layout's members, then BaseException_clear):
 * slots, the members, the dict/attributes, then the rest of the exception state. A `dying`
 * instance (dealloc) gives its attribute store up for reuse.
 */
function releaseInstance(obj: HeapObject, dying = false): void {
  const slots = slotValues(obj);
  if (slots !== null) releaseSlots(slots, (obj.type.owner!.p0 as TypeInfo).slotOrder);
  if (obj.p2 instanceof ExcState) {
    const st = obj.p2;
    const refs = [...(st.members ?? []), st.attrObj, st.attrName];
    if (st.members !== null) st.members.fill(null);
    st.attrObj = st.attrName = null;
    for (const r of refs) if (r !== null) decref(r);
  }
  const dict = obj.p1 as HeapObject | null;
  if (dict !== null) {
    obj.p1 = null;
    obj.p0 = dying ? null : DictStore.make();
    decref(dict);
  } else if (obj.p0 !== null) {
    const attrs = obj.p0 as DictStore;
    if (dying) {
      obj.p0 = null;
      attrs.recycle();
    } else attrs.clear();
  }
  if (obj.p2 instanceof ExcState) {
    const st = obj.p2;
    const refs = [st.args, st.traceback, st.cause, st.context];
    st.args = st.traceback = st.cause = st.context = null;
    for (const r of refs) if (r !== null) decref(r);
  }
}

/** slot_tp_finalize: call __del__; errors are reported, never raised. */
export const finalizerHooks = {
  callDel: null as unknown as (obj: HeapObject, del: HeapObject) => void,
};

export function finalizeInstance(obj: HeapObject): void {
  const del = lookupSlot(obj.type.owner as HeapObject, "__del__");
  if (del !== null) finalizerHooks.callDel(obj, del);
}

export function makeInstanceContract(info: TypeInfo, hasFinalizer: boolean): ObjectType {
  // tp_basicsize (object, slots, weakref slot), the GC header, and the managed dict's
  // pre-header when the instances have a __dict__ (a slotted base's subclass too).
  const basic =
    16 + 8 * info.slotLayout.length + (info.weakrefable ? 8 : 0) + 16 + (info.hasDict ? 16 : 0);
  return new ObjectType({
    name: info.name,
    gc: true,
    weakrefable: info.weakrefable,
    basicSize: basic,
    traverse: traverseInstance,
    clear: (obj) => releaseInstance(obj),
    finalize: hasFinalizer ? finalizeInstance : undefined,
    dealloc: (obj) => {
      releaseInstance(obj, true);
      decrefHeapType(obj.type.owner as HeapObject);
      return undefined;
    },
  });
}

/** object.__new__ for a Python class: a tracked instance with empty attributes. */
export function allocInstance(type: HeapObject, exception = false): HeapObject {
  const info = type.p0 as TypeInfo;
  let extra: unknown = null;
  const slots = info.slotLayout.length > 0 ? new Array(info.slotLayout.length).fill(null) : null;
  if (exception) {
    const st = new ExcState();
    st.slots = slots;
    const layout = excLayoutOf(type);
    if (layout !== null) {
      st.layout = layout;
      st.members = new Array<HeapObject | null>(layout.length).fill(null);
    }
    extra = st;
  } else extra = slots;
  let attrs: DictStore | null = null;
  if (info.hasDict) {
    attrs = DictStore.make();
    initInlineValues(info, attrs);
  }
  const obj = heap.alloc(info.contract, attrs, null, extra);
  increfHeapType(type);
  heap.track(obj);
  return obj;
}

/**
 * init_inline_values: the size of a new instance's values array follows its class's shared
 * keys, which give up one usable slot per instance made (down to one spare): 30 slots for
 * the first instance, then 29, … down to the attribute count plus one.
 */
function initInlineValues(info: TypeInfo, attrs: DictStore): void {
  // Once the shared keys are down to one spare slot their size no longer changes (new
  // names take the spare, then instances get combined dicts): nothing left to track.
  if (info.sharedFloor) return;
  const prev = info.lastValues as DictStore | null;
  if (prev !== null && prev.size > info.sharedEntries) {
    info.sharedEntries = Math.min(prev.size, info.sharedSize);
  }
  if (info.sharedSize - info.sharedEntries > 1) {
    info.sharedSize--;
    info.lastValues = attrs;
  } else {
    info.sharedFloor = true;
    info.lastValues = null;
  }
}

/** obj.__dict__: materialise the dict object (one more GC object, as in CPython 3.11). */
export function instanceDict(obj: HeapObject): HeapObject {
  if ((obj.type.flags & EXTRA_ATTRS) !== 0) {
    const extra = obj.p2 as InstanceExtra;
    if (extra.dict === null) {
      extra.attrs ??= new DictStore();
      const d = newDict(extra.attrs);
      extra.dict = d;
      if (extra.attrs.mayHoldTracked()) heap.track(d);
    }
    return extra.dict;
  }
  if (obj.p1 === null) {
    const store = obj.p0 as DictStore;
    const info = typeInfo(typeOf(obj));
    if (info.heapType && info.solidBase === T.object) noteSplitDict(store, info);
    const dict = newDict(store);
    obj.p1 = dict;
    if (store.mayHoldTracked()) heap.track(dict);
  }
  return obj.p1 as HeapObject;
}

/** `obj.__dict__ = dict` (subtype_setdict): the instance keeps a new reference to `dict`. */
export function setInstanceDict(obj: HeapObject, dict: HeapObject): void {
  dict.refcnt++;
  const store = dict.p0 as DictStore;
  if ((obj.type.flags & EXTRA_ATTRS) !== 0) {
    const extra = obj.p2 as InstanceExtra;
    const old = extra.dict;
    const oldAttrs = extra.attrs;
    extra.dict = dict;
    extra.attrs = store;
    if (old !== null) decref(old);
    else oldAttrs?.clear();
    return;
  }
  const old = obj.p1 as HeapObject | null;
  const oldStore = obj.p0 as DictStore | null;
  obj.p1 = dict;
  obj.p0 = store;
  if (old !== null) decref(old);
  else oldStore?.clear();
}

export function excState(obj: HeapObject): ExcState | null {
  return obj.p2 instanceof ExcState ? obj.p2 : null;
}
