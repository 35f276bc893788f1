/**
 * exec() and eval() of source strings (CPython Python/bltinmodule.c builtin_exec/eval):
 * the string is parsed and compiled as a module-level code object named `<module>` in file
 * `<string>`, then run in a frame whose globals and locals are the given dicts — by default
 * the caller's globals and its locals (a function's locals() snapshot).
 */
import type { HeapObject } from "../engine/index.js";
import type * as A from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { parse } from "../parser/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { decref, incref } from "../runtime/heapref.js";
import { newStr } from "../runtime/objects.js";
import { lookup, lookupSlot, typeName, typeOf } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { builtinsHook, frameStack } from "./code.js";
import { compileModule } from "./compile.js";
import { noteUnwind } from "./eval.js";
import { Frame, leaveFrame } from "./frame.js";
import { moduleTable, raiseSyntaxError } from "./imports.js";
import { MappingLocals } from "./mappinglocals.js";

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

function compileSource(source: HeapObject, mode: "exec" | "eval", name: string) {
  if (source.type !== C.str)
    raise(T.TypeError, `${name}() arg 1 must be a string, bytes or code object`);
  let text = source.p0 as string;
  if (mode === "eval") text = text.replace(/^[ \t]+/, "");
  let tree: A.Module | A.Expression;
  try {
    tree = parse(text, "<string>", mode) as A.Module | A.Expression;
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(e);
    throw e;
  }
  let module: A.Module;
  if (mode === "eval") {
    const body = (tree as A.Expression).body;
    const ret = {
      _type: "Return",
      value: body,
      lineno: body.lineno,
      col_offset: body.col_offset,
      end_lineno: body.end_lineno,
      end_col_offset: body.end_col_offset,
    } as unknown as A.stmt;
    module = { _type: "Module", body: [ret], type_ignores: [] } as unknown as A.Module;
  } else module = tree as A.Module;
  let code: ReturnType<typeof compileModule>;
  try {
    code = compileModule(module, "<string>", text);
  } catch (e) {
    // The compiler's own SyntaxErrors (match statements' patterns).
    if (e instanceof PySyntaxError) raiseSyntaxError(e);
    throw e;
  }
  // Tracebacks show no source for "<string>" (linecache has nothing for it).
  code.lines.length = 0;
  return code;
}

/** exec(source[, globals[, locals]]) / eval(...): a new reference (None for exec). */
export function execOrEval(
  mode: "exec" | "eval",
  args: HeapObject[],
  callerLocals: () => HeapObject,
): HeapObject {
  const name = mode;
  if (args.length < 1 || args.length > 3)
    raise(T.TypeError, `${name} expected at most 3 arguments, got ${args.length}`);
  const [globals, locals, ownedLocals] = namespaces(name, args[1], args[2], callerLocals);
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
    const code = compileSource(args[0]!, mode, name);
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
    const st = frameStack;
    const savedTop = st.top;
    const savedPooled = st.pooled;
    st.enter(f);
    try {
      code.body(f);
    } catch (e) {
      throw noteUnwind(e, f, null);
    } finally {
      st.leave(savedTop, savedPooled);
      leaveFrame(f, f.back);
      if (ns instanceof MappingLocals) ns.release();
    }
    const r = f.retval;
    f.retval = null;
    if (mode === "exec") {
      if (r !== null) decref(r);
      incref(S.None);
      return S.None;
    }
    return r ?? (incref(S.None), S.None);
  } finally {
    if (ownedLocals) decref(locals);
  }
}
