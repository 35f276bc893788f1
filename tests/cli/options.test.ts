/**
 * `pygc` behaves as python3 does on its command line: sys.argv, sys._xoptions,
 * sys.warnoptions, exit statuses, tracebacks, usage errors (status 2), unreadable scripts.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { bin, pygc, python3, scratch } from "./helpers.js";

const SHOW = "import sys; print(sys.argv, sys._xoptions, sys.warnoptions)";

test("-c: sys.argv, -X and -W as python3 sets them; options after the code are the program's", () => {
  for (const args of [
    ["-c", SHOW, "a", "-u", "--gc-off"],
    ["-X", "dev", "-Xfoo=bar", "-W", "ignore", "-c", SHOW],
    ["-u", "-c", SHOW, "-c", "x"],
  ]) {
    const want = python3(args);
    const got = pygc(args);
    assert.equal(got.stdout, want.stdout, args.join(" "));
    assert.equal(got.status, 0);
  }
});

test("a script: sys.argv, options after it belong to it, `run` is the same", () => {
  const dir = scratch({ "show.py": `${SHOW}\n` });
  const file = join(dir, "show.py");
  const want = python3([file, "-u", "--gc-off", "x"]);
  assert.equal(pygc([file, "-u", "--gc-off", "x"]).stdout, want.stdout);
  assert.equal(pygc(["run", file, "-u", "--gc-off", "x"]).stdout, want.stdout);
  assert.equal(pygc(["--gc-off", "run", file, "-u", "--gc-off", "x"]).stdout, want.stdout);
});

test("exit statuses: 0, 1 on an uncaught exception (same traceback), sys.exit(n), sys.exit(msg)", () => {
  const dir = scratch({
    "ok.py": "print('fine')\n",
    "boom.py": "def f():\n    return 1 / 0\nprint('before')\nf()\n",
    "three.py": "import sys\nsys.exit(3)\n",
    "msg.py": "import sys\nsys.exit('bye')\n",
    "raise_exit.py": "raise SystemExit(7)\n",
  });
  for (const name of ["ok.py", "boom.py", "three.py", "msg.py", "raise_exit.py"]) {
    const want = python3([name], { cwd: dir });
    const got = pygc([name], { cwd: dir });
    assert.equal(got.status, want.status, name);
    assert.equal(got.stdout, want.stdout, name);
    assert.equal(got.stderr, want.stderr, name);
  }
});

test("the program from stdin (no arguments, or -), as python3 < FILE", () => {
  const code = "import sys\nprint('from stdin', sys.argv)\n";
  assert.equal(pygc([], { input: code }).stdout, python3([], { input: code }).stdout);
  assert.equal(
    pygc(["-", "a"], { input: code }).stdout,
    python3(["-", "a"], { input: code }).stdout,
  );
});

test("usage errors exit with 2 and the usage line, like python3's", () => {
  const cases: [string[], string][] = [
    [["--bogus"], "unknown option --bogus"],
    [["-c"], "Argument expected for the -c option"],
    [["-X"], "Argument expected for the -X option"],
    [["-W"], "Argument expected for the -W option"],
  ];
  for (const [args, message] of cases) {
    const want = python3(args);
    const got = pygc(args);
    assert.equal(want.status, 2);
    assert.equal(got.status, 2, args.join(" "));
    assert.ok(want.stderr.startsWith(`${message}\n`), want.stderr);
    assert.ok(got.stderr.startsWith(`${message}\nusage: pygc `), got.stderr);
    assert.equal(got.stdout, "");
  }
  for (const args of [
    ["--gc-threshold", "x", "-c", "1"],
    ["--gc-off=1", "-c", "1"],
    ["--max-heap", "lots", "-c", "1"],
    ["-X", "tracemalloc=x", "-c", "1"],
    ["run", "--nope", "x.py"],
    ["run"],
  ]) {
    const got = pygc(args);
    assert.equal(got.status, 2, args.join(" "));
    assert.match(got.stderr, /\nusage: pygc /);
  }
});

test("a missing script: python3's message, status 2", () => {
  const dir = scratch({});
  const want = python3(["nofile.py"], { cwd: dir });
  const got = pygc(["nofile.py"], { cwd: dir });
  assert.equal(got.status, 2);
  assert.equal(got.stderr.replace(/^pygc:/, "python3:"), want.stderr.replace(/^\S+:/, "python3:"));
});

test("--help documents every option and command; COMMAND --help its own", () => {
  const help = pygc(["--help"]);
  assert.equal(help.status, 0);
  for (const opt of [
    "-c CODE",
    "-X OPT[=VAL]",
    "-u",
    "-W ARG",
    "--gc-report",
    "--gc-trace FILE.json",
    "--gc-threshold A[,B[,C]]",
    "--gc-off",
    "--gc-stress",
    "--max-heap SIZE",
    "-h, --help",
  ]) {
    assert.ok(help.stdout.includes(`  ${opt} `), `--help lacks ${opt}`);
  }
  for (const cmd of ["run", "repl", "demo", "test"])
    assert.match(help.stdout, new RegExp(`\n  ${cmd} `));
  assert.equal(pygc(["-h"]).stdout, help.stdout);
  const run = pygc(["run", "--help"]);
  assert.equal(run.status, 0);
  assert.match(run.stdout, /^usage: pygc run \[options\] FILE\.py/);
  assert.match(run.stdout, /--gc-trace FILE\.json/);
  assert.match(pygc(["repl", "--help"]).stdout, /^usage: pygc repl/);
});

test("-u: stdout is written through, so it interleaves with stderr as python3 -u's does", () => {
  const code = "import sys\nprint('out 1')\nprint('err 1', file=sys.stderr)\nprint('out 2')\n";
  const dir = scratch({ "mix.py": code });
  const py = shell("python3 -u mix.py 2>&1", dir);
  const pg = shell(`"${process.execPath}" "${bin}" -u mix.py 2>&1`, dir);
  assert.equal(py, "out 1\nerr 1\nout 2\n");
  assert.equal(pg, py);
  // Without -u, stdout to a pipe is block-buffered: stderr comes first, in both.
  assert.equal(
    shell(`"${process.execPath}" "${bin}" mix.py 2>&1`, dir),
    shell("python3 mix.py 2>&1", dir),
  );
});

function shell(script: string, cwd: string): string {
  const env = { ...process.env };
  delete env.PYTHONUNBUFFERED;
  return spawnSync("sh", ["-c", script], { cwd, env, encoding: "utf8", timeout: 60_000 }).stdout;
}

test("input() reads stdin's lines; EOFError at its end, as python3", () => {
  const dir = scratch({
    "ask.py": "x = input('name? ')\nprint('hi', x)\nprint(repr(input()))\ninput()\n",
  });
  for (const input of ["bob\r\nsecond\n", "only\n", ""]) {
    const want = python3(["ask.py"], { cwd: dir, input });
    const got = pygc(["ask.py"], { cwd: dir, input });
    assert.equal(got.stdout, want.stdout, JSON.stringify(input));
    assert.equal(got.stderr, want.stderr, JSON.stringify(input));
    assert.equal(got.status, want.status);
  }
});

test("-X tracemalloc[=N] starts tracing with N frames before the program, as python3", () => {
  const code =
    "import tracemalloc; print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())";
  for (const x of ["tracemalloc", "tracemalloc=5", "tracemalloc=0"]) {
    assert.equal(pygc(["-X", x, "-c", code]).stdout, python3(["-X", x, "-c", code]).stdout, x);
  }
});

test("--max-heap SIZE caps the heap: MemoryError past it", () => {
  const big = pygc(["--max-heap", "1M", "-c", "x = [0] * 10**7"]);
  assert.equal(big.status, 1);
  assert.match(big.stderr, /\nMemoryError\n$/);
  const small = pygc(["--max-heap", "64M", "-c", "x = [0] * 10**5; print('ok')"]);
  assert.equal(small.stdout, "ok\n");
  assert.equal(small.status, 0);
});

test("-c: an uncaught traceback comes before what the command printed to a piped stdout, as in python3", () => {
  // stdout and stderr into one pipe: python3 -c does not flush sys.stdout (no flush_io)
  // before printing the traceback; a script does (see the golden tests).
  const merged = (cmd: string) =>
    spawnSync("bash", ["-c", `${cmd} -c 'print("out"); 1/0' 2>&1`], {
      encoding: "utf8",
      env: { ...process.env, PYTHONUNBUFFERED: "" },
    }).stdout.split("\n");
  const order = (lines: string[]) => [
    lines.indexOf("out"),
    lines.indexOf("ZeroDivisionError: division by zero"),
  ];
  const want = order(merged("python3"));
  const got = order(merged(`"${process.execPath}" "${bin}"`));
  assert.ok(want[0]! > want[1]! && want[1]! > 0, `python3's order: ${want}`);
  assert.ok(got[0]! > got[1]! && got[1]! > 0, `pygc's order: ${got}`);
});

test("-c: an uncaught traceback shows no source lines (<string> is no file), as python3's", () => {
  const code = "def f():\n    1/0\nf()";
  const run = (cmd: string) =>
    spawnSync("bash", ["-c", `${cmd} -c '${code}' 2>&1`], { encoding: "utf8" }).stdout;
  const want = run("python3");
  assert.ok(want.includes('File "<string>", line 2, in f\nZeroDivisionError'), want);
  assert.equal(run(`"${process.execPath}" "${bin}"`), want);
});
