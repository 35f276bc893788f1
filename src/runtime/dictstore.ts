/**
 * The storage behind `dict` (CPython Objects/dictobject.c, the compact "combined table").
 *
 * Entries live in insertion order in an array (deleted ones leave a hole, compacted when
 * holes pile up), which gives Python's ordering rules for free: iteration and
 * deallocation follow insertion order, a replaced value keeps its place, a deleted and
 * re-inserted key moves to the end. The index maps a key to its entry: keys whose
 * equality is plain value equality (str, int, bool, float, None) are looked up by a
 * primitive standing for them (a scan of the entries while the dict is small, then a JS
 * Map); other keys go through their Python `__hash__`/`__eq__`.
 *
 * The dict holds a strong reference to each key and value. It starts untracked and
 * becomes tracked when a key or value that may be tracked goes in (MAINTAIN_TRACKING).
 */
import type { HeapObject, Visit } from "../engine/index.js";
import { pyEqHeld, pyHash } from "./abstract.js";
import { decref, heap } from "./heapref.js";
import { lookup } from "./typeobject.js";
import { C, S } from "./types.js";

export class DictEntry {
  constructor(
    public key: HeapObject,
    public value: HeapObject,
    public hash: number,
    /** The key's primitive stand-in (see primitiveKey), or undefined for hashed keys. */
    public prim: unknown,
  ) {}
}

/**
 * Up to this many entry slots (holes included), primitive keys are found by scanning the
 * entries instead of through a Map: cheaper to build and to search for the small dicts
 * that instance attributes, keyword arguments and most literals are.
 */
const SMALL = 8;

const NONE_KEY = Symbol("None");

/** The complex type's contract (set by src/modules/complex.ts): `x+0j` keys equal `x`. */
export const complexKeys = { contract: null as unknown };

/** The primitive standing for `key` in the fast index, or undefined for hashed keys. */
function primitiveKey(key: HeapObject): unknown {
  const t = key.type;
  if (t === C.str || t === C.int || t === C.bool) return key.p0;
  if (t === C.float) return floatKey(key.p0 as number);
  if (t === complexKeys.contract && key.p1 === 0) return floatKey(key.p0 as number);
  if (key === S.None) return NONE_KEY;
  // A subclass of str, int or float that keeps the base's __hash__ and __eq__ is the
  // same key as its value.
  const layout = t.layout;
  if (layout !== t && (layout === C.str || layout === C.int || layout === C.float)) {
    const type = t.owner as HeapObject;
    if (lookup(type, "__hash__") === null && lookup(type, "__eq__") === null)
      return layout === C.float ? floatKey(key.p0 as number) : key.p0;
  }
  return undefined;
}

function floatKey(x: number): unknown {
  if (Number.isNaN(x)) return undefined;
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x;
}

/**
 * Append to a store's entries. A pushed JS array reserves 17 slots at once; most dicts
 * are small and many live long, so up to 8 entries the array is rebuilt at its exact
 * size (CPython's smallest keys table has 8 slots too).
 */
function appendEntry(store: DictStore, entry: DictEntry): void {
  const old = store.entries;
  const n = old.length;
  switch (n) {
    case 0:
      store.entries = [entry];
      return;
    case 1:
      store.entries = [old[0]!, entry];
      return;
    case 2:
      store.entries = [old[0]!, old[1]!, entry];
      return;
    case 3:
      store.entries = [old[0]!, old[1]!, old[2]!, entry];
      return;
    default:
      old.push(entry);
  }
}

export class DictStore {
  /** The dict object, once there is one (tracking decisions need it). */
  owner: HeapObject | null = null;
  entries: (DictEntry | null)[] = [];
  /** Primitive key -> entry, once the dict has grown past SMALL entry slots. */
  private fast: Map<unknown, DictEntry> | null = null;
  private hashed: Map<number, DictEntry[]> | null = null;
  size = 0;
  /** Bumped on every insertion or deletion (iteration checks it). */
  version = 0;
  /** Every key inserted since the last clear was a str (DK_IS_UNICODE). */
  unicodeKeys = true;
  /**
   * The modelled keys table (sys.getsizeof): its size (0: no table, the shared empty
   * keys) and dk_nentries, the slots used since the last resize, deleted ones included.
   */
  tableSize = 0;
  tableEntries = 0;
  /**
   * An instance's attributes as a 3.11 split table (the class's shared keys, inline
   * values): the slot of each key, noted when an attribute is deleted (keepSlots). A key
   * deleted and set again keeps its slot; clear() releases values in slot order. Null:
   * insertion order (which is slot order until something is deleted).
   */
  private slots: Map<unknown, number> | null = null;

  get(key: HeapObject): HeapObject | undefined {
    return this.find(key)?.value;
  }

  getStr(name: string): HeapObject | undefined {
    return this.findPrim(name)?.value;
  }

  /** The entry of the key whose primitive stand-in is `k`. */
  private findPrim(k: unknown): DictEntry | undefined {
    const fast = this.fast;
    if (fast !== null) return fast.get(k);
    const es = this.entries;
    for (let i = 0; i < es.length; i++) {
      const e = es[i]!;
      if (e !== null && e.prim === k) return e;
    }
    return undefined;
  }

  /**
   * Replace the value of the str key `name` if it sits at entries[i] (an attribute site's
   * remembered position): what `set` does for an existing key. False when it is not there.
   */
  replaceStrAt(i: number, name: string, value: HeapObject): boolean {
    const es = this.entries;
    if (i >= es.length) return false;
    const e = es[i]!;
    if (e === null || e.prim !== name) return false;
    value.refcnt++;
    const old = e.value;
    e.value = value;
    this.maintainTracking(e.key, value);
    decref(old);
    return true;
  }

  /** The position in `entries` of the str key `name`, or -1 (attribute site caches). */
  indexOfStr(name: string): number {
    const es = this.entries;
    if (this.fast === null) {
      for (let i = 0; i < es.length; i++) {
        const e = es[i]!;
        if (e !== null && e.prim === name) return i;
      }
      return -1;
    }
    const e = this.fast.get(name);
    return e === undefined ? -1 : es.indexOf(e);
  }

  /**
   * The entry of str key `name`. While `version` is unchanged the entry stays the key's
   * (a new value is stored into it), so a caller may keep it as an inline cache.
   */
  entryStr(name: string): DictEntry | undefined {
    return this.findPrim(name);
  }

  find(key: HeapObject): DictEntry | undefined {
    const k = primitiveKey(key);
    if (k !== undefined) return this.findPrim(k);
    const h = pyHash(key); // raises for unhashable keys even when the dict is empty
    if (this.hashed === null) return undefined;
    const bucket = this.hashed.get(h);
    if (bucket === undefined) return undefined;
    for (const e of bucket) if (e.key === key || pyEqHeld(e.key, key)) return e;
    return undefined;
  }

  /** PyDict_SetItem: borrows key and value. */
  set(key: HeapObject, value: HeapObject): void {
    const k = primitiveKey(key);
    let entry: DictEntry | undefined;
    let hash = 0;
    if (k !== undefined) entry = this.findPrim(k);
    else {
      // PyDict_SetItem takes its references to key and value before hashing the key, so a
      // Python __hash__/__eq__ sees them (the caller's references keep both alive).
      key.refcnt++;
      value.refcnt++;
      try {
        hash = pyHash(key);
        const bucket = this.hashed?.get(hash);
        if (bucket !== undefined)
          for (const e of bucket)
            if (e.key === key || pyEqHeld(e.key, key)) {
              entry = e;
              break;
            }
      } finally {
        key.refcnt--;
        value.refcnt--;
      }
    }
    if (entry !== undefined) {
      value.refcnt++;
      const old = entry.value;
      entry.value = value;
      this.maintainTracking(key, value);
      decref(old);
      return;
    }
    this.makeRoom(key);
    value.refcnt++;
    key.refcnt++;
    entry = new DictEntry(key, value, hash, k);
    if (k === undefined) {
      this.hashed ??= new Map();
      const bucket = this.hashed.get(hash);
      if (bucket === undefined) this.hashed.set(hash, [entry]);
      else bucket.push(entry);
    }
    appendEntry(this, entry);
    if (this.fast !== null) {
      if (k !== undefined) this.fast.set(k, entry);
    } else if (this.entries.length > SMALL) {
      const fast = new Map<unknown, DictEntry>();
      for (const e of this.entries) if (e !== null && e.prim !== undefined) fast.set(e.prim, e);
      this.fast = fast;
    }
    this.size++;
    this.version++;
    this.maintainTracking(key, value);
  }

  /**
   * Called before an instance attribute is deleted: note the slot of every key not noted
   * yet. Those were inserted after every noted one and never deleted since, so their
   * slots follow in insertion order. NOT-CPYTHON: slots are per instance, not shared by
   * the class, so instances setting the same names in different orders keep their own.
   */
  keepSlots(): void {
    if (!this.unicodeKeys) return;
    const slots = (this.slots ??= new Map<unknown, number>());
    for (const e of this.entries) {
      if (e !== null && !slots.has(e.prim)) slots.set(e.prim, slots.size);
    }
  }

  /**
   * The table changes for a new `key`; a resized table is a new keys object, which the
   * allocation accounting is told of (and may refuse with MemoryError: nothing changes).
   */
  private makeRoom(key: HeapObject): void {
    const { tableSize, tableEntries, unicodeKeys } = this;
    if (key.type !== C.str && this.unicodeKeys && this.tableSize > 0) {
      // A unicode keys table is rebuilt as a general one of twice the size.
      this.tableSize *= 2;
      this.tableEntries = this.size;
    }
    if (key.type !== C.str) this.unicodeKeys = false;
    this.growTable();
    if (this.tableSize !== tableSize && this.owner !== null && heap.observer !== null) {
      try {
        heap.resized(this.owner);
      } catch (e) {
        this.tableSize = tableSize;
        this.tableEntries = tableEntries;
        this.unicodeKeys = unicodeKeys;
        throw e;
      }
    }
  }

  /** insertdict/insertion_resize: a new entry needs a usable slot (2/3 of the table). */
  private growTable(): void {
    if (this.tableSize === 0) this.tableSize = 8;
    else if (this.tableEntries >= Math.floor((this.tableSize * 2) / 3)) {
      let size = 8;
      while (size < 3 * this.size) size *= 2;
      this.tableSize = size;
      this.tableEntries = this.size;
    }
    this.tableEntries++;
  }

  private maintainTracking(key: HeapObject, value: HeapObject): void {
    const owner = this.owner;
    if (
      owner !== null &&
      owner.gcNext === null &&
      (mayBeTrackedValue(key) || mayBeTrackedValue(value))
    ) {
      heap.track(owner);
    }
  }

  /** Remove `key`; returns the entry (whose references the caller now owns) or undefined. */
  remove(key: HeapObject): DictEntry | undefined {
    const entry = this.find(key);
    if (entry === undefined) return undefined;
    const k = entry.prim;
    if (k !== undefined) this.fast?.delete(k);
    else {
      const bucket = this.hashed!.get(entry.hash)!;
      bucket.splice(bucket.indexOf(entry), 1);
      if (bucket.length === 0) this.hashed!.delete(entry.hash);
    }
    const i = this.entries.indexOf(entry);
    this.entries[i] = null;
    this.size--;
    this.version++;
    if (this.entries.length > 16 && this.size < this.entries.length / 2) {
      this.entries = this.entries.filter((e) => e !== null);
    }
    return entry;
  }

  /** Delete and release (del d[k]). Returns false when the key is missing. */
  delete(key: HeapObject): boolean {
    const entry = this.remove(key);
    if (entry === undefined) return false;
    decref(entry.key);
    decref(entry.value);
    return true;
  }

  /** The entries in split-table slot order, for clear(); the table is combined after. */
  private inSlotOrder(): (DictEntry | null)[] {
    const slots = this.slots!;
    this.slots = null;
    if (!this.unicodeKeys) return this.entries;
    // Keys not noted yet take the next slots, in insertion order (a stable sort).
    const live = this.entries.filter((e): e is DictEntry => e !== null);
    const next = slots.size;
    // Past SHARED_KEYS_MAX_SIZE (30) keys the table went combined: insertion order.
    if (next + live.filter((e) => !slots.has(e.prim)).length > 30) return live;
    const slot = (e: DictEntry) => slots.get(e.prim) ?? next;
    return live.sort((a, b) => slot(a) - slot(b));
  }

  /** dict.clear / dealloc: release keys and values in insertion order (split: slot order). */
  clear(): void {
    const entries = this.slots === null ? this.entries : this.inSlotOrder();
    this.entries = [];
    this.fast = null;
    this.hashed = null;
    this.size = 0;
    this.version++;
    this.unicodeKeys = true;
    const hadTable = this.tableSize !== 0;
    this.tableSize = 0;
    this.tableEntries = 0;
    if (hadTable && this.owner !== null && heap.observer !== null) heap.resized(this.owner);
    for (const e of entries) {
      if (e === null) continue;
      decref(e.key);
      decref(e.value);
    }
  }

  /** dict_traverse: a table of str keys visits only values; others value, then key. */
  traverse(visit: Visit): void {
    const unicode = this.unicodeKeys;
    for (const e of this.entries) {
      if (e === null) continue;
      visit(e.value);
      if (!unicode) visit(e.key);
    }
  }

  mayHoldTracked(): boolean {
    for (const e of this.entries) {
      if (e !== null && (mayBeTrackedValue(e.key) || mayBeTrackedValue(e.value))) return true;
    }
    return false;
  }

  *live(): Generator<DictEntry> {
    for (const e of this.entries) if (e !== null) yield e;
  }
}

function mayBeTrackedValue(obj: HeapObject): boolean {
  if ((obj.type.flags & 1) === 0) return false;
  if (obj.type === C.tuple) return obj.gcNext !== null;
  return true;
}
