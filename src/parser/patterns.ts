// Patterns of the `match` statement (PEP 634), CPython 3.11's python.gram from
// `patterns` down to `closed_pattern`.
//
// Each pattern kind is recognised by its first token or two: literals and signed numbers,
// `_`, capture names, dotted value names, class patterns (a name followed by '('), and
// bracketed sequences/mappings. Positions follow the grammar's EXTRA (an open sequence
// pattern spans its trailing comma).

import * as A from "./ast.js";
import { PyEllipsis } from "./constants.js";
import { ExpressionParser } from "./expressions.js";
import { T, type Token } from "./tokens.js";

type pattern = A.pattern;
type expr = A.expr;
const { S } = A;

export class PatternParser extends ExpressionParser {
  /** patterns: open_sequence_pattern | pattern */
  protected parsePatterns(): pattern {
    const st = this.cur;
    const first = this.parseMaybeStarPattern();
    if (!this.at(T.COMMA)) {
      if (first._type === "MatchStar") {
        return new A.MatchSequence(
          [first],
          st.lineno,
          st.col_offset,
          first.end_lineno,
          first.end_col_offset,
        );
      }
      return first;
    }
    const pats = [first];
    while (this.eat(T.COMMA)) {
      if (this.at(T.COLON) || this.at(T.IF)) break;
      pats.push(this.parseMaybeStarPattern());
    }
    const l = this.last;
    return new A.MatchSequence(pats, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseMaybeStarPattern(): pattern {
    if (this.at(T.STAR)) {
      const st = this.advance();
      const nt = this.expect(T.NAME);
      const name = nt.string === "_" ? null : nt.string;
      return new A.MatchStar(name, st.lineno, st.col_offset, nt.end_lineno, nt.end_col_offset);
    }
    return this.parsePattern();
  }

  /** pattern: or_pattern ['as' NAME] */
  protected parsePattern(): pattern {
    this.enter();
    const st = this.cur;
    const or = this.parseOrPattern();
    if (this.at(T.AS)) {
      this.advance();
      const nt = this.cur;
      if (nt.type !== T.NAME) this.syntaxError();
      if (nt.string === "_") this.raiseHere("cannot use '_' as a target");
      this.advance();
      if (this.at(T.DOT) || this.at(T.LPAR) || this.at(T.EQUAL)) this.syntaxError();
      this.depth--;
      return new A.MatchAs(
        or,
        nt.string,
        st.lineno,
        st.col_offset,
        nt.end_lineno,
        nt.end_col_offset,
      );
    }
    this.depth--;
    return or;
  }

  protected parseOrPattern(): pattern {
    const st = this.cur;
    const first = this.parseClosedPattern();
    if (!this.at(T.VBAR)) return first;
    const pats = [first];
    while (this.eat(T.VBAR)) pats.push(this.parseClosedPattern());
    const l = this.last;
    return new A.MatchOr(pats, st.lineno, st.col_offset, l.end_lineno, l.end_col_offset);
  }

  protected parseClosedPattern(): pattern {
    const t = this.cur;
    switch (t.type) {
      case T.NUMBER:
      case T.MINUS:
      case T.STRING: {
        const v = this.parseLiteralExpr();
        return new A.MatchValue(v, v.lineno, v.col_offset, v.end_lineno, v.end_col_offset);
      }
      case T.NONE:
      case T.TRUE:
      case T.FALSE: {
        this.advance();
        const v = t.type === T.NONE ? null : t.type === T.TRUE;
        return new A.MatchSingleton(v, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      }
      case T.NAME:
        return this.parseNamePattern();
      case T.LPAR: {
        this.advance();
        if (this.at(T.RPAR)) {
          const c = this.advance();
          return new A.MatchSequence([], t.lineno, t.col_offset, c.end_lineno, c.end_col_offset);
        }
        const first = this.parseMaybeStarPattern();
        if (this.at(T.RPAR) && first._type !== "MatchStar") {
          this.advance();
          return first; // group_pattern
        }
        const pats = [first];
        while (this.eat(T.COMMA)) {
          if (this.at(T.RPAR)) break;
          pats.push(this.parseMaybeStarPattern());
        }
        const c = this.expect(T.RPAR);
        return new A.MatchSequence(pats, t.lineno, t.col_offset, c.end_lineno, c.end_col_offset);
      }
      case T.LSQB: {
        this.advance();
        const pats: pattern[] = [];
        while (!this.at(T.RSQB)) {
          pats.push(this.parseMaybeStarPattern());
          if (!this.eat(T.COMMA)) break;
        }
        const c = this.expect(T.RSQB);
        return new A.MatchSequence(pats, t.lineno, t.col_offset, c.end_lineno, c.end_col_offset);
      }
      case T.LBRACE:
        return this.parseMappingPattern();
      default:
        return this.syntaxError();
    }
  }

  /** Signed numbers, complex literals and strings (literal_expr, minus None/True/False). */
  protected parseLiteralExpr(): expr {
    const t = this.cur;
    if (t.type === T.STRING) {
      // An f-string is accepted here and rejected by the compiler, as in CPython.
      return this.parseStrings();
    }
    let e = this.parseSignedNumber();
    if (this.at(T.PLUS) || this.at(T.MINUS)) {
      const op = this.advance().type === T.PLUS ? S.Add : S.Sub;
      const it = this.cur;
      if (it.type !== T.NUMBER) this.syntaxError();
      const imag = this.parseAtom() as A.Constant;
      if (!(imag.value instanceof Object && imag.value.constructor.name === "PyComplex")) {
        this.raiseNode(imag, "imaginary number required in complex literal");
      }
      if (e._type === "Constant" && typeof e.value === "object" && e.value !== null) {
        this.raiseNode(e, "real number required in complex literal");
      }
      e = new A.BinOp(e, op, imag, e.lineno, e.col_offset, imag.end_lineno, imag.end_col_offset);
    }
    return e;
  }

  protected parseSignedNumber(): expr {
    const t = this.cur;
    if (t.type === T.MINUS) {
      this.advance();
      if (!this.at(T.NUMBER)) this.syntaxError();
      const n = this.parseAtom();
      return new A.UnaryOp(S.USub, n, t.lineno, t.col_offset, n.end_lineno, n.end_col_offset);
    }
    if (t.type !== T.NUMBER) this.syntaxError();
    return this.parseAtom();
  }

  /** capture, wildcard, value (dotted name) and class patterns. */
  protected parseNamePattern(): pattern {
    const nt = this.advance();
    let e: expr = new A.Name(
      nt.string,
      S.Load,
      nt.lineno,
      nt.col_offset,
      nt.end_lineno,
      nt.end_col_offset,
    );
    let dotted = false;
    while (this.eat(T.DOT)) {
      const at = this.expect(T.NAME);
      e = new A.Attribute(
        e,
        at.string,
        S.Load,
        e.lineno,
        e.col_offset,
        at.end_lineno,
        at.end_col_offset,
      );
      dotted = true;
    }
    if (this.at(T.LPAR)) return this.parseClassPattern(e);
    if (dotted) return new A.MatchValue(e, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
    const name = nt.string === "_" ? null : nt.string;
    return new A.MatchAs(null, name, nt.lineno, nt.col_offset, nt.end_lineno, nt.end_col_offset);
  }

  protected parseClassPattern(cls: expr): pattern {
    this.advance(); // '('
    const patterns: pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: pattern[] = [];
    while (!this.at(T.RPAR)) {
      if (this.at(T.NAME) && this.peek(1) === T.EQUAL) {
        const kt = this.advance();
        this.advance();
        kwdAttrs.push(kt.string);
        kwdPatterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwdAttrs.length > 0) {
          this.raiseNode(p, "positional patterns follow keyword patterns");
        }
        patterns.push(p);
      }
      if (!this.eat(T.COMMA)) break;
    }
    const c = this.expect(T.RPAR);
    return new A.MatchClass(
      cls,
      patterns,
      kwdAttrs,
      kwdPatterns,
      cls.lineno,
      cls.col_offset,
      c.end_lineno,
      c.end_col_offset,
    );
  }

  protected parseMappingPattern(): pattern {
    const open: Token = this.advance();
    const keys: expr[] = [];
    const patterns: pattern[] = [];
    let rest: string | null = null;
    while (!this.at(T.RBRACE)) {
      if (this.at(T.DOUBLESTAR)) {
        this.advance();
        rest = this.expect(T.NAME).string;
        this.eat(T.COMMA);
        break;
      }
      let key: expr;
      const t = this.cur;
      if (t.type === T.NONE || t.type === T.TRUE || t.type === T.FALSE) {
        this.advance();
        const v = t.type === T.NONE ? null : t.type === T.TRUE;
        key = new A.Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
      } else if (t.type === T.NAME) {
        this.advance();
        key = new A.Name(t.string, S.Load, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
        if (!this.at(T.DOT)) this.syntaxError();
        while (this.eat(T.DOT)) {
          const at = this.expect(T.NAME);
          key = new A.Attribute(
            key,
            at.string,
            S.Load,
            key.lineno,
            key.col_offset,
            at.end_lineno,
            at.end_col_offset,
          );
        }
      } else if (t.type === T.ELLIPSIS) {
        this.syntaxError();
        key = new A.Constant(PyEllipsis.instance, null, 0, 0, 0, 0);
      } else key = this.parseLiteralExpr();
      this.expect(T.COLON);
      keys.push(key);
      patterns.push(this.parsePattern());
      if (!this.eat(T.COMMA)) break;
    }
    const c = this.expect(T.RBRACE);
    return new A.MatchMapping(
      keys,
      patterns,
      rest,
      open.lineno,
      open.col_offset,
      c.end_lineno,
      c.end_col_offset,
    );
  }
}
