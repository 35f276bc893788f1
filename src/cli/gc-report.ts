/**
 * `--gc-report` and `--gc-trace`: a GcObserver records every collection (generation,
 * start, pause, objects examined / collected / uncollectable, tracked and live objects
 * before and after) and samples the heap's counters every few thousand allocations.
 * At exit the record becomes a table and a sparkline on stderr, or a Chrome Trace Event
 * file (the JSON Object Format: "X" complete events for collections, "C" counter events
 * for the heap, an "i" instant for the end of `__main__`), which Perfetto and
 * chrome://tracing load as is.
 */
import type { CollectionResult, GcObserver, Heap } from "../engine/index.js";

export interface CollectionRecord {
  generation: number;
  /** Milliseconds since the recorder started. */
  start: number;
  duration: number;
  examined: number;
  collected: number;
  uncollectable: number;
  trackedBefore: number;
  trackedAfter: number;
  liveBefore: number;
  liveAfter: number;
  /** Accounted heap bytes (null unless tracemalloc or a heap cap keeps the accounts). */
  bytesBefore: number | null;
  bytesAfter: number | null;
}

export interface HeapSample {
  t: number;
  tracked: number;
  live: number;
  bytes: number | null;
}

/** Samples kept at most; past it every other one is dropped and the interval doubles. */
const MAX_SAMPLES = 4096;

export class GcRecorder implements GcObserver {
  sampleInterval = 1024;
  readonly collections: CollectionRecord[] = [];
  readonly samples: HeapSample[] = [];
  readonly marks: { name: string; t: number }[] = [];
  /** Total run time (ms), set by finish(). */
  end = 0;
  private readonly t0 = performance.now();
  private current: CollectionRecord | null = null;

  /** `bytes()`: the accounted heap size, or null while nobody keeps the accounts. */
  constructor(
    private readonly heap: Heap,
    private readonly bytes: () => number | null = () => null,
  ) {
    this.sample();
  }

  private now(): number {
    return performance.now() - this.t0;
  }

  collectionStart(generation: number): void {
    const h = this.heap;
    this.current = {
      generation,
      start: 0,
      duration: 0,
      examined: 0,
      collected: 0,
      uncollectable: 0,
      trackedBefore: h.trackedCount,
      trackedAfter: 0,
      liveBefore: h.liveObjects,
      liveAfter: 0,
      bytesBefore: this.bytes(),
      bytesAfter: null,
    };
    this.sample();
    this.current.start = this.now();
  }

  collectionEnd(generation: number, result: CollectionResult): void {
    const c = this.current;
    this.current = null;
    if (c === null || c.generation !== generation) return;
    c.duration = this.now() - c.start;
    c.examined = result.examined;
    c.collected = result.collected;
    c.uncollectable = result.uncollectable;
    c.trackedAfter = this.heap.trackedCount;
    c.liveAfter = this.heap.liveObjects;
    c.bytesAfter = this.bytes();
    this.collections.push(c);
    this.sample();
  }

  sample(): void {
    this.samples.push({
      t: this.now(),
      tracked: this.heap.trackedCount,
      live: this.heap.liveObjects,
      bytes: this.bytes(),
    });
    if (this.samples.length > MAX_SAMPLES) {
      let j = 0;
      for (let i = 0; i < this.samples.length; i += 2) this.samples[j++] = this.samples[i]!;
      this.samples.length = j;
      this.sampleInterval *= 2;
    }
  }

  mark(name: string): void {
    this.marks.push({ name, t: this.now() });
  }

  finish(): void {
    this.sample();
    this.end = this.now();
    this.heap.observeCollections(null);
  }
}

// ---------------------------------------------------------------- --gc-trace

/** The Chrome Trace Event JSON (object format) for a recorded run. */
export function gcTraceJson(r: GcRecorder, title: string): string {
  const us = (ms: number) => Math.round(ms * 1000 * 1000) / 1000;
  const base = { pid: 1, tid: 1 };
  const events: object[] = [
    { name: "process_name", ph: "M", ...base, args: { name: `pygc ${title}` } },
    { name: "thread_name", ph: "M", ...base, args: { name: "interpreter" } },
  ];
  for (const c of r.collections) {
    events.push({
      name: `gc gen${c.generation}`,
      cat: "gc",
      ph: "X",
      ts: us(c.start),
      dur: us(c.duration),
      ...base,
      args: {
        generation: c.generation,
        examined: c.examined,
        collected: c.collected,
        uncollectable: c.uncollectable,
        tracked_before: c.trackedBefore,
        tracked_after: c.trackedAfter,
        live_before: c.liveBefore,
        live_after: c.liveAfter,
        ...(c.bytesBefore === null || c.bytesAfter === null
          ? {}
          : { bytes_before: c.bytesBefore, bytes_after: c.bytesAfter }),
      },
    });
  }
  for (const s of r.samples) {
    events.push({
      name: "heap",
      cat: "heap",
      ph: "C",
      ts: us(s.t),
      ...base,
      args: { tracked: s.tracked, live: s.live, ...(s.bytes === null ? {} : { bytes: s.bytes }) },
    });
  }
  for (const m of r.marks) {
    events.push({ name: m.name, cat: "lifecycle", ph: "i", s: "g", ts: us(m.t), ...base });
  }
  return `${JSON.stringify({
    traceEvents: events,
    displayTimeUnit: "ms",
    otherData: { generator: "pygc --gc-trace", program: title },
  })}\n`;
}

// ---------------------------------------------------------------- --gc-report

const BARS = "▁▂▃▄▅▆▇█";

function ms(x: number): string {
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  return `${x.toFixed(3)} ms`;
}

function num(n: number): string {
  return n.toLocaleString("en-US");
}

/** Tracked objects over time, one column per time slice, collections marked below. */
export function sparkline(r: GcRecorder, width: number): string[] {
  const end = Math.max(r.end, 1e-9);
  const high = new Array<number>(width).fill(-1);
  const marks = new Array<number>(width).fill(-1);
  const col = (t: number) => Math.min(width - 1, Math.max(0, Math.floor((t / end) * width)));
  for (const s of r.samples) high[col(s.t)] = Math.max(high[col(s.t)]!, s.tracked);
  for (const c of r.collections) {
    const i = col(c.start);
    high[i] = Math.max(high[i]!, c.trackedBefore, c.trackedAfter);
    marks[i] = Math.max(marks[i]!, c.generation);
  }
  // A slice without a sample shows the value before it.
  let last = 0;
  for (let i = 0; i < width; i++) {
    if (high[i]! < 0) high[i] = last;
    else last = high[i]!;
  }
  const max = Math.max(...high, 1);
  const line = high.map((v) => BARS[Math.round((v / max) * (BARS.length - 1))]!).join("");
  const markLine = marks
    .map((g) => (g < 0 ? " " : String(g)))
    .join("")
    .trimEnd();
  return [line, markLine];
}

/** The --gc-report text: a table per generation, totals, and the sparkline. */
export function gcReport(r: GcRecorder, heap: Heap): string {
  const rows: string[][] = [
    [
      "generation",
      "collections",
      "examined",
      "collected",
      "uncollectable",
      "total pause",
      "longest",
    ],
  ];
  const sum = { n: 0, examined: 0, collected: 0, uncollectable: 0, pause: 0, longest: 0 };
  for (let g = 0; g < heap.generations.length; g++) {
    const cs = r.collections.filter((c) => c.generation === g);
    const t = {
      n: cs.length,
      examined: cs.reduce((a, c) => a + c.examined, 0),
      collected: cs.reduce((a, c) => a + c.collected, 0),
      uncollectable: cs.reduce((a, c) => a + c.uncollectable, 0),
      pause: cs.reduce((a, c) => a + c.duration, 0),
      longest: cs.reduce((a, c) => Math.max(a, c.duration), 0),
    };
    rows.push([
      String(g),
      num(t.n),
      num(t.examined),
      num(t.collected),
      num(t.uncollectable),
      ms(t.pause),
      ms(t.longest),
    ]);
    sum.n += t.n;
    sum.examined += t.examined;
    sum.collected += t.collected;
    sum.uncollectable += t.uncollectable;
    sum.pause += t.pause;
    sum.longest = Math.max(sum.longest, t.longest);
  }
  rows.push([
    "all",
    num(sum.n),
    num(sum.examined),
    num(sum.collected),
    num(sum.uncollectable),
    ms(sum.pause),
    ms(sum.longest),
  ]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const table = rows.map((row) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  "),
  );
  let peak = { t: 0, tracked: 0 };
  let peakBytes: number | null = null;
  const seen = [
    ...r.samples,
    ...r.collections.map((c) => ({ t: c.start, tracked: c.trackedBefore, bytes: c.bytesBefore })),
  ];
  for (const s of seen) {
    if (s.tracked > peak.tracked) peak = s;
    if (s.bytes !== null && s.bytes > (peakBytes ?? -1)) peakBytes = s.bytes;
  }
  const share = r.end > 0 ? ` (${((sum.pause / r.end) * 100).toFixed(1)}% of ${ms(r.end)})` : "";
  const width = 64;
  const [line, marks] = sparkline(r, width);
  return `${[
    "",
    "pygc gc report",
    ...table.map((l) => `  ${l}`),
    `  pauses: ${ms(sum.pause)} in all${share}, longest ${ms(sum.longest)}`,
    ...(peakBytes === null ? [] : [`  peak accounted heap: ${num(peakBytes)} bytes`]),
    `  peak tracked objects: ${num(peak.tracked)} at ${ms(peak.t)}; at exit: ${num(heap.trackedCount)} tracked, ${num(heap.liveObjects)} objects alive`,
    `  tracked objects over the run (0 .. ${ms(r.end)}, full block = ${num(Math.max(peak.tracked, 1))}; digits: a collection of that generation):`,
    `  |${line}|`,
    `   ${marks}`,
  ].join("\n")}\n`;
}
