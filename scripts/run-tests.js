#!/usr/bin/env node
// Runs every compiled test file (dist/tests/**/*.test.js) under Node's built-in test
// runner, so its closing summary ("# pass N", "# fail N") is printed. Node 20 has no glob
// support in `node --test`, hence this small finder. An optional argument limits the run
// to one folder under tests/ (e.g. `engine`).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "dist", "tests", process.argv[2] ?? "");
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".test.js")) files.push(path);
  }
})(root);
if (files.length === 0) {
  console.error(`no test files under ${root}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--test", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
