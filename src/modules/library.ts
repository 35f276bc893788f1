/**
 * Library modules written in Python (CPython's pure-Python stdlib half, as its frozen
 * modules are): the source is compiled at import and run in the module's namespace, so
 * the objects it makes (functions, classes, closures, instances) are the ones CPython
 * makes and the collector counts them as CPython's do. Frames report `<frozen NAME>`.
 *
 * Each module keeps its source in a function that returns the text (`LIBRARY()`), not in
 * a constant: a constant is made whenever its TypeScript module loads, at every start-up,
 * and travels in the worker's code cache (scripts/bundle-worker.ts), while a function's
 * body is compiled only when it is called, at the module's first import.
 */
import type { HeapObject } from "../engine/index.js";
import { builtinsHook, frameStack } from "../interp/code.js";
import { compileModule } from "../interp/compile.js";
import { Frame, leaveFrame } from "../interp/frame.js";
import type * as A from "../parser/ast.js";
import { parse } from "../parser/index.js";
import type { DictStore } from "../runtime/dictstore.js";

/** Compile `source` and run it with `module`'s dict (`store`) as globals and locals. */
export function runLibrarySource(
  module: HeapObject,
  store: DictStore,
  source: string,
  filename: string,
): void {
  const tree = parse(source, filename, "exec") as A.Module;
  const code = compileModule(tree, filename, source, { library: true });
  const globals = module.p0 as HeapObject;
  const f = new Frame(code, globals, store, builtinsHook.store, frameStack.current);
  f.ns = store;
  const st = frameStack;
  const back = st.current;
  const savedTop = st.top;
  const savedPooled = st.pooled;
  st.enter(f);
  try {
    code.body(f);
  } finally {
    st.leave(savedTop, savedPooled);
    leaveFrame(f, back);
  }
}
