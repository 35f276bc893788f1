/**
 * Code objects: a compiled function body and how a call binds its arguments
 * (CPython ceval.c: initialize_locals, _PyEval_Vector, MAKE_CELL / COPY_FREE_VARS).
 *
 * `invoke` consumes the argument references: positional arguments move straight into the
 * callee's fast locals, as 3.11's eval loop moves them off the caller's stack, so inside
 * `def f(a)` the argument has exactly the references CPython's has.
 */
import type { HeapObject } from "../engine/index.js";
import { type CodeLike, type FunctionData, storeSelfAndArgs } from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { internedName, newCell, newDict, newStr, newTuple } from "../runtime/objects.js";
import { S, T } from "../runtime/types.js";
import { callPooled, runFrame } from "./eval.js";
import { Frame, newLocals } from "./frame.js";

export type Signal = number;
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type Stmt = (f: Frame) => Signal;

/** How many cleared locals arrays a code keeps for its next calls (Code.takeLocals). */
export const SPARE_LOCALS = 64;

export class Code implements CodeLike {
  /** The compiled body. */
  body: Stmt = () => NORMAL;
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  hasVarargs = false;
  hasVarkw = false;
  nlocals = 0;
  /** Source lines of the file (for tracebacks). */
  lines: string[] = [];
  isGenerator = false;
  /** A function's code (CO_OPTIMIZED | CO_NEWLOCALS), and one nested in a function (CO_NESTED). */
  optimized = false;
  nested = false;
  /** Generator functions: the body as a JS generator (see genobject.ts). */
  genBody: ((f: Frame) => Generator<HeapObject, Signal, HeapObject>) | null = null;
  /** Cell variables that are also parameters: [cell index, local slot]. */
  cellArgs: [number, number][] = [];
  /** The Python code object (frameattrs.ts), made on first request. */
  pyObject: HeapObject | null = null;
  /**
   * The `from __future__` features the code was compiled with, as co_flags bits
   * (CO_FUTURE_ANNOTATIONS); compile(), exec() and eval() pass them on to what they compile.
   */
  futureFlags = 0;
  /**
   * Tracebacks read this code's source lines from the file it names, as linecache does,
   * not from `lines`: code compile() made (its source need not be that file's).
   */
  linesFromFile = false;
  /**
   * Module code that compile(), exec() or eval() made: the references its code object
   * owns — co_consts', and those of the constants only the parse arena held — released
   * when that object goes (frameattrs.ts). Null for code that lives as long as the
   * program (the main module's, an imported module's, every function's).
   */
  owned: HeapObject[] | null = null;
  /** Codes whose code objects are constants of this one (functions, classes, lambdas). */
  children: Code[] = [];
  /**
   * The code object this code's parent held as a constant has gone (see codeObjectOf):
   * only functions made from this code stand behind its code object now.
   */
  parentGone = false;

  constructor(
    public name: string,
    public qualname: string,
    public filename: string,
    public firstlineno: number,
  ) {}

  /**
   * The code has cell or free variables (MAKE_CELL / COPY_FREE_VARS run on entry).
   * Computed on the first call, when the code object is complete.
   */
  get hasCells(): boolean {
    let c = this.hasCellsCache;
    if (c === 0) {
      c = this.cellvars.length + this.freevars.length > 0 ? 1 : 2;
      this.hasCellsCache = c;
    }
    return c === 1;
  }
  /** 0 not known yet, 1 yes, 2 no. */
  private hasCellsCache = 0;

  /**
   * The number of positional arguments a call may pass straight into the fast locals
   * (no keyword-only parameters, no *args/**kwargs), or -1; -2 until the first call
   * (invoke), when the code object is complete. A plain field: call sites compare it on
   * every call, and a call that finds -2 goes through invoke.
   */
  fastArity = -2;
  /**
   * Set with fastArity: entering the code is only making its frame and running it (no
   * cells, not a generator).
   */
  plainEntry = false;

  /**
   * Set with fastArity: the only parameter besides the positional ones is *args (no
   * keyword-only ones, no **kwargs): a call with at least the positional ones passes
   * the rest as a tuple in the next local, and a plain code runs in a pooled frame too.
   */
  varargsEntry = false;

  /** Decide fastArity, plainEntry and varargsEntry (the first call). */
  private settle(): void {
    this.fastArity =
      this.kwonlyargcount === 0 && !this.hasVarargs && !this.hasVarkw ? this.argcount : -1;
    this.plainEntry = !this.isGenerator && !this.hasCells;
    this.varargsEntry = this.kwonlyargcount === 0 && this.hasVarargs && !this.hasVarkw;
  }

  /**
   * Fast locals for a call of this code, all unbound: one a returned call left (see
   * callPooled), else new. Up to SPARE_LOCALS wait here, enough for recursion of that depth.
   */
  takeLocals(): (HeapObject | null)[] {
    const n = this.spareCount;
    if (n === 0) return newLocals(this.nlocals);
    this.spareCount = n - 1;
    return this.spareLocals[n - 1]!;
  }
  /**
   * Cleared fast locals of returned calls that nothing holds: the first spareCount
   * (a counted stack: push and pop would have V8 resize the array's store). callPooled
   * gives them back.
   */
  readonly spareLocals: (HeapObject | null)[][] = [];
  spareCount = 0;

  invoke(func: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
    func.refcnt++; // the frame's f_func (_PyEval_Vector's INCREF)
    return this.invokeOwned(func, args, kwnames);
  }

  invokeOnSelf(func: HeapObject, self: HeapObject, args: HeapObject[]): HeapObject {
    if (this.fastArity === -2) this.settle();
    const n = args.length;
    const locals = n + 1 === this.fastArity ? this.takeLocals() : new Array<HeapObject>(n + 1);
    storeSelfAndArgs(locals, self, args);
    if (n + 1 === this.fastArity) return this.enter(func, func.p0 as FunctionData, locals);
    return this.invokeOwned(func, locals as HeapObject[], null);
  }

  invokeOwned(func: HeapObject, args: HeapObject[], kwnames: string[] | null): HeapObject {
    const fd = func.p0 as FunctionData;
    if (this.fastArity === -2) this.settle();
    if (kwnames === null && args.length === this.fastArity) {
      // Exactly the positional parameters: they move straight into the fast locals.
      // (The caller's array is not reused: callers may pass storage they keep.)
      const locals = this.takeLocals();
      for (let i = 0; i < args.length; i++) locals[i] = args[i]!;
      return this.enter(func, fd, locals);
    }
    if (kwnames === null && this.varargsEntry && this.plainEntry && args.length >= this.argcount) {
      // (as bindArguments: the positional ones moved in, the rest into the *args tuple)
      const n = this.argcount;
      const locals = this.takeLocals();
      for (let i = 0; i < n; i++) locals[i] = args[i]!;
      locals[n] = newTuple(args.slice(n));
      return callPooled(null, func, this, fd.globals, locals, null);
    }
    const globals = fd.globals;
    const f = new Frame(this, globals, globals.p0 as DictStore, builtinsHook.store, currentFrame());
    f.func = func;
    try {
      this.bindArguments(f, fd, args, kwnames);
    } catch (e) {
      f.clear();
      throw e;
    }
    if (this.hasCells) this.makeCells(f, fd);
    if (this.isGenerator) return generatorHook.make(func, f);
    return runFrame(f);
  }

  /**
   * Run `func` (whose code this is) on fast locals already holding the arguments (owned:
   * the frame releases them). A call site that knows the arity builds `locals` itself.
   * The reference to `func` is the frame's too (f_func, released when it is cleared).
   */
  enter(func: HeapObject, fd: FunctionData, locals: (HeapObject | null)[]): HeapObject {
    const globals = fd.globals;
    if (this.plainEntry) return callPooled(null, func, this, globals, locals, null);
    const f = new Frame(
      this,
      globals,
      globals.p0 as DictStore,
      builtinsHook.store,
      frameStack.current,
      locals,
    );
    f.func = func;
    if (this.hasCells) this.makeCells(f, fd);
    if (this.isGenerator) return generatorHook.make(func, f);
    return runFrame(f);
  }

  /** MAKE_CELL, COPY_FREE_VARS */
  private makeCells(f: Frame, fd: FunctionData): void {
    this.makeCellsFrom(f, fd.closure);
  }

  /** MAKE_CELL, COPY_FREE_VARS with `closure` (a tuple of cells; borrowed) as the free ones. */
  makeCellsFrom(f: Frame, closure: HeapObject | null): void {
    const cells = f.cells;
    for (let i = 0; i < this.cellvars.length; i++) cells.push(newCell(null));
    for (const [ci, slot] of this.cellArgs) {
      cells[ci]!.p0 = f.locals[slot];
      f.locals[slot] = null;
    }
    if (this.freevars.length > 0) {
      for (const c of closure!.p0 as HeapObject[]) {
        incref(c);
        cells.push(c);
      }
    }
  }

  private bindArguments(
    f: Frame,
    fd: FunctionData,
    args: HeapObject[],
    kwnames: string[] | null,
  ): void {
    const locals = f.locals;
    const nkw = kwnames === null ? 0 : kwnames.length;
    const npos = args.length - nkw;
    const argcount = this.argcount;
    const n = Math.min(npos, argcount);
    for (let i = 0; i < n; i++) locals[i] = args[i]!;
    let slot = argcount + this.kwonlyargcount;
    if (this.hasVarargs) {
      const extra = npos > argcount ? args.slice(argcount, npos) : [];
      locals[slot++] = newTuple(extra);
    } else if (npos > argcount) {
      for (let i = argcount; i < args.length; i++) decref(args[i]!);
      const given = npos;
      const takes = argcount;
      const defaults = fd.defaults === null ? 0 : (fd.defaults.p0 as HeapObject[]).length;
      const what = defaults > 0 ? `from ${takes - defaults} to ${takes}` : String(takes);
      raise(
        T.TypeError,
        `${fd.qualname.p0 as string}() takes ${what} positional argument${takes === 1 && defaults === 0 ? "" : "s"} but ${given} ${given === 1 ? "was" : "were"} given`,
      );
    }
    let kwdict: HeapObject | null = null;
    if (this.hasVarkw) {
      kwdict = newDict();
      locals[slot] = kwdict;
    }
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k]!;
      const value = args[npos + k]!;
      const i = this.varnames.indexOf(name);
      if (i >= this.posonlyargcount && i < argcount + this.kwonlyargcount) {
        if (locals[i] !== null) {
          for (let j = npos + k; j < args.length; j++) decref(args[j]!);
          raise(
            T.TypeError,
            `${fd.qualname.p0 as string}() got multiple values for argument '${name}'`,
          );
        }
        locals[i] = value;
      } else if (kwdict !== null) {
        // (the caller's keyword name: an interned constant of its code)
        const key = internedName(name);
        (kwdict.p0 as DictStore).set(key, value);
        decref(key);
        decref(value);
      } else {
        for (let j = npos + k; j < args.length; j++) decref(args[j]!);
        const posOnly = kwnames!.filter((n) => {
          const at = this.varnames.indexOf(n);
          return at >= 0 && at < this.posonlyargcount;
        });
        if (posOnly.length > 0)
          raise(
            T.TypeError,
            `${fd.qualname.p0 as string}() got some positional-only arguments passed as keyword arguments: '${posOnly.join(", ")}'`,
          );
        raise(
          T.TypeError,
          `${fd.qualname.p0 as string}() got an unexpected keyword argument '${name}'`,
        );
      }
    }
    // Defaults for missing parameters.
    const defaults = fd.defaults === null ? [] : (fd.defaults.p0 as HeapObject[]);
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < argcount; i++) {
      if (locals[i] !== null) continue;
      if (i >= firstDefault) {
        const d = defaults[i - firstDefault]!;
        incref(d);
        locals[i] = d;
      } else missing.push(this.varnames[i]!);
    }
    if (missing.length > 0)
      raise(T.TypeError, missingMessage(fd.qualname.p0 as string, missing, "positional"));
    const kwmissing: string[] = [];
    for (let i = argcount; i < argcount + this.kwonlyargcount; i++) {
      if (locals[i] !== null) continue;
      const name = this.varnames[i]!;
      const d = fd.kwdefaults === null ? undefined : (fd.kwdefaults.p0 as DictStore).getStr(name);
      if (d !== undefined) {
        incref(d);
        locals[i] = d;
      } else kwmissing.push(name);
    }
    if (kwmissing.length > 0)
      raise(T.TypeError, missingMessage(fd.qualname.p0 as string, kwmissing, "keyword-only"));
  }
}

function missingMessage(qualname: string, names: string[], kind: string): string {
  const quoted = names.map((n) => `'${n}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return `${qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${list}`;
}

/** The builtins namespace of a globals dict (its __builtins__, else the interpreter's). */
export const builtinsHook = { store: null as unknown as DictStore };

/**
 * The innermost running frame (CPython's tstate->cframe->current_frame). A pooled call
 * (callPooled) records only its depth — its frame is `pool[depth]` — so entering and
 * leaving one stores a small int, not a pointer: V8 runs a pointer store into this
 * long-lived object through its generational write barrier, and the pooled frames, made
 * in a program's first calls, can stay in the young generation for the whole run when
 * little else is allocated (richards: 5% of the time, spent in that barrier).
 */
class FrameStack {
  /** The innermost frame when it is not a pooled call's (`pooled` is then -1). */
  top: Frame | null = null;
  /** The depth of the innermost frame when it is a pooled call's, else -1. */
  pooled = -1;
  /**
   * Frames for plain calls (Code.plainEntry: no cells, not a generator), one per call
   * depth (callPooled): calls at one depth follow each other, so the frame there is free
   * again when the next comes — unless its frame object outlived the call, and then a new
   * one takes the slot. (CPython's frames live on a per-thread data stack for the same
   * reason.)
   */
  readonly pool: (Frame | undefined)[] = [];

  get current(): Frame | null {
    return this.pooled >= 0 ? this.pool[this.pooled]! : this.top;
  }

  set current(f: Frame | null) {
    this.top = f;
    this.pooled = -1;
  }

  /**
   * Make `f`, a frame that is not a pooled call's, the innermost. Its runner saved `top`
   * and `pooled` before and gives them back to leave(): a pooled caller is recorded by its
   * depth again, and `top` is what it was, so callPooled never has to put `top` back.
   */
  enter(f: Frame): void {
    this.top = f;
    this.pooled = -1;
  }

  leave(top: Frame | null, pooled: number): void {
    this.top = top;
    this.pooled = pooled;
  }
}

export const frameStack = new FrameStack();

export function currentFrame(): Frame | null {
  return frameStack.current;
}

export const generatorHook = {
  make: (_func: HeapObject, _f: Frame): HeapObject =>
    raise(T.NotImplementedError, "generators are not supported yet"),
};

export { S };
