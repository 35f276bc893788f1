// SyntaxError values raised by the tokenizer and parser, and their printed form.
//
// A PySyntaxError carries the fields of CPython's SyntaxError instance (msg, filename,
// lineno, offset, text, end_lineno, end_offset; offsets are 1-based character offsets)
// and the Python class name. `formatSyntaxError` reproduces what CPython 3.11's default
// excepthook prints for an uncaught SyntaxError (Python/pythonrun.c: print_exception and
// print_error_text), which is what `python3 file.py` shows.

export type SyntaxErrorClass = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    public readonly type: SyntaxErrorClass,
    public readonly msg: string,
    public readonly filename: string,
    /** null where CPython's attribute is None (errors found before tokenizing). */
    public readonly lineno: number | null,
    public readonly offset: number | null,
    public readonly text: string | null,
    public readonly end_lineno: number | null,
    public readonly end_offset: number | null,
  ) {
    super(`${msg} (${filename}, line ${lineno})`);
    this.name = type;
  }
}

/** CPython 3.11 Python/pythonrun.c: print_exception for a SyntaxError (no traceback). */
export function formatSyntaxError(e: PySyntaxError): string {
  // Errors without a location (source decoding) print only their message line.
  if (e.lineno === null || (e.lineno === 0 && e.text === null)) return `${e.type}: ${e.msg}\n`;
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) {
    // parse_syntax_error: subclasses (IndentationError, TabError) get no end position.
    let endOffset = e.type === "SyntaxError" ? (e.end_offset ?? -1) : -1;
    const lineSize = utf8Length(e.text);
    if ((e.end_lineno ?? e.lineno) > e.lineno) endOffset = lineSize;
    if (endOffset > lineSize + 1) endOffset = lineSize + 1;
    out += printErrorText(e.offset ?? 0, endOffset, e.text);
  }
  return `${out}${e.type}: ${e.msg}\n`;
}

function utf8Length(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/**
 * CPython 3.11 Python/pythonrun.c: print_error_text. Like the C code, it measures the line
 * in UTF-8 bytes while the offsets may be characters, so carets under non-ASCII text land
 * where CPython puts them.
 */
export function printErrorText(offset: number, endOffset: number, textStr: string): string {
  const caretRepetitions = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
  let text = Buffer.from(textStr, "utf8");
  offset--;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== 32 && c !== 9 && c !== 12) break;
    i++;
    offset--;
  }
  text = text.subarray(i);
  let len = text.length;
  if (len > 0 && text[len - 1] === 10) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = text.indexOf(10);
    if (nl < 0) break;
    let inl = nl;
    if (inl >= offset) break;
    inl += 1;
    text = text.subarray(inl);
    len -= inl;
    offset -= inl;
  }
  let out = `    ${text.toString("utf8")}`;
  if (text[len] !== 10) out += "\n";
  if (offset < 0) return out;
  return `${out}    ${" ".repeat(offset)}${"^".repeat(caretRepetitions)}\n`;
}
