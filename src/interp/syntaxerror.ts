/**
 * SyntaxError as Python sees it: the exception a parser error becomes, and the two ways
 * it is printed.
 *
 * - syntaxErrorFrom: CPython's parser raises `type(msg, (filename, lineno, offset, text,
 *   end_lineno, end_offset))` (Parser/pegen_errors.c _PyPegen_raise_error_known_location),
 *   so SyntaxError_init fills the members from that tuple; an error without a location
 *   (a NUL byte in a source string) carries its message alone.
 * - syntaxErrorBlock: what the interpreter's own printer (Python/pythonrun.c
 *   print_exception_file_and_line, parse_syntax_error, print_error_text) writes before the
 *   last line — `File "…", line N`, the line and the carets — for any exception with a
 *   `print_file_and_line` attribute; the last line shows the `msg` member.
 * - syntaxErrorLines: the traceback module's version (Lib/traceback.py
 *   TracebackException._format_syntax_error), which computes the carets differently.
 */
import type { HeapObject } from "../engine/index.js";
import { PySyntaxError, printErrorText } from "../parser/errors.js";
import { PyLimitError } from "../parser/index.js";
import { call, getAttr, getAttrOrNull, isStr, str, truthy } from "../runtime/abstract.js";
import { errorFactory, PyRaise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { newInt, newStr, newTuple, none } from "../runtime/objects.js";
import { isSubtype, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";

/**
 * The Python exception for a parser (or compiler) error: a PyRaise to throw. Anything
 * else is given back as it is.
 */
export function syntaxErrorFrom(e: unknown): unknown {
  if (e instanceof PyLimitError) return new PyRaise(errorFactory.make(T[e.type]!, e.msg || null));
  if (!(e instanceof PySyntaxError)) return e;
  const type = T[e.type]!;
  if (e.lineno === null) return new PyRaise(errorFactory.make(type, e.msg));
  const orNone = (v: number | null) => (v === null ? none() : newInt(v));
  const text = e.text === null ? none() : newStr(e.text);
  const location = newTuple([
    newStr(e.filename),
    newInt(e.lineno),
    orNone(e.offset),
    text,
    orNone(e.end_lineno),
    orNone(e.end_offset),
  ]);
  const msg = newStr(e.msg);
  incref(type);
  // (call consumes the arguments and borrows nothing else)
  const exc = call(type, [msg, location]);
  decref(type);
  return new PyRaise(exc);
}

/** PyLong_AsSsize_t: an int's value; anything else fails (null). */
function ssize(v: HeapObject): number | null {
  if (v.type.layout !== C.int && v.type.layout !== C.bool) return null;
  return Number(v.p0);
}

/**
 * print_exception_file_and_line: the `File "…", line N` block of a SyntaxError-like
 * exception and the object its last line shows (`msg`, a new reference), or null when
 * the exception has no `print_file_and_line` attribute or parse_syntax_error fails (the
 * error is dropped, and the exception prints as any other).
 */
export function syntaxErrorBlock(exc: HeapObject): { block: string; message: HeapObject } | null {
  const held: HeapObject[] = [];
  const attr = (name: string) => {
    const v = getAttr(exc, name);
    held.push(v);
    return v;
  };
  try {
    const marker = getAttrOrNull(exc, "print_file_and_line");
    if (marker === null) return null;
    decref(marker);
    const message = getAttr(exc, "msg");
    let ok = false;
    try {
      // parse_syntax_error
      const filenameObj = attr("filename");
      const filename = filenameObj === S.None ? "<string>" : str(filenameObj);
      const lineno = ssize(attr("lineno"));
      if (lineno === null) return null;
      const offsetObj = attr("offset");
      const offset = offsetObj === S.None ? -1 : ssize(offsetObj);
      if (offset === null) return null;
      let endLineno = lineno;
      let endOffset = -1;
      if (typeOf(exc) === T.SyntaxError) {
        const el = getAttrOrNull(exc, "end_lineno");
        if (el !== null) {
          held.push(el);
          if (el !== S.None) {
            const v = ssize(el);
            if (v === null) return null;
            endLineno = v;
          }
        }
        const eo = getAttrOrNull(exc, "end_offset");
        if (eo !== null) {
          held.push(eo);
          if (eo !== S.None) {
            const v = ssize(eo);
            if (v === null) return null;
            endOffset = v;
          }
        }
      }
      const textObj = attr("text");
      let block = `  File "${filename}", line ${lineno}\n`;
      if (textObj !== S.None) {
        if (!isStr(textObj)) return null;
        const text = textObj.p0 as string;
        // One line only: a location spanning lines is marked to the end of its first.
        const lineSize = Buffer.byteLength(text, "utf8");
        if (endLineno > lineno) endOffset = lineSize;
        if (endOffset > lineSize + 1) endOffset = lineSize + 1;
        block += printErrorText(offset, endOffset, text);
      }
      ok = true;
      return { block, message };
    } finally {
      if (!ok) decref(message);
    }
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc); // (PyErr_Clear)
    return null;
  } finally {
    for (const v of held) decref(v);
  }
}

/**
 * TracebackException's lines for a SyntaxError (`stype` its type's name as the last line
 * shows it): the location, the stripped line with its carets, then `stype: msg`.
 */
export function syntaxErrorLines(exc: HeapObject, stype: string): string[] {
  const held: HeapObject[] = [];
  const attr = (name: string) => {
    const v = getAttr(exc, name);
    held.push(v);
    return v;
  };
  try {
    const filename = attr("filename");
    const lineno = attr("lineno");
    const text = attr("text");
    const offsetObj = attr("offset");
    const endOffsetObj = attr("end_offset");
    const msg = attr("msg");
    const out: string[] = [];
    let suffix = "";
    if (lineno !== S.None) {
      const name = truthy(filename) ? str(filename) : "<string>";
      out.push(`  File "${name}", line ${str(lineno)}\n`);
    } else if (filename !== S.None) suffix = ` (${str(filename)})`;
    if (text !== S.None) {
      const rtext = str(text).replace(/\n+$/, "");
      const ltext = rtext.replace(/^[ \n\f]+/, "");
      const spaces = [...rtext].length - [...ltext].length;
      out.push(`    ${ltext}\n`);
      if (offsetObj !== S.None) {
        const offset = Number(offsetObj.p0);
        const e = endOffsetObj === S.None ? 0 : Number(endOffsetObj.p0);
        let endOffset = e === 0 ? offset : e;
        if (offset === endOffset || endOffset === -1) endOffset = offset + 1;
        const colno = offset - 1 - spaces;
        const endColno = endOffset - 1 - spaces;
        if (colno >= 0) {
          // Whitespace other than spaces (tabs) is kept for the alignment.
          const caretspace = [...ltext]
            .slice(0, colno)
            .map((c) => (/\s/.test(c) ? c : " "))
            .join("");
          out.push(`    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`);
        }
      }
    }
    const shown = truthy(msg) ? str(msg) : "<no detail available>";
    out.push(`${stype}: ${shown}${suffix}\n`);
    return out;
  } finally {
    for (const v of held) decref(v);
  }
}

/** Whether `exc` is a SyntaxError (the traceback module formats those specially). */
export function isSyntaxError(exc: HeapObject): boolean {
  return isSubtype(typeOf(exc), T.SyntaxError);
}
