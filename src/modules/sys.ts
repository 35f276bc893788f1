/** The `sys` module (CPython Python/sysmodule.c), the parts programs about memory use. */

import type { HeapObject } from "../engine/index.js";
import { frameStack } from "../interp/code.js";
import { displayHook } from "../interp/compile.js";
import { threadState } from "../interp/eval.js";
import { frameObjectOf } from "../interp/frame.js";
import { importState } from "../interp/imports.js";
import { setProfile, setTrace, trace } from "../interp/trace.js";
import { formatException, tracebackState } from "../interp/traceback.js";
import {
  asIndex,
  call,
  callMethod,
  getAttr,
  incRef,
  isInstanceOf,
  repr,
  setAttr,
} from "../runtime/abstract.js";
import { accounting, updateObserver } from "../runtime/accounting.js";
import { defineMethod } from "../runtime/bootstrap.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, heap, incref, newRef } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import {
  INT_MAX_STR_DIGITS_DEFAULT,
  INT_MAX_STR_DIGITS_THRESHOLD,
  intDigits,
} from "../runtime/intdigits.js";
import { newSimpleNamespace } from "../runtime/namespace.js";
import {
  addInterned,
  findInterned,
  newBool,
  newDict,
  newFloat,
  newInt,
  newIntFromSsize,
  newList,
  newStr,
  newTuple,
  none,
} from "../runtime/objects.js";
import { getSizeOf, objectSizeof, sizeofDescriptor } from "../runtime/sizeof.js";
import { hashRandomization } from "../runtime/strhash.js";
import { makeStructSeqType, newStructSeq } from "../runtime/structseq.js";
import { typeInfo, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { stderr, stdout } from "./io.js";
import { toDouble } from "./math.js";
import { builtinModuleNames, declareModule, SYS_PREFIX, sysModules } from "./registry.js";
import { isNativeStream, nativeStreamType } from "./streams.js";
import { defineFunction, defineValue, exactly, noKw, range_, splitKw } from "./support.js";
import { defineUnraisableHook } from "./unraisable.js";

export const sysState = {
  argv: [] as string[],
  executable: "pygc",
  /** -X options; a bare name maps to true (True). */
  xoptions: {} as Record<string, string | true>,
  /** -W options. */
  warnoptions: [] as string[],
  /** The interpreter is tearing down (after the atexit callbacks): sys.is_finalizing(). */
  finalizing: false,
  /** sys.setswitchinterval's value, in seconds (no threads switch: it is only kept). */
  switchInterval: 0.005,
};

/** sys's m_copy (see the module's init): never released. */
const fixupCopy = { dict: null as HeapObject | null };

/** sys.getallocatedblocks: see there. */
const BLOCKS_AT_FIRST_CALL = 36_961;
let blocksBase = 0;

/** The builtin sys.excepthook (sys.__excepthook__): the uncaught path calls another. */
export const defaultExcepthook = { fn: null as HeapObject | null };

/**
 * PyErr_Display: exception `value`'s traceback and chain, as an uncaught exception shows
 * them, written to whatever sys.stderr is now — nothing when it is None — then that
 * file's flush(). What the file's write or flush raises is dropped (_PyErr_Display
 * ignores it). The default sys.excepthook.
 */

export function displayException(value: HeapObject): void {
  const text = isInstanceOf(value, T.BaseException)
    ? formatException(value)
    : `TypeError: print_exception(): Exception expected for value, ${typeInfo(typeOf(value)).name} found\n`;
  const err = sysAttr("stderr");
  if (err === undefined || isNativeStream(err, 2)) stderr.write(text);
  else if (err !== S.None) {
    if (!callDroppingErrors(err, "write", text)) dumpLost(value);
    callDroppingErrors(err, "flush");
  }
}

/** What 3.11's _PyErr_Display writes to the C stderr when sys.stderr's write fails. */
function dumpLost(value: HeapObject): void {
  const type = typeOf(value);
  stderr.write(
    [
      `object address  : 0x${heap.addressOf(value).toString(16)}`,
      `object refcount : ${value.refcnt}`,
      `object type     : 0x${heap.addressOf(type).toString(16)}`,
      `object type name: ${typeInfo(type).name}`,
      `object repr     : ${repr(value)}`,
      "lost sys.stderr\n",
    ].join("\n"),
  );
}

/**
 * Flush sys.<name> for each name in turn — the process's own stream directly, a file
 * object through its flush() (what that raises is dropped), None not at all: flush_io
 * (stderr, stdout) after a script's module code, flush_std_files (stdout, stderr) at exit.
 */
export function flushStdFiles(names: readonly ("stdout" | "stderr")[]): void {
  for (const name of names) {
    const f = sysAttr(name);
    if (f === undefined || isNativeStream(f, name === "stdout" ? 1 : 2)) {
      (name === "stdout" ? stdout : stderr).flush();
    } else if (f !== S.None) callDroppingErrors(f, "flush");
  }
}

/**
 * PySys_WriteStderr: `text` to sys.stderr as it is now, or to the process's stderr when
 * that cannot take it (None, gone, or its write raises: the error is dropped).
 */
export function writeStderr(text: string): void {
  const err = sysAttr("stderr");
  if (err === undefined || isNativeStream(err, 2) || !callDroppingErrors(err, "write", text)) {
    stderr.write(text);
  }
}

/**
 * sys_displayhook: print repr(value) and a newline to sys.stdout and keep the value as
 * `builtins._` (None is neither printed nor kept; `_` is None while the repr is made).
 */
function displayhook(value: HeapObject): void {
  const builtins = (sysModules.dict.p0 as DictStore).getStr("builtins");
  if (builtins === undefined) raise(T.RuntimeError, "lost builtins module");
  if (value === S.None) return;
  setAttr(builtins, "_", S.None);
  const out = sysAttr("stdout");
  if (out === undefined || out === S.None) raise(T.RuntimeError, "lost sys.stdout");
  // PyFile_WriteObject: repr(value), then the newline, each through out.write.
  for (const text of [null, "\n"]) {
    if (isNativeStream(out, 1)) stdout.write(text ?? repr(value));
    else {
      const write = getAttr(out, "write");
      try {
        decref(call(write, [newStr(text ?? repr(value))]));
      } finally {
        decref(write);
      }
    }
  }
  setAttr(builtins, "_", value);
}

/**
 * finalize_modules_delete_special, the first step of the interpreter's teardown: builtins._
 * and sys's path, argv, prompts, last exception and import hooks become None, and
 * sys.stdin/stdout/stderr the original streams again (sys.__stdin__ …), so what finalizers
 * print at exit goes to the process's streams even when the program had replaced them.
 */
export function clearSpecialAtExit(): void {
  const modules = sysModules.dict.p0 as DictStore;
  const builtins = modules.getStr("builtins");
  if (builtins !== undefined) setAttr(builtins, "_", S.None);
  const sys = modules.getStr("sys");
  if (sys === undefined) return;
  for (const name of [
    "path",
    "argv",
    "ps1",
    "ps2",
    "last_type",
    "last_value",
    "last_traceback",
    "path_hooks",
    "path_importer_cache",
    "meta_path",
    "__interactivehook__",
  ]) {
    setAttr(sys, name, S.None);
  }
  for (const name of ["stdin", "stdout", "stderr"]) {
    setAttr(sys, name, sysAttr(`__${name}__`) ?? S.None);
  }
}

/** sys.<name> as it is now (borrowed); undefined when sys or the name is gone. */
export function sysAttr(name: string): HeapObject | undefined {
  const sys = (sysModules.dict.p0 as DictStore).getStr("sys");
  return sys === undefined ? undefined : ((sys.p0 as HeapObject).p0 as DictStore).getStr(name);
}

/** file.method() or file.method(text); false when it raised (the error dropped). */
function callDroppingErrors(file: HeapObject, method: string, text: string | null = null): boolean {
  file.refcnt++;
  const arg = text === null ? null : newStr(text);
  try {
    decref(callMethod(file, method, arg === null ? [] : [arg]));
    return true;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return false;
  } finally {
    if (arg !== null) decref(arg);
    decref(file);
  }
}

/** sys.tracebacklimit for the traceback printer (PyTraceBack_Print). */
tracebackState.limit = () => {
  const v = sysAttr("tracebacklimit");
  if (v === undefined || v.type.layout !== C.int) return -1000;
  const n = Number(v.p0);
  return n <= 0 ? 0 : -n;
};

declareModule("sys", (m) => {
  defineValue(m, "modules", sysModules.dict);
  defineFunction(m, "getrefcount", (args, kw) => {
    exactly("getrefcount", args, 1, kw);
    return newInt(args[0]!.refcnt);
  });
  // sys.intern: the one str object for this text (the exact str itself when it is first;
  // the interned table keeps it, where CPython's would let it go with its last user).
  defineFunction(m, "intern", (args, kw) => {
    exactly("intern", args, 1, kw);
    const s = args[0]!;
    if (s.type !== C.str) {
      const name = typeInfo(typeOf(s)).name;
      raise(
        T.TypeError,
        s.type.layout === C.str
          ? `can't intern ${name}`
          : `intern() argument must be str, not ${name}`,
      );
    }
    const text = s.p0 as string;
    let canonical = findInterned(text);
    if (canonical === undefined) {
      canonical = s;
      incref(s);
      addInterned(s);
    }
    incref(canonical);
    return canonical;
  });
  defineFunction(m, "getsizeof", (args, kw) => {
    noKw("getsizeof", kw);
    if (args.length === 0)
      raise(T.TypeError, "getsizeof() missing required argument 'object' (pos 1)");
    if (args.length > 2)
      raise(T.TypeError, `getsizeof() takes at most 2 arguments (${args.length} given)`);
    // sys_getsizeof is METH_VARARGS: its arguments sit in a tuple while it runs.
    for (const a of args) a.refcnt++;
    const packed = newTuple(args.slice());
    try {
      const r = getSizeOf(args[0]!, args[1] ?? null);
      return typeof r === "number" ? newIntFromSsize(r) : r; // PyLong_FromSize_t
    } finally {
      decref(packed);
    }
  });
  if (sizeofDescriptor.object === null) {
    defineMethod(T.object, "__sizeof__", (_args, _kw, self) => newInt(objectSizeof(self!)));
    sizeofDescriptor.object = typeInfo(T.object).dict.get("__sizeof__")!;
  }
  defineFunction(m, "getallocatedblocks", (args, kw) => {
    exactly("sys.getallocatedblocks", args, 0, kw);
    // NOT-CPYTHON (mechanism): blocks are counted from the first call on (the allocation
    // accounting is installed then, and stays, with the blocks of every object the
    // collector tracks), on top of a calibration: the 36,961 blocks CPython 3.11.7 had
    // allocated when a small script first asked (it varies by about ten from run to run).
    // The count moves as CPython's does, except that an untracked object (an int, a str)
    // made before the first call and freed after it is not subtracted.
    if (!accounting.countingBlocks) {
      accounting.countingBlocks = true;
      updateObserver();
      accounting.adopt(heap.getObjects());
      blocksBase = BLOCKS_AT_FIRST_CALL - accounting.allocatedBlocks();
    }
    return newInt(blocksBase + accounting.allocatedBlocks());
  });
  defineFunction(m, "getrecursionlimit", (args, kw) => {
    exactly("getrecursionlimit", args, 0, kw);
    return newInt(threadState.recursionLimit);
  });
  defineFunction(m, "setrecursionlimit", (args, kw) => {
    exactly("setrecursionlimit", args, 1, kw);
    const n = asIndex(args[0]!);
    if (n < 1) raise(T.ValueError, "recursion limit must be greater or equal than 1");
    threadState.recursionLimit = n;
    return none();
  });
  defineFunction(m, "get_int_max_str_digits", (args, kw) => {
    exactly("sys.get_int_max_str_digits", args, 0, kw);
    return newInt(intDigits.max);
  });
  defineFunction(m, "set_int_max_str_digits", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (args.length > 1)
      raise(
        T.TypeError,
        `set_int_max_str_digits() takes at most 1 argument (${args.length} given)`,
      );
    const arg = pos[0] ?? kw.get("maxdigits");
    if (arg === undefined)
      raise(T.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const n = asIndex(arg);
    if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD)
      raise(T.ValueError, `maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
    intDigits.max = n;
    return none();
  });
  defineFunction(m, "exit", (args, kw) => {
    range_("exit", args, 0, 1, kw);
    // SystemExit(code): the status is decided when it reaches the top level.
    for (const a of args) incref(a);
    throw new PyRaise(call(T.SystemExit, args));
  });
  defineFunction(m, "excepthook", (args, kw) => {
    noKw("excepthook", kw);
    if (args.length !== 3) {
      raise(T.TypeError, `excepthook expected 3 arguments, got ${args.length}`);
    }
    displayException(args[1]!);
    return none();
  });
  const hook = m.getStr("excepthook")!;
  defineValue(m, "__excepthook__", hook);
  defaultExcepthook.fn = hook;
  defineUnraisableHook(m);
  defineFunction(m, "displayhook", (args, kw) => {
    exactly("sys.displayhook", args, 1, kw);
    displayhook(args[0]!);
    return none();
  });
  defineValue(m, "__displayhook__", m.getStr("displayhook")!);
  // PRINT_EXPR (interactive input, compile()'s "single" mode): sys.displayhook(value).
  displayHook.display = (value) => {
    const fn = sysAttr("displayhook");
    if (fn === undefined) raise(T.RuntimeError, "lost sys.displayhook");
    incref(value);
    decref(call(fn, [value]));
  };
  defineFunction(m, "settrace", (args, kw) => {
    exactly("settrace", args, 1, kw);
    setTrace(args[0] === S.None ? null : args[0]!);
    return none();
  });
  defineFunction(m, "gettrace", (args, kw) => {
    exactly("gettrace", args, 0, kw);
    return newRef(trace.func ?? S.None);
  });
  defineFunction(m, "setprofile", (args, kw) => {
    exactly("setprofile", args, 1, kw);
    setProfile(args[0] === S.None ? null : args[0]!);
    return none();
  });
  defineFunction(m, "getprofile", (args, kw) => {
    exactly("getprofile", args, 0, kw);
    return newRef(trace.profile ?? S.None);
  });
  defineFunction(m, "_getframe", (args, kw) => {
    range_("_getframe", args, 0, 1, kw);
    let depth = args.length > 0 ? asIndex(args[0]!) : 0;
    let f = frameStack.current;
    while (depth > 0 && f !== null) {
      f = f.back;
      depth--;
    }
    if (f === null) raise(T.ValueError, "call stack is not deep enough");
    return frameObjectOf(f);
  });
  // sys.exception() (3.11): the exception being handled, or None.
  defineFunction(m, "exception", (args, kw) => {
    exactly("exception", args, 0, kw);
    const h = threadState.handled;
    return h.length === 0 ? none() : incRef(h[h.length - 1]!);
  });
  defineFunction(m, "exc_info", (args, kw) => {
    exactly("exc_info", args, 0, kw);
    const h = threadState.handled;
    if (h.length === 0) return newTuple([none(), none(), none()]);
    const e = h[h.length - 1]!;
    e.refcnt++;
    const t = e.type.owner as HeapObject;
    t.refcnt++;
    const tb = excState(e)?.traceback ?? S.None;
    tb.refcnt++;
    return newTuple([t, e, tb]);
  });
  /** defineValue, giving up the caller's reference. */
  const put = (name: string, value: HeapObject): void => {
    defineValue(m, name, value);
    decref(value);
  };
  put("version", newStr("3.11.7 (main, pygc) [TypeScript]"));
  const vi = newStructSeq(structSeqTypes().version_info, [
    newInt(3),
    newInt(11),
    newInt(7),
    newStr("final"),
    newInt(0),
  ]);
  defineValue(m, "version_info", vi);
  const hexversion = newInt(0x030b07f0);
  defineValue(m, "hexversion", hexversion);
  const implName = newStr("pygc");
  const implHex = newInt(0x030b07f0); // make_impl_info makes its own int
  put(
    "implementation",
    newSimpleNamespace([
      ["name", implName],
      ["cache_tag", S.None],
      ["version", vi],
      ["hexversion", implHex],
    ]),
  );
  for (const x of [implName, vi, hexversion, implHex]) decref(x);
  put("platform", newStr("linux"));
  put("byteorder", newStr("little"));
  put("maxsize", newInt(2n ** 63n - 1n));
  put("maxunicode", newInt(0x10ffff));
  put("api_version", newInt(1013));
  put("float_repr_style", newStr("short"));
  put("builtin_module_names", newTuple(builtinModuleNames().map((n) => newStr(n))));
  put(
    "copyright",
    newStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."),
  );
  const types = structSeqTypes();
  put(
    "flags",
    newStructSeq(
      types.flags,
      FLAGS.map(([f, v]) => newFlag(f === "hash_randomization" ? hashRandomization() : v)),
    ),
  );
  put(
    "float_info",
    newStructSeq(
      types.float_info,
      FLOAT_INFO.map(([, v]) => newNumber(v)),
    ),
  );
  put(
    "int_info",
    newStructSeq(
      types.int_info,
      INT_INFO.map(([, v]) => newInt(v)),
    ),
  );
  put(
    "hash_info",
    newStructSeq(
      types.hash_info,
      HASH_INFO.map(([, v]) => newFlag(v)),
    ),
  );
  defineFunction(m, "is_finalizing", (args, kw) => {
    exactly("is_finalizing", args, 0, kw);
    return newBool(sysState.finalizing);
  });
  defineFunction(m, "getswitchinterval", (args, kw) => {
    exactly("getswitchinterval", args, 0, kw);
    return newFloat(sysState.switchInterval);
  });
  defineFunction(m, "setswitchinterval", (args, kw) => {
    exactly("setswitchinterval", args, 1, kw);
    const v = toDouble(args[0]!);
    if (!(v > 0)) raise(T.ValueError, "switch interval must be strictly positive");
    sysState.switchInterval = v;
    return none();
  });
  defineFunction(m, "getfilesystemencodeerrors", (args, kw) => {
    exactly("getfilesystemencodeerrors", args, 0, kw);
    return newStr("surrogateescape");
  });
  defineFunction(m, "call_tracing", (args, kw) => {
    exactly("call_tracing", args, 2, kw);
    const [fn, callArgs] = args as [HeapObject, HeapObject];
    if (callArgs.type !== C.tuple) {
      raise(
        T.TypeError,
        `call_tracing() argument 2 must be tuple, not ${typeInfo(typeOf(callArgs)).name}`,
      );
    }
    const items = callArgs.p0 as HeapObject[];
    for (const x of items) incref(x);
    return call(fn, items.slice());
  });
  defineFunction(m, "_clear_type_cache", (args, kw) => {
    exactly("_clear_type_cache", args, 0, kw);
    return none();
  });
  put("abiflags", newStr(""));
  put("pycache_prefix", newRef(S.None));
  put(
    "thread_info",
    newStructSeq(structSeqTypes().thread_info, [
      newStr("pthread"),
      newStr("semaphore"),
      newStr("NPTL 2.36"),
    ]),
  );
  defineFunction(m, "getdefaultencoding", (args, kw) => {
    exactly("getdefaultencoding", args, 0, kw);
    return newStr("utf-8");
  });
  defineFunction(m, "getfilesystemencoding", (args, kw) => {
    exactly("getfilesystemencoding", args, 0, kw);
    return newStr("utf-8");
  });
  // _PySys_Create ends in _PyImport_FixupBuiltin, which keeps a copy of the dict so far
  // (m_copy): each value set above has one more reference (sys.getrefcount(sys.flags) is 3).
  const copy = newDict();
  for (const e of m.live()) (copy.p0 as DictStore).set(e.key, e.value);
  fixupCopy.dict = copy;
  // _PySys_UpdateConfig, then the standard streams: set after the copy.
  // (importlib's: sys.meta_path and sys.path_hooks are lists of finders and hooks there)
  for (const [name, value] of [
    ["meta_path", newList([])],
    ["path_hooks", newList([])],
    ["path_importer_cache", newDict()],
  ] as const) {
    defineValue(m, name, value);
    decref(value);
  }
  const argv = newList(sysState.argv.map(newStr));
  defineValue(m, "argv", argv);
  decref(argv);
  const warnoptions = newList(sysState.warnoptions.map(newStr));
  defineValue(m, "warnoptions", warnoptions);
  decref(warnoptions);
  const xoptions = newDict();
  for (const [k, v] of Object.entries(sysState.xoptions)) {
    const key = newStr(k);
    const value = v === true ? newBool(true) : newStr(v);
    (xoptions.p0 as DictStore).set(key, value);
    decref(key);
    decref(value);
  }
  defineValue(m, "_xoptions", xoptions);
  decref(xoptions);
  // sys.path: the script's directory first; imports search what the list holds when they run.
  const path = newList(importState.path.map(newStr));
  defineValue(m, "path", path);
  decref(path);
  importState.searchPath = () => {
    const list = m.getStr("path");
    if (list === undefined || list.type.layout !== C.list) return importState.path;
    return (list.p0 as HeapObject[]).filter((x) => x.type === C.str).map((x) => x.p0 as string);
  };
  put("dont_write_bytecode", newBool(false));
  put("platlibdir", newStr("lib"));
  for (const name of ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"])
    put(name, newStr(SYS_PREFIX));
  put("executable", newStr(`${SYS_PREFIX}/bin/pygc`));
  put("orig_argv", newList(["pygc", ...sysState.argv].map((a) => newStr(a))));
  for (const fd of [0, 1, 2] as const) {
    const name = ["stdin", "stdout", "stderr"][fd]!;
    const s = nativeStreamType.make(fd);
    defineValue(m, name, s);
    defineValue(m, `__${name}__`, s);
    decref(s);
  }
});

/**
 * sys.flags: pygc takes none of these options, so each value says what pygc does:
 * str hashes are randomized unless PYTHONHASHSEED=0 (strhash.ts), and text is always
 * UTF-8 (python3 shows utf8_mode=1 under -X utf8, as the golden files run it).
 */
const FLAGS: [string, number | boolean][] = [
  ["debug", 0],
  ["inspect", 0],
  ["interactive", 0],
  ["optimize", 0],
  ["dont_write_bytecode", 0],
  ["no_user_site", 0],
  ["no_site", 0],
  ["ignore_environment", 0],
  ["verbose", 0],
  ["bytes_warning", 0],
  ["quiet", 0],
  ["hash_randomization", 0],
  ["isolated", 0],
  ["dev_mode", false],
  ["utf8_mode", 1],
  ["warn_default_encoding", 0],
  ["safe_path", false],
  ["int_max_str_digits", -1],
];

const FLOAT_INFO: [string, number][] = [
  ["max", Number.MAX_VALUE],
  ["max_exp", 1024],
  ["max_10_exp", 308],
  ["min", 2.2250738585072014e-308],
  ["min_exp", -1021],
  ["min_10_exp", -307],
  ["dig", 15],
  ["mant_dig", 53],
  ["epsilon", Number.EPSILON],
  ["radix", 2],
  ["rounds", 1],
];

const INT_INFO: [string, number][] = [
  ["bits_per_digit", 30],
  ["sizeof_digit", 4],
  ["default_max_str_digits", INT_MAX_STR_DIGITS_DEFAULT],
  ["str_digits_check_threshold", INT_MAX_STR_DIGITS_THRESHOLD],
];

/** The parameters of numeric hashing (runtime hashing follows them; str hashing is not
 * SipHash, so `algorithm` names what CPython uses, not what pygc computes). */
const HASH_INFO: [string, number | bigint | string][] = [
  ["width", 64],
  ["modulus", 2n ** 61n - 1n],
  ["inf", 314159],
  ["nan", 0],
  ["imag", 1000003],
  ["algorithm", "siphash13"],
  ["hash_bits", 64],
  ["seed_bits", 128],
  ["cutoff", 0],
];

/** float_info's fields are floats except the counts. */
function newNumber(v: number): HeapObject {
  return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? newInt(v) : newFloat(v);
}

function newFlag(v: number | bigint | boolean | string): HeapObject {
  if (typeof v === "boolean") return newBool(v);
  if (typeof v === "string") return newStr(v);
  return newInt(v);
}

let seqTypes: Record<
  "version_info" | "flags" | "float_info" | "int_info" | "hash_info" | "thread_info",
  HeapObject
> | null = null;

/** sys's struct sequence types, made with the module. */
function structSeqTypes() {
  seqTypes ??= {
    version_info: makeStructSeqType({
      module: "sys",
      name: "version_info",
      doc: "sys.version_info\n\nVersion information as a named tuple.",
      fields: ["major", "minor", "micro", "releaselevel", "serial"],
    }),
    flags: makeStructSeqType({
      module: "sys",
      name: "flags",
      doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
      fields: FLAGS.map(([f]) => f),
    }),
    float_info: makeStructSeqType({
      module: "sys",
      name: "float_info",
      constructible: true,
      doc: "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.",
      fields: FLOAT_INFO.map(([f]) => f),
    }),
    int_info: makeStructSeqType({
      module: "sys",
      name: "int_info",
      constructible: true,
      doc: "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.",
      fields: INT_INFO.map(([f]) => f),
    }),
    thread_info: makeStructSeqType({
      module: "sys",
      name: "thread_info",
      doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
      fields: ["name", "lock", "version"],
    }),
    hash_info: makeStructSeqType({
      module: "sys",
      name: "hash_info",
      constructible: true,
      doc: "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.",
      fields: HASH_INFO.map(([f]) => f),
    }),
  };
  return seqTypes;
}
