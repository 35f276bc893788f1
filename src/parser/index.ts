// The parser's public entry: `parse(source, filename, mode)`.
//
// Bytes are decoded as CPython decodes a source file (PEP 263: a UTF-8 BOM, or a coding
// cookie in the first two lines, else UTF-8); text is taken as is. Newlines are
// normalised to "\n" and a final newline is added, as CPython's tokenizer does. The
// tokenizer runs over the whole text first, then the statement parser builds the tree;
// tokenizer errors take precedence over parser errors as in CPython
// (pegen_errors.c: _PyPegen_tokenize_full_source_to_check_for_errors). Whatever the input,
// the result is a tree, a PySyntaxError, or a PyLimitError (CPython's MemoryError /
// RecursionError for absurdly deep nesting) — never another JavaScript exception.

import type * as A from "./ast.js";
import { type BadUtf8, decodeUtf8Lenient } from "./bad-utf8.js";
import { PySyntaxError } from "./errors.js";
import { PyLimitError, recursionError } from "./parser-base.js";
import { StatementParser } from "./statements.js";
import { TokErrorKind, Tokenizer } from "./tokenizer.js";
import { T, Token } from "./tokens.js";

export type { AST, expr, mod, pattern, stmt } from "./ast.js";
export * as ast from "./ast.js";
export { PyBytes, PyComplex, PyEllipsis, pyRepr } from "./constants.js";
export { type DumpOptions, dump } from "./dump.js";
export {
  formatSyntaxError,
  PySyntaxError,
  printErrorText,
  type SyntaxErrorClass,
  utf8Length,
} from "./errors.js";
export { PyLimitError } from "./parser-base.js";

export type Mode = "exec" | "eval" | "single";

/** CPython 3.11 tokenizer.c: get_normal_name. */
function normalEncoding(s: string): string {
  const buf = s.slice(0, 12).replace(/_/g, "-").toLowerCase();
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

function cookieOf(bytes: Uint8Array, start: number): string | null {
  // Look at the first two lines (the second only if the first is blank or a comment).
  let pos = start;
  for (let line = 0; line < 2 && pos < bytes.length; line++) {
    let end = bytes.indexOf(10, pos);
    if (end < 0) end = bytes.length;
    let text = "";
    for (let i = pos; i < end; i++) text += String.fromCharCode(bytes[i]!);
    const m = COOKIE.exec(text);
    if (m) return m[1]!;
    if (!/^[ \t\f\r]*(#.*)?$/.test(text)) return null;
    pos = end + 1;
  }
  return null;
}

function decodeError(msg: string, lineno: number, filename: string): PySyntaxError {
  // Encoding problems have no location: offset -1 and no end, as in CPython.
  return lineno === 0
    ? new PySyntaxError("SyntaxError", msg, filename, 0, -1, null, null, null)
    : new PySyntaxError("SyntaxError", msg, filename, lineno, 0, null, lineno, 0);
}

/** Decode source bytes as CPython does (PEP 263). */
/** Index of the first byte that does not begin a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      min = 0x10000;
    } else return i;
    if (i + len > n) return i;
    let cp = c & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const d = b[i + k]!;
      if ((d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += len;
  }
  return -1;
}

/**
 * Decode source bytes as CPython does (PEP 263). `fileInput` selects the messages of
 * `python3 file.py` (Parser/tokenizer.c reading a file) over those of `ast.parse(bytes)`.
 */
export function decodeSource(bytes: Uint8Array, filename = "<unknown>", fileInput = false): string {
  return decodeBytes(bytes, filename, fileInput).text;
}

function decodeBytes(
  bytes: Uint8Array,
  filename: string,
  fileInput: boolean,
): { text: string; bad: BadUtf8 | null } {
  let start = 0;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  let enc = "utf-8";
  const cookie = cookieOf(bytes, start);
  if (cookie !== null) {
    enc = normalEncoding(cookie);
    if (bom && enc !== "utf-8") throw decodeError(`encoding problem: ${enc} with BOM`, 0, filename);
  }
  const body = bytes.subarray(start);
  if (enc === "iso-8859-1") {
    let s = "";
    for (let i = 0; i < body.length; i += 8192) {
      s += String.fromCharCode(...body.subarray(i, i + 8192));
    }
    return { text: s, bad: null };
  }
  let label = enc.toLowerCase().replace(/_/g, "-");
  if (label === "ascii" || label === "us-ascii") {
    for (let i = 0; i < body.length; i++) {
      if (body[i]! >= 0x80) {
        throw decodeError(
          `(unicode error) 'ascii' codec can't decode byte 0x${body[i]!.toString(16)} in position ${i}: ordinal not in range(128)`,
          1,
          filename,
        );
      }
    }
    label = "utf-8";
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    try {
      decoder = new TextDecoder(
        label.replace(/^(iso)(\d)/, "$1-$2").replace(/^cp(\d+)$/, "windows-$1"),
        {
          fatal: true,
          ignoreBOM: true,
        },
      );
    } catch {
      throw decodeError(
        fileInput ? `encoding problem: ${cookie}` : `unknown encoding: ${cookie}`,
        0,
        filename,
      );
    }
  }
  try {
    return { text: decoder.decode(body), bad: null };
  } catch {
    if (!fileInput && (cookie === null || enc === "utf-8")) {
      // ast.parse(bytes): only tokens that contain the bad bytes fail (see bad-utf8.ts).
      return decodeUtf8Lenient(body);
    }
    if (fileInput && cookie === null) {
      const bad = firstInvalidUtf8(body);
      let line = 1;
      for (let i = 0; i < bad; i++) if (body[i] === 10) line++;
      const hex = (body[bad] ?? 0).toString(16).padStart(2, "0");
      throw decodeError(
        `Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
        0,
        filename,
      );
    }
    // Report the first undecodable line as CPython does (its position is approximate).
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < body.length; i++) {
      if (body[i] === 10) {
        try {
          new TextDecoder(label, { fatal: true }).decode(body.subarray(lineStart, i));
        } catch {
          break;
        }
        line++;
        lineStart = i + 1;
      }
    }
    throw decodeError(
      `(unicode error) '${enc}' codec can't decode byte 0x${body[lineStart]?.toString(16) ?? "0"} in position 0: invalid start byte`,
      line,
      filename,
    );
  }
}

/**
 * _PyPegen_fill_token for "single" input: an ENDMARKER read after some token is taken as a
 * NEWLINE (which ends a compound statement) and the indentation still open is closed —
 * so the dedents of input that ends without a newline come after that NEWLINE, and the
 * ENDMARKER after them is read as a NEWLINE once more.
 */
function endWithNewline(tokens: Token[]): void {
  const e = tokens.findIndex((t) => t.type === T.ENDMARKER);
  if (e <= 0) return;
  const end = tokens[e]!;
  const newline = () =>
    new Token(
      T.NEWLINE,
      end.start,
      end.end,
      end.lineno,
      end.col_offset,
      end.end_lineno,
      end.end_col_offset,
      "",
    );
  let d = e;
  while (d > 0 && tokens[d - 1]!.type === T.DEDENT) d--;
  tokens.splice(e, 0, newline());
  if (d < e && d > 0 && tokens[d - 1]!.type !== T.NEWLINE) tokens.splice(d, 0, newline());
}

function parseText(
  text: string,
  filename: string,
  mode: Mode,
  byteOffsets: boolean,
  fileInput: boolean,
  bad: BadUtf8 | null,
  interactive: boolean,
): A.mod {
  const nul = text.indexOf("\0");
  if (nul >= 0 && fileInput) {
    // pythonrun: the line is shown up to the NUL, without a caret.
    const ls = text.lastIndexOf("\n", nul) + 1;
    let lineno = 1;
    for (let i = text.indexOf("\n"); i >= 0 && i < ls; i = text.indexOf("\n", i + 1)) lineno++;
    const line = `${text.slice(ls, nul)}\n`;
    throw new PySyntaxError(
      "SyntaxError",
      "source code cannot contain null bytes",
      filename,
      lineno,
      0,
      line,
      lineno,
      0,
    );
  }
  if (nul >= 0) {
    throw new PySyntaxError(
      "SyntaxError",
      "source code string cannot contain null bytes",
      filename,
      null,
      null,
      null,
      null,
      null,
    );
  }
  if (text.includes("\r")) {
    text = text.replace(/\r\n?/g, "\n");
    bad?.remap(text);
  }
  // translate_newlines: file input ("exec") ends with a newline; "eval" and "single"
  // strings are taken as they are, unless they come from the interactive prompt.
  if (
    (mode === "exec" || interactive) &&
    text.length > 0 &&
    text.charCodeAt(text.length - 1) !== 10
  )
    text += "\n";
  const tokenizer = new Tokenizer(text, filename, 0, 0, interactive);
  tokenizer.bad = bad;
  const tz = tokenizer.run();
  if (mode === "single") endWithNewline(tz.tokens);
  const parser = new StatementParser(text, tz.tokens, filename, tz.error);
  parser.badUtf8 = bad;
  parser.fileInput = fileInput;
  parser.byteOffsets = byteOffsets;
  try {
    let tree: A.mod;
    switch (mode) {
      case "exec":
        tree = parser.parseFile();
        break;
      case "eval":
        tree = parser.parseEval();
        break;
      case "single":
        tree = parser.parseInteractive();
        break;
      default: {
        const never: never = mode;
        throw new Error(`bad mode ${String(never)}`);
      }
    }
    if (parser.tooDeep) throw recursionError();
    return tree;
  } catch (e) {
    const te = tz.error;
    if (e instanceof PySyntaxError && te !== null && e !== te.error) {
      if (te.kind === TokErrorKind.Hard) throw te.error;
      if (te.kind === TokErrorKind.Eof && (e.lineno ?? 0) > te.parenLine) throw te.error;
    }
    throw e;
  }
}

/**
 * Parse Python 3.11 source into CPython's `ast` tree (Module, Expression or Interactive by
 * mode). Throws PySyntaxError (or PyLimitError for pathological nesting).
 */
export interface ParseOptions {
  /** Report source-level errors (encoding, NUL bytes) as `python3 file.py` does rather than
   * as `ast.parse` does. For the CLI. */
  fileInput?: boolean;
  /**
   * "single" input read at the interactive prompt (the REPL): tokenized as CPython's
   * interactive tokenizer does (a blank or comment first line is a NEWLINE) and ended
   * with a newline. Otherwise "single" input is a string, as compile() takes it.
   */
  interactive?: boolean;
}

export function parse(
  source: string | Uint8Array,
  filename = "<unknown>",
  mode: Mode = "exec",
  options: ParseOptions = {},
): A.mod {
  const fileInput = options.fileInput ?? false;
  const interactive = mode === "single" && (options.interactive ?? false);
  try {
    if (typeof source === "string")
      return parseText(source, filename, mode, false, fileInput, null, interactive);
    const { text, bad } = decodeBytes(source, filename, fileInput);
    return parseText(text, filename, mode, true, fileInput, bad, interactive);
  } catch (e) {
    if (e instanceof PySyntaxError || e instanceof PyLimitError) throw e;
    if (e instanceof RangeError) throw new PyLimitError("MemoryError", "");
    // NOT-CPYTHON: an internal failure is reported as a SyntaxError rather than a crash.
    const msg = e instanceof Error ? e.message : String(e);
    throw new PySyntaxError(
      "SyntaxError",
      `internal parser error: ${msg}`,
      filename,
      1,
      1,
      null,
      1,
      1,
    );
  }
}
