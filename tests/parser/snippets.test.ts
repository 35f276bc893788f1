// Short programs in every mode, checked against python3's answers recorded in
// snippets.golden.json (scripts/gen-parser-golden.py): the dump with attributes, the dump
// without field names, or every field of the SyntaxError (text input, so offsets are in
// characters). Covers repr() of constants, eval/single modes and the error messages.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { dump, type Mode, PyLimitError, PySyntaxError, parse } from "../../src/parser/index.js";

interface Golden {
  src: string;
  mode: Mode;
  dump?: string;
  plain?: string;
  error?: {
    type: string;
    msg: string;
    lineno?: number;
    offset?: number;
    text?: string | null;
    end_lineno?: number;
    end_offset?: number;
  };
}

const file = join(import.meta.dirname, "..", "..", "..", "tests", "parser", "snippets.golden.json");
const goldens = JSON.parse(readFileSync(file, "utf8")) as Golden[];

for (const [i, g] of goldens.entries()) {
  test(`snippet ${i}: ${JSON.stringify(g.src).slice(0, 50)}`, () => {
    if (g.error === undefined) {
      const tree = parse(g.src, "<unknown>", g.mode);
      assert.equal(dump(tree, { includeAttributes: true }), g.dump);
      assert.equal(dump(tree, { annotateFields: false }), g.plain);
      return;
    }
    let err: unknown = null;
    try {
      parse(g.src, "<unknown>", g.mode);
    } catch (e) {
      err = e;
    }
    if (err instanceof PyLimitError) {
      assert.deepEqual({ type: err.type, msg: err.msg }, g.error);
      return;
    }
    assert.ok(
      err instanceof PySyntaxError,
      `expected ${g.error.type}: ${g.error.msg}, got ${String(err)}`,
    );
    assert.deepEqual(
      {
        type: err.type,
        msg: err.msg,
        lineno: err.lineno,
        offset: err.offset,
        text: err.text,
        end_lineno: err.end_lineno,
        end_offset: err.end_offset,
      },
      g.error,
    );
  });
}
