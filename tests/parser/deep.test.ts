// Deep nesting ends as CPython's does (deep.golden.json, from python3): "too many nested
// parentheses" from the tokenizer at 200 brackets, MemoryError when CPython's parser stack
// overflows (unary chains, conditional expressions at 5970 levels; `**` and `lambda` at
// 2985), RecursionError for trees too deep to convert — never a JavaScript stack overflow.
// Sizes stay clear of the RecursionError boundary, which moves with the caller's depth.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { PyLimitError, PySyntaxError, parse } from "../../src/parser/index.js";

interface Kind {
  name: string;
  head: string;
  body: string;
  tail: string;
}

const dir = join(import.meta.dirname, "..", "..", "..", "tests", "parser");
const kinds = new Map(
  (JSON.parse(readFileSync(join(dir, "deep.json"), "utf8")) as Kind[]).map((k) => [k.name, k]),
);
const goldens = JSON.parse(readFileSync(join(dir, "deep.golden.json"), "utf8")) as {
  name: string;
  n: number;
  result: string;
}[];

function outcome(src: string): string {
  try {
    parse(src);
    return "ok";
  } catch (e) {
    if (e instanceof PySyntaxError) return `SyntaxError: ${e.msg}`;
    if (e instanceof PyLimitError) return e.type;
    throw e;
  }
}

for (const g of goldens) {
  test(`deep ${g.name} x${g.n}`, () => {
    const k = kinds.get(g.name)!;
    const src = k.head.repeat(g.n) + k.body + k.tail.repeat(g.n);
    assert.equal(outcome(src), g.result);
  });
}
