/**
 * Generator objects (CPython Objects/genobject.c).
 *
 * A generator function's body is compiled to a JavaScript generator (`Code.genBody`): a
 * Python `yield` is a JS `yield` of the (owned) value, and `send(v)` resumes it with `v`.
 * The generator object owns its suspended frame's locals (its traverse visits them, so
 * cycles through suspended generators are found). PEP 442: a generator that dies while
 * suspended is closed by its finalizer — GeneratorExit is thrown in, `finally` blocks run.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import { isInstanceOf } from "../runtime/abstract.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { newException } from "../runtime/excmembers.js";
import { decref, heap, incref } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { none } from "../runtime/objects.js";
import { S, T } from "../runtime/types.js";
import { type Code, frameStack, type Signal } from "./code.js";
import { noteUnwind, threadState } from "./eval.js";
import { type Frame, leaveFrame } from "./frame.js";
import { codeObjectOf } from "./frameattrs.js";
import { trace, traceCall, traceReturn, traceUnwind } from "./trace.js";

export type GenBody = (f: Frame) => Generator<HeapObject, Signal, HeapObject>;

export class GenState {
  it: Generator<HeapObject, Signal, HeapObject> | null = null;
  running = false;
  finished = false;
  /** The exceptions its suspended handlers are handling (gi_exc_state), saved at a yield. */
  handled: HeapObject[] = [];
  /** gi_code, and the suspended frame's f_code while there is a frame (strong references). */
  readonly codeObject: HeapObject;
  frameCode: HeapObject | null;
  constructor(
    public frame: Frame | null,
    public code: Code,
    public name: HeapObject,
    public qualname: HeapObject,
  ) {
    this.codeObject = codeObjectOf(code);
    this.frameCode = codeObjectOf(code);
  }
}

function traverseGen(obj: HeapObject, visit: (o: HeapObject) => void): void {
  const st = obj.p0 as GenState;
  // gen_traverse's order: gi_code, gi_name, gi_qualname, then the frame's f_func, f_code
  // and its locals.
  visit(st.codeObject);
  visit(st.name);
  visit(st.qualname);
  const f = st.frame;
  if (f === null) return;
  if (f.func !== null) visit(f.func);
  if (st.frameCode !== null) visit(st.frameCode);
  for (const v of f.locals) if (v !== null) visit(v);
  for (const c of f.cells) visit(c);
}

function releaseFrame(st: GenState): void {
  const f = st.frame;
  if (f === null) return;
  st.frame = null;
  leaveFrame(f, null);
  const code = st.frameCode;
  st.frameCode = null;
  if (code !== null) decref(code);
}

export const generatorContract = new ObjectType({
  name: "generator",
  gc: true,
  weakrefable: true,
  basicSize: 200,
  traverse: traverseGen,
  // _PyGen_Finalize: close a generator that has not finished — 3.11's gen_close throws
  // GeneratorExit into one that never started too, which ends it at once: its frame lets
  // go of its arguments while the finalizer runs (a cycle through them is then freed by
  // reference counting, and gc.collect() does not count it).
  finalize: (obj) => {
    const st = obj.p0 as GenState;
    if (st.finished) return;
    genClose(obj);
  },
  dealloc: (obj) => {
    const st = obj.p0 as GenState;
    releaseFrame(st);
    decref(st.codeObject);
    decref(st.name);
    decref(st.qualname);
    return undefined;
  },
});

/** A new generator for a frame whose arguments are bound. */
export function newGenerator(
  code: Code,
  f: Frame,
  name: HeapObject,
  qualname: HeapObject,
): HeapObject {
  incref(name);
  incref(qualname);
  const gen = heap.alloc(generatorContract, new GenState(f, code, name, qualname));
  heap.track(gen);
  return gen;
}

export type Resume = { done: false; value: HeapObject } | { done: true; value: HeapObject };

/**
 * gen_send_ex: resume with `sent` (owned; null means None) or by throwing `thrown` in.
 * Returns the yielded value, or done with the return value (both owned).
 */
export function genResume(
  gen: HeapObject,
  sent: HeapObject | null,
  thrown: PyRaise | null = null,
): Resume {
  const st = gen.p0 as GenState;
  if (st.running) {
    if (sent !== null) decref(sent);
    raise(T.ValueError, "generator already executing");
  }
  if (st.finished) {
    if (sent !== null) decref(sent);
    if (thrown !== null) throw thrown;
    return { done: true, value: none() };
  }
  const f = st.frame!;
  const entry = st.it === null;
  if (st.it === null) {
    if (sent !== null && sent !== S.None && thrown === null) {
      decref(sent);
      raise(T.TypeError, "can't send non-None value to a just-started generator");
    }
    if (thrown !== null) {
      // Throwing into a generator that never started: it finishes at once.
      st.finished = true;
      releaseFrame(st);
      throw thrown;
    }
  }
  if (++threadState.depth > threadState.recursionLimit) {
    // The frame fails its recursion check as it starts: the exception leaves it, so the
    // generator is finished (nothing for its finalizer to close).
    threadState.depth--;
    if (sent !== null) decref(sent);
    st.finished = true;
    releaseFrame(st);
    raise(T.RecursionError, "maximum recursion depth exceeded");
  }
  st.it ??= st.code.genBody!(f);
  st.running = true;
  // The generator's exception state goes on top of the caller's while it runs and is
  // taken off again when it yields (an `except` block suspended at a yield).
  const handled = threadState.handled;
  const base = handled.length;
  if (st.handled.length > 0) {
    for (const e of st.handled) handled.push(e);
    st.handled = [];
  }
  const fs = frameStack;
  const savedTop = fs.top;
  const savedPooled = fs.pooled;
  f.back = fs.current;
  fs.enter(f);
  let r: IteratorResult<HeapObject, Signal>;
  try {
    if (trace.on) traceCall(f, entry);
    r = thrown !== null ? st.it.throw(thrown) : st.it.next(sent ?? none());
    if (trace.on) traceYieldOrReturn(f, r);
  } catch (e) {
    st.finished = true;
    let err = noteUnwind(e, f, null);
    if (trace.on) err = traceUnwind(f, err);
    if (err instanceof PyRaise && isInstanceOf(err.exc, T.StopIteration)) {
      // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
      const cause = err.exc;
      try {
        raise(T.RuntimeError, "generator raised StopIteration");
      } catch (re) {
        const st2 = excState((re as PyRaise).exc)!;
        st2.cause = cause;
        st2.suppressContext = true;
        err = re;
      }
    }
    throw err;
  } finally {
    st.running = false;
    if (handled.length > base) {
      const mine = handled.splice(base);
      if (!st.finished) st.handled = mine;
    }
    fs.leave(savedTop, savedPooled);
    threadState.depth--;
    if (st.finished) releaseFrame(st);
  }
  if (r.done) {
    st.finished = true;
    const value = f.retval ?? none();
    f.retval = null;
    releaseFrame(st);
    return { done: true, value };
  }
  return { done: false, value: r.value };
}

/** The 'return' event of a yield (the value) or of the generator's end (its result). */
function traceYieldOrReturn(f: Frame, r: IteratorResult<HeapObject, Signal>): void {
  const value = r.done ? (f.retval ?? S.None) : r.value;
  try {
    traceReturn(f, value);
  } catch (e) {
    if (!r.done) decref(r.value);
    throw e;
  }
}

/** next(gen): the next value, or null when exhausted. */
export function genNext(gen: HeapObject): HeapObject | null {
  const r = genResume(gen, null);
  if (r.done) {
    decref(r.value);
    return null;
  }
  return r.value;
}

/** gen.send(v): the next value; StopIteration(value) when the generator returns. */
export function genSend(gen: HeapObject, v: HeapObject): HeapObject {
  incref(v);
  const r = genResume(gen, v);
  if (r.done) stopIteration(r.value);
  return r.value;
}

/** _PyGen_SetStopIterationValue: StopIteration(value), taking the caller's `value`. */
export function stopIteration(value: HeapObject): never {
  if (value === S.None) {
    decref(value);
    raise(T.StopIteration);
  }
  try {
    throw new PyRaise(newException(T.StopIteration!, [value]));
  } finally {
    decref(value);
  }
}

export const tupleHook = { make: null as unknown as (items: HeapObject[]) => HeapObject };

/** gen.throw(exc): raise it at the suspension point. */
export function genThrow(gen: HeapObject, exc: HeapObject): HeapObject {
  incref(exc);
  const r = genResume(gen, null, new PyRaise(exc));
  if (r.done) stopIteration(r.value);
  return r.value;
}

/** gen.close(): throw GeneratorExit in; it must not yield again. */
export function genClose(gen: HeapObject): void {
  const st = gen.p0 as GenState;
  if (st.finished) return;
  if (st.it === null) {
    st.finished = true;
    releaseFrame(st);
    return;
  }
  let exc: HeapObject;
  try {
    raise(T.GeneratorExit);
  } catch (e) {
    exc = (e as PyRaise).exc;
  }
  let r: Resume;
  try {
    r = genResume(gen, null, new PyRaise(exc!));
  } catch (e) {
    if (
      e instanceof PyRaise &&
      (isInstanceOf(e.exc, T.GeneratorExit) || isInstanceOf(e.exc, T.StopIteration))
    ) {
      decref(e.exc);
      return;
    }
    throw e;
  }
  decref(r.value);
  if (!r.done) raise(T.RuntimeError, "generator ignored GeneratorExit");
}
