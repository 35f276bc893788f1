/**
 * Starting the worker thread that runs a Python job (worker-entry.cts, then worker.ts).
 * bin/pygc.js starts it before the command line's own modules load (prestart.ts), so the
 * thread's start-up and its loading of the bundle overlap them; the job follows as a
 * message. The build (scripts/bundle-worker.ts) starts its recording run the same way:
 * V8 accepts a code cache only under the flags it was made with.
 */
import { type TransferListItem, Worker } from "node:worker_threads";
import type { Job } from "./worker.js";

/** The worker's entry: it runs worker.ts from the bundle when that is current. */
const ENTRY = new URL("./worker-entry.cjs", import.meta.url);

/** A worker waiting for its job. */
export function startWorker(): Worker {
  return new Worker(ENTRY, {
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdout: false,
    stderr: false,
  });
}

/** Hand the worker its one job (`transferList`: the job's MessagePort, if any). */
export function sendJob(worker: Worker, job: Job, transferList: readonly TransferListItem[]): void {
  worker.postMessage(job, [...transferList]);
}
