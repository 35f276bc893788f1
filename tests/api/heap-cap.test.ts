/**
 * The heap cap (RunOptions.maxHeapBytes): allocations that would take the program past
 * it raise MemoryError inside the program, which can catch it, free memory and go on.
 * CPython has no cap, so these run through the API (one child process per program: the
 * interpreter is process-wide state) rather than as golden files.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";

const runModule = join(import.meta.dirname, "..", "..", "src", "api", "run.js");

function runCapped(source: string, maxHeapBytes: number): { out: string; status: number } {
  const driver = `
    import { runSource } from ${JSON.stringify(runModule)};
    process.exitCode = runSource(${JSON.stringify(source)}, "<capped>", [], { maxHeapBytes: ${maxHeapBytes} });
  `;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", driver], {
    encoding: "utf8",
  });
  return { out: r.stdout + r.stderr, status: r.status ?? -1 };
}

test("growing past the cap raises MemoryError; freeing lets the program go on", () => {
  const { out, status } = runCapped(
    `
chunks = []
try:
    while True:
        chunks.append("x" * 10000)
except MemoryError as e:
    print("MemoryError", repr(e))
n = len(chunks)
print(90 <= n <= 100)
del chunks
again = ["y" * 10000 for _ in range(n // 2)]
print("recovered", len(again) == n // 2)
`,
    1_000_000,
  );
  assert.equal(out, "MemoryError MemoryError()\nTrue\nrecovered True\n");
  assert.equal(status, 0);
});

test("one allocation larger than the cap fails before anything is built", () => {
  const { out, status } = runCapped(
    `
import sys
zero = 0
before = sys.getrefcount(zero)
for make in (lambda: [zero] * 10**6, lambda: (zero,) * 10**6, lambda: "a" * 2_000_000):
    try:
        make()
        print("built")
    except MemoryError:
        print("MemoryError")
print(sys.getrefcount(zero) == before)
print(len([zero] * 1000), len("a" * 1000))
`,
    1_000_000,
  );
  assert.equal(out, "MemoryError\nMemoryError\nMemoryError\nTrue\n1000 1000\n");
  assert.equal(status, 0);
});

test("a refused dict or list growth leaves the container unchanged", () => {
  const { out } = runCapped(
    `
ballast = [None] * 20000  # freed on MemoryError, so the handler has room to work
d = {}
i = 0
try:
    while True:
        d[i] = None
        i += 1
except MemoryError:
    del ballast
    print("dict", len(d) == i, d.get(i, "absent"))
del d
ballast = [None] * 20000
items = []
try:
    while True:
        items.append(None)
except MemoryError:
    del ballast
    print("list", items.count(None) == len(items))
del items
ballast = [None] * 20000
class Box:
    pass
boxes = []
try:
    while True:
        boxes.append(Box())
except MemoryError:
    del ballast
    print("instances", len(boxes) > 100)
`,
    500_000,
  );
  assert.equal(out, "dict True absent\nlist True\ninstances True\n");
});

test("an uncaught MemoryError ends the program with CPython's report and status 1", () => {
  const { out, status } = runCapped(`x = "abc" * 10**6\n`, 100_000);
  assert.ok(out.startsWith('Traceback (most recent call last):\n  File "<capped>", line 1'), out);
  assert.ok(out.endsWith("\nMemoryError\n"), out);
  assert.equal(status, 1);
});

test("without a cap the same program runs", () => {
  const { out } = runCapped(`print(len("abc" * 10**6))\n`, 0);
  assert.equal(out, "3000000\n");
});
