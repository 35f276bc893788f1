/**
 * `pygc repl`: python3's interactive prompt. With piped input it must print what
 * `python3 -i` prints (minus the banner: pygc's prompt has none); in a pseudo-terminal
 * (`script`) the prompts, echo, Ctrl-C, history and Ctrl-D are checked.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { classify } from "../../src/api/repl.js";
import { bin, inTerminal, pygc, python3 } from "./helpers.js";

const SESSION = `1 + 1
x = 5
x
None
_
for i in range(2):
    i

def f():
    return 1 / 0

f()
"""a
b"""
[1,
 2]
if x:
  x = 1
else:
  x = 2

x
class A:
    def __del__(self):
        print("A.__del__ at exit")

a = A()
1 +* 2
print("still here")
`;

test("piped input: stdout and stderr as python3 -i's (banner aside)", () => {
  const want = python3(["-i"], { input: SESSION });
  const got = pygc(["repl"], { input: SESSION });
  assert.equal(got.status, 0);
  assert.equal(got.stdout, want.stdout);
  const banner = /^Python .*\nType "help".*\n/;
  assert.match(want.stderr, banner);
  assert.equal(got.stderr, want.stderr.replace(banner, ""));
  assert.match(got.stdout, /A\.__del__ at exit\n$/); // finalization at exit
});

test("exit(), quit() and sys.exit(n) end the session with their status", () => {
  for (const [line, status] of [
    ["exit()", 0],
    ["quit()", 0],
    ["import sys; sys.exit(4)", 4],
    ["raise SystemExit(5)", 5],
  ] as const) {
    const input = `print("hi")\n${line}\nprint("not reached")\n`;
    const want = python3(["-i"], { input });
    const got = pygc(["repl"], { input });
    assert.equal(want.status, status, line);
    assert.equal(got.status, status, line);
    assert.equal(got.stdout, want.stdout);
  }
});

test("incomplete input is detected as codeop does", () => {
  const more = [
    ["if x:"],
    ["def f():"],
    ["(1,"],
    ['"""abc'],
    ["x = 1 + \\"],
    ["@dec"],
    ["if 1:", "  pass", "else:"],
    ["class A:", "  def f(self):"],
    ["x = [", ""],
    ["for i in y:", "  pass"],
  ];
  for (const lines of more) assert.equal(classify(lines).kind, "more", JSON.stringify(lines));
  const run = [["x = 1"], ["f(1,", "2)"], ["for i in y:", "  pass", ""], ["if 1: pass", ""]];
  for (const lines of run) assert.equal(classify(lines).kind, "run", JSON.stringify(lines));
  const error = [["x = 1 +"], ["1 +* 2"], ["if 1:", "  pass", "x"], ["if 1:", ""]];
  for (const lines of error) assert.equal(classify(lines).kind, "error", JSON.stringify(lines));
});

test("in a terminal: prompts, echo of results, tracebacks, Ctrl-C, history, Ctrl-D", async () => {
  const { output, status } = await inTerminal(
    `"${process.execPath}" "${bin}" repl`,
    [
      ["", />>> $/],
      ["6 * 7\r", /42\r\n>>> $/],
      ["def f():\r", /\.\.\. $/],
      ["    return undefined_name\r", /\.\.\. $/],
      ["\r", />>> $/],
      ["f()\r", /NameError: name 'undefined_name' is not defined\r\n>>> $/],
      ["half typed\x03", /KeyboardInterrupt\r\n>>> $/],
      ["\x1b[A\x1b[A\x1b[A\x1b[A\r", /42\r\n>>> $/], // up ×4: `6 * 7` again (blank lines are not kept)
      ["import time; time.sleep(20)\r", /sleep\(20\)\r\r?\n$/],
      ["\x03", /KeyboardInterrupt\r\n>>> $/],
      ["_\r", /42\r\n>>> $/],
      ['input("who? ")\r', /who\? $/],
      ["ann\r", /'ann'\r\n>>> $/],
      ["\x04", /\n$/],
    ],
    { HOME: "/nonexistent" },
  );
  assert.equal(status, 0, output);
  assert.match(
    output,
    /Traceback \(most recent call last\):\r\n {2}File "<stdin>", line 1, in <module>\r\n {2}File "<stdin>", line 2, in f\r\nNameError/,
  );
  assert.match(output, /File "<stdin>", line 1, in <module>\r\n(.*\r\n)?KeyboardInterrupt/);
});
