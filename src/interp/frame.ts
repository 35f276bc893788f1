/**
 * Frames (CPython's _PyInterpreterFrame and PyFrameObject) and traceback objects.
 *
 * A `Frame` is the evaluator's record of one running code object: fast locals, cells,
 * globals/builtins, the current line. Like 3.11, a Python-visible frame *object* is made
 * only when something asks (a traceback, sys._getframe). While the code runs the frame
 * owns its locals; if a frame object exists when it returns, ownership passes to the
 * frame object (CPython's take_ownership) and the locals live as long as it does — which
 * is why a saved exception keeps the locals of every frame its traceback passed through.
 */
import { type HeapObject, ObjectType, type Visit } from "../engine/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { decref, heap, xdecref } from "../runtime/heapref.js";
import type { Code } from "./code.js";

const NO_CELLS: HeapObject[] = [];

/** A frame's tracing state (trace.ts), made on the first trace event it sees. */
export class TraceData {
  /** f_trace: the frame's local trace function (owned). */
  func: HeapObject | null = null;
  /** f_trace_lines, f_trace_opcodes. */
  lines = true;
  opcodes = false;
  /** The next line event fires even on the same line (function entry, backward jumps). */
  force = false;
}
export const NO_LOCALS: (HeapObject | null)[] = [];

/**
 * A frame's fast locals, all unbound: exactly n long (a pushed array would reserve 17
 * slots). Measured against copying a template and against array literals for small n:
 * neither was faster.
 */
export function newLocals(n: number): (HeapObject | null)[] {
  if (n === 0) return NO_LOCALS;
  const locals = new Array<HeapObject | null>(n);
  for (let i = 0; i < n; i++) locals[i] = null;
  return locals;
}

/**
 * Release fast locals in slot order, each slot emptied as it goes (the array may serve
 * another call: see callPooled).
 */
function emptyLocals(locals: (HeapObject | null)[]): void {
  for (let i = 0; i < locals.length; i++) {
    const v = locals[i]!;
    if (v !== null) {
      locals[i] = null;
      decref(v);
    }
  }
}

export class Frame {
  // Every field is assigned in the constructor, in this order (plain stores: faster to
  // construct than class-field definitions, and one hidden class for all frames).
  declare code: Code;
  declare globals: HeapObject;
  declare gstore: DictStore;
  declare bstore: DictStore;
  declare back: Frame | null;
  declare locals: (HeapObject | null)[];
  /** Cell objects (cellvars, then freevars); shared empty array when there are none. */
  declare cells: HeapObject[];
  /** Module and class bodies: the namespace names are stored in. */
  declare ns: DictStore | null;
  /** The dict object behind `ns` (a class body's namespace, a module's globals). */
  declare nsObj: HeapObject | null;
  /** The dict locals() returned (the frame object's f_locals), refreshed by each call. */
  declare localsDict: HeapObject | null;
  declare lineno: number;
  declare frameObject: HeapObject | null;
  declare retval: HeapObject | null;
  /** The frame's locals belong to its frame object (the code has returned). */
  declare ownedByObject: boolean;
  /** Tracing state (sys.settrace), or null. */
  declare tr: TraceData | null;
  /**
   * f_fast_as_locals: frame.f_locals was read since the trace function last wrote the
   * dict back, so a trace call refreshes the dict before and writes it back after (no
   * dict is kept for a frame whose f_locals nobody reads).
   */
  declare fastAsLocals: boolean;
  /**
   * A frame of the depth pool (callPooled) that is running, or whose frame object has
   * taken it: the next call at its depth makes a frame of its own.
   */
  declare busy: boolean;
  /**
   * f_func: the function whose call this frame is (owned), held until the frame is
   * cleared, so also while a generator is suspended or a frame object (a traceback's)
   * outlives the call. Null for module and class bodies, and for a pooled call while it
   * runs: callPooled holds the function itself and moves it here only when a frame
   * object takes the frame.
   */
  declare func: HeapObject | null;

  constructor(
    code: Code,
    globals: HeapObject,
    gstore: DictStore,
    bstore: DictStore,
    back: Frame | null,
    locals: (HeapObject | null)[] | null = null,
  ) {
    this.code = code;
    this.globals = globals;
    this.gstore = gstore;
    this.bstore = bstore;
    this.back = back;
    this.locals = locals ?? newLocals(code.nlocals);
    this.cells = code.hasCells ? [] : NO_CELLS;
    this.ns = null;
    this.nsObj = null;
    this.localsDict = null;
    this.lineno = 0;
    this.frameObject = null;
    this.retval = null;
    this.ownedByObject = false;
    this.tr = null;
    this.busy = false;
    this.fastAsLocals = false;
    this.func = null;
  }

  /**
   * _PyFrame_Clear: release locals in slot order, then cells and the function (when the
   * frame owns them).
   */
  clear(): void {
    const locals = this.locals;
    const cells = this.cells;
    this.locals = NO_LOCALS;
    this.cells = NO_CELLS;
    const ld = this.localsDict;
    this.localsDict = null;
    this.fastAsLocals = false; // (the dict it marks goes)
    if (ld !== null) decref(ld);
    emptyLocals(locals);
    for (let i = 0; i < cells.length; i++) decref(cells[i]!);
    const func = this.func;
    if (func !== null) {
      this.func = null;
      decref(func);
    }
    const tr = this.tr;
    if (tr !== null) {
      this.tr = null;
      xdecref(tr.func);
    }
  }
}

function traverseFrame(obj: HeapObject, visit: Visit): void {
  const f = obj.p0 as Frame;
  if (obj.p1 !== null) visit(obj.p1);
  if (!f.ownedByObject) return;
  if (f.func !== null) visit(f.func);
  for (const v of f.locals) if (v !== null) visit(v);
  for (const c of f.cells) visit(c);
  const tr = f.tr;
  if (f.localsDict !== null) visit(f.localsDict);
  if (tr !== null && tr.func !== null) visit(tr.func);
}

/** frame objects: p0 the Frame, p1 f_back (a frame object or null). */
export const frameContract = new ObjectType({
  name: "frame",
  gc: true,
  basicSize: 120,
  traverse: traverseFrame,
  clear: (obj) => {
    const f = obj.p0 as Frame;
    if (f.ownedByObject) f.clear();
  },
  dealloc: (obj) => {
    const f = obj.p0 as Frame;
    f.frameObject = null;
    xdecref(obj.p1);
    if (f.ownedByObject) f.clear();
    return undefined;
  },
});

/**
 * _PyFrame_GetFrameObject: the frame object of `f`, made on first request (a new
 * reference). As in CPython the frame keeps a reference of its own, and the object stays
 * untracked, without f_back, while the frame runs: `frameExit` links and tracks it.
 */
export function frameObjectOf(f: Frame): HeapObject {
  let fo = f.frameObject;
  if (fo === null) {
    fo = heap.alloc(frameContract, f, null);
    f.frameObject = fo;
  }
  fo.refcnt++;
  return fo;
}

/**
 * _PyFrame_Clear for a frame that has a frame object. If something besides the frame
 * holds the object, it takes the frame's locals (take_ownership: f_back becomes the
 * caller's frame object, made if need be, and the object is tracked from now on); else
 * the object goes and the locals are released. Either way the frame's reference is dropped.
 * `back`: the calling frame (null for a generator's frame, which has none once it stops).
 */
export function frameExit(f: Frame, back: Frame | null): void {
  const fo = f.frameObject!;
  if (fo.refcnt > 1) {
    f.ownedByObject = true;
    if (back !== null && fo.p1 === null) fo.p1 = frameObjectOf(back);
    if (fo.gcNext === null) heap.track(fo);
    fo.refcnt--;
  } else {
    decref(fo); // its dealloc forgets it (f.frameObject = null); the locals are still ours
    f.clear();
  }
}

/** Leave frame `f` (called by `back`): its locals go, or pass to its frame object. */
export function leaveFrame(f: Frame, back: Frame | null): void {
  if (f.frameObject !== null) frameExit(f, back);
  else f.clear();
}

/** traceback objects: p0 tb_next, p1 tb_frame, p2 TbPosition. */
export interface TbPosition {
  lineno: number;
  /** The failing expression's span (UTF-8 byte columns), or null for the whole line. */
  col: number;
  endLineno: number;
  endCol: number;
  /** Anchors for 3.11's `~~~^^^` markers: [start, end) of the primary part, or null. */
  anchor: [number, number] | null;
}

export const tracebackContract = new ObjectType({
  name: "traceback",
  gc: true,
  basicSize: 56,
  traverse: (obj, visit) => {
    if (obj.p0 !== null) visit(obj.p0);
    visit(obj.p1);
  },
  clear: (obj) => {
    const next = obj.p0 as HeapObject | null;
    const frame = obj.p1 as HeapObject | null;
    obj.p0 = null;
    obj.p1 = null;
    xdecref(next);
    xdecref(frame);
  },
  dealloc: (obj) => {
    xdecref(obj.p0);
    xdecref(obj.p1);
    return undefined;
  },
});
