/**
 * "Did you mean" for a printed NameError or AttributeError (CPython 3.11
 * Python/suggestions.c, _Py_Offer_Suggestions, used by print_exception): the closest
 * name by a Levenshtein distance over UTF-8 bytes in which a case flip costs 1 and any
 * other edit 2, among dir(obj) for an AttributeError, or among the failing frame's local
 * variable names, then its globals, then its builtins for a NameError. Only exact
 * AttributeError and NameError instances whose `name` is a str get one.
 */
import type { HeapObject } from "../engine/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { dirNames } from "../runtime/dir.js";
import { excState } from "../runtime/instance.js";
import { typeOf } from "../runtime/typeobject.js";
import { C, T } from "../runtime/types.js";
import { type Frame, tracebackContract } from "./frame.js";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

/** The cost of turning byte a into byte b: 0, a case flip of an ASCII letter, or a move. */
function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** levenshtein_distance: the cost, or anything above maxCost once it is out of reach. */
function distance(a0: Uint8Array, b0: Uint8Array, maxCost: number): number {
  let a = a0;
  let b = b0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let aEnd = a.length;
  let bEnd = b.length;
  while (aEnd > start && bEnd > start && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  a = a.subarray(start, aEnd);
  b = b.subarray(start, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  // One row of the matrix, updated in place: row[i] = cost(b[:j], a[:i+1]).
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < b.length; j++) {
    const code = b[j]!;
    let dist = j * MOVE_COST;
    result = dist;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = dist + substitutionCost(code, a[i]!);
      dist = row[i]!;
      const insertDelete = Math.min(result, dist) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the nearest candidate close enough, the first of equals. */
function nearest(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = Buffer.from(name, "utf8");
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = Buffer.from(item, "utf8");
    // No more than a third of the characters involved may change.
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = distance(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

function keysOf(store: DictStore): string[] | null {
  const keys: string[] = [];
  for (const e of store.live()) {
    if (e.key.type !== C.str) return null;
    keys.push(e.key.p0 as string);
  }
  return keys;
}

/** _Py_Offer_Suggestions: the name to suggest for `exc`, or null. */
export function suggestionFor(exc: HeapObject): string | null {
  const type = typeOf(exc);
  if (type !== T.AttributeError && type !== T.NameError) return null;
  const st = excState(exc);
  const name = st?.attrName ?? null;
  if (st === null || name === null || name.type !== C.str) return null;
  const wrong = name.p0 as string;
  if (type === T.AttributeError) {
    if (st.attrObj === null) return null;
    const names = dirNames(st.attrObj);
    return names === null ? null : nearest(names, wrong);
  }
  // The frame the NameError left last: its locals, then its globals, then its builtins.
  let tb = st.traceback;
  if (tb === null || tb.type !== tracebackContract) return null;
  while (tb.p0 !== null && (tb.p0 as HeapObject).type === tracebackContract)
    tb = tb.p0 as HeapObject;
  const f = (tb.p1 as HeapObject).p0 as Frame;
  for (const names of [f.code.varnames, keysOf(f.gstore), keysOf(f.bstore)]) {
    if (names === null) return null;
    const found = nearest(names, wrong);
    if (found !== null) return found;
  }
  return null;
}
