/**
 * int and float members beyond arithmetic: real/imag/numerator/denominator, conjugate,
 * as_integer_ratio, bit_count, float.hex/fromhex, __trunc__/__floor__/__ceil__.
 */
import type { HeapObject } from "../engine/index.js";
import { callBorrowed, getAttr, incRef, isStr, nativeAttrs } from "../runtime/abstract.js";
import { defineMethod, expectArgs } from "../runtime/bootstrap.js";
import { raise } from "../runtime/errors.js";
import { classmethodContract } from "../runtime/function.js";
import { decref, heap } from "../runtime/heapref.js";
import { newBuiltin, newFloat, newInt, newStr, newTuple } from "../runtime/objects.js";
import { typeInfo, typeName } from "../runtime/typeobject.js";
import { C, T } from "../runtime/types.js";
import { loadBuiltinModule } from "./registry.js";
import { exactly, range_ } from "./support.js";

type Int = number | bigint;

/** The int value of an int or bool as a plain int object (bool → int). */
function asPlainInt(o: HeapObject): HeapObject {
  return o.type === C.int ? incRef(o) : newInt(o.p0 as Int);
}

function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) raise(T.ValueError, "cannot convert NaN to integer ratio");
    raise(T.OverflowError, "cannot convert Infinity to integer ratio");
  }
  let d = 1n;
  let y = x;
  while (!Number.isInteger(y)) {
    y *= 2;
    d *= 2n;
  }
  let n = BigInt(y);
  while (d > 1n && n % 2n === 0n) {
    n /= 2n;
    d /= 2n;
  }
  return [n, d];
}

/** float.hex: [-]0x1.<13 hex digits>p<exp> (0x0.0p+0 for zero). */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  if (a === 0) return `${sign}0x0.0p+0`;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const bits = buf.getBigUint64(0);
  let e = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let lead = 1;
  if (e === 0) {
    lead = 0;
    e = -1022;
  } else e -= 1023;
  if (lead === 0) {
    // subnormal: normalise as CPython does (shift until the leading bit is 1)
    while ((mant & (1n << 52n)) === 0n) {
      mant <<= 1n;
      e--;
    }
    mant &= (1n << 52n) - 1n;
    lead = 1;
    e++;
  }
  const digits = mant.toString(16).padStart(13, "0");
  return `${sign}0x${lead}.${digits}p${e >= 0 ? "+" : ""}${e}`;
}

function floatFromHex(s: string): number {
  const m = /^\s*([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
  const special = /^\s*([+-]?)(inf|infinity|nan)\s*$/i.exec(s);
  if (special !== null) {
    const v = special[2]!.toLowerCase() === "nan" ? Number.NaN : Number.POSITIVE_INFINITY;
    return special[1] === "-" ? -v : v;
  }
  if (m === null || (m[2] === "" && (m[3] ?? "") === ""))
    raise(T.ValueError, "invalid hexadecimal floating-point string");
  const intPart = m[2]!;
  const frac = m[3] ?? "";
  // (not both empty: refused above)
  const mant = BigInt(`0x${intPart}${frac}`);
  const r = scaleExact(mant, Number(m[4] ?? "0") - 4 * frac.length);
  return m[1] === "-" ? -r : r;
}

/**
 * mant * 2**exp as the nearest double (ties to even), subnormals included, as
 * float.fromhex rounds; OverflowError past the largest double.
 */
function scaleExact(mant: bigint, exp: number): number {
  if (mant === 0n) return 0;
  const bits = mant.toString(2).length;
  // the exponent of the result's last significand bit: 53 bits, or fewer below 2**-1022
  const lsb = Math.max(exp + bits - 53, -1074);
  // (far below the smallest subnormal: less than half of it, so zero)
  if (lsb - exp > bits + 1) return 0;
  let q: bigint;
  if (exp >= lsb) q = mant << BigInt(exp - lsb);
  else {
    const shift = BigInt(lsb - exp);
    q = mant >> shift;
    const rest = mant - (q << shift);
    const half = 1n << (shift - 1n);
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  if (lsb + q.toString(2).length > 1024)
    raise(T.OverflowError, "hexadecimal value too large to represent as a float");
  // (q has at most 54 bits and is exact as a double; each factor is a power of two)
  return Number(q) * 2 ** Math.max(lsb, -1022) * 2 ** Math.min(0, lsb + 1022);
}

export function installNumberMembers(): void {
  const intAttrs = new Map<string, (o: HeapObject) => HeapObject>([
    ["real", asPlainInt],
    ["imag", () => newInt(0)],
    ["numerator", asPlainInt],
    ["denominator", () => newInt(1)],
  ]);
  nativeAttrs.set(C.int, intAttrs);
  nativeAttrs.set(C.bool, intAttrs);
  nativeAttrs.set(
    C.float,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["real", (o) => incRef(o)],
      ["imag", () => newFloat(0)],
    ]),
  );
  const I = T.int;
  defineMethod(I, "conjugate", (args, kw, self) => {
    exactly("int.conjugate", args, 0, kw);
    return asPlainInt(self!);
  });
  defineMethod(I, "as_integer_ratio", (args, kw, self) => {
    exactly("int.as_integer_ratio", args, 0, kw);
    return newTuple([asPlainInt(self!), newInt(1)]);
  });
  defineMethod(I, "bit_count", (args, kw, self) => {
    exactly("int.bit_count", args, 0, kw);
    let v = BigInt(self!.p0 as Int);
    if (v < 0n) v = -v;
    let n = 0;
    for (const c of v.toString(2)) if (c === "1") n++;
    return newInt(n);
  });
  for (const name of ["__trunc__", "__floor__", "__ceil__", "__index__", "__int__"]) {
    defineMethod(I, name, (args, kw, self) => {
      exactly(`int.${name}`, args, 0, kw);
      return asPlainInt(self!);
    });
  }
  const F = T.float;
  defineMethod(F, "conjugate", (args, kw, self) => {
    exactly("float.conjugate", args, 0, kw);
    return incRef(self!);
  });
  defineMethod(F, "as_integer_ratio", (args, kw, self) => {
    exactly("float.as_integer_ratio", args, 0, kw);
    const [n, d] = floatRatio(self!.p0 as number);
    return newTuple([newInt(n), newInt(d)]);
  });
  defineMethod(F, "hex", (args, kw, self) => {
    exactly("float.hex", args, 0, kw);
    return newStr(floatHex(self!.p0 as number));
  });
  const rounders: [string, (x: number) => number][] = [
    ["__trunc__", Math.trunc],
    ["__floor__", Math.floor],
    ["__ceil__", Math.ceil],
    ["__int__", Math.trunc],
  ];
  for (const [name, fn] of rounders) {
    defineMethod(F, name, (args, kw, self) => {
      exactly(`float.${name}`, args, 0, kw);
      const x = self!.p0 as number;
      if (Number.isNaN(x)) raise(T.ValueError, "cannot convert float NaN to integer");
      if (!Number.isFinite(x)) raise(T.OverflowError, "cannot convert float infinity to integer");
      const r = fn(x);
      return newInt(Number.isSafeInteger(r) ? r : BigInt(r));
    });
  }
  const fromhex = newBuiltin(
    "fromhex",
    (args) => {
      exactly("fromhex", args.slice(1), 1);
      const s = args[1]!;
      if (!isStr(s)) raise(T.TypeError, `must be str, not ${typeName(s)}`);
      return newFloat(floatFromHex(s.p0 as string));
    },
    null,
  );
  typeInfo(F).dict.set("fromhex", heap.alloc(classmethodContract, fromhex, null, null));
  installNumberSlots();
}

/**
 * The slot methods int and float have in their namespaces that structural checks look
 * for (typing.SupportsFloat, SupportsAbs, SupportsRound): __float__, __abs__, __round__,
 * answering as float(), abs() and round() do.
 */
function installNumberSlots(): void {
  const builtin = (name: string, args: HeapObject[]) => {
    const f = getAttr(loadBuiltinModule("builtins")!, name);
    try {
      return callBorrowed(f, args);
    } finally {
      decref(f);
    }
  };
  // (slot wrappers: wrap_unaryfunc's argument check)
  const noArgs = (args: HeapObject[]) => expectArgs(args, 0);
  for (const t of [T.int, T.float]) {
    defineMethod(t, "__float__", (args, _kw, self) => {
      noArgs(args);
      return self!.type === C.float ? incRef(self!) : builtin("float", [self!]);
    });
    defineMethod(t, "__abs__", (args, _kw, self) => {
      noArgs(args);
      return builtin("abs", [self!]);
    });
    defineMethod(t, "__round__", (args, kw, self) => {
      range_("__round__", args, 0, 1, kw);
      return builtin("round", [self!, ...args]);
    });
  }
}
