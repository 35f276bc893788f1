/** The TypeScript embedding example prints what the README shows. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { runResourceGraph } from "../../examples/resource-graph.js";

test("examples/resource-graph.ts: refcounting, cycle collection, finalizers once", () => {
  const lines: string[] = [];
  runResourceGraph((line) => lines.push(line));
  assert.deepEqual(lines, [
    "-- an acyclic buffer is released as soon as its last reference goes",
    "release GPU memory of vertices",
    "-- a cycle survives reference counting…",
    "tracked objects: 3",
    "-- …until the cycle collector finds it",
    "weakref callback: mesh A is gone",
    "release GPU memory of mesh A",
    "release GPU memory of mesh B",
    "collect() found 2 unreachable objects; weakref now dead",
    '{"collections":1,"collected":2,"uncollectable":0}'.replace(/^/, "stats: "),
  ]);
});
