/**
 * Number formatting as CPython does it: float repr (shortest round-trip, Python's
 * exponent rules), `%`-style and `format()` mini-language for int, float and str
 * (Python/formatter_unicode.c, Python/pystrtod.c).
 */
import { decimalDigits } from "./intdigits.js";

/** float.__repr__ (PyOS_double_to_string 'r'): shortest round-trip digits. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const exp = x.toExponential(); // shortest digits: d.ddde±n
  const [mant, e] = exp.split("e") as [string, string];
  const exponent = Number(e);
  const digits = mant.replace("-", "").replace(".", "");
  const sign = x < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent >= 0) {
    if (digits.length <= exponent + 1)
      return `${sign}${digits}${"0".repeat(exponent + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }
  return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
}

export interface FormatSpec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
  /** 'z': negative zero coerced to positive (floats only). */
  noNegZero: boolean;
}

/** Parse a format spec; throws a JS Error with CPython's message on bad specs. */
export function parseSpec(spec: string): FormatSpec {
  const out: FormatSpec = {
    fill: " ",
    align: "",
    sign: "",
    alt: false,
    zero: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
    noNegZero: false,
  };
  let i = 0;
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  // (the fill is one code point: two UTF-16 units when astral)
  const f = spec.length === 0 ? 0 : spec.codePointAt(0)! > 0xffff ? 2 : 1;
  let fillGiven = false;
  if (spec.length > f && isAlign(spec[f])) {
    out.fill = spec.slice(0, f);
    out.align = spec[f]!;
    fillGiven = true;
    i = f + 1;
  } else if (isAlign(spec[0])) {
    out.align = spec[0]!;
    i = 1;
  }
  if (spec[i] === "+" || spec[i] === "-" || spec[i] === " ") out.sign = spec[i++]!;
  if (spec[i] === "z") {
    out.noNegZero = true;
    i++;
  }
  if (spec[i] === "#") {
    out.alt = true;
    i++;
  }
  // The '0' flag, when no fill was given: '0' fills, and numbers then align with '='
  // unless an alignment was given (numberAlign). After a fill it begins the width.
  if (spec[i] === "0" && !fillGiven) {
    out.zero = true;
    out.fill = "0";
    i++;
  }
  let w = "";
  while (i < spec.length && spec[i]! >= "0" && spec[i]! <= "9") w += spec[i++];
  if (w) out.width = Number(w);
  if (spec[i] === "," || spec[i] === "_") out.grouping = spec[i++]!;
  if (spec[i] === ".") {
    i++;
    let p = "";
    while (i < spec.length && spec[i]! >= "0" && spec[i]! <= "9") p += spec[i++];
    if (!p) throw new Error("Format specifier missing precision");
    out.precision = Number(p);
  }
  if (i < spec.length) out.type = spec[i++]!;
  if (i < spec.length) throw new Error("Invalid format specifier");
  return out;
}

function group(intPart: string, sep: string, every = 3): string {
  if (!sep) return intPart;
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

/** Whether UTF-16 offset p of x falls between the two halves of a surrogate pair. */
export function splitsPair(x: string, p: number): boolean {
  if (p <= 0 || p >= x.length) return false;
  const lo = x.charCodeAt(p);
  if (lo < 0xdc00 || lo > 0xdfff) return false;
  const hi = x.charCodeAt(p - 1);
  return hi >= 0xd800 && hi <= 0xdbff;
}

/** len() of a str: its code points (a surrogate pair counts once). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) if (splitsPair(s, i)) n--;
  return n;
}

/** A format that fails with OverflowError, where the others fail with ValueError. */
export class FormatOverflow extends Error {}

/** A number's alignment: the one given, else '=' after the '0' flag, else right. */
function numberAlign(spec: FormatSpec): string {
  return spec.align || (spec.zero ? "=" : ">");
}

/**
 * The thousands separator's check (parse_internal_render_format_spec): ',' and '_' go
 * with decimal and float types, '_' also with 'b', 'o', 'x', 'X' (every four digits).
 */
function checkGrouping(spec: FormatSpec, type: string): void {
  const sep = spec.grouping;
  if (sep === "" || "defgEFG%".includes(type) || type === "") return;
  if (sep === "_" && "boxX".includes(type)) return;
  throw new Error(`Cannot specify '${sep}' with '${type}'.`);
}

/**
 * The digits of a number's integer part with their separators, widened with zeros (and
 * separators) to `minWidth` when the fill is '0' and the alignment '=' (fill_number with
 * _PyUnicode_InsertThousandsGrouping's min_width: a separator is never first, so the
 * result may be one wider).
 */
function groupDigits(digits: string, spec: FormatSpec, every: number, minWidth: number): string {
  const sep = spec.grouping;
  let out = group(digits, sep, every);
  if (!sep || spec.fill !== "0" || numberAlign(spec) !== "=") return out;
  let raw = digits;
  while (out.length < minWidth) {
    raw = `0${raw}`;
    out = group(raw, sep, every);
  }
  return out;
}

function pad(body: string, sign: string, spec: FormatSpec, defaultAlign: string): string {
  const align = spec.align || defaultAlign;
  const total = sign.length + cpLength(body);
  if (spec.width <= total) return sign + body;
  const n = spec.width - total;
  const fill = spec.fill;
  if (align === "<") return sign + body + fill.repeat(n);
  if (align === ">") return fill.repeat(n) + sign + body;
  if (align === "^")
    return fill.repeat(Math.floor(n / 2)) + sign + body + fill.repeat(n - Math.floor(n / 2));
  return sign + fill.repeat(n) + body; // "="
}

function signOf(negative: boolean, spec: FormatSpec): string {
  if (negative) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

/** format(int, spec) */
export function formatInt(v: bigint, spec: FormatSpec): string {
  const t = spec.type || "d";
  checkGrouping(spec, t);
  if ("eEfFgG%".includes(t)) return formatFloat(Number(v), spec);
  if (!"bcdoxXn".includes(t))
    throw new Error(`Unknown format code '${t}' for object of type 'int'`);
  if (spec.precision >= 0) throw new Error("Precision not allowed in integer format specifier");
  if (spec.noNegZero)
    throw new Error("Negative zero coercion (z) not allowed in integer format specifier");
  if (t === "c") {
    if (spec.sign) throw new Error("Sign not allowed with integer format specifier 'c'");
    if (spec.alt)
      throw new Error("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0n || v > 0x10ffffn) throw new FormatOverflow("%c arg not in range(0x110000)");
    return pad(String.fromCodePoint(Number(v)), "", spec, numberAlign(spec));
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  if (t === "d" || t === "n") digits = decimalDigits(a);
  else if (t === "x") (digits = a.toString(16)), (prefix = spec.alt ? "0x" : "");
  else if (t === "X") (digits = a.toString(16).toUpperCase()), (prefix = spec.alt ? "0X" : "");
  else if (t === "o") (digits = a.toString(8)), (prefix = spec.alt ? "0o" : "");
  else (digits = a.toString(2)), (prefix = spec.alt ? "0b" : ""); // "b" (checked above)
  const sign = signOf(neg, spec) + prefix;
  digits = groupDigits(digits, spec, t === "d" || t === "n" ? 3 : 4, spec.width - sign.length);
  return pad(digits, sign, spec, numberAlign(spec));
}

/**
 * `x` (>= 0) with `precision` decimals, rounded as CPython's dtoa does: to the nearest,
 * ties to even on the exact binary value. `toFixed` rounds exact ties up, so a tie —
 * the exact expansion ends in a 5 just past the last kept digit — is rounded down when
 * the kept digit is even.
 */
function roundHalfEven(x: number, precision: number): string {
  // Doubles from 1e21 up are integers; toFixed would switch to exponent form, and takes
  // at most 100 decimals: the exact way for those.
  if (x >= 1e21 || precision > 70) return fixedExact(x, precision);
  const s = x.toFixed(precision);
  const exact = x.toFixed(precision + 30);
  const cut = exact.length - 30;
  if (exact.slice(cut) !== `5${"0".repeat(29)}`) return s;
  const kept = exact.slice(0, precision === 0 ? cut - 1 : cut);
  const last = kept.charCodeAt(kept.length - 1) - 48;
  return last % 2 === 0 ? kept : s;
}

/** format(float, spec) */
export function formatFloat(x: number, spec: FormatSpec): string {
  const t = spec.type;
  checkGrouping(spec, t);
  if (t !== "" && !"eEfFgGn%".includes(t))
    throw new Error(`Unknown format code '${t}' for object of type 'float'`);
  let neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (Number.isNaN(x)) body = t && t === t.toUpperCase() && t !== "%" ? "NAN" : "nan";
  else if (!Number.isFinite(x)) body = t && t === t.toUpperCase() && t !== "%" ? "INF" : "inf";
  else {
    let precision = spec.precision;
    if (t === "") {
      if (precision < 0) body = floatRepr(a);
      else {
        body = formatG(a, precision === 0 ? 1 : precision, spec.alt, true);
      }
    } else if (t === "f" || t === "F") body = roundHalfEven(a, precision < 0 ? 6 : precision);
    else if (t === "%") {
      // (times 100 in floating point, as CPython does: it may overflow)
      const pct = a * 100;
      body = `${Number.isFinite(pct) ? roundHalfEven(pct, precision < 0 ? 6 : precision) : "inf"}%`;
    } else if (t === "e" || t === "E") {
      body = expForm(a, precision < 0 ? 6 : precision);
      if (t === "E") body = body.toUpperCase();
    } else {
      // "g", "G" or "n" (the type was checked above)
      if (precision < 0) precision = 6;
      body = formatG(a, precision === 0 ? 1 : precision, spec.alt, false);
      if (t === "G") body = body.toUpperCase();
    }
    // The alternate form always has a decimal point (Py_DTSF_ALT): 3. and 3.e+00.
    const reprForm = t === "" && spec.precision < 0;
    if (spec.alt && (reprForm || "fFeE%".includes(t)) && !body.includes(".")) {
      const at = body.search(/[eE%]/);
      body = at < 0 ? `${body}.` : `${body.slice(0, at)}.${body.slice(at)}`;
    }
    if (spec.noNegZero && neg && /^[0.]*(e[+-]?0+)?%?$/i.test(body)) neg = false;
    if (spec.grouping) {
      const dot = body.search(/[.eE%]/);
      const rest = dot < 0 ? "" : body.slice(dot);
      const sign = signOf(neg, spec);
      const intPart = dot < 0 ? body : body.slice(0, dot);
      body = groupDigits(intPart, spec, 3, spec.width - sign.length - rest.length) + rest;
    }
  }
  return pad(body, signOf(neg && !Number.isNaN(x), spec), spec, numberAlign(spec));
}

/** The exact value of a finite double `a` >= 0, as num / den (den a power of two). */
function exactParts(a: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const bits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let e = -1074;
  if (bits !== 0) {
    mant |= 1n << 52n;
    e = bits - 1075;
  }
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** num / den rounded to the nearest integer, ties to even. */
function divRoundEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num - q * den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

/** num / den * 10**k (a negative k divides) rounded to an integer, ties to even. */
function scaledRound(num: bigint, den: bigint, k: number): bigint {
  return k >= 0
    ? divRoundEven(num * 10n ** BigInt(k), den)
    : divRoundEven(num, den * 10n ** BigInt(-k));
}

/** `a` (finite, >= 0) with `precision` decimals, correctly rounded (dtoa's mode 3). */
function fixedExact(a: number, precision: number): string {
  const [num, den] = exactParts(a);
  const digits = scaledRound(num, den, precision).toString();
  if (precision === 0) return digits;
  const s = digits.padStart(precision + 1, "0");
  return `${s.slice(0, -precision)}.${s.slice(-precision)}`;
}

/**
 * The `precision + 1` significant digits of `a` (finite, > 0), correctly rounded (ties
 * to even on the exact binary value, as dtoa's mode 2), and the decimal exponent of the
 * first: 0.125 to 2 digits is ["12", -1].
 */
function significantDigits(a: number, precision: number): [string, number] {
  const [num, den] = exactParts(a);
  let e = Math.floor(Math.log10(a));
  for (;;) {
    const s = scaledRound(num, den, precision - e).toString();
    // (log10 may be one off; a rounding up may carry into a new digit: 9.96 -> "100")
    if (s.length > precision + 1) e++;
    else if (s.length < precision + 1) e--;
    else return [s, e];
  }
}

/**
 * round(x, nd) of a float (float___round___impl and double_round): `x` rounded to `nd`
 * decimal places (a negative nd: to a power of ten) correctly, ties to even on the
 * exact binary value, then the nearest double; past the extremes x itself or a zero.
 */
export function roundToDecimal(x: number, nd: number): number {
  if (!Number.isFinite(x) || nd > 323) return x;
  if (nd < -308) return 0 * x;
  const [num, den] = exactParts(Math.abs(x));
  const r = Number(`${scaledRound(num, den, nd)}e${-nd}`);
  return x < 0 || Object.is(x, -0) ? -r : r;
}

function expForm(a: number, precision: number): string {
  if (a === 0) return `${precision > 0 ? `0.${"0".repeat(precision)}` : "0"}e+00`;
  const [digits, n] = significantDigits(a, precision);
  const m = precision > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${m}e${n < 0 ? "-" : "+"}${String(Math.abs(n)).padStart(2, "0")}`;
}

/**
 * The 'g' format, and the empty type with a precision (`dot0`: fixed notation keeps a
 * digit after the point, and takes exponent notation one digit sooner), as
 * format_float_short writes them: `precision` significant digits correctly rounded, the
 * trailing zeros dropped unless `alt`, which also always writes the point.
 */
function formatG(a: number, precision: number, alt: boolean, dot0: boolean): string {
  let digits: string;
  let decpt: number;
  if (a === 0) {
    digits = "0";
    decpt = 1;
  } else {
    const [d, e] = significantDigits(a, precision - 1);
    digits = d.replace(/0+$/, "");
    decpt = e + 1;
  }
  if (alt && digits.length < precision) digits = digits.padEnd(precision, "0");
  if (decpt <= -4 || decpt > (dot0 ? precision - 1 : precision)) {
    const e = decpt - 1;
    const rest = digits.length > 1 ? `.${digits.slice(1)}` : alt ? "." : "";
    return `${digits[0]}${rest}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (decpt <= 0) return `0.${"0".repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) {
    const whole = digits + "0".repeat(decpt - digits.length);
    return dot0 ? `${whole}.0` : alt ? `${whole}.` : whole;
  }
  return `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

/** format(str, spec) */
export function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s")
    throw new Error(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) throw new Error("Sign not allowed in string format specifier");
  if (spec.grouping) throw new Error(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.alt) throw new Error("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw new Error("'=' alignment not allowed in string format specifier");
  const body = spec.precision >= 0 ? [...s].slice(0, spec.precision).join("") : s;
  return pad(body, "", spec, "<");
}

/** ascii(): repr with non-ASCII characters escaped. */
export function asciiOf(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}
