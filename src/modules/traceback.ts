/**
 * The `traceback` module (CPython Lib/traceback.py): printing and formatting exceptions
 * and stacks as the interpreter prints an uncaught exception. The text comes from
 * interp/traceback.ts, in the pieces TracebackException.format yields (format_exception
 * returns them as a list: the header, one string per entry, the exception's line).
 * The frame walkers and the summary classes (walk_tb, walk_stack, extract_tb,
 * extract_stack, StackSummary, FrameSummary, format_list, clear_frames) are module
 * source run at import.
 * NOT-CPYTHON: no TracebackException or print_last; StackSummary.format writes no carets
 * and no captured locals.
 */
import type { HeapObject } from "../engine/index.js";
import { frameStack } from "../interp/code.js";
import { threadState } from "../interp/eval.js";
import { type Frame, type TbPosition, tracebackContract } from "../interp/frame.js";
import {
  exceptionOnlyParts,
  exceptionParts,
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
import { runLibrarySource } from "./library.js";
import { declareModule } from "./registry.js";
import { isNativeStream } from "./streams.js";
import { defineFunction, range_, splitKw } from "./support.js";
import { sysAttr } from "./sys.js";

const LIBRARY = (): string =>
  `
import linecache
import sys as _sys


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = _sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def clear_frames(tb):
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(_sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = _sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()
`;

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

declareModule("traceback", (m, module) => {
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
    return listOf(exceptionOnlyParts(value));
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
  runLibrarySource(module, m, LIBRARY(), "<frozen traceback>");
});
