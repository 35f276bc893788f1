/**
 * `pygc test` against real pytest: each case of cases.json runs `pygc test ARGS` in
 * tests/pytest/cases and must print what `python3 -m pytest ARGS` printed there (the
 * committed NAME.out, made by scripts/gen-pytest-golden.py), after the same masking of
 * timings, the rootdir, the interpreter path and addresses; the exit status too.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..", "..", "tests", "pytest");
const bin = join(import.meta.dirname, "..", "..", "..", "bin", "pygc.js");

/** The masking of scripts/gen-pytest-golden.py. */
function mask(text: string): string {
  return text
    .split(`${join(root, "cases")}/`)
    .join("<CASES>/")
    .replace(/ in \d+\.\d\ds/g, " in N.NNs")
    .replace(/^rootdir: .*$/gm, "rootdir: <ROOT>")
    .replace(/^(platform .*?) -- (\/\S+)$/gm, "$1 -- <PYTHON>")
    .replace(/0x[0-9a-f]+/g, "0x<ADDR>")
    .replace(/^=+ (.* in N\.NNs) =+$/gm, "== $1 ==");
}

async function pygcTest(args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, COLUMNS: "80", LANG: "C.UTF-8" };
  // pytest gives CI runs full diffs and untrimmed summaries; the goldens are not CI runs.
  delete env.CI;
  delete env.BUILD_NUMBER;
  try {
    const { stdout } = await run(process.execPath, [bin, "test", ...args], {
      cwd: join(root, "cases"),
      env,
      maxBuffer: 64 << 20,
    });
    return `exit 0\n${mask(stdout)}`;
  } catch (e) {
    const err = e as { stdout?: string; code?: number };
    return `exit ${err.code ?? "?"}\n${mask(err.stdout ?? "")}`;
  }
}

const cases = JSON.parse(readFileSync(join(root, "cases.json"), "utf8")) as {
  name: string;
  args: string[];
}[];

for (const c of cases) {
  test(`pygc test ${c.args.join(" ")} (${c.name})`, async () => {
    const expected = readFileSync(join(root, "cases", `${c.name}.out`), "utf8");
    assert.equal(await pygcTest(c.args), expected);
  });
}
