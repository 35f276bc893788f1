// Python values that can appear in `ast.Constant.value`, and their `repr()`.
//
// The parser produces literals as plain JavaScript values where the mapping is exact and
// as tiny wrapper classes where it is not: str → string (UTF-16, lone surrogates kept),
// int → bigint, float → number, bool → boolean, None → null, and bytes / complex /
// Ellipsis as the classes below. `pyRepr` prints a constant exactly as CPython 3.11's
// repr() does, which `dump` needs to match `ast.dump` character for character.

/** A Python `bytes` value. */
import { NON_PRINTABLE_RANGES } from "./unicode-names-data.js";

export class PyBytes {
  constructor(public readonly data: Uint8Array) {}
}

/** A Python `complex` value (literals only ever have a zero real part). */
export class PyComplex {
  constructor(
    public readonly real: number,
    public readonly imag: number,
  ) {}
}

/**
 * A Python `str` that a JavaScript string cannot hold: escapes like "\\ud834\\udd1e" give
 * two lone surrogate code points, which a JS string would merge into one astral
 * character. Every other str is a plain JS string.
 */
export class PySurrogateStr {
  constructor(public readonly codePoints: readonly number[]) {}
  /** The nearest JS string (adjacent surrogates pair up). */
  toString(): string {
    return this.codePoints.map((cp) => String.fromCodePoint(cp)).join("");
  }
}

/** Code points of a JS string (a valid surrogate pair is one code point). */
export function codePointsOf(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** Python str concatenation on the parser's two str representations. */
export function concatStr(
  a: string | PySurrogateStr,
  b: string | PySurrogateStr,
): string | PySurrogateStr {
  if (typeof a === "string" && typeof b === "string") {
    const last = a.charCodeAt(a.length - 1);
    const first = b.charCodeAt(0);
    if (!(last >= 0xd800 && last <= 0xdbff && first >= 0xdc00 && first <= 0xdfff)) return a + b;
  }
  const ca = typeof a === "string" ? codePointsOf(a) : a.codePoints;
  const cb = typeof b === "string" ? codePointsOf(b) : b.codePoints;
  return new PySurrogateStr([...ca, ...cb]);
}

/** The `Ellipsis` singleton's type. */
export class PyEllipsis {
  static readonly instance = new PyEllipsis();
  private constructor() {}
}

export type PyConstant =
  | string
  | PySurrogateStr
  | bigint
  | number
  | boolean
  | null
  | PyBytes
  | PyComplex
  | PyEllipsis;

/**
 * CPython 3.11 Python/pystrtod.c: PyOS_double_to_string(x, 'r', 0, flags) — the shortest
 * repr; JavaScript's shortest round-trip digits are the same digits. `addDot0` is set for
 * float.__repr__ and clear for the parts of complex.__repr__.
 */
export function floatRepr(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const exp = x.toExponential(); // "d.ddde+N"
  const ePos = exp.indexOf("e");
  const neg = exp.charCodeAt(0) === 45;
  let mant = exp.slice(neg ? 1 : 0, ePos).replace(".", "");
  const e = Number(exp.slice(ePos + 1)); // decimal exponent of the first digit
  const sign = neg ? "-" : "";
  if (e < -4 || e >= 16) {
    const m = mant.length > 1 ? `${mant[0]}.${mant.slice(1)}` : mant;
    const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : String(Math.abs(e));
    return `${sign}${m}e${e < 0 ? "-" : "+"}${es}`;
  }
  if (e < 0) return `${sign}0.${"0".repeat(-e - 1)}${mant}`;
  if (mant.length <= e + 1) {
    mant += "0".repeat(e + 1 - mant.length);
    return sign + mant + (addDot0 ? ".0" : "");
  }
  return `${sign}${mant.slice(0, e + 1)}.${mant.slice(e + 1)}`;
}

/** CPython 3.11 Objects/complexobject.c: complex_repr. */
export function complexRepr(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return `${floatRepr(c.imag, false)}j`;
  const re = floatRepr(c.real, false);
  const im = floatRepr(c.imag, false);
  const imSign = im.startsWith("-") ? "" : "+";
  return `(${re}${imSign}${im}j)`;
}

/**
 * CPython 3.11 str.isprintable() for one code point (Unicode 14.0, from a table generated
 * from CPython's own unicodedata: JavaScript's \p{…} classes follow a newer Unicode).
 */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  const r = NON_PRINTABLE_RANGES;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]!) hi = mid - 1;
    else if (cp > r[2 * mid + 1]!) lo = mid + 1;
    else return false;
  }
  return true;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

/** CPython 3.11 Objects/unicodeobject.c: unicode_repr. */
export function strRepr(s: string | PySurrogateStr): string {
  if (typeof s !== "string") return codePointsRepr(s.codePoints);
  let quote = "'";
  if (s.includes("'") && !s.includes('"')) quote = '"';
  let out = quote;
  let plainFrom = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    let c = s.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    let esc: string | null = null;
    if (c < 0x7f) {
      if (c === 0x5c) esc = "\\\\";
      else if (c === quote.charCodeAt(0)) esc = `\\${quote}`;
      else if (c === 9) esc = "\\t";
      else if (c === 10) esc = "\\n";
      else if (c === 13) esc = "\\r";
      else if (c < 0x20) esc = `\\x${hex(c, 2)}`;
    } else if (c === 0x7f) {
      esc = "\\x7f";
    } else if (!isPrintable(c)) {
      if (c < 0x100) esc = `\\x${hex(c, 2)}`;
      else if (c < 0x10000) esc = `\\u${hex(c, 4)}`;
      else esc = `\\U${hex(c, 8)}`;
    }
    if (esc !== null) {
      out += s.slice(plainFrom, i) + esc;
      plainFrom = i + width;
    }
    i += width;
  }
  return out + s.slice(plainFrom) + quote;
}

/** unicode_repr over a code point list (for PySurrogateStr). */
function codePointsRepr(cps: readonly number[]): string {
  let quote = 39;
  if (cps.includes(39) && !cps.includes(34)) quote = 34;
  let out = String.fromCharCode(quote);
  for (const c of cps) {
    if (c < 0x7f) {
      if (c === 0x5c) out += "\\\\";
      else if (c === quote) out += `\\${String.fromCharCode(quote)}`;
      else if (c === 9) out += "\\t";
      else if (c === 10) out += "\\n";
      else if (c === 13) out += "\\r";
      else if (c < 0x20) out += `\\x${hex(c, 2)}`;
      else out += String.fromCharCode(c);
    } else if (c === 0x7f || !isPrintable(c)) {
      if (c < 0x100) out += `\\x${hex(c, 2)}`;
      else if (c < 0x10000) out += `\\u${hex(c, 4)}`;
      else out += `\\U${hex(c, 8)}`;
    } else out += String.fromCodePoint(c);
  }
  return out + String.fromCharCode(quote);
}

/** CPython 3.11 Objects/bytesobject.c: PyBytes_Repr. */
export function bytesRepr(b: Uint8Array): string {
  let quote = 39;
  if (b.includes(39) && !b.includes(34)) quote = 34;
  let out = quote === 39 ? "b'" : 'b"';
  for (const c of b) {
    if (c === quote || c === 0x5c) out += `\\${String.fromCharCode(c)}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${hex(c, 2)}`;
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr() of a constant value. */
export function pyRepr(v: PyConstant): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "bigint":
      return v.toString();
    case "number":
      return floatRepr(v);
    case "boolean":
      return v ? "True" : "False";
    case "object":
      if (v === null) return "None";
      if (v instanceof PyBytes) return bytesRepr(v.data);
      if (v instanceof PyComplex) return complexRepr(v);
      if (v instanceof PySurrogateStr) return strRepr(v);
      return "Ellipsis";
    default: {
      const never: never = v;
      throw new Error(`not a constant: ${String(never)}`);
    }
  }
}
