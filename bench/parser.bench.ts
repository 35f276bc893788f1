// `npm run bench:parser`: parse the whole local standard library once with pygc and once
// with CPython's ast.parse (which builds Python AST objects), over the same files, and
// print MB/s for each and the ratio. Files are read into memory first on both sides and
// process start-up is excluded: python3 times itself (scripts/parser-oracle.py `time`).
// Only files both parsers accept are counted; the first pygc pass that finds them also
// warms V8 up (CPython's parser is compiled C), and the timed pass is the second.

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stdlibFiles } from "../scripts/parser-stdlib.js";
import { parse } from "../src/parser/index.js";

const { root, files } = stdlibFiles();
const blobs = files.map((f) => readFileSync(f));
const ok: Uint8Array[] = [];
const okFiles: string[] = [];
for (let i = 0; i < blobs.length; i++) {
  try {
    parse(blobs[i]!, files[i]);
    ok.push(blobs[i]!);
    okFiles.push(files[i]!);
  } catch {
    // refused (CPython refuses the same few files)
  }
}
const bytes = ok.reduce((n, b) => n + b.length, 0);
const t0 = performance.now();
for (let i = 0; i < ok.length; i++) parse(ok[i]!, okFiles[i]);
const ours = (performance.now() - t0) / 1000;

const py = spawnSync(
  "python3",
  [join(import.meta.dirname, "..", "..", "scripts", "parser-oracle.py")],
  {
    input: `time\n${okFiles.join("\n")}\n`,
    encoding: "utf8",
    maxBuffer: 1 << 24,
  },
);
if (py.status !== 0) throw new Error(`python3 failed: ${py.stderr}`);
const cp = JSON.parse(py.stdout) as { seconds: number; bytes: number; files: number };

const mb = (n: number) => n / (1024 * 1024);
console.log(`stdlib ${root}: ${ok.length} files, ${mb(bytes).toFixed(1)} MB`);
console.log(`pygc parse:            ${ours.toFixed(2)} s  ${(mb(bytes) / ours).toFixed(2)} MB/s`);
console.log(
  `CPython ast.parse:     ${cp.seconds.toFixed(2)} s  ${(mb(cp.bytes) / cp.seconds).toFixed(2)} MB/s (${cp.files} files)`,
);
console.log(
  `ratio pygc / CPython:  ${(mb(bytes) / ours / (mb(cp.bytes) / cp.seconds)).toFixed(2)}x`,
);
