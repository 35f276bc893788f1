/**
 * Running a Python program: the interpreter's lifecycle (CPython Python/pylifecycle.c and
 * Modules/main.c, reduced) — start the runtime, install the engine hooks, run `__main__`,
 * print an uncaught exception, and finalize (which runs the `__del__` of what is left).
 */
import { readFileSync, readSync } from "node:fs";
import { GcFlag, type GcObserver, type HeapObject, verifyHeap } from "../engine/index.js";
import { builtinsHook, type Code, frameStack, generatorHook } from "../interp/code.js";
import {
  cellHook,
  compileModule,
  compileWarningHook,
  delegateHook,
  dictUpdateHook,
  listAppendHook,
  setHook,
  yieldingFrom,
} from "../interp/compile.js";
import { interrupt, noteUnwind, raiseInterrupt, threadState } from "../interp/eval.js";
import {
  Frame,
  frameContract,
  frameExit,
  frameObjectOf,
  type TbPosition,
  tracebackContract,
} from "../interp/frame.js";
import { codeContract, codeObjectOf, installFrameAttributes } from "../interp/frameattrs.js";
import {
  type GenState,
  genClose,
  generatorContract,
  genNext,
  genResume,
  genSend,
  genThrow,
  newGenerator,
  stopIteration,
  tupleHook,
} from "../interp/genobject.js";
import { importState, moduleTable } from "../interp/imports.js";
import { formatException, strRepr, tracebackState } from "../interp/traceback.js";
import { binaryOpHook, dictUpdate, frameHook, listAppend } from "../modules/builtins.js";
import { gcState } from "../modules/gc.js";
import { readLineHook, stderr, stdout } from "../modules/io.js";
import { loadBuiltinModule, sysModules } from "../modules/registry.js";
import {
  clearSpecialAtExit,
  defaultExcepthook,
  displayException,
  flushStdFiles,
  sysAttr,
  sysState,
  writeStderr,
} from "../modules/sys.js";
import { writeUnraisable } from "../modules/unraisable.js";
import { formatSyntaxError, PySyntaxError, parse } from "../parser/index.js";
import {
  addressHook,
  binaryOp,
  callBorrowed,
  type FunctionData,
  isInstanceOf,
  nativeAttrs,
  nativeRepr,
  repr,
  str,
} from "../runtime/abstract.js";
import { accounting, updateObserver } from "../runtime/accounting.js";
import {
  bootstrap,
  buildClass,
  defineIteratorSlots,
  defineMethod,
  dropTypeAttrs,
  extraIterators,
  percentFormatHook,
  registerBuiltinType,
  strHook,
} from "../runtime/bootstrap.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { newModule } from "../runtime/function.js";
import { decref, heap, incref, newRef } from "../runtime/heapref.js";
import { excState, finalizerHooks } from "../runtime/instance.js";
import { nativeIterTypeHook } from "../runtime/nativeiter.js";
import {
  collectorAtStartOfMain,
  freeLists,
  newBool as newBoolean,
  newCell,
  newDict,
  newInt,
  none as newNone,
  newStr,
  newTuple,
} from "../runtime/objects.js";
import { newSet, newSetOfConstants, setAdd, setUpdate } from "../runtime/set.js";
import { isSubtype, typeInfo, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { installWeakrefTypes } from "../runtime/weakrefobject.js";
import "../modules/collections.js";
import "../modules/functools.js";
import "../modules/contextlib.js";
import "../modules/itertools.js";
import "../modules/time.js";
import "../modules/math.js";
import "../modules/random.js";
import "../modules/iomodule.js";
import "../modules/os.js";
import "../modules/logging.js";
import "../modules/traceback.js";
import "../modules/future.js";
import "../modules/linecache.js";
import "../modules/warnings.js";
import "../modules/heapq.js";
import "../modules/timeit.js";
import "../modules/array.js";
import "../modules/operator.js";
import "../modules/copy.js";
import "../modules/bisect.js";
import "../modules/keyword.js";
import "../modules/string.js";
import "../modules/dataclasses.js";
import "../modules/enum.js";
import "../modules/abc.js";
import "../modules/collections-abc.js";
import "../modules/typing.js";
import { runExitFuncs } from "../modules/atexit.js";
import { startTracing } from "../modules/tracemalloc.js";
import "../modules/weakref.js";
import { percentFormat } from "./percent.js";

/** How a program runs: python3's command-line options and pygc's collector switches. */
export interface RunOptions {
  /** -X options (sys._xoptions): a bare `-X name` maps to true. */
  xoptions?: Record<string, string | true>;
  /** -W options (sys.warnoptions). */
  warnoptions?: string[];
  /** --gc-threshold: gc.set_threshold's arguments, applied before the program starts. */
  gcThreshold?: number[];
  /** --gc-off: the program starts with gc.disable(). */
  gcDisabled?: boolean;
  /** --gc-stress: a full collection at every container allocation. */
  gcStress?: boolean;
  /** -X tracemalloc[=N] / PYTHONTRACEMALLOC: trace allocations with N frames from the start. */
  tracemalloc?: number;
  /** --max-heap: the heap cap in bytes. */
  maxHeapBytes?: number;
  /** Watches every collection, finalization included (--gc-report, --gc-trace). */
  gcObserver?: GcObserver;
  /** Told when `__main__` has finished, before finalization. */
  onMainDone?: () => void;
  /** Ctrl-C: the CLI's SharedArrayBuffer flag; see `interrupt` in interp/eval.ts. */
  interruptFlag?: Int32Array;
}

let started = false;

/** How the last program ended, beyond its exit status. */
export const lifecycle = {
  /** By an uncaught KeyboardInterrupt: python3 then kills itself with SIGINT (status 130). */
  interrupted: false,
};

/** Start the interpreter once (builtins, sys, hooks) without running a program. */
export function startInterpreter(argv: string[], options: RunOptions = {}): void {
  startRuntime(argv, options);
}

function startRuntime(argv: string[], options: RunOptions): void {
  if (started) return;
  started = true;
  readLineHook.read = readStdinLine;
  if (options.interruptFlag !== undefined) interrupt.flag = options.interruptFlag;
  // (--gc-report sees the collections pygc's start-up makes too; gc.get_stats() starts from
  // CPython's instead, see collectorAtStartOfMain)
  if (options.gcObserver !== undefined) heap.observeCollections(options.gcObserver);
  bootstrap();
  // Classes register in their bases' tp_subclasses through weak references, which need
  // the weakref types from the start (each is a GC allocation of the class statement).
  installWeakrefTypes();
  sysState.argv = argv;
  sysState.xoptions = options.xoptions ?? {};
  sysState.warnoptions = options.warnoptions ?? [];
  addressHook.of = (o) => heap.addressOf(o);
  cellHook.make = () => newCell(null);
  // warnings.showwarning's format: `file:line: Category: message`, then the source line.
  // NOT-CPYTHON: of the warning filters, only -W ignore is followed.
  compileWarningHook.warn = (filename, lineno, category, message, lines) => {
    if (sysState.warnoptions.includes("ignore")) return;
    let text = `${filename}:${lineno}: ${category}: ${message}\n`;
    const line = filename.startsWith("<") ? undefined : lines[lineno - 1]?.trim();
    if (line) text += `  ${line}\n`;
    writeStderr(text);
  };
  setHook.make = (items) => newSet(items);
  setHook.makeOfConstants = (items) => newSetOfConstants(items);
  setHook.update = setUpdate;
  setHook.add = (set, item) => {
    setAdd(set, item);
    decref(item);
  };
  listAppendHook.append = (l, x) => {
    try {
      listAppend(l, x);
    } finally {
      decref(x);
    }
  };
  dictUpdateHook.update = dictUpdate;
  percentFormatHook.format = percentFormat;
  strRepr.repr = repr;
  strHook.str = str;
  binaryOpHook.op = binaryOp;
  frameHook.current = () => frameStack.current!;
  nativeIterTypeHook.make = (name, contract) => {
    const ns = newDict();
    const t = buildClass(T.type, name, [], ns);
    decref(ns);
    const info = typeInfo(t);
    info.heapType = false;
    info.hasDict = false;
    info.weakrefable = false;
    // (a static type: no __dict__ or __weakref__ descriptor, as the class statement made)
    dropTypeAttrs(t, ["__dict__", "__weakref__"]);
    info.module = "builtins";
    heap.untrack(t);
    t.refcnt = 1_000_000;
    void contract;
    defineIteratorSlots(t);
    return t;
  };
  finalizerHooks.callDel = (obj, del) => {
    // slot_tp_finalize holds the __del__ it looked up (lookup_maybe_method) while it runs.
    del.refcnt++;
    try {
      decref(callBorrowed(del, [obj]));
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      writeUnraisable(e.exc, null, del);
    } finally {
      decref(del);
    }
  };
  const hooks = heap.hooks;
  hooks.callCallback = (cb, ref) => decref(callBorrowed(cb, [ref]));
  hooks.reportUnraisable = (error, where, obj) => {
    if (!(error instanceof PyRaise)) throw error;
    writeUnraisable(error.exc, where === "in" ? null : `Exception ignored ${where}`, obj);
  };
  hooks.writeStderr = writeStderr;
  hooks.typeName = (obj) => typeInfo(obj.type.owner as HeapObject).name;
  hooks.appendGarbage = (obj) => {
    if (gcState.garbage === null) {
      obj.refcnt++;
      heap.garbage.push(obj);
    } else listAppend(gcState.garbage, obj);
  };
  hooks.onCollect = (phase, generation, collected, uncollectable) => {
    // gc_collect_main step 20: a full collection empties the free lists.
    if (phase === "stop" && generation === 2) freeLists.clear();
    const cbs = gcState.callbacks;
    if (cbs === null || (cbs.p0 as HeapObject[]).length === 0) return;
    const info = newDict();
    const store = info.p0 as DictStore;
    for (const [k, v] of [
      ["generation", generation],
      ["collected", collected],
      ["uncollectable", uncollectable],
    ] as const) {
      const key = newStr(k);
      const val = newInt(v);
      store.set(key, val);
      decref(key);
      decref(val);
    }
    const phaseObj = newStr(phase);
    try {
      for (const cb of (cbs.p0 as HeapObject[]).slice()) {
        incref(cb);
        try {
          decref(callBorrowed(cb, [phaseObj, info]));
        } catch (e) {
          if (!(e instanceof PyRaise)) throw e;
          writeUnraisable(e.exc, null, cb);
        } finally {
          decref(cb);
        }
      }
    } finally {
      decref(phaseObj);
      decref(info);
    }
  };
  installGenerators();
  sysModules.dict = newDict();
  moduleTable.load = loadBuiltinModule;
  moduleTable.modules = () => sysModules.dict.p0 as DictStore;
  moduleTable.compile = (tree, filename, source) =>
    compileModule(tree as import("../parser/ast.js").Module, filename, source);
  const builtins = loadBuiltinModule("builtins")!;
  builtinsHook.store = (builtins.p0 as HeapObject).p0 as DictStore;
  loadBuiltinModule("sys");
}

/** Bytes read from stdin past the last line input() returned. */
let stdinPending = Buffer.alloc(0);
let stdinEnded = false;

/** input() for a program: the prompt to stdout, then a line of stdin (fd 0, read synchronously). */
function readStdinLine(prompt: string): string | null {
  stdout.write(prompt);
  stdout.flush();
  const chunk = Buffer.alloc(65536);
  for (;;) {
    const nl = stdinPending.indexOf(10);
    if (nl >= 0 || stdinEnded) {
      if (nl < 0 && stdinPending.length === 0) return null;
      const end = nl < 0 ? stdinPending.length : nl;
      const line = stdinPending.subarray(0, end).toString("utf8");
      stdinPending = stdinPending.subarray(nl < 0 ? end : end + 1);
      return line; // python3 keeps a "\r" of piped input: only "\n" ends the line
    }
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        Atomics.wait(interrupt.flag, 0, 0, 10);
        if (interrupt.flag[0] !== 0) raiseInterrupt();
        continue;
      }
      if (code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) stdinEnded = true;
    else stdinPending = Buffer.concat([stdinPending, chunk.subarray(0, n)]);
  }
}

function installGenerators(): void {
  const genType = registerBuiltinType("generator", generatorContract);
  registerBuiltinType("traceback", tracebackContract);
  registerBuiltinType("frame", frameContract);
  registerBuiltinType("code", codeContract);
  installFrameAttributes();
  extraIterators.set(generatorContract, genNext);
  generatorHook.make = (func, f) => {
    const fd = func.p0 as FunctionData;
    return newGenerator(f.code, f, fd.name, fd.qualname);
  };
  tupleHook.make = newTuple;
  delegateHook.isGenerator = (it) => it.type === generatorContract;
  delegateHook.resume = (it, sent, thrown) => genResume(it, sent, thrown);
  nativeRepr.set(
    generatorContract,
    (o) =>
      `<generator object ${(o.p0 as GenState).qualname.p0} at 0x${heap.addressOf(o).toString(16)}>`,
  );
  defineMethod(genType, "send", (args, _kw, self) => genSend(self!, args[0] ?? S.None));
  // _gen_throw: throw(type[, value[, tb]]) normalises the exception as raise does.
  defineMethod(genType, "throw", (args, _kw, self) => {
    const typ = args[0]!;
    const val = args[1] === undefined || args[1] === S.None ? null : args[1];
    if (isSubtype(typeOf(typ), T.type) && isSubtype(typ, T.BaseException)) {
      let exc: HeapObject;
      if (val !== null && isSubtype(typeOf(val), typ)) exc = newRef(val);
      else if (val === null) exc = callBorrowed(typ, []);
      else if (val.type === C.tuple) exc = callBorrowed(typ, val.p0 as HeapObject[]);
      else exc = callBorrowed(typ, [val]);
      try {
        return genThrow(self!, exc);
      } finally {
        decref(exc);
      }
    }
    if (!isSubtype(typeOf(typ), T.BaseException))
      raise(
        T.TypeError,
        `exceptions must be classes or instances deriving from BaseException, not ${typeInfo(typeOf(typ)).name}`,
      );
    if (val !== null) raise(T.TypeError, "instance exception may not have a separate value");
    return genThrow(self!, typ);
  });
  defineMethod(genType, "close", (_args, _kw, self) => {
    genClose(self!);
    return newNone();
  });
  defineMethod(genType, "__next__", (_args, _kw, self) => {
    const r = genResume(self!, null);
    if (r.done) stopIteration(r.value);
    return r.value;
  });
  defineMethod(genType, "__iter__", (_args, _kw, self) => {
    incref(self!);
    return self!;
  });
  // wrap_del calling _PyGen_Finalize: a suspended (or unstarted) generator is closed; an
  // error doing so is reported as unraisable, not raised.
  defineMethod(genType, "__del__", (_args, _kw, self) => {
    heap.callGuarded((gen) => genClose(gen), self!, "in");
    return newNone();
  });
  nativeAttrs.set(
    tracebackContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["tb_next", (o) => newRef((o.p0 as HeapObject | null) ?? S.None)],
      ["tb_frame", (o) => newRef(o.p1 as HeapObject)],
      ["tb_lineno", (o) => newInt((o.p2 as TbPosition).lineno)],
    ]),
  );
  nativeAttrs.set(
    generatorContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["__name__", (o) => (incref((o.p0 as GenState).name), (o.p0 as GenState).name)],
      ["__qualname__", (o) => (incref((o.p0 as GenState).qualname), (o.p0 as GenState).qualname)],
      ["gi_running", (o) => newBoolean((o.p0 as GenState).running)],
      // gi_frame: the generator's frame object until it finishes (then None).
      [
        "gi_frame",
        (o) => {
          const st = o.p0 as GenState;
          if (st.finished || st.frame === null) return newRef(S.None);
          generatorOfFrame.set(st.frame, o);
          return frameObjectOf(st.frame);
        },
      ],
      ["gi_code", (o) => codeObjectOf((o.p0 as GenState).code)],
      // _PyGen_yf: what a generator suspended in `yield from` delegates to, else None.
      [
        "gi_yieldfrom",
        (o) => {
          const st = o.p0 as GenState;
          const it =
            st.running || st.finished || st.frame === null ? undefined : yieldingFrom.get(st.frame);
          return newRef(it ?? S.None);
        },
      ],
      [
        "gi_suspended",
        (o) => {
          const st = o.p0 as GenState;
          return newBoolean(st.it !== null && !st.running && !st.finished);
        },
      ],
    ]),
  );
  // frame.clear(): a returned frame's locals go; a suspended generator's frame closes the
  // generator; a running frame refuses.
  defineMethod(T.frame!, "clear", (args, _k, self) => {
    if (args.length !== 0)
      raise(T.TypeError, `frame.clear() takes no arguments (${args.length} given)`);
    const f = self!.p0 as Frame;
    if (!f.ownedByObject) {
      for (let g = frameStack.current; g !== null; g = g.back) {
        if (g === f) raise(T.RuntimeError, "cannot clear an executing frame");
      }
      const gen = generatorOfFrame.get(f);
      if (gen !== undefined) {
        const st = gen.p0 as GenState;
        if (st.running) raise(T.RuntimeError, "cannot clear an executing frame");
        if (!st.finished) genClose(gen);
      }
    } else f.clear();
    return newRef(S.None);
  });
}

/** The generator whose frame a gi_frame gave out (frame.clear() closes it). */
const generatorOfFrame = new WeakMap<Frame, HeapObject>();

/** The collector switches of RunOptions, set just before `__main__` runs. */
function applyGcOptions(options: RunOptions): void {
  if (options.gcThreshold !== undefined) heap.setThreshold(...options.gcThreshold);
  if (options.gcDisabled === true) heap.enabled = false;
  if (options.gcStress === true) heap.stress = true;
}

/**
 * The memory settings of `options` (and PYTHONTRACEMALLOC). Returns an exit status when
 * start-up must fail (CPython's fatal configuration errors), else null.
 */
function configureMemory(options: RunOptions): number | null {
  let nframe = options.tracemalloc;
  if (nframe === undefined) {
    const env = process.env.PYTHONTRACEMALLOC;
    if (env !== undefined && env !== "") {
      nframe = /^\s*[+-]?\d+\s*$/.test(env) ? Number(env) : -1;
      if (nframe < 0) {
        stderr.write(
          "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number of frames\n" +
            "Python runtime state: preinitialized\n\n",
        );
        stderr.flush();
        return 1;
      }
    }
  }
  accounting.limit = Math.max(0, options.maxHeapBytes ?? 0);
  updateObserver();
  if (nframe !== undefined && nframe !== 0) {
    try {
      startTracing(nframe);
    } catch (e) {
      if (!(e instanceof PyRaise)) throw e;
      stderr.write("Fatal Python error: init_interp_main: can't initialize tracemalloc\n");
      stderr.write("Python runtime state: core initialized\n");
      stderr.write(formatException(e.exc));
      decref(e.exc);
      stderr.flush();
      return 1;
    }
  }
  return null;
}

/** Run `source` as `__main__`. Returns the process exit status. */
export function runSource(
  source: string | Uint8Array,
  filename: string,
  argv: string[],
  options: RunOptions = {},
): number {
  startRuntime(argv, options);
  const failed = configureMemory(options);
  if (failed !== null) return failed;
  let tree: ReturnType<typeof parse>;
  try {
    tree = parse(source, filename, "exec", { fileInput: true });
  } catch (e) {
    if (e instanceof PySyntaxError) {
      stderr.write(formatSyntaxError(e));
      stderr.flush();
      return 1;
    }
    throw e;
  }
  const text = typeof source === "string" ? source : Buffer.from(source).toString("utf8");
  let code: Code;
  try {
    code = compileModule(tree as import("../parser/ast.js").Module, filename, text);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      // The compiler's own SyntaxErrors (compile-errors.ts, match statements' patterns), as the parser's.
      stderr.write(formatSyntaxError(e));
      stderr.flush();
      return 1;
    }
    // A construct the compiler does not support yet raises a Python exception before the
    // program starts: report it as an uncaught exception, not as an internal error.
    if (!(e instanceof PyRaise)) throw e;
    stdout.flush();
    stderr.write(formatException(e.exc));
    stderr.flush();
    decref(e.exc);
    return 1;
  }
  const main = newMainModule(filename);
  freeLists.startOfMain();
  collectorAtStartOfMain(filename !== "<string>");
  applyGcOptions(options);
  // A script (a file, or stdin) has sys.stderr and sys.stdout flushed after its module
  // code, before any traceback (flush_io); python3 -c runs its command without that.
  const status = runInMain(code, main, filename !== "<string>");
  options.onMainDone?.();
  finalize(main);
  return status?.status ?? 0;
}

/** Start the runtime for an interactive session: the `__main__` module has no __file__. */
export function startInteractive(argv: string[], options: RunOptions): HeapObject {
  startRuntime(argv, options);
  configureMemory(options);
  const main = newMainModule(null);
  freeLists.startOfMain();
  collectorAtStartOfMain(false);
  applyGcOptions(options);
  return main;
}

/** The `__main__` module, registered in sys.modules. */
function newMainModule(filename: string | null): HeapObject {
  // PyModule_NewObject tracks the module while its dict is still empty (untracked): the
  // dict joins the collector's list after the module, when __annotations__ goes in.
  const globals = newDict();
  const main = newModule("__main__", globals);
  const gstore = globals.p0 as DictStore;
  const put = (k: string, v: HeapObject) => {
    const key = newStr(k);
    gstore.set(key, v);
    decref(key);
  };
  const name = newStr("__main__");
  put("__name__", name);
  decref(name);
  put("__doc__", S.None);
  // NOT-CPYTHON: no import system objects; __loader__ and __spec__ are None. The names
  // are there, in CPython's order, so the namespace has CPython's keys and table size.
  put("__package__", S.None);
  put("__loader__", S.None);
  put("__spec__", S.None);
  const annotations = newDict();
  put("__annotations__", annotations);
  decref(annotations);
  put(
    "__builtins__",
    sysModules.dict.p0 === null
      ? S.None
      : ((sysModules.dict.p0 as DictStore).getStr("builtins") ?? S.None),
  );
  if (filename !== null) {
    const fileObj = newStr(filename);
    put("__file__", fileObj);
    decref(fileObj);
    put("__cached__", S.None);
  }
  const key = newStr("__main__");
  (sysModules.dict.p0 as DictStore).set(key, main);
  decref(key);
  return main;
}

/** How code run in `__main__` ended when an exception escaped it. */
export interface Uncaught {
  status: number;
  /** SystemExit: the program (or the REPL) ends. */
  exit: boolean;
}

/**
 * Run module code in `__main__`'s namespace; null when it completed, else the uncaught
 * exception's outcome (its traceback already printed).
 */
export function runInMain(code: Code, main: HeapObject, flushIo = false): Uncaught | null {
  const globals = main.p0 as HeapObject;
  const gstore = globals.p0 as DictStore;
  const f = new Frame(code, globals, gstore, builtinsHook.store, null);
  f.ns = gstore;
  frameStack.current = f;
  threadState.depth = 1;
  try {
    code.body(f);
    if (flushIo) flushStdFiles(["stderr", "stdout"]);
    return null;
  } catch (e) {
    return handleUncaught(e, f, flushIo);
  } finally {
    frameStack.current = null;
    threadState.depth = 0;
    if (f.frameObject !== null) frameExit(f, null);
  }
}

function handleUncaught(e: unknown, f: Frame, flushIo: boolean): Uncaught {
  // Reporting the error is not the program's memory: the heap cap is lifted meanwhile.
  const limit = accounting.limit;
  accounting.limit = 0;
  try {
    return reportUncaught(e, f, flushIo);
  } finally {
    accounting.limit = limit;
  }
}

function reportUncaught(e: unknown, f: Frame, flushIo: boolean): Uncaught {
  const err = noteUnwind(e, f, null);
  if (!(err instanceof PyRaise)) throw err;
  const exc = err.exc;
  if (flushIo) flushStdFiles(["stderr", "stdout"]);
  if (isInstanceOf(exc, T.SystemExit)) {
    // handle_system_exit: the exception's code member.
    const code = excState(exc)?.members?.[0] ?? S.None;
    let status = 0;
    if (code === S.None) status = 0;
    else if (code.type.owner === T.int || code.type.owner === T.bool) status = Number(code.p0);
    else {
      stderr.write(`${str(code)}\n`);
      status = 1;
    }
    decref(exc);
    return { status, exit: true };
  }
  // (sys.stdout is not flushed here: a script's was by flush_io above, and python3 -c
  // writes the traceback before what its command printed to a buffered stdout.)
  callExcepthook(exc);
  const interrupted = isInstanceOf(exc, T.KeyboardInterrupt);
  lifecycle.interrupted = interrupted;
  decref(exc);
  return { status: interrupted ? 130 : 1, exit: false };
}

/**
 * _PyErr_PrintEx's report of an uncaught exception: sys.excepthook(type, value, tb) — the
 * default one writes the traceback to sys.stderr; one the program installed is called, and
 * if it raises, both its error and the original are written.
 */
function callExcepthook(exc: HeapObject): void {
  const hook = sysAttr("excepthook");
  if (hook === undefined) {
    writeStderr("sys.excepthook is missing\n");
    displayException(exc);
    return;
  }
  if (hook === defaultExcepthook.fn) {
    displayException(exc);
    return;
  }
  const tb = excState(exc)?.traceback ?? S.None;
  const args = [typeOf(exc), exc, tb];
  hook.refcnt++;
  try {
    decref(callBorrowed(hook, args));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeStderr("Error in sys.excepthook:\n");
    displayException(e.exc);
    writeStderr("\nOriginal exception was:\n");
    displayException(exc);
    decref(e.exc);
  } finally {
    decref(hook);
  }
}

/**
 * Py_FinalizeEx, reduced: atexit callbacks, then finalize_modules — drop `__main__` from
 * sys.modules, collect (a module namespace in a cycle with its functions and classes is
 * freed here, its objects finalized in collection order), then clear what is still
 * alive of it (_PyModule_ClearDict: `_`-names first, then the rest, set to None).
 */
export function finalize(main: HeapObject): void {
  // The debug heap verifier (PYGC_VERIFY_HEAP=1; the golden tests set it): every object
  // the program left alive has consistent refcounts, links and weakref lists.
  if (process.env.PYGC_VERIFY_HEAP === "1") verifyHeap(heap);
  // Whether `__main__`'s namespace was freed is read from its Freed flag below, which a
  // reused header would lose.
  heap.stopReusingHeaders();
  accounting.limit = 0; // the program is over: its heap cap too, and the block count
  accounting.countingBlocks = false;
  updateObserver();
  // atexit callbacks (the user's and weakref.finalize's, one list) run before the main
  // module is torn down.
  runExitFuncs();
  // _PyRuntimeState_SetFinalizing: finalizers from here on see sys.is_finalizing() True.
  sysState.finalizing = true;
  flushStdFiles(["stdout", "stderr"]);
  // _PyGC_CollectIfEnabled: one full collection while every module is still alive. It
  // rarely frees anything, but it reorders the collector's list (what is reachable only
  // through a newer container moves behind it), the order the teardown finalizes in.
  if (heap.enabled) heap.collect();
  // finalize_modules: from here on imports fail, so tracebacks lose their source lines.
  tracebackState.sourceLines = false;
  clearSpecialAtExit();
  const globals = main.p0 as HeapObject;
  const modules = sysModules.dict.p0 as DictStore;
  const key = newStr("__main__");
  modules.delete(key);
  decref(key);
  decref(main);
  heap.collect();
  // _PyModule_ClearDict on a namespace that survived (nothing else holds us a reference:
  // a freed dict is marked Freed by the engine).
  if ((globals.gcFlags & GcFlag.Freed) === 0) {
    incref(globals);
    const store = globals.p0 as DictStore;
    for (const pass of [0, 1]) {
      for (const e of [...store.live()]) {
        const k = e.key.p0 as string;
        const underscore = k.startsWith("_") && !k.startsWith("__");
        if ((pass === 0) !== underscore || k === "__builtins__") continue;
        if (e.value !== S.None) store.set(e.key, S.None);
      }
    }
    decref(globals);
    heap.collect();
  }
  stdout.flush();
  stderr.flush();
}

export function runFile(path: string, argv: string[], options: RunOptions = {}): number {
  // CPython 3.11 makes the script path absolute by joining it to the working directory.
  const filename = path.startsWith("/") ? path : `${process.cwd()}/${path}`;
  let source: Uint8Array;
  try {
    source = readFileSync(path);
  } catch (e) {
    // pymain_run_file: "<program>: can't open file '<absolute path>': [Errno N] <strerror>"
    const err = e as NodeJS.ErrnoException;
    const reason =
      err.code === "EISDIR"
        ? "[Errno 21] Is a directory"
        : err.code === "EACCES"
          ? "[Errno 13] Permission denied"
          : "[Errno 2] No such file or directory";
    stderr.write(`pygc: can't open file '${filename}': ${reason}\n`);
    stderr.flush();
    return 2;
  }
  importState.path = [filename.slice(0, filename.lastIndexOf("/")) || "/"];
  return runSource(source, filename, argv, options);
}
