// Bad input never escapes as a JavaScript exception: random bytes, random token soup and
// mutated valid programs all end in a tree or a PySyntaxError (PyLimitError for absurd
// nesting), never a TypeError, RangeError or hang. Run counts are bounded so the suite
// stays within a few seconds.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { dump, PyLimitError, PySyntaxError, parse } from "../../src/parser/index.js";

const casesDir = join(import.meta.dirname, "..", "..", "..", "tests", "parser", "cases");

/** Parse, and fail the property unless the outcome is a tree or a Python-level error. */
function parsesCleanly(src: string | Uint8Array): boolean {
  try {
    const tree = parse(src, "<fuzz>");
    dump(tree, { includeAttributes: true });
    return true;
  } catch (e) {
    if (e instanceof PySyntaxError) {
      assert.ok(!e.msg.startsWith("internal parser error"), e.msg);
      assert.ok(e.lineno === null || typeof e.lineno === "number");
      return true;
    }
    if (e instanceof PyLimitError) return true;
    throw e;
  }
}

const TOKENS = [
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  ":",
  "=",
  ":=",
  ",",
  ".",
  "*",
  "**",
  "@",
  "->",
  "+",
  "-",
  "~",
  "<",
  ">",
  "==",
  "!",
  "|",
  "&",
  ";",
  "if",
  "else",
  "elif",
  "for",
  "in",
  "while",
  "def",
  "class",
  "lambda",
  "return",
  "yield",
  "from",
  "import",
  "as",
  "with",
  "try",
  "except",
  "finally",
  "async",
  "await",
  "match",
  "case",
  "not",
  "and",
  "or",
  "is",
  "None",
  "True",
  "_",
  "x",
  "y",
  "1",
  "0x1",
  "1.5e3",
  "1j",
  "'s'",
  '"t"',
  "'''",
  '"""',
  "f'",
  "f'{",
  "}'",
  "{x!r}",
  "b'",
  "rb",
  "\\N{DASH}",
  "\\",
  "\n",
  "    ",
  "\t",
  " ",
  "#",
  "é",
  "\u200b",
  "...",
  "del",
  "global",
];

test("random bytes parse or raise SyntaxError", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => parsesCleanly(b)),
    { numRuns: 400 },
  );
});

test("random token soup parses or raises SyntaxError", () => {
  const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((a) => a.join(""));
  fc.assert(
    fc.property(soup, (s) => parsesCleanly(s)),
    { numRuns: 1500 },
  );
});

test("mutated valid programs parse or raise SyntaxError", () => {
  const sources = readdirSync(casesDir)
    .filter((n) => n.endsWith(".py"))
    .map((n) => readFileSync(join(casesDir, n), "utf8"))
    .filter((s) => s.length > 0);
  const mutation = fc.record({
    file: fc.nat(sources.length - 1),
    at: fc.nat(),
    del: fc.nat(12),
    ins: fc.array(fc.constantFrom(...TOKENS), { maxLength: 4 }).map((a) => a.join("")),
  });
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
      let s = sources[ms[0]!.file]!;
      for (const m of ms) {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + m.ins + s.slice(at + m.del);
      }
      return parsesCleanly(s);
    }),
    { numRuns: 600 },
  );
});

test("deep nesting ends in CPython's errors, not a stack overflow", () => {
  const n = 100_000;
  const cases: [string, string][] = [
    [`${"(".repeat(n)}1${")".repeat(n)}`, "too many nested parentheses"],
    [`${"[".repeat(300)}${"]".repeat(300)}`, "too many nested parentheses"],
    [`${"-".repeat(n)}1`, "RecursionError"],
    [`${"not ".repeat(n)}x`, "RecursionError"],
    [`${"a.".repeat(n)}b`, "RecursionError"],
    [`x${"[0]".repeat(n)}`, "RecursionError"],
    [`1${"+1".repeat(n)}`, "RecursionError"],
    [`1${"**1".repeat(n)}`, "RecursionError"],
    [`${"lambda:".repeat(n)}1`, "RecursionError"],
    [`${"1 if 1 else ".repeat(n)}1`, "RecursionError"],
    [`${"await ".repeat(n)}1`, "invalid syntax"],
    [`${"f'{".repeat(50)}1${"}'".repeat(50)}`, "f-string"],
  ];
  for (const [src, what] of cases) {
    try {
      parse(src);
      assert.fail(`parsed: ${src.slice(0, 20)}`);
    } catch (e) {
      if (e instanceof PySyntaxError)
        assert.ok(e.msg.includes(what) || what === "f-string", `${what}: ${e.msg}`);
      else if (e instanceof PyLimitError)
        assert.ok(what === "RecursionError", `${what}: ${e.type}`);
      else throw e;
    }
  }
  // Just below CPython's limits, a deep tree still parses.
  parse(`${"-".repeat(2900)}1`);
  parse(`${"a.".repeat(2900)}b`);
});
