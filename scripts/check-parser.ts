// `npm run check:parser`: the differential test of src/parser against CPython on the whole
// local standard library.
//
// It lists every .py file under python3's sysconfig "stdlib" path (site-packages
// excluded), starts ONE python3 process (scripts/parser-oracle.py) that streams
// `ast.dump(ast.parse(bytes), include_attributes=True)` for each file as a JSON line, and
// compares each with pygc's dump of the same bytes while python works on the next file.
// Files python3 refuses are counted apart (and pygc is expected to refuse them too).
// Prints the match rate, the refused files, and the first differences.
// Options: --limit N (first N files), --show N (differences shown, default 10),
// --filter SUBSTR (only paths containing SUBSTR).

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import { dump, PyLimitError, PySyntaxError, parse } from "../src/parser/index.js";
import { stdlibFiles } from "./parser-stdlib.js";

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1]! : def;
}

function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 120);
  return `    python3: …${b.slice(from, i + 120)}\n    pygc:    …${a.slice(from, i + 120)}`;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const { root, files: all } = stdlibFiles();
  const filter = arg("--filter", "");
  let files = filter ? all.filter((f) => f.includes(filter)) : all;
  const limit = Number(arg("--limit", "0"));
  if (limit > 0) files = files.slice(0, limit);
  const show = Number(arg("--show", "10"));
  console.log(`stdlib: ${root}\n${files.length} .py files (site-packages excluded)`);

  const py = spawn(
    "python3",
    [join(import.meta.dirname, "..", "..", "scripts", "parser-oracle.py")],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  py.stdin.end(`dump\n${files.join("\n")}\n`);
  const rl = createInterface({ input: py.stdout, crlfDelay: Number.POSITIVE_INFINITY });

  let i = 0;
  let same = 0;
  let refusedBoth = 0;
  let refusedSame = 0;
  const refused: string[] = [];
  const diffs: string[] = [];
  for await (const line of rl) {
    const file = files[i++]!;
    const rel = relative(root, file);
    const rec = JSON.parse(line) as { ok: boolean; dump?: string; err?: string };
    let ours: string;
    let ourErr: string | null = null;
    try {
      ours = dump(parse(readFileSync(file)), { includeAttributes: true });
    } catch (e) {
      ours = "";
      if (e instanceof PySyntaxError) ourErr = `${e.type}: ${e.msg} (<unknown>, line ${e.lineno})`;
      else if (e instanceof PyLimitError) ourErr = `${e.type}: ${e.msg}`;
      else ourErr = `JS ${String(e)}`;
    }
    if (!rec.ok) {
      refused.push(`  ${rel}\n    python3: ${rec.err}\n    pygc:    ${ourErr ?? "parsed"}`);
      if (ourErr !== null) refusedBoth++;
      if (ourErr === rec.err) refusedSame++;
      continue;
    }
    if (ourErr === null && ours === rec.dump) {
      same++;
      continue;
    }
    diffs.push(
      ourErr !== null
        ? `  ${rel}\n    pygc raised ${ourErr}`
        : `  ${rel}\n${firstDiff(ours, rec.dump!)}`,
    );
  }
  const compared = files.length - refused.length;
  console.log(
    `python3 refused ${refused.length} file(s); pygc refused ${refusedBoth} of them too, ${refusedSame} with the same error and line:`,
  );
  for (const r of refused) console.log(r);
  console.log(`different: ${diffs.length}`);
  for (const d of diffs.slice(0, show)) console.log(d);
  const rate = compared > 0 ? (100 * same) / compared : 100;
  console.log(
    `\nidentical: ${same}/${compared} = ${rate.toFixed(2)}% of the files python3 parses` +
      ` (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  process.exitCode = rate >= 99.5 ? 0 : 1;
}

await main();
