/**
 * The `traceback` module (CPython Lib/traceback.py): printing and formatting exceptions
 * and stacks as the interpreter prints an uncaught exception. The text comes from
 * interp/traceback.ts, in the pieces TracebackException.format yields (format_exception
 * returns them as a list: the header, one string per entry, the exception's line).
 * NOT-CPYTHON: no extract_tb/extract_stack (StackSummary, FrameSummary), walk_tb,
 * TracebackException or print_last; a SyntaxError's line is printed without its
 * file/line/caret block.
 */
import type { HeapObject } from "../engine/index.js";
import { frameStack } from "../interp/code.js";
import { threadState } from "../interp/eval.js";
import { type Frame, type TbPosition, tracebackContract } from "../interp/frame.js";
import {
  exceptionParts,
  formatExceptionOnly,
  frameEntries,
  tracebackEntries,
} from "../interp/traceback.js";
import { asIndex, callMethod, isInstanceOf, truthy } from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { decref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { newList, newStr, none } from "../runtime/objects.js";
import { typeName } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { stderr, stdout } from "./io.js";
import { declareModule } from "./registry.js";
import { isNativeStream } from "./streams.js";
import { defineFunction, range_, splitKw } from "./support.js";
import { sysAttr } from "./sys.js";

/** Keyword or positional argument `i` named `name` (borrowed), or undefined. */
function argument(
  pos: HeapObject[],
  kw: Map<string, HeapObject>,
  i: number,
  name: string,
): HeapObject | undefined {
  return kw.get(name) ?? pos[i];
}

/** `limit`: None for sys.tracebacklimit (if set; negative counts as 0) or all entries. */
function limitOf(o: HeapObject | undefined): number | null {
  if (o !== undefined && o !== S.None) return asIndex(o);
  const sysLimit = sysAttr("tracebacklimit");
  if (sysLimit === undefined || sysLimit === S.None) return null;
  return Math.max(0, asIndex(sysLimit));
}

/**
 * print()'s way of writing the pieces: each, then `end` (""), to `file` or sys.stderr —
 * and when that is None, print(file=None) writes to sys.stdout.
 */
function printParts(parts: string[], file: HeapObject | undefined): void {
  let target = file === undefined || file === S.None ? sysAttr("stderr") : file;
  if (target === S.None) {
    target = sysAttr("stdout");
    if (target === undefined || isNativeStream(target, 1)) {
      for (const p of parts) stdout.write(p);
      return;
    }
  }
  if (target === undefined) {
    for (const p of parts) stderr.write(p);
    return;
  }
  if (target === S.None) return;
  if (isNativeStream(target, 2)) {
    for (const p of parts) stderr.write(p);
    return;
  }
  for (const p of parts) {
    for (const text of [p, ""]) {
      const s = newStr(text);
      try {
        decref(callMethod(target, "write", [s]));
      } finally {
        decref(s);
      }
    }
  }
}

function listOf(parts: string[]): HeapObject {
  return newList(parts.map((p) => newStr(p)));
}

/** The exception being handled (sys.exc_info()[1]), borrowed, or None. */
function handled(): HeapObject {
  const h = threadState.handled;
  return h.length === 0 ? S.None : h[h.length - 1]!;
}

/**
 * The pieces for exception `value` (None: "NoneType: None"). `tb` replaces its own
 * traceback at the top level when given (print_exception(type, value, tb)).
 */
function partsFor(
  value: HeapObject,
  tb: HeapObject | undefined,
  limit: number | null,
  chain: boolean,
): string[] {
  if (value === S.None) return ["NoneType: None\n"];
  if (!isInstanceOf(value, T.BaseException)) {
    raise(T.TypeError, `Exception expected for value, ${typeName(value)} found`);
  }
  const st = excState(value)!;
  if (tb === undefined || tb === st.traceback || (tb === S.None && st.traceback === null)) {
    return exceptionParts(value, limit, chain, false);
  }
  // The given traceback for this exception only: its chain keeps their own.
  const saved = st.traceback;
  st.traceback = tb === S.None ? null : tb;
  try {
    return exceptionParts(value, limit, chain, false);
  } finally {
    st.traceback = saved;
  }
}

/** print_exception/format_exception's (exc, /, value, tb) → the exception and traceback. */
function exceptionArgs(
  name: string,
  pos: HeapObject[],
  kw: Map<string, HeapObject>,
): [HeapObject, HeapObject | undefined] {
  if (pos.length === 0) raise(T.TypeError, `${name}() missing required argument 'exc' (pos 1)`);
  const value = argument(pos, kw, 1, "value");
  const tb = argument(pos, kw, 2, "tb");
  if ((value === undefined) !== (tb === undefined)) {
    raise(T.ValueError, "Both or neither of value and tb must be given");
  }
  return value === undefined ? [pos[0]!, undefined] : [value, tb];
}

function truthyFlag(o: HeapObject | undefined, dflt: boolean): boolean {
  return o === undefined ? dflt : truthy(o);
}

/**
 * The entries of the stack from frame `f` outwards, outermost first, at each frame's
 * current line (no markers). extract_stack's `limit` counts from `f`: n ≥ 0 keeps the
 * innermost n, n < 0 the outermost -n.
 */
function stackParts(f: Frame | null, limit: number | null): string[] {
  let frames: (readonly [Frame, TbPosition])[] = [];
  for (let g = f; g !== null; g = g.back) {
    const pos = { lineno: g.lineno, col: -1, endLineno: g.lineno, endCol: -1, anchor: null };
    frames.push([g, pos]);
  }
  if (limit !== null) frames = limit >= 0 ? frames.slice(0, limit) : frames.slice(limit);
  return frameEntries(frames.reverse());
}

/** The frame that print_stack(f) starts from: `f`, or the Python code that called it. */
function startFrame(o: HeapObject | undefined): Frame | null {
  if (o === undefined || o === S.None) return frameStack.current;
  if (o.type.owner !== T.frame)
    raise(T.AttributeError, `'${typeName(o)}' object has no attribute 'f_back'`);
  return o.p0 as Frame;
}

function tracebackOf(o: HeapObject): HeapObject | null {
  if (o === S.None) return null;
  if (o.type !== tracebackContract) {
    raise(T.AttributeError, `'${typeName(o)}' object has no attribute 'tb_frame'`);
  }
  return o;
}

declareModule("traceback", (m) => {
  defineFunction(m, "print_exc", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("print_exc", pos, 0, 3, null);
    const limit = limitOf(argument(pos, kw, 0, "limit"));
    const chain = truthyFlag(argument(pos, kw, 2, "chain"), true);
    printParts(partsFor(handled(), undefined, limit, chain), argument(pos, kw, 1, "file"));
    return none();
  });
  defineFunction(m, "format_exc", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("format_exc", pos, 0, 2, null);
    const limit = limitOf(argument(pos, kw, 0, "limit"));
    const chain = truthyFlag(argument(pos, kw, 1, "chain"), true);
    return newStr(partsFor(handled(), undefined, limit, chain).join(""));
  });
  defineFunction(m, "print_exception", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const [value, tb] = exceptionArgs("print_exception", pos, kw);
    const limit = limitOf(argument(pos, kw, 3, "limit"));
    const chain = truthyFlag(argument(pos, kw, 5, "chain"), true);
    printParts(partsFor(value, tb, limit, chain), argument(pos, kw, 4, "file"));
    return none();
  });
  defineFunction(m, "format_exception", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const [value, tb] = exceptionArgs("format_exception", pos, kw);
    const limit = limitOf(argument(pos, kw, 3, "limit"));
    const chain = truthyFlag(argument(pos, kw, 4, "chain"), true);
    return listOf(partsFor(value, tb, limit, chain));
  });
  defineFunction(m, "format_exception_only", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length === 0) {
      raise(T.TypeError, "format_exception_only() missing required argument 'exc' (pos 1)");
    }
    const value = argument(pos, kw, 1, "value") ?? pos[0]!;
    if (value === S.None) return listOf(["NoneType: None\n"]);
    return listOf([formatExceptionOnly(value)]);
  });
  defineFunction(m, "print_tb", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("print_tb", pos, 1, 3, null);
    const limit = limitOf(argument(pos, kw, 1, "limit"));
    printParts(tracebackEntries(tracebackOf(pos[0]!), limit), argument(pos, kw, 2, "file"));
    return none();
  });
  defineFunction(m, "format_tb", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("format_tb", pos, 1, 2, null);
    const limit = limitOf(argument(pos, kw, 1, "limit"));
    return listOf(tracebackEntries(tracebackOf(pos[0]!), limit));
  });
  defineFunction(m, "print_stack", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("print_stack", pos, 0, 3, null);
    const f = startFrame(argument(pos, kw, 0, "f"));
    const limit = limitOf(argument(pos, kw, 1, "limit"));
    printParts(stackParts(f, limit), argument(pos, kw, 2, "file"));
    return none();
  });
  defineFunction(m, "format_stack", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    range_("format_stack", pos, 0, 2, null);
    const f = startFrame(argument(pos, kw, 0, "f"));
    const limit = limitOf(argument(pos, kw, 1, "limit"));
    return listOf(stackParts(f, limit));
  });
});
