/**
 * Private name mangling (CPython Python/compile.c and symtable.c: _Py_Mangle). Inside a
 * class body, and inside everything nested in it down to the next class, an identifier
 * `__spam` (two leading underscores, not two trailing ones, no dot) becomes
 * `_Class__spam`, with the class name's leading underscores stripped; a class named only
 * by underscores mangles nothing.
 *
 * Done once on the tree before scope analysis, as CPython mangles every name the
 * compiler emits: variables, attribute names, parameters, import names, global and
 * nonlocal declarations, `except … as` and pattern captures. A def's or class's *binding*
 * is mangled but its `__name__` is not: that binding is kept beside the node
 * (boundName). Keyword argument names and match keyword attributes are constants and
 * stay as written.
 */
import type * as A from "../parser/ast.js";
import { manglePrivate } from "../runtime/typeobject.js";
import { childExprs } from "./symtable.js";

/** The mangled binding of a def or class statement whose name was mangled. */
const bindings = new WeakMap<object, string>();

/** The name a def or class statement binds (its name, mangled inside a class). */
export function boundName(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef): string {
  return bindings.get(s) ?? s.name;
}

/** Mangle the private names of a module's tree in place. */
export function manglePrivateNames(tree: A.Module): void {
  new Mangler().body(tree.body, null);
}

class Mangler {
  body(stmts: A.stmt[], p: string | null): void {
    for (const s of stmts) this.stmt(s, p);
  }

  stmt(s: A.stmt, p: string | null): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        for (const d of s.decorator_list) this.expr(d, p);
        if (s.returns) this.expr(s.returns, p);
        this.args(s.args, p);
        this.bind(s, p);
        this.body(s.body, p);
        return;
      case "ClassDef":
        for (const d of s.decorator_list) this.expr(d, p);
        for (const e of s.bases) this.expr(e, p);
        for (const k of s.keywords) this.expr(k.value, p);
        this.bind(s, p);
        this.body(s.body, s.name);
        return;
      case "Return":
      case "Expr":
        if (s.value) this.expr(s.value, p);
        return;
      case "Delete":
        for (const t of s.targets) this.expr(t, p);
        return;
      case "Assign":
        this.expr(s.value, p);
        for (const t of s.targets) this.expr(t, p);
        return;
      case "AugAssign":
        this.expr(s.value, p);
        this.expr(s.target, p);
        return;
      case "AnnAssign":
        if (s.value) this.expr(s.value, p);
        this.expr(s.annotation, p);
        this.expr(s.target, p);
        return;
      case "For":
      case "AsyncFor":
        this.expr(s.iter, p);
        this.expr(s.target, p);
        this.body(s.body, p);
        this.body(s.orelse, p);
        return;
      case "While":
      case "If":
        this.expr(s.test, p);
        this.body(s.body, p);
        this.body(s.orelse, p);
        return;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.expr(item.context_expr, p);
          if (item.optional_vars) this.expr(item.optional_vars, p);
        }
        this.body(s.body, p);
        return;
      case "Match":
        this.expr(s.subject, p);
        for (const c of s.cases) {
          this.pattern(c.pattern, p);
          if (c.guard) this.expr(c.guard, p);
          this.body(c.body, p);
        }
        return;
      case "Raise":
        if (s.exc) this.expr(s.exc, p);
        if (s.cause) this.expr(s.cause, p);
        return;
      case "Try":
      case "TryStar":
        this.body(s.body, p);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type, p);
          if (h.name !== null) h.name = manglePrivate(p, h.name);
          this.body(h.body, p);
        }
        this.body(s.orelse, p);
        this.body(s.finalbody, p);
        return;
      case "Assert":
        this.expr(s.test, p);
        if (s.msg) this.expr(s.msg, p);
        return;
      case "Import":
      case "ImportFrom":
        // (IMPORT_NAME and IMPORT_FROM take mangled names too: `from m import __x` in
        // class A reads m._A__x.)
        for (const a of s.names) {
          if (a.name !== "*") a.name = manglePrivate(p, a.name);
          if (a.asname !== null) a.asname = manglePrivate(p, a.asname);
        }
        return;
      case "Global":
      case "Nonlocal":
        s.names = s.names.map((n) => manglePrivate(p, n));
        return;
      case "Pass":
      case "Break":
      case "Continue":
        return;
      default: {
        const never: never = s;
        void never;
      }
    }
  }

  bind(s: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef, p: string | null): void {
    const name = manglePrivate(p, s.name);
    if (name !== s.name) bindings.set(s, name);
  }

  args(a: A.arguments_, p: string | null): void {
    for (const d of a.defaults) this.expr(d, p);
    for (const d of a.kw_defaults) if (d) this.expr(d, p);
    for (const x of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
      if (x === null) continue;
      if (x.annotation) this.expr(x.annotation, p);
      x.arg = manglePrivate(p, x.arg);
    }
  }

  pattern(q: A.pattern, p: string | null): void {
    switch (q._type) {
      case "MatchAs":
        if (q.pattern) this.pattern(q.pattern, p);
        if (q.name !== null) q.name = manglePrivate(p, q.name);
        return;
      case "MatchStar":
        if (q.name !== null) q.name = manglePrivate(p, q.name);
        return;
      case "MatchOr":
      case "MatchSequence":
        for (const x of q.patterns) this.pattern(x, p);
        return;
      case "MatchMapping":
        for (const k of q.keys) this.expr(k, p);
        for (const x of q.patterns) this.pattern(x, p);
        if (q.rest !== null) q.rest = manglePrivate(p, q.rest);
        return;
      case "MatchClass":
        this.expr(q.cls, p);
        for (const x of [...q.patterns, ...q.kwd_patterns]) this.pattern(x, p);
        return;
      case "MatchValue":
        this.expr(q.value, p);
        return;
      case "MatchSingleton":
        return;
    }
  }

  comprehension(gens: A.comprehension[], p: string | null): void {
    for (const g of gens) {
      this.expr(g.iter, p);
      this.expr(g.target, p);
      for (const c of g.ifs) this.expr(c, p);
    }
  }

  expr(e: A.expr, p: string | null): void {
    // (Outside a class nothing in an expression mangles: classes are statements.)
    if (p === null) return;
    switch (e._type) {
      case "Name":
        e.id = manglePrivate(p, e.id);
        return;
      case "Attribute":
        this.expr(e.value, p);
        e.attr = manglePrivate(p, e.attr);
        return;
      case "NamedExpr":
        this.expr(e.value, p);
        this.expr(e.target, p);
        return;
      case "Lambda":
        this.args(e.args, p);
        this.expr(e.body, p);
        return;
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(e.generators, p);
        this.expr(e.elt, p);
        return;
      case "DictComp":
        this.comprehension(e.generators, p);
        this.expr(e.key, p);
        this.expr(e.value, p);
        return;
      default:
        for (const child of childExprs(e)) this.expr(child, p);
    }
  }
}
