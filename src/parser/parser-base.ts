// The token cursor shared by the grammar layers, and error raising.
//
// The parser is hand-written recursive descent over the token array, one class per grammar
// area chained by inheritance (engine262's layout): ParserBase (cursor, errors) ←
// ExpressionParser ← PatternParser ← StatementParser. Where CPython's PEG grammar
// backtracks, we parse the widest form once and then reinterpret it (an expression becomes
// an assignment target when '=' follows), which builds the same nodes with the same
// positions. `cur` is the current token and `last` the last consumed one; node end
// positions are taken from `last`. Reaching the ERRORTOKEN that ends a failed
// tokenization raises the tokenizer's error, as CPython raises it when the parser asks
// for that token.

import type { BadUtf8 } from "./bad-utf8.js";
import { PySyntaxError, type SyntaxErrorClass } from "./errors.js";
import { ERRORTOKEN, type TokError, utf8Len } from "./tokenizer.js";
import { T, type Token } from "./tokens.js";

/** Python errors that are not SyntaxErrors but end a parse: resource limits. */
export class PyLimitError extends Error {
  constructor(
    /** CPython raises MemoryError when the parser's stack overflows and RecursionError
     * when the tree is too deep to convert to Python objects. */
    public readonly type: "MemoryError" | "RecursionError",
    public readonly msg: string,
  ) {
    super(msg || type);
    this.name = type;
  }
}

/**
 * CPython 3.11 Python-ast.c: the tree depth ast2obj accepts, recursion_limit (1000) *
 * COMPILER_STACK_FRAME_SCALE (3) less the Python frames in use — 2988 nested expressions
 * when ast.parse is called from a module's top level (a deeper caller lowers it slightly).
 */
export const MAX_AST_DEPTH = 2988;
/** CPython 3.11 pegen MAXSTACK (6000) less the levels above the first expression. */
export const MAX_PARSER_LEVEL = 5969;
/** Where we stop recursing regardless (the JavaScript stack is not CPython's). */
const HARD_DEPTH = 6000;

export function recursionError(): PyLimitError {
  return new PyLimitError(
    "RecursionError",
    "maximum recursion depth exceeded during ast construction",
  );
}

export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export class ParserBase {
  protected p = 0;
  protected cur: Token;
  protected last: Token;
  /** The last consumed token that is not NEWLINE/INDENT/DEDENT: where compound statements end
   * (pegen: _PyPegen_get_last_nonnnewline_token). */
  protected lastReal: Token;
  /** Nesting depth of expressions under construction (CPython's AST depth limit). */
  protected depth = 0;
  /** Levels of CPython's parser stack the nesting so far would use (see `enter`). */
  protected plevel = 0;
  /** The tree is deeper than CPython can convert: RecursionError if the parse succeeds. */
  tooDeep = false;
  /** Inside an f-string replacement field: the column shift of its text (else -1). */
  protected fstringColBase = -1;
  /** Bytes input: CPython leaves parser error offsets in UTF-8 bytes (it converts them to
   * characters only for text input). */
  byteOffsets = false;
  /** Bytes input that is not valid UTF-8 (see bad-utf8.ts), or null. */
  badUtf8: BadUtf8 | null = null;
  /** Parsing a file for `python3 file.py` rather than a string for `ast.parse`. */
  fileInput = false;

  constructor(
    protected readonly src: string,
    protected readonly tokens: Token[],
    protected readonly filename: string,
    protected readonly tokError: TokError | null,
  ) {
    this.cur = tokens[0]!;
    this.last = this.cur;
    this.lastReal = this.cur;
    if (this.cur.type === ERRORTOKEN) this.raiseTokError();
  }

  protected raiseTokError(): never {
    throw this.tokError!.error;
  }

  protected advance(): Token {
    const t = this.cur;
    this.last = t;
    if (t.type !== T.NEWLINE && t.type !== T.INDENT && t.type !== T.DEDENT) this.lastReal = t;
    const next = this.tokens[++this.p]!;
    this.cur = next;
    if (next.type === ERRORTOKEN) this.raiseTokError();
    return t;
  }

  /** Type of the token k ahead (k ≥ 1). */
  protected peek(k: number): number {
    const t = this.tokens[this.p + k];
    if (t === undefined) return T.ENDMARKER;
    if (t.type === ERRORTOKEN) this.raiseTokError();
    return t.type;
  }

  protected at(type: number): boolean {
    return this.cur.type === type;
  }

  protected eat(type: number): boolean {
    if (this.cur.type === type) {
      this.advance();
      return true;
    }
    return false;
  }

  protected expect(type: number): Token {
    if (this.cur.type !== type) this.syntaxError();
    return this.advance();
  }

  /** Is the current token the soft keyword `name`? */
  protected atSoft(name: string): boolean {
    return this.cur.type === T.NAME && this.cur.string === name;
  }

  /**
   * One level deeper in the tree under construction; `cost` is the number of levels the
   * same nesting costs CPython's parser stack (unary operators and conditional
   * expressions 1, `**` and `lambda` 2; loops such as `a.b.c` or `1+1+1` cost nothing).
   * CPython 3.11 raises MemoryError when its parser stack passes 6000 levels (pegen
   * MAXSTACK, ~30 of them used before the first expression) and, once the parse succeeded,
   * RecursionError when converting a tree deeper than MAX_AST_DEPTH. We record the latter
   * and report it at the end of a successful parse; far beyond it we stop at once, since
   * JavaScript's own stack is limited.
   */
  protected enter(cost = 0): void {
    this.plevel += cost;
    if (this.plevel > MAX_PARSER_LEVEL) throw new PyLimitError("MemoryError", "");
    if (++this.depth > MAX_AST_DEPTH) {
      this.tooDeep = true;
      if (this.depth > HARD_DEPTH) throw recursionError();
    }
  }

  protected leave(cost: number): void {
    this.plevel -= cost;
    this.depth--;
  }

  // ---- errors ---------------------------------------------------------------------------

  /** Source line `lineno` (1-based) of the text being parsed. */
  protected lineText(lineno: number): string {
    let pos = 0;
    for (let l = 1; l < lineno; l++) {
      const nl = this.src.indexOf("\n", pos);
      if (nl < 0) return "";
      pos = nl + 1;
    }
    let e = this.src.indexOf("\n", pos);
    if (e < 0) e = this.src.length;
    return this.src.slice(pos, e);
  }

  /** Byte column → 1-based character offset on `text` (pegen: byte_offset_to_character_offset). */
  protected static charOffset(text: string, byteCol: number): number {
    if (byteCol <= 0) return byteCol;
    let bytes = 0;
    let i = 0;
    while (i < text.length && bytes < byteCol) {
      bytes += utf8Len(text, i, i + 1);
      i++;
    }
    if (bytes < byteCol) i += byteCol - bytes;
    return i;
  }

  /** CPython pegen: RAISE_ERROR_KNOWN_LOCATION (columns are 0-based byte offsets; -1 = none). */
  protected raiseAt(
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
    type: SyntaxErrorClass = "SyntaxError",
    lineText: string | null = null,
  ): never {
    let text = lineText ?? this.errorText(lineno);
    if (this.fstringColBase >= 0) {
      // pegen_errors.c: f-string errors are located in the "(expr)" text.
      msg = `f-string: ${msg}`;
      text = `${this.src}\n`;
      col -= this.fstringColBase;
      if (endCol >= 0) endCol -= this.fstringColBase;
    }
    const offset = this.byteOffsets ? col + 1 : ParserBase.charOffset(text, col + 1);
    const endOffset =
      endCol < 0
        ? endCol + 1
        : this.byteOffsets
          ? endCol + 1
          : ParserBase.charOffset(text, endCol + 1);
    throw new PySyntaxError(type, msg, this.filename, lineno, offset, text, endLineno, endOffset);
  }

  /** The `text` attribute of a SyntaxError on `lineno`: the line, with its newline. */
  protected errorText(lineno: number): string {
    // pegen_errors.c: the line comes with its newline from the tokenizer's buffer when it
    // is the line being read, without it from the line table for an earlier line.
    const line = this.lineText(lineno);
    if (!this.fileInput && lineno < this.cur.lineno) return line;
    // A last line without a newline ("eval" and "single" input get none added) has none.
    return this.lineHasNewline(lineno) ? `${line}\n` : line;
  }

  /** Whether line `lineno` of the source ends with a newline (it is not an unended last). */
  private lineHasNewline(lineno: number): boolean {
    let pos = 0;
    for (let l = 1; l <= lineno; l++) {
      const nl = this.src.indexOf("\n", pos);
      if (nl < 0) return false;
      pos = nl + 1;
    }
    return true;
  }

  protected raiseNode(node: Located, msg: string): never {
    return this.raiseAt(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
  }

  protected raiseRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt(msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** CPython pegen: RAISE_SYNTAX_ERROR — located at the last token fetched. */
  protected raiseHere(
    msg: string,
    type: SyntaxErrorClass = "SyntaxError",
    tok: Token = this.cur,
  ): never {
    if (tok.type === T.INDENT || tok.type === T.DEDENT || tok.type === T.ENDMARKER) {
      // Indent tokens carry no column: CPython (pegen.c _PyPegen_raise_error) uses the
      // tokenizer's position, the first token of the line, as a 1-based offset as is.
      const next = this.tokens[this.tokens.indexOf(tok) + 1];
      let col = next !== undefined && next.lineno === tok.lineno ? Math.max(next.col_offset, 0) : 0;
      if (tok.start >= this.src.length && !this.fileInput) {
        // At EOF of a string source the tokenizer stands past the last line's newline.
        col = Buffer.byteLength(this.lineText(tok.lineno), "utf8") + 1;
      }
      return this.raiseAt(msg, tok.lineno, col - 1, tok.lineno, -2, type);
    }
    return this.raiseAt(msg, tok.lineno, tok.col_offset, tok.end_lineno, tok.end_col_offset, type);
  }

  /** A generic failure at the current token: CPython's _PyPegen_set_syntax_error. */
  protected syntaxError(): never {
    const t = this.cur;
    if (t.type === T.INDENT) return this.raiseHere("unexpected indent", "IndentationError");
    if (t.type === T.DEDENT) return this.raiseHere("unexpected unindent", "IndentationError");
    if (t.type === T.ENDMARKER && this.fstringColBase < 0) {
      // RAISE_SYNTAX_ERROR_KNOWN_LOCATION(last_token): ENDMARKER has no column (-1), so
      // offset and end_offset are 0; before any line was read (empty input) the line is 0.
      const lineno = this.src.length === 0 ? 0 : t.lineno;
      return this.raiseAt("invalid syntax", lineno, -1, lineno, -1);
    }
    return this.raiseHere("invalid syntax");
  }
}
