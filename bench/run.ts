// `npm run bench`: run each benchmark program under pygc (`node bin/pygc.js run`) and
// under python3, alternating, for N rounds in one session, and print a markdown table of
// median wall times, the ratio pygc / CPython, and the ratio of peak memory (the child's
// maximum resident set size, from `/usr/bin/time -f %M`; "n/a" when that is missing).
// Each program's output must be the same under both, or the row is marked.
//
//   node dist/bench/run.js [--rounds N] [--only SUBSTRING]... [--cpus LIST] [--keep-env]
//
// Both interpreters run without NODE_EXTRA_CA_CERTS (unless --keep-env): with it, every
// Node process reads and parses that certificate file before it runs any JavaScript — on
// the development VM, where it is set for the package registry, 45 ms of each pygc run
// (`node -e 0` 0.10 s with it, 0.055 s without). That is the machine's cost, not pygc's,
// and python3 reads no such variable; the table's first line says when it was removed.
//
// --cpus runs both interpreters under `taskset -c LIST` (Linux). A machine whose CPUs are
// not equally fast (a VM's vCPUs sharing cores with other guests) otherwise lets each
// run land on a fast or a slow one: on the development VM python3's richards took 28 or
// 43 ms a round depending on the vCPU. Pinned to one CPU, pygc's JIT compiler threads
// share that CPU with the program.
//
// The classic programs are the golden tests in tests/py/classic (small sizes by default);
// here they get their benchmark sizes, chosen so CPython takes roughly 0.5–2 s. The GC
// programs (and empty.py, start-up) are in bench/programs.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Entry {
  name: string;
  /** The program, relative to the repository root. */
  file: string;
  /** Arguments after the program (sys.argv[1:]). */
  args?: string[];
  /** Interpreter options, before the program: `python3 OPTS FILE`, `pygc run OPTS FILE`. */
  interp?: string[];
}

const classic = "tests/py/classic";
const programs = "bench/programs";

const ENTRIES: Entry[] = [
  { name: "binary-trees", file: `${classic}/binary_trees.py`, args: ["15"] },
  {
    name: "binary-trees, -X tracemalloc",
    file: `${classic}/binary_trees.py`,
    args: ["15"],
    interp: ["-X", "tracemalloc"],
  },
  { name: "n-body", file: `${classic}/nbody.py`, args: ["100000"] },
  { name: "spectral-norm", file: `${classic}/spectral_norm.py`, args: ["250"] },
  { name: "fannkuch-redux", file: `${classic}/fannkuch.py`, args: ["9"] },
  { name: "richards", file: `${classic}/richards.py`, args: ["10"] },
  { name: "100k dicts, GC on", file: `${programs}/gc_dicts.py`, args: ["on", "10"] },
  { name: "100k dicts, GC off", file: `${programs}/gc_dicts.py`, args: ["off", "10"] },
  { name: "100k objects, GC on", file: `${programs}/gc_objects.py`, args: ["on", "5"] },
  { name: "100k objects, GC off", file: `${programs}/gc_objects.py`, args: ["off", "5"] },
  { name: "full collections, 200k objects", file: `${programs}/gc_full.py`, args: ["100"] },
  { name: "object pool", file: `${programs}/gc_pool.py`, args: ["pool", "50000"] },
  { name: "no pool", file: `${programs}/gc_pool.py`, args: ["nopool", "50000"] },
  { name: "start-up (empty.py)", file: `${programs}/empty.py` },
];

const root = join(import.meta.dirname, "..", "..");
const pygcBin = join(root, "bin", "pygc.js");
const timeBin = "/usr/bin/time";
const haveTime = existsSync(timeBin);
// The real executable behind `python3` (a pyenv shim costs ~60 ms of start-up per run).
const python = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], {
  encoding: "utf8",
}).stdout.trim();

interface Sample {
  seconds: number;
  /** Peak RSS in KiB, or NaN when unknown. */
  kib: number;
  out: string;
}

function runOnce(argv: string[], scratch: string, env: NodeJS.ProcessEnv): Sample {
  const memFile = join(scratch, "mem");
  const cmd = haveTime ? [timeBin, "-f", "%M", "-o", memFile, ...argv] : argv;
  const t0 = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    timeout: 600_000,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    throw new Error(`${argv.join(" ")} exited with ${r.status}: ${r.stderr ?? r.error}`);
  }
  const kib = haveTime ? Number.parseInt(readFileSync(memFile, "utf8").trim(), 10) : Number.NaN;
  return { seconds, kib, out: r.stdout };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Args {
  rounds: number;
  only: string[];
  cpus: string | null;
  keepEnv: boolean;
}

function parseArgs(argv: string[]): Args {
  let rounds = 3;
  const only: string[] = [];
  let cpus: string | null = null;
  let keepEnv = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--rounds") rounds = Number.parseInt(argv[++i] ?? "", 10);
    else if (a === "--only") only.push(argv[++i] ?? "");
    else if (a === "--cpus") cpus = argv[++i] ?? "";
    else if (a === "--keep-env") keepEnv = true;
    else {
      throw new Error(
        `unknown argument ${a} (use --rounds N, --only SUBSTRING, --cpus LIST, --keep-env)`,
      );
    }
  }
  if (!(rounds >= 1)) throw new Error("--rounds takes a positive number");
  if (cpus !== null && !/^[0-9][0-9,-]*$/.test(cpus))
    throw new Error("--cpus takes a CPU list as taskset -c does (1, 0-1, 0,2)");
  return { rounds, only, cpus, keepEnv };
}

function main(): void {
  const { rounds, only, cpus, keepEnv } = parseArgs(process.argv.slice(2));
  const env = { ...process.env };
  const unset = !keepEnv && env.NODE_EXTRA_CA_CERTS !== undefined;
  if (unset) delete env.NODE_EXTRA_CA_CERTS;
  const pin = cpus === null ? [] : ["taskset", "-c", cpus];
  const entries =
    only.length === 0 ? ENTRIES : ENTRIES.filter((e) => only.some((o) => e.name.includes(o)));
  const scratch = mkdtempSync(join(tmpdir(), "pygc-bench-"));
  const py = entries.map(() => [] as Sample[]);
  const ours = entries.map(() => [] as Sample[]);
  try {
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        const opts = e.interp ?? [];
        const args = e.args ?? [];
        const cp = [...pin, python, ...opts, e.file, ...args];
        const pg = [...pin, process.execPath, pygcBin, "run", ...opts, e.file, ...args];
        // Alternate which interpreter goes first, so neither always meets a warm cache.
        if (round % 2 === 0) {
          py[i]!.push(runOnce(cp, scratch, env));
          ours[i]!.push(runOnce(pg, scratch, env));
        } else {
          ours[i]!.push(runOnce(pg, scratch, env));
          py[i]!.push(runOnce(cp, scratch, env));
        }
        process.stderr.write(
          `round ${round + 1}/${rounds} ${e.name}: python3 ${py[i]!.at(-1)!.seconds.toFixed(2)} s, pygc ${ours[i]!.at(-1)!.seconds.toFixed(2)} s\n`,
        );
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const mb = (kib: number) => (Number.isNaN(kib) ? "n/a" : (kib / 1024).toFixed(0));
  const pinned = cpus === null ? "" : `, both pinned to CPU ${cpus}`;
  const unsetNote = unset ? ", NODE_EXTRA_CA_CERTS unset" : "";
  const lines = [
    `${rounds} rounds, medians${pinned}${unsetNote}; memory is peak RSS (MB)`,
    "",
    "| program | python3 | pygc | time ratio | python3 MB | pygc MB | memory ratio |",
    "|---|---|---|---|---|---|---|",
  ];
  for (let i = 0; i < entries.length; i++) {
    const a = py[i]!;
    const b = ours[i]!;
    const ta = median(a.map((s) => s.seconds));
    const tb = median(b.map((s) => s.seconds));
    const ma = median(a.map((s) => s.kib));
    const mbb = median(b.map((s) => s.kib));
    const same = a.every((s, k) => s.out === b[k]!.out);
    const name = same ? entries[i]!.name : `${entries[i]!.name} (OUTPUT DIFFERS)`;
    const memRatio = Number.isNaN(ma) ? "n/a" : `${(mbb / ma).toFixed(1)}×`;
    lines.push(
      `| ${name} | ${ta.toFixed(2)} s | ${tb.toFixed(2)} s | ${(tb / ta).toFixed(1)}× | ${mb(ma)} | ${mb(mbb)} | ${memRatio} |`,
    );
  }
  console.log(lines.join("\n"));
}

main();
