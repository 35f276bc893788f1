// Expressions: one method per precedence level of CPython 3.11's Grammar/python.gram.
//
// Binary levels are loops that build left-nested nodes (the grammar's left recursion);
// `**` and the unary operators recurse. Every node is created with its location taken
// from its first token (or first child) and from `last`, the last consumed token, which
// is how pegen's EXTRA macro locates nodes. Targets are parsed as expressions and then
// re-tagged with Store/Del by `setContext`, which also produces CPython's "cannot assign
// to …" messages (pegen: _PyPegen_get_invalid_target). String literals, their
// concatenation and f-strings live in strings.ts; this layer only calls `parseStrings`.

import * as A from "./ast.js";
import { PyComplex, PyEllipsis } from "./constants.js";
import { ParserBase } from "./parser-base.js";
import { concatenateStrings } from "./strings.js";
import { TokErrorKind, Tokenizer } from "./tokenizer.js";
import { T, type Token } from "./tokens.js";

type expr = A.expr;
const { S } = A;

export enum Targets {
  Star = 0,
  Del = 1,
  For = 2,
}

/** CPython 3.11 action_helpers.c: _PyPegen_get_expr_name. */
export function exprName(e: A.expr): string {
  switch (e._type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === false) return "False";
      if (v === true) return "True";
      if (v === PyEllipsis.instance) return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
    default: {
      const never: never = e;
      throw new Error(`unexpected expression ${(never as A.expr)._type}`);
    }
  }
}

/** CPython 3.11 pegen.c: _PyPegen_get_invalid_target. */
export function invalidTarget(e: A.expr, type: Targets): A.expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const c = invalidTarget(x, type);
        if (c !== null) return c;
      }
      return null;
    case "Starred":
      if (type === Targets.Del) return e;
      return invalidTarget(e.value, type);
    case "Compare":
      if (type === Targets.For) {
        if (e.ops[0]!._type === "In") return invalidTarget(e.left, type);
        return null;
      }
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

function parseNumber(text: string): number | bigint | PyComplex {
  const clean = text.includes("_") ? text.replace(/_/g, "") : text;
  const last = clean.charCodeAt(clean.length - 1);
  if (last === 106 || last === 74) return new PyComplex(0, Number(clean.slice(0, -1)));
  const c1 = clean.charCodeAt(1);
  if (
    clean.charCodeAt(0) === 48 &&
    (c1 === 120 || c1 === 88 || c1 === 111 || c1 === 79 || c1 === 98 || c1 === 66)
  ) {
    return BigInt(clean);
  }
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(clean);
  }
  if (clean.length < 16) return BigInt(Number(clean));
  return BigInt(clean);
}

const SMALL_INTS: bigint[] = [];
for (let i = 0; i < 256; i++) SMALL_INTS.push(BigInt(i));

export class ExpressionParser extends ParserBase {
  // ---- top-level expression forms --------------------------------------------------------

  /** star_expressions: a Tuple when there is a comma. */
  parseStarExpressions(): expr {
    const st = this.cur;
    const first = this.parseStarExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.startsExpression()) break;
      elts.push(this.parseStarExpression());
    }
    return this.tuple(elts, st);
  }

  /** star_expression: '*' bitwise_or | expression */
  parseStarExpression(): expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const v = this.parseBitwiseOr();
      return new A.Starred(
        v,
        S.Load,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    return this.parseExpression();
  }

  /** star_named_expression: '*' bitwise_or | named_expression */
  parseStarNamedExpression(): expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const v = this.parseBitwiseOr();
      return new A.Starred(
        v,
        S.Load,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    return this.parseNamedExpression();
  }

  /** expressions: expression (',' expression)* [','] */
  parseExpressions(): expr {
    const st = this.cur;
    const first = this.parseExpression();
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (!this.startsExpression()) break;
      elts.push(this.parseExpression());
    }
    return this.tuple(elts, st);
  }

  protected tuple(elts: expr[], st: Token): A.Tuple {
    const l = this.last;
    return new A.Tuple(elts, S.Load, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  /** Can the current token begin an expression? */
  protected startsExpression(): boolean {
    switch (this.cur.type) {
      case T.NAME:
      case T.NUMBER:
      case T.STRING:
      case T.LPAR:
      case T.LSQB:
      case T.LBRACE:
      case T.MINUS:
      case T.PLUS:
      case T.TILDE:
      case T.STAR:
      case T.NOT:
      case T.LAMBDA:
      case T.AWAIT:
      case T.NONE:
      case T.TRUE:
      case T.FALSE:
      case T.ELLIPSIS:
        return true;
      default:
        return false;
    }
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  parseNamedExpression(): expr {
    if (this.cur.type === T.NAME && this.peek(1) === T.COLONEQUAL) {
      const nt = this.advance();
      this.advance();
      const target = new A.Name(
        nt.string,
        S.Store,
        nt.lineno,
        nt.col_offset,
        nt.end_lineno,
        nt.end_col_offset,
      );
      const value = this.parseExpression();
      return new A.NamedExpr(
        target,
        value,
        nt.lineno,
        nt.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    const e = this.parseExpression();
    if (this.at(T.COLONEQUAL)) {
      this.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    if (this.at(T.EQUAL)) this.invalidNamedExpression(e);
    return e;
  }

  /** CPython 3.11 invalid_named_expression, for `expr = …` where a test is expected. */
  protected invalidNamedExpression(e: expr): void {
    const mark = this.p;
    let b: expr | null = null;
    let followed = true;
    try {
      this.advance();
      b = this.parseBitwiseOr();
      followed = this.at(T.EQUAL) || this.at(T.COLONEQUAL);
    } catch {
      followed = true;
    }
    this.reset(mark);
    if (followed || b === null) return;
    if (e._type === "Name") {
      this.raiseRange(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    const excluded =
      e._type === "List" ||
      e._type === "Tuple" ||
      e._type === "GeneratorExp" ||
      (e._type === "Constant" && (e.value === true || e.value === false || e.value === null));
    if (!excluded && this.isBitwiseOr(e)) {
      this.raiseNode(
        e,
        `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
      );
    }
  }

  /** Could `e` have been produced by the bitwise_or rule? */
  protected isBitwiseOr(e: expr): boolean {
    switch (e._type) {
      case "Compare":
      case "BoolOp":
      case "IfExp":
      case "Lambda":
      case "Starred":
      case "NamedExpr":
        return false;
      case "UnaryOp":
        return e.op !== S.Not;
      default:
        return true;
    }
  }

  /** expression: disjunction ['if' disjunction 'else' expression] | lambdef */
  parseExpression(): expr {
    if (this.at(T.LAMBDA)) return this.parseLambda();
    const st = this.cur;
    const body = this.parseDisjunction();
    if (!this.at(T.IF)) return body;
    this.advance();
    const test = this.parseDisjunction();
    if (!this.at(T.ELSE)) {
      this.raiseRange(body, test, "expected 'else' after 'if' expression");
    }
    this.advance();
    this.enter(1);
    const orelse = this.parseExpression();
    this.leave(1);
    return new A.IfExp(
      test,
      body,
      orelse,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  protected parseLambda(): expr {
    const st = this.advance();
    const args = this.parseParameters(true);
    this.expect(T.COLON);
    this.enter(2);
    const body = this.parseExpression();
    this.leave(2);
    return new A.Lambda(
      args,
      body,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
  parseYieldExpr(): expr {
    const st = this.advance();
    if (this.eat(T.FROM)) {
      const v = this.parseExpression();
      return new A.YieldFrom(
        v,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    const v = this.startsExpression() ? this.parseStarExpressions() : null;
    const l = this.last;
    return new A.Yield(v, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  // ---- boolean and comparison levels -----------------------------------------------------

  protected parseDisjunction(): expr {
    const st = this.cur;
    const first = this.parseConjunction();
    if (!this.at(T.OR)) return first;
    const values = [first];
    while (this.eat(T.OR)) values.push(this.parseConjunction());
    const l = this.last;
    return new A.BoolOp(S.Or, values, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseConjunction(): expr {
    const st = this.cur;
    const first = this.parseInversion();
    if (!this.at(T.AND)) return first;
    const values = [first];
    while (this.eat(T.AND)) values.push(this.parseInversion());
    const l = this.last;
    return new A.BoolOp(S.And, values, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseInversion(): expr {
    if (this.at(T.NOT)) {
      const st = this.advance();
      this.enter(1);
      const v = this.parseInversion();
      this.leave(1);
      return new A.UnaryOp(
        S.Not,
        v,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    return this.parseComparison();
  }

  protected parseComparison(): expr {
    const st = this.cur;
    const left = this.parseBitwiseOr();
    let ops: A.cmpop[] | null = null;
    let comparators: expr[] | null = null;
    for (;;) {
      let op: A.cmpop | null = null;
      switch (this.cur.type) {
        case T.EQEQUAL:
          op = S.Eq;
          break;
        case T.NOTEQUAL:
          if (this.src.charCodeAt(this.cur.start) === 60) this.syntaxError(); // "<>"
          op = S.NotEq;
          break;
        case T.LESSEQUAL:
          op = S.LtE;
          break;
        case T.LESS:
          op = S.Lt;
          break;
        case T.GREATEREQUAL:
          op = S.GtE;
          break;
        case T.GREATER:
          op = S.Gt;
          break;
        case T.IN:
          op = S.In;
          break;
        case T.NOT:
          // After an operand `not` can only start `not in`; CPython fails on the token after.
          this.advance();
          if (!this.at(T.IN)) this.syntaxError();
          op = S.NotIn;
          break;
        case T.IS:
          if (this.peek(1) === T.NOT) {
            this.advance();
            op = S.IsNot;
          } else op = S.Is;
          break;
        default:
          break;
      }
      if (op === null) break;
      this.advance();
      if (ops === null) {
        ops = [];
        comparators = [];
      }
      ops.push(op);
      comparators!.push(this.parseBitwiseOr());
    }
    if (ops === null) return left;
    const l = this.last;
    return new A.Compare(
      left,
      ops,
      comparators!,
      st.lineno,
      st.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }

  // ---- binary operator levels ------------------------------------------------------------

  protected binop(st: Token, left: expr, op: A.operator, right: expr): expr {
    const l = this.last;
    return new A.BinOp(left, op, right, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  parseBitwiseOr(): expr {
    const st = this.cur;
    let e = this.parseBitwiseXor();
    const d = this.depth;
    while (this.at(T.VBAR)) {
      this.advance();
      this.enter();
      e = this.binop(st, e, S.BitOr, this.parseBitwiseXor());
    }
    this.depth = d;
    return e;
  }

  protected parseBitwiseXor(): expr {
    const st = this.cur;
    let e = this.parseBitwiseAnd();
    const d = this.depth;
    while (this.at(T.CIRCUMFLEX)) {
      this.advance();
      this.enter();
      e = this.binop(st, e, S.BitXor, this.parseBitwiseAnd());
    }
    this.depth = d;
    return e;
  }

  protected parseBitwiseAnd(): expr {
    const st = this.cur;
    let e = this.parseShift();
    const d = this.depth;
    while (this.at(T.AMPER)) {
      this.advance();
      this.enter();
      e = this.binop(st, e, S.BitAnd, this.parseShift());
    }
    this.depth = d;
    return e;
  }

  protected parseShift(): expr {
    const st = this.cur;
    let e = this.parseSum();
    const d = this.depth;
    for (;;) {
      const t = this.cur.type;
      if (t !== T.LEFTSHIFT && t !== T.RIGHTSHIFT) break;
      this.advance();
      this.enter();
      e = this.binop(st, e, t === T.LEFTSHIFT ? S.LShift : S.RShift, this.parseSum());
    }
    this.depth = d;
    return e;
  }

  protected parseSum(): expr {
    const st = this.cur;
    let e = this.parseTerm();
    const d = this.depth;
    for (;;) {
      const t = this.cur.type;
      if (t !== T.PLUS && t !== T.MINUS) break;
      this.advance();
      this.enter();
      e = this.binop(st, e, t === T.PLUS ? S.Add : S.Sub, this.parseTerm());
    }
    this.depth = d;
    return e;
  }

  protected parseTerm(): expr {
    const st = this.cur;
    let e = this.parseFactor();
    const d = this.depth;
    for (;;) {
      let op: A.operator;
      switch (this.cur.type) {
        case T.STAR:
          op = S.Mult;
          break;
        case T.SLASH:
          op = S.Div;
          break;
        case T.DOUBLESLASH:
          op = S.FloorDiv;
          break;
        case T.PERCENT:
          op = S.Mod;
          break;
        case T.AT:
          op = S.MatMult;
          break;
        default:
          this.depth = d;
          return e;
      }
      this.advance();
      this.enter();
      e = this.binop(st, e, op, this.parseFactor());
    }
  }

  protected parseFactor(): expr {
    let op: A.unaryop;
    switch (this.cur.type) {
      case T.PLUS:
        op = S.UAdd;
        break;
      case T.MINUS:
        op = S.USub;
        break;
      case T.TILDE:
        op = S.Invert;
        break;
      default:
        return this.parsePower();
    }
    const st = this.advance();
    this.enter(1);
    const v = this.parseFactor();
    this.leave(1);
    return new A.UnaryOp(
      op,
      v,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  protected parsePower(): expr {
    const st = this.cur;
    const e = this.parseAwaitPrimary();
    if (!this.at(T.DOUBLESTAR)) return e;
    this.advance();
    this.enter(2);
    const r = this.parseFactor();
    this.leave(2);
    return this.binop(st, e, S.Pow, r);
  }

  protected parseAwaitPrimary(): expr {
    if (this.at(T.AWAIT)) {
      const st = this.advance();
      this.enter();
      const v = this.parsePrimary();
      this.depth--;
      return new A.Await(
        v,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    return this.parsePrimary();
  }

  // ---- primaries -------------------------------------------------------------------------

  /** primary: atom followed by '.' NAME, '(' arguments ')', '[' slices ']' trailers. */
  parsePrimary(): expr {
    const st = this.cur;
    let e = this.parseAtom();
    const d = this.depth;
    for (;;) {
      switch (this.cur.type) {
        case T.DOT: {
          this.advance();
          const nt = this.expect(T.NAME);
          this.enter();
          e = new A.Attribute(
            e,
            nt.string,
            S.Load,
            st.lineno,
            st.col_offset,
            nt.end_lineno,
            nt.end_col_offset,
          );
          continue;
        }
        case T.LPAR:
          this.enter();
          e = this.parseCall(e, st);
          continue;
        case T.LSQB: {
          this.advance();
          const slice = this.parseSlices();
          const rt = this.expect(T.RSQB);
          this.enter();
          e = new A.Subscript(
            e,
            slice,
            S.Load,
            st.lineno,
            st.col_offset,
            rt.end_lineno,
            rt.end_col_offset,
          );
          continue;
        }
        default:
          this.depth = d;
          return e;
      }
    }
  }

  /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
  protected parseSlices(): expr {
    const st = this.cur;
    const first = this.parseSlice();
    if (!this.at(T.COMMA)) {
      // A lone starred expression still makes a tuple: a[*b] is a[(*b,)].
      return first._type === "Starred" ? this.tuple([first], st) : first;
    }
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.RSQB)) break;
      elts.push(this.parseSlice());
    }
    return this.tuple(elts, st);
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression; or '*' expr. */
  protected parseSlice(): expr {
    const st = this.cur;
    if (st.type === T.STAR) {
      this.advance();
      const v = this.parseExpression();
      return new A.Starred(
        v,
        S.Load,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    let lower: expr | null = null;
    if (st.type !== T.COLON) {
      lower = this.parseNamedExpression();
      if (!this.at(T.COLON)) return lower;
      if (lower._type === "NamedExpr") this.syntaxError();
    }
    this.advance(); // ':'
    let upper: expr | null = null;
    let step: expr | null = null;
    if (this.startsExpression()) upper = this.parseExpression();
    if (this.eat(T.COLON)) {
      if (this.startsExpression()) step = this.parseExpression();
    }
    const l = this.last;
    return new A.Slice(
      lower,
      upper,
      step,
      st.lineno,
      st.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }

  /** primary '(' [arguments] ')' and primary genexp. */
  protected parseCall(func: expr, fst: Token, classBases = false): expr {
    const open = this.advance();
    const args: expr[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.at(T.RPAR)) {
      const st = this.cur;
      if (st.type === T.STAR) {
        this.advance();
        const v = this.parseExpression();
        if (sawDoubleStar) {
          this.raiseAt(
            "iterable argument unpacking follows keyword argument unpacking",
            st.lineno,
            st.col_offset,
            st.end_lineno,
            st.end_col_offset,
          );
        }
        args.push(
          new A.Starred(
            v,
            S.Load,
            st.lineno,
            st.col_offset,
            this.last.end_lineno,
            this.last.end_col_offset,
          ),
        );
      } else if (st.type === T.DOUBLESTAR) {
        this.advance();
        const v = this.parseExpression();
        sawDoubleStar = true;
        keywords.push(
          new A.keyword(
            null,
            v,
            st.lineno,
            st.col_offset,
            this.last.end_lineno,
            this.last.end_col_offset,
          ),
        );
      } else if (st.type === T.NAME && this.peek(1) === T.EQUAL) {
        this.advance();
        this.advance();
        const v = this.parseExpression();
        sawKeyword = true;
        keywords.push(
          new A.keyword(
            st.string,
            v,
            st.lineno,
            st.col_offset,
            this.last.end_lineno,
            this.last.end_col_offset,
          ),
        );
      } else {
        const e = this.parseArgExpression();
        if (this.at(T.FOR) || (this.at(T.ASYNC) && this.peek(1) === T.FOR)) {
          if (classBases) this.syntaxError();
          const gens = this.parseComprehensions();
          if (args.length > 0 || keywords.length > 0 || !this.at(T.RPAR)) {
            const l = this.last;
            this.raiseAt(
              "Generator expression must be parenthesized",
              e.lineno,
              e.col_offset,
              l.end_lineno,
              l.end_col_offset,
            );
          }
          const close = this.advance();
          const g = new A.GeneratorExp(
            e,
            gens,
            open.lineno,
            open.col_offset,
            close.end_lineno,
            close.end_col_offset,
          );
          return new A.Call(
            func,
            [g],
            [],
            fst.lineno,
            fst.col_offset,
            close.end_lineno,
            close.end_col_offset,
          );
        }
        if (this.at(T.EQUAL)) {
          this.invalidKwarg(e);
        }
        // _PyPegen_arguments_parsing_error: RAISE_SYNTAX_ERROR at the last token read.
        if (sawDoubleStar) {
          this.raiseHere("positional argument follows keyword argument unpacking");
        } else if (sawKeyword) {
          this.raiseHere("positional argument follows keyword argument");
        }
        args.push(e);
      }
      if (!this.eat(T.COMMA)) break;
    }
    if (!this.at(T.RPAR)) this.callError(args);
    const close = this.advance();
    return new A.Call(
      func,
      args,
      keywords,
      fst.lineno,
      fst.col_offset,
      close.end_lineno,
      close.end_col_offset,
    );
  }

  /** (assignment_expression | expression !':=') in an argument list. */
  protected parseArgExpression(): expr {
    if (this.cur.type === T.NAME && this.peek(1) === T.COLONEQUAL)
      return this.parseNamedExpression();
    return this.parseExpression();
  }

  /** CPython 3.11 invalid_kwarg. */
  protected invalidKwarg(e: expr): never {
    if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
      const eq = this.cur;
      this.raiseAt(
        `cannot assign to ${String(exprName(e))}`,
        e.lineno,
        e.col_offset,
        eq.end_lineno,
        eq.end_col_offset,
      );
    }
    return this.raiseRange(
      e,
      this.cur,
      'expression cannot contain assignment, perhaps you meant "=="?',
    );
  }

  /** An argument list that does not continue with ',' or ')'. */
  protected callError(args: expr[]): never {
    const prev = args[args.length - 1];
    if (prev !== undefined && this.startsExpression() && prev._type !== "Starred") {
      this.perhapsComma(prev);
    }
    return this.syntaxError();
  }

  /** CPython 3.11 invalid_expression: "Perhaps you forgot a comma?" */
  protected perhapsComma(prev: expr): void {
    // invalid_expression: !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid,
    // inside brackets; invalid_legacy_expression first for print/exec.
    if (prev._type === "Name") {
      if (this.at(T.STRING)) return;
      if (prev.id === "match" || prev.id === "case" || prev.id === "_") return;
    }
    const start = this.p;
    let next: expr | null = null;
    try {
      next = this.parseExpression();
    } catch {
      next = null;
    }
    this.reset(start);
    if (next === null) return;
    // NOT-CPYTHON (approximation): with a bracket left open at EOF, CPython's second pass
    // usually runs into the EOF first and reports "'(' was never closed"; we assume so when
    // the two expressions are on different lines.
    if (this.tokError?.kind === TokErrorKind.Eof && next.lineno > prev.end_lineno) return;
    if (prev._type === "Name" && (prev.id === "print" || prev.id === "exec")) {
      this.raiseRange(
        prev,
        next,
        `Missing parentheses in call to '${prev.id}'. Did you mean ${prev.id}(...)?`,
      );
    }
    this.raiseRange(prev, next, "invalid syntax. Perhaps you forgot a comma?");
  }

  protected reset(p: number): void {
    this.p = p;
    this.cur = this.tokens[p]!;
    this.last = p > 0 ? this.tokens[p - 1]! : this.cur;
  }

  // ---- atoms -----------------------------------------------------------------------------

  protected parseAtom(): expr {
    const t = this.cur;
    switch (t.type) {
      case T.NAME:
        this.advance();
        return new A.Name(t.string, S.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.NUMBER: {
        this.advance();
        let v: number | bigint | PyComplex;
        const s = t.string;
        if (s.length === 1) v = SMALL_INTS[s.charCodeAt(0) - 48]!;
        else v = parseNumber(s);
        return new A.Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      }
      case T.STRING:
        return this.parseStrings();
      case T.NONE:
        this.advance();
        return new A.Constant(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.TRUE:
        this.advance();
        return new A.Constant(true, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.FALSE:
        this.advance();
        return new A.Constant(false, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      case T.ELLIPSIS:
        this.advance();
        return new A.Constant(
          PyEllipsis.instance,
          null,
          t.lineno,
          t.col_offset,
          t.end_lineno,
          t.end_col_offset,
        );
      case T.LPAR:
        return this.parseParen();
      case T.LSQB:
        return this.parseList();
      case T.LBRACE:
        return this.parseBrace();
      default:
        return this.syntaxError();
    }
  }

  protected parseStrings(): expr {
    const first = this.cur;
    const toks: Token[] = [];
    while (this.at(T.STRING)) toks.push(this.advance());
    return concatenateStrings(this, toks, first);
  }

  /** '(' … ')': tuple, group or generator expression. */
  protected parseParen(): expr {
    const open = this.advance();
    this.enter();
    try {
      if (this.at(T.RPAR)) {
        const c = this.advance();
        return new A.Tuple(
          [],
          S.Load,
          open.lineno,
          open.col_offset,
          c.end_lineno,
          c.end_col_offset,
        );
      }
      if (this.at(T.YIELD)) {
        const y = this.parseYieldExpr();
        this.expect(T.RPAR);
        return y;
      }
      const first = this.parseStarNamedExpression();
      if (this.at(T.FOR) || (this.at(T.ASYNC) && this.peek(1) === T.FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension");
        const gens = this.parseComprehensions();
        const c = this.expect(T.RPAR);
        return new A.GeneratorExp(
          first,
          gens,
          open.lineno,
          open.col_offset,
          c.end_lineno,
          c.end_col_offset,
        );
      }
      if (this.at(T.RPAR)) {
        this.advance();
        if (first._type === "Starred") this.raiseNode(first, "cannot use starred expression here");
        return first;
      }
      if (!this.at(T.COMMA)) {
        if (this.startsExpression()) this.perhapsComma(first);
        this.syntaxError();
      }
      const elts = [first];
      while (this.eat(T.COMMA)) {
        if (this.at(T.RPAR)) break;
        elts.push(this.parseStarNamedExpression());
      }
      if (!this.at(T.RPAR) && this.startsExpression()) this.perhapsComma(elts[elts.length - 1]!);
      const c = this.expect(T.RPAR);
      return new A.Tuple(
        elts,
        S.Load,
        open.lineno,
        open.col_offset,
        c.end_lineno,
        c.end_col_offset,
      );
    } finally {
      this.depth--;
    }
  }

  protected parseList(): expr {
    const open = this.advance();
    this.enter();
    try {
      if (this.at(T.RSQB)) {
        const c = this.advance();
        return new A.List([], S.Load, open.lineno, open.col_offset, c.end_lineno, c.end_col_offset);
      }
      const first = this.parseStarNamedExpression();
      if (this.at(T.FOR) || (this.at(T.ASYNC) && this.peek(1) === T.FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension");
        const gens = this.parseComprehensions();
        const c = this.expect(T.RSQB);
        return new A.ListComp(
          first,
          gens,
          open.lineno,
          open.col_offset,
          c.end_lineno,
          c.end_col_offset,
        );
      }
      const elts = [first];
      while (this.eat(T.COMMA)) {
        if (this.at(T.RSQB)) break;
        elts.push(this.parseStarNamedExpression());
      }
      if (!this.at(T.RSQB) && this.startsExpression()) this.perhapsComma(elts[elts.length - 1]!);
      const c = this.expect(T.RSQB);
      return new A.List(elts, S.Load, open.lineno, open.col_offset, c.end_lineno, c.end_col_offset);
    } finally {
      this.depth--;
    }
  }

  /** '{' … '}': dict, set, dict or set comprehension. */
  protected parseBrace(): expr {
    const open = this.advance();
    this.enter();
    try {
      if (this.at(T.RBRACE)) {
        const c = this.advance();
        return new A.Dict([], [], open.lineno, open.col_offset, c.end_lineno, c.end_col_offset);
      }
      if (this.at(T.DOUBLESTAR)) return this.parseDictRest(open, [], []);
      const first = this.parseStarNamedExpression();
      if (this.at(T.COLON) && first._type !== "Starred") {
        const colon = this.advance();
        if (this.at(T.RBRACE) || this.at(T.COMMA)) this.dictValueError(colon);
        const v = this.parseExpression();
        if (this.at(T.FOR) || (this.at(T.ASYNC) && this.peek(1) === T.FOR)) {
          const gens = this.parseComprehensions();
          const c = this.expect(T.RBRACE);
          return new A.DictComp(
            first,
            v,
            gens,
            open.lineno,
            open.col_offset,
            c.end_lineno,
            c.end_col_offset,
          );
        }
        if (!this.at(T.COMMA) && !this.at(T.RBRACE) && this.startsExpression())
          this.perhapsComma(v);
        if (!this.eat(T.COMMA)) {
          const c = this.expect(T.RBRACE);
          return new A.Dict(
            [first],
            [v],
            open.lineno,
            open.col_offset,
            c.end_lineno,
            c.end_col_offset,
          );
        }
        return this.parseDictRest(open, [first], [v]);
      }
      if (this.at(T.FOR) || (this.at(T.ASYNC) && this.peek(1) === T.FOR)) {
        if (first._type === "Starred")
          this.raiseNode(first, "iterable unpacking cannot be used in comprehension");
        const gens = this.parseComprehensions();
        const c = this.expect(T.RBRACE);
        return new A.SetComp(
          first,
          gens,
          open.lineno,
          open.col_offset,
          c.end_lineno,
          c.end_col_offset,
        );
      }
      const elts = [first];
      while (this.eat(T.COMMA)) {
        if (this.at(T.RBRACE)) break;
        elts.push(this.parseStarNamedExpression());
      }
      const c = this.expect(T.RBRACE);
      return new A.Set(elts, open.lineno, open.col_offset, c.end_lineno, c.end_col_offset);
    } finally {
      this.depth--;
    }
  }

  /** CPython 3.11 invalid_kvpair: `{key: }`. */
  protected dictValueError(colon: Token): never {
    return this.raiseAt(
      "expression expected after dictionary key and ':'",
      colon.lineno,
      colon.col_offset,
      colon.end_lineno,
      colon.end_col_offset,
    );
  }

  protected parseDictRest(open: Token, keys: (expr | null)[], values: expr[]): expr {
    while (!this.at(T.RBRACE)) {
      if (this.eat(T.DOUBLESTAR)) {
        keys.push(null);
        values.push(this.parseBitwiseOr());
      } else {
        keys.push(this.parseExpression());
        const colon = this.expect(T.COLON);
        if (this.at(T.RBRACE) || this.at(T.COMMA)) this.dictValueError(colon);
        const v = this.parseExpression();
        values.push(v);
        if (!this.at(T.COMMA) && !this.at(T.RBRACE) && this.startsExpression())
          this.perhapsComma(v);
      }
      if (!this.eat(T.COMMA)) break;
    }
    const c = this.expect(T.RBRACE);
    return new A.Dict(keys, values, open.lineno, open.col_offset, c.end_lineno, c.end_col_offset);
  }

  /** for_if_clauses */
  protected parseComprehensions(): A.comprehension[] {
    const gens: A.comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.at(T.ASYNC) && this.peek(1) === T.FOR) {
        this.advance();
        isAsync = 1;
      } else if (!this.at(T.FOR)) break;
      this.advance();
      const target = this.parseStarTargets(Targets.For);
      this.expect(T.IN);
      const iter = this.parseDisjunction();
      const ifs: expr[] = [];
      while (this.eat(T.IF)) ifs.push(this.parseDisjunction());
      gens.push(new A.comprehension(target, iter, ifs, isAsync));
    }
    return gens;
  }

  // ---- targets ---------------------------------------------------------------------------

  /**
   * star_targets for `for` loops and comprehensions: each element is ['*'] primary, so
   * `in` is not swallowed by a comparison.
   */
  parseStarTargets(type: Targets): expr {
    const st = this.cur;
    const first = this.parseStarTarget(type);
    if (!this.at(T.COMMA)) return first;
    const elts = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.IN) || this.at(T.EQUAL) || !this.startsExpression()) break;
      elts.push(this.parseStarTarget(type));
    }
    const tup = this.tuple(elts, st);
    tup.ctx = S.Store;
    return tup;
  }

  protected parseStarTarget(type: Targets): expr {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const v = this.parseStarTarget(type);
      return new A.Starred(
        v,
        S.Store,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    const e = this.parsePrimary();
    if (!this.at(T.IN) && type === Targets.For && !this.at(T.COMMA) && !this.at(T.EQUAL)) {
      // `for x + 1 in y`: CPython reports the invalid target of the whole expression.
      if (e._type === "Name" || e._type === "Attribute" || e._type === "Subscript") {
        if (this.startsExpressionOperator()) {
          const full = this.continueExpression(e);
          this.setContext(full, S.Store, type);
        }
      }
    }
    this.setContext(e, S.Store, type);
    return e;
  }

  protected startsExpressionOperator(): boolean {
    switch (this.cur.type) {
      case T.PLUS:
      case T.MINUS:
      case T.STAR:
      case T.SLASH:
      case T.DOUBLESLASH:
      case T.PERCENT:
      case T.AT:
      case T.VBAR:
      case T.AMPER:
      case T.CIRCUMFLEX:
      case T.LEFTSHIFT:
      case T.RIGHTSHIFT:
      case T.DOUBLESTAR:
        return true;
      default:
        return false;
    }
  }

  /** Re-parse from the start of `e` as a full expression (for error messages only). */
  protected continueExpression(e: expr): expr {
    let i = this.p;
    while (
      i > 0 &&
      !(this.tokens[i]!.lineno === e.lineno && this.tokens[i]!.col_offset === e.col_offset)
    )
      i--;
    this.reset(i);
    return this.parseBitwiseOr();
  }

  /** Turn an expression into a Store/Del target (pegen: _PyPegen_set_expr_context). */
  setContext(e: expr, ctx: A.expr_context, type: Targets): void {
    switch (e._type) {
      case "Name":
      case "Attribute":
      case "Subscript":
        e.ctx = ctx;
        return;
      case "Starred":
        if (type === Targets.Del) break;
        e.ctx = ctx;
        this.setContext(e.value, ctx, type);
        return;
      case "Tuple":
      case "List":
        e.ctx = ctx;
        for (const x of e.elts) this.setContext(x, ctx, type);
        return;
      default:
        break;
    }
    const bad = invalidTarget(e, type) ?? e;
    this.raiseNode(
      bad,
      `${type === Targets.Del ? "cannot delete" : "cannot assign to"} ${exprName(bad)}`,
    );
  }

  // ---- f-string replacement fields -------------------------------------------------------

  /** A parser for the text of an f-string replacement field, "(" + expr + ")". */
  subParser(src: string, lineBase: number, colBase: number): ExpressionParser {
    const tz = new Tokenizer(src, this.filename, lineBase, colBase).run();
    const p = new ExpressionParser(src, tz.tokens, this.filename, tz.error);
    p.fstringColBase = colBase;
    p.byteOffsets = this.byteOffsets;
    p.depth = this.depth;
    return p;
  }

  /** fstring: star_expressions */
  parseFstringExpr(): expr {
    return this.parseStarExpressions();
  }

  // ---- parameters ------------------------------------------------------------------------

  /** parameters / lambda_parameters, up to (not including) ')' or ':'. */
  parseParameters(isLambda: boolean): A.arguments_ {
    const posonly: A.arg[] = [];
    let args: A.arg[] = [];
    const defaults: expr[] = [];
    let vararg: A.arg | null = null;
    const kwonly: A.arg[] = [];
    const kwDefaults: (expr | null)[] = [];
    let kwarg: A.arg | null = null;
    const end = isLambda ? T.COLON : T.RPAR;
    let sawStar = false;
    let sawSlash = false;
    while (!this.at(end)) {
      const t = this.cur;
      if (kwarg !== null) {
        this.raiseHere("arguments cannot follow var-keyword argument");
      }
      if (t.type === T.SLASH) {
        if (sawSlash) this.raiseHere("/ may appear only once");
        if (sawStar) this.raiseHere("/ must be ahead of *");
        if (args.length === 0) {
          // invalid_parameters: only "/," gets the specific message.
          if (this.peek(1) !== T.COMMA) this.syntaxError();
          this.raiseHere("at least one argument must precede /");
        }
        this.advance();
        sawSlash = true;
        posonly.push(...args);
        args = [];
      } else if (t.type === T.STAR) {
        if (sawStar) this.raiseHere("* argument may appear only once");
        this.advance();
        sawStar = true;
        if (this.at(T.COMMA)) {
          if (this.peek(1) === end || this.peek(1) === T.DOUBLESTAR) {
            // invalid_star_etc points at the '*'; invalid_lambda_star_etc at the last token read.
            if (isLambda)
              this.raiseHere(
                "named arguments must follow bare *",
                "SyntaxError",
                this.tokens[this.p + 1],
              );
            this.raiseAt(
              "named arguments must follow bare *",
              t.lineno,
              t.col_offset,
              t.end_lineno,
              t.end_col_offset,
            );
          }
        } else if (this.at(end)) {
          if (isLambda) this.raiseHere("named arguments must follow bare *");
          this.raiseAt(
            "named arguments must follow bare *",
            t.lineno,
            t.col_offset,
            t.end_lineno,
            t.end_col_offset,
          );
        } else {
          vararg = this.parseParam(isLambda, true);
          if (this.at(T.EQUAL)) this.raiseHere("var-positional argument cannot have default value");
        }
      } else if (t.type === T.DOUBLESTAR) {
        this.advance();
        kwarg = this.parseParam(isLambda, false);
        if (this.at(T.EQUAL)) this.raiseHere("var-keyword argument cannot have default value");
      } else {
        const a = this.parseParam(isLambda, false);
        let d: expr | null = null;
        if (this.eat(T.EQUAL)) d = this.parseExpression();
        if (sawStar) {
          kwonly.push(a);
          kwDefaults.push(d);
        } else {
          if (d !== null) defaults.push(d);
          else if (defaults.length > 0) {
            this.raiseNode(a, "non-default argument follows default argument");
          }
          args.push(a);
        }
      }
      if (!this.eat(T.COMMA)) break;
    }
    return new A.arguments_(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  protected parseParam(isLambda: boolean, starAnnotation: boolean): A.arg {
    const nt = this.cur;
    if (nt.type !== T.NAME) this.syntaxError();
    this.advance();
    let ann: expr | null = null;
    if (!isLambda && this.eat(T.COLON)) {
      ann = starAnnotation ? this.parseStarExpression() : this.parseExpression();
    }
    const l = this.last;
    return new A.arg(
      nt.string,
      ann,
      null,
      nt.lineno,
      nt.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }
}
