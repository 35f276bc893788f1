/**
 * The pickling protocol's methods of builtin types (CPython typeobject.c object___reduce_ex__,
 * object___reduce__, object___getstate__; the __getnewargs__ of int, float, str, tuple and
 * bytes), as far as `copy` and a program printing them need them.
 *
 * object's three delegate to the copyreg module's Python helpers (copy.ts), which copy uses
 * too: `_reduce_object` is reduce_newobj (protocol 2 and up), `_reduce_ex` copyreg's own
 * protocol 0/1 reduction, `_object_getstate` object_getstate_default. copy itself skips
 * object's methods and calls those helpers directly, so an ordinary copy.copy does not
 * go through a bound method. NOT-CPYTHON: there is no pickle module to use them.
 */
import type { HeapObject } from "../engine/index.js";
import { asIndex, callBorrowed, callMethod, getAttr, incRef } from "../runtime/abstract.js";
import { defineMethod } from "../runtime/bootstrap.js";
import { newBytes } from "../runtime/bytes.js";
import { decref } from "../runtime/heapref.js";
import { newFloat, newInt, newStr, newTuple } from "../runtime/objects.js";
import { lookup, typeInfo } from "../runtime/typeobject.js";
import { T } from "../runtime/types.js";
import { loadBuiltinModule } from "./registry.js";
import { exactly } from "./support.js";

/** copyreg.<name>(...args): a new reference. */
function callCopyreg(name: string, args: HeapObject[]): HeapObject {
  const f = getAttr(loadBuiltinModule("copyreg")!, name);
  try {
    return callBorrowed(f, args);
  } finally {
    decref(f);
  }
}

/** _common_reduce: reduce_newobj from protocol 2, else copyreg._reduce_ex. */
function commonReduce(obj: HeapObject, proto: number): HeapObject {
  if (proto >= 2) return callCopyreg("_reduce_object", [obj]);
  const p = newInt(proto);
  try {
    return callCopyreg("_reduce_ex", [obj, p]);
  } finally {
    decref(p);
  }
}

function installObjectReduce(): void {
  defineMethod(T.object, "__reduce__", (args, kw, self) => {
    exactly("__reduce__", args, 0, kw);
    return commonReduce(self!, 0);
  });
  const objectReduce = typeInfo(T.object).dict.get("__reduce__")!;
  // object___reduce_ex___impl: a class's own __reduce__ wins over the default reduction.
  defineMethod(T.object, "__reduce_ex__", (args, kw, self) => {
    exactly("__reduce_ex__", args, 1, kw);
    const proto = asIndex(args[0]!);
    if (lookup(self!.type.owner as HeapObject, "__reduce__") !== objectReduce) {
      return callMethod(self!, "__reduce__");
    }
    return commonReduce(self!, proto);
  });
  defineMethod(T.object, "__getstate__", (args, kw, self) => {
    exactly("__getstate__", args, 0, kw);
    return callCopyreg("_object_getstate", [self!]);
  });
}

/** The immutable builtins' __getnewargs__: a one-item tuple of a plain copy of self. */
function installGetnewargs(): void {
  const copies: [HeapObject, (o: HeapObject) => HeapObject][] = [
    [T.int, (o) => newInt(o.p0 as number | bigint)],
    [T.float, (o) => newFloat(o.p0 as number)],
    [T.str, (o) => newStr(o.p0 as string)],
    [T.tuple, (o) => newTuple((o.p0 as HeapObject[]).map(incRef))],
    [T.bytes!, (o) => newBytes(o.p0 as Uint8Array)],
  ];
  for (const [type, copy] of copies) {
    defineMethod(type, "__getnewargs__", (args, kw, self) => {
      exactly("__getnewargs__", args, 0, kw);
      return newTuple([copy(self!)]);
    });
  }
}

export function installReduceMethods(): void {
  installObjectReduce();
  installGetnewargs();
}
