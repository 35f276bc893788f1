/**
 * Line numbers of a statement's instructions, for 'line' trace events (trace.ts).
 *
 * CPython gives every instruction the line of the AST node that emitted it, and reports a
 * 'line' event whenever the line changes. A statement whose header sits on one line has
 * all its instructions there; only when its header spans lines (a call with an argument
 * per line, a decorated def, a parenthesised expression) does the compiler add line
 * marks, and the statement's first event is the line of its first instruction.
 */
import type * as A from "../parser/ast.js";

/** The line of the first instruction an expression evaluates. */
export function firstLineOf(e: A.expr): number {
  switch (e._type) {
    case "Call":
      return firstLineOf(e.func);
    case "BinOp":
      return firstLineOf(e.left);
    case "Compare":
      return firstLineOf(e.left);
    case "BoolOp":
      return firstLineOf(e.values[0]!);
    case "IfExp":
      return firstLineOf(e.test);
    case "Attribute":
    case "Subscript":
    case "Starred":
      return firstLineOf(e.value);
    case "UnaryOp":
      return e.op._type === "Not" ? firstLineOf(e.operand) : e.lineno;
    case "List":
    case "Tuple":
    case "Set":
      return e.elts.length > 0 && !allConstant(e.elts) ? firstLineOf(e.elts[0]!) : e.lineno;
    case "Dict": {
      if (e.keys.length === 0) return e.lineno;
      const k = e.keys[0];
      if (k === null || k === undefined || allConstant(e.keys as A.expr[]))
        return firstLineOf(e.values[0]!);
      return firstLineOf(k);
    }
    case "NamedExpr":
      return firstLineOf(e.value);
    default:
      return e.lineno;
  }
}

function allConstant(xs: (A.expr | null)[]): boolean {
  return xs.every((x) => x !== null && x._type === "Constant");
}

/** The expressions a statement evaluates in its own frame before its body. */
function headerOf(s: A.stmt): (A.expr | null)[] {
  switch (s._type) {
    case "Expr":
      return [s.value];
    case "Assign":
      return [s.value, ...s.targets];
    case "AugAssign":
      return [s.target, s.value];
    case "AnnAssign":
      return [s.value, s.target];
    case "Return":
      return [s.value];
    case "Delete":
      return s.targets;
    case "If":
    case "While":
      return [s.test];
    case "For":
      return [s.iter, s.target];
    case "With":
      return s.items.flatMap((i) => [i.context_expr, i.optional_vars]);
    case "Raise":
      return [s.exc, s.cause];
    case "Assert":
      return [s.test, s.msg];
    case "FunctionDef":
      return [...s.decorator_list, ...s.args.defaults];
    case "ClassDef":
      return [...s.decorator_list, ...s.bases, ...s.keywords.map((k) => k.value)];
    default:
      return [];
  }
}

/** headerSpansLines's answers: both tiers ask it of each statement they compile. */
const spansLines = new WeakMap<A.stmt, boolean>();

/** Does any node of the statement's header sit on another line than the statement? */
export function headerSpansLines(s: A.stmt): boolean {
  let known = spansLines.get(s);
  if (known === undefined) {
    known = headerSpans(s);
    spansLines.set(s, known);
  }
  return known;
}

function headerSpans(s: A.stmt): boolean {
  const line = s.lineno;
  let found = false;
  // Index loops over Object.keys, not for-of over Object.entries: this mostly runs while V8
  // still interprets it (each library module's compile at import), where the iterator and
  // the destructuring of every entry made it 10x slower (collections' statements, first
  // pass: 11 ms, now 1.1).
  const visit = (n: unknown): void => {
    if (found || n === null || typeof n !== "object") return;
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) visit(n[i]);
      return;
    }
    const node = n as { _type?: string; lineno?: number };
    if (typeof node.lineno === "number" && node.lineno !== line) {
      found = true;
      return;
    }
    const t = node._type;
    // Nested scopes run in frames of their own.
    if (t === "Lambda") return;
    if (t === "ListComp" || t === "SetComp" || t === "DictComp" || t === "GeneratorExp") {
      visit((n as A.ListComp).generators[0]!.iter);
      return;
    }
    const keys = Object.keys(n);
    for (let i = 0; i < keys.length; i++) {
      const v = (n as Record<string, unknown>)[keys[i]!];
      if (typeof v === "object") visit(v);
    }
  };
  for (const e of headerOf(s)) visit(e);
  return found;
}

/** The line of a statement's first instruction (its first event when tracing). */
export function firstLineOfStmt(s: A.stmt): number {
  switch (s._type) {
    case "FunctionDef":
    case "ClassDef":
      return s.decorator_list.length > 0 ? firstLineOf(s.decorator_list[0]!) : s.lineno;
    case "Expr":
    case "Assign":
      return firstLineOf(s.value);
    case "AnnAssign":
    case "Return":
      return s.value === null ? s.lineno : firstLineOf(s.value);
    case "AugAssign":
      return firstLineOf(s.target);
    case "If":
    case "While":
    case "Assert":
      return firstLineOf(s.test);
    case "For":
      return firstLineOf(s.iter);
    case "With":
      return firstLineOf(s.items[0]!.context_expr);
    case "Raise":
      return s.exc === null ? s.lineno : firstLineOf(s.exc);
    default:
      return s.lineno;
  }
}
