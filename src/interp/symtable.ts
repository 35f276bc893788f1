/**
 * Scope analysis (CPython Python/symtable.c): decides, for every name in every scope,
 * whether it is a fast local, a cell, a free variable, a global, or looked up by name.
 *
 * Two passes, as CPython: the first walks the tree building one Scope per module, class,
 * function, lambda and comprehension (3.11 comprehensions are functions of their own),
 * recording bindings, uses and declarations in source order; the second resolves free
 * variables against enclosing function scopes (class scopes are skipped, as in Python).
 * A function's slot order — parameters first, then names in order of first appearance —
 * is CPython's co_varnames order, which decides the order locals are released on return.
 */
import type * as A from "../parser/ast.js";
import { boundName } from "./mangle.js";

export type ScopeKind = "module" | "class" | "function";
export type NameKind = "fast" | "cell" | "free" | "global" | "name" | "classderef";

export class Scope {
  readonly children = new Map<object, Scope>();
  /** Every name seen, in order of first appearance. */
  readonly names: string[] = [];
  readonly bound = new Set<string>();
  readonly used = new Set<string>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly params: string[] = [];
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  private kinds = new Map<string, NameKind>();
  /** Uses `super` (needs the implicit __class__ cell). */
  usesSuper = false;
  /** Class scopes: a method needs the __class__ cell. */
  needsClassCell = false;

  constructor(
    public readonly kind: ScopeKind,
    public readonly name: string,
    public readonly parent: Scope | null,
  ) {}

  note(name: string): void {
    if (!this.used.has(name) && !this.bound.has(name)) this.names.push(name);
  }

  bind(name: string): void {
    this.note(name);
    this.bound.add(name);
  }

  use(name: string): void {
    this.note(name);
    this.used.add(name);
    if (name === "super") this.usesSuper = true;
  }

  kindOf(name: string): NameKind {
    const k = this.kinds.get(name);
    if (k !== undefined) return k;
    if (this.kind === "function") return "global";
    return "name";
  }

  setKind(name: string, kind: NameKind): void {
    this.kinds.set(name, kind);
  }

  /** The fast-locals slot of a name (function scopes). */
  slot(name: string): number {
    return this.varnames.indexOf(name);
  }

  /** The index of a cell or free variable in the frame's cell array (cells, then frees). */
  cellIndex(name: string): number {
    const i = this.cellvars.indexOf(name);
    return i >= 0 ? i : this.cellvars.length + this.freevars.indexOf(name);
  }
}

export function buildSymtable(module: A.Module): Scope {
  const top = new Scope("module", "<module>", null);
  const b = new Builder();
  b.body(top, module.body);
  analyze(top);
  return top;
}

class Builder {
  body(s: Scope, stmts: A.stmt[]): void {
    for (const st of stmts) this.stmt(s, st);
  }

  stmt(s: Scope, st: A.stmt): void {
    switch (st._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        for (const d of st.decorator_list) this.expr(s, d);
        this.argDefaults(s, st.args);
        if (st.returns) this.expr(s, st.returns);
        s.bind(boundName(st));
        const f = new Scope("function", st.name, s);
        s.children.set(st, f);
        this.params(f, st.args);
        this.body(f, st.body);
        return;
      }
      case "ClassDef": {
        for (const d of st.decorator_list) this.expr(s, d);
        for (const e of st.bases) this.expr(s, e);
        for (const k of st.keywords) this.expr(s, k.value);
        s.bind(boundName(st));
        const c = new Scope("class", st.name, s);
        s.children.set(st, c);
        this.body(c, st.body);
        return;
      }
      case "Return":
        if (st.value) this.expr(s, st.value);
        return;
      case "Delete":
        for (const t of st.targets) this.expr(s, t);
        return;
      case "Assign":
        this.expr(s, st.value);
        for (const t of st.targets) this.expr(s, t);
        return;
      case "AugAssign":
        this.expr(s, st.value);
        this.expr(s, st.target);
        if (st.target._type === "Name") s.use(st.target.id);
        return;
      case "AnnAssign":
        if (st.value) this.expr(s, st.value);
        if (st.target._type !== "Name" || s.kind !== "function") this.expr(s, st.annotation);
        this.expr(s, st.target);
        return;
      case "For":
      case "AsyncFor":
        this.expr(s, st.iter);
        this.expr(s, st.target);
        this.body(s, st.body);
        this.body(s, st.orelse);
        return;
      case "While":
        this.expr(s, st.test);
        this.body(s, st.body);
        this.body(s, st.orelse);
        return;
      case "If":
        this.expr(s, st.test);
        this.body(s, st.body);
        this.body(s, st.orelse);
        return;
      case "With":
      case "AsyncWith":
        for (const item of st.items) {
          this.expr(s, item.context_expr);
          if (item.optional_vars) this.expr(s, item.optional_vars);
        }
        this.body(s, st.body);
        return;
      case "Match":
        this.expr(s, st.subject);
        for (const c of st.cases) {
          this.pattern(s, c.pattern);
          if (c.guard) this.expr(s, c.guard);
          this.body(s, c.body);
        }
        return;
      case "Raise":
        if (st.exc) this.expr(s, st.exc);
        if (st.cause) this.expr(s, st.cause);
        return;
      case "Try":
      case "TryStar":
        this.body(s, st.body);
        for (const h of st.handlers) {
          if (h.type) this.expr(s, h.type);
          if (h.name) s.bind(h.name);
          this.body(s, h.body);
        }
        this.body(s, st.orelse);
        this.body(s, st.finalbody);
        return;
      case "Assert":
        this.expr(s, st.test);
        if (st.msg) this.expr(s, st.msg);
        return;
      case "Import":
        for (const a of st.names) s.bind(a.asname ?? a.name.split(".")[0]!);
        return;
      case "ImportFrom":
        for (const a of st.names) if (a.name !== "*") s.bind(a.asname ?? a.name);
        return;
      case "Global":
        for (const n of st.names) {
          s.globals.add(n);
          s.note(n);
        }
        return;
      case "Nonlocal":
        for (const n of st.names) {
          s.nonlocals.add(n);
          s.note(n);
        }
        return;
      case "Expr":
        this.expr(s, st.value);
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
      default: {
        const never: never = st;
        void never;
      }
    }
  }

  argDefaults(s: Scope, a: A.arguments_): void {
    for (const d of a.defaults) this.expr(s, d);
    for (const d of a.kw_defaults) if (d) this.expr(s, d);
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (p?.annotation) this.expr(s, p.annotation);
    }
  }

  params(f: Scope, a: A.arguments_): void {
    const names = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((p) => p.arg);
    if (a.vararg) names.push(a.vararg.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    for (const n of names) {
      f.params.push(n);
      f.bind(n);
    }
  }

  pattern(s: Scope, p: A.pattern): void {
    switch (p._type) {
      case "MatchAs":
        if (p.pattern) this.pattern(s, p.pattern);
        if (p.name) s.bind(p.name);
        return;
      case "MatchStar":
        if (p.name) s.bind(p.name);
        return;
      case "MatchOr":
        for (const q of p.patterns) this.pattern(s, q);
        return;
      case "MatchSequence":
        for (const q of p.patterns) this.pattern(s, q);
        return;
      case "MatchMapping":
        for (const k of p.keys) this.expr(s, k);
        for (const q of p.patterns) this.pattern(s, q);
        if (p.rest) s.bind(p.rest);
        return;
      case "MatchClass":
        this.expr(s, p.cls);
        for (const q of [...p.patterns, ...p.kwd_patterns]) this.pattern(s, q);
        return;
      case "MatchValue":
        this.expr(s, p.value);
        return;
      case "MatchSingleton":
        return;
    }
  }

  comprehension(
    s: Scope,
    node: object,
    gens: A.comprehension[],
    elts: A.expr[],
    name: string,
  ): void {
    this.expr(s, gens[0]!.iter);
    const c = new Scope("function", name, s);
    s.children.set(node, c);
    c.params.push(".0");
    c.bind(".0");
    gens.forEach((g, i) => {
      if (i > 0) this.expr(c, g.iter);
      this.expr(c, g.target);
      for (const cond of g.ifs) this.expr(c, cond);
    });
    for (const e of elts) this.expr(c, e);
  }

  expr(s: Scope, e: A.expr): void {
    switch (e._type) {
      case "Name":
        if (e.ctx._type === "Load") s.use(e.id);
        else s.bind(e.id);
        return;
      case "NamedExpr": {
        this.expr(s, e.value);
        // The target binds in the nearest enclosing scope that is not a comprehension.
        const name = (e.target as A.Name).id;
        let owner = s;
        while (owner.kind === "function" && owner.params[0] === ".0" && owner.parent !== null)
          owner = owner.parent;
        // In a module the comprehensions see it as an (implicit) global, else as nonlocal.
        for (let t = s; t !== owner; t = t.parent!) {
          if (owner.kind === "module") t.globals.add(name);
          else t.nonlocals.add(name);
          t.note(name);
        }
        owner.bind(name);
        return;
      }
      case "Lambda": {
        this.argDefaults(s, e.args);
        const f = new Scope("function", "<lambda>", s);
        s.children.set(e, f);
        this.params(f, e.args);
        this.expr(f, e.body);
        return;
      }
      case "ListComp":
        this.comprehension(s, e, e.generators, [e.elt], "<listcomp>");
        return;
      case "SetComp":
        this.comprehension(s, e, e.generators, [e.elt], "<setcomp>");
        return;
      case "GeneratorExp":
        this.comprehension(s, e, e.generators, [e.elt], "<genexpr>");
        return;
      case "DictComp":
        this.comprehension(s, e, e.generators, [e.key, e.value], "<dictcomp>");
        return;
      default:
        for (const child of childExprs(e)) this.expr(s, child);
    }
  }
}

/** The direct sub-expressions of an expression node (not nested scopes' insides). */
export function childExprs(e: A.expr): A.expr[] {
  switch (e._type) {
    case "BoolOp":
      return e.values;
    case "BinOp":
      return [e.left, e.right];
    case "UnaryOp":
      return [e.operand];
    case "IfExp":
      return [e.test, e.body, e.orelse];
    case "Dict":
      return [...e.keys.filter((k): k is A.expr => k !== null), ...e.values];
    case "Set":
      return e.elts;
    case "Await":
      return [e.value];
    case "Yield":
      return e.value ? [e.value] : [];
    case "YieldFrom":
      return [e.value];
    case "Compare":
      return [e.left, ...e.comparators];
    case "Call":
      return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case "FormattedValue":
      return e.format_spec ? [e.value, e.format_spec] : [e.value];
    case "JoinedStr":
      return e.values;
    case "Constant":
      return [];
    case "Attribute":
      return [e.value];
    case "Subscript":
      return [e.value, e.slice];
    case "Starred":
      return [e.value];
    case "List":
    case "Tuple":
      return e.elts;
    case "Slice":
      return [e.lower, e.upper, e.step].filter((x): x is A.expr => x !== null);
    case "Name":
    case "NamedExpr":
    case "Lambda":
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return [];
    default: {
      const never: never = e;
      return never;
    }
  }
}

/** The second pass: resolve every name of every scope (symtable.c: analyze_block). */
function analyze(top: Scope): void {
  const all: Scope[] = [];
  (function collect(s: Scope) {
    all.push(s);
    for (const c of s.children.values()) collect(c);
  })(top);
  // Implicit __class__ for methods that call super().
  for (const s of all) {
    if (s.kind === "function" && s.usesSuper) {
      let p = s.parent;
      while (p !== null && p.kind === "function") p = p.parent;
      if (p !== null && p.kind === "class") {
        s.use("__class__");
        p.needsClassCell = true;
      }
    }
  }
  for (const s of all) {
    for (const name of s.names) {
      if (s.globals.has(name)) s.setKind(name, "global");
      else if (s.nonlocals.has(name)) s.setKind(name, "free");
      else if (s.bound.has(name)) s.setKind(name, s.kind === "function" ? "fast" : "name");
    }
  }
  // Free variables: a use with no binding here resolves to the nearest enclosing function
  // scope that binds it (class scopes are transparent), which then holds it in a cell.
  for (const s of all) {
    for (const name of s.names) {
      const declaredFree = s.nonlocals.has(name);
      if (!declaredFree && (s.bound.has(name) || s.globals.has(name))) continue;
      if (name === "__class__" && s.kind === "function" && s.used.has(name)) {
        const owner = enclosingClass(s);
        if (owner !== null) {
          markFree(s, owner, name);
          continue;
        }
      }
      let p = s.parent;
      while (p !== null) {
        if (
          p.kind === "function" &&
          (p.bound.has(name) || p.nonlocals.has(name)) &&
          !p.globals.has(name)
        )
          break;
        if (p.kind === "module") {
          p = null;
          break;
        }
        p = p.parent;
      }
      if (p === null) {
        if (declaredFree) s.setKind(name, "free");
        continue;
      }
      markFree(s, p, name);
    }
  }
  for (const s of all) {
    if (s.kind === "class" && s.needsClassCell && !s.cellvars.includes("__class__"))
      s.cellvars.push("__class__");
    if (s.kind === "function") {
      const locals = s.names.filter((n) => {
        const k = s.kindOf(n);
        return (k === "fast" || k === "cell") && s.bound.has(n);
      });
      const params = s.params;
      s.varnames = [...params, ...locals.filter((n) => !params.includes(n))];
    }
  }
}

function enclosingClass(s: Scope): Scope | null {
  let p = s.parent;
  while (p !== null && p.kind === "function") p = p.parent;
  return p !== null && p.kind === "class" ? p : null;
}

/** `name`, used in `user`, lives in `owner`: cell there, free in between and in user. */
function markFree(user: Scope, owner: Scope, name: string): void {
  if (owner.kind === "function") {
    owner.setKind(name, "cell");
    if (!owner.cellvars.includes(name)) owner.cellvars.push(name);
  } else if (!owner.cellvars.includes(name)) owner.cellvars.push(name);
  for (let s: Scope | null = user; s !== null && s !== owner; s = s.parent) {
    if (!s.freevars.includes(name)) s.freevars.push(name);
    if (s.kind === "class") {
      if (!s.bound.has(name)) s.setKind(name, "classderef");
    } else s.setKind(name, "free");
  }
}
