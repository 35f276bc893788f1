// The SyntaxError corpus: every tests/parser/syntax-errors/NAME.py must fail to parse
// with exactly the text python3 printed for `python3 NAME.py` (NAME.txt, produced by
// scripts/gen-parser-golden.py): file line, source line, caret range and message.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { formatSyntaxError, PyLimitError, PySyntaxError, parse } from "../../src/parser/index.js";

const dir = join(import.meta.dirname, "..", "..", "..", "tests", "parser", "syntax-errors");

/** What pygc prints for `name` (the CLI's uncaught-SyntaxError output). */
export function printedError(name: string, source: Uint8Array): string {
  try {
    parse(source, name, "exec", { fileInput: true });
  } catch (e) {
    if (e instanceof PySyntaxError) return formatSyntaxError(e);
    if (e instanceof PyLimitError) return `${e.type}${e.msg ? `: ${e.msg}` : ""}\n`;
    throw e;
  }
  return "(parsed without error)\n";
}

const names = readdirSync(dir)
  .filter((n) => n.endsWith(".py"))
  .sort();

test("the corpus has at least 60 programs", () => {
  assert.ok(names.length >= 60, `${names.length} programs`);
});

for (const name of names) {
  test(`syntax error: ${name}`, () => {
    const expected = readFileSync(join(dir, name.replace(/\.py$/, ".txt")), "utf8");
    assert.equal(printedError(name, readFileSync(join(dir, name))), expected);
  });
}
