// AST golden tests: every tests/parser/cases/NAME.py must parse to exactly the tree python3
// built for it (NAME.dump: ast.dump(ast.parse(bytes), include_attributes=True, indent=1),
// written by scripts/gen-parser-golden.py). This is the fast, self-contained subset of
// `npm run check:parser`.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { dump, parse } from "../../src/parser/index.js";

const dir = join(import.meta.dirname, "..", "..", "..", "tests", "parser", "cases");

for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".py"))
  .sort()) {
  test(`ast: ${name}`, () => {
    const expected = readFileSync(join(dir, name.replace(/\.py$/, ".dump")), "utf8");
    const tree = parse(readFileSync(join(dir, name)), name);
    assert.equal(`${dump(tree, { includeAttributes: true, indent: 1 })}\n`, expected);
  });
}
