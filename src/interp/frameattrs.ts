/**
 * What Python sees of frames and code objects (CPython Objects/frameobject.c frame_getsetlist
 * and frame_memberlist, Objects/codeobject.c code_memberlist): f_lineno, f_code, f_locals,
 * f_globals, f_back, f_trace (settable), f_trace_lines, f_trace_opcodes; co_name,
 * co_qualname, co_filename, co_firstlineno, co_varnames, co_argcount, ... and
 * function.__code__.
 */
import { type HeapObject, ObjectType } from "../engine/index.js";
import {
  type FunctionData,
  nativeAttrs,
  nativeRepr,
  nativeSetAttrs,
  truthy,
} from "../runtime/abstract.js";
import { raise } from "../runtime/errors.js";
import { functionContract } from "../runtime/function.js";
import { decref, heap, incref, newRef, unaccounted, xdecref } from "../runtime/heapref.js";
import { newBool, newInt, newStr, newTuple } from "../runtime/objects.js";
import { S, T } from "../runtime/types.js";
import type { Code } from "./code.js";
import { builtinsHook, frameStack } from "./code.js";
import { type Frame, frameContract, frameObjectOf } from "./frame.js";
import { frameLocals, traceData } from "./trace.js";

/**
 * code objects: p0 the Code. One per Code: the module code compile(), exec() and eval()
 * make has one from the start (newCodeObject) that goes with its last reference;
 * every other code's is made on first request and kept with it.
 */
export const codeContract = new ObjectType({
  name: "code",
  gc: false,
  weakrefable: true,
  basicSize: 176,
  dealloc: (obj) => {
    releaseCodeObject(obj);
    return undefined;
  },
});

/**
 * The code object of `code` (a new reference). One made here is also kept by the Code,
 * for the co_consts of the code it is nested in, until that code object goes; each
 * function made from it holds its own (func_code). CPython's compiler made it before the
 * program ran: it is not charged to the allocation accounting.
 */
export function codeObjectOf(code: Code): HeapObject {
  let obj = code.pyObject;
  if (obj === null) {
    obj = unaccounted(() => heap.alloc(codeContract, code));
    if (!code.parentGone) obj.refcnt++; // the Code keeps it
    code.pyObject = obj;
    return obj;
  }
  obj.refcnt++;
  return obj;
}

/**
 * The two references MAKE_FUNCTION's function takes besides its fields from the stack:
 * func_code, the code object of `code`, and func_builtins, the builtins module's dict
 * (both new references).
 */
export function functionCodeRefs(code: Code): { codeObject: HeapObject; builtins: HeapObject } {
  const builtins = builtinsHook.store.owner!;
  builtins.refcnt++;
  return { codeObject: codeObjectOf(code), builtins };
}

/** A code object for module code that compile(), exec() or eval() made (a new reference). */
export function newCodeObject(code: Code): HeapObject {
  const obj = heap.alloc(codeContract, code);
  code.pyObject = obj;
  return obj;
}

/**
 * code_dealloc for the module code compile(), exec() and eval() make: co_consts goes (its
 * items last to first, as tupledealloc releases them), and with it the references to the
 * code objects of the functions and classes compiled with it.
 */
function releaseCodeObject(obj: HeapObject): void {
  const code = obj.p0 as Code;
  if (code.pyObject === obj) code.pyObject = null;
  const owned = code.owned;
  if (owned === null) return;
  code.owned = [];
  for (const child of code.children) {
    child.parentGone = true;
    if (child.pyObject !== null) decref(child.pyObject);
  }
  for (let i = owned.length - 1; i >= 0; i--) decref(owned[i]!);
}

function strTuple(names: string[]): HeapObject {
  return newTuple(names.map((n) => newStr(n)));
}

/**
 * PyFrame_GetBack: the f_back a frame object got when its frame returned, else, while the
 * frame runs, its caller's frame object (a suspended generator's frame has no caller).
 */
function frameBack(o: HeapObject): HeapObject {
  const back = o.p1 as HeapObject | null;
  if (back !== null) return newRef(back);
  const f = o.p0 as Frame;
  if (!f.ownedByObject && f.back !== null) {
    for (let g = frameStack.current; g !== null; g = g.back) {
      if (g === f) return frameObjectOf(f.back);
    }
  }
  return newRef(S.None);
}

/** Install the attributes (at start-up). */
export function installFrameAttributes(): void {
  const code = (o: HeapObject) => o.p0 as Code;
  nativeAttrs.set(
    codeContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["co_name", (o) => newStr(code(o).name)],
      ["co_qualname", (o) => newStr(code(o).qualname)],
      ["co_filename", (o) => newStr(code(o).filename)],
      ["co_firstlineno", (o) => newInt(code(o).firstlineno)],
      ["co_argcount", (o) => newInt(code(o).argcount)],
      ["co_posonlyargcount", (o) => newInt(code(o).posonlyargcount)],
      ["co_kwonlyargcount", (o) => newInt(code(o).kwonlyargcount)],
      ["co_nlocals", (o) => newInt(code(o).nlocals)],
      ["co_varnames", (o) => strTuple(code(o).varnames)],
      ["co_cellvars", (o) => strTuple(code(o).cellvars)],
      ["co_freevars", (o) => strTuple(code(o).freevars)],
      [
        "co_flags",
        (o) => {
          const c = code(o);
          return newInt(
            (c.optimized ? 3 : 0) |
              (c.hasVarargs ? 4 : 0) |
              (c.hasVarkw ? 8 : 0) |
              (c.nested ? 16 : 0) |
              (c.isGenerator ? 32 : 0) |
              c.futureFlags,
          );
        },
      ],
    ]),
  );
  nativeRepr.set(codeContract, (o) => {
    const c = code(o);
    return `<code object ${c.name} at 0x${heap.addressOf(o).toString(16)}, file "${c.filename}", line ${c.firstlineno}>`;
  });

  const frame = (o: HeapObject) => o.p0 as Frame;
  nativeAttrs.set(
    frameContract,
    new Map<string, (o: HeapObject) => HeapObject>([
      ["f_lineno", (o) => newInt(frame(o).lineno)],
      ["f_code", (o) => codeObjectOf(frame(o).code)],
      [
        "f_locals",
        (o) => {
          // PyFrame_FastToLocalsWithError: the trace calls now keep the dict in step.
          frame(o).fastAsLocals = true;
          return frameLocals(frame(o));
        },
      ],
      ["f_globals", (o) => newRef(frame(o).globals)],
      // f_builtins: the builtins dict the frame looks names up in (its owner, the dict object)
      ["f_builtins", (o) => newRef(frame(o).bstore.owner ?? S.None)],
      ["f_back", frameBack],
      ["f_trace", (o) => newRef(frame(o).tr?.func ?? S.None)],
      ["f_trace_lines", (o) => newBool(frame(o).tr?.lines ?? true)],
      ["f_trace_opcodes", (o) => newBool(frame(o).tr?.opcodes ?? false)],
    ]),
  );
  nativeSetAttrs.set(
    frameContract,
    new Map<string, (o: HeapObject, v: HeapObject) => void>([
      [
        "f_trace",
        (o, v) => {
          const tr = traceData(frame(o));
          const old = tr.func;
          if (v === S.None) tr.func = null;
          else {
            incref(v);
            tr.func = v;
          }
          xdecref(old);
        },
      ],
      [
        "f_trace_lines",
        (o, v) => {
          traceData(frame(o)).lines = truthy(v);
        },
      ],
      [
        "f_trace_opcodes",
        (o, v) => {
          traceData(frame(o)).opcodes = truthy(v);
        },
      ],
    ]),
  );
  nativeRepr.set(frameContract, (o) => {
    const f = frame(o);
    return `<frame at 0x${heap.addressOf(o).toString(16)}, file '${f.code.filename}', line ${f.lineno}, code ${f.code.name}>`;
  });

  nativeAttrs
    .get(functionContract)
    ?.set("__code__", (o) => newRef((o.p0 as FunctionData).codeObject));
  let functionSetters = nativeSetAttrs.get(functionContract);
  if (functionSetters === undefined) {
    functionSetters = new Map();
    nativeSetAttrs.set(functionContract, functionSetters);
  }
  // func_set_code: any code object whose free variables match the closure.
  functionSetters.set("__code__", (o, v) => {
    if (v.type !== codeContract) raise(T.TypeError, "__code__ must be set to a code object");
    const fd = o.p0 as FunctionData;
    const code = v.p0 as Code;
    const nclosure = fd.closure === null ? 0 : (fd.closure.p0 as HeapObject[]).length;
    if (code.freevars.length !== nclosure)
      raise(
        T.ValueError,
        `${fd.name.p0 as string}() requires a code object with ${nclosure} free vars, not ${code.freevars.length}`,
      );
    v.refcnt++;
    const old = fd.codeObject;
    fd.code = code;
    fd.codeObject = v;
    decref(old);
  });
}
