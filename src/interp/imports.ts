/**
 * `import` (CPython Python/import.c and importlib, reduced): builtin modules come from the
 * module table (src/modules); `.py` modules and packages are found on the search path
 * (the script's folder first, as sys.path[0]), compiled and run once, and cached in
 * sys.modules — registered before their body runs, so circular imports see the partial
 * module as in CPython.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { HeapObject } from "../engine/index.js";
import { parse } from "../parser/index.js";
import type { DictStore } from "../runtime/dictstore.js";
import { raise } from "../runtime/errors.js";
import { raiseImportError } from "../runtime/excmembers.js";
import { newModule } from "../runtime/function.js";
import { decref, incref } from "../runtime/heapref.js";
import { newDict, newStr } from "../runtime/objects.js";
import { S, T } from "../runtime/types.js";
import { builtinsHook, frameStack } from "./code.js";
import { noteUnwind } from "./eval.js";
import { Frame, leaveFrame } from "./frame.js";
import { syntaxErrorFrom } from "./syntaxerror.js";
import { trace, traceCall, traceReturn, traceUnwind } from "./trace.js";

export const moduleTable = {
  /** Create or fetch a builtin module by name (set by src/modules); null when unknown. */
  load: (_name: string): HeapObject | null => null,
  /** sys.modules' store (set at start-up). */
  modules: null as unknown as () => DictStore,
  /** Compile a module body (set at start-up: the compiler imports this file). */
  compile: null as unknown as (
    tree: unknown,
    filename: string,
    source: string,
  ) => { body: (f: Frame) => number },
};

export const importState = {
  path: [] as string[],
  /** sys.path as the program sees it (set by the sys module; the start-up path before). */
  searchPath: null as (() => string[]) | null,
};

function setItem(store: DictStore, name: string, value: HeapObject): void {
  const key = newStr(name);
  store.set(key, value);
  decref(key);
}

function findSource(name: string): { file: string; pkgDir: string | null } | null {
  const rel = name.split(".");
  for (const dir of importState.searchPath?.() ?? importState.path) {
    const base = join(dir, ...rel);
    const init = join(base, "__init__.py");
    if (existsSync(init) && statSync(base).isDirectory()) return { file: init, pkgDir: base };
    if (existsSync(`${base}.py`)) return { file: `${base}.py`, pkgDir: null };
  }
  return null;
}

/** Run a .py module's body in a new module object; returns it (sys.modules holds it). */
function loadSourceModule(name: string, file: string, pkgDir: string | null): HeapObject {
  const source = readFileSync(file);
  const text = source.toString("utf8");
  let code: ReturnType<typeof moduleTable.compile>;
  try {
    // The compiler raises SyntaxErrors too (match statements' patterns).
    code = moduleTable.compile(parse(source, file, "exec", { fileInput: true }), file, text);
  } catch (e) {
    throw syntaxErrorFrom(e);
  }
  return runModuleCode(name, file, code);
}

/**
 * Run compiled module code as module `name` (registered in sys.modules first, dropped
 * again if the body raises); returns it, borrowed from sys.modules.
 */
export function runModuleCode(
  name: string,
  file: string,
  code: { body: (f: Frame) => number },
): HeapObject {
  const globals = newDict();
  const store = globals.p0 as DictStore;
  const nameObj = newStr(name);
  setItem(store, "__name__", nameObj);
  decref(nameObj);
  setItem(store, "__doc__", S.None);
  const fileObj = newStr(file);
  setItem(store, "__file__", fileObj);
  decref(fileObj);
  const builtins = moduleTable.modules().getStr("builtins");
  if (builtins !== undefined) setItem(store, "__builtins__", builtins);
  const mod = newModule(name, globals);
  const modules = moduleTable.modules();
  setItem(modules, name, mod);
  decref(mod);
  const f = new Frame(code as never, globals, store, builtinsHook.store, frameStack.current);
  f.ns = store;
  const st = frameStack;
  const savedTop = st.top;
  const savedPooled = st.pooled;
  st.enter(f);
  try {
    if (trace.on) traceCall(f, true);
    code.body(f);
    if (trace.on) traceReturn(f, S.None);
  } catch (e) {
    const key = newStr(name);
    modules.delete(key);
    decref(key);
    const err = noteUnwind(e, f, null);
    throw trace.on ? traceUnwind(f, err) : err;
  } finally {
    st.leave(savedTop, savedPooled);
    leaveFrame(f, f.back);
  }
  return modules.getStr(name) ?? mod;
}

/** IMPORT_NAME: a new reference to the module `name` (dotted names import each package). */
export function importModule(name: string, _f: Frame): HeapObject {
  if (name === "") raise(T.ImportError, "relative imports are not supported yet");
  const parts = name.split(".");
  let mod: HeapObject | null = null;
  for (let i = 1; i <= parts.length; i++) {
    const sub = parts.slice(0, i).join(".");
    const modules = moduleTable.modules();
    let m = modules.getStr(sub);
    if (m === undefined) {
      m = moduleTable.load(sub) ?? undefined;
      if (m === undefined) {
        const found = findSource(sub);
        if (found === null)
          raiseImportError(T.ModuleNotFoundError!, `No module named '${sub}'`, sub, null);
        m = loadSourceModule(sub, found.file, found.pkgDir);
      }
      if (i > 1 && mod !== null) {
        // Bind the submodule as an attribute of its package.
        const pkgStore = (mod.p0 as HeapObject).p0 as DictStore;
        setItem(pkgStore, parts[i - 1]!, m);
      }
    }
    mod = m;
  }
  incref(mod!);
  return mod!;
}
