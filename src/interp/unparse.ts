/**
 * An expression written back as source (CPython Python/ast_unparse.c, which
 * `from __future__ import annotations` uses to keep annotations as strings): operators
 * with single spaces, parentheses only where precedence needs them, constants as their
 * repr. F-strings and lambdas, which annotations hardly hold, are written as their source
 * text instead of being rebuilt.
 */
import type * as A from "../parser/ast.js";
import { PyEllipsis, pyRepr } from "../parser/constants.js";

// ast_unparse.c's precedence levels, lowest first.
const PR_TUPLE = 0;
const PR_TEST = 1;
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_ATOM = 15;

const BIN_OPS: Record<A.operator["_type"], [string, number]> = {
  Add: ["+", PR_ARITH],
  Sub: ["-", PR_ARITH],
  Mult: ["*", PR_TERM],
  MatMult: ["@", PR_TERM],
  Div: ["/", PR_TERM],
  Mod: ["%", PR_TERM],
  FloorDiv: ["//", PR_TERM],
  LShift: ["<<", PR_SHIFT],
  RShift: [">>", PR_SHIFT],
  BitOr: ["|", PR_BOR],
  BitXor: ["^", PR_BXOR],
  BitAnd: ["&", PR_BAND],
  Pow: ["**", PR_POWER],
};

const UNARY_OPS: Record<A.unaryop["_type"], [string, number]> = {
  Invert: ["~", PR_FACTOR],
  Not: ["not ", PR_NOT],
  UAdd: ["+", PR_FACTOR],
  USub: ["-", PR_FACTOR],
};

/** The comparison operators' source text. */
export const CMP_OPS: Record<A.cmpop["_type"], string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

/** `e` as _PyAST_ExprAsUnicode writes it; `lines`, the source, for the nodes not rebuilt. */
export function unparseExpr(e: A.expr, lines: string[]): string {
  return new Unparser(lines).expr(e, PR_TEST);
}

/** ast.get_source_segment: the text of `e` (its columns are UTF-8 byte offsets). */
function sourceSegment(lines: string[], e: A.expr): string {
  const bytes = (line: number) => Buffer.from(lines[line - 1] ?? "", "utf8");
  if (e.lineno === e.end_lineno) {
    return bytes(e.lineno).subarray(e.col_offset, e.end_col_offset).toString("utf8");
  }
  const parts = [bytes(e.lineno).subarray(e.col_offset).toString("utf8")];
  for (let l = e.lineno + 1; l < e.end_lineno; l++) parts.push(lines[l - 1] ?? "");
  parts.push(bytes(e.end_lineno).subarray(0, e.end_col_offset).toString("utf8"));
  return parts.join("\n");
}

class Unparser {
  constructor(private readonly lines: string[]) {}

  private source(e: A.expr): string {
    return sourceSegment(this.lines, e);
  }

  expr(e: A.expr, level: number): string {
    const paren = (pr: number, s: string) => (level > pr ? `(${s})` : s);
    switch (e._type) {
      case "BoolOp": {
        const pr = e.op._type === "And" ? PR_AND : PR_OR;
        const sep = e.op._type === "And" ? " and " : " or ";
        return paren(pr, e.values.map((v) => this.expr(v, pr + 1)).join(sep));
      }
      case "BinOp": {
        const [op, pr] = BIN_OPS[e.op._type];
        const rassoc = e.op._type === "Pow" ? 1 : 0;
        const left = this.expr(e.left, pr + rassoc);
        const right = this.expr(e.right, pr + 1 - rassoc);
        return paren(pr, `${left} ${op} ${right}`);
      }
      case "UnaryOp": {
        const [op, pr] = UNARY_OPS[e.op._type];
        return paren(pr, `${op}${this.expr(e.operand, pr)}`);
      }
      case "IfExp":
        return paren(
          PR_TEST,
          `${this.expr(e.body, PR_TEST + 1)} if ${this.expr(e.test, PR_TEST + 1)} else ${this.expr(e.orelse, PR_TEST)}`,
        );
      case "Dict": {
        const items = e.keys.map((k, i) => {
          const v = e.values[i]!;
          return k === null
            ? `**${this.expr(v, PR_EXPR)}`
            : `${this.expr(k, PR_TEST)}: ${this.expr(v, PR_TEST)}`;
        });
        return `{${items.join(", ")}}`;
      }
      case "Set":
        return `{${this.list(e.elts)}}`;
      case "List":
        return `[${this.list(e.elts)}]`;
      case "Tuple": {
        if (e.elts.length === 0) return "()";
        const body = this.list(e.elts) + (e.elts.length === 1 ? "," : "");
        return paren(PR_TUPLE, body);
      }
      case "ListComp":
        return `[${this.expr(e.elt, PR_TEST)}${this.generators(e.generators)}]`;
      case "SetComp":
        return `{${this.expr(e.elt, PR_TEST)}${this.generators(e.generators)}}`;
      case "GeneratorExp":
        return `(${this.expr(e.elt, PR_TEST)}${this.generators(e.generators)})`;
      case "DictComp":
        return `{${this.expr(e.key, PR_TEST)}: ${this.expr(e.value, PR_TEST)}${this.generators(e.generators)}}`;
      case "Compare": {
        let s = this.expr(e.left, PR_CMP + 1);
        e.ops.forEach((op, i) => {
          s += ` ${CMP_OPS[op._type]} ${this.expr(e.comparators[i]!, PR_CMP + 1)}`;
        });
        return paren(PR_CMP, s);
      }
      case "Call": {
        const func = this.expr(e.func, PR_ATOM);
        const only = e.args[0];
        if (e.args.length === 1 && e.keywords.length === 0 && only!._type === "GeneratorExp") {
          return `${func}${this.expr(only!, PR_TEST)}`;
        }
        const args = e.args.map((a) => this.expr(a, PR_TEST));
        for (const k of e.keywords) {
          const v = this.expr(k.value, k.arg === null ? PR_EXPR : PR_TEST);
          args.push(k.arg === null ? `**${v}` : `${k.arg}=${v}`);
        }
        return `${func}(${args.join(", ")})`;
      }
      case "Constant":
        return constantText(e);
      case "Attribute": {
        const v = this.expr(e.value, PR_ATOM);
        // An int needs a space before the dot.
        const dot = e.value._type === "Constant" && typeof e.value.value === "bigint" ? " ." : ".";
        return `${v}${dot}${e.attr}`;
      }
      case "Subscript": {
        const s = e.slice;
        const inner =
          s._type === "Tuple" && s.elts.length > 0
            ? this.list(s.elts) + (s.elts.length === 1 ? "," : "")
            : this.expr(s, PR_TUPLE);
        return `${this.expr(e.value, PR_ATOM)}[${inner}]`;
      }
      case "Starred":
        return `*${this.expr(e.value, PR_EXPR)}`;
      case "Name":
        return e.id;
      case "Slice": {
        let s = e.lower === null ? "" : this.expr(e.lower, PR_TEST);
        s += ":";
        if (e.upper !== null) s += this.expr(e.upper, PR_TEST);
        if (e.step !== null) s += `:${this.expr(e.step, PR_TEST)}`;
        return s;
      }
      case "NamedExpr":
        return paren(PR_TUPLE, `${this.expr(e.target, PR_ATOM)} := ${this.expr(e.value, PR_ATOM)}`);
      case "Await":
        return paren(PR_ATOM - 1, `await ${this.expr(e.value, PR_ATOM)}`);
      case "Yield":
      case "YieldFrom":
      case "Lambda":
      case "JoinedStr":
      case "FormattedValue":
        return this.source(e);
      default: {
        const never: never = e;
        return never;
      }
    }
  }

  list(elts: A.expr[]): string {
    return elts.map((x) => this.expr(x, PR_TEST)).join(", ");
  }

  generators(gens: A.comprehension[]): string {
    let s = "";
    for (const g of gens) {
      s += g.is_async ? " async for " : " for ";
      s += `${this.expr(g.target, PR_TUPLE)} in ${this.expr(g.iter, PR_TEST + 1)}`;
      for (const c of g.ifs) s += ` if ${this.expr(c, PR_TEST + 1)}`;
    }
    return s;
  }
}

/** A constant as unparsed: its repr (an infinite float as 1e309), `...` for Ellipsis. */
function constantText(e: A.Constant): string {
  const v = e.value;
  if (v instanceof PyEllipsis) return "...";
  if (typeof v === "number" && !Number.isFinite(v) && !Number.isNaN(v)) {
    return v > 0 ? "1e309" : "-1e309";
  }
  const text = pyRepr(v);
  return e.kind === "u" ? `u${text}` : text;
}
