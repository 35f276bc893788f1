/**
 * compile(), exec() and eval() (CPython 3.11 Python/bltinmodule.c builtin_compile_impl,
 * builtin_exec_impl, builtin_eval_impl; Python/pythonrun.c Py_CompileStringObject,
 * PyRun_StringFlags; Python/ceval.c PyEval_EvalCode).
 *
 * Source — str, bytes or bytearray — is parsed and compiled as module code named
 * `<module>`: compile() returns its code object; exec() and eval() compile it in file
 * `<string>` and run it, or run the code object they are given, in a frame whose globals
 * and locals are the given dicts (by default the caller's globals and its locals, a
 * function's locals() snapshot). A function's code object runs as the call without
 * arguments of a function made for it, as PyEval_EvalCode makes one.
 *
 * References are held as CPython holds them: while compile() compiles (and while exec()
 * and eval() run what they compiled) the parse arena holds the constants; afterwards
 * only the code object's co_consts does, and it goes with the code object's last
 * reference (compile.ts releaseArena, frameattrs.ts newCodeObject). The frame running
 * the code holds the code object too, so a traceback that outlives the call keeps it.
 */
import type { HeapObject } from "../engine/index.js";
import { clinic } from "../modules/support.js";
import type * as A from "../parser/ast.js";
import { Module } from "../parser/ast.js";
import { decodeSource, type Mode, parse } from "../parser/index.js";
import { asIndex, call, type FunctionData, isStr } from "../runtime/abstract.js";
import { bytesData, isBytes, isBytesLike } from "../runtime/bytes.js";
import { encode } from "../runtime/codecs.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { newFunction } from "../runtime/function.js";
import { decref, incref } from "../runtime/heapref.js";
import { cellContract, newStr, none } from "../runtime/objects.js";
import { lookup, lookupSlot, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { builtinsHook, type Code, frameStack } from "./code.js";
import { compileModule, releaseArena } from "./compile.js";
import { noteUnwind } from "./eval.js";
import { Frame, leaveFrame } from "./frame.js";
import { codeContract, functionCodeRefs, newCodeObject } from "./frameattrs.js";
import { moduleTable } from "./imports.js";
import { MappingLocals } from "./mappinglocals.js";
import { syntaxErrorFrom } from "./syntaxerror.js";
import { trace, traceCall, traceReturn, traceUnwind } from "./trace.js";

// ---------------------------------------------------------------- compile flags

/** PyCF_MASK: the CO_FUTURE_* bits (division … annotations) compile() accepts. */
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000;
const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_MASK_OBSOLETE: CO_NESTED. */
const PyCF_MASK_OBSOLETE = 0x10;
const PyCF_DONT_IMPLY_DEDENT = 0x200;
const PyCF_ONLY_AST = 0x400;
const PyCF_TYPE_COMMENTS = 0x1000;
const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
const PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
const PyCF_COMPILE_MASK =
  PyCF_ONLY_AST |
  PyCF_ALLOW_TOP_LEVEL_AWAIT |
  PyCF_TYPE_COMMENTS |
  PyCF_DONT_IMPLY_DEDENT |
  PyCF_ALLOW_INCOMPLETE_INPUT;
/** The future features a code's co_flags carry (PyCF_MASK with annotations). */
const FUTURE_FLAGS = PyCF_MASK | CO_FUTURE_ANNOTATIONS;

/** PyEval_MergeCompilerFlags: the future features of the code that called us. */
function callerFutureFlags(): number {
  return (frameStack.current?.code.futureFlags ?? 0) & FUTURE_FLAGS;
}

// ---------------------------------------------------------------- arguments

/** _Py_SourceAsString: the text of a source argument (`what` names what is accepted). */
function sourceText(obj: HeapObject, fname: string, what: string): string | Uint8Array {
  if (isStr(obj)) {
    const text = obj.p0 as string;
    // PyUnicode_AsUTF8AndSize: a lone surrogate raises UnicodeEncodeError.
    if (/[\ud800-\udfff]/.test(text)) encode(text, "utf-8");
    return text;
  }
  if (isBytesLike(obj)) return bytesData(obj).slice();
  raise(T.TypeError, `${fname}() arg 1 must be a ${what} object`);
}

/** PyUnicode_FSDecoder: a file name from str, bytes or an os.PathLike object. */
function fsDecode(obj: HeapObject): string {
  let path = obj;
  let owned = false;
  if (!isStr(obj) && !isBytes(obj)) {
    const fspath = lookup(typeOf(obj), "__fspath__");
    if (fspath === null)
      raise(T.TypeError, `expected str, bytes or os.PathLike object, not ${typeName(obj)}`);
    incref(fspath);
    incref(obj);
    path = call(fspath, [obj]);
    decref(fspath);
    owned = true;
  }
  try {
    if (isStr(path)) {
      const s = path.p0 as string;
      if (s.includes("\0")) raise(T.ValueError, "embedded null character");
      return s;
    }
    if (isBytes(path)) {
      const data = bytesData(path);
      if (data.includes(0)) raise(T.ValueError, "embedded null byte");
      return Buffer.from(data).toString("utf8");
    }
    return raise(
      T.TypeError,
      `expected ${typeName(obj)}.__fspath__() to return str or bytes, not ${typeName(path)}`,
    );
  } finally {
    if (owned) decref(path);
  }
}

/** _PyLong_AsInt, as Argument Clinic's `int` converter reads an argument. */
function cInt(o: HeapObject): number {
  const v = asIndex(o);
  if (v >= 2 ** 31 || v < -(2 ** 31))
    raise(T.OverflowError, "Python int too large to convert to C int");
  return v;
}

// ---------------------------------------------------------------- compiling

interface CompileRequest {
  /** co_flags future bits (compile()'s flags, the caller's features). */
  futureFlags: number;
  /** 0, 1 or 2 (see Compiler.optimize). */
  optimize: number;
  /** compile()'s code: tracebacks read the named file (see Code.linesFromFile). */
  linesFromFile: boolean;
  /** PyCF_ALLOW_TOP_LEVEL_AWAIT: no SyntaxError for an await in the module body. */
  topLevelAwait?: boolean;
}

/**
 * Parse and compile `source` as module code (_PyParser_ASTFromString + _PyAST_Compile):
 * a Code owning its constants (see compile.ts ownConstants), whose arena the caller
 * releases. Syntax errors are raised as SyntaxError.
 */
function compileCode(
  source: string | Uint8Array,
  filename: string,
  mode: Mode,
  request: CompileRequest,
): Code {
  let tree: A.mod;
  try {
    tree = parse(source, filename, mode);
  } catch (e) {
    throw syntaxErrorFrom(e);
  }
  let module: A.Module;
  let evalResult: A.stmt | undefined;
  if (tree._type === "Expression") {
    // The expression's value is what the code returns.
    const body = tree.body;
    const ret = {
      _type: "Return",
      value: body,
      lineno: body.lineno,
      col_offset: body.col_offset,
      end_lineno: body.end_lineno,
      end_col_offset: body.end_col_offset,
    } as unknown as A.stmt;
    module = new Module([ret], []);
    evalResult = ret;
  } else if (tree._type === "Interactive") module = new Module(tree.body, []);
  else module = tree as A.Module;
  const text = typeof source === "string" ? source : decodeSource(source, filename);
  try {
    return compileModule(module, filename, text, {
      interactive: mode === "single",
      futureFlags: request.futureFlags,
      optimize: request.optimize,
      linesFromFile: request.linesFromFile,
      owned: true,
      evalResult,
      topLevelAwait: request.topLevelAwait,
    });
  } catch (e) {
    // The compiler's own SyntaxErrors (compile-errors.ts, match statements' patterns).
    throw syntaxErrorFrom(e);
  }
}

/**
 * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): a code
 * object (a new reference).
 * NOT-CPYTHON: PyCF_ONLY_AST is refused as an unrecognised flag (there is no ast module);
 * PyCF_ALLOW_TOP_LEVEL_AWAIT only lifts the SyntaxError of an await in the module body
 * (there is no async execution); PyCF_DONT_IMPLY_DEDENT, PyCF_ALLOW_INCOMPLETE_INPUT and
 * CO_FUTURE_BARRY_AS_BDFL are accepted and have no effect.
 */
export function builtinCompile(args: HeapObject[], kwnames: string[] | null): HeapObject {
  const [sourceObj, filenameObj, modeObj, flagsObj, dontInheritObj, optimizeObj, featureObj] =
    clinic(
      "compile",
      ["source", "filename", "mode", "flags", "dont_inherit", "optimize"],
      3,
      args,
      kwnames,
      ["_feature_version"],
    );
  const filename = fsDecode(filenameObj!);
  if (!isStr(modeObj!))
    raise(
      T.TypeError,
      `compile() argument 'mode' must be str, not ${modeObj === S.None ? "None" : typeName(modeObj!)}`,
    );
  const mode = modeObj!.p0 as string;
  if (mode.includes("\0")) raise(T.ValueError, "embedded null character");
  const flags = flagsObj === undefined ? 0 : cInt(flagsObj);
  const dontInherit = dontInheritObj === undefined ? false : cInt(dontInheritObj) !== 0;
  const optimize = optimizeObj === undefined ? -1 : cInt(optimizeObj);
  if (featureObj !== undefined) cInt(featureObj);
  if ((flags & ~(PyCF_MASK | CO_FUTURE_ANNOTATIONS | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) !== 0)
    raise(T.ValueError, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) raise(T.ValueError, "compile(): invalid optimize value");
  let futureFlags = flags & FUTURE_FLAGS;
  if (!dontInherit) futureFlags |= callerFutureFlags();
  if (mode !== "exec" && mode !== "eval" && mode !== "single") {
    if (mode === "func_type" && (flags & PyCF_ONLY_AST) === 0)
      raise(T.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    raise(
      T.ValueError,
      (flags & PyCF_ONLY_AST) !== 0
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'",
    );
  }
  // NOT-CPYTHON: no AST objects to return.
  if ((flags & PyCF_ONLY_AST) !== 0) raise(T.ValueError, "compile(): unrecognised flags");
  const source = sourceText(sourceObj!, "compile", "string, bytes or AST");
  const code = compileCode(source, filename, mode, {
    futureFlags,
    optimize: optimize === -1 ? 0 : optimize,
    linesFromFile: true,
    topLevelAwait: (flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0,
  });
  const obj = newCodeObject(code);
  releaseArena(code); // Py_CompileStringObject frees the arena once compiled
  return obj;
}

// ---------------------------------------------------------------- exec and eval

/** The namespaces exec/eval use: [globals, locals] (borrowed; locals may be made here). */
function namespaces(
  name: string,
  globalsArg: HeapObject | undefined,
  localsArg: HeapObject | undefined,
  callerLocals: () => HeapObject,
): [HeapObject, HeapObject, boolean] {
  const caller = frameStack.current!;
  const g = globalsArg === undefined || globalsArg === S.None ? null : globalsArg;
  const l = localsArg === undefined || localsArg === S.None ? null : localsArg;
  if (g !== null && g.type !== C.dict)
    raise(T.TypeError, `${name}() globals must be a dict, not ${typeName(g)}`);
  if (l !== null && l.type.layout !== C.dict && lookupSlot(typeOf(l), "__getitem__") === null) {
    raise(
      T.TypeError,
      name === "eval"
        ? "locals must be a mapping"
        : `locals must be a mapping or None, not ${typeName(l)}`,
    );
  }
  if (g === null) {
    if (l !== null) return [caller.globals, l, false];
    return [caller.globals, callerLocals(), true];
  }
  if (l === null) return [g, g, false];
  return [g, l, false];
}

/**
 * exec(source, globals=None, locals=None, /, *, closure=None) and
 * eval(source, globals=None, locals=None, /): a new reference (None for exec).
 */
export function execOrEval(
  mode: "exec" | "eval",
  allArgs: HeapObject[],
  kwnames: string[] | null,
  callerLocals: () => HeapObject,
): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const args = allArgs.slice(0, allArgs.length - nkw);
  let closure: HeapObject | null = null;
  if (mode === "eval") {
    if (nkw > 0) raise(T.TypeError, "eval() takes no keyword arguments");
    if (args.length < 1)
      raise(T.TypeError, `eval expected at least 1 argument, got ${args.length}`);
    if (args.length > 3)
      raise(T.TypeError, `eval expected at most 3 arguments, got ${args.length}`);
  } else {
    for (let i = 0; i < nkw; i++) {
      if (kwnames![i] !== "closure")
        raise(T.TypeError, `'${kwnames![i]}' is an invalid keyword argument for exec()`);
      closure = allArgs[args.length + i]!;
    }
    if (args.length < 1)
      raise(T.TypeError, `exec() takes at least 1 positional argument (${args.length} given)`);
    if (args.length > 3)
      raise(T.TypeError, `exec() takes at most 3 positional arguments (${args.length} given)`);
    if (closure === S.None) closure = null;
  }
  const [globals, locals, ownedLocals] = namespaces(mode, args[1], args[2], callerLocals);
  try {
    const gstore = globals.p0 as DictStore;
    if (gstore.getStr("__builtins__") === undefined) {
      const b = moduleTable.modules().getStr("builtins");
      if (b !== undefined) {
        const k = newStr("__builtins__");
        gstore.set(k, b);
        decref(k);
      }
    }
    const source = args[0]!;
    if (source.type === codeContract) {
      checkClosure(mode, source.p0 as Code, closure);
      const r = evalCode(source, globals, locals, closure);
      if (mode === "eval") return r;
      decref(r);
      incref(S.None);
      return S.None;
    }
    if (closure !== null)
      raise(T.TypeError, "closure can only be used when source is a code object");
    let text = sourceText(source, mode, "string, bytes or code");
    if (mode === "eval") {
      // builtin_eval_impl skips leading spaces and tabs.
      if (typeof text === "string") text = text.replace(/^[ \t]+/, "");
      else {
        let i = 0;
        while (text[i] === 32 || text[i] === 9) i++;
        text = text.subarray(i);
      }
    }
    // PyRun_StringFlags: parse into an arena, compile, run, then free the code object
    // and the arena.
    const code = compileCode(text, "<string>", mode, {
      futureFlags: callerFutureFlags(),
      optimize: 0,
      linesFromFile: false,
    });
    const obj = newCodeObject(code);
    let r: HeapObject;
    try {
      r = evalCode(obj, globals, locals, null);
    } finally {
      decref(obj);
      releaseArena(code);
    }
    if (mode === "eval") return r;
    decref(r);
    incref(S.None);
    return S.None;
  } finally {
    if (ownedLocals) decref(locals);
  }
}

/** builtin_exec_impl's and builtin_eval_impl's checks of a code object's free variables. */
function checkClosure(mode: "exec" | "eval", code: Code, closure: HeapObject | null): void {
  const nfree = code.freevars.length;
  if (mode === "eval") {
    if (nfree > 0)
      raise(T.TypeError, "code object passed to eval() may not contain free variables");
    return;
  }
  if (nfree === 0) {
    if (closure !== null) raise(T.TypeError, "cannot use a closure with this code object");
    return;
  }
  const ok =
    closure !== null &&
    closure.type === C.tuple &&
    (closure.p0 as HeapObject[]).length === nfree &&
    (closure.p0 as HeapObject[]).every((c) => c.type === cellContract);
  if (!ok) raise(T.TypeError, `code object requires a closure of exactly length ${nfree}`);
}

/**
 * PyEval_EvalCode(Ex): run code object `codeObj` (borrowed) with these namespaces and
 * free-variable cells; its result (a new reference: None for module code).
 */
function evalCode(
  codeObj: HeapObject,
  globals: HeapObject,
  locals: HeapObject,
  closure: HeapObject | null,
): HeapObject {
  const code = codeObj.p0 as Code;
  if (code.optimized) return callFunctionCode(code, globals, closure);
  const gstore = globals.p0 as DictStore;
  // The builtins are globals["__builtins__"]: a dict, a module, or the real ones.
  const bobj = gstore.getStr("__builtins__");
  const bstore =
    bobj?.type === C.dict
      ? (bobj.p0 as DictStore)
      : bobj?.type === C.module
        ? ((bobj.p0 as HeapObject).p0 as DictStore)
        : builtinsHook.store;
  const f = new Frame(code, globals, gstore, bstore, frameStack.current);
  const ns = locals.type.layout === C.dict ? (locals.p0 as DictStore) : new MappingLocals(locals);
  f.ns = ns;
  f.nsObj = locals;
  // The frame's f_code, standing also for the function PyEval_EvalCode makes to hold
  // the code. NOT-CPYTHON: no function object is made for module code.
  incref(codeObj);
  f.func = codeObj;
  if (code.hasCells) code.makeCellsFrom(f, closure);
  const st = frameStack;
  const savedTop = st.top;
  const savedPooled = st.pooled;
  st.enter(f);
  try {
    if (trace.on) traceCall(f, true);
    code.body(f);
    if (trace.on) traceReturn(f, f.retval ?? S.None);
  } catch (e) {
    const err = noteUnwind(e, f, null);
    throw trace.on ? traceUnwind(f, err) : err;
  } finally {
    st.leave(savedTop, savedPooled);
    leaveFrame(f, f.back);
    if (ns instanceof MappingLocals) ns.release();
  }
  const r = f.retval;
  f.retval = null;
  return r ?? none();
}

/**
 * A function's code run by exec() or eval(): PyEval_EvalCode makes a function of it
 * (named after the code, no defaults, the given closure) and calls it without
 * arguments — so a code that takes some raises TypeError, a generator's makes a
 * generator, and the locals mapping is not used.
 * NOT-CPYTHON: the builtins are the interpreter's, not globals["__builtins__"].
 */
function callFunctionCode(code: Code, globals: HeapObject, closure: HeapObject | null): HeapObject {
  incref(globals);
  incref(S.None);
  incref(S.None);
  if (closure !== null) incref(closure);
  const fd: FunctionData = {
    code,
    ...functionCodeRefs(code),
    globals,
    defaults: null,
    kwdefaults: null,
    closure,
    name: newStr(code.name),
    qualname: newStr(code.name),
    module: S.None,
    doc: S.None,
    dict: null,
    annotations: null,
  };
  const func = newFunction(fd);
  try {
    return code.invoke(func, [], null);
  } finally {
    decref(func);
  }
}
