/**
 * The builtin `complex` type (CPython Objects/complexobject.c): construction from numbers
 * and strings, arithmetic with int and float operands on both sides, comparison for
 * equality, hash, abs, repr and format().
 *
 * A complex object keeps its real part in `p0` and its imaginary part in `p1` (JS
 * doubles). Like collections.deque, the type dispatches its special methods through its
 * namespace (`heapType`), so `binaryOp`/`richCompare` find `__add__`, `__radd__`, `__eq__`
 * … as for a class; its repr is native.
 *
 * The algorithms are CPython's: the product of two complex numbers by the schoolbook
 * formula (a float operand becomes `x+0j` first, so `inf * (1+0j)` has a nan part), the
 * quotient scaled by the larger part of the divisor, integral powers up to 100 by repeated
 * squaring, other powers through polar form. NOT-CPYTHON: the polar form uses JavaScript's
 * Math.pow/exp/log/sin/cos/atan2/hypot, which may differ from the C library in the last bit.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  call,
  floatHashExact,
  getAttrOrNull,
  isInt,
  isStr,
  nativeAttrs,
  nativeRepr,
} from "../runtime/abstract.js";
import {
  defineMethod,
  expectArgs,
  floatPowHook,
  registerBuiltinType,
} from "../runtime/bootstrap.js";
import { complexKeys, type DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { type FormatSpec, floatRepr, formatFloat, parseSpec } from "../runtime/format.js";
import { staticmethodContract } from "../runtime/function.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { newBool, newBuiltin, newFloat, newInt, newStr, newTuple } from "../runtime/objects.js";
import { typeInfo, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { defineValue, exactly, splitKw } from "./support.js";

export const complexContract = new ObjectType({ name: "complex", basicSize: 32 });

type Cx = [number, number];

/** A new complex object. */
export function newComplex(real: number, imag: number): HeapObject {
  return heap.alloc(complexContract, real, imag);
}

function isComplex(o: HeapObject): boolean {
  return o.type === complexContract;
}

function cxOf(o: HeapObject): Cx {
  return [o.p0 as number, o.p1 as number];
}

/** PyLong_AsDouble: OverflowError past the float range. */
function intToDouble(o: HeapObject): number {
  const v = o.p0 as number | bigint;
  const x = Number(v);
  if (!Number.isFinite(x)) raise(T.OverflowError, "int too large to convert to float");
  return x;
}

/** An arithmetic operand as a complex value, or null (NotImplemented). */
function operand(o: HeapObject): Cx | null {
  if (isComplex(o)) return cxOf(o);
  if (o.type.layout === C.float) return [o.p0 as number, 0]; // float and its subclasses
  if (isInt(o)) return [intToDouble(o), 0];
  return null;
}

// ---------------------------------------------------------------- arithmetic

function prod(a: Cx, b: Cx): Cx {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** The quotient, or null for a zero divisor (EDOM). */
function quot(a: Cx, b: Cx): Cx | null {
  const absRe = Math.abs(b[0]);
  const absIm = Math.abs(b[1]);
  if (absRe >= absIm) {
    if (absRe === 0) return null;
    const ratio = b[1] / b[0];
    const denom = b[0] + b[1] * ratio;
    return [(a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom];
  }
  if (absIm >= absRe) {
    const ratio = b[0] / b[1];
    const denom = b[0] * ratio + b[1];
    return [(a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom];
  }
  return [Number.NaN, Number.NaN]; // a nan in the divisor
}

function divide(a: Cx, b: Cx): HeapObject {
  const r = quot(a, b);
  if (r === null) raise(T.ZeroDivisionError, "complex division by zero");
  return newComplex(r[0], r[1]);
}

const ZERO_POWER = "0.0 to a negative or complex power";

/** a ** n for a natural n, by squaring. */
function powNatural(a: Cx, n: number): Cx {
  let r: Cx = [1, 0];
  let p = a;
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (Math.floor(n / mask) % 2 === 1) r = prod(r, p);
    p = prod(p, p);
  }
  return r;
}

/** The general power in polar form; null for 0 to a negative or complex power. */
function powPolar(a: Cx, b: Cx): Cx | null {
  if (b[0] === 0 && b[1] === 0) return [1, 0];
  if (a[0] === 0 && a[1] === 0) {
    if (b[1] !== 0 || b[0] < 0) return null;
    return [0, 0];
  }
  const vabs = Math.hypot(a[0], a[1]);
  let len = vabs ** b[0];
  const at = Math.atan2(a[1], a[0]);
  let phase = at * b[0];
  if (b[1] !== 0) {
    len /= Math.exp(at * b[1]);
    phase += b[1] * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function power(a: Cx, b: Cx): HeapObject {
  let r: Cx | null;
  if (b[1] === 0 && b[0] === Math.floor(b[0]) && Math.abs(b[0]) <= 100) {
    const n = b[0];
    r = n > 0 ? powNatural(a, n) : quot([1, 0], powNatural(a, -n));
  } else r = powPolar(a, b);
  if (r === null) raise(T.ZeroDivisionError, ZERO_POWER);
  if (Math.abs(r[0]) === Number.POSITIVE_INFINITY || Math.abs(r[1]) === Number.POSITIVE_INFINITY)
    raise(T.OverflowError, "complex exponentiation");
  return newComplex(r[0], r[1]);
}

// ---------------------------------------------------------------- hash, repr, format

const HASH_IMAG = 1000003n;

/** complex_hash: hash(real) + 1000003 * hash(imag) in a machine word, -1 answered as -2. */
export function complexHash(o: HeapObject): bigint {
  const re = BigInt(floatHashExact(o.p0 as number));
  const im = BigInt(floatHashExact(o.p1 as number));
  const h = BigInt.asIntN(64, re + HASH_IMAG * im);
  return h === -1n ? -2n : h;
}

/** A part as repr shows it: float repr without the ".0" of integral values. */
function partRepr(x: number): string {
  const s = floatRepr(x);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

function signedImag(im: number): string {
  const neg = im < 0 || Object.is(im, -0);
  return `${neg ? "-" : "+"}${partRepr(Math.abs(im))}`;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${partRepr(im)}j`;
  return `(${partRepr(re)}${signedImag(im)}j)`;
}

/** complex.__format__: both parts formatted alike, the imaginary one always signed. */
export function formatComplex(re: number, im: number, text: string): string {
  let spec: FormatSpec;
  try {
    spec = parseSpec(text);
  } catch (e) {
    if (e instanceof Error) raise(T.ValueError, e.message);
    throw e;
  }
  if (spec.fill === "0")
    raise(T.ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align === "=")
    raise(T.ValueError, "'=' alignment flag is not allowed in complex format specifier");
  let type = spec.type;
  if (type !== "" && !"eEfFgGn".includes(type))
    raise(T.ValueError, `Unknown format code '${type}' for object of type 'complex'`);
  // No type: repr's digits (or 'g' with a precision), in parentheses unless the real part
  // is +0 and left out.
  let parens = false;
  let skipReal = false;
  let reprStyle = false;
  if (type === "") {
    if (spec.precision < 0) reprStyle = true;
    else type = "g";
    if (re === 0 && !Object.is(re, -0)) skipReal = true;
    else parens = true;
  } else if (type === "n") type = "g";
  const part = (x: number, sign: string): string => {
    if (!reprStyle)
      return formatFloat(x, { ...spec, type, sign, width: -1, align: "", fill: " ", zero: false });
    const neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
    return (neg ? "-" : sign === "+" || sign === " " ? sign : "") + partRepr(Math.abs(x));
  };
  const reText = skipReal ? "" : part(re, spec.sign);
  const imText = part(im, skipReal ? spec.sign : "+");
  const body = `${parens ? "(" : ""}${reText}${imText}j${parens ? ")" : ""}`;
  const width = spec.width;
  if (width <= [...body].length) return body;
  const n = width - [...body].length;
  const fill = spec.fill;
  const align = spec.align || ">";
  if (align === "<") return body + fill.repeat(n);
  if (align === "^") {
    const left = Math.floor(n / 2);
    return fill.repeat(left) + body + fill.repeat(n - left);
  }
  return fill.repeat(n) + body;
}

// ---------------------------------------------------------------- construction

const FLOAT_TEXT = String.raw`(?:(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|inf(?:inity)?|nan)`;
const REAL_ONLY = new RegExp(`^([+-]?${FLOAT_TEXT})$`, "i");
const IMAG_ONLY = new RegExp(`^([+-]?)(${FLOAT_TEXT})?j$`, "i");
const BOTH = new RegExp(`^([+-]?${FLOAT_TEXT})([+-])(${FLOAT_TEXT})?j$`, "i");

function parseFloatText(s: string): number {
  const t = s.toLowerCase();
  const neg = t.startsWith("-");
  const body = t.replace(/^[+-]/, "");
  let v: number;
  if (body === "inf" || body === "infinity") v = Number.POSITIVE_INFINITY;
  else if (body === "nan") v = Number.NaN;
  else v = Number(body);
  return neg ? -v : v;
}

/** complex(str): "1", "2j", "1+2j", "-j", optionally in parentheses, spaces around. */
function complexFromString(obj: HeapObject): Cx {
  const original = obj.p0 as string;
  let s = original;
  if (s.includes("_")) {
    // Underscores only between digits (_Py_string_to_number_with_underscores).
    if (/(^|[^0-9])_|_($|[^0-9])/.test(s))
      raise(T.ValueError, `could not convert string to complex: ${reprStr(original)}`);
    s = s.replace(/_/g, "");
  }
  const ws = /^[\s]+|[\s]+$/g;
  s = s.replace(ws, "");
  if (s.startsWith("(") && s.endsWith(")")) s = s.slice(1, -1).replace(ws, "");
  let m = REAL_ONLY.exec(s);
  if (m !== null) return [parseFloatText(m[1]!), 0];
  m = IMAG_ONLY.exec(s);
  if (m !== null) {
    const v = m[2] === undefined ? 1 : parseFloatText(m[2]);
    return [0, m[1] === "-" ? -v : v];
  }
  m = BOTH.exec(s);
  if (m !== null) {
    const v = m[3] === undefined ? 1 : parseFloatText(m[3]);
    return [parseFloatText(m[1]!), m[2] === "-" ? -v : v];
  }
  raise(T.ValueError, "complex() arg is a malformed string");
}

function reprStr(s: string): string {
  const o = newStr(s);
  try {
    return (nativeRepr.get(o.type) as (x: HeapObject) => string)(o);
  } finally {
    decref(o);
  }
}

/** PyNumber_Float of a constructor argument (int, float, __float__, __index__), or null. */
function toDouble(o: HeapObject): number | null {
  if (o.type === C.float) return o.p0 as number;
  if (isInt(o)) return intToDouble(o);
  for (const name of ["__float__", "__index__"]) {
    const f = getAttrOrNull(typeOf(o), name) === null ? null : getAttrOrNull(o, name);
    if (f === null) continue;
    let r: HeapObject;
    try {
      r = call(f, []);
    } finally {
      decref(f);
    }
    try {
      if (r.type === C.float) return r.p0 as number;
      if (isInt(r)) return intToDouble(r);
      raise(T.TypeError, `${typeName(o)}.${name} returned non-float (type ${typeName(r)})`);
    } finally {
      decref(r);
    }
  }
  return null;
}

/** The value of `o.__complex__()` when the type has one (null: no such method). */
function complexSpecial(o: HeapObject): Cx | null {
  if (isComplex(o)) return null;
  if (getAttrOrNull(typeOf(o), "__complex__") === null) return null;
  const f = getAttrOrNull(o, "__complex__");
  if (f === null) return null;
  let r: HeapObject;
  try {
    r = call(f, []);
  } finally {
    decref(f);
  }
  try {
    if (!isComplex(r)) raise(T.TypeError, `__complex__ returned non-complex (type ${typeName(r)})`);
    return cxOf(r);
  } finally {
    decref(r);
  }
}

function construct(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > 2)
    raise(T.TypeError, `complex() takes at most 2 arguments (${pos.length} given)`);
  for (const k of kw.keys()) {
    if (k !== "real" && k !== "imag")
      raise(T.TypeError, `'${k}' is an invalid keyword argument for complex()`);
  }
  if (pos.length >= 1 && kw.has("real"))
    raise(T.TypeError, "argument for complex() given by name ('real') and position (1)");
  if (pos.length >= 2 && kw.has("imag"))
    raise(T.TypeError, "argument for complex() given by name ('imag') and position (2)");
  const r = pos[0] ?? kw.get("real") ?? null;
  const i = pos[1] ?? kw.get("imag") ?? null;
  if (r === null) {
    if (i === null) return newComplex(0, 0);
  } else if (isStr(r)) {
    if (i !== null) raise(T.TypeError, "complex() can't take second arg if first is a string");
    const [re, im] = complexFromString(r);
    return newComplex(re, im);
  }
  if (i !== null && isStr(i)) raise(T.TypeError, "complex() second arg can't be a string");
  if (r !== null && isComplex(r) && i === null) {
    incref(r);
    return r;
  }
  // The real argument: __complex__, a complex, or a real number.
  let cr: Cx = [0, 0];
  let crComplex = false;
  if (r !== null) {
    const special = complexSpecial(r);
    if (special !== null) {
      cr = special;
      crComplex = true;
    } else if (isComplex(r)) {
      cr = cxOf(r);
      crComplex = true;
    } else {
      const x = toDouble(r);
      if (x === null)
        raise(
          T.TypeError,
          `complex() first argument must be a string or a number, not '${typeName(r)}'`,
        );
      cr = [x, 0];
    }
  }
  let ci: Cx = [0, 0];
  let ciComplex = false;
  if (i === null) ci = [cr[1], 0];
  else if (isComplex(i)) {
    ci = cxOf(i);
    ciComplex = true;
  } else {
    const x = toDouble(i);
    if (x === null)
      raise(T.TypeError, `complex() second argument must be a number, not '${typeName(i)}'`);
    ci = [x, 0];
  }
  let re = cr[0];
  let im = ci[0];
  if (ciComplex) re -= ci[1];
  if (crComplex && i !== null) im += cr[1];
  return newComplex(re, im);
}

// ---------------------------------------------------------------- the type

function binary(
  t: HeapObject,
  name: string,
  fn: (a: Cx, b: Cx) => HeapObject,
  reflected: boolean,
): void {
  defineMethod(t, name, (args, kw, self) => {
    exactly(`complex.${name}`, args, 1, kw);
    const other = operand(args[0]!);
    if (other === null) return incRefNotImplemented();
    const mine = cxOf(self!);
    return reflected ? fn(other, mine) : fn(mine, other);
  });
}

function incRefNotImplemented(): HeapObject {
  incref(S.NotImplemented);
  return S.NotImplemented;
}

/** complex == other for int, float and complex operands (null: NotImplemented). */
function equals(a: Cx, other: HeapObject): boolean | null {
  if (isInt(other)) {
    if (a[1] !== 0) return false;
    const v = other.p0 as number | bigint;
    if (typeof v === "number") return a[0] === v;
    return Number.isFinite(a[0]) && Number.isInteger(a[0]) && BigInt(a[0]) === v;
  }
  if (other.type === C.float) return a[1] === 0 && a[0] === (other.p0 as number);
  if (isComplex(other)) return a[0] === (other.p0 as number) && a[1] === (other.p1 as number);
  return null;
}

export function installComplex(builtins: DictStore): void {
  // float_pow hands a negative base to a fractional power to the complex power.
  floatPowHook.complex = (x, y) => power([x, 0], [y, 0]);
  const t = registerBuiltinType("complex", complexContract);
  complexContract.owner = t;
  complexKeys.contract = complexContract;
  // Special methods dispatch through the type's namespace, as for heap types.
  typeInfo(t).heapType = true;
  nativeRepr.set(complexContract, (o) => complexRepr(o.p0 as number, o.p1 as number));
  const newFn = newBuiltin("__new__", (args, kwnames) => {
    if (args.length === 0) raise(T.TypeError, "complex.__new__(): not enough arguments");
    // NOT-CPYTHON: subclasses of complex need a subclass layout.
    if (args[0] !== t) raise(T.TypeError, "subclassing 'complex' is not supported yet");
    return construct(args.slice(1), kwnames);
  });
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  heap.track(sm);
  typeInfo(t).dict.set("__new__", sm);
  nativeAttrs.set(
    complexContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["real", (o) => newFloat(o.p0 as number)],
      ["imag", (o) => newFloat(o.p1 as number)],
    ]),
  );
  const add = (a: Cx, b: Cx) => newComplex(a[0] + b[0], a[1] + b[1]);
  const sub = (a: Cx, b: Cx) => newComplex(a[0] - b[0], a[1] - b[1]);
  const mul = (a: Cx, b: Cx) => {
    const r = prod(a, b);
    return newComplex(r[0], r[1]);
  };
  for (const [name, fn] of [
    ["add", add],
    ["sub", sub],
    ["mul", mul],
    ["truediv", divide],
  ] as const) {
    binary(t, `__${name}__`, fn, false);
    binary(t, `__r${name}__`, fn, true);
  }
  for (const reflected of [false, true]) {
    const name = reflected ? "__rpow__" : "__pow__";
    defineMethod(t, name, (args, kw, self) => {
      if (args.length < 1 || args.length > 2)
        exactly(`complex.${name}`, args, args.length < 1 ? 1 : 2, kw);
      if (args.length === 2 && args[1] !== S.None) raise(T.ValueError, "complex modulo");
      const other = operand(args[0]!);
      if (other === null) return incRefNotImplemented();
      const mine = cxOf(self!);
      return reflected ? power(other, mine) : power(mine, other);
    });
  }
  for (const [name, negate] of [
    ["__eq__", false],
    ["__ne__", true],
  ] as const) {
    defineMethod(t, name, (args, kw, self) => {
      exactly(`complex.${name}`, args, 1, kw);
      const r = equals(cxOf(self!), args[0]!);
      if (r === null) return incRefNotImplemented();
      return newBool(r !== negate);
    });
  }
  // complex orders nothing: its <, <=, >, >= say NotImplemented.
  for (const name of ["__lt__", "__le__", "__gt__", "__ge__"]) {
    defineMethod(t, name, (args) => {
      expectArgs(args, 1);
      return incRefNotImplemented();
    });
  }
  defineMethod(t, "__repr__", (args, kw, self) => {
    exactly("complex.__repr__", args, 0, kw);
    return newStr(complexRepr(self!.p0 as number, self!.p1 as number));
  });
  defineMethod(t, "__hash__", (args, kw, self) => {
    exactly("complex.__hash__", args, 0, kw);
    return newInt(complexHash(self!));
  });
  defineMethod(t, "__bool__", (args, kw, self) => {
    exactly("complex.__bool__", args, 0, kw);
    return newBool(self!.p0 !== 0 || self!.p1 !== 0);
  });
  defineMethod(t, "__neg__", (args, kw, self) => {
    exactly("complex.__neg__", args, 0, kw);
    return newComplex(-(self!.p0 as number), -(self!.p1 as number));
  });
  defineMethod(t, "__pos__", (args, kw, self) => {
    exactly("complex.__pos__", args, 0, kw);
    const s = self!;
    if (s.type === complexContract) {
      incref(s);
      return s;
    }
    return newComplex(s.p0 as number, s.p1 as number);
  });
  defineMethod(t, "__abs__", (args, kw, self) => {
    exactly("complex.__abs__", args, 0, kw);
    const [re, im] = cxOf(self!);
    if (!Number.isFinite(re) || !Number.isFinite(im)) {
      // hypot: an infinite part wins over a nan.
      if (Math.abs(re) === Number.POSITIVE_INFINITY || Math.abs(im) === Number.POSITIVE_INFINITY)
        return newFloat(Number.POSITIVE_INFINITY);
      return newFloat(Number.NaN);
    }
    const r = Math.hypot(re, im);
    if (!Number.isFinite(r)) raise(T.OverflowError, "absolute value too large");
    return newFloat(r);
  });
  defineMethod(t, "conjugate", (args, kw, self) => {
    exactly("complex.conjugate", args, 0, kw);
    return newComplex(self!.p0 as number, -(self!.p1 as number));
  });
  defineMethod(t, "__complex__", (args, kw, self) => {
    exactly("complex.__complex__", args, 0, kw);
    incref(self!);
    return self!;
  });
  defineMethod(t, "__getnewargs__", (args, kw, self) => {
    exactly("complex.__getnewargs__", args, 0, kw);
    return newTuple([newFloat(self!.p0 as number), newFloat(self!.p1 as number)]);
  });
  defineMethod(t, "__format__", (args, kw, self) => {
    exactly("complex.__format__", args, 1, kw);
    const spec = args[0]!;
    if (!isStr(spec))
      raise(T.TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
    return newStr(formatComplex(self!.p0 as number, self!.p1 as number, spec.p0 as string));
  });
  defineValue(builtins, "complex", t);
}
