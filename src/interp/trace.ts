/**
 * sys.settrace / sys.setprofile (CPython Python/ceval.c call_trace, call_exc_trace,
 * maybe_call_line_trace; Python/sysmodule.c trace_trampoline, profile_trampoline;
 * Objects/frameobject.c PyFrame_FastToLocals / PyFrame_LocalsToFast).
 *
 * The evaluator checks `trace.on` (one property load) at each statement, loop back-edge,
 * call and return; everything else lives here and runs only while a trace or profile
 * function is installed.
 *
 * Line events follow 3.11's rule: an event when execution reaches a line different from
 * the line of the previous instruction (`Frame.lineno`), or jumps backwards; the first
 * instruction after a function's entry always reports its line. The evaluator calls
 * `traceLine` where CPython's instructions change line (statement starts, the bottom test of
 * a `while`, a `with` statement's exit, an `except` clause's match) and `traceJump` where
 * they jump backwards (the next iteration of a `for` loop or comprehension, `continue`).
 */
import type { HeapObject } from "../engine/index.js";
import { callBorrowed } from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise } from "../runtime/errors.js";
import { decref, incref, xdecref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { newDict, newStr, newTuple } from "../runtime/objects.js";
import { S } from "../runtime/types.js";
import { type Frame, frameObjectOf, TraceData } from "./frame.js";

export const trace = {
  /** A trace or profile function is installed (cframe.use_tracing): the hot-path check. */
  on: false,
  /** sys.settrace's function (tstate->c_traceobj), owned. */
  func: null as HeapObject | null,
  /** sys.setprofile's function (tstate->c_profileobj), owned. */
  profile: null as HeapObject | null,
  /** Nonzero while a trace or profile function runs (tstate->tracing). */
  busy: 0,
};

export function traceData(f: Frame): TraceData {
  let tr = f.tr;
  if (tr === null) {
    tr = new TraceData();
    f.tr = tr;
  }
  return tr;
}

const CALL = 0;
const EXCEPTION = 1;
const LINE = 2;
const RETURN = 3;
const eventNames = ["call", "exception", "line", "return"];
let eventStrs: HeapObject[] | null = null;

function eventStr(what: number): HeapObject {
  if (eventStrs === null) {
    // Interned for the life of the interpreter, as CPython's whatstrings.
    eventStrs = eventNames.map((n) => newStr(n));
  }
  return eventStrs[what]!;
}

/** sys.settrace(fn) / sys.settrace(None): `fn` borrowed (null for None). */
export function setTrace(fn: HeapObject | null): void {
  if (fn !== null) incref(fn);
  const old = trace.func;
  trace.func = fn;
  trace.on = trace.func !== null || trace.profile !== null;
  xdecref(old);
}

/** sys.setprofile(fn) / sys.setprofile(None): `fn` borrowed (null for None). */
export function setProfile(fn: HeapObject | null): void {
  if (fn !== null) incref(fn);
  const old = trace.profile;
  trace.profile = fn;
  trace.on = trace.func !== null || trace.profile !== null;
  xdecref(old);
}

/** The code object's local names in CPython's co_localsplusnames order, with their values. */
function localsOf(f: Frame): [string, HeapObject | null][] {
  const code = f.code;
  const out: [string, HeapObject | null][] = [];
  const cellOf = new Map<string, HeapObject>();
  code.cellvars.forEach((n, i) => {
    const c = f.cells[i];
    if (c !== undefined) cellOf.set(n, c);
  });
  for (let i = 0; i < code.varnames.length; i++) {
    const name = code.varnames[i]!;
    const cell = cellOf.get(name);
    const v = cell !== undefined ? (cell.p0 as HeapObject | null) : (f.locals[i] ?? null);
    out.push([name, v]);
  }
  for (const name of code.cellvars) {
    if (code.varnames.includes(name)) continue;
    const cell = cellOf.get(name);
    out.push([name, cell === undefined ? null : (cell.p0 as HeapObject | null)]);
  }
  const nc = code.cellvars.length;
  code.freevars.forEach((name, i) => {
    const cell = f.cells[nc + i];
    out.push([name, cell === undefined ? null : (cell.p0 as HeapObject | null)]);
  });
  return out;
}

/** Is this a function frame (fast locals), not a module or class body? */
function optimized(f: Frame): boolean {
  return f.ns === null;
}

/**
 * PyFrame_FastToLocals + frame.f_locals (and locals()): a module or class body's namespace,
 * or a function frame's dict, made once per frame and refreshed from its fast locals and
 * cells. A new reference.
 */
export function frameLocals(f: Frame): HeapObject {
  if (!optimized(f)) {
    const d = f.nsObj ?? f.globals;
    incref(d);
    return d;
  }
  if (f.localsDict === null) f.localsDict = newDict();
  const d = f.localsDict;
  if (f.locals.length === f.code.nlocals) {
    const store = d.p0 as DictStore;
    for (const [name, v] of localsOf(f)) {
      const key = newStr(name);
      if (v === null) store.delete(key);
      else store.set(key, v);
      decref(key);
    }
  }
  incref(d);
  return d;
}

/** PyFrame_LocalsToFast(frame, 1): write the snapshot dict back into the fast locals. */
function localsToFast(f: Frame): void {
  if (!optimized(f) || f.localsDict === null) return;
  const store = f.localsDict.p0 as DictStore;
  const code = f.code;
  const cellOf = new Map<string, HeapObject>();
  code.cellvars.forEach((n, i) => {
    const c = f.cells[i];
    if (c !== undefined) cellOf.set(n, c);
  });
  const nc = code.cellvars.length;
  code.freevars.forEach((n, i) => {
    const c = f.cells[nc + i];
    if (c !== undefined) cellOf.set(n, c);
  });
  const names = [
    ...code.varnames,
    ...code.cellvars.filter((n) => !code.varnames.includes(n)),
    ...code.freevars,
  ];
  for (const name of names) {
    const value = store.getStr(name) ?? null;
    const cell = cellOf.get(name);
    if (cell !== undefined) {
      const old = cell.p0 as HeapObject | null;
      if (value !== old) {
        if (value !== null) incref(value);
        cell.p0 = value;
        xdecref(old);
      }
      continue;
    }
    const i = code.varnames.indexOf(name);
    if (i < 0 || i >= f.locals.length) continue;
    const old = f.locals[i] ?? null;
    if (value !== old) {
      if (value !== null) incref(value);
      f.locals[i] = value;
      xdecref(old);
    }
  }
}

/**
 * call_trampoline: call `fn(frame, event, arg)`. When the frame's f_locals has been read
 * (Frame.fastAsLocals), the dict is refreshed from the fast locals before and written
 * back after (PyFrame_LocalsToFast, which clears the mark); otherwise no dict is made.
 */
function callTraceFunction(f: Frame, fn: HeapObject, what: number, arg: HeapObject): HeapObject {
  const frameObj = frameObjectOf(f);
  trace.busy++;
  try {
    if (f.fastAsLocals) decref(frameLocals(f));
    try {
      return callBorrowed(fn, [frameObj, eventStr(what), arg]);
    } finally {
      if (f.fastAsLocals) {
        localsToFast(f);
        f.fastAsLocals = false;
      }
    }
  } finally {
    trace.busy--;
    decref(frameObj);
  }
}

/** trace_trampoline: 'call' goes to the global function, the rest to the frame's f_trace. */
function traceEvent(f: Frame, what: number, arg: HeapObject): void {
  const fn = what === CALL ? trace.func : (f.tr?.func ?? null);
  if (fn === null) return;
  let result: HeapObject;
  try {
    result = callTraceFunction(f, fn, what, arg);
  } catch (e) {
    setTrace(null);
    const tr = f.tr;
    if (tr !== null) {
      const old = tr.func;
      tr.func = null;
      xdecref(old);
    }
    throw e;
  }
  if (result === S.None) {
    decref(result);
    return;
  }
  const tr = traceData(f);
  const old = tr.func;
  tr.func = result;
  xdecref(old);
}

/** profile_trampoline: the profile function sees call and return; its result is dropped. */
function profileEvent(f: Frame, what: number, arg: HeapObject): void {
  const fn = trace.profile!;
  try {
    decref(callTraceFunction(f, fn, what, arg));
  } catch (e) {
    setProfile(null);
    throw e;
  }
}

/**
 * A frame starts (entry) or resumes (a generator): the 'call' event. On entry the frame is
 * at its first line (the def, or its first decorator; line 0 for module code, whose
 * RESUME has no line) and its first line always reports.
 */
export function traceCall(f: Frame, entry: boolean): void {
  if (trace.busy !== 0) return;
  if (entry) {
    const code = f.code;
    f.lineno = code.name === "<module>" && !code.optimized ? 0 : code.firstlineno;
    traceData(f).force = true;
  }
  if (trace.func !== null) traceEvent(f, CALL, S.None);
  if (trace.profile !== null && trace.busy === 0) profileEvent(f, CALL, S.None);
}

/** Execution reaches `line` going forward: a 'line' event if the line changes. */
export function traceLine(f: Frame, line: number): void {
  const tr = f.tr;
  if (tr === null) {
    f.lineno = line;
    return;
  }
  const fire = tr.force || line !== f.lineno;
  tr.force = false;
  f.lineno = line;
  if (fire && tr.func !== null && tr.lines && trace.func !== null && trace.busy === 0)
    traceEvent(f, LINE, S.None);
}

/** A backward jump to `line` (the next loop iteration): always a 'line' event. */
export function traceJump(f: Frame, line: number): void {
  const tr = f.tr;
  if (tr !== null) tr.force = true;
  traceLine(f, line);
}

/** The next line reached is the target of a backward jump (a `while` body). */
export function traceJumpNext(f: Frame): void {
  const tr = f.tr;
  if (tr !== null) tr.force = true;
}

/** The frame returns `value` (borrowed), or yields it: the 'return' event. */
export function traceReturn(f: Frame, value: HeapObject): void {
  if (trace.busy !== 0) return;
  if (trace.func !== null && f.tr?.func) traceEvent(f, RETURN, value);
  if (trace.profile !== null && trace.busy === 0) profileEvent(f, RETURN, value);
}

/**
 * An exception passes through frame `f` (call_exc_trace, where the traceback entry is
 * added): the 'exception' event with (type, value, traceback). Returns the error to go on
 * with: the same, or the trace function's own error, which replaces it.
 */
export function traceException(f: Frame, err: PyRaise, lineno: number): unknown {
  if (trace.busy !== 0 || trace.func === null || !f.tr?.func) return err;
  f.lineno = lineno;
  try {
    exceptionEvent(f, err.exc);
  } catch (e) {
    decref(err.exc);
    return e;
  }
  return err;
}

/** The 'exception' event for `exc` (borrowed) in frame `f`; a tracer error propagates. */
export function exceptionEvent(f: Frame, exc: HeapObject): void {
  if (trace.busy !== 0 || trace.func === null || !f.tr?.func) return;
  const type = exc.type.owner as HeapObject;
  incref(type);
  incref(exc);
  const tb = excState(exc)?.traceback ?? S.None;
  incref(tb);
  const arg = newTuple([type, exc, tb]);
  try {
    traceEvent(f, EXCEPTION, arg);
  } finally {
    decref(arg);
  }
}

/**
 * The frame is left by an exception (TRACE_FUNCTION_UNWIND): 'return' with None. An error
 * from the trace function replaces the one unwinding.
 */
export function traceUnwind(f: Frame, err: unknown): unknown {
  if (!(err instanceof PyRaise)) return err;
  try {
    traceReturn(f, S.None);
  } catch (e) {
    decref(err.exc);
    return e;
  }
  return err;
}
