/**
 * The compiler: Python AST → JavaScript closures (a "closure compiler").
 *
 * Every expression node becomes `(f: Frame) => HeapObject` returning a NEW reference —
 * exactly the reference CPython's value stack would hold — and every statement becomes
 * `(f: Frame) => Signal` (normal, break, continue, return). Temporaries live in JS locals
 * of the closures and are released on every path, including when an exception passes
 * through a half-evaluated expression (`f(a(), b())` where `b()` raises releases `f` and
 * `a()`'s result), as CPython's unwinding pops its value stack.
 *
 * Name access is decided at compile time from the symbol table (fast local, cell, global,
 * by name), as CPython's compiler picks LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME.
 * Method calls `o.m(...)` call the function with `o` prepended instead of building a
 * bound method, as 3.11's LOAD_METHOD/CALL do.
 */
import type { HeapObject } from "../engine/index.js";
import { complexContract, newComplex } from "../modules/complex.js";
import type * as A from "../parser/ast.js";
import { PyBytes, PyComplex, PyEllipsis } from "../parser/index.js";
import {
  AttrSite,
  type BinOpName,
  binaryOp,
  type CmpOp,
  call,
  callBorrowed,
  callOwned,
  compareBool,
  contains,
  delAttr,
  delItem,
  descrGet,
  type FunctionData,
  getAttr,
  getAttrAt,
  getAttrOrNull,
  getattributeOverride,
  getItem,
  getIter,
  incRef,
  isInstanceOf,
  isPlainMethod,
  iterNext,
  repr as pyRepr,
  str as pyStr,
  richCompare,
  setAttrAt,
  setAttributeErrorMember,
  setItem,
  strFromMethod,
  toArray,
  truthy,
  unaryOp,
} from "../runtime/abstract.js";
import { buildClass } from "../runtime/bootstrap.js";
import { newBytes } from "../runtime/bytes.js";
import { type DictEntry, type DictStore, strFilterHash } from "../runtime/dictstore.js";
import { PyRaise, raise } from "../runtime/errors.js";
import { raiseImportError, stopIterationValue } from "../runtime/excmembers.js";
import { newFunction, newSlice } from "../runtime/function.js";
import { decref, incref, xdecref } from "../runtime/heapref.js";
import { attrsOf, excState } from "../runtime/instance.js";
import {
  canonicalName,
  internedName,
  methodContract,
  newBool,
  newDict,
  newFloat,
  newInt,
  newList,
  newStr,
  newStrFresh,
  newTuple,
  none,
  setListCapacity,
} from "../runtime/objects.js";
import {
  isSubtype,
  lookup,
  lookupEpoch,
  lookupSlot,
  typeInfo,
  typeName,
  typeOf,
  typePrepare,
} from "../runtime/typeobject.js";
import { C, S, T } from "../runtime/types.js";
import { rewriteAssert } from "./assert-rewrite.js";
import {
  BREAK,
  CONTINUE,
  Code,
  frameStack,
  NORMAL,
  RETURN,
  type Signal,
  type Stmt,
} from "./code.js";
import { checkCompileErrors } from "./compile-errors.js";
import {
  chainContext,
  interrupt,
  interruptAt,
  noteUnwind,
  raiseInterrupt,
  threadState,
} from "./eval.js";
import { formatValueObject } from "./formatting.js";
import { type Frame, leaveFrame, type TbPosition } from "./frame.js";
import { functionCodeRefs } from "./frameattrs.js";
import { importModule } from "./imports.js";
import {
  type GenHost,
  generateBody,
  generateComprehension,
  generateGenBody,
  jsgenEnabled,
} from "./jsgen.js";
import { firstLineOfStmt, headerSpansLines } from "./lines.js";
import { boundName, manglePrivateNames } from "./mangle.js";
import { MappingLocals } from "./mappinglocals.js";
import { PatternCompiler, releaseCaptures } from "./match.js";
import {
  attrAt,
  augGetAttr,
  augGetItem,
  binSlow,
  buildMap,
  cmpOps,
  cmpSlow,
  dropValues,
  inplaceApply,
  inplaceBorrowed,
  resultOf,
  storeAttrAt,
  subscrSlow,
  testBorrowed,
  testOf,
  testOwned,
} from "./operations.js";
import { buildSymtable, type Scope } from "./symtable.js";
import {
  exceptionEvent,
  trace,
  traceCall,
  traceJump,
  traceJumpNext,
  traceLine,
  traceReturn,
  traceUnwind,
} from "./trace.js";
import { unparseExpr } from "./unparse.js";

export type Ev = (f: Frame) => HeapObject;

/** sys.displayhook for interactive input: shows an expression statement's value (borrowed). */
export const displayHook = { display: null as ((value: HeapObject) => void) | null };

/**
 * A warning the compiler issues (SyntaxWarning): warnings.showwarning's text goes to
 * sys.stderr (set by the lifecycle; until then nothing is shown).
 */
export const compileWarningHook = {
  warn: (
    _filename: string,
    _lineno: number,
    _category: string,
    _message: string,
    _lines: string[],
  ): void => {},
};

/** Compare nodes already checked (a node compiled on two paths warns once). */
const warnedCompares = new WeakSet<A.Compare>();

/**
 * Compile a module; the returned Code runs with `f.ns` = the module namespace. With
 * `interactive` (the REPL's "single" mode), expression statements at module level hand
 * their value to `displayHook` (CPython's PRINT_EXPR).
 */
export function compileModule(
  tree: A.Module,
  filename: string,
  source: string,
  options: CompileOptions = {},
): Code {
  manglePrivateNames(tree);
  const futureAnnotations =
    futureFeatures(tree.body).has("annotations") ||
    ((options.futureFlags ?? 0) & CO_FUTURE_ANNOTATIONS) !== 0;
  if (options.library !== true) {
    checkCompileErrors(tree, filename, {
      evalResult: options.evalResult,
      futureAnnotations,
      topLevelAwait: options.topLevelAwait,
    });
  }
  const top = buildSymtable(tree);
  const code = new Code("<module>", "<module>", filename, 1);
  code.lines = source.split("\n");
  code.linesFromFile = options.linesFromFile ?? false;
  const c = new Compiler(top, code, null, "", options.owned === true);
  c.rewriteAsserts = options.rewriteAsserts ?? false;
  c.interactive = options.interactive ?? false;
  c.optimize = options.optimize ?? 0;
  c.futureAnnotations = futureAnnotations;
  if (c.futureAnnotations) code.futureFlags |= CO_FUTURE_ANNOTATIONS;
  const body = c.moduleDocstring(tree.body, c.block(tree.body));
  code.body = tree.body.some(hasAnnotations) ? c.setupAnnotations(body) : body;
  if (options.owned === true) c.ownConstants();
  return code;
}

/** co_flags' CO_FUTURE_ANNOTATIONS (PEP 563), also compile()'s flag for it. */
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export interface CompileOptions {
  /** pytest's assertion rewriting (see assert-rewrite.ts). */
  rewriteAsserts?: boolean;
  /** The REPL's and compile()'s "single" mode: expression statements are displayed. */
  interactive?: boolean;
  /** co_flags future bits the code inherits (compile()'s flags, the caller's features). */
  futureFlags?: number;
  /** Tracebacks read the lines from the named file (see Code.linesFromFile). */
  linesFromFile?: boolean;
  /** compile()'s optimize level (see Compiler.optimize). */
  optimize?: number;
  /**
   * The module code will have a code object of its own that can go (compile(), exec(),
   * eval()): it owns the code's constants (Code.owned), and the parse arena's references
   * are given up by releaseArena.
   */
  owned?: boolean;
  /** eval()'s expression, made a module's `return` statement: not a 'return' outside function. */
  evalResult?: A.stmt;
  /** pygc's own library source (library.ts), known to compile: not checked for errors. */
  library?: boolean;
  /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT. */
  topLevelAwait?: boolean;
}

/**
 * _PyArena_Free after compile() (or after exec() ran the code): the references the parse
 * arena held to constants go. A constant of a code's co_consts lives on in it; one that
 * no co_consts holds (a folded tuple only some statement reads) stays with the module's
 * code object (ownConstants) or, for the codes of functions and classes, which are never
 * freed here, for good.
 * NOT-CPYTHON: pygc's arena holds one reference per distinct constant of each code, not
 * one per literal.
 */
export function releaseArena(code: Code): void {
  const unit = arenas.get(code);
  if (unit === undefined) return;
  arenas.delete(code);
  for (const c of unit) c.releaseArenaRefs();
}

/** The compilers of each owned module code whose arena is not released yet. */
const arenas = new WeakMap<Code, Compiler[]>();

export const opNames: Record<A.operator["_type"], BinOpName> = {
  Add: "+",
  Sub: "-",
  Mult: "*",
  Div: "/",
  FloorDiv: "//",
  Mod: "%",
  Pow: "**",
  LShift: "<<",
  RShift: ">>",
  BitAnd: "&",
  BitOr: "|",
  BitXor: "^",
  MatMult: "@",
};

interface Positioned {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function posOf(node: Positioned, anchor: [number, number] | null = null): TbPosition {
  return {
    lineno: node.lineno,
    col: node.col_offset,
    endLineno: node.end_lineno,
    endCol: node.end_col_offset,
    anchor,
  };
}

/**
 * A str constant (a new reference, the arena's): made only of name characters, it is the
 * interned str of its text (intern_string_constants), shared with every other code and with
 * sys.intern.
 */
function strConstant(value: string): HeapObject {
  return /^[A-Za-z0-9_]*$/.test(value) ? internedName(value) : newStr(value);
}

class Compiler implements GenHost {
  /**
   * The constant objects by value, shared by every code of the compilation unit (the
   * compiler's c_const_cache): `def f(): return 1000` and `def g(): return 1000` return
   * the same object.
   */
  private readonly constants: Map<string, HeapObject>;
  /** constantId's numbers, shared as `constants` is. */
  private readonly constantIds: Map<HeapObject, number>;
  /** The constants co_consts holds (each has one reference from it). */
  private inConsts = new Set<HeapObject>();
  /**
   * The references that stand for the parse arena's (atom, constantTuple, fold), one
   * entry per reference, until releaseArena: kept for owned module code only (the arena
   * of the main module's and an imported module's lasts).
   */
  private arena: HeapObject[] = [];
  /**
   * For owned module code (CompileOptions.owned), this compiler and those of the codes
   * nested in its module (shared with them); else null.
   */
  private readonly unit: Compiler[] | null;
  /** fold()'s answer for the operator nodes already tried (null: not a constant). */
  private folded = new Map<A.expr, HeapObject | null>();
  /** pytest's assertion rewriting for this module (see assert-rewrite.ts). */
  rewriteAsserts: boolean;
  /** Module level of interactive input: expression statements are displayed. */
  interactive = false;
  /**
   * compile()'s optimize level (sys.flags.optimize otherwise, 0 here): 1 drops assert
   * statements and makes __debug__ False, 2 also drops docstrings.
   */
  optimize: number;
  /** `from __future__ import annotations`: annotations are kept as their text. */
  futureAnnotations: boolean;
  /** The statement being compiled has a header spanning lines: add line marks (lines.ts). */
  private ml = false;
  /** What expr(), store() and stmtParts() made for each node (see expr()). */
  private exprs = new Map<A.expr, Ev>();
  private stores = new Map<A.expr, (f: Frame, v: HeapObject) => void>();
  private stmts = new Map<A.stmt, { body: Stmt; line: number; first: number }>();
  /** The inline caches of this code's global loads, by name (see globalSite). */
  private globalSites = new Map<string, GlobalSite>();

  constructor(
    readonly scope: Scope,
    readonly code: Code,
    readonly parent: Compiler | null,
    readonly qualPrefix: string,
    owned = false,
  ) {
    this.constants = parent?.constants ?? new Map();
    this.constantIds = parent?.constantIds ?? new Map();
    this.rewriteAsserts = parent?.rewriteAsserts ?? false;
    this.futureAnnotations = parent?.futureAnnotations ?? false;
    this.optimize = parent?.optimize ?? 0;
    this.unit = parent === null ? (owned ? [] : null) : parent.unit;
    this.unit?.push(this);
  }

  /**
   * The module code's co_consts, and the constants only the arena holds, become its code
   * object's (Code.owned); the codes compiled here that are constants of the module code
   * are its children. The arena's other references wait for releaseArena.
   */
  ownConstants(): void {
    const code = this.code;
    const owned: HeapObject[] = [...this.inConsts];
    const arena: HeapObject[] = [];
    for (const obj of this.arena) (this.inConsts.has(obj) ? arena : owned).push(obj);
    this.arena = arena;
    code.owned = owned;
    for (const c of this.unit!) if (c.parent === this) code.children.push(c.code);
    arenas.set(code, this.unit!);
  }

  /** A reference of `obj` that stands for the arena's (noted when it will be released). */
  private arenaRef(obj: HeapObject): void {
    if (this.unit !== null) this.arena.push(obj);
  }

  /** releaseArena for this compiler's constants: those in co_consts lose the arena's. */
  releaseArenaRefs(): void {
    const kept: HeapObject[] = [];
    for (const obj of this.arena) {
      if (this.inConsts.has(obj)) decref(obj);
      else kept.push(obj);
    }
    this.arena = kept;
  }

  /** The docstring of a body, unless optimizing at level 2 (_PyAST_GetDocString). */
  docstringOf(body: A.stmt[]): string | null {
    return this.optimize >= 2 ? null : docstring(body);
  }

  /**
   * compiler_body: a module's docstring is stored as `__doc__` before its first statement
   * runs (after SETUP_ANNOTATIONS); not for interactive input.
   */
  moduleDocstring(body: A.stmt[], rest: Stmt): Stmt {
    const doc = this.interactive ? null : this.docstringOf(body);
    if (doc === null) return rest;
    const docObj = this.constant(doc);
    const store = this.storeName("__doc__");
    return (f) => {
      docObj.refcnt++;
      store(f, docObj);
      return rest(f);
    };
  }

  // ---------------------------------------------------------------- constants

  /** A constant of this code: the parser's object (see atom), held by co_consts too. */
  private constant(value: A.PyConstant): HeapObject {
    return this.addConst(this.atom(value));
  }

  /** co_consts takes its reference to `obj` (once per code). */
  private addConst(obj: HeapObject): HeapObject {
    if (!this.inConsts.has(obj)) {
      this.inConsts.add(obj);
      obj.refcnt++; // co_consts holds a reference for the life of the code
    }
    return obj;
  }

  /**
   * The object for a constant value, shared by equal constants of this code (CPython
   * merges them). The reference it is created with stands for the parse arena's, which
   * `__main__` keeps while it runs; None, True, False and Ellipsis get none.
   */
  private atom(value: A.PyConstant): HeapObject {
    const shown = Object.is(value, -0) ? "-0" : String(value);
    const key =
      value instanceof PyBytes
        ? `bytes:${Buffer.from(value.data).toString("hex")}`
        : value instanceof PyComplex
          ? `complex:${Object.is(value.real, -0) ? "-0" : value.real}:${Object.is(value.imag, -0) ? "-0" : value.imag}`
          : `${typeof value}:${shown}`;
    const cached = this.constants.get(key);
    if (cached !== undefined) return cached;
    let obj: HeapObject;
    if (value === null) obj = S.None;
    else if (value === true) obj = S.True;
    else if (value === false) obj = S.False;
    else if (typeof value === "string") obj = strConstant(value);
    else if (typeof value === "bigint") obj = newInt(value);
    else if (typeof value === "number") obj = newFloat(value);
    else if (value instanceof PyEllipsis) obj = S.Ellipsis;
    else if (value instanceof PyComplex) obj = newComplex(value.real, value.imag);
    else if (value instanceof PyBytes) obj = newBytes(value.data.slice());
    else
      raise(
        T.NotImplementedError,
        "str constants with adjacent lone surrogates are not supported yet",
      );
    this.constants.set(key, obj);
    if (value !== null && typeof value !== "boolean" && !(value instanceof PyEllipsis)) {
      this.arenaRef(obj);
    }
    return obj;
  }

  /** A number for a constant object, the same for the whole compilation unit. */
  private constantId(obj: HeapObject): number {
    let id = this.constantIds.get(obj);
    if (id === undefined) this.constantIds.set(obj, (id = this.constantIds.size));
    return id;
  }

  /** An interned str used as a dict key for a name (never freed). */
  private nameKey(name: string): HeapObject {
    const key = `name:${name}`;
    let k = this.constants.get(key);
    if (k === undefined) {
      k = newStr(name);
      k.refcnt++;
      this.constants.set(key, k);
    }
    return k;
  }

  // ---------------------------------------------------------------- for jsgen.ts

  constantOf(e: A.expr): HeapObject | null {
    if (e._type === "Constant") return this.constant(e.value);
    if (
      e._type !== "Tuple" &&
      e._type !== "UnaryOp" &&
      e._type !== "BinOp" &&
      e._type !== "Subscript" &&
      !isDebugName(e)
    )
      return null;
    const c = this.fold(e);
    return c === null ? null : this.addConst(c);
  }

  foldedOf(e: A.expr): HeapObject | null {
    if (
      e._type !== "Constant" &&
      e._type !== "Tuple" &&
      e._type !== "UnaryOp" &&
      e._type !== "BinOp" &&
      e._type !== "Subscript" &&
      !isDebugName(e)
    )
      return null;
    return this.fold(e);
  }

  constantNode(e: A.Constant): HeapObject {
    return this.constant(e.value);
  }

  position(e: Positioned, anchor: [number, number] | null = null): TbPosition {
    return posOf(e, anchor);
  }

  binOpPosition(e: A.BinOp): TbPosition {
    const anchor: [number, number] = [
      e.left.end_col_offset - e.col_offset,
      e.right.col_offset - e.col_offset,
    ];
    return posOf(e, binopAnchor(this.code.lines, e, anchor));
  }

  // ---------------------------------------------------------------- statements

  block(stmts: A.stmt[]): Stmt {
    // Declarations compile to no instructions: no line event.
    const kept = stmts.filter((s) => s._type !== "Global" && s._type !== "Nonlocal");
    if (kept.length <= 1) return kept.length === 0 ? () => NORMAL : this.stmt(kept[0]!);
    // The loop sets each statement's line itself (one closure call per statement).
    const bodies = kept.map((s) => this.stmtParts(s));
    const compiled = bodies.map((b) => b.body);
    const lines = bodies.map((b) => b.line);
    const firsts = bodies.map((b) => b.first);
    return (f) => {
      for (let i = 0; i < compiled.length; i++) {
        if (trace.on) traceLine(f, firsts[i]!);
        else f.lineno = lines[i]!;
        const sig = compiled[i]!(f);
        if (sig !== NORMAL) return sig;
      }
      return NORMAL;
    };
  }

  stmt(s: A.stmt): Stmt {
    // Declarations compile to no instructions: no line event.
    if (s._type === "Global" || s._type === "Nonlocal") return () => NORMAL;
    const { body, line, first } = this.stmtParts(s);
    return (f) => {
      if (trace.on) traceLine(f, first);
      else f.lineno = line;
      return body(f);
    };
  }

  /** A statement's code, its line, and the line its first instruction reports when traced. */
  stmtParts(s: A.stmt): { body: Stmt; line: number; first: number } {
    const known = this.stmts.get(s);
    if (known !== undefined) return known;
    const parts = this.stmtPartsOf(s);
    this.stmts.set(s, parts);
    return parts;
  }

  private stmtPartsOf(s: A.stmt): { body: Stmt; line: number; first: number } {
    const saved = this.ml;
    this.ml = headerSpansLines(s);
    const first = this.ml ? firstLineOfStmt(s) : s.lineno;
    try {
      return { body: this.stmtBody(s), line: s.lineno, first };
    } finally {
      this.ml = saved;
    }
  }

  private stmtBody(s: A.stmt): Stmt {
    switch (s._type) {
      case "Expr": {
        const ev = this.expr(s.value);
        if (this.interactive) {
          return (f) => {
            const v = ev(f);
            try {
              displayHook.display!(v);
            } finally {
              decref(v);
            }
            return NORMAL;
          };
        }
        return (f) => {
          decref(ev(f));
          return NORMAL;
        };
      }
      case "Assign": {
        const pairs = this.ml ? null : this.pairwiseAssign(s);
        if (pairs !== null) return this.pairwiseStore(pairs);
        const value = this.expr(s.value);
        const targets = s.targets.map((t) =>
          this.ml ? markedStore(this.store(t), t.lineno) : this.store(t),
        );
        if (targets.length === 1) {
          const target = targets[0]!;
          return (f) => {
            target(f, value(f));
            return NORMAL;
          };
        }
        return (f) => {
          const v = value(f);
          for (let i = 0; i < targets.length; i++) {
            if (i < targets.length - 1) incref(v);
            targets[i]!(f, v);
          }
          return NORMAL;
        };
      }
      case "AugAssign":
        return this.augAssign(s);
      case "AnnAssign":
        return this.annAssign(s);
      case "Return": {
        let value = s.value === null ? null : this.expr(s.value);
        if (value !== null && this.ml) value = markedAfter(value, s.lineno);
        return (f) => {
          f.retval = value === null ? none() : value(f);
          return RETURN;
        };
      }
      case "Pass":
      case "Global":
      case "Nonlocal":
        return () => NORMAL;
      case "Break":
        return () => BREAK;
      case "Continue":
        return () => CONTINUE;
      case "If": {
        const test = this.markedCondition(s.test, s.lineno);
        const body = this.block(s.body);
        const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
        return (f) => (test(f) ? body(f) : orelse === null ? NORMAL : orelse(f));
      }
      case "While": {
        const test = this.markedCondition(s.test, s.lineno);
        const body = this.block(s.body);
        const line = s.lineno;
        const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
        const alwaysTrue = constantTrue(s.test);
        return (f) => {
          let back = false;
          while (test(f)) {
            if (interrupt.flag[0] !== 0) interruptAt(f, line);
            if (back && trace.on) traceJumpNext(f);
            const sig = body(f);
            if (sig === BREAK) return NORMAL;
            if (sig === RETURN) return sig;
            if (trace.on) back = whileBackEdge(f, line, sig === CONTINUE || alwaysTrue);
            f.lineno = line;
          }
          return orelse === null ? NORMAL : orelse(f);
        };
      }
      case "For":
        return this.forLoop(s);
      case "Delete": {
        const dels = s.targets.map((t) => this.del(t));
        return (f) => {
          for (const d of dels) d(f);
          return NORMAL;
        };
      }
      case "FunctionDef": {
        const make = this.makeFunction(s.name, s.args, s.body, s, s.decorator_list);
        const name = this.storeName(boundName(s));
        const target = this.ml ? markedStore(name, s.lineno) : name;
        return (f) => {
          target(f, make(f));
          return NORMAL;
        };
      }
      case "ClassDef":
        return this.classDef(s);
      case "Raise":
        return this.raiseStmt(s);
      case "Try":
        return this.tryStmt(s);
      case "Assert": {
        // (compiler_assert emits nothing under optimization)
        if (this.optimize > 0) return () => NORMAL;
        if (this.rewriteAsserts) return rewriteAssert(this, s);
        const test = this.condition(s.test);
        const msg = s.msg === null ? null : this.expr(s.msg);
        const pos = posOf(s.test);
        return (f) => {
          if (test(f)) return NORMAL;
          const exc =
            msg === null ? makeExc(T.AssertionError, []) : makeExc(T.AssertionError, [msg(f)]);
          throw noteUnwind(new PyRaise(exc), f, pos);
        };
      }
      case "Import": {
        const parts = s.names.map((a) => {
          const top = a.name.split(".")[0]!;
          return { name: a.name, target: this.storeName(a.asname ?? top), asname: a.asname };
        });
        return (f) => {
          for (const p of parts) {
            const mod = importModule(p.name, f);
            if (p.asname === null && p.name.includes(".")) {
              decref(mod);
              p.target(f, importModule(p.name.split(".")[0]!, f));
            } else p.target(f, mod);
          }
          return NORMAL;
        };
      }
      case "ImportFrom": {
        const modName = s.module ?? "";
        const names = s.names.map((a) => ({
          name: a.name,
          target: a.name === "*" ? null : this.storeName(a.asname ?? a.name),
        }));
        return (f) => {
          const mod = importModule(modName, f);
          try {
            // A fromlist makes the import machinery look for __path__ (a package's), which
            // a module's __getattr__ sees.
            const path = getAttrOrNull(mod, "__path__");
            if (path !== null) decref(path);
            for (const n of names) {
              if (n.target === null) {
                const store = (mod.p0 as HeapObject).p0 as DictStore;
                for (const e of store.live()) {
                  const k = e.key.p0 as string;
                  if (!k.startsWith("_")) this.storeName(k)(f, (incref(e.value), e.value));
                }
                continue;
              }
              let v: HeapObject;
              try {
                v = getAttr(mod, n.name);
              } catch (e) {
                if (e instanceof PyRaise && isInstanceOf(e.exc, T.AttributeError)) {
                  decref(e.exc);
                  const file = ((mod.p0 as HeapObject).p0 as DictStore).getStr("__file__");
                  const path =
                    file !== undefined && file.type === C.str ? (file.p0 as string) : null;
                  raiseImportError(
                    T.ImportError!,
                    `cannot import name '${n.name}' from '${modName}' (${path ?? "unknown location"})`,
                    modName,
                    path,
                  );
                }
                throw e;
              }
              n.target(f, v);
            }
          } finally {
            decref(mod);
          }
          return NORMAL;
        };
      }
      case "With":
        return this.withStmt(s);
      case "Match": {
        const subject = this.expr(s.subject);
        const m = this.matchCases(s);
        const bodies = s.cases.map((c) => this.block(c.body));
        return (f) => {
          const i = m(f, subject(f));
          return i < 0 ? NORMAL : bodies[i]!(f);
        };
      }
      case "AsyncFunctionDef":
      case "AsyncFor":
      case "AsyncWith":
      case "TryStar":
        return () => raise(T.NotImplementedError, `${s._type} is not supported yet`);
      default: {
        const never: never = s;
        return never;
      }
    }
  }

  /** An if/while test; its jump is on the statement's line (a mark when the test is not). */
  private markedCondition(e: A.expr, line: number): (f: Frame) => boolean {
    const test = this.condition(e);
    if (!this.ml) return test;
    return (f) => {
      const r = test(f);
      if (trace.on) traceLine(f, line);
      return r;
    };
  }

  /**
   * `and`/`or` as a value. Each value is tested once: an operand that is itself a BoolOp
   * and stopped early hands on the value with its test known (CPython's jump threading: a
   * JUMP_IF_FALSE_OR_POP that lands on JUMP_IF_TRUE_OR_POP goes past it), so
   * `a and b or c` tests a falsy `a` once, not twice. The known test travels in
   * boolKnown (-1: not tested; set by the nested operand just before it returns).
   */
  private boolOp(e: A.BoolOp): Ev {
    const n = e.values.length;
    const values = e.values.map((v) => this.expr(v));
    const nested = e.values.map((v) => v._type === "BoolOp");
    const isAnd = e.op._type === "And";
    return (f) => {
      for (let i = 0; ; i++) {
        const v = values[i]!(f);
        if (i === n - 1) {
          // (a last operand that stopped early hands its known test on, too)
          if (!nested[i]) boolKnown.t = -1;
          return v;
        }
        const known = nested[i] ? boolKnown.t : -1;
        let t: boolean;
        if (known !== -1) t = known === 1;
        else {
          try {
            t = truthy(v);
          } catch (err) {
            decref(v);
            throw err;
          }
        }
        if (t !== isAnd) {
          boolKnown.t = t ? 1 : 0;
          return v;
        }
        decref(v);
      }
    };
  }

  private condition(e: A.expr): (f: Frame) => boolean {
    if (e._type === "UnaryOp" && e.op._type === "Not") {
      const inner = this.condition(e.operand);
      return (f) => !inner(f);
    }
    if (e._type === "BoolOp" && !this.ml) {
      // compiler_jump_if: `and`/`or` in a test are jumps on each operand's own test, so
      // each operand is tested once (as a value, `a and b` would hand `a` on to be tested
      // again).
      const parts = e.values.map((x) => this.condition(x));
      const isAnd = e.op._type === "And";
      return (f) => {
        for (let i = 0; i < parts.length - 1; i++) if (parts[i]!(f) !== isAnd) return !isAnd;
        return parts[parts.length - 1]!(f);
      };
    }
    if (e._type === "Compare" && e.ops.length === 1 && !this.ml) return this.singleCompare(e).test;
    if (e._type === "Name") {
      // `if x:` / `while x:` on a local: bool, None and int answer without a reference.
      const b = this.borrowLoad(e);
      if (b !== null) return (f) => testBorrowed(b(f));
    }
    const ev = this.expr(e);
    return (f) => testOwned(ev(f));
  }

  private augAssign(s: A.AugAssign): Stmt {
    const op = opNames[s.op._type];
    const t = s.target;
    const pos = posOf(s);
    if (t._type === "Name" && !this.ml && this.scope.kindOf(t.id) === "fast") {
      // local op= local-or-constant: nothing runs between the loads, so both are
      // borrowed, and ints and floats are answered without the number protocol.
      const rb = this.borrowLoad(s.value);
      if (rb !== null) {
        const slot = this.scope.slot(t.id);
        const name = t.id;
        const at = this.position(t);
        return (f) => {
          const cur = f.locals[slot];
          if (cur == null) unboundLocalAt(f, name, at);
          const r = inplaceBorrowed(f, cur, rb(f), op, pos);
          const old = f.locals[slot]!;
          f.locals[slot] = r;
          if (old !== null) decref(old);
          return NORMAL;
        };
      }
    }
    const value = this.expr(s.value);
    /** cur op= value: evaluates the right side and releases it (not cur). */
    const apply = (f: Frame, cur: HeapObject): HeapObject => inplaceApply(cur, value(f), op);
    if (t._type === "Name") {
      const load = this.loadName(t.id, this.position(t));
      const store = this.storeName(t.id);
      return (f) => {
        const cur = load(f);
        let r: HeapObject;
        try {
          r = apply(f, cur);
        } catch (e) {
          throw noteUnwind(e, f, pos);
        } finally {
          decref(cur);
        }
        store(f, r);
        return NORMAL;
      };
    }
    // o.name op= v and o[k] op= v: load, apply, store back on the same container.
    if (t._type === "Attribute") {
      const obj = this.expr(t.value);
      const name = canonicalName(t.attr);
      const loadSite = new AttrSite();
      const storeSite = new AttrSite();
      // (The load and the store raise at the target; the operation at the statement.)
      const at = posOf(t);
      return (f) => {
        const o = obj(f);
        let r: HeapObject;
        try {
          let cur: HeapObject;
          try {
            cur = augGetAttr(o, name, loadSite);
          } catch (e) {
            throw noteUnwind(e, f, at);
          }
          try {
            r = apply(f, cur);
          } finally {
            decref(cur);
          }
        } catch (e) {
          const err = noteUnwind(e, f, pos);
          decref(o);
          throw err;
        }
        // STORE_ATTR releases the value and the owner before its error is raised.
        storeAttrAt(f, o, name, r, storeSite, at);
        return NORMAL;
      };
    }
    if (t._type !== "Subscript") throw new Error(`bad augmented assignment target ${t._type}`);
    const obj = this.expr(t.value);
    const key = this.expr(t.slice);
    const spos = posOf(t, [t.value.end_col_offset - t.col_offset, t.end_col_offset - t.col_offset]);
    return (f) => {
      const o = obj(f);
      const k = thenOperand(f, key, o, true);
      try {
        let cur: HeapObject;
        try {
          cur = augGetItem(o, k);
        } catch (e) {
          throw noteUnwind(e, f, spos);
        }
        let r: HeapObject;
        try {
          r = apply(f, cur);
        } finally {
          decref(cur);
        }
        try {
          setItem(o, k, r);
        } catch (e) {
          throw noteUnwind(e, f, spos);
        } finally {
          decref(r);
        }
      } catch (e) {
        throw noteUnwind(e, f, pos);
      } finally {
        decref(o);
        decref(k);
      }
      return NORMAL;
    };
  }

  private forLoop(s: A.For): Stmt {
    const iterable = this.expr(s.iter);
    const target = this.store(s.target);
    const body = this.block(s.body);
    const orelse = s.orelse.length > 0 ? this.block(s.orelse) : null;
    const pos = posOf(s.iter);
    const line = s.lineno;
    return (f) => {
      const seq = iterable(f);
      let it: HeapObject;
      try {
        it = getIter(seq);
      } catch (e) {
        throw noteUnwind(e, f, pos);
      } finally {
        decref(seq);
      }
      try {
        for (;;) {
          const v = trace.on ? iterNext(it, stopSeen) : iterNext(it);
          if (v === null) break;
          target(f, v);
          const sig = body(f);
          if (sig === BREAK) return NORMAL;
          if (sig === RETURN) return sig;
          // JUMP_BACKWARD checks for interrupts, still on the line run last; then FOR_ITER,
          // on the `for` line.
          if (interrupt.flag[0] !== 0) raiseInterrupt();
          if (trace.on) traceJump(f, line);
          f.lineno = line;
        }
      } finally {
        decref(it);
      }
      return orelse === null ? NORMAL : orelse(f);
    };
  }

  private raiseStmt(s: A.Raise): Stmt {
    const exc = s.exc === null ? null : this.expr(s.exc);
    const cause = s.cause === null ? null : this.expr(s.cause);
    // RAISE_VARARGS's position is the statement's: the traceback marks it when it does not
    // fill the line (`if x: raise E`). A bare raise adds no entry.
    const pos = posOf(s);
    return (f) => {
      if (exc === null) {
        const handled = threadState.handled;
        if (handled.length === 0) raise(T.RuntimeError, "No active exception to reraise");
        const e = handled[handled.length - 1]!;
        incref(e);
        throw new PyRaise(e);
      }
      const e = instantiate(exc(f));
      // _PyErr_SetObject: a raise while handling an exception sets __context__.
      chainContext(e);
      if (cause !== null) {
        let c = cause(f);
        if (c === S.None) {
          decref(c);
          setCause(e, null);
        } else {
          try {
            c = instantiate(c, "exception causes must derive from BaseException");
          } catch (err) {
            decref(e);
            throw err;
          }
          setCause(e, c);
        }
      }
      throw noteUnwind(new PyRaise(e), f, pos, true);
    };
  }

  /**
   * A try statement whose blocks are compiled by `blockOf` (jsgen.ts passes generated
   * ones; the exception handling stays the closures').
   */
  tryStatement(s: A.Try, blockOf: (stmts: A.stmt[]) => Stmt): Stmt {
    return this.tryStmt(s, blockOf);
  }

  private tryStmt(s: A.Try, blockOf = (stmts: A.stmt[]): Stmt => this.block(stmts)): Stmt {
    const body = blockOf(s.body);
    const handlers = s.handlers.map((h) => ({
      line: h.lineno,
      type: h.type === null ? null : this.expr(h.type),
      name: h.name,
      store: h.name === null ? null : this.storeName(h.name),
      unbind:
        h.name === null
          ? null
          : this.del({ _type: "Name", id: h.name, ctx: { _type: "Del" } } as A.Name, true),
      body: blockOf(h.body),
    }));
    const orelse = s.orelse.length > 0 ? blockOf(s.orelse) : null;
    const finalbody = s.finalbody.length > 0 ? blockOf(s.finalbody) : null;
    const withHandlers: Stmt =
      handlers.length === 0
        ? body
        : (f) => {
            let sig: number;
            try {
              sig = body(f);
            } catch (e) {
              const err = noteUnwind(e, f, null);
              if (!(err instanceof PyRaise)) throw err;
              const exc = err.exc;
              const h = findHandler(f, exc, handlers);
              if (h === null) throw err;
              enterHandler(f, h, exc);
              try {
                return h.body(f);
              } finally {
                leaveHandler(f, h, exc);
              }
            }
            return sig === NORMAL && orelse !== null ? orelse(f) : sig;
          };
    if (finalbody === null) {
      if (orelse !== null && handlers.length === 0)
        return (f) => (body(f) === NORMAL ? orelse(f) : NORMAL);
      return withHandlers;
    }
    return (f) => {
      let sig: number;
      try {
        sig = withHandlers(f);
      } catch (e) {
        const err = noteUnwind(e, f, null);
        const exc = err instanceof PyRaise ? pushExcInfo(err.exc) : null;
        let fsig: number;
        try {
          fsig = finalbody(f);
        } finally {
          if (exc !== null) popExcInfo(exc);
        }
        if (fsig !== NORMAL) {
          if (err instanceof PyRaise) decref(err.exc);
          return fsig;
        }
        throw err;
      }
      const saved = f.retval;
      f.retval = null;
      const fsig = finalbody(f);
      if (fsig !== NORMAL) {
        xdecref(saved);
        return fsig;
      }
      f.retval = saved;
      return sig;
    };
  }

  /** A with statement whose body is compiled by `blockOf` (as tryStatement). */
  withStatement(s: A.With, blockOf: (stmts: A.stmt[]) => Stmt): Stmt {
    return this.withStmt(s, blockOf);
  }

  private withStmt(s: A.With, blockOf = (stmts: A.stmt[]): Stmt => this.block(stmts)): Stmt {
    const items = s.items.map((it) => ({
      ctx: this.expr(it.context_expr),
      target: it.optional_vars === null ? null : this.store(it.optional_vars),
    }));
    let body = blockOf(s.body);
    const line = s.lineno;
    for (let i = items.length - 1; i >= 0; i--) {
      const { ctx, target } = items[i]!;
      const inner = body;
      body = (f) => {
        const exit = enterContext(f, ctx(f), target);
        let sig: number;
        try {
          sig = inner(f);
        } catch (e) {
          const err = noteUnwind(e, f, null);
          if (trace.on) traceLine(f, line);
          f.lineno = line; // __exit__ runs "at" the with statement, as in CPython
          if (exitContext(exit, err)) return NORMAL;
          throw err;
        }
        if (trace.on) traceLine(f, line);
        f.lineno = line;
        exitContext(exit, null);
        return sig;
      };
    }
    return body;
  }

  /**
   * A match statement's cases: the returned function takes the subject (a new reference),
   * finds the first case whose pattern matches (binding its captures) and whose guard
   * holds, and answers its index (-1: none). The subject is held while the cases are tried
   * and released before the body runs; the last case that tests a pattern consumes it,
   * as in CPython (no copy is made for it).
   */
  private matchCases(s: A.Match): (f: Frame, subj: HeapObject) => number {
    const pc = new PatternCompiler({
      expr: (e) => this.expr(e),
      constant: (v) => this.constant(v),
      filename: this.code.filename,
      lines: this.code.lines,
    });
    const n = s.cases.length;
    const last = s.cases[n - 1]!;
    const hasDefault = n > 1 && isWildcardPattern(last.pattern);
    const tested = n - (hasDefault ? 1 : 0);
    const cases = s.cases.slice(0, tested).map((c, i) => {
      const cp = pc.casePattern(c.pattern, c.guard !== null || i === n - 1);
      return {
        line: c.pattern.lineno,
        match: cp.match,
        stores: cp.names.map((name) => this.storeName(name)),
        storeLine: lastPatternLine(c.pattern),
        guard: c.guard === null ? null : this.condition(c.guard),
        guardLine: c.guard === null ? 0 : c.guard.lineno,
      };
    });
    const dflt = hasDefault
      ? {
          line: last.pattern.lineno,
          guard: last.guard === null ? null : this.condition(last.guard),
          guardLine: last.guard === null ? 0 : last.guard.lineno,
        }
      : null;
    return (f, subj) => {
      let held = true;
      const caps: HeapObject[] = [];
      try {
        for (let i = 0; i < cases.length; i++) {
          const c = cases[i]!;
          if (trace.on) traceLine(f, c.line);
          else f.lineno = c.line;
          let ok: boolean;
          try {
            ok = c.match(f, subj, caps);
          } catch (e) {
            releaseCaptures(caps);
            throw e;
          }
          if (i === cases.length - 1) {
            held = false;
            decref(subj);
          }
          if (!ok) {
            releaseCaptures(caps);
            continue;
          }
          if (trace.on && caps.length > 0) traceLine(f, c.storeLine);
          const k = caps.length;
          for (let j = 0; j < k; j++) c.stores[j]!(f, caps[j]!);
          caps.length = 0;
          if (c.guard !== null) {
            if (trace.on) traceLine(f, c.guardLine);
            else f.lineno = c.guardLine;
            if (!c.guard(f)) continue;
          }
          if (held) {
            held = false;
            decref(subj);
          }
          return i;
        }
      } finally {
        if (held) decref(subj);
      }
      if (dflt === null) return -1;
      if (trace.on) traceLine(f, dflt.line);
      else f.lineno = dflt.line;
      if (dflt.guard !== null) {
        if (trace.on) traceLine(f, dflt.guardLine);
        else f.lineno = dflt.guardLine;
        if (!dflt.guard(f)) return -1;
      }
      return n - 1;
    };
  }

  // ---------------------------------------------------------------- generator bodies

  /** A block of a generator function: statements containing `yield` become JS generators. */
  gblock(stmts: A.stmt[]): GStmt {
    // A statement without yield runs as a plain function (no JS generator made for each
    // run), on its generated code from its second run (jsgen.ts).
    const parts = stmts.map((s) =>
      containsYield(s)
        ? { gen: this.gstmt(s), plain: null }
        : { gen: null, plain: this.lazyStmt(s) },
    );
    return function* (f) {
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i]!;
        const sig: number = p.plain !== null ? p.plain.run(f) : yield* p.gen!(f);
        if (sig !== NORMAL) return sig;
      }
      return NORMAL;
    };
  }

  /** A generator body's statement as the closures run it (its line set by itself). */
  gstmtOf(s: A.stmt): GStmt {
    return this.gstmt(s);
  }

  /** A statement's closure, replaced by its generated code on its second run. */
  private lazyStmt(s: A.stmt): { run: Stmt } {
    const closure = this.stmt(s);
    const holder = { run: closure };
    if (!jsgenEnabled) return holder;
    let runs = 0;
    holder.run = (f) => {
      if (++runs < 2) return closure(f);
      holder.run = generated(this.code, closure, () => generateBody(this, [s]));
      return holder.run(f);
    };
    return holder;
  }

  private gstmt(s: A.stmt): GStmt {
    const line = s.lineno;
    if (!containsYield(s)) {
      const plain = this.stmt(s);
      // biome-ignore lint/correctness/useYield: a yield-free statement inside a generator body
      return function* (f) {
        return plain(f);
      };
    }
    const saved = this.ml;
    this.ml = headerSpansLines(s);
    const first = this.ml ? firstLineOfStmt(s) : s.lineno;
    let body: GStmt;
    try {
      body = this.gstmtBody(s);
    } finally {
      this.ml = saved;
    }
    return function* (f) {
      if (trace.on) traceLine(f, first);
      else f.lineno = line;
      return yield* body(f);
    };
  }

  private gstmtBody(s: A.stmt): GStmt {
    switch (s._type) {
      case "Expr": {
        const y = this.gvalue(s.value);
        return function* (f) {
          decref(yield* y(f));
          return NORMAL;
        };
      }
      case "Assign": {
        const y = this.gvalue(s.value);
        const targets = s.targets.map((t) => this.store(t));
        return function* (f) {
          const v: HeapObject = yield* y(f);
          for (let i = 0; i < targets.length; i++) {
            if (i < targets.length - 1) incref(v);
            targets[i]!(f, v);
          }
          return NORMAL;
        };
      }
      case "Return": {
        const y = this.gvalue(s.value!);
        return function* (f) {
          f.retval = yield* y(f);
          return RETURN;
        };
      }
      case "If": {
        const test = this.condition(s.test);
        const body = this.gblock(s.body);
        const orelse = s.orelse.length > 0 ? this.gblock(s.orelse) : null;
        return function* (f) {
          if (test(f)) return yield* body(f);
          return orelse === null ? NORMAL : yield* orelse(f);
        };
      }
      case "While": {
        const test = this.condition(s.test);
        const body = this.gblock(s.body);
        const line = s.lineno;
        const orelse = s.orelse.length > 0 ? this.gblock(s.orelse) : null;
        const alwaysTrue = constantTrue(s.test);
        return function* (f) {
          let back = false;
          while (test(f)) {
            if (interrupt.flag[0] !== 0) interruptAt(f, line);
            if (back && trace.on) traceJumpNext(f);
            const sig: number = yield* body(f);
            if (sig === BREAK) return NORMAL;
            if (sig === RETURN) return sig;
            if (trace.on) back = whileBackEdge(f, line, sig === CONTINUE || alwaysTrue);
            f.lineno = line;
          }
          return orelse === null ? NORMAL : yield* orelse(f);
        };
      }
      case "For": {
        const iterable = this.expr(s.iter);
        const target = this.store(s.target);
        const body = this.gblock(s.body);
        const orelse = s.orelse.length > 0 ? this.gblock(s.orelse) : null;
        const pos = posOf(s.iter);
        const line = s.lineno;
        return function* (f) {
          const seq = iterable(f);
          let it: HeapObject;
          try {
            it = getIter(seq);
          } catch (e) {
            throw noteUnwind(e, f, pos);
          } finally {
            decref(seq);
          }
          try {
            for (;;) {
              const v = trace.on ? iterNext(it, stopSeen) : iterNext(it);
              if (v === null) break;
              target(f, v);
              const sig: number = yield* body(f);
              if (sig === BREAK) return NORMAL;
              if (sig === RETURN) return sig;
              if (interrupt.flag[0] !== 0) raiseInterrupt();
              if (trace.on) traceJump(f, line);
              f.lineno = line;
            }
          } finally {
            decref(it);
          }
          return orelse === null ? NORMAL : yield* orelse(f);
        };
      }
      case "Try": {
        const body = this.gblock(s.body);
        const handlers = s.handlers.map((h) => ({
          line: h.lineno,
          type: h.type === null ? null : this.expr(h.type),
          store: h.name === null ? null : this.storeName(h.name),
          unbind:
            h.name === null
              ? null
              : this.del({ _type: "Name", id: h.name, ctx: { _type: "Del" } } as A.Name, true),
          body: this.gblock(h.body),
        }));
        const orelse = s.orelse.length > 0 ? this.gblock(s.orelse) : null;
        const finalbody = s.finalbody.length > 0 ? this.gblock(s.finalbody) : null;
        const withHandlers: GStmt = function* (f) {
          let sig: number;
          try {
            sig = yield* body(f);
          } catch (e) {
            const err = noteUnwind(e, f, null);
            if (!(err instanceof PyRaise) || handlers.length === 0) throw err;
            const exc = err.exc;
            const h = findHandler(f, exc, handlers);
            if (h === null) throw err;
            enterHandler(f, h, exc);
            try {
              return yield* h.body(f);
            } finally {
              leaveHandler(f, h, exc);
            }
          }
          return sig === NORMAL && orelse !== null ? yield* orelse(f) : sig;
        };
        if (finalbody === null) return withHandlers;
        return function* (f) {
          let sig: number;
          try {
            sig = yield* withHandlers(f);
          } catch (e) {
            const err = noteUnwind(e, f, null);
            const exc = err instanceof PyRaise ? pushExcInfo(err.exc) : null;
            let fsig: number;
            try {
              fsig = yield* finalbody(f);
            } finally {
              if (exc !== null) popExcInfo(exc);
            }
            if (fsig !== NORMAL) {
              if (err instanceof PyRaise) decref(err.exc);
              return fsig;
            }
            throw err;
          }
          const saved = f.retval;
          f.retval = null;
          const fsig: number = yield* finalbody(f);
          if (fsig !== NORMAL) {
            xdecref(saved);
            return fsig;
          }
          f.retval = saved;
          return sig;
        };
      }
      case "With": {
        const items = s.items.map((it) => ({
          ctx: this.expr(it.context_expr),
          target: it.optional_vars === null ? null : this.store(it.optional_vars),
        }));
        let body = this.gblock(s.body);
        const line = s.lineno;
        for (let i = items.length - 1; i >= 0; i--) {
          const { ctx, target } = items[i]!;
          const inner = body;
          body = function* (f) {
            const exit = enterContext(f, ctx(f), target);
            let sig: number;
            try {
              sig = yield* inner(f);
            } catch (e) {
              const err = noteUnwind(e, f, null);
              if (trace.on) traceLine(f, line);
              f.lineno = line;
              if (exitContext(exit, err)) return NORMAL;
              throw err;
            }
            if (trace.on) traceLine(f, line);
            f.lineno = line;
            exitContext(exit, null);
            return sig;
          };
        }
        return body;
      }
      case "Match": {
        // `match (yield x):` — the subject may suspend the generator; guards may not.
        const subject = containsYield(s.subject) ? this.gvalue(s.subject) : null;
        const plain = subject === null ? this.expr(s.subject) : null;
        const m = this.matchCases(s);
        const bodies = s.cases.map((c) => this.gblock(c.body));
        return function* (f) {
          const subj: HeapObject = plain !== null ? plain(f) : yield* subject!(f);
          const i = m(f, subj);
          return i < 0 ? NORMAL : yield* bodies[i]!(f);
        };
      }
      default:
        return () => raise(T.NotImplementedError, `'yield' inside ${s._type} is not supported yet`);
    }
  }

  /** An expression that is a `yield`, `yield from` or `await`-free value containing none. */
  private gvalue(e: A.expr): (f: Frame) => Generator<HeapObject, HeapObject, HeapObject> {
    if (e._type === "Yield") {
      const value = e.value === null ? null : this.expr(e.value);
      return function* (f) {
        const v = value === null ? none() : value(f);
        const sent: HeapObject = yield v;
        return sent;
      };
    }
    if (e._type === "YieldFrom") {
      const value = this.expr(e.value);
      return function* (f) {
        const src = value(f);
        let it: HeapObject;
        try {
          it = getIter(src);
        } finally {
          decref(src);
        }
        try {
          return yield* delegate(it);
        } finally {
          decref(it);
        }
      };
    }
    if (!containsYield(e)) {
      const ev = this.expr(e);
      // biome-ignore lint/correctness/useYield: a yield-free value inside a generator body
      return function* (f) {
        return ev(f);
      };
    }
    return () => raise(T.NotImplementedError, "'yield' inside an expression is not supported yet");
  }

  // ---------------------------------------------------------------- functions and classes

  private childCompiler(node: object, name: string): Compiler {
    const scope = this.scope.children.get(node)!;
    const qual = this.qualPrefix + name;
    // co_firstlineno: the first decorator's line, else the node's.
    const decos = (node as { decorator_list?: A.expr[] }).decorator_list;
    const first = decos !== undefined && decos.length > 0 ? decos[0]! : (node as Positioned);
    const code = new Code(name, qual, this.code.filename, first.lineno);
    code.lines = this.code.lines;
    code.linesFromFile = this.code.linesFromFile;
    code.futureFlags = this.code.futureFlags;
    // co_flags: CO_OPTIMIZED | CO_NEWLOCALS for function scopes, CO_NESTED inside one.
    code.optimized = scope.kind === "function";
    code.nested = scope.kind === "function" && this.scope.kind === "function";
    const childPrefix = scope.kind === "class" ? `${qual}.` : `${qual}.<locals>.`;
    return new Compiler(scope, code, this, childPrefix);
  }

  private setupFunctionCode(c: Compiler, args: A.arguments_): void {
    const code = c.code;
    const scope = c.scope;
    code.varnames = scope.varnames;
    code.cellvars = scope.cellvars;
    code.freevars = scope.freevars;
    code.posonlyargcount = args.posonlyargs.length;
    code.argcount = args.posonlyargs.length + args.args.length;
    code.kwonlyargcount = args.kwonlyargs.length;
    code.hasVarargs = args.vararg !== null;
    code.hasVarkw = args.kwarg !== null;
    code.nlocals = scope.varnames.length;
    code.cellArgs = [];
    scope.cellvars.forEach((name, ci) => {
      const slot = scope.params.indexOf(name);
      if (slot >= 0) code.cellArgs.push([ci, scope.varnames.indexOf(name)]);
    });
  }

  /** MAKE_FUNCTION: defaults, kwdefaults, closure, then decorators. */
  private makeFunction(
    name: string,
    args: A.arguments_,
    body: A.stmt[] | A.expr,
    node: object,
    decorators: A.expr[],
  ): Ev {
    const decos = decorators.map((d) => this.expr(d));
    // Constant defaults are one constant tuple (the optimizer folds LOAD_CONSTs and
    // BUILD_TUPLE), shared by every function the statement makes.
    const constDefaults = this.constantTuple(args.defaults);
    const defaults = constDefaults !== null ? [] : args.defaults.map((d) => this.expr(d));
    const marks = this.ml ? decorators.map((d) => d.lineno) : null;
    const defLine = (node as Positioned).lineno;
    const kwdefaults = args.kwonlyargs
      .map((a, i) => ({
        name: a.arg,
        ev: args.kw_defaults[i] ? this.expr(args.kw_defaults[i]!) : null,
      }))
      .filter((x) => x.ev !== null);
    const annotations = this.annotationEvs(args, (node as Partial<A.FunctionDef>).returns ?? null);
    const c = this.childCompiler(node, name);
    this.setupFunctionCode(c, args);
    if (Array.isArray(body)) {
      if (body.some(containsYield)) {
        c.code.isGenerator = true;
        // Closures now; the generated generator body (jsgen.ts) when the first generator
        // starts.
        const gclosures = c.gblock(body);
        const code = c.code;
        code.genBody = jsgenEnabled
          ? (f) => {
              code.genBody = generated(code, gclosures, () => generateGenBody(c, body));
              return code.genBody(f);
            }
          : gclosures;
      } else {
        // Closures now (they take the code's constants, as CPython's compiler does); the
        // generated body (jsgen.ts) from the same compiler on the first call of a function
        // with a loop, else on its second (straight-line code run once is cheaper on the
        // closures than compiled twice).
        const closures = c.block(body);
        const code = c.code;
        let calls = body.some(hasLoop) ? 1 : 0;
        code.body = jsgenEnabled
          ? (f) => {
              if (++calls < 2) return closures(f);
              code.body = generated(code, closures, () => generateBody(c, body));
              return code.body(f);
            }
          : closures;
      }
      const doc = c.docstringOf(body);
      if (doc !== null) c.docConst = c.constant(doc);
    } else {
      const ret = c.expr(body);
      const line = body.lineno;
      c.code.body = (f) => {
        if (trace.on) traceLine(f, line);
        f.lineno = line;
        f.retval = ret(f);
        return RETURN;
      };
    }
    const code = c.code;
    const closure = this.closureLoader(c.scope.freevars);
    const qualname = this.constant(code.qualname);
    const nameObj = this.constant(name);
    const docObj = c.docConst ?? S.None;
    return (f) => {
      const decoObjs: HeapObject[] = [];
      try {
        for (const d of decos) decoObjs.push(d(f));
      } catch (e) {
        for (const d of decoObjs) decref(d);
        throw e;
      }
      const defs =
        constDefaults !== null
          ? incRef(constDefaults)
          : defaults.length > 0
            ? newTuple(defaults.map((d) => d(f)))
            : null;
      let kwd: HeapObject | null = null;
      if (kwdefaults.length > 0) {
        kwd = newDict();
        for (const k of kwdefaults) {
          const v = k.ev!(f);
          const key = newStr(k.name);
          (kwd.p0 as DictStore).set(key, v);
          decref(key);
          decref(v);
        }
      }
      let ann: HeapObject | null = null;
      if (annotations !== null) {
        const items: HeapObject[] = [];
        try {
          for (const [key, ev] of annotations) {
            const v = ev(f);
            incref(key);
            items.push(key, v);
          }
        } catch (e) {
          for (const x of items) decref(x);
          xdecref(defs);
          xdecref(kwd);
          for (const d of decoObjs) decref(d);
          throw e;
        }
        ann = newTuple(items);
      }
      incref(f.globals);
      incref(qualname);
      incref(nameObj);
      incref(docObj);
      const module = f.gstore.getStr("__name__") ?? S.None;
      incref(module);
      const fd: FunctionData = {
        code,
        ...functionCodeRefs(code),
        globals: f.globals,
        defaults: defs,
        kwdefaults: kwd,
        closure: closure(f),
        name: nameObj,
        qualname,
        module,
        doc: docObj,
        dict: null,
        annotations: ann,
      };
      let fn = newFunction(fd);
      if (marks !== null && trace.on) markDecorated(f, defLine, fn, decoObjs, decoObjs.length);
      for (let i = decoObjs.length - 1; i >= 0; i--) {
        const d = decoObjs[i]!;
        if (marks !== null && trace.on) markDecorated(f, marks[i]!, fn, decoObjs, i + 1);
        try {
          fn = call(d, [fn]);
        } finally {
          decref(d);
        }
      }
      return fn;
    };
  }

  docConst: HeapObject | null = null;

  /**
   * compiler_visit_annotations: a function's parameter annotations in CPython's order
   * (positional, *args, keyword-only, **kwargs, then 'return'), each with its name as
   * a constant, or null when there are none.
   */
  private annotationEvs(args: A.arguments_, returns: A.expr | null): [HeapObject, Ev][] | null {
    const out: [HeapObject, Ev][] = [];
    const params = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const p of params) {
      if (p?.annotation) out.push([this.constant(p.arg), this.annotation(p.annotation)]);
    }
    if (returns !== null) out.push([this.constant("return"), this.annotation(returns)]);
    return out.length === 0 ? null : out;
  }

  /**
   * compiler_annassign: the assignment, then in a module or class body a plain name's
   * annotation goes into `__annotations__[name]`; other targets without a value have
   * their object (and subscript) evaluated, and their annotation too in a module or class.
   */
  private annAssign(s: A.AnnAssign): Stmt {
    const steps: ((f: Frame) => void)[] = [];
    if (s.value !== null) {
      const value = this.expr(s.value);
      const target = this.store(s.target);
      steps.push((f) => target(f, value(f)));
    }
    const t = s.target;
    const stores = this.scope.kind !== "function";
    if (t._type === "Name" && s.simple) {
      if (stores) {
        const ann = this.annotation(s.annotation);
        const annotations = this.loadName("__annotations__");
        const key = this.constant(t.id);
        steps.push((f) => {
          const v = ann(f);
          let d: HeapObject;
          try {
            d = annotations(f);
          } catch (e) {
            decref(v);
            throw e;
          }
          try {
            setItem(d, key, v);
          } finally {
            decref(d);
            decref(v);
          }
        });
      }
    } else {
      if (s.value === null) {
        const parts =
          t._type === "Attribute" ? [t.value] : t._type === "Subscript" ? [t.value, t.slice] : [];
        for (const p of parts) {
          const ev = this.expr(p);
          steps.push((f) => decref(ev(f)));
        }
      }
      if (stores && !this.futureAnnotations) {
        const ann = this.expr(s.annotation);
        steps.push((f) => decref(ann(f)));
      }
    }
    return (f) => {
      for (const step of steps) step(f);
      return NORMAL;
    };
  }

  /** SETUP_ANNOTATIONS: a module or class body with annotations gets `__annotations__`. */
  setupAnnotations(body: Stmt): Stmt {
    const key = this.nameKey("__annotations__");
    return (f) => {
      const ns = f.ns!;
      if (ns.getStr("__annotations__") === undefined) {
        const d = newDict();
        ns.set(key, d);
        decref(d);
      }
      return body(f);
    };
  }

  /**
   * An annotation's value: the expression's, or under `from __future__ import
   * annotations` its text as ast.unparse writes it.
   */
  private annotation(e: A.expr): Ev {
    if (!this.futureAnnotations) return this.expr(e);
    const text = this.constant(unparseExpr(e, this.code.lines));
    return () => {
      text.refcnt++;
      return text;
    };
  }

  /** The closure tuple of cells for a nested scope's free variables (LOAD_CLOSURE). */
  private closureLoader(freevars: string[]): (f: Frame) => HeapObject | null {
    if (freevars.length === 0) return () => null;
    const idx = freevars.map((n) => this.scope.cellIndex(n));
    return (f) => {
      const cells = idx.map((i) => {
        const c = f.cells[i]!;
        incref(c);
        return c;
      });
      return newTuple(cells);
    };
  }

  private classDef(s: A.ClassDef): Stmt {
    const decos = s.decorator_list.map((d) => this.expr(d));
    const bases = s.bases.map((b) => this.expr(b));
    const metaKw = s.keywords.find((k) => k.arg === "metaclass");
    const meta = metaKw === undefined ? null : this.expr(metaKw.value);
    const classKw = s.keywords
      .filter((k) => k.arg !== "metaclass")
      .map((k) => [k.arg!, this.expr(k.value)] as const);
    const c = this.childCompiler(s, s.name);
    const code = c.code;
    code.cellvars = c.scope.cellvars;
    code.freevars = c.scope.freevars;
    code.nlocals = 0;
    const block = c.block(s.body);
    const doc = this.docstringOf(s.body);
    const docObj = doc === null ? null : this.constant(doc);
    // The body stores __doc__ after SETUP_ANNOTATIONS (a namespace's __setitem__ sees it).
    const docKey = this.nameKey("__doc__");
    const withDoc: Stmt =
      docObj === null
        ? block
        : (f) => {
            f.ns!.set(docKey, docObj);
            return block(f);
          };
    const bodyStmt = s.body.some(hasAnnotations) ? c.setupAnnotations(withDoc) : withDoc;
    const classCell = c.scope.cellvars.indexOf("__class__");
    const closure = this.closureLoader(c.scope.freevars);
    const store = this.storeName(boundName(s));
    const qualname = this.constant(code.qualname);
    const marks = this.ml ? s.decorator_list.map((d) => d.lineno) : null;
    const classLine = s.lineno;
    return (f) => {
      const decoObjs = decos.map((d) => d(f));
      if (marks !== null && trace.on) {
        try {
          traceLine(f, classLine);
        } catch (err) {
          for (const d of decoObjs) decref(d);
          throw err;
        }
      }
      let baseObjs = bases.map((b) => b(f));
      const metaObj = meta === null ? null : meta(f);
      const kwObjs: [string, HeapObject][] = classKw.map(([k, e]) => [k, e(f)]);
      let metatype: HeapObject;
      let ns: HeapObject;
      let origBases: HeapObject | null = null;
      try {
        const resolved = updateBases(baseObjs);
        if (resolved !== null) {
          origBases = newTuple(baseObjs);
          baseObjs = resolved;
        }
        metatype = calculateMetaclass(metaObj, baseObjs);
        ns = prepareNamespace(metatype, s.name, baseObjs, kwObjs);
      } catch (err) {
        for (const [, v] of kwObjs) decref(v);
        if (metaObj !== null) decref(metaObj);
        for (const b of baseObjs) decref(b);
        xdecref(origBases);
        for (const d of decoObjs) decref(d);
        throw err;
      }
      // A dict subclass's own __setitem__/__getitem__ see the body's names, as in CPython.
      const nsStore = typeOf(ns) === T.dict ? (ns.p0 as DictStore) : new MappingLocals(ns);
      const setNs = (k: string, v: HeapObject) => {
        const key = newStr(k);
        nsStore.set(key, v);
        decref(key);
      };
      const cf = new (f.constructor as typeof import("./frame.js").Frame)(
        code,
        f.globals,
        f.gstore,
        f.bstore,
        f,
      );
      cf.ns = nsStore;
      cf.nsObj = ns;
      for (let i = 0; i < code.cellvars.length; i++) cf.cells.push(heapNewCell());
      const clos = closure(f);
      if (clos !== null) {
        for (const cell of clos.p0 as HeapObject[]) {
          incref(cell);
          cf.cells.push(cell);
        }
        decref(clos);
      }
      let cls: HeapObject;
      try {
        // __module__ = __name__: LOAD_NAME, the namespace first.
        setNs(
          "__module__",
          nsStore.getStr("__name__") ??
            f.gstore.getStr("__name__") ??
            f.bstore.getStr("__name__") ??
            S.None,
        );
        setNs("__qualname__", qualname);
        runClassBody(cf, bodyStmt);
        // __build_class__: bases that __mro_entries__ replaced are kept as __orig_bases__.
        if (origBases !== null) setNs("__orig_bases__", origBases);
        if (metatype === T.type) {
          cls = buildClass(T.type, s.name, baseObjs, ns, kwObjs);
        } else {
          const nameObj = newStr(s.name);
          const basesTuple = newTuple(baseObjs.map((b) => (incref(b), b)));
          try {
            cls = callBorrowed(
              metatype,
              [nameObj, basesTuple, ns, ...kwObjs.map(([, v]) => v)],
              kwObjs.length > 0 ? kwObjs.map(([k]) => k) : null,
            );
          } finally {
            decref(nameObj);
            decref(basesTuple);
          }
        }
        if (classCell >= 0) {
          const cell = cf.cells[classCell]!;
          incref(cls);
          xdecref(cell.p0);
          cell.p0 = cls;
        }
      } finally {
        leaveFrame(cf, f);
        if (nsStore instanceof MappingLocals) nsStore.release();
        decref(ns);
        for (const [, v] of kwObjs) decref(v);
        for (const b of baseObjs) decref(b);
        xdecref(origBases);
        if (metaObj !== null) decref(metaObj);
      }
      for (let i = decoObjs.length - 1; i >= 0; i--) {
        const d = decoObjs[i]!;
        if (marks !== null && trace.on) markDecorated(f, marks[i]!, cls, decoObjs, i + 1);
        try {
          cls = call(d, [cls]);
        } finally {
          decref(d);
        }
      }
      if (marks !== null && trace.on) markDecorated(f, classLine, cls, decoObjs, 0);
      store(f, cls);
      return NORMAL;
    };
  }

  // ---------------------------------------------------------------- names

  /** LOAD_FAST / LOAD_DEREF / LOAD_GLOBAL / LOAD_NAME; `pos`: the Name's, for errors. */
  loadName(name: string, pos: TbPosition | null = null): Ev {
    const kind = this.scope.kindOf(name);
    switch (kind) {
      case "fast": {
        const slot = this.scope.slot(name);
        return (f) => {
          const v = f.locals[slot];
          if (v == null) unboundLocalAt(f, name, pos);
          v.refcnt++;
          return v;
        };
      }
      case "cell":
      case "free": {
        const i = this.scope.cellIndex(name);
        const free = kind === "free";
        return (f) => {
          const v = f.cells[i]!.p0 as HeapObject | null;
          if (v === null) {
            if (free) unboundFree(name);
            raise(
              T.UnboundLocalError,
              `cannot access local variable '${name}' where it is not associated with a value`,
            );
          }
          v.refcnt++;
          return v;
        };
      }
      case "global":
        return this.globalLoad(name, pos);
      case "name": {
        // A module body's namespace is its globals: the LOAD_GLOBAL cache serves.
        const global = this.globalLoad(name, pos);
        return (f) => {
          if (f.ns === f.gstore) return global(f);
          const v = f.ns!.getStr(name) ?? f.gstore.getStr(name) ?? f.bstore.getStr(name);
          if (v === undefined) nameErrorAt(f, name, pos);
          v.refcnt++;
          return v;
        };
      }
      case "classderef": {
        const i = this.scope.cellIndex(name);
        return (f) => {
          const v = f.ns!.getStr(name) ?? (f.cells[i]!.p0 as HeapObject | null);
          if (v == null) unboundFree(name);
          v.refcnt++;
          return v;
        };
      }
      default: {
        const never: never = kind;
        return never;
      }
    }
  }

  /**
   * LOAD_GLOBAL with its inline cache (GlobalSite): the entry found, valid while neither
   * the globals nor the builtins dict has gained or lost a key (3.11 checks the dicts' key
   * versions).
   */
  private globalLoad(name: string, pos: TbPosition | null): Ev {
    const site = this.globalSite(name);
    return (f) => {
      const g = f.gstore;
      const b = f.bstore;
      if (g === site.gs && b === site.bs && g.version === site.gv && b.version === site.bv) {
        const v = site.entry!.value;
        v.refcnt++;
        return v;
      }
      return globalMiss(f, site, pos);
    };
  }

  /** The inline cache of this code's loads of global `name` (generated code reads it too). */
  globalSite(name: string): GlobalSite {
    let site = this.globalSites.get(name);
    if (site === undefined) {
      site = new GlobalSite(name);
      this.globalSites.set(name, site);
    }
    return site;
  }

  /**
   * `a, b = x, y` — one target tuple or list, a tuple display of the same 1 to 3 items (not
   * all constants), no starred item — compiles in CPython 3.11 to the values and SWAPs, with no tuple made
   * (BUILD_TUPLE + UNPACK_SEQUENCE folded). When every target is a distinct fast local,
   * the SWAP is applied at compile time by storing in reverse (`b` first, releasing its old
   * value first). Returns the target and value nodes and whether the stores are reversed,
   * or null for any other assignment.
   */
  pairwiseAssign(s: A.Assign): PairwiseAssign | null {
    if (s.targets.length !== 1) return null;
    const t = s.targets[0]!;
    const v = s.value;
    if ((t._type !== "Tuple" && t._type !== "List") || v._type !== "Tuple") return null;
    // A tuple of constants is one constant (the AST optimizer's folding): UNPACK_SEQUENCE.
    if (this.foldedOf(v) !== null) return null;
    const n = t.elts.length;
    if (n < 1 || n > 3 || v.elts.length !== n) return null;
    if (t.elts.some((e) => e._type === "Starred") || v.elts.some((e) => e._type === "Starred"))
      return null;
    const names = t.elts.map((e) =>
      e._type === "Name" && this.scope.kindOf(e.id) === "fast" ? e.id : null,
    );
    const reversed =
      n > 1 && names.every((x) => x !== null) && new Set(names).size === names.length;
    return { targets: t.elts, values: v.elts, reversed };
  }

  /** The closure of a pairwise assignment (see pairwiseAssign). */
  private pairwiseStore(p: PairwiseAssign): Stmt {
    const values = evalAll(p.values.map((e) => this.expr(e)));
    const stores = p.targets.map((t) => this.store(t));
    const n = stores.length;
    if (p.reversed) {
      return (f) => {
        const vs = values(f);
        for (let i = n - 1; i >= 0; i--) stores[i]!(f, vs[i]!);
        return NORMAL;
      };
    }
    return (f) => {
      const vs = values(f);
      for (let i = 0; i < n; i++) {
        try {
          stores[i]!(f, vs[i]!);
        } catch (err) {
          // The values not stored yet are still on the stack: the next one on top.
          for (let j = i + 1; j < n; j++) decref(vs[j]!);
          throw err;
        }
      }
      return NORMAL;
    };
  }

  /** A store into a name; the value reference is consumed. */
  storeName(name: string): (f: Frame, v: HeapObject) => void {
    const kind = this.scope.kindOf(name);
    if (kind === "fast") {
      const slot = this.scope.slot(name);
      return (f, v) => {
        const old = f.locals[slot];
        f.locals[slot] = v;
        if (old != null) decref(old);
      };
    }
    if (kind === "cell" || kind === "free") {
      const i = this.scope.cellIndex(name);
      return (f, v) => {
        const cell = f.cells[i]!;
        const old = cell.p0 as HeapObject | null;
        cell.p0 = v;
        if (old !== null) decref(old);
      };
    }
    const key = this.nameKey(name);
    if (kind === "global") {
      return (f, v) => {
        f.gstore.set(key, v);
        decref(v);
      };
    }
    return (f, v) => {
      f.ns!.set(key, v);
      decref(v);
    };
  }

  /** DELETE_FAST / DELETE_DEREF / DELETE_GLOBAL / DELETE_NAME; `pos`: the Name's. */
  private delName(name: string, quiet = false, pos: TbPosition | null = null): (f: Frame) => void {
    const kind = this.scope.kindOf(name);
    if (kind === "fast") {
      const slot = this.scope.slot(name);
      return (f) => {
        const old = f.locals[slot];
        if (old == null) {
          if (quiet) return;
          unboundLocalAt(f, name, pos);
        }
        f.locals[slot] = null;
        decref(old);
      };
    }
    if (kind === "cell" || kind === "free") {
      const i = this.scope.cellIndex(name);
      return (f) => {
        const cell = f.cells[i]!;
        const old = cell.p0 as HeapObject | null;
        if (old === null) {
          if (quiet) return;
          // format_exc_unbound: a cell of this frame is a local; a free variable is not.
          if (kind === "cell") unboundLocalAt(f, name, pos);
          raiseAtName(f, pos, () => unboundFree(name));
        }
        cell.p0 = null;
        decref(old);
      };
    }
    const key = this.nameKey(name);
    return (f) => {
      const store = kind === "global" ? f.gstore : f.ns!;
      if (!store.delete(key) && !quiet) nameErrorAt(f, name, pos);
    };
  }

  // ---------------------------------------------------------------- targets

  /** An assignment target; the value reference is consumed. */
  store(t: A.expr): (f: Frame, v: HeapObject) => void {
    if (this.ml) return this.storeNode(t);
    let st = this.stores.get(t);
    if (st === undefined) {
      st = this.storeNode(t);
      this.stores.set(t, st);
    }
    return st;
  }

  private storeNode(t: A.expr): (f: Frame, v: HeapObject) => void {
    switch (t._type) {
      case "Name":
        return this.storeName(t.id);
      case "Attribute": {
        const obj = this.expr(t.value);
        const name = canonicalName(t.attr);
        const pos = posOf(t);
        const site = new AttrSite();
        return (f, v) => {
          let o: HeapObject;
          try {
            o = obj(f);
          } catch (e) {
            decref(v);
            throw e;
          }
          storeAttrAt(f, o, name, v, site, pos);
        };
      }
      case "Subscript": {
        const obj = this.expr(t.value);
        const key = this.expr(t.slice);
        const pos = posOf(t, [
          t.value.end_col_offset - t.col_offset,
          t.end_col_offset - t.col_offset,
        ]);
        return (f, v) => {
          let o: HeapObject | null = null;
          let k: HeapObject | null = null;
          try {
            o = obj(f);
            k = key(f);
            setItem(o, k, v);
          } catch (e) {
            throw noteUnwind(e, f, pos);
          } finally {
            decref(v);
            xdecref(o);
            xdecref(k);
          }
        };
      }
      case "Tuple":
      case "List": {
        const starIndex = t.elts.findIndex((e) => e._type === "Starred");
        const targets = t.elts.map((e) => this.store(e._type === "Starred" ? e.value : e));
        const n = t.elts.length;
        return (f, v) => {
          // UNPACK_SEQUENCE of a tuple or list of the right length: no iterator.
          if (starIndex < 0 && (v.type === C.tuple || v.type === C.list)) {
            const src = v.p0 as HeapObject[];
            if (src.length === n) {
              if (n === 2) {
                const a = src[0]!;
                const b = src[1]!;
                a.refcnt++;
                b.refcnt++;
                decref(v);
                try {
                  targets[0]!(f, a);
                } catch (err) {
                  decref(b);
                  throw err;
                }
                targets[1]!(f, b);
                return;
              }
              const copy = src.slice();
              for (let i = 0; i < n; i++) copy[i]!.refcnt++;
              decref(v);
              let i = 0;
              try {
                for (; i < n; i++) targets[i]!(f, copy[i]!);
              } catch (err) {
                for (let j = i + 1; j < n; j++) decref(copy[j]!);
                throw err;
              }
              return;
            }
          }
          if (starIndex < 0) {
            unpackInto(f, v, targets);
            return;
          }
          let items: HeapObject[];
          try {
            items = toArray(v);
          } catch (e) {
            throw unpackError(e, v);
          } finally {
            decref(v);
          }
          if (items.length < n - 1) {
            for (const x of items) decref(x);
            raise(
              T.ValueError,
              `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`,
            );
          }
          const after = n - starIndex - 1;
          const starred = newList(items.slice(starIndex, items.length - after));
          const values = [
            ...items.slice(0, starIndex),
            starred,
            ...items.slice(items.length - after),
          ];
          for (let i = 0; i < n; i++) targets[i]!(f, values[i]!);
        };
      }
      case "Starred":
        return this.store(t.value);
      default:
        throw new Error(`cannot assign to ${t._type}`);
    }
  }

  private del(t: A.expr, quiet = false): (f: Frame) => void {
    switch (t._type) {
      case "Name":
        return this.delName(t.id, quiet, this.position(t));
      case "Attribute": {
        const obj = this.expr(t.value);
        const name = t.attr;
        return (f) => {
          const o = obj(f);
          try {
            delAttr(o, name);
          } finally {
            decref(o);
          }
        };
      }
      case "Subscript": {
        const obj = this.expr(t.value);
        const key = this.expr(t.slice);
        const pos = posOf(t, [
          t.value.end_col_offset - t.col_offset,
          t.end_col_offset - t.col_offset,
        ]);
        return (f) => {
          const o = obj(f);
          let k: HeapObject | null = null;
          try {
            k = key(f);
            delItem(o, k);
          } catch (e) {
            throw noteUnwind(e, f, pos);
          } finally {
            decref(o);
            xdecref(k);
          }
        };
      }
      case "Tuple":
      case "List": {
        const dels = t.elts.map((e) => this.del(e));
        return (f) => {
          for (const d of dels) d(f);
        };
      }
      default:
        throw new Error(`cannot delete ${t._type}`);
    }
  }

  // ---------------------------------------------------------------- expressions

  /**
   * A load that borrows instead of taking a new reference: a fast local or a constant
   * (the frame or co_consts keeps it alive), or null for any other expression or when the
   * load must mark a traced line. Users take a reference before anything that can run
   * Python code sees the operand, so reference counts stay CPython's.
   */
  private borrowLoad(e: A.expr): Ev | null {
    if (this.ml) return null;
    if (
      e._type === "Constant" ||
      e._type === "UnaryOp" ||
      e._type === "BinOp" ||
      e._type === "Subscript" ||
      e._type === "Tuple"
    ) {
      const c = this.fold(e);
      return c === null ? null : () => c;
    }
    if (e._type === "Name" && this.scope.kindOf(e.id) === "fast") {
      const slot = this.scope.slot(e.id);
      const name = e.id;
      const pos = this.position(e);
      return (f) => {
        const v = f.locals[slot];
        if (v == null) unboundLocalAt(f, name, pos);
        return v;
      };
    }
    return null;
  }

  /**
   * CPython's AST optimizer (3.11 Python/ast_opt.c): tuples of constants, unary and
   * binary operators and subscripts of constants become one constant, computed now. A
   * folded value is held by co_consts and by the parse arena (which, for `__main__`, lives
   * as long as the program runs); values equal to another constant of this code share it.
   * An operation that raises, or would build something too big, is left to run time.
   */
  private fold(e: A.expr): HeapObject | null {
    switch (e._type) {
      case "Constant":
        return this.atom(e.value);
      case "Tuple":
        if (e.ctx._type !== "Load") return null;
        return this.constantTuple(e.elts);

      case "UnaryOp":
      case "BinOp":
      case "Subscript": {
        const known = this.folded.get(e);
        if (known !== undefined) return known;
        const r = this.foldOperation(e);
        this.folded.set(e, r);
        return r;
      }
      case "Name":
        // astfold_expr: __debug__ is a constant, False when compiled with optimization.
        return isDebugName(e) ? this.atom(this.optimize === 0) : null;
      default:
        return null;
    }
  }

  /** The constant tuple of `elts` when each folds to a constant (one per source span). */
  private constantTuple(elts: A.expr[]): HeapObject | null {
    if (elts.length === 0) return null;
    const items: HeapObject[] = [];
    for (const x of elts) {
      const c = this.fold(x);
      if (c === null) return null;
      items.push(c);
    }
    // (equal tuples of the same constants are one object, as merge_consts_recursive makes them)
    const key = `tuple:${items.map((x) => this.constantId(x)).join(",")}`;
    let t = this.constants.get(key);
    if (t === undefined) {
      for (const x of items) x.refcnt++;
      t = newTuple(items);
      this.constants.set(key, t);
      this.arenaRef(t);
    }
    return t;
  }

  private foldOperation(e: A.UnaryOp | A.BinOp | A.Subscript): HeapObject | null {
    let compute: () => HeapObject;
    if (e._type === "UnaryOp") {
      const v = this.fold(e.operand);
      if (v === null) return null;
      const op = e.op._type;
      compute =
        op === "Not"
          ? () => newBool(!truthy(v))
          : () => unaryOp(v, op === "USub" ? "-" : op === "UAdd" ? "+" : "~");
    } else if (e._type === "BinOp") {
      if (e.op._type === "MatMult") return null;
      const a = this.fold(e.left);
      if (a === null) return null;
      const b = this.fold(e.right);
      if (b === null || !foldableBinOp(a, b, e.op._type)) return null;
      const op = opNames[e.op._type];
      compute = () => binaryOp(a, b, op);
    } else {
      if (e.ctx._type !== "Load") return null;
      const v = this.fold(e.value);
      if (v === null) return null;
      const k = this.fold(e.slice);
      if (k === null) return null;
      compute = () => getItem(v, k);
    }
    let r: HeapObject;
    try {
      r = compute();
    } catch (err) {
      if (!(err instanceof PyRaise)) throw err;
      decref(err.exc);
      return null;
    }
    const value = constantValue(r);
    if (value !== undefined) {
      const c = this.atom(value);
      // A result that is itself a constant of this code (an item of a constant tuple, a
      // cached small int) is held once more by the arena: our reference stands for that.
      if (c !== r) decref(r);
      else this.arenaRef(r);
      return c;
    }
    if (r.type !== C.tuple) {
      decref(r);
      return null;
    }
    const key = `folded:${e.lineno}:${e.col_offset}:${e.end_lineno}:${e.end_col_offset}`;
    const old = this.constants.get(key);
    if (old !== undefined) {
      decref(r);
      return old;
    }
    this.constants.set(key, r); // the reference we got stands for the arena's
    this.arenaRef(r);
    return r;
  }

  expr(e: A.expr): Ev {
    if (this.ml) return lineMarked(e, this.exprNode(e));
    // Compiled once per node: the generated tier (jsgen.ts) asks again for what it leaves
    // to the closures, and compiling a lambda or comprehension twice would make a second
    // code object with constants of its own.
    let ev = this.exprs.get(e);
    if (ev === undefined) {
      ev = this.exprNode(e);
      this.exprs.set(e, ev);
    }
    return ev;
  }

  private exprNode(e: A.expr): Ev {
    if (
      e._type === "Tuple" ||
      e._type === "UnaryOp" ||
      e._type === "BinOp" ||
      e._type === "Subscript" ||
      isDebugName(e)
    ) {
      const c = this.fold(e);
      if (c !== null) {
        this.addConst(c);
        return () => {
          c.refcnt++;
          return c;
        };
      }
    }
    switch (e._type) {
      case "Constant": {
        const c = this.constant(e.value);
        return () => {
          c.refcnt++;
          return c;
        };
      }
      case "Name":
        return this.loadName(e.id, this.position(e));
      case "BinOp": {
        // The right operand is borrowed when it is a local or constant; the left one only
        // when the right is too (CPython's stack reference to it is visible while the
        // right side runs Python code).
        const rb = this.borrowLoad(e.right);
        const lb = rb === null ? null : this.borrowLoad(e.left);
        const left = lb ?? this.expr(e.left);
        const right = rb ?? this.expr(e.right);
        const ownA = lb === null;
        const own = (ownA ? 1 : 0) | (rb === null ? 2 : 0);
        const op = opNames[e.op._type];
        const pos = this.binOpPosition(e);
        return (f) => {
          const a = left(f);
          return binSlow(f, a, thenOperand(f, right, a, ownA), op, pos, own);
        };
      }
      case "UnaryOp": {
        const operand = this.expr(e.operand);
        const op = e.op._type;
        const pos = posOf(e);
        if (op === "Not") {
          // UNARY_NOT tests the operand's value; a BoolOp (or a `not`) is a value first,
          // its deciding operand then tested again (no jump threading reaches it).
          if (notTestsValue(e.operand)) return (f) => newBool(!testOwned(operand(f)));
          const cond = this.condition(e.operand);
          return (f) => newBool(!cond(f));
        }
        const sym = op === "USub" ? "-" : op === "UAdd" ? "+" : "~";
        return (f) => {
          const v = operand(f);
          try {
            return unaryOp(v, sym);
          } catch (err) {
            throw noteUnwind(err, f, pos);
          } finally {
            decref(v);
          }
        };
      }
      case "BoolOp":
        return this.boolOp(e);
      case "Compare":
        return this.compare(e);
      case "IfExp": {
        const test = this.condition(e.test);
        const body = this.expr(e.body);
        const orelse = this.expr(e.orelse);
        return (f) => (test(f) ? body(f) : orelse(f));
      }
      case "Call":
        return this.callExpr(e);
      case "Attribute": {
        const obj = this.expr(e.value);
        const name = canonicalName(e.attr);
        const pos = posOf(e);
        const site = new AttrSite();
        return (f) => attrAt(f, obj(f), name, site, pos);
      }
      case "Subscript": {
        const obj = this.expr(e.value);
        const key = this.expr(e.slice);
        const pos = posOf(e, [
          e.value.end_col_offset - e.col_offset,
          e.end_col_offset - e.col_offset,
        ]);
        const kc = e.slice._type === "Constant" ? this.constant(e.slice.value) : null;
        if (kc !== null && kc.type === C.int && typeof kc.p0 === "number") {
          // BINARY_SUBSCR_LIST_INT / _TUPLE_INT with a constant index: the constant's
          // reference comes and goes with nothing in between to see it.
          const idx = kc.p0 as number;
          return (f) => {
            const o = obj(f);
            const c = o.type;
            if (c === C.list || c === C.tuple) {
              const items = o.p0 as HeapObject[];
              const j = idx < 0 ? idx + items.length : idx;
              if (j >= 0 && j < items.length) {
                const v = items[j]!;
                v.refcnt++;
                decref(o);
                return v;
              }
            }
            kc.refcnt++;
            return subscrSlow(f, o, kc, pos);
          };
        }
        return (f) => {
          const o = obj(f);
          return subscrSlow(f, o, thenOperand(f, key, o, true), pos);
        };
      }
      case "Slice": {
        const lower = e.lower === null ? null : this.expr(e.lower);
        const upper = e.upper === null ? null : this.expr(e.upper);
        const step = e.step === null ? null : this.expr(e.step);
        return (f) => {
          const a = lower === null ? none() : lower(f);
          let b: HeapObject;
          let c: HeapObject;
          try {
            b = upper === null ? none() : upper(f);
          } catch (err) {
            decref(a);
            throw err;
          }
          try {
            c = step === null ? none() : step(f);
          } catch (err) {
            decref(a);
            decref(b);
            throw err;
          }
          return newSlice(a, b, c);
        };
      }
      case "List":
      case "Tuple":
      case "Set": {
        const items = this.sequenceItems(e.elts);
        if (e._type === "List") {
          // A display of 3 or more constants compiles to BUILD_LIST 0 + LIST_EXTEND of a
          // constant tuple: the capacity is rounded up to even (list_preallocate_exact).
          if (e.elts.length >= 3 && e.elts.every((x) => x._type === "Constant")) {
            return (f) => {
              const l = newList(items(f));
              setListCapacity(l, ((l.p1 as number) + 1) & ~1);
              return l;
            };
          }
          return (f) => newList(items(f));
        }
        if (e._type === "Tuple") return (f) => newTuple(items(f));
        const star = e.elts.findIndex((x) => x._type === "Starred");
        if (star >= 0) return this.starredSetDisplay(e.elts, star);
        if (e.elts.length >= 3 && e.elts.every((x) => this.fold(x) !== null)) {
          return (f) => setHook.makeOfConstants(items(f));
        }
        return (f) => setHook.make(items(f));
      }
      case "Dict": {
        const keys = e.keys.map((k) => (k === null ? null : this.expr(k)));
        const values = e.values.map((v) => this.expr(v));
        const layout = dictDisplayParts(e.keys);
        const parts = layout.map((p): Ev => {
          if (p.unpack >= 0) return values[p.unpack]!;
          const pairs: Ev[] = [];
          for (let i = p.begin; i < p.end; i++) pairs.push(keys[i]!, values[i]!);
          return p.end - p.begin > STACK_USE_GUIDELINE / 2
            ? (f) => mapAddEach(f, pairs)
            : buildMapOf(evalAll(pairs));
        });
        const kinds = layout.map((p) => p.unpack >= 0);
        return (f) => {
          let d: HeapObject | null = null;
          try {
            for (let i = 0; i < parts.length; i++) {
              // `**m` updates the dict so far (an empty one if it comes first); a run of
              // pairs is a dict of its own, which is the dict so far or updates it.
              if (d === null && kinds[i]) d = newDict();
              const v = parts[i]!(f);
              if (d === null) {
                d = v;
                continue;
              }
              try {
                dictUpdateHook.update(d, v, true);
              } finally {
                decref(v);
              }
            }
          } catch (err) {
            if (d !== null) decref(d);
            throw err;
          }
          return d ?? newDict();
        };
      }
      case "JoinedStr": {
        const parts = e.values.map((v) => this.expr(v));
        // (one formatted value is compiled alone, without BUILD_STRING: its str is the result)
        if (parts.length === 1) return parts[0]!;
        return (f) => {
          // BUILD_STRING: the pieces stay on the stack until the joined str is made
          const pieces: HeapObject[] = [];
          try {
            let s = "";
            for (const p of parts) {
              const v = p(f);
              pieces.push(v);
              s += v.p0 as string;
            }
            // _PyUnicode_JoinArray makes a new str, one character or not
            return newStrFresh(s);
          } finally {
            for (let i = pieces.length - 1; i >= 0; i--) decref(pieces[i]!); // (popped: last first)
          }
        };
      }
      case "FormattedValue": {
        const value = this.expr(e.value);
        const spec = e.format_spec === null ? null : this.expr(e.format_spec);
        const conv = e.conversion;
        return (f) => {
          let v = value(f);
          try {
            // (!s of an exact str is the str itself, as PyObject_Str gives it)
            if (conv === 114 || conv === 97 || (conv === 115 && v.type !== C.str)) {
              // (PyObject_Str / PyObject_Repr pass a class's own method's str through)
              const made = conv === 97 ? null : strFromMethod(v, conv === 114);
              if (made !== null) {
                decref(v);
                v = made;
              } else {
                const s = conv === 114 ? pyRepr(v) : conv === 115 ? pyStr(v) : asciiOf(pyRepr(v));
                const fresh = conv === 115 && v.type === C.int;
                decref(v);
                v = fresh ? newStrFresh(s) : newStr(s);
              }
            }
            let sp = "";
            if (spec !== null) {
              const so = spec(f);
              sp = so.p0 as string;
              decref(so);
            }
            return formatValueObject(v, sp);
          } finally {
            decref(v);
          }
        };
      }
      case "Lambda":
        return this.makeFunction("<lambda>", e.args, e.body, e, []);
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        return this.comprehension(e);
      case "NamedExpr": {
        const value = this.expr(e.value);
        const store = this.storeName((e.target as A.Name).id);
        return (f) => {
          const v = value(f);
          incref(v);
          store(f, v);
          return v;
        };
      }
      case "Starred":
        throw new Error("can't use starred expression here");
      case "Await":
      case "Yield":
      case "YieldFrom":
        return () => raise(T.NotImplementedError, `${e._type} is not supported yet`);
      default: {
        const never: never = e;
        return never;
      }
    }
  }

  /** Items of a list/tuple/set display or call arguments, with `*iterable` unpacking. */
  /**
   * Evaluate call arguments onto the end of `out` (a method call's [self, ...]); on an
   * error the caller releases what is in `out`.
   */
  private appendItems(elts: A.expr[]): (f: Frame, out: HeapObject[]) => void {
    if (elts.some((x) => x._type === "Starred")) {
      const items = this.sequenceItems(elts);
      return (f, out) => {
        const vs = items(f);
        for (let i = 0; i < vs.length; i++) out.push(vs[i]!);
      };
    }
    const evs = elts.map((x) => this.expr(x));
    const n = evs.length;
    if (n === 0) return () => {};
    if (n === 1) {
      const ev0 = evs[0]!;
      return (f, out) => {
        out.push(ev0(f));
      };
    }
    return (f, out) => {
      for (let i = 0; i < n; i++) out.push(evs[i]!(f));
    };
  }

  /**
   * A set display with `*` (starunpack_helper): BUILD_SET of the items before the first
   * star, then SET_UPDATE for each starred operand (a set merges, a dict gives its keys:
   * set_update_internal) and SET_ADD for each plain item after it.
   */
  private starredSetDisplay(elts: A.expr[], star: number): Ev {
    const head = this.sequenceItems(elts.slice(0, star));
    const rest = elts.slice(star).map((x) => ({
      star: x._type === "Starred",
      ev: this.expr(x._type === "Starred" ? x.value : x),
    }));
    return (f) => {
      const s = setHook.make(head(f));
      try {
        for (const p of rest) {
          const v = p.ev(f);
          if (!p.star) {
            setHook.add(s, v); // (consumes v)
            continue;
          }
          try {
            setHook.update(s, v);
          } finally {
            decref(v);
          }
        }
      } catch (err) {
        decref(s);
        throw err;
      }
      return s;
    };
  }

  private sequenceItems(elts: A.expr[]): (f: Frame) => HeapObject[] {
    const parts = elts.map((x) => ({
      star: x._type === "Starred",
      ev: this.expr(x._type === "Starred" ? x.value : x),
    }));
    // No unpacking: evaluate left to right into a fresh array.
    if (!parts.some((p) => p.star)) return evalAll(parts.map((p) => p.ev));
    return (f) => {
      const out: HeapObject[] = [];
      try {
        for (const p of parts) {
          const v = p.ev(f);
          if (!p.star) {
            out.push(v);
            continue;
          }
          try {
            out.push(...toArray(v));
          } finally {
            decref(v);
          }
        }
      } catch (err) {
        dropValues(out, out.length);
        throw err;
      }
      return out;
    };
  }

  /**
   * One comparison `a OP b` with borrowed operands where possible (as BinOp): a
   * `(f) => 1 | 0` for conditions and a bool-making form for values.
   */
  /**
   * check_compare: `is` or `is not` with a literal on either side (a constant other than
   * None, True, False and Ellipsis, after folding) warns while compiling.
   */
  private checkCompare(e: A.Compare): void {
    if (warnedCompares.has(e)) return;
    warnedCompares.add(e);
    const literal = (x: A.expr) => {
      if (x._type === "Constant") {
        const v = x.value;
        return !(v === null || v === true || v === false || v instanceof PyEllipsis);
      }
      // (fold_tuple makes `()` a constant too)
      if (x._type === "Tuple" && x.ctx._type === "Load" && x.elts.length === 0) return true;
      return (
        (x._type === "Tuple" ||
          x._type === "Subscript" ||
          x._type === "BinOp" ||
          x._type === "UnaryOp") &&
        this.fold(x) !== null
      );
    };
    let left = literal(e.left);
    e.ops.forEach((op, i) => {
      const right = literal(e.comparators[i]!);
      if ((op._type === "Is" || op._type === "IsNot") && (left || right)) {
        const msg =
          op._type === "Is"
            ? '"is" with a literal. Did you mean "=="?'
            : '"is not" with a literal. Did you mean "!="?';
        compileWarningHook.warn(
          this.code.filename,
          e.lineno,
          "SyntaxWarning",
          msg,
          this.code.lines,
        );
      }
      left = right;
    });
  }

  private singleCompare(e: A.Compare): { test: (f: Frame) => boolean; value: Ev } {
    this.checkCompare(e);
    const rb = this.borrowLoad(e.comparators[0]!);
    const lb = rb === null ? null : this.borrowLoad(e.left);
    const left = lb ?? this.expr(e.left);
    const right = rb ?? this.expr(e.comparators[0]!);
    const ownA = lb === null;
    const own = (ownA ? 1 : 0) | (rb === null ? 2 : 0);
    const op = e.ops[0]!._type;
    const pos = posOf(e);
    /** The comparison: a JS boolean when answered without Python code, else its result
     *  object (a new reference); both operands released (operations.ts cmpSlow). */
    const run = (f: Frame): boolean | HeapObject => {
      const a = left(f);
      return cmpSlow(f, a, thenOperand(f, right, a, ownA), op, pos, own);
    };
    return { test: (f) => testOf(run(f)), value: (f) => resultOf(run(f)) };
  }

  private compare(e: A.Compare): Ev {
    this.checkCompare(e);
    if (e.ops.length === 1) return this.singleCompare(e).value;
    const left = this.expr(e.left);
    const rights = e.comparators.map((c) => this.expr(c));
    const ops = e.ops.map((o) => o._type);
    const pos = posOf(e);
    const one = (a: HeapObject, b: HeapObject, op: A.cmpop["_type"]): HeapObject => {
      switch (op) {
        case "Is":
          return newBool(a === b);
        case "IsNot":
          return newBool(a !== b);
        case "In":
          return newBool(contains(b, a));
        case "NotIn":
          return newBool(!contains(b, a));
        default:
          return richCompare(a, b, cmpOps[op]!);
      }
    };
    return (f) => {
      let a = left(f);
      try {
        for (let i = 0; i < rights.length; i++) {
          const b = rights[i]!(f);
          let r: HeapObject;
          try {
            r = one(a, b, ops[i]!);
          } catch (err) {
            decref(b);
            throw noteUnwind(err, f, pos);
          }
          if (i === rights.length - 1) {
            // COMPARE_OP releases the left operand, then the right.
            decref(a);
            a = b;
            return r;
          }
          let t: boolean;
          try {
            t = truthy(r);
          } catch (err) {
            decref(b);
            decref(r);
            throw err;
          }
          if (!t) {
            decref(b);
            return r;
          }
          decref(r);
          decref(a);
          a = b;
        }
        return none();
      } finally {
        decref(a);
      }
    };
  }

  private callExpr(e: A.Call): Ev {
    const hasStar =
      e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null);
    if (!hasStar && e.keywords.length === 0 && e.func._type !== "Attribute")
      return this.positionalCall(this.expr(e.func), e.args, posOf(e), this.ml ? e.lineno : 0);
    // A method call evaluates its arguments after self, into one array (appendItems).
    const argsInto =
      e.func._type === "Attribute" && (hasStar || e.keywords.length > 0)
        ? this.appendItems(e.args)
        : null;
    const args =
      e.func._type !== "Attribute" ? this.sequenceItems(e.args) : (_f: Frame): HeapObject[] => [];
    const kwEvs = e.keywords.map((k) => ({ name: k.arg, ev: this.expr(k.value) }));
    const kwnames = hasStar ? null : kwEvs.map((k) => k.name!);
    const pos = posOf(e);
    // The CALL instruction's line, when the call spans lines (0: no mark).
    const callLine = this.ml ? e.lineno : 0;
    const collectKw = (f: Frame, out: HeapObject[], names: string[], callee: HeapObject) => {
      for (const k of kwEvs) {
        const v = k.ev(f);
        if (k.name !== null) {
          names.push(k.name);
          out.push(v);
          continue;
        }
        try {
          const add = (key: HeapObject, value: HeapObject) => {
            if (!isInstanceOf(key, T.str)) {
              decref(value);
              raise(T.TypeError, "keywords must be strings");
            }
            const name = key.p0 as string;
            if (names.includes(name)) {
              decref(value);
              raise(
                T.TypeError,
                `${functionStr(callee)} got multiple values for keyword argument '${name}'`,
              );
            }
            names.push(name);
            out.push(value);
          };
          // DICT_MERGE: the mapping merged into a new dict as dict_merge merges it (a dict,
          // or a subclass keeping dict's __iter__, read directly; anything else through
          // keys() and lookups), then its entries in order.
          if (v.type !== C.dict) {
            const keys = getAttrOrNull(v, "keys");
            if (keys === null) {
              raise(
                T.TypeError,
                `${functionStr(callee)} argument after ** must be a mapping, not ${typeName(v)}`,
              );
            }
            decref(keys);
          }
          const merged = v.type === C.dict ? incRef(v) : newDict();
          try {
            if (merged !== v) dictUpdateHook.update(merged, v);
            for (const en of (merged.p0 as DictStore).live()) add(en.key, incRef(en.value));
          } finally {
            decref(merged);
          }
        } finally {
          decref(v);
        }
      }
    };
    const finishArgs = (f: Frame, argv: HeapObject[], callee: HeapObject): string[] | null => {
      if (kwEvs.length === 0) return null;
      if (kwnames !== null) {
        for (const k of kwEvs) argv.push(k.ev(f));
        return kwnames;
      }
      const names: string[] = [];
      collectKw(f, argv, names, callee);
      return names.length === 0 ? null : names;
    };
    if (e.func._type === "Attribute") {
      // LOAD_METHOD / CALL: no bound method for plain functions and method descriptors.
      const obj = this.expr(e.func.value);
      const name = canonicalName(e.func.attr);
      const attrPos = posOf(e.func);
      const site = new MethodSite();
      const attrSite = new AttrSite();
      if (!hasStar && kwEvs.length === 0) {
        return this.positionalMethodCall(obj, name, attrSite, site, e.args, pos, attrPos, callLine);
      }
      return (f) => {
        const o = obj(f);
        let callee: HeapObject;
        let argv: HeapObject[];
        const m = methodFor(o, name, site);
        if (m !== null) {
          incref(m);
          callee = m;
          argv = [o];
        } else {
          try {
            callee = getAttrAt(o, name, attrSite);
          } catch (err) {
            throw noteUnwind(err, f, attrPos);
          } finally {
            decref(o);
          }
          argv = [];
        }
        let kn: string[] | null;
        try {
          argsInto!(f, argv);
          kn = finishArgs(f, argv, callee);
        } catch (err) {
          dropValues(argv, argv.length);
          decref(callee);
          throw err;
        }
        if (m === null && !hasStar) callee = unpackMethod(callee, argv);
        return callAtSite(f, callee, argv, kn, hasStar, pos, callLine);
      };
    }
    const func = this.expr(e.func);
    return (f) => {
      let fn = func(f);
      let argv: HeapObject[];
      let kn: string[] | null;
      try {
        argv = args(f);
      } catch (err) {
        decref(fn);
        throw err;
      }
      try {
        kn = finishArgs(f, argv, fn);
      } catch (err) {
        dropValues(argv, argv.length);
        decref(fn);
        throw err;
      }
      if (!hasStar) fn = unpackMethod(fn, argv);
      return callAtSite(f, fn, argv, kn, hasStar, pos, callLine);
    };
  }

  /** The evaluators of a call's positional arguments (see ArgList). */
  private argList(argNodes: A.expr[]): ArgList {
    return new ArgList(
      argNodes.map((a) => this.expr(a)),
      argNodes.map((a) =>
        !this.ml && a._type === "Name" && this.scope.kindOf(a.id) === "fast"
          ? this.scope.slot(a.id)
          : -1,
      ),
      argNodes.map((a) => (a._type === "Name" ? a.id : "")),
      argNodes.map((a) => (a._type === "Name" ? this.position(a) : null)),
    );
  }

  /**
   * A call with positional arguments only. Calling a Python function whose parameters
   * are exactly those arguments, the arguments are evaluated straight into the callee's
   * fast locals (3.11 moves them off the caller's stack there too): no argument array.
   */
  private positionalCall(func: Ev, argNodes: A.expr[], pos: TbPosition, callLine: number): Ev {
    const args = this.argList(argNodes);
    const n = args.n;
    return (f) => {
      const fn = func(f);
      if (fn.type === C.function && !(callLine !== 0 && trace.on)) {
        const fd = fn.p0 as FunctionData;
        const code = fd.code as Code;
        if (code.fastArity === n) {
          const locals = code.takeLocals();
          args.evalInto(f, locals as HeapObject[], 0, fn);
          try {
            return enterOrCall(fn, fd, code, locals, n);
          } catch (err) {
            throw noteUnwind(err, f, pos);
          }
        }
      }
      const argv = new Array<HeapObject>(n);
      args.evalInto(f, argv, 0, fn);
      return callAtSite(f, unpackMethod(fn, argv), argv, null, false, pos, callLine);
    };
  }

  /**
   * o.name(args) with positional arguments only (LOAD_METHOD / CALL). When the method is a
   * Python function taking exactly self and these arguments, they are evaluated straight
   * into its fast locals, self first; otherwise into one [self, ...] array, or the
   * attribute's value is called with the arguments.
   */
  private positionalMethodCall(
    obj: Ev,
    name: string,
    attrSite: AttrSite,
    site: MethodSite,
    argNodes: A.expr[],
    pos: TbPosition,
    attrPos: TbPosition,
    callLine: number,
  ): Ev {
    const args = this.argList(argNodes);
    const n = args.n;
    return (f) => {
      const o = obj(f);
      const m = methodFor(o, name, site);
      let callee: HeapObject;
      let argv: HeapObject[];
      if (m !== null) {
        m.refcnt++;
        if (m.type === C.function && !(callLine !== 0 && trace.on)) {
          const fd = m.p0 as FunctionData;
          const code = fd.code as Code;
          if (code.fastArity === n + 1) {
            const locals = code.takeLocals();
            locals[0] = o;
            args.evalInto(f, locals as HeapObject[], 1, m);
            try {
              return enterOrCall(m, fd, code, locals, n + 1);
            } catch (err) {
              throw noteUnwind(err, f, pos);
            }
          }
        }
        callee = m;
        argv = new Array<HeapObject>(n + 1);
        argv[0] = o;
        args.evalInto(f, argv, 1, m);
      } else {
        try {
          callee = getAttrAt(o, name, attrSite);
        } catch (err) {
          throw noteUnwind(err, f, attrPos);
        } finally {
          decref(o);
        }
        argv = new Array<HeapObject>(n);
        args.evalInto(f, argv, 0, callee);
        callee = unpackMethod(callee, argv);
      }
      return callAtSite(f, callee, argv, null, false, pos, callLine);
    };
  }

  /** 3.11 comprehensions are functions called at once with the first iterator. */
  private comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): Ev {
    const name =
      e._type === "ListComp"
        ? "<listcomp>"
        : e._type === "SetComp"
          ? "<setcomp>"
          : e._type === "DictComp"
            ? "<dictcomp>"
            : "<genexpr>";
    const c = this.childCompiler(e, name);
    const scope = c.scope;
    const code = c.code;
    code.varnames = scope.varnames;
    code.cellvars = scope.cellvars;
    code.freevars = scope.freevars;
    code.argcount = 1;
    code.nlocals = scope.varnames.length;
    code.cellArgs = [];
    const gens = e.generators;
    const firstIter = this.expr(gens[0]!.iter);
    const resultKind = e._type;
    const elt = e._type === "DictComp" ? null : c.expr(e.elt);
    const key = e._type === "DictComp" ? c.expr(e.key) : null;
    const value = e._type === "DictComp" ? c.expr(e.value) : null;
    const levels = gens.map((g, i) => ({
      iter: i === 0 ? null : c.expr(g.iter),
      target: c.store(g.target),
      ifs: g.ifs.map((x) => c.condition(x)),
    }));
    const dotZero = scope.slot(".0");
    const line = e.lineno;
    if (resultKind === "GeneratorExp") {
      code.isGenerator = true;
      code.genBody = function* (f) {
        function* run(level: number, it: HeapObject): Generator<HeapObject, void, HeapObject> {
          const lv = levels[level]!;
          for (let first = true; ; first = false) {
            if (!first) loopBack(f, line);
            if (interrupt.flag[0] !== 0) interruptAt(f, e.lineno);
            const v = trace.on ? iterNext(it, stopSeen) : iterNext(it);
            if (v === null) return;
            lv.target(f, v);
            if (!lv.ifs.every((cond) => cond(f))) continue;
            if (level + 1 < levels.length) {
              const seq = levels[level + 1]!.iter!(f);
              let inner: HeapObject;
              try {
                inner = getIter(seq);
              } finally {
                decref(seq);
              }
              try {
                yield* run(level + 1, inner);
              } finally {
                decref(inner);
              }
              continue;
            }
            decref(yield elt!(f));
          }
        }
        if (trace.on) traceLine(f, line);
        f.lineno = line;
        // LOAD_FAST .0: the stack holds the iterator until FOR_ITER runs out.
        const it0 = f.locals[dotZero]!;
        it0.refcnt++;
        try {
          yield* run(0, it0);
        } finally {
          decref(it0);
        }
        return NORMAL;
      };
    }
    const closureBody: Stmt = (f) => {
      const result =
        resultKind === "ListComp"
          ? newList([])
          : resultKind === "SetComp"
            ? setHook.make([])
            : newDict();
      try {
        const run = (level: number, it: HeapObject): void => {
          const lv = levels[level]!;
          for (let first = true; ; first = false) {
            if (!first) loopBack(f, line);
            if (interrupt.flag[0] !== 0) interruptAt(f, e.lineno);
            const v = trace.on ? iterNext(it, stopSeen) : iterNext(it);
            if (v === null) return;
            lv.target(f, v);
            if (!lv.ifs.every((cond) => cond(f))) continue;
            if (level + 1 < levels.length) {
              const seq = levels[level + 1]!.iter!(f);
              let inner: HeapObject;
              try {
                inner = getIter(seq);
              } finally {
                decref(seq);
              }
              try {
                run(level + 1, inner);
              } finally {
                decref(inner);
              }
              continue;
            }
            if (resultKind === "DictComp") {
              const k = key!(f);
              let vv: HeapObject;
              try {
                vv = value!(f);
              } catch (err) {
                decref(k);
                throw err;
              }
              try {
                (result.p0 as DictStore).set(k, vv);
              } finally {
                decref(k);
                decref(vv);
              }
            } else {
              const x = elt!(f);
              if (resultKind === "ListComp") listAppendHook.append(result, x);
              else setHook.add(result, x);
            }
          }
        };
        if (trace.on) traceLine(f, line);
        f.lineno = line;
        // LOAD_FAST .0: the stack holds the iterator until FOR_ITER runs out.
        const it0 = f.locals[dotZero]!;
        it0.refcnt++;
        try {
          run(0, it0);
        } finally {
          decref(it0);
        }
      } catch (err) {
        decref(result);
        throw err;
      }
      f.retval = result;
      return RETURN;
    };
    // As for functions: closures now, the generated body (jsgen.ts) on the first call.
    code.body =
      jsgenEnabled && e._type !== "GeneratorExp"
        ? (f) => {
            code.body = generated(code, closureBody, () => generateComprehension(c, e));
            return code.body(f);
          }
        : closureBody;
    const closure = this.closureLoader(scope.freevars);
    const qualname = this.constant(code.qualname);
    const nameObj = this.constant(name);
    // (CALL's position: the traceback marks the whole comprehension in the caller's line)
    const pos = posOf(e);
    return (f) => {
      const seq = firstIter(f);
      let it: HeapObject;
      try {
        it = getIter(seq);
      } catch (err) {
        throw noteUnwind(err, f, pos); // (GET_ITER has the comprehension's position too)
      } finally {
        decref(seq);
      }
      incref(f.globals);
      incref(qualname);
      incref(nameObj);
      incref(S.None);
      const module = f.gstore.getStr("__name__") ?? S.None;
      incref(module);
      const fn = newFunction({
        code,
        ...functionCodeRefs(code),
        globals: f.globals,
        defaults: null,
        kwdefaults: null,
        closure: closure(f),
        name: nameObj,
        qualname,
        module,
        doc: S.None,
        dict: null,
        annotations: null,
      });
      try {
        return call(fn, [it]);
      } catch (err) {
        throw noteUnwind(err, f, pos);
      } finally {
        decref(fn);
      }
    };
  }
}

/** The function or method descriptor `o.name` would bind, if nothing shadows it (LOAD_METHOD). */
/** _PyObject_FunctionStr: a callable as call errors name it, `module.qualname()`. */
function functionStr(callee: HeapObject): string {
  const qualname = getAttrOrNull(callee, "__qualname__");
  if (qualname === null) return pyStr(callee);
  try {
    const module = getAttrOrNull(callee, "__module__");
    const mod = module !== null && isInstanceOf(module, T.str) ? (module.p0 as string) : null;
    if (module !== null) decref(module);
    const q = pyStr(qualname);
    return mod !== null && mod !== "builtins" ? `${mod}.${q}()` : `${q}()`;
  } finally {
    decref(qualname);
  }
}

/**
 * update_bases (PEP 560): a base that is not a class but has __mro_entries__ is replaced
 * by the classes that returns. The new list (owned), or null when nothing was replaced;
 * `bases` (owned) is untouched either way.
 */
function updateBases(bases: HeapObject[]): HeapObject[] | null {
  if (bases.every((b) => isSubtype(typeOf(b), T.type))) return null;
  let out: HeapObject[] | null = null;
  let basesTuple: HeapObject | null = null;
  try {
    for (let i = 0; i < bases.length; i++) {
      const b = bases[i]!;
      const meth = isSubtype(typeOf(b), T.type) ? null : getAttrOrNull(b, "__mro_entries__");
      if (meth === null) {
        if (out !== null) out.push(incRef(b));
        continue;
      }
      let entries: HeapObject;
      try {
        if (basesTuple === null) basesTuple = newTuple(bases.map(incRef));
        entries = callBorrowed(meth, [basesTuple]);
      } finally {
        decref(meth);
      }
      if (entries.type !== C.tuple) {
        decref(entries);
        raise(T.TypeError, "__mro_entries__ must return a tuple");
      }
      out ??= bases.slice(0, i).map(incRef);
      for (const e of entries.p0 as HeapObject[]) out.push(incRef(e));
      decref(entries);
    }
  } catch (e) {
    if (out !== null) for (const b of out) decref(b);
    throw e;
  } finally {
    xdecref(basesTuple);
  }
  return out;
}

/**
 * find_ann: an annotated assignment in a module or class body, outside nested scopes
 * (compound statements' bodies count).
 */
function hasAnnotations(s: A.stmt): boolean {
  switch (s._type) {
    case "AnnAssign":
      return true;
    case "For":
    case "AsyncFor":
    case "While":
    case "If":
      return s.body.some(hasAnnotations) || s.orelse.some(hasAnnotations);
    case "With":
    case "AsyncWith":
      return s.body.some(hasAnnotations);
    case "Try":
    case "TryStar":
      return (
        s.body.some(hasAnnotations) ||
        s.handlers.some((h) => h.body.some(hasAnnotations)) ||
        s.orelse.some(hasAnnotations) ||
        s.finalbody.some(hasAnnotations)
      );
    case "Match":
      return s.cases.some((c) => c.body.some(hasAnnotations));
    default:
      return false;
  }
}

/** The features a module's leading `from __future__ import …` statements name. */
function futureFeatures(body: A.stmt[]): Set<string> {
  const out = new Set<string>();
  let i = 0;
  const first = body[0];
  if (first?._type === "Expr" && first.value._type === "Constant") {
    if (typeof first.value.value === "string") i = 1;
  }
  for (; i < body.length; i++) {
    const s = body[i]!;
    if (s._type !== "ImportFrom" || s.module !== "__future__") break;
    for (const a of s.names) out.add(a.name);
  }
  return out;
}

/** A statement is or holds a `for` or `while` loop (outside nested scopes). */
function hasLoop(s: A.stmt): boolean {
  switch (s._type) {
    case "For":
    case "While":
      return true;
    case "If":
      return s.body.some(hasLoop) || s.orelse.some(hasLoop);
    case "With":
      return s.body.some(hasLoop);
    case "Try":
      return (
        s.body.some(hasLoop) ||
        s.handlers.some((h) => h.body.some(hasLoop)) ||
        s.orelse.some(hasLoop) ||
        s.finalbody.some(hasLoop)
      );
    case "Match":
      return s.cases.some((c) => c.body.some(hasLoop));
    default:
      return false;
  }
}

/**
 * The generated body, or the closures if generating it failed — a bug in pygc, not in the
 * program: said once on stderr, and the program goes on, on the closures.
 */
function generated<B extends Stmt | GStmt>(code: Code, closures: B, generate: () => B): B {
  try {
    return generate();
  } catch (e) {
    console.error(
      `pygc: internal error while compiling ${code.qualname} to JavaScript (running it on closures): ${e instanceof Error ? e.message : String(e)}`,
    );
    return closures;
  }
}

/** `case _` (MatchAs with neither a sub-pattern nor a name). */
function isWildcardPattern(p: A.pattern): boolean {
  return p._type === "MatchAs" && p.pattern === null && p.name === null;
}

/** The line of the last pattern node the compiler visits (where the captures are stored). */
function lastPatternLine(p: A.pattern): number {
  let line = p.lineno;
  const visit = (q: A.pattern): void => {
    line = q.lineno;
    switch (q._type) {
      case "MatchAs":
        if (q.pattern !== null) visit(q.pattern);
        return;
      case "MatchOr":
      case "MatchSequence":
        for (const x of q.patterns) visit(x);
        return;
      case "MatchMapping":
        for (const x of q.patterns) visit(x);
        return;
      case "MatchClass":
        for (const x of [...q.patterns, ...q.kwd_patterns]) visit(x);
        return;
      default:
        return;
    }
  };
  visit(p);
  return line;
}

/**
 * _PyType_CalculateMetaclass as __build_class__ uses it: the most derived of the explicit
 * metaclass and the bases' types (a metaclass that is not a type is used as given).
 */
function calculateMetaclass(metaObj: HeapObject | null, bases: HeapObject[]): HeapObject {
  if (metaObj !== null && !isSubtype(typeOf(metaObj), T.type)) return metaObj;
  let winner = metaObj ?? T.type;
  for (const b of bases) {
    const t = typeOf(b);
    if (isSubtype(winner, t)) continue;
    if (isSubtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(
      T.TypeError,
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** The class body's namespace: the metaclass's __prepare__(name, bases, **kwds), else a dict. */
function prepareNamespace(
  metatype: HeapObject,
  name: string,
  bases: HeapObject[],
  kwargs: [string, HeapObject][],
): HeapObject {
  const prepare =
    metatype === T.type || !isSubtype(typeOf(metatype), T.type)
      ? null
      : lookup(metatype, "__prepare__");
  // (type.__prepare__ ignores its arguments and returns a new dict)
  if (prepare === null || prepare === typePrepare.descr) return newDict();
  const bound = descrGet(prepare, null, metatype);
  const nameObj = newStr(name);
  const basesTuple = newTuple(bases.map((b) => (incref(b), b)));
  let ns: HeapObject;
  try {
    ns = callBorrowed(
      bound,
      [nameObj, basesTuple, ...kwargs.map(([, v]) => v)],
      kwargs.length > 0 ? kwargs.map(([k]) => k) : null,
    );
  } finally {
    decref(bound);
    decref(nameObj);
    decref(basesTuple);
  }
  if (ns.type.layout !== C.dict) {
    const tn = typeInfo(typeOf(ns)).name;
    decref(ns);
    // NOT-CPYTHON: CPython accepts any mapping from __prepare__; pygc's class bodies need a dict.
    raise(T.TypeError, `${typeInfo(metatype).name}.__prepare__() must return a dict, not ${tn}`);
  }
  return ns;
}

/**
 * Whether `not x` as a value tests x's value (UNARY_NOT) where a condition would jump on
 * x's parts: x a BoolOp, or a `not` of one, whose deciding operand is then tested again.
 */
export function notTestsValue(x: A.expr): boolean {
  return x._type === "BoolOp" || (x._type === "UnaryOp" && x.op._type === "Not");
}

/** The test a BoolOp's value already had (1 true, 0 false, -1 none): see boolOp. */
export const boolKnown = { t: -1 };

export function methodFor(o: HeapObject, name: string, site: MethodSite): HeapObject | null {
  // The site's entry for o's layout, any of the four (a method of a base class called
  // on its subclasses' instances in turn finds each here), else methodEntry's.
  const c = o.type;
  let e = site.e0;
  if (site.epoch !== lookupEpoch.n) e = methodEntry(o, name, site);
  else if (e?.layout !== c) {
    e = site.e1;
    if (e?.layout !== c) {
      e = site.e2;
      if (e?.layout !== c) {
        e = site.e3;
        if (e?.layout !== c) e = methodEntry(o, name, site);
      }
    }
  }
  const descr = e.descr;
  if (descr === null || !e.hasDict) return descr;
  // The instance dict shadows the method if it holds the name.
  const attrs = attrsOf(o);
  if (attrs === null || !attrs.mayHoldStr(site.nameHash)) return descr;
  return attrs.getStr(name) !== undefined ? null : descr;
}

/**
 * A new entry for o's layout, which none of the site's entries has (methodFor looked),
 * put first: the others move down, the fourth drops out. Entries do not move on a hit,
 * so a site that sees layouts in turn finds each where it is.
 */
function methodEntry(o: HeapObject, name: string, site: MethodSite): MethodEntry {
  const c = o.type;
  if (site.epoch !== lookupEpoch.n) {
    site.epoch = lookupEpoch.n;
    site.e0 = site.e1 = site.e2 = site.e3 = null;
  }
  site.nameHash = strFilterHash(name);
  const e = new MethodEntry(c, methodOfType(o, name), typeInfo(typeOf(o)).hasDict);
  site.e3 = site.e2;
  site.e2 = site.e1;
  site.e1 = site.e0;
  site.e0 = e;
  return e;
}

/** The part of methodFor that depends on the type only. */
function methodOfType(o: HeapObject, name: string): HeapObject | null {
  const type = typeOf(o);
  // super objects and weak proxies have their own attribute lookup.
  if (isSubtype(type, T.type) || o.type === C.module || type === T.super || o.type.flags & 32)
    return null;
  const descr = lookup(type, name);
  if (descr === null || !isPlainMethod(descr)) return null;
  if (getattributeOverride(type) !== null) return null;
  return descr;
}

/**
 * A method call site's cache: for up to four instance layouts (contracts), the latest
 * first, while no type namespace changes (lookupEpoch), what methodFor decided.
 */
export class MethodSite {
  epoch = -1;
  e0: MethodEntry | null = null;
  e1: MethodEntry | null = null;
  e2: MethodEntry | null = null;
  e3: MethodEntry | null = null;
  /** The name's strFilterHash, for instance dicts' filters (DictStore.mayHoldStr). */
  nameHash = 0;
}

/** What pairwiseAssign found: the targets, the values, and whether stores go last first. */
export interface PairwiseAssign {
  targets: A.expr[];
  values: A.expr[];
  reversed: boolean;
}

/** LOAD_GLOBAL's inline cache: the entry of `name` and the dicts it was found through. */
export class GlobalSite {
  gs: DictStore | null = null;
  bs: DictStore | null = null;
  gv = 0;
  bv = 0;
  entry: DictEntry | null = null;

  constructor(readonly name: string) {}
}

/**
 * NameError for `name` (format_exc_check_arg): the exception's `name` member is the name,
 * for suggestions as in 3.10+.
 */
export function nameError(name: string): never {
  const err = new PyRaise(makeExc(T.NameError, [newStr(`name '${name}' is not defined`)]));
  const st = excState(err.exc);
  if (st !== null) {
    const key = newStr(name);
    setAttributeErrorMember(st, "name", key);
    decref(key);
  }
  throw err;
}

/**
 * Throw `make()`'s exception from a name load at `pos`: its traceback entry for `f` is
 * the Name's position, so the traceback underlines the name, as 3.11 does.
 */
function raiseAtName(f: Frame, pos: TbPosition | null, make: () => never): never {
  try {
    make();
  } catch (e) {
    throw noteUnwind(e, f, pos);
  }
}

/** nameError for a load at `pos` in frame `f`. */
export function nameErrorAt(f: Frame, name: string, pos: TbPosition | null): never {
  raiseAtName(f, pos, () => nameError(name));
}

/** unboundLocal for a load at `pos` in frame `f`. */
export function unboundLocalAt(f: Frame, name: string, pos: TbPosition | null): never {
  raiseAtName(f, pos, () => unboundLocal(name));
}

/**
 * LOAD_GLOBAL past its cache: the name looked up (a new reference), the cache refilled.
 * `pos`: where the Name is, for the NameError's traceback.
 */
export function globalMiss(f: Frame, site: GlobalSite, pos: TbPosition | null = null): HeapObject {
  const g = f.gstore;
  const b = f.bstore;
  const e = g.entryStr(site.name) ?? b.entryStr(site.name);
  if (e === undefined) nameErrorAt(f, site.name, pos);
  site.gs = g;
  site.bs = b;
  site.gv = g.version;
  site.bv = b.version;
  site.entry = e;
  const v = e.value;
  v.refcnt++;
  return v;
}

/** What a method call site knows of one instance layout. */
class MethodEntry {
  constructor(
    readonly layout: unknown,
    /** The method descriptor to call unbound, or null (the generic attribute lookup). */
    readonly descr: HeapObject | null,
    /** Instances have a __dict__, which could shadow the method. */
    readonly hasDict: boolean,
  ) {}
}

export type GStmt = (f: Frame) => Generator<HeapObject, Signal, HeapObject>;

interface HandlerParts {
  /** The `except` clause's line (where its match is traced). */
  line: number;
  type: Ev | null;
  store: ((f: Frame, v: HeapObject) => void) | null;
  unbind: ((f: Frame) => void) | null;
}

/** The first `except` clause whose type matches `exc`, or null. */
function findHandler<H extends HandlerParts>(f: Frame, exc: HeapObject, handlers: H[]): H | null {
  for (const h of handlers) {
    if (trace.on) traceLine(f, h.line);
    if (h.type === null) return h;
    const t = h.type(f);
    try {
      if (exceptionMatches(exc, t)) return h;
    } finally {
      decref(t);
    }
  }
  return null;
}

/**
 * PUSH_EXC_INFO for a finally block or __exit__ run by a propagating exception: it
 * becomes sys.exc_info()'s exception, which holds its own reference (the propagating
 * one stays on the value stack for the RERAISE).
 */
function pushExcInfo(exc: HeapObject): HeapObject {
  threadState.handled.push(exc);
  exc.refcnt++;
  return exc;
}

/** POP_EXCEPT after it. */
function popExcInfo(exc: HeapObject): void {
  threadState.handled.pop();
  decref(exc);
}

/** Entering `except E as name:` — the exception is being handled, bound to name. */
function enterHandler(f: Frame, h: HandlerParts, exc: HeapObject): void {
  threadState.handled.push(exc);
  if (h.store !== null) {
    incref(exc);
    h.store(f, exc);
  }
}

/** Leaving it: `name` is deleted (as CPython's implicit `del name`), the exception released. */
function leaveHandler(f: Frame, h: HandlerParts, exc: HeapObject): void {
  try {
    if (h.unbind !== null) h.unbind(f);
  } finally {
    threadState.handled.pop();
    decref(exc);
  }
}

/**
 * BEFORE_WITH: look up __enter__ then __exit__, drop the manager, call __enter__ and bind
 * its result. Returns __exit__ (a new reference) for exitContext.
 */
function enterContext(
  f: Frame,
  mgr: HeapObject,
  target: ((f: Frame, v: HeapObject) => void) | null,
): HeapObject {
  let enter: HeapObject;
  let exit: HeapObject;
  try {
    const mt = typeOf(mgr);
    if (lookup(mt, "__enter__") === null || lookup(mt, "__exit__") === null) {
      const what = lookup(mt, "__enter__") === null ? "" : " (missed __exit__ method)";
      raise(
        T.TypeError,
        `'${typeName(mgr)}' object does not support the context manager protocol${what}`,
      );
    }
    enter = getAttr(mgr, "__enter__");
    try {
      exit = getAttr(mgr, "__exit__");
    } catch (e) {
      decref(enter);
      throw e;
    }
  } finally {
    decref(mgr);
  }
  let v: HeapObject;
  try {
    v = call(enter, []);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enter);
  }
  if (target !== null) target(f, v);
  else decref(v);
  return exit;
}

/**
 * Leaving a `with` block: __exit__(None, None, None) on a normal exit, or
 * __exit__(type, exc, tb) while the exception is being handled. Consumes `exit`; returns
 * true when the exception was suppressed (its reference released). Non-Python errors are
 * never suppressed.
 */
function exitContext(exit: HeapObject, err: unknown): boolean {
  if (err === null) {
    try {
      decref(callBorrowed(exit, [S.None, S.None, S.None]));
    } finally {
      decref(exit);
    }
    return false;
  }
  if (!(err instanceof PyRaise)) {
    decref(exit);
    return false;
  }
  const exc = pushExcInfo(err.exc);
  let suppress: boolean;
  try {
    const tb = excState(exc)?.traceback ?? S.None;
    const r = callBorrowed(exit, [typeOf(exc), exc, tb]);
    try {
      suppress = truthy(r);
    } finally {
      decref(r);
    }
  } finally {
    popExcInfo(exc);
    decref(exit);
  }
  if (suppress) decref(exc);
  return suppress;
}

/**
 * The call at a call site, `callee` (owned) consumed: CALL (callOwned: a Python
 * function's frame takes the caller's reference) or, with `star`, CALL_FUNCTION_EX
 * (PyObject_Call: the callee stays on the stack and its frame takes a reference of its
 * own). A raised error gets the caller's traceback entry at `pos`; `callLine` is the
 * CALL instruction's line when the call spans lines (trace events), else 0.
 */
function callAtSite(
  f: Frame,
  callee: HeapObject,
  argv: HeapObject[],
  kwnames: string[] | null,
  star: boolean,
  pos: TbPosition,
  callLine: number,
): HeapObject {
  try {
    if (callLine !== 0 && trace.on) markBeforeCall(f, callLine, argv);
  } catch (err) {
    decref(callee);
    throw noteUnwind(err, f, pos);
  }
  try {
    if (!star) return callOwned(callee, argv, kwnames);
    try {
      return callEx(callee, argv, kwnames);
    } finally {
      decref(callee);
    }
  } catch (err) {
    throw noteUnwind(err, f, pos);
  }
}

/**
 * CALL_FUNCTION_EX: the call site packs positional arguments into a tuple and keyword
 * arguments into a dict that live through the call, and the callee's vectorcall unpacks
 * the dict onto a stack of its own — one more reference to each positional and two more
 * to each keyword value than a plain call, released when the call returns.
 */
function callEx(callee: HeapObject, argv: HeapObject[], kwnames: string[] | null): HeapObject {
  const nkw = kwnames?.length ?? 0;
  const positional = argv.slice(0, argv.length - nkw);
  const keywords = argv.slice(argv.length - nkw);
  for (const a of positional) incref(a);
  for (const v of keywords) v.refcnt += 2;
  try {
    return call(callee, argv, kwnames);
  } finally {
    for (const v of keywords) decref(v);
    for (let i = positional.length - 1; i >= 0; i--) decref(positional[i]!);
    for (const v of keywords) decref(v);
  }
}

/** Does this statement or expression contain a yield (not counting nested scopes)? */
export function containsYield(node: A.stmt | A.expr): boolean {
  const known = yieldFound.get(node);
  if (known !== undefined) return known;
  let found = false;
  // Index loops over Object.keys (see headerSpansLines: this runs while V8 still interprets).
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) visit(n[i]);
      return;
    }
    const t = (n as { _type?: string })._type;
    if (t === "Yield" || t === "YieldFrom" || t === "Await") {
      found = true;
      return;
    }
    if (t === "FunctionDef" || t === "AsyncFunctionDef" || t === "ClassDef" || t === "Lambda")
      return;
    if (t === "ListComp" || t === "SetComp" || t === "DictComp" || t === "GeneratorExp") return;
    const keys = Object.keys(n);
    for (let i = 0; i < keys.length; i++) {
      const v = (n as Record<string, unknown>)[keys[i]!];
      if (typeof v === "object") visit(v);
    }
  };
  visit(node);
  yieldFound.set(node, found);
  return found;
}

/** containsYield's answers (a generator's statements are asked again at each level). */
const yieldFound = new WeakMap<object, boolean>();

/** The sub-iterator a generator's frame is delegating to (`yield from`), for gi_yieldfrom. */
export const yieldingFrom = new WeakMap<Frame, HeapObject>();

/** `yield from it`: forward values, sends and throws to the sub-iterator (PEP 380). */
export function* delegate(it: HeapObject): Generator<HeapObject, HeapObject, HeapObject> {
  // (the generator's frame runs this: gi_yieldfrom is `it` while it is suspended here)
  const f = frameStack.current!;
  yieldingFrom.set(f, it);
  let sent: HeapObject | null = null;
  let thrown: PyRaise | null = null;
  try {
    for (;;) {
      let r: { done: boolean; value: HeapObject };
      // Whether the sub-iterator's end raises StopIteration, which SEND reports to a tracer:
      // gen.send(v) always does, next() on a generator only for a value other than None,
      // a builtin iterator's tp_iternext never, a class's __next__ always.
      let stopRaised: boolean;
      if (delegateHook.isGenerator(it)) {
        stopRaised = thrown !== null || (sent !== null && sent !== S.None);
        r = delegateHook.resume(it, sent, thrown);
        stopRaised ||= r.done && r.value !== S.None;
      } else {
        if (thrown !== null) throw thrown;
        if (sent !== null && sent !== S.None) {
          const m = getAttr(it, "send");
          try {
            r = { done: false, value: call(m, [sent]) };
          } catch (e) {
            if (e instanceof PyRaise && isInstanceOf(e.exc, T.StopIteration)) {
              if (trace.on) stopSeen(e.exc);
              const v = stopIterationValue(e.exc);
              incref(v);
              decref(e.exc);
              return v;
            }
            throw e;
          } finally {
            decref(m);
          }
        } else {
          if (sent !== null) decref(sent);
          const v = iterNext(it);
          r = v === null ? { done: true, value: none() } : { done: false, value: v };
        }
        stopRaised = lookupSlot(typeOf(it), "__next__")?.type === C.function;
      }
      sent = null;
      thrown = null;
      if (r.done) {
        if (trace.on && stopRaised) {
          incref(r.value);
          const stop = call(T.StopIteration, [r.value]);
          try {
            stopSeen(stop);
          } catch (e) {
            decref(r.value);
            throw e;
          } finally {
            decref(stop);
          }
        }
        return r.value;
      }
      try {
        sent = yield r.value;
      } catch (e) {
        if (!(e instanceof PyRaise)) throw e;
        thrown = e;
      }
    }
  } finally {
    yieldingFrom.delete(f);
  }
}

export const delegateHook = {
  isGenerator: (_it: HeapObject): boolean => false,
  resume: null as unknown as (
    it: HeapObject,
    sent: HeapObject | null,
    thrown: PyRaise | null,
  ) => { done: boolean; value: HeapObject },
};

function heapNewCell(): HeapObject {
  return cellHook.make();
}

export const cellHook = { make: null as unknown as () => HeapObject };
export const setHook = {
  make: (_items: HeapObject[]): HeapObject =>
    raise(T.NotImplementedError, "sets are not supported yet"),
  /** A display of 3+ constants (BUILD_SET 0 + SET_UPDATE of a constant frozenset). */
  makeOfConstants: (_items: HeapObject[]): HeapObject =>
    raise(T.NotImplementedError, "sets are not supported yet"),
  add: (_set: HeapObject, _item: HeapObject): void =>
    raise(T.NotImplementedError, "sets are not supported yet"),
  /** SET_UPDATE (other borrowed). */
  update: (_set: HeapObject, _other: HeapObject): void =>
    raise(T.NotImplementedError, "sets are not supported yet"),
};
export const listAppendHook = {
  append: null as unknown as (list: HeapObject, item: HeapObject) => void,
};
/**
 * Evaluate left to right into a fresh array (new references); if one raises, those before
 * it are released, the last first.
 */
function evalAll(evs: Ev[]): (f: Frame) => HeapObject[] {
  const n = evs.length;
  // Up to three items: an array literal of exactly that size (a pushed array keeps
  // 17 slots, and a tuple or list keeps its array for life).
  if (n === 0) return () => [];
  if (n === 1) {
    const e0 = evs[0]!;
    return (f) => [e0(f)];
  }
  if (n === 2) {
    const e0 = evs[0]!;
    const e1 = evs[1]!;
    return (f) => {
      const a = e0(f);
      try {
        return [a, e1(f)];
      } catch (err) {
        decref(a);
        throw err;
      }
    };
  }
  if (n === 3) {
    const e0 = evs[0]!;
    const e1 = evs[1]!;
    const e2 = evs[2]!;
    return (f) => {
      const a = e0(f);
      let b: HeapObject;
      try {
        b = e1(f);
      } catch (err) {
        decref(a);
        throw err;
      }
      try {
        return [a, b, e2(f)];
      } catch (err) {
        decref(b);
        decref(a);
        throw err;
      }
    };
  }
  return (f) => {
    const out: HeapObject[] = [];
    try {
      for (let i = 0; i < n; i++) out.push(evs[i]!(f));
    } catch (err) {
      dropValues(out, out.length);
      throw err;
    }
    return out;
  };
}

/** The compiler's limit on values pushed at once (compile.c: STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

/**
 * How CPython's compiler_dict splits a dict display: each `**m` (its index in `unpack`),
 * and runs of key/value pairs [begin, end) between them, a run ending after 16 pairs.
 */
function dictDisplayParts(
  keys: (A.expr | null)[],
): { unpack: number; begin: number; end: number }[] {
  const out: { unpack: number; begin: number; end: number }[] = [];
  const n = keys.length;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (keys[i] === null) {
      if (elements > 0) out.push({ unpack: -1, begin: i - elements, end: i });
      elements = 0;
      out.push({ unpack: i, begin: i, end: i });
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      out.push({ unpack: -1, begin: i - elements, end: i + 1 });
      elements = 0;
    } else elements++;
  }
  if (elements > 0) out.push({ unpack: -1, begin: n - elements, end: n });
  return out;
}

/** A run of pairs evaluated onto the stack, then BUILD_MAP. */
function buildMapOf(items: (f: Frame) => HeapObject[]): Ev {
  return (f) => buildMap(items(f));
}

/**
 * A run of more pairs than the stack guideline: BUILD_MAP 0, then each key and value
 * stored as it comes (MAP_ADD). `pairs`: key, value, key, value…
 */
function mapAddEach(f: Frame, pairs: Ev[]): HeapObject {
  const d = newDict();
  const store = d.p0 as DictStore;
  try {
    for (let i = 0; i < pairs.length; i += 2) {
      const k = pairs[i]!(f);
      let v: HeapObject;
      try {
        v = pairs[i + 1]!(f);
      } catch (err) {
        decref(k);
        throw err;
      }
      try {
        store.set(k, v);
      } finally {
        decref(v);
        decref(k);
      }
    }
  } catch (err) {
    decref(d);
    throw err;
  }
  return d;
}

export const dictUpdateHook = {
  update: null as unknown as (d: HeapObject, other: HeapObject, mappingOnly?: boolean) => void,
};

function runClassBody(cf: Frame, body: Stmt): void {
  const saved = threadState.depth;
  // The class body runs in a frame of its own (what locals() and eval() see).
  const st = frameStack;
  const savedTop = st.top;
  const savedPooled = st.pooled;
  st.enter(cf);
  try {
    if (trace.on) {
      traceCall(cf, true);
      traceLine(cf, cf.code.firstlineno);
    }
    body(cf);
    if (trace.on) traceReturn(cf, S.None);
  } catch (e) {
    const err = noteUnwind(e, cf, null);
    throw trace.on ? traceUnwind(cf, err) : err;
  } finally {
    st.leave(savedTop, savedPooled);
    threadState.depth = saved;
  }
}

/** The end of a `while` body: back to the test (a backward jump after `continue` or for a
 *  constant test; else the bottom copy of the test, whose success jumps back). */
export function whileBackEdge(f: Frame, line: number, toTop: boolean): boolean {
  if (toTop) {
    traceJump(f, line);
    return false;
  }
  traceLine(f, line);
  return true;
}

/** An expression in a statement whose header spans lines: mark its instruction's line. */
/**
 * A call's positional arguments: their evaluators, and for each the fast-local slot it
 * reads in place (LOAD_FAST without a closure call), or -1.
 */
class ArgList {
  readonly n: number;
  constructor(
    readonly evs: Ev[],
    readonly slots: number[],
    readonly names: string[],
    /** Where each Name argument is (an unbound local's traceback underlines it). */
    readonly positions: (TbPosition | null)[],
  ) {
    this.n = evs.length;
  }

  /**
   * Evaluate the arguments left to right into out[offset...] (new references). If one
   * raises, everything already in out[0 .. offset + i) and `callee` are released first.
   */
  evalInto(f: Frame, out: HeapObject[], offset: number, callee: HeapObject): void {
    const { evs, slots } = this;
    for (let i = 0; i < evs.length; i++) {
      try {
        const slot = slots[i]!;
        if (slot >= 0) {
          const v = f.locals[slot];
          if (v == null) unboundLocalAt(f, this.names[i]!, this.positions[i]!);
          v.refcnt++;
          out[offset + i] = v;
        } else out[offset + i] = evs[i]!(f);
      } catch (err) {
        dropValues(out, offset + i);
        decref(callee);
        throw err;
      }
    }
  }
}

/**
 * Run `fn` on fast locals holding its `argc` arguments; if evaluating them replaced the
 * function's __code__, call it the general way with those arguments. The caller's
 * reference to `fn` is consumed: it becomes the frame's (CALL moves it off the stack).
 */
export function enterOrCall(
  fn: HeapObject,
  fd: FunctionData,
  code: Code,
  locals: (HeapObject | null)[],
  argc: number,
): HeapObject {
  if (fd.code === code) return code.enter(fn, fd, locals);
  try {
    return call(fn, locals.slice(0, argc) as HeapObject[], null);
  } finally {
    decref(fn);
  }
}

/**
 * PRECALL: a bound method called as a plain callable (not through LOAD_METHOD) is split
 * into its function and self, self put first in `argv` and the method object released
 * before the call, as 3.11 does. Returns the callable to call, a new reference that
 * replaces `fn`'s.
 */
export function unpackMethod(fn: HeapObject, argv: HeapObject[]): HeapObject {
  if (fn.type !== methodContract) return fn;
  const func = fn.p0 as HeapObject;
  const self = fn.p1 as HeapObject;
  func.refcnt++;
  self.refcnt++;
  argv.unshift(self);
  decref(fn);
  return func;
}

/**
 * The second operand of an operation (a new reference): if evaluating it raises, the first
 * is released when the caller owns it, as CPython's unwinding pops it off the stack.
 */
function thenOperand(f: Frame, ev: Ev, first: HeapObject, ownFirst: boolean): HeapObject {
  try {
    return ev(f);
  } catch (err) {
    if (ownFirst) decref(first);
    throw err;
  }
}

/** A free variable read or deleted while its cell is empty (format_exc_unbound). */
function unboundFree(name: string): never {
  raise(
    T.NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  );
}

export function unboundLocal(name: string): never {
  raise(
    T.UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

/** a OP b as 1/0 for two ints (small or big) or two floats, else -1. */
export function quickCompare(a: HeapObject, b: HeapObject, op: CmpOp): number {
  const t = a.type;
  if (t !== b.type || (t !== C.int && t !== C.float)) return -1;
  const x = a.p0 as number | bigint;
  const y = b.p0 as number | bigint;
  // A small int and a big one (number and bigint) go the slow way.
  if (typeof x !== typeof y) return -1;
  switch (op) {
    case "==":
      return x === y ? 1 : 0;
    case "!=":
      return x !== y ? 1 : 0;
    case "<":
      return x < y ? 1 : 0;
    case "<=":
      return x <= y ? 1 : 0;
    case ">":
      return x > y ? 1 : 0;
    default:
      return x >= y ? 1 : 0;
  }
}

function lineMarked(e: A.expr, ev: Ev): Ev {
  const line = e.lineno;
  switch (e._type) {
    case "Call": // marks before its CALL (callExpr)
    case "Starred":
    case "NamedExpr":
    case "IfExp":
      return ev;
    case "Name":
    case "Constant":
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return (f) => {
        if (trace.on) traceLine(f, line);
        return ev(f);
      };
    default:
      return markedAfter(ev, line);
  }
}

/** After the operands, the operation's own instruction on `line`. */
function markedAfter(ev: Ev, line: number): Ev {
  return (f) => {
    const v = ev(f);
    if (trace.on) {
      try {
        traceLine(f, line);
      } catch (err) {
        decref(v);
        throw err;
      }
    }
    return v;
  };
}

/** A store whose instruction is on `line` (the target's). */
function markedStore(
  store: (f: Frame, v: HeapObject) => void,
  line: number,
): (f: Frame, v: HeapObject) => void {
  return (f, v) => {
    if (trace.on) {
      try {
        traceLine(f, line);
      } catch (err) {
        decref(v);
        throw err;
      }
    }
    store(f, v);
  };
}

/** The CALL of a call spanning lines; the arguments are released if the tracer raises. */
function markBeforeCall(f: Frame, line: number, argv: HeapObject[]): void {
  try {
    traceLine(f, line);
  } catch (err) {
    dropValues(argv, argv.length);
    throw err;
  }
}

/** A decorated def/class: the line of the next step; on a tracer error the function and
 *  the decorators not yet applied (decos[0..n)) are released. */
function markDecorated(f: Frame, line: number, obj: HeapObject, decos: HeapObject[], n: number) {
  try {
    traceLine(f, line);
  } catch (err) {
    decref(obj);
    for (let i = 0; i < n; i++) decref(decos[i]!);
    throw err;
  }
}

/** FOR_ITER under a tracer: the StopIteration it clears is an 'exception' event. */
export function stopSeen(exc: HeapObject): void {
  const f = frameStack.current;
  if (f !== null) exceptionEvent(f, exc);
}

/** A comprehension's jump back to its FOR_ITER. */
function loopBack(f: Frame, line: number): void {
  if (trace.on) traceJump(f, line);
  f.lineno = line;
}

/** `while True:` and other constant true tests compile to no test at all. */
function constantTrue(e: A.expr): boolean {
  if (e._type !== "Constant") return false;
  const v = e.value;
  return v !== null && v !== false && v !== 0 && v !== 0n && v !== "" && v !== 0.0;
}

/** A load of `__debug__`, which the AST optimizer makes a constant. */
function isDebugName(e: A.expr): boolean {
  return e._type === "Name" && e.id === "__debug__" && e.ctx._type === "Load";
}

function docstring(body: A.stmt[]): string | null {
  const first = body[0];
  if (
    first?._type === "Expr" &&
    first.value._type === "Constant" &&
    typeof first.value.value === "string"
  ) {
    return first.value.value;
  }
  return null;
}

/** UNPACK_SEQUENCE on a non-iterable: CPython's own message instead of iter()'s. */
/**
 * UNPACK_SEQUENCE the long way (unpack_iterable), `v` consumed: exactly targets.length
 * items are taken from an iterator, then one more to check there are no more (an endless
 * iterator is not read to its end). On a wrong count the items taken so far are released
 * the last first (the extra one before them), then the iterator, then `v`; on success `v`
 * goes before the stores, as the instruction pops it.
 */
function unpackInto(f: Frame, v: HeapObject, targets: ((f: Frame, v: HeapObject) => void)[]) {
  const n = targets.length;
  let it: HeapObject;
  try {
    it = getIter(v);
  } catch (e) {
    const err = unpackError(e, v);
    decref(v);
    throw err;
  }
  const items: HeapObject[] = [];
  let message: string | null = null;
  try {
    while (items.length < n) {
      const x = iterNext(it);
      if (x === null) break;
      items.push(x);
    }
    if (items.length < n)
      message = `not enough values to unpack (expected ${n}, got ${items.length})`;
    else {
      const extra = iterNext(it);
      if (extra !== null) {
        decref(extra);
        message = `too many values to unpack (expected ${n})`;
      }
    }
  } catch (e) {
    dropValues(items, items.length);
    decref(it);
    decref(v);
    throw e;
  }
  if (message !== null) {
    dropValues(items, items.length);
    decref(it);
    decref(v);
    raise(T.ValueError, message);
  }
  decref(it);
  decref(v);
  let i = 0;
  try {
    for (; i < n; i++) targets[i]!(f, items[i]!);
  } catch (err) {
    // (the items not stored yet are still on the stack, the next one on top)
    for (let j = i + 1; j < n; j++) decref(items[j]!);
    throw err;
  }
}

function unpackError(e: unknown, v: HeapObject): unknown {
  if (!(e instanceof PyRaise) || typeOf(e.exc) !== T.TypeError) return e;
  const msg = `'${typeName(v)}' object is not iterable`;
  const args = excState(e.exc)?.args?.p0 as HeapObject[] | undefined;
  if (args?.length !== 1 || args[0]!.p0 !== msg) return e;
  decref(e.exc);
  return new PyRaise(
    makeExc(T.TypeError, [newStr(`cannot unpack non-iterable ${typeName(v)} object`)]),
  );
}

/** `raise X`: a class is instantiated; anything else must be an exception instance. */
function instantiate(
  v: HeapObject,
  message = "exceptions must derive from BaseException",
): HeapObject {
  if (isSubtype(typeOf(v), T.type) && isSubtype(v, T.BaseException)) {
    try {
      return call(v, []);
    } finally {
      decref(v);
    }
  }
  if (!isInstanceOf(v, T.BaseException)) {
    decref(v);
    raise(T.TypeError, message);
  }
  return v;
}

function setCause(exc: HeapObject, cause: HeapObject | null): void {
  const st = excState(exc)!;
  const old = st.cause;
  st.cause = cause;
  st.suppressContext = true;
  xdecref(old);
}

function makeExc(type: HeapObject, args: HeapObject[]): HeapObject {
  return call(type, args);
}

/** PyErr_GivenExceptionMatches */
function exceptionMatches(exc: HeapObject, t: HeapObject): boolean {
  if (t.type === C.tuple) return (t.p0 as HeapObject[]).some((x) => exceptionMatches(exc, x));
  if (!isSubtype(typeOf(t), T.type) || !isSubtype(t, T.BaseException)) {
    raise(T.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return isInstanceOf(exc, t);
}

function asciiOf(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}

/** The `~~~^~~~` anchor of a binary operation: the operator's columns within the span. */
function binopAnchor(
  lines: string[],
  e: A.BinOp,
  _approx: [number, number],
): [number, number] | null {
  const line = lines[e.lineno - 1];
  if (line === undefined || e.lineno !== e.end_lineno) return null;
  const bytes = Buffer.from(line, "utf8");
  let i = e.left.end_col_offset;
  // Skip closing parentheses, whitespace and comments up to the operator.
  while (i < bytes.length) {
    const ch = String.fromCharCode(bytes[i]!);
    if (ch === ")" || ch === " " || ch === "\t" || ch === "\\") i++;
    else break;
  }
  let j = i + 1;
  const opText = {
    Add: "+",
    Sub: "-",
    Mult: "*",
    Div: "/",
    FloorDiv: "//",
    Mod: "%",
    Pow: "**",
    LShift: "<<",
    RShift: ">>",
    BitAnd: "&",
    BitOr: "|",
    BitXor: "^",
    MatMult: "@",
  }[e.op._type];
  j = i + opText.length;
  return [i - e.col_offset, j - e.col_offset];
}

export { chainContext, compareBool };

/** The size limits of CPython's folding (ast_opt.c): in bits, items and characters. */
const FOLD_MAX_INT_BITS = 128;
const FOLD_MAX_ITEMS = 256;
const FOLD_MAX_STR = 4096;
const FOLD_MAX_TOTAL_ITEMS = 1024;

function foldIntBits(o: HeapObject): number {
  const v = BigInt(o.p0 as number | bigint);
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

function isExactInt(o: HeapObject): boolean {
  return o.type === C.int || o.type === C.bool;
}

/** Items of a constant tuple, nested tuples counted too (bounded by `limit`). */
function foldItemCount(t: HeapObject, limit: number): number {
  let n = 0;
  for (const x of t.p0 as HeapObject[]) {
    n += 1;
    if (x.type === C.tuple) n += foldItemCount(x, limit - n);
    if (n > limit) return n;
  }
  return n;
}

/** Whether folding `a op b` stays within the optimizer's limits (safe_multiply & co). */
function foldableBinOp(a: HeapObject, b: HeapObject, op: A.operator["_type"]): boolean {
  const ints = isExactInt(a) && isExactInt(b);
  const zero = (o: HeapObject) => o.p0 === 0 || o.p0 === 0n || o.p0 === false;
  switch (op) {
    case "Mult": {
      if (ints) {
        if (zero(a) || zero(b)) return true;
        return foldIntBits(a) + foldIntBits(b) <= FOLD_MAX_INT_BITS;
      }
      const [n, seq] = isExactInt(a) ? [a, b] : isExactInt(b) ? [b, a] : [null, null];
      if (n === null || seq === null) return true;
      const count = BigInt(n.p0 as number | bigint);
      if (seq.type === C.tuple) {
        const size = (seq.p0 as HeapObject[]).length;
        if (size === 0) return true;
        if (count < 0n || count > BigInt(Math.floor(FOLD_MAX_ITEMS / size))) return false;
        return (
          count === 0n ||
          foldItemCount(seq, Math.floor(FOLD_MAX_TOTAL_ITEMS / Number(count))) <=
            Math.floor(FOLD_MAX_TOTAL_ITEMS / Number(count))
        );
      }
      if (seq.type === C.str || seq.type === C.bytes) {
        const size =
          seq.type === C.str ? [...(seq.p0 as string)].length : (seq.p0 as Uint8Array).length;
        if (size === 0) return true;
        return count >= 0n && count <= BigInt(Math.floor(FOLD_MAX_STR / size));
      }
      return true;
    }
    case "Pow": {
      if (!ints || zero(a)) return true;
      const w = BigInt(b.p0 as number | bigint);
      if (w <= 0n) return true;
      return BigInt(foldIntBits(a)) <= BigInt(FOLD_MAX_INT_BITS) / w;
    }
    case "LShift": {
      if (!ints || zero(a) || zero(b)) return true;
      const w = BigInt(b.p0 as number | bigint);
      if (w < 0n) return true; // raises: not folded either way
      return (
        w <= BigInt(FOLD_MAX_INT_BITS) && BigInt(foldIntBits(a)) <= BigInt(FOLD_MAX_INT_BITS) - w
      );
    }
    case "Mod":
      // "%" formatting is never folded.
      return a.type.layout !== C.str && a.type.layout !== C.bytes;
    default:
      return true;
  }
}

/** The parser constant a folded result equals (undefined: it is no such constant). */
function constantValue(r: HeapObject): A.PyConstant | undefined {
  const t = r.type;
  if (r === S.None) return null;
  if (r === S.True) return true;
  if (r === S.False) return false;
  if (t === C.int) return BigInt(r.p0 as number | bigint);
  if (t === C.float) return r.p0 as number;
  if (t === C.str) {
    const s = r.p0 as string;
    return /[\ud800-\udfff]/.test(s) ? undefined : s;
  }
  if (t === C.bytes) return new PyBytes((r.p0 as Uint8Array).slice());
  if (t === complexContract) return new PyComplex(r.p0 as number, r.p1 as number);
  return undefined;
}
