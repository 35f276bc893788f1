/**
 * The collector's switches (--gc-threshold, --gc-off, --gc-stress) and what the collector
 * reports (--gc-report's table and sparkline, --gc-trace's Chrome Trace Event file).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pygc, python3, scratch } from "./helpers.js";

/** Cycles and survivors: every generation collects; prints gc.get_stats() at the end. */
// (The stats printed are the program's own: gc.get_stats() starts from CPython's start-up
// collections, a calibration, which the report does not list.)
const CYCLES = `import gc
start = gc.get_stats()
class Node:
    def __init__(self):
        self.other = None
for i in range(6000):
    a = Node(); b = Node(); a.other = b; b.other = a
keep = [Node() for _ in range(3000)]
del keep
gc.collect()
print([s["collections"] - t["collections"] for s, t in zip(gc.get_stats(), start)])
print([s["collected"] - t["collected"] for s, t in zip(gc.get_stats(), start)])
`;

test("--gc-threshold, --gc-off: the program starts with them", () => {
  const code = "import gc; print(gc.get_threshold(), gc.isenabled())";
  assert.equal(pygc(["--gc-threshold", "5,6", "-c", code]).stdout, "(5, 6, 10) True\n");
  assert.equal(pygc(["--gc-threshold", "0", "-c", code]).stdout, "(0, 10, 10) True\n");
  assert.equal(pygc(["--gc-off", "-c", code]).stdout, "(700, 10, 10) False\n");
  // The same settings made by the program itself, in python3:
  assert.equal(
    python3(["-c", `import gc; gc.set_threshold(5, 6); gc.disable(); gc.enable(); ${code}`]).stdout,
    "(5, 6, 10) True\n",
  );
});

test("--gc-stress: a collection at every allocation changes no output", () => {
  const code = `import gc, weakref
class A:
    def __del__(self): print("del", self.name)
a = A(); a.name = "a"; b = A(); b.name = "b"; a.b = b; b.a = a
r = weakref.ref(a)
del a, b
print("collected", gc.collect() >= 2, r())
`;
  const dir = scratch({ "stress.py": code });
  const want = python3(["stress.py"], { cwd: dir });
  const got = pygc(["--gc-stress", "stress.py"], { cwd: dir });
  assert.equal(got.stdout, want.stdout);
  assert.equal(got.status, 0);
});

test("--gc-report: a table per generation agreeing with gc.get_stats(), and a sparkline", () => {
  const dir = scratch({ "cycles.py": CYCLES });
  const got = pygc(["--gc-report", "cycles.py"], { cwd: dir });
  assert.equal(got.status, 0);
  const [collections, collected] = got.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as number[]);
  const report = got.stderr;
  assert.match(report, /^\npygc gc report\n/);
  const row = (label: string) => {
    const line = report.split("\n").find((l) => l.trimStart().startsWith(`${label} `));
    assert.ok(line !== undefined, `no row ${label} in\n${report}`);
    return line.trim().split(/\s{2,}/);
  };
  assert.deepEqual(row("generation"), [
    "generation",
    "collections",
    "examined",
    "collected",
    "uncollectable",
    "total pause",
    "longest",
  ]);
  // The report covers finalization too: at least what the program saw, gen 2 once more.
  for (const g of [0, 1, 2]) {
    const cells = row(String(g));
    assert.ok(Number(cells[1]!.replace(/,/g, "")) >= collections![g]!, `gen ${g} collections`);
    assert.ok(Number(cells[3]!.replace(/,/g, "")) >= collected![g]!, `gen ${g} collected`);
    assert.match(cells[5]!, /^\d+(\.\d+)? (ms|s)$/);
  }
  assert.ok(Number(row("2")[1]!.replace(/,/g, "")) > collections![2]!);
  assert.match(report, /peak tracked objects: [\d,]+ at /);
  const spark = report.split("\n").find((l) => l.startsWith("  |"));
  assert.ok(spark !== undefined && /^ {2}\|[▁▂▃▄▅▆▇█]{64}\|$/.test(spark), spark);
  assert.match(report, /\n {3}[ 012]*[012]\n$/); // collections marked under the sparkline
});

test("--gc-trace: Chrome Trace Event JSON with every collection gc.get_stats() counted", () => {
  const dir = scratch({ "cycles.py": CYCLES });
  const trace = join(dir, "trace.json");
  const got = pygc(["--gc-trace", trace, "cycles.py"], { cwd: dir });
  assert.equal(got.status, 0);
  assert.equal(got.stderr, "");
  const [collections, collected] = got.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as number[]);
  const doc = JSON.parse(readFileSync(trace, "utf8")) as {
    traceEvents: Record<string, unknown>[];
    displayTimeUnit: string;
  };
  assert.ok(Array.isArray(doc.traceEvents));
  assert.ok(["ms", "ns"].includes(doc.displayTimeUnit));
  for (const e of doc.traceEvents) {
    // The fields every event of the format carries, with their types.
    assert.equal(typeof e.name, "string");
    assert.ok(["X", "C", "i", "M"].includes(e.ph as string), `phase ${e.ph}`);
    assert.equal(typeof e.pid, "number");
    assert.equal(typeof e.tid, "number");
    if (e.ph !== "M") assert.ok(typeof e.ts === "number" && e.ts >= 0);
    if (e.ph === "X") {
      assert.ok(typeof e.dur === "number" && e.dur >= 0);
      const a = e.args as Record<string, number>;
      for (const k of [
        "generation",
        "examined",
        "collected",
        "uncollectable",
        "tracked_before",
        "tracked_after",
        "live_before",
        "live_after",
      ]) {
        assert.ok(Number.isInteger(a[k]) && a[k]! >= 0, `${k} in ${JSON.stringify(a)}`);
      }
      assert.equal(e.name, `gc gen${a.generation}`);
    }
    if (e.ph === "C") {
      const a = e.args as Record<string, number>;
      assert.ok(Number.isInteger(a.tracked) && Number.isInteger(a.live));
    }
  }
  const gcs = doc.traceEvents.filter((e) => e.ph === "X");
  const ts = gcs.map((e) => e.ts as number);
  assert.deepEqual(
    ts,
    [...ts].sort((a, b) => a - b),
    "collections in time order",
  );
  const end = doc.traceEvents.find((e) => e.ph === "i" && e.name === "__main__ finished");
  assert.ok(end !== undefined);
  const before = gcs.filter((e) => (e.ts as number) < (end.ts as number));
  for (const g of [0, 1, 2]) {
    const mine = before.filter((e) => (e.args as { generation: number }).generation === g);
    assert.equal(mine.length, collections![g], `generation ${g}: every counted collection`);
    const sum = mine.reduce((n, e) => n + (e.args as { collected: number }).collected, 0);
    assert.equal(sum, collected![g], `generation ${g}: collected`);
  }
  assert.ok(doc.traceEvents.filter((e) => e.ph === "C").length >= 2, "heap counters");
});

test("--gc-trace with the heap accounted (--max-heap, tracemalloc): bytes before and after", () => {
  const dir = scratch({ "cycles.py": CYCLES });
  const trace = join(dir, "trace.json");
  const got = pygc(["--max-heap", "1G", "--gc-trace", trace, "--gc-report", "cycles.py"], {
    cwd: dir,
  });
  assert.equal(got.status, 0);
  assert.match(got.stderr, /\n {2}peak accounted heap: [\d,]+ bytes\n/);
  const doc = JSON.parse(readFileSync(trace, "utf8")) as { traceEvents: Record<string, unknown>[] };
  // Until __main__ ends: finalization stops the accounts.
  const end = doc.traceEvents.find((e) => e.name === "__main__ finished")!.ts as number;
  // From the accounts' start: collections during start-up come before them.
  const start = doc.traceEvents.find(
    (e) => e.ph === "C" && Number.isInteger((e.args as { bytes: number }).bytes),
  )!.ts as number;
  const gcs = doc.traceEvents.filter(
    (e) => e.ph === "X" && (e.ts as number) >= start && (e.ts as number) < end,
  );
  assert.ok(gcs.length > 0);
  for (const e of gcs) {
    const a = e.args as Record<string, number>;
    assert.ok(Number.isInteger(a.bytes_before) && a.bytes_before! > 0, JSON.stringify(a));
    assert.ok(Number.isInteger(a.bytes_after) && a.bytes_after! > 0);
  }
  // (Samples taken before the accounts start, during start-up, have no bytes.)
  const counters = doc.traceEvents.filter(
    (e) => e.ph === "C" && (e.ts as number) >= start && (e.ts as number) < end,
  );
  assert.ok(counters.length > 1);
  assert.ok(counters.every((e) => Number.isInteger((e.args as { bytes: number }).bytes)));
});
