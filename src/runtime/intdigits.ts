/**
 * The int/str conversion length limit of 3.11 (CVE-2020-10735; Objects/longobject.c,
 * sys.set_int_max_str_digits): converting an int of more than `intDigits.max` decimal
 * digits to str, or a str of more than that many digits to int in a base that is not a
 * power of two, raises ValueError. 0 means no limit.
 */
import { raise } from "./errors.js";
import { T } from "./types.js";

/** The limit at start-up (sys.int_info.default_max_str_digits). */
export const INT_MAX_STR_DIGITS_DEFAULT = 4300;

/** The limit (sys.get_int_max_str_digits()). */
export const intDigits = { max: INT_MAX_STR_DIGITS_DEFAULT };

/** The smallest limit sys.set_int_max_str_digits accepts other than 0. */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

const LOG10_2 = Math.log10(2);
/** Magnitudes below this have at most 16 digits, far under any limit (640 and up). */
const SMALL = 10n ** 16n;

function tooManyDigits(): never {
  raise(
    T.ValueError,
    `Exceeds the limit (${intDigits.max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** The decimal digits of a non-negative magnitude, or ValueError past the limit. */
export function decimalDigits(a: bigint): string {
  const max = intDigits.max;
  if (max > 0 && a >= SMALL) {
    // More than max digits for sure: no need to convert (a number of b bits has at least
    // floor((b - 1) * log10(2)) + 1 digits).
    const bits = a.toString(16).length * 4;
    if ((bits - 4) * LOG10_2 >= max) tooManyDigits();
    const s = a.toString();
    if (s.length > max) tooManyDigits();
    return s;
  }
  return a.toString();
}

/** str(int): the sign and the digits (long_to_decimal_string). */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  return v < 0n ? `-${decimalDigits(-v)}` : decimalDigits(v);
}

/** int(str, base): `digits` digits (underscores not counted) in a base not a power of 2. */
export function checkParsedDigits(digits: number, base: number): void {
  const max = intDigits.max;
  if (max > 0 && (base & (base - 1)) !== 0 && digits > max) {
    raise(
      T.ValueError,
      `Exceeds the limit (${max} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}
