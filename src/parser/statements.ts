// Statements and blocks: CPython 3.11's python.gram from `file` to `block`.
//
// A statement is recognised by its first token (a keyword, `@`, `async`, or the soft
// keyword `match` when a `:` NEWLINE follows its subject); anything else is an expression
// statement, an assignment, an augmented or an annotated assignment, told apart by the
// token after the first expression. Compound statements end where their last block
// ends, which gives CPython's end positions. The checks that CPython's second,
// error-reporting pass makes (invalid_* rules) are made where the normal parse fails,
// with CPython's messages and locations.

import * as A from "./ast.js";
import { exprName, invalidTarget, Targets } from "./expressions.js";
import { PatternParser } from "./patterns.js";
import { T, type Token } from "./tokens.js";

type stmt = A.stmt;
type expr = A.expr;
const { S } = A;

const BLOCK_NAMES: Record<number, string> = {
  [T.IF]: "'if' statement",
  [T.ELIF]: "'elif' statement",
  [T.ELSE]: "'else' statement",
  [T.WHILE]: "'while' statement",
  [T.FOR]: "'for' statement",
  [T.WITH]: "'with' statement",
  [T.TRY]: "'try' statement",
  [T.FINALLY]: "'finally' statement",
  [T.DEF]: "function definition",
  [T.CLASS]: "class definition",
};

/** The statements of compound_stmt (statement_newline wants a NEWLINE after one). */
const COMPOUND = new Set<string>([
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "If",
  "For",
  "AsyncFor",
  "While",
  "Try",
  "TryStar",
  "With",
  "AsyncWith",
  "Match",
]);

/** bad_single_statement: text from `pos` holds more than blanks, newlines and comments. */
function moreSource(src: string, pos: number): boolean {
  for (let i = pos; i < src.length; i++) {
    const c = src[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\f") continue;
    if (c !== "#") return true;
    while (i < src.length && src[i] !== "\n") i++;
  }
  return false;
}

export class StatementParser extends PatternParser {
  /** file: [statements] ENDMARKER */
  parseFile(): A.Module {
    const body: stmt[] = [];
    while (!this.at(T.ENDMARKER)) this.parseStatement(body);
    return new A.Module(body, []);
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  parseEval(): A.Expression {
    const e = this.parseExpressions();
    while (this.eat(T.NEWLINE)) {}
    if (!this.at(T.ENDMARKER)) this.syntaxError();
    return new A.Expression(e);
  }

  /**
   * interactive: statement_newline — compound_stmt NEWLINE | simple_stmts | NEWLINE |
   * ENDMARKER (an error: _PyPegen_interactive_exit). Then _PyPegen_run_parser's
   * bad_single_statement: any source left but blanks and comments is a second statement.
   */
  parseInteractive(): A.Interactive {
    const body: stmt[] = [];
    if (this.at(T.NEWLINE)) {
      this.advance();
      return new A.Interactive(body);
    }
    if (this.at(T.ENDMARKER)) this.syntaxError();
    this.parseStatement(body);
    if (COMPOUND.has(body[body.length - 1]!._type) && !this.eat(T.NEWLINE)) this.syntaxError();
    const last = this.tokens[this.p - 1]!;
    if (moreSource(this.src, last.end)) {
      // RAISE_SYNTAX_ERROR at the last token read, the statement's NEWLINE; the
      // tokenizer has read no further than that line, which is the text with its newline.
      this.raiseAt(
        "multiple statements found while compiling a single statement",
        last.lineno,
        last.col_offset,
        last.end_lineno,
        last.end_col_offset,
        "SyntaxError",
        `${this.lineText(last.lineno)}\n`,
      );
    }
    return new A.Interactive(body);
  }

  /** statement: compound_stmt | simple_stmts — appends to `body`. */
  protected parseStatement(body: stmt[]): void {
    switch (this.cur.type) {
      case T.DEF:
      case T.AT:
      case T.CLASS:
      case T.IF:
      case T.WHILE:
      case T.FOR:
      case T.TRY:
      case T.WITH:
        body.push(this.parseCompound());
        return;
      case T.ASYNC:
        if (this.peek(1) === T.DEF || this.peek(1) === T.FOR || this.peek(1) === T.WITH) {
          body.push(this.parseCompound());
          return;
        }
        this.advance();
        this.syntaxError();
        break;
      case T.NAME:
        if (this.cur.string === "match") {
          const m = this.tryMatch();
          if (m !== null) {
            body.push(m);
            return;
          }
        }
        break;
      case T.INDENT:
        this.raiseHere("unexpected indent", "IndentationError");
        break;
      default:
        break;
    }
    this.parseSimpleStmts(body);
  }

  protected parseCompound(): stmt {
    switch (this.cur.type) {
      case T.AT:
        return this.parseDecorated();
      case T.DEF:
        return this.parseFunctionDef([], this.cur, false);
      case T.CLASS:
        return this.parseClassDef([], this.cur);
      case T.IF:
        return this.parseIf();
      case T.WHILE:
        return this.parseWhile();
      case T.FOR:
        return this.parseFor(this.cur, false);
      case T.TRY:
        return this.parseTry();
      case T.WITH:
        return this.parseWith(this.cur, false);
      case T.ASYNC: {
        const st = this.advance();
        if (this.at(T.DEF)) return this.parseFunctionDef([], st, true);
        if (this.at(T.FOR)) return this.parseFor(st, true);
        return this.parseWith(st, true);
      }
      default:
        return this.syntaxError();
    }
  }

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  protected parseSimpleStmts(body: stmt[]): void {
    for (;;) {
      body.push(this.parseSimpleStmt());
      if (this.eat(T.SEMI)) {
        if (this.at(T.NEWLINE)) break;
        continue;
      }
      break;
    }
    if (!this.at(T.NEWLINE)) this.simpleStmtError(body[body.length - 1]!);
    this.advance();
  }

  /** A simple statement not followed by ';' or NEWLINE. */
  protected simpleStmtError(prev: stmt): never {
    if (prev._type === "Expr" && this.startsExpression()) {
      const e = prev.value;
      // invalid_legacy_expression: print "x" / exec "code"
      if (e._type === "Name" && (e.id === "print" || e.id === "exec") && !this.at(T.LPAR)) {
        const b = this.parseStarExpressions();
        this.raiseRange(
          e,
          b,
          `Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`,
        );
      }
    }
    return this.syntaxError();
  }

  protected parseSimpleStmt(): stmt {
    const st = this.cur;
    switch (st.type) {
      case T.PASS:
        this.advance();
        return new A.Pass(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
      case T.BREAK:
        this.advance();
        return new A.Break(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
      case T.CONTINUE:
        this.advance();
        return new A.Continue(st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
      case T.RETURN: {
        this.advance();
        const v = this.startsExpression() ? this.parseStarExpressions() : null;
        return new A.Return(
          v,
          st.lineno,
          st.col_offset,
          this.last.end_lineno,
          this.last.end_col_offset,
        );
      }
      case T.RAISE: {
        this.advance();
        let exc: expr | null = null;
        let cause: expr | null = null;
        if (this.startsExpression()) {
          exc = this.parseExpression();
          if (this.eat(T.FROM)) cause = this.parseExpression();
        }
        return new A.Raise(
          exc,
          cause,
          st.lineno,
          st.col_offset,
          this.last.end_lineno,
          this.last.end_col_offset,
        );
      }
      case T.GLOBAL:
      case T.NONLOCAL: {
        this.advance();
        const names: string[] = [this.expect(T.NAME).string];
        while (this.eat(T.COMMA)) names.push(this.expect(T.NAME).string);
        const l = this.last;
        return st.type === T.GLOBAL
          ? new A.Global(names, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset)
          : new A.Nonlocal(names, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
      }
      case T.DEL:
        return this.parseDel();
      case T.ASSERT: {
        this.advance();
        const test = this.parseExpression();
        const msg = this.eat(T.COMMA) ? this.parseExpression() : null;
        return new A.Assert(
          test,
          msg,
          st.lineno,
          st.col_offset,
          this.last.end_lineno,
          this.last.end_col_offset,
        );
      }
      case T.IMPORT:
        return this.parseImport();
      case T.FROM:
        return this.parseFromImport();
      default:
        return this.parseExprStmt();
    }
  }

  protected parseDel(): stmt {
    const st = this.advance();
    const start = this.p;
    const targets: expr[] = [];
    // invalid_del_stmt: when the targets do not parse or the statement does not end after
    // them, 'del' star_expressions names its invalid target (`del x if c else d`: cannot
    // delete conditional expression); with none, the first error stands.
    const invalidDel = () => {
      this.reset(start);
      let all: expr;
      try {
        all = this.parseStarExpressions();
      } catch {
        return; // (not even expressions: the first error stands)
      }
      this.setContext(all, S.Del, Targets.Del);
    };
    try {
      for (;;) {
        const e = this.at(T.STAR) ? this.parseStarExpression() : this.parseBitwiseOr();
        this.setContext(e, S.Del, Targets.Del);
        targets.push(e);
        if (!this.eat(T.COMMA)) break;
        if (this.at(T.NEWLINE) || this.at(T.SEMI)) break;
      }
    } catch (e) {
      invalidDel();
      throw e;
    }
    if (!this.at(T.NEWLINE) && !this.at(T.SEMI) && !this.at(T.ENDMARKER)) {
      const end = this.p;
      invalidDel();
      this.reset(end);
    }
    return new A.Delete(
      targets,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  protected parseDottedName(): string {
    let name = this.expect(T.NAME).string;
    while (this.at(T.DOT)) {
      this.advance();
      name += `.${this.expect(T.NAME).string}`;
    }
    return name;
  }

  protected parseImport(): stmt {
    const st = this.advance();
    const names: A.alias[] = [];
    do {
      const nt = this.cur;
      const name = this.parseDottedName();
      const asname = this.eat(T.AS) ? this.expect(T.NAME).string : null;
      const l = this.last;
      names.push(
        new A.alias(name, asname, nt.lineno, nt.col_offset, l.end_lineno, l.end_col_offset),
      );
    } while (this.eat(T.COMMA));
    return new A.Import(
      names,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  protected parseFromImport(): stmt {
    const st = this.advance();
    let level = 0;
    for (;;) {
      if (this.at(T.DOT)) level += 1;
      else if (this.at(T.ELLIPSIS)) level += 3;
      else break;
      this.advance();
    }
    const module = level > 0 && this.at(T.IMPORT) ? null : this.parseDottedName();
    this.expect(T.IMPORT);
    const names: A.alias[] = [];
    if (this.at(T.STAR)) {
      const t = this.advance();
      names.push(new A.alias("*", null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset));
    } else {
      const paren = this.eat(T.LPAR);
      do {
        if (paren && this.at(T.RPAR)) break;
        if (!paren && this.at(T.NEWLINE) && this.last.type === T.COMMA) {
          this.raiseHere("trailing comma not allowed without surrounding parentheses");
        }
        const nt = this.expect(T.NAME);
        const asname = this.eat(T.AS) ? this.expect(T.NAME).string : null;
        const l = this.last;
        names.push(
          new A.alias(nt.string, asname, nt.lineno, nt.col_offset, l.end_lineno, l.end_col_offset),
        );
      } while (this.eat(T.COMMA));
      if (paren) this.expect(T.RPAR);
    }
    return new A.ImportFrom(
      module,
      names,
      level,
      st.lineno,
      st.col_offset,
      this.last.end_lineno,
      this.last.end_col_offset,
    );
  }

  /** Expression statements and all assignment forms. */
  protected parseExprStmt(): stmt {
    const st = this.cur;
    const e = this.at(T.YIELD) ? this.parseYieldExpr() : this.parseStarExpressions();
    const t = this.cur.type;
    if (t === T.EQUAL) {
      const targets: expr[] = [];
      let value = e;
      let valueStart = st;
      while (this.at(T.EQUAL)) {
        this.assignTarget(value, valueStart);
        targets.push(value);
        this.advance();
        valueStart = this.cur;
        value = this.at(T.YIELD) ? this.parseYieldExpr() : this.parseStarExpressions();
      }
      return new A.Assign(
        targets,
        value,
        null,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    if (t === T.COLON) return this.parseAnnAssign(st, e);
    if (t === T.COLONEQUAL && e._type !== "Name") {
      this.raiseNode(e, `cannot use assignment expressions with ${exprName(e)}`);
    }
    const op = augOperator(t);
    if (op !== null) {
      if (e._type !== "Name" && e._type !== "Attribute" && e._type !== "Subscript") {
        this.raiseNode(e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
      }
      e.ctx = S.Store;
      this.advance();
      const value = this.at(T.YIELD) ? this.parseYieldExpr() : this.parseStarExpressions();
      return new A.AugAssign(
        e,
        op,
        value,
        st.lineno,
        st.col_offset,
        this.last.end_lineno,
        this.last.end_col_offset,
      );
    }
    return new A.Expr(e, st.lineno, st.col_offset, this.last.end_lineno, this.last.end_col_offset);
  }

  /** Check and re-tag an assignment target (invalid_named_expression, invalid_assignment). */
  protected assignTarget(e: expr, start: Token): void {
    if ((e._type === "Yield" || e._type === "YieldFrom") && start.type !== T.LPAR) {
      this.raiseNode(e, "assignment to yield expression not possible");
    }
    const bad = invalidTarget(e, Targets.Star);
    if (bad === null) {
      this.setContext(e, S.Store, Targets.Star);
      return;
    }
    const isConst =
      e._type === "Constant" && (e.value === null || e.value === true || e.value === false);
    const bitwiseOr =
      e._type !== "Compare" &&
      e._type !== "BoolOp" &&
      !(e._type === "UnaryOp" && e.op === S.Not) &&
      e._type !== "IfExp" &&
      e._type !== "Lambda" &&
      e._type !== "Starred" &&
      e._type !== "Tuple" &&
      e._type !== "List" &&
      e._type !== "GeneratorExp";
    if (bitwiseOr && !isConst) {
      // !(list|tuple|genexp|True|None|False) bitwise_or '=' bitwise_or !('='|':=')
      const mark = this.p;
      let followed = true;
      try {
        this.advance();
        this.parseBitwiseOr();
        followed = this.at(T.EQUAL) || this.at(T.COLONEQUAL);
      } catch {
        followed = true;
      }
      this.reset(mark);
      if (!followed) {
        this.raiseNode(
          e,
          `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`,
        );
      }
    }
    this.raiseNode(bad, `cannot assign to ${exprName(bad)}`);
  }

  protected parseAnnAssign(st: Token, target: expr): stmt {
    if (target._type === "Tuple") {
      // invalid_ann_assign_target: a parenthesized tuple is located whole, a bare one at
      // its first element.
      const paren =
        st.type === T.LPAR && target.col_offset === st.col_offset && target.lineno === st.lineno;
      this.raiseNode(
        paren || target.elts.length === 0 ? target : target.elts[0]!,
        "only single target (not tuple) can be annotated",
      );
    }
    if (target._type === "List")
      this.raiseNode(target, "only single target (not list) can be annotated");
    if (target._type !== "Name" && target._type !== "Attribute" && target._type !== "Subscript") {
      this.raiseNode(target, "illegal target for annotation");
    }
    target.ctx = S.Store;
    const simple = target._type === "Name" && st.type !== T.LPAR ? 1 : 0;
    this.advance();
    const ann = this.parseExpression();
    let value: expr | null = null;
    if (this.eat(T.EQUAL))
      value = this.at(T.YIELD) ? this.parseYieldExpr() : this.parseStarExpressions();
    const l = this.last;
    return new A.AnnAssign(
      target,
      ann,
      value,
      simple,
      st.lineno,
      st.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }

  // ---- blocks ----------------------------------------------------------------------------

  /** ':' before a block: forced (&&':') statements say "expected ':'" on any token. */
  protected expectColon(forced: boolean): void {
    if (this.at(T.COLON)) {
      this.advance();
      return;
    }
    if (forced) {
      const t = this.cur;
      this.raiseAt("expected ':'", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }
    if (this.at(T.NEWLINE)) this.raiseHere("expected ':'");
    this.syntaxError();
  }

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  protected parseBlock(kw: Token, what?: string): stmt[] {
    const body: stmt[] = [];
    if (this.at(T.NEWLINE)) {
      this.advance();
      if (!this.at(T.INDENT)) {
        const name = what ?? BLOCK_NAMES[kw.type] ?? "statement";
        this.raiseHere(
          `expected an indented block after ${name} on line ${kw.lineno}`,
          "IndentationError",
        );
      }
      this.advance();
      this.enter();
      while (!this.at(T.DEDENT) && !this.at(T.ENDMARKER)) this.parseStatement(body);
      this.depth--;
      this.eat(T.DEDENT);
      return body;
    }
    this.parseSimpleStmts(body);
    return body;
  }

  /** Where a compound statement ends: its last token that is not a NEWLINE (a ';' counts). */
  protected endOf(_body: unknown): Token {
    return this.lastReal;
  }

  // ---- compound statements ---------------------------------------------------------------

  protected parseDecorated(): stmt {
    const decorators: expr[] = [];
    while (this.at(T.AT)) {
      this.advance();
      decorators.push(this.parseNamedExpression());
      this.expect(T.NEWLINE);
    }
    const st = this.cur;
    if (st.type === T.DEF) return this.parseFunctionDef(decorators, st, false);
    if (st.type === T.CLASS) return this.parseClassDef(decorators, st);
    if (st.type === T.ASYNC && this.peek(1) === T.DEF) {
      this.advance();
      return this.parseFunctionDef(decorators, st, true);
    }
    return this.syntaxError();
  }

  protected parseFunctionDef(decorators: expr[], st: Token, isAsync: boolean): stmt {
    const defTok = this.expect(T.DEF);
    const name = this.expect(T.NAME).string;
    if (!this.at(T.LPAR)) {
      const t = this.cur;
      this.raiseAt("expected '('", t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }
    this.advance();
    const args = this.parseParameters(false);
    this.expect(T.RPAR);
    const returns = this.eat(T.RARROW) ? this.parseExpression() : null;
    this.expectColon(true);
    const body = this.parseBlock(defTok);
    const l = this.endOf(body);
    return isAsync
      ? new A.AsyncFunctionDef(
          name,
          args,
          body,
          decorators,
          returns,
          null,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        )
      : new A.FunctionDef(
          name,
          args,
          body,
          decorators,
          returns,
          null,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        );
  }

  protected parseClassDef(decorators: expr[], st: Token): stmt {
    this.advance();
    const name = this.expect(T.NAME).string;
    let bases: expr[] = [];
    let keywords: A.keyword[] = [];
    if (this.at(T.LPAR)) {
      const call = this.parseCall(new A.Name(name, S.Load, 1, 0, 1, 0), this.cur, true) as A.Call;
      bases = call.args;
      keywords = call.keywords;
    }
    this.expectColon(false);
    const body = this.parseBlock(st);
    const l = this.endOf(body);
    return new A.ClassDef(
      name,
      bases,
      keywords,
      body,
      decorators,
      st.lineno,
      st.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }

  protected parseIf(): stmt {
    const st = this.advance();
    const test = this.parseNamedExpression();
    this.expectColon(false);
    const body = this.parseBlock(st);
    let orelse: stmt[] = [];
    if (this.at(T.ELIF)) orelse = [this.parseIf()];
    else if (this.at(T.ELSE)) orelse = this.parseElse();
    const l = orelse.length > 0 ? this.endOf(orelse) : this.endOf(body);
    return new A.If(test, body, orelse, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseElse(): stmt[] {
    const et = this.advance();
    this.expectColon(true);
    return this.parseBlock(et);
  }

  protected parseWhile(): stmt {
    const st = this.advance();
    const test = this.parseNamedExpression();
    this.expectColon(false);
    const body = this.parseBlock(st);
    const orelse = this.at(T.ELSE) ? this.parseElse() : [];
    const l = orelse.length > 0 ? this.endOf(orelse) : this.endOf(body);
    return new A.While(
      test,
      body,
      orelse,
      st.lineno,
      st.col_offset,
      l.end_lineno,
      l.end_col_offset,
    );
  }

  protected parseFor(st: Token, isAsync: boolean): stmt {
    const ft = this.expect(T.FOR);
    const target = this.parseStarTargets(Targets.For);
    this.expect(T.IN);
    const iter = this.parseStarExpressions();
    this.expectColon(true);
    const body = this.parseBlock(ft);
    const orelse = this.at(T.ELSE) ? this.parseElse() : [];
    const l = orelse.length > 0 ? this.endOf(orelse) : this.endOf(body);
    return isAsync
      ? new A.AsyncFor(
          target,
          iter,
          body,
          orelse,
          null,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        )
      : new A.For(
          target,
          iter,
          body,
          orelse,
          null,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        );
  }

  protected parseWith(st: Token, isAsync: boolean): stmt {
    const wt = this.expect(T.WITH);
    let items: A.withitem[] | null = null;
    if (this.at(T.LPAR)) {
      // '(' ','.with_item+ ','? ')' ':' — else it is an expression in parentheses.
      const mark = this.p;
      try {
        this.advance();
        const list: A.withitem[] = [];
        for (;;) {
          list.push(this.parseWithItem());
          if (!this.eat(T.COMMA)) break;
          if (this.at(T.RPAR)) break;
        }
        this.expect(T.RPAR);
        if (this.at(T.COLON)) items = list;
        else this.reset(mark);
      } catch {
        this.reset(mark);
      }
    }
    if (items === null) {
      items = [];
      do items.push(this.parseWithItem());
      while (this.eat(T.COMMA));
    }
    this.expectColon(false);
    const body = this.parseBlock(wt);
    const l = this.endOf(body);
    return isAsync
      ? new A.AsyncWith(items, body, null, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset)
      : new A.With(items, body, null, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseWithItem(): A.withitem {
    const e = this.parseExpression();
    let vars: expr | null = null;
    if (this.eat(T.AS)) {
      vars = this.parseStarTarget(Targets.Star);
      if (!this.at(T.COMMA) && !this.at(T.RPAR) && !this.at(T.COLON)) {
        if (this.at(T.NEWLINE)) this.raiseHere("expected ':'"); // invalid_with_stmt
        this.syntaxError();
      }
    }
    return new A.withitem(e, vars);
  }

  protected parseTry(): stmt {
    const st = this.advance();
    this.expectColon(true);
    const body = this.parseBlock(st);
    const handlers: A.excepthandler[] = [];
    let star = -1;
    while (this.at(T.EXCEPT)) {
      const et = this.advance();
      let isStar = 0;
      if (this.at(T.STAR)) {
        this.advance();
        isStar = 1;
      }
      if (star === -1) star = isStar;
      else if (star !== isStar) {
        this.raiseHere(
          "cannot have both 'except' and 'except*' on the same 'try'",
          "SyntaxError",
          et,
        );
      }
      let type: expr | null = null;
      let name: string | null = null;
      if (!this.at(T.COLON)) {
        if (isStar === 0 && this.at(T.NEWLINE)) this.raiseHere("expected ':'");
        type = this.parseExpression();
        if (this.at(T.COMMA)) {
          const first = type;
          this.advance();
          const rest = this.parseExpressions();
          if (!this.at(T.AS))
            this.raiseRange(first, rest, "multiple exception types must be parenthesized");
        }
        if (this.eat(T.AS)) name = this.expect(T.NAME).string;
      } else if (isStar === 1) {
        this.raiseHere("expected one or more exception types");
      }
      this.expectColon(false);
      const hbody = this.parseBlock(et, isStar ? "'except*' statement" : "'except' statement");
      const l = this.endOf(hbody);
      handlers.push(
        new A.ExceptHandler(
          type,
          name,
          hbody,
          et.lineno,
          et.col_offset,
          l.end_lineno,
          l.end_col_offset,
        ),
      );
    }
    const orelse = handlers.length > 0 && this.at(T.ELSE) ? this.parseElse() : [];
    let finalbody: stmt[] = [];
    if (this.at(T.FINALLY)) {
      const ft = this.advance();
      this.expectColon(true);
      finalbody = this.parseBlock(ft);
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      this.raiseHere("expected 'except' or 'finally' block");
    }
    const l = this.lastReal;
    return star === 1
      ? new A.TryStar(
          body,
          handlers,
          orelse,
          finalbody,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        )
      : new A.Try(
          body,
          handlers,
          orelse,
          finalbody,
          st.lineno,
          st.col_offset,
          l.end_lineno,
          l.end_col_offset,
        );
  }

  /** match_stmt, if the statement starting with the soft keyword `match` is one. */
  protected tryMatch(): stmt | null {
    const next = this.peek(1);
    if (
      next === T.EQUAL ||
      next === T.DOT ||
      next === T.NEWLINE ||
      next === T.COLON ||
      next === T.COMMA
    )
      return null;
    const mark = this.p;
    const st = this.cur;
    let subject: expr;
    try {
      this.advance();
      const s0 = this.cur;
      const first = this.parseStarNamedExpression();
      if (this.at(T.COMMA)) {
        const elts = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.COLON)) break;
          elts.push(this.parseStarNamedExpression());
        }
        subject = this.tuple(elts, s0);
      } else subject = first;
      if (!this.at(T.COLON)) {
        this.reset(mark);
        return null;
      }
    } catch {
      this.reset(mark);
      return null;
    }
    this.advance();
    if (!this.at(T.NEWLINE)) {
      this.reset(mark);
      return null;
    }
    this.advance();
    if (!this.at(T.INDENT)) {
      this.raiseHere(
        `expected an indented block after 'match' statement on line ${st.lineno}`,
        "IndentationError",
      );
    }
    this.advance();
    const cases: A.match_case[] = [];
    while (this.atSoft("case")) {
      const ct = this.advance();
      const pattern = this.parsePatterns();
      const guard = this.eat(T.IF) ? this.parseNamedExpression() : null;
      if (!this.at(T.COLON)) this.raiseHere("expected ':'");
      this.advance();
      const body = this.parseBlock(ct, "'case' statement");
      cases.push(new A.match_case(pattern, guard, body));
    }
    if (cases.length === 0) this.syntaxError();
    this.expect(T.DEDENT);
    const l = this.lastReal;
    return new A.Match(subject, cases, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }
}

function augOperator(t: number): A.operator | null {
  switch (t) {
    case T.PLUSEQUAL:
      return S.Add;
    case T.MINEQUAL:
      return S.Sub;
    case T.STAREQUAL:
      return S.Mult;
    case T.ATEQUAL:
      return S.MatMult;
    case T.SLASHEQUAL:
      return S.Div;
    case T.PERCENTEQUAL:
      return S.Mod;
    case T.AMPEREQUAL:
      return S.BitAnd;
    case T.VBAREQUAL:
      return S.BitOr;
    case T.CIRCUMFLEXEQUAL:
      return S.BitXor;
    case T.LEFTSHIFTEQUAL:
      return S.LShift;
    case T.RIGHTSHIFTEQUAL:
      return S.RShift;
    case T.DOUBLESTAREQUAL:
      return S.Pow;
    case T.DOUBLESLASHEQUAL:
      return S.FloorDiv;
    default:
      return null;
  }
}
