/**
 * The `pygc` command line: `pygc run FILE.py [args]`, `pygc FILE.py`, `pygc -c CODE`, and
 * `pygc demo` (the memory engine on a TypeScript object graph). The interpreter runs in a
 * worker thread with a large stack, so deep Python recursion reaches Python's own limit
 * (RecursionError) long before JavaScript's stack.
 */
import { isMainThread, Worker, workerData } from "node:worker_threads";
import { runResourceGraph } from "../../examples/resource-graph.js";
import { runFile, runSource } from "../api/run.js";
import { testCommand } from "./test-command.js";

const USAGE = `usage: pygc run FILE.py [ARGS...]   run a Python program (also: pygc FILE.py)
       pygc -c CODE [ARGS...]       run a program given as a string
       pygc test [PATHS...]         run tests as pytest does (pygc test -h)
       pygc demo                    the memory-engine demo (refcounting, cycle collection)`;

interface Job {
  kind: "file" | "code" | "test";
  target: string;
  argv: string[];
}

function parseCommand(argv: string[]): Job | "demo" | "help" | null {
  const [first, ...rest] = argv;
  if (first === undefined) return null;
  if (first === "demo") return "demo";
  if (first === "-h" || first === "--help") return "help";
  if (first === "-c") {
    if (rest[0] === undefined) return null;
    return { kind: "code", target: rest[0], argv: ["-c", ...rest.slice(1)] };
  }
  if (first === "test") return { kind: "test", target: "", argv: rest };
  if (first === "run") {
    if (rest[0] === undefined) return null;
    return { kind: "file", target: rest[0], argv: rest };
  }
  if (first.startsWith("-")) return null;
  return { kind: "file", target: first, argv };
}

function runJob(job: Job): number {
  if (job.kind === "test") return testCommand(job.argv, Number(process.env.COLUMNS) || 80);
  return job.kind === "file"
    ? runFile(job.target, job.argv)
    : runSource(job.target, "<string>", job.argv);
}

if (isMainThread) {
  const cmd = parseCommand(process.argv.slice(2));
  if (cmd === null) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  } else if (cmd === "help") {
    console.log(USAGE);
  } else if (cmd === "demo") {
    runResourceGraph();
  } else {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: cmd,
      resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
      stdout: false,
      stderr: false,
    });
    worker.on("message", (code: number) => {
      process.exitCode = code;
    });
    worker.on("error", (e) => {
      process.stderr.write(
        `pygc: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = 70;
    });
  }
} else {
  const { parentPort } = await import("node:worker_threads");
  let code: number;
  try {
    code = runJob(workerData as Job);
  } catch (e) {
    process.stderr.write(
      `pygc: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    code = 70;
  }
  parentPort!.postMessage(code);
}
