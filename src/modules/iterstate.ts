/**
 * The pickling state of builtin iterators (CPython listobject.c listiter_reduce_general /
 * listiter_setstate, tupleobject.c, rangeobject.c rangeiter_*, bytesobject.c striter_*,
 * bytearrayobject.c, unicodeobject.c unicodeiter_*, enumobject.c reversed_setstate,
 * bltinmodule.c zip_setstate): __setstate__ moves an iterator to a position (clipped to
 * its sequence, and nothing once it is exhausted), __reduce__ gives `(iter, (seq,),
 * index)` for the sequence iterators.
 *
 * The sequence iterators keep their sequence in p0 (null once exhausted) and the next
 * index in p1 (a str iterator's sequence is a tuple of its characters); a range iterator
 * its next value in p1 and [stop, step, start] in p2. zip and reversed are native
 * iterators whose state their NativeIterOps sets (nativeiter.ts).
 */
import type { HeapObject, ObjectType } from "../engine/index.js";
import { asIndex, incRef } from "../runtime/abstract.js";
import { defineMethod } from "../runtime/bootstrap.js";
import { bytearrayIterContract, bytesData, bytesIterContract } from "../runtime/bytes.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import {
  listIterContract,
  rangeIterContract,
  strIterContract,
  tupleIterContract,
} from "../runtime/function.js";
import { NativeIterOps, nativeIterType } from "../runtime/nativeiter.js";
import { newInt, newList, newStr, newTuple } from "../runtime/objects.js";
import { newRange } from "../runtime/range.js";
import { typeInfo } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { ssizeState } from "./builtins.js";
import { loadBuiltinModule } from "./registry.js";
import { exactly } from "./support.js";

/** _PyEval_GetBuiltin: a builtin by name (a new reference). */
function builtin(name: string): HeapObject {
  const store = loadBuiltinModule("builtins")!.p0.p0 as DictStore;
  return incRef(store.getStr(name)!);
}

/** The length of a sequence iterator's sequence (`seq` its p0). */
function seqLength(contract: ObjectType, seq: HeapObject): number {
  if (contract === bytesIterContract || contract === bytearrayIterContract)
    return bytesData(seq).length;
  return (seq.p0 as HeapObject[]).length;
}

/** A sequence iterator's sequence as __reduce__ names it (the str a tuple of chars was). */
function reducedSeq(contract: ObjectType, seq: HeapObject): HeapObject {
  if (contract === strIterContract) {
    return newStr((seq.p0 as HeapObject[]).map((c) => c.p0 as string).join(""));
  }
  return incRef(seq);
}

/** What an exhausted iterator's __reduce__ gives as its empty sequence. */
function emptySeq(contract: ObjectType): HeapObject {
  if (contract === listIterContract) return newList([]);
  if (contract === strIterContract) return newStr("");
  return incRef(S.emptyTuple);
}

function installSequenceIterators(): void {
  for (const contract of [
    listIterContract,
    tupleIterContract,
    strIterContract,
    bytesIterContract,
    bytearrayIterContract,
  ]) {
    const type = contract.owner as HeapObject;
    const name = typeInfo(type).name;
    defineMethod(type, "__setstate__", (args, kw, self) => {
      exactly(`${name}.__setstate__`, args, 1, kw);
      const index = ssizeState(args[0]!);
      const seq = self!.p0 as HeapObject | null;
      if (seq !== null) self!.p1 = Math.min(Math.max(index, 0), seqLength(contract, seq));
      return incRef(S.None);
    });
    defineMethod(type, "__reduce__", (args, kw, self) => {
      exactly(`${name}.__reduce__`, args, 0, kw);
      const seq = self!.p0 as HeapObject | null;
      if (seq === null) return newTuple([builtin("iter"), newTuple([emptySeq(contract)])]);
      const index = newInt(self!.p1 as number);
      return newTuple([builtin("iter"), newTuple([reducedSeq(contract, seq)]), index]);
    });
  }
}

/** The range iterator's state: its first value, its length and how far it has gone. */
function rangeIterState(it: HeapObject): { start: number; step: number; len: number } {
  const [stop, step, start] = it.p2 as [number, number, number];
  const len =
    step > 0
      ? Math.max(0, Math.ceil((stop - start) / step))
      : Math.max(0, Math.ceil((start - stop) / -step));
  return { start, step, len };
}

function installRangeIterator(): void {
  const type = rangeIterContract.owner as HeapObject;
  defineMethod(type, "__setstate__", (args, kw, self) => {
    exactly("range_iterator.__setstate__", args, 1, kw);
    // rangeiter_setstate: PyLong_AsLong (so __index__), the index clipped to 0 .. len.
    const index = asIndex(args[0]!);
    if (!Number.isSafeInteger(index) && Math.abs(index) >= 2 ** 63)
      raise(T.OverflowError, "Python int too large to convert to C long");
    const { start, step, len } = rangeIterState(self!);
    self!.p1 = start + Math.min(Math.max(index, 0), len) * step;
    return incRef(S.None);
  });
  defineMethod(type, "__reduce__", (args, kw, self) => {
    exactly("range_iterator.__reduce__", args, 0, kw);
    // rangeiter_reduce: range(start, start + len * step, step) and the index.
    const { start, step, len } = rangeIterState(self!);
    const index = ((self!.p1 as number) - start) / step;
    const range = newRange(start, start + len * step, step);
    return newTuple([builtin("iter"), newTuple([range]), newInt(index)]);
  });
}

/** zip_setstate, reversed_setstate, listreviter_setstate: the iterator's NativeIterOps. */
function installNativeSetstate(): void {
  for (const name of ["zip", "reversed", "list_reverseiterator"]) {
    defineMethod(nativeIterType(name), "__setstate__", (args, kw, self) => {
      exactly(`${name}.__setstate__`, args, 1, kw);
      const ops = self!.p2;
      if (ops instanceof NativeIterOps) ops.setstate(args[0]!);
      return incRef(S.None);
    });
  }
}

export function installIteratorState(): void {
  installSequenceIterators();
  installRangeIterator();
  installNativeSetstate();
}
