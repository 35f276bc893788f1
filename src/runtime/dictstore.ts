/**
 * The storage behind `dict` (CPython Objects/dictobject.c, the compact "combined table").
 *
 * Entries live in insertion order in one flat array, three slots per entry — key, value
 * and the key's primitive stand-in — so a dict of a few items is two JavaScript objects
 * (this store and its table) rather than one more object per item. A deleted entry leaves
 * a hole (key null), compacted when holes pile up; this gives Python's ordering rules
 * for free: iteration and deallocation follow insertion order, a replaced value keeps its
 * place, a deleted and re-inserted key moves to the end. Keys whose equality is plain
 * value equality (str, int, bool, float, None) are found by that primitive (a scan of the
 * table while the dict is small, then a JS Map to their positions); other keys go through
 * their Python `__hash__`/`__eq__`, and their third slot holds a box with the hash.
 *
 * The dict holds a strong reference to each key and value. It starts untracked and
 * becomes tracked when a key or value that may be tracked goes in (MAINTAIN_TRACKING).
 */
import type { HeapObject, Visit } from "../engine/index.js";
import { keepsNativeHash, overrides, pyEqHeld, pyHash } from "./abstract.js";
import { raise } from "./errors.js";
import { decref, heap } from "./heapref.js";
import { internStr, mayBeTracked } from "./objects.js";
import { lookup, lookupEpoch } from "./typeobject.js";
import { C, S, T } from "./types.js";

/** A key and its value, as `live()`, `find()` and `remove()` hand them out. */
export interface DictEntry {
  readonly key: HeapObject;
  readonly value: HeapObject;
}

/** A key and the stand-in its store keeps for it (see DictStore.keysStored). */
export interface StoredKey {
  readonly key: HeapObject;
  readonly stand: unknown;
}

/** Slots per entry in `DictStore.table`: key, value, primitive stand-in (or HashedKey). */
export const ENTRY = 3;

/** The third slot of an entry whose key is looked up by its Python hash. */
class HashedKey {
  constructor(readonly hash: number) {}
}

/**
 * An entry handed out by `entryStr` for an inline cache: plain fields (one load for the
 * cache's reader), kept current by the store when the value is replaced in place, and
 * valid while the store's `version` is unchanged.
 */
class EntryCell implements DictEntry {
  constructor(
    readonly key: HeapObject,
    public value: HeapObject,
  ) {}
}

/**
 * Up to this many table slots (holes included: 8 entries) the table is rebuilt at its
 * exact length on each insertion (a pushed JS array reserves 16 more slots at once; most
 * dicts are small and many live long).
 */
const SMALL = 8 * ENTRY;

/**
 * Up to this many table slots (holes included: 16 entries), primitive keys are found by
 * scanning instead of through a Map: cheaper to build and to search for the small dicts
 * that instance attributes, keyword arguments and most literals are. Comparing 16
 * internalized strings by pointer costs less than a Map lookup, and a miss (a method
 * call's check that the instance dict does not shadow the method) compares them all.
 */
const SCANNED = 16 * ENTRY;

const NONE_KEY = Symbol("None");

/**
 * Stores of instance `__dict__`s that are split dicts, with their class (see sizeof.ts),
 * forgotten when the store is recycled; `splitDictsUsed.on` once there has been one.
 */
export const splitDicts = new WeakMap<DictStore, unknown>();
export const splitDictsUsed = { on: false };

/** The table of every empty store (never written: an insertion replaces it). */
const EMPTY: unknown[] = [];

/**
 * Stores of freed dicts and instances, handed to new ones by DictStore.make (CPython keeps
 * freed dicts and keys tables on free lists too). A store that lives on is never copied
 * again by V8's young-generation collector (see Heap.spare).
 */
const spareStores: DictStore[] = [];
/** The stores waiting are spareStores[0 .. storeCount) (a counted stack, see Heap.spare). */
let storeCount = 0;
const SPARE_STORES_MAX = 1 << 18;

/**
 * Tables of freed dicts by entry count (1 .. SMALL / ENTRY), emptied, for the next small
 * tables (see recycle and tableOf): a table that lives on is never copied again by V8's
 * young-generation collector.
 */
const spareTables: unknown[][][] = Array.from({ length: SMALL / ENTRY + 1 }, () => []);
/** How many wait in each of spareTables (counted stacks, see Heap.spare). */
const tableCounts: number[] = spareTables.map(() => 0);
const SPARE_TABLES_MAX = 1 << 18;

/** Packed arrays of nulls by entry count, copied by tableOf (`new Array(n)` is holey). */
const nullTables: unknown[][] = Array.from({ length: SMALL / ENTRY + 1 }, (_, n) => {
  const t: unknown[] = [];
  for (let i = 0; i < n * ENTRY; i++) t.push(null);
  return t;
});

/** An attribute-store site that keeps the interned str of its name (AttrSite.key). */
export interface InternedKeySite {
  key: HeapObject | null;
}

function internedKeyOf(site: InternedKeySite, name: string): HeapObject {
  const key = internStr(name);
  key.refcnt--; // (interned: kept alive by the intern table)
  site.key = key;
  return key;
}

/** A table of n entries (at most SMALL / ENTRY): a spare one, or new; all slots null. */
function tableOf(n: number): unknown[] {
  const count = tableCounts[n]!;
  if (count === 0) return nullTables[n]!.slice();
  tableCounts[n] = count - 1;
  return spareTables[n]![count - 1]!;
}

/** The complex type's contract (set by src/modules/complex.ts): `x+0j` keys equal `x`. */
export const complexKeys = { contract: null as unknown };

/**
 * The hash of str key `s` behind DictStore.mayHoldStr's filter (FNV-1a over its UTF-16
 * units): its low 5 bits pick the bit in the filter's first word, the next 5 in its second.
 */
export function strFilterHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A hash folded to 32 bits for the buckets of hashed keys: a small integer keeps V8's Map
 * fast (a tuple's hash is a 64-bit value, a double here); equal keys still fold alike.
 */
function bucketHash(h: number): number {
  return h | 0;
}

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
    if (keepsNativeHash(type) && overrides(type, "__eq__") === null)
      return layout === C.float ? floatKey(key.p0 as number) : key.p0;
  }
  return undefined;
}

function floatKey(x: number): unknown {
  if (Number.isNaN(x)) return undefined;
  if (Number.isInteger(x) && !Number.isSafeInteger(x)) return BigInt(x);
  return x;
}

/** What few dicts need: the primitive index, hashed keys' buckets, split-table slots. */
class DictRare {
  /** Primitive key -> table position, once the table has grown past SCANNED slots. */
  fast: Map<unknown, number> | null = null;
  /** hash -> table positions of the hashed keys with that hash, in insertion order. */
  hashed: Map<number, number[]> | null = null;
  /**
   * An instance's attributes as a 3.11 split table (the class's shared keys, inline
   * values): the slot of each key, noted when an attribute is deleted (keepSlots). A key
   * deleted and set again keeps its slot; clear() releases values in slot order. Null:
   * insertion order (which is slot order until something is deleted).
   */
  slots: Map<unknown, number> | null = null;
  /** The cells entryStr handed out, by table position (see EntryCell). */
  cells: (EntryCell | undefined)[] | null = null;
}

/**
 * `shape` packs the modelled keys table (sys.getsizeof): log2 of its size (0: no table,
 * the shared empty keys), whether every key inserted since the last clear was a str
 * (DK_IS_UNICODE), and dk_nentries (slots used since the last resize, deleted included).
 */
const SHAPE_UNICODE = 32;
const SHAPE_ENTRIES = 64;
/** USABLE_FRACTION of a keys table of 2**log slots. */
const USABLE = Array.from({ length: 32 }, (_, log) => Math.floor((2 ** log * 2) / 3));

export class DictStore {
  /** The dict object, once there is one (tracking decisions need it). */
  owner: HeapObject | null;
  /** key, value, primitive stand-in (or HashedKey) per entry; a hole has key null. */
  table: unknown[];
  /** The indexes of big dicts and what few dicts need (null: none of it). */
  private rare: DictRare | null;
  size: number;
  /** Bumped on every insertion or deletion (iteration checks it). */
  version: number;
  private shape: number;
  /**
   * A Bloom filter of the str keys (two 32-bit words, a bit in each per key: see
   * strFilterHash), valid while bloomVersion equals version.
   */
  private bloom0: number;
  private bloom1: number;
  private bloomVersion: number;

  constructor() {
    this.owner = null;
    this.table = EMPTY;
    this.rare = null;
    this.size = 0;
    this.version = 0;
    this.shape = SHAPE_UNICODE;
    this.bloom0 = 0;
    this.bloom1 = 0;
    this.bloomVersion = -1;
  }

  /**
   * False when no str key whose strFilterHash is `h` is here (true: one may be). A method
   * call's test that the instance dict does not shadow the method mostly ends here,
   * without a scan of the keys; the filter is remade after keys come or go, not when
   * values change. (12 keys: about one name in ten passes without being there.)
   */
  mayHoldStr(h: number): boolean {
    if (this.bloomVersion !== this.version) {
      let b0 = 0;
      let b1 = 0;
      const t = this.table;
      for (let i = 2; i < t.length; i += ENTRY) {
        const k = t[i];
        if (typeof k === "string") {
          const kh = strFilterHash(k);
          b0 |= 1 << (kh & 31);
          b1 |= 1 << ((kh >>> 5) & 31);
        }
      }
      this.bloom0 = b0;
      this.bloom1 = b1;
      this.bloomVersion = this.version;
    }
    return (this.bloom0 & (1 << (h & 31))) !== 0 && (this.bloom1 & (1 << ((h >>> 5) & 31))) !== 0;
  }

  /** An empty store: one a freed dict or instance left (see recycle), or a new one. */
  static make(): DictStore {
    if (storeCount === 0) return new DictStore();
    return spareStores[--storeCount]!;
  }

  /**
   * Keep this store for make(): its dict or instance is being freed and nothing else
   * refers to it. It is emptied first (clear: its entries are released in clear's order).
   * Its version is not reset, so a cache that still names it (GlobalSite) cannot mistake
   * its next use for the old one.
   */
  recycle(): void {
    const t = this.table;
    this.clear();
    this.owner = null;
    if (splitDictsUsed.on) splitDicts.delete(this);
    if (storeCount < SPARE_STORES_MAX) spareStores[storeCount++] = this;
    // Its table too, when small (clear emptied it): nothing else holds a freed dict's
    // table.
    if (t.length !== 0 && t.length <= SMALL) {
      const n = t.length / ENTRY;
      const count = tableCounts[n]!;
      if (count < SPARE_TABLES_MAX) {
        spareTables[n]![count] = t;
        tableCounts[n] = count + 1;
      }
    }
  }

  /** The modelled keys table's size (0: none). */
  get tableSize(): number {
    const log = this.shape % SHAPE_UNICODE;
    // (a shift: `2 ** log` is a call of Math.pow, 100 ns where dicts grow)
    return log === 0 ? 0 : 1 << log;
  }

  /** dk_nentries of the modelled keys table. */
  get tableEntries(): number {
    return Math.floor(this.shape / SHAPE_ENTRIES);
  }

  /** Every key inserted since the last clear was a str (DK_IS_UNICODE). */
  get unicodeKeys(): boolean {
    return this.shape % SHAPE_ENTRIES >= SHAPE_UNICODE;
  }

  private setShape(tableSize: number, tableEntries: number, unicode: boolean): void {
    this.shape =
      tableEntries * SHAPE_ENTRIES +
      (unicode ? SHAPE_UNICODE : 0) +
      (tableSize === 0 ? 0 : 31 - Math.clz32(tableSize));
  }

  get(key: HeapObject): HeapObject | undefined {
    const at = this.lookup(key);
    return at < 0 ? undefined : (this.table[at + 1] as HeapObject);
  }

  /**
   * The value of `key`, found as another store holds it: `stand` is the third slot of its
   * entry there (its primitive stand-in, or its stored hash: no `__hash__` call).
   */
  getStored(key: HeapObject, stand: unknown): HeapObject | undefined {
    const at = this.findStored(key, stand);
    return at < 0 ? undefined : (this.table[at + 1] as HeapObject);
  }

  /**
   * The table position of `key` by the stand-in another store keeps for it, or -1: lookup
   * with the hash already known (_PyDict_GetItem_KnownHash, set_contains_entry), so no
   * `__hash__` call; a primitive's hash, when needed, runs no Python code. An undefined
   * `stand` (none known) hashes the key.
   */
  private findStored(key: HeapObject, stand: unknown): number {
    if (stand === undefined) return this.lookup(key);
    if (stand instanceof HashedKey) {
      const at = this.findHashed(key, stand.hash);
      return at >= 0 ? at : this.findPrimEqual(key, stand.hash);
    }
    const at = this.findPrim(stand);
    return at >= 0 || !this.hasHashedKeys() ? at : this.findHashed(key, bucketHash(pyHash(key)));
  }

  /** Whether `key` is here, found by the stand-in `stand` another store keeps for it. */
  hasStored(key: HeapObject, stand: unknown): boolean {
    return this.findStored(key, stand) >= 0;
  }

  /**
   * PyDict_SetItem with the hash another store keeps for `key` (its stand-in `stand`):
   * _PyDict_SetItem_KnownHash, set_add_entry — no `__hash__` call. Key and value borrowed,
   * held while the lookup compares keys.
   */
  setStored(key: HeapObject, value: HeapObject, stand: unknown): void {
    if (stand === undefined) {
      this.set(key, value, true);
      return;
    }
    key.refcnt++;
    value.refcnt++;
    try {
      const at = this.findStored(key, stand);
      if (stand instanceof HashedKey) this.setAt(at, key, value, undefined, stand.hash);
      else this.setAt(at, key, value, at >= 0 ? undefined : stand, 0);
    } finally {
      decref(value);
      decref(key);
    }
  }

  /** remove(), the key found by the stand-in another store keeps for it (see findStored). */
  removeStored(key: HeapObject, stand: unknown): DictEntry | undefined {
    return this.removeAt(this.findStored(key, stand));
  }

  getStr(name: string): HeapObject | undefined {
    const at = this.findPrim(name);
    return at < 0 ? undefined : (this.table[at + 1] as HeapObject);
  }

  /** The table position of the key whose primitive stand-in is `k`, or -1. */
  private findPrim(k: unknown): number {
    const rare = this.rare;
    if (rare !== null && rare.fast !== null) return rare.fast.get(k) ?? -1;
    const t = this.table;
    for (let i = 2; i < t.length; i += ENTRY) if (t[i] === k) return i - 2;
    return -1;
  }

  /**
   * Replace the value of the str key `name` if it sits at table position `at` (an
   * attribute site's remembered position), taking over the caller's reference to `value`;
   * returns the value replaced, whose reference the caller now owns (STORE_ATTR's specialized
   * form releases it while it still holds the owner). Null when the key is not there.
   */
  swapStrAt(at: number, name: string, value: HeapObject): HeapObject | null {
    const t = this.table;
    if (at >= t.length || t[at + 2] !== name) return null;
    const old = t[at + 1] as HeapObject;
    t[at + 1] = value;
    if (this.rare !== null) this.cellValue(at, value);
    this.maintainTracking(t[at] as HeapObject, value);
    return old;
  }

  /** The table position of the str key `name`, or -1 (attribute site caches). */
  indexOfStr(name: string): number {
    return this.findPrim(name);
  }

  /**
   * The entry of str key `name`. While `version` is unchanged the entry stays the key's
   * and shows its current value, so a caller may keep it as an inline cache.
   */
  entryStr(name: string): DictEntry | undefined {
    const at = this.findPrim(name);
    if (at < 0) return undefined;
    const rare = (this.rare ??= new DictRare());
    const cells = (rare.cells ??= []);
    let cell = cells[at];
    if (cell === undefined) {
      const t = this.table;
      cell = cells[at] = new EntryCell(t[at] as HeapObject, t[at + 1] as HeapObject);
    }
    return cell;
  }

  /** The key and value stored for `key` (a snapshot), or undefined. */
  find(key: HeapObject): DictEntry | undefined {
    const at = this.lookup(key);
    if (at < 0) return undefined;
    const t = this.table;
    return { key: t[at] as HeapObject, value: t[at + 1] as HeapObject };
  }

  has(key: HeapObject): boolean {
    return this.lookup(key) >= 0;
  }

  /** The table position of `key`, or -1; hashes it (raising for unhashable keys). */
  lookup(key: HeapObject): number {
    const k = primitiveKey(key);
    if (k !== undefined) {
      const at = this.findPrim(k);
      return at >= 0 || !this.hasHashedKeys() ? at : this.findHashed(key, bucketHash(pyHash(key)));
    }
    const h = bucketHash(pyHash(key)); // raises for unhashable keys even when the dict is empty
    const at = this.findHashed(key, h);
    return at >= 0 ? at : this.findPrimEqual(key, h);
  }

  /** Whether any key sits in the hashed index (not a primitive stand-in). */
  private hasHashedKeys(): boolean {
    const hashed = this.rare?.hashed;
    return hashed !== null && hashed !== undefined && hashed.size > 0;
  }

  /**
   * A hashed key equal to a primitive one: a str, int or float subclass instance whose
   * class overrides __eq__ or __hash__ (kept in the hashed index) matches the plain value
   * stored as a primitive when the hashes agree and __eq__ says so, as one CPython table
   * finds both. The table position, or -1.
   */
  private findPrimEqual(key: HeapObject, h: number): number {
    const layout = key.type.layout;
    if (layout !== C.str && layout !== C.int && layout !== C.float) return -1;
    const at = this.findPrim(layout === C.float ? floatKey(key.p0 as number) : key.p0);
    if (at < 0) return -1;
    const stored = this.table[at] as HeapObject;
    if (bucketHash(pyHash(stored)) !== h) return -1;
    return pyEqHeld(stored, key) ? at : -1;
  }

  /**
   * The table position of hashed `key` (hash `h`), or -1. A comparison that changes the
   * dict restarts the search, as lookdict does.
   */
  private findHashed(key: HeapObject, h: number): number {
    for (;;) {
      const bucket = this.rare?.hashed?.get(h);
      if (bucket === undefined) return -1;
      const version = this.version;
      const t = this.table;
      let restart = false;
      for (let j = 0; j < bucket.length; j++) {
        const at = bucket[j]!;
        const k = t[at] as HeapObject;
        if (k === key) return at;
        const eq = pyEqHeld(k, key);
        if (this.version !== version || this.table !== t) {
          restart = true;
          break;
        }
        if (eq) return at;
      }
      if (!restart) return -1;
    }
  }

  /**
   * PyDict_SetItem (key and value borrowed). `hashFirst`: set_add_key's order, which
   * hashes the key before set_add_entry takes its reference to it (a Python __hash__ sees
   * one reference fewer than under a dict's; __eq__ sees the key held) and takes none to
   * the value.
   */
  set(key: HeapObject, value: HeapObject, hashFirst = false): void {
    const k = primitiveKey(key);
    if (k !== undefined) {
      let at = this.findPrim(k);
      if (at < 0 && this.hasHashedKeys()) {
        at = this.findHashed(key, bucketHash(pyHash(key)));
        if (at >= 0) {
          this.setAt(at, key, value, undefined, 0); // (the equal hashed key's entry: its value)
          return;
        }
      }
      this.setAt(at, key, value, k, 0);
      return;
    }
    let at: number;
    // PyDict_SetItem takes its references to key and value before hashing the key, so a
    // Python __hash__/__eq__ sees them (the caller's references keep both alive).
    let hash = hashFirst ? bucketHash(pyHash(key)) : 0;
    const valueHeld = hashFirst ? 0 : 1;
    key.refcnt++;
    value.refcnt += valueHeld;
    try {
      if (!hashFirst) hash = bucketHash(pyHash(key));
      at = this.findHashed(key, hash);
      if (at < 0) {
        at = this.findPrimEqual(key, hash);
        if (at >= 0) {
          // (An equal plain value's entry: its key and stand-in stay, the value changes.)
          this.setAt(at, key, value, undefined, 0);
          return;
        }
      }
    } finally {
      key.refcnt--;
      value.refcnt -= valueHeld;
    }
    this.setAt(at, key, value, undefined, hash);
  }

  /**
   * BUILD_MAP of up to three pairs into this empty store (keys and values borrowed; the
   * pairs not there are null), when their keys are distinct primitives (str, int…) and no
   * allocation observer needs each resize: the table is made at its size at once. False,
   * with nothing done, otherwise.
   */
  fillFresh(
    k0: HeapObject,
    v0: HeapObject,
    k1: HeapObject | null,
    v1: HeapObject | null,
    k2: HeapObject | null,
    v2: HeapObject | null,
  ): boolean {
    if (this.size !== 0 || this.table !== EMPTY || heap.observer !== null) return false;
    const p0 = primitiveKey(k0);
    if (p0 === undefined) return false;
    let t: unknown[];
    if (k1 === null) {
      t = tableOf(1);
    } else {
      const p1 = primitiveKey(k1);
      if (p1 === undefined || p1 === p0) return false;
      if (k2 === null) t = tableOf(2);
      else {
        const p2 = primitiveKey(k2);
        if (p2 === undefined || p2 === p0 || p2 === p1) return false;
        t = tableOf(3);
        t[6] = k2;
        t[7] = v2;
        t[8] = p2;
      }
      t[3] = k1;
      t[4] = v1;
      t[5] = p1;
    }
    t[0] = k0;
    t[1] = v0;
    t[2] = p0;
    for (let i = 0; i < t.length; i += ENTRY) {
      const key = t[i] as HeapObject;
      const value = t[i + 1] as HeapObject;
      this.makeRoom(key);
      key.refcnt++;
      value.refcnt++;
      this.maintainTracking(key, value);
    }
    this.table = t;
    this.size = t.length / ENTRY;
    this.version += this.size;
    return true;
  }

  /**
   * dict_merge from another dict: its entries in order, each key found by the hash the
   * other dict stored (no `__hash__` call), as `dict(d)`, `update(d)` and `{**d}` do.
   */
  mergeFrom(other: DictStore, copy = false): void {
    // Into an empty dict CPython clones the keys table — no lookups, so no __eq__ call —
    // when `other` has no deleted entries and is small or well filled (dict_merge), or
    // for dict.copy() when at most a third of its entries are deleted (PyDict_Copy).
    // Otherwise each key goes in through a lookup, which may compare keys.
    const n = other.size;
    const clone =
      this.size === 0 &&
      this !== other &&
      (copy
        ? n >= Math.floor((other.tableEntries * 2) / 3)
        : n === other.tableEntries &&
          (other.tableSize === 8 || Math.floor(other.tableSize / 3) < n));
    // Entries are read as they are now, each held while it goes in: a key's __eq__ may
    // change either dict; one that adds to `other` is an error (dict_merge's check).
    const entries = other.tableEntries;
    for (let i = 0; i < other.table.length; i += ENTRY) {
      const t = other.table;
      const key = t[i] as HeapObject | null;
      if (key === null) continue;
      const value = t[i + 1] as HeapObject;
      const p = t[i + 2];
      key.refcnt++;
      value.refcnt++;
      try {
        const at = clone ? -1 : this.findStored(key, p);
        if (p instanceof HashedKey) this.setAt(at, key, value, undefined, p.hash);
        else this.setAt(at, key, value, p, 0);
      } finally {
        decref(value);
        decref(key);
      }
      if (other.tableEntries !== entries) raise(T.RuntimeError, "dict mutated during update");
    }
  }

  /**
   * Set `key` (borrowed, as `value`) whose entry is at table position `at`, or new (-1):
   * `k` its primitive stand-in, or undefined with its `hash`.
   */
  private setAt(at: number, key: HeapObject, value: HeapObject, k: unknown, hash: number): void {
    if (at >= 0) {
      const t = this.table;
      value.refcnt++;
      const old = t[at + 1] as HeapObject;
      t[at + 1] = value;
      if (this.rare !== null) this.cellValue(at, value);
      this.maintainTracking(key, value);
      decref(old);
      return;
    }
    this.insert(key, value, k, hash);
  }

  /**
   * Set the str key `name` (an instance attribute: the key is the interned str of that
   * name) and return the entry's table position, for the attribute site's cache.
   */
  setStr(name: string, value: HeapObject, site: InternedKeySite | null = null): number {
    const at = this.findPrim(name);
    if (at >= 0) {
      const t = this.table;
      value.refcnt++;
      const old = t[at + 1] as HeapObject;
      t[at + 1] = value;
      if (this.rare !== null) this.cellValue(at, value);
      this.maintainTracking(t[at] as HeapObject, value);
      decref(old);
      return at;
    }
    if (site !== null) {
      // (interned strs live as long as the interpreter: the site need not own its key)
      const key = site.key ?? internedKeyOf(site, name);
      return this.insert(key, value, key.p0, 0);
    }
    const key = internStr(name);
    try {
      return this.insert(key, value, key.p0, 0);
    } finally {
      decref(key);
    }
  }

  /**
   * Append a new entry (key and value borrowed; `k` the key's primitive stand-in, or
   * undefined with its `hash`); returns its table position.
   */
  private insert(key: HeapObject, value: HeapObject, k: unknown, hash: number): number {
    this.makeRoom(key);
    value.refcnt++;
    key.refcnt++;
    const prim = k === undefined ? new HashedKey(hash) : k;
    const t = this.table;
    const n = t.length;
    if (n >= SMALL) t.push(key, value, prim);
    else if (n === 0 && tableCounts[1] === 0) this.table = [key, value, prim];
    else {
      // A small table grows into one of the freed tables recycle() keeps, else a new one
      // of its size. (The kept tables piled up unused while instances grew their
      // attributes one by one: 262,144 tables, 25 MB, after as many two-attribute
      // objects. Array.prototype.concat, used before, asks every object it appends for
      // Symbol.isConcatSpreadable: 150 ns an attribute.)
      const grown = tableOf(n / ENTRY + 1);
      for (let i = 0; i < n; i++) grown[i] = t[i];
      grown[n] = key;
      grown[n + 1] = value;
      grown[n + 2] = prim;
      this.table = grown;
    }
    if (k === undefined) {
      const rare = (this.rare ??= new DictRare());
      const hashed = (rare.hashed ??= new Map());
      const bucket = hashed.get(hash);
      if (bucket === undefined) hashed.set(hash, [n]);
      else bucket.push(n);
    }
    const fast = this.rare?.fast ?? null;
    if (fast !== null) {
      if (k !== undefined) fast.set(k, n);
    } else if (n + ENTRY > SCANNED) this.buildFast();
    this.size++;
    this.version++;
    this.maintainTracking(key, value);
    return n;
  }

  /** A value replaced in place: the entry's cell, if entryStr made one, shows it. */
  private cellValue(at: number, value: HeapObject): void {
    const cells = this.rare!.cells;
    if (cells !== null) {
      const cell = cells[at];
      if (cell !== undefined) cell.value = value;
    }
  }

  /** The primitive index, built once the table outgrows scanning. */
  private buildFast(): void {
    const fast = new Map<unknown, number>();
    const t = this.table;
    for (let i = 0; i < t.length; i += ENTRY) {
      const p = t[i + 2];
      if (t[i] !== null && !(p instanceof HashedKey)) fast.set(p, i);
    }
    (this.rare ??= new DictRare()).fast = fast;
  }

  /**
   * Called before an instance attribute is deleted: note the slot of every key not noted
   * yet. Those were inserted after every noted one and never deleted since, so their
   * slots follow in insertion order. NOT-CPYTHON: slots are per instance, not shared by
   * the class, so instances setting the same names in different orders keep their own.
   */
  keepSlots(): void {
    if (!this.unicodeKeys) return;
    const rare = (this.rare ??= new DictRare());
    const slots = (rare.slots ??= new Map<unknown, number>());
    const t = this.table;
    for (let i = 0; i < t.length; i += ENTRY) {
      if (t[i] !== null && !slots.has(t[i + 2])) slots.set(t[i + 2], slots.size);
    }
  }

  /**
   * The table changes for a new `key`; a resized table is a new keys object, which the
   * allocation accounting is told of (and may refuse with MemoryError: nothing changes).
   */
  private makeRoom(key: HeapObject): void {
    const shape = this.shape;
    const log = shape % SHAPE_UNICODE;
    if (shape === SHAPE_UNICODE) {
      // An empty store's first key: the smallest table (8 slots), one entry used.
      this.shape = SHAPE_ENTRIES + (key.type === C.str ? SHAPE_UNICODE : 0) + 3;
      if (this.owner !== null && heap.observer !== null) {
        try {
          heap.resized(this.owner);
        } catch (e) {
          this.shape = shape;
          throw e;
        }
      }
      return;
    }
    if (log !== 0 && (key.type === C.str || shape % SHAPE_ENTRIES < SHAPE_UNICODE)) {
      // The common case: the table has a usable slot and keeps its kind.
      if ((shape - (shape % SHAPE_ENTRIES)) / SHAPE_ENTRIES < USABLE[log]!) {
        this.shape = shape + SHAPE_ENTRIES;
        return;
      }
    }
    let tableSize = this.tableSize;
    let tableEntries = this.tableEntries;
    let unicode = this.unicodeKeys;
    // (dictresize: a new keys table, the old one freed after the entries moved)
    let rebuilt = false;
    if (key.type !== C.str) {
      if (unicode && tableSize > 0) {
        // A unicode keys table is rebuilt as a general one of twice the size.
        tableSize *= 2;
        tableEntries = this.size;
        rebuilt = true;
      }
      unicode = false;
    }
    // insertdict/insertion_resize: a new entry needs a usable slot (2/3 of the table).
    if (tableSize === 0) {
      tableSize = 8;
      rebuilt = true;
    } else if (tableEntries >= Math.floor((tableSize * 2) / 3)) {
      let size = 8;
      while (size < 3 * this.size) size *= 2;
      tableSize = size;
      tableEntries = this.size;
      rebuilt = true;
    }
    tableEntries++;
    this.setShape(tableSize, tableEntries, unicode);
    if (rebuilt && this.owner !== null && heap.observer !== null) {
      try {
        heap.resized(this.owner, true);
      } catch (e) {
        this.shape = shape;
        throw e;
      }
    }
  }

  private maintainTracking(key: HeapObject, value: HeapObject): void {
    const owner = this.owner;
    if (owner !== null && owner.gcNext === null && (mayBeTracked(key) || mayBeTracked(value))) {
      heap.track(owner);
    }
  }

  /** Remove `key`; returns the entry (whose references the caller now owns) or undefined. */
  remove(key: HeapObject): DictEntry | undefined {
    return this.removeAt(this.lookup(key));
  }

  /** remove() of the entry at table position `at` (nothing when it is -1). */
  private removeAt(at: number): DictEntry | undefined {
    if (at < 0) return undefined;
    const t = this.table;
    const entry: DictEntry = { key: t[at] as HeapObject, value: t[at + 1] as HeapObject };
    const p = t[at + 2];
    if (p instanceof HashedKey) {
      const hashed = this.rare!.hashed!;
      const bucket = hashed.get(p.hash)!;
      bucket.splice(bucket.indexOf(at), 1);
      if (bucket.length === 0) hashed.delete(p.hash);
    } else this.rare?.fast?.delete(p);
    t[at] = null;
    t[at + 1] = null;
    t[at + 2] = null;
    const cells = this.rare?.cells;
    if (cells != null) cells[at] = undefined;
    this.size--;
    this.version++;
    if (t.length > 16 * ENTRY && this.size * ENTRY < t.length / 2) this.compact();
    return entry;
  }

  /** Drop the holes; positions change, so the indexes are rebuilt. */
  private compact(): void {
    const t = this.table;
    const out: unknown[] = [];
    const hashed = this.rare?.hashed ?? null;
    hashed?.clear();
    for (let i = 0; i < t.length; i += ENTRY) {
      if (t[i] === null) continue;
      const p = t[i + 2];
      if (hashed !== null && p instanceof HashedKey) {
        const bucket = hashed.get(p.hash);
        if (bucket === undefined) hashed.set(p.hash, [out.length]);
        else bucket.push(out.length);
      }
      out.push(t[i], t[i + 1], p);
    }
    this.table = out;
    if (this.rare !== null) this.rare.cells = null; // positions moved (version changed)
    if (this.rare?.fast != null) this.buildFast();
  }

  /** Delete and release (del d[k]). Returns false when the key is missing. */
  delete(key: HeapObject): boolean {
    const entry = this.remove(key);
    if (entry === undefined) return false;
    decref(entry.key);
    decref(entry.value);
    return true;
  }

  /** The live entries' positions in split-table slot order, for clear(). */
  private inSlotOrder(t: unknown[], slots: Map<unknown, number>): number[] {
    const live: number[] = [];
    for (let i = 0; i < t.length; i += ENTRY) if (t[i] !== null) live.push(i);
    if (!this.unicodeKeys) return live;
    // Keys not noted yet take the next slots, in insertion order (a stable sort).
    const next = slots.size;
    // Past SHARED_KEYS_MAX_SIZE (30) keys the table went combined: insertion order.
    if (next + live.filter((i) => !slots.has(t[i + 2])).length > 30) return live;
    const slot = (i: number) => slots.get(t[i + 2]) ?? next;
    return live.sort((a, b) => slot(a) - slot(b));
  }

  /** dict.clear / dealloc: release keys and values in insertion order (split: slot order). */
  clear(): void {
    const t = this.table;
    const slots = this.rare?.slots ?? null;
    const order = slots === null ? null : this.inSlotOrder(t, slots);
    const hadTable = this.shape % SHAPE_UNICODE !== 0;
    this.table = EMPTY;
    this.rare = null;
    this.size = 0;
    this.version++;
    this.shape = SHAPE_UNICODE;
    // (PyDict_Clear leaves a split dict combined, with the shared empty keys)
    if (splitDictsUsed.on) splitDicts.delete(this);
    if (hadTable && this.owner !== null && heap.observer !== null) heap.resized(this.owner);
    // The detached table is emptied as it goes (recycle may keep it for another dict).
    if (order === null) {
      for (let i = 0; i < t.length; i += ENTRY) {
        const k = t[i] as HeapObject | null;
        if (k === null) continue;
        const v = t[i + 1] as HeapObject;
        t[i] = t[i + 1] = t[i + 2] = null;
        decref(k);
        decref(v);
      }
    } else {
      for (const i of order) {
        const k = t[i] as HeapObject;
        const v = t[i + 1] as HeapObject;
        t[i] = t[i + 1] = t[i + 2] = null;
        decref(k);
        decref(v);
      }
    }
  }

  /** dict_traverse: a table of str keys visits only values; others value, then key. */
  traverse(visit: Visit): void {
    const t = this.table;
    if (this.unicodeKeys) {
      for (let i = 0; i < t.length; i += ENTRY) if (t[i] !== null) visit(t[i + 1] as HeapObject);
    } else {
      for (let i = 0; i < t.length; i += ENTRY) {
        const k = t[i] as HeapObject | null;
        if (k === null) continue;
        visit(t[i + 1] as HeapObject);
        visit(k);
      }
    }
  }

  /** set_traverse: the keys. */
  traverseKeys(visit: Visit): void {
    const t = this.table;
    for (let i = 0; i < t.length; i += ENTRY) {
      const k = t[i] as HeapObject | null;
      if (k !== null) visit(k);
    }
  }

  mayHoldTracked(): boolean {
    const t = this.table;
    for (let i = 0; i < t.length; i += ENTRY) {
      const k = t[i] as HeapObject | null;
      if (k !== null && (mayBeTracked(k) || mayBeTracked(t[i + 1] as HeapObject))) return true;
    }
    return false;
  }

  /**
   * The keys in order with the stand-in each is stored under (its primitive, or its stored
   * hash), for lookups in another store without hashing again (hasStored, setStored).
   */
  keysStored(): StoredKey[] {
    const t = this.table;
    const out: StoredKey[] = [];
    for (let i = 0; i < t.length; i += ENTRY) {
      const k = t[i] as HeapObject | null;
      if (k !== null) out.push({ key: k, stand: t[i + 2] });
    }
    return out;
  }

  /** The entries in order (snapshots of key and value as each is reached). */
  *live(): Generator<DictEntry> {
    const t = this.table;
    for (let i = 0; i < t.length; i += ENTRY) {
      const k = t[i] as HeapObject | null;
      if (k !== null) yield { key: k, value: t[i + 1] as HeapObject };
    }
  }
}

/**
 * The store of a type's namespace (tp_dict). Every change to it starts a new lookup epoch
 * (the type attribute caches: PyType_Modified), before and again after it — Python code
 * the change runs (a key's __hash__, a released value's __del__) may fill a cache
 * meanwhile — whichever way the change came: type.__setattr__,
 * the collector's clear, or a program that reached the dict itself through
 * gc.get_referents — so no cache can keep a value the namespace released. It is never
 * handed to another dict when its own is freed.
 */
export class NamespaceStore extends DictStore {
  /** PyType_Modified for the type whose namespace this is (set by TypeInfo). */
  modified: (() => void) | null = null;

  /** Run a change between two new lookup epochs. */
  private changing<R>(change: () => R): R {
    this.modified?.();
    lookupEpoch.n++;
    try {
      return change();
    } finally {
      lookupEpoch.n++;
    }
  }

  override set(key: HeapObject, value: HeapObject): void {
    this.changing(() => super.set(key, value));
  }

  override fillFresh(
    k0: HeapObject,
    v0: HeapObject,
    k1: HeapObject | null,
    v1: HeapObject | null,
    k2: HeapObject | null,
    v2: HeapObject | null,
  ): boolean {
    return this.changing(() => super.fillFresh(k0, v0, k1, v1, k2, v2));
  }

  override mergeFrom(other: DictStore, copy = false): void {
    this.changing(() => super.mergeFrom(other, copy));
  }

  override setStr(name: string, value: HeapObject, site: InternedKeySite | null = null): number {
    return this.changing(() => super.setStr(name, value, site));
  }

  override swapStrAt(at: number, name: string, value: HeapObject): HeapObject | null {
    return this.changing(() => super.swapStrAt(at, name, value));
  }

  override remove(key: HeapObject): DictEntry | undefined {
    return this.changing(() => super.remove(key));
  }

  override clear(): void {
    this.changing(() => super.clear());
  }

  override recycle(): void {
    this.clear();
    this.owner = null;
  }
}
