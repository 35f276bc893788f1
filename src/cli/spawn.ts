/**
 * Starting the worker thread that runs a Python job (see main.ts and worker.ts). Kept apart
 * from main.ts so the build (scripts/bundle-worker.ts) starts the worker exactly as the
 * command does when it records the worker's V8 code cache: V8 accepts a cache only under
 * the flags it was made with.
 */
import { setFlagsFromString } from "node:v8";
import { type TransferListItem, Worker } from "node:worker_threads";
import type { Job } from "./worker.js";

/** The worker's entry: it runs worker.ts from the bundle when that is current (worker-entry.cts). */
const ENTRY = new URL("./worker-entry.cjs", import.meta.url);

export function startWorker(
  job: Job,
  env: NodeJS.ProcessEnv,
  transferList: readonly TransferListItem[],
): Worker {
  // V8 pretenures an allocation site whose objects often survive a scavenge; frames of a
  // deep Python recursion make the interpreter's sites look long-lived, after which every
  // tuple and argument array goes straight to the old generation (measured: binary-trees
  // 15 spent 3x the time in V8's GC). Refcounted objects mostly die young; the flag is
  // read when the worker's isolate starts.
  setFlagsFromString("--no-allocation-site-pretenuring");
  return new Worker(ENTRY, {
    workerData: job,
    transferList: [...transferList],
    env,
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdout: false,
    stderr: false,
  });
}
