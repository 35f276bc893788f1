/**
 * The builtin exceptions' own members and methods (CPython 3.11 Objects/exceptions.c):
 * StopIteration.value, SystemExit.code, ImportError's msg/name/path, OSError's errno,
 * strerror, filename, filename2 and characters_written, SyntaxError's msg, filename,
 * lineno, offset, end_lineno, end_offset, text and print_file_and_line, the Unicode errors'
 * encoding, object, start, end and reason; the __init__ (and OSError's __new__) that fill
 * them, the __str__ and __reduce__ that read them; BaseException's __reduce__,
 * __setstate__ and add_note.
 *
 * The members live in the exception's ExcState (instance.ts: `members`, in the order of
 * the layout's C struct, null for a NULL field, read as None; OSError's `written` and the
 * Unicode errors' `start`/`end` are C integers there too). abstract.ts answers and sets
 * them through layoutMember/setLayoutMember, and nativedescr.ts makes their
 * member_descriptors from the same reads. An exception pygc raises itself (errorFactory)
 * gets its members as the type's __init__ would give them (initMembers), since CPython
 * makes those by calling the type.
 *
 * NOT-CPYTHON: like args and __traceback__, a member is answered before the class's MRO
 * is searched, so a subclass attribute of the same name (a property `filename` on an
 * OSError subclass) does not hide it.
 */
import type { HeapObject } from "../engine/index.js";
import {
  asIndex,
  getAttrOrNull,
  incRef,
  isInt,
  isStr,
  repr,
  setAttr,
  str,
  toArray,
} from "./abstract.js";
import { defineMethod } from "./bootstrap.js";
import { bytesData, isBytesLike, newBytes } from "./bytes.js";
import type { DictStore } from "./dictstore.js";
import { PyRaise, raise } from "./errors.js";
import { staticmethodContract } from "./function.js";
import { decref, heap, incref, xdecref } from "./heapref.js";
import { allocInstance, EXC_LAYOUTS, type ExcState, excState, instanceDict } from "./instance.js";
import { newBuiltin, newDict, newInt, newList, newStr, newTuple } from "./objects.js";
import { lookupQuiet, typeInfo, typeName, typeOf } from "./typeobject.js";
import { C, S, T } from "./types.js";

const OSERROR = EXC_LAYOUTS.OSError!;
const UNICODE = EXC_LAYOUTS.UnicodeError!;
const SYNTAX = EXC_LAYOUTS.SyntaxError!;

/** Member `i` of the exception set to `value` (a new reference; null: NULL). */
function setMember(st: ExcState, i: number, value: HeapObject | null): void {
  if (value !== null) incref(value);
  const old = st.members![i]!;
  st.members![i] = value;
  xdecref(old);
}

function setNamed(st: ExcState, name: string, value: HeapObject | null): void {
  setMember(st, st.layout!.indexOf(name), value);
}

function member(st: ExcState, name: string): HeapObject | null {
  return st.members![st.layout!.indexOf(name)] ?? null;
}

/**
 * The layout member `name` of an exception (a new reference; None for a NULL field), or
 * undefined when its layout has no such member.
 */
export function layoutMember(st: ExcState, name: string): HeapObject | undefined {
  const layout = st.layout;
  if (layout === null) return undefined;
  const i = layout.indexOf(name);
  if (i >= 0) return incRef(st.members![i] ?? S.None);
  if (layout === OSERROR && name === "characters_written") {
    // OSError_written_get
    if (st.written === -1) raise(T.AttributeError, "characters_written");
    return newInt(st.written);
  }
  if (layout === UNICODE && (name === "start" || name === "end")) return newInt(st[name]);
  return undefined;
}

/** PyLong_AsSsize_t as a T_PYSSIZET member's setter calls it: ints only. */
function ssizeFromInt(value: HeapObject): number {
  if (!isInt(value)) raise(T.TypeError, "an integer is required");
  const v = BigInt(value.p0 as number | bigint);
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n))
    raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/**
 * Assign (or, for a null `value`, delete) the layout member `name`: true when the layout
 * has it. T_OBJECT members take any value and read None once deleted;
 * characters_written is OSError_written_set; start and end are T_PYSSIZET members (a
 * value that is not an int stores -1 before the TypeError, as structmember.c does).
 */
export function setLayoutMember(st: ExcState, name: string, value: HeapObject | null): boolean {
  const layout = st.layout;
  if (layout === null) return false;
  const i = layout.indexOf(name);
  if (i >= 0) {
    setMember(st, i, value);
    return true;
  }
  if (layout === OSERROR && name === "characters_written") {
    if (value === null) {
      if (st.written === -1) raise(T.AttributeError, "characters_written");
      st.written = -1;
    } else st.written = ssizeFromNumber(value);
    return true;
  }
  if (layout === UNICODE && (name === "start" || name === "end")) {
    if (value === null) raise(T.TypeError, "can't delete numeric/char attribute");
    st[name] = -1;
    st[name] = ssizeFromInt(value);
    return true;
  }
  return false;
}

/** PyNumber_AsSsize_t(value, PyExc_ValueError). */
function ssizeFromNumber(value: HeapObject): number {
  const n = asIndex(value);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63)
    raise(T.ValueError, `cannot fit '${typeName(value)}' into an index-sized integer`);
  return n;
}

/**
 * _PyGen_FetchStopIterationValue: a StopIteration's value member (borrowed; None when
 * unset or for an exception of another layout).
 */
export function stopIterationValue(exc: HeapObject): HeapObject {
  const st = excState(exc);
  return st?.layout === EXC_LAYOUTS.StopIteration ? (st.members![0] ?? S.None) : S.None;
}

// ---------------------------------------------------------------- __init__ and __new__

/** BaseException_init's effect: args becomes a tuple of the positional arguments. */
function setArgs(st: ExcState, args: HeapObject[]): void {
  for (const a of args) incref(a);
  const old = st.args;
  st.args = newTuple(args);
  xdecref(old);
}

function noKeywords(type: HeapObject, kwnames: string[] | null): void {
  if ((kwnames?.length ?? 0) > 0)
    raise(T.TypeError, `${typeInfo(type).name}() takes no keyword arguments`);
}

/** StopIteration_init: value is the first argument, else None. */
function initStopIteration(st: ExcState, args: HeapObject[]): void {
  setNamed(st, "value", args[0] ?? S.None);
}

/** SystemExit_init: code is None for no argument, the argument, or the args tuple. */
function initSystemExit(st: ExcState, args: HeapObject[]): void {
  if (args.length === 0) return;
  setNamed(st, "code", args.length === 1 ? args[0]! : st.args);
}

/** ImportError_init's positional part: msg is the argument when there is exactly one. */
function initImportErrorMsg(st: ExcState, args: HeapObject[]): void {
  setNamed(st, "msg", args.length === 1 ? args[0]! : null);
}

/**
 * SyntaxError_init: msg is the first argument; with exactly two, the second is a sequence
 * (filename, lineno, offset, text[, end_lineno, end_offset]).
 */
function initSyntaxError(st: ExcState, args: HeapObject[]): void {
  if (args.length >= 1) setNamed(st, "msg", args[0]!);
  if (args.length !== 2) return;
  const info = toArray(args[1]!); // PySequence_Tuple
  try {
    // (cleared before PyArg_ParseTuple, which may fail: they stay NULL then)
    setNamed(st, "end_lineno", null);
    setNamed(st, "end_offset", null);
    if (info.length < 4 || info.length > 6) {
      const bound = info.length < 4 ? "at least 4" : "at most 6";
      raise(T.TypeError, `function takes ${bound} arguments (${info.length} given)`);
    }
    const fields = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
    for (let i = 0; i < fields.length; i++) setNamed(st, fields[i]!, info[i] ?? null);
    if (info.length === 5)
      raise(T.TypeError, "end_offset must be provided when end_lineno is provided");
  } finally {
    for (const x of info) decref(x);
  }
}

/**
 * UnicodeEncodeError_init / UnicodeDecodeError_init / UnicodeTranslateError_init:
 * PyArg_ParseTuple "UOnnU" ("UnnU" to translate); a decode error's object is any
 * bytes-like object, kept as bytes.
 */
function initUnicodeError(st: ExcState, type: HeapObject, args: HeapObject[]): void {
  const translating = isSubtypeNamed(type, "UnicodeTranslateError");
  const decoding = isSubtypeNamed(type, "UnicodeDecodeError");
  const want = translating ? 4 : 5;
  if (args.length !== want)
    raise(T.TypeError, `function takes exactly ${want} arguments (${args.length} given)`);
  const [encoding, object, start, end, reason] = translating
    ? [null, args[0]!, args[1]!, args[2]!, args[3]!]
    : [args[0]!, args[1]!, args[2]!, args[3]!, args[4]!];
  const argStr = (o: HeapObject, n: number) => {
    if (!isStr(o)) raise(T.TypeError, `argument ${n} must be str, not ${typeName(o)}`);
  };
  if (encoding !== null) argStr(encoding, 1);
  if (!decoding) argStr(object, translating ? 1 : 2);
  const s = ssizeArg(start);
  const e = ssizeArg(end);
  argStr(reason, want);
  let obj = object;
  if (decoding) {
    if (!isBytesLike(object))
      raise(T.TypeError, `a bytes-like object is required, not '${typeName(object)}'`);
    obj = object.type === C.bytes ? incRef(object) : newBytes(bytesData(object).slice());
  } else incref(obj);
  setNamed(st, "encoding", encoding);
  setNamed(st, "object", obj);
  decref(obj);
  setNamed(st, "reason", reason);
  st.start = s;
  st.end = e;
}

/** PyArg_ParseTuple's "n": an index that fits a Py_ssize_t. */
function ssizeArg(o: HeapObject): number {
  const n = asIndex(o);
  if (Math.abs(n) >= 2 ** 63)
    raise(T.OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

function isSubtypeNamed(type: HeapObject, name: string): boolean {
  return typeInfo(type).mro.includes(T[name]!);
}

/** The errno values OSError.__new__ maps to a subclass (errnomap, Linux numbers). */
const ERRNO_TYPES: [string, number[]][] = [
  ["PermissionError", [1, 13]],
  ["FileNotFoundError", [2]],
  ["ProcessLookupError", [3]],
  ["InterruptedError", [4]],
  ["ChildProcessError", [10]],
  ["BlockingIOError", [11, 114, 115]],
  ["FileExistsError", [17]],
  ["NotADirectoryError", [20]],
  ["IsADirectoryError", [21]],
  ["BrokenPipeError", [32, 108]],
  ["ConnectionAbortedError", [103]],
  ["ConnectionResetError", [104]],
  ["TimeoutError", [110]],
  ["ConnectionRefusedError", [111]],
];
const errnoMap = new Map<number, string>(
  ERRNO_TYPES.flatMap(([name, codes]) => codes.map((n) => [n, name] as [number, string])),
);

/** OSError's own __new__ and __init__ (to tell oserror_use_init). */
const osDescrs = { newFn: null as HeapObject | null, init: null as HeapObject | null };

/**
 * oserror_use_init: a subclass that overrides __init__ but keeps OSError.__new__ is
 * filled by __init__; otherwise __new__ does it and __init__ does nothing.
 */
function oserrorUseInit(type: HeapObject): boolean {
  return (
    lookupQuiet(type, "__init__") !== osDescrs.init &&
    lookupQuiet(type, "__new__") === osDescrs.newFn
  );
}

/**
 * oserror_parse_args + oserror_init: from 2 to 5 arguments are (errno, strerror[,
 * filename[, winerror[, filename2]]]); a filename leaves args with the first two (a
 * BlockingIOError's third argument, a number, is characters_written instead).
 */
function initOSError(exc: HeapObject, st: ExcState, args: HeapObject[]): void {
  const n = args.length;
  const parsed = n >= 2 && n <= 5;
  const filename = parsed ? (args[2] ?? null) : null;
  const filename2 = parsed ? (args[4] ?? null) : null;
  let kept = args;
  if (filename !== null && filename !== S.None) {
    if (typeOf(exc) === T.BlockingIOError && isNumber(filename)) {
      st.written = ssizeFromNumber(filename);
    } else {
      setNamed(st, "filename", filename);
      if (filename2 !== null && filename2 !== S.None) setNamed(st, "filename2", filename2);
      if (parsed) kept = args.slice(0, 2);
    }
  }
  setNamed(st, "errno", parsed ? args[0]! : null);
  setNamed(st, "strerror", parsed ? args[1]! : null);
  setArgs(st, kept);
}

/** PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__. */
function isNumber(o: HeapObject): boolean {
  if (isInt(o) || o.type === C.float || typeInfo(typeOf(o)).name === "complex") return true;
  const t = typeOf(o);
  return ["__index__", "__int__", "__float__"].some((n) => lookupQuiet(t, n) !== null);
}

/**
 * The members an exception of builtin type `type` gets from its __init__ when pygc makes
 * it itself (errorFactory, a generator's StopIteration): args is already set.
 */
export function initMembers(exc: HeapObject): void {
  const st = excState(exc);
  if (st === null || st.layout === null) return;
  const args = (st.args?.p0 as HeapObject[] | undefined) ?? [];
  const type = typeOf(exc);
  const layout = st.layout;
  if (layout === EXC_LAYOUTS.StopIteration) initStopIteration(st, args);
  else if (layout === EXC_LAYOUTS.SystemExit) initSystemExit(st, args);
  else if (layout === EXC_LAYOUTS.ImportError) initImportErrorMsg(st, args);
  else if (layout === OSERROR) initOSError(exc, st, args.slice());
  else if (layout === SYNTAX) initSyntaxError(st, args);
  // (a Unicode error: made with its five or four arguments)
  else if (args.length === (isSubtypeNamed(type, "UnicodeTranslateError") ? 4 : 5))
    initUnicodeError(st, type, args);
}

/** An instance of builtin exception `type` with args `args` (borrowed), as type(*args). */
export function newException(type: HeapObject, args: HeapObject[]): HeapObject {
  const exc = allocInstance(type, true);
  setArgs(excState(exc)!, args);
  try {
    initMembers(exc);
  } catch (e) {
    decref(exc);
    throw e;
  }
  return exc;
}

/**
 * PyErr_SetImportError / _PyErr_SetImportErrorWithNameFrom: ImportError (or
 * ModuleNotFoundError) `msg` with its name and path members.
 */
export function raiseImportError(
  type: HeapObject,
  msg: string,
  name: string,
  path: string | null,
): never {
  const text = newStr(msg);
  const exc = newException(type, [text]);
  decref(text);
  const st = excState(exc)!;
  for (const [field, value] of [
    ["name", name],
    ["path", path],
  ] as const) {
    if (value === null) continue;
    const v = newStr(value);
    setNamed(st, field, v);
    decref(v);
  }
  throw new PyRaise(exc);
}

// ---------------------------------------------------------------- __str__

/** my_basename: what follows the last '/'. */
function basename(name: string): string {
  return name.slice(name.lastIndexOf("/") + 1);
}

function orNone(v: HeapObject | null): HeapObject {
  return v ?? S.None;
}

/** OSError_str */
function osErrorStr(self: HeapObject, st: ExcState): string {
  const filename = member(st, "filename");
  const filename2 = member(st, "filename2");
  const errno = member(st, "errno");
  const strerror = member(st, "strerror");
  if (filename !== null) {
    const head = `[Errno ${str(orNone(errno))}] ${str(orNone(strerror))}: ${repr(filename)}`;
    return filename2 !== null ? `${head} -> ${repr(filename2)}` : head;
  }
  if (errno !== null && strerror !== null) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return baseStr(self);
}

/** BaseException_str */
function baseStr(self: HeapObject): string {
  const args = (excState(self)?.args?.p0 as HeapObject[] | undefined) ?? [];
  if (args.length === 0) return "";
  if (args.length === 1) return str(args[0]!);
  return repr(excState(self)!.args!);
}

/** SyntaxError_str: msg, with the file's base name and the line when they are known. */
function syntaxErrorStr(st: ExcState): string {
  const msg = str(orNone(member(st, "msg")));
  const filename = member(st, "filename");
  const lineno = member(st, "lineno");
  const file = filename !== null && isStr(filename) ? basename(filename.p0 as string) : null;
  // PyLong_CheckExact, then PyLong_AsLongAndOverflow: -1 past a C long.
  let line: string | null = null;
  if (lineno !== null && lineno.type === C.int) {
    const v = BigInt(lineno.p0 as number | bigint);
    line = v > 2n ** 63n - 1n || v < -(2n ** 63n) ? "-1" : String(v);
  }
  if (file !== null && line !== null) return `${msg} (${file}, line ${line})`;
  if (file !== null) return `${msg} (${file})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

/** UnicodeEncodeError_str / UnicodeDecodeError_str / UnicodeTranslateError_str. */
function unicodeErrorStr(self: HeapObject, st: ExcState): string {
  const object = member(st, "object");
  if (object === null) return ""; // not initialised
  const reason = str(orNone(member(st, "reason")));
  const type = typeOf(self);
  const { start, end } = st;
  if (isSubtypeNamed(type, "UnicodeDecodeError")) {
    const encoding = str(orNone(member(st, "encoding")));
    const b = bytesData(object);
    if (start >= 0 && start < b.length && end === start + 1) {
      const byte = b[start]!.toString(16).padStart(2, "0");
      return `'${encoding}' codec can't decode byte 0x${byte} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const translating = isSubtypeNamed(type, "UnicodeTranslateError");
  const cps = [...(object.p0 as string)];
  const what = translating
    ? "can't translate"
    : `'${str(orNone(member(st, "encoding")))}' codec can't encode`;
  if (start >= 0 && start < cps.length && end === start + 1) {
    const c = cps[start]!.codePointAt(0)!;
    const esc =
      c <= 0xff
        ? `\\x${c.toString(16).padStart(2, "0")}`
        : c <= 0xffff
          ? `\\u${c.toString(16).padStart(4, "0")}`
          : `\\U${c.toString(16).padStart(8, "0")}`;
    return `${what} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

// ---------------------------------------------------------------- pickling and notes

/**
 * self->dict: the instance's __dict__ (borrowed) when CPython would have made it — asked
 * for, or holding an attribute — else null.
 */
function dictIfAny(self: HeapObject): HeapObject | null {
  if (self.p1 !== null) return self.p1 as HeapObject;
  const attrs = self.p0 as DictStore | null;
  return attrs !== null && attrs.size > 0 ? instanceDict(self) : null;
}

/** (type, args[, dict]): BaseException_reduce with `args` (a new reference). */
function reduceWith(self: HeapObject, args: HeapObject): HeapObject {
  const dict = dictIfAny(self);
  const type = typeOf(self);
  incref(type);
  if (dict === null) return newTuple([type, args]);
  incref(dict);
  return newTuple([type, args, dict]);
}

function installPickling(): void {
  defineMethod(T.BaseException!, "__reduce__", (args, kw, self) => {
    exactlyNone("BaseException.__reduce__", args, kw);
    return reduceWith(self!, incRef(excState(self!)!.args ?? S.emptyTuple));
  });
  // BaseException_setstate: each item of a dict state set as an attribute.
  defineMethod(T.BaseException!, "__setstate__", (args, kw, self) => {
    exactlyOne("BaseException.__setstate__", args, kw);
    const state = args[0]!;
    if (state === S.None) return incRef(S.None);
    if (state.type.layout !== C.dict) raise(T.TypeError, "state is not a dictionary");
    for (const e of (state.p0 as DictStore).live()) {
      if (!isStr(e.key))
        raise(T.TypeError, `attribute name must be string, not '${typeName(e.key)}'`);
      incref(e.key);
      incref(e.value);
      try {
        setAttr(self!, e.key.p0 as string, e.value);
      } finally {
        decref(e.value);
        decref(e.key);
      }
    }
    return incRef(S.None);
  });
  // OSError_reduce: a filename goes back into args (winerror None before filename2).
  defineMethod(T.OSError!, "__reduce__", (args, kw, self) => {
    exactlyNone("OSError.__reduce__", args, kw);
    const st = excState(self!)!;
    const items = (st.args?.p0 as HeapObject[] | undefined) ?? [];
    const filename = member(st, "filename");
    if (items.length === 2 && filename !== null) {
      const filename2 = member(st, "filename2");
      const full = [items[0]!, items[1]!, filename];
      if (filename2 !== null) full.push(S.None, filename2);
      for (const x of full) incref(x);
      return reduceWith(self!, newTuple(full));
    }
    return reduceWith(self!, incRef(st.args ?? S.emptyTuple));
  });
  // ImportError_reduce: name and path join the dict's copy as the state.
  defineMethod(T.ImportError!, "__reduce__", (args, kw, self) => {
    exactlyNone("ImportError.__reduce__", args, kw);
    const st = excState(self!)!;
    const dict = dictIfAny(self!);
    const name = member(st, "name");
    const path = member(st, "path");
    const type = typeOf(self!);
    const argsTuple = incRef(st.args ?? S.emptyTuple);
    incref(type);
    if (dict === null && name === null && path === null) return newTuple([type, argsTuple]);
    const state = newDict();
    const store = state.p0 as DictStore;
    if (dict !== null) store.mergeFrom(dict.p0 as DictStore, true);
    if (name !== null) store.setStr("name", name);
    if (path !== null) store.setStr("path", path);
    return newTuple([type, argsTuple, state]);
  });
}

function exactlyNone(name: string, args: HeapObject[], kw: string[] | null): void {
  if (args.length !== 0 || (kw?.length ?? 0) > 0)
    raise(T.TypeError, `${name}() takes no arguments (${args.length} given)`);
}

function exactlyOne(name: string, args: HeapObject[], kw: string[] | null): void {
  if ((kw?.length ?? 0) > 0) raise(T.TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 1)
    raise(T.TypeError, `${name}() takes exactly one argument (${args.length} given)`);
}

/** PyObject_HasAttr (3.11: any error counts as absent). */
function hasAttr(obj: HeapObject, name: string): boolean {
  try {
    const v = getAttrOrNull(obj, name);
    if (v === null) return false;
    decref(v);
    return true;
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return false;
  }
}

/** PyList_Append (the list model is builtins.ts's, which sets this). */
export const listAppendHook = {
  append: null as unknown as (list: HeapObject, item: HeapObject) => void,
};

/** BaseException_add_note: the note is appended to __notes__, a list made when missing. */
function installAddNote(): void {
  defineMethod(T.BaseException!, "add_note", (args, kw, self) => {
    exactlyOne("BaseException.add_note", args, kw);
    const note = args[0]!;
    if (!isStr(note)) raise(T.TypeError, `note must be a str, not '${typeName(note)}'`);
    if (!hasAttr(self!, "__notes__")) {
      const fresh = newList([]);
      try {
        setAttr(self!, "__notes__", fresh);
      } finally {
        decref(fresh);
      }
    }
    const notes = getAttrOrNull(self!, "__notes__", false)!;
    try {
      if (notes.type.layout !== C.list)
        raise(T.TypeError, "Cannot add note: __notes__ is not a list");
      listAppendHook.append(notes, note); // PyList_Append
    } finally {
      decref(notes);
    }
    return incRef(S.None);
  });
}

// ---------------------------------------------------------------- installation

function installInits(): void {
  // StopIteration_init, SystemExit_init: BaseException_init, then the member.
  for (const [type, fill] of [
    [T.StopIteration!, initStopIteration],
    [T.SystemExit!, initSystemExit],
  ] as const) {
    defineMethod(type, "__init__", (args, kw, self) => {
      noKeywords(typeOf(self!), kw);
      const st = excState(self!)!;
      setArgs(st, args);
      fill(st, args);
      return incRef(S.None);
    });
  }
  // ImportError_init: only name= and path= as keywords (any of them may be None).
  defineMethod(T.ImportError!, "__init__", (args, kw, self) => {
    const nkw = kw?.length ?? 0;
    const pos = args.slice(0, args.length - nkw);
    for (const k of kw ?? []) {
      if (k !== "name" && k !== "path")
        raise(T.TypeError, `'${k}' is an invalid keyword argument for ImportError()`);
    }
    const st = excState(self!)!;
    setArgs(st, pos);
    setNamed(st, "name", null);
    setNamed(st, "path", null);
    for (let i = 0; i < nkw; i++) setNamed(st, kw![i]!, args[pos.length + i]!);
    initImportErrorMsg(st, pos);
    return incRef(S.None);
  });
  defineMethod(T.ImportError!, "__str__", (_a, _k, self) => {
    const msg = member(excState(self!)!, "msg");
    return msg !== null && msg.type === C.str ? incRef(msg) : newStr(baseStr(self!));
  });
  defineMethod(T.SyntaxError!, "__init__", (args, kw, self) => {
    noKeywords(typeOf(self!), kw);
    const st = excState(self!)!;
    setArgs(st, args);
    initSyntaxError(st, args);
    return incRef(S.None);
  });
  defineMethod(T.SyntaxError!, "__str__", (_a, _k, self) =>
    newStr(syntaxErrorStr(excState(self!)!)),
  );
  for (const name of ["UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError"]) {
    const type = T[name]!;
    defineMethod(type, "__init__", (args, kw, self) => {
      noKeywords(typeOf(self!), kw);
      const st = excState(self!)!;
      setArgs(st, args);
      initUnicodeError(st, typeOf(self!), args);
      return incRef(S.None);
    });
    defineMethod(type, "__str__", (_a, _k, self) =>
      newStr(unicodeErrorStr(self!, excState(self!)!)),
    );
  }
}

/** OSError_new, OSError_init, OSError_str and the characters_written getset's reads. */
function installOSError(): void {
  const os = T.OSError!;
  const newFn = newBuiltin("__new__", (args, kwnames) => {
    if (args.length === 0) raise(T.TypeError, "OSError.__new__(): not enough arguments");
    let type = args[0]!;
    const rest = args.slice(1);
    const useInit = oserrorUseInit(type);
    if (!useInit) {
      noKeywords(type, kwnames);
      const errno = rest.length >= 2 && rest.length <= 5 ? rest[0]! : null;
      if (type === os && errno !== null && isInt(errno)) {
        const sub = errnoMap.get(Number(errno.p0));
        if (sub !== undefined) type = T[sub]!;
      }
    }
    const exc = allocInstance(type, true);
    const st = excState(exc)!;
    try {
      if (useInit) setArgs(st, []);
      else initOSError(exc, st, rest.slice(0, rest.length - (kwnames?.length ?? 0)));
    } catch (e) {
      decref(exc);
      throw e;
    }
    return exc;
  });
  const sm = heap.alloc(staticmethodContract, newFn, null, null);
  sm.refcnt = 1_000_000;
  typeInfo(os).dict.set("__new__", sm);
  osDescrs.newFn = sm;
  defineMethod(os, "__init__", (args, kwnames, self) => {
    if (!oserrorUseInit(typeOf(self!))) return incRef(S.None);
    noKeywords(typeOf(self!), kwnames);
    initOSError(self!, excState(self!)!, args);
    return incRef(S.None);
  });
  osDescrs.init = typeInfo(os).dict.get("__init__")!;
  defineMethod(os, "__str__", (_a, _k, self) => newStr(osErrorStr(self!, excState(self!)!)));
}

/** Install the members' methods (after the exception types exist). */
export function installExceptionMembers(): void {
  installInits();
  installOSError();
  installPickling();
  installAddNote();
}
