/**
 * Imported first by bin/pygc.js, before main.ts loads: starts the worker thread at once,
 * so that its start-up (Node's ~25 ms for a thread, then reading and deserializing the
 * bundle) overlaps the loading of the command line's modules and the parsing of its
 * arguments. main.ts takes the worker for the job (takeWorker). Until then it is unref'd:
 * a command that runs no Python (`--help`, a usage error) ends without waiting for it.
 */
import type { Worker } from "node:worker_threads";
import { startWorker } from "./spawn.js";

let early: Worker | null = null;
let earlyFailed = false;

// `pygc demo` and `pygc --help` run no Python; anything else most likely does.
const first = process.argv[2];
if (first !== "demo" && first !== "-h" && first !== "--help") {
  early = startWorker();
  early.unref();
  // Until main.ts listens: a worker that failed to start is replaced by a fresh one,
  // whose failure is then reported.
  early.once("error", () => {
    earlyFailed = true;
  });
  early.once("exit", () => {
    earlyFailed = true;
  });
}

/** The worker for a job: the one started early if it is still waiting, else a new one. */
export function takeWorker(): Worker {
  const worker = early;
  early = null;
  if (worker === null || earlyFailed) return startWorker();
  worker.ref();
  return worker;
}
