// The tokenizer: decoded source text → an array of tokens, CPython 3.11's lexical rules.
//
// It is a transcription of Parser/tokenizer.c (tok_get) onto a JavaScript string: one
// pass over char codes, no regular expressions on the hot path, no substrings except the
// text of NAME/NUMBER/STRING tokens. Indentation keeps CPython's two stacks (tab size 8
// and tab size 1) so inconsistent tabs raise TabError exactly where CPython does; bracket
// nesting is tracked to suppress NEWLINE/INDENT inside brackets and to report unmatched or
// unclosed brackets. The whole file is tokenized before parsing (so a tokenizer error
// anywhere takes precedence over a later parser error, as CPython arranges with
// _PyPegen_tokenize_full_source_to_check_for_errors); an error ends the array with an
// ERRORTOKEN and is kept in `error`.
//
// Columns are UTF-8 byte offsets: when the source is pure ASCII (the common case) they are
// char offsets; otherwise the bytes of the line prefix are counted.
//
// The same class tokenizes the expressions inside f-string replacement fields: CPython
// re-tokenizes "(expr)" with a starting line/column (string_parser.c:
// fstring_compile_expr), and `lineBase`/`colBase` reproduce that shift exactly.

import type { BadUtf8 } from "./bad-utf8.js";
import { isPrintable } from "./constants.js";
import { PySyntaxError, type SyntaxErrorClass } from "./errors.js";
import { KEYWORDS, T, Token } from "./tokens.js";

export const ERRORTOKEN = -1;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

/** How a tokenizer error combines with a parser error found earlier in the file. */
export enum TokErrorKind {
  /** A SyntaxError set by the tokenizer: wins over any parser error (CPython: PyErr set). */
  Hard = 0,
  /** Indentation errors: raised only if the parser reaches them (CPython: tok->done). */
  Soft = 1,
  /** EOF inside brackets: wins over a parser error on a later line than the bracket. */
  Eof = 2,
}

export class TokError {
  constructor(
    public readonly kind: TokErrorKind,
    public readonly error: PySyntaxError,
    /** For Eof: the line of the unclosed bracket. */
    public readonly parenLine: number,
  ) {}
}

const NON_ASCII = /[\u0080-\uffff]/;

export function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

export function isIdentChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) || c >= 128
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/** UTF-8 length of s[from, to). */
export function utf8Len(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Every identifier seen, as V8's internalized string (see internName). */
const names = new Map<string, string>();

/**
 * An identifier as the one string V8 keeps for its content (the string literals of
 * generated code are that string too): attribute and global names are compared with
 * `===` on every access, which for two separate strings of the same content compares
 * their characters. A property key of an object literal comes back internalized.
 */
function internName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = Object.keys({ [text]: 0 })[0]!;
    names.set(name, name);
  }
  return name;
}

export class Tokenizer {
  readonly tokens: Token[] = [];
  error: TokError | null = null;
  /** Bytes input that is not valid UTF-8 (see bad-utf8.ts), or null. */
  bad: BadUtf8 | null = null;

  private pos = 0;
  /** Local 1-based line number of `pos`. */
  private line = 1;
  private lineStart = 0;
  private readonly ascii: boolean;
  private readonly n: number;

  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private indent = 0;
  private pendin = 0;
  private atbol = true;
  private level = 0;
  private readonly parenstack: number[] = [];
  private readonly parenlinenostack: number[] = [];
  private readonly parencolstack: number[] = [];

  constructor(
    private readonly src: string,
    private readonly filename: string,
    /** f-string expressions: reported line = lineBase + local line. */
    private readonly lineBase = 0,
    /** f-string expressions: added to columns on local line 1. */
    private readonly colBase = 0,
    /** "single" input: a blank line ends the statement. */
    private readonly interactive = false,
  ) {
    this.n = src.length;
    this.ascii = !NON_ASCII.test(src);
  }

  /** Byte column of char offset `p` on the line starting at `ls`. */
  private col(ls: number, p: number): number {
    if (this.ascii) return p - ls;
    // Tokens come in order, so continue counting from the previous position on the line.
    let n: number;
    if (ls === this.colLine && p >= this.colChar)
      n = this.colByte + utf8Len(this.src, this.colChar, p);
    else n = utf8Len(this.src, ls, p);
    this.colLine = ls;
    this.colChar = p;
    this.colByte = n;
    return this.bad === null ? n : n + this.bad.colAdjust(this.src, ls, p);
  }

  private colLine = -1;
  private colChar = 0;
  private colByte = 0;

  private push(type: number, start: number, end: number, text: string): void {
    const line = this.lineBase + this.line;
    const shift = this.line === 1 ? this.colBase : 0;
    const c = start < this.lineStart ? -1 : this.col(this.lineStart, start) + shift;
    const e = this.col(this.lineStart, end) + shift;
    this.tokens.push(new Token(type, start, end, line, c, line, e, text));
  }

  /** The current physical line (without its newline). */
  lineText(ls: number): string {
    let e = this.src.indexOf("\n", ls);
    if (e < 0) e = this.n;
    return this.src.slice(ls, e);
  }

  private fail(
    kind: TokErrorKind,
    type: SyntaxErrorClass,
    msg: string,
    line: number,
    ls: number,
    offset: number,
    endOffset: number,
    parenLine = 0,
  ): void {
    // Errors the parser reports for the tokenizer (indentation) carry the line with its newline.
    const text = kind === TokErrorKind.Soft ? `${this.lineText(ls)}\n` : this.lineText(ls);
    const err = new PySyntaxError(
      type,
      msg,
      this.filename,
      this.lineBase + line,
      offset,
      text,
      this.lineBase + line,
      endOffset,
    );
    this.error = new TokError(kind, err, parenLine);
    const l = this.lineBase + this.line;
    this.tokens.push(new Token(ERRORTOKEN, this.pos, this.pos, l, 0, l, 0, ""));
  }

  /**
   * CPython 3.11 tokenizer.c: syntaxerror / _syntaxerror_range with col -1: the caret is
   * at the last consumed character (`this.pos` is just past it).
   */
  private syntaxError(msg: string, col = -1, endCol = -1): void {
    if (col === -1) col = this.pos - this.lineStart;
    if (endCol === -1) endCol = col;
    this.fail(TokErrorKind.Hard, "SyntaxError", msg, this.line, this.lineStart, col, endCol);
  }

  /** Tokenize everything; stops at the first error. */
  run(): this {
    while (this.next()) {}
    return this;
  }

  /** Produce the next token(s); false after ENDMARKER or an error. */
  private next(): boolean {
    const s = this.src;
    let blankline = false;
    if (this.atbol) {
      this.atbol = false;
      let col = 0;
      let altcol = 0;
      let c = 0;
      for (;;) {
        c = this.pos < this.n ? s.charCodeAt(this.pos) : -1;
        if (c === 32) {
          col++;
          altcol++;
        } else if (c === 9) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = altcol + 1;
        } else if (c === 12) {
          col = altcol = 0;
        } else break;
        this.pos++;
      }
      if (c === 35 || c === 10) {
        if (this.interactive && this.line === 1) {
          blankline = false;
          col = altcol = 0;
        } else blankline = true;
      }
      if (c === -1 && this.interactive) blankline = false;
      if (!blankline && this.level === 0) {
        const top = this.indstack[this.indent]!;
        if (col === top) {
          if (altcol !== this.altindstack[this.indent]) return this.indentError();
        } else if (col > top) {
          if (this.indent + 1 >= MAXINDENT) {
            this.fail(
              TokErrorKind.Soft,
              "IndentationError",
              "too many levels of indentation",
              this.line,
              this.lineStart,
              1,
              0,
            );
            return false;
          }
          if (altcol <= this.altindstack[this.indent]!) return this.indentError();
          this.pendin++;
          this.indstack[++this.indent] = col;
          this.altindstack[this.indent] = altcol;
        } else {
          while (this.indent > 0 && col < this.indstack[this.indent]!) {
            this.pendin--;
            this.indent--;
          }
          if (col !== this.indstack[this.indent]) {
            this.dedentError();
            return false;
          }
          if (altcol !== this.altindstack[this.indent]) return this.indentError();
        }
      }
    }
    // Pending indents/dedents (CPython gives them no column: col_offset -1).
    while (this.pendin !== 0) {
      const l = this.lineBase + this.eofLine();
      if (this.pendin < 0) {
        this.pendin++;
        this.tokens.push(new Token(T.DEDENT, this.pos, this.pos, l, -1, l, -1, ""));
      } else {
        this.pendin--;
        this.tokens.push(new Token(T.INDENT, this.pos, this.pos, l, -1, l, -1, ""));
      }
    }
    return this.scan(blankline);
  }

  /** The current line, except at EOF after a final newline: CPython stays on the last line. */
  private eofLine(): number {
    return this.pos >= this.n && this.lineStart === this.n && this.line > 1
      ? this.line - 1
      : this.line;
  }

  private indentError(): false {
    this.fail(
      TokErrorKind.Soft,
      "TabError",
      "inconsistent use of tabs and spaces in indentation",
      this.line,
      this.lineStart,
      1,
      0,
    );
    return false;
  }

  private dedentError(): void {
    // CPython (pegen_errors.c, E_DEDENT) locates it past the end of the offending line.
    const lineno = this.lineBase + this.line;
    const ls = this.lineStart;
    const offset = this.lineText(ls).length + 1;
    const endOffset = -1;
    const err = new PySyntaxError(
      "IndentationError",
      "unindent does not match any outer indentation level",
      this.filename,
      lineno,
      offset,
      `${this.lineText(ls)}\n`,
      lineno,
      endOffset,
    );
    this.error = new TokError(TokErrorKind.Soft, err, 0);
    const l = this.lineBase + this.line;
    this.tokens.push(new Token(ERRORTOKEN, this.pos, this.pos, l, 0, l, 0, ""));
  }

  /** Scan one token after indentation processing (tok_get from `again:`). */
  private scan(blankline: boolean): boolean {
    const s = this.src;
    const n = this.n;
    for (;;) {
      let c = this.pos < n ? s.charCodeAt(this.pos) : -1;
      while (c === 32 || c === 9 || c === 12) c = ++this.pos < n ? s.charCodeAt(this.pos) : -1;
      const start = this.pos;
      if (c === 35) {
        // Comment: skip to end of line.
        let e = s.indexOf("\n", this.pos);
        if (e < 0) e = n;
        this.pos = e;
        c = e < n ? 10 : -1;
      }
      if (c === -1) {
        if (this.level > 0) {
          const lvl = this.level - 1;
          const pl = this.parenlinenostack[lvl]!;
          const pc = this.parencolstack[lvl]!;
          const ls = this.parenLineStart[lvl]!;
          const err = new PySyntaxError(
            "SyntaxError",
            `'${String.fromCharCode(this.parenstack[lvl]!)}' was never closed`,
            this.filename,
            this.lineBase + pl,
            pc + 1,
            // pegen_errors.c takes the text from the tokenizer's buffer (with its newline)
            // when the bracket is on the last line, else from its line table (without).
            pl === this.line - 1 ? `${this.lineText(ls)}\n` : this.lineText(ls),
            this.lineBase + pl,
            0,
          );
          this.error = new TokError(TokErrorKind.Eof, err, this.lineBase + pl);
          const l = this.lineBase + this.line;
          this.tokens.push(new Token(ERRORTOKEN, this.pos, this.pos, l, 0, l, 0, ""));
          return false;
        }
        // EOF: dedent everything, then ENDMARKER.
        if (this.indent > 0 && !this.atbolAtEof) {
          this.atbolAtEof = true;
          this.atbol = true;
          return true;
        }
        const l = this.lineBase + this.eofLine();
        this.tokens.push(new Token(T.ENDMARKER, this.pos, this.pos, l, -1, l, -1, ""));
        return false;
      }
      if (isIdentStart(c)) return this.name(c, start);
      if (c === 10) {
        this.pos++;
        const nlStart = this.lineStart;
        const nlLine = this.line;
        this.line++;
        this.lineStart = this.pos;
        this.atbol = true;
        if (blankline || this.level > 0) {
          if (this.level > 0) {
            // Inside brackets: keep scanning on the next line without indentation logic.
            this.atbol = false;
            blankline = false;
            continue;
          }
          return true;
        }
        const l = this.lineBase + nlLine;
        const shift = nlLine === 1 ? this.colBase : 0;
        const cc = this.col(nlStart, start) + shift;
        // CPython leaves the '\n' out of the token: NEWLINE has zero width.
        this.tokens.push(new Token(T.NEWLINE, start, start + 1, l, cc, l, cc, ""));
        return true;
      }
      if (c === 46) {
        const c2 = s.charCodeAt(this.pos + 1);
        if (isDigit(c2)) return this.number(start);
        if (c2 === 46 && s.charCodeAt(this.pos + 2) === 46) {
          this.pos += 3;
          this.push(T.ELLIPSIS, start, this.pos, "");
          return true;
        }
        this.pos++;
        this.push(T.DOT, start, this.pos, "");
        return true;
      }
      if (isDigit(c)) return this.number(start);
      if (c === 39 || c === 34) return this.string(start, this.pos);
      if (c === 92) {
        // Line continuation.
        const c2 = this.pos + 1 < n ? s.charCodeAt(this.pos + 1) : -1;
        if (c2 !== 10) {
          this.pos++;
          this.lineContError(c2 === -1);
          return false;
        }
        if (this.pos + 2 >= n) {
          // A backslash ending the file: reported on its own line, past its end.
          const len = this.lineText(this.lineStart).length;
          this.fail(
            TokErrorKind.Soft,
            "SyntaxError",
            "unexpected EOF while parsing",
            this.line,
            this.lineStart,
            len + 1,
            -1,
          );
          return false;
        }
        this.pos += 2;
        this.line++;
        this.lineStart = this.pos;
        continue;
      }
      return this.operator(c, start);
    }
  }

  private atbolAtEof = false;
  private readonly parenLineStart: number[] = [];

  private lineContError(eof: boolean): void {
    if (eof) {
      this.syntaxError("unexpected EOF while parsing");
      return;
    }
    this.fail(
      TokErrorKind.Soft,
      "SyntaxError",
      "unexpected character after line continuation character",
      this.line,
      this.lineStart,
      this.pos - this.lineStart + 1,
      0,
    );
  }

  private name(c: number, start: number): boolean {
    const s = this.src;
    const n = this.n;
    // String prefixes: b, r, u, f and their legal combinations, any case.
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      this.pos++;
      c = this.pos < n ? s.charCodeAt(this.pos) : -1;
      if (c === 34 || c === 39) return this.string(start, this.pos);
    }
    let nonascii = false;
    while (this.pos < n) {
      c = s.charCodeAt(this.pos);
      if (!isIdentChar(c)) break;
      if (c >= 128) nonascii = true;
      this.pos++;
    }
    let text = s.slice(start, this.pos);
    if (nonascii) {
      if (this.bad !== null) {
        const k = this.bad.firstIn(s, start, this.pos);
        if (k >= 0) {
          // verify_identifier: the codec fails on the identifier's bytes (E_DECODE).
          const msg = this.bad.message(s, start, this.pos, k);
          const line = this.lineBase + this.line;
          const err = new PySyntaxError(
            "SyntaxError",
            msg,
            this.filename,
            line,
            k - this.lineStart + 1,
            `${this.lineText(this.lineStart)}\n`,
            line,
            -1,
          );
          this.error = new TokError(TokErrorKind.Hard, err, 0);
          this.tokens.push(new Token(ERRORTOKEN, this.pos, this.pos, line, 0, line, 0, ""));
          return false;
        }
      }
      if (!this.verifyIdentifier(start, text)) return false;
      text = text.normalize("NFKC");
    }
    const kw = KEYWORDS.get(text);
    this.push(
      kw === undefined ? T.NAME : kw,
      start,
      this.pos,
      kw === undefined ? internName(text) : text,
    );
    return true;
  }

  /** CPython 3.11 tokenizer.c: verify_identifier. */
  private verifyIdentifier(start: number, text: string): boolean {
    let i = 0;
    let first = true;
    for (const ch of text) {
      const ok = first ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        // NFKC may turn a non-XID character into a valid identifier (e.g. "ℌ").
        const norm = ch.normalize("NFKC");
        const valid = first
          ? XID_START.test(norm[0] ?? "") && [...norm.slice(1)].every((x) => XID_CONTINUE.test(x))
          : [...norm].every((x) => XID_CONTINUE.test(x));
        if (!valid || norm.length === 0) {
          this.pos = start + i + ch.length;
          const cp = ch.codePointAt(0)!;
          const hex = cp.toString(16).toUpperCase().padStart(4, "0");
          if (isPrintable(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex})`);
          else this.syntaxError(`invalid non-printable character U+${hex}`);
          return false;
        }
      }
      first = false;
      i += ch.length;
    }
    return true;
  }

  private peekc(): number {
    return this.pos < this.n ? this.src.charCodeAt(this.pos) : -1;
  }

  /** CPython 3.11 tokenizer.c: tok_decimal_tail. Returns the char after, or -2 on error. */
  private decimalTail(): number {
    for (;;) {
      let c = this.peekc();
      while (isDigit(c)) {
        this.pos++;
        c = this.peekc();
      }
      if (c !== 95) return c;
      this.pos++;
      c = this.peekc();
      if (!isDigit(c)) {
        this.syntaxError("invalid decimal literal");
        return -2;
      }
    }
  }

  /** CPython 3.11 tokenizer.c: verify_end_of_number (`c` is the next, unconsumed char). */
  private verifyEnd(c: number, kind: string): boolean {
    const s = this.src;
    const p = this.pos;
    let r = false;
    if (c === 97) r = s.startsWith("nd", p + 1);
    else if (c === 101) r = s.startsWith("lse", p + 1);
    else if (c === 102) r = s.startsWith("or", p + 1);
    else if (c === 105) {
      const c2 = s.charCodeAt(p + 1);
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = s.startsWith("r", p + 1);
    else if (c === 110) r = s.startsWith("ot", p + 1);
    if (r) return true; // NOT-CPYTHON: the DeprecationWarning is not emitted.
    if (c !== -1 && c < 128 && isIdentChar(c)) {
      this.syntaxError(`invalid ${kind} literal`);
      return false;
    }
    return true;
  }

  private number(start: number): boolean {
    const s = this.src;
    let c = this.peekc();
    const finish = (): boolean => {
      this.push(T.NUMBER, start, this.pos, s.slice(start, this.pos));
      return true;
    };
    const imaginary = (): boolean => {
      this.pos++; // the j
      if (!this.verifyEnd(this.peekc(), "imaginary")) return false;
      return finish();
    };
    const exponent = (): boolean => {
      // At 'e' / 'E'.
      const ePos = this.pos;
      this.pos++;
      c = this.peekc();
      if (c === 43 || c === 45) {
        this.pos++;
        c = this.peekc();
        if (!isDigit(c)) {
          this.syntaxError("invalid decimal literal");
          return false;
        }
      } else if (!isDigit(c)) {
        this.pos = ePos;
        if (!this.verifyEnd(101, "decimal")) return false;
        return finish();
      }
      c = this.decimalTail();
      if (c === -2) return false;
      if (c === 106 || c === 74) return imaginary();
      if (!this.verifyEnd(c, "decimal")) return false;
      return finish();
    };
    const fraction = (): boolean => {
      // Just past the '.'.
      c = this.peekc();
      if (isDigit(c)) {
        c = this.decimalTail();
        if (c === -2) return false;
      }
      if (c === 101 || c === 69) return exponent();
      if (c === 106 || c === 74) return imaginary();
      if (!this.verifyEnd(c, "decimal")) return false;
      return finish();
    };
    if (c === 46) {
      this.pos++;
      return fraction();
    }
    if (c === 48) {
      this.pos++;
      c = this.peekc();
      if (c === 120 || c === 88) return this.radix(start, 16, "hexadecimal");
      if (c === 111 || c === 79) return this.radix(start, 8, "octal");
      if (c === 98 || c === 66) return this.radix(start, 2, "binary");
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          this.pos++;
          c = this.peekc();
          if (!isDigit(c)) {
            this.syntaxError("invalid decimal literal");
            return false;
          }
        }
        if (c !== 48) break;
        this.pos++;
        c = this.peekc();
      }
      // CPython has already read the first non-zero digit when it records zeros_end.
      const zerosEnd = this.pos + 1;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
        if (c === -2) return false;
      }
      if (c === 46) {
        this.pos++;
        return fraction();
      }
      if (c === 101 || c === 69) return exponent();
      if (c === 106 || c === 74) return imaginary();
      if (nonzero) {
        const ls = this.lineStart;
        this.syntaxError(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          start + 1 - ls,
          zerosEnd - ls,
        );
        return false;
      }
      if (!this.verifyEnd(c, "decimal")) return false;
      return finish();
    }
    c = this.decimalTail();
    if (c === -2) return false;
    if (c === 46) {
      this.pos++;
      return fraction();
    }
    if (c === 101 || c === 69) return exponent();
    if (c === 106 || c === 74) return imaginary();
    if (!this.verifyEnd(c, "decimal")) return false;
    return finish();
  }

  /** Hex, octal and binary literals (after the leading 0, at the x/o/b). */
  private radix(start: number, base: number, kind: string): boolean {
    const ok = (c: number): boolean =>
      base === 16 ? isXDigit(c) : base === 8 ? c >= 48 && c <= 55 : c === 48 || c === 49;
    this.pos++;
    let c = this.peekc();
    do {
      if (c === 95) {
        this.pos++;
        c = this.peekc();
      }
      if (!ok(c)) {
        if (base !== 16 && isDigit(c)) {
          this.pos++;
          this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        } else this.syntaxError(`invalid ${kind} literal`);
        return false;
      }
      do {
        this.pos++;
        c = this.peekc();
      } while (ok(c));
    } while (c === 95);
    if (base !== 16 && isDigit(c)) {
      this.pos++;
      this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
      return false;
    }
    if (!this.verifyEnd(c, kind)) return false;
    this.push(T.NUMBER, start, this.pos, this.src.slice(start, this.pos));
    return true;
  }

  /** A string literal; `q` is the index of the opening quote (after any prefix). */
  private string(start: number, q: number): boolean {
    const s = this.src;
    const n = this.n;
    const quote = s.charCodeAt(q);
    const firstLine = this.line;
    const multiLineStart = this.lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.pos = q + 1;
    if (this.peekc() === quote) {
      this.pos++;
      if (this.peekc() === quote) {
        this.pos++;
        quoteSize = 3;
      } else endQuoteSize = 1;
    }
    while (endQuoteSize !== quoteSize) {
      const c = this.pos < n ? s.charCodeAt(this.pos) : -1;
      this.pos++;
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        // At EOF CPython's line counter is still on the last line.
        const detected =
          c === -1 && this.lineStart === this.n && this.n > 0 ? this.line - 1 : this.line;
        this.pos = start + 1;
        this.line = firstLine;
        this.lineStart = multiLineStart;
        this.syntaxError(
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${this.lineBase + detected})`
            : `unterminated string literal (detected at line ${this.lineBase + detected})`,
        );
        return false;
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) {
          if (this.pos < n) {
            if (s.charCodeAt(this.pos) === 10) {
              this.line++;
              this.lineStart = this.pos + 1;
            }
            this.pos++;
          }
        } else if (c === 10) {
          this.line++;
          this.lineStart = this.pos;
        }
      }
    }
    const startLine = this.lineBase + firstLine;
    const endLine = this.lineBase + this.line;
    const c0 = this.col(multiLineStart, start) + (firstLine === 1 ? this.colBase : 0);
    // CPython adds the f-string column shift by the token's *end* line.
    const c0s = this.line === 1 ? c0 : c0 - (firstLine === 1 ? this.colBase : 0);
    const e = this.col(this.lineStart, this.pos) + (this.line === 1 ? this.colBase : 0);
    this.tokens.push(
      new Token(T.STRING, start, this.pos, startLine, c0s, endLine, e, s.slice(start, this.pos)),
    );
    return true;
  }

  private operator(c: number, start: number): boolean {
    const s = this.src;
    const c2 = this.pos + 1 < this.n ? s.charCodeAt(this.pos + 1) : -1;
    const c3 = this.pos + 2 < this.n ? s.charCodeAt(this.pos + 2) : -1;
    let type: number = T.OP;
    let len = 1;
    switch (c) {
      case 40: // (
      case 91: // [
      case 123: // {
        if (this.level >= MAXLEVEL) {
          this.pos++;
          this.syntaxError("too many nested parentheses");
          return false;
        }
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.line;
        this.parencolstack[this.level] = this.pos - this.lineStart;
        this.parenLineStart[this.level] = this.lineStart;
        this.level++;
        type = c === 40 ? T.LPAR : c === 91 ? T.LSQB : T.LBRACE;
        break;
      case 41: // )
      case 93: // ]
      case 125: {
        // }
        this.pos++;
        if (this.level === 0) {
          this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
          return false;
        }
        this.level--;
        const opening = this.parenstack[this.level]!;
        if (
          !(
            (opening === 40 && c === 41) ||
            (opening === 91 && c === 93) ||
            (opening === 123 && c === 125)
          )
        ) {
          const pl = this.parenlinenostack[this.level]!;
          const o = String.fromCharCode(opening);
          const ch = String.fromCharCode(c);
          if (pl !== this.line) {
            this.syntaxError(
              `closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${this.lineBase + pl}`,
            );
          } else {
            this.syntaxError(
              `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`,
            );
          }
          return false;
        }
        this.pos--;
        type = c === 41 ? T.RPAR : c === 93 ? T.RSQB : T.RBRACE;
        break;
      }
      case 58: // :
        if (c2 === 61) {
          type = T.COLONEQUAL;
          len = 2;
        } else type = T.COLON;
        break;
      case 44:
        type = T.COMMA;
        break;
      case 59:
        type = T.SEMI;
        break;
      case 43: // +
        if (c2 === 61) {
          type = T.PLUSEQUAL;
          len = 2;
        } else type = T.PLUS;
        break;
      case 45: // -
        if (c2 === 61) {
          type = T.MINEQUAL;
          len = 2;
        } else if (c2 === 62) {
          type = T.RARROW;
          len = 2;
        } else type = T.MINUS;
        break;
      case 42: // *
        if (c2 === 42) {
          if (c3 === 61) {
            type = T.DOUBLESTAREQUAL;
            len = 3;
          } else {
            type = T.DOUBLESTAR;
            len = 2;
          }
        } else if (c2 === 61) {
          type = T.STAREQUAL;
          len = 2;
        } else type = T.STAR;
        break;
      case 47: // /
        if (c2 === 47) {
          if (c3 === 61) {
            type = T.DOUBLESLASHEQUAL;
            len = 3;
          } else {
            type = T.DOUBLESLASH;
            len = 2;
          }
        } else if (c2 === 61) {
          type = T.SLASHEQUAL;
          len = 2;
        } else type = T.SLASH;
        break;
      case 124: // |
        if (c2 === 61) {
          type = T.VBAREQUAL;
          len = 2;
        } else type = T.VBAR;
        break;
      case 38: // &
        if (c2 === 61) {
          type = T.AMPEREQUAL;
          len = 2;
        } else type = T.AMPER;
        break;
      case 60: // <
        if (c2 === 60) {
          if (c3 === 61) {
            type = T.LEFTSHIFTEQUAL;
            len = 3;
          } else {
            type = T.LEFTSHIFT;
            len = 2;
          }
        } else if (c2 === 61) {
          type = T.LESSEQUAL;
          len = 2;
        } else if (c2 === 62) {
          type = T.NOTEQUAL; // "<>": only valid with barry_as_FLUFL; the parser rejects it.
          len = 2;
        } else type = T.LESS;
        break;
      case 62: // >
        if (c2 === 62) {
          if (c3 === 61) {
            type = T.RIGHTSHIFTEQUAL;
            len = 3;
          } else {
            type = T.RIGHTSHIFT;
            len = 2;
          }
        } else if (c2 === 61) {
          type = T.GREATEREQUAL;
          len = 2;
        } else type = T.GREATER;
        break;
      case 61: // =
        if (c2 === 61) {
          type = T.EQEQUAL;
          len = 2;
        } else type = T.EQUAL;
        break;
      case 33: // !
        if (c2 === 61) {
          type = T.NOTEQUAL;
          len = 2;
        }
        break;
      case 37: // %
        if (c2 === 61) {
          type = T.PERCENTEQUAL;
          len = 2;
        } else type = T.PERCENT;
        break;
      case 126:
        type = T.TILDE;
        break;
      case 94: // ^
        if (c2 === 61) {
          type = T.CIRCUMFLEXEQUAL;
          len = 2;
        } else type = T.CIRCUMFLEX;
        break;
      case 64: // @
        if (c2 === 61) {
          type = T.ATEQUAL;
          len = 2;
        } else type = T.AT;
        break;
      default: {
        const cp = s.codePointAt(this.pos)!;
        if (!isPrintable(cp)) {
          this.pos += cp > 0xffff ? 2 : 1;
          const hex = cp.toString(16).toUpperCase().padStart(4, "0");
          this.syntaxError(`invalid non-printable character U+${hex}`);
          return false;
        }
      }
    }
    this.pos += len;
    this.push(type, start, this.pos, type === T.OP ? s.slice(start, this.pos) : "");
    return true;
  }
}
