/**
 * The SyntaxErrors CPython finds after the parser, in its order: first the symbol table's
 * (symtable.c: `global`/`nonlocal` declared after the name's use, for a parameter, or
 * with nothing to bind to; `yield` in a comprehension), for the whole module; then the
 * compiler's (compile.c: `return`, `yield` and `await` outside a function, `break` and
 * `continue` outside a loop, the `async` forms outside an async function), the first in
 * source order. Each error points at its statement or expression, and its `text` is the
 * line of the file named `filename` when there is one (PyErr_ProgramTextObject) — None for
 * compile() of a string under a name that is not a file.
 */
import { readFileSync } from "node:fs";
import type * as A from "../parser/ast.js";
import { PySyntaxError } from "../parser/errors.js";
import { childExprs } from "./symtable.js";

interface Located {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

const PARAM = 1;
const LOCAL = 2;
const USE = 4;
const ANNOT = 8;
const GLOBAL = 16;
const NONLOCAL = 32;
/** Bound by an import: a binding, but not one a later global/nonlocal declaration rejects. */
const IMPORT = 64;
/** A comprehension's iteration variable (DEF_COMP_ITER). */
const COMP_ITER = 128;

type Kind =
  | "module"
  | "class"
  | "function"
  | "listcomp"
  | "setcomp"
  | "dictcomp"
  | "genexpr"
  | "annotation";

const COMPREHENSION_NAMES: Partial<Record<Kind, string>> = {
  listcomp: "list comprehension",
  setcomp: "set comprehension",
  dictcomp: "dict comprehension",
  genexpr: "generator expression",
};

class Block {
  /** Each name's flags, in the order the names were first seen (symtable's dict). */
  readonly flags = new Map<string, number>();
  /** The first global or nonlocal statement of each name (error_at_directive). */
  readonly directives = new Map<string, A.stmt>();
  readonly children: Block[] = [];
  /** Inside a comprehension's iterable expression (ste_comp_iter_expr). */
  iterDepth = 0;
  constructor(
    readonly kind: Kind,
    readonly parent: Block | null,
  ) {
    parent?.children.push(this);
  }

  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }
}

export interface CheckOptions {
  /** eval()'s expression, made the module's `return` statement. */
  evalResult?: A.stmt | null;
  /** Annotations are kept as text (`from __future__ import annotations`): not compiled. */
  futureAnnotations?: boolean;
  /** compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT: the module body may await. */
  topLevelAwait?: boolean;
}

/**
 * Raise the first compile-time SyntaxError of `tree` (its private names already mangled,
 * as the symbol table sees them), if it has one.
 */
export function checkCompileErrors(
  tree: A.Module,
  filename: string,
  options: CheckOptions = {},
): void {
  const fail = (msg: string, at: Located): never => {
    throw new PySyntaxError(
      "SyntaxError",
      msg,
      filename,
      at.lineno,
      at.col_offset + 1,
      programText(filename, at.lineno),
      at.end_lineno ?? at.lineno,
      (at.end_col_offset ?? at.col_offset) + 1,
    );
  };
  const top = new Block("module", null);
  new SymbolPass(fail, options.futureAnnotations === true).body(top, tree.body);
  analyze(top, null, fail);
  new CompilerPass(fail, options).body(tree.body, {
    fn: null,
    loop: false,
    asyncGenerator: false,
    awaitAllowed: options.topLevelAwait === true,
  });
}

/** PyErr_ProgramTextObject: line `lineno` of the file, or null. */
function programText(filename: string, lineno: number): string | null {
  if (filename.startsWith("<")) return null;
  try {
    const line = readFileSync(filename, "utf8").split("\n")[lineno - 1];
    return line === undefined ? null : `${line.replace(/\r$/, "")}\n`;
  } catch {
    return null;
  }
}

type Fail = (msg: string, at: Located) => never;

/** symtable.c's walk: what each block does with each name, in visiting order. */
class SymbolPass {
  constructor(
    private readonly fail: Fail,
    /** Annotations kept as text: each is visited in an annotation block of its own. */
    private readonly futureAnnotations: boolean,
  ) {}

  /** symtable_visit_annotation. */
  private annotation(b: Block, e: A.expr): void {
    this.expr(this.futureAnnotations ? new Block("annotation", null) : b, e);
  }

  body(b: Block, stmts: A.stmt[]): void {
    for (const s of stmts) this.stmt(b, s);
  }

  private stmt(b: Block, s: A.stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        b.add(s.name, LOCAL);
        this.args(b, s.args);
        this.exprs(b, s.decorator_list);
        if (s.returns) this.annotation(b, s.returns);
        const f = new Block("function", b);
        this.params(f, s.args);
        this.body(f, s.body);
        return;
      }
      case "ClassDef": {
        b.add(s.name, LOCAL);
        this.exprs(b, s.bases);
        this.exprs(
          b,
          s.keywords.map((k) => k.value),
        );
        this.exprs(b, s.decorator_list);
        this.body(new Block("class", b), s.body);
        return;
      }
      case "Global":
      case "Nonlocal":
        this.directive(b, s);
        return;
      case "AnnAssign": {
        const t = s.target;
        if (t._type === "Name") {
          const cur = b.flags.get(t.id) ?? 0;
          if (cur & (GLOBAL | NONLOCAL) && b.kind !== "module" && s.simple) {
            const which = cur & GLOBAL ? "global" : "nonlocal";
            this.fail(`annotated name '${t.id}' can't be ${which}`, s);
          }
          if (s.simple) b.add(t.id, ANNOT | LOCAL);
          else if (s.value) b.add(t.id, LOCAL);
        } else this.expr(b, t);
        this.annotation(b, s.annotation);
        if (s.value) this.expr(b, s.value);
        return;
      }
      case "Import":
      case "ImportFrom":
        for (const a of s.names) {
          if (a.name !== "*") b.add(a.asname ?? a.name.split(".")[0]!, IMPORT);
          else if (b.kind !== "module") this.fail("import * only allowed at module level", a);
        }
        return;
      case "Try":
      case "TryStar":
        this.body(b, s.body);
        this.body(b, s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(b, h.type);
          if (h.name !== null) b.add(h.name, LOCAL);
          this.body(b, h.body);
        }
        this.body(b, s.finalbody);
        return;
      case "Assign":
        // (the targets before the value, as symtable_visit_stmt visits them)
        this.exprs(b, s.targets);
        this.expr(b, s.value);
        return;
      case "Match":
        this.expr(b, s.subject);
        for (const c of s.cases) {
          this.pattern(b, c.pattern);
          if (c.guard) this.expr(b, c.guard);
          this.body(b, c.body);
        }
        return;
      default:
        for (const part of stmtParts(s)) {
          if (Array.isArray(part)) this.body(b, part);
          else this.expr(b, part);
        }
    }
  }

  /** symtable_visit_stmt's Global/Nonlocal: a name already used or bound here is an error. */
  private directive(b: Block, s: A.Global | A.Nonlocal): void {
    const which = s._type === "Global" ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = b.flags.get(name) ?? 0;
      if (cur & (PARAM | LOCAL | USE | ANNOT)) {
        if (cur & PARAM) this.fail(`name '${name}' is parameter and ${which}`, s);
        if (cur & USE) this.fail(`name '${name}' is used prior to ${which} declaration`, s);
        if (cur & ANNOT) this.fail(`annotated name '${name}' can't be ${which}`, s);
        this.fail(`name '${name}' is assigned to before ${which} declaration`, s);
      }
      b.add(name, s._type === "Global" ? GLOBAL : NONLOCAL);
      if (!b.directives.has(name)) b.directives.set(name, s);
    }
  }

  private args(b: Block, a: A.arguments_): void {
    this.exprs(b, a.defaults);
    for (const d of a.kw_defaults) if (d) this.expr(b, d);
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) if (p.annotation) this.annotation(b, p.annotation);
  }

  private params(f: Block, a: A.arguments_): void {
    const all = [...a.posonlyargs, ...a.args];
    if (a.vararg) all.push(a.vararg);
    all.push(...a.kwonlyargs);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) f.add(p.arg, PARAM);
  }

  private exprs(b: Block, es: A.expr[]): void {
    for (const e of es) this.expr(b, e);
  }

  private expr(b: Block, e: A.expr): void {
    switch (e._type) {
      case "Name":
        b.add(e.id, e.ctx._type === "Load" ? USE : LOCAL);
        // (super() in a function uses the __class__ cell)
        if (e.id === "super" && e.ctx._type === "Load" && b.kind === "function") {
          b.add("__class__", USE);
        }
        return;
      case "NamedExpr": {
        this.annotationCheck(b, e, "named expression");
        if (b.iterDepth > 0) {
          this.fail(
            "assignment expression cannot be used in a comprehension iterable expression",
            e,
          );
        }
        // symtable_extend_namedexpr_scope: the name belongs to the nearest enclosing
        // function (or the module), not to the comprehensions around it.
        const name = (e.target as A.Name).id;
        let target = b;
        while (COMPREHENSION_NAMES[target.kind] !== undefined) {
          if ((target.flags.get(name) ?? 0) & COMP_ITER) {
            this.fail(
              `assignment expression cannot rebind comprehension iteration variable '${name}'`,
              e.target,
            );
          }
          target = target.parent!;
        }
        if (target !== b && target.kind === "class") {
          this.fail(
            "assignment expression within a comprehension cannot be used in a class body",
            e.target,
          );
        }
        this.expr(b, e.value);
        // (from a comprehension at module level the name is the module's global)
        target.add(name, target !== b && target.kind === "module" ? GLOBAL : LOCAL);
        return;
      }
      case "Await":
        this.annotationCheck(b, e, "await expression");
        break;
      case "Lambda": {
        this.args(b, e.args);
        const f = new Block("function", b);
        this.params(f, e.args);
        this.expr(f, e.body);
        return;
      }
      case "ListComp":
        this.comprehension(b, "listcomp", e.generators, [e.elt]);
        return;
      case "SetComp":
        this.comprehension(b, "setcomp", e.generators, [e.elt]);
        return;
      case "GeneratorExp":
        this.comprehension(b, "genexpr", e.generators, [e.elt]);
        return;
      case "DictComp":
        this.comprehension(b, "dictcomp", e.generators, [e.value, e.key]);
        return;
      case "Yield":
      case "YieldFrom": {
        this.annotationCheck(b, e, "yield expression");
        // (its value first: an inner yield is the one reported)
        for (const child of childExprs(e)) this.expr(b, child);
        const name = COMPREHENSION_NAMES[b.kind];
        if (name !== undefined) this.fail(`'yield' inside ${name}`, e);
        return;
      }
    }
    for (const child of childExprs(e)) this.expr(b, child);
  }

  /** symtable_raise_if_annotation_block. */
  private annotationCheck(b: Block, e: A.expr, what: string): void {
    if (b.kind === "annotation") this.fail(`'${what}' can not be used within an annotation`, e);
  }

  /** A comprehension's target: its names are iteration variables (DEF_COMP_ITER). */
  private compTarget(c: Block, t: A.expr): void {
    if (t._type === "Name") c.add(t.id, LOCAL | COMP_ITER);
    else if (t._type === "Tuple" || t._type === "List")
      for (const x of t.elts) this.compTarget(c, x);
    else if (t._type === "Starred") this.compTarget(c, t.value);
    else this.expr(c, t);
  }

  /** symtable_handle_comprehension: the first iterable belongs to the enclosing block. */
  private comprehension(b: Block, kind: Kind, gens: A.comprehension[], values: A.expr[]): void {
    const [first, ...rest] = gens;
    b.iterDepth++;
    this.expr(b, first!.iter);
    b.iterDepth--;
    const c = new Block(kind, b);
    this.compTarget(c, first!.target);
    this.exprs(c, first!.ifs);
    for (const g of rest) {
      this.compTarget(c, g.target);
      c.iterDepth++;
      this.expr(c, g.iter);
      c.iterDepth--;
      this.exprs(c, g.ifs);
    }
    this.exprs(c, values);
  }

  private pattern(b: Block, p: A.pattern): void {
    switch (p._type) {
      case "MatchAs":
        if (p.pattern) this.pattern(b, p.pattern);
        if (p.name !== null) b.add(p.name, LOCAL);
        return;
      case "MatchStar":
        if (p.name !== null) b.add(p.name, LOCAL);
        return;
      case "MatchMapping":
        this.exprs(b, p.keys);
        for (const q of p.patterns) this.pattern(b, q);
        if (p.rest !== null) b.add(p.rest, LOCAL);
        return;
      case "MatchClass":
        this.expr(b, p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(b, q);
        return;
      case "MatchSequence":
      case "MatchOr":
        for (const q of p.patterns) this.pattern(b, q);
        return;
      case "MatchValue":
        this.expr(b, p.value);
        return;
      case "MatchSingleton":
        return;
    }
  }
}

/**
 * analyze_block / analyze_name: a nonlocal name needs a binding in an enclosing function
 * (`bound`: the names bound there, less those it declares global); null at module level.
 */
function analyze(b: Block, bound: Set<string> | null, fail: Fail): void {
  // A class passes on what its enclosing functions bind, whatever it declares itself,
  // and binds __class__ for the functions in it (the cell super() uses).
  const fromClass = b.kind === "class" ? new Set([...(bound ?? []), "__class__"]) : null;
  const local = new Set<string>();
  for (const [name, flags] of b.flags) {
    if (flags & GLOBAL) {
      if (flags & NONLOCAL) fail(`name '${name}' is nonlocal and global`, b.directives.get(name)!);
      bound?.delete(name);
    } else if (flags & NONLOCAL) {
      const at = b.directives.get(name)!;
      if (bound === null) fail("nonlocal declaration not allowed at module level", at);
      if (!bound.has(name)) fail(`no binding for nonlocal '${name}' found`, at);
    } else if (flags & (LOCAL | PARAM | IMPORT)) local.add(name);
  }
  const passed = fromClass ?? new Set(bound ?? []);
  if (b.kind !== "class" && b.kind !== "module") for (const n of local) passed.add(n);
  for (const child of b.children) analyze(child, new Set(passed), fail);
}

interface Context {
  /** The enclosing function: null at module or class level. */
  fn: null | "sync" | "async";
  /** Inside a loop's body (not its else clause) of this function or class body. */
  loop: boolean;
  /** An async function with a yield in it: its return statements take no value. */
  asyncGenerator: boolean;
  /** await allowed here (an async function, or a module compiled for top-level await). */
  awaitAllowed: boolean;
}

/** An expression's parts evaluated where it is: a walrus's value, else childExprs. */
function partsOf(e: A.expr): A.expr[] {
  return e._type === "NamedExpr" ? [e.value] : childExprs(e);
}

/**
 * A yield this statement evaluates in its own function: not in nested function bodies,
 * lambdas or classes, but in their decorators, defaults and bases, and in the first
 * iterable of a comprehension.
 */
function hasYield(s: A.stmt): boolean {
  const inExpr = (e: A.expr): boolean => {
    if (e._type === "Yield" || e._type === "YieldFrom") return true;
    if (e._type === "Lambda")
      return [...e.args.defaults, ...e.args.kw_defaults].some((d) => d !== null && inExpr(d));
    if (isComprehension(e)) return inExpr(e.generators[0]!.iter);
    return partsOf(e).some(inExpr);
  };
  if (s._type === "FunctionDef" || s._type === "AsyncFunctionDef") {
    const a = s.args;
    return [...s.decorator_list, ...a.defaults, ...a.kw_defaults.filter((d) => d !== null)].some(
      inExpr,
    );
  }
  if (s._type === "ClassDef") {
    return [...s.decorator_list, ...s.bases, ...s.keywords.map((k) => k.value)].some(inExpr);
  }
  return stmtParts(s).some((p) => (Array.isArray(p) ? p.some(hasYield) : inExpr(p)));
}

function isComprehension(e: A.expr): e is A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp {
  return (
    e._type === "ListComp" ||
    e._type === "SetComp" ||
    e._type === "DictComp" ||
    e._type === "GeneratorExp"
  );
}

/** compile.c's checks, in the order it compiles. */
class CompilerPass {
  constructor(
    private readonly fail: Fail,
    private readonly options: CheckOptions,
  ) {}

  body(stmts: A.stmt[], cx: Context): void {
    for (const s of stmts) this.stmt(s, cx);
  }

  private stmt(s: A.stmt, cx: Context): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.exprs(s.decorator_list, cx);
        this.argExprs(s.args, cx);
        if (s.returns && this.options.futureAnnotations !== true) this.expr(s.returns, cx);
        const isAsync = s._type === "AsyncFunctionDef";
        this.body(s.body, {
          fn: isAsync ? "async" : "sync",
          loop: false,
          asyncGenerator: isAsync && s.body.some(hasYield),
          awaitAllowed: isAsync,
        });
        return;
      }
      case "ClassDef":
        // compiler_class: the decorators, the body (a code object of its own), the bases.
        this.exprs(s.decorator_list, cx);
        this.body(s.body, { fn: null, loop: false, asyncGenerator: false, awaitAllowed: false });
        this.exprs(s.bases, cx);
        this.exprs(
          s.keywords.map((k) => k.value),
          cx,
        );
        return;
      case "Return":
        if (cx.fn === null && s !== this.options.evalResult) {
          this.fail("'return' outside function", s);
        }
        if (cx.asyncGenerator && s.value) this.fail("'return' with value in async generator", s);
        if (s.value) this.expr(s.value, cx);
        return;
      case "Break":
        if (!cx.loop) this.fail("'break' outside loop", s);
        return;
      case "Continue":
        if (!cx.loop) this.fail("'continue' not properly in loop", s);
        return;
      case "For":
      case "AsyncFor":
      case "While": {
        if (s._type === "AsyncFor" && !cx.awaitAllowed) {
          this.fail("'async for' outside async function", s);
        }
        if (s._type === "While") this.expr(s.test, cx);
        else {
          this.expr(s.iter, cx);
          this.expr(s.target, cx);
        }
        this.body(s.body, { ...cx, loop: true });
        this.body(s.orelse, cx);
        return;
      }
      case "AnnAssign": {
        // compiler_annassign: the value, the target; the annotation last, and only where
        // it is evaluated (a module or class body, annotations not kept as text).
        if (s.value) this.expr(s.value, cx);
        if (s.target._type !== "Name") this.exprs(partsOf(s.target), cx);
        if (cx.fn === null && this.options.futureAnnotations !== true) {
          this.expr(s.annotation, cx);
        }
        return;
      }
      case "AsyncWith":
        if (!cx.awaitAllowed) this.fail("'async with' outside async function", s);
        break;
    }
    for (const part of stmtParts(s)) {
      if (Array.isArray(part)) this.body(part, cx);
      else this.expr(part, cx);
    }
  }

  private argExprs(a: A.arguments_, cx: Context): void {
    this.exprs(a.defaults, cx);
    for (const d of a.kw_defaults) if (d) this.expr(d, cx);
    if (this.options.futureAnnotations === true) return;
    const all = [...a.posonlyargs, ...a.args];
    if (a.vararg) all.push(a.vararg);
    all.push(...a.kwonlyargs);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) if (p.annotation) this.expr(p.annotation, cx);
  }

  private exprs(es: A.expr[], cx: Context): void {
    for (const e of es) this.expr(e, cx);
  }

  private expr(e: A.expr, cx: Context): void {
    switch (e._type) {
      case "Lambda":
        this.argExprs(e.args, cx);
        this.expr(e.body, { fn: "sync", loop: false, asyncGenerator: false, awaitAllowed: false });
        return;
      case "Yield":
      case "YieldFrom":
        if (cx.fn === null) this.fail("'yield' outside function", e);
        if (e._type === "YieldFrom" && cx.fn === "async") {
          this.fail("'yield from' inside async function", e);
        }
        break;
      case "Await":
        if (!cx.awaitAllowed) {
          this.fail(
            cx.fn === null ? "'await' outside function" : "'await' outside async function",
            e,
          );
        }
        break;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp": {
        const [first, ...rest] = e.generators;
        this.expr(first!.iter, cx);
        if (e._type !== "GeneratorExp" && !cx.awaitAllowed && isAsyncComprehension(e)) {
          this.fail("asynchronous comprehension outside of an asynchronous function", e);
        }
        // (an await makes a generator expression asynchronous, allowed in any function)
        const inner: Context = {
          fn: cx.fn,
          loop: false,
          asyncGenerator: false,
          awaitAllowed: e._type === "GeneratorExp" || cx.awaitAllowed,
        };
        this.expr(first!.target, inner);
        this.exprs(first!.ifs, inner);
        for (const g of rest) {
          this.expr(g.target, inner);
          this.expr(g.iter, inner);
          this.exprs(g.ifs, inner);
        }
        if (e._type === "DictComp") this.exprs([e.key, e.value], inner);
        else this.expr(e.elt, inner);
        return;
      }
    }
    for (const child of partsOf(e)) this.expr(child, cx);
  }
}

/**
 * A list, set or dict comprehension that is a coroutine (symtable's ste_coroutine): an
 * `async for`, or an await in its own parts or in a comprehension nested in them (not in
 * lambdas or generator expressions).
 */
function isAsyncComprehension(e: A.ListComp | A.SetComp | A.DictComp): boolean {
  const parts: A.expr[] = e._type === "DictComp" ? [e.key, e.value] : [e.elt];
  e.generators.forEach((g, i) => {
    if (i > 0) parts.push(g.iter);
    parts.push(...g.ifs);
  });
  const visit = (x: A.expr): boolean => {
    if (x._type === "Await") return true;
    if (x._type === "ListComp" || x._type === "SetComp" || x._type === "DictComp") {
      return visit(x.generators[0]!.iter) || isAsyncComprehension(x);
    }
    if (x._type === "GeneratorExp") return visit(x.generators[0]!.iter);
    return partsOf(x).some(visit);
  };
  return e.generators.some((g) => g.is_async) || parts.some(visit);
}

/**
 * A statement's expressions and blocks in evaluation order, for the statements neither
 * pass treats specially (a block is an array of statements).
 */
function stmtParts(s: A.stmt): (A.expr | A.stmt[])[] {
  switch (s._type) {
    case "Return":
      return s.value ? [s.value] : [];
    case "Delete":
      return s.targets;
    case "Assign":
      return [s.value, ...s.targets];
    case "AugAssign":
      return [s.target, s.value];
    case "AnnAssign":
      return [s.target, s.annotation, ...(s.value ? [s.value] : [])];
    case "For":
    case "AsyncFor":
      return [s.target, s.iter, s.body, s.orelse];
    case "While":
    case "If":
      return [s.test, s.body, s.orelse];
    case "With":
    case "AsyncWith":
      return [
        ...s.items.flatMap((w) =>
          w.optional_vars ? [w.context_expr, w.optional_vars] : [w.context_expr],
        ),
        s.body,
      ];
    case "Match":
      return [s.subject, ...s.cases.flatMap((c) => (c.guard ? [c.guard, c.body] : [c.body]))];
    case "Raise":
      return [s.exc, s.cause].filter((x): x is A.expr => x !== null);
    case "Try":
    case "TryStar":
      // (compiler_try_except: the else block before the handlers)
      return [
        s.body,
        s.orelse,
        ...s.handlers.flatMap((h) => (h.type ? [h.type, h.body] : [h.body])),
        s.finalbody,
      ];
    case "Assert":
      return s.msg ? [s.test, s.msg] : [s.test];
    case "Expr":
      return [s.value];
    default:
      return [];
  }
}
