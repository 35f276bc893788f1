/**
 * CPython 3.11's character database as str uses it (Objects/unicodetype.c and the case
 * operations of Objects/unicodeobject.c), at Unicode 14.0. JavaScript's \p{…} classes and
 * toUpperCase/toLowerCase follow Node's newer Unicode (15 in Node 20) and lack full case
 * folding and titlecase, so the properties and mappings come from tables generated from
 * CPython itself (scripts/gen-unicode-tables.py -> unicodetype-data.ts).
 *
 * The tables are JSON strings parsed on first use (about 0.5 ms for the character types):
 * start-up pays nothing, and ASCII never needs them (ASCII_TYPE and the ASCII case rules).
 */
import {
  ASCII_TYPE,
  CASE_IGNORABLE_MASK,
  CASED_MASK,
  FOLD_MULTI,
  FOLD_RUNS,
  ID_CONTINUE_MASK,
  ID_START_MASK,
  LOWER_MASK,
  LOWER_MULTI,
  LOWER_RUNS,
  TITLE_MASK,
  TITLE_MULTI,
  TITLE_RUNS,
  TYPE_RECORDS,
  UPPER_MASK,
  UPPER_MULTI,
  UPPER_RUNS,
} from "./unicodetype-data.js";

export {
  ALPHA_MASK,
  CASE_IGNORABLE_MASK,
  CASED_MASK,
  DECIMAL_MASK,
  DIGIT_MASK,
  ID_CONTINUE_MASK,
  ID_START_MASK,
  LOWER_MASK,
  NUMERIC_MASK,
  PRINTABLE_MASK,
  SPACE_MASK,
  TITLE_MASK,
  UPPER_MASK,
} from "./unicodetype-data.js";

// ---------------------------------------------------------------- character types

/** TYPE_RECORDS decoded: each segment's first code point and flags, for a binary search. */
let typeStarts: Int32Array | null = null;
let typeMasks: Uint16Array;

function decodeTypes(): Int32Array {
  const nums = JSON.parse(TYPE_RECORDS) as number[];
  const n = nums.length / 2;
  const starts = new Int32Array(n);
  typeMasks = new Uint16Array(n);
  let cp = 0;
  for (let k = 0; k < n; k++) {
    cp += nums[2 * k]!;
    starts[k] = cp;
    typeMasks[k] = nums[2 * k + 1]!;
  }
  typeStarts = starts;
  return starts;
}

/** The flags (…_MASK bits) of code point cp: _PyUnicode_TypeRecord's flags. */
export function typeFlags(cp: number): number {
  if (cp < 0x80) return ASCII_TYPE[cp]!;
  const s = typeStarts ?? decodeTypes();
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return typeMasks[lo]!;
}

// ---------------------------------------------------------------- case mappings

/** One mapping's table: runs of code points sharing a delta, and multi-character results. */
interface CaseTable {
  starts: Int32Array;
  lens: Int32Array;
  steps: Int32Array;
  deltas: Int32Array;
  multi: Map<number, string>;
}

function decodeCase(runs: string, multi: string): CaseTable {
  const nums = JSON.parse(runs) as number[];
  const n = nums.length / 4;
  const t: CaseTable = {
    starts: new Int32Array(n),
    lens: new Int32Array(n),
    steps: new Int32Array(n),
    deltas: new Int32Array(n),
    multi: new Map(),
  };
  let cp = 0;
  for (let k = 0; k < n; k++) {
    cp += nums[4 * k]!;
    t.starts[k] = cp;
    t.lens[k] = nums[4 * k + 1]!;
    t.steps[k] = nums[4 * k + 2]!;
    t.deltas[k] = nums[4 * k + 3]!;
  }
  const m = JSON.parse(multi) as number[];
  for (let k = 0; k < m.length; k += 2 + m[k + 1]!)
    t.multi.set(m[k]!, String.fromCodePoint(...m.slice(k + 2, k + 2 + m[k + 1]!)));
  return t;
}

/** The mapping of cp by table t, as a str (one to three characters). */
function mapFull(t: CaseTable, cp: number): string {
  const s = t.starts;
  let lo = 0;
  let hi = s.length - 1;
  if (cp >= s[0]!) {
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= cp) lo = mid;
      else hi = mid - 1;
    }
    const off = cp - s[lo]!;
    const step = t.steps[lo]!;
    if (off % step === 0 && off / step < t.lens[lo]!)
      return String.fromCodePoint(cp + t.deltas[lo]!);
  }
  return t.multi.get(cp) ?? String.fromCodePoint(cp);
}

let upperTable: CaseTable | null = null;
let lowerTable: CaseTable | null = null;
let titleTable: CaseTable | null = null;
let foldTable: CaseTable | null = null;

export function _PyUnicode_ToUpperFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  upperTable ??= decodeCase(UPPER_RUNS, UPPER_MULTI);
  return mapFull(upperTable, cp);
}

export function _PyUnicode_ToLowerFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  lowerTable ??= decodeCase(LOWER_RUNS, LOWER_MULTI);
  return mapFull(lowerTable, cp);
}

export function _PyUnicode_ToTitleFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  titleTable ??= decodeCase(TITLE_RUNS, TITLE_MULTI);
  return mapFull(titleTable, cp);
}

export function _PyUnicode_ToFoldedFull(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  foldTable ??= decodeCase(FOLD_RUNS, FOLD_MULTI);
  return mapFull(foldTable, cp);
}

// ---------------------------------------------------------------- str operations

/** All of x is ASCII: JavaScript's own case rules and simple classes are then exact. */
const ASCII_ONLY = /^[\0-\x7f]*$/;

export function isAscii(x: string): boolean {
  return ASCII_ONLY.test(x);
}

/** The code point that ends just before UTF-16 index j (a pair counts as one). */
function codePointBefore(x: string, j: number): number {
  const lo = x.charCodeAt(j - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && j >= 2) {
    const hi = x.charCodeAt(j - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  }
  return lo;
}

/**
 * handle_capital_sigma: U+03A3 at index i lowers to final sigma (U+03C2) when a cased
 * character precedes it and none follows it, case-ignorable characters skipped both ways.
 */
function handleCapitalSigma(x: string, i: number): string {
  let j = i;
  let c = -1;
  while (j > 0) {
    c = codePointBefore(x, j);
    j -= c > 0xffff ? 2 : 1;
    if ((typeFlags(c) & CASE_IGNORABLE_MASK) === 0) break;
    c = -1;
  }
  if (c < 0 || (typeFlags(c) & CASED_MASK) === 0) return "\u03c3";
  for (j = i + 1; j < x.length; j += c > 0xffff ? 2 : 1) {
    c = x.codePointAt(j)!;
    if ((typeFlags(c) & CASE_IGNORABLE_MASK) === 0)
      return (typeFlags(c) & CASED_MASK) === 0 ? "\u03c2" : "\u03c3";
  }
  return "\u03c2";
}

/** lower_ucs4: the lower-case mapping of cp at index i of x, final sigma considered. */
function lowerAt(x: string, i: number, cp: number): string {
  return cp === 0x3a3 ? handleCapitalSigma(x, i) : _PyUnicode_ToLowerFull(cp);
}

export function strUpper(x: string): string {
  if (ASCII_ONLY.test(x)) return x.toUpperCase();
  let out = "";
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    out += _PyUnicode_ToUpperFull(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

export function strLower(x: string): string {
  if (ASCII_ONLY.test(x)) return x.toLowerCase();
  let out = "";
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    out += lowerAt(x, i, cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

export function strCasefold(x: string): string {
  if (ASCII_ONLY.test(x)) return x.toLowerCase();
  let out = "";
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    out += _PyUnicode_ToFoldedFull(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function isCased(cp: number): boolean {
  return (typeFlags(cp) & CASED_MASK) !== 0;
}

/** do_title: a cased character after a cased one lowers, any other titles. */
export function strTitle(x: string): string {
  let out = "";
  let previousIsCased = false;
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    out += previousIsCased ? lowerAt(x, i, cp) : _PyUnicode_ToTitleFull(cp);
    previousIsCased = isCased(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** do_capitalize: the first character titled (3.8+), the rest lowered. */
export function strCapitalize(x: string): string {
  if (x.length === 0) return x;
  const first = x.codePointAt(0)!;
  let out = _PyUnicode_ToTitleFull(first);
  for (let i = first > 0xffff ? 2 : 1; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    out += lowerAt(x, i, cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** do_swapcase: upper-case characters lowered, lower-case ones uppered, others kept. */
export function strSwapcase(x: string): string {
  let out = "";
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    const f = typeFlags(cp);
    const n = cp > 0xffff ? 2 : 1;
    if (f & UPPER_MASK) out += lowerAt(x, i, cp);
    else if (f & LOWER_MASK) out += _PyUnicode_ToUpperFull(cp);
    else out += x.slice(i, i + n);
    i += n;
  }
  return out;
}

/** Every code point of x (non-empty) has one of the flags in mask. */
export function allHave(x: string, mask: number): boolean {
  if (x.length === 0) return false;
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    if ((typeFlags(cp) & mask) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * unicode_isupper_impl / unicode_islower_impl: no character of the opposite case or
 * titlecase, and at least one of the case asked for.
 */
export function strIsCase(x: string, mask: number): boolean {
  const bad = (mask === UPPER_MASK ? LOWER_MASK : UPPER_MASK) | TITLE_MASK;
  let cased = false;
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    const f = typeFlags(cp);
    if (f & bad) return false;
    if (f & mask) cased = true;
    i += cp > 0xffff ? 2 : 1;
  }
  return cased;
}

/**
 * unicode_istitle_impl: upper- and titlecase characters only after uncased ones,
 * lower-case ones only after cased ones, and at least one cased character.
 */
export function strIsTitle(x: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (let i = 0; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    const f = typeFlags(cp);
    if (f & (UPPER_MASK | TITLE_MASK)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & LOWER_MASK) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
    i += cp > 0xffff ? 2 : 1;
  }
  return cased;
}

/** unicode_isidentifier_impl: XID_Start or '_' first (ID_START_MASK has both), XID_Continue after. */
export function strIsIdentifier(x: string): boolean {
  const first = x.codePointAt(0)!;
  if ((typeFlags(first) & ID_START_MASK) === 0) return false;
  for (let i = first > 0xffff ? 2 : 1; i < x.length; ) {
    const cp = x.codePointAt(i)!;
    if ((typeFlags(cp) & ID_CONTINUE_MASK) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}
