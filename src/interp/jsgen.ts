/**
 * The fast tier: a function's (or a list/set/dict comprehension's) body compiled to the
 * source of one JavaScript function, which V8 then optimizes (locals in registers, no call
 * per AST node, monomorphic sites). The closure compiler (compile.ts) stays the reference:
 * every construct this generator does not write out itself is a call of the closure that
 * compile.ts makes for it, so the two mix node by node and the generated code does exactly
 * what the closures would — the same references taken and released in the same order, on
 * every path, including when an exception passes through a half-evaluated expression. The
 * slow paths both share are in operations.ts.
 *
 * Written out here: locals, constants, arithmetic (trees over locals and constants computed
 * on doubles, see fused()), comparisons and tests, subscripts and slices, attributes,
 * calls and method calls (positional and keyword arguments), list/tuple/set/dict displays,
 * assignments, unpacking and augmented assignments, `if`, `while`, `for` (range, list and
 * tuple iterators stepped inline), `return`, `break`, `continue`; `try` and `with` keep
 * their exception handling in compile.ts's closures around blocks generated here. Each simple statement (expression, assignment,
 * augmented assignment) becomes a small function of its own, so V8 optimizes a long body
 * piece by piece. A statement whose header spans lines (line marks for tracing, lines.ts)
 * is left to the closures entirely.
 *
 * Generated names: `L` the frame's fast locals, `f` the frame, `k<N>` values made at
 * compile time (constants, closures, positions, inline caches), `t<N>`/`u<N>` temporaries,
 * `stmt<N>` statement functions; the runtime's names are those of runtimeNames().
 */

import type { HeapObject } from "../engine/index.js";
import type * as A from "../parser/ast.js";
import {
  AttrSite,
  type BinOpName,
  EXTRA,
  floorQuotient,
  getAttrAt,
  getItem,
  getIter,
  iterNext,
  PLAIN_GET,
  PLAIN_SET,
  setAttrAt,
  setItem,
  siteHitFlags,
  truthy,
  unaryOp,
} from "../runtime/abstract.js";
import { dictIterNext, sliceLoadQuick, sliceStoreQuick } from "../runtime/bootstrap.js";
import { powPositive } from "../runtime/floatpow.js";
import {
  dictItemIterContract,
  dictIterContract,
  dictValueIterContract,
  listIterContract,
  newSeqIter,
  newSlice,
  rangeIterContract,
  tupleIterContract,
} from "../runtime/function.js";
import { decref, heap, xdecref } from "../runtime/heapref.js";
import {
  canonicalName,
  freeLists,
  freeValue,
  newDict,
  newFloat,
  newInt,
  newList,
  newTuple,
  none,
  setListCapacity,
} from "../runtime/objects.js";
import { lookup, lookupEpoch } from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { BREAK, CONTINUE, type Code, NORMAL, RETURN, type Stmt } from "./code.js";
import {
  containsYield,
  delegate,
  type Ev,
  type GlobalSite,
  type GStmt,
  globalMiss,
  listAppendHook,
  MethodSite,
  methodFor,
  notTestsValue,
  opNames,
  type PairwiseAssign,
  setHook,
  stopSeen,
  unboundLocal,
  unboundLocalAt,
  whileBackEdge,
} from "./compile.js";
import { callPooled, interrupt, interruptAt, noteUnwind, raiseInterrupt } from "./eval.js";
import { type Frame, newLocals, type TbPosition } from "./frame.js";
import { headerSpansLines } from "./lines.js";
import {
  attrAt,
  augAttrApply,
  augAttrLoad,
  augGetItem,
  binSlow,
  buildMap,
  buildMap3,
  callAt,
  callMethodAt,
  callPlain,
  cmpOps,
  cmpSlow,
  dropArgs,
  dropValues,
  enterCall,
  inplaceApply,
  inplaceBorrowed,
  listAppendAt,
  resultOf,
  storeAttrAt,
  subscrSlow,
  testBorrowed,
  testOf,
  testOwned,
} from "./operations.js";
import type { Scope } from "./symtable.js";
import { trace, traceJump, traceJumpNext, traceLine } from "./trace.js";

/** What the generator asks of the closure compiler compiling the same code. */
export interface GenHost {
  readonly scope: Scope;
  readonly code: Code;
  /** The closure for an expression (a new reference). */
  expr(e: A.expr): Ev;
  /** `a, b = x, y` without a tuple: its parts (see compile.ts), or null. */
  pairwiseAssign(s: A.Assign): PairwiseAssign | null;
  /** The inline cache of the code's loads of global `name`. */
  globalSite(name: string): GlobalSite;
  /** The closure for a target (consumes the value). */
  store(t: A.expr): (f: Frame, v: HeapObject) => void;
  /** The closure for a statement's own code (its line is set by the caller), its line,
   *  and the line its first instruction reports when traced. */
  stmtParts(s: A.stmt): { body: Stmt; line: number; first: number };
  /** The constant an expression folds to, now held by co_consts too; or null. */
  constantOf(e: A.expr): HeapObject | null;
  /** The constant an expression folds to (as an operand read without a reference); or null. */
  foldedOf(e: A.expr): HeapObject | null;
  /** A constant's object for a Constant node (held by co_consts). */
  constantNode(e: A.Constant): HeapObject;
  /** The traceback position of a node (with an anchor for binary operators/subscripts). */
  position(e: A.expr | A.stmt, anchor?: [number, number] | null): TbPosition;
  binOpPosition(e: A.BinOp): TbPosition;
  /** A try statement's closure, its blocks compiled by `blockOf`. */
  tryStatement(s: A.Try, blockOf: (stmts: A.stmt[]) => Stmt): Stmt;
  /** A with statement's closure, its body compiled by `blockOf`. */
  withStatement(s: A.With, blockOf: (stmts: A.stmt[]) => Stmt): Stmt;
  /** A generator body's statement with a yield, as the closures run it (line included). */
  gstmtOf(s: A.stmt): GStmt;
}

/** The runtime the generated code sees (destructured into constants). */
function runtimeNames(): Record<string, unknown> {
  return {
    decref,
    xdecref,
    binSlow,
    buildMap,
    buildMap3,
    cmpSlow,
    newSlice,
    sliceLoadQuick,
    sliceStoreQuick,
    inplaceBorrowed,
    inplaceApply,
    testOf,
    resultOf,
    testOwned,
    testBorrowed,
    subscrSlow,
    attrAt,
    callPooled,
    powPositive,
    EP: lookupEpoch,
    augAttrLoad,
    augAttrApply,
    augGetItem,
    storeAttrAt,
    enterCall,
    callPlain,
    callAt,
    callMethodAt,
    dropArgs,
    dropValues,
    listAppendAt,
    H: heap,
    siteHitFlags,
    freeValue,
    FL: freeLists,
    floorQuotient,
    unaryOp,
    truthy,
    getItem,
    setItem,
    getAttrAt,
    setAttrAt,
    getIter,
    iterNext,
    newInt,
    newList,
    newTuple,
    setListCapacity,
    newDict,
    setHook,
    listAppendHook,
    newFloat,
    none,
    newLocals,
    methodFor,
    globalMiss,
    unboundLocal,
    unboundLocalAt,
    noteUnwind,
    interrupt,
    interruptAt,
    raiseInterrupt,
    TR: trace,
    traceLine,
    traceJump,
    traceJumpNext,
    whileBackEdge,
    stopSeen,
    NORMAL,
    BREAK,
    CONTINUE,
    RETURN,
    True: S.True,
    False: S.False,
    None: S.None,
    C_int: C.int,
    C_float: C.float,
    C_list: C.list,
    C_tuple: C.tuple,
    C_function: C.function,
    delegate,
    C_rangeIter: rangeIterContract,
    RangeType: T.range,
    ListAppend: lookup(T.list, "append"),
    C_listIter: listIterContract,
    newSeqIter,
    C_tupleIter: tupleIterContract,
    C_dictKeyIter: dictIterContract,
    C_dictValueIter: dictValueIterContract,
    C_dictItemIter: dictItemIterContract,
    dictIterNext,
  };
}

let rtCache: Record<string, unknown> | null = null;

/** A value the generated code reads or writes (an operand of an operation). */
interface Operand {
  /** The JS expression naming it. */
  v: string;
  /** Whether the generated code owns a reference to it (else it is borrowed). */
  owned: boolean;
}

interface LoopLabels {
  /** Label of the loop statement (`break`). */
  brk: string;
  /** Label of the body block (`continue` = leave the body). */
  body: string;
  /** Variable set when the body is left by `continue` (while loops under a tracer). */
  contFlag: string | null;
}

class Unsupported extends Error {}

/**
 * A float a fused float result may be written into instead of a new float (CPython would
 * free it right after and make the result from its free list; the identity is not seen:
 * its id() was never taken). `obj`: JS code for it (may be null); `refs`: its refcount
 * when only the store's target (and the caller's own reference) hold it; `cond`: more
 * JS conditions (` && …`) for the store being a plain slot store, no Python code run.
 */
interface FloatReuse {
  obj: string;
  refs: number;
  cond: string;
}

class Generator {
  private out: string[] = [];
  private values: unknown[] = [];
  private valueNames = new Map<unknown, string>();
  private n = 0;
  private loops: LoopLabels[] = [];
  /**
   * Inside the ordinary way of a tree tried by fused(): its subtrees are not tried again
   * (each would write its own fused block: code quadratic in the tree's size).
   */
  private noFuse = false;
  /** An assignment's hint to the BinOp that is its value (see FloatReuse), or null. */
  private floatReuse: FloatReuse | null = null;

  private unfused<T>(fn: () => T): T {
    const saved = this.noFuse;
    this.noFuse = true;
    try {
      return fn();
    } finally {
      this.noFuse = saved;
    }
  }

  /** Scratch variables declared at the top of the body. */
  private declare: string[] = [];
  /** The simple statements' functions (see statement()). */
  private functions: string[] = [];

  /**
   * Compiling a generator's body: the function is a JS generator, and statements with a
   * yield are written out with `yield` (or run their closure generator with `yield*`).
   */
  private genMode = false;

  constructor(private readonly host: GenHost) {}

  /** A generator function's body as one JS generator function. */
  buildGen(stmts: A.stmt[]): GStmt {
    this.genMode = true;
    this.block(stmts);
    return this.finish() as unknown as GStmt;
  }

  /**
   * `const v = L[slot]` and the unbound-local check (even a parameter can be unbound:
   * `del`, or a tracer deleting it from f_locals).
   */
  private loadLocal(name: string, at: A.expr | null = null, onUnbound = ""): string {
    const v = this.tmp();
    this.emit(`const ${v} = L[${this.host.scope.slot(name)}];`);
    const raise =
      at === null
        ? `unboundLocal(${JSON.stringify(name)});`
        : // The Name's position, so the traceback underlines it.
          `unboundLocalAt(f, ${JSON.stringify(name)}, ${this.k(this.host.position(at))});`;
    // (What `onUnbound` releases goes after the error reaches the traceback and the trace
    // function, as CPython pops its stack after both.)
    this.emit(
      `if (${v} == null) ${onUnbound === "" ? raise : `try { ${raise} } catch (e) { ${onUnbound} throw e; }`}`,
    );
    return v;
  }

  /** A compile-time value as a name in the generated code. */
  private k(value: unknown): string {
    let name = this.valueNames.get(value);
    if (name === undefined) {
      name = `k${this.values.length}`;
      this.values.push(value);
      this.valueNames.set(value, name);
    }
    return name;
  }

  private tmp(prefix = "t"): string {
    return `${prefix}${this.n++}`;
  }

  /** `body`, and `onError` (then rethrow) if it raises. */
  private guard(body: string, onError: string): void {
    this.emit(`try { ${body} } catch (e) { ${onError} throw e; }`);
  }

  private emit(line: string): void {
    this.out.push(line);
  }

  /** Code emitted by `fn`, returned instead of appended. */
  private capture<T>(fn: () => T): { code: string; result: T } {
    const saved = this.out;
    this.out = [];
    try {
      const result = fn();
      return { code: this.out.join("\n"), result };
    } finally {
      this.out = saved;
    }
  }

  // ------------------------------------------------------------ entry

  build(stmts: A.stmt[]): Stmt {
    this.block(stmts);
    return this.finish();
  }

  /** The JS function for the code emitted so far. */
  private finish(): Stmt {
    const names = Object.keys((rtCache ??= runtimeNames()));
    const src = [
      '"use strict";',
      `const { ${names.join(", ")} } = RT;`,
      ...this.values.map((_, i) => `const k${i} = K[${i}];`),
      ...this.functions,
      `return function${this.genMode ? "*" : ""} ${jsName(this.host.code.name)}(f) {`,
      "const L = f.locals;",
      ...(this.declare.length > 0 ? [`let ${this.declare.join(", ")};`] : []),
      ...this.out,
      "return NORMAL;",
      "};",
    ]
      .join("\n")
      // Py_DECREF of a temporary, written out.
      .replace(/\bdecref\((\w+)\)/g, "(--$1.refcnt === 0 && freeValue($1))");
    if (dumpFile !== "") dumpBody(`// ${this.host.code.qualname}\n${src}\n`);
    const make = new Function("RT", "K", src) as (
      rt: Record<string, unknown>,
      k: unknown[],
    ) => Stmt;
    return make(rtCache!, this.values);
  }

  /**
   * A list, set or dict comprehension's function body (comprehension() in compile.ts):
   * the result built level by level over the generators, the first iterator in `.0`.
   */
  buildComprehension(e: A.ListComp | A.SetComp | A.DictComp): Stmt {
    const line = e.lineno;
    const result = this.tmp("result");
    const make =
      e._type === "ListComp"
        ? "newList([])"
        : e._type === "SetComp"
          ? "setHook.make([])"
          : "newDict()";
    this.emit(`const ${result} = ${make};`);
    this.emit("try {");
    this.emit(`if (TR.on) traceLine(f, ${line});`);
    this.emit(`f.lineno = ${line};`);
    const level = (i: number, it: string): void => {
      const g = e.generators[i]!;
      const first = this.tmp("first");
      this.emit(`for (let ${first} = true; ; ${first} = false) {`);
      this.emit(`if (!${first}) { if (TR.on) traceJump(f, ${line}); f.lineno = ${line}; }`);
      this.emit(`if (interrupt.flag[0] !== 0) interruptAt(f, ${line});`);
      const v = this.next(it);
      this.emit(`if (${v} === null) break;`);
      this.storeTo(g.target, v);
      for (const cond of g.ifs) {
        const c = this.condition(cond);
        this.emit(`if (!${c}) continue;`);
      }
      if (i + 1 < e.generators.length) {
        const seq = this.expr(e.generators[i + 1]!.iter);
        const inner = this.tmp("it");
        this.emit(`let ${inner};`);
        this.emit(`try { ${inner} = getIter(${seq}); } finally { decref(${seq}); }`);
        this.emit("try {");
        level(i + 1, inner);
        this.emit(`} finally { decref(${inner}); }`);
        this.emit("continue;");
      } else if (e._type === "DictComp") {
        const k = this.expr(e.key);
        const vc = this.capture(() => this.expr(e.value));
        const vv = this.tmp();
        this.emit(`let ${vv};`);
        this.guard(`${vc.code}\n${vv} = ${vc.result};`, `decref(${k});`);
        this.emit(
          `try { ${result}.p0.set(${k}, ${vv}); } finally { decref(${k}); decref(${vv}); }`,
        );
      } else {
        const x = this.expr(e.elt);
        this.emit(
          e._type === "ListComp"
            ? `listAppendHook.append(${result}, ${x});`
            : `setHook.add(${result}, ${x});`,
        );
      }
      this.emit("}");
    };
    // LOAD_FAST .0: the stack holds the iterator until FOR_ITER runs out.
    const it0 = this.tmp("it");
    this.emit(`const ${it0} = L[${this.host.scope.slot(".0")}];`);
    this.emit(`${it0}.refcnt++;`);
    this.emit("try {");
    level(0, it0);
    this.emit(`} finally { decref(${it0}); }`);
    this.emit(`} catch (e) { decref(${result}); throw e; }`);
    this.emit(`f.retval = ${result};`);
    this.emit("return RETURN;");
    return this.finish();
  }

  // ------------------------------------------------------------ statements

  block(stmts: A.stmt[]): void {
    for (const s of stmts) {
      // Declarations compile to no instructions: no line event.
      if (s._type === "Global" || s._type === "Nonlocal") continue;
      this.statement(s);
    }
  }

  private statement(s: A.stmt): void {
    if (this.genMode && containsYield(s)) {
      this.yieldStatement(s);
      return;
    }
    if (headerSpansLines(s)) {
      // Line marks inside the statement: the closure compiler's job (the first line
      // it reports is then not s.lineno, see lines.ts).
      const parts = this.host.stmtParts(s);
      this.emit(`if (TR.on) traceLine(f, ${parts.first}); else f.lineno = ${parts.line};`);
      this.signal(`${this.k(parts.body)}(f)`);
      return;
    }
    const line = `if (TR.on) traceLine(f, ${s.lineno}); else f.lineno = ${s.lineno};`;
    if (s._type === "Expr" || s._type === "Assign" || s._type === "AugAssign") {
      // A simple statement is a function of its own: V8 optimizes small functions quickly
      // (and inlines them where it pays), where one big body would run unoptimized for
      // as long as TurboFan takes over all of it.
      const savedDeclare = this.declare;
      this.declare = [];
      const code = this.capture(() => {
        try {
          this.stmtCode(s);
          return true;
        } catch (e) {
          if (!(e instanceof Unsupported)) throw e;
          return false;
        }
      });
      const declare = this.declare;
      this.declare = savedDeclare;
      if (code.result) {
        const name = this.tmp("stmt");
        this.functions.push(
          [
            `function ${name}(f, L) {`,
            line,
            ...(declare.length > 0 ? [`let ${declare.join(", ")};`] : []),
            code.code,
            "}",
          ].join("\n"),
        );
        this.emit(`${name}(f, L);`);
        return;
      }
      this.emit(line);
      this.signal(`${this.k(this.host.stmtParts(s).body)}(f)`);
      return;
    }
    this.emit(line);
    const mark = this.out.length;
    try {
      this.stmtCode(s);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      // (Temporaries' numbers are not reused: names stay unique.)
      this.out.length = mark;
      this.signal(`${this.k(this.host.stmtParts(s).body)}(f)`);
    }
  }

  /**
   * A statement with a yield in a generator body: `yield` (and `yield from`) as a statement
   * or an assignment's value, and if/while/for around such statements, are written out;
   * any other statement runs its closure generator (which sets its own line).
   */
  private yieldStatement(s: A.stmt): void {
    const line = `if (TR.on) traceLine(f, ${s.lineno}); else f.lineno = ${s.lineno};`;
    const plainHeader = !headerSpansLines(s);
    const isYield = (e: A.expr | null) =>
      e !== null && (e._type === "Yield" || e._type === "YieldFrom");
    if (plainHeader && s._type === "Expr" && isYield(s.value)) {
      this.emit(line);
      this.emit(`decref(${this.yieldValue(s.value as A.Yield | A.YieldFrom)});`);
      return;
    }
    if (plainHeader && s._type === "Assign" && s.targets.length === 1 && isYield(s.value)) {
      this.emit(line);
      const v = this.yieldValue(s.value as A.Yield | A.YieldFrom);
      this.storeTo(s.targets[0]!, v);
      return;
    }
    const loopWithoutElse = (s._type === "While" || s._type === "For") && s.orelse.length === 0;
    const headerPlain =
      (s._type === "If" && !containsYield(s.test)) ||
      (s._type === "While" && loopWithoutElse && !containsYield(s.test)) ||
      (s._type === "For" && loopWithoutElse && !containsYield(s.iter) && !containsYield(s.target));
    if (plainHeader && headerPlain) {
      this.emit(line);
      this.stmtCode(s);
      return;
    }
    this.signal(`yield* ${this.k(this.host.gstmtOf(s))}(f)`);
  }

  /** `yield v` / `yield from it` (gvalue in compile.ts): the value sent in, a new reference. */
  private yieldValue(e: A.Yield | A.YieldFrom): string {
    const r = this.tmp();
    if (e._type === "Yield") {
      let v: string;
      if (e.value === null) {
        this.emit("None.refcnt++;");
        v = "None";
      } else v = this.expr(e.value);
      this.emit(`const ${r} = yield ${v};`);
      return r;
    }
    const src = this.expr(e.value);
    const it = this.tmp("it");
    this.emit(`let ${it};`);
    this.emit(`try { ${it} = getIter(${src}); } finally { decref(${src}); }`);
    this.emit(`let ${r};`);
    this.emit(`try { ${r} = yield* delegate(${it}); } finally { decref(${it}); }`);
    return r;
  }

  /** A closure statement's signal, passed on as the generated code's control flow. */
  private signal(callCode: string): void {
    const s = this.tmp("s");
    this.emit(`const ${s} = ${callCode};`);
    const loop = this.loops[this.loops.length - 1];
    if (loop === undefined) {
      this.emit(`if (${s} !== NORMAL) return ${s};`);
      return;
    }
    const cont = loop.contFlag === null ? "" : `${loop.contFlag} = true; `;
    this.emit(
      `if (${s} !== NORMAL) { if (${s} === BREAK) break ${loop.brk}; if (${s} === CONTINUE) { ${cont}break ${loop.body}; } return ${s}; }`,
    );
  }

  private stmtCode(s: A.stmt): void {
    switch (s._type) {
      case "Expr": {
        const v = this.expr(s.value);
        this.emit(`decref(${v});`);
        return;
      }
      case "Assign": {
        if (s.targets.length !== 1) throw new Unsupported();
        const pairs = this.host.pairwiseAssign(s);
        if (pairs !== null) {
          // `a, b = x, y`: the values, then the stores, no tuple (see pairwiseAssign).
          const vs = this.items(pairs.values);
          const n = vs.length;
          for (let k = 0; k < n; k++) {
            const i = pairs.reversed ? n - 1 - k : k;
            const rest = vs.slice(i + 1).map((x) => `decref(${x});`);
            if (pairs.reversed || rest.length === 0) this.storeTo(pairs.targets[i]!, vs[i]!);
            else {
              // (a store that raises leaves the values after it on the stack)
              const c = this.capture(() => this.storeTo(pairs.targets[i]!, vs[i]!));
              this.guard(c.code, rest.join(" "));
            }
          }
          return;
        }
        const target = s.targets[0]!;
        if (
          target._type === "Name" &&
          s.value._type === "BinOp" &&
          this.host.scope.kindOf(target.id) === "fast"
        ) {
          // The float the local holds alone may take the result (see FloatReuse).
          this.floatReuse = { obj: `L[${this.host.scope.slot(target.id)}]`, refs: 1, cond: "" };
        }
        const v = this.expr(s.value);
        this.floatReuse = null;
        this.storeTo(target, v);
        return;
      }
      case "AugAssign":
        this.augAssign(s);
        return;
      case "Return": {
        const v = s.value === null ? null : this.expr(s.value);
        this.emit(v === null ? "f.retval = none();" : `f.retval = ${v};`);
        this.emit("return RETURN;");
        return;
      }
      case "Pass":
        return;
      case "Break": {
        const loop = this.loops[this.loops.length - 1];
        if (loop === undefined) throw new Unsupported();
        this.emit(`break ${loop.brk};`);
        return;
      }
      case "Continue": {
        const loop = this.loops[this.loops.length - 1];
        if (loop === undefined) throw new Unsupported();
        if (loop.contFlag !== null) this.emit(`${loop.contFlag} = true;`);
        this.emit(`break ${loop.body};`);
        return;
      }
      case "If": {
        const c = this.condition(s.test);
        this.emit(`if (${c}) {`);
        this.block(s.body);
        if (s.orelse.length > 0) {
          this.emit("} else {");
          this.block(s.orelse);
        }
        this.emit("}");
        return;
      }
      case "While":
        this.whileLoop(s);
        return;
      case "Try":
      case "With": {
        // The closures handle the exceptions and context managers; the blocks are
        // generated functions of their own (a `break` or `continue` in them comes back as a
        // signal).
        const blockOf = (stmts: A.stmt[]) => new Generator(this.host).build(stmts);
        const stmt =
          s._type === "Try"
            ? this.host.tryStatement(s, blockOf)
            : this.host.withStatement(s, blockOf);
        this.signal(`${this.k(stmt)}(f)`);
        return;
      }
      case "For":
        this.forLoop(s);
        return;
      default:
        throw new Unsupported();
    }
  }

  private whileLoop(s: A.While): void {
    if (s.orelse.length > 0) throw new Unsupported();
    const brk = this.tmp("W");
    const body = this.tmp("B");
    const back = this.tmp("back");
    const cont = this.tmp("cont");
    const line = s.lineno;
    this.emit(`let ${back} = false;`);
    this.emit(`${brk}: for (;;) {`);
    const c = this.condition(s.test);
    this.emit(`if (!(${c})) break;`);
    this.emit(`if (interrupt.flag[0] !== 0) interruptAt(f, ${line});`);
    this.emit(`if (${back} && TR.on) traceJumpNext(f);`);
    this.emit(`let ${cont} = false;`);
    this.loopBody({ brk, body, contFlag: cont }, s.body);
    const always = constantTrue(s.test) ? "true" : cont;
    this.emit(`if (TR.on) ${back} = whileBackEdge(f, ${line}, ${always});`);
    this.emit(`f.lineno = ${line};`);
    this.emit("}");
  }

  /** A loop's body, in a block `continue` leaves (`break` leaves the loop). */
  private loopBody(labels: LoopLabels, stmts: A.stmt[]): void {
    this.emit(`${labels.body}: {`);
    this.loops.push(labels);
    try {
      this.block(stmts);
    } finally {
      this.loops.pop();
    }
    this.emit("}");
  }

  private forLoop(s: A.For): void {
    if (s.orelse.length > 0) throw new Unsupported();
    const it = this.tmp("it");
    const pos = this.k(this.host.position(s.iter));
    const brk = this.tmp("F");
    const body = this.tmp("B");
    const line = s.lineno;
    const counted = this.rangeLoop(s.iter, it, pos);
    if (counted === null) {
      const seq = this.expr(s.iter);
      this.emit(`let ${it};`);
      // (an exact list or tuple: its iterator made here, nothing to call or raise)
      this.emit(
        `if (${seq}.type === C_list || ${seq}.type === C_tuple) { ${it} = newSeqIter(${seq}.type === C_list ? C_listIter : C_tupleIter, ${seq}); decref(${seq}); }`,
      );
      this.emit(
        `else try { ${it} = getIter(${seq}); } catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${seq}); }`,
      );
    }
    this.emit("try {");
    this.emit(`${brk}: for (;;) {`);
    let v: string;
    if (counted === null) v = this.next(it);
    else {
      // it === null: counting from x to stop by step (see rangeLoop).
      const { x, stop, step } = counted;
      v = this.tmp();
      const n = this.capture(() => this.next(it));
      this.emit(`let ${v};`);
      this.emit(
        `if (${it} === null) { if (${step} > 0 ? ${x} < ${stop} : ${x} > ${stop}) { ${v} = newInt(${x}); ${x} += ${step}; } else ${v} = null; }`,
      );
      this.emit(`else { ${n.code}\n${v} = ${n.result}; }`);
    }
    this.emit(`if (${v} === null) break;`);
    this.storeTo(s.target, v);
    this.loopBody({ brk, body, contFlag: null }, s.body);
    this.emit("if (interrupt.flag[0] !== 0) raiseInterrupt();");
    this.emit(`if (TR.on) traceJump(f, ${line});`);
    this.emit(`f.lineno = ${line};`);
    this.emit("}");
    this.emit(`} finally { ${counted === null ? "" : `if (${it} !== null) `}decref(${it}); }`);
  }

  /**
   * `for … in range(a[, b[, c]])`, `range` the global name: when at run time it is the
   * builtin and the arguments are exact ints (numbers), no allocation observer is
   * installed and the step is not 0, the loop counts on a number and makes no range
   * object and no iterator (temporaries nothing else sees: not GC objects, no id asked
   * for). Otherwise it calls and iterates as usual. Declares `it` (null while counting)
   * and returns the counter's variables, or null when `iter` is no such call.
   */
  private rangeLoop(
    iter: A.expr,
    it: string,
    pos: string,
  ): { x: string; stop: string; step: string } | null {
    if (
      iter._type !== "Call" ||
      iter.func._type !== "Name" ||
      iter.func.id !== "range" ||
      this.host.scope.kindOf("range") !== "global" ||
      iter.keywords.length > 0 ||
      iter.args.length < 1 ||
      iter.args.length > 3 ||
      iter.args.some((a) => a._type === "Starred")
    )
      return null;
    const cpos = this.k(this.host.position(iter));
    const fn = this.expr(iter.func);
    const n = iter.args.length;
    const out = this.tmp("args");
    this.emit(`const ${out} = new Array(${n});`);
    this.args(iter.args, out, "0", fn);
    const x = this.tmp("x");
    const stop = this.tmp("stop");
    const step = this.tmp("step");
    const a = (i: number) => `${out}[${i}]`;
    const exact = Array.from(
      { length: n },
      (_, i) => `${a(i)}.type === C_int && typeof ${a(i)}.p0 === "number"`,
    ).join(" && ");
    this.emit(`let ${it} = null, ${x} = 0, ${stop} = 0, ${step} = 1;`);
    const nonzero = n === 3 ? ` && ${a(2)}.p0 !== 0` : "";
    this.emit(`if (${fn} === RangeType && ${exact}${nonzero} && H.observer === null) {`);
    if (n === 1) this.emit(`${stop} = ${a(0)}.p0;`);
    else this.emit(`${x} = ${a(0)}.p0; ${stop} = ${a(1)}.p0;`);
    if (n === 3) this.emit(`${step} = ${a(2)}.p0;`);
    // (the range object and its iterator, made and freed as far as the counts go)
    this.emit(`H.allocations += 2; H.deallocations += 2;`);
    this.emit(`dropValues(${out}, ${n}); decref(${fn});`);
    this.emit("} else {");
    const seq = this.tmp();
    this.emit(`const ${seq} = callPlain(f, ${fn}, ${out}, ${cpos});`);
    this.emit(
      `try { ${it} = getIter(${seq}); } catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${seq}); }`,
    );
    this.emit("}");
    return { x, stop, step };
  }

  /**
   * FOR_ITER: the next item (a new reference) or null. Range, list and tuple iterators
   * are stepped inline (nativeSeq.next's cases; the exhausted case goes the long way).
   */
  private next(it: string): string {
    const v = this.tmp();
    const x = this.tmp("x");
    this.emit(`let ${v};`);
    this.emit(
      `if (${it}.type === C_rangeIter) { const ${x} = ${it}.p1; if (${it}.p2[1] > 0 ? ${x} < ${it}.p2[0] : ${x} > ${it}.p2[0]) { ${it}.p1 = ${x} + ${it}.p2[1]; ${v} = newInt(${x}); } else ${v} = null; }`,
    );
    // (an exhausted list or tuple iterator lets its sequence go, as listiter_next does)
    const sq = this.tmp("s");
    this.emit(
      `else if ((${it}.type === C_listIter || ${it}.type === C_tupleIter) && ${it}.p0 !== null) { if (${it}.p1 < ${it}.p0.p0.length) { ${v} = ${it}.p0.p0[${it}.p1++]; ${v}.refcnt++; } else { const ${sq} = ${it}.p0; ${it}.p0 = null; decref(${sq}); ${v} = null; } }`,
    );
    // (a dict's keys, values or items: their next straight, not through the iterator
    // protocol's dispatch)
    this.emit(
      `else if (${it}.type === C_dictItemIter || ${it}.type === C_dictKeyIter || ${it}.type === C_dictValueIter) ${v} = dictIterNext(${it});`,
    );
    this.emit(`else ${v} = TR.on ? iterNext(${it}, stopSeen) : iterNext(${it});`);
    return v;
  }

  private augAssign(s: A.AugAssign): void {
    const op = opNames[s.op._type];
    const t = s.target;
    const pos = this.k(this.host.position(s));
    if (t._type === "Name" && this.host.scope.kindOf(t.id) === "fast") {
      const slot = this.host.scope.slot(t.id);
      if (this.borrowable(s.value)) {
        // local op= local-or-constant: both borrowed, as the closure does.
        const cur = this.loadLocal(t.id, t);
        const rb = this.borrowed(s.value)!;
        const r = this.tmp();
        this.emit(`let ${r};`);
        this.floatInline(r, cur, rb.v, op, "");
        this.emit(`${r} = inplaceBorrowed(f, ${cur}, ${rb.v}, ${JSON.stringify(op)}, ${pos});`);
        const old = this.tmp();
        this.emit(
          `const ${old} = L[${slot}]; L[${slot}] = ${r}; if (${old} !== null) decref(${old});`,
        );
        return;
      }
      // The closure: cur = load; r = apply(cur, value) releasing value; store.
      const cur = this.loadLocal(t.id, t);
      this.emit(`${cur}.refcnt++;`);
      const r = this.tmp();
      this.emit(`let ${r};`);
      this.emit("try {");
      this.applyInPlace(r, cur, s.value, op, "");
      this.emit(`} catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${cur}); }`);
      const old = this.tmp();
      this.emit(
        `const ${old} = L[${slot}]; L[${slot}] = ${r}; if (${old} != null) decref(${old});`,
      );
      return;
    }
    if (t._type === "Attribute") {
      // o.name op= v: load, apply, store back on the same object (held throughout). The
      // load and the store raise at the target, the operation at the statement.
      const o = this.expr(t.value);
      const cur = this.tmp();
      const r = this.tmp();
      this.emit(`let ${cur}, ${r};`);
      this.attrLoad(cur, o, "kept", t);
      if (this.borrowable(s.value)) {
        // A local or a constant operand: no code runs before the operation.
        const rb = this.borrowed(s.value, `decref(${cur}); decref(${o});`)!;
        this.floatInline(r, cur, rb.v, op, `decref(${cur});`);
        this.emit(`${r} = augAttrApply(f, ${o}, ${cur}, ${rb.v}, ${JSON.stringify(op)}, ${pos});`);
      } else {
        this.emit("try {");
        this.emit("try {");
        this.applyInPlace(r, cur, s.value, op);
        this.emit(`} finally { decref(${cur}); }`);
        this.emit(`} catch (e) { const e2 = noteUnwind(e, f, ${pos}); decref(${o}); throw e2; }`);
      }
      this.attrStore(o, r, "owned", t, this.k(this.host.position(t)));
      return;
    }
    if (t._type !== "Subscript") throw new Unsupported();
    const o = this.expr(t.value);
    const k = this.tmp();
    const kc = this.capture(() => this.expr(t.slice));
    this.emit(`let ${k};`);
    this.guard(`${kc.code}\n${k} = ${kc.result};`, `decref(${o});`);
    const spos = this.k(this.subscriptPosition(t));
    const cur = this.tmp();
    const r = this.tmp();
    this.emit("try {");
    this.emit(`let ${cur};`);
    this.emit(
      `try { ${this.getItemCode(cur, o, k)} } catch (e) { throw noteUnwind(e, f, ${spos}); }`,
    );
    this.emit(`let ${r};`);
    this.emit("try {");
    this.applyInPlace(r, cur, s.value, op, ` && ${o}.type === C_list && ${k}.type === C_int`);
    this.emit(`} finally { decref(${cur}); }`);
    this.emit(
      `try { ${this.setItemCode(o, k, r)} } catch (e) { throw noteUnwind(e, f, ${spos}); } finally { decref(${r}); }`,
    );
    this.emit(
      `} catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${o}); decref(${k}); }`,
    );
  }

  /** r = cur op= value (the closure's `apply`): value evaluated and released, cur kept. */
  private applyInPlace(
    r: string,
    cur: string,
    value: A.expr,
    op: BinOpName,
    plainStore: string | null = null,
  ): void {
    if (this.fusable(value, true) && (op === "+" || op === "-" || op === "*" || op === "/")) {
      // cur op= (float arithmetic): one float made, for the result — or none, cur taking
      // it when only the target and this reference hold cur and the store is plain.
      this.emit(`${r} = null;`);
      const reuse = plainStore === null ? null : { obj: cur, refs: 2, cond: plainStore };
      this.fused(r, value, { cur, op }, reuse);
      this.emit(`if (${r} === null) {`);
      const v = this.unfused(() => this.expr(value));
      this.floatInline(r, cur, v, op, `decref(${v});`);
      this.emit(`${r} = inplaceApply(${cur}, ${v}, ${JSON.stringify(op)});`);
      this.emit("}");
      return;
    }
    const v = this.expr(value);
    this.floatInline(r, cur, v, op, `decref(${v});`);
    this.emit(`${r} = inplaceApply(${cur}, ${v}, ${JSON.stringify(op)});`);
  }

  /**
   * `if (two floats) { r = a op b; release } else if (two small ints) { ... } else` (the
   * caller writes the last else): numberOpFast's commonest cases, inline.
   */
  private floatInline(r: string, a: string, b: string, op: BinOpName, release: string): void {
    const ka = this.numberOperand(a);
    const kb = this.numberOperand(b);
    if (ka !== null || kb !== null) {
      if (this.constantInline(r, a, b, ka, kb, op, release)) return;
    }
    if (op === "//" || op === "%") {
      // Non-negative small ints: the quotient of two doubles below 2**31 floors exactly.
      const x = this.tmp("x");
      const q = `Math.floor(${a}.p0 / ${b}.p0)`;
      this.emit(
        `if (${a}.type === C_int && ${b}.type === C_int && ${a}.p0 >= 0 && ${a}.p0 < 2147483648 && ${b}.p0 > 0 && ${b}.p0 < 2147483648) { ${x} = ${op === "//" ? q : `${a}.p0 - ${q} * ${b}.p0`}; ${r} = newInt(${x}); ${release} } else`,
      );
      this.declare.push(x);
      return;
    }
    if (op === "&" || op === "|" || op === "^" || op === ">>") {
      // Ints within 32 bits: JS's bitwise operators give Python's answer (two's
      // complement; >> floors), and the result stays within 32 bits.
      const x = this.tmp("x");
      const int32 = (v: string) => `typeof ${v}.p0 === "number" && (${v}.p0 | 0) === ${v}.p0`;
      const shift = op === ">>" ? ` && ${b}.p0 >= 0 && ${b}.p0 < 32` : "";
      this.emit(
        `if (${a}.type === C_int && ${b}.type === C_int && ${int32(a)} && ${int32(b)}${shift}) { ${x} = ${a}.p0 ${op} ${b}.p0; ${r} = newInt(${x}); ${release} } else`,
      );
      this.declare.push(x);
      return;
    }
    if (op !== "+" && op !== "-" && op !== "*" && op !== "/") return;
    const nz = op === "/" ? ` && ${b}.p0 !== 0` : "";
    this.emit(
      `if (${a}.type === C_float && ${b}.type === C_float${nz}) { ${r} = newFloat(${a}.p0 ${op} ${b}.p0); ${release} } else`,
    );
    if (op === "/") return;
    const x = this.tmp("x");
    this.emit(
      `if (${a}.type === C_int && ${b}.type === C_int && typeof ${a}.p0 === "number" && typeof ${b}.p0 === "number" && Number.isSafeInteger(${x} = ${a}.p0 ${op} ${b}.p0)) { ${r} = newInt(${x}); ${release} } else`,
    );
    this.declare.push(x);
  }

  /**
   * An operand that is a constant int (a safe integer) or float: its kind and its value as
   * a JS literal, else null.
   */
  private numberOperand(v: string): NumberOperand | null {
    if (!/^k\d+$/.test(v)) return null;
    const c = this.values[Number(v.slice(1))] as HeapObject | null;
    if (typeof c !== "object" || c === null || !("refcnt" in c)) return null;
    const int = c.type === C.int && typeof c.p0 === "number";
    if (!int && c.type !== C.float) return null;
    const value = c.p0 as number;
    return { int, value, literal: `(${numberLiteral(value)})` };
  }

  /**
   * floatInline with a constant operand: only the branch of the constant's kind, with its
   * value written in (x + 1 tests x alone). False when the operation is not one of those
   * (floatInline goes on).
   */
  private constantInline(
    r: string,
    a: string,
    b: string,
    ka: NumberOperand | null,
    kb: NumberOperand | null,
    op: BinOpName,
    release: string,
  ): boolean {
    if (op !== "+" && op !== "-" && op !== "*" && op !== "/") return false;
    // Two constants (not folded: an operand the folder left alone): the general way.
    if (ka !== null && kb !== null) return false;
    const k = (ka ?? kb)!;
    const other = ka === null ? a : b;
    const av = ka === null ? `${a}.p0` : ka.literal;
    const bv = kb === null ? `${b}.p0` : kb.literal;
    if (!k.int) {
      if (op === "/" && kb !== null && kb.value === 0) return true;
      const nz = op === "/" && kb === null ? ` && ${b}.p0 !== 0` : "";
      this.emit(
        `if (${other}.type === C_float${nz}) { ${r} = newFloat(${av} ${op} ${bv}); ${release} } else`,
      );
      return true;
    }
    if (op === "/") return false;
    const x = this.tmp("x");
    this.emit(
      `if (${other}.type === C_int && typeof ${other}.p0 === "number" && Number.isSafeInteger(${x} = ${av} ${op} ${bv})) { ${r} = newInt(${x}); ${release} } else`,
    );
    this.declare.push(x);
    return true;
  }

  // ------------------------------------------------------------ targets

  /** Store the new reference `v` into a target. */
  private storeTo(t: A.expr, v: string): void {
    switch (t._type) {
      case "Name": {
        if (this.host.scope.kindOf(t.id) !== "fast") break;
        const slot = this.host.scope.slot(t.id);
        const old = this.tmp();
        this.emit(
          `const ${old} = L[${slot}]; L[${slot}] = ${v}; if (${old} != null) decref(${old});`,
        );
        return;
      }
      case "Subscript": {
        const pos = this.k(this.subscriptPosition(t));
        const o = this.tmp();
        const k = this.tmp();
        if (t.slice._type === "Slice") {
          // sliceStoreQuick for a list with plain bounds (no slice object); else
          // BUILD_SLICE and STORE_SUBSCR. Released as STORE_SUBSCR does: the value, the
          // container, then the slice (step, lower, upper).
          const [lo, hi, st] = [this.tmp(), this.tmp(), this.tmp()];
          this.emit(`let ${o} = null, ${k} = null, ${lo} = null, ${hi} = null, ${st} = null;`);
          this.emit("try {");
          const oc = this.expr(t.value);
          this.emit(`${o} = ${oc};`);
          const parts = this.sliceParts(t.slice);
          this.emit(`${lo} = ${parts[0]}; ${hi} = ${parts[1]}; ${st} = ${parts[2]};`);
          this.emit(`if (!sliceStoreQuick(${o}, ${lo}, ${hi}, ${st}, ${v})) {`);
          this.emit(`${k} = newSlice(${lo}, ${hi}, ${st}); ${lo} = ${hi} = ${st} = null;`);
          this.emit(this.setItemCode(o, k, v));
          this.emit("}");
          this.emit(
            `} catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${v}); xdecref(${o}); xdecref(${k}); xdecref(${st}); xdecref(${lo}); xdecref(${hi}); }`,
          );
          return;
        }
        this.emit(`let ${o} = null, ${k} = null;`);
        this.emit("try {");
        const oc = this.expr(t.value);
        this.emit(`${o} = ${oc};`);
        const kc = this.expr(t.slice);
        this.emit(`${k} = ${kc};`);
        this.emit(this.setItemCode(o, k, v));
        this.emit(
          `} catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${v}); xdecref(${o}); xdecref(${k}); }`,
        );
        return;
      }
      case "Attribute": {
        const pos = this.k(this.host.position(t));
        const b = this.borrowed(t.value, `decref(${v});`);
        if (b !== null) {
          this.attrStore(b.v, v, "borrowed", t, pos);
          return;
        }
        const o = this.tmp();
        const oc = this.capture(() => this.expr(t.value));
        this.emit(`let ${o};`);
        this.guard(`${oc.code}\n${o} = ${oc.result};`, `decref(${v});`);
        this.attrStore(o, v, "owned", t, pos);
        return;
      }
      case "Tuple":
      case "List": {
        if (t.elts.some((e) => e._type === "Starred")) break;
        const n = t.elts.length;
        // UNPACK_SEQUENCE of an exact tuple or list of the right length; else the closure.
        const src = this.tmp();
        const items = t.elts.map(() => this.tmp());
        const fallback = this.k(this.host.store(t));
        this.emit(`let ${items.join(", ")};`);
        this.emit(
          `const ${src} = (${v}.type === C_tuple || ${v}.type === C_list) && ${v}.p0.length === ${n} ? ${v}.p0 : null;`,
        );
        this.emit(`if (${src} === null) ${fallback}(f, ${v});`);
        this.emit("else {");
        items.forEach((x, i) => {
          this.emit(`${x} = ${src}[${i}]; ${x}.refcnt++;`);
        });
        this.emit(`decref(${v});`);
        // Each store consumes its item; if one raises, the items not yet stored are released.
        // (A fast local's store cannot raise: what the old value's release runs reports its
        // own errors as unraisable.)
        t.elts.forEach((e, i) => {
          const rest = items.slice(i + 1);
          const sc = this.capture(() => this.storeTo(e, items[i]!));
          const local = e._type === "Name" && this.host.scope.kindOf(e.id) === "fast";
          if (rest.length === 0 || local) this.emit(sc.code);
          else this.guard(sc.code, rest.map((x) => `decref(${x});`).join(" "));
        });
        this.emit("}");
        return;
      }
      default:
        break;
    }
    this.emit(`${this.k(this.host.store(t))}(f, ${v});`);
  }

  /** setItem(o, k, v) (v borrowed), with its exact-list case written out. */
  private setItemCode(o: string, k: string, v: string): string {
    const items = this.tmp();
    const j = this.tmp();
    const old = this.tmp();
    return [
      `const ${items} = ${o}.type === C_list && ${k}.type === C_int && typeof ${k}.p0 === "number" ? ${o}.p0 : null;`,
      `const ${j} = ${items} === null ? -1 : ${k}.p0 < 0 ? ${k}.p0 + ${items}.length : ${k}.p0;`,
      `if (${j} >= 0 && ${j} < ${items}.length) { const ${old} = ${items}[${j}]; ${v}.refcnt++; ${items}[${j}] = ${v}; decref(${old}); }`,
      `else setItem(${o}, ${k}, ${v});`,
    ].join("\n");
  }

  /** r = o[k] in `o[k] op= v` (augGetItem), with its exact list/tuple case written out. */
  private getItemCode(r: string, o: string, k: string): string {
    const items = this.tmp();
    const j = this.tmp();
    return [
      `const ${items} = (${o}.type === C_list || ${o}.type === C_tuple) && ${k}.type === C_int && typeof ${k}.p0 === "number" ? ${o}.p0 : null;`,
      `const ${j} = ${items} === null ? -1 : ${k}.p0 < 0 ? ${k}.p0 + ${items}.length : ${k}.p0;`,
      `if (${j} >= 0 && ${j} < ${items}.length) { ${r} = ${items}[${j}]; ${r}.refcnt++; }`,
      `else ${r} = augGetItem(${o}, ${k});`,
    ].join("\n");
  }

  private subscriptPosition(t: A.Subscript): TbPosition {
    return this.host.position(t, [
      t.value.end_col_offset - t.col_offset,
      t.end_col_offset - t.col_offset,
    ]);
  }

  // ------------------------------------------------------------ expressions

  /** A local or a constant, read without a reference (the closure's borrowLoad). */
  private borrowed(e: A.expr, onUnbound = ""): Operand | null {
    const c = this.host.foldedOf(e);
    if (c !== null) return { v: this.k(c), owned: false };
    if (e._type === "Name" && this.host.scope.kindOf(e.id) === "fast")
      return { v: this.loadLocal(e.id, e, onUnbound), owned: false };
    return null;
  }

  /**
   * `r = o.name` (LOAD_ATTR). getAttrAt's hit is written out: a layout the site knows, a
   * plain attribute, found in the instance dict where the site last saw it; nothing runs
   * there, so a borrowed `o` (a local) needs no reference for it. `o`: "owned" (released
   * here), "borrowed", or "kept" (owned, and kept for a store after: released only if the
   * load raises). `test` (a borrowed `o` only): r is the value's truth instead (a bool or
   * None found is tested without a reference).
   */
  private attrLoad(
    r: string,
    o: string,
    hold: "owned" | "borrowed" | "kept",
    e: A.Attribute,
    test = false,
  ) {
    const pos = this.k(this.host.position(e));
    const site = this.k(new AttrSite());
    const name = JSON.stringify(canonicalName(e.attr));
    const [d, i, tb] = [this.tmp(), this.tmp(), this.tmp()];
    this.emit(`let ${d}, ${i}, ${tb};`);
    const release = hold === "owned" ? ` (--${o}.refcnt === 0 && H.dealloc(${o}));` : "";
    const x = `${tb}[${i} + 1]`;
    const hit = test
      ? `${r} = ${x} === True ? true : ${x} === False || ${x} === None ? false : testOwned((${x}.refcnt++, ${x}));`
      : `${r} = ${x}; ${r}.refcnt++;`;
    this.emit(
      `if ((${siteFlags(site, o)} & ${PLAIN_GET | EXTRA}) === ${PLAIN_GET} && (${d} = ${o}.p0) !== null && (${i} = ${site}.i) < (${tb} = ${d}.table).length && ${tb}[${i} + 2] === ${name}) { ${hit}${release} }`,
    );
    const load =
      hold === "kept"
        ? `augAttrLoad(f, ${o}, ${name}, ${site}, ${pos})`
        : `attrAt(f, ${o}, ${name}, ${site}, ${pos})`;
    const take = hold === "borrowed" ? `${o}.refcnt++; ` : "";
    this.emit(`else { ${take}${r} = ${test ? `testOwned(${load})` : load}; }`);
  }

  /**
   * `o.name = v` (STORE_ATTR), consuming `v`. setAttrAt's hit is written out: the value
   * replaced where the site last saw it in the instance dict, then the old value released
   * while the owner is still held (a borrowed owner, a local, gets its reference only if
   * that release frees something). `o`: "owned" (released here) or "borrowed".
   */
  private attrStore(o: string, v: string, hold: "owned" | "borrowed", t: A.Attribute, pos: string) {
    const site = this.k(new AttrSite());
    const name = JSON.stringify(canonicalName(t.attr));
    const [d, old] = [this.tmp(), this.tmp()];
    this.emit(`let ${d}, ${old};`);
    const release =
      hold === "owned"
        ? `decref(${old}); decref(${o});`
        : `if (--${old}.refcnt === 0) { ${o}.refcnt++; freeValue(${old}); decref(${o}); }`;
    this.emit(
      `if ((${siteFlags(site, o)} & ${PLAIN_SET | EXTRA}) === ${PLAIN_SET} && (${d} = ${o}.p0) !== null && (${old} = ${d}.swapStrAt(${site}.i, ${name}, ${v})) !== null) { ${release} }`,
    );
    const take = hold === "owned" ? "" : `${o}.refcnt++; `;
    this.emit(`else { ${take}storeAttrAt(f, ${o}, ${name}, ${v}, ${site}, ${pos}); }`);
  }

  /** Evaluate `e` into a new temporary holding a new reference; returns its name. */
  expr(e: A.expr): string {
    // (The hint is for this expression only, none of its parts.)
    const reuse = this.floatReuse;
    this.floatReuse = null;
    const c = this.host.constantOf(e);
    if (c !== null) {
      const name = this.k(c);
      this.emit(`${name}.refcnt++;`);
      return name;
    }
    switch (e._type) {
      case "Name": {
        const kind = this.host.scope.kindOf(e.id);
        if (kind === "global") {
          // LOAD_GLOBAL: the inline cache read here, refilled by globalMiss.
          const site = this.k(this.host.globalSite(e.id));
          const pos = this.k(this.host.position(e));
          const v = this.tmp();
          this.emit(`let ${v};`);
          this.emit(
            `if (f.gstore === ${site}.gs && f.bstore === ${site}.bs && ${site}.gs.version === ${site}.gv && ${site}.bs.version === ${site}.bv) { ${v} = ${site}.entry.value; ${v}.refcnt++; } else ${v} = globalMiss(f, ${site}, ${pos});`,
          );
          return v;
        }
        if (kind !== "fast") break;
        const v = this.loadLocal(e.id, e);
        this.emit(`${v}.refcnt++;`);
        return v;
      }
      case "BinOp": {
        if (this.noFuse || !this.fusable(e)) return this.binOp(e);
        const r = this.tmp();
        this.emit(`let ${r} = null;`);
        this.fused(r, e, null, reuse);
        this.emit(`if (${r} === null) {`);
        this.emit(`${r} = ${this.unfused(() => this.binOp(e))};`);
        this.emit("}");
        return r;
      }
      case "Compare":
        if (e.ops.length !== 1) break;
        return this.compare(e, false);
      case "UnaryOp": {
        if (e.op._type === "Not") {
          // (compile.ts: the value of a BoolOp or `not` operand is tested again)
          const t = notTestsValue(e.operand)
            ? `testOwned(${this.expr(e.operand)})`
            : this.condition(e.operand);
          const r = this.tmp();
          this.emit(`const ${r} = ${t} ? False : True; ${r}.refcnt++;`);
          return r;
        }
        const v = this.expr(e.operand);
        const sym = e.op._type === "USub" ? "-" : e.op._type === "UAdd" ? "+" : "~";
        const pos = this.k(this.host.position(e));
        const r = this.tmp();
        this.emit(`let ${r};`);
        if (sym === "-") {
          this.emit(`if (${v}.type === C_float) { ${r} = newFloat(-${v}.p0); decref(${v}); } else`);
        }
        this.emit(
          `try { ${r} = unaryOp(${v}, "${sym}"); } catch (e) { throw noteUnwind(e, f, ${pos}); } finally { decref(${v}); }`,
        );
        return r;
      }
      case "BoolOp":
        return this.boolOp(e).r;
      case "IfExp": {
        const t = this.condition(e.test);
        const r = this.tmp();
        this.emit(`let ${r};`);
        this.emit(`if (${t}) {`);
        const a = this.expr(e.body);
        this.emit(`${r} = ${a};`);
        this.emit("} else {");
        const b = this.expr(e.orelse);
        this.emit(`${r} = ${b};`);
        this.emit("}");
        return r;
      }
      case "Attribute": {
        const r = this.tmp();
        this.emit(`let ${r};`);
        const b = this.borrowed(e.value);
        if (b !== null) this.attrLoad(r, b.v, "borrowed", e);
        else this.attrLoad(r, this.expr(e.value), "owned", e);
        return r;
      }
      case "Subscript":
        if (e.ctx._type !== "Load") break;
        return this.subscript(e);
      case "Call":
        return this.callExpr(e);
      case "Slice": {
        const parts = this.sliceParts(e);
        const r = this.tmp();
        this.emit(`const ${r} = newSlice(${parts.join(", ")});`);
        return r;
      }
      case "Dict": {
        // Up to 15 pairs and no `**`: the keys and values, then the dict (BUILD_MAP).
        if (e.keys.length > 15 || e.keys.some((k) => k === null)) break;
        const items = this.items(e.keys.flatMap((k, i) => [k!, e.values[i]!]));
        const r = this.tmp();
        if (items.length === 0) this.emit(`const ${r} = newDict();`);
        else if (items.length <= 6) {
          while (items.length < 6) items.push("null");
          this.emit(`const ${r} = buildMap3(${items.join(", ")});`);
        } else this.emit(`const ${r} = buildMap([${items.join(", ")}]);`);
        return r;
      }
      case "List":
      case "Tuple":
      case "Set": {
        if (e.elts.some((x) => x._type === "Starred")) break;
        const items = `[${this.items(e.elts).join(", ")}]`;
        const r = this.tmp();
        if (e._type === "Tuple") this.emit(`const ${r} = newTuple(${items});`);
        else if (e._type === "Set") {
          // (3+ constants: BUILD_SET 0 + SET_UPDATE of a constant frozenset)
          const folded = e.elts.length >= 3 && e.elts.every((x) => this.host.foldedOf(x) !== null);
          this.emit(`const ${r} = setHook.${folded ? "makeOfConstants" : "make"}(${items});`);
        } else {
          this.emit(`const ${r} = newList(${items});`);
          // A display of 3 or more constants is BUILD_LIST 0 + LIST_EXTEND of a constant
          // tuple: the capacity is rounded up to even (list_preallocate_exact).
          if (e.elts.length >= 3 && e.elts.every((x) => x._type === "Constant"))
            this.emit(`setListCapacity(${r}, (${r}.p1 + 1) & ~1);`);
        }
        return r;
      }
      default:
        break;
    }
    const v = this.tmp();
    this.emit(`const ${v} = ${this.k(this.host.expr(e))}(f);`);
    return v;
  }

  // ------------------------------------------------------------ fused float arithmetic

  /**
   * Whether `e` is worth fusing: a tree of + - * / // % ** and unary minus whose leaves are
   * locals, number constants and `local[constant]`, with two operations or more (`cur op=
   * e` counts its own) or a subscript leaf. Such leaves run no Python code when they are
   * exact floats or ints (and the containers exact lists or tuples), so the whole tree can
   * be computed on doubles with only its result made an object: the intermediate numbers
   * CPython makes and frees at once are unobservable (not GC objects; no allocation
   * observer is installed; the float free list count comes out the same, see fused()).
   */
  private fusable(e: A.expr, inplace = false): boolean {
    // (`cur op= e` counts its own operation)
    let ops = inplace ? 1 : 0;
    let subscripts = 0;
    const ok = (x: A.expr): boolean => {
      if (this.host.foldedOf(x) !== null) return this.numberConstant(x) !== null;
      if (x._type === "BinOp") {
        if (!fusedOps.has(x.op._type)) return false;
        ops++;
        return ok(x.left) && ok(x.right);
      }
      if (x._type === "UnaryOp") {
        if (x.op._type !== "USub") return false;
        ops++;
        return ok(x.operand);
      }
      if (x._type === "Name") return this.host.scope.kindOf(x.id) === "fast";
      if (x._type === "Subscript") {
        subscripts++;
        return (
          x.value._type === "Name" &&
          this.host.scope.kindOf(x.value.id) === "fast" &&
          x.slice._type === "Constant" &&
          typeof x.slice.value === "bigint" &&
          x.slice.value >= 0n &&
          x.slice.value < 1000n
        );
      }
      return false;
    };
    return ok(e) && (ops >= 2 || (ops >= 1 && subscripts > 0));
  }

  /** A folded int (a safe integer) or float constant: its value and kind, else null. */
  private numberConstant(e: A.expr): number | null {
    const c = this.host.foldedOf(e);
    if (c === null) return null;
    if (c.type === C.float) return c.p0 as number;
    if (c.type === C.int && typeof c.p0 === "number") return c.p0;
    return null;
  }

  /**
   * Try `e` (with `inplace`: `cur op (e)`, cur a float) on doubles, twice if need be: once
   * with every leaf an exact float, once with every leaf an exact int (small: a number).
   * Sets `r` to the result object, or leaves it null — a leaf of another kind, a result
   * past 2**53, a zero divisor, a power's base not positive, an observer installed — and
   * the caller evaluates the ordinary way, from the start: nothing has happened yet.
   */
  private fused(
    r: string,
    e: A.expr,
    inplace: { cur: string; op: BinOpName } | null,
    reuse: FloatReuse | null = null,
  ): void {
    this.fusedVariant(r, e, inplace, "float", reuse);
    if (inplace !== null || !this.intVariantPossible(e)) return;
    this.emit(`if (${r} === null)`);
    this.fusedVariant(r, e, null, "int");
  }

  /** Whether a fusable tree has a `//` or `%` (outside folded constants). */
  private hasFloorOps(e: A.expr): boolean {
    if (this.host.foldedOf(e) !== null) return false;
    if (e._type === "UnaryOp") return this.hasFloorOps(e.operand);
    if (e._type !== "BinOp") return false;
    const op = e.op._type;
    return (
      op === "FloorDiv" || op === "Mod" || this.hasFloorOps(e.left) || this.hasFloorOps(e.right)
    );
  }

  /** The int variant: no float power; `//` and `%` of ints only. */
  private intVariantPossible(e: A.expr): boolean {
    let possible = true;
    const kind = (x: A.expr): "int" | "float" => {
      const c = this.host.foldedOf(x);
      if (c !== null) return c.type === C.float ? "float" : "int";
      if (x._type === "UnaryOp") return kind(x.operand);
      if (x._type !== "BinOp") return "int";
      const a = kind(x.left);
      const b = kind(x.right);
      const op = x.op._type;
      if (op === "Pow") possible = false;
      if ((op === "FloorDiv" || op === "Mod") && (a === "float" || b === "float")) possible = false;
      return op === "Div" || a === "float" || b === "float" ? "float" : "int";
    };
    kind(e);
    return possible;
  }

  private fusedVariant(
    r: string,
    e: A.expr,
    inplace: { cur: string; op: BinOpName } | null,
    leafKind: "int" | "float",
    reuse: FloatReuse | null = null,
  ): void {
    const label = this.tmp("U");
    const leaves = new Map<string, string>();
    const body: string[] = [];
    let floatTemps = 0;
    let intTemps = 0;
    // The floats the ordinary way holds at once (operands, then the result made before they
    // are released), at most: the free list must have that many for its count to come out
    // the same (see peakFloats' use below).
    let liveFloats = 0;
    let peakFloats = 0;
    const made = (isInt: boolean, operands: [string, boolean, boolean][]): void => {
      if (isInt) intTemps++;
      else {
        floatTemps++;
        peakFloats = Math.max(peakFloats, ++liveFloats);
      }
      for (const [, opInt, temp] of operands) if (temp && !opInt) liveFloats--;
    };
    const leafCheck = (o: string) =>
      leafKind === "float"
        ? `${o}.type !== C_float`
        : `${o}.type !== C_int || typeof ${o}.p0 !== "number"`;
    const leafValue = (x: A.expr): string => {
      const sub = x._type === "Subscript" ? x : null;
      const name = sub === null ? (x as A.Name).id : (sub.value as A.Name).id;
      const idx = sub === null ? "" : String((sub.slice as A.Constant).value);
      const key = sub === null ? name : `${name}[${idx}]`;
      const known = leaves.get(key);
      if (known !== undefined) return known;
      const v = this.tmp("u");
      const o = this.tmp();
      body.push(`const ${o} = L[${this.host.scope.slot(name)}];`);
      if (sub === null) {
        body.push(`if (${o} == null || ${leafCheck(o)}) break ${label};`);
        body.push(`const ${v} = ${o}.p0;`);
      } else {
        const item = this.tmp();
        body.push(
          `if (${o} == null || (${o}.type !== C_list && ${o}.type !== C_tuple) || ${o}.p0.length <= ${idx}) break ${label};`,
        );
        body.push(`const ${item} = ${o}.p0[${idx}];`);
        body.push(`if (${leafCheck(item)}) break ${label};`);
        body.push(`const ${v} = ${item}.p0;`);
      }
      leaves.set(key, v);
      return v;
    };
    // Each node: its double, whether it is an int (under this variant's leaf kind), and
    // whether the ordinary way makes an object for it (not a leaf or a constant).
    const compute = (x: A.expr): [string, boolean, boolean] => {
      const c = this.numberConstant(x);
      if (c !== null)
        return [`(${numberLiteral(c)})`, this.host.foldedOf(x)!.type === C.int, false];
      if (x._type === "Name" || x._type === "Subscript")
        return [leafValue(x), leafKind === "int", false];
      const n = this.tmp("u");
      if (x._type === "UnaryOp") {
        const operand = compute(x.operand);
        const isInt = operand[1];
        body.push(`const ${n} = -${operand[0]}${isInt ? " + 0" : ""};`);
        made(isInt, [operand]);
        return [n, isInt, true];
      }
      const b = x as A.BinOp;
      const left = compute(b.left);
      const right = compute(b.right);
      const [av, ai] = left;
      const [dv, di] = right;
      const op = b.op._type;
      const isInt = ai && di && op !== "Div";
      switch (op) {
        case "Add":
        case "Sub":
        case "Mult": {
          const js = opNames[op];
          body.push(`const ${n} = ${av} ${js} ${dv}${isInt && op === "Mult" ? " + 0" : ""};`);
          if (isInt) body.push(`if (!Number.isSafeInteger(${n})) break ${label};`);
          break;
        }
        case "Div":
          body.push(`if (${dv} === 0) break ${label};`);
          body.push(`const ${n} = ${av} / ${dv};`);
          break;
        case "FloorDiv":
        case "Mod":
          // Ints only (intVariantPossible): numberOpFast's bounds and floorQuotient.
          body.push(
            `if (${dv} === 0 || !(Math.abs(${av}) <= 2251799813685248 && Math.abs(${dv}) <= 2251799813685248)) break ${label};`,
          );
          body.push(
            op === "FloorDiv"
              ? `const ${n} = floorQuotient(${av}, ${dv});`
              : `const ${n} = ${av} - floorQuotient(${av}, ${dv}) * ${dv} + 0;`,
          );
          break;
        default:
          // float_pow's answer for a finite positive base and a finite exponent, when it
          // does not overflow (floatPow's other cases go the ordinary way).
          body.push(
            `if (!(${av} > 0 && ${av} < Infinity && Number.isFinite(${dv}))) break ${label};`,
          );
          body.push(`const ${n} = powPositive(${av}, ${dv});`);
          body.push(`if (${n} === Infinity) break ${label};`);
      }
      made(isInt, [left, right]);
      return [n, isInt, true];
    };
    // float // and % are float_floor_div's and float_rem's: a float tree with either is
    // not fused (floorQuotient is for ints).
    if (leafKind === "float" && this.hasFloorOps(e)) return;
    const root = compute(e);
    let [value, isInt] = root;
    if (inplace !== null) {
      const { cur, op } = inplace;
      body.push(`if (${cur}.type !== C_float) break ${label};`);
      if (op === "/") body.push(`if (${value} === 0) break ${label};`);
      made(false, [root]);
      const n = this.tmp("u");
      body.push(`const ${n} = ${cur}.p0 ${op} ${value};`);
      value = n;
      isInt = false;
    }
    // The result is one of the temporaries counted; the others are made and freed by the
    // ordinary way, each float from the free list and back to it. With as many floats on
    // the list as the ordinary way holds at once (peakFloats, the result's included), no
    // float is made anew and the list's count comes out the same either way. (The total
    // made is too much to ask: the ordinary way leaves only its peak on the list, so a
    // statement asking for more than that never took this way — n-body's d2 = dx*dx + ...
    // asked for 5 floats where 3 are held at once.)
    if (isInt) intTemps--;
    else floatTemps--;
    this.emit(`${label}: {`);
    this.emit(`if (H.observer !== null || FL.float < ${peakFloats}) break ${label};`);
    for (const l of body) this.emit(l);
    const temps = floatTemps + intTemps;
    if (reuse !== null && !isInt) {
      // The result in the float about to be replaced, which nothing else holds: as if it
      // were freed and the result made (the counts too; the free list's comes out even).
      const o = this.tmp();
      this.emit(`const ${o} = ${reuse.obj};`);
      this.emit(
        `if (${o} !== null && ${o}.type === C_float && ${o}.refcnt === ${reuse.refs} && ${o}.gcFlags === 0${reuse.cond}) { ${o}.p0 = ${value}; ${o}.refcnt++; ${r} = ${o}; H.allocations++; H.deallocations++; }`,
      );
      this.emit(`else ${r} = newFloat(${value});`);
    } else this.emit(`${r} = ${isInt ? "newInt" : "newFloat"}(${value});`);
    if (temps > 0) this.emit(`H.allocations += ${temps}; H.deallocations += ${temps};`);
    this.emit("}");
  }

  /**
   * A display's items, left to right (new references); if one raises, those before it are
   * released, the last first (sequenceItems in compile.ts).
   */
  private items(elts: A.expr[]): string[] {
    const names: string[] = [];
    for (const x of elts) {
      if (names.length === 0) {
        names.push(this.expr(x));
        continue;
      }
      const c = this.capture(() => this.expr(x));
      const v = this.tmp();
      const before = [...names].reverse();
      this.emit(`let ${v};`);
      this.guard(`${c.code}\n${v} = ${c.result};`, before.map((n) => `decref(${n});`).join(" "));
      names.push(v);
    }
    return names;
  }

  /**
   * `r = a op b`: two floats answered inline (+ - * and / by nonzero), everything else by
   * binSlow (exact ints there, then the number protocol). `own` as binSlow's.
   */
  private arith(r: string, a: string, b: string, op: BinOpName, pos: string, own: number): void {
    const release = `${own & 1 ? `decref(${a});` : ""} ${own & 2 ? `decref(${b});` : ""}`;
    this.floatInline(r, a, b, op, release);
    this.emit(`${r} = binSlow(f, ${a}, ${b}, ${JSON.stringify(op)}, ${pos}, ${own});`);
  }

  /**
   * The two operands of a binary operation or comparison, in evaluation order. As the
   * closure compiler does: the right one is borrowed when it is a local or constant, the
   * left one only when the right is too (CPython's stack reference to the left operand is
   * visible while the right side runs Python code). If the right side raises, an owned
   * left operand is released.
   */
  private operands(left: A.expr, right: A.expr): [Operand, Operand] {
    const rightBorrowable = this.borrowable(right);
    if (rightBorrowable && this.borrowable(left))
      return [this.borrowed(left)!, this.borrowed(right)!];
    const a: Operand = { v: this.expr(left), owned: true };
    const bc = this.capture(() =>
      rightBorrowable ? this.borrowed(right)! : { v: this.expr(right), owned: true },
    );
    if (bc.code === "") return [a, bc.result];
    const bv = this.tmp();
    this.emit(`let ${bv};`);
    this.guard(`${bc.code}\n${bv} = ${bc.result.v};`, `decref(${a.v});`);
    return [a, { v: bv, owned: bc.result.owned }];
  }

  private binOp(e: A.BinOp): string {
    const op = opNames[e.op._type];
    const pos = this.k(this.host.binOpPosition(e));
    const [a, b] = this.operands(e.left, e.right);
    const r = this.tmp();
    this.emit(`let ${r};`);
    this.arith(r, a.v, b.v, op, pos, (a.owned ? 1 : 0) | (b.owned ? 2 : 0));
    return r;
  }

  /**
   * `and`/`or` as a value (compile.ts's boolOp): each value tested once. An operand that
   * is itself a BoolOp hands on its test when it stopped early (its `known`: 1 true, 0
   * false, -1 not tested). Returns the value's temporary and the known test's.
   */
  private boolOp(e: A.BoolOp): { r: string; known: string } {
    const isAnd = e.op._type === "And";
    const n = e.values.length;
    const r = this.tmp();
    const known = this.tmp("kn");
    const done = this.tmp("D");
    this.emit(`let ${r}, ${known} = -1;`);
    this.emit(`${done}: {`);
    e.values.forEach((x, i) => {
      let v: string;
      let inner: string | null = null;
      if (x._type === "BoolOp") {
        const sub = this.boolOp(x);
        v = sub.r;
        inner = sub.known;
      } else v = this.expr(x);
      this.emit(`${r} = ${v};`);
      if (i === n - 1) {
        // (a last operand that stopped early hands its known test on, too)
        if (inner !== null) this.emit(`${known} = ${inner};`);
        return;
      }
      const t = this.tmp();
      this.emit(`let ${t};`);
      if (inner !== null) this.emit(`if (${inner} !== -1) ${t} = ${inner} === 1; else`);
      // (bool and None answer inline; truthy may call __bool__ or __len__)
      this.emit(
        `if (${r} === True) ${t} = true; else if (${r} === False || ${r} === None) ${t} = false; else`,
      );
      this.guard(`${t} = truthy(${r});`, `decref(${r});`);
      this.emit(`if (${t} !== ${isAnd}) { ${known} = ${t} ? 1 : 0; break ${done}; }`);
      this.emit(`decref(${r});`);
    });
    this.emit("}");
    return { r, known };
  }

  /** Whether `borrowed(e)` would answer (without emitting anything). */
  private borrowable(e: A.expr): boolean {
    if (this.host.foldedOf(e) !== null) return true;
    return e._type === "Name" && this.host.scope.kindOf(e.id) === "fast";
  }

  /**
   * A single comparison. As a test (`asTest`) the result is a JS boolean temporary;
   * otherwise a new reference. Numbers of one type and identity are answered inline.
   */
  private compare(e: A.Compare, asTest: boolean): string {
    const op = e.ops[0]!._type;
    const cmp = cmpOps[op];
    const pos = this.k(this.host.position(e));
    const [a, b] = this.operands(e.left, e.comparators[0]!);
    const own = (a.owned ? 1 : 0) | (b.owned ? 2 : 0);
    const release = `${a.owned ? `decref(${a.v});` : ""} ${b.owned ? `decref(${b.v});` : ""}`;
    const r = this.tmp();
    this.emit(`let ${r};`);
    const wrap = (x: string) => (asTest ? x : `${x} ? True : False; ${r}.refcnt++`);
    if (op === "Is" || op === "IsNot") {
      const js = op === "Is" ? "===" : "!==";
      this.emit(`${r} = ${wrap(`${a.v} ${js} ${b.v}`)}; ${release}`);
      return r;
    }
    const slow = `cmpSlow(f, ${a.v}, ${b.v}, "${op}", ${pos}, ${own})`;
    if (cmp !== undefined) {
      const js = cmp === "==" ? "===" : cmp === "!=" ? "!==" : cmp;
      this.emit(
        `if (typeof ${a.v}.p0 === "number" && typeof ${b.v}.p0 === "number" && ${a.v}.type === ${b.v}.type && (${a.v}.type === C_int || ${a.v}.type === C_float)) { ${r} = ${wrap(`${a.v}.p0 ${js} ${b.v}.p0`)}; ${release} }`,
      );
      this.emit(`else ${r} = ${asTest ? "testOf" : "resultOf"}(${slow});`);
      return r;
    }
    this.emit(`${r} = ${asTest ? "testOf" : "resultOf"}(${slow});`);
    return r;
  }

  /** A test: the name of a JS boolean temporary (the closure compiler's condition). */
  private condition(e: A.expr): string {
    if (e._type === "UnaryOp" && e.op._type === "Not") return `!${this.condition(e.operand)}`;
    if (e._type === "BoolOp") {
      // Jumps on each operand's own test (compile.ts condition()).
      const isAnd = e.op._type === "And";
      const r = this.tmp();
      const done = this.tmp("C");
      this.emit(`let ${r};`);
      this.emit(`${done}: {`);
      e.values.forEach((x, i) => {
        const c = this.condition(x);
        if (i === e.values.length - 1) this.emit(`${r} = ${c};`);
        else this.emit(`if (${isAnd ? `!(${c})` : c}) { ${r} = ${!isAnd}; break ${done}; }`);
      });
      this.emit("}");
      return r;
    }
    if (e._type === "Compare" && e.ops.length === 1) return this.compare(e, true);
    // A constant true test: the closure's reference comes and goes unseen.
    if (e._type === "Constant" && constantTrue(e)) return "true";
    const r = this.tmp();
    if (e._type === "Name" && this.borrowable(e)) {
      this.emit(`const ${r} = testBorrowed(${this.borrowed(e)!.v});`);
      return r;
    }
    if (e._type === "Attribute" && this.borrowable(e.value)) {
      // (An owned object goes before its attribute's test: the general case below.)
      this.emit(`let ${r};`);
      this.attrLoad(r, this.borrowed(e.value)!.v, "borrowed", e, true);
      return r;
    }
    const v = this.expr(e);
    this.emit(`const ${r} = testOwned(${v});`);
    return r;
  }

  /**
   * BUILD_SLICE's operands: new references to lower, upper and step (None for a missing
   * one), in three temporaries; those made are released if a later one raises.
   */
  private sliceParts(e: A.Slice): string[] {
    const parts: string[] = [];
    for (const x of [e.lower, e.upper, e.step]) {
      if (x === null) {
        parts.push("None");
        this.emit("None.refcnt++;");
        continue;
      }
      if (parts.length === 0) {
        parts.push(this.expr(x));
        continue;
      }
      const c = this.capture(() => this.expr(x));
      const v = this.tmp();
      this.emit(`let ${v};`);
      this.guard(`${c.code}\n${v} = ${c.result};`, parts.map((n) => `decref(${n});`).join(" "));
      parts.push(v);
    }
    return parts;
  }

  /**
   * `o[lower:upper:step]`: sliceLoadQuick answers a list or tuple with plain bounds
   * without the slice object, releasing the container, then step, lower and upper as
   * the slice's dealloc would; else BUILD_SLICE and BINARY_SUBSCR.
   */
  private sliceSubscript(e: A.Subscript, slice: A.Slice): string {
    const pos = this.k(this.subscriptPosition(e));
    const o = this.expr(e.value);
    const names = [this.tmp(), this.tmp(), this.tmp()];
    const pc = this.capture(() => this.sliceParts(slice));
    this.emit(`let ${names.join(", ")};`);
    this.guard(
      `${pc.code}\n${names.map((n, i) => `${n} = ${pc.result[i]};`).join(" ")}`,
      `decref(${o});`,
    );
    const [lo, hi, st] = names as [string, string, string];
    const r = this.tmp();
    this.emit(`let ${r} = sliceLoadQuick(${o}, ${lo}, ${hi}, ${st});`);
    this.emit(`if (${r} !== null) { decref(${o}); decref(${st}); decref(${lo}); decref(${hi}); }`);
    this.emit(`else ${r} = subscrSlow(f, ${o}, newSlice(${lo}, ${hi}, ${st}), ${pos});`);
    return r;
  }

  private subscript(e: A.Subscript): string {
    if (e.slice._type === "Slice") return this.sliceSubscript(e, e.slice);
    const pos = this.k(this.subscriptPosition(e));
    const o = this.expr(e.value);
    const r = this.tmp();
    this.emit(`let ${r};`);
    const kc = e.slice._type === "Constant" ? this.host.constantNode(e.slice) : null;
    if (kc !== null && kc.type === C.int && typeof kc.p0 === "number" && kc.p0 >= 0) {
      // BINARY_SUBSCR_LIST_INT / _TUPLE_INT with a constant index: the constant's
      // reference comes and goes with nothing in between to see it.
      const idx = kc.p0 as number;
      const k = this.k(kc);
      this.emit(
        `if ((${o}.type === C_list || ${o}.type === C_tuple) && ${idx} < ${o}.p0.length) { ${r} = ${o}.p0[${idx}]; ${r}.refcnt++; decref(${o}); }`,
      );
      this.emit(`else { ${k}.refcnt++; ${r} = subscrSlow(f, ${o}, ${k}, ${pos}); }`);
      return r;
    }
    const kv = this.tmp();
    const kcode = this.capture(() => this.expr(e.slice));
    this.emit(`let ${kv};`);
    this.guard(`${kcode.code}\n${kv} = ${kcode.result};`, `decref(${o});`);
    const j = this.tmp();
    this.emit(
      `const ${j} = (${o}.type === C_list || ${o}.type === C_tuple) && ${kv}.type === C_int && typeof ${kv}.p0 === "number" ? (${kv}.p0 < 0 ? ${kv}.p0 + ${o}.p0.length : ${kv}.p0) : -1;`,
    );
    this.emit(
      `if (${j} >= 0 && ${j} < ${o}.p0.length) { ${r} = ${o}.p0[${j}]; ${r}.refcnt++; decref(${o}); decref(${kv}); }`,
    );
    this.emit(`else ${r} = subscrSlow(f, ${o}, ${kv}, ${pos});`);
    return r;
  }

  // ------------------------------------------------------------ calls

  private callExpr(e: A.Call): string {
    if (e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null)) {
      const v = this.tmp();
      this.emit(`const ${v} = ${this.k(this.host.expr(e))}(f);`);
      return v;
    }
    if (e.keywords.length > 0) return this.keywordCall(e);
    if (e.func._type === "Attribute") return this.methodCall(e, e.func);
    // A Python function whose parameters are exactly these arguments gets them evaluated
    // straight into its fast locals (positionalCall in compile.ts).
    const pos = this.k(this.host.position(e));
    const fn = this.expr(e.func);
    const n = e.args.length;
    const fd = this.tmp("fd");
    const code = this.tmp("code");
    const out = this.tmp("args");
    this.emit(`let ${fd} = null, ${code} = null, ${out};`);
    this.emit(
      `if (${fn}.type === C_function && (${code} = (${fd} = ${fn}.p0).code).fastArity === ${n}) ${out} = ${takeLocals(code)};`,
    );
    this.emit(`else { ${out} = new Array(${n}); ${fd} = null; }`);
    this.args(e.args, out, "0", fn);
    const r = this.tmp();
    this.emit(
      `const ${r} = ${fd} !== null ? ${enterCallCode(fn, fd, code, out, n, pos)} : callPlain(f, ${fn}, ${out}, ${pos});`,
    );
    return r;
  }

  /**
   * Evaluate positional arguments into out[offset...] (new references); if one raises,
   * out[0 .. filled) and `callee` are released (ArgList.evalInto).
   */
  private args(argNodes: A.expr[], out: string, offset: string, callee: string): void {
    if (argNodes.length === 0) return;
    const isLocal = (a: A.expr) => a._type === "Name" && this.host.scope.kindOf(a.id) === "fast";
    if (argNodes.every((a) => isLocal(a) || this.host.constantOf(a) !== null)) {
      // Locals and constants: only an unbound local can raise, checked before it is taken.
      argNodes.forEach((a, i) => {
        const at = offset === "0" ? `${i}` : `${offset} + ${i}`;
        const v = isLocal(a)
          ? this.loadLocal((a as A.Name).id, a, `dropArgs(${out}, ${at}, ${callee});`)
          : this.expr(a);
        this.emit(`${isLocal(a) ? `${v}.refcnt++; ` : ""}${out}[${at}] = ${v};`);
      });
      return;
    }
    const filled = this.tmp("n");
    this.emit(`let ${filled} = ${offset};`);
    const body = this.capture(() => {
      for (const a of argNodes) {
        const v = this.expr(a);
        this.emit(`${out}[${filled}++] = ${v};`);
      }
    });
    this.guard(body.code, `dropArgs(${out}, ${filled}, ${callee});`);
  }

  /**
   * A call with keyword arguments (no * or **): positional arguments, then the keyword
   * values, into one array, the keywords' names a constant (callExpr in compile.ts).
   */
  private keywordCall(e: A.Call): string {
    const pos = this.k(this.host.position(e));
    const kn = this.k(e.keywords.map((k) => k.arg!));
    const values = [...e.args, ...e.keywords.map((k) => k.value)];
    const n = values.length;
    const out = this.tmp("args");
    const r = this.tmp();
    if (e.func._type !== "Attribute") {
      const fn = this.expr(e.func);
      this.emit(`const ${out} = new Array(${n});`);
      this.args(values, out, "0", fn);
      this.emit(`const ${r} = callPlain(f, ${fn}, ${out}, ${pos}, ${kn});`);
      return r;
    }
    // LOAD_METHOD: self first when the attribute is a plain method.
    const func = e.func;
    const name = JSON.stringify(canonicalName(func.attr));
    const site = this.k(new MethodSite());
    const attrSite = this.k(new AttrSite());
    const attrPos = this.k(this.host.position(func));
    const o = this.expr(func.value);
    const m = this.tmp("m");
    const callee = this.tmp("callee");
    const off = this.tmp("off");
    this.emit(`const ${m} = methodFor(${o}, ${name}, ${site});`);
    this.emit(`let ${callee}, ${out}, ${off};`);
    this.emit(
      `if (${m} !== null) { ${m}.refcnt++; ${callee} = ${m}; ${out} = new Array(${n + 1}); ${out}[0] = ${o}; ${off} = 1; }`,
    );
    this.emit(
      `else { ${callee} = attrAt(f, ${o}, ${name}, ${attrSite}, ${attrPos}); ${out} = new Array(${n}); ${off} = 0; }`,
    );
    this.args(values, out, off, callee);
    this.emit(
      `const ${r} = ${m} !== null ? callAt(f, ${callee}, ${out}, ${pos}, ${kn}) : callPlain(f, ${callee}, ${out}, ${pos}, ${kn});`,
    );
    return r;
  }

  /** o.name(args) (LOAD_METHOD / CALL; positionalMethodCall in compile.ts). */
  private methodCall(e: A.Call, func: A.Attribute): string {
    const pos = this.k(this.host.position(e));
    const attrPos = this.k(this.host.position(func));
    const name = JSON.stringify(canonicalName(func.attr));
    const site = this.k(new MethodSite());
    const attrSite = this.k(new AttrSite());
    const n = e.args.length;
    const o = this.expr(func.value);
    const m = this.tmp("m");
    const fd = this.tmp("fd");
    const code = this.tmp("code");
    const out = this.tmp("args");
    const callee = this.tmp("callee");
    const off = this.tmp("off");
    this.emit(`const ${m} = methodFor(${o}, ${name}, ${site});`);
    this.emit(`let ${fd} = null, ${code} = null, ${out}, ${callee}, ${off};`);
    this.emit(`if (${m} !== null) {`);
    this.emit(`${m}.refcnt++; ${callee} = ${m}; ${off} = 1;`);
    this.emit(
      `if (${m}.type === C_function && (${code} = (${fd} = ${m}.p0).code).fastArity === ${n + 1}) ${out} = ${takeLocals(code)};`,
    );
    this.emit(`else { ${out} = new Array(${n + 1}); ${fd} = null; }`);
    this.emit(`${out}[0] = ${o};`);
    this.emit(
      `} else { ${callee} = attrAt(f, ${o}, ${name}, ${attrSite}, ${attrPos}); ${out} = new Array(${n}); ${off} = 0; }`,
    );
    this.args(e.args, out, off, callee);
    const r = this.tmp();
    // (`x.append(v)` on an exact list: list.append straight, not through call)
    const builtin =
      func.attr === "append" && n === 1
        ? `${m} === ListAppend && ${out}[0].type === C_list ? listAppendAt(f, ${m}, ${out}, ${pos}) : callMethodAt(f, ${callee}, ${out}, ${pos})`
        : `callMethodAt(f, ${callee}, ${out}, ${pos})`;
    this.emit(
      `const ${r} = ${fd} !== null ? ${enterCallCode(m, fd, code, out, n + 1, pos)} : ${m} === null ? callPlain(f, ${callee}, ${out}, ${pos}) : ${builtin};`,
    );
    return r;
  }
}

/**
 * siteHitFlags(site, o.type) with its first layout's check written out: the generated
 * code's first runs are interpreted, where a call costs more than the check.
 */
function siteFlags(site: string, o: string): string {
  return `(${o}.type === ${site}.c0 && ${site}.epoch === EP.n ? ${site}.f0 : siteHitFlags(${site}, ${o}.type))`;
}

/** Code.takeLocals, written out (as siteFlags). */
function takeLocals(code: string): string {
  return `(${code}.spareCount !== 0 ? ${code}.spareLocals[--${code}.spareCount] : newLocals(${code}.nlocals))`;
}

/** A call on prepared fast locals: callPooled for a plain code, else enterCall. */
function enterCallCode(fn: string, fd: string, code: string, out: string, n: number, pos: string) {
  return `(${code}.plainEntry && ${fd}.code === ${code} ? callPooled(f, ${fn}, ${code}, ${fd}.globals, ${out}, ${pos}) : enterCall(f, ${fn}, ${fd}, ${code}, ${out}, ${n}, ${pos}))`;
}

/** `while True:` and other constant true tests compile to no test at all. */
function constantTrue(e: A.expr): boolean {
  if (e._type !== "Constant") return false;
  const v = e.value;
  return v !== null && v !== false && v !== 0 && v !== 0n && v !== "" && v !== 0.0;
}

/** The operators fused() computes on doubles (opNames gives their JS spelling). */
const fusedOps = new Set<A.operator["_type"]>([
  "Add",
  "Sub",
  "Mult",
  "Div",
  "FloorDiv",
  "Mod",
  "Pow",
]);

/** A constant int (a safe integer) or float operand: its kind, value and JS literal. */
interface NumberOperand {
  int: boolean;
  value: number;
  literal: string;
}

/** A double as a JS literal (exact: shortest round-trip, with -0, infinities and NaN). */
function numberLiteral(x: number): string {
  if (Object.is(x, -0)) return "-0";
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  return String(x);
}

function jsName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[0-9]/.test(s) || s === "" ? `_${s}` : `py_${s}`;
}

/** PYGC_NO_JSGEN=1 keeps every function on the closures (to compare the tiers). */
export const jsgenEnabled = typeof process === "undefined" || process.env.PYGC_NO_JSGEN !== "1";
/**
 * PYGC_JSGEN_DUMP=FILE appends each generated body to FILE, synchronously (the worker's
 * stderr is a stream the process may exit before draining).
 */
const dumpFile = typeof process !== "undefined" ? (process.env.PYGC_JSGEN_DUMP ?? "") : "";

function dumpBody(text: string): void {
  const fs = process.getBuiltinModule("node:fs") as typeof import("node:fs");
  fs.appendFileSync(dumpFile, text);
}

/** The generated body of a function's statements. */
export function generateBody(host: GenHost, stmts: A.stmt[]): Stmt {
  return new Generator(host).build(stmts);
}

/** The generated body of a generator function (a JS generator function). */
export function generateGenBody(host: GenHost, stmts: A.stmt[]): GStmt {
  return new Generator(host).buildGen(stmts);
}

/** The generated body of a list, set or dict comprehension's function. */
export function generateComprehension(host: GenHost, e: A.ListComp | A.SetComp | A.DictComp): Stmt {
  return new Generator(host).buildComprehension(e);
}
