// String literals: escape decoding, implicit concatenation and f-strings, as in
// CPython 3.11's Parser/string_parser.c.
//
// In 3.11 an f-string is one STRING token; the parser splits its body into literal parts
// and replacement fields (fstring_find_literal / fstring_find_expr), and compiles each
// field by tokenizing "(" + text + ")" with a starting line and column
// (fstring_compile_expr + fstring_find_expr_location), which fixes the positions of the
// nodes inside. Constant and FormattedValue parts get the span of the whole concatenation
// (first to last token), a format spec's JoinedStr gets its own token's span; both are
// CPython's choices, kept so that `ast.dump` output matches. Escape decoding follows
// Objects/unicodeobject.c (_PyUnicode_DecodeUnicodeEscapeInternal) and
// Objects/bytesobject.c (_PyBytes_DecodeEscape), including their error texts.

import * as A from "./ast.js";
import type { BadUtf8 } from "./bad-utf8.js";
import { concatStr, PyBytes, PySurrogateStr } from "./constants.js";
import type { ExpressionParser } from "./expressions.js";
import type { Token } from "./tokens.js";
import { lookupUnicodeName } from "./unicode-names.js";

type expr = A.expr;

/** What the string helpers need from the parser. */
export interface StringHost {
  readonly filename: string;
  readonly src: string;
  readonly badUtf8: BadUtf8 | null;
  tooDeep: boolean;
  raiseHere(msg: string): never;
  raiseAt(msg: string, lineno: number, col: number, endLineno: number, endCol: number): never;
  subParser(src: string, lineBase: number, colBase: number): ExpressionParser;
}

class DecodeError {
  constructor(public readonly msg: string) {}
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * CPython 3.11 string_parser.c: decode_unicode_with_escapes. Positions in error messages
 * count bytes of the intermediate buffer where each non-ASCII character is "\Uxxxxxxxx".
 */
export function decodeUnicodeEscapes(s: string, from: number, to: number): string | PySurrogateStr {
  let out = "";
  // Where escapes produced surrogate code units: such units are lone code points in Python.
  const surrogates: number[] = [];
  let plain = from;
  let i = from;
  // Byte position in CPython's intermediate buffer, for error messages.
  let bpos = 0;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      i++;
      bpos += c < 0x80 ? 1 : c >= 0xd800 && c <= 0xdbff ? 5 : 10;
      continue;
    }
    out += s.slice(plain, i);
    const start = bpos;
    if (i + 1 >= to) {
      // A lone trailing backslash (only possible before a non-ASCII char or at the end).
      throw new DecodeError(
        `(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position ${start}: \\ at end of string`,
      );
    }
    const e = s.charCodeAt(i + 1);
    i += 2;
    bpos += 2;
    switch (e) {
      case 10:
        break;
      case 92:
        out += "\\";
        break;
      case 39:
        out += "'";
        break;
      case 34:
        out += '"';
        break;
      case 98:
        out += "\b";
        break;
      case 102:
        out += "\f";
        break;
      case 116:
        out += "\t";
        break;
      case 110:
        out += "\n";
        break;
      case 114:
        out += "\r";
        break;
      case 118:
        out += "\v";
        break;
      case 97:
        out += "\x07";
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = e - 48;
        for (let k = 0; k < 2 && i < to; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
          bpos++;
        }
        out += String.fromCharCode(v);
        break;
      }
      case 120:
      case 117:
      case 85: {
        const digits = e === 120 ? 2 : e === 117 ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < digits; k++) {
          if (i >= to || !isHex(s.charCodeAt(i))) break;
          v = v * 16 + Number.parseInt(s[i]!, 16);
          i++;
          bpos++;
        }
        if (k < digits) {
          const what = e === 120 ? "\\xXX" : e === 117 ? "\\uXXXX" : "\\UXXXXXXXX";
          throw new DecodeError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${bpos - 1}: truncated ${what} escape`,
          );
        }
        if (v > 0x10ffff) {
          throw new DecodeError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${bpos - 1}: illegal Unicode character`,
          );
        }
        if (v >= 0xd800 && v <= 0xdfff) surrogates.push(out.length);
        out += String.fromCodePoint(v);
        break;
      }
      case 78: {
        // \N{name}
        let ok = false;
        if (i < to && s.charCodeAt(i) === 123) {
          const close = s.indexOf("}", i + 1);
          if (close >= 0 && close < to && close > i + 1) {
            const name = s.slice(i + 1, close);
            bpos += close + 1 - i;
            i = close + 1;
            const cp = lookupUnicodeName(name);
            if (cp === undefined) {
              throw new DecodeError(
                `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${bpos - 1}: unknown Unicode character name`,
              );
            }
            out += cp;
            ok = true;
          }
        }
        if (!ok) {
          let end = i;
          if (end < to && s.charCodeAt(end) === 123) {
            end++;
            while (end < to && s.charCodeAt(end) !== 125) end++;
          }
          throw new DecodeError(
            `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${bpos - 1 + (end - i)}: malformed \\N character escape`,
          );
        }
        break;
      }
      default:
        // Invalid escape: kept as is (CPython emits a DeprecationWarning).
        out += `\\${s[i - 1]}`;
        if (e >= 0xd800 && e <= 0xdbff && i < to) {
          out += s[i];
          i++;
        }
        bpos += e < 0x80 ? 0 : 8;
    }
    plain = i;
  }
  out += s.slice(plain, to);
  return surrogates.length === 0 ? out : exactStr(out, surrogates);
}

/**
 * `out` with the escape-produced surrogate units at `escaped` kept as separate code points:
 * a PySurrogateStr if two of them would pair up in a JS string, else `out` itself.
 */
function exactStr(out: string, escaped: number[]): string | PySurrogateStr {
  const set = new Set(escaped);
  const cps: number[] = [];
  let fake = false;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < out.length) {
      const d = out.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (set.has(i) || set.has(i + 1)) fake = true;
        else {
          cps.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
          i++;
          continue;
        }
      }
    }
    cps.push(c);
  }
  return fake ? new PySurrogateStr(cps) : out;
}

/** CPython 3.11 bytesobject.c: _PyBytes_DecodeEscape (input is ASCII). */
function decodeBytesEscapes(s: string, from: number, to: number): Uint8Array {
  const out: number[] = [];
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c !== 92) {
      out.push(c);
      i++;
      continue;
    }
    const start = i - from;
    i++;
    if (i >= to) throw new DecodeError("(value error) Trailing \\ in string");
    const e = s.charCodeAt(i++);
    switch (e) {
      case 10:
        break;
      case 92:
        out.push(92);
        break;
      case 39:
        out.push(39);
        break;
      case 34:
        out.push(34);
        break;
      case 98:
        out.push(8);
        break;
      case 102:
        out.push(12);
        break;
      case 116:
        out.push(9);
        break;
      case 110:
        out.push(10);
        break;
      case 114:
        out.push(13);
        break;
      case 118:
        out.push(11);
        break;
      case 97:
        out.push(7);
        break;
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55: {
        let v = e - 48;
        for (let k = 0; k < 2 && i < to; k++) {
          const d = s.charCodeAt(i);
          if (d < 48 || d > 55) break;
          v = v * 8 + (d - 48);
          i++;
        }
        out.push(v & 0xff);
        break;
      }
      case 120:
        if (i + 1 < to && isHex(s.charCodeAt(i)) && isHex(s.charCodeAt(i + 1))) {
          out.push(Number.parseInt(s.slice(i, i + 2), 16));
          i += 2;
          break;
        }
        throw new DecodeError(`(value error) invalid \\x escape at position ${start}`);
      default:
        out.push(92);
        i--;
    }
  }
  return Uint8Array.from(out);
}

interface Parsed {
  bytes: boolean;
  raw: boolean;
  fmode: boolean;
  /** Body bounds inside the token text. */
  from: number;
  to: number;
}

/** CPython 3.11 string_parser.c: _PyPegen_parsestr (prefix and quotes). */
function parseStr(text: string): Parsed {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fmode = false;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 98 || c === 66) bytes = true;
    else if (c === 114 || c === 82) raw = true;
    else if (c === 102 || c === 70) fmode = true;
    else if (c !== 117 && c !== 85) break;
    i++;
  }
  const q = text.charCodeAt(i);
  let from = i + 1;
  let to = text.length - 1;
  if (text.length - i >= 6 && text.charCodeAt(i + 1) === q && text.charCodeAt(i + 2) === q) {
    from = i + 3;
    to = text.length - 3;
  }
  return { bytes, raw, fmode, from, to };
}

/**
 * A string token holding bytes that are not UTF-8: CPython's codec error on the body (or,
 * when escapes are decoded, on the run of non-ASCII bytes around the bad one).
 */
function badBytesInString(host: StringHost, bad: BadUtf8, tok: Token, ps: Parsed): void {
  const s = host.src;
  const k = bad.firstIn(s, tok.start, tok.end);
  if (k < 0) return;
  let from = tok.start + ps.from;
  let to = tok.start + ps.to;
  if (!ps.raw && tok.string.indexOf("\\", ps.from) >= 0) {
    from = k;
    while (from > tok.start + ps.from && s.charCodeAt(from - 1) >= 0x80) from--;
    to = k + 1;
    while (to < tok.start + ps.to && s.charCodeAt(to) >= 0x80) to++;
  }
  host.raiseHere(bad.message(s, from, to, k));
}

/** Accumulates the parts of a (possibly f-) string concatenation (CPython's FstringParser). */
class FstringState {
  lastStr: string | PySurrogateStr = "";
  hasLast = false;
  fmode = false;
  readonly exprs: expr[] = [];

  concat(s: string | PySurrogateStr): void {
    if (typeof s === "string" ? s.length === 0 : s.codePoints.length === 0) return;
    this.lastStr = concatStr(this.lastStr, s);
    this.hasLast = true;
  }
}

function strNode(s: string | PySurrogateStr, first: Token, last: Token): A.Constant {
  const kind = first.string.charCodeAt(0) === 117 ? "u" : null;
  return new A.Constant(
    s,
    kind,
    first.lineno,
    first.col_offset,
    last.end_lineno,
    last.end_col_offset,
  );
}

/** CPython 3.11 action_helpers.c: _PyPegen_concatenate_strings. */
export function concatenateStrings(p: ExpressionParser, toks: Token[], first: Token): expr {
  const host = p as unknown as StringHost;
  const last = toks[toks.length - 1]!;
  try {
    let bytesmode = false;
    const parsed: Parsed[] = [];
    for (let i = 0; i < toks.length; i++) {
      const ps = parseStr(toks[i]!.string);
      if (host.badUtf8 !== null) badBytesInString(host, host.badUtf8, toks[i]!, ps);
      if (i !== 0 && ps.bytes !== bytesmode)
        host.raiseHere("cannot mix bytes and nonbytes literals");
      bytesmode = ps.bytes;
      parsed.push(ps);
    }
    if (bytesmode) {
      const parts: Uint8Array[] = [];
      let total = 0;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!.string;
        const ps = parsed[i]!;
        for (let k = ps.from; k < ps.to; k++) {
          if (t.charCodeAt(k) >= 0x80) {
            const b = toks[i]!;
            host.raiseAt(
              "bytes can only contain ASCII literal characters",
              b.lineno,
              b.col_offset,
              b.end_lineno,
              b.end_col_offset,
            );
          }
        }
        let b: Uint8Array;
        if (ps.raw || t.indexOf("\\", ps.from) < 0) {
          b = new Uint8Array(ps.to - ps.from);
          for (let k = ps.from; k < ps.to; k++) b[k - ps.from] = t.charCodeAt(k);
        } else b = decodeBytesEscapes(t, ps.from, ps.to);
        parts.push(b);
        total += b.length;
      }
      let data: Uint8Array;
      if (parts.length === 1) data = parts[0]!;
      else {
        data = new Uint8Array(total);
        let off = 0;
        for (const b of parts) {
          data.set(b, off);
          off += b.length;
        }
      }
      return new A.Constant(
        new PyBytes(data),
        null,
        first.lineno,
        first.col_offset,
        last.end_lineno,
        last.end_col_offset,
      );
    }
    if (toks.length === 1 && !parsed[0]!.fmode) {
      // Fast path: one plain string.
      const t = toks[0]!.string;
      const ps = parsed[0]!;
      const v =
        ps.raw || t.indexOf("\\", ps.from) < 0
          ? t.slice(ps.from, ps.to)
          : decodeUnicodeEscapes(t, ps.from, ps.to);
      return strNode(v, first, last);
    }
    const state = new FstringState();
    for (let i = 0; i < toks.length; i++) {
      const tok = toks[i]!;
      const t = tok.string;
      const ps = parsed[i]!;
      if (ps.fmode) {
        const cursor = { pos: ps.from };
        concatFstring(host, state, t, cursor, ps.to, ps.raw, 0, first, tok, last);
      } else {
        state.concat(
          ps.raw || t.indexOf("\\", ps.from) < 0
            ? t.slice(ps.from, ps.to)
            : decodeUnicodeEscapes(t, ps.from, ps.to),
        );
      }
    }
    return finish(state, first, last);
  } catch (e) {
    if (e instanceof DecodeError) host.raiseHere(e.msg);
    throw e;
  }
}

/** CPython 3.11 string_parser.c: _PyPegen_FstringParser_Finish. */
function finish(state: FstringState, first: Token, last: Token): expr {
  if (!state.fmode) return strNode(state.lastStr, first, last);
  if (state.hasLast) {
    state.exprs.push(strNode(state.lastStr, first, last));
    state.lastStr = "";
    state.hasLast = false;
  }
  return new A.JoinedStr(
    state.exprs,
    first.lineno,
    first.col_offset,
    last.end_lineno,
    last.end_col_offset,
  );
}

/** CPython 3.11 string_parser.c: _PyPegen_FstringParser_ConcatFstring. */
function concatFstring(
  host: StringHost,
  state: FstringState,
  t: string,
  cursor: { pos: number },
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: Token,
  tok: Token,
  last: Token,
): void {
  state.fmode = true;
  for (;;) {
    // fstring_find_literal
    let s = cursor.pos;
    const literalStart = s;
    let more = false;
    while (s < end) {
      let ch = t.charCodeAt(s++);
      if (!raw && ch === 92 && s < end) {
        ch = t.charCodeAt(s++);
        if (ch === 78) {
          if (s < end && t.charCodeAt(s++) === 123) {
            while (s < end && t.charCodeAt(s++) !== 125) {}
            continue;
          }
          break;
        }
      }
      if (ch === 123 || ch === 125) {
        if (recurseLvl === 0) {
          if (s < end && t.charCodeAt(s) === ch) {
            // Doubled brace: literal up to and including one brace, then continue.
            state.concat(decodeLiteral(t, literalStart, s, raw));
            cursor.pos = s + 1;
            more = true;
            break;
          }
          if (ch === 125) {
            cursor.pos = s - 1;
            host.raiseHere("f-string: single '}' is not allowed");
          }
        }
        s--;
        break;
      }
    }
    if (more) continue;
    cursor.pos = s;
    if (literalStart !== s) state.concat(decodeLiteral(t, literalStart, s, raw));
    if (s >= end || t.charCodeAt(s) === 125) return;
    // An expression: fstring_find_expr.
    const { expression, exprText } = findExpr(
      host,
      t,
      cursor,
      end,
      raw,
      recurseLvl,
      first,
      tok,
      last,
    );
    if (exprText !== null) state.concat(exprText);
    if (state.hasLast) {
      state.exprs.push(strNode(state.lastStr, first, last));
      state.lastStr = "";
      state.hasLast = false;
    }
    state.exprs.push(expression);
  }
}

function decodeLiteral(t: string, from: number, to: number, raw: boolean): string | PySurrogateStr {
  if (raw || t.indexOf("\\", from) < 0 || t.indexOf("\\", from) >= to) return t.slice(from, to);
  return decodeUnicodeEscapes(t, from, to);
}

const MAXLEVEL = 200;

/** CPython 3.11 string_parser.c: fstring_find_expr. */
function findExpr(
  host: StringHost,
  t: string,
  cursor: { pos: number },
  end: number,
  raw: boolean,
  recurseLvl: number,
  first: Token,
  tok: Token,
  last: Token,
): { expression: expr; exprText: string | null } {
  if (recurseLvl >= 2) host.raiseHere("f-string: expressions nested too deeply");
  const brace = cursor.pos;
  let s = brace + 1;
  const exprStart = s;
  let quoteChar = 0;
  let stringType = 0;
  const parenstack: number[] = [];
  for (; s < end; s++) {
    const ch = t.charCodeAt(s);
    if (ch === 92) host.raiseHere("f-string expression part cannot include a backslash");
    if (quoteChar !== 0) {
      if (ch === quoteChar) {
        if (stringType === 3) {
          if (s + 2 < end && t.charCodeAt(s + 1) === ch && t.charCodeAt(s + 2) === ch) {
            s += 2;
            stringType = 0;
            quoteChar = 0;
          }
        } else {
          stringType = 0;
          quoteChar = 0;
        }
      }
    } else if (ch === 39 || ch === 34) {
      if (s + 2 < end && t.charCodeAt(s + 1) === ch && t.charCodeAt(s + 2) === ch) {
        stringType = 3;
        s += 2;
      } else stringType = 1;
      quoteChar = ch;
    } else if (ch === 91 || ch === 123 || ch === 40) {
      if (parenstack.length >= MAXLEVEL) host.raiseHere("f-string: too many nested parenthesis");
      parenstack.push(ch);
    } else if (ch === 35) {
      host.raiseHere("f-string expression part cannot include '#'");
    } else if (
      parenstack.length === 0 &&
      (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)
    ) {
      if (s + 1 < end) {
        const next = t.charCodeAt(s + 1);
        if ((ch === 33 || ch === 61 || ch === 60 || ch === 62) && next === 61) {
          s++;
          continue;
        }
        if (ch === 62 || ch === 60) continue;
      }
      break;
    } else if (ch === 93 || ch === 125 || ch === 41) {
      if (parenstack.length === 0)
        host.raiseHere(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = parenstack.pop()!;
      if (
        !(
          (opening === 40 && ch === 41) ||
          (opening === 91 && ch === 93) ||
          (opening === 123 && ch === 125)
        )
      ) {
        host.raiseHere(
          `f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`,
        );
      }
    }
  }
  const exprEnd = s;
  if (quoteChar !== 0) host.raiseHere("f-string: unterminated string");
  if (parenstack.length > 0) {
    host.raiseHere(
      `f-string: unmatched '${String.fromCharCode(parenstack[parenstack.length - 1]!)}'`,
    );
  }
  if (s >= end) host.raiseHere("f-string: expecting '}'");
  const simple = compileExpr(host, t, brace, exprStart, exprEnd, tok);
  let exprText: string | null = null;
  if (t.charCodeAt(s) === 61) {
    s++;
    while (s < end) {
      const c = t.charCodeAt(s);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) break;
      s++;
    }
    exprText = t.slice(exprStart, s);
  }
  let conversion = -1;
  if (t.charCodeAt(s) === 33) {
    s++;
    if (s >= end) host.raiseHere("f-string: expecting '}'");
    conversion = t.charCodeAt(s);
    s++;
    if (!(conversion === 115 || conversion === 114 || conversion === 97)) {
      host.raiseHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  if (s >= end) host.raiseHere("f-string: expecting '}'");
  let formatSpec: expr | null = null;
  if (t.charCodeAt(s) === 58) {
    s++;
    if (s >= end) host.raiseHere("f-string: expecting '}'");
    const sub = new FstringState();
    cursor.pos = s;
    concatFstring(host, sub, t, cursor, end, raw, recurseLvl + 1, first, tok, last);
    s = cursor.pos;
    formatSpec = finish(sub, tok, tok);
  }
  if (s >= end || t.charCodeAt(s) !== 125) host.raiseHere("f-string: expecting '}'");
  cursor.pos = s + 1;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
  const expression = new A.FormattedValue(
    simple,
    conversion,
    formatSpec,
    first.lineno,
    first.col_offset,
    last.end_lineno,
    last.end_col_offset,
  );
  return { expression, exprText };
}

/** CPython 3.11 string_parser.c: fstring_compile_expr + fstring_find_expr_location. */
function compileExpr(
  host: StringHost,
  t: string,
  brace: number,
  from: number,
  to: number,
  tok: Token,
): expr {
  let s = from;
  for (; s < to; s++) {
    const c = t.charCodeAt(s);
    if (!(c === 32 || c === 9 || c === 10 || c === 12)) break;
  }
  if (s === to) {
    const c = t.charCodeAt(to);
    if (c === 33 || c === 58 || c === 61) {
      host.raiseHere(`f-string: expression required before '${String.fromCharCode(c)}'`);
    }
    host.raiseHere("f-string: empty expression not allowed");
  }
  let newlineAfterBrace = true;
  for (let k = brace + 1; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === 125 || c === 10) break;
    if (c !== 32 && c !== 9 && c !== 12) {
      newlineAfterBrace = false;
      break;
    }
  }
  let cols = 0;
  if (!newlineAfterBrace) {
    const nl = t.lastIndexOf("\n", brace - 1);
    cols = Buffer.byteLength(t.slice(nl + 1, brace), "utf8");
  }
  let lines = 0;
  for (let k = t.indexOf("\n"); k >= 0 && k < brace; k = t.indexOf("\n", k + 1)) lines++;
  // CPython 3.11.7 adds the token's column only when the field is on the token's first line.
  const colBase = lines === 0 ? tok.col_offset + cols : cols;
  const sub = host.subParser(`(${t.slice(from, to)})`, tok.lineno + lines - 1, colBase);
  const e = sub.parseFstringExpr();
  if (sub.tooDeep) host.tooDeep = true;
  return e;
}
