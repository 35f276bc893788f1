/**
 * Running frames and unwinding (CPython ceval.c: _PyEval_EvalFrameDefault's entry/exit,
 * PyTraceBack_Here, _PyErr_SetObject's context chaining, the recursion limit).
 */
import type { HeapObject } from "../engine/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { none } from "../runtime/objects.js";
import { threadState } from "../runtime/recursion.js";
import { T } from "../runtime/types.js";
import { builtinsHook, type Code, frameStack, SPARE_LOCALS } from "./code.js";
import {
  Frame,
  frameExit,
  frameObjectOf,
  NO_LOCALS,
  type TbPosition,
  tracebackContract,
} from "./frame.js";
import { trace, traceCall, traceException, traceReturn, traceUnwind } from "./trace.js";

export { threadState };

/**
 * Ctrl-C, CPython's eval breaker reduced to one signal: whoever handles SIGINT sets
 * `flag[0]` (the CLI shares it with its main thread through a SharedArrayBuffer) and the
 * program gets KeyboardInterrupt at its next function call or loop back-edge — where
 * CPython 3.11 checks too (RESUME, JUMP_BACKWARD). The poll is one typed-array load.
 */
export const interrupt: { flag: Int32Array } = {
  flag: new Int32Array(new SharedArrayBuffer(4)),
};

/** The poll failed: clear the flag and raise KeyboardInterrupt. */
export function raiseInterrupt(): never {
  Atomics.store(interrupt.flag, 0, 0);
  raise(T.KeyboardInterrupt);
}

/** The poll at a loop's back-edge failed: CPython reports the loop's own line. */
export function interruptAt(f: Frame, line: number): never {
  f.lineno = line;
  raiseInterrupt();
}

/** Run a frame's code; the frame's locals are released (or handed to its frame object). */
export function runFrame(f: Frame): HeapObject {
  if (++threadState.depth > threadState.recursionLimit) recursionError(f);
  const st = frameStack;
  const savedTop = st.top;
  const savedPooled = st.pooled;
  st.enter(f);
  try {
    return runBody(f);
  } catch (e) {
    throw leavingWith(f, e);
  } finally {
    st.leave(savedTop, savedPooled);
    threadState.depth--;
    if (f.frameObject !== null) frameExit(f, f.back);
    else f.clear();
  }
}

/**
 * A call of a plain code (Code.plainEntry) on `locals` (owned) in the depth's pooled
 * frame: runFrame's steps, then the caller's — its traceback entry at `pos` if the call
 * raises — and the release of the function `fn` (owned: the frame's f_func, as CALL
 * moves the caller's reference into the frame). Code.enter passes no caller.
 *
 * Written out as one function, with the frame's reuse and the release of its locals
 * inline: a program's first calls run in V8's interpreter, where each helper call costs
 * as much as the work it does.
 */
export function callPooled(
  caller: Frame | null,
  fn: HeapObject | null,
  code: Code,
  globals: HeapObject,
  locals: (HeapObject | null)[],
  pos: TbPosition | null,
): HeapObject {
  // The caller's frame, and how frameStack records it (see FrameStack).
  const st = frameStack;
  const framePool = st.pool;
  const backPooled = st.pooled;
  try {
    const depth = threadState.depth + 1;
    const back = backPooled >= 0 ? framePool[backPooled]! : st.top;
    let f = framePool[depth];
    if (f === undefined || f.busy) {
      f = new Frame(code, globals, globals.p0 as DictStore, builtinsHook.store, back, locals);
      framePool[depth] = f;
    } else {
      // (Calls at one depth are often of one code, from one caller: what is already
      // there is not stored again. The globals' store is compared itself: a returned
      // call's frame holds no reference, and a freed dict's header and store are reused
      // apart from each other.)
      if (f.code !== code) f.code = code;
      if (f.globals !== globals) f.globals = globals;
      const gstore = globals.p0 as DictStore;
      if (f.gstore !== gstore) f.gstore = gstore;
      f.bstore = builtinsHook.store;
      if (f.back !== back) f.back = back;
      f.locals = locals;
      f.lineno = 0;
    }
    f.busy = true;
    threadState.depth = depth;
    if (depth > threadState.recursionLimit) {
      f.busy = false;
      recursionError(f);
    }
    st.pooled = depth;
    try {
      if (interrupt.flag[0] !== 0) raiseInterrupt();
      if (trace.on) traceCall(f, true);
      code.body(f);
      let r = f.retval;
      f.retval = null;
      if (r === null) r = none();
      if (trace.on) tracedReturn(f, r);
      return r;
    } catch (e) {
      throw leavingWith(f, e);
    } finally {
      // (Frames that are not pooled calls' put `top` back themselves: FrameStack.enter.)
      st.pooled = backPooled;
      threadState.depth--;
      if (f.frameObject !== null) {
        frameExit(f, back);
        // A frame object that outlives the call keeps the frame, and the frame its
        // function (f_func), until the object goes.
        if (f.ownedByObject && fn !== null) {
          f.func = fn;
          fn = null;
        }
      } else {
        const used = f.locals;
        if (f.localsDict === null && f.tr === null) {
          // Frame.clear for the commonest frame: the locals in slot order, nothing else.
          f.locals = NO_LOCALS;
          for (let i = 0; i < used.length; i++) {
            const v = used[i]!;
            if (v !== null) {
              used[i] = null;
              if (--v.refcnt === 0) heap.dealloc(v);
            }
          }
        } else f.clear();
        // The emptied array waits for the code's next call (Code.takeLocals).
        const n = code.spareCount;
        if (n < SPARE_LOCALS && used.length !== 0) {
          code.spareLocals[n] = used;
          code.spareCount = n + 1;
        }
      }
      // Nothing holds a frame that returned without a frame object: the next call takes it.
      f.busy = f.frameObject !== null;
    }
  } catch (e) {
    throw caller === null ? e : noteUnwind(e, caller, pos);
  } finally {
    if (fn !== null && --fn.refcnt === 0) heap.dealloc(fn);
  }
}

/** The error an exception leaving frame `f` becomes: its traceback entry, the trace event. */
function leavingWith(f: Frame, e: unknown): unknown {
  const err = noteUnwind(e, f, null);
  return trace.on ? traceUnwind(f, err) : err;
}

/** The part of running a frame that may raise: the interrupt poll, trace events, the body. */
function runBody(f: Frame): HeapObject {
  if (interrupt.flag[0] !== 0) raiseInterrupt();
  if (trace.on) traceCall(f, true);
  f.code.body(f);
  let r = f.retval;
  f.retval = null;
  if (r === null) r = none();
  if (trace.on) tracedReturn(f, r);
  return r;
}

function recursionError(f: Frame): never {
  threadState.depth--;
  f.clear();
  raise(T.RecursionError, "maximum recursion depth exceeded");
}

/** The return event of a traced frame; on error the return value is released. */
function tracedReturn(f: Frame, r: HeapObject): void {
  try {
    traceReturn(f, r);
  } catch (e) {
    decref(r);
    throw e;
  }
}

/**
 * An exception passes through frame `f` (at `pos`, when known): add the traceback entry
 * for `f` once, chain __context__, and turn JavaScript stack exhaustion into RecursionError.
 * A `raise` statement passes `raised`: each raise adds an entry (PyTraceBack_Here at the
 * eval loop's error label), in front of those the exception already has — also when the
 * newest is this frame's, as for `raise e` of an exception caught in the same frame.
 */
export function noteUnwind(e: unknown, f: Frame, pos: TbPosition | null, raised = false): unknown {
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    e = new PyRaise(makeException(T.RecursionError, "maximum recursion depth exceeded"));
  } else if (
    e instanceof RangeError &&
    /^(Invalid (string|array|typed array) length|Maximum BigInt size exceeded)/.test(e.message)
  ) {
    // NOT-CPYTHON: a JavaScript size limit the explicit checks missed (an array, a string,
    // an int past V8's 2**30 bits); CPython's malloc would have failed (PyErr_NoMemory).
    e = new PyRaise(makeException(T.MemoryError, ""));
  }
  if (!(e instanceof PyRaise)) return e;
  const st = excState(e.exc);
  if (st === null) return e;
  const head = st.traceback;
  if (!raised && head !== null && f.frameObject !== null && head.p1 === f.frameObject) return e;
  chainContext(e.exc);
  const frameObj = frameObjectOf(f);
  const position = pos ?? {
    lineno: f.lineno,
    col: -1,
    endLineno: f.lineno,
    endCol: -1,
    anchor: null,
  };
  const tb = heap.alloc(tracebackContract, head, frameObj, position);
  heap.track(tb);
  st.traceback = tb;
  if (trace.on) return traceException(f, e, position.lineno);
  return e;
}

function makeException(type: HeapObject, msg: string): HeapObject {
  try {
    raise(type, msg);
  } catch (e) {
    // (out of JavaScript stack while making it: the RangeError goes on to a caller's
    // noteUnwind, which has more room)
    if (!(e instanceof PyRaise)) throw e;
    return e.exc;
  }
}

/** _PyErr_SetObject: a new exception raised while another is handled gets __context__. */
export function chainContext(exc: HeapObject): void {
  const handled = threadState.handled;
  if (handled.length === 0) return;
  const ctx = handled[handled.length - 1]!;
  if (ctx === exc) return;
  const st = excState(exc)!;
  if (st.context !== null) return;
  // Avoid a cycle in the context chain.
  for (let o: HeapObject | null = ctx; o !== null; o = excState(o)?.context ?? null) {
    const os = excState(o)!;
    if (os.context === exc) {
      decref(exc);
      os.context = null;
      break;
    }
  }
  incref(ctx);
  st.context = ctx;
}
