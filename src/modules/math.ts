/**
 * The `math` module (CPython Modules/mathmodule.c), native.
 *
 * Technique: every argument goes through PyFloat_AsDouble's rules (`toDouble`: float,
 * int, `__float__`, `__index__`) or PyNumber_Index's (`toInt`, kept exact as a BigInt
 * when large), and libm's result is checked the way CPython's math_1 checks it: a NaN
 * out of a non-NaN argument is "math domain error", an infinity out of a finite one is
 * "math range error" for the functions that can overflow. Integer functions (factorial,
 * isqrt, gcd, lcm, comb, perm) work on BigInts, so big ints stay exact. `fsum` is
 * Shewchuk's exact partial-sums algorithm, and `hypot`/`dist` take the square root of
 * the exact sum of squares, correctly rounded.
 * NOT-CPYTHON: the transcendental functions are V8's (fdlibm) rather than glibc's; they
 * agree with glibc's to the last bit for nearly all arguments, not for every one.
 */

import type { HeapObject } from "../engine/index.js";
import {
  binaryOp,
  callSpecial,
  callSpecialBound,
  getIter,
  incRef,
  isInt,
  iterNext,
  toArray,
} from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { powPositive } from "../runtime/floatpow.js";
import { decref } from "../runtime/heapref.js";
import { newBool, newFloat, newInt, newTuple } from "../runtime/objects.js";
import { typeName } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { declareModule } from "./registry.js";
import { defineFunction, defineValue, splitKw } from "./support.js";

type Int = number | bigint;

function domainError(): never {
  raise(T.ValueError, "math domain error");
}

function rangeError(): never {
  raise(T.OverflowError, "math range error");
}

/** PyLong_AsDouble: OverflowError past the float range. */
export function intToDouble(v: Int): number {
  const x = Number(v);
  if (!Number.isFinite(x)) raise(T.OverflowError, "int too large to convert to float");
  return x;
}

/** PyFloat_AsDouble: float, int, `__float__`, then `__index__`. */
export function toDouble(o: HeapObject): number {
  if (o.type === C.float) return o.p0 as number;
  if (o.type === C.int || o.type === C.bool) return intToDouble(o.p0 as Int);
  const f = callSpecial(o, "__float__");
  if (f !== null) {
    if (f.type !== C.float) {
      const name = typeName(f);
      decref(f);
      raise(T.TypeError, `${typeName(o)}.__float__ returned non-float (type ${name})`);
    }
    const x = f.p0 as number;
    decref(f);
    return x;
  }
  if (isInt(o)) return intToDouble(o.p0 as Int);
  const i = callSpecial(o, "__index__");
  if (i !== null) {
    const v = i.p0 as Int;
    decref(i);
    return intToDouble(v);
  }
  raise(T.TypeError, `must be real number, not ${typeName(o)}`);
}

/** PyNumber_Index, exact: the int value of an int or an `__index__` object. */
export function toInt(o: HeapObject): Int {
  if (isInt(o)) return o.p0 as Int;
  const r = callSpecial(o, "__index__");
  if (r === null) raise(T.TypeError, `'${typeName(o)}' object cannot be interpreted as an integer`);
  if (!isInt(r)) {
    const name = typeName(r);
    decref(r);
    raise(T.TypeError, `__index__ returned non-int (type ${name})`);
  }
  const v = r.p0 as Int;
  decref(r);
  return v;
}

function big(v: Int): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

function intObj(v: bigint): HeapObject {
  return newInt(v);
}

/** float → exact int object (floor/ceil/trunc results). */
function floatToIntObj(x: number): HeapObject {
  if (Number.isNaN(x)) raise(T.ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(T.OverflowError, "cannot convert float infinity to integer");
  return newInt(Number.isSafeInteger(x) ? x : BigInt(x));
}

function one(name: string, args: HeapObject[], kw: string[] | null): HeapObject {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `math.${name}() takes no keyword arguments`);
  if (args.length !== 1) {
    raise(T.TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0]!;
}

function positional(
  name: string,
  args: HeapObject[],
  kw: string[] | null,
  min: number,
  max: number,
): void {
  if (kw !== null && kw.length > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max) raise(T.TypeError, `${name} expected ${min} arguments, got ${args.length}`);
    if (args.length < min) {
      raise(
        T.TypeError,
        `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
      );
    }
    raise(
      T.TypeError,
      `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
    );
  }
}

/** CPython math_1: libm's result checked for domain and range errors. */
function math1(x: number, fn: (x: number) => number, canOverflow: boolean): HeapObject {
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) rangeError();
    domainError();
  }
  return newFloat(r);
}

// ---------------------------------------------------------------- float helpers

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

function copysign(x: number, y: number): number {
  const a = Math.abs(x);
  return isNegative(y) || (Number.isNaN(y) && signBitOfNaN(y)) ? -a : a;
}

function signBitOfNaN(y: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, y);
  return (view.getUint8(0) & 0x80) !== 0;
}

/** frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = x for 0, inf, nan). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let e = (view.getUint16(0) >> 4) & 0x7ff;
  let shift = 0;
  if (e === 0) {
    // subnormal: scale into the normal range first
    view.setFloat64(0, x * 2 ** 64);
    e = (view.getUint16(0) >> 4) & 0x7ff;
    shift = 64;
  }
  const exp = e - 1022 - shift;
  // set the exponent field to 1022 (so |m| is in [0.5, 1))
  const hi = view.getUint16(0);
  view.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), exp];
}

/** ldexp: x * 2**e with a single rounding (subnormal results included). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const t = me + e; // x * 2**e = m * 2**t, 0.5 <= |m| < 1
  if (t > 1024) return copysign(Infinity, x);
  if (t > 1023) return m * 2 * 2 ** (t - 1);
  if (t >= -1074) return m * 2 ** t;
  if (t < -1080) return copysign(0, x);
  return m * 2 ** (t + 1074) * 2 ** -1074;
}

// ---------------------------------------------------------------- integer helpers

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/** isqrt for non-negative BigInts (Newton's method from a float estimate). */
function isqrtBig(n: bigint): bigint {
  if (n < 0n) raise(T.ValueError, "isqrt() argument must be nonnegative");
  if (n < 2n) return n;
  if (n < 1n << 52n) {
    return BigInt(Math.floor(Math.sqrt(Number(n))));
  }
  // start above the root (2**ceil(bits/2)); Newton's steps then decrease to it
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** Product of lo..hi (inclusive) by binary splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

const LONG_MAX = 9223372036854775807n;

// ---------------------------------------------------------------- exact sums

/** CPython math_fsum: Shewchuk's partials, then a correctly rounded total. */
function fsum(iterable: HeapObject): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  const it = getIter(iterable);
  try {
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      let x: number;
      try {
        x = toDouble(item);
      } finally {
        decref(item);
      }
      const xsave = x;
      let n = 0;
      for (let j = 0; j < partials.length; j++) {
        let y = partials[j]!;
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) partials[n++] = lo;
        x = hi;
      }
      partials.length = n;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          // a non-finite x could have come from an overflow of finite partials
          if (Number.isFinite(xsave)) raise(T.OverflowError, "intermediate overflow in fsum");
          if (!Number.isNaN(xsave)) infSum += xsave;
          specialSum += xsave;
          partials.length = 0;
        } else partials.push(x);
      }
    }
  } finally {
    decref(it);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) raise(T.ValueError, "-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // round half to even across the remaining partials
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** A finite double as mantissa * 2**exp with an integer mantissa. */
function decompose(x: number): [bigint, number] {
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}

/** sqrt(sum of squares), correctly rounded (vector_norm's result, computed exactly). */
function vectorNorm(xs: number[]): number {
  let max = 0;
  let sawNaN = false;
  for (const x of xs) {
    const a = Math.abs(x);
    if (Number.isNaN(a)) sawNaN = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (sawNaN) return Number.NaN;
  if (max === 0 || xs.length <= 1) return max;
  const parts = xs.filter((x) => x !== 0).map(decompose);
  const minExp = Math.min(...parts.map((p) => p[1]));
  let sum = 0n;
  for (const [m, e] of parts) sum += (m * m) << BigInt(2 * (e - minExp));
  let exp2 = 2 * minExp; // value = sum * 2**exp2
  // scale so the integer square root has at least 64 significant bits
  let shift = Math.max(0, 130 - bitLength(sum));
  if ((exp2 - shift) % 2 !== 0) shift++;
  sum <<= BigInt(shift);
  exp2 -= shift;
  let r = isqrtBig(sum);
  if (r * r !== sum)
    r = r * 2n + 1n; // a sticky bit below the rounding point
  else r *= 2n;
  const half = exp2 / 2 - 1;
  // convert r * 2**half with one rounding: r has >= 64 bits, so Number(r) rounds once
  const bits = bitLength(r);
  const drop = Math.max(0, bits - 64);
  let rr = r >> BigInt(drop);
  if (drop > 0 && rr << BigInt(drop) !== r) rr |= 1n;
  return ldexp(Number(rr), half + drop);
}

// ---------------------------------------------------------------- the module

/** CPython loghelper: ints too big for a float go through frexp. */
function logHelper(o: HeapObject, fn: (x: number) => number, name: string): number {
  if (isInt(o)) {
    const v = big(o.p0 as Int);
    if (v <= 0n) domainError();
    const x = Number(v);
    if (Number.isFinite(x)) return logOf(x, fn);
    const e = bitLength(v) - 60;
    const m = Number(v >> BigInt(e)) / 2 ** 60;
    return fn(m) + fn(2) * (e + 60);
  }
  void name;
  return logOf(toDouble(o), fn);
}

function logOf(x: number, fn: (x: number) => number): number {
  if (Number.isNaN(x)) return x;
  if (x <= 0) domainError();
  return fn(x);
}

function pow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y % 2) === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    // y is infinite
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (x === 0 && y < 0) domainError();
  if (y === 0 || x === 1) return 1;
  // C's pow: an integer power correctly rounded (floatpow.ts), the sign by the exponent.
  const r = x > 0 ? powPositive(x, y) : Number.isInteger(y) ? powSigned(x, y) : x ** y;
  if (Number.isNaN(r)) domainError();
  if (!Number.isFinite(r)) rangeError();
  return r;
}

/** A negative base to an integer power: |x| ** y, negative for an odd y. */
function powSigned(x: number, y: number): number {
  const r = x === 0 ? x ** y : powPositive(-x, y);
  return x < 0 && Math.abs(y % 2) === 1 ? -r : r;
}

function isClose(args: HeapObject[], kwnames: string[] | null): boolean {
  const [pos, kw] = splitKw(args, kwnames);
  const names = ["a", "b", "rel_tol", "abs_tol"];
  if (pos.length > 2) {
    raise(T.TypeError, `isclose() takes exactly 2 positional arguments (${pos.length} given)`);
  }
  const vals: (HeapObject | undefined)[] = [pos[0], pos[1], undefined, undefined];
  for (const [k, v] of kw) {
    const i = names.indexOf(k);
    if (i < 0) raise(T.TypeError, `'${k}' is an invalid keyword argument for isclose()`);
    if (vals[i] !== undefined) {
      raise(T.TypeError, `argument for isclose() given by name ('${k}') and position (${i + 1})`);
    }
    vals[i] = v;
  }
  for (let i = 0; i < 2; i++) {
    if (vals[i] === undefined) {
      raise(T.TypeError, `isclose() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  const a = toDouble(vals[0]!);
  const b = toDouble(vals[1]!);
  const relTol = vals[2] === undefined ? 1e-9 : toDouble(vals[2]);
  const absTol = vals[3] === undefined ? 0 : toDouble(vals[3]);
  if (relTol < 0 || absTol < 0) raise(T.ValueError, "tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** math.floor / math.ceil: floats exactly, ints as themselves, else `__floor__`/`__ceil__`. */
function rounder(name: "floor" | "ceil", fn: (x: number) => number) {
  return (args: HeapObject[], kw: string[] | null): HeapObject => {
    const x = one(name, args, kw);
    if (x.type === C.float) return floatToIntObj(fn(x.p0 as number));
    if (x.type === C.int) return incRef(x);
    const r = callSpecialBound(x, `__${name}__`);
    if (r !== null) return r;
    return floatToIntObj(fn(toDouble(x)));
  };
}

declareModule("math", (m) => {
  defineFloat(m, "pi", Math.PI);
  defineFloat(m, "e", Math.E);
  defineFloat(m, "tau", 2 * Math.PI);
  defineFloat(m, "inf", Infinity);
  defineFloat(m, "nan", Number.NaN);

  defineFunction(m, "floor", rounder("floor", Math.floor));
  defineFunction(m, "ceil", rounder("ceil", Math.ceil));
  defineFunction(m, "trunc", (args, kw) => {
    const x = one("trunc", args, kw);
    const r = callSpecialBound(x, "__trunc__");
    if (r === null) raise(T.TypeError, `type ${typeName(x)} doesn't define __trunc__ method`);
    return r;
  });

  const simple: [string, (x: number) => number, boolean][] = [
    ["sqrt", Math.sqrt, false],
    ["exp", Math.exp, true],
    ["expm1", Math.expm1, true],
    ["log1p", Math.log1p, false],
    ["fabs", Math.abs, false],
    ["sin", Math.sin, false],
    ["cos", Math.cos, false],
    ["tan", Math.tan, false],
    ["asin", Math.asin, false],
    ["acos", Math.acos, false],
    ["atan", Math.atan, false],
    ["sinh", Math.sinh, true],
    ["cosh", Math.cosh, true],
    ["tanh", Math.tanh, false],
    ["asinh", Math.asinh, false],
    ["acosh", Math.acosh, false],
    ["atanh", Math.atanh, false],
  ];
  for (const [name, fn, overflow] of simple) {
    defineFunction(m, name, (args, kw) => math1(toDouble(one(name, args, kw)), fn, overflow));
  }
  const radToDeg = 180 / Math.PI;
  const degToRad = Math.PI / 180;
  defineFunction(m, "degrees", (args, kw) =>
    newFloat(toDouble(one("degrees", args, kw)) * radToDeg),
  );
  defineFunction(m, "radians", (args, kw) =>
    newFloat(toDouble(one("radians", args, kw)) * degToRad),
  );
  defineFunction(m, "isfinite", (args, kw) =>
    newBool(Number.isFinite(toDouble(one("isfinite", args, kw)))),
  );
  defineFunction(m, "isnan", (args, kw) => newBool(Number.isNaN(toDouble(one("isnan", args, kw)))));
  defineFunction(m, "isinf", (args, kw) => {
    const x = toDouble(one("isinf", args, kw));
    return newBool(x === Infinity || x === -Infinity);
  });

  defineFunction(m, "log", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2)
      raise(T.TypeError, "math.log requires 1 to 2 arguments");
    const num = logHelper(args[0]!, Math.log, "log");
    if (args.length === 1) return newFloat(num);
    const den = logHelper(args[1]!, Math.log, "log");
    if (den === 0) raise(T.ZeroDivisionError, "float division by zero");
    return newFloat(num / den);
  });
  defineFunction(m, "log2", (args, kw) =>
    newFloat(logHelper(one("log2", args, kw), Math.log2, "log2")),
  );
  defineFunction(m, "log10", (args, kw) =>
    newFloat(logHelper(one("log10", args, kw), Math.log10, "log10")),
  );

  defineFunction(m, "pow", (args, kw) => {
    positional("pow", args, kw, 2, 2);
    return newFloat(pow(toDouble(args[0]!), toDouble(args[1]!)));
  });
  defineFunction(m, "atan2", (args, kw) => {
    positional("atan2", args, kw, 2, 2);
    return newFloat(Math.atan2(toDouble(args[0]!), toDouble(args[1]!)));
  });
  defineFunction(m, "copysign", (args, kw) => {
    positional("copysign", args, kw, 2, 2);
    return newFloat(copysign(toDouble(args[0]!), toDouble(args[1]!)));
  });
  defineFunction(m, "fmod", (args, kw) => {
    positional("fmod", args, kw, 2, 2);
    const x = toDouble(args[0]!);
    const y = toDouble(args[1]!);
    if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return newFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    return newFloat(r);
  });
  defineFunction(m, "remainder", (args, kw) => {
    positional("remainder", args, kw, 2, 2);
    const x = toDouble(args[0]!);
    const y = toDouble(args[1]!);
    if (Number.isNaN(x)) return newFloat(x);
    if (Number.isNaN(y)) return newFloat(y);
    if (!Number.isFinite(x) || y === 0) domainError();
    if (!Number.isFinite(y)) return newFloat(x);
    // IEEE remainder: x - n*y with n the nearest integer to x/y (ties to even)
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    let mod = ax % ay;
    const half = ay - mod;
    if (mod > half) mod = -half;
    else if (mod === half) {
      // tie: pick the one making n even
      const n = (ax - mod) / ay;
      if (n % 2 !== 0) mod = -half;
    }
    return newFloat(copysign(1, x) * mod);
  });
  defineFunction(m, "hypot", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "hypot() takes no keyword arguments");
    return newFloat(vectorNorm(args.map(toDouble)));
  });
  defineFunction(m, "dist", (args, kw) => {
    positional("dist", args, kw, 2, 2);
    const p = toArray(args[0]!);
    const q = toArray(args[1]!);
    try {
      if (p.length !== q.length) {
        raise(T.ValueError, "both points must have the same number of dimensions");
      }
      return newFloat(vectorNorm(p.map((x, i) => toDouble(x) - toDouble(q[i]!))));
    } finally {
      for (const x of p) decref(x);
      for (const x of q) decref(x);
    }
  });
  defineFunction(m, "frexp", (args, kw) => {
    const [mant, e] = frexp(toDouble(one("frexp", args, kw)));
    return newTuple([newFloat(mant), newInt(e)]);
  });
  defineFunction(m, "ldexp", (args, kw) => {
    positional("ldexp", args, kw, 2, 2);
    const x = toDouble(args[0]!);
    if (!isInt(args[1]!)) raise(T.TypeError, "Expected an int as second argument to ldexp.");
    const e = big(args[1]!.p0 as Int);
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    if (e > 100000n) rangeError();
    if (e < -100000n) return newFloat(copysign(0, x));
    const r = ldexp(x, Number(e));
    if (!Number.isFinite(r)) rangeError();
    return newFloat(r);
  });
  defineFunction(m, "modf", (args, kw) => {
    const x = toDouble(one("modf", args, kw));
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
      return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
    }
    const ip = Math.trunc(x);
    return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
  });
  defineFunction(m, "isclose", (args, kw) => newBool(isClose(args, kw)));
  defineFunction(m, "fsum", (args, kw) => newFloat(fsum(one("fsum", args, kw))));
  defineFunction(m, "prod", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    for (const k of kw.keys()) {
      if (k !== "start") raise(T.TypeError, `'${k}' is an invalid keyword argument for prod()`);
    }
    if (pos.length !== 1) {
      raise(
        T.TypeError,
        pos.length === 0
          ? "prod() missing required argument 'iterable' (pos 1)"
          : `prod() takes exactly 1 positional argument (${pos.length} given)`,
      );
    }
    let acc = kw.has("start") ? incRef(kw.get("start")!) : newInt(1);
    const it = getIter(pos[0]!);
    try {
      for (;;) {
        const item = iterNext(it);
        if (item === null) break;
        try {
          const next = binaryOp(acc, item, "*");
          decref(acc);
          acc = next;
        } finally {
          decref(item);
        }
      }
    } catch (e) {
      decref(acc);
      throw e;
    } finally {
      decref(it);
    }
    return acc;
  });

  defineFunction(m, "factorial", (args, kw) => {
    const n = big(toInt(one("factorial", args, kw)));
    if (n < 0n) raise(T.ValueError, "factorial() not defined for negative values");
    if (n > LONG_MAX) {
      raise(T.OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
    }
    return intObj(rangeProduct(2n, n));
  });
  defineFunction(m, "isqrt", (args, kw) => intObj(isqrtBig(big(toInt(one("isqrt", args, kw))))));
  defineFunction(m, "gcd", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "gcd() takes no keyword arguments");
    let g = 0n;
    for (const a of args) g = gcdBig(g, big(toInt(a)));
    return intObj(g);
  });
  defineFunction(m, "lcm", (args, kw) => {
    if (kw !== null && kw.length > 0) raise(T.TypeError, "lcm() takes no keyword arguments");
    let l = 1n;
    for (const a of args) {
      const v = big(toInt(a));
      if (l === 0n || v === 0n) {
        l = 0n;
        continue;
      }
      l = (l / gcdBig(l, v)) * v;
      if (l < 0n) l = -l;
    }
    return intObj(l);
  });
  defineFunction(m, "comb", (args, kw) => {
    positional("comb", args, kw, 2, 2);
    const n = big(toInt(args[0]!));
    let k = big(toInt(args[1]!));
    if (n < 0n) raise(T.ValueError, "n must be a non-negative integer");
    if (k < 0n) raise(T.ValueError, "k must be a non-negative integer");
    if (k > n) return newInt(0);
    if (n - k < k) k = n - k;
    // C(n, k) = prod(n-k+1..n) / k!
    return intObj(rangeProduct(n - k + 1n, n) / rangeProduct(2n, k));
  });
  defineFunction(m, "perm", (args, kw) => {
    positional("perm", args, kw, 1, 2);
    const n = big(toInt(args[0]!));
    if (args.length === 1 || args[1] === S.None) {
      if (n < 0n) raise(T.ValueError, "factorial() not defined for negative values");
      return intObj(rangeProduct(2n, n));
    }
    const k = big(toInt(args[1]!));
    if (n < 0n) raise(T.ValueError, "n must be a non-negative integer");
    if (k < 0n) raise(T.ValueError, "k must be a non-negative integer");
    if (k > n) return newInt(0);
    return intObj(rangeProduct(n - k + 1n, n));
  });
  defineFunction(m, "nextafter", (args, kw) => {
    positional("nextafter", args, kw, 2, 2);
    return newFloat(nextafter(toDouble(args[0]!), toDouble(args[1]!)));
  });
  defineFunction(m, "ulp", (args, kw) => {
    const x = Math.abs(toDouble(one("ulp", args, kw)));
    if (!Number.isFinite(x)) return newFloat(x);
    const up = nextafter(x, Infinity);
    if (up === Infinity) return newFloat(x - nextafter(x, -Infinity));
    return newFloat(up - x);
  });
});

/** A float constant in a module dict (the dict keeps the reference). */
function defineFloat(m: DictStore, name: string, x: number): void {
  const f = newFloat(x);
  defineValue(m, name, f);
  decref(f);
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  let bits = view.getBigUint64(0);
  if (y > x === x > 0) bits += 1n;
  else bits -= 1n;
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}
