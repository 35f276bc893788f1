/**
 * The text codecs `str.encode`, `bytes.decode` and text files need: UTF-8, ASCII and
 * Latin-1 with the error handlers strict, ignore, replace, backslashreplace,
 * surrogateescape (and xmlcharrefreplace when encoding). Errors raise UnicodeDecodeError /
 * UnicodeEncodeError with CPython's messages and attributes (encoding, object, start,
 * end, reason). Positions count code points, as CPython's do.
 */
import type { HeapObject } from "../engine/index.js";
import { PyRaise, raise } from "./errors.js";
import { T } from "./types.js";

export type Codec = "utf-8" | "ascii" | "latin-1";

/** Builds the exception objects (set by the bytes module, which owns the bytes kind). */
export const codecErrorHook = {
  decode: null as unknown as (
    encoding: string,
    data: Uint8Array,
    start: number,
    end: number,
    reason: string,
  ) => HeapObject,
  encode: null as unknown as (
    encoding: string,
    text: string,
    start: number,
    end: number,
    reason: string,
  ) => HeapObject,
};

/**
 * codecs.lookup's normalisation for the codecs we have: case and `-`/`_`/space
 * differences, and the common aliases. LookupError for any other name.
 */
export function lookupCodec(name: string): Codec {
  const n = name.trim().toLowerCase().replace(/[-\s]/g, "_");
  switch (n) {
    case "utf_8":
    case "utf8":
    case "u8":
    case "utf":
    case "cp65001":
      return "utf-8";
    case "ascii":
    case "us_ascii":
    case "646":
    case "us":
      return "ascii";
    case "latin_1":
    case "latin1":
    case "latin":
    case "l1":
    case "iso_8859_1":
    case "iso8859_1":
    case "8859":
    case "cp819":
      return "latin-1";
    default:
      raise(T.LookupError, `unknown encoding: ${name}`);
  }
}

function checkHandler(errors: string, encoding: boolean): void {
  const ok =
    errors === "strict" ||
    errors === "ignore" ||
    errors === "replace" ||
    errors === "backslashreplace" ||
    errors === "surrogateescape" ||
    (encoding && errors === "xmlcharrefreplace");
  if (!ok) raise(T.LookupError, `unknown error handler name '${errors}'`);
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}

// ---------------------------------------------------------------- decoding

/**
 * The length of the maximal valid prefix of a UTF-8 sequence at `i` (1 for a bad start
 * byte), and why it stops: null when the sequence is complete and valid.
 */
function utf8Sequence(b: Uint8Array, i: number): [number, number, string | null] {
  const c = b[i]!;
  if (c < 0x80) return [1, c, null];
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  let cp: number;
  if (c >= 0xc2 && c <= 0xdf) {
    need = 1;
    cp = c & 0x1f;
  } else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    cp = c & 0x0f;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f; // no surrogates
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    cp = c & 0x07;
    if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
  } else return [1, 0, "invalid start byte"];
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return [k, 0, "unexpected end of data"];
    const d = b[i + k]!;
    if (d < lo || d > hi) return [k, 0, "invalid continuation byte"];
    lo = 0x80;
    hi = 0xbf;
    cp = (cp << 6) | (d & 0x3f);
  }
  return [need + 1, cp, null];
}

function decodeError(
  encoding: string,
  data: Uint8Array,
  start: number,
  end: number,
  reason: string,
): never {
  throw new PyRaise(codecErrorHook.decode(encoding, data, start, end, reason));
}

/** bytes.decode: `data` as text in `codec` (errors: the handler's name). */
export function decode(data: Uint8Array, codec: Codec, errors = "strict"): string {
  let out = "";
  let handlerChecked = false;
  const bad = (start: number, end: number, reason: string): void => {
    if (!handlerChecked) {
      checkHandler(errors, false);
      handlerChecked = true;
    }
    switch (errors) {
      case "strict":
        decodeError(codec, data, start, end, reason);
        break;
      case "ignore":
        break;
      case "replace":
        out += "\ufffd";
        break;
      case "backslashreplace":
        for (let k = start; k < end; k++) out += `\\x${hex2(data[k]!)}`;
        break;
      case "surrogateescape":
        for (let k = start; k < end; k++) {
          const c = data[k]!;
          if (c < 128) decodeError(codec, data, start, end, reason);
          out += String.fromCharCode(0xdc00 + c);
        }
        break;
    }
  };
  if (codec === "latin-1") {
    let s = "";
    for (let i = 0; i < data.length; i += 8192)
      s += String.fromCharCode(...data.subarray(i, Math.min(data.length, i + 8192)));
    return s;
  }
  if (codec === "ascii") {
    let run = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data[i]!;
      if (c < 0x80) continue;
      out += latin(data, run, i);
      bad(i, i + 1, "ordinal not in range(128)");
      run = i + 1;
    }
    return out + latin(data, run, data.length);
  }
  // UTF-8: a fast path for valid input, then the careful loop.
  let i = 0;
  let run = 0;
  while (i < data.length) {
    const c = data[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const [n, , reason] = utf8Sequence(data, i);
    if (reason === null) {
      i += n;
      continue;
    }
    out += Buffer.from(data.buffer, data.byteOffset + run, i - run).toString("utf8");
    bad(i, i + n, reason);
    i += n;
    run = i;
  }
  return out + Buffer.from(data.buffer, data.byteOffset + run, data.length - run).toString("utf8");
}

function latin(data: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i += 8192)
    s += String.fromCharCode(...data.subarray(i, Math.min(to, i + 8192)));
  return s;
}

// ---------------------------------------------------------------- encoding

function encodeError(
  encoding: string,
  text: string,
  start: number,
  end: number,
  reason: string,
): never {
  throw new PyRaise(codecErrorHook.encode(encoding, text, start, end, reason));
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** str.encode: `text` as bytes in `codec`. */
export function encode(text: string, codec: Codec, errors = "strict"): Uint8Array {
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  // The common case: nothing to complain about.
  if (codec === "utf-8" && !LONE_SURROGATE.test(text)) return Buffer.from(text, "utf8");
  if (codec !== "utf-8") {
    let fine = true;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) >= limit) {
        fine = false;
        break;
      }
    }
    if (fine) return Buffer.from(text, "latin1");
  }
  const cps = [...text].map((ch) => ch.codePointAt(0)!);
  const bytes: number[] = [];
  const isBad = (cp: number) => cp >= limit || (codec === "utf-8" && cp >= 0xd800 && cp <= 0xdfff);
  const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const put = (cp: number) => {
    if (codec !== "utf-8") bytes.push(cp);
    else for (const b of Buffer.from(String.fromCodePoint(cp), "utf8")) bytes.push(b);
  };
  let checked = false;
  for (let i = 0; i < cps.length; ) {
    if (!isBad(cps[i]!)) {
      put(cps[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && isBad(cps[j]!)) j++;
    if (!checked) {
      checkHandler(errors, true);
      checked = true;
    }
    switch (errors) {
      case "strict":
        encodeError(codec, text, i, j, reason);
        break;
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < j; k++) bytes.push(63);
        break;
      case "backslashreplace":
        for (let k = i; k < j; k++) {
          const cp = cps[k]!;
          const esc =
            cp < 0x100
              ? `\\x${hex2(cp)}`
              : cp < 0x10000
                ? `\\u${cp.toString(16).padStart(4, "0")}`
                : `\\U${cp.toString(16).padStart(8, "0")}`;
          for (const ch of esc) bytes.push(ch.charCodeAt(0));
        }
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) bytes.push(ch.charCodeAt(0));
        break;
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const cp = cps[k]!;
          if (cp < 0xdc80 || cp > 0xdcff) encodeError(codec, text, k, k + 1, reason);
          bytes.push(cp - 0xdc00);
        }
        break;
    }
    i = j;
  }
  return Uint8Array.from(bytes);
}
