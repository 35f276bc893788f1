// Bad input never escapes as a JavaScript exception: random bytes, random token soup and
// mutated valid programs all end in a tree or a PySyntaxError (PyLimitError for absurd
// nesting, see deep.test.ts), never a TypeError, RangeError or hang. Run counts are
// bounded so the suite stays within a few seconds.

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
