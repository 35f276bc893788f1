/**
 * The `atexit` module (CPython Modules/atexitmodule.c).
 *
 * Technique: one list of callbacks for the whole interpreter, as CPython keeps one in the
 * interpreter state: `atexit.register` appends to it, and so does `weakref.finalize` the
 * first time it is used (it registers its `_exitfunc` through `registerExit`), so user
 * handlers and finalizers run in one last-in-first-out order, interleaved by registration
 * time. `unregister` leaves a hole (CPython's NULL slot), so `_ncallbacks` still counts
 * it. Callbacks registered while the list runs are not called. An exception from a
 * callback — SystemExit and KeyboardInterrupt included — is reported as unraisable
 * ("Exception ignored in atexit callback: <repr>") and the next callback runs.
 * NOT-CPYTHON: `_ncallbacks()` starts at 0; CPython's site machinery registers one
 * callback at start-up.
 */
import type { HeapObject } from "../engine/index.js";
import { call, callable, pyEq, repr } from "../runtime/abstract.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { newInt, none } from "../runtime/objects.js";
import { T } from "../runtime/types.js";
import { stderr } from "./io.js";
import { declareModule } from "./registry.js";
import { defineFunction, exactly, splitKw } from "./support.js";
import { writeUnraisable } from "./unraisable.js";

interface Callback {
  func: HeapObject;
  args: HeapObject[];
  kwnames: string[];
  kwvalues: HeapObject[];
}

/** The interpreter's atexit callbacks, oldest first; null where one was unregistered. */
const callbacks: (Callback | null)[] = [];

/** atexit.register's core: keeps new references to `func` and the arguments (borrowed). */
export function registerExit(
  func: HeapObject,
  args: HeapObject[] = [],
  kw: Map<string, HeapObject> = new Map(),
): void {
  incref(func);
  for (const a of args) incref(a);
  for (const v of kw.values()) incref(v);
  callbacks.push({ func, args: [...args], kwnames: [...kw.keys()], kwvalues: [...kw.values()] });
}

function release(cb: Callback): void {
  decref(cb.func);
  for (const a of cb.args) decref(a);
  for (const v of cb.kwvalues) decref(v);
}

/**
 * CPython atexit_callfuncs: call the callbacks newest first, report their errors, then
 * forget them all. Called by Py_FinalizeEx (src/api/run.ts) and `_run_exitfuncs`.
 */
export function runExitFuncs(): void {
  for (let i = callbacks.length - 1; i >= 0; i--) {
    const cb = callbacks[i];
    if (cb === null || cb === undefined) continue;
    incref(cb.func);
    for (const a of cb.args) incref(a);
    for (const v of cb.kwvalues) incref(v);
    try {
      decref(
        call(cb.func, [...cb.args, ...cb.kwvalues], cb.kwnames.length > 0 ? cb.kwnames : null),
      );
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      writeUnraisable(e.exc, "Exception ignored in atexit callback", cb.func);
    } finally {
      decref(cb.func);
    }
  }
  clearExitFuncs();
}

function clearExitFuncs(): void {
  const all = callbacks.splice(0, callbacks.length);
  for (const cb of all) if (cb !== null) release(cb);
}

declareModule("atexit", (m) => {
  defineFunction(m, "register", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length === 0) {
      raise(T.TypeError, "register() takes at least 1 argument (0 given)");
    }
    const func = pos[0]!;
    if (!callable(func)) raise(T.TypeError, "the first argument must be callable");
    registerExit(func, pos.slice(1), kw);
    incref(func);
    return func;
  });
  defineFunction(m, "unregister", (args, kw) => {
    exactly("unregister", args, 1, kw);
    for (let i = 0; i < callbacks.length; i++) {
      const cb = callbacks[i];
      if (cb === null || cb === undefined) continue;
      if (cb.func === args[0]! || pyEq(cb.func, args[0]!)) {
        callbacks[i] = null;
        release(cb);
      }
    }
    return none();
  });
  defineFunction(m, "_run_exitfuncs", (args, kw) => {
    exactly("_run_exitfuncs", args, 0, kw);
    runExitFuncs();
    return none();
  });
  defineFunction(m, "_clear", (args, kw) => {
    exactly("_clear", args, 0, kw);
    clearExitFuncs();
    return none();
  });
  defineFunction(m, "_ncallbacks", (args, kw) => {
    exactly("_ncallbacks", args, 0, kw);
    return newInt(callbacks.length);
  });
});
