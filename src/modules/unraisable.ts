/**
 * Unraisable exceptions (CPython Python/errors.c, _PyErr_WriteUnraisableMsg): an error that
 * has no caller to go to — raised by `__del__`, a weakref callback, a gc callback, an
 * atexit callback, a generator's close() during finalization — goes to `sys.unraisablehook`
 * as a `UnraisableHookArgs` struct sequence. The default hook (sys.__unraisablehook__)
 * writes "Exception ignored in: <object>" and the traceback to whatever sys.stderr is then
 * (nothing when it is None), piece by piece as write_unraisable_exc_file does, then flushes
 * it. When the hook raises, its own error is reported by the default code instead, under
 * "Exception ignored in sys.unraisablehook".
 */
import type { HeapObject } from "../engine/index.js";
import { tracebackContract } from "../interp/frame.js";
import { tracebackEntries, tracebackState } from "../interp/traceback.js";
import { callBorrowed, callMethod, isInstanceOf, repr, str } from "../runtime/abstract.js";
import type { DictStore } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { decref, newRef } from "../runtime/heapref.js";
import { excState } from "../runtime/instance.js";
import { newStr, none } from "../runtime/objects.js";
import { makeStructSeqType, newStructSeq } from "../runtime/structseq.js";
import { typeInfo, typeOf } from "../runtime/typeobject.js";
import { S, T } from "../runtime/types.js";
import { stderr } from "./io.js";
import { isNativeStream } from "./streams.js";
import { defineFunction, defineValue, exactly } from "./support.js";
import { sysAttr } from "./sys.js";

const FIELDS = ["exc_type", "exc_value", "exc_traceback", "err_msg", "object"] as const;

let argsType: HeapObject | null = null;

/** The UnraisableHookArgs type (not a sys attribute: type(args) reaches it). */
function hookArgsType(): HeapObject {
  argsType ??= makeStructSeqType({
    module: "builtins",
    name: "UnraisableHookArgs",
    doc: "UnraisableHookArgs\n\nType used to pass arguments to sys.unraisablehook.",
    fields: FIELDS,
  });
  return argsType;
}

/** sys.unraisablehook and sys.__unraisablehook__ (called by sys's module init). */
export function defineUnraisableHook(m: DictStore): void {
  defineFunction(m, "unraisablehook", (args, kw) => {
    exactly("sys.unraisablehook", args, 1, kw);
    const u = args[0]!;
    if (typeOf(u) !== hookArgsType()) {
      raise(T.TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    }
    writeDefault(u.p0 as HeapObject[]);
    return none();
  });
  defineValue(m, "__unraisablehook__", m.getStr("unraisablehook")!);
}

/**
 * Report `exc` (a reference taken over) as unraisable: `errMsg` null for the default
 * "Exception ignored in", `obj` the object it happened in (borrowed), or null.
 */
export function writeUnraisable(exc: HeapObject, errMsg: string | null, obj: HeapObject | null) {
  const tb = excState(exc)?.traceback ?? null;
  const hook = sysAttr("unraisablehook");
  if (hook === undefined || hook === S.None) {
    writeDefaultDroppingErrors(exc, errMsg, obj);
    decref(exc);
    return;
  }
  const values = [
    newRef(typeOf(exc)),
    newRef(exc),
    newRef(tb ?? S.None),
    errMsg === null ? newRef(S.None) : newStr(errMsg),
    newRef(obj ?? S.None),
  ];
  // (the exception and its traceback, fetched, stay held as well until the hook returns)
  const hookArgs = newStructSeq(hookArgsType(), values);
  if (tb !== null) tb.refcnt++;
  hook.refcnt++;
  try {
    decref(callBorrowed(hook, [hookArgs]));
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    writeDefaultDroppingErrors(e.exc, "Exception ignored in sys.unraisablehook", hook);
    decref(e.exc);
  } finally {
    decref(hookArgs);
    decref(hook);
    if (tb !== null) decref(tb);
    decref(exc);
  }
}

function writeDefaultDroppingErrors(
  exc: HeapObject,
  errMsg: string | null,
  obj: HeapObject | null,
) {
  const msg = errMsg === null ? S.None : newStr(errMsg);
  try {
    writeDefault([typeOf(exc), exc, excState(exc)?.traceback ?? S.None, msg, obj ?? S.None]);
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
  } finally {
    if (msg !== S.None) decref(msg);
  }
}

/** write_unraisable_exc: the report to sys.stderr as it is now, then its flush(). */
function writeDefault([excType, excValue, excTb, errMsg, obj]: HeapObject[]): void {
  const file = sysAttr("stderr");
  if (file === undefined || file === S.None) return;
  const pieces = reportPieces(excType!, excValue!, excTb!, errMsg!, obj!);
  if (isNativeStream(file, 2)) {
    stderr.write(pieces.join(""));
    stderr.flush();
    return;
  }
  file.refcnt++;
  try {
    for (const text of pieces) {
      const s = newStr(text);
      try {
        decref(callMethod(file, "write", [s]));
      } finally {
        decref(s);
      }
    }
    decref(callMethod(file, "flush", []));
  } finally {
    decref(file);
  }
}

/** write_unraisable_exc_file's writes, in order. */
function reportPieces(
  excType: HeapObject,
  excValue: HeapObject,
  excTb: HeapObject,
  errMsg: HeapObject,
  obj: HeapObject,
): string[] {
  const out: string[] = [];
  if (obj !== S.None) {
    if (errMsg !== S.None) out.push(str(errMsg), ": ");
    else out.push("Exception ignored in: ");
    out.push(
      safely(() => repr(obj), "<object repr() failed>"),
      "\n",
    );
  } else if (errMsg !== S.None) out.push(str(errMsg), ":\n");
  const limit = tracebackState.limit();
  // (PyTraceBack_Print writes nothing, not even its header, under a limit of 0 or less)
  if (excTb !== S.None && excTb.type === tracebackContract && limit !== 0) {
    out.push("Traceback (most recent call last):\n");
    for (const entry of tracebackEntries(excTb, limit)) {
      // tb_displayline: the File line, then each source or caret line as indent, text, newline.
      const [first, ...rest] = entry.split("\n").slice(0, -1);
      out.push(`${first}\n`);
      for (const line of rest) {
        const indent = line.length - line.trimStart().length;
        out.push(line.slice(0, indent), line.slice(indent), "\n");
      }
    }
  }
  if (excType === S.None) return out;
  if (isInstanceOf(excType, T.type)) {
    const info = typeInfo(excType);
    if (info.module !== "builtins" && info.module !== "__main__") out.push(info.module, ".");
    out.push(info.qualname);
  } else out.push("<unknown>");
  if (excValue !== S.None)
    out.push(
      ": ",
      safely(() => str(excValue), "<exception str() failed>"),
    );
  out.push("\n");
  return out;
}

function safely(f: () => string, fallback: string): string {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof PyRaise)) throw e;
    decref(e.exc);
    return fallback;
  }
}
