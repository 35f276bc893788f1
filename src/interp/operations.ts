/**
 * The operations both tiers run past their inline fast paths (the closures of compile.ts
 * and the generated code of jsgen.ts): the number protocol, comparisons, tests, subscripts,
 * attribute loads, calls. Each takes the operands as its caller holds them and releases
 * them as CPython's instruction does, noting the position in the traceback on an error.
 * `own` says which operands the caller owns (the others are borrowed): bit 1 the left,
 * bit 2 the right.
 */
import type { HeapObject } from "../engine/index.js";
import type * as A from "../parser/ast.js";
import {
  type AttrSite,
  type BinOpName,
  binaryOp,
  type CmpOp,
  call,
  callOwned,
  contains,
  type FunctionData,
  getAttrAt,
  getItem,
  inplaceOp,
  numberOpFast,
  richCompare,
  setAttrAt,
  truthy,
} from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { decref } from "../runtime/heapref.js";
import {
  methodDescriptorContract,
  type NativeFunction,
  newBool,
  newDict,
  none,
} from "../runtime/objects.js";
import { C, S } from "../runtime/types.js";
import type { Code } from "./code.js";
import { enterOrCall, listAppendHook, quickCompare, unpackMethod } from "./compile.js";
import { noteUnwind } from "./eval.js";
import type { Frame, TbPosition } from "./frame.js";

export const cmpOps: Partial<Record<A.cmpop["_type"], CmpOp>> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
};

/** BINARY_OP past the inline float case: numberOpFast, else the number protocol. */
export function binSlow(
  f: Frame,
  a: HeapObject,
  b: HeapObject,
  op: BinOpName,
  pos: TbPosition,
  own: number,
): HeapObject {
  const q = numberOpFast(a, b, op);
  if (q !== null) {
    if ((own & 1) !== 0) decref(a);
    if ((own & 2) !== 0) decref(b);
    return q;
  }
  if ((own & 1) === 0) a.refcnt++;
  if ((own & 2) === 0) b.refcnt++;
  try {
    return binaryOp(a, b, op);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  } finally {
    decref(a);
    decref(b);
  }
}

/**
 * COMPARE_OP past the inline number case: a JS boolean when answered without Python
 * code, else the result object (a new reference). Both operands are released.
 */
export function cmpSlow(
  f: Frame,
  a: HeapObject,
  b: HeapObject,
  op: A.cmpop["_type"],
  pos: TbPosition,
  own: number,
): boolean | HeapObject {
  const cmp = cmpOps[op];
  const q =
    op === "Is"
      ? a === b
        ? 1
        : 0
      : op === "IsNot"
        ? a !== b
          ? 1
          : 0
        : cmp === undefined
          ? -1
          : quickCompare(a, b, cmp);
  if (q >= 0) {
    if ((own & 1) !== 0) decref(a);
    if ((own & 2) !== 0) decref(b);
    return q === 1;
  }
  if ((own & 1) === 0) a.refcnt++;
  if ((own & 2) === 0) b.refcnt++;
  let r: HeapObject;
  try {
    r =
      op === "In"
        ? newBool(contains(b, a))
        : op === "NotIn"
          ? newBool(!contains(b, a))
          : richCompare(a, b, cmp!);
  } catch (err) {
    decref(b);
    decref(a);
    throw noteUnwind(err, f, pos);
  }
  // COMPARE_OP releases the left operand, then the right.
  decref(a);
  decref(b);
  return r;
}

/** local op= operand, both borrowed (augAssign in compile.ts). */
export function inplaceBorrowed(
  f: Frame,
  cur: HeapObject,
  v: HeapObject,
  op: BinOpName,
  pos: TbPosition,
): HeapObject {
  const q = numberOpFast(cur, v, op);
  if (q !== null) return q;
  cur.refcnt++;
  v.refcnt++;
  try {
    return inplaceOp(cur, v, op);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  } finally {
    decref(v);
    decref(cur);
  }
}

/** cur op= v with cur held by the caller and v released (the closure's `apply`). */
export function inplaceApply(cur: HeapObject, v: HeapObject, op: BinOpName): HeapObject {
  const q = numberOpFast(cur, v, op);
  if (q !== null) {
    decref(v);
    return q;
  }
  try {
    return inplaceOp(cur, v, op);
  } finally {
    decref(v);
  }
}

/** A comparison's outcome as a test (the result object is released). */
export function testOf(r: boolean | HeapObject): boolean {
  if (typeof r === "boolean") return r;
  if (r === S.True || r === S.False) {
    r.refcnt--;
    return r === S.True;
  }
  try {
    return truthy(r);
  } finally {
    decref(r);
  }
}

/** A comparison's outcome as a value (a new reference). */
export function resultOf(r: boolean | HeapObject): HeapObject {
  return typeof r === "boolean" ? newBool(r) : r;
}

/** A test of a value we own (released). */
export function testOwned(v: HeapObject): boolean {
  if (v === S.True || v === S.False) {
    v.refcnt--;
    return v === S.True;
  }
  try {
    return truthy(v);
  } finally {
    decref(v);
  }
}

/** A test of a borrowed local: bool, None and int answer without a reference. */
export function testBorrowed(v: HeapObject): boolean {
  if (v === S.True) return true;
  if (v === S.False || v === S.None) return false;
  if (v.type === C.int) return v.p0 !== 0 && v.p0 !== 0n;
  v.refcnt++;
  try {
    return truthy(v);
  } finally {
    decref(v);
  }
}

/** BINARY_SUBSCR the long way; releases both. */
export function subscrSlow(f: Frame, o: HeapObject, k: HeapObject, pos: TbPosition): HeapObject {
  try {
    return getItem(o, k);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  } finally {
    decref(o);
    decref(k);
  }
}

/** LOAD_ATTR at a site; releases the object. */
export function attrAt(f: Frame, o: HeapObject, name: string, site: AttrSite, pos: TbPosition) {
  try {
    return getAttrAt(o, name, site);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  } finally {
    decref(o);
  }
}

/**
 * STORE_ATTR at a site (setAttrAt's slow path for compiled code): releases `v`, then `o`
 * — before a failed store's error reaches the traceback and the trace function, as
 * STORE_ATTR does.
 */
export function storeAttrAt(
  f: Frame,
  o: HeapObject,
  name: string,
  v: HeapObject,
  site: AttrSite,
  pos: TbPosition,
): void {
  try {
    setAttrAt(o, name, v, site);
  } catch (err) {
    decref(v);
    decref(o);
    throw noteUnwind(err, f, pos);
  }
  decref(v);
  decref(o);
}

/**
 * `o.name op= v`'s LOAD_ATTR, of the copy of `o` that COPY 1 pushed: code it runs
 * (`__getattr__`, a descriptor) sees `o` held twice, as in CPython. The copy is gone
 * when this returns or raises (it cannot be the last reference: the caller holds `o`).
 */
export function augGetAttr(o: HeapObject, name: string, site: AttrSite): HeapObject {
  o.refcnt++;
  try {
    return getAttrAt(o, name, site);
  } finally {
    o.refcnt--;
  }
}

/**
 * `o[k] op= v`'s BINARY_SUBSCR, of the copies COPY 2, COPY 2 pushed (as augGetAttr): the
 * container and key stay held for the store.
 */
export function augGetItem(o: HeapObject, k: HeapObject): HeapObject {
  o.refcnt++;
  k.refcnt++;
  try {
    return getItem(o, k);
  } finally {
    o.refcnt--;
    k.refcnt--;
  }
}

/**
 * `o.name op= v`'s load in compiled code (augGetAttr): `o` is kept for the store, and
 * released only when the load raises.
 */
export function augAttrLoad(
  f: Frame,
  o: HeapObject,
  name: string,
  site: AttrSite,
  pos: TbPosition,
): HeapObject {
  try {
    return augGetAttr(o, name, site);
  } catch (err) {
    const e = noteUnwind(err, f, pos);
    decref(o);
    throw e;
  }
}

/**
 * `o.name op= v`'s BINARY_OP for a borrowed `v` (a local or a constant): releases `cur`,
 * and when the operation raises also `o`, as unwinding the stack would.
 */
export function augAttrApply(
  f: Frame,
  o: HeapObject,
  cur: HeapObject,
  v: HeapObject,
  op: BinOpName,
  pos: TbPosition,
): HeapObject {
  const q = numberOpFast(cur, v, op);
  if (q !== null) {
    decref(cur);
    return q;
  }
  v.refcnt++; // LOAD_FAST's reference, for code the operation runs
  let r: HeapObject;
  try {
    r = inplaceOp(cur, v, op);
  } catch (err) {
    // BINARY_OP releases its operands before its error is raised; `o` goes as the
    // stack unwinds.
    decref(cur);
    decref(v);
    const e = noteUnwind(err, f, pos);
    decref(o);
    throw e;
  }
  decref(cur);
  decref(v);
  return r;
}

/**
 * A call of a Python function on prepared fast locals that is not a pooled call (the
 * generated call site makes those itself, see jsgen's enterCallCode); releases the
 * function.
 */
export function enterCall(
  f: Frame,
  fn: HeapObject,
  fd: FunctionData,
  code: Code,
  locals: HeapObject[],
  n: number,
  pos: TbPosition,
): HeapObject {
  try {
    return enterOrCall(fn, fd, code, locals, n); // (which releases fn)
  } catch (err) {
    throw noteUnwind(err, f, pos);
  }
}

/** A call of anything else (a bound method split first); releases the callable. */
export function callPlain(
  f: Frame,
  fn: HeapObject,
  argv: HeapObject[],
  pos: TbPosition,
  kwnames: string[] | null = null,
): HeapObject {
  return callAt(f, unpackMethod(fn, argv), argv, pos, kwnames);
}

/** A method call's callee taken as it is; releases it. */
export function callAt(
  f: Frame,
  callee: HeapObject,
  argv: HeapObject[],
  pos: TbPosition,
  kwnames: string[] | null = null,
): HeapObject {
  try {
    return callOwned(callee, argv, kwnames);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  }
}

/**
 * A method call whose callee methodFor found in the object's type (`argv[0]` is the
 * object): a native method descriptor is called straight, its type check being methodFor's
 * (3.11's PRECALL_METHOD_DESCRIPTOR_* forms); anything else through callAt. Self, the
 * arguments and the callee are released before the error reaches the traceback, as CALL
 * releases them.
 */
export function callMethodAt(
  f: Frame,
  callee: HeapObject,
  argv: HeapObject[],
  pos: TbPosition,
): HeapObject {
  if (callee.type !== methodDescriptorContract) return callAt(f, callee, argv, pos);
  const self = argv.shift()!;
  try {
    try {
      return (callee.p0 as NativeFunction)(argv, null, self);
    } finally {
      decref(self);
      for (let i = 0; i < argv.length; i++) decref(argv[i]!);
      decref(callee);
    }
  } catch (err) {
    throw noteUnwind(err, f, pos);
  }
}

/**
 * `lst.append(x)` where the method is list.append and lst an exact list (3.11's
 * PRECALL_NO_KW_LIST_APPEND): argv is [lst, x]; the method and both are released.
 */
export function listAppendAt(
  f: Frame,
  method: HeapObject,
  argv: HeapObject[],
  pos: TbPosition,
): HeapObject {
  const list = argv[0]!;
  try {
    listAppendHook.append(list, argv[1]!);
  } catch (err) {
    throw noteUnwind(err, f, pos);
  } finally {
    decref(list);
    decref(method);
  }
  return none();
}

/**
 * Release values[0 .. n) as an unwinding value stack does: the last pushed first (the
 * arguments evaluated so far when a later one raises, the items of a display).
 */
export function dropValues(values: HeapObject[], n: number): void {
  for (let j = n - 1; j >= 0; j--) decref(values[j]!);
}

/**
 * BUILD_MAP / BUILD_CONST_KEY_MAP (_PyDict_FromItems): a dict of the evaluated keys and
 * values (`items`: key, value, key, value… — the stack's references, released after, the
 * last first). The dict is made only now, so keys are hashed after every value is in.
 */
export function buildMap(items: HeapObject[]): HeapObject {
  const d = newDict();
  const store = d.p0 as DictStore;
  try {
    for (let i = 0; i < items.length; i += 2) store.set(items[i]!, items[i + 1]!);
  } catch (err) {
    decref(d);
    throw err;
  } finally {
    dropValues(items, items.length);
  }
  return d;
}

/**
 * buildMap of up to three pairs (those not there are null), without an array: the stack's
 * references are released the last first.
 */
export function buildMap3(
  k0: HeapObject,
  v0: HeapObject,
  k1: HeapObject | null,
  v1: HeapObject | null,
  k2: HeapObject | null,
  v2: HeapObject | null,
): HeapObject {
  const d = newDict();
  const store = d.p0 as DictStore;
  try {
    if (!store.fillFresh(k0, v0, k1, v1, k2, v2)) {
      store.set(k0, v0);
      if (k1 !== null) store.set(k1, v1!);
      if (k2 !== null) store.set(k2, v2!);
    }
  } catch (err) {
    decref(d);
    throw err;
  } finally {
    if (k2 !== null) {
      decref(v2!);
      decref(k2);
    }
    if (k1 !== null) {
      decref(v1!);
      decref(k1);
    }
    decref(v0);
    decref(k0);
  }
  return d;
}

/** Release a partly filled argument array, then the callee below it (an argument raised). */
export function dropArgs(out: HeapObject[], n: number, callee: HeapObject): void {
  dropValues(out, n);
  decref(callee);
}
