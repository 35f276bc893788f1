/**
 * Printing exceptions as CPython 3.11 does (Python/pythonrun.c print_exception and
 * Python/traceback.c tb_displayline): the chain of causes/contexts, "Traceback (most
 * recent call last):", one "File …, line …, in …" entry per frame with its source line
 * and, when the failing expression is narrower than the line, the `^^^` / `~~^~~` markers.
 */
import { readFileSync } from "node:fs";
import type { HeapObject } from "../engine/index.js";
import { getAttrOrNull, str } from "../runtime/abstract.js";
import { PyRaise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { typeInfo, typeOf } from "../runtime/typeobject.js";
import { C, S } from "../runtime/types.js";
import type { Frame, TbPosition } from "./frame.js";
import { importState } from "./imports.js";
import { suggestionFor } from "./suggestions.js";
import { isSyntaxError, syntaxErrorBlock, syntaxErrorLines } from "./syntaxerror.js";

function byteToCharOffset(line: string, byteOffset: number): number {
  const bytes = Buffer.from(line, "utf8");
  return Buffer.from(bytes.subarray(0, byteOffset)).toString("utf8").length;
}

/**
 * Whether tracebacks show source lines. tb_displayline reads them through the io module;
 * once finalization has emptied sys.modules that import fails and the line is left out.
 */
export const tracebackState = {
  sourceLines: true,
  /**
   * PyTraceBack_Print's limit as tracebackEntries takes it: the innermost
   * sys.tracebacklimit entries (default 1000; none when it is 0 or less). Set by sys.
   */
  limit: (): number => TRACEBACK_LIMIT,
};

function displayLine(frame: Frame, pos: TbPosition): string {
  const code = frame.code;
  let out = `  File "${code.filename}", line ${pos.lineno}, in ${code.name}\n`;
  if (!tracebackState.sourceLines) return out;
  // linecache reads lines from the file named: "<string>" (-c, exec), "<stdin>" and
  // "<frozen …>" name none.
  if (code.filename.startsWith("<") && code.filename.endsWith(">")) return out;
  const raw = code.linesFromFile
    ? fileLines(code.filename)?.[pos.lineno - 1]
    : code.lines[pos.lineno - 1];
  if (raw === undefined) return out;
  const stripped = raw.trim();
  if (stripped === "") return out;
  out += `    ${stripped}\n`;
  if (pos.col < 0) return out;
  const leading = raw.length - raw.trimStart().length;
  const start = byteToCharOffset(raw, pos.col);
  let end =
    pos.endLineno === pos.lineno ? byteToCharOffset(raw, pos.endCol) : leading + stripped.length;
  if (end > leading + stripped.length) end = leading + stripped.length;
  const anchor = pos.endLineno === pos.lineno ? pos.anchor : null;
  const spansLine = end - start >= stripped.length;
  if (spansLine && !(anchor !== null && anchor[1] - anchor[0] > 0)) return out;
  let marks = " ".repeat(4 + start - leading);
  if (anchor !== null) {
    const segment = raw.slice(start, end);
    const a0 = byteToCharOffset(segment, anchor[0]);
    const a1 = byteToCharOffset(segment, anchor[1]);
    marks += "~".repeat(a0) + "^".repeat(a1 - a0) + "~".repeat(end - start - a1);
  } else marks += "^".repeat(end - start);
  return `${out}${marks}\n`;
}

/**
 * _Py_DisplaySourceLine's file: the lines of the file named (read now, as the C code
 * reads it for each entry), else of the first file with its last path component in a
 * sys.path folder (_Py_FindSourceFile); undefined when there is none.
 */
function fileLines(filename: string): string[] | undefined {
  const tail = filename.slice(filename.lastIndexOf("/") + 1);
  const candidates = [filename];
  for (const dir of importState.searchPath?.() ?? importState.path) {
    candidates.push(dir === "" || dir.endsWith("/") ? `${dir}${tail}` : `${dir}/${tail}`);
  }
  for (const path of candidates) {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      continue;
    }
    return data.toString("utf8").split(/\r\n|\r|\n/);
  }
  return undefined;
}

/** PyTraceBack_Print shows the innermost sys.tracebacklimit (default 1000) entries. */
const TRACEBACK_LIMIT = -1000;

/**
 * The entries of traceback `tb`, one string per frame (its "File" line, source line and
 * markers), as StackSummary.format gives them: a run of more than 3 entries for one line
 * of one function shows 3, then "[Previous line repeated N more times]". `limit` (as
 * traceback.extract_tb takes it): null for all, n ≥ 0 for the outermost n, n < 0 for the
 * innermost -n.
 */
export function tracebackEntries(tb: HeapObject | null, limit: number | null): string[] {
  let entries: HeapObject[] = [];
  for (let t: HeapObject | null = tb; t !== null; t = t.p0 as HeapObject | null) entries.push(t);
  if (limit !== null) {
    entries =
      limit >= 0 ? entries.slice(0, limit) : entries.slice(Math.max(0, entries.length + limit));
  }
  return frameEntries(
    entries.map((t) => [(t.p1 as HeapObject).p0 as Frame, t.p2 as TbPosition] as const),
  );
}

/** Formatted entries for (frame, position) pairs, repeats collapsed (see tracebackEntries). */
export function frameEntries(entries: readonly (readonly [Frame, TbPosition])[]): string[] {
  const out: string[] = [];
  let last = "";
  let count = 0;
  const repeated = () => {
    const n = count - 3;
    out.push(`  [Previous line repeated ${n} more time${n === 1 ? "" : "s"}]\n`);
  };
  for (const [frame, pos] of entries) {
    const key = `${frame.code.filename}:${pos.lineno}:${frame.code.name}`;
    if (key !== last) {
      if (count > 3) repeated();
      last = key;
      count = 0;
    }
    if (++count > 3) continue;
    out.push(displayLine(frame, pos));
  }
  if (count > 3) repeated();
  return out;
}

function formatTraceback(
  tb: HeapObject | null,
  limit: number | null = tracebackState.limit(),
): string {
  if (tb === null) return "";
  return `Traceback (most recent call last):\n${tracebackEntries(tb, limit).join("")}`;
}

/** The exception's type as its last line names it (`module.Qualname` outside builtins). */
function excTypeName(exc: HeapObject): string {
  const info = typeInfo(typeOf(exc));
  return info.module === "builtins" || info.module === "__main__"
    ? info.qualname
    : `${info.module}.${info.qualname}`;
}

/** The last line: `ValueError: boom`, or just the name for an empty message. */
export function formatExceptionOnly(exc: HeapObject): string {
  const name = excTypeName(exc);
  const st = excState(exc);
  let msg: string;
  const args = st?.args ?? null;
  if (
    args !== null &&
    args.type === C.tuple &&
    (args.p0 as HeapObject[]).length === 1 &&
    typeInfo(typeOf(exc)).name === "KeyError"
  ) {
    msg = safely(() => reprOf((args.p0 as HeapObject[])[0]!));
  } else msg = safely(() => str(exc));
  return msg === "" ? `${name}\n` : `${name}: ${msg}\n`;
}

/** The text, or `failed` when making it raised (the error dropped). */
function safely(text: () => string, failed = "<exception str() failed>"): string {
  try {
    return text();
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return failed;
  }
}

function reprOf(o: HeapObject): string {
  return strRepr.repr(o);
}

export const strRepr = { repr: null as unknown as (o: HeapObject) => string };

/**
 * The default sys.unraisablehook's text (write_unraisable_exc_file), without its header:
 * the traceback of this exception alone (no __cause__ or __context__ chain), then
 * `module.Qualname: str(exc)` — the ": " even when the message is empty.
 */
export function formatUnraisable(exc: HeapObject): string {
  let out = formatTraceback(excState(exc)?.traceback ?? null);
  const info = typeInfo(typeOf(exc));
  if (info.module !== "builtins" && info.module !== "__main__") out += `${info.module}.`;
  out += info.qualname;
  return `${out}: ${safely(() => str(exc))}\n`;
}

/**
 * print_exception_recursive (traceback.format_exception): causes and contexts first, as
 * the strings TracebackException.format yields — the chain's message, the header, one
 * per entry, the exception's line. `limit` as for tracebackEntries (the uncaught path's
 * default: the innermost 1000); `chain` false shows `exc` alone. The uncaught printer
 * adds NameError/AttributeError suggestions (`suggest`); 3.11's traceback module does not.
 */
export function exceptionParts(
  exc: HeapObject,
  limit: number | null = tracebackState.limit(),
  chain = true,
  suggest = true,
  seen = new Set<HeapObject>(),
): string[] {
  seen.add(exc);
  const st = excState(exc);
  const out: string[] = [];
  if (st !== null && chain) {
    if (st.cause !== null && !seen.has(st.cause)) {
      out.push(...exceptionParts(st.cause, limit, chain, suggest, seen));
      out.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (st.context !== null && !st.suppressContext && !seen.has(st.context)) {
      out.push(...exceptionParts(st.context, limit, chain, suggest, seen));
      out.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
  }
  // (No header when the limit leaves no entries: TracebackException.format.)
  const entries = tracebackEntries(st?.traceback ?? null, limit);
  if (entries.length > 0) out.push("Traceback (most recent call last):\n", ...entries);
  if (suggest) out.push(...printedExceptionLines(exc));
  else out.push(...exceptionOnlyLines(exc));
  out.push(...noteParts(exc, suggest));
  return out;
}

/** traceback.format_exception_only's parts: the exception's line(s), then its notes. */
export function exceptionOnlyParts(exc: HeapObject): string[] {
  return [...exceptionOnlyLines(exc), ...noteParts(exc, false)];
}

/**
 * print_exception's text after the traceback: a SyntaxError's location block and its
 * `msg` (syntaxerror.ts), else the exception's line with any suggestion.
 */
function printedExceptionLines(exc: HeapObject): string[] {
  const se = syntaxErrorBlock(exc);
  if (se === null) return [exceptionLine(exc)];
  const { block, message } = se;
  try {
    // print_exception_message with the message for the value: nothing after the name
    // for None, no ": " before an empty text.
    const name = excTypeName(exc);
    if (message === S.None) return [block, `${name}\n`];
    const text = safely(() => str(message));
    return [block, text === "" ? `${name}\n` : `${name}: ${text}\n`];
  } finally {
    decref(message);
  }
}

/**
 * TracebackException.format_exception_only: a SyntaxError's location block and message,
 * else the exception's line.
 */
export function exceptionOnlyLines(exc: HeapObject): string[] {
  if (isSyntaxError(exc)) return syntaxErrorLines(exc, excTypeName(exc));
  return [formatExceptionOnly(exc)];
}

/**
 * The exception's notes (3.11 add_note), after its last line: each item of a list, tuple
 * or str `__notes__` as str() gives it ("<note str() failed>" when that raises), one part
 * per line; anything else as its repr. `uncaught`: print_exception_notes, which ends that
 * repr with a newline where traceback.py's format_exception_only does not.
 */
export function noteParts(exc: HeapObject, uncaught: boolean): string[] {
  let notes: HeapObject | null;
  try {
    notes = getAttrOrNull(exc, "__notes__");
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return [];
  }
  if (notes === null) return [];
  try {
    if (notes === S.None && !uncaught) return [];
    const layout = notes.type.layout;
    if (layout !== C.list && layout !== C.tuple && layout !== C.str) {
      const text = safely(() => reprOf(notes!), "<__notes__ repr() failed>");
      return [uncaught ? `${text}\n` : text];
    }
    const items = layout === C.str ? [...(notes.p0 as string)] : (notes.p0 as HeapObject[]).slice();
    const out: string[] = [];
    for (const item of items) {
      const text = typeof item === "string" ? item : safely(() => str(item), "<note str() failed>");
      for (const line of text.split("\n")) out.push(`${line}\n`);
    }
    return out;
  } finally {
    decref(notes);
  }
}

/** The exception's last line, with NameError/AttributeError's "Did you mean" suggestion. */
export function exceptionLine(exc: HeapObject): string {
  const line = formatExceptionOnly(exc);
  const suggestion = suggestionFor(exc);
  return suggestion === null ? line : `${line.slice(0, -1)}. Did you mean: '${suggestion}'?\n`;
}

/** print_exception_recursive: the text of an uncaught exception's report. */
export function formatException(exc: HeapObject): string {
  return exceptionParts(exc).join("");
}

export { getAttrOrNull, decref };
