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

/** The error fields pygc's parse(bytes) gives, as ast.parse(bytes) reports them. */
function errorFields(source: Uint8Array): Record<string, unknown> {
  try {
    parse(source);
  } catch (e) {
    if (e instanceof PyLimitError) return { type: e.type, msg: e.msg };
    if (e instanceof PySyntaxError) {
      return {
        type: e.type,
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        text: e.text,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
      };
    }
    throw e;
  }
  return { parsed: true };
}

for (const name of names) {
  test(`syntax error: ${name}`, () => {
    const source = readFileSync(join(dir, name));
    const expected = readFileSync(join(dir, name.replace(/\.py$/, ".txt")), "utf8");
    assert.equal(printedError(name, source), expected);
  });
  test(`ast.parse error fields: ${name}`, () => {
    const source = readFileSync(join(dir, name));
    const expected = JSON.parse(
      readFileSync(join(dir, name.replace(/\.py$/, ".ast.json")), "utf8"),
    );
    assert.deepEqual(errorFields(source), expected);
  });
}
